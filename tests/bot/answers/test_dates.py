"""Natural answers to "when did it happen?" become dates, resolved from the day they are said."""

from datetime import date

import pytest

from bot.answers.dates import FutureDate, When, band_at, parse_when

SATURDAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("yesterday", When(date(2026, 11, 20))),
        ("yday", When(date(2026, 11, 20))),
        ("today", When(SATURDAY)),
        ("last friday", When(date(2026, 11, 20))),
        ("on tuesday afternoon", When(date(2026, 11, 17), "afternoon")),
        ("3rd of march", When(date(2026, 3, 3))),
        ("about 2 weeks ago", When(date(2026, 11, 7))),
        ("2 days ago", When(date(2026, 11, 19))),
        ("last night", When(date(2026, 11, 20), "night")),
        ("this morning", When(SATURDAY, "morning")),
        ("yesterday evening", When(date(2026, 11, 20), "evening")),
        ("last sunday night", When(date(2026, 11, 15), "night")),
        ("the saturday before last", When(date(2026, 11, 7))),  # on a Saturday the last was the 14th
        ("the wednesday before last", When(date(2026, 11, 11))),
        ("tuesday last week", When(date(2026, 11, 10))),  # the week before this one, from its Monday
        ("exactly a week ago", When(date(2026, 11, 14))),
        ("three days back", When(date(2026, 11, 18))),
        ("12/10/2026", When(date(2026, 10, 12))),
        ("don't know", When(None)),
        ("dunno", When(None)),
        ("cant remember", When(None)),
        ("a week ago today", When(date(2026, 11, 14))),  # "today" says when it is counted from, not the day
        ("the 5th of this month", When(date(2026, 11, 5))),  # blind set 21: it had been read as today
        ("on the 28th of last month", When(date(2026, 10, 28))),
        ("the 31st of last month", When(date(2026, 10, 31))),
        ("last friday after work", When(date(2026, 11, 20), "evening")),  # blind set 24: the time of day beside the day
        ("only an hour ago", When(SATURDAY)),  # blind set 25: hours ago are today
        ("a few hours ago", When(SATURDAY)),
        ("20 mins ago", When(SATURDAY)),
        ("friday night last week", When(date(2026, 11, 13), "night")),  # blind set 29: a part of the day between
        ("it was tuesday this week", When(date(2026, 11, 17))),  # that day of this week
        ("back on 14 october", When(date(2026, 10, 14))),
        ("last saturday night out", When(date(2026, 11, 14), "night")),  # blind set 31
        ("2nd nov this year", When(date(2026, 11, 2))),
        # Blind set 32: the day and then what the person was doing; weeks before a weekday.
        ("last friday after college", When(date(2026, 11, 20))), ("12 november coming out of the gym", When(date(2026, 11, 12))),
        ("a week last monday", When(date(2026, 11, 9))), ("two weeks last saturday", When(date(2026, 10, 31))),
        ("it may have been tuesday", When(date(2026, 11, 17))),
        ("a week ago last friday", When(date(2026, 11, 13))),  # blind set 34
        ("a fortnight ago on the tuesday", When(date(2026, 11, 3))),  # blind set 35: that day of the week a fortnight back
        ("a week ago yesterday", When(date(2026, 11, 13))),  # blind set 37: counted back from yesterday
        ("a fortnight yesterday", When(date(2026, 11, 6))),
        ("two fridays ago", When(date(2026, 11, 13))),  # blind set 38: the friday a week before last friday
        ("about a week and a half ago", When(date(2026, 11, 11))),  # blind set 40
    ],
)
def test_natural_dates(answer, expected):
    assert parse_when(answer, SATURDAY) == expected


@pytest.mark.parametrize(("answer", "today", "expected"), [
    # Blind set 36: "it was remembrance sunday" was not read; days that move are worked out for the year.
    ("it was remembrance sunday", SATURDAY, date(2026, 11, 8)),
    ("it was remembrance sunday", date(2026, 11, 3), date(2025, 11, 9)),  # not yet this year: last year's
    ("on easter monday", SATURDAY, date(2026, 4, 6)),
    ("good friday", date(2025, 5, 1), date(2025, 4, 18)),
    ("the august bank holiday", SATURDAY, date(2026, 8, 31)),
    ("on mothers day", SATURDAY, date(2026, 3, 15)),
])
def test_days_named_by_what_happens_on_them_whose_date_moves(answer, today, expected):
    assert parse_when(answer, today) == When(expected)


@pytest.mark.parametrize("answer", ["next week", "the 30th of this month", "sunday this week"])
def test_a_date_in_the_future_is_refused_with_a_reason(answer):
    with pytest.raises(FutureDate):
        parse_when(answer, SATURDAY)


@pytest.mark.parametrize("answer", ["banana", "", "the bus"])
def test_answers_that_are_not_dates(answer):
    assert parse_when(answer, SATURDAY) is None


@pytest.mark.parametrize(("answer", "band"), [
    ("around 3", "afternoon"), ("half 2", "afternoon"), ("about 4.30", "afternoon"), ("4 oclock", "afternoon"),
    ("7pm", "evening"), ("3.30pm", "afternoon"), ("10 in the morning", "morning"), ("2 at night", "night"),
    ("about 10 in the morn", "morning"),  # blind set 22: "morn" is the morning
    ("around 3ish i reckon", "afternoon"),  # blind set 24: a hedge after the hour
    # 6 to 12 said alone could be either end of the day; a number alone is a choice from the list.
    ("about 8", None), ("around 11", None), ("3", None),
    ("around 3ish", "afternoon"), ("when the shops shut at 5", "afternoon"), ("i left work at 9", None),
    # 5 is 17:00, the edge of the afternoon and the evening: words that say which decide (blind set 25).
    ("when it was getting dark about 5", "evening"), ("after school about 5", "afternoon"),
    ("just after dinner at 1", "afternoon"),  # only at the edge: 1 is the afternoon, whatever "dinner" means
    ("around 8ish at night", "evening"),  # blind set 26: "ish" between the hour and the time of day
    ("gone midnight after my shift", "night"),  # blind set 33: midnight, whatever was being done
    ("after the school run in the afternoon", "afternoon"),  # blind set 38: the part of the day said outright
    ("in the morning or afternoon", None),
    ("late at night around 2", "night"),  # blind set 40: the part of the day said decides the bare hour
])
def test_a_time_of_day_said_the_british_way(answer, band):
    assert band_at(answer) == band
