"""The twenty-eighth round: noun-phrase exclusions left as written put to the reader: "Any prior/history/current X"
read as the same criterion without its "Any" (translator.offline_any_times), two allergy nouns joined, "Allergic to
X" and "Allergic reaction to X" (translator.offline_allergies), "Presence or history of X"
(translator.offline_noun_openings) and "Any <device>" (translator.offline_reader_openings), with the cases each
must leave as written. Sources are real corpus criteria (NCT id beside each); `said` also checks that the fidelity
check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# "Any prior X", "Any history or evidence of X", "Any concurrent X"

@pytest.mark.parametrize(("text", "plain"), [
    ("Any prior use of lenalidomide.", "You have used lenalidomide."),  # NCT00704691
    ("Any history or evidence of alcohol or drug abuse.",  # NCT00705536
     "You have had or have signs of alcohol or drug abuse."),
    ("Any previous participation in a clinical study with ACR16.",  # NCT00724048
     "You have taken part in a clinical study with ACR16."),
    # a bare noun after "You have had" keeps the source's "any"
    ("Any prior intraocular steroid injection in the study eye",  # NCT02718326
     "You have had any intraocular steroid injection in the study eye."),
    ("Any prior systemic or investigational therapy for pancreatic cancer.",  # NCT01025570
     "You have had any systemic or experimental treatment for pancreatic cancer."),
    ("Any prior exposure to ibalizumab (formerly TNX-355 and Hu5A8)",  # NCT02475629
     "You have had any exposure to ibalizumab (formerly TNX-355 and Hu5A8)."),
    ("Any prior mechanical valvular prosthesis;", "You have had any mechanical valvular prosthesis."),  # NCT02866175
    # "current"/"concurrent" stay, after the "any"
    ("Any concurrent other anti-tumor therapy", "You have any concurrent other anti-tumor treatment."),  # NCT01681472
    ("Any current use of opiates", "You are now using opiates."),  # NCT00585780
])
def test_any_before_a_time_word_reads_as_the_criterion_without_it(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # no time word: "other" is the any_opening rule's, which a second subject stops
    ("Any other cancer, unless the patient has been disease-free for ≥5 years", EXC),  # NCT02073123
    # (a time to come, "Any planned facial cosmetic surgery during the study.", is no "You have had": offline_any_kept
    # reads it as a plan, "You plan to have any …"; see test_s46_any25)
    # an inclusion's "any" may be a choice among kinds
    ("Any prior use of lenalidomide.", INC),  # NCT00704691's words, as an inclusion
    # a time to come beside the past one: no "You have had … a scheduled organ transplantation"
    ("Any prior functioning organ transplant or a scheduled organ transplantation, or anephric.", EXC),  # NCT02652806
    # other people beside the reader
    ("Any prior treatment for breast cancer except for patients with Lobular Carcinoma In Situ (LCIS) treated with "
     "surgery or with Ductal Carcinoma In Situ (DCIS) treated exclusively with mastectomy.", EXC),  # NCT02802748
])
def test_any_keeps_its_words_where_no_time_word_or_not_an_exclusion(text: str, kind: SectionKind) -> None:
    assert said(text, kind).startswith("Any ")


# ---------------------------------------------------------------------------------------------
# Allergies, intolerances and allergic reactions

@pytest.mark.parametrize(("text", "plain"), [
    ("Allergy or intolerance to mannitol", "You have an allergy or intolerance to mannitol."),  # NCT00446680
    ("Allergy/sensitivity to any of the study drugs or their formulations",  # NCT00084136
     "You have an allergy/sensitivity to any of the study drugs or their formulations."),
    ("Intolerance or sensitivity to paroxetine",  # NCT00700999
     "You have an intolerance or sensitivity to paroxetine."),
    ("Allergic to insulin", "You are allergic to insulin."),  # NCT00511472
    # a reaction is an event: one a criterion names has happened
    ("Allergic reaction to aminoglycoside antibiotics.",  # NCT00099463
     "You have had an allergic reaction to aminoglycoside antibiotics."),
    ("Allergic reactions to zolpidem (Myslee)", "You have had allergic reactions to zolpidem (Myslee)."),  # NCT00283946
])
def test_an_allergy_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # a verb of its own
    ("Allergy/sensitivity to study vaccine products, including adhesives, will be excluded", EXC),  # NCT00712530
    # a second verb with its "-s" ("You are allergic … OR reacts")
    ("Allergic to placebo ingredients (glycerin or oat flour) OR reacts to any dose of placebo during study entry "
     "oral food challenge (OFC)", EXC),  # NCT00580606
    # a heading, and a history (offline_openings' words)
    ("Allergy/Intolerance", EXC),  # NCT00519636
    ("Allergy or history of hypersensitivity to morphine sulfate, other opioids, naltrexone hydrochloride, naloxone, "
     "and/or lactose.", EXC),  # NCT01595867
    # an inclusion
    ("Allergy or intolerance to mannitol", INC),  # NCT00446680's words, as an inclusion
])
def test_an_allergy_keeps_its_words(text: str, kind: SectionKind) -> None:
    assert said(text, kind).startswith(text.split()[0])


# ---------------------------------------------------------------------------------------------
# "Presence or history of X", "Any <device>"

@pytest.mark.parametrize(("text", "plain"), [
    ("Presence or history of interstitial pneumonitis.",  # NCT02154646
     "You have or have had interstitial pneumonitis."),
    ("Presence or history of allergic reaction or intolerance to multiple drugs.",  # NCT00288236
     "You have or have had an allergic reaction or intolerance to multiple drugs."),
    ("Any implanted medical device (spinal cord stimulator, intrathecal pump or peripheral nerve stimulator) for the "
     "treatment of neuropathic pain",  # NCT00064623
     "You have any implanted medical device (spinal cord stimulator, intrathecal pump or peripheral nerve stimulator) "
     "for the treatment of neuropathic pain."),
])
def test_presence_or_history_and_a_device_are_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # a time of its own ("recent")
    "Presence or recent history of any other active, severe, progressive, and/or uncontrolled clinical disease, eg, "
    "poorly controlled Type 1 or 2 diabetes",  # NCT02245672
    # a need, not a history
    "Presence or need for urinary catheterization, urinary tract abnormality, or disorder interfering with "
    "urination",  # NCT02329834
])
def test_presence_keeps_its_words_with_another_time_or_a_need(text: str) -> None:
    assert said(text, EXC).startswith("Presence or")


# ---------------------------------------------------------------------------------------------
# "Any of these X: <list>" on one line

@pytest.mark.parametrize(("text", "plain"), [
    ("Any of the following laboratory values: Hemoglobin <9.0 gm/dl, absolute neutrophil count (ANC) <1.5 K/ml, "
     "platelet <100 K/ml",  # NCT00102622
     "You have any of these lab values: Hemoglobin less than 9 g/dL, absolute neutrophil count (ANC) less than "
     "1.5 K/ml, platelet less than 100 K/ml."),
    # a window in the lead-in before the study: "had" of every item
    ("Any of the following in the previous 6 months: myocardial infarction, severe/unstable angina, "
     "coronary/peripheral artery bypass graft",  # NCT02493751
     "You have had any of the following in the past 6 months: heart attack, severe/unstable angina, "
     "coronary/peripheral artery bypass graft."),
])
def test_any_of_a_list_on_one_line_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # the window is the list's, not the lead-in's
    ("Any of the following: myocardial infarction, stroke or hospitalization for unstable angina and/or transient "
     "ischaemic attack within the past 180 days prior to the day of screening", EXC),  # NCT02607865
    # the list is on the lines below (each item put to the reader on its own)
    ("Any of the following cardiac conditions:", EXC),  # NCT00365417
    ("Any of the following laboratory abnormalities during the screening period:", EXC),  # NCT02954159
    # an inclusion
    ("Any of the following laboratory values: Hemoglobin <9.0 gm/dl", INC),  # NCT00102622's words, as an inclusion
])
def test_any_of_keeps_its_words(text: str, kind: SectionKind) -> None:
    assert said(text, kind).startswith("Any of")
