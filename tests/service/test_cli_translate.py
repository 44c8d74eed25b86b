"""`trialplain translate --out FILE` resumes: finished records are skipped, a torn line is redone, and a
record whose text or translator changed is translated again and replaces its old line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.corpus import corpus_records

ENV = {"TRIALPLAIN_LIVE": "false"}
runner = CliRunner()


def write_records(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def translate(records: Path, out: Path) -> str:
    result = runner.invoke(app, ["translate", str(records), "--backend", "offline", "--out", str(out)], env=ENV)
    assert result.exit_code == 0, result.output
    return result.output


def lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def records(tmp_path: Path) -> Path:
    return write_records(tmp_path / "records.jsonl", list(corpus_records()[:5]))


def test_an_interrupted_run_resumes_without_redoing_finished_records(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    translate(records, out)
    complete = out.read_text(encoding="utf-8").splitlines()
    # as if killed while writing the fourth line
    out.write_text("\n".join(complete[:3]) + "\n" + complete[3][:40], encoding="utf-8")
    output = translate(records, out)
    assert "3 already done, 0 replaced" in output
    again = lines(out)
    assert [r["nct_id"] for r in again] == [json.loads(line)["nct_id"] for line in complete]
    first = [json.loads(line) for line in complete[:3]]
    assert [r["provenance"]["created_at"] for r in again[:3]] == [r["provenance"]["created_at"] for r in first]


def test_a_record_whose_text_changed_is_translated_again_and_replaces_its_line(
    records: Path, tmp_path: Path
) -> None:
    out = tmp_path / "t.jsonl"
    translate(records, out)
    before = lines(out)
    changed = list(corpus_records()[:5])
    changed[1] = json.loads(json.dumps(changed[1]))
    module = changed[1]["protocolSection"]["eligibilityModule"]
    module["eligibilityCriteria"] += "\n* Able to swallow tablets"
    output = translate(write_records(records, changed), out)
    assert "4 already done, 1 replaced" in output
    after = lines(out)
    assert len(after) == 5 and len({r["nct_id"] for r in after}) == 5
    renewed = next(r for r in after if r["nct_id"] == before[1]["nct_id"])
    assert renewed["provenance"]["source_sha"] != before[1]["provenance"]["source_sha"]
    assert any("swallow tablets" in b["text"] for s in renewed["sections"] for b in s["bullets"])


def test_translations_by_other_rules_are_redone_not_mixed_in(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    translate(records, out)
    stored = lines(out)
    stored[0]["provenance"]["prompt_sha"] = "0" * 64  # as written by an older rules version
    out.write_text("".join(json.dumps(r) + "\n" for r in stored), encoding="utf-8")
    output = translate(records, out)
    assert "4 already done, 1 replaced" in output
    assert [r["provenance"]["prompt_sha"] for r in lines(out)].count("0" * 64) == 0


def test_a_translation_of_another_parse_of_the_text_is_redone(records: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    translate(records, out)
    stored = lines(out)
    # As an older parser might have split the text: the last criterion was a child of the one before.
    bullets = [bullet for section in stored[2]["sections"] for bullet in section["bullets"]]
    last = bullets[-1]["source_ids"][-1]
    bullets[-1]["source_ids"][-1] = f"{last}.1"
    out.write_text("".join(json.dumps(r) + "\n" for r in stored), encoding="utf-8")
    output = translate(records, out)
    assert "4 already done, 1 replaced" in output
    redone = next(r for r in lines(out) if r["nct_id"] == stored[2]["nct_id"])
    assert redone["sections"][-1]["bullets"][-1]["source_ids"][-1] == last
