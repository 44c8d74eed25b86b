"""Settings of the translator package, read from `TRIALPLAIN_*` environment variables.

Build them once at the edge (the CLI, the service's `get_settings()` dependency) and pass them in;
nothing in the translator reads the environment on its own. Each field's description is written for
the README table of settings, so keep it a sentence a user can act on.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class TranslatorSettings(BaseSettings):
    """Where study records come from; more groups (backend, LLM) are added below as fields."""

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
