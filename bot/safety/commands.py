"""The exact words that stop a conversation and delete its answers.

Stopping forgets everything a person has told the assistant, so it follows only from one of these
said on its own (any case, with or without a full stop), never from a classifier's guess at a
longer message: "shop", "he told me to stop" and "stop hate uk told me about you" are answers.
The carriers' SMS keywords are among them (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT): the
right to stop is absolute.
"""

from __future__ import annotations

import re

from bot.answers.text import normalise

CARRIER_STOP_WORDS = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit"})
STOP_COMMANDS = CARRIER_STOP_WORDS | {
    "stop all", "stop please", "please stop", "stop now", "stop this", "exit", "delete my answers",
    "delete my answers please", "delete everything", "delete it all", "forget my answers", "/stop",
}


def is_stop_command(text: str) -> bool:
    """True if ``text`` is one of the exact words that stop and delete (see the module docstring)."""
    raw = (text or "").strip().lower()
    return raw == "/stop" or normalise(raw) in STOP_COMMANDS


_WANTS_TO_STOP = re.compile(
    r"\b(?:i|we|me)\s+(?:just\s+|really\s+)?(?:want|wanna|would like|need|have|got)\s+(?:to\s+)?"
    r"(?:stop|quit|end|finish|leave|cancel|delete|give up)\b|"
    r"\b(?:can|could|may|shall)\s+(?:i|we)\s+(?:please\s+)?(?:stop|quit|end|finish|leave|cancel|delete)\b|"
    r"\b(?:do not|dont|not)\s+want\s+to\s+(?:do|carry on|continue|go on|answer|finish)\s+(?:this|it|any ?more)\b|"
    r"\b(?:stop|delete|forget|cancel|end)\s+(?:the|this|my)\s+(?:report|chat|conversation|answers|form)\b"
)


def sounds_like_stopping(text: str) -> bool:
    """True if ``text`` asks to stop in words other than a command ("i want to stop", "can we end
    this"): the assistant asks before deleting anything, rather than taking it as an answer."""
    return _WANTS_TO_STOP.search(normalise(text)) is not None


# Going back clears the answer before, so it follows only from words that ask for it ("back", "go
# back one", "i got that wrong", "change my last answer"), never from the classifier's guess alone
# (it heard going back in "can i answer in bengali", blind set 35).
_GOING_BACK = re.compile(
    r"\b(?:back|bak|previous|undo|rewind|mistake)\b|\bthe one before\b|\b(?:last|previous|earlier|other) (?:question|answer|one|step|bit)\b|"
    r"\bchange (?:my|the|that|an) (?:last |previous |earlier |other )?answer\b|\b(?:got|put|typed|said|pressed) (?:it |that |the \w+ )?wrong\b|"
    r"\bwrong (?:answer|one|button)\b"
)


def sounds_like_going_back(text: str) -> bool:
    """True if ``text`` asks to go back to the question before, in any words."""
    return _GOING_BACK.search(normalise(text)) is not None
