"""The README's Python quick start runs as written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize("code", python_blocks())
def test_readme_python_block(code: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Run where the README's relative paths resolve (data/ is a link to the
    # repository's) and where the files it writes land in a temporary directory.
    (tmp_path / "data").symlink_to(ROOT / "data")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert capsys.readouterr().out.strip()


def test_readme_has_python_quick_start() -> None:
    assert python_blocks()
