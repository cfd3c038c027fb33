from explorer.core.content.toml_lines import KeyLines

DOCUMENT = '''id = "x"
summary = """
line one
level = 99
"""
"quoted.key" = 1
dotted.inner = 2

[experience]
notes = "n"

[[responsibilities]]
id = "a"

[[responsibilities]]
id = "b"
text = "t"
'''


def test_top_level_and_multiline_strings_are_skipped():
    lines = KeyLines(DOCUMENT)
    assert lines.line_of(("id",)) == 1
    assert lines.line_of(("summary",)) == 2
    # "level = 99" is inside the multi-line string, so it must not be taken for a key.
    assert lines.line_of(("level",)) is None


def test_quoted_dotted_tables_and_arrays_of_tables():
    lines = KeyLines(DOCUMENT)
    assert lines.line_of(("quoted.key",)) == 6
    assert lines.line_of(("dotted", "inner")) == 7
    assert lines.line_of(("experience", "notes")) == 10
    assert lines.line_of(("responsibilities", 0, "id")) == 13
    assert lines.line_of(("responsibilities", 1, "text")) == 17


def test_missing_key_falls_back_to_nearest_ancestor():
    lines = KeyLines(DOCUMENT)
    assert lines.line_of(("responsibilities", 1, "area")) == 15
    assert lines.line_of(("experience", "product_years_min")) == 9
