"""Offline bullets that changed when the fact readings of test_fact_gaps closed their gaps: a score after an age is
worded as a score, not as years ("with ECOG of 0-1" read "0 to 1 year old"); a comma list of numbers keeps its
commas, since two numbers joined by a comma are two values ("Cohorts 1, 2, & 3" read "Cohorts 1 to 2, & 3", and
"(67, 68)" read "(67 to 68)"); a range the value lies outside of, and a window sharing its anchor with a second
relation, keep their meaning. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a bare score after an age: the score's number, not years
    ("NCT00517595", "Patient ≥ 65 years of age with ECOG of 0 to 1", INC,
     "You are 65 years or older with ECOG of 0 to 1."),
    ("NCT02780804", "Karnofsky >= 50% for patients > 16 years of age and Lansky >= 50 for patients =< 16 years of age",
     INC, "Your Karnofsky score is 50% or more for patients older than 16 years and Lansky 50 or more for patients "
     "16 years or younger."),
    # negative: a number with its own years after a score's name stays the patients' age
    ("NCT04250064", "Performance Score: KPS > 12 y/o >/= 50 or LPS for < 12y >/= 50 assessed at enrollment.",
     INC, "Performance Score: Karnofsky Performance Status (KPS) older than 12 years 50 or more or LPS for less than "
     "12y 50 or more checked when joining the study."),
    # a comma list of numbers is its values
    ("NCT01933594", "Cohorts 1, 2, & 3", INC, "Cohorts 1, 2, & 3"),
    # negative: a consecutive list with its conjunction is still a range
    ("NCT00115765", "ECOG performance status of 0 or 1", INC, "Your ECOG performance status is 0 or 1."),
    # outside a range, and a window whose anchor follows a second relation, keep their meaning
    ("NCT01568775", "Hemoglobin levels outside 11-14 mg/dL", EXC, "Hemoglobin levels outside 11-14 mg/dL"),
    ("NCT00293371", "No bisphosphonate initiation for 1 month prior to and during study treatment", EXC,
     "You have no bisphosphonate initiation for 1 month before and during study treatment."),
])
def test_bullets_after_the_fact_gaps(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id
