"""How the person came to the centre, where the cue words (bot/answers/cues.yml, ``contact_route``)
would name the wrong route: what was seen or found decides, not who made it; who told them decides,
not the word "officer".

- a poster or leaflet seen is the route, whoever made it ("a stop hate crime poster"), unless
  someone handed it over ("the police gave me a leaflet": the police are the route), or it was an
  advert on social media ("saw a stop hate advert on facebook": social media);
- a post, page or group on social media, or anything seen there, is social media, whoever it
  belongs to ("a facebook post in the community group", "saw it on twitter from the council");
- a page found online is the route, whoever's page it is ("i found the stop hate page online"),
  unless it was on social media, a route of its own;
- an officer of a service that is not the police is that service ("the housing officer told me",
  "my probation officer"), and so is the service of someone close ("my daughters school put me
  in touch"): a referral from an agency;
- someone who has come before is a regular client, whatever they came about ("ive been before
  about something else").
"""

from __future__ import annotations

import re

from bot.answers.text import normalise

_SEEN_ON_A_POSTER = re.compile(r"\b(?:poster|posters|leaflet|leaflets|sticker|stickers|flyer|flyers|advert|adverts|banner|card|cards)\b")
_HANDED_BY = re.compile(r"\b(?:gave|give|given|handed|hand|sent|send|told|tell|showed|show|brought|passed)\b")
_FOUND_ONLINE = re.compile(r"\b(?:found|find|saw|seen|came across|come across|looked|searched|search|googled)\b"
                           r".*\b(?:online|on the internet|on google|website|web page|webpage|web site|page)\b")
_AGENCY_OFFICER = re.compile(r"\b(?:housing|probation|welfare|attendance|tenancy|council|asb|anti social behaviour|youth|"
                             r"support|case|benefits|job centre|jobcentre|immigration|resettlement|outreach|"
                             r"liaison|inclusion|safeguarding|equality|equalities|diversity|student) "
                             r"(?:officer|officers|worker|workers|adviser|advisor|lead)\b")
# A service of someone close is the service: "my daughters school put me in touch" (blind set 91).
_THEIR_SERVICE = re.compile(r"\b(?:my|our) (?:son|daughter|kid|child|children|boy|girl|mum|mam|mom|dad|brother|sister|nan|gran|grandad|grandma|grandson|"
                            r"granddaughter|husband|wife|partner|nephew|niece|cousin|uncle|aunt|auntie|aunty|friend|mate|neighbour)(?:s|s s| s) (?:school|primary|high school|secondary|academy|college|nursery|uni|university|teacher|teachers|"
                            r"head teacher|headteacher|head|tutor|senco|gp|doctor|doctors|surgery|hospital|nurse|health visitor|social worker|"
                            r"support worker|key worker|care home|day centre|carers?|care company|youth club|youth worker)\b"
                            r"(?! (?:friend|friends|mate|mates|pal|pals|mum|mums|dad|dads|parent|parents)\b)")
_POLICE_LIAISON = re.compile(r"\b(?:family liaison|police liaison|hate crime liaison|police)\b")
# When, before now: "before", "last year", "in the summer", "a few months ago".
_BEFORE_NOW = (r"(?:before|previously|in the past|last (?:year|time|month|summer|winter|spring|autumn)|in the (?:summer|spring|autumn|winter)|"
               r"(?:a few|a couple of|some|two|three|four|\d+) (?:weeks|months|years) ago|(?:a|one) (?:year|month) ago|ages ago|a while (?:ago|back))\b")
# One of the centre's own services come to: "i came to your drop in last spring" (blind set 100 was not taken).
# Not anyone else's: "i went to the police a few weeks ago".
_ONE_OF_YOURS = (r" (?:to|into|in to|along to|down to|round to) (?:(?:your|one of your) (?:\w+ ){0,2}?\w+|"
                 r"(?:the|this) (?:centre|center|drop in|drop ins|office|group|session|sessions|hub|coffee morning|advice session|advice sessions))")
_BEEN_BEFORE = re.compile(r"\b(?:have been|been|came|come|went|reported|used (?:you|you lot|you guys|this|this service|the centre|your service)|"
                          rf"spoke to you|talked to you|contacted you|rang you|texted you|messaged you)(?: here| to you| to the centre|{_ONE_OF_YOURS})? "
                          rf"{_BEFORE_NOW}")
# Someone else who came before, not the person: "my mum told me about you she used you before" (blind set 94).
_SOMEONE_ELSE_BEEN = re.compile(r"\b(?:he|she|they|(?:my|his|her|their|our) (?:\w+ )?\w+)(?: (?:has|have|had|s))? (?:used|been to|been|came to|come to|went to|reported to|"
                                r"spoke to|talked to|contacted|rang|texted|messaged|came|come|went)"
                                rf"(?: (?:you|you lot|you guys|this|this service|the centre|your service|here)|{_ONE_OF_YOURS})? {_BEFORE_NOW}")
_SOMEONE_CLOSE = re.compile(r"\bmy (?:mum|mam|mom|mother|dad|father|sister|brother|auntie|aunty|aunt|uncle|cousin|nan|gran|grandma|grandad|friend|mate|"
                            r"best friend|neighbour|husband|wife|partner|boyfriend|girlfriend|son|daughter|niece|nephew)s?\b")
_I_HAVE_BEEN = re.compile(r"\b(?:i|we|me|myself)(?: (?:have|had|ve))? (?:used|been|came|come|reported|spoke|talked|contacted|rang|texted|messaged)\b|"
                          r"\bso (?:have|did) (?:i|we)\b|\b(?:me|i have|i did|we have) too\b")
# Or what is done there: "someone retweeted you and i saw it" (blind set 101 was not taken).
_SOCIAL_MEDIA = re.compile(r"\b(?:facebook|fb|twitter|instagram|insta|tiktok|whatsapp|snapchat|youtube|threads|social media|tweet|tweets|tweeted|retweet|retweets|retweeted)\b")
_SEEN = re.compile(r"\b(?:saw|seen|see|spotted|noticed|read|found|came across|come across|scrolling|scrolled)\b")
_A_POST = re.compile(r"\b(?:post|posts|posted|page|group|video|videos|reel|reels|story|stories|tweet|tweets|thread|live stream|advert|ad)\b")


def route_by_what_was_seen(text: str) -> str | None:
    """``poster_or_leaflet``, ``online_search``, ``referral_from_agency``, ``social_media`` or
    ``regular_client`` where the words say so, else None."""
    said = normalise(text)
    someone_else_came = _SOMEONE_ELSE_BEEN.search(said) is not None and not _I_HAVE_BEEN.search(said)
    if _BEEN_BEFORE.search(said) and not someone_else_came:
        return "regular_client"
    if someone_else_came and _SOMEONE_CLOSE.search(said):
        return "friend_or_family"  # told by someone close who had come before
    if (_AGENCY_OFFICER.search(said) or (_THEIR_SERVICE.search(said) and not _SEEN_ON_A_POSTER.search(said))) and not _POLICE_LIAISON.search(said):
        return "referral_from_agency"
    if _HANDED_BY.search(said):
        return None
    if _SOCIAL_MEDIA.search(said) and (_A_POST.search(said) or _SEEN.search(said)):
        return "social_media"
    if _SEEN_ON_A_POSTER.search(said):
        return "social_media" if _SOCIAL_MEDIA.search(said) else "poster_or_leaflet"
    if _FOUND_ONLINE.search(said) and not _SOCIAL_MEDIA.search(said):
        return "online_search"
    return None
