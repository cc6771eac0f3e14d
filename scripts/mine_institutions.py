"""Mine the institutions named by one word (中国工程院, 中科院) into ``extract/data/institution_forms.jsonl``.

    python scripts/mine_institutions.py              # write extract/data/institution_forms.jsonl
    python scripts/mine_institutions.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.institution_forms``; the run is deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from extract.pipeline.institution_forms import mine_institution_forms
from extract.pipeline.miner_cli import DATA, run_miner
from extract.pipeline.mining import load_kernels


def main(argv: Sequence[str] | None = None) -> int:
    return run_miner(
        "mine_institutions",
        "institution_forms.jsonl",
        lambda docs: mine_institution_forms(docs, load_kernels(DATA / "head_kernels.jsonl")),
        __doc__ or "",
        argv,
    )


if __name__ == "__main__":
    sys.exit(main())
