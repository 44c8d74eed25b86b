"""OpenAI Batch API files: write the requests, read the results back into the cache.

`prepare` yields one JSONL line per unique request,
    {"custom_id": <content_key>, "method": "POST", "url": "/v1/chat/completions", "body": {...}}
with the same body a live call would send (tools or response_format for the mode), which is also
what vLLM's `run_batch` reads. `ingest` reads the output file's lines,
    {"custom_id", "response": {"status_code", "body": <chat.completion>}, "error"}
validates each answer with the same response model and fidelity checks as the live backend (no
re-ask is possible, so an invalid answer is counted and reported, never cached) and stores the
valid ones, so the next `translate --backend llm` run makes no call for them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from prompts import Prompt
from translator.backend import CriterionRequest
from translator.cache import CachedBackend
from translator.errors import BackendError
from translator.llm import chat_body, llm_identity
from translator.llm_config import LLMConfig
from translator.llm_models import PlainRendering, validation_context
from translator.llm_prompt import translate_prompt
from translator.translation import Usage

BATCH_URL = "/v1/chat/completions"
_FENCE = re.compile(r"```(?:json)?\s*(.*?)\s*```", re.DOTALL)


def prepare(
    requests: Iterable[CriterionRequest], backend_config: LLMConfig, *, prompt: Prompt | None = None
) -> Iterator[dict[str, Any]]:
    """One Batch API line per unique request (by content key), in first-seen order."""
    prompt = prompt or translate_prompt()
    seen: set[str] = set()
    for request in requests:
        key = request.content_key
        if key in seen:
            continue
        seen.add(key)
        yield {"custom_id": key, "method": "POST", "url": BATCH_URL, "body": chat_body(request, backend_config, prompt)}


class IngestProblem(BaseModel):
    custom_id: str | None
    reason: str


class IngestReport(BaseModel):
    """What an output file held and what became of each line."""

    lines: int = 0
    stored: int = Field(default=0, description="Valid, faithful answers now in the cache.")
    invalid: list[IngestProblem] = Field(default_factory=list, description="Answers that failed validation.")
    failed: list[IngestProblem] = Field(default_factory=list, description="Lines with an error or non-200 status.")
    unknown: list[str] = Field(default_factory=list, description="custom_ids not among the given requests.")
    usage: Usage = Field(default_factory=Usage, description="Tokens of every answer read, valid or not.")


def ingest(
    lines: Iterable[str | Mapping[str, Any]],
    requests_by_key: Mapping[str, CriterionRequest],
    cache: CachedBackend,
    *,
    config: LLMConfig | None = None,
) -> IngestReport:
    """Validate each result line and store the valid renderings in `cache`.

    `cache` must wrap the LLM backend the results are for. Pass `config` (the one the batch was
    prepared with) to check that, and to price the tokens.
    """
    if config is not None and cache.identity != llm_identity(config):
        raise BackendError(
            f"the cache wraps backend {cache.identity.key!r}, but these results are for "
            f"{llm_identity(config).key!r}: wrap an LLMBackend built from the same config"
        )
    report = IngestReport()
    for raw in lines:
        if isinstance(raw, str) and not raw.strip():
            continue
        report.lines += 1
        custom_id, outcome = _read(raw)
        if isinstance(outcome, _Failed):
            report.failed.append(IngestProblem(custom_id=custom_id, reason=outcome.reason))
            continue
        if custom_id is None or custom_id not in requests_by_key:
            report.unknown.append(str(custom_id))
            continue
        request = requests_by_key[custom_id]
        prompt_tokens, completion_tokens = outcome.tokens
        usage = Usage(
            calls=1,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            cost_usd=config.cost(prompt_tokens, completion_tokens) if config else 0.0,
        )
        report.usage += usage
        try:
            answer = PlainRendering.model_validate_json(outcome.text, context=validation_context(request))
        except ValidationError as exc:
            report.invalid.append(IngestProblem(custom_id=custom_id, reason=_short(str(exc))))
            continue
        rendering = answer.to_rendering().model_copy(update={"usage": usage})
        if cache.store(request, rendering):
            report.stored += 1
    return report


class _Failed:
    def __init__(self, reason: str) -> None:
        self.reason = reason


class _Answer:
    def __init__(self, text: str, tokens: tuple[int, int]) -> None:
        self.text = text
        self.tokens = tokens


def _read(raw: str | Mapping[str, Any]) -> tuple[str | None, _Failed | _Answer]:
    """The custom_id of a line and either the answer's JSON text or why there is none."""
    try:
        line = json.loads(raw) if isinstance(raw, str) else dict(raw)
    except json.JSONDecodeError as exc:
        return None, _Failed(f"line is not JSON: {exc}")
    except (ValueError, RecursionError):  # valid JSON Python will not read: 4,300-digit numbers, ~1000-deep nesting
        return None, _Failed("line is JSON too long or too deeply nested to read")
    if not isinstance(line, dict):
        return None, _Failed("line is not a JSON object")
    custom_id = line.get("custom_id")
    custom_id = custom_id if isinstance(custom_id, str) else None
    if line.get("error"):
        return custom_id, _Failed(f"the batch reported an error: {_short(json.dumps(line['error']))}")
    response = line.get("response") or {}
    if not isinstance(response, dict):
        return custom_id, _Failed(f"the line's response is not an object: {_short(json.dumps(response))}")
    status = response.get("status_code")
    if status != 200:
        return custom_id, _Failed(f"the request answered HTTP {status}: {_short(json.dumps(response.get('body')))}")
    try:
        return custom_id, _answer(response.get("body") or {})
    # AttributeError and ValueError: a message or usage of another JSON type ("message": "…", "prompt_tokens": "x").
    except (KeyError, IndexError, TypeError, AttributeError, ValueError, OverflowError) as exc:
        return custom_id, _Failed(f"the completion has no answer where one was expected ({exc!r})")


def _answer(body: Mapping[str, Any]) -> _Answer:
    # Read the answer from wherever the mode put it: a tool call, or content (fenced for MD_JSON).
    message = body["choices"][0]["message"]
    tool_calls = message.get("tool_calls") or []
    if tool_calls:
        text = tool_calls[0]["function"]["arguments"]
    else:
        text = message.get("content") or ""
        fenced = _FENCE.search(text)
        if fenced:
            text = fenced.group(1)
    usage = body.get("usage") or {}
    return _Answer(str(text), (int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)))


def _short(text: str, limit: int = 500) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
