"""The safety layer as a Rasa component (bot/nlu/safety.py): trained, kept in the model's storage,
loaded back, and reading messages as the running assistant does; retrained when what it learns
from changes."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

import bot.nlu.safety as component
from bot.nlu.safety import SafetyLayer


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("model"))
    resource = Resource("safety_layer")
    context = ExecutionContext(GraphSchema({}), "test")
    SafetyLayer.create({}, storage, resource, context).train(TrainingData())
    return SafetyLayer.load({}, storage, resource, context)


def parsed(layer: SafetyLayer, text: str, intent: str = "inform", confidence: float = 0.9) -> Message:
    message = Message(data={TEXT: text, INTENT: {"name": intent, "confidence": confidence},
                            INTENT_RANKING_KEY: [{"name": intent, "confidence": confidence}]})
    layer.process([message])
    return message


def test_the_reader_is_kept_in_the_model_and_read_back(loaded):
    assert loaded.reader is not None
    assert loaded.reader.weights.shape[1] == 384


@pytest.mark.parametrize(("text", "intent"), [
    ("i am not safe", "report_danger"),
    ("i dont want to be alive anymore after this", "crisis"),
    ("they threatened me with a knife", "check_danger"),  # a weapon, and no sign of when: asked about
    ("stop", "stop"),
])
def test_what_the_layer_hears_is_the_intent(loaded, text, intent):
    message = parsed(loaded, text)
    assert message.get(INTENT)["name"] == intent
    assert message.get("safety")["danger"] in (None, "now", "check")


@pytest.mark.parametrize("text", ["shop", "stop hate uk told me about you", "last week he hit me", "he told me to stop"])
def test_answers_and_the_past_keep_the_classifiers_intent(loaded, text):
    assert parsed(loaded, text).get(INTENT)["name"] == "inform"


@pytest.mark.parametrize("code", ["9KA-NX4", "9ka nx4", "K7Q-M2X", "cae xhl", "WSU-KMS"])
def test_a_reference_code_is_left_to_the_patterns(loaded, code):
    message = parsed(loaded, code)
    assert message.get(INTENT)["name"] == "inform" and message.get("safety")["danger"] is None


def test_a_reference_code_the_classifier_took_for_danger_is_an_answer(loaded):
    message = parsed(loaded, "her clx", intent="report_danger", confidence=0.7)
    assert message.get(INTENT) == {"name": "inform", "confidence": 1.0}


def test_a_reference_code_the_fallback_took_is_an_answer(loaded):
    """The classifier read "7GU-NCY" as danger below the fallback's threshold, so the fallback
    classifier (before this layer) made it ``nlu_fallback``: asking for news of a report then
    failed in CI, one random code in 450."""
    message = parsed(loaded, "7GU-NCY", intent="nlu_fallback", confidence=0.6)
    assert message.get(INTENT) == {"name": "inform", "confidence": 1.0}


def test_a_stop_command_is_never_taken_over_by_the_learned_reader_alone(loaded):
    message = parsed(loaded, "cancel", intent="stop")
    assert message.get(INTENT)["name"] == "stop"


def test_the_safety_reading_holds_no_text(loaded):
    message = parsed(loaded, "my neighbour dave smith is outside my door at 12 elm road")
    assert message.get(INTENT)["name"] == "report_danger"
    assert "dave" not in str(message.get("safety")).lower() and "elm" not in str(message.get("safety")).lower()


def test_a_change_to_what_the_reader_learns_from_retrains_it(tmp_path, monkeypatch):
    cases = tmp_path / "cases.yml"
    cases.write_text("danger_now: [he is outside]\n")
    monkeypatch.setattr(component, "training_files", lambda: [cases])
    before = SafetyLayer.fingerprint_addon({})
    assert SafetyLayer.fingerprint_addon({}) == before
    cases.write_text("danger_now: [he is outside, they are at my door]\n")
    assert SafetyLayer.fingerprint_addon({}) != before
    changed = SafetyLayer.fingerprint_addon({})
    monkeypatch.setattr(component, "STRENGTH", component.STRENGTH * 2)
    assert SafetyLayer.fingerprint_addon({}) != changed
