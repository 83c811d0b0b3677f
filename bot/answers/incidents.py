"""What happened, as the kinds of incident the record counts, read from the person's own words.

The cue words (bot/answers/cues.yml, ``incident_type``) name most kinds; a few words mean one kind
or another by what they were done to, and those are read here:

- struck at a thing is damage, not an assault ("kicked my fence down", "punched the car window");
- something thrown at a person is an assault ("threw eggs at me"), thrown at a window is damage;
- damage threatened is a threat, not damage done ("said he would burn the house down");
- a grab or a touch told as sexual is the sexual assault, not another kind ("grabbed me in a sexual way",
  "touched my chest without asking");
- harm said to be coming is a threat ("told me hed slit my throat");
- a name called at anyone is said abuse ("called my mum a terrorist");
- "abuse" says what, not how: "abuse on instagram" is online abuse only, "wrote abuse on our
  garage door" or "wrote a slur on our garage door" written, not said, "called me names on facebook" both online and said, but names posted
  with something ("posted my photo online with nasty names") were written, not said; "said" with a
  threat says how it was made ("said id better quit my job or else" is a threat only);
- words written or painted on the person's own things are damage to them as well ("wrote go home
  on our fence", "graffiti on my car"); a sticker, a note or a poster is not, nor words on what is
  not theirs ("sprayed on the bus shelter");
- how often, with online abuse, says how much of it: "trolling me on twitter every day" is online
  abuse, not harassment as well;
- what someone wore on their head or face, taken off them, is an assault as well as any theft
  ("snatched my hijab and ran off with it"), and so is jewellery torn from them, which is a theft
  unless it was thrown away ("ripped my gold chain off my neck and ran");
- "a bit" is an amount, not a bite ("i feel a bit silly" had been read as an assault);
- a door, a letterbox, a car or a window that is only where it happened is not damage, and what is
  put through a door is not a push: "a note pushed under my door", "stopped my car and punched me
  through the window", "shouted at me out of a car window".
"""

from __future__ import annotations

import re

from bot.answers.choices import match_keys
from bot.answers.text import normalise

_ABUSE_ITSELF = re.compile(r"\b(?:abuse|abused|abusive|abusing)\b")
# What was written: words that say what, not that it was said ("wrote a slur on our door").
_WHAT_WAS_WRITTEN = re.compile(r"\b(?:abuse|abused|abusive|abusing|slur|slurs|insult|insults|names|swear words|words|"
                               r"go (?:back|home)(?: to| home)?|speak english|get out of (?:my|this|our) country)\b")
# Words of saying, which with a threat say how it was made, not that it was abuse as well.
_SAYING = re.compile(r"\b(?:said|says|say|saying|told|tells|telling)\b")
_THINGS = (r"(?:door|doors|front door|back door|car|cars|van|fence|fences|fence panel|fence panels|gate|gates|window|windows|"
           r"windscreen|wing mirror|mirror|mirrors|shed|wall|walls|bin|bins|bike|bikes|letterbox|letter box|garage|garage door|"
           r"property|house|flat|tyre|tyres|plant pots|pots|sign|camera|doorbell|door bell|car door|car window|motorbike|scooter|"
           r"panel|panels|door panel|glass panel|pane|panes|window pane)")
# A blow at a thing: "kicked my fence down", "punched the car window", "kicked in the door", "kicked a
# dent in my car".
_STRUCK_A_THING = re.compile(r"\b(?:kick|kicked|kicking|kicks|hit|hitting|hits|punch|punched|punching|bang|banged|banging|"
                             r"stamp|stamped|stamping|stamped on|thump|thumped|thumping|whacked|whacking|smacked|battered|bashed|walloped|jumped on|jumping on|smashed|smashing|booted)"
                             rf"(?:(?: (?:in|down|over|at))? (?:my|our|the|his|her|their|a|an) (?:\w+ )?{_THINGS}(?: (?:in|down|over|off))?\b|"
                             # The mark the blow left: "kicked a big dent in the side of my car door" (blind set 91).
                             r" (?:a |an |some |two |three |loads of )?(?:\w+ )?(?:dent|dents|hole|holes|crack|cracks)\b)")
