#!/usr/bin/env python3
"""Draw the *fresh* passages: new gold from the twelve readable provincial reports.

Why: the tuning half and the dev provincial gold have been read for errors for three sessions,
so their scores are fitted; the sealed half may not be read. Fresh passages from the same
readable reports, annotated blind (nobody looks at extractor output before the gold is
committed), give a score the rules were not written against and, afterwards, errors that may be
read. The draw is seeded and avoids every passage already in a gold file that may be read
(dev provincial, tuning half); it never opens the sealed half.

Per report: one unit from the review chapter (the first top-level heading) and one from the
rest (the 十五五 and 2026 chapters), each a paragraph of 250–900 characters or a window of whole
sentences (at most 700) of a longer paragraph, not opening with boilerplate.

Round 2 (``--round 2``, drawn 2026-12-05 for the eighth session's blind measurement) avoids the
round-1 fresh passages too and takes three units per report (review, plan, and one more from
either chapter), with its own seed.

Round 3 (``--round 3``, drawn 2026-12-05 for the ninth session's blind measurement) avoids the
round-2 passages as well (their offsets in ``../fresh2/passages.jsonl``), three units per report
the same way, with its own seed.

Round 4 (``--round 4``, drawn 2026-12-05 for the eleventh session's blind measurement, before
round 3's readable half was opened for errors) avoids the round-3 passages as well (their
offsets in ``../fresh3/passages.jsonl``), three units per report the same way, with its own seed.

Round 5 (``--round 5``, drawn 2026-12-05 for the twelfth session's blind measurement, before
round 4's readable half was opened for errors) avoids the round-4 passages as well (their offsets
in ``../fresh4/passages.jsonl``), three units per report the same way, with its own seed;
where a report has no free unit left in the chapter asked for, it takes one from either chapter,
and a report with no free unit at all (河北省) gives none.

Round 6 (``--round 6``, drawn 2026-12-06 for the fifteenth session's blind measurement, before
round 5's readable half was opened for errors) avoids the round-5 passages as well (their offsets
in ``../fresh5/passages.jsonl``), the same way, with its own seed.

Round 7 (``--round 7``, drawn 2026-12-06 for the sixteenth session's blind measurement, before
round 6's readable half was opened for errors) avoids the round-6 passages as well (their offsets
in ``../fresh6/passages.jsonl``). After six rounds the 250–900-character units are used up
(河北省 had none left in round 6), so round 7 defines its unit anew (``short_units``): a run of
whole consecutive sentences of 150–450 characters inside one paragraph, made only of sentences
that overlap no earlier passage. Three units per report the same way, with its own seed.

Round 8 (``--round 8``, drawn 2026-12-06 for the seventeenth session's blind measurement, before
round 7's readable half was opened for errors) avoids the round-7 passages as well (their offsets
in ``../fresh7/passages.jsonl``), with round 7's unit (``short_units``) and its own seed.

Round 9 (``--round 9``, drawn 2026-12-06 for the eighteenth session's blind measurement, before
round 8's readable half was opened for errors) avoids the round-8 passages as well (their offsets
in ``../fresh8/passages.jsonl``), with round 7's unit and its own seed.

Round 10 (``--round 10``, drawn 2026-12-06 for the nineteenth session's blind measurement, before
round 9's readable half was opened for errors) avoids the round-9 passages as well (their offsets
in ``../fresh9/passages.jsonl``), with round 7's unit and its own seed.

Round 11 (``--round 11``, drawn 2026-12-06 for the twentieth session's blind measurement, before
round 10's readable half was opened for errors) avoids the round-10 passages as well (their offsets
in ``../fresh10/passages.jsonl``), with round 7's unit and its own seed. 山东省 has no free unit left.

Round 12 (``--round 12``, drawn 2026-12-06 for the twenty-first session's blind measurement, before
round 11's readable half was opened for errors) avoids the round-11 passages as well (their offsets
in ``../fresh11/passages.jsonl``), with round 7's unit and its own seed: 30 passages, 山东省 and
河北省 have no free unit left. The unit is kept (not shortened) so rounds stay comparable; later
rounds will draw fewer passages.

Round 13 (``--round 13``, drawn 2026-12-07 for the twenty-second session's blind measurement, before
round 12's readable half was opened for errors) avoids the round-12 passages as well (their offsets
in ``../fresh12/passages.jsonl``), with round 7's unit and its own seed.

Round 15 (``--round 15``, drawn 2026-12-07 for the twenty-fourth session's blind measurement, before
round 14's readable half was opened for errors) avoids the round-14 passages as well (their offsets
in ``../fresh14/passages.jsonl``), with round 7's unit and its own seed.

Round 16 (``--round 16``, drawn 2026-12-07 for the twenty-fifth session's blind measurement, before
round 15's readable half was opened for errors) avoids the round-15 passages as well (their offsets
in ``../fresh15/passages.jsonl``), with round 7's unit and its own seed.

Round 17 (``--round 17``, drawn 2026-12-07 for the twenty-sixth session's blind measurement, before
round 16's readable half was opened for errors) avoids the round-16 passages as well (their offsets
in ``../fresh16/passages.jsonl``), with round 7's unit and its own seed.

Round 18 (``--round 18``, drawn 2026-12-07 for the twenty-seventh session's blind measurement, before
round 17's readable half was opened for errors) avoids the round-17 passages as well (their offsets
in ``../fresh17/passages.jsonl``), with round 7's unit and its own seed.

Round 19 (``--round 19``, drawn 2026-12-07 for the twenty-eighth session's blind measurement, before
round 18's readable half was opened for errors) avoids the round-18 passages as well (their offsets
in ``../fresh18/passages.jsonl``), with round 7's unit and its own seed.

Round 20 (``--round 20``, drawn 2026-12-07 for the twenty-ninth session's blind measurement, before
round 19's readable half was opened for errors) avoids the round-19 passages as well (their offsets
in ``../fresh19/passages.jsonl``), with round 7's unit and its own seed.

Usage: select_fresh.py CORPUS_DIR [--round 2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20]  (prints one ``## doc id start end kind`` line per
passage)
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
READABLE_GOLD = (HERE.parent / "tune.jsonl", HERE.parents[2] / ".." / "shared" / "eval" / "dev" / "gold-provincial.jsonl")
# Round 2 also avoids round 1. Only offsets are read from these files (check/ is score only).
ROUND1_GOLD = (HERE / "gold.jsonl", HERE / "check" / "gold.jsonl")
ROUND2_PASSAGES = (HERE.parent / "fresh2" / "passages.jsonl",)
ROUND3_PASSAGES = (HERE.parent / "fresh3" / "passages.jsonl",)
ROUND4_PASSAGES = (HERE.parent / "fresh4" / "passages.jsonl",)
ROUND5_PASSAGES = (HERE.parent / "fresh5" / "passages.jsonl",)
ROUND6_PASSAGES = (HERE.parent / "fresh6" / "passages.jsonl",)
ROUND7_PASSAGES = (HERE.parent / "fresh7" / "passages.jsonl",)
ROUND8_PASSAGES = (HERE.parent / "fresh8" / "passages.jsonl",)
ROUND9_PASSAGES = (HERE.parent / "fresh9" / "passages.jsonl",)
ROUND10_PASSAGES = (HERE.parent / "fresh10" / "passages.jsonl",)
ROUND11_PASSAGES = (HERE.parent / "fresh11" / "passages.jsonl",)
ROUND12_PASSAGES = (HERE.parent / "fresh12" / "passages.jsonl",)
ROUND13_PASSAGES = (HERE.parent / "fresh13" / "passages.jsonl",)
ROUND14_PASSAGES = (HERE.parent / "fresh14" / "passages.jsonl",)
ROUND15_PASSAGES = (HERE.parent / "fresh15" / "passages.jsonl",)
ROUND16_PASSAGES = (HERE.parent / "fresh16" / "passages.jsonl",)
ROUND17_PASSAGES = (HERE.parent / "fresh17" / "passages.jsonl",)
ROUND18_PASSAGES = (HERE.parent / "fresh18" / "passages.jsonl",)
ROUND19_PASSAGES = (HERE.parent / "fresh19" / "passages.jsonl",)
REPORTS = ("天津市", "山东省", "山西省", "广东省", "江西省", "河北省", "海南省", "青海省",
           "云南省", "新疆维吾尔自治区", "浙江省", "湖北省")
HEADING = re.compile(r"^[一二三四五六七八九十]+、")
BOILERPLATE = ("根本在于", "清醒认识", "政府自身建设", "各位代表", "我们也清醒", "同时也要看到")
SENTENCE = re.compile(r"[^。！？；]*[。！？；]")


def taken(doc: str, files: tuple[Path, ...] = READABLE_GOLD) -> list[tuple[int, int]]:
    spans = []
    for path in files:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["doc"] == doc:
                spans.append((r["start"], r["end"]))
    return spans


def paragraphs(text: str):
    """(start offset, paragraph, chapter) of every body paragraph under a top-level heading that does
    not open with boilerplate; the chapter is 'review' under the first heading, 'plan' after it."""
    pos, chapter, headings = 0, None, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if HEADING.match(line):
            headings += 1
            chapter = "review" if headings == 1 else "plan"
            continue
        if chapter is not None and not line.startswith(BOILERPLATE):
            yield start, line, chapter


def units(text: str) -> list[tuple[int, int, str]]:
    """Candidate units with the chapter they lie in ('review' or 'plan')."""
    out = []
    for start, line, chapter in paragraphs(text):
        if len(line) < 250:
            continue
        if len(line) <= 900:
            out.append((start, start + len(line), chapter))
            continue
        window_start, length = start, 0
        for m in SENTENCE.finditer(line):
            if length + len(m.group()) > 700 and length >= 250:
                out.append((window_start, window_start + length, chapter))
                window_start, length = start + m.start(), 0
            length += len(m.group())
    return out


def short_units(text: str, busy: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Round 7's units: runs of whole free sentences (150–450 characters) inside one paragraph.

    Why sentences and not paragraphs: six rounds took the long paragraphs; what is left are the
    free sentences around earlier passages and the paragraphs under 250 characters.
    """
    out = []
    for start, line, chapter in paragraphs(text):
        run_start, length = None, 0
        for m in SENTENCE.finditer(line):
            a, b = start + m.start(), start + m.end()
            if any(a < y and x < b for x, y in busy):
                run_start, length = None, 0
                continue
            if run_start is None:
                run_start, length = a, 0
            if length + (b - a) > 450:
                if length >= 150:
                    out.append((run_start, run_start + length, chapter))
                run_start, length = a, 0
            length += b - a
        if run_start is not None and length >= 150:
            out.append((run_start, run_start + length, chapter))
    return out


