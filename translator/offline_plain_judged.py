"""More plain wordings, counted over the corpus bullets (session 59):

- "per / according to / based on the study doctor's judgment (assessment)" → "in the study doctor's view" (about 30
  bullets), as offline_plain already says "in the opinion (judgment) of the investigator": the same judgement, said in
  the project's one wording for it; not "the study doctor's assessment of imaging / using X / with X", an act of
  assessing something rather than an opinion;
- "preclude(s/d)", "precluding" → "prevent(s/ed)", "preventing" (about 230 bullets: "a condition that would preclude
  taking part"), the plain-language lists' word for it; both are negation cues for the checks (translator.negation),
  except "prevent" after "to", which reads as a purpose ("contraception to prevent pregnancy"), so "to preclude"
  stays.

And (session 78, for the reading grade):

- "in the opinion of" → "in the view of" where the rule of offline_plain leaves it: a judgement of several people
  ("in the opinion of the study doctor or Medical Monitor", about 60 bullets) or of one it does not name ("the lead
  study doctor", "the doctor responsible"); the judges keep their own words after it; not "the clinical opinion of";
- "at the discretion of the study doctor" / "at the study doctor's discretion" → "as the study doctor decides" (about
  40 bullets): the choice is the study doctor's either way; only a study doctor named whole before the end of the
  clause, and not after "is"/"be" ("will be at the discretion of …" would read "will be as … decides").

Read by translator.offline_grade_words.GRADE (so by offline_words.WORDS: on the source and on the composed text).
"""

from __future__ import annotations

_NOT_AFTER_TO = r"(?<!\bto )"
# nor before "one from" (Chia: "might preclude one from participating"): the checks read "prevent one from taking part"
# as the section's own verdict, not a negated fact, and the rewrite would fall a level
_NOT_ONE_FROM = r"(?!\s+one\s+from\b)"
_DOCTOR = r"(?P<who>(?:lead\s+|treating\s+)?(?:study\s+)?doctor)"
_NOT_AFTER_BE = r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bremains )(?<!\bremain )"

JUDGED: list[tuple[str, str]] = [
    (r"(?:(?:as\s+)?per|according\s+to|based\s+on)\s+the\s+(?P<who>study\s+doctor|doctor)['’]s\s+"
     r"(?:assessment|judge?ment)(?!\s+(?:of|using|with|and|or)\b)", r"in the \g<who>'s view"),
    (_NOT_AFTER_TO + r"preclude(?=\s+[a-z])" + _NOT_ONE_FROM, "prevent"),
    (_NOT_AFTER_TO + r"precludes(?=\s+[a-z])" + _NOT_ONE_FROM, "prevents"),
    (_NOT_AFTER_TO + r"precluded(?=\s+[a-z])" + _NOT_ONE_FROM, "prevented"),
    (_NOT_AFTER_TO + r"precluding(?=\s+[a-z])" + _NOT_ONE_FROM, "preventing"),
    # (session 78) a judgement of several people or of one the rules above leave ("in the opinion of the study doctor or
    # Medical Monitor", "… of the lead study doctor"): "view" for "opinion", as offline_plain says it of one judge, with
    # the judges' own words after it (not "the clinical opinion of", a judgement of a kind the bare "view" would lose)
    (r"(?<=\bin\s)the\s+opinion(?=\s+of\s)", "the view"),
    # what is left to a study doctor's choice is as they decide: "may be included at the discretion of the study
    # doctor" → "… as the study doctor decides" (only a study doctor named whole, before the end of the clause)
    # (not after "is", "be": "will be at the discretion of" is a choice, and "will be as the study doctor decides" no
    # English)
    (_NOT_AFTER_BE + r"at\s+the\s+discretion\s+of\s+the\s+" + _DOCTOR + r"(?=\s*[.,;)]|$)",
     r"as the \g<who> decides"),
    (_NOT_AFTER_BE + r"at\s+the\s+" + _DOCTOR + r"['’]s\s+discretion(?=\s*[.,;)]|$)",
     r"as the \g<who> decides"),
]
