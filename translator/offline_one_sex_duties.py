"""One sex's agreement or test result in an inclusion, put to the reader (offline backend).

"Male subject agrees to use an acceptable method for contraception" → "If you are male, you agree to use an
acceptable method for contraception"; "Male participants - Agree to use a reliable method of birth control …" → "If
you are male, you agree to use …"; "Males willing to use at least one … form of contraception" → "If you are male,
you are willing to use …"; "Male patients who agree to practice effective barrier contraception …" → "If you are
male, you agree to practice …"; "Female subject has a negative pregnancy test at screening" → "If you are female, you
have a negative pregnancy test at screening".

translator.offline_gendered_openings says a sex's duty ("Male patients must agree to …" → "If you are male, you must
agree to …") but not the verb that is the duty itself ("agrees to", "willing to", "has a negative pregnancy test"),
and the subject stayed in the third person (translator.offline_sexes.scoped_to_sex asks here when nothing else read
it). What the sex names is whom the sentence asks, so it stays as the condition: never "You agree to …", which would
ask it of everyone, nor "You are male and agree …", which would make being male a requirement of a trial open to both
sexes. Only in an inclusion: in an exclusion the sex is part of who is excluded ("You are male and …").

Only where the sentence is about birth control, pregnancy or the like (REPRODUCTIVE below),
what one sex alone is asked; only a present-tense verb ("agreed" is left: "you agreed" would say it of the past);
only one sentence, with no other person in it (a partner, "women", "they"): "Male subjects agree to use condoms
with their partners" keeps its wording. A description before a duty ("Male patients who agree to X must Y", "Males
willing to X must Y") is offline_gendered_openings' to say.

A sex able to have children is whom the sentence asks in the same way: "Women of childbearing potential with negative
serum pregnancy test" → "If you are female and able to become pregnant, you have negative serum pregnancy test";
"Female subjects of childbearing potential using a reliable method of contraception …" → "…, you are using …";
"Female patients of childbearing potential had to be using …" → "…, you had to be using …" (the lexicon's wording
of the potential, as offline_gendered_openings says it before a duty).
"""

from __future__ import annotations

import re

from translator.offline_edits import Edit
from translator.offline_gendered_openings import GENDERED
from translator.offline_mentions import agreeing

# states and duties only one sex can have: what the sex names is whom the criterion asks, not what it asks
# (translator.offline_sexes reads them too)
REPRODUCTIVE = re.compile(
    r"\b(?:pregnan\w*|menopaus\w*|post-?\s?menopausal|pre-?\s?menopausal|steril\w*|contracept\w*|birth\s+control|"
    r"child-?\s?bearing|reproductive|lactat\w*|breast-?\s?feed\w*|hysterectom\w*|oophorectom\w*|tubal|"
    r"vasectom\w*|abstinen\w*|abstain|condoms?|become\s+pregnant|have\s+children|father\w*|conceive|conception|"
    r"sperm|menstrua\w*|amenorrh\w*)\b",
    re.IGNORECASE,
)

# the verb right after the subject, maybe after a dash or a colon ("Male participants - Agree to use …")
_VERB = re.compile(
    r"\s*(?:[-–:]\s*)?(?P<who>who\s+)?(?P<verb>agrees?|commits?|consents?|(?:(?:is|are)\s+)?willing|"
    r"ha(?:s|ve)(?=\s+(?:a\s+)?negative\s+(?:(?:serum|urine|blood)\s+(?:or\s+urine\s+)?)?pregnancy\s+test))\b"
    r"(?=\s+(?:not\s+)?(?:to\b|a\b|negative\b))",
    re.IGNORECASE,
)
# someone besides the reader in the sentence (a bracket's examples aside)
_OTHERS = re.compile(
    r"\b(?:partners?|spouses?|wom[ae]n|m[ae]n|females?|males?|child(?!-?\s?bearing)|children|infants?|they|them|"
    r"their|he|she|his|her|patients?|subjects?|participants?|those|who|whom|whose)\b",
    re.IGNORECASE,
)
# a main verb after a description ("who agree to …", "willing to …"), whose duty offline_gendered_openings says
_MAIN_VERB = re.compile(
    r"\b(?:must|should|shall|will|need\s+to|have\s+to|has\s+to|are\s+required|is\s+required|may|can|cannot)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s+\S|\s*$)")


