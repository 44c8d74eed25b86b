"""Plain words for the long words left in the offline backend's bullets, on real criteria: each rule where it
is right, and the contexts where it would change the meaning and must not apply."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import bullet_for, rendered, said
from translator.criteria import SectionKind
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.offline_edits import apply
from translator.offline_plain import plain_edits, polish
from translator.offline_plain_clauses import allergy_edits, eligible_edits
from translator.offline_terms import plan_terms


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # a hypersensitivity to a drug, a food or a component is an allergy to it
        ("NCT00081887", "Hypersensitivity to nucleoside analogues", "You have an allergy to nucleoside analogues."),
        ("NCT00144963", "Prior history of hypersensitivity reactions to vincristine",
         "You have had allergic reactions to vincristine or any of the other components of VSLI."),
        # "severe" stays: never softened
        ("NCT00088933", "No history of severe hypersensitivity reaction",
         "You have never had a severe allergic reaction to docetaxel or other drugs formulated with polysorbate 80."),
    ],
)
def test_a_hypersensitivity_to_something_is_an_allergy_to_it(nct_id: str, source: str, plain: str) -> None:
    request, rendering, _ = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert rendering.bullets[index].text == plain
    assert not errors(check_rendering(request, rendering))


@pytest.mark.parametrize(
    ("nct_id", "source"),
    [
        # the source draws a line between the two: one word for both would erase it
        ("NCT00102206", "History of allergy or hypersensitivity to any of the study drugs"),
        ("NCT01736878", "Patients with history of allergic or hypersensitivity reaction"),
    ],
)
def test_hypersensitivity_named_beside_allergy_stays(nct_id: str, source: str) -> None:
    assert "hypersensitivity" in bullet_for(nct_id, source).text


def test_hypersensitivity_as_part_of_a_disease_name_or_to_light_stays() -> None:
    assert not allergy_edits("Hypersensitivity pneumonitis or delayed hypersensitivity to tuberculin")
    assert not allergy_edits("Known hypersensitivity to sunlight")
    assert polish("You have known hypersensitivity to penicillin.") == "You have a known allergy to penicillin."


def test_reproductive_potential_is_about_having_children_for_men_too() -> None:
    # "able to become pregnant" was said of males ("Men of ability to become pregnant")
    text = bullet_for("NCT00665990", "Males or females of reproductive potential").text
    assert text.startswith("Males or females able to have children may not")
    assert "pregnant" not in text.split(" may not")[0]


def test_a_plain_word_already_beside_the_term_is_not_said_twice() -> None:
    # "Cerebrovascular accident or stroke" had become "Stroke or stroke"
    assert bullet_for("NCT02030821", "Cerebrovascular accident or stroke").text.lower() != "stroke or stroke"
    plan = plan_terms("History of allergic or hypersensitivity reactions to X", Lexicon.load())
    assert not any("allergic" in e.text for e in plan.substitutions)


def test_administration_is_use_and_a_first_or_last_administration_a_dose() -> None:
    request, rendering, _ = rendered("NCT00443690", "Administration of any vasopressor or inotropic drug")
    index = next(i for i, item in enumerate(request.items) if item.text.startswith("Administration of any vaso"))
    # (put to the reader since nouns6: administration before the study is what the reader received, said "had")
    assert rendering.bullets[index].text.startswith("You have had any vasopressor or inotropic drug within 72")
    assert not errors(check_rendering(request, rendering))
    assert polish("for 30 days after the last administration of study medication") == (
        "for 30 days after the last dose of study medicine"
    )
    # the name of the agency is no giving of anything
    source = "using standard Food and Drug Administration FDA approved tests"
    assert not [e for e in plain_edits(source) if e.text.startswith("use")]


def test_a_history_or_a_diagnosis_said_as_a_verb() -> None:
    assert bullet_for("NCT00030407", "Diagnosis of non-small cell lung cancer").text == (
        "You have been diagnosed with non-small cell lung cancer (NSCLC):"  # its stages are listed under it
    )
    assert polish("You have a history of stroke.") == "You have had stroke."
    # not before a gerund, "or current", or "any" (other rules word those)
    assert polish("You have a history of using cannabis.") == "You have a history of using cannabis."
    assert polish("You have a history of or current hepatitis.") == "You have a history of or current hepatitis."
    # a second "diagnosis of" leans on the first "have": "diagnosed with X, or a diagnosis of Y" would not parse
    text = "You have a diagnosis of HCC on biopsy, or a diagnosis of cirrhosis and a typical tumor."
    assert polish(text) == text


def test_eligible_people_can_take_part_and_the_not_survives() -> None:
    text = bullet_for("NCT00062127", "Patients with brain metastases are eligible").text
    # the group said eligible is put to the reader under its denying header too (test_s54_group_verdicts)
    assert text == "If you have brain metastases, you can take part as long as these are true:"
    request, rendering, _ = rendered("NCT00432679", "Patient with serious cardiovascular disease")
    assert rendering.bullets[0].text.endswith("cannot take part.")
    assert not errors(check_rendering(request, rendering))  # "not eligible" → "cannot take part": still a "not"


def test_only_people_take_part_not_tumours_or_histologies() -> None:
    assert not eligible_edits("Mixed histology will not be eligible.")
    assert not eligible_edits("Primary and metastatic CNS malignancies are eligible")
    # the people are inside the aside; the subject is a kind of atrial fibrillation
    assert not eligible_edits("(ii) Persistent (i.e. patients whose episodes of AF last over 7 days), are excluded")
    edits = eligible_edits("Patients with other cancers are also eligible if they have remained disease free")
    assert [e.text for e in edits] == ["can also take part"]


def test_people_who_are_excluded_cannot_take_part() -> None:
    # the pregnant and the nursing as a group are the reader (translator.offline_pregnant), either one of them
    assert bullet_for("NCT02168270", "Pregnant and nursing women are excluded").text.startswith(
        "If you are pregnant or breastfeeding, you cannot take part"
    )
    request, rendering, _ = rendered("NCT02066181", "Patients with prior or current treatment of sorafenib")
    index = next(i for i, item in enumerate(request.items) if item.text.startswith("Patients with prior or current"))
    # the eligibility rule says it plainly; translator.offline_subjects then puts the subject to the reader
    assert rendering.bullets[index].text.startswith("If you have prior or current treatment of sorafenib, you cannot")
    assert not errors(check_rendering(request, rendering))
    # "not excluded" and "may be excluded" say something else
    assert not eligible_edits("Patients previously treated with X are not excluded.")
    assert not eligible_edits("Patients with X may be excluded.")


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # the window's own words: "prior to" and "initial dose", which the fact rules keep, said plainly after
        ("NCT03006276", "Opioids greater than or equal to 10 days during the 90 days prior to screening",
         "Opioids 10 days or more during the 90 days before screening"),
        ("NCT01214655", "Have received treatment within 28 days of the initial dose",
         "You have had treatment within 28 days of the first dose of study drug with a drug that has not "
         "received regulatory approval for any indication."),
    ],
)
def test_a_window_keeps_its_facts_in_plain_words(nct_id: str, source: str, plain: str) -> None:
    request, rendering, _ = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert rendering.bullets[index].text.rstrip(".") == plain.rstrip(".")
    assert not errors(check_rendering(request, rendering))


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT01263119", "Female subjects with a history of menorrhagia", "You are female and have had menorrhagia."),
        ("NCT01024010", "Any of the following comorbid conditions:", "Any of these comorbid conditions:"),
        # "including" never closed the list: "but not limited to" said it twice (and is no negation)
        ("NCT02482441", "Known clinically significant gastrointestinal disease including",
         "You are known to have medically important digestive disease. This includes inflammatory bowel disease."),
    ],
)
def test_shorter_stock_phrases(nct_id: str, source: str, plain: str) -> None:
    request, rendering, _ = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert rendering.bullets[index].text == plain
    assert not errors(check_rendering(request, rendering))


def test_the_following_day_and_a_known_history_stay() -> None:
    texts = [apply(t, plain_edits(t)) for t in (
        "Bleeding within one of the following days: 1, 2",
        "one or more of the following at diagnosis:",
        "Patients with a known history of HIV",
        "Patients with a history of smoking",
        "must also meet the following criterion:",  # one thing: not "these"
    )]
    assert texts == [
        "Bleeding within one of the following days: 1, 2",
        "one or more of the following at diagnosis:",
        "Patients with a known history of HIV",
        "Patients with a history of smoking",
        "must also meet the following criterion:",
    ]


@pytest.mark.parametrize(
    ("nct_id", "source", "part"),
    [
        ("NCT00317720", "Patients must have measurable disease using", "Measurable disease means at least one lesion"),
        ("NCT01892020", "Previous use of any insulin", "You have used any insulin other than premixed human insulin"),
        ("NCT02329834", "Indication of moderate-to-severe hepatic",
         "liver dysfunctions. The study doctor decides this."),
        ("NCT04961996", "Received treatment with investigational therapy",
         "You have been treated with experimental treatment in the 28 days before"),
        # a window's own "enrollment" / "registration" is joining the study, as elsewhere
        ("NCT02422446", "Diagnosis of diabetes", "diagnosed with diabetes less than 1 year before joining the study"),
        ("NCT00095940", "Off all colony forming growth factor", "at least 2 weeks before joining the study (G-CSF"),
    ],
)
def test_shorter_verbs(nct_id: str, source: str, part: str) -> None:
    request, rendering, _ = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert part in rendering.bullets[index].text
    assert not errors(check_rendering(request, rendering))


def test_a_judgement_only_where_a_person_judges() -> None:
    text = "Ejection fraction of 50% or more as determined by echocardiogram"
    assert apply(text, plain_edits(text)) == text  # measured, not judged
    assert "are defined as" in apply("Smokers are defined as those", plain_edits("Smokers are defined as those"))


def test_childbearing_potential_said_of_men_too_is_having_children() -> None:
    # "Male and female patients able to become pregnant" said it of men
    text = bullet_for("NCT00345189", "Male and female patients of childbearing potential").text
    assert text.startswith("Male and female patients able to have children must")
    text = bullet_for("NCT02222441", "Pregnant female subjects; breastfeeding").text
    assert "Female subjects able to get pregnant" in text  # women alone: still pregnancy
    assert "male subjects able to have children who are unwilling" in text


def test_an_article_fits_the_plain_word_that_replaced_its_noun() -> None:
    # "a hypersensitivity" had become "a allergy", "an evidence of" "a signs of"
    text = bullet_for("NCT02038920", "Participants with an evidence of or suspected").text
    assert text == "You have signs of or suspected abdominal abscess."
    assert polish("You have a hypersensitivity to any of the study drugs.") == (
        "You have an allergy to any of the study drugs."
    )


def test_an_impairment_of_two_organs_stays_an_impairment_of_both() -> None:
    # the one-organ entries had made "Severe renal or hepatic impairment" "severe kidney or reduced liver function"
    assert bullet_for("NCT00431041", "Severe renal or hepatic impairment").text.startswith(
        "You have severely reduced kidney or liver function"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # adjectives listed before a term that opens with one share its head noun
        ("Cardiac, respiratory or renal insufficiency", "renal insufficiency"),
        ("Cardiac, respiratory (including asthma) or renal insufficiency", "renal insufficiency"),
        ("Cerebral or myocardial infarction", "myocardial infarction"),
        ("cardiac and/or renal insufficiency", "renal insufficiency"),
    ],
)
def test_a_term_whose_head_noun_listed_adjectives_share_stays_as_written(text: str, kept: str) -> None:
    plan = plan_terms(text, Lexicon.load())
    assert not any(text[e.start : e.end] == kept for e in plan.substitutions)


@pytest.mark.parametrize(
    ("text", "term", "plain"),
    [
        # nouns listed before it, or nothing listed: the head noun is the term's own
        ("Diabetes, hypertension or renal insufficiency", "renal insufficiency", "reduced kidney function"),
        ("History of stroke, or myocardial infarction", "myocardial infarction", "heart attack"),
        ("Renal insufficiency", "Renal insufficiency", "Reduced kidney function"),
    ],
)
def test_a_term_after_listed_nouns_is_still_put_plainly(text: str, term: str, plain: str) -> None:
    plan = plan_terms(text, Lexicon.load())
    assert any(text[e.start : e.end] == term and e.text.lower() == plain.lower() for e in plan.substitutions)


def test_a_plain_wording_that_keeps_the_head_noun_still_serves_listed_adjectives() -> None:
    text = "Serious medical or psychiatric illness"
    plan = plan_terms(text, Lexicon.load())
    assert [(text[e.start : e.end], e.text) for e in plan.substitutions] == [("psychiatric illness", "mental illness")]
    text = "Neurological or psychiatric disorder"
    plan = plan_terms(text, Lexicon.load())
    assert [(text[e.start : e.end], e.text) for e in plan.substitutions] == [
        ("psychiatric disorder", "mental health condition")
    ]
    # an organ named before a term whose plain wording is another kind of phrase: "lung or high blood pressure"
    # would say the opposite of "pulmonary hypertension"
    text = "Severe pulmonary or systemic hypertension"
    assert all(text[e.start : e.end] != "systemic hypertension" for e in plan_terms(text, Lexicon.load()).substitutions)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Women of childbearing potential must use birth control", "women who can become pregnant"),
        ("Female subjects of non-reproductive potential", "not able to have children"),
        ("Those of reproductive potential", "able to have children"),
        ("Documentation of non-reproductive potential", None),  # a thing's potential: "of" is not "who are"
        ("Evidence of childbearing potential", None),
        ("If female, a status of non-childbearing potential", None),
        ("Negative pregnancy test if of childbearing potential", "able to become pregnant"),  # a predicate
        ("She must be of non-childbearing potential", "not able to become pregnant"),
    ],
)
def test_of_a_potential_is_put_plainly_except_after_a_record_of_it(text: str, plain: str | None) -> None:
    found = [e.text for e in plan_terms(text, Lexicon.load()).substitutions if "potential" in text[e.start : e.end]]
    assert found == ([plain] if plain else [])


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Severe renal impairment (creatinine clearance < 30 mL/min)",
         "You have severely reduced kidney function (creatinine clearance less than 30 mL/min)."),
        ("Patients with moderate or severe hepatic impairment",
         "You have moderately or severely reduced liver function."),
        ("moderate-to-severe hepatic insufficiency", "You have moderately to severely reduced liver function."),
        ("Significant renal or hepatic impairment", "You have significantly reduced kidney or liver function."),
    ],
)
def test_a_degree_before_the_lexicons_participle_becomes_an_adverb(source: str, plain: str) -> None:
    # the lexicon puts "reduced kidney function" for "renal impairment": "severe" before it had read "severe reduced"
    assert said(source) == plain


def test_a_degree_apart_from_a_participle_stays_an_adjective() -> None:
    assert said("Severe hypertension") == "You have severe high blood pressure."
    assert "Severe, impaired judgement" in said("severe, impaired judgement")


def test_i_e_before_a_colon_is_that_is_with_no_comma() -> None:
    # "i.e.: X" → "that is: X"; after a comma or before words "i.e." is "that is," as before
    assert "recurrence, that is: Adjacent" in bullet_for("NCT00002863", "Biopsy-proven soft tissue").text
    assert said("Adequate organ function, i.e., normal", SectionKind.INCLUSION).endswith("function, that is, normal.")
    assert "(such as Advair®, Flovent®, Azmacort®)" in bullet_for("NCT02385669", "Inhaled steroids").text  # "e.g.:"


def test_a_comparator_worded_after_a_bracket_gets_its_space() -> None:
    text = bullet_for("NCT00522938", "Hemoglobin >10 g/dL").text
    assert "(ANC)more" not in text and "absolute neutrophil count (ANC) is more than 1.5" in text


def test_an_abbreviation_spelled_as_is_no_as() -> None:
    # "Active AS assessed by BASDAI ≥4", AS spelled out before: "AS assessed by" is no "as assessed by"
    text = bullet_for("NCT02896127", "Active AS assessed by BASDAI").text
    assert text.startswith("You have active AS") and "BASDAI 4 or more" in text


@pytest.mark.parametrize(("nct_id", "source", "plain"), [
    ("NCT01570790", "Any current or history of significant", "You now have or have had significant digestive"),
    ("NCT00069459", "Current or past history of seizure",
     "You now have or have had a seizure disorder or brain injury."),
    ("NCT06761586", "Current or past history of heart failure", "You now have or have had heart failure (NYHA"),
])
def test_current_or_history_of_is_now_or_before(nct_id: str, source: str, plain: str) -> None:
    # it read "You have current or history of significant … bleeding"
    assert bullet_for(nct_id, source).text.startswith(plain)


def test_current_or_history_of_a_list_or_of_a_treatment_keeps_its_words() -> None:
    assert "You now have" not in bullet_for("NCT01163266", "Current or past history of:").text
    assert "You now have" not in bullet_for("NCT00676559", "Current or history of prior treatment").text
