"""The report's issuer speaks for the author: ``省政府承诺的15件民生实事全部兑现``.

A government work report is delivered by the author's people's government, and the metadata
reads that body as the report's issuer (``extract.metadata``: 山西省人民政府). When the report
writes the issuer as the doer of a figure (省政府承诺的15件…, 省政府出台…), the figure is the
author's: GUIDE §9 makes the author province the implicit subject, and the issuer is the author
acting, not a third party such as a firm or an institute whose own figures are its own
(重庆高新技术产业研究院转化成果752项). So the issuer's mention is no subject for the figure
readers; its words stay in the indicator's name as written (the readable round 3 gold:
山西省, ``省政府承诺民生实事兑现数``).

Only the body the metadata names as issuer is read so, by its canonical: no word list.
"""

from __future__ import annotations

from extract.records import Mention

_BODY = "Organization"


def is_issuer(m: Mention, issuer: str | None) -> bool:
    """Is ``m`` the report's issuer (an Organization whose canonical is ``issuer``)?"""
    return bool(issuer) and m.type == _BODY and m.canonical == issuer
