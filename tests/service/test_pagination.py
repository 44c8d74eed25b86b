"""Cursor encoding and keyset conditions (no database)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from sqlalchemy import column

from service.errors import InvalidCursor
from service.pagination import SortKey, decode_cursor, encode_cursor

KEYS = (SortKey(column("updated_at"), datetime), SortKey(column("nct_id"), str))


def test_cursor_round_trips_its_values() -> None:
    values = [datetime(2024, 5, 1, 12, 30, tzinfo=UTC), "NCT00000001"]
    cursor = encode_cursor("studies", values)
    assert "=" not in cursor and "NCT" not in cursor  # opaque and URL-safe
    assert decode_cursor("studies", cursor, KEYS) == values


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "!!!",
        encode_cursor("review_queue", [datetime(2024, 5, 1, tzinfo=UTC), "NCT00000001"]),
        encode_cursor("studies", ["2024-05-01T00:00:00", "NCT00000001"]),  # no time zone
        encode_cursor("studies", ["yesterday", "NCT00000001"]),
        encode_cursor("studies", [datetime(2024, 5, 1, tzinfo=UTC)]),
        encode_cursor("studies", [datetime(2024, 5, 1, tzinfo=UTC), 7]),
        # 1,400 "[" fit the 2,000 characters a query allows and made the JSON parser raise RecursionError (a 500)
        base64.urlsafe_b64encode(b"[" * 1400).decode(),
    ],
)
def test_decode_refuses_foreign_or_damaged_cursors(cursor: str) -> None:
    with pytest.raises(InvalidCursor, match="start again without a cursor"):
        decode_cursor("studies", cursor, KEYS)


def test_decode_keeps_bools_and_ints_apart() -> None:
    keys = (SortKey(column("recruiting"), bool), SortKey(column("id"), int))
    assert decode_cursor("q", encode_cursor("q", [True, 3]), keys) == [True, 3]
    with pytest.raises(InvalidCursor):
        decode_cursor("q", encode_cursor("q", [1, 3]), keys)
