"""A section whose only line says it has none ("Exclusion Criteria: None") is said as an empty list, not as a stray
word; under a heading the word stays the rule it is."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors
from translator.offline import OfflineBackend


@pytest.mark.parametrize("source", ["None", "none", "None.", "Not applicable"])
@pytest.mark.parametrize("kind", [SectionKind.INCLUSION, SectionKind.EXCLUSION])
def test_a_list_with_none_says_none_are_listed(source: str, kind: SectionKind) -> None:
    assert said(source, kind) == "None are listed."


@pytest.mark.parametrize("source", ["Nonetheless eligible", "None of the above"])
def test_other_short_words_keep_their_own(source: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == source


def test_none_under_a_heading_is_the_rule_itself() -> None:
    request = CriterionRequest(
        kind=SectionKind.EXCLUSION,
        items=[RequestItem(ref="1", text="Prior chemotherapy:"), RequestItem(ref="1.1", text="None")],
    )
    rendering = OfflineBackend().render(request)
    assert "None are listed" not in " ".join(b.text for b in rendering.bullets)
    assert not errors(check_rendering(request, rendering))
