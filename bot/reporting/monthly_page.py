"""The monthly return for people: one page of headline numbers and charts, then the period's
anonymised incidents. The same HTML is served on the dashboard and printed to PDF by WeasyPrint."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.contract import labels as contract_labels
from bot.reporting.charts import bar_chart, trend_chart

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def _templates() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))


def _pairs(counts: dict[str, int], labels: dict[str, str]) -> list[tuple[str, int]]:
    """(label, count) pairs, largest first; categories with none are left out of charts."""
    return sorted(((labels.get(k, k), v) for k, v in counts.items() if v), key=lambda pair: -pair[1])


def render_html(report: dict[str, Any], trend: list[dict[str, Any]], centre_label: str | None = None) -> str:
    """Returns the whole return as one self-contained HTML document (no external files)."""
    labels = contract_labels()
    strands = {k: v for k, v in report["by_police_strand"].items()}
    true_vision = {
        "Referred or supported": report["true_vision_referred"],
        "Submitted to True Vision": report["true_vision_submitted"],
    }
    charts = {
        "characteristic": bar_chart("Reports by characteristic targeted", _pairs(report["by_characteristic"], labels["characteristic"])),
        "strand": bar_chart("Reports in the five police strands", _pairs(strands, labels["characteristic"])),
        "route": bar_chart("How people came to the centre", _pairs(report["by_contact_route"], labels["contact_route"])),
        "true_vision": bar_chart("True Vision referrals", list(true_vision.items())),
        "trend": trend_chart("Reports and True Vision referrals, last 12 months", [row["month"] for row in trend],
                             [row["reports"] for row in trend], [row["true_vision_referred"] for row in trend],
                             ("Reports", "True Vision referrals")),
    }
    return _templates().get_template("monthly.html").render(
        report=report, trend=trend, labels=labels, charts=charts, true_vision=true_vision,
        centre=centre_label or report["centre_id"] or "All centres",
    )


def render_pdf(html: str) -> bytes:
    """Prints the HTML to PDF (A4, the page's own print styles)."""
    from weasyprint import HTML

    return HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
