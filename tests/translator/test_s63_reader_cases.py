"""The reader's case after a description ("Patients with X in whom Y" → "You have X, and in your case, Y";
translator.offline_in_whom) and a "they" after people already said "you" ("If patients have taken these drugs …,
they need to have been off drug …"; translator.offline_mentions). Real corpus criteria; near cases keep the source."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(("source", "plain", "kind"), [
    ("Patients with a prior malignancy in whom life expectancy is more likely to be determined by the prior "
     "malignancy than the myeloma. Patients must not currently be receiving therapy for the prior malignancy.",
     "You have a past cancer, and in your case, life expectancy is more likely to be determined by the past cancer "
     "than the myeloma. You must not now be getting treatment for the past cancer.", EXC),
    # (test_offline_plain15 had kept this one's words: "whom" is the patients, not the cancer, and the clause now
    # says so as the reader's case)
    ("Patients with a past cancer in whom life expectancy is short",
     "You have a past cancer, and in your case, life expectancy is short.", EXC),
    ("Subjects with advanced or metastatic solid tumors for whom the standard of care is ineffective or inappropriate.",
     "You have advanced or metastatic solid tumors, and in your case, the standard of care is ineffective or "
     "inappropriate.", INC),
    ("Participants with IDA and in whom IV iron treatment is indicated and defined as:",
     "You have IDA, and in your case, IV iron treatment is indicated and defined as:", INC),
    # either the description or the case ("or in whom"), a tail said of the patients after the clause, a verb
    # hanging off the description, or the patients' own verb after the clause: the source's words
    ("Participants with IDA or in whom IV iron treatment is indicated",
     "Participants with IDA or in whom IV iron treatment is indicated", INC),
    ("Subjects with advanced or metastatic solid tumors for whom the standard of care is ineffective or "
     "inappropriate, with adequate kidney, liver and cardiac function.",
     "Subjects with advanced or metastatic solid tumors for whom the standard of care is ineffective or "
     "inappropriate, with good enough kidney, liver and heart function.", INC),
    ("Patients with brain metastases receiving steroidal or anticonvulsive therapy for whom a dose increase has "
     "been required within 14 days prior to start of study drug.",
     "Patients with brain metastases getting steroidal or anticonvulsive treatment for whom a dose increase has "
     "been needed in the 14 days before the start of study drug.", EXC),
    ("Patients with hematologic malignancies for whom transplantation is deemed clinically appropriate and who are "
     "eligible for transplantation.",
     "Patients with blood cancers for whom transplant is judged clinically appropriate and who are eligible for "
     "transplant.", INC),
])
def test_the_readers_case_after_a_description(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(("source", "plain"), [
    ("The patient is taking stiripentol, verapamil, or felbatol. If patients have taken these drugs in the past, "
     "they need to have been off drug for 5 half-lives",
     "You are taking stiripentol, verapamil, or felbatol. If you have taken these drugs in the past, you need to "
     "have been off drug for 5 half-lives."),
    # people not said "you" before "they" may be whom it means: the source's "they"
    ("If donors have taken these drugs in the past, they need to have been off drug for 5 half-lives",
     "If donors have taken these drugs in the past, they need to have been off drug for 5 half-lives"),
])
def test_they_after_patients_said_you(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


@pytest.mark.parametrize(("source", "plain"), [
    ("Patients for whom at least 1 measurable lesion is confirmed in the lesion assessment before enrollment; and",
     "In your case, at least 1 measurable lesion is confirmed in the lesion assessment before joining the study; and"),
    # a verdict later in the text is still one: the source's words
    ("Patients for whom at least 1 measurable lesion is confirmed before enrollment. Patients will be enrolled if X",
     "Patients for whom at least 1 measurable lesion is confirmed before joining the study. Patients will be "
     "enrolled if X"),
])
def test_before_enrollment_is_a_time_not_the_verdict(source: str, plain: str) -> None:
    assert said(source, INC) == plain
