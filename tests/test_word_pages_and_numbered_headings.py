"""Pages saved from Word and PDF budgets whose headings carry their numbers (issue 13):
header rows of plain cells over cells that span, amounts broken by a no-break space after a
thousands point, headings numbered '2.4.4' under '2.4', lists of key figures without a colon,
'n.b.' for a year without a figure, a header's date alone on its line. Made-up figures for
Proefdorp and the GGD Proefland."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from assistant.figures import document_figures
from assistant.html import html_text
from assistant.parsing import parse_sections

from .conftest import text_answerer


def _td(text: str, span: str = "") -> str:
    # every cell as Word writes it: a MsoNormal paragraph inside a td, never a th
    return (
        f"<td {span} valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal>"
        f"<span style='font-size:9.0pt'>{text}<o:p></o:p></span></p></td>"
    )


WORD_PAGE = (
    "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>"
    "<meta http-equiv=Content-Type content='text/html; charset=windows-1252'></head>"
    "<body lang=NL><div class=WordSection1>"
    "<h1>2 Jaarrekening</h1>"
    "<p class=MsoCaption>Tabel 3 Lasten per programma (bedragen in euro's)</p>"
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
    "<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>"
    + _td("Programma", "rowspan=2")
    + _td("Begroting 2027", "colspan=2")
    + _td("Realisatie 2027", "rowspan=2")
    + _td("Verschil", "rowspan=2")
    + "</tr><tr style='mso-yfti-irow:1'>"
    + _td("Primitief")
    + _td("Na wijziging")
    + "</tr><tr style='mso-yfti-irow:2'>"
    + _td("Jeugdgezondheidszorg")
    + _td("14.862.400")
    + _td("15.218.600")
    + _td("14.906.&nbsp;318")
    + _td("312.282")
    + "</tr><tr style='mso-yfti-irow:3;mso-yfti-lastrow:yes'>"
    + _td("Toezicht")
    + _td("1.986.500")
    + _td("2.034.&nbsp;800")
    + _td("1.958.214")
    + _td("76.586")
    + "</tr></table>"
    "<p class=MsoCaption>Tabel 5 Bijdragen per deelnemende gemeente</p>"
    "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
    "<tr>"
    + _td("Gemeente", "rowspan=2")
    + _td("Grondslag 1-1-2026", "colspan=2")
    + _td("Bijdrage 2027 (in euro's)", "colspan=2")
    + _td("Totaal bijdrage 2026", "rowspan=2")
    + "</tr><tr>"
    + _td("Inwoners")
    + _td("Jeugdigen")
    + _td("Publieke gezondheid")
    + _td("Totaal")
    + "</tr><tr>"
    + _td("Ruigendorp")
    + _td("92.450")
    + _td("18.212")
    + _td("2.923.269")
    + _td("8.019.995")
    + _td("7.664.218")
    + "</tr></table>"
    "</div></body></html>"
).encode("cp1252")


def _word_cells(tmp_path: Path):
    text = html_text(WORD_PAGE, tmp_path / "jaarstukken.htm")
    return document_figures(parse_sections(text), document_id="g", municipality="GGD Proefland")


def test_word_header_rows_of_plain_cells_name_each_column_with_its_group(tmp_path) -> None:
    """Word writes header rows as ordinary cells; a cell that spans columns above others is
    their group ('Begroting 2027' over 'Primitief' and 'Na wijziging')."""
    cells = _word_cells(tmp_path)
    youth = {c.column: c for c in cells if c.row == "Jeugdgezondheidszorg"}
    assert youth["Begroting 2027 Na wijziging"].value == Decimal("15218600")
    assert youth["Begroting 2027 Na wijziging"].period == "2027"
    assert youth["Begroting 2027 Primitief"].value == Decimal("14862400")
    member = {c.column: c for c in cells if c.row == "Ruigendorp"}
    assert member["Totaal Bijdrage 2027"].value == Decimal("8019995")
    assert member["Totaal Bijdrage 2027"].period == "2027"
    assert member["Totaal bijdrage 2026"].period == "2026"


def test_an_amount_broken_by_a_no_break_space_is_one_amount(tmp_path) -> None:
    """'14.906.&nbsp;318': Word's no-break space after a thousands point inside a cell."""
    cells = _word_cells(tmp_path)
    realised = {c.row: c.value for c in cells if c.column == "Realisatie 2027"}
    assert realised == {"Jeugdgezondheidszorg": Decimal("14906318"), "Toezicht": Decimal("1958214")}
    amended = {c.row: c.value for c in cells if c.column == "Begroting 2027 Na wijziging"}
    assert amended["Toezicht"] == Decimal("2034800")


