"""Chia's records fill an empty list with "NA" (38 criteria): the bullet says that none are listed, as for "None" and
"Not applicable", and the checks take it as the same statement."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.offline import OfflineBackend


@pytest.mark.parametrize("source", ["NA", "N/A", "n/a.", "NA."])
@pytest.mark.parametrize("kind", [SectionKind.INCLUSION, SectionKind.EXCLUSION])
def test_na_says_none_are_listed(source: str, kind: SectionKind) -> None:
    assert said(source, kind) == "None are listed."


@pytest.mark.parametrize("kind", [INC, EXC])
def test_a_rule_stated_for_na_is_still_an_error(kind: SectionKind) -> None:
    assert "content_invented" in checks("NA", "You have diabetes.", kind)
    assert checks("NA", "None are listed.", kind) == []


@pytest.mark.parametrize("source", ["NAFLD", "NA level under 130 mmol/L", "Nausea"])
def test_words_beginning_with_na_keep_their_own(source: str) -> None:
    assert "None are listed" not in said(source, SectionKind.EXCLUSION)


def test_na_under_a_heading_keeps_its_letters() -> None:
    request = CriterionRequest(
        kind=SectionKind.EXCLUSION,
        items=[RequestItem(ref="1", text="Prior chemotherapy:"), RequestItem(ref="1.1", text="NA")],
    )
    rendering = OfflineBackend().render(request)
    assert rendering.bullets[1].text == "NA"
