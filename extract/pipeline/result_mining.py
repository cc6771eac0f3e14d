"""Mine the verbs that report a programme's result (issue 12: programmes named as subjects).

A report names a national or provincial mechanism as the subject of what it achieved
(…改革纵深推进, …行动取得突破, …改革覆盖80万人): the name opens its clause and a short
predicate closes it. GUIDE §3 makes such names Programs, yet the name grammar finds most of them
only after a carrying verb (实施|X行动) or inside quotes. Which verbs report a programme's result
is read off the text, never typed: a clause that opens with a span ending in a programme head
(``programme_tails``: the GUIDE Program kernels, the mined Program heads and the GUIDE-rule head
改革 of ``head_rules.jsonl``, rule kind ``result_subject``; two characters at least, no Project
kernel) at a word boundary,
and goes on with a predicate (``is_predicate``: two to eight characters, its first word an
adverb, adjective or verb and its last a verb by jieba's dictionary tags, no programme head and no
construction stage said alone in it) to the clause edge or a figure, shows the predicate's last
word after a programme. A verb is kept when

- it closes such predicates after at least ``MIN_SUBJECTS`` different programme subjects in at
  least ``MIN_DOCS`` reports (a frame that recurs across authors, not one sentence);
- at least ``MIN_SHARE`` of its clause-closing uses after a clause-opening span of name length
  follow a programme subject (达到, 超 close clauses about anything counted).

``extract.pipeline.result_subjects`` reads the verbs from ``extract/data/result_predicates.jsonl``
(``scripts/mine_result_predicates.py``, every gold passage blanked by
``extract.pipeline.gold_mask``): a predicate that runs into a figure (覆盖|80万人) needs one of
them, since a figure after an everyday verb mostly counts a kind (…示范区达到34个). Each entry
carries its counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.pipeline.lexicon import opens_clause
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.mining import dictionary, segment

# a clause: the text between two clause edges (punctuation of the closed class, line breaks)
CLAUSE_EDGES = "，。；：！？、\n（）()“”《》"
CLAUSE_RE = re.compile(f"[^{CLAUSE_EDGES}]+")
# one clause edge: a clause starts after the last edge before any of its characters
CLAUSE_EDGE_RE = re.compile(f"[{CLAUSE_EDGES}]")
# a figure (惠及165万人): digits only, since a Han numeral is often name material (一体化)
FIGURE_RE = re.compile(r"[0-9０-９]")
MIN_SUBJECT, MAX_SUBJECT = 4, 16  # characters of a clause-opening name (subject) before a predicate
MIN_PREDICATE, MAX_PREDICATE = 2, 8
MIN_DOCS = 2
PHRASE = 4  # characters of a one-word predicate that jieba reads as a fixed phrase (顺利完成)
MIN_SUBJECTS = 2
MIN_SHARE = 0.05
OPENING_TAGS = frozenset({"d", "ad", "vd", "a", "v"})  # an adverb, adjective or verb opens a predicate
VERB_TAGS = frozenset({"v", "vd", "vn", "vi"})
# jieba tags some verbs as abbreviations, fixed phrases or idioms (深化 j, 顺利完成 l, 提前完成 i):
# one of these may open or close a predicate too
PHRASE_TAGS = frozenset({"j", "l", "i"})
ADVERB_TAGS = frozenset({"d", "ad", "vd"})


SUBJECT_RULE = "result_subject"  # head_rules.jsonl: heads that close a programme named as a subject


def programme_tails(lexicon: dict | None = None) -> tuple[str, ...]:
    """The words that close a programme named as a subject: GUIDE Program kernels, mined
    Program heads and the GUIDE-rule heads of rule kind ``result_subject`` (改革: the
    provincial-2026 conventions tag a reform named as the subject of its result; an unquoted
    机制 they do not)."""
    lex = lexicon or read_lexicon(names=["head_kernels.jsonl", "heads.jsonl", "head_rules.jsonl"])
    tails = {k["head"] for k in lex["head_kernels.jsonl"] if k["type"] == "Program"}
    tails |= {h["head"] for h in lex["heads.jsonl"] if h["type"] == "Program"}
    tails |= {r["head"] for r in lex["head_rules.jsonl"] if r["rule_kind"] == SUBJECT_RULE}
    projects = {k["head"] for k in lex["head_kernels.jsonl"] if k["type"] != "Program"}
    # two characters at least (节 closes 环节 as often as 旅游节) and no Project kernel (工程 is
    # both: a works reported as built is no programme's result)
    tails = {t for t in tails if len(t) >= 2 and t not in projects}
    return tuple(sorted(tails, key=lambda w: (-len(w), w)))


def predicate_words(phrase: str, adverbs: frozenset[str] = frozenset()) -> list[str] | None:
    """The words of ``phrase`` when it reads as a predicate (first word adverb/adjective/verb,
    last word a verb), else None. ``adverbs`` are words mined as adverbial where the dictionary's
    tag says otherwise (``status_modifiers.jsonl``: 全面 n, 有序 n); a word of them opens a
    predicate, and a fixed phrase the dictionary glues from one of them and a verb (全面实施, tagged
    n) is a predicate by itself."""
    words = segment(phrase)
    tags = dictionary()
    if not words:
        return None
    if len(words) == 1 and _adverb_verb_phrase(words[0], tags, adverbs):
        return words
    first = tags.get(words[0], (0, ""))[1]
    if (first not in OPENING_TAGS | PHRASE_TAGS and words[0] not in adverbs) or not _verbish(words[-1], tags):
        return None
    if any(tags.get(w, (0, ""))[1] in ADVERB_TAGS for w in words[1:-1]):
        return None  # 改革|创新持续加力: an adverb opens the predicate, the word before it is the subject's
    return words


def adverbial_phrase(word: str, adverbs: frozenset[str] = frozenset()) -> bool:
    """Is ``word`` a fixed phrase that opens with an adverb or adjective (顺利完成, 圆满收官; 全面实施
    with a mined adverb, ``predicate_words``)? Such a one-word predicate cannot continue a name
    the way 改革|开放 or 改革|扩大开放 do."""
    tags = dictionary()
    opener = word[:2]
    return len(word) >= PHRASE and (tags.get(opener, (0, ""))[1] in ADVERB_TAGS | {"a"} or opener in adverbs)


def _adverb_verb_phrase(word: str, tags: dict[str, tuple[int, str]], adverbs: frozenset[str]) -> bool:
    """Is ``word`` one dictionary word of a mined adverb and a verb (全面|实施, 有序|推进)? The
    dictionary tags some such phrases as nouns (全面实施 n), so the tag of the whole says nothing."""
    return len(word) == PHRASE and word[:2] in adverbs and tags.get(word[2:], (0, ""))[1] in VERB_TAGS


def _verbish(word: str, tags: dict[str, tuple[int, str]]) -> bool:
    """Is ``word`` a verb: tagged as one, or a two-character abbreviation (深化 j) or a fixed
    phrase ending in a verb (顺利完成 l, 提前完成 i; not 工作简报 l, 攻坚战 i)?"""
    tag = tags.get(word, (0, ""))[1]
    if tag in VERB_TAGS:
        return True
    if tag not in PHRASE_TAGS:
        return False
    return (len(word) == 2 and tag == "j") or tags.get(word[-2:], (0, ""))[1] in VERB_TAGS


def _clause_predicate(clause: str) -> str:
    """The clause up to its first figure (惠及165.3万人 -> 惠及)."""
    m = FIGURE_RE.search(clause)
    return clause[: m.start()] if m else clause


def stage_verbs() -> tuple[str, ...]:
    """The construction stage verbs that say by themselves a thing was built or started (closed
    class, ``status_kernels.jsonl`` entries marked ``alone``, GUIDE §5/§9); 推进 and 建设 are not
    (扎实推进 closes a programme's clause as often as a works')."""
    rows = read_lexicon(names=["status_kernels.jsonl"])["status_kernels.jsonl"]
    return tuple(k["verb"] for k in rows if k.get("alone"))


def mine_result_predicates(
    docs: Sequence[tuple[str, str]], tails: Sequence[str] | None = None, stages: Sequence[str] | None = None
) -> list[dict]:
    """Result verbs (the last word of predicates after programme subjects) with their counts,
    sorted by verb (module docstring)."""
    tails = tuple(tails) if tails is not None else programme_tails()
    stages = tuple(stages) if stages is not None else stage_verbs()
    words_of = dictionary()
    after: dict[str, set[str]] = defaultdict(set)  # verb -> programme subjects
    after_docs: dict[str, set[str]] = defaultdict(set)
    uses: Counter[str] = Counter()  # verb -> clause-closing uses after any name-length opening
    framed: Counter[str] = Counter()
    for name, text in docs:
        for m in CLAUSE_RE.finditer(text):
            whole = m.group().strip()
            clause = _clause_predicate(whole)
            figure = len(clause) < len(whole)
            if not MIN_SUBJECT + MIN_PREDICATE <= len(clause) <= MAX_SUBJECT + MAX_PREDICATE:
                continue  # too short or too long for a name and its predicate
            if opens_clause(clause):
                continue  # 更好发挥…改革|牵引作用: the clause's verb governs the name, no subject
            words = segment(clause)
            last = words[-1]
            opening = len(clause) - len(last)
            if words_of.get(last, (0, ""))[1] in VERB_TAGS and MIN_SUBJECT <= opening <= MAX_SUBJECT:
                uses[last] += 1
            pos = 0
            for i, word in enumerate(words[:-1]):
                pos += len(word)
                if pos > MAX_SUBJECT:
                    break
                if pos < MIN_SUBJECT or not clause[:pos].endswith(tails):
                    continue
                predicate = clause[pos:]
                if len(words) - i - 1 == 1 and not adverbial_phrase(last) and not figure:
                    break  # 改革|开放, 改革|创新: one word alone may continue the name; 惠及|165万人 does not
                if is_predicate(predicate, tails, stages):
                    after[last].add(clause[:pos])
                    after_docs[last].add(name)
                    framed[last] += 1
                break
    rows = []
    for verb in sorted(after):
        subjects, reports = after[verb], after_docs[verb]
        share = framed[verb] / max(uses[verb], 1)
        if len(subjects) < MIN_SUBJECTS or len(reports) < MIN_DOCS or share < MIN_SHARE:
            continue
        rows.append(
            {
                "verb": verb,
                "source": "mined",
                "counts": {"after_programmes": framed[verb], "subjects": len(subjects), "uses": uses[verb]},
                "docs": len(reports),
                "share": round(share, 3),
            }
        )
    return rows


def is_predicate(
    phrase: str, tails: Sequence[str], stages: Sequence[str], adverbs: frozenset[str] = frozenset()
) -> bool:
    """Does ``phrase`` (the rest of a clause after a subject) read as a result predicate: of
    predicate length, a predicate by its words' tags (``adverbs``: see ``predicate_words``), no
    programme head in it (…改革|试点 continues the name) and no construction stage said alone (a
    works was built)?"""
    if not MIN_PREDICATE <= len(phrase) <= MAX_PREDICATE:
        return False
    if any(t in phrase for t in tails) or any(v in phrase for v in stages):
        return False
    return predicate_words(phrase, adverbs) is not None
