"""Mine the open-class lexicon (name heads, stop words, status phrases) from unannotated text.

The name grammar (``extract.pipeline.grammar``) needs three open classes: the head words that
end names (…产业园, …隧道, …研究院), the clause words a name never starts after (推进, 加快,
的…), and the status phrases that follow a project list (开工建设, 建成投运). Typed by hand
they grow one gold item at a time; here they are counted in raw reports instead:

- **Heads** are suffixes of Han runs that end in a *kernel* (the heads GUIDE.md itself names
  per type: 园/基地/中心 for Platform, 行动/计划 for Program, 片区/新城 for Area, …; the kernel
  file cites the section). A suffix is a head when it is used across reports (document
  frequency), takes varied modifiers (left branching entropy, the accessor-variety criterion
  of unsupervised word segmentation), starts and ends on a segmentation boundary (so 业园 of
  产业园 is no head) and holds no clause word. Its type is the type of the longest kernel it
  ends in: the GUIDE rule the head encodes, never a judgement per entry.
- **Stop words** are words of jieba's general dictionary with a clause part of speech (verbs,
  adverbs, prepositions, conjunctions, particles) that sit in the frame ``V … X`` before a
  kernel-ended name and are generic (in at least half of the reports). A stop word that is
  mostly preceded by a clause boundary is *hard* (推进, 加快: it cuts a name's left context
  anywhere); one mostly glued to a noun before it (协同联动, 品质提升) is *soft*: it
  occurs inside real names, so it is only trimmed from a name's front, never cut inside it.
  A partner verb of GUIDE §8 (共建, 联办: ``PARTNER_VERBS``) is hard whatever its share: the
  noun it is glued to (川渝|共建) is its subject, the partners, not a name's first words.
- **Status phrases** are runs of clause words holding a construction-stage verb right after or
  before a project name (``…大桥建成通车，``, ``，全面建成…枢纽``): ``extract.pipeline.status_mining``.

Everything is deterministic (sorted output, no randomness) so ``scripts/mine_lexicon.py``
reproduces the shipped files under ``extract/data``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extract.pipeline.status_mining import mine_status_modifiers, mine_status_phrases, status_frames

HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
STATUS_KERNELS = Path(__file__).resolve().parent.parent / "data" / "status_kernels.jsonl"
MAX_HEAD = 6  # longest head (高新技术产业开发区 is a kernel, so longer ones still match)

# parts of speech (jieba's dictionary tags) of clause words: verbs, adverbs, prepositions,
# conjunctions, particles. Verbal nouns (vn: 建设, 服务) and nouns are name material.
CLAUSE_TAGS = frozenset(
    {"v", "vd", "vi", "vg", "d", "df", "dg", "ad", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv"}
)
# a single character is a stop word only as a function word (的, 和, 与, 等), never as a verb
FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "d"})
# closed word classes (prepositions, conjunctions, particles, pronouns; and one-character adverbs,
# 也/还/已): no name opens with one, so their clause role needs no frame count, only spread
CLOSED_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "ud", "uv", "r"})
CLAUSE_BOUNDARY = frozenset("，。；：！？,;:!?\n^")  # not 、: list items open runs but no clause
NON_MODIFIER_TAGS = frozenset({"q", "r", "f", "y", "e", "o", "x", "zg"})
NAME_MATERIAL_TAGS = frozenset(
    {"n", "ng", "nr", "ns", "nt", "nz", "a", "an", "ag", "m", "mq", "q", "f", "s", "j"}
)
NATIONAL = ("国家", "全国")  # the level above every division of the gazetteer
# GUIDE §8: of the verbs that name a report's partners (协议, 合作, 对口, 结对, 互派, 共建, 联办), the
# two whose object is what the partners build or run together. What stands before one is its
# subject (川渝|共建, 与北京航天自动控制研究所|共建…实验室), never a name's first words: a clause word
# (``mine_stops``), whatever share of its uses a mask leaves right before a head word
PARTNER_VERBS = frozenset(("共建", "联办"))
PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng"})
ADVERB_TAGS = frozenset({"d", "df", "dg", "ad"})
# what a noun phrase goes on with: nouns of any kind, verbal and adjectival nouns, places; not a
# localiser (到期|后, 实施|前: a time clause, no name)
NOUN_TAGS = frozenset({"n", "ng", "nr", "nrt", "ns", "nt", "nz", "j", "s", "vn", "an"})


@dataclass(frozen=True)
class Settings:
    """Thresholds of the mining criteria (one place; the script records them in its output)."""

    head_min_docs: int = 3  # a head is used in at least this many reports
    head_min_count: int = 4
    head_min_entropy: float = 1.5  # bits of left branching entropy
    head_min_variety: int = 3  # distinct characters before it
    head_min_edge_ratio: float = 0.5  # share of occurrences starting and ending on a word boundary
    stop_min_doc_share: float = 0.1  # a clause word is in at least a quarter of the reports
    stop_min_frame: int = 3  # times seen in the frame "V … kernel-ended name"
    stop_closed_min_doc_share: float = 0.25  # a closed-class word seen once in the frame: this spread
    stop_open_ratio: float = 0.35  # a word of any tag opening this many clauses is a clause word
    # a verb compound the dictionary lacks (做|实) is a clause word at half that ratio
    stop_compound_open_ratio: float = 0.175
    stop_proper_open_ratio: float = 0.6  # a word tagged as a name must open this many clauses
    stop_proper_doc_share: float = 0.5  # and be in this share of the reports
    stop_min_standalone: float = 0.3  # a one-character stop word is a word of its own this often
    stop_soft_adjacency: float = 0.08  # share right before a head word: name material, soft
    stop_soft_max_open: float = 0.6  # but a word opening more of its clauses than this is hard
    stop_noun_adverb_share: float = 2 / 3  # an "adverb" followed by a noun this often is a noun
    lead_min_count: int = 3  # times seen right before a place-led, kernel-ended name
    lead_min_docs: int = 3
    lead_min_share: float = 0.1  # share of its occurrences in that frame
    generic_min_doc_share: float = 0.4  # a phrase in this share of the reports is generic


@dataclass
class _HeadStats:
    count: int = 0
    docs: set[str] = field(default_factory=set)
    left: Counter[str] = field(default_factory=Counter)
    edges: int = 0  # occurrences whose both ends are segmentation boundaries


@functools.cache
def dictionary() -> dict[str, tuple[int, str]]:
    """jieba's general dictionary: word -> (frequency, part-of-speech tag)."""
    from jieba import DEFAULT_DICT_NAME, get_module_res

    with get_module_res(DEFAULT_DICT_NAME) as f:
        lines = f.read().decode("utf-8").splitlines()
    out: dict[str, tuple[int, str]] = {}
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            out[parts[0]] = (int(parts[1]), parts[2])
    return out


