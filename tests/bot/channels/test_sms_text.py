"""SMS replies: numbered choices, plain GSM-7 characters, and honest segment counts."""

from bot.channels.sms import keyword_payload, twiml
from bot.channels.sms_text import is_gsm7, render, segments, split_for_sms, to_gsm7


def test_buttons_become_a_numbered_list():
    message = {"text": "Are you safe?", "buttons": [{"title": "Yes", "payload": '/choose{"choice": "yes"}'},
                                                    {"title": "No", "payload": '/choose{"choice": "no"}'}]}
    assert render(message) == "Are you safe?\nReply with a number:\n1 Yes\n2 No"


def test_only_answers_are_numbered():
    # "Easy words" is said in the text; a number on SMS always means an answer to the question.
    message = {"text": 'Do you want easy words? Say "easy words".', "buttons": [{"title": "Easy words", "payload": "/easy_read_on"}]}
    assert render(message) == 'Do you want easy words? Say "easy words".'


def test_segments():
    assert segments("a" * 160) == 1
    assert segments("a" * 161) == 2
    assert segments("a" * 306) == 2 and segments("a" * 307) == 3
    assert segments("€" * 80) == 1 and segments("€" * 81) == 2  # extension characters count twice
    assert segments("\U0001F600" * 35) == 1 and segments("\U0001F600" * 36) == 2  # UCS-2 for emoji


def test_curly_quotes_become_plain_so_replies_stay_gsm7():
    assert is_gsm7(to_gsm7("It\u2019s \u201cfine\u201d \u2013 ok\u2026"))


def test_carrier_keywords():
    assert keyword_payload("STOP") == "/stop" and keyword_payload("Unsubscribe.") == "/stop"
    assert keyword_payload("help") == "/help"
    assert keyword_payload("please stop him") is None


def test_twiml_has_one_message_per_reply_and_escapes_text():
    xml = twiml(["one", "<two> & three"])
    assert xml.count("<Message>") == 2 and "&lt;two&gt; &amp; three" in xml


def test_a_long_reply_is_split_into_short_texts_at_line_breaks():
    summary = "Here is what you told me.\nWhat happened: " + "they shouted at me again " * 30 + "\nWhere: Bus, SO14"
    parts = split_for_sms(summary)
    assert len(parts) > 1 and all(segments(p) <= 3 for p in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(summary.split())  # nothing lost or reordered
    assert split_for_sms("short") == ["short"]
