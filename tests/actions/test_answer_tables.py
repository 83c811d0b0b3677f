"""Each question's table of answers as people write them (data/answers/<question>.yml) is read as
the value the record must store, by the form's own validators on a real rasa_sdk Tracker. The same
tables go through the trained model in tests/e2e/test_at_every_question.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from actions.report_form import ValidateReportForm
from bot.config import PROJECT_ROOT
from rasa_sdk.executor import CollectingDispatcher
from tests.actions.conftest import make_tracker, slot_events

TABLES = PROJECT_ROOT / "data" / "answers"
CLOCK = "2026-11-18T12:00:00Z"  # Wednesday 18 November 2026, as the tables' dates assume
# What the conversation has said before each question, where the question depends on it.
BEFORE = {"characteristic_other": {"characteristics": ["other"]}, "true_vision": {"police_involvement": "yes"}}
SAVE_TRUE_VISION = {"help_now": "help_now", "self": "self", "not_now": "declined"}


def table(question: str) -> list[dict[str, Any]]:
    return yaml.safe_load((TABLES / f"{question}.yml").read_text())[question]


QUESTIONS = sorted(p.stem for p in TABLES.glob("*.yml"))
ROWS = [(question, row["text"], row["value"]) for question in QUESTIONS for row in table(question)]






def stored(question: str, events: dict[str, Any]) -> Any:
    """The value the record would hold for ``question`` after these slot events."""
    if question == "confirmed":
        if events.get("confirmed") is True:
            return True
        return "change" if events.get("confirmed") is None and "failed_attempts" in events and events["failed_attempts"] == 0 else None
    value = events.get(question)
    if question == "true_vision":
        return SAVE_TRUE_VISION.get(value, value)
    if question == "characteristic_other" and value is None and events.get("characteristics"):
        return {"characteristics": [c for c in events["characteristics"] if c != "other"]}
    return value


def matches(value: Any, want: Any) -> bool:
    if isinstance(want, list):
        return isinstance(value, list) and sorted(value) == sorted(want)
    if isinstance(want, dict):
        return isinstance(value, dict) and {k: sorted(v) for k, v in value.items()} == {k: sorted(v) for k, v in want.items()}
    return str(value) == str(want) if isinstance(want, date) else value == want


def test_every_question_has_a_table_of_at_least_30_answers():
    form = yaml.safe_load((TABLES.parent.parent / "domain.yml").read_text())["forms"]["report_form"]["required_slots"]
    questions = [q for q in form if not q.startswith("confirm_")] + ["confirmed"]
    assert sorted(set(questions)) == QUESTIONS
    assert {q: len(table(q)) for q in QUESTIONS if len(table(q)) < 30} == {}


@pytest.mark.parametrize(("question", "text", "want"), ROWS, ids=[f"{q}: {t}" for q, t, _ in ROWS])
async def test_the_answer_is_read_as_its_value(question, text, want, domain, monkeypatch):
    monkeypatch.setenv("CLOCK_START", CLOCK)
    tracker = make_tracker(text, "inform", slots=BEFORE.get(question, {}), requested_slot=question)
    events = slot_events(await ValidateReportForm().run(CollectingDispatcher(), tracker, domain))
    assert matches(stored(question, events), want), f"{text!r} -> {stored(question, events)!r}, want {want!r}"
