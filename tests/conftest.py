"""Shared fixtures, in this one conftest for extract and kg: the bundled corpus, the shared
evaluation data, the corpus as records, RDF graphs and an in-memory store; for the exploration
tests, a real graph from the gold passages and headless Chromium.

The gold passages are hand-annotated facts on the bundled corpus, so the graph they build has
the real documents, offsets and sentences, independent of how far the extractor is."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def shared_dir(name: str) -> Path:
    """``../shared/NAME``; when it is missing the test is skipped locally, but in CI (``CI`` set,
    where ``../shared`` is laid beside the checkout) the gold-based gates fail instead of
    vanishing from the run."""
    path = SHARED / name
    if not path.is_dir():
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{path}: ../shared/{name} is missing beside the checkout (CI={os.environ['CI']})")
        pytest.skip(f"../shared/{name} is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def extra_dir() -> Path:
    return shared_dir("corpus-extra")


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return shared_dir("eval")


@pytest.fixture(scope="session")
def corpus_documents(corpus_files):
    """Every bundled document ingested once per test session (extract.document.ingest)."""
    from extract.document import ingest

    return [ingest(p) for p in corpus_files]


@pytest.fixture(scope="session")
def corpus_records(corpus_documents):
    """doc_id -> every record the full extractor emits for that document."""
    from extract.extractor import extract_document

    return {d.doc_id: extract_document(d) for d in corpus_documents}


@pytest.fixture(scope="session")
def corpus_graphs(corpus_documents, corpus_records):
    """doc_id -> (named graph, DocStats) built from the real extractor's records."""
    from kg.rdf.build import build_document

    return {d.doc_id: build_document(d, corpus_records[d.doc_id]) for d in corpus_documents}


@pytest.fixture(scope="session")
def corpus_ntriples(corpus_graphs):
    """The ontology graph and every document graph as (graph IRI, N-Triples)."""
    from kg.rdf import iri
    from kg.rdf.build import ontology_graph

    out = [(str(iri.ONTOLOGY_GRAPH), ontology_graph().serialize(format="nt", encoding="utf-8"))]
    out += [
        (str(g.identifier), g.serialize(format="nt", encoding="utf-8")) for g, _ in corpus_graphs.values()
    ]
    return out


@pytest.fixture(scope="session")
def corpus_store(corpus_ntriples):
    """An in-memory Oxigraph store holding the corpus graph (read by the saved-query tests)."""
    from kg.store import open_store

    store = open_store("memory:oxigraph")
    for graph, data in corpus_ntriples:
        store.replace_graph(graph, data)
    return store


# -- the exploration tests: a graph from the gold passages -----------------------------------------
ARTIFACTS = ROOT / "test-artifacts"


def _gold_module():
    spec = importlib.util.spec_from_file_location("gold_records", ROOT / "tests" / "kg" / "gold_records.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def build_store(documents, records):
    """An in-memory Oxigraph store with one named graph per document (kg.rdf.build)."""
    from kg.rdf.build import build_document
    from kg.store import open_store

    store = open_store("memory:oxigraph")
    for doc in documents:
        graph, _ = build_document(doc, records[doc.doc_id])
        store.replace_graph(str(graph.identifier), graph.serialize(format="nt", encoding="utf-8"))
    return store


@pytest.fixture(scope="session")
def gold_inputs(corpus_dir, eval_dir):
    return _gold_module().load(corpus_dir, eval_dir)


@pytest.fixture(scope="session")
def gold_store(gold_inputs):
    documents, records = gold_inputs
    return build_store(documents, records)


@pytest.fixture(scope="session")
def gold_graph(gold_store):
    from kg.explore.netgraph import to_networkx

    return to_networkx(gold_store)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# -- headless Chromium (Playwright driving Debian's /usr/bin/chromium) ----------------------------
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

CANVAS_PIXELS = """() => {
  const c = document.querySelector('#network canvas');
  if (!c) return -1;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
}"""


NODE_ON_SCREEN = """() => {
  const net = window.policykgNetwork;
  const ids = net.body.nodeIndices;
  let best = ids[0];
  for (const id of ids) if (net.getConnectedEdges(id).length > net.getConnectedEdges(best).length) best = id;
  const p = net.canvasToDOM(net.getPosition(best));
  return { x: p.x, y: p.y, label: net.body.nodes[best].options.label };
}"""


def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        subprocess.run(["bash", str(ROOT / "scripts" / "install-system-deps.sh")], check=False)
        path = shutil.which("chromium")
    if path is None:
        pytest.skip("chromium is not installed and scripts/install-system-deps.sh could not install it")
    return path


def wait_for(page, expression: str, timeout_ms: int) -> None:
    """Poll ``expression`` until true. Playwright's ``wait_for_function`` runs it through ``eval``,
    which the server's Content-Security-Policy (no 'unsafe-eval') blocks; ``evaluate`` is not."""
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{expression} still false after {timeout_ms} ms")
        page.wait_for_timeout(50)


@pytest.fixture(scope="session")
def wait_js():
    """:func:`wait_for` for test modules (a conftest's functions are not importable under importlib)."""
    return wait_for


@dataclass
class PageReport:
    console_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    painted_pixels: int = 0
    title: str = ""
    clicked: str = ""  # label of the node clicked, when asked to click
    details: str = ""  # text of the side panel at the end


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the session (Debian's binary; installed by the project's script)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), headless=True, args=FLAGS)
        try:
            yield b
        finally:
            b.close()


def open_page(
    browser,
    url: str,
    screenshot: Path | None = None,
    allowed_prefix: str = "file://",
    click_first_node: bool = False,
    timeout_ms: int = 30_000,
) -> PageReport:
    report = PageReport()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.on("console", lambda m: report.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: report.console_errors.append(str(e)))

        def guard(route):
            if route.request.url.startswith((allowed_prefix, "data:", "blob:")):
                route.continue_()
            else:
                report.blocked.append(route.request.url)
                route.abort()

        page.route("**/*", guard)
        page.goto(url, wait_until="load", timeout=timeout_ms)
        wait_for(page, "window.policykgDrawn === true", timeout_ms)
        page.wait_for_timeout(300)
        report.painted_pixels = page.evaluate(CANVAS_PIXELS)
        report.title = page.title()
        if click_first_node:
            # a real mouse click on the best-connected node, where vis-network drew it
            box = page.locator("#network").bounding_box()
            point = page.evaluate(NODE_ON_SCREEN)
            page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
            wait_for(page, "document.querySelector('#details h3') !== null", 5_000)
            report.clicked = point["label"]
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot))
        report.details = page.inner_text("#details")
    finally:
        context.close()
    return report


@pytest.fixture(scope="session")
def open_in_browser(browser):
    """``open_in_browser(url, screenshot=..., ...) -> PageReport`` on the session's browser."""
    return lambda url, **kwargs: open_page(browser, url, **kwargs)


@pytest.fixture(scope="session")
def gold_store_dir(gold_inputs, tmp_path_factory) -> Path:
    """The gold-passage graph in an embedded Oxigraph store on disk (closed, ready to reopen)."""
    from kg.rdf.build import build_document
    from kg.store import open_store

    documents, records = gold_inputs
    path = tmp_path_factory.mktemp("store") / "oxigraph"
    store = open_store(path)
    for doc in documents:
        graph, _ = build_document(doc, records[doc.doc_id])
        store.replace_graph(str(graph.identifier), graph.serialize(format="nt", encoding="utf-8"))
    store.close()
    return path


@pytest.fixture(scope="session")
def store_from_records():
    """``store_from_records(documents, {doc_id: records})`` -> an in-memory store (kg.rdf.build)."""
    return build_store
