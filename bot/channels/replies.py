"""Remembers the reply to each delivered message id, so a retried delivery is answered once."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from typing import Awaitable, Callable


class ReplyOnce:
    """Runs ``produce`` once per message id; a retry (even one arriving mid-way) gets the same reply.

    Kept in memory for ``ttl`` seconds, at most ``size`` ids: Twilio retries within seconds to
    minutes. Across several server processes a shared store is needed (the scale-out issue).
    """

    def __init__(self, size: int = 10_000, ttl: float = 3600.0):
        self._size, self._ttl = size, ttl
        self._replies: OrderedDict[str, tuple[float, asyncio.Future]] = OrderedDict()

    async def reply(self, message_id: str, produce: Callable[[], Awaitable[str]]) -> str:
        now = time.monotonic()
        self._expire(now)
        known = self._replies.get(message_id)
        if known:
            return await asyncio.shield(known[1])
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._replies[message_id] = (now, future)
        try:
            result = await produce()
        except BaseException as error:
            del self._replies[message_id]  # a failed attempt may be retried for real
            future.set_exception(error)
            future.exception()  # mark retrieved so a lone failure is not logged as unhandled
            raise
        future.set_result(result)
        return result

    def _expire(self, now: float) -> None:
        while self._replies:
            oldest_id, (stored, _) = next(iter(self._replies.items()))
            if now - stored < self._ttl and len(self._replies) < self._size:
                break
            del self._replies[oldest_id]
