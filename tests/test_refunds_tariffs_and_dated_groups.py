"""Refunds, tariffs and a few layouts of real budgets (issue 13).

Money that goes back to the members ('Hoeveel gaat daarvan terug naar de gemeenten?', 'Hoeveel
krijgt X terug uit het resultaat?') is the refund the documents print ('Terugbetaling', 'terug
te betalen'), never the members' contributions nor what is spent; a table of refunds without
a year of its own is of the year its heading names ('6 Resultaat 2025 en bestemming'). A
tariff asked with a verb of paying ('Welk OZB-tarief betaal ik?') may be a percentage of the
WOZ value. A word that is what another word of the question stands for ('uitkering' beside
'gemeentefonds') means that, not its own entry. A follow-up that names another municipality
('En Wassenaar in 2024?') is answered from that municipality's documents. How a figure came
out ('Hoeveel bleef X onder het budget?') asks no row named 'bleef'.

Layouts: a dated head set from the left over two undated columns ('Mutaties 2025' over
'Toevoeging' and 'Onttrekking') heads both; a column's name wrapped onto a header line of its
own ('wijz.') does not make the group line under it ('Programma 1 ...') a heading; and a total
named after the rows it adds ('Totaal lasten' of each programme's 'Lasten') is checked against
those rows. Made-up figures for the made-up body Regio Kustland and municipalities Proefdorp
and Rekendam."""

from __future__ import annotations

from decimal import Decimal

from assistant.figure_answers import FigureAnswerer, question_terms
from assistant.figures import document_figures
from assistant.parsing import parse_sections
from assistant.table_checks import failed_tables

from .conftest import converse, laid_out, text_answerer

ROW = "{:<44}{:>18}{:>18}{:>18}"
PAIR = "{:<30}{:>14}{:>14}"
WIDE = "{:<34}{:>18}{:>18}"

REGIO = "\n".join([
    "# Jaarstukken 2024 Regio Kustland",
    "",
    "## 4 Jaarrekening",
    "",
    "Tabel 4.1 Overzicht van baten en lasten 2024 (bedragen in euro's)",
    ROW.format("", "Begroting 2024", "Realisatie", "Verschil"),
    ROW.format("", "na wijziging", "2024", ""),
    "Brandweerzorg",
    ROW.format("Lasten", "24.604.982", "24.411.687", "193.295"),
    ROW.format("Baten", "1.186.246", "1.342.093", "155.847"),
    "Risicobeheersing",
    ROW.format("Lasten", "3.959.812", "3.710.706", "249.106"),
    ROW.format("Baten", "214.409", "287.241", "72.832"),
    "Algemene dekkingsmiddelen",
    ROW.format("Bijdragen deelnemende gemeenten", "27.310.000", "27.310.000", "0"),
    ROW.format("Totaal lasten", "28.564.794", "28.122.393", "442.401"),
    ROW.format("Totaal baten", "28.710.655", "28.939.334", "228.679"),
    ROW.format("Gerealiseerd resultaat", "145.861", "816.941", "671.080"),
    "",
    "## 5 Bijdragen deelnemende gemeenten",
    "",
    "Tabel 5.1 Bijdragen per gemeente (bedragen in euro's)",
    PAIR.format("Gemeente", "Bijdrage 2024", "Bijdrage 2023"),
    PAIR.format("Proefdorp", "15.122.000", "14.380.000"),
    PAIR.format("Rekendam", "12.188.000", "11.604.000"),
    PAIR.format("Totaal", "27.310.000", "25.984.000"),
    "",
    "## 6 Resultaatbestemming",
    "",
    "Het gerealiseerde resultaat over 2024 bedraagt € 816.941 positief. Het algemeen bestuur",
    "stelt voor € 200.000 toe te voegen aan de reserve materieel en het restant van € 616.941",
    "terug te betalen aan de deelnemende gemeenten, naar rato van hun bijdrage 2024.",
    "",
    "Tabel 6.1 Terugbetaling resultaat 2024 per gemeente (in euro's)",
    PAIR.format("Gemeente", "Aandeel", "Terugbetaling"),
    PAIR.format("Proefdorp", "55,37%", "341.600"),
    PAIR.format("Rekendam", "44,63%", "275.341"),
    PAIR.format("Totaal", "100,00%", "616.941"),
])

BEGROTING = "\n".join([
    "# Programmabegroting 2027 Regio Kustland",
    "",
    "## 6 Resultaat 2025 en bestemming",
    "",
    "De jaarrekening 2025 sloot met een positief resultaat van € 412.318.",
    "",
    "Tabel 5 Terugbetaling per gemeente (bedragen in euro's)",
    "{:<30}{:>16}".format("Gemeente", "Terugbetaling"),
    "{:<30}{:>16}".format("Proefdorp", "108.120"),
    "{:<30}{:>16}".format("Rekendam", "89.198"),
    "{:<30}{:>16}".format("Totaal", "197.318"),
])

