"""Adults "of reproductive potential" and women "with childbearing potential": narrowed groups put to the reader
(corpus text)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # NCT00827567: the NCI exclusion of two groups, the second now said as the reader too
        (
            "Female patients who are pregnant or breast feeding, or adults of reproductive potential who are not "
            "using effective birth control methods.",
            EXC,
            "You are pregnant or breastfeeding. Or you are an adult able to have children and are not using "
            "effective birth control methods.",
        ),
        # NCT01602952
        (
            "Patients who are pregnant or breast-feeding or adults of reproductive potential not employing an "
            "effective method of birth control",
            EXC,
            "You are pregnant or breastfeeding. Or you are an adult able to have children and are not employing an "
            "effective method of birth control.",
        ),
        # NCT02288325: "with childbearing potential" says what "of childbearing potential" does
        (
            "Women who are pregnant, women who will be breastfeeding during the study, and women with childbearing "
            "potential who are not practicing a reliable method of birth control",
            EXC,
            "You are pregnant, or you are a woman who will be breastfeeding during the study, or you are a woman who "
            "can get pregnant and are not practicing a reliable method of birth control.",
        ),
        # NCT02831764
        (
            "Women with reproductive potential agree to follow one of the protocol-defined methods for avoiding "
            "pregnancy",
            INC,
            "If you are a woman able to have children, you agree to follow one of the protocol-defined methods for "
            "avoiding pregnancy.",
        ),
    ],
)
def test_a_narrowed_group_is_said_to_the_reader_with_its_narrowing(text: str, kind: SectionKind, expected: str) -> None:
    assert said(text, kind) == expected


def test_an_adult_takes_an() -> None:
    text = "Adults of reproductive potential who are not using effective birth control methods."
    expected = "You are an adult able to have children and are not using effective birth control methods."
    assert said(text, EXC) == expected


def test_a_group_beside_another_keeps_its_words() -> None:
    # men named beside the narrowed group: one condition may be meant of both, so no "you" is said
    text = (
        "Women of childbearing potential and men with sexual partners of child bearing potential who are not using "
        "adequate contraception."
    )
    assert not said(text, EXC).startswith("You")
