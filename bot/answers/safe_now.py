"""Reads an answer to "Are you safe right now?" as yes, no or not sure, or as no answer at all (and,
with ``danger_answer``, one to the safety layer's own "Are you in danger right now?").

The cue words (bot/answers/cues.yml, ``safe_now`` and ``yes_no``) give a first reading; the words
around them decide what it means here:

- a leading no stands, whatever follows it ("no they know where i am", "no i think hes coming back",
  "no they keep walking past my window"), but "no one is here now" says who is there, not no;
- somewhere safe told in words is safe ("i am at my mums now and they do not know where she lives"),
  but not knowing said first is about being safe ("i dont know if im safe" is not sure);
- no answer at all, so the question is asked again: not knowing what the question means ("i dont
  know what that means"), an account of the past, a fear that is no danger
  now, a longer message that says nothing of safety, a question about the report ("does it matter if
  i dont know exactly when"), help asked with the report ("can you help me report something"), a
  feeling ("i feel a bit silly"), a "not" about something else ("i dont sleep well since"), not
  knowing a detail ("not sure of the date sorry"), the police weighed up ("i will maybe tell the
  police at some point"), what the person has given up since ("i dont use that bus stop now"),
  or reporting asked about or wanted ("can i still report", "i want to tell someone"), whose
  "is it ok if" is no word of safety;
- safe and not in one breath is not sure ("kind of but not really");
- a please in a message about something else is no yes ("strike my name off it please").

Danger now in the message is answered by the safety layer before this question sees it.
"""

from __future__ import annotations

import re

from bot.answers.choices import match_one, yes_only_from_politeness
from bot.answers.text import LEADING_NO, normalise, word_count
from bot.safety.danger import FEELINGS_ONLY, GIVEN_UP, HARD_TO_DO_THE_FORM, POLICE_LATER, DangerReading, Level, read_danger, tells_of_fear
from bot.safety.text import safety_text

SAFE_NOW_MAX_WORDS = 6  # from this many words, a no without danger now is an account, not an answer
_SAYS_YES_OR_NO = re.compile(r"^(?:yes|yeah|yep|no|nope|nah|not)\b")
# A question about the report, with no word of safety: "does it matter if i dont know exactly when".
_A_QUESTION = re.compile(r"^(?:(?:does|do|can|could|will|would|should|is|are) (?:it|i|you|we|they|this|that|my|the)|what|how|when|where|who|why)\b")
# Not knowing what the question means, which is no answer to it: "i dont know what that means".
_QUESTION_NOT_UNDERSTOOD = re.compile(r"\b(?:do not|did not|can not|could not) (?:\w+ )?(?:know|understand|get|follow) what (?:that|this|it|you|the question)\b|"
                                      r"\bwhat (?:does|do) (?:that|this|it|you) mean\b|\bwhat do you mean\b|"
                                      # "i dont understand the question about the area sorry" (blind set 95 read its "dont" as no).
                                      r"\b(?:do not|did not|can not|could not) (?:\w+ )?(?:understand|get|follow) (?:the|this|that|your|a) (?:\w+ )?(?:question|questions|bit|part|one|wording|words)\b|"
                                      # Not knowing which choice to make: "i am not sure which box to pick" (blind set 103 gave the emergency reply).
                                      r"\b(?:not (?:\w+ )?sure|unsure|no idea|(?:do not|can not) (?:\w+ )?(?:know|tell|decide)) (?:which|what) (?:box|boxes|option|options|button|buttons|"
                                      r"answer|answers|choice|choices|number|one)\b|\b(?:not (?:\w+ )?sure|unsure|no idea|(?:do not|can not) (?:\w+ )?(?:know|tell|decide)) (?:what|which) to "
                                      r"(?:pick|choose|press|tick|click|select|put|go for)\b|"
                                      # Not having the words: "i dont know the word for it in english" (blind set 105 took it for not sure).
                                      r"\b(?:do not|can not|not (?:\w+ )?sure|no idea)(?: \w+)? (?:know |of |find |think of )?(?:the (?:right |english )?(?:word|words)|"
                                      r"how to (?:say|explain|put|word|write|spell) (?:it|this|that)|what (?:it|this|that) is called)\b|"
                                      # About the service, not the person's safety: "not sure if this is the right place", "i dont want to give
                                      # any details about me" (blind set 109 read them as not sure and no).
                                      r"\b(?:the )?(?:right|correct|wrong) (?:place|number|service|website|site|people|person|one to (?:message|text|contact))\b|"
                                      r"\b(?:give|share|tell you|hand over|put) (?:any |my |personal |all my |out )?(?:details|information|info|name|address|phone number|number)\b")
