"""Mine Area kinds the kernel file does not spell out (…城市圈, …城镇带: issue 12, held-out kinds).

The provincial-2026 conventions type belts, metropolitan areas, city clusters, economic circles
and named sub-regions as Area (GUIDE §3 as they apply it); ``head_kernels.jsonl`` holds the
kernels those rules name (都市圈, 经济圈, 城市群, 带 …), each citing its rule. Other provinces
compose the same kinds from other words: a *city* circle (长株潭城市圈) is a metropolitan area
as much as a 都市圈 is, a *town* belt (沿边城镇带) a belt. Such kinds are found in unannotated
text, never typed:

- **Candidate kind**: a modifier word + a one-character *region token* — the closing
  character of a GUIDE Area kernel (圈 of 都市圈, 带, 群 of 城市群 …, read from the kernel
  file) standing as a word of its own in jieba's segmentation (城市|圈, 城镇|带). A kind the
  general dictionary already knows as a word (生活圈, 商圈, 地区, 社区) is a word of the
  language, not a composed region kind: the GUIDE kinds among those are in the kernel file.
  The modifier is a common noun of two or more characters (not a place, not a clause word).
- **Frame**: the kind closes a name whose body opens with a place of the gazetteer or a word
  the dictionary tags as proper (长株潭, 沿边, 滨海) and the clause goes on with punctuation,
  建设/发展-type words or the end of the run — the ``打造/建设 X + kind``, ``X + kind + 建设``
  frames of issue 12 without listing the verbs.
- **Statistics** (the head miner's criteria, ``mining.Settings``): reports, occurrences in the
  frame, distinct bodies and their left branching entropy; genericity: a kind whose named
  occurrences are mostly one widespread phrase (in ``generic_min_doc_share`` of the reports) is
  a formula, not a kind of name.
- **Type**: Area only when no kernel of another type ends the kind (示范区 is a Program kernel,
  园区 a Platform one): the GUIDE rule of the Area kernel sharing the region token is recorded
  as the entry's ``kernel``.

The result is ``extract/data/area_kinds.jsonl`` (``scripts/mine_area_kinds.py``), read by the
grammar as Area heads; ``extract.pipeline.area_names`` then asks each name for a specific body,
as for the kernels.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.pipeline.mining import (
    CLAUSE_TAGS,
    PROPER_TAGS,
    Settings,
    dictionary,
    entropy,
    place_names,
    segment,
)

HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
MODIFIER_TAGS = frozenset({"n", "ns", "vn", "nz", "an"})  # 城市 (ns), 城镇 (ns), 经济 (n), 协同 (vn)
MAX_BODY_TOKENS = 3  # a body of at most three words before the kind (长株|潭, 宁夏|沿黄)
MIN_DOCS = 2
MIN_FRAME = 3
MIN_BODIES = 3
MIN_MODIFIERS = 2  # composed with two different words at least (城市|圈, 都市|圈)


@dataclass
class _KindStats:
    frame: int = 0
    docs: set[str] = field(default_factory=set)
    bodies: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)


def region_tokens(kernels: Sequence[dict]) -> dict[str, str]:
    """Closing character -> the longest Area kernel it closes (``head_kernels.jsonl``)."""
    out: dict[str, str] = {}
    for k in sorted(kernels, key=lambda k: (len(k["head"]), k["head"])):
        if k["type"] == "Area":
            out[k["head"][-1]] = k["head"]
    return out


def _closes_other_kernel(token: str, kernels: Sequence[dict]) -> bool:
    """Does the region token also close a kernel of another type (区 of 示范区 and 园区, 城 of
    科技城)? Then a name ending in it may be any of those types: the token types nothing."""
    return any(k["head"].endswith(token) and k["type"] != "Area" for k in kernels)


def _specific_opening(token: str, places: frozenset[str]) -> bool:
    """A body opens with a place (gazetteer) or a proper word of the dictionary, or a Han word it
    does not know (长株, 沿黄)."""
    if token in places:
        return True
    tag = dictionary().get(token, (0, None))[1]
    return tag in PROPER_TAGS | {"ns", "s", "f"} or (tag is None and len(token) >= 2)


def _clause_goes_on(tokens: list[str], j: int) -> bool:
    """After the kind: the end of the run, or a verbal noun / clause word (建设, 发展, 加快)."""
    if j + 1 >= len(tokens):
        return True
    tag = dictionary().get(tokens[j + 1], (0, ""))[1]
    return tag in CLAUSE_TAGS | {"vn"}


def mine_area_kinds(
    docs: Sequence[tuple[str, str]], kernels: Sequence[dict], s: Settings | None = None
) -> list[dict]:
    """The region tokens that compose Area kinds in the documents (module docstring), sorted."""
    s = s or Settings()
    regions = {c: k for c, k in region_tokens(kernels).items() if not _closes_other_kernel(c, kernels)}
    if not regions:
        return []
    words = dictionary()
    places = place_names()
    stats: dict[str, _KindStats] = defaultdict(_KindStats)
    modifiers: dict[str, Counter[str]] = defaultdict(Counter)
    names_docs: dict[str, set[str]] = defaultdict(set)
    for doc, text in docs:
        for m in HAN_RUN_RE.finditer(text):
            tokens = segment(m.group())
            for j in range(2, len(tokens)):
                if tokens[j] not in regions:
                    continue
                modifier = tokens[j - 1]
                kind = modifier + tokens[j]
                if (
                    len(modifier) < 2
                    or kind in words
                    or modifier in places
                    or words.get(modifier, (0, ""))[1] not in MODIFIER_TAGS
                ):
                    continue
                for b in range(max(0, j - 1 - MAX_BODY_TOKENS), j - 1):
                    if not _specific_opening(tokens[b], places):
                        continue
                    if not _clause_goes_on(tokens, j):
                        break
                    body = "".join(tokens[b : j - 1])
                    st = stats[tokens[j]]
                    st.frame += 1
                    st.docs.add(doc)
                    st.bodies[body] += 1
                    st.names[body + kind] += 1
                    modifiers[tokens[j]][modifier] += 1
                    names_docs[body + kind].add(doc)
                    break
    n_docs = len({d for d, _ in docs})
    out = []
    for token, st in stats.items():
        ent = entropy(st.bodies)
        if (
            len(st.docs) < MIN_DOCS
            or st.frame < MIN_FRAME
            or len(st.bodies) < MIN_BODIES
            or len(modifiers[token]) < MIN_MODIFIERS
            or ent < s.head_min_entropy
        ):
            continue
        widespread = sum(
            n for name, n in st.names.items() if len(names_docs[name]) >= s.generic_min_doc_share * n_docs
        )
        if widespread * 2 > st.frame:
            continue  # one formula many reports repeat, not a kind of name
        out.append(
            {
                "head": token,
                "type": "Area",
                "kernel": regions[token],
                "source": "mined",
                "counts": {
                    "frame": st.frame,
                    "bodies": len(st.bodies),
                    "modifiers": len(modifiers[token]),
                    "widespread": widespread,
                },
                "modifiers": sorted(modifiers[token]),
                "left_entropy": round(ent, 3),
                "docs": len(st.docs),
            }
        )
    return sorted(out, key=lambda e: e["head"])
