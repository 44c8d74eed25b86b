"""The `trialplain` command: one typer app composing the translator, the evals and the service."""

from __future__ import annotations

from service import cli_check, cli_eval, cli_queue, cli_recheck, cli_records, cli_service, cli_translate
from service.cli_batch import batch_app
from service.cli_errors import Cli
from service.cli_lexicon import lexicon_app

app = Cli(
    no_args_is_help=True,
    help="Plain-English, fact-checked translations of ClinicalTrials.gov eligibility criteria.",
    pretty_exceptions_enable=False,
)
app.command("parse")(cli_records.parse)
app.command("stats")(cli_records.stats)
app.command("translate")(cli_translate.translate)
app.command("check")(cli_check.check_command)
app.command("eval")(cli_eval.eval_command)
app.command("ingest")(cli_service.ingest)
app.command("serve")(cli_service.serve)
app.command("run")(cli_service.run)
app.command("recheck")(cli_recheck.recheck)
app.command("worker")(cli_queue.worker)
app.add_typer(cli_service.tokens_app, name="tokens")
app.add_typer(batch_app, name="batch")
app.add_typer(lexicon_app, name="lexicon")
app.add_typer(cli_queue.queue_app, name="queue")

if __name__ == "__main__":  # `python -m service.cli …`, as the `trialplain` script does
    app(prog_name="trialplain")