def main(corpus: Path, round_: int = 1) -> None:
    for province in REPORTS:
        doc = f"{province}.txt"
        text = (corpus / doc).read_text(encoding="utf-8")
        busy = taken(doc)
        if round_ >= 2:
            busy += taken(doc, ROUND1_GOLD)
        if round_ >= 3:
            busy += taken(doc, ROUND2_PASSAGES)
        if round_ >= 4:
            busy += taken(doc, ROUND3_PASSAGES)
        if round_ >= 5:
            busy += taken(doc, ROUND4_PASSAGES)
        if round_ >= 6:
            busy += taken(doc, ROUND5_PASSAGES)
        if round_ >= 7:
            busy += taken(doc, ROUND6_PASSAGES)
        if round_ >= 8:
            busy += taken(doc, ROUND7_PASSAGES)
        if round_ >= 9:
            busy += taken(doc, ROUND8_PASSAGES)
        if round_ >= 10:
            busy += taken(doc, ROUND9_PASSAGES)
        if round_ >= 11:
            busy += taken(doc, ROUND10_PASSAGES)
        if round_ >= 12:
            busy += taken(doc, ROUND11_PASSAGES)
        if round_ >= 13:
            busy += taken(doc, ROUND12_PASSAGES)
        if round_ >= 14:
            busy += taken(doc, ROUND13_PASSAGES)
        if round_ >= 15:
            busy += taken(doc, ROUND14_PASSAGES)
        if round_ >= 16:
            busy += taken(doc, ROUND15_PASSAGES)
        if round_ >= 17:
            busy += taken(doc, ROUND16_PASSAGES)
        if round_ >= 18:
            busy += taken(doc, ROUND17_PASSAGES)
        if round_ >= 19:
            busy += taken(doc, ROUND18_PASSAGES)
        if round_ >= 20:
            busy += taken(doc, ROUND19_PASSAGES)
        candidates = short_units(text, busy) if round_ >= 7 else units(text)
        free = [u for u in candidates if not any(u[0] < b and a < u[1] for a, b in busy)]
        if round_ == 1:
            rng, kinds, tag = random.Random("fresh-2026-" + province), ("review", "plan"), "f"
        elif round_ == 2:
            rng, kinds, tag = random.Random("fresh2-2026-" + province), ("review", "plan", None), "g"
        elif round_ == 3:
            rng, kinds, tag = random.Random("fresh3-2026-" + province), ("review", "plan", None), "h"
        elif round_ == 4:
            rng, kinds, tag = random.Random("fresh4-2026-" + province), ("review", "plan", None), "i"
        elif round_ == 5:
            rng, kinds, tag = random.Random("fresh5-2026-" + province), ("review", "plan", None), "j"
        elif round_ == 6:
            rng, kinds, tag = random.Random("fresh6-2026-" + province), ("review", "plan", None), "k"
        elif round_ == 7:
            rng, kinds, tag = random.Random("fresh7-2026-" + province), ("review", "plan", None), "l"
        elif round_ == 8:
            rng, kinds, tag = random.Random("fresh8-2026-" + province), ("review", "plan", None), "m"
        elif round_ == 9:
            rng, kinds, tag = random.Random("fresh9-2026-" + province), ("review", "plan", None), "n"
        elif round_ == 10:
            rng, kinds, tag = random.Random("fresh10-2026-" + province), ("review", "plan", None), "o"
        elif round_ == 11:
            rng, kinds, tag = random.Random("fresh11-2026-" + province), ("review", "plan", None), "p"
        elif round_ == 12:
            rng, kinds, tag = random.Random("fresh12-2026-" + province), ("review", "plan", None), "q"
        elif round_ == 13:
            rng, kinds, tag = random.Random("fresh13-2026-" + province), ("review", "plan", None), "r"
        elif round_ == 14:
            rng, kinds, tag = random.Random("fresh14-2026-" + province), ("review", "plan", None), "s"
        elif round_ == 15:
            rng, kinds, tag = random.Random("fresh15-2026-" + province), ("review", "plan", None), "t"
        elif round_ == 16:
            rng, kinds, tag = random.Random("fresh16-2026-" + province), ("review", "plan", None), "u"
        elif round_ == 17:
            rng, kinds, tag = random.Random("fresh17-2026-" + province), ("review", "plan", None), "v"
        elif round_ == 18:
            rng, kinds, tag = random.Random("fresh18-2026-" + province), ("review", "plan", None), "w"
        elif round_ == 19:
            rng, kinds, tag = random.Random("fresh19-2026-" + province), ("review", "plan", None), "x"
        else:
            rng, kinds, tag = random.Random("fresh20-2026-" + province), ("review", "plan", None), "y"
        for n, kind in enumerate(kinds, 1):
            pool = [u for u in free if kind is None or u[2] == kind]
            if not pool and round_ >= 5:
                # Some reports' review chapters are used up by round 5: take either chapter.
                pool = free
            if not pool:
                print(f"# {doc}: no free unit left, passage {n} not drawn", file=sys.stderr)
                break
            a, b, chapter = rng.choice(pool)
            free = [u for u in free if not (u[0] < b and a < u[1])]
            print(f"## {doc} {province}-{tag}{n:02d} {a} {b} {chapter}")


if __name__ == "__main__":
    args = sys.argv[2:]
    if args not in ([], *(["--round", str(n)] for n in range(2, 21))):
        sys.exit("usage: select_fresh.py CORPUS_DIR [--round 2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20]")
    main(Path(sys.argv[1]), int(args[1]) if args else 1)
