"""The clock tests set: it starts where CLOCK_START says, runs on at the real pace, and refuses a
value it cannot read with a message that names the setting."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot import clock


def test_unset_it_is_the_system_clock(monkeypatch):
    monkeypatch.delenv("CLOCK_START", raising=False)
    assert abs(clock.now() - datetime.now(timezone.utc)) < timedelta(seconds=5)


def test_set_it_starts_at_that_instant_and_runs_on(monkeypatch):
    monkeypatch.setenv("CLOCK_START", "2028-02-29T23:30:00Z")
    first = clock.now()
    assert timedelta(0) <= first - datetime(2028, 2, 29, 23, 30, tzinfo=timezone.utc) < timedelta(seconds=5)
    assert clock.now() >= first
    assert clock.utc_now().tzinfo is None and clock.utc_now().date() == date(2028, 2, 29)


@pytest.mark.parametrize(("start", "london_day"), [
    ("2026-06-30T23:10:00Z", date(2026, 7, 1)),   # summer time: already the 1st in London
    ("2026-12-31T23:50:00Z", date(2026, 12, 31)),  # winter: London is on UTC
    ("2026-03-29T00:59:00Z", date(2026, 3, 29)),   # a minute before the clocks go forward
])
def test_the_centres_day_is_its_own(monkeypatch, start, london_day):
    monkeypatch.setenv("CLOCK_START", start)
    assert clock.local_today("Europe/London") == london_day


@pytest.mark.parametrize("start", ["tomorrow", "2026-03-01T00:30:00"])
def test_a_value_it_cannot_read_names_the_setting(monkeypatch, start):
    monkeypatch.setenv("CLOCK_START", start)
    with pytest.raises(clock.ClockError, match="CLOCK_START"):
        clock.now()
