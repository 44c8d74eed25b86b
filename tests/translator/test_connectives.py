"""parse19: a line holding only a connective ("OR", "or", "AND", "--- OR-") joins the item before it.

Found by an audit of criteria whose whole text was a connective (31 in 20 corpus records): read as items they
became bullets "Or", and as a child they made the item above an "any of" over itself. Texts invented in the
layouts seen; real records in labels/criteria_audit.toml.
"""

from __future__ import annotations

import pytest

from tests.translator.test_outline import checked_parse
from translator.connectives import is_connective
from translator.criteria import CriteriaDoc, Logic


def _rows(doc: CriteriaDoc) -> list[tuple[str, str]]:
    return [(c.id, c.text) for c in doc.criteria]


# in lower case after a blank line the word reads as a sentence going on ("or" / "Agrees …": translator.lines)
@pytest.mark.parametrize("word", ["OR", "Or", "OR-", "Or,", "AND"])
def test_a_connective_line_between_plain_paragraphs_ends_the_item_before_it(word: str) -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n        A participant must meet any of the following:\n\n"
        "        Postmenopausal for at least one year;\n\n"
        f"        {word}\n\n"
        "        Agrees to use contraception through Week 32;\n"
    )
    doc = checked_parse(raw)
    assert _rows(doc) == [
        ("I1", "A participant must meet any of the following:"),
        ("I1.1", f"Postmenopausal for at least one year; {word}"),
        ("I1.2", "Agrees to use contraception through Week 32;"),
    ]


def test_a_connective_indented_under_a_numbered_item_joins_it_and_makes_no_logic() -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n          -  Chronic HCV infection documented by either:\n\n"
        "               1. Positive HCV RNA at least 6 months before screening\n\n"
        "                  or\n\n"
        "               2. Liver biopsy consistent with chronic HCV infection\n\n"
        "          -  Age 18 or older\n"
    )
    doc = checked_parse(raw)
    assert _rows(doc) == [
        ("I1", "Chronic HCV infection documented by either:"),
        ("I1.1", "Positive HCV RNA at least 6 months before screening or"),
        ("I1.2", "Liver biopsy consistent with chronic HCV infection"),
        ("I2", "Age 18 or older"),
    ]
    assert doc.criteria[1].logic is None and doc.criteria[1].children == []
    assert doc.criteria[0].logic is Logic.ANY


def test_a_marked_connective_joins_the_item_before_it_and_its_marker_stays_covered() -> None:
    raw = (
        "\n        Exclusion Criteria:\n\n          -  Liver disease characterized by:\n\n"
        "               -  ALT > 3 x ULN\n\n               -  OR-\n\n               -  Bilirubin > 1.5 x ULN\n"
    )
    doc = checked_parse(raw)
    assert _rows(doc) == [
        ("E1", "Liver disease characterized by:"),
        ("E1.1", "ALT > 3 x ULN OR-"),
        ("E1.2", "Bilirubin > 1.5 x ULN"),
    ]


def test_a_connective_after_an_item_with_sub_items_stays_where_it_is() -> None:
    # appended to the last sub-item it would join the wrong items; appended to the item it would overlap its subs
    raw = "Inclusion Criteria:\n\n* Prior therapy with:\n  * drug A\n  * drug B\n* OR\n* Untreated disease\n"
    doc = checked_parse(raw)
    assert [c.text for c in doc.criteria] == ["Prior therapy with:", "drug A", "drug B", "OR", "Untreated disease"]


def test_a_connective_with_items_of_its_own_stays_their_lead_in() -> None:
    raw = "Inclusion Criteria:\n\n* Age 18 or older\n* Or:\n  * drug A\n  * drug B\n"
    doc = checked_parse(raw)
    assert [c.id for c in doc.criteria] == ["I1", "I2", "I2.1", "I2.2"]
    assert doc.criteria[1].text == "Or:"


def test_a_connective_opening_a_section_stays_a_criterion() -> None:
    doc = checked_parse("Inclusion Criteria:\n\nOR\n\nExclusion Criteria:\n\nPregnancy\n")
    assert _rows(doc) == [("I1", "OR"), ("E1", "Pregnancy")]


@pytest.mark.parametrize("text", ["Or", "OR-", "(or)", "and/or", "AND:"])
def test_connectives(text: str) -> None:
    assert is_connective(text)


@pytest.mark.parametrize("text", ["Oral", "Organ transplant", "or pregnancy", "Andorra", "ORR"])
def test_words_that_are_no_connective(text: str) -> None:
    assert not is_connective(text)
