"""A bare "=" where a limit's "≥"/"≤" would be: a warning for an editor, never guessed and never an error."""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.fidelity import check, errors
from translator.findings import Severity, is_concern
from translator.lost_comparators import CHECK, lost_comparator_findings
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator


def _flagged(criterion: str) -> list[str]:
    return [f.message for f in lost_comparator_findings(parse_criteria(f"Inclusion Criteria:\n\n- {criterion}\n"))]


@pytest.mark.parametrize(
    ("criterion", "shown"),
    [
        ("Age = 18 years and = 50 years", "Age = 18"),
        ("Systolic blood pressure = 180 mmHg or diastolic blood pressure = 110 mm Hg at the baseline visit.",
         "pressure = 180"),
        ("Expected survival = 3 months", "survival = 3"),
        ("HAMA score=17", "score=17"),
        ("Body weight = 50 kg (110 lbs) for men and = 45 kg for women", "weight = 50"),
        ("Liver stiffness of =9.5 kilo Pascal or more than 12 points", "of =9.5"),
        ("AST and ALT = 1.5 X Upper Limit of Normal (ULN)", "ALT = 1.5"),
        ("Subjects with a total score = 24 on the IRLS Rating Scale at baseline", "score = 24"),
        ("Prior radiation to > =or = 30% of major bone marrow containing areas", None),
    ],
)
def test_a_bare_equals_before_a_limit_is_flagged(criterion: str, shown: str | None) -> None:
    found = _flagged(criterion)
    if shown is None:
        assert found == []
    else:
        assert len(found) == 1 and f"says “{shown}”" in found[0], found


@pytest.mark.parametrize(
    "criterion",
    [
        "Age ≥ 18 years and ≤ 50 years",
        "Platelets > = 75,000/uL",
        "age = or > 18 years",
        "Karnofsky performance status ≥ or = to 70%",
        "Platelets >/= 100,000/mm3",
        "HbA1c &gt;=7.5%",
        "Regular alcohol use of more than 14 drinks a week (1 drink = 5 ounces of wine or 12 ounces of beer)",
        "More than 14 units of alcohol per week, one unit = 8 g or about 10 mL of pure alcohol",
        "Risk group: 0 = low, 1 = intermediate, 2 = high",
        "FEV1 predicted (L) = 4.30 x (height (metres)) - 0.029 x age (years) - 2.49",
        "Fasting blood glucose >240 mg/dl (=13.3 mmol/L) at Visits 2 or 3",
        "Body mass index (BMI) = 18 - 25 kg/m2",
        "ECOG performance status score = 0-1",
        "White blood cell count = 3,300-12,000 cells/mm3",
        "Subjects enrolled with normal hepatic function (N=10) must meet all inclusion criteria",
        "ALT =< 3 x upper limit of normal (ULN) = 135 U/l",
        "BMI = weight/height²",
    ],
)
def test_an_equals_that_means_the_same_as_is_not_flagged(criterion: str) -> None:
    assert _flagged(criterion) == []


def test_the_warning_is_a_concern_in_check_at_the_equals_sign_and_no_error() -> None:
    text = "Inclusion Criteria:\n\n- Healthy adult\n- Age=18 years and =80 years;\n"
    doc = parse_criteria(text)
    translation = Translator(OfflineBackend()).translate(doc, nct_id="NCT00000001")
    found = [f for f in check(doc, translation) if f.check == CHECK]
    assert len(found) == 1 and found[0].severity is Severity.WARNING and is_concern(found[0])
    assert found[0].criterion_id == "I2"
    start, end = found[0].source_span or (0, 0)
    assert text[start:end] == "=18"
    assert errors(check(doc, translation)) == []


def test_real_records_one_with_a_lost_limit_and_one_with_a_definition() -> None:
    records = corpus_by_id()
    # "Body weight = 50 kg (110 lbs) for men and = 45 kg for women": limits, not exact weights.
    lost = lost_comparator_findings(parse_criteria(criteria_text(records["NCT00453791"])))
    assert [f.message.split(" says ")[1][:15] for f in lost] == ["“weight = 50”: "]
    # "(1 drink = 5 ounces of wine …)" defines a drink.
    defined = parse_criteria(criteria_text(records["NCT00508365"]))
    assert any("1 drink = 5" in c.text for c in defined.criteria)
    assert not any("drink" in f.message for f in lost_comparator_findings(defined))