@functools.cache
def _tokenizer():  # untyped: jieba has no stubs
    """A private jieba tokenizer (the global one may carry user words), with the one-pass cuts of
    :mod:`extract.pipeline.segmenter` (the same words as jieba's)."""
    from extract.pipeline.segmenter import shared_tokenizer

    return shared_tokenizer()


def segment(run: str) -> list[str]:
    return _tokenizer().cut_hmm(run)


def segment_cached(run: str) -> list[str]:
    """:func:`segment` for the extractor, whose short runs recur (the words before a quote, a
    clause around a kernel): jieba's HMM pass runs once per distinct run. A fresh list each
    call, so a caller may change it. Mining keeps :func:`segment` (its runs rarely recur)."""
    return list(_segment_tuple(run))


@functools.lru_cache(maxsize=65536)
def _segment_tuple(run: str) -> tuple[str, ...]:
    return tuple(_tokenizer().cut_hmm(run))


def entropy(counts: Counter[str]) -> float:
    total = sum(counts.values())
    return -sum(n / total * math.log2(n / total) for n in counts.values()) if total else 0.0


def load_kernels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Corpus:
    """The documents as Han runs with their jieba segmentation (computed once)."""

    def __init__(self, docs: Sequence[tuple[str, str]]):
        self.names = [name for name, _ in docs]
        self.runs: list[tuple[str, str, list[str], str]] = []  # (doc, run, tokens, char before)
        for name, text in docs:
            for m in HAN_RUN_RE.finditer(text):
                before = text[m.start() - 1] if m.start() else "^"
                self.runs.append((name, m.group(), segment(m.group()), before))

    def __len__(self) -> int:
        return len(self.names)


def _cuts(tokens: list[str]) -> set[int]:
    cuts, pos = {0}, 0
    for t in tokens:
        pos += len(t)
        cuts.add(pos)
    return cuts


