"""The streaming build: each document is ingested, extracted, built *and validated* where it
is processed, written as its own part file, and loaded as soon as it arrives.

Issue 16 measured the old shape on 16 cores: workers returned every document's N-Triples to
the driver, which then validated the union and loaded it after the last worker ended — 64 %
of the wall time serial, and the driver's memory growing with the corpus (2.55 GB at 1.6 M
triples). Here a worker (:func:`process_to_part`) writes its document's graph to a part file
in a directory the driver can read (inside the store directory by default, or a temporary
one; ``parts_dir`` for a cluster on other machines: a shared file system) and returns a
:class:`DocReport` of a few hundred bytes plus the document's entity types. The driver
folds reports into the build report as they come and hands each part to the store at once:

- embedded Oxigraph: parts are N-Quads carrying their default-graph merge lines
  (:func:`kg.store.base.with_merge`), bulk-loaded side by side into the store's next
  generation, which :func:`kg.pipeline.run._swap_in` switches to when all went well, under the
  store's write lock (:mod:`kg.store.layout`);
- a SPARQL server (``--store http://…``): N-Triples, sent with the Graph Store Protocol, a few
  requests in flight (:meth:`kg.store.remote.RemoteStore.put_graphs`);
- any other :class:`~kg.store.base.GraphStore` (in-memory stores of tests): ``replace_graph``.

A file that cannot be read comes back as a :class:`Failure` and the rest is built (exit 1
names it); with nothing built at all the store is not touched (``NothingBuilt``).

Per-document validation gives the whole-graph result for every shape of
``ontology/shapes.ttl`` whose focus nodes belong to one document (documents, sections,
evidence, mentions, facts, observations — their IRIs carry the document, and the Data Cube
data set is per document, so IC-12 compares within one). The shapes on shared entities read
values every document writes alike (type, Chinese label, division code from GB/T 2260), so a
document cannot break them in combination with another; a future shape that counts across
documents (a ``maxCount`` on something two documents may state differently) would need a
check on the loaded store.

Incremental: each document graph records the SHA-256 of its file's bytes
(``pkg:contentSha256``) and the fingerprint of the extractor that built it
(``pkg:extractorFingerprint``, :mod:`kg.pipeline.fingerprint`: version, extraction code and data,
ontology and shapes). A build over a store that has them re-processes only files that are new,
whose hash changed, or that an other extractor built (so an upgraded policykg re-processes
every document), carries the other graphs over unchanged, and leaves out graphs of documents
no longer given. ``full=True`` (``--full``) re-processes everything.

Where the work runs: in-process (default), a Dask ``LocalCluster`` of ``workers`` processes on
127.0.0.1, or an existing cluster (``scheduler``, else ``$DASK_SCHEDULER_ADDRESS``) whose
workers run this same policykg version.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.errors import LoadError, PolicyKGError
from kg.errors import OntologyError, StoreError
from kg.rdf import iri
from kg.rdf.build import ontology_graph
from kg.rdf.document_graph import DocStats
from kg.rdf.namespace import PKG
from kg.store import GraphStore, default_location, is_remote, layout, open_store
from kg.store.base import with_merge

if TYPE_CHECKING:
    from kg.pipeline.run import BuildReport, Progress

CONNECT_TIMEOUT = "15s"  # reaching an existing scheduler
HASH_QUERY = (
    f"SELECT ?g ?h ?f WHERE {{ GRAPH ?g {{ ?d <{PKG.contentSha256}> ?h "
    f"OPTIONAL {{ ?d <{PKG.extractorFingerprint}> ?f }} }} }}"
)


@dataclass
class DocReport:
    """What a worker returns for one document: small, whatever the size of its graph."""

    doc_id: str
    graph: str
    part: str  # the file the worker wrote (N-Quads with merge lines, or N-Triples)
    sha256: str
    stats: DocStats
    seconds: dict[str, float]
    conforms: bool | None = None  # None: not validated
    violations: int = 0
    by_shape: Counter = field(default_factory=Counter)
    messages: list[str] = field(default_factory=list)
    worker: str = ""  # host:pid of the process that did the work
    fingerprint: str = ""  # of the extractor that built it (kg.pipeline.fingerprint)


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def part_name(graph: str, suffix: str) -> str:
    """A file name for a graph's part: document ids may hold any character a file name can."""
    return hashlib.sha1(graph.encode()).hexdigest()[:20] + suffix


