"""List the knife-edge entries of the mined files: those that flip when a little more text is masked.

    python scripts/mining_stability.py                       # K=3 runs, 3 % extra mask, seed 13
    python scripts/mining_stability.py -k 5 --share 0.03 --seed 7 --miners lexicon others
    python scripts/mining_stability.py --json OUT.json       # the flips as JSON too

Every round of blind gold masks a few percent of the reports from the miners (round 3: 36
passages, about 3 %), and each time borderline entries left the mined files (深化 left
``programme_verbs.jsonl`` at share 0.338 against 0.35, 覆盖 left ``result_predicates.jsonl``):
the extractor's behaviour, and any test hanging on such an entry, flipped with them. This script
makes the next mask before anyone annotates it: it mines the reports as the miners do (every gold
passage blanked, ``extract.pipeline.gold_mask``), then ``K`` more times with an extra random mask
of ``share`` of the text in windows the size of a gold passage (the median length of the gold
passages' offsets; no gold text is read), seeded, and prints for each mined file the entries
that appear or disappear in any run, with how many runs flipped them and their provenance
(counts, docs, share) and, for the files whose thresholds live in one place, their margin: the
smallest ratio of an entry's value to its threshold, minus one (0.03: three percent above the
threshold; negative: below it, an entry the extra masks add). A test or a mechanism should not
hang on an entry listed here.

The miners run are those of ``scripts/mine_lexicon.py`` (``lexicon``: stop words, heads,
programme, governing and frame verbs …), ``scripts/mine_categories.py`` (``categories``:
widespread phrases and terms, category phrases … over its own documents, one author per
province) and the one-file miners of ``miner_cli`` (``others``: result predicates, known titles,
area kinds, institution forms, policy frames, sub-region kinds, standard names). The section and
clause cue miners read headings, not blanked text, and are left out. The base run is compared
with the shipped files' entry counts only through what it mines itself, so a stale shipped file
does not show as flips. Nothing is written but the optional ``--json`` report.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.errors import LoadError  # noqa: E402
from extract.pipeline.gold_mask import blank, blanked_documents, default_gold_files, passage_spans  # noqa: E402
from extract.pipeline.lexicon_files import FILES as KEYS  # noqa: E402
from extract.pipeline.miner_cli import DATA, DEFAULT_INPUTS  # noqa: E402

KERNELS = DATA / "head_kernels.jsonl"

Docs = list[tuple[str, str]]
Mined = dict[str, list[dict]]  # file name -> rows
Entries = dict[str, dict[str, dict]]  # file name -> entry name -> row


def _load_script(name: str):
    """``scripts/<name>.py`` as a module (the scripts are no package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reports() -> Docs:
    """The reports as ``miner_cli.run_miner`` hands them to the one-file miners."""
    return blanked_documents(DEFAULT_INPUTS, default_gold_files())


def _authors() -> Docs:
    """The reports as ``scripts/mine_categories.py`` reads them (one author per province)."""
    return _load_script("mine_categories").documents()


def _mine_lexicon(docs: Docs) -> Mined:
    from extract.pipeline.mining import load_kernels, mine

    mined = mine(docs, load_kernels(KERNELS))
    return {f"{key}.jsonl": rows for key, rows in mined.items()}


def _mine_categories(docs: Docs) -> Mined:
    return {target.name: rows for target, rows in _load_script("mine_categories").mine_all(docs)}


def _one_file_miners(docs: Docs) -> Mined:
    """The miners ``scripts/`` runs through ``miner_cli.run_miner`` (one file each)."""
    from extract.indicators.count_verbs import mine_count_verbs
    from extract.pipeline.area_kind_mining import mine_area_kinds
    from extract.pipeline.descriptor_mining import mine_descriptor_heads
    from extract.pipeline.grammar import default_grammar
    from extract.pipeline.institution_forms import mine_institution_forms
    from extract.pipeline.known_titles import mine_known_titles
    from extract.pipeline.mining import load_kernels
    from extract.pipeline.policy_mining import mine_policy_frames
    from extract.pipeline.result_mining import mine_result_predicates
    from extract.pipeline.sub_region_mining import mine_sub_regions
    from extract.standard_names import mine_standard_names

    kernels = load_kernels(KERNELS)
    return {
        "result_predicates.jsonl": mine_result_predicates(docs),
        "known_titles.jsonl": mine_known_titles(docs),
        "area_kinds.jsonl": mine_area_kinds(docs, kernels),
        "institution_forms.jsonl": mine_institution_forms(docs, kernels),
        "policy_frames.jsonl": mine_policy_frames(docs),
        "sub_region_kinds.jsonl": mine_sub_regions(docs, default_grammar()),
        "standard_names.jsonl": mine_standard_names(docs),
        "descriptor_heads.jsonl": mine_descriptor_heads(docs),
        "count_verbs.jsonl": mine_count_verbs(docs),
    }


# name -> (the documents it reads, the miner): each family is masked and mined on its own
MINERS: dict[str, tuple[Callable[[], Docs], Callable[[Docs], Mined]]] = {
    "lexicon": (_reports, _mine_lexicon),
    "categories": (_authors, _mine_categories),
    "others": (_reports, _one_file_miners),
}


def _ratios(row: dict, floors: dict[str, float]) -> float:
    """The smallest value/threshold - 1 over the criteria (``floors``: field -> threshold)."""
    values = {k: v for k, v in row.items() if isinstance(v, (int, float))} | row.get("counts", {})
    return min(values.get(k, 0) / t - 1 for k, t in floors.items())


def _floors() -> dict[str, dict[str, float]]:
    """The thresholds of the files whose criteria are set in one place (field -> minimum)."""
    from extract.indicators import count_verbs
    from extract.pipeline import descriptor_mining, governing_verbs, programme_frames, result_mining
    from extract.pipeline.quoted_frames import FrameSettings

    fs = FrameSettings()
    return {
        "programme_verbs.jsonl": {
            "headed_programmes": fs.min_headed,
            "docs": fs.min_docs,
            "share": fs.min_share,
        },
        "governing_verbs.jsonl": {
            "headed_programmes": governing_verbs.MIN_HEADED,
            "docs": governing_verbs.MIN_DOCS,
            "programme_object_share": governing_verbs.MIN_PROGRAMME_OBJECTS,
        },
        "frame_verbs.jsonl": {
            "frames": programme_frames.MIN_FRAMES,
            "docs": programme_frames.MIN_DOCS,
            "share": programme_frames.MIN_SHARE,
        },
        "result_predicates.jsonl": {
            "subjects": result_mining.MIN_SUBJECTS,
            "docs": result_mining.MIN_DOCS,
            "share": result_mining.MIN_SHARE,
        },
        "descriptor_heads.jsonl": {
            "docs": descriptor_mining.MIN_DOCS,
            "modifiers": descriptor_mining.MIN_MODIFIERS,
            "share": descriptor_mining.MIN_SHARE,
        },
        "count_verbs.jsonl": {"docs": count_verbs.MIN_DOCS},
    }


def extra_mask(docs: Docs, share: float, window: int, rng: random.Random) -> Docs:
    """``docs`` with about ``share`` of their characters blanked in windows of ``window``
    characters, placed at random (a document drawn by its length, then an offset)."""
    sizes = [len(text) for _, text in docs]
    n = max(1, round(share * sum(sizes) / window))
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i in rng.choices(range(len(docs)), weights=sizes, k=n):
        start = rng.randrange(max(1, sizes[i] - window))
        spans[i].append((start, start + window))
    return [(name, blank(text, spans[i]) if i in spans else text) for i, (name, text) in enumerate(docs)]


def passage_window() -> int:
    """The median length of the gold passages (offsets only: no gold text is read)."""
    lengths = [b - a for spans in passage_spans(default_gold_files()).values() for a, b in spans]
    return int(statistics.median(lengths))


def entries(mined: Mined) -> Entries:
    """file -> entry name -> row (the name is the file's key field, as ``lexicon_files``)."""
    out: dict[str, dict[str, dict]] = {}
    for name, rows in mined.items():
        key = KEYS.get(name)
        out[name] = {str(r[key]) if key and key in r else json.dumps(r, sort_keys=True): r for r in rows}
    return out


def flips(base: Entries, runs: Sequence[Entries]) -> dict[str, list[dict]]:
    """For each file: the entries present in the base but missing in a run, or the reverse."""
    floors = _floors()
    out: dict[str, list[dict]] = {}
    for name, rows in base.items():
        changed: Counter[str] = Counter()
        seen: dict[str, dict] = dict(rows)
        for run in runs:
            other = run.get(name, {})
            for entry in rows.keys() ^ other.keys():
                changed[entry] += 1
                seen.setdefault(entry, other.get(entry, {}))
        listed = []
        for entry, n in sorted(changed.items(), key=lambda kv: (-kv[1], kv[0])):
            row = seen[entry]
            item = {"entry": entry, "runs": n, "in_base": entry in rows}
            item["provenance"] = {k: v for k, v in row.items() if k in ("counts", "docs") or "share" in k}
            if name in floors and item["provenance"]:
                item["margin"] = round(_ratios(row, floors[name]), 3)
            listed.append(item)
        out[name] = listed
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("-k", type=int, default=3, help="runs with an extra random mask")
    ap.add_argument("--share", type=float, default=0.03, help="share of the text each extra mask blanks")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--miners", nargs="+", choices=sorted(MINERS), default=sorted(MINERS))
    ap.add_argument("--json", type=Path, help="also write the flips here")
    args = ap.parse_args(argv)
    if args.k < 1 or not 0 < args.share < 0.5:
        ap.error("-k must be at least 1 and --share between 0 and 0.5")
    try:
        window = passage_window()
        inputs = {m: MINERS[m][0]() for m in args.miners}
    except LoadError as exc:
        print(f"mining_stability: {exc}", file=sys.stderr)
        return 2

    def mine_all(run: int | None) -> Entries:
        """Every chosen miner over its documents, with the extra mask of ``run`` (None: none);
        the mask of a run is drawn from the seed and the run's number, per family."""
        mined: Mined = {}
        for m in args.miners:
            docs = inputs[m]
            if run is not None:
                docs = extra_mask(docs, args.share, window, random.Random(f"{args.seed}/{run}"))
            mined.update(MINERS[m][1](docs))
        return entries(mined)

    base = mine_all(None)
    runs = []
    for i in range(args.k):
        runs.append(mine_all(i))
        print(f"run {i + 1}/{args.k} done", file=sys.stderr)
    result = flips(base, runs)
    print(f"# {args.k} runs, extra mask {args.share:.0%} in {window}-character windows, seed {args.seed}")
    print(f"{'file':32} {'entries':>7} {'knife-edge':>10}")
    for name in sorted(result):
        print(f"{name:32} {len(base[name]):7d} {len(result[name]):10d}")
    for name in sorted(result):
        for item in result[name]:
            sign = "-" if item["in_base"] else "+"
            margin = f" margin {item['margin']:+.3f}" if "margin" in item else ""
            prov = json.dumps(item["provenance"], ensure_ascii=False, sort_keys=True)
            print(f"{name}\t{sign}{item['entry']}\t{item['runs']}/{args.k} runs{margin}\t{prov}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
