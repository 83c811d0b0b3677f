"""Exports: every record, in the contract's shape, as JSON lines, CSV and XLSX."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime

from openpyxl import load_workbook

from bot.config import PROJECT_ROOT
from bot.contract import record_validator
from bot.reporting.csv_format import record_columns
from bot.reporting.synthetic import insert_records, synthetic_records


def export(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run([sys.executable, "-m", "bot", "export", *args], cwd=PROJECT_ROOT, env=env, capture_output=True, timeout=300)


def stored(database_url, cipher, **changes):
    records = synthetic_records(seed=5, count=60, first=datetime(2026, 9, 1), last=datetime(2026, 10, 31), centres=["soton", "portsmouth"])
    records[0].update(what_happened="=HYPERLINK(\"http://evil\")", **changes)
    insert_records(database_url, cipher, records)
    return records


def test_xlsx_holds_every_record_in_contract_columns(database_url, cipher, tmp_path):
    records = stored(database_url, cipher)
    path = tmp_path / "records.xlsx"
    result = export(database_url, "--format", "xlsx", "--centre", "soton", "--output", str(path))
    assert result.returncode == 0, result.stderr.decode()
    sheet = load_workbook(path, read_only=True)["Records"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == record_columns()
    assert len(rows) - 1 == sum(r["centre_id"] == "soton" for r in records)
    by_id = {r["record_id"]: r for r in records}
    for row in rows[1:]:
        cells = dict(zip(rows[0], row))
        original = by_id[cells["record_id"]]
        assert cells["characteristics"] == "; ".join(original["characteristics"])
        assert cells["anonymous"] is original["anonymous"]
        assert cells["incident_date"] == original["incident_date"].isoformat()


def test_spreadsheet_exports_never_carry_a_live_formula(database_url, cipher, tmp_path):
    stored(database_url, cipher, centre_id="soton")
    export(database_url, "--format", "xlsx", "-o", str(tmp_path / "r.xlsx"))
    cells = [c for row in load_workbook(tmp_path / "r.xlsx")["Records"].iter_rows(values_only=True) for c in row]
    assert "'=HYPERLINK(\"http://evil\")" in cells and not any(str(c).startswith("=") for c in cells)
    rows = list(csv.DictReader(io.StringIO(export(database_url, "--format", "csv").stdout.decode())))
    assert not any(r["what_happened"].startswith("=") for r in rows)


def test_jsonl_between_dates_is_contract_valid(database_url, cipher):
    records = stored(database_url, cipher)
    result = export(database_url, "--from", "2026-10-01", "--to", "2026-10-31", "--progress")
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert lines and all(not list(record_validator().iter_errors(r)) for r in lines)
    assert all(r["created_at"] >= "2026-09-30T23" for r in lines)
    assert len(lines) < len(records)
    assert b"Exporting" in result.stderr and b"100%" in result.stderr
