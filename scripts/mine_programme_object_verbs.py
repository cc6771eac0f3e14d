"""Mine the soft verbs that take a programme as object (打赢, 发布): ``programme_object_verbs.jsonl``.

    python scripts/mine_programme_object_verbs.py          # write extract/data/programme_object_verbs.jsonl
    python scripts/mine_programme_object_verbs.py --check  # exit 1 when the shipped file differs

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text; the grammar's mined soft verbs and GUIDE programme kernels. The logic is
``extract.pipeline.programme_objects``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import run_miner
from extract.pipeline.programme_objects import FILE, mine_programme_object_verbs


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner("mine_programme_object_verbs", FILE, mine_programme_object_verbs, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
