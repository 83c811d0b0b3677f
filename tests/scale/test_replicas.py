"""Two Rasa servers share every conversation: turns alternating between them, or arriving at both at
once, are each answered once, in order, from one consistent conversation state."""

from __future__ import annotations

import pytest

import asyncio
import threading
import time

from bot.identity import normalise_phone, pseudonym
from bot.lock_store import AtomicRedisLockStore
from bot.privacy.conversation_store import PrivateTrackerStore
from bot.privacy.redact import redact
from tests.scale.conftest import stored_records
from tests.support.people import SMS_REPORT, Phone, report_by_sms

pytestmark = [pytest.mark.model, pytest.mark.postgres]  # the production layout: the model, PostgreSQL and Redis


def sender_id(cluster, number: str) -> str:
    return pseudonym("sms", normalise_phone(number), cluster.env["PSEUDONYM_KEY"])


def user_texts(cluster, number: str) -> list[str]:
    """What the conversation store holds of the person's messages, in its order."""
    sender = sender_id(cluster, number)
    tracker = asyncio.run(PrivateTrackerStore(None, url=cluster.env["CONVERSATION_STORE_URL"]).retrieve(sender))
    return [event.text for event in tracker.events if event.type_name == "user"]


class Alternating:
    """Sends each message to the other Rasa server than the last one."""

    def __init__(self, cluster):
        self.cluster, self.turn = cluster, 0

    @property
    def stack(self):
        self.turn += 1
        return self.cluster.replica(self.turn % 2)


def test_a_report_whose_turns_alternate_between_two_servers_is_whole_and_stored_once(cluster):
    number = "07700 900601"
    phone = Phone(cluster.replica(0), number)
    alternating = Alternating(cluster)
    phone_post = phone.post

    def post_to_the_other_server(params, signature):
        phone.stack = alternating.stack
        return phone_post(params, signature)

    phone.post = post_to_the_other_server
    reference = report_by_sms(phone)  # every reply is the next question: no turn lost or repeated
    assert alternating.turn == len(SMS_REPORT)

    [record] = [r for r in stored_records(cluster) if r["reference"] == reference]
    assert record["incident_types"] == ["verbal_abuse", "harassment"]
    assert record["characteristics"] == ["sexual_orientation"]
    assert record["location_area"] == "SO14" and record["support_wanted"] == ["someone_to_talk_to", "safety_planning"]
    # Each message kept once, in the order sent (redacted, as everything stored is).
    assert user_texts(cluster, number) == [redact(text) for text, _ in SMS_REPORT]


def test_messages_sent_in_a_burst_to_both_servers_are_answered_one_at_a_time_in_order(cluster):
    number = "07700 900602"
    burst = SMS_REPORT[:4]
    replies: dict[int, str] = {}

    def send(index: int, text: str) -> None:
        replies[index] = Phone(cluster.replica(index % 2), number).reply(text)

    lock_store = AtomicRedisLockStore(cluster.env["LOCK_STORE_URL"])
    conversation = sender_id(cluster, number)

    def waiting_turns() -> int:
        lock = lock_store.get_lock(conversation)
        return len(lock.tickets) if lock else 0

    threads = []
    for index, (text, _) in enumerate(burst):
        threads.append(threading.Thread(target=send, args=(index, text)))
        threads[-1].start()
        # The next is sent once this one holds its place in the conversation's queue (a ticket of
        # the shared lock) or has been answered: so they arrive in this order, each while the one
        # before is still being answered.
        deadline = time.monotonic() + 60
        while index not in replies and waiting_turns() < sum(1 for j in range(index + 1) if j not in replies):
            assert time.monotonic() < deadline, f"message {index} neither queued nor answered within 60 s"
            time.sleep(0.005)
    for thread in threads:
        thread.join()
    for index, (_, expected) in enumerate(burst):
        assert expected.lower() in replies[index].lower(), (index, replies[index])
    assert user_texts(cluster, number) == [text for text, _ in burst]
