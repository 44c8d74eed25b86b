"""`trialplain check` and `trialplain eval` over input they cannot read: a named error and a failing exit status,
never a traceback, and never a pass over nothing (a CI gate that checked no record must not go green)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.corpus import corpus_records

ENV = {"TRIALPLAIN_LIVE": "false"}
runner = CliRunner()


def _flat(output: str) -> str:
    # the console wraps a long temporary path at any character: compare without whitespace
    return "".join(output.split())


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()[:2]), encoding="utf-8")
    return path


def test_check_names_a_line_that_is_not_utf8_and_checks_the_others(records: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    done = runner.invoke(app, ["translate", str(records), "--backend", "offline", "--out", str(good)], env=ENV)
    assert done.exit_code == 0, done.output
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(b"\xff\xfe{not text}\n" + good.read_bytes())
    result = runner.invoke(app, ["check", "--translations", str(mixed), "--data", str(records), "--json",
                                 str(tmp_path / "out.jsonl")], env=ENV)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1  # the unreadable line fails the run
    assert "mixed.jsonl:1:notaTranslation" in _flat(result.output)
    checked = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert len(checked) == 2 and all(row["errors"] == 0 for row in checked)


def test_check_of_an_empty_file_fails(records: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    result = runner.invoke(app, ["check", "--translations", str(empty), "--data", str(records)], env=ENV)
    assert result.exit_code == 1
    assert "notranslationin" in _flat(result.output) and "waschecked:acheckofnothingisnopass" in _flat(result.output)


@pytest.mark.parametrize("suite", ["smoke", "corpus", "mutations"])
def test_eval_over_no_readable_record_is_refused(suite: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"\xba\xad not json\n{\"protocolSection\": 5}\n")
    out = tmp_path / "m.json"
    result = runner.invoke(app, ["eval", "--suite", suite, str(broken), "--json", str(out)], env=ENV)
    assert result.exit_code == 2, result.output
    flat = _flat(result.output)
    assert "broken.jsonl" in flat and "couldberead" in flat and "thesuiteisnotrun" in flat
    assert not out.exists()  # no report claims a result


def test_eval_reports_the_unreadable_records_beside_the_ones_it_ran(records: Path, tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(records.read_text() + "{not json\n", encoding="utf-8")
    out = tmp_path / "smoke.json"
    result = runner.invoke(app, ["eval", "--suite", "smoke", str(mixed), "--json", str(out)], env=ENV)
    assert result.exit_code == 0, result.output
    assert "mixed.jsonl:3:notvalidJSON" in _flat(result.output)
    assert _flat(result.output).count("mixed.jsonl:3") == 1  # read twice (count, then run), reported once
    metrics = {m["name"]: m["value"] for m in json.loads(out.read_text())["metrics"]}
    assert metrics["records"] == 2
