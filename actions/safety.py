"""What the safety layer (bot.safety, bot.nlu.safety) hears, answered at once wherever it is said:
danger now gets the emergency reply, a crisis gets the crisis lines, and danger that is unclear
gets the question "Are you in danger right now?". In a report, the report then carries on at the
question it was at, with every answer kept."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_first import as_answer
from actions.messages import keep_as_answer, latest_text
from actions.steps import FORM, FREE_TEXT, clear_checks
from bot.answers.incidents import incident_kinds
from bot.answers.safe_now import not_knowing_said_first
from bot.safety import MEANING_SIGN
from bot.safety.crisis import CRISIS_SIGNS, SOMEONE_CLOSE
from bot.safety.danger import NOW_WORDS, names_no_one_now, tells_of_fear
from bot.safety.text import safety_text

# A crisis said while telling what happened is kept as the account only when it is more than a
# cry of pain ("he beat me up and now i want to die", not "i want to die").
CRISIS_ACCOUNT_MIN_WORDS = 7
# Danger said while telling what happened is kept as the account from four words ("they are
# outside now shouting"), or fewer when it tells what was done.
ACCOUNT_MIN_WORDS = 4
# Questions whose answers are told in danger words: what they did, whether it keeps happening,
# what would help, what should happen.
ANSWERED_IN_DANGER_WORDS = ("incident_types", "ongoing", "support_wanted", "preferred_outcome")


def _account_min_words(requested: str, text: str) -> int:
    """How long a message said in danger must be to be kept as the answer: four words, or fewer
    at "what happened?" when they tell what was done ("man hit me", easy read), not only a cry
    ("help me now")."""
    return 1 if requested == "what_happened" and incident_kinds(text) else ACCOUNT_MIN_WORDS


def safety_reading(tracker: Tracker) -> dict[str, Any]:
    """What the safety layer found in the latest message (see bot.nlu.safety)."""
    return (tracker.latest_message or {}).get("safety") or {}


def _in_report(tracker: Tracker) -> str | None:
    return tracker.get_slot("requested_slot") if tracker.active_loop_name == FORM else None


def alarm_spared(tracker: Tracker) -> bool:
    """True when only the learned reader heard danger (no pattern found a sign) in a message that
    tells of no fear and names no one, nothing going on and no moment
    (bot.safety.danger.names_no_one_now), at a question that takes a choice: if the question takes
    it as its answer ("im blind" at "what was it about?", "please tell the police" at the police
    question), it is that answer, with no alarm. Free-text questions take any words, and "are you
    safe?" is itself about danger, so there the alarm stands."""
    requested = _in_report(tracker)
    reading = safety_reading(tracker)
    text = latest_text(tracker)
    return bool(reading.get("only_meaning") and not reading.get("crisis") and requested is not None
                and requested not in FREE_TEXT + ("safe_now",) and not tells_of_fear(text) and names_no_one_now(text))


# The only sign the patterns found that the question itself asks about: "yes it is still going on
# now" at "is it still going on?" tells that it keeps happening, not that someone is there.
# "yes its still happening now" too: "still" says it goes on, as the question asks.
_SIGNS_THE_QUESTION_ASKS = {"ongoing": {"it is still going on", "it is happening now"}}
_STILL = re.compile(r"\b(?:still|keeps?|always|all the time|every (?:day|week|night))\b")
# What the person wants to happen, said as a wish at the questions that ask it: "i want them to leave
# me alone and stop knocking" (no one there now, no fear, no "now").
_A_WISH = re.compile(r"^(?:i |we )?(?:just |really |only )?(?:want|would like|wish|need|hope)\b|"
                     # What would help, as the support question is answered: "help getting a security light put up outside" (blind set 90).
                     r"^(?:some )?(?:help|advice|support|someone|somebody) (?:getting|with|to|for|about|on|from)\b|"
                     # What should happen to them, said without "i want": "them to get charged" (blind set 104 got the 999 reply).
                     r"^(?:for )?(?:them|him|her|the (?:\w+ )?(?:man|men|woman|women|lad|lads|lass|girls?|boys?|kids|family|neighbours?|people|person))"
                     r"(?: who did (?:it|this|that))? to (?:get |be )?(?:charged|arrested|prosecuted|locked up|sent down|jailed|put away|done for (?:it|this)|"
                     r"punished|cautioned|sacked|fired|evicted|kicked out|moved|banned|barred|warned|spoken to|told off|apologise|say sorry|pay|stop|leave (?:me|us) alone)\b")
