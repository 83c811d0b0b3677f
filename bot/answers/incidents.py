"""What happened, as the kinds of incident the record counts, read from the person's own words.

The cue words (bot/answers/cues.yml, ``incident_type``) name most kinds; a few words mean one kind
or another by what they were done to, and those are read here:

- struck at a thing is damage, not an assault ("kicked my fence down", "punched the car window");
- something thrown at a person is an assault ("threw eggs at me"), thrown at a window is damage;
- damage threatened is a threat, not damage done ("said he would burn the house down");
- a grab or a touch told as sexual is the sexual assault, not another kind ("grabbed me in a sexual way");
- "abuse" says what, not how: "abuse on instagram" is online abuse only, "called me names on
  facebook" both online and said.
"""

from __future__ import annotations

import re

from bot.answers.choices import match_keys
from bot.answers.text import normalise

_ABUSE_ITSELF = frozenset({"abuse", "abused", "abusive", "abusing"})
_THINGS = (r"(?:door|doors|front door|back door|car|cars|van|fence|fences|fence panel|fence panels|gate|gates|window|windows|"
           r"windscreen|wing mirror|mirror|mirrors|shed|wall|walls|bin|bins|bike|bikes|letterbox|letter box|garage|garage door|"
           r"property|house|flat|tyre|tyres|plant pots|pots|sign|camera|doorbell|door bell|car door|car window|motorbike|scooter)")
# A blow at a thing: "kicked my fence down", "punched the car window", "kicked in the door".
_STRUCK_A_THING = re.compile(r"\b(?:kick|kicked|kicking|kicks|hit|hitting|hits|punch|punched|punching|bang|banged|banging|"
                             r"stamp|stamped|stamping|stamped on|thumped|thumping|jumped on|jumping on|smashed|smashing|booted)"
                             rf"(?: (?:in|down|over|at))? (?:my|our|the|his|her|their|a|an) (?:\w+ )?{_THINGS}(?: (?:in|down|over|off))?\b")
# Something thrown at a person is an assault; thrown at a car or through a window, damage.
_THROWN_AT_SOMEONE = re.compile(r"\b(?:threw|thrown|throw|throwing|chucked|chucking|lobbed|hurled|pelted)\b(?:\s+\w+){0,4}?\s+"
                                r"(?:at|over|on|in) (?:me|us|him|her|them|my (?:face|head|son|daughter|child|kids|wife|husband|partner|friend|mum|dad))\b"
                                r"|\bpelted (?:me|us)\b")
# A hand laid on someone, which is the sexual assault where the words say it was sexual.
_TOUCHED = re.compile(r"\b(?:grabbed|grabbing|grab|grabs|touched|touching|touch|touches|felt|groped)\b")
# Damage threatened, not done: "threatened to set my house on fire", "said he would smash my car".
_ONLY_THREATENED_DAMAGE = re.compile(
    r"^(?!.*\b(?:and|then) (?:they |he |she )?(?:did|smashed|broke|burnt|burned|damaged|set fire|kicked|scratched|keyed)\b)"
    r".*\b(?:threaten\w*|said (?:he|she|they) (?:would|will|d|was going to|were going to)|going to|gonna) (?:to )?(?:\w+ ){0,1}"
    r"(?:burn|set|smash|torch|wreck|damage|break|trash|kick in|kick|petrol bomb|firebomb)\b")


def incident_kinds(text: str) -> list[str]:
    """The kinds of incident ``text`` tells, in the order named; none if it names none."""
    said = normalise(text)
    kinds = match_keys("incident_type", _STRUCK_A_THING.sub(" damaged ", said))
    if _THROWN_AT_SOMEONE.search(said):
        kinds = list(dict.fromkeys([*kinds, "physical_assault"]))
    if {"threats", "damage_to_property"} <= set(kinds) and _ONLY_THREATENED_DAMAGE.search(said):
        kinds = [kind for kind in kinds if kind != "damage_to_property"]
    if {"sexual", "physical_assault"} <= set(kinds) and "physical_assault" not in match_keys("incident_type", _TOUCHED.sub(" ", said)):
        kinds = [kind for kind in kinds if kind != "physical_assault"]
    if {"online_abuse", "verbal_abuse"} <= set(kinds):
        without_abuse = " ".join(word for word in said.split() if word not in _ABUSE_ITSELF)
        if "verbal_abuse" not in match_keys("incident_type", without_abuse):
            kinds = [kind for kind in kinds if kind != "verbal_abuse"]
    return kinds
