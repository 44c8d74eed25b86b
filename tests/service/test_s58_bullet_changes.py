"""An edit in the history: the bullets aligned as sequences (one added in the middle is one added), and a changed
bullet's words marked taken out and put in, on the review page (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from typing import Any

from service.bullet_changes import Piece, bullet_changes, word_pieces
from tests.service.api_support import Api
from tests.service.test_ui_pages import UI, signed_in
from tests.service.test_ui_pages import api as api  # the fixtures of the page tests
from tests.service.test_ui_pages import translated as translated


def test_a_bullet_put_in_the_middle_is_one_bullet_added() -> None:
    old = ["You are 18 or older.", "You smoke.", "You can walk."]
    new = ["You are 18 or older.", "You have asthma.", "You smoke.", "You can walk."]
    assert [str(c) for c in bullet_changes(old, new)] == ["bullet 2 added: “You have asthma.”"]
    assert [str(c) for c in bullet_changes(new, old)] == ["bullet 2 removed: “You have asthma.”"]
    assert bullet_changes(old, old) == []


def test_replaced_bullets_pair_up_and_the_rest_are_added_or_removed() -> None:
    changes = bullet_changes(["a", "b", "z"], ["a", "c", "d", "z"])
    assert [(c.kind, c.position, c.was, c.now) for c in changes] == [("changed", 2, "b", "c"), ("added", 3, None, "d")]
    changes = bullet_changes(["a", "b", "c"], ["x"])
    assert [(c.kind, c.position) for c in changes] == [("changed", 1), ("removed", 2), ("removed", 3)]


def test_a_changed_bullet_shows_its_changed_words_and_marks() -> None:
    pieces = word_pieces("You are at least 18 years old.", "You are 18 years old or older.")
    assert pieces == [Piece("You are", "same"), Piece(" at least", "del"), Piece(" 18 years old", "same"),
                      Piece(" or older", "ins"), Piece(".", "same")]
    # a mark on its own: "≥" to "≤" is one sign changed, not the whole number
    assert word_pieces("ANC ≥ 1.5", "ANC ≤ 1.5") == [Piece("ANC ", "same"), Piece("≥", "del"), Piece("≤", "ins"),
                                                     Piece(" 1.5", "same")]
    assert "".join(p.text for p in word_pieces("a b", "c") if p.kind != "ins") == "a b"


def test_the_history_marks_an_edit_word_by_word(api: Api, translated: dict[str, Any]) -> None:
    client = signed_in(api)
    path = f"/review/api/translations/{translated['id']}"
    sections = translated["translation"]["sections"]
    original = sections[0]["bullets"][0]["text"]
    bullets = sections[0]["bullets"]
    bullets.insert(1, {**bullets[0], "text": "You <b>agree</b> to stop smoking."})
    bullets[0]["text"] = original + " every day."
    edited = client.patch(path, json={"sections": sections}, headers={**UI, "If-Match": '"1"'})
    assert edited.status_code == 200, edited.text
    page = client.get(f"/review/{translated['nct_id']}").text
    history = page[page.index('id="history"'):]
    row = history[history.index('data-action="edited"'):]
    row = row[: row.index("</tr>")]
    assert re.search(r'<div class="bullet-change" data-kind="changed">bullet 1: <span class="diff">[^<]*'
                     r'<ins> every day\.</ins></span></div>', row), row
    # the new bullet is one added (the later bullets did not all change), its text escaped
    assert '<div class="bullet-change" data-kind="added">bullet 2 added: <ins>You &lt;b&gt;agree&lt;/b&gt; to stop ' \
           'smoking.</ins></div>' in row
    assert row.count('class="bullet-change"') == 2 and "<div>version: 1 → 2</div>" in row
