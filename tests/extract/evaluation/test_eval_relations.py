"""Relation scorer on the real gold: triples per passage, symmetry, planned statuses, miss classes."""

from __future__ import annotations

import pytest

from extract.evaluation.gold import GoldPassage, load_gold
from extract.evaluation.predictions import Predictions
from extract.evaluation.relations import score_relations
from tests.extract.evaluation.gold_lines import mention_lines, relation_lines


@pytest.fixture(scope="module")
def passages(eval_dir) -> list[GoldPassage]:
    return load_gold(eval_dir / "dev" / "gold.jsonl")


def scored(passages, records):
    return score_relations(passages, Predictions.from_records(records)).as_dict()


def distinct_gold(passages, relation=None):
    return sum(
        len({(r.relation, r.head, r.tail) for r in p.relations if relation in (None, r.relation)})
        for p in passages
    )


def test_gold_scores_perfectly_against_itself(passages):
    result = scored(passages, relation_lines(passages))
    assert result["micro"]["f1"] == 1.0
    assert result["micro"]["gold"] == distinct_gold(passages)
    assert all(c["f1"] == 1.0 for c in result["per_type"].values() if c["gold"])


def test_cooperates_with_is_symmetric_located_in_is_not(passages):
    records = relation_lines(passages)
    coop = next(i for i, r in enumerate(records) if r["relation"] == "cooperatesWith")
    loc = next(i for i, r in enumerate(records) if r["relation"] == "locatedIn")
    records[coop] = {**records[coop], "head": records[coop]["tail"], "tail": records[coop]["head"]}
    result = scored(passages, records)
    assert result["per_type"]["cooperatesWith"]["f1"] == 1.0
    records[loc] = {**records[loc], "head": records[loc]["tail"], "tail": records[loc]["head"]}
    located = scored(passages, records)["per_type"]["locatedIn"]
    assert (located["fp"], located["fn"]) == (1, 1)


def test_status_text_compared_after_normalisation(passages):
    records = relation_lines(passages)
    i = next(i for i, r in enumerate(records) if r["relation"] == "hasStatus" and "%" in r["tail"])
    records[i] = {**records[i], "tail": records[i]["tail"].replace("%", "％") + " "}
    assert scored(passages, records)["per_type"]["hasStatus"]["f1"] == 1.0


def test_planned_status_is_ignored_actual_extra_counts(passages):
    records = relation_lines(passages)
    status = next(r for r in records if r["relation"] == "hasStatus")
    planned = {**status, "tail": "计划开工", "phase": "planned"}
    assert scored(passages, [*records, planned])["per_type"]["hasStatus"]["fp"] == 0
    actual = {**planned, "phase": "actual"}
    assert scored(passages, [*records, actual])["per_type"]["hasStatus"]["fp"] == 1
    # GUIDE §5, §9: a plan's status (plannedStatus) is neither annotated nor scored
    plan = {**planned, "relation": "plannedStatus"}
    result = scored(passages, [*records, plan])
    assert "plannedStatus" not in result["per_type"]
    assert result["micro"] == scored(passages, records)["micro"]


def test_evidence_decides_the_passage(passages):
    records = relation_lines(passages)
    p = passages[0]
    extra = {
        "record": "relation",
        "doc": p.doc,
        "relation": "engagesIn",
        "head": "南岸区",
        "tail": "乡村振兴",
        "start": p.end + 10,
        "end": p.end + 40,
    }
    assert scored(passages, [*records, extra])["micro"]["fp"] == 0
    straddling = {**extra, "start": p.end - 5, "end": p.end + 40}
    assert scored(passages, [*records, straddling])["per_type"]["engagesIn"]["fp"] == 1


def test_duplicate_triples_count_once(passages):
    records = relation_lines(passages)
    result = scored(passages, [*records, records[0], records[1]])
    assert result["micro"]["fp"] == 0


def test_misses_are_split_into_name_absent_and_link_only(passages):
    records = relation_lines(passages)
    mentions = mention_lines(passages)
    # A locatedIn whose head is a mention of its passage: drop the relation only -> link only.
    p, r = next(
        (p, r)
        for p in passages
        for r in p.relations
        if r.relation == "locatedIn" and r.head in {e.canonical for e in p.entities}
    )
    kept = [
        x
        for x in records
        if (x["doc"], x["start"], x["relation"], x["head"], x["tail"])
        != (p.doc, p.start, r.relation, r.head, r.tail)
    ]
    result = scored(passages, [*mentions, *kept])
    assert result["missed"]["locatedIn"] == {"name_absent": 0, "link_only": 1}
    # Drop every mention of its head too, and every other record naming it -> name absent.
    head_key = r.head
    mentions = [m for m in mentions if not (m["doc"] == p.doc and m["canonical"] == head_key)]
    kept = [
        x
        for x in kept
        if not (x["doc"] == p.doc and x["start"] == p.start and head_key in (x["head"], x["tail"]))
    ]
    result = scored(passages, [*mentions, *kept])
    assert result["missed"]["locatedIn"]["name_absent"] >= 1
    assert (
        result["missed"]["locatedIn"]["name_absent"] + result["missed"]["locatedIn"]["link_only"]
        == (result["per_type"]["locatedIn"]["fn"])
    )
