"""Lower reading grade, exactly (translator.offline_everyday), on real criteria: shorter everyday wordings that say
the same, and the contexts where each stays as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import rendered
from translator.fidelity import check_rendering, errors


def _bullet(nct_id: str, source: str) -> str:
    request, rendering, items = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert items[index].level == "rewrite"
    assert not errors(check_rendering(request, rendering))
    return rendering.bullets[index].text


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT00241358", "ALL in 1st or subsequent remission",
         "Acute lymphoblastic leukemia (ALL) in 1st or later remission or in relapse"),
        # the "that" goes with "provided": never "as long as that wound healing"
        ("NCT01016860", "Surgery: Previous surgery is permitted provided that",
         "Surgery: Past surgery is allowed as long as wound healing has occurred before start of treatment."),
        ("NCT00279201", "Must not have used insulin on a regular basis", "insulin regularly in the last 12 months"),
        ("NCT02104700", "Requirement for any current medications", "Need for any current medicines"),
        ("NCT03106610", "Subjects with a condition requiring systemic treatment with either",
         "are allowed without active autoimmune disease."),
        ("NCT01849276", "Has NOT been naturally postmenopausal for at least 12 consecutive months",
         "for at least 12 months in a row (that is,"),
        ("NCT02397096", "Receiving antiretroviral therapy", "rilpivirine) together with 2 NRTIs"),
    ],
)
def test_an_everyday_wording_says_the_same(nct_id: str, source: str, plain: str) -> None:
    assert plain in _bullet(nct_id, source)


def test_a_window_keeps_its_words() -> None:
    # "within the later 6 months" reads to the check as another window: the criterion fell back a level
    text = _bullet("NCT02269085", "The patient has a prior or concurrent malignancy that in the opinion")
    assert "within the subsequent 6 months" in text


def test_a_window_keeps_consecutive_with_its_anchor() -> None:
    # "within 5 days in a row after joining" reads to the check as another window: the criterion fell back a level
    text = _bullet("NCT01339039", "Protocol treatment must begin within 5 consecutive days")
    assert "within 5 consecutive days after joining the study" in text
