"""Hot spots of Rasa 3.6, found by profiling the Rasa server under load (bench/turns.py with
py-spy), fixed where they are. Behaviour is unchanged; only repeated work is cached.

- Every custom action's answer is checked against the action-server response schema with
  ``jsonschema.validate``, which checks the *schema itself* on every call before the answer:
  about a third of the server's time in a report. Here the validator is built once. The schema
  then tries each event against all 23 kinds of event ("oneOf"); each event is first checked
  against its own kind only, and anything that fails that is checked in full, as before, so the
  same answers pass and the same errors are raised.
- Reading a stored event looks up its class by walking every subclass of ``Event`` (with
  ``inspect.isabstract`` on each) for every event of every conversation read. Here the classes are
  found by name in a table, and an unknown name falls back to the walk.
- Every message's intent is predicted by calling DIET's ``tf.function``, which on each call
  canonicalises its arguments and looks up the graph for them (a sixth of reading a message).
  Its input signature is fixed, so there is only one graph: here it is looked up once and called
  directly.
- Every call to the action server opened a new HTTP connection (a new aiohttp session per
  request) and encoded the whole conversation with the standard json module. Here each endpoint's
  session, and its keep-alive connections, last as long as the event loop, and ujson encodes.
- The loaded model is a million Python objects that the garbage collector walked again in every
  full collection: pauses of about 0.3 s in the middle of people's turns. ``attach(blueprint)``
  moves everything loaded before the server starts into the collector's permanent generation
  (``gc.freeze``), and closes the kept sessions when the server stops.

``install()`` is called by ``bot.rasa_patches.install``; ``attach(blueprint)`` by every channel's
blueprint (bot.channels.webhook).
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import weakref
from typing import Any, Callable, Optional, Type

import aiohttp
import ujson
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig
from sanic import Blueprint

from bot.rasa_patches.wrapping import replace

logger = logging.getLogger(__name__)


def _checked_once(schema: dict[str, Any]) -> Any:
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _response_checker(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """Returns a quick check that passes only answers ``schema`` passes: each event is checked
    against its own kind of event, the one branch of the schema's "oneOf" its "event" names."""
    event_schema = schema["properties"]["events"]["items"]
    common = {key: value for key, value in event_schema.items() if key != "oneOf"}
    by_kind = {kind["properties"]["event"]["const"]: _checked_once({"allOf": [common, kind]}) for kind in event_schema["oneOf"]}

    def passes(result: Any) -> bool:
        if not isinstance(result, dict):
            return False
        events, responses = result.get("events", []), result.get("responses", [])
        if not (isinstance(events, list) and isinstance(responses, list) and all(isinstance(r, dict) for r in responses)):
            return False
        for event in events:
            kind = event.get("event") if isinstance(event, dict) else None
            validator = by_kind.get(kind) if isinstance(kind, str) else None
            if validator is None or not validator.is_valid(event):
                return False
        return True

    return passes


def install() -> None:
    schema = RemoteAction.action_response_format_spec()
    validator, passes = _checked_once(schema), _response_checker(schema)

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if passes(result):
            return True
        try:
            validator.validate(result)
            return True
        except ValidationError as error:
            error.message += ". Failed to validate Action server response from API."
            raise

    replace(RemoteAction, "_validate_action_result", _validate_action_result)

    by_name: dict[str, Type[Event]] = {}
    walk = Event.resolve_by_type

    def resolve_by_type(type_name: str, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        found = by_name.get(type_name)
        if found is None:
            found = walk(type_name, default)
            if found is not None and found is not default:
                by_name[type_name] = found
        return found

    for cls in all_subclasses(Event):
        by_name.setdefault(cls.type_name, cls)
    replace(Event, "resolve_by_type", resolve_by_type, static=True)
    replace(EndpointConfig, "session", _kept_session)
    _predict_with_one_graph()


def _predict_with_one_graph() -> None:
    from rasa.utils.tensorflow import models

    looked_up = models.RasaModel._rasa_predict
    graphs: "weakref.WeakKeyDictionary[models.RasaModel, Any]" = weakref.WeakKeyDictionary()

    def _rasa_predict(self: models.RasaModel, batch_in: Any) -> dict[str, Any]:
        if self._run_eagerly or not self.prepared_for_prediction or self._tf_predict_step is None:
            return looked_up(self, batch_in)  # the first call builds the tf.function
        graph = graphs.get(self)
        if graph is None:
            graph = graphs[self] = self._tf_predict_step.get_concrete_function()
        self._training = False
        outputs = models.tf_utils.sync_to_numpy_or_python_type(graph(batch_in))
        if models.DIAGNOSTIC_DATA in outputs:
            outputs[models.DIAGNOSTIC_DATA] = self._empty_lists_to_none_in_dict(outputs[models.DIAGNOSTIC_DATA])
        return outputs

    replace(models.RasaModel, "_rasa_predict", _rasa_predict)


# Well below the time the action server keeps an idle connection (action_server.KEEP_ALIVE_SECONDS;
# Sanic's own 5 s before), so a connection is never reused just as the server closes it.
KEEP_ALIVE_SECONDS = 4.0
_sessions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[Any, aiohttp.ClientSession]]" = weakref.WeakKeyDictionary()


def _dumps(value: Any) -> str:
    try:
        return ujson.dumps(value)
    except (OverflowError, TypeError):  # NaN and infinities, which the json module writes
        return json.dumps(value)


class _Kept:
    """``async with`` a session that stays open afterwards."""

    def __init__(self, session: aiohttp.ClientSession):
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *_: Any) -> None:
        return None


def _kept_session(self: EndpointConfig) -> _Kept:
    """EndpointConfig.session, made once per event loop, headers and credentials."""
    auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
    key = (tuple(sorted(self.headers.items())), auth)
    sessions = _sessions.setdefault(asyncio.get_running_loop(), {})
    session = sessions.get(key)
    if session is None or session.closed:
        session = aiohttp.ClientSession(
            headers=self.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            json_serialize=_dumps, connector=aiohttp.TCPConnector(keepalive_timeout=KEEP_ALIVE_SECONDS),
        )
        sessions[key] = session
    return _Kept(session)


async def close_sessions() -> None:
    """Closes the sessions kept for the running event loop."""
    for session in _sessions.pop(asyncio.get_running_loop(), {}).values():
        await session.close()


def freeze_loaded() -> None:
    """Moves every object that exists now out of the garbage collector's way."""
    gc.collect()
    gc.freeze()
    logger.debug("%d objects moved to the permanent generation", gc.get_freeze_count())


def attach(blueprint: Blueprint) -> None:
    """Freezes the loaded model once the server has started (Rasa loads it before), and closes
    the kept sessions when it stops."""

    @blueprint.listener("after_server_start")
    async def _freeze(*_: Any) -> None:
        freeze_loaded()

    @blueprint.listener("after_server_stop")
    async def _close(*_: Any) -> None:
        await close_sessions()
