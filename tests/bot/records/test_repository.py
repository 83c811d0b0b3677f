"""Records are validated against the contract, stored in one transaction, and exported in its shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime

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


def test_saved_record_reads_back_valid_and_unchanged(database_url, cipher):
    saved = save_incident(database_url, answers(), cipher)
    assert list(record_validator().iter_errors(saved)) == []
    exported = list(iter_records(database_url, cipher))
    assert exported == [saved]
    assert exported[0]["characteristics"] == ["race", "religion_or_belief"]
    assert exported[0]["incident_date"] == "2026-11-20"
    assert find_by_reference(database_url, cipher, saved["reference"].lower()) == saved


def test_a_value_outside_the_contract_is_refused_before_anything_is_written(database_url, cipher):
    with pytest.raises(InvalidRecord) as refused:
        save_incident(database_url, answers(characteristics=["hair_colour"]), cipher)
    assert any(error.startswith("characteristics/0") for error in refused.value.errors)
    assert list(iter_records(database_url, cipher)) == []


def test_export_filters_by_the_local_date_the_report_was_made(database_url, cipher):
    first = save_incident(database_url, answers(), cipher)
    second = save_incident(database_url, answers(centre_id="portsmouth"), cipher)
    # Move the first to 23:30 UTC on 31 March 2026, which is 00:30 on 1 April in London (BST).
    with session_factory(database_url).begin() as session:
        session.execute(
            update(Incident).where(Incident.record_id == first["record_id"]).values(created_at=datetime(2026, 3, 31, 23, 30))
        )
    april = list(iter_records(database_url, cipher, date(2026, 4, 1), date(2026, 4, 30)))
    assert [r["record_id"] for r in april] == [first["record_id"]]
    assert [r["record_id"] for r in iter_records(database_url, cipher, centre_id="portsmouth")] == [second["record_id"]]


def test_export_command_prints_one_contract_valid_record_a_line(database_url, cipher):
    saved = [save_incident(database_url, answers(reporter_role=role), cipher) for role in ("victim", "witness")]
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


def test_a_wellbeing_concern_is_kept_beside_the_record_and_never_exported(database_url, cipher):
    saved = save_incident(database_url, answers(), cipher, beside={"wellbeing_concern": True})
    plain = save_incident(database_url, answers(), cipher)
    with session_factory(database_url)() as session:
        concerns = dict(session.execute(text("SELECT reference, wellbeing_concern FROM incidents")).all())
    assert concerns == {saved["reference"]: True, plain["reference"]: False}
    exported = find_by_reference(database_url, cipher, saved["reference"])
    assert "wellbeing_concern" not in exported and list(record_validator().iter_errors(exported)) == []
    with pytest.raises(ValueError):
        save_incident(database_url, answers(), cipher, beside={"phone": "07700 900123"})


def test_the_persons_own_words_are_encrypted_at_rest(database_url, cipher):
    saved = save_incident(
        database_url, answers(what_happened="they spat at me by the mosque", characteristic_other="my football shirt",
                              preferred_outcome=["other"], preferred_outcome_text="an apology in person"), cipher,
    )
    with session_factory(database_url)() as session:
        row = session.execute(text("SELECT what_happened, characteristic_other, preferred_outcome_text FROM incidents")).one()
    for stored, plain in zip(row, ("they spat at me by the mosque", "my football shirt", "an apology in person")):
        assert plain not in stored and "spat" not in stored
        assert cipher.decrypt(stored) == plain
    assert find_by_reference(database_url, cipher, saved["reference"])["what_happened"] == "they spat at me by the mosque"


def test_a_wrong_key_cannot_read_the_words(database_url, cipher):
    from cryptography.fernet import Fernet

    from bot.privacy.encryption import Cipher, UndecryptableText

    save_incident(database_url, answers(), cipher)
    with pytest.raises(UndecryptableText):
        list(iter_records(database_url, Cipher(Fernet.generate_key().decode())))


def test_rotate_key_rewrites_every_record_under_the_new_key(database_url):
    from cryptography.fernet import Fernet

    from bot.privacy.encryption import Cipher
    from bot.records.repository import rotate_encryption

    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    saved = save_incident(database_url, answers(what_happened="words to keep"), Cipher(old))
    assert rotate_encryption(database_url, Cipher(f"{new},{old}")) == 1
    [record] = list(iter_records(database_url, Cipher(new)))
    assert record["what_happened"] == "words to keep" and record["record_id"] == saved["record_id"]


def test_migration_encrypts_accounts_saved_before_encryption(tmp_path, cipher):
    from alembic import command

    from bot.records.migrate import alembic_config, upgrade

    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url), "0002")
    with session_factory(url).begin() as session:
        session.execute(text(
            "INSERT INTO incidents (record_id, reference, created_at, channel, reporter_role, characteristics, "
            "incident_types, what_happened, time_band, location_type, ongoing, police_involvement_wanted, anonymous, "
            "true_vision_status, support_wanted, preferred_outcome, contact_route, immediate_danger, signposted, "
            "easy_read, language) VALUES ('r1', 'ABC-234', '2026-11-01 10:00:00', 'sms', 'victim', '[\"race\"]', "
            "'[\"threats\"]', 'plain words from before', 'unknown', 'street', 'no', 'no', 1, 'declined', '[]', '[]', "
            "'unknown', 0, '[]', 0, 'en')"
        ))
    upgrade(url)
    with session_factory(url)() as session:
        stored = session.execute(text("SELECT what_happened FROM incidents")).scalar_one()
    assert "plain" not in stored
    [record] = list(iter_records(url, cipher))
    assert record["what_happened"] == "plain words from before"
