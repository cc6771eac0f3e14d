"""Mine the soft verbs that take a company as object (联合, 组建): ``extract/data/firm_object_verbs.jsonl``.

    python scripts/mine_firm_object_verbs.py           # write extract/data/firm_object_verbs.jsonl
    python scripts/mine_firm_object_verbs.py --check   # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text; the grammar's mined soft verbs and GUIDE company kernels. The logic is
``extract.pipeline.firm_objects``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.firm_objects import FILE, mine_firm_object_verbs
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner("mine_firm_object_verbs", FILE, mine_firm_object_verbs, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
