"""Benchmark: conversation turns a second and their latency, against the stock `rasa init` assistant.

    .venv/bin/python bench/turns.py [--concurrency 1 16] [--seconds 20] [--repeat 3] [--cluster]

Measured in one run, one layout at a time so they never share the CPU:

  stock     the assistant `rasa init` makes (trained once, cached in ~/.cache/safe-to-say/bench/),
            on Rasa's REST channel, its in-memory conversation store: the baseline
  ours      Safe to Say as `make run` runs it: one Rasa server and one action server; conversations
            kept redacted in the SQL conversation store, records on PostgreSQL when
            BENCH_DATABASE_URL or TEST_DATABASE_URL names one (else SQLite); every turn a
            Twilio-signed POST to the SMS webhook, every conversation a whole report ending in a
            database write
  cluster   (--cluster) the production layout: nginx, two Rasa and two action servers,
            PostgreSQL and Redis (needs TEST_DATABASE_URL, TEST_REDIS_URL and nginx)

For each, N conversations at once (--concurrency), each sending its next message as soon as the
last was answered, for --seconds, --repeat times (the figures of one load swing by a fifth on
these shared machines, the stock assistant's most). Prints the median over the repeats of p50 and
p95 latency and of turns a second, and for ours the ratios of those medians to stock's at the same N (goal at 16: at least 2x the throughput, at most half the p95), the
seconds until the Rasa server answered, and its resident memory after the load.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from twilio.request_validator import RequestValidator  # noqa: E402

from bot.records.migrate import upgrade  # noqa: E402
from bot.training import cache_dir, ensure_model  # noqa: E402
from tests.channels.conftest import SECRETS  # noqa: E402
from tests.conftest import postgres_schema  # noqa: E402
from tests.support.cluster import (  # noqa: E402
    Cluster,
    action_server,
    nginx_available,
    rasa_server,
    write_rasa_config,
)
from tests.support.people import SMS_REPORT  # noqa: E402
from tests.support.processes import Process, free_port  # noqa: E402
from tests.support.telegram_stub import TelegramStub  # noqa: E402

RASA = str(Path(sys.executable).parent / "rasa")
STOCK_TALK = ["hi", "I am feeling sad", "yes", "great, thanks", "bye"]  # the moodbot's own conversation
SMS_URL = "https://reports.example.org/webhooks/sms/webhook"
_conversations = itertools.count()  # across every load of a run, so no conversation is reused


@dataclass
class Result:
    name: str
    concurrency: int
    latencies: list[float]
    seconds: float

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


@dataclass
class Repeated:
    """The same load run several times: each figure is the median over the runs."""

    runs: list[Result]

    @property
    def name(self) -> str:
        return self.runs[0].name

    @property
    def concurrency(self) -> int:
        return self.runs[0].concurrency

    @property
    def per_second(self) -> float:
        return statistics.median(run.per_second for run in self.runs)

    def percentile(self, p: float) -> float:
        return statistics.median(run.percentile(p) for run in self.runs)


def stock_model() -> Path:
    """The `rasa init` project with its trained model, made once per Rasa version and cached."""
    import rasa

    project = cache_dir().parent / "bench" / f"rasa-init-{rasa.__version__}"
    models = project / "models"
    if models.is_dir() and any(models.glob("*.tar.gz")):
        return project
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    print(f"Training the stock `rasa init` assistant once (cached in {project})...", file=sys.stderr)
    with open(project.parent / f"{project.name}-training.log", "wb") as log:
        subprocess.run([RASA, "init", "--no-prompt", "--init-dir", str(project)], cwd=project, check=True,
                       stdout=log, stderr=log, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    return project


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def started(process: Process, url: str, seconds: float = 240) -> float:
    """Seconds from the process starting until ``url`` answered."""
    began = time.monotonic()
    process.wait_until_ready(url, seconds)
    return time.monotonic() - began


async def load(name: str, concurrency: int, seconds: float, turn) -> Result:
    """``concurrency`` conversations, each awaiting ``turn(conversation, step)`` in a loop."""
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency * 2, max_keepalive_connections=concurrency * 2)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        began = time.monotonic()

        async def talk() -> None:
            while time.monotonic() - began < seconds:
                conversation = next(_conversations)
                for step in itertools.count():
                    if time.monotonic() - began >= seconds:
                        return
                    sent = time.monotonic()
                    more = await turn(client, conversation, step)
                    latencies.append(time.monotonic() - sent)
                    if not more:
                        break

        await asyncio.gather(*(talk() for _ in range(concurrency)))
        took = time.monotonic() - began
    return Result(name, concurrency, latencies, took)


def stock_turn(url: str):
    async def turn(client: httpx.AsyncClient, conversation: int, step: int) -> bool:
        reply = await client.post(f"{url}/webhooks/rest/webhook", json={"sender": f"bench-{conversation}", "message": STOCK_TALK[step]})
        reply.raise_for_status()
        return step + 1 < len(STOCK_TALK)
    return turn


def sms_turn(url: str, run: str):
    validator = RequestValidator(SECRETS["TWILIO_AUTH_TOKEN"])
    sids = itertools.count()

    async def turn(client: httpx.AsyncClient, conversation: int, step: int) -> bool:
        text, expected = SMS_REPORT[step]
        params = {"MessageSid": f"SM{run}{next(sids):020d}", "AccountSid": "AC" + "0" * 32,
                  "From": f"+4479{int(run, 16) % 100:02d}{conversation:06d}", "To": "+447700900000", "Body": text, "NumMedia": "0"}
        headers = {"X-Twilio-Signature": validator.compute_signature(SMS_URL, params),
                   "Content-Type": "application/x-www-form-urlencoded"}
        reply = await client.post(f"{url}/webhooks/sms/webhook", content=urllib.parse.urlencode(params), headers=headers)
        reply.raise_for_status()
        if expected.lower() not in reply.text.lower():
            raise RuntimeError(f"unexpected reply to {text!r}: {reply.text[:300]}")
        return step + 1 < len(SMS_REPORT)
    return turn


def measure(name: str, turn, concurrencies: list[int], seconds: float, repeat: int) -> list[Repeated]:
    asyncio.run(load(name, 2, 3, turn))  # warm up: first calls load lazily built parts
    return [Repeated([asyncio.run(load(name, n, seconds, turn)) for _ in range(repeat)]) for n in concurrencies]


def run_stock(concurrencies: list[int], seconds: float, repeat: int, work: Path) -> tuple[list[Repeated], float, float]:
    project = stock_model()
    port = free_port()
    server = Process([RASA, "run", "--interface", "127.0.0.1", "--port", str(port), "--model", str(project / "models"),
                      "--credentials", str(project / "credentials.yml")], {}, work / "stock.log")
    try:
        ready = started(server, f"http://127.0.0.1:{port}/")
        results = measure("stock", stock_turn(f"http://127.0.0.1:{port}"), concurrencies, seconds, repeat)
        return results, ready, resident_mb(server.popen.pid)
    finally:
        server.stop()


def ours_env(work: Path, database_url: str) -> dict[str, str]:
    from cryptography.fernet import Fernet

    return {**SECRETS, "RECORDS_ENCRYPTION_KEY": Fernet.generate_key().decode(), "DATABASE_URL": database_url, "SMS_WEBHOOK_URL": SMS_URL,
            "CONVERSATION_STORE_URL": database_url, "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
            "RATE_LIMIT_PER_MINUTE": "100000", "OUTBOX_DIR": str(work / "outbox")}


@contextmanager
def fresh_database(work: Path) -> Iterator[str]:
    """A new records database, dropped afterwards: a PostgreSQL schema of its own when one is
    named, else an SQLite file in ``work``."""
    postgres = os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
    if postgres:
        with postgres_schema(postgres) as url:
            yield url
        return
    url = f"sqlite:///{work / 'records.db'}"
    upgrade(url)
    yield url


def run_ours(concurrencies: list[int], seconds: float, repeat: int, work: Path, database_url: str) -> tuple[list[Repeated], float, float]:
    model = str(ensure_model())
    rasa_port, action_port = free_port(), free_port()
    endpoints, credentials = write_rasa_config(work, f"http://127.0.0.1:{action_port}/webhook")
    env = ours_env(work, database_url)
    actions = action_server(action_port, env, work / "actions.log")
    server = rasa_server(rasa_port, model, endpoints, credentials, env, work / "rasa.log")
    try:
        actions.wait_until_ready(f"http://127.0.0.1:{action_port}/health", 120)
        ready = started(server, f"http://127.0.0.1:{rasa_port}/webhooks/sms/")
        url = f"http://127.0.0.1:{rasa_port}"
        results = measure("ours", sms_turn(url, os.urandom(4).hex()), concurrencies, seconds, repeat)
        return results, ready, resident_mb(server.popen.pid)
    finally:
        server.stop()
        actions.stop()


def run_cluster(concurrencies: list[int], seconds: float, repeat: int, work: Path, database_url: str) -> list[Repeated]:
    env = {**ours_env(work, database_url), "LOCK_STORE_URL": os.environ["TEST_REDIS_URL"]}
    with TelegramStub() as telegram:
        env["TELEGRAM_API_BASE_URL"] = telegram.base_url
        cluster = Cluster(work / "cluster", str(ensure_model()), env, telegram)
        cluster.start()
        try:
            return measure("cluster", sms_turn(cluster.rasa_url, os.urandom(4).hex()), concurrencies, seconds, repeat)
        finally:
            cluster.stop()


def line(result: Repeated, baseline: Repeated | None) -> str:
    text = (f"{result.name:<8} {result.concurrency:>3} at once  p50 {result.percentile(50) * 1000:7.0f} ms  "
            f"p95 {result.percentile(95) * 1000:7.0f} ms  {result.per_second:6.1f} turns/s")
    if baseline:
        text += (f"   x{result.per_second / baseline.per_second:4.2f} stock's turns/s, "
                 f"p95 x{result.percentile(95) / baseline.percentile(95):4.2f} stock's")
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each load; figures are their medians")
    parser.add_argument("--cluster", action="store_true", help="also measure the production layout")
    args = parser.parse_args()
    repeat = max(1, args.repeat)
    if args.cluster and not (os.environ.get("TEST_DATABASE_URL") and os.environ.get("TEST_REDIS_URL") and nginx_available()):
        parser.error("--cluster needs TEST_DATABASE_URL, TEST_REDIS_URL and nginx")
    with tempfile.TemporaryDirectory(prefix="bench-turns-") as temporary:
        work = Path(temporary)
        stock, stock_ready, stock_memory = run_stock(args.concurrency, args.seconds, repeat, work)
        with fresh_database(work) as database_url:
            ours, ready, memory = run_ours(args.concurrency, args.seconds, repeat, work, database_url)
        if args.cluster:
            with fresh_database(work) as database_url:
                cluster = run_cluster(args.concurrency, args.seconds, repeat, work, database_url)
        else:
            cluster = []
        database = database_url.split(":")[0]
    print(f"turns: medians of {repeat} loads of {args.seconds:g} s each, 2 cores; ours on {database}, "
          "whole SMS reports through the signed webhook")
    for result in stock:
        print(line(result, None))
    baselines = {r.concurrency: r for r in stock}
    for result in ours + cluster:
        print(line(result, baselines.get(result.concurrency)))
    print(f"ready    stock {stock_ready:5.1f} s   ours {ready:5.1f} s (goal: within 60 s)")
    print(f"memory   stock {stock_memory:6.0f} MB  ours {memory:6.0f} MB resident after the load (goal: at most 1536 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
