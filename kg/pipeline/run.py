"""ingest → extract → build → validate → load, for ``policykg build/add/remove`` and the demo.

Each document is processed on its own (``extract.extractor.extract_document``), so the result
does not depend on how documents are spread over workers, and ``policykg add`` later gives a
document exactly the graph a full build gives it. ``build`` streams documents through
:mod:`kg.pipeline.distributed` (in-process, a Dask LocalCluster, or an existing cluster): each is
validated where it is built and loaded as it arrives, and unchanged files are not re-processed.

The embedded default store is rebuilt as a new generation inside the store directory and
switched in with one atomic rename only after the new graph validated and loaded, under the
store's write lock, so a failed or killed build leaves the old store untouched and never a
half-written one, and a directory policykg did not create is refused (kg/store/layout.py).
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import LoadError, PolicyKGError
from kg import resources
from kg.errors import OntologyError
from kg.pipeline.identity import unique_documents
from kg.rdf import iri
from kg.rdf.build import ontology_graph
from kg.rdf.document_graph import DocStats
from kg.rdf.pieces import document_ntriples
from kg.store import GraphStore, layout, open_store

Progress = Callable[[Iterable[Any], str, int], Iterator[Any]]


def _no_progress(items: Iterable[Any], description: str, total: int) -> Iterator[Any]:
    yield from items


@dataclass
class BuildReport:
    """What a build produced; ``lines()`` is the summary the CLI and the demo print."""

    documents: int = 0
    entities: dict[str, int] = field(default_factory=dict)  # type -> distinct entities in the union
    relations: dict[str, int] = field(default_factory=dict)  # relation -> facts (per document)
    observations: int = 0
    investments: int = 0
    mentions: int = 0
    triples: int = 0  # quads in the store after loading
    conforms: bool | None = None  # None when validation was skipped
    violations: int = 0
    violation_examples: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # records the graph could not hold, by reason
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    store: str = ""
    graphs: list[str] = field(default_factory=list)
    processed: int = 0  # documents extracted in this run (the others were unchanged)
    unchanged: int = 0  # documents whose graph was carried over (same file hash and extractor)
    outdated: int = 0  # of the processed, unchanged files another extractor had built (an upgrade)
    removed: list[str] = field(default_factory=list)  # graphs of documents no longer given
    workers: list[str] = field(default_factory=list)  # host:pid of the processes that did the work
    failures: list[PolicyKGError] = field(default_factory=list)  # files not built, one error each
    notes: list[str] = field(default_factory=list)  # inputs read once though given several times
    loader_peak_mb: float = 0.0  # the bulk-load process's peak RSS (kg.store.loader), 0 when none ran

    def lines(self) -> list[str]:
        ent = ", ".join(f"{t} {n}" for t, n in sorted(self.entities.items(), key=lambda x: -x[1]))
        rel = ", ".join(f"{r} {n}" for r, n in sorted(self.relations.items(), key=lambda x: -x[1]))
        shacl = (
            "skipped"
            if self.conforms is None
            else "conforms"
            if self.conforms
            else f"{self.violations} violations"
        )
        times = ", ".join(f"{k} {v:.2f}s" for k, v in self.timings.items())
        out = [
            f"documents: {self.documents}",
            f"entities: {sum(self.entities.values())} ({ent})",
            f"relations: {sum(self.relations.values())} ({rel})",
            f"observations: {self.observations}; investments: {self.investments}; mentions: {self.mentions}",
            f"triples: {self.triples}",
            f"SHACL: {shacl}",
            f"store: {self.store}",
            f"timings: {times}",
        ]
        if self.unchanged or self.removed or self.outdated:
            out.append(
                f"incremental: {self.processed} re-processed, {self.unchanged} unchanged, "
                f"{len(self.removed)} removed"
                + (f"; {self.outdated} built by another policykg version" if self.outdated else "")
            )
        if self.skipped:
            out.append("not in the graph: " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        return out


class NothingBuilt(PolicyKGError):
    """Not one input file could be read; ``failures`` holds each file's error. The store is untouched."""

    def __init__(self, failures: list[PolicyKGError]):
        self.failures = failures
        super().__init__(f"none of the {len(failures)} file(s) could be read; the store was not changed")


