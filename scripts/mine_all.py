"""Run every miner to a fixed point, or check that the shipped mined files are one.

    python scripts/mine_all.py            # re-mine until no miner changes its file (at most 6 passes)
    python scripts/mine_all.py --check    # exit 1, naming the stale miners, when any file is stale

Why a fixed point and not one run: the miners read each other's files (the categories and clause
cues read the mined heads and stop words; the lexicon reads what the resolver makes of the
categories), so after any change to a miner, a mined file or the gold mask (every new blind round
masks more text) one pass can leave a file stale that an earlier miner read. Each pass runs every
miner's own ``--check`` and re-mines only the stale ones, in the order below (the lexicon first:
the others read it). Every miner is a script of its own (``scripts/mine_*.py``); a test holds this
list to the folder, so a new miner cannot be left out.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The section and clause cue miners read headings over every report, named on their command line.
CUE_MINERS = ("mine_section_cues", "mine_clause_cues")
MINERS = (
    "mine_lexicon",
    "mine_event_hosts",
    "mine_round_kernels",
    "mine_company_tails",
    "mine_categories",
    "mine_area_kinds",
    "mine_count_verbs",
    "mine_degree_adverbs",
    "mine_descriptor_heads",
    "mine_firm_kernels",
    "mine_firm_object_verbs",
    "mine_programme_object_verbs",
    "mine_institutions",
    "mine_known_titles",
    "mine_policy_frames",
    "mine_reach_verbs",
    "mine_bare_names",
    "mine_result_predicates",
    "mine_standard_names",
    "mine_sub_regions",
    "mine_region_modifiers",
    "mine_designation_kinds",
    "mine_county_designations",
    "mine_common_counties",
    "mine_carried_campaigns",
    "mine_duration_circles",
    *CUE_MINERS,
)
MAX_PASSES = 6


def command(miner: str, check: bool) -> list[str]:
    cmd = [sys.executable, str(ROOT / "scripts" / f"{miner}.py")]
    if miner in CUE_MINERS:
        cmd += ["data/corpus", "../shared/corpus-extra"]
    return cmd + (["--check"] if check else [])


def stale(miner: str) -> bool:
    return subprocess.run(command(miner, True), cwd=ROOT, capture_output=True).returncode != 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report stale miners")
    args = parser.parse_args(argv)
    if args.check:
        bad = [m for m in MINERS if stale(m)]
        for m in bad:
            print(f"stale: {m} (run scripts/mine_all.py)")
        return 1 if bad else 0
    for n in range(1, MAX_PASSES + 1):
        changed = []
        for m in MINERS:
            if not stale(m):  # checked in turn: a miner earlier in this pass may have made it stale
                continue
            changed.append(m)
            print(f"pass {n}: {m} changed", flush=True)
            done = subprocess.run(command(m, False), cwd=ROOT, capture_output=True, text=True)
            if done.returncode:
                print(f"{m} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
                return 2
        if not changed:
            print(f"fixed point after pass {n}")
            return 0
    print(f"no fixed point after {MAX_PASSES} passes", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
