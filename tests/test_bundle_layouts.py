"""Tables of a gemeenschappelijke regeling's kadernota and a municipality's bestuursrapportage,
in the shapes such documents print them: a header word over one column only ('Inwoners'
above '1 januari 2025'), a footnote mark glued to a year ('Bijdrage 20251)'), deviations
with an explicit plus, a numbered caption right under the last row of the table before, a
column of words after the figures ('Aard': structureel), group headers over repeated
columns beside a column of their own, and the columns of a budget's versions and changes.
Made-up bodies: Veiligheidsregio Proefland and its members Proefdorp and Testwoude.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.figure_answers import FigureAnswerer, expected_unit
from assistant.figures import document_figures
from assistant.parsing import parse_sections
from assistant.pdf import pdf_text

from .conftest import text_answerer
from .pdfmaker import flush_right, make_pdf

BODY = "Veiligheidsregio Proefland"


def _row(label: str, *figures: tuple[float, str], extra: tuple[float, str] | None = None):
    cells = [(56, label), *(flush_right(x, text) for x, text in figures)]
    return cells + ([extra] if extra else [])


def _kadernota() -> bytes:
    contributions = [
        [(56, "Tabel 5 - Gemeentelijke bijdragen 2026 (in €)")],
        [flush_right(250, "Inwoners")],
        _row("Gemeente", (250, "1 januari 2025"), (350, "Bijdrage 20251)"),
             (440, "Bijdrage 2026"), (520, "Verschil")),
        _row("Proefdorp", (250, "15.208"), (350, "848.338"), (440, "906.701"),
             (520, "+58.363")),
        _row("Testwoude", (250, "18.905"), (350, "1.054.330"), (440, "1.127.116"),
             (520, "+72.786")),
        _row("Totaal", (250, "34.113"), (350, "1.902.668"), (440, "2.033.817"),
             (520, "+131.149")),
    ]  # fmt: skip
    reserves = [  # no blank line between the last row above and this caption
        [(56, "Tabel 6 - Verloop reserves Bedragen in €1.000")],
        [flush_right(330, "Stand"), flush_right(420, "Verwacht"), flush_right(510, "Verwacht")],
        _row("Reserve", (330, "1-1-2025"), (420, "31-12-2025"), (510, "31-12-2026")),
        _row("Algemene reserve", (330, "548"), (420, "548"), (510, "548")),
        _row("Bestemmingsreserve opleidingen", (330, "212"), (420, "177"), (510, "142")),
        _row("Egalisatiereserve materieel", (330, "1.064"), (420, "912"), (510, "760")),
        _row("Totaal reserves", (330, "1.824"), (420, "1.637"), (510, "1.450")),
    ]
    proposals = [
        [(56, "Tabel 4 - Voorstellen nieuw beleid bedragen x € 1.000")],
        [(56, "Nr."), (80, "Voorstel"), flush_right(330, "2026"), flush_right(390, "2027"),
         (420, "Aard")],
        [(56, "1"), (80, "Versterking crisisteam (2,0 fte)"), flush_right(330, "165"),
         flush_right(390, "170"), (420, "structureel")],
        [(56, "2"), (80, "Opleiding energietransitie"), flush_right(330, "35"),
         flush_right(390, "35"), (420, "incidenteel")],
        [(80, "Totaal nieuw beleid"), flush_right(330, "200"), flush_right(390, "205")],
    ]  # fmt: skip
    return make_pdf(
        [["# Kadernota 2026", "", "## 6. Gemeentelijke bijdragen", "", *contributions,
          *reserves, "", "## 5. Nieuw beleid", "", *proposals]]
    )  # fmt: skip


@pytest.fixture(scope="module")
def kadernota_cells():
    text, _ = pdf_text(_kadernota(), "kadernota", Path("kadernota.pdf"), None)
    return document_figures(parse_sections(text), document_id="k", municipality=BODY)


def test_a_header_word_over_one_column_names_that_column_only(kadernota_cells) -> None:
    proefdorp = {(c.column, c.period): (c.value, c.unit) for c in kadernota_cells
                 if c.row == "Proefdorp"}  # fmt: skip
    assert proefdorp[("Inwoners 1 januari 2025", "2025")] == (15208, "count")
    assert proefdorp[("Bijdrage 2025", "2025")] == (848338, "EUR")  # '20251)': 2025, note 1
    assert proefdorp[("Verschil", "")] == (58363, "EUR")  # '+58.363'


def test_a_numbered_caption_under_a_table_starts_the_next_one(kadernota_cells) -> None:
    reserve = [c for c in kadernota_cells if c.row == "Bestemmingsreserve opleidingen"]
    assert {c.table for c in reserve} == {"Tabel 6 - Verloop reserves Bedragen in €1.000"}
    assert [c.value for c in reserve] == [212000, 177000, 142000]


def test_a_column_of_words_after_the_figures_is_no_figure_and_names_none(
    kadernota_cells,
) -> None:
    crisis = [c for c in kadernota_cells if "crisisteam" in c.row]
    assert {c.column: c.value for c in crisis} == {"2026": 165000, "2027": 170000}
    assert {c.unit for c in crisis} == {"EUR"}  # '(2,0 fte)' sizes the item; amounts stay euros


def test_a_members_contribution_is_its_amount_not_its_inhabitants(kadernota_cells) -> None:
    answerer = FigureAnswerer(kadernota_cells, {}, "")
    paid = answerer.answer("Hoeveel moet Testwoude in 2025 aan de veiligheidsregio betalen?", BODY)
    assert paid.kind == "figure", paid.text
    assert paid.figures[0].value == Decimal("1054330")
    people = answerer.answer("Hoeveel inwoners heeft Testwoude?", BODY)
    assert people.kind == "figure", people.text
    assert people.figures[0].value == Decimal("18905")


# A bestuursrapportage's overview: 'Lasten' and 'Baten' each over four columns named alike,
# and a ninth column of its own; then the budget amendment that lists only the changes.
EDGES = (175, 225, 275, 325, 375, 425, 475, 525, 575)  # where each column's figures end


def _right(*texts: str, label: str = "") -> list[tuple[float, str]]:
    """A line with each text set flush right at the next column's edge ('' leaves it empty)."""
    return [(30, label), *(flush_right(end, t) for end, t in zip(EDGES, texts) if t)]


