"""Failure class: events the author hosts are missed whole (issue 12, Program recall; program30).

GUIDE §3 types festivals, contests and promotion campaigns as Program, and the provincial-2026
conventions add the games a province hosts. ``festival_names`` reads a kind off jieba alone and
missed kinds jieba does not know or splits (…乐活节, 丰收|节, 健身运动|会), the games (运动会 and
the abbreviation 省运会) and seasons (…购物季). ``hosted_events`` reads them in the frame a mined
hosting verb makes (``event_hosts.jsonl``: 办好, 举办), as its object or its subject, ending in a
GUIDE-rule event kernel (``head_rules.jsonl``, rule kind ``event_kernel``). Meetings, expos and
concerts end in no such kernel. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.linking import Context, canonical_name


def programmes(text: str, region: str = "140000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("首届青禾健身运动会成功举办，带动体育消费。", "青禾健身运动会"),  # the subject of the hosting verb
        ("成功举办绿溪农民丰收节全国主场活动。", "绿溪农民丰收节"),  # the occasion after the kind is left out
        ("举办绿溪夏日消费季、青禾优品购物季等活动。", "青禾优品购物季"),  # each 、-item the verb governs
        ("办好第十二届省运会，推动全民健身。", "省运会"),  # jieba's own abbreviation names the games
        ("持续举办青禾乐活节。", "青禾乐活节"),  # a kind jieba does not know
    ],
)
def test_an_event_the_author_hosts_is_a_programme(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "举办大型演唱会、博览会，办好青禾智能大会。",  # concerts, expos and meetings: no event kernel
        "举办春季招聘会，促进高校毕业生就业。",  # a time word ending in 季 is no season of a campaign
        "举办各类比赛100场。",  # a kind with a determiner names no event
        "积极备战冬运会。",  # not hosted
    ],
)
def test_meetings_kinds_and_events_not_hosted_stay_untagged(text):
    assert programmes(text) == []


def test_the_provincial_games_take_the_authors_province_in_their_canonical():
    ctx = Context.for_region("140000")
    assert canonical_name("省运会", "Program", "{省}运动会", "suffix", ctx)[0] == "山西省运动会"
    assert (
        canonical_name("市运会", "Program", "{市}运动会", "suffix", Context.for_region("120000"))[0]
        == "天津市运动会"
    )


def test_the_miner_counts_the_verb_right_before_an_event_head_by_report():
    from extract.pipeline.hosted_events import mine_event_hosts

    docs = [(f"{i}.txt", f"办好第{i}届青禾文化节，举办绿溪旅游节。推进甲乙文化节。") for i in range(3)]
    rows = {r["word"]: r for r in mine_event_hosts(docs)}
    assert set(rows) == {"办好", "举办", "推进"}  # every verb before a mined head, in three reports
    assert rows["办好"]["docs"] == 3 and rows["办好"]["source"] == "mined"
    assert mine_event_hosts(docs[:2]) == []  # two reports are too few


@pytest.mark.slow
def test_shipped_event_hosts_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[3] / "scripts" / "mine_event_hosts.py"
    run = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
