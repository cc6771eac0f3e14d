"""The open-class lexicon as data files with provenance (``extract/data/*.jsonl``).

Each entry says where it came from: ``{"source": "mined", "counts": {...}, "docs": N}`` for what
``scripts/mine_lexicon.py`` counted in unannotated reports, or ``{"source": "guide", "rule":
"GUIDE §…"}`` for an entry that encodes an annotation-guide rule (the head kernels, the
designation and bare heads). An entry without either is refused with the file and line, so a
hand-typed word cannot slip in. Components read the files in ``initialize()`` and carry them
with ``to_disk``/``from_disk`` (spaCy's convention for lookups), never in the config.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from extract.errors import LoadError
from extract.pipeline.lexicon_cache import FrozenDict, cached_parse, freeze

DATA = Path(__file__).resolve().parent.parent / "data"
# file -> the key naming the entry in it
FILES = {
    "head_kernels.jsonl": "head",
    "heads.jsonl": "head",
    "facility_endings.jsonl": "ending",  # scripts/mine_lexicon.py (extract.pipeline.facility_endings)
    "head_rules.jsonl": "head",
    "stop_words.jsonl": "word",
    "status_phrases.jsonl": "phrase",
    "status_kernels.jsonl": "verb",
    "status_modifiers.jsonl": "word",
    "generic_terms.jsonl": "term",
    "category_phrases.jsonl": "phrase",  # scripts/mine_categories.py (extract.pipeline.genericity)
    "widespread_terms.jsonl": "term",  # scripts/mine_categories.py (extract.pipeline.genericity)
    "mistagged_terms.jsonl": "word",  # scripts/mine_categories.py (extract.pipeline.mistagged_terms)
    "shared_terms.jsonl": "term",  # scripts/mine_categories.py (extract.pipeline.shared_terms)
    "trade_labels.jsonl": "word",  # scripts/mine_categories.py (extract.pipeline.trade_labels)
    "programme_verbs.jsonl": "word",  # scripts/mine_lexicon.py (extract.pipeline.quoted_frames)
    "governing_verbs.jsonl": "word",  # scripts/mine_lexicon.py (extract.pipeline.governing_verbs)
    "buildup_modifiers.jsonl": "word",  # scripts/mine_lexicon.py (extract.pipeline.buildup_programmes)
    "area_kinds.jsonl": "head",  # scripts/mine_area_kinds.py (extract.pipeline.area_belts)
    "sub_region_kinds.jsonl": "head",  # scripts/mine_sub_regions.py (extract.pipeline.sub_regions)
    "policy_frames.jsonl": "word",  # scripts/mine_policy_frames.py (extract.pipeline.untitled_policies)
    "institution_forms.jsonl": "word",  # scripts/mine_institutions.py (extract.pipeline.institution_forms)
    "firm_kernels.jsonl": "kernel",  # scripts/mine_firm_kernels.py (extract.pipeline.firm_kernels)
    "company_tails.jsonl": "tail",  # scripts/mine_company_tails.py (extract.pipeline.company_tails)
    "firm_object_verbs.jsonl": "word",  # mine_firm_object_verbs.py (extract.pipeline.firm_objects)
    "programme_object_verbs.jsonl": "word",  # mine_programme_object_verbs.py (pipeline.programme_objects)
    "slogan_modifiers.jsonl": "word",  # scripts/mine_categories.py (extract.pipeline.place_slogans)
    "place_compounds.jsonl": "word",  # scripts/mine_categories.py (extract.pipeline.place_compounds)
    "place_crossings.jsonl": "phrase",  # scripts/mine_categories.py (extract.pipeline.place_crossings)
    "bound_openings.jsonl": "phrase",  # scripts/mine_categories.py (extract.pipeline.bound_openings)
    "clause_leads.jsonl": "phrase",  # scripts/mine_categories.py (extract.pipeline.clause_leads)
    "clause_openers.jsonl": "word",  # scripts/mine_categories.py (extract.pipeline.clause_openers)
    "object_verbs.jsonl": "word",  # scripts/mine_categories.py (extract.pipeline.object_verbs)
    "field_labels.jsonl": "word",  # scripts/mine_categories.py (extract.pipeline.field_labels)
    "counted_works.jsonl": "phrase",  # scripts/mine_categories.py (extract.pipeline.counted_works)
    "carried_names.jsonl": "phrase",  # scripts/mine_categories.py (extract.joined_programmes)
    "quoted_programmes.jsonl": "name",  # scripts/mine_lexicon.py (extract.pipeline.quoted_programmes)
    "headed_quotes.jsonl": "name",  # scripts/mine_lexicon.py (extract.pipeline.governed_headed_quotes)
    "frame_verbs.jsonl": "word",  # scripts/mine_lexicon.py (extract.pipeline.programme_frames)
    "frame_openers.jsonl": "word",  # scripts/mine_lexicon.py (extract.pipeline.programme_frames)
    "cooperation_modifiers.jsonl": "word",  # mine_lexicon.py (extract.pipeline.cooperation_programmes)
    "title_verbs.jsonl": "word",  # scripts/mine_lexicon.py (extract.pipeline.city_titles)
    "campaign_kernels.jsonl": "head",  # scripts/mine_lexicon.py (extract.pipeline.campaign_kernels)
    "carried_campaigns.jsonl": "name",  # mine_carried_campaigns.py (extract.pipeline.campaign_frames)
    "widespread_phrases.jsonl": "phrase",  # scripts/mine_categories.py (extract.pipeline.widespread_phrases)
    "standard_names.jsonl": "name",  # scripts/mine_standard_names.py (extract.standard_names)
    "result_predicates.jsonl": "verb",  # mine_result_predicates.py (extract.pipeline.result_subjects)
    "known_titles.jsonl": "name",  # scripts/mine_known_titles.py (extract.pipeline.known_titles)
    "event_hosts.jsonl": "word",  # scripts/mine_event_hosts.py (extract.pipeline.hosted_events)
    "round_kernels.jsonl": "head",  # scripts/mine_round_kernels.py (extract.pipeline.national_rounds)
    "bare_names.jsonl": "name",  # scripts/mine_bare_names.py (extract.pipeline.bare_names)
    "reach_verbs.jsonl": "verb",  # scripts/mine_reach_verbs.py (extract.indicators.served)
    "descriptor_heads.jsonl": "head",  # mine_descriptor_heads.py (extract.pipeline.described_quotes)
    "count_verbs.jsonl": "verb",  # scripts/mine_count_verbs.py (extract.indicators.count_verbs)
    "degree_adverbs.jsonl": "word",  # scripts/mine_degree_adverbs.py (extract.indicators.degree_adverbs)
    "region_modifiers.jsonl": "word",  # mine_region_modifiers.py (extract.pipeline.region_modifiers)
    "designation_kinds.jsonl": "word",  # mine_designation_kinds.py (extract.pipeline.designation_kinds)
    "county_designations.jsonl": "body",  # mine_county_designations.py (extract.pipeline.county_designations)
    "common_counties.jsonl": "name",  # mine_common_counties.py (extract.pipeline.common_counties)
    "duration_circles.jsonl": "word",  # mine_duration_circles.py (extract.pipeline.duration_circles)
}

Lexicon = dict[str, list[dict]]


def check_provenance(entry: dict) -> str | None:
    """What is wrong with an entry's provenance, or None."""
    source = entry.get("source")
    if source == "mined":
        counts = entry.get("counts")
        if not isinstance(counts, dict) or not counts or not all(isinstance(v, int) for v in counts.values()):
            return "a mined entry needs its counts"
        if not isinstance(entry.get("docs"), int) or entry["docs"] < 1:
            return "a mined entry needs the number of documents it was seen in"
        return None
    if source == "guide":
        rule = entry.get("rule")
        if not isinstance(rule, str) or not rule.startswith("GUIDE §"):
            return 'a guide entry needs the rule it encodes ("GUIDE §…")'
        return None
    return 'no provenance: "source" must be "mined" or "guide"'


