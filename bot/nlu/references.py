"""A message that is only a reference code is an answer, never an interruption.

People asked for their reference (to hear news of a report or take it back) type it as they
read it: "cae xhl", "k7q-m2x". The classifier has never seen most of the billion codes and read
about one in 25 of them as "stop", "help", "go back" or "bye" (400 random codes, two trained
models), which ended the conversation or sent help instead of the news. Placed after DIET in
config.yml, this reads such a message as ``inform`` (an answer), unless the classifier heard
danger: danger is always answered.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.records.references import is_typed_reference

ANSWER = "inform"
NEVER_OVERRIDDEN = frozenset({"report_danger", "check_danger", "crisis"})


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ReferenceCodes(GraphComponent):
    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ReferenceCodes":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            if is_typed_reference(message.get(TEXT) or "") and intent.get("name") not in NEVER_OVERRIDDEN:
                # Certain: the rest of the ranking drops to 0, so no close second makes it "ambiguous".
                others = [{**i, "confidence": 0.0} for i in message.get(INTENT_RANKING_KEY) or [] if i.get("name") != ANSWER]
                message.set(INTENT, {"name": ANSWER, "confidence": 1.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [{"name": ANSWER, "confidence": 1.0}, *others], add_to_output=True)
        return messages
