"""False alarms that made the offline backend fall back a level on real corpus criteria, and the real change each
check must still find:

- "item 1 or more" is a bound, not a reference to a scale's item 1 (translator.fact_codes): "each individual item
  ≥ 1" said "each individual item 1 or more";
- "defined as one who …" / "means one who …" is the pronoun, not the number 1 (translator.fact_pronoun_one);
- "grade higher than 2 and grade 2 or higher": a level repeated with its level word is a level of its own
  (translator.scales), the same fact as the source's "≥ grade 2";
- after a modal another verb is another predicate: "must not be pregnant or breastfeeding and must have a negative
  pregnancy test" (translator.fidelity_negation_words.other_predicate);
- "is experiencing or has experienced" said "are having or have had": the verbs said with "have"
  (translator.fidelity_deleted_items).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import extract_facts

PSORIASIS = ("Subjects with psoriasis lesions (plaques) assessed by a Total Clinical Score (sum of scores of erythema, "
             "scaling and infiltration) of 4 to 9 inclusive, but each individual item ≥ 1.")
DETECTABLE = ("Detectable disease in a patient is defined as one who does not have measurable disease, but has at "
              "least one of the following conditions:")
NEUROPATHY = ("Peripheral neuropathy (PN) > CTCAE grade 2 and ≥ grade 2 painful PN (with the difference being in the "
              "exclusion of patients with Grade 2 painful PN).")
PREGNANCY = ("Women of child-bearing potential must not be pregnant or breastfeeding and must have a negative "
             "pregnancy test at screening.")
IMMUNOTHERAPY = ("The participant received prior immunotherapy and is experiencing or has experienced any of the "
                 "following (OLE cohort only):")


@pytest.mark.parametrize(("source", "faithful", "changed", "found", "kind"), [
    # corpus criteria: NCT01607853, NCT02275039, NCT02056756, NCT03306264, NCT02435433
    (PSORIASIS,
     "You have psoriasis lesions (plaques) checked by a Total Clinical Score (sum of scores of erythema, scaling and "
     "infiltration) of 4 to 9 inclusive, but each individual item 1 or more.",
     "You have psoriasis lesions (plaques) checked by a Total Clinical Score (sum of scores of erythema, scaling and "
     "infiltration) of 4 to 9 inclusive, but each individual item 2 or more.", "fact_changed", INC),
    (DETECTABLE,
     "Detectable disease in a patient means one who does not have measurable disease, but has at least one of these "
     "conditions:",
     "Detectable disease in a patient means one who does not have measurable disease, but has at least two of these "
     "conditions:", "fact_changed", INC),
    (NEUROPATHY,
     "You have peripheral neuropathy (PN) CTCAE grade higher than 2 and grade 2 or higher painful PN (with the "
     "difference being in the exclusion of patients with Grade 2 painful PN).",
     "You have peripheral neuropathy (PN) CTCAE grade higher than 2 and grade 3 or higher painful PN (with the "
     "difference being in the exclusion of patients with Grade 2 painful PN).", "fact_changed", EXC),
    (PREGNANCY,
     "If you are female and able to become pregnant, you must not be pregnant or breastfeeding and must have a "
     "negative pregnancy test at screening.",
     "If you are female and able to become pregnant, you must not be pregnant, and must be breastfeeding and must "
     "have a negative pregnancy test at screening.", "negation_dropped", INC),
    (IMMUNOTHERAPY,
     "You received past immunotherapy and are having or have had any of the following (OLE cohort only):",
     "You received past immunotherapy and are having any of the following (OLE cohort only):", "content_missing",
     INC),
])
def test_faithful_wording_passes_and_the_change_is_found(source: str, faithful: str, changed: str, found: str,
                                                         kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert found in checks(source, changed, kind)


def _facts(text: str) -> list[str]:
    return [f.text for f in extract_facts(text)]


def test_the_readings_themselves() -> None:
    assert _facts("but each individual item 1 or more.") == ["1 or more"]
    assert _facts("HAMD-17 item 1") == []  # still a reference
    assert _facts("A woman of childbearing potential is defined as one who is biologically capable.") == []
    assert _facts("at least one who has") == ["at least one"]
    assert _facts("grade higher than 2 and grade 2 or higher") == ["grade higher than 2", "grade 2 or higher"]
    # a level repeated without its word is still a number of its own
    assert _facts("in Phase 1 and 1 or less in Phase 2") == ["Phase 1", "1 or less", "Phase 2"]
