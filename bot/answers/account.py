"""Prepares a person's own account of what happened for storage."""

from __future__ import annotations

from bot.privacy.redact import redact

MAX_ACCOUNT_LENGTH = 4000


class AccountTooLong(ValueError):
    """The account is longer than a record may hold."""


def clean_account(text: str, limit: int = MAX_ACCOUNT_LENGTH) -> str:
    """Returns the person's words tidied and redacted: names, numbers, emails, addresses and the
    like become placeholders, and full postcodes their district (bot.privacy.redact)."""
    tidy = " ".join(redact(text or "").split())
    if len(tidy) > limit:
        raise AccountTooLong(len(tidy))
    return tidy
