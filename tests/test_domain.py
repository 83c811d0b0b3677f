"""Every response the assistant can send exists, is used, and offers only contract values."""

from __future__ import annotations

import re

import pytest
import yaml

from actions.messages import button_options
from actions.steps import CHECKS
from bot.config import PROJECT_ROOT
from bot.contract import keys

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
QUESTIONS = DOMAIN["forms"]["report_form"]["required_slots"]
ACTIONS_CODE = "\n".join(p.read_text() for p in (PROJECT_ROOT / "actions").glob("*.py"))
RULES_AND_STORIES = "\n".join(p.read_text() for p in (PROJECT_ROOT / "data").rglob("*.yml"))

# Response families the form and the actions build from a question's name.
PER_QUESTION = ("utter_ask_{}", "utter_help_{}")
# Questions with a built-in "not understood" reply of their own (confirmed uses utter_wrong_ too).
CONTRACT_LIST_OF = {
    "reporter_role": "reporter_role",
    "incident_types": "incident_type",
    "characteristics": "characteristic",
    "time_band": "time_band",
    "location_type": "location_type",
    "support_wanted": "support_wanted",
    "preferred_outcome": "preferred_outcome",
    "police_involvement": "police_involvement_wanted",
    "contact_route": "contact_route",
}


def test_every_response_named_in_the_actions_exists():
    named = set(re.findall(r'response="(utter_[a-z_]+)"', ACTIONS_CODE))
    assert named, "found no responses in actions/"
    assert named - set(DOMAIN["responses"]) == set()


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_question_can_be_asked_explained_and_answered_wrongly(question):
    asked = f"utter_ask_{question}" in DOMAIN["responses"] or f"action_ask_{question}" in DOMAIN["actions"]
    assert asked, question
    assert f"utter_help_{question}" in DOMAIN["responses"], question
    if question not in CHECKS:  # the safety layer's questions take every answer, the safe way
        assert f"utter_wrong_{question}" in DOMAIN["responses"], question


def test_every_response_is_used_somewhere():
    used = set(re.findall(r"utter_[a-z_]+", ACTIONS_CODE + RULES_AND_STORIES))
    every_question = [slot for form in DOMAIN["forms"].values() for slot in form["required_slots"]]
    used |= {family.format(q) for q in every_question for family in PER_QUESTION + ("utter_wrong_{}",)}
    used.add("utter_default")  # Rasa's own fallback
    assert set(DOMAIN["responses"]) - used == set()


@pytest.mark.parametrize(("question", "contract_list"), CONTRACT_LIST_OF.items())
def test_choices_offer_exactly_the_contract_values(question, contract_list):
    offered = [value for value, _ in button_options(DOMAIN, question)]
    assert sorted(offered) == sorted(keys(contract_list))


def test_every_button_payload_bypasses_the_classifier_as_a_choice():
    for name, variations in DOMAIN["responses"].items():
        for variation in variations:
            for button in variation.get("buttons", []):
                assert re.fullmatch(r'/choose\{\{"choice": "[^"]+"\}\}|/easy_read_on', button["payload"]), (name, button)
