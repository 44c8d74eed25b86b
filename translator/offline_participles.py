"""Openings that are a participle, a gerund or a phrase with the subject dropped, put to the reader (offline backend).

"Having X", "Being X", "At risk for X", "Diagnosed within 8 weeks", "Does not have X" and the questions "Has the
patient had X?" / "Is the patient X?" describe the participant without naming them; the rest of the sentence fits
"you" once the opening says it:

- "Having X" → "You have X" ("Having had X" → "You have had X", "Having signed the form" → "You have signed the
  form"); a later "or having Y" in the same list → "or have Y"; not where a window in the past would make the
  present "have" a guess at the tense ("Having 2 injections in the past 12 months": had, or has?), and so for
  "Being …";
- "Being treated with X" → "You are being treated with X" (what is done to one now); "Being diagnosed with X" →
  "You have been diagnosed with X" (as offline_openings words "Diagnosed with"); "Being X" → "You are X";
- "At (high) risk for/of X" → "You are at (high) risk for/of X";
- "Treated with X" → "You have been treated with X", only with a time before now ("in the 12 weeks before
  screening", "for at least 3 months") and none after it: without one, now or then would be a guess; "Previously
  treated with X" says its time itself → "You have previously been treated with X" (none after it either, nor a
  later "having": "…, or previously having failed X" would join no verb);
- "Diagnosed within/in the past <time>", "Diagnosed at least <time> ago" → "You were diagnosed …" (a diagnosis
  made at a time the window places); "Diagnosed or treated for X" → "You have been diagnosed or treated for X",
  "Diagnosed as having X" → "You have been diagnosed as having X"; "Diagnosed or suspected X" → "You have
  diagnosed or suspected X" (as offline_openings says "Known X");
- "Does not/Do not <verb>" → "You do not <verb>"; "Known to have X" → "You are known to have X";
- "Needing/Requiring X" → "You need X", "Meeting <…> criteria" → "You meet …" (now, so not with a window in the
  past, as for "Having X");
- "Has/Is/Does the patient …?" → "Have/Are/Do you …?".

Each rewrites only the opening words. Not where the first clause has a verb of its own (`dangling_verb`), nor
where the criterion names the participant as someone else ("Does not consider X a cause of the patient's
decline" is about the doctor); offline_leads also refuses an opening with another person in its sentence and
checks the result with the fidelity check.
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

# what is done to one by others, now: "Being treated with X" is "You are being treated with X"
_DONE_TO = (
    r"treated|followed|managed|monitored|seen|evaluated|screened|given|ventilated|hospitali[sz]ed|cared\s+for|"
    r"considered\s+for|prepared\s+for|worked\s+up"
)
_OPENINGS = [
    (re.compile(r"having\b(?!\s*(?:,|or\b|and\b|no\b|not\b|to\b))", re.IGNORECASE), "You have"),
    (re.compile(rf"being\s+(?P<done>{_DONE_TO})\b", re.IGNORECASE), "You are being {done}"),
    (re.compile(r"being\s+diagnosed\b", re.IGNORECASE), "You have been diagnosed"),
    # not "Being or having been …", nor a gerund ("Being on dialysis" is a state, "being" no verb to keep)
    (re.compile(r"being\b(?!\s*(?:,|or\b|and\b|\w+ing\b))", re.IGNORECASE), "You are"),
    (re.compile(r"at\s+(?P<how>(?:(?:very\s+)?(?:high|higher|increased|elevated|low|intermediate|significant|"
                r"substantial|moderate|great)[\s-]+)?)risk\s+(?P<of>for|of)\b", re.IGNORECASE),
     "You are at {how}risk {of}"),
    (re.compile(r"diagnosed(?=\s+(?:within\b|in\s+the\s+(?:past|last|previous)\b|(?:at\s+least|more\s+than|over|"
                r"less\s+than|no\s+more\s+than|at\s+most)\s+\S+\s+\S+\s+ago\b|\S+\s+\S+\s+ago\b))", re.IGNORECASE),
     "You were diagnosed"),
    # a diagnosis or treatment at any time before now: the perfect says both ("within 3 years of joining")
    (re.compile(r"diagnosed\s+(?P<c>or|and/or|and)\s+treated\s+(?P<p>for|with)\b", re.IGNORECASE),
     "You have been diagnosed {c} treated {p}"),
    (re.compile(r"diagnosed\s+as\s+having\b", re.IGNORECASE), "You have been diagnosed as having"),
    # "Diagnosed or suspected X" describes X, as "Known X" does: "You have diagnosed or suspected X"
    (re.compile(r"(?=diagnosed\s+(?:or|and/or)\s+suspected\b)", re.IGNORECASE), "You have "),
    (re.compile(r"(?:does|do)\s+(?P<not>not)\b", re.IGNORECASE), "You do {not}"),
    # "Treated with X in the 12 weeks before study start", "… for at least 3 months": treatment up to a time before
    # now, which the perfect says whether it goes on or not (only with such a time: see _BEFORE_NOW)
    (re.compile(r"treated(?=\s+(?:with|by|for)\b)", re.IGNORECASE), "You have been treated"),
    # "Previously treated with X": its "previously" is the time before now the rule above asks for, and stays
    (re.compile(r"previously\s+treated(?=\s+(?:with|by|for)\b)", re.IGNORECASE), "You have previously been treated"),
    # offline_openings' "Known to" → "You are known to" stops at the verb after "to", which it takes for the
    # clause's own ("Known to have type I diabetes")
    (re.compile(r"known\s+to\s+(?P<verb>have|be)\b", re.IGNORECASE), "You are known to {verb}"),
    # "Needing/Requiring chronic treatment with X", "Meeting DSM-IV criteria for X": what one needs or meets now,
    # as "Having X" is what one has (and with the same guard on a past window)
    (re.compile(r"(?:needing|requiring)\b(?!\s*(?:,|or\b|and\b|to\b))", re.IGNORECASE), "You need"),
    (re.compile(r"meeting\b(?=\s+(?:[\w'’-]+\s+){0,8}?criteri)", re.IGNORECASE), "You meet"),
]  # fmt: skip
# a window in the past, which "You have X" would put in the present
_PAST_WINDOW = re.compile(
    r"\b(?:in\s+the\s+(?:past|last|previous|preceding)|within|ago|prior\s+to|before|previously|formerly|since)\b",
    re.IGNORECASE,
)
# the perfect already says when ("Having had X within 3 months" is "You have had X within 3 months")
_PERFECT = re.compile(
    r"having\s+(?:(?:an?\s+|any\s+)?history\b|had|been|\w+ed|undergone|taken|given|begun|drunk|eaten|done|gone|"
    r"seen|known|written|shown|grown|beaten|broken|chosen|forgotten|frozen|spoken|stolen|sworn|worn)\b",
    re.IGNORECASE,
)
# a time up to now or before the study ("in the 12 weeks before", "for at least 3 months", "2 years ago"), and
# none after it ("during the study", "until", "currently"): without the one or with the other, the tense is a guess
_BEFORE_NOW = re.compile(
    r"\b(?:before|prior\s+to|ago|previously|in\s+the\s+(?:past|last|previous|preceding)|within|for\s+(?:at\s+least\s+|"
    r"more\s+than\s+|over\s+|a\s+minimum\s+of\s+)?\S+\s+(?:days?|weeks?|months?|years?))\b",
    re.IGNORECASE,
)
_AFTER_NOW = re.compile(
    r"\b(?:during|throughout|currently|now|after|until|concurrent(?:ly)?|concomitant(?:ly)?|ongoing|plann?ed|will|"
    r"expected|same\s+time|simultaneous(?:ly)?|following)\b",
    re.IGNORECASE,
)
# a later "having" with a word before it ("…, or previously having failed X"): no "You" it could join
_HAVING = re.compile(r"\bhaving\b", re.IGNORECASE)
_OWN_VERB = re.compile(r"\s+(?:had|been|have|has|be|do)\b", re.IGNORECASE)
_LATER_HAVING = re.compile(r"(?:,|\b(?:or|and|and/or))\s+(?P<having>having)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)|\n")
# the participant named as someone else ("the patient's cognitive decline", "with the subject")
_PARTICIPANT = re.compile(r"\b(?:the|a|an|each|any)\s+(?:patient|subject|participant)s?\b|\b(?:patient|subject|"
                          r"participant)s?['’]", re.IGNORECASE)
_QUESTION = re.compile(
    r"(?P<verb>has|is|does|did|was|can|will|could|would)\s+the\s+(?:patient|subject|participant)\b(?!['’])",
    re.IGNORECASE,
)
_ASKED = {"has": "Have", "is": "Are", "does": "Do", "did": "Did", "was": "Were", "can": "Can", "will": "Will",
          "could": "Could", "would": "Would"}  # fmt: skip


def participle_edits(text: str, start: int) -> list[Edit]:
    """The opening's edit (and a later "or having" in its sentence), or none (see the module's docstring)."""
    asked = _QUESTION.match(text, start)
    if asked is not None:
        if not text.rstrip().endswith("?") or _PARTICIPANT.search(text, asked.end()):
            return []
        return [Edit(start, asked.end(), f"{_ASKED[asked.group('verb').lower()]} you", "person")]
    if _PARTICIPANT.search(text, start):
        return []
    for pattern, template in _OPENINGS:
        m = pattern.match(text, start)
        if m is None:
            continue
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        own = _OWN_VERB.match(text, m.end())  # "had" in "Having had", "have" in "Does not have": the opening's own
        if dangling_verb(text, own.end() if own else m.end()):
            return []
        if template == "You have been treated" and (
            not _BEFORE_NOW.search(text, m.end(), stop) or _AFTER_NOW.search(text, m.end(), stop)
        ):
            return []
        if template == "You have previously been treated" and (
            _AFTER_NOW.search(text, m.end(), stop) or _HAVING.search(text, m.end(), stop)
        ):
            return []
        present = template in ("You have", "You are", "You are being {done}", "You need", "You meet") and not (
            _PERFECT.match(text, start))
        if present and _PAST_WINDOW.search(text, m.end(), stop):
            return []
        # the source's own "NOT" stays as written; the other words are the rule's
        words = {k: (v or "") if k == "not" else (v or "").lower() for k, v in m.groupdict().items()}
        edits = [Edit(start, m.end(), template.format(**words), "person")]
        # "Having X or having Y": the list goes on with the reader as its subject
        later = _LATER_HAVING.finditer(text, m.end(), stop)
        edits += [Edit(h.start("having"), h.end("having"), "have", "person") for h in later]
        return edits
    return []
