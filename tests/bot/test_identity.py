"""Conversation ids are keyed hashes of channel identities: stable, unlinkable without the key."""

import pytest

from bot.identity import InvalidIdentity, normalise_phone, pseudonym


@pytest.mark.parametrize("number", ["07700 900123", "+44 7700 900123", "447700900123", "0044-7700-900-123", "(07700) 900123"])
def test_every_way_of_writing_a_uk_number_is_one_identity(number):
    assert normalise_phone(number) == "+447700900123"


@pytest.mark.parametrize("number", ["", "hello", "123", "+4477009001234567890"])
def test_what_is_not_a_phone_number(number):
    with pytest.raises(InvalidIdentity):
        normalise_phone(number)


def test_pseudonyms_are_stable_keyed_and_reveal_nothing():
    first = pseudonym("sms", "+447700900123", "key-one")
    assert first == pseudonym("sms", "+447700900123", "key-one")
    assert first != pseudonym("sms", "+447700900123", "key-two")  # rotating the key changes every id
    assert first != pseudonym("telegram", "+447700900123", "key-one")
    assert first.startswith("sms-") and "7700900123" not in first
