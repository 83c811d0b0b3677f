"""An answer the question being asked can take is read as that answer first.

The classifier reads some answers as commands: "shop" or "stop hate uk" as "stop", "back of the
bus" as "back", "skipton" as "skip", "more than once" as "repeat", "i am centre staff" as "talk to
a person". Before the assistant acts on such a guess, the message is read as the answer to the
current question, exactly as the form would read it; when it is one, it is kept and the report
goes on. A message that is one of the examples the classifier was taught for the command ("say
that again", "go back") is the command, whatever the question could make of it.
"""

from __future__ import annotations

import inspect
from functools import lru_cache
from typing import Any

import yaml

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import latest_text
from actions.report_form import ValidateReportForm
from actions.steps import CHECKS, FORM, FREE_TEXT
from bot.answers.text import normalise, word_count
from bot.config import PROJECT_ROOT
from bot.safety.commands import sounds_like_stopping

# Beyond this many words an answer to "which town or area?" is a sentence, not a place
# ("I Want To Stop Now" is not a town); a sentence that gives no area ("no idea what area that
# is", "i would rather not say where") is still an answer.
MAX_AREA_WORDS = 3


@lru_cache(maxsize=1)
def _taught() -> dict[str, frozenset[str]]:
    """The classifier's training examples, normalised, by intent."""
    taught: dict[str, set[str]] = {}
    for path in sorted((PROJECT_ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in block:
                lines = (line.strip()[2:] for line in (block.get("examples") or "").splitlines() if line.strip().startswith("- "))
                taught.setdefault(block["intent"], set()).update(normalise(line) for line in lines)
    return {intent: frozenset(examples) for intent, examples in taught.items()}


def is_taught_command(tracker: Tracker) -> bool:
    """True if the latest message is a button press or one of the examples its intent was taught."""
    message = tracker.latest_message or {}
    text = message.get("text") or ""
    intent = (message.get("intent") or {}).get("name") or ""
    return text.startswith("/") or normalise(text) in _taught().get(intent, frozenset())


async def as_answer(tracker: Tracker, domain: DomainDict, dispatcher: CollectingDispatcher) -> list[dict[str, Any]] | None:
    """The events that keep the latest message as the answer to the question being asked, or None
    when it is not one. What the question says on taking an answer (the True Vision link, the
    emergency reply) is said through ``dispatcher``; nothing is said when it is not an answer."""
    slot = tracker.get_slot("requested_slot")
    text = latest_text(tracker)
    if tracker.active_loop_name != FORM or not slot or slot in CHECKS or not text.strip():
        return None
    if slot in FREE_TEXT and sounds_like_stopping(text):
        return None
    long_area = slot == "location_area" and word_count(text) > MAX_AREA_WORDS
    validate = getattr(ValidateReportForm(), f"validate_{slot}", None)
    if validate is None:
        return None
    said = CollectingDispatcher()
    result = validate(text, said, tracker, domain)
    if inspect.isawaitable(result):
        result = await result
    if result.get("failed_attempts") != 0:  # the validator said it did not understand
        return None
    if long_area and result.get("location_area") != "":
        return None
    dispatcher.messages.extend(said.messages)
    return [SlotSet(name, value) for name, value in result.items()]


async def answered(tracker: Tracker, domain: DomainDict, dispatcher: CollectingDispatcher,
                   free_text_too: bool = False) -> list[dict[str, Any]] | None:
    """At a question that takes a choice, the message as its answer, when it is one and not a
    command the classifier was taught; the form then goes on. Free-text questions take anything,
    so there help, repeat, back and skip stand unless ``free_text_too``."""
    if (tracker.get_slot("requested_slot") in FREE_TEXT and not free_text_too) or is_taught_command(tracker):
        return None
    events = await as_answer(tracker, domain, dispatcher)
    return events + [FollowupAction(FORM)] if events else None
