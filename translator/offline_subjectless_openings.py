"""Criteria that describe the reader with the subject left off, put to the reader (offline backend).

"Patients with X" becomes "You have X" (offline_person); a criterion that drops "Patients" and opens "With X" was
left as a fragment: "With Type 2 Diabetes", "With a history of heart attack, ischemic heart disease or cerebrovascular
disease". It says the same of the reader, so "With" becomes "You have" and X keeps its words. So "Previously received
X", whose subject was dropped before its verb, becomes "You have previously received X", the verb in the present
perfect "previously" asks for ("Previously been treated with X" → "You have previously been treated with X"; a verb
the reader undergoes, "Previously enrolled in this study", with "been"; "Previously treated with X" is
offline_participles'); the plain words then drop the "previously" that "have received" already says ("You have
received X", as "Prior X" is "You have had X").

A condition named with its article and a word that says the reader has it ("A known allergy to celecoxib", "A new
AIDS-defining condition diagnosed in the 30 days before screening", "A positive HIV antibody screen") is "Patients
with" left off too: "You have a known allergy to celecoxib", the article and every word kept. Not an event had
before ("A major surgery … in the 28 days before", "A recent febrile illness", "A primary tumor totally excised":
"have" would say it is now), a use or treatment ("You have a chronic use of …"), a definition ("A positive skin test
means …"), "A positive pregnancy", or "signs" after a singular article (the source's own slip); nor, for any of
these, a slip of the source's that "You have" would put in the reader's mouth ("…, cause respiratory syndrome").

So is a condition had beside another ("Concomitant disease or condition that could get in the way of the study",
"Concomitant non-oncological diseases which are considered relevant …"): "You have concomitant disease or condition
…", "concomitant" kept (what is had beside the study's own disease, no time "now" would say). Only where a
condition's noun follows within three words and no "or" comes first ("Concomitant inflammatory or malignant disease",
whose plain words leave "or cancer"): not a treatment, a medicine or a use ("Concomitant MAO inhibitors"), nor one
joined after it ("Concomitant conditions and therapies").

Only at the top of a criterion (offline_leads' noun-phrase openings: under a lead-in such an item is read after it),
and not where:

- "With" opens no description of the reader: "With or without …", "With the exception of …", "With regard to …",
  "With use of …", "With infusion parameters …";
- a second verb joined to the opening would be left without its subject or in the wrong form ("With uncontrolled
  diabetes or currently receiving insulin", "Previously received or is getting an organ transplant", "…, or
  previously having failed X"), or "now" joins a second time ("With a history or current X");
- the description names a person, or a relative clause may be someone else's ("… or for whom topical treatments are
  inadvisable", "… users of X"), or a later sentence names people (offline_act_openings' guard);
- the clause has a verb of its own (offline_openings.dangling_verb: "With extensive colitis … must have …");
- "With X" has a window before now ("… within the past 24 hours"), when X was had, not had now.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb
from translator.offline_sentence_ends import sentence_end

_WITH = re.compile(
    r"with\s+(?=[\w(])"
    r"(?!(?:or|and|and/or|without|regards?|respect|reference|use|usage|infusion|help|each|no\s+more)\b)"
    r"(?!the\s+(?:exception|help|following|use|aid|support)\b)(?!(?:an)?other\s+reasons\b)",
    re.IGNORECASE,
)
# the verb the reader did, said after "You have previously"; a verb done to the reader, after "You have previously been"
_PREVIOUSLY = re.compile(
    r"previously\s+(?:(?P<did>received|used|needed|had|taken)|(?P<took>took\s+part|participated)\s+in"
    r"|(?P<been>been)|(?P<done>enrolled|randomi[sz]ed|exposed|vaccinated|included|dosed)"
    r"(?=\s+(?:in|into|on|to|with|against|for)\b|\s*[.;]?\s*$))\b",
    re.IGNORECASE,
)
# a second verb after "or"/"and" that the opening's subject would not fit, or a second time
_JOINED_VERB = re.compile(
    r"\b(?:or|and|and/or)\s+(?:(?:now|currently|presently|previously|still)\s+)?(?:is|are|was|were|has|have|had|\w+ing)\b"
    r"|\b(?:or|and|and/or)\s+(?:now|currently|presently|current|ongoing)\b",
    re.IGNORECASE,
)
# a person, or a clause that may be about someone else
_PEOPLE = re.compile(
    r"\b(?:who|whom|whose|users?|recipients?|candidates?|patients?|subjects?|participants?|individuals?|persons?|"
    r"people|wom[ae]n|m[ae]n|females?|males?|partners?|they|them|their|he|she|his|her)\b",
    re.IGNORECASE,
)


_ARTICLE = re.compile(
    r"an?\s+(?=(?:known|new|serious|significant|active|positive|negative|confirmed|current|primary|documented|"
    r"chronic|severe|clinical)\b)",
    re.IGNORECASE,
)
# an event had before (which "have" would make now), a definition, a plan, or a slip of the source's
_NOT_HAD_NOW = re.compile(
    r"\b(?:surgery|surgeries|operation|procedure|biopsy|transfusion|injury|trauma|recent|prior|previous|past|history|"
    r"planned|during|means?|refers?|includes?|signs|symptoms|evidence|pregnancy|tumou?rs?|excised|removed|resected|use|"
    r"usage|intake|consumption|treatments?|therap(?:y|ies))\b",
    re.IGNORECASE,
)


_CONCOMITANT = re.compile(
    r"(?:concomitant|concurrent)\s+(?=(?:(?!(?:or|and|and/or)\b)[\w/-]+\s+){0,3}?(?:diseases?|conditions?|illness(?:es)?|disorders?|"
    r"health\s+problems?|comorbidit(?:y|ies))\b)(?!(?:or|and|and/or)\b)",
    re.IGNORECASE,
)
# what is no condition in the words before its noun, or a treatment joined to it ("Concomitant conditions and
# therapies": "You have … therapies")
_NOT_A_CONDITION = re.compile(
    r"(?:[\w/-]+\s+){0,3}?(?:treatments?|therap(?:y|ies)|medications?|medicines?|drugs?|agents?|use|inhibitors?)\b"
    r"|[^.;:]*?\b(?:or|and|and/or)\s+(?:\w+\s+)?(?:treatments?|therap(?:y|ies)|medications?|medicines?|drugs?|use)\b",
    re.IGNORECASE,
)


# a slip of the source's that "You have" would put in the reader's mouth ("With pleural effusion or ascites, cause
# respiratory syndrome", "With severe and failed to controlled diseases")
_SLIP = re.compile(r",\s*cause\b|\bfailed\s+to\s+\w+ed\b", re.IGNORECASE)


def _clear(text: str, at: int) -> bool:
    """Whether the sentence from `at`, and the criterion's later sentences, leave the reader the only subject."""
    if dangling_verb(text, at) or _SLIP.search(text, at):
        return False
    end = sentence_end(text, at, colon=False)
    return not _JOINED_VERB.search(text, at, end) and not _PEOPLE.search(text, at)


