"""The intent classifier on messages it never saw: simple, misspelt and text-speak answers (pytest -s
prints the figure). 5-fold cross-validation of the training data trains the classifier five times;
it is an evaluation, run by `make eval` (bot/nlu_evaluation.py), not a test of the suite."""

from __future__ import annotations

import glob

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.nlu_evaluation import HELD_OUT, held_out_report

pytestmark = pytest.mark.model


def examples(path) -> list[tuple[str, str]]:
    found = []
    for block in yaml.safe_load(open(path))["nlu"]:
        found += [(block["intent"], line.strip()[2:].strip()) for line in block.get("examples", "").splitlines() if line.strip()]
    return found


def test_the_held_out_set_is_large_and_never_trained_on():
    held_out = examples(HELD_OUT)
    trained = {text.lower() for path in glob.glob(str(PROJECT_ROOT / "data" / "nlu" / "*.yml")) for _, text in examples(path)}
    assert len(held_out) >= 150
    assert [text for _, text in held_out if text.lower() in trained] == []


def test_held_out_intent_accuracy_is_at_least_90_percent(tmp_path):
    report = held_out_report(tmp_path)
    print(f"\nHeld-out intent accuracy: {report['accuracy']:.3f}")
    assert report["accuracy"] >= 0.90, {k: v for k, v in report.items() if isinstance(v, dict) and v.get("f1-score", 1) < 0.8}
