"""API tokens: a random secret shown once, only its sha256 stored, a role, revocable.

Secrets look like `tp_<43 url-safe characters>` (256 random bits), so a leaked one is easy to
recognise in logs and by secret scanners. A hash lookup needs no constant-time compare: the secret
has too much entropy for timing to reveal anything useful.

`recent_tokens` remembers, per process, the tokens that authenticated in the last few seconds
(TRIALPLAIN_TOKEN_CACHE_SECONDS), so a busy reader does not cost a database read per request.
`revoke` forgets the token in the process that revokes it at once; any other process (another
`serve --workers` worker, or a server while `trialplain tokens revoke` runs in a shell) may accept
a revoked token for up to that many seconds after the revocation.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from service import audit
from service.db import transaction
from service.errors import InvalidRequest, NotFound
from service.stored import AuditAction, TokenInfo
from service.tables import ApiTokenRow, Role, utcnow

SECRET_PREFIX = "tp_"
# last_used_at is refreshed at most this often, so reads do not each turn into a write.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class RecentTokens:
    """Tokens that authenticated lately, by the hash of their secret (never the secret itself);
    thread-safe. Unknown secrets are not remembered: each costs a read."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tokens: dict[str, tuple[float, TokenInfo]] = {}
        self._lock = threading.Lock()
        self._generation = 0

    @property
    def generation(self) -> int:
        """Read it before reading a token from the store, and pass it to `put`."""
        return self._generation

    def get(self, token_hash: str, max_age: float) -> TokenInfo | None:
        """The token if it authenticated less than `max_age` seconds ago."""
        found = self._tokens.get(token_hash)
        if found is None or self._clock() - found[0] >= max_age:
            return None
        return found[1]

    def put(self, token_hash: str, token: TokenInfo, *, read_at: int) -> None:
        """Remember a token read from the store when `generation` was `read_at`; not kept if a token
        was revoked since (the read may predate that revocation)."""
        with self._lock:
            if read_at != self._generation:
                return
            now = self._clock()
            # Expired entries go now and then, so a stream of short-lived tokens cannot grow the dict.
            if len(self._tokens) >= _RECENT_LIMIT:
                self._tokens = {key: value for key, value in self._tokens.items() if now - value[0] < _RECENT_KEEP}
            self._tokens[token_hash] = (now, token)

    def forget(self, token_hash: str) -> None:
        """Forget a token (a revoked token must not outlive its revocation in this process)."""
        with self._lock:
            self._generation += 1
            self._tokens.pop(token_hash, None)

    def clear(self) -> None:
        with self._lock:
            self._generation += 1
            self._tokens.clear()

    def __len__(self) -> int:
        return len(self._tokens)


# Beyond this many remembered tokens, those older than _RECENT_KEEP seconds are dropped on the next put.
_RECENT_LIMIT = 1024
_RECENT_KEEP = 60.0
recent_tokens = RecentTokens()


# The width of api_tokens.name (and of the audit trail's actor): PostgreSQL refuses longer names.
_NAME_LENGTH = 200


def create_token(session: Session, name: str, role: Role | str, *, actor: str = "system") -> tuple[int, str]:
    """Create a token; returns its id and the secret, which is not stored and cannot be shown again."""
    if not name.strip():
        raise InvalidRequest("a token needs a name: it is how the audit trail names its holder", field="name")
    if len(name.strip()) > _NAME_LENGTH:
        raise InvalidRequest(f"a token name has at most {_NAME_LENGTH} characters", field="name")
    try:
        token_role = Role(role)
    except ValueError as error:
        choices = ", ".join(member.value for member in Role)
        raise InvalidRequest(f"unknown role {role!r}: use one of {choices}", field="role") from error
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    with transaction(session):
        row = ApiTokenRow(name=name.strip(), role=token_role, token_hash=hash_secret(secret), created_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(
            session,
            AuditAction.TOKEN_CREATED,
            actor=actor,
            after={"token_id": row.id, "name": row.name, "role": row.role.value},
        )
        return row.id, secret


def authenticate(session: Session, secret: str) -> TokenInfo | None:
    """The token a secret belongs to, or None if it is unknown or revoked."""
    if not secret.startswith(SECRET_PREFIX):
        return None
    statement = select(ApiTokenRow).where(ApiTokenRow.token_hash == hash_secret(secret))
    with transaction(session, write=False):
        row = session.scalar(statement)
        if row is None or row.revoked_at is not None:
            return None
        now = utcnow()
        if row.last_used_at is not None and now - row.last_used_at < LAST_USED_RESOLUTION:
            return _info(row)
    # Only now and then a write: on SQLite every write transaction queues behind the others.
    with transaction(session):
        session.execute(update(ApiTokenRow).where(ApiTokenRow.id == row.id).values(last_used_at=now))
    return _info(row).model_copy(update={"last_used_at": now})


def revoke(session: Session, token_id: int, *, actor: str) -> TokenInfo:
    """Revoke a token for good (revoking twice is harmless)."""
    with transaction(session):
        row = session.get(ApiTokenRow, token_id, with_for_update=True)
        if row is None:
            raise NotFound("token", token_id)
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            audit.record(
                session,
                AuditAction.TOKEN_REVOKED,
                actor=actor,
                before={"token_id": row.id, "name": row.name, "revoked": False},
                after={"token_id": row.id, "name": row.name, "revoked": True},
            )
        info, token_hash = _info(row), row.token_hash
    # After the commit: a request that read the token before it is kept out by the generation.
    recent_tokens.forget(token_hash)
    return info


def list_tokens(session: Session) -> list[TokenInfo]:
    with transaction(session, write=False):
        return [_info(row) for row in session.scalars(select(ApiTokenRow).order_by(ApiTokenRow.id))]


def _info(row: ApiTokenRow) -> TokenInfo:
    return TokenInfo(
        id=row.id,
        name=row.name,
        role=row.role,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        revoked_at=row.revoked_at,
    )
