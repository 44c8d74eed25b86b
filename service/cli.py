"""The `trialplain` command: one typer app composing the translator, the evals and the service."""

from __future__ import annotations

import typer

from service import cli_records, cli_translate

app = typer.Typer(
    no_args_is_help=True,
    help="Plain-English, fact-checked translations of ClinicalTrials.gov eligibility criteria.",
    pretty_exceptions_enable=False,
)
app.command("parse")(cli_records.parse)
app.command("stats")(cli_records.stats)
app.command("translate")(cli_translate.translate)
