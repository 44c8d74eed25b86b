"""The twelfth round: a bullet that says "you" keeps saying "you" (the reader's later "them", "her", "he or she
were"), and openings that are a participle, a gerund or a subject-less phrase put to the reader; with the cases
each must leave."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_participles import participle_edits
from translator.offline_pronouns import reader_pronouns

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("Patients who have undergone chest surgery or have conditions that prevent them from performing spirometry",
     "You have had chest surgery or have conditions that prevent you from performing spirometry."),
    ("Patients with lung disease that puts them at risk of bleeding.",
     "You have lung disease that puts you at risk of bleeding."),
    ("Patients with a seizure disorder predisposing them to falls during exercise.",
     "You have a seizure disorder predisposing you to falls during exercise."),
    ("Any condition that would place the subject at unacceptable risk if he or she were to take part",
     "You have any condition that would place you at unacceptable risk if you were to take part."),
    # the doer of the verb is not its object: the chaperone, the adult accompany and stay with the reader
    ("Patients must have a reliable chaperone accompany them home after the procedure",
     "You must have a reliable chaperone accompany you home after the procedure."),
    ("Patients must have a nominated adult who can stay with them for 24 hours",
     "You must have a nominated adult who can stay with you for 24 hours."),
    ("Patients must be in complete response from her first line treatment.",
     "You must be in complete response from your first line treatment."),
    # "her" as the object of a verb whose object is a person is "you", not "your"
    ("Patients with a mental condition rendering her unable to understand the study.",
     "You have a mental condition rendering you unable to understand the study."),
    # "other" describes the sites; a doctor named only as whose view it is can be no one "them" means
    ("Patient must have other untreated metastatic sites that would qualify them for this protocol",
     "You must have other untreated metastatic sites that would qualify you for this study plan."),
    ("Patients must have any condition that, in the study doctor's view, would expose them to undue risk",
     "You must have any condition that would expose you to undue risk. The study doctor decides this."),
])
def test_the_readers_later_pronouns_say_you(text: str, plain: str) -> None:
    assert said(text) == plain


def test_their_owning_the_people_named_before_it_is_the_readers() -> None:
    # "infants … their infants": the infants are not their own mothers
    assert said("Female patients with infants must agree not to breastfeed their infants while on this study.",
                INC).endswith("you must agree not to breastfeed your infants while on this study.")


def test_the_people_the_opening_named_are_the_reader_their_owns() -> None:
    # "Women of childbearing potential" became "If you are female …": the women are the reader, not someone else
    assert said("Women of childbearing potential must use reliable contraception for 3 months after their last dose "
                "of medication.", INC).endswith("for 3 months after your last dose of medication.")
    # a partner named after the opening is someone else
    assert "their partners" in said("Female subjects and their partners must use contraception", INC)


@pytest.mark.parametrize("text", [
    # someone else between the opening and the pronoun: it may mean them
    "Patients whose partners have conditions that prevent them from using condoms",
    "Patients must have a caregiver, and the caregiver must keep them informed of their visits",
    # a new sentence has its own subject
    "Patients must have measurable disease. Lesions are measured when they are stable; staff will put them aside.",
])
def test_a_pronoun_someone_else_may_mean_stays(text: str) -> None:
    assert not any(e.text in ("you", "your") for e in reader_pronouns(text, 8))


@pytest.mark.parametrize(("text", "kept"), [
    ("Patients with HER2 positive disease", "HER2"),  # a gene, not a pronoun
    ("Patients with his bundle block", "his bundle"),  # a part of the heart
    ("Patients must have a caregiver able to allow her to attend visits", "her"),  # the caregiver's own
    ("Female patients must agree to help her partner use condoms", "her partner"),  # after a verb: may be the object
    ("Patients who cannot swallow drugs that put them at risk of aspiration or their metabolites", "them"),
])
def test_words_that_only_look_like_the_readers_pronouns_stay(text: str, kept: str) -> None:
    if kept == "them":  # drugs put "them" (the reader) at risk: the reader's; the metabolites are the drugs'
        assert "put you at risk" in said(text) and "their metabolites" in said(text)
    else:
        assert kept in said(text)


@pytest.mark.parametrize(("text", "plain"), [
    ("Having cancer-related pain", "You have cancer-related pain."),
    ("Having signed the informed consent form.", "You have signed the informed consent form."),
    ("Having had more than one treatment regimen with carboplatin",
     "You have had more than one treatment regimen with carboplatin."),
    ("Having had surgery within 4 weeks before randomization",
     "You have had surgery within 4 weeks before randomization."),
    ("Having hallucinations or having delusions", "You have hallucinations or have delusions."),
    ("Being treated with any of the following medications at the same time.",
     "You are being treated with any of these medicines at the same time."),
    ("Being diagnosed with severe COVID-19", "You have been diagnosed with severe COVID-19."),
    ("Being 18 years or older", "You are 18 years or older."),
    ("At risk for tuberculosis", "You are at risk for tuberculosis."),
    ("At high risk of HIV infection", "You are at high risk of HIV infection."),
    ("Diagnosed within the past 8 weeks", "You were diagnosed within the past 8 weeks."),
    ("Diagnosed at least 6 months ago", "You were diagnosed at least 6 months ago."),
    ("Does not have a history of diabetes", "You have not had diabetes."),  # (offline_histories, session 47)
    ("Does NOT meet inclusion criteria", "You do NOT meet inclusion criteria."),
    ("Do not agree to use contraception during the study", "You do not agree to use birth control during the study."),
    ("Known to have type I diabetes", "You are known to have type I diabetes."),
    ("Diagnosed or treated for another cancer within 3 years of enrollment",
     "You have been diagnosed or treated for another cancer within 3 years of joining the study."),
    ("Diagnosed or suspected congenital long QT syndrome",
     "You have diagnosed or suspected congenital long QT syndrome."),
    ("Having a history of fracture in the shoulder area", "You have had a fracture in the shoulder area."),
    ("Treated with PPAR agonists in the 12 weeks prior to study start",
     "You have been treated with PPAR agonists in the 12 weeks before study start."),
    ("Treated with insulin for at least 3 months", "You have been treated with insulin for at least 3 months."),
    ("Has the patient had a stroke?", "Have you had a stroke?"),
    ("Is the patient at least 50 years old?", "Are you at least 50 years old?"),
    ("Does the patient have a residual urine volume > 350 mL by ultrasound?",
     "Do you have a residual urine volume more than 350 mL by ultrasound?"),
])
def test_a_participle_or_subjectless_opening_is_put_to_the_reader(text: str, plain: str) -> None:
    assert said(text) == plain


@pytest.mark.parametrize("text", [
    # a present "have" would guess the tense of a past window
    "Having 2 or more injections in the past 12 months",
    "Being treated with steroids within 3 months before screening",
    # the participant named as someone else: the criterion is the doctor's
    "Does not consider Alzheimer's disease as a potential cause of the patient's cognitive decline.",
    # a question about something else, or one that is no question
    "Is the age of the patient 18 years or older?",
    "Has the patient taken or is currently taking any of these:",
    # a verb of its own in the first clause
    "Having a biopsy is required for all patients",
    # a list of openings ("Being or having been …")
    "Being or having been pregnant",
    # a treatment with no time, or one that goes on into the study: now or then would be a guess
    "Treated with any of the following medications:",
    "Treated with insulin during the study or for 3 months before",
    # a window of "Diagnosed" that is no time before now
    "Diagnosed RA for at least 3 months before first dose",
])
def test_openings_whose_meaning_is_not_certain_keep_their_words(text: str) -> None:
    assert participle_edits(text, 0) == [] or not said(text).startswith(("You", "Have you", "Are you", "Do you"))


@pytest.mark.parametrize(("text", "plain"), [
    # taking part follows "Use of X": a window before the study is a past part, no time said a present one
    ("Participation in any clinical trial within 30 days before screening",
     "You have taken part in any clinical trial within 30 days before screening."),
    ("Participation in another clinical study", "You are taking part in another clinical study."),
])
def test_participation_in_an_exclusion_takes_the_tense_a_use_would(text: str, plain: str) -> None:
    assert said(text) == plain


@pytest.mark.parametrize("text", [
    # ("Participation in another trial during the study" is one still to come now: test_offline_words9)
    "Participation in a past NeurogesX clinical trial in which subject received NGX-4010",  # a time not placed
    "Participation in the study would result in donation of blood more than 500 mL",  # a verb of its own
    # now and before at once, and a "prior" that is the approval's
    "Participation in trials of other experimental drugs simultaneously or 4 weeks before recruitment.",
    "Participation in any other clinical trial without prior approval.",
])
def test_participation_whose_tense_is_a_guess_keeps_its_words(text: str) -> None:
    assert said(text).startswith("Taking part in")


def test_participation_in_an_inclusion_keeps_its_words() -> None:
    # an inclusion's "Participation in X" is mostly one of the items a header lists
    assert said("Participation in another clinical study", INC).startswith("Taking part in")
