"""The quick yes/no shape test may only ever be stricter than the full check."""

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.content import spec
from explorer.core.content.validate import _passes, check, check_all

FILE_SHAPES = (spec.ROLE, spec.SOURCES_FILE, spec.LADDERS_FILE, spec.PLAN_FILE)
LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 30),
    st.floats(allow_nan=True),
    st.text(max_size=8),
    st.sampled_from(
        ["", "  ", "\u00a0", "abc", "Abc", "a-b", "management", "strategy", "promotion", "x" * 30_000]
    ),
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


def all_shapes(shape, found):
    found.append(shape)
    if isinstance(shape, spec.ListOf):
        all_shapes(shape.item, found)
    elif isinstance(shape, spec.Table):
        for field in shape.fields.values():
            all_shapes(field, found)
    return found


SHAPES = [shape for file_shape in FILE_SHAPES for shape in all_shapes(file_shape, [])]


@settings(max_examples=300, deadline=None)
@given(VALUES, st.sampled_from(range(len(SHAPES))))
def test_a_value_the_quick_test_passes_has_no_problems(value, which):
    shape = SHAPES[which]
    if _passes(shape)(value):
        assert check_all(value, shape) == []


def test_every_fixture_file_gets_the_same_problems_either_way(data_dir):
    checked = 0
    for path in sorted(data_dir.rglob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError, RecursionError):
            continue
        for shape in FILE_SHAPES:
            assert check(data, shape) == check_all(data, shape), path
            checked += 1
    assert checked > 20


def test_valid_fixture_roles_pass_the_quick_test(data_dir):
    data = tomllib.loads((data_dir / "minimal" / "alpha.toml").read_text(encoding="utf-8"))
    assert _passes(spec.ROLE)(data)
