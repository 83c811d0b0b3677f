"""Validates each answer of the report form and maps it to the contract's stored values."""

from __future__ import annotations

import re
from typing import Any, Callable

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, FollowupAction
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.messages import button_options, keep_as_answer, latest_text, picked, pressed_choices
from actions.steps import FRESH_TRIES, active_steps, clear_checks
from bot.answers.account import AccountTooLong, clean_account
from bot.answers.choices import cues, match_keys, match_one, yes_only_from_politeness
from bot.answers.characteristics import characteristics_named
from bot.answers.nearest import answer_by_meaning
from bot.answers.dates import FutureDate, band_at, hour_of_either_half, parse_when
from bot.answers.incidents import incident_kinds, tells_an_account
from bot.answers.names import keeps_name_off
from bot.answers.places import StreetAddress, area_answer
from bot.answers.routes import route_by_what_was_seen
from bot.answers.safe_now import danger_answer, safe_now_answer
from bot.answers.support import support_kinds
from bot.answers.text import LEADING_NO, normalise, word_count
from bot import clock
from bot.config import load_settings
from bot.privacy.redact import redact
from bot.safety.danger import REPORTED_FOR

Result = dict[str, Any]
SHORT_OTHER_TEXT = 200
MAX_OUTCOME_TEXT = 500
# The street named first, then the place it was by: "in the road outside the shops", "walking on the pavement by the bank".
_IN_THE_STREET_BY = re.compile(r"^(?:it was |it happened |just |i was |we were |when i was )?"
                               r"(?:(?:walking|stood|standing|waiting|cycling|riding|running|jogging|going|sat|sitting|driving) )?"
                               r"(?:in|on|along|down|up|across|crossing) (?:the|a|my) (?:main |busy |high |back |side )?"
                               r"(?:road|street|pavement|lane|alley|alleyway|path|footpath|high street|main road|corner)s? (?:right |just )?"
                               # Or past a place on it: "walking up the high road past the bookies" (blind set 102 took the shop).
                               r"(?:outside|near|by|opposite|next to|behind|in front of|across from|beside|round the corner from|past|passing|"
                               # "in the alley round the back of the chip shop".
                               r"(?:round|around|at|down) the (?:back|side) of|"
                               # Walking along it past a place: "on the pavement walking home past the chippy".
                               r"(?:walking|going|coming|heading|cycling|driving|running)(?: home| back| up| down)? (?:past|by|along|towards|to|from)(?= (?:the|a|my|our) )|"
                               # The street named by who lives on it: "on the street where i live near the corner".
                               r"where (?:i|we|my \w+|our \w+) (?:live|lives|lived|stay|stays|stayed)|"
                               # Or the person's own road: "on the pavement on my road" (blind set 103 took "my road" for home).
                               r"(?:on|of|in|along|up|down) (?:my|our) (?:own )?(?:road|street|close|avenue|estate)$|"
                               # Where they were going: "walking along the main road to the shops".
                               r"(?:on my way |on the way |heading |going )?(?:to|towards|into) (?:the|a|my|our|his|her|their)\b)\b")

# Who is to say sorry, not who is to act: "an apology from the shop manager".
_APOLOGY_FROM = re.compile(r"\b(?:apology|apologies|sorry) from (?:the|my|our|his|her|their|a|an|that) (?:(?!(?:and|or|for|to|at|in|but|then)\b)\w+ ){0,2}"
                           r"(?!(?:and|or|for|to|at|in|but|then)\b)\w+")
# Where the support or the apology is wanted, not who should act: "just support for my son at school",
# "for the lad to say sorry to my son at school".
_WANTED_AT = re.compile(r"\b(?:support|sorry|apologise|apologize|apology) (?:for|to) (?:\w+ ){0,3}?(?:at|in) (?:school|college|work|university|uni)\b")
# A step the person would take themselves, not one asked of an employer: "i want to pack my job in"
# (found by talking: stored as action by a landlord, council, school or employer).
_OWN_STEP = re.compile(r"\b(?:quit|quitting|leave|leaving|pack in|packing in|pack|packing|jack in|jack|give up|giving up|hand in (?:my )?notice at) "
                       r"(?:my |the )?(?:job|work|course|college|uni|school)(?: in)?(?: (?:at|in) (?:the )?(?:college|school|work|uni|university))?\b")

# Not knowing yet, said first, whatever it goes on to name: "not sure yet if i want them involved".
_LEADING_UNSURE = re.compile(r"^(?:i am |i m |im )?(?:still )?(?:not (?:\w+ )?sure|unsure|undecided|not decided|have not decided|"
                             r"(?:do not|did not) (?:\w+ )?know|wondering|in two minds|thinking|considering|deciding)(?: yet| at the moment| right now)? (?:if|whether|about)\b")

# Not knowing said first, whatever follows: "not sure i am scared of them finding out".
_UNSURE_FIRST = re.compile(r"^(?:i am |i m |im )?(?:still |really |honestly )?(?:not (?:\w+ )?sure|unsure|(?:do not|dont) (?:really )?know|dunno|no idea)\b")

