"""Offline wordings the lead fixed in the session of 2026-12-06, 15:45."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "kind", "bullet"), [
    # a denial covers the risk joined to it: "or are at risk" would take the risk out of "never"
    ("No history of seizures or at risk of seizures", SectionKind.INCLUSION,
     "You have never had seizures or at risk of seizures."),
    ("No history of stroke or at high risk for stroke", SectionKind.EXCLUSION,
     "You have never had a stroke or at high risk for stroke."),
    # (not denied: the reader is at the risk)
    ("Severe depression or at suicidal risk", SectionKind.EXCLUSION,
     "You have severe depression or are at suicidal risk."),
    ("Diagnosed active endoparasitic infections or at high risk of these infections", SectionKind.EXCLUSION,
     "You have diagnosed active endoparasitic infections or are at high risk of these infections."),
])
def test_a_risk_joined_to_a_denial_stays_denied(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet
