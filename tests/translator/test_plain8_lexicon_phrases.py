"""plain8: lexicon phrases that replace common jargon left in bullets, and where they must stay as written.

Whole phrases whose plain wording moves a modifier after its noun ("symptomatic brain metastases" → "brain
metastases that cause symptoms", "prohibited medications" → "medicines that are not allowed"), single terms with an
exact plain equal ("excipients" → "inactive ingredients", "hematologic malignancy" → "blood cancer"), and the
guards of translator.offline_postposed_terms. `said` also checks that the fidelity check finds no error."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.lexicon import Lexicon
from translator.offline_postposed_terms import adds_negation, postposed, strands

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("Symptomatic brain metastases.", EXC, "You have brain metastases that cause symptoms."),
    ("Symptomatic CNS metastases.", EXC, "You have CNS metastases that cause symptoms."),
    ("Symptomatic congestive heart failure within 6 months.", EXC,
     "You have congestive heart failure that causes symptoms within 6 months."),
    ("Known hypersensitivity to any of the excipients of the study drug.", EXC,
     "You have a known allergy to any of the inactive ingredients of the study drug."),
    ("Use of prohibited medications within 14 days.", EXC,
     "You have used medicines that are not allowed within 14 days."),
    ("Systemic immunosuppressive therapy within 28 days.", EXC,
     "You have had systemic treatment that weakens the immune system within 28 days."),
    ("Patients receiving an immunosuppressive agent.", EXC,
     "You are getting a medicine that weakens the immune system."),
    ("History of hematologic malignancy.", EXC, "You have had blood cancer."),
    ("Women who are postmenopausal or surgically sterile.", INC, "postmenopausal or sterilized by surgery"),
    ("Women who are not surgically sterilized.", INC, "not sterilized by surgery"),
])
def test_a_phrase_with_an_exact_plain_equal_is_replaced(text: str, kind: SectionKind, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize(("text", "kept"), [
    # a listed modifier shares the noun: it would qualify nothing
    ("Untreated or symptomatic brain metastases.", "untreated or symptomatic brain metastases"),
    ("Active or symptomatic coronary artery disease.", "active or symptomatic coronary artery disease"),
    # a noun joined after may share the modifier: the source leaves that open (the noun still gets its plain word)
    ("Symptomatic bradycardia or arrhythmia.", "symptomatic slow heart rate or arrhythmia"),
    # the bracketed abbreviation names the phrase, not "symptoms"
    ("Symptomatic congestive heart failure (CHF) within 6 months.", "symptomatic congestive heart failure (CHF)"),
    # an adverb before the phrase goes with the moved word
    ("Patients with clinically symptomatic brain metastases", "clinically symptomatic brain metastases"),
    # a participle, a class or a number after the phrase would seem to qualify the moved words
    ("Symptomatic brain metastases requiring steroids.", "symptomatic brain metastases"),
    ("Symptomatic congestive heart failure of New York Heart Association Class III or IV",
     "symptomatic congestive heart failure of NYHA"),
    ("Symptomatic congestive heart failure ≥ class 2.", "symptomatic congestive heart failure class 2 or higher"),
    # one-word items listed after it may share the modifier
    ("Used a prohibited medication, device, or procedure within 2 months.",
     "prohibited medicine, device, or procedure"),
    # after a "not", "not allowed" would say the negation twice
    ("A positive drug screen is permitted if it is due to a prescribed medication, provided that medication is not a "
     "prohibited medication.", "is not a prohibited medicine"),
    # "not allowed" before more words is a negation the checks count: the phrase stays
    ("Taking any prohibited medications listed in Section 5", "prohibited medicines listed"),
])
def test_a_phrase_that_would_strand_a_word_stays(text: str, kept: str) -> None:
    assert kept in said(text, EXC)


def test_a_name_that_holds_a_replaced_word_keeps_it() -> None:
    # a scale's name is what the reader looks up (translator.offline_terms._in_a_name)
    assert "Symptomatic Heart Failure Scale" in said("Score on the Symptomatic Heart Failure Scale above 10.", EXC)


def test_an_adverb_first_phrase_shares_no_noun() -> None:
    assert not postposed("surgically sterile", "sterilized by surgery")
    assert postposed("symptomatic brain metastases", "brain metastases that cause symptoms")
    assert not postposed("excised", "removed by surgery")  # one word: nothing to strand
    assert not strands("steroids or symptomatic brain metastases.", 12, 40, "symptomatic brain metastases",
                       "brain metastases that cause symptoms")
    assert strands("symptomatic brain metastases requiring steroids", 0, 28, "symptomatic brain metastases",
                   "brain metastases that cause symptoms")


def test_a_wording_that_adds_a_negation_is_told() -> None:
    text = "prohibited medications listed in Section 5"
    assert adds_negation(text, 0, 22, "medicines that are not allowed")
    assert not adds_negation("prohibited medications.", 0, 22, "medicines that are not allowed")
    assert not adds_negation(text, 0, 22, "forbidden medicines")


def test_replaced_terms_get_no_definition_and_kept_ones_do() -> None:
    lexicon = Lexicon.load()
    excipient = lexicon.find("its excipients")[0]
    assert excipient.replacement == "inactive ingredients"
    # the bullet's own words still carry their definitions ("congestive heart failure" is defined)
    assert [m.entry.term for m in lexicon.find("congestive heart failure that causes symptoms")
            if hasattr(m.entry, "term")] == ["congestive heart failure"]
    assert lexicon.find("symptomatic congestive heart failure")[0].replacement == (
        "congestive heart failure that causes symptoms")


@pytest.mark.parametrize(("text", "kind", "plain"), [
    ("History of cardiovascular disease.", EXC, "You have had heart and blood vessel disease."),
    ("Surgical bilateral oophorectomy with or without hysterectomy.", INC, "removal of both ovaries"),
    ("Men who have had bilateral orchiectomy.", INC, "removal of both testicles"),
])
def test_a_procedure_or_disease_with_an_exact_plain_equal_is_replaced(text: str, kind: SectionKind, plain: str) -> None:
    assert plain in said(text, kind)


@pytest.mark.parametrize(("text", "kept"), [
    # the plain wording's own "and" inside a list joined by "or": which words go together would be a guess
    ("Renal or cardiovascular disease.", "kidney or cardiovascular disease"),
    ("Significant cardiovascular or cerebrovascular disease.", "cardiovascular or cerebrovascular disease"),
])
def test_a_wording_with_its_own_joiner_stays_out_of_a_joined_list(text: str, kept: str) -> None:
    assert kept in said(text, EXC)


def test_a_wording_with_its_own_joiner_is_replaced_between_commas() -> None:
    assert "liver, kidney, heart and blood vessel, metabolic" in said(
        "Hepatic, renal, cardiovascular, metabolic or hormonal disorders", EXC)


def test_a_kept_phrase_still_says_its_noun_plainly() -> None:
    # "untreated and uncontrolled hypertension": the listed modifier shares the noun, so "uncontrolled" stays
    assert "untreated and uncontrolled high blood pressure" in said("Untreated and uncontrolled hypertension", EXC)


def test_a_term_that_brings_its_own_joiner_is_still_replaced_in_a_list() -> None:
    # "renal or hepatic impairment" says its "or" itself: the list beside it reads as before
    assert "reduced kidney or liver function" in said("Diabetes or renal or hepatic impairment.", EXC)


def test_a_definition_of_a_phrase_defines_only_its_own_words() -> None:
    text = "Uncontrolled hypertension defined as systolic blood pressure > 150 mmHg."
    assert said(text, EXC).startswith("You have high blood pressure that is not under control.")


@pytest.mark.parametrize(("text", "kind", "kept"), [
    # before a noun, "sterilized by surgery" cannot stand where "surgically sterile" did
    ("Surgically sterilised (including hysterectomy) female partner", INC, "Surgically sterilised"),
    ("surgically sterile women", INC, "Surgically sterile women"),
    # "immunosuppressant" before a noun or sharing one stays (only its phrases are replaced)
    ("Immunosuppressant or corticosteroid therapy", EXC, "Immunosuppressant or corticosteroid"),
])
def test_a_phrase_before_a_noun_stays(text: str, kind: SectionKind, kept: str) -> None:
    assert kept in said(text, kind)


def test_an_immunosuppressant_medicine_is_one_phrase() -> None:
    assert "medicine that weakens the immune system." in said("Taking immunosuppressant medication", EXC)
