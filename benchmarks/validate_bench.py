"""SHACL validation of the corpus graph: the pipeline's path against the pre-issue-5 path.

    python -m benchmarks.validate_bench             # print medians of 3 runs
    python -m benchmarks.validate_bench --write     # and rewrite its BENCHMARKS.md section

Both validate the five documents' N-Triples (as ``kg.pipeline.run.process`` makes them) plus the
ontology, with the same shapes. The baseline is what the pipeline did before: rdflib parses
every part into one ``Memory`` graph, pySHACL checks the core shapes as written, the graph is
re-serialised into Oxigraph for the SPARQL-based checks. The new path is
``kg.rdf.validate.validate_rdf``. Wall and CPU medians are printed (the machine is shared, CPU
time is the steadier figure) and the violation counts of both must agree.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections import Counter
from collections.abc import Callable

import pyoxigraph as ox
import pyshacl
from rdflib import Graph
from rdflib.namespace import SH

from benchmarks.report import write_section
from kg.pipeline.run import _paths, process
from kg.rdf.build import ontology_graph
from kg.rdf.validate import _sparql_violations, _split, shapes_graph, validate_rdf

MARK = "validate"


def baseline(parts: list[bytes]) -> int:
    """The pre-issue-5 pipeline step; returns the number of violations."""
    data = Graph()
    for t in ontology_graph():
        data.add(t)
    for part in parts:
        data.parse(data=part, format="nt")
    core, checks = _split(shapes_graph())
    report = pyshacl.validate(data, shacl_graph=core, inference="none", allow_warnings=True)[1]
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    n = len(list(report.subjects(SH.resultSeverity, SH.Violation)))
    return n + _sparql_violations(store, checks, Counter(), [], 0)


def timed(fn: Callable[[], int], runs: int) -> tuple[float, float, int]:
    fn()  # warm-up
    walls, cpus, result = [], [], 0
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--write", action="store_true", help="rewrite the BENCHMARKS.md section")
    args = ap.parse_args()
    parts = [process(p).ntriples for p in _paths(None)]
    triples = sum(part.count(b"\n") for part in parts)
    old = timed(lambda: baseline(parts), args.runs)
    new = timed(lambda: validate_rdf(parts).violations, args.runs)
    if old[2] != new[2]:
        raise SystemExit(f"violation counts differ: baseline {old[2]}, validate_rdf {new[2]}")
    lines = [
        f"Corpus: {len(parts)} documents, {triples:,} document triples + the ontology; "
        f"median of {args.runs} runs after a warm-up; {old[2]} violations both ways.",
        "",
        "| path | wall s | CPU s |",
        "|---|---:|---:|",
        f"| before: rdflib parse + pySHACL on the shapes as written + re-serialise for Oxigraph "
        f"| {old[0]:.2f} | {old[1]:.2f} |",
        f"| `validate_rdf`: Oxigraph parse, lifted property shapes, lean store "
        f"| {new[0]:.2f} | {new[1]:.2f} |",
        f"| speed-up | ×{old[0] / new[0]:.1f} | ×{old[1] / new[1]:.1f} |",
        "",
        f"Python {platform.python_version()}, pySHACL {pyshacl.__version__}, pyoxigraph {ox.__version__}; "
        f"{platform.machine()}, shared 2-core machine.",
    ]
    body = "\n".join(lines)
    print(body)
    if args.write:
        write_section(MARK, body, "SHACL validation")


if __name__ == "__main__":
    main()
