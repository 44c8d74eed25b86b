"""Words that name a thing, not a time of the use or another person, in the "Use of X" opening's sentence (offline
backend).

offline_leads says "Use of X within 30 days before screening" as "You have used X …" and leaves the noun phrase when
a word of the sentence puts the use now or later ("concomitant", "current", "during") or names someone besides the
reader ("patients", "those"). Some of those words only name a thing:

- "prohibited concomitant medication", "the section 'Prohibited concomitant treatment'", "prohibited concurrent
  medications": the list of drugs the protocol bars beside its own, whatever the time (a window still says when:
  "Use of any prohibited concomitant medication … within 2 weeks prior to day 1" → "You have used any prohibited
  concomitant medicine … within 2 weeks before day 1");
- "the current blood clot", "the current (index) VTE episode": the episode the study is about, not the time of the
  use ("Treatment with an anticoagulant for more than 7 days for the current blood clot, prior to randomization" →
  "You have had treatment with an anticoagulant …");
- "…, unless in the opinion of the Investigator the medication will not interfere …": the doctor's exception, whose
  "will" is the drug's effect to come, not the time of the use;
- "those stated in the inclusion criteria", "those listed in …", "those permitted": drugs, not people ("Use of oral
  glucose-lowering agents other than those stated in the inclusion criteria …"), and "subject" in "compromise
  subject safety" (the reader's own safety);
- "mother-to-child transmission": the name of a route of infection (and of the programmes that prevent it), not a
  mother or a child beside the reader ("Use of single-dose NVP for prevention of mother-to-child transmission within
  24 months prior to study entry": the reader took the drug).

Each is blanked (spaces of the same length, so places stay) before the guard looks; nothing else changes.
"""

from __future__ import annotations

import re

# "concomitant"/"concurrent" as part of the name of the list the protocol bars (not "permitted concomitant
# medications", which the plain words say "allowed medicines at the same time": a time again)
_LISTED_SAME_TIME = re.compile(
    r"\b(?:prohibited|disallowed|excluded|forbidden)\s+(?P<word>concomitant|concurrent)"
    r"(?=\s+(?:medications?|medicines?|drugs?|treatments?|therap(?:y|ies))\b)",
    re.IGNORECASE,
)
# "the current <episode>": the one the study is about (not "the current study", which is no episode of the reader's)
_THE_CURRENT = re.compile(
    r"\bthe\s+(?P<word>current)(?=\s+(?:\([^()]*\)\s+)?(?:blood\s+clots?|clots?|(?:\w+\s+)?episodes?|events?|thrombos[ie]s|"
    r"VTE|DVT|PE|pregnancy)\b)",
    re.IGNORECASE,
)
# "those" a participle of what a text names describes: things ("those listed in Section 5"), not people ("those who",
# "those treated with", "those permitted to enter")
_THOSE_NAMED = re.compile(
    r"\b(?P<word>those)(?=\s+(?:stated|listed|specified|mentioned|permitted|allowed|described|outlined|named)\b(?!\s+to\b))",
    re.IGNORECASE,
)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    """`text` with each match's "word" group turned to spaces (the rest of the match stays)."""
    for m in pattern.finditer(text):
        text = text[: m.start("word")] + " " * len(m.group("word")) + text[m.end("word") :]
    return text


# an exception the doctor judges ("…, unless in the opinion of the Investigator the medication will not interfere
# with the study"): its "will" is the drug's effect to come, not the time of the use
_JUDGED_EXCEPTION = re.compile(r"\bunless\s+in\s+the\s+(?:opinion|judge?ment|view)\s+of\b(?P<word>.*)$", re.I | re.S)
# a window before the study, which then says when the listed drugs were used
_BEFORE = re.compile(r"\b(?:within|prior|before|preceding|previous|past|last)\b", re.IGNORECASE)


def untimed(text: str) -> str:
    """`text` with the words that name a thing rather than a time of the use blanked (see the module); the listed
    drugs' "concomitant" only beside a window before the study: with none, "Use of disallowed concomitant therapy"
    is a use now, beside the study's treatment, as offline_leads says it ("You use disallowed treatment at the same
    time")."""
    listed = _blank(_LISTED_SAME_TIME, text) if _BEFORE.search(text) else text
    return _blank(_JUDGED_EXCEPTION, _blank(_THE_CURRENT, listed))


# "compromise subject safety": the reader's safety, named by the protocol's word for them, not a second person
_SUBJECT_SAFETY = re.compile(r"\b(?P<word>subject)(?=\s+safety\b)", re.IGNORECASE)


# "mother-to-child transmission", "parent-to-child": a route of infection, named by who passes it to whom
_ROUTE = re.compile(
    r"\b(?P<word>(?:mother|parent|maternal)[-\s]to[-\s](?:child|infant|fetus))(?=\s+(?:\w+\s+)?transmission\b)", re.I
)


def no_one_named(text: str) -> str:
    """`text` with "those" that names things, "subject" in "subject safety" and a route of infection ("mother-to-child
    transmission") blanked (see the module)."""
    return _blank(_ROUTE, _blank(_SUBJECT_SAFETY, _blank(_THOSE_NAMED, text)))
