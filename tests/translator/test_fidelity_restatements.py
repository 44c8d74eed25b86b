"""A bullet fact restates one source fact: a copy of one source fact does not also stand for another it is
`equivalent` to ("no fewer than 14 days" for "for at least 2 weeks")."""

from __future__ import annotations

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors

_SOURCE = ("Stable dose of corticosteroids for at least 2 weeks and a washout period of no fewer than 14 days from "
           "prior chemotherapy.")


def _checks(source: str, *bullets: str) -> list[str]:
    request = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=text, refs=["1"]) for text in bullets])
    return [f.check for f in errors(check_rendering(request, rendering))]


def test_both_windows_kept_is_faithful() -> None:
    assert _checks(_SOURCE, "You have taken the same dose of corticosteroids for at least 2 weeks, and a washout "
                            "period of no fewer than 14 days from past chemotherapy.") == []


def test_a_window_dropped_is_not_restated_by_the_copy_of_another_fact() -> None:
    # "for at least 2 weeks" (a window) and "no fewer than 14 days" (a value) are the same amount, but the bullet's
    # "no fewer than 14 days" is the copy of the source's value: the stable dose's window is gone.
    assert _checks(_SOURCE, "You have taken the same dose of corticosteroids, and a washout period of no fewer than "
                            "14 days from past chemotherapy.") == ["fact_missing"]


def test_a_window_reworded_into_the_same_amount_is_faithful() -> None:
    # The window said in days beside the value: each source fact has its own copy.
    assert _checks(_SOURCE, "You have taken the same dose of corticosteroids for at least 14 days, and a washout "
                            "period of no fewer than 14 days from past chemotherapy.") == []


def test_a_copy_said_once_for_one_fact_only_still_restates_a_lone_fact() -> None:
    # With no other source fact to claim it, a value restates a window as before ("< 3 months" for "for less than
    # 3 months").
    assert _checks("Disease duration < 3 months.", "You have had the disease for less than 3 months.") == []