TARIEVEN = "\n".join([
    "# Programmabegroting 2025 gemeente Proefdorp",
    "",
    "## Paragraaf lokale heffingen",
    "",
    "Tabel 8.1 Tarieven onroerendezaakbelastingen (percentage van de WOZ-waarde)",
    PAIR.format("Categorie", "Tarief 2024", "Tarief 2025"),
    PAIR.format("Woningen, eigenaar", "0,0921%", "0,0958%"),
    PAIR.format("Niet-woningen, eigenaar", "0,1694%", "0,1745%"),
    "",
    "Tabel 8.3 Woonlasten meerpersoonshuishouden met eigen woning",
    PAIR.format("Onderdeel", "2024", "2025"),
    PAIR.format("OZB eigenaar", "€ 304,85", "€ 330,51"),
    PAIR.format("Rioolheffing", "€ 239,50", "€ 248,00"),
    PAIR.format("Totale woonlasten", "€ 544,35", "€ 578,51"),
    "",
    "## Algemene dekkingsmiddelen",
    "",
    "Tabel 6.1 Algemene dekkingsmiddelen (bedragen x € 1.000)",
    PAIR.format("Omschrijving", "Begroting 2024", "Begroting 2025"),
    PAIR.format("Algemene uitkering gemeentefonds", "52.118", "54.014"),
    PAIR.format("Onroerendezaakbelastingen", "8.102", "8.521"),
    PAIR.format("Bijstandsuitkeringen (BUIG)", "6.210", "6.415"),
])


def _regio():
    return text_answerer(
        REGIO, municipality="Regio Kustland", year="2024", kind="jaarstukken", weighed=True
    )


def test_money_that_goes_back_after_the_result_is_the_refund():
    converse(_regio(), "Regio Kustland", {
        "Met welk resultaat sluit de jaarrekening 2024 van de regio?": Decimal("816941"),
        "Hoeveel gaat daarvan terug naar de gemeenten?": Decimal("616941"),
    })  # fmt: skip


def test_what_a_member_gets_back_is_its_refund_not_its_contribution():
    answerer = _regio()
    said = answerer.answer(
        "hoeveel krijgt proefdorp terug van regio kustland uit het resultaat 2024",
        "Regio Kustland", [],
    )
    assert [f.value for f in said.figures] == [Decimal("341600")], said.text


def test_a_table_of_refunds_is_of_the_year_its_heading_names():
    answerer = text_answerer(BEGROTING, municipality="Regio Kustland", year="2027")
    said = answerer.answer("Hoeveel krijgt Rekendam terug van het overschot over 2025?",
                           "Regio Kustland", [])
    assert [f.value for f in said.figures] == [Decimal("89198")], said.text
    # ... and of no other year
    said = answerer.answer("Hoeveel krijgt Rekendam terug van het overschot over 2023?",
                           "Regio Kustland", [])
    assert not said.figures, said.text


def test_a_tariff_paid_may_be_a_percentage_of_the_woz_value():
    converse(text_answerer(TARIEVEN, municipality="Proefdorp", year="2025"), "Proefdorp", {
        "Welk OZB-tarief betaal ik in 2025 als eigenaar van een woning?": Decimal("0.0958"),
        "En vorig jaar?": Decimal("0.0921"),
    })  # fmt: skip


def test_uitkering_beside_gemeentefonds_is_the_algemene_uitkering():
    answerer = text_answerer(TARIEVEN, municipality="Proefdorp", year="2025", weighed=True)
    question = (
        "Hoeveel geld krijgt Proefdorp in 2025 van het Rijk via de algemene uitkering uit het "
        "gemeentefonds?"
    )
    said = answerer.answer(question, "Proefdorp", [])
    assert [f.value for f in said.figures] == [Decimal("54014000")], said.text
    # (no benefit is asked: 'uitkering' does not stand for 'uitkeringsgerechtigden' here)
    assert not set(question_terms(question)) & set(question_terms("uitkeringsgerechtigden"))


