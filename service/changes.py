"""Change numbers: the position of each study in the listing's change feed, in commit order.

`updated_at` is taken when a write starts, but the write becomes visible when its transaction commits; with two
ingests writing at once (PostgreSQL) a row stamped 10:00:01 can commit after a client has already read rows
stamped 10:00:05, and a client asking from the last `updated_at` it saw would never see it. Change numbers come
instead from one counter row that the writing transaction updates and so keeps locked until it ends: the next
writer waits on that row, reads the counter after the first one committed, and gets higher numbers. Numbers
therefore follow commit order, and a reader that sees a study numbered N also sees every study numbered below N:
a client that stores the last number it read and asks for what comes after it misses nothing.

On PostgreSQL the numbers are taken as the very last thing before COMMIT, so concurrent writers wait on each
other only for that UPDATE and their commit (one more UPDATE numbers the transaction's studies there). SQLite has one
writer at a time anyway, from its first write to its commit, so the numbers are taken as the rows are flushed and
written with them: a second write of each row would halve the ingest speed.

Which writes count is unchanged: a study's change is whatever sets its `updated_at` (a new or changed record, a
published translation that changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import String, bindparam, event, func, inspect, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from service.tables import ChangeCounterRow, StudyRow

# Where a session keeps the studies its open transaction changed, by NCT id, to number them at commit.
_CHANGED = "trialplain_changed_studies"


def track(factory: sessionmaker[Session]) -> None:
    """Number the changed studies of every transaction of the factory's sessions (see the module docstring)."""
    event.listen(factory, "before_flush", _note_changed)
    event.listen(factory, "before_commit", _number_at_commit)
    event.listen(factory, "after_transaction_end", _forget)


def take(session: Session, count: int) -> int:
    """Reserve `count` numbers; returns the last. The counter row stays locked until this transaction ends."""
    statement = (
        update(ChangeCounterRow)
        .where(ChangeCounterRow.id == 1)
        .values(value=ChangeCounterRow.value + count)
        .returning(ChangeCounterRow.value)
    )
    # On the connection: inside a flush the session itself may not run ORM statements.
    return int(session.connection().execute(statement).scalar_one())


def _note_changed(session: Session, _context: Any, _instances: Any) -> None:
    changed = [row for row in session.new if isinstance(row, StudyRow)]
    changed += [
        row
        for row in session.dirty
        if isinstance(row, StudyRow) and inspect(row).attrs.updated_at.history.has_changes()
    ]
    if not changed:
        return
    if session.connection().dialect.name == "sqlite":
        _number(session, changed)
        return
    noted: dict[str, StudyRow] = session.info.setdefault(_CHANGED, {})
    noted.update((row.nct_id, row) for row in changed)


def _number_at_commit(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint being released, not the commit: wait for that
        return
    session.flush()  # every other write first, so the counter is locked for as short a time as can be
    noted: dict[str, StudyRow] = session.info.pop(_CHANGED, {})
    # A new row of a savepoint that was rolled back is no longer persistent: nothing of it to number.
    live = sorted((row for row in noted.values() if inspect(row).persistent), key=lambda row: row.nct_id)
    if not live:
        return
    last = take(session, len(live))
    first = last - len(live) + 1
    # One statement for the whole batch (PostgreSQL's unnest … WITH ORDINALITY numbers the ids in the order given),
    # not one per row: the counter stays locked meanwhile.
    ids = bindparam("ids", [row.nct_id for row in live], type_=ARRAY(String))
    given = func.unnest(ids).table_valued("nct_id", with_ordinality="n").render_derived()
    statement = update(StudyRow).where(StudyRow.nct_id == given.c.nct_id).values(change=given.c.n + (first - 1))
    session.connection().execute(statement)
    for number, row in enumerate(live, start=first):
        set_committed_value(row, "change", number)  # already written: what the snapshots read


def _number(session: Session, rows: Sequence[StudyRow]) -> None:
    last = take(session, len(rows))
    for number, row in enumerate(sorted(rows, key=lambda row: row.nct_id), start=last - len(rows) + 1):
        row.change = number


def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended: committed (numbered) or rolled back
        session.info.pop(_CHANGED, None)
