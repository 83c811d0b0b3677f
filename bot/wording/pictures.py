"""Pictures for choices: a symbol with alt text on the web page, an emoji on Telegram's buttons."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_CHOICE = re.compile(r'^/choose(\{.*\})$')


@dataclass(frozen=True)
class Picture:
    symbol: str  # file name (without .svg) under bot/web/static/symbols/
    alt: str
    emoji: str

    @property
    def url(self) -> str:
        return f"/static/symbols/{self.symbol}.svg"


@lru_cache(maxsize=1)
def pictures() -> dict[str, Picture]:
    raw = yaml.safe_load(resources.files(__package__).joinpath("pictures.yml").read_text("utf-8"))
    return {value: Picture(**entry) for value, entry in raw.items()}


def value_of(payload: str) -> str | None:
    """The stored value a button sends: "home" for /choose{"choice": "home"} (or as written in the
    domain, with braces doubled), "easy_read_on" for /easy_read_on."""
    payload = (payload or "").replace("{{", "{").replace("}}", "}")
    match = _CHOICE.match(payload)
    if match:
        try:
            return str(json.loads(match.group(1)).get("choice"))
        except (ValueError, AttributeError):
            return None
    return payload[1:] if (payload or "").startswith("/") and re.fullmatch(r"/\w+", payload) else None


def picture_for(button: dict[str, Any]) -> Picture | None:
    return pictures().get(value_of(button.get("payload", "")) or "")
