"""Reads a message the way the safety layer needs it: contractions spelt out ("he's" -> "he is",
"they're" -> "they are", also written without the apostrophe: "hes", "theyre", "there banging"),
text-speak expanded with the answer readers' table (bot.answers.text), dropped final g's put back
("followin" -> "following") and near-misses of the words danger is told in corrected ("folowing",
"threatning", "outisde"), so the detectors can match a few plain phrases.

The person's words are never changed; this is only what the detectors look at.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.answers.text import normalise

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})

# Contractions as written with an apostrophe, spelt out before the apostrophes are dropped (after
# which "we're" and "were" could not be told apart).
_WITH_APOSTROPHE = (
    (re.compile(r"\b(he|she|it|that|there|who|what|someone|somebody|everyone|nobody|man|guy)'s\b"), r"\1 is"),
    (re.compile(r"\b(they|we|you|there)'re\b"), r"\1 are"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bain't\b"), "is not"),
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1 will"),
    (re.compile(r"\b(\w+)'ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)'d\b"), r"\1 would"),
)

# The same contractions and the spellings of hurried texting, written without the apostrophe.
_WORDS = {
    "hes": "he is", "shes": "she is", "theyre": "they are", "thier": "their", "youre": "you are",
    "theyve": "they have", "weve": "we have", "youve": "you have",
    "whos": "who is", "whats": "what is", "thats": "that is", "theres": "there is", "its": "it is", "someones": "someone is",
    "rn": "right now", "atm": "at the moment", "rite": "right", "tryna": "trying to", "gna": "going to",
    "gunna": "going to", "goin": "going", "bout": "about", "ova": "over", "outsde": "outside",
    "outsyd": "outside", "owtside": "outside", "plz": "please", "pleas": "please",
    "plez": "please", "halp": "help", "hlp": "help", "helpp": "help", "hellp": "help", "hep": "help",
    "nife": "knife", "knif": "knife", "nif": "knife", "kife": "knife", "gangs": "gang", "lyk": "like",
    "luv": "love", "nah": "no", "naw": "no", "ded": "dead", "myslf": "myself", "meself": "myself",
    "mysef": "myself", "mysel": "myself", "selfharm": "self harm", "selfharming": "self harming",
    "kys": "kill yourself", "kms": "kill myself", "sui": "suicidal", "unalive": "kill", "sucide": "suicide", "suiside": "suicide",
    "suicde": "suicide", "suacide": "suicide", "sewerside": "suicide", "suicidle": "suicidal",
    "beatin": "beating",
}

# "there/their" where "they're" was meant: before a word that only "they are" can go with. Not the
# place after a word that goes to or from it: "i am miles away from there on the train" (blind set 108
# heard "they are on the train").
_THEY_ARE = re.compile(
    r"(?<!\bfrom )(?<!\bof )(?<!\bto )(?<!\bout )(?<!\bover )(?<!\bup )(?<!\bdown )(?<!\bin )(?<!\bback )(?<!\bgo )(?<!\bwent )(?<!\bgot )(?<!\bbeen )(?<!\bleft )"
    r"\b(there|their)\s+(?=(outside|here|at|in|inside|back|still|coming|going|following|chasing|"
    r"waiting|watching|banging|kicking|hitting|trying|throwing|shouting|smashing|breaking|after|"
    r"round|around|everywhere|on|by|near|next)\b)"
)

_HAS = re.compile(r"\bis (got|been|gone|had)\b")

# Verbs danger is told with, as "-ing" words: a dropped g ("followin") or a near-miss is put right.
ING_WORDS = (
    "following", "chasing", "hitting", "attacking", "hurting", "punching", "kicking", "beating",
    "threatening", "banging", "knocking", "smashing", "breaking", "throwing", "waiting", "watching",
    "standing", "sitting", "coming", "stalking", "choking", "strangling", "stabbing", "grabbing",
    "pushing", "surrounding", "blocking", "trying", "shouting", "screaming", "swearing", "hiding",
    "bleeding", "running", "lurking", "circling", "slapping", "biting", "spitting", "shooting",
    "touching", "holding", "waving", "carrying", "getting", "staring", "burning", "cutting",
    "harming", "killing", "dying", "starving", "jumping", "hanging", "ending", "living", "going",
    "being", "doing", "saying", "calling", "ringing", "screaming", "hammering", "climbing", "looking",
)
# Other words a near-miss of which is put right (only words of 5 letters or more, so short words
# are never changed into something else).
_KEY_WORDS = (
    "outside", "knife", "knives", "weapon", "machete", "danger", "dangerous", "emergency", "threatened",
    "followed", "attacked", "scared", "frightened", "terrified", "police", "please", "suicide",
    "suicidal", "myself", "overdose", "tablets", "kill", "alive", "anymore", "window", "windows",
    "downstairs", "upstairs", "garden", "letterbox", "petrol", "hammer", "bleeding", *ING_WORDS,
)


def _near(word: str, target: str) -> bool:
    """True if ``word`` is ``target`` with one letter left out or added, or two letters swapped.

    A changed letter is not counted: "writing" is a word of its own, not a slip for "waiting".
    """
    if len(word) == len(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == target[diffs[1]] and word[diffs[1]] == target[diffs[0]]
    if abs(len(word) - len(target)) != 1:
        return False
    short, long_ = (word, target) if len(word) < len(target) else (target, word)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=4096)
def _corrected(word: str) -> str:
    if word.endswith("in") and word + "g" in ING_WORDS:
        return word + "g"
    if len(word) < 5 or word in _KEY_WORDS:
        return word
    for target in _KEY_WORDS:
        if len(target) >= 6 and word[0] == target[0] and _near(word, target):
            return target
    return word


def safety_text(text: str) -> str:
    """Returns ``text`` as the safety detectors read it: lower case words, one space apart."""
    text = unicodedata.normalize("NFKC", text or "").translate(_APOSTROPHES).lower()
    for pattern, spelt_out in _WITH_APOSTROPHE:
        text = pattern.sub(spelt_out, text)
    words = []
    for word in normalise(text).split():
        words.extend(_WORDS.get(word, word).split())
    text = _THEY_ARE.sub("they are ", " ".join(_corrected(w) for w in words))
    text = _HAS.sub(r"has \1", text)  # "he's got" is "he has got", not "he is got"
    return " ".join(text.split())
