"""The production layout on one machine, for the scale-out, fault and load tests and bench/turns:
nginx (Debian's package) in front of several Rasa servers and several action servers; records and
conversations in PostgreSQL; conversation locks and rate limits in Redis; Telegram's API replaced by
the local stub. Every process is the project's real one, started as `make run` starts it."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from bot import rasa_patches
from bot.config import PROJECT_ROOT
from tests.support.processes import Process, free_port
from tests.support.telegram_stub import TelegramStub

LOGGING = str(PROJECT_ROOT / "logging.yml")
RASA = rasa_patches.command()  # Rasa with our changes, as make run starts it
CREDENTIALS = "bot.channels.sms.SmsInput:\nbot.channels.telegram.TelegramInput:\nbot.channels.web.WebInput:\nrest:\n"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_SKIP = "nginx is not installed (make browser installs Debian's nginx as root; or: sudo apt-get install nginx)"


def write_rasa_config(folder: Path, action_url: str) -> tuple[Path, Path]:
    """Writes endpoints.yml (actions at ``action_url``, our conversation store and lock) and
    credentials.yml (all three channels, and the REST channel of the terminal chat, as the project's
    own credentials.yml has them) into ``folder``; returns their paths."""
    endpoints, credentials = folder / "endpoints.yml", folder / "credentials.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "{action_url}"\n  enable_selective_domain: true\n'
        "tracker_store:\n  type: bot.privacy.conversation_store.PrivateTrackerStore\n"
        "lock_store:\n  type: bot.lock_store.LockStoreFromSettings\n"
    )
    credentials.write_text(CREDENTIALS)
    return endpoints, credentials


def action_server(port: int, env: dict[str, str], log: Path) -> Process:
    return Process([*RASA, "run", "actions", "--actions", "actions", "--port", str(port),
                    "--logging-config-file", LOGGING], env, log)


def rasa_server(port: int, model: str, endpoints: Path, credentials: Path, env: dict[str, str], log: Path) -> Process:
    return Process([*RASA, "run", "--interface", "127.0.0.1", "--port", str(port), "--model", model,
                    "--endpoints", str(endpoints), "--credentials", str(credentials), "--logging-config-file", LOGGING],
                   env, log)


def nginx_config(root: Path, port: int, rasa_ports: list[int], action_port: int, action_ports: list[int]) -> str:
    """A load balancer as a deployment would run it: round robin, keep-alive to the upstreams, a
    1 MB body limit, failed connections retried on the next server (never a request already sent),
    and no access log (it would hold nothing personal, but nothing is needed). Servers are never
    marked down (max_fails=0): a refused connection costs microseconds, and marking them down kept
    people waiting for fail_timeout after every server was back. Proxying is unbuffered: buffered,
    nginx writes to the upstreams without TCP_NODELAY and turns waited 40 ms on delayed ACKs."""
    def upstream(name: str, ports: list[int]) -> str:
        servers = "".join(f"    server 127.0.0.1:{p} max_fails=0;\n" for p in ports)
        return f"  upstream {name} {{\n{servers}    keepalive 64;\n  }}\n"

    def proxy(name: str, listen: int) -> str:
        return (
            f"  server {{\n    listen 127.0.0.1:{listen};\n    location / {{\n      proxy_pass http://{name};\n"
            "      proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n"
            "      proxy_set_header Host $host;\n      proxy_set_header X-Forwarded-Proto https;\n"
            "      proxy_next_upstream error timeout http_502 http_503;\n      proxy_read_timeout 90s;\n      proxy_buffering off;\n      proxy_request_buffering off;\n    }\n  }\n"
        )

    temp = root / "nginx-temp"
    return (
        ("user root;\n" if os.geteuid() == 0 else "")  # workers may then use the temp folder made here
        + f"worker_processes 1;\ndaemon off;\npid {root / 'nginx.pid'};\nerror_log {root / 'nginx.log'} warn;\n"
        "events { worker_connections 4096; }\n"
        "http {\n  access_log off;\n  client_max_body_size 1m;\n"
        f"  client_body_temp_path {temp}/body;\n  proxy_temp_path {temp}/proxy;\n  fastcgi_temp_path {temp}/fastcgi;\n"
        f"  uwsgi_temp_path {temp}/uwsgi;\n  scgi_temp_path {temp}/scgi;\n"
        + upstream("rasa", rasa_ports) + upstream("actions", action_ports)
        + proxy("rasa", port) + proxy("actions", action_port) + "}\n"
    )


@dataclass
class Cluster:
    root: Path
    model: str
    env: dict[str, str]
    telegram: TelegramStub
    rasa_count: int = 2
    action_count: int = 2
    rasa_ports: list[int] = field(default_factory=list)
    action_ports: list[int] = field(default_factory=list)
    rasa: list[Process] = field(default_factory=list)
    actions: list[Process | None] = field(default_factory=list)
    nginx: Process | None = None

    def __post_init__(self) -> None:
        self.rasa_ports = [free_port() for _ in range(self.rasa_count)]
        self.action_ports = [free_port() for _ in range(self.action_count)]
        self.port, self.action_port = free_port(), free_port()
        (self.root / "nginx-temp").mkdir(parents=True, exist_ok=True)
        (self.root / "nginx.conf").write_text(nginx_config(self.root, self.port, self.rasa_ports, self.action_port, self.action_ports))
        write_rasa_config(self.root, f"http://127.0.0.1:{self.action_port}/webhook")

    # What tests/support/people.py needs: the public address and the channels' settings.
    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sms_webhook_url(self) -> str:
        return self.env["SMS_WEBHOOK_URL"]

    def replica(self, index: int) -> SimpleNamespace:
        """The same, but addressed to one Rasa server directly, past the load balancer."""
        return SimpleNamespace(rasa_url=f"http://127.0.0.1:{self.rasa_ports[index]}", env=self.env,
                               sms_webhook_url=self.sms_webhook_url, telegram=self.telegram)

    def start(self) -> "Cluster":
        self.nginx = Process([NGINX, "-p", str(self.root), "-c", str(self.root / "nginx.conf")], {}, self.root / "nginx.out")
        self.actions = [None] * self.action_count
        for index in range(self.action_count):
            self.start_actions(index, wait=False)
        self.rasa = [self._rasa(index) for index in range(self.rasa_count)]
        for index, port in enumerate(self.action_ports):
            self.actions[index].wait_until_ready(f"http://127.0.0.1:{port}/health", 120)
        for port, server in zip(self.rasa_ports, self.rasa):
            server.wait_until_ready(f"http://127.0.0.1:{port}/webhooks/sms/", 240)
        self.nginx.wait_until_ready(f"{self.rasa_url}/webhooks/sms/", 30)
        return self

    def _rasa(self, index: int) -> Process:
        return rasa_server(self.rasa_ports[index], self.model, self.root / "endpoints.yml", self.root / "credentials.yml",
                           self.env, self._log(f"rasa-{index}"))

    def problems(self, last: int = 40) -> list[str]:
        """The last warnings and errors the servers and nginx logged, to show beside a failure."""
        lines = [f"{path.name}: {line}" for path in sorted(self.root.glob("*.log"))
                 for line in path.read_text(errors="replace").splitlines()
                 if any(word in line for word in ("ERROR", "WARNING", "[error]", "[warn]", "Traceback")) and "MovedIn20Warning" not in line]
        return lines[-last:]

    def _log(self, name: str) -> Path:
        path = self.root / f"{name}.log"
        number = 1
        while path.exists():  # a restarted process keeps the earlier log beside its new one
            number += 1
            path = self.root / f"{name}.{number}.log"
        return path

    def start_actions(self, index: int, wait: bool = True) -> None:
        env = {**self.env, "OUTBOX_DIR": str(self.root / f"outbox-{index}")}
        self.actions[index] = action_server(self.action_ports[index], env, self._log(f"actions-{index}"))
        if wait:
            self.actions[index].wait_until_ready(f"http://127.0.0.1:{self.action_ports[index]}/health", 120)

    def stop_actions(self, index: int) -> None:
        self.actions[index].stop()

    def restart_rasa(self, index: int) -> None:
        self.rasa[index].stop()
        self.rasa[index] = self._rasa(index)
        self.rasa[index].wait_until_ready(f"http://127.0.0.1:{self.rasa_ports[index]}/webhooks/sms/", 240)

    def outbox_files(self) -> list[Path]:
        return sorted(self.root.glob("outbox-*/*.json"))

    def log_bytes(self) -> bytes:
        return b"".join(p.read_bytes() for p in self.root.glob("*.log"))

    def stop(self) -> None:
        for process in [self.nginx, *self.rasa, *self.actions]:
            if process is not None:
                process.stop()


class TcpProxy:
    """A TCP relay that can be cut and restored: the database "going away" and coming back."""

    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.port = free_port()
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._guard = threading.Lock()

    def open(self) -> "TcpProxy":
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def cut(self) -> None:
        """Stops listening and drops every open connection, as a database host going down does."""
        if self._listener is not None:
            try:
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() blocked on it (close alone does not)
            except OSError:
                pass
            self._listener.close()
            self._listener = None
        with self._guard:
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._guard:
                self._sockets.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.close()
                except OSError:
                    pass


def nginx_available() -> bool:
    return os.path.exists(NGINX)
