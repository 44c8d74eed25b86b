"""The optional LLM judge: a second opinion on whether a rendering says what its criterion says.

The deterministic fidelity checks (`translator.fidelity`) compare facts; they cannot see a changed
condition or a lost "or". The judge reads both and answers a typed `JudgeVerdict` — entailment in
both directions, what was omitted, what was added, how much it matters — through instructor, so a
malformed or self-contradictory verdict is asked again. It never gates on its own: the evals
report it beside the checks.

Verdicts are cached (`ModelCache`) under a key of the criterion, the bullets, the model, the
prompt's sha and the parameters, so re-judging a finished run makes no call.
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from pathlib import Path
from typing import Self, cast

import openai
from instructor.core import InstructorError
from instructor.v2.core.function_calls import response_schema
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, Field, model_validator

from prompts import Prompt, load_prompt
from translator.backend import BackendIdentity, CriterionRequest, Rendering
from translator.cache import ModelCache
from translator.errors import BackendError
from translator.llm import UsageMeter, failure_reason, llm_identity, raise_if_misconfigured, sync_clients
from translator.llm_config import LLMConfig
from translator.llm_prompt import SECTION_LABELS
from translator.translation import Usage

PROMPT_ID = "judge_rendering"


class VerdictSeverity(StrEnum):
    NONE = "none"
    MINOR = "minor"
    MAJOR = "major"


class JudgeVerdict(BaseModel):
    """Whether plain-English bullets say exactly what a clinical-trial eligibility criterion says."""

    source_entails_bullets: bool = Field(
        description="True when everything the bullets say follows from the criterion: nothing added or changed."
    )
    bullets_entail_source: bool = Field(
        description="True when everything the criterion says is in the bullets: nothing left out or weakened."
    )
    omissions: list[str] = Field(
        default_factory=list, description="What the criterion says that the bullets lose, quoted from the criterion."
    )
    additions: list[str] = Field(
        default_factory=list, description="What the bullets say that the criterion does not, quoted from the bullet."
    )
    severity: VerdictSeverity = Field(
        description="'none' when both directions hold; 'minor' when it would not change who can join; else 'major'."
    )
    explanation: str = Field(default="", description="One or two sentences on the verdict.")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        # A verdict that contradicts itself is worth nothing; the error text makes instructor re-ask.
        problems = []
        if self.omissions and self.bullets_entail_source:
            problems.append("you list omissions, so bullets_entail_source must be false")
        if self.additions and self.source_entails_bullets:
            problems.append("you list additions, so source_entails_bullets must be false")
        if not self.bullets_entail_source and not self.omissions:
            problems.append("bullets_entail_source is false, so list what is omitted in omissions")
        if not self.source_entails_bullets and not self.additions:
            problems.append("source_entails_bullets is false, so list what is added in additions")
        if self.faithful_both_ways is (self.severity is not VerdictSeverity.NONE):
            problems.append("severity must be 'none' exactly when both directions hold")
        if problems:
            raise ValueError("The verdict contradicts itself: " + "; ".join(problems) + ".")
        return self

    @property
    def faithful_both_ways(self) -> bool:
        return self.source_entails_bullets and self.bullets_entail_source


# Wrapped once, as translator.llm does for its answers, so instructor reuses the class and its schema.
_RESPONSE_MODEL = response_schema(JudgeVerdict)


class Judgement(BaseModel):
    """One judge call's outcome: the verdict, or why there is none, and what it cost."""

    verdict: JudgeVerdict | None = None
    error: str | None = Field(default=None, description="Why no verdict was given (HTTP trouble, invalid answers).")
    usage: Usage = Field(default_factory=Usage)
    cached: bool = False


def judge_prompt() -> Prompt:
    return load_prompt(PROMPT_ID)


def judge_messages(prompt: Prompt, request: CriterionRequest, rendering: Rendering) -> list[dict[str, str]]:
    """The chat messages the judge reads for one criterion and its rendering."""
    data = {
        "section": {"kind": request.kind.value, "label": SECTION_LABELS[request.kind]},
        "items": [
            {"ref": i.ref, "depth": i.ref.count("."), "text": i.text, "logic": i.logic.value if i.logic else None}
            for i in request.items
        ],
        "bullets": [
            {
                "text": b.text,
                "refs": b.refs,
                "depth": b.depth,
                "definitions": [{"term": d.term, "plain": d.plain} for d in b.definitions],
            }
            for b in rendering.bullets
        ],
    }
    return prompt.render(data)


def judge_identity(config: LLMConfig, prompt: Prompt | None = None) -> BackendIdentity:
    """What a verdict depends on besides its input: model, prompt version, mode, temperature, schema."""
    return llm_identity(config, prompt or judge_prompt(), response_model=JudgeVerdict, backend="llm-judge")


class LLMJudge:
    """Judges renderings through an OpenAI-compatible API; caches verdicts when given a folder."""

    def __init__(self, config: LLMConfig, *, cache_dir: str | Path | None = None, prompt: Prompt | None = None) -> None:
        if not config.api_key.get_secret_value():
            raise BackendError(
                f"no API key for the LLM judge at {config.base_url}: set TRIALPLAIN_LLM_API_KEY "
                "(any non-empty value for a local server that does not check it)"
            )
        self.config = config
        self.prompt = prompt or judge_prompt()
        self.identity = judge_identity(config, self.prompt)
        self._openai, self._client = sync_clients(config)
        self._cache = ModelCache(cache_dir) if cache_dir is not None else None

    def key(self, request: CriterionRequest, rendering: Rendering) -> str:
        bullets = [[b.text, b.refs, [[d.term, d.plain] for d in b.definitions]] for b in rendering.bullets]
        material = "\x1f".join([request.content_key, json.dumps(bullets, ensure_ascii=False), self.identity.key])
        return hashlib.sha256(material.encode()).hexdigest()

    def judge(self, request: CriterionRequest, rendering: Rendering) -> Judgement:
        """The verdict on `rendering` of `request`; HTTP or validation failure gives a Judgement with `error`.

        Raises BackendError when the endpoint refuses the key or the model (every call would fail).
        """
        key = self.key(request, rendering)
        if self._cache is not None:
            stored = self._cache.get(key, JudgeVerdict)
            if stored is not None:
                return Judgement(verdict=stored, usage=Usage(cached_calls=1), cached=True)
        meter = UsageMeter(self.config)
        messages = cast(list[ChatCompletionMessageParam], judge_messages(self.prompt, request, rendering))
        try:
            verdict, _ = self._client.create_with_completion(
                response_model=_RESPONSE_MODEL,
                messages=messages,
                **meter.call_options(),
            )
        except (InstructorError, openai.OpenAIError) as exc:
            raise_if_misconfigured(exc, self.config)
            return Judgement(error=failure_reason(exc, self.config), usage=meter.usage)
        # A plain copy: instructor hangs the raw completion on the object it returns.
        verdict = JudgeVerdict.model_validate(verdict.model_dump())
        if self._cache is not None:
            self._cache.set(key, verdict)
        return Judgement(verdict=verdict, usage=meter.usage)

    def close(self) -> None:
        self._openai.close()
        if self._cache is not None:
            self._cache.close()

    def __enter__(self) -> LLMJudge:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
