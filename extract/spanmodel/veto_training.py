"""Training data for the span veto, its trainer, and its leave-one-province-out evaluation.

Examples come from gold files the caller names (the dev gold, ``gold-provincial.jsonl``, the
tuning half): the rules-only pipeline runs over each gold document once, and every name of its
output inside a gold passage becomes an example (``extract.spanmodel.veto.label_mentions``).
The sealed half is never among them: ``collect`` refuses a gold path with a ``sealed`` folder.

Leave-one-province-out (issue 12, item 1): for every gold document (one province each in the
provincial files; one report each in the dev gold), a veto is fitted on the examples of every
*other* document, applied to that document's names, and the document's passages are scored with
the same scorers as ``policykg evaluate`` (entities exact, relations, indicators lenient) — rules
alone and rules + veto, from the same rule output. So a number here never comes from a model
that saw the province it scores.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from extract.errors import LoadError
from extract.evaluation.matching import Counts
from extract.spanmodel.veto import RawMention, SpanVeto, VetoExample, feature_rows, fit, label_mentions

# Chosen by leave-one-province-out on the tuning half and gold-provincial (BENCHMARKS.md, "Span
# veto"): the dev gold (city reports, another genre) counts 0.3 of a provincial example.
DEFAULT_L2 = 1.0
DEFAULT_THRESHOLD = 0.5
DEFAULT_WEIGHTS = {"dev/gold.jsonl": 0.3}


def gold_weight(gold: str, weights: dict[str, float]) -> float:
    """The loss weight of a gold file: the first ``weights`` key its path ends with, else 1."""
    path = Path(gold).as_posix()
    return next((w for k, w in weights.items() if path.endswith(k)), 1.0)


@dataclass
class GoldDoc:
    """One gold document: its text, the rules' names, and its passages (scored as a unit)."""

    gold: str
    doc: str
    document: Any  # extract.model.Document
    raw: list[RawMention]
    passages: list[Any]  # extract.evaluation.gold.GoldPassage


def collect(
    golds: Sequence[tuple[Path, Path | None]],
    bundled: Sequence[Path] = (),
    progress: Callable[[str], None] = lambda _: None,
    spans: str = "rules",
    tagger: Path | None = None,
) -> list[GoldDoc]:
    """Every document of the gold files, run through the pipeline once (rules only, or with the
    span tagger read from ``tagger`` in mode ``spans``), without the veto."""
    from extract.document import ingest
    from extract.entities import raw_mentions
    from extract.evaluation.corpus import locate_documents
    from extract.evaluation.gold import check_passage_text, load_gold
    from extract.pipeline import build_pipeline
    from extract.spanmodel.component import SpanModel

    nlp = build_pipeline(spans=spans, veto=False)
    if tagger is not None and spans != "rules":
        model = nlp.get_pipe("policykg_span_model")
        assert isinstance(model, SpanModel)
        model.from_disk(tagger)
    out = []
    for gold, corpus in golds:
        if "sealed" in Path(gold).parts:
            raise LoadError(gold, "the sealed half is scored only: never a source of training examples")
        passages = load_gold(gold)
        for doc_id, path in locate_documents(passages, gold, corpus, bundled).items():
            progress(doc_id)
            document = ingest(path)
            mine = [p for p in passages if p.doc == doc_id]
            for p in mine:
                check_passage_text(p, document.text, gold)
            out.append(GoldDoc(str(gold), doc_id, document, raw_mentions(document, nlp), mine))
    return out


def examples_of(doc: GoldDoc, bits: int) -> VetoExample:
    spans = [(p.start, p.end, {(e.doc_start, e.doc_end, e.type) for e in p.entities}) for p in doc.passages]
    labelled = label_mentions(doc.raw, spans)
    inside = [doc.raw[i] for i, _ in labelled]
    rows = feature_rows(doc.document.text, doc.raw, bits)
    return (
        VetoExample(
            doc.doc,
            doc.gold,
            [rows[i] for i, _ in labelled],
            np.array([y for _, y in labelled], dtype=np.int8),
        )
        if inside
        else VetoExample(doc.doc, doc.gold, [], np.zeros(0, dtype=np.int8))
    )


