"""Calls to the action server come without the domain (endpoints.yml: enable_selective_domain);
the action server's own copy (bot/rasa_patches/action_domain.py) is exactly what Rasa would have sent, and the
actions answer the same either way."""

from __future__ import annotations

import json

import pytest
from rasa_sdk.executor import ActionExecutor

from bot.rasa_patches.action_domain import local_domain
from tests.actions.conftest import choice, make_tracker


@pytest.mark.model
def test_the_action_servers_domain_is_the_trained_models():
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    from bot.training import ensure_model

    with_model = LocalModelStorage.metadata_from_archive(ensure_model()).domain.as_dict()
    assert local_domain() == json.loads(json.dumps(with_model))


def test_the_rasa_servers_send_no_domain_to_our_actions(tmp_path):
    import yaml

    from bot.config import PROJECT_ROOT
    from tests.support.cluster import write_rasa_config

    production_layout, _ = write_rasa_config(tmp_path, "http://127.0.0.1:5055/webhook")
    for endpoints in (PROJECT_ROOT / "endpoints.yml", production_layout):
        assert yaml.safe_load(endpoints.read_text())["action_endpoint"]["enable_selective_domain"] is True
    from rasa.shared.core.domain import Domain

    domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    assert not [name for name in domain.user_actions if domain.does_custom_action_explicitly_need_domain(name)]


def call(action: str, tracker, with_domain: bool) -> dict:
    state = json.loads(json.dumps(tracker.current_state()))  # as sent: actions change the tracker they are given
    sent = {"next_action": action, "sender_id": tracker.sender_id, "tracker": state, "version": "3.6.21"}
    if with_domain:
        sent["domain"] = json.loads(json.dumps(local_domain()))
    return sent


@pytest.mark.parametrize("action, tracker", [
    ("validate_report_form", make_tracker(*choice("witness"), requested_slot="reporter_role")),
    ("validate_report_form", make_tracker("it was last tuesday", requested_slot="incident_date")),
    ("validate_report_form", make_tracker("1 4", requested_slot="incident_types")),
    ("action_repeat_question", make_tracker("again", intent="repeat", requested_slot="incident_types", fill_requested=False)),
    ("action_explain_question", make_tracker("help", intent="help", requested_slot="characteristics", fill_requested=False)),
    ("action_go_back", make_tracker("back", intent="go_back", requested_slot="characteristics", fill_requested=False)),
    ("action_emergency", make_tracker("someone is outside my door", intent="report_danger", fill_requested=False)),
])
async def test_an_action_answers_the_same_without_the_domain_in_the_call(action, tracker):
    executor = ActionExecutor()
    executor.register_package("actions")
    without, given = await executor.run(call(action, tracker, False)), await executor.run(call(action, tracker, True))
    assert without == given
    assert without["responses"] or without["events"]
