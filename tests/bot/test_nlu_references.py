"""A message that is only a reference code is read as an answer (bot/nlu/references.py), and the
shape of a typed code (bot.records.references.is_typed_reference)."""

from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from bot.nlu.references import ReferenceCodes
from bot.records.references import is_typed_reference, new_reference


def classified(text: str, intent: str, confidence: float = 0.8) -> Message:
    ranking = [{"name": intent, "confidence": confidence}, {"name": "inform", "confidence": 1 - confidence}]
    return Message(data={"text": text, "intent": {"name": intent, "confidence": confidence}, "intent_ranking": ranking})


def test_codes_as_people_type_them_are_references_and_words_are_not():
    for code in (new_reference() for _ in range(500)):
        assert is_typed_reference(code) and is_typed_reference(code.lower().replace("-", " ")) and is_typed_reference(f" {code} ")
    assert is_typed_reference("k7qm2x") and is_typed_reference("K7Q - M2X")
    for words in ("danger", "cancel", "please", "stop", "help me", "not now", "get out", "my report", "k7q-m2", "k7q-m2xx", "i0o-111"):
        assert not is_typed_reference(words), words


def test_a_code_read_as_stop_becomes_an_answer_but_danger_stays_danger():
    stop, danger, words = classified("cae xhl", "stop"), classified("cae xhl", "report_danger"), classified("stop now", "stop")
    ReferenceCodes().process([stop, danger, words])
    assert stop.get("intent") == {"name": "inform", "confidence": 1.0}
    assert stop.get("intent_ranking") == [{"name": "inform", "confidence": 1.0}, {"name": "stop", "confidence": 0.0}]
    assert danger.get("intent")["name"] == "report_danger"
    assert words.get("intent")["name"] == "stop"
