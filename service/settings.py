"""The service's settings: one pydantic-settings class, read from `TRIALPLAIN_*` environment variables.

Build it at the edge (the CLI command or the app factory) and pass it in; nothing here creates an
instance at import time, so tests can build their own with explicit values.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("trialplain-data")


class ServiceSettings(BaseSettings):
    """Where the service keeps its data and how it listens."""

    model_config = SettingsConfigDict(env_prefix="TRIALPLAIN_", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///./{DEFAULT_DATA_DIR}/trialplain.db",
        description=(
            "SQLAlchemy URL of the store. The default is a SQLite file under ./trialplain-data (created on "
            "demand). For PostgreSQL use postgresql+psycopg://user:password@host:5432/dbname "
            "(a plain postgresql:// URL is read as psycopg 3 too)."
        ),
    )
    host: str = Field(default="127.0.0.1", description="Interface the HTTP server binds to.")
    port: int = Field(default=8000, ge=1, le=65535, description="TCP port the HTTP server listens on.")
    access_log: bool = Field(
        default=True,
        description="Log a line per request (uvicorn's access log); off, a busy server spends that time serving.",
    )
    max_body_bytes: int = Field(
        default=1024 * 1024,
        gt=0,
        description="Largest request body accepted, in bytes; bigger requests are refused with 413.",
    )
    cache_dir: Path = Field(
        default=DEFAULT_DATA_DIR / "cache",
        description="Folder for the translation cache (created on demand).",
    )
    sqlite_busy_timeout_ms: int = Field(
        default=5000,
        ge=0,
        description="How long a SQLite connection waits for a lock held by another writer before failing.",
    )
    sql_echo: bool = Field(default=False, description="Log every SQL statement (for debugging).")
    page_cache_bytes: int = Field(
        default=64 * 1024 * 1024,
        ge=0,
        description="Memory for trial pages kept rendered (each only while unchanged), in bytes; 0: none.",
    )
    token_cache_seconds: float = Field(
        default=5,
        ge=0,
        description=(
            "How long a process trusts an API token it has checked, without reading the store again. A token "
            "revoked in another process (`trialplain tokens revoke`, another worker) keeps working this long; "
            "one revoked in the same process stops at once. 0: read the store on every request."
        ),
    )
    page_size: int = Field(default=50, ge=1, description="Default number of items in one page of a listing.")
    max_page_size: int = Field(default=500, ge=1, description="Largest page a client may ask for.")
    # The translation queue (`trialplain ingest --queue`, `trialplain worker`).
    queue_lease_seconds: float = Field(
        default=600,
        gt=0,
        description="How long a worker's claim on a translation job lasts without renewal; the worker renews it "
        "every third of this while it works on the job, so a job whose worker died is claimed again after it.",
    )
    queue_max_attempts: int = Field(
        default=3, ge=1, description="Claims of a translation job before it is marked failed with its last error."
    )
    queue_retry_seconds: float = Field(
        default=30,
        ge=0,
        description="Wait before a failed translation job is retried; doubled on each further attempt (at most 1 h).",
    )
    queue_poll_seconds: float = Field(
        default=2, gt=0, description="How often an idle worker looks for new translation jobs."
    )