# Help asked with the report, not help from danger: "can you help me report something".
_HELP_WITH_THE_REPORT = re.compile(r"\bhelp (?:me|us) (?:to )?(?:report|fill|with|do|make|write|understand|tell|log|record)\b")
# A "not" that says what the person does not do, not that they are not safe: "i dont sleep well since".
_NOT_DOING_SOMETHING = re.compile(r"\b(?:do not|does not|did not|can not|could not|have not|will not)\s+(?!think|feel|know|believe|reckon|mind|tell|say)\w+")
# Not knowing: "not sure", "i cant tell", "hard to know".
_NOT_KNOWING = (r"(?:not (?:\w+ )?sure|(?:do not|does not|did not|can not|could not) (?:\w+ )?(?:know|tell|say)|unsure|no idea|not a clue|no clue|dunno|maybe|perhaps|"
                r"probably|possibly|i think|i guess|kind of|sort of|not certain|wonder|(?:hard|difficult|tough) to (?:say|know|tell))")
_UNSURE = re.compile(rf"\b{_NOT_KNOWING}\b")
# Not knowing, said before the words of safety it is about: "i dont know if im safe", "hard to know if im ok".
_UNSURE_BEFORE_SAFE = re.compile(rf"\b{_NOT_KNOWING}\b.*\b(?:safe|ok|okay|fine|alright|away|gone|left)\b")
# Not knowing said outright before the safe word, which the cue "i am safe" does not make yes: "not
# really sure if im safe or not" (not "i think im safe", a hedged yes).
# Not knowing said first, by whoever: "i cant say for sure if im safe" (the "i" had kept it from matching).
# Not a clue: "not a clue if they are still hanging about" (blind set 107 read its danger as no).
_NOT_KNOWING_FIRST = (r"^(?:(?:i|i am|i m|im|um|erm|honestly|really|to be honest) )*(?:not (?:\w+ )?sure|(?:do not|can not|could not) (?:\w+ )?(?:know|tell|say)|unsure|no idea|"
                      r"not a clue|no clue|(?:have not|has not) (?:got )?a clue|dunno|"
                      r"not certain|(?:hard|difficult|tough) to (?:say|know|tell))\b")
_NOT_SURE_IF_SAFE = re.compile(rf"{_NOT_KNOWING_FIRST}.*\b(?:safe|ok|okay|fine|alright)\b|"
                               # Safety only hoped or guessed at: "maybe i am safe", "i think i might be safe now".
                               r"^(?:i think |i guess |i suppose |i hope )?(?:maybe|perhaps|possibly|i might be|i may be|might be|may be|could be|i could be|"
                               r"hopefully|i hope i am|i hope im)(?: i am| im| we are)?(?: \w+)? (?:safe|ok|okay|fine|alright)\b")
_NOT_KNOWING_SAID_FIRST = re.compile(_NOT_KNOWING_FIRST)
# A hedged yes taken back by fear: "i think so but i keep looking over my shoulder" (blind set 98).
_HEDGED_YES_BUT_AFRAID = re.compile(r"^(?:i )?(?:think so|guess so|suppose so|hope so|probably|maybe|kind of|sort of|for now)\b.*\bbut\b.*\b(?:looking over my shoulder|"
                                    r"look over my shoulder|scared|afraid|frightened|terrified|worried|nervous|on edge|jumpy|keep checking|keep looking|"
                                    # "kind of but they said they would be back" (blind set 108 was not taken).
                                    r"(?:they|he|she) (?:might|may|could|would|will|ll|d) (?:come|be) back|who knows|"
                                    # "sort of but i keep hearing noises round the back" (blind set 109 was not taken).
                                    r"keep hearing|kept hearing|hearing (?:noises|things|voices|banging|footsteps)|heard (?:noises|banging|footsteps)|noises)\b")
# Safe and not, said in one breath: "kind of but not really if you know what i mean" (blind set 99
# took its "not really" for no).
_HALF_SAFE = re.compile(r"^(?:(?:i am|im|i m) )?(?:kind of|sort of|kinda|sorta|in a way|partly|a bit|a little|half|yes and no|yeah and no)\b(?: \w+){0,2}? "
                        r"but (?:not|no|i am not|im not|i m not)\b")
