"""Fuzz the loaders: whatever the bytes, they report problems; they never raise or hang.

The budget is small for CI. Run longer with, for example:
    ROLE_EXPLORER_FUZZ_EXAMPLES=5000 python -m pytest tests/unit/test_fuzz.py
"""

import os
import tempfile
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.content.loader import load_catalog
from explorer.core.plans.model import PlanFormatError, plan_from_data
from explorer.core.plans.store import PlanError, PlanStore

EXAMPLES = int(os.environ.get("ROLE_EXPLORER_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

ROLE_KEYS = [
    "id",
    "title",
    "aliases",
    "track",
    "level",
    "summary",
    "responsibilities",
    "skills",
    "experience",
    "salary",
    "reports_to",
    "manages",
    "next_steps",
    "title_notes",
    "sources",
    "education",
    "typo",
]
scalars = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)
toml_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(ROLE_KEYS + ["id", "text", "area", "to", "kind", "advice"]), children, max_size=5
        ),
    ),
    max_leaves=20,
)
documents = st.dictionaries(st.sampled_from(ROLE_KEYS), toml_values, max_size=12)


def load_one(name: str, content: bytes):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, name).write_bytes(content)
        return load_catalog([Path(folder)])


@FUZZ
@given(documents)
def test_content_loader_reports_wrong_shapes(document):
    result = load_one("role.toml", tomli_w.dumps(document).encode())
    for problem in result.problems:
        assert "\n" not in str(problem)


@FUZZ
@given(st.binary(max_size=2000))
def test_content_loader_survives_random_bytes(data):
    for name in ("role.toml", "sources.toml", "ladders.toml"):
        load_one(name, data)


@FUZZ
@given(st.text(alphabet="[]{}=\"'\\\n #.,=abc123-_\t", max_size=300))
def test_content_loader_survives_toml_lookalike_text(text):
    load_one("role.toml", text.encode())


@FUZZ
@given(documents)
def test_plan_parser_only_raises_its_own_error(document):
    try:
        plan_from_data(document)
    except PlanFormatError:
        pass


@FUZZ
@given(st.binary(max_size=2000))
def test_plan_store_only_raises_plan_errors(data):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "p.toml").write_bytes(data)
        try:
            PlanStore(Path(folder)).load("p")
        except PlanError as error:
            assert "\n" not in str(error)
