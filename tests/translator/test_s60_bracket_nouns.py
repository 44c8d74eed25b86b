"""A noun the source put after an abbreviation is said once when the abbreviation is spelled out before it."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (  # the lexicon's expansion ends in the noun that follows the abbreviation
            "Cardiac function on pretreatment MUGA scan or echocardiogram that is considered normal by institutional "
            "standards.",
            "Heart function on pretreatment multigated acquisition scan (MUGA) or heart ultrasound that is considered "
            "normal by institutional standards.",
        ),
        (
            "This is a requirement only for entry into the MTD dose expansion phase.",
            "This is a requirement only for entry into the maximum tolerated dose (MTD) expansion phase.",
        ),
        (  # the plain word for "therapy" meets the source's own "treatment" after the bracket
            "Subject requires or has had electroconvulsive therapy (ECT) treatment in the 2-month period prior to "
            "screening",
            "You need or have had electroconvulsive treatment (ECT) in the 2 months before screening.",
        ),
    ],
)
def test_the_noun_is_said_once(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet


def test_a_word_glued_to_the_repeat_is_another_word() -> None:
    # "M-protein" is not the "M" of "immunoglobulin M": both stay
    source = "Measurable levels of monoclonal protein (M protein): > 1 g/dL of IgG or IgM M-protein"
    assert said(source, SectionKind.INCLUSION) == (
        "Your measurable levels of monoclonal protein (M protein) are more than 1 g/dL of immunoglobulin G (IgG) or "
        "immunoglobulin M (IgM) M-protein."
    )