@dataclass
class DocResult:
    doc_id: str
    ntriples: bytes
    stats: DocStats
    seconds: dict[str, float]


def process(path: str | Path) -> DocResult:
    """One file through ingest, extract and build (the unit of work a Dask worker runs)."""
    from extract.document import ingest
    from extract.extractor import extract_document

    t0 = time.perf_counter()
    doc = ingest(path)
    t1 = time.perf_counter()
    records = extract_document(doc)
    t2 = time.perf_counter()
    data, stats = document_ntriples(doc, records)  # a long document piece by piece (kg/rdf/pieces.py)
    t3 = time.perf_counter()
    return DocResult(doc.doc_id, data, stats, {"ingest": t1 - t0, "extract": t2 - t1, "build": t3 - t2})


def _paths(paths: Sequence[str | Path] | None) -> list[Path]:
    if not paths:
        paths = sorted(resources.sample_corpus().glob("*.txt"))
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(
                sorted(
                    q
                    for q in p.iterdir()
                    if q.is_file()
                    and not q.name.startswith(".")
                    and q.suffix.lower() in (".txt", ".html", ".htm", ".docx", ".pdf", ".md")
                )
            )
        elif p.is_file():
            out.append(p)
        else:
            raise LoadError(p, "no such file or directory")
    if not out:
        raise LoadError(", ".join(map(str, paths)), "no documents found")
    return out


def _try_process(path: str | Path) -> DocResult | PolicyKGError:
    """``process``, with an unreadable file returned as its error so the batch goes on."""
    try:
        return process(path)
    except PolicyKGError as exc:
        return exc


def _inputs(paths: Sequence[str | Path] | None, report: BuildReport) -> list[Path]:
    """The files to read, each once (kg.pipeline.identity): notes go to the report, clashes raise."""
    files, report.notes = unique_documents(_paths(paths))
    return files


def _split(report: BuildReport, outcomes: Iterable[DocResult | PolicyKGError]) -> list[DocResult]:
    """Keep the built documents; record each failure. None built: the store is not touched."""
    results: list[DocResult] = []
    for o in outcomes:
        if isinstance(o, PolicyKGError):
            report.failures.append(o)
        else:
            results.append(o)
    if not results:
        raise NothingBuilt(report.failures)
    return results


def _summarise(report: BuildReport, results: list[DocResult]) -> None:
    types: dict[str, str] = {}
    relations: Counter = Counter()
    skipped: Counter = Counter()
    timings: Counter = Counter()
    for r in results:
        types.update(r.stats.entity_types)
        relations.update(r.stats.relations)
        skipped.update(r.stats.skipped)
        if r.stats.conflicting_figures:
            skipped["indicator:conflicting-duplicate"] += r.stats.conflicting_figures
        timings.update(r.seconds)
        report.observations += r.stats.observations
        report.investments += r.stats.investments
        report.mentions += r.stats.mentions
    report.documents = len(results)
    report.entities = dict(Counter(types.values()))
    report.relations = dict(relations)
    report.skipped = dict(skipped)
    report.timings.update({k: round(v, 3) for k, v in timings.items()})


def _validate(report: BuildReport, graphs: list[bytes], strict: bool) -> None:
    from kg.rdf.validate import validate_rdf

    t = time.perf_counter()
    result = validate_rdf(graphs)  # parses the N-Triples once, with Oxigraph
    report.conforms, report.violations = result.conforms, result.violations
    report.violation_examples = result.messages
    report.timings["validate"] = round(time.perf_counter() - t, 3)
    if strict and not result.conforms:
        top = "; ".join(f"{k.rsplit('#', 1)[-1]} ×{n}" for k, n in result.by_shape.most_common(5))
        raise OntologyError(
            f"the new graph breaks {result.violations} SHACL constraints ({top}); "
            "the store was left as it was. First: " + (result.messages[0] if result.messages else "")
        )


