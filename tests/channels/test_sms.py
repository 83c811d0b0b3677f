"""SMS over real HTTP, posted and signed the way Twilio does it."""

from __future__ import annotations

import re

import pytest
from twilio.request_validator import RequestValidator

from bot.contract import record_validator
from tests.support.people import Phone

pytestmark = pytest.mark.model


def test_a_whole_report_by_sms_with_numbers_and_words(stack):
    phone = Phone(stack, "07700 900123")
    first = phone.reply("hi")
    assert "Reply with a number:\n1 Yes, I am safe\n2 No, I am not safe" in first
    assert "Who are you reporting for?" in phone.reply("1")
    assert "what happened" in phone.reply("1.").lower()
    assert "What kind of incident" in phone.reply("some lads followed me home shouting abuse cos im gay")
    assert "Why do you think" in phone.reply("1 4")  # several numbers where several are allowed
    assert "When did it happen" in phone.reply("three")
    assert "Where did it happen" in phone.reply("last night")
    assert "Which town or area" in phone.reply("2")
    assert "happened to you before" in phone.reply("so14 3ab")
    assert "What support" in phone.reply("2")
    assert "What would you like" in phone.reply("1 5")
    assert "police" in phone.reply("make it stop")
    assert "anonymous or named" in phone.reply("no")
    assert "how did you find out" in phone.reply("1")
    summary = phone.reply("5")
    assert "Here is what you told me" in summary and "SO14" in summary
    saved = phone.reply("1")
    reference = re.search(r"Your reference is ([A-Z0-9]{3}-[A-Z0-9]{3})", saved).group(1)

    [record] = [r for r in stack.records() if r["reference"] == reference]
    assert list(record_validator().iter_errors(record)) == []
    assert record["channel"] == "sms" and record["centre_id"] == "soton"
    assert record["incident_types"] == ["verbal_abuse", "harassment"]
    assert record["characteristics"] == ["sexual_orientation"]
    assert record["time_band"] == "night" and record["location_type"] == "street"
    assert record["location_area"] == "SO14" and record["ongoing"] == "no"
    assert record["support_wanted"] == ["someone_to_talk_to", "safety_planning"]
    assert record["police_involvement_wanted"] == "no" and record["true_vision_status"] == "not_discussed"
    assert record["contact_route"] == "poster_or_leaflet"

    stored, logged = stack.database_bytes(), stack.log_bytes()
    assert b"sms-" in stored  # the conversation store was written, under a pseudonym
    for form in ("07700 900123", "07700900123", "+447700900123", "447700900123", "7700900123", "%2B447700900123"):
        assert form.encode() not in stored, f"phone number stored as {form!r}"
        assert form.encode() not in logged, f"phone number logged as {form!r}"


def test_forged_or_missing_signature_is_refused(stack):
    phone = Phone(stack, "+447700900124")
    params = phone.params("hi")
    assert phone.post(params, None).status_code == 403
    assert phone.post(params, "bm90IGEgcmVhbCBzaWduYXR1cmU=").status_code == 403
    forged = RequestValidator("someone else's token").compute_signature(stack.sms_webhook_url, params)
    assert phone.post(params, forged).status_code == 403
    tampered = dict(params, Body="stop")
    assert phone.post(tampered, phone.validator.compute_signature(stack.sms_webhook_url, params)).status_code == 403


def test_a_retried_message_is_answered_once(stack):
    phone = Phone(stack, "+447700900125")
    phone.text("hello")
    first = phone.text("yes", sid="SM" + "7" * 32)
    retried = phone.text("yes", sid="SM" + "7" * 32)
    assert retried == first
    assert "Who are you reporting for?" in first[0]
    # Had the retry been processed, "yes" would have answered the next question too.
    assert "what happened" in phone.reply("me").lower()


def test_carrier_keywords_stop_and_help(stack):
    phone = Phone(stack, "+447700900126")
    phone.text("hi")
    assert "safety matters most" in phone.reply("HELP")
    phone.text("yes")
    assert "deleted" in phone.reply("STOP")
    assert "deleted" in phone.reply("Unsubscribe")


@pytest.mark.parametrize(
    ("body", "media", "expected"),
    [("", 0, "message was empty"), ("", 1, "only read text messages"), ("x" * 5000, 0, "too long")],
)
def test_empty_picture_and_overlong_messages_get_a_kind_reply(stack, body, media, expected):
    [reply] = Phone(stack, "+447700900127").text(body, media=media)
    assert expected in reply


def test_a_flood_from_one_number_is_slowed_with_one_kind_reply(stack):
    from bot.channels.wording import RATE_LIMITED

    phone, other = Phone(stack, "07700 900777"), Phone(stack, "07700 900778")
    replies = [phone.text("hello?") for _ in range(int(stack.env.get("RATE_LIMIT_PER_MINUTE", 30)) + 1)]
    # Counted per clock minute: if a minute turned during the flood, a few more get through.
    while replies[-1] != [RATE_LIMITED] and len(replies) < 70:
        replies.append(phone.text("hello?"))
    assert replies[-1] == [RATE_LIMITED]  # it still says 999
    assert "999" in RATE_LIMITED
    assert phone.text("hello?") == []  # then nothing, so a flood cannot make the service send a flood
    assert other.text("hi")  # other people are answered as usual
