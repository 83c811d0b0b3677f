"""How the person came to the centre, where the cue words (bot/answers/cues.yml, ``contact_route``)
would name the wrong route: what was seen or found decides, not who made it.

- a poster or leaflet seen is the route, whoever made it ("a stop hate crime poster"), unless
  someone handed it over ("the police gave me a leaflet": the police are the route);
- a page found online is the route, whoever's page it is ("i found the stop hate page online"),
  unless it was on social media, a route of its own.
"""

from __future__ import annotations

import re

from bot.answers.text import normalise

_SEEN_ON_A_POSTER = re.compile(r"\b(?:poster|posters|leaflet|leaflets|sticker|stickers|flyer|flyers|advert|adverts|banner)\b")
_HANDED_BY = re.compile(r"\b(?:gave|give|given|handed|hand|sent|send|told|tell|showed|show|brought|passed)\b")
_FOUND_ONLINE = re.compile(r"\b(?:found|find|saw|seen|came across|come across|looked|searched|search|googled)\b"
                           r".*\b(?:online|on the internet|on google|website|web page|webpage|web site|page)\b")
_SOCIAL_MEDIA = re.compile(r"\b(?:facebook|twitter|instagram|tiktok|whatsapp|snapchat|youtube|social media)\b")


def route_by_what_was_seen(text: str) -> str | None:
    """``poster_or_leaflet`` or ``online_search`` where the words say so, else None."""
    said = normalise(text)
    if _HANDED_BY.search(said):
        return None
    if _SEEN_ON_A_POSTER.search(said):
        return "poster_or_leaflet"
    if _FOUND_ONLINE.search(said) and not _SOCIAL_MEDIA.search(said):
        return "online_search"
    return None
