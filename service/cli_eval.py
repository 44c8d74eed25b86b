"""`trialplain eval`: run an eval suite, write JSON / HTML / JUnit reports, and gate on the results."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from evals.gate import evaluate, load_baseline, parse_thresholds, write_baseline
from evals.junit import write_junit
from evals.report_html import write_html
from evals.results import SuiteResult
from service.cli_records import translator_settings
from translator.backends import make_backend
from translator.errors import RecordError, TranslatorError
from translator.records import Study
from translator.sources import read_sources

err = Console(stderr=True, highlight=False)
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


class Suite(StrEnum):
    SMOKE = "smoke"
    CORPUS = "corpus"
    MUTATIONS = "mutations"
    CHIA = "chia"


_SHOWN = 5  # unreadable records named; the rest counted


class _Unread:
    """The records of a run that could not be read, each once however often the sources are read, and whether any
    record was: a suite over no record would pass its gate on nothing, so that run is refused instead."""

    def __init__(self) -> None:
        self.errors: dict[str, RecordError] = {}
        self.read = 0

    def report(self) -> None:
        for error in list(self.errors.values())[:_SHOWN]:
            err.print(f"[red]error[/] {error}")
        if len(self.errors) > _SHOWN:
            err.print(f"… and {len(self.errors) - _SHOWN} more records that could not be read")


def _nothing_read(label: str, unread: _Unread) -> ValueError:
    return ValueError(f"no record of {label} could be read ({len(unread.errors)} refused): nothing to evaluate, so "
                      "the suite is not run")


def _studies(source: list[str], data: Path | None, every: int, limit: int | None,
             chia_dir: Path | None = None, unread: _Unread | None = None) -> Iterator[Study]:
    """The records a backend suite runs on: the sources, else Chia's texts when --chia-dir is given, else the
    shared corpus; every `every`-th, at most `limit`. Records that cannot be read go to `unread`."""
    if chia_dir is not None and not source:
        from evals.chia_texts import chia_studies

        studies: Iterator[Study] = chia_studies(chia_dir)
    else:
        paths = source or [str(data or SHARED / "ctgov" / "studies.jsonl")]
        studies = _readable(read_sources(paths, settings=translator_settings(data)), unread or _Unread())
    picked = itertools.islice(studies, 0, None, every)
    return itertools.islice(picked, limit) if limit else picked


def _readable(items: Iterable[Study | RecordError], unread: _Unread) -> Iterator[Study]:
    for item in items:
        if isinstance(item, RecordError):
            unread.errors.setdefault(str(item), item)
        else:
            unread.read += 1
            yield item


def _print(result: SuiteResult) -> None:
    console = Console(highlight=False)
    for title, rows in result.tables.items():
        if not rows:
            continue
        table = Table(title=title)
        for key in rows[0]:
            table.add_column(str(key), justify="right" if isinstance(rows[0][key], (int, float)) else "left")
        for row in rows:
            table.add_row(*(f"{v:.4f}" if isinstance(v, float) else str(v) for v in row.values()))
        console.print(table)
    metrics = Table(title=f"{result.suite} metrics")
    metrics.add_column("metric")
    metrics.add_column("value", justify="right")
    for metric in result.metrics:
        metrics.add_row(metric.name, f"{metric.value:.4f}" if metric.value % 1 else f"{metric.value:.0f}")
    console.print(metrics)


def eval_command(
    suite: Annotated[Suite, typer.Option(help="smoke: a sample through the backend; corpus: every record; "
                                         "mutations: planted errors and false alarms; chia: fact recall.")],
    source: Annotated[list[str] | None, typer.Argument(help="Record files/folders (default: the shared corpus).")]
    = None,
    backend: Annotated[str | None, typer.Option(help="offline or llm (default $TRIALPLAIN_BACKEND).")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the result as JSON here.")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report here.")] = None,
    junit_out: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML here.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="Fail when a metric regresses past this baseline.")] = None,
    update_baseline: Annotated[bool, typer.Option(help="Write this run's metrics to --baseline.")] = False,
    fail_under: Annotated[list[str] | None, typer.Option(help="METRIC=VALUE; fails when the metric is worse.")]
    = None,
    chia_dir: Annotated[Path | None, typer.Option(help="Chia folder: the chia suite's annotations; for the other "
                                                  "suites, without SOURCE, Chia's criteria texts as records "
                                                  "(text the rules were never tuned on).")] = None,
    sample: Annotated[int, typer.Option(help="Records for the smoke/mutation suites (every n-th of the source).")]
    = 150,
    per_type: Annotated[int, typer.Option(help="Planted errors per mutation type.")] = 400,
    paraphrases: Annotated[Path | None, typer.Option(help="Hand-written paraphrases (default: the packaged set).")]
    = None,
    data: Annotated[Path | None, typer.Option(help="Record file for NCT-id lookups.")] = None,
    judge: Annotated[bool, typer.Option("--judge", help="Smoke/corpus: also ask the LLM judge (TRIALPLAIN_LLM_* "
                                        "settings) about each criterion; a second opinion in the tables, never gated.")]
    = False,
) -> None:
    """Run an eval suite; exit 1 when a threshold is missed or a metric regresses past the baseline."""
    from evals.suites import backend_suite, chia_suite, mutation_suite

    try:
        if judge and suite not in (Suite.SMOKE, Suite.CORPUS):
            raise ValueError("--judge works with the smoke and corpus suites only")
        thresholds = parse_thresholds(fail_under or [])
        settings = translator_settings(data)
        sources = [str(s) for s in source or []]
        label = ", ".join(sources) or (f"{chia_dir} (criteria texts)" if chia_dir else "")
        label = label or str(SHARED / "ctgov" / "studies.jsonl")
        if suite is Suite.CHIA:
            chia_path = chia_dir or SHARED / "chia" / "chia_without_scope"
            result = chia_suite(chia_path)
        else:
            chosen = make_backend(settings, backend=backend)
            unread = _Unread()
            sampled = suite is not Suite.CORPUS
            total = sum(1 for _ in _studies(sources, data, 1, None, chia_dir, unread)) if sampled else 0
            # A sampled suite has counted its records already: with none readable it is refused before it builds
            # the paraphrase cases and the planted errors (a minute of work for nothing).
            if sampled and not unread.read and (sources or not chia_dir):
                unread.report()
                raise _nothing_read(label, unread)
            every = max(total // sample, 1) if total else 1
            studies = _studies(sources, data, every, sample if sampled else None, chia_dir, unread)
            if suite is Suite.MUTATIONS:
                result = mutation_suite(studies, chosen, source=label, per_type=per_type, paraphrases=paraphrases)
            else:
                result = backend_suite(suite.value, studies, chosen, source=label)
            unread.report()
            if not unread.read and (sources or not chia_dir):
                raise _nothing_read(label, unread)
        if judge:
            from evals.judge import add_to_result, judge_studies
            from translator.llm_judge import LLMJudge

            with LLMJudge(settings.llm_config(), cache_dir=settings.cache_dir / "judge") as llm_judge:
                studies = _studies(sources, data, every, sample if suite is not Suite.CORPUS else None, chia_dir)
                add_to_result(result, judge_studies(studies, chosen, llm_judge))
    except (TranslatorError, ValueError, OSError) as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from None
    base = load_baseline(baseline) if baseline and baseline.exists() and not update_baseline else None
    failures = evaluate(result, thresholds, base)
    _print(result)
    if update_baseline and baseline:
        write_baseline(baseline, result)
        err.print(f"baseline written to {baseline}")
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        payload = result.model_dump(mode="json")
        if suite is Suite.CHIA:  # the chia contract: {"Value": {"recall", "precision", "n"}, ...}
            payload = {str(row["entity"]): {k: v for k, v in row.items() if k != "entity"}
                       for row in result.tables.get("recall by entity type", [])}
        json_out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if html_out:
        write_html(html_out, result, failures)
    if junit_out:
        write_junit(junit_out, result, failures)
    for failure in failures:
        err.print(f"[red]gate[/] {failure.reason}")
    if failures:
        raise typer.Exit(1)
