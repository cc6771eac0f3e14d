"""``scripts/mining_stability.py``: the extra masks it draws and the flips it lists.

The script re-mines with random extra masks to find knife-edge entries; these tests check the
two parts that decide what it reports on invented inputs: the masks blank about the share asked,
in passage-sized windows, reproducibly per seed, and an entry is listed with its margin only
when a run adds or drops it.
"""

from __future__ import annotations

import random

from tests.script_loader import load_script

stability = load_script("mining_stability")


def test_an_extra_mask_blanks_about_the_share_asked_in_windows_reproducibly():
    docs = [(f"{i}.txt", "甲" * 10_000) for i in range(5)]
    masked = stability.extra_mask(docs, 0.03, 100, random.Random(1))
    blanked = sum(text.count(" ") for _, text in masked)
    assert 0.015 * 50_000 <= blanked <= 0.03 * 50_000  # windows may overlap, never exceed
    assert [len(t) for _, t in masked] == [10_000] * 5  # offsets kept
    assert masked == stability.extra_mask(docs, 0.03, 100, random.Random(1))
    assert masked != stability.extra_mask(docs, 0.03, 100, random.Random(2))


def test_only_entries_that_flip_are_listed_with_their_margin():
    row = {"word": "深化", "counts": {"headed_programmes": 24, "quotes": 71}, "docs": 15, "share": 0.338}
    steady = {"word": "实施", "counts": {"headed_programmes": 71, "quotes": 118}, "docs": 25, "share": 0.602}
    base = {"programme_verbs.jsonl": {"深化": row, "实施": steady}}
    runs = [{"programme_verbs.jsonl": {"实施": steady}}, base]
    listed = stability.flips(base, runs)["programme_verbs.jsonl"]
    assert [(i["entry"], i["runs"], i["in_base"]) for i in listed] == [("深化", 1, True)]
    assert listed[0]["margin"] == round(0.338 / 0.35 - 1, 3)  # under the share threshold
