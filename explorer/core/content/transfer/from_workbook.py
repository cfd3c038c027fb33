"""The first sheet of an .xlsx workbook as rows of text, through openpyxl (the `xlsx` extra)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from explorer.core.content.transfer.from_table import MAX_ROWS, TableError

# An .xlsx is a zip: its parts' sizes once unpacked are checked first, so a small file
# cannot stand for gigabytes of XML.
MAX_UNPACKED = 200 * 1024 * 1024
MAX_COLUMNS = 200


def workbook_rows(path: Path) -> list[list[str]]:
    try:
        import openpyxl
    except ImportError:
        raise TableError(
            "reading .xlsx needs openpyxl: pip install 'role-explorer[xlsx]', or save the sheet as CSV"
        ) from None
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise TableError("not an .xlsx workbook (it is not a zip file); save the sheet as CSV") from None
    if unpacked > MAX_UNPACKED:
        raise TableError(f"unpacks to {unpacked:,} bytes; workbooks over {MAX_UNPACKED:,} are refused")
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (KeyError, ValueError, OSError) as error:
        raise TableError(f"cannot be read as a workbook: {error}") from None
    rows: list[list[str]] = []
    try:
        sheet = book.active or book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise TableError(f"more than {MAX_ROWS:,} rows; split the sheet")
            cells = ["" if value is None else str(value) for value in row[:MAX_COLUMNS]]
            while cells and not cells[-1].strip():
                cells.pop()
            rows.append(cells)
    finally:
        book.close()
    while rows and not rows[0]:
        rows.pop(0)
    if not rows:
        raise TableError("the first sheet is empty; a header row is needed")
    return rows
