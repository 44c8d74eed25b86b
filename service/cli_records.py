"""`trialplain parse` and `trialplain stats`: read records and show how their criteria parse."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from translator.criteria import CriteriaDoc, SectionKind
from translator.errors import RecordError, TranslatorError
from translator.outline import parse_criteria
from translator.settings import TranslatorSettings
from translator.sources import read_sources

SourcesArg = Annotated[list[str], typer.Argument(help="Record files, folders, or NCT ids.", show_default=False)]
DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data", help="Record file in which NCT ids are looked up (default $TRIALPLAIN_DATA, else the live API)."
    ),
]

err = Console(stderr=True)


def translator_settings(data: Path | None) -> TranslatorSettings:
    settings = TranslatorSettings()
    return settings.model_copy(update={"data": data}) if data is not None else settings


def doc_json(nct_id: str, doc: CriteriaDoc) -> dict[str, object]:
    """The stable `parse --json` contract other tools read."""
    return {
        "nct_id": nct_id,
        "sections": [{"kind": s.kind.value, "label": s.label, "start": s.start, "end": s.end} for s in doc.sections],
        "criteria": [
            {
                "id": c.id,
                "kind": c.kind.value,
                "parent": c.parent,
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "logic": c.logic.value if c.logic else None,
            }
            for c in doc.criteria
        ],
        "uncovered": [list(span) for span in doc.uncovered],
    }


def _tree(nct_id: str, doc: CriteriaDoc) -> Tree:
    root = Tree(f"[bold]{nct_id}[/]")
    nodes: dict[str, Tree] = {}
    for index, section in enumerate(doc.sections):
        branch = root.add(
            f"[cyan]{section.kind.value}[/] {section.label or '(no header)'}"
            + (f" · cohort {section.cohort}" if section.cohort else "")
        )
        for criterion in doc.criteria:
            if criterion.section != index:
                continue
            parent = nodes.get(criterion.parent or "", branch)
            logic = f" [magenta]({criterion.logic.value} of)[/]" if criterion.logic and criterion.children else ""
            nodes[criterion.id] = parent.add(f"[green]{criterion.id}[/]{logic} {criterion.text}", highlight=False)
    return root


def parse(
    sources: SourcesArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per record.")] = False,
    data: DataOpt = None,
) -> None:
    """Parse the eligibility criteria of each record into sections and a tree of criteria with spans."""
    failed = 0
    out = Console(highlight=False, soft_wrap=True)
    try:
        for item in read_sources(sources, settings=translator_settings(data)):
            if isinstance(item, RecordError):
                failed += 1
                err.print(f"[red]error[/] {item}", highlight=False)
                continue
            doc = parse_criteria(item.eligibility.criteria)
            if as_json:
                sys.stdout.write(json.dumps(doc_json(item.nct_id, doc), ensure_ascii=False) + "\n")
            else:
                out.print(_tree(item.nct_id, doc))
    except TranslatorError as error:
        err.print(f"[red]error[/] {error}", highlight=False)
        raise typer.Exit(2) from None
    if failed:
        raise typer.Exit(1)


def stats(sources: SourcesArg, data: DataOpt = None) -> None:
    """Count records, criteria per kind, records without an inclusion or exclusion header, and parse errors."""
    counts: Counter[str] = Counter()
    failures: list[RecordError] = []
    try:
        for item in read_sources(sources, settings=translator_settings(data)):
            if isinstance(item, RecordError):
                failures.append(item)
                continue
            doc = parse_criteria(item.eligibility.criteria)
            counts["records"] += 1
            kinds = {s.kind for s in doc.sections}
            counts["records without an inclusion header"] += SectionKind.INCLUSION not in kinds
            counts["records without an exclusion header"] += SectionKind.EXCLUSION not in kinds
            counts["records with uncovered text"] += bool(doc.uncovered)
            for criterion in doc.criteria:
                counts[f"{criterion.kind.value} criteria"] += 1
                counts["nested criteria"] += criterion.parent is not None
    except TranslatorError as error:
        err.print(f"[red]error[/] {error}", highlight=False)
        raise typer.Exit(2) from None
    table = Table(title="Corpus statistics")
    table.add_column("measure")
    table.add_column("count", justify="right")
    order = [
        "records",
        "inclusion criteria",
        "exclusion criteria",
        "other criteria",
        "nested criteria",
        "records without an inclusion header",
        "records without an exclusion header",
        "records with uncovered text",
    ]
    for key in order:
        table.add_row(key, str(counts[key]))
    table.add_row("parse errors", str(len(failures)))
    Console().print(table)
    for failure in failures[:20]:
        err.print(f"[red]error[/] {failure}", highlight=False)
