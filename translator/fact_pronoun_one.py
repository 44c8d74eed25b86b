""""one" standing for a thing named before it, not the number 1: "an acute one", "or one that …".

An LLM often says "current or recent acute infection" as "an infection now, or a recent acute one", or "a wound or
ulcer, or one that …". Read as the number 1, the bullet would invent a count. Only narrow shapes count as the
pronoun, each with "one" ending its phrase (a stop, a relative word or a time phrase's first word after it, so "a
one-year history" and "an acute one week course" stay numbers):
- an article and one or two plain words before it ("an acute one", "a recent acute one", "the other one"), or two
  joined by "or"/"and" ("a chronic or localized one");
- "or"/"and", an opening bracket or a verb of being just before it and "that"/"who"/"which" after it ("or one that
  has spread", "(one that is not …)", "is one that qualifies"), or an opening bracket and a participle with its
  phrase ("(one using a radioactive drug)");
- "this one" or "that one" ending its phrase ("counting this one");
- a definition's "as one who"/"means one who"/"is one who" ("a woman of childbearing potential is defined as one
  who …", said "means one who …"): "one who" there is a person, no count.
- a planned having or getting just before it ("plan to have one during the study"; "had one in the past 6 months"
  may count a single event and stays a number);
- a having after "or"/"and" in a sentence that named a thing with "a"/"an" ("you have a second cancer now (or had
  one in the last 5 years)"), or a taking part ("or you took part in one within 8 weeks"): the same thing, at another
  time; "or had one seizure" goes on to a noun and counts;
- "each one"/"every one" ("1 to 3 brain metastases, each one no more than 3 cm"): each of the things named, whatever
  follows it.
"at least one that …" has no "or"/"and" before "one" and stays a count.
"""

from __future__ import annotations

import re

from translator.numbers import NUMBER_WORD

# (or a time phrase after it: "an active disorder, or a documented one in the past"; not "of": "one of the following")
_ENDS_PHRASE_RE = re.compile(r"(?!-)(?=\s*(?:[.,;:)]|$)|\s+(?:that|who|which|in|from|during|before|after|since|within)"
                             r"\b)", re.IGNORECASE)
_RELATIVE_AFTER_RE = re.compile(r"\s+(?:that|who|which)\b", re.IGNORECASE)
# The word just before "one" is no quantity word: "a total of one", "a maximum of one", "than one" count.
_NOT_PLAIN = rf"(?!(?:{NUMBER_WORD}|of|than|to|by|least|most|exactly|approximately|about|around|just)\b)"
# "a chronic or localized one": two plain words joined by "or"/"and" describe the thing as one word does.
_ARTICLE_BEFORE_RE = re.compile(rf"\b(?:an?|the)\s+(?:{_NOT_PLAIN}[a-z]+\s+){{1,2}}"
                                rf"(?:(?:or|and)\s+{_NOT_PLAIN}[a-z]+\s+)?$", re.IGNORECASE)
_JOINED_BEFORE_RE = re.compile(r"\b(?:or|and)\s+$", re.IGNORECASE)
# "(one that is not a result of the first stroke)", "is one that qualifies": a bracket or a verb of being opens it.
_OPENED_BEFORE_RE = re.compile(r"(?:\(\s*|\b(?:is|are|was|were|be|been)\s+)$", re.IGNORECASE)
# "your first or second recurrence (counting this one)"
_DEMONSTRATIVE_BEFORE_RE = re.compile(r"\b(?:this|that)\s+$", re.IGNORECASE)
_DEFINED_BEFORE_RE = re.compile(r"\b(?:as|means|is)\s+$", re.IGNORECASE)
_WHO_AFTER_RE = re.compile(r"\s+who\b", re.IGNORECASE)
_EACH_BEFORE_RE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
# "… or planned during the study" said "or you plan to have one during the study": the object of a verb of having or
# getting, ending its phrase, stands for the thing just named ("have one dose" goes on to a noun and stays a count).
# Only a plan or a will: "You had one in the past 6 months" may count a single event, and stays a count.
_TAKEN_BEFORE_RE = re.compile(r"\b(?:plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|will|going\s+to)\s+"
                              r"(?:have|get|receive|need)\s+$", re.IGNORECASE)

# "You have a second cancer now (or had one in the last 5 years)": the thing the sentence named, had at another time.
# So is the thing taken part in: "taking part in a research study now, or you took part in one within 8 weeks".
# So is a thing left: "enrolled in another clinical trial, or left one less than 14 days ago" (a time phrase follows).
_JOINED_HAD_BEFORE_RE = re.compile(r"\b(?:or|and)\s+(?:you\s+|they\s+|he\s+|she\s+)?(?:have\s+|has\s+)?"
                                   r"(?:had|(?:took|taken)\s+part\s+in|participated\s+in|been\s+in|left|quit"
                                   r"|with(?:drew|drawn)\s+from|dropped\s+out\s+of)\s+$", re.IGNORECASE)
_NAMED_BEFORE_RE = re.compile(r"\b(?:an?|another)\s+[a-z][^.;:]*$", re.IGNORECASE)
# "left one less than 14 days ago": a time phrase that bounds how long ago, after the thing had or left
_AGO_AFTER_RE = re.compile(r"\s+(?:less|more)\s+than\s+[^.;:]{1,25}?\bago\b", re.IGNORECASE)

# "a radiopharmaceutical procedure (one using a radioactive drug)": a gloss that opens with "one" and a participle
# with its object or phrase ("using a", "given by"); "(one remaining lesion)" goes on to a noun and counts.
_BRACKET_BEFORE_RE = re.compile(r"\(\s*$")
_PARTICIPLE_AFTER_RE = re.compile(r"\s+(?:[a-z]{2,}(?:ing|ed)|given|taken|done|made|seen|shown)\s+"
                                  r"(?:an?|the|by|with|in|on|for|to|from|at|into|through)\b", re.IGNORECASE)


def pronoun_one(text: str, start: int, end: int) -> bool:
    """Whether the "one" at text[start:end] stands for a thing named before it rather than counting one."""
    before = text[max(0, start - 40) : start]
    if _EACH_BEFORE_RE.search(before) or (_BRACKET_BEFORE_RE.search(before) and _PARTICIPLE_AFTER_RE.match(text, end)):
        return True
    left_ago = _AGO_AFTER_RE.match(text, end) and _JOINED_HAD_BEFORE_RE.search(before)
    if not _ENDS_PHRASE_RE.match(text, end) and not left_ago:
        return False
    if _ARTICLE_BEFORE_RE.search(before):
        return True
    if _DEFINED_BEFORE_RE.search(before) and _WHO_AFTER_RE.match(text, end):
        return True
    if _TAKEN_BEFORE_RE.search(before) and not _RELATIVE_AFTER_RE.match(text, end):
        return True
    if _DEMONSTRATIVE_BEFORE_RE.search(before) and not _RELATIVE_AFTER_RE.match(text, end):
        return True
    if (had := _JOINED_HAD_BEFORE_RE.search(before)) and not _RELATIVE_AFTER_RE.match(text, end):
        return _NAMED_BEFORE_RE.search(text, 0, start - len(had.group())) is not None
    opened = _JOINED_BEFORE_RE.search(before) or _OPENED_BEFORE_RE.search(before)
    return bool(opened and _RELATIVE_AFTER_RE.match(text, end))
