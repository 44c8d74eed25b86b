"""Whether "Patients with X …" has a verb of its own, or only a relative clause describing X (offline backend).

"Patients with X must use Y" says what they must do: "You have X must use Y" would not do, so offline_person leaves
it. But a verb inside a relative clause on X is X's, not the subject's: "Patients with serious infection or
illness, which would jeopardize the ability of the patient to get the treatment" → "You have serious infection or
illness, which would jeopardize your ability to get the treatment", "Patients with a psychiatric disorder that
would preclude understanding of the consent" → "You have a psychiatric disorder that would preclude …".

Only "that" and "which" open such a clause here: "who", "whom", "whose" and "they" point back to the patients
("Patients with CLL who have relapsed", "Patients with epilepsy for which they are taking …"), and "You have CLL who
have relapsed" would read the clause as the disease's; those keep their words, as do a verb before the clause, a
plural verb right after "that" (it may be the patients': "…, that do not have a pacemaker") and a second
description of the patients before it ("… or taking drugs that …").
"""

from __future__ import annotations

import re

from translator.offline_openings import FINITE, dangling_verb

# "who", "whom", "whose" and "they" point back to the patients
_OF_THE_PERSON = re.compile(r"\b(?:who|whom|whose|they|them|their|theirs)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"(?:,\s*)?\b(?:that|which)\b", re.IGNORECASE)
# a plural verb right after "that" may be the patients' ("Patients with heart block, that do not have a pacemaker")
_PLURAL_VERB = re.compile(r"\s+(?:do|are|have|were)\b", re.IGNORECASE)
# a second description of the patients before the clause ("… or taking drugs that …"): "You have X or taking Y"
_PARTICIPLE_ON = re.compile(r"\b(?:or|and)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)

# a group listed after X, whose verbs are its own (offline_listed_subjects: "You have X, or you have received Y")
_LISTED = re.compile(
    # (a bare comma lists a group too: "Patients with a history of asthma, Patients who have a limitation …")
    r"(?:,\s*(?:(?:or|and|and/or)\s+)?|\s+(?:or|and|and/or)\s+)(?:the\s+)?(?:patients|subjects|participants|"
    r"individuals|people)\s+(?:who|with|whose|having|receiving|taking|requiring|needing|undergoing|using)\b",
    re.IGNORECASE,
)


def verb_of_its_own(text: str, at: int) -> bool:
    """Whether the first clause of `text` from `at` (what follows "Patients with") has a verb that is not X's own
    relative clause's (see the module)."""
    text = _ASIDE.sub(_blank, _ASIDE.sub(_blank, text))
    clause = re.split(r"[.;:]", text[at:], maxsplit=1)[0]
    clause = _LISTED.split(clause, maxsplit=1)[0]  # "… or patients who have received Y": the next group's verb
    verb = FINITE.search(clause)
    if verb is None:
        return False
    relative = _RELATIVE.search(clause)
    if _OF_THE_PERSON.search(clause) or relative is None or relative.start() > verb.start():
        return True
    if _PLURAL_VERB.match(clause, relative.end()) or _PARTICIPLE_ON.search(clause, 0, relative.start()):
        return True
    return dangling_verb(text, at)


# An aside's verb is its own ("Patients with autoimmune disease (treated hypothyroidism is permitted to enroll)"),
# unless it speaks of the patients ("(who have relapsed)", "(they must …)", "(… to include patients over 55 …)"):
# blanked, positions kept.
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_PEOPLE = re.compile(r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?)\b", re.IGNORECASE)


def _blank(aside: re.Match[str]) -> str:
    said = aside.group()
    return said if _OF_THE_PERSON.search(said) or _PEOPLE.search(said) else " " * len(said)
