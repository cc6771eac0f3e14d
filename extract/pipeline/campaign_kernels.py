"""Campaigns named with one word of a compound campaign kernel: 深化|安全生产治本攻坚, 深化|X系统整治.

GUIDE §3 types named campaigns as Program, and the provincial-2026 conventions keep them "whatever
their head" (…攻坚战, “两不一欠”专项整治). The GUIDE campaign kernels are compounds of two words:
攻坚战 (攻坚 + 战), and the quoted-programme head 专项整治 (专项 + 整治) of the conventions' campaign
example. Reports often write a campaign with only the word of its kernel that says what is done,
without the rest: 深化安全生产治本攻坚 (the national …治本攻坚三年行动), 深化招投标领域突出问题系统整治,
接续实施…综合治理攻坚. The name grammar knew only the whole compounds, so these were missed whole.

- **Mining** (:func:`mine_campaign_kernels`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/campaign_kernels.jsonl``, every gold passage blanked): the candidates are the
  dictionary words of two or more characters at the front or the end of a GUIDE campaign kernel
  or campaign head (``CAMPAIGN_SOURCES``), the word itself excluded when it is the ending that
  ``campaign_frames`` already reads as a sibling of a kernel (教育 of 学习教育: 开展警示教育 names
  a kind). A candidate is a kernel when it closes names carried out by a carrying verb
  (``Grammar.carrying_verbs``, mined: 实施, 开展, 深化 …) at a clause edge in as many reports,
  as often and with as many different last characters before it as a mined head needs
  (``mining.Settings``: head_min_docs, head_min_count, head_min_variety). The counts are kept.
- **Run time**: ``campaign_frames.campaign_kernels`` adds these kernels, so they are read only
  after a carrying verb (the verb gives the name's start), with the list, year and generic-body
  checks of that module; an item holding 等 closes a list of another kind and is left alone. A
  kernel whose dropped part is a word (专项 of 专项整治) needs that word in the name
  (:func:`lacks_its_compound`): the readable gold leaves routine 整治 untagged (人居环境整治,
  全域土地综合整治) and tags the 专项…整治 campaigns.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from extract.pipeline import grammar as g
from extract.pipeline.mining import Settings, dictionary, segment_cached

CAMPAIGN_RULE = "GUIDE §3 Program: campaigns"  # head_kernels.jsonl: 攻坚战, 学习教育
CAMPAIGN_HEAD = "专项整治"  # head_rules.jsonl quoted_program head of the conventions' campaign example
SIBLING_END = 2  # characters of a kernel's ending that campaign_frames reads as a sibling (教育)
MIN_WORD = 2  # characters: a one-character part (战) is a classifier, no kernel
MAX_BODY = 22  # characters of the longest name body counted (programme_frames.MAX_NAME_BODY)
EDGE = r"(?=[，。；、：！？,;:!?\n])"
FILE = "campaign_kernels.jsonl"
SETTINGS = Settings()  # the mined heads' thresholds (one place: mining.Settings)


def campaign_sources(lexicon: dict[str, list[dict]]) -> list[str]:
    """The GUIDE campaign kernels (攻坚战, 学习教育) and the campaign head of the conventions'
    example (专项整治, a quoted-programme head), sorted."""
    kernels = {
        k["head"]
        for k in lexicon.get("head_kernels.jsonl", ())
        if k["type"] == "Program" and k["rule"].startswith(CAMPAIGN_RULE)
    }
    heads = {
        r["head"]
        for r in lexicon.get("head_rules.jsonl", ())
        if r.get("rule_kind") == "quoted_program" and r["head"] == CAMPAIGN_HEAD
    }
    return sorted(kernels | heads)


def candidate_words(
    sources: Iterable[str], words: dict[str, tuple[int, str]] | None = None
) -> dict[str, str]:
    """The dictionary words at the front or end of each compound kernel (攻坚 of 攻坚战, 专项 and
    整治 of 专项整治), less a kernel's sibling ending (教育 of 学习教育) and the kernels themselves,
    each with the rest of its compound (战 of 攻坚战, 专项 of 专项整治)."""
    words = dictionary() if words is None else words
    sources = list(sources)
    siblings = {s[-SIBLING_END:] for s in sources if len(s) > SIBLING_END and s != CAMPAIGN_HEAD}
    out: dict[str, str] = {}
    for s in sources:
        for n in range(MIN_WORD, len(s)):
            for part, rest in ((s[:n], s[n:]), (s[-n:], s[:-n])):
                kept = part in words and part not in siblings and part not in sources
                if kept and (part not in out or len(rest) < len(out[part])):
                    out[part] = rest
    return dict(sorted(out.items()))


def mine_campaign_kernels(
    docs: Sequence[tuple[str, str]], verbs: Iterable[str], candidates: dict[str, str], s: Settings = SETTINGS
) -> list[dict]:
    """The candidates (word -> the rest of its compound) that close names after a carrying verb in
    enough reports (module docstring)."""
    verbs = [v for v in verbs if v]
    if not verbs or not candidates:
        return []
    verb_re = g._alternation(verbs)
    body_re = re.compile(rf"[\u4e00-\u9fff“”]{{2,{MAX_BODY}}}?{EDGE}")
    count: Counter[str] = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    left: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for v in verb_re.finditer(text):
            pos = v.end()
            while chained := verb_re.match(text, pos):
                pos = chained.end()
            m = body_re.match(text, pos)
            if m is None:
                continue
            run = m.group(0).replace("“", "").replace("”", "")
            tokens = segment_cached(run)
            if len(tokens) < 2 or tokens[-1] not in candidates:
                continue
            word = tokens[-1]
            count[word] += 1
            where[word].add(name)
            left[word].add(run[-len(word) - 1])
    out = []
    for word in sorted(count):
        if (
            len(where[word]) >= s.head_min_docs
            and count[word] >= s.head_min_count
            and len(left[word]) >= s.head_min_variety
        ):
            out.append(
                {
                    "counts": {"frames": count[word], "left_variety": len(left[word])},
                    "docs": len(where[word]),
                    "head": word,
                    "rest": candidates[word],
                    "source": "mined",
                    "type": "Program",
                }
            )
    return out


def mine_with_verbs(
    docs: Sequence[tuple[str, str]], verb_rows: Iterable[Iterable[dict]], s: Settings = SETTINGS
) -> list[dict]:
    """:func:`mine_campaign_kernels` over the freshly mined carrying verbs (programme, frame and
    governing verbs: ``Grammar.carrying_verbs``) and the shipped GUIDE kernels and head rules."""
    from extract.pipeline.lexicon_files import read_lexicon

    verbs = sorted({e["word"] for rows in verb_rows for e in rows})
    return mine_campaign_kernels(docs, verbs, candidate_words(campaign_sources(read_lexicon())), s)


def short_kernels(lexicon: dict[str, list[dict]]) -> frozenset[str]:
    """The mined short campaign kernels of the lexicon (攻坚, 整治)."""
    return frozenset(e["head"] for e in lexicon.get(FILE, ()))


def lacks_its_compound(name: str, lexicon: dict[str, list[dict]]) -> bool:
    """Does ``name`` end in a short kernel whose dropped part is a word that the name does not
    hold elsewhere? The rest of 攻坚战 is the classifier 战 (X治本攻坚 is still the campaign), but
    the rest of 专项整治 is what makes the work a campaign: routine 整治 of a field (人居环境整治,
    隐患排查整治) is no named campaign, a 专项…整治 is (X专项排查整治, “两不一欠”专项整治)."""
    for e in lexicon.get(FILE, ()):
        if name.endswith(e["head"]) and len(e.get("rest", "")) >= MIN_WORD:
            return e["rest"] not in name[: -len(e["head"])]
    return False
