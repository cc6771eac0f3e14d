"""Failure class: policy titles without 《》 and with no name inside (laws, measures, regulations).

GUIDE §3 counts named documents and laws as Policy even without brackets; the untitled-policy
finder needed a strategy, area or platform inside the title. A law written bare
(落实澄江保护促进法) has none. The governing verbs (落实, 出台 …: the words before 《》 titles) and
the document kinds that stand in their frame (…促进法, …条例, …实施办法) are mined
(``scripts/mine_policy_frames.py`` → ``extract/data/policy_frames.jsonl``); words that hold a
kind's character (执法, 依法, 立法) and counts of documents stay untagged. Sentences are invented.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.pipeline.policy_mining import mine_policy_frames
from extract.records import Mention

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "extract" / "data"


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("严格落实乡村养老服务促进法和配套措施。", "乡村养老服务促进法"),
        ("落实好青石河流域保护促进法，完善配套制度。", "青石河流域保护促进法"),  # no 好
        ("全面落实契税法，优化税制结构。", "契税法"),  # 法 a word of its own
        ("深入实施澄湾自由贸易港法，扩大开放。", "澄湾自由贸易港法"),  # …港法: no word of the language
        ("出台小微企业首贷续贷实施办法，降低融资成本。", "小微企业首贷续贷实施办法"),
        # the national level opens a national document's title right after its verb
        ("落实全国统一数据市场建设条例，整治无序竞争。", "全国统一数据市场建设条例"),
        # a chain of verbs: the last one opens the title (推动|修订|优化…)
        ("推动修订优化澄州营商服务条例，健全服务机制。", "优化澄州营商服务条例"),
    ],
)
def test_a_governed_title_is_a_policy(text, title):
    assert (title, "Policy") in ents(text)


def test_a_bare_law_takes_the_state_name_and_a_national_regulation_no_province():
    # GUIDE §4 full standard names: a law (only the national legislature enacts 法) is titled
    # 中华人民共和国…; a regulation opening with 全国 is the state's, not the author province's
    text = (
        "湖南省2026年政府工作报告\n\n一、2025年工作回顾\n"
        "严格落实乡村养老服务促进法，落实全国统一数据市场建设条例，落实湘江保护条例。\n"
    )
    records = extract_document(from_text(text, doc_id="a.txt"))
    found = {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Policy"}
    assert found["乡村养老服务促进法"] == "中华人民共和国乡村养老服务促进法"
    assert found["全国统一数据市场建设条例"] == "全国统一数据市场建设条例"
    assert found["湘江保护条例"] == "湖南省湘江保护条例"


@pytest.mark.parametrize(
    "text",
    [
        "严格规范公正文明执法，全面落实精准科学依法行政。",
        "完成政府年度立法计划，严厉打击非法集资。",
        "全面落实一规划两纲要。",  # a count of documents
        "出台促进外贸稳增长等措施。",
    ],
)
def test_words_holding_a_kind_character_are_no_titles(text):
    assert not any(label == "Policy" for _, label in ents(text))


def test_a_programme_head_closing_the_title_keeps_it_a_programme():
    # an action plan (…行动计划) is a Program; a plan document (…行动方案) is a Policy
    # (eval/provincial-2026/README.md conventions, extract.pipeline.plan_documents)
    found = ents("出台澄州市物流降本行动计划，推动降本增效。")
    assert ("澄州市物流降本行动计划", "Program") in found, found
    assert not any(label == "Policy" for _, label in found), found


def test_the_miner_reads_verbs_and_kinds_off_brackets_and_frames():
    places = ["澄州", "岫云", "青石"]
    docs = [
        (p, f"出台《{p}市营商环境条例》，落实《{p}湿地保护法》。落实{p}民营经济促进法，依法行政，严格执法。")
        for p in places
    ]
    rows = {(r["role"], r["word"]): r for r in mine_policy_frames(docs)}
    assert ("verb", "出台") in rows and rows[("verb", "出台")]["docs"] == 3
    assert ("kind", "条例") in rows and rows[("kind", "条例")]["counts"]["closes_title"] == 3
    assert rows[("kind", "促进法")]["governed"] is True
    assert not any(word in ("执法", "依法") for _, word in rows)  # never after a governing verb


def test_a_bracketed_kind_governed_in_two_reports_is_governed_however_often_it_is_used_elsewhere():
    # 意见 closes 《》 titles in two reports and stands bare after a governing verb in two, yet most
    # of its uses are no title (征求意见, 意见建议): the brackets already say it is a document kind,
    # so the share of its uses is asked only of words no bracket closes (促进法 against 执法)
    docs = [
        (
            p,
            f"出台《{p}关于优化营商环境的意见》。出台{p}水价机制改革意见。"
            "广泛征求意见，听取意见建议，收集意见，反馈意见，梳理意见。",
        )
        for p in ("澄州", "岫云")
    ]
    rows = {(r["role"], r["word"]): r for r in mine_policy_frames(docs)}
    assert rows[("kind", "意见")]["governed"] is True
    assert rows[("kind", "意见")]["counts"]["governed"] < rows[("kind", "意见")]["counts"]["total"] / 2
    # a word no bracket closes still needs the frame in half its uses
    text = "出台《{0}湿地保护法》。出台{0}水价改革说法。听取说法，统一说法，纠正说法。"
    docs = [(p, text.format(p)) for p in ("澄州", "岫云")]
    assert ("kind", "说法") not in {(r["role"], r["word"]) for r in mine_policy_frames(docs)}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a kind the brackets close (意见, 方案, 办法), bare after a governing verb
        ("落实好深化澄州电价机制改革意见，培育电力市场。", "深化澄州电价机制改革意见"),
        ("出台岫云市林权流转管理办法，盘活林地资源。", "岫云市林权流转管理办法"),
    ],
)
def test_a_bracketed_kind_closes_a_bare_title_after_a_governing_verb(text, title):
    assert (title, "Policy") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        # governing verbs trimmed off a found title leave only the kind: no name (GUIDE §5)
        "自治区出台贯彻落实意见和条例，健全工作体系。",
        "岫云市研究出台落实方案，细化责任分工。",
    ],
)
def test_a_kind_left_alone_after_its_governing_verbs_is_no_title(text):
    assert not [e for e in ents(text) if e[1] == "Policy"]


def test_the_miner_counts_a_verb_by_its_head_and_pools_both_frames():
    # 全面实施 and 深入实施 are one verb 实施 (two reports before 《》 titles); 修订 stands before a
    # 《》 title in one report and opens a bare governed title in another: it governs in two
    docs = [
        (
            "澄州",
            "全面实施《澄州营商条例》，落实《澄州湿地保护法》。"
            "修订《澄州河湖条例》。落实澄州民营经济促进法。",
        ),
        (
            "岫云",
            "深入实施《岫云营商条例》，落实《岫云湿地保护法》。"
            "修订岫云河湖保护促进法。落实岫云民营经济促进法。",
        ),
    ]
    rows = {(r["role"], r["word"]): r for r in mine_policy_frames(docs)}
    assert rows[("verb", "实施")]["docs"] == 2
    assert ("verb", "全面实施") not in rows and ("verb", "深入实施") not in rows
    assert rows[("frame_verb", "修订")]["counts"] == {"before_bare_title": 1, "before_title": 1}
    assert rows[("frame_verb", "修订")]["docs"] == 2


def test_shipped_frames_carry_counts():
    rows = [json.loads(line) for line in (DATA / "policy_frames.jsonl").read_text("utf-8").splitlines()]
    assert {r["role"] for r in rows} == {"verb", "kind", "package", "frame_verb"}
    assert all(r["source"] == "mined" and r["docs"] >= 2 and r["counts"] for r in rows)


@pytest.mark.slow
def test_shipped_policy_frames_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_policy_frames.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
