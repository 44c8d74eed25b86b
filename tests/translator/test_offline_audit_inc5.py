"""An audit of the inclusion bullets against their sources (fifth round): wordings the fidelity checks cannot fault
but a reader would misread. A disease or treatment in a window that looks back said in the present ("You have no
other cancer within the past 5 years": only now?), a treatment given beside the study's said as one "has" ("You
have concurrent radiation treatment"), a lab said to be normal left as a note ("Total bilirubin within normal
institutional limits"), "i.e." after a word said as "that is," with no comma before it, and HTML escapes of
comparators shown raw ("eGFR &lt; 60"). With the cases that must keep their words. `said` also checks that the
fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# a disease, a treatment or a procedure had (or not) in a window that looks back: "have had"
@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00002633", "No other malignancy within the past 5 years except nonmelanoma skin cancer", INC,
     "You have had no other cancer within the past 5 years except nonmelanoma skin cancer."),
    ("NCT00023673", "No lung cancer within the past 2 years", INC,
     "You have had no lung cancer within the past 2 years."),
    ("NCT00424164", "No ischemic heart disease within the past 6 months", INC,
     "You have had no ischemic heart disease within the past 6 months."),
    ("NCT00293371", "No deep vein thrombosis or pulmonary embolus within the past year", INC,
     "You have had no deep vein thrombosis or lung embolus within the past year."),
    ("NCT00573404", "No major surgery or radiotherapy within the past 4 weeks", INC,
     "You have had no major surgery or radiation treatment within the past 4 weeks."),
    ("NCT00352105", "No investigational drugs within the past 30 days", INC,
     "You have had no experimental drugs within the past 30 days."),
    ("NCT00357318", "No core biopsy within the past 7 days", INC,
     "You have had no core biopsy within the past 7 days."),
    ("NCT00087451", "Patients with another primary malignancy within the past three years (except for non-melanoma "
     "skin cancers and cervical carcinomas in situ)", EXC,
     "You have had another primary cancer within the past three years. This does not include non-melanoma skin "
     "cancers and cervical carcinomas in situ."),
    ("NCT00243178", "documented peptic ulcer disease within the previous 6 months;", EXC,
     "You have had documented peptic ulcer disease within the past 6 months."),
])  # fmt: skip
def test_a_disease_or_treatment_in_a_window_that_looks_back_was_had(
    nct_id: str, text: str, kind: SectionKind, plain: str
) -> None:
    assert said(text, kind) == plain, nct_id


# what keeps "You have": a state that goes on or is measured now, a second "no" with a present state before it, a
# scan's finding, a window that is not before the study
@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT01029054", "Measurable disease, per IMWG (International Myeloma Working Group) criteria (>= one of the "
     "following) within the past 4 weeks:", INC,
     "You have measurable disease, per IMWG (International Myeloma Working Group) criteria (1 or more of the "
     "following) within the past 4 weeks:"),
    ("NCT02168907", "No evidence of active infection and no serious infection within the past month", INC,
     "You have no signs of active infection and no serious infection within the past month."),
    ("NCT00104988", "No brain metastases by CT scan or MRI within the past 42 days", INC,
     "You have no brain metastases by CT scan or MRI within the past 42 days."),
    ("NCT01029262", "Significant active cardiac disease within the past 6 months", EXC,
     "You have significant active heart disease within the past 6 months."),
    # a list whose window is its last item's, a window inside a bracket, a clause between the disease and the window
    ("NCT00295672", "metastatic disease, small Cell lung carcinoma, prior chemotherapy, prior radiotherapy, resecable "
     "tumor, any instable systemic disease, any other malignancies within 5 years,", EXC,
     "You have metastatic disease, small Cell lung carcinoma, past chemotherapy, past radiation treatment, resecable "
     "tumor, any instable systemic disease, any other cancers within 5 years."),
    ("NCT02278120", "Patient has a concurrent malignancy or malignancy within 3 years of randomization, with the "
     "exception of adequately treated basal cell skin carcinoma, squamous cell skin carcinoma, non-melanomatous skin "
     "cancer or curatively resected cervical cancer.", EXC,
     "You have a concurrent cancer or cancer within 3 years of randomization, except for adequately treated basal cell "
     "skin carcinoma, squamous cell skin carcinoma, non-melanomatous skin cancer or curatively resected cervical "
     "cancer."),
    ("NCT04780152", "Patients with an unchanged drug treatment for MDD in the last 4 weeks and who agree to switch the "
     "fluoxetine at the time of randomization, meeting the previously described antidepressant criteria.", INC,
     "You have an unchanged drug treatment for major depressive disorder (MDD) in the last 4 weeks and who agree to "
     "switch the fluoxetine at randomization, meeting the previously described antidepressant criteria."),
])  # fmt: skip
def test_a_state_or_a_finding_keeps_the_present(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


# a treatment or drug beside the study's: got or taken, not "had"; "concurrent" and what qualifies it stay
@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00003194", "No concurrent radiotherapy to greater than 10% of total liver, lung, or bone marrow", INC,
     "You are not getting concurrent radiation treatment to more than 10% of total liver, lung, or bone marrow."),
    ("NCT00021112", "No concurrent immunotherapy during induction chemoradiotherapy", INC,
     "You are not getting concurrent immunotherapy during induction chemoradiotherapy."),
    ("NCT00066443", "No concurrent corticosteroids except for premedication or hypersensitivity reaction", INC,
     "You are not taking concurrent corticosteroids except for premedication or allergic reaction."),
    ("NCT00096005", "No concurrent immunotherapy, biologic therapy, or gene therapy", INC,
     "You are not getting concurrent immunotherapy, biologic treatment, or gene therapy."),
    ("NCT00268255", "No concurrent CYP3A4 inducers, including any of the following:", INC,
     "You are not taking concurrent cytochrome P450 3A4 (CYP3A4) inducers, including any of these:"),
    # offline_plain moved "concurrent" after a phrase that ends the clause: "at the same time"
    ("NCT00077103", "No concurrent radiotherapy", INC, "You are not getting radiation treatment at the same time."),
    ("NCT00030407", "No other concurrent investigational agents", INC,
     "You are not taking other experimental drugs at the same time."),
    ("NCT00093704", "concurrent corticosteroids (≥ 10 mg of prednisone or equivalent)", EXC,
     "You are taking concurrent corticosteroids (10 mg or more of prednisone or equivalent)."),
    ("NCT00207025", "Concurrent chemotherapy, hormonal therapy, immunotherapy, or radiotherapy", EXC,
     "You are getting concurrent chemotherapy, hormone treatment, immunotherapy, or radiation treatment."),
    # a drug the lexicon knows by its name, and "other concurrent"
    ("NCT00030407", "No concurrent fluconazole or lithium", INC,
     "You are not taking concurrent fluconazole or lithium."),
    ("NCT00258258", "No concurrent digoxin", INC, "You are not taking digoxin at the same time."),
    ("NCT00002633", "No other concurrent anticancer therapy unless documented disease progression", INC,
     "You are not getting other concurrent cancer treatment unless recorded disease progression."),
])  # fmt: skip
def test_a_treatment_at_the_same_time_is_got_or_taken(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


# what "concurrent" does not make a treatment: an illness, a food, a drug named by its own name
@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00176527", "No concurrent major depression or suicidal ideation", INC,
     "You have no concurrent major depression or thoughts of suicide."),
    ("NCT00303888", "No concurrent grapefruit or grapefruit juice", INC,
     "You have no concurrent grapefruit or grapefruit juice."),
    ("NCT00068757", "No concurrent grapefruit juice", INC, "You have no grapefruit juice at the same time."),
    ("NCT00308269", "Concurrent hematological malignancies", EXC, "You have concurrent blood cancers."),
    ("NCT06561386", "Participants must not have concurrent malignancy requiring treatment.", EXC,
     "You have cancer needing treatment at the same time."),
    # a use before the study after it ("… or radiotherapy within 2 weeks prior"), a verb of the phrase's own: the
    # present would take them in too
    ("NCT02499770", "Concurrent radiotherapy to any site or radiotherapy within 2 weeks prior to enrollment or "
     "previous radiotherapy to the target lesion sites (the sites that are to be followed for determination of a "
     "response)", EXC,
     "You have concurrent radiation treatment to any site or radiation treatment in the 2 weeks before joining the "
     "study or past radiation treatment to the target lesion sites (the sites that are to be followed for "
     "determination of a response)."),
    ("NCT01139775", "Have received a recent yellow-fever vaccination (within 28 days of enrollment) or are receiving "
     "concurrent yellow-fever vaccination", EXC,
     "You have had a recent yellow-fever vaccination (within 28 days of joining the study) or are getting "
     "yellow-fever vaccination at the same time."),
    # a label before a colon, not the reader's use
    ("NCT00452699", "Concurrent Medications: A subject must not have the concurrent use of any of the following "
     "medications that interact with any of the study drugs used in this study", EXC,
     "You have concurrent medications: you must not have the concurrent use of any of these medicines that interact "
     "with any of the study drugs used in this study."),
])  # fmt: skip
def test_concurrent_illness_or_food_keeps_its_words(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


# a lab said to be normal, with no number: "Your <lab> is …"
@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00368875", "Total bilirubin within normal institutional limits",
     "Your total bilirubin is within normal institutional limits."),
    ("NCT00099463", "Platelets within institutional normal limits.",
     "Your platelets are within institutional normal limits."),
    ("NCT00516542", "Total bilirubin normal", "Your total bilirubin is normal."),
    ("NCT00629226", "Total bilirubin normal (indirect bilirubin ≤ 3 mg/dL in patients with Gilbert's syndrome)",
     "Your total bilirubin is normal (indirect bilirubin 3 mg/dL or less in patients with Gilbert's syndrome)."),
    ("NCT00066443", "ALT and AST normal AND alkaline phosphatase no greater than 5 times ULN",
     "Your alanine aminotransferase (ALT) and aspartate aminotransferase (AST) are normal AND alkaline phosphatase "
     "no greater than 5 times ULN."),
    ("NCT00513071", "Creatinine within normal institutional limits OR creatinine clearance >= 60 mL/min",
     "Your creatinine is within normal institutional limits OR creatinine clearance 60 mL/min or more."),
    # no lab: the note keeps its words
    ("NCT00278434", "Screening laboratory values within normal range (e.g., complete blood count, liver function "
     "tests, renal panel, and electrolytes)",
     "Screening lab values within normal range. For example, complete blood count, liver function tests, kidney "
     "panel, and electrolytes."),
])  # fmt: skip
def test_a_lab_said_to_be_normal_is_the_readers(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


# "i.e." right after a word: "that is," set off by a comma on both sides
@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT00623545", "A history of metabolic disease i.e. renal, endocrine, hepatic or gastrointestinal disease that "
     "would impact the outcome of the study", EXC,
     "You have had metabolic disease, that is, kidney, endocrine, liver or digestive disease that would impact the "
     "outcome of the study."),
    ("NCT00244985", "No concurrent corticosteroids except for a transient inflammatory reaction (i.e., skin rash or "
     "hives)", INC,
     "You are not taking concurrent corticosteroids except for a temporary inflammatory reaction (that is, skin rash "
     "or hives)."),
])  # fmt: skip
def test_that_is_after_a_word_is_set_off(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


# an HTML escape of a comparator, which the facts read as one, said in words
@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    ("NCT02551874", "estimated glomerular filtration rate (eGFR) &lt; 60 ml/ml/1.73m2", INC,
     "Your estimated glomerular filtration rate (eGFR) is less than 60 ml/ml/1.73m2."),
    ("NCT03256916", "Patients with newly diagnosed diabetes , uncontrolled DM (patient with HbA1c of &gt; 6.5% or FBS "
     "value or BSF&gt;=126 mg/dL respectively on primary evaluation)", EXC,
     "You have newly diagnosed diabetes, uncontrolled diabetes (patient with HbA1c of more than 6.5% or FBS value or "
     "BSF at least 126 mg/dL respectively on primary evaluation)."),
])  # fmt: skip
def test_an_escaped_comparator_is_said_in_words(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


# a floor and a ceiling with nothing but a space between them: one range
@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT03135899", "Age >= 18 <= 60 years. Subjects must be within the eligible age range on the day of signing "
     "informed consent.",
     "You are 18 to 60 years old. You must be within the eligible age range on the day of signing informed "
     "consent."),
])  # fmt: skip
def test_a_floor_and_a_ceiling_side_by_side_are_one_range(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


# consent said signed, or given by a rule book: the reader's own act, with its own verb
@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT02402530", "Informed consent signed.", "You have signed informed consent."),
    ("NCT02728622", "Informed consent given according to ICH/EU GCP guidelines and local or national laws",
     "You have given informed consent as set by International Council for Harmonisation (ICH)/EU Good Clinical "
     "Practice (GCP) guidelines and local or national laws."),
])  # fmt: skip
def test_consent_signed_is_the_readers_act(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


# an adjective and a noun joined before one condition: set off by commas, each reaches it
@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT03273153", "Active or history of autoimmune disease or immune deficiency",
     "You have active, or a history of, autoimmune disease or immune deficiency."),
    ("NCT02718898", "Active or history of malignant disease within 5 years prior to baseline.",
     "You have active, or a history of, cancer in the 5 years before baseline."),
])  # fmt: skip
def test_active_or_history_of_reaches_the_condition(nct_id: str, text: str, plain: str) -> None:
    assert said(text, EXC) == plain, nct_id
