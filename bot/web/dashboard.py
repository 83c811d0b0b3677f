"""The staff dashboard: a month's records with filters, a record's detail with its True Vision
hand-off, status and outcome updates, the downloads, and the centre's local services.

Staff see their own centre; an admin sees every centre (and may pick one). Every change is a POST
with the session's CSRF token, answered with a redirect and a short message (post/redirect/get).
"""

from __future__ import annotations

import asyncio
import io
import re
from dataclasses import dataclass
from typing import Any, Callable

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import clock
from bot.config import Settings
from bot.contract import keys, labels
from bot.records.follow_up import FollowUpError
from bot.records.search import Filters
from bot.records.store import Records
from bot.reporting.true_vision import deadline, handoff_text
from bot.services import ACCESS, ServiceError, directory
from bot.services.local import local_services, remove_local_service, save_local_service
from bot.web.accounts import Staff
from bot.web.session import Sessions

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MONTHLY_FORMATS = ("html", "pdf", "csv", "json")  # monthly_files.FORMATS, in the order the dashboard offers them
RECORD_FORMATS = ("xlsx", "csv", "jsonl")


@dataclass
class Web:
    """What the dashboard's handlers need from the app."""

    settings: Settings
    page: Callable[..., HTTPResponse]
    sessions: Sessions


def this_month(tz: str) -> str:
    return clock.local_now(tz).strftime("%Y-%m")


def _scope(staff: Staff, request: Request) -> str | None:
    """The centre a request may see: staff their own; an admin the one asked for, or all (None)."""
    if not staff.is_admin:
        return staff.centre_id
    return (request.args.get("centre") or "").strip() or None


def _back(web: Web, session: dict[str, Any], to: str, message: str) -> HTTPResponse:
    session["flash"] = message
    return web.sessions.save(response.redirect(to), session)


def _attachment(body: bytes | str, fmt: str, filename: str) -> HTTPResponse:
    from bot.reporting.exports import CONTENT_TYPES

    data = body.encode("utf-8") if isinstance(body, str) else body
    reply = response.raw(data, content_type=CONTENT_TYPES[fmt])
    reply.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    reply.headers["Cache-Control"] = "no-store"
    reply.headers["X-Content-Type-Options"] = "nosniff"
    return reply