def train_veto(
    docs: Sequence[GoldDoc],
    bits: int = 16,
    l2: float = DEFAULT_L2,
    threshold: float = DEFAULT_THRESHOLD,
    types: Sequence[str] = (),
    weight: dict[str, float] | None = None,
) -> SpanVeto:
    """A veto fitted on the names inside every passage of ``docs`` (weights rounded to float32,
    as they are saved, so an in-memory veto decides exactly like the shipped one)."""
    exs = [examples_of(d, bits) for d in docs]
    weights, bias = fit(exs, bits, l2, weight={d.gold: gold_weight(d.gold, weight or {}) for d in docs})
    weights = weights.astype(np.float32).astype(np.float64)
    bias = round(bias, 6)
    n = sum(len(e.labels) for e in exs)
    positives = int(sum(int(e.labels.sum()) for e in exs))
    info = {
        "documents": [d.doc for d in docs],
        "golds": sorted({d.gold for d in docs}),
        "names": n,
        "right_names": positives,
        "l2": l2,
        "gold_weights": {g: gold_weight(g, weight or {}) for g in sorted({d.gold for d in docs})},
    }
    return SpanVeto(bits, threshold, weights, bias, tuple(types), info)


def score_doc(doc: GoldDoc, raw: Sequence[RawMention]) -> dict[str, Counts]:
    """Entities (exact), relations and indicators (lenient) of one document's passages, from
    these names (linked and read for relations exactly as ``extract_document`` does)."""
    from extract.entities import link_mentions
    from extract.evaluation.predictions import Predictions
    from extract.evaluation.run import evaluate
    from extract.extractor import _after_mentions

    preds = Predictions()
    for record in _after_mentions(doc.document, link_mentions(doc.document, raw)):
        preds.add(record)
    result = evaluate(doc.passages, preds)
    pick = {
        "entities": result["entities"]["exact"]["micro"],
        "relations": result["relations"]["micro"],
        "indicators": result["indicators"]["lenient"]["micro"],
    }
    return {k: Counts(v["tp"], v["fp"], v["fn"]) for k, v in pick.items()}


def leave_one_out(
    docs: Sequence[GoldDoc],
    bits: int = 16,
    l2: float = DEFAULT_L2,
    threshold: float = DEFAULT_THRESHOLD,
    types: Sequence[str] = (),
    weight: dict[str, float] | None = None,
    train_golds: Collection[str] | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> list[dict[str, Any]]:
    """One row per document: rules alone and rules + a veto trained without that document (and
    only on documents of ``train_golds`` when given: the others are scored, never learnt from)."""
    rows = []
    pool = [d for d in docs if train_golds is None or d.gold in train_golds]
    for doc in docs:
        progress(doc.doc)
        veto = train_veto([d for d in pool if d is not doc], bits, l2, threshold, types, weight)
        kept = veto.keep(doc.document.text, doc.raw)
        rows.append(
            {
                "gold": doc.gold,
                "doc": doc.doc,
                "passages": len(doc.passages),
                "rules": score_doc(doc, doc.raw),
                "veto": score_doc(doc, kept),
                "dropped": len(doc.raw) - len(kept),
            }
        )
    return rows


def summarise(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Per gold file and pooled: summed counts of rules and rules + veto, as dicts."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r["gold"], []).append(r)
    groups["all"] = list(rows)
    out: dict[str, Any] = {}
    for name, group in groups.items():
        block: dict[str, Any] = {"documents": len(group)}
        for system in ("rules", "veto"):
            block[system] = {}
            for kind in ("entities", "relations", "indicators"):
                c = Counts()
                for r in group:
                    c.add(r[system][kind])
                block[system][kind] = c.as_dict()
        out[name] = block
    return out
