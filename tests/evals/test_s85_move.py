"""checks-47: a term said in words the lexicon lacks ("arrhythmia" as "an irregular heartbeat") passes, and the item
left out still draws an error. (The session's rule for an item that lost two words in a row, one rare, "epiretinal
membrane", was backed out at merge: it refused the offline backend's "gets in the way of eye exam" for "interferes
with ophthalmologic examination", NCT01603043, whose organ word the checks' lexicon does not know.)"""

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
