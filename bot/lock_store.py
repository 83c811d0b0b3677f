"""The conversation lock: one turn of a conversation at a time, in order, across every Rasa server.

endpoints.yml names ``bot.lock_store.LockStoreFromSettings``: with ``LOCK_STORE_URL`` unset (one
Rasa server, as ``make run`` starts) it is Rasa's in-memory lock store; with
``LOCK_STORE_URL=redis://host:6379/1`` it is ``AtomicRedisLockStore``.

Why not Rasa's RedisLockStore: it changes a conversation's ticket lock by reading it, changing it
in Python and writing it back (RasaHQ/rasa#9213). Two servers taking a ticket at the same moment
both read "no tickets", both write ticket 0 and both believe they hold the lock, so two turns of
one conversation run at once and one overwrites the other's conversation state. Cleaning up can
likewise delete a ticket issued a moment before, which makes that turn fail. Here every change is
a Redis transaction (WATCH/MULTI, retried if the lock changed meanwhile), so tickets are unique,
served in the order issued, and a lock is deleted only when it is really empty. Waiting turns
poll every 20 ms instead of Rasa's 1 s.
"""

from __future__ import annotations

import json
import logging
from typing import Any, AsyncGenerator, Callable, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, LockStore, RedisLockStore
from sqlalchemy.engine import make_url

from bot.config import load_settings

logger = logging.getLogger(__name__)
T = TypeVar("T")
POLL_SECONDS = 0.02


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's ticket lock kept in Redis, changed only inside Redis transactions."""

    def __init__(self, url: str, key_prefix: str = "safetosay") -> None:
        parsed = make_url(url)
        super().__init__(
            host=parsed.host or "localhost", port=parsed.port or 6379, db=int(parsed.database or 0),
            username=parsed.username, password=parsed.password, use_ssl=url.startswith("rediss://"),
            key_prefix=key_prefix,
        )

    def _change(self, conversation_id: str, change: Callable[[TicketLock], T], create: bool = False) -> T | None:
        """Applies ``change`` to the stored lock atomically; deletes the lock once it has no tickets."""
        import redis

        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    stored = pipe.get(key)
                    if stored is None and not create:
                        pipe.unwatch()
                        return None
                    lock = TicketLock.from_dict(json.loads(stored)) if stored else TicketLock(conversation_id)
                    result = change(lock)
                    lock.remove_expired_tickets()
                    pipe.multi()
                    if lock.tickets:
                        # The key outlives its last ticket by a margin, so a crashed server's lock goes too.
                        pipe.set(key, lock.dumps(), ex=int(LOCK_LIFETIME) + 60)
                    else:
                        pipe.delete(key)
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another server changed this lock meanwhile: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            return self._change(conversation_id, lambda lock: lock.issue_ticket(lock_lifetime), create=True)
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        self._change(conversation_id, lambda lock: None)  # drops expired tickets

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._change(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        self.finish_serving(conversation_id, ticket_number)  # deletes the lock if it is now empty

    def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
             wait_time_in_seconds: float = POLL_SECONDS) -> AsyncGenerator[TicketLock, None]:
        return super().lock(conversation_id, lock_lifetime, min(wait_time_in_seconds, POLL_SECONDS))


class LockStoreFromSettings:
    """What endpoints.yml names: builds the lock store ``LOCK_STORE_URL`` asks for."""

    def __new__(cls, endpoint_config: Any = None) -> LockStore:  # type: ignore[misc]
        url = load_settings().lock_store_url
        if not url:
            return InMemoryLockStore()
        if not url.startswith(("redis://", "rediss://")):
            raise ValueError("LOCK_STORE_URL must be a redis:// or rediss:// URL")
        logger.info("Conversation locks kept in Redis")
        return AtomicRedisLockStore(url)
