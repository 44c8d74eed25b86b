"""The store's operations in one namespace: `from service import store; store.approve(session, …)`.

Each operation runs in its own transaction (or a savepoint inside the caller's) and writes its
audit events with the actor. The nouns live in their own modules: studies, translations, review
(approve/reject), tokens, audit; the data they return in `service.stored`.
"""

from __future__ import annotations

from service.audit import history, study_history
from service.db import transaction
from service.review import approve, reject
from service.stored import (
    AuditAction,
    AuditEntry,
    CriterionApproval,
    IngestOutcome,
    Page,
    QueueEntry,
    StoredStudy,
    StoredTranslation,
    TokenInfo,
)
from service.studies import (
    get_study,
    ingest_studies,
    ingest_study,
    list_studies,
    page_version,
    page_versions,
    storable,
)
from service.tables import Role, TranslationState
from service.tokens import authenticate, create_token, list_tokens, revoke
from service.translations import (
    add_translation,
    edit_translation,
    find_translation,
    get_translation,
    published_translation,
    published_translations,
    queue_cursor_at,
    review_queue,
    search_words,
)

__all__ = [
    "AuditAction",
    "AuditEntry",
    "CriterionApproval",
    "IngestOutcome",
    "Page",
    "QueueEntry",
    "Role",
    "StoredStudy",
    "StoredTranslation",
    "TokenInfo",
    "TranslationState",
    "add_translation",
    "approve",
    "authenticate",
    "create_token",
    "edit_translation",
    "find_translation",
    "get_study",
    "get_translation",
    "history",
    "ingest_studies",
    "ingest_study",
    "list_studies",
    "list_tokens",
    "page_version",
    "page_versions",
    "published_translation",
    "published_translations",
    "queue_cursor_at",
    "reject",
    "review_queue",
    "revoke",
    "search_words",
    "storable",
    "study_history",
    "transaction",
]
