"""Subcommand: train (the span model of ``extract.spanmodel``, reproducibly from its inputs)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extract.errors import PolicyKGError
from kg.cli.app import app, err, note

DEFAULT_CORPORA = (Path("../shared/corpus-extra"), Path("data/corpus"))
DEFAULT_TUNE = (Path("eval/provincial-2026/tune.jsonl"),)
# gold passages that are scored: masked out of the silver labels (the sealed half's documents are
# left out whole, see held_out_documents; the tuning half is read as gold)
DEFAULT_HELD = (
    Path("../shared/eval/dev/gold.jsonl"),
    Path("../shared/eval/dev/gold-provincial.jsonl"),
    Path("eval/provincial-2026/fresh/gold.jsonl"),
    Path("eval/provincial-2026/fresh/check/gold.jsonl"),
    Path("eval/provincial-2026/fresh2/gold.jsonl"),
    Path("eval/provincial-2026/fresh2/check/gold.jsonl"),
    Path("eval/provincial-2026/fresh3/passages.jsonl"),
    Path("eval/provincial-2026/fresh4/passages.jsonl"),
    Path("eval/provincial-2026/fresh5/passages.jsonl"),
    Path("eval/provincial-2026/fresh6/passages.jsonl"),
    Path("eval/provincial-2026/fresh7/passages.jsonl"),
    Path("eval/provincial-2026/fresh8/passages.jsonl"),
    Path("eval/provincial-2026/fresh9/passages.jsonl"),
    Path("eval/provincial-2026/fresh10/passages.jsonl"),
    Path("eval/provincial-2026/fresh11/passages.jsonl"),
    Path("eval/provincial-2026/fresh12/passages.jsonl"),
    Path("eval/provincial-2026/fresh13/passages.jsonl"),
    Path("eval/provincial-2026/fresh14/passages.jsonl"),
    Path("eval/provincial-2026/fresh15/passages.jsonl"),
    Path("eval/provincial-2026/fresh16/passages.jsonl"),
    Path("eval/provincial-2026/fresh17/passages.jsonl"),
    Path("eval/provincial-2026/fresh18/passages.jsonl"),
    Path("eval/provincial-2026/fresh19/passages.jsonl"),
    Path("eval/provincial-2026/fresh20/passages.jsonl"),
)


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


DEFAULT_VETO_GOLD = (Path("../shared/eval/dev/gold.jsonl"), Path("eval/provincial-2026/tune.jsonl"))
DEFAULT_VETO_SCORED = (Path("../shared/eval/dev/gold-provincial.jsonl"),)


@app.command("train-veto")
def train_veto_command(
    gold: Annotated[
        list[Path] | None,
        typer.Option(help="Gold files to learn from (default: the dev gold and the tuning half)."),
    ] = None,
    score_gold: Annotated[
        list[Path] | None,
        typer.Option(
            help="With --leave-one-out: gold files only scored, never learnt from (default: gold-provincial)."
        ),
    ] = None,
    corpus: Annotated[
        list[Path] | None,
        typer.Option(
            help="Where the gold's documents are (default: ../shared/corpus-extra and the sample corpus)."
        ),
    ] = None,
    leave_one_out: Annotated[
        bool,
        typer.Option(
            "--leave-one-out",
            help="Score each gold document with a veto trained without it (rules vs rules + veto); no save.",
        ),
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Veto directory (default: the shipped veto).")
    ] = None,
    l2: Annotated[float, typer.Option(min=0.0, help="L2 penalty of the logistic regression.")] = 1.0,
    threshold: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Keep a name whose probability of being right reaches this."),
    ] = 0.5,
    as_json: Annotated[bool, typer.Option("--json", help="With --leave-one-out: print JSON.")] = False,
) -> None:
    """Train the span veto (keep or drop each rule name) on gold passages, or score it leave-one-out."""
    from extract.spanmodel.veto_component import SHIPPED_VETO
    from extract.spanmodel.veto_training import DEFAULT_WEIGHTS, collect, train_veto
    from extract.spanmodel.veto_training import leave_one_out as lopo
    from kg.resources import sample_corpus

    learn = gold if gold else [p for p in DEFAULT_VETO_GOLD if p.is_file()]
    scored = (
        (score_gold if score_gold is not None else [p for p in DEFAULT_VETO_SCORED if p.is_file()])
        if (leave_one_out)
        else []
    )
    dirs = [*(corpus or [c for c in (Path("../shared/corpus-extra"),) if c.is_dir()]), sample_corpus()]
    try:
        if not learn:
            raise PolicyKGError("no gold files to learn from: pass --gold FILE.jsonl")
        docs = collect(
            [(g, None) for g in [*learn, *scored]], bundled=dirs, progress=lambda d: note(f"  rules over {d}")
        )
        if leave_one_out:
            rows = lopo(
                docs, l2=l2, threshold=threshold, weight=DEFAULT_WEIGHTS, train_golds={str(g) for g in learn}
            )
            _print_lopo(rows, as_json)
            return
        veto = train_veto(docs, l2=l2, threshold=threshold, weight=DEFAULT_WEIGHTS)
        veto.to_disk(output or SHIPPED_VETO)
    except (PolicyKGError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except OSError as exc:  # the output is a file, or not writable
        err.print(
            f"[red]error:[/red] cannot write the veto to {output or SHIPPED_VETO}: {exc}", soft_wrap=True
        )
        raise typer.Exit(1) from None
    info = veto.info
    note(f"veto saved to {output or SHIPPED_VETO} ({info['names']} names, {info['right_names']} right)")


def _print_lopo(rows: list[dict], as_json: bool) -> None:
    import json

    from rich.console import Console
    from rich.table import Table

    from extract.spanmodel.veto_training import summarise
    from kg.cli.app import out

    summary = summarise(rows)
    if as_json:
        doc_rows = [
            {
                **{k: v for k, v in r.items() if k not in ("rules", "veto")},
                **{s: {k: c.as_dict() for k, c in r[s].items()} for s in ("rules", "veto")},
            }
            for r in rows
        ]
        typer.echo(json.dumps({"documents": doc_rows, "summary": summary}, ensure_ascii=False, indent=2))
        return
    table = Table(title="Leave one document (province) out — rules vs rules + veto trained without it")
    for name in (
        "gold",
        "document",
        "dropped",
        "ent F1 rules",
        "ent F1 +veto",
        "rel F1 rules",
        "rel F1 +veto",
    ):
        table.add_column(name, justify="left" if name in ("gold", "document") else "right")

    def f(c) -> str:
        return f"{c['f1']:.3f}" if isinstance(c, dict) else f"{c.f1:.3f}"

    for r in rows:
        table.add_row(
            Path(r["gold"]).name,
            r["doc"],
            str(r["dropped"]),
            f(r["rules"]["entities"]),
            f(r["veto"]["entities"]),
            f(r["rules"]["relations"]),
            f(r["veto"]["relations"]),
        )
    table.add_section()
    for name, b in summary.items():
        table.add_row(
            Path(name).name if name != "all" else "all",
            f"({b['documents']} documents)",
            "",
            f(b["rules"]["entities"]),
            f(b["veto"]["entities"]),
            f(b["rules"]["relations"]),
            f(b["veto"]["relations"]),
            style="bold",
        )
    # piped output gets Rich's default 80 columns: widen it, as `policykg evaluate` does
    console = out if out.is_terminal else Console(soft_wrap=True, width=max(out.width, 120))
    console.print(table)
