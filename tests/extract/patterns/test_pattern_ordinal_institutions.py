"""Failure class: a hospital named by a short stem, an ordinal and 院 (issue 12, org12).

``extract.pipeline.ordinal_institutions``: an owner's stem (a division level, or the name
characters back to a clause word) + an ordinal right before the Organization kernel 院 names one
hospital (GUIDE §3, §4 short forms), where the name ends; a numeral inside the stem, a verb right
before the numeral or a numeral after the kernel is a count or slogan, and name words after it
make it part of a longer name. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深化青禾医院与澄大六院合作。", "澄大六院"),
        ("县三院开展远程会诊。", "县三院"),
        ("完善以省八院为龙头的医联体。", "省八院"),
        ("支持澄医附一院、禾山中学等单位参与。", "澄医附一院"),
    ],
)
def test_stem_and_ordinal_name_a_hospital(text, name):
    assert (name, "Organization") in ents(text), ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "完善乡镇“三馆一院”设施。",  # a counted formula
        "推行一院一策管理。",  # a slogan
        "新当选两院院士5名。",  # a verb before the numeral: a count
        "县三院新院区全面投用。",  # the campus is the name
    ],
)
def test_counts_slogans_and_longer_names_add_nothing(text):
    found = ents(text)
    assert not any(label == "Organization" and name.endswith("院") for name, label in found), found
