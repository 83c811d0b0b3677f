"""Record exports in the contract's shape: JSON lines, CSV and XLSX, streamed record by record."""

from __future__ import annotations

import json
import sys
from typing import IO, Any, Iterable, TextIO

from bot.reporting.csv_format import LIST_SEPARATOR, record_columns, spreadsheet_safe, write_records

FORMATS = ("jsonl", "csv", "xlsx")
BINARY = {"xlsx", "pdf"}
CONTENT_TYPES = {
    "jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8", "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8", "pdf": "application/pdf",
}


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


def write_xlsx(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """Writes one "Records" sheet (contract columns, lists joined with "; ", yes/no as TRUE/FALSE,
    dates as ISO text so no spreadsheet reinterprets them); returns how many records."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Records")
    columns = record_columns()
    sheet.append(columns)
    count = 0
    for record in records:
        sheet.append([_xlsx_cell(record.get(column)) for column in columns])
        count += 1
    workbook.save(out)
    return count


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    return spreadsheet_safe(value) if isinstance(value, str) else value  # a person's words never run as a formula


def write_export(records: Iterable[dict[str, Any]], fmt: str, out: IO) -> int:
    """Writes records in ``fmt`` to ``out`` (text for jsonl and csv, bytes for xlsx)."""
    if fmt == "csv":
        return write_records(records, out)
    if fmt == "xlsx":
        return write_xlsx(records, out)
    return write_jsonl(records, out)


def with_progress(items: Iterable[Any], total: int, label: str, enabled: bool | None = None) -> Iterable[Any]:
    """A progress bar on standard error while ``items`` are consumed (off when stderr is not a
    terminal, unless ``enabled`` is True)."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(items, total=total, desc=label, unit=" records", file=sys.stderr, disable=not show,
                mininterval=0.5, dynamic_ncols=True)