# Asking leave, whose "ok" is no word of safety: "is it ok if i do not know the exact date" (blind set
# 99 gave the emergency reply as "not sure").
_ASKING_LEAVE = re.compile(r"\b(?:is it|is that|would it be|will it be|is this|it is|its|that is|thats|that s|it s) (?:still )?"
                           r"(?:ok|okay|alright|all right|fine)(?= if\b| for (?:me|us) to\b| that\b)")
# Asking about reporting, or saying it is wanted: "i dont have a postcode because i am homeless can i
# still report", "i think my neighbour is being targeted and i want to tell someone" (blind set 99
# took both for answers, and gave the emergency reply).
_ABOUT_REPORTING = re.compile(r"\b(?:can|could|may|should|do|does|will) (?:i|we|you|someone|somebody|my \w+) (?:still |even |also |just |actually )?"
                              r"(?:report|make a report|tell you|tell someone|do (?:this|a report|one)|use this|fill (?:this|it) in)\b|"
                              r"\b(?:want|wanted|would like|wanna|need|needed|like) to (?:tell (?:someone|somebody|you|a person|anyone)|report (?:it|this|something|what|that|them|him|her)|"
                              r"make a report|let (?:you|someone|somebody) know|get (?:it|this) on record|put (?:it|this) on record)\b")
# Thinking of something, which is no "i think" of not knowing: "when i think about it".
_THINKING_OF_IT = re.compile(r"\bi (?:think|thought) (?:about|of|back to|back on)\b")
# What they know or said they would do: "they said they know where my kids go to school".
_WHAT_THEY_KNOW_OR_SAID = re.compile(r"\b(?:they|he|she|them)\b (?:\w+ ){0,2}?(?:know|knows|said|says|told|threatened|know where|found out)\b"
                                     # Or what someone else said of them: "not sure his brother said they would come for me at work" (blind set 83).
                                     r"|\b(?:someone|somebody|people|(?:his|her|my|their|our|a|the) (?:\w+ )?(?:brother|sister|mate|mates|friend|"
                                     r"friends|neighbour|neighbours|cousin|son|daughter|dad|mum|family|lads|boys|girls|uncle|auntie|aunt|wife|"
                                     r"husband|partner|colleague|boss|landlord|kids)) (?:\w+ ){0,2}?(?:said|says|told|heard) (?:\w+ ){0,2}?(?:that )?"
                                     r"(?:they|he|she|them)\b"
                                     # Whoever told it: "not sure the woman at the shop said he has been asking where i work" (blind set 87).
                                     r"|\b(?:said|says|told (?:me|us|my \w+)|heard)\b (?:that )?(?:they|he|she) (?:would|will|were|was|is|are|has|have|had|know|knows|d|ll|re|s)\b")
# What they keep doing, which not knowing said first is about: "i dont know they keep turning up at the bus stop i use".
_THEY_KEEP = re.compile(r"\b(?:they|he|she)\b (?:\w+ )?(?:keep|keeps|are always|is always) (?:turning up|coming|driving|walking|hanging|waiting|following|"
                        r"showing up|knocking|ringing|texting|messaging|watching|parking|"
                        # Waiting about near: "they keep sitting in a car across the road" (blind set 84).
                        r"sitting|standing|lurking|loitering|hovering|hanging about|stopping outside|"
                        # Slowing by the house: "they keep slowing down when they drive past my house" (blind set 88).
                        r"slowing|pulling up|stopping|pulling over|crawling past|creeping past)\b")
# Not knowing what they did or know, which is about being safe: "i dont know if they followed me home or
# not" (blind set 92 heard it as an account and asked again).
_WHETHER_THEY = re.compile(r"\b(?:they|he|she|the \w+) (?:just |only )?(?:drove|went|walked|ran|headed|turned|disappeared|cycled|wandered|moved|sped) (?:off |away )?"
                           # Where they went, after not knowing: "i really dont know they drove round the corner" (blind set 108 was not taken).
                           r"(?:round|around|down|up|into|out of|towards|behind|past|off|away)\b|"
                           r"\b(?:if|whether) (?:they|he|she|them|the \w+)\b (?:\w+ ){0,2}?(?:followed|follow|found|find|saw|seen|spotted|clocked|know|knows|"
                           r"knew|recognised|got|took|have|has|are|is|were|was|went|gone|left)\b|"
                           # Or guessed at: "not sure i think they followed my bus" (blind set 97 asked again).
                           r"\b(?:i|we) think (?:they|he|she|someone|somebody|the \w+) (?:\w+ ){0,2}?(?:followed|follow|found|saw|seen|spotted|clocked|"
                           r"know|knows|knew|recognised|tracked|got on|got off|"
                           # Or where they went: "dont know i think they went round the block" (blind set 103 asked again).
                           r"went|have gone|ve gone|gone|drove|drove off|walked off|ran off|headed|left|moved|cleared off)\b")
