"""Double negatives: two negations in one clause where the second is what the first negates.

"You cannot refrain from smoking", "not unable to walk", "no lack of", "cannot be conducted without an
interpreter", "do not have no symptoms": the reader has to undo one negation with the other, and a bullet that
gains or loses one of them says the opposite. Two negation cues close together are often nothing of the kind:

- a negation of something named with a negative word: "no uncontrolled hypertension", "must not have
  unstable angina", "no non-adenocarcinoma", "no seizures not controlled with treatment", "no condition
  precluding consent". The first negates the whole thing; the second only describes it;
- a negative adjective ends with its own word: "untreated unstable metastases", "non-trial medicines are
  not…", "poorly controlled diseases like poorly controlled hypertension";
- separate clauses or items: "a non-smoker who has not smoked" (a relative clause), "not pregnant not
  nursing", "No prior X No other chemotherapy" (items whose break was lost), "Treatment-naive - no past
  exposure" (a restatement), "absence of hemolysis is not an exclusion" (the first in the subject).

The second cue negates the first's predicate only when nothing but auxiliaries, copulas and verbs that take
an infinitive ("willing to", "agree to", "commit to") stand between them. A negative preposition ("without",
"in the absence of") is different: it sets a condition on whatever the first negation says ("not be done in
the absence of symptoms", "no monthly bleeding without another cause"), and the two can be read either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from translator.facts import Fact, FactKind

# An exception ("unless", "except") is no negation of what follows: "unless it causes no symptoms".
_EXCEPTIONS = {"unless", "except", "allowed"}
# Two negations with a clause break, a conjunction or a bracket between them negate two things.
_SAME_CLAUSE_GAP = re.compile(r"^(?![^,;:.()]*\b(?:and|or|nor|but)\b)[^,;:.()\[\]/]*$", re.IGNORECASE)
_DASH = re.compile(r"\s[-–—]\s|[–—]")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where)\b", re.IGNORECASE)
# A negation carried by a word's prefix, or by an adjective ("uncontrolled", "poorly controlled").
_AFFIX = re.compile(r"(?:un|non)-?\s?$|un-?controll|poorly", re.IGNORECASE)
# A negation that is a noun: a determiner's negation may reach it past adjectives ("no prior failure to achieve").
_NOUN = re.compile(r"failure|inability|refusal|unwillingness|absence|lack|denial|freedom", re.IGNORECASE)
_WORD = re.compile(r"[\w'’]+(?:[-/][\w'’]+)*")
# Words a noun phrase does not go on with: after one of these an affixed word is no modifier of a noun.
_NOT_A_NOUN = frozenset({
    "to", "from", "of", "for", "in", "on", "at", "by", "with", "without", "as", "than", "that", "which", "who",
    "whose", "whom", "where", "when", "if", "unless", "or", "and", "nor", "but", "is", "are", "was", "were",
    "be", "been", "will", "would", "can", "could", "should", "must", "may", "might", "do", "does", "did", "has",
    "have", "had", "because", "due", "despite", "such", "including", "within", "after", "before", "during",
    "until", "since", "into", "about", "between", "under", "over", "through", "throughout", "per", "while",
    "although", "though", "even", "enough", "yet", "also", "too", "then", "so", "here", "there", "given"
})
# What may link a negation to the predicate it negates: auxiliaries, copulas, adverbs of time or degree.
_COPULAR = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "am", "seem", "seems", "appear", "appears", "become",
    "becomes", "do", "does", "did", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
    "now", "currently", "ever", "still", "so", "very", "entirely", "completely", "at", "all"
})
# ... and to a verb it governs: "do not have no", "unwilling to agree to abstain", "not willing to refrain".
_LINKS = _COPULAR | frozenset({
    "to", "have", "has", "had", "having", "willing", "able", "agree", "agrees", "agreed", "commit", "commits",
    "committed", "plan", "plans", "planned", "want", "wants", "wish", "intend", "intends", "try", "tries",
    "remain", "remains", "consent", "consents", "promise", "prepared", "ready"
})


def _affixed(cue: Fact) -> bool:
    return cue.cue in ("non", "not") and _AFFIX.match(cue.text) is not None


def _attributive(text: str, cue: Fact) -> bool:
    """Whether an affixed word modifies a noun after it ("uncontrolled hypertension", "non-FDA approved drugs"):
    its negation then ends with the word."""
    word = _WORD.match(text, cue.end + (text[cue.end : cue.end + 1] in (" ", "-")))  # "non smoker", "non-FDA"
    end = word.end() if word else cue.end
    following = _WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip(" ")))
    return following is not None and following.start() > end and following.group().casefold() not in _NOT_A_NOUN


def _gap_words(text: str, first: Fact, second: Fact) -> list[str]:
    rest = re.match(r"[\w-]*", text[first.end : second.start])  # the rest of an affixed word: "Un" of "Unability"
    words = [w.casefold() for w in _WORD.findall(text[first.end + (rest.end() if rest else 0) : second.start])]
    if second.cue in ("naive", "free") and words:
        words.pop()  # "ESI naive", "disease free", "tobacco-free": the state the cue says is absent
    return words


def _negates(text: str, first: Fact, second: Fact) -> bool:
    """Whether `second` is what `first` negates, or a condition on it (see the module's docstring)."""
    gap = text[first.end : second.start]
    if _affixed(first) and _attributive(text, first):
        return False  # "untreated unstable metastases", "non-trial medicines are not"
    if _RELATIVE.search(gap) or _DASH.search(gap):
        return False  # "a non-smoker who has not", "treatment-naive - no past exposure"
    if second.cue == "without" or (second.cue == "absence" and second.text[:2].lower() == "in"):
        return True  # "cannot be conducted without", "not be done in the absence of"
    words = _gap_words(text, first, second)
    if _affixed(second):
        # Only as a predicate of a verb's negation: "not unlikely", "is not uncontrolled"; never the name of
        # something negated ("no uncontrolled infection", "must not have unstable angina").
        return (first.cue == "not" and not _affixed(first) and not _attributive(text, second)
                and all(w in _COPULAR for w in words))
    if first.cue in ("no", "without") and _NOUN.match(second.text):
        return True  # "no prior failure to achieve", "no lack of", "without any refusal"
    return all(w in _LINKS for w in words)


def double_negatives(text: str, facts: Sequence[Fact]) -> list[tuple[int, int]]:
    """Spans of two negations in one clause, at most three words apart, where the second is what the first
    negates ("do not have no", "not unable", "unwilling to abstain")."""
    cues = [f for f in facts if f.kind is FactKind.NEGATION and f.cue not in _EXCEPTIONS]
    pairs = []
    for first, second in pairwise(cues):
        if second.start < first.end:
            continue  # one word read as two cues ("can't"): one negation, not two
        gap = text[first.end : second.start]
        if _SAME_CLAUSE_GAP.match(gap) and len(gap.split()) <= 3 and _negates(text, first, second):
            pairs.append((first.start, second.end))
    return pairs
