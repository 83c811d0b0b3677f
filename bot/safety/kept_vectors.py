"""The training cases' sentence vectors, kept on disk between trainings and test runs.

Encoding the twelve thousand training cases is most of the cost of fitting the learned reader
(about 35 of 41 seconds on two cores), and the cases change a few dozen at a time. Their vectors
are kept in ``~/.cache/safe-to-say/vectors/`` (``SAFE_TO_SAY_VECTOR_CACHE``), one file per encoder
(its package version and the hash of ``bot/safety/encoder.py``, so a change to either starts a new
file). Only the training cases from ``data/`` are ever kept: a person's message is read with the
encoder directly and never written here.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from bot.safety import encoder as encoder_module
from bot.safety.encoder import Encoder, encoder_name


def cache_dir() -> Path:
    base = os.environ.get("SAFE_TO_SAY_VECTOR_CACHE") or Path.home() / ".cache" / "safe-to-say" / "vectors"
    return Path(base)


def _cache_file() -> Path:
    code = hashlib.sha256(Path(encoder_module.__file__).read_bytes()).hexdigest()[:12]
    name = encoder_name().replace(" ", "-")
    return cache_dir() / f"{name}-{code}.npz"


def kept() -> dict[str, np.ndarray]:
    """The vectors kept so far, by text; empty when there are none or the file cannot be read."""
    try:
        with np.load(_cache_file(), allow_pickle=False) as saved:
            return dict(zip(saved["texts"].tolist(), saved["vectors"]))
    except (OSError, ValueError, KeyError):
        return {}


def _keep(vectors: dict[str, np.ndarray]) -> None:
    path = _cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    texts = list(vectors)
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npz", delete=False) as handle:
        np.savez(handle, texts=np.array(texts), vectors=np.stack([vectors[text] for text in texts]))
    os.replace(handle.name, path)  # whole or not at all, if two trainings write at once


def encode_training_cases(texts: Sequence[str], encoder: Encoder) -> np.ndarray:
    """The vectors of ``texts`` (training cases only), encoding just those not kept before."""
    known = kept()
    new = [text for text in dict.fromkeys(texts) if text not in known]
    if new:
        known.update(zip(new, encoder.encode(new)))
        _keep(known)
    return np.stack([known[text] for text in texts])
