"""Benchmark: the monthly return over many records, on SQLite and on PostgreSQL.

    .venv/bin/python bench/monthly_return.py [--records 1000000] [--database sqlite postgres]

Fills a database once with seeded synthetic records (36 months, 20 centres; kept between runs in
var/bench/ and in a PostgreSQL schema named after the size), then times, best of --repeat runs:

  baseline    SELECT count(*) over the whole table: the cost of touching every row once
  return-all  the monthly return for one month, every centre (counts in SQL + that month's incidents)
  return-one  the same for one centre
  trend       the 12-month trend the HTML and PDF draw

and prints each as seconds and as a ratio to the baseline measured in the same run, so figures
from different machines can be compared. The goal is under 5 seconds per return on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from bot.privacy.encryption import Cipher  # noqa: E402
from bot.records.db import session_factory  # noqa: E402
from bot.records.migrate import upgrade  # noqa: E402
from bot.records.models import Incident  # noqa: E402
from bot.reporting import monthly  # noqa: E402
from bot.reporting.synthetic import _unique_reference, insert_records, synthetic_records  # noqa: E402

FIRST, LAST = datetime(2023, 11, 1), datetime(2026, 10, 31, 23)
MONTH = "2026-03"  # a month with a clock change, well inside the data
CENTRES = [f"centre-{n:02d}" for n in range(20)]
CHUNK = 50_000
# A fixed key so the stored data can be reused between runs (synthetic text only, never real).
KEY = b"YmVuY2gtb25seS1rZXktbm90LWZvci1yZWFsLWRhdGE="


class _ReusingCipher(Cipher):
    """Encrypts each distinct synthetic text once; filling a million rows stays quick."""

    def __init__(self, key: bytes):
        super().__init__(key.decode())
        self._made: dict[str, str] = {}

    def encrypt(self, value):
        if value is None:
            return None
        if value not in self._made:
            self._made[value] = super().encrypt(value)
        return self._made[value]


def _count(url: str) -> int:
    with session_factory(url)() as session:
        return session.execute(select(func.count()).select_from(Incident)).scalar_one()


def fill(url: str, records: int, cipher: Cipher) -> None:
    """Makes sure ``url`` holds exactly ``records`` synthetic records."""
    upgrade(url)
    have = _count(url)
    if have == records:
        print(f"  reusing {records:,} records", flush=True)
        return
    with session_factory(url).begin() as session:
        session.execute(text("DELETE FROM outcome_notes"))
        session.execute(text("DELETE FROM incidents"))
    started = time.perf_counter()
    for offset in range(0, records, CHUNK):
        size = min(CHUNK, records - offset)
        batch = synthetic_records(seed=offset, count=size, first=FIRST, last=LAST, centres=CENTRES)
        for i, record in enumerate(batch):
            record["reference"] = _unique_reference(offset + i)
            record["record_id"] = f"{offset + i:032x}"
        insert_records(url, cipher, batch, batch=5000)
        print(f"\r  filled {offset + size:,} / {records:,}", end="", flush=True)
    with create_engine(url).connect() as connection:
        connection.execute(text("ANALYZE"))
    print(f" in {time.perf_counter() - started:.0f} s", flush=True)


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(name: str, url: str, cipher: Cipher, repeat: int) -> list[tuple[str, float]]:
    def baseline():
        with session_factory(url)() as session:
            session.execute(text("SELECT count(*) FROM incidents")).scalar_one()

    results = [
        ("baseline (count every row)", best(baseline, repeat)),
        ("return-all (every centre)", best(lambda: monthly.monthly_return(url, cipher, MONTH), repeat)),
        ("return-one (one centre)", best(lambda: monthly.monthly_return(url, cipher, MONTH, CENTRES[3]), repeat)),
        ("12-month trend (every centre)", best(lambda: monthly.monthly_trend(url, MONTH), repeat)),
    ]
    incidents = len(monthly.monthly_return(url, cipher, MONTH)["incidents"])
    base = results[0][1]
    print(f"\n{name}: {MONTH}, {incidents:,} incidents that month in all centres")
    for label, seconds in results:
        print(f"  {label:32s} {seconds:8.3f} s   x{seconds / base:7.1f} baseline")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--database", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"])
    parser.add_argument("--postgres-url", default=os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    cipher = _ReusingCipher(KEY)
    verdicts = []
    for database in args.database:
        if database == "sqlite":
            path = ROOT / "var" / "bench" / f"records-{args.records}.db"
            url = f"sqlite:///{path}"
        else:
            schema = f"bench_{args.records}"
            with create_engine(args.postgres_url).begin() as connection:
                connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
            separator = "&" if "?" in args.postgres_url else "?"
            url = f"{args.postgres_url}{separator}options=-csearch_path%3D{schema}"
        print(f"{database}: {args.records:,} records", flush=True)
        fill(url, args.records, cipher)
        results = measure(database, url, cipher, args.repeat)
        slowest = max(seconds for label, seconds in results if label.startswith("return"))
        verdicts.append(f"{database}: slowest return {slowest:.2f} s ({'within' if slowest < 5 else 'OVER'} the 5 s goal)")
    print("\n" + "\n".join(verdicts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
