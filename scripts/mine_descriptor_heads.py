"""Mine the nouns that close a quoted name with a description into ``extract/data/descriptor_heads.jsonl``.

    python scripts/mine_descriptor_heads.py              # write extract/data/descriptor_heads.jsonl
    python scripts/mine_descriptor_heads.py --check      # exit 1 when the shipped file is stale

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.descriptor_mining``; the run is deterministic.
Re-run after ``scripts/mine_lexicon.py`` (it reads the mined Program heads).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.descriptor_mining import mine_descriptor_heads
from extract.pipeline.miner_cli import run_miner


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    return run_miner("mine_descriptor_heads", "descriptor_heads.jsonl", mine_descriptor_heads, doc, argv)


if __name__ == "__main__":
    sys.exit(main())
