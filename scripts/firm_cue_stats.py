"""Count the cues a firm predicate miner would learn from, over the unannotated reports.

    python scripts/firm_cue_stats.py            # every report of ../shared/corpus-extra and data/corpus

Issue 12 (branch ``enterprise10``) asked for firm predicates mined from the verbs whose subject
is a known firm. This prints the evidence such a miner has, with every gold passage blanked
(``extract.pipeline.gold_mask``), counts only:

- ``after-firm``: the clause verb right after a known firm — a word ending in a legal form
  (公司, 集团: ``genericity.FIRM_KERNEL_RE``) or an item of a ``等…企业`` list — with the number of
  reports it is seen in;
- ``title``: the first verb of a clause whose subject is name material and whose object ends in
  the firm kernel 企业 (``head_rules.jsonl``, rule kind ``firm_title``), with its reports.

On the 29 reports (first run: 222 known firms) the ``after-firm`` verbs are the verbs after any
noun (培养, 保护, 开工, 完成): list items before 等…企业 are often kinds (高新技术, 文化), and named
firms are rarely subjects, so the counts carry no firm predicate. Among the ``title`` verbs only
引进 (6 reports; its clause has no subject of its own: 着力引进…企业) and 入选 (3) are seen in two
reports or more — which is why ``firm_titles`` reads the mined title verbs (入选, 争创, 创建)
instead of a new miner (README, enterprise10).
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

from extract.pipeline.enumerations import CLASSIFIER_RE, ENTERPRISE_CLASSIFIERS
from extract.pipeline.genericity import FIRM_KERNEL_RE
from extract.pipeline.gold_mask import blanked_documents, default_gold_files
from extract.pipeline.grammar import default_grammar
from extract.pipeline.miner_cli import DEFAULT_INPUTS
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment

VERB_TAGS = frozenset({"v", "vd", "vi"})
CLAUSE_RE = re.compile(r"[^，。；：！？,;:!?\n]+")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def _trim(item: str) -> str:
    """``item`` without the clause words the list scan left in front of it."""
    words, tokens = dictionary(), segment(item)
    while tokens and words.get(tokens[0], (0, ""))[1] in CLAUSE_TAGS:
        tokens = tokens[1:]
    return "".join(tokens)


def main() -> int:
    docs = blanked_documents(DEFAULT_INPUTS, default_gold_files())
    words = dictionary()
    rules = default_grammar().lexicon["head_rules.jsonl"]
    kernels = tuple(r["head"] for r in rules if r.get("rule_kind") == "firm_title")
    known: set[str] = set()
    for _, text in docs:
        for m in CLASSIFIER_RE.finditer(text):
            if m.group("classifier") in ENTERPRISE_CLASSIFIERS:
                head = text[max(0, m.start() - 40) : m.start()].split("，")[-1]
                known |= {_trim(i) for i in head.split("、") if len(_trim(i)) >= 2}
        for run in HAN_RUN_RE.finditer(text):
            known |= {t for t in segment(run.group()) if len(t) >= 4 and FIRM_KERNEL_RE.search(t)}
    after: Counter[str] = Counter()
    after_docs: dict[str, set[str]] = defaultdict(set)
    title: Counter[str] = Counter()
    title_docs: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for firm in known:
            for m in re.finditer(re.escape(firm), text):
                run = HAN_RUN_RE.match(text, m.end())
                if run and words.get(verb := segment(run.group())[0], (0, ""))[1] in VERB_TAGS:
                    after[verb] += 1
                    after_docs[verb].add(name)
        for clause in CLAUSE_RE.finditer(text):
            body = clause.group()
            if not kernels or not body.endswith(kernels):
                continue
            tokens = segment(body)
            for i, tok in enumerate(tokens):
                tag = words.get(tok, (0, ""))[1]
                if tag in VERB_TAGS:
                    if i > 0 and len("".join(tokens[i + 1 :])) >= 3:
                        title[tok] += 1
                        title_docs[tok].add(name)
                    break
                if tag in CLAUSE_TAGS or tag == "r":
                    break
    print(f"known firms: {len(known)}")
    for label, counts, seen in (("after-firm", after, after_docs), ("title", title, title_docs)):
        for verb, n in counts.most_common(20):
            print(label, verb, n, len(seen[verb]), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
