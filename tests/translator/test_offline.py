"""The offline backend on real criteria: plain wording, second person, definitions, fidelity, fallback."""

from __future__ import annotations

import random
from functools import cache

import pytest

import translator.offline as offline
from tests.corpus import corpus_by_id, corpus_records, criteria_text
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.offline import FALLBACK_FLAG, LEVELS, OfflineBackend, RenderedItem
from translator.offline_edits import Edit
from translator.outline import parse_criteria
from translator.pipeline import Translator, build_requests
from translator.readability import median_grade, readability_findings


@cache
def backend() -> OfflineBackend:
    return OfflineBackend()


def request_for(nct_id: str, text: str) -> CriterionRequest:
    """The request (top-level criterion with its sub-items) of `nct_id` that has an item starting with `text`."""
    doc = parse_criteria(criteria_text(corpus_by_id()[nct_id]))
    for _top, request in build_requests(doc):
        if any(item.text.startswith(text) for item in request.items):
            return request
    raise AssertionError(f"{nct_id} has no criterion starting {text!r}")


def rendered(nct_id: str, text: str) -> tuple[CriterionRequest, Rendering, list[RenderedItem]]:
    request = request_for(nct_id, text)
    rendering, items = backend().render_items(request)
    return request, rendering, items


def bullet_for(nct_id: str, text: str) -> RenderedBullet:
    request, rendering, _ = rendered(nct_id, text)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(text))
    return rendering.bullets[index]


def rewritten(nct_id: str, source: str) -> str:
    """The bullet for the item of `nct_id` that starts with `source`, which must get the full rewrite with no
    error finding in its criterion."""
    request, rendering, items = rendered(nct_id, source)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith(source))
    assert items[index].level == "rewrite"
    assert not errors(check_rendering(request, rendering))
    return rendering.bullets[index].text