@dataclass
class Failure:
    """A file that could not be built, as plain strings (exceptions with their own ``__init__``
    do not survive Dask's pickling); :meth:`error` rebuilds the error for the report."""

    path: str
    reason: str
    load: bool  # a LoadError (names the file), else another PolicyKGError

    def error(self) -> PolicyKGError:
        return LoadError(self.path, self.reason) if self.load else PolicyKGError(self.reason)


def process_to_part(path: str, parts_dir: str, nquads: bool, validate: bool) -> DocReport | Failure:
    """One file through ingest, extract, build and SHACL validation; its graph written to
    ``parts_dir`` (with merge lines as N-Quads when ``nquads``, else N-Triples). The unit of
    work a Dask worker runs; a file that cannot be read comes back as a :class:`Failure` so the
    batch goes on."""
    try:
        return _process_to_part(path, parts_dir, nquads, validate)
    except LoadError as exc:
        return Failure(exc.path, exc.reason, True)
    except PolicyKGError as exc:
        return Failure(path, str(exc), False)
    except OSError as exc:
        return Failure(path, f"cannot read the file ({exc.strerror or exc})", True)


def _process_to_part(path: str, parts_dir: str, nquads: bool, validate: bool) -> DocReport:
    from extract.document import ingest
    from extract.extractor import extract_document
    from kg.pipeline.fingerprint import extractor_fingerprint
    from kg.rdf.pieces import document_ntriples

    t0 = time.perf_counter()
    sha = file_sha256(path)
    built_with = extractor_fingerprint()  # this process's: a cluster's workers may differ
    doc = ingest(path)
    t1 = time.perf_counter()
    records = extract_document(doc)
    t2 = time.perf_counter()
    nt, stats = document_ntriples(doc, records)  # a long document piece by piece (kg/rdf/pieces.py)
    subject = f"<{iri.document(doc.doc_id)}>"
    nt += (
        f'{subject} <{PKG.contentSha256}> "{sha}" .\n'
        f'{subject} <{PKG.extractorFingerprint}> "{built_with}" .\n'
    ).encode()
    t3 = time.perf_counter()
    g = str(iri.graph(doc.doc_id))
    seconds = {"ingest": t1 - t0, "extract": t2 - t1, "build": t3 - t2}
    worker = f"{socket.gethostname()}:{os.getpid()}"
    report = DocReport(doc.doc_id, g, "", sha, stats, seconds, worker=worker, fingerprint=built_with)
    if validate:
        from kg.rdf.validate import validate_rdf

        result = validate_rdf([_ontology_nt(), nt], with_ontology=False, keep=5)
        report.conforms, report.violations = result.conforms, result.violations
        report.by_shape, report.messages = result.by_shape, result.messages
    t4 = time.perf_counter()
    report.seconds["validate"] = t4 - t3
    target = Path(parts_dir) / part_name(g, ".nq" if nquads else ".nt")
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(with_merge(nt, g) if nquads else nt)
    os.replace(tmp, target)  # the driver never sees half a part
    report.part = str(target)
    report.seconds["write"] = time.perf_counter() - t4
    return report


@lru_cache(maxsize=1)
def _ontology_nt() -> bytes:
    """Serialised once per worker process, not once per document."""
    return ontology_graph().serialize(format="nt", encoding="utf-8")


# --------------------------------------------------------------------------- where work runs


def scheduler_address(scheduler: str | None) -> str | None:
    address = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    if address and "://" not in address:
        raise PolicyKGError(f"{address}: a Dask scheduler address looks like tcp://HOST:PORT")
    return address