# The person's own work, whatever kind of place it is: "at the care home where i work", "at the call
# centre where i answer the phones" (blind set 91) (the place described as the work, not work told
# beside another place).
# The words between may name a part of it ("on the shop floor at the warehouse where i work"), not
# somewhere beside it ("in the park near the shop where i work").
# Said on shift, too: "on shift at the care home where i work" (blind set 102 took the care home).
_WHERE_I_WORK = re.compile(r"^(?:it was |it happened )?(?:(?:on shift|on my shift|on a shift|working|at work|on duty) )?(?:at|in|outside|on) (?:the|my|our|a) (?:(?!near\b|by\b|next\b|opposite\b|behind\b|across\b|beside\b|round\b|around\b)\w+ ){1,7}?"
                           # Or "the bakery i work at" (blind set 109 stored the shop).
                           r"(?:(?:that |which )?(?:i|we) (?:work|worked|volunteer|used to work) (?:at|in|for)$|"
                           r"where (?:i|we) (?:work|worked|used to work|volunteer|do (?:my |our )?(?:shifts?|nights|days|lates|earlies|hours)|"
                           r"answer (?:the )?phones?|do my job|have my job|am employed|clean|serve)\b)")

# A group, page or chat online, whatever it is named for: "the school mums whatsapp group".
_ONLINE_GROUP = re.compile(r"\b(?:whatsapp|facebook|fb|snapchat|instagram|telegram|discord|messenger|online|signal|viber|teams|zoom) "
                           r"(?:group|group chat|chat|page|forum|channel|community|server|call|meeting)s?\b")

# A bus by its number: "on the number 42", "upstairs on the 36" (blind set 106 was not taken). Not a house
# number or a time.
_A_BUS_BY_ITS_NUMBER = re.compile(r"\b(?:on|off|of|upstairs on|downstairs on|at the back of|at the front of|got on|getting on|getting off|got off|waiting for) "
                                  r"(?:the |a )?(?:number |no )?\d{1,3}[a-z]?(?: bus)?$")

# A part of a place is that place: "in the car park of the gurdwara", "on the steps of the town hall".
_PART_OF_A_PLACE = re.compile(r"^(?:it was |it happened )?(?:(?:in|at|on|outside|by|near) )?(?:the|a) (?:car park|carpark|grounds|entrance|steps|doorway|"
                              r"forecourt|yard|toilets|loos|gates?|front|back|garden|playground) (?:of|at|to|outside|behind|for|by|in front of) |"
                              # A part inside the place, only "of" or "at" it: "on the field at my daughters high school"
                              # ("on the playing field by the flats" is a field near them).
                              r"^(?:it was |it happened )?(?:(?:in|at|on) )?(?:the|a) (?:fields?|playing fields?|pitch|pitches|corridors?|canteen|changing rooms?|"
                              r"stairs|stairwell|lifts?|reception|foyer|lobby|waiting room|"
                              # "in the library at my college" (blind set 109 stored a public space).
                              r"library|hall|sports hall|gym|dining hall|dinner hall|common room|classroom|staff room|office|kitchen|lab|workshop) (?:of|at) |"
                              # A queue or a counter in the place: "in the pharmacy queue at the health centre".
                              r"^(?:it was |it happened )?(?:(?:in|at|on|by) )?(?:the|a) (?:\w+ )?(?:queue|queues|counter|desk|till|tills|checkout|checkouts) (?:of|at|in) ")

# How someone is described before who they are: "an elderly gent", "the frail lady".
_DESCRIBED_AS = r"(?:young |old |older |elderly |little |frail |poorly |vulnerable |disabled |lovely )"

# Someone described by where they are from: "a lady from my church", "a man at the hostel i work in".
_SOMEONE_DESCRIBED = re.compile(rf"^(?:it was |it happened to |for )?(?:a|an|one of the|this|some|two|three) {_DESCRIBED_AS}?"
                                r"(?:man|men|woman|women|lady|ladies|boy|boys|girl|girls|person|people|guy|guys|bloke|lad|lads|kid|kids|"
                                r"child|children|gentleman|gent|gents|chap|fellow|geezer|fella|teenager|teenagers|family|couple|resident|residents|member|members)"
                                r" (?:from|at|in|on|who|that|i|we|of|down|across|next|living|staying|with)\b")

# Someone the person looks after: "the frail lady i shop for on thursdays", "the lad i mentor".
_SOMEONE_I_LOOK_AFTER = re.compile(rf"^(?:it was |it happened to |for )?the {_DESCRIBED_AS}*"
                                   r"(?:man|woman|lady|boy|girl|guy|bloke|lad|kid|child|gentleman|gent|chap|fella|person|resident|client|tenant)"
                                   r" (?:that |who )?i (?:care for|shop for|look after|visit|support|help|work with|mentor|do \w+ (?:\w+ )?for|cook for|sit with)\b")