_WISHED_AT = ("preferred_outcome", "support_wanted")
# "push", "punched and kicked" at "what did they do?": only the kind of thing done, in a word or three.
_KIND_ONLY_MAX_WORDS = 3
# Not what is being done: "kicking me", "attacking us" may be happening as it is typed.
_DOING_NOW = re.compile(r"\b\w+ing\b")
# The kind itself, named by its -ing word with no one it is done to: "spitting", "kicking and punching"
# (found by talking: "spitting" at "what kind of incident was it?" got the 999 reply).
_THE_KIND_NAMED = re.compile(r"^(?:(?:spitting|kicking|punching|pushing|shoving|hitting|slapping|shouting|swearing|name calling|calling names|following|"
                             r"stalking|bullying|harassing|threatening|trolling|biting|headbutting|scratching|grabbing|stealing|robbing|mugging|staring|"
                             r"spitting at|throwing things|egging)(?: and | or |, )?)+$")
# "yes help me now while i have time" at the True Vision offer: help with the report, said with yes.
_YES_HELP_WITH_IT = re.compile(r"^(?:yes|yeah|yep|yh|ok|okay|sure|please|yes please)\b(?: please)?(?: can you| could you| will you)? help me (?:now|do it now|with it now)\b")
# What the police question is answered with: the police, and what they do or do not do ("no not the
# police they wont do anything"), with or without naming them.
_OF_THE_POLICE = re.compile(r"\b(?:police|cops|coppers|old bill|feds)\b|"
                            # What the police do, told without naming them: "no they never do anything anyway round here".
                            r"\b(?:never|dont|do not|wont|will not|did not|didnt|never ever) (?:do|did|help|helped|bother|bothered|come|came|turn up|turned up) ?(?:anything|nothing|owt|at all)?\b|"
                            r"\bno (?:help|use|good)\b|\buseless\b|\bwaste of time\b|\bpointless\b")
# Why the person would stay anonymous: what would follow if they were known ("anonymous please i
# dont want them coming after me").
_FEARED_IF_KNOWN = re.compile(r"\b(?:do not|dont|not) want (?:them|him|her|anyone|people|the \w+) (?:coming (?:after|for|round)|to come (?:after|for|round)|"
                              r"finding out|to find out|knowing|to know|getting back at)\b|\bin case (?:they|he|she) (?:come|comes|find|finds|get|gets)\b|"
                              r"\b(?:scared|afraid|worried|frightened) (?:of )?(?:them|him|her) (?:finding out|coming after|knowing)\b")


# Fear given as the reason not to be named, with nothing of anyone there now: "no names on it please i am
# scared" (blind set 109 asked whether the person was in danger).
_AFRAID_SO_UNNAMED = re.compile(r"\b(?:i am|i feel|feeling|because i am|cos i am|as i am)\s+(?:so |really |very |too |a bit |quite |just )?"
                                r"(?:scared|afraid|frightened|worried|nervous|terrified|anxious)$")


def answer_not_alarm(tracker: Tracker) -> bool:
    """True when the message answers the question it was said at in words that only sound like
    danger: the only sign found is what the question asks about, or, at the police question, only
    the learned reader heard danger in words about the police. Fear told still raises the alarm."""
    requested = _in_report(tracker)
    reading = safety_reading(tracker)
    text = latest_text(tracker)
    if requested is None or reading.get("crisis"):
        return False
    if requested == "anonymous" and reading.get("only_meaning") and _FEARED_IF_KNOWN.search(text.lower()):
        return True  # what being known would bring is why the person asks not to be named
    found = {sign for sign in reading.get("signs") or [] if not sign.startswith(MEANING_SIGN)}
    if requested == "anonymous" and not found and _AFRAID_SO_UNNAMED.search(safety_text(text)):
        return True  # "no names on it please i am scared": the fear is why, with no one there now
    spelt = safety_text(text)
    help_with_it = _YES_HELP_WITH_IT.search(spelt)
    if requested == "true_vision" and found == {"help me now"} and help_with_it and not tells_of_fear(spelt[help_with_it.end():]):
        return True  # "help me now" is itself heard as fear; what follows it is read for fear
    if tells_of_fear(text):
        return False
    if requested in _WISHED_AT and not found and _A_WISH.search(spelt) and not NOW_WORDS.search(spelt):
        return True  # a wish for how it ends, with no sign of anyone there now
    if (requested == "incident_types" and not found and len(spelt.split()) <= _KIND_ONLY_MAX_WORDS and incident_kinds(text)
            and not NOW_WORDS.search(spelt) and (not _DOING_NOW.search(spelt) or _THE_KIND_NAMED.match(spelt))):
        return True  # "push" at "what did they do?": only the kind of thing done, no one and no moment named
    if found and found <= _SIGNS_THE_QUESTION_ASKS.get(requested, set()) and ("it is happening now" not in found or _STILL.search(text.lower())):
        return True
    return bool(requested == "police_involvement" and reading.get("only_meaning") and _OF_THE_POLICE.search(text.lower()))


