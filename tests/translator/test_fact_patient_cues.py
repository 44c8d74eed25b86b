"""Facts a patient must not lose that the extractor used to miss, each pinned on a real criterion (a corpus
record, or a Chia criterion where the corpus has none): negations said with "un-", "prevents", "declined",
"besides", "excl." and "rather than"; "except for" before a time window; a bound that names what it bounds
("minimum body weight of 50 kg"); the unit written after a blood-pressure pair; percentile ranges.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import shared_data_dir
from tests.translator.test_fact_leftovers import criterion, judge, keys
from translator.facts import FactKind, extract_facts
from translator.phrasing import phrase


def chia_line(name: str, needle: str) -> str:
    """The criterion (one line) of Chia's `name` file (`NCT…_inc` / `NCT…_exc`) that holds `needle`."""
    path = Path(shared_data_dir()) / "chia" / "chia_without_scope" / f"{name}.txt"
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if needle in line]
    assert lines, f"{needle!r} not in {path}"
    return lines[0]


def cues(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.cue) for f in extract_facts(text) if f.kind is FactKind.NEGATION]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (criterion("NCT00030407", "untreated brain"), "un"),
        (criterion("NCT00144963", "unrelated to chemotherapy"), "un"),
        (chia_line("NCT00236340_exc", "Unability"), "Un"),
        (chia_line("NCT03228498_exc", "Unavailability"), "Un"),
        (chia_line("NCT02858804_exc", "un-contracepted"), "un-"),
    ],
)
def test_un_before_a_state_is_a_negation_as_non_is(text: str, surface: str) -> None:
    assert (surface, "non") in cues(text), cues(text)


@pytest.mark.parametrize(
    "text",
    [
        criterion("NCT00787267", "unfractionated heparin"),  # a drug's name
        "You must not be pregnant or put an unborn baby at risk",  # the lexicon's plain word for a fetus: one "not"
        "Dyslipidemia (unhealthy levels of fats in the blood)",  # the lexicon's plain wording of a term
        "Patients treated at a university hospital in the United States who understand and undergo the study",
        "Unequivocal evidence of progression before unblinding",  # clear evidence; a trial procedure
    ],
)
def test_words_that_only_begin_with_un_are_no_negation(text: str) -> None:
    assert [c for c in cues(text) if c[1] == "non"] == [], cues(text)


def test_except_for_before_a_time_window_keeps_both() -> None:
    # NCT02278120 E4: the "for" of "except for" also starts the window "for ≤ 14 days"; both facts stay.
    text = criterion("NCT02278120", "except for ≤ 14 days")
    assert ("except", "except") in cues(text)
    assert "temporal|<=||14|day|for|" in keys(text)
    # ... so a faithful "unless" paraphrase (paraphrase261) has as many negations as its source.
    bullet = (
        "You have had any hormonal anti-cancer therapy for advanced breast cancer before, unless it was only 14 "
        "days or less of tamoxifen or an NSAI (with or without goserelin) for advanced breast cancer before "
        "randomization."
    )
    assert not [f for f in judge(text, bullet) if f.check.startswith("negation")]


def test_unrelated_restated_as_non_draws_no_false_alarm() -> None:
    # NCT00004031 I16.3 (paraphrase270): "non-" and "un-" are both a negation the bullet must keep.
    findings = judge(
        "No nonlymphoma-related renal dysfunction", "You do not have kidney problems that are unrelated to lymphoma."
    )
    assert not [f for f in findings if f.check.startswith("negation")]
    assert [
        f.check
        for f in judge(
            "No nonlymphoma-related renal dysfunction", "You do not have kidney problems related to lymphoma."
        )
    ] == ["negation_dropped"]


@pytest.mark.parametrize(
    ("text", "surface", "cue"),
    [
        (criterion("NCT00601458", "prevents clear communication"), "prevents", "not"),
        (chia_line("NCT02831166_exc", "preventing the use"), "preventing", "not"),
        (chia_line("NCT03185130_exc", "declined"), "declined", "not"),
        (criterion("NCT00088933", "declined second-line"), "declined", "not"),
        (criterion("NCT00063583", "besides diabetic"), "besides", "except"),
        (chia_line("NCT03034733_exc", "excl."), "excl.", "except"),
        (criterion("NCT00551122", "rather than chemotherapy"), "rather than", "except"),
        (chia_line("NCT03088280_exc", "instead of"), "instead", "except"),
    ],
)
def test_negation_cues_said_in_other_words(text: str, surface: str, cue: str) -> None:
    assert (surface, cue) in cues(text), cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Women of childbearing potential must use adequate contraception to prevent pregnancy",  # a purpose
        "Hydroxyurea given to              prevent impending leukostasis is allowed",  # a purpose, wrapped
        "Mild cognitive decline",
        "PSA declined by 50% from baseline",
    ],
)
def test_prevent_and_decline_that_negate_nothing(text: str) -> None:
    # "is allowed" is a cue of its own (a carve-out); "prevent" and "decline" here are none.
    assert [c for c in cues(text) if c[1] != "allowed"] == [], cues(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (criterion("NCT02078310", "minimum body weight of 50 kg"), "value|>=|50||kg||"),
        (criterion("NCT05607199", "minimum size of 10 mm"), "value|>=|10||mm||"),
        (criterion("NCT01933880", "maximum daily dosage of 60 mg"), "value|<=||60|mg||"),
    ],
)
def test_minimum_or_maximum_naming_what_it_bounds(text: str, key: str) -> None:
    assert key in keys(text), keys(text)
    swapped = text.replace("minimum", "maximum") if "minimum" in text else text.replace("maximum", "minimum")
    assert key not in keys(swapped)


