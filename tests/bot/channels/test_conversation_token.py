"""Conversation tokens cannot be forged, altered or kept forever."""

import pytest

from bot.channels.conversation_token import InvalidToken, issue, read


def test_a_token_reads_back_its_mode_and_centre_with_a_fresh_random_id():
    first, second = issue("secret", "staff", "soton"), issue("secret", "staff", "soton")
    conversation = read("secret", first)
    assert (conversation.mode, conversation.centre_id) == ("staff", "soton")
    assert conversation.id != read("secret", second).id and len(conversation.id) == 32


@pytest.mark.parametrize("token", ["", "made-up", "eyJjIjoiMSJ9.Zz.Zz"])
def test_forged_tokens_are_refused(token):
    with pytest.raises(InvalidToken):
        read("secret", token)


def test_a_token_signed_with_another_secret_or_altered_is_refused():
    token = issue("secret", "web", None)
    with pytest.raises(InvalidToken):
        read("another secret", token)
    with pytest.raises(InvalidToken):
        read("secret", token[:-2] + ("AA" if not token.endswith("AA") else "BB"))


def test_tokens_expire_after_a_day_by_the_clock(monkeypatch):
    monkeypatch.setenv("CLOCK_START", "2026-03-28T23:30:00Z")  # the evening before the clocks change
    token = issue("secret", "web", None)
    monkeypatch.setenv("CLOCK_START", "2026-03-29T23:29:00Z")
    assert read("secret", token).mode == "web"
    monkeypatch.setenv("CLOCK_START", "2026-03-29T23:31:00Z")
    with pytest.raises(InvalidToken):
        read("secret", token)
