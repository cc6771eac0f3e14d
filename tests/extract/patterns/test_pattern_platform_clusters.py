"""Failure class: a named cluster of platforms cut at its member's kernel: 甲乙数据中心|集群.

The provincial-2026 conventions tag named clusters of places as Platform (韶关数据中心集群) and
leave sector clusters untagged (GUIDE §3). The head-word finder stopped at the Platform kernel
中心 and left 集群 outside, so one data centre (or a 国家… institution) came out instead.
``extract.pipeline.platform_clusters`` extends a head-word guess ending in a GUIDE Platform
kernel over the word 集群 right after it and types it Platform, from the place that names it
(国家枢纽节点|乙地数据中心集群). Sector clusters (a modifier ending in no Platform kernel) stay
untagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "500000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快建设丙丁数据中心集群和算力枢纽。", "丙丁数据中心集群"),
        ("丙丁数据中心集群直连网络带宽大幅提升。", "丙丁数据中心集群"),
    ],
)
def test_a_cluster_of_centres_is_one_platform(text, name):
    found = ents(text)
    assert (name, "Platform") in found
    assert not any(n != name and name.startswith(n) for n, _ in found)  # not the bare centre


def test_a_national_cluster_is_no_institution():
    found = ents("国家枢纽节点甲乙数据中心集群建设扎实推进。")
    assert found and all(label == "Platform" and n.endswith("集群") for n, label in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("依托算力网络国家枢纽节点遵义数据中心集群，引进一批算力企业。", "遵义数据中心集群"),
        ("国家枢纽节点芜湖数据中心集群上架率持续提升。", "芜湖数据中心集群"),
    ],
)
def test_a_cluster_is_named_by_its_place(text, name):
    assert ents(text) == [(name, "Platform")]  # the node designation before the place is left out


@pytest.mark.parametrize(
    "text",
    ["壮大丙丁新材料产业集群。", "培育壮大丙丁现代服务业集群。"],
)
def test_a_sector_cluster_stays_untagged(text):
    assert not any(n.endswith("集群") for n, _ in ents(text))