@functools.cache
def place_names() -> frozenset[str]:
    """Closed-class division names and short forms (``extract/data/regions.tsv``) and the
    national level; a short form the general dictionary knows as a common word (灯塔, 通用)
    is left out — there it is read as the word."""
    from extract.regions import all_regions

    words = dictionary()
    names = {n for r in all_regions() for n in r.names if len(n) >= 2}
    common = CLAUSE_TAGS | {"n", "ng", "a", "an", "ag", "vn", "m", "q"}
    return frozenset({*NATIONAL, *(n for n in names if words.get(n, (0, ""))[1] not in common)})


def place_at(run: str, i: int, places: frozenset[str]) -> bool:
    return any(run[i : i + k] in places for k in range(2, 9))


def _units(tokens: list[str]):
    """(index, unit) for every token, and for every pair of one-character tokens the pair as
    one unit too, right after its first token: jieba splits verb + complement compounds the
    dictionary lacks (用|好, 建|强, 在|施), which still behave as one clause word."""
    for j, t in enumerate(tokens):
        yield j, t
        if len(t) == 1 and j + 1 < len(tokens) and len(tokens[j + 1]) == 1:
            yield j, t + tokens[j + 1]


def closed_class(word: str, tag: str) -> bool:
    """Whether ``word`` belongs to a closed word class by its dictionary ``tag``: a preposition,
    conjunction, particle or pronoun (被, 从, 并, 我省), or a one-character adverb (也, 还).

    Why: a function word is a clause word by grammar, not by how often a mined name happens to
    follow it. Held to the frame count (``stop_min_frame``) alone, 被 (in 13 reports) sat at the
    count's edge and left the lexicon when 36 more gold passages were blanked. A closed-class
    word is kept once it is seen in the frame at all and is spread over
    ``stop_closed_min_doc_share`` of the reports, a criterion a few blanked passages cannot tip.
    jieba's two-character adverbs are no closed class (it tags 立法, 首发 and 务实 as adverbs).
    """
    return tag in CLOSED_TAGS or (tag == "d" and len(word) == 1)


def verb_compound(word: str, words: dict[str, tuple[int, str]]) -> bool:
    """Is ``word`` a two-character unit the dictionary lacks that opens with a one-character verb?

    Why: jieba splits verb + complement (and verb + object) compounds its dictionary does not
    hold into two characters (做|实, 建|强, 做|大); :func:`_units` counts the pair as one unit, but
    with no tag of its own it was a clause word only while it opened ``stop_open_ratio`` of its
    clauses. 做实 sat at that ratio's edge (7 of 19, 0.368) and left the stop words when round 11's
    31 passages were blanked, and a name then opened with it (做实|…科创中心). A unit whose first
    character the dictionary tags as a verb is verbal by grammar (the verb heads the compound),
    which no count of blanked passages can tip; the frame and spread criteria still apply. A
    second character the dictionary also tags as a verb makes a coordinate compound, which the
    reports use as a noun of an activity (托|育 in 托育服务, 引|育), so it is left to the ratio; and
    the caller admits a compound only where it is seldom right before a head (no name material:
    提质, 算力 stand inside names).
    """
    return (
        len(word) == 2
        and word not in words
        and words.get(word[0], (0, ""))[1] == "v"
        and words.get(word[1], (0, ""))[1] != "v"
    )


def clause_by_tag_and_use(word: str, tag: str, open_ratio: float, s: Settings = Settings()) -> bool:
    """Is ``word`` a clause word on two witnesses: its dictionary tag is a clause tag (a verb or an
    adverb) *and* it opens ``stop_open_ratio`` of its clauses (the use criterion of untagged words)?

    Why: the frame count (``stop_min_frame``: seen before a kernel-ended name) says how often a
    name follows the word, not whether the word is a clause word. It is the only gate of a word
    with one witness (a verb tag alone: 关爱 opens 6 of 25 clauses and is name material in
    关爱服务), but a verb that also opens half its clauses is a clause word whether one name or
    three follow it. 增加 (opens 27 of 57 clauses, 21 reports) and 自觉 (47 of 60) sat at the frame
    count (3 before round 12's 30 passages were blanked, 2 after) and left the stop words with
    them. Such a word is kept once seen in the frame at all, with the spread asked of a closed-class
    word (``stop_closed_min_doc_share``): no count a few blanked passages can tip. One-character
    words keep their own test (``stop_min_standalone``).
    """
    return len(word) > 1 and tag in CLAUSE_TAGS and open_ratio >= s.stop_open_ratio


