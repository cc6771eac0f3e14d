"""Mine the standard full names of programmes into ``extract/data/standard_names.jsonl``.

    python scripts/mine_standard_names.py              # write extract/data/standard_names.jsonl
    python scripts/mine_standard_names.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. A bare programme name (以旧换新) takes the longer name ending with it that at least
three reports write, and more reports than write the bare one (消费品以旧换新); the logic is
``extract.standard_names`` / ``extract.linking.AliasIndex.standard_name``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    from extract.standard_names import mine_standard_names

    return run_miner("mine_standard_names", "standard_names.jsonl", mine_standard_names, __doc__ or "", argv)


if __name__ == "__main__":
    sys.exit(main())
