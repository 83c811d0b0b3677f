"""Reads when something happened ("last friday", "about 2 weeks ago", "last night") as a date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import dateparser

from bot.answers.choices import match_keys
from bot.answers.text import normalise

# Each name of a weekday, and its number (Monday is 0), as date.weekday() counts them.
_WEEKDAY_NUMBERS = {name: number for number, names in enumerate(
    ("monday mon", "tuesday tue tues", "wednesday wed", "thursday thu thur thurs", "friday fri", "saturday sat", "sunday sun"))
    for name in names.split()}
_WEEKDAYS = "(" + "|".join(sorted(_WEEKDAY_NUMBERS, key=len, reverse=True)) + ")"
# Words people put around a date that dateparser does not need.
_FILLERS = re.compile(
    r"\b(night out|a night out|day out|about|around|roughly|approximately|approx|exactly|precisely|i think|it was|maybe|probably|like|ish|on|at|"
    r"(?:it )?(?:may|might|must|could|would) have been|"
    r"in the|the|just gone|just|gone|past|sometime|some time|last night|tonight|"
    r"morning|afternoon|evening|night|lunchtime|lunch time|teatime|after work|before work|after school|before school|"
    r"after lunch|after dinner|after tea|on my way home|on the way home|on my way to work|on the way to work)\b"
)


# A few weeks, as people count them before a weekday: "a week last monday", "two weeks ago on the friday".
# Up to six: "about four weeks ago on the sunday afternoon" (blind set 87 took it for four weeks to the day).
_WEEK_COUNTS = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5, "six": 6, "6": 6}
_FEW_WEEKS = "|".join(_WEEK_COUNTS)


# The first or last day of a month named: "on the last day of october" (blind set 87 could not read it).
_MONTH_NUMBERS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], start=1)}
_END_OF_A_MONTH = re.compile(r"\b(first|1st|last) day of (" + "|".join(_MONTH_NUMBERS) + r")(?: (\d{4}))?\b")


def _end_of_a_month(found: re.Match, today: date) -> date:
    """The first or last day of the month named, in the most recent year it has begun."""
    month = _MONTH_NUMBERS[found.group(2)]
    year = int(found.group(3)) if found.group(3) else (today.year if month <= today.month else today.year - 1)
    return date(year, month, 1 if found.group(1) in ("first", "1st") else calendar.monthrange(year, month)[1])


# A part of the day said between a weekday and its week: "friday night last week".
_PARTS_OF_A_DAY = r"(?:morning|afternoon|evening|night|lunchtime|lunch time|teatime|tea time|dinner time)"


@dataclass(frozen=True)
class When:
    """An answer to "when did it happen?": a date (None when the person does not know) and,
    where they said it, the time of day."""

    day: date | None
    time_band: str | None = None


class FutureDate(ValueError):
    """The answer named a date that has not happened yet."""


# A time on the clock: "9am", "about 7 at night", "2.30pm", "10 in the morning".
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:. ](\d{2}))?\s*(am|pm|in the morning|in the afternoon|in the evening|at night|at nite|o clock at night)\b"
)
# Loose amounts of time ago, read as the day they most likely mean.
_ROUGHLY_AGO = (
    (re.compile(r"\b(?:a )?couple (?:of )?days ago\b|\bthe other day\b|\bday before yesterday\b"), timedelta(days=2)),
    (re.compile(r"\b(?:a )?few days ago\b|\bsome days ago\b"), timedelta(days=3)),
    (re.compile(r"\b(?:a )?couple (?:of )?weeks ago\b|\ba fortnight ago\b"), timedelta(days=14)),
    (re.compile(r"\b(?:a )?few weeks ago\b"), timedelta(days=21)),
    (re.compile(r"\bthe other week\b"), timedelta(days=7)),
    (re.compile(r"\b(?:a|one) week and a half (?:ago|back)\b"), timedelta(days=10)),
    # A week, give or take: "just over a week ago", "a week or so ago".
    (re.compile(r"\b(?:just |a little |a bit |a tad )?(?:over|under) a week (?:ago|back)\b|\ba week or so (?:ago|back)\b"), timedelta(days=7)),
    (re.compile(r"\b(?:a|one) month and a half (?:ago|back)\b"), timedelta(days=45)),
)


# An hour said alone, the British way: "around 3", "half 2" (half past 2), "about 4.30". From 1 to 5
# it is the afternoon (no one means 3 in the morning without saying so); from 6 to 12 it could be
# either, so it is not guessed.
_HOUR = r"(\d{1,2})(?:[:. ](\d{2}))?"
_LOOSE_HOUR = re.compile(r"^(?:(?:at|around|about|roughly|approximately|approx|just after|just before|after|before) )?"
                         rf"(?:half|half past|quarter past|quarter to|twenty past|ten past|ten to|five past) {_HOUR}$|"
                         rf"^(?:at|around|about|roughly|approximately|approx|just after|just before|after|before) {_HOUR}(?: o clock| ish)?$|"
                         rf"^{_HOUR}(?: o clock| ish)$")


# "in the afternoon", "one evening", "at night": the part of the day itself.
_PART_OF_THE_DAY_SAID = re.compile(r"\b(?:in the|this|that|on a|one|yesterday|late in the|early in the) (morning|afternoon|evening)\b|\b(?:at|in the|one|that|late at) (night)\b")
_LAST_HOUR = re.compile(r"^.*\s((?:at|around|about|roughly|just after|just before) \d{1,2}(?: o clock| ish)?)$")


def band_at(text: str) -> str | None:
    """The time of day of a time on the clock in ``text`` ("9am" is morning, "7 at night" evening)."""
    words = re.sub(r"\b(\d{1,2})ish\b", r"\1 ish", normalise(text).replace(" oclock", " o clock"))  # "3ish"
    words = re.sub(r"\b(\d{1,2}) ish (?=am|pm|in the|at night|at nite|o clock)", r"\1 ", words)  # "7ish at night": 7 at night
    words = re.sub(r"\bin the morn(?:in)?\b", "in the morning", words)  # "10 in the morn"
    words = re.sub(r"\s+(?:i reckon|i think|i guess|i believe|maybe|probably|or so|roughly)$", "", words)  # "around 3ish i reckon"
    # Midnight is the night, whatever was being done ("gone midnight after my shift").
    if re.search(r"\b(?:midnight|the middle of the night|the early hours|the small hours)\b", words):
        return "night"
    # A part of the day said outright, with no hour, decides over what was being done ("after the
    # school run in the afternoon").
    said_outright = {m.group(1) or m.group(2) for m in _PART_OF_THE_DAY_SAID.finditer(words)}
    said_outright = said_outright if len(said_outright) == 1 and set(re.findall(r"\b(morning|afternoon|evening|night)\b", words)) == said_outright else set()
    if said_outright and not re.search(r"\d", words):
        return next(iter(said_outright))
    # A bare hour that ends a longer answer: "when the shops shut at 5".
    loose = _LOOSE_HOUR.match(words) or _LOOSE_HOUR.match(_LAST_HOUR.sub(r"\1", words))
    if loose:
        hour = int(next(group for group in loose.groups() if group is not None))
        # 5 is 17:00, where the afternoon ends and the evening begins: words that say which decide
        # ("when it was getting dark about 5").
        named = [band for band in match_keys("time_band", words) if band in ("afternoon", "evening")]
        if hour == 5 and named:
            return named[0]
        if said_outright:  # "late at night around 2": the part of the day said decides the bare hour
            return next(iter(said_outright))
        return "afternoon" if 1 <= hour <= 5 else None
    found = _CLOCK.search(words)
    if not found:
        return _hour_in_words(words)
    hour = int(found.group(1))
    if hour > 24:
        return None
    marker = found.group(3)
    if marker in ("pm", "in the afternoon", "in the evening", "at night", "at nite", "o clock at night") and hour < 12:
        hour += 12
    elif marker in ("am", "in the morning") and hour == 12:
        hour = 0
    if marker in ("at night", "at nite") and hour < 17:  # "2 at night" is 2 in the morning
        hour -= 12
    if marker == "in the evening" and 17 <= hour < 24:  # "about 9 in the evening": the person's own word for it
        return "evening"
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 21:
        return "evening"
    return "night"


def hour_of_either_half(text: str) -> int | None:
    """An hour from 6 to 11 said with nothing to tell the morning from the evening ("around 7 when
    i was out walking the dog"), so the person can be asked which; None for anything else."""
    if band_at(text) is not None:
        return None
    words = normalise(text).replace(" oclock", " o clock")
    loose = _LOOSE_HOUR.match(words) or _LOOSE_HOUR.match(_LAST_HOUR.sub(r"\1", words)) or _HOUR_INSIDE.search(words)
    if loose is None:
        return None
    hour = int(next(group for group in loose.groups() if group is not None))
    return hour if 6 <= hour <= 11 else None


# An hour inside a longer answer with no am or pm: "about 6 when i got in from work", "about 12:30 at
# dinner time". What was being done says which of its two times is meant, where it fits the hour.
# Or said first, by the clock: "1 oclock dinner time" (blind set 101 read it as the evening meal).
_HOUR_INSIDE = re.compile(r"(?:\b(?:at|around|about|roughly|approx|approximately|just after|just before|after|before|gone|half|half past|"
                          r"quarter past|quarter to|twenty past|ten past|ten to|five past) |^(?=\d{1,2}(?:[:.]\d{2})? ?(?:oclock|o clock|ish)\b))"
                          r"(\d{1,2})(?:[:.](\d{2}))?\b(?! (?:mins?|minutes?|hours?|days?|weeks?|months?|years?|miles?|people|of|or)\b)")
_BAND_FITS = {"morning": range(4, 12), "afternoon": (12, 1, 2, 3, 4, 5, 6), "evening": range(4, 12), "night": (8, 9, 10, 11, 12, 1, 2, 3, 4, 5)}
# What comes at both ends of the day, the hour saying which: the school run (taking the children in,
# fetching them home: "around 4 just after the school run") and dinner (the midday meal in much of
# Britain, the evening one elsewhere: "about 2 oclock after dinner").
_EITHER_END = ((re.compile(r"\bschool run\b"), "afternoon"), (re.compile(r"\bdinner"), "afternoon"))


def _hour_in_words(words: str) -> str | None:
    found = _HOUR_INSIDE.search(words)
    if not found or not 1 <= int(found.group(1)) <= 12:
        return None
    hour = int(found.group(1))
    rest = _HOUR_INSIDE.sub(" ", words)
    named = [band for band in match_keys("time_band", rest) if band in _BAND_FITS]
    named += [band for said, band in _EITHER_END if said.search(rest) and band not in named]
    if "evening" in named and "morning" not in named and hour in (1, 2, 3, 4, 9, 10, 11):
        # The evening's words with an hour the clock puts elsewhere: "about 10 after the kids were in
        # bed" is 22:00, the night; "about 4 as it was getting dark" (blind set 108) is 16:00, the afternoon.
        named = [band for band in named if band != "evening"] + ["night" if hour >= 9 else "afternoon"]
    fitting = set(band for band in named if hour in _BAND_FITS[band])
    if len(fitting) == 1:
        return next(iter(fitting))
    if len(fitting) == 2 and "afternoon" in fitting and "night" not in fitting:  # the school run or dinner at 4, or at 8
        return "afternoon" if hour <= 5 else next(iter(fitting - {"afternoon"}))
    if hour == 12 and "night" not in named:  # "half 12" is midday unless the night is said
        return "afternoon"
    return "afternoon" if 1 <= hour <= 5 and not named else None


# Days people name by what happens on them (month, day), the most recent one meant.
_NAMED_DAYS = {
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "halloween": (10, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26), "new years eve": (12, 31), "new years day": (1, 1),
    "valentines day": (2, 14), "remembrance day": (11, 11), "armistice day": (11, 11),
}


def _easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``th ``weekday`` (Monday 0) of the month; the last one for ``n`` -1."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _moving_days(year: int) -> dict[str, date]:
    """Days named by what happens on them whose date moves from year to year (UK)."""
    easter = _easter_sunday(year)
    return {
        "remembrance sunday": _nth_weekday(year, 11, 6, 2), "good friday": easter - timedelta(days=2),
        "easter sunday": easter, "easter day": easter, "easter monday": easter + timedelta(days=1),
        "mothers day": easter - timedelta(days=21), "mothering sunday": easter - timedelta(days=21),
        "pancake day": easter - timedelta(days=47), "shrove tuesday": easter - timedelta(days=47),
        "fathers day": _nth_weekday(year, 6, 6, 3), "early may bank holiday": _nth_weekday(year, 5, 0, 1),
        "may day bank holiday": _nth_weekday(year, 5, 0, 1), "spring bank holiday": _nth_weekday(year, 5, 0, -1),
        "august bank holiday": _nth_weekday(year, 8, 0, -1),
    }


def _named_day(words: str, today: date) -> date | None:
    for year in (today.year, today.year - 1):
        named = {name: date(year, month, day) for name, (month, day) in _NAMED_DAYS.items()} | _moving_days(year)
        for name in sorted(named, key=len, reverse=True):  # "early may bank holiday" before any shorter name in it
            if re.search(rf"\b{name}\b", words) and named[name] <= today:
                return named[name]
    return None


def _last_weekday(name: str, today: date) -> date:
    """The last ``name`` day before ``today``."""
    back = (today.weekday() - _WEEKDAY_NUMBERS[name]) % 7 or 7
    return today - timedelta(days=back)


# A day of this month or last named by its number: "the 5th of this month".
_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(this|last|the last|the) month\b")


def _day_of_month(day: int, which: str, today: date, band: str | None) -> When | None:
    first = today.replace(day=1)
    if which in ("last", "the last"):
        first = (first - timedelta(days=1)).replace(day=1)
    try:
        meant = first.replace(day=day)
    except ValueError:  # "the 31st of last month" in a month of 30 days
        return None
    if meant > today:
        raise FutureDate(meant.isoformat())
    return When(day=meant, time_band=band)


# A day named beside not knowing the time: "i lost track of time but it was yesterday" is yesterday.
_A_DAY_TOO = re.compile(r"\b(?:but|though|only|it was|it were|was) (?:it was |it were |i know it was )?(?:yesterday|today|tonight|last night|this morning|this afternoon|this evening)\b")


def parse_when(text: str, today: date) -> When | None:
    """Returns the date and time of day in ``text``, or None when it cannot be read.

    Raises FutureDate for dates after ``today``, so the reply can say why it was not taken.
    """
    words = re.sub(r"\bago today\b", "ago", normalise(text))  # "a week ago today": a week ago
    words = re.sub(r"\bthis past\b|\bthis last\b", "last", words)  # "this past saturday"
    words = re.sub(r"\s+(?:of )?this year$", "", words)  # "2nd nov this year"
    words = re.sub(r"\b(days?|weeks?|months?) back\b", r"\1 ago", words)  # "ten days back"
    words = re.sub(r"^(?:way |right |all the way )?back (?=on |in |at |the |\d)", "", words)  # "back on 14 october"
    if not words:
        return None
    bands = [b for b in match_keys("time_band", words) if b != "unknown"]
    band = band_at(words) or (bands[0] if bands else None)
    if (match_keys("time_band", words) == ["unknown"] and not _A_DAY_TOO.search(words)) or words in {"do not know", "not sure", "no idea"}:
        return When(day=None, time_band=None)

    weeks_from_yesterday = re.search(rf"\b({_FEW_WEEKS}) (weeks?|fortnights?) (?:ago |back |before )?yesterday\b", words)
    if weeks_from_yesterday:  # "a week ago yesterday", "a fortnight yesterday": counted back from yesterday
        weeks = _WEEK_COUNTS[weeks_from_yesterday.group(1)] * (2 if weeks_from_yesterday.group(2).startswith("fortnight") else 1)
        return When(day=today - timedelta(days=1 + 7 * weeks), time_band=band)
    if re.search(r"\bday before yesterday\b", words):
        return When(day=today - timedelta(days=2), time_band=band)
    if re.search(r"\b(last night|yesterday)\b", words):
        return When(day=today - timedelta(days=1), time_band=band)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening)|earlier|just now|(?:hours?|hrs?|minutes?|mins?) ago)\b", words):
        return When(day=today, time_band=band)

    in_a_week = re.search(rf"\b{_WEEKDAYS}\s+(?:{_PARTS_OF_A_DAY}\s+)?(?:of\s+)?(last|this)\s+week\b|\b(last|this)\s+week\s+(?:on\s+)?{_WEEKDAYS}\b", words)
    if in_a_week:  # "thursday last week", "tuesday this week": that day of that week (weeks start on Monday)
        name = in_a_week.group(1) or in_a_week.group(4)
        monday = today - timedelta(days=today.weekday() + (7 if (in_a_week.group(2) or in_a_week.group(3)) == "last" else 0))
        meant = monday + timedelta(days=_WEEKDAY_NUMBERS[name])
        if meant > today:
            raise FutureDate(meant.isoformat())
        return When(day=meant, time_band=band)
    weeks_before = re.search(rf"\b({_FEW_WEEKS}) weeks?\s+(?:ago\s+|before\s+)?(?:last|past|gone|this past)\s+{_WEEKDAYS}\b", words)
    if weeks_before:  # "a week last monday": the monday a week before last monday
        weeks = _WEEK_COUNTS[weeks_before.group(1)]
        return When(day=_last_weekday(weeks_before.group(2), today) - timedelta(days=7 * weeks), time_band=band)
    week_ago_on = re.search(rf"\b({_FEW_WEEKS}) (weeks?|fortnights?) ago (?:on )?(?:the |a )?{_WEEKDAYS}\b", words)
    if week_ago_on:  # "a fortnight ago on the tuesday": that day of the week a fortnight back (weeks start on Monday)
        weeks = _WEEK_COUNTS[week_ago_on.group(1)] * (2 if week_ago_on.group(2).startswith("fortnight") else 1)
        then = today - timedelta(days=7 * weeks)
        return When(day=then - timedelta(days=then.weekday()) + timedelta(days=_WEEKDAY_NUMBERS[week_ago_on.group(3)]), time_band=band)
    month_ago_on = re.search(rf"\b((?:a|one|two|three|\d) months?) ago (?:on )?(?:the |a )?{_WEEKDAYS}\b", words)
    back_then = _parsed(f"{month_ago_on.group(1)} ago", today) if month_ago_on else None
    if back_then:  # "a month ago on a saturday": that day of the week, in the week a month back
        then = back_then.date()
        meant = then - timedelta(days=then.weekday()) + timedelta(days=_WEEKDAY_NUMBERS[month_ago_on.group(2)])
        return When(day=meant, time_band=band)
    weekdays_ago = re.search(rf"\b({_FEW_WEEKS}|a couple of) {_WEEKDAYS}s ago\b", words)
    if weekdays_ago:  # "two fridays ago": the friday a week before last friday
        count = 2 if weekdays_ago.group(1) == "a couple of" else _WEEK_COUNTS[weekdays_ago.group(1)]
        return When(day=_last_weekday(weekdays_ago.group(2), today) - timedelta(days=7 * (count - 1)), time_band=band)
    before_last = re.search(rf"\b{_WEEKDAYS}\s+before\s+last\b", words)
    if before_last:  # "the saturday before last": the one a week before the last one
        return When(day=_last_weekday(before_last.group(1), today) - timedelta(days=7), time_band=band)

    end_of_a_month = _END_OF_A_MONTH.search(words)
    if end_of_a_month:
        meant = _end_of_a_month(end_of_a_month, today)
        if meant > today:
            raise FutureDate(meant.isoformat())  # "the last day of november", asked on the 18th
        return When(day=meant, time_band=band)
    of_month = _DAY_OF_MONTH.search(words)
    if of_month:  # "the 5th of this month", "the 28th of last month"
        return _day_of_month(int(of_month.group(1)), of_month.group(2), today, band)
    named = _named_day(words, today)
    if named:
        return When(day=named, time_band=band)
    for phrase, ago in _ROUGHLY_AGO:
        if phrase.search(words):
            return When(day=today - ago, time_band=band)

    rest = re.sub(rf"\b(last|this|on|past)\s+{_WEEKDAYS}\b", r"\2", words)
    rest = _FILLERS.sub(" ", rest)
    rest = " ".join(rest.split())
    if not rest:
        return None
    parsed = _parsed(rest, today) or _parsed_from_the_start(rest, today)
    if parsed is None:
        return None
    if parsed.date() > today:
        raise FutureDate(parsed.date().isoformat())
    return When(day=parsed.date(), time_band=band)


def _parsed(words: str, today: date) -> datetime | None:
    return dateparser.parse(
        words,
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": datetime.combine(today, time(12, 0)),
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )


# A word that can begin a date: a number, "ago" ("two days ago on the way to work"), a weekday, a
# month ("may" only with a number, as it is also "it may have been").
_DATE_WORD = re.compile(rf"\d|\bago\b|\b{_WEEKDAYS}\b|\b(?:january|february|march|april|june|july|august|september|october|november|december|"
                        r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")


def _parsed_from_the_start(words: str, today: date) -> datetime | None:
    """The date at the start of an answer that goes on about something else: "friday after
    college", "12 november coming out of the gym". The longest start that is a date wins."""
    said = words.split()
    for end in range(len(said) - 1, 0, -1):
        start = " ".join(said[:end])
        if _DATE_WORD.search(start):
            parsed = _parsed(start, today)
            if parsed is not None:
                return parsed
    return None
