"""A place before the literary possessive 之 opens a name (天津之眼, X之夜), not a District.

Classical Chinese joins a modifier to a noun with 之 where modern prose writes 的; planning
reports keep that form almost only in names: landmarks (天津之眼, a Ferris wheel), events, brands
and columns (X之夜, X之窗, X之声). GUIDE §2.1 tags the maximal name and nothing inside it, and
§3 leaves landmarks and brands untagged with the places inside them, so the place there is no
mention (round 9's readable half: 津湾广场、[天津]之眼、古文化街).

The test is the segmentation, not a list of names: jieba cuts 之 off as a token of its own right
after the place and a word of name characters follows it with no delimiter. Where 之 opens a
function word of the dictionary the place is the subject or object of a clause and stays: 之所以
(a conjunction), 之间 and 之后 (positions), 之一 (one of): 京津之间, X之所以能.
"""

from __future__ import annotations

from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import HAN_RUN_RE
from extract.pipeline.place_runs import name_run

POSSESSIVE = "之"  # the literary possessive particle (a closed-class function word)


def opens_possessive_name(text: str, end: int) -> bool:
    """Is the place ending at ``end`` followed by 之 read alone and a name word (module doc)?"""
    if not text.startswith(POSSESSIVE, end):
        return False  # no 之 right after the place (the common case): nothing to segment
    segs = _segment(name_run(text, end))
    return len(segs) >= 2 and segs[0] == POSSESSIVE and HAN_RUN_RE.fullmatch(segs[1]) is not None
