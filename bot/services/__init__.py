"""The service directory, and choosing which services to suggest to a person."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    contact: str
    serves: tuple[str, ...]
    needs: tuple[str, ...]

    def line(self) -> str:
        return f"- {self.name}: {self.contact}"


@lru_cache(maxsize=None)
def directory() -> tuple[Service, ...]:
    raw = yaml.safe_load(resources.files(__package__).joinpath("directory.yml").read_text("utf-8"))
    return tuple(
        Service(s["id"], s["name"], s["contact"], tuple(s["serves"]), tuple(s["needs"])) for s in raw["services"]
    )


def choose_services(characteristics: list[str], support_wanted: list[str], limit: int = MAX_SUGGESTIONS) -> list[Service]:
    """Returns up to ``limit`` services, specialists for the person's characteristics first.

    A service scores 2 for serving one of the characteristics specifically and 1 for each kind of
    support wanted that it gives; general services (serving all) follow specialists. Ties keep
    the directory's order, which puts the broadest national services first.
    """
    wanted = set(support_wanted) - {"none"}

    def score(service: Service) -> int:
        specialist = 2 if set(service.serves) & set(characteristics) else 0
        return specialist + len(wanted & set(service.needs))

    eligible = [s for s in directory() if "all" in s.serves or set(s.serves) & set(characteristics)]
    ranked = sorted(enumerate(eligible), key=lambda pair: (-score(pair[1]), pair[0]))
    return [service for _, service in ranked[:limit]]
