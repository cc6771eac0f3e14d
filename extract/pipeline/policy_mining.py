"""Mine the governing verbs and the document kinds of policy titles (issue 12: untitled policies).

GUIDE §3 counts named documents, laws and plans as Policy, in 《》 or not (开发区条例, …工作要点);
the provincial-2026 conventions add a …条例 without 《》 (民营经济促进条例). A report writes the
same law bare in one sentence (落实民营经济促进法) and bracketed in another; which words govern a
document and which words close its title are found where the brackets say so, never typed:

- **Governing verbs** are the words right before a 《》 title (出台《…》, 制定《…》, 落实《…》) in
  at least ``MIN_DOCS`` reports: a verb (or a word whose last two characters are one: 全面实施)
  of two or more characters, never a preposition (根据《…》), a particle or a noun (电视剧《…》).
  An adverb-led verb counts as the verb it ends in (全面实施, 深入实施 -> 实施: ``head_verb``), so
  the evidence of one verb is not split across its spellings.
- **Document kinds** are the words that close a 《》 title (条例, 方案, 保护法) in at least
  ``MIN_DOCS`` reports, counting also the kind a title's last word is compounded with
  (:func:`compound_kind`: 《…总体规划》 closes with 规划 as 《…发展|规划》 does, 《…实施细则》
  with 细则): the dictionary knows some compounds of a kind as words of their own, so counted by
  the last word alone the kind's evidence splits across its compounds; and the words ending in a
  title-closing character that stand in the governing frame ``verb + body + word`` in at least
  ``MIN_DOCS`` reports and in at least ``MIN_FRAME_SHARE`` of all their occurrences (促进法: 14 of
  16; 执法, 依法, 立法, 非法 almost never follow a governing verb with a body, so they are no kind).
  Few reports bracket titles at all, so a kind whose 《》 titles stand in one report would rest on
  that one title (round 20's mask dropped 意见 so): the reports where a word some bracket closes
  ends a bare run after a modifier of kinds (市政府实施|意见: 实施 compounds 方案 and 办法 in
  titles, :data:`MIN_MODIFIER_KINDS`) count as its title reports too (:func:`bare_compounds`,
  ``counts.bare_compound``), when that frame alone reaches ``MIN_DOCS`` reports.

A kind that closes 《》 titles in ``MIN_DOCS`` reports is a document kind by the brackets' own
word, so it is ``governed`` when it stands in the governing frame in ``MIN_DOCS`` reports, however
often it occurs elsewhere: 意见 and 方案 also end many requests and descriptions (征求意见, a
工作方案 no verb governs). The share is asked only of a word no bracket closes (促进法 against
执法, 依法), where the frame alone must tell a kind from a word of the language, and only the
kinds governed by the share teach frame verbs (below). A kind seen only closing titles and never
governed (纲要, 建议, 草案) is recorded but not ``governed``: the untitled finder uses only the
governed kinds.

- **Package kinds** (role ``package``) close a numbered package of measures: the words within
  ``PACKAGE_WORDS`` words after a count of articles (``N条``: 20条措施, 21条升级举措) that has
  name material before it, in at least ``MIN_DOCS`` reports and with a governing verb before the
  count in at least ``MIN_FRAME_SHARE`` of their occurrences (措施, 举措: a package is issued;
  断头路, 跑道 are counted roads built, never governed). The count inside a title marks it as one
  package with a name (GUIDE §9 Policies: named packages), where a count before the words
  (29项促消费政策) only counts documents; ``extract.pipeline.numbered_packages`` reads them.
- **Frame verbs** (role ``frame_verb``) are the verbs that open a clause ending in a bare title of
  a governed kind or a numbered package (修订|…条例, 推动|…12条举措), in at least ``MIN_DOCS``
  reports, besides the verbs mined before 《》 titles: few reports bracket titles at all, so a
  verb that governs documents (修订 a law) may never stand before a 《 twice; the reports of the
  two frames are pooled (a verb before a 《》 title in one report and opening a bare one in
  another governs titles in two). They are kept apart
  from role ``verb`` (which other readers take as words before a title, ``area_names``); the
  untitled-policy finders govern titles by both.
``extract.pipeline.untitled_policies`` reads both from ``extract/data/policy_frames.jsonl``
(``scripts/mine_policy_frames.py``); each entry carries its counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from extract.pipeline.mining import dictionary, segment

TITLE_RE = re.compile(r"《([^《》\n]{2,80})》")
TRAILING_NOTE_RE = re.compile(r"[（(][^（()）]*[)）]$")  # 《…条例（草案）》: the note closes nothing
HAN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]+$")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_DOCS = 2
MIN_FRAME_SHARE = 0.5
# a word compounded with two kinds in titles (实施方案, 实施办法) names the document's type, so it
# marks the next word a kind also where the dictionary splits the compound; one compounded with a
# single kind (行动计划, 空间规划) is that title's topic (行动|体系 and 空间|发展 end bare runs too)
MIN_MODIFIER_KINDS = 2
# a count of articles (20条, 十条), or the indefinite count of the standard title form 关于…的若干措施
# (若干: "a number of", the numeral a package is written with when its articles go uncounted): one
# pattern for the miner and the finder (``extract.pipeline.numbered_packages``), so both read the
# same counts
ARTICLE_COUNT = r"(?:(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})条|若干)"
# name material, a count of articles, the words after it (a modifier and the kind)
PACKAGE_RE = re.compile(r"([\u4e00-\u9fff“”]{2,20})" + ARTICLE_COUNT + r"([\u4e00-\u9fff]{1,8})")
PACKAGE_WORDS = 2  # the kind right after the count or after one modifier (21条|升级|举措)
MAX_BODY_TOKENS = 6  # the governing verb stands within six words before the kind
NOT_VERB_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "r", "m", "q", "f"})
VERB_TAGS = frozenset({"v", "vd", "a", "i", "l"})  # jieba tags 落实 as an adjective, 贯彻落实 as an idiom


def _is_verb(word: str) -> bool:
    words = dictionary()
    tag = words.get(word, (0, ""))[1]
    if len(word) < 2 or tag in NOT_VERB_TAGS:
        return False
    return tag in VERB_TAGS or words.get(word[-2:], (0, ""))[1] == "v"


def head_verb(word: str) -> str:
    """The verb an adverb-led governing word ends in (全面实施 -> 实施, 贯彻落实 -> 落实, 认真落实
    -> 落实): its last two characters when they are a verb of their own, else the word itself.
    Reports lead the same verb with varying adverbs, so counted word by word its evidence splits
    across spellings and one blanked passage can drop all of them under ``MIN_DOCS`` (round 8's
    mask left 全面实施 and 实施 one report each, and 实施 governed no title any more)."""
    if len(word) > 2 and _is_verb(word[-2:]):
        return word[-2:]
    return word


def longest_first(words: Iterable[str]) -> str:
    """``words`` as one regex alternation, longest first so a word wins over its own prefix
    (政策措施 before 政策); ``(?!)`` (matches nothing) when there are none."""
    return "|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))) or "(?!)"


def _mined_row(word: str, role: str, counts: dict[str, int], docs: int) -> dict:
    """One mined entry of ``policy_frames.jsonl``: its word, role and the counts it was kept by."""
    return {"word": word, "role": role, "source": "mined", "counts": counts, "docs": docs}


COMPOUND_TAGS = frozenset({"n"})


def compound_kind(word: str) -> str | None:
    """The kind a title's last word ends in when that word is a dictionary noun compounded of two
    words, the last a noun of two characters (总体规划 -> 规划, 实施细则 -> 细则, 实施方案 -> 方案);
    None otherwise. Both parts must be words of their own (two characters or more), so a noun
    whose last two characters only happen to spell a word (保护法: 保|护法) yields nothing."""
    if len(word) < 4:
        return None
    words = dictionary()
    head, tail = word[:-2], word[-2:]
    if words.get(word, (0, ""))[1] not in COMPOUND_TAGS or words.get(tail, (0, ""))[1] not in COMPOUND_TAGS:
        return None
    return tail if head in words else None


def bare_compounds(
    docs: Sequence[tuple[str, str]], modifiers: set[str], closers: set[str]
) -> dict[str, Counter[str]]:
    """Per word of ``closers`` (the words that close a 《》 title in some report), the reports and
    counts of its bare compounds: a Han run outside brackets that ends in a modifier of kinds
    (``modifiers``, :data:`MIN_MODIFIER_KINDS`) and the word, after name material (市政府|实施|意见).
    The dictionary splits the compound there, so no title is read; the run ends where the kind
    closes a bracketed title, at the name's end."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    if not modifiers or not closers:
        return out
    for name, text in docs:
        for m in HAN_RUN_RE.finditer(TITLE_RE.sub("》", text)):  # a bracketed title counts once, above
            tokens = segment(m.group())
            if len(tokens) > 2 and tokens[-2] in modifiers and tokens[-1] in closers and len(tokens[-1]) >= 2:
                out[tokens[-1]][name] += 1
    return out


