"""`trialplain batch prepare|ingest` end to end: files out, results in, then a translate run with no call."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.corpus import corpus_records
from translator.backend import CriterionRequest
from translator.llm_models import PlainBullet, PlainRendering
from translator.openai_server import OpenAIServer


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as running:
        yield running


@pytest.fixture
def env(server: OpenAIServer, tmp_path: Path) -> dict[str, str]:
    return {"TRIALPLAIN_CACHE_DIR": str(tmp_path / "cache"), "TRIALPLAIN_LLM_BASE_URL": server.base_url,
            "TRIALPLAIN_LLM_API_KEY": "local", "TRIALPLAIN_LLM_MODEL": "test-model", "TRIALPLAIN_LIVE": "false",
            "TRIALPLAIN_LLM_MAX_HTTP_RETRIES": "0", "TRIALPLAIN_LLM_TIMEOUT": "2"}


@pytest.fixture
def records(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()[:3]), encoding="utf-8")
    return path


def _result(custom_id: str, answer: PlainRendering) -> str:
    call = {"name": "PlainRendering", "arguments": answer.model_dump_json()}
    message = {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": call}]}
    body: dict[str, Any] = {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "test-model",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60}}
    line = {"id": "r", "custom_id": custom_id, "response": {"status_code": 200, "body": body}, "error": None}
    return json.dumps(line)


def _faithful(request: CriterionRequest) -> PlainRendering:
    # The criterion's own words: faithful by construction, so the checks must accept it.
    return PlainRendering(bullets=[PlainBullet(text=item.text, refs=[item.ref]) for item in request.items])


def test_prepare_ingest_then_translate_makes_no_call(
    env: dict[str, str], records: Path, tmp_path: Path, server: OpenAIServer
) -> None:
    runner = CliRunner()
    requests_file = tmp_path / "requests.jsonl"
    prepared = runner.invoke(app, ["batch", "prepare", str(records), "--out", str(requests_file)], env=env)
    assert prepared.exit_code == 0, prepared.output
    lines = [json.loads(line) for line in requests_file.read_text(encoding="utf-8").splitlines()]
    assert lines and all(line["url"] == "/v1/chat/completions" for line in lines)
    assert len({line["custom_id"] for line in lines}) == len(lines)

    pending = Path(env["TRIALPLAIN_CACHE_DIR"]) / "batch-requests"
    requests = {p.stem: CriterionRequest.model_validate_json(p.read_text()) for p in pending.glob("*.json")}
    results = tmp_path / "results.jsonl"
    results.write_text("".join(_result(line["custom_id"], _faithful(requests[line["custom_id"]])) + "\n"
                               for line in lines), encoding="utf-8")
    ingested = runner.invoke(app, ["batch", "ingest", str(results)], env=env)
    assert ingested.exit_code == 0, ingested.output
    assert f"{len(lines)} stored" in ingested.output

    again = runner.invoke(app, ["batch", "prepare", str(records), "--out", str(requests_file)], env=env)
    assert again.exit_code == 0 and requests_file.read_text() == ""
    out = tmp_path / "t.jsonl"
    translated = runner.invoke(app, ["translate", str(records), "--backend", "llm", "--out", str(out)], env=env)
    assert translated.exit_code == 0, translated.output
    assert server.history == [] and len(out.read_text().splitlines()) == 3


def test_ingest_reports_an_unfaithful_answer_and_exits_1(
    env: dict[str, str], records: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    requests_file = tmp_path / "requests.jsonl"
    assert runner.invoke(app, ["batch", "prepare", str(records), "--out", str(requests_file)], env=env).exit_code == 0
    first = json.loads(requests_file.read_text().splitlines()[0])
    wrong = PlainRendering(bullets=[PlainBullet(text="You are 99 years old.", refs=["1"])])
    results = tmp_path / "results.jsonl"
    results.write_text(_result(first["custom_id"], wrong) + "\n" + "not json\n", encoding="utf-8")
    ingested = runner.invoke(app, ["batch", "ingest", str(results)], env=env)
    assert ingested.exit_code == 1
    assert "0 stored, 1 invalid, 1 failed" in ingested.output
    pending = Path(env["TRIALPLAIN_CACHE_DIR"]) / "batch-requests" / f"{first['custom_id']}.json"
    assert pending.exists(), "an unfaithful answer leaves its request pending for the next batch"


def test_ingest_without_prepare_names_the_problem(env: dict[str, str], tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    results.write_text("{}\n", encoding="utf-8")
    outcome = CliRunner().invoke(app, ["batch", "ingest", str(results)], env=env)
    assert outcome.exit_code == 2 and "batch prepare" in outcome.output
