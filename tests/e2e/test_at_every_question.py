"""Through the trained model and the action server, at every question of a report: danger now gets
the emergency reply, crisis words the crisis lines, the past no alarm, in standard and easy-read
wording; no answer is ever read as "stop", and each question's table of answers (data/answers)
is read right. bench/safety.py measures the same on every message; these are its regression cases."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
import yaml

from bot.config import PROJECT_ROOT
from tests.support.at_question import (
    CRISIS, DANGER_QUESTION, EMERGENCY, QUESTIONS, Assistant, place, same, snapshots, stored,
)

pytestmark = pytest.mark.model
CASES = yaml.safe_load((PROJECT_ROOT / "data" / "safety" / "cases.yml").read_text())
TABLES = {path.stem: yaml.safe_load(path.read_text())[path.stem] for path in sorted((PROJECT_ROOT / "data" / "answers").glob("*.yml"))}
SAMPLE = random.Random(14)  # a fixed sample, so a failure names the same messages every run
ROWS_THROUGH_THE_MODEL = 40  # of each question's table, in the suite; `make eval` sends every row


@pytest.fixture(scope="module")
def at(agent, loop):
    """For each wording, the conversation at each question."""
    assistant = Assistant(agent)
    return assistant, {easy: loop.run_until_complete(snapshots(assistant, easy)) for easy in (False, True)}


def send(at, loop, question, text, easy=False):
    assistant, taken = at
    return loop.run_until_complete(place(assistant, taken[easy][question], text))


@pytest.mark.parametrize("easy", [False, True], ids=["standard", "easy read"])
@pytest.mark.parametrize("text", SAMPLE.sample(CASES["danger_now"], 5))
def test_danger_now_gets_the_emergency_reply_at_every_question(at, loop, text, easy):
    for question in QUESTIONS:
        outcome = send(at, loop, question, text, easy)
        assert EMERGENCY in outcome.replies and "999" in outcome.replies, (question, outcome.replies)
        assert not outcome.stopped and outcome.lost == [] and outcome.active_loop == "report_form", question
        assert outcome.slots["immediate_danger"] is True


@pytest.mark.parametrize("easy", [False, True], ids=["standard", "easy read"])
@pytest.mark.parametrize("text", SAMPLE.sample(CASES["crisis"], 5) + ["i dont want to be alive anymore after this"])
def test_crisis_words_get_the_crisis_lines_at_every_question(at, loop, text, easy):
    for question in QUESTIONS:
        outcome = send(at, loop, question, text, easy)
        assert all(line in outcome.replies for line in CRISIS), (question, outcome.replies)
        assert not outcome.stopped and outcome.lost == [] and outcome.active_loop == "report_form", question
        assert outcome.slots["wellbeing_concern"] is True


@pytest.mark.parametrize("text", SAMPLE.sample(CASES["danger_past"], 5))
def test_the_past_raises_no_alarm_at_any_question(at, loop, text):
    for question in QUESTIONS[1:]:  # at "are you safe right now?" anything but yes is answered with 999
        outcome = send(at, loop, question, text)
        assert EMERGENCY not in outcome.replies and not any(q in outcome.replies for q in DANGER_QUESTION), (question, outcome.replies)
        assert not outcome.stopped


@pytest.mark.parametrize(("question", "text", "value"), [
    ("location_type", "shop", "shop_or_business"),
    ("what_happened", "stoop", "stoop"),
    ("location_type", "stopped at the shops", "shop_or_business"),
    ("what_happened", "he told me to stop", "he told me to stop"),
    ("contact_route", "stop hate uk told me about you", "referral_from_agency"),
    ("ongoing", "it has not stopped", "yes"),  # asked "are you in danger now?" too, the answer kept
])
def test_answers_once_read_as_stop_keep_the_report(at, loop, question, text, value):
    outcome = send(at, loop, question, text)
    assert not outcome.stopped and outcome.lost == [] and "deleted" not in outcome.replies
    assert stored(outcome, question) == value


@pytest.mark.parametrize("text", ["stop", "STOP", "cancel", "quit"])
def test_an_exact_command_still_stops(at, loop, text):
    assert send(at, loop, "location_type", text).stopped


def read_through_the_model(at, loop, tables):
    """Each question's rows sent at their question; returns the share read right and the misses."""
    wrong = defaultdict(list)
    for question, rows in tables.items():
        for row in rows:
            outcome = send(at, loop, question, row["text"])
            if not same(stored(outcome, question), row["value"]):
                wrong[question].append(f"{row['text']!r} -> {stored(outcome, question)!r}")
    return {question: 1 - len(wrong[question]) / len(rows) for question, rows in tables.items()}, dict(wrong)


def test_a_sample_of_each_questions_answers_is_read_right_through_the_model(at, loop):
    """The validators read every row (tests/actions/test_answer_tables.py); through the model, which
    only adds the classifier and the safety layer in front of them, a fixed sample of each table."""
    sample = random.Random(15)
    tables = {question: sample.sample(rows, min(len(rows), ROWS_THROUGH_THE_MODEL)) for question, rows in TABLES.items()}
    rates, wrong = read_through_the_model(at, loop, tables)
    assert {q: r for q, r in rates.items() if r < 0.95} == {}, wrong


@pytest.mark.evaluation
def test_each_questions_answers_are_read_right_through_the_model(at, loop):
    rates, wrong = read_through_the_model(at, loop, TABLES)
    print("\nAnswers read right through the model:", {q: round(r, 3) for q, r in rates.items()})
    assert {q: r for q, r in rates.items() if r < 0.95} == {}, wrong