def _title_tokens(title: str) -> list[str]:
    return segment(TRAILING_NOTE_RE.sub("", title))


def kind_modifiers(docs: Sequence[tuple[str, str]]) -> set[str]:
    """The words that compound ``MIN_MODIFIER_KINDS`` or more kinds in bracketed titles (实施: 方案,
    办法); a word compounded with one kind only (行动 of 行动计划) is no modifier of kinds."""
    modifiers: dict[str, set[str]] = defaultdict(set)
    for _name, text in docs:
        for m in TITLE_RE.finditer(text):
            tokens = _title_tokens(m.group(1))
            if tokens and HAN_RUN_RE.fullmatch(tokens[-1]) and (tail := compound_kind(tokens[-1])):
                modifiers[tokens[-1][: -len(tail)]].add(tail)
    return {w for w, tails in modifiers.items() if len(tails) >= MIN_MODIFIER_KINDS}


def mine_policy_frames(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Governing verbs (``role`` verb) and document kinds (``role`` kind), sorted by word."""
    verb_count: Counter[str] = Counter()
    verb_docs: dict[str, set[str]] = defaultdict(set)
    kind_count: Counter[str] = Counter()
    kind_docs: dict[str, set[str]] = defaultdict(set)
    compound_count: Counter[str] = Counter()  # titles closed by a compound of the kind (总体|规划)
    for name, text in docs:
        for m in TITLE_RE.finditer(text):
            before = HAN_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            if before:
                word = head_verb(segment(before.group())[-1])
                verb_count[word] += 1
                verb_docs[word].add(name)
            tokens = _title_tokens(m.group(1))
            if tokens and HAN_RUN_RE.fullmatch(tokens[-1]):
                kind_count[tokens[-1]] += 1
                kind_docs[tokens[-1]].add(name)
                if tail := compound_kind(tokens[-1]):
                    compound_count[tail] += 1
                    kind_docs[tail].add(name)
    modifiers = kind_modifiers(docs)
    # the bare compounds of a word some bracket closes; like the brackets, the frame counts from
    # its own floor of reports, so one report's wording admits nothing
    bare = {w: n for w, n in bare_compounds(docs, modifiers, set(kind_count)).items() if len(n) >= MIN_DOCS}
    for w, by_doc in bare.items():
        kind_docs[w] |= set(by_doc)
    verbs = {w for w, d in verb_docs.items() if len(d) >= MIN_DOCS and _is_verb(w)}
    kinds = {w for w, d in kind_docs.items() if len(d) >= MIN_DOCS and len(w) >= 2}
    closing = {k[-1] for k in kinds}
    # the governing frame: verb + body (one word or more) + a word ending in a closing character
    total: Counter[str] = Counter()
    framed: Counter[str] = Counter()
    framed_docs: dict[str, set[str]] = defaultdict(set)
    heads = verbs | {v[-2:] for v in verbs}
    for name, text in docs:
        for m in HAN_RUN_RE.finditer(text):
            tokens = segment(m.group())
            for j, tok in enumerate(tokens):
                if tok[-1] not in closing:
                    continue
                total[tok] += 1
                for k in range(j - 2, max(-1, j - 1 - MAX_BODY_TOKENS), -1):
                    if tokens[k] in heads or tokens[k][-2:] in heads:
                        framed[tok] += 1
                        framed_docs[tok].add(name)
                        break
    out = [_mined_row(w, "verb", {"before_title": verb_count[w]}, len(verb_docs[w])) for w in verbs]
    # the kinds whose bare uses mostly stand in the frame: only clauses ending in them teach new
    # frame verbs (a kind governed by its brackets alone, 意见, ends descriptions as often as titles,
    # so a verb before it, 完善…办法, would be learnt from descriptions)
    teaching: set[str] = set()
    for w in sorted(set(framed) | kinds):
        title_docs = len(kind_docs.get(w, ()))
        by_share = len(framed_docs[w]) >= MIN_DOCS and framed[w] >= MIN_FRAME_SHARE * total[w]
        if by_share:
            teaching.add(w)
        frame_ok = by_share or (len(framed_docs[w]) >= MIN_DOCS and title_docs >= MIN_DOCS)
        if title_docs < MIN_DOCS and not frame_ok:
            continue
        out.append(
            {
                "word": w,
                "role": "kind",
                "governed": frame_ok,  # stands in the governing frame: the untitled finder uses it
                "source": "mined",
                "counts": {
                    "closes_title": kind_count[w],
                    **({"closes_compound": compound_count[w]} if compound_count[w] else {}),
                    **({"bare_compound": sum(bare[w].values())} if w in bare else {}),
                    "governed": framed[w],
                    "total": total[w],
                },
                "docs": max(title_docs, len(framed_docs[w])),
            }
        )
    packages = mine_package_kinds(docs, heads)
    out += packages
    governed_kinds = {str(e["word"]) for e in out if e["role"] == "kind" and e["word"] in teaching}
    titled = {w: verb_docs[w] for w in verb_docs if w not in verbs and _is_verb(w)}
    out += mine_frame_verbs(docs, governed_kinds, {str(e["word"]) for e in packages}, verbs, titled)
    return sorted(out, key=lambda e: (e["role"], e["word"]))


def mine_package_kinds(docs: Sequence[tuple[str, str]], heads: set[str]) -> list[dict]:
    """Words closing a numbered package of measures (module docstring, role ``package``):
    after ``N条`` with name material before it, governed by a verb in ``heads`` (the mined
    governing verbs and their two-character tails) often enough."""
    total: Counter[str] = Counter()
    governed: Counter[str] = Counter()
    gov_docs: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in PACKAGE_RE.finditer(text):
            before = segment(m.group(1))
            is_governed = any(t in heads or t[-2:] in heads for t in before)
            for word in segment(m.group(2))[:PACKAGE_WORDS]:
                if not HAN_RUN_RE.fullmatch(word) or len(word) < 2:
                    continue
                total[word] += 1
                if is_governed:
                    governed[word] += 1
                    gov_docs[word].add(name)
    return [
        _mined_row(w, "package", {"after_count": total[w], "governed": governed[w]}, len(gov_docs[w]))
        for w in sorted(governed)
        if len(gov_docs[w]) >= MIN_DOCS and governed[w] >= MIN_FRAME_SHARE * total[w]
    ]


FRAME_VERB_TOKENS = 2  # the verbs among the clause's first two words (推动|修订|…条例)
MAX_FRAME_RUN = 24  # characters of the clause before the kind: a title's reach, not a page


def mine_frame_verbs(
    docs: Sequence[tuple[str, str]],
    kinds: set[str],
    packages: set[str],
    verbs: set[str],
    titled: dict[str, set[str]] | None = None,
) -> list[dict]:
    """Verbs opening a clause that ends in a bare governed title (module docstring, role
    ``frame_verb``): the clause's Han run ends right after a governed kind, or after a count of
    articles and a package kind; the verbs among its first ``FRAME_VERB_TOKENS`` words count,
    each by its head verb (:func:`head_verb`). ``titled`` gives the reports where a verb not
    kept as role ``verb`` stood before a 《》 title: a verb governs titles in the reports of
    either frame (实施 before 《…》 in one report and opening …促进法 bare in another governs
    in two), so neither frame's count alone decides it."""
    titled = titled or {}
    if not kinds and not packages:
        return []
    closing = re.compile(
        r"(?:"
        + longest_first(kinds)
        + r"|"
        + ARTICLE_COUNT
        + r"[\u4e00-\u9fff]{0,2}?(?:"
        + longest_first(packages)
        + r"))$"
    )
    count: Counter[str] = Counter()
    found_docs: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in HAN_RUN_RE.finditer(text):
            run = m.group()
            title = closing.search(run)
            if title is None or not 2 <= title.start() <= MAX_FRAME_RUN:
                continue
            for token in segment(run[: title.start()])[:FRAME_VERB_TOKENS]:
                word = head_verb(token)
                if word not in verbs and _is_verb(word) and dictionary().get(word, (0, ""))[1] == "v":
                    count[word] += 1
                    found_docs[word].add(name)
    rows = []
    for w in sorted(count):
        either = found_docs[w] | titled.get(w, set())
        if len(either) < MIN_DOCS:
            continue
        counts = {"before_bare_title": count[w]}
        if w in titled:
            counts["before_title"] = len(titled[w])
        rows.append(_mined_row(w, "frame_verb", counts, len(either)))
    return rows
