"""Encrypts the person's own words at rest (``what_happened`` and the other free-text fields).

Key: ``RECORDS_ENCRYPTION_KEY``, one or more Fernet keys separated by commas. The first encrypts;
every one decrypts, so a key is rotated by putting the new key first, running
``python -m bot rotate-key``, and then removing the old key.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.errors import SettingsError


class UndecryptableText(ValueError):
    """Stored text that none of the configured keys can decrypt."""


class Cipher:
    def __init__(self, keys: str):
        try:
            self._fernet = MultiFernet([Fernet(key.strip()) for key in keys.split(",") if key.strip()])
        except (ValueError, TypeError):
            raise SettingsError(
                "RECORDS_ENCRYPTION_KEY must be Fernet keys (make one with: "
                "python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')"
            ) from None

    def encrypt(self, text: str | None) -> str | None:
        return None if text is None else self._fernet.encrypt(text.encode()).decode()

    def decrypt(self, token: str | None) -> str | None:
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise UndecryptableText("a stored text cannot be decrypted with the configured keys") from None

    def rotate(self, token: str | None) -> str | None:
        return None if token is None else self._fernet.rotate(token.encode()).decode()


@lru_cache(maxsize=4)
def cipher_for(keys: str | None) -> Cipher:
    if not keys:
        raise SettingsError("Missing required setting(s): RECORDS_ENCRYPTION_KEY. Set it in the environment (see README, Settings).")
    return Cipher(keys)
