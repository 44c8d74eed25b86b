"""The scratch fidelity checks (delete with translator/fidelity_stub.py when the real one is wired in)."""

from __future__ import annotations

import pytest

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.fidelity_stub import check_rendering, numbers

REQUEST = CriterionRequest(
    kind=SectionKind.EXCLUSION,
    items=[
        RequestItem(ref="1", text="Any of the following:"),
        RequestItem(ref="1.1", text="Platelets < 100,000/mm3"),
        RequestItem(ref="1.2", text="No prior therapy within 4 weeks"),
    ],
)
FAITHFUL = [
    ("You have at least one of these:", ["1"]),
    ("Your platelet count is under 100,000 per mm3.", ["1.1"]),
    ("You have not had any treatment in the last 4 weeks.", ["1.2"]),
]


def checks(bullets: list[tuple[str, list[str]]]) -> list[tuple[str, str]]:
    rendering = Rendering(bullets=[RenderedBullet(text=text, refs=refs) for text, refs in bullets])
    return [(f.check, f.message) for f in check_rendering(REQUEST, rendering)]


def test_check_rendering_passes_faithful_bullets() -> None:
    assert checks(FAITHFUL) == []


@pytest.mark.parametrize(
    ("index", "bullet", "check", "message"),
    [
        (1, ("Your platelet count is under 150,000 per mm3.", ["1.1"]), "number_invented", "the number 150000"),
        (1, ("Your platelet count is under 150,000 per mm3.", ["1.1"]), "fact_missing", "the number 100000"),
        (2, ("You have had treatment in the last 4 weeks.", ["1.2"]), "negation_dropped", "negated"),
        (2, ("You have not had treatment in the last 4 weeks.", ["1.3"]), "unknown_ref", "cites '1.3'"),
        (2, ("You have not had treatment in the last 4 weeks.", ["1.3"]), "item_not_covered", "Item [1.2]"),
    ],
)
def test_check_rendering_finds_error(index: int, bullet: tuple[str, list[str]], check: str, message: str) -> None:
    bullets = list(FAITHFUL)
    bullets[index] = bullet
    assert any(found == check and message in text for found, text in checks(bullets))


def test_numbers_normalise_separators_and_words() -> None:
    assert numbers("Platelets ≥ 100,000/mm3 for six weeks, 2.50 mg") == {"100000", "3", "6", "2.5"}


def test_check_rendering_allows_digit_for_one_but_not_new_numbers() -> None:
    request = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text="At least one prior line")])
    ok = Rendering(bullets=[RenderedBullet(text="You have had at least 1 earlier treatment.", refs=["1"])])
    bad = Rendering(bullets=[RenderedBullet(text="You have had at least 2 earlier treatments.", refs=["1"])])
    assert check_rendering(request, ok) == []
    assert [f.check for f in check_rendering(request, bad)] == ["number_invented"]


def test_check_rendering_uses_negation_facts() -> None:
    negation = Fact(kind=FactKind.NEGATION, start=0, end=7, text="Free of", cue="free of")
    request = CriterionRequest(
        kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text="Free of disease", facts=[negation])]
    )
    flipped = Rendering(bullets=[RenderedBullet(text="You have the disease.", refs=["1"])])
    kept = Rendering(bullets=[RenderedBullet(text="You do not have the disease.", refs=["1"])])
    assert [f.check for f in check_rendering(request, flipped)] == ["negation_dropped"]
    assert check_rendering(request, kept) == []
