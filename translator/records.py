"""PLACEHOLDER until the records helper lands: the minimal Study interface the parser needs."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel, Field


class Eligibility(BaseModel):
    criteria: str = Field(description="eligibilityCriteria, byte for byte")


class Study(BaseModel):
    nct_id: str
    eligibility: Eligibility
    raw: dict[str, Any] = Field(default_factory=dict, repr=False)

    @property
    def criteria_sha(self) -> str:
        return hashlib.sha256(self.eligibility.criteria.encode()).hexdigest()
