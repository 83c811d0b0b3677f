"""The monthly anonymised return, counted in SQL (never by loading every record into Python).

Matches ``monthly-return.schema.json``: the counts the agreements ask for, then the period's
anonymised incidents. A record counts in the month its report was made, in the centre's time zone.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Iterable

from sqlalchemy import and_, case, func, select

from bot import clock
from bot.contract import keys, schema
from bot.privacy.encryption import Cipher
from bot.records.db import session_factory
from bot.records.models import Incident
from bot.records.repository import array_values, iter_records, made_between, utc_bounds


def month_bounds(month: str) -> tuple[date, date]:
    """Returns the first and last day of ``month`` ("2026-03")."""
    first = date.fromisoformat(f"{month}-01")
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


def previous_months(month: str, count: int) -> list[str]:
    """The ``count`` months ending with ``month``, oldest first: ("2026-03", 3) -> Jan, Feb, Mar."""
    first = date.fromisoformat(f"{month}-01")
    index = first.year * 12 + first.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def monthly_trend(database_url: str, month: str, centre_id: str | None = None, tz: str = "Europe/London",
                  months: int = 12) -> list[dict[str, Any]]:
    """Reports, victims spoken to and True Vision referrals for each of the ``months`` months ending
    with ``month``, counted in one pass of SQL (each record falls in one month's local bounds)."""
    names = previous_months(month, months)
    bounds = [utc_bounds(*month_bounds(name), tz) for name in names]
    bucket = case(*[(and_(Incident.created_at >= start, Incident.created_at < end), i) for i, (start, end) in enumerate(bounds)])
    query = made_between(select(
        bucket,
        func.count(),
        func.sum(case((Incident.reporter_role != "witness", 1), else_=0)),
        func.sum(case((Incident.true_vision_status.in_(["referred", "submitted"]), 1), else_=0)),
    ), bounds[0][0], bounds[-1][1], centre_id).group_by(bucket)
    counts = {i: (0, 0, 0) for i in range(months)}
    with session_factory(database_url)() as session:
        for i, reports, victims, referred in session.execute(query):
            counts[int(i)] = (int(reports), int(victims or 0), int(referred or 0))
    return [{"month": name, "reports": counts[i][0], "victims_spoken_to": counts[i][1], "true_vision_referred": counts[i][2]}
            for i, name in enumerate(names)]


def _array_counts(session, column, start, end, centre_id) -> dict[str, int]:
    """Counts each value of a JSON array column once per record that holds it."""
    element = array_values(session, column)
    query = made_between(select(element.c.value, func.count()).select_from(Incident).join(element, True), start, end, centre_id)
    return {value: count for value, count in session.execute(query.group_by(element.c.value))}


def _grouped(session, column, start, end, centre_id) -> dict[str, int]:
    query = made_between(select(column, func.count()).group_by(column), start, end, centre_id)
    return {value: count for value, count in session.execute(query)}


def _complete(counts: dict[str, int], names: list[str]) -> dict[str, int]:
    return {name: counts.get(name, 0) for name in names}


def monthly_return(database_url: str, cipher: Cipher, month: str, centre_id: str | None = None,
                   tz: str = "Europe/London",
                   progress: Callable[[Iterable[dict[str, Any]], int], Iterable[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Returns the monthly return for ``month`` ("YYYY-MM"), for one centre or all of them.

    ``progress``, if given, wraps the stream of incidents (with their count) to show progress.
    """
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
    incidents = iter_records(database_url, cipher, first, last, centre_id, tz)
    return {
        "period": {"from": first.isoformat(), "to": last.isoformat()},
        "centre_id": centre_id,
        "generated_at": clock.now().replace(microsecond=0).isoformat().replace("+00:00", "Z"),
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
        "incidents": list(progress(incidents, reports) if progress else incidents),
    }


def return_validator():
    """A JSON Schema validator for the monthly return, resolving its reference to the record schema."""
    from jsonschema import Draft202012Validator, FormatChecker, RefResolver

    record = schema("incident-record.schema.json")
    resolver = RefResolver.from_schema(schema("monthly-return.schema.json"), store={"incident-record.schema.json": record})
    return Draft202012Validator(schema("monthly-return.schema.json"), resolver=resolver, format_checker=FormatChecker())
