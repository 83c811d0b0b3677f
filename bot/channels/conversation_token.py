"""Conversation tokens: issued by the staff web app, checked by the web channel.

A token says which conversation a browser is in and in which mode (``staff`` for a signed-in
centre worker, ``web`` for the public page) and for which centre. It is signed with
``WEB_CHANNEL_SECRET``, so a browser can neither choose nor forge a conversation id.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, TimestampSigner, URLSafeTimedSerializer

from bot import clock

MAX_AGE_SECONDS = 24 * 3600
MODES = ("staff", "web")


@dataclass(frozen=True)
class Conversation:
    id: str
    mode: str
    centre_id: str | None


class InvalidToken(ValueError):
    """The token is forged, malformed or too old."""


class _ClockSigner(TimestampSigner):
    """Dates tokens by the project's clock (bot.clock), so their age follows CLOCK_START too."""

    def get_timestamp(self) -> int:
        return int(clock.now().timestamp())


def _serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt="safe-to-say.conversation", signer=_ClockSigner)


def issue(secret: str, mode: str, centre_id: str | None) -> str:
    """Returns a signed token for a new conversation with a random id."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    return _serializer(secret).dumps({"c": secrets.token_hex(16), "m": mode, "centre": centre_id})


def read(secret: str, token: str, max_age: int = MAX_AGE_SECONDS) -> Conversation:
    try:
        data = _serializer(secret).loads(token, max_age=max_age)
        return Conversation(id=str(data["c"]), mode=data["m"] if data["m"] in MODES else "web", centre_id=data.get("centre"))
    except (BadSignature, KeyError, TypeError) as error:
        raise InvalidToken(str(type(error).__name__)) from None
