"""A heart-failure class named bare after its condition ("Heart failure NYHA III to IV") is the condition's class,
no lab value of the reader's: the rewrite keeps it as written instead of "Your heart failure NYHA is III to IV"
(which the checks refused, so the whole criterion fell back a level)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts


def _rendered(text: str, kind: SectionKind) -> tuple[str, str]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=text, facts=extract_facts(text))])
    _, items = backend().render_items(request)
    return items[0].bullet.text, items[0].level


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Heart failure NYHA III to IV", "Heart failure NYHA III to IV"),  # Chia NCT02797548
        ("congestive heart failure NYHA III-IV", "Congestive heart failure NYHA III-IV"),  # Chia NCT02744976
    ],
)
def test_a_bare_class_after_its_condition_stays_the_conditions(source: str, plain: str) -> None:
    assert _rendered(source, SectionKind.EXCLUSION) == (plain, "rewrite")


def test_a_lab_value_after_a_scale_is_still_the_readers() -> None:
    # a number with a unit is a value the reader has, said as theirs
    text, level = _rendered("Creatinine < 2.0 x ULN", SectionKind.INCLUSION)
    assert (text, level) == ("Your creatinine is less than 2 times the upper limit of normal.", "rewrite")
