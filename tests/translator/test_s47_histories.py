"""Session 47, plain27: the histories said as what was had (translator.offline_histories): a condition gerund, "any",
a count or a bracket after "history of", and after a modal; real corpus criteria, and the ones that keep "a history"."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("History of bleeding diathesis or coagulopathy;", EXC,
     "You have had bleeding diathesis or coagulopathy."),
    ("Subjects with a history of eating disorders like anorexia nervosa or bulimia nervosa", EXC,
     "You have had eating disorders like anorexia nervosa or bulimia nervosa."),
    ("Have a history of worsening HF within 30 days prior to screening as defined by:", EXC,
     "You have had worsening heart failure in the 30 days before screening as defined by:"),
    ("Participants with a history of any other cancer.", EXC, "You have had any other cancer."),
    ("Patient has a history of any abnormality on chest X-ray that could represent a malignancy", EXC,
     "You have had any abnormality on chest X-ray that could represent a cancer."),
    ("History of 1 or more severe hypoglycemic episodes", EXC, "You have had 1 or more severe hypoglycemic episodes."),
    ("History of 3 or more episodes of back or neck pain in the last 6 months excluding the current episode", EXC,
     "You have had 3 or more episodes of back or neck pain in the last 6 months excluding the current episode."),
    ("Subjects with a history of (noninfectious) pneumonitis that required steroids", EXC,
     "You have had (noninfectious) pneumonitis that needed steroids."),
    ("Must have history of allergic rhinitis", INC, "You must have had hay fever."),
    ("Patients must not have a history of allergic reactions attributed to compounds of similar chemical or biologic "
     "composition to afatinib and/or cetuximab", INC,
     "You must not have had allergic reactions attributed to compounds of similar chemical or biologic composition to "
     "afatinib and/or cetuximab."),
    ("Does not have a history of diabetes", INC, "You have not had diabetes."),
    # "not", not "never", beside a window
    ("Subject does not have history of status epilepticus in the previous 3 years.", INC,
     "You have not had status epilepticus in the past 3 years."),
    ("History of smoking in the past 6 months", EXC, "You have smoked in the past 6 months."),
    # "any history of" before a condition gerund (offline_example_words)
    ("Any history of bleeding diathesis or coagulopathy, including the use of warfarin.", EXC,
     "You have ever had bleeding diathesis or coagulopathy. This includes the use of warfarin."),
])  # fmt: skip
def test_histories_said_as_had(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "kind", "plain"), [
    # an act, not a condition
    ("Have a history of getting blood or blood products within the past 6 months", EXC,
     "You have a history of getting blood or blood products within the past 6 months."),
    # a rate: how often, not how many
    ("History of 3 to 8 migraine attacks per month", EXC, "You have a history of 3 to 8 migraine attacks per month."),
    # a singular event with no article ("had learning disorder", "had penetrating head injury")
    ("History of learning disorder", EXC, "You have a history of learning disorder."),
    ("History of penetrating head injury", EXC, "You have a history of penetrating head injury."),
    ("Have a history of desquamating (bullous) rash while taking thalidomide;", EXC,
     "You have a history of desquamating (bullous) rash while taking thalidomide."),
    # relatives: not the reader's own
    ("Patient has a history of any first degree relatives with breast or endometrial cancer", EXC,
     "You have a history of any first degree relatives with breast or endometrial cancer."),
    # a present state joined to it: "had" would take it too
    ("History of or current use of at least one medication for pain", EXC,
     "You have a history of or current use of at least one medicine for pain."),
])  # fmt: skip
def test_histories_kept(text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # "any history of X" beside a window: "had any X" ("ever" would contradict the window)
    ("Any history of cancer within last 5 years", "You have had any cancer within the last 5 years."),
    ("Any history of eyelid surgery or ocular surgery within the past 3 months.",
     "You have had any eyelid surgery or eye surgery within the past 3 months."),
    # an article after "any" would be doubled: kept
    ("Any history of a malignancy other than basal cell carcinoma within the past 5 years",
     "You have any history of a cancer other than basal cell carcinoma within the past 5 years."),
    # a bare singular event: "ever had stroke" would want an article
    ("Any history of stroke", "You have any history of stroke."),
])  # fmt: skip
def test_any_history_beside_a_window(text: str, plain: str) -> None:
    assert said(text, EXC) == plain