def misread_noun(word: str, tag: str, open_ratio: float, noun_share: float, s: Settings = Settings()) -> bool:
    """Is ``word``, tagged an adverb by jieba's dictionary, used as a noun in the reports?

    Why: an adverb modifies the verb after it and opens its clause (进一步, 稳步); a word the
    dictionary calls an adverb that seldom opens a clause (under ``stop_open_ratio``) and stands
    before a noun in ``stop_noun_adverb_share`` of its occurrences is a noun the tagger misreads:
    首都 ("the capital", 31 of 40 before a noun, 3 of 40 opening a clause) opens names of Areas
    (首都通勤圈, 首都产业协同圈), which its tag made a clause edge that cut them. The test reads
    the tag against the word's use, never the word itself; a one-character adverb (都, 也) is
    a closed class and keeps its tag."""
    return (
        tag in ADVERB_TAGS
        and len(word) > 1
        and open_ratio < s.stop_open_ratio
        and noun_share >= s.stop_noun_adverb_share
    )


def mine_stops(corpus: Corpus, kernels: Iterable[str], s: Settings = Settings()) -> list[dict]:
    """Clause words in the frame ``V … X`` (X ends in a kernel), generic across reports.

    A one-character candidate must be a function word or verb by its tag and stand as a
    word of its own (not inside a longer word) in ``stop_min_standalone`` of its occurrences:
    的, 和, 是 do; 建, 共, 都 do not. Another candidate is a word jieba's general dictionary
    tags as a verb, adverb, preposition, conjunction or particle, or any word that opens a
    clause (after punctuation or a function word) in ``stop_open_ratio`` of its occurrences —
    the tags are a weak guide for policy prose (jieba tags 全面 and 大力 as nouns, 落实 as an
    adjective). Adjectives are name material (健康青海行动). A stop word is *soft* when it
    stands right before a head word (within two characters) in ``stop_soft_adjacency`` of its
    occurrences:
    such a word is name material as often as a clause word (提升行动, 联动创新区). A partner
    verb of GUIDE §8 (``PARTNER_VERBS``) is hard whatever that share: its subject stands before it.

    A word the tags miss or mis-tag still shows its clause role in a *lead-in* frame: it
    stands right before a name that opens with a division of the closed-class gazetteer or
    the national level and ends in a kernel (获批|国家绿色产业示范基地, 用好|重庆…平台) —
    name material sits after the place, not before it. A word in that frame in
    ``lead_min_share`` of its occurrences (and a few reports) is a clause word unless its tag
    makes it name material (美丽|中国, 首批|国家级…); for such a word the lead-in occurrences
    do not count towards the frame either: a proper or common noun glued to a place-led name
    opens it (大运河|国家文化公园), which is no evidence of a clause. A word tagged as a person's or place's
    name that is no division of the gazetteer (续建, tagged nr) needs only the open ratio.
    """
    places = place_names()
    lead: Counter[str] = Counter()
    lead_docs: dict[str, set[str]] = defaultdict(set)
    kernel_set = set(kernels)
    words = dictionary()
    docs: dict[str, set[str]] = defaultdict(set)
    total: Counter[str] = Counter()
    after_boundary: Counter[str] = Counter()
    frame: Counter[str] = Counter()
    adjacent: Counter[str] = Counter()
    longest = max(map(len, kernel_set))
    chars: Counter[str] = Counter()
    before_noun: Counter[str] = Counter()  # the next word is a noun (NOUN_TAGS)
    whole: Counter[str] = Counter()  # seen as one token of the segmenter, not as a pair of them
    for doc, run, tokens, before in corpus.runs:
        chars.update(run)
        cuts = _cuts(tokens)
        # a one-character kernel ends a name only on a word boundary (带 of 文化带, not of 带动)
        ends = [
            i
            for i in range(1, len(run) + 1)
            if any(run[max(0, i - k) : i] in kernel_set and (k > 1 or i in cuts) for k in (1, 2, 3))
        ]
        starts = [0]
        for tok in tokens:
            starts.append(starts[-1] + len(tok))
        for j, t in _units(tokens):
            total[t] += 1
            whole[t] += t == tokens[j]
            docs[t].add(doc)
            nxt = j + (1 if t == tokens[j] else 2)
            if nxt < len(tokens) and words.get(tokens[nxt], (0, ""))[1] in NOUN_TAGS:
                before_noun[t] += 1
            prev = tokens[j - 1] if j else ""
            if (j == 0 and before in CLAUSE_BOUNDARY) or (
                j and len(prev) == 1 and words.get(prev, (0, ""))[1] in FUNCTION_TAGS
            ):
                after_boundary[t] += 1
            end = starts[j] + len(t)
            if any(0 < e - end <= 20 for e in ends):
                frame[t] += 1
                if place_at(run, end, places):
                    lead[t] += 1
                    lead_docs[t].add(doc)
            if any(
                run[end + gap : end + gap + k] in kernel_set
                for gap in range(0, 3)
                for k in range(2, longest + 1)
            ):
                adjacent[t] += 1
    out = []
    for t, n in frame.items():
        tag = words.get(t, (0, ""))[1]
        if len(t) > 4 or any(k in t for k in kernel_set):
            continue
        if tag in NAME_MATERIAL_TAGS:
            # a noun right before a place-led, kernel-ended name opens that name (大运河|国家文化公园,
            # 长江|国家文化公园): its lead-in occurrences are name material, no clause frame
            n -= lead[t]
        if len(docs[t]) < s.stop_min_doc_share * len(corpus):
            continue
        ratio = after_boundary[t] / total[t]
        if n < s.stop_min_frame and not (
            (closed_class(t, tag) or clause_by_tag_and_use(t, tag, ratio, s))
            and len(docs[t]) >= s.stop_closed_min_doc_share * len(corpus)
        ):
            continue
        leads_in = (
            lead[t] >= s.lead_min_count
            and len(lead_docs[t]) >= s.lead_min_docs
            and lead[t] >= s.lead_min_share * total[t]
            and tag not in NAME_MATERIAL_TAGS
        )
        if tag in PROPER_TAGS - {"j", "nz"} and (
            ratio < s.stop_proper_open_ratio
            or (t in places and len(docs[t]) < s.stop_proper_doc_share * len(corpus))
        ):
            continue  # a place (重庆 opens 16 % of its clauses); 新建 (tagged ns) opens 77 %, in 27 reports
        if misread_noun(t, tag, ratio, before_noun[t] / total[t], s):
            continue  # 首都 ("capital", tagged d): it opens Area names (首都…圈), no clause
        if len(t) == 1:
            if tag not in FUNCTION_TAGS | {"v"} or total[t] < s.stop_min_standalone * chars[t]:
                continue  # a content character (岛, 个), or mostly inside longer words (建, 共, 都)
        elif not (
            tag in CLAUSE_TAGS
            or ratio >= s.stop_open_ratio
            or leads_in
            # a verb compound that is no name material (seldom right before a head) and opens
            # its clauses at least half as often as an untagged word must: 做实 (6 of 18), not the
            # halves of a four-character idiom (招大 of 招大引强, never opening a clause)
            # and that the segmenter reads as one word (做实; not 是|指: the run-time edge reads
            # tokens, and the unit would only hide the edge of 是)
            or (
                verb_compound(t, words)
                and 2 * whole[t] >= total[t]
                and adjacent[t] < s.stop_soft_adjacency * total[t]
                and ratio >= s.stop_compound_open_ratio
            )
        ):
            continue
        # soft: name material as often as a clause word, glued to what stands before it
        # (协同联动, 品质提升); a word that mostly opens its clause (争创, 打通) is a clause word
        # even where a head follows it (争创|国际消费中心城市), and so is a partner verb, whose
        # subject is what it is glued to (PARTNER_VERBS: 共建 went soft at 9 of 112 right before a
        # head when round 17 was masked, and 川渝共建… was read as one name)
        glued = ratio <= s.stop_soft_max_open and t not in PARTNER_VERBS
        kind = "soft" if len(t) > 1 and glued and adjacent[t] >= s.stop_soft_adjacency * total[t] else "hard"
        out.append(
            {
                "word": t,
                "kind": kind,
                "source": "mined",
                "counts": {
                    "frame": frame[t],
                    "total": total[t],
                    "after_boundary": after_boundary[t],
                    "before_head": adjacent[t],
                    "lead_in": lead[t],
                },
                "docs": len(docs[t]),
                "pos": tag or "?",
            }
        )
    return sorted(out, key=lambda e: e["word"])


