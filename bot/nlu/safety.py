"""The safety layer in the NLU pipeline: every message, read for danger now and for a crisis.

Placed last in config.yml, after the classifier and the fallback, so what it decides holds
whatever intent the classifier ranked first. It sets the intent to

- ``report_danger`` for danger now (the emergency reply, then the report carries on);
- ``crisis`` for a crisis (the crisis lines, then the report carries on);
- ``check_danger`` where danger is unclear (the assistant asks "Are you in danger right now?");
- ``stop`` for an exact stop command (bot.safety.commands), which always acts;

and takes back a classifier's danger or crisis the detectors read as the past, so "last week he
hit me" is an answer. What it found is kept in the parse data as ``safety`` (no text), for the
actions and the benchmark.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import safety
from bot.safety.commands import is_stop_command

SAFETY_KEY = "safety"
SAFETY_INTENTS = frozenset({"report_danger", "crisis", "check_danger"})
_FALLBACK = "nlu_fallback"
FALLBACK_THRESHOLD = 0.6  # the FallbackClassifier's threshold in config.yml


def _decided(name: str, ranking: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The intent ``name``, certain, with the rest of the ranking below it."""
    others = [{**i, "confidence": 0.0} for i in ranking if i.get("name") != name]
    return {"name": name, "confidence": 1.0}, [{"name": name, "confidence": 1.0}, *others]


def _without_safety(ranking: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The classifier's best intent that is not danger, crisis or the fallback, and the ranking
    without those; below the fallback's threshold the message is the fallback, which the report
    reads as an attempt to answer, as it would any message the classifier is unsure of."""
    rest = [i for i in ranking if i.get("name") not in SAFETY_INTENTS | {_FALLBACK}]
    if not rest or float(rest[0].get("confidence") or 0.0) < FALLBACK_THRESHOLD:
        return {"name": _FALLBACK, "confidence": FALLBACK_THRESHOLD}, rest
    return {"name": rest[0]["name"], "confidence": float(rest[0].get("confidence") or 0.0)}, rest


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyLayer(GraphComponent):
    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyLayer":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._read(message)
        return messages

    @staticmethod
    def _read(message: Message) -> None:
        text = message.get(TEXT) or ""
        ranking = list(message.get(INTENT_RANKING_KEY) or [])
        intent = (message.get(INTENT) or {}).get("name")
        reading = safety.read(text, {i["name"]: float(i.get("confidence") or 0.0) for i in ranking if i.get("name")})
        message.set(SAFETY_KEY, reading.as_dict(), add_to_output=True)
        if reading.danger == "now":
            decided = "report_danger"
        elif reading.crisis:
            decided = "crisis"
        elif reading.danger == "check":
            decided = "check_danger"
        elif is_stop_command(text):
            decided = "stop"
        elif intent in SAFETY_INTENTS:
            # The classifier heard danger or crisis where the detectors read the past or nothing.
            chosen, rest = _without_safety(ranking)
            message.set(INTENT, chosen, add_to_output=True)
            message.set(INTENT_RANKING_KEY, rest, add_to_output=True)
            return
        else:
            return
        chosen, reordered = _decided(decided, ranking)
        message.set(INTENT, chosen, add_to_output=True)
        message.set(INTENT_RANKING_KEY, reordered, add_to_output=True)
