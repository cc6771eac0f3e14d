"""A legislature or CPPCC short form that opens a role or an item is no body mention.

The gazetteer of party and government bodies (``organizations.jsonl``) lists the short forms
省人大, 市政协, 全国人大…. Written before 代表 or 委员 they name people (人大代表 "deputy",
政协委员 "member"), and before 提案 an item those people file (政协提案); 人大代表建议 is the
deputies' suggestions. GUIDE §3 tags no people, and the provincial README leaves generic bodies
named as part of a field of work untagged (人大监督); the readable gold of round 1 (tune) leaves
人大代表建议 and 政协提案 untagged likewise.

The follow words are a closed class of the two institutions' own terms, sourced, not mined:
代表 (deputies: 《全国人民代表大会和地方各级人民代表大会代表法》 art. 1), 委员 and 提案 (members
and proposals: 《中国人民政治协商会议章程》 ch. 2 and 《政协全国委员会提案工作条例》).
"""

from __future__ import annotations

BODY_SHORT_TAILS = ("人大", "政协")  # the short forms of 人民代表大会 and 政治协商会议
ROLE_WORDS = ("代表", "委员", "提案")  # deputies, members, proposals (sources above)


def opens_role(surface: str, text: str, end: int) -> bool:
    """Is the gazetteer hit ``surface`` (ending at ``end`` of ``text``) a legislature or CPPCC
    short form followed by one of its roles or items (省人大|代表建议, 省政协|提案)?"""
    return surface.endswith(BODY_SHORT_TAILS) and text.startswith(ROLE_WORDS, end)