def mine_heads(
    corpus: Corpus, kernels: list[dict], stops: Iterable[str], s: Settings = Settings()
) -> list[dict]:
    """Suffixes ending in a kernel that behave like head words (see the module docstring)."""
    kernel_type = {k["head"]: k["type"] for k in kernels}
    longest = max(map(len, kernel_type))
    stop_set = set(stops)
    stats: dict[str, _HeadStats] = defaultdict(_HeadStats)
    for doc, run, tokens, before in corpus.runs:
        cuts = _cuts(tokens)
        for e in range(1, len(run) + 1):
            if not any(run[max(0, e - k) : e] in kernel_type for k in range(1, min(longest, e) + 1)):
                continue
            for length in range(2, min(MAX_HEAD, e) + 1):
                h = run[e - length : e]
                st = stats[h]
                st.count += 1
                st.docs.add(doc)
                st.left[run[e - length - 1] if e > length else before] += 1
                if e in cuts and e - length in cuts:
                    st.edges += 1
    out = []
    for h, st in stats.items():
        kernel = next((h[i:] for i in range(len(h)) if h[i:] in kernel_type), None)
        if kernel is None:
            continue
        ent = entropy(st.left)
        if (
            len(st.docs) < s.head_min_docs
            or st.count < s.head_min_count
            or ent < s.head_min_entropy
            or len(st.left) < s.head_min_variety
            or st.edges < s.head_min_edge_ratio * st.count
        ):
            continue
        if h != kernel and not _modifier(h[: len(h) - len(kernel)], stop_set):
            continue  # 建设项目, 个项目, 重庆东站: a clause word, a count or a name before the kernel
        type_, stem = kernel_type[kernel], None
        if type_ == "Platform":
            stem = _institution_stem(h[: len(h) - len(kernel)], kernel_type)
        if stem:
            type_ = "Organization"  # 研究中心: the stem of 研究所 makes the centre an institute
        out.append(
            {
                "head": h,
                "type": type_,
                "kernel": kernel,
                **({"institution_stem": stem} if stem else {}),
                "source": "mined",
                "counts": {"suffix": st.count, "on_boundaries": st.edges, "left_variety": len(st.left)},
                "left_entropy": round(ent, 3),
                "docs": len(st.docs),
            }
        )
    return sorted(out, key=lambda e: e["head"])


