"""A chapter's side tab (issue 13): its number and name set in the margin left of the text, at
the same place on page after page ('3' over 'Paragrafen'), is page furniture. Read into the
lines beside it, it hid a table's caption ('Paragrafen   Tabel 3.4.1 ...') and became a
column header ('Jaarrekening Activa'). A heading's number hung in the margin, different on
every page, is no tab and stays. The figures are made up for the fictitious Proefdorp.
"""

from __future__ import annotations

from .pdfmaker import figures_of, flush_right, read_pdf


def _page(tab: str, number: str, caption: str, rows: list[tuple[str, str, str]]) -> list:
    return [
        [(20, number), (90, "Dinkelland werkt samen in gemeenschappelijke regelingen.")],
        "",
        [(20, tab), (90, caption)],
        [flush_right(420, "Begroot 2024"), flush_right(520, "Werkelijk 2024")],
        [(90, "Verbonden partij")],
        *([(90, label), flush_right(420, a), flush_right(520, b)] for label, a, b in rows),
        "",
        [(90, "Bedragen in euro's.")],
    ]


PAGES = [
    _page("Programma's", "2", "Tabel 2.4.1 Lasten per programma",
          [("Inclusieve samenleving", "31.207.400", "30.912.118")]),
    _page("Paragrafen", "3", "Tabel 3.4.1 Bijdragen aan verbonden partijen",
          [("Regio Twente", "1.148.600", "1.162.085"),
           ("Omgevingsdienst Twente", "624.500", "611.370")]),
    _page("Paragrafen", "3", "Tabel 3.5.1 Grondexploitaties",
          [("Plan Oldenzaalsestraat", "2.874.000", "2.911.450")]),
    _page("Paragrafen", "3", "Tabel 3.6.1 Onderhoud kapitaalgoederen",
          [("Wegen", "1.912.000", "1.877.365")]),
]



def test_a_side_tab_repeated_in_the_margin_is_no_part_of_the_lines_beside_it() -> None:
    text = read_pdf(PAGES)
    assert "Paragrafen" not in text
    assert "Programma's" not in text
    cells = figures_of(text)
    paid = [c for c in cells if c.row == "Regio Twente" and c.column == "Werkelijk 2024"]
    assert [(c.table, c.value) for c in paid] == [
        ("Tabel 3.4.1 Bijdragen aan verbonden partijen", 1162085)
    ]


def test_a_heading_number_hung_in_the_margin_differs_per_page_and_stays() -> None:
    titles = ["Weerstandsvermogen", "Onderhoud kapitaalgoederen", "Financiering", "Grondbeleid"]
    pages = [
        [[(50, f"3.{k}"), (90, title)], "",
         [(90, f"Over {title.lower()} leest u hier wat Dinkelland in 2024 deed.")]]
        for k, title in enumerate(titles, start=1)
    ]
    text = read_pdf(pages)
    for k, title in enumerate(titles, start=1):
        assert f"3.{k}" in text
        assert title in text
