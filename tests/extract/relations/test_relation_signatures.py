"""No relation the GUIDE excludes: every emitted relation has the signature GUIDE §5 gives it.

Through the full extractor on the bundled corpus (predicted mentions, as the graph gets them):
a rule that relates the wrong kinds of entities (a park as a cooperation partner, a project
"engaging" in something, a locatedIn into a park) or states a plan's status as the project's
status (GUIDE §5, §9: only the year under review gives hasStatus) fails here, whatever the gold.
"""

from __future__ import annotations

import pytest

from extract.indicators.period import report_year
from extract.records import Relation
from extract.relations import LINK_TYPES

PARTNERS = {"District", "Enterprise", "Organization"}
SIGNATURES: dict[str, tuple[set[str], set[str] | None]] = {  # GUIDE §5 and SCHEMA's relation table
    "locatedIn": ({"Project", "Platform", "Enterprise", "Organization", "Area"}, {"Area", "District"}),
    "engagesIn": ({"District"}, {"Strategy", "Program"}),
    "cooperatesWith": (PARTNERS, PARTNERS),
    "contributesTo": ({"Project", "Program", "Policy"}, {"Strategy"}),
    "issuedBy": ({"Policy", "Program"}, {"District", "Organization"}),
    "hasStatus": ({"Project"}, None),
    "plannedStatus": ({"Project"}, None),
}


@pytest.mark.slow
def test_every_relation_has_its_guide_signature_and_statuses_their_phase(request):
    records = request.getfixturevalue("corpus_records")
    docs = {d.doc_id: d for d in request.getfixturevalue("corpus_documents")}
    seen: dict[str, int] = {}
    for doc_id, recs in records.items():
        year = report_year(docs[doc_id])
        for r in recs:
            if not isinstance(r, Relation) or r.relation in LINK_TYPES:
                continue
            assert r.relation in SIGNATURES, r  # a relation type GUIDE §5 does not define
            heads, tails = SIGNATURES[r.relation]
            assert r.head_type in heads, r
            assert (r.tail_type is None) if tails is None else (r.tail_type in tails), r
            if r.relation == "hasStatus":
                assert r.phase == "actual" and r.year == year, r  # the year under review only
            if r.relation == "plannedStatus":
                assert r.phase == "planned" and (year is None or r.year > year), r
            seen[r.relation] = seen.get(r.relation, 0) + 1
    assert set(seen) == set(SIGNATURES), seen  # every relation type was checked on real output