def _only_something_else(answer: list[dict[str, Any]], requested: str | None) -> bool:
    """True when all the question took from the message is "something else": the words kept as
    they are, which a question with a free-text choice takes from any message."""
    values = [event.get("value") for event in answer if event.get("event") == "slot" and event.get("name") == requested]
    return bool(values) and all(value in ("other", ["other"]) for value in values)


def crisis_reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    """The crisis lines, and the concern noted for staff beside the record. A crisis told only of
    someone close ("my girlfriend has cut her wrists") is answered as theirs, not the person's own."""
    told = set(safety_reading(tracker).get("signs") or []) & CRISIS_SIGNS
    dispatcher.utter_message(response="utter_crisis_someone_close" if told and told <= SOMEONE_CLOSE else "utter_crisis")
    return [SlotSet("wellbeing_concern", True)]


# Sending the report is never read from words heard as a crisis, however they read as an answer:
# "im stood at the edge of the bridge" at "is this right?" had sent it (its "i am" read as yes).
NEVER_FROM_A_CRISIS = frozenset({"confirmed"})


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Gives the 999 advice and marks the report as one where someone was in danger.

        Said while answering "what happened?", the message is also kept as the answer, so the
        person does not have to type it twice; said with crisis words, the crisis lines follow.
        An answer that only the learned reader took for danger is the answer (see alarm_spared).
        """
        requested = _in_report(tracker)
        text = latest_text(tracker)
        reading = safety_reading(tracker)
        checks = clear_checks() if tracker.get_slot("pending_check") else []
        # "they follow me everywhere" at "what kind of incident?", "help me please" at the True
        # Vision offer: danger is answered, and the answer is kept too. So is any answer that only
        # the learned reader took for danger ("help to feel safer" at "what would help?"). What the
        # question says on taking it follows the emergency reply.
        said = CollectingDispatcher()
        answer = (await as_answer(tracker, domain, said) if requested not in FREE_TEXT + ("safe_now", None)
                  and not (reading.get("crisis") and requested in NEVER_FROM_A_CRISIS)
                  and (requested in ANSWERED_IN_DANGER_WORDS + ("true_vision",) or reading.get("only_meaning") or answer_not_alarm(tracker)) else None)
        if answer and (alarm_spared(tracker) or answer_not_alarm(tracker)):
            dispatcher.messages.extend(said.messages)
            return answer + checks
        if answer and _only_something_else(answer, requested):
            answer = None  # the danger itself is no "something else" to happen (found by talking, at "what would you like to happen?")
        dispatcher.utter_message(response="utter_emergency")
        events: list[dict[str, Any]] = [SlotSet("immediate_danger", True)]
        if reading.get("crisis"):
            events += crisis_reply(dispatcher, tracker)
        if requested == "safe_now":
            events.append(SlotSet("safe_now", "not_sure" if not_knowing_said_first(text) else "no"))
        elif requested in FREE_TEXT:
            events += keep_as_answer(requested, text, min_words=_account_min_words(requested, text))
        elif answer:
            dispatcher.messages.extend(said.messages)
            events += answer
        return events + checks


class ActionCrisis(Action):
    def name(self) -> str:
        return "action_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Gives the crisis lines; the report carries on where it was."""
        events = crisis_reply(dispatcher, tracker)
        requested = _in_report(tracker)
        only_meaning = bool(safety_reading(tracker).get("only_meaning"))
        if requested in FREE_TEXT:
            # Only the learned reader heard a crisis: the words are kept as the answer whatever
            # their length ("because he hates my family" at "what was it about?").
            events += keep_as_answer(requested, latest_text(tracker), min_words=1 if only_meaning else CRISIS_ACCOUNT_MIN_WORDS)
        elif requested and only_meaning and requested not in NEVER_FROM_A_CRISIS:
            # Only the learned reader heard a crisis ("never ends" at "has it happened before?"):
            # the lines are given, and an answer to the question is kept too.
            events += await as_answer(tracker, domain, dispatcher) or []
        return events + (clear_checks() if tracker.get_slot("pending_check") else [])


class ActionCheckDanger(Action):
    def name(self) -> str:
        return "action_check_danger"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Has the report ask "Are you in danger right now?" before its own question.

        Danger words that answer the question being asked are kept as that answer, and the question
        is asked too; but where danger words are what the question asks for ("threats to kill
        me" at "what kind of incident was it?", "he keeps following me" at "has it happened
        before?") it is asked only when they also tell of fear ("they hit me and i am scared").
        An answer that only the learned reader took for danger is not asked about (see alarm_spared).
        """
        kept = await as_answer(tracker, domain, dispatcher) or []
        if kept and (alarm_spared(tracker) or answer_not_alarm(tracker)
                     or (_in_report(tracker) in ANSWERED_IN_DANGER_WORDS and not tells_of_fear(latest_text(tracker)))):
            return kept
        return kept + clear_checks() + [SlotSet("pending_check", "confirm_danger")]