def said(text: str, kind: SectionKind = SectionKind.EXCLUSION) -> str:
    """The bullet the offline backend writes for `text` alone, which the fidelity check must pass."""
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=text, facts=extract_facts(text))])
    rendering, _ = backend().render_items(request)
    assert not errors(check_rendering(request, rendering))
    return rendering.bullets[0].text


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # lab thresholds in words, with the reader's own result as the subject
        ("NCT00151320", "Creatinine < 2.0 x ULN", "Your creatinine is less than 2 times the upper limit of normal."),
        # an age comparator, in the second person
        ("NCT02056756", "Patient ≥ 18 years old.", "You are 18 years or older."),
        ("NCT00487786", "Age ≥ 18 years at time of consent.", "You are 18 years or older at the time of consent."),
        # a verb agrees with "you"
        ("NCT00624442", "Patient weighs > 120 kg", "You weigh more than 120 kg."),
        # exclusions read as conditions under "You cannot join if…"
        ("NCT00787267", "Pregnant or breastfeeding.", "You are pregnant or breastfeeding."),
        ("NCT00209612", "Patients with Liver cirrhosis", "You have liver cirrhosis."),
        ("NCT01308723", "History of uncontrolled seizures",
         "You have had uncontrolled seizures or encephalopathy within the last 6 months."),
        # a time window keeps its anchor, and puts the event in the past
        ("NCT03300609", "Radiation therapy =< 2 weeks",
         "You have had radiation treatment in the 2 weeks before randomization."),
        # an inclusion "No history of …" keeps its negation, as "never had"
        ("NCT00030407", "No history of chronic hepatitis", "You have never had chronic hepatitis."),
        # comparators written in words become plain too
        ("NCT00099463", "Hemoglobin greater than or equal to 11.5",
         "Your hemoglobin is 11.5 g/dL or more for women; 13.5 g/dL or more for men."),
        # everyday words for protocol English
        ("NCT02056756", "Patient is, in the investigator(s) opinion",
         "You are, in the study doctor(s) opinion, willing and able to follow the study rules."),
        # no "You have" where the criterion's noun has a verb of its own
        ("NCT00275028", "Prior chemotherapy must have included",
         "Past chemotherapy must have included a first-line platinum-based regimen only"),
        # "= >" reads as "at least" but extracts as "more than": the symbols stay, not a guess in words
        ("NCT00650923", "Hemoglobin = > 10 g/dL", "Your hemoglobin is 10 g/dL or more (transfusion allowed)."),
        # a study number is not a range
        ("NCT02382276", "Patients who have completed Study", "You have finished Study 339-14-001."),
        # a subject that the sentence judges becomes a condition (translator.offline_subjects)
        ("NCT00378404", "Patients who have recurred after previous surgery",
         "If you have recurred after past surgery and/or radiation, you may take part in this trial."),
        # a described subject with a verb of its own stays; the article follows the new word
        ("NCT02202993", "Treatment with unfractionated heparin",
         "Treatment with unfractionated heparin. Patients taking a blood thinner must use warfarin or a low molecular "
         "weight heparin."),
        # "1 and 2" are both days, not a range; a scale range reads "to", never an "or" the source lacks
        ("NCT00487786", "Must be willing to undergo pharmacokinetic blood draws",
         "You must be willing to have pharmacokinetic blood draws and frequent electrocardiogram (ECG) monitoring on "
         "Days 1 and 2 of Cycle 1."),
        # a scale named for an organisation keeps its letters: the definition says what the scale measures
        ("NCT00052884", "ECOG 0-1", "Your ECOG score is 0 to 1."),
        # "75.000/μl" may be seventy-five thousand: the number stays as written
        ("NCT01558167", "ANC > 1500/µl and platelet count > 75.000",
         "Your absolute neutrophil count (ANC) is more than 1500 per µL and your platelet count is more than "
         "75.000/μl. This does not apply if decrease is due to bone marrow involvement of chronic lymphocytic leukemia "
         "(CLL)."),
        # a duty for some readers becomes a condition on the reader, and keeps who it is for
        ("NCT00349193", "Women of child-bearing potential must",
         "If you are female and able to get pregnant, you must practice a reliable method of birth control."),
        ("NCT01407874", "Male participants must be sexually abstinent",
         "If you are male, you must be sexually abstinent for the 4 weeks before Day 1 and continue abstinence through "
         "90 days after the end of study drug, be more than 1 year postvasectomy, agree to use a condom with "
         "spermicide from the start of study drug dosing through 90 days after the end of study drug."),
        # a negated description keeps its verb: "you agree" would leave "do not" behind (same negation count)
        ("NCT00609245", "Women of reproductive potential who do not agree",
         "You are a woman able to have children and do not agree to use effective birth-control methods during the "
         "study and for one week after getting study drug."),  # the window's own words are the fact's
        # a narrowed subject with no duty stays as it is; a substitution keeps a sentence's capital
        # (the parser cuts "… breast-feeding. -- Women of childbearing potential …" into two criteria: the second)
        ("NCT00078637", "Women of childbearing potential with either",
         "You are a woman who can get pregnant and have either a positive pregnancy test at screening or no "
         "pregnancy test. Women who can get pregnant unless:"),
        # a number written with a thousands separator keeps it
        ("NCT00836628", "Platelet count greater than or equal to 100,000",
         "Your platelet count is 100,000 per µL or more (transfusion independent)."),
        # a condition qualified by an organ the lexicon does not know keeps its name (it is not high blood pressure)
        ("NCT02382016", "Confirmed diagnosis of portopulmonary hypertension",
         "You have a confirmed diagnosis of portopulmonary hypertension."),
        # "for ≥ 6 months" says how long: the "for" stays, though "at least 6 months before" extracts the same
        ("NCT02469246", "Plasma HIV-1 RNA levels < 50 copies/mL for",
         "Your plasma HIV-1 RNA levels are less than 50 copies/mL for at least 6 months before the screening visit "
         "(measured at least twice using the same assay) and without having two consecutive HIV-1 RNA above "
         "detectable levels after achieving a confirmed (two consecutive) HIV-1 RNA below detectable levels on the "
         "current regimen in the past year."),
        # a lexicon substitution
        ("NCT00030407", "No myocardial infarction",
         "You have had no heart attack and/or stroke within the past 6 months."),
        # a plain word for an organ's adjective; "concurrent" moves after the noun it qualifies
        ("NCT00084591", "No clinically significant cardiac disease",
         "You have no medically important heart disease."),
        ("NCT00085566", "No concurrent chemotherapy", "You are not getting chemotherapy at the same time."),
        # a prepositional wording never stands before a noun; a noun wording never stands as an adjective
        ("NCT00621049", "Patients with preoperative radiologic",
         "If you have preoperative radiologic signs of N2 disease by either positron emission tomography (PET) or CT "
         "scan (that is, radiological signs of metastasis to ipsilateral mediastinal and subcarinal nodes) that is "
         "confirmed as N2 disease histologically, you cannot take part. - PLEASE SEE EXCEPTION in section 3.1.2 of "
         "protocol."),
        ("NCT01980940", "Has used topical, oral or systemic analgesic",
         "You have used topical, oral or systemic analgesic medicines within 2 weeks of study entry and for the length "
         "of the study."),
    ],
)  # fmt: skip
def test_rewrites_real_criteria_in_plain_words(nct_id: str, source: str, plain: str) -> None:
    assert bullet_for(nct_id, source).text == plain