@contextmanager
def dask_client(workers: int, scheduler: str | None) -> Iterator[Any]:
    """``None`` for in-process work, else a connected ``dask.distributed.Client``.

    ``scheduler`` (or ``$DASK_SCHEDULER_ADDRESS`` when ``workers`` is 0) connects to a running
    cluster; ``workers > 0`` starts a LocalCluster on 127.0.0.1 and stops it afterwards.
    """
    address = scheduler_address(scheduler) if scheduler or workers <= 0 else None
    if address is None and workers <= 0:
        yield None
        return
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise PolicyKGError(
            "--workers and --scheduler need Dask: pip install 'policykg[dist]'"
        ) from exc
    if address:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise PolicyKGError(f"{address}: cannot reach the Dask scheduler ({exc})") from exc
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_documents(
    paths: Sequence[Path], client: Any, parts_dir: Path, nquads: bool, validate: bool
) -> Iterator[DocReport | Failure]:
    """Reports in the order documents finish. On a cluster a window of documents is in flight
    (two per worker thread): a new one is submitted as each report is taken, so a consumer that
    takes reports only as fast as it can load them (:class:`kg.store.loader.LoaderProcess`)
    holds the workers back instead of leaving a backlog of parts for after the last document,
    and the scheduler holds a window of tasks, not the corpus. Each result is released once read."""
    if client is None:
        return (process_to_part(str(p), str(parts_dir), nquads, validate) for p in paths)
    from dask.distributed import as_completed

    todo = iter([str(p) for p in paths])
    threads = sum(client.nthreads().values()) or 1
    kw = {"parts_dir": str(parts_dir), "nquads": nquads, "validate": validate, "pure": False}
    pending = as_completed([client.submit(process_to_part, p, **kw) for p in islice(todo, 2 * threads)])

    def reports() -> Iterator[DocReport | Failure]:
        try:
            for fut in pending:
                report = fut.result()
                fut.release()
                nxt = next(todo, None)
                if nxt is not None:
                    pending.add(client.submit(process_to_part, nxt, **kw))
                yield report
        finally:
            pending.clear()

    return reports()


# --------------------------------------------------------------------------- the driver


class Summary:
    """Folds per-document reports into a :class:`~kg.pipeline.run.BuildReport` as they arrive."""

    def __init__(self, report: BuildReport, keep: int = 20):
        self.report, self.keep = report, keep
        self.types: dict[str, str] = {}  # entity IRI -> type: grows with distinct entities, not documents
        self.relations: Counter = Counter()
        self.skipped: Counter = Counter()
        self.seconds: Counter = Counter()
        self.by_shape: Counter = Counter()
        self.failed: list[str] = []  # documents that do not conform
        self.workers: set[str] = set()
        self.failures: list[Failure] = []  # files that could not be read
        self.last_result = time.perf_counter()
        from kg.pipeline.fingerprint import extractor_fingerprint

        self.fingerprint = extractor_fingerprint()
        self.warned: set[str] = set()

    def add(self, r: DocReport) -> None:
        rep = self.report
        self.types.update(r.stats.entity_types)
        self.relations.update(r.stats.relations)
        self.skipped.update(r.stats.skipped)
        if r.stats.conflicting_figures:
            self.skipped["indicator:conflicting-duplicate"] += r.stats.conflicting_figures
        self.seconds.update(r.seconds)
        rep.observations += r.stats.observations
        rep.investments += r.stats.investments
        rep.mentions += r.stats.mentions
        rep.processed += 1
        self.workers.add(r.worker)
        if r.fingerprint != self.fingerprint and r.worker not in self.warned:
            self.warned.add(r.worker)
            rep.notes.append(
                f"worker {r.worker} runs another policykg than this one (extractor fingerprint "
                f"{r.fingerprint[:12]} against {self.fingerprint[:12]}): its documents are "
                "re-processed by the next build"
            )
        if r.conforms is not None:
            rep.conforms = (rep.conforms is not False) and r.conforms
            rep.violations += r.violations
            self.by_shape.update(r.by_shape)
            room = self.keep - len(rep.violation_examples)
            rep.violation_examples += [f"{r.doc_id}: {m}" for m in r.messages[: max(room, 0)]]
            if not r.conforms:
                self.failed.append(r.doc_id)
        self.last_result = time.perf_counter()

    def fail(self, f: Failure) -> None:
        self.failures.append(f)
        self.report.failures.append(f.error())
        self.last_result = time.perf_counter()

    def nothing_built(self, todo: Sequence[Path], keep: Sequence[str]) -> None:
        """Raise when files were given, none could be read and nothing is carried over."""
        if todo and not self.report.processed and not keep:
            from kg.pipeline.run import NothingBuilt

            raise NothingBuilt(self.report.failures)

    def finish(self) -> None:
        rep = self.report
        rep.documents = rep.processed + rep.unchanged  # the files that could not be read are not counted
        rep.entities = dict(Counter(self.types.values()))
        rep.relations = dict(self.relations)
        rep.skipped = dict(self.skipped)
        rep.workers = sorted(self.workers)
        rep.timings.update({k: round(v, 3) for k, v in self.seconds.items()})

    def strict_error(self, kept: str) -> OntologyError:
        top = "; ".join(f"{k.rsplit('#', 1)[-1]} ×{n}" for k, n in self.by_shape.most_common(5))
        first = self.report.violation_examples[0] if self.report.violation_examples else ""
        return OntologyError(
            f"{len(self.failed)} document(s) break {self.report.violations} SHACL constraints ({top}): "
            f"{', '.join(self.failed[:5])}; {kept}. First: {first}"
        )