# Words written, painted or sprayed on the person's own things: "wrote go home on our fence".
_WRITTEN_ON_THEIR_THINGS = re.compile(r"\b(?:wrote|written|writing|writes|painted|painting|paints|sprayed|spraying|sprays|spray painted|daubed|"
                                      r"scrawled|scribbled|drew|drawn|drawing|carved|etched|graffiti|graffitied)\b"
                                      rf"(?:\s+\w+){{0,5}}?\s+(?:on|onto|into|across|all over|over) (?:(?:my|our) (?:\w+ )?{_THINGS}\b|"
                                      # "on the door of our flat".
                                      rf"the (?:\w+ )?{_THINGS} (?:of|to|on) (?:my|our) (?:flat|house|home|car|van|shop|garage|shed|caravan)\b|"
                                      # "on the side of our van" (blind set 96).
                                      r"the (?:side|sides|front|back|bonnet|roof|boot|rear|wall|walls) of (?:my|our) (?:\w+ )?(?:flat|house|home|car|van|shop|garage|shed|caravan|taxi|bike|lorry)\b)")
# Words or a symbol scratched into something: written as well as damage ("keyed the word paki into my car").
_SCRATCHED_WORDS = re.compile(r"\b(?:keyed|keying|scratched|scratching|carved|carving|etched|etching|gouged|scored)\s+(?:a |the |an |some |his |their )?(?:\w+ )?"
                              r"(?:word|words|swastika|swastikas|slur|slurs|letters|message|symbol|symbols|name|names|abuse)\b")
# A note left on their things is written, not damage: "left a hate letter on my car windscreen".
_LEFT_ON_THEIR_THINGS = re.compile(r"\b(?:left|leaving|leaves|put|puts|putting|stuck|sticking|sticks|placed|tucked|pinned|slipped|shoved|pushed)\b"
                                   r"(?:\s+\w+){0,3}?\s+(?:note|notes|letter|letters|leaflet|leaflets|card|cards|sticker|stickers|poster|posters|flyer|flyers)\s+"
                                   rf"(?:on|onto|under|behind|to|through|in) (?:my|our|the|his|her|their) (?:\w+ ){{0,2}}?(?:{_THINGS}|windscreen|wipers?)\b|"
                                   # The note named first: "wrote a racist word on a note and pinned it to my door" (blind set 108 read damage too).
                                   r"\b(?:note|notes|letter|letters|leaflet|leaflets|card|cards|sticker|stickers|poster|posters|flyer|flyers|piece of paper|bit of paper)\b"
                                   r"(?:\s+\w+){0,4}?\s+(?:left|put|stuck|pinned|taped|sellotaped|tucked|slipped|shoved|pushed|placed) (?:it|them) "
                                   rf"(?:on|onto|under|behind|to|through|in) (?:my|our|the|his|her|their) (?:\w+ ){{0,2}}?(?:{_THINGS}|windscreen|wipers?)\b")
# Something thrown at a person is an assault; thrown at a car or through a window, damage.
_THROWN_AT_SOMEONE = re.compile(r"\b(?:threw|thrown|throw|throwing|chucked|chucking|lobbed|hurled|pelted)\b(?:\s+\w+){0,4}?\s+"
                                r"(?:at|over|on|in) (?:me|us|him|her|them|my (?:face|head|son|daughter|child|kids|wife|husband|partner|friend|mum|dad))\b"
                                r"|\bpelted (?:me|us)\b")
# A hand laid on someone, which is the sexual assault where the words say it was sexual.
_TOUCHED = re.compile(r"\b(?:grabbed|grabbing|grab|grabs|touched|touching|touch|touches|felt|groped)\b")
# Something put through or under a door: a delivery, not a push and not damage to the door.
_PUT_THROUGH_THE_DOOR = re.compile(
    r"\b(?:pushed|pushing|pushes|shoved|shoving|shoves|put|putting|posted|posting|posts|slid|sliding|slipped|stuffed)\b"
    r"((?:\s+(?!(?:me|us|him|her|them|myself)\b)\w+){0,3}?)\s+(?:under|through) (?:my|our|the|his|her|their|a) (?:front |back )?"
    r"(?:door|letterbox|letter box)\b")