# Someone named by what they do: "the man who runs the corner shop by me", "the lady that owns the cafe".
_SOMEONE_BY_THEIR_WORK = re.compile(rf"^(?:it was |it happened to |for )?the {_DESCRIBED_AS}*"
                                    r"(?:man|woman|lady|boy|girl|guy|bloke|lad|gentleman|gent|chap|fella|person|couple|family|people)"
                                    r" (?:who|that) (?:runs|run|owns|own|works|work|drives|drive|keeps|manages|teaches|serves|sells|cleans|delivers|does)\b")

# The person's own staff at their work, not the centre's: "i am the manager and it was one of my staff
# on the checkout" (blind set 98 stored it as centre staff recording).
_MY_OWN_STAFF = re.compile(r"\b(?:my|our) (?:own )?(?:staff|employees?|workers?|team|colleagues?|staff members?|members? of staff)\b|"
                           r"\bone of (?:my|our) (?:staff|workers|team|employees|colleagues)\b")


# Whatever the worker's title at the centre: "i am an advocate at the centre and my client is sat here with me" (blind set 87).
_WORKER_AT_THE_CENTRE = re.compile(r"^(?:hi |hello )?(?:i am|im|i m) (?:a|an|the) (?:\w+ )?(?:advocate|mentor|volunteer|worker|caseworker|officer|adviser|advisor|"
                                   r"coordinator|co ordinator|manager|assistant|counsellor|navigator|keyworker|trainee|intern|receptionist|administrator|"
                                   r"member of staff|staff member|befriender|practitioner|lead) (?:at|for|from|in|with) (?:the|this|our) (?:reporting |hate crime |third party )?centre\b|"
                                   # Or the work said as a verb: "i work at the reporting centre and i am filling this in for a young man" (blind set 88).
                                   r"^(?:hi |hello )?(?:i|we) (?:work|volunteer|am working|am volunteering) (?:at|for|in) (?:the|this|our) (?:reporting |hate crime |third party )?centre\b|"
                                   # Or the title alone, as a note is signed: "staff member at the centre here logging it for a young woman" (blind set 102).
                                   r"^(?:a |the )?(?:staff member|member of staff|caseworker|case worker|advocate|adviser|advisor|support worker) "
                                   r"(?:at|for|from|in) (?:the|this|our) (?:reporting |hate crime |third party )?centre\b")

# Never before, whoever it happened to: "no it has never happened to my family before" (blind set 89 took
# its "before" for yes). Not "it has happened before, never at night".
_NEVER_BEFORE = re.compile(r"^(?!(?:yes|yeah|yep|yh)\b)(?:no|nope|nah|never)?\b.*\bnever (?:ever )?(?:happened|had|been|seen|done|experienced)\b(?: \w+){0,6}? before\b")

# Told as done to the worker themselves, so not only a report made for someone: "i am an advocate at
# the centre and they attacked me and my client" is not staff recording it.
_DONE_TO_ME = re.compile(r"\b(?:happened to me|it was me|was me they|done to me|(?:attacked|hit|punched|targeted|abused) me|at me)\b")
# The person themselves, then who is beside them: "me my mum is with me" (found by talking: the mum
# was taken for the one it happened to).
_ME_WITH_SOMEONE_BESIDE = re.compile(r"^(?:(?:yes|yeah|it is|its|it s|it was|just|only) )*(?:me|myself|me myself)\b,?(?: (?:but|and|though))? (?:my|our) (?:\w+ ){1,2}?"
                                     r"(?:is|are|s|re|has been|have been) (?:here |right here )?(?:(?:sat|sitting|stood|standing) )?"
                                     r"(?:here|with me|next to me|beside me|helping me|typing for me|typing this for me|reading (?:it|this|the questions) (?:out )?(?:to|for) me)\b")
# Harm done to the reporter, told by one who was beside it: "i was in the queue behind them when they punched me".
_HARMED_ME = re.compile(r"\b(?:they|he|she|someone|somebody|one of them) (?:\w+ )?(?:attacked|hit|punched|kicked|pushed|shoved|slapped|grabbed|threatened|spat at|turned on|went for) me\b")
# The one it happened to, with the worker: "i am an advocate at the centre and the gentleman is with me"
# (the same one the safety layer reads as no one there, bot.safety.danger.REPORTED_FOR).
_SOMEONE_WITH_ME = re.compile(rf"\b(?:the|a|an|this|my) {REPORTED_FOR} (?:is|s) (?:here )?(?:with me|sat with me|sitting with me|beside me|next to me|here)\b")
# Making it for another: "i work at the centre and am filling this in for a client it happened to".
_FOR_SOMEONE_ELSE = re.compile(r"\b(?:for|on behalf of|with|and) (?:a|an|the|this|my|our) (?:\w+ )?(?:client|man|woman|lady|lad|girl|boy|person|gentleman|young \w+|service user|resident)\b")

