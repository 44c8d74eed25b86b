"""Errors raised by the service's store. Each carries the data a caller needs, and its message says
what was wrong and what to do. HTTP statuses are assigned in one place (the API's error handler).

    ServiceError
    ├── NotFound               no study / translation / token with that id
    ├── VersionConflict        If-Match version is stale (someone else changed it first)
    ├── InvalidState           the operation does not apply in the translation's current state
    ├── InvalidRequest         bad input: empty reason, payload of another study, malformed cursor…
    │   └── InvalidCursor      a page cursor that this listing did not issue
    ├── SourceMismatch         translation and study criteria text disagree (the source changed)
    └── ApprovalBlocked        error findings and no override with a written reason
"""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every error the service raises on purpose."""


_FINDING_HINTS = {
    "study": "check the NCT id, or ingest the study first",
    "translation": "check the id: the study's translations are listed in its history",
    "token": "check the id: list the tokens to see which exist",
}


class NotFound(ServiceError):
    def __init__(self, kind: str, key: object) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"no {kind} {key!r} in the store: {_FINDING_HINTS.get(kind, 'check the id')}")


class VersionConflict(ServiceError):
    def __init__(self, translation_id: int, expected_version: int, current_version: int) -> None:
        self.translation_id = translation_id
        self.expected_version = expected_version
        self.current_version = current_version
        super().__init__(
            f"translation {translation_id} is at version {current_version}, not {expected_version}: "
            "someone changed it meanwhile; reload it, re-apply your change and send the new version"
        )


class InvalidState(ServiceError):
    def __init__(self, translation_id: int, state: str, action: str, hint: str) -> None:
        self.translation_id = translation_id
        self.state = state
        self.action = action
        super().__init__(f"cannot {action} translation {translation_id}: it is {state}; {hint}")


class InvalidRequest(ServiceError):
    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


class InvalidCursor(InvalidRequest):
    def __init__(self, listing: str) -> None:
        self.listing = listing
        super().__init__(
            f"the cursor was not issued by the {listing} listing (or is damaged): "
            "start again without a cursor and follow next_cursor from each page",
            field="cursor",
        )


class SourceMismatch(ServiceError):
    def __init__(self, nct_id: str, translation_sha: str, study_sha: str) -> None:
        self.nct_id = nct_id
        self.translation_sha = translation_sha
        self.study_sha = study_sha
        super().__init__(
            f"the translation renders criteria text {translation_sha[:12]}… but {nct_id} now has "
            f"{study_sha[:12]}…: translate the current criteria text (re-ingest first if it is newer)"
        )


class ApprovalBlocked(ServiceError):
    def __init__(self, translation_id: int, error_count: int, checks: list[str]) -> None:
        self.translation_id = translation_id
        self.error_count = error_count
        self.checks = checks
        super().__init__(
            f"translation {translation_id} has {error_count} error finding(s) ({', '.join(checks)}): "
            "fix them with an edit, or approve with override and a written reason"
        )
