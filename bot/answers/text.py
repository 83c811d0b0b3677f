"""Normalises how people really type (lower case, text-speak, stray punctuation) for matching."""

from __future__ import annotations

import re
import unicodedata

# Text-speak and common spellings, replaced word by word before any matching.
_SHORTHAND = {
    "cos": "because", "coz": "because", "cuz": "because", "cause": "because", "bc": "because",
    "bcos": "because", "becos": "because", "becuz": "because", "becoz": "because",
    "u": "you", "ur": "your", "r": "are", "im": "i am", "ive": "i have", "wiv": "with",
    "dunno": "do not know", "idk": "do not know", "dont": "do not", "didnt": "did not",
    "cant": "can not", "cannot": "can not", "wont": "will not", "isnt": "is not",
    "yday": "yesterday", "yest": "yesterday", "yesterdy": "yesterday", "yestarday": "yesterday",
    "2day": "today", "tonite": "tonight", "nite": "night", "nxt": "next", "wk": "week",
    "wks": "weeks", "plz": "please", "pls": "please", "thx": "thanks", "ty": "thanks",
    "gud": "good", "skool": "school", "bcoz": "because", "n": "no", "y": "yes",
}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def normalise(text: str) -> str:
    """Returns lower-case words separated by single spaces, with text-speak expanded."""
    text = unicodedata.normalize("NFKC", text or "").translate(_APOSTROPHES).lower()
    text = text.replace("'", "")
    text = re.sub(r"[^\w\s/-]", " ", text)
    words = [_SHORTHAND.get(word, word) for word in text.replace("-", " ").split()]
    return " ".join(words)


def contains_phrase(normalised_text: str, normalised_phrase: str) -> bool:
    """Tells whether a phrase occurs as whole words in already-normalised text."""
    return re.search(rf"(?<!\w){re.escape(normalised_phrase)}(?!\w)", normalised_text) is not None


def word_count(text: str) -> int:
    return len((text or "").split())
