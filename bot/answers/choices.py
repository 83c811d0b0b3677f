"""Maps an answer (free text, a number or a button press) to stored values of one list."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Sequence

import yaml

from bot.answers.text import normalise

# Keys that mean "none of these" and give way when a real choice is named beside them.
_GIVE_WAY = {"none", "not_sure", "unknown"}

_NUMBER_WORDS = {
    "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
    "five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8,
    "eighth": 8, "nine": 9, "ninth": 9, "ten": 10, "tenth": 10,
}
_NUMBER_TOKEN = re.compile(r"^(\d{1,2})[.)]?$")
_SEPARATORS = {"and", "&", "+", "or", "number", "no", "option"}


@lru_cache(maxsize=None)
def cues() -> dict[str, dict[str, list[str]]]:
    """Returns every list's cue phrases, normalised the way answers are."""
    raw = yaml.safe_load(resources.files("bot.answers").joinpath("cues.yml").read_text("utf-8"))
    unquoted = [(name, key, p) for name, entries in raw.items() for key, phrases in entries.items() for p in phrases
                if not isinstance(p, str)]
    if unquoted:  # YAML reads a bare yes, no, on or true as a boolean, not the word
        raise ValueError(f"cues.yml: quote these phrases: {unquoted}")
    return {
        list_name: {str(key): [normalise(str(p)) for p in phrases] for key, phrases in entries.items()}
        for list_name, entries in raw.items()
    }


@lru_cache(maxsize=None)
def _phrases_longest_first(list_name: str) -> list[tuple[str, tuple[str, ...]]]:
    """Returns (phrase, keys it names) pairs, longest phrase first; a phrase may name several
    keys ("place" names both the kind of place and the area)."""
    keys_by_phrase: dict[str, list[str]] = {}
    for key, phrases in cues()[list_name].items():
        for phrase in phrases:
            keys_by_phrase.setdefault(phrase, []).append(key)
    return sorted(((p, tuple(k)) for p, k in keys_by_phrase.items()), key=lambda pair: -len(pair[0]))


# "not really sure", "not 100% sure": not sure, however it is qualified. This and the contractions
# below are read here, not in normalise: the classifier's tokenizer shares normalise, and its
# held-out accuracy moved by chance with them (0.910 to 0.898).
_QUALIFIED_NOT_SURE = re.compile(r"\bnot (?:really|totally|100|100 percent|entirely|quite|too|that|completely|fully|exactly|very|so) sure\b")


# "they'd" typed without its apostrophe ("shed", "wed", "hell" are words of their own).
_CONTRACTIONS = {"theyd": "they would", "theyll": "they will", "theyre": "they are", "hed": "he would", "youd": "you would",
                 "youll": "you will", "youre": "you are", "itll": "it will", "hadnt": "had not"}


# "my 15 year old", "our 6yr old": a child of the person's.
_THEIR_CHILD = re.compile(r"\b(my|our) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                          r"fifteen|sixteen|seventeen) ?(?:year|yr|years|yrs|y o|yo) ?olds?\b")


# "it never really stopped", "it has never once stopped": the negation, not the hedge, is the answer.
_HEDGED_NEGATION = re.compile(r"\b(never|not) (?:really|actually|truly|properly|fully|completely|quite|totally|once|ever|yet) (?=(?:stop|end|finish|go away|gone|went)\w*\b)")


# "leave my family alone", "leave him alone": whoever is named, they are to be left alone.
_LEAVE_ALONE = re.compile(r"\bleave (?:him |her |them |(?:my|our|his|her|their) (?:\w+ ){1,3}?)alone\b")


# "kind of but not really", "sort of not really", "yes and no": a yes taken back in the same
# breath is not sure.
_YES_AND_NO = re.compile(r"(?:\b(?:kind of|sort of|kinda|sorta|a bit|a little|partly|in a way|yes|yeah|yep)\s+(?:but|and)\s+(?:also\s+)?"
                         r"|^(?:kind of|sort of|kinda|sorta|partly|in a way)\s+)(?:not really|no|nope|not quite|not completely|not totally|not fully)$")


