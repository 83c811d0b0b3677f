"""Reads the latest message: typed text, a button press, or a numbered reply."""

from __future__ import annotations

import json
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.answers.account import AccountTooLong, clean_account
from bot.answers.choices import numbered_choices
from bot.answers.text import normalise, word_count

CHOOSE_INTENT = "choose"
# The domain doubles the braces of a payload's JSON ({{...}}) so Rasa's templating leaves it alone.
_PAYLOAD_JSON = re.compile(r"\{+(.*?)\}+\s*$")


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def message_metadata(tracker: Tracker) -> dict[str, Any]:
    """Returns what the channel said about the latest message (e.g. staff mode and centre)."""
    return (tracker.latest_message or {}).get("metadata") or {}


def pressed_choices(tracker: Tracker) -> list[str]:
    """Returns the stored values of the button(s) pressed in the latest message, if any."""
    message = tracker.latest_message or {}
    if (message.get("intent") or {}).get("name") != CHOOSE_INTENT:
        return []
    return [str(e["value"]) for e in message.get("entities", []) if e.get("entity") == "choice"]


def _applies(variation: dict[str, Any], tracker: Tracker | None) -> bool:
    """True if every condition holds; a yes/no slot not set yet counts as its initial value, false."""
    def holds(condition: dict[str, Any]) -> bool:
        value = tracker.get_slot(condition["name"])
        return (bool(value) if isinstance(condition["value"], bool) else value) == condition["value"]

    return tracker is not None and all(holds(c) for c in variation.get("condition") or [])


def shown_variation(domain: dict[str, Any], response: str, tracker: Tracker | None = None) -> dict[str, Any] | None:
    """The variation of ``response`` Rasa would show now: with a tracker, the conditional one whose
    conditions are met (easy read, choices offered); otherwise, or if none is, the unconditional one."""
    variations = domain.get("responses", {}).get(response, [])
    shown = next((v for v in variations if v.get("condition") and _applies(v, tracker)), None)
    return shown or next((v for v in variations if not v.get("condition")), None)


def button_options(domain: dict[str, Any], slot: str, tracker: Tracker | None = None) -> list[tuple[str, str]]:
    """Returns (stored value, title) for each choice ``utter_ask_<slot>`` offers, in order.

    With a tracker, the variation Rasa would show now (its conditions met) is read; without one,
    the unconditional variation.
    """
    shown = shown_variation(domain, f"utter_ask_{slot}", tracker)
    options = []
    for button in (shown or {}).get("buttons", []):
        payload = button["payload"]
        found = _PAYLOAD_JSON.search(payload)
        value = json.loads("{" + found.group(1) + "}")["choice"] if found else payload
        options.append((str(value), button["title"]))
    return options


def chosen_by_number(tracker: Tracker, domain: dict[str, Any], slot: str) -> list[str]:
    """Returns the choices picked by number ("1", "one", "1 3") from the question's list."""
    values = [value for value, _ in button_options(domain, slot, tracker)]
    return numbered_choices(latest_text(tracker), values) or []


def chosen_by_title(domain: dict[str, Any], slot: str, text: str) -> list[str]:
    """Returns the choice whose button title ``text`` is, typed rather than pressed ("Shop or other
    business"), in any wording the question is asked in."""
    typed = normalise(text)
    if not typed:
        return []
    for variation in domain.get("responses", {}).get(f"utter_ask_{slot}", []):
        for button in variation.get("buttons", []):
            if normalise(button["title"]) == typed:
                found = _PAYLOAD_JSON.search(button["payload"])
                return [str(json.loads("{" + found.group(1) + "}")["choice"])] if found else []
    return []


def picked(tracker: Tracker, domain: dict[str, Any], slot: str) -> list[str]:
    """The choices a person made from the question's list: pressed, by number, or typed by name."""
    return (pressed_choices(tracker) or chosen_by_number(tracker, domain, slot)
            or chosen_by_title(domain, slot, latest_text(tracker)))


def is_substantial(text: str, min_words: int = 4) -> bool:
    """Tells whether a message is long enough to be someone's account rather than a command."""
    return word_count(text) >= min_words


def keep_as_answer(slot: str, text: str, min_words: int) -> list[dict[str, Any]]:
    """Keeps ``text`` (cleaned and redacted) as the answer to a free-text question, when it is
    long enough to be one; an account too long to store is left for the question to ask again."""
    if not is_substantial(text, min_words):
        return []
    try:
        return [SlotSet(slot, clean_account(text))]
    except AccountTooLong:
        return []
