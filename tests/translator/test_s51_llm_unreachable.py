"""An LLM endpoint that is down stops a run after `unreachable_limit` criteria in a row, instead of rendering every
remaining criterion offline (each after its retries and timeouts) and flagging them all; an endpoint that answers,
even wrongly, resets the count. Real HTTP against the local scripted server, or a port where nothing listens."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from service.cli import app
from tests.corpus import corpus_records
from tests.translator.test_llm import CHANGED_NUMBER, GOOD, MI, make_backend, make_config
from tests.translator.test_llm import server as server  # the scripted server fixture
from translator.errors import BackendError
from translator.fake_backend import ScriptedBackend, echo_rendering
from translator.llm import FALLBACK_FLAG, LLMBackend
from translator.openai_server import ErrorReply, Hang, OpenAIServer


def _closed_port() -> int:
    # a port that was free a moment ago: nothing listens there, so a connection is refused at once
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _dead_endpoint(server: OpenAIServer, limit: int) -> tuple[LLMBackend, ScriptedBackend]:
    config = make_config(server, base_url=f"http://127.0.0.1:{_closed_port()}/v1", max_http_retries=0,
                         unreachable_limit=limit)
    fallback = ScriptedBackend(default=echo_rendering, name="offline")
    return LLMBackend(config, fallback), fallback


def test_a_refused_connection_stops_at_the_limit() -> None:
    with OpenAIServer() as server:
        backend, fallback = _dead_endpoint(server, limit=3)
        with backend:
            first, second = backend.render(MI), backend.render(MI)
            with pytest.raises(BackendError, match=r"stopped: the LLM at .* could not be reached .*for 3 criteria"):
                backend.render(MI)
    assert [flag.code for flag in first.flags + second.flags] == [FALLBACK_FLAG, FALLBACK_FLAG]
    assert fallback.history == [MI, MI]  # the third was not rendered offline: the run stops there


def test_the_async_path_stops_too() -> None:
    async def run(backend: LLMBackend) -> list[object]:
        async with backend:
            return await asyncio.gather(*(backend.arender(MI) for _ in range(6)), return_exceptions=True)

    with OpenAIServer() as server:
        backend, _ = _dead_endpoint(server, limit=2)
        outcomes = asyncio.run(run(backend))
    stopped = [o for o in outcomes if isinstance(o, BackendError)]
    assert len(stopped) == 5 and "for 2 criteria in a row" in str(stopped[0])


def test_timeouts_and_overload_count_and_an_answer_resets_the_count(server: OpenAIServer) -> None:
    server.enqueue(Hang(5), ErrorReply(503, "overloaded"), GOOD, ErrorReply(429), ErrorReply(500), ErrorReply(502))
    backend, fallback = make_backend(server, timeout=0.3, max_http_retries=0, unreachable_limit=3)
    with backend:
        hung, overloaded, answered, limited, failed = (backend.render(MI) for _ in range(5))
        with pytest.raises(BackendError, match=r"HTTP 502.*for 3 criteria in a row"):
            backend.render(MI)
    assert "timed out" in hung.flags[0].message and "HTTP 503" in overloaded.flags[0].message
    assert answered.flags == [] and len(fallback.history) == 4
    assert [flag.code for flag in limited.flags + failed.flags] == [FALLBACK_FLAG, FALLBACK_FLAG]


def test_wrong_answers_and_rejected_requests_never_stop_a_run(server: OpenAIServer) -> None:
    # the endpoint works: a criterion it cannot render faithfully is the criterion's trouble, flagged for editors
    server.enqueue(*[CHANGED_NUMBER] * 3, ErrorReply(400, "context length exceeded"), *[CHANGED_NUMBER] * 3)
    backend, fallback = make_backend(server, max_reasks=0, unreachable_limit=1)
    with backend:
        renderings = [backend.render(MI) for _ in range(7)]
    assert all(r.flags[0].code == FALLBACK_FLAG for r in renderings) and len(fallback.history) == 7


def test_zero_never_stops() -> None:
    with OpenAIServer() as server:
        backend, fallback = _dead_endpoint(server, limit=0)
        with backend:
            for _ in range(4):
                backend.render(MI)
    assert len(fallback.history) == 4


def test_translate_stops_with_a_named_error_and_keeps_finished_records(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()[:3]), encoding="utf-8")
    out = tmp_path / "t.jsonl"
    env = {"TRIALPLAIN_LIVE": "false", "TRIALPLAIN_LLM_API_KEY": "local-test", "TRIALPLAIN_LLM_MAX_HTTP_RETRIES": "0",
           "TRIALPLAIN_LLM_BASE_URL": f"http://127.0.0.1:{_closed_port()}/v1", "TRIALPLAIN_LLM_UNREACHABLE_LIMIT": "2",
           "TRIALPLAIN_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(app, ["translate", str(records), "--backend", "llm", "--concurrency", "1",
                                      "--out", str(out)], env=env)
    assert result.exit_code == 2, result.output
    flat = "".join(result.output.split())
    assert "couldnotbereached" in flat and "for2criteriainarow" in flat and "finishedrecordsarekept" in flat
    assert result.exception is None or isinstance(result.exception, SystemExit)
    done = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    assert len(done) < 3  # stopped before the end; whatever finished stays for the resumed run
