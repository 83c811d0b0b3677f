"""The safety layer's sentence encoder (bot/safety/encoder.py, numpy) gives the vectors that
sentence-transformers gives for the same model: encoder_reference.json was made once with
sentence-transformers and PyTorch (its "made_with" says which), on messages with accents, capitals,
punctuation, emoji, another script and an empty one."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.safety.encoder import MAX_TOKENS, shared_encoder

REFERENCE = json.loads((Path(__file__).parent / "encoder_reference.json").read_text())


@pytest.mark.parametrize("index", range(len(REFERENCE["texts"])), ids=[t[:30] or "empty" for t in REFERENCE["texts"]])
def test_each_vector_is_the_one_sentence_transformers_gives(index):
    ours = shared_encoder().encode([REFERENCE["texts"][index]])[0]
    theirs = np.array(REFERENCE["vectors"][index])
    assert float(ours @ theirs) > 0.9999
    assert np.abs(ours - theirs).max() < 1e-3


def test_a_batch_of_texts_of_different_lengths_gives_each_its_own_vector():
    texts = REFERENCE["texts"]
    together = shared_encoder().encode(texts, batch_size=4)
    alone = np.stack([shared_encoder().encode([text])[0] for text in texts])
    assert np.abs(together - alone).max() < 1e-5


def test_a_long_message_is_cut_to_what_the_model_reads():
    long = "they shouted at me " * 200
    assert len(shared_encoder().tokens.encode(long)) == MAX_TOKENS
    vector = shared_encoder().encode([long])[0]
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_meaning_is_near_for_danger_told_in_other_words():
    near, far = shared_encoder().encode(["someone is at my door right now", "i like the park in summer"])
    danger = shared_encoder().encode(["he is outside my house now"])[0]
    assert danger @ near > danger @ far + 0.2
