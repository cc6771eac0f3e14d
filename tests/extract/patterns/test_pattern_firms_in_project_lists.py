"""Failure class: a firm that a project list types as a works (issue 12).

``加快甲、乙等船舶修造项目建设`` lists what is built, and the enumeration finder types a four-character
item without a company tail as a Project. GUIDE §3 keeps a bare company name Enterprise even inside
a project list (仲恩药业等项目); where the same report types the name as a firm elsewhere (a list
cue: ``乙、丙等央企``), the item is that firm (``firm_repeats.retyped_list_items``). An item the
report never types as a firm stays a Project. Sentences and names are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions


def typed(text: str) -> list[tuple[int, str, str]]:
    doc = from_text(text, doc_id="firms-in-project-lists.txt")
    return [(s, text[s:e], t) for s, e, t, _, _ in raw_mentions(doc)]


def test_a_list_item_the_report_types_as_a_firm_is_a_firm():
    text = "支持澜沣海运、墨川港务等央企发展。加快岚川船舶、澜沣海运等船舶修造项目建设。"
    found = typed(text)
    assert (text.rindex("澜沣海运"), "澜沣海运", "Enterprise") in found


def test_a_list_item_never_typed_as_a_firm_stays_a_project():
    text = "加快岚川船舶、栖云海运等船舶修造项目建设。"
    found = typed(text)
    assert (text.index("栖云海运"), "栖云海运", "Enterprise") not in found
