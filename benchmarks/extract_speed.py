"""Benchmark: extraction throughput on the bundled corpus, against baselines from the same run.

Measured on already ingested documents (ingest has its own benchmark), in characters of
document body per second, median of repeated runs after a warm-up:

- ``jieba.posseg`` over the same body texts: what a POS-tagging pass would cost;
- a bare ``spacy.blank("zh")`` pass (character segmenter): the floor our pipeline sits on;
- the entity pipeline with linking (``extract.entities.find_mentions``);
- the full extractor (``extract.extractor.extract_document``: mentions, then the relation and
  indicator readers when they are installed);
- the same with the trained span model beside the rules (``build_pipeline("both")``);
- the same with the learned veto after the resolver (``build_pipeline("rules", veto=True)``);
- a plain ``nlp(text)`` of ``extract.load()`` over the body texts: the pipeline alone, reading
  each text's structure and region itself (no linking, relations or indicators).

Two more tables run contenders in fresh processes: a first reading of four reports after a
warm-up on the fifth (``--cold PASS``), and a whole process reading one report from the
interpreter's start, imports and dictionaries included, with its peak memory (``--startup PASS``).
A last table counts instructions under callgrind (``--instructions``; ``benchmarks/instructions.py``):
a first reading of two documents, the same count whatever the machine's load, where the time
columns move with other people's work.

Target (issue 3): the full extractor at least 4x faster than ``jieba.posseg``.
Run ``python -m benchmarks.extract_speed``; it rewrites only its own section of BENCHMARKS.md.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.report import write_section

ROOT = Path(__file__).resolve().parents[1]
SECTION = "extract_speed"
REPEATS = 5


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) for one call."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def _interleaved(passes: dict[str, Callable[[], object]], repeats: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds per pass, the contenders taking turns round by round.

    The machine is shared: timing one contender's five runs and then the next one's lets a
    burst of someone else's load land on one side of the ratio only. Taking turns spreads
    it over all of them; the CPU-time column shows what the process itself spent.
    """
    for fn in passes.values():
        fn()  # warm-up: automata, regex compilation, jieba's dictionary
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in passes}
    for _ in range(repeats):
        for name, fn in passes.items():
            runs[name].append(_timed(fn))
    return {
        name: (statistics.median(w for w, _ in rs), statistics.median(c for _, c in rs))
        for name, rs in runs.items()
    }


def measure(repeats: int = REPEATS) -> tuple[float, dict[str, tuple[float, float]]]:
    """Body characters, and (wall, CPU) seconds per pass over the corpus for each contender."""
    import jieba
    import jieba.posseg as pseg
    import spacy

    from extract.document import ingest
    from extract.entities import find_mentions, load_pipeline
    from extract.extractor import _after_mentions, extract_document
    from extract.pipeline import build_pipeline

    jieba.setLogLevel(60)
    docs = [ingest(p) for p in sorted((ROOT / "data" / "corpus").glob("*.txt"))]
    bodies = [d.text[d.body_start : d.body_end] for d in docs]
    blank = spacy.blank("zh")
    nlp = load_pipeline()
    both = build_pipeline("both")  # the trained span model beside the rules (issue 12.3)
    vetoed = build_pipeline("rules", veto=True)  # the learned veto after the resolver (issue 12.3)
    passes: dict[str, Callable[[], object]] = {
        "jieba.posseg": lambda: [list(pseg.cut(t)) for t in bodies],
        "spacy.blank(zh)": lambda: [blank(t) for t in bodies],
        "entities": lambda: [find_mentions(d, nlp) for d in docs],
        "full extractor": lambda: [extract_document(d) for d in docs],
        "full extractor + span model": lambda: [_after_mentions(d, find_mentions(d, both)) for d in docs],
        "full extractor + span veto": lambda: [_after_mentions(d, find_mentions(d, vetoed)) for d in docs],
        "nlp(text)": lambda: [nlp(t) for t in bodies],
    }
    return float(sum(map(len, bodies))), _interleaved(passes, repeats)


COLD_ROUNDS = 3
WARM_UP_DOC = "004_39f45caf8ec5a53d.txt"  # the five-year outline: warms dictionaries, not the texts timed
# the fresh-process contenders: jieba, and the extractor in the three modes of the in-process table
COLD_PASSES = ("jieba.posseg", "full extractor", "full extractor + span model", "full extractor + span veto")


