"""Faults in the production layout: the action servers stopping mid-conversation, the database
going away at the moment of saving, a Rasa server restarting mid-conversation. The person is
told plainly what happened, nothing they gave is lost, and the conversation carries on."""

from __future__ import annotations

import pytest

import time

from bot.channels.wording import ACTIONS_UNAVAILABLE
from tests.scale.conftest import stored_records
from tests.support.people import REFERENCE, SMS_REPORT, Phone, report_by_sms

pytestmark = [pytest.mark.model, pytest.mark.postgres]  # the production layout: the model, PostgreSQL and Redis


def records_with(cluster, reference: str) -> list[dict]:
    return [r for r in stored_records(cluster) if r["reference"] == reference]


def test_with_the_action_servers_down_the_person_is_told_and_carries_on_when_they_are_back(cluster):
    phone = Phone(cluster, "07700 900611")
    report_by_sms(phone, SMS_REPORT[:3])
    story, next_question = SMS_REPORT[3]
    for index in range(len(cluster.actions)):
        cluster.stop_actions(index)
    try:
        assert phone.reply(story) == ACTIONS_UNAVAILABLE  # a 200 with a plain message, never an error
        assert "call 999" in phone.reply("he is outside my door now i am scared")  # danger is still answered
    finally:
        for index in range(len(cluster.actions)):
            cluster.start_actions(index)
    # Sent again, the message is taken as if the failed tries never happened.
    assert next_question.lower() in phone.reply(story).lower()
    reference = report_by_sms(phone, SMS_REPORT[4:])
    [record] = records_with(cluster, reference)
    assert record["what_happened"] == story and record["characteristics"] == ["sexual_orientation"]


def test_a_report_saved_while_the_database_is_away_is_stored_once_when_it_returns(cluster, database_relay):
    phone = Phone(cluster, "07700 900612")
    report_by_sms(phone, SMS_REPORT[:-1])
    database_relay.cut()
    try:
        saved = phone.reply(SMS_REPORT[-1][0])
        reference = REFERENCE.search(saved).group(1)  # the person has their reference at once
        assert len(cluster.outbox_files()) == 1
        assert records_with(cluster, reference) == []
    finally:
        database_relay.open()
    deadline = time.monotonic() + 30
    while cluster.outbox_files() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert cluster.outbox_files() == []
    [record] = records_with(cluster, reference)
    assert record["what_happened"] == SMS_REPORT[3][0] and record["location_area"] == "SO14"


def test_a_rasa_server_restarted_mid_conversation_carries_on_from_the_conversation_store(cluster):
    phone = Phone(cluster.replica(0), "07700 900613")
    report_by_sms(phone, SMS_REPORT[:8])
    cluster.restart_rasa(0)
    reference = report_by_sms(phone, SMS_REPORT[8:])  # same server, nothing of the conversation in its memory
    [record] = records_with(cluster, reference)
    assert record["what_happened"] == SMS_REPORT[3][0]
    assert record["time_band"] == "night" and record["location_type"] == "street"
