"""Planted errors: each operator plants a mistake of its kind, and the checks catch it."""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations import MUTATIONS, UNGATED
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


def _case(pairs: list[tuple[str, SectionKind, str, str]]) -> EvalCase:
    return EvalCase(
        case_id="T:1", nct_id="NCT00000001", origin="test",
        sources=[CaseSource(id=cid, kind=kind, text=source) for cid, kind, source, _ in pairs],
        bullets=[CaseBullet(text=bullet, source_ids=[cid], kind=kind) for cid, kind, _, bullet in pairs])


CASE = _case([
    ("I1", INC, "Age >= 18 years", "You are at least 18 years old."),
    ("I2", INC, "Creatinine < 1.5 mg/dL", "Your creatinine is less than 1.5 mg/dL."),
    ("E1", EXC, "No myocardial infarction within 6 months before randomization",
     "You have not had a heart attack in the 6 months before randomization."),
    ("E2", EXC, "Pregnant or breastfeeding", "You are pregnant or breastfeeding."),
    ("I3", INC, "At least 4-6 weeks since prior MK-3475", "At least 4-6 weeks have passed since you last had MK-3475."),
    ("I4", INC, "Stable dose for at least 4 consecutive weeks",
     "Your dose has been stable for at least 4 weeks in a row."),
    ("I5", INC, "Men aged 18 to 65 years", "If you are a man, you are 18 to 65 years old."),
    ("E3", EXC, "Woman of childbearing potential who does not agree to use contraception",
     "You are a woman who can become pregnant and do not agree to use birth control."),
])


def test_the_faithful_case_is_clean() -> None:
    assert case_errors(CASE) == []


@pytest.mark.parametrize("name", sorted(set(MUTATIONS) - UNGATED))
def test_operator_plants_a_change_that_the_checks_catch(name: str) -> None:
    caught = planted = 0
    for seed in range(20):
        mutated = MUTATIONS[name](CASE, random.Random(seed))
        assert mutated is not None, f"{name} found nothing to mutate in a case that has everything"
        assert mutated != CASE, f"{name} returned the case unchanged"
        planted += 1
        caught += bool(case_errors(mutated))
    assert caught == planted, f"{name}: {planted - caught} of {planted} planted errors missed"


@pytest.mark.parametrize(("name", "expected"), [
    ("negation_dropped", "negation_dropped"), ("negation_added", "negation_added"),
    ("section_moved", "polarity_flipped"), ("bullet_dropped", "criterion_missing"),
    ("invented_number", "fact_invented"), ("merged_lost", "criterion_missing"),
])
def test_operator_is_caught_by_the_check_for_its_kind(name: str, expected: str) -> None:
    mutated = MUTATIONS[name](CASE, random.Random(1))
    assert mutated is not None
    assert expected in {f.check for f in case_errors(mutated)}


def test_operator_returns_none_when_there_is_nothing_to_mutate() -> None:
    plain = _case([("I1", INC, "Able to give consent", "You can give consent.")])
    for name in ("number_changed", "comparator_swapped", "unit_changed", "time_window_dropped", "negation_dropped",
                 "code_changed", "range_bound_swapped", "qualifier_dropped"):
        assert MUTATIONS[name](plain, random.Random(0)) is None, name


@pytest.mark.parametrize(("name", "old", "expected"), [
    ("code_changed", "MK-3475", "fact_changed"), ("range_bound_swapped", "At least", "fact_changed"),
    ("qualifier_dropped", "in a row", "fact_changed"),
])
def test_new_kinds_of_facts_are_planted_and_caught(name: str, old: str, expected: str) -> None:
    for seed in range(10):
        mutated = MUTATIONS[name](CASE, random.Random(seed))
        assert mutated is not None
        changed = [b.text for b, o in zip(mutated.bullets, CASE.bullets, strict=True) if b.text != o.text]
        assert len(changed) == 1 and old not in changed[0], changed
        assert expected in {f.check for f in case_errors(mutated)}


def test_a_name_is_changed_to_one_its_source_does_not_name() -> None:
    # "HIV-1/2" names both numbers: "HIV-1" → "HIV-2" would plant nothing; another digit does.
    case = _case([("E1", EXC, "Positive for HIV-1/2 antibodies", "You tested positive for HIV-1 antibodies.")])
    for seed in range(10):
        mutated = MUTATIONS["code_changed"](case, random.Random(seed))
        assert mutated is not None and "HIV-2" not in mutated.bullets[0].text
        assert "fact_changed" in {f.check for f in case_errors(mutated)}


def test_time_window_mutations_leave_bare_time_words_alone() -> None:
    # "before" with no amount or anchor is wording, not a window: nothing to drop or shift.
    bare = _case([("E1", EXC, "Prior chemotherapy", "You have had chemotherapy before.")])
    assert MUTATIONS["time_window_dropped"](bare, random.Random(0)) is None


