"""The reporting contract: the vocabularies and JSON schemas that fix stored values.

A copy of ``../shared/contract`` ships inside the package so the assistant runs where the shared
folder is not beside it; ``tests/bot/test_contract.py`` fails if the copy drifts from the original.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

CONTRACT_FILES = ("vocabulary.yml", "incident-record.schema.json", "monthly-return.schema.json")


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def vocabulary() -> dict[str, Any]:
    """Returns the controlled vocabularies, keyed by list name."""
    return yaml.safe_load(_read("vocabulary.yml"))


# Words for people where the contract's list has values only (no descriptions).
_PLAIN_WORDS = {"yes": "Yes", "no": "No", "not_sure": "Not sure", "sms": "SMS", "telegram": "Telegram",
                "web": "Web page", "staff": "Centre staff", "whatsapp": "WhatsApp"}


@lru_cache(maxsize=None)
def labels() -> dict[str, dict[str, str]]:
    """Returns, for every controlled list, each stored value's words for people."""
    return {
        name: dict(entries) if isinstance(entries, dict)
        else {str(v): _PLAIN_WORDS.get(str(v), str(v).replace("_", " ").capitalize()) for v in entries}
        for name, entries in vocabulary().items()
    }


def keys(list_name: str) -> list[str]:
    """Returns the stored values of one controlled list, in the contract's order."""
    entries = vocabulary()[list_name]
    return list(entries) if isinstance(entries, dict) else [str(e) for e in entries]


@lru_cache(maxsize=None)
def schema(name: str) -> dict[str, Any]:
    """Returns a JSON schema by file name, e.g. ``incident-record.schema.json``."""
    return json.loads(_read(name))


def record_validator():
    """Returns a JSON Schema validator for one anonymised incident record."""
    from jsonschema import Draft202012Validator, FormatChecker

    return Draft202012Validator(schema("incident-record.schema.json"), format_checker=FormatChecker())
