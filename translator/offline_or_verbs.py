"""Shorter sentences: a second verb of the reader's after "or" becomes a sentence that opens with "Or you".

"You have had multiple serious allergies to drugs or food or have had an allergic reaction to more than 3 drug
classes." → "You have had multiple serious allergies to drugs or food. Or you have had an allergic reaction to more
than 3 drug classes." The second verb ("have", "are", "had", "were", "cannot"…) agrees with "you" and has no other
subject, so the "or" joins two things the reader does or is; "Or you" names the subject the verb already had, and
translator.offline_or_clauses then cuts the sentence as it cuts ", or you …" (with every guard it has: no condition,
no ":" or ";", no list the "or" closes, no relative clause before the cut, no shared closing window after a comma).
Only where the second verb cannot share anything with the first half:

- no modal, "to", "do" or negation before it ("You must X or have Y" shares the "must", "able to X or have Y" the
  "to", "You have not had X or have Y" may deny both);
- no coordinated verb before it ("You are female and are pregnant or have X": the "or" may join "are pregnant" alone,
  under "are female");
- the first half has at least six words and does not end on a word that waits for its object ("You are allergic to
  or have shown hypersensitivity to X": X is both halves'; "You have had any prior or are now getting treatment with
  X"; "You have taken part or will take part in a trial"), and neither half shows an object the other may share ("a
  history in the last year or are now getting treatment with X", "a known allergy or have had a reaction to, vaccines");
- a window or a judgement at the end of the second half ("… or have had a stroke within 6 months", "…, as judged by
  the study doctor") may date or judge both halves: then the first half must have a window of its own (each its own
  time) and no judgement may close the sentence;
- the first half does not end on a verb or a participle ("You are now participating or have taken part in a study":
  the study is both halves'), and no verb joined by "and" follows the cut ("… or have X and are not willing to Y" may
  hold for both halves);
- no words after the cut that gather both halves ("…, both of which could limit X"), and no examples in brackets
  before it (translator.offline_asides would move them after the first half, between it and "Or you …");
- no closing bracket that defines or notes ("(1 unit = 360 mL of beer)"), which may be the whole sentence's, and no
  second half that names the first half's last noun again before a qualifier ("You have current autoimmune disease or
  have had autoimmune disease with potential CNS involvement": the involvement may be both halves');
- one such "or" in the sentence.

A sentence's one "; or you …" is cut the same way ("You are female and pregnant or breastfeeding; or you are male and
your partner is pregnant." → "… breastfeeding. Or you are male …"): with one semicolon it marks the larger of two
joins, as ", or you" does, and translator.offline_or_clauses' guards hold for it.
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth, outside_brackets
from translator.offline_or_clauses import or_clauses

_SEMICOLON_OR_YOU = re.compile(r";\s+or\s+you\s+(?=[a-z])")
_OR_VERB = re.compile(r",?\s+or\s+(?=(?:are|have|had|were|cannot|can|will|must)\s+[a-z(])")
_SHARED = re.compile(
    r"\b(?:must|should|shall|will|would|can|cannot|could|may|might|to|do|does|did|not|no|never|neither|nor|"
    r"without|unable|unwilling)\b|n't\b",
    re.IGNORECASE,
)
_COORDINATED_VERB = re.compile(r"\b(?:and|or|and/or)\s+(?:are|have|has|had|is|was|were|be|been)\b", re.IGNORECASE)
_WAITS = re.compile(
    r"\b(?:to|of|with|for|in|on|at|by|from|into|about|against|a|an|the|and|or|your|any|their|its|than|as|prior|past|"
    r"previous|current|recent|concurrent|ongoing|known|active|other|part)\s*$",
    re.IGNORECASE,
)
# an object the halves share: "a history in the last year or are now getting treatment with X" (a history of X),
# "a known allergy or have had a serious reaction to, vaccines" (an allergy to vaccines)
_SHARED_OBJECT = re.compile(r"\bhistory\b(?!\s+(?:of|for)\b)|\b(?:to|of|with|for|in|on|from|against)\s*,", re.I)
_MIN_HEAD_WORDS = 6
# a time in the second half that could date both; the first half's own time (not "per week", a rate)
_WINDOW = re.compile(
    r"\b(?:within|during|before|after|since|until|prior|past|last|previous|preceding|ago|now|currently|current|"
    r"present|recent|recently|episodes?|screening|baseline|entry|enrol\w*|randomi[sz]\w*|joining|visits?|time|"
    r"days?|weeks?|months?|years?|hours?)\b",
    re.IGNORECASE,
)
_OWN_TIME = re.compile(
    r"\b(?:within|during|before|after|since|until|prior|past|last|previous|preceding|ago|now|currently)\b",
    re.IGNORECASE,
)
# a first half that ends on a verb or a participle waits for the second half's object or place ("You are now
# participating or have taken part in a study …": the study is both halves')
_ENDS_ON_A_VERB = re.compile(r"\b[a-z]+(?:ing|ed)\s*$|\b(?:are|have|had|were|been|be)\s*$")
# a verb joined by "and" after the cut may hold for both halves ("… or have taken part in X and are not willing to Y")
_ANDED_VERB = re.compile(r"\band\s+(?:are|have|had|were|is|has|must|will|can|cannot)\b", re.IGNORECASE)
# words after the cut that gather both halves ("…, both of which could limit X", "…, which …")
_BOTH = re.compile(r"\b(?:both|all\s+of\s+which|each\s+of\s+which|either|neither)\b|,\s*which\b", re.IGNORECASE)
# examples in brackets before the cut: offline_asides moves them after the first half, between it and "Or you …"
_EXAMPLES = re.compile(r"\((?:such\s+as|e\.\s?g\b|eg\b|for\s+example|for\s+instance|including)", re.IGNORECASE)
# a closing bracket that defines or notes ("(1 unit = 360 mL of beer)", "(Note: …)") may be the whole sentence's
_SHARED_NOTE = re.compile(r"\([^()]*[=:][^()]*\)\W*$")
# what qualifies a noun after it ("with potential CNS involvement", "that needs treatment")
_QUALIFIER = re.compile(
    r"\s+(?:with|involving|requiring|needing|that|which|who|whose|due\s+to|caused\s+by|related\s+to|associated\s+with|"
    r"affecting|of)\s",
    re.IGNORECASE,
)
_JUDGED = re.compile(r"\b(?:study\s+doctor|investigator|judged|opinion|view)\b", re.IGNORECASE)


def or_verbs(sentence: str) -> str:
    """ "You have X or have had Y." → "You have X. Or you have had Y." (see the module)."""
    if not sentence.startswith("You "):
        return sentence
    if sentence.count(";") == 1 and (linked := _SEMICOLON_OR_YOU.search(sentence)) is not None:
        # "…, or breastfeeding; or you are male and …": the semicolon only marks the larger join, as ", or you"
        joined = f"{sentence[: linked.start()]}, or you {sentence[linked.end() :]}"
        cut = or_clauses(joined)
        return sentence if cut == joined or bracket_depth(sentence, linked.start()) else cut
    found = [m for m in _OR_VERB.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if len(found) != 1:
        return sentence
    m = found[0]
    head, rest = sentence[: m.start()], sentence[m.end() :]
    bare = outside_brackets(head)
    if _SHARED.search(bare) or _COORDINATED_VERB.search(bare) or _WAITS.search(head) or _ENDS_ON_A_VERB.search(head):
        return sentence
    if len(head.split()) < _MIN_HEAD_WORDS or _SHARED_OBJECT.search(bare) or _SHARED_OBJECT.search(rest):
        return sentence
    if _JUDGED.search(rest) or _ANDED_VERB.search(rest) or _BOTH.search(rest) or _EXAMPLES.search(head):
        return sentence
    if _SHARED_NOTE.search(rest) or _repeats_a_qualified_head(bare, rest):
        return sentence
    if _WINDOW.search(outside_brackets(rest)) and not _OWN_TIME.search(bare):
        return sentence
    cut = or_clauses(f"{head}, or you {rest}")
    return sentence if cut == f"{head}, or you {rest}" else cut


def _repeats_a_qualified_head(head: str, rest: str) -> bool:
    """ "Current autoimmune disease or history of autoimmune disease with potential CNS involvement": the second half
    names the first half's last noun again before a qualifier, which may then hold for both ("… disease with potential
    CNS involvement", now or in the past)."""
    last = re.search(r"([A-Za-z][\w-]*)\W*$", head)
    if last is None:
        return False
    named = re.search(rf"\b{re.escape(last.group(1))}\b", rest, re.IGNORECASE)
    return named is not None and _QUALIFIER.match(re.sub(r"^\s*\([^()]*\)", "", rest[named.end() :])) is not None
