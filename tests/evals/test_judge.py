"""The optional LLM judge against the local scripted OpenAI-compatible server (real HTTP, no patching)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from evals.cases import EvalCase, case_errors, cases_from_translation
from evals.judge import AGREEMENT_TABLE, DISAGREEMENT_TABLE, SUMMARY_TABLE, add_to_result, case_request, judge_cases
from evals.mutations import MUTATIONS
from evals.results import SuiteResult
from prompts import Prompt
from tests.corpus import corpus_records
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.errors import BackendError
from translator.llm_config import LLMConfig, LLMMode
from translator.llm_judge import JudgeVerdict, LLMJudge, VerdictSeverity, judge_messages, judge_prompt
from translator.offline import OfflineBackend
from translator.openai_server import Answer, ErrorReply, OpenAIServer
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.sources import load_study

MI = CriterionRequest(
    kind=SectionKind.EXCLUSION,
    items=[RequestItem(ref="1", text="Myocardial infarction within 6 months prior to enrollment")],
)
DROPPED = Rendering(bullets=[RenderedBullet(text="You had a heart attack.", refs=["1"])])
MAJOR = JudgeVerdict(
    source_entails_bullets=True,
    bullets_entail_source=False,
    omissions=["within 6 months prior to enrollment: the time window is gone"],
    severity=VerdictSeverity.MAJOR,
    explanation="Any heart attack ever would now keep the reader out.",
)
FAITHFUL = JudgeVerdict(
    source_entails_bullets=True, bullets_entail_source=True, severity=VerdictSeverity.NONE, explanation="Same meaning."
)


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as running:
        yield running


def make_config(server: OpenAIServer, **overrides: object) -> LLMConfig:
    values: dict[str, object] = {
        "base_url": server.base_url, "api_key": SecretStr("local-test"), "model": "judge-model", "timeout": 2.0,
        "max_reasks": 1, "max_http_retries": 1, "price_input_per_mtok": 1.0, "price_output_per_mtok": 2.0,
    }
    values.update(overrides)
    return LLMConfig.model_validate(values)


def sent_text(server: OpenAIServer, index: int) -> str:
    return "\n".join(str(m.get("content") or "") for m in server.history[index].body["messages"])


@pytest.mark.parametrize("mode", list(LLMMode))
def test_judge_returns_verdict_when_answer_valid(server: OpenAIServer, mode: LLMMode) -> None:
    server.enqueue(MAJOR)
    with LLMJudge(make_config(server, mode=mode)) as judge:
        judgement = judge.judge(MI, DROPPED)
    assert judgement.verdict == MAJOR and judgement.error is None and not judgement.cached
    assert not judgement.verdict.faithful_both_ways
    sent = sent_text(server, 0)
    assert "[1] Myocardial infarction within 6 months prior to enrollment" in sent
    assert "- You had a heart attack.  (renders 1)" in sent
    assert 'heading "You cannot join if…"' in sent
    assert server.history[0].body["temperature"] == 0
    usage = server.history[0].usage
    assert usage is not None
    assert (judgement.usage.calls, judgement.usage.prompt_tokens) == (1, usage["prompt_tokens"])


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ({**FAITHFUL.model_dump(), "omissions": ["the time window"]}, "bullets_entail_source must be false"),
        ({**FAITHFUL.model_dump(), "severity": "major"}, "severity must be 'none' exactly when"),
        ({**MAJOR.model_dump(), "omissions": []}, "list what is omitted"),
        ({**MAJOR.model_dump(), "source_entails_bullets": False}, "list what is added"),
    ],
    ids=["omission-but-entailed", "major-but-faithful", "no-omission-listed", "no-addition-listed"],
)
def test_judge_reasks_when_verdict_contradicts_itself(server: OpenAIServer, answer: dict[str, Any],
                                                      problem: str) -> None:
    server.enqueue(Answer(answer), MAJOR)
    with LLMJudge(make_config(server)) as judge:
        judgement = judge.judge(MI, DROPPED)
    assert len(server.history) == 2
    assert problem in sent_text(server, 1)
    assert judgement.verdict == MAJOR and judgement.usage.calls == 2


def test_judge_caches_verdict_under_prompt_sha(server: OpenAIServer, tmp_path: Path) -> None:
    server.enqueue(MAJOR)
    with LLMJudge(make_config(server), cache_dir=tmp_path) as judge:
        first = judge.judge(MI, DROPPED)
    with LLMJudge(make_config(server), cache_dir=tmp_path) as judge:  # a later run
        again = judge.judge(MI, DROPPED)
        other_bullets = judge.key(MI, Rendering(bullets=[RenderedBullet(text="You had an MI.", refs=["1"])]))
        assert other_bullets != judge.key(MI, DROPPED)
    assert len(server.history) == 1
    assert again.cached and again.verdict == first.verdict
    assert (again.usage.calls, again.usage.cached_calls) == (0, 1)
    edited = Prompt.from_text("judge_rendering", judge_prompt_text() + "\nBe strict.")
    server.enqueue(FAITHFUL)
    with LLMJudge(make_config(server), cache_dir=tmp_path, prompt=edited) as judge:
        assert judge.judge(MI, DROPPED).verdict == FAITHFUL  # a new prompt sha misses the old verdict
    assert len(server.history) == 2


def judge_prompt_text() -> str:
    return (Path(__file__).resolve().parents[2] / "prompts" / "templates" / "judge_rendering.md").read_text()


def test_judge_gives_no_verdict_and_caches_nothing_when_server_keeps_failing(
    server: OpenAIServer, tmp_path: Path
) -> None:
    server.enqueue(ErrorReply(500, "model overloaded"), ErrorReply(500, "model overloaded"), MAJOR)
    with LLMJudge(make_config(server), cache_dir=tmp_path) as judge:
        failed = judge.judge(MI, DROPPED)
        assert failed.verdict is None and failed.error is not None
        assert "HTTP 500" in failed.error and "model overloaded" in failed.error
        assert judge.judge(MI, DROPPED).verdict == MAJOR  # not cached: asked again
    assert len(server.history) == 3


@pytest.mark.parametrize("status", [401, 404])
def test_judge_raises_when_endpoint_refuses_key_or_model(server: OpenAIServer, status: int) -> None:
    server.enqueue(ErrorReply(status, "nope"))
    with LLMJudge(make_config(server)) as judge, pytest.raises(BackendError, match=f"HTTP {status}"):
        judge.judge(MI, DROPPED)


def test_judge_raises_when_api_key_empty(server: OpenAIServer) -> None:
    with pytest.raises(BackendError, match="no API key"):
        LLMJudge(make_config(server, api_key=SecretStr("")))


def _real_cases() -> list[EvalCase]:
    # The first corpus record whose offline translation gives a few cases that pass the checks.
    translator = Translator(OfflineBackend())
    for record in corpus_records():
        study = load_study(record)
        doc = parse_criteria(study.eligibility.criteria)
        translation = translator.translate(doc, nct_id=study.nct_id)
        cases = [c for c in cases_from_translation(doc, translation, origin="offline")
                 if c.bullets and not case_errors(c)]
        if len(cases) >= 3:
            return cases[:3]
    raise AssertionError("no corpus record with three clean offline cases")


def test_judge_cases_sets_verdicts_beside_checks_on_real_record(server: OpenAIServer) -> None:
    clean = _real_cases()
    rng = random.Random(3)
    planted = next(m for c in clean for name in ("number_changed", "negation_dropped", "bullet_dropped")
                   if name in MUTATIONS and (m := MUTATIONS[name](c, rng)) is not None and case_errors(m))
    cases = [*clean, planted]
    planted_text = judge_messages(judge_prompt(), *case_request(planted))[1]["content"]

    def verdict(body: dict[str, Any]) -> JudgeVerdict:
        # The scripted judge spots the planted error, and (wrongly) one clean case too.
        user = str(body["messages"][-1]["content"])
        if user == planted_text or user == judge_messages(judge_prompt(), *case_request(clean[0]))[1]["content"]:
            return MAJOR
        return FAITHFUL

    server.default = lambda body: Answer(verdict)
    with LLMJudge(make_config(server)) as judge:
        report = judge_cases(cases, judge)
    assert len(report.cases) == 4 and len(server.history) == 4
    assert report.cases[-1].check_errors and report.cases[-1].judge_faithful is False
    result = SuiteResult(suite="smoke")
    add_to_result(result, report)
    (summary,) = result.tables[SUMMARY_TABLE]
    assert (summary["judged"], summary["judge_major"], summary["agreement"], summary["calls"]) == (4, 2, 0.75, 4)
    assert result.tables[AGREEMENT_TABLE] == [
        {"judge": "faithful", "checks_clean": 2, "checks_error": 0},
        {"judge": "major problem", "checks_clean": 1, "checks_error": 1},
    ]
    (row,) = result.tables[DISAGREEMENT_TABLE]
    assert row["case"] == clean[0].case_id and row["checks"] == "clean"
    assert result.metrics == [] and result.examples == []  # a second opinion: nothing here can gate


def test_eval_command_adds_judge_tables_when_judge_asked(server: OpenAIServer, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from service.cli import app

    records = tmp_path / "two.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()[:2]), encoding="utf-8")
    server.default = lambda body: Answer(FAITHFUL)
    for name, value in {"BASE_URL": server.base_url, "API_KEY": "local-test", "MODEL": "judge-model"}.items():
        monkeypatch.setenv(f"TRIALPLAIN_LLM_{name}", value)
    monkeypatch.setenv("TRIALPLAIN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TRIALPLAIN_LIVE", "false")
    out = tmp_path / "smoke.json"
    args = ["eval", "--suite", "smoke", str(records), "--backend", "offline", "--judge", "--json", str(out)]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    (summary,) = json.loads(out.read_text())["tables"][SUMMARY_TABLE]
    assert summary["judged"] == summary["calls"] == len(server.history) > 0
    again = CliRunner().invoke(app, args)  # a re-run reads every verdict from the cache
    assert again.exit_code == 0, again.output
    (summary_again,) = json.loads(out.read_text())["tables"][SUMMARY_TABLE]
    assert (summary_again["calls"], summary_again["cached"]) == (0, summary["judged"])
    refused = CliRunner().invoke(app, ["eval", "--suite", "mutations", str(records), "--judge"])
    assert refused.exit_code == 2 and "smoke and corpus suites only" in refused.output
