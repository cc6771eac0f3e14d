"""Failure class: a designation that owns the count written right after it (issue 12, subject22).

``某先行示范区47项经验获全国推广`` reports the zone's experiences: the zone, a Program by GUIDE §3,
stands before the count with no verb between (the genitive without 的), so it is the figure's
subject (GUIDE §7: the canonical of the entity the figure is about); the readable gold of round 1
names such counts so. A Program followed by any other word (a verb, 带动) is a word of the
figure's name and the author stays the subject; so does a designation that opens with no
administrative division (生态文明实践创新基地14个: a kind of title the author's places won).
Sentences are invented.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators

_ZONE = ("襄阳绿色发展先行示范区", "Program", "襄阳绿色发展先行示范区")
_PILOT = ("柳州综合改革试点", "Program", "柳州综合改革试点")


def test_a_designation_before_its_count_is_the_subject():
    got = indicators("改革全面推进，襄阳绿色发展先行示范区12项经验获全国推广。", names=[_ZONE])
    assert [(r.subject, r.value) for r in got] == [("襄阳绿色发展先行示范区", 12.0)]
    assert "先行示范区" not in got[0].indicator


def test_listed_designations_each_own_their_count():
    got = indicators(
        "改革全面推进，襄阳绿色发展先行示范区12项经验、柳州综合改革试点9项经验获全国推广。",
        names=[_ZONE, _PILOT],
    )
    assert sorted((r.subject, r.value) for r in got) == [
        ("柳州综合改革试点", 9.0),
        ("襄阳绿色发展先行示范区", 12.0),
    ]


def test_a_designation_of_no_place_is_a_kind_the_author_counts():
    kind = ("生态文明实践创新基地", "Program", "生态文明实践创新基地")
    got = indicators("建成示范县12个、生态文明实践创新基地14个。", names=[kind])
    assert got and all(r.subject == "青禾区" for r in got)


def test_a_designation_with_a_verb_after_it_stays_a_word_of_the_name():
    got = indicators("柳州综合改革试点带动新增企业120家。", names=[_PILOT])
    assert got and all(r.subject == "青禾区" for r in got)