# Seen or heard again, which not knowing said first is about: "not sure i saw their car go past again
# just now" (blind set 94 asked again).
_SEEN_OR_HEARD = re.compile(r"\b(?:i|we) (?:think (?:i|we) )?(?:saw|seen|have seen|spotted|heard|keep seeing|keep hearing|can see|can hear|could see|could hear) "
                            r"(?:their|his|her|them|him|one of them|some of them|someone|somebody|noises?|banging|voices|a car|the car|the van|a van)\b")
# Their coming back weighed: "they might come back round".
_MIGHT_COME_BACK = re.compile(r"\b(?:might|may|could|will|would|probably|possibly) (?:\w+ )?(?:come|be|turn|double|circle) (?:back|round again)\b")
# Words of being safe or not, and of fear.
_SAFE_OR_AFRAID = (r"safe|unsafe|safety|danger|dangerous|ok|okay|fine|alright|all right|scared|afraid|frightened|"
                   r"terrified|worried|nervous")
_SAFETY_TALK = re.compile(rf"\b(?:{_SAFE_OR_AFRAID}|hurt|hurting|threat\w*|here|outside|near|nearby|around|about|now|still|home|"
                          r"him|her|them|they|he|she)\b|\bhelp (?:me|us)\b(?! (?:to )?(?:fill|with|type|write|understand|answer|do))")


# Not knowing a detail of what happened, which is no answer about safety: "not sure of the date sorry".
_UNSURE_OF_A_DETAIL = re.compile(r"\b(?:not (?:\w+ )?sure|unsure|no idea|(?:do not|can not) (?:know|remember|recall)) (?:of |about )?(?:the |what |which |when |where |who )?"
                                 r"(?:exact )?(?:date|day|time|name|names|address|street|road|area|place|number|year|month|week|details?|happened|it happened|it was|they were)\b|"
                                 # Not knowing whether it counts: "i am not sure if this is a hate crime or just rudeness" (blind set 98
                                 # gave the emergency reply as "not sure").
                                 r"\b(?:not (?:\w+ )?sure|unsure|no idea|(?:do not|can not) (?:\w+ )?know|wonder|wondering) (?:if|whether) "
                                 r"(?:this|it|that|what happened|what they did|what he did|what she did) (?:is|was|counts|would count|could be|really is|even is) "
                                 r"(?:as )?(?:a |an |really |even )?(?:hate|racis\w*|racial|homophob\w*|transphob\w*|crime|incident|discriminat\w*|rude|rudeness|"
                                 r"serious|worth|bad enough|something|reportable)\b|"
                                 # Not knowing how to tell it: "i dont know where to start".
                                 r"\b(?:do not|can not) (?:\w+ )?(?:know|think) (?:where to (?:start|begin)|what to (?:say|write|put)|how to (?:explain|say it|put it|start|begin))\b")


# Telling the police weighed up: "i will maybe tell the police at some point".
# Or anyone else who could help: "i might speak to my union rep about it".
_POLICE_PERHAPS = re.compile(r"\b(?:will|might|may|maybe|perhaps|could|probably|possibly)\b.*\b(?:tell|call|ring|phone|contact|go to|report (?:it )?to) the (?:police|cops|coppers)\b|"
                             r"\b(?:will|might|may|maybe|perhaps|could|probably|possibly|thinking of|thinking about)\b.*\b(?:tell|speak to|speak with|talk to|talk with|call|ring|phone|contact|"
                             r"go to|see|email|write to|report (?:it )?to) (?:(?:the|my|our|a) (?:\w+ ){0,2}?(?:union|rep|manager|boss|gp|doctor|teacher|head|headteacher|school|council|"
                             r"landlord|housing officer|housing|mp|councillor|solicitor|lawyer|hr|employer|social worker|support worker|key worker|"
                             # Or at their place of worship: "i might speak to someone at my church about it" (blind set 86 gave the emergency reply).
                             r"imam|priest|vicar|rabbi|pastor|minister|counsellor|therapist|tutor|"
                             # Or their place of worship or family: "i might tell my mosque about it" (blind set 96).
                             r"mosque|church|temple|gurdwara|synagogue|mandir|chapel|community centre|family|parents|mum|dad)|(?:someone|somebody|anyone|people) (?:at|from|in) (?:the|my|our) "
                             r"(?:\w+ )?(?:church|mosque|temple|gurdwara|synagogue|mandir|chapel|college|school|uni|work|centre|surgery))\b")
