"""List items left out beside neighbours the gap check read too strictly: a semicolon between clauses, the end of
a bracketed list, a number or a comparator among the neighbours, a kept word said in its lexicon wording, and an
abbreviation in brackets after the words it spells out."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_items import assert_left_out, dropped


@pytest.mark.parametrize(("source", "faithful", "left_out", "item"), [
    # Clauses parted by semicolons: the bullet keeps them, and the gap is read across the semicolon.
    ("Carcinoma in situ of the cervix or vulva; melanoma of the skin; glioma.",
     "You have carcinoma in situ of the cervix or vulva; melanoma of the skin; glioma.",
     "You have carcinoma in situ of the cervix; melanoma of the skin; glioma.", "vulva"),
    # The last item of a bracketed list, the list put as a sentence of its own after the rest.
    ("A chronic skin disease (for example, eczema, psoriasis, acne) that needs ongoing care",
     "You have a chronic skin disease that needs ongoing care. For example, eczema, psoriasis, acne.",
     "You have a chronic skin disease that needs ongoing care. For example, eczema, psoriasis.", "acne"),
    # A number among the neighbours ("Day 1") is said there by the bullet too.
    ("Loss of smell due to recent (within the 2 weeks before Day 1) a cold or influenza.",
     "You lost your sense of smell because of recent (in the 2 weeks before Day 1) a cold or influenza.",
     "You lost your sense of smell because of recent (in the 2 weeks before Day 1) a cold.", "influenza."),
    # A comparator beside a number in the gap, in other words than the source's ("<" said as "less than").
    ("Kidney graft lost with panel-reactive antibody < 20% or lost to graft thrombosis, unless steroid responsive",
     "Your kidney graft was lost with panel-reactive antibody less than 20% or lost to graft thrombosis, unless it "
     "was steroid responsive.",
     "Your kidney graft was lost with panel-reactive antibody less than 20%, unless it was steroid responsive.",
     "lost to graft thrombosis"),
    # The word an item keeps ("renal") is said in the lexicon's wording ("kidney") in the sentence with the gap.
    ("Renal insufficiency with serum creatinine greater than 2.0 mg/dl or on renal dialysis.",
     "You have reduced kidney function with serum creatinine more than 2 mg/dL or are on kidney dialysis.",
     "You have reduced kidney function with serum creatinine more than 2 mg/dL.", "on renal dialysis."),
    # "human immunodeficiency virus (HIV)" is one neighbour, said by "HIV" alone.
    ("Known positivity for human immunodeficiency virus (HIV) or malaria",
     "You are known to be positive for HIV or malaria.",
     "You are known to be positive for HIV.", "malaria"),
])
def test_a_left_out_item_beside_such_neighbours_is_an_error(source: str, faithful: str, left_out: str,
                                                            item: str) -> None:
    assert_left_out(source, faithful, left_out, item)


@pytest.mark.parametrize(("source", "bullet"), [
    # The bracketed list kept in its place, every item said: nothing left out.
    ("A chronic skin disease (for example, eczema, psoriasis, acne) that needs ongoing care",
     "You have a chronic skin disease (for example, eczema, psoriasis or acne) that needs ongoing care."),
    # The last bracketed item reworded in its place ("acne" as "pimples"): no gap.
    ("A chronic skin disease (for example, eczema, psoriasis, acne) that needs ongoing care",
     "You have a chronic skin disease that needs ongoing care. For example, eczema, psoriasis, pimples."),
    # A semicolon in the bullet where the source has none: the gap is not read across it.
    ("Melanoma of the skin, glioma or sarcoma.", "You have melanoma of the skin; or a glioma, a sarcoma."),
    # The abbreviation's words said in full, the item reworded beside them.
    ("Known positivity for human immunodeficiency virus (HIV) or malaria",
     "You are known to be positive for human immunodeficiency virus or for a parasite infection spread by mosquitoes."),
])
def test_a_faithful_bullet_beside_such_neighbours_is_clean(source: str, bullet: str) -> None:
    assert dropped(source, bullet) == []


@pytest.mark.parametrize(("source", "bullet"), [
    # A kept word is said by its own stem or a whole lexicon wording in the sentence with the gap: "HIV" says
    # "human immunodeficiency virus", and the "virus" of the next item does not say it again.
    ("Chronic infection (for example, malaria, human immunodeficiency virus, hepatitis B virus, or influenza virus)",
     "You have a chronic infection. For example, malaria, HIV, hepatitis B virus, or influenza virus."),
    # A number the fact rules cannot read ("1.5X10^9") is the fact checks' business, not a list item's.
    ("Adequate function: neutrophils greater than or equal to 1.5X10^9/L, platelets greater than or equal to "
     "75X10^9/L, and hemoglobin greater than or equal to 9 g/dL",
     "You have good enough function: neutrophils 1.5 × 10^9/L or more, platelets 75 × 10^9/L or more, and "
     "hemoglobin 9 g/dL or more."),
])
def test_a_faithful_bullet_is_clean_where_a_neighbour_or_a_number_could_close_a_false_gap(source: str,
                                                                                         bullet: str) -> None:
    assert dropped(source, bullet) == []


@pytest.mark.parametrize(("bullet", "left_out"), [
    # The list of examples put as a sentence of its own, or kept in brackets, opens with the second example.
    ("You have an allergic condition. For example, eczema or hay fever.", ["asthma"]),
    ("You have an allergic condition (such as eczema or hay fever).", ["asthma"]),
    # Every example said, or the first one reworded: nothing left out.
    ("You have an allergic condition. For example, asthma, eczema or hay fever.", []),
    ("You have an allergic condition. For example, wheezing lungs, eczema or hay fever.", []),
])
def test_the_first_example_of_a_bracketed_list_left_out(bullet: str, left_out: list[str]) -> None:
    assert dropped("An allergic condition (e.g., asthma, eczema or hay fever)", bullet) == left_out


@pytest.mark.parametrize(("source", "faithful", "left_out", "items"), [
    # The item's neighbour after it ("social situations") is not said by the bullet in the source's words: the next
    # said word stands in for it, and the bullet ends before it.
    ("Uncontrolled illness including active infection or psychiatric illness/social situations that would limit "
     "compliance",
     "You have uncontrolled illness including active infection or mental illness/social situations that would limit "
     "compliance.",
     "You have uncontrolled illness including active infection.", ["psychiatric illness"]),
    # "other recreational drugs" left out, and its examples' first: the next said word ("heroin") stands in for it.
    ("Dependence on alcohol or other recreational drugs (including cocaine, heroin and cannabis)",
     "You depend on alcohol or other recreational drugs (including cocaine, heroin and cannabis).",
     "You depend on alcohol, heroin and cannabis.", ["other recreational drugs"]),
])
def test_an_item_left_out_beside_a_neighbour_said_otherwise(source: str, faithful: str, left_out: str,
                                                            items: list[str]) -> None:
    assert dropped(source, faithful) == []
    assert dropped(source, left_out) == items
