"""A list item cut beside "get pregnant" is still found (checks-16).

The offline bullets say "get pregnant" where the source and the lexicon's plain wordings say "become pregnant"
(offline_pregnant_words). The content check compares words by stem, so without "get" read as "become" a cut next
to that wording was no longer located, and a dropped definition of the group became a mere warning.
"""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said

# Chia NCT02386800 E3
SOURCE = (
    "Women of child-bearing potential, defined as all women physiologically capable of becoming pregnant, unless "
    "they are using highly effective methods of contraception throughout the study duration inclusive of the "
    "30-day safety follow up."
)
TAIL = ", unless they are using highly effective methods of contraception throughout the study duration inclusive of " \
    "the 30-day safety follow up."


def test_the_offline_bullet_says_get_pregnant_and_is_faithful() -> None:
    bullet = said(SOURCE, EXC)
    assert "get pregnant" in bullet and "physiologically able to get pregnant" in bullet  # (offline_short_words)
    assert checks(SOURCE, bullet, EXC) == []


def test_the_group_definition_cut_beside_get_pregnant_is_an_error() -> None:
    assert "content_missing" in checks(SOURCE, "Women who can get pregnant" + TAIL, EXC)
    assert "content_missing" in checks(SOURCE, "Women who can become pregnant" + TAIL, EXC)


def test_getting_for_receiving_is_not_read_as_become() -> None:
    # NCT02775812: "men receiving MK-3475" said "men getting MK-3475" beside "able to get pregnant"; with "getting"
    # read as "become", the item "men receiving" looked cut and the faithful full rewrite was refused.
    source = (
        "Female patients of childbearing potential and men receiving MK-3475 (pembrolizumab) who are sexually active "
        "with women of childbearing potential must be willing to use an adequate method of contraception for the "
        "course of the study through 120 days after the last dose of MK-3475 (pembrolizumab)"
    )
    bullet = said(source, INC)
    assert "men getting MK-3475" in bullet and "get pregnant" in bullet
    assert checks(source, bullet, INC) == []
