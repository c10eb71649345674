"""Reading an HR system's CSV: encodings, delimiters, header names, bad rows."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from backend.identity.structure_import.rows import FileRejected, parse

HEADER_DA = "e-mail;navn;enhed;leder_email;stilling;leder_siden;roller"
HEADER_EN = "email,name,unit,manager_email,job_title,leader_since,roles"


def rows_of(text: str, encoding: str = "utf-8") -> list[tuple[int, str, str]]:
    parsed = parse(text.encode(encoding))
    return [(row.line, row.email, row.name) for row in parsed.rows]


def test_danish_excel_semicolons_in_windows_1252() -> None:
    text = (
        f"{HEADER_DA}\r\n"
        "Søren.Ærø@Fjordby.dk;Søren Ærø;Fjordby Kommune > Børn og Unge;;"
        "Direktør;01-02-2015;leder\r\n"
        "åse@fjordby.dk;Åse Øberg;Fjordby Kommune > Børn og Unge > Dagtilbud;søren.ærø@fjordby.dk;"
        "Pædagog;;\r\n"
    )
    parsed = parse(text.encode("cp1252"))
    assert parsed.rejections == []
    first, second = parsed.rows
    assert first.email == "søren.ærø@fjordby.dk" and first.name == "Søren Ærø"
    assert first.unit_path == ("Fjordby Kommune", "Børn og Unge")
    assert first.leader_since == date(2015, 2, 1) and first.roles == frozenset({"LEADER"})
    assert second.manager_email == "søren.ærø@fjordby.dk" and second.roles == frozenset()
    assert second.unit_path[-1] == "Dagtilbud" and second.leader_since is None


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_unicode_with_and_without_a_byte_order_mark(encoding: str) -> None:
    text = f"{HEADER_EN}\na@x.dk,Ærlige Åge,Rådhus/Løn,,,2020-05-01,MENTOR|LEADER\n"
    parsed = parse(text.encode(encoding))
    assert parsed.rejections == []
    row = parsed.rows[0]
    assert row.name == "Ærlige Åge" and row.unit_path == ("Rådhus", "Løn")
    assert row.roles == frozenset({"MENTOR", "LEADER"}) and row.leader_since == date(2020, 5, 1)
    assert codecs.BOM_UTF8 not in row.email.encode()


def test_missing_columns_are_named() -> None:
    with pytest.raises(FileRejected) as refused:
        parse(b"email;navn;stilling\na@x.dk;A;B\n")
    assert refused.value.key == "import.missing_columns"
    assert refused.value.params == {"columns": "enhed/unit, leder_email/manager_email"}


def test_optional_columns_may_be_absent() -> None:
    parsed = parse(b"navn,e-mail,enhed,leder_email\nA,a@x.dk,,\n")
    assert parsed.columns == {"name", "email", "unit", "manager_email"}
    assert parsed.rows[0].roles is None and parsed.rows[0].job_title is None


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00", "import.excel_file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "import.excel_file"),
        (b"email,name,unit,manager_email\n\x00\x01\x02", "import.not_csv"),
        (b"\n\n  \n", "import.empty"),
        (b"email,e-mail,name,unit,manager_email\n", "import.duplicate_column"),
    ],
)
def test_files_that_are_not_a_usable_csv(data: bytes, key: str) -> None:
    with pytest.raises(FileRejected) as refused:
        parse(data)
    assert refused.value.key == key


def test_each_bad_row_is_reported_with_its_line_and_the_rest_are_kept() -> None:
    text = "\n".join(
        [
            HEADER_EN,
            "ok@x.dk,Ok,Unit,,,,",
            "",  # blank lines are skipped but counted
            "not-an-email,Bad,Unit,,,,",
            'multi@x.dk,"Two\nLines",Unit,,,,',
            "noname@x.dk,,Unit,,,,",
            "date@x.dk,Date,Unit,,,31-02-2020,",
            "role@x.dk,Role,Unit,,,,LEADER|king",
            "admin@x.dk,Admin,Unit,,,,admin",
            "self@x.dk,Self,Unit,self@x.dk,,,",
            "short@x.dk,Short",
            "padded@x.dk,Padded,Unit,,,,,,,",
            "long@x.dk,Long,Unit,,,,,extra",
            "unit@x.dk,Unit,A >  > B,,,,",
        ]
    )
    parsed = parse(text.encode())
    assert [(r.line, r.email) for r in parsed.rows] == [
        (2, "ok@x.dk"),
        (5, "multi@x.dk"),
        (13, "padded@x.dk"),
    ]
    assert [(r.line, r.key) for r in parsed.rejections] == [
        (4, "import.row.email"),
        (7, "import.row.name"),
        (8, "import.row.date"),
        (9, "import.row.role"),
        (10, "import.row.admin_role"),
        (11, "import.row.manager_self"),
        (12, "import.row.columns"),
        (14, "import.row.columns"),
        (15, "import.row.unit"),
    ]
    assert parsed.rejections[3].params == {"value": "king"}