def read_lexicon(data_dir: Path = DATA, names: Iterable[str] | None = None) -> Lexicon:
    """Every lexicon file (or only ``names``, keys of ``FILES``), validated; ``LoadError`` names
    the file and line of a bad entry.

    ``names`` is for a rule that loads its words lazily, on the first sentence that needs them:
    there the whole lexicon (about 12,000 lines) would be parsed in the middle of a document's
    reading for two small files.

    Each file is parsed and validated once per process while it stays unchanged
    (``extract.pipeline.lexicon_cache``): the entries are shared, read-only ``FrozenDict``s;
    the dict and its lists are the caller's own.
    """
    wanted = FILES if names is None else {name: FILES[name] for name in names}
    return {name: list(_rows(data_dir / name, key)) for name, key in wanted.items()}


def _rows(path: Path, key: str) -> tuple[dict, ...]:
    """The validated, frozen entries of one lexicon file (cached while the file is unchanged)."""
    try:
        return cached_parse(path, key, lambda text: _parse(path, key, text))
    except OSError as exc:
        raise LoadError(path, f"cannot read lexicon file ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise LoadError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _frozen(obj: dict) -> FrozenDict:
    """``json.loads`` hook: each object read-only as it is decoded (inner ones first)."""
    for v in obj.values():  # a loop, not any(genexpr): this runs for every one of 25,000 objects
        if type(v) is list:
            return freeze(obj)
    return FrozenDict(obj)


# one decoder for every line: ``json.loads(line, object_hook=...)`` builds a new one per call,
# which made the hook cost three times the parse
_DECODER = json.JSONDecoder(object_hook=_frozen)


def _parse(path: Path, key: str, text: str) -> tuple[dict, ...]:
    rows = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = _DECODER.decode(line)
        except json.JSONDecodeError as exc:
            raise LoadError(path, f"line {no}: not valid JSON ({exc.msg})") from exc
        if not isinstance(entry, dict) or not isinstance(entry.get(key), str) or not entry[key]:
            raise LoadError(path, f'line {no}: an entry needs a non-empty "{key}"')
        problem = check_provenance(entry)
        if problem:
            raise LoadError(path, f"line {no} ({entry[key]}): {problem}")
        rows.append(entry)
    return tuple(rows)


def to_bytes(lexicon: Lexicon) -> bytes:
    return json.dumps(lexicon, ensure_ascii=False, sort_keys=True).encode("utf-8")


def from_bytes(data: bytes) -> Lexicon:
    lexicon = json.loads(data.decode("utf-8"))
    for name, rows in lexicon.items():
        for entry in rows:
            problem = check_provenance(entry)
            if problem:
                raise LoadError(name, f"{entry}: {problem}")
    return lexicon
