"""A second editor's reading of the offline backend's bullets, on real criteria: headers that deny their items,
later mentions of the participant in a second-person bullet, and plain words said twice.

Each case was found by reading bullets against their sources (seed 424242: split sentences, deep children,
items under headers ending ":", "other" sections and PDQ layouts), and each rule is general.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import bullet_for, rendered
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors
from translator.offline_scopes import denied_by_a_header


def _faithful(nct_id: str, source: str) -> str:
    request, rendering, _ = rendered(nct_id, source)
    assert not errors(check_rendering(request, rendering))
    return bullet_for(nct_id, source).text


@pytest.mark.parametrize(
    ("nct_id", "source"),
    [
        # inclusions under a header that denies them: "You have heart attack." said the opposite
        ("NCT00074308", "Myocardial infarction"),  # "None of the following within the past 6 months:"
        ("NCT00303732", "Bowel obstruction"),  # "No impaired gastrointestinal (GI) function OR GI disease …"
        ("NCT00410774", "Intra-abdominal abscess"),  # "No postoperative complications, including any of the following:"
        ("NCT00346229", "Congestive heart failure"),  # "No other serious medical illness including …"
        # (NCT02601209's "Patient history: patients who have any of the following are NOT eligible:" in the
        # inclusions and NCT01448200's "Any of the following laboratory values at Screening will be exclusionary"
        # in an "other" section now give their blocks the kind exclusion: see the test below)
        # (NCT02680756's "A subject who meets any of the following criteria is not eligible …" now opens the
        # exclusions, where "You are an Investigator …" under "You cannot join if…" is what it means)
    ],
)
def test_items_a_header_denies_are_not_put_to_the_reader(nct_id: str, source: str) -> None:
    text = _faithful(nct_id, source)
    assert not text.startswith(("You ", "Your ")), text


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a block of exclusions listed in the inclusions, or in an "other" section, under a lead-in that says they
        # exclude, is translated with the exclusions (translator.lead_in_kinds): the item is the condition
        ("NCT02601209", "History of congenital long QT syndrome", "You have had congenital long QT syndrome"),
        ("NCT01448200", "Platelet count < 100,000 per mm3.", "Your platelet count is less than 100,000 per mm³."),
    ],
)
def test_items_of_a_lead_in_that_says_they_exclude_are_the_condition(nct_id: str, source: str, plain: str) -> None:
    request, _, _ = rendered(nct_id, source)
    assert request.kind is SectionKind.EXCLUSION
    assert _faithful(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # under the exclusions the heading says "cannot join": the item is the condition
        ("NCT02779959", "known allergy to prochlorperazine", "You have a known allergy to prochlorperazine."),
        # a header whose list sentence asks for values; its other sentence excludes someone else
        ("NCT02078089", "Hemoglobin (Hgb)", "Your hemoglobin (Hgb) is 9 g/dL or more."),
        # "ineligible to receive" chemotherapy is no exclusion from this study
        ("NCT04892173", "Age >= 75 years old", "You are 75 years or older."),
    ],
)
def test_items_of_other_headers_keep_the_second_person(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source) == plain


def test_a_denial_is_read_in_the_sentence_that_leads_to_the_items() -> None:
    assert denied_by_a_header(["No history of any of the following:"], SectionKind.INCLUSION)
    assert denied_by_a_header(["A subject who meets any of the following is not eligible."], SectionKind.OTHER)
    assert not denied_by_a_header(["No history of any of the following:"], SectionKind.EXCLUSION)
    assert not denied_by_a_header(
        ["Indolent lymphoma patients who satisfy the conditions listed below. No restrictions regarding gender."],
        SectionKind.INCLUSION,
    )


@pytest.mark.parametrize(
    ("nct_id", "source", "said"),
    [
        # a later sentence or clause with the participant as its subject
        ("NCT00300222", "Significant pain of an etiology", "You must not have significant ongoing pain"),
        ("NCT00079339", "Patients must not have any significant", ". You must not have any disease"),
        ("NCT00298168", "Patient is planned to receive", ". Or you are planned to get an ABO-incompatible"),
        ("NCT00216047", "Patient's disease may not", "Also, you may not be symptomatic"),
        ("NCT00351039", "Patient must have either stage IIIB", "You must have measurable disease."),
        # with its article, anywhere
        ("NCT00243178", "severe comorbid condition such that", "such that you are not expected to survive"),
        ("NCT00045708", "Patients must have a Karnofsky", "This means you must be able to care for yourself"),
        # as an object, or what is the participant's
        ("NCT00411762", "Serious concurrent medical illness", "jeopardize your ability to get the chemotherapy"),
        ("NCT00379639", "Any significant medical or psychiatric", "might prevent you from complying"),
        ("NCT00375310", "Any condition that impairs patient's", "impairs your ability to swallow"),
        ("NCT00191347", "Have serious concomitant systemic", "would compromise your safety or compromise your ability"),
        # "he/she" with a verb of its own
        ("NCT00412581", "Any serious medical condition, including", "if you take part in the study"),
        # "their" that is the reader's
        ("NCT00337662", "Patients must have experienced an exacerbation", "a flare-up of your illness"),
        ("NCT01263093", "Are reliable and willing to make themselves", "willing to make yourself available"),
        # with a verb of its own other than "be" or "have", after "if", or inside a note in brackets
        ("NCT01539902", "Participation in any research in which", "in which you received an experimental"),
        ("NCT02174094", "The patient is taking stiripentol", "If you have taken these drugs"),
        ("NCT01286935", "The patient completed 24 weeks", "if you stopped prematurely, you returned"),
        ("NCT01143545", "Hemoglobin greater than 8g/dl", ". You may get transfusions"),
        # "their participation" is the participant's whoever is named before it; "a patient's ability" the reader's
        ("NCT00411814", "History of sensitivity to any of the study", "contraindicates your taking part"),
        ("NCT00517595", "Any other medical condition deemed by", "get in the way of your ability to sign"),
        ("NCT02107196", "Any condition that would compromise the well-being", "would compromise your well-being."),
        # a later verb of the same subject agrees
        ("NCT00716794", "Patient has failed at least 1 taxane", "(CRPC) and are chemotherapy-na"),
    ],
)
def test_later_mentions_of_the_participant_say_you(nct_id: str, source: str, said: str) -> None:
    assert said in _faithful(nct_id, source)


@pytest.mark.parametrize(
    ("nct_id", "source", "kept"),
    [
        # a subset of participants is not the reader
        ("NCT00038194", "Patients must have castrate serum", "For patients who are medically castrated"),
        # "their" of things, not of the reader
        ("NCT01306942", "Patients with known allergy to any of the study drugs", "or their components"),
        ("NCT01227265", "A participant must not have allergy/sensitivity", "its/their inactive ingredients"),
        # patients of a kind: "quantify cancer patients' general well-being" is no "cancer your well-being"
        ("NCT03208712", "ECOG performance status of 0- 2", "quantify cancer patients' general well-being"),
        # a title in quotes
        ("NCT01448200", "No clinically significant laboratory", "'Additional Criteria for HCV Patients' below"),
    ],
)
def test_mentions_of_someone_or_something_else_stay(nct_id: str, source: str, kept: str) -> None:
    assert kept in _faithful(nct_id, source)


def test_a_later_mention_that_opens_a_sentence_is_capitalised_but_not_after_ie() -> None:
    text = _faithful("NCT00411814", "History of asthma for at least 6 months")
    assert ". You must not have had low dose inhaled corticosteroids" in text
    assert "This means you must" in _faithful("NCT00949026", "Patients must have a Karnofsky")


@pytest.mark.parametrize(
    ("nct_id", "source", "twice"),
    [
        # two terms side by side whose plain words end alike
        ("NCT02973503", "history of marijuana use if deemed excessive", "doctor study doctor"),
        # a pair whose two words both become one plain word
        ("NCT00504101", "Other investigational or experimental drug", "experimental or experimental"),
        ("NCT01568775", "Lactating and breastfeeding females", "reastfeeding and breastfeeding"),
        ("NCT00234065", "Patients with hemorrhage or bleeding tendency", "bleeding or bleeding"),
        ("NCT02723006", "Concomitant use or administration of", "use or use"),
    ],
)
def test_a_plain_word_is_not_said_twice(nct_id: str, source: str, twice: str) -> None:
    assert twice not in _faithful(nct_id, source)


@pytest.mark.parametrize(
    ("nct_id", "source", "said"),
    [
        # the items of a choice stay one list: as sentences of their own each would read as a rule
        ("NCT00354419", "Life-threatening marrow failure", "criteria: granulocytes less than 500 per mm³; a corrected"),
        # "(i.e., has had …)" is no sentence of its own ("This means has had …")
        ("NCT01155362", "has not been naturally postmenopausal", "in a row (that is, has had monthly bleeding"),
        # "e.g." after a preposition stays ("due to such as" reads as nonsense)
        ("NCT04602871", "(Anticipated) inability to complete breath", "due to e.g. hyper-"),
        # "are" carries a second adjective: not "You can understand and willing"
        ("NCT00522938", "Able to understand and willing", "You are able to understand and willing to sign"),
    ],
)
def test_split_and_reworded_sentences_keep_their_sense(nct_id: str, source: str, said: str) -> None:
    assert said in _faithful(nct_id, source)


def test_on_a_visit_is_a_time_not_a_state_of_the_reader() -> None:
    text = _faithful("NCT02171728", "On Visit R5 of the previous course")
    assert text.startswith("On Visit R5"), text


@pytest.mark.parametrize(
    ("nct_id", "source", "said"),
    [
        # a plain word is no part of a name the reader would look up (a scale, a questionnaire, a society)
        ("NCT00678691", "Have a score of >4 on the Brief Fatigue", "on the Brief Fatigue Inventory (BFI)"),
        ("NCT02184611", "Dyspnea: A score of >=2", "Medical Research Council Dyspnoea Scale"),
        ("NCT02413398", "Myocardial infarction, Cardiac surgery", "heart failure NYHA Class IV"),  # "HF" is no name
        # a named condition whose one word has a plain word keeps its name
        ("NCT03070730", "CDC criteria for chronic fatigue syndrome", "criteria for chronic fatigue syndrome"),
        ("NCT04780763", "subject with food allergy", "allergic rhino conjunctivitis"),
        ("NCT02181660", "Subject has disseminated intravascular", "disseminated intravascular coagulation (DIC)"),
    ],
)
def test_names_keep_their_words(nct_id: str, source: str, said: str) -> None:
    assert said in _faithful(nct_id, source)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a range with what it measures between its bounds keeps the name ("140 to 200 mmHg" dropped sitSBP)
        ("NCT02916602", "140mmHg <= sitSBP <= 200mmHg", "sitSBP 140 to 200 mmHg"),
        ("NCT02099838", "19kg/m2 ≤ BMI ≤ 35kg/m2", "BMI 19 to 35 kg/m²"),
        # one read as two facts cannot be worded ("18 70 years or younger")
        ("NCT02319187", "18 ≤ age ≤ 70", "18 ≤ age ≤ 70"),
    ],
)
def test_a_range_keeps_the_name_between_its_bounds(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source) == plain


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a second group of people after the opening, said to the reader too (not "You are pregnant and women who …";
        # offline_pregnancy_groups)
        ("NCT00149227", "Pregnant women and women of childbearing", "You are pregnant, or you are a woman who can"),
        # later verbs of the reader agree ("or requires CPR" → "or need CPR")
        ("NCT00420407", "Patient is asystolic or requires CPR", "You are asystolic or need CPR"),
        # "(if female of childbearing potential)" as a clause
        ("NCT01041235", "Have a negative pregnancy test (if female", "(if you are female and can get pregnant)"),
        # "Experiencing X" is "You have X", not "You have having X"
        ("NCT03249376", "experiencing a current major depressive", "You have a current major depressive"),
    ],
)
def test_openings_and_their_verbs_read_as_one_sentence(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain) or plain in _faithful(nct_id, source)


def test_a_noun_after_or_is_no_verb_to_agree() -> None:
    assert "or signs of a COPD" in _faithful("NCT01049360", "Have any respiratory tract infection")
