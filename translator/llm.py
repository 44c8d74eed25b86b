"""The LLM backend: any OpenAI-compatible chat API through `openai` + `instructor`.

One criterion request becomes one chat completion whose structured answer (`PlainRendering`) is
validated by the fidelity checks; an unfaithful answer is sent back with the error text
(instructor's re-ask), up to `max_reasks` times. HTTP-level trouble (timeouts, 429, 5xx) is
retried by the openai client itself, which backs off and honours `Retry-After`/`retry-after-ms`.
When every attempt has failed, the `fallback` backend (the offline one in production) renders the
criterion and the rendering carries an `llm_fallback` flag so an editor looks at it.

With translator/llm_judge.py (which reuses its helpers), the only translator modules that talk to
`openai` and `instructor`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import threading
from typing import Any, cast
from weakref import WeakKeyDictionary

import instructor
import openai
from instructor.core import Hooks, InstructorError, InstructorRetryException
from instructor.v2.core.function_calls import response_schema
from instructor.v2.core.providers import Provider
from instructor.v2.core.registry import mode_registry
from instructor.v2.providers.openai import handlers as _openai_handlers  # noqa: F401  (registers the modes)
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from prompts import Prompt
from translator.backend import AsyncBackend, Backend, BackendIdentity, CriterionRequest, Rendering
from translator.errors import BackendError
from translator.llm_config import LLMConfig, LLMMode
from translator.llm_models import PlainRendering, validating_against
from translator.llm_prompt import chat_messages, translate_prompt
from translator.translation import Flag, Usage

__all__ = [
    "FALLBACK_FLAG",
    "INSTRUCTOR_MODES",
    "RESPONSE_MODEL",
    "LLMBackend",
    "UsageMeter",
    "chat_body",
    "failure_reason",
    "llm_identity",
    "raise_if_misconfigured",
    "sync_clients",
    "unreachable",
]

FALLBACK_FLAG = "llm_fallback"

INSTRUCTOR_MODES = {
    LLMMode.TOOLS: instructor.Mode.TOOLS,
    LLMMode.JSON_SCHEMA: instructor.Mode.JSON_SCHEMA,
    LLMMode.MD_JSON: instructor.Mode.MD_JSON,
}
# instructor wraps a plain pydantic model in a new ResponseSchema subclass on every call, so its
# schema cache never hits and each call pays ~4 ms of CPU for a fresh class and JSON schema (a third
# of the client's CPU per call, measured with bench/translate.py). Wrapped once, both are reused.
RESPONSE_MODEL = response_schema(PlainRendering)
_REASON_LIMIT = 600
_CONFIG_STATUSES = frozenset({401, 403, 404})


def llm_identity(
    config: LLMConfig,
    prompt: Prompt | None = None,
    *,
    response_model: type[BaseModel] = PlainRendering,
    backend: str = "llm",
) -> BackendIdentity:
    """Provenance and cache identity: model, prompt version and every parameter that changes output."""
    prompt = prompt or translate_prompt()
    schema = json.dumps(response_model.model_json_schema(), sort_keys=True)
    params = {
        "mode": config.mode.value,
        "temperature": config.temperature,
        # The schema's field descriptions are part of what the model reads, like the prompt.
        "schema": hashlib.sha256(schema.encode()).hexdigest()[:16],
    }
    return BackendIdentity(
        backend=backend,
        model=config.model,
        prompt_id=prompt.id,
        prompt_sha=prompt.sha,
        params=json.dumps(params, sort_keys=True, separators=(",", ":")),
    )


def sync_clients(config: LLMConfig) -> tuple[openai.OpenAI, instructor.Instructor]:
    """The openai client (close it when done) and the instructor client over it, for `config`."""
    api_key = config.api_key.get_secret_value()
    http = openai.OpenAI(
        base_url=config.base_url, api_key=api_key, timeout=config.timeout, max_retries=config.max_http_retries
    )
    return http, instructor.from_openai(http, mode=INSTRUCTOR_MODES[config.mode])


def chat_body(request: CriterionRequest, config: LLMConfig, prompt: Prompt | None = None) -> dict[str, Any]:
    """The chat completion body the backend sends for `request` (tools/response_format per mode).

    Built by the same steps instructor takes before a live call (the mode's request handler and
    message converter), so a Batch API file carries exactly what a live call would send; a test
    compares the two for every mode.
    """
    handlers = mode_registry.get_handlers(Provider.OPENAI, INSTRUCTOR_MODES[config.mode])
    kwargs: dict[str, Any] = {
        "model": config.model,
        "messages": chat_messages(prompt or translate_prompt(), request),
        "temperature": config.temperature,
    }
    _, body = handlers.request_handler(response_model=RESPONSE_MODEL, kwargs=kwargs)
    if handlers.message_converter is not None:
        body["messages"] = handlers.message_converter(body["messages"], autodetect_images=False)
    return dict(body)


class LLMBackend:
    """Backend over an OpenAI-compatible API; falls back to `fallback` (flagged) when the LLM fails."""

    def __init__(self, config: LLMConfig, fallback: Backend, *, prompt: Prompt | None = None) -> None:
        if not config.api_key.get_secret_value():
            raise BackendError(
                f"no API key for the LLM at {config.base_url}: set TRIALPLAIN_LLM_API_KEY "
                "(any non-empty value for a local server that does not check it)"
            )
        self.config = config
        self.fallback = fallback
        self.prompt = prompt or translate_prompt()
        self._identity = llm_identity(config, self.prompt)
        self._openai, self._client = sync_clients(config)
        # The async client and the concurrency limit belong to one event loop each.
        self._async: WeakKeyDictionary[asyncio.AbstractEventLoop, _AsyncState] = WeakKeyDictionary()
        self._async_lock = threading.Lock()
        self._unreachable = 0  # criteria in a row whose every attempt failed to reach the endpoint
        self._unreachable_lock = threading.Lock()

    @property
    def identity(self) -> BackendIdentity:
        return self._identity

    def render(self, request: CriterionRequest) -> Rendering:
        meter = UsageMeter(self.config)
        try:
            with validating_against(request):
                answer, _ = self._client.create_with_completion(
                    response_model=RESPONSE_MODEL,
                    messages=self._messages(request),
                    **meter.call_options(),
                )
        except (InstructorError, openai.OpenAIError) as exc:
            raise_if_misconfigured(exc, self.config)
            self._count_unreachable(exc)
            return self._fall_back(self.fallback.render(request), meter.usage, exc)
        self._count_unreachable(None)
        return answer.to_rendering().model_copy(update={"usage": meter.usage})

    async def arender(self, request: CriterionRequest) -> Rendering:
        state = self._async_state()
        meter = UsageMeter(self.config)
        try:
            async with state.slots:
                with validating_against(request):
                    answer, _ = await state.client.create_with_completion(
                        response_model=RESPONSE_MODEL,
                        messages=self._messages(request),
                        **meter.call_options(),
                    )
        except (InstructorError, openai.OpenAIError) as exc:
            raise_if_misconfigured(exc, self.config)
            self._count_unreachable(exc)
            if isinstance(self.fallback, AsyncBackend):
                fallback = await self.fallback.arender(request)
            else:
                fallback = self.fallback.render(request)
            return self._fall_back(fallback, meter.usage, exc)
        self._count_unreachable(None)
        return answer.to_rendering().model_copy(update={"usage": meter.usage})

    def close(self) -> None:
        """Close the sync HTTP client (the async ones close with `aclose`)."""
        self._openai.close()

    async def aclose(self) -> None:
        """Close the async HTTP client of the running event loop, if one was opened."""
        state = self._async.pop(asyncio.get_running_loop(), None)
        if state is not None:
            await state.http.close()

    def __enter__(self) -> LLMBackend:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> LLMBackend:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
        self.close()

    def _messages(self, request: CriterionRequest) -> list[ChatCompletionMessageParam]:
        return cast(list[ChatCompletionMessageParam], chat_messages(self.prompt, request))

    def _count_unreachable(self, exc: Exception | None) -> None:
        """Count the criteria in a row for which the endpoint could not be reached (None: it answered); at the
        limit, stop: an endpoint that is down would otherwise leave a whole corpus rendered offline and flagged,
        after every criterion's retries and timeouts."""
        with self._unreachable_lock:
            self._unreachable = self._unreachable + 1 if exc is not None and unreachable(exc) else 0
            streak = self._unreachable
        limit = self.config.unreachable_limit
        if exc is not None and limit and streak >= limit:
            raise BackendError(
                f"stopped: {failure_reason(exc, self.config)}, for {streak} criteria in a row; finished records "
                "are kept: run again when it answers (or translate with the offline backend)"
            ) from exc

    def _fall_back(self, rendering: Rendering, spent: Usage, exc: Exception) -> Rendering:
        reason = failure_reason(exc, self.config)
        flag = Flag(criterion_id=None, code=FALLBACK_FLAG, message=f"{reason}; the offline backend rendered it")
        return rendering.model_copy(update={"flags": [*rendering.flags, flag], "usage": spent + rendering.usage})

    def _async_state(self) -> _AsyncState:
        loop = asyncio.get_running_loop()
        with self._async_lock:
            state = self._async.get(loop)
            if state is None:
                client = openai.AsyncOpenAI(
                    base_url=self.config.base_url,
                    api_key=self.config.api_key.get_secret_value(),
                    timeout=self.config.timeout,
                    max_retries=self.config.max_http_retries,
                )
                state = _AsyncState(
                    client,
                    instructor.from_openai(client, mode=INSTRUCTOR_MODES[self.config.mode]),
                    asyncio.Semaphore(self.config.concurrency),
                )
                self._async[loop] = state
            return state


