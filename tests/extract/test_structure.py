"""Heading trees, paragraphs and sentences on the five bundled documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.chrome import chrome_spans
from extract.document import from_text
from extract.headings import ARTIFACT


@pytest.fixture(scope="module")
def docs(corpus_documents):
    return {d.doc_id[:3]: d for d in corpus_documents}


def test_004_has_13_parts_and_47_chapters(docs):
    d = docs["004"]
    parts = [s for s in d.sections if s.kind == "part"]
    chapters = [s for s in d.sections if s.kind == "chapter"]
    assert len(parts) == 13 and len(chapters) == 47
    assert all(s.level == 1 for s in parts) and all(s.level == 2 for s in chapters)
    assert parts[0].title == "开启全面建设社会主义现代化国家新征程"
    assert chapters[-1].number == "第四十七章"
    sections = [s for s in d.sections if s.kind == "section"]
    assert all(s.level == 3 and s.path[1] in {c.title for c in chapters} for s in sections)


def test_003_ascii_paren_headings(docs):
    d = docs["003"]
    paren = [s for s in d.sections if s.kind == "paren_cn"]
    assert len(paren) >= 20
    assert paren[0].number == "(一)"
    assert paren[0].path == ("2024年国民经济和社会发展计划执行情况", paren[0].title)
    assert paren[0].title.startswith("推动成渝地区双城经济圈建设走深走实")
    arabic = [s for s in d.sections if s.kind == "arabic"]
    assert arabic and all(s.level == 3 for s in arabic)


def test_001_column_boxes_hold_their_own_items(docs):
    d = docs["001"]
    by_id = {s.id: s for s in d.sections}
    box1 = next(s for s in d.sections if s.kind == "column" and s.number == "专栏1")
    inside = [s for s in d.sections if s.parent == box1.id]
    assert [s.title for s in inside] == ["加快推进“1+10”行动"]
    outer2 = next(s for s in d.sections if s.kind == "arabic" and s.title == "全力推进西部陆海新通道建设")
    assert outer2.number == "2." and outer2.level == box1.level - 1
    assert by_id[box1.parent].title == "全力唱好新时代西部“双城记”"
    assert [s.title for s in d.sections if s.kind == "appendix"] == ["附件1", "附件2"]


def test_000_livelihood_box_holds_ten_items(docs):
    d = docs["000"]
    box = next(s for s in d.sections if s.kind == "column" and s.number == "专栏1")
    items = [s for s in d.sections if s.parent == box.id]
    assert [s.number for s in items] == [f"（{n}）" for n in "一二三四五六七八九十"]
    after = d.sections[d.sections.index(items[-1]) + 1]
    assert after.kind == "cn_num" and after.number == "二、" and after.level == 1


def test_002_arabic_paren_heading_is_a_sibling(docs):
    d = docs["002"]
    first = next(s for s in d.sections if s.kind == "paren_arabic")
    second = next(s for s in d.sections if s.number == "（二）")
    assert first.parent == second.parent and first.level == second.level == 2


def test_inline_heading_ends_at_the_first_terminator(docs):
    d = docs["001"]
    s = next(s for s in d.sections if s.number == "12.")
    assert s.title == "全力稳定房地产市场"
    para = next(p for p in d.paragraphs if p.start == s.start)
    assert para.kind == "text" and para.section == s.id


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_every_span_is_the_original_slice(docs, key):
    d = docs[key]
    text = d.text
    for s in d.sections:
        # titles are the slice; a title wrapped over lines (a 专栏 or appendix title) loses its breaks
        squeeze = "".join(text[s.start : s.end].split())
        assert squeeze.endswith("".join(s.title.split())) and s.start < s.end <= s.body_end
        if s.parent:
            parent = next(p for p in d.sections if p.id == s.parent)
            assert parent.start <= s.start and s.body_end <= parent.body_end
            assert s.path[:-1] == parent.path
    prev_end = d.body_start
    for p in d.paragraphs:
        assert prev_end <= p.start < p.end <= d.body_end
        assert text[p.start : p.end] == text[p.start : p.end].strip()
        prev_end = p.end
    for sent in d.sentences:
        p = d.paragraphs[sent.paragraph]
        assert p.start <= sent.start < sent.end <= p.end
        assert sent.path == p.path
    for t in d.tables:
        for c in [*t.header, *(c for r in t.rows for c in r.cells)]:
            assert text[c.start : c.end] == c.text
    for g in d.glossary:
        assert text[g.term.start : g.term.end] == g.term.text
        assert text[g.definition.start : g.definition.end] == g.definition.text


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_every_body_line_is_in_one_paragraph(docs, key):
    d = docs[key]
    covered = bytearray(len(d.text))
    for p in d.paragraphs:
        covered[p.start : p.end] = b"\x01" * (p.end - p.start)
    for m in ARTIFACT.finditer(d.text):  # Word conversion leftovers such as [bookmark: _GoBack]
        covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for a, b in chrome_spans(d.text, d.body_start, d.body_end):  # chrome and the title block's dateline
        covered[a:b] = b"\x01" * (b - a)
    for line_start in range(d.body_start, d.body_end):
        ch = d.text[line_start]
        if not ch.isspace() and ch != "|" and not covered[line_start]:  # "|" is pipe-table markup
            pytest.fail(
                f"{key}: offset {line_start} ({d.text[line_start : line_start + 20]!r}) in no paragraph"
            )


def test_sentences_split_at_terminators_and_keep_closing_quotes():
    d = from_text("一、总体情况\n全区经济运行稳中向好。“双减”落实到位！下一步怎么办？继续努力；不断推进\n")
    sents = [d.text[s.start : s.end] for s in d.sentences]
    assert sents == [
        "一、总体情况",
        "全区经济运行稳中向好。",
        "“双减”落实到位！",
        "下一步怎么办？",
        "继续努力；不断推进",
    ]
    assert [p.kind for p in d.paragraphs] == ["heading", "text"]
    d = from_text("一、总体情况\n他说“要稳中求进。”然后开会。\n")
    assert [d.text[s.start : s.end] for s in d.sentences][-2:] == ["他说“要稳中求进。”", "然后开会。"]


def test_path_at(docs):
    d = docs["000"]
    cell = next(
        c for t in d.tables for r in t.rows for c in r.cells if c.text == "重庆市第五人民医院迁建工程"
    )
    offset = cell.start
    expected = ("2024年国民经济和社会发展计划执行情况", "重点区域协调发展", "2024年部分重大建设项目完成情况")
    assert d.path_at(offset) == expected
    assert d.path_at(d.text.index("重庆市第五人民医院迁建工程"))[1] == "经济运行回稳向好"
    assert d.path_at(0) == ()


def test_run_on_enumeration_is_not_a_heading(docs):
    d = docs["000"]
    assert not [s for s in d.sections if s.kind == "ordinal"]  # 一是…。二是…。三是… share one line
    start = d.text.index("一是抓龙头企业扩能放量")
    para = next(p for p in d.paragraphs if p.start == start)
    assert para.path == ("2025年重点工作", "推动传统工业转型升级，增强制造业核心竞争力")
    d = from_text("一、工作回顾\n一是稳增长。全年增长5%。\n二是促改革。改革深化。\n")
    assert [(s.kind, s.title, s.level) for s in d.sections][1:] == [
        ("ordinal", "稳增长", 2),
        ("ordinal", "促改革", 2),
    ]


def test_figure_captions(docs):
    captions = [docs["000"].text[p.start : p.end] for p in docs["000"].paragraphs if p.kind == "caption"]
    assert len(captions) == 5 and captions[0].startswith("图1")


@pytest.mark.parametrize("key", ["000", "004"])
def test_sentence_at(docs, key):
    d = docs[key]
    assert all(a.end <= b.start for a, b in zip(d.sentences, d.sentences[1:], strict=False))
    for s in d.sentences[::37]:
        assert d.sentence_at(s.start) == s and d.sentence_at(s.end - 1) == s
    assert d.sentence_at(len(d.text) + 5) is None
    assert d.body == d.text[d.body_start : d.body_end]


LINE_KINDS = [
    "一、总体情况",
    "（二）重点工作",
    "(三)ASCII标题,正文。",
    "1.全力稳增长。全年增长5%。",
    "2.推进改革",
    "一是稳增长。全年增长。",
    "第一章　总则",
    "第二节 任务",
    "专栏1：重点项目",
    "表1：主要指标",
    "\t项目名称",
    "\t完成情况",
    "\t南滨路片区",
    "\t",
    "（南岸段）",
    "开工项目：甲工程；乙工程。",
    "",
    "",
    "正文内容，继续推进。",
    "“双减”落实到位！下一步？",
    "名词解释",
    "四首经济：即区域首店。",
    "1.“双一流”：",
    "附件1",
    "序号 |",
    "指标名称 |",
    "1 |",
    "增速(%) |",
    "| |",
    "||",
    "图1  完成情况",
    "下载",
    "【字号：",
    "相关报道：",
    "各位代表：",
    "——2025年1月8日在南岸区第十九届人民代表大会第六次会议上",
    "2024年重庆市南岸区国民经济和社会发展计划执行情况的报告",
    "  \u3000 ",
    "[bookmark: x]3.提升能级。",
    "序号\t指标名称\t单位",
    "1\t增速\t%",
    "| 项目 | 状态 |",
    "|---|---|",
    "| 南坪片区 | |",
]


@settings(deadline=None, max_examples=150)
@given(st.lists(st.sampled_from(LINE_KINDS), max_size=40), st.sampled_from(["\n", "\r\n"]))
def test_any_mix_of_line_types_gives_consistent_spans(lines, newline):
    text = newline.join(lines)
    d = from_text(text)
    assert 0 <= d.body_start <= d.body_end <= len(text)
    prev = d.body_start
    for p in d.paragraphs:
        assert prev <= p.start < p.end <= d.body_end
        prev = p.end
    for s in d.sentences:
        p = d.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
    for sec in d.sections:
        assert 0 <= sec.start < sec.end <= sec.body_end <= len(text)
    for t in d.tables:
        for c in [*t.header, *(c for r in t.rows for c in r.cells)]:
            assert text[c.start : c.end] == c.text
    for g in d.glossary:
        assert text[g.term.start : g.term.end] == g.term.text