BURAP_PAGE = [
    "# Tweede bestuursrapportage 2025 Proefdorp",
    "",
    "## Bijlage 1 Totaaloverzicht begroting 2025 per programma",
    "",
    "In deze bijlage staan de primitieve begroting, de wijzigingen en",
    "de begroting na wijziging. Bedragen x € 1.000.",
    [(209, "Lasten"), (411, "Baten")],
    _right("", "Wijz.", "Deze", "Na", "", "Wijz.", "Deze", "Na", "Saldo na"),
    _right("Primitief", "t/m rapp.", "rapp.", "wijziging", "Primitief", "t/m rapp.",
           "rapp.", "wijziging", "wijziging", label="Programma"),
    _right("6.842", "65", "107", "7.014", "1.318", "-", "142", "1.460", "-5.554",
           label="1. Bestuur"),
    _right("17.615", "410", "1.017", "19.042", "3.142", "-", "25", "3.167", "-15.875",
           label="2. Sport"),
    _right("24.457", "475", "1.124", "26.056", "4.460", "-", "167", "4.627", "-21.429",
           label="Totaal"),
    "",
    "## Begrotingswijziging",
    "",
    "Begrotingswijziging 2025-14 Bedragen x € 1.000",
    _right("Lasten", "Baten", "Saldo", label="Programma"),
    _right("107", "142", "35", label="1. Bestuur"),
    _right("1.017", "25", "(992)", label="2. Sport"),
    _right("1.124", "167", "(957)", label="Totaal"),
    "",
]  # fmt: skip


def _burap_text() -> str:
    text, _ = pdf_text(make_pdf([BURAP_PAGE]), "burap", Path("burap.pdf"), None)
    return text


@pytest.fixture(scope="module")
def burap() -> FigureAnswerer:
    text = _burap_text()
    cells = document_figures(parse_sections(text), document_id="b", municipality="Proefdorp")
    return FigureAnswerer(cells, {}, "")