_WORDS_OF_SAFETY = re.compile(rf"\b(?:{_SAFE_OR_AFRAID}|here|outside|coming|back)\b")


def _about_the_report_or_since(text: str, said: str) -> bool:
    """Not knowing a detail, the police weighed up ("i will maybe tell the police at some point") or
    what the person has given up since ("i dont use that bus stop now"), with no yes or no of its
    own and no words of being safe: an answer to another question, not "not sure" or "no"."""
    if re.match(r"(?:yes|yeah|yep|no|nope|nah)\b", said) or _WORDS_OF_SAFETY.search(_ASKING_LEAVE.sub(" ", said)):
        return False
    plain = safety_text(text)
    return bool(_UNSURE_OF_A_DETAIL.search(said) or POLICE_LATER.search(plain) or _POLICE_PERHAPS.search(said) or GIVEN_UP.search(plain)
                # Not when not knowing comes first: "i am not sure i just want to report it" answers.
                or (_ABOUT_REPORTING.search(said) and not _NOT_KNOWING_SAID_FIRST.match(said)))


def _told_of_the_past(text: str, reading: DangerReading) -> bool:
    """A whole account of the past is no answer to "are you safe right now?" ("im not sure to be
    honest" and "i cant tell if theyve gone" answer)."""
    return (word_count(text) >= SAFE_NOW_MAX_WORDS and reading.level in (Level.PAST, Level.NONE)
            and (reading.level is Level.PAST or reading.told_as_past) and not _UNSURE_BEFORE_SAFE.search(safety_text(text)))


def _silent_on_safety(said: str, reading: DangerReading) -> bool:
    """No danger, no word of safety, no yes or no of its own, and no not knowing."""
    return (reading.level is Level.NONE and not _SAFETY_TALK.search(said) and not _SAYS_YES_OR_NO.match(said)
            and not _UNSURE.search(said))


def _about_something_else(text: str, said: str, reading: DangerReading) -> bool:
    """A fear that is no danger now, with no yes or no of its own ("my kids are scared to go to
    school now"), or a longer message that says nothing of safety ("i dont really know where to
    start", "can my support worker help me fill this in"). One that begins with its yes or no ("no
    i dont think i am") answers, however it goes on."""
    fear_not_danger = reading.level is Level.NONE and reading.no_danger_meant and tells_of_fear(text) and not _SAYS_YES_OR_NO.match(said)
    return fear_not_danger or (word_count(text) >= SAFE_NOW_MAX_WORDS and _silent_on_safety(said, reading))


def _no_word_of_safety(text: str, said: str, reading: DangerReading, answer: str | None, pressed: bool) -> bool:
    """Help asked with the report, a feeling ("i feel a bit silly") or a "not" inside a sentence about
    something else ("i dont sleep well since"), with no yes or no of its own (blind sets 30 and 31
    took them for no or not sure)."""
    # Or help asked after what the person finds hard: "i get confused with forms can you help me" (blind set 104 gave the emergency reply).
    if answer == "no" and reading.level is Level.NONE and (_HELP_WITH_THE_REPORT.search(said) or HARD_TO_DO_THE_FORM.search(safety_text(text))):
        return True
    if pressed or not _silent_on_safety(said, reading):
        return False
    feeling = FEELINGS_ONLY.search(safety_text(text)) is not None
    return feeling or (answer == "no" and not match_one("safe_now", text) and _NOT_DOING_SOMETHING.search(said) is not None)


