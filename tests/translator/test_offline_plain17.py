"""The seventeenth round: a criterion's first sentence put to the reader when later sentences are notes on other
groups, several clauses joined by semicolons as sentences of their own, the study doctor's judgement in the source's
own words moved after its sentence, and "Topic: Not specified" said as a topic with no requirement, with the cases
each must leave as written. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.offline_asides import move_asides
from translator.offline_edits import Edit
from translator.offline_first_sentence import first_sentence
from translator.offline_semicolons import semicolon_clause
from translator.offline_unspecified import unspecified_edits

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# ---------------------------------------------------------------------------------------------
# The first sentence alone

@pytest.mark.parametrize(("text", "plain"), [
    ("Known HIV infection. Patients without prior HIV testing will not be required to be tested.",
     "You are known to have HIV infection. Patients without past HIV testing will not be required to be tested."),
    ("Active hemolytic anemia. Patients who have a positive Coombs test but no evidence of hemolysis are eligible.",
     "You have active hemolytic anemia. Patients who have a positive Coombs test but no signs of hemolysis can take "
     "part."),
    # a later sentence with no people in it stays as it is
    ("Active infection requiring systemic therapy. Note: Prophylactic use of antibiotics is allowed.",
     "You have an active infection needing systemic treatment. Note: Prophylactic use of antibiotics is allowed."),
])
def test_the_first_sentence_is_put_to_the_reader_beside_a_note_on_another_group(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def _opening(sentence: str) -> list[Edit]:
    return [Edit(0, 5, "You have known", "person")] if sentence.startswith("Known") else []


@pytest.mark.parametrize("text", [
    # "they", "their", "these patients" may be the reader of the first sentence: one person, not two
    "Known HIV infection. They must have a CD4 count above 200.",
    "Known HIV infection. These patients are eligible if treated.",
    # one sentence: the whole-text rules' to take
    "Known HIV infection",
    # the first sentence names its own subject: offline_subject_sentences' or the subject rules'
    "Patients with known HIV infection. Patients with hepatitis B are eligible.",
    # a group inside the first sentence, or a second criterion run into it
    "Known HIV infection that poses a risk to participant safety. Patients with hepatitis B are eligible.",
    "Known HIV infection 8 Female subjects of reproductive potential. Patients with hepatitis B are eligible.",
    # "Patient-reported" is a compound, not a subject
    "Known pregnancy. Patient-reported pregnancy status is sufficient.",
])
def test_the_first_sentence_alone_is_left_where_others_may_mean_the_reader(text: str) -> None:
    assert first_sentence(text, _opening) == []


def test_the_first_sentence_rule_moves_the_edits_onto_the_whole_text() -> None:
    text = "  Known HIV infection. Patients with hepatitis B are eligible."
    (edit,) = first_sentence(text, _opening)
    assert (edit.start, edit.end, text[edit.start : edit.end]) == (2, 7, "Known")


# ---------------------------------------------------------------------------------------------
# Several clauses after semicolons

@pytest.mark.parametrize(("text", "split"), [
    ("Pregnant women may not be enrolled; women who can become pregnant must have a negative pregnancy test; men "
     "should agree to use birth control.",
     "Pregnant women may not be enrolled. Women who can become pregnant must have a negative pregnancy test. Men "
     "should agree to use birth control."),
    ("You have AML; earlier MDS is allowed; prior therapy is allowed.",
     "You have AML. Earlier MDS is allowed. Prior therapy is allowed."),
    # one semicolon, as before
    ("You have AML; earlier MDS is allowed.", "You have AML. Earlier MDS is allowed."),
])
def test_clauses_after_semicolons_become_sentences(text: str, split: str) -> None:
    assert semicolon_clause(text) == split


@pytest.mark.parametrize("text", [
    # one part is no clause: the list of requirements stays one sentence
    "Your bilirubin is normal; AST no more than 2.5 x ULN; ALT is normal.",
    # a condition may hold for every part after it
    "You are pregnant if tested; men must agree; women must agree.",
    "You must have X; if a patient reaches menarche, she is considered fertile; men must agree.",
    # a heading, a relative clause that is no person's, a link word
    "Note: you have X; men must agree; women must agree.",
    "You have X; women must agree; any cancer from which the patient has been free.",
    "You have X; women must agree or; men must agree.",
    # a relative clause with no verb of the sentence's own after it (a verb in brackets is the aside's)
    "You have X; women who are older; men must agree.",
    "You are pregnant; women who can get pregnant without birth control (men must use birth control).",
])
def test_semicolons_stay_where_a_part_is_no_clause_or_a_condition_may_hold(text: str) -> None:
    assert semicolon_clause(text) == text


def test_a_criterion_of_clauses_after_semicolons_is_split_in_the_bullet() -> None:
    text = ("Pregnant or breastfeeding women may not be enrolled; women who can become pregnant must have a negative "
            "pregnancy test before study entry; men should agree to use birth control")
    assert said(text, EXC).count(". ") == 2


# ---------------------------------------------------------------------------------------------
# The study doctor's judgement in the source's own words

@pytest.mark.parametrize(("text", "moved"), [
    ("A condition which, in the opinion of the study doctor, renders you at high risk.",
     "A condition which renders you at high risk. The study doctor decides this."),
    ("You have uncontrolled hypertension according to the study doctor.",
     "You have uncontrolled hypertension. The study doctor decides this."),
    ("You have uncontrolled hypertension in the view of the study doctor.",
     "You have uncontrolled hypertension. The study doctor decides this."),
])
def test_the_study_doctors_judgement_in_other_words_moves_after_its_sentence(text: str, moved: str) -> None:
    assert move_asides(text) == moved


@pytest.mark.parametrize("text", [
    # a list: the judgement may hold for the last item only
    "You have hypertension or diabetes according to the study doctor.",
    # "according to the study doctor's assessment" names a judgement of its own
    "You have hypertension according to the study doctor's assessment of the scans.",
    # a second judge
    "You have recovered so that, in the opinion of the study doctor and/or Medical Monitor, the aims are safe.",
    "You have hypertension in the view of the study doctor or the sponsor.",
])
def test_a_judgement_after_a_list_or_with_words_of_its_own_stays(text: str) -> None:
    assert move_asides(text) == text


def test_a_judgement_in_the_source_words_is_moved_in_a_bullet() -> None:
    assert said("A co-morbid condition which, in the opinion of the investigator, renders the patient at high risk "
                "from treatment complications", EXC).endswith(". The study doctor decides this.")


# ---------------------------------------------------------------------------------------------
# "Not specified"

@pytest.mark.parametrize(("text", "plain"), [
    ("Performance status: Not specified", "There is no requirement on performance status."),
    ("Life expectancy: Not specified", "There is no requirement on life expectancy."),
    ("Menopausal status not specified", "There is no requirement on menopausal status."),
    ("HIV status: Not specified", "There is no requirement on HIV status."),
    # a one-word topic names the kind of requirement (the lexicon says it plainly); "on surgery" would read as a time
    ("Age: Not specified.", "There is no age requirement."),
    ("Surgery: Not specified", "There is no surgery requirement."),
    ("Hepatic: Not specified", "There is no liver requirement."),
    ("Cardiovascular: Not specified", "There is no heart and blood vessel requirement."),
    # under a heading, alone
    ("Not specified", "There is no requirement."),
])
def test_a_topic_not_specified_is_said_as_no_requirement(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    "Any concurrent anti-cancer treatment not specified in the protocol",  # a rule about treatments
    "Patients whose performance status is not specified",  # a clause, not a topic
    "Other reasons not specified above",
    "Dose of the prior therapy: not specified",  # "of": more than a topic's name
])
def test_not_specified_inside_a_rule_is_no_topic(text: str) -> None:
    assert unspecified_edits(text) == []


def test_not_specified_under_a_heading_is_said_and_checked() -> None:
    items = [RequestItem(ref="1", text="Hepatic:"), RequestItem(ref="1.1", text="Not specified")]
    request = CriterionRequest(kind=INC, items=[i.model_copy(update={"facts": extract_facts(i.text)}) for i in items])
    rendering, _ = backend().render_items(request)
    assert rendering.bullets[1].text == "There is no requirement."
    assert not errors(check_rendering(request, rendering))


# ---------------------------------------------------------------------------------------------
# "Concurrent use of X", "Chronic use of X"

@pytest.mark.parametrize(("text", "plain"), [
    ("Concurrent use of other anti-cancer agents or treatments.",
     "You use other anti-cancer agents or treatments at the same time."),
    ("Chronic use of steroids or opioids", "You use steroids or opioids chronically."),
    ("Concomitant use of warfarin or other vitamin K antagonists.",
     "You use warfarin or other vitamin K antagonists at the same time."),
    ("Daily use of nonsteroidal anti-inflammatory drugs", "You use nonsteroidal anti-inflammatory drugs daily."),
    # a later sentence stays after the one the adverb closes
    ("Chronic use of long-acting beta-agonists. For example, salmeterol.",
     "You use long-acting beta-agonists chronically. For example, salmeterol."),
])
def test_a_use_its_adjective_qualifies_is_put_to_the_reader_with_the_adverb(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    "Regular use of alcohol within 6 months of screening",  # a window: the adverb beside it could read as its
    "Concurrent use of other cancer treatments after study commencement",
    "Concomitant use of drugs that may cause a prolongation of the QT interval",  # a relative clause
    "Concomitant use of agents known to prolong the QT interval unless they can be stopped",  # a condition
    "Concurrent use of blood thinners other than low-molecular weight heparin",  # an exception
    "Concurrent use of:",  # a lead-in
    "Concurrent use of corticosteroids (exceptions: nasal corticosteroids, inhaled steroids, adrenal replacement)",
    "Chronic use of oxygen treatment 15 hours or more a day",  # a time of its own
    "Concurrent use of other anti-cancer agents is not allowed",  # a verb of its own
    # a phrase the adverb could seem to qualify
    "Concomitant use of drugs with a risk of causing torsades de pointes",
    "Concomitant use of vasoconstricting agents for the purpose of raising blood pressure",
])
def test_a_use_with_more_than_a_plain_noun_phrase_gets_no_closing_adverb(text: str) -> None:
    # (offline_concurrent_uses says some of these with "at the same time" straight after the verb, where it cannot
    # drift onto a clause: "You use, at the same time, drugs that may cause …")
    bullet = said(text, EXC)
    assert not bullet.startswith("You use") or bullet.startswith("You use, at the same time, ")


def test_a_use_with_an_adjective_in_an_inclusion_keeps_its_words() -> None:
    # an inclusion's "use of X" is mostly a permission or a method a header lists
    assert said("Concurrent use of other anti-cancer agents", INC) == "Concurrent use of other anti-cancer agents"


# ---------------------------------------------------------------------------------------------
# A note in brackets leaves no verb dangling

@pytest.mark.parametrize(("text", "plain"), [
    ("Known diagnosis of HIV infection (HIV testing is not mandatory)",
     "You have a known diagnosis of HIV infection (HIV testing is not mandatory)."),
    ("Prior chemotherapy (which must be completed 4 weeks before)",
     "You have had chemotherapy (which must be completed 4 weeks before)."),
    # a past diagnosis keeps its article
    ("Prior diagnosis of breast cancer", "You have had a diagnosis of breast cancer."),
])
def test_a_verb_inside_a_bracketed_note_leaves_the_opening_whole(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # a note that names people: the rewrite would make them "you" beside "you" (a subject's closing note with its own
    # subject is said to the reader whole: tests/translator/test_s57_closing_asides.py)
    "Breastfeeding or pregnancy (patient-reported pregnancy status is sufficient)",
    # the verb outside the bracket is still the sentence's own
    "Prior chemotherapy (any kind) must be completed 4 weeks before",
    # a bracket mid-clause may hold the clause's own verb
    "Prior chemotherapy (a drug is one that is approved), or who are receiving radiation",
    # a verb after a comma in the note: the reader's later verbs would be agreed with it
    "Receipt of ADH-1 before this clinical study (past melphalan via ILI, is okay)",
])
def test_a_note_that_names_people_or_a_verb_outside_the_note_keeps_the_words(text: str) -> None:
    assert not said(text, EXC).startswith("You ")


# ---------------------------------------------------------------------------------------------
# Breastfeeding or pregnancy, both as states

@pytest.mark.parametrize(("text", "plain"), [
    ("Breastfeeding or pregnancy", "You are breastfeeding or pregnant."),
    ("Lactating or pregnancy.", "You are breastfeeding or pregnant."),
    ("Breast-feeding and/or current pregnancy", "You are breastfeeding and/or pregnant."),
    ("Breastfeeding", "You are breastfeeding."),
])
def test_breastfeeding_or_pregnancy_are_both_said_as_states(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


def test_breastfeeding_before_more_than_pregnancy_is_not_half_rewritten() -> None:
    # the state would stand beside nouns it cannot take ("You are breastfeeding, pregnancy or planning …")
    assert not said("Nursing, pregnancy or planning a pregnancy", EXC).startswith("You are")


@pytest.mark.parametrize(("text", "plain"), [
    # "required to" before a verb keeps its word: of people, "are needed to have" is no English
    ("Women are not required to have a pregnancy test if postmenopausal",
     "Women are not required to have a pregnancy test if postmenopausal"),
    ("Treatment required for brain metastases", "Treatment needed for cancer that has spread to the brain"),
])
def test_required_before_a_verb_keeps_its_word(text: str, plain: str) -> None:
    assert said(text, INC) == plain
