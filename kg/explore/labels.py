"""What a person reads: type and relation names from the ontology, document titles, one language.

Names of classes and properties come from the ontology's ``rdfs:label``s (``zh`` and ``en``),
the single source of truth, so a page, a table header and the ontology never disagree (the
type registry itself is another module's business; this is only the small look-up pages and
the command line need). The language is chosen once — ``policykg --lang zh|en``, default
``zh`` — and every renderer asks :func:`lang` rather than taking its own option.

A document is shown by a title built from its graph: issuing district, year and genre
(``南岸区 2024年 计划执行情况及计划草案的报告``); its id (the file name) stays for machines:
JSON, CSV, IRIs, ``--graph`` arguments.
"""

from __future__ import annotations

from functools import cache

from kg import resources

LANGS = ("zh", "en")
ONTOLOGY = resources.ontology_file()
PKG = "https://w3id.org/policykg/ontology#"
_state = {"lang": "zh"}


def set_lang(value: str) -> None:
    """Choose the language of labels everywhere in this process (``zh`` or ``en``)."""
    if value not in LANGS:
        raise ValueError(f"unknown language {value!r}; choose from {', '.join(LANGS)}")
    _state["lang"] = value


def lang() -> str:
    return _state["lang"]


@cache
def ontology_labels() -> dict[str, dict[str, str]]:
    """Local name (``Program``, ``engagesIn``) -> {language: rdfs:label} for every pkg: term."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDFS

    g = Graph()
    g.parse(ONTOLOGY, format="turtle")
    found: dict[str, dict[str, str]] = {}
    for s, o in g.subject_objects(RDFS.label):
        if str(s).startswith(PKG) and isinstance(o, Literal) and o.language in LANGS:
            found.setdefault(str(s)[len(PKG) :], {})[o.language] = str(o)
    return found


def label(name: str, language: str | None = None) -> str:
    """The ontology's label of a class or property in the chosen language (the name itself if none)."""
    names = ontology_labels().get(name, {})
    return names.get(language or lang()) or names.get("en") or name


# Edge kinds the pages draw that are not ontology properties (derived for display).
PAGE_ONLY = {
    "coMention": {"zh": "同句提及", "en": "same sentence"},
    "namedIn": {"zh": "见于", "en": "named in"},
}


def edge_label(name: str, language: str | None = None) -> str:
    """A relation as a page labels its edge: the ontology property's label, or a page-only kind."""
    language = language or lang()
    if name in PAGE_ONLY:
        return PAGE_ONLY[name][language]
    return label(name, language)


def type_label(name: str, language: str | None = None) -> str:
    """``建设项目`` / ``project``: an entity type as a person reads it."""
    return label(name, language)


GENRE_SHORT = {  # the genre in a title; the ontology's label is the document type's full name
    "zh": {
        "PlanExecutionReport": "计划执行报告",
        "FiveYearPlan": "五年规划纲要",
        "GovernmentWorkReport": "政府工作报告",
    },
}


def document_title(
    district: str, genre: str, years: list[int] | tuple[int, ...], language: str | None = None
) -> str:
    """``南岸区 2024年 计划执行报告`` / ``南岸区 2024 plan-execution report``."""
    language = language or lang()
    genre_name = GENRE_SHORT.get(language, {}).get(genre) or label(genre, language) if genre else ""
    ys = sorted(set(years))
    run = [y for i, y in enumerate(ys) if y - ys[0] == i]  # 2021–2025, not 2021–2035 (long-range goals)
    ys = run or ys
    if not ys:
        when = ""
    elif len(ys) == 1:
        when = f"{ys[0]}年" if language == "zh" else str(ys[0])
    else:
        when = f"{ys[0]}–{ys[-1]}" + ("年" if language == "zh" else "")
    return " ".join(p for p in (district, when, genre_name) if p) or "document"


# What a title is made of, for ?doc: its id, district, genre and years (a trace groups the
# documents that mention an entity by the same facets: kg.explore.trace).
DOCUMENT_FACETS = """
  ?doc dcterms:identifier ?docid .
  OPTIONAL { ?doc pkg:aboutDistrict ?district . ?district rdfs:label ?districtLabel }
  OPTIONAL { ?doc a ?genre .
             FILTER(?genre IN (pkg:PlanExecutionReport, pkg:FiveYearPlan, pkg:GovernmentWorkReport)) }
  OPTIONAL { ?doc pkg:reportedYear ?year }
  OPTIONAL { ?doc pkg:planYear ?planYear }"""
Q_TITLES = (
    "SELECT ?docid ?districtLabel ?genre ?year ?planYear WHERE {\n"
    "  ?doc a pkg:Document ." + DOCUMENT_FACETS + "\n}"
)


def document_titles(store, language: str | None = None) -> dict[str, str]:
    """doc id -> title for every document in the store (one query)."""
    from kg.sparql.execute import run

    parts: dict[str, dict] = {}
    for docid, district, genre, year, plan_year in run(store, Q_TITLES).rows:
        d = parts.setdefault(str(docid), {"district": "", "genre": "", "years": set(), "plan": set()})
        if district is not None and not d["district"]:
            d["district"] = str(district)
        if genre is not None:
            d["genre"] = str(genre).rsplit("#", 1)[-1]
        if year is not None:
            d["years"].add(int(str(year)))
        if plan_year is not None:
            d["plan"].add(int(str(plan_year)))
    titles: dict[str, str] = {}
    for doc, d in parts.items():
        years = d["plan"] if d["genre"] == "FiveYearPlan" and d["plan"] else d["years"] or d["plan"]
        titles[doc] = document_title(d["district"], d["genre"], sorted(years), language)
    return unique_titles(titles)


def unique_titles(titles: dict[str, str]) -> dict[str, str]:
    """Two documents with one title get their id's first characters added, so a reader can tell."""
    seen: dict[str, int] = {}
    for t in titles.values():
        seen[t] = seen.get(t, 0) + 1
    return {d: (t if seen[t] == 1 else f"{t} ({d[:3]})") for d, t in titles.items()}


def cite(doc: str, start: int, end: int, titles: dict[str, str] | None = None) -> str:
    """``南岸区 2024年 计划执行报告 [120–168]``: where a sentence is, for a person."""
    return f"{(titles or {}).get(doc, doc)} [{start}–{end}]"
