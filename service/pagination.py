"""Keyset (cursor) pagination: pages follow a total order, so rows inserted or changed between two
page requests never make a listing skip a row. A row whose sort key changes after it was listed (a
study's `updated_at`) moves ahead of the cursor and is listed again: a change feed delivers each change.

A cursor is the sort key of the last row of a page, as URL-safe base64 of JSON tagged with the
listing's name; clients treat it as opaque.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, false, or_
from sqlalchemy.sql.elements import UnaryExpression

from service.errors import InvalidCursor, InvalidRequest

MAX_LIMIT = 1000  # the API applies its own, smaller, configurable maximum
# The API clamps a limit above that maximum rather than refusing it (the schema's bound is the code's, the
# server's may be lower), and says so in each page's `limit`.
PAGE_SIZE_DESCRIPTION = (
    "Page size. Above the server's TRIALPLAIN_MAX_PAGE_SIZE (default 500) the page is that size instead; "
    "the page's `limit` says which size was used."
)
Ts = TypeVarTuple("Ts")


@dataclass(frozen=True)
class SortKey:
    """One column of a listing's order; the last key must make the order total (a unique id)."""

    column: SQLColumnExpression[Any]
    kind: type  # int, bool, str or datetime: how the cursor value is decoded
    descending: bool = False

    def order_by(self) -> UnaryExpression[Any]:
        return self.column.desc() if self.descending else self.column.asc()


def encode_cursor(listing: str, values: Sequence[object]) -> str:
    plain = [value.isoformat() if isinstance(value, datetime) else value for value in values]
    data = json.dumps({"l": listing, "v": plain}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def decode_cursor(listing: str, cursor: str, keys: Sequence[SortKey]) -> list[object]:
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    # JSONDecodeError and UnicodeDecodeError are ValueErrors; a cursor of ~1000 "[" (within the 2000 characters a
    # query allows) makes the parser recurse too deep, a RecursionError that would otherwise be a 500.
    except (binascii.Error, ValueError, RecursionError) as error:
        raise InvalidCursor(listing) from error
    if not isinstance(data, dict) or data.get("l") != listing:
        raise InvalidCursor(listing)
    raw = data.get("v")
    if not isinstance(raw, list) or len(raw) != len(keys):
        raise InvalidCursor(listing)
    return [_decode_value(listing, key.kind, value) for key, value in zip(keys, raw, strict=True)]


def _decode_value(listing: str, kind: type, value: object) -> object:
    if kind is datetime and isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as error:
            raise InvalidCursor(listing) from error
        if parsed.tzinfo is None:
            raise InvalidCursor(listing)
        return parsed
    # bool is a subclass of int: check exact types so a cursor cannot smuggle one for the other.
    if kind is not datetime and type(value) is kind:
        return value
    raise InvalidCursor(listing)


def after(keys: Sequence[SortKey], values: Sequence[object]) -> ColumnElement[bool]:
    """Rows strictly after `values` in the order of `keys` (mixed directions allowed):
    (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … with < for descending keys.
    """
    branches = []
    for index, key in enumerate(keys):
        equal = [_equal(keys[i], values[i]) for i in range(index)]
        branches.append(and_(*equal, _beyond(key, values[index])))
    return or_(*branches)


def _equal(key: SortKey, value: object) -> ColumnElement[bool]:
    return key.column.is_(value) if isinstance(value, bool) else key.column == value


def _beyond(key: SortKey, value: object) -> ColumnElement[bool]:
    if isinstance(value, bool):
        # SQL compares booleans only with IS: with false < true, nothing lies beyond the last value.
        last = not key.descending
        return false() if value is last else key.column.is_(last)
    return key.column < value if key.descending else key.column > value


def keyset(
    statement: Select[*Ts], listing: str, keys: Sequence[SortKey], cursor: str | None, limit: int
) -> Select[*Ts]:
    """`statement` ordered by `keys`, starting after `cursor`, one row more than `limit` (to see if
    another page follows).
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidRequest(f"limit must be between 1 and {MAX_LIMIT}, not {limit}", field="limit")
    if cursor is not None:
        statement = statement.where(after(keys, decode_cursor(listing, cursor, keys)))
    return statement.order_by(*(key.order_by() for key in keys)).limit(limit + 1)


def next_cursor(listing: str, limit: int, fetched: int, last_values: Sequence[object] | None) -> str | None:
    """The cursor after a page that fetched `fetched` rows (limit + 1 means there is more)."""
    if fetched <= limit or last_values is None:
        return None
    return encode_cursor(listing, last_values)
