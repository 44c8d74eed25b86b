"""Configuration of the LLM backend: which OpenAI-compatible endpoint, model, mode and limits.

`LLMConfig` is a plain pydantic model so the package's settings class (env prefix `TRIALPLAIN_`)
can embed it; nothing here reads the environment. Each description is written for the README's
table of settings.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, SecretStr


class LLMMode(StrEnum):
    """How the structured answer is requested (instructor's modes for OpenAI-compatible servers)."""

    TOOLS = "tools"
    JSON_SCHEMA = "json_schema"
    MD_JSON = "md_json"


class LLMConfig(BaseModel):
    """Everything the LLM backend needs to call a model; build it at the edge and pass it in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str = Field(
        default="https://api.openai.com/v1",
        description=(
            "Base URL of any OpenAI-compatible chat completions API (OpenAI, Azure's /openai/v1, vLLM, "
            "llama.cpp server, Ollama's /v1)."
        ),
    )
    api_key: SecretStr = Field(
        default=SecretStr(""),
        description="API key sent as a bearer token; any non-empty dummy value works for local servers.",
    )
    model: str = Field(default="gpt-4o-mini", description="Model name the endpoint serves.")
    mode: LLMMode = Field(
        default=LLMMode.TOOLS,
        description=(
            "How the structured answer is requested: 'tools' (function calling), 'json_schema' "
            "(response_format with the schema) or 'md_json' (JSON in a ```json block, for servers with neither)."
        ),
    )
    temperature: float = Field(
        default=0.0, ge=0.0, le=2.0, description="Sampling temperature; keep 0 for repeatable translations."
    )
    timeout: float = Field(
        default=60.0, gt=0, description="Seconds to wait for one HTTP response before it counts as timed out."
    )
    max_reasks: int = Field(
        default=2,
        ge=0,
        description=(
            "How many times the model is asked again, with the error text, after an answer fails validation "
            "or fidelity checks; after that the offline backend renders the criterion and it is flagged."
        ),
    )
    max_http_retries: int = Field(
        default=2,
        ge=0,
        description=(
            "How many times one HTTP call is retried after a timeout, 429 or 5xx, with backoff that honours "
            "Retry-After."
        ),
    )
    price_input_per_mtok: float = Field(
        default=0.0, ge=0.0, description="Price in USD per 1M input (prompt) tokens, for the estimated cost."
    )
    price_output_per_mtok: float = Field(
        default=0.0, ge=0.0, description="Price in USD per 1M output (completion) tokens, for the estimated cost."
    )
    concurrency: int = Field(
        default=8, ge=1, description="Most LLM requests in flight at once on the async path."
    )
    unreachable_limit: int = Field(
        default=8,
        ge=0,
        description=(
            "After this many criteria in a row for which the endpoint could not be reached (no connection, a "
            "timeout, 429 or 5xx after the HTTP retries), the run stops with an error instead of rendering every "
            "remaining criterion offline; finished records are kept. 0 never stops."
        ),
    )

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        """Estimated USD cost of the given token counts at the configured prices."""
        return (prompt_tokens * self.price_input_per_mtok + completion_tokens * self.price_output_per_mtok) / 1e6