def test_maximum_tolerated_dose_is_a_name_not_a_bound() -> None:
    assert keys("Patients treated at the maximum tolerated dose of 3 mg/kg") == ["value|=|3||mg/kg||"]


def test_the_unit_after_a_blood_pressure_pair_is_read() -> None:
    text = chia_line("NCT03424993_exc", "resting blood pressure >140/90 mmHg")
    assert {"value|>|140||mmHg||", "value|>|90||mmHg||"} <= set(keys(text))
    # A changed unit is a changed fact, not mmHg read from the words about blood pressure.
    changed = set(keys(text.replace("mmHg", "%")))
    assert {"value|>|140||%||", "value|>|90||%||"} <= changed and "value|>|140||mmHg||" not in changed
    # A bare "mm" (of mercury) of a pressure is mmHg.
    assert sorted(keys("blood pressure > 150/100 mm of mercury")) == ["value|>|100||mmHg||", "value|>|150||mmHg||"]


def test_percentiles_as_ordinals() -> None:
    text = chia_line("NCT02560766_inc", "percentile")
    assert "value|range|5|85|percentile||" in keys(text)
    bound = criterion("NCT00500071", "95th percentile")
    assert "95" in bound
    assert keys("BMI above the 95th percentile for age") == ["value|>|95||percentile||"]
    fact = extract_facts("BMI above the 95th percentile for age")[0]
    assert keys(phrase(fact)) == [fact.key]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (criterion("NCT00003624", "disease free for at least"), "free"),  # as "disease-free" is
        (chia_line("NCT02375295_inc", "Stone free"), "free"),
        (criterion("NCT00629226", "outside the radiation field"), "outside"),
        (chia_line("NCT02426034_inc", "outside the stomach"), "outside"),
    ],
)
def test_absent_or_not_in(text: str, surface: str) -> None:
    assert surface in [c for c, _ in cues(text)], cues(text)


@pytest.mark.parametrize(
    "text",
    [
        criterion("NCT00240981", "blocks outside"),  # outdoors
        "Progression free survival of 6 months; serum free light chain; of their own free will",
    ],
)
def test_free_and_outside_that_negate_nothing(text: str) -> None:
    assert not [c for c, _ in cues(text) if c.lower() in ("free", "outside")], cues(text)


def test_outside_restates_non() -> None:
    # NCT00377052 I3.1.2 (paraphrase326): "non-nodal" said as "outside the lymph nodes" keeps its negation.
    findings = judge(
        "Non-nodal lesion ≥ 1 cm x 1 cm by MRI, CT scan, or physical exam",
        "a lesion outside the lymph nodes of at least 1 cm x 1 cm on MRI, CT scan, or physical exam",
    )
    assert not [f for f in findings if f.check.startswith("negation")]


def test_a_bracketed_marker_glued_to_its_word_is_no_value() -> None:
    # NCT02179658 I1.1 (paraphrase330): "(1)Diarrhea: with ≥4 unformed bowel movements".
    text = criterion("NCT02179658", "(1)Diarrhea")
    assert text.startswith("(1)Diarrhea")
    assert keys(text)[0] == "value|>=|4||||", keys(text)
    assert "value|=|1||||" not in keys(text)


def test_minimum_or_maximum_before_a_range_is_kept_with_it() -> None:
    # Chia NCT00954850: "(minimum 3-4 per year for SA, ...)"; "maximum 3 to 4" is another fact.
    text = chia_line("NCT00954850_inc", "minimum 3-4")
    fact = next(f for f in extract_facts(text) if f.label == "minimum")
    assert (fact.low, fact.high, fact.text) == (3, 4, "minimum 3-4")
    assert [f.key for f in extract_facts(phrase(fact))] == [fact.key]
    swapped = text.replace("minimum", "maximum")
    assert fact.key not in keys(swapped)
    assert [f.check for f in judge(text, swapped)] == ["fact_changed"]
    # A range without such a word stays a plain range.
    assert keys("between 18 and 65") == ["value|range|18|65|||"]
