"""Settings are read in one place, fail with the missing names, and never print secrets."""

import re

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


def test_secrets_are_read_from_settings_only():
    """Every secret comes from the environment through bot/config.py: no other module reads one,
    and no configuration file in the repository holds a value for one."""
    from bot.config import _SECRET_FIELDS, PROJECT_ROOT

    names = "|".join(field.upper() for field in _SECRET_FIELDS)
    reads = re.compile(rf"""(?:\.get\(|getenv\(|environ\[)\s*["'](?:{names})["']""")
    sources = [p for folder in ("bot", "actions") for p in (PROJECT_ROOT / folder).rglob("*.py")]
    readers = {str(p.relative_to(PROJECT_ROOT)) for p in sources if reads.search(p.read_text())}
    assert readers == {"bot/config.py"}
    for config in ("credentials.yml", "endpoints.yml", "config.yml"):
        text = (PROJECT_ROOT / config).read_text().lower()
        assert not any(word in text for word in ("token:", "password:", "secret:", "auth_token")), config
