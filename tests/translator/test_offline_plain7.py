"""Lower reading grade, exactly (translator.offline_everyday, the closing tails of translator.offline_sentences and
translator.offline_but), on real criteria: shorter everyday wordings that say the same, an exception or a "how it is
found" that closes a sentence as a sentence of its own, and a ", but" clause with its own subject as a sentence;
and the contexts where each stays as written."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import rewritten
from translator.offline_but import but_clause
from translator.offline_sentences import split_sentences


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT00241358", "ALL in 1st or subsequent remission",
         "Acute lymphoblastic leukemia (ALL) in 1st or later remission or in relapse"),
        # the "that" goes with "provided": never "as long as that wound healing"
        ("NCT01016860", "Surgery: Previous surgery is permitted provided that",
         "Surgery: Past surgery is allowed as long as wound healing has occurred before the start of treatment."),
        ("NCT00279201", "Must not have used insulin on a regular basis", "insulin regularly in the last 12 months"),
        ("NCT02104700", "Requirement for any current medications", "You need any current medicines"),
        ("NCT03106610", "Subjects with a condition requiring systemic treatment with either",
         "are allowed without active autoimmune disease."),
        ("NCT01849276", "Has NOT been naturally postmenopausal for at least 12 consecutive months",
         "for at least 12 months in a row (that is,"),
        ("NCT02397096", "Receiving antiretroviral therapy", "rilpivirine) together with 2 NRTIs"),
    ],
)
def test_an_everyday_wording_says_the_same(nct_id: str, source: str, plain: str) -> None:
    assert plain in rewritten(nct_id, source)


def test_a_window_keeps_its_words() -> None:
    # "within the later 6 months" reads to the check as another window: the criterion fell back a level
    text = rewritten("NCT02269085", "The patient has a prior or concurrent malignancy that in the opinion")
    assert "within the subsequent 6 months" in text


def test_a_window_keeps_consecutive_with_its_anchor() -> None:
    # "within 5 days in a row after joining" reads to the check as another window: the criterion fell back a level
    text = rewritten("NCT01339039", "Protocol treatment must begin within 5 consecutive days")
    assert "within 5 consecutive days after joining the study" in text


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # an unbracketed exception that closes the sentence, as the bracketed "(except X)" already was
        ("NCT01163097", "History of malignancy of any type, other than",
         "You have had cancer of any type. This does not include surgically excised non-melanoma skin cancers or in "
         "situ cervical cancer."),
        # how the statement is found: a comparator's own "or" ("45% or less") is no list
        ("NCT01602952", "LVEF <45% as determined by MUGA",
         "Your left ventricular ejection fraction (LVEF) is less than 45%. This is determined by multigated "
         "acquisition scan (MUGA) or heart ultrasound."),
        # a list in the tail, closed by its "or"
        ("NCT01606397", "Have known significant autonomic neuropathy as evidenced",
         "You have known significant autonomic neuropathy. This is shown by urinary retention, orthostatic "
         "hypotension, diabetic diarrhea or gastroparesis."),
        ("NCT03004625", "Fibroscan indicative of cirrhosis as evidenced",
         "Fibroscan indicative of cirrhosis. This is shown by a result more than 12.5 kPa."),
    ],
)
def test_a_closing_tail_becomes_a_sentence(nct_id: str, source: str, plain: str) -> None:
    assert rewritten(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # under a "no": the exception stays with it (as the bracketed rule keeps it)
        ("NCT00115739", "No prior history of non-thyroid malignancy, except",
         "except adequately treated skin cancer or in situ cervical carcinoma"),
        # "or Y" after the exception may be the head's sibling ("cancer …, or past chemotherapy")
        ("NCT00078390", "patients with prior history of cancer, other than",
         "other than basal cell carcinoma after appropriate treatment, or"),
        # a window in the exception may be the head's ("developed a second cancer … after the start of X")
        ("NCT02322320", "Patients who developed a second primary malignancy",
         "cancer, except non-melanoma skin cancers after the start of"),
        # a condition in the head may own the tail
        ("NCT00220805", "Subfoveal blood in the study eye", "if at least 1/2 disc diameter as measured by slit lamp"),
        # a phrase after a comma in the exception is the head's ("any GI condition, other than X, affecting Y")
        ("NCT03097861", "Has any gastrointestinal (GI) condition, other than",
         "other than constipation, affecting GI motility"),
        # the sentence's own verb after the tail
        ("NCT03150082", "Abnormal renal function, as determined", "as determined by creatinine clearance and"),
        # a list before "as determined by": the tail could be about its last item only
        ("NCT00056862", "HCV genotype 2 or 3 as determined", "2 or 3 as determined by Inno LiPa assay"),
    ],
)
def test_a_closing_tail_stays_where_it_could_change_its_scope(nct_id: str, source: str, kept: str) -> None:
    assert kept in rewritten(nct_id, source)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a window after the exception may be the whole sentence's
        ("You have had cancer, except basal cell carcinoma, in the past 5 years.", None),
        # "except in …" is a condition, no noun phrase for "This does not include"
        ("Your bilirubin is 1.5 mg/dL or less, except in patients with Gilbert's syndrome.", None),
        # the study doctor's judgement is offline_asides' ("The study doctor decides this.")
        ("You have uncontrolled hypertension as determined by the study doctor.",
         "You have uncontrolled hypertension. The study doctor decides this."),
        # bracketed: the brackets say where it starts and ends
        ("Your LVEF is 50% or more (as determined by heart ultrasound or MUGA).",
         "Your LVEF is 50% or more. This is determined by heart ultrasound or MUGA."),
    ],
)
def test_closing_tails_on_composed_text(text: str, kept: str | None) -> None:
    assert split_sentences(text) == (kept or text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Antiviral treatment is allowed, but you should not be on interferon.",
         "Antiviral treatment is allowed. But you should not be on interferon."),
        ("Rivaroxaban and warfarin, but enoxaparin is allowed.",
         "Rivaroxaban and warfarin. But enoxaparin is allowed."),
        ("You must be on an anti-seizure medicine, but this medicine CANNOT be phenytoin.",
         "You must be on an anti-seizure medicine. But this medicine CANNOT be phenytoin."),
        # no subject of its own, a phrase, a condition over both, a bracket, a heading: as written
        ("Children can take part, but must be treated at a dose tested in adults.", None),
        ("Treated with at least one, but less than 4 lines of treatment.", None),
        ("Pleural effusions allowed, but not considered measurable disease.", None),
        ("If you are female, you may take part, but you must use birth control.", None),
        ("You have an illness (such as X, but this is rare) now.", None),
        ("Other: X is allowed, but Y is not.", None),
    ],
)
def test_a_but_clause_with_its_own_subject_becomes_a_sentence(text: str, plain: str | None) -> None:
    assert but_clause(text) == (plain or text)


def test_a_but_clause_on_a_real_criterion() -> None:
    text = rewritten("NCT03253289", "Antiviral therapy for HCV and HBV is allowed, but")
    assert "is allowed. But" in text
