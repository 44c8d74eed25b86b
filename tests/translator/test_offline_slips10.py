"""Slips of wording the fidelity checks cannot see, because the facts stay equal: a range said in the reverse of
the source's order, an abbreviation read in the wrong sense, a verb that no longer agrees with a plain word."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.phrasing import phrase

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "kept", "not_said"),
    [
        # Snellen sight is read best to worst as the source writes it; low-to-high by value reversed it
        ("Best corrected visual acuity of 20/40 to 20/320 in the study eye", "20/40 to 20/320", "20/320 to 20/40"),
        ("visual acuity between 20/50 and 20/200", "20/50 to 20/200", "20/200 to 20/50"),
        ("ETDRS letter score of 73 to 25 in the study eye", "73 to 25", "25 to 73"),
    ],
)
def test_a_range_keeps_the_order_the_source_wrote(source: str, kept: str, not_said: str) -> None:
    bullet = said(source, INC)
    assert kept in bullet
    assert not_said not in bullet


@pytest.mark.parametrize(
    ("source", "wording"),
    [
        ("Hemoglobin 9 to 14 g/dL", "from 9 to 14 g/dL"),  # low to high stays
        ("visual acuity 20/200 to 20/40", "from 20/200 to 20/40"),
        # a bound not found as written ("1,000" is worded "1000"): low to high, as before
        ("Platelets 1,000 to 500 per microliter", "from 500 to 1000 per µL"),
        ("Age 65 to 18 years", "from 65 to 18 years old"),  # high first, as written
    ],
)
def test_a_range_reads_low_to_high_unless_written_high_first(source: str, wording: str) -> None:
    ranges = [f for f in extract_facts(source) if f.low is not None and f.high is not None]
    assert [phrase(f) for f in ranges] == [wording]


def test_lv_after_fluorouracil_is_leucovorin_not_the_heart() -> None:
    bullet = said("Prior treatment using 5-FU/LV or Xeloda in combination with oxaliplatin")
    assert "leucovorin (LV)" in bullet
    assert "ventricle" not in bullet


def test_lv_beside_heart_words_is_still_the_left_ventricle() -> None:
    assert "left ventricle (LV)" in said("LV systolic function < 45%", INC)


def test_ic_beside_infants_and_rome_criteria_is_infantile_colic_not_stage_1c() -> None:
    bullet = said("Consecutive infants diagnosed with IC, according to Rome III criteria", INC)
    assert "infantile colic (IC)" in bullet
    assert "1C" not in bullet


def test_ic_where_the_cues_tie_is_left_as_written() -> None:
    # "Rome" (colic) and "III" (a stage) are both near: neither sense wins, so the letters stay, not "1C"
    bullet = said("diagnosis of IC according to Rome III criteria (2);", INC)
    assert " IC " in bullet
    assert "1C" not in bullet


@pytest.mark.parametrize(
    ("source", "wording"),
    [
        ("Prior surgery allowed provided there is evidence of disease relapse", "there are signs of disease relapse"),
        ("There is no evidence of metastases", "There are no signs of metastases"),
    ],
)
def test_there_is_agrees_with_a_plural_plain_wording(source: str, wording: str) -> None:
    assert wording in said(source, INC)


def test_there_is_before_a_singular_stays() -> None:
    assert "There is a history of stroke" in said("there is a history of stroke", INC)


@pytest.mark.parametrize(
    ("source", "wording"),
    [
        ("History of seizure", "You have had a seizure."),
        ("Seizure disorder", "You have a seizure disorder."),
        ("History of seizure or epilepsy", "You have had a seizure or epilepsy."),
        # no article before a plural, or before "seizure" that describes another noun
        ("History of seizure disorders", "You have had seizure disorders."),
        ("Patients with seizure activity within 6 months", "You have seizure activity within 6 months."),
    ],
)
def test_a_single_seizure_gets_its_article(source: str, wording: str) -> None:
    assert said(source) == wording


def test_a_quoted_term_is_named_not_reworded() -> None:
    bullet = said(
        'a woman is considered to be of "reproductive potential" if she has had menses in the preceding 12 months; '
        '"effective contraception" also includes surgery',
        INC,
    )
    assert '"reproductive potential"' in bullet
    assert '"effective contraception"' in bullet
    assert "ability to have children" not in bullet


def test_a_curly_quoted_term_is_named_and_the_unquoted_one_still_plain() -> None:
    bullet = said("A “woman of childbearing potential” is a woman who has had menses; women of childbearing potential "
                  "must use contraception", INC)
    assert "“woman of childbearing potential”" in bullet
    assert "birth control" in bullet


def test_a_long_quotation_is_a_passage_whose_terms_are_still_plain() -> None:
    bullet = said('Patients agree that "I understand that I must use contraception during the study and for 3 months '
                  'after it ends, and I will tell the doctor"', INC)
    assert "birth control" in bullet


@pytest.mark.parametrize(
    ("source", "wording"),
    [
        ("Previous surgery for PD. . A Hoehn and Yahr score of 5 when off.", "for PD. A Hoehn"),
        ("Cardiac disease (e. g. . congestive heart failure) within the last 12 months", "(e. g. congestive"),
        ("Wait... what", "Wait... what"),  # an ellipsis is meant
    ],
)
def test_a_stop_written_twice_is_said_once(source: str, wording: str) -> None:
    assert wording in said(source)


@pytest.mark.parametrize(
    ("source", "wording"),
    [
        ("Females of child-bearing potential whose male partners are fertile", "Females able to get pregnant whose"),
        ("Is a woman of childbearing potential unwilling to use an approved, effective means of contraception",
         "a woman able to get pregnant unwilling"),
    ],
)
def test_a_group_before_its_own_clause_is_said_without_a_second_who(source: str, wording: str) -> None:
    bullet = said(source)
    assert wording in bullet
    assert "who can become pregnant" not in bullet


def test_a_group_that_ends_its_phrase_keeps_who_can() -> None:
    assert "a woman who can get pregnant." in said("Pregnant women or women of childbearing potential")
