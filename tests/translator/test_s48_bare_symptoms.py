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
        # what is wrong in the body, named as such, with its article when one
        ("Cardiac conduction system abnormality.", EXC, "You have a heart conduction system abnormality."),
        ("Uterine abnormality", EXC, "You have a uterine abnormality."),
        ("Umbilical hernia", EXC, "You have an umbilical hernia."),
        ("Congenital urogenital anomaly", EXC, "You have a congenital urogenital anomaly."),
        ("Metabolic or hormonal abnormalities.", EXC, "You have metabolic or hormonal abnormalities."),
        ("Major medical problem", EXC, "You have a major medical problem."),
        ("chest deformity;", EXC, "You have a chest deformity."),
        # a function that works less well (offline_findings, as "Abnormal liver function")
        ("Impaired cardiac function or clinically significant cardiac diseases", EXC,
         "You have impaired heart function or medically important heart diseases."),
        ("Impaired liver function (ALT > 120 U/L)", EXC, "You have impaired liver function (ALT more than 120 U/L)."),
        ("Inadequate bone marrow reserve", EXC, "You have inadequate bone marrow reserve."),
        ("Inadequate venous access", EXC, "You have inadequate venous access."),
        # a severity joined by "or" (offline_condition_phrases, as "Moderate to severe X")
        ("Moderate or severe valvular disease.", EXC, "You have moderate or severe valvular disease."),
        ("moderate or severe hepatic dysfunction (Child Pugh B or C)", INC,
         "You have moderate or severe liver dysfunction (Child Pugh B or C)."),
        # a condition's endings offline_conditions did not read
        ("Hepatosplenomegaly", EXC, "You have hepatosplenomegaly."),
        ("Hyperparathyroidism.", EXC, "You have hyperparathyroidism."),
        ("Primary aldosteronism.", EXC, "You have primary aldosteronism."),
        # the source's own determiner, no article beside it (NCT corpus: not "You have had an any fever")
        ("Any fever (≥ 100.4°F [≥ 38.0°C], regardless of route) or lower respiratory illness within 7 days prior to "
         "randomization", EXC, "You have had any fever (100.4°F or more [38°C or more], regardless of route) or lower "
         "respiratory illness in the 7 days before randomization."),
        # a length of time the symptom has lasted: "had"
        ("Cough for at least 2 weeks", INC, "You have had a cough for at least 2 weeks."),
        # a stable condition
        ("Stable coronary artery disease", INC, "You have stable coronary artery disease."),
        ("Stable, active plaque psoriasis", INC, "You have stable, active plaque psoriasis."),
        # nursing alone, now
        ("Lactation", EXC, "You are breastfeeding."),
        ("Breast feeding.", EXC, "You are breastfeeding."),
        # smoking alone, a habit now
        ("Smoking.", EXC, "You smoke."),
        ("Cigarette smoking", EXC, "You smoke cigarettes."),
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
        # a verb's participle before the name; what is wrong named alone, with what it is wrong said after
        ("ECG showing significant abnormality", EXC, "Electrocardiogram (ECG) showing significant abnormality"),
        ("Abnormalities of 17p", INC, "Abnormalities of 17p"),
        # the baby's, not the reader's
        ("Fetal anomalies", EXC, "Fetal anomalies"),
        # a function's other words: no function one has
        ("Impaired glucose tolerance, type 1 and type 2 diabetes mellitus.", EXC,
         "Impaired glucose tolerance, type 1 and type 2 diabetes mellitus."),
        ("Impaired cardiac function, including any one of the following:", EXC,
         "Impaired heart function, including any one of these:"),
        # an eponym keeps its capital
        ("Bell's palsy", EXC, "You have Bell's palsy."),
        # stable for a time before the study: "You have had stable X" would not say it
        ("Stable schizophrenia as documented by lack of psychiatric hospitalization for 2 months prior to Screening",
         INC, "Stable schizophrenia as recorded by lack of mental health hospital stay for the 2 months before "
         "Screening"),
        ("Stable health", INC, "Stable health"),
        # more than the habit
        ("Smoking history", EXC, "Smoking history"),
        # nursing at a time of its own
        ("Lactation during the study", EXC, "Breastfeeding during the study"),
    ],
)
def test_kept(source: str, kind: SectionKind, kept: str) -> None:
    assert said(source, kind) == kept
