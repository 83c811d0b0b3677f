"""Prepares a person's own account of what happened for storage."""

from __future__ import annotations

from bot.answers.places import cut_postcodes

MAX_ACCOUNT_LENGTH = 4000


class AccountTooLong(ValueError):
    """The account is longer than a record may hold."""


def clean_account(text: str, limit: int = MAX_ACCOUNT_LENGTH) -> str:
    """Returns the account tidied, with full postcodes cut to their district.

    Full redaction of names, numbers and addresses is the data-protection layer's job; this keeps
    the rule the records already promise: no full postcode is ever stored.
    """
    tidy = " ".join(cut_postcodes(text or "").split())
    if len(tidy) > limit:
        raise AccountTooLong(len(tidy))
    return tidy