def test_an_abbreviation_is_spelled_out_at_its_first_use_only() -> None:
    _, rendering, _ = rendered("NCT00030407", "AST/ALT no greater than ULN")
    texts = [b.text for b in rendering.bullets]
    first = next(t for t in texts if "ALT" in t)
    later = [t for t in texts if "ALT" in t][1]
    assert "aspartate aminotransferase (AST)/alanine aminotransferase (ALT)" in first
    assert "alanine aminotransferase" not in later and "AST/ALT" in later


def test_an_abbreviation_already_spelled_out_in_the_source_is_not_spelled_out_again() -> None:
    text = bullet_for("NCT00081887", "Absolute neutrophil count (ANC)").text
    assert text.lower().count("absolute neutrophil count") == 1
    text = bullet_for("NCT03572478", "Eastern Cooperative Oncology Group (ECOG)").text
    assert text.count("ECOG") == 1  # a scale named for an organisation: its letters, once (offline_plain)
    assert "1 or less" in text and "≤" not in text
    # an abbreviation opening a name the source closes with it: spelled out, the name's words would come twice
    text = bullet_for("NCT04344678", "Eighty adult outpatients").text
    assert "MINI Neuropsychiatric Interview (MINI)" in text and "Interview (MINI) Neuropsychiatric" not in text


def test_a_well_known_abbreviation_keeps_its_letters_and_gets_a_definition() -> None:
    bullet = bullet_for("NCT00504101", "Known HIV infection")
    assert bullet.text == "You are known to have HIV infection."
    assert [d.term for d in bullet.definitions] == ["HIV"]
    assert bullet.definitions[0].plain.startswith("human immunodeficiency virus")


def test_definitions_come_from_the_lexicon_and_stay_out_of_the_text() -> None:
    bullet = bullet_for("NCT01109979", "Known hypersensitivity to any of the study drugs")
    assert bullet.text == "You have a known allergy to any of the study drugs."
    terms = {d.term: d.plain for d in bullet.definitions}
    assert "known hypersensitivity" not in terms  # the bullet no longer says it
    assert "study drugs" in terms
    for plain in terms.values():
        assert plain not in bullet.text


