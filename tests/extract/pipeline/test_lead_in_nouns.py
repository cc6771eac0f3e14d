"""Stop-word mining: a noun glued to a place-led, kernel-ended name opens that name.

Once 公园 became a kernel (branch works20), 大运河 stood right before 国家文化公园 three times, the
frame count reached ``stop_min_frame`` and 大运河 (tagged ``nz``) became a hard stop word, which cut
大运河文化带 (an Area). The lead-in frame (a word right before a name that opens with a division
or the national level and ends in a kernel) marks a clause word when the word is a verb
(获批|国家…园区); a word whose tag is name material opens the name there (大运河|国家文化公园,
教育部|重庆高等研究院), so ``mining.mine_stops`` does not count those occurrences as clause frame.
Sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

from extract.pipeline.mining import Corpus, load_kernels, mine_stops

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"
SEGMENTS = ("东段", "西段", "南段", "北段")
DOCS = [
    (
        f"r{i}.txt",
        f"大运河国家文化公园（{s}）开园。获批国家物流园区{i + 2}个。大运河沿岸步道贯通。获批国家创新园区。",
    )
    for i, s in enumerate(SEGMENTS)
]


def _stops() -> dict[str, dict]:
    kernels = [k["head"] for k in load_kernels(DATA / "head_kernels.jsonl")]
    return {e["word"]: e for e in mine_stops(Corpus(DOCS), kernels)}


def test_a_noun_before_a_national_name_opens_it():
    assert "大运河" not in _stops()


def test_a_verb_before_a_national_name_stays_a_clause_word():
    stops = _stops()
    assert "获批" in stops
    assert stops["获批"]["counts"]["lead_in"] >= 3
