"""Store benchmark: build the corpus, then time every saved query on Oxigraph vs rdflib.

    python -m benchmarks.store_bench            # ×1, ×10, ×100; rewrites its BENCHMARKS.md section
    python -m benchmarks.store_bench --scales 1 10 --rdflib-max 10 --runs 5

Measured in one run, on this machine: the corpus build (``kg.pipeline.run.build`` stage times),
triples and on-disk store size; bulk loading N-Quads parts into Oxigraph in memory and on disk
(lines/s) with the project's loader, against the same parts loaded one at a time and Oxigraph's
own ``oxigraph load`` on them (the engine's baseline); and
the median latency of each saved query with its example parameters on pyoxigraph in memory and
on disk against rdflib in memory (the baseline; the ratio is the figure). The larger graphs are
clones of the corpus graph: clone *i* renames every district (GB/T 2260 code suffixed ``c<i>``,
name suffixed), document, graph and local entity (projects, enterprises … get new IRIs and
labels) while national strategies and indicator concepts stay shared — as if *i* more regions
had published the same documents. rdflib runs at a scale only when the memory it would take
(bytes per quad measured at the smaller scales) fits in this machine's RAM, and never above
``--rdflib-max``; a skipped scale says what it would have needed.
"""

from __future__ import annotations

import argparse
import gc
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from benchmarks.report import median_time, write_section
from kg.sparql.execute import substitute, with_prefixes
from kg.sparql.queries import library
from kg.store.base import write_parts
from kg.store.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
MARK = "store"
ID = "https://w3id.org/policykg/id/"
RDFLIB_LIMIT_S = 10.0  # per rdflib query call; slower ones are reported as "> 10000"
RDFLIB_RAM_SHARE = 0.7  # rdflib runs at a scale only if its estimated memory fits in this share
GRAPH = "https://w3id.org/policykg/graph/"
LOCAL_TYPES = "project|program|policy|enterprise|organization|platform|area|series"
_IRI = re.compile(
    rf"<{re.escape(ID)}(?:district/(?P<code>\d{{6}})(?=>)|district/(?P<dh>[0-9a-f]{{16}})"
    rf"|(?P<kind>doc|dataset)/(?P<doc>[^/>#]+)|(?P<local>(?:{LOCAL_TYPES})/[0-9a-f]{{16}}))"
    rf"|<{re.escape(GRAPH)}(?P<graph>(?!ontology>)[^>]+)>"
)
_LABEL = re.compile(
    rf"^(<{re.escape(ID)}(?:district|{LOCAL_TYPES})/[^>]+> "
    r'<http://www\.w3\.org/(?:2000/01/rdf-schema#label|2004/02/skos/core#altLabel)> "[^"]*)"@zh',
    re.MULTILINE,
)
_CODE = re.compile(r'(<https://w3id\.org/policykg/ontology#divisionCode> ")(\d{2})(\d{4})"')
_DOCID = re.compile(r'(<http://purl\.org/dc/terms/identifier> "[^"]+)"')


CLONE = "\x00"  # stands for the two-digit clone number in the template


def template(nquads: str) -> str:
    """The document graphs with every clone-specific part marked; ``scaled`` fills the number in.

    The regexes run once; each clone is then one ``str.replace`` (×100 in seconds, not minutes).
    """

    def iri(m: re.Match[str]) -> str:
        if m.group("code"):
            # suffixed, not re-prefixed: clone 50 re-prefixed would be the corpus's own 500108
            return f"<{ID}district/{m.group('code')}c{CLONE}"
        if m.group("dh"):
            return f"<{ID}district/{m.group('dh')}c{CLONE}"
        if m.group("doc"):
            return f"<{ID}{m.group('kind')}/c{CLONE}-{m.group('doc')}"
        if m.group("local"):
            # suffixed: replacing the last two hex digits made clone 42 of "…42" the original itself
            return f"<{ID}{m.group('local')}c{CLONE}"
        return f"<{GRAPH}c{CLONE}-{m.group('graph')}>"

    out = _IRI.sub(iri, nquads)
    out = _LABEL.sub(lambda m: f'{m.group(1)}·{CLONE}"@zh', out)
    out = _CODE.sub(lambda m: f'{m.group(1)}{CLONE}{m.group(3)}"', out)
    return _DOCID.sub(lambda m: f'{m.group(1)}-c{CLONE}"', out)


