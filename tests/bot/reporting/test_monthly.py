"""Every count of the monthly return, checked against counts made independently from seeded
synthetic records, for several months and centres, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.config import PROJECT_ROOT
from bot.contract import keys
from bot.reporting.monthly import monthly_return, monthly_trend, previous_months, return_validator
from bot.reporting.synthetic import insert_records, synthetic_records

LONDON = ZoneInfo("Europe/London")
CENTRES = ["soton", "portsmouth", None]


def local_month(created: datetime) -> str:
    return created.replace(tzinfo=timezone.utc).astimezone(LONDON).strftime("%Y-%m")


def expected(records: list[dict], month: str, centre: str | None) -> dict:
    """The return's counts, computed in Python without the database."""
    chosen = [r for r in records if local_month(r["created_at"]) == month and (centre is None or r["centre_id"] == centre)]
    characteristics = Counter(c for r in chosen for c in r["characteristics"])
    return {
        "reports": len(chosen),
        "victims_spoken_to": sum(r["reporter_role"] != "witness" for r in chosen),
        "by_characteristic": {k: characteristics[k] for k in keys("characteristic")},
        "by_police_strand": {k: characteristics[k] for k in keys("police_strand")},
        "true_vision_referred": sum(r["true_vision_status"] in ("referred", "submitted") for r in chosen),
        "true_vision_submitted": sum(r["true_vision_status"] == "submitted" for r in chosen),
        "by_contact_route": {k: sum(r["contact_route"] == k for r in chosen) for k in keys("contact_route")},
        "by_reporter_role": {k: sum(r["reporter_role"] == k for r in chosen) for k in keys("reporter_role")},
        "by_channel": {k: sum(r["channel"] == k for r in chosen) for k in keys("channel")},
        "police_involvement_wanted": {k: sum(r["police_involvement_wanted"] == k for r in chosen) for k in keys("police_involvement_wanted")},
        "anonymous_reports": sum(r["anonymous"] for r in chosen),
        "immediate_danger": sum(r["immediate_danger"] for r in chosen),
    }


@pytest.fixture
def generated(database_url, cipher):
    # Late March to early May 2026: spans the clocks going forward (29 March), so months are
    # counted by local time, not UTC.
    records = synthetic_records(seed=7, count=900, first=datetime(2026, 3, 20), last=datetime(2026, 5, 3), centres=CENTRES)
    records.append(dict(records[0], record_id="edge" * 8, created_at=datetime(2026, 3, 31, 23, 30)))  # 00:30 on 1 April in London
    insert_records(database_url, cipher, records)
    return records


@pytest.mark.parametrize("month", ["2026-03", "2026-04", "2026-05"])
@pytest.mark.parametrize("centre", ["soton", "portsmouth", None])
def test_every_count_matches_an_independent_count(database_url, cipher, generated, month, centre):
    result = monthly_return(database_url, cipher, month, centre)
    want = expected(generated, month, None) if centre is None else expected(generated, month, centre)
    assert {k: result[k] for k in want} == want
    assert len(result["incidents"]) == result["reports"]
    assert list(return_validator().iter_errors(result)) == []
    assert result["period"]["from"] == f"{month}-01" and result["centre_id"] == centre


def test_report_command_prints_a_valid_return(database_url, cipher, generated):
    env = {**os.environ, "DATABASE_URL": database_url}
    result = subprocess.run([sys.executable, "-m", "bot", "report", "monthly", "--month", "2026-04", "--centre", "soton",
                             "--format", "json"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(return_validator().iter_errors(report)) == []
    assert report["reports"] == expected(generated, "2026-04", "soton")["reports"] > 0


def test_whatsapp_reports_are_counted_in_the_return(database_url, cipher, generated):
    """The contract gained channel ``whatsapp`` (2026-12-02): the return counts it like the others."""
    result = monthly_return(database_url, cipher, "2026-04", None)
    assert result["by_channel"]["whatsapp"] == expected(generated, "2026-04", None)["by_channel"]["whatsapp"] > 0
    assert sum(result["by_channel"].values()) == result["reports"]


def test_previous_months_cross_the_year():
    assert previous_months("2026-02", 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


@pytest.mark.parametrize("centre", ["soton", None])
def test_twelve_month_trend_matches_an_independent_count(database_url, cipher, generated, centre):
    trend = monthly_trend(database_url, "2026-06", centre)
    assert [row["month"] for row in trend][0] == "2025-07" and len(trend) == 12
    for row in trend:
        want = expected(generated, row["month"], centre)
        assert (row["reports"], row["victims_spoken_to"], row["true_vision_referred"]) == (
            want["reports"], want["victims_spoken_to"], want["true_vision_referred"]), row["month"]
    assert sum(row["reports"] for row in trend) == len([r for r in generated if centre is None or r["centre_id"] == centre])