# Someone close named first, then as "the one": "my husband he was the one they attacked" (blind set 86 took it for the reporter),
# or as with the person: "for my mum she is sat next to me".
_SOMEONE_CLOSE_FIRST = re.compile(r"^(?:it was |it happened to |for )?(?:my|our) (?:\w+ )?(?:husband|wife|partner|son|daughter|boy|girl|lad|lass|kid|child|mum|mom|dad|"
                                  r"mother|father|brother|sister|nan|gran|grandad|granddad|grandma|grandson|granddaughter|uncle|aunt|auntie|cousin|niece|nephew|"
                                  r"friend|mate|neighbour|boyfriend|girlfriend|fiance|fiancee|client|colleague)s?,? (?:(?:he|she|they) (?:was|were|is|are|s)|hes|shes|theyre) "
                                  r"(?:the one|the ones|who they|the person|"
                                  # Or said to be with the person writing: "for my mum she is sat next to me" (blind set 100 took it for the reporter).
                                  r"(?:here |right )?(?:sat |sitting |stood |standing )?(?:next to|beside|with|here with) (?:me|us))\b")


# Someone named by where they live beside the person: "the old man next door to me", "the lady upstairs".
# Or said as doing it for them: "im doing it for the old lady next door she has no phone" (blind set 102 took it for the reporter's own).
_SOMEONE_NEARBY = re.compile(rf"^(?:it was |it happened to |for |(?:i am |im |i m )?(?:doing (?:it|this) |filling (?:it|this) in |reporting (?:it|this) |writing (?:it|this) )for )?"
                             rf"(?:the|a|an|our) {_DESCRIBED_AS}*"
                             r"(?:man|woman|lady|boy|girl|guy|bloke|lad|kid|child|gentleman|gent|fella|couple|family|neighbour|neighbours|people|kids|lads|girls|boys)"
                             r" (?:who lives |who live |living )?(?:next door|upstairs|downstairs|opposite|over the road|across the road|across the street|"
                             r"down the road|down the street|up the road|round the corner|(?:across|on) (?:the|our|my) landing|below|above|at number \d+|"
                             # "the man in the flat below me", "the family in the house opposite", "the lad in number 4".
                             r"(?:in|from|at) the (?:flat|flats|house|houses|room|place|bungalow|maisonette) (?:below|above|upstairs|downstairs|next door|opposite|"
                             r"across the (?:road|street|landing|hall)|over the road|beside|next to|under|underneath)|"
                             r"(?:in|from|at) the next (?:flat|house|room|door)|(?:in|from|at) (?:flat|number|house) \d+)"
                             # Beside a place named: "the young lad who lives above the shop".
                             r"(?: (?:(?:to|from|of|with) )?(?:me|us)| (?:to |from |of )?(?:the|my|our) \w+(?: \w+)?)?"
                             # And why it is done for them: "... next door she has no phone".
                             r"(?: (?:as |because |cos |since )?(?:he|she|they) (?:has|have|is|are|can not|cant|does not|doesnt|do not|dont|hasnt|has not)\b.*)?$")


# Home as where someone was going, not where it happened: "carrying my shopping bags home".
_HOMEWARD = re.compile(r"\b(?:carrying|taking|bringing|walking|going|heading|coming|cycling|driving|running|way|bags|shopping|dog|kids) home\b")


def _places_named(text: str) -> list[str]:
    """The kinds of place ``text`` names, leaving out the street, not knowing and something else."""
    return [key for key in match_keys("location_type", text) if key not in ("street", "unknown", "other")]


def accepted(slot: str, value: Any, **more: Any) -> Result:
    """Stores an answer and clears the count of failed tries."""
    return {slot: value, **FRESH_TRIES, **more}


def _account_told_with_it(tracker: Tracker, dispatcher: CollectingDispatcher, response: str) -> Result:
    """What happened, told at "are you safe?" with "yes" or instead of an answer ("yes but a man
    called me names in the shop yesterday"), is kept as the account, so the person does not type it
    twice; ``response`` tells them it was kept (they can change it at the summary). Told with "no" or
    "not sure", the words tell what is going on now, and "what happened?" is still asked."""
    text = latest_text(tracker)
    if tracker.get_slot("what_happened") or not tells_an_account(text):
        return {}
    kept = keep_as_answer("what_happened", text, min_words=1)  # long enough already; cleaned and redacted, none if too long to store
    if not kept:
        return {}
    dispatcher.utter_message(response=response)
    return {"what_happened": kept[0]["value"]}


def _by_meaning(tracker: Tracker, domain: DomainDict, slot: str) -> Any:
    """Typed words no cue names, read by meaning (bot.answers.nearest); never a number or a press."""
    if picked(tracker, domain, slot) or pressed_choices(tracker):
        return None
    return answer_by_meaning(slot, latest_text(tracker))


def rejected(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, response: str | None = None) -> Result:
    """Says kindly that the answer was not understood; keeps every earlier answer.

    After two misses in a row the question is offered as choices (see ``offer_choices`` in the
    domain's conditional responses), and easy words are offered if they are not on already.
    """
    dispatcher.utter_message(response=response or f"utter_wrong_{slot}")
    misses = int(tracker.get_slot("failed_attempts") or 0) + 1
    if misses == 2 and not tracker.get_slot("easy_read"):
        dispatcher.utter_message(response="utter_offer_easy_read")
    return {slot: None, "failed_attempts": misses, "offer_choices": misses >= 2}


