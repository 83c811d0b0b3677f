"""A whitespace tokenizer that reads text the way the answer readers do: text-speak and phonetic
spellings expanded ("sum1" -> "someone", "agen" stays, "nite" -> "night") by bot.answers.text.

The message's own text is never changed (actions read the person's words as written); only the
tokens the featurizers see are normalised, so the classifier and the answer readers agree on
what "yestday" or "im" means. Used in config.yml in place of Rasa's WhitespaceTokenizer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.answers.text import normalise


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class NormalisingTokenizer(WhitespaceTokenizer):
    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The spelling table and this code: a change to either retrains what comes after, as it
        would on a fresh machine (without it Rasa's cache kept featurizers and a classifier built
        on the old tokens, and a local model was not the one CI trains)."""
        from bot.answers import text

        digest = hashlib.sha256()
        for path in (Path(text.__file__), Path(__file__)):
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def tokenize(self, message: Message, attribute: str) -> List[Token]:
        if attribute != TEXT:
            return super().tokenize(message, attribute)
        text = normalise(message.get(attribute) or "")
        words = text.split() or [message.get(attribute) or ""]
        return self._apply_token_pattern(self._convert_words_to_tokens(words, text if text else words[0]))
