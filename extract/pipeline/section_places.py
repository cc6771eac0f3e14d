"""A place written as the section qualifier of a longer name (大运河（甲地段）, 黄河干流甲地段).

GUIDE §2.4 keeps a section qualifier (`（南岸段）`) inside the name it qualifies, and GUIDE §3
leaves rivers and river sections untagged (`长江干流重庆段`); the provincial-2026 conventions
("Which sub-regions are Area") keep river sections untagged too. Either way a division right
before the section word 段 names the stretch of a river, road, railway or park that lies in it:
it nests in the longer name (GUIDE §2.1, nothing inside a name is tagged) or in an untagged river
section, and is no District mention of its own. Left alone it was a District false positive on
every blind round (fresh3: 大运河（天津段）, 黄河干流山东段).

Over the 29 reports every gazetteer place written right before 段 qualifies a section (48 hits:
rivers, national cultural parks, railways, expressways, pipelines); a word of the dictionary that
opens with 段 (段落, 段位) is no section word, so the place before it is left alone.
"""

from __future__ import annotations

from extract.pipeline.mining import dictionary

SECTION_WORD = "段"  # GUIDE §2.4 section qualifier (（南岸段）)
WORD_SPAN = 3  # the longest dictionary word read after the place


def qualifies_section(text: str, end: int) -> bool:
    """Is the place ending at ``end`` the section qualifier of a longer name (…甲地段)?"""
    if not text.startswith(SECTION_WORD, end):
        return False  # the common case
    words = dictionary()
    return not any(words.get(text[end:k], (0, ""))[0] > 0 for k in range(end + 2, end + WORD_SPAN + 1))
