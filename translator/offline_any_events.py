"""An exclusion's "Any X <window before the study>" put to the reader as "You have had any X …" (offline backend).

"Any suicide attempt within the preceding 2 years", "Any dialysis (…) within 3 months prior to Screening Visit",
"Any radiation therapy during the 28 days before first administration of …": the window puts whatever X is before
the study, so it is something the reader has had, whatever kind of event, treatment or illness X names. No rule
puts these to the reader (offline_reader_openings only when X is named as a condition in a few words; the rules
that read "Major surgery within 4 weeks" do not know "Suicide attempt" or "Dialysis"), and with no "You have had"
the bullet stays a third-person fragment. "Any" stays after the verb (it carries meaning):

- "Any suicide attempt within the preceding 2 years" → "You have had any suicide attempt within the past 2 years";
- "Any episode of severe hypoglycemia (requiring treatment) within one month prior to study start." → "You have
  had any episode of severe hypoglycemia (needing treatment) in the 1 month before study start.";
- "Any psychiatric hospitalizations within 3 months" → "You have had any mental health hospital stays within 3
  months" (an exclusion's unanchored "within 3 months" is the months up to now, as offline_leads reads it).

Only an exclusion's whole first sentence, at the top of a criterion, shaped "Any X <windows>": every window in it
before the study (not "during the study", not "within 4 weeks after"), the last one closing the sentence (bar a
note in brackets), so "had" covers only what the window times. Left as written: X with a verb of its own ("… is
allowed"), a time beside the past one ("Any past or current X", "… or planned within 48 weeks"), other people
anywhere in the criterion ("A patient must not have had …": the second sentence would stay theirs), and the
"any" that is no "whatever kind" ("Any of the following", "Any grade 3 …", "Any one of").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.fidelity import check_rendering, errors
from translator.offline_clause_verbs import dangling_verb
from translator.offline_edits import Edit, apply, merge, tidy
from translator.offline_windows import before_the_study

_ANY = re.compile(
    r"any\s+(?!(?:of|one|patients?|subjects?|participants?|persons?|people|individuals?|wom[ae]n|m[ae]n|"
    r"females?|males?|children|number|amount|time|grade|stage|level|dose|line|type|kind|form|criteri(?:a|on)|"
    r"reasons?|situations?|circumstances?|t\d?|n\d?|m\d?|"
    # a time word of its own: offline_any_times reads these
    r"prior|previous|past|recent|recently|former|current|currently|concurrent|ongoing|history|new|newly|planned|"
    r"future|such)\b)(?=[A-Za-z])",
    re.IGNORECASE,
)
# a time beside the window's past: "had" would not say it
_OTHER_TIME = re.compile(
    r"\b(?:current(?:ly)?|concurrent(?:ly)?|ongoing|now|present(?:ly)?|still|plann?ed|planning|scheduled|expected|"
    r"anticipated|intend\w*|future|upcoming|will|throughout|after|following|until)\b|\bduring\s+(?:the\s+)?"
    r"(?:study|trial|screening)\b",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?|those|wom[ae]n|m[ae]n|partners?|"
    r"children|infants?|famil(?:y|ies)|relatives?|he|she|they|their|his|her)\b",
    re.IGNORECASE,
)
# a use named as a noun: "You have had any antihyperglycemic agent use" says it badly (offline_any_kept says "You have
# used any X" where the rules read "Use of X")
_USE = re.compile(r"any\s+(?:[\w/'’-]+,?\s+){0,4}?(?:use|usage)\b", re.IGNORECASE)
# what may follow the last window in its sentence: the end of its anchor ("within 2 weeks prior to first study drug"
# + "dose"), a note in brackets, a stop; no second clause ("… or failure to recover from Y") or participle ("… in the
# 3 months prior to randomization requiring intervention", which may time only the last of two)
_CLOSE = re.compile(
    r"(?:\s+(?!(?:or|and|and/or|but|except|unless|if|with|without|who|that|which)\b|[a-z]+(?:ing|ed)\b)[A-Za-z][\w-]*)"
    r"{0,2}"
    r"\s*(?:\([^()]*\))?\s*[.;]?\s*$",
    re.IGNORECASE,
)


def any_event_edits(text: str, kind: SectionKind, facts: Sequence[Fact], parent: str | None) -> list[Edit]:
    """ "Any suicide attempt within the preceding 2 years" → "You have had any suicide attempt …" (see the
    module)."""
    start = len(text) - len(text.lstrip())
    m = _ANY.match(text, start)
    if kind is not SectionKind.EXCLUSION or parent is not None or m is None or text.rstrip().endswith(":"):
        return []
    end = _sentence_end(text, start)
    sentence = text[start:end]
    bare = re.sub(r"\bthe\s+(?:patient|subject|participant)(?:['’]s)?", "", text, flags=re.IGNORECASE)
    if _OTHER_TIME.search(sentence) or _PEOPLE.search(bare) or _USE.match(text, start) or dangling_verb(text, m.end()):
        return []
    windows = [
        f for f in facts if f.kind is FactKind.TEMPORAL and (f.low is not None or f.high is not None)
        and start <= f.start and f.end <= end
    ]  # fmt: skip
    if not windows or not all(before_the_study(f, unanchored=True) for f in windows):
        return []
    last = max(f.end for f in windows)
    if not _CLOSE.fullmatch(text, last, end):
        return []  # "Any X within 3 months … or failure to recover from Y": the window times only part of it
    edits = [Edit(start, start + 3, "You have had " + text[start : start + 3].lower(), "person")]
    item = RequestItem(ref="1", text=text, facts=list(facts))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    found = check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))
    return [] if errors(found) else edits


def _sentence_end(text: str, start: int) -> int:
    """Where the first sentence ends: a stop or ";" outside brackets, or the end."""
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
    stop = re.compile(r"[.;](?:\s|$)").search(masked, start)
    return stop.start() + 1 if stop else len(text)
