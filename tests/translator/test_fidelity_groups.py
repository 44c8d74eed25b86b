"""One sex kept: a criterion said of men only, or of women only, said of everyone is an error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from translator import fidelity
from translator.fidelity import errors
from translator.fidelity_groups import group_findings, restricted_to
from translator.outline import parse_criteria
from translator.translation import Bullet, Provenance, Summary, TranslatedSection, Translation


def _findings(source: str, *bullets: str) -> list[str]:
    return [f.check for f in group_findings("I1", source, [(i, text) for i, text in enumerate(bullets)])]


@pytest.mark.parametrize(
    ("nct_id", "source", "bullet"),
    [
        ("NCT01659866", "Men under 30 years of age", "You are under 30 years old."),
        ("NCT02516202", "Females aged 45-70 years", "You are 45 to 70 years old."),
        ("NCT04588402", "Women aged 18 to 22 years, resident of Sikkim and married.",
         "You are 18 to 22 years old, live in Sikkim and are married."),
        ("NCT01436526", "Healthy male subjects", "You are healthy."),
        ("NCT01007019", "Healthy male volunteers in the age between 20 to 45 years old",
         "You are a healthy volunteer between 20 and 45 years old."),
        ("NCT01137799", "Male between 18 and 55 years of age, inclusive", "You are between 18 and 55 years old."),
        ("NCT00066443", "Female", "You can take part."),  # a line that is only the sex, like "Sex: Female"
        ("NCT03983954", "Female participants must be ≥ 1 year post-menopausal, surgically sterile, or using 1 highly "
         "effective form of birth control", "You must be surgically sterile or use 1 highly effective form of birth "
         "control, or 1 year or more past your last period."),
    ],
)
def test_one_sex_said_of_everyone_is_an_error(nct_id: str, source: str, bullet: str) -> None:
    assert _findings(source, bullet) == ["group_dropped"], nct_id


@pytest.mark.parametrize(
    ("nct_id", "source", "bullet"),
    [
        ("NCT01659866", "Men under 30 years of age", "You are a man under 30 years old."),
        ("NCT02516202", "Females aged 45-70 years", "You are a woman aged 45 to 70."),
        ("NCT01137799", "Male between 18 and 55 years of age, inclusive",
         "If you are male, you are between 18 and 55 years old."),
        # Only women are pregnant, breastfeeding or past the menopause: those words keep them.
        ("NCT01027234", "Healthy female volunteers of non-childbearing potential",
         "You are healthy and cannot become pregnant."),
        ("NCT03983954", "Female participants must be ≥ 1 year post-menopausal, surgically sterile, or using 1 highly "
         "effective form of birth control", "You must be 1 year or more past menopause, surgically sterile, or use 1 "
         "highly effective form of birth control."),
        ("NCT01382719", "Is taking contraceptives that have affected the menstrual cycle",
         "You are taking birth control that has changed your monthly period."),
        # Both sexes named: for everyone (translator.fidelity_sexes compares those).
        ("NCT02868281", "Gender: Male or Female", "You can be of any sex."),
        ("NCT00660153", "Effective barrier methods are male or female condoms", "Condoms are an effective barrier."),
    ],
)
def test_the_sex_said_in_any_wording_or_both_named_is_fine(nct_id: str, source: str, bullet: str) -> None:
    assert _findings(source, bullet) == [], nct_id


@pytest.mark.parametrize(
    ("nct_id", "source"),
    [
        # A sex word naming a thing, not the reader: a partner, a condom, a condition, a name, a family member.
        ("NCT01382719", "Female sexual dysfunction caused by untreated endocrine disease."),
        ("NCT01534702", "Having only female sexual partners"),
        ("NCT02727283", "Male condom plus partner use of one of the contraceptive options below:"),
        ("NCT02495831", "A non-hormonal intrauterine device or female condom with spermicide or contraceptive sponge"),
        ("NCT02422446", "Ability to travel to the study site at Brigham and Women's Hospital for 3 study visits"),
        ("NCT02607865", "Family or personal history of Multiple Endocrine Neoplasia Type 2 (MEN 2) or Medullary "
         "thyroid carcinoma"),
        ("NCT00000000", "Mother or sister with breast cancer before age 50"),
        ("NCT00000000", "Male pattern baldness treated with finasteride"),
    ],
)
def test_a_sex_word_in_a_name_or_a_thing_restricts_nobody(nct_id: str, source: str) -> None:
    assert restricted_to(source) == {}, nct_id


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Women of childbearing potential", {"women"}),
        ("Pregnant or breastfeeding", {"women"}),
        ("Men must agree not to donate sperm", {"men"}),
        ("Sex: Female", {"women"}),
        ("Men with pregnant partners", {"men", "women"}),  # both: translator.fidelity_sexes's
        ("Age 18 to 65", set()),
    ],
)
def test_what_restricts(source: str, expected: set[str]) -> None:
    assert set(restricted_to(source)) == expected


def test_the_whole_check_reports_the_sex_left_out_with_its_source_span() -> None:
    text = "Exclusion Criteria:\n\n* Men under 30 years of age\n"
    doc = parse_criteria(text)
    (criterion,) = doc.criteria
    translation = Translation(
        nct_id="NCT01659866",
        sections=[TranslatedSection(kind=criterion.kind, label="You cannot join if…", bullets=[
            Bullet(text="You are under 30 years old.", source_ids=[criterion.id])])],
        summary=Summary(text=""),
        provenance=Provenance(backend="test", source_sha="0" * 64, created_at=datetime(2026, 12, 2, tzinfo=UTC)),
    )
    found = [f for f in errors(fidelity.check(doc, translation)) if f.check == "group_dropped"]
    assert len(found) == 1 and found[0].source_span is not None
    start, end = found[0].source_span
    assert text[start:end] == "Men"