def test_the_no_of_little_or_no_is_dropped_and_caught() -> None:
    # Not a negation cue but a bound on an amount; a writer still drops its "no".
    case = _case([("I1", INC, "Little or no alcohol use", "You drink little or no alcohol.")])
    mutated = MUTATIONS["negation_dropped"](case, random.Random(0))
    assert mutated is not None and mutated.bullets[0].text == "You drink little or a alcohol."
    assert "fact_missing" in {f.check for f in case_errors(mutated)}


def test_merged_lost_joins_an_empty_bullet_without_raising() -> None:
    # A backend may answer a criterion with an empty bullet: "second.text[0]" raised IndexError.
    case = _case([("I1", INC, "Age >= 18 years", "You are at least 18 years old."), ("I2", INC, "Adults", "")])
    mutated = MUTATIONS["merged_lost"](case, random.Random(0))
    assert mutated is not None
    assert [(b.text, b.source_ids) for b in mutated.bullets] == [("You are at least 18 years old and ", ["I1"])]
    assert "criterion_missing" in {f.check for f in case_errors(mutated)}


def test_a_list_item_left_out_is_caught_by_its_words_or_its_medicine_name() -> None:
    case = _case([
        ("E1", EXC, "Use of warfarin, heparin or rivaroxaban", "You use warfarin, heparin or rivaroxaban."),
        ("E2", EXC, "Stroke, or peripheral arterial occlusive disease",
         "You have had a stroke, or peripheral arterial occlusive disease."),
    ])
    assert case_errors(case) == []
    dropped = set()
    for seed in range(30):
        mutated = MUTATIONS["clause_dropped"](case, random.Random(seed))
        assert mutated is not None
        [new] = [m.text for o, m in zip(case.bullets, mutated.bullets, strict=True) if o != m]
        dropped.add(new)
        assert "content_missing" in {f.check for f in case_errors(mutated)}, new
    assert {"You use warfarin, heparin.", "You use warfarin or rivaroxaban.", "You have had a stroke."} <= dropped


def test_a_single_ordinary_word_left_out_is_caught_by_the_gap_it_leaves() -> None:
    # Too short for the words check; the list check sees "pregnant" said with nothing after it
    # (translator.fidelity_items).
    case = _case([("E1", EXC, "Pregnant or breastfeeding", "You are pregnant or breastfeeding.")])
    mutated = MUTATIONS["clause_dropped"](case, random.Random(0))
    assert mutated is not None and mutated.bullets[0].text == "You are pregnant."
    assert "content_missing" in {f.check for f in case_errors(mutated)}


def test_a_left_out_sex_is_caught_though_the_words_checks_take_it_for_frame() -> None:
    # The words of a criterion's frame ("male", "female", "patients") are no content to the words-left-out checks, so
    # the sexes are compared on their own (translator.fidelity_sexes): "You are male." turns every woman away.
    case = _case([("I1", INC, "Male or female patients", "You are male or female.")])
    mutated = MUTATIONS["clause_dropped"](case, random.Random(0))
    assert mutated is not None and mutated.bullets[0].text == "You are male."
    assert [f.check for f in case_errors(mutated)] == ["sex_dropped"]
    assert case_errors(case) == []


@pytest.mark.parametrize(("source", "bullet", "left"), [
    # Frame words the words checks take for no content: being able to become pregnant ("pregnancy" is still said),
    # and whose judgement decides (translator.fidelity_frames).
    ("Women of childbearing potential must have a negative pregnancy test",
     "If you are female and able to become pregnant, you must have a negative pregnancy test.",
     "If you are female, you must have a negative pregnancy test."),
    ("Patients who are, in the opinion of the investigator, unable to comply",
     "You are, in the study doctor's view, unable to comply.", "You are, unable to comply."),
])
def test_a_left_out_frame_is_caught_though_the_words_checks_take_it_for_frame(source: str, bullet: str,
                                                                              left: str) -> None:
    case = _case([("I1", INC, source, bullet)])
    assert case_errors(case) == []
    texts = set()
    for seed in range(20):
        mutated = MUTATIONS["clause_dropped"](case, random.Random(seed))
        assert mutated is not None
        texts.add(mutated.bullets[0].text)
        if mutated.bullets[0].text == left:
            assert "frame_dropped" in {f.check for f in case_errors(mutated)}
    assert left in texts


