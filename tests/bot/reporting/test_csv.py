"""CSV exports carry the same values as the JSON ones, in the contract's columns."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime

from bot.config import PROJECT_ROOT
from bot.reporting.csv_format import LIST_SEPARATOR, record_columns
from bot.reporting.synthetic import insert_records, synthetic_records


def run(database_url: str, *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "bot", *args], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            env={**os.environ, "DATABASE_URL": database_url}, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_records_as_csv_match_the_json_export(database_url, cipher):
    insert_records(database_url, cipher, synthetic_records(3, 40, datetime(2026, 4, 2), datetime(2026, 4, 28), ["soton"]))
    records = [json.loads(line) for line in run(database_url, "export", "--format", "jsonl").splitlines()]
    rows = list(csv.DictReader(io.StringIO(run(database_url, "export", "--format", "csv"))))
    assert len(rows) == len(records) == 40
    assert list(rows[0]) == record_columns()
    for record, row in zip(records, rows):
        assert row["record_id"] == record["record_id"]
        assert row["characteristics"].split(LIST_SEPARATOR) == record["characteristics"]
        assert row["what_happened"] == record["what_happened"]  # decrypted for the export
        assert row["anonymous"] == ("true" if record["anonymous"] else "false")
        assert row["location_area"] == (record["location_area"] or "")


def test_monthly_return_counts_as_csv(database_url, cipher):
    insert_records(database_url, cipher, synthetic_records(4, 60, datetime(2026, 4, 2), datetime(2026, 4, 28), ["soton"]))
    report = json.loads(run(database_url, "report", "monthly", "--month", "2026-04"))
    rows = list(csv.DictReader(io.StringIO(run(database_url, "report", "monthly", "--month", "2026-04", "--format", "csv"))))
    counts = {(r["measure"], r["category"]): int(r["count"]) for r in rows}
    assert counts[("reports", "")] == report["reports"] == 60
    assert counts[("by_characteristic", "race")] == report["by_characteristic"]["race"]
    assert counts[("by_channel", "sms")] == report["by_channel"]["sms"]
    assert {r["period_from"] for r in rows} == {"2026-04-01"} and {r["centre_id"] for r in rows} == {"all"}
