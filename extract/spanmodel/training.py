"""Training data (silver + tuning gold) and the seeded, deterministic trainer.

Silver: the rules-only pipeline over unannotated reports; its names become B/I labels and the
rest O. Names found by the weaker rule sources (head-word guesses, list items) can be masked out
of the loss instead (``mask_weak``): the model then neither copies their mistakes nor learns
that they are not names. Gold: in each passage of the tuning gold the annotation replaces the
silver and counts ``gold_weight`` times. Held out: whole documents (the sealed half, the
precision sample) are never read, and the characters of the dev gold passages get weight 0.

The trainer is multinomial logistic regression fitted by minibatch Adam (lazy: only rows a
batch touches are updated) over a permutation drawn from ``seed``; with the same inputs and
seed it produces the same weights bit for bit.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from extract.errors import LoadError
from extract.registry import entity_types
from extract.spanmodel.features import N_TEMPLATES, Lexicon
from extract.spanmodel.tagger import SpanTagger

WEAK_SOURCES = frozenset({"suffix", "enumeration", "cooperation", "list", "alias"})


@dataclass
class Example:
    """One document body: text, a label per character and a loss weight per character."""

    name: str
    text: str
    labels: np.ndarray
    weights: np.ndarray


@dataclass
class TrainConfig:
    bits: int = 17
    epochs: int = 6
    batch: int = 4096
    lr: float = 0.05
    l2: float = 1e-7
    seed: int = 0
    gold_weight: float = 3.0
    mask_weak: bool = False
    info: dict = field(default_factory=dict)


def mined_lexicon(types: Sequence[str] | None = None) -> Lexicon:
    """Heads (with their type), stop words and generic terms from the mined lexicon files."""
    types = tuple(types or entity_types())  # the ontology's order (extract.registry)
    from extract.pipeline.lexicon_files import read_lexicon

    lex = read_lexicon()
    index = {t: i for i, t in enumerate(types)}
    heads = []
    for name in ("heads.jsonl", "head_kernels.jsonl", "head_rules.jsonl"):
        for row in lex.get(name, []):
            word, t = row.get("head"), row.get("type")
            if isinstance(word, str) and word and t in index:
                heads.append((word, index[t]))
    stop = [r["word"] for r in lex.get("stop_words.jsonl", []) if isinstance(r.get("word"), str)]
    generic = [r["term"] for r in lex.get("generic_terms.jsonl", []) if isinstance(r.get("term"), str)]
    return Lexicon(heads, stop, generic)


def label_spans(n: int, spans: Iterable[tuple[int, int, str]], types: Sequence[str]) -> np.ndarray:
    labels = np.zeros(n, dtype=np.int64)
    index = {t: i for i, t in enumerate(types)}
    for s, e, t in spans:
        if t in index and 0 <= s < e <= n:
            labels[s + 1 : e - 1] = 3 + index[t]
            labels[e - 1] = 2
            labels[s] = 1
    return labels


def read_passages(path: Path) -> list[dict]:
    """Gold passages (JSONL) as dicts; a bad line is an error naming the file and line."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LoadError(path, f"cannot read gold file ({exc})") from exc
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            int(row["start"]), int(row["end"]), str(row["doc"])
        except (ValueError, KeyError, TypeError) as exc:
            raise LoadError(path, f"line {no}: not a gold passage ({exc})") from exc
        rows.append(row)
    return rows


