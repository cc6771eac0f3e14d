"""The wheel works on its own: built, installed into a fresh virtual environment, run elsewhere.

A source checkout hides packaging mistakes (files found relative to the tree, a store written
beside the code), so this builds the wheel with pip, installs it into a new venv without the
system site-packages (pip may use its local cache), and from an empty temporary directory runs
``policykg demo``, ``build``, ``query --list``, ``query`` and ``serve``. ~1 minute: slow.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg.store.server_process import free_port

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.server]
COUNT_DOCUMENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/policykg/ontology#Document> }"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ directory of a fresh venv holding only the wheel and its dependencies."""
    base = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(base / "dist")],
        check=True,
        capture_output=True,
    )
    (wheel,) = (base / "dist").glob("policykg-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(base / "venv")], check=True)
    bin_dir = base / "venv" / "bin"
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--no-compile", str(wheel)],
        check=True,
        capture_output=True,
    )
    return bin_dir


def _run(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_STORE", "PYTHONPATH")}
    return subprocess.run(
        [str(bin_dir / "policykg"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_wheel_runs_the_main_job_from_any_directory(installed, tmp_path):
    site = next((installed.parent / "lib").glob("python3*/site-packages"))
    assert not (site / "kg" / "sample_corpus").is_symlink()  # the corpus is copied into the wheel
    assert sorted(p.name for p in (site / "ontology" / "queries").glob("*.ttl")) == sorted(
        p.name for p in (ROOT / "ontology" / "queries").glob("*.ttl")
    )

    demo = _run(installed, tmp_path, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "documents" in demo.stdout and "conforms" in demo.stdout
    assert (tmp_path / "var" / "store").is_dir()  # the default store: ./var/store of the cwd
    assert (tmp_path / "out" / "graph.html").is_file()
    assert not (site / "var").exists() and not (site.parent / "var").exists()

    listed = _run(installed, tmp_path, "query", "--list")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == len(list((ROOT / "ontology" / "queries").glob("*.ttl")))

    answer = _run(installed, tmp_path, "query", "located-in", "-p", "place=南岸区", "-f", "csv")
    assert answer.returncode == 0, answer.stderr
    assert len(answer.stdout.splitlines()) > 1

    # build one file given by path into a store named by the environment
    doc = ROOT / "data" / "corpus" / "000_35e28d10fcfe4126.txt"
    env_store = tmp_path / "elsewhere"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"POLICYKG_STORE": str(env_store)}
    built = subprocess.run(
        [str(installed / "policykg"), "build", str(doc)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    assert "documents: 1" in built.stdout and env_store.is_dir()


def test_wheel_serves_sparql(installed, tmp_path):
    built = _run(installed, tmp_path, "build")  # the bundled corpus, shipped in the wheel
    assert built.returncode == 0, built.stderr
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("POLICYKG_STORE", "PYTHONPATH")}
    server = subprocess.Popen(
        [str(installed / "policykg"), "serve", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(
                    f"http://127.0.0.1:{port}/sparql",
                    params={"query": COUNT_DOCUMENTS},
                    headers={"Accept": "application/sparql-results+json"},
                )
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "policykg serve did not start within 60 s"
                time.sleep(0.3)
        assert r.status_code == 200
        assert r.json()["results"]["bindings"][0]["n"]["value"] == "5"
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