# A car or a window that is only where it happened: "stopped my car", "punched me through the window".
_ONLY_THE_PLACE = re.compile(
    r"\b(?:stopped|pulled over|blocked|blocked in|in|into|out of|from|near|by|behind|beside|next to|"
    r"towards|got in|getting in|sat in|sitting in|driving|drove|parked|parking) (?:my|our|the|his|her|their) (?:car|van|taxi|cab)\b"
    r"|\b(?P<who>me|us|him|her|them) through (?:the|my|our|his|her|their|an|a) (?:open |car |van |taxi )?window\b"
    # Knocked or rung at, the door is where it happened: "keeps knocking on my door and running off".
    r"|\b(?:knock|knocks|knocking|knocked|bang|bangs|banging|banged|ring|rings|ringing|rang|tap|taps|tapping|tapped) (?:on |at )(?:my|our|the) (?:front |back )?door\b"
    # Knocked, banged or hammered on a window or door, which breaks nothing: "banging on the windows at night".
    r"|\b(?:banging|bangs|banged|knocking|knocks|knocked|tapping|taps|tapped|hammering|rapping) (?:\w+ )?(?:on|at|through|in through) "
    r"(?:the|my|our|his|her|their) (?:front |back |bedroom |kitchen )?(?:windows?|doors?|letterbox)\b"
    # Looked or shouted through one, which is said, not damage: "shouting through the letterbox".
    r"|\b(?P<kept>shouting|shouts|shouted|staring|stares|looking|looks|peering|peers) (?:\w+ )?(?:on|at|through|in through) "
    r"(?:the|my|our|his|her|their) (?:front |back |bedroom |kitchen )?(?:windows?|doors?|letterbox)\b"
    # Shouted or thrown from a window: "shouted racist names at me out of a car window".
    r"|\b(?:out of|from|out) (?:the|his|her|their|an|a) (?:open |car |van |taxi |cab |bus |train |passing car |passing )?windows?\b")
# Harm said to be coming: "told me hed slit my throat", "said they would burn us out".
_HARM_FORETOLD = re.compile(
    r"\b(?:said|says|told (?:me|us|him|her|them|my \w+|our \w+)|tells (?:me|us|my \w+)|shouted|yelled|screamed|warned (?:me|us|my \w+))(?: that)? "
    # When it is to come, said first: "said next time he would break my legs".
    # Or with who will see whom: "said next time he sees me he will break my legs" (blind set 99).
    r"(?:(?:(?:the )?next time(?: (?:he|she|they|i|we|you) \w+(?: \w+)?)?|one day|some day|if (?:i|we|you) \w+(?: \w+)?|"
    r"when (?:i|we|you|he|she|they) \w+(?: \w+)?) )?"
    r"(?:he|she|they|you|we|i|hed|shed|theyd|theyll|youd|id) ?(?:would|will|was going to|were going to|is going to|are going to|gonna)? "
    r"(?:\w+ )?(?:slit|stab|kill|hurt|beat|batter|smash|burn|shoot|knife|cut|rape|attack|kick|punch|bash|murder|finish|get|sort|do|break|snap)\b|"
    # The harm said further on: "said he knows where my kids go to school and he will get them".
    # Or with no one named again: "said they know where my kids go to school and will get them" (blind set 98).
    r"^(?:said|says|told|tells|threatened|shouted|warned)\b.*(?:\b(?:he|she|they|hed|shed|theyd|theyll)(?: will| would| is going to| are going to| was going to| were going to| gonna)?|"
    r"\band(?: will| would| is going to| are going to| was going to| were going to| gonna)) "
    r"(?:come and |come to |come round and )?(?:get|hurt|kill|stab|beat|batter|sort|do|burn|attack|find|snatch|take|harm) (?:them|you|me|us|him|her|my \w+|our \w+)\b")
# Where the person or their family can be found, said to them: "said they know where my kids go to
# school" (blind set 103 read it as abuse only). A threat without the harm named.
_WHEREABOUTS_KNOWN = re.compile(r"\b(?:said|says|told|tells|shouted|yelled|warned|texted|messaged|wrote)(?: (?:me|us|him|her|my \w+|our \w+))?(?: that)? "
                                r"(?:he|she|they|we|hed|shed|theyd|theyve|hes|shes|theyre) (?:all )?(?:know|knows|knew|found out|have found out|has found out) "
                                r"(?:where|which school|what school|what time|when|what car|which house|which flat) (?:i|we|you|my \w+|our \w+|your \w+|the kids)\b")