def _swap_in(
    root: Path,
    parts: Iterable[Path],
    report: BuildReport | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> int:
    """Load a new generation beside the current one and switch to it (kg.store.layout); the caller
    holds the store's lock. Returns the quad count. ``parts`` (premerged N-Quads files written by
    the build just now) may be a generator (:mod:`kg.pipeline.distributed`): each part goes to the loader
    process (:mod:`kg.store.loader`) as it is yielded, the next one is asked for only when the
    loader has room, and an exception the generator raises leaves the current generation in place.
    ``meanwhile`` runs while the loader compacts (the build stops its Dask cluster there)."""
    from kg.store.loader import LoaderProcess

    building = layout.new_generation(root)
    try:
        with LoaderProcess(building, lenient=True) as loader:
            for part in parts:
                loader.load(part)
            count = loader.finish(meanwhile)
        if report is not None:
            report.loader_peak_mb = round(loader.peak_rss_kb / 1024, 1)
            report.timings.update({f"tail_{k}": round(v, 3) for k, v in loader.seconds.items()})
        layout.switch(root, building)
        return count
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)


def build(
    paths: Sequence[str | Path] | None = None,
    store: str | Path | GraphStore | None = None,
    workers: int = 0,
    validate: bool = True,
    *,
    strict: bool = True,
    progress: Progress = _no_progress,
    scheduler: str | None = None,
    full: bool = False,
    parts_dir: str | Path | None = None,
) -> BuildReport:
    """Build the store from ``paths`` (default: the bundled corpus), streaming and incremental:
    see :mod:`kg.pipeline.distributed`. ``scheduler`` names a running Dask cluster (else
    ``$DASK_SCHEDULER_ADDRESS`` when ``workers`` is 0); ``full`` re-processes unchanged files."""
    from kg.pipeline import distributed

    report = BuildReport()
    return distributed.build(
        _inputs(paths, report),
        store,
        report,
        workers=workers,
        scheduler=scheduler,
        validate=validate,
        strict=strict,
        full=full,
        parts_dir=parts_dir,
        progress=progress,
    )


def add(
    paths: Sequence[str | Path],
    store: str | Path | GraphStore | None = None,
    validate: bool = True,
    *,
    progress: Progress = _no_progress,
) -> BuildReport:
    """Add or replace the named graphs of some documents in place (no rebuild)."""
    report = BuildReport()
    t0 = time.perf_counter()
    files = _inputs(paths, report)
    results = _split(report, [_try_process(p) for p in progress(files, "extract + build", len(files))])
    _summarise(report, results)
    if validate:
        _validate(report, [r.ntriples for r in results], strict=True)
    st = store if isinstance(store, GraphStore) else open_store(store)
    try:
        report.store = st.location
        st.replace_graph(str(iri.ONTOLOGY_GRAPH), ontology_graph().serialize(format="nt", encoding="utf-8"))
        for r in results:
            st.replace_graph(str(iri.graph(r.doc_id)), r.ntriples)
        report.triples = st.count()
        report.graphs = [str(iri.graph(r.doc_id)) for r in results]
    finally:
        if not isinstance(store, GraphStore):
            st.close()
    report.timings["total"] = round(time.perf_counter() - t0, 3)
    return report


def graph_for(doc: str) -> str:
    """The named graph of a document given as doc id, file path or graph IRI."""
    if doc.startswith(iri.GRAPH):
        return doc
    return str(iri.graph(Path(doc).name))


def remove(docs: Sequence[str], store: str | Path | GraphStore | None = None) -> dict[str, bool]:
    """Drop documents' named graphs; entities other documents describe keep their own copies."""
    st = store if isinstance(store, GraphStore) else open_store(store)
    try:
        out = {}
        for d in docs:
            g = graph_for(d)
            if g == str(iri.ONTOLOGY_GRAPH):
                raise PolicyKGError("the ontology graph is not a document; rebuild instead of removing it")
            out[d] = st.drop_graph(g)
        return out
    finally:
        if not isinstance(store, GraphStore):
            st.close()
