"""A report at any question, for tests and bench/safety.py: a conversation is taken to each
question once (``snapshots``), then any message can be sent as the next one at that question
(``place``), in a copy of the conversation, through the trained model and the action server."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

# One way through a report: the answer given at each question to reach the next one. "Something
# else" is chosen as the reason so that "what was it about?" is asked too.
BASE_ANSWERS = {
    "safe_now": "yes",
    "reporter_role": "it happened to me",
    "what_happened": "a man shouted at me in the street and called me names",
    "incident_types": "shouting",
    "characteristics": "something else",
    "characteristic_other": "my football shirt",
    "incident_date": "yesterday",
    "time_band": "evening",
    "location_type": "in the street",
    "location_area": "southampton",
    "ongoing": "no",
    "support_wanted": "advice",
    "preferred_outcome": "just record it",
    "police_involvement": "not sure",
    "anonymous": "anonymous",
    "true_vision": "not now",
    "contact_route": "google",
}
QUESTIONS = [*BASE_ANSWERS, "confirmed"]
EMERGENCY = "18000"  # the emergency reply's text relay number: said by no other reply
CRISIS = ("116 123", "85258")
DANGER_QUESTION = ("Are you in danger right now?", "Are you in danger now?")
STOP_QUESTION = "Do you want to stop?"
SAVED = "Your reference is"


@dataclass
class Outcome:
    replies: str
    slots: dict[str, Any]
    active_loop: str | None
    stopped: bool
    lost: list[str]


class Assistant:
    """The trained model in this process, talking to a real action server."""

    def __init__(self, agent):
        self.agent = agent

    async def say(self, sender: str, text: str) -> str:
        from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

        output = CollectingOutputChannel()
        await self.agent.handle_message(UserMessage(text, output, sender))
        return "\n".join(m.get("text") or "" for m in output.messages)

    async def tracker(self, sender: str):
        return await self.agent.tracker_store.retrieve(sender)

    async def fork(self, events: list) -> str:
        """A new conversation that has said exactly what ``events`` say."""
        from rasa.shared.core.trackers import DialogueStateTracker

        sender = uuid.uuid4().hex
        await self.agent.tracker_store.save(DialogueStateTracker.from_events(sender, events, self.agent.domain.slots))
        return sender


async def snapshots(assistant: Assistant, easy: bool) -> dict[str, list]:
    """For each question, the events of a conversation that has just been asked it."""
    sender = uuid.uuid4().hex
    await assistant.say(sender, "hi")
    if easy:
        await assistant.say(sender, "easy words")
    taken: dict[str, list] = {}
    for _ in range(len(QUESTIONS) + 4):
        tracker = await assistant.tracker(sender)
        asked = tracker.get_slot("requested_slot")
        if asked is None or asked in taken:
            break
        taken[asked] = list(tracker.events)
        if asked == "confirmed":
            break
        await assistant.say(sender, BASE_ANSWERS[asked])
    missing = [q for q in QUESTIONS if q not in taken]
    if missing:
        raise SystemExit(f"The base conversation did not reach {missing}; the report's questions changed?")
    return taken


async def place(assistant: Assistant, events: list, text: str) -> Outcome:
    """Sends ``text`` as the next message of a conversation at a question; what came of it."""
    sender = await assistant.fork(events)
    before = (await assistant.tracker(sender)).current_slot_values()
    replies = await assistant.say(sender, text)
    tracker = await assistant.tracker(sender)
    after = tracker.current_slot_values()
    asked = before.get("requested_slot")
    # Naming a listed reason at "what was it about?" records that reason (it is not lost).
    answers = [q for q in QUESTIONS if q != asked and before.get(q) is not None
               and not (asked == "characteristic_other" and q == "characteristics")]
    stopped = "I have stopped" in replies or (tracker.active_loop_name is None and SAVED not in replies and all(after.get(q) is None for q in answers))
    lost = [] if stopped or SAVED in replies else [q for q in answers if after.get(q) != before.get(q)]
    return Outcome(replies, after, tracker.active_loop_name, stopped, lost)


def stored(outcome: Outcome, question: str) -> Any:
    if question == "confirmed":
        return True if SAVED in outcome.replies else ("change" if outcome.active_loop else None)
    value = outcome.slots.get(question)
    if question == "characteristic_other" and value is None and outcome.slots.get("characteristics") not in (None, ["other"]):
        return {"characteristics": [c for c in outcome.slots["characteristics"] if c != "other"]}
    if question == "true_vision":
        return {"help_now": "help_now", "self": "self", "not_now": "declined"}.get(value, value)
    return value


def same(value: Any, want: Any) -> bool:
    if isinstance(want, dict):
        return isinstance(value, dict) and all(same(value.get(k), v) for k, v in want.items())
    if isinstance(want, list):
        return sorted(value or []) == sorted(want)
    if want is None:
        return value is None
    if isinstance(want, date):
        return str(value) == str(want)
    if isinstance(want, str) and isinstance(value, str):
        return " ".join(value.lower().split()) == " ".join(want.lower().split())
    return str(value) == str(want)