def test_group_headers_over_repeated_columns_name_each_of_them() -> None:
    from assistant.table_grid import read_grid

    lines = _burap_text().split("\n")
    start = next(k for k, ln in enumerate(lines) if ln.strip().startswith("Lasten"))
    grid = read_grid(lines[start : start + 6])
    assert grid is not None
    names = [c.header for c in grid.columns]
    assert names[0].startswith("Lasten") and names[3].startswith("Lasten")
    assert names[4].startswith("Baten") and names[7].startswith("Baten")
    assert names[8] == "Saldo na wijziging"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the budget after all changes, in the residents' words
        ("Hoeveel geeft Proefdorp dit jaar uit aan sport, met alle wijzigingen erbij?",
         "19042000"),
        ("Wat kost sport volgens de oorspronkelijke begroting 2025?", "17615000"),
        # no version named: the budget in force, never a column of changes
        ("Wat zijn de lasten van sport in 2025?", "19042000"),
    ],
)  # fmt: skip
def test_the_version_of_a_budget_a_question_names(burap, question: str, value: str) -> None:
    answer = burap.answer(question, "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal(value)


def test_a_table_of_changes_does_not_answer_what_something_costs(burap) -> None:
    answer = burap.answer("Wat kost programma 1 Bestuur in 2025?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("7014000")  # not the change of 107


PROVISIONS = """# Begroting 2025 Proefdorp

## Reserves en voorzieningen

Overzicht voorzieningen (bedragen x € 1.000)

Voorziening          Stand 1-1-2025   Vermeerderingen 2025   Verminderingen 2025   Stand 31-12-2025
Voorz. vastgoed               1.857                    120                  -654              1.323
Voorz. wegen                    912                     80                  -175                817
"""


def test_what_goes_out_of_a_provision_is_its_outflow_as_an_amount() -> None:
    cells = document_figures(parse_sections(PROVISIONS), document_id="v", municipality="P")
    answerer = FigureAnswerer(cells, {}, "")
    answer = answerer.answer("Hoeveel gaat er in 2025 uit de voorziening wegen?", "P")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("175000")  # printed -175 under 'Verminderingen'
    earlier = [{"role": "user", "content": "Hoeveel zit er begin 2025 in de voorziening vastgoed?"}]
    follow = answerer.answer("En hoeveel wordt daar in 2025 uit onttrokken?", "P", earlier)
    assert follow is not None and follow.kind == "figure", follow and follow.text
    assert follow.figures[0].value == Decimal("654000")  # the same provision, not a reserve


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("Hoeveel bomen heeft de gemeente in beheer?", {"count"}),
        ("Hoeveel vrijwillige brandweerlui heeft de regio?", {"count"}),
        ("Hoeveel eigen vermogen had de regio eind 2023?", set()),
        ("Hoeveel zorgkosten waren er in 2024?", set()),
        ("En hoeveel was dat in 2023?", set()),
        ("Hoeveel bedragen de lasten?", {"EUR"}),
        # a verb in the past tense is no counted thing either
        ("Hoeveel betaalden Alfadorp en Betaveen samen aan de regio?", {"EUR"}),
        ("Hoeveel kregen de gemeenten terug van de regio?", {"EUR"}),
    ],
)
def test_hoeveel_before_a_plural_counts_things_unless_it_names_money(
    question: str, units: set[str]
) -> None:
    assert expected_unit(question) == units


def _cells(nr: str, name: str, *figures: str, note: str = "") -> str:
    """A laid-out line: number and name at the left, figures flush right at their column's
    end, a note in the column of words after them."""
    line = f"{nr:<11}{name}"
    for end, text in zip((45, 59, 77, 91), figures):
        line = line.ljust(end - len(text)) + text if text else line
    return (line.ljust(94) + note).rstrip()


