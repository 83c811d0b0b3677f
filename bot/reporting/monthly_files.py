"""The monthly return as a file in any of its formats, for the command line and the dashboard alike."""

from __future__ import annotations

import io
import json
from typing import Any, Callable, Iterable

from bot.records.store import Records

FORMATS = ("json", "csv", "html", "pdf")


def render_return(records: Records, month: str, centre_id: str | None, tz: str, fmt: str,
                  progress: Callable[[Iterable[dict[str, Any]], int], Iterable[dict[str, Any]]] | None = None,
                  ) -> tuple[str | bytes, dict[str, Any]]:
    """Returns the return for ``month`` as ``fmt`` (bytes for pdf, text otherwise) and the return itself."""
    report = records.monthly_return(month, centre_id, tz, progress)
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n", report
    if fmt == "csv":
        from bot.reporting.csv_format import write_return_counts

        out = io.StringIO(newline="")
        write_return_counts(report, out)
        return out.getvalue(), report
    from bot.reporting.monthly_page import render_html, render_pdf

    html = render_html(report, records.monthly_trend(month, centre_id, tz))
    return (render_pdf(html) if fmt == "pdf" else html), report
