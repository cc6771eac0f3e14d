"""Mine the nouns that close a quoted name with a description (“X”运营模式, “X”小区治理新模式).

A coined quote is often followed by a description and a noun that says what kind of thing the
quote names: “管委会＋公司”运营模式, “项目+团队+平台”引进模式. The provincial-2026 conventions
(Types) make named mechanisms, reforms and campaigns Programs even when descriptive, and GUIDE
§2.2 keeps quote marks inside a name; the GUIDE-rule heads of such names (机制, 改革, 专项整治,
工程: ``head_rules.jsonl``, rule kind ``quoted_program``) are read by ``described_quotes``. Which
*other* nouns close such names is read off the unannotated text, never typed. A noun is kept when

- it closes a *described* quote — a closing quote, at least ``MIN_DESCRIPTION`` characters of
  description made of name material (``description_ok``), the noun at a clause edge — in at
  least ``MIN_DOCS`` reports: a frame many authors write, not one sentence;
- it takes the modifiers of a GUIDE-rule head: of the words written right before it at least
  twice (``MIN_MODIFIER_USES``; at least ``MIN_MODIFIERS`` of them), at least ``MIN_SHARE`` are
  also written right before one such head at least twice (运营|模式 as 运营|机制; 任务, 意义,
  年 after “十四五”… share almost none: the noun is of the mechanism's paradigm, a way of
  organising work, not an aim or a period);
- it is no head the grammar reads already (a Program head or a GUIDE-rule head).

``extract.pipeline.described_quotes`` reads the nouns from ``extract/data/descriptor_heads.jsonl``
(``scripts/mine_descriptor_heads.py``, every gold passage blanked by
``extract.pipeline.gold_mask``); each entry carries its counts and the head it shares modifiers with.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment

QUOTED_RULE = "quoted_program"  # head_rules.jsonl: the GUIDE-rule heads of quoted programme names
# a closing quote, then a run of Han characters up to a clause edge (the closed class of
# punctuation) or a line break: the description and its noun
AFTER_QUOTE_RE = re.compile(r"”([\u4e00-\u9fff]{3,14})(?=[，。；：！？、,;:\n）)])")
CLAUSE_RE = re.compile(r"[\u4e00-\u9fff]+")
HAN2_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
MIN_DESCRIPTION = 2  # characters before the noun: a word of description, not a bare “X”模式
MIN_DOCS = 8
MIN_MODIFIER_USES = 2
MIN_MODIFIERS = 10
MIN_SHARE = 0.36  # midway: 模式 0.38–0.50, 成果 (next of ≥ MIN_DOCS reports) 0.31–0.33 under 10 extra masks
# jieba's tags of a verb, which may modify the noun inside a description (警务|运行|模式)
MODIFIER_VERB_TAGS = frozenset({"v", "vi"})


def description_ok(words: Sequence[str]) -> bool:
    """Are the words of a description name material? A clause word by jieba's dictionary tag
    (``mining.CLAUSE_TAGS``: verbs, adverbs, prepositions, conjunctions, particles) right after
    the quote opens a predicate (开辟|县域…新模式, 纳入|全市…, 降|成本…); further on, or as the
    one word before the noun (引进|模式), a verb modifies the noun (小区|治理|新模式,
    五方|联动|投融资模式), while an adverb, preposition, conjunction or particle never does."""
    tags = dictionary()
    for i, word in enumerate(words):
        tag = tags.get(word, (0, ""))[1]
        if tag not in CLAUSE_TAGS:
            continue
        if tag not in MODIFIER_VERB_TAGS or (i == 0 and len(words) > 1):
            return False
    return True


def described_nouns(docs: Sequence[tuple[str, str]]) -> tuple[Counter[str], dict[str, set[str]]]:
    """Uses and reports of each noun that closes a described quote (module docstring)."""
    uses: Counter[str] = Counter()
    reports: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in AFTER_QUOTE_RE.finditer(text):
            words = segment(m.group(1))
            if len(words) < 2 or len(words[-1]) < 2:
                continue
            if len(m.group(1)) - len(words[-1]) < MIN_DESCRIPTION:
                continue
            if not description_ok(words[:-1]):
                continue
            uses[words[-1]] += 1
            reports[words[-1]].add(name)
    return uses, reports


def modifiers(docs: Sequence[tuple[str, str]], nouns: set[str]) -> dict[str, set[str]]:
    """The words of two characters or more written right before each noun at least
    ``MIN_MODIFIER_USES`` times, over every clause of the reports."""
    before: dict[str, Counter[str]] = defaultdict(Counter)
    for _, text in docs:
        for clause in CLAUSE_RE.findall(text):
            if not any(n in clause for n in nouns):
                continue
            words = segment(clause)
            for left, right in itertools.pairwise(words):
                if right in nouns and HAN2_RE.fullmatch(left):
                    before[right][left] += 1
    return {n: {w for w, c in before[n].items() if c >= MIN_MODIFIER_USES} for n in nouns}


def mine_descriptor_heads(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """One row per mined noun, with its counts and the GUIDE-rule head whose modifiers it shares."""
    lexicon = read_lexicon(names=["head_rules.jsonl", "heads.jsonl"])
    rules = lexicon["head_rules.jsonl"]
    guide_heads = sorted({r["head"] for r in rules if r.get("rule_kind") == QUOTED_RULE})
    known = set(guide_heads) | {e["head"] for e in lexicon["heads.jsonl"] if e.get("type") == "Program"}
    uses, reports = described_nouns(docs)
    nouns = {n for n, r in reports.items() if len(r) >= MIN_DOCS and n not in known}
    mods = modifiers(docs, nouns | set(guide_heads))
    rows = []
    for noun in sorted(nouns):
        own = mods[noun]
        if len(own) < MIN_MODIFIERS:
            continue
        shares = {h: len(own & mods[h]) / len(own) for h in guide_heads}
        best = max(guide_heads, key=lambda h: (shares[h], h))
        if shares[best] < MIN_SHARE:
            continue
        rows.append(
            {
                "head": noun,
                "source": "mined",
                "counts": {
                    "described_uses": uses[noun],
                    "modifiers": len(own),
                    "shared_modifiers": len(own & mods[best]),
                },
                "docs": len(reports[noun]),
                "shares_with": best,
                "share": round(shares[best], 3),
                "shared": sorted(own & mods[best]),
            }
        )
    return rows
