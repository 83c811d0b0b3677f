"""Two hot spots of Rasa 3.6, found by profiling the Rasa server under load (bench/turns.py with
py-spy), fixed where they are. Behaviour is unchanged; only repeated work is cached.

- Every custom action's answer is checked against the action-server response schema with
  ``jsonschema.validate``, which checks the *schema itself* on every call before the answer:
  about a third of the server's time in a report. Here the validator is built once.
- Reading a stored event looks up its class by walking every subclass of ``Event`` (with
  ``inspect.isabstract`` on each) for every event of every conversation read. Here the classes are
  found by name in a table, and an unknown name falls back to the walk.

``install()`` is idempotent; the channel modules call it, so it runs in every Rasa server.
"""

from __future__ import annotations

from typing import Any, Optional, Type

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_installed = False


def _checked_once(action: RemoteAction) -> Any:
    schema = action.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    validator = _checked_once(RemoteAction("action_listen", None))

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        try:
            validator.validate(result)
            return True
        except ValidationError as error:
            error.message += ". Failed to validate Action server response from API."
            raise

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]

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
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]