def _institution_stem(prefix: str, kernel_type: dict[str, str]) -> str | None:
    """The stem of an Organization kernel that ``prefix`` ends in, if any.

    GUIDE §3 types institutes as Organization and 中心 designations as Platform; a centre
    whose modifier is what names an institute (研究 of 研究所/研究院) is an institute
    (研究中心), so the head takes the Organization type. Stems are derived from the kernel
    file (a kernel of three or more characters minus its last one), never listed.
    """
    stems = {k[:-1] for k, t in kernel_type.items() if t == "Organization" and len(k) >= 3}
    return next((st for st in sorted(stems) if prefix.endswith(st)), None)


def _modifier(prefix: str, stops: set[str]) -> bool:
    """Can ``prefix`` + kernel be a head word: a common, generic modifier (产业, 污水处理,
    国际) rather than a clause word (建设, 抓), a count (个, 类), a proper noun (重庆, 渝昆) or
    a description the name grammar rejects anyway (重点, 重大)?"""
    from extract.pipeline.grammar import is_generic

    words = dictionary()
    for t in segment(prefix):
        tag = words.get(t, (0, ""))[1]
        if t in stops or tag in CLAUSE_TAGS or tag in NON_MODIFIER_TAGS or (len(t) == 1 and tag == "m"):
            return False
        if tag in PROPER_TAGS or not tag or (len(t) == 1 and tag not in ("n", "ng", "b")):
            return False
    return not is_generic(prefix)


def mine_generic(corpus: Corpus, s: Settings = Settings()) -> list[dict]:
    """Phrases in a large share of the reports: words and two-word compounds of everyday
    words (no proper noun) that nearly every report uses (生物医药, 上市公司, 重大项目) are
    generic terms, not names; a name is rare across reports."""
    words = dictionary()
    docs: dict[str, set[str]] = defaultdict(set)
    total: Counter[str] = Counter()
    for doc, _, tokens, _ in corpus.runs:
        for j, t in enumerate(tokens):
            grams = [t] if len(t) >= 2 else []
            if j + 1 < len(tokens) and len(t) + len(tokens[j + 1]) <= 8:
                grams.append(t + tokens[j + 1])
            for g in grams:
                total[g] += 1
                docs[g].add(doc)
    out = []
    floor = s.generic_min_doc_share * len(corpus)
    for g, d in docs.items():
        if len(d) < floor or len(g) < 3:
            continue
        if any(words.get(t, (0, ""))[1] in PROPER_TAGS for t in segment(g)):
            continue
        out.append({"term": g, "source": "mined", "counts": {"total": total[g]}, "docs": len(d)})
    return sorted(out, key=lambda e: e["term"])