NUMBERED = (
    "## 2 Programma's\n"
    "\n"
    "## 2.4 Programma 4 Zorg en Welzijn\n"
    "\n"
    "De gemeente zorgt voor goede zorg dichtbij.\n"
    "\n"
    "## 2.4.1 Wat willen we bereiken?\n"
    "\n"
    "Iedereen doet mee.\n"
    "\n"
    "## 2.4.4 Wat mag het kosten?\n"
    "\n"
    "Tabel 2.7 Baten en lasten programma 4\n"
    "                          Rekening   Begroting   Begroting         Meerjarenraming\n"
    "Bedragen x € 1.000            2026        2027        2028      2029      2030\n"
    "Lasten                      53.712      55.418      57.450    57.906    58.402\n"
    "Baten                       11.406      11.822      12.218    12.488    12.702\n"
    "Saldo van baten en lasten  -42.306     -43.596     -45.232   -45.418   -45.700\n"
    "\n"
    "## 2.5 Programma 5 Economie\n"
    "\n"
    "## 2.5.3 Wat mag het kosten?\n"
    "\n"
    "Tabel 2.8 Baten en lasten programma 5\n"
    "                          Rekening   Begroting   Begroting         Meerjarenraming\n"
    "Bedragen x € 1.000            2026        2027        2028      2029      2030\n"
    "Lasten                      15.001      15.402      15.747    15.900    16.020\n"
    "Baten                        2.700       2.801       2.879     2.900     2.950\n"
    "Saldo van baten en lasten  -12.301     -12.601     -12.868   -13.000   -13.070\n"
    "\n"
    "## 4 Financiële begroting\n"
    "\n"
    "## 4.1 Overzicht van baten en lasten 2028\n"
    "\n"
    "Tabel 4.1 Overzicht van baten en lasten begroting 2028 (bedragen x € 1.000)\n"
    "                                      Lasten       Baten       Saldo\n"
    "4. Zorg en Welzijn                    57.450      12.218     -45.232\n"
    "5. Economie                           15.747       2.879     -12.868\n"
)


def test_a_numbered_heading_nests_under_the_heading_its_number_extends() -> None:
    """'2.4.4 Wat mag het kosten?' belongs to '2.4 Programma 4 Zorg en Welzijn', even when
    the reader marked both alike."""
    sections = {s.path[-1]: s.path for s in parse_sections(NUMBERED) if s.path}
    assert sections["2.4.4 Wat mag het kosten?"][-2:] == (
        "2.4 Programma 4 Zorg en Welzijn",
        "2.4.4 Wat mag het kosten?",
    )
    assert "2.4 Programma 4 Zorg en Welzijn" not in sections["2.5.3 Wat mag het kosten?"]
    overview = sections["4.1 Overzicht van baten en lasten 2028"]
    assert "2.4 Programma 4 Zorg en Welzijn" not in overview


KEY_FIGURES = (
    "## 1.4 Kerngegevens\n"
    "\n"
    " Aantal inwoners per 1 januari 2027                                   41.236\n"
    " waarvan 0 tot en met 17 jaar                                          8.412\n"
    " Aantal woningen                                                      17.642\n"
    " Oppervlakte gemeente (hectare)                                        6.318\n"
    " Aantal kernen                                                             5\n"
    "Bron: basisregistratie personen, peildatum 1 januari 2027.\n"
)


def test_a_list_of_key_figures_each_beside_its_label_is_read_as_counts() -> None:
    """Key figures laid out as a label and one number, without a colon or a header."""
    cells = document_figures(parse_sections(KEY_FIGURES), document_id="k", municipality="Proefdorp")
    counts = {c.value: c for c in cells if c.unit == "count"}
    assert {Decimal("41236"), Decimal("8412"), Decimal("17642"), Decimal("6318")} <= set(counts)
    assert counts[Decimal("41236")].row.startswith("Aantal inwoners per 1 januari 2027")



KENGETALLEN = (
    "## 3.2.1 Financiële kengetallen\n"
    "\n"
    "Tabel 3.6 Financiële kengetallen\n"
    "                                    Rekening   Begroting   Begroting     Meerjarenraming\n"
    " Kengetal                               2026        2027        2028       2029     2030\n"
    " Netto schuldquote                     58,4%       63,1%       67,9%      74,2%    79,6%\n"
    " Netto schuldquote gecorrigeerd voor   55,2%       60,0%       64,8%      71,3%    76,9%\n"
    "alle verstrekte leningen\n"
    " Solvabiliteitsratio                   31,6%       29,8%       28,4%      26,9%    25,7%\n"
    " Belastingcapaciteit                   94,1%       95,3%       96,8%       n.b.     n.b.\n"
)