# Asking to change something ("edit", "i need to fix something"), unless saying there is nothing to.
_WANTS_CHANGE = re.compile(r"\b(?:change|edit|fix|update|amend|alter|redo|wrong|not right|mistake)\b")
_NO_CHANGE = re.compile(r"\b(?:no|nothing to|do not|no need to|not) (?:change|changes|edit|edits|fix|update)\b|\bnothing (?:is )?wrong\b")
_CHANGE_WORDS = re.compile(r"\b(?:change|changes|edit|fix|correct|update|wrong|not right|mistake|different|instead|swap|redo)\b")
# A question about what would happen, not a change asked for: "what if i get the date wrong".
_WHAT_IF = re.compile(r"^(?:but )?(?:what if|what happens if|what happens when|does it matter if|will it matter if|is it (?:ok|okay|alright|a problem) if|"
                      r"what do i do if|what should i do if|can i change (?:it|things|them|anything) later)\b|"
                      # A question about changing later: "can i change my mind about the police later".
                      r"^(?:but |and |so )?(?:can|could|will|would|may|am i able to|is it possible to|is it ok to|is it okay to)\b.*"
                      r"\b(?:later|later on|afterwards|after i (?:send|have sent)|once (?:it is|its|i have) sent|in (?:the )?future|another time|down the line|at a later date)\b")
# Words said around a field's name that leave it the field alone: "the date", "oh the police please".
_AROUND_A_FIELD = frozenset("the my your a an that this it its is was of oh and or sorry actually wait please um erm hmm".split())


def _only_fields(text: str) -> bool:
    """True when ``text`` names fields and nothing else ("the date", "time and place"), so naming
    them asks to change them; "happened before covid" tells something, it does not ask."""
    rest = f" {normalise(text)} "
    for phrase in sorted({p for phrases in cues()["field"].values() for p in phrases}, key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(phrase)}\b", " ", rest)
    return rest.strip() != normalise(text) and set(rest.split()) <= _AROUND_A_FIELD


def _checked(**more: Any) -> Result:
    """The safety layer's question is answered: the report asks its own question again."""
    return {e["name"]: e["value"] for e in clear_checks()} | FRESH_TRIES | more


