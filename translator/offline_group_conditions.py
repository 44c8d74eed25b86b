"""A closing group that narrows whom a bullet's duty is for, said first as a condition (offline backend, on the
composed bullet).

"Negative pregnancy test for women of childbearing potential" is composed as "You have a negative pregnancy test for
women who can become pregnant": the reader is told they have the test, then that it is for some women. The group is
a condition on the reader, so it is said first: "If you can become pregnant, you have a negative pregnancy test".
The group's own qualification is kept whole ("who can become pregnant", "able to become pregnant"); a group with no
qualification is said by its sex ("… for female subjects" → "If you are female, you have …"). The bullet's own verb
stays ("you must have" only where the source said "must").

Only where the group closes a one-sentence bullet that opens with the reader ("You have …", "You must …",
"You are …"), bracketed or not ("… (for all females)"), or is followed only by when the duty is done ("… for females
who can become pregnant within 14 days of starting treatment") or an aside on it ("(serum or urine beta-HCG)"), and
the bullet names nobody else: "Your hemoglobin is 11 g/dL for women;
13 g/dL for men" (two groups, each with its own value), "… 5 times ULN for patients with liver metastases" (a group
by a condition, whose value is an exception, not a duty) and "You have X for both pre-menopausal women and for women
who …" (two groups) keep their words.
"""

from __future__ import annotations

import re

_FEMALE = r"(?:all\s+)?(?:female\s+(?:patients|subjects|participants|volunteers)|wom[ae]n|females?)"
_MALE = r"(?:all\s+)?(?:male\s+(?:patients|subjects|participants|volunteers)|m[ae]n|males?)"
# the group's qualification, and how the condition says it of the reader
_QUALIFIED = (
    (re.compile(r"\s+(?:who|that)\s+(?:can|could)\s+(?P<rest>become\s+pregnant|have\s+children)", re.I),
     "If you can {rest}"),
    (re.compile(r"\s+(?:who\s+are\s+)?(?P<rest>able\s+to\s+(?:become\s+pregnant|have\s+children))", re.I),
     "If you are {rest}"),
)
_GROUP = re.compile(
    rf"(?P<lead>,?\s+(?P<open>\()?)(?:for|in)\s+(?:(?P<female>{_FEMALE})|(?P<male>{_MALE}))\b",
    re.IGNORECASE,
)
# what may follow the group and stay with the duty: when it is done, or an aside on it ("(serum or urine beta-HCG)")
_TAIL = re.compile(r"(?:\s+(?:within|in\s+the|at|on|before|during)\s+[^.;()]+|\s*\([^()]*\))?\.", re.IGNORECASE)
_OPENING = re.compile(r"You\s+(?:must\s+|should\s+)?(?:have|has|are|use|agree|be)\b")
# another group in the bullet: each its own value or duty
_OTHER_GROUP = re.compile(
    r"\b(?:wom[ae]n|females?|m[ae]n|males?|patients?|subjects?|participants?|those|children|adults?|partners?|"
    r"pre-?menopausal|post-?menopausal)\b",
    re.IGNORECASE,
)


def group_first(text: str) -> str:
    """`text` with a closing "for women who can become pregnant" said first, as "If you can become pregnant, …"
    (see the module); otherwise `text` unchanged."""
    if not _OPENING.match(text) or re.search(r"[.;:!?]\s", text):
        return text  # one sentence, the reader its subject
    m = _GROUP.search(text)
    if m is None:
        return text
    body = text[: m.start()]
    if _OTHER_GROUP.search(body) or body.count("(") != body.count(")"):
        return text
    at, condition = m.end(), "If you are female" if m.group("female") else "If you are male"
    for pattern, wording in _QUALIFIED if m.group("female") else ():
        q = pattern.match(text, at)
        if q is not None:
            at, condition = q.end(), wording.format(rest=q.group("rest"))
            break
    if m.group("open"):  # the group's own bracket closes right after it
        if not text.startswith(")", at):
            return text
        at += 1
    tail = _TAIL.fullmatch(text, at)
    if tail is None or _OTHER_GROUP.search(tail.group()):
        return text  # a qualification these wordings do not say whole, or words that are not the duty's
    return f"{condition}, {body[0].lower()}{body[1:]}{tail.group()}"