def build_examples(
    docs: Sequence[Path],
    tune_gold: Sequence[Path] = (),
    held_out_gold: Sequence[Path] = (),
    config: TrainConfig | None = None,
    types: Sequence[str] | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> list[Example]:
    """Silver labels from the rules-only pipeline, gold where the tuning gold covers a passage."""
    types = tuple(types or entity_types())
    from extract.document import ingest
    from extract.entities import raw_mentions
    from extract.pipeline import build_pipeline

    config = config or TrainConfig()
    nlp = build_pipeline(spans="rules")
    gold: dict[str, list[dict]] = {}
    for path in tune_gold:
        for row in read_passages(path):
            gold.setdefault(row["doc"], []).append(row)
    held: dict[str, list[tuple[int, int]]] = {}
    for path in held_out_gold:
        for row in read_passages(path):
            held.setdefault(row["doc"], []).append((int(row["start"]), int(row["end"])))
    examples = []
    for path in docs:
        progress(path.name)
        document = ingest(path)
        text = document.text
        raw = raw_mentions(document, nlp)
        labels = label_spans(len(text), ((s, e, t) for s, e, t, _, _ in raw), types)
        weights = np.zeros(len(text), dtype=np.float32)
        weights[document.body_start : document.body_end] = 1.0
        if config.mask_weak:
            for s, e, _, _, src in raw:
                if src in WEAK_SOURCES:
                    weights[s:e] = 0.0
        silver = Example(path.name, text, labels, weights)
        examples.append(with_gold(silver, gold.get(path.name, []), held.get(path.name, []), config, types))
    return examples


def with_gold(
    example: Example,
    gold_rows: Sequence[dict],
    held: Sequence[tuple[int, int]],
    config: TrainConfig,
    types: Sequence[str],
) -> Example:
    """A copy of ``example`` whose gold passages replace the silver (weight ``gold_weight``) and
    whose held-out spans weigh 0 — separate from the silver so that leave-one-province-out runs the
    rules over the reports once and overlays a different gold set per fold."""
    labels, weights = example.labels.copy(), example.weights.copy()
    n = len(example.text)
    for row in gold_rows:
        ps, pe = int(row["start"]), int(row["end"])
        spans = [(ps + int(e["start"]), ps + int(e["end"]), e["type"]) for e in row.get("entities", [])]
        labels[ps:pe] = label_spans(n, spans, types)[ps:pe]
        weights[ps:pe] = config.gold_weight
    for s, e in held:
        weights[s:e] = 0.0
    return Example(example.name, example.text, labels, weights)


def train(
    examples: Sequence[Example],
    config: TrainConfig | None = None,
    types: Sequence[str] | None = None,
    lexicon: Lexicon | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> SpanTagger:
    """Fit the tagger; deterministic for given examples and ``config.seed``."""
    types = tuple(types or entity_types())
    config = config or TrainConfig()
    lexicon = lexicon if lexicon is not None else mined_lexicon(types)
    tagger = SpanTagger(tuple(types), lexicon, config.bits)
    feats, ys, ws = [], [], []
    for ex in examples:
        keep = ex.weights > 0
        if not keep.any():
            continue
        feats.append(tagger.features(ex.text)[keep])
        ys.append(ex.labels[keep])
        ws.append(ex.weights[keep])
    if not feats:
        raise ValueError("no training characters: every example has weight 0")
    F, y, w = np.concatenate(feats), np.concatenate(ys), np.concatenate(ws).astype(np.float32)
    n, n_labels = len(y), tagger.n_labels
    W, b = tagger.weights, tagger.bias
    mW, vW = np.zeros_like(W), np.zeros_like(W)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    rng = np.random.default_rng(config.seed)
    step = 0
    started = time.perf_counter()
    for epoch in range(config.epochs):
        lr = config.lr / (1 + epoch)
        order = rng.permutation(n)
        loss_sum = 0.0
        for lo in range(0, n, config.batch):
            idx = order[lo : lo + config.batch]
            Fb, yb, wb = F[idx], y[idx], w[idx]
            scores = tagger.scores(Fb)
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            rows = np.arange(len(yb))
            loss_sum += float(-(np.log(p[rows, yb] + 1e-12) * wb).sum())
            g = p
            g[rows, yb] -= 1.0
            g *= (wb / wb.sum())[:, None]
            uniq, inv = np.unique(Fb, return_inverse=True)
            X = sp.csr_matrix(
                (np.ones(inv.size, dtype=np.float32), inv.ravel(), np.arange(0, inv.size + 1, N_TEMPLATES)),
                shape=(len(idx), len(uniq)),
            )
            gW = np.asarray(X.T @ g, dtype=np.float32) + config.l2 * W[uniq]
            gb = g.sum(axis=0)
            step += 1
            c1, c2 = 1 - beta1**step, 1 - beta2**step
            mW[uniq] = beta1 * mW[uniq] + (1 - beta1) * gW
            vW[uniq] = beta2 * vW[uniq] + (1 - beta2) * gW * gW
            W[uniq] -= lr * (mW[uniq] / c1) / (np.sqrt(vW[uniq] / c2) + eps)
            mb[:] = beta1 * mb + (1 - beta1) * gb
            vb[:] = beta2 * vb + (1 - beta2) * gb * gb
            b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
        elapsed = time.perf_counter() - started
        progress(f"epoch {epoch + 1}/{config.epochs}: loss {loss_sum / w.sum():.4f} ({elapsed:.0f} s)")
    tagger.info = {
        **config.info,
        "characters": int(n),
        "labels": n_labels,
        "seed": config.seed,
        "epochs": config.epochs,
        "batch": config.batch,
        "lr": config.lr,
        "l2": config.l2,
        "gold_weight": config.gold_weight,
        "mask_weak": config.mask_weak,
    }
    return tagger


def held_out_documents(eval_dir: Path) -> set[str]:
    """Documents never read for training: the sealed half and the precision sample.

    Only *names* are read: the sealed half's annotation sources are named after their
    documents (``sealed/src/<province>.ann``), so listing them names the documents without
    opening anything; the precision samples (``heldout-*.tsv``) name theirs in the ``doc`` column.
    The readable-text audits in the same folder (``readable-*``, ``recall-audit-*``) are not held out.
    """
    names = {p.stem + ".txt" for p in (eval_dir / "provincial-2026" / "sealed" / "src").glob("*.ann")}
    for tsv in sorted((eval_dir / "precision").glob("heldout-*.tsv")):  # not the readable audits
        lines = tsv.read_text(encoding="utf-8").splitlines()
        if not lines:
            continue
        header = lines[0].split("\t")
        if "doc" not in header:
            raise LoadError(tsv, "no doc column in the precision sample")
        col = header.index("doc")
        names.update(row.split("\t")[col] for row in lines[1:] if row.strip())
    return names


def training_documents(corpora: Sequence[Path], excluded: set[str]) -> list[Path]:
    """Every ``.txt`` report in ``corpora`` except the excluded names, in a fixed order."""
    docs: list[Path] = []
    for corpus in corpora:
        if not corpus.is_dir():
            raise LoadError(corpus, "corpus directory not found")
        docs.extend(p for p in sorted(corpus.glob("*.txt")) if p.name not in excluded)
    return docs