_GRAPH_TERM = re.compile(r" <[^<>\s]*> \.$", re.MULTILINE)


def by_graph(nquads: str) -> list[str]:
    """The N-Quads text cut into its graphs, in order (``dump_nquads`` writes each graph whole)."""
    graphs: dict[str, list[str]] = {}
    for line in nquads.splitlines(keepends=True):
        graphs.setdefault(line[line.rindex(" <", 0, len(line) - 3) :], []).append(line)
    return ["".join(lines) for lines in graphs.values()]


def scaled(nquads: str, k: int, directory: Path, *, merged: bool = True) -> tuple[int, int, list[Path]]:
    """Write the corpus graph and ``k - 1`` clones (the ontology graph once) as N-Quads parts.

    With ``merged`` every graph is followed by its default-graph copy, the merge the Oxigraph
    backend keeps (``kg.store.base``); the parts are cut as ``policykg build`` cuts its load
    (``write_parts``: ~100K lines, never inside a graph), so one bulk pass gives a ready store.
    rdflib, whose union view is a set already, gets the parts without merge lines.
    Returns (named-graph quads, lines written, part files).
    """
    onto = f"<{GRAPH}ontology> .\n"
    graphs = by_graph(nquads)
    ontology = next(g for g in graphs if g.endswith(onto))
    docs = [g for g in graphs if not g.endswith(onto)]

    def out(text: str) -> bytes:
        return (text + _GRAPH_TERM.sub(" .", text) if merged else text).encode("utf-8")

    marked = [out(template(d)) for d in docs] if k > 1 else []

    def units() -> Iterator[bytes]:
        yield out(ontology)
        yield from (out(d) for d in docs)
        for i in range(1, k):
            number = f"{i:02d}".encode()
            yield from (m.replace(CLONE.encode(), number) for m in marked)

    parts = write_parts(units(), directory)
    n = ontology.count("\n") + k * sum(d.count("\n") for d in docs)
    return n, n * (2 if merged else 1), parts


def median_ms(fn, runs: int) -> float:
    return median_time(fn, runs) * 1000


def queries() -> dict[str, str]:
    return {
        name: substitute(with_prefixes(q.text), q.bindings({}, use_examples=True))
        for name, q in library().items()
    }


def ox_run(store: ox.Store, text: str) -> int:
    """Run and iterate every row (the engine's work, without converting rows to rdflib terms)."""
    res = store.query(text)  # the default graph: the merge the store keeps
    return sum(1 for _ in res)


def rdflib_run(ds, text: str) -> int:
    return sum(1 for _ in ds.query(text))


class _Capped(Exception):
    """Raised by the alarm inside a query that ran over its cap."""


def _alarm(signum: int, frame: object) -> None:
    raise _Capped


def resident_bytes() -> int:
    """This process's resident memory now (Linux). Not ``ru_maxrss``: a spawned child inherits
    its parent's peak there, which hid the growth of the load."""
    import os

    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _rdflib_worker(paths: list[str], items: list[tuple[str, str]], runs: int, limit: float, conn) -> None:
    """Load once, then time each query under a SIGALRM cap (rdflib evaluates in Python, so the
    alarm interrupts it and the next query runs on the same graph: no reload per timeout)."""
    import signal

    import rdflib

    signal.signal(signal.SIGALRM, _alarm)
    ds = rdflib.Dataset(default_union=True)
    rss = resident_bytes()
    t = time.perf_counter()
    for path in paths:
        ds.parse(path, format="nquads")
    took = time.perf_counter() - t
    conn.send(("__load__", took, resident_bytes() - rss))
    for name, text in items:
        signal.setitimer(signal.ITIMER_REAL, limit * (runs + 1))
        try:
            ms: float | None = median_ms(partial(rdflib_run, ds, text), runs)
        except _Capped:
            ms = None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        conn.send((name, ms if ms is None or ms <= limit * 1000 else None))


