"""`trialplain check` and `trialplain eval` as CI and editors run them: contracts, exit codes, the gate."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.corpus import corpus_records

ENV = {"TRIALPLAIN_LIVE": "false"}
runner = CliRunner()


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()[:6]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def translations(records: Path) -> Path:
    out = records.parent / "t.jsonl"
    done = runner.invoke(app, ["translate", str(records), "--backend", "offline", "--out", str(out)], env=ENV)
    assert done.exit_code == 0, done.output
    return out


def test_check_passes_offline_translations_and_writes_the_contract(
        records: Path, translations: Path, tmp_path: Path) -> None:
    out = tmp_path / "findings.jsonl"
    result = runner.invoke(app, ["check", "--translations", str(translations), "--data", str(records),
                                 "--json", str(out)], env=ENV)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 6
    assert all(set(line) >= {"nct_id", "errors", "warnings", "findings"} and line["errors"] == 0 for line in lines)


def _tampered(translations: Path, tmp_path: Path) -> tuple[Path, str]:
    """The first bullet holding a number, with that number changed."""
    lines = translations.read_text().splitlines()
    for index, line in enumerate(lines):
        record = json.loads(line)
        for section in record["sections"]:
            for bullet in section["bullets"]:
                digits = [c for c in bullet["text"] if c.isdigit()]
                if digits:
                    bullet["text"] = bullet["text"].replace(digits[0], "7" if digits[0] != "7" else "3", 1)
                    lines[index] = json.dumps(record)
                    path = tmp_path / "tampered.jsonl"
                    path.write_text("\n".join(lines) + "\n")
                    return path, record["nct_id"]
    raise AssertionError("no bullet with a number in the sample")


def test_check_exits_1_and_points_at_a_changed_number(records: Path, translations: Path, tmp_path: Path) -> None:
    tampered, nct_id = _tampered(translations, tmp_path)
    out = tmp_path / "findings.jsonl"
    result = runner.invoke(app, ["check", "--translations", str(tampered), "--data", str(records),
                                 "--json", str(out)], env=ENV)
    assert result.exit_code == 1
    bad = next(json.loads(line) for line in out.read_text().splitlines() if json.loads(line)["nct_id"] == nct_id)
    assert bad["errors"] >= 1
    finding = next(f for f in bad["findings"] if f["severity"] == "error")
    fields = {"check", "severity", "criterion_id", "bullet_index", "message", "source_span", "bullet_span"}
    assert fields <= set(finding)


def test_check_names_an_unreadable_line(records: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"nct_id": "NCT1"}\n')
    result = runner.invoke(app, ["check", "--translations", str(broken), "--data", str(records)], env=ENV)
    # Whitespace is dropped before comparing: the console wraps a long temporary path at any character.
    assert result.exit_code == 1 and "broken.jsonl:1:notaTranslation" in "".join(result.output.split())


def test_eval_smoke_writes_json_html_junit_and_passes_its_gate(records: Path, tmp_path: Path) -> None:
    paths = {kind: tmp_path / f"smoke.{kind}" for kind in ("json", "html", "xml")}
    result = runner.invoke(app, ["eval", "--suite", "smoke", str(records), "--fail-under", "error_free_rate=0.99",
                                 "--json", str(paths["json"]), "--html", str(paths["html"]),
                                 "--junit", str(paths["xml"])], env=ENV)
    assert result.exit_code == 0, result.output
    metrics = {m["name"]: m["value"] for m in json.loads(paths["json"].read_text())["metrics"]}
    assert metrics["error_free_rate"] >= 0.99 and metrics["records"] == 6
    assert "<html" in paths["html"].read_text().lower()
    assert ET.parse(paths["xml"]).getroot().tag in ("testsuite", "testsuites")


def test_eval_fails_when_a_threshold_is_missed_or_unknown(records: Path) -> None:
    missed = runner.invoke(app, ["eval", "--suite", "smoke", str(records), "--fail-under", "error_free_rate=1.5"],
                           env=ENV)
    assert missed.exit_code == 1 and "error_free_rate" in missed.output
    unknown = runner.invoke(app, ["eval", "--suite", "smoke", str(records), "--fail-under", "nonsense=1"], env=ENV)
    assert unknown.exit_code == 1 and "nonsense" in unknown.output


def test_eval_fails_on_a_regression_past_the_baseline(records: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    written = runner.invoke(app, ["eval", "--suite", "smoke", str(records), "--baseline", str(baseline),
                                  "--update-baseline"], env=ENV)
    assert written.exit_code == 0, written.output
    same = runner.invoke(app, ["eval", "--suite", "smoke", str(records), "--baseline", str(baseline)], env=ENV)
    assert same.exit_code == 0, same.output
    stored = json.loads(baseline.read_text())
    assert stored["metrics"]["error_free_rate"] <= 1.0
    stored["metrics"]["error_free_rate"] += 0.1  # as if an earlier run had done better than this one can
    baseline.write_text(json.dumps(stored))
    worse = runner.invoke(app, ["eval", "--suite", "smoke", str(records), "--baseline", str(baseline)], env=ENV)
    assert worse.exit_code == 1 and "error_free_rate" in worse.output


def test_eval_chia_writes_recall_per_entity(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "chia.json"
    result = runner.invoke(app, ["eval", "--suite", "chia", "--chia-dir",
                                 str(shared_data / "chia" / "chia_without_scope"), "--json", str(out)], env=ENV)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    for entity in ("Value", "Temporal", "Negation"):
        assert set(report[entity]) >= {"recall", "precision", "n"} and report[entity]["n"] > 0