def mine(
    docs: Sequence[tuple[str, str]], kernels: list[dict], s: Settings = Settings()
) -> dict[str, list[dict]]:
    """All three lexicons from the documents: {"stop_words": …, "heads": …, "status_phrases": …}."""
    corpus = Corpus(docs)
    stops = mine_stops(corpus, [k["head"] for k in kernels], s)
    heads = mine_heads(corpus, kernels, [e["word"] for e in stops], s)
    # short zone kinds no kernel closes (农高区), after a place or the national level
    from extract.pipeline.zone_abbreviations import mine_zone_abbreviations

    zones = mine_zone_abbreviations(corpus.runs, kernels, [h["head"] for h in heads], place_names(), NATIONAL)
    # facility words a one-character Project kernel closes (电厂, 铅锌矿), built in the reports
    from extract.pipeline.kernel_compounds import mine_kernel_compounds

    status_verbs = [k["verb"] for k in load_kernels(STATUS_KERNELS)]
    known = [h["head"] for h in [*kernels, *heads, *zones]]
    facilities = mine_kernel_compounds(corpus.runs, kernels, status_verbs, known, dictionary())
    heads = sorted([*heads, *zones, *facilities], key=lambda e: e["head"])
    # endings of place-opened facility names no head closes (度假区): read by embedded only
    from extract.pipeline.facility_endings import mine_facility_endings

    known, stop_words = [h["head"] for h in heads], [e["word"] for e in stops]
    endings = mine_facility_endings(corpus.runs, kernels, known, stop_words, place_names(), dictionary())
    # what gets built: the status frames sit around project and park names
    project_heads = [h["head"] for h in [*kernels, *heads] if h["type"] in ("Project", "Platform")]
    from extract.pipeline.buildup_programmes import mine_buildup_modifiers
    from extract.pipeline.campaign_kernels import mine_with_verbs as mine_campaign_kernels
    from extract.pipeline.city_titles import mine_with_grammar as mine_title_verbs
    from extract.pipeline.cooperation_programmes import mine_with_lexicon as mine_cooperation_modifiers
    from extract.pipeline.governed_headed_quotes import mine_with_grammar as mine_headed_quotes
    from extract.pipeline.governing_verbs import mine_with_grammar as mine_governing_verbs
    from extract.pipeline.programme_frames import mine_openers_with_grammar as mine_frame_openers
    from extract.pipeline.programme_frames import mine_with_grammar as mine_frame_verbs
    from extract.pipeline.quoted_frames import mine_with_grammar
    from extract.pipeline.quoted_programmes import mine_with_grammar as mine_quoted_programmes

    verbs = mine_with_grammar(docs, heads, stops)
    status_kernels = load_kernels(STATUS_KERNELS)
    frames = status_frames(docs, status_kernels, project_heads)  # read once for phrases and modifiers
    frame_verbs = mine_frame_verbs(docs, heads, stops)
    governing = mine_governing_verbs(docs, heads, stops)
    quoted = mine_quoted_programmes(docs, heads, stops, verbs)
    return {
        "stop_words": stops,
        "heads": heads,
        "facility_endings": endings,
        "programme_verbs": verbs,
        "governing_verbs": governing,
        "campaign_kernels": mine_campaign_kernels(docs, [verbs, frame_verbs, governing], s),
        "quoted_programmes": quoted,
        "headed_quotes": mine_headed_quotes(docs, heads, stops, quoted),
        "frame_verbs": frame_verbs,
        "frame_openers": mine_frame_openers(docs, heads, frame_verbs),
        "buildup_modifiers": mine_buildup_modifiers(docs),
        "cooperation_modifiers": mine_cooperation_modifiers(docs),
        "title_verbs": mine_title_verbs(docs, heads, stops),
        "status_phrases": mine_status_phrases(docs, status_kernels, project_heads, frames=frames),
        "status_modifiers": mine_status_modifiers(docs, status_kernels, frames=frames),
        "generic_terms": mine_generic(corpus, s),
    }


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8"
    )
