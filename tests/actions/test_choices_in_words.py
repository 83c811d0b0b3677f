"""A choice typed in words is understood: every button's title, in every wording the question is
asked in (standard, easy read, and the numbered fallback offered after two misses), typed as text
instead of pressed, is read as that button's value."""

from __future__ import annotations

import json
import re

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.rasa_patches.action_domain import local_domain
from actions.report_form import ValidateReportForm
from actions.steps import CHECKS
from tests.actions.conftest import make_tracker, slot_events

CLOCK = "2026-11-18T12:00:00Z"
SLOTS_FOR = {  # what each condition of a variation means for the slots
    "easy_read": "easy_read", "offer_choices": "offer_choices",
}
BEFORE = {"characteristic_other": {"characteristics": ["other"]}, "true_vision": {"police_involvement": "yes"}}
# Values a button stores that the question keeps in another form.
STORED = {"incident_date": {"today": "2026-11-18", "yesterday": "2026-11-17", "1 week ago": "2026-11-11",
                            "1 month ago": "2026-10-18", "do not know": "unknown"},
          "location_area": {"do not know": ""}, "confirmed": {"yes": True, "change": None}}


def typed_choices():
    domain = local_domain()
    for question in domain["forms"]["report_form"]["required_slots"] + ["confirmed"]:
        if question in CHECKS:
            continue
        for variation in domain["responses"].get(f"utter_ask_{question}", []):
            slots = {c["name"]: c["value"] for c in variation.get("condition") or []}
            for button in variation.get("buttons") or []:
                value = json.loads("{" + re.search(r"\{+(.*?)\}+\s*$", button["payload"]).group(1) + "}")["choice"]
                wording = "easy read" if slots.get("easy_read") else "choices offered" if slots.get("offer_choices") else "standard"
                yield pytest.param(question, slots, button["title"], value, id=f"{question} ({wording}): {button['title']}")


@pytest.mark.parametrize(("question", "slots", "title", "value"), list(typed_choices()))
async def test_a_choice_typed_in_words_is_read_as_it(question, slots, title, value, domain, monkeypatch):
    monkeypatch.setenv("CLOCK_START", CLOCK)
    tracker = make_tracker(title, "inform", slots={**BEFORE.get(question, {}), **slots}, requested_slot=question)
    events = slot_events(await ValidateReportForm().run(CollectingDispatcher(), tracker, domain))
    want = STORED.get(question, {}).get(value, value)
    got = events.get(question)
    if question == "anonymous" and slots.get("easy_read"):
        want = {"yes": "named", "no": "anonymous"}.get(value, value)
    if isinstance(got, list):
        assert got == [want], events
    else:
        assert got == want, events