def test_no_term_is_left_unexplained_in_whole_translations() -> None:
    translator = Translator(backend())
    unexplained = []
    for record in random.Random(11).sample(corpus_records(), 25):
        translation = translator.translate(parse_criteria(criteria_text(record)))
        unexplained += [f.message for f in readability_findings(translation) if f.check == "term_unexplained"]
    assert unexplained == []


def test_a_term_is_defined_once_per_criterion() -> None:
    _, rendering, _ = rendered("NCT00030407", "AST/ALT no greater than ULN")
    defined = [d.term.lower() for b in rendering.bullets for d in b.definitions]
    assert len(defined) == len(set(defined))


def test_sub_items_keep_their_refs_and_depth() -> None:
    request, rendering, _ = rendered("NCT01188707", "Acceptable liver, kidney and bone marrow function")
    assert [b.refs for b in rendering.bullets] == [[item.ref] for item in request.items]
    assert [b.depth for b in rendering.bullets] == [item.ref.count(".") for item in request.items]
    assert rendering.bullets[1].text == "Your bilirubin is no more than 1.5 times the upper limit of normal."


def test_same_input_same_output() -> None:
    # Two passes in opposite orders: a memo or table that kept state from one criterion to the next would show
    # here as a difference. 24 records are close to 400 criteria of every layout.
    requests = sample_requests(24, seed=7)
    first = [OfflineBackend().render(r).model_dump() for r in requests]
    second = [OfflineBackend().render(r).model_dump() for r in reversed(requests)]
    assert first == list(reversed(second))


@cache
def sample_requests(count: int, seed: int) -> list[CriterionRequest]:
    records = random.Random(seed).sample(corpus_records(), count)
    requests: list[CriterionRequest] = []
    for record in records:
        requests += [request for _, request in build_requests(parse_criteria(criteria_text(record)))]
    return requests


def test_every_fact_is_kept_on_a_corpus_sample_and_the_rewrite_is_used_and_plainer() -> None:
    requests = sample_requests(120, seed=3)
    levels: list[str] = []
    sources: list[str] = []
    bullets: list[str] = []
    changed = 0
    for request in requests:
        rendering, items = backend().render_items(request)
        assert not errors(check_rendering(request, rendering)), request.items[0].text
        for item, result in zip(request.items, items, strict=True):
            levels.append(result.level)
            sources.append(item.text)
            bullets.append(result.bullet.text)
            changed += result.bullet.text.rstrip(".") != item.text.strip().rstrip(".;,")
    assert len(levels) > 1000
    assert levels.count(LEVELS[0].name) / len(levels) > 0.95
    assert changed / len(levels) > 0.5
    assert median_grade(bullets) < median_grade(sources) - 0.5


def test_a_rewrite_that_would_change_a_fact_falls_back_to_a_safer_level() -> None:
    # "No metallic object in their body … or have a history of foreign metallic object" put to the reader as "You
    # have no metallic object … or have had foreign metallic object" leaves the second item outside the "no": the part
    # falls back to the level that keeps its opening. (The examples before: "IP dosing", which reads as the first dose
    # either way since session 55; "2010 ACR/EULAR" spelled out, which reads as the same edition since session 57, and
    # whose full rewrite now passes; "Individuals with or without T2DM", whose "with" is no longer said "You have"
    # since session 86.)
    request, rendering, items = rendered("NCT02178696", "No metallic object in their body")
    index = next(i for i, item in enumerate(request.items) if item.text.startswith("No metallic object"))
    assert items[index].level == "comparators_abbreviations"
    assert rendering.bullets[index].text == request.items[index].text
    assert not errors(check_rendering(request, rendering))
    assert not rendering.flags
    request, rendering, items = rendered("NCT04779983", "patients with rheumatoid arthritis according to 2010")
    index = next(i for i, item in enumerate(request.items) if "2010 ACR/EULAR" in item.text)
    assert (items[index].level, rendering.bullets[index].text) == (
        "rewrite", "You have rheumatoid arthritis according to 2010 American College of Rheumatology (ACR)/European "
        "League Against Rheumatism (EULAR) criteria and have one of these conditions:")
    request, rendering, items = rendered("NCT01562938", "receipt of any investigational drug therapy")
    index = next(i for i, item in enumerate(request.items) if "IP dosing" in item.text)
    assert (items[index].level, rendering.bullets[index].text) == (
        "rewrite", "You have had any experimental drug treatment in the 6 months before IP dosing.")


