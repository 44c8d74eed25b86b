"""Batch API files: prepared bodies equal live ones; ingested results fill the cache, invalid ones do not."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from translator.backend import CriterionRequest, RequestItem
from translator.batch import BATCH_URL, ingest, prepare
from translator.cache import CachedBackend
from translator.criteria import SectionKind
from translator.errors import BackendError
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.llm import LLMBackend
from translator.llm_config import LLMConfig, LLMMode
from translator.llm_models import PlainBullet, PlainRendering, fidelity_errors
from translator.openai_server import OpenAIServer

AGE = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text="Age 18 years or older")])
HB = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text="Hemoglobin at least 9 g/dL")])
MI = CriterionRequest(
    kind=SectionKind.EXCLUSION, items=[RequestItem(ref="1", text="Heart attack in the last 6 months")]
)
ANSWERS = {
    AGE.content_key: PlainRendering(bullets=[PlainBullet(text="You are 18 years or older.", refs=["1"])]),
    HB.content_key: PlainRendering(bullets=[PlainBullet(text="Your hemoglobin is at least 9 g/dL.", refs=["1"])]),
    # Unfaithful: the number changed, so it must be reported and not cached.
    MI.content_key: PlainRendering(
        bullets=[PlainBullet(text="You had a heart attack in the last 12 months.", refs=["1"])]
    ),
}


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as running:
        yield running


def make_config(server: OpenAIServer, mode: LLMMode = LLMMode.TOOLS) -> LLMConfig:
    return LLMConfig(
        base_url=server.base_url, api_key=SecretStr("local"), model="test-model", mode=mode, timeout=2.0,
        price_input_per_mtok=0.5, price_output_per_mtok=1.5,
    )


def result_line(custom_id: str, answer: str, mode: LLMMode, status: int = 200) -> str:
    """A Batch API output line as OpenAI (or vLLM's run_batch) writes it."""
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if mode is LLMMode.TOOLS:
        message["tool_calls"] = [
            {"id": "c1", "type": "function", "function": {"name": "PlainRendering", "arguments": answer}}
        ]
    elif mode is LLMMode.MD_JSON:
        message["content"] = f"Here it is:\n```json\n{answer}\n```"
    else:
        message["content"] = answer
    body = {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "test-model",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }
    return json.dumps(
        {"id": "r1", "custom_id": custom_id, "response": {"status_code": status, "body": body}, "error": None}
    )


@pytest.mark.parametrize("mode", list(LLMMode))
def test_prepare_body_equals_live_request_body(server: OpenAIServer, mode: LLMMode) -> None:
    config = make_config(server, mode)
    server.enqueue(ANSWERS[AGE.content_key])
    with LLMBackend(config, ScriptedBackend()) as backend:
        backend.render(AGE)
    (line,) = prepare([AGE], config)
    assert line["custom_id"] == AGE.content_key
    assert (line["method"], line["url"]) == ("POST", BATCH_URL)
    assert line["body"] == server.history[0].body


def test_prepare_writes_one_line_per_unique_request(server: OpenAIServer) -> None:
    duplicate = CriterionRequest(kind=AGE.kind, items=list(AGE.items))
    lines = list(prepare([AGE, HB, duplicate, AGE], make_config(server)))
    assert [line["custom_id"] for line in lines] == [AGE.content_key, HB.content_key]
    json.dumps(lines)  # JSONL-ready


@pytest.mark.parametrize("mode", list(LLMMode))
def test_ingest_caches_valid_answers_so_next_run_makes_no_calls(
    server: OpenAIServer, tmp_path: Path, mode: LLMMode
) -> None:
    config = make_config(server, mode)
    requests = {r.content_key: r for r in (AGE, HB, MI)}
    lines = [result_line(key, ANSWERS[key].model_dump_json(), mode) for key in requests]
    with LLMBackend(config, ScriptedBackend(default=echo_rendering)) as llm, CachedBackend(llm, tmp_path) as cache:
        report = ingest(lines, requests, cache, config=config)
        assert report.lines == 3 and report.stored == 2
        assert [problem.custom_id for problem in report.invalid] == [MI.content_key]
        expected = fidelity_errors(MI, ANSWERS[MI.content_key].to_rendering())[0].message
        assert expected[:80] in report.invalid[0].reason
        assert report.usage.calls == 3 and report.usage.prompt_tokens == 300
        assert report.usage.cost_usd == pytest.approx((300 * 0.5 + 60 * 1.5) / 1e6)

        age = cache.render(AGE)
        cache.render(HB)
        assert server.history == []
        assert age.usage.cached_calls == 1
        assert age.bullets[0].text == "You are 18 years or older."

        fixed = PlainBullet(text="You had a heart attack in the last 6 months.", refs=["1"])
        server.enqueue(PlainRendering(bullets=[fixed]))
        cache.render(MI)  # the invalid one was not cached: it goes to the LLM
        assert len(server.history) == 1


def test_ingest_reports_failed_unknown_and_broken_lines(server: OpenAIServer, tmp_path: Path) -> None:
    config = make_config(server)
    requests = {AGE.content_key: AGE}
    lines = [
        result_line(AGE.content_key, "{}", LLMMode.TOOLS, status=500),
        json.dumps({"custom_id": "x", "response": None, "error": {"code": "batch_expired", "message": "expired"}}),
        result_line("not-a-request", ANSWERS[AGE.content_key].model_dump_json(), LLMMode.TOOLS),
        "this is not json",
        "",
        json.dumps({"custom_id": AGE.content_key, "response": {"status_code": 200, "body": {"choices": []}}}),
    ]
    with LLMBackend(config, ScriptedBackend()) as llm, CachedBackend(llm, tmp_path) as cache:
        report = ingest(lines, requests, cache, config=config)
        assert len(cache) == 0
    assert report.lines == 5 and report.stored == 0
    reasons = [problem.reason for problem in report.failed]
    assert "HTTP 500" in reasons[0]
    assert "batch_expired" in reasons[1]
    assert "not JSON" in reasons[2]
    assert "no answer" in reasons[3]
    assert report.unknown == ["not-a-request"]


@pytest.mark.parametrize("line", [
    {"custom_id": "x", "response": "oops"},  # AttributeError: 'str' object has no attribute 'get'
    {"custom_id": "x", "response": {"status_code": 200, "body": {"choices": [{"message": "oops"}]}}},
    {"custom_id": "x", "response": {"status_code": 200, "body": {
        "choices": [{"message": {"content": "{}"}}], "usage": {"prompt_tokens": "many"}}}},  # ValueError from int()
    {"custom_id": "x", "response": {"status_code": 200, "body": {
        "choices": [{"message": {"content": "{}"}}], "usage": ["100"]}}},
])  # fmt: skip
def test_ingest_reports_a_line_of_valid_json_in_another_shape_as_failed(
    server: OpenAIServer, tmp_path: Path, line: dict[str, Any]
) -> None:
    config = make_config(server)
    deep = '{"custom_id": "x", "response": ' + "[" * 5000 + "]" * 5000 + "}"  # RecursionError in json.loads
    with LLMBackend(config, ScriptedBackend()) as llm, CachedBackend(llm, tmp_path) as cache:
        report = ingest([json.dumps(line), deep], {AGE.content_key: AGE}, cache, config=config)
    assert (report.lines, len(report.failed), report.stored) == (2, 2, 0)
    assert "too deeply nested" in report.failed[1].reason


def test_ingest_raises_when_cache_wraps_another_backend(server: OpenAIServer, tmp_path: Path) -> None:
    config = make_config(server)
    other = config.model_copy(update={"model": "another-model"})
    with (
        LLMBackend(other, ScriptedBackend()) as llm,
        CachedBackend(llm, tmp_path) as cache,
        pytest.raises(BackendError, match="same config"),
    ):
        ingest([], {}, cache, config=config)
