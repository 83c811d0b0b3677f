"""The monthly anonymised return, counted in SQL (never by loading every record into Python).

Matches ``monthly-return.schema.json``: the counts the agreements ask for, then the period's
anonymised incidents. A record counts in the month its report was made, in the centre's time zone.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.dialects.postgresql import JSONB

from bot.contract import keys, schema
from bot.privacy.encryption import Cipher
from bot.records.db import session_factory
from bot.records.models import Incident
from bot.records.repository import iter_records, made_between, utc_bounds


def month_bounds(month: str) -> tuple[date, date]:
    """Returns the first and last day of ``month`` ("2026-03")."""
    first = date.fromisoformat(f"{month}-01")
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


def _array_counts(session, column, start, end, centre_id) -> dict[str, int]:
    """Counts each value of a JSON array column once per record that holds it."""
    if session.bind.dialect.name == "postgresql":
        element = func.jsonb_array_elements_text(func.cast(column, JSONB)).table_valued("value")
    else:
        element = func.json_each(column).table_valued("value")
    query = made_between(select(element.c.value, func.count()).select_from(Incident).join(element, True), start, end, centre_id)
    return {value: count for value, count in session.execute(query.group_by(element.c.value))}


def _grouped(session, column, start, end, centre_id) -> dict[str, int]:
    query = made_between(select(column, func.count()).group_by(column), start, end, centre_id)
    return {value: count for value, count in session.execute(query)}


def _complete(counts: dict[str, int], names: list[str]) -> dict[str, int]:
    return {name: counts.get(name, 0) for name in names}


def monthly_return(database_url: str, cipher: Cipher, month: str, centre_id: str | None = None,
                   tz: str = "Europe/London") -> dict[str, Any]:
    """Returns the monthly return for ``month`` ("YYYY-MM"), for one centre or all of them."""
    first, last = month_bounds(month)
    start, end = utc_bounds(first, last, tz)
    with session_factory(database_url)() as session:
        totals = session.execute(made_between(select(
            func.count(),
            func.sum(case((Incident.reporter_role != "witness", 1), else_=0)),
            func.sum(case((Incident.true_vision_status.in_(["referred", "submitted"]), 1), else_=0)),
            func.sum(case((Incident.true_vision_status == "submitted", 1), else_=0)),
            func.sum(case((Incident.anonymous.is_(True), 1), else_=0)),
            func.sum(case((Incident.immediate_danger.is_(True), 1), else_=0)),
        ), start, end, centre_id)).one()
        reports, victims, referred, submitted, anonymous, danger = (int(value or 0) for value in totals)
        characteristics = _array_counts(session, Incident.characteristics, start, end, centre_id)
        routes = _grouped(session, Incident.contact_route, start, end, centre_id)
        roles = _grouped(session, Incident.reporter_role, start, end, centre_id)
        channels = _grouped(session, Incident.channel, start, end, centre_id)
        police = _grouped(session, Incident.police_involvement_wanted, start, end, centre_id)
    return {
        "period": {"from": first.isoformat(), "to": last.isoformat()},
        "centre_id": centre_id,
        "generated_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "victims_spoken_to": victims,
        "reports": reports,
        "by_characteristic": _complete(characteristics, keys("characteristic")),
        "by_police_strand": _complete(characteristics, keys("police_strand")),
        "true_vision_referred": referred,
        "true_vision_submitted": submitted,
        "by_contact_route": _complete(routes, keys("contact_route")),
        "by_reporter_role": _complete(roles, keys("reporter_role")),
        "by_channel": _complete(channels, keys("channel")),
        "police_involvement_wanted": _complete(police, keys("police_involvement_wanted")),
        "anonymous_reports": anonymous,
        "immediate_danger": danger,
        "incidents": list(iter_records(database_url, cipher, first, last, centre_id, tz)),
    }


def return_validator():
    """A JSON Schema validator for the monthly return, resolving its reference to the record schema."""
    from jsonschema import Draft202012Validator, FormatChecker, RefResolver

    record = schema("incident-record.schema.json")
    resolver = RefResolver.from_schema(schema("monthly-return.schema.json"), store={"incident-record.schema.json": record})
    return Draft202012Validator(schema("monthly-return.schema.json"), resolver=resolver, format_checker=FormatChecker())
