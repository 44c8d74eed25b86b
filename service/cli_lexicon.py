"""`trialplain lexicon coverage`: how much of a corpus's technical vocabulary the lexicon explains."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from service.cli_records import DataOpt, SourcesArg, translator_settings
from translator.errors import RecordError
from translator.sources import read_sources

lexicon_app = typer.Typer(no_args_is_help=True, help="The project's plain-language lexicon.")


@lexicon_app.command("coverage")
def coverage_command(
    sources: SourcesArg,
    top: Annotated[int, typer.Option(help="How many of the most frequent terms to measure.")] = 1000,
    show: Annotated[int, typer.Option(help="Uncovered terms to list.")] = 100,
    data: DataOpt = None,
) -> None:
    """Coverage of the N most frequent technical terms and abbreviations in the records' criteria."""
    try:
        from translator.lexicon_coverage import coverage, render_coverage
    except ImportError as error:  # wordfreq is a dev extra
        Console(stderr=True).print(f"[red]error[/] {error}: install the dev extra (pip install -e '.[dev]')")
        raise typer.Exit(2) from None
    texts = (s.eligibility.criteria for s in read_sources(sources, settings=translator_settings(data))
             if not isinstance(s, RecordError))
    Console().print(render_coverage(coverage(texts, top=top), limit=show))