def _plan(
    files: Sequence[Path], known: dict[str, tuple[str, str]], full: bool
) -> tuple[list[Path], list[str]]:
    """(files to process, graphs to carry over unchanged) given the stored keys: a graph is kept
    when its file's hash and the extractor's fingerprint are both the ones it was built from."""
    from kg.pipeline.fingerprint import extractor_fingerprint

    current = extractor_fingerprint()
    todo: list[Path] = []
    keep: list[str] = []
    for p in files:
        g = str(iri.graph(p.name))
        if not full and known.get(g) == (file_sha256(p), current):
            keep.append(g)
        else:
            todo.append(p)
    return todo, keep


def stored_hashes(store: GraphStore) -> dict[str, tuple[str, str]]:
    """graph -> (file hash, extractor fingerprint; "" for a graph built before there was one)."""
    return {
        str(g): (str(h), "" if f is None else str(f))
        for g, h, f in store.query(HASH_QUERY).rows
        if g is not None and h is not None
    }


@contextmanager
def _parts_dir(parts_dir: str | Path | None, near: Path | None) -> Iterator[Path]:
    """A fresh directory for this build's parts (inside ``parts_dir`` when given), removed after."""
    base = Path(parts_dir) if parts_dir else near
    if base is not None:
        base.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=".policykg-parts-", dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def build(
    files: Sequence[Path],
    store: str | Path | GraphStore | None,
    report: BuildReport,
    *,
    workers: int = 0,
    scheduler: str | None = None,
    validate: bool = True,
    strict: bool = True,
    full: bool = False,
    parts_dir: str | Path | None = None,
    progress: Progress,
) -> BuildReport:
    """Fill ``report`` while building ``files`` into ``store`` (see the module docstring)."""
    t0 = time.perf_counter()
    summary = Summary(report)
    onto_nt = _ontology_nt()
    in_memory = store in ("memory:rdflib", "memory:oxigraph")
    embedded = not (isinstance(store, GraphStore) or is_remote(store) or in_memory)
    if embedded:
        assert not isinstance(store, GraphStore)  # a directory path (or None: the default one)
        target = Path(store) if store else default_location()
        report.store = str(target)
        try:
            with layout.writing(target, "build") as root:  # refuses a directory policykg did not make
                _build_embedded(root, files, report, summary, onto_nt, t0, workers, scheduler, validate,
                                strict, full, parts_dir, progress)  # fmt: skip
        except OSError as exc:
            raise StoreError(f"{target}: cannot write the store ({exc})") from exc
    else:
        st = store if isinstance(store, GraphStore) else open_store(store)
        try:
            report.store = st.location
            known = stored_hashes(st)
            todo, keep = _plan(files, known, full)
            _count_plan(report, files, todo, keep, known)
            fresh = {str(iri.ONTOLOGY_GRAPH), *keep, *(str(iri.graph(p.name)) for p in todo)}
            from kg.store.remote import RemoteStore

            remote = st if isinstance(st, RemoteStore) else None  # graphs go up in parallel requests
            with _parts_dir(parts_dir, None) as parts, dask_client(workers, scheduler) as client:
                stream = progress(run_documents(todo, client, parts, False, validate), "documents", len(todo))

                def graphs() -> Iterator[tuple[str, Path]]:
                    for r in stream:
                        if isinstance(r, Failure):
                            summary.fail(r)  # its old graph, if any, stays
                            continue
                        summary.add(r)
                        if strict and r.conforms is False:
                            continue  # its old graph, if any, stays
                        yield r.graph, Path(r.part)
                    report.timings["workers"] = round(summary.last_result - t0, 3)
                    summary.nothing_built(todo, keep)

                st.replace_graph(str(iri.ONTOLOGY_GRAPH), onto_nt)
                if remote is not None:
                    remote.put_graphs(graphs())
                else:
                    for g, part in graphs():
                        st.replace_graph(g, part.read_bytes())
            for g in st.graphs():
                # only policykg's own graphs: a shared server holds others (Virtuoso's system
                # graphs, other users' data) that a build must never delete
                if g not in fresh and g.startswith(iri.GRAPH):
                    st.drop_graph(g)
            report.triples = st.count()
            report.graphs = st.graphs()
            if strict and summary.failed:
                raise summary.strict_error("their graphs were not replaced, every other document's was")
        finally:
            if not isinstance(store, GraphStore):
                st.close()
    summary.finish()
    now = time.perf_counter()
    report.timings["load"] = round(now - summary.last_result, 3)  # the driver's tail after the last worker
    report.timings["total"] = round(now - t0, 3)
    return report