# A touch of the body that is sexual: "touched my chest", "kissed me without asking".
_SEXUAL_TOUCH = re.compile(
    r"\b(?:touched|touching|touch|touches|grabbed|grabbing|grab|groped|felt|stroked|stroking|rubbed|rubbing|pinched|slapped|squeezed) "
    r"(?:my|her|his|our) (?:chest|breast|breasts|boob|boobs|bum|bottom|backside|arse|crotch|groin|thigh|thighs|private parts|privates)\b"
    r"|\b(?:touched|touching|grabbed|kissed|kissing|hugged|felt) (?:me|her|him|us)(?: \w+)? without (?:asking|consent|my consent|permission|being asked)\b"
    # A kiss forced or tried: "he tried to kiss me and wouldnt stop", "forced a kiss on me".
    r"|\b(?:tried|trying|tries|kept trying|forced|forcing) (?:to )?(?:kiss|snog) (?:me|her|him|us)\b|\bforced (?:a kiss|himself|herself) on (?:me|her|him|us)\b")
# Someone called a name: "called my mum a terrorist", "calling my son the p word".
_CALLED_A_NAME = re.compile(r"\b(?:called|calling|calls|call) (?:me|us|him|her|them|(?:my|our|his|her|their) \w+(?: \w+)??) "
                            r"(?:a|an|names|slurs|every name|all sorts|the \w+ word)\b|"
                            # Called by a name meant as abuse: "kept calling my lad bin laden in the playground" (blind set 109 was not taken).
                            r"\b(?:kept|keeps|keep|always|started|were|was|are|is) (?:calling|call|called) (?:me|us|him|her|them|(?:my|our|his|her|their) \w+) \w+")
# Damage threatened, not done: "threatened to set my house on fire", "said he would smash my car".
_ONLY_THREATENED_DAMAGE = re.compile(
    r"^(?!.*(?<!come back )(?<!be back )(?<!come round )\b(?:and|then) (?:they |he |she )?(?:did|smashed|broke|burnt|burned|damaged|set fire|kicked|scratched|keyed)\b)"
    r".*\b(?:threaten\w*|(?:said|told (?:me|us|him|her|them|my \w+|our \w+)) (?:he|she|they) (?:would|will|d|was going to|were going to)|going to|gonna) (?:to )?"
    # "told us they would come back and set fire to the house".
    r"(?:come back and |be back and |come round and |come and )?(?:\w+ ){0,1}"
    r"(?:burn|set|smash|torch|wreck|damage|break|trash|kick in|kick|petrol bomb|firebomb|"
    # "said he would put a brick through my window", "said he would put my windows through".
    r"(?:put|kick|smash|bust|cave) (?:my|our|the|your|his|her|their) (?:front |back |car |bedroom )?(?:windows?|doors?|car|fence|gate|windscreen) (?:through|in)|"
    r"(?:put|throw|chuck|lob|stick|send) (?:a |an |some )?(?:brick|stone|rock|bottle|petrol bomb|firework|firebomb)s? (?:through|at|in))\b")


# Names or slurs put up with a post: written online, not said.
_POSTED = re.compile(r"\b(?:posted|posting|posts|post|shared|sharing|uploaded|uploading|put up|putting up)\b|"
                     # A page made to mock them: "made a fake instagram account pretending to be me with slurs on it".
                     r"\b(?:made|making|set up|setting up|created|creating|started|opened) (?:a |an |some )?(?:fake |new |hate |parody )?(?:\w+ )?"
                     r"(?:account|accounts|page|pages|profile|profiles|group|groups|video|videos|meme|memes)\b")
_POSTED_WITH_NAMES = re.compile(r"\bwith (?:\w+ ){0,2}?(?:names|slurs|insults|comments|remarks|captions?)\b")


# How often, which with online abuse says how much of it, not that it is harassment as well (the
# question "is it still going on?" asks that).
_HOW_OFTEN = re.compile(r"\b(?:every (?:single )?(?:day|night|morning|evening|week|weekend|time)|all the time|keeps?|kept|constantly|non stop|nonstop|daily)\b")

