"""translator.fidelity: each check finds what it should, names where, and leaves faithful text alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import CriteriaDoc, Logic, SectionKind
from translator.facts import Comparator, Fact, FactKind
from translator.fidelity import check, check_rendering, double_negatives, errors, restated
from translator.findings import Finding, Severity
from translator.outline import parse_criteria
from translator.translation import Bullet, Definition, Provenance, Summary, TranslatedSection, Translation

SOURCE = """Inclusion Criteria:

* Age \\>= 18 years
* Hemoglobin at least 9 g/dL
* ECOG performance status 0-1

Exclusion Criteria:

* Major surgery within 28 days prior to randomization
* No prior chemotherapy
"""

FAITHFUL = {
    "I1": "You are 18 years or older.",
    "I2": "Your hemoglobin is at least 9 g/dL.",
    "I3": "Your ECOG performance status is 0 to 1.",
    "E1": "You had major surgery in the 28 days before randomization.",
    "E2": "You have had no chemotherapy before.",
}


def _doc() -> CriteriaDoc:
    return parse_criteria(SOURCE)


def _translation(texts: dict[str, str], *, kinds: dict[str, SectionKind] | None = None,
                 definitions: dict[str, list[Definition]] | None = None) -> Translation:
    sections = {kind: TranslatedSection(kind=kind, label=kind.value) for kind in SectionKind}
    for cid, text in texts.items():
        kind = (kinds or {}).get(cid) or (SectionKind.INCLUSION if cid.startswith("I") else SectionKind.EXCLUSION)
        ids = cid.split("+")
        sections[kind].bullets.append(Bullet(text=text, source_ids=ids, definitions=(definitions or {}).get(cid, [])))
    return Translation(
        nct_id="NCT00000001", sections=[s for s in sections.values() if s.bullets],
        summary=Summary(text="Ages 18 and over"),
        provenance=Provenance(backend="test", source_sha="0" * 64, created_at=datetime.now(UTC)))


def _checks(findings: list[Finding]) -> set[str]:
    return {f.check for f in errors(findings)}


def test_faithful_translation_has_no_error() -> None:
    assert errors(check(_doc(), _translation(FAITHFUL))) == []


def test_parsed_ids_are_the_ones_the_test_cites() -> None:
    # Guards every test below against passing because the source parsed differently.
    assert [c.id for c in _doc().criteria] == ["I1", "I2", "I3", "E1", "E2"]


def test_missing_criterion_is_an_error_with_its_source_span() -> None:
    texts = {k: v for k, v in FAITHFUL.items() if k != "I2"}
    (finding,) = [f for f in check(_doc(), _translation(texts)) if f.check == "criterion_missing"]
    assert finding.criterion_id == "I2" and finding.severity is Severity.ERROR
    assert finding.source_span is not None
    assert SOURCE[finding.source_span[0]:finding.source_span[1]] == "Hemoglobin at least 9 g/dL"


def test_not_shown_with_a_reason_is_not_missing() -> None:
    texts = {k: v for k, v in FAITHFUL.items() if k != "I2"}
    translation = _translation(texts).model_copy(update={"not_shown": {"I2": "duplicate of the lab table"}})
    assert "criterion_missing" not in _checks(check(_doc(), translation))


def test_bullet_citing_an_unknown_criterion_is_an_error() -> None:
    texts = dict(FAITHFUL) | {"I9": "You are well."}
    assert "unknown_source" in _checks(check(_doc(), _translation(texts)))


@pytest.mark.parametrize(("cid", "text", "expected"), [
    ("I1", "You are 21 years or older.", "fact_changed"),
    ("I1", "You are younger than 18 years.", "fact_changed"),
    ("I2", "Your hemoglobin is at least 9 g/L.", "fact_changed"),
    ("I2", "Your hemoglobin is normal.", "fact_missing"),
    ("E1", "You had major surgery in the 14 days before randomization.", "fact_changed"),
    ("E1", "You had major surgery recently.", "fact_missing"),
    ("I3", "Your ECOG performance status is 0 to 1, for at least 3 months.", "fact_invented"),
    ("E2", "You have had chemotherapy before.", "negation_dropped"),
    ("I2", "Your hemoglobin is not at least 9 g/dL.", "negation_added"),
    ("E2", "You do not have no chemotherapy before.", "double_negative"),
])
def test_planted_error_is_found(cid: str, text: str, expected: str) -> None:
    findings = check(_doc(), _translation(FAITHFUL | {cid: text}))
    assert expected in _checks(findings), [f.message for f in findings]
    found = next(f for f in findings if f.check == expected)
    assert found.criterion_id == cid and found.message


def test_restatements_with_exact_conversions_are_faithful() -> None:
    texts = FAITHFUL | {"I2": "Your hemoglobin is 90 g/L or more.",
                        "E1": "You had major surgery in the 4 weeks before randomization."}
    assert errors(check(_doc(), _translation(texts))) == []


def test_changed_fact_points_at_both_spans() -> None:
    text = "You are 21 years or older."
    (finding,) = [f for f in check(_doc(), _translation(FAITHFUL | {"I1": text})) if f.check == "fact_changed"]
    assert finding.bullet_span is not None and text[finding.bullet_span[0]:finding.bullet_span[1]].startswith("21")
    assert finding.source_span is not None and "18" in SOURCE[finding.source_span[0]:finding.source_span[1]]


def test_exclusion_shown_as_inclusion_is_a_polarity_error() -> None:
    translation = _translation(FAITHFUL, kinds={"E2": SectionKind.INCLUSION})
    (finding,) = [f for f in check(_doc(), translation) if f.check == "polarity_flipped"]
    assert finding.criterion_id == "E2"


def test_numbers_inside_definitions_are_allowed_elaboration() -> None:
    ecog = [Definition(term="ECOG performance status", plain="a 0 to 5 score of how well you manage daily life")]
    assert errors(check(_doc(), _translation(FAITHFUL, definitions={"I3": ecog}))) == []
    invented = FAITHFUL | {"I3": "Your ECOG performance status (a 0 to 5 score) is 0 to 1."}
    assert "fact_invented" in _checks(check(_doc(), _translation(invented)))


def test_merged_bullet_that_cites_only_one_criterion_loses_the_other() -> None:
    texts = {k: v for k, v in FAITHFUL.items() if k not in ("I1", "I2")}
    texts["I1"] = "You are 18 years or older and your hemoglobin is at least 9 g/dL."
    assert "criterion_missing" in _checks(check(_doc(), _translation(texts)))
    texts["I1+I2"] = texts.pop("I1")
    assert errors(check(_doc(), _translation(texts))) == []


def test_hard_words_and_unexplained_terms_are_warnings_not_errors() -> None:
    texts = FAITHFUL | {"I3": "Your ECOG performance status, notwithstanding intercurrent comorbidities and "
                              "polypharmacological considerations, is 0 to 1."}
    findings = check(_doc(), _translation(texts))
    warnings = {f.check for f in findings if f.severity is Severity.WARNING}
    assert "reading_grade" in warnings and "term_unexplained" in warnings
    assert errors(findings) == []


def test_source_double_negative_kept_is_only_a_warning() -> None:
    doc = parse_criteria("Exclusion Criteria:\n\n* Not unable to walk")
    translation = _translation({"E1": "You are not unable to walk."})
    findings = [f for f in check(doc, translation) if f.check == "double_negative"]
    assert [f.severity for f in findings] == [Severity.WARNING]


def test_double_negatives_need_the_same_clause() -> None:
    from translator.facts import extract_facts

    same = "You do not have no symptoms."
    apart = "You have no fever, and you do not cough."
    assert double_negatives(same, extract_facts(same)) == [(7, 18)]
    assert double_negatives(apart, extract_facts(apart)) == []


def test_check_rendering_judges_one_backend_answer_by_its_refs() -> None:
    request = CriterionRequest(kind=SectionKind.INCLUSION, items=[
        RequestItem(ref="1", text="Organ function as follows:"),
        RequestItem(ref="1.1", text="Platelets >= 100,000/mm3")])
    good = Rendering(bullets=[RenderedBullet(text="Your organ function is as follows:", refs=["1"]),
                              RenderedBullet(text="Your platelets are 100,000/mm3 or more.", refs=["1.1"], depth=1)])
    assert errors(check_rendering(request, good)) == []
    bad = Rendering(bullets=[RenderedBullet(text="Your organ function is as follows:", refs=["1"]),
                             RenderedBullet(text="Your platelets are 10,000/mm3 or more.", refs=["1.2"], depth=1)])
    assert {"unknown_source", "criterion_missing"} <= _checks(check_rendering(request, bad))


def _value(comparator: str, low: float | None = None, high: float | None = None, unit: str | None = None) -> Fact:
    return Fact(kind=FactKind.VALUE, start=0, end=1, text="x", comparator=Comparator(comparator), low=low, high=high,
                unit=unit)


def test_inclusive_bounds_and_a_range_restate_each_other() -> None:
    span = _value("range", 3.0, 4.8, "mmol/L")
    bounds = [_value(">=", low=3.0, unit="mmol/L"), _value("<=", high=4.8, unit="mmol/L")]
    assert not restated(_value("<=", high=4.8), [span]), "a bare number is no end of a measured range"
    assert all(restated(bound, [span]) for bound in bounds)
    assert restated(span, bounds)
    assert not restated(span, bounds[:1]), "one end alone does not state the range"
    strict = [_value(">", low=3.0), _value("<", high=4.8, unit="mmol/L")]
    assert not restated(span, strict) and not any(restated(bound, [span]) for bound in strict)
    assert not restated(_value(">=", low=3.5), [span])


def test_coordinated_negations_are_not_a_double_negative() -> None:
    from translator.facts import extract_facts

    text = "You are not breastfeeding and not pregnant."
    assert double_negatives(text, extract_facts(text)) == []


def test_modal_not_of_an_exclusion_is_section_wording() -> None:
    doc = parse_criteria("Exclusion Criteria:\n\n* Participants must not be pregnant")
    assert errors(check(doc, _translation({"E1": "You are pregnant."}))) == []
    assert "negation_added" in _checks(check(doc, _translation({"E1": "You are not pregnant."})))
    inclusion = parse_criteria("Inclusion Criteria:\n\n* Participants must not be pregnant")
    assert "negation_dropped" in _checks(check(inclusion, _translation({"I1": "You are pregnant."})))


def test_dropping_the_not_of_a_kept_modal_is_still_caught() -> None:
    doc = parse_criteria("Exclusion Criteria:\n\n* Participants must not be pregnant")
    assert "negation_dropped" in _checks(check(doc, _translation({"E1": "You must be pregnant."})))
    assert errors(check(doc, _translation({"E1": "You must not be pregnant."}))) == []


def test_any_of_may_be_said_as_at_least_one() -> None:
    items = [RequestItem(ref="1", text="Any of the following:", logic=Logic.ANY),
             RequestItem(ref="1.1", text="Diabetes"), RequestItem(ref="1.2", text="Hypertension")]
    bullets = [RenderedBullet(text="You have at least one of these:", refs=["1"]),
               RenderedBullet(text="Diabetes", refs=["1.1"], depth=1),
               RenderedBullet(text="High blood pressure", refs=["1.2"], depth=1)]
    request = CriterionRequest(kind=SectionKind.INCLUSION, items=items)
    assert errors(check_rendering(request, Rendering(bullets=bullets))) == []
    all_of = CriterionRequest(kind=SectionKind.INCLUSION, items=[
        items[0].model_copy(update={"logic": Logic.ALL}), *items[1:]])
    assert "fact_invented" in _checks(check_rendering(all_of, Rendering(bullets=bullets)))
