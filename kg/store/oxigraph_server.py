"""``oxigraph serve`` as a child process on 127.0.0.1: started in its own directory, waited for
until it answers, and always stopped.

The remote-store tests and the scale benchmark need a real SPARQL 1.1 server to build into
(the ``oxigraph`` command comes with ``pip install oxigraph``, beside this Python); this is the
one place that starts and stops it.
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


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``with OxigraphServer(directory) as url:`` — an ``oxigraph serve`` on ``url`` meanwhile.

    Raises :class:`StoreError` when the command is missing (``available()`` says so first) or
    the server does not answer within ``startup_s``; the process is stopped either way.
    """

    def __init__(self, location: str | Path, startup_s: float = 10.0):
        self.location = Path(location)
        self.startup_s = startup_s
        self.proc: subprocess.Popen | None = None
        self.url = ""

    @staticmethod
    def available() -> bool:
        return OXIGRAPH.exists()

    def __enter__(self) -> str:
        if not self.available():
            raise StoreError(f"{OXIGRAPH}: the oxigraph command is missing (pip install oxigraph)")
        port = _free_port()
        cmd = [str(OXIGRAPH), "serve", "--location", str(self.location), "--bind", f"{HOST}:{port}"]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://{HOST}:{port}"
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
                httpx.get(self.url + "/query", params={"query": "ASK {}"}, timeout=1)
                return
            except httpx.HTTPError:
                where = f"oxigraph serve --location {self.location}"
                if self.proc is not None and self.proc.poll() is not None:
                    raise StoreError(f"{where} exited with code {self.proc.returncode}") from None
                if time.monotonic() > deadline:
                    waited = f"{self.startup_s:g} s"
                    raise StoreError(f"{where} did not answer on {self.url} in {waited}") from None
                time.sleep(0.05)

    def _stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def __exit__(self, *exc: object) -> None:
        self._stop()
