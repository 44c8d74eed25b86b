"""What may stand before a lexicon term whose plain wording starts with another kind of word (offline backend).

Two kinds of plain wording change what the words before the term attach to:

- a study step's gerund ("participation" → "taking part", "study entry" → "joining the study") stands for a noun
  only where no article, adjective or noun leans on it: "the participation", "full participation" or "Clinical Trial
  participation" would read "the taking part", "full taking part", "Clinical Trial taking part in the trial" (the
  last one even says who takes part). So it is used only after the start of a sentence, a bracket or a colon, a
  possessive ("your taking part"), a preposition ("for", "from", "before", "prior to") or a verb that takes a noun
  ("preclude", "affect"). "During" is left out: "during taking part" is no English, and "while" would change a word
  outside the term.
- a condition's wording with another head noun, described after it ("metastatic disease" → "cancer that has spread
  to other parts of the body"): a word before the term described the old head, and would describe the new one: "liver
  metastatic disease" (disease spread to the liver) is not "liver cancer that has spread". So it is used only after
  a word that describes nothing (an article, a preposition, a verb of having): "for metastatic disease",
  "You have no metastatic disease"; and only where the clause ends after it, since anything after the term would
  seem to describe the new head's own words ("… for cancer that has spread to other parts of the body within 6
  months" reads as spread within 6 months).
"""

from __future__ import annotations

import re

from translator.lexicon import Lexicon, TermMatch
from translator.lexicon_entries import Kind, TermEntry, Use

# What may stand before a gerund used as a noun: nothing (start, bracket, colon, list), a possessive, a preposition
# or a verb that takes a noun as its object; "and" after "between" ("between the last dose and joining the study").
_GERUND_BEFORE = re.compile(
    r"(?:^|[.!?;:(\[]|--|\bbetween\b[^.;:]*\band|\b(?:your|their|his|her|my|our|for|of|from|before|after|about|"
    r"without|with|by|upon|in|on|into|against|regarding|to|between|until|since|following|preceding|"
    r"preclude[sd]?|prevent(?:s|ed)?|affect(?:s|ed)?|exclude[sd]?|allow(?:s|ed)?|permit(?:s|ted)?|limit(?:s|ed)?|"
    r"make[s]?|complicate[sd]?|compromise[sd]?|jeopardi[sz]e[sd]?|contraindicate[sd]?|hinder(?:s|ed)?|"
    r"impair(?:s|ed)?|consider(?:s|ed)?|declined?|refuse[sd]?))\s*$",
    re.IGNORECASE,
)
# A noun the term describes ("study entry visits", "other study entry criteria"): a gerund cannot describe it.
_NOUN_AFTER = re.compile(
    r"[ \t]+(?:visits?|criteria|criterion|evaluations?|assessments?|labs?|period|forms?|dates?|days?|oral|"
    r"requirements?|procedures?)\b",
    re.IGNORECASE,
)
# "Taking part" takes "in": after a span of time or a state said with "of" or "for" ("for the length of taking part
# in the study", "eligible for taking part") English says "as long as you take part", "eligible to take part",
# which rewords more than the term; and before another preposition ("Participation to another study") it is no
# English.
_TAKES_IN = "taking part"
_SPAN_BEFORE = re.compile(
    r"\b(?:(?:length|period|duration|course|time|end|completion|day|date|start)\s+of(?:\s+(?:your|their|the))?"
    r"|eligible\s+for)\s*$",
    re.IGNORECASE,
)
_WRONG_PREPOSITION_AFTER = re.compile(r"\s+(?:to|within|at|on|into|of|from|by|as)\b", re.IGNORECASE)
# Words before a term that describe nothing: articles, quantifiers, prepositions, verbs of having or showing. Not a
# list word: the item before it may be a word that shares the term's head ("central nervous system or brain
# metastases" is CNS or brain metastases, not "central nervous system or cancer that has spread to the brain").
_DESCRIBES_NOTHING = re.compile(
    r"(?:^|[.!?;:(\[]|--|\b(?:a|an|the|any|no|your|their|his|her|of|for|with|without|to|from|in|into|on|by|"
    r"have|has|had|having|show(?:s|ed|ing)?|develop(?:s|ed|ing)?))\s*$",
    re.IGNORECASE,
)
# A list's comma, slash or joining word before a symptom's verb phrase ("hemoptysis, hematemesis", "hematemesis or
# hemoptysis") describes nothing either; an adjective ("gross", "ongoing", "significant", "recent") or a noun
# ("increased", "pulmonary") before it describes it, which only a noun can take (`nominal_symptom`).
_LISTED_BEFORE = re.compile(r"(?:[,/]|\b(?:and|or|nor))\s*$", re.IGNORECASE)
# the gerund, a particle, and its object: not a gerund a preposition describes ("swelling in the legs or arms"), which
# is a noun already ("significant swelling in the legs")
_GERUND_OBJECT = re.compile(
    r"(?P<verb>\w+ing(?:\s+(?:up|out|down|off))?)\s+(?!(?:in|of|on|at|to|for|from|with|by|after|during)\b)"
    r"(?P<object>\w.*)",
    re.IGNORECASE,
)
# A counted noun whose plain wording takes no article ("contraceptive" → "birth control"): after "a"/"an" only as a
# noun's modifier ("a contraceptive implant" → "a birth control implant"); "an effective method of contraception" is
# another noun's article.
_COUNTED_AS_MASS = frozenset({"contraceptive"})
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?!of\b)[\w-]+\s+){0,3}$", re.IGNORECASE)
_NO_NOUN_NEXT = re.compile(
    r"\s*(?:[.,;:()\[\]]|$)|\s+(?:and|or|nor|throughout|during|for|in|to|from|at|on|with|as|until|that|which|who|is|are|"
    r"must|should|while|since|before|after|when|if|unless)\b",
    re.IGNORECASE,
)
_DESCRIBED_AFTER = re.compile(r"\s(?:that|which|who)\s")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:]|$)")


