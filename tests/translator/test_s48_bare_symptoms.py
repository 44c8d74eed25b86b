"""Bare symptom and condition nouns put to the reader (translator.offline_bare_symptoms via offline_conditions), a
condition named stable (offline_stable_conditions), nursing alone (offline_lone_states) and a positive result's own
names (offline_results); and what keeps its words: a treatment or a test noun, an event, a participle, a time."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # Chia: one- and two-word symptoms, with an article for a countable one
        ("Cough", INC, "You have a cough."),
        ("Dry cough", INC, "You have a dry cough."),
        ("Wheezing", INC, "You have wheezing."),
        ("Sore throat", INC, "You have a sore throat."),
        ("Shortness of breath", INC, "You have shortness of breath."),
        ("Chills", INC, "You have chills."),
        ("Dehydration", INC, "You have dehydration."),
        ("Cardiogenic shock;", EXC, "You have cardiogenic shock."),
        ("Cardiogenic shock on presentation or during current hospitalization.", EXC,
         "You have cardiogenic shock on presentation or during current hospital stay."),
        ("Spasticity", EXC, "You have spasticity."),
        ("Joint contractures", EXC, "You have joint contractures."),
        ("Hemodynamic instability;", EXC, "You have hemodynamic instability."),
        ("Developmental delay", EXC, "You have developmental delay."),
        ("Persistent daily vomiting", EXC, "You have persistent daily vomiting."),
        ("Rest pain or tissue loss due to PAD (Fontaine stage III and IV),", EXC,
         "You have rest pain or tissue loss due to PAD (Fontaine stage III and IV)."),
        ("Fever, elevated white cell count, or other evidence of active infection", EXC,
         "You have a fever, elevated white cell count, or other signs of active infection."),
        # a condition's endings offline_conditions did not read
        ("Hepatosplenomegaly", EXC, "You have hepatosplenomegaly."),
        ("Hyperparathyroidism.", EXC, "You have hyperparathyroidism."),
        ("Primary aldosteronism.", EXC, "You have primary aldosteronism."),
        # a length of time the symptom has lasted: "had"
        ("Cough for at least 2 weeks", INC, "You have had a cough for at least 2 weeks."),
        # a stable condition
        ("Stable coronary artery disease", INC, "You have stable coronary artery disease."),
        ("Stable, active plaque psoriasis", INC, "You have stable, active plaque psoriasis."),
        # nursing alone, now
        ("Lactation", EXC, "You are breastfeeding."),
        ("Breast feeding.", EXC, "You are breastfeeding."),
        # a positive result's own names
        ("Positive urine toxicology.", EXC, "You have positive urine toxicology."),
        ("Positive urine drug examination", EXC, "You have a positive urine drug exam."),
        ("Positive HBs Ag", INC, "You have positive hepatitis B surface antigen (HBs Ag)."),
    ],
)
def test_said_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "kept"),
    [
        # a treatment, a procedure or a drug named alone: whether had, planned or now is not said
        ("Dialysis", EXC, "Dialysis"),
        ("Cholecystectomy", EXC, "Cholecystectomy"),
        ("Rituximab", EXC, "Rituximab"),
        # a participle with its adverb is no symptom's name
        ("Actively wheezing at time of enrollment or history of asthma complications", EXC,
         "Actively wheezing at the time of joining the study or history of asthma complications"),
        # an eponym keeps its capital
        ("Bell's palsy", EXC, "You have Bell's palsy."),
        # stable for a time before the study: "You have had stable X" would not say it
        ("Stable schizophrenia as documented by lack of psychiatric hospitalization for 2 months prior to Screening",
         INC, "Stable schizophrenia as recorded by lack of mental health hospital stay for the 2 months before "
         "Screening"),
        ("Stable health", INC, "Stable health"),
        # nursing at a time of its own
        ("Lactation during the study", EXC, "Breastfeeding during the study"),
    ],
)
def test_kept(source: str, kind: SectionKind, kept: str) -> None:
    assert said(source, kind) == kept
