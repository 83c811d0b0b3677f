"""Short answers are read by the model once (bot/rasa_patches/parse_cache.py): the kept reading is exactly
the model's, and nothing that could identify someone is kept."""

from __future__ import annotations

import pytest
from rasa.core.processor import MessageProcessor

from bot.rasa_patches.parse_cache import ParseCache, cache_for, is_short_answer
from tests.support.people import SMS_REPORT, TELEGRAM_REPORT

SHORT = ["1", "2 5", "1.", "1, 4 and 7", "three", "yes", "no", "Back", "help", "last night", "make it stop", "what?", "🙂",
         '/choose{"choice": "yes"}', "/stop", "/help"]
NOT_KEPT = ["SO14 3AB", "so14", "flat 3b", "12a", "07700 900123", "999", "jo@example.org", "some lads followed me home shouting",
            '/inform{"name": "Jo Bloggs"}', "/choose{\"choice\": \"Jo Bloggs\"}", "", "   "]


def test_short_answers_are_kept_and_anything_that_could_identify_someone_is_not():
    for text in SHORT:
        assert is_short_answer(text), text
    for text in NOT_KEPT:
        assert not is_short_answer(text), text


def test_the_least_recently_used_reading_goes_first_and_a_used_one_is_a_fresh_copy():
    cache = ParseCache(size=2)
    for text in ("yes", "no"):
        cache.put(text, True, {"text": text, "intent": {"name": "affirm" if text == "yes" else "deny", "confidence": 0.9}, "entities": []})
    used = cache.get("yes", True)
    used["intent"]["name"] = "changed by a caller"
    cache.put("back", True, {"text": "back", "intent": {"name": "go_back", "confidence": 0.9}, "entities": []})
    assert cache.get("no", True) is None  # the least recently used
    assert cache.get("yes", True) == {"text": "yes", "intent": {"name": "affirm", "confidence": 0.9}, "entities": []}
    assert cache.get("yes", False) is None  # full readings and output-only readings are kept apart
    assert len(cache) == 2


def test_a_reading_with_entities_found_in_plain_text_is_not_kept():
    cache = ParseCache()
    cache.put("next week", True, {"text": "next week", "intent": {"name": "inform"}, "entities": [{"entity": "time", "value": "next week"}]})
    assert cache.get("next week", True) is None and len(cache) == 0


@pytest.fixture(scope="module")
def agent():
    from rasa.core.agent import Agent

    from bot.training import ensure_model

    return Agent.load(str(ensure_model()))


async def read_without_cache(agent, text: str) -> dict:
    cached = MessageProcessor._parse_message_with_graph
    MessageProcessor._parse_message_with_graph = cached.__wrapped__
    try:
        return await agent.parse_message(text)
    finally:
        MessageProcessor._parse_message_with_graph = cached


@pytest.mark.model
async def test_a_kept_reading_is_exactly_what_the_model_reads(agent):
    said = [text for text, _ in SMS_REPORT] + [text for how, text, _ in TELEGRAM_REPORT if how == "say"] + SHORT + NOT_KEPT[:-2]
    said += ['/choose{"choice": "no"}', '/choose{"choice": "not_sure"}', "someone is outside my door now", "stop", "repeat"]
    cache = cache_for(agent.processor)
    for text in said:
        first, again, model = await agent.parse_message(text), await agent.parse_message(text), await read_without_cache(agent, text)
        assert first == again == model, text
        assert (cache.get(text, True) is not None) == is_short_answer(text), text
    kept = repr(cache._kept)
    assert not any(text in kept for text in ("make it stop", "last night", "three")), "kept readings hold no text"


@pytest.mark.model
async def test_each_loaded_model_has_its_own_kept_readings(agent):
    await agent.parse_message("yes")
    assert cache_for(agent.processor).get("yes", True) is not None
    other = MessageProcessor.__new__(MessageProcessor)
    other.graph_runner = object.__new__(type(agent.processor.graph_runner))
    assert len(cache_for(other)) == 0
