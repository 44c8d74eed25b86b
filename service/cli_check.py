"""`trialplain check`: run the fidelity checks on translations made by any backend or edited by hand."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from service.cli_records import translator_settings
from translator.errors import RecordError, TranslatorError
from translator.fidelity import check
from translator.findings import Finding, Severity
from translator.outline import parse_criteria
from translator.records import Study
from translator.sources import read_sources
from translator.translation import Translation

err = Console(stderr=True, highlight=False)


def _studies(data: list[str]) -> dict[str, Study]:
    studies: dict[str, Study] = {}
    for item in read_sources(data, settings=translator_settings(None)):
        if isinstance(item, RecordError):
            err.print(f"[red]error[/] {item}")
        else:
            studies[item.nct_id] = item
    return studies


def check_one(translation: Translation, study: Study) -> list[Finding]:
    doc = parse_criteria(study.eligibility.criteria)
    findings = check(doc, translation, study)
    if translation.provenance.source_sha != doc.sha:
        findings.insert(0, Finding(check="source_changed", severity=Severity.ERROR,
                                   message="the translation was made from a different criteria text than the "
                                   "record's; translate the record again"))
    return findings


def record_json(nct_id: str | None, findings: list[Finding]) -> dict[str, Any]:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    return {"nct_id": nct_id, "errors": errors, "warnings": len(findings) - errors,
            "findings": [f.model_dump(mode="json") for f in findings]}


def check_command(
    translations: Annotated[Path, typer.Option("--translations", help="JSON lines of Translation objects.",
                                               exists=True, dir_okay=False)],
    data: Annotated[list[str], typer.Option("--data", help="Record file(s), folder(s) or NCT ids of the sources.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write one JSON object per record here.")] = None,
    show: Annotated[int, typer.Option(help="Findings to print per record (all go to --json).")] = 5,
) -> None:
    """Check translations against their sources; exit status 1 when any error is found."""
    try:
        studies = _studies(data)
    except TranslatorError as error:
        err.print(f"[red]error[/] {error}")
        raise typer.Exit(2) from None
    totals: Counter[str] = Counter()
    out = json_out.open("w", encoding="utf-8") if json_out else None
    console = Console(highlight=False)
    try:
        for number, line in enumerate(translations.read_bytes().splitlines(), start=1):
            if not line.strip():
                continue
            try:
                translation = Translation.model_validate_json(line)
            except ValidationError as error:
                # pydantic reads the bytes itself, so text that is not UTF-8 is a validation error here too
                first = error.errors()[0]
                where = f" at {'.'.join(str(p) for p in first['loc'])}" if first["loc"] else ""
                err.print(f"[red]error[/] {translations}:{number}: not a Translation: {first['msg']}{where}")
                totals["unreadable"] += 1
                continue
            study = studies.get(translation.nct_id or "")
            if study is None:
                err.print(f"[red]error[/] {translations}:{number}: no source record for {translation.nct_id} in --data")
                totals["unmatched"] += 1
                continue
            findings = check_one(translation, study)
            result = record_json(translation.nct_id, findings)
            totals["records"] += 1
            totals["errors"] += result["errors"]
            totals["warnings"] += result["warnings"]
            totals["records with errors"] += result["errors"] > 0
            if out:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
            if result["errors"] or show:
                shown = sorted(findings, key=lambda f: f.severity is not Severity.ERROR)[:show]
                console.print(f"[bold]{translation.nct_id}[/] {_count(result['errors'], 'error')}, "
                              f"{_count(result['warnings'], 'warning')}")
                for finding in shown:
                    colour = "red" if finding.severity is Severity.ERROR else "yellow"
                    console.print(f"  [{colour}]{finding.severity.value}[/] {finding.check}: {finding.message}")
    finally:
        if out:
            out.close()
    table = Table(title="Fidelity check")
    table.add_column("measure")
    table.add_column("count", justify="right")
    for key in ("records", "records with errors", "errors", "warnings", "unreadable", "unmatched"):
        table.add_row(key, str(totals[key]))
    console.print(table)
    if not totals["records"]:
        err.print(f"[red]error[/] no translation in {translations} was checked: a check of nothing is no pass")
    if totals["errors"] or totals["unreadable"] or totals["unmatched"] or not totals["records"]:
        raise typer.Exit(1)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
