"""Redacts personal identifiers from free text before it is stored anywhere.

Each identifier becomes a typed placeholder (``[PHONE]``, ``[NAME]`` ...) so the account stays
readable; a full postcode becomes its district (``SO14 3AB`` -> ``SO14``), as the contract keeps.
Words that describe the hate ("he called me a ...") are not identifiers and are left alone.

Phone numbers are found with Google's libphonenumber (``phonenumbers``) plus a fallback for long
digit runs; names with a first-name dictionary, capitalisation and cues ("my neighbour", "Mr");
the rest with rules for UK formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from bot.privacy.postcodes import cut_postcodes
from bot.privacy.names import COMMON_WORDS, is_first_name


@dataclass(frozen=True, order=True)
class Found:
    start: int
    end: int
    kind: str


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS},?\s+\d{{2,4}}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
_STREET_WORDS = (
    "street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|ct|place|pl|terrace|"
    "gardens|grove|hill|square|walk|row|mews|parade|view|rise|green|estate|house|tower"
)
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("URL", re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|co\.uk|org\.uk|org|net|uk|io|me|info)\b(?:/\S*)?", re.I)),
    ("HANDLE", re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,30}\b")),
    ("NI_NUMBER", re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I)),
    ("DOB", re.compile(rf"(?<=\b)(?:born(?:\s+on)?|dob|d\.o\.b\.?|date\s+of\s+birth(?:\s+is)?|birthday\s+is)[:\s]+{_DATE}", re.I)),
    ("ADDRESS", re.compile(
        rf"\b(?:(?:flat|apartment|apt|unit)\s+\d+[a-z]?,?\s+)?\d+[a-z]?,?\s+(?:[A-Za-z'-]+\s+){{0,3}}(?:{_STREET_WORDS})\b", re.I)),
    ("VEHICLE_REG", re.compile(r"\b(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3})\b", re.I)),
    ("PHONE", re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\s().-]?\d){9,13}(?!\w)")),
]
# Addresses of this machine's own services, as in log lines: never a person's.
_LOCAL_URL = re.compile(r"https?://(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])(?::\d+)?(?:/|$)", re.I)
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir"}
_NAME_CUES = {
    "neighbour", "neighbor", "neighbours", "landlord", "landlady", "boss", "manager", "teacher", "colleague",
    "friend", "husband", "wife", "partner", "boyfriend", "girlfriend", "son", "daughter", "brother", "sister",
    "mum", "dad", "uncle", "aunt", "auntie", "cousin", "carer", "named", "called", "nephew", "niece", "grandson",
    "granddaughter", "flatmate", "housemate", "supervisor", "driver",
}
_NAME_PHRASE_CUES = ("name is", "names are", "name's", "known as", "goes by")
# Words around a capitalised word that say it is a person: "Kwame who helped", "by Liam".
_PERSON_BEFORE = {"by", "with", "told", "asked", "tell", "ask", "from", "want", "wants", "because", "saw", "met",
                  "know", "knows", "let", "and"}
# Before these, two capitalised words are more likely a place ("in Moss Side") than a person.
_PLACE_BEFORE = {"in", "at", "near", "on", "to", "into", "outside", "opposite"}
_PERSON_AFTER = {"who", "whom", "said", "says", "told", "shouted", "screamed", "texted", "messaged", "hit", "punched"}
_WORD = re.compile(r"\b[A-Za-z][A-Za-z'-]*\b")


def _phones(text: str) -> list[Found]:
    matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.VALID)
    return [Found(m.start, m.end, "PHONE") for m in matcher]


def _capitalised(word: str) -> bool:
    """A capitalised word that is not a common word or a short acronym ("NI", "GP", "BBC")."""
    acronym = word.isupper() and len(word) <= 4
    return word[:1].isupper() and not acronym and word.lower() not in COMMON_WORDS


def _sentence_start(text: str, word: re.Match[str]) -> bool:
    before = text[: word.start()].rstrip()
    return not before or before[-1] in ".!?\n:"


def _next_word(words: list[re.Match[str]], i: int) -> str:
    return words[i + 1].group(0).lower() if i + 1 < len(words) else ""


def _names(text: str) -> list[Found]:
    # Words of a placeholder already made ("[NAME]") are not looked at again.
    words = [w for w in _WORD.finditer(text) if not (w.start() and text[w.start() - 1] == "[")]
    found: list[Found] = []
    i = 0
    while i < len(words):
        word = words[i].group(0)
        before = text[: words[i].start()].rstrip()
        previous = words[i - 1].group(0).lower() if i else ""
        cue = previous in _NAME_CUES or before.lower().endswith(_NAME_PHRASE_CUES)
        is_name = False
        start = words[i].start()
        if previous in _PLACE_BEFORE and _capitalised(word) and not is_first_name(word):
            # A place's name after "in"/"at" ("in Moss Side"): skip its capitalised words.
            while i + 1 < len(words) and _capitalised(words[i + 1].group(0)):
                i += 1
            i += 1
            continue
        if word.lower() in _TITLES and i + 1 < len(words) and words[i + 1].group(0)[:1].isupper():
            is_name, i = True, i + 1
        elif cue and (_capitalised(word) or is_first_name(word)) and word.lower() not in COMMON_WORDS:
            is_name = True
        elif _capitalised(word) and is_first_name(word):
            # Capitalised and in the first-name dictionary, ordinary words excluded: "Liam", "Priya".
            is_name = True
        elif _capitalised(word) and i and (previous in _PERSON_BEFORE or _next_word(words, i) in _PERSON_AFTER):
            is_name = True
        elif _capitalised(word) and i and previous not in _PLACE_BEFORE and not _sentence_start(text, words[i]) \
                and i + 1 < len(words) and _capitalised(words[i + 1].group(0)) \
                and text[words[i].end(): words[i + 1].start()] == " ":
            is_name = True  # a full name mid-sentence: "because Kwame Mensah hates my family"
        if is_name:
            end = words[i].end()
            # A surname: the next word, capitalised and right after.
            if i + 1 < len(words) and text[end: words[i + 1].start()].strip() == "" and _capitalised(words[i + 1].group(0)):
                i += 1
                end = words[i].end()
            found.append(Found(start, end, "NAME"))
        i += 1
    return found


def find(text: str, names: bool = True) -> list[Found]:
    """Returns the identifiers in ``text``, earlier rules winning where two overlap.

    ``names=False`` leaves name-like words alone, for text known to be a place: many towns are
    also first names (Shirley, Beverley, Stanley)."""
    candidates: list[Found] = []
    for kind, pattern in _RULES[:-1]:
        candidates += [
            Found(m.start(), m.end(), kind) for m in pattern.finditer(text)
            if not (kind == "URL" and _LOCAL_URL.match(m.group(0)))
        ]
    candidates += _phones(text)
    candidates += [Found(m.start(), m.end(), "PHONE") for m in _RULES[-1][1].finditer(text)]
    candidates += _names(text) if names else []
    chosen: list[Found] = []
    for candidate in candidates:  # in rule order: the first claim on a stretch of text wins
        if all(candidate.end <= c.start or candidate.start >= c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen)


def redact(text: str, names: bool = True) -> str:
    """Returns ``text`` with every identifier replaced by its placeholder and postcodes cut."""
    if not text:
        return text
    text = cut_postcodes(text)  # first, so an inward code ("3AB") is never mistaken for a word
    pieces, last = [], 0
    for found in find(text, names=names):
        pieces.append(text[last: found.start])
        pieces.append(f"[{found.kind}]")
        last = found.end
    pieces.append(text[last:])
    return "".join(pieces)
