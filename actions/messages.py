"""Reads the latest message: typed text, a button press, or a numbered reply."""

from __future__ import annotations

import json
import re
from typing import Any

from rasa_sdk import Tracker

from bot.answers.choices import numbered_choices
from bot.answers.text import word_count

CHOOSE_INTENT = "choose"
# The domain doubles the braces of a payload's JSON ({{...}}) so Rasa's templating leaves it alone.
_PAYLOAD_JSON = re.compile(r"\{+(.*?)\}+\s*$")


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def pressed_choices(tracker: Tracker) -> list[str]:
    """Returns the stored values of the button(s) pressed in the latest message, if any."""
    message = tracker.latest_message or {}
    if (message.get("intent") or {}).get("name") != CHOOSE_INTENT:
        return []
    return [str(e["value"]) for e in message.get("entities", []) if e.get("entity") == "choice"]


def button_options(domain: dict[str, Any], slot: str) -> list[tuple[str, str]]:
    """Returns (stored value, title) for each choice offered by ``utter_ask_<slot>``, in order."""
    variations = domain.get("responses", {}).get(f"utter_ask_{slot}", [])
    plain = [v for v in variations if not v.get("condition")] or variations
    options = []
    for button in (plain[0].get("buttons", []) if plain else []):
        payload = button["payload"]
        found = _PAYLOAD_JSON.search(payload)
        value = json.loads("{" + found.group(1) + "}")["choice"] if found else payload
        options.append((str(value), button["title"]))
    return options


def chosen_by_number(tracker: Tracker, domain: dict[str, Any], slot: str) -> list[str]:
    """Returns the choices picked by number ("1", "one", "1 3") from the question's list."""
    values = [value for value, _ in button_options(domain, slot)]
    return numbered_choices(latest_text(tracker), values) or []


def is_substantial(text: str, min_words: int = 4) -> bool:
    """Tells whether a message is long enough to be someone's account rather than a command."""
    return word_count(text) >= min_words