def test_a_row_of_kengetallen_with_unknown_years_is_read_and_not_answered_by_another() -> None:
    """'n.b.' (niet bekend) marks a year without a figure: the row is read, and a question
    about that year is refused rather than answered from another row."""
    cells = document_figures(parse_sections(KENGETALLEN), document_id="k", municipality="Proefdorp")
    capacity = {c.period: c.value for c in cells if c.row == "Belastingcapaciteit"}
    assert capacity["2028"] == Decimal("96.8") and capacity["2030"] is None
    solvency = [c for c in cells if c.row == "Solvabiliteitsratio"]
    assert solvency and all("leningen" not in c.group for c in solvency)
    budget = text_answerer(KENGETALLEN)
    answer = budget.answer("Wat is de belastingcapaciteit van Proefdorp in 2030?", "Proefdorp")
    assert answer.kind == "refusal" and not answer.figures, answer.text
    answer = budget.answer("Wat is de belastingcapaciteit in 2028?", "Proefdorp")
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("96.8"), answer.text


def test_a_pdf_header_whose_second_line_is_only_a_date_stays_over_its_column() -> None:
    """'Stand' above '31-12-2028' in the last column: the date alone on its line is a piece
    of the header, kept where it stands, not a line of text at the margin."""
    import hashlib

    from assistant.pdf import pdf_text

    from .pdfmaker import flush_right, make_pdf

    columns = [330, 420, 510]

    def row(label: str, figures: list[str]) -> list[tuple[float, str]]:
        return [(60, label), *(flush_right(x, f) for x, f in zip(columns, figures))]

    page = [
        "## 4.4 Reserves en voorzieningen",
        "",
        "Tabel 4.4 Verloop van de reserves 2028 (bedragen in euro's)",
        [(60, "Reserve"), flush_right(330, "Stand 1-1-2028"), flush_right(420, "Onttrekkingen"),
         flush_right(510, "Stand")],
        [flush_right(510, "31-12-2028")],
        row("Algemene reserve", ["12.486.320", "650.000", "11.836.320"]),
        row("Reserve sociaal domein", ["3.214.800", "1.150.000", "2.064.800"]),
        row("Totaal reserves", ["15.701.120", "1.800.000", "13.901.120"]),
    ]  # fmt: skip
    raw = make_pdf([page])
    text, _ = pdf_text(raw, hashlib.sha256(raw).hexdigest(), Path("proefdorp.pdf"), None)
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    end = {c.row: c for c in cells if c.value == Decimal("11836320")}
    assert end["Algemene reserve"].period == "2028", end
    assert "31-12-2028" in end["Algemene reserve"].column


def test_a_key_figure_is_of_the_year_its_label_names() -> None:
    """'Gemiddelde WOZ-waarde woning 2028' in the key figures of the begroting 2029 is the
    figure of 2028: asked for 2029, it is no answer."""
    woz = " Gemiddelde WOZ-waarde woning 2028                           289.000\n"
    text = KEY_FIGURES.replace(" Aantal kernen", woz + " Aantal kernen")
    cells = document_figures(parse_sections(text), document_id="k", municipality="Proefdorp")
    value = next(c for c in cells if c.value == Decimal("289000"))
    assert value.period == "2028"
    budget = text_answerer(text, year="2029", kind="begroting")
    answer = budget.answer("Wat is de gemiddelde WOZ-waarde van een woning in 2029?", "Proefdorp")
    assert not answer.figures, answer.text


def test_a_title_row_above_a_two_level_header_names_no_column(tmp_path) -> None:
    """A spreadsheet saved as a page: a title and a scale note in rows of their own above
    the header; they stay lines of their own, not words of every column's name."""
    page = (
        "<html><body><table>"
        "<tr><td colspan=4>Overzicht baten en lasten per taak</td></tr>"
        "<tr><td colspan=4>bedragen x € 1.000</td></tr>"
        "<tr><td></td><td></td><td></td><td></td></tr>"
        "<tr><td rowspan=2>Taak</td><td colspan=2>Begroting 2028</td>"
        "<td rowspan=2>Realisatie 2028</td></tr>"
        "<tr><td>Primitief</td><td>Na wijziging</td></tr>"
        "<tr><td>Heffing</td><td>2.240</td><td>2.305</td><td>2.268</td></tr>"
        "<tr><td>Invordering</td><td>1.100</td><td>1.150</td><td>1.122</td></tr>"
        "</table></body></html>"
    ).encode()
    text = html_text(page, tmp_path / "overzicht.htm")
    cells = document_figures(parse_sections(text), document_id="x", municipality="Proefschap")
    levy = {c.column: c.value for c in cells if c.row == "Heffing"}
    assert levy == {
        "Begroting 2028 Primitief": Decimal("2240000"),
        "Begroting 2028 Na wijziging": Decimal("2305000"),
        "Realisatie 2028": Decimal("2268000"),
    }
