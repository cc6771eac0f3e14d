"""Subcommand: train (the span model of ``extract.spanmodel``, reproducibly from its inputs)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extract.errors import PolicyKGError
from kg.cli.app import app, err, note

DEFAULT_CORPORA = (Path("../shared/corpus-extra"), Path("data/corpus"))
DEFAULT_TUNE = (Path("eval/provincial-2026/tune.jsonl"),)
DEFAULT_HELD = (Path("../shared/eval/dev/gold.jsonl"), Path("../shared/eval/dev/gold-provincial.jsonl"))


@app.command()
def train(
    corpus: Annotated[
        list[Path] | None,
        typer.Option(
            help="Unannotated reports for silver labels (default: ../shared/corpus-extra, data/corpus)."
        ),
    ] = None,
    tune_gold: Annotated[
        list[Path] | None,
        typer.Option(
            help="Gold passages that replace the silver (default: eval/provincial-2026/tune.jsonl)."
        ),
    ] = None,
    held_out_gold: Annotated[
        list[Path] | None,
        typer.Option(help="Gold passages kept out of training (default: the dev gold files, when present)."),
    ] = None,
    eval_dir: Annotated[
        Path, typer.Option(help="Its sealed half and precision sample name documents never read.")
    ] = Path("eval"),
    exclude_doc: Annotated[
        list[str] | None, typer.Option(help="Further document names to leave out.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Model directory (default: the shipped model).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the minibatch order.")] = 0,
    epochs: Annotated[int, typer.Option(min=1, max=100)] = 6,
    bits: Annotated[int, typer.Option(min=8, max=22, help="log2 of the hashed weight table's rows.")] = 16,
    gold_weight: Annotated[
        float, typer.Option(min=0.0, help="Loss weight of a tuning-gold character (silver: 1).")
    ] = 3.0,
    mask_weak: Annotated[
        bool,
        typer.Option(help="Leave the weak rule sources' names out of the loss instead of labelling them."),
    ] = False,
) -> None:
    """Train the span model (silver from the rules + tuning gold) and save it."""
    from extract.spanmodel.component import SHIPPED
    from extract.spanmodel.training import (
        TrainConfig,
        build_examples,
        held_out_documents,
        training_documents,
    )
    from extract.spanmodel.training import (
        train as fit,
    )

    corpora = corpus or [c for c in DEFAULT_CORPORA if c.is_dir()]
    tune = tune_gold if tune_gold is not None else [p for p in DEFAULT_TUNE if p.is_file()]
    held = held_out_gold if held_out_gold is not None else [p for p in DEFAULT_HELD if p.is_file()]
    output = output or SHIPPED
    try:
        excluded = held_out_documents(eval_dir) | set(exclude_doc or ())
        docs = training_documents(corpora, excluded)
        if not docs:
            raise PolicyKGError(f"no training documents in {', '.join(map(str, corpora)) or '(no corpus)'}")
        config = TrainConfig(
            bits=bits,
            epochs=epochs,
            seed=seed,
            mask_weak=mask_weak,
            gold_weight=gold_weight,
            info={
                "documents": [p.name for p in docs],
                "excluded_documents": sorted(excluded),
                "tune_gold": [str(p) for p in tune],
                "held_out_gold": [str(p) for p in held],
            },
        )
        note(f"silver from {len(docs)} documents ({len(excluded)} held out), gold from {len(tune)} file(s)")
        examples = build_examples(docs, tune, held, config, progress=lambda name: note(f"  labelling {name}"))
        tagger = fit(examples, config, progress=lambda line: note(f"  {line}"))
        tagger.to_disk(output)
    except (PolicyKGError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    note(f"model saved to {output} ({tagger.info['characters']} training characters)")
