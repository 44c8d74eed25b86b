"""Openings on "Needing"/"Requiring" and "Meeting … criteria", put to the reader as what one needs or meets now
(translator.offline_participles); not with a window in the past, where the present would guess at the tense."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(("source", "kind", "bullet"), [
    ("Requiring chronic treatment with benzodiazepines", EXC, "You need chronic treatment with benzodiazepines."),
    ("requiring treatment with systemic corticosteroids", EXC, "You need treatment with systemic corticosteroids."),
    ("Meeting DSM-IV criteria for PTSD.", INC,
     "You meet Diagnostic and Statistical Manual of Mental Disorders (DSM-IV) criteria for post-traumatic stress"
     " disorder (PTSD)."),
    ("Meeting McDonald's criteria for MS diagnosis;", INC,
     "You meet McDonald's criteria for multiple sclerosis (MS) diagnosis."),
    # near-misses: a window in the past, an alternative after the gerund, a "to" of its own
    ("Requiring oxygen in the past 3 months", EXC, "Needing oxygen in the past 3 months"),
    ("Requiring, or likely to require, surgery", EXC, "Needing, or likely to need, surgery"),
    ("Needing to be hospitalized", EXC, "Needing to be hospitalized"),
])
def test_gerund_openings(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet
