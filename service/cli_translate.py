"""`trialplain translate`: translate records to one JSON Translation per line, resumably.

A run with `--out FILE` skips the records FILE already holds a translation of, made from the same criteria
text by the same backend, model and prompt (or offline rules version); any other record is translated, and
its new line replaces the old one once the run ends, so a file never mixes two translations of one trial.
A translation in which the LLM backend fell back to the offline one for some criterion (the endpoint was down,
or its answers kept failing the checks) is not finished either: the cache does not keep such a rendering, so the
next run asks the LLM again for those criteria and takes the others from the cache.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from service.cli_records import DataOpt, SourcesArg, translator_settings
from translator.backend import BackendIdentity
from translator.backends import aclose_clients, make_backend
from translator.cache import UNCACHEABLE_FLAGS
from translator.errors import RecordError, TranslatorError
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.records import Study
from translator.sources import read_sources
from translator.translation import Translation, Usage

err = Console(stderr=True, highlight=False)


# What makes a stored translation the one this run would write: its source text and who translated it how.
_Made = tuple[str, str, str | None, str | None]


def made_by(source_sha: str, identity: BackendIdentity) -> _Made:
    return (source_sha, identity.backend, identity.model, identity.prompt_sha)


def _retried(record: dict[str, Any]) -> bool:
    """Whether a written translation holds a rendering the cache would not keep (an LLM fallback)."""
    return any(flag.get("code") in UNCACHEABLE_FLAGS for flag in record.get("flags") or ())


def _rendered(record: dict[str, Any]) -> frozenset[str]:
    """The criterion ids a written translation renders (cited, or listed as not shown)."""
    cited = {ref for section in record["sections"] for bullet in section["bullets"] for ref in bullet["source_ids"]}
    return frozenset(cited | set(record.get("not_shown") or ()))


def finished(out: Path) -> dict[str, tuple[_Made, frozenset[str]]]:
    """NCT id → how the translation in `out` was made and the criterion ids it renders (the last line per
    trial); a torn last line is cut off. A translation to ask for again (`_retried`) is made by nobody."""
    done: dict[str, tuple[_Made, frozenset[str]]] = {}
    if not out.exists():
        return done
    good_end = 0
    with out.open("rb+") as handle:
        for line in handle:
            try:
                record = json.loads(line)
                how = record["provenance"]
                made = (how["source_sha"], how["backend"], how.get("model"), how.get("prompt_sha"))
                if _retried(record):
                    made = (how["source_sha"], "", None, None)  # matches no backend: translated again
                done[record["nct_id"]] = (made, _rendered(record))
            except (ValueError, KeyError, TypeError, AttributeError):
                break  # an interrupted write: everything from here is redone
            good_end += len(line)
        handle.truncate(good_end)
    return done


def _pending(
    studies: Iterable[Study | RecordError],
    done: dict[str, tuple[_Made, frozenset[str]]],
    identity: BackendIdentity,
    report: dict[str, int],
) -> Iterator[Study]:
    for item in studies:
        if isinstance(item, RecordError):
            report["errors"] += 1
            err.print(f"[red]error[/] {item}")
        elif _still_current(done.get(item.nct_id), item, identity):
            report["skipped"] += 1
        else:
            report["replaced"] += item.nct_id in done
            yield item


def _still_current(written: tuple[_Made, frozenset[str]] | None, study: Study, identity: BackendIdentity) -> bool:
    """Whether the written translation is what this run would write: same text, backend, model and prompt,
    and the criteria as the text parses today (a newer parser may split it into other criteria)."""
    if written is None or written[0] != made_by(study.criteria_sha, identity):
        return False
    return written[1] == frozenset(c.id for c in parse_criteria(study.eligibility.criteria).criteria)


def keep_latest(out: Path) -> None:
    """Rewrite `out` with one line per trial, the last one written (atomically: a crash leaves the old file)."""
    latest: dict[str, str] = {}
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    for line in lines:
        try:
            nct_id = json.loads(line)["nct_id"]
        except (ValueError, KeyError, TypeError):
            return  # a torn line: the next run cuts it off (see `finished`) and tidies then
        latest.pop(nct_id, None)  # a replaced trial moves to where its new line is
        latest[nct_id] = line
    if len(latest) == len(lines):
        return
    temporary = out.with_name(out.name + ".tmp")
    temporary.write_text("".join(line + "\n" for line in latest.values()), encoding="utf-8")
    temporary.replace(out)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, disable=not err.is_terminal, transient=True)


def _write(handle: IO[str], translation: Translation) -> None:
    handle.write(translation.model_dump_json() + "\n")
    handle.flush()


async def _translate_async(studies: Iterator[Study], translator: Translator, handle: IO[str],
                           progress: Progress, task: TaskID, window: int, report: dict[str, int]) -> Usage:
    usage = Usage()
    batch: list[Study] = []

    async def flush() -> Usage:
        results = await asyncio.gather(*(translator.atranslate(parse_criteria(s.eligibility.criteria),
                                                               nct_id=s.nct_id, study=s) for s in batch))
        total = Usage()
        for translation in results:  # written in input order, so a resumed file reads like a fresh one
            _write(handle, translation)
            report["fallbacks"] += sum(flag.code in UNCACHEABLE_FLAGS for flag in translation.flags)
            total = total + translation.provenance.usage
            progress.advance(task)
        batch.clear()
        return total

    try:
        for study in studies:
            batch.append(study)
            if len(batch) >= window:
                usage = usage + await flush()
        if batch:
            usage = usage + await flush()
    finally:
        await aclose_clients(translator.backend)
    return usage


def translate(
    sources: SourcesArg,
    backend: Annotated[str | None, typer.Option(help="offline or llm (default: $TRIALPLAIN_BACKEND, else offline)")]
    = None,
    concurrency: Annotated[int, typer.Option(min=1, help="LLM requests in flight at once.")] = 8,
    out: Annotated[Path | None, typer.Option(help="Write JSON lines here (resumes a partial file); default stdout.")]
    = None,
    data: DataOpt = None,
) -> None:
    """Translate the eligibility criteria of each record; one JSON Translation per line."""
    settings = translator_settings(data)
    name = backend or settings.backend
    try:
        chosen = make_backend(settings, backend=name)
    except (ValueError, TranslatorError) as error:  # an unknown backend, no API key for the LLM…
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from None
    translator = Translator(chosen, concurrency=concurrency)
    done = finished(out) if out else {}
    report = {"errors": 0, "skipped": 0, "replaced": 0, "fallbacks": 0}
    handle_cm = out.open("a", encoding="utf-8") if out else nullcontext(sys.stdout)
    usage = Usage()
    count = 0
    try:
        with handle_cm as handle, _progress() as progress:
            task = progress.add_task(f"translating ({name})", total=None)
            studies = _pending(read_sources(sources, settings=settings), done, chosen.identity, report)
            if name == "llm":
                usage = asyncio.run(
                    _translate_async(studies, translator, handle, progress, task, concurrency * 4, report)
                )
            else:
                for study in studies:
                    doc = parse_criteria(study.eligibility.criteria)
                    _write(handle, translator.translate(doc, nct_id=study.nct_id, study=study))
                    progress.advance(task)
            count = int(progress.tasks[0].completed)
    except TranslatorError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from None
    finally:
        if out:
            keep_latest(out)
    unique = translator.unique_requests
    ratio = unique / translator.requests if translator.requests else 1.0
    err.print(f"translated {count} records ({report['skipped']} already done, {report['replaced']} replaced, "
              f"{report['errors']} errors); "
              f"{translator.requests} criteria, {unique} unique (dedup ratio {ratio:.3f})")
    if name == "llm":
        err.print(f"LLM calls {usage.calls}, cached {usage.cached_calls}, tokens {usage.prompt_tokens}+"
                  f"{usage.completion_tokens}, estimated cost ${usage.cost_usd:.4f}")
        if report["fallbacks"]:
            err.print(f"[yellow]{report['fallbacks']} criteria fell back to the offline backend[/] (flagged "
                      "llm_fallback for editors); run the same command again to ask the LLM for them again")
    if report["errors"]:
        raise typer.Exit(1)
