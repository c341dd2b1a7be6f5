import pytest

from physics_assistant.core.settings import ServiceSettings, SettingsError, load_settings


class _Secretive(ServiceSettings):
    jwt_secret_key: str | None = None

    def secrets_to_check(self) -> dict[str, str | None]:
        return {"jwt_secret_key": self.jwt_secret_key}


def test_production_refuses_missing_or_default_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "production")
    with pytest.raises(SettingsError, match="JWT_SECRET_KEY"):
        load_settings(_Secretive)
    monkeypatch.setenv("JWT_SECRET_KEY", "changeme")
    with pytest.raises(SettingsError, match="JWT_SECRET_KEY is unset or a default"):
        load_settings(_Secretive)
    monkeypatch.setenv("JWT_SECRET_KEY", "x" * 40)
    assert load_settings(_Secretive).is_production


def test_development_allows_missing_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JWT_SECRET_KEY", raising=False)
    monkeypatch.setenv("ENVIRONMENT", "development")
    assert load_settings(_Secretive).jwt_secret_key is None


def test_bad_value_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVIRONMENT", "staging")
    with pytest.raises(SettingsError, match="ENVIRONMENT"):
        load_settings(ServiceSettings)
