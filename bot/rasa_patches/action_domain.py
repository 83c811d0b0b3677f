"""The domain, read once by the action server instead of received with every call.

Rasa sends the whole domain (52 KB of JSON: every question and answer in both wordings) with each
call to a custom action unless its action endpoint sets ``enable_selective_domain: true``, as
endpoints.yml does. Encoding, sending and decoding it three or four times a turn was a tenth of the
Rasa server's time under load (bench/turns.py). Our actions need the domain (the form's questions,
the easy-read wording, the choices), so the action server reads domain.yml once, the file the
model was trained from, and hands it to any call that came without one: the same dictionary Rasa
would have sent (tests/actions/test_domain.py compares them).

The action server and the Rasa server must run the same release, as they already must for the
actions themselves.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Dict, Optional

from rasa_sdk.executor import ActionExecutor

from bot.config import PROJECT_ROOT
from bot.rasa_patches.wrapping import replace


@lru_cache(maxsize=1)
def local_domain() -> Dict[str, Any]:
    """domain.yml as the action server receives it from Rasa (``Domain.as_dict()`` sent as JSON)."""
    from rasa.shared.core.domain import Domain

    return json.loads(json.dumps(Domain.load(str(PROJECT_ROOT / "domain.yml")).as_dict()))


def install() -> None:
    """Gives calls without a domain the one read here."""
    given_domain = ActionExecutor.run

    async def run(self: ActionExecutor, action_call: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        if "domain" not in action_call:
            action_call = {**action_call, "domain": local_domain()}
        return await given_domain(self, action_call)

    replace(ActionExecutor, "run", run)
