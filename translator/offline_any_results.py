"""An exclusion's "Any lab value …" or "Any finding of the medical examination …" put to the reader (offline backend):
"Any laboratory value outside the reference range that the investigator considers to be of clinical relevance" →
"You have any lab value outside the reference range that the study doctor considers to be of clinical relevance".

offline_reader_openings says "You have any X" of an "Any X" that names a condition ("Any malabsorption problem") and
offline_any_kept of an "Any X" whose X the rules already put to the reader; a result of the reader's own tests is
neither, so these kept the source's noun phrase, which reads as no sentence under "You cannot join if:". A value or a
finding of one's own tests is had as a condition is ("You have a lab value outside the range"), and "any" stays
right after the verb, where it says "whatever one", as the source's "Any" did. Only "You have" goes before the
source's words: what the value is measured against, who judges it and its exceptions stay as written.

Only in an exclusion (an inclusion's "any" can be a choice), only a value, result or finding of a test or an
examination named in a few words ("Any abnormal clinical laboratory test result", "Any other clinically significant
abnormal laboratory result at the screening examination", "Any finding in the medical examination"), not a list lead
("Any of the following findings:"), not where the first clause has a verb of its own ("Any finding in the medical
examination … is deviating from normal": "You have any finding … is deviating"), and not where the sentence names
other people or a time to come.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

# a value, result or finding of the reader's tests: "Any laboratory value", "Any abnormal clinical laboratory test
# result", "Any finding in/of the medical examination"
_RESULT = re.compile(
    r"any\s+(?:(?!(?:of|the|a|an|one|grade|patients?|subjects?)\b)[a-z][\w-]*,?\s+){0,4}?"
    r"(?:(?:laboratory|lab|blood|urine)\s+(?:tests?\s+)?(?:values?|results?)|tests?\s+(?:values?|results?)|findings?)\b"
    # what the value is measured against or where the finding was made, right after its name
    r"(?=\s+(?:outside|above|below|more|greater|less|higher|lower|of|in|on|at|that|which|deviating)\b|\s*[>≥<≤])",
    re.IGNORECASE,
)
# other people, or a time to come, in the sentence: "You have" would take them in, or guess the time
_ELSEWHERE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?|wom[ae]n|m[ae]n|partners?|children|"
    r"plann?ed|planning|scheduled|expected|anticipated|will|future)\b",
    re.IGNORECASE,
)
# a verb of the first clause after a finding's place ("Any finding in the medical examination (…) is deviating"),
# which dangling_verb, reading on from the name, may take for the place's own words
_OWN_VERB = re.compile(r"\)\s+(?:is|are|was|were|has|have)\b", re.IGNORECASE)


def any_result_edits(text: str, kind: SectionKind) -> list[Edit]:
    """ "Any laboratory value outside the reference range …" → "You have any lab value outside …" (see the module)."""
    start = len(text) - len(text.lstrip())
    m = _RESULT.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or text.rstrip().endswith(":"):
        return []
    sentence = re.split(r"[.;](?:\s|$)", text[start:], maxsplit=1)[0]
    if _ELSEWHERE.search(sentence) or dangling_verb(text, m.end()) or _OWN_VERB.search(sentence):
        return []
    return [Edit(start, start + 3, "You have " + text[start : start + 3].lower(), "person")]
