"""What a threshold measures, dropped from a bullet: caught (translator.fidelity_measured_names); faithful wordings
that say it in other words stay silent."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import INC, checks


@pytest.mark.parametrize(
    ("source", "lost"),
    [
        ("Hemoglobin ≥ 9 g/dL and platelets ≥ 100,000/mm3", "9 g/dL or more and platelets 100,000/mm3 or more"),
        ("19 ≤ BMI index ≤ 30", "19 to 30"),
        ("140mmHg <= sitSBP <= 200mmHg", "140 to 200 mmHg"),
        ("Serum creatinine ≤ 1.5 mg/dL", "1.5 mg/dL or less"),
        ("95 mmHg < SBP <160 mmHg", "more than 95 mmHg and less than 160 mmHg"),
    ],
)
def test_a_value_said_without_its_name_is_an_error(source: str, lost: str) -> None:
    assert "content_missing" in checks(source, lost, INC)


@pytest.mark.parametrize(
    ("source", "faithful"),
    [
        ("Hgb ≥ 9 g/dL", "Your hemoglobin is 9 g/dL or more."),
        ("Serum creatinine ≤ 1.5 mg/dL", "Your creatinine is 1.5 mg/dL or less."),
        ("19 ≤ BMI index ≤ 30", "Your BMI is between 19 and 30, including 19 and 30."),
        ("Respiratory Frequency > 20 / min", "Your breathing rate is above 20 a minute."),
        ("use contraceptive methods with a failure rate of <1% per year",
         "use birth control that fails less than 1% of the time per year"),
        ("Participants need to demonstrate a ≥70% compliance for Asthma Daily Diary.",
         "You need to fill in at least 70% of your Asthma Daily Diary."),
        ("Age ≥ 18 years", "You are 18 years or older."),
        ("unresectable stage III or IV melanoma", "stage III or IV melanoma that cannot be removed with surgery"),
    ],
)
def test_a_name_said_in_other_words_is_no_loss(source: str, faithful: str) -> None:
    assert "content_missing" not in checks(source, faithful, INC)
