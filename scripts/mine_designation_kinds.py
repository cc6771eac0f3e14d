"""Mine the designation stems and kinds of division into ``extract/data/designation_kinds.jsonl``.

    python scripts/mine_designation_kinds.py              # write extract/data/designation_kinds.jsonl
    python scripts/mine_designation_kinds.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The stems come from the GUIDE §3 designation kernels (``head_kernels.jsonl``);
the logic is ``extract.pipeline.designation_kinds``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import partial

from extract.pipeline.designation_kinds import LEXICON_FILE, mine_with_kernels
from extract.pipeline.miner_cli import DATA, run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    mine = partial(mine_with_kernels, kernels_file=DATA / "head_kernels.jsonl")
    return run_miner("mine_designation_kinds", LEXICON_FILE, mine, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
