"""Entity scorer on the real gold: perfect predictions, then known perturbations with exact counts."""

from __future__ import annotations

import dataclasses

import pytest

from extract.evaluation.entities import score_entities
from extract.evaluation.gold import GoldPassage, load_gold
from extract.evaluation.predictions import Predictions
from extract.records import Mention, to_json
from tests.extract.evaluation.gold_lines import mention_lines


@pytest.fixture(scope="module")
def passages(eval_dir) -> list[GoldPassage]:
    return load_gold(eval_dir / "dev" / "gold.jsonl")


def scored(passages, records, types=None):
    return score_entities(passages, Predictions.from_records(records), types).as_dict()


def test_gold_scores_perfectly_against_itself(passages):
    result = scored(passages, mention_lines(passages))
    for block in ("exact", "overlap"):
        assert result[block]["micro"]["f1"] == 1.0
        assert result[block]["macro"]["f1"] == 1.0
        assert all(c["f1"] == 1.0 for c in result[block]["per_type"].values() if c["gold"])
    assert result["canonical"]["overall"]["accuracy"] == 1.0
    assert result["exact"]["micro"]["gold"] == sum(len(p.entities) for p in passages)


def test_dropping_three_projects_costs_exactly_three_project_recalls(passages):
    records = mention_lines(passages)
    project_idx = [i for i, r in enumerate(records) if r["type"] == "Project"][:3]
    kept = [r for i, r in enumerate(records) if i not in project_idx]
    result = scored(passages, kept)
    n_projects = sum(1 for r in records if r["type"] == "Project")
    project = result["exact"]["per_type"]["Project"]
    assert (project["tp"], project["fp"], project["fn"]) == (n_projects - 3, 0, 3)
    assert result["exact"]["per_type"]["District"]["f1"] == 1.0
    assert result["exact"]["micro"]["fn"] == 3
    assert result["overlap"]["micro"]["fn"] == 3


def test_shifted_boundary_is_an_exact_error_but_an_overlap_match(passages):
    records = mention_lines(passages)
    i = next(i for i, r in enumerate(records) if r["type"] == "Enterprise")
    records[i] = {**records[i], "end": records[i]["end"] + 1}
    result = scored(passages, records)
    ent = result["exact"]["per_type"]["Enterprise"]
    assert (ent["fp"], ent["fn"]) == (1, 1)
    assert result["overlap"]["per_type"]["Enterprise"]["f1"] == 1.0
    assert result["canonical"]["per_type"]["Enterprise"]["total"] == ent["gold"] - 1


def test_changed_canonical_lowers_canonical_accuracy_only(passages):
    records = mention_lines(passages)
    i = next(i for i, r in enumerate(records) if r["type"] == "Strategy")
    records[i] = {**records[i], "canonical": records[i]["canonical"] + "片区"}
    result = scored(passages, records)
    assert result["exact"]["micro"]["f1"] == 1.0
    canon = result["canonical"]["per_type"]["Strategy"]
    assert canon["correct"] == canon["total"] - 1
    assert result["canonical"]["overall"]["correct"] == result["canonical"]["overall"]["total"] - 1


def test_canonical_names_compare_after_normalisation(passages):
    records = mention_lines(passages)
    i = next(i for i, r in enumerate(records) if "“" in r["canonical"] or "（" in r["canonical"])
    c = records[i]["canonical"]
    records[i] = {
        **records[i],
        "canonical": c.replace("“", '"').replace("”", '"').replace("（", "(").replace("）", ")"),
    }
    assert records[i]["canonical"] != c
    assert scored(passages, records)["canonical"]["overall"]["accuracy"] == 1.0


def test_false_positive_outside_passages_is_ignored_inside_counts(passages):
    p = passages[0]
    outside = {
        "doc": p.doc,
        "start": p.end + 5,
        "end": p.end + 9,
        "text": "xxxx",
        "type": "Project",
        "canonical": "xxxx",
    }
    straddling = {**outside, "start": p.end - 2, "end": p.end + 2}
    inside = {**outside, "start": p.start, "end": p.start + 2, "text": p.text[:2]}
    other_doc = {**inside, "doc": "no-such-doc.txt"}
    result = scored(passages, [*mention_lines(passages), outside, straddling, other_doc])
    assert result["exact"]["micro"]["fp"] == 0
    result = scored(passages, [*mention_lines(passages), inside])
    assert result["exact"]["per_type"]["Project"]["fp"] == 1
    assert result["exact"]["micro"]["fp"] == 1


def test_duplicate_prediction_counts_once(passages):
    records = mention_lines(passages)
    result = scored(passages, [*records, records[0]])
    assert result["exact"]["micro"]["tp"] == len(records)
    assert result["exact"]["micro"]["fp"] == 1


def test_wrong_type_is_one_false_positive_and_one_miss(passages):
    records = mention_lines(passages)
    i = next(i for i, r in enumerate(records) if r["type"] == "Area")
    records[i] = {**records[i], "type": "District"}
    scores = score_entities(passages, Predictions.from_records(records))
    result = scores.as_dict()
    assert result["exact"]["per_type"]["Area"]["fn"] == 1
    assert result["exact"]["per_type"]["District"]["fp"] == 1
    notes = [e["note"] for errs in scores.errors.values() for e in errs if e.get("note")]
    assert "typed District" in notes and "gold type Area" in notes


def test_type_filter_scores_only_selected_types(passages):
    records = [r for r in mention_lines(passages) if r["type"] != "District"]
    result = scored(passages, records, types={"Project", "Area"})
    assert set(result["exact"]["per_type"]) == {"Project", "Area"}
    assert result["exact"]["micro"]["f1"] == 1.0


def test_extractor_mention_records_are_accepted(passages):
    p = passages[0]
    e = p.entities[0]
    m = Mention(
        doc=p.doc,
        start=e.doc_start,
        end=e.doc_end,
        text=e.text,
        type=e.type,
        canonical=e.canonical,
        entity_id="organization/0",
        sentence_start=p.start,
        sentence_end=p.end,
    )
    for record in (m, to_json(m), dataclasses.replace(m)):
        result = score_entities([p], Predictions.from_records([record])).as_dict()
        assert result["exact"]["micro"]["tp"] == 1
        assert result["exact"]["micro"]["fn"] == len(p.entities) - 1