def add_dashboard(app: Sanic, web: Web, staff_only: Callable) -> None:
    settings = web.settings
    store = Records.of(settings)  # the centre's records (not the /records page below)

    @app.get("/records")
    @staff_only
    async def records(request: Request, session: dict[str, Any], staff: Staff) -> HTTPResponse:
        month = request.args.get("month") or this_month(settings.timezone)
        problem = None
        if not _MONTH.match(month):
            problem, month = "That month was not understood, so this month is shown.", this_month(settings.timezone)
        characteristic = request.args.get("characteristic") or None
        status = request.args.get("status") or None
        filters = Filters(month, characteristic if characteristic in keys("characteristic") else None,
                          status if status in keys("true_vision_status") else None, request.args.get("overdue") == "1")
        centre = _scope(staff, request)
        views, total = await asyncio.to_thread(store.search, filters, centre, settings.timezone)
        return web.page("records.html", session, staff=staff, views=views, total=total, filters=filters,
                        labels=labels(), centre=centre, problem=problem, monthly_formats=MONTHLY_FORMATS,
                        record_formats=RECORD_FORMATS)

    @app.get("/records/<record_id:[0-9a-f]{32}>")
    @staff_only
    async def record(request: Request, session: dict[str, Any], staff: Staff, record_id: str) -> HTTPResponse:
        view = store.get(record_id, staff.own_centre)
        if view is None:
            return web.page("not_found.html", session, status=404, staff=staff)
        services = {s.id: s for s in [*local_services(settings.database_url, view.record["centre_id"]), *directory()]}
        return web.page(
            "record.html", session, staff=staff, view=view, r=view.record, labels=labels(),
            notes=store.notes_for(record_id), services=services,
            handoff=handoff_text(view.record, settings.timezone),
            due=deadline(view.record, settings.timezone).strftime("%A %-d %B %Y, %H:%M"),
            statuses=keys("true_vision_status"),
        )

    def follow_up(request: Request, session: dict[str, Any], record_id: str, change: Callable[[], None],
                  done: str) -> HTTPResponse:
        """Makes one change to a record (after the CSRF check) and goes back to it with a message."""
        to = f"/records/{record_id}"
        if not Sessions.csrf_ok(request, session):
            return _back(web, session, to, "Your session expired. Please try again.")
        try:
            change()
        except FollowUpError as error:
            return _back(web, session, to, str(error))
        return _back(web, session, to, done)

    @app.post("/records/<record_id:[0-9a-f]{32}>/true-vision")
    @staff_only
    async def true_vision(request: Request, session: dict[str, Any], staff: Staff, record_id: str) -> HTTPResponse:
        form = request.form or {}
        return follow_up(request, session, record_id, lambda: store.set_true_vision_status(
            record_id, form.get("status", ""), form.get("police_reference"), staff.own_centre,
        ), "True Vision status saved.")

    @app.post("/records/<record_id:[0-9a-f]{32}>/notes")
    @staff_only
    async def add_note(request: Request, session: dict[str, Any], staff: Staff, record_id: str) -> HTTPResponse:
        note = (request.form or {}).get("note", "")
        return follow_up(request, session, record_id, lambda: store.add_outcome_note(
            record_id, note, staff.username, staff.own_centre,
        ), "Note saved. The person will get it when they ask for an update.")

    async def download(request: Request, staff: Staff, formats: tuple[str, ...], name: str,
                       build: Callable[[str, str, str | None], bytes | str]) -> HTTPResponse:
        """Checks the month and format, then builds the file for the staff member's scope off the event loop."""
        month, fmt = request.args.get("month", ""), request.args.get("format", formats[0])
        if not _MONTH.match(month) or fmt not in formats:
            return response.text("Choose a month like 2026-03 and a format: " + ", ".join(formats), status=400)
        centre = _scope(staff, request)
        body = await asyncio.to_thread(build, month, fmt, centre)
        return _attachment(body, fmt, f"{name}-{month}-{centre or 'all'}.{fmt}")

    @app.get("/downloads/monthly")
    @staff_only
    async def download_monthly(request: Request, session: dict[str, Any], staff: Staff) -> HTTPResponse:
        from bot.reporting.monthly_files import render_return

        def build(month: str, fmt: str, centre: str | None) -> bytes | str:
            return render_return(store, month, centre, settings.timezone, fmt)[0]

        return await download(request, staff, MONTHLY_FORMATS, "monthly-return", build)

    @app.get("/downloads/records")
    @staff_only
    async def download_records(request: Request, session: dict[str, Any], staff: Staff) -> HTTPResponse:
        from bot.reporting.exports import write_export
        from bot.reporting.monthly import month_bounds

        def build(month: str, fmt: str, centre: str | None) -> bytes | str:
            out = io.BytesIO() if fmt == "xlsx" else io.StringIO(newline="")
            write_export(store.iter(*month_bounds(month), centre, settings.timezone), fmt, out)
            return out.getvalue()

        return await download(request, staff, RECORD_FORMATS, "records", build)

    @app.get("/services")
    @staff_only
    async def services(request: Request, session: dict[str, Any], staff: Staff) -> HTTPResponse:
        centre = _scope(staff, request)
        return web.page("services.html", session, staff=staff, centre=centre, national=directory(),
                        local=local_services(settings.database_url, centre), labels=labels(), access=ACCESS)

    @app.post("/services")
    @staff_only
    async def add_service(request: Request, session: dict[str, Any], staff: Staff) -> HTTPResponse:
        form = request.form or {}
        centre = staff.centre_id if not staff.is_admin else (form.get("centre") or "").strip()
        to = "/services" + (f"?centre={centre}" if staff.is_admin and centre else "")
        if not Sessions.csrf_ok(request, session):
            return _back(web, session, to, "Your session expired. Please try again.")
        entry = {"name": form.get("name", ""), "contact": form.get("contact", ""), "serves": form.getlist("serves") or [],
                 "needs": form.getlist("needs") or [], "access": form.getlist("access") or []}
        try:
            service = save_local_service(settings.database_url, centre, entry)
        except ServiceError as error:
            return _back(web, session, to, str(error))
        return _back(web, session, to, f"{service.name} added. The assistant can offer it from the next report.")

    @app.post("/services/<service_id>/remove")
    @staff_only
    async def remove_service(request: Request, session: dict[str, Any], staff: Staff, service_id: str) -> HTTPResponse:
        if not Sessions.csrf_ok(request, session):
            return _back(web, session, "/services", "Your session expired. Please try again.")
        removed = remove_local_service(settings.database_url, staff.own_centre, service_id)
        return _back(web, session, "/services", "Service removed." if removed else "That service was not found.")
