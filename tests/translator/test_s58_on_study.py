"""'prior to registration on study' (no article) is 'before joining the study', as '… on the study' is: it was said
'before joining the study on study', which the checks now catch as an invented 'on study'."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import INC, checks
from tests.translator.test_offline import said


@pytest.mark.parametrize(("source", "expected"), [
    ("Patients must have given signed, informed consent prior to registration on study.",
     "You must have given signed, informed consent before joining the study."),
    ("Patients must have a signed informed consent form prior to enrollment on study.",
     "You must have a signed informed consent form before joining the study."),
    ("Must be 18 years of age or older at the time of enrollment into trial",
     "You must be 18 years of age or older when joining the study."),
])
def test_joining_a_study_named_without_its_article(source: str, expected: str) -> None:
    assert said(source, INC) == expected
    assert checks(source, expected, INC) == []
