"""checks-44: planted clause drops the checks missed in the older held-out paraphrases (every place
`evals.mutations_clauses.clause_dropped` can choose, in the first 460 cases of paraphrases_heldout.jsonl): a rare word
lost with the word it leans on ("monogenic diabetes"), "another" in a list's gap, a plain wording before a bracketed
term ("shape (morphology)"); and lead-ins the planter no longer cuts (nothing of the source is lost with them)."""

from __future__ import annotations

from evals.cases import case_errors
from evals.mutations_clauses import drop_places, dropped_at
from tests.evals.test_mutations import EXC, INC, _case


def _errors(source: str, bullet: str, kind: str = "exclusion") -> list[str]:
    case = _case([("E1", EXC if kind == "exclusion" else INC, source, bullet)])
    return [f.message for f in case_errors(case)]


# NCT02002221 E2
DIABETES = ("Type 1 diabetes, monogenic diabetes, diabetes resulting from pancreatic injury, or secondary forms of "
            "diabetes.")
DIABETES_SAID = ("You have type 1 diabetes, monogenic diabetes, diabetes caused by damage to the pancreas, or a "
                 "secondary form of diabetes.")


def test_the_faithful_diabetes_list_draws_no_error() -> None:
    assert _errors(DIABETES, DIABETES_SAID) == []


def test_a_rare_word_lost_with_a_copy_of_the_word_it_leans_on_is_seen_gone() -> None:
    # the neighbours are reworded ("resulting from pancreatic injury"), so no gap shows; but "monogenic" is said
    # nowhere and "diabetes" is said once fewer than the source says it
    assert _errors(DIABETES, DIABETES_SAID.replace(" monogenic diabetes,", "")) == [
        "E1: the bullets citing it leave out the list item “monogenic diabetes”"]


# NCT00278434 I16
NEPHROTOXIC = ("No concurrent loop diuretics, aminoglycosides, other nephrotoxic drugs, immunosuppressive drugs, or "
               "other investigational agents")
NEPHROTOXIC_SAID = ("You are not taking, at the same time, loop diuretics, aminoglycosides, other drugs that can harm "
                    "the kidneys, immunosuppressive drugs, or other investigational agents.")


def test_a_rare_word_said_in_plain_words_beside_the_word_it_leans_on_is_no_loss() -> None:
    # "nephrotoxic" said "that can harm the kidneys": "drugs" keeps both its copies (a lexicon wording of
    # "investigational agents" that says "drug" is no copy of it)
    assert _errors(NEPHROTOXIC, NEPHROTOXIC_SAID, "inclusion") == []


def test_the_plain_wording_of_a_rare_word_left_out_is_still_caught() -> None:
    assert _errors(NEPHROTOXIC, NEPHROTOXIC_SAID.replace(" other drugs that can harm the kidneys,", ""),
                   "inclusion") != []


# NCT00134563 E1
SYSTEMS = "Clinically relevant cardiovascular, hepatic, neurological, endocrine or other major systemic disease;"
SYSTEMS_SAID = ("You have a clinically relevant disease of the heart and blood vessels (cardiovascular), liver "
                "(hepatic), nervous system (neurological), hormones (endocrine), or another major disease affecting "
                "the whole body.")


def test_the_faithful_systems_list_draws_no_error() -> None:
    assert _errors(SYSTEMS, SYSTEMS_SAID) == []


def test_another_in_the_gap_is_the_sources_other() -> None:
    # "neurological, endocrine or other major" said "(neurological), or another major": "endocrine" is gone
    assert _errors(SYSTEMS, SYSTEMS_SAID.replace(" hormones (endocrine),", "")) == [
        "E1: the bullets citing it leave out the list item “endocrine”"]


def test_an_item_said_otherwise_before_another_is_no_gap() -> None:
    # near miss: the item reworded in its place (no bracketed term) stands between the neighbours
    assert _errors(SYSTEMS, SYSTEMS_SAID.replace(" hormones (endocrine),", " hormone glands,")) == []


