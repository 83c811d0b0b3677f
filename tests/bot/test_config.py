"""Settings are read in one place, fail with the missing names, and never print secrets."""

import pytest

from bot.config import SettingsError, load_settings


def test_defaults_need_nothing_installed(tmp_path):
    settings = load_settings({"SAFE_TO_SAY_DATA_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'safe_to_say.db'}"
    assert settings.timezone == "Europe/London"


def test_missing_required_settings_are_named():
    with pytest.raises(SettingsError, match="TWILIO_AUTH_TOKEN, SMS_WEBHOOK_URL"):
        load_settings({"PSEUDONYM_KEY": "k"}).require("twilio_auth_token", "sms_webhook_url", "pseudonym_key")


def test_secrets_never_print():
    settings = load_settings({"DATABASE_URL": "postgresql://u:hunter2@db/x", "PSEUDONYM_KEY": "sekrit-key", "CENTRE_ID": "soton"})
    shown = repr(settings)
    assert "hunter2" not in shown and "sekrit-key" not in shown and "soton" in shown


@pytest.mark.parametrize(("env", "message"), [({"DATABASE_URL": "just-a-path.db"}, "DATABASE_URL"), ({"WEB_PORT": "eighty"}, "WEB_PORT")])
def test_malformed_settings_are_named(env, message):
    with pytest.raises(SettingsError, match=message):
        load_settings(env)


def test_heroku_style_postgres_urls_are_accepted():
    assert load_settings({"DATABASE_URL": "postgres://db/x"}).database_url == "postgresql://db/x"
