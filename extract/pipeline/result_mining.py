"""Mine the predicates that report a programme's result (issue 12: programmes named as subjects).

A report names a national or provincial mechanism as the subject of what it achieved
(…改革纵深推进, …专项整治成效显现, …机制惠及…万人): the name opens its clause and a short
predicate closes it. GUIDE §3 makes such names Programs, yet the name grammar finds most of them
only after a carrying verb (实施|X行动) or inside quotes. Which predicates report a programme's
result is read off the text, never typed: a clause that opens with a span ending in a programme
head (the GUIDE Program kernels, the mined Program heads and the quoted-programme rule heads
改革, 机制, 专项整治: ``Grammar.program_tails``) at a word boundary, and continues with a short
predicate to the clause edge or a figure, shows the predicate after a programme. A predicate is
kept when

- it is a predicate: its first word is an adverb, adjective or verb (扎实|推进, 纵深|推进,
  取得|新突破) and its last word a verb (jieba's dictionary tags), and no programme head is
  inside it (…改革|试点 continues the name);
- it follows at least ``MIN_SUBJECTS`` different programme subjects in at least ``MIN_DOCS``
  reports (a frame that recurs across authors, not one sentence);
- it holds no construction stage verb of ``status_kernels.jsonl`` said alone (开工建设, 投运: the
  closed class of GUIDE §5 stages says a thing was built, a Project, not a programme's result);
- at least ``MIN_SHARE`` of its clause-closing uses after a clause-opening span of name length
  follow a programme subject: 取得新突破 closes clauses about programmes and about anything
  (高水平开放取得新突破), so the share tells a programme's predicate from an everyday one.

``extract.pipeline.result_subjects`` reads the predicates from
``extract/data/result_predicates.jsonl`` (``scripts/mine_result_predicates.py``, every gold
passage blanked by ``extract.pipeline.gold_mask``); each entry carries its counts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.pipeline.lexicon import opens_clause
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.mining import dictionary, segment

# a clause: the text between two clause edges (punctuation of the closed class, line breaks)
CLAUSE_RE = re.compile(r"[^，。；：！？、\n（）()“”《》]+")
FIGURE_RE = re.compile(r"[0-9０-９一二三四五六七八九十百千万两]+[.．]?[0-9]*")
MIN_SUBJECT, MAX_SUBJECT = 4, 16  # characters of a clause-opening name (subject) before a predicate
MIN_PREDICATE, MAX_PREDICATE = 2, 6
MIN_DOCS = 2
MIN_SUBJECTS = 2
MIN_SHARE = 0.2
OPENING_TAGS = frozenset({"d", "ad", "vd", "a", "v"})  # an adverb, adjective or verb opens a predicate
VERB_TAGS = frozenset({"v", "vd", "vn", "vi"})


def programme_tails(lexicon: dict | None = None) -> tuple[str, ...]:
    """The words that close a programme's name (``Grammar.program_tails`` without building a
    grammar): GUIDE Program kernels, mined Program heads, quoted-programme rule heads."""
    lex = lexicon or read_lexicon(names=["head_kernels.jsonl", "heads.jsonl", "head_rules.jsonl"])
    tails = {k["head"] for k in lex["head_kernels.jsonl"] if k["type"] == "Program" and len(k["head"]) >= 2}
    tails |= {h["head"] for h in lex["heads.jsonl"] if h["type"] == "Program"}
    tails |= {r["head"] for r in lex["head_rules.jsonl"] if r["rule_kind"] == "quoted_program"}
    return tuple(sorted(tails, key=lambda w: (-len(w), w)))


def predicate_words(phrase: str) -> list[str] | None:
    """The words of ``phrase`` when it reads as a predicate (first word adverb/adjective/verb,
    last word a verb), else None."""
    words = segment(phrase)
    tags = dictionary()
    if not words:
        return None
    first = tags.get(words[0], (0, ""))[1]
    last = tags.get(words[-1], (0, ""))[1]
    if first not in OPENING_TAGS or last not in VERB_TAGS:
        return None
    return words


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
    """Result predicates with their counts, sorted by phrase (module docstring)."""
    tails = tuple(tails) if tails is not None else programme_tails()
    stages = tuple(stages) if stages is not None else stage_verbs()
    after: dict[str, set[str]] = defaultdict(set)  # predicate -> programme subjects
    after_docs: dict[str, set[str]] = defaultdict(set)
    uses: Counter[str] = Counter()  # predicate -> clause-closing uses after any name-length opening
    framed: Counter[str] = Counter()
    for name, text in docs:
        for m in CLAUSE_RE.finditer(text):
            whole = m.group().strip()
            clause = _clause_predicate(whole)
            figure = len(clause) < len(whole)
            if len(clause) < MIN_SUBJECT + MIN_PREDICATE or opens_clause(clause):
                continue  # 更好发挥…改革|牵引作用: the clause's verb governs the name, no subject
            for n in range(MIN_PREDICATE, MAX_PREDICATE + 1):
                if MIN_SUBJECT <= len(clause) - n <= MAX_SUBJECT:
                    uses[clause[-n:]] += 1
            words = segment(clause)
            pos = 0
            for i, word in enumerate(words[:-1]):
                pos += len(word)
                if pos > MAX_SUBJECT:
                    break
                if pos < MIN_SUBJECT or not clause[:pos].endswith(tails):
                    continue
                predicate = clause[pos:]
                one_word = len(words) - i - 1 == 1
                if one_word and not figure:
                    break  # 改革|开放, 改革|创新: one word alone may continue the name; 惠及|165万人 does not
                fits = MIN_PREDICATE <= len(predicate) <= MAX_PREDICATE
                if fits and not any(t in predicate for t in tails):
                    after[predicate].add(clause[:pos])
                    after_docs[predicate].add(name)
                    framed[predicate] += 1
                break
    rows = []
    for phrase in sorted(after):
        subjects, reports = after[phrase], after_docs[phrase]
        if len(subjects) < MIN_SUBJECTS or len(reports) < MIN_DOCS:
            continue
        share = framed[phrase] / max(uses[phrase], 1)
        if share < MIN_SHARE or predicate_words(phrase) is None or any(v in phrase for v in stages):
            continue
        rows.append(
            {
                "phrase": phrase,
                "source": "mined",
                "counts": {
                    "after_programmes": framed[phrase],
                    "subjects": len(subjects),
                    "uses": uses[phrase],
                },
                "docs": len(reports),
                "share": round(share, 3),
            }
        )
    return rows