def front_fits(text: str, match: TermMatch, replacement: str, lexicon: Lexicon) -> bool:
    """Whether `replacement` may stand for the matched term in `text` (see the module)."""
    start, end = match.span
    before = text[:start]
    first = replacement.split(maxsplit=1)[0].lower()
    if first.endswith("ing") and len(first) >= 5 and _trial_step(match):
        if _NOUN_AFTER.match(text, end):
            return False  # "pre-entry or study entry visits" → "pre-entry or joining the study visits"
        if " in " in f" {replacement} " and re.match(r"\s+in\b", text[end:], re.IGNORECASE):
            return False  # "Study participation in another trial" is no "taking part in the study in another trial"
        if replacement.lower().startswith(_TAKES_IN) and (
            _WRONG_PREPOSITION_AFTER.match(text, end) or _SPAN_BEFORE.search(before)
        ):
            return False  # "Participation to another study", "for the length of study participation"
        return _GERUND_BEFORE.search(before) is not None
    if _counted_as_mass(match) and _ARTICLE_BEFORE.search(before):
        return _NO_NOUN_NEXT.match(text, end) is None  # not "an effective birth control throughout the study"
    if _rehead(match, replacement, lexicon):
        return _DESCRIBES_NOTHING.search(before) is not None and _CLAUSE_ENDS.match(text, end) is not None
    return True


