"""The safety layer in the NLU pipeline: every message, read for danger now and for a crisis.

Placed last in config.yml, after the classifier and the fallback, so what it decides holds
whatever intent the classifier ranked first. It sets the intent to

- ``report_danger`` for danger now (the emergency reply, then the report carries on);
- ``crisis`` for a crisis (the crisis lines, then the report carries on);
- ``check_danger`` where danger is unclear (the assistant asks "Are you in danger right now?");
- ``stop`` for an exact stop command (bot.safety.commands), which always acts unless the patterns
  found danger or crisis in it;

and takes back a classifier's danger or crisis the detectors read as the past, so "last week he
hit me" is an answer. What it found is kept in the parse data as ``safety`` (no text), for the
actions and the benchmark.

It is trained with the model: ``train`` fits the learned reader (bot.safety.semantic) on
data/safety/cases.yml, the answer tables in data/answers and the intent examples in data/nlu, and
keeps it in the model, so a running assistant never trains; ``fingerprint_addon`` makes Rasa
retrain it when those files, or the code and settings that read them, change. A message that is
only a reference code is an answer and is not read for danger (bot/nlu/references.py).
"""

from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import rasa_patches, safety
from bot.records.references import is_typed_reference
from bot.safety.commands import is_stop_command
from bot.safety.encoder import encoder_name
from bot.safety.semantic import LABELS, STRENGTH, SemanticReader, examples, training_files

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


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SafetyLayer(GraphComponent):
    READER_FILE = "reader.npz"

    def __init__(self, model_storage: ModelStorage, resource: Resource, reader: SemanticReader | None = None):
        self._storage = model_storage
        self._resource = resource
        self.reader = reader

    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyLayer":
        return cls(model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The reader learns from files outside Rasa's training data, with settings in code: their
        bytes and the settings, so a change to any of them retrains it."""
        digest = hashlib.sha256(f"{SemanticReader.__module__} {LABELS} {STRENGTH} {encoder_name()}".encode())
        for path in training_files():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()

    def train(self, training_data: TrainingData) -> Resource:
        self.reader = SemanticReader.fit(examples())
        with self._storage.write_to(self._resource) as directory:
            self.reader.save(directory / self.READER_FILE)
        return self._resource

    @classmethod
    def load(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SafetyLayer":
        rasa_patches.require_installed("The safety layer")
        with model_storage.read_from(resource) as directory:
            reader = SemanticReader.load(directory / cls.READER_FILE)
        return cls(model_storage, resource, reader)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        texts = [message.get(TEXT) or "" for message in messages]
        # A message that is only a reference code ("9ka nx4") means nothing to the reader: it
        # is an answer (bot/nlu/references.py), read by the patterns alone.
        read = [i for i, text in enumerate(texts) if self.reader and not is_typed_reference(text)]
        meanings: list = [None] * len(messages)
        for i, meaning in zip(read, self.reader.probabilities([texts[i] for i in read]) if read else []):
            meanings[i] = meaning
        for message, meaning in zip(messages, meanings):
            self._read(message, meaning)
        return messages

    @staticmethod
    def _read(message: Message, meaning: Dict[str, float] | None) -> None:
        text = message.get(TEXT) or ""
        ranking = list(message.get(INTENT_RANKING_KEY) or [])
        intent = (message.get(INTENT) or {}).get("name")
        confidences = {i["name"]: float(i.get("confidence") or 0.0) for i in ranking if i.get("name")}
        # A message that is only a reference code ("wsu kms") is an answer: spelt out as text-speak
        # its letters can read as anything ("kms" is "kill myself").
        reading = safety.Reading(None, False) if is_typed_reference(text) else safety.read(text, confidences, meaning)
        message.set(SAFETY_KEY, reading.as_dict(), add_to_output=True)
        if is_stop_command(text) and (reading.only_meaning or not reading.signs):
            decided = "stop"  # the right to stop is absolute; only a sign the patterns found comes first
        elif reading.danger == "now":
            decided = "report_danger"
        elif reading.crisis:
            decided = "crisis"
        elif reading.danger == "check":
            decided = "check_danger"
        elif is_stop_command(text):
            decided = "stop"
        elif is_typed_reference(text) and intent != "inform":
            # The classifier heard danger in a reference code ("her clx"), unsure enough that the
            # fallback took it ("7gu-ncy"), and the layer none: it is the answer
            # bot/nlu/references.py would have made it.
            decided = "inform"
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