# the environment each fresh-process contender runs under: the product reads these when it
# builds its one pipeline (``extract.entities.load_pipeline``), as ``policykg extract`` does
COLD_ENV = {
    "full extractor": {},
    "full extractor + span model": {"POLICYKG_SPANS": "both"},
    "full extractor + span veto": {"POLICYKG_VETO": "on"},
}


def _extractor(name: str) -> Callable[[object], object]:
    """The extractor of a fresh-process contender, the way users run it: ``extract_document``
    over the process's one pipeline (``load_pipeline``: rules alone, with the span model beside
    the rules, or with the learned veto, chosen by ``COLD_ENV``), which also freezes what is
    loaded out of the garbage collector's walks (``extract.collector``)."""
    from extract.entities import load_pipeline
    from extract.extractor import extract_document

    if name not in COLD_ENV:
        raise ValueError(f"unknown pass {name!r}; one of {COLD_PASSES}")
    os.environ.pop("POLICYKG_SPANS", None)
    os.environ.pop("POLICYKG_VETO", None)
    os.environ.update(COLD_ENV[name])
    load_pipeline()
    return extract_document


def cold_pass(name: str) -> dict[str, float]:
    """One pass of ``name`` in this (fresh) process over freshly ingested documents.

    The in-process rows reuse the same Documents and texts round after round, so the
    extractor's per-document caches and per-string memos are warm for every timed round, which
    a real run over new reports never sees (sections cost 29 ms on a fresh Document, 0.5 ms in
    those rounds). Here the warm-up reads a different document (the outline), so what is timed
    is a first reading of the four others, for jieba and for the extractor alike. The pipeline
    (with the span model or the veto) is built before the warm-up, outside the timing, by
    ``load_pipeline`` as in ``policykg extract`` (so the product's garbage-collector freeze
    after loading is part of what is measured)."""
    import jieba
    import jieba.posseg as pseg

    from extract.document import ingest

    jieba.setLogLevel(60)
    paths = [p for p in sorted((ROOT / "data" / "corpus").glob("*.txt")) if p.name != WARM_UP_DOC]
    warm = ingest(ROOT / "data" / "corpus" / WARM_UP_DOC)
    docs = [ingest(p) for p in paths]
    bodies = [d.text[d.body_start : d.body_end] for d in docs]
    if name == "jieba.posseg":
        list(pseg.cut(warm.text[warm.body_start : warm.body_end]))
        fn: Callable[[], object] = lambda: [list(pseg.cut(t)) for t in bodies]  # noqa: E731
    else:
        extract = _extractor(name)
        extract(warm)
        fn = lambda: [extract(d) for d in docs]  # noqa: E731
    wall, cpu = _timed(fn)
    return {"wall": wall, "cpu": cpu, "chars": float(sum(map(len, bodies)))}


def _fresh_process_runs(flag: str, passes: Iterable[str], rounds: int) -> dict[str, list[dict[str, float]]]:
    """Each pass's JSON result line from ``rounds`` fresh processes (``-m benchmarks.extract_speed
    FLAG PASS``), the contenders taking turns so that load drifts hit them alike."""
    import json
    import subprocess

    runs: dict[str, list[dict[str, float]]] = {name: [] for name in passes}
    for _ in range(rounds):
        for name in runs:
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.extract_speed", flag, name],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            runs[name].append(json.loads(out.strip().splitlines()[-1]))
    return runs


def cold(rounds: int = COLD_ROUNDS) -> tuple[float, dict[str, tuple[float, float]]]:
    """Median (wall, CPU) of ``cold_pass`` in fresh processes, the contenders taking turns."""
    runs = _fresh_process_runs("--cold", COLD_PASSES, rounds)
    chars = runs["jieba.posseg"][0]["chars"]
    return chars, {
        name: (statistics.median(r["wall"] for r in rs), statistics.median(r["cpu"] for r in rs))
        for name, rs in runs.items()
    }


STARTUP_ROUNDS = 3
STARTUP_PASSES = ("jieba.posseg", "full extractor", "full extractor + span model")


