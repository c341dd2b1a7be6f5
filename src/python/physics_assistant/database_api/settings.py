"""Database API settings, from the environment (see docs/database.md for every variable)."""

from __future__ import annotations

from urllib.parse import urlsplit

from pydantic import Field

from physics_assistant.core.settings import ServiceSettings


def url_password(url: str) -> str | None:
    """The password embedded in a connection URL (``scheme://user:password@host/...``), if any."""
    try:
        return urlsplit(url).password
    except ValueError:
        return None


class DatabaseApiSettings(ServiceSettings):
    """Environment of `database-api.pex`. Defaults suit a developer machine, never production."""

    database_url: str = "postgresql://postgres@127.0.0.1:5432/physics_assistant"
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = None
    neo4j_database: str = "neo4j"
    redis_url: str = "redis://127.0.0.1:6379/0"
    jwt_secret_key: str | None = None

    # Postgres pool: connections are opened on demand, so the service starts even while Postgres is down.
    pg_pool_min_size: int = Field(0, ge=0, le=100)
    pg_pool_max_size: int = Field(10, ge=1, le=200)
    # How long one request may wait for a store before answering 503.
    store_timeout_s: float = Field(3.0, gt=0, le=60)

    # Requests per minute; 0 disables that limit. "auth" covers register/token/refresh per client address.
    rate_limit_ip_per_minute: int = Field(1200, ge=0)
    rate_limit_user_per_minute: int = Field(600, ge=0)
    rate_limit_auth_per_minute: int = Field(30, ge=0)
    # Behind our nginx gateway the client address is the last X-Forwarded-For entry; off when exposed directly.
    trust_forwarded_for: bool = False

    # Knowledge-graph answers are cached in Redis this long (0 turns the cache off).
    cache_ttl_s: int = Field(300, ge=0, le=86_400)
    # Tutoring sessions live this long in Redis after their last activity.
    session_ttl_s: int = Field(3600, ge=60, le=30 * 86_400)
    # Largest request body accepted (bytes); bigger ones get 413 before any parsing.
    max_body_bytes: int = Field(1_048_576, ge=1024)

    @property
    def postgres_dsn(self) -> str:
        # Accept SQLAlchemy-style URLs ("postgresql+asyncpg://") that deployment files often use.
        scheme, sep, rest = self.database_url.partition("://")
        return f"{scheme.split('+', 1)[0]}{sep}{rest}"

    def secrets_to_check(self) -> dict[str, str | None]:
        return {
            "jwt_secret_key": self.jwt_secret_key,
            "neo4j_password": self.neo4j_password,
            "database_url password": url_password(self.database_url),
            "redis_url password": url_password(self.redis_url),
        }
