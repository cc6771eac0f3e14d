"""A centre named by a field of study guessed as a Platform: 甲地国家医学|中心, 乙地脑与智能科学|中心.

The name grammar and the head-word finder type every name whose longest GUIDE kernel is the bare
中心 as a Platform (GUIDE §3: designations whose head is 园/基地/中心); the mined head 国家医学中心
keeps that type because no Organization kernel gives the stem 医学 (``mining._institution_stem``
reads only 研究, 实验, 委员, 管委). A centre whose modifier ends in the name of a discipline — a
noun closed by 学, the morpheme of learning that also closes the GUIDE Organization kernel 大学
(医学, 科学, 脑科学, 数学) — is where a science is practised: a medical centre (hospitals), a
science centre (institutes). GUIDE §3 types institutes, hospitals and universities as
Organization, and the readable gold does so (国家血液病医学中心, 高原医学研究中心 Organization;
no …学中心 is a Platform in any readable gold file). This is the ``institution_stems`` test with
the discipline's morpheme in place of a kernel's stem; the one morpheme is a word-formation rule
(a closed class), not a list of names. The discipline must be a whole word of jieba's reading of
the body, tagged a common noun (``n``): 留学 (a verb) names no field. Exchanges and hubs
(交易中心, 航运中心) have a longer kernel and are never read here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.institution_stems import retype_stemmed_guesses
from extract.pipeline.lexicon import _segment
from extract.pipeline.public_centres import CENTRE  # the bare GUIDE §3 Platform kernel

LEARNING = "学"  # the morpheme that closes a discipline's name and the GUIDE kernel 大学
NOUN_TAG = "n"  # jieba's common-noun tag: 医学, 科学 (留学 is a verb, 智能科学 an organisation's name)
MIN_DISCIPLINE = 2  # characters of a discipline's name: a bare 学 is no field


def discipline(word: str) -> str | None:
    """The discipline that ends ``word`` (医学 of 医学, 科学 of 智能科学), if any: the longest
    common noun of jieba's dictionary that ends the word in 学, two characters or more."""
    from extract.pipeline.mining import dictionary

    if not word.endswith(LEARNING):
        return None
    words = dictionary()
    for cut in range(len(word) - MIN_DISCIPLINE + 1):
        tail = word[cut:]
        if words.get(tail, (0, None))[1] == NOUN_TAG:
            return tail
    return None


def discipline_stem(name: str, grammar: Grammar) -> str | None:
    """The discipline (医学) that ends ``name``'s words right before its bare 中心, if any."""
    if len(name) <= len(CENTRE) + MIN_DISCIPLINE or not name.endswith(CENTRE):
        return None
    from extract.pipeline.genericity import _kernel_of

    if _kernel_of(name, grammar) != CENTRE:
        return None  # 交易中心, 航运中心: exchanges and hubs (GUIDE §3, §9)
    words = _segment(name[: -len(CENTRE)])
    return discipline(words[-1]) if words else None


def retype_discipline_centres(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """Platform guesses whose bare 中心 follows a discipline's name, typed Organization."""
    return retype_stemmed_guesses(chosen, text, grammar, discipline_stem, "Organization")
