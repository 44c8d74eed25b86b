"""A local OpenAI-compatible chat completions server, scripted per test or benchmark.

Real HTTP on 127.0.0.1 (an ephemeral port), so the openai client's retries, timeouts and
Retry-After handling run for real; nothing in `openai` or `instructor` is patched. It ships in
the package (like httpx's MockTransport) because the benchmark uses it too.

    with OpenAIServer(latency=0.2) as server:
        server.enqueue(Answer(PlainRendering(...)), ErrorReply(429, headers={"Retry-After": "1"}))
        config = LLMConfig(base_url=server.base_url, api_key=SecretStr("local"), ...)
        ...
        server.history  # every request: body, headers, the status answered, the usage reported

Replies are taken in order from the queue, then from `default` (a callable of the request body).
Answers are shaped for the mode the request was made in: a forced tool call when the request has
`tools`, JSON content when it has a `response_format`, otherwise JSON in a ```json fence (MD_JSON).

`GET /stats` answers `{"requests": n, "completions": m}`, so a client in another process can
count the calls it caused. Run it as its own process (the benchmark does, so that the server's
threads do not share the client's interpreter lock):

    python -m translator.openai_server --latency 0.2 --echo   # prints its base URL, then serves
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import BaseModel, ConfigDict

PATHS = ("/v1/chat/completions", "/chat/completions")
STATS_PATHS = ("/stats", "/v1/stats")
# An item line of the translate prompt: "[1.2] Platelets < 100,000/mm3" (indented by depth).
_ITEM_LINE = re.compile(r"^\s*\[(\d+(?:\.\d+)*)\] (.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Answer:
    """A structured answer: a pydantic object, a dict, or a callable `request_body -> either`."""

    value: BaseModel | Mapping[str, Any] | Callable[[dict[str, Any]], BaseModel | Mapping[str, Any]]


@dataclass(frozen=True)
class RawContent:
    """Text put where the answer goes (tool arguments or message content) as is, e.g. broken JSON."""

    content: str


@dataclass(frozen=True)
class ErrorReply:
    """An HTTP error, e.g. `ErrorReply(429, headers={"Retry-After": "1"})` or `ErrorReply(500)`."""

    status: int
    message: str = "scripted error"
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Hang:
    """Hold the request for `seconds` (past the client's timeout), then drop the connection."""

    seconds: float


Reply = Answer | RawContent | ErrorReply | Hang
Responder = Callable[[dict[str, Any]], "Reply | BaseModel | Mapping[str, Any]"]


class RecordedRequest(BaseModel):
    """One request the server received and what it answered."""

    model_config = ConfigDict(frozen=True)

    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    status: int | None = None
    usage: dict[str, int] | None = None
    received_at: float


class OpenAIServer:
    """Start with `with OpenAIServer() as server:`; `server.base_url` ends in /v1."""

    def __init__(self, *, default: Responder | None = None, latency: float = 0.0, model: str = "local-model") -> None:
        self.default = default
        self.latency = latency
        # When set, requests in their latency wait are let go once this many have been held at once (and later ones
        # are not held): a test of concurrency then needs no wall-clock bound, as a client sending one request at a
        # time waits out the whole latency instead and is caught by its own timeout
        self.release_when_held: int | None = None
        self.model = model
        self._queue: deque[Reply] = deque()
        self._history: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._released = threading.Condition(self._lock)
        self._held = 0  # requests in their latency wait now, and the most at once
        self._peak_held = 0
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the server is not running; use `with OpenAIServer() as server:`")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @property
    def history(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._history)

    def enqueue(self, *replies: Reply | BaseModel | Mapping[str, Any]) -> None:
        """Script the next replies, in order; a pydantic object or dict means `Answer(it)`."""
        with self._lock:
            self._queue.extend(_as_reply(reply) for reply in replies)

    @property
    def pending(self) -> int:
        """How many scripted replies have not been used yet."""
        with self._lock:
            return len(self._queue)

    @property
    def peak_concurrency(self) -> int:
        """The most requests held at once in their latency wait: 1 would mean one answered at a time. Tests of
        concurrency read this rather than a wall-clock time, which a busy machine stretches."""
        with self._lock:
            return self._peak_held

    def start(self) -> OpenAIServer:
        self._stopping.clear()
        self._httpd = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="openai-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes hanging and slow handlers
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- used by the handler threads --------------------------------------------------------

    def _next_reply(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.default is not None:
            return _as_reply(self.default(body))
        return ErrorReply(500, "no scripted reply left: enqueue one or pass default= to OpenAIServer")

    def _record(self, entry: RecordedRequest) -> None:
        with self._lock:
            self._history.append(entry)

    def _wait(self, seconds: float) -> None:
        if seconds <= 0:
            return
        deadline = time.monotonic() + seconds
        with self._released:
            self._held += 1
            self._peak_held = max(self._peak_held, self._held)
            target = self.release_when_held
            if target is not None and self._held >= target:
                self._released.notify_all()
            try:
                # wake every 50 ms so that `stop` is seen while a request is held
                while not self._stopping.is_set() and (remaining := deadline - time.monotonic()) > 0:
                    if target is not None and self._peak_held >= target:
                        break
                    self._released.wait(min(remaining, 0.05))
            finally:
                self._held -= 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Benchmarks open 32+ connections at once; the default backlog of 5 would drop SYNs.
    request_queue_size = 256


def _handler_for(server: OpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the openai client expects
        # Headers and body go out in two writes; with Nagle on, the client's delayed ACK adds ~40 ms.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            if self.path not in STATS_PATHS:
                self._send(404, _error_body(f"unknown path {self.path}; GET /stats or POST /v1/chat/completions",
                                            "not_found"))
                return
            history = server.history
            self._send(200, {"requests": len(history), "completions": sum(e.status == 200 for e in history)})

        def do_POST(self) -> None:
            received = time.monotonic()
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length)
            headers = {name.lower(): value for name, value in self.headers.items()}
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                body = None
            if not isinstance(body, dict):
                self._send(400, _error_body("request body is not a JSON object", "invalid_request_error"))
                return

            def record(status: int | None, usage: dict[str, int] | None = None) -> None:
                entry = RecordedRequest(
                    path=self.path, body=body, headers=headers, status=status, usage=usage, received_at=received
                )
                server._record(entry)

            if self.path not in PATHS:
                record(404)
                self._send(404, _error_body(f"unknown path {self.path}; use /v1/chat/completions", "not_found"))
                return
            reply = server._next_reply(body)
            server._wait(server.latency)
            if isinstance(reply, Hang):
                record(None)
                server._wait(reply.seconds)
                self.close_connection = True
                return
            if isinstance(reply, ErrorReply):
                record(reply.status)
                self._send(reply.status, _error_body(reply.message, "server_error"), reply.headers)
                return
            completion = _completion(body, reply, server.model)
            record(200, completion["usage"])
            self._send(200, completion)

        def _send(self, status: int, payload: dict[str, Any], headers: Mapping[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (timeout); nothing to answer

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: tests read `history` instead

    return Handler


def echo_items(body: Mapping[str, Any]) -> dict[str, Any]:
    """A faithful translate answer by construction: one bullet per item of the prompt, with its own text.

    It reads the item lines of the translate prompt's user message; the benchmark uses it so that
    every answer passes the fidelity checks and throughput is not muddied by re-asks.
    """
    messages = body.get("messages") or []
    user = next((str(m.get("content") or "") for m in reversed(messages) if m.get("role") == "user"), "")
    return {"bullets": [{"text": text.strip(), "refs": [ref]} for ref, text in _ITEM_LINE.findall(user)]}


def main(argv: list[str] | None = None) -> None:
    """Serve until SIGTERM or Ctrl-C; the first line on stdout is the base URL."""
    parser = argparse.ArgumentParser(prog="python -m translator.openai_server", description=main.__doc__)
    parser.add_argument("--latency", type=float, default=0.0, help="Seconds each request is held before its answer.")
    parser.add_argument("--echo", action="store_true", help="Answer every request with echo_items (else HTTP 500).")
    args = parser.parse_args(argv)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    default: Responder | None = (lambda body: Answer(echo_items)) if args.echo else None
    with OpenAIServer(default=default, latency=args.latency) as srv:
        print(srv.base_url, flush=True)
        while not stop.wait(0.5):  # a timed wait, so the signal handler gets to run
            pass


def _as_reply(value: Reply | BaseModel | Mapping[str, Any]) -> Reply:
    if isinstance(value, Answer | RawContent | ErrorReply | Hang):
        return value
    return Answer(value)


def _answer_json(reply: Answer | RawContent, body: dict[str, Any]) -> str:
    if isinstance(reply, RawContent):
        return reply.content
    value = reply.value(body) if callable(reply.value) else reply.value
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    return json.dumps(dict(value))


def _completion(body: dict[str, Any], reply: Answer | RawContent, model: str) -> dict[str, Any]:
    """A chat.completion in the shape the request's mode expects."""
    text = _answer_json(reply, body)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    finish = "stop"
    if body.get("tools"):
        choice = body.get("tool_choice")
        name = choice["function"]["name"] if isinstance(choice, dict) else body["tools"][0]["function"]["name"]
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}
        ]
        finish = "tool_calls"
    elif body.get("response_format") or isinstance(reply, RawContent):
        message["content"] = text
    else:
        message["content"] = f"```json\n{text}\n```"
    prompt_tokens = sum(_tokens(str(m.get("content") or "")) for m in body.get("messages", []))
    completion_tokens = _tokens(text)
    return {
        "id": "chatcmpl-local",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model") or model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _tokens(text: str) -> int:
    # A rough, deterministic stand-in for a tokenizer: about four characters per token.
    return max(1, len(text) // 4)


def _error_body(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


if __name__ == "__main__":
    main()
