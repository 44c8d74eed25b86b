"""Chia's criteria texts as records: every line one criterion under its section, and the backend suites run
on them (`trialplain eval --suite smoke|corpus|mutations --chia-dir DIR`)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from evals.chia_texts import chia_studies
from service.cli import app
from tests.corpus import shared_data_dir
from translator.criteria import SectionKind
from translator.outline import parse_criteria


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_chia_line_is_parsed_into_criteria_of_its_section() -> None:
    # A line may hold an inline list ("(1) … or (2) …") that the parser splits further, so a line is read
    # into one or more criteria, all in its section, with nothing left uncovered; or it is a header.
    folder = shared_data_dir() / "chia" / "chia_without_scope"
    studies = list(chia_studies(shared_data_dir() / "chia"))
    assert len(studies) > 700 and len({s.nct_id for s in studies}) == len(studies)
    for study in studies:
        text = study.eligibility.criteria
        doc = parse_criteria(text)
        assert not doc.uncovered, study.nct_id
        at = 0
        for suffix, kind in (("inc", SectionKind.INCLUSION), ("exc", SectionKind.EXCLUSION)):
            path = folder / f"{study.nct_id}_{suffix}.txt"
            for line in _lines(path) if path.exists() else []:
                start = text.index(line, at)
                at = end = start + len(line)
                inside = [c for c in doc.criteria if start <= c.start < end]
                header = any(x.header_start is not None and x.header_end is not None
                             and x.header_start < end and start < x.header_end for x in doc.sections)
                # A line that reads as a header ("General Inclusion") opens a section of its own.
                assert header or (inside and all(c.kind is kind for c in inside)), (study.nct_id, line)


def test_the_smoke_suite_runs_on_chia_texts(tmp_path: Path) -> None:
    out = tmp_path / "smoke.json"
    result = CliRunner().invoke(app, ["eval", "--suite", "smoke", "--chia-dir", str(shared_data_dir() / "chia"),
                                      "--sample", "20", "--json", str(out), "--fail-under", "error_free_rate=0.99"],
                                env={"TRIALPLAIN_LIVE": "false"})
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    metrics = {m["name"]: m["value"] for m in report["metrics"]}
    assert metrics["records"] == 20 and "chia" in report["source"]
