"""The LLM judge in the harness: a second opinion beside the deterministic checks, never the gate.

Each eval case (a top-level criterion and the bullets citing it) goes to `translator.llm_judge`;
the verdicts are set against the checks' findings on the same case. Where the two disagree is the
interesting part: the judge flagging what the checks pass points at a check that may miss
something, and the reverse at a possible false alarm. The results go into `SuiteResult.tables`
only (not metrics, not examples), so neither the thresholds, the baseline nor JUnit gate on them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pydantic import BaseModel, Field

from evals.cases import EvalCase, case_errors, cases_from_translation
from evals.results import SuiteResult
from translator.backend import Backend, CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.llm_judge import JudgeVerdict, LLMJudge, VerdictSeverity
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.records import Study
from translator.translation import Usage

SUMMARY_TABLE = "LLM judge (second opinion, not gated)"
AGREEMENT_TABLE = "LLM judge vs fidelity checks"
DISAGREEMENT_TABLE = "LLM judge disagreements"


class JudgedCase(BaseModel):
    case_id: str
    nct_id: str
    check_errors: list[str] = Field(description="The deterministic checks' error findings on the case (check names).")
    verdict: JudgeVerdict | None = None
    error: str | None = None

    @property
    def judge_faithful(self) -> bool | None:
        """None without a verdict; a minor difference counts as faithful (it would not change who can join)."""
        if self.verdict is None:
            return None
        return self.verdict.severity is not VerdictSeverity.MAJOR


class JudgeReport(BaseModel):
    cases: list[JudgedCase] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)


def case_request(case: EvalCase) -> tuple[CriterionRequest, Rendering]:
    """The case as the judge reads it: its criteria as request items (ids as refs) and its bullets."""
    kind = case.sources[0].kind
    request = CriterionRequest(kind=kind, items=[RequestItem(ref=s.id, text=s.text) for s in case.sources])
    rendering = Rendering(bullets=[
        RenderedBullet(text=b.text, refs=list(b.source_ids), depth=min((r.count(".") for r in b.source_ids), default=0))
        for b in case.bullets
    ])
    return request, rendering


def judge_cases(cases: Iterable[EvalCase], judge: LLMJudge, *,
                progress: Callable[[int], None] | None = None) -> JudgeReport:
    """Judge every case that has bullets, with the checks' errors beside each verdict."""
    report = JudgeReport()
    for case in cases:
        if not case.bullets or not case.sources:
            continue
        judgement = judge.judge(*case_request(case))
        report.usage += judgement.usage
        report.cases.append(JudgedCase(
            case_id=case.case_id, nct_id=case.nct_id, check_errors=[f.check for f in case_errors(case)],
            verdict=judgement.verdict, error=judgement.error))
        if progress:
            progress(1)
    return report


def judge_studies(studies: Iterable[Study], backend: Backend, judge: LLMJudge, *,
                  progress: Callable[[int], None] | None = None) -> JudgeReport:
    """Translate each study with `backend` and judge each of its criteria."""
    translator = Translator(backend)
    cases: list[EvalCase] = []
    for study in studies:
        doc = parse_criteria(study.eligibility.criteria)
        translation = translator.translate(doc, nct_id=study.nct_id, study=study)
        cases += cases_from_translation(doc, translation, origin=backend.identity.backend)
    return judge_cases(cases, judge, progress=progress)


def add_to_result(result: SuiteResult, report: JudgeReport, *, max_rows: int = 100) -> None:
    """Put the judge's figures and disagreements into the result's tables (never its metrics)."""
    judged = [c for c in report.cases if c.verdict is not None]
    both_bad = sum(1 for c in judged if not c.judge_faithful and c.check_errors)
    both_good = sum(1 for c in judged if c.judge_faithful and not c.check_errors)
    judge_only = [c for c in judged if not c.judge_faithful and not c.check_errors]
    checks_only = [c for c in judged if c.judge_faithful and c.check_errors]
    result.tables[SUMMARY_TABLE] = [{
        "cases": len(report.cases),
        "judged": len(judged),
        "no_verdict": len(report.cases) - len(judged),
        "judge_major": sum(1 for c in judged if not c.judge_faithful),
        "judge_minor": sum(1 for c in judged if c.verdict and c.verdict.severity is VerdictSeverity.MINOR),
        "agreement": round((both_bad + both_good) / len(judged), 4) if judged else 0.0,
        "calls": report.usage.calls,
        "cached": report.usage.cached_calls,
        "cost_usd": round(report.usage.cost_usd, 6),
    }]
    result.tables[AGREEMENT_TABLE] = [
        {"judge": "faithful", "checks_clean": both_good, "checks_error": len(checks_only)},
        {"judge": "major problem", "checks_clean": len(judge_only), "checks_error": both_bad},
    ]
    rows: list[dict[str, str | float | int]] = []
    for case in [*judge_only, *checks_only][:max_rows]:
        verdict = case.verdict
        assert verdict is not None  # only judged cases are listed
        rows.append({
            "case": case.case_id,
            "judge": verdict.severity.value,
            "checks": ", ".join(case.check_errors) or "clean",
            "omissions": "; ".join(verdict.omissions),
            "additions": "; ".join(verdict.additions),
            "explanation": verdict.explanation,
        })
    failed = [c for c in report.cases if c.verdict is None][: max(max_rows - len(rows), 0)]
    rows += [{"case": c.case_id, "judge": "no verdict", "checks": ", ".join(c.check_errors) or "clean",
              "omissions": "", "additions": "", "explanation": c.error or ""} for c in failed]
    result.tables[DISAGREEMENT_TABLE] = rows
