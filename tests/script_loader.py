"""Load a script from ``scripts/`` (or any file) as a module, for tests of its functions.

The scripts are not a package; each test of one used to repeat the importlib dance.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(name: str, path: Path | None = None) -> ModuleType:
    """The module of ``scripts/<name>.py`` (or of ``path``), registered under ``name`` so the
    dataclasses it defines can look their module up."""
    spec = importlib.util.spec_from_file_location(name, path or SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
