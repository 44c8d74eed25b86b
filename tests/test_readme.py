"""The README stays true: it opens with the two set-up commands and documents every setting."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic_settings import BaseSettings

from service.settings import ServiceSettings
from translator.settings import TranslatorSettings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_exactly_the_two_setup_commands() -> None:
    first_block = re.search(r"```(?:sh|bash)?\n(.*?)```", README, re.S)
    assert first_block is not None, "the README has no code block"
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    assert README.index("```") < README.index("\n## "), "the set-up commands come before any section"


@pytest.mark.parametrize("settings", [TranslatorSettings, ServiceSettings], ids=lambda s: s.__name__)
def test_readme_documents_every_setting(settings: type[BaseSettings]) -> None:
    prefix = settings.model_config.get("env_prefix", "")
    missing = [f"{prefix}{name}".upper() for name in settings.model_fields
               if f"`{prefix}{name}`".upper() not in README.upper()]
    assert not missing, f"README.md does not document {missing}"


def test_readme_documents_only_settings_that_exist() -> None:
    known = {f"TRIALPLAIN_{name}".upper() for s in (TranslatorSettings, ServiceSettings) for name in s.model_fields}
    known.add("TRIALPLAIN_TEST_POSTGRES_URL")  # read by the test suite, not by the package
    documented = set(re.findall(r"`(TRIALPLAIN_[A-Z0-9_]+)`", README))
    assert documented, "the README documents no settings"
    assert documented <= known, f"README.md documents settings that do not exist: {sorted(documented - known)}"
