"""Records are validated against the contract, stored in one transaction, and exported in its shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text, update

from bot.config import PROJECT_ROOT
from bot.contract import record_validator
from bot.records.db import session_factory
from bot.records.models import Incident
from bot.records.references import REFERENCE_PATTERN, new_reference
from bot.records.repository import InvalidRecord, find_by_reference, iter_records, save_incident


def answers(**changes):
    base = {
        "channel": "sms",
        "reporter_role": "victim",
        "characteristics": ["race", "religion_or_belief"],
        "characteristic_other": None,
        "incident_types": ["verbal_abuse"],
        "what_happened": "A man shouted at me at the bus stop near SO14.",
        "incident_date": date(2026, 11, 20),
        "time_band": "evening",
        "location_area": "SO14",
        "location_type": "public_transport",
        "ongoing": "no",
        "police_involvement_wanted": "not_sure",
        "anonymous": True,
        "true_vision_status": "referred",
        "support_wanted": ["someone_to_talk_to"],
        "preferred_outcome": ["record_only"],
        "preferred_outcome_text": None,
        "contact_route": "poster_or_leaflet",
        "immediate_danger": False,
        "signposted": ["stop_hate_uk"],
        "easy_read": False,
        "language": "en",
        "centre_id": "soton",
    }
    base.update(changes)
    return base


def test_reference_codes_match_the_contract_and_avoid_lookalike_characters():
    codes = {new_reference() for _ in range(500)}
    assert len(codes) == 500
    assert all(REFERENCE_PATTERN.match(code) for code in codes)
    assert not any(ch in code for code in codes for ch in "01IO")


def test_saved_record_reads_back_valid_and_unchanged(database_url):
    saved = save_incident(database_url, answers())
    assert list(record_validator().iter_errors(saved)) == []
    exported = list(iter_records(database_url))
    assert exported == [saved]
    assert exported[0]["characteristics"] == ["race", "religion_or_belief"]
    assert exported[0]["incident_date"] == "2026-11-20"
    assert find_by_reference(database_url, saved["reference"].lower()) == saved


def test_a_value_outside_the_contract_is_refused_before_anything_is_written(database_url):
    with pytest.raises(InvalidRecord) as refused:
        save_incident(database_url, answers(characteristics=["hair_colour"]))
    assert any(error.startswith("characteristics/0") for error in refused.value.errors)
    assert list(iter_records(database_url)) == []


def test_export_filters_by_the_local_date_the_report_was_made(database_url):
    first = save_incident(database_url, answers())
    second = save_incident(database_url, answers(centre_id="portsmouth"))
    # Move the first to 23:30 UTC on 31 March 2026, which is 00:30 on 1 April in London (BST).
    with session_factory(database_url).begin() as session:
        session.execute(
            update(Incident).where(Incident.record_id == first["record_id"]).values(created_at=datetime(2026, 3, 31, 23, 30))
        )
    april = list(iter_records(database_url, date(2026, 4, 1), date(2026, 4, 30)))
    assert [r["record_id"] for r in april] == [first["record_id"]]
    assert [r["record_id"] for r in iter_records(database_url, centre_id="portsmouth")] == [second["record_id"]]


def test_export_command_prints_one_contract_valid_record_a_line(database_url):
    saved = [save_incident(database_url, answers(reporter_role=role)) for role in ("victim", "witness")]
    env = {**os.environ, "DATABASE_URL": database_url}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "export", "--format", "jsonl"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["record_id"] for r in lines) == sorted(r["record_id"] for r in saved)
    assert all(list(record_validator().iter_errors(r)) == [] for r in lines)
    assert "Exported 2 record(s)." in result.stderr


def test_export_command_explains_a_bad_date():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "export", "--from", "31/03/2026"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "is not a date like 2026-03-31" in result.stderr


def test_migrations_reach_the_newest_revision_and_can_run_again(database_url):
    from alembic.script import ScriptDirectory

    from bot.records.migrate import alembic_config, upgrade

    upgrade(database_url)
    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    with session_factory(database_url)() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == head
        assert session.execute(text("SELECT count(*) FROM staff_accounts")).scalar_one() == 0
