"""Faithful paraphrases the fidelity checks once flagged, and the real errors they must still catch.

Each source is the real criterion, parsed from its corpus record; the faithful bullet is the one of
`evals/data/paraphrases.jsonl` that raised a false alarm. Every rule that made the checks accept it
is paired with the error it must not let through: a window shifted or dropped, a comparator turned
around, a different event, a negation lost from one item of a list.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import FactKind, extract_facts
from translator.fidelity import check_rendering, errors
from translator.fidelity_negations import read_negations
from translator.outline import parse_criteria


def criterion(nct_id: str, cid: str) -> str:
    doc = parse_criteria(criteria_text(corpus_by_id()[nct_id]))
    return next(c.text for c in doc.criteria if c.id == cid)


def checks(source: str, bullet: str, kind: SectionKind = SectionKind.INCLUSION) -> set[str]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=bullet, refs=["1"])])
    return {f.check for f in errors(check_rendering(request, rendering))}


def windows(text: str) -> list[str]:
    return [f.key for f in extract_facts(text) if f.kind is FactKind.TEMPORAL and f.relation not in ("past", "recent")]


# --- time since an event is a look-back from now ---------------------------------------------------


def test_time_since_diagnosis_is_how_long_ago_it_was(shared_data: object) -> None:
    source = criterion("NCT06201611", "I1")
    assert "of a duration of <= 5 years since their diagnosis" in source
    assert windows(source) == ["temporal|<=||5|year|since|diagnosis"]
    assert checks(source, "You are 18 or older and were diagnosed with diabetes no more than 5 years ago.") == set()
    assert checks(source, "You are 18 or older and were diagnosed with diabetes in the past 5 years.") == set()


@pytest.mark.parametrize("bullet", [
    "You are 18 or older and were diagnosed with diabetes more than 5 years ago.",  # comparator turned
    "You are 18 or older and were diagnosed with diabetes no more than 3 years ago.",  # amount changed
    "You are 18 or older and were diagnosed with diabetes no more than 5 years before surgery.",  # other event
    "You are 18 or older and were diagnosed with diabetes up to 5 years before your diagnosis.",  # direction
    "You are 18 or older and were diagnosed with diabetes.",  # window dropped
])
def test_time_since_still_catches_a_changed_window(shared_data: object, bullet: str) -> None:
    assert checks(criterion("NCT06201611", "I1"), bullet) & {"fact_changed", "fact_missing"}


def test_since_swapped_for_before_an_unnamed_event_is_caught() -> None:
    # Only a window counted back from now restates the time since; "before prior chemotherapy" does not.
    source = "At least 4 weeks since prior chemotherapy"
    assert checks(source, "It has been at least 4 weeks since your last chemotherapy.") == set()
    assert checks(source, "Your last chemotherapy was at least 4 weeks ago.") == set()
    assert checks(source, "At least 4 weeks before prior chemotherapy.") == {"fact_changed"}


# --- "recent (less than 3 months)": the bracket is the look-back of "recent" --------------------------


def test_recent_with_its_bracket_is_a_look_back_window(shared_data: object) -> None:
    source = criterion("NCT03256916", "I7")
    assert source.startswith("No recent (less than 3 months) severe cardiac disease")
    assert windows(source) == ["temporal|<||3|month|before|"]
    faithful = ("You have not had severe heart disease (such as an irregular heartbeat, congestive heart failure or "
                "a heart attack) in the last 3 months.")
    assert checks(source, faithful) == set()
    assert checks(source, faithful.replace("in the last 3 months", "in the last 6 months")) == {"fact_changed"}
    assert checks(source, faithful.replace("in the last 3 months", "more than 3 months ago")) == {"fact_changed"}
    assert checks(source, faithful.replace(" in the last 3 months", "")) == {"fact_missing"}


# --- a bare "30 days before X" is read as the window ---------------------------------------------------


def test_bare_days_before_an_event_is_the_window_before_it(shared_data: object) -> None:
    source = criterion("NCT05157178", "E3")
    assert source == "Having received any other vaccine 30 days before inclusion in the study"
    faithful = "You had any other vaccine in the 30 days before joining the study."
    assert checks(source, faithful, SectionKind.EXCLUSION) == set()
    assert checks(source, "You had any other vaccine within 30 days before joining the study.",
                  SectionKind.EXCLUSION) == set()


@pytest.mark.parametrize("bullet", [
    "You had any other vaccine at least 30 days before joining the study.",  # the opposite window
    "You had any other vaccine more than 30 days before joining the study.",
    "You had any other vaccine in the 30 days after joining the study.",  # direction
    "You had any other vaccine in the 60 days before joining the study.",  # amount
    "You had any other vaccine in the 30 days before screening.",  # event
])
def test_bare_window_reading_still_catches_a_changed_window(shared_data: object, bullet: str) -> None:
    assert checks(criterion("NCT05157178", "E3"), bullet, SectionKind.EXCLUSION) & {"fact_changed", "fact_missing"}


def test_implied_bound_does_not_take_a_comparator_the_other_way() -> None:
    # "within 2 weeks" may be "less than 2 weeks"; it is never "after 2 weeks" nor "at least 2 weeks".
    source = "Radiation therapy for bone metastases within 2 weeks before enrollment"
    assert checks(source, "You had radiation for bone metastases less than 2 weeks before joining the study.") == set()
    assert checks(source, "You had radiation for bone metastases at least 2 weeks before joining the study.")
    assert checks(source, "You had radiation for bone metastases 2 weeks after joining the study.")


# --- a comparator separated from its amount by "the equivalent of" ---------------------------------------


def test_at_least_the_equivalent_of_keeps_the_comparator(shared_data: object) -> None:
    source = criterion("NCT04347811", "I1")
    assert "full-time equivalent of at least 1 week in the preceding 4 weeks" in source
    faithful = ("You are a physician, nurse, pharmacist or therapist working in the University Medical Center "
                "Intensive Care Unit, and in the past 4 weeks you have worked at least the equivalent of 1 full-time "
                "week.")
    assert checks(source, faithful) == set()
    assert checks(source, faithful.replace("at least the equivalent", "at most the equivalent")) == {"fact_changed"}
    assert checks(source, faithful.replace("at least the equivalent", "the equivalent")) == {"fact_changed"}
    assert [f.key for f in extract_facts("up to a total of 6 cycles")] == ["value|<=||6|||"]


# --- "baseline" is "the start of the study", and no other visit ------------------------------------------


def test_baseline_is_the_start_of_the_study(shared_data: object) -> None:
    source = criterion("NCT00366301", "E1")
    assert source == "Baseline use of metformin or insulin"
    assert checks(source, "You are already using metformin or insulin at the start of the study.",
                  SectionKind.EXCLUSION) == set()
    # "the start of the study" is also the plain word for joining it.
    assert checks("Prior chemotherapy within 4 weeks before study entry",
                  "You had chemotherapy in the 4 weeks before the start of the study.") == set()


@pytest.mark.parametrize("bullet", [
    "You are already using metformin or insulin at screening.",
    "You are already using metformin or insulin at randomization.",
    "You are already using metformin or insulin when you join the study.",
    "You are already using metformin or insulin at the end of the study.",
])
def test_baseline_stays_distinct_from_other_visits(shared_data: object, bullet: str) -> None:
    assert checks(criterion("NCT00366301", "E1"), bullet, SectionKind.EXCLUSION) == {"fact_changed"}


# --- one negation over the items of a list ---------------------------------------------------------------


def test_negation_spread_over_a_list_is_one_negation(shared_data: object) -> None:
    source = criterion("NCT03256916", "I3")
    assert source == "No previous irradiation to the pelvis or chemotherapy"
    faithful = "You have never had radiation to the pelvis, and you have never had chemotherapy."
    assert checks(source, faithful) == set()
    assert checks(source, "You have had no radiation to the pelvis and no chemotherapy.") == set()
    assert checks(source, "You have never had radiation to the pelvis or chemotherapy.") == set()


@pytest.mark.parametrize("bullet", [
    "You have never had radiation to the pelvis, and had chemotherapy.",
    "You have never had radiation to the pelvis, and you have had chemotherapy.",
    "You have ever had radiation to the pelvis, and you have never had chemotherapy.",
    "You have had radiation to the pelvis, and you have had chemotherapy.",
])
def test_a_list_item_that_lost_the_negation_is_caught(shared_data: object, bullet: str) -> None:
    assert checks(criterion("NCT03256916", "I3"), bullet) == {"negation_dropped"}


def test_repeated_negation_without_a_list_in_the_source_is_added() -> None:
    # The source negates one thing: a second "never" says something it does not.
    assert checks("No prior chemotherapy", "You have never had chemotherapy, and you have never had surgery.") == {
        "negation_added"}


# --- one negation over alternatives of one predicate ----------------------------------------------------


def test_alternatives_of_one_negated_predicate_are_one_negation(shared_data: object) -> None:
    source = criterion("NCT04602871", "E1.2")
    assert source.startswith("(Anticipated) inability to complete breath sampling procedure")
    faithful = ("You cannot, or are expected not to be able to, complete the breath sampling, for example because of "
                "breathing too fast or too slowly (hyper- or hypoventilation), respiratory failure, or fear of closed "
                "spaces (claustrophobia) when wearing the sampling mask.")
    assert checks(source, faithful, SectionKind.EXCLUSION) == set()
    reading = read_negations(faithful, extract_facts(faithful))
    assert (reading.count, reading.elided) == (2, 1)
    lost = faithful.replace("expected not to be able", "expected to be able")
    assert checks(source, lost, SectionKind.EXCLUSION) == {"negation_dropped"}
    both = faithful.replace("You cannot", "You can").replace("expected not to be able", "expected to be able")
    assert checks(source, both, SectionKind.EXCLUSION) == {"negation_dropped"}
    # No predicate is left out of "Not or…": two negations.
    assert read_negations("Not or ET treatment naive", extract_facts("Not or ET treatment naive")).elided == 0


def test_two_negated_predicates_are_two_negations(shared_data: object) -> None:
    # "unable or unwilling" negates two things; only the same cue repeated over a list's items is one.
    source = criterion("NCT00781768", "E6")
    assert source == "Inability to swallow tablets or capsules"
    out = SectionKind.EXCLUSION
    assert checks(source, "You cannot swallow tablets, and you cannot swallow capsules.", out) == set()
    assert checks(source, "You are unable or unwilling to swallow tablets or capsules.", out) == {"negation_added"}
    # The positive auxiliary of "cannot" in the other item: the negation is lost there.
    assert checks(source, "You cannot swallow tablets, and you can swallow capsules.", out) == {"negation_dropped"}


@pytest.mark.parametrize(("bullet", "expected"), [
    ("You are not pregnant, and you are not breastfeeding.", set()),
    ("You are pregnant, and you are not nursing.", {"negation_dropped"}),  # the same frame, "you are"
    ("You are not pregnant, and you are nursing.", {"negation_dropped"}),
])
def test_not_pregnant_or_nursing_covers_both(shared_data: object, bullet: str, expected: set[str]) -> None:
    source = criterion("NCT00003194", "I11.2")
    assert source == "Not pregnant or nursing"
    assert checks(source, bullet) == expected


def test_a_clause_after_the_negated_list_is_not_a_lost_item() -> None:
    # The list ends with its last item: the contraception clause is the source's own positive clause.
    source = "Not pregnant or nursing, and using effective contraception"
    bullet = "You are not pregnant or breastfeeding, and you are using effective contraception."
    assert checks(source, bullet) == set()


def test_repeats_the_source_makes_itself_leave_no_room_for_an_added_negation() -> None:
    source = "She is not pregnant, not breastfeeding, and agrees to use contraception"
    assert checks(source, "You are not pregnant, not breastfeeding, and agree to use contraception.") == set()
    added = checks(source, "You are not pregnant, not breastfeeding, and do not agree to use contraception.")
    assert added == {"negation_added"}


def test_a_study_code_before_the_event_keeps_its_anchor(shared_data: object) -> None:
    source = criterion("NCT00081588", "I3")
    assert source.endswith("for a total of at least 12 weeks before TMC114-C215 screening")
    assert windows(source) == ["temporal|>=|12||week|before|screening"]
    faithful = ("You took part in the treatment phase of the original trial for at least 12 weeks in total before "
                "screening for study TMC114-C215.")
    assert checks(source, faithful) == set()
    assert checks(source, faithful.replace("before screening", "before randomization")) == {"fact_changed"}
    assert checks(source, faithful.replace("at least 12 weeks", "at most 12 weeks")) == {"fact_changed"}


def test_a_negation_inside_a_bracket_does_not_spread_one_outside_it(shared_data: object) -> None:
    # The bracket's "not surgically sterile" is no list negated item by item; an added "Not" before it
    # is a negation more.
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT00642031"]))
    source = next(c.text for c in doc.criteria if "or not surgically sterile" in c.text)
    bullet = source.replace("Women of child-bearing potential", "Not women who can become pregnant")
    assert checks(source, bullet) == {"negation_added"}


# --- "before you register" is "prior to registration"; "out of control" is "uncontrolled" --------------


def test_registering_said_as_a_verb_is_the_same_event_and_out_of_control_the_same_negation(shared_data: object) -> None:
    source = criterion("NCT02137837", "O19")  # "… uncontrolled diabetes (defined as an Hg A1C >7% within 28 days …"
    faithful = (
        "You must not have diabetes that is out of control, which here means a hemoglobin A1c above 7% in the 28 "
        "days before you register."
    )
    assert checks(source, faithful) == set()
    # the errors around it are still caught: another event, a window turned around, the negation lost
    assert "fact_changed" in checks(source, faithful.replace("you register", "your last dose"))
    assert "fact_changed" in checks(source, faithful.replace("in the 28 days before", "more than 28 days before"))
    assert "negation_dropped" in checks(source, faithful.replace("must not have", "must have"))
    assert "negation_dropped" in checks(source, faithful.replace(" that is out of control", ""))


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("in the 28 days before you register", "enrollment"),
        ("within 14 days before they are registered", "enrollment"),
        ("in the 28 days before you register for the study", "enrollment"),
        ("in the 28 days before you register for re-treatment", None),  # a registration of its own
        ("in the 28 days before you register with a clinic", None),
    ],
)
def test_register_as_a_verb_anchors_on_enrollment_only_for_the_study(text: str, anchor: str | None) -> None:
    assert [f.anchor for f in extract_facts(text) if f.kind is FactKind.TEMPORAL] == [anchor]
