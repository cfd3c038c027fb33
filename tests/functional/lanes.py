"""The quick lane (`pytest -m "not slow"`) and the full suite."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest


def one_in_the_quick_lane(cases: Iterable[Any], keep: int = 0) -> list[Any]:
    """Parametrize values for a sweep: all of them in the full suite, only `cases[keep]` in the quick lane."""
    return [case if i == keep else pytest.param(case, marks=pytest.mark.slow) for i, case in enumerate(cases)]
