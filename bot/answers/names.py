"""Whether an answer to "anonymous or named?" keeps the person's name off the report, however it is
said: "delete my name from it", "scrap my name from the form", "i dont want anyone knowing my name",
"i dont want them knowing who i am".

The cue words (bot/answers/cues.yml, ``anonymous``) hold the usual ways; these are the ways they
cannot list: a name taken away by any verb of removing, its use stopped ("quit using my name"),
"my name" under a "not" or a "no", or followed by one ("i would rather my name wasnt on it").
"i dont mind my name being used" is named: not minding is no refusal.
"""

from __future__ import annotations

import re

from bot.answers.text import normalise

_REMOVED = re.compile(
    r"\b(?:delete|deleting|remove|removing|take|taking|scrap|scrapping|cancel|wipe|drop|blank|leave|strip|cut|erase|rub|cross|hide|omit|keep|"
    # Striking a name off as from a list: "strike my name off", "scratch my name out", "black my name out".
    r"strike|striking|scratch|knock|black|white|blot|block|redact|mask|withhold|hold back|pull|miss|missing|skip|conceal)"
    r"(?:(?: out| off| away) (?:my|our) (?:real |full |own |proper |actual )?names?\b|"
    # Without "out" or "off" first, a name left "on" or "in" is kept: "keep my name on it".
    r" (?:my|our) (?:real |full |own |proper |actual )?names?\b(?! (?:on|in|there|down|is|as)\b))")
_DENIED = re.compile(r"\b(?:do not|does not|did not|never|not|no|nobody|no one|without)\b(?: \w+){0,4}? (?:my|our) (?:real |full |own |proper |actual )?names?\b|"
                     # Who the person is kept from them: "i dont want them knowing who i am".
                     # Who hears of it may be named too: "i dont want anyone on the estate to know it was me".
                     r"\b(?:do not|does not|did not|never|not|no|nobody|no one)\b(?: \w+){0,8}? (?:know|knowing|find out|finding out|see|seeing|learn) "
                     r"(?:who i am|who we are|it was me|it was us|who reported|who made the report)\b")
# The name said after, and kept off: "i would rather my name wasnt on it", "id rather my name was not used".
_KEPT_OFF_AFTER = re.compile(r"\b(?:my|our) (?:real |full |own |proper |actual )?names? (?:was not|were not|is not|was never|is never|not|never|did not|does not|would not|will not|should not) "
                             r"(?:be |go |get |\w+ )?(?:on|in|used|given|put|shown|there|included|mentioned|go|be|appear|appearing|known|shared|passed on)\b")
# The name said first, then what is done to keep it off: "i want my name kept out of it" (blind set 85 stored it as named).
_KEPT_AWAY_AFTER = re.compile(r"\b(?:my|our) (?:real |full |own |proper |actual )?names? (?:to be |being |be )?(?:(?:kept|left|taken|held|struck|crossed|"
                              r"blanked|blacked|rubbed|scratched|missed|cut) (?:out|off|away|back)\b|(?:removed|withheld|hidden|deleted|redacted|omitted|"
                              r"wiped|scrapped|taken away|kept (?:private|secret|quiet|confidential|anonymous))\b)")
# The use of the name stopped: "quit using my name", "stop putting my name on it".
_STOPPED_USING = re.compile(r"\b(?:quit|stop|cease|no more|no longer) (?:using|putting|showing|sharing|giving out|printing|writing) "
                            r"(?:my|our) (?:real |full |own |proper |actual )?names?\b")
_NOT_MINDING = re.compile(r"\b(?:do not|does not|did not) (?:mind|care)\b|\bnot (?:bothered|fussed|worried|a problem)\b|"
                          r"\bno (?:problem|issue|worries|bother)\b|\b(?:does not|do not) matter\b")


def keeps_name_off(text: str) -> bool:
    """True if ``text`` asks for the report without the person's name."""
    said = normalise(text)
    kept_off = _REMOVED.search(said) or _DENIED.search(said) or _KEPT_OFF_AFTER.search(said) or _KEPT_AWAY_AFTER.search(said) or _STOPPED_USING.search(said)
    return bool(kept_off) and not _NOT_MINDING.search(said)
