"""A later verb of the reader's own sentence said in the second person (offline backend, on the composed bullet).

An opening put to the reader ("Has received X …" → "You have received X …") leaves the verbs after it as the
source wrote them, for a third-person subject: "You have received X (defined as …) or has participated in …",
"You are capable of giving informed consent, or if appropriate, has caregiver …". offline_mentions.agreeing does
this for the openings of offline_leads; here it is done on the composed text for every opening, in the bullet's
first sentence only, and only where the verb's subject can be no one but the reader:

- the sentence opens with "You " (or "If you …, you "): the reader is its subject;
- the verb comes right after "and", "or", "but" or a comma (a verb after a noun has that noun as its subject:
  "… and bilirubin is");
- between the opening and the verb there is no "that", "which", "who", "whose", "where" (whose clause's own verb
  it may be: "cancer that is progressing or has needed treatment"), no clause with a subject of its own ("… if the
  comorbid condition is unstable, needs treatment"), and no one else named (a partner, a caregiver, "he", "they" …),
  asides in brackets left out.

Only "is/has/was/does" (and their negative forms) and a few verbs in -s that criteria use of the reader change
("is" → "are", "has" → "have", "agrees" → "agree"); anything else keeps its words.
"""

from __future__ import annotations

import re

from translator.offline_mentions import AGREE, base_form

_OPENED = re.compile(r"(?:You\s|If\s+you\s[^,.;:]*,\s+you\s)")
_FIRST_SENTENCE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)[.;:](?:\s|$)")
_LATER_VERB = re.compile(
    r"(?:\b(?:and|or|but)\s*,?|,)\s+(?:(?:currently|also|still|now)\s+)?"
    r"(?P<verb>is|has|was|does|isn't|hasn't|doesn't|wasn't|needs|requires|agrees|meets|understands|consents|uses|"
    r"takes|lives|speaks|provides|receives|weighs|smokes|plans|intends|anticipates|expects|suffers|continues|refuses|"
    r"lacks)\b"
    r"(?!\s+(?:of|for)\b)(?![-'’])"
)
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where|whereby)\b", re.IGNORECASE)
_OTHERS = re.compile(
    r"\b(?:partners?|caregivers?|care-givers?|parents?|guardians?|spouses?|mothers?|fathers?|donors?|infants?|"
    r"child|children|babies|baby|relatives?|family|patients?|subjects?|participants?|persons?|people|individuals?|"
    r"wom[ae]n|m[ae]n|he|she|they|them|his|her|hers|their|it|its|this|these|those|someone|anyone|one)\b",
    re.IGNORECASE,
)
# a clause with a subject of its own ("if the comorbid condition is unstable, needs …"), or whose verb has none
# ("unless has completed treatment, is …": "unless you have" would need a word put in): its verbs stay as written
_SUBJECT_OF_ITS_OWN = re.compile(
    r"\b(?:unless|if|when|whenever|because|although|though|while|whereas|until|once|since|as)\s+"
    r"(?:(?:the|a|an|any|all|each|no|such|your|it|there|both|either)\b|(?-i:[A-Z0-9])|(?:is|has|was|does|had)\b)",
    re.IGNORECASE,
)
_SAID = {"wasn't": "weren't"}


def later_verbs(text: str) -> str:
    """`text` with the reader's later verbs in its first sentence said in the second person (see the module)."""
    opened = _OPENED.match(text)
    if opened is None:
        return text
    stop = _FIRST_SENTENCE.search(_masked(text), opened.end())
    end = stop.start() if stop else len(text)
    masked = _masked(text)
    out, at = [], 0
    for m in _LATER_VERB.finditer(text, opened.end(), end):
        before = masked[opened.end() : m.start()]
        if _CLAUSE_WORD.search(before) or _OTHERS.search(before) or _SUBJECT_OF_ITS_OWN.search(before):
            break  # the verbs from here on may have another subject
        if masked[m.start("verb")] == " ":
            continue  # inside brackets
        verb = m.group("verb")
        said = AGREE.get(verb) or _SAID.get(verb) or base_form(verb)
        out.append(text[at : m.start("verb")] + said)
        at = m.end("verb")
    return "".join(out) + text[at:] if out else text


def _masked(text: str) -> str:
    """`text` with its asides in brackets blanked, at the same length."""
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