def test_a_follow_up_that_names_another_municipality_answers_from_its_documents():
    cells = []
    for municipality, text in (
        ("Proefdorp", TARIEVEN),
        ("Rekendam", "\n".join([
            "# Begroting 2024 gemeente Rekendam",
            "",
            "## Lokale heffingen",
            "",
            "Tabel 7.1 Opbrengst uit belastingen (bedragen x € 1.000)",
            PAIR.format("Belasting", "raming 2023", "raming 2024"),
            PAIR.format("Onroerendezaakbelastingen", "9.120", "9.644"),
            PAIR.format("Toeristenbelasting", "2.430", "2.508"),
        ])),
    ):
        cells += document_figures(
            parse_sections(text), document_id=f"{municipality.lower()}-begroting-2024",
            municipality=municipality,
        )  # fmt: skip
    answerer = FigureAnswerer(cells, {}, "")
    # (each question scoped to the municipality it names, as the assistant does when the
    # user chose none)
    first = "Hoeveel verwacht Proefdorp in 2025 op te halen met de onroerendezaakbelastingen?"
    said = answerer.answer(first, "Proefdorp", [], chosen=False)
    assert [f.value for f in said.figures] == [Decimal("8521000")], said.text
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": said.text}]
    said = answerer.answer("En Rekendam in 2024?", "Rekendam", history, chosen=False)
    assert [f.value for f in said.figures] == [Decimal("9644000")], said.text


def test_how_far_a_figure_stayed_under_its_budget_names_no_row_of_the_verb():
    answerer = _regio()
    said = answerer.answer(
        "Hoeveel bleef de regio bij risicobeheersing in 2024 onder het budget?",
        "Regio Kustland", [],
    )
    assert {abs(f.value) for f in said.figures} == {Decimal("249106")}, said.text


def _cells(text: str):
    return document_figures(parse_sections(text), document_id="proefdorp-begroting-2025",
                            municipality="Proefdorp")  # fmt: skip


def test_a_dated_head_set_over_two_undated_columns_heads_both():
    # (each column's figures right-aligned at 82, 102, 122, 142 and 162; the head 'Mutaties
    # 2025' set from the left edge of 'Toevoeging', ending before 'Onttrekking' begins)
    def row(label: str, *cells: str) -> str:
        return laid_out((0, label), *((end - len(c), c) for end, c in zip(ENDS, cells)))

    text = "\n".join([
        "# Programmabegroting 2025",
        "",
        "## Reserves",
        "",
        "Tabel 11.3 Verloop van de reserves",
        laid_out((1, "Reserve"), (74, "Saldo"), (92, "Mutaties 2025"), (135, "Saldo"),
                 (155, "Saldo")),
        row(" (x € 1.000)", "1-1-2025", "Toevoeging", "Onttrekking", "31-12-2025", "31-12-2028"),
        row(" Algemene reserve", "9.846", "412", "0", "10.258", "10.673"),
        row(" Reserve duurzaamheid", "958", "0", "275", "683", "283"),
    ])  # fmt: skip
    columns = {
        c.column: (c.value, c.period) for c in _cells(text) if c.row == "Reserve duurzaamheid"
    }
    assert columns["Mutaties Toevoeging 2025"] == (Decimal("0"), "2025"), columns
    assert columns["Mutaties Onttrekking 2025"] == (Decimal("275000"), "2025"), columns


ENDS = (82, 102, 122, 142, 162)


def test_a_name_wrapped_onto_a_header_line_of_its_own_keeps_the_table_whole():
    line = "{:<44}{:>12}{:>14}{:>14}"
    text = "\n".join([
        "# Programmabegroting 2025",
        "",
        "## Overzicht van baten en lasten",
        "",
        "Tabel 11.1 Overzicht van baten en lasten per programma",
        line.format(" (bedragen x € 1.000)", "Rekening", "Begroting", "Begroting"),
        line.format("", "2023", "2024 na", "2025"),
        " " * 59 + "wijz.",
        "Programma 1 Inclusieve samenleving",
        line.format("    Lasten", "34.703", "36.693", "37.770"),
        line.format("    Baten", "5.973", "6.669", "6.616"),
        "Programma 2 Vitale kernen",
        line.format("    Lasten", "19.882", "20.864", "21.309"),
        line.format("    Baten", "9.010", "10.088", "10.236"),
        line.format(" Totaal lasten", "54.585", "57.557", "59.079"),
    ])  # fmt: skip
    sections = parse_sections(text)
    assert not any(s.title.startswith("Programma 1") for s in sections)
    totals = {c.column: c.value for c in _cells(text) if c.row == "Totaal lasten"}
    assert totals["Begroting 2025"] == Decimal("59079000"), totals


def test_a_total_named_after_its_rows_adds_those_rows_only():
    text_ok = REGIO
    assert not failed_tables(_cells(text_ok))
    # ... and a misread one still fails
    broken = REGIO.replace("28.564.794", "28.564.994")
    assert failed_tables(_cells(broken))


