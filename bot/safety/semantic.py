"""The safety layer's learned reader: how near a message is in meaning to danger now, an account
of the past, a calm message and a crisis, from sentence embeddings (bot.safety.encoder).

The patterns in bot.safety.danger and bot.safety.crisis are exact about tense and about quoted
abuse, but hear only the phrasings someone wrote down; fresh messages ("he is at my window now
staring in", "id rather be dead") slip past them. This reader generalises from the labelled
examples in ``data/safety/cases.yml`` (danger now, the past, calm, crisis), from every question's
answers in ``data/answers/`` (calm; the account question's answers are the past) and from the
intent classifier's examples in ``data/nlu/`` (commands, greetings and answers are calm, accounts
the past, danger and crisis their own), with a logistic regression over the embeddings.
bot.safety.read decides how the reader and the patterns are combined.

Trained with the dialogue model (bot.nlu.safety.SafetyLayer.train) and kept inside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np
import yaml

from bot.config import PROJECT_ROOT
from bot.safety.encoder import Encoder, shared_encoder
from bot.safety.kept_vectors import encode_training_cases
from bot.safety.text import safety_text

LABELS = ("calm", "past", "now", "crisis")
# Answers to "Are you safe right now?" say whether the person is in danger: not calm examples.
# The account question's answers tell what happened: examples of the past.
_NOT_CALM = {"safe_now"}
_PAST = {"what_happened"}
# The intent classifier's examples, labelled by their intent; any other intent is calm.
_INTENT_LABELS = {"report_danger": "now", "crisis": "crisis", "describe_incident": "past"}
# The regularisation of the logistic regression (scikit-learn's C), chosen by cross-validation on
# the cases (bench/safety_reader.py).
STRENGTH = 16.0


def training_files(root: Path = PROJECT_ROOT) -> list[Path]:
    """The files the reader learns from, and the code that reads them, for the model's fingerprint."""
    code = [root / "bot" / "safety" / name for name in ("semantic.py", "encoder.py", "text.py")]
    return [*code, root / "bot" / "answers" / "text.py", root / "data" / "safety" / "cases.yml",
            *sorted((root / "data" / "answers").glob("*.yml")), *sorted((root / "data" / "nlu").glob("*.yml"))]


def examples(root: Path = PROJECT_ROOT) -> list[tuple[str, str]]:
    """Every labelled example, once (a text labelled in the cases keeps that label)."""
    cases = yaml.safe_load((root / "data" / "safety" / "cases.yml").read_text())
    labelled: dict[str, str] = {}
    for section, label in (("danger_now", "now"), ("danger_past", "past"), ("calm", "calm"), ("crisis", "crisis")):
        for text in cases.get(section) or []:
            labelled.setdefault(str(text).strip().lower(), label)
    for item in cases.get("lookalikes") or []:
        labelled.setdefault(str(item["text"]).strip().lower(), "calm")
    for table in sorted((root / "data" / "answers").glob("*.yml")):
        if table.stem in _NOT_CALM:
            continue
        for item in yaml.safe_load(table.read_text())[table.stem]:
            labelled.setdefault(str(item["text"]).strip().lower(), "past" if table.stem in _PAST else "calm")
    for path in sorted((root / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text()).get("nlu") or []:
            if "intent" not in block:
                continue
            for line in (block.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    labelled.setdefault(line.strip()[2:].strip().lower(), _INTENT_LABELS.get(block["intent"], "calm"))
    # Texts that read the same once spelt out ("HELP" and "help") but are labelled differently teach
    # nothing: the patterns tell them apart, and the reader is left without them.
    labels_of: dict[str, set[str]] = {}
    for text, label in labelled.items():
        labels_of.setdefault(safety_text(text), set()).add(label)
    return sorted((text, label) for text, label in labelled.items() if len(labels_of[safety_text(text)]) == 1)


def prepared(texts: Iterable[str]) -> list[str]:
    """Messages as the reader reads them: spelt out as the patterns read them ("pls" is "please",
    "hes" is "he is", "rn" is "right now"), so text-speak is not a meaning of its own."""
    return [safety_text(text) for text in texts]


@dataclass
class SemanticReader:
    weights: np.ndarray  # (labels, 384)
    bias: np.ndarray  # (labels,)
    encoder: Encoder | None = None

    @classmethod
    def fit(cls, items: Iterable[tuple[str, str]], encoder: Encoder | None = None, strength: float = STRENGTH) -> "SemanticReader":
        from sklearn.linear_model import LogisticRegression

        texts, labels = zip(*items)
        # The shared encoder's vectors of the training cases are kept between runs (bot.safety.kept_vectors).
        vectors = encoder.encode(prepared(texts)) if encoder else encode_training_cases(prepared(texts), shared_encoder())
        targets = np.array([LABELS.index(label) for label in labels])
        model = LogisticRegression(C=strength, class_weight="balanced", max_iter=5000)
        model.fit(vectors, targets)
        weights = np.zeros((len(LABELS), vectors.shape[1]), dtype=np.float32)
        bias = np.zeros(len(LABELS), dtype=np.float32)
        weights[model.classes_] = model.coef_
        bias[model.classes_] = model.intercept_
        return cls(weights, bias, encoder)

    def probabilities(self, texts: list[str]) -> list[Mapping[str, float]]:
        """For each text, how likely each of LABELS is."""
        vectors = (self.encoder or shared_encoder()).encode(prepared(texts))
        scores = vectors @ self.weights.T + self.bias
        scores = np.exp(scores - scores.max(1, keepdims=True))
        scores /= scores.sum(1, keepdims=True)
        return [dict(zip(LABELS, map(float, row))) for row in scores]

    def read(self, text: str) -> Mapping[str, float]:
        return self.probabilities([text])[0]

    def save(self, path: Path) -> None:
        np.savez(path, weights=self.weights, bias=self.bias, labels=np.array(LABELS))

    @classmethod
    def load(cls, path: Path) -> "SemanticReader":
        saved = np.load(path)
        if tuple(saved["labels"]) != LABELS:
            raise ValueError(f"{path} was trained for the labels {tuple(saved['labels'])}, not {LABELS}")
        return cls(saved["weights"], saved["bias"])


def cross_validated(items: list[tuple[str, str]], folds: int = 5, strength: float = STRENGTH,
                    encoder: Encoder | None = None) -> list[Mapping[str, float]]:
    """Each example read by a reader trained on the other folds, never on it: how the reader does
    on messages it has not seen (bench/safety_reader.py, tests/bot/safety/test_reader.py)."""
    encoder = encoder or shared_encoder()
    read_as = prepared(text for text, _ in items)
    vectors = encoder.encode(read_as)
    row = {text: i for i, text in enumerate(read_as)}

    class Encoded:  # the vectors are made once; each fold's reader looks them up
        def encode(self, texts):
            return np.stack([vectors[row[text]] for text in texts])

    fold_of = np.random.default_rng(14).integers(0, folds, len(items))
    read: list[Mapping[str, float]] = [{}] * len(items)
    for fold in range(folds):
        reader = SemanticReader.fit([items[i] for i in range(len(items)) if fold_of[i] != fold], Encoded(), strength)
        held = [i for i in range(len(items)) if fold_of[i] == fold]
        for i, probabilities in zip(held, reader.probabilities([items[i][0] for i in held])):
            read[i] = probabilities
    return read
