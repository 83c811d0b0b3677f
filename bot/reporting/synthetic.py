"""Realistic synthetic records, from a seed, for testing the return and for benchmarks.

The mix loosely follows published hate crime patterns (race most often, then sexual orientation,
religion, disability, transgender identity; verbal abuse and harassment most common) so that
counts look like a real centre's, but every record is invented.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any, Iterable

from sqlalchemy import insert

from bot.contract import keys
from bot.privacy.encryption import Cipher
from bot.records.db import session_factory
from bot.records.models import Incident
from bot.records.repository import ENCRYPTED_FIELDS

_CHARACTERISTIC_WEIGHTS = {
    "race": 40, "sexual_orientation": 15, "religion_or_belief": 12, "disability": 10, "transgender_identity": 6,
    "alternative_subculture": 2, "gender": 4, "age": 3, "gypsy_roma_traveller": 3, "other": 2, "not_sure": 3,
}
_ACCOUNTS = [
    "A man shouted abuse at me at the bus stop.", "They keep leaving notes through my door.",
    "Someone spat at me in the street.", "A group of lads followed me home shouting.",
    "My car was scratched with a slur.", "I get abusive messages online every day.",
]


def _some(rng: random.Random, population: list[str], most: int, weights: list[float] | None = None) -> list[str]:
    chosen: list[str] = []
    for _ in range(rng.randint(1, most)):
        value = rng.choices(population, weights=weights)[0]
        if value not in chosen:
            chosen.append(value)
    return chosen


def _without_none(chosen: list[str]) -> list[str]:
    """"No support wanted" never sits beside a kind of support, as in a real answer."""
    return [c for c in chosen if c != "none"] or ["none"]


def synthetic_records(seed: int, count: int, first: datetime, last: datetime, centres: list[str | None]) -> list[dict[str, Any]]:
    """Returns ``count`` invented records made between ``first`` and ``last`` (naive UTC)."""
    rng = random.Random(seed)
    span = (last - first).total_seconds()
    characteristics = list(_CHARACTERISTIC_WEIGHTS)
    records = []
    for _ in range(count):
        created = first + timedelta(seconds=rng.uniform(0, span))
        chars = _some(rng, characteristics, 3, list(_CHARACTERISTIC_WEIGHTS.values()))
        if "not_sure" in chars and len(chars) > 1:
            chars.remove("not_sure")
        records.append({
            "record_id": uuid.UUID(int=rng.getrandbits(128)).hex,
            "reference": None,  # made unique on insert
            "created_at": created.replace(microsecond=0),
            "channel": rng.choices(keys("channel"), weights=[40, 15, 15, 20, 10])[0],
            "reporter_role": rng.choices(keys("reporter_role"), weights=[70, 10, 10, 10])[0],
            "characteristics": chars,
            "characteristic_other": "my football shirt" if "other" in chars else None,
            "incident_types": _some(rng, keys("incident_type"), 2, [35, 12, 10, 18, 8, 8, 4, 2, 1, 2]),
            "what_happened": rng.choice(_ACCOUNTS),
            "incident_date": (created - timedelta(days=rng.randint(0, 20))).date(),
            "time_band": rng.choice(keys("time_band")),
            "location_area": rng.choice(["SO14", "SO16", "PO1", "Southampton", "Portsmouth", None]),
            "location_type": rng.choice(keys("location_type")),
            "ongoing": rng.choice(["yes", "no", "unknown"]),
            "police_involvement_wanted": rng.choices(keys("police_involvement_wanted"), weights=[30, 45, 25])[0],
            "anonymous": rng.random() < 0.85,
            "true_vision_status": rng.choices(keys("true_vision_status"), weights=[30, 35, 25, 10])[0],
            "support_wanted": _without_none(_some(rng, keys("support_wanted"), 2)),
            "preferred_outcome": _some(rng, keys("preferred_outcome"), 2),
            "preferred_outcome_text": None,
            "contact_route": rng.choices(keys("contact_route"), weights=[20, 15, 20, 15, 10, 8, 7, 3, 2])[0],
            "immediate_danger": rng.random() < 0.05,
            "signposted": ["stop_hate_uk"],
            "easy_read": rng.random() < 0.1,
            "language": "en",
            "centre_id": rng.choice(centres),
            "wellbeing_concern": rng.random() < 0.04,  # kept beside the record, not in the contract
        })
    return records


def insert_records(database_url: str, cipher: Cipher, records: Iterable[dict[str, Any]], batch: int = 2000) -> int:
    """Stores synthetic records as the application would (free text encrypted); returns how many."""
    stored, rows = 0, []
    make_session = session_factory(database_url)
    for record in records:
        row = dict(record, reference=record["reference"] or _unique_reference(stored))
        for field in ENCRYPTED_FIELDS:
            row[field] = cipher.encrypt(row[field])
        rows.append(row)
        stored += 1
        if len(rows) == batch:
            with make_session.begin() as session:
                session.execute(insert(Incident), rows)
            rows = []
    if rows:
        with make_session.begin() as session:
            session.execute(insert(Incident), rows)
    return stored


def _unique_reference(number: int) -> str:
    """Sequential codes in the contract's pattern (SYN-000 ... ZZZ-ZZZ), so a million never collide."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = []
    for _ in range(6):
        number, remainder = divmod(number, len(alphabet))
        digits.append(alphabet[remainder])
    code = "".join(reversed(digits))
    return f"{code[:3]}-{code[3:]}"
