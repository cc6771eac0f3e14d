"""Mine the category phrases of ``extract/data/category_phrases.jsonl``, the widespread terms of
``extract/data/widespread_terms.jsonl``, the slogan modifiers of
``extract/data/slogan_modifiers.jsonl``, the units of ``extract/data/bound_openings.jsonl`` and
the place compounds of ``extract/data/place_compounds.jsonl``, the crossing phrases of
``extract/data/place_crossings.jsonl``, the trade words that label lists of
sectors of ``extract/data/trade_labels.jsonl``, the widespread phrases of
``extract/data/widespread_phrases.jsonl`` and the everyday words the dictionary tags as names of
``extract/data/mistagged_terms.jsonl`` and the verbs that govern a list of works of
``extract/data/object_verbs.jsonl`` and the field words of project-list labels of
``extract/data/field_labels.jsonl`` and the counted kinds of works of
``extract/data/counted_works.jsonl`` (issue 12, precision) and the carried programme names of
``extract/data/carried_names.jsonl`` (``extract.joined_programmes``) and the clause openers of
``extract/data/clause_openers.jsonl`` (``extract.pipeline.clause_openers``) and the words three
or more authors write of ``extract/data/shared_terms.jsonl`` (``extract.pipeline.shared_terms``).

    python scripts/mine_categories.py             # write the file
    python scripts/mine_categories.py --check     # exit 1 when the shipped file differs from a fresh run

Inputs: the reports in ``../shared/corpus-extra`` except the five kept for the precision check
on unannotated text (``eval/precision/README.md``: they must not shape the extractor) and the
bundled ``data/corpus`` (all Chongqing: one author), with the passages of every gold file
blanked as in ``scripts/mine_lexicon.py`` (``extract.pipeline.gold_mask``). The heads are the
lexicon's (kernels and mined heads). The logic and the thresholds are
``extract.pipeline.genericity``; the run is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.joined_programmes import mine_carried_names
from extract.pipeline.bound_openings import mine_bound_openings
from extract.pipeline.clause_leads import mine_clause_leads
from extract.pipeline.clause_openers import mine_clause_openers
from extract.pipeline.counted_works import mine_counted_works, project_kernels
from extract.pipeline.entity_led_names import strategy_names
from extract.pipeline.field_labels import mine_field_labels
from extract.pipeline.genericity import mine_categories, mine_widespread_terms
from extract.pipeline.gold_mask import blanked_text, default_gold_files, passage_spans
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import place_names, write_jsonl
from extract.pipeline.mistagged_terms import mine_mistagged_terms
from extract.pipeline.object_verbs import mine_object_verbs
from extract.pipeline.place_compounds import division_names, mine_place_compounds
from extract.pipeline.place_crossings import mine_place_crossings
from extract.pipeline.place_slogans import mine_slogan_modifiers
from extract.pipeline.shared_terms import mine_shared_terms
from extract.pipeline.trade_labels import mine_trade_labels
from extract.pipeline.widespread_phrases import mine_widespread_phrases

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TARGET = ROOT / "extract" / "data" / "category_phrases.jsonl"
TERMS = ROOT / "extract" / "data" / "widespread_terms.jsonl"
SLOGANS = ROOT / "extract" / "data" / "slogan_modifiers.jsonl"
UNITS = ROOT / "extract" / "data" / "bound_openings.jsonl"
LEADS = ROOT / "extract" / "data" / "clause_leads.jsonl"
OPENERS = ROOT / "extract" / "data" / "clause_openers.jsonl"
COMPOUNDS = ROOT / "extract" / "data" / "place_compounds.jsonl"
CROSSINGS = ROOT / "extract" / "data" / "place_crossings.jsonl"
PHRASES = ROOT / "extract" / "data" / "widespread_phrases.jsonl"
MISTAGGED = ROOT / "extract" / "data" / "mistagged_terms.jsonl"
SHARED_TERMS = ROOT / "extract" / "data" / "shared_terms.jsonl"
TRADES = ROOT / "extract" / "data" / "trade_labels.jsonl"
OBJECT_VERBS = ROOT / "extract" / "data" / "object_verbs.jsonl"
FIELDS = ROOT / "extract" / "data" / "field_labels.jsonl"
COUNTED = ROOT / "extract" / "data" / "counted_works.jsonl"
CARRIED = ROOT / "extract" / "data" / "carried_names.jsonl"
HELD_OUT = ("吉林省", "江苏省", "西藏自治区", "辽宁省", "黑龙江省")  # eval/precision/README.md
MASK = default_gold_files()  # every gold file: dev, dev provincial, provincial-2026 tune and sealed


def documents() -> list[tuple[str, str]]:
    """(author, text): a province's report is its own author, the bundled corpus one author."""
    masked = passage_spans(MASK)
    docs = []
    for p in sorted((SHARED / "corpus-extra").glob("*.txt")):
        if p.stem not in HELD_OUT:
            docs.append((p.stem, blanked_text(p, masked)))
    for p in sorted((ROOT / "data" / "corpus").glob("*.txt")):
        docs.append(("data/corpus", blanked_text(p, masked)))
    return docs