class _AsyncState:
    def __init__(self, http: openai.AsyncOpenAI, client: instructor.AsyncInstructor, slots: asyncio.Semaphore) -> None:
        self.http = http
        self.client = client
        self.slots = slots


class UsageMeter:
    """Sums the token usage of every completion of one render call, re-asks included."""

    def __init__(self, config: LLMConfig) -> None:
        self._config = config
        self.calls = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0

    def hooks(self) -> Hooks:
        hooks = Hooks()
        hooks.on("completion:response", self._record)
        return hooks

    def call_options(self) -> dict[str, Any]:
        """What every instructor call of this backend passes: re-asks, this meter's hooks, model, temperature."""
        config = self._config
        return {"max_retries": config.max_reasks, "hooks": self.hooks(), "model": config.model,
                "temperature": config.temperature}

    def _record(self, response: Any) -> None:
        self.calls += 1
        usage = getattr(response, "usage", None)
        self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
        self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0

    @property
    def usage(self) -> Usage:
        return Usage(
            calls=self.calls,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cost_usd=self._config.cost(self.prompt_tokens, self.completion_tokens),
        )


def raise_if_misconfigured(exc: Exception, config: LLMConfig) -> None:
    """A refused key or an unknown model fails every request alike: stop rather than fall back for all."""
    cause = _http_cause(exc)
    if isinstance(cause, openai.APIStatusError) and cause.status_code in _CONFIG_STATUSES:
        raise BackendError(
            f"the LLM at {config.base_url} refused the request with HTTP {cause.status_code} ({cause.message}); "
            f"check the API key, the base URL and that it serves model {config.model!r}"
        ) from exc