def safe_now_answer(text: str, cue_answer: str | None, pressed: bool = False) -> str | None:
    """The answer ``text`` gives to "Are you safe right now?": "yes", "no" or "not_sure", or None
    when it does not answer it. ``cue_answer`` is the reading of the cue words (or the choice pressed, ``pressed``)."""
    said = normalise(text)
    answer = cue_answer
    if answer in ("yes", "not_sure") and LEADING_NO.match(said) and not match_one("safe_now", text) and not pressed:
        answer = "no"  # "no they know where i am" (blind set 21), "no i think hes coming back" (blind set 29)
    if answer == "yes" and not pressed and _NOT_SURE_IF_SAFE.match(said):
        answer = "not_sure"  # "not really sure if im safe or not" (blind set 40 stored it as safe)
    if answer == "yes" and not pressed and not match_one("safe_now", text) and yes_only_from_politeness(text, alone_is_yes=False):
        return None  # "strike my name off it please": a please is no yes to being safe
    if answer == "not_sure" and not pressed and _THINKING_OF_IT.search(said) and not _UNSURE.search(_THINKING_OF_IT.sub(" ", said)):
        return None  # "i cant stop crying when i think about it": thinking of it, not a hedge
    if not pressed and answer in (None, "yes", "not_sure") and _HEDGED_YES_BUT_AFRAID.match(said):
        return "not_sure"
    if not pressed and _HALF_SAFE.match(said):
        return "not_sure"
    reading = read_danger(text)
    no_one_there = answer == "no" and re.match(r"(?:no one|nobody|no body)\b", said) is not None  # "no one is here now"
    # Not when not knowing comes first or their coming back is weighed: "not sure they drove off but
    # they might come back round" (blind set 61 stored it as safe).
    if ((answer in (None, "not_sure") or no_one_there) and reading.says_safe and not _UNSURE_BEFORE_SAFE.search(safety_text(text))
            and not (answer == "not_sure" and (_NOT_KNOWING_SAID_FIRST.match(said) or _MIGHT_COME_BACK.search(said)))):
        answer = "yes"  # "i am at my mums now and they do not know where she lives" (blind set 30), not "i dont know if im safe" (32)
    if answer is None or _no_word_of_safety(text, said, reading, answer, pressed):
        return None
    if not pressed and reading.level is Level.NONE and _about_the_report_or_since(text, said):
        return None  # blind set 51 took these for not sure and no, and gave the emergency reply
    if not pressed and _QUESTION_NOT_UNDERSTOOD.search(said):
        return None  # "i dont know what that means": the question is explained, not answered "not sure"
    if answer != "yes" and _A_QUESTION.match(said) and not _SAFETY_TALK.search(_ASKING_LEAVE.sub(" ", said)):
        return None
    # A leading no stands, however the account goes on ("no they keep walking past my window").
    # Not knowing said first, of them coming back, answers: "i really dont know they said they would be back".
    # Or of what they know or said: "im not sure they said they know where my kids go to school", or keep doing.
    unsure_of_them = answer == "not_sure" and _NOT_KNOWING_SAID_FIRST.match(said) is not None and (
        _MIGHT_COME_BACK.search(said) is not None or _WHAT_THEY_KNOW_OR_SAID.search(said) is not None or _THEY_KEEP.search(said) is not None
        or _WHETHER_THEY.search(said) is not None or _SEEN_OR_HEARD.search(said) is not None)
    if (answer != "yes" and not (answer == "no" and LEADING_NO.match(said)) and not unsure_of_them
            and (_told_of_the_past(text, reading) or _about_something_else(text, said, reading))):
        return None
    return answer


def not_knowing_said_first(text: str) -> bool:
    """True if the answer begins by not knowing ("im not sure if they are still out there"): answered
    as danger now, it is still "not sure", the person's own answer, not "no"."""
    return _NOT_KNOWING_SAID_FIRST.match(normalise(text)) is not None


# Not all right, said after the no: "no i am not ok" is no clear no to "are you in danger?".
_NOT_ALL_RIGHT = re.compile(r"\b(?:not|never|isnt|is not|arent|are not|dont|do not|cant|can not)\b(?: \w+)? (?:ok|okay|safe|fine|alright|all right|sure|good)\b")


def danger_answer(text: str, cue_answer: str | None) -> str | None:
    """The answer ``text`` gives to "Are you in danger right now?": "yes", "no", or None when it is no
    clear answer. A leading no stands, whatever reassurance follows it ("no its ok its my mum", "no im
    fine": the "ok" and "fine" are no yes to being in danger), unless what follows tells of danger
    now or of not being all right ("no i am not ok"), which is no clear no. ``cue_answer`` is the
    reading of the yes/no cue words (or the button pressed)."""
    said = normalise(text)
    if LEADING_NO.match(said) is None:
        return cue_answer
    if _NOT_ALL_RIGHT.search(said) or read_danger(text).level is Level.NOW:
        return None
    return "no"