# a window before now: "With the diagnosis of sepsis within the past 24 hours" was had then, which "have" would not say
_BEFORE_NOW = re.compile(
    r"\b(?:within|in|during|over)\s+the\s+(?:past|last|previous|preceding)\b|\b(?:ago|before|prior|previously)\b",
    re.IGNORECASE,
)


def with_opening(text: str, start: int) -> list[Edit]:
    """ "With Type 2 Diabetes" → "You have Type 2 Diabetes" (see the module)."""
    m = _WITH.match(text, start)
    if m is None or not _clear(text, m.end()):
        return []
    if _BEFORE_NOW.search(text, m.end(), sentence_end(text, m.end(), colon=False)):
        return []
    return [Edit(start, m.end(), "You have ", "person")]


def previously_opening(text: str, start: int) -> list[Edit]:
    """ "Previously received X" → "You have previously received X" (see the module)."""
    m = _PREVIOUSLY.match(text, start)
    if m is None or not _clear(text, m.end()):
        return []
    if m.group("took"):  # "took part", "participated": "taken part", as the plain words say it
        return [Edit(start, m.end("took"), "You have previously taken part", "person")]
    if m.group("done"):
        return [Edit(start, m.start("done"), "You have previously been ", "person")]
    return [Edit(start, start + len("previously"), "You have previously", "person")]


def article_opening(text: str, start: int) -> list[Edit]:
    """ "A known allergy to X" → "You have a known allergy to X" (see the module)."""
    m = _ARTICLE.match(text, start)
    if m is None or not _clear(text, m.end()):
        return []
    if _NOT_HAD_NOW.search(text, m.end(), sentence_end(text, m.end(), colon=False)):
        return []
    article = text[start : m.end()].split()[0].lower()
    return [Edit(start, start + len(article), f"You have {article}", "person")]


def concomitant_condition(text: str, start: int) -> list[Edit]:
    """ "Concomitant disease or condition that …" → "You have concomitant disease or condition that …" (see the
    module)."""
    m = _CONCOMITANT.match(text, start)
    if m is None or _NOT_A_CONDITION.match(text, m.end()) or not _clear(text, m.end()):
        return []
    return [Edit(start, start, "You have ", "person"), Edit(start, start + 1, text[start].lower(), "case")]
