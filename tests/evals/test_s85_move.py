"""checks-47: planted clause drops the checks missed (`evals.mutations_clauses.clause_dropped` at every place, in
the held-out paraphrases): an item that lost two content words in a row, one of them rare ("epiretinal
membrane"), whatever words of it its neighbours keep. One word of an item reworded, and a
term said in words the lexicon lacks ("arrhythmia" as "an irregular heartbeat"), still pass."""

from __future__ import annotations

from evals.cases import case_errors
from tests.evals.test_mutations import EXC, INC, _case


def _errors(source: str, bullet: str, kind: str = "exclusion") -> list[str]:
    case = _case([("E1", EXC if kind == "exclusion" else INC, source, bullet)])
    return [f.message for f in case_errors(case)]


# NCT03256916 I7 (gated): terms of one word, said in words the lexicon does not list
CARDIAC = "No recent (less than 3 months) severe cardiac disease (arrhythmia, congestive heart failure, infarction)"
CARDIAC_SAID = ("You have not had severe heart disease (such as an irregular heartbeat, congestive heart failure or a "
                "heart attack) in the last 3 months.")


def test_a_one_word_term_said_in_other_words_draws_no_error() -> None:
    assert _errors(CARDIAC, CARDIAC_SAID, "inclusion") == []
    # the same bullet with an item gone still draws one
    assert _errors(CARDIAC, CARDIAC_SAID.replace(" congestive heart failure or", ""), "inclusion") != []


# NCT00407381 E6
TRACTION = "Vitreomacular traction or epiretinal membrane in the study eye evident biomicroscopically or by OCT"
TRACTION_SAID = ("You have vitreomacular traction (the eye gel pulling on the retina) or an epiretinal membrane (a "
                 "thin layer of scar tissue on the retina) in the study eye, seen on a slit-lamp exam "
                 "(biomicroscopically) or by optical coherence tomography (OCT).")


def test_an_item_that_lost_two_words_of_a_term_in_a_row_is_seen_gone() -> None:
    assert _errors(TRACTION, TRACTION_SAID) == []
    # "eye" and "biomicroscopically" of the item are still said: "epiretinal membrane" is not
    dropped = TRACTION_SAID.replace(
        " or an epiretinal membrane (a thin layer of scar tissue on the retina) in the study eye", "")
    assert _errors(TRACTION, dropped) == [
        "E1: the bullets citing it leave out the list item “epiretinal membrane in the study eye evident "
        "biomicroscopically”"]
