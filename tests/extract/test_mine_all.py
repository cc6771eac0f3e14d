"""``scripts/mine_all.py`` runs every miner: a miner missing from its list would never be re-run
when a mask or a colleague's change made its file stale."""

from __future__ import annotations

from pathlib import Path

from tests.script_loader import load_script

ROOT = Path(__file__).resolve().parents[2]


def test_every_miner_script_is_in_the_fixed_point_list() -> None:
    mine_all = load_script("mine_all")
    on_disk = {p.stem for p in (ROOT / "scripts").glob("mine_*.py")} - {"mine_all"}
    assert set(mine_all.MINERS) == on_disk
    assert len(mine_all.MINERS) == len(set(mine_all.MINERS))


def test_the_lexicon_is_mined_first_and_the_cue_miners_name_their_corpora() -> None:
    mine_all = load_script("mine_all")
    assert mine_all.MINERS[0] == "mine_lexicon"  # every other miner reads the mined lexicon
    for miner in mine_all.CUE_MINERS:
        assert mine_all.command(miner, True)[-3:] == ["data/corpus", "../shared/corpus-extra", "--check"]
    assert mine_all.command("mine_lexicon", False)[-1].endswith("scripts/mine_lexicon.py")
