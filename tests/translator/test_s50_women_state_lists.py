"""An exclusion of women by a list of states only a woman can be in, put to the reader (you30,
offline_women_state_lists): every item a pregnancy, breastfeeding or childbearing state, each item's verb agreeing
with "you"; a list with an item a man could be in, another group, or a comma that may restrict rather than list keeps
its words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Women who are pregnant or plan to become pregnant or who are lactating",
            "You are pregnant or plan to get pregnant or are breastfeeding.",
        ),
        (
            "Females who are pregnant or nursing, or who are of childbearing potential and unwilling to use at least 2 "
            "methods of highly effective contraception (failure rate less than 1% per year)",
            "You are pregnant or breastfeeding, or are able to get pregnant and unwilling to use at least 2 methods of "
            "highly effective contraception (failure rate less than 1% per year).",
        ),
        (
            "Women who are pregnant, nursing, or of child-bearing potential who are unwilling to use appropriate "
            "method(s) of contraception.",
            "You are pregnant, breastfeeding, or able to get pregnant and are not willing to use appropriate method(s) "
            "of birth control.",
        ),
        (
            "Female subjects who are pregnant (positive urine pregnancy test), breast feeding, or who are of "
            "childbearing potential and not practicing a reliable method of birth control",
            "You are pregnant (positive urine pregnancy test), breastfeeding, or are able to get pregnant and not "
            "practicing a reliable method of birth control.",
        ),
    ],
)
def test_a_list_of_states_only_a_woman_has_is_the_readers(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # "who are of childbearing potential" after a bare comma may restrict the first states: not surely a list
        "Female patients who are breastfeeding or pregnant, who are of childbearing potential.",
        # the list's own verdict: no "You are pregnant or breastfeeding are excluded"
        "females that are pregnant or breastfeeding are excluded",
        # (adults of reproductive potential may be men: a second group, said as its own by offline_pregnancy_groups,
        # "… Or you are an adult able to have children and are not using …": tests/translator/test_s55_narrowed_groups)
    ],
)
def test_a_list_with_a_second_group_a_verdict_or_a_restriction_keeps_its_words(source: str) -> None:
    assert not said(source, EXC).startswith("You are pregnant")


def test_an_earlier_rules_wording_stands() -> None:
    # the rule is tried last: where another rule put the list to the reader, its wording stands ("You are female and
    # are …"); the study's reason stays a sentence of its own (offline_reasons), not a state of the reader's
    assert said(
        "Female who is pregnant, breast-feeding or intends to become pregnant or is of child-bearing potential and not "
        "using an adequate contraceptive method",
        EXC,
    ) == (
        "You are female and are pregnant, breastfeeding or plan to get pregnant or are able to get pregnant and not "
        "using a good enough birth control method."
    )
    assert said("Women who are pregnant or breast feeding because of teratogenic potential.", EXC) == (
        "You are pregnant or breastfeeding. This is because of teratogenic potential."
    )


def test_an_inclusion_keeps_its_words() -> None:
    source = (
        "Females who are pregnant or nursing, or who are of childbearing potential and unwilling to use contraception"
    )
    assert not said(source, INC).startswith("You are pregnant")