def startup_pass(name: str) -> dict[str, float]:
    """A whole fresh process reading one report: interpreter start, imports, the pipeline's or
    jieba's dictionaries and the first reading of the outline (``WARM_UP_DOC``), which the
    fresh-process table leaves out of its timing. This is what ``policykg extract`` on one
    report costs, and where the lexicon files, jieba's dictionary and its tag table are loaded
    (once each, or several times). CPU seconds since the process started, wall seconds since
    this function started (after the interpreter itself), and the peak resident memory."""
    w0 = time.perf_counter()
    if name == "jieba.posseg":
        import jieba
        import jieba.posseg as pseg

        from extract.document import ingest

        jieba.setLogLevel(60)
        warm = ingest(ROOT / "data" / "corpus" / WARM_UP_DOC)
        list(pseg.cut(warm.text[warm.body_start : warm.body_end]))
    else:
        from extract.document import ingest

        extract = _extractor(name)
        extract(ingest(ROOT / "data" / "corpus" / WARM_UP_DOC))
    return {"wall": time.perf_counter() - w0, "cpu": time.process_time(), "rss_mb": _peak_mb()}


def _peak_mb() -> float:
    """This process's peak resident memory in MB: ``VmHWM`` of its own address space where Linux
    gives it. ``ru_maxrss`` is kept across ``execve``, so a child of a large parent (the
    benchmark after its in-process table) would report the parent's peak."""
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def startup(rounds: int = STARTUP_ROUNDS) -> dict[str, tuple[float, float, float]]:
    """Median (wall, CPU, peak MB) of ``startup_pass`` in fresh processes, the contenders taking turns."""
    runs = _fresh_process_runs("--startup", STARTUP_PASSES, rounds)
    return {
        name: tuple(statistics.median(r[k] for r in rs) for k in ("wall", "cpu", "rss_mb"))  # type: ignore[misc]
        for name, rs in runs.items()
    }


INSTRUCTION_DOCS = ("000_35e28d10fcfe4126.txt", "002_cdb1111a86ae3513.txt")  # the two smallest bodies
INSTRUCTION_PASSES = ("jieba.posseg", "full extractor", "full extractor + span model")


def instruction_pass(name: str) -> None:
    """The counted region of ``--instructions``, run in a child under callgrind: a first reading of
    ``INSTRUCTION_DOCS`` after a warm-up on the outline, as in ``cold_pass`` (the pipeline, jieba's
    dictionary and the warm-up are outside the count). Two documents keep callgrind's ≈ 50×
    slowdown to seconds; the count is the same whatever the load, so one run is enough."""
    import jieba
    import jieba.posseg as pseg

    from benchmarks.instructions import counted
    from extract.document import ingest

    jieba.setLogLevel(60)
    warm = ingest(ROOT / "data" / "corpus" / WARM_UP_DOC)
    docs = [ingest(ROOT / "data" / "corpus" / n) for n in INSTRUCTION_DOCS]
    bodies = [d.text[d.body_start : d.body_end] for d in docs]
    if name == "jieba.posseg":
        list(pseg.cut(warm.text[warm.body_start : warm.body_end]))
        counted(lambda: [list(pseg.cut(t)) for t in bodies])
    else:
        extract = _extractor(name)
        extract(warm)
        counted(lambda: [extract(d) for d in docs])


def instructions() -> tuple[float, dict[str, int]]:
    """Body characters of ``INSTRUCTION_DOCS`` and the instructions each contender executes on them
    (``benchmarks.instructions.count`` of ``--instr-pass PASS``)."""
    from benchmarks.instructions import count
    from extract.document import ingest

    chars = sum(
        len(d.text[d.body_start : d.body_end])
        for d in (ingest(ROOT / "data" / "corpus" / n) for n in INSTRUCTION_DOCS)
    )
    return float(chars), {
        name: count(["benchmarks.extract_speed", "--instr-pass", name], ROOT) for name in INSTRUCTION_PASSES
    }


