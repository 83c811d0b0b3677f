"""A trained model loaded once per test session, talking to a real action server subprocess."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import pytest

from bot import rasa_patches
from bot.records.migrate import upgrade
from tests.support.processes import Process, free_port

# The action server's clock (bot.clock): Wednesday 18 November 2026 at noon, so "yesterday" and "last
# friday" mean the same days whenever the tests run.
CLOCK = "2026-11-18T12:00:00Z"


@pytest.fixture(scope="session")
def e2e_database_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'records.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def action_server(e2e_database_url, tmp_path_factory):
    """Starts `rasa run actions` on a free port with the test database; stops it afterwards."""
    port = free_port()
    log = tmp_path_factory.mktemp("logs") / "actions.log"
    server = Process([*rasa_patches.command(), "run", "actions", "--actions", "actions", "--port", str(port)], {"DATABASE_URL": e2e_database_url, "CENTRE_PHONE": "023 8000 0000", "CENTRE_HOURS": "Monday to Friday, 10am to 4pm",
                      "CLOCK_START": CLOCK}, log)
    server.wait_until_ready(f"http://127.0.0.1:{port}/health", 90)
    yield f"http://127.0.0.1:{port}/webhook"
    server.stop()


@pytest.fixture(scope="session")
def loop():
    from bot.rasa_patches import speedups

    loop = asyncio.new_event_loop()
    yield loop
    loop.run_until_complete(speedups.close_sessions())  # the action server's kept connection, when Rasa is patched
    loop.close()


@pytest.fixture(scope="session")
def agent(action_server, loop):
    """Loads the model for the current training files (training it first if needed)."""
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig
    from rasa.utils.log_utils import configure_structlog

    from bot.training import ensure_model

    configure_structlog(logging.WARNING)
    model = ensure_model()

    async def load():
        return Agent.load(str(model), action_endpoint=EndpointConfig(action_server, enable_selective_domain=True))

    return loop.run_until_complete(load())


class Conversation:
    """One person's conversation: ``say`` sends a message and returns the assistant's replies."""

    def __init__(self, agent, loop, input_channel: str | None = None):
        self.agent, self.loop = agent, loop
        self.sender = uuid.uuid4().hex
        self.input_channel = input_channel
        self.transcript: list[str] = []

    def say(self, text: str) -> list[dict[str, Any]]:
        from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

        output = CollectingOutputChannel()
        message = UserMessage(text, output, self.sender, input_channel=self.input_channel)
        self.loop.run_until_complete(self.agent.handle_message(message))
        self.transcript.append(f"> {text}")
        self.transcript.extend(f"< {m.get('text', '')}" for m in output.messages)
        return output.messages

    def texts(self, text: str) -> str:
        """Sends ``text`` and returns every reply's text joined, for reading assertions."""
        return "\n".join(m.get("text") or "" for m in self.say(text))

    def slots(self) -> dict[str, Any]:
        tracker = self.loop.run_until_complete(self.agent.tracker_store.retrieve(self.sender))
        return tracker.current_slot_values()


@pytest.fixture
def conversation(agent, loop):
    return lambda input_channel=None: Conversation(agent, loop, input_channel)