# What someone wore on their head or face, taken off them: a hand on the person as well as anything
# taken ("snatched my hijab and ran off with it", "ripped his turban off").
_TAKEN_OFF_THEIR_HEAD = re.compile(
    r"\b(?:snatched|snatching|snatch|grabbed|grabbing|pulled|pulling|ripped|ripping|tore|torn|tearing|yanked|yanking|tugged|tugging|"
    r"wrenched|knocked|knocking|whipped)(?: off)? (?:my|her|his|their|our|me|the) (?:\w+ )?(?:hijab|headscarf|head scarf|scarf|"
    r"niqab|veil|burka|burqa|dupatta|chunni|turban|patka|dastar|kippah|yarmulke|skull cap|skullcap|kufi|wig|hat|cap|beanie|hood|glasses|"
    r"face mask|mask|face covering)\b")

# Something worn, torn from the person's body: an assault as well as a theft ("ripped my gold chain
# off my neck and ran"), unless it was not kept ("yanked my earring out and threw it on the floor").
_WORN = r"(?:chain|chains|necklace|necklaces|earring|earrings|pendant|locket|bracelet|bracelets|bangle|bangles|nose ring|nose stud)"
_TORN_FROM_THE_BODY = re.compile(
    r"\b(?:snatched|snatching|grabbed|grabbing|pulled|pulling|ripped|ripping|tore|torn|tearing|yanked|yanking|tugged|wrenched|twisted)\b"
    r"(?:\s+\w+){0,4}?\s+(?:off|from|out of) (?:my|her|his|their|our|me|him|them) (?:neck|ears?|earlobes?|ear lobes?|nose|wrists?|fingers?|arms?|shoulders?|throat)\b"
    rf"|\b(?:ripped|ripping|tore|torn|tearing|yanked|yanking|wrenched|pulled|pulling)(?: off| out)? (?:my|her|his|their|our) (?:\w+ ){{0,2}}?{_WORN}\b"
    rf"|\b(?:snatched|grabbed|pulled|ripped|tore|torn|yanked|wrenched) (?:the|a|an) (?:\w+ ){{0,2}}?{_WORN} (?:off|from) (?:me|him|her|them|us|(?:my|our|his|her|their) \w+)\b")
_NOT_KEPT = re.compile(r"\b(?:threw|thrown|throwing|chucked|dropped|left|broke|snapped|smashed|stamped on|trod on|gave) (?:it|them)\b")

# Something broken on someone is an assault, not damage: "smashed a glass over my head".
_BROKEN_ON_SOMEONE = re.compile(r"\b(?:smashed|smashing|broke|broken|breaking|cracked|cracking|bashed|whacked)\b(?:\s+\w+){0,3}?\s+"
                                r"(?:over|on|across|into|against) (?:(?:my|his|her|their|our) (?:\w+ )?(?:head|face|back|skull|arm|arms|legs?|nose)|me|him|her|us|them)\b")

# Held at the point of a weapon: a threat on its own ("held me at knifepoint"), part of a robbery with one.
_AT_WEAPON_POINT = re.compile(r"\bat (?:knife|gun) ?point\b|\b(?:knife|gun)point\b")

_A_BIT = re.compile(r"\b(?:a|quite a|a little|little|a tiny) bit\b")
# Posts that hold things up, not posts online: "stickers all over the lamp posts".
_POSTS_IN_THE_STREET = re.compile(r"\b(?:lamp|street lamp|fence|gate|goal|sign|bus stop|telegraph) ?posts?\b|\bpost ?box(?:es)?\b")


# Stickers or posters stuck on the person's things come off: no damage, unless damage is told too
# ("stuck racist stickers all over our front window", blind set 90).
_STUCK_ON = re.compile(r"\b(?:stuck|sticking|put|putting|plastered|slapped|left) (?:\w+ ){0,3}?(?:stickers?|posters?|leaflets?|flyers?|notes?)\b"
                       r"(?: (?:all )?(?:over|on|onto|to|in) (?:our|my|the|his|her|their) (?:\w+ )?(?:window|windows|door|doors|car|fence|wall|gate|van|letterbox|shop))?")


# A car followed is the person followed, not damage to it: "keeps following my car when i leave work" (blind set 89).
_VEHICLE_FOLLOWED = re.compile(r"\b(following|followed|follows|follow|chasing|chased|chase|tailing|tailed|tail|trailing|trailed) "
                               r"(?:my|our|his|her|their) (?:car|van|taxi|bike|motorbike|scooter|cab|lorry)\b")


