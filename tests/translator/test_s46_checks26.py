"""checks26: list items left out that the checks missed (planted `clause_dropped` cases of the mutation suites), and
faithful LLM wordings that were flagged; each fixed narrowly, the faithful wording silent and the real loss caught.

- translator.fidelity_list_ends: a bullet's list that ends on a comma and a bare item where the source joins one more
  item with "and"/"or" ("psychosis, bipolar affective disorder." for "…, bipolar affective disorder, or psychosis");
- translator.fidelity_list_members: a lexicon wording's words that the source says in other members say none of this
  one ("blood" of "salts in the blood" for "electrolytes" beside "complete blood count");
- translator.fidelity_disease_names: a disease's name ("carcinosarcoma") of a list item that no bullet says;
- translator.fidelity_content: "viral"/"fungal"/"bacterial" said as the germ; translator.fact_pronoun_one: "a chronic
  or localized one".
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

DIAGNOSES = "patients diagnosed with obsessive-compulsive disorder, bipolar affective disorder, or psychosis"
RECORDS = ("Prior treatment with commercial SPD489 in the 6 months preceding the Screening Visit must be documented by "
           "prescription records, prescribing physician notes, or pharmacy records.")
SPREAD = ("No evidence of metastatic disease in the brain, spine or cerebral spinal fluid (CSF) assessed by MRI of the "
          "brain/spine and lumbar puncture for CSF cytology.")
GLUCOSE = ("Study subjects will be inclusive of prior GDM women with impaired fasting glucose (IFG), impaired glucose "
           "tolerance (IGT), or both (IFG/IGT) postpartum.")


@pytest.mark.parametrize(("source", "cut", "kind"), [
    # NCT00510276 (paraphrase 355, Chia plant): the last item left out with its "or"
    (DIAGNOSES, "You have been diagnosed with psychosis, bipolar affective disorder.", EXC),
    # NCT00877487 I5 (corpus plant)
    (RECORDS, "Past treatment with commercial SPD489 in the 6 months before the Screening Visit must be recorded by "
              "prescription records, prescribing doctor notes.", INC),
    # NCT04474964 (paraphrase 10, Chia plant)
    (SPREAD, "There is no sign that the cancer has spread to your brain, spine. This is checked with an MRI scan of "
             "the brain and spine and a lumbar puncture (spinal tap) to look at the cells in the CSF.", INC),
    # NCT00351039 (paraphrase 492, Chia plant): a list turned around, joined after the item before the bare one
    ("NSCLC histologies that will be included in this trial will be adenocarcinoma, large cell carcinoma and "
     "adeno-squamous carcinoma.", "The NSCLC types included in this trial are large cell carcinoma, adeno-squamous "
     "carcinoma.", INC),
    # NCT01856907 (paraphrase 134, corpus plant): an abbreviation in brackets ends the bare item
    (GLUCOSE, "Women who had GDM and after the birth have impaired fasting glucose (IFG), impaired glucose tolerance "
              "(IGT).", INC),
])
def test_a_list_cut_short_at_its_end_is_caught(source: str, cut: str, kind: SectionKind) -> None:
    assert "content_missing" in checks(source, cut, kind)


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    (DIAGNOSES, "You have been diagnosed with psychosis, bipolar affective disorder, or obsessive-compulsive disorder.",
     EXC),
    (DIAGNOSES, "You have been diagnosed with obsessive-compulsive disorder, bipolar affective disorder, or psychosis.",
     EXC),
    (RECORDS, "Past treatment with commercial SPD489 in the 6 months before the Screening Visit must be recorded by "
              "prescription records, prescribing doctor notes, or pharmacy records.", INC),
    ("NSCLC histologies that will be included in this trial will be adenocarcinoma, large cell carcinoma and "
     "adeno-squamous carcinoma.", "The NSCLC types included in this trial are large cell carcinoma, adeno-squamous "
     "carcinoma and adenocarcinoma.", INC),
    (GLUCOSE, "Women who had GDM and after the birth have impaired fasting glucose (IFG), impaired glucose tolerance "
              "(IGT), or both (IFG/IGT) can take part.", INC),
    # the source ends its own list bare: a copy keeps its shape (NCT01078298)
    ("Current or past diagnosis of dementia, schizophrenia, schizoaffective disorder, or other psychotic disorder, "
     "bipolar I disorder, bipolar II disorder.",
     "You have a current or past diagnosis of dementia, schizophrenia, schizoaffective disorder, or other psychotic "
     "disorder, bipolar I disorder, bipolar II disorder.", EXC),
    # a bare end after an item with its own "or" (NCT02071082)
    ("A history of malignancy within the past 5 years or ongoing malignancy other than cutaneous Kaposi's sarcoma "
     "(KS), basal cell carcinoma, or resected, non-invasive carcinoma.",
     "You have had cancer within the past 5 years or ongoing cancer other than skin Kaposi's sarcoma (KS), basal cell "
     "carcinoma, or resected, non-invasive carcinoma.", EXC),
])
def test_a_list_that_keeps_its_joining_word_or_the_sources_shape_is_silent(source: str, faithful: str,
                                                                           kind: SectionKind) -> None:
    assert "content_missing" not in checks(source, faithful, kind)


def test_a_lead_in_before_a_colon_is_no_list_end() -> None:
    # NCT00570921: ", defined as any one of these:" opens a list, it ends none
    from translator.fidelity_list_ends import cut_list_ends

    source = ("Postmenopausal status, defined as any one of the following criteria: Documented history of bilateral "
              "oophorectomy, Age 60 years or more, OR Age 45 to 59")
    assert cut_list_ends(source, ["Postmenopausal status, defined as any one of these: Recorded history of removal of "
                                  "both ovaries, Age 60 years or older, OR Age 45 to 59 years old"]) == []
    assert cut_list_ends(source, ["Postmenopausal status, defined as any one of these:"]) == []


def test_a_disorder_left_out_of_a_reordered_list_is_caught() -> None:
    # NCT00510276 (paraphrase 355, corpus plant): the lexicon wording of "bipolar affective disorder" ("a mood
    # condition …") held it said by the "disorder" of the member beside it
    assert "content_missing" in checks(DIAGNOSES, "You have been diagnosed with psychosis, or obsessive-compulsive "
                                                  "disorder.")


@pytest.mark.parametrize("faithful", [
    "You have been diagnosed with psychosis, bipolar affective disorder, or obsessive-compulsive disorder.",
    "You have been diagnosed with psychosis, a mental health condition with extreme mood swings, or "
    "obsessive-compulsive disorder.",
])
def test_a_disorder_said_in_a_reordered_list_is_silent(faithful: str) -> None:
    assert checks(DIAGNOSES, faithful) == []


INFECTION = "Active bacterial, viral, or fungal infection requiring systemic therapy"
NO_INFECTION = "No active bacterial, fungal, or viral infection"
LOCALIZED = "Current or recent infections, including chronic or localized."
ANTI_INFECTIVES = ("Subject has any active infection (including chronic or localized infections) for which "
                   "anti-infectives were indicated within 4 weeks prior to the first dose of investigational product.")


@pytest.mark.parametrize(("source", "faithful"), [
    # NCT00090051 E8, NCT00004031: the germ for the adjective ("viral" said "viruses", "fungal" said "fungi")
    (INFECTION, "You have an active infection caused by bacteria, viruses or fungi that needs systemic treatment."),
    (NO_INFECTION, "You have no active infection caused by bacteria, fungi or viruses."),
    # NCT00768053 E3, NCT02376790 E2: "one" for "infection" after two words joined by "or"
    (LOCALIZED, "You have a current or recent infection, including a chronic or localized one."),
    (ANTI_INFECTIVES, "You have any active infection, including a chronic or localized one, for which anti-infective "
                      "medicines were needed within 4 weeks before your first dose of the study product."),
])
def test_faithful_llm_wordings_stay_silent(source: str, faithful: str) -> None:
    assert checks(source, faithful) == []


@pytest.mark.parametrize(("source", "wrong", "check"), [
    # the germ really left out
    (INFECTION, "You have an active infection caused by bacteria or viruses that needs systemic treatment.",
     "content_missing"),
    (NO_INFECTION, "You have no active infection caused by bacteria or fungi.", "content_missing"),
    # "one" that counts: no article before the joined words, or a number word among them
    (LOCALIZED, "You have had a chronic or localized one infection.", "fact_invented"),
    (LOCALIZED, "You have a current or recent infection, including a chronic or a total of one localized.",
     "fact_invented"),
])
def test_the_real_errors_stay_caught(source: str, wrong: str, check: str) -> None:
    assert check in checks(source, wrong)


@pytest.mark.parametrize(("source", "cut", "faithful"), [
    # NCT02138136 (paraphrase 409, Chia plant): "mental health" said by the source's "medical status"
    ("Has significant change in medical status, newly diagnosed and uncontrolled cardiovascular, liver or lung "
     "disease, neurologic or psychiatric disorder, or other systemic disease",
     "Your medical status has changed significantly, or you have a newly diagnosed and uncontrolled heart, liver or "
     "lung disease, a neurologic, or another systemic disease.",
     "Your medical status has changed significantly, or you have a newly diagnosed and uncontrolled heart, liver or "
     "lung disease, a neurologic or mental health disorder, or another systemic disease."),
    # NCT00278434 (paraphrase 459, Chia plant): "salts in the blood" said by the source's "complete blood count"
    ("Screening laboratory values within normal range (e.g., complete blood count, liver function tests, renal panel, "
     "and electrolytes)",
     "Your screening lab values are within the normal range, complete blood count, renal panel and liver function "
     "tests.",
     "Your screening lab values are within the normal range, for example your electrolytes, complete blood count, "
     "renal panel and liver function tests."),
])
def test_a_member_said_only_by_the_words_of_other_members_is_caught(source: str, cut: str, faithful: str) -> None:
    assert "content_missing" in checks(source, cut, INC)
    assert checks(source, faithful, INC) == []


def test_a_wording_whose_words_all_say_other_members_still_says_its_member() -> None:
    # NCT05605119: "heart attack" for "myocardial infarction" beside "heart failure" and "transient ischemic attack"
    source = ("Uncontrolled congestive heart failure, angina, myocardial infarction, cerebrovascular accident, or "
              "transient ischemic attack")
    assert checks(source, "You have uncontrolled congestive heart failure, angina, a heart attack, stroke, or "
                          "transient ischemic attack.") == []


ENDOMETRIUM = ("Females, over 18 years, with histologically confirmed primary epithelial cancer of the endometrium of "
               "any cell type or uterine carcinosarcoma (mixed malignant mullerian tumour);")


def test_a_disease_name_left_out_of_a_list_is_caught() -> None:
    # NCT04073706 (paraphrase 373, corpus plant): "uterine" is said by "the lining of the womb", "carcinosarcoma" not
    assert "content_missing" in checks(ENDOMETRIUM, "You are a woman over 18 years old. Tissue tests have confirmed "
                                                    "that you have a primary epithelial cancer of the endometrium (the "
                                                    "lining of the womb) of any cell type.", INC)


@pytest.mark.parametrize(("source", "faithful"), [
    (ENDOMETRIUM, "You are a woman over 18 years old. Tissue tests have confirmed that you have a primary epithelial "
                  "cancer of the endometrium (the lining of the womb) of any cell type, or uterine carcinosarcoma "
                  "(mixed malignant mullerian tumour)."),
    # a rare word of another kind is said in everyday words (NCT02730377, paraphrase 107)
    ("Stable daily dose of metformin as monotherapy equal to or above 1500 mg",
     "You are on a steady daily dose of metformin alone, of 1500 mg or more."),
])
def test_a_disease_name_said_or_a_rare_everyday_word_reworded_is_silent(source: str, faithful: str) -> None:
    assert "content_missing" not in checks(source, faithful, INC)


BILIRUBIN = ("Known or suspected disorder of bilirubin metabolism or excretion, including, but not limited to, "
             "Gilbert's syndrome, Crigler-Najjar syndrome, Dubin-Johnson syndrome, and Rotor syndrome")
BILIRUBIN_SAID = ("You have a known or suspected disorder of how the body breaks down or gets rid of bilirubin, "
                  "including, but not limited to, Rotor syndrome, {}Dubin-Johnson syndrome, and Gilbert's syndrome.")


def test_a_syndrome_named_after_people_left_out_is_caught() -> None:
    # NCT00249301 (paraphrase 363, corpus and Chia plant): "syndrome" is said by its neighbours, "Crigler-Najjar" not
    assert "content_missing" in checks(BILIRUBIN, BILIRUBIN_SAID.format(""))
    assert checks(BILIRUBIN, BILIRUBIN_SAID.format("Crigler-Najjar syndrome, ")) == []
