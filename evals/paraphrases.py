"""Hand-written faithful paraphrases of real criteria: the data set that shows the fidelity checks do not cry wolf.

`evals/data/paraphrases.jsonl` holds one case per line. A case covers one criterion of a real trial in
`../shared/data/ctgov/studies.jsonl`, or a parent criterion and all its children, and renders it the
way a careful medical writer would, in deliberately varied wording ("at least 18" / "18 or older",
"within 6 months before" / "in the 6 months before", "no" / "never" / "without"). Every fact of the
source is kept and none is added, and the kind of the section is kept: an exclusion is written as the
condition itself, as it reads under "You cannot join if…".

The eval harness runs the fidelity checks on these bullets (every finding is a false alarm) and
plants errors in them (a changed number, a dropped "not", a swapped section) to measure detection.
`source` holds the parser's clean text of every covered criterion as it was when the case was
written; a test compares it with the parser's current output, so a parser change cannot silently
re-point a case to different text.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from translator.criteria import SectionKind
from translator.translation import Bullet

DEFAULT_PATH = Path(__file__).resolve().parent / "data" / "paraphrases.jsonl"
# Cases written in an LLM's manner before the checks were run on them: the out-of-sample measure of false alarms
# (README, "Measured"). The last 150 lines were written in the session of 2026-12-07 21:06 (from 61 trials no case
# had, all classic-XML texts: no current-markdown record was left uncovered): 22 drew an error out of sample (15%), 5
# of them only slips of the writer (fixed: an "adjuvant or neoadjuvant" gloss added "after or before surgery", an FEV1
# gloss added "one second", "resting angina <7 days" given the anchor "in the last 7 days", a "Women who" dropped, a
# "/L" dropped): 17 false alarms (11%), 9 after the checks were fixed (checks-49): "of or greater than 41" said "41 or
# higher", "are not to be enrolled" read as letting a group in, "oral or injectable" said "taken by mouth or
# injected", "after surgical treatment" said "after surgery", "ASA > III" said "your ASA class is above III", "did not
# work well enough (insufficient response)" counted as two negations, "If female, pregnant" said "You are female and
# pregnant", "no active cancer in addition to" said "other than". Left: "will not be eligible for participation in the
# study:" read as a negated fact (its fix, the study named after "participation", made the offline rewrite of "NOT
# ELIGIBLE for study entry" fall back a level), "ASA I-III" with a gloss between "class" and its levels, "…, whichever
# is shorter, from initiation of study treatment" said "before you start study treatment", "treatment-naive (never
# treated …); no prior use" read as three negations, "≥1 unit of blood (500 mL)" said "1 unit of blood (500 mL) or
# more", "impaired (cardiac dysfunction)" read against "the facility normal", "wheal (raised bump)", "without at least
# a 14-day washout prior to" said "without a washout of at least 14 days before" (a ninth, a "without" in a gloss that
# defines, "cold ischemia time (time kept cold without blood supply)", passes with the session's other rules). With
# the older cases' 1 (below), the file drew 9 errors of 1,660 (0.54%); checks-50 (alarm52) fixed all 9: it draws none.
# The 150 before them were written in the session of 2026-12-07 18:24 (from 57 trials no case
# had): 27 drew an error out of sample (18%), 3 of them only slips of the writer (fixed: a "more than" given to the "6
# of cabazitaxel" after "more than 10 cycles of docetaxel", "herbal and antioxidant" made "or", "No prior cytotoxic
# therapy for at least 4 weeks" made a double negative that said the rule's intent, not its words; a dropped
# "(Montgomery and Asberg 1979)" and "willing to consent to" made "willing to have" were fixed too, in cases that still
# drew an error): 24 false alarms (16%), 14 after the checks were fixed (checks-48): "from one day before to 14 days
# after" said "until 14 days after", "for their entire study period", "contraindicated for use with" said "must not be
# combined with", "not adequately" for "inadequately" counted as two negations, "inadequate glycemic control" said "not
# well controlled", "titre ≥1:80" said "1:80 or higher", "(one using a radioactive drug)", "after you stop this study"
# read as a second "refrain", "is otherwise allowed", "platelet count" said once for two bounds, and "the following
# inclusion criteria" read as a window after inclusion (in a case that still draws errors: "after the study" said
# "after it", and a consent finding). The same session fixed 9 of the older cases' 11, and checks-49 15 of the 16 left
# (left: "except for neuropathy, who are excluded if > grade 1" said "or, for neuropathy, above grade 1", an exception
# said as its own case), so the file draws 1 error of 1,510 (0.07%).
# The 150 before them were written in the session of 2026-12-07 15:24 (from 61 trials no case had,
# all classic-XML texts): 24 drew an error out of sample (16%), 2 of them only slips of the writer (fixed: an HbA1c
# gloss "average blood sugar over about 3 months" added a number, an "or" was added between two definitions the
# source does not join): 22 false alarms (15%), 12 after the checks were fixed (checks-47): "multiple order
# pregnancies" said "more than one baby", "or left one" (the trial), "consumes" and an "alcoholic beverage" said
# "drink", "breathes/minute", "millimole per liter" and "kg per meter square" read as no unit, "after receiving the
# last dose" read with no anchor, "Day 1of", "one time" said "once" ("1.5 times and 5 times" no longer reads "1.5 times
# a day", though that case still draws an error). The same session fixed the older cases' 9 below (alarm49), and one
# of the new 12 with them, so the file draws 11 errors of 1,360 (0.81%), all of them among these 150.
# The 150 before them were written in the session of 2026-12-07 12:23 (from 54 trials no case had,
# all classic-XML texts): 32 drew an error out of sample (21%), 4 of them only slips of the writer (fixed: a "remission"
# said "recovered from", a "3 drinks per day" given the "more than" of the amount before it, a "lack of data" made
# "little data", "compromising resectability" made "would prevent surgery"): 28 false alarms (19%), 8 after the checks
# were fixed (checks-46): "repletion will be allowed" said "you may take supplements to correct it", the source's
# "until at 5 months" said "until 5 months", a repeated "LDL apheresis" said "it", "=< 5%" said "5% of your body weight
# or less", an "except" said "does not count, and neither does", "the two ends of the range", a "CT/MRI" the source says
# twice said once, two "post-bronchodilator" of one sentence said by one fronted window. With the older cases' 11
# below, the file draws 19 errors of 1,210 (1.6%).
# The 150 before them were written in the session of 2026-12-07 09:28 (from 63 trials no case had,
# all classic-XML texts): 23 drew an error out of sample (15%), none of them only a slip of the writer (an
# "echocardiogram (ECG)" cut to "ECG" was fixed, in a case that still drew an error): 23 false alarms (15%), 8 after the
# checks were fixed (checks-45): "poorly" in a gloss read as a new qualifier, "after treatment ends" for "after
# completion of treatment", a negation moved onto the noun ("no drop of more than 20 mm Hg"), "(8 weeks at most)", a
# "length" said by "reaching 5 cm", "class is confirmed as B", "one" as a pronoun, "in the Screening Period". With
# the older cases' 3 below, the file draws 11 errors of 1,060 (1.0%).
# The 150 before them were written in the session of 2026-12-07 06:22 (from 69 trials no case had,
# all classic-XML texts, as every trial left uncovered is): 25 drew an error out of sample (17%), 2 of them only slips
# of the writer (a "during the course of study treatment" made "during the study", an "and" made "or"; fixed, as were
# a dropped "inclusion", an added "after surgery" gloss and a "before" added to "within 12 months of" in cases that
# still drew an error): 23 false alarms (15%), 12 after the checks were fixed (checks-44). With them, 2 of the 8
# older cases that still drew one pass (an amount bound through "a", two waits joined by a slash): the file drew 18
# errors (6 of the first 760). Checks-45 (alarm47) fixed 15 of those 18, none of them a slip of the writer: 3 still
# draw an error (1 of the first 760): an exclusion's lead-in "If last dose of trastuzumab was:" said "Your last dose
# of trastuzumab was:" (the clause-end check does not know the section, whose own "if" says the condition); "since
# inclusion transthoracic echo" read as a window since inclusion; "progression" said "the disease getting worse", the
# lexicon's "… or spreading" cut at its joiner.
# The 150 before them were written in the session of 2026-12-07 03:34 (from trials no case had):
# 16 drew an error out of sample (11%), one of them only a slip of the writer (an added "in one area", fixed; a
# "pk/year" made "pack-years" was fixed too, in a case that still drew an error): 15 false alarms (10%), 4 after the
# checks were fixed (checks-43).
# The 150 before them were written in the session of 2026-12-07 00:37 (from trials no case had,
# nearly all classic-XML texts): 18 drew an error out of sample (12%), none of them only a slip of the writer (one
# bullet's added "3-D" was taken out; that case still drew an error), none after the checks were fixed (checks-42).
# The 150 before them were written in the session of 2026-12-06 21:38 (from trials no case had, all of them
# classic-XML texts): 22 drew an error out of sample (15%), none of them only a slip of the writer (one bullet's added
# "well enough" was fixed; that case still drew an error), 5 after the checks were fixed (checks-41), 4 after checks-42.
# The first 310 lines draw no error any more: 10 older cases (of 12:51 and before), the 150 written in the session of
# 2026-12-06 15:45 (24 drew an error out of sample, none a slip of the writer) and the 150 of 18:51 (43 drew one, 2 of
# them slips of the writer, fixed; 41 false alarms, 27%). Moved into the gated pool in session 76, they passed the
# gate on the mover's branch but not on the merged code (corpus clause_dropped 0.96 against the baseline's 0.985: the
# bigger pool's draws plant drops the checks miss), so they stay here until those misses are seen (session 78 planted
# every drop it could in the 456 of the first 460 that draw no error: 87.8% caught, against 94.1% in the gated
# pool; session 80, checks-44: 383 of 430, 89.1%, against 1,193 of 1,265, 94.3%). The 144 before them (of the
# session of 12:51 and 4 older cases) joined it in session 72 (checks-40); earlier
# cases joined it once the checks accepted them.
# Pass this path as `trialplain eval --suite mutations --paraphrases …` to measure on them; a new set written the same
# way measures the checks out of sample again.
HELDOUT_PATH = DEFAULT_PATH.with_name("paraphrases_heldout.jsonl")


class ParaphraseError(ValueError):
    """The paraphrase file is missing or a line of it is not a valid case."""


class ParaphraseBullet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1, description="One plain-English sentence or two, in the second person.")
    source_ids: list[str] = Field(min_length=1, description="Ids of the case's criteria this bullet renders.")


class ParaphraseCase(BaseModel):
    """One or more criteria of one trial and a faithful human rendering of them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nct_id: str = Field(pattern=r"^NCT\d{8}$")
    criterion_ids: list[str] = Field(
        min_length=1, description="The covered criteria: one, or a parent followed by all its descendants."
    )
    kind: SectionKind = Field(description="The section of every covered criterion.")
    source: dict[str, str] = Field(description="Criterion id -> the parser's clean text when the case was written.")
    bullets: list[ParaphraseBullet] = Field(min_length=1)
    style: str = Field(min_length=1, description="What the case exercises, e.g. 'negation-never', 'time-window'.")
    note: str | None = Field(default=None, description="Why the rendering is as it is, where that is not obvious.")

    @model_validator(mode="after")
    def _ids_agree(self) -> ParaphraseCase:
        # A case must cite exactly what it covers: a stray id would make the harness check the wrong
        # source, an uncited one would look like a coverage miss in every run.
        if len(set(self.criterion_ids)) != len(self.criterion_ids):
            raise ValueError(f"criterion_ids repeat an id: {self.criterion_ids}")
        if set(self.source) != set(self.criterion_ids):
            raise ValueError(f"source keys {sorted(self.source)} differ from criterion_ids {self.criterion_ids}")
        cited = {i for b in self.bullets for i in b.source_ids}
        stray = cited - set(self.criterion_ids)
        if stray:
            raise ValueError(f"bullets cite {sorted(stray)}, which are not among criterion_ids {self.criterion_ids}")
        uncited = set(self.criterion_ids) - cited
        if uncited:
            raise ValueError(f"no bullet cites {sorted(uncited)}; every covered criterion needs a bullet")
        return self

    @property
    def case_id(self) -> str:
        """Stable name of the case, e.g. 'NCT04576156:E5'."""
        return f"{self.nct_id}:{self.criterion_ids[0]}"

    def translation_bullets(self) -> list[Bullet]:
        """The bullets as the Translation contract models them, nested one level under a parent bullet."""
        root = self.criterion_ids[0]
        return [
            Bullet(text=b.text, source_ids=list(b.source_ids), depth=0 if root in b.source_ids else 1)
            for b in self.bullets
        ]


def load_paraphrases(path: Path | None = None) -> list[ParaphraseCase]:
    """Read and validate every case of the paraphrase file (the packaged one by default)."""
    path = path or DEFAULT_PATH
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ParaphraseError(f"cannot read paraphrase file {path}: {exc}; pass the path of paraphrases.jsonl") from exc
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            cases.append(ParaphraseCase.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise ParaphraseError(
                f"{path}:{number}: not a valid paraphrase case: {exc}; fix or remove that line"
            ) from exc
    return cases