# "cant really say", "i honestly forget", "i honestly couldnt tell you": not knowing, whatever
# "really" says beside it.
_HEDGED_NOT_KNOWING = re.compile(r"\b(can not|could not|do not|did not|i) (?:really|honestly|truly|quite|exactly|actually|genuinely|just) "
                                 r"(?=(?:say|tell|know|remember|recall|forget|forgot|have no idea|could not|can not|do not|did not|have no)\b)")


def _said(text: str) -> str:
    words = " ".join(_CONTRACTIONS.get(word, word) for word in normalise(text).split())
    words = re.sub(r"\bevery single\b", "every", words)  # "every single week"
    words = _LEAVE_ALONE.sub("leave us alone", words)
    words = _YES_AND_NO.sub("not sure", words)
    words = _HEDGED_NOT_KNOWING.sub(r"\1 ", words)
    words = _HEDGED_NEGATION.sub(r"\1 ", words)
    return _THEIR_CHILD.sub(r"\1 child", _QUALIFIED_NOT_SURE.sub("not sure", words))


@lru_cache(maxsize=None)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A cue phrase as whole words; one of four letters or more also in the plural ("hearing aids")."""
    plural = "s?" if len(phrase) >= 4 and not phrase.endswith("s") else ""
    return re.compile(rf"(?<=\s){re.escape(phrase)}{plural}(?=\s)")


def match_keys(list_name: str, text: str) -> list[str]:
    """Returns every key of ``list_name`` named in ``text``, in the order they appear.

    Longer phrases are matched first and their words consumed, so "gender identity" counts as
    transgender identity only. "None"/"not sure" answers give way to real choices named with them.
    """
    remaining = f" {_said(text)} "
    found: list[tuple[int, str]] = []
    for phrase, keys in _phrases_longest_first(list_name):
        pattern = _phrase_pattern(phrase)
        for match in pattern.finditer(remaining):
            found.extend((match.start(), key) for key in keys)
        remaining = pattern.sub(lambda m: "#" * len(m.group(0)), remaining)
    ordered: list[str] = []
    for _, key in sorted(found):
        if key not in ordered:
            ordered.append(key)
    real = [key for key in ordered if key not in _GIVE_WAY]
    return real if real else ordered


def match_one(list_name: str, text: str) -> str | None:
    """Returns the single key named in ``text``; where several are named, the longest phrase wins."""
    remaining = f" {_said(text)} "
    for phrase, keys in _phrases_longest_first(list_name):
        if _phrase_pattern(phrase).search(remaining):
            return keys[0]
    return None


# Words of politeness, which the yes-or-no cues read as yes ("please" to an offer of help).
_POLITENESS = re.compile(r"\b(?:please|pls|plz|thanks|thank you|ta|cheers)\b")


def yes_only_from_politeness(text: str, alone_is_yes: bool = True) -> bool:
    """True if the only yes in a message is a please or a thanks: "keep my name off it please" at "do
    you want the police involved?" is no yes. "please" alone still is, unless ``alone_is_yes`` is
    False (at "are you safe right now?" it is no answer)."""
    rest = _POLITENESS.sub(" ", normalise(text))
    if alone_is_yes and not rest.strip():
        return False
    return match_one("yes_no", text) == "yes" and match_one("yes_no", rest) is None


def numbered_choices(text: str, options: Sequence[str]) -> list[str] | None:
    """Reads a reply made only of choice numbers ("1", "1.", "one", "1 3", "2 and 4").

    Returns the chosen options in order, or None when the reply is not only numbers or names a
    number that is not on the list, so "2 weeks ago" is never read as choice 2.
    """
    tokens = [t for t in re.split(r"[\s,;/]+", (text or "").strip().lower()) if t]
    picked: list[str] = []
    for token in tokens:
        number_match = _NUMBER_TOKEN.match(token)
        if number_match:
            number = int(number_match.group(1))
        elif token.rstrip(".") in _NUMBER_WORDS:
            number = _NUMBER_WORDS[token.rstrip(".")]
        elif token in _SEPARATORS:
            continue
        else:
            return None
        if not 1 <= number <= len(options):
            return None
        if options[number - 1] not in picked:
            picked.append(options[number - 1])
    return picked or None
