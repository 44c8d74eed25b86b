"""API tokens: hash-only storage, authentication, revocation, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from service import store
from service.errors import InvalidRequest, NotFound
from service.tables import ApiTokenRow, Role
from service.tokens import RecentTokens, hash_secret, recent_tokens


def test_create_token_stores_only_the_hash_of_the_secret(session: Session) -> None:
    token_id, secret = store.create_token(session, "ann", "editor", actor="admin")
    assert secret.startswith("tp_") and len(secret) > 40
    with store.transaction(session, write=False):
        rows = [tuple(str(value) for value in row) for row in session.execute(text("SELECT * FROM api_tokens"))]
        stored_hash = session.get_one(ApiTokenRow, token_id).token_hash
    assert len(rows) == 1
    assert not any(secret in value or secret[3:] in value for value in rows[0])
    assert stored_hash == hashlib.sha256(secret.encode()).hexdigest()
    created = store.list_tokens(session)
    assert [(t.id, t.name, t.role) for t in created] == [(token_id, "ann", Role.EDITOR)]


def test_authenticate_returns_the_token_and_records_its_use(session: Session) -> None:
    token_id, secret = store.create_token(session, "ann", Role.ADMIN)
    info = store.authenticate(session, secret)
    assert info is not None
    assert (info.id, info.name, info.role, info.revoked_at) == (token_id, "ann", Role.ADMIN, None)
    assert info.last_used_at is not None
    again = store.authenticate(session, secret)
    assert again is not None and again.last_used_at == info.last_used_at  # not rewritten within a minute


@pytest.mark.parametrize("guess", ["", "tp_", "tp_wrong", "Bearer tp_x", "not-a-token"])
def test_authenticate_rejects_unknown_secrets(session: Session, guess: str) -> None:
    store.create_token(session, "ann", "reader")
    assert store.authenticate(session, guess) is None


def test_revoked_token_no_longer_authenticates(session: Session) -> None:
    token_id, secret = store.create_token(session, "ann", "editor")
    revoked = store.revoke(session, token_id, actor="admin")
    assert revoked.revoked_at is not None
    assert store.authenticate(session, secret) is None
    assert store.revoke(session, token_id, actor="admin").revoked_at == revoked.revoked_at
    with pytest.raises(NotFound):
        store.revoke(session, token_id + 100, actor="admin")


def test_create_token_refuses_unknown_roles_and_empty_names(session: Session) -> None:
    with pytest.raises(InvalidRequest, match="reader, editor, admin"):
        store.create_token(session, "ann", "superuser")
    with pytest.raises(InvalidRequest, match="name"):
        store.create_token(session, "  ", "reader")


def test_token_changes_are_audited(session: Session) -> None:
    token_id, _ = store.create_token(session, "ann", "editor", actor="admin")
    store.revoke(session, token_id, actor="root")
    with store.transaction(session, write=False):
        rows = session.execute(text("SELECT action, actor FROM audit_events ORDER BY id")).all()
    assert [tuple(row) for row in rows] == [("token_created", "admin"), ("token_revoked", "root")]


def test_recent_tokens_keep_a_token_for_max_age_by_its_hash_only(session: Session) -> None:
    now = [100.0]
    recent = RecentTokens(clock=lambda: now[0])
    _, secret = store.create_token(session, "ann", "reader")
    token = store.authenticate(session, secret)
    assert token is not None
    recent.put(hash_secret(secret), token, read_at=recent.generation)
    assert recent.get(hash_secret(secret), max_age=5) == token
    assert secret not in repr(recent.__dict__)  # the secret itself is never kept
    now[0] += 5
    assert recent.get(hash_secret(secret), max_age=5) is None


def test_a_token_read_before_a_revocation_is_not_remembered_after_it(session: Session) -> None:
    """A request that read the token just before another thread revoked it must not bring it back."""
    token_id, secret = store.create_token(session, "ann", "editor")
    read_at = recent_tokens.generation
    token = store.authenticate(session, secret)
    assert token is not None
    store.revoke(session, token_id, actor="admin")
    recent_tokens.put(hash_secret(secret), token, read_at=read_at)
    assert recent_tokens.get(hash_secret(secret), max_age=60) is None


def test_revoking_forgets_a_remembered_token_in_this_process(session: Session) -> None:
    token_id, secret = store.create_token(session, "ann", "editor")
    token = store.authenticate(session, secret)
    assert token is not None
    recent_tokens.put(hash_secret(secret), token, read_at=recent_tokens.generation)
    assert recent_tokens.get(hash_secret(secret), max_age=60) == token
    store.revoke(session, token_id, actor="admin")
    assert recent_tokens.get(hash_secret(secret), max_age=60) is None