def mine_all(docs: list[tuple[str, str]]) -> list[tuple[Path, list[dict]]]:
    """(target file, rows) of every file this script writes, mined from ``docs`` (also run by
    ``scripts/mining_stability.py`` with extra masks)."""
    return [
        (TARGET, mine_categories(docs, default_grammar().heads, place_names(), strategy_names())),
        (TERMS, mine_widespread_terms(docs)),
        (SLOGANS, mine_slogan_modifiers(docs)),
        (UNITS, mine_bound_openings(docs)),
        (LEADS, mine_clause_leads(docs, default_grammar().soft_stops)),
        (OPENERS, mine_clause_openers(docs)),
        (COMPOUNDS, mine_place_compounds(docs, division_names())),
        (CROSSINGS, mine_place_crossings(docs, division_names())),
        (PHRASES, mine_widespread_phrases(docs, place_names())),
        (MISTAGGED, mine_mistagged_terms(docs)),
        (SHARED_TERMS, mine_shared_terms(docs)),
        (TRADES, mine_trade_labels(docs, _firm_kernel())),
        (OBJECT_VERBS, mine_object_verbs(docs, default_grammar().hard_stops)),
        (FIELDS, mine_field_labels(docs, default_grammar().heads, _is_sector)),
        (
            COUNTED,
            mine_counted_works(
                docs, project_kernels(default_grammar().lexicon.get("head_kernels.jsonl", ()))
            ),
        ),
        (CARRIED, mine_carried_names(docs, default_grammar().carrying_verbs, default_grammar().heads)),
    ]


def _is_sector(item: str) -> bool:
    """The enumeration reader's sector test with the shipped grammar (imported late: the
    enumeration component imports the field words this script writes)."""
    from extract.pipeline.enumerations import _sector

    return _sector(item, default_grammar())


def _firm_kernel() -> str | None:
    """The GUIDE §3 firm kernel (企业) of ``head_rules.jsonl`` (rule kind ``firm_title``)."""
    rules = default_grammar().lexicon.get("head_rules.jsonl", ())
    return next((r["head"] for r in rules if r.get("rule_kind") == "firm_title"), None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing")
    args = ap.parse_args(argv)
    for path in [SHARED / "corpus-extra", *MASK]:
        if not path.exists():
            print(f"mine_categories: {path} does not exist", file=sys.stderr)
            return 2
    outputs = mine_all(documents())
    if args.check:
        stale = False
        for target, rows in outputs:
            tmp = target.with_suffix(".check")
            write_jsonl(tmp, rows)
            same = target.exists() and target.read_bytes() == tmp.read_bytes()
            tmp.unlink()
            if not same:
                print(f"mine_categories: {target} is out of date, rerun the script", file=sys.stderr)
                stale = True
        return 1 if stale else 0
    for target, rows in outputs:
        write_jsonl(target, rows)
        print(f"{target}: {len(rows)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
