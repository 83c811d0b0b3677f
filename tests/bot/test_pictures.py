"""Pictured choices: every picture is a real SVG in the repo with alt text, and the easy-read
choices for places, kinds of incident, reasons and yes/no all have one."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest
import yaml

from bot.channels.telegram import _pictured
from bot.config import PROJECT_ROOT
from bot.wording.pictures import picture_for, pictures, value_of
from bot.web.app import with_pictures

SYMBOLS = PROJECT_ROOT / "bot" / "web" / "static" / "symbols"
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())


@pytest.mark.parametrize("value", sorted(pictures()))
def test_each_picture_is_an_svg_with_alt_text(value):
    picture = pictures()[value]
    root = ElementTree.parse(SYMBOLS / f"{picture.symbol}.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox")
    assert len(picture.alt.split()) >= 2 and picture.emoji


def test_the_symbols_are_licensed_for_reuse():
    assert "CC0" in (SYMBOLS / "LICENCE.txt").read_text()


@pytest.mark.parametrize("question", ["safe_now", "incident_types", "characteristics", "location_type", "ongoing", "police_involvement"])
def test_easy_read_choices_are_pictured(question):
    easy = next(v for v in DOMAIN["responses"][f"utter_ask_{question}"] if v.get("condition"))
    unpictured = [b["title"] for b in easy["buttons"] if picture_for(b) is None]
    assert unpictured == []


def test_payloads_name_their_values():
    assert value_of('/choose{"choice": "home"}') == "home"
    assert value_of("/easy_read_on") == "easy_read_on"
    assert value_of("just words") is None


def test_web_replies_carry_the_picture_and_telegram_buttons_the_emoji():
    reply = with_pictures({"text": "Where?", "buttons": [{"title": "At home", "payload": '/choose{"choice": "home"}'},
                                                          {"title": "Nowhere", "payload": '/choose{"choice": "nowhere"}'}]})
    assert reply["buttons"][0]["image"] == "/static/symbols/home.svg" and reply["buttons"][0]["alt"] == "A house"
    assert "image" not in reply["buttons"][1]
    assert _pictured({"title": "At home", "payload": '/choose{"choice": "home"}'}) == "🏠 At home"
