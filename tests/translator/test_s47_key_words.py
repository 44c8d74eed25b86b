"""A word that narrows what a criterion is about (metastatic, symptomatic, allogeneic, live, intravenous,
uncontrolled, refractory, relapsed, untreated, bilateral…) said by no bullet is an error; its plain wordings say it."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "lossy"),
    [
        ("Symptomatic brain metastases", "You have brain metastases."),
        ("Has received a live vaccine within 30 days", "You have received a vaccine within 30 days."),
        ("Prior allogeneic stem cell transplant", "You have had a stem cell transplant."),
        ("Metastatic breast cancer", "You have breast cancer."),
        ("Intravenous antibiotics within 2 weeks", "You have had antibiotics within 2 weeks."),
        ("Uncontrolled diabetes", "You have diabetes."),
        ("Relapsed or refractory multiple myeloma", "You have multiple myeloma."),
        ("Untreated hypothyroidism", "You have an underactive thyroid."),
        ("Bilateral hip replacement", "You have had a hip replacement."),
    ],
)
@pytest.mark.parametrize("kind", [INC, EXC])
def test_a_key_word_said_nowhere_is_content_missing(source: str, lossy: str, kind: SectionKind) -> None:
    assert "content_missing" in checks(source, lossy, kind)


@pytest.mark.parametrize(
    ("source", "faithful"),
    [
        ("Symptomatic brain metastases", "You have brain metastases that cause symptoms."),
        ("Asymptomatic brain metastases allowed", "Brain metastases that cause no symptoms are allowed."),
        ("Has received a live vaccine within 30 days", "You have received a live vaccine within 30 days."),
        ("Prior allogeneic stem cell transplant", "You have had a stem cell transplant from a donor."),
        ("Metastatic breast cancer", "You have breast cancer that has spread."),
        ("Intravenous antibiotics within 2 weeks", "You have had antibiotics into a vein within 2 weeks."),
        ("Uncontrolled diabetes", "You have diabetes that is not under control."),
        ("Relapsed or refractory multiple myeloma",
         "Your multiple myeloma came back or did not respond to treatment."),
        ("Untreated hypothyroidism", "You have an underactive thyroid that has not been treated."),
        ("Bilateral hip replacement", "You have had both hips replaced."),
        ("Seasonal allergic rhinitis", "You have seasonal hay fever."),
    ],
)
def test_the_word_or_a_plain_wording_said_is_no_error(source: str, faithful: str) -> None:
    assert "content_missing" not in checks(source, faithful, EXC)
