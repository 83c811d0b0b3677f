"""Pseudonymous conversation ids: a keyed HMAC of a channel identity, made in one place.

A phone number or chat id is normalised to ``scheme:path`` (``sms:+447700900123``,
``telegram:123456``) and hashed with ``PSEUDONYM_KEY``. The same person on the same channel gets the
same id, so a conversation continues across messages, but the id cannot be turned back into the
number without the key, and nothing else about the person is kept.

Rotating the key: set the new key and restart. Conversations in progress start afresh (their
ids change); saved records are unaffected because they never hold a conversation id.
"""

from __future__ import annotations

import hashlib
import hmac
import re

_NON_DIGITS = re.compile(r"[^\d+]")


class InvalidIdentity(ValueError):
    """The channel identity is empty or malformed."""


def normalise_phone(number: str, default_country_code: str = "44") -> str:
    """Returns a phone number in E.164 form: "07700 900123" -> "+447700900123"."""
    digits = _NON_DIGITS.sub("", number or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = f"+{default_country_code}{digits[1:]}"
    elif digits and not digits.startswith("+"):
        digits = "+" + digits
    if not re.fullmatch(r"\+\d{7,15}", digits):
        raise InvalidIdentity("not a phone number")
    return digits


def pseudonym(scheme: str, path: str, key: str) -> str:
    """Returns the conversation id for identity ``scheme:path``, e.g. ``sms-5f0c...``."""
    if not path:
        raise InvalidIdentity("empty identity")
    digest = hmac.new(key.encode(), f"{scheme}:{path}".encode(), hashlib.sha256).hexdigest()
    return f"{scheme}-{digest[:32]}"
