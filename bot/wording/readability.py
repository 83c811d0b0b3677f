"""Easy-read and plain-English rules for the assistant's texts, as a checker that names each problem.

Easy read (the standard for people with learning disabilities): at most 15 words in a sentence
and 50 in a message, one idea per sentence, Flesch-Kincaid grade at most 5, no abbreviations or
acronyms (999 and 101 allowed), no contractions, numbers as digits, no idioms, at most 5 choices,
and the glossary's one word for one thing. Standard wording: Flesch-Kincaid grade at most 8.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

EASY_GRADE, STANDARD_GRADE = 5.0, 8.0
MAX_SENTENCE_WORDS, MAX_MESSAGE_WORDS, MAX_CHOICES = 15, 50, 5
ALLOWED_NUMBERS_AS_CAPITALS = {"999", "101"}
# Capitalised words that are names, not acronyms; a reference code example is not an acronym either.
ALLOWED_CAPITALS = {"I", "OK"}
_CONTRACTION = re.compile(r"\b\w+'(s|t|re|ve|ll|d|m)\b", re.IGNORECASE)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,}(?:-[A-Z0-9]+)?\b")
_NUMBER_WORDS = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|fourteen|fifteen)\b", re.IGNORECASE)
_IDIOMS = ("at the end of the day", "in a nutshell", "get the ball rolling", "keep an eye", "on the same page",
           "piece of cake", "touch base", "bear with", "hang in there", "the bottom line", "take your time",
           "in the loop", "up to you", "fill in", "carry on", "get in touch", "reach out", "follow up")
_JOINED_IDEAS = re.compile(r";|,\s*(?:and|but|or|so|which|because)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_REFERENCE = re.compile(r"\b[A-Z0-9]{3}-[A-Z0-9]{3}\b")  # a report's reference code, said as it is written


@dataclass(frozen=True)
class Problem:
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.detail}"


@lru_cache(maxsize=1)
def glossary() -> dict[str, list[str]]:
    return yaml.safe_load(resources.files(__package__).joinpath("glossary.yml").read_text("utf-8"))


def _plain(text: str) -> str:
    """The text as a reader meets it: placeholders count as one word, quotes and links dropped,
    each line of a list read as a sentence of its own."""
    text = _PLACEHOLDER.sub("something", text)
    text = re.sub(r"(?<![.!?:])\s*\n\s*", ". ", text.strip())
    text = re.sub(r"https?://\S+", "the website", text)
    return text.replace('"', "").replace("“", "").replace("”", "")


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", _plain(text).strip())
    return [p.strip() for p in parts if re.search(r"\w", p)]


def words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", _plain(text))


def grade(text: str) -> float:
    import textstat

    return float(textstat.flesch_kincaid_grade(_plain(text)))


def check(text: str, easy: bool, choices: int = 0) -> list[Problem]:
    """Every rule ``text`` breaks: the easy-read rules when ``easy``, else the standard grade."""
    problems: list[Problem] = []
    limit = EASY_GRADE if easy else STANDARD_GRADE
    if len(words(text)) >= 4 and grade(text) > limit:
        problems.append(Problem("grade", f"Flesch-Kincaid grade {grade(text):.1f} is over {limit:g}"))
    if not easy:
        return problems
    for sentence in sentences(text):
        count = len(words(sentence))
        if count > MAX_SENTENCE_WORDS:
            problems.append(Problem("sentence length", f"{count} words (most {MAX_SENTENCE_WORDS}): {sentence!r}"))
        if _JOINED_IDEAS.search(sentence):
            problems.append(Problem("one idea per sentence", f"joined ideas in {sentence!r}"))
    if len(words(text)) > MAX_MESSAGE_WORDS:
        problems.append(Problem("message length", f"{len(words(text))} words (most {MAX_MESSAGE_WORDS})"))
    for match in _CONTRACTION.finditer(text):
        problems.append(Problem("contraction", match.group(0)))
    for match in _ACRONYM.finditer(_REFERENCE.sub("", _PLACEHOLDER.sub("", text))):
        if match.group(0) not in ALLOWED_CAPITALS | ALLOWED_NUMBERS_AS_CAPITALS:
            problems.append(Problem("abbreviation", match.group(0)))
    for match in _NUMBER_WORDS.finditer(text):
        problems.append(Problem("number as a word", match.group(0)))
    lowered = text.lower()
    for idiom in _IDIOMS:
        if idiom in lowered:
            problems.append(Problem("idiom", idiom))
    for word, avoid in glossary().items():
        for other in avoid:
            if re.search(rf"\b{re.escape(other)}\b", lowered):
                problems.append(Problem("glossary", f"say {word!r}, not {other!r}"))
    if choices > MAX_CHOICES:
        problems.append(Problem("choices", f"{choices} choices (most {MAX_CHOICES})"))
    return problems
