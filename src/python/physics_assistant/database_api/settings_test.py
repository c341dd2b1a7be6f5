import pytest

from physics_assistant.core.settings import SettingsError, load_settings
from physics_assistant.database_api.settings import DatabaseApiSettings

STRONG = "Zq8-strong-secret-value-123"


def _production(monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    values = {
        "JWT_SECRET_KEY": STRONG,
        "NEO4J_PASSWORD": STRONG,
        "DATABASE_URL": f"postgresql://physics:{STRONG}@postgres:5432/physics",
        "REDIS_URL": f"redis://:{STRONG}@redis:6379/0",
    }
    values.update(env)
    for key, value in values.items():
        monkeypatch.setenv(key, value)


def test_production_starts_with_strong_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    _production(monkeypatch)
    settings = load_settings(DatabaseApiSettings)
    assert settings.is_production


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("JWT_SECRET_KEY", "changeme", "JWT_SECRET_KEY"),
        ("JWT_SECRET_KEY", "", "JWT_SECRET_KEY"),
        ("NEO4J_PASSWORD", "neo4j", "NEO4J_PASSWORD"),
        ("DATABASE_URL", "postgresql://postgres:postgres@db/physics", "DATABASE_URL PASSWORD"),
        ("DATABASE_URL", "postgresql://postgres@db/physics", "DATABASE_URL PASSWORD"),
        ("REDIS_URL", "redis://redis:6379/0", "REDIS_URL PASSWORD"),
        ("REDIS_URL", "redis://:short@redis:6379/0", "REDIS_URL PASSWORD"),
    ],
)
def test_production_refuses_missing_or_default_secrets(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, named: str
) -> None:
    _production(monkeypatch, **{variable: value})
    with pytest.raises(SettingsError, match=named):
        load_settings(DatabaseApiSettings)


def test_development_defaults_and_url_normalisation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "development")
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://u:p@h:5432/d")
    monkeypatch.delenv("JWT_SECRET_KEY", raising=False)
    settings = load_settings(DatabaseApiSettings)
    assert settings.postgres_dsn == "postgresql://u:p@h:5432/d"
    assert settings.jwt_secret_key is None


def test_bad_numbers_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RATE_LIMIT_AUTH_PER_MINUTE", "-1")
    with pytest.raises(SettingsError, match="RATE_LIMIT_AUTH_PER_MINUTE"):
        load_settings(DatabaseApiSettings)
