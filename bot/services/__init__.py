"""The service directory, and choosing which services to suggest to a person.

National services are data in ``directory.yml``; a centre's local services are rows in the database
(``bot.services.local``), in the same shape. Both are checked against the contract's vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import yaml

from bot.contract import keys

MAX_SUGGESTIONS = 3
ACCESS = {"bsl": "British Sign Language", "easy_read": "Easy read", "languages": "Interpreters for other languages",
          "24_hours": "Open 24 hours"}


class ServiceError(ValueError):
    """A service entry is incomplete or uses values outside the vocabulary; the message says which."""


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    contact: str
    serves: tuple[str, ...]
    needs: tuple[str, ...]
    access: tuple[str, ...] = ()
    local: bool = False

    def line(self) -> str:
        return f"- {self.name}: {self.contact}"


def parse_service(raw: dict[str, Any], local: bool = False) -> Service:
    """Builds a Service from a directory entry, refusing unknown characteristics, needs or access."""
    name = str(raw.get("name") or "").strip()
    contact = str(raw.get("contact") or "").strip()
    if not raw.get("id") or not name or not contact:
        raise ServiceError(f"Service {raw.get('id') or name or '?'}: needs an id, a name and a contact.")
    serves, needs, access = (tuple(raw.get(field) or ()) for field in ("serves", "needs", "access"))
    unknown = (
        [f"serves {v}" for v in serves if v not in set(keys("characteristic")) | {"all"}]
        + [f"needs {v}" for v in needs if v not in keys("support_wanted")]
        + [f"access {v}" for v in access if v not in ACCESS]
    )
    if not serves:
        unknown.append("serves nothing (use [all] for everyone)")
    if unknown:
        raise ServiceError(f"Service {raw['id']}: {', '.join(unknown)}.")
    return Service(str(raw["id"]), name, contact, serves, needs, access, local)


@lru_cache(maxsize=None)
def directory() -> tuple[Service, ...]:
    """The national services shipped with the assistant."""
    raw = yaml.safe_load(resources.files(__package__).joinpath("directory.yml").read_text("utf-8"))
    return tuple(parse_service(entry) for entry in raw["services"])


def choose_services(characteristics: list[str], support_wanted: list[str], easy_read: bool = False,
                    local: Iterable[Service] = (), limit: int = MAX_SUGGESTIONS) -> list[Service]:
    """Returns up to ``limit`` services, specialists for the person's characteristics first.

    A service scores 2 for serving one of the characteristics specifically, 1 for each kind of
    support wanted that it gives, 1 for being the centre's own local service, and 1 for offering
    easy read to someone using easy-read mode. Ties keep the order local services then the
    directory's, which puts the broadest national services first.
    """
    wanted = set(support_wanted) - {"none"}

    def score(service: Service) -> int:
        specialist = 2 if set(service.serves) & set(characteristics) else 0
        suited = int(service.local) + int(easy_read and "easy_read" in service.access)
        return specialist + len(wanted & set(service.needs)) + suited

    everyone = [*local, *directory()]
    eligible = [s for s in everyone if "all" in s.serves or set(s.serves) & set(characteristics)]
    ranked = sorted(enumerate(eligible), key=lambda pair: (-score(pair[1]), pair[0]))
    return [service for _, service in ranked[:limit]]