# NCT02296125 E6.2 and NCT03092076 E1: a plain wording before the term the bullet brackets
ECG = "Any clinically important abnormalities in rhythm, conduction, or morphology of resting ECG."
ECG_SAID = "Any clinically important abnormality in the rhythm, conduction or shape (morphology) of your resting ECG."
DRUGS = "Any conditions known to interfere with the absorption, distribution, metabolism or excretion of drugs;"
DRUGS_SAID = ("You have any condition known to interfere with how the body absorbs, distributes, breaks down "
              "(metabolism) or gets rid of (excretion) drugs.")


def test_the_faithful_bullets_with_plain_wordings_before_terms_draw_no_error() -> None:
    assert _errors(ECG, ECG_SAID) == []
    assert _errors(DRUGS, DRUGS_SAID) == []


def test_an_item_left_out_before_a_plain_wording_of_a_bracketed_term_is_seen_gone() -> None:
    assert _errors(ECG, ECG_SAID.replace(", conduction", "")) == [
        "E1: the bullets citing it leave out the list item “conduction”"]
    assert _errors(DRUGS, DRUGS_SAID.replace(", breaks down (metabolism)", "")) == [
        "E1: the bullets citing it leave out the list item “metabolism”"]


def test_an_item_reworded_before_the_plain_wording_is_no_gap() -> None:
    # near misses: the item said in other words stands between its neighbours, with a listing break before the
    # plain wording of the next term
    assert _errors(ECG, ECG_SAID.replace(", conduction", ", electrical signalling")) == []
    assert _errors(DRUGS, DRUGS_SAID.replace(", breaks down (metabolism)", ", breaks down")) == []


def _dropped(rows: list[tuple[str, str, str]]) -> list[str]:
    case = _case([(cid, EXC if cid.startswith("E") else INC, source, bullet) for cid, source, bullet in rows])
    return [case.bullets[i].text[a:b] for i, a, b in drop_places(case)]


def test_a_lead_in_that_says_how_a_list_reads_is_never_dropped() -> None:
    # NCT02142803 E44 and NCT04344470 I1: ", as defined here:" and ", you must meet all of these criteria:" lead a
    # list the bullets go on to give; the heading says the section's all-or-any
    assert _dropped([("E44", "Invasive procedures defined as follows:",
                      "You have had any of these invasive procedures, as defined here:")]) == []
    assert _dropped([("I1", "In order to be eligible to participate in this study, an individual must meet all of "
                      "the following criteria:", "To take part in this study, you must meet all of these criteria:")]
                    ) == []


def test_a_real_item_beside_a_lead_in_is_still_dropped() -> None:
    # NCT02142803 E44.1: the items of the list are still planted
    places = _dropped([("E44.1", "Major surgical procedure, open biopsy or significant traumatic injury within 28 "
                        "days prior to day 1 therapy", "major surgery, an open biopsy or a significant injury from "
                        "trauma within 28 days before day 1 of therapy")])
    assert ", an open biopsy" in places


def test_drop_places_are_what_clause_dropped_chooses_from() -> None:
    case = _case([("E1", EXC, DIABETES, DIABETES_SAID)])
    places = drop_places(case)
    assert len(places) >= 2
    assert dropped_at(case, places[0]).bullets[0].text != DIABETES_SAID


def test_a_bracket_that_goes_on_with_the_phrase_is_no_term_for_the_words_before_it() -> None:
    # offline corpus rows (NCT02242188, NCT02543710; the criterion's text as the dump gives it): "(more than 50%
    # meals)" and "(part of)" say more of the phrase, not what the words before them name; read as a term, they
    # closed a false gap. The item left out is still seen.
    breastfed = "Breastfed exclusively or predominantly (>50% meals) at inclusion"
    breastfed_said = "Breastfed exclusively or mainly (more than 50% meals) at inclusion"
    assert _errors(breastfed, breastfed_said, "inclusion") == []
    assert _errors(breastfed, breastfed_said.replace(" or mainly", ""), "inclusion") == [
        "E1: the bullets citing it leave out the list item “predominantly”"]
    centre = ("Patients who do not agree to the proposed treatment or will receive (part of) the treatment in a "
              "non-participating centre")
    centre_said = ("You do not agree to the proposed treatment or will get (part of) the treatment in a "
                   "non-participating centre.")
    assert _errors(centre, centre_said) == []
    assert _errors(centre, centre_said.replace(" or will get (part of) the treatment", "")) != []
