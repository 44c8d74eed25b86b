"""Session 47, you27: what the reader is eligible (or a candidate) for, said to the reader ("Eligible for autologous
stem cell transplant" → "You are eligible for …"), and the study's own verdict left as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_eligible_for import eligible_for

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("Eligible for autologous stem cell transplant",  # NCT02568683
     "You are eligible for autologous stem cell transplant."),
    ("Ineligible for chemotherapy", "You are ineligible for chemotherapy."),  # NCT00362713
    ("Not eligible for radiosurgery", "You are not eligible for radiosurgery."),  # NCT00469937
    ("Candidate for treatment with docetaxel", "You are a candidate for treatment with docetaxel."),  # NCT00291577
    ("Candidates for preoperative radiotherapy.",  # NCT00158886
     "You are a candidate for preoperative radiation treatment."),
    ("Good candidates for corneal transplantation for either DMEK or DSAEK",  # NCT02373137
     "You are a good candidate for corneal transplant for either DMEK or DSAEK."),
    ("Eligible for long-term follow-up for at least one year and be able to tolerate biopsies.",  # NCT00571974
     "You are eligible for long-term follow-up for at least one year. You are also able to tolerate biopsies."),
    ("Ineligible to receive treatment with auto-SCT due to age (≥65 years old)",  # NCT02579863
     "You are ineligible to get treatment with auto-SCT due to age (65 years or older)."),
])
def test_what_the_reader_is_eligible_for(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # the study's verdict, not a fact about the reader
    "Eligible for enrollment in the study",
    "Eligible for this study",
    "Not eligible as per the above inclusion criteria",  # NCT06252142
    "Eligible to participate in the trial",
    "Candidate for inclusion in Part B",
    # someone else named: whose eligibility it is may be theirs
    "Eligible for donation as a sibling donor",
])
def test_a_verdict_or_someone_else_keeps_its_words(text: str) -> None:
    assert eligible_for(text) == []
    assert not said(text, INC).startswith("You")
