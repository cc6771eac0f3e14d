"""Failure class: a bare firm in a project list typed Project beside its sibling firms (issue 12).

GUIDE §3: a bare company name stays Enterprise even inside a project list. A firm with a
company-style tail (丙丁环保) was typed so, but its sibling with no tail (甲乙智联) fell through to
Project by default. The items of one list are of one kind: where the list types firms and no
item is a Project by its own form, a short name typed Project only by default is a firm too
(``extract.pipeline.project_list_firms``). Lists with a real project, works described in words,
and lists of projects only stay as they were. Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions


def mentions(text: str) -> dict[str, str]:
    doc = from_text(text, doc_id="project-list-firms.txt")
    return {text[s:e]: t for s, e, t, _, _ in raw_mentions(doc)}


def test_a_bare_name_beside_a_firm_in_a_project_list_is_a_firm():
    found = mentions("加快培育特色产业，引入鑫泓智联、驭远环保等项目7个。")
    assert found.get("鑫泓智联") == "Enterprise"
    assert found.get("驭远环保") == "Enterprise"


def test_a_list_with_a_real_project_is_left_alone():
    found = mentions("推动长江储运二期、鑫泓岚图、瑞堃时代等重大项目建设。")
    assert found.get("长江储运二期") == "Project"
    assert found.get("鑫泓岚图") != "Enterprise"


def test_works_described_in_words_stay_projects():
    found = mentions("鑫泓MDI、西南铝升级扩能等先进材料项目加快建设。")
    assert found.get("西南铝升级扩能") == "Project"


def test_more_bare_items_than_firms_stay_projects():
    found = mentions("推进滨江智谷、鑫泓云谷、驭远环保等项目建设。")
    assert found.get("鑫泓云谷") != "Enterprise"
