"""Settings read from the environment, validated once at start-up.

Every service subclasses :class:`ServiceSettings`. Values come from environment variables (field
name upper-cased, e.g. ``LOG_LEVEL``); a bad value stops the service with a message naming the
variable instead of failing later. In production, secrets must be set and must not be one of the
well-known placeholder values.
"""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["development", "test", "production"]

# Placeholders seen in templates, tutorials and the platform we replace. A production secret
# equal to one of these (case-insensitive) is refused.
KNOWN_DEFAULT_SECRETS = frozenset(
    {
        "",
        "secret",
        "changeme",
        "change-me",
        "change_me",
        "password",
        "admin",
        "neo4j",
        "postgres",
        "physics",
        "dev-secret",
        "development-secret",
        "your-secret-key",
        "your-secret-key-here",
        "jwt-secret",
        "supersecret",
    }
)
MIN_SECRET_LENGTH = 16


def split_list(raw: str) -> list[str]:
    """The items of a comma-separated setting, trimmed, empty ones dropped."""
    return [item.strip() for item in raw.split(",") if item.strip()]


class SettingsError(SystemExit):
    """Raised (as a clean exit, no traceback) when the environment cannot run the service."""

    def __init__(self, message: str) -> None:
        super().__init__(f"configuration error: {message}")


class ServiceSettings(BaseSettings):
    """Settings shared by every service."""

    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    environment: Environment = "development"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # Comma-separated list of browser origins allowed by CORS; empty means same-origin only.
    cors_origins: str = ""

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    @property
    def cors_origin_list(self) -> list[str]:
        return split_list(self.cors_origins)

    def secrets_to_check(self) -> dict[str, str | None]:
        """Name -> value of the secrets that production refuses to run without."""
        return {}

    def check_production_secrets(self) -> None:
        if not self.is_production:
            return
        problems = []
        for name, value in self.secrets_to_check().items():
            if value is None or value.strip().lower() in KNOWN_DEFAULT_SECRETS:
                problems.append(f"{name.upper()} is unset or a default placeholder")
            elif len(value) < MIN_SECRET_LENGTH:
                problems.append(f"{name.upper()} is shorter than {MIN_SECRET_LENGTH} characters")
        if problems:
            raise SettingsError("; ".join(problems) + " (ENVIRONMENT=production)")


SettingsT = TypeVar("SettingsT", bound=ServiceSettings)


def load_settings(cls: type[SettingsT], **overrides: object) -> SettingsT:
    """Build settings from the environment, turning validation errors into a readable exit."""
    try:
        settings = cls(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        details = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']).upper() or '?'}: {err['msg']}" for err in exc.errors()
        )
        raise SettingsError(details) from None
    settings.check_production_secrets()
    return settings
