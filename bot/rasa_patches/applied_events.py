"""Rasa's ``DialogueStateTracker.applied_events``, with the same result, several times faster.

Rasa works out which of a conversation's events still apply (not undone by a restart, a revert
or a form's next step) many times a turn: to check whether the session expired, to replay a
tracker, for every rule prediction's states. Its loop asks ``isinstance`` of every event
against abstract base classes, up to eight times an event, and ``ABCMeta.__instancecheck__``
was a thirteenth of the Rasa server's time under load (py-spy, bench/turns.py). Here each event's
class is looked up once in a table of what it is (filled with ``issubclass``, so subclasses
count exactly as ``isinstance`` counts them); the algorithm is Rasa 3.6's, step for step.
"""

from __future__ import annotations

from typing import Dict, List, Optional

from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    DefinePrevUserUtteredFeaturization,
    Event,
    Restarted,
    SessionStarted,
    UserUttered,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_patches.wrapping import replace

# What a class of event is, as bits.
LOOP, RESET, ACTION_REVERTED, UTTERANCE_REVERTED, ACTION, USER, REJECTED, FEATURIZATION = (1 << i for i in range(8))
_KINDS = ((ActiveLoop, LOOP), ((Restarted, SessionStarted), RESET), (ActionReverted, ACTION_REVERTED),
          (UserUtteranceReverted, UTTERANCE_REVERTED), (ActionExecuted, ACTION), (UserUttered, USER),
          (ActionExecutionRejected, REJECTED), (DefinePrevUserUtteredFeaturization, FEATURIZATION))
_kind_of: Dict[type, int] = {}


def kind(event: Event) -> int:
    cls = type(event)
    found = _kind_of.get(cls)
    if found is None:
        found = _kind_of[cls] = sum(bit for classes, bit in _KINDS if issubclass(cls, classes))
    return found


def applied_events(self: DialogueStateTracker) -> List[Event]:
    """Returns all actions that should be applied - w/o reverted events (Rasa 3.6's docstring)."""
    events = self.events
    kinds = [kind(event) for event in events]
    loop_names = {event.name for event, k in zip(events, kinds) if k & LOOP and event.name}
    applied: List[Event] = []
    applied_kinds: List[int] = []
    for event, k in zip(events, kinds):
        if k & RESET:
            applied, applied_kinds = [], []
        elif k & ACTION_REVERTED:
            _undo_till_previous(ACTION, applied, applied_kinds)
        elif k & UTTERANCE_REVERTED:
            _undo_till_previous(USER, applied, applied_kinds)
            _undo_till_previous(ACTION, applied, applied_kinds)
        elif (k & ACTION and event.action_name in loop_names
              and not _first_loop_execution_or_unhappy_path(event.action_name, applied, applied_kinds)):
            _undo_till_previous_loop_execution(event.action_name, applied, applied_kinds)
        else:
            applied.append(event)
            applied_kinds.append(k)
    return applied


def _undo_till_previous(bit: int, applied: List[Event], kinds: List[int]) -> None:
    while applied:
        del applied[-1]
        if kinds.pop() & bit:
            break


def _first_loop_execution_or_unhappy_path(loop_action_name: str, applied: List[Event], kinds: List[int]) -> bool:
    next_action: Optional[str] = None
    for index in range(len(applied) - 1, -1, -1):
        event, k = applied[index], kinds[index]
        if k & LOOP and event.name is None:
            return True
        if k & REJECTED and event.action_name == loop_action_name:
            return True
        if k & USER and next_action is not None and next_action != loop_action_name:
            return True
        if k & ACTION:
            if event.action_name == loop_action_name:
                return False
            next_action = event.action_name
    return True


def _undo_till_previous_loop_execution(loop_action_name: str, applied: List[Event], kinds: List[int]) -> None:
    for index in range(len(applied) - 1, -1, -1):
        event, k = applied[index], kinds[index]
        if k & ACTION and event.action_name == loop_action_name:
            break
        if k & (ACTION | USER | FEATURIZATION):
            del applied[index], kinds[index]  # only what follows it, already kept, moves


def install() -> None:
    """Makes every tracker use this applied_events; Rasa's own stays on it as ``__wrapped__`` (the
    tests compare the two)."""
    replace(DialogueStateTracker, "applied_events", applied_events)
