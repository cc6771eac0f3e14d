"""Mine status phrases (what happened to a project) from unannotated reports.

A report says what happened to a project right next to its name: after it
(``…大桥开工建设，``, ``…等项目建成投运。``) or before it at the head of a clause
(``，全面建成…枢纽、``). The phrases vary far more than a hand list keeps up with: adverb +
verb (全面建成, 基本完工, 加快建设), verb + result (建成投用, 竣工投产, 投入使用), and plain
verbs (开工, 投运). So they are counted in these two frames around *project heads* (the GUIDE's
Project kernels and the mined Project heads: 项目, 工程, 大桥, 高速公路 …) in raw text:

- ``HEAD S`` + clause boundary (``after`` count), and
- clause boundary + ``S`` (+ 了) + a name ending in a project head + boundary (``before`` count),

where ``S`` is one to three words of jieba's dictionary with a clause part of speech (verb,
adverb, adjective; words the dictionary lacks such as 投用 may be verbs too) that holds a
*stage verb* of ``extract/data/status_kernels.jsonl``. The kernels are the closed class of
construction-stage verbs (开工, 建成, 投运, 签约 …), each with the status class the ontology's
``pkg:projectStatusScheme`` defines and the GUIDE rule that makes it a status (§5, §9). A
phrase's class is its first stage verb's (开工建设 started, 建成投用 completed, 加快建设 under
construction): the event the phrase reports, the later verb being its purpose or result. A
stage verb that names the work rather than its state (建设, 推进, 实施: ``项目建设``) is a status
only with an adverb or another verb (``alone: false`` in the kernel file).

Every entry keeps its counts and the number of reports it was seen in; a phrase seen once, or
in one report only, is not kept. Deterministic: sorted output.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_HAN_BEFORE_BOUNDARY = re.compile(r"[\u4e00-\u9fff]{2,}(?=[，。；、,;：:\n])")
_CLAUSE_OPEN = re.compile(r"(?:^|(?<=[，。；：,;:\n]))[\u4e00-\u9fff]{3,}(?=[、，。；,;\n等])")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
STATUS_TAGS = frozenset({"v", "vd", "vi", "vn", "d", "ad", "a"})
MAX_PHRASE = 6  # characters
MAX_WORDS = 3


@dataclass(frozen=True)
class StatusSettings:
    min_count: int = 2  # times seen in the two frames together
    min_docs: int = 2  # reports it was seen in
    adverb_min_count: int = 5  # a word seen this often can be judged adverbial
    adverb_verb_share: float = 0.65  # share of its occurrences right before a verb
    modifier_min_docs: int = 3  # a modifier of stage verbs in this many reports
    modifier_min_verbs: int = 8  # distinct verbs a word the dictionary does not call an adverb precedes
    frame_min_docs: int = 2  # reports where a modifier opens a status in the frames, over all its phrases


@dataclass(frozen=True, slots=True)
class Kernel:
    verb: str
    status: str  # notation of a pkg:ProjectStatus concept
    alone: bool  # a status on its own (开工), or only with an adverb or another verb (建设)


def kernels_of(rows: Iterable[dict]) -> dict[str, Kernel]:
    return {r["verb"]: Kernel(r["verb"], r["status"], bool(r["alone"])) for r in rows}


def stage_verb(phrase: str, words: Sequence[str], kernels: dict[str, Kernel]) -> Kernel | None:
    """The first stage verb of ``phrase`` that starts on a word boundary of ``words`` (its
    segmentation), or None; a single word that is a stage verb not used alone gives None."""
    starts, pos = set(), 0
    for w in words:
        starts.add(pos)
        pos += len(w)
    for i in sorted(starts):
        for k in sorted(kernels, key=len, reverse=True):
            if phrase.startswith(k, i):
                kernel = kernels[k]
                if not kernel.alone and len(words) == 1:
                    return None
                return kernel
    return None


@functools.cache
def _tags() -> dict[str, str]:
    from extract.pipeline.mining import dictionary

    return {w: tag for w, (_, tag) in dictionary().items()}


def _phrase(
    words: Sequence[str], kernels: dict[str, Kernel], adverbial: frozenset[str] = frozenset()
) -> Kernel | None:
    """The stage verb of a run of words, when every word is a clause word: a dictionary word
    with a clause part of speech, or a word the dictionary lacks that holds a stage verb
    (投用, 投运: jieba does not list them). The first word may also be an ``adverbial`` word
    (全面, 整体, 如期: jieba tags them as nouns or times, the corpus uses them before verbs)."""
    tags = _tags()
    phrase = "".join(words)
    if not 1 <= len(words) <= MAX_WORDS or len(phrase) > MAX_PHRASE:
        return None
    lead = 1 if len(words) > 1 and words[0] in adverbial else 0
    if not all(_clause_word(w, tags, kernels) for w in words[lead:]) or not _verbal(words[-1], tags, kernels):
        return None
    return stage_verb(phrase, words, kernels)


def _adverb_counts(runs: Iterable[Sequence[str]]) -> tuple[Counter[str], Counter[str]]:
    """Per two-character dictionary word (no proper noun): how often it occurs, and how often
    right before a verb."""
    from extract.pipeline.mining import PROPER_TAGS

    tags = _tags()
    total: Counter[str] = Counter()
    verbal: Counter[str] = Counter()
    for words in runs:
        for w, nxt in itertools.pairwise(words):
            tag = tags.get(w)
            if len(w) != 2 or tag is None or tag in PROPER_TAGS:
                continue
            total[w] += 1
            if tags.get(nxt, "").startswith("v") or tags.get(nxt[:2], "").startswith("v"):
                verbal[w] += 1
    return total, verbal


ADVERB_TAGS = frozenset({"d", "ad", "vd"})  # jieba's adverb tags: a closed class, no corpus evidence needed


def _verbs_after(runs: Iterable[Sequence[str]]) -> dict[str, set[str]]:
    """Per word: the distinct dictionary verbs it is seen right before."""
    tags = _tags()
    after: dict[str, set[str]] = defaultdict(set)
    for words in runs:
        for w, nxt in itertools.pairwise(words):
            if len(w) == 2 and tags.get(nxt, "").startswith("v"):
                after[w].add(nxt)
    return after


def _adverbial(total: Counter[str], verbal: Counter[str], s: StatusSettings) -> frozenset[str]:
    """Words the corpus mostly uses right before a verb (``adverb_verb_share``): the adverbial
    use the dictionary's tag misses (全面 n, 如期 t). A noun subject (项目, 政府) is followed
    by a verb far less often."""
    return frozenset(
        w for w, n in total.items() if n >= s.adverb_min_count and verbal[w] >= s.adverb_verb_share * n
    )


def mine_status_modifiers(
    docs: Sequence[tuple[str, str]],
    kernel_rows: Iterable[dict],
    s: StatusSettings = StatusSettings(),
    frames: FrameSightings | None = None,
) -> list[dict]:
    """Adverbs seen right before stage verbs (全面建成, 有序推进, 如期完工): the reader joins them
    to the status phrase they precede, so a status is never cut short (如期完工, not 完工).

    A word qualifies on two kinds of evidence, neither resting on a rare event:

    - *it is an adverb*: jieba's dictionary tags it one (d, ad, vd: a closed class), or, since the
      dictionary tags many adverbs of these reports as nouns (全面, 全力, 有序, 大力 n), the corpus
      writes it before at least ``modifier_min_verbs`` different verbs (全力 before 41, 有序 26,
      扎实 8). A noun that mostly precedes a verb does so in one or two compounds (作风建设,
      强国建设, 实际使用: before six verbs at most), so the verb share alone does not tell them apart;
    - *it opens statuses*: it is seen right before a stage verb ``min_count`` times in
      ``modifier_min_docs`` reports. The number of *different* stage verbs is not required: most
      adverbs of manner only ever precede 推进 (扎实推进, 有序推进), and a rule "two stage verbs"
      made an entry hang on the one sighting of its second verb, which any new gold mask removes.

    The counts, the dictionary tag and the number of verbs are kept as provenance.

    With the status ``frames`` (:func:`status_frames`) each row also says how often the word opens
    a status right next to a project name, over all its stage verbs (``counts.in_frames``, and
    ``frame_docs`` reports): the reader takes a word seen so in ``frame_min_docs`` reports as an
    adverb of the status frames (``extract.relations.status.StatusLexicon.frame_modifiers``).
    Pooled, not per phrase: 全面 opens eight different statuses there (全面建成, 全面竣工, 全面投用
    …), each in one report once round 16's passages were blanked, so no single phrase kept it;
    累计 (累计完成投资) opens none."""
    from extract.pipeline.mining import segment

    kernels = kernels_of(kernel_rows)
    runs = [segment(m.group()) for _, t in docs for m in _HAN_RUN.finditer(t)]
    names = [name for name, t in docs for _ in _HAN_RUN.finditer(t)]
    total, verbal = _adverb_counts(runs)
    adverbial = _adverbial(total, verbal, s)
    verbs_after = _verbs_after(runs)
    tags = _tags()
    before: Counter[str] = Counter()
    seen: dict[str, set[str]] = defaultdict(set)
    verbs: dict[str, set[str]] = defaultdict(set)
    by_length = sorted(kernels, key=len, reverse=True)
    for name, words in zip(names, runs, strict=True):
        for w, nxt in itertools.pairwise(words):
            if w in adverbial and w not in kernels:
                k = next((k for k in by_length if nxt.startswith(k)), None)
                if k is not None:
                    before[w] += 1
                    seen[w].add(name)
                    verbs[w].add(k)
        for w in words:
            # the dictionary glues some pairs into one word (如期完成, 全面完成): the adverb still
            # precedes the stage verb, and without this 如期 was seen before 完工 alone
            k = next((k for k in by_length if w.endswith(k) and len(w) > len(k)), None)
            if k is not None and w[: -len(k)] in adverbial and w[: -len(k)] not in kernels:
                before[w[: -len(k)]] += 1
                seen[w[: -len(k)]].add(name)
                verbs[w[: -len(k)]].add(k)

    in_frames: Counter[str] = Counter()
    frame_docs: dict[str, set[str]] = defaultdict(set)
    if frames is not None:
        for p, reports in frames.seen.items():
            for w in before:
                if p.startswith(w) and any(p.startswith(k, len(w)) for k in kernels):
                    in_frames[w] += frames.after[p] + frames.before[p]
                    frame_docs[w] |= reports

    def in_frames_of(w: str) -> dict:
        if frames is None:
            return {}
        return {"frame_docs": len(frame_docs[w])}

    def is_adverb(w: str) -> bool:
        return tags.get(w) in ADVERB_TAGS or len(verbs_after[w]) >= s.modifier_min_verbs

    return [
        {
            "word": w,
            "source": "mined",
            "tag": tags.get(w),
            "counts": {
                "before_stage_verb": before[w],
                "before_verb": verbal[w],
                "total": total[w],
                **({"in_frames": in_frames[w]} if frames is not None else {}),
            },
            "verbs": len(verbs_after[w]),
            "stage_verbs": len(verbs[w]),
            "docs": len(seen[w]),
            **in_frames_of(w),
        }
        for w in sorted(before)
        if before[w] >= s.min_count and len(seen[w]) >= s.modifier_min_docs and is_adverb(w)
    ]


# a word of a clause's inside: it ends at most this share of the runs it stands in (基本 0 of 191;
# a noun closes clauses as an object: 工程 350 of 84+, 试点 140 of 95, 重大 10 of 260)
INNER_MAX_CLOSE_SHARE = 0.01


def mine_degree_adverbs(
    docs: Sequence[tuple[str, str]], kernel_rows: Iterable[dict], s: StatusSettings = StatusSettings()
) -> list[dict]:
    """Adverbs of degree jieba tags as nouns (基本: 任务基本完成, 中心基本建成): the words that open
    statuses as :func:`mine_status_modifiers` asks (before a stage verb ``min_count`` times in
    ``modifier_min_docs`` reports, before ``modifier_min_verbs`` different verbs) but fail its
    share test, because they also qualify nouns (基本公共服务: 44% of 基本 stands before a verb).
    What tells them from nouns is that the corpus never ends a clause with them
    (``INNER_MAX_CLOSE_SHARE``): a noun closes clauses as an object (…等工程。, …试点。), an adverb
    never does. The indicator reader moves such a word from the end of a counted noun to the verb
    after it (``extract.indicators.degree_adverbs``); unlike a modifier of manner (有序, 全面),
    which the names leave out, the readable gold keeps it (基本完成年度改革任务数).

    Each row keeps its counts and reports as provenance. Deterministic: sorted output."""
    from extract.pipeline.mining import PROPER_TAGS, segment

    kernels = kernels_of(kernel_rows)
    by_length = sorted(kernels, key=len, reverse=True)
    tags = _tags()
    runs = [(name, segment(m.group())) for name, t in docs for m in _HAN_RUN.finditer(t)]
    total, verbal = _adverb_counts(words for _, words in runs)
    verbs_after = _verbs_after(words for _, words in runs)
    closes: Counter[str] = Counter(words[-1] for _, words in runs if words)
    before: Counter[str] = Counter()
    seen: dict[str, set[str]] = defaultdict(set)
    for name, words in runs:
        for w, nxt in itertools.pairwise(words):
            if w in total and w not in kernels and any(nxt.startswith(k) for k in by_length):
                before[w] += 1
                seen[w].add(name)
    return [
        {
            "word": w,
            "source": "mined",
            "tag": tags.get(w),
            "counts": {
                "before_stage_verb": before[w],
                "before_verb": verbal[w],
                "closes": closes[w],
                "total": total[w],
            },
            "verbs": len(verbs_after[w]),
            "docs": len(seen[w]),
        }
        for w in sorted(before)
        if tags.get(w, "").startswith("n")
        and tags.get(w) not in PROPER_TAGS
        and total[w] >= s.adverb_min_count
        and verbal[w] < s.adverb_verb_share * total[w]  # the share test's words are status modifiers
        and closes[w] <= INNER_MAX_CLOSE_SHARE * total[w]
        and before[w] >= s.min_count
        and len(seen[w]) >= s.modifier_min_docs
        and len(verbs_after[w]) >= s.modifier_min_verbs
    ]


def _clause_word(word: str, tags: dict[str, str], kernels: dict[str, Kernel]) -> bool:
    """A dictionary word with a clause tag, a stage verb, or a stage verb glued to a clause
    word (建成投用 unknown to the dictionary, 投入使用 listed there as a noun)."""
    if word in kernels or tags.get(word) in STATUS_TAGS:
        return True
    return any(
        (a in kernels or b in kernels)
        and (a in kernels or tags.get(a) in STATUS_TAGS)
        and (b in kernels or tags.get(b) in STATUS_TAGS)
        for a, b in ((word[:i], word[i:]) for i in range(1, len(word)))
    )


def _verbal(word: str, tags: dict[str, str], kernels: dict[str, Kernel]) -> bool:
    """A phrase ends in a verb (建设进度 ends in a noun jieba tags as an adverb)."""
    return tags.get(word, "").startswith("v") or any(word.endswith(k) for k in kernels)


def _ends_with_head(text: str, heads: frozenset[str], longest: int) -> bool:
    return any(text[-n:] in heads for n in range(2, min(longest, len(text)) + 1))


@dataclass
class FrameSightings:
    """What the two status frames saw around project heads, every candidate phrase, before any
    floor: per phrase the times after and before a name, the reports and its stage verb."""

    after: Counter[str]
    before: Counter[str]
    seen: dict[str, set[str]]
    klass: dict[str, Kernel]


def status_frames(
    docs: Sequence[tuple[str, str]],
    kernel_rows: Iterable[dict],
    project_heads: Iterable[str],
    s: StatusSettings = StatusSettings(),
) -> FrameSightings:
    """Every phrase seen in the two frames around project heads (module docstring)."""
    from extract.pipeline.mining import segment

    kernels = kernels_of(kernel_rows)
    heads = frozenset(h for h in project_heads if len(h) >= 2)
    longest = max(map(len, heads), default=2)
    out = FrameSightings(Counter(), Counter(), defaultdict(set), {})
    adverbial = _adverbial(
        *_adverb_counts(segment(m.group()) for _, t in docs for m in _HAN_RUN.finditer(t)), s
    )
    for name, text in docs:
        for m in _HAN_BEFORE_BOUNDARY.finditer(text):
            run = m.group()
            words = segment(run)
            for n in range(min(MAX_WORDS, len(words) - 1), 0, -1):  # the longest phrase first
                cand = "".join(words[-n:])
                rest = run[: len(run) - len(cand)]
                if _ends_with_head(rest, heads, longest):
                    k = _phrase(words[-n:], kernels, adverbial)
                    if k is not None:
                        out.after[cand] += 1
                        out.seen[cand].add(name)
                        out.klass[cand] = k
                        break
        for m in _CLAUSE_OPEN.finditer(text):
            run = m.group()
            words = segment(run)
            for n in range(min(MAX_WORDS, len(words) - 1), 0, -1):
                cand = "".join(words[:n])
                rest = run[len(cand) :].removeprefix("了")
                if len(rest) >= 2 and words[n - 1] in kernels and _ends_with_head(rest, heads, longest):
                    k = _phrase(
                        words[:n], kernels, adverbial
                    )  # 建成X, 全面建成X: the stage verb governs the name
                    if k is not None:
                        out.before[cand] += 1
                        out.seen[cand].add(name)
                        out.klass[cand] = k
                        break
    return out


def mine_status_phrases(
    docs: Sequence[tuple[str, str]],
    kernel_rows: Iterable[dict],
    project_heads: Iterable[str],
    s: StatusSettings = StatusSettings(),
    frames: FrameSightings | None = None,
) -> list[dict]:
    """Status phrases in the two frames around project heads, with counts and documents
    (``frames``: the sightings already read by :func:`status_frames`, else read here)."""
    kernel_rows = list(kernel_rows)
    kernels = kernels_of(kernel_rows)
    f = frames if frames is not None else status_frames(docs, kernel_rows, project_heads, s)
    after, before, seen, klass = f.after, f.before, f.seen, f.klass
    seen_phrases = sorted(set(after) | set(before))
    kept = {p for p in seen_phrases if after[p] + before[p] >= s.min_count and len(seen[p]) >= s.min_docs}
    out = []
    for p in seen_phrases:
        parts = None if p in kept else composition(p, kept, kernels)
        if p in kept or parts:
            out.append(
                {
                    "phrase": p,
                    "verb": klass[p].verb,
                    "status": klass[p].status,
                    "source": "mined",
                    "counts": {"after_name": after[p], "before_name": before[p]},
                    "docs": len(seen[p]),
                    **({"composed_of": parts} if parts else {}),
                }
            )
    return out


def composition(phrase: str, kept: Iterable[str], kernels: dict[str, Kernel]) -> list[str] | None:
    """``phrase`` read as a kept status phrase followed by one or more stage verbs (建成 + 运行,
    开工 + 建设), the parts in order; None when it is no such composition.

    Why: a verb + result status (建成运行: the first stage verb the event, the later one its result)
    is what the reader already composes (``extract.relations.status.StatusLexicon.phrase_re``
    chains stage verbs after a mined phrase), so the phrase is a status whatever its own count.
    Held to the phrase floors (``min_count``, ``min_docs``) 建成运行 (after a project name twice, in
    two reports) left the file when round 12's 30 passages were blanked, while 建成 (17 reports)
    and the stage verb 运行 (a GUIDE kernel) stayed. A phrase seen in the frames at all that is
    such a composition is kept, with its parts as provenance.
    """
    by_length = sorted(kernels, key=len, reverse=True)
    for head in sorted(kept, key=len, reverse=True):
        if len(head) >= len(phrase) or not phrase.startswith(head):
            continue
        rest, parts = phrase[len(head) :], [head]
        while rest:
            k = next((k for k in by_length if rest.startswith(k)), None)
            if k is None:
                break
            parts.append(k)
            rest = rest[len(k) :]
        if not rest:
            return parts
    return None


__all__ = [
    "FrameSightings",
    "Kernel",
    "StatusSettings",
    "composition",
    "kernels_of",
    "mine_degree_adverbs",
    "mine_status_modifiers",
    "mine_status_phrases",
    "stage_verb",
    "status_frames",
]
