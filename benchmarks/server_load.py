"""Load test of ``policykg serve`` on 127.0.0.1: many clients at once, saved queries and HTML pages.

    python -m benchmarks.server_load                 # 20 clients, 2,000 requests per phase
    python -m benchmarks.server_load --clients 10 --requests 500 --no-write

The server is the real command (``policykg serve``) in its own process on the bundled corpus's
store (built into a temporary directory unless ``--store`` names one). Each phase sends
``--requests`` GETs from ``--clients`` threads, each with its own HTTP connection, and records
every request's latency and status; throughput is requests over the phase's wall time. Server
memory is the resident size of the server and its query workers, before and after.

Phases, each with its baseline from the same run:

* **saved queries** over ``/sparql`` (every saved query with its example parameters, in turn),
  with queries in worker processes (the default, killed at the time limit) against the same
  load with ``--query-workers 0`` (threads in the server process, as before issue 14): the
  difference is the per-query cost of the worker mechanism;
* **HTML pages**: entity pages of the best-connected entities and trace pages of the
  strategies, drawn at random (fixed seed), with the page cache (the default, after one request
  per page has filled it, timed as its own row) against ``--page-cache-mb 0`` (every page built
  anew; 1/20 of the requests, to keep the run short).

The client threads share the machine's cores with the server, so the figures are a floor for
the server alone; the machine was shared with other work (see the load average recorded).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import psutil

from benchmarks.report import write_section
from kg.server.run import free_port
from kg.sparql.execute import substitute, with_prefixes
from kg.sparql.queries import library

BASELINE_SHARE = 20  # the uncached page phase sends this many times fewer requests
ROOT = Path(__file__).resolve().parent.parent
POLICYKG = Path(sys.executable).with_name("policykg")
ENTITIES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?e (COUNT(?x) AS ?n) WHERE { ?e a pkg:Entity ; ?p ?x } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT %d"""
STRATEGIES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?label WHERE { ?s a pkg:Strategy ; rdfs:label ?label } ORDER BY ?label"""


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    wall: float = 0.0
    rss_before: int = 0
    rss_after: int = 0

    def record(self, seconds: float, status: int) -> None:
        self.latencies.append(seconds)
        self.statuses[status] = self.statuses.get(status, 0) + 1

    @property
    def errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status != 200)

    def pct(self, q: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000

    def row(self, clients: int) -> str:
        rate = len(self.latencies) / self.wall
        return (
            f"| {self.name} | {clients} | {len(self.latencies):,} | {self.wall:.1f} s | {rate:.1f} | "
            f"{statistics.median(self.latencies) * 1000:.0f} ms | {self.pct(0.99):.0f} ms | "
            f"{self.pct(1.0) - 0:.0f} ms | {self.errors} | {self.rss_before / 2**20:.0f} → "
            f"{self.rss_after / 2**20:.0f} MB |"
        )


class Server:
    def __init__(self, store: Path, *args: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [str(POLICYKG), "serve", "--store", str(store), "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(self.url + "/sparql", params={"query": "ASK {}"}, timeout=60).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("policykg serve did not start")
            time.sleep(0.2)

    def rss(self) -> int:
        me = psutil.Process(self.proc.pid)
        total = 0
        for p in [me, *me.children(recursive=True)]:
            with contextlib.suppress(psutil.NoSuchProcess):
                total += p.memory_info().rss
        return total

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def load(server: Server, name: str, targets: list[str], clients: int) -> Phase:
    """Send every target (a path with query string) once, ``clients`` at a time."""
    phase = Phase(name, rss_before=server.rss())
    lock = threading.Lock()
    queue = list(reversed(targets))

    def client() -> None:
        with httpx.Client(base_url=server.url, timeout=120) as http:
            while True:
                with lock:
                    if not queue:
                        return
                    target = queue.pop()
                t0 = time.perf_counter()
                try:
                    status = http.get(target).status_code
                except httpx.HTTPError:
                    status = 0
                with lock:
                    phase.record(time.perf_counter() - t0, status)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    phase.wall = time.perf_counter() - t0
    phase.rss_after = server.rss()
    return phase


def saved_query_targets(n: int) -> list[str]:
    texts = []
    for q in library().values():
        text = substitute(with_prefixes(q.text), q.bindings({}, use_examples=True))
        texts.append("/sparql?query=" + quote(text, safe=""))
    return [texts[i % len(texts)] for i in range(n)]


def page_targets(server: Server, n: int, entities: int, seed: int = 14) -> list[str]:
    def rows(query: str) -> list[dict]:
        r = httpx.get(server.url + "/sparql", params={"query": query}, timeout=120)
        return r.json()["results"]["bindings"]

    pages = [f"/entity?iri={quote(b['e']['value'], safe='')}" for b in rows(ENTITIES % entities)]
    pages += [f"/trace?strategy={quote(b['label']['value'], safe='')}" for b in rows(STRATEGIES)]
    rng = random.Random(seed)
    return [rng.choice(pages) for _ in range(n)], pages


def one_at_a_time(server: Server, n: int = 200) -> float:
    """Median latency of ``ASK {}`` sent one at a time: the fixed cost of running any query."""
    times = []
    with httpx.Client(base_url=server.url, timeout=60) as http:
        for _ in range(n):
            t0 = time.perf_counter()
            http.get("/sparql", params={"query": "ASK {}"})
            times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def rate(phase: Phase) -> float:
    return len(phase.latencies) / phase.wall


def build_store(path: Path) -> None:
    subprocess.run([str(POLICYKG), "-q", "build", "--store", str(path), "--no-validate"], check=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, help="an existing store (default: build the bundled corpus)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--entities", type=int, default=60, help="distinct entity pages in the mix")
    ap.add_argument("--no-write", action="store_true", help="print, do not rewrite BENCHMARKS.md")
    args = ap.parse_args(argv)
    load_avg = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="policykg-load-") as tmp:
        store = args.store
        if store is None:
            store = Path(tmp) / "store"
            build_store(store)
        phases: list[Phase] = []
        modes = (("threads, as before (baseline)", ["--query-workers", "0"]), ("worker processes", []))
        sequential: list[float] = []
        for label, extra in modes:
            server = Server(store, *extra)
            try:
                sequential.append(one_at_a_time(server))
                targets = saved_query_targets(args.requests)
                load(server, "warm-up", targets[: len(library()) * 2], args.clients)
                phases.append(load(server, f"saved queries, {label}", targets, args.clients))
            finally:
                server.close()
        server = Server(store, "--page-cache-mb", "0")
        try:
            targets, distinct = page_targets(server, args.requests // BASELINE_SHARE, args.entities)
            phases.append(load(server, "HTML pages, no page cache (baseline)", targets, args.clients))
        finally:
            server.close()
        server = Server(store)
        try:
            targets, distinct = page_targets(server, args.requests, args.entities)
            first = "HTML pages, first view of each (cache misses)"
            phases.append(load(server, first, distinct, args.clients))
            phases.append(load(server, "HTML pages, page cache", targets, args.clients))
        finally:
            server.close()
    for p in phases:
        print(p.row(args.clients), p.statuses)
    base_q, new_q, base_p, first_p, new_p = phases
    per_query = (
        (statistics.median(new_q.latencies) - statistics.median(base_q.latencies)) * 1000,
        new_q.wall / len(new_q.latencies) * 1000 - base_q.wall / len(base_q.latencies) * 1000,
    )
    body = "\n".join(
        [
            f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
            f"shared with other sessions' work (load average {load_avg:.1f} at the start). "
            "`python -m benchmarks.server_load`: `policykg serve` on the bundled corpus's store "
            f"(a separate process), {args.clients} client threads on the same machine, each request "
            "a GET; latency per request, throughput = requests / wall time; memory = resident size "
            "of the server and its query workers before → after the phase.",
            "",
            "| phase | clients | requests | wall | req/s | p50 | p99 | max | errors | server RSS |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
            *(p.row(args.clients) for p in phases),
            "",
            f"Saved queries: the {len(library())} saved queries with their example parameters, in turn. "
            f"One client, `ASK {{}}` one at a time (median of 200): {sequential[0]:.1f} ms with threads, "
            f"{sequential[1]:.1f} ms with worker processes "
            f"({sequential[1] - sequential[0]:+.1f} ms per query). "
            f"Worker processes against threads: {per_query[0]:+.1f} ms at the median per query, "
            f"{per_query[1]:+.2f} ms of wall time per request under load "
            f"(ratio of throughputs {rate(new_q) / rate(base_q):.2f}×): "
            "the cost of sending each query and its result through a pipe to a worker that can be killed.",
            "",
            f"HTML pages: {len(first_p.latencies)} distinct pages (entity pages of the {args.entities} "
            "entities with the most statements, trace pages of every strategy), drawn at random; the "
            f"baseline sends 1/{BASELINE_SHARE} as many requests. The cache is first filled by one request "
            "per page (its own row: every one a miss, built while the other clients build theirs), then "
            f"the measured phase: p99 {new_p.pct(0.99):.0f} ms against {base_p.pct(0.99):.0f} ms without "
            f"the cache (ratio {base_p.pct(0.99) / max(new_p.pct(0.99), 1e-9):.0f}×); "
            f"throughput {rate(new_p):.1f} against {rate(base_p):.1f} req/s. Each page is built once per "
            "store generation (the first request for it is a miss), then served from memory until the "
            "store changes.",
        ]
    )
    print(body)
    if not args.no_write:
        write_section("server_load", body, "Server under load (issue 14)")


if __name__ == "__main__":
    main()
