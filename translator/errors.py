"""Errors raised by the translator package.

Every error carries the data a caller needs to report it, and its message says what was wrong
and what to do about it. The service maps these to HTTP statuses in one place.

    TranslatorError
    ├── RecordError          a study record could not be read (file, line, field say where)
    │   └── NotFoundError    no record with that NCT id in the given data
    ├── SourceError          a source could not be reached (offline, timeout, HTTP error)
    ├── BackendError         a translation backend failed after its retries
    └── PromptError          a prompt template is missing or malformed
"""

from __future__ import annotations

from pathlib import Path


class TranslatorError(Exception):
    """Base of every error the translator raises on purpose."""


class RecordError(TranslatorError):
    """A study record is not usable: not JSON, wrong shape, bad NCT id, empty criteria…"""

    def __init__(
        self,
        message: str,
        *,
        source: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.reason = message
        self.source = str(source) if source is not None else None
        self.line = line
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        where = []
        if self.source:
            where.append(self.source if self.line is None else f"{self.source}:{self.line}")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field {self.field}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.reason}" if prefix else self.reason


class NotFoundError(RecordError):
    """No record with the requested NCT id."""


class SourceError(TranslatorError):
    """A record source (the live API, a file) could not be reached."""


class BackendError(TranslatorError):
    """A translation backend failed for good (after retries and re-asks)."""


class PromptError(TranslatorError):
    """A prompt template is missing or malformed."""
