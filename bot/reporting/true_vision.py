"""The True Vision hand-off: a record laid out in the order of True Vision's questions, ready for
staff to copy into the police's online form, with the centre's 48-hour deadline."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.contract import vocabulary

DEADLINE = timedelta(hours=48)
TRUE_VISION_URL = "https://www.report-it.org.uk/"


def _labels(list_name: str, values: list[str] | str | None) -> str:
    names = vocabulary()[list_name]
    values = [values] if isinstance(values, str) else (values or [])
    return "; ".join(names.get(v, v) for v in values) or "Not said"


def deadline(record: dict[str, Any], tz: str) -> datetime:
    made = datetime.fromisoformat(record["created_at"].replace("Z", "+00:00"))
    return (made + DEADLINE).astimezone(ZoneInfo(tz))


def handoff_text(record: dict[str, Any], tz: str = "Europe/London") -> str:
    """Returns the printable hand-off for one record."""
    when = record["incident_date"]
    day = date.fromisoformat(when).strftime("%A %-d %B %Y") if when else "Not known"
    band = record["time_band"] if record["time_band"] != "unknown" else "time not known"
    reasons = [c for c in record["characteristics"] if not (c == "other" and record.get("characteristic_other"))]
    why = _labels("characteristic", reasons) if reasons else ""
    if record.get("characteristic_other"):
        why = "; ".join(part for part in (why, f"Something else: {record['characteristic_other']}") if part)
    wishes = {"yes": "Wants police involvement", "no": "Does not want police involvement", "not_sure": "Not sure about police involvement"}
    lines = [
        f"True Vision hand-off for report {record['reference']}",
        f"Complete by: {deadline(record, tz).strftime('%A %-d %B %Y, %H:%M')} (48 hours after the report)",
        f"Form: {TRUE_VISION_URL}",
        "",
        f"1. Who is reporting: {_labels('reporter_role', record['reporter_role'])}",
        f"2. What happened: {_labels('incident_type', record['incident_types'])}",
        f"   In their words: {record['what_happened'] or 'Not said'}",
        f"3. Where: {_labels('location_type', record['location_type'])}, {record['location_area'] or 'area not known'}",
        f"4. When: {day}, {band}",
        f"5. Why they think it happened: {why}",
        f"6. Wishes: {wishes[record['police_involvement_wanted']]}; "
        f"{'anonymous report' if record['anonymous'] else 'named report (take contact details in person)'}",
        f"   Happened before: {record['ongoing']}; danger at the time of reporting: {'yes' if record['immediate_danger'] else 'no'}",
        "",
        f"Status now: {_labels('true_vision_status', record['true_vision_status'])}",
    ]
    return "\n".join(lines)