def rdflib_times(
    parts: list[Path], qs: dict[str, str], runs: int, limit: float
) -> tuple[float | None, int | None, dict[str, float | None]]:
    """rdflib load time, the memory the load took (bytes) and per-query medians, in a child
    process; a query over ``limit`` s gets None."""
    import multiprocessing as mp

    parent, child = mp.Pipe()
    proc = mp.get_context("spawn").Process(
        target=_rdflib_worker, args=([str(p) for p in parts], list(qs.items()), runs, limit, child)
    )
    proc.start()
    out: dict[str, float | None] = dict.fromkeys(qs)
    load = grown = None

    def wait(seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and proc.is_alive():
            if parent.poll(1):
                return True
        return parent.poll(0)

    try:
        if wait(3600):
            _, load, grown = parent.recv()
            for _ in qs:
                if not wait(limit * (runs + 1) + 60):
                    break  # the child died or the alarm did not get through: the rest stay None
                name, ms = parent.recv()
                out[name] = ms
    finally:
        proc.kill()
        proc.join(timeout=5)
    return load, grown, out


def ram_bytes() -> int:
    import os

    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def cli_load(parts: list[Path], tmp: Path) -> float | None:
    """Oxigraph's own bulk loader (the ``oxigraph`` CLI of the dev extras) on the same parts, on
    disk (it loads several files in parallel, as ``OxigraphStore.bulk_load`` does): the engine's
    rate on this machine, the baseline for the loader figures above."""
    exe = Path(sys.executable).parent / "oxigraph"
    if not exe.exists():
        return None
    where = tmp / "cli-store"
    t = time.perf_counter()
    files = [str(p) for p in parts]
    subprocess.run(
        [str(exe), "load", "--location", str(where), "--lenient", "--format", "nq", "--file", *files],
        check=True,
        capture_output=True,
    )
    took = time.perf_counter() - t
    shutil.rmtree(where)
    return took


def build_corpus(tmp: Path) -> tuple[dict, int, bytes]:
    from kg.pipeline.run import build

    t = time.perf_counter()
    report = build(None, tmp / "store", workers=0, validate=True)
    wall = time.perf_counter() - t
    size = sum(p.stat().st_size for p in (tmp / "store").rglob("*") if p.is_file())
    store = OxigraphStore(tmp / "store")
    data = store.dump_nquads()  # the named graphs; scaled() writes their merge
    store.close()
    del store
    gc.collect()
    return {"report": report, "wall": wall}, size, data


def _load(store: OxigraphStore, parts: list[Path], *, one_at_a_time: bool = False) -> float:
    """The project's loader (``OxigraphStore.bulk_load``: parts side by side on disk), or the
    same parts one after the other, the single-threaded baseline."""
    t = time.perf_counter()
    if one_at_a_time:
        for part in parts:
            store.bulk_load(part, lenient=True)
    else:
        store.bulk_load(parts, lenient=True)
    store.store.flush()
    return time.perf_counter() - t


def _oxigraph(store: ox.Store, qs: dict[str, str], runs: int) -> tuple[dict[str, int], dict[str, float]]:
    rows = {name: ox_run(store, text) for name, text in qs.items()}
    return rows, {name: median_ms(partial(ox_run, store, text), runs) for name, text in qs.items()}


def measure(
    nquads: str, k: int, tmp: Path, qs: dict[str, str], runs: int, rdflib: bool, rdflib_runs: int
) -> dict:
    """One scale: Oxigraph in memory, Oxigraph on disk (parts one at a time, then side by side),
    the ``oxigraph load`` CLI on the same parts, rdflib if asked."""
    parts_dir = tmp / f"x{k}"
    quads, lines, parts = scaled(nquads, k, parts_dir)
    r: dict = {"quads": quads, "lines": lines, "parts": len(parts)}
    store = OxigraphStore(None)
    r["load"] = _load(store, parts)
    r["rows"], r["ox"] = _oxigraph(store.store, qs, runs)
    del store
    gc.collect()
    disk_dir = tmp / f"disk-x{k}"
    store = OxigraphStore(disk_dir)
    r["disk_serial"] = _load(store, parts, one_at_a_time=True)
    store.close()
    shutil.rmtree(disk_dir)
    store = OxigraphStore(disk_dir)
    r["disk_load"] = _load(store, parts)
    t = time.perf_counter()
    store.store.optimize()  # as OxigraphStore.load_nquads does on disk: queries run on the compacted store
    r["compact"] = time.perf_counter() - t
    store.close()
    r["size"] = sum(f.stat().st_size for f in disk_dir.rglob("*") if f.is_file())
    # queried from a fresh open, as `policykg query` and `serve` open the store `build` wrote
    # (in a trial at x100 the process that had just loaded it answered up to 2x slower)
    del store
    gc.collect()
    fresh = ox.Store(str(disk_dir))
    disk_rows, r["disk"] = _oxigraph(fresh, qs, runs)
    assert disk_rows == r["rows"], f"x{k}: on-disk answers differ from in-memory ones"
    del fresh
    gc.collect()
    shutil.rmtree(disk_dir)
    r["cli_load"] = cli_load(parts, tmp)
    shutil.rmtree(parts_dir)
    r["rd_load"], r["rd_mem"], r["rd"] = None, None, {}
    if rdflib:
        _, _, parts = scaled(nquads, k, parts_dir, merged=False)
        r["rd_load"], r["rd_mem"], r["rd"] = rdflib_times(parts, qs, rdflib_runs, RDFLIB_LIMIT_S)
        shutil.rmtree(parts_dir)
    print(
        f"x{k}: {quads:,} quads; bulk load {lines / r['load']:,.0f} lines/s in memory, "
        f"{lines / r['disk_load']:,.0f} on disk ({lines / r['disk_serial']:,.0f} one part at a time); "
        f"slowest query {max(r['ox'].values()):.1f} ms",
        file=sys.stderr,
        flush=True,
    )
    return r


def run(scales: list[int], rdflib_max: int, runs: int, rdflib_runs: int = 1) -> str:
    qs = queries()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        built, size, nq = build_corpus(tmp)
        nquads = nq.decode("utf-8")
        results: dict[int, dict] = {}
        per_quad = None  # rdflib bytes per quad, from the largest scale it ran at
        for k in sorted(scales):
            quads = built["report"].triples * k
            need = per_quad * quads if per_quad else 0
            fits = need < RDFLIB_RAM_SHARE * ram_bytes()
            results[k] = measure(nquads, k, tmp, qs, runs, k <= rdflib_max and fits, rdflib_runs)
            r = results[k]
            if r["rd_mem"]:
                per_quad = r["rd_mem"] / r["quads"]
            elif per_quad and not fits:
                r["rd_skip"] = (
                    f"not run: it would need ≈ {need / 2**30:.1f} GiB ({per_quad:,.0f} B per quad, "
                    f"measured at ×{max(k for k in results if results[k]['rd_mem'])}), more than "
                    f"{RDFLIB_RAM_SHARE:.0%} of this machine's {ram_bytes() / 2**30:.1f} GiB of RAM"
                )
    return report(built["report"], size, results, runs, rdflib_runs)


def _ms(v: float | None) -> str:
    return f"> {RDFLIB_LIMIT_S * 1000:.0f}" if v is None else f"{v:.1f}" if v < 100 else f"{v:.0f}"


def report(build, size: int, results: dict[int, dict], runs: int, rdflib_runs: int) -> str:
    import rdflib

    versions = f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}"
    lines = [
        "## Store: build, bulk load, saved-query latency",
        "",
        f"Machine: {platform.platform()}, {_cpus()} CPUs, Python {platform.python_version()}, {versions}. "
        f"`python -m benchmarks.store_bench`; medians of {runs} runs after a warm-up (rdflib: "
        f"{rdflib_runs} after a warm-up, {RDFLIB_LIMIT_S:.0f} s cap per call). Query times include "
        "iterating every result row; parameters are the saved queries' examples. Queries run on the "
        "store's default graph, which holds the deduplicated merge of the document graphs "
        "(`kg/store/base.py`); rdflib runs them on its union view, which is a set by itself.",
        "",
        "### Corpus build (`kg.pipeline.run.build`, in-process, 5 documents)",
        "",
        "| stage | seconds |",
        "|---|---:|",
        *[f"| {k} | {v:.2f} |" for k, v in build.timings.items()],
        "",
        f"Quads in the document and ontology graphs: {build.triples:,} (plus their merged default-graph "
        f"copy); on-disk store size: {size / 1e6:.1f} MB; "
        f"SHACL: {'conforms' if build.conforms else f'{build.violations} violations'}.",
        "",
        "### Bulk load (N-Quads with their default-graph merge lines)",
        "",
        "The project's loader, `OxigraphStore.bulk_load` (pyoxigraph's `Store.bulk_load` on every part; "
        "parts of about 100K lines cut between graphs, as `policykg build` writes them; on disk the "
        "parts load side by side on as many threads as CPUs, in memory one after the other); on disk "
        "also the same parts one at a time (the single-threaded baseline) and Oxigraph's own loader "
        "(`oxigraph load --lenient`, which loads several files in parallel) on the same parts as the "
        "engine's baseline; rdflib `Dataset.parse` of the named graphs (no merge lines) with the "
        "memory it took. On disk, `Store.optimize()` then compacts the loaded files (as "
        "`OxigraphStore.load_nquads` does; not in the load times) and the queries below run on the "
        "compacted store, opened afresh.",
        "",
        "| scale | named-graph quads | lines loaded | parts | in memory | lines/s "
        "| on disk, one part at a time | lines/s | on disk, side by side | lines/s | vs one at a time "
        "| `oxigraph load` lines/s | vs CLI "
        "| compaction | store size | rdflib load | rdflib memory | rdflib vs Oxigraph in memory |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for k, r in results.items():
        rd = f"{r['rd_load']:.1f} s" if r["rd_load"] else "not run"
        mem = f"{r['rd_mem'] / 1e9:.1f} GB" if r["rd_mem"] else "–"
        ratio = f"{r['rd_load'] / r['load']:.0f}×" if r["rd_load"] else "–"
        cli = f"{r['lines'] / r['cli_load']:,.0f}" if r["cli_load"] else "not run"
        vs = f"{r['cli_load'] / r['disk_load']:.2f}×" if r["cli_load"] else "–"
        mem_rate, serial_rate, disk_rate = (
            f"{r['lines'] / r[t]:,.0f}" for t in ("load", "disk_serial", "disk_load")
        )
        lines.append(
            f"| ×{k} | {r['quads']:,} | {r['lines']:,} | {r['parts']} | {r['load']:.1f} s | {mem_rate} "
            f"| {r['disk_serial']:.1f} s | {serial_rate} | {r['disk_load']:.1f} s "
            f"| {disk_rate} | {r['disk_serial'] / r['disk_load']:.2f}× | {cli} | {vs} "
            f"| {r['compact']:.1f} s | {r['size'] / 1e6:,.0f} MB | {rd} | {mem} | {ratio} |"
        )
    skipped = [f"×{k}: rdflib {r['rd_skip']}." for k, r in results.items() if r.get("rd_skip")]
    if skipped:
        lines += ["", *skipped]
    for k, r in results.items():
        lines += [
            "",
            f"### Saved-query median latency at ×{k} ({r['quads']:,} quads), ms",
            "",
            "| query | rows | Oxigraph in memory | Oxigraph on disk | rdflib in memory | ratio |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for name in r["ox"]:
            rd = r["rd"].get(name) if r["rd"] else None
            rd_cell = _ms(rd) if r["rd"] else "not run"
            ox_ms = r["ox"][name]
            if rd:
                ratio = f"{rd / ox_ms:.0f}×"
            else:  # over the cap: the ratio is at least cap / Oxigraph
                ratio = f"> {RDFLIB_LIMIT_S * 1000 / ox_ms:.0f}×" if r["rd"] else "–"
            cells = [str(r["rows"][name]), _ms(ox_ms), _ms(r["disk"][name]), rd_cell, ratio]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        under = sum(v < 50 for v in r["ox"].values())
        disk_under = sum(v < 50 for v in r["disk"].values())
        summary = (
            f"×{k}: {under}/{len(r['ox'])} saved queries under 50 ms in memory (slowest "
            f"{max(r['ox'].values()):.1f} ms), {disk_under}/{len(r['disk'])} on disk (slowest "
            f"{max(r['disk'].values()):.1f} ms)"
        )
        if r["rd"]:
            ratios = [r["rd"][n] / r["ox"][n] for n in r["rd"] if r["rd"][n]]
            capped = sum(1 for n in r["rd"] if not r["rd"][n])
            summary += (
                f"; Oxigraph vs rdflib: median {statistics.median(ratios):.0f}×, minimum {min(ratios):.0f}×"
                if ratios
                else "; rdflib"
            ) + (f", {capped} rdflib queries over the cap" if capped else "")
        elif r.get("rd_skip"):
            summary += f"; rdflib {r['rd_skip']}"
        lines += ["", summary + "."]
    return "\n".join(lines)


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--rdflib-max", type=int, default=100, help="largest scale rdflib may run at")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rdflib-runs", type=int, default=3)
    ap.add_argument("--no-write", action="store_true", help="print instead of updating BENCHMARKS.md")
    args = ap.parse_args()
    text = run(args.scales, args.rdflib_max, args.runs, args.rdflib_runs)
    if args.no_write:
        print(text)
    else:
        write_section(MARK, text)
        print(text)


if __name__ == "__main__":
    main()
