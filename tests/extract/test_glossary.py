"""Glossaries: term → definition, both one-line and two-line layouts."""

from __future__ import annotations

from extract.document import from_text, ingest


def test_000_glossary(corpus_documents):
    d = corpus_documents[0]
    terms = {g.term.value: g.definition.value for g in d.glossary}
    assert len(d.glossary) == 13
    assert terms["四首经济"] == "即区域首店、新品首发、品牌首秀、行业首牌。"
    assert terms["QDLP"].startswith("是Qualified Domestic Limited Partner的简称")
    assert "“双减”" in terms
    section = next(s for s in d.sections if s.kind == "glossary")
    assert section.title == "名词解释" and section.level == 1
    assert all(p.kind == "glossary" for p in d.paragraphs if p.start > section.end)


def test_004_letter_spaced_glossary_title(corpus_documents):
    """004 spells its title 名 词 解 释 (letter-spaced); the entries must still be found."""
    d = corpus_documents[4]
    terms = {g.term.value: g.definition.value for g in d.glossary}
    assert len(d.glossary) == 22
    assert terms["“一区两群”"].startswith("“一区”是指主城都市区")
    assert terms["“雪亮工程”"] == "是指公共安全视频监控建设联网应用工程。"
    for g in d.glossary:
        assert d.text[g.term.start : g.term.end] == g.term.text


def test_two_line_layout_with_numbering(extra_dir):
    d = ingest(extra_dir / "海南省.txt")
    first = d.glossary[0]
    assert first.term.value == "一降三减"  # ［1］ is numbering, not part of the term
    assert first.definition.value.startswith("全年火灾起数总体下降")
    assert d.text[first.start : first.end].startswith("一降三减：")
    g = ingest(extra_dir / "广东省.txt").glossary
    assert [e.term.value for e in g[:3]] == ["“四上”企业", "“双高计划”", "“四好农村路”"]


def test_glossary_in_an_appendix(extra_dir):
    d = ingest(extra_dir / "江西省.txt")
    section = next(s for s in d.sections if s.kind == "glossary")
    assert section.path[0] == "附件"
    assert len(d.glossary) >= 20


def test_small_glossary():
    d = from_text("一、正文\n内容。\n\n名词解释\n甲概念：指甲。\n2.乙概念：\n指乙，\n也指丙。\n")
    assert [(g.term.value, g.definition.value) for g in d.glossary] == [
        ("甲概念", "指甲。"),
        ("乙概念", "指乙，也指丙。"),
    ]
