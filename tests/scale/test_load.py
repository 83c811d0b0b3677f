"""Load: 100 people reporting at once for 60 s, half by SMS and half by Telegram, through nginx to
two Rasa servers and two action servers. Nobody gets a server error, and every report that was
finished is stored exactly once. New reports start for 60 s; those under way then are finished."""

from __future__ import annotations

import itertools
import statistics
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.scale.conftest import stored_records
from tests.support.people import Phone, TelegramUser, report_by_sms, report_by_telegram

pytestmark = [pytest.mark.load, pytest.mark.model, pytest.mark.postgres]
PEOPLE = 100
SECONDS = 60
_numbers = itertools.count(1)


def person(cluster, slot: int, until: float) -> tuple[list[str], int]:
    """One of the 100: starts report after report until the time is up; returns their references
    and how many conversations they started."""
    references, started = [], 0
    while time.monotonic() < until:
        n = next(_numbers)
        started += 1
        if slot % 2:
            references.append(report_by_sms(Phone(cluster, f"+44 7911 {n:06d}")))
        else:
            references.append(report_by_telegram(TelegramUser(cluster, 880_000_000 + n, "Load", f"load_{n}")))
    return references, started


def test_a_hundred_people_for_a_minute_get_no_errors_and_every_report_is_stored_once(cluster):
    already = {r["reference"] for r in stored_records(cluster)}
    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        results = list(pool.map(lambda slot: person(cluster, slot, began + SECONDS), range(PEOPLE)))
    took = time.monotonic() - began
    references = [ref for refs, _ in results for ref in refs]
    started = sum(count for _, count in results)

    assert len(references) == started and None not in references  # every conversation started was finished
    stored = Counter(r["reference"] for r in stored_records(cluster) if r["reference"] not in already)
    assert set(stored) == set(references)
    assert set(stored.values()) == {1}
    channels = Counter(r["channel"] for r in stored_records(cluster) if r["reference"] in stored)
    assert channels["sms"] > 0 and channels["telegram"] > 0
    print(f"\nload: {PEOPLE} people, {started} reports finished in {took:.0f} s "
          f"({statistics.mean([len(r) for r, _ in results]):.1f} a person)")