INVESTMENTS = "\n".join(
    [
        "# Tweede bestuursrapportage 2025 Proefdorp",
        "",
        "## 5. Investeringen",
        "",
        "Stand van de investeringen (bedragen in €)",
        "",
        _cells("", "", "", "", "Besteed"),
        _cells("Nr.", "Investering", "Progr.", "Krediet", "t/m 30 juni 2025", "Restant",
               note="Stand van zaken"),
        _cells("2024-03", "Renovatie sporthal Oost", "5", "€ 1.875.000", "€ 312.905",
               "€ 1.562.095", note="aanbesteding afgerond"),
        _cells("2024-08", "Kunstgrasveld Noord", "5", "€ 612.000", "€ 598.120", "€ 13.880",
               note="gereed"),
        _cells("2025-01", "Vervanging tractie", "3", "€ 265.000", "€ -", "€ 265.000",
               note="levering november"),
        "",
    ]
)  # fmt: skip


def test_a_credit_table_with_codes_and_a_column_of_words() -> None:
    cells = document_figures(parse_sections(INVESTMENTS), document_id="i", municipality="P")
    hall = {c.column: (c.value, c.period) for c in cells if "sporthal" in c.row}
    # the programme code is no figure, and '2024-03' is a number, not the year of the credit
    assert hall == {
        "Krediet": (1875000, ""),
        "Besteed t/m 30 juni 2025": (312905, "2025"),
        "Restant": (1562095, ""),
    }
    answer = FigureAnswerer(cells, {}, "").answer(
        "Hoeveel geld is er nog over van het krediet voor de sporthal Oost?", "P"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("1562095")


STACKED = """# Jaarstukken 2024 Proefdorp

## 2. Jaarrekening

Bedragen x € 1.000
                                              Begroting 2024     Rekening
 2.1 Overzicht van baten en lasten               na wijziging         2024
 Lasten
  Zorg en welzijn                                     -22.420      -21.785
 Baten
  Zorg en welzijn                                       2.388        2.521
 2.2 Overzicht incidentele baten en lasten
 (bedragen in €)
                                              Begroting 2024     Rekening
  Omschrijving                                   na wijziging         2024
  Herstel stormschade bomen                                 -      214.380

Resultaat per programma                     (x € 1.000; V = voordeel, N = nadeel)
                                              Begroting 2024     Rekening
  Programma                                      na wijziging         2024   Verschil
  Zorg en welzijn                                     -20.032      -19.264      768 V
"""


def test_a_table_in_whole_euros_under_one_in_thousands_keeps_its_own_scale() -> None:
    cells = document_figures(parse_sections(STACKED), document_id="j", municipality="P")
    storm = [c for c in cells if "stormschade" in c.row and c.value is not None]
    assert [c.value for c in storm] == [214380]


def test_what_something_cost_is_its_lasten_not_a_saldo_elsewhere() -> None:
    cells = document_figures(parse_sections(STACKED), document_id="j", municipality="P")
    answer = FigureAnswerer(cells, {}, "").answer("Wat kostte zorg en welzijn in 2024?", "P")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("-21785000")


FIRE = """# Kadernota 2026 Veiligheidsregio Proefland

## 1. Inleiding

De veiligheidsregio voert de brandweerzorg en de crisisbeheersing uit voor de inwoners van
de deelnemende gemeenten. Dat doen we vanuit 27 posten met 612 brandweervrijwilligers en 94
fte beroepspersoneel. In 2024 rukte de brandweer 3.412 keer uit, waarvan 1.186 keer voor een
brand; bij 88% van de uitrukken was de eerste tankautospuit binnen de normtijd ter plaatse.
"""


def test_a_count_answers_only_when_it_counts_what_is_asked() -> None:
    cells = document_figures(parse_sections(FIRE), document_id="f", municipality=BODY)
    answerer = FigureAnswerer(cells, {"regio": 3.0}, "")  # 'regio': a word the corpus prints
    answer = answerer.answer("Hoeveel brandweerlui rukten er uit voor een brand?", BODY)
    assert not answer.figures or answer.figures[0].value != Decimal("1186"), answer.text
    right = answerer.answer("Hoeveel brandweervrijwilligers heeft de regio?", BODY)
    assert right.kind == "figure", right.text
    assert right.figures[0].value == Decimal("612")


DEVIATIONS = """# Tweede bestuursrapportage 2025 Proefdorp

## Programma 5 Jeugd

De kosten van jeugdhulp met verblijf stijgen door meer en langere trajecten.

Afwijkingen programma 5 (bedragen x € 1.000; V = voordeel, N = nadeel; I = incidenteel)

                                                             Lasten/
Nr.      Omschrijving                                        baten       Bedrag     I/S
5.1      Jeugdhulp met verblijf                              Lasten       845 N     S
5.2      Leerlingenvervoer                                   Lasten       268 N     S
5.3      Hogere huuropbrengst sporthal                       Baten         31 V     S
"""


def test_a_table_of_deviations_marked_voordeel_or_nadeel() -> None:
    cells = document_figures(parse_sections(DEVIATIONS), document_id="a", municipality="P")
    row = next(c for c in cells if "verblijf" in c.row)
    assert (row.value, row.annotation) == (845000, "nadeel")
    assert row.table.startswith("Afwijkingen programma 5")
    answer = FigureAnswerer(cells, {}, "").answer(
        "Hoeveel duurder valt de jeugdhulp met verblijf uit dan begroot?", "P"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("845000")


def test_a_question_why_is_no_figure_question() -> None:
    cells = document_figures(parse_sections(DEVIATIONS), document_id="a", municipality="P")
    answer = FigureAnswerer(cells, {}, "").answer(
        "Waarom was de jeugdhulp met verblijf in 2025 duurder dan begroot?", "P"
    )
    assert answer is None


ROUNDED = """# Raadsvoorstel renovatie sporthal Proefdorp

## Dekking

Tegenover de jaarlijkse kapitaallasten van circa € 249.000 in 2027 staan besparingen op
onderhoud en energie, zodat de renovatie de begroting per saldo weinig belast.

Tabel 3 Structurele effecten (bedragen in €)

Omschrijving                                     2027
Kapitaallasten renovatie sporthal                249.217
"""


def test_a_rounded_amount_in_a_sentence_and_the_exact_one_are_one_reading() -> None:
    cells = document_figures(parse_sections(ROUNDED), document_id="r", municipality="P")
    answer = FigureAnswerer(cells, {}, "").answer(
        "Wat zijn de jaarlijkse kapitaallasten van de sporthal in 2027?", "P"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("249217")  # the table's, not a question back


def test_the_headings_of_every_programme_are_no_running_header() -> None:
    from assistant.pdf import PdfLine, layout

    page = [
        PdfLine("Bestuursrapportage 2025", 9.0, False, 10.0),
        PdfLine("Programma 1", 14.0, True, 40.0),
        PdfLine("Wat mag het kosten? Bedragen x € 1.000", 10.0, True, 80.0),
        PdfLine("De lasten stijgen door hogere kosten van de inzet.", 10.0, False, 100.0),
    ]
    text = layout([page] * 6)
    assert all("Wat mag het kosten? Bedragen x € 1.000" in " ".join(p) for p in text)
    assert not any("Bestuursrapportage 2025" in " ".join(p) for p in text)


RESERVES = """# Jaarstukken 2024 Proefdorp

## 2.4 Reserves

Tabel 2.4 Reserves (bedragen x € 1.000)

Reserve                                   Saldo 31-12-2023   Saldo 31-12-2024
Bestemmingsreserves                                5.654              5.003
BR uitvoering sociaal domein                         810                652
Egalisatiereserve riolering                        1.612              1.556
"""


def test_a_reserve_balance_is_not_what_was_spent_nor_a_part_of_it() -> None:
    cells = document_figures(parse_sections(RESERVES), document_id="r", municipality="P")
    answerer = FigureAnswerer(cells, {}, "")
    spent = answerer.answer("Hoeveel gaf Proefdorp in 2024 uit aan riolering?", "P")
    assert not spent.figures, spent.text  # the balance of a reserve is not what was spent
    # the reserve for the sociaal domein, not all bestemmingsreserves together
    part = answerer.answer(
        "Hoeveel geld staat er eind 2024 in de bestemmingsreserve voor het sociaal domein?", "P"
    )
    assert not part.figures or part.figures[0].value == Decimal("652000"), part.text


INDICATORS = """# Programmabegroting 2026 Proefdorp

## Programma 3 Werk en inkomen

Tabel 3.1 Indicatoren

Indicator                                  Eenheid        Periode      Waarde   Bron
Banen per 1.000 inwoners (15-64 jaar)      aantal            2024       712,4   LISA
Jongeren met een delict voor de rechter    %                 2022         1,2   Verwey-Jonker
Personen met een bijstandsuitkering        per 10.000        2023       352,0   CBS
"""


def test_a_column_of_years_dates_the_values_beside_it() -> None:
    cells = document_figures(parse_sections(INDICATORS), document_id="i", municipality="P")
    assert all(c.value != 2024 for c in cells)  # the year is no figure of its own
    delict = next(c for c in cells if "delict" in c.row)
    assert (delict.value, delict.period, delict.unit) == (Decimal("1.2"), "2022", "percent")
    answer = FigureAnswerer(cells, {}, "").answer(
        "Hoeveel personen hadden in 2023 een bijstandsuitkering, per 10.000 inwoners?", "P"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("352.0")


TAAKVELDEN = """# Begroting 2031 Proefdorp

## Programma 7 Volksgezondheid en milieu

Tabel 7.1 Lasten en baten programma 7 per taakveld (bedragen x € 1.000)
 Taakveld                    Rekening 2029    Begroting 2030    Begroting 2031
 7.1 Volksgezondheid                   804               822               861
 7.2 Riolering                       1.305             1.317             1.392
 7.3 Afval                           1.411             1.466             1.502
 Totaal lasten                       3.520             3.605             3.755
 7.1 Volksgezondheid                    12                12                13
 7.2 Riolering                       1.514             1.560             1.618
 7.3 Afval                           1.622             1.688             1.731
 Totaal baten                        3.148             3.260             3.362
 Saldo                                -372              -345              -393
"""


def test_rows_above_a_total_of_lasten_or_baten_belong_to_it() -> None:
    # no 'Lasten' or 'Baten' line over the rows: the total under each part names it
    answerer = text_answerer(TAAKVELDEN, "P")
    baten = answerer.answer("Hoeveel inkomsten heeft de gemeente in 2031 uit riolering?", "P")
    assert baten.kind == "figure", baten.text
    assert abs(baten.figures[0].value) == Decimal("1618000")
    lasten = answerer.answer("Wat kost de riolering in 2031?", "P")
    assert lasten.kind == "figure", lasten.text
    assert abs(lasten.figures[0].value) == Decimal("1392000")


TWO_PROGRAMMES = """# Begroting 2031 Proefdorp

## Programma 1 Bestuur per taakveld (bedragen x € 1.000)

 Taakveld                    Begroting 2030    Begroting 2031
 0.1 Bestuur                         1.232             1.284
 0.2 Burgerzaken                       466               486
 Totaal lasten                       1.698             1.770

De lasten van bestuur stijgen door de verkiezingen.

## Programma 5 Groen per taakveld (bedragen x € 1.000)

 Taakveld                    Begroting 2030    Begroting 2031
 5.1 Sportbeleid                       201               214
 5.7 Openbaar groen en
                                     1.103             1.128
 (openlucht) recreatie
 Totaal lasten                       1.304             1.342

Het groen wordt vaker gemaaid.

## Tabel 6.1 Lasten programma 6 per taakveld (bedragen x € 1.000)

 Taakveld                    Begroting 2030    Begroting 2031
 6.1 Samenkracht                       912               934
 Totaal lasten                         912               934
"""


def test_tables_named_by_a_header_word_alone_keep_their_heading_apart() -> None:
    cells = document_figures(parse_sections(TWO_PROGRAMMES), document_id="t", municipality="P")
    totals = {c.table for c in cells if c.row == "Totaal lasten"}
    assert len(totals) == 3, totals  # one 'Totaal lasten' per table, never merged
    assert "Tabel 6.1 Lasten programma 6 per taakveld (bedragen x € 1.000)" in totals


def test_a_label_wrapped_around_its_figures_may_go_on_in_brackets() -> None:
    cells = document_figures(parse_sections(TWO_PROGRAMMES), document_id="t", municipality="P")
    green = [c for c in cells if c.period == "2031" and "groen" in c.row]
    assert [(c.row, c.group, c.raw) for c in green] == [
        ("5.7 Openbaar groen en (openlucht) recreatie", "", "1.128")
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel zaten de lasten van zorg en welzijn in 2024 naast de begroting?",
        "Hoeveel gingen de lasten van zorg en welzijn in 2024 over het budget heen?",
        "Hoeveel vielen de lasten van zorg en welzijn in 2024 lager uit dan begroot?",
    ],
)
def test_how_far_the_realisation_is_from_the_budget_in_residents_words(question: str) -> None:
    answer = text_answerer(STACKED, "P").answer(question, "P")
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("635000")  # 22.420 - 21.785, in thousands


def test_one_total_label_in_several_tables_is_asked_about_not_guessed() -> None:
    question = "Hoeveel geeft de gemeente in 2031 in totaal uit?"
    answer = text_answerer(TWO_PROGRAMMES, "P").answer(question, "P")
    assert answer.kind == "clarification", answer.text
    assert not answer.figures


SAME_CAPTIONS = """# Begroting 2031 Proefdorp

## Programma 1 Bestuur

Wat mag het kosten? (bedragen x € 1.000)
                             Begroting 2030    Begroting 2031
 Lasten                               1.698             1.770
 Baten                                  180               190

Het bestuur vergadert vaker digitaal.

## Programma 5 Groen

Wat mag het kosten? (bedragen x € 1.000)
                             Begroting 2030    Begroting 2031
 Lasten                               1.304             1.342
 Baten                                   95               101
"""


def test_tables_of_one_caption_in_two_sections_are_two_tables() -> None:
    cells = document_figures(parse_sections(SAME_CAPTIONS), document_id="t", municipality="P")
    lasten = {c.table: c.raw for c in cells if c.row == "Lasten" and c.period == "2031"}
    assert len(lasten) == 2 and sorted(lasten.values()) == ["1.342", "1.770"], lasten
    answer = FigureAnswerer(cells, {}, "").answer("Wat zijn de lasten van groen in 2031?", "P")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("1342000")


RESULTS = """# Jaarstukken 2030 Proefdorp

## Programma 1 Bestuur

Wat heeft het gekost? (bedragen x € 1.000)
                             Begroting 2030    Realisatie 2030
 Lasten                               1.698             1.650
 Resultaat                           -1.518            -1.470

Het bestuur vergaderde vaker digitaal.

## Programma 5 Groen

Wat heeft het gekost? (bedragen x € 1.000)
                             Begroting 2030    Realisatie 2030
 Lasten                               1.304             1.342
 Resultaat                           -1.209            -1.241

## Bijdragen

Tabel 3 Bijdragen per deelnemer 2031 (in euro's)
                       WOZ-objecten 1-1-2031      Bijdrage 2030      Bijdrage 2031
 Gemeente Noordveld                   27.915          2.014.919          2.131.628
 Gemeente Zuidveld                    18.204          1.313.977          1.390.082
"""


def test_a_row_named_only_for_its_measure_is_asked_about_across_tables() -> None:
    # 'Resultaat' of each programme: the question names none, so none is chosen
    answer = text_answerer(RESULTS, "P").answer("Wat is het resultaat over 2030?", "P")
    assert answer.kind == "clarification", answer.text


def test_a_column_of_objects_in_a_table_in_euros_is_a_count() -> None:
    cells = document_figures(parse_sections(RESULTS), document_id="r", municipality="P")
    objects = [c for c in cells if c.column.startswith("WOZ-objecten")]
    assert objects and all(c.unit == "count" for c in objects)
    answer = FigureAnswerer(cells, {}, "").answer(
        "Wat moet Noordveld in 2031 aan de samenwerking betalen?", "P"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2131628")


def test_a_contribution_asked_is_read_from_the_column_that_names_it() -> None:
    answer = text_answerer(RESULTS, "P").answer("Wat is de bijdrage van Noordveld in 2031?", "P")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("2131628")  # not its 27.915 WOZ-objecten


def test_a_levy_on_households_is_money_not_a_count_of_households() -> None:
    text = (
        "# Jaarrekening 2030 Waterschap Proefland\n\n## Belastingen\n\n"
        "Tabel 2.2 Belastingopbrengsten 2030 (bedragen x € 1.000)\n"
        "                                  Begroting 2030    Rekening 2030\n"
        "Zuiveringsheffing huishoudens              41.986           42.410\n"
        "Watersysteemheffing ingezetenen            20.113           20.200\n"
    )
    cells = document_figures(parse_sections(text), document_id="w", municipality="P")
    levy = [c for c in cells if c.row == "Zuiveringsheffing huishoudens"]
    assert levy and all(c.unit == "EUR" for c in levy)
    assert {c.value for c in levy} == {Decimal("41986000"), Decimal("42410000")}


CREDITS = """# Jaarstukken 2030 Proefdorp

## Investeringen

Tabel 7.1 Overzicht investeringskredieten (bedragen x € 1.000)
                                 Krediet   Besteed t/m 2029   Besteed 2030   Restant krediet
 1. Fietspad Kanaaldijk            1.240                 86          1.318              -164
 2. Brug Molenweg                    800                120            540               140
"""


def test_how_far_a_credit_was_overrun_is_its_remainder_never_what_was_spent() -> None:
    answerer = text_answerer(CREDITS, "P")
    answer = answerer.answer(
        "Met hoeveel is het budget voor het fietspad langs de Kanaaldijk overschreden?", "P"
    )
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("164000")


def test_a_variance_asked_without_budget_and_outcome_is_no_level() -> None:
    text = (
        "# Jaarstukken 2030 Proefdorp\n\n## Wegen\n\n"
        "Tabel 3.1 Lasten wegen (bedragen x € 1.000)\n"
        "                          Realisatie 2029    Realisatie 2030\n"
        "Gladheidsbestrijding                  412                560\n"
    )
    answer = text_answerer(text).answer(
        "Hoeveel duurder was de gladheidsbestrijding in 2030 dan begroot?", "Proefdorp"
    )
    assert not answer.figures, answer.text  # neither 560.000 nor a difference of years


def test_a_ratio_in_a_table_in_thousands_is_no_amount() -> None:
    text = (
        "# Jaarstukken 2030 Proefdorp\n\n## Weerstandsvermogen\n\n"
        "Tabel 4.1 Weerstandsvermogen (bedragen x € 1.000)\n"
        "                                       Begroting 2030    Rekening 2030\n"
        "Beschikbare weerstandscapaciteit               12.870           13.473\n"
        "Benodigde weerstandscapaciteit                  6.130            5.540\n"
        "Weerstandsratio                                   2,1              2,4\n"
    )
    cells = document_figures(parse_sections(text), document_id="w", municipality="P")
    ratio = [c for c in cells if c.row == "Weerstandsratio"]
    assert ratio and all(c.unit != "EUR" for c in ratio)
    assert {c.value for c in ratio} == {Decimal("2.1"), Decimal("2.4")}  # never 2.400 euro


WRAPPED_PROGRAMMES = """# Jaarstukken 2030 Proefdorp

## 5. Jaarrekening

Tabel 5.1 Overzicht van baten en lasten 2030 (bedragen x € 1.000)
                                                   Begroting          Realisatie
   Omschrijving                                         2030                2030
Lasten
   Programma 1 Veiligheid                              3.285               3.362
Programma 2 Verkeer, vervoer en openbare
                                                       9.845              10.588
ruimte
   Programma 4 Sociaal domein                         33.920              35.488
Baten
   Programma 1 Veiligheid                                 96                 132
Programma 2 Verkeer, vervoer en openbare
                                                       1.204               1.198
ruimte
   Programma 4 Sociaal domein                          8.640               9.498
"""


def test_a_programme_label_wrapped_around_its_figures_is_no_heading() -> None:
    cells = document_figures(
        parse_sections(WRAPPED_PROGRAMMES), document_id="w", municipality="P"
    )
    real = {(c.group, c.row): c.raw for c in cells if c.period == "2030" and c.status}
    assert real[("Lasten", "Programma 2 Verkeer, vervoer en openbare ruimte")] == "10.588"
    assert real[("Lasten", "Programma 4 Sociaal domein")] == "35.488"
    assert real[("Baten", "Programma 4 Sociaal domein")] == "9.498"
