"""The safety layer's detectors on their own cases (tests/bot/safety/cases.yml) and on the messages
that were misread before they existed: danger now is heard, the past is not taken for it, crisis
words are heard, and answers that look like commands are never a stop command."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety import read
from bot.safety.commands import is_stop_command, sounds_like_stopping
from bot.safety.crisis import crisis_signs
from bot.safety.danger import Level, read_danger
from bot.safety.text import safety_text

CASES = yaml.safe_load((Path(__file__).parent / "cases.yml").read_text())


@pytest.mark.parametrize("text", CASES["danger_now"])
def test_danger_now_is_heard_or_asked_about(text):
    assert read(text).danger in ("now", "check")
    assert read(text, {"report_danger": 0.9}).danger == "now"  # and when the classifier hears danger, it is


def test_the_detector_alone_hears_nearly_all_danger_now():
    heard = [read_danger(text).level is Level.NOW for text in CASES["danger_now"]]
    assert sum(heard) / len(heard) >= 0.98


@pytest.mark.parametrize("text", CASES["danger_past"] + CASES["calm"])
def test_the_past_and_calm_messages_raise_no_alarm(text):
    assert read_danger(text).level is not Level.NOW
    assert read(text).danger != "now"


@pytest.mark.parametrize("text", CASES["crisis"])
def test_crisis_words_are_heard(text):
    assert crisis_signs(text), text
    assert read(text).crisis


@pytest.mark.parametrize("text", CASES["danger_now"] + CASES["danger_past"] + CASES["calm"])
def test_danger_and_accounts_are_not_taken_for_crisis(text):
    assert crisis_signs(text) == ()


@pytest.mark.parametrize("item", CASES["lookalikes"], ids=[i["text"] for i in CASES["lookalikes"]])
def test_an_answer_that_looks_like_a_command_is_no_stop_command(item):
    assert not is_stop_command(item["text"])
    assert read(item["text"]).danger is None and not read(item["text"]).crisis


# The messages the issue "Reading people safely" found misread, kept as regression cases.
@pytest.mark.parametrize("text", ["i am not safe", "man with a bat outside shouting at me",
                                  "they followed me home and are still outside"])
def test_the_danger_that_was_missed_is_heard(text):
    assert read(text).danger == "now"


def test_the_words_that_deleted_a_report_are_heard_as_crisis_not_stop():
    text = "i dont want to be alive anymore after this"
    assert read(text).crisis and not is_stop_command(text) and not sounds_like_stopping(text)


@pytest.mark.parametrize("text", ["shop", "stoop", "stopped at the shops", "he told me to stop", "stop hate uk told me about you"])
def test_the_answers_read_as_stop_are_not_stop_commands(text):
    assert not is_stop_command(text)


@pytest.mark.parametrize("text", ["stop", "STOP", "Stop.", "stop!", "cancel", "quit", "end", "stopall", "unsubscribe",
                                  "delete my answers", "/stop", " Stop please "])
def test_exact_commands_stop(text):
    assert is_stop_command(text)


@pytest.mark.parametrize(("text", "stopping"), [("i want to stop", True), ("can we stop now", True), ("stop the report", True),
                                                ("i dont want to do this anymore", True), ("he told me to stop", False),
                                                ("i had to quit my job", False), ("stop picking on me", False)])
def test_stopping_in_other_words_is_told_from_an_account(text, stopping):
    assert sounds_like_stopping(text) is stopping


@pytest.mark.parametrize(("text", "level"), [
    ("he is following me on instagram", Level.UNCLEAR),  # a threat online is not someone at the door
    ("my car is outside", Level.NONE),
    ("i am here to report something", Level.NONE),
    ("i am not in danger now", Level.NONE),
    ("i do not want to call the police", Level.NONE),
    ("help", Level.NONE),  # the help command
    ("help me understand", Level.NONE),
    ("he has been threatening me", Level.UNCLEAR),
    ("he keeps threatening me", Level.NOW),
    ("my sister is helping me type this", Level.NONE),
    ("she is waiting for me in the car", Level.NONE),
    ("im safe now but they are still outside", Level.NOW),
])
def test_edges(text, level):
    assert read_danger(text).level is level


@pytest.mark.parametrize(("text", "quoted"), [("he told me to kill myself", True), ("they said i should kill myself", True),
                                              ("someone wrote kill yourself on my door", True),
                                              ("people online say people like me should die", True),
                                              ("they make me want to kill myself", False)])
def test_abuse_that_quotes_suicide_is_not_a_crisis_of_the_persons_own(text, quoted):
    assert (crisis_signs(text) == ()) is quoted


@pytest.mark.parametrize(("confidences", "danger"), [
    ({"report_danger": 0.9}, "now"),  # unclear words, and the classifier hears danger
    ({"report_danger": 0.1}, "check"),  # unclear words, and it does not: ask
])
def test_an_unclear_message_is_settled_by_the_classifier_or_asked_about(confidences, danger):
    assert read("he has been threatening me", confidences).danger == danger


def test_the_classifier_alone_never_makes_the_past_danger_now():
    assert read("last week he hit me", {"report_danger": 0.99}).danger is None


def test_the_classifier_alone_raises_nothing():
    assert read("he is my manager", {"report_danger": 0.99, "crisis": 0.99}) == read("he is my manager")
    assert read("he is my manager").danger is None and not read("he is my manager").crisis


@pytest.mark.parametrize(("text", "spelt_out"), [
    ("Hes outside my door rn", "he is outside my door right now"),
    ("there banging on my windows", "they are banging on my windows"),
    ("they r folowing me", "they are following me"),
    ("he's got a knife", "he has got a knife"),
    ("we're being followed", "we are being followed"),
    ("they are writing nasty things", "they are writing nasty things"),  # no slip for "waiting"
])
def test_messages_are_spelt_out_before_they_are_read(text, spelt_out):
    assert safety_text(text) == spelt_out
