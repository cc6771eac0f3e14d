"""A SPARQL server as a child process on 127.0.0.1: started, waited for until it answers, and
always stopped.

The remote-store tests and the scale benchmark build into real servers (``oxigraph serve``,
which ``pip install oxigraph`` puts beside this Python, and ``policykg serve`` itself); this is
the one place that starts, polls and stops them, so none is left running when a test fails.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from kg.errors import StoreError

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
HOST = "127.0.0.1"
ASK = "?query=ASK%20%7B%7D"  # a query every SPARQL endpoint answers at once


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class ServerProcess:
    """``with ServerProcess(cmd, url) as url:`` — ``cmd`` runs while the block does.

    It counts as started once ``url + probe`` answers with any HTTP status. A command that
    exits first, or does not answer within ``startup_s``, is one :class:`StoreError` naming it
    (with the end of ``log``, where its output goes, when one is given); the process is stopped
    either way (terminated, killed after ``grace_s``).
    """

    def __init__(
        self,
        cmd: list[str],
        url: str,
        probe: str = ASK,
        startup_s: float = 10.0,
        log: Path | None = None,
        grace_s: float = 10.0,
    ):
        self.cmd, self.url, self.probe, self.log = cmd, url, probe, log
        self.startup_s, self.grace_s = startup_s, grace_s
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> str:
        if self.log is not None:
            with self.log.open("wb") as out:  # the child keeps its own copy
                self.proc = subprocess.Popen(self.cmd, stdout=out, stderr=out)
        else:
            self.proc = subprocess.Popen(self.cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            self._wait()
        except BaseException:
            self._stop()
            raise
        return self.url

    def _wait(self) -> None:
        deadline = time.monotonic() + self.startup_s
        while True:
            try:
                httpx.get(self.url + self.probe, timeout=1)
                return
            except httpx.HTTPError:
                code = self.proc.poll() if self.proc is not None else None
                if code is not None:
                    failure = f"exited with code {code}"
                elif time.monotonic() > deadline:
                    failure = f"did not answer on {self.url} in {self.startup_s:g} s"
                else:
                    time.sleep(0.05)
                    continue
            raise StoreError(f"{self._name()} {failure}{self._output()}")

    def _name(self) -> str:
        return " ".join([Path(self.cmd[0]).name, *self.cmd[1:4]])

    def _output(self) -> str:
        if not self.log or not self.log.exists():
            return ""
        return ": " + self.log.read_text("utf-8", errors="replace")[-2000:].strip()

    def _stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=self.grace_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    def __exit__(self, *exc: object) -> None:
        self._stop()


class OxigraphServer(ServerProcess):
    """``with OxigraphServer(directory) as url:`` — an ``oxigraph serve`` on its own directory."""

    def __init__(self, location: str | Path, startup_s: float = 10.0):
        port = free_port()
        cmd = [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"{HOST}:{port}"]
        super().__init__(cmd, f"http://{HOST}:{port}", probe="/query" + ASK, startup_s=startup_s)

    @staticmethod
    def available() -> bool:
        return OXIGRAPH.exists()
