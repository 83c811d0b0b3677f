"""Free text is encrypted with the configured key(s); a key can be rotated without losing records."""

import pytest
from cryptography.fernet import Fernet

from bot.config import SettingsError, load_settings
from bot.privacy.encryption import Cipher, UndecryptableText


def test_round_trip_and_no_plaintext():
    cipher = Cipher(Fernet.generate_key().decode())
    token = cipher.encrypt("they called me names")
    assert "names" not in token and cipher.decrypt(token) == "they called me names"
    assert cipher.encrypt(None) is None and cipher.decrypt(None) is None


def test_rotation_reads_old_text_and_rewrites_it_under_the_new_key():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = Cipher(old).encrypt("account")
    both = Cipher(f"{new},{old}")
    assert both.decrypt(token) == "account"
    rotated = both.rotate(token)
    assert Cipher(new).decrypt(rotated) == "account"
    with pytest.raises(UndecryptableText):
        Cipher(old).decrypt(rotated)


def test_a_missing_or_malformed_key_is_named():
    with pytest.raises(SettingsError, match="RECORDS_ENCRYPTION_KEY"):
        load_settings({}).cipher()
    with pytest.raises(SettingsError, match="RECORDS_ENCRYPTION_KEY"):
        Cipher("not-a-fernet-key")
