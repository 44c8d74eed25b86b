"""Session 55 (plain33): "including, but not limited to:" before a list said as "including" (offline_plain), on
corpus criteria: "including" never closed a list, and the colon goes where the list goes on to the next line."""

from __future__ import annotations

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def test_not_limited_to_before_a_colon_goes() -> None:
    assert said(
        "Active acute or chronic infection, including, but not limited to: upper airway infection, urinary tract "
        "infection, and skin infection.",
        EXC,
    ) == (
        "You have an active acute or chronic infection. This includes upper airway infection, urinary tract "
        "infection, and skin infection."
    )
    assert said("Prohibited medications include, but are not limited to: St. John wort and rifampin.", EXC) == (
        "Prohibited medicines include St. John wort and rifampin."
    )
    # the items follow on their own lines: the colon stays to open them
    assert said("Any other serious illness or disorder, including but not limited to:", EXC) == (
        "You have any other serious illness or disorder, including:"
    )


def test_a_bracketed_not_limited_to_stays() -> None:
    assert "(but are not limited to)" in said(
        "Exclusionary conditions include (but are not limited to): severe asthma or COPD.", EXC
    )
