"""The local OpenAI-compatible server: reply shapes per mode, scripted errors, history, concurrency."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from translator.backend import CriterionRequest, RequestItem
from translator.criteria import Logic, SectionKind
from translator.llm_models import PlainBullet, PlainRendering, validation_context
from translator.llm_prompt import chat_messages, translate_prompt
from translator.openai_server import Answer, ErrorReply, Hang, OpenAIServer, RawContent, echo_items

ANSWER = PlainRendering(bullets=[PlainBullet(text="You are 18 years or older.", refs=["1"])])
TOOLS_BODY = {
    "model": "m",
    "messages": [{"role": "user", "content": "Translate this criterion please"}],
    "tools": [{"type": "function", "function": {"name": "PlainRendering", "parameters": {}}}],
    "tool_choice": {"type": "function", "function": {"name": "PlainRendering"}},
}
SCHEMA_BODY = {
    "model": "m",
    "messages": [{"role": "user", "content": "hi"}],
    "response_format": {"type": "json_schema", "json_schema": {"name": "PlainRendering", "schema": {}}},
}
PLAIN_BODY = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as running:
        yield running


def post(
    server: OpenAIServer, body: dict[str, Any], path: str = "/chat/completions", timeout: float = 5
) -> httpx.Response:
    return httpx.post(server.base_url + path, json=body, headers={"authorization": "Bearer k"}, timeout=timeout)


def test_answer_is_a_tool_call_when_request_has_tools(server: OpenAIServer) -> None:
    server.enqueue(ANSWER)
    message = post(server, TOOLS_BODY).json()["choices"][0]["message"]
    (call,) = message["tool_calls"]
    assert call["function"]["name"] == "PlainRendering"
    assert PlainRendering.model_validate_json(call["function"]["arguments"]) == ANSWER


def test_answer_is_json_content_when_request_has_response_format(server: OpenAIServer) -> None:
    server.enqueue(ANSWER)
    content = post(server, SCHEMA_BODY).json()["choices"][0]["message"]["content"]
    assert PlainRendering.model_validate_json(content) == ANSWER


def test_answer_is_fenced_json_when_request_has_neither(server: OpenAIServer) -> None:
    server.enqueue({"bullets": []})
    content = post(server, PLAIN_BODY).json()["choices"][0]["message"]["content"]
    assert content == '```json\n{"bullets": []}\n```'


def test_answer_callable_receives_request_body(server: OpenAIServer) -> None:
    server.enqueue(Answer(lambda body: {"echo": body["messages"][0]["content"]}))
    content = post(server, SCHEMA_BODY).json()["choices"][0]["message"]["content"]
    assert json.loads(content) == {"echo": "hi"}


def test_raw_content_is_sent_verbatim(server: OpenAIServer) -> None:
    server.enqueue(RawContent('{"bullets": [oops'))
    call = post(server, TOOLS_BODY).json()["choices"][0]["message"]["tool_calls"][0]
    assert call["function"]["arguments"] == '{"bullets": [oops'


def test_usage_counts_tokens_of_request_and_answer(server: OpenAIServer) -> None:
    server.enqueue(ANSWER)
    usage = post(server, TOOLS_BODY).json()["usage"]
    assert usage["prompt_tokens"] == len("Translate this criterion please") // 4
    assert usage["completion_tokens"] == len(ANSWER.model_dump_json()) // 4
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert server.history[0].usage == usage


def test_error_reply_sends_status_and_headers(server: OpenAIServer) -> None:
    server.enqueue(ErrorReply(429, "slow down", headers={"Retry-After": "1"}))
    response = post(server, PLAIN_BODY)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert response.json()["error"]["message"] == "slow down"
    assert server.history[0].status == 429


def test_history_records_body_headers_and_order(server: OpenAIServer) -> None:
    server.enqueue(ANSWER, ANSWER)
    post(server, TOOLS_BODY, path="/chat/completions")
    post(server, SCHEMA_BODY)
    first, second = server.history
    assert first.body == TOOLS_BODY and second.body == SCHEMA_BODY
    assert first.headers["authorization"] == "Bearer k"
    assert first.received_at <= second.received_at
    assert server.pending == 0


def test_default_responder_answers_when_queue_empty(server: OpenAIServer) -> None:
    server.default = lambda body: ErrorReply(503) if body["model"] == "down" else ANSWER
    assert post(server, {**PLAIN_BODY, "model": "down"}).status_code == 503
    assert post(server, SCHEMA_BODY).status_code == 200


def test_reply_is_500_with_hint_when_nothing_scripted(server: OpenAIServer) -> None:
    response = post(server, PLAIN_BODY)
    assert response.status_code == 500
    assert "enqueue" in response.json()["error"]["message"]


def test_unknown_path_is_404(server: OpenAIServer) -> None:
    response = httpx.post(server.base_url.removesuffix("/v1") + "/v2/other", json={}, timeout=5)
    assert response.status_code == 404


def test_body_that_is_not_a_json_object_is_400(server: OpenAIServer) -> None:
    response = httpx.post(server.base_url + "/chat/completions", content=b"[1, 2]", timeout=5)
    assert response.status_code == 400


def test_hang_outlasts_client_timeout(server: OpenAIServer) -> None:
    server.enqueue(Hang(5))
    with pytest.raises(httpx.ReadTimeout):
        post(server, PLAIN_BODY, timeout=0.2)
    assert len(server.history) == 1


def test_stop_returns_promptly_when_a_request_hangs() -> None:
    with OpenAIServer() as running:
        running.enqueue(Hang(120))
        with pytest.raises(httpx.ReadTimeout):
            post(running, PLAIN_BODY, timeout=0.2)
        started = time.monotonic()
    assert time.monotonic() - started < 30  # not the hang's 120 s (a loose bound: CI's machine is busy)


def test_serves_32_requests_concurrently_with_latency() -> None:
    limits = httpx.Limits(max_connections=32)
    with (
        OpenAIServer(default=lambda body: ANSWER, latency=0.2) as running,
        httpx.Client(base_url=running.base_url, limits=limits, timeout=5) as client,
        ThreadPoolExecutor(max_workers=32) as pool,
    ):
        statuses = list(pool.map(lambda _: client.post("/chat/completions", json=SCHEMA_BODY).status_code, range(32)))
    assert statuses == [200] * 32
    # held at once, not timed: a server answering one at a time would hold 1 (a wall-clock bound flaked on a busy
    # machine); 32 client threads each held 0.2 s overlap many times over
    assert running.peak_concurrency >= 4


def test_base_url_raises_when_not_running() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        _ = OpenAIServer().base_url


def test_stats_counts_requests_and_completions(server: OpenAIServer) -> None:
    server.enqueue(ANSWER, ErrorReply(500))
    post(server, SCHEMA_BODY)
    post(server, SCHEMA_BODY)
    stats = httpx.get(server.base_url.removesuffix("/v1") + "/stats", timeout=5)
    assert stats.json() == {"requests": 2, "completions": 1}
    assert httpx.get(server.base_url + "/models", timeout=5).status_code == 404


def test_echo_items_answers_translate_prompt_faithfully() -> None:
    request = CriterionRequest(kind=SectionKind.EXCLUSION, items=[
        RequestItem(ref="1", text="Any of the following:", logic=Logic.ANY),
        RequestItem(ref="1.1", text="Platelets < 100,000/mm3"),
        RequestItem(ref="1.2", text="No prior therapy within 4 weeks"),
    ])
    body = {"messages": chat_messages(translate_prompt(), request)}
    answer = PlainRendering.model_validate(echo_items(body), context=validation_context(request))
    assert [(b.text, b.refs) for b in answer.bullets] == [(i.text, [i.ref]) for i in request.items]


def test_main_serves_in_its_own_process_until_terminated() -> None:
    command = [sys.executable, "-m", "translator.openai_server", "--echo"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        try:
            base_url = process.stdout.readline().strip()
            reply = httpx.post(base_url + "/chat/completions", json=PLAIN_BODY, timeout=5)
            assert reply.status_code == 200 and "bullets" in reply.json()["choices"][0]["message"]["content"]
            assert httpx.get(base_url.removesuffix("/v1") + "/stats", timeout=5).json()["requests"] == 1
        finally:
            process.terminate()
        assert process.wait(timeout=5) == 0
