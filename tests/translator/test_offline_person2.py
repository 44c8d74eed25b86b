"""Third-person and noun-phrase bullets put to the reader, second round (translator.offline_leads and the
agreement of a subject's later verbs in translator.offline_mentions), on real corpus criteria.

Each case is a criterion whose bullet still opened with a fragment ("Now have active cancer", "Use of X",
"Past X allowed") or broke agreement after "You" ("You are considered a suicide risk, has previously made …")
before these rules; the kept cases are shapes where "You …" would guess a tense or misstate who is meant.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline_audit import _faithful
from translator.offline_edits import tidy


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a list of the subject's verbs after commas agrees with "you"
        (
            "NCT00877487",
            "Subject is currently considered a suicide risk",
            "You are now considered a suicide risk, have previously made a suicide attempt or have",
        ),
        ("NCT02750306", "Is pregnant, is attempting", "You are pregnant, are attempting to get pregnant, or are"),
        ("NCT03012334", "Participant has a regular sleep", "You have a regular sleep pattern, are not engaged in"),
        # "and, is"
        ("NCT00718640", "Participants who received at least 1", "You received at least 1 past line of chemotherapy"),
    ],
)
def test_later_verbs_of_the_reader_agree(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


def test_a_verb_after_or_who_agrees_unless_negated() -> None:
    text = _faithful("NCT02422186", "Participants who has received vagal")
    # both verbs "received" (words13): "have had X or have received Y" joined two verbs for one act unevenly
    assert text.startswith("You have received vagal nerve stimulation (VNS) or have received deep brain stimulation")
    # "… or who has not recovered": "or have not recovered" would read as one negated list, and the check would send
    # the criterion back to its own words; the second person stays
    assert _faithful("NCT02538510", "Has had a prior monoclonal").startswith("You have had a past monoclonal")


def test_a_verb_after_and_comma_agrees() -> None:
    assert "and, are refractory to or have relapsed" in _faithful("NCT00718640", "Participants who received at least 1")


def test_a_verb_after_a_clause_of_its_own_keeps_its_subject() -> None:
    # "who is involved": the employee's verb, not the reader's
    text = _faithful("NCT02068443", "Is a study site employee")
    assert text.startswith("You are a study site employee, are its immediate family member, are in a dependent")
    assert "employee who is involved" in text


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # "Currently …": a sentence about the reader, its "currently" kept as "now"
        ("NCT00064623", "Currently have active malignant", "You now have active cancer."),
        ("NCT02141399", "Currently pregnant or breastfeeding", "You are now pregnant or breastfeeding."),
        ("NCT02357901", "Currently meets Diagnostic", "You now meet Diagnostic and Statistical Manual"),
        ("NCT00604461", "Currently ongoing unstable angina", "You now have ongoing unstable angina."),
        # "Use of X" in an exclusion: a present use when no time is said, a past use before a window
        ("NCT00384228", "Use of therapeutic warfarin", "You use therapeutic warfarin."),
        (
            "NCT02050815",
            "Use of an investigational drug",
            "You have used an experimental drug within 30 days of screening.",
        ),
        (
            "NCT01670032",
            "Use of systemic antibiotics",
            "You have used systemic antibiotics or systemic steroids in the 14",
        ),
        # a rate ("10 mg/day") says how much, not when; "the following" is no time
        ("NCT02115750", "Use of prednisone greater than", "You use prednisone greater than 10mg/day."),
        ("NCT02585713", "Use of the following CYP3A4 inducers", "You use the following cytochrome P450 3A4"),
        # "(except allowed medicines; see Section 8.1.2)": the ";" inside brackets ends no sentence
        ("NCT02493777", "Use of prescription medications", "You have used prescription medicines (except allowed"),
        # a permission stays a permission, a prohibition a prohibition
        ("NCT00026299", "Prior adjuvant chemotherapy allowed", "You may have had adjuvant chemotherapy."),
        ("NCT02650752", "Prior capecitabine therapy is allowed", "You may have had capecitabine treatment, provided"),
        ("NCT00703638", "Prior radiation therapy is allowed except", "You may have had radiation treatment except to"),
        (
            "NCT00337194",
            "Prior treatment with an anti-CD30",
            "You cannot join if you have had treatment with an anti-CD30",
        ),
        ("NCT02658084", "Prior use of Pertuzumab", "You may have used"),
        # "history" kept
        ("NCT03208712", "Any history of allografts", "You have ever had allografts."),
        # a group narrowed by child-bearing: the narrowing kept, as "if you are a woman who …"
        (
            "NCT03382886",
            "Women of childbearing potential (WOCBP) must",
            "If you are a woman who can get pregnant, you",
        ),
        (
            "NCT02973503",
            "Females of childbearing potential (as",
            "If you are a female who can get pregnant (as defined",
        ),
        ("NCT02413918", "Women of child-bearing potential who", "You are a woman who can get pregnant and are not"),
        (
            "NCT01664624",
            "A female of childbearing potential who is sexually",
            "If you are a female who can get pregnant and are sexually active with a nonsterilized male partner, "
            "you agree to use",
        ),
        (
            "NCT03303521",
            "Females of childbearing potential, unless",
            # (since session 57 "This does not apply if" reads as the "unless" it says: the full rewrite passes)
            "You are a female who can get pregnant. This does not apply if",
        ),
    ],
)
def test_an_opening_without_a_subject_is_put_to_the_reader(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


def test_what_is_the_readers_own_is_yours() -> None:
    assert _faithful("NCT03445013", "Women of childbearing potential (WOCBP) must").endswith(
        "for 30 days after your final study visit."
    )


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # a use whose time is the clause's ("which cannot be stopped prior to study entry"); (one during the trial is
        # said as still to come now: test_offline_words9)
        ("NCT02031081", "Use of narcotics", "Use of narcotics or promotility agents which cannot be stopped"),
        # an inclusion's "Use of X" under a list of examples is no statement about the reader
        ("NCT00633217", "Use of implants of levonorgestrel", "Use of implants of levonorgestrel"),
        # an exclusion's "allowed" is a note on what it does not exclude
        ("NCT01218477", "Prior therapies for CML", "Past treatments for"),
        # (a header over what is asked of them, "Females of childbearing potential (…) must:", is a condition on the
        # reader now: test_s50_subject_asides; "… and men must X", another group with the same duty:
        # test_offline_person3)
    ],
)
def test_an_opening_whose_tense_or_subject_would_be_a_guess_stays(nct_id: str, source: str, kept: str) -> None:
    assert _faithful(nct_id, source).startswith(kept)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # an aside between a relative pronoun and its verb leaves the clause its own ("which, in the study
        # doctor's view, could …"), so the opening no longer bails
        (
            "NCT01448200",
            "History of alcohol abuse or illicit drug use which",
            "You have had alcohol abuse or illegal drug use which, in the study doctor's view, could get in the way",
        ),
        # "… or who, in the opinion of the investigator, will likely need …": the relative pronoun goes with the subject
        ("NCT03042611", "Patients who had therapeutic paracentesis", "You had therapeutic paracentesis of ascites"),
        # an exclusion judged, then an exception: the exception stays with the condition
        (
            "NCT03572478",
            "Patients with symptomatic or impending",
            "You have symptomatic or impending spinal cord compression, unless appropriately treated.",
        ),
        # a gloss in brackets that says the words before it again, in the plural, goes
        ("NCT07030517", "Contraceptive use by female", "Birth control use by female participants should be"),
    ],
)
def test_a_clause_or_gloss_is_read_whole(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


def test_a_later_who_after_an_aside_goes_with_the_subject() -> None:
    text = _faithful("NCT03042611", "Patients who had therapeutic paracentesis")
    assert "before starting study treatment or, in the study doctor's view, will likely need" in text


def test_the_said_twice_gloss_is_gone() -> None:
    text = _faithful("NCT07030517", "Contraceptive use by female")
    assert "not a woman who can get pregnant or is a woman who can get pregnant and using" in text


def test_two_criteria_run_together_stay_in_the_third_person() -> None:
    # "… congenital disorder Subjects who, in the investigator's opinion, cannot be treated …"
    assert _faithful("NCT01463982", "Patients who have psychiatric").startswith("Patients who have")


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a condition with no subject of its own, then the reader's verb
        ("NCT01930045", "If female, is not pregnant", "If you are female, you are not pregnant or breastfeeding."),
        ("NCT01382719", "If subject has a male sexual partner", "If you have a male sexual partner, you have recorded"),
        # the lexicon says the condition to the reader already ("if female of childbearing potential")
        (
            "NCT01644617",
            "If female of childbearing potential",
            "If you are female and can get pregnant, you have a negative urine pregnancy test at screening",
        ),
    ],
)
def test_a_condition_then_a_verb_is_said_to_the_reader(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # "… prepared to use this for the child": the reader is the child's parent, not the participant
        ("NCT02028676", "If living in a malaria", "If living in a malaria endemic area, has"),
        # the judgement is a relative clause's ("or who, in the opinion of the Investigator, should not participate")
        ("NCT02631928", "Subject with mental incapacity", "Subject with mental incapacity"),
    ],
)
def test_a_judgement_or_condition_of_someone_else_stays(nct_id: str, source: str, kept: str) -> None:
    assert _faithful(nct_id, source).startswith(kept)


@pytest.mark.parametrize(
    ("nct_id", "source", "said"),
    [
        # two sentences glued by the source's full stop ("… taking lenalidomide.FCBP must also agree …")
        ("NCT01200004", "Females of childbearing potential (FCBP) must", "lenalidomide. Females who can get"),
        ("NCT01397084", "Ongoing (until date of Visit 1)", "for at least 4 weeks. You must take rabeprazole"),
    ],
)
def test_glued_sentences_are_parted(nct_id: str, source: str, said: str) -> None:
    assert said in _faithful(nct_id, source)


def test_a_web_address_or_an_example_keeps_its_dot() -> None:
    assert tidy("See CredibleMeds.org for the list", sentence=False) == "See CredibleMeds.org for the list"
    assert tidy("Anti convulsion medicines.such as X", sentence=False) == "Anti convulsion medicines.such as X"
