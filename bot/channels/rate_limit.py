"""Per-sender rate limits for the webhooks, and the request size every webhook accepts.

A sender (a pseudonym: never a number or chat id) may send ``RATE_LIMIT_PER_MINUTE`` messages in
each clock minute. The first message over the limit gets one kind reply that still says 999; the
rest of that minute are dropped without a reply, so a flood cannot make the service send a flood
(SMS replies cost money). With ``LOCK_STORE_URL`` set the counts live in that Redis, shared by every
Rasa server behind the load balancer; otherwise in this process.
"""

from __future__ import annotations

import enum
import logging
import time
from typing import Any

from sanic import Blueprint

from bot.config import Settings

logger = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 1024 * 1024  # bigger bodies get 413 before any of our code reads them


class Decision(enum.Enum):
    ALLOW = "allow"
    TELL = "tell"  # the first message over the limit: say why
    DROP = "drop"  # later ones in the same minute: say nothing


class SenderRateLimit:
    def __init__(self, per_minute: int, redis_url: str | None = None):
        self.per_minute = per_minute
        self._redis = None
        if redis_url:
            import redis

            self._redis = redis.Redis.from_url(redis_url, socket_timeout=2)
        self._counts: dict[str, tuple[int, int]] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> "SenderRateLimit":
        return cls(settings.rate_limit_per_minute, settings.lock_store_url)

    def check(self, channel: str, sender: str) -> Decision:
        window = int(time.time() // 60)
        count = self._count(f"{channel}:{sender}", window)
        if count <= self.per_minute:
            return Decision.ALLOW
        if count == self.per_minute + 1:
            logger.warning("%s: a sender passed %d messages a minute; slowed down", channel, self.per_minute)
            return Decision.TELL
        return Decision.DROP

    def _count(self, who: str, window: int) -> int:
        if self._redis is not None:
            key = f"safetosay:rate:{who}:{window}"
            try:
                with self._redis.pipeline() as pipe:
                    count, _ = pipe.incr(key).expire(key, 120).execute()
                return int(count)
            except Exception as error:  # Redis away: count here rather than refuse or fail the person
                logger.warning("Rate limit: Redis unavailable (%s); counting in this process", type(error).__name__)
        if len(self._counts) > 100_000:
            self._counts = {s: c for s, c in self._counts.items() if c[0] == window}
        seen_window, count = self._counts.get(who, (window, 0))
        count = count + 1 if seen_window == window else 1
        self._counts[who] = (window, count)
        return count


def limit_request_size(blueprint: Blueprint) -> None:
    """Makes the server refuse bodies over MAX_REQUEST_BYTES with 413 (Rasa's default is 100 MB)."""

    @blueprint.listener("before_server_start")
    async def set_limit(app: Any, _loop: Any) -> None:
        app.config.REQUEST_MAX_SIZE = min(app.config.REQUEST_MAX_SIZE, MAX_REQUEST_BYTES)
