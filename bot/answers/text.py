"""Normalises how people really type (lower case, text-speak, stray punctuation) for matching."""

from __future__ import annotations

import re
import unicodedata

# Text-speak and common spellings, replaced word by word before any matching.
_SHORTHAND = {
    "cos": "because", "coz": "because", "cuz": "because", "cause": "because", "bc": "because",
    "bcos": "because", "becos": "because", "becuz": "because", "becoz": "because",
    "u": "you", "ur": "your", "r": "are", "im": "i am", "ive": "i have", "wiv": "with",
    "dunno": "do not know", "idk": "do not know", "dk": "do not know", "dno": "do not know", "dont": "do not", "didnt": "did not",
    "cant": "can not", "cannot": "can not", "wont": "will not", "isnt": "is not", "doesnt": "does not",
    "wasnt": "was not", "werent": "were not", "hasnt": "has not", "havent": "have not", "arent": "are not",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "yday": "yesterday", "yest": "yesterday", "yesterdy": "yesterday", "yestarday": "yesterday",
    "2day": "today", "tonite": "tonight", "nite": "night", "nxt": "next", "wk": "week",
    "wks": "weeks", "plz": "please", "pls": "please", "thx": "thanks", "ty": "thanks",
    "gud": "good", "rly": "really", "realy": "really", "skool": "school", "bcoz": "because", "n": "no", "y": "yes",
    # Phonetic spellings and slips, as people with learning disabilities and hurried texters write.
    "yestday": "yesterday", "yesturday": "yesterday", "yesteday": "yesterday", "yestaday": "yesterday",
    "ysterday": "yesterday", "yesterda": "yesterday", "tday": "today", "todai": "today", "2nite": "tonight",
    "mornin": "morning", "mornng": "morning", "afternon": "afternoon", "arvo": "afternoon",
    "evenin": "evening", "evning": "evening", "nigt": "night", "scool": "school", "skl": "school",
    "hom": "home", "howse": "house", "sum1": "someone", "some1": "someone", "ppl": "people",
    "freind": "friend", "frend": "friend", "shoutd": "shouted", "shoutted": "shouted",
    "threatnd": "threatened", "thretened": "threatened", "neibour": "neighbour", "nabour": "neighbour",
    "religon": "religion", "relijun": "religion", "disabilty": "disability", "dissability": "disability",
    "annonymous": "anonymous", "anonimous": "anonymous", "anonymus": "anonymous", "polise": "police",
    "pollice": "police", "poleece": "police", "wot": "what", "wat": "what", "wen": "when",
    "shure": "sure", "shor": "sure", "rember": "remember", "remeber": "remember", "jus": "just",
    "agen": "again", "agin": "again", "sry": "sorry", "thanx": "thanks", "thnx": "thanks", "thnks": "thanks",
    "cya": "see you", "wanna": "want to", "gonna": "going to", "gotta": "got to", "b4": "before",
    "abt": "about", "happend": "happened", "hapend": "happened", "hapened": "happened",
    "reprt": "report", "repot": "report", "reoprt": "report", "outsid": "outside", "hitin": "hitting",
}

_TWO_AS_TO = re.compile(
    r"(?<=[a-z]) 2 (?=(talk|speak|help|do|go|be|me|you|him|her|them|us|the|my|school|work|say|tell|get|see|stop|know|report)\b)")

# "ill do it", "i ll send it": I will, when a verb follows (not "ill" as unwell: "i feel ill").
_ILL_AS_I_WILL = re.compile(r"(?<!feel )(?<!felt )(?<!am )(?<!was )(?<!so )(?<!very )(?<!really )\b(?:i ll|ill)"
                            r"(?= (?:do|be|go|fill|send|try|make|tell|call|ring|text|let|have|get|see|come|write|report|pass|think|wait|leave|"
                            r"say|take|give|just|probably|maybe|definitely|sort|look|use|need|answer|carry|stay)\b)")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def normalise(text: str) -> str:
    """Returns lower-case words separated by single spaces, with text-speak expanded."""
    text = unicodedata.normalize("NFKC", text or "").translate(_APOSTROPHES).lower()
    text = text.replace("'", "")
    text = re.sub(r"[^\w\s/-]", " ", text)
    text = _TWO_AS_TO.sub(" to ", text)  # "someone 2 talk 2 me"; "2 weeks" and a lone "2" stay numbers
    words = [_SHORTHAND.get(word, _unstretched(word)) for word in text.replace("-", " ").split()]
    return _ILL_AS_I_WILL.sub("i will", " ".join(words))


# Short words typed with a held key ("yesss", "nooo", "mee", "helppp", "pleaseee").
_STRETCHABLE = {"yes", "no", "me", "help", "please", "ok", "hi", "so", "now", "stop"}


def _unstretched(word: str) -> str:
    plain = re.sub(r"(.)\1+$", r"\1", word)
    return plain if plain != word and plain in _STRETCHABLE else word


def contains_phrase(normalised_text: str, normalised_phrase: str) -> bool:
    """Tells whether a phrase occurs as whole words in already-normalised text."""
    return re.search(rf"(?<!\w){re.escape(normalised_phrase)}(?!\w)", normalised_text) is not None


def word_count(text: str) -> int:
    return len((text or "").split())


# A plain no said first, whatever follows it ("no they know where i am", "no keep the police out
# of it"); not "no one is here", "no idea", "no problem", "no worries".
LEADING_NO = re.compile(r"^(?:no|nope|nah)\b(?! (?:idea|clue|one|body|problem|problems|worries|bother|doubt)\b)")