def test_a_part_no_rewrite_keeps_faithful_is_shown_as_written_and_flagged(monkeypatch: pytest.MonkeyPatch) -> None:
    def breaking(text: str, facts: object, lexicon: object, parent: object = None) -> list[Edit]:
        return [Edit(text.index("2.0"), text.index("2.0") + 3, "3.0", "person")]

    def breaking_facts(text: str, facts: object) -> list[Edit]:
        return [Edit(text.index("2.0"), text.index("2.0") + 3, "3.0", "fact")]

    monkeypatch.setattr(offline, "person_edits", breaking)
    monkeypatch.setattr(offline, "fact_edits", breaking_facts)
    request = request_for("NCT00151320", "Creatinine < 2.0 x ULN")
    rendering, items = OfflineBackend().render_items(request)
    assert items[0].level == "verbatim"
    assert rendering.bullets[0].text == "Creatinine < 2.0 x ULN"
    assert [f.code for f in rendering.flags] == [FALLBACK_FLAG]
    assert not errors(check_rendering(request, rendering))


def test_a_fact_broken_only_by_the_value_wording_keeps_the_rest_of_the_rewrite(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def breaking_facts(text: str, facts: object) -> list[Edit]:
        return [Edit(text.index("120"), text.index("120") + 3, "12", "fact")]

    monkeypatch.setattr(offline, "fact_edits", breaking_facts)
    request = request_for("NCT00624442", "Patient weighs > 120 kg")
    rendering, items = OfflineBackend().render_items(request)
    index = next(i for i, item in enumerate(request.items) if item.text.startswith("Patient weighs"))
    assert items[index].level == "rewrite_values_as_written"
    assert rendering.bullets[index].text == "You weigh > 120 kg."


def test_same_time_moves_only_after_a_whole_noun_phrase_never_out_of_a_list() -> None:
    # after a list, "at the same time" would seem to qualify only its last item: the word stays where it is
    listed = bullet_for("NCT00087334", "No concurrent phenytoin")
    assert "concurrent" in listed.text and "at the same time" not in listed.text
    moved = bullet_for("NCT00085566", "No concurrent chemotherapy")
    assert "concurrent" not in moved.text and moved.text.endswith("at the same time.")
    # nor away from the abbreviation in brackets right after the noun
    bracketed = bullet_for("NCT01009801", "No concurrent angiotensin")
    assert bracketed.text == "You are not taking concurrent angiotensin converting enzyme inhibitors (ACE-I)."


def test_history_of_and_prior_become_have_had_but_never_swallow_or_current() -> None:
    assert bullet_for("NCT00446030", "History of stroke or transient").text == (
        "You have had a stroke or transient ischemic attack (TIA)."
    )
    # "You have had or current …" would not be English: "Prior or current" is said with both verbs
    # (offline_past_or_current_conditions)
    assert bullet_for("NCT00102206", "Prior or current virologic").text.startswith(
        "You have had or now have virologic failure"
    )


def test_a_history_of_becomes_had_after_have_or_with_but_not_after_a_negation() -> None:
    assert bullet_for("NCT00220636", "Patients with a history of seizures").text == "You have had seizures."
    assert bullet_for("NCT01692782", "Subject has a history of drug").text.startswith(
        "You have had drug dependence or substance abuse (except nicotine and caffeine)"
    )
    # after a modal's negation "must not have had X" (offline_histories, session 47)
    assert bullet_for("NCT00113919", "Patients must not have a history").text.startswith(
        "You must not have had chronic obstructive"
    )

