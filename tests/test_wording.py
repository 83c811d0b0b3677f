"""Every text the assistant says meets the wording rules: each response has an easy-read variation,
easy-read texts follow the easy-read rules, standard texts stay at a plain-English grade; and the
checker itself catches texts that break them."""

from __future__ import annotations

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.wording.readability import MAX_CHOICES, check, glossary

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
RESPONSES = DOMAIN["responses"]


def is_easy(name: str, variation: dict) -> bool:
    return name.endswith("_easy_read") or any(
        c.get("name") == "easy_read" and c.get("value") is True for c in variation.get("condition") or [])


EASY = [(name, v) for name, variations in RESPONSES.items() for v in variations if is_easy(name, v)]
STANDARD = [(name, v) for name, variations in RESPONSES.items() for v in variations if not is_easy(name, v)]


def test_every_response_has_an_easy_read_variation():
    covered = {name for name, _ in EASY} | {name.removesuffix("_easy_read") for name, _ in EASY}
    assert set(RESPONSES) - covered == set()


@pytest.mark.parametrize(("name", "variation"), EASY, ids=[name for name, _ in EASY])
def test_easy_read_text_follows_the_rules(name, variation):
    problems = check(variation["text"], easy=True, choices=len(variation.get("buttons") or []))
    for button in variation.get("buttons") or []:
        problems += [p for p in check(button["title"], easy=True) if p.rule != "grade"]
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.parametrize(("name", "variation"), STANDARD, ids=[name for name, _ in STANDARD])
def test_standard_text_is_plain_english(name, variation):
    assert check(variation["text"], easy=False) == []


# The checker itself: each rule fails a text that breaks it.
@pytest.mark.parametrize(("text", "rule"), [
    ("If you would like assistance from an appropriately qualified organisation, we can arrange a referral.", "grade"),
    ("You can tell me what happened to you today and I will write it all down for the people at the centre.", "sentence length"),
    (" ".join(["This is a short line."] * 11), "message length"),
    ("It's fine.", "contraction"),
    ("Tell the PCSO.", "abbreviation"),
    ("You have fourteen days.", "number as a word"),
    ("Please keep an eye on it.", "idiom"),
    ("We will write it down; the police get the numbers.", "one idea per sentence"),
    ("Your complaint is saved.", "glossary"),
])
def test_the_checker_catches_each_broken_rule(text, rule):
    assert rule in [p.rule for p in check(text, easy=True)]


def test_the_checker_counts_choices_and_passes_plain_text():
    assert "choices" in [p.rule for p in check("Where was it?", easy=True, choices=MAX_CHOICES + 1)]
    assert check("Are you safe now?", easy=True, choices=2) == []
    assert check("You can call 999 or 101.", easy=True) == []


def test_a_hard_sentence_added_to_the_domain_fails_the_standard_grade():
    hard = "Notwithstanding organisational considerations, documentation of discriminatory victimisation necessitates comprehensive contemporaneous corroboration."
    assert [p.rule for p in check(hard, easy=False)] == ["grade"]


def test_the_glossary_never_lists_a_word_as_both_right_and_wrong():
    right = set(glossary())
    wrong = {w for words in glossary().values() for w in words}
    assert right & wrong == set()


def test_replies_the_channels_send_themselves_follow_the_easy_read_rules():
    """Said to everyone, whatever wording they chose: the action server is down, too many
    messages, a picture or an overlong message, the assistant unreachable from the web page."""
    from bot.channels import wording

    said = [value for name, value in vars(wording).items() if name.isupper() and isinstance(value, str)]
    assert len(said) == 7
    for text in said:
        assert check(text, easy=True) == [], text
    # Those said where a message could not be read say 999, and how deaf people reach it.
    for text in (wording.NOT_TEXT, wording.TOO_LONG, wording.RATE_LIMITED, wording.ACTIONS_UNAVAILABLE, wording.ASSISTANT_UNAVAILABLE):
        assert "999" in text and "18000" in text, text
