"""Opt-in: the LLM backend against a real OpenAI-compatible endpoint.

Runs only with `pytest -m live` AND TRIALPLAIN_LLM_API_KEY set (plus optional TRIALPLAIN_LLM_BASE_URL,
TRIALPLAIN_LLM_MODEL, TRIALPLAIN_LLM_MODE); a plain `pytest` never calls a remote API.
"""

from __future__ import annotations

import os

import pytest
from pydantic import SecretStr

from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.fake_backend import ScriptedBackend
from translator.llm import LLMBackend
from translator.llm_config import LLMConfig, LLMMode

pytestmark = pytest.mark.live


@pytest.fixture
def live_config(request: pytest.FixtureRequest) -> LLMConfig:
    selected = str(request.config.getoption("markexpr") or "")
    if "live" not in selected or "not live" in selected:
        pytest.skip("live LLM tests run only with -m live")
    key = os.environ.get("TRIALPLAIN_LLM_API_KEY")
    if not key:
        pytest.skip("set TRIALPLAIN_LLM_API_KEY (and TRIALPLAIN_LLM_BASE_URL / _MODEL / _MODE) to run live tests")
    return LLMConfig(
        base_url=os.environ.get("TRIALPLAIN_LLM_BASE_URL", "https://api.openai.com/v1"),
        api_key=SecretStr(key),
        model=os.environ.get("TRIALPLAIN_LLM_MODEL", "gpt-4o-mini"),
        mode=LLMMode(os.environ.get("TRIALPLAIN_LLM_MODE", "tools")),
    )


def test_live_render_keeps_numbers_and_polarity(live_config: LLMConfig) -> None:
    request = CriterionRequest(
        kind=SectionKind.EXCLUSION,
        items=[RequestItem(ref="1", text="Myocardial infarction within 6 months prior to enrollment")],
    )
    fallback = ScriptedBackend()  # raises if used: the live model must answer faithfully
    with LLMBackend(live_config, fallback) as backend:
        rendering = backend.render(request)
    assert rendering.flags == []
    assert "6" in rendering.bullets[0].text
    assert rendering.usage.calls >= 1 and rendering.usage.prompt_tokens > 0
