"""What time it is, asked in one place.

Everything that needs "now" (a record's creation time, the month a list opens on, the 48-hour True
Vision deadline, "yesterday" in an answer, the return's generation time) asks here. ``CLOCK_START``
(an ISO 8601 instant, e.g. ``2026-03-01T00:30:00Z``) starts the clock at that instant in every
process that reads it, and it runs on from there at the real pace: tests and demonstrations set it
to the days that matter (the first and last of a month, a leap day, the night the clocks change)
instead of depending on the day they run. Unset, the clock is the system's.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.config import SettingsError, load_settings


class ClockError(SettingsError):
    """``CLOCK_START`` is not an instant that can be read."""


def _system_utc() -> datetime:
    return datetime.now(timezone.utc)


@lru_cache(maxsize=8)
def _anchor(start: str) -> tuple[datetime, float]:
    """The set instant and the monotonic time it was first read at in this process."""
    try:
        instant = datetime.fromisoformat(start.strip().replace("Z", "+00:00"))
    except ValueError as error:
        raise ClockError(f"CLOCK_START must be an ISO 8601 instant like 2026-03-01T00:30:00Z, not {start!r}") from error
    if instant.tzinfo is None:
        raise ClockError(f"CLOCK_START must say its offset from UTC (end it with Z), not {start!r}")
    return instant.astimezone(timezone.utc), time.monotonic()


def now() -> datetime:
    """Now, in UTC, as an aware datetime."""
    start = load_settings().clock_start
    if not start:
        return _system_utc()
    instant, read_at = _anchor(start)
    return instant + timedelta(seconds=time.monotonic() - read_at)


def utc_now() -> datetime:
    """Now in UTC without a time zone, as the database's timestamps are stored."""
    return now().replace(tzinfo=None)


def local_now(tz: str) -> datetime:
    """Now in the time zone ``tz`` (the centre's, e.g. Europe/London)."""
    return now().astimezone(ZoneInfo(tz))


def local_today(tz: str) -> date:
    """Today's date where the centre is."""
    return local_now(tz).date()
