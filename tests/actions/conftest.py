"""Builds real rasa_sdk Trackers and the domain exactly as Rasa sends them to the action server."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.rasa_patches.action_domain import local_domain

FORM = "report_form"


@pytest.fixture
def domain() -> dict[str, Any]:
    """The domain the action server hands our actions (bot/rasa_patches/action_domain.py), a copy per test."""
    return copy.deepcopy(local_domain())


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def choice(value: str) -> tuple[str, str, list[dict[str, Any]]]:
    """A button press: text, intent and entities as Rasa parses /choose{"choice": value}."""
    return f'/choose{{"choice": "{value}"}}', "choose", [{"entity": "choice", "value": value}]


def make_tracker(
    text: str = "",
    intent: str = "inform",
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    requested_slot: str | None = None,
    active_loop: str | None = FORM,
    fill_requested: bool = True,
    input_channel: str | None = None,
) -> Tracker:
    """Returns a tracker whose latest user message is ``text``.

    With ``fill_requested``, the requested slot is set from the text after the message, as the
    form's from_text mapping does, so FormValidationAction.run validates it.
    """
    slots = {"requested_slot": requested_slot, "failed_attempts": 0, "offer_choices": False, **(slots or {})}
    message = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities or []}
    events: list[dict[str, Any]] = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": message, "input_channel": input_channel},
    ]
    if fill_requested and requested_slot:
        slots[requested_slot] = text
        events.append({"event": "slot", "name": requested_slot, "value": text})
    return Tracker.from_dict(
        {
            "sender_id": "test-conversation",
            "slots": slots,
            "latest_message": message,
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": active_loop} if active_loop else {},
            "latest_action_name": "action_listen",
        }
    )


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The slots an action set, last value winning."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [m["response"] for m in dispatcher.messages]
