"""Our changes to Rasa's internals (bot.rasa_patches): installed once from one start-up point, each
keeping Rasa's original, refused on releases they were not written for, and the same in every
Rasa process: a Rasa started without them refuses to serve our channels or load our model."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.rest import RestInput
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig
from rasa.utils.tensorflow.models import RasaModel
from rasa_sdk.executor import ActionExecutor

from bot import rasa_patches
from bot.channels.wording import ACTIONS_UNAVAILABLE
from bot.config import PROJECT_ROOT
from tests.support.processes import Process, free_port

PATCHED = [
    (RemoteAction, "run", "rasa.core.actions.action"),
    (RemoteAction, "_validate_action_result", "rasa.core.actions.action"),
    (RestInput, "blueprint", "rasa.core.channels.rest"),
    (Event, "resolve_by_type", "rasa.shared.core.events"),
    (EndpointConfig, "session", "rasa.utils.endpoints"),
    (RasaModel, "_rasa_predict", "rasa.utils.tensorflow.models"),
    (MessageProcessor, "_parse_message_with_graph", "rasa.core.processor"),
    (DialogueStateTracker, "applied_events", "rasa.shared.core.trackers"),
    (ActionExecutor, "run", "rasa_sdk.executor"),
]


@pytest.mark.parametrize(("owner", "name", "module"), PATCHED, ids=[f"{o.__name__}.{n}" for o, n, _ in PATCHED])
def test_each_patch_keeps_rasas_own_as_wrapped_once(owner, name, module):
    rasa_patches.install()  # the suite installs them at start (tests/conftest.py); again is a no-op
    ours = getattr(owner, name)
    assert ours.__module__.startswith("bot.rasa_patches.")
    assert ours.__wrapped__.__module__ == module
    assert not hasattr(ours.__wrapped__, "__wrapped__")  # never wrapped twice


def test_the_pinned_releases_are_what_is_installed_and_pyproject_pins():
    rasa_patches.check_versions()  # this environment passes
    pyproject = (PROJECT_ROOT / "pyproject.toml").read_text()
    assert all(f'"{name}=={pinned}"' in pyproject for name, pinned in rasa_patches.PINNED.items())


@pytest.mark.parametrize("found", [{"rasa": "3.6.20", "rasa-sdk": "3.6.2"}, {"rasa": "3.6.21", "rasa-sdk": "3.7.0"},
                                   {"rasa": "3.6.21", "rasa-sdk": None}])
def test_any_other_release_is_refused_with_what_to_install(found):
    with pytest.raises(rasa_patches.UnsupportedVersion) as refused:
        rasa_patches.check_versions(found)
    said = str(refused.value)
    wrong = next(name for name, pinned in rasa_patches.PINNED.items() if found[name] != pinned)
    assert f"{wrong} {found[wrong] or 'not installed'} (needs {rasa_patches.PINNED[wrong]})" in said
    assert "make install" in said


def test_a_rasa_started_without_them_refuses_to_serve_our_channels():
    started = subprocess.run(
        [sys.executable, "-c", "from bot.channels.webhook import webhook_blueprint; webhook_blueprint('sms', 'sms')"],
        cwd=PROJECT_ROOT, capture_output=True, text=True)  # as `rasa run` builds each channel's webhook
    assert started.returncode != 0
    assert "python -m bot.rasa_patches" in started.stderr


@pytest.mark.model
def test_the_rest_channel_answers_a_turn_the_action_server_could_not_run(tmp_path):
    """`make chat` with the action server stopped: a reply asking to send again, not a dropped
    connection (ActionServerUnavailable is a BaseException that Rasa's REST handler let escape)."""
    from bot.training import ensure_model

    endpoints, credentials = tmp_path / "endpoints.yml", tmp_path / "credentials.yml"
    endpoints.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{free_port()}/webhook"\n'
                         "  enable_selective_domain: true\n")  # nothing listens there
    credentials.write_text("rest:\n")
    port = free_port()
    server = Process([*rasa_patches.command(), "run", "--interface", "127.0.0.1", "--port", str(port),
                      "--model", str(ensure_model()), "--endpoints", str(endpoints), "--credentials", str(credentials)],
                     {"DATABASE_URL": f"sqlite:///{tmp_path / 'records.db'}"}, tmp_path / "rasa.log")
    try:
        server.wait_until_ready(f"http://127.0.0.1:{port}/", 180)
        replies = httpx.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                             json={"sender": "chat-test", "message": "i want to report something"}, timeout=60).json()
        assert [reply.get("text") for reply in replies] == [ACTIONS_UNAVAILABLE]
    finally:
        server.stop()
