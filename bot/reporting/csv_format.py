"""CSV forms of records and of the monthly return, for people who work in spreadsheets.

Records: one row each, columns in the contract's order, lists joined with "; ", true/false for
yes/no fields, empty for none. The return: one row per count (measure, category, count).
"""

from __future__ import annotations

import csv
from typing import Any, Iterable, TextIO

from bot.contract import schema

LIST_SEPARATOR = "; "


def record_columns() -> list[str]:
    return list(schema("incident-record.schema.json")["properties"])


def spreadsheet_safe(text: str) -> str:
    """Quotes text a spreadsheet would run as a formula (OWASP's CSV injection advice)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return spreadsheet_safe(LIST_SEPARATOR.join(value))
    return spreadsheet_safe(str(value))


def write_records(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Writes records as CSV; returns how many."""
    columns = record_columns()
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for record in records:
        writer.writerow([_cell(record.get(column)) for column in columns])
        count += 1
    return count


def write_return_counts(report: dict[str, Any], out: TextIO) -> None:
    """Writes the monthly return's counts as rows of measure, category, count."""
    writer = csv.writer(out)
    writer.writerow(["period_from", "period_to", "centre_id", "measure", "category", "count"])
    period = (report["period"]["from"], report["period"]["to"], report["centre_id"] or "all")
    for measure, value in report.items():
        if isinstance(value, int) and not isinstance(value, bool):
            writer.writerow([*period, measure, "", value])
        elif isinstance(value, dict) and measure != "period":
            for category, count in value.items():
                writer.writerow([*period, measure, category, count])
