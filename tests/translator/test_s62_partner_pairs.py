"""The short pair "Pregnant or nursing female or male with pregnant female partner" said to one reader of either sex,
the pair kept as one phrase; only as the whole exclusion criterion."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT02738333, NCT02480712, NCT01604850, NCT02600351
            "Pregnant or nursing female or male with pregnant female partner",
            "You are a pregnant or breastfeeding female or a male with a pregnant female partner.",
        ),
        (
            "Pregnant or breastfeeding women, or men with pregnant partners.",
            "You are a pregnant or breastfeeding woman, or a man with a pregnant partner.",
        ),
    ],
)
def test_the_short_pair_is_said_to_the_reader(source: str, plain: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # an inclusion: being one of them would become a requirement
        ("Pregnant or nursing female or male with pregnant female partner", SectionKind.INCLUSION),
        # a third item after the partner: the pair is not the whole criterion
        ("Pregnant or nursing female or male with pregnant female partner or sperm donation", SectionKind.EXCLUSION),
    ],
)
def test_other_shapes_keep_their_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You")
