"""A suffix bound before a bracketed bound stays with the words before it (session 36, translator.quantities):
"High or above (> 60 g for men …)" is a level "High or above" that the bracket defines, not one bound said twice.
Before, the fact ran "above (> 60 g" and the bullet lost "above" and kept a lone closing bracket."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import Comparator, extract_facts


def test_the_bracketed_bound_is_its_own_fact() -> None:
    text = "Risk level of High or above (> 60 g per day)"
    facts = [(text[f.start : f.end], f.comparator) for f in extract_facts(text)]
    assert ("> 60 g", Comparator.GT) in facts


def test_a_bound_said_twice_is_still_one_fact() -> None:
    text = "a minimum of at least 3 cycles"
    assert [text[f.start : f.end] for f in extract_facts(text)] == ["a minimum of at least 3"]


def test_the_bullet_keeps_the_level_and_its_bracket() -> None:
    # NCT02364947
    source = (
        "The patient has a drinking risk level of High or above (> 60 g for men and > 40 g for women) both at the "
        "Screening Visit and at the Randomization Visit ."
    )
    assert said(source, SectionKind.INCLUSION) == (
        "You have a drinking risk level of High or above (more than 60 g for men and more than 40 g for women) both "
        "at the Screening Visit and at the Randomization Visit."
    )
