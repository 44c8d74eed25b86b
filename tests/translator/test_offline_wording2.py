"""Two wordings the audits left, said right to the reader: a closing group that narrows whom a duty is for, said
first as a condition ("You have a negative pregnancy test for women who can become pregnant" → "If you can become
pregnant, you have a negative pregnancy test"; translator.offline_group_conditions), and an event in a window that
looks back said in the past ("You have stroke in the 3 months before X" → "You have had a stroke …";
translator.offline_past_events). With the cases that must keep their words. `said` also checks that the fidelity
check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_group_conditions import group_first
from translator.offline_past_events import had_events

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00144963", "Negative pregnancy test in females of childbearing potential.", INC,
     "If you can get pregnant, you have a negative pregnancy test."),
    ("NCT00445458", "Negative pregnancy test for female subjects", INC,
     "If you are female, you have a negative pregnancy test."),
    ("NCT01174550", "Negative urine/serum pregnancy test for female subjects of child-bearing potential", INC,
     "If you are able to get pregnant, you have a negative urine/serum pregnancy test."),
    ("NCT02938273", "Have a negative serum pregnancy test at screening (for females of childbearing potential)", INC,
     "If you can get pregnant, you have a negative serum pregnancy test at screening."),
    ("NCT02801487", "Willing to accept adequate contraception for women with childbearing potential", INC,
     "If you can get pregnant, you are willing to accept good enough birth control."),
    # two groups, each with its own value or duty: as written
    ("NCT01525628", "Hemoglobin < 12 g/dL for women and < 13 g/dL for men", EXC,
     "Your hemoglobin is less than 12 g/dL for women and less than 13 g/dL for men."),
    ("NCT00090051", "Negative serum pregnancy test for both pre-menopausal women and for women who are < 2 years "
     "after the onset of menopause", INC,
     "You have a negative serum pregnancy test for both pre-menopausal women and for women who are less than 2 years "
     "after the onset of menopause."),
])
def test_a_closing_group_is_said_first(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00405548", "Myocardial Infarction (MI) within 3 months of screening", EXC,
     "You have had a heart attack within 3 months of screening."),
    ("NCT00372216", "Stroke or TIA within 3 months", EXC,
     "You have had a stroke or transient ischemic attack (TIA) within 3 months."),
    ("NCT01007253", "Upper respiratory infection within 14 days of study start.", EXC,
     "You have had an upper respiratory infection within 14 days of study start."),
    ("NCT00099463", "Serious angioedema episodes within the previous 3 years or requiring medication in the "
     "previous 2 years", EXC,
     "You have had serious angioedema episodes within the past 3 years or needing medicine in the past 2 years."),
    ("NCT02165826", "Has at least one documented COPD exacerbation within one year prior to Screening", INC,
     "You have had at least one recorded COPD flare-up in the 1 year before Screening."),
    # a state among the events, or after the window, keeps the present
    ("NCT01474083", "Subjects with type 1 diabetes, heart attack or stroke in the past 6 months", EXC,
     "You have type 1 diabetes, a heart attack or stroke in the past 6 months."),
    ("NCT01416038", "Acute infection requiring antibiotics within 4 weeks of study entry or a chronic infection", EXC,
     "You have an acute infection needing antibiotics within 4 weeks of study entry or a chronic infection."),
    # a window from an event that is now, not before the study
    ("NCT00415610", "Ischemic stroke within 4 weeks of presentation.", EXC,
     "You have an ischemic stroke within 4 weeks of presentation."),
])
def test_an_event_in_a_window_before_the_study_is_past(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("bullet", "kind", "plain"), [
    ("You have active infection within 2 weeks of screening.", EXC, None),  # a state that goes on
    ("You have undergone major surgery in the 4 weeks before joining the study.", EXC, None),  # "had" is said
    ("You have received chemotherapy in the 4 weeks before the first dose.", EXC, None),
    ("You have a heart attack within 24 hours of symptom onset.", EXC, None),  # the window is from now
    ("You have a stroke within 3 months.", INC, None),  # a bare window in an inclusion may be the present event's
    ("You have documented opportunistic infections in the 60 days before entry.", EXC,
     "You have had documented opportunistic infections in the 60 days before entry."),
    ("You have urinary tract infection in the last 2 weeks.", EXC,
     "You have had urinary tract infection in the last 2 weeks."),  # "a"/"an" unsure from the spelling: none
    ("You have major surgery in the 28 days before trial enrollment.", EXC,
     "You have had major surgery in the 28 days before trial enrollment."),  # a mass noun: no article
])
def test_had_events_on_composed_bullets(bullet: str, kind: SectionKind, plain: str | None) -> None:
    assert had_events(bullet, kind) == (plain or bullet)


@pytest.mark.parametrize(("bullet", "plain"), [
    ("You have a negative pregnancy test for men.", "If you are male, you have a negative pregnancy test."),
    ("You have a positive pregnancy test for women who can become pregnant at the screening or enrolment visit.",
     "If you can become pregnant, you have a positive pregnancy test at the screening or enrolment visit."),
    ("You have a negative pregnancy test (for all females) at Screening and Day -1.",
     "If you are female, you have a negative pregnancy test at Screening and Day -1."),
    ("You have a negative pregnancy test for women who can become pregnant (serum or urine beta-HCG).",
     "If you can become pregnant, you have a negative pregnancy test (serum or urine beta-HCG)."),
    ("You have a negative pregnancy test for women who are over 50.", None),  # a qualification not said whole
    ("You have a negative pregnancy test, for women who can become pregnant only.", None),  # "only" not said
    ("You use birth control (for women who can become pregnant and men).", None),  # two groups
    ("Your hemoglobin is 11 g/dL or more for women.", None),  # a value, not the reader's duty
    ("You have a negative test. You must use birth control for women.", None),  # two sentences
    ("You have creatinine above 1.1 mg/dL for females and above 1.3 mg/dL for males.", None),
])
def test_group_first_on_composed_bullets(bullet: str, plain: str | None) -> None:
    assert group_first(bullet) == (plain or bullet)
