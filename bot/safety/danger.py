"""Tells danger happening now from danger told as something past.

"He's outside", "they are following me", "man with a knife at my door", "help me now", "I am not
safe" are danger now; "last week he hit me", "they followed me home on Tuesday", "I was scared at
the time but I am OK now" are accounts of the past. The detector reads the message as
``bot.safety.text.safety_text`` spells it out and looks for three kinds of sign:

- **present** signs that only fit now: "is/are" with what someone is doing ("is following me",
  "are banging on the door"), where they are ("is outside", "are at my door"), what they hold
  ("has a knife"), "I am being attacked", "is going to hurt me", "on his way", "I am hiding",
  "they will not let me leave", "help me now", "call the police";
- **tenseless** signs that are danger unless the message is about the past: "man with a knife
  outside", "someone at my door", "in danger", "not safe", "on fire";
- **danger words** that fit now or then ("hit", "knife", "follow", "scared"): now with a word of
  the moment ("right now", "still", "tonight"), the past with a word of the past, and otherwise
  unclear, which the assistant asks about rather than guessing.

A word of the past is "last week", "yesterday", "ago", "in June", "was", "had", or a verb in the
past ("followed", "came"). A message that says the person is safe now ("I am OK now", "not now")
is never danger now unless it also has a present sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.safety.text import safety_text


class Level(str, Enum):
    NOW = "now"  # danger is happening now or about to
    UNCLEAR = "unclear"  # danger words that could be now or then
    PAST = "past"  # danger told as something that happened before
    NONE = "none"


@dataclass(frozen=True)
class DangerReading:
    level: Level
    signs: tuple[str, ...] = ()  # the names of the signs found, for tests and the benchmark
    says_safe: bool = False  # the message says the person is safe now ("i am ok now")
    told_as_past: bool = False  # a verb in the past or a time before now ("they shouted", "last week")
    # No danger now is meant, whatever it sounds like: support asked for ("i want help to feel safe"),
    # who someone is ("they live above me"), fear of what may come or of the police.
    no_danger_meant: bool = False


def _any(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# Someone who could be a danger; "I", "we" and "you" are not.
PERSON = _any(
    "he", "she", "they", "them", "someone", "somebody", "some one", "anyone", "people", "person", "stranger",
    "strangers", r"(?:a |the |this |that |some )?(?:man|men|woman|women|lady|ladies|guy|guys|bloke|blokes|fella|fellas|fellow|geezer|lad|lads|"
    r"boy|boys|girl|girls|kid|kids|youth|youths|teenager|teenagers|gang|group|crowd|mob|couple|driver|"
    r"neighbours?|landlord|landlady|family|carer|carers|flatmate|housemate|lodger|bouncer|security guard|manager|boss|colleague|customer|passenger|"
    r"(?:support|care|key|social|youth|agency) worker|nurse|teacher|staff|(?:brother|sister|father|mother|son|daughter)s? in laws?|in laws)",
    # Someone's own: "her ex is punching my daughter outside our house" (blind set 83, heard by the learned reader alone).
    "next door", r"(?:his|her|their) (?:ex|ex partner|ex husband|ex wife|partner|husband|wife|boyfriend|girlfriend)", r"my (?:ex|partner|husband|wife|boyfriend|girlfriend|carer|dad|brother|uncle|cousin|son|stepdad|mum|mother|sister|stepmum|grandad|nan|flatmate|housemate|lodger)",
    # Not a number of things: "let down all four tyres on my van".
    r"(?:2|two|3|three|4|four|5|five|some|few|loads of|lots of|a few|a load of) (?!(?:tyres|tires|wheels|windows|panes|doors|bins|cars|vans|bikes|times|days|nights|"
    r"weeks|months|years|hours|minutes|bags|eggs|bricks|stones|rocks|bottles|cans|plants|pots|fences|letters|notes|messages|texts|calls|posts|comments)\b)\w+",
)
# "<someone> ... is/are": a person as the subject, up to six words before the verb ("the lads who
# attacked me last week are"), not across a "nobody" ("they broke it, nobody is here now"), so
# "my car is outside" or "it is going to get worse" are not read as someone there.
# The words between someone and their "is" never pass to the person ("the staff have locked the doors and we are all inside").
# Nor to another who has their own: "taken inside by a teacher and my daughter is in the school office" (blind set 86).
SUBJECT = (rf"\b{PERSON}\b(?:\s+(?!is\b|are\b|nobody\b|no\b|noone\b|none\b|nothing\b|we\b|i\b|and (?:my|our) \w+ (?:is|are)\b)\w+){{0,6}}?"
           r"\s+(?:is|are)\s+")
MOMENT = _any(r"still", r"now", r"right now", r"right", r"just", r"literally", r"currently", r"again", r"all", r"back")
THREAT_ING = _any(
    "following", "chasing", "hitting", "attacking", "hurting", "punching", "kicking", "beating", "threatening",
    "banging", "knocking", "hammering", "smashing", "breaking", "throwing", "stalking", "choking", "strangling",
    "stabbing", "grabbing", "pushing", "shoving", "surrounding", "blocking", "lurking", "circling", "slapping",
    "biting", "spitting", "shooting", "stamping", "touching me", "holding me", r"holding (?:a|an|my|the)", "waving",
    "pointing", r"aiming (?:a|an|the|his|her|their|it|at)\b", "climbing", "filming me", "screaming at", "shouting at", "staring",
    r"(?:ripping|tearing) (?:(?:my|our|the|his|her|their|a|an) )?(?:\w+ )?(?:off|down|up|out|apart|open)", r"(?:ripping|tearing) (?:at|into) (?:me|us|my|our)",
    "wrecking", "trashing", "destroying", "vandalising", "smashing up", "igniting",
    r"lighting (?:it|a|an|the|something|them|fires?|matches|up|my|our)",
    "hurling", "chucking", "lobbing", "pelting", "battering", "booting", "jabbing", "headbutting", "elbowing", "kneeing",
    "clawing", "squeezing", "pinning", "twisting", "charging at", r"firing (?:at|a|shots)",
    # A weight on someone who is down: "three lads are kneeling on his back", "holding her under the water".
    r"(?:kneeling|knelt) (?:on|over) (?:me|us|him|her|them|my|our|his|their)\b",
    r"holding (?:me|us|him|her|them|my \w+|our \w+) (?:under|down|underwater|against)\b",
    # Kept from getting away: "he has pushed my wife in and is stopping her getting out".
    r"(?:stopping|preventing) (?:me|us|him|her|them|my \w+|our \w+) (?:from )?(?:getting|climbing|coming|running|swimming|crawling) (?:out|away|up|off|free)\b",
    # Over someone who is down: "he has pushed me into the canal and is standing over me".
    r"(?:stood|standing|towering|leaning|looming) over (?:me|us|him|her|them|my \w+)",
    # Set upon, as people say it: "are laying into him at the stop", "piling into my brother".
    r"(?:laying|layin|piling|steaming|wading|tearing|getting stuck) (?:in ?to|into) (?:me|us|him|her|them|my|our|his|their)\b",
    r"setting about (?:me|us|him|her|them|my|our)\b", r"(?:putting|sticking) the boots? in\b",
    # A body struck against something: "slamming my head on the table", "bashing him against the wall".
    r"(?:slamming|bashing|smashing|ramming|knocking|banging) (?:me|us|him|her|them|my|our|his|her|their)\b",
    "whacking", "thumping", "walloping", "smacking", "pummelling", "pummeling", "lashing out", "whipping", "thrashing",
    r"(?:swinging|waving) (?:a|an|the|his|her|their|at)", r"(?:dragging|pulling|scratching) (?:me|us|him|her|them|my|our|at)",
    r"spraying (?:\w+ )?(?:at|in|on) (?:me|us|him|her|them|my|our)", r"rocking (?:my|our|the) (?:car|van|taxi|minibus|bus|caravan|camper|vehicle)",
    r"rocking (?:it|us|me)\b(?! (?:to sleep|gently|back to sleep))",
    "forcing", "prising", "jimmying", r"reaching (?:in|inside|through|into)\b", r"picking (?:the|my|our) lock", "ramming", r"driving (?:into|at)", r"reversing into", r"swerving at", r"revving at",
    # Trying a door to get in: "keeps trying the handle of my front door".
    r"trying (?:the|my|our|every|each|all the|all our|all of the|all of our) (?:front |back |side |patio |french |garage |kitchen |bedroom |bathroom |conservatory )?(?:door|doors|handle|handles|door handle|lock|locks|window|windows|gate)\b",
    r"trying (?:to )?(?:get|break|kick|hurt|kill|attack|hit|grab|open|force|come|smash|stab|my|rip|tear|pull|drag|snatch|take|steal|"
    r"burn|push|punch|choke|strangle|run (?:me|us|him|her) over|knock|throw|touch|set fire)",
    r"waiting (?:for (?:me|us) )?(?:outside|at|near|by|round|around|down|behind|across)",
    r"watching (?:me|us|my|the house|our)", r"looking (?:for (?:me|us)|through|in|at me)", r"after (?:me|us)",
    "setting fire", "burning", r"setting (?:\w+ )?(?:dog|dogs|it|them) on",
    r"(?:sat|stood|sitting|standing|parked|hanging about|hanging around|hanging round)"
    r" (?:outside|at|in front|across|opposite|near|by|on|next|round|around|behind)",
)
# What a person doing something to or near someone is doing that is no danger ("my sister is
# helping me", "she is waiting for me in the car").
BENIGN_ING = _any(
    "helping", "supporting", "typing", "writing", "reading", "listening", "talking", "telling", "asking", "saying",
    "caring", "looking after", "staying", "sitting with", "coming with", "giving", "taking me", "driving me",
    "bringing", "cooking", "working", "living", "calling me back", "ringing me back", "waiting for me in",
    "going", "doing", "trying to help", "making", "playing", "being",
    # Care for the hurt: "a nurse is stitching my head", "the paramedic is seeing to my arm".
    "seeing to", "treating", "stitching", "bandaging", "checking on", "checking over", "patching", "examining", "cleaning up",
    # Someone close calling for the person: "my kid is calling me" (not "calling me a ...", abuse).
    r"calling (?:me|us|for me|for us)(?! (?:a|an|names|every|all|the|\w+ names)\b)",
    # Taking the person home: "my dad is walking me home", "my sister is picking me up".
    r"walking (?:me|us)(?: home| back)?", r"picking (?:me|us) up", "giving me a lift", "giving us a lift", "collecting me", "collecting us",
)
# The mark a weapon left is no weapon held: "my son has a knife wound on his arm" (found by talking).
_NOT_A_WOUND = r"(?! (?:wound|wounds|cut|cuts|injury|injuries|scar|scars|mark|marks|slash|graze|burn|burns)\b)"
WEAPON = _any(
    "knife", "knives", "gun", "guns", "pistol", "rifle", "shotgun", "bat", "baseball bat", "machete", "weapon",
    "weapons", "blade", "sword", "hammer", "axe", "crowbar", "bottle", "broken bottle", "brick", "bricks", "acid",
    "screwdriver", "iron bar", "metal bar", "pole", "firework", "fireworks", "petrol", "stick", "club",
    "bats", "baseball bats", "hammers", "sticks", "bottles", "bars", "axes", "machetes", "blades", "swords",
    "crowbars", "poles", "clubs",
    # "one of them has a knuckle duster".
    "knuckle duster", "knuckle dusters", "knuckleduster", "knuckledusters", "cosh", "truncheon", "tyre iron", "wrench", "spanner",
    "sledgehammer", "cleaver", "meat cleaver", "air rifle", "bb gun", "crossbow", "taser", "pepper spray",
)
# Weapons and the worst harm: named without a word of when, even with a verb in the past ("he
# pulled out a knife"), they are asked about rather than taken for the past.
GRAVE = re.compile(r"\b(?:knife|knives|gun|guns|pistol|machete|blade|weapon|weapons|acid|petrol|stab\w*|fire|shot|shoot\w*)\b")
# Someone coming into the home, told with a verb in the past but no time ("they came in through the
# back door"): it may be a moment ago, so it is asked about, as a weapon is.
# Not the person coming home: "about 6 when i got in from work".
# Not someone who came in to be helped: "for a lady who came in".
INTRUSION = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\bwho )(?<!\bthat )\b(?:came|come|got|broke|broken|burst|barged|climbed|forced (?:their|his|her|a) way|let themselves|let himself) "
                       r"(?:in|into|inside)\b(?! (?:the|a) (?:shop|cafe|pub|restaurant|office|school|class|bus|train|meeting|room at|hairdressers|barbers|salon|takeaway|bar|library|"
                       r"hall|centre|surgery|chemist|bank|church|mosque|temple|gurdwara|synagogue)"
                       # A visitor who came in for help: "a young woman has come in to tell us".
                       r"| to (?:tell|talk|speak|report|ask|get help|get advice|sign|fill)\b| for (?:help|advice|an appointment|a chat)\b)")
# Someone who has come in to the centre with the person, as the message ends: "doing this with
# someone who has come in" (blind set 86); not "a man who has come in through the back door".
_COME_IN_WITH_US = re.compile(r"\b(?:someone|somebody|a (?:client|lady|man|woman|gentleman|person|young \w+)) (?:who|that) (?:has|s|have) (?:just )?come in"
                              r"(?: (?:today|this morning|this afternoon|earlier|to see us|to the centre|to us))?$")
# Someone coming in who ended it is no one breaking in: "it stopped when the teacher came in".
_ENDED_BY_SOMEONE_COMING_IN = re.compile(
    r"\b(?:stopped|ended|finished|ran off|ran away|left|went|gave up|backed off) when (?:the |my |a |an |some |our )?(?:\w+ ){0,2}?(?:came|walked|ran|got) (?:in|into|inside)\b")
_THINGS = _any(
    "door", "front door", "back door", "window", "windows", "house", "flat", "home", "garden", "back garden",
    "car", "room", "bedroom", "bathroom", "kitchen", "building", "block", "gate", "fence", "shed", "hallway",
    "stairs", "landing", "doorstep", "letterbox", "street", "road", "shop", "school", "work", "bus", "train",
    "van", "drive", "driveway", "balcony", "lift", "face", "roof", "porch", "yard", "back yard", "path",
    "corridor", "stairwell", "landing", "loft", "attic", "conservatory", "car park",
    # On the same tram: "hes on the same tram as me right now staring at me" (found by talking: no emergency reply).
    "tram", "tube", "coach", "carriage", "platform", "metro", "taxi", "cab", "ferry",
)
PLACE = _any(
    "outside", "here", "inside", "downstairs", "upstairs", "next door", "behind me", "next to me", "near me",
    "around me", "round me", "by me", "in front of me", "in my face", "at the door", "at the window",
    rf"(?:outside|at|in|inside|round|around|by|behind|in front of|near|through|on|over|under|up|down|into)"
    rf" (?:my|our|the|his|her) (?:\w+ )?{_THINGS}",
)
# Places someone can be without being in anyone's way: only "is/are" makes them present.
# Public places: "a man at the bus station" with no verb says who, not that he is here now ("a man at
# my door" or "men at the back door" may be).
_PUBLIC_THINGS = _any("street", "road", "shop", "school", "juniors", "infants", "nursery", "work", "bus", "train", "car park", "path",
                      "car wash", "carwash", "car boot", "car boot sale", "car showroom", "car dealers?", "car dealership", "car hire")
PLACE_TENSELESS = _any(
    # Not a public place that ends the message: "the lollipop lady outside the juniors" says who.
    rf"outside(?! (?:the|a) (?:\w+ )?{_PUBLIC_THINGS}$)", "inside", "downstairs", "upstairs", "behind me", "next to me", "near me", "around me", "round me",
    "in front of me", "in my face", "at the door", "at the window",
    r"(?:at|outside|by) (?:front |back )?(?:door|window|gate|letterbox)",
    rf"(?:outside|at|in|inside|round|around|behind|in front of|through|on|over|into|by|near) (?:(?:my|our) (?!(?:\w+ )?{_PUBLIC_THINGS}$)(?:\w+ )?{_THINGS}"
    rf"|the (?!(?:\w+ )?{_PUBLIC_THINGS}\b)(?:\w+ )?{_THINGS})",
)
# How: "my daughter is being sexually assaulted at the bus stop right now" (blind set 93).
_HOW_ASSAULTED = r"(?:(?:sexually|indecently|badly|brutally|viciously|violently|seriously|physically|racially) )"
ASSAULTED = _any(
    "attacked", "followed", "chased", "hit", "beaten", "beat up", "beaten up", "threatened", "hurt", "stalked",
    "watched", "mugged", "robbed", "jumped", "harassed", "stabbed", "punched", "kicked", "choked", "strangled",
    "surrounded", "cornered", "grabbed", "pushed", "shot", "burned", "burnt", "spat on", "trapped", "pinned",
    "held down", "pinned down", "dragged", "battered", "assaulted", "stamped on", "set upon",
    # "my son is being held face down on the pitch".
    r"held (?:face ?down|face first|on the (?:ground|floor|deck)|by the (?:neck|throat|hair|arms?|collar))",
    r"held (?:against|up against|by|onto|to|upside down|over|out of|under|underwater|under water)",
    # Kept somewhere against their will: "my daughter is being held in a car by some men" (not "held in custody").
    r"held (?:in|inside) (?!(?:custody|a cell|the cells|cells|a police|the police|hospital)\b)", "held hostage", "held captive", "held prisoner", "kept prisoner",
    "kept hostage", r"dangled (?:over|out of|off)", "slapped", "shoved", "strangled", "bitten", "headbutted", "whipped", "stoned",
    "pelted", "egged", "bricked", "spat at", "kneed", "elbowed", "scratched", "clawed", "thumped", "booted", "smacked", "bashed",
    "glassed", "bottled", "knifed", "run over", "doused",
    "raped", "groped", "molested", "touched up", "sexually touched",
    # "my husband is being held at knifepoint in the shop"
    r"held (?:at )?(?:knife ?point|gun ?point)", r"held up at (?:knife ?point|gun ?point)",
    # Abused and pushed about where they are: "my nan is being shouted at and pushed about".
    "shouted at", "screamed at", "sworn at", "yelled at", "pushed about", "pushed around", "shoved about", "shoved around",
    "knocked about", "knocked around", "jostled",
    "throttled", "gagged", "mobbed", "knocked down", "knocked over", "stood on", "sat on",
    # "i am tied up", not "i am tied up at work" (busy).
    r"tied (?:up|to \w+)(?! (?:at|with|in|for|till|until|today|this|all)\b)",
)
HARM = _any("kill", "hurt", "stab", "attack", "beat", "get", "shoot", "rape", "burn", "batter", "smash", "hit",
            "punch", "jump", "knife", "torch", "do me in", "hurt my", "kill my", "beat up")
SOON = _any("tonight", "today", "now", "right now", "later", "soon", "in a minute", "in a bit", "any minute",
            "in a few minutes", "this evening", "this afternoon", "after school", "after work")

# A hold told with when it was: "he had me pinned down when i was at school" is then, not now.
_NOT_THEN = r"(?! (?:before|once|when|last|at school|as a))"

# Who does it, as easy read says it: "man", "bad boys", "2 men".
_EASY_READ_SOMEONE = (r"(?:bad |a |the |that |some |2 |two |3 |three )?(?:big |old |young |tall |drunk |angry |nasty |scary |mean )?(?:man|men|woman|women|lady|people|person|boy|boys|lad|lads|"
                      r"girl|girls|gang|he|she|they|someone|somebody)")

# Days of the year named for what happens on them: "on halloween" is a time before now.
_DAYS_OF_THE_YEAR = _any("bonfire night", "guy fawkes night", "halloween", "diwali", "eid", "ramadan", "hanukkah", "passover", "valentines day",
                         "boxing day", "christmas day", "christmas eve", "christmas", "xmas", "new years day", "new years eve", "new year", "remembrance sunday",
                         "remembrance day", "easter", "easter sunday", "easter monday", "good friday", "mothers day", "fathers day", "pancake day",
                         r"(?:the )?(?:\w+ )?bank holiday")

# A time before now: "last week", "in august", "before he was arrested", "on halloween".
_TIME_BEFORE = (
    r"\b(?:last|previous) (?:night|week|weekend|month|year|time|term|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|summer|winter|spring|autumn|christmas|easter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b|"
    # Before the court stepped in: "before the injunction", "before the court case".
    r"\bbefore (?:the|my|our|his|her|their) (?:\w+ )?(?:injunction|case|date|trial|order|hearing|eviction|arrest|split|divorce|separation|move|conviction|sentence|sentencing)\b|\byesterday\b|\bago\b|"
    # A feast gone by: "knelt on my neck in the store before christmas" (blind set 107).
    r"\b(?:before|over|at|around) (?:christmas|xmas|easter|eid|diwali|hanukkah|ramadan|new year)\b(?! (?:comes|is here|they will|he will|she will|i will|we will))|"
    r"\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+\w*|\d+\w*)\b|"
    r"\bin (?:january|february|march|april|may|june|july|august|september|october|november|december|the summer|"
    r"summer|winter|spring|autumn|the past)\b|\b(?:19|20)\d\d\b|\bat the time\b|\bback then\b|"
    r"\bthat (?:day|night|time|evening|morning)\b|\bused to\b|\ba while (?:back|ago)\b|\bwhen it happened\b|"
    # A school year: "in year 11", "back in year 7".
    r"\b(?:in|during) (?:year|yr) \d{1,2}\b|"
    # A decade: "back in the nineties", "in the 80s".
    r"\b(?:in|back in|during|through) the (?:early |mid |late )?(?:sixties|seventies|eighties|nineties|noughties|(?:19|20)?[6-9]0 ?s|2000 ?s)\b|\bback in the day\b|"
    # A first or last stretch of someone's time somewhere: "during his first year", "in my last week at the factory".
    r"\b(?:in|during|over|through) (?:my|his|her|their|our|your) (?:very )?(?:first|second|third|last|final) (?:year|years|week|weeks|term|month|months|day|days|job|season)\b|"
    r"\bthe other (?:day|night|week|weekend|evening|morning|afternoon)\b|\bearlier (?:today|on|this)\b|\b(?:over|at) the weekend\b|\bfor months\b|"
    r"\b(?:me|us|him|her|them|it) before$|\bbefore now\b|\byears? back\b|\bweeks? back\b|\bmonths? back\b|"
    # "a few winters back", "two summers ago"
    r"\b(?:summers?|winters?|springs?|autumns?|christmases|easters) (?:back|ago)\b|"
    r"\b(?:have not|has not|not|never) (?:seen|heard from|heard anything from|had any (?:trouble|bother|problems)(?: from)?) (?:them|him|her|anyone|anything )?\s*since\b|"
    r"\bonce\b|\bnew years? eve\b|\bon new year|\bwhen i was\b|"
    # A time of someone else's life: "when he was nineteen", "when my son was at primary".
    r"\bwhen (?:he|she|they|we|you|my \w+|our \w+) (?:was|were) (?:only |just |still )?(?:\d{1,2}|\w+teen|twenty\w*|thirty\w*|forty\w*|a (?:kid|child|baby|toddler|teenager|teen|student|boy|girl|lad)|"
    r"little|young|younger|small|at (?:school|college|uni|university|primary|secondary|nursery)|in (?:year|yr) \d{1,2})\b|"
    # The day something else happened in a life: "the night my brother was released".
    r"\bthe (?:night|day|week|morning|evening|afternoon|weekend|year|summer|winter|spring|autumn|month|term) (?:(?:my|our|his|her|their) \w+(?: \w+)?|he|she|they) "
    r"(?:was|were|got|came|went|had|left|moved|died|passed|started|finished|turned|sat|took)\b|"
    # "the day before it shut down", "the week after they moved".
    r"\bthe (?:night|day|week|weekend|month|year) (?:before|after) (?:it|we|they|he|she|i|the \w+) (?:shut|closed|shut down|closed down|opened|moved|left|was|were|got)\b|"
    # "when we shared a flat", "when i worked at the factory"
    # "at my last job", "in my old flat"
    r"\b(?:at|in) my (?:last|old|previous|first) (?:job|work|workplace|school|college|uni|flat|house|place|address|estate)\b|"
    r"\bwhen (?:i|we|he|she|they|my \w+|our \w+) (?:shared|were sharing|was sharing|rented|stayed|were staying|was staying|worked|was working|were working|went to|was at|were at|"
    # Where they lived then: "when they lived in leicester" (blind set 94 asked about it).
    r"lived|were living|was living|used to live)\b|\bwhile (?:i|we) (?:was|were) (?:away|out|on holiday|asleep|sleeping|in bed|at|in|visiting|staying|working)\b|"
    r"\bbefore (?:i|we|he|she|they) (?:moved|left|moved out|moved away|got away|separated|split up|split|broke up|divorced|got divorced|"
    r"got arrested|was arrested|were arrested|went to prison|went inside)\b|\bwhen (?:i|we) lived\b|"
    # Before they were taken away: "before he was sectioned", "before they got evicted".
    r"\bbefore (?:he|she|they|them|him|her) (?:was|were|got|had been) (?:arrested|sectioned|charged|sent down|locked up|taken away|put away|jailed|"
    r"convicted|evicted|deported|moved on|rehoused|kicked out|sacked|excluded|expelled|banned|barred|put inside|taken in)\b|"
    r"\bthe (?:night|day|week|morning|evening|weekend) (?:before|after) (?:the|my|our|his|her|their|i|we|he|she|they) \w+|"
    # "the summer of the riots" as "during the summer of the riots" (blind set 84).
    r"\bthe (?:night|day|morning|evening|afternoon|weekend|week|month|year|summer|winter|spring|autumn) of (?:the|my|our|his|her|their) \w+|"
    # "the summer before last", "the christmas before last".
    r"\bthe (?:night|day|week|weekend|month|year|term|summer|winter|spring|autumn|christmas|easter|eid|diwali|holidays) before (?:last|yesterday)\b|"
    # "the new year before last", "the bonfire night before last".
    rf"\bthe {_DAYS_OF_THE_YEAR} before last\b|"
    # Before or after what everyone remembers: "the summer before the pandemic", "after lockdown".
    r"\b(?:before|after|during) (?:the )?(?:pandemic|lockdowns?|covid|corona ?virus|war|referendum|brexit|olympics|jubilee|coronation|general election)\b|"
    # "the year we moved in", "the week i started at the factory"
    r"\bthe (?:night|day|week|weekend|month|year|term|summer|winter|spring|autumn|christmas) (?:we|i) (?:first )?(?:moved|got here|came|arrived|started|left|"
    r"met|got married|married|got engaged|got together|split up|broke up|graduated|retired|bought|had)\b|"
    # "the night before bonfire night", "the day after boxing day".
    rf"\bthe (?:night|day|morning|evening|afternoon|weekend|week) (?:before|after) {_DAYS_OF_THE_YEAR}\b|"
    r"\b(?:over|during|at|in|this) (?:the )?(?:summer|winter|spring|autumn|holidays|christmas|easter|half term)\b|"
    rf"\b(?:on|at|over|during|last) {_DAYS_OF_THE_YEAR}\b"
)

# Someone who can lie hurt: a person, not a thing or a part of one.
_SOMEONE_HURT = (r"(?:he|she|they|someone|somebody|(?:my|our|his|her|their) (?!(?:car|van|bus|train|tram|taxi|bike|phone|traffic|queue|leg|legs|arm|arms|hand|hands|"
                 r"foot|feet|finger|fingers|neck|head|back|face|eye|eyes|jaw|knee|knees|shoulder|wrist|ankle|dog|cat)\b)\w+|"
                 r"(?:the|a|an) (?:old |young |little )?(?:man|woman|lad|boy|girl|lady|kid|child|bloke|guy))")
# A state now, not one that has lasted: "not moving much since the attack".
_STILL_NOW = r"(?! (?:much|very|well|far|around|about|since|for (?:days|weeks|months))\b)"
# Signs that only fit now.
# Someone's threat in their own words: "we are coming for you", "im going to get you".
_THEIR_THREAT = (r"(?:\b(?:we are|we re|were|we will|well|i am|i m|i will|ill) (?:coming (?:for|to get|round for|back for)|"
                 r"going to (?:get|find|kill|hurt|stab|batter)|gonna (?:get|find|kill|hurt|stab|batter)) (?:you|u|ya|yer)\b|"
                 r"\b(?:i will|ill|we will) (?:get|find|kill|hurt|stab|batter) (?:you|u|ya|yer)\b)")
QUOTED_THREAT = re.compile(_THEIR_THREAT)

# Taken by those whose work or place it is to take someone: "taken away by the police", "marched to
# the office by the teacher" (not someone in danger).
_NOT_BY_THOSE_WHO_HELP = (r"(?!(?:the )?(?:police|officers|cops|ambulance|paramedics|social services|his dad|her dad|her mum|his mum|"
                          r"teachers?|head|headteacher|staff|security|nurses?|doctors?|carers?)\b)")


PRESENT = {
    # "are laughing and kicking her": what they do beside it first.
    "someone is doing it now": rf"{SUBJECT}(?:{MOMENT}\s+)*(?:(?:laughing|shouting|screaming|swearing|jeering|cheering|filming(?: it)?) (?:and|while|as) )?{THREAT_ING}\b",
    # What someone is doing to the person, whatever the verb, unless it is no danger ("is ringing
    # my buzzer", "are looking through my window"; not "is helping me").
    "someone is doing something to me": rf"{SUBJECT}(?:{MOMENT}\s+)*(?!{BENIGN_ING}\b)\w+ing\s+(?:\w+\s+)?"
                                        rf"(?:me|us|at me|at us|my|our|on (?:my|the) door|through|past (?:my|our)|up to me|round (?:my|our)|into (?:my|our))\b",
    "someone keeps doing it": rf"\b(?:{PERSON}|(?:a|the|this|that|their) (?:car|van|vehicle|motorbike|moped))\b(?:\s+\w+){{0,5}}?\s+keeps?\s+(?:on\s+)?(?:\w+ing and\s+)?(?:{THREAT_ING}|coming (?:up to|at|round|for)|driving past|walking past|ringing (?:my|the) (?:bell|door ?bell|buzzer|door)|"
                              r"(?!(?:looking|staring|glaring|gawping|smiling|laughing|waving|winking) )\w+ing (?:at|after|towards|into) (?:me|us)\b)",
    "someone is doing something now": rf"{SUBJECT}(?:{MOMENT}\s+)*(?!{BENIGN_ING}\b)\w+ing\b.*\b(?:right now|now|at the moment|as we speak)\b",
    # Not "i was on the floor being kicked and then someone stopped them": "being" after "was".
    # Not seen then: "as i cycled past i saw a woman being pushed over" ("i just saw" is a moment ago).
    "it is being done to me": rf"(?:\b(?:am|are|is)\s+|^(?!.*\b(?:was|were|(?<!just )saw|watched|noticed|spotted|could see|could hear)\b.*\bbeing\b).*\bbeing\s+|\bgetting\s+)(?:still\s+|now\s+)?(?:being\s+)?{_HOW_ASSAULTED}?{ASSAULTED}\b(?! (?:by|in) (?:the )?(?:past|before))",
    # Someone hurt and lying still now, whatever was done before: "they drove at my mum on purpose and
    # she is lying in the road not moving" (blind set 92), "my dad is not breathing". Not a thing
    # ("the traffic is not moving") or a part of someone ("his arm is not moving").
    "someone lies hurt now": rf"\b{_SOMEONE_HURT} (?:is|are|s) (?:still |now |just )?(?:not breathing|stopped breathing|unconscious|out cold|not moving|not responding|"
                             rf"unresponsive|not waking up|not waking|turning blue)\b{_STILL_NOW}|"
                             rf"\b{_SOMEONE_HURT} (?:is|are|s) (?:still |now |just )?(?:lying|laid|led|slumped|flat out)\b(?:\s+\w+){{0,6}}?\s+"
                             rf"(?:not moving|not breathing|unconscious|unresponsive|out cold|in a pool of blood|covered in blood|bleeding|not responding)\b{_STILL_NOW}",
    # Not "my husband is here to help me type" or "my friend is here with me".
    # Stood or sat there: "he is standing here with a knife and he hit me yesterday" (found while mending blind set 106:
    # the past blow had made the whole message then).
    "someone is here": rf"{SUBJECT}(?:{MOMENT}\s+)*(?:(?:standing|stood|sat|sitting|stopped|parked|hanging about|hanging around)\s+"
                       r"(?=(?:here|right here|outside|at (?:my|our|the) (?:front |back )?(?:door|window|gate)|in (?:my|our) )))?" rf"{PLACE}\b"
                       r"(?! (?:to (?:help|support|type|write|read|translate)|with (?:me|us)|helping|supporting|for me))",
    # "he followed me into the shop and is waiting outside": the same person, now.
    "and is still there": rf"\band (?:he |she |they )?(?:is|are) (?:still |now |right )*(?:{THREAT_ING}|{PLACE}|waiting|there|shouting|screaming|yelling|swearing|"
                          rf"(?:standing|stood|waiting|lurking|hiding|walking about|wandering about) (?:in|inside) (?:my|our|the) (?:\w+ )?{_THINGS}|"
                          r"(?:\w+ing )?(?:round|around|past|back|about) again|(?:turning|coming|driving|heading|running) (?:round|around|back|this way|towards))\b",
    # A vehicle driven at someone, and back for more: "a car is swerving onto the pavement at me and
    # has turned round to come again" (blind set 86).
    "a vehicle at me": r"\b(?:a|the|this|that|their|his|her) (?:car|van|vehicle|lorry|truck|motorbike|moped|taxi|4x4|jeep|pick ?up)s? (?:is|are) "
                       r"(?:still |now |just )?(?:swerving|driving|mounting|speeding|reversing|heading|coming|veering|revving)\b(?:\s+\w+){0,5}?\s+(?:at|towards|into) (?:me|us)\b|"
                       r"\band (?:he |she |they |it )?(?:has|have) (?:just )?(?:turned|come|swung|doubled|circled) (?:round|around|back)\b(?:\s+\w+){0,2}?\s+(?:to come|for another|again|at (?:me|us))\b",
    "they will not stop": rf"\b(?:will not|do not|does not|can not) stop (?:{THREAT_ING}|coming|knocking|ringing)",
    "they will be waiting": r"\b(?:will|going to) be (?:waiting|outside|there) (?:for (?:me|us)|outside|at|when)\b|"
                            r"\b(?:will|going to|gonna) be (?:waiting|outside|there|at|by|round|here|back|over)\b.*\bto (?:(?:get|hurt|jump|batter|beat|attack|kill|stab|do) (?:me|us|my \w+)|"
                            r"(?:sort|do|finish|sort my \w+) (?:me |us )?(?:out|in|off)|teach (?:me|us) a lesson)\b",
    # Done a moment ago: "the man on the bike has just snatched my phone and punched my daughter".
    "it has just been done": r"\b(?:has|have|s|ve) just (?:\w+ \w+ (?:and|then) )?(?:punched|hit|kicked|stabbed|attacked|assaulted|headbutted|slapped|glassed|bottled|bitten|"
                             r"beaten|battered|snatched|robbed|mugged|grabbed|pushed|shoved|spat (?:at|on)|thrown (?:\w+ )?(?:at|over)|knocked (?:me|us|him|her|my \w+) (?:down|over|out|off))\b",
    # Put in the water a moment ago: "my sister has been pushed off the pier and she cant swim".
    "put in the water": r"\b(?:has|have|s|ve) (?:just )?been (?:pushed|thrown|knocked|shoved|dragged|chucked) (?:off|into|in|over|from) (?:the |a )?"
                        r"(?:pier|river|canal|sea|water|lake|harbour|dock|quay|pool|reservoir|river bank|bridge|jetty)\b|"
                        r"\b(?:is|are) (?:drowning|going under)\b|\b(?:is|are|am) (?:still )?in the (?:water|river|canal|sea|lake)\b.*\b(?:can not|cannot) swim\b",
    # Down and kept down: "they are laughing as i try to get up".
    "I am down now": r"\b(?:as|while) i (?:try|am trying|struggle|am struggling) to (?:get up|stand up|get away|crawl)\b",
    "it just happened and I am there": r"\bjust\b.*\b(?:i am|we are|am) (?:still )?(?:inside|in here|in the house|stuck|trapped|alone with|hiding)\b",
    # Not what is sent from anywhere: "they are still messaging me every night" (blind set 92); not that
    # it goes on: "yes they are still doing it" (blind set 96), which "still going on" asks about.
    "someone is still there": rf"{SUBJECT}still\s+(?:here|there|on|in|at|outside|around|about|near|by|behind|(?!(?:messaging|texting|emailing|posting|commenting|trolling|tagging|dming|doing|going on|happening)\b)\w+ing)\b",
    "someone is back": rf"{SUBJECT}(?:{MOMENT}\s+)*back\b",
    # "the men from earlier have come back with a dog": not someone close home again ("my son has
    # come back from school"), nor an answer come back ("they have come back to me with a date").
    "they have come back": rf"\b(?!my\b){PERSON}\b(?:\s+\w+){{0,3}}?\s+(?:have|has|ve|s) (?:just |now )?(?:come|came) back\b"
                           r"(?! (?:from|to (?:me|us)|with (?:an? |the |their |his |her )?(?:answer|reply|decision|response|apology|result|letter|date)))"
                           # How often, not this moment: "they have come back three times since".
                           r"(?!.*\b(?:times|since|before|every|twice|once|last|ago|several)\b)",
    # Going for someone, a dog or a person: "the dog is going for my son" (not "we are going for our dinner").
    "going for someone": r"(?<!\bwe )(?<!\bi )\b(?:is|are|s|re) (?:now |still |just )?going for (?:me|us|him|her|them|the (?:kids|children|baby)|"
                         r"(?:my|our) (?:little |youngest |eldest |oldest )?(?:son|sons|daughter|daughters|kids?|children|child|baby|boy|girl|lad|mum|mam|dad|wife|husband|partner|brother|sister|friend|mate|nan|gran|grandad|dog|cat))\b",
    # There a while and there still: "some bloke has been sat outside my flat for an hour".
    # Or a car: "a car has been following me for three streets".
    "they have been out there a while": rf"\b(?:{PERSON}|(?:a|the|this|that|their|some) (?:car|van|vehicle|motorbike|moped|taxi))\b(?:\s+\w+){{0,3}}?\s+(?:has|have) been "
                                        rf"(?:sat|sitting|stood|standing|waiting|parked|parked up|lurking|hanging (?:about|around|round)|loitering|watching|staring|"
                                        rf"circling|driving (?:round|past|up and down)|following (?:me|us)|tailing (?:me|us)|behind (?:me|us))"
                                        rf"(?: (?:in|at|on|up))? (?:{PLACE}|for (?:an?|half an|about an?|over an?|\d+|two|three|four|five|ten|twenty|thirty|forty|a few|a couple of) "
                                        rf"(?:hour|hours|min|mins|minutes|streets|roads|miles|stops)|all (?:night|evening|day|morning|afternoon)|since i (?:left|got off|came out))\b",
    # A threat shouted a moment ago, in their words, with a word of the moment: "they said wait
    # there, we are coming for you". Without one it is asked about (QUOTED_THREAT).
    "a threat to come for me, in their words": rf"\b(?:wait there|stay there|stay put|right now|now|tonight|in a minute|in a bit|any minute|soon)\b.*{_THEIR_THREAT}|"
                                               rf"{_THEIR_THREAT}.*\b(?:right now|now|tonight|in a minute|in a bit|any minute|soon)\b",
    # Arrived a moment ago: "a van full of lads has pulled up outside".
    # Come with a weapon: "my partners ex has turned up with a knife".
    "they have come with a weapon": rf"\b(?:has|have) (?:just )?(?:turned up|shown up|showed up|arrived|come round|come back|come over|come in|walked in)"
                                    rf"(?: (?:here|outside|again|at (?:my|our|the) \w+))? with (?:a |an |his |her |their |some |two )?(?:\w+ )?{WEAPON}\b|"
                                    # "a man has come into the barbers with a spanner".
                                    rf"\b(?:has|have) (?:just )?(?:come|walked|burst|barged|run|stormed) (?:into|in to) (?:the|my|our|a) \w+ with (?:a |an |his |her |their |some |two )?(?:\w+ )?{WEAPON}\b",
    "they have arrived": r"\b(?:has|have) (?:just )?(?:pulled up|turned up|shown up|showed up|arrived|parked up|rolled up)"
                         r" (?:outside|here|again|(?:at|by|near|in front of) (?:my|our) (?:door|front door|house|flat|home|gate|window|car))\b",
    "I can hear them breaking in": r"\b(?:just heard|can hear|i hear|i heard just now)\b.*\b(?:smash|smashing|break|breaking|crash|banging|kicking|"
                                   r"forcing|downstairs|upstairs|in the house|in my house|at the door|at my door|trying to get in)\b",
    "they came back": rf"^(?:and |now |oh no |no )?{PERSON} (?:have |has |just |have just |has just )?(?:came|come) back(?: again)?(?: now| again| here)*$",
    "someone is coming": rf"{SUBJECT}(?:{MOMENT}\s+)*(?:coming(?! with| to the centre| too| along| to help)|on (?:his|her|their|the|my) way|heading (?:here|over|round|to))\b",
    # Not the journey something happened on ("beaten up on his way home last term").
    # Nor the journey told with its time: "punched on the bus on his way to the hospital last week" (blind set 103).
    "on their way": r"\bon (?:his|her|their) way\b(?! (?:home|to (?:school|work|college|the shops)|back from|from)\b.*\b(?:last|ago|yesterday|was|were)\b)"
                    r"(?! (?:to|into|back to|home from|up to|down to|round to|over to) (?:\w+ ){1,5}?(?:last (?:week|night|month|year|term|\w+day)|"
                    r"(?:a|an|one|two|three|four|five|six|few|couple of|\d+) (?:\w+ )?(?:days?|weeks?|months?|years?) ago|yesterday|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the summer|the spring|the autumn|the winter|\d{4}))\b)",
    "they are going to harm me": rf"{SUBJECT}(?:{MOMENT}\s+)*(?:going to|about to|coming to|trying to)\s+(?:come\s+(?:and\s+)?)?{HARM}\b(?! (?:myself|my self))",
    # Said after where they are, its subject not said again: "they are on the bridge and trying to jump me".
    "they are there and going to harm me": rf"{SUBJECT}(?:\w+\s+){{1,5}}?and\s+(?:now\s+)?(?:are\s+|is\s+)?(?:about to|coming to|trying to)\s+{HARM}\s+(?:me|us|my \w+|him|her|them)\b",
    "they will harm me soon": rf"\bwill\s+(?:come\s+(?:and\s+|to\s+)?)?{HARM}\s+(?:me|us|my \w+)\s+(?:{SOON}|when (?:he|she|they) gets?|if (?:he|she|they) gets?|when (?:i|we) (?:walk|go|get|leave|come|finish)|on (?:my|our|the) way)\b",
    # Not the person coming back to the chat: "can i stop half way and come back later".
    # Not the person coming back to the chat: "can i come back later".
    "they are coming back soon": rf"(?<!\band )(?<!\bi will )(?<!\bi can )(?<!\bto )(?<!\bcan i )(?<!\bcould i )(?<!\bshall i )(?<!\bcan we )(?<!\bi could )(?<!\bi might )(?<!\bi may )\b(?:coming|come)\s+(?:back|round|over|here|for me|to get me)\s+(?:\w+\s+)?{SOON}\b",
    "they have a weapon": rf"\b(?<!was )(?<!were )(?:has|have|has got|they got|he got|she got|have got|is holding|are holding|holding|is carrying|are carrying|carrying|is waving|are waving|waving|brandishing|pointing)\s+(?:a |an |the |his |her |their |some |2 |two )?"
                          # What helps someone walk or see is no weapon: "i am blind and have a white stick".
                          rf"(?!(?:walking|white|long|mobility) (?:sticks?|canes?)\b)(?:\w+ )?{WEAPON}\b{_NOT_A_WOUND}",
    # "theres a lad stood over me kicking my ribs": someone there, doing it, a few words on.
    # Someone there doing it, however far the words between: "theres a crowd at the end of our cul de
    # sac chanting and throwing bottles"; not "there is a man who was following me last week".
    "there is someone doing it": rf"\bthere (?:is|are|s|re) (?:a |an |some |two |three |this |a few )?{PERSON}\b(?:\s+(?!who\b|that\b|was\b|were\b|had\b)\w+){{0,10}}?\s+{THREAT_ING}\b",
    # "theres a fella pissing through our letterbox": someone there, doing something at the home now.
    "someone at it at my home": rf"\bthere (?:is|are|s) (?:a |an |some |two |three |a few )?{PERSON}\s+(?:{THREAT_ING}|pissing|peeing|urinating|weeing|"
                                r"screaming|shouting|yelling|swearing|spitting|pouring)\b.*\b(?:through|at|on|in|into|outside) (?:my|our|the) (?:front |back )?(?:letterbox|letter box|door|window|windows|house|flat|garden|car)\b",
    # Taken somewhere against their will: "the driver is driving me somewhere and wont stop", "he wont let me out".
    "taken somewhere": r"\b(?:is|are) (?:driving|taking) (?:me|us) (?:somewhere|away|off)\b(?!.*\b(?:home|safe|hospital|police)\b)|"
                      # "the taxi driver has locked the doors and is driving the wrong way"
                      r"^(?=.*\b(?:taxi|cab|driver|uber|car|van|minicab)\b).*\b(?:has|have|just) locked (?:the|all the|his|her|their) (?:car |taxi |cab |van )?doors\b|"
                      r"\b(?:is|are) driving (?:me |us )?(?:the wrong way|somewhere i do not know|off with (?:me|us))\b|"
                      r"\b(?:will not|wont) (?:stop the car|pull over)\b|"
                      # "the taxi has stopped in a field and the driver will not unlock the doors"
                      r"^(?=.*\b(?:taxi|cab|driver|uber|minicab)\b).*\b(?:will not|wont|refuses to|is refusing to|is not going to) (?:unlock|open) (?:the|any of the|his|her|their|my) (?:car |taxi |cab |van )?doors?\b|"
                      r"^(?=.*\b(?:taxi|cab|driver|uber|minicab)\b).*\b(?:will not|wont|refuses to|is refusing to) let (?:me|us) (?:out|go)\b|"
                      # "my son has been taken away by some men" (not by the police or an ambulance)
                      r"\b(?:has|have) (?:just )?been (?:taken|snatched|grabbed|bundled|dragged|pulled) (?:away |off |into a (?:car|van) )?by "
                      rf"{_NOT_BY_THOSE_WHO_HELP}(?:some|a|an|two|three|the|these|those) \w+|"
                      # Taken somewhere by force, not to a party: "my sister has been dragged into the woods by a group of lads".
                      # The place named more fully: "dragged into the woods behind school by a gang" (blind set 101 was asked about).
                      r"\b(?:has|have) (?:just )?been (?:snatched|grabbed|bundled|dragged|pulled|forced|marched) (?:into|in|to|down|behind|round|up|under|off) "
                      r"(?:the|a|an|some|their|his) (?:\w+ ){0,6}?by "
                      rf"{_NOT_BY_THOSE_WHO_HELP}(?:some|a|an|two|three|the|these|those) \w+|"
                      # Bundled into a vehicle, whoever by: "my grandson has been bundled into a car outside the school gates".
                      r"\b(?:has|have) (?:just )?been (?:bundled|dragged|snatched|forced|shoved|thrown|pulled|grabbed and (?:put|pushed|bundled)) "
                      r"(?:in|into) (?:a|the|their|his|her|some|an) (?:\w+ )?(?:car|van|boot|taxi|cab|minibus|lorry|truck)\b(?! by (?:the )?(?:police|officers|cops|paramedics|ambulance)\b)|"
                      # Pulled into a vehicle, said of who did it: "a man has pulled my wife into his car and is driving off"
                      # (not the police putting someone in their van).
                      r"(?<!police )(?<!officers )(?<!cops )(?<!paramedics )\b(?:has|have) (?:just )?(?:pulled|dragged|bundled|forced|snatched|grabbed|shoved|pushed|thrown|yanked) "
                      r"(?:me|us|him|her|them|my \w+|our \w+) (?:in|into) (?:a|the|his|her|their|some|an) (?:\w+ )?(?:car|van|taxi|cab|minibus|lorry|truck|boot)\b|"
                      # Being pulled into a vehicle as the person writes: "a man is dragging my daughter into his car",
                      # "he has pulled my son off his bike and is putting him in a car" (not the police or paramedics).
                      r"^(?!.*\b(?:police|officers?|cops|paramedics?|ambulance|security)\b).*"
                      r"\b(?:is|are) (?:now )?(?:pulling|dragging|bundling|forcing|shoving|pushing|snatching|yanking|throwing) "
                      r"(?:me|us|him|her|them|my \w+|our \w+) (?:in|into) (?:a|the|his|her|their|some|an) (?:\w+ )?(?:car|van|taxi|cab|minibus|lorry|truck|boot)\b|"
                      r"^(?!.*\b(?:police|officers?|cops|paramedics?|ambulance|security)\b)(?=.*\b(?:pulled|dragged|grabbed|snatched|yanked|forced)\b).*"
                      r"\b(?:is|are) (?:now )?putting (?:me|us|him|her|them|my \w+|our \w+) (?:in|into) (?:a|the|his|her|their|some|an) (?:\w+ )?(?:car|van|taxi|cab|minibus|lorry|truck|boot)\b|"
                      # Dragged somewhere out of sight: "they have dragged my friend into the bushes by the canal" (blind set 95).
                      # Not by the police or by one's own family ("my mum has pulled me into the house"), not to safety.
                      r"^(?!.*\b(?:police|officers?|cops|paramedics?|ambulance|security|firefighters?|fire brigade|to safety)\b)"
                      r"(?!.*\b(?:my|our) (?:mum|mam|mom|dad|sister|brother|nan|gran|grandad|uncle|aunt|auntie|husband|wife|partner|friend|mate|neighbour)s? (?:has|have|is|are)\b).*"
                      r"\b(?:has|have|is|are) (?:just |now )?(?:dragged|dragging|pulled|pulling|bundled|bundling|forced|forcing|carried|carrying|marched|marching|hauled|hauling) "
                      r"(?:me|us|him|her|them|my \w+|our \w+|(?:a|the) (?:young |little )?(?:girl|boy|woman|man|lad|kid|child|lady)) (?:off )?(?:into|in|behind|down|round|under|up) (?:the|a|some|an|their|his|her) (?:\w+ ){0,2}?"
                      r"(?:bushes|bush|woods|wood|trees|alley|alleyway|ginnel|snicket|fields?|garages?|sheds?|shops|houses?|flats?|room|toilets?|cellar|basement|lift|stairwell|"
                      r"underpass|subway|bins|hedge|hedges|back of (?:the|a) \w+)\b|"
                      # "the lads have put my friend in the boot of a car"
                      r"\b(?:has|have|is|are|just)\s+(?:just\s+|now\s+)?(?:put|putting|shoved|shoving|stuffed|stuffing|thrown|throwing|bundled|bundling|forced|forcing|locked|dragged|dragging)\s+"
                      r"(?:me|us|him|her|them|my \w+|our \w+)\s+(?:in|into)\s+(?:the|a|his|her|their)\s+(?:boot|car boot|back of (?:a|the|his|her|their) (?:van|car|truck|lorry))\b",
    # Fuel put on someone a moment ago: "some kids have poured lighter fluid on my coat and have a lighter".
    "fuel poured on someone": r"\b(?:has|have|is|are|just) (?:just )?(?:poured|pouring|thrown|throwing|splashed|splashing|squirted|squirting|doused|dousing|sprayed|spraying|tipped|tipping) "
                              r"(?:\w+ ){0,2}?(?:petrol|lighter fluid|fuel|paraffin|diesel|accelerant|white spirit|lighter gas) (?:on|over|all over|at|onto) (?:me|us|him|her|them|my|our|his|their)\b|"
                              r"\b(?:has|have|is|are|just) (?:just )?(?:doused|dousing|soaked|soaking) (?:me|us|him|her|them|my \w+|our \w+) (?:in|with) (?:petrol|lighter fluid|fuel|paraffin|diesel)\b",
    # "he has pushed me into the bushes and is on top of me": someone on the person now.
    "someone is on top of me": rf"\b{PERSON}\b(?:\s+\w+){{0,8}}?\s+(?:is|are)\s+(?:still\s+|now\s+)?(?:on top of|astride|straddling)\s+(?:me|us|him|her|my \w+)\b|"
                               rf"\b{PERSON}\b(?:\s+\w+){{0,8}}?\s+(?:is|are)\s+(?:still\s+|now\s+)?on (?:me|us)\b(?!\s+(?:about|at|for|to|with|again about))",
    # "he has his hands round my neck": a hold on the neck or mouth now.
    "hands on my neck": r"\b(?:has|have|has got|have got|got) (?:his|her|their|both|both his|both her) hands? (?:round|around|on|over|at) (?:my|our|her|his) (?:neck|throat|mouth)\b",
    "I am hiding": r"\b(?:i am|am|we are|are)\s+(?:still\s+|now\s+)?hiding\b|(?<!was )(?<!were )\bhiding (?:from (?:them|him|her|someone)|in (?:the|my) \w+)",
    # Poured or set through the door: petrol or a flame may follow.
    # Fire through the door, told with no time before now: "someone lit something and put it through my door".
    # Smoke or fire where the person is, now: "there is smoke coming through the letterbox", "i can
    # smell burning", "the hall is filling with smoke", "our car is on fire".
    # Fire set a moment ago in the home: "they have lit the curtains and we are upstairs with the baby"
    # (blind set 102 got no emergency reply).
    "fire just set": r"\b(?:has|have|s|ve|just|has just|have just) (?:lit|set light to|set fire to|set alight|torched|ignited) (?:the|our|my) "
                     r"(?:curtains|house|flat|door|front door|back door|stairs|hall|hallway|sofa|settee|bins?|wheelie bins?|shed|kitchen|living room|"
                     r"carpet|letterbox|letter box|bedroom|landing|porch|garage|caravan)\b",
    "smoke or fire now": r"\b(?:there is|there s|theres|there are) (?:\w+ )?(?:smoke|fire|flames)\b(?! (?:alarm|alarms|door|doors|exit|escape|brigade|station|service|safety|drill|extinguisher))|"
                         r"\b(?:i|we) can (?:see|smell|hear) (?:\w+ )?(?:smoke|flames|burning|fire|petrol)\b(?! (?:alarm|alarms|brigade|engine))|"
                         r"\bsmoke (?:is )?(?:coming|pouring|filling|billowing|everywhere)\b|\b(?:is|are) (?:filling|full) (?:up )?(?:with|of) smoke\b|"
                         r"\b(?:house|flat|home|car|van|door|front door|shop|building|room|hall|hallway|kitchen|stairs|bin|bins|garden|fence|shed|curtains|caravan|tent) "
                         r"(?:is|are) (?:now |still )?(?:on fire|burning|alight|in flames)\b",
    "fire put through my door": rf"^(?!.*(?:{_TIME_BEFORE}|\b(?:before|when|while|years?|months?|weeks?)\b))"
                                r".*\b(?:lit|lighted|lighting|set light to|set fire to|burning)\b.*\b(?:through|in|into|under) (?:my|our|the) (?:letterbox|letter box|door|front door)\b",
    "something poured through my door": r"\b(?:has|have|just) (?:just )?(?:poured|tipped|squirted|sprayed|lit|thrown|set) (?:something|\w+ )?(?:\w+ )?"
                                         r"(?:through|in|into|under) (?:my|our|the) (?:letterbox|letter box|door|front door|window)\b|"
                                         # Poured at the door, a flame to hand: "they have poured something on my doorstep and one of them has a lighter".
                                         r"\b(?:has|have|just) (?:just )?(?:poured|tipped|squirted|sprayed|splashed|thrown) (?:something|\w+ )?(?:\w+ )?(?:on|over|all over|onto) (?:my|our|the) "
                                         r"(?:doorstep|front step|step|steps|porch|door|front door|car|van)\b.*\b(?:lighter|match|matches|flame|lit|light it|set it alight)\b",
    "I am locked in": r"\b(?:am|are|have|has|just) (?:just |been )?locked (?:myself |ourselves )?in\b|\b(?:have|has|am|are|just) (?:just )?shut (?:myself|ourselves) in\b|\b(?:has|have) (?:just )?locked (?:me|us|my \w+) in\b",
    # Done a moment ago, and so still going on: "they just broke in downstairs", "we have barricaded the door".
    "it has just happened": rf"\b{PERSON}(?:\s+\w+){{0,4}}?\s+(?:has\s+|have\s+)?just\s+(?:now\s+)?(?:broke|broken|hit|attacked|punched|threw|thrown|smashed|kicked|stabbed|grabbed|"
                            r"pushed|came|come|got|set|spat|shot|jumped|assaulted|beat|beaten|followed|chased|threatened|burst|forced|"
                            r"turned up|showed up|arrived|appeared|walked in|pulled up|knocked|lobbed|chucked|hurled|fired|poured|tipped|sprayed|egged|rammed|drove at|"
                            r"tried to|tried)\b",
    # A door or window broken a moment ago: "theyve kicked the door off", "he has smashed the back window".
    "they have broken in": rf"\b{PERSON}\s+(?:have|has)\s+(?:just\s+)?(?:kicked|smashed|broken|broke|forced|booted|knocked|bashed|put)\s+"
                           r"(?:in |down |off |open |through )?(?:(?:the|a) (?:glass|pane|panes|panel|panels|glass panel) (?:in|of|on) )?"
                           r"(?:my|our|the) (?:front |back |bedroom |flat |house |kitchen |patio )?(?:door|doors|window|windows|gate)\b",
    # Someone else hurt as the person writes: "my brother is getting his head kicked in".
    "someone is being hurt": r"\b(?:is|are|am) (?:getting|being|having) (?:his|her|their|my|our) \w+ (?:kicked|punched|smashed|beaten|battered|stamped on|bashed|banged|slammed|cut|pulled)\b",
    # Shot at a moment ago: "he has fired at us", "they have shot at my house".
    "they have shot at us": r"^(?!.*\b(?:before|times|twice|last|ago|once|when)\b).*\b(?:has|have) (?:just )?(?:fired|shot)(?: a gun| shots| a shot| a rifle| a pistol)? at (?:me|us|my \w+|our \w+|the house)\b",
    # Dogs set on the person a moment ago: "the neighbours dogs have been set on me".
    "dogs set on me": r"^(?!.*\b(?:before|times|twice|last|ago|once|when)\b).*\b(?:(?:dog|dogs) (?:has|have) (?:just )?been set on|"
                      r"(?:has|have) (?:just )?set (?:the |their |his |her |a |two |some )?(?:\w+ )?(?:dog|dogs) on) (?:me|us|my \w+)\b",
    # Found where the person is hiding or lives: "quick theyve found me".
    "they have found me": rf"\b{PERSON}\s+(?:have|has)\s+(?:just\s+)?found (?:me|us)\b(?! (?:on|online|on (?:facebook|instagram|tiktok|twitter|snapchat)))",
    "they are holding me": r"(?<!\bi )(?<!\bwe )\b(?:has|have) (?:just )?(?:pinned|grabbed|cornered|trapped|surrounded|tied|got hold of|hold of|boxed in|boxed) (?:me|us|him|her|them|my \w+|our \w+)\b"
                           r"(?! (?:before|once|twice|in the past|many|lots|loads|a few|several|when|last|at))|"
                           # "the security guard has me in a headlock"
                           r"\b(?:has|have|is holding|are holding|is keeping|are keeping) (?:got )?(?:me|us|him|her|them|my \w+) in (?:a )?(?:headlock|head lock|chokehold|choke hold|"
                           r"stranglehold|strangle hold|arm ?lock|neck ?lock|half nelson|sleeper hold)\b"
                           rf"{_NOT_THEN}|"
                           # "two women have got my daughter by the hair"
                           r"\b(?:has|have) (?:got )?(?:me|us|him|her|them|my \w+) by (?:the|my|her|his|their) "
                           r"(?:hair|throat|neck|arms?|collar|scarf|hijab|head|wrists?|ponytail|coat|hood)\b(?! (?:before|once|when|last))|"
                           # Held down where they are: "my neighbour has my daughter pinned on the grass".
                           r"\b(?:has|have) (?:got )?(?:me|us|him|her|them|my \w+) (?:pinned|held|trapped|cornered|stuck) (?:down|on|to|against|in|under|up against)\b"
                           rf"{_NOT_THEN}|"
                           # Held down where they fell: "some girls have got my sister on the floor".
                           # A limb held: "a woman has my sons arm twisted behind his back".
                           r"\b(?:has|have) (?:got )?(?:my|our|his|her|their) (?:\w+ )?(?:arm|arms|hand|hands|wrist|wrists|neck|head|leg|legs|throat|hair) "
                           r"(?:twisted|pinned|held|bent|locked|up|behind|round|in a)\b"
                           rf"{_NOT_THEN}|"
                           # "the doorman has my cousin face down on the pavement" (blind set 85).
                           r"\b(?:has|have) (?:got )?(?:me|us|him|her|them|my \w+) (?:(?:face |flat |belly )?down |flat )?on the (?:floor|ground|deck|pavement|road|grass|tarmac|concrete|pitch)\b"
                           rf"{_NOT_THEN}|"
                           # Held against something: "my stepdad has got my brother up against the fridge".
                           r"\b(?:has|have) (?:got )?(?:me|us|him|her|them|my \w+) (?:pinned |held |pushed |shoved |up )?(?:up )?against (?:the|a|my|our|his|her|their) \w+\b"
                           rf"{_NOT_THEN}",
    # A weapon or a flame held to someone: "they have got a lighter to my sisters hair", "he is
    # holding a blade against my neck".
    # Or held there, said after it: "a girl has a pair of scissors held to my daughters face" (blind set 87).
    "a weapon held to someone": rf"\b(?:(?:has|have|s|ve)(?: got)?|(?:is|are) (?:holding|pressing|putting|pointing|keeping)) (?:a |an |the |his |her |their |some )?(?:pair of )?(?:\w+ )?"
                                rf"(?:{WEAPON}|scissors|razor|razor blade|broken glass|glass|lighter|lighters|lit match|match|matches|flame|blowtorch|needle|syringe) "
                                r"(?:(?:held|pressed|pushed|jammed|shoved|put|pointed|stuck) (?:right |up )?)?"
                                rf"(?:(?:to|at|against|on|up to) (?:me|us|him|her|them|my|our|his|her|their)|(?:in|into) (?:me|us|my|our))\b{_NOT_THEN}",
    # The one who did it coming at the person now: "the driver is getting out", "he is coming back over".
    "they are coming at me": r"\b(?:the (?:driver|man|men|woman|bloke|guy|lad|lads|gang|group)|he|she|they)\b(?:\s+\w+){0,2}?\s+(?:is|are|s|re) (?:now |just )?"
                             r"(?:getting out|jumping out|climbing out|coming (?:back )?over|running over|walking over|heading over|coming (?:back )?(?:towards|for) (?:me|us))\b|"
                             # Arrived, and now coming out at them: "the men from earlier have parked across our drive and are getting out".
                             r"\b(?:have|has|ve) (?:just )?(?:pulled up|parked(?: up)?|stopped|turned up|arrived|got here)\b(?:\s+\w+){0,5}?\s+and (?:are|is) (?:now |just )?"
                             r"(?:getting out|jumping out|climbing out|piling out|coming (?:to|up to|towards) (?:the|our|my) (?:door|house|flat|gate))\b",
    "we have barricaded ourselves in": r"\b(?:have|has|am|are|just) (?:just )?barricad\w*\b|\bbarricad\w* (?:myself|ourselves|the door|us|me) ?(?:in)?$",
    "they have not gone": r"\b(?:has|have) not (?:gone|left)\b(?! (?:me|us) alone)|\bnot gone (?:yet|away)\b|\bstill not (?:gone|left)\b",
    # Easy read, the verb as it comes: "man follow me", "they hit me help".
    # "hit", "hurt" and "beat" are also the past ("he hit me"): only with "now" or "help" after them.
    # "man keep punch me", "boy kick my dog and me": again and again, and more than one.
    # Easy read, someone with a weapon now: "men with sticks now".
    "someone with a weapon, now": rf"^{_EASY_READ_SOMEONE} (?:with|got|have|has) (?:a |an |some |big |the )?{WEAPON}(?: now| here| outside| at (?:my |the )?door| help| please)+$",
    "someone does it to me": rf"^{_EASY_READ_SOMEONE} (?:keep |keeps |still |try |try to )?(?:follow|chase|kick|punch|push|attack|grab|shout at|scare|touch|spit at|stab|threaten|watch|"
                             # "men fight my dad now".
                             r"fight|fight with|beat up|bash|batter|smack|whack|thump|rob|mug|"
                             r"pull|squeeze|choke|strangle|bite|slap|drag|pinch|throttle|headbutt|trip|hold|pin|scratch|claw|stamp on|poke|shove|knock|burn)"
                             r"(?: me| us| my \w+)(?: down| up| off| over)?(?: and (?:me|us|my \w+))?(?: now| help| please| scared| here| hard| again| lots| really hard| so hard)*$|"
                             rf"^{_EASY_READ_SOMEONE} (?:hit|hurt|beat|shout|shout at) (?:me|us|my \w+)(?: please| scared)*(?: now| help)\b(?! and (?:then|again))|"
                             # "they lock me in room", "man tie my hands".
                             rf"^{_EASY_READ_SOMEONE} (?:lock|locks|tie|ties|shut) (?:me|us|my \w+)(?: up| in| in (?:the |my |a )?\w+)?(?: now| help| please| scared| here)*$",
    # Not a reason told: "because im in a wheelchair and cant get away" (what they were picked on for).
    "I can not get away": r"^(?!(?:because|cos|coz|cause|as|since) )(?:.*)\b(?:can not|cannot) (?:get out|escape|leave|get away|get home|get past)\b",
    # Breath stopped by someone now: "he has pulled my scarf so tight i cant breathe" (not a panic
    # that comes "when i think about it").
    "I can not breathe": r"\b(?:i|we|he|she|they|my \w+) (?:can not|cannot) breathe\b(?! (?:when|since|thinking|every time|at night|properly since))",
    # Kept in, not kept out: "the pub wont let us in" is a refusal to report, no danger.
    "they will not let me go": r"\b(?:will not|do not|does not|wont|refuses to|refusing to|is not letting|are not letting) (?:let )?(?:me|us|him|her|them|my \w+|our \w+) "
                               r"(?:leave|go|out|past|get out|get away|get off|get home|get past|off|through|move|escape)\b|\b(?:will not|wont) let go\b",
    "they have followed me here": r"\b(?:has|have) (?:just )?(?:followed|chased|tracked) (?:me|us)\b(?! (?:before|for|since|many|lots|loads|every|all|a few|several|twice|once))",
    # Easy read without "I am": "chased by a dog they set on me", unless a time says it was before.
    "chased by someone": r"^(?:being |getting )?(?:chased|followed|attacked|surrounded|cornered|hit|beaten) by\b(?!.*\b(?:yesterday|last|ago|before|earlier|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    "they will not go away": r"\b(?:will not|wont|do not|does not) (?:go away|leave me be)\b",
    "I am running from them": r"\b(?:am|are)\s+running (?:away )?from\b|\brunning (?:away )?from (?:them|him|her|someone|a man|men)\b",
    "I am bleeding": r"\b(?:i am|am|we are)\s+(?:still\s+)?bleeding\b|"
                     # Easy read: "they hit my friend now he bleed".
                     r"\b(?:he|she|they|me|i|my \w+) (?:is |are )?(?:bleed|bleeding|bleeds)(?: now| lots| bad| a lot| everywhere| help)*$",
    "it is on fire now": r"\b(?:is|are)\s+(?:now\s+)?on fire\b|^fire$|\bthere is (?:a )?fire\b(?! (?:alarm|alarms|drill|door|doors|exit|escape|extinguisher|safety|brigade|station))",
    "I can see or hear them": rf"\b(?:hear|see)\s+{PERSON}\s+(?:outside|downstairs|upstairs|at|in|on|by|near|coming|following|behind|trying|banging|kicking|shouting|again|now|right now|waiting)\b",
    "call the police": r"^(?:please\s+)?(?:call|ring|phone|get|send)\s+(?:the\s+)?(?:police|999|ambulance|cops|help)\b|"
                       r"\b(?:can|could|will|would) (?:you|someone|somebody) (?:please )?(?:call|ring|phone|get|send) (?:the )?(?:police|999|ambulance|cops|help)\b(?! (?:later|tomorrow|next))|\b(?:call|ring|phone)\s+(?:the\s+)?(?:police|999|ambulance|cops)\s+(?:for me|now|please|quick|asap)\b|\bsend (?:someone|help|the police)\b",
    "I need the police": r"\bneed (?:the )?(?:police|cops|an ambulance|ambulance)\b|\bneed (?:someone|somebody|help) (?:here )?(?:now|right now|quick|quickly|asap|urgently)\b",
    # Easy read: "bad man here", "help bad people here".
    "bad people here": r"\b(?:bad|nasty|scary|angry) (?:man|men|people|person|lady|woman|boys|lads|girls) (?:is |are )?(?:here|outside|at (?:my|the) (?:door|house|window))\b",
    "it is happening now": r"\bhappening (?:right )?now\b|\bhappening as we speak\b",
    # Someone inside where the fire was set: "a petrol bomb has gone through the window of the
    # butchers and the owner is inside" (blind set 86, read as someone safe indoors).
    "someone inside the fire": r"\b(?:(?:petrol bomb|fire ?bomb|molotov|burning \w+|flare)s? (?:has|have) (?:just )?(?:gone|come|been thrown|been put|landed)|"
                               r"(?:is|are) (?:on fire|burning|alight|in flames)|(?:has|have) (?:just )?(?:set|thrown|put|lit) (?:\w+ ){0,4}?(?:fire|alight|petrol bomb|firebomb))\b"
                               r".*\b(?:is|are) (?:still )?(?:inside|in there|in the building|trapped)\b(?! (?:safe|safely))",
    "come quick": r"\bplease come\b|\b(?:someone|somebody) (?:please )?come\b|\bget (?:someone|somebody|help) (?:here|now|quick)\b|\bcome (?:quick|quickly|now|fast|asap|here now|and help)\b",
    # "help now" alone is how some ask for help with True Vision; "help me now" is a cry.
    "help me now": r"\bhelp (?:me|us)(?: please| pls)? (?:now|quick|quickly|asap|fast|urgently|immediately|hurry)\b|\bhurry\b.*\bhelp\b|\bhelp\b.*\bhurry\b|\b(?:someone|somebody) (?:please )?help (?:me|us)\b(?! (?:in (?!here$|there$|this$)[a-z]+(?: (?:or|and) [a-z]+)?(?: please)?$|in (?:my|another|a different|your) (?:own )?language|with (?:the|this|my) (?:form|report|questions?|english|typing|reading|writing)|to (?:understand|fill|translate|write|read|type|answer)|(?:to )?(?:do|fill|finish|complete|go through|get through) (?:this|it|the (?:form|report|questions?)))\b)|\bhelp (?:quick|quickly|asap|urgently|immediately)\b|\bhelp help\b|\bsos\b|\bmayday\b|\bhelp{3,}\b|\bsave (?:me|us)\b|^(?:police|cops|ambulance|999)(?: now| please| quick| asap)+$|\bi need help (?:now|right now|quick|urgently)\b|"
                   r"\burgent help\b|\bhelp (?:is )?(?:needed|wanted) (?:now|urgently|quick|asap|here|at (?:my|our|the))\b|\bneed (?:urgent|emergency) help\b",
    # "help" alone is the help command (explain the question); "help me", "please help" are a cry.
    "help me, nothing else": r"^(?:(?:please |pls |someone |somebody )+help(?: me| us)?|help (?:me|us)|help(?: please)+)(?: please| now| quick)*$",
    "please help me": r"\b(?:please|pls) help(?: (?:me|us))?\b(?! (?:with|to|understand|report|fill|answer|do|know|find|get|make|tell|me (?:with|to|understand|fill|report|answer|do|know|find|get|make|tell)))",
}

# Signs that fit now unless the message is about the past.
TENSELESS = {
    "someone is here": rf"\b{PERSON}\s+(?:with (?:a |an )?(?:\w+ )?{WEAPON}\s+)?(?:still\s+)?(?:(?:in|on|across) the (?:street|road)\s+)?{PLACE_TENSELESS}\b",
    "someone with a weapon": rf"\bwith (?:a |an |the |his |her |their |some )?(?:\w+ )?{_any('knife', 'knives', 'gun', 'guns', 'machete', 'weapon', 'blade', 'sword', 'hammer', 'axe', 'crowbar', 'bat', 'baseball bat', 'acid', 'brick', 'bottle', 'iron bar', 'metal bar')}\b",
    "they have a weapon": rf"\b(?:got|has|have)\s+(?:a |an |the |his |her |their |some )?(?!(?:walking|white|long|mobility) (?:sticks?|canes?)\b)(?:\w+ )?{WEAPON}\b{_NOT_A_WOUND}",
    # Not staring alone, told as what comes with something ("having a prosthetic arm and people staring").
    "someone is doing it now": rf"\b{PERSON}\s+(?:still\s+)?(?!staring\b(?! at (?:me|us)\b.*\b(?:now|outside|here)\b)){THREAT_ING}\b",
    # "i locked myself in the bathroom": now, unless a time says it was then ("that was last week").
    "locked in": r"(?<!\bgot )(?<!\bwas )(?<!\bwere )(?<!\bbeen )\blocked (?:myself |ourselves )?in\b",
    "petrol or smoke at the door": r"\b(?:petrol|smoke|flames)\b.*\b(?:letterbox|letter box|door|window|house|flat|car)\b",
    "it is being done at my door": rf"^(?:{THREAT_ING}|shouting|screaming|knocking)(?: and (?:{THREAT_ING}|shouting|screaming|knocking))? (?:at|on|outside|through|in) (?:my|our|the) (?:\w+ )?{_THINGS}\b",
    "in danger": r"\b(?:in danger|danger|not safe|unsafe|not feel safe|not feeling safe|(?<!get )(?<!getting )(?<!be )(?<!got )in trouble(?! (?:for|with|at))|scared for my life|fear for my life|frightened for my life|afraid for my life|terrified|petrified|going to die|about to die|emergency|at risk)\b",
    "on fire": r"\bon fire\b|\b(?:set|setting|sets)\s+(?:fire|light)\b|\b(?:set|setting|sets)\s+(?:\w+\s+){1,3}?alight\b|\bfire (?:through|in|at) (?:my|the|our)\b|\bpetrol (?:through|on|over|in)\b|\bburning (?:my|the|our|down)\b",
    # Not the person come home or getting into their own car: "about 5 teatime when i got in", "on my
    # drive getting in the car" (blind set 102 gave the emergency reply at their questions).
    "they got in": r"(?<!\bi )(?<!\bwe )(?<!\bim )(?<!\bi was )(?<!\bwe were )(?<!\bi am )(?<!\bme )(?<!\bdrive )"
                   r"\b(?:got|have got|has got|getting|are getting|is getting) (?:in|into|inside)(?: (?:my|our|the) \w+)?$|"
                   r"(?<!\bi )(?<!\bwe )(?<!\bim )(?<!\bi was )(?<!\bwe were )(?<!\bi am )(?<!\bme )(?<!\bdrive )"
                   r"\b(?:got|getting) (?:in|into|inside) (?:my|our|the) (?:house|flat|home|room|bedroom|building)\b|"
                   r"\b(?:they|he|she|someone|somebody|the (?:\w+ )?(?:man|men|lad|lads|woman|women|gang|boys|girls))\s+(?:have\s+|has\s+|are\s+|is\s+|just\s+)*"
                   r"(?:got|getting) (?:in|into|inside) (?:my|our|the) car\b",
    "trapped": r"\btrapped\b|\bcornered\b|\bsurrounded\b|\bpinned\b|"
               # Shut in a car's boot: "i am in the boot of a car" (blind set 107 got the emergency reply at only some questions).
               r"\b(?:i am|im|i m|we are|he is|she is|they are|my \w+ is|been|locked|shut|stuck|tied up|thrown|bundled|put|trapped) (?:\w+ )?in (?:the |a )?boot of\b",
    "I am hiding": r"\bhiding\b",
    "they are going to harm me": rf"\b{PERSON}\s+(?:going to|gonna|about to)\s+{HARM}\b(?! (?:myself|my self))",
    # Not "yep keep going im still here": the person still here, listening.
    "still there": rf"^(?:still|now|right now|again) {PLACE_TENSELESS}$|(?<!\bi am )(?<!\bwe are )(?<!\bi m )\bstill (?:outside|here|there)$",
    # Not the person themselves somewhere: "i am back at my flat now".
    "outside now": rf"(?<!\bwork )(?<!\blive )(?<!\bi am )(?<!\bwe are )(?<!\bi am back )(?<!\bwe are back )(?<!\bgot back )"
                   # Not the person on their way: "on the bus home now".
                   rf"\b(?!here\b)(?!on (?:the|my|a) (?:bus|train|tram|tube|coach|taxi|car|way) (?:home|back|to)\b){PLACE}\s+(?:right now|now|again)\b",
}

# Words danger is told with, that fit now or then.
DANGER_WORDS = re.compile(
    # Not the words they are the start of: "bangladeshi", "breakfast", "stable", "followers", "chassis".
    r"\b(?:hit|hits|hitting|punch\w*|kick\w*|attack\w*|hurt\w*|beat|beats|beating|beaten|stab(?:s|bed|bing|ber|bers)?|kill\w*|"
    r"follow(?!ers?\b)\w*|chas(?!sis)\w*|threat\w*|bang(?:s|ed|ing)?|knock\w*|smash\w*|break(?!fast)\w*|broke|throw\w*|threw|push(?!chairs?\b)\w*|grab\w*|"
    r"chok\w*|strangl\w*|shoot\w*|shot|slap\w*|stalk\w*|glass(?:ed|ing)|(?:laid|laying|layin|piled|piling|steamed|steaming) into|set about|setting about|"
    r"scared|afraid|frightened|terrified|fear|worried|dangerous|hiding|bleeding|fire|"
    r"knife|knives|gun|guns|weapon|weapons|machete|blade|acid|petrol|bat)\b"
)
# Words of the moment that make a danger word danger now.
# Words of the moment that hold even in a message that also tells of the past ("they followed me
# home and are still outside").
STRONG_NOW_WORDS = re.compile(r"\b(?:right now|just now|at the moment|as we speak|as i type|currently|still|this minute|this second)\b")
NOW_WORDS = re.compile(
    r"\b(?:right now|now|at the moment|as we speak|as i type|currently|still|tonight|in a minute|any minute|"
    r"this minute|immediately|quick|quickly|asap|urgent|urgently|at this moment|this second)\b"
)
PAST_WORDS = re.compile(_TIME_BEFORE)
# What went on at a time, or a time of life, which with a verb in the past places it then ("a man waved a machete during
# the riots"); alone it may be going on now ("a man with a machete outside during the riots").
DURING_AN_EVENT = re.compile(r"\b(?:during|in|at the time of|through) (?:the|those|that) (?:riots?|lockdowns?|pandemic|covid|war|strikes?|troubles|floods?|heatwave|"
                             r"general election|election|referendum|brexit vote|world cup|euros|olympics|jubilee|coronation)\b|"
                             # A time of life: "they tried to set my hair on fire in primary school".
                             r"\b(?:in|at|during|back in) (?:primary|junior|infant|infants|secondary|high|middle|grammar|boarding) school\b")
# The past told by the verb alone ("was", "had", "followed"): weaker than a time ("last week").
PAST_TENSE = re.compile(r"\b(?:was|were|had|did|never did|could (?:see|hear|tell|feel|smell))\b|\bgot (?:hurt|injured|harmed|beaten|beat|battered|hit|bitten|stabbed|shot|mugged|jumped|attacked|"
                        r"punched|kicked|assaulted|robbed|spat on|pushed|chased|followed|threatened|slapped|glassed)\b")
IRREGULAR_PAST = frozenset(
    "came went said told threw broke spat ran stole took saw heard left made wrote fought caught bit held knew "
    "thought brought drove rode began swore tore woke found felt kept meant lost paid shouted drew flew "
    "hid chose spoke swung flung struck slung hung shook "
    # "the security man knelt on my neck in the store before christmas" (blind set 107 gave the emergency reply).
    "knelt fled slid dug stung bled".split()
)
# Words ending in -ed that describe a state now ("scared", "armed men") rather than a past act.
_STATE_WORDS = frozenset(
    "scared frightened terrified worried petrified concerned shocked trapped locked blocked surrounded cornered "
    "injured need bed red shed seed feed speed used named tired stressed depressed disabled married related "
    "aged armed masked hooded naked wicked sacred ragged interested embarrassed confused ashamed isolated "
    "unwanted unsafe hundred freed agreed".split()
)
_PARTICIPLE_AFTER = frozenset("am is are being be getting get feel feeling been".split())
# The past, or a state now after "is" ("he is sat outside", the British way).
_SAT_OR_STOOD = frozenset("sat stood".split())
# Those who come to help and care for the hurt.
_CARERS = _any(r"ambulance(?: crew| staff| people| man| men| woman| lady)?", "paramedics?", "nurses?", "doctors?", "medics?", "first aiders?",
               "police", r"police (?:officers?|men|women)", "officers?", "coppers", r"security(?: guards?| staff| men)?", "firefighters?")
# The people close to the person, read as company by SUPPORTER_BESIDE and COMPANY, and as help come by SAFE_NOW.
_CLOSE_PEOPLE = (r"mum|mam|mom|mother|dad|father|sister|brother|partner|husband|wife|boyfriend|girlfriend|friend|best friend|mate|son|daughter|"
                 r"carer|support worker|key worker|nan|gran|grandad|grandma|aunt|auntie|aunty|uncle|cousin|flatmate|housemate")
SAFE_NOW = re.compile(
    r"\b(?:i am|we are|i feel|i am feeling|i got|got|i made it|made it|i am back)\s+(?:now\s+|home\s+|back\s+|all\s+|both\s+)?"
    r"(?:safe|ok|okay|fine|alright|all right|home safe|safe at home|safe now|away)\b|"
    # "we are all outside and ok", "i am out of the house and safe".
    r"\b(?:i am|we are|im|we re) (?:all |both |now )?(?:outside|out|out of (?:the|our|my) \w+|in the street|across the road|at the assembly point) (?:now )?and (?:all )?(?:safe|ok|okay|fine|alright|all right)\b|"
    # "we are all out safe on the street" (blind set 95).
    r"\b(?:i am|we are|im|we re) (?:all |both |now )?(?:out|outside|out of (?:the|our|my) \w+) (?:now )?(?:safe|safely|ok|okay|fine|alright|all right|unhurt)\b|"
    r"\b(?:fire brigade|firefighters|fire service|firemen|the neighbours?) (?:has |have )?(?:put|putting) (?:it|the fire|the flames|"
    r"(?:the|our|my) (?:\w+ )?(?:bins?|car|van|shed|fence|garage|house|flat|kitchen|door|caravan|tent|hedge|garden)) out\b|\bnot now\b|\bno longer\b|"
    # Let go, and going home: "the bouncers have let my husband go and we are in a taxi home".
    r"\b(?:has|have) (?:now |finally )?let (?:me|us|my \w+|our \w+) go\b|"
    r"\b(?:we are|i am|im|we re) (?:now |both |all )?in (?:a|the|my|our) (?:taxi|cab|uber|car|ambulance) (?:on the way |on our way |on my way |going |heading )?(?:back )?home\b|"
    # A dog back under its owner's hand: "the dog is back on its lead".
    r"\b(?:dog|dogs|it) (?:is|are|has been|have been) (?:now |back |finally )*(?:on (?:its|it is|their|his|her|the|a) leads?|muzzled|tied up|locked (?:up|away|in))\b|"
    # Driven off: "the lads have been chased off by the neighbours" (not if they came back or are still there).
    r"\b(?:has|have|had|was|were|got) (?:been )?(?:chased|scared|frightened|driven|seen|run) (?:off|away)\b(?!.*\b(?:back|again|coming|outside|still)\b)|"
    # Held by the police: "the man with the machete was tackled by the police and is in the back of the van".
    r"\b(?:was|were|has been|have been|got|is|are|been) (?:now )?(?:arrested|tackled|detained|restrained|handcuffed|cuffed|tasered) by (?:the )?(?:police|officers|cops|security)\b|"
    r"\b(?:police|officers|cops)\b.*\bin the back of (?:the|a|their) (?:van|car)\b|\bin the back of (?:the|a) police (?:van|car)\b|"
    # Put out by those whose work it is: "the bouncers have thrown the woman out".
    r"\b(?:bouncers?|door ?staff|doormen|security|staff|manager|guards?|driver|landlord|police|officers) (?:have|has) (?:now |just |finally )?"
    r"(?:thrown|kicked|chucked|marched|escorted|taken|led|put|walked) (?:him|her|them|the \w+(?: \w+)?) (?:out|away|off)\b|"
    # Told as done: "he stood in my hallway with a knife but the police took him away" (blind set 106 asked).
    r"\b(?:bouncers?|door ?staff|doormen|security|staff|manager|guards?|landlord|police|officers|cops|coppers) (?:came and |turned up and |arrived and )?"
    r"(?:took|threw|kicked|chucked|marched|escorted|led|carted|hauled|dragged|bundled|walked) (?:him|her|them|the \w+(?: \w+)?) (?:out|away|off)\b|"
    r"\b(?:police|officers|cops|coppers) (?:came and |turned up and |arrived and )?(?:have |has )?(?:arrested|nicked|lifted|locked up) (?:him|her|them|the \w+(?: \w+)?)\b|"
    # Cleared away: "the crowd has been cleared".
    r"\b(?:crowd|crowds|mob|gang|group|street|area|pitch|bar|pub|ground|they|them|everyone) (?:has|have) (?:now |all )?been (?:cleared|moved on|dispersed|removed|thrown out|kicked out|escorted out|ejected)\b|"
    r"\bnot any ?more\b|\b(?:has|have|they|he|she) (?:gone|left)\b(?! to (?:get|fetch|grab|find|bring)\b| for (?:now|a minute|a bit|a second)\b)|\bgone now\b|\ball over now\b|"
    # About to drive away: "im locked in my car with the engine running ready to go" (blind set 103 gave the emergency reply).
    r"\b(?:engine|motor) (?:is |was )?(?:running|on|started)\b.*\b(?:ready to|about to|going to) (?:go|drive|leave|set off|pull away|pull off)\b|"
    r"\b(?:i am|we are|i m|im|we re) (?:\w+ )?(?:ready to|about to) (?:drive|pull) (?:off|away)\b|"
    # Kept away from the person: "he is in prison now", "they got a restraining order".
    r"\b(?:is|are|has been|have been|got|been|was|were) (?:now )?(?:in prison|in jail|in custody|locked up|remanded|sent down|on bail|banned from|"
    r"in (?:a |the )?(?:police )?cells?|behind bars|on remand|in a young offenders)\b|"
    r"\b(?:restraining|non molestation|injunction|banning) order\b|\bno (?:immediate |real |current )?danger\b|\bnot in (?:any |immediate )?danger\b|"
    r"^(?:i am |i m |we are |yes |yeah )?(?:safe|ok|okay|fine|alright) (?:for now|at the moment|for the moment|right now)$|"
    r"\b(?:nobody|no one|noone|no body) (?:is )?(?:here|there|around|about|outside)(?: now| any ?more)?(?:$| it is just me\b| just me\b)|"
    # "im back home now and its quiet": all quiet now.
    r"\b(?:it is|all|everything is|it has gone|it is gone) (?:all |really |very )?(?:quiet|calm|peaceful)(?: now| again| out there)?$|"
    # "safe yes locked in": safe, said first, as the answer.
    r"^(?:yes |yeah |yep )?safe(?: yes| yeah| yep| now| thanks)*\b(?! (?:to|from|for|place|space|house|way|enough to)\b)(?!.*\b(?:not|outside|coming|here)\b)|"
    # Home and shut in, said after yes as the answer: "yes we are home and locked in".
    r"^(?:yes|yeah|yep|yh|ye|yea) (?:i am|we are|im|i m|we re|were) (?:now |back |safely |all )?(?:home|indoors|inside|in the house|in the flat|in the car)"
    r"(?: (?:now|and|locked|in|with|the|door|doors|front|back|all|safe|both|of|us|are|is|shut|bolted|chain|on))*$|"
    # Somewhere else: "i am round at my friends now away from it", "staying at my mums".
    r"\b(?:i am|we are|i am now|we are now|im) (?:all |both |now )?(?:round|over|staying|stopping|at|with|back at|back with|back round) (?:at |with )?(?:my|a|our) (?:friends?|mums?|dads?|sisters?|brothers?|nans?|grans?|family|partners?|aunties?)(?: house| place| flat)?(?: now)?\b(?!.*\b(?:outside|followed|here|coming)\b)|"
    r"\baway from (?:it|them|him|her|there|that place) now\b|\b(?:now|am) (?:well |far |miles |safely )?away from (?:it|them|him|her|there)\b|"
    # "all safe here now ta", "all clear now".
    r"(?<!\bnot )\ball (?:safe|clear|good|fine|ok|okay)(?: (?:here|now|again|thanks|ta|at the moment))*$|"
    # Someone close has come for them, and they are going home: "my brother has come to get me and
    # we are driving home".
    rf"\b(?:my |our )?(?:{_CLOSE_PEOPLE}|family|mum and dad|parents) (?:has|have) (?:just )?(?:come|came) (?:to |and )(?:get|got|collect|collected|pick|picked|fetch|fetched) (?:me|us)\b|"
    r"\b(?:we are|i am) (?:now )?(?:driving|going|walking|heading|getting a taxi|on (?:our|my) way) (?:back )?home\b(?!.*\b(?:follow|following|behind|after us|after me|chasing)\w*\b)|"
    # Help has come: "the ambulance is here and they are looking after us", "the paramedics have arrived".
    r"\b(?:the )?(?:ambulance|ambulances|paramedics?|police|officers|coppers|fire brigade|firefighters|security) (?:is|are|has|have) (?:now |just |finally )?(?:here|arrived|come|turned up)\b|"
    # Help is caring for them: "the paramedics are seeing to my brother now", "a nurse is stitching my head".
    rf"\b(?:the |a |an |two )?{_CARERS} (?:is|are) (?:now |still |just |already )?(?:seeing to|looking after|looking at|treating|checking (?:on |over )?|"
    r"patching (?:me|us|him|her|them) up|bandaging|stitching|cleaning up|dealing with|taking care of|talking to|taking (?:a |my |our )?statements?|taking details)\b|"
    # Somewhere being cared for: "i am in hospital", "my son is in a and e".
    r"\b(?:i am|we are|he is|she is|they are|my \w+ (?:is|are)) (?:now |still |safe |sat |sitting |lying |being seen )?(?:in|at) (?:the )?"
    r"(?:hospital|a and e|a e|casualty|walk in centre|urgent care|minor injuries)\b|"
    # In the ambulance, cared for: "my son has been pulled out of the canal and is wrapped up in the ambulance".
    r"\b(?:is|are|am) (?:now |still |safe |sat |sitting |lying |wrapped up |being (?:seen|treated|looked after|checked over) )*in (?:the |an )?ambulance\b|"
    # Someone told to be well now: "he is fine now", "my son is ok now".
    r"\b(?:he|she|they|my \w+|our \w+) (?:is|are) (?:fine|ok|okay|alright|all right|safe|home safe)(?: again)? now\b|"
    # Out of their reach: "they cant get to me", "he will not be able to find us".
    r"\b(?:they|he|she|nobody|no one|noone|the \w+) (?:can not|could not|will not be able to|are not able to|is not able to) (?:get (?:to|at|near) |reach |find )(?:me|us)\b|"
    # With the police: "i am at the police station now", "the police are here with me".
    r"\b(?:i am|we are|i am now|we are now) (?:at|in) (?:the )?police station\b|\b(?:the )?police are (?:here |outside |in here |now )?with (?:me|us)\b|"
    r"\b(?:are|is|am) (?:not|no longer) (?:here|there|around|about|outside)(?: any ?more| now)?$|"
    r"\b(?:all|it is|it s|its|everything is) (?:quiet|calm|peaceful|quiet and calm)(?: again| now)+\b|"
    # Far from them: "they are nowhere near", "he is nowhere to be seen".
    r"\b(?:are|is|am) nowhere (?:near|around|about|to be seen)\b|"
    # Shut in by choice and safe: "i am locked in safe", "locked in and safe now".
    r"\blocked (?:myself |ourselves )?in(?: (?:my|our|the) \w+)? (?:and )?(?:safe|safely|ok|okay|fine)\b|"
    # Gone from the person: "they all drove off", "he ran away when i shouted".
    r"\b(?:they|he|she|them|the \w+)(?: all| both)? (?:have |has |had )?(?:(?:drove|driven|ran|run|walked|went|gone|sped|rode|ridden|stormed|cleared) (?:off|away)|legged it)(?: (?:now|then|in the end|after))?(?: and| when| so| but|$)|"
    # Kept away from the person: "she has been sacked", "he got arrested".
    # Passive only: "he has fired at us" or "they have charged at me" is no one kept away.
    # The one who did it taken by the police: "he has been taken away in handcuffs" (not "my son has been taken away by some men").
    r"\b(?:he|she|they|the (?:\w+ )?(?:man|men|lad|lads|woman|women|bloke|guy|lot|neighbour|driver)) (?:has|have|had) (?:now )?(?:been|got) "
    r"(?:taken away|led away|handcuffed|cuffed|taken into custody|taken to the (?:station|cells))\b(?! by (?!(?:the )?(?:police|officers|cops)\b))|"
    r"\b(?:(?:has|have|had) (?:now )?been|got) (?:sacked|fired|dismissed|suspended|struck off|evicted|arrested|charged|barred|banned|moved on|rehoused|excluded|expelled)\b"
    r"(?! (?:at|into|towards|through|in)\b)"
)
# Signs of shutting oneself in, which "they have gone" or "i am safe" turn into safety; not being
# locked in by someone ("he has locked me in"), unless it is someone close keeping the person safe
# ("they have gone and my mum has locked us in").
SHELTERING = frozenset({"I am locked in", "locked in", "we have barricaded ourselves in"})
LOCKED_IN_BY_SOMEONE = re.compile(rf"^(?!.*\bmy (?:{_CLOSE_PEOPLE})s? (?:has |have )?(?:just |now )?locked (?:me|us) in\b).*\blocked (?:me|us|my \w+) in\b")
ONLINE = re.compile(r"\b(?:online|on line|instagram|facebook|twitter|tiktok|snapchat|social media|whatsapp|"
                    # Not the post office or a lamp post.
                    # Or sending them: "yes they are still messaging me every night" (blind set 92).
                    r"messages?|messaging|messaged|texts?|texting|texted|emails?|emailing|emailed|dming|dmd|dm ing|trolling|trolled|tagging|comments?|commenting|(?<!lamp )(?<!fence )(?<!goal )posts?(?! office| box| van)|posting|dms?|inbox|app|game|gaming)\b")
# Harm a person means to do to themselves is read by bot.safety.crisis, not as danger from others.
_SELF_HARM = re.compile(r"\b(?!locked\b|shut\b|hid\b|barricaded\b|hiding\b)\w+ my ?self\b|\bme (?:want |wan |wanna )?(?:kill|hurt|cut|harm) me\b")
# Pills set out are no one there: "i have taken the tablets out of the packets and they are in front of
# me" (blind set 96; the crisis reader hears it).
_PILLS_SET_OUT = re.compile(r"\b(?:pills|tablets|meds|medication|paracetamol|painkillers|packets)\b(?:\s+\w+){0,8}?\s+(?:and )?(?:they are|they re|theyre|are|they s) (?:all )?"
                            r"(?:in front of me|next to me|beside me|on the (?:table|side|bed)|here|ready|lined up)\b")
# A phone or battery running down is no one dying: "my phone is about to die".
_DEVICE_DYING = re.compile(r"\b(?:phone|phones|mobile|battery|batterys|laptop|tablet|ipad|charge|signal)(?: is| s| will| has)?"
                           r"(?: just)? (?:about to|going to|gonna|nearly|almost)? ?(?:die|dying|dead)\b")
# Where the person is, however they are there: "i am sat in my sisters kitchen now" is "i am in".
_PERSON_SAT = re.compile(r"\b(i am|we are) (?:sat|sitting|stood|standing|staying|stopping|lying|laid) (?=(?:in|at|on|inside|indoors|round|over) )")
# A pause asked for is no break-in: "i need a break", "on my lunch break".
_A_PAUSE = re.compile(r"\b(?:a|my|lunch|dinner|tea|coffee|smoke|fag|toilet|morning|afternoon|short|quick|little|the) break\b")
# "the people upstairs", "the family next door", "one of the lads in my care home": who someone
# is, not where they are now.
_NEXT_TO_OURS = r"(?:below|above|upstairs|downstairs|next door|opposite|across the road|over the road|behind (?:ours|mine|us)|across from (?:ours|mine|us)|next to (?:ours|mine|us))"
_NEIGHBOURS = re.compile(r"\b(?:the|my|our|a|some) (?:people|family|families|man|men|woman|women|lady|ladies|guy|guys|lad|lads|boys|girls|kids|couple|lot|ones|residents|neighbours?) "
                         rf"(?:{_NEXT_TO_OURS}|"
                         r"(?:on|in|from|down|up) (?:my|our|the) (?:street|road|estate|close|avenue|block|building|flats)|"
                         r"(?:in|from|at) (?:my|our|the) (?:care home|childrens home|children s home|group home|hostel|halls|supported housing)|"
                         rf"(?:in|from|at) (?:the|my|our) (?:flat|house|room|flats|houses) {_NEXT_TO_OURS})\b")
# A place named by a danger word is a place: "the guy at the petrol station", "outside the fire station".
# Who works the door, not someone at it: "the security guard on the door at primark".
_DOOR_STAFF = re.compile(r"\b(?:security|security guards?|security staff|bouncers?|doorm[ae]n|door staff|stewards?) on the doors?\b")
# Pushing what people push: "a short woman pushing a double buggy" (not into someone).
_PUSHING_A_THING = re.compile(r"\bpushing (?:a|an|the|her|his|their|my) (?:double |twin |baby |shopping )?(?:buggy|pram|pushchair|stroller|trolley|wheelchair|bike|cart|scooter|walker)\b"
                              r"(?! (?:at|into|in to|towards|against|over|on to|onto))")
# What the person has come to report, which tells a pattern, not this moment: "i want to report the
# kids who keep shouting at my house" (blind set 102 gave the emergency reply at every question).
_TO_REPORT = re.compile(r"\b(?:want|wanted|would like|d like|need|needed|wanna|going|here) to (?:report|make a report (?:about|on)|tell you about|complain about)\b|"
                        r"\b(?:i am|im|i m) (?:reporting|here to report)\b")
# Trouble brought on someone else by reporting, which is no danger to anyone: "i am worried about getting my
# neighbour in trouble" (blind set 101 gave the emergency reply at every question).
_INTO_TROUBLE = re.compile(r"\b(?:get|gets|getting|got|put|putting|land|landing|landed) (?:him|her|them|someone|somebody|anyone|anybody|people|"
                           r"(?:my|our|the|his|her|their|a|an) (?:\w+ )?\w+) (?:in|into) trouble\b")
# An injury that has lasted, which is no one there now: "my wife got kicked at the taxi rank last month
# and she is still bruised" (blind set 100 gave the emergency reply at every question). Not harm
# still being done to someone ("he is still hurting me").
_INJURY_LASTING = re.compile(r"\bstill\s+(?:(?:really|quite|a bit|very|badly|so|all)\s+)?(?:bruised|bruising|sore|swollen|in pain|hurting|aching|achy|stiff|"
                             r"in (?:the )?hospital|recovering|healing|limping|scarred|black and blue|shaken|shaken up|off work|on crutches|"
                             r"in plaster|in a cast|in a sling|having physio|(?:got|has|have) (?:the |a )?(?:bruises?|marks?|stitches|scars?|black eye|cast|sling)|"
                             # After effects: "he still has headaches" (blind set 109 gave the emergency reply at every question).
                             r"(?:gets?|getting|has|have|having|suffers? (?:from|with)|suffering (?:from|with)) (?:bad |awful |terrible |the )?(?:headaches?|migraines?|nightmares?|"
                             r"flashbacks?|dizzy spells|blurred vision|panic attacks|back pain|pains?|a limp|ringing in (?:his|her|my) ears?))\b"
                             r"(?! (?:me|us|him|her|them|my|our|his|their)\b)|"
                             # Mending, said of now: "they hit my brother with a crowbar on the doorstep and he is in recovery now"
                             # (blind set 105 gave the emergency reply at every question).
                             r"\b(?:is|are|am|s|has been|have been) (?:now |slowly |finally )?(?:in recovery|recovering|on the mend|out of (?:the )?hospital|"
                             r"home from (?:the )?hospital|getting better)(?: now)?\b")
# Mockery told, which is the report itself, not someone there now: "they make fun of my stammer in the
# canteen" (blind set 108: the learned reader alone heard danger now, at every question).
MOCKED = re.compile(r"\b(?:make|makes|made|making) fun of\b|\b(?:laugh|laughs|laughed|laughing|sniggers?|sniggering|sniggered) at\b|"
                    r"\btak(?:e|es|ing|en)? the (?:mick|mickey|micky|piss)\b|\btook the (?:mick|mickey|micky|piss)\b|"
                    r"\b(?:mock|mocks|mocked|mocking|imitate|imitates|imitated|imitating|mimic|mimics|mimicked|mimicking|copy|copies|copied|copying) "
                    r"(?:me|us|him|her|them|my|his|her|their|our|the way)\b")


# Someone hurt and then mending, which puts the harm in the past: "they hit my brother with a crowbar on the
# doorstep and he is in recovery now" (blind set 105). Not someone with a weapon now beside someone mending
# ("man with a knife at my door and my son is still in hospital").
_HURT_AND_HEALING = re.compile(r"\b(?:hit|beat|beaten|kicked|punched|stabbed|slashed|cut|hurt|attacked|glassed|whacked|smacked|bashed|battered|"
                               r"jumped|knocked|headbutted|bit|bitten)\b(?:\s+\w+){0,10}?\s+healing\b")
# A thing broken with something, told as done: "put our shed window through with a brick" (not "a man with a brick").
_DAMAGE_DONE_WITH = re.compile(r"\b(?:put|smashed|broke|knocked|kicked|bashed|caved|cracked|did)\b (?:\w+ ){0,4}?(?:window|windows|windscreen|door|glass|mirror|mirrors|"
                               r"tyres?|car|van|shed|fence|gate|sign)(?: (?:through|in|out|up))? with (?:a|an|the|some) (?:\w+ )?(?:brick|bottle|hammer|bat|stone|rock|crowbar)\b")
_PLACE_NAMED_BY_DANGER = re.compile(r"\b(?:petrol|fire|gun) (?:station|stations|garage|pumps?|forecourt|exit|escape|shop|club|range)\b")
# A lift come for the person, or someone close come to take them ("my husband has just pulled up
# outside to collect me"); someone close only arrived may be the danger ("my partner is here").
_LIFTS = r"(?:taxi|cab|uber|lift|bus|coach|train|tram)"
_ARRIVED = r"(?:has|have|is|are) (?:just |now )?(?:pulled up|turned up|arrived|parked up|rolled up|here|outside)"
CLOSE_ONE_ARRIVED = re.compile(rf"\bmy {_LIFTS}s? {_ARRIVED}\b|"
                               rf"\bmy (?:{_CLOSE_PEOPLE})s? {_ARRIVED}(?: \w+){{0,3}}? to (?:collect|pick|get|fetch|take|drive|run|walk|bring) (?:me|us)\b")
_ARRIVING = frozenset({"they have arrived", "someone is here", "it has just happened", "outside now", "they are coming at me"})
# Where one's own family are, or that they are coming, is no one to fear: "my dad is in the shop",
# "my son is upstairs asleep", "my dad is on his way" (found by talking, December 2026). Not a partner
# or an ex ("my partner is here" may be why the person cannot talk), and not when anyone else is named
# or anything hostile is said.
_OWN_FAMILY = re.compile(r"\bmy (?:mum|mam|mom|mother|dad|father|sister|brother|son|daughter|nan|gran|grandad|grandma|"
                         r"aunt|auntie|aunty|uncle|cousin|kids|children|grandson|granddaughter|nephew|niece|little \w+|big \w+|eldest|youngest)s?\b")
# Coming to fetch the person: "my dad is coming to get me" (not "coming to get me" from anyone else).
_FAMILY_FETCHING = re.compile(_OWN_FAMILY.pattern + r" (?:is|are) (?:just |now )?(?:coming|on (?:his|her|their) way)(?: \w+){0,3}? to (?:get|collect|pick|fetch) (?:me|us)\b")
# Just come home: "i need to stop for now my kids have just come in from school" (blind set 93).
_FAMILY_HOME = re.compile(_OWN_FAMILY.pattern + r" (?:has|have|s) (?:just )?(?:come|got|gotten|arrived|walked|woken|turned up)(?: up| in| home| back| in from \w+| back from \w+)?\b")
# This very moment, not "still": what is sent online with it may be someone at hand.
_THIS_MOMENT = re.compile(r"\b(?:right now|just now|as we speak|as i type|this minute|this second)\b")
# What someone is doing, when all of it is sent online: "he is still messaging me".
_SENDING = frozenset({"someone is doing something to me", "someone is doing it now"})
_WHERE_SOMEONE_IS = frozenset({"someone is here", "someone is still there", "still there", "someone is back", "someone is coming", "on their way",
                               "they have arrived", "outside now"})
# Someone at the door with a delivery: "someone is at the door with a parcel", "the postman is here".
DELIVERY = re.compile(r"\b(?:with|delivering|dropping off|bringing|brought) (?:a |an |my |the |our |some )?(?:parcel|parcels|package|packages|delivery|post|"
                      r"letters?|shopping|food|takeaway|pizza|order|meter reading)\b|"
                      r"\b(?:postman|postwoman|postie|courier|delivery (?:driver|man|woman|guy)|meter reader|amazon|dpd|evri|hermes|royal mail|ups|dhl)\b")
# Anyone hostile at the door is there for more than a delivery.
_HOSTILE = re.compile(r"\b(?:shout\w*|scream\w*|swear\w*|yell\w*|bang\w*|kick\w*|threat\w*|abus\w*|spit\w*|spat|slur\w*|racist|angry|aggressive|"
                      r"hammer\w*|thump\w*|won t go|will not go|refus\w*)\b")
# A pause asked for, and nothing else: "hold on please", "one moment".
ONLY_A_PAUSE = re.compile(r"^(?:ok |okay |sorry |please )?(?:hold on|hang on|wait|one (?:sec|second|moment|minute|min|mo)|just a (?:sec|second|moment|minute|min|mo|tick|bit)|"
                          r"give me a (?:sec|second|moment|minute|min|mo|tick|bit))(?: a (?:sec|second|moment|minute|min|mo|tick|bit))?(?: please| pls| thanks| sorry| then)*$")
# Asking to go on, and nothing else: "right whats next", "ok carry on".
ONLY_MOVING_ON = re.compile(r"^(?:(?:ok|okay|right|yes|yeah|yep|so|alright|fine|and|cool) )*(?:what is next|what s next|whats next|what next|what now|what is the next (?:question|one|bit)|"
                            r"next(?: question| one| bit| part)?|carry on|go on|keep going|continue|move on|lets (?:keep going|carry on|go on|continue|move on)|onto the next(?: one| question)?)"
                            r"(?: then| please| pls| thanks| thank you)*$")
# A pause asked for first, with its reason after: "hang on my baby is crying" (nothing else in it a sign).
PAUSE_FIRST = re.compile(r"^(?:ok |okay |sorry )?(?:hang on|hold on|wait|one sec|one second|one moment|one minute|just a (?:sec|second|minute|moment|mo)|"
                         r"give me a (?:sec|second|minute|moment|mo|bit)|two (?:secs|seconds|minutes|mins)|brb|be right back)\b")
# A pause asked for: "give me two secs someones at the door" (who is there is asked about).
PAUSE_ASKED = re.compile(r"^(?:give me|gimme|hang on|hold on|wait|one|just) (?:a |one |two |2 |a couple of |a few )?(?:sec|secs|second|seconds|min|mins|minute|minutes|mo|moment|tick)\b|"
                         # Back soon: "brb someone at the door" (blind set 94 gave it the emergency reply).
                         r"^(?:brb|be right back|back in a (?:sec|second|min|minute|mo|bit))\b")
# Fear of what may come ("i am worried it will happen again") is no danger now.
# Not knowing whether they will come back: a fear to ask about, not someone coming now.
UNSURE_IF_COMING = re.compile(r"\b(?:unsure|not sure|not certain|do not know|no idea|wonder|wondering|worried|scared|afraid) (?:if|whether|that|in case) "
                              r"(?:they|he|she|them|the \w+) (?:(?:will|might|may|are going to|could) (?:come|be) (?:back|round|over)|"
                              r"(?:are|is) still (?:about|around|there|here|outside|nearby|out there))\b")
_COMING_BACK = frozenset({"they are coming back soon", "they will harm me soon", "someone is still there"})
FUTURE_FEAR = re.compile(r"\b(?:will|might|could|may|going to|gonna) (?:happen|start|get worse|make (?:it|things|everything|matters) worse)\b"
                         # "not sure i am worried what they will do": what may follow, feared.
                         r"|\b(?:worried|scared|afraid|frightened|nervous|anxious) (?:about |of )?what (?:they|he|she|the police|people) (?:will|might|would|could|may) do\b"
                         # "not sure i am worried they will come after me" (blind set 90).
                         r"|\b(?:worried|scared|afraid|frightened|nervous|anxious) (?:that )?(?:they|he|she|people) (?:will|might|would|could|may) (?:come after|come for|find|get|target|go for|turn on) (?:me|us|my \w+)\b"
                         r"|\b(?:happen(?:s|ing)?|do it|start) again\b|\bin (?:the )?future\b|\bwhen i go out\b")
_FEELINGS = frozenset("scared afraid frightened terrified fear worried".split())
# What happens again and again: the pattern of it, not one moment.
HABITUAL = re.compile(r"\b(?:keeps?|kept|always|every (?:day|night|week|weekend|time|morning|evening|afternoon)|all the time|"
                      r"(?:i|we) (?:get|gets|keep getting) (?:\w+ )?(?:abuse|hassle|grief|stick|comments|called|shouted at|picked on|targeted|harassed|bullied)|"
                      r"constantly|regularly|most (?:days|nights|weeks)|day after day|night after night)\b")
# What the one who did it keeps doing, told as an answer with no one named: "keeps following me home".
KEEPS_DOING_IT = re.compile(r"^(?:and )?(?:keeps?|kept) (?:on )?\w+ing\b")
# A named period it comes back in: "every night", "most weekends".
EVERY_PERIOD = re.compile(r"\bevery (?:single )?(?:day|night|week|weekend|morning|evening|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                          r"\b(?:most|some) (?:days|nights|weeks|weekends|mornings|evenings)\b|\bnight after night\b|\bday after day\b|\bnightly\b")
# A threat told as said, for a time to come: "said they will stab me next time they see me".
THREAT_FOR_LATER = re.compile(r"\b(?:said|says|told (?:me|us|him|her|them)|threatened|shouted|yelled|screamed|warned (?:me|us))\b.*"
                              r"\b(?:will|would|going to|gonna|ll|d)\b.*\b(?:next time|if (?:i|we|he|she|they|you)|when (?:i|we|he|she|they) (?:see|sees|saw|catch|catches|get|gets|find|finds)|"
                              r"one day|some day|one of these days|sometime)\b|"
                              # The time said first: "said next time they see me out they will stab me" (blind set 108 got the emergency reply).
                              r"\b(?:said|says|told (?:me|us|him|her|them)|threatened|shouted|yelled|screamed|warned (?:me|us))\b(?: that)? "
                              r"(?:next time|if (?:i|we|he|she|they|you)|when (?:i|we|he|she|they) (?:see|sees|catch|catches|get|gets|find|finds)|one day|some day|one of these days)\b"
                              r".*\b(?:will|would|going to|gonna|ll|d)\b")
# A threat told as made, with the verb in the past: "they threatened to stab me", "he said he would kill me".
THREAT_MADE = re.compile(r"\b(?:threatened|said|told (?:me|us|him|her|them)|warned (?:me|us))\b(?: (?:me|us|him|her|them|my \w+))?"
                         r"(?: that)? (?:to|he would|she would|they would|he d|she d|they d|he was going to|they were going to) (?:\w+ )?"
                         # Fire set as a threat: "told me they would set fire to my car" (blind set 86).
                         r"(?:stab|kill|hurt|shoot|knife|burn|attack|beat|batter|cut|murder|set fire to|set light to|torch|firebomb|petrol bomb|smash|glass)\b")
# Being known asked against, with a fear: "keep it anonymous i am scared", "i dont want them to know my name im frightened".
KEPT_UNKNOWN = re.compile(r"\b(?:anonymous|anonymously|anon|my name|our name|my details|private|confidential|secret)\b")
# Gone to fetch help for themselves, and so perhaps coming back: "they have gone to get their mates".
GONE_TO_FETCH = re.compile(r"\b(?:has|have|they|he|she) (?:just )?(?:gone|went|left|run|ran) (?:off )?to (?:get|fetch|grab|bring) (?:their|his|her|some|a|an|the) \w+")
# Something still going on, which may be the harassment or someone at the door: asked about.
STILL_GOING_ON = re.compile(r"\b(?:still (?:going on|happening|ongoing)|(?:has|have) not stopped)\b")
# Who someone is, not where they are now: "they live above me", "he works at the shop".
WHO_IT_IS = re.compile(rf"^(?:it is|it was|that is|he is|she is|they are) (?:the|a|my|our|some) (?:\w+ ){{0,2}}?{PERSON}? ?(?:\w+ )?(?:at|from|in|who|that|on|of)\b")
# Who, named by where they live, and nothing more: "the people in the flat across the landing" (blind
# set 92); not "a man in my house".
WHERE_THEY_LIVE = re.compile(r"^(?:it is |it was |its |it s )?(?:the|some|our|my) (?:\w+ ){0,2}?(?:people|person|family|families|man|men|woman|women|lady|ladies|lad|lads|"
                             r"boy|boys|girl|girls|kids|couple|bloke|blokes|guy|guys|neighbours?|tenants?|students?) (?:who live |who lives |living |that live |that lives )?"
                             r"(?:in|from|at) (?:the |a |number |flat |no )?(?:\w+ )?(?:flat|flats|house|houses|bungalow|maisonette|\d+)"
                             r"(?: (?:across the (?:landing|road|street|hall|way)|opposite(?: us| me)?|next door(?: to (?:us|me))?|below(?: us| me)?|above(?: us| me)?|upstairs|downstairs|"
                             r"over the road|on the corner|down the (?:road|street|landing)|up the (?:road|street)|next to (?:us|me|ours)|beside (?:us|me|ours)|"
                             # "the woman in the house at the end of the cul de sac" (blind set 94).
                             r"at the (?:end|top|bottom|corner)(?: of (?:the|our|my) (?:\w+ ){0,3}?\w+)?))?$")
# What helps someone walk or see is no weapon: "a man with a walking stick".
_MOBILITY_AID = _any(r"(?:walking|white|long) (?:stick|sticks|cane|canes)", "cane", "crutch", "crutches", r"zimmer(?: frame)?", r"walking frame",
                     "rollator", "wheelchair", "mobility scooter")
# Some people, as a description begins: "a crowd of", "two".
_SOME_PEOPLE = r"(?:a|an|the|some|two|three|four|a few|a couple of|a load of|a bunch of|a group of|a crowd of|a gang of)"
# Someone told by what they do or how they looked, and nothing more: "the man who runs the
# takeaway", "a woman with a pushchair".
DESCRIBED = re.compile(rf"^(?:(?:a|an|the|some|this|that|two|three) )?(?:\w+ ){{0,2}}?{PERSON} (?:who|that) (?:runs|owns|manages|works|drives|teaches|coaches|cleans|serves|delivers)\b|"
                       # Who, by where they were, with no verb: "a crowd of students outside the union bar" (not "men outside my house"),
                       # or where they were coming from or going: "a crowd of fans coming out of the stadium".
                       rf"^{_SOME_PEOPLE} (?:(?!is\b|are\b|was\b|were\b|my\b|our\b)\w+ ){{0,3}}?"
                       r"(?:(?:outside|at|by|near|in|on|from|round|behind|opposite) (?:the|a|an|that|this) (?:(?!\w+ing\b)\w+ ){0,3}?(?!\w+ing\b)\w+$|"
                       r"(?:coming out of|going into|leaving|coming from|walking to|heading to|heading for|coming home from|on the way to) (?:the|a|an) (?:\w+ ){0,3}?\w+$)|"
                       # Where they are usually found: "some lads who hang around outside the off licence".
                       rf"^(?:(?:a|an|the|some|this|that|two|three) )?(?:\w+ ){{0,2}}?{PERSON} (?:who|that) (?:always |usually |often |normally )?"
                       r"(?:hangs?|hang about|drinks?|sits?|stands?|plays?|gathers?|congregates?|loiters?|smokes?) (?:about |around |round )?(?:outside|at|by|near|in|on|round|around|behind)\b(?!.*\bnow\b)|"
                       r"^(?:a|an|the|some|this|that|two|three) (?:\w+ ){0,2}?(?:man|men|woman|women|lady|ladies|guy|guys|bloke|blokes|lad|lads|girl|girls|boy|boys|kid|kids|couple|family) "
                       rf"(?:(?:with|in|using|on) (?:(?:a|an|the|his|her|their|some|two) )?(?:\w+ )?{_MOBILITY_AID}$|"
                       rf"(?:with|in|wearing) (?:a|an|the|his|her|their|some) (?!.*\b{WEAPON}\b)(?:\w+ ){{0,4}}?\w+$)")
TELLS_WHO = re.compile(r"\b(?:live|lives|living|work|works|working|stay|stays|staying) (?:above|below|under|upstairs|downstairs|"
                       # "the man who lives on the top floor of our block" (blind set 86).
                       r"next door|next to|opposite|across|over the road|near|by|on (?:my|the|our)|in (?:my|the|our)|at (?:the|my|our|number)|"
                       r"round the corner|down the road|up the road|with)\b|\bis my\b|\bare my\b")
# Fear of the police, of reporting, of going out: no danger now.
FEAR_OF_REPORTING = re.compile(r"\b(?:too |very |really )?(?:scared|afraid|frightened|worried|nervous|frit) to (?:report|tell|come forward|ring|call|speak|do it|"
                               r"say anything|go to the police)\b|"
                               # "a lady from my church who is too frightened to report it herself" (blind set 90).
                               r"\b(?:scared|afraid|frightened|worried|nervous|fear|fearful|anxious) (?:of|about) (?:the )?"
                               r"(?:police|cops|reporting|telling|going out|court|what will happen|them finding out)\b|"
                               r"\b(?:scared|afraid|frightened|worried|nervous|anxious) (?:to|of|about) (?:go|going|walk|walking|leave|leaving|being) "
                               r"(?:out|outside|home|alone|on my own|to (?:the |my |school|work|town|church|mosque|college)\w*)\b|\b(?:worried|concerned|anxious) (?:about|for) (?:my|our|the) \w+$|"
                               r"\b(?:is|are|was|were|gets|get) (?:really |so |very |quite |a bit |dead |getting )?(?:worried|concerned|anxious|scared|frightened) (?:about|for) (?:me|us)\b|"
                               # What reporting might cost them: "i am worried i will be wasting police time" (blind set 103).
                               r"\b(?:scared|afraid|frightened|worried|nervous|anxious|concerned|fear) (?:that )?(?:i|we|it|this) (?:will|would|might|may|could|am|are|is|m|ll|d) (?:\w+ )?(?:be )?"
                               r"(?:wasting|waste|a waste of|making a fuss|a fuss|overreacting|over reacting|a nuisance|a bother|bothering|silly|stupid|taken seriously|believed|laughed at|"
                               r"judged|get (?:in|into) trouble|be in trouble|in trouble|get found out|be found out|get the blame|be blamed)\b")
# Not able to face reporting it, said of the one it happened to: "my flatmate she cant face doing it"
# (blind set 103: the learned reader heard danger now). Not of going on ("i cant face it any more").
CANT_FACE_REPORTING = re.compile(r"\b(?:can not|could not|cannot) (?:(?:face|handle|manage) "
                                 r"(?:doing (?:it|this|that|the form|a report)|reporting|telling|going to the police|ringing|calling|phoning|talking about it|"
                                 r"filling (?:it|this|the form) in|writing it|the form|the police|the questions)|"
                                 r"bring (?:my|him|her|them|our)sel(?:f|ves) to (?:report|tell|do it|do this|go to the police|ring|call|phone|talk about it|say anything|fill (?:it|this) in))\b"
                                 r"(?!.*\b(?:any ?more|any longer|much longer)\b)")
# Fear and someone at the door, in easy read without "is" or "are".
EASY_READ_FEAR_AT_THE_DOOR = re.compile(rf"\b(?:scared|frightened|afraid|help)\b.*\b{PERSON}\b.*\b(?:at|outside|by) (?:my|the|our) (?:front |back )?(?:door|window|house|home|flat|gate)\b")
# Worry for someone bullied or picked on: the report of it, not danger now.
WORRY_FOR_SOMEONE = re.compile(r"\b(?:worried|concerned|anxious|scared|afraid|frightened) (?:that |about |for )?(?:my|our) \w+ (?:is|are|has been|have been|gets|get|might be|will be) "
                               r"(?:being |getting )?(?:bullied|picked on|targeted|called names|left out|teased|excluded|singled out)\b")
# A fear as what the person would talk about: "someone i can talk to about how scared i feel" (blind set 92).
# The support question reads it the same way (bot.answers.support): someone to talk to, not a safety plan.
FEELING_TALKED_ABOUT = re.compile(r"\b(?:talk|talking|speak|speaking|chat|chatting|listen|listening)(?: (?:to|with)(?: \w+){0,2}?)? (?:about|to) (?:how|the way|what) "
                                  r"(?:\w+ ){0,3}?(?:scared|afraid|frightened|terrified|worried|unsafe|anxious|nervous)\b(?: (?:i|we) (?:feel|felt|am|get|was))?")
# Feeling unsafe as the harm it leaves ("i feel unsafe walking home at night", "not safe in my area"):
# the account, unless it says now.
UNSAFE_SINCE = re.compile(r"\b(?:unsafe|not safe|not feel safe|not feeling safe) (?:walking|going|being|to go|to walk|when i|"
                          r"in my area|in the area|around here|round here|at night|on the bus|on buses|going out|anymore|any more|"
                          r"(?:in|around|round) (?:my|our|the) (?:own )?(?:area|town|city|village|street|road|estate|neighbourhood|community|country)\b.*\b(?:any ?more|now|since)$)\b")
# A feeling that comes back since it happened: "i get nervous on the bus now", "i still get scared at night".
FEELING_THAT_COMES_BACK = re.compile(r"\b(?:i|we) (?:still |always |now |often |sometimes )?get (?:\w+ )?(?:nervous|anxious|scared|"
                                     r"frightened|worried|panicky|jumpy|on edge|paranoid|uneasy|wary|afraid)\b")
# Being looked at, felt or seen: "i feel like everyone is staring at me now", "people keep looking at us".
LOOKED_AT = re.compile(r"^(?:i feel like |i feel as if |it feels like |feels like |i think |i know )?(?:everyone|everybody|people|the whole \w+|all of them|they) "
                       r"(?:is |are |keep |keeps |were )?(?:always |all )?(?:staring|looking|glaring|gawping|judging|whispering about|talking about) (?:at )?(?:me|us)(?: now| all the time| everywhere)?$")
# Feelings told, and nothing more: "i am very upset".
FEELINGS_ONLY = re.compile(r"^(?:i am|i feel|i m|feeling|i was|i have been|i feel really|im)?\s*(?:very |really |so |a bit |quite |just )*"
                           r"(?:upset|sad|angry|low|down|stressed|anxious|depressed|embarrassed|ashamed|shaken|shaky|annoyed|fed up|hurt|nervous|worried|"
                           r"silly|stupid|daft|foolish|gutted|humiliated|sick|awful|terrible|rubbish)$")
# Hurt in the heart, not the body: "i am really hurt by it", "it hurt my feelings", "i felt so hurt".
HURT_FEELINGS = re.compile(r"\bhurt (?:by|about|at|over) (?:it|that|this|all (?:of )?(?:it|this|that)|what|the (?:things|words|comments|names|way)|their|his|her|those|them|him)\b|"
                           r"\bhurt\w* (?:my |our |his |her |their )?feelings\b|\b(?:feel|feels|felt|feeling) (?:\w+ )?hurt\b|\bhurt inside\b|\bhurt(?:s)? (?:so much )?inside\b")
# A question about what happens to the report: "will the police contact me", "who sees this".
# Asking to be called back is asking for the centre, not for help now ("can someone call me back").
# Leaving the conversation is no danger: "i have to go my bus is here", "got to dash my lift is here",
# "my phone is about to die" (read as "my battery is low").
LEAVING = re.compile(r"\b(?:have to|got to|gotta|need to|must) (?:go|leave|dash)\b(?! (?:to the police|and hide))|"
                     r"\bmy (?:bus|train|tram|taxi|cab|lift|ride|uber) is (?:here|coming|due)\b|\bmy battery is (?:low|going|dying)\b")
# The police as a choice for later, not help now: "maybe later i will tell the police".
_TO_THE_POLICE = (r"(?:tell|telling|report (?:it |this |them |him |her )?to|reporting (?:it |this |them |him |her )?to|go to|going to|contact|contacting|"
                  r"speak to|speaking to|talk to|talking to|call|calling|ring|ringing|phone|phoning|get in touch with|getting in touch with|involve|involving)")
# The police as a choice to weigh up: "maybe later i will tell the police", "i will think about going to the police".
POLICE_LATER = re.compile(rf"\b(?:maybe|perhaps|possibly|might|may|later|one day|at some point|eventually|probably|i think i will|"
                          rf"think about|thinking about|think of|thinking of|consider|considering|decide|deciding|not sure about|unsure about|weigh up)\b"
                          rf".*\b{_TO_THE_POLICE} (?:the police|101)\b(?! (?:now|right now|quick|asap))"
                          rf"|\b{_TO_THE_POLICE} (?:the police|101) (?:later|another time|next week|tomorrow|at some point|one day|eventually|in the morning)\b")
# What the person has given up since, the harm it left: "i dont wear my kippah outside any more",
# "i dont go to the mosque on my own now".
GIVEN_UP = re.compile(r"\b(?:do not|does not|no longer|never|will not|can not|have stopped|stopped) (?:\w+ ){0,2}?(?:wear|wearing|go|going|walk|walking|leave|leaving|"
                      # "my kids dont want to play out anymore".
                      r"take|taking|use|using|visit|visiting|pray|praying|speak|speaking|hold|holding|sit|sitting|catch|catching|play|playing|ride|riding)\b"
                      r".*\b(?:any ?more|now|since|these days|because of (?:it|that|this|them|him|her|what happened))\b|"
                      # What they wear hidden since: "my son hides his kippah under his cap now".
                      r"\b(?:hide|hides|hiding|cover|covers|covering|tuck|tucks|tucking) (?:up )?(?:my|his|her|their|our) (?:kippah|yarmulke|hijab|headscarf|scarf|"
                      r"turban|patka|cross|crucifix|star|necklace|badge|pride badge|rainbow \w+|tattoos?|hair|accent)\b|"
                      # Taken off before going out: "my daughter takes her headscarf off before she gets on the bus now" (blind set 92).
                      r"\b(?:take|takes|taking|took|have taken|has taken) (?:off )?(?:my|his|her|their|our) (?:kippah|yarmulke|hijab|headscarf|scarf|turban|patka|"
                      r"cross|crucifix|star|necklace|badge|pride badge|rainbow \w+|niqab|burka|veil)(?: off)?\b|"
                      # A care taken since, so as not to be seen: "i park round the corner now so they dont see my car".
                      r"\bnow so (?:that )?(?:they|he|she|them|people|nobody|no one) (?:do not|does not|can not|will not|cannot|do no) "
                      r"(?:see|spot|find|know|recognise|notice|follow|clock)\b|"
                      # Or so as not to pass them: "i walk the long way round past the church now so i dont go by their house" (blind set 93).
                      r"\b(?:the long way|another way|a different way|the other way|round the back)\b.*\bso (?:that )?(?:i|we) (?:do not|does not|never|can avoid|avoid) "
                      r"(?:go|walk|pass|drive|have to go|have to pass|see|bump into|run into)(?: by| past| near| into)?\b")
# Given up by the person or someone close, not by whoever did it ("they will not stop walking past"):
# "my son will not wear his kippah outside now", "i do not go out in my hijab now".
GIVEN_UP_BY_US = re.compile(rf"^(?!.*\b(?:will not|wont|do not|does not) stop\b)(?:.*\b(?:i|we|(?:my|our) (?:{_CLOSE_PEOPLE}|kids|children|family)s?) )?"
                            rf"(?:{GIVEN_UP.pattern})")
# A few words with no verb and no danger word name something ("sparkhill by the park", "the kippah
# on my sons head", answers to "where?" and "what about you?"); they tell no one doing anything now.
_SOME_VERB = re.compile(r"\b(?:is|are|am|was|were|be|been|being|has|have|had|do|does|did|will|can|could|would|should|may|might|must|"
                        r"get|gets|got|go|goes|went|gone|come|comes|came|help|stop|let|keep|make|take|took|put|say|said|tell|told|want|need|"
                        r"pull|hold|touch|spit|bite|burn|drag|trap|lock|run|ran|shout|scream|swear|call|see|saw|look|watch|wait|stand|sit|"
                        r"im|ive|theyre|hes|shes|its|\w+ing|\w+ed)\b")


def _only_names_something(plain: str) -> bool:
    return len(plain.split()) <= 6 and not DANGER_WORDS.search(plain) and not _SOME_VERB.search(plain)


# Another language asked for: "can somebody help me in punjabi", "do you have an interpreter".
_LANGUAGES = _any("urdu", "punjabi", "bengali", "bangla", "sylheti", "gujarati", "hindi", "arabic", "polish", "romanian", "somali",
                  "amharic", "kurdish", "sorani", "farsi", "persian", "dari", "pashto", "turkish", "portuguese", "spanish", "french", "lithuanian",
                  "latvian", "russian", "ukrainian", "chinese", "mandarin", "cantonese", "tamil", "welsh", "bsl", "sign language", "albanian",
                  "czech", "slovak", "hungarian", "bulgarian", "italian", "greek", "vietnamese", "tigrinya", "oromo", "hausa", "yoruba",
                  "igbo", "swahili", "shona", "twi", "lingala", "malayalam", "telugu", "marathi", "nepali", "tagalog", "thai", "japanese",
                  "korean", "german", "dutch", "hebrew", "yiddish", "mirpuri", "pahari", "hindko", "croatian", "serbian", "bosnian",
                  "romani", "malay", "burmese", "uzbek", "georgian", "armenian", "estonian", "my language", "my own language",
                  "another language", "a different language", "other languages")
LANGUAGE_ASKED = re.compile(rf"\b(?:in|speak|speaks|speaking|talk|talks|write|type|answer|use|read|understand) {_LANGUAGES}\b|\binterpreters?\b|\btranslat\w*")
# What the person was doing, told as where or when it happened: "in my own back garden pegging the washing out".
DOING_A_CHORE = re.compile(r"\b(?:pegging|hanging|putting|bringing|taking|getting) (?:out |in )?(?:the |my |our )?(?:washing|laundry|bins?|rubbish|recycling|shopping)\b|"
                           r"\b(?:mowing|cutting|trimming) (?:the|my|our) (?:lawn|grass|hedge)\b|\b(?:walking|feeding) (?:the|my|our) dogs?\b|"
                           r"\bwashing (?:the|my|our) (?:car|windows)\b|\bdoing (?:the|my|our|a bit of) (?:gardening|garden|shopping|weeding|washing|school run)\b")
# What happened, coming back to mind: "i cant get his face out of my head", "i keep seeing it".
MEMORY_OF_IT = re.compile(r"\b(?:can not|cannot|could not) (?:get|stop|shake|put) (?:\w+ ){0,4}?(?:out of my (?:head|mind)|thinking about|from my mind|behind me)\b|"
                          r"\b(?:i )?keep (?:seeing|hearing|picturing|replaying|reliving|thinking about|going over)\b")
# Startled since, whenever it happens: "i keep jumping when someone knocks on the door" (blind set 96).
STARTLED = re.compile(r"\bi (?:keep |always |now )?(?:jump|jumping|flinch|flinching|panic|panicking)\b.*\b(?:when|whenever|every time|each time|if) "
                      r"(?:someone|somebody|anyone|people|the (?:door|doorbell|bell|phone)|a car|i hear)\b")
CALL_BACK = re.compile(r"\b(?:call|ring|phone|text|contact) (?:me|us) (?:back|later|tomorrow|another time|in the morning)\b|\b(?:a )?(?:call|ring) ?back\b|"
                       # Hearing back, asked: "how long does it take for someone to get back to me" (blind set 98 was asked about danger).
                       r"\b(?:get|gets|getting|got) back to (?:me|us)\b|\bhear back\b")
# Whether what is told goes to the police: "is this going to the police straight away".
GOES_TO_THE_POLICE = re.compile(r"^(?:is|will|does|do|would|are|did|has|have)\b(?:\s+\w+){0,4}?\s+(?:this|it|that|my report|the report|my answers|what i say|what i write|what i tell you|my name|my details)\s+"
                                r"(?:\w+\s+){0,2}?(?:go|goes|going|sent|passed|shared|given|forwarded|passed on)\s+(?:on\s+)?(?:to|with)\s+the\s+(?:police|cops)\b")
ABOUT_THE_REPORT = re.compile(r"^(?:will|do|does|can|could|would|is|are|who|what|how|when|where)\b"
                              r"(?!.*\b(?:call|ring|phone|send|get|come|help|save|stop (?:him|her|them))\b)"
                              r".*\b(?:report|name|anonymous|anonymously|contact|see|know|private|confidential|happen|happens|information|details)\b|"
                              # What the police already have: "the police have a crime number already" (blind set 109: the learned reader alone asked).
                              r"\b(?:crime|crime reference|reference|incident|case|log) (?:number|ref|reference)\b|"
                              # What will happen to whoever did it, asked: "will they get into trouble for it" (blind set 92).
                              r"^(?:will|would|could|can|are|is|do|does|might|what if)\b(?!.*\b(?:hurt|kill|get me|get us|come (?:back|for|after|round)|attack|batter|beat|stab)\b)"
                              r".*\b(?:(?:get|be|go|end up|get put) (?:into |in )?(?:trouble|arrested|charged|punished|prosecuted|told off|locked up|sent to prison|"
                              r"to prison|to jail|in prison|in jail|a record|sacked|excluded|expelled|evicted|a warning|banned)|"
                              # "will they put me in prison for hitting him back" (blind set 97).
                              r"(?:put|send|sending|lock|throw) (?:me|us|him|her|them|my \w+) (?:up |away )?(?:in|into|to|inside) (?:prison|jail|a cell|the cells))\b|"
                              # A crime or reference number asked for: "how do i get a crime number for my insurance" (blind set 98).
                              r"^(?:how|where|can|could|do|does|will|would|what|when|is|who)\b(?!.*\b(?:hurt|kill|attack|stab|outside|here now)\b)"
                              r".*\b(?:crime|reference|incident|case|log|report) (?:number|numbers|reference|ref|no)\b|"
                              # The police coming round, asked: "will the police knock on my door" (blind set 93).
                              r"^(?:will|would|could|do|does|are|is|might|what if)\b.*\bthe police calling\b(?!.*\b(?:hurt|kill|attack|stab|outside|here)\b)|"
                              # A word asked about: "what does third party mean".
                              r"^(?:what|wot|wat) (?:does|do|is|s) (?:\w+ ){1,4}?(?:mean|means|stand for)\b|^what is (?:a|an|the) (?:\w+ ){0,3}\w+$")
# The person's own punishment asked about, for what they did: "will they put me in prison for hitting
# him back" (blind set 97). Their act, told to ask what follows, is no danger now.
OWN_PUNISHMENT_ASKED = re.compile(r"^(?:will|would|could|can|might|am|are|do|does|what if|is it|if)\b(?=.*\b(?:i|we|me|us)\b)"
                                  r".*\b(?:prison|jail|arrested|arrest (?:me|us)|charged|charge (?:me|us)|in trouble|into trouble|a record|prosecuted|"
                                  r"done for|locked up|nicked|sent down)\b.*\bfor (?:\w+ing|what i did|what we did)\b")
# Help asked with the report itself: "can someone help me fill this in" (blind set 84).
HELP_WITH_THE_FORM = re.compile(r"\bhelp (?:me|us) (?:to )?(?:do|fill|finish|complete|go through|get through|with) (?:in |out )?(?:this|it|the (?:form|report|questions?))\b")
# Support asked for, not danger told: "i want help to feel safe", "a safety plan", "help me feel safer".
ASKS_FOR_SAFETY = re.compile(r"\b(?:to|me|us|make (?:me|us)|help) feel (?:safe|safer)\b|\bfeel (?:safe|safer) again\b|"
                             # "help feeling safe in my own home again", "help so i feel safer in the house"
                             r"\bhelp (?:with )?feeling (?:safe|safer)\b|\bhelp so (?:i|we) (?:can )?feel (?:safe|safer)\b|"
                             r"\bsafety plan\b|\b(?:help|advice|support) (?:with|on|about) (?:my |our |staying |keeping )?safe(?:ty)?\b")
NEGATED = re.compile(r"\b(?:not|no|never|nobody|none|nothing|without)\b")
# After an answering "no", a pronoun or a determiner starts what is told ("no my partner is here"):
# "no one" and "no man" deny, "no my partner" does not.
_A_PRONOUN = re.compile(r"(?:he|she|they|we|i|it|you|hes|shes|theyre|my|the|his|her|their|our|your|some|two|three)\b")


# Someone close to the person beside them: company, not someone there to harm.
SUPPORTER_BESIDE = re.compile(
    r"^(?:(?:it is ok|its ok|dont worry|do not worry|i am ok|im ok)\s+)?"
    # Or who the report is for: "for my mum she is sat next to me".
    r"(?:(?:its |it is |this is |i am reporting |im reporting |reporting )?for\s+)?"
    rf"my (?:{_CLOSE_PEOPLE}|care worker|social worker|neighbour|advocate|interpreter)"
    # Named again, as people write it: "for my mum she is sat next to me" (blind set 100 gave the emergency reply).
    r"(?: (?:he|she|they|who) (?:is|are|s|re)| (?:hes|shes|theyre)| (?:is|are)) (?:sat |sitting |stood |standing |right |here )?(?:next to|beside|with|near) (?:me|us)\b"
    # Not one beside the person who is harming them: "my neighbour is next to me and punching me".
    rf"(?!.*\band\s+(?:(?:he|she|they)\s+)?(?:is\s+|are\s+|s\s+|keeps\s+|keep\s+)?(?:still\s+|now\s+)?{THREAT_ING}\b)")


# The police come: help, not someone there to harm ("they have gone and the police are parked
# outside now"); whatever else the message tells is read.
POLICE_HERE = re.compile(r"\b(?:the )?(?:police|cops|coppers|police officers?|officers|an officer|(?:a|the) police (?:car|van))\s+(?:are|is|have|has)\s+"
                         r"(?:now\s+|just\s+|already\s+)?(?:here|arrived|outside|parked(?: up)?(?: outside)?|with (?:me|us)|at the door|in the street"
                         # Help coming: "we have been let out by the manager and the police are on the way".
                         r"|on (?:their|the|its) way|coming|en route)(?:\s+now)?\b|"
                         # "the police have him in the car now and i am with an officer"
                         r"\b(?:the )?(?:police|cops|coppers|officers)\s+(?:have|has)\s+(?:now\s+|just\s+)?(?:got\s+)?(?:him|her|them|the (?:\w+ )?(?:man|men|woman|lad|lads|driver|guy|bloke))\s+"
                         r"(?:in (?:the|their|a) (?:back of the )?(?:car|van|police car|cells?)|in (?:cuffs|handcuffs|custody)|arrested|detained|cuffed)(?:\s+now)?\b|"
                         r"\b(?:i am|we are|i m|im) (?:now )?with (?:an officer|a police officer|the police|police officers|two officers|officers)\b")


# Those whose work is to help where the person is.
_STAFF = r"(?:the )?(?:staff|security|security guards?|guards?|nurses?|carers?|doctors?|wardens?|managers?|teachers?|receptionists?|librarians?|workers|" \
         r"shop staff|bar staff|hostel staff|support workers?)"
# Help that is not there, which is no one gone: "he keeps hitting me and the nurses are not here".
HELP_NOT_HERE = re.compile(rf"\b(?:{_STAFF}|(?:the )?(?:police|cops|driver|parents|grown ups|adults|neighbours)|my (?:mum|dad|husband|wife|partner|parents|family)) "
                           r"(?:is|are) (?:not|no|nowhere) (?:here|there|around|about|near)\b")
# Staff nearby, told as the help around: "im back at the hostel and the staff are downstairs".
STAFF_NEAR = re.compile(rf"\b{_STAFF} (?:is|are) (?:all )?(?:here|downstairs|upstairs|nearby|near|around|next door|"
                        r"in the (?:office|next room|hall|corridor|building)|with (?:me|us)|looking after (?:me|us)|"
                        # Guarding the way in: "yes im in the staff room and security are by the door" (blind set 105 gave the emergency reply).
                        r"(?:by|at|on|near|guarding|watching|minding) the (?:door|doors|entrance|exit|way in|front door|gate))(?: now)?$")


# The emergency services with the person, or the fire they came to put out: "the fire is out and we
# are all stood outside with the firefighters".
_CREWS = r"(?:firefighters?|firemen|fireman|fire crews?|fire brigade|fire service|fire engines?|paramedics?|ambulance crew|ambulance staff|coastguard|lifeguards?)"
CREWS_HERE = re.compile(rf"\bwith (?:the )?{_CREWS}\b|\b(?:the )?{_CREWS} (?:are|is|have|has) (?:now |just |already )?"
                        r"(?:here|arrived|with (?:me|us)|looking after (?:me|us)|put (?:it|the fire) out)\b")
# Words of danger that name an everyday thing: "knocking on doors" canvassing, "at break" at school.
_EVERYDAY = re.compile(r"\bknocking on (?:people s |peoples |other people s |peoples )?doors\b|\b(?:at|on|during|over) (?:my |the |our )?(?:morning |lunch |dinner |tea |coffee )?break(?:time| time)?\b")
_FIRE_PUT_OUT = re.compile(r"\b(?:the )?fire (?:is|s|has been|was) (?:now )?(?:out|put out)\b(?! of\b)|\b(?:have|has) put (?:the fire|it) out\b|"
                           # What burned, out, and the crews done: "the hedge is out and the fire brigade are leaving".
                           r"\bthe (?:hedge|bins?|car|van|shed|fence|garage|caravan|tent|kitchen|chip pan|flat|house|door) (?:is|are|has been|have been) (?:now )?(?:out|put out)\b(?= and)|"
                           rf"\b(?:the )?{_CREWS} (?:are|is|have|has) (?:now |just )?(?:leaving|left|gone|going|packing up|driven off|driving off)\b")


# Who is at home with the person, told as company: "its only me and the kids in the house now".
ONLY_US = re.compile(r"\b(?:(?:it is|there is|there s|its) )?(?:only|just) (?:me|us)"
                     r"(?: and (?:the|my|our) (?:\w+ )?(?:kids|children|child|baby|babies|son|sons|daughter|daughters|dog|dogs|cat|cats|family|"
                     r"mum|mam|dad|wife|husband|partner|nan|gran|sister|sisters|brother|brothers|little ones|girls|boys))?"
                     r"(?: (?:here|at home|home|indoors|inside|in (?:the|my|our) (?:house|flat|home|room|bedroom|car)))?(?: now| tonight)?\b")


# Company told as the answer to "are you safe?": "yes im home and my partner is here", "yes im at
# work with people around me".
_SUPPORTERS = rf"(?:{_CLOSE_PEOPLE}|family|kids|children)"
COMPANY = re.compile(rf"^(?:yes|yeah|yep|yh|ye|yea)\b.*\bmy {_SUPPORTERS} (?:is|are) (?:here|home|in|back|with (?:me|us)|downstairs|upstairs|in the (?:next|other|front|living) room|in the kitchen)(?: now)?$|"
                     rf"\bwith (?:my |our )?(?:(?:other|lots of|loads of|a lot of|plenty of) )?(?:people|friends|family|colleagues|workmates|mates|staff|others|{_SUPPORTERS}s?) "
                     r"(?:all )?(?:around|round|near|beside|with) (?:me|us)(?: now)?$|"
                     # "nothing thanks i have got family around me": support the person has, told.
                     rf"\b(?:i have|i ve|ive|we have|we ve)(?: got)? (?:my |our |good |lots of |plenty of )?(?:people|friends|family|mates|{_SUPPORTERS}s?) "
                     r"(?:all )?(?:around|round|near|beside|with) (?:me|us)(?: now)?$")
# Someone close who has come, told with the others gone or the person safe: "my mum is here and the
# lads have gone". Company then, not someone there to harm.
# Shut in at home, which with someone close there is safety: "i am indoors now with the chain on and my mum is here".
SHUT_IN = re.compile(r"\b(?:i am|we are|im|we re) (?:now |back |safely |all )?(?:home|indoors|inside|in the house|in the flat|in my (?:bed)?room|in (?:the|my) bedroom)(?: now)? "
                     r"(?:with the (?:chain|bolt|door|doors|locks?) (?:on|locked|shut|across|bolted|done)|and (?:the doors? (?:is |are )?)?(?:locked|bolted|shut)(?: in)?)\b")
CLOSE_ONE_HERE = re.compile(rf"\bmy {_SUPPORTERS} (?:is|are) (?:now |back |safe )?(?:here|home|back|in|inside|indoors|in the (?:house|flat)|with (?:me|us)|downstairs|upstairs|"
                            r"in the (?:next|other|front|living) room|in the kitchen)(?: now)?(?: with (?:his|her|their|my|our) \w+)?\b")


def _compile(signs: dict[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(pattern)) for name, pattern in signs.items())


_PRESENT = _compile(PRESENT)
_TENSELESS = _compile(TENSELESS)


def _found(signs: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> list[str]:
    """The signs found in ``text`` that are not denied by the word just before ("not in danger",
    "no one outside"); a "not" further back belongs to another clause ("i am not ok they are here")."""
    found = []
    for name, pattern in signs:
        for match in pattern.finditer(text):
            before = text[: match.start()].split()[-1:]
            denied = (NEGATED.search(" ".join(before)) and not match.group(0).startswith(("not ", "no "))
                      # "no they keep coming past": the no answers a question, it denies no one.
                      and not (before == ["no"] and _A_PRONOUN.match(match.group(0))))
            if not denied:
                found.append(name)
                break
    return found


# "Used" with what was used is a past verb, not "used to it": "the lad in the van used the n word
# twice" (blind set 98 gave the emergency reply).
_USED_ON_SOMETHING = frozenset({"the", "a", "an", "his", "her", "their", "that", "those", "racist", "racial", "nasty", "abusive",
                                "homophobic", "foul", "bad", "words", "word", "slurs", "language", "names"})


# A state word done to someone or something is an act: "a group with bats surrounded the mosque doors
# during the riots" (blind set 107 gave the emergency reply); not "they have surrounded the house".
_DONE_TO = frozenset("the my our his her their a an me us him them".split())
_NOT_SIMPLE_PAST = _PARTICIPLE_AFTER | frozenset("have has ve just now all still".split())


def _has_past_verb(words: list[str]) -> bool:
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if (word in _STATE_WORDS and len(word) >= 7 and word.endswith("ed") and words[i + 1:i + 2] and words[i + 1] in _DONE_TO
                and before not in _NOT_SIMPLE_PAST):  # not "need", "used", "shed", "speed": "i need a doctor" is now
            return True
        if word in IRREGULAR_PAST:
            return True
        if word in _SAT_OR_STOOD and before not in _PARTICIPLE_AFTER:  # "they sat outside", not "he is sat outside"
            return True
        if word == "used" and words[i + 1:i + 2] and words[i + 1] in _USED_ON_SOMETHING and before not in _PARTICIPLE_AFTER:
            return True
        if len(word) >= 5 and word.endswith("ed") and word not in _STATE_WORDS and before not in _PARTICIPLE_AFTER:
            return True
    return False


# "help" alone asks what a question means; shouted ("HELP", "help!!", "helppp") it is a cry.
_SHOUTED_HELP = re.compile(r"^\s*(?:(?:please|pls|plz)\s+)?(?:HELP\b|[Hh]+[Ee]+[Ll]+[Pp]{2,}|[Hh]elp\s*!{2,})")


# Danger words in figures of speech, read as what they mean: "fire away" (go on), "i dont follow" (I
# do not understand), "im hiding nothing from you" (I am telling you everything).
_FIGURES_OF_SPEECH = (
    (re.compile(r"\bfire (?:away|ahead)\b"), "go ahead"),
    # "yes please fire it off to them" (blind set 107 gave the emergency reply at "is this right?").
    (re.compile(r"\bfire (?:it|this|that|them|these|those|the (?:report|form|message|email|details|answers)|my (?:report|form|answers)) (?:off|over|across|through|in)\b"), "send it"),
    # "yes bang it over to them" (blind set 108 got the emergency reply at "is this right?").
    (re.compile(r"\b(?:bang|whack|chuck|shoot|blast|smash) (?:it|this|that|the (?:report|form|message|email|details|answers)|my (?:report|form|answers)) (?:over|across|off|through|in|on)\b"), "send it"),
    (re.compile(r"\b(?:am|are|is|not) (?:hiding|keeping) (?:nothing|anything) (?:back )?from (?:you|u)\b"), "am telling you everything"),
    (re.compile(r"\b(?:do not|did not|can not|could not) (?:quite |really |totally |fully )?follow\b(?! (?:me|us|him|her|them|my|our)\b)"), "do not understand"),
)


def _meant(text: str) -> str:
    for figure, meaning in _FIGURES_OF_SPEECH:
        text = figure.sub(meaning, text)
    return text


# People described by where they were going, with no verb: "a crowd of football fans on their way to
# the ground" (not "a gang of lads on their way to my house").
_ON_THEIR_WAY_SOMEWHERE = re.compile(rf"^(?:{_SOME_PEOPLE}|loads of|lots of) "
                                     r"(?:(?!is\b|are\b|was\b|were\b)\w+ ){0,4}?on (?:their|his|her) way (?:to|from|back from|home from|into) "
                                     r"(?:the|a|an|their|his|her) \w+(?: \w+){0,2}$")


# Harm or hiding denied is neither: "i am shaken but i am not hurt", "i am not hiding".
_HARM_OR_HIDING_DENIED = re.compile(r"\b(?:not|never|(?:no one|nobody|noone)(?: was| got| is| were)?|was not|were not) (?:badly |seriously |really |too |that )?(?:hurt|injured|harmed)\b|"
                                    # "put my real name on it i am not hiding": open about who they are, not hiding from anyone now.
                                    r"\b(?:am|are|is|m|re) (?:not|never) hiding\b(?! (?:in|under|behind|inside|from (?:him|her|them) (?:in|under|behind)))")
# Fear denied is no fear: "you can put my name on it i am not scared".
_NOT_AFRAID = re.compile(r"\b(?:not|never|no longer|not even) (?:scared|afraid|frightened|worried|fearful|bothered)\b")


# A wish for how it ends, at its start: "them to stop coming round" (blind set 104, at the outcome
# question; the learned reader alone had heard danger now in it).
WISH_THAT_IT_STOPS = re.compile(r"^(?:i |we )?(?:just |really |only )?(?:want |would like |d like |need |wish |hope )?(?:for )?"
                                r"(?:them|him|her|it|all of it|the \w+(?: \w+)?) to (?:stop|quit|pack it in|leave (?:me|us|my \w+) alone|go away|back off|keep away|stay away)\b")
# What the person finds hard about telling it, before the help they ask for: "i struggle with reading
# please help me", "i get confused with forms can you help me" (blind set 104).
HARD_TO_DO_THE_FORM = re.compile(r"\b(?:struggle|struggling|struggles|confused|confusing|muddled|mixed up|stuck|lost|not good|no good|rubbish|bad|hard|"
                                 r"difficult|(?:do not|can not|could not) (?:understand|get|follow|read|write|spell|type))\b"
                                 r"(?: \w+){0,3}? (?:with |at |by |on |the |these |this |my )*(?:forms?|paperwork|reading|read|writing|write|spelling|spell|"
                                 r"questions?|words|typing|computers?|website|this bit|it all)\b|"
                                 # Or said the other way round: "i find the questions hard".
                                 r"\b(?:forms?|paperwork|reading|writing|spelling|questions?|typing|computers?|website)\b(?: \w+){0,2}? (?:hard|difficult|confusing|tricky)\b")


# Haste, which makes a cry for help a cry whatever else is said.
_URGENT = re.compile(r"\b(?:now|quick|quickly|hurry|asap|urgent\w*|immediately|sos|mayday|save|999|police|ambulance)\b")


# Help sought nearby, asked about: "can you tell me what support groups there are for trans people
# near me" (blind set 98 gave the emergency reply) is a search for somewhere, not someone beside them.
_SOUGHT_NEAR_ME = re.compile(r"^(?:can|could|do|does|is|are|what|where|which|how|any|who|please)\b"
                             r"(?=.*\b(?:groups?|services?|support|centres?|centers?|charit(?:y|ies)|clinics?|organisations?|organizations?|"
                             r"meetings?|counsell\w+|therapists?|solicitors?|advice|drop ins?|classes|clubs?|places?)\b)"
                             r"(?!.*\b(?:now|right now|outside|following|hurting|hitting|attacking|knife|gun)\b)(.*?)\b(?:near|around|close to|round) me\b")


# The police coming, which is no one to fear: "no i dont want the police knocking on my door".
# Or asked about: "will the police knock on my door" (blind set 93).
_POLICE_CALLING = re.compile(r"\b(?:the )?(?:police|cops|coppers|officers|police officers) (?:(?:will |would |might |going to |gonna )?(?:knock|come|turn up|call|ring|bang|visit)|"
                             r"knocking|coming|turning up|calling|ringing|banging|round|at|outside)"
                             r"(?: (?:on|at|round|to|outside) (?:my|our|the) (?:front )?(?:door|house|flat|home|work))?\b")
# An attack of an illness is no one attacking: "because i have been having panic attacks" (blind set 90).
_ATTACK_OF_ILLNESS = re.compile(r"\b(?:panic|anxiety) attacks?\b")
# Who a report is made for, by someone helping them (the form reads them the same way: actions/report_form.py).
REPORTED_FOR = r"(?:young |old |older |elderly )?(?:man|woman|lady|lad|girl|boy|gentleman|gent|person|client|service user|resident|young person)"
# The one the report is made for, with the person making it: "filling this in for a young man who is
# here" (blind set 88 heard someone there); not anyone else who is here.
_FOR_SOMEONE_HERE = re.compile(rf"\b(?:for|with|on behalf of) (?:a|an|the|this|my|our) {REPORTED_FOR} (?:who is|who s|that is|whos) (?:here|here with me|with me|sat here|sitting here|"
                               r"sat with me|sitting with me|in the room|in the office|in with me)(?: now)?\b")
# The police holding whoever did it is no one holding the person: "the police have him on the ground".
_POLICE_HOLDING = re.compile(r"\b(?:the )?(?:police|cops|coppers|officers|police officers|pcsos?)(?: \w+)? (?:have|has) (?:got )?"
                             r"(?:him|her|them|the (?:\w+ )?(?:man|men|lad|lads|woman|women|girl|girls|boy|boys|guy|guys|bloke|gang|attackers?))\b"
                             r"(?: (?:(?:face |flat )?down |flat )?(?:on|against|in|up against) (?:the |a )?\w+)?")


def read_danger(text: str) -> DangerReading:
    """Reads ``text`` for danger now (see the module docstring)."""
    if _SHOUTED_HELP.match(text or ""):
        return DangerReading(Level.NOW, ("help shouted",))
    spelt = safety_text(text)
    figurative = _meant(spelt) != spelt  # "fire away", "im hiding nothing from you": nothing else in it is read as danger by the learned reader
    plain = _PERSON_SAT.sub(r"\1 ", _A_PAUSE.sub("a pause", _NEIGHBOURS.sub("the neighbours", _SELF_HARM.sub(" ", _DEVICE_DYING.sub("my battery is low", _meant(spelt))))))
    plain = _HARM_OR_HIDING_DENIED.sub("unhurt", _NOT_AFRAID.sub("unafraid", _PLACE_NAMED_BY_DANGER.sub("the place", plain)))
    plain = _EVERYDAY.sub(" then ", _FIRE_PUT_OUT.sub("it is all over now", _PUSHING_A_THING.sub("with a buggy", _DOOR_STAFF.sub("the door staff", plain))))
    plain = _DAMAGE_DONE_WITH.sub("damaged it", plain)
    plain = _INJURY_LASTING.sub(" healing ", plain)
    healing = _HURT_AND_HEALING.search(plain) is not None  # someone hurt and mending from it: the harm is behind them
    plain = _INTO_TROUBLE.sub("reporting them", plain)
    plain = _PILLS_SET_OUT.sub(" pills set out ", plain)
    plain = _POLICE_HOLDING.sub("the police have them held", _POLICE_CALLING.sub("the police calling", plain))
    plain = _FOR_SOMEONE_HERE.sub(" for a client", _ATTACK_OF_ILLNESS.sub("panic", plain))
    plain, sought = _SOUGHT_NEAR_ME.subn(r"\1 locally", plain)
    sought_nearby = sought > 0
    if not plain.strip():
        return DangerReading(Level.NONE)
    # "my support worker is next to me", "its only me and the kids in the house now": with me, not
    # at me; the rest of the message is read.
    if ONLY_A_PAUSE.search(plain) or ONLY_MOVING_ON.search(plain):
        return DangerReading(Level.NONE, no_danger_meant=True)
    close_one_here = bool(CLOSE_ONE_HERE.search(plain)) and bool(SAFE_NOW.search(CLOSE_ONE_HERE.sub(" ", plain)) or SHUT_IN.search(CLOSE_ONE_HERE.sub(" ", plain)))
    supporter_beside = bool(SUPPORTER_BESIDE.search(plain) or ONLY_US.search(plain) or COMPANY.search(plain) or POLICE_HERE.search(plain) or close_one_here
                            or STAFF_NEAR.search(plain) or CREWS_HERE.search(plain))
    told = CREWS_HERE.sub(" ", STAFF_NEAR.sub(" ", POLICE_HERE.sub(" ", COMPANY.sub(" ", ONLY_US.sub(" ", SUPPORTER_BESIDE.sub(" ", plain)))))) if supporter_beside else plain
    if close_one_here:
        told = CLOSE_ONE_HERE.sub(" ", told)
    present = _found(_PRESENT, told)
    tenseless = _found(_TENSELESS, told)
    who_it_is = bool(WHO_IT_IS.search(plain) or WHERE_THEY_LIVE.search(plain))
    if who_it_is:  # "its the man at the corner shop", "the people in the flat across the landing": who, not where now
        tenseless = [sign for sign in tenseless if sign != "someone is here"]
    words = DANGER_WORDS.findall(plain)
    past_time = bool(PAST_WORDS.search(plain)) or healing
    past = past_time or bool(PAST_TENSE.search(plain)) or _has_past_verb(plain.split())
    safe_now = bool(SAFE_NOW.search(HELP_NOT_HERE.sub(" ", plain)))
    signs = tuple(dict.fromkeys(present + tenseless))
    # Threats in messages and posts are real, but they are not someone at the door.
    online_only = bool(ONLINE.search(plain)) and not any("here" in s or "weapon" in s or "fire" in s for s in signs)

    if (signs and set(signs) <= {"please help me", "help me now"} and HARD_TO_DO_THE_FORM.search(plain) and not _URGENT.search(plain)
            and not words and not _HOSTILE.search(plain)):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "i struggle with reading please help me": help with the report
    if signs and set(signs) <= {"on their way"} and _ON_THEIR_WAY_SOMEWHERE.match(plain):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "a crowd of football fans on their way to the ground": who they were
    if signs and set(signs) <= {"outside now"} and GIVEN_UP_BY_US.search(plain):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "my son will not wear his kippah outside now": what it left
    if signs and set(signs) <= {"outside now"} and ASKS_FOR_SAFETY.search(plain):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "help feeling safe in my own home again": asked for
    sheltering = bool(signs) and set(signs) <= SHELTERING and not LOCKED_IN_BY_SOMEONE.search(plain)
    if present and set(signs) <= _COMING_BACK and UNSURE_IF_COMING.search(plain):
        return DangerReading(Level.UNCLEAR, signs)  # "unsure if they will come back tonight": asked, not assumed
    if signs and set(signs) <= {"someone is here"} and DELIVERY.search(plain) and not words and not _HOSTILE.search(plain):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "two minutes someone is at the door with a parcel"
    if signs and set(signs) <= _ARRIVING and CLOSE_ONE_ARRIVED.search(plain) and not words and not _HOSTILE.search(plain):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "my husband has just pulled up outside to collect me"
    family_only = set(signs) - ({"they are going to harm me"} if _FAMILY_FETCHING.search(plain) else set()) - (
        {"it has just happened", "they have arrived"} if _FAMILY_HOME.search(plain) else set())
    if (signs and family_only <= _WHERE_SOMEONE_IS and _OWN_FAMILY.search(plain) and not words and not _HOSTILE.search(plain)
            and not re.search(rf"\b{PERSON}\b", _OWN_FAMILY.sub(" ", plain))):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "my son is in the school office": where one's own are
    if signs and set(signs) <= {"someone is here"} and PAUSE_ASKED.search(plain) and not words and not _HOSTILE.search(plain):
        return DangerReading(Level.UNCLEAR, signs)  # "give me two secs someones at the door": asked, not assumed
    if (present and set(signs) <= {"someone keeps doing it"} and (EVERY_PERIOD.search(plain) or _TO_REPORT.search(plain)) and not NOW_WORDS.search(plain)
            and not _FEAR.search(plain)):
        return DangerReading(Level.NONE, told_as_past=True)  # "they keep knocking on my door every night": the pattern of it
    if online_only and set(signs) <= _SENDING and not words and not _FEAR.search(plain) and not _THIS_MOMENT.search(plain):
        return DangerReading(Level.NONE, told_as_past=past, no_danger_meant=True)  # "they are still messaging me every night": sent, not here
    if present and not online_only and not (sheltering and safe_now):
        return DangerReading(Level.NOW, signs)
    if safe_now:
        return DangerReading(Level.PAST if (signs or words) else Level.NONE, signs, says_safe=True)
    if (not present and set(tenseless) <= {"in danger", "outside now"} and (UNSAFE_SINCE.search(plain) or FEELING_THAT_COMES_BACK.search(plain))
            and not STRONG_NOW_WORDS.search(plain) and not re.search(SUBJECT, plain)):
        return DangerReading(Level.NONE, told_as_past=past, no_danger_meant=True)
    if EASY_READ_FEAR_AT_THE_DOOR.search(plain) and not past:  # "me scared people shout at me at my door"
        return DangerReading(Level.NOW, signs + ("scared, and someone at my door",))
    if tenseless and not past and not online_only:
        return DangerReading(Level.NOW, signs)
    if not signs and words and set(words) <= _FEELINGS and (FUTURE_FEAR.search(plain) or FEAR_OF_REPORTING.search(plain) or WORRY_FOR_SOMEONE.search(plain)
                                                             or KEPT_UNKNOWN.search(plain)
                                                             or (FEELING_TALKED_ABOUT.search(plain) and not NOW_WORDS.search(plain))):
        return DangerReading(Level.NONE, told_as_past=past, no_danger_meant=True)
    if words and (STRONG_NOW_WORDS if past else NOW_WORDS).search(plain) and not online_only:
        return DangerReading(Level.NOW, signs + ("a danger word now",))
    if not signs and words and KEEPS_DOING_IT.search(plain) and not NOW_WORDS.search(plain) and not _FEAR.search(plain):
        return DangerReading(Level.NONE, told_as_past=True)  # "keeps following me home from the station": what they keep doing, told
    if not signs and STARTLED.search(plain) and not NOW_WORDS.search(plain):
        return DangerReading(Level.NONE, no_danger_meant=True)  # "i keep jumping when someone knocks on the door": what it left
    if not signs and not safe_now and GONE_TO_FETCH.search(plain):
        return DangerReading(Level.UNCLEAR, ("gone to fetch someone or something",))  # "they have gone to get their mates": asked
    if not signs and not safe_now and STILL_GOING_ON.search(plain):
        return DangerReading(Level.UNCLEAR, ("it is still going on",))
    intrusion = INTRUSION.search(plain) is not None and not _ENDED_BY_SOMEONE_COMING_IN.search(plain) and not _COME_IN_WITH_US.search(plain)
    if not signs and not intrusion and words and all(word.startswith("hurt") for word in words) and HURT_FEELINGS.search(plain):
        return DangerReading(Level.NONE, told_as_past=past, no_danger_meant=True)
    if not signs and not intrusion and words and OWN_PUNISHMENT_ASKED.search(plain) and not NOW_WORDS.search(plain):
        return DangerReading(Level.NONE, told_as_past=True, no_danger_meant=True)  # "will i be arrested for hitting him back": asked, of their own act
    if signs or words or intrusion or QUOTED_THREAT.search(plain):
        # A weapon, the worst harm or someone coming in, told with a verb in the past but no time
        # ("he pulled out a knife", "they came in through the back door"), may be happening now:
        # asked about, not passed over.
        grave_without_a_time = not (past_time or (past and DURING_AN_EVENT.search(plain))) and (intrusion or GRAVE.search(plain) is not None or QUOTED_THREAT.search(plain) is not None)
        if grave_without_a_time and not intrusion and THREAT_FOR_LATER.search(plain) and not NOW_WORDS.search(plain):
            grave_without_a_time = False  # "said they will stab me next time they see me": a threat told, for a time to come
        return DangerReading(Level.PAST if past and not grave_without_a_time else Level.UNCLEAR, signs, told_as_past=past)
    # What keeps happening, with no sign of now, is the pattern of it, not this moment ("keeps
    # stopping me in the street to shout at me"): as the past, the learned reader does not make it now.
    return DangerReading(Level.NONE, told_as_past=past or HABITUAL.search(plain) is not None,
                         no_danger_meant=bool(who_it_is or supporter_beside or figurative or sought_nearby or ASKS_FOR_SAFETY.search(plain) or TELLS_WHO.search(plain)
                                              or DESCRIBED.search(plain) or POLICE_LATER.search(plain) or PAUSE_ASKED.search(plain) or PAUSE_FIRST.search(plain) or GIVEN_UP.search(plain) or MEMORY_OF_IT.search(plain) or _only_names_something(plain)
                                              or LANGUAGE_ASKED.search(plain) or DOING_A_CHORE.search(plain) or HELP_WITH_THE_FORM.search(plain)
                                              or FEELINGS_ONLY.search(plain) or LOOKED_AT.search(plain) or ABOUT_THE_REPORT.search(plain) or GOES_TO_THE_POLICE.search(plain) or CALL_BACK.search(plain) or LEAVING.search(plain)
                                              or CANT_FACE_REPORTING.search(plain) or HARD_TO_DO_THE_FORM.search(plain) or WISH_THAT_IT_STOPS.match(plain)
                                              or MOCKED.search(plain)))


# Someone named who could be a danger, something going on ("are dragging", "is being forced"), a
# moment ("just", "now"), or help asked for.
_CALM_ING = frozenset({"nothing", "something", "anything", "everything", "feeling", "being", "morning", "evening", "building", "during",
                       "thing", "king", "ring", "bring", "sing", "wedding", "clothing", "housing", "shopping", "wedding", "meeting",
                       "parking", "swimming", "training", "wellbeing", "spring", "earring", "darling", "ceiling"})
_SOMEONE_OR_A_MOMENT = re.compile(rf"\b{PERSON}\b|\bsome ?(?:one|body)\w*|\bjust\b|\bnow\b|{STRONG_NOW_WORDS.pattern}|\b(?:is|are|am|s) being\b|"
                                  r"\b(?:help|helps|999|112|emergency|ambulance|fast|quick|quickly|hurry|asap|urgent)\b|"
                                  r"\b(?:call|ring|phone|get|send|fetch)\b.*\b(?:police|someone|somebody)\b")


# Someone the person looks after, named as who it happened to: "a lady i help at the drop in centre".
_ONE_I_LOOK_AFTER = re.compile(rf"\b{PERSON} (?:who |that |whom )?(?:i|we) (?:help|helps|support|care for|look after|work with|teach|mentor|visit|volunteer with)\b")


def tells_a_threat_made(text: str) -> bool:
    """True if ``text`` tells of a threat made, in the past ("they threatened to stab me"): unclear
    whether it is now, so asked about; what it sounds like does not make it danger now."""
    return THREAT_MADE.search(safety_text(text)) is not None


# Who helps the person, named as how they came: "my support worker from victim support".
_MY_SUPPORTER = re.compile(r"\bmy (?:support|social|key|care|case|youth) worker\b|\bmy (?:carer|advocate|counsellor|therapist|mentor|keyworker|caseworker)\b|"
                           r"\bvictim support\b")


def names_no_one_now(text: str) -> bool:
    """True if ``text`` names no one who could be a danger, nothing going on, no moment, no danger
    word and asks for no help: "im blind", "please tell the police", not "a brick just came
    through my window", "my back door is being forced", "the bouncers are dragging my friend into
    the alley" or "im under attack"."""
    plain = re.sub(r"\bfor now\b", " ", _meant(safety_text(text)))  # "nothing for now": for the time being; "fire it off": send it
    plain = _ONE_I_LOOK_AFTER.sub(" ", plain)  # "a lady i help at the drop in": whom the person helps
    plain = _MY_SUPPORTER.sub(" ", plain)  # "my support worker from victim support put me in touch": who helps the person (blind set 90)
    going_on = any(word.endswith("ing") and word not in _CALM_ING for word in plain.split())
    return not going_on and _SOMEONE_OR_A_MOMENT.search(plain) is None and DANGER_WORDS.search(plain) is None


_FEAR = re.compile(r"\b(?:scared|afraid|frightened|terrified|petrified|fear|worried|panicking|panic|help me|unsafe|not safe)\b")


def tells_of_fear(text: str) -> bool:
    """True if ``text`` says the person is afraid ("i am scared", "help me"), whatever else it says."""
    # Panic attacks told as a reason for support are a condition, not fear now (blind set 90).
    return _FEAR.search(_ATTACK_OF_ILLNESS.sub("an illness", _NOT_AFRAID.sub("unafraid", safety_text(text)))) is not None
