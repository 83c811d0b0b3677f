"""The classifier sees text-speak expanded as the answer readers do, and the person's words stay as written."""

from __future__ import annotations

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.tokenizer import NormalisingTokenizer


def tokens(text: str) -> tuple[list[str], Message]:
    message = Message(data={TEXT: text})
    tokenizer = NormalisingTokenizer(NormalisingTokenizer.get_default_config())
    return [t.text for t in tokenizer.tokenize(message, TEXT)], message


def test_text_speak_is_expanded_for_the_classifier():
    words, _ = tokens("sum1 hit me yestday cos im gay")
    assert words == ["someone", "hit", "me", "yesterday", "because", "i", "am", "gay"]


def test_the_message_itself_is_not_changed():
    _, message = tokens("Sum1 said GO HOME!")
    assert message.get(TEXT) == "Sum1 said GO HOME!"


def test_punctuation_only_still_gives_a_token():
    words, _ = tokens("?!")
    assert words == ["?!"]
