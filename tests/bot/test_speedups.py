"""The Rasa speed-ups (bot.rasa_patches.speedups, installed by tests/conftest.py) change nothing a person or the action server could notice:
the same action-server answers pass and fail, calls to the action server keep working across its
restarts, and the model is kept out of the garbage collector's way once the server has started."""

from __future__ import annotations

import asyncio
import gc
import json

import jsonschema
import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import EndpointConfig
from sanic import Blueprint, Sanic, response

from bot.rasa_patches import speedups
from tests.support.processes import free_port

SCHEMA = RemoteAction.action_response_format_spec()
KINDS = [kind["properties"]["event"]["const"] for kind in SCHEMA["properties"]["events"]["items"]["oneOf"]]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=False), st.text(max_size=5))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)), max_leaves=6)
fields = st.sampled_from(["name", "value", "text", "timestamp", "metadata", "entities", "parse_data", "policy", "confidence",
                          "hide_rule_turn", "input_channel", "message_id"])
events = st.one_of(
    values,
    st.builds(lambda kind, extra: {"event": kind, **extra}, st.one_of(st.sampled_from(KINDS), values),
              st.dictionaries(fields, values, max_size=4)),
)
answers = st.one_of(
    values,
    st.fixed_dictionaries({}, optional={"events": st.one_of(st.lists(events, max_size=4), values),
                                        "responses": st.one_of(st.lists(st.one_of(st.dictionaries(st.text(max_size=3), values, max_size=2), values), max_size=3), values)}),
)


def jsonschema_passes(answer) -> bool:
    return jsonschema.Draft7Validator(SCHEMA).is_valid(answer)


def our_check_passes(answer) -> bool:
    try:
        return RemoteAction("action_x", None)._validate_action_result(answer)
    except jsonschema.ValidationError:
        return False


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers)
def test_action_server_answers_pass_and_fail_as_rasa_checks_them(answer):
    assert our_check_passes(answer) == jsonschema_passes(answer)


def test_a_real_answer_passes_and_a_wrong_one_names_the_problem():
    good = {"events": [{"event": "slot", "timestamp": None, "name": "what_happened", "value": "someone shouted at me"},
                       {"event": "active_loop", "name": "report_form"}, {"event": "action", "name": "action_listen"}],
            "responses": [{"text": "Thank you.", "buttons": [{"title": "Yes", "payload": "/affirm"}]}]}
    assert our_check_passes(good)
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        RemoteAction("action_x", None)._validate_action_result({"events": [{"event": "slot", "name": "what_happened"}]})


def test_every_kind_of_event_is_read_as_before():
    for cls in all_subclasses(Event):
        if cls.type_name and not getattr(cls, "__abstractmethods__", None):
            assert Event.resolve_by_type(cls.type_name).type_name == cls.type_name
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")


class CountingActionServer:
    """An HTTP server on a fixed port that answers like an action server and counts the
    connections made to it."""

    def __init__(self, port: int):
        self.port, self.connections, self.bodies = port, set(), []
        self.runner: web.AppRunner | None = None

    async def answer(self, request: web.Request) -> web.Response:
        self.connections.add(request.transport.get_extra_info("peername"))
        self.bodies.append(await request.json())
        return web.json_response({"events": [{"event": "slot", "name": "what_happened", "value": "noted"}], "responses": []})

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/webhook", self.answer)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        await self.runner.cleanup()


async def test_calls_to_the_action_server_share_a_connection_and_survive_its_restart():
    port = free_port()
    server = CountingActionServer(port)
    await server.start()
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
    try:
        said = "Someone wrote “go home” on my door 😢"
        for _ in range(5):
            answer = await endpoint.request(json={"tracker": {"latest_message": {"text": said}}}, method="post", timeout=10)
            assert answer["events"][0]["value"] == "noted"
        assert len(server.connections) == 1, "each call opened a new connection"
        assert server.bodies[-1]["tracker"]["latest_message"]["text"] == said
        assert json.loads(json.dumps(server.bodies[-1])) == server.bodies[-1]

        await server.stop()  # the action server restarts; the kept connection is closed by it
        server = CountingActionServer(port)
        await server.start()
        answer = await endpoint.request(json={"tracker": {}}, method="post", timeout=10)
        assert answer["events"][0]["value"] == "noted"
    finally:
        await speedups.close_sessions()
        await server.stop()


async def test_the_loaded_model_is_frozen_once_the_server_starts():
    app = Sanic(f"freeze_{free_port()}")
    blueprint = Blueprint("channel")
    speedups.attach(blueprint)

    @blueprint.route("/")
    async def health(_):
        return response.json({"status": "ok"})

    app.blueprint(blueprint)
    loaded = [object() for _ in range(1000)]  # stands for the model, loaded before the server starts
    gc.unfreeze()
    server = await app.create_server(host="127.0.0.1", port=free_port(), return_asyncio_server=True)
    try:
        await server.startup()
        assert gc.get_freeze_count() == 0
        await server.after_start()
        assert gc.get_freeze_count() >= len(loaded)
    finally:
        gc.unfreeze()
        await server.before_stop()
        server.close()
        await server.wait_closed()
        await server.after_stop()


@pytest.mark.model
async def test_intents_are_read_exactly_as_before():
    from rasa.core.agent import Agent
    from rasa.core.processor import MessageProcessor
    from rasa.utils.tensorflow.models import RasaModel

    from bot.training import ensure_model
    from tests.support.people import SMS_REPORT

    agent = Agent.load(str(ensure_model()))
    said = [text for text, _ in SMS_REPORT] + ["help", "stop", "someone is outside my door now", "go back", "what?"]
    ours = [await agent.parse_message(text) for text in said]
    one_graph, cached = RasaModel._rasa_predict, MessageProcessor._parse_message_with_graph
    RasaModel._rasa_predict = one_graph.__wrapped__
    MessageProcessor._parse_message_with_graph = cached.__wrapped__  # read by the model, not kept readings
    try:
        rasas = [await agent.parse_message(text) for text in said]
    finally:
        RasaModel._rasa_predict, MessageProcessor._parse_message_with_graph = one_graph, cached
    for mine, theirs in zip(ours, rasas):
        assert mine["intent"]["name"] == theirs["intent"]["name"], mine["text"]
        assert [i["name"] for i in mine["intent_ranking"]] == [i["name"] for i in theirs["intent_ranking"]]
        assert [i["confidence"] for i in mine["intent_ranking"]] == pytest.approx([i["confidence"] for i in theirs["intent_ranking"]], abs=1e-6)
    assert {m["intent"]["name"] for m in ours} >= {"help", "stop"}