def instruction_table() -> str:
    """The ``--instructions`` table: callgrind instruction counts and their ratios to jieba's."""
    chars, n = instructions()
    base = n["jieba.posseg"]
    lines = [
        f"Instructions under callgrind (`python -m benchmarks.extract_speed --instructions`): a first "
        f"reading of {len(INSTRUCTION_DOCS)} bundled documents ({chars:,.0f} body characters) after a "
        "warm-up on the outline, in a child process that turns callgrind's instrumentation on around "
        "that reading only (`benchmarks/instructions.py`). The count does not depend on the load; "
        "it weighs every instruction alike, so memory stalls and branch misses are not in it.",
        "",
        "| pass | instructions | per character | speed vs jieba.posseg (instructions) |",
        "|---|---:|---:|---:|",
    ]
    for name, ir in n.items():
        lines.append(f"| {name} | {ir:,} | {ir / chars:,.0f} | {base / ir:.2f}× |")
    return "\n".join(lines)


def run() -> str:
    import jieba
    import spacy

    load = os.getloadavg()[0]
    chars, r = measure()
    base_wall, base_cpu = r["jieba.posseg"]
    lines = [
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
        f"spaCy {spacy.__version__}, jieba {jieba.__version__}. {chars:,.0f} body characters "
        f"(5 bundled documents, already ingested). Median of {REPEATS} interleaved rounds after a "
        f"warm-up (each round runs every pass once). Load average at the start: "
        f"{load:.1f}.",
        "",
        "| pass | wall time | chars/s | speed vs jieba.posseg | CPU time | speed vs jieba.posseg (CPU) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, (wall, cpu) in r.items():
        lines.append(
            f"| {name} | {wall * 1000:.0f} ms | {chars / wall:,.0f} | {base_wall / wall:.2f}× "
            f"| {cpu * 1000:.0f} ms | {base_cpu / cpu:.2f}× |"
        )
    cold_load = os.getloadavg()[0]
    cchars, c = cold()
    cw, cc = c["jieba.posseg"]
    lines += [
        "",
        f"Fresh processes ({COLD_ROUNDS} interleaved rounds, median): one first reading of the four "
        f"documents other than the outline ({cchars:,.0f} body characters), after a warm-up on the "
        "outline, so per-document caches and per-string memos start cold as in a real run; the "
        "pipeline (with the span model or the veto) is built before the warm-up by the product's "
        "`load_pipeline` (`POLICYKG_SPANS=both` / `POLICYKG_VETO=on`), which freezes what it loaded "
        f"out of the garbage collector's walks. Load average at the start: {cold_load:.1f}.",
        "",
        "| pass | wall time | speed vs jieba.posseg | CPU time | speed vs jieba.posseg (CPU) |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, (wall, cpu) in c.items():
        lines.append(
            f"| {name} | {wall * 1000:.0f} ms | {cw / wall:.2f}× | {cpu * 1000:.0f} ms | {cc / cpu:.2f}× |"
        )
    start_load = os.getloadavg()[0]
    st = startup()
    sw, sc, _ = st["jieba.posseg"]
    lines += [
        "",
        f"Whole fresh processes ({STARTUP_ROUNDS} interleaved rounds, median): start, imports, "
        "dictionaries and pipeline, then one reading of the outline (what `policykg extract` on "
        "one report costs; `python -m benchmarks.extract_speed --startup PASS`). CPU time counts "
        "from the interpreter's start; wall time from the first import. Load average at the "
        f"start: {start_load:.1f}.",
        "",
        "| pass | wall time | speed vs jieba.posseg | CPU time | speed vs jieba.posseg (CPU) | peak memory |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, (wall, cpu, rss) in st.items():
        lines.append(
            f"| {name} | {wall * 1000:.0f} ms | {sw / wall:.2f}× | {cpu * 1000:.0f} ms | {sc / cpu:.2f}× "
            f"| {rss:.0f} MB |"
        )
    lines += ["", instruction_table()]
    lines += ["", "Target: full extractor ≥ 4× jieba.posseg (wall time), the span model included (issue 12)."]
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--cold":
        import json

        print(json.dumps(cold_pass(sys.argv[2])))
        sys.exit(0)
    if len(sys.argv) == 3 and sys.argv[1] == "--startup":
        import json

        print(json.dumps(startup_pass(sys.argv[2])))
        sys.exit(0)
    if len(sys.argv) == 3 and sys.argv[1] == "--instr-pass":
        instruction_pass(sys.argv[2])
        sys.exit(0)
    if len(sys.argv) == 2 and sys.argv[1] == "--instructions":
        print(instruction_table())
        sys.exit(0)
    body = run()
    print(body)
    write_section(SECTION, body, "Extraction speed")
