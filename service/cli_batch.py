"""`trialplain batch prepare|ingest`: bulk LLM work through OpenAI Batch API files.

`prepare` writes one request line per distinct criterion not already in the cache, and keeps each
request (keyed by its `custom_id`) under `<cache_dir>/batch-requests/`, so that `ingest` needs only
the results file: it validates every answer with the live backend's response model and fidelity
checks and stores the faithful ones in the cache. The next `translate --backend llm` then makes no
call for them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from service.cli_records import DataOpt, SourcesArg, translator_settings
from translator.backend import CriterionRequest
from translator.batch import IngestReport, ingest, prepare
from translator.cache import CachedBackend
from translator.errors import RecordError, TranslatorError
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import build_requests
from translator.settings import TranslatorSettings
from translator.sources import read_sources

batch_app = typer.Typer(no_args_is_help=True, help="OpenAI Batch API files: prepare requests, ingest results.")
err = Console(stderr=True, highlight=False)


def _pending_dir(settings: TranslatorSettings) -> Path:
    return settings.cache_dir / "batch-requests"


def _llm_cache(settings: TranslatorSettings) -> CachedBackend:
    from translator.llm import LLMBackend  # openai and instructor load only when asked for

    return CachedBackend(LLMBackend(settings.llm_config(), fallback=OfflineBackend()), settings.cache_dir)


@batch_app.command("prepare")
def prepare_command(
    source: SourcesArg,
    out: Annotated[Path, typer.Option("--out", help="Where to write the Batch API request lines (JSONL).")],
    data: DataOpt = None,
) -> None:
    """Write one Batch API request per distinct criterion that is not cached yet."""
    settings = translator_settings(data)
    config = settings.llm_config()
    pending = _pending_dir(settings)
    pending.mkdir(parents=True, exist_ok=True)
    requests: list[CriterionRequest] = []
    records = errors = cached = 0
    with _llm_cache(settings) as cache:
        for item in read_sources(source, settings=settings):
            if isinstance(item, RecordError):
                errors += 1
                err.print(f"[red]error[/] {item}")
                continue
            records += 1
            for _, request in build_requests(parse_criteria(item.eligibility.criteria)):
                if cache.get(request) is not None:
                    cached += 1
                else:
                    requests.append(request)
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = 0
    with out.open("w", encoding="utf-8") as handle:
        for line in prepare(requests, config):
            request_file = pending / f"{line['custom_id']}.json"
            if not request_file.exists():
                request_file.write_text(
                    next(r for r in requests if r.content_key == line["custom_id"]).model_dump_json(), encoding="utf-8"
                )
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            lines += 1
    err.print(f"{records} records, {lines} requests written to {out} ({cached} criteria already cached, "
              f"{errors} records rejected); model {config.model}, mode {config.mode.value}")


def _requests(settings: TranslatorSettings) -> dict[str, CriterionRequest]:
    folder = _pending_dir(settings)
    if not folder.is_dir():
        return {}
    return {p.stem: CriterionRequest.model_validate_json(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}


def _print(report: IngestReport) -> None:
    err.print(f"{report.lines} result lines: {report.stored} stored, {len(report.invalid)} invalid, "
              f"{len(report.failed)} failed, {len(report.unknown)} unknown; {report.usage.prompt_tokens} prompt + "
              f"{report.usage.completion_tokens} completion tokens, estimated ${report.usage.cost_usd:.4f}")
    for problem in report.invalid[:20]:
        err.print(f"[yellow]invalid[/] {problem.custom_id}: {problem.reason}")
    for problem in report.failed[:20]:
        err.print(f"[red]failed[/] {problem.custom_id}: {problem.reason}")


@batch_app.command("ingest")
def ingest_command(
    results: Annotated[Path, typer.Argument(help="The Batch API output file (JSONL).")],
    data: DataOpt = None,
) -> None:
    """Validate Batch API results and cache the faithful answers; exit 1 when any line was not stored."""
    settings = translator_settings(data)
    if not results.is_file():
        err.print(f"[red]error[/] {results}: no such file")
        raise typer.Exit(2)
    requests = _requests(settings)
    if not requests:
        err.print(f"[red]error[/] no prepared requests under {_pending_dir(settings)}: run `trialplain batch prepare` "
                  "with the same TRIALPLAIN_CACHE_DIR first")
        raise typer.Exit(2)
    try:
        with _llm_cache(settings) as cache, results.open(encoding="utf-8") as lines:
            report = ingest(lines, requests, cache, config=settings.llm_config())
            # A request whose answer is now cached is done; the rest stay for the next batch.
            for key, request in requests.items():
                if cache.get(request) is not None:
                    (_pending_dir(settings) / f"{key}.json").unlink(missing_ok=True)
    except (TranslatorError, UnicodeDecodeError) as error:
        err.print(f"[red]error[/] {results}: {error}")
        raise typer.Exit(2) from None
    _print(report)
    if report.invalid or report.failed or report.unknown:
        raise typer.Exit(1)
