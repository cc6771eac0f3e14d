"""Gold loading and document lookup: real files load, broken lines and missing docs fail clearly."""

from __future__ import annotations

import json
import sys
import types

import pytest

from extract.errors import LoadError, PolicyKGError
from extract.evaluation.corpus import locate_documents, run_extractor
from extract.evaluation.gold import load_gold
from extract.evaluation.run import evaluate
from extract.records import Mention


def test_real_gold_files_load_and_match_their_documents(eval_dir):
    for name, corpus in (("gold.jsonl", "corpus"), ("gold-provincial.jsonl", "corpus-extra")):
        gold = eval_dir / "dev" / name
        passages = load_gold(gold)
        paths = locate_documents(passages, gold)
        assert {p.parent.name for p in paths.values()} == {corpus}
        for p in passages:
            assert paths[p.doc].read_text(encoding="utf-8")[p.start : p.end] == p.text
            for e in p.entities:
                assert p.text[e.start : e.end] == e.text


def _write(tmp_path, eval_dir, mutate):
    lines = (eval_dir / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    lines = mutate(lines)
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_line_names_file_and_line(tmp_path, eval_dir):
    path = _write(tmp_path, eval_dir, lambda ls: [ls[0], ls[1][:-5], ls[2]])
    with pytest.raises(LoadError, match=r"bad\.jsonl: line 2: not valid JSON"):
        load_gold(path)


def test_entity_offsets_are_checked(tmp_path, eval_dir):
    def shift(ls):
        obj = json.loads(ls[2])
        obj["entities"][0]["start"] += 1
        return [ls[0], ls[1], json.dumps(obj, ensure_ascii=False)]

    with pytest.raises(LoadError, match=r"line 3: 000-p03: entity 0 .*text != passage text"):
        load_gold(_write(tmp_path, eval_dir, shift))


def test_unknown_type_and_relation_are_rejected(tmp_path, eval_dir):
    def bad_type(ls):
        obj = json.loads(ls[0])
        obj["entities"][0]["type"] = "Person"
        return [json.dumps(obj, ensure_ascii=False)]

    with pytest.raises(LoadError, match=r"line 1: .*unknown type 'Person'"):
        load_gold(_write(tmp_path, eval_dir, bad_type))

    def bad_relation(ls):
        obj = json.loads(ls[0])
        obj["relations"][0]["relation"] = "partOf"
        return [json.dumps(obj, ensure_ascii=False)]

    with pytest.raises(LoadError, match=r"line 1: .*unknown relation 'partOf'"):
        load_gold(_write(tmp_path, eval_dir, bad_relation))

    def plan_status(ls):
        obj = json.loads(ls[0])
        obj["relations"][0]["relation"] = "plannedStatus"
        return [json.dumps(obj, ensure_ascii=False)]

    with pytest.raises(LoadError, match=r"line 1: .*'plannedStatus' is not annotated \(GUIDE §5, §9"):
        load_gold(_write(tmp_path, eval_dir, plan_status))


def test_missing_document_is_named(tmp_path, eval_dir):
    def rename(ls):
        obj = json.loads(ls[0])
        obj["doc"] = "999_missing.txt"
        return [json.dumps(obj, ensure_ascii=False)]

    path = _write(tmp_path, eval_dir, rename)
    passages = load_gold(path)
    with pytest.raises(LoadError, match=r"bad\.jsonl: document '999_missing\.txt' .*not found"):
        locate_documents(passages, path, corpus=eval_dir.parent / "corpus")
    with pytest.raises(LoadError, match="corpus directory not found"):
        locate_documents(passages, path, corpus=tmp_path / "nowhere")


def test_run_extractor_feeds_the_extractor_contract(monkeypatch, eval_dir):
    """ingest(path) then extract_document(doc) per gold document; records scored like a file."""
    gold = eval_dir / "dev" / "gold.jsonl"
    passages = load_gold(gold)
    by_doc = {}
    for p in passages:
        by_doc.setdefault(p.doc, []).extend(
            Mention(p.doc, e.doc_start, e.doc_end, e.text, e.type, e.canonical, "x", p.start, p.end)
            for e in p.entities
        )
    calls = []

    def ingest(path):
        calls.append(path.name)
        return types.SimpleNamespace(doc_id=path.name, text=path.read_text(encoding="utf-8"))

    monkeypatch.setitem(sys.modules, "extract.document", types.SimpleNamespace(ingest=ingest))
    monkeypatch.setitem(
        sys.modules, "extract.extractor", types.SimpleNamespace(extract_document=lambda d: by_doc[d.doc_id])
    )
    preds, _ = run_extractor(passages, gold)
    assert sorted(calls) == sorted({p.doc for p in passages})
    result = evaluate(passages, preds)
    assert result["entities"]["exact"]["micro"]["f1"] == 1.0
    assert result["relations"]["micro"]["tp"] == 0


def test_missing_extractor_is_a_clear_error(monkeypatch, eval_dir):
    monkeypatch.setitem(sys.modules, "extract.extractor", None)
    gold = eval_dir / "dev" / "gold.jsonl"
    with pytest.raises(PolicyKGError, match="--predictions"):
        run_extractor(load_gold(gold), gold)


def test_documents_are_found_in_the_bundled_directories_the_caller_names(tmp_path, monkeypatch, corpus_files):
    """No path relative to the source tree: away from any corpus (a wheel install, another working
    directory) a document is found only in the directories the caller passes (the CLI passes the
    sample corpus it ships), and otherwise the error names every place searched."""
    from extract.errors import LoadError
    from extract.evaluation.corpus import locate

    gold = tmp_path / "eval" / "x" / "gold.jsonl"
    gold.parent.mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    name = corpus_files[0].name
    with pytest.raises(LoadError, match="pass --corpus DIR"):
        locate([name], gold)
    assert locate([name], gold, bundled=[corpus_files[0].parent]) == {name: corpus_files[0].parent / name}
