"""A centre's own local services: added on the dashboard or imported from a YAML file shaped like
``directory.yml``; stored in the database so every process sees them at once."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import delete, select

from bot import clock
from bot.records.db import session_factory
from bot.records.models import LocalService
from bot.services import Service, ServiceError, directory, parse_service


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "service"


def _service(row: LocalService) -> Service:
    return Service(row.id, row.name, row.contact, tuple(row.serves), tuple(row.needs), tuple(row.access), local=True)


def local_services(database_url: str, centre_id: str | None) -> list[Service]:
    """The centre's local services, in the order they were added."""
    if not centre_id:
        return []
    query = select(LocalService).where(LocalService.centre_id == centre_id).order_by(LocalService.created_at, LocalService.id)
    with session_factory(database_url)() as session:
        return [_service(row) for row in session.execute(query).scalars()]


def save_local_service(database_url: str, centre_id: str, entry: dict[str, Any]) -> Service:
    """Adds (or, with the same id, replaces) one of the centre's services; returns it."""
    if not centre_id:
        raise ServiceError("Local services belong to a centre; choose one.")
    entry = dict(entry)
    entry["id"] = f"{_slug(centre_id)}.{_slug(str(entry.get('id') or entry.get('name') or ''))}"
    service = parse_service(entry, local=True)
    if any(national.id == service.id for national in directory()):
        raise ServiceError(f"{service.id} is already a national service.")
    row = LocalService(id=service.id, centre_id=centre_id, name=service.name, contact=service.contact,
                       serves=list(service.serves), needs=list(service.needs), access=list(service.access),
                       created_at=clock.utc_now())
    with session_factory(database_url).begin() as session:
        existing = session.get(LocalService, service.id)
        if existing is not None:
            row.created_at = existing.created_at
        session.merge(row)
    return service


def remove_local_service(database_url: str, centre_id: str | None, service_id: str) -> bool:
    """Removes one of the centre's services (an admin, ``centre_id=None``, any centre's)."""
    query = delete(LocalService).where(LocalService.id == service_id)
    if centre_id:
        query = query.where(LocalService.centre_id == centre_id)
    with session_factory(database_url).begin() as session:
        return session.execute(query).rowcount > 0


def import_services_file(database_url: str, centre_id: str, path: Path) -> list[Service]:
    """Adds every service in a YAML file (``services:`` list as in directory.yml). All or nothing:
    one bad entry stops the import before anything is saved."""
    raw = yaml.safe_load(Path(path).read_text("utf-8")) or {}
    entries = raw.get("services") if isinstance(raw, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ServiceError(f"{path}: expected a 'services:' list like bot/services/directory.yml.")
    for entry in entries:
        parse_service({**entry, "id": entry.get("id") or entry.get("name")}, local=True)  # check all first
    return [save_local_service(database_url, centre_id, entry) for entry in entries]
