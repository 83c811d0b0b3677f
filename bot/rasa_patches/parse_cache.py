"""Short answers are read by the model once, not on every message.

Most of what people send is the same few answers: a choice number ("1", "2 5"), "yes", "no",
"back", "help", a button press. Reading a message (tokenizer, featurizers, DIET) was a third of
the Rasa server's time a turn (py-spy under bench/turns.py), and the reading depends only on the
text and the model: nothing in the NLU pipeline looks at the conversation. So the result for a
short answer is kept, per loaded model, and reused; the next person who sends "2" gets exactly what
the model would have said, without running it again.

Only answers that could not identify anyone are kept, and not even as text:
- plain text of at most 24 characters with no digit run of three or more, no word mixing letters
  and digits (postcodes, house numbers, registrations) and no "@"; or a button's payload
  (``/choose{"choice": "value"}`` and bare ``/intent``);
- the key is a keyed hash of the text (a key made at start-up and never stored), and the kept
  result leaves out the text, put back from the message on use;
- nothing is kept when the model found entities in plain text.
At most ``SIZE`` answers are kept; the least recently used go first.
"""

from __future__ import annotations

import copy
import hashlib
import os
import re
import weakref
from collections import OrderedDict
from typing import Any, Dict

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor

from bot.rasa_patches.wrapping import replace

SIZE = 4096
MAX_CHARS = 24
_BUTTON = re.compile(r'/[a-z_]+(\{"choice": ?"[a-z0-9_]+"\})?')
_NOT_SHORT_ANSWER = re.compile(r"\d{3}|[^\W\d_]\d|\d[^\W\d_]|@")
_KEY = os.urandom(16)


def is_short_answer(text: str) -> bool:
    """Whether ``text`` is a short answer whose reading may be kept (see the module docstring)."""
    if _BUTTON.fullmatch(text):
        return True
    stripped = text.strip()
    return 0 < len(stripped) <= MAX_CHARS and not stripped.startswith("/") and not _NOT_SHORT_ANSWER.search(stripped)


def _key(text: str, only_output_properties: bool) -> bytes:
    return hashlib.blake2b(f"{int(only_output_properties)}{text}".encode("utf-8"), digest_size=16, key=_KEY).digest()


class ParseCache:
    """Kept readings for one loaded model."""

    def __init__(self, size: int = SIZE):
        self.size = size
        self._kept: "OrderedDict[bytes, Dict[str, Any]]" = OrderedDict()

    def __len__(self) -> int:
        return len(self._kept)

    def get(self, text: str, only_output_properties: bool) -> Dict[str, Any] | None:
        key = _key(text, only_output_properties)
        kept = self._kept.get(key)
        if kept is None:
            return None
        self._kept.move_to_end(key)
        return {"text": text, **copy.deepcopy(kept)}

    def put(self, text: str, only_output_properties: bool, parse_data: Dict[str, Any]) -> None:
        if parse_data.get("text") != text or (parse_data.get("entities") and not _BUTTON.fullmatch(text)):
            return
        self._kept[_key(text, only_output_properties)] = copy.deepcopy({k: v for k, v in parse_data.items() if k != "text"})
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)


_caches: "weakref.WeakKeyDictionary[Any, ParseCache]" = weakref.WeakKeyDictionary()


def cache_for(processor: MessageProcessor) -> ParseCache:
    """The cache of ``processor``'s model (a new model, loaded into the running server, starts empty)."""
    cache = _caches.get(processor.graph_runner)
    if cache is None:
        cache = _caches[processor.graph_runner] = ParseCache()
    return cache


def install() -> None:
    """Makes MessageProcessor read short answers through the cache."""
    reads = MessageProcessor._parse_message_with_graph

    def _parse_message_with_graph(self: MessageProcessor, message: UserMessage, tracker: Any,
                                  only_output_properties: bool = True) -> Dict[str, Any]:
        text = message.text
        if not isinstance(text, str) or not is_short_answer(text):
            return reads(self, message, tracker, only_output_properties)
        cache = cache_for(self)
        parse_data = cache.get(text, only_output_properties)
        if parse_data is None:
            parse_data = reads(self, message, tracker, only_output_properties)
            cache.put(text, only_output_properties, parse_data)
        return parse_data

    replace(MessageProcessor, "_parse_message_with_graph", _parse_message_with_graph)
