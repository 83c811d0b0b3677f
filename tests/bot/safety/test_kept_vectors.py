"""The training cases' vectors kept between runs (bot.safety.kept_vectors) are the encoder's own,
and a reader fitted with them is the reader fitted without them."""

from __future__ import annotations

import numpy as np

from bot.safety.encoder import shared_encoder
from bot.safety.kept_vectors import encode_training_cases, kept
from bot.safety.semantic import SemanticReader

CASES = [("he is outside my door now", "now"), ("last week he shouted at me", "past"), ("hello", "calm"),
         ("i want to end my life", "crisis"), ("there is a man with a knife at my window", "now"),
         ("they followed me home on tuesday", "past"), ("thanks for your help", "calm"), ("i cut myself again", "crisis")]


def test_kept_vectors_are_the_encoders_own_and_only_new_cases_are_added(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFE_TO_SAY_VECTOR_CACHE", str(tmp_path))
    texts = ["he is outside my door now", "hello"]
    first = encode_training_cases(texts, shared_encoder())
    assert np.allclose(first, shared_encoder().encode(texts), atol=1e-6)
    assert sorted(kept()) == sorted(texts)
    again = encode_training_cases(["hello", "thanks"], shared_encoder())
    assert np.allclose(again[0], first[1]) and sorted(kept()) == ["he is outside my door now", "hello", "thanks"]


def test_a_reader_fitted_with_kept_vectors_reads_as_one_fitted_without(tmp_path, monkeypatch):
    monkeypatch.setenv("SAFE_TO_SAY_VECTOR_CACHE", str(tmp_path))
    SemanticReader.fit(CASES)  # keeps the vectors
    kept_fit, fresh_fit = SemanticReader.fit(CASES), SemanticReader.fit(CASES, encoder=shared_encoder())
    assert np.allclose(kept_fit.weights, fresh_fit.weights, atol=1e-4)
    message = "someone is banging on my door right now"
    assert max(kept_fit.read(message), key=kept_fit.read(message).get) == max(fresh_fit.read(message), key=fresh_fit.read(message).get)