def test_what_is_left_after_the_refund_is_not_the_refund():
    answerer = _regio()
    said = answerer.answer(
        "Wat blijft er netto over na de terugbetaling uit het resultaat 2024?", "Regio Kustland", []
    )
    assert Decimal("616941") not in [f.value for f in said.figures], said.text


def test_a_question_closed_by_a_bare_hoeveel_asks_what_the_sentence_before_named():
    answerer = text_answerer(TARIEVEN, municipality="Proefdorp", year="2025", weighed=True)
    said = answerer.answer(
        "Krijgt Proefdorp in 2025 geld uit het gemeentefonds? Hoeveel?", "Proefdorp", []
    )
    assert [f.value for f in said.figures] == [Decimal("54014000")], said.text


def test_a_rate_per_inhabitant_is_no_rival_to_the_amount_paid():
    text = "\n".join([
        "# Jaarstukken 2023 Regio Kustland",
        "",
        "## Baten en lasten",
        "",
        "Tabel 2.1 Baten en lasten (bedragen x € 1.000)",
        WIDE.format("", "Begroting 2023", "Realisatie 2023"),
        WIDE.format("Baten GR Gemeente Rekendam", "1.230", "1.243"),
        WIDE.format("Baten GR Gemeente Proefdorp", "2.101", "2.117"),
        WIDE.format("Totaal baten", "3.331", "3.360"),
        "",
        "## Kosten per inwoner",
        "",
        "Kosten per inwoner van gemeente Proefdorp en Rekendam",
        "{:<54}{:>18}".format("", "2023"),
        "{:<54}{:>18}".format("Kosten per inwoner van gemeente Proefdorp en Rekendam", "€ 12,35"),
    ])  # fmt: skip
    answerer = text_answerer(text, municipality="Regio Kustland", year="2023", weighed=True)
    said = answerer.answer(
        "Hoeveel heeft de gemeente Rekendam in 2023 bijgedragen aan Regio Kustland?",
        "Regio Kustland", [],
    )
    assert [f.value for f in said.figures] == [Decimal("1243000")], said.text


def test_the_narrowing_part_of_a_compound_no_document_prints_is_not_its_thing():
    line = "{:<44}{:>18}{:>18}"
    text = "\n".join([
        "# Programmabegroting 2026 gemeente Proefdorp",
        "",
        "## Programma 2 Veiligheid",
        "",
        "Tabel 3.2 Baten en lasten programma 2 Veiligheid (bedragen x € 1.000)",
        line.format("   Taakveld", "Begroting 2025", "Begroting 2026"),
        "1.1 Crisisbeheersing en brandweer",
        line.format("       Lasten", "2.920", "2.968"),
        line.format("       Baten", "23", "24"),
        "1.2 Openbare orde en veiligheid",
        line.format("       Lasten", "1.104", "1.132"),
        line.format("       Baten", "61", "64"),
        "",
        "Het aantal woninginbraken daalde. De bijdrage aan de veiligheidsregio stijgt in 2026.",
    ])  # fmt: skip
    answerer = text_answerer(text, municipality="Proefdorp", year="2026", weighed=True)
    said = answerer.answer("Hoeveel kost de nieuwe brandweerkazerne in Proefdorp?", "Proefdorp", [])
    assert not said.figures, said.text
    # ... while the thing the documents know is found by its narrowing part
    said = answerer.answer("Wat zijn de brandweerkosten in 2026?", "Proefdorp", [])
    assert [f.value for f in said.figures] == [Decimal("2968000")], said.text


def test_a_column_between_two_versions_of_one_head_is_its_own():
    text = "\n".join([
        "# Begroting 2027 ISD Kustland",
        "",
        "## Bijdragen",
        "",
        "Tabel 6 Totale bijdrage per deelnemer 2027 (bedragen in €)",
        laid_out((55, "Begroting 2027"), (111, "Begroting 2027 na"), (146, "Aandeel")),
        laid_out((3, "Gemeente"), (57, "primitief"), (79, "1e wijziging (cao)"), (118, "wijziging"),
                 (141, "inwoners (%)")),
        laid_out((3, "Proefdorp"), (57, "5.495.021"), (86, "72.478"), (118, "5.567.499"),
                 (150, "27,3")),
        laid_out((3, "Rekendam"), (57, "3.577.985"), (86, "47.207"), (118, "3.625.192"),
                 (150, "17,8")),
    ])  # fmt: skip
    columns = {c.column: c.value for c in _cells(text) if c.row == "Rekendam"}
    assert columns.get("1e wijziging") == Decimal("47207"), columns
    assert columns.get("Begroting 2027 na wijziging") == Decimal("3625192"), columns
