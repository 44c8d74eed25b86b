"""The entries of the project's plain-language lexicon: terms, abbreviations and their senses.

A term ("myocardial infarction") has one plain wording and says how a backend may use it; an
abbreviation ("PD") has one or more senses, each with an expansion, an optional plain gloss and,
when there are several, the cue words that tell them apart (see translator.abbreviations).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Use(StrEnum):
    """How a backend may use an entry's plain wording."""

    SUBSTITUTE = "substitute"  # the plain wording replaces the term in a sentence without loss
    DEFINE = "define"  # keep the term, attach a Definition (a substitution would lose precision)
    KEEP = "keep"  # a name (drug, gene, scale, body): keep it; the plain wording is a short gloss


class Kind(StrEnum):
    """What an entry names; lets a report or a backend treat, say, drugs differently from labs."""

    ANATOMY = "anatomy"
    CONDITION = "condition"
    SYMPTOM = "symptom"
    PROCEDURE = "procedure"
    TEST = "test"
    LAB = "lab"
    TREATMENT = "treatment"
    DRUG = "drug"
    DRUG_CLASS = "drug_class"
    GENE = "gene"
    SCALE = "scale"
    TRIAL = "trial"
    UNIT = "unit"
    ORGANISATION = "organisation"
    NUMERAL = "numeral"
    GENERAL = "general"


class TermEntry(BaseModel):
    """A technical word or phrase, matched case-insensitively, singular or plural."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    term: str = Field(min_length=1, description="The term in its singular form, e.g. 'myocardial infarction'.")
    use: Use
    plain: str = Field(min_length=1, description="Plain wording: a drop-in replacement for substitute, else a gloss.")
    plain_plural: str | None = Field(
        default=None, description="Drop-in replacement for the plural, when the term has one ('heart attacks')."
    )
    variants: tuple[str, ...] = Field(default=(), description="Other spellings or forms that mean the same.")
    kind: Kind

    @field_validator("term", "plain", "plain_plural")
    @classmethod
    def _trimmed(cls, value: str | None) -> str | None:
        if value is not None and value != value.strip():
            raise ValueError(f"{value!r} has spaces at its ends; trim it")
        return value

    @model_validator(mode="after")
    def _plain_differs(self) -> TermEntry:
        if self.plain.lower() == self.term.lower():
            raise ValueError(f"the plain wording of {self.term!r} repeats the term; write what it means")
        if self.plain_plural is not None and self.use is not Use.SUBSTITUTE:
            raise ValueError(f"{self.term!r} has a plural plain wording but is not a substitute entry; drop it")
        return self


class Sense(BaseModel):
    """One meaning of an abbreviation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    expansion: str = Field(min_length=1, description="What the letters stand for, e.g. 'alanine aminotransferase'.")
    plain: str | None = Field(
        default=None, min_length=1, description="A short plain gloss, e.g. 'a liver enzyme measured in the blood'."
    )
    use: Use = Field(default=Use.DEFINE, description="How a backend may use it (see Use).")
    cues: tuple[str, ...] = Field(default=(), description="Lower-case word starts that signal this sense.")
    word: bool = Field(default=False, description="This 'sense' is the ordinary English word, not an abbreviation.")

    @property
    def wording(self) -> str:
        """The plain wording a substitution uses: the gloss if there is one, else the expansion."""
        return self.plain or self.expansion

    @property
    def explanation(self) -> str:
        """Expansion and gloss together, for a Definition."""
        if self.plain is None or self.plain.lower() == self.expansion.lower():
            return self.expansion
        return f"{self.expansion}: {self.plain}"


class AbbreviationEntry(BaseModel):
    """An abbreviation, matched case-sensitively, with one sense or several told apart by cues."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    abbreviation: str = Field(min_length=1, description="As written, case-sensitive, e.g. 'eGFR'.")
    kind: Kind
    senses: tuple[Sense, ...] = Field(min_length=1)
    variants: tuple[str, ...] = Field(default=(), description="Other spellings with the same senses ('HbA1C').")
    caps_word: bool = Field(
        default=False,
        description="Also an English word ('WHO', 'ALL'): not matched where the neighbouring words are in capitals.",
    )

    @model_validator(mode="after")
    def _senses_are_resolvable(self) -> AbbreviationEntry:
        if len(self.senses) > 1:
            for sense in self.senses:
                if not sense.cues:
                    raise ValueError(
                        f"sense {sense.expansion!r} of ambiguous {self.abbreviation!r} has no cues; "
                        "give each sense of an abbreviation with several senses a list of cue words"
                    )
        elif self.senses[0].word:
            raise ValueError(f"the only sense of {self.abbreviation!r} is marked word; drop the entry instead")
        for sense in self.senses:
            if sense.expansion == self.abbreviation:
                raise ValueError(f"the expansion of {self.abbreviation!r} repeats it; write what it stands for")
        return self

    @property
    def ambiguous(self) -> bool:
        return len(self.senses) > 1
