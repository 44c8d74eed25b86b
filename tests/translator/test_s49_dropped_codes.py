"""A code name the bullets do not write ("PLIN1" of a gene list) is left out (translator.fidelity_codes): it has no
other wording. The faithful wording passes, and so does a code the lexicon knows said by its expansion."""

from __future__ import annotations

from tests.translator.test_fidelity_false_alarms6 import INC, checks
from translator.fidelity_codes import dropped_codes

LIPODYSTROPHY = ("Historic genetic diagnosis of familial partial lipodystrophy (e.g. mutations in LMNA, PPAR-γ, AKT2, "
                 "or PLIN1 genes) as supported by source documentation")


def test_a_code_left_out_is_an_error_and_the_faithful_wording_passes() -> None:
    # NCT03508687
    assert checks(LIPODYSTROPHY, "Your source documents support a past genetic diagnosis of familial partial "
                  "lipodystrophy (for example, mutations in the LMNA, PPAR-γ, AKT2 or PLIN1 genes).", INC) == []
    assert "content_missing" in checks(LIPODYSTROPHY, "Your source documents support a past genetic diagnosis of "
                                       "familial partial lipodystrophy (for example, AKT2, PPAR-γ or LMNA genes).", INC)


def test_codes_read() -> None:
    source = "Germline mutations in BRCA1, BRCA2, or PALB2"
    assert [source[a:b] for a, b in dropped_codes(source, ["You have a germline mutation in BRCA1 or brca2."])] == [
        "PALB2"]
    # a code the facts read ("LTS17043", "MK-3475") is compared by the fact checks, in any spacing
    assert dropped_codes("Participants in the LTS17043 study", ["You take part in the study."]) == []
