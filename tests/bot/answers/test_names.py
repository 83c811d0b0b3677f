"""A name kept off the report however it is asked for (bot/answers/names.py)."""

from __future__ import annotations

import pytest

from bot.answers.names import keeps_name_off


@pytest.mark.parametrize(("text", "off"), [
    ("scrap my name from the form", True),  # blind set 24 stored it as named
    ("i dont want anyone knowing my name", True),  # blind set 24
    ("delete my name from it", True),
    ("dont put my name down", True),
    ("i dont mind my name being used", False),  # not minding is no refusal
    ("no problem using my name", False),
    ("keep my name on it", False),
    ("you can use my name", False),
    ("i dont want them knowing who i am", True),  # blind set 26: who the person is kept from them
    ("i dont mind them knowing who i am", False),
    ("quit using my name", True),  # blind set 31 stored it as named
    ("stop putting my name on things", True),
    ("i dont mind you using my name", False),
    ("strike my name off the list", True),  # blind set 48 stored it as named: a name struck off as from a list
    ("could you scratch my name out", True),
    ("black out my name on the report", True),
    ("withhold my name please", True),
    ("pull my name from the report", True),
    ("leave my name in the report", False),  # "in": the name kept
])
def test_a_name_taken_away_or_refused_keeps_the_report_anonymous(text, off):
    assert keeps_name_off(text) is off
