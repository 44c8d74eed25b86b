"""The LLM backend from the command line when it cannot answer: no API key is one line naming the setting (not
a traceback), and a run whose criteria fell back to the offline backend says so, and is redone by the next run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.corpus import corpus_records
from tests.service.test_cli_service import _run
from translator.openai_server import Answer, OpenAIServer, echo_items


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()[:2]), encoding="utf-8")
    return path


@pytest.fixture
def no_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TRIALPLAIN_LLM_API_KEY", raising=False)
    monkeypatch.setenv("TRIALPLAIN_LIVE", "false")
    monkeypatch.setenv("TRIALPLAIN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TRIALPLAIN_DATABASE_URL", f"sqlite:///{tmp_path / 'store.db'}")


@pytest.mark.usefixtures("no_key")
@pytest.mark.parametrize(
    ("args", "status"),
    [(["translate", "{records}", "--backend", "llm", "--out", "{out}"], 2),
     (["batch", "prepare", "{records}", "--out", "{out}"], 1)],
    ids=["translate", "batch-prepare"],
)
def test_no_api_key_is_one_line_naming_the_setting(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], status: int
) -> None:
    out = tmp_path / "out.jsonl"
    filled = [arg.format(records=records, out=out) for arg in args]
    exit_status, output = _run(filled, capsys)
    assert (exit_status, "Traceback" in output) == (status, False), output
    assert "TRIALPLAIN_LLM_API_KEY" in output
    assert not out.exists() or out.read_text() == "", "nothing is written by a run that could not start"


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as running:  # no default: every call gets HTTP 500 until a test sets one
        yield running


def test_a_run_that_fell_back_is_redone_once_the_llm_answers(
    server: OpenAIServer, records: Path, tmp_path: Path
) -> None:
    env = {"TRIALPLAIN_CACHE_DIR": str(tmp_path / "cache"), "TRIALPLAIN_LLM_BASE_URL": server.base_url,
           "TRIALPLAIN_LLM_API_KEY": "local", "TRIALPLAIN_LLM_MODEL": "test-model", "TRIALPLAIN_LIVE": "false",
           "TRIALPLAIN_LLM_MAX_HTTP_RETRIES": "0", "TRIALPLAIN_LLM_TIMEOUT": "5",
           # every criterion falls back here; the stop at an endpoint that is down is test_s51_llm_unreachable's
           "TRIALPLAIN_LLM_UNREACHABLE_LIMIT": "0"}
    out = tmp_path / "t.jsonl"
    command = ["translate", str(records), "--backend", "llm", "--out", str(out)]
    runner = CliRunner()

    down = runner.invoke(app, command, env=env)
    assert down.exit_code == 0, down.output
    first = [json.loads(line) for line in out.read_text().splitlines()]
    fallbacks = sum(flag["code"] == "llm_fallback" for record in first for flag in record["flags"])
    assert fallbacks > 0
    assert f"{fallbacks} criteria fell back to the offline backend" in " ".join(down.output.split())
    assert "run the same command again" in " ".join(down.output.split())

    server.default = lambda body: Answer(echo_items)  # the endpoint is back
    calls = len(server.history)
    up = runner.invoke(app, command, env=env)
    assert up.exit_code == 0, up.output
    assert "0 already done, 2 replaced" in " ".join(up.output.split()), up.output
    assert len(server.history) > calls
    second = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["nct_id"] for r in second] == [r["nct_id"] for r in first]  # one line per trial, in order
    assert not any(flag["code"] == "llm_fallback" for record in second for flag in record["flags"])
    assert "fell back" not in up.output

    calls = len(server.history)
    again = runner.invoke(app, command, env=env)
    assert again.exit_code == 0 and "2 already done" in " ".join(again.output.split()), again.output
    assert len(server.history) == calls, "a finished run asks nothing"