def _build_embedded(
    root: Path,
    files: Sequence[Path],
    report: BuildReport,
    summary: Summary,
    onto_nt: bytes,
    t0: float,
    workers: int,
    scheduler: str | None,
    validate: bool,
    strict: bool,
    full: bool,
    parts_dir: str | Path | None,
    progress: Progress,
) -> None:
    """The embedded store, under its write lock: unchanged graphs are carried over from the
    current generation, new parts stream into the next one, which :func:`kg.pipeline.run._swap_in`
    switches to only when the generator below ends without raising."""
    from kg.pipeline.run import _swap_in

    old = open_store(root, read_only=True) if (root / layout.POINTER).is_symlink() else None
    try:
        known = stored_hashes(old) if old is not None else {}
        todo, keep = _plan(files, known, full)
        _count_plan(report, files, todo, keep, known)
        if old is not None and not todo and not report.removed:  # nothing changed: nothing to write
            report.triples, report.graphs = old.count(), old.graphs()
            return
        where = _parts_dir(parts_dir, None) if parts_dir else _layout_parts(root)
        with where as parts, ExitStack() as cluster:
            client = cluster.enter_context(dask_client(workers, scheduler))
            stream = progress(run_documents(todo, client, parts, True, validate), "documents", len(todo))
            rescued: list[str] = []

            def units() -> Iterator[Path]:
                nonlocal old
                first = parts / "ontology.nq"
                first.write_bytes(with_merge(onto_nt, str(iri.ONTOLOGY_GRAPH)))
                yield first
                if keep:
                    yield from _carry_over(old, keep, parts / "carried")
                for r in stream:
                    if isinstance(r, Failure):
                        summary.fail(r)
                        continue
                    summary.add(r)
                    yield Path(r.part)
                report.timings["workers"] = round(summary.last_result - t0, 3)
                summary.nothing_built(todo, keep)
                if strict and summary.failed:
                    raise summary.strict_error("the store was left as it was")
                # a changed file that can no longer be read keeps the graph it had
                lost = [g for g in (str(iri.graph(Path(f.path).name)) for f in summary.failures)
                        if g in known]  # fmt: skip
                if lost:
                    rescued.extend(lost)
                    yield from _carry_over(old, lost, parts / "rescued")
                if old is not None:
                    old.close()  # before the switch deletes its generation
                    old = None

            # the last report is in: a LocalCluster stops (seconds: its nannies wait for their
            # workers) while the loader process compacts, not after it
            report.triples = _swap_in(root, units(), report, meanwhile=cluster.close)
        built = [str(iri.graph(p.name)) for p in todo]
        failed = {str(iri.graph(Path(f.path).name)) for f in summary.failures}
        report.graphs = sorted(
            {str(iri.ONTOLOGY_GRAPH), *keep, *rescued, *(g for g in built if g not in failed)}
        )
    finally:
        if old is not None:
            old.close()


@contextmanager
def _layout_parts(root: Path) -> Iterator[Path]:
    """Parts inside the store directory (kg.store.layout): a killed build's are cleaned up."""
    path = layout.new_parts_dir(root)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _count_plan(
    report: BuildReport,
    files: Sequence[Path],
    todo: list[Path],
    keep: list[str],
    known: dict[str, tuple[str, str]],
) -> None:
    report.documents = len(files)
    report.unchanged = len(keep)
    given = {str(iri.graph(p.name)) for p in files}
    report.removed = sorted(g for g in known if g not in given)
    from kg.pipeline.fingerprint import extractor_fingerprint

    current = extractor_fingerprint()
    report.outdated = sum(1 for p in todo if (k := known.get(str(iri.graph(p.name)))) and k[1] != current)


def _carry_over(old: GraphStore | None, keep: Iterable[str], directory: Path) -> list[Path]:
    """Graphs of the current generation as parts with their merge lines, for the next one."""
    import pyoxigraph as ox

    from kg.store.base import write_parts

    native = getattr(old, "store", None)
    if native is None:
        raise StoreError(f"{getattr(old, 'location', old)}: cannot carry graphs over from this store")
    units = (
        with_merge(native.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)), g) for g in keep
    )
    return write_parts(units, directory)
