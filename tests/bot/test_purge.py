"""`python -m bot purge` applies the retention policy on a real database."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import update

from bot.config import PROJECT_ROOT
from bot.privacy.conversation_store import PrivateTrackerStore
from bot.records.db import session_factory
from bot.records.models import Incident
from bot.records.repository import iter_records, save_incident
from tests.bot.records.test_repository import answers


def test_purge_deletes_idle_conversations_and_records_past_retention(database_url, cipher, tmp_path):
    old = save_incident(database_url, answers(), cipher)
    recent = save_incident(database_url, answers(), cipher)
    with session_factory(database_url).begin() as session:
        session.execute(update(Incident).where(Incident.record_id == old["record_id"]).values(created_at=datetime.utcnow() - timedelta(days=400)))

    store_url = f"sqlite:///{tmp_path / 'conversations.db'}"
    store = PrivateTrackerStore(Domain.load(str(PROJECT_ROOT / "domain.yml")), url=store_url, ttl_hours=1)
    idle, active = uuid.uuid4().hex, uuid.uuid4().hex
    for sender, age in ((idle, 2 * 3600), (active, 0)):
        events = [ActionExecuted("action_listen", timestamp=time.time() - age), UserUttered("hi", {"name": "greet"}, timestamp=time.time() - age)]
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, events, store.domain.slots)))

    env = {**os.environ, "DATABASE_URL": database_url, "CONVERSATION_STORE_URL": store_url,
           "CONVERSATION_TTL_HOURS": "1", "RECORD_RETENTION_DAYS": "365"}
    result = subprocess.run([sys.executable, "-m", "bot", "purge"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Deleted 1 conversation(s) idle for over 1 hours and 1 record(s) older than 365 days." in result.stderr
    assert [r["record_id"] for r in iter_records(database_url, cipher)] == [recent["record_id"]]
    assert set(asyncio.run(store.keys())) == {active}
