"""A lead-in the source leaves open ("Individuals who have a (1) …") ends with a colon, not a full stop."""

from __future__ import annotations

from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import build_requests


def _texts(raw: str) -> list[str]:
    backend = OfflineBackend()
    return [b.text for _, request in build_requests(parse_criteria(raw)) for b in backend.render(request).bullets]


def test_an_open_lead_in_over_sub_items_introduces_them() -> None:
    raw = (
        "Exclusion Criteria:\n\n- Individuals who have a (1) heart pacemaker, (2) metal fragment in the eye, and "
        "(3) metallic inner ear implants.\n"
    )
    texts = _texts(raw)
    assert texts[0] == "You have a:"  # not "You have a.", which reads as a whole rule
    assert len(texts) == 4 and texts[1].lower().startswith("heart pacemaker")


def test_a_lead_in_without_sub_items_or_with_its_own_stop_keeps_it() -> None:
    assert _texts("Exclusion Criteria:\n\n- Individuals who have a pacemaker\n") == ["You have a pacemaker."]
    closed = _texts("Inclusion Criteria:\n\n- Patients with cancer.\n  - Stage III\n  - Stage IV\n")
    assert closed[0].endswith(".") and not closed[0].endswith(":")
