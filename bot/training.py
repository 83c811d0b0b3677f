"""Trains the dialogue model only when its training files change.

A model is named by a hash of ``domain.yml``, ``config.yml`` and everything under ``data/``, and
kept in a cache outside the checkout (``~/.cache/safe-to-say/models``), so a fresh clone with the
same training files reuses the model instead of spending minutes retraining it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bot import rasa_patches
from bot.config import PROJECT_ROOT

# The tokenizer in config.yml normalises text with bot/answers/text.py, and the safety layer trains
# its learned reader with bot/safety, so they are training inputs.
TRAINING_INPUTS = ("domain.yml", "config.yml", "data", "bot/nlu", "bot/answers/text.py", "bot/safety")


def training_hash(root: Path = PROJECT_ROOT) -> str:
    """Returns a hash of every training file's path and bytes, and the Rasa version."""
    import rasa

    digest = hashlib.sha256(f"rasa {rasa.__version__}\n".encode())
    for name in TRAINING_INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    base = os.environ.get("SAFE_TO_SAY_MODEL_CACHE") or Path.home() / ".cache" / "safe-to-say" / "models"
    return Path(base)


def ensure_model(root: Path = PROJECT_ROOT, force: bool = False) -> Path:
    """Returns the path of a model trained on the current files, training one if needed."""
    name = f"safe-to-say-{training_hash(root)}"
    target = root / "models" / f"{name}.tar.gz"
    cached = cache_dir() / target.name
    if target.exists() and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    if cached.exists() and not force:
        shutil.copyfile(cached, target)
        print(f"Reusing the cached model {target.name}", file=sys.stderr)
        return target
    print("Training the model (the training files changed)...", file=sys.stderr)
    began = time.monotonic()
    subprocess.run(
        [*rasa_patches.command(), "train", "--fixed-model-name", name, "--out", str(target.parent),
         "--domain", "domain.yml", "--config", "config.yml", "--data", "data"],
        cwd=root,
        check=True,
    )
    print(f"Trained in {time.monotonic() - began:.0f} s.", file=sys.stderr)
    cached.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target, cached)
    return target