def _http_cause(exc: Exception) -> BaseException | None:
    """The HTTP error behind an instructor failure (instructor wraps the last one after its attempts)."""
    return exc.__cause__ if isinstance(exc, InstructorRetryException) else exc


def unreachable(exc: Exception) -> bool:
    """Whether the endpoint gave no answer at all (no connection, a timeout) or only refusals of load (429, 5xx),
    after the HTTP retries: trouble of the endpoint, not of the criterion."""
    cause = _http_cause(exc)
    if isinstance(cause, openai.APIConnectionError):  # APITimeoutError is one
        return True
    return isinstance(cause, openai.APIStatusError) and (cause.status_code == 429 or cause.status_code >= 500)


def failure_reason(exc: Exception, config: LLMConfig) -> str:
    """Why the LLM gave no rendering, in words an editor can act on."""
    cause: BaseException = exc
    attempts = ""
    if isinstance(exc, InstructorRetryException):
        attempts = f" after {exc.n_attempts} attempt(s)"
        cause = exc.__cause__ or exc
    retries = f"{config.max_http_retries} HTTP retries"
    if isinstance(cause, openai.APITimeoutError):
        reason = f"the LLM at {config.base_url} timed out after {config.timeout:g} s ({retries})"
    elif isinstance(cause, openai.APIStatusError):
        reason = f"the LLM at {config.base_url} answered HTTP {cause.status_code} ({retries}): {cause.message}"
    elif isinstance(cause, openai.APIConnectionError):
        reason = f"the LLM at {config.base_url} could not be reached ({retries})"
    elif isinstance(cause, ValidationError | ValueError):
        reason = f"the LLM gave no valid, faithful answer{attempts}: {cause}"
    else:
        reason = f"the LLM call failed{attempts}: {type(cause).__name__}: {cause}"
    return reason if len(reason) <= _REASON_LIMIT else reason[: _REASON_LIMIT - 1] + "…"