class ValidateReportForm(FormValidationAction):
    def name(self) -> str:
        return "validate_report_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        """Asks only the questions that apply to the answers given so far, and a question the
        safety layer needs answered (are you in danger, do you want to stop) before them."""
        return active_steps(domain_slots, tracker.get_slot)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Validates as the form asks; a yes to "Do you want to stop?" ends the form and stops."""
        events = await super().run(dispatcher, tracker, domain)
        if any(e.get("event") == "slot" and e.get("name") == "confirm_stop" and e.get("value") == "yes" for e in events):
            events += [ActiveLoop(None), FollowupAction("action_stop_report")]
        return events

    # --- helpers ---------------------------------------------------------------------------

    def _one(self, tracker: Tracker, domain: DomainDict, slot: str, *cue_lists: str) -> str | None:
        chosen = picked(tracker, domain, slot)
        if chosen:
            # Several numbers for a one-answer question is not an answer we can guess from.
            return chosen[0] if len(chosen) == 1 else None
        text = latest_text(tracker)
        for cue_list in cue_lists:
            key = match_one(cue_list, text)
            if key == "yes" and cue_list == "yes_no" and yes_only_from_politeness(text):
                continue  # "keep my name off it please" is no yes
            if key:
                return key
        return None

    def _many(self, tracker: Tracker, domain: DomainDict, slot: str, cue_list: str) -> list[str]:
        return (picked(tracker, domain, slot) or match_keys(cue_list, latest_text(tracker))
                or _by_meaning(tracker, domain, slot) or [])

    def _single_choice(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict,
        *cue_lists: str, translate: Callable[[str], str | None] = lambda key: key,
    ) -> Result:
        """Validates a one-answer question from a button, a number or the person's words."""
        # A value an action set already (staff mode sets who is reporting) is a stored value.
        if value in {stored for stored, _ in button_options(domain, slot)}:
            return accepted(slot, value)
        key = self._one(tracker, domain, slot, *cue_lists)
        stored = translate(key) if key else _by_meaning(tracker, domain, slot)
        return accepted(slot, stored) if stored else rejected(dispatcher, tracker, slot)

    # --- the safety layer's questions -------------------------------------------------------

    def _yes_or_no(self, tracker: Tracker, domain: DomainDict, check: str) -> str | None:
        answer = self._one(tracker, domain, check, "yes_no")
        return answer if answer in ("yes", "no") else None

    def validate_confirm_danger(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Yes gets the emergency reply; an answer that is not a clear no gets it too, to be safe."""
        # A leading no stands, whatever reassurance follows: "no its ok its my mum" had read as yes ("ok").
        answer = self._yes_or_no(tracker, domain, "confirm_danger")
        if not pressed_choices(tracker):
            answer = danger_answer(latest_text(tracker), answer)
        if answer == "no":
            dispatcher.utter_message(response="utter_not_in_danger")
            return _checked()
        dispatcher.utter_message(response="utter_emergency")
        dispatcher.utter_message(response="utter_emergency_continue")
        return _checked(immediate_danger=True) if answer == "yes" else _checked()

    def validate_confirm_stop(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Only yes stops (see ``run``); anything else carries on with every answer kept."""
        if self._yes_or_no(tracker, domain, "confirm_stop") == "yes":
            return {"confirm_stop": "yes"}
        dispatcher.utter_message(response="utter_carry_on")
        return _checked()

    def validate_confirm_withdraw(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Takes back the report named during this one only on yes; anything else keeps it."""
        from actions.withdraw import withdraw_and_tell

        code = tracker.get_slot("withdraw_reference")
        if code and self._yes_or_no(tracker, domain, "confirm_withdraw") == "yes":
            withdraw_and_tell(dispatcher, code)
        else:
            dispatcher.utter_message(response="utter_withdraw_kept", withdraw_reference=code)
        return _checked(withdraw_reference=None)

    # --- one validator per question ----------------------------------------------------------

    def validate_safe_now(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Takes "are you safe?"; anything but yes gets the emergency advice at once."""
        cue_answer = self._one(tracker, domain, "safe_now", "safe_now", "yes_no")
        answer = safe_now_answer(latest_text(tracker), cue_answer, pressed=bool(picked(tracker, domain, "safe_now")))
        if answer is None:
            # What happened, told instead of an answer, is kept, and the question asked again.
            account = _account_told_with_it(tracker, dispatcher, "utter_account_kept_are_you_safe")
            return {"safe_now": None, **account} if account else rejected(dispatcher, tracker, "safe_now")
        if answer == "yes":
            return accepted("safe_now", "yes", **_account_told_with_it(tracker, dispatcher, "utter_account_kept"))
        dispatcher.utter_message(response="utter_emergency")
        dispatcher.utter_message(response="utter_emergency_continue")
        if answer == "no":
            return accepted("safe_now", "no", immediate_danger=True)
        return accepted("safe_now", "not_sure")

    def validate_reporter_role(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Takes who it happened to; a person described, not named by who they are to the reporter
        ("a lady from my church", "the old man next door to me"), is someone else."""
        text = latest_text(tracker)
        # Its "i" ("a man i was with") is not the reporter's own: only a witness named beside it stands.
        said = normalise(text)
        if _ME_WITH_SOMEONE_BESIDE.match(said) and not picked(tracker, domain, "reporter_role"):
            return accepted("reporter_role", "victim")  # "me my mum is with me": the person, with someone beside them
        someone_else = any(pattern.match(said) for pattern in (_SOMEONE_DESCRIBED, _SOMEONE_NEARBY, _SOMEONE_I_LOOK_AFTER, _SOMEONE_BY_THEIR_WORK,
                                                               _SOMEONE_CLOSE_FIRST))
        if someone_else and self._one(tracker, domain, "reporter_role", "reporter_role") in (None, "victim"):
            return accepted("reporter_role", "on_behalf_other")
        # The "me" of "the gentleman is with me" is no victim's (blind set 95 stored it as the person's own).
        cue = self._one(tracker, domain, "reporter_role", "reporter_role")
        if (_WORKER_AT_THE_CENTRE.match(said) and not _DONE_TO_ME.search(said)
                and (cue in (None, "on_behalf_other") or (cue == "victim" and _SOMEONE_WITH_ME.search(said)))):
            return accepted("reporter_role", "on_behalf_staff")
        if _WORKER_AT_THE_CENTRE.match(said) and _DONE_TO_ME.search(said) and not _FOR_SOMEONE_ELSE.search(said):
            return accepted("reporter_role", "victim")  # "i work at the centre and it happened to me": staff, and it was them
        if cue == "on_behalf_staff" and _MY_OWN_STAFF.search(said) and not _WORKER_AT_THE_CENTRE.match(said):
            return accepted("reporter_role", "on_behalf_other")
        if cue == "witness" and _HARMED_ME.search(said) and not picked(tracker, domain, "reporter_role"):
            return accepted("reporter_role", "victim")  # "i was in the queue behind them when they punched me": beside it, and it was them
        return self._single_choice("reporter_role", value, dispatcher, tracker, domain, "reporter_role")

    def validate_what_happened(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        try:
            return accepted("what_happened", clean_account(latest_text(tracker)))
        except AccountTooLong:
            return rejected(dispatcher, tracker, "what_happened")

    def validate_incident_types(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        kinds = (picked(tracker, domain, "incident_types") or incident_kinds(latest_text(tracker))
                 or _by_meaning(tracker, domain, "incident_types") or [])
        return accepted("incident_types", kinds) if kinds else rejected(dispatcher, tracker, "incident_types")

    def validate_characteristics(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        found = (picked(tracker, domain, "characteristics") or characteristics_named(latest_text(tracker))
                 or _by_meaning(tracker, domain, "characteristics"))
        return accepted("characteristics", found) if found else rejected(dispatcher, tracker, "characteristics")

    def validate_characteristic_other(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Keeps the person's words; when they name a listed reason ("because im trans", often
        after "Something else" from the easy-read list), that reason is recorded instead."""
        text = clean_account(latest_text(tracker)[: SHORT_OTHER_TEXT * 2])[:SHORT_OTHER_TEXT]
        if not text:
            return rejected(dispatcher, tracker, "characteristic_other")
        named = [k for k in characteristics_named(text) if k not in ("other", "not_sure")]
        if named:
            kept = [c for c in tracker.get_slot("characteristics") or [] if c != "other"]
            return accepted("characteristic_other", None, characteristics=kept + [k for k in named if k not in kept])
        return accepted("characteristic_other", text)

    def validate_incident_date(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Reads the date in the centre's time zone; a time of day said with it fills that question too."""
        settings = load_settings()
        today = clock.local_today(settings.timezone)
        text = " ".join(picked(tracker, domain, "incident_date")) or latest_text(tracker)
        try:
            when = parse_when(text, today)
        except FutureDate:
            return rejected(dispatcher, tracker, "incident_date", "utter_wrong_incident_date_future")
        if when is None:
            return rejected(dispatcher, tracker, "incident_date")
        more = {"time_band": when.time_band} if when.time_band else {}
        return accepted("incident_date", when.day.isoformat() if when.day else "unknown", **more)

    def validate_time_band(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Takes a time of day, or a time on the clock ("about 9am", "7 at night")."""
        if not pressed_choices(tracker):
            said = latest_text(tracker)
            at = band_at(said)
            if at:
                return accepted("time_band", at)
            if hour_of_either_half(said) and self._one(tracker, domain, "time_band", "time_band") is None:
                return rejected(dispatcher, tracker, "time_band", "utter_which_half_of_the_day")  # "around 7": which 7 is asked, not guessed
        return self._single_choice("time_band", value, dispatcher, tracker, domain, "time_band")

    def validate_location_type(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """A named place wins over the street it was in ("outside the mosque" is a place of worship),
        the first place named over what it was near ("in the park near my house"), a place over the
        part of it ("in the car park of the gurdwara"), a group online over what it is named for, and
        the person's own work over the kind of place it is ("at the care home where i work")."""
        text = latest_text(tracker)
        said = normalise(text)
        if _IN_THE_STREET_BY.match(said) and not picked(tracker, domain, "location_type"):
            return accepted("location_type", "street")  # "in the road outside the shops": the road, where the shops are
        if _ONLINE_GROUP.search(said) and not picked(tracker, domain, "location_type"):
            return accepted("location_type", "online")  # "the school mums whatsapp group": online, named for the school
        if _WHERE_I_WORK.search(said) and not picked(tracker, domain, "location_type"):
            return accepted("location_type", "workplace")  # "at the care home where i work": the person's work
        if _A_BUS_BY_ITS_NUMBER.search(said) and not picked(tracker, domain, "location_type"):
            return accepted("location_type", "public_transport")  # "on the number 42": a bus
        whole, rest = [], said
        while (part_of := _PART_OF_A_PLACE.match(rest)) is not None:  # "in the queue at the chemist counter in the hospital"
            rest = rest[part_of.end():]
            whole = _places_named(rest) or whole
        named = whole or _places_named(_HOMEWARD.sub(" ", said))
        specific = named[0] if named and not picked(tracker, domain, "location_type") else None
        if specific:
            return accepted("location_type", specific)
        return self._single_choice("location_type", value, dispatcher, tracker, domain, "location_type")

    def validate_location_area(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Keeps only a town, an area or a postcode district; a street address is refused."""
        text = " ".join(picked(tracker, domain, "location_area")) or latest_text(tracker)
        try:
            area = area_answer(text)
        except StreetAddress:
            return rejected(dispatcher, tracker, "location_area", "utter_wrong_location_area_address")
        # A phone number or email is not an area; name-like words may be (Shirley, Stanley).
        if area is None or redact(area, names=False) != area:
            return rejected(dispatcher, tracker, "location_area")
        return accepted("location_area", area)

    def validate_ongoing(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        to_stored = {"yes": "yes", "no": "no", "unknown": "unknown", "not_sure": "unknown"}
        if not picked(tracker, domain, "ongoing") and _NEVER_BEFORE.search(normalise(latest_text(tracker))):
            return accepted("ongoing", "no")  # "no it has never happened to my family before": its "before" is no yes
        return self._single_choice("ongoing", value, dispatcher, tracker, domain, "ongoing", "yes_no", translate=to_stored.get)

    def validate_support_wanted(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        wanted = (picked(tracker, domain, "support_wanted") or support_kinds(latest_text(tracker))
                  or _by_meaning(tracker, domain, "support_wanted") or [])
        return accepted("support_wanted", wanted) if wanted else rejected(dispatcher, tracker, "support_wanted")

    def validate_preferred_outcome(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Takes choices, or keeps the person's own words as "something else"."""
        text = latest_text(tracker)
        outcomes = self._many(tracker, domain, "preferred_outcome", "preferred_outcome")
        own_words = not picked(tracker, domain, "preferred_outcome") and word_count(text) >= 3
        said = normalise(text)
        # An institution named as who is to say sorry, or as where support is wanted, is not asked to act.
        for named_only, put_as in ((_APOLOGY_FROM, "an apology"), (_WANTED_AT, "support"), (_OWN_STEP, "a step of my own")):
            if own_words and "landlord_or_council_action" in outcomes and named_only.search(said) \
                    and "landlord_or_council_action" not in match_keys("preferred_outcome", named_only.sub(put_as, said)):
                outcomes = [outcome for outcome in outcomes if outcome != "landlord_or_council_action"]
        if not outcomes and own_words:
            outcomes = ["other"]
        if not outcomes:
            return rejected(dispatcher, tracker, "preferred_outcome")
        extra = clean_account(text[: MAX_OUTCOME_TEXT * 2])[:MAX_OUTCOME_TEXT] if own_words and "other" in outcomes else None
        return accepted("preferred_outcome", outcomes, preferred_outcome_text=extra)

    def validate_police_involvement(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """A yes is never read from a message that begins with a plain no (the word "police" in "no
        keep the police out of it" had made it yes), nor a yes or a no from one that begins by not
        knowing ("not sure yet if i want them involved", "not sure i am scared of them finding out")."""
        result = self._single_choice("police_involvement", value, dispatcher, tracker, domain, "police_involvement_wanted", "yes_no")
        said = normalise(latest_text(tracker))
        if result.get("police_involvement") == "yes" and not pressed_choices(tracker):
            if LEADING_NO.match(said):
                return accepted("police_involvement", "no")
            if _LEADING_UNSURE.match(said):
                return accepted("police_involvement", "not_sure")
        # Nor a no from a fear said after not knowing: "not sure i am scared of them finding out" (blind set 89).
        if (result.get("police_involvement") == "no" and not pressed_choices(tracker) and _UNSURE_FIRST.match(said)
                and not re.search(r"\b(?:no|nope|nah|never)\b", said)):
            return accepted("police_involvement", "not_sure")
        return result

    def validate_anonymous(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        if not picked(tracker, domain, "anonymous") and keeps_name_off(latest_text(tracker)):
            return accepted("anonymous", "anonymous")  # "scrap my name from the form" (bot/answers/names.py)
        if not tracker.get_slot("easy_read"):
            return self._single_choice("anonymous", value, dispatcher, tracker, domain, "anonymous")
        # The easy-read question is "Can we put your name on the report?": yes is named, no anonymous.
        meaning = {"yes": "named", "no": "anonymous", "anonymous": "anonymous", "named": "named"}
        return self._single_choice("anonymous", value, dispatcher, tracker, domain, "anonymous", "yes_no",
                                   translate=meaning.get)

    def validate_true_vision(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Records the True Vision choice and gives the link or the promise of help straight away."""
        choice = self._one(tracker, domain, "true_vision", "true_vision")
        if choice is None:
            return rejected(dispatcher, tracker, "true_vision")
        if choice == "help_now":
            dispatcher.utter_message(response="utter_true_vision_help")
        elif choice == "self":
            dispatcher.utter_message(response="utter_true_vision_link")
        return accepted("true_vision", choice)

    def validate_contact_route(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """A poster seen or a page found is how the person came, whoever made it (bot/answers/routes.py)."""
        seen = None if picked(tracker, domain, "contact_route") else route_by_what_was_seen(latest_text(tracker))
        if seen:
            return accepted("contact_route", seen)
        return self._single_choice("contact_route", value, dispatcher, tracker, domain, "contact_route")

    def validate_confirmed(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Result:
        """Saves on yes; "change the place" clears that answer so the form asks it again."""
        pressed = picked(tracker, domain, "confirmed")
        text = latest_text(tracker)
        if pressed == ["yes"]:
            return accepted("confirmed", True)
        # A field named without asking to change it ("i was scared at the time", "no police") is
        # not a change: only "change the date", "the date is wrong", or the field alone ("the date").
        if not pressed and _WHAT_IF.match(normalise(text)):
            # Asked, not told (blind set 36: it had cleared the date): how to change, now and once
            # sent, and nothing cleared.
            dispatcher.utter_message(response="utter_how_to_change")
            return accepted("confirmed", None)
        asks_change = _CHANGE_WORDS.search(normalise(text)) or (word_count(text) <= 3 and _only_fields(text))
        fields = [] if pressed or not asks_change else match_keys("field", text)
        if fields:
            cleared: Result = {field: None for field in fields}
            if "characteristics" in fields:
                cleared["characteristic_other"] = None
            if "police_involvement" in fields:
                cleared["true_vision"] = None
            return accepted("confirmed", None, **cleared)
        wants_change = _WANTS_CHANGE.search(normalise(text)) and not _NO_CHANGE.search(normalise(text))
        answer = "no" if pressed == ["change"] or wants_change else match_one("confirmed", text) or match_one("yes_no", text)
        if answer == "yes":
            return accepted("confirmed", True)
        if answer == "no":
            dispatcher.utter_message(response="utter_ask_what_to_change")
            return accepted("confirmed", None)
        return rejected(dispatcher, tracker, "confirmed")