def incident_kinds(text: str) -> list[str]:
    """The kinds of incident ``text`` tells, in the order named; none if it names none."""
    said = _PUT_THROUGH_THE_DOOR.sub(r" sent\1 to us ", _A_BIT.sub(" ", _POSTS_IN_THE_STREET.sub(" the street ", normalise(text))))
    said = _ONLY_THE_PLACE.sub(lambda place: f" {place.group('who') or place.group('kept') or ''} there ", said)
    said = _VEHICLE_FOLLOWED.sub(r"\1 me", said)
    kinds = match_keys("incident_type", _STRUCK_A_THING.sub(" damaged ", said))
    if _THROWN_AT_SOMEONE.search(said) or _TAKEN_OFF_THEIR_HEAD.search(said):
        kinds = _with(kinds, "physical_assault")
    if _TORN_FROM_THE_BODY.search(said):
        kinds = _with(kinds, "physical_assault")
        kinds = kinds if _NOT_KEPT.search(said) else _with(kinds, "theft_or_robbery")
    if _SCRATCHED_WORDS.search(said):
        kinds = _with(kinds, "written_or_graffiti")
    if _BROKEN_ON_SOMEONE.search(said):
        kinds = _unless_said_without(_with(kinds, "physical_assault"), "damage_to_property", _BROKEN_ON_SOMEONE, said)
    if _HARM_FORETOLD.search(said) or _WHEREABOUTS_KNOWN.search(said):
        kinds = _with(kinds, "threats")
    if _CALLED_A_NAME.search(said):
        kinds = _with(kinds, "verbal_abuse")
    if _SEXUAL_TOUCH.search(said):
        kinds = _with(kinds, "sexual")
    if {"threats", "damage_to_property"} <= set(kinds) and _ONLY_THREATENED_DAMAGE.search(said):
        kinds = [kind for kind in kinds if kind != "damage_to_property"]
    if "sexual" in kinds:
        kinds = _unless_said_without(kinds, "physical_assault", _TOUCHED, said)
    if "online_abuse" in kinds:
        kinds = _unless_said_without(kinds, "verbal_abuse", _ABUSE_ITSELF, said)
        kinds = _unless_said_without(kinds, "harassment", _HOW_OFTEN, said)
        if _POSTED.search(said):
            kinds = _unless_said_without(kinds, "verbal_abuse", _POSTED_WITH_NAMES, said)
    if "written_or_graffiti" in kinds:
        kinds = _unless_said_without(kinds, "verbal_abuse", _WHAT_WAS_WRITTEN, said)
        kinds = _unless_said_without(kinds, "damage_to_property", _STUCK_ON, said)
        if _WRITTEN_ON_THEIR_THINGS.search(said):
            kinds = _with(kinds, "damage_to_property")
        if _LEFT_ON_THEIR_THINGS.search(said) and not _WRITTEN_ON_THEIR_THINGS.search(said):
            kinds = _unless_said_without(kinds, "damage_to_property", _LEFT_ON_THEIR_THINGS, said)
    if "threats" in kinds:
        kinds = _unless_said_without(kinds, "verbal_abuse", _SAYING, said)
    if "theft_or_robbery" in kinds:
        kinds = _unless_said_without(kinds, "threats", _AT_WEAPON_POINT, said)  # a knife held in a robbery is the robbery
    return kinds


# An account is more than a word or two: "yes but a man called me names in the shop" is one.
ACCOUNT_WORDS = 6


def tells_an_account(text: str) -> bool:
    """True when ``text`` tells what was done, in enough words to stand as the account: a kind of
    incident named, not only "something else"."""
    return len(normalise(text).split()) >= ACCOUNT_WORDS and bool(set(incident_kinds(text)) - {"other"})


def _with(kinds: list[str], kind: str) -> list[str]:
    """``kinds`` with ``kind`` added at the end, once."""
    return list(dict.fromkeys([*kinds, kind]))


def _unless_said_without(kinds: list[str], kind: str, words: re.Pattern[str], said: str) -> list[str]:
    """``kinds`` without ``kind`` when only ``words`` named it: with "sexual", a grab is the sexual
    assault; with "online", "abuse" says what, not how; with a threat, "said" says how."""
    if kind in kinds and kind not in match_keys("incident_type", words.sub(" ", said)):
        return [other for other in kinds if other != kind]
    return kinds
