"""Answers no cue phrase names, read by meaning from the question's own answers (bot.answers.nearest)."""

from __future__ import annotations

import pytest

from bot.answers.choices import match_keys
from bot.answers.nearest import answer_by_meaning

@pytest.mark.parametrize(("question", "text", "value"), [
    ("preferred_outcome", "for them to be punished", ["police_action"]),
    ("characteristics", "because im a hindu", ["religion_or_belief"]),
])
def test_a_wording_near_a_known_answer_is_read_by_meaning(question, text, value):
    assert answer_by_meaning(question, text) == value


def test_it_reads_what_no_cue_names():
    # An age said as a number has no cue; its nearest answers are ages.
    assert match_keys("characteristic", "because i am 85") == []
    assert answer_by_meaning("characteristics", "because i am 85") == ["age"]


@pytest.mark.parametrize(("question", "text"), [
    ("location_type", "banana sandwich"),      # near nothing
    ("reporter_role", "what does this mean"),  # a question, not an answer
    ("location_type", "not in a shop"),        # turned round by a not: embeddings barely see it
    ("support_wanted", "i dont want any help"),
    ("location_type", "12"),                   # a number is a choice from the list, never guessed
])
def test_it_does_not_guess(question, text):
    assert answer_by_meaning(question, text) is None


@pytest.mark.parametrize("question", ["safe_now", "police_involvement", "anonymous", "true_vision", "ongoing", "confirmed"])
def test_questions_whose_choices_differ_by_a_not_are_never_read_by_meaning(question):
    assert answer_by_meaning(question, "yes please i am happy with that") is None
