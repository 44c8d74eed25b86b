"""Both sexes kept: a criterion naming men and women said of one of them only is an error, through the whole check."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from translator import fidelity
from translator.fidelity import errors
from translator.fidelity_sexes import sex_findings
from translator.outline import parse_criteria
from translator.translation import Bullet, Provenance, Summary, TranslatedSection, Translation


def _findings(source: str, *bullets: str) -> list[str]:
    return [f.check for f in sex_findings("I1", source, [(i, text) for i, text in enumerate(bullets)])]


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Male or female, 18 to 65 years", "You are male and 18 to 65 years old."),
        ("Men or women aged 18 or older", "You are a woman aged 18 or older."),
        ("Healthy male and female volunteers", "You are a healthy man."),
        ("Women of childbearing potential and men must use contraception", "Women who can become pregnant must use "
         "birth control."),
    ],
)
def test_one_sex_of_two_is_an_error(source: str, bullet: str) -> None:
    assert _findings(source, bullet) == ["sex_dropped"]


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Male or female, 18 to 65 years", "You are male or female and 18 to 65 years old."),
        ("Men or women aged 18 or older", "You are 18 or older."),  # neither: a wording for everyone
        ("Men with pregnant partners", "You are a man whose partner is pregnant."),
        ("Male subjects with female partners of childbearing potential", "If you are a man and your partner could "
         "become pregnant, you must use condoms."),  # "pregnant" names the woman
        ("Pregnant or breastfeeding women", "You are pregnant."),  # one sex only in the source: not this check's
        ("Age 18 to 65", "You are 18 to 65 years old."),
    ],
)
def test_both_sexes_or_neither_is_fine(source: str, bullet: str) -> None:
    assert _findings(source, bullet) == []


def test_the_whole_check_reports_a_sex_left_out_with_its_source_span() -> None:
    text = "Inclusion Criteria:\n\n* Male or female, 18 to 65 years\n"
    doc = parse_criteria(text)
    (criterion,) = doc.criteria
    translation = Translation(
        nct_id=None,
        sections=[TranslatedSection(kind=criterion.kind, label="You may be able to join if…", bullets=[
            Bullet(text="You are male and 18 to 65 years old.", source_ids=[criterion.id])])],
        summary=Summary(text=""),
        provenance=Provenance(backend="test", source_sha="0" * 64, created_at=datetime(2026, 12, 2, tzinfo=UTC)),
    )
    found = [f for f in errors(fidelity.check(doc, translation)) if f.check == "sex_dropped"]
    assert len(found) == 1 and found[0].source_span is not None
    start, end = found[0].source_span
    assert text[start:end] == "female"
