"""Settings of the translator package, read from `TRIALPLAIN_*` environment variables.

Build them once at the edge (the CLI, the service's `get_settings()` dependency) and pass them in;
nothing in the translator reads the environment on its own. Each field's description is written for
the README table of settings, so keep it a sentence a user can act on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from translator.llm_config import LLMConfig, LLMMode


def _like(name: str) -> Any:
    """A settings field with the default and the description of the LLMConfig field of that name."""
    field = LLMConfig.model_fields[name]
    return Field(default=field.default, description=field.description)


class TranslatorSettings(BaseSettings):
    """Where study records come from, which backend translates them, and how the LLM is reached."""

    model_config = SettingsConfigDict(env_prefix="TRIALPLAIN_", extra="forbid")

    # --- study records -------------------------------------------------------------------------
    data: Path | None = Field(
        default=None,
        description=(
            "Record file or folder (API v2 JSON, a /studies page, or JSONL) in which NCT ids are looked up "
            "before the live API is asked, e.g. ../shared/data/ctgov/studies.jsonl."
        ),
    )
    live: bool = Field(
        default=True,
        description="Allow looking NCT ids up on the live ClinicalTrials.gov API; set false to work offline.",
    )
    ctgov_base_url: str = Field(
        default="https://clinicaltrials.gov/api/v2",
        description="Base URL of the ClinicalTrials.gov API v2 (change it to use a mirror or a test server).",
    )
    ctgov_timeout: float = Field(
        default=20.0, gt=0, description="Seconds to wait for ClinicalTrials.gov before giving up on a request."
    )
    ctgov_retries: int = Field(
        default=2,
        ge=0,
        description="How many times to retry a ClinicalTrials.gov request that was rate-limited (429) or hit a 5xx.",
    )

    # --- translation backend ---------------------------------------------------------------------
    backend: Literal["offline", "llm"] = Field(
        default="offline",
        description="Which backend translates: 'offline' (rules and the lexicon, no network) or 'llm'.",
    )
    cache_dir: Path = Field(
        default=Path("trialplain-data/cache"),
        description="Folder of the translation cache (diskcache); re-running a finished corpus reads from it.",
    )

    # --- LLM backend (used when backend is 'llm'); names mirror translator.llm_config.LLMConfig ---------
    llm_base_url: str = _like("base_url")
    llm_api_key: SecretStr = _like("api_key")
    llm_model: str = _like("model")
    llm_mode: LLMMode = _like("mode")
    llm_temperature: float = _like("temperature")
    llm_timeout: float = _like("timeout")
    llm_max_reasks: int = _like("max_reasks")
    llm_max_http_retries: int = _like("max_http_retries")
    llm_price_input_per_mtok: float = _like("price_input_per_mtok")
    llm_price_output_per_mtok: float = _like("price_output_per_mtok")
    llm_concurrency: int = _like("concurrency")
    llm_unreachable_limit: int = _like("unreachable_limit")

    def llm_config(self) -> LLMConfig:
        """The LLM backend's configuration from the `TRIALPLAIN_LLM_*` settings (validated again there)."""
        values = {name: getattr(self, f"llm_{name}") for name in LLMConfig.model_fields}
        return LLMConfig(**values)