@pytest.mark.parametrize(("source", "bullet", "real"), [
    ("Subjects from 16 to 75 years, both inclusive, with asthma or eczema",
     "You are from 16 to 75 years old, both inclusive, with asthma or eczema.",
     {"You are from 16 to 75 years old, both inclusive, with asthma.",
      "You are from 16 to 75 years old, both inclusive or eczema."}),
    ("Organs functioning normally, i.e. meeting these criteria, and no infection",
     "Your organs are functioning normally, that is, they meet these criteria.",
     {"Your organs are functioning normally, that is."}),
    # "etc." after examples: the list is open either way (NCT03119766 E2); after a plain list it is what leaves it open
    ("Other functional diseases of the digestive system, such as gallbladder dyskinesia, irritable bowel syndrome, "
     "etc.",
     "You have other functional diseases of the digestive system. For example, gallbladder dyskinesia, irritable "
     "bowel syndrome, etc.",
     {"You have other functional diseases of the digestive system. For example, irritable bowel syndrome, etc.",
      "You have other functional diseases of the digestive system. For example, gallbladder dyskinesia, etc."}),
    ("Asthma, eczema, etc.", "You have asthma, eczema, etc.", {"You have asthma, eczema.", "You have asthma, etc."}),
    # "including" before "but not limited to": the list reads as examples either way (NCT02680756 E1, checks20)
    ("Anaemia due to any cause other than iron deficiency, including, but not limited to: malabsorption or "
     "immunosuppressant use",
     "You have anaemia due to any cause other than iron deficiency, including, but not limited to: malabsorption or "
     "immunosuppressant use.",
     {"You have anaemia due to any cause other than iron deficiency, including, but not limited to: malabsorption."}),
])
def test_an_item_that_says_how_a_list_reads_is_never_the_planted_loss(source: str, bullet: str,
                                                                      real: set[str]) -> None:
    # "both inclusive" (a range is read with its ends either way), "that is", "such as", "as follows", "etc." after
    # examples: left out, nothing is lost, so no drop of them is planted; the items with content still are.
    case = _case([("I1", INC, source, bullet)])
    planted = set()
    for seed in range(30):
        mutated = MUTATIONS["clause_dropped"](case, random.Random(seed))
        assert mutated is not None
        planted.add(mutated.bullets[0].text)
    assert planted == real


def test_the_baseline_holds_every_type_and_gates_only_those_measured_at_the_gate() -> None:
    # A type measured at 99% or more belongs in detection_min: leaving it in UNGATED would let it slip unseen.
    from pathlib import Path

    from evals.gate import load_baseline

    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    for name in UNGATED:
        assert baseline.metrics[f"detection.{name}"] < 0.99, f"{name} is caught at the gate's rate: gate it"
    assert {f"detection.{name}" for name in MUTATIONS} - {"detection.range_bound_swapped"} <= set(baseline.metrics)


def test_the_clause_dropped_baseline_fails_a_fall_back_to_the_checks_before_frames() -> None:
    # 292 of 400 (0.73) were caught before the frame words (translator.fidelity_frames) were compared; the baseline,
    # less its tolerance, must stay above that, so that losing the check fails the gate instead of passing as noise.
    from pathlib import Path

    from evals.gate import load_baseline

    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    name = "detection.clause_dropped"
    assert baseline.metrics[name] - baseline.tolerances.get(name, baseline.tolerance) > 292 / 400


def test_the_clause_dropped_baseline_holds_the_list_item_checks_gain() -> None:
    # 303 of 400 (0.7575) were caught before a list item said only by a neighbour's stem, behind reworded frame words,
    # beside a term said in its wording, or of one rare word was caught (308/400 after); the baseline records the gain.
    # Its tolerance (0.03) stays wider than the gain: the sample moves with the parser by more than 5 plants.
    from pathlib import Path

    from evals.gate import load_baseline

    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    assert baseline.metrics["detection.clause_dropped"] >= 308 / 400


def test_the_clause_dropped_baseline_holds_the_neighbour_readings_gain() -> None:
    # 324 of 400 (0.81) are caught since a left-out item's neighbours are read across a semicolon, past a number,
    # to a bracketed list's end or from its first example, with an abbreviation joined to its words and a reworded
    # neighbour after the item stood in for (translator.fidelity_item_neighbours); the checks before them catch 314
    # of the same sample (305 and 308 of the samples drawn before 27 paraphrases joined: the sample moves). The gain
    # on this sample is within the tolerance (0.03), so the gate fails a fall-back to before the list checks (308 of
    # the old sample), not the loss of these readings alone: their tests are tests/translator/
    # test_fidelity_items_neighbours.py.
    from pathlib import Path

    from evals.gate import load_baseline

    baseline = load_baseline(Path(__file__).resolve().parents[2] / "evals" / "baselines" / "mutations.json")
    name = "detection.clause_dropped"
    assert baseline.metrics[name] >= 324 / 400
    assert baseline.metrics[name] - baseline.tolerances.get(name, baseline.tolerance) > 308 / 400


def test_a_unit_of_nothing_is_not_changed() -> None:
    # "15 weeks 0 days" said "15 weeks 0 weeks" is the same age (a Chia text): no planted error to catch
    zero = _case([("I1", INC, "At least 15 weeks 0 days pregnant", "You are at least 15 weeks 0 days pregnant.")])
    for seed in range(10):
        mutated = MUTATIONS["unit_changed"](zero, random.Random(seed))
        assert mutated is None or "0 days" in mutated.bullets[0].text
