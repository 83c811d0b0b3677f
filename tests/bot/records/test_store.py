"""One records object: what the CLI, the dashboard and the actions hold, on a real database."""

from __future__ import annotations

from datetime import date

import pytest

from bot.config import SettingsError, load_settings
from bot.records.search import Filters
from bot.records.store import Records
from tests.bot.records.test_repository import answers

NOVEMBER = "2026-11-18T12:00:00Z"


def _no_key():
    raise SettingsError("Missing required setting(s): RECORDS_ENCRYPTION_KEY.")


def test_a_report_saved_through_the_records_is_found_counted_and_read_back_with_its_note(database_url, cipher, monkeypatch):
    monkeypatch.setenv("CLOCK_START", NOVEMBER)
    records = Records(database_url, cipher)
    saved = records.save(answers(centre_id="soton"))
    assert records.find_by_reference(saved["reference"])["what_happened"] == saved["what_happened"]
    assert records.count(date(2026, 11, 1), date(2026, 11, 30)) == 1
    assert [r["reference"] for r in records.iter(date(2026, 11, 1), date(2026, 11, 30))] == [saved["reference"]]
    records.add_outcome_note(saved["record_id"], "We passed your report to the housing team.", "kim", "soton")
    assert records.latest_update(saved["reference"]).note == "We passed your report to the housing team."
    assert records.monthly_return("2026-11", "soton")["reports"] == 1


def test_without_the_key_records_are_counted_searched_and_withdrawn_but_their_words_are_not_read(database_url, cipher, monkeypatch):
    monkeypatch.setenv("CLOCK_START", NOVEMBER)
    saved = Records(database_url, cipher).save(answers())
    keyless = Records(database_url, _no_key)  # as Records.of(settings) is where no key is set
    assert keyless.count() == 1
    views, total = keyless.search(Filters("2026-11", None, None, False), None)
    assert total == 1 and views[0].record["reference"] == saved["reference"]
    with pytest.raises(SettingsError, match="RECORDS_ENCRYPTION_KEY"):
        keyless.find_by_reference(saved["reference"])
    assert keyless.withdraw(saved["reference"], 14) == "withdrawn"
    assert keyless.count() == 0


def test_the_settings_give_records_of_their_database_that_ask_for_the_key_only_when_words_are_read(tmp_path):
    url = f"sqlite:///{tmp_path / 'records.db'}"
    from bot.records.migrate import upgrade

    upgrade(url)
    records = Records.of(load_settings({"DATABASE_URL": url, "SAFE_TO_SAY_DATA_DIR": str(tmp_path)}))
    assert records.database_url == url and records.count() == 0
    with pytest.raises(SettingsError, match="RECORDS_ENCRYPTION_KEY"):
        records.find_by_reference("K7Q-M2X")
