"""Session 46, any25: an exclusion's "Any X" put to the reader where the reading is exact ("You have any X", "You
have had any X <window>", "You plan to have any X"), "any" kept; real corpus cases, and the ones left as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.offline_any_events import any_event_edits

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    # the rules' own reading of "X", with "any" after their verb (offline_any_kept)
    ("Any major surgery =< 4 weeks prior to registration",  # NCT01024010
     "You have had any major surgery in the 4 weeks before joining the study."),
    ("Any serious bleeding within 3 months prior to randomization or occurring during index hospitalization",
     "You have had any serious bleeding in the 3 months before randomization or occurring during index hospital "
     "stay."),  # NCT02111564
    ("Any drug toxicity greater than Grade 3 at screening",  # NCT00084058
     "You have any drug toxicity grade higher than 3 at screening."),
    ("Any clinically significant abnormal X-ray or laboratory findings during screening.",  # NCT01543269
     "You have any medically important abnormal X-ray or lab findings during screening."),
    ("Any known cause for a secondary thrombocytosis",  # NCT02076815
     "You are known to have any cause for a secondary thrombocytosis."),
    ("Any evidence of a clinically relevant previous or concomitant disease as judged by the investigator.",
     "You have any signs of a medically important past or concomitant disease as judged by the study doctor."),
    ("Any known or suspected hypersensitivity to cannabinoids or any of the excipients of the IMP(s).",  # NCT01975688
     "You have any known or suspected allergy to cannabinoids or any of the inactive ingredients of the IMP(s)."),
    # a plan that is the whole criterion
    ("Any planned facial cosmetic surgery during the study.",  # NCT02353871
     "You plan to have any facial cosmetic surgery during the study."),
    ("Any planned major surgery within the duration of the study.",  # NCT03531060
     "You plan to have any major surgery within the length of the study."),
    # a use: "You have used any X"
    ("Any use of alcohol within 24 hours of admission into the study on Day -2.",  # NCT02840279
     "You have used any alcohol within 24 hours of admission into the study on Day -2."),
])
def test_any_x_is_read_as_x_with_any_kept(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # an event, treatment or illness in a window before the study (offline_any_events)
    ("Any suicide attempt within the preceding 2 years",  # NCT01363349
     "You have had any suicide attempt within the past 2 years."),
    ("Any episode of severe hypoglycemia (requiring treatment) within one month prior to study start.",  # NCT02459938
     "You have had any episode of severe hypoglycemia (needing treatment) in the 1 month before study start."),
    ("Any psychiatric hospitalizations within 3 months",  # NCT01832766
     "You have had any mental health hospital stays within 3 months."),
    ("Any investigational drug ≤6 weeks prior to the first dose of study drug.",  # NCT03117569
     "You have had any experimental drug in the 6 weeks before the first dose of study drug."),
    ("Any weight change of 5 kg (11 pounds) in the last 3 months",  # NCT01044108
     "You have had any weight change of 5 kg (11 pounds) in the last 3 months."),
    ("Any radiation therapy during the 28 days before first administration of investigational medication",
     "You have had any radiation treatment during the 28 days before the first dose of investigational "
     "medication."),  # NCT02475629
    # the window's anchor runs past the fact ("… prior to first study drug" + "dose"); the event rule comes before the
    # rules' "You have any active … infection", which would not say the window's "had"
    ("Any active systemic viral, bacterial, or fungal infection requiring systemic antibiotics within 2 weeks prior "
     "to first study drug dose.",  # NCT06831370
     "You have had any active systemic viral, bacterial, or fungal infection needing systemic antibiotics in the 2 "
     "weeks before the first study drug dose."),
    # a condition with an unanchored "within 3 years" (offline_reader_openings): the years up to now
    ("Any other malignancy within 3 years except in situ carcinoma.",
     "You have had any other cancer within 3 years except in situ carcinoma."),
    ("Any other hemorrhage/bleeding event > CTCAE Grade 3 within 4 weeks of first dose of study drug.",  # NCT00536575
     "You have had any other bleeding/bleeding event CTCAE grade higher than 3 within 4 weeks of the first dose of "
     "study drug."),
])
def test_any_event_before_the_study_is_had(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # a kind of a condition is the condition (offline_reader_openings)
    ("Any form of leukemia", "You have any form of leukemia."),  # NCT01288573
    ("Any type of active seizure disorder", "You have any type of active seizure disorder."),  # NCT00514007
    ("Any type of malignancy involving the digestive tract in the last 5 years",  # NCT00690820
     "You have had any type of cancer involving the digestive tract in the last 5 years."),
    # adjectives joined before one condition, and an abbreviation in brackets inside the name
    ("Any gastrointestinal, hepatic, respiratory, endocrine or immunological disorder",  # NCT01316341
     "You have any digestive, liver, respiratory, endocrine or immunological disorder."),
    ("Any gastrointestinal (GI) disorder or liver disease",  # NCT02075840
     "You have any gastrointestinal (GI) disorder or liver disease."),
    # a grade after the name
    ("Any unresolved toxicity greater than CTC grade 1 from previous anti-cancer therapy",  # NCT00436072
     "You have any unresolved toxicity CTC grade higher than 1 from past cancer treatment."),
    ("Any peripheral neuropathy above grade 2", "You have any peripheral neuropathy above grade 2."),  # NCT00424775
])
def test_any_condition_named_in_more_shapes(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "plain"), [
    # the "concurrent" cancer is now, the window times its treatment
    ("Any concurrent and/or other active malignancy that has required treatment within 2 years of first dose of "
     "study drug.",  # NCT02296125
     "You have any concurrent and/or other active cancer that has needed treatment within 2 years of the first dose "
     "of study drug."),
    # "at the time of or within 6 months of Screening" runs up to now (Chia)
    ("Any suicidal ideation with intent with or without a plan, at the time of or within 6 months of Screening",
     "You have any thoughts of suicide with intent with or without a plan, at the time of or within 6 months of "
     "Screening."),  # NCT03338296
])
def test_a_window_beside_a_word_of_now_says_have(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize(("text", "kind"), [
    # an inclusion's "any" can be a choice among kinds
    ("Any suicide attempt within the preceding 2 years", INC),
    ("Any planned surgery during the study", INC),
    # a time to come beside the past one
    ("Any surgical procedure in past 12 weeks, or planned within 48 weeks after baseline", EXC),  # NCT00673920
    # other people in the first sentence
    ("Any active uncontrolled bleeding, and any patients with a bleeding diathesis (e.g., active peptic ulcer "
     "disease)", EXC),  # NCT02168907
    # the window times only part of the sentence
    ("Any treatment specific for tumor control within 3 weeks of study drugs (within 6 wks. for nitrosoureas or "
     "mitomycin C) or failure to recover from the toxic effect of any of these therapies prior to study entry.",
     EXC),  # NCT00431054
    # a participle after the window, which may time only the last of two
    ("Any bleeding episode considered life-threatening, or any Grade 3 or 4 gastrointestinal bleeding episode in the "
     "3 months prior to randomization requiring intervention.", EXC),  # NCT02435433
    # a second sentence about "a patient"
    ("Any asthma exacerbation requiring oral corticosteroids within 3 months of the screening visit. A patient must "
     "not have had any hospitalization for asthma within 6 months prior to the screening visit.", EXC),  # NCT01899144
    # a grade is a choice among grades, and "during the study" a time to come
    ("Any grade 3 or 4 adverse event, or laboratory toxicity, at the time of the screening visit or at any time "
     "during the study, which in the opinion of the PI would, preclude participation in the study", EXC),  # NCT00932113
    # no place for "any" after the rules' verb ("You have been diagnosed with")
    ("Any diagnosis of lifetime bipolar disorder or psychotic disorder", EXC),  # NCT02146430
    # a use named as a noun ("You have had any … use")
    ("Any antihyperglycemic agent use, other than thiazolidinediones, or insulin, within 1 month prior to the "
     "screening visit.", EXC),  # NCT02582840
    # "Any of the following" lead-ins keep their words (a lab value is now had: tests/translator/test_s55_any_results)
    ("Any of the following cardiac conditions:", EXC),  # NCT00365417
])
def test_any_x_that_is_not_exactly_the_readers_keeps_its_words(text: str, kind: SectionKind) -> None:
    assert said(text, kind).lower().startswith("any ")


def test_any_event_under_a_lead_in_is_read_after_it() -> None:
    text = "Any suicide attempt within the preceding 2 years"
    assert any_event_edits(text, EXC, extract_facts(text), "Patients with:") == []
    assert any_event_edits(text, EXC, extract_facts(text), None) != []
