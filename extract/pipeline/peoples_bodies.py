"""A people's organisation written bare names a body only in a list the text labels as bodies.

The people's organisations (工会, 共青团, 妇联, 残联, 科协, 红十字会, 贸促会, 关工委 …) are a
closed class in ``organizations.jsonl``. Written bare, without a level (省残联) or the national
form (中国残联), their short forms are read two ways in the reports: as bodies where the list they
stand in is closed by a collective name of people's organisations (``…残联、红十字会、贸促会、
关工委等群团组织更好发挥作用``, ``工会、共青团、妇联等人民团体``), and as fields of work everywhere
else (``工会、共青团、妇女儿童、红十字会等事业``, the provincial README's untagged "generic bodies
named as fields of work"). The readable gold of round 10 tags the first and every earlier round
leaves the second untagged, so a bare form counts only inside such a labelled list.

The two labels are the official collective names of these bodies, a closed class: 人民团体 (the
units of the CPPCC, 《中国人民政治协商会议章程》) and 群团组织 (the CPC Central Committee's
《关于加强和改进党的群团工作的意见》, 2015), whose short form 群团 also stands before another kind
(…等群团和社会组织).
"""

from __future__ import annotations

BODY_LABELS = ("群团", "人民团体")  # the collective names of people's organisations (above); 群团 opens
# 群团组织 and stands for it in a coordinated label (…红十字会等群团和社会组织)
MAX_LIST = 40  # characters from the hit to its list's label: a list of about ten short forms
CLAUSE_BREAKS = "，。；：！？,;:!?\n（）()《》“”"  # a list never runs across these


def labelled_as_bodies(text: str, end: int) -> bool:
    """Does the list whose item ends at ``end`` of ``text`` close with a collective name of
    people's organisations (``…残联、红十字会等群团组织``, ``妇联等人民团体``)? The items between
    the hit and the label are read as one run of characters without a clause break."""
    stop = min(len(text), end + MAX_LIST)
    for i in range(end, stop):
        if text.startswith(BODY_LABELS, i):
            return True
        if text[i] in CLAUSE_BREAKS:
            return False
    return False


def is_listed_body(code: str) -> bool:
    """Is ``code`` (an organisation entry's scope field) the mark of a bare people's
    organisation that needs a labelled list (``LISTED``)?"""
    return code == LISTED


LISTED = "listed"  # the scope of a bare short form (organizations.jsonl): the author's own body
