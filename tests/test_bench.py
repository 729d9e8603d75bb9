"""Benchmarks: sections of BENCHMARKS.md are replaced in place, others kept."""

from __future__ import annotations

from pathlib import Path

from assistant.bench import write_section


def test_write_section_replaces_only_its_own_section(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    write_section("A", "## A\n\nfirst\n", path)
    write_section("B", "## B\n\nother\n", path)
    write_section("A", "## A\n\nsecond\n", path)
    text = path.read_text()
    assert "second" in text and "first" not in text and "other" in text
    assert text.index("## A") < text.index("## B")
