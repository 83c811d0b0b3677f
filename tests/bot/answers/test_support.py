"""What support the person wants, read from their own words (bot.answers.support)."""

import pytest

from bot.answers.support import support_kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # Blind set 37: someone to speak to an organisation for the person is advocacy, whatever the
    # organisation deals in; "for me" alone is not.
    ("someone to ring the housing association for me", ["advocacy"]),
    ("could you contact my sons school on my behalf", ["advocacy"]),
    ("someone to ring the council for me and new locks", ["advocacy", "practical_help"]),
    ("no support needed for me ta", ["none"]),
    ("help with housing", ["practical_help"]),
])
def test_someone_to_speak_for_the_person_is_advocacy(text, kinds):
    assert support_kinds(text) == kinds