def nominal_symptom(text: str, match: TermMatch, replacement: str) -> str:
    """`replacement` for a symptom said as a gerund with its object ("hemoptysis" → "coughing up blood"), which is a
    verb phrase no word before it can describe ("gross coughing up blood"): after a describing word, the noun the
    gerund makes with "of" ("gross coughing up of blood", as "the coughing up of blood"). After a word that
    describes nothing (start, article, preposition, "have", a list's comma or "or") the wording stays as it is."""
    if not _acted_symptom(match, replacement):
        return replacement
    before = text[: match.start]
    if _DESCRIBES_NOTHING.search(before) or _LISTED_BEFORE.search(before):
        return replacement
    said = _GERUND_OBJECT.fullmatch(replacement)
    assert said is not None  # (an acted symptom's wording is one)
    return f"{said.group('verb')} of {said.group('object')}"


def _acted_symptom(match: TermMatch, replacement: str) -> bool:
    """A symptom said as a gerund with its object or particle ("hemoptysis" → "coughing up blood"): a verb phrase,
    which no adjective can describe, where a one-word gerund ("vomiting") is a noun that takes one."""
    entry = match.entry
    if not isinstance(entry, TermEntry) or entry.kind is not Kind.SYMPTOM:
        return False
    return _GERUND_OBJECT.fullmatch(replacement) is not None


def _counted_as_mass(match: TermMatch) -> bool:
    return isinstance(match.entry, TermEntry) and match.entry.term in _COUNTED_AS_MASS and not match.plural


def _trial_step(match: TermMatch) -> bool:
    """A step of the study said with a gerund ("taking part", "joining the study"), which stands for no noun after an
    adjective; a symptom's gerund is a noun already ("uncontrolled vomiting" for "uncontrolled emesis")."""
    return isinstance(match.entry, TermEntry) and match.entry.kind is Kind.TRIAL


def _rehead(match: TermMatch, replacement: str, lexicon: Lexicon) -> bool:
    """A several-word condition whose wording says another head noun first and describes it after ("metastatic
    disease" → "cancer that has spread …"). A plainer form of the same head is no other head: the head's own plain
    word ("uncontrolled hypertension" → "high blood pressure that …") or a word with its first letters."""
    entry = match.entry
    words = match.text.lower().split()
    if not isinstance(entry, TermEntry) or entry.kind is not Kind.CONDITION or len(words) < 2:
        return False
    if not _DESCRIBED_AFTER.search(f" {replacement} "):
        return False
    head = lexicon.lookup(words[-1])
    if isinstance(head, TermEntry) and head.use is Use.SUBSTITUTE:
        return not replacement.lower().startswith(head.plain.lower())
    said = {w[:5] for w in re.findall(r"[a-z]+", replacement.lower())}
    return words[-1][:5] not in said


# Single words whose plain wording is a noun or a phrase that cannot stand before a noun: replaced only
# where no noun follows ("an analgesic" → "a painkiller", but "analgesic medication" stays).
_NOUN_OR_PHRASE_WORDING = frozenset({"analgesic", "irradiated", "excised"})
# "child bearing potential patients" → "ability to become pregnant patients": a noun phrase used as a person's modifier
_PERSON_NEXT = re.compile(
    r"[ \t-]+(?:patients?|subjects?|participants?|wom[ae]n|females?|m[ae]n|males?|volunteers?)\b", re.IGNORECASE
)
_NOUN_NEXT = re.compile(
    r"[ \t-]+(?!(?:and|or|nor|but|with|without|for|in|of|to|at|on|by|from|is|are|was|were|be|been|has|have|had|"
    r"must|may|should|can|will|would|could|not|only|alone|within|during|before|after|until|that|which|who|use|users?|"
    r"except|unless|if|as|than|such|including)\b)[A-Za-z]",
    re.IGNORECASE,
)


def not_before_noun(text: str, end: int, *, entry: object) -> bool:
    """Whether a term's plain wording would stand before a noun it cannot describe (see the comments above)."""
    if isinstance(entry, TermEntry) and entry.term.endswith(" potential") and _PERSON_NEXT.match(text, end):
        return True
    return isinstance(entry, TermEntry) and entry.term in _NOUN_OR_PHRASE_WORDING and bool(_NOUN_NEXT.match(text, end))
