"""The finer causes of relation errors (``relation_classes.causes``) on the real readable gold.

Each test perturbs the perfect prediction (the gold written back as records) in one way an
extractor goes wrong and checks that the error is put down to that cause and to no other.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extract.evaluation.gold import GoldPassage, load_gold
from extract.evaluation.predictions import Predictions
from extract.evaluation.relation_classes import CAUSES, classify
from tests.extract.evaluation.gold_lines import mention_lines, relation_lines

REPO = Path(__file__).resolve().parents[3]
# author of each report of the tuning half: the province its file is named for
TUNE = REPO / "eval" / "provincial-2026" / "tune.jsonl"


@pytest.fixture(scope="module")
def tune() -> tuple[list[GoldPassage], dict[str, str]]:
    passages = load_gold(TUNE)
    return passages, {p.doc: p.doc.removesuffix(".txt") for p in passages}


def _causes(passages, authors, records) -> Counter[tuple[str, str]]:
    res = classify(passages, Predictions.from_records(records), authors)
    assert len(res.cause_of) == len(res.examples)
    assert set(c for _, c in res.causes) <= set(CAUSES)
    return res.causes


def test_the_perfect_prediction_has_no_cause(tune):
    passages, authors = tune
    assert _causes(passages, authors, [*mention_lines(passages), *relation_lines(passages)]) == Counter()


def _one(passages: list[GoldPassage], relation: str) -> tuple[GoldPassage, int]:
    for p in passages:
        for i, r in enumerate(p.relations):
            if r.relation == relation and r.head != p.doc.removesuffix(".txt"):
                return p, i
    raise AssertionError(relation)


def test_a_relation_read_the_wrong_way_round(tune):
    passages, authors = tune
    p, i = _one(passages, "locatedIn")
    rels = relation_lines([p])
    rels[i]["head"], rels[i]["tail"] = rels[i]["tail"], rels[i]["head"]
    causes = _causes([p], authors, [*mention_lines([p]), *rels])
    assert causes == Counter({("miss", "wrong direction"): 1, ("false", "wrong direction"): 1})


def test_a_relation_given_another_predicate(tune):
    passages, authors = tune
    p, i = _one(passages, "contributesTo")
    rels = relation_lines([p])
    rels[i]["relation"] = "locatedIn"
    causes = _causes([p], authors, [*mention_lines([p]), *rels])
    assert causes == Counter({("miss", "wrong predicate"): 1, ("false", "wrong predicate"): 1})


def test_a_name_linked_to_another_canonical_is_canonical_only(tune):
    """The mention has the gold span; only its canonical (and so the relation's argument) differs."""
    passages, authors = tune
    p, i = _one(passages, "hasStatus")
    head = p.relations[i].head
    mentions = mention_lines([p])
    for m in mentions:
        if m["canonical"] == head:
            m["canonical"] = head + "一期"
    rels = relation_lines([p])
    for r in rels:
        if r["head"] == head:
            r["head"] = head + "一期"
    causes = _causes([p], authors, [*mentions, *rels])
    assert causes[("miss", "canonical only")] >= 1 and causes[("false", "canonical only")] >= 1
    assert {c for _, c in causes} == {"canonical only"}


def test_a_status_kept_as_a_plan_is_the_phase(tune):
    passages, authors = tune
    p, i = _one(passages, "hasStatus")
    rels = relation_lines([p])
    rels[i]["phase"] = "planned"
    assert _causes([p], authors, [*mention_lines([p]), *rels]) == Counter({("miss", "status phase"): 1})


def test_a_status_the_gold_does_not_give_is_the_phase(tune):
    """A hasStatus for a project the gold gives no status (a plan's, the five-year review's)."""
    passages, authors = tune
    p = next(
        p
        for p in passages
        if any(e.type == "Project" for e in p.entities)
        and not any(r.relation == "hasStatus" for r in p.relations)
    )
    project = next(e for e in p.entities if e.type == "Project")
    extra = {**relation_lines([p])[0], "relation": "hasStatus", "head": project.canonical, "tail": "开工建设"}
    extra["phase"] = "actual"
    causes = _causes([p], authors, [*mention_lines([p]), *relation_lines([p]), extra])
    assert causes == Counter({("false", "status phase"): 1})


def test_a_miss_whose_arguments_share_no_sentence_and_one_that_shares_one(tune):
    """河北省-p04 files its programmes under the strategy of the heading line above them (no
    sentence names both); a status dropped from a project list sentence is the rule's miss."""
    passages, authors = tune
    causes: Counter[tuple[str, str]] = Counter()
    for p in passages:
        for i, r in enumerate(p.relations):
            if r.relation not in ("contributesTo", "hasStatus"):
                continue
            rels = relation_lines([p])
            del rels[i]
            causes += _causes([p], authors, [*mention_lines([p]), *rels])
    assert causes[("miss", "across sentences")] >= 3  # the three 河北省-p04 programmes
    assert causes[("miss", "rule")] >= 10  # the statuses of the project lists
    assert not any(kind == "false" for kind, _ in causes)


def test_a_name_missing_where_the_other_is_named_is_argument_elsewhere(tune):
    """The system names the project in the passage, but not in the sentence that gives its status."""
    passages, authors = tune
    p, i = _one(passages, "hasStatus")
    head = p.relations[i].head
    mentions = [m for m in mention_lines([p]) if m["canonical"] != head]
    mentions.append(
        {**mention_lines([p])[0], "start": p.end - 1, "end": p.end, "canonical": head, "type": "Project"}
    )
    rels = [r for r in relation_lines([p]) if r["head"] != head]
    causes = _causes([p], authors, [*mentions, *rels])
    assert causes[("miss", "argument elsewhere")] >= 1
    assert {c for _, c in causes} == {"argument elsewhere"}


def test_the_rules_on_the_gold_mentions_leave_no_cascade_and_file_the_closing_strategy(tune, eval_dir):
    """``--oracle``: with the gold's own mentions every argument is found, so no error is an entity
    cascade; 天津市-p04's 鲁班工坊, whose sentence closes on 融入高质量共建“一带一路”, is filed
    (``contributes._closing_object``), and so are 河北省-p04's programmes, which the gold files
    under the heading line right above them (``StrategyIndex.own_heading``)."""
    from extract.evaluation.oracle import run_rules_on_gold

    passages, _ = tune
    preds, documents = run_rules_on_gold(passages, TUNE, eval_dir.parent / "corpus-extra")
    authors = {doc_id: d.meta.region for doc_id, d in documents.items()}
    res = classify(passages, preds, authors)
    assert not {c for _, c in res.causes} & {"entity missing", "boundary", "canonical only"}
    missed = {(pid, h, r, t) for pid, kind, _, h, r, t in res.examples if kind == "miss"}
    assert ("天津市-p04", "鲁班工坊", "contributesTo", "一带一路") not in missed
    assert ("河北省-p04", "粮油作物大面积单产提升行动", "contributesTo", "乡村振兴") not in missed
    assert res.causes[("miss", "across sentences")] == 0


def test_the_oracle_run_refuses_a_missing_corpus_and_the_sealed_half(tmp_path, capsys):
    """``--oracle`` reads gold spans, so the sealed half is refused before anything is read; a
    corpus directory that does not exist is one line naming it, not a traceback."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "relation_error_classes", REPO / "scripts" / "relation_error_classes.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sealed = REPO / "eval" / "provincial-2026" / "sealed" / "gold.jsonl"
    assert module.main([str(sealed), "--oracle"]) == 2
    assert module.main([str(TUNE), str(tmp_path / "nowhere"), "--oracle"]) == 1
    err = capsys.readouterr().err
    assert "nowhere" in err and "corpus directory not found" in err and "Traceback" not in err