def one_sex_duty(text: str) -> list[Edit]:
    """Edits for an inclusion's "<one sex> agrees to X", or none (see the module)."""
    start = len(text) - len(text.lstrip())
    subject = GENDERED.match(text, start)
    if subject is None:
        return []
    sex = "female" if subject.group("f") else "male"
    end = subject.end()
    verb = _VERB.match(text, end)
    if verb is None:
        return _able_edits(text, start, subject)
    finish = _SENTENCE_END.search(text, verb.end())
    if finish is not None and text[finish.end() :].strip():
        return []  # a second sentence: "… . Both men and women able to have children must …"
    sentence = text[verb.end() : finish.start() if finish else len(text)]
    if not REPRODUCTIVE.search(sentence) or _OTHERS.search(re.sub(r"\([^()]*\)", "", sentence)):
        return []
    if (verb.group("who") or verb.group("verb").lower() == "willing") and _MAIN_VERB.search(sentence):
        return []  # "Male patients who agree to X must Y", "Males willing to X must Y": the description of a duty
    word = " ".join(verb.group("verb").lower().split())
    said = "are willing" if word.endswith("willing") else "have" if word.startswith("ha") else word.rstrip("s")
    return [Edit(start, verb.end(), f"If you are {sex}, you {said}", "person"), *agreeing(text, verb.end())]


# "of childbearing potential (WOCBP)", said as the lexicon says it
_ABLE = re.compile(
    r"\s+of\s+(?:(?P<non>non-?\s?)?child-?\s?bearing|(?P<children>reproductive))\s+potential"
    r"(?:\s*\((?:WOCBP|WCBP|FCBP|FOCBP)\)†?)?",
    re.IGNORECASE,
)
# what the able sex is asked right after: a state ("with"), a participle, a past duty (a "who" clause is
# offline_narrowed's, which knows when it is who the trial is for)
_ASKED = re.compile(
    r"\s*,?\s*(?:(?P<with>with)(?=\s+\S)|(?P<be>(?:not\s+)?(?:using|practicing|practising|taking|willing|able|"
    r"unable|unwilling))\b|(?P<had>had\s+to)\b)",
    re.IGNORECASE,
)


def _able_edits(text: str, start: int, subject: re.Match[str]) -> list[Edit]:
    """ "Women of childbearing potential with X" → "If you are female and able to become pregnant, you have X", or
    none: only one sentence, nothing after it naming someone else, and no duty of its own after a description (whose
    wording offline_gendered_openings has)."""
    able = _ABLE.match(text, subject.end())
    asked = _ASKED.match(text, able.end()) if able is not None else None
    if able is None or asked is None:
        return []
    finish = _SENTENCE_END.search(text, asked.end())
    if finish is not None and text[finish.end() :].strip():
        return []
    sentence = re.sub(r"\([^()]*\)", "", text[asked.end() : finish.start() if finish else len(text)])
    if not sentence.strip(" ,") or _OTHERS.search(sentence) or (not asked.group("had") and _MAIN_VERB.search(sentence)):
        return []
    potential = "able to have children" if able.group("children") else "able to become pregnant"
    sex = "female" if subject.group("f") else "male"
    said = f"If you are {sex} and {'not ' if able.group('non') else ''}{potential}"
    if asked.group("with"):
        return [Edit(start, asked.end("with"), f"{said}, you have", "person")]
    if asked.group("be"):
        return [Edit(start, asked.start("be"), f"{said}, you are ", "person")]
    return [Edit(start, asked.start("had"), f"{said}, you ", "person")]
