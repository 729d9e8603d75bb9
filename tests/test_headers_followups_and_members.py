"""Header cells set one space apart, a label column's header between header lines, a
follow-up that names another measure, a member municipality asked about as if it had
documents, and WNT columns that are no amounts (issue 13). The bodies and figures are made
up, in the layouts of a jaarstukken text export and a regeling's multi-year overview."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.figure_answers import FigureAnswerer, is_figure_question

from .conftest import converse, text_answerer

JAARSTUKKEN = (
    "# 2 Financieel resultaat\n"
    "\n"
    "Tabel 2.1 Overzicht van baten en lasten 2026\n"
    "Bedragen x € 1.000\n"
    "\n"
    "                                                Primitieve   Begroting na  Realisatie   Verschil\n"  # noqa: E501
    "                                            begroting 2026 wijziging 2026        2026        V/N\n"  # noqa: E501
    "-------------------------------------------------------------------------------------------------\n"  # noqa: E501
    "Lasten 1 Bestuur                                     3.628          3.768       3.556      212 V\n"  # noqa: E501
    "Lasten 2 Veiligheid en milieu                        9.859          9.954      10.128      174 N\n"  # noqa: E501
    "Lasten 3 Sociaal domein                             25.991         27.881      28.499      618 N\n"  # noqa: E501
    "Totaal lasten                                       39.478         41.603      42.183      580 N\n"  # noqa: E501
    "\n"
    "Baten 1 Bestuur                                        675            695         664       31 N\n"  # noqa: E501
    "Baten 2 Veiligheid en milieu                         5.835          5.945       6.181      236 V\n"  # noqa: E501
    "Baten 3 Sociaal domein                               6.990          7.970       8.415      445 V\n"  # noqa: E501
    "Totaal baten                                        13.500         14.610      15.260      650 V\n"  # noqa: E501
    "\n"
    "# 10 WNT-verantwoording\n"
    "\n"
    "Tabel 10.1 Bezoldiging topfunctionarissen 2026 (bedragen in euro's)\n"
    "\n"
    "Naam en functie                         Omvang    Beloning plus    Beloningen    Totale\n"
    "                                                       onkosten    op termijn    bezoldiging\n"  # noqa: E501
    "P.J. Hoeve (gemeentesecretaris)            1,0         138.412        21.734       160.146\n"  # noqa: E501
    "K. Lamers (griffier)                       0,9         101.250        16.020       117.270\n"  # noqa: E501
)

OVERZICHT = (
    "# 3 Overzicht van baten en lasten\n"
    "\n"
    "Tabel 2 Baten en lasten per programma (bedragen x € 1.000)\n"
    "                                          Rekening 2025                    Begroting 2026\n"  # noqa: E501
    "Programma\n"
    "                                   Lasten     Baten      Saldo      Lasten     Baten      Saldo\n"  # noqa: E501
    "  Brandweerzorg                    21.412       612    -20.800      22.148       540    -21.608\n"  # noqa: E501
    "  Risicobeheersing                  3.286       318     -2.968       3.410       290     -3.120\n"  # noqa: E501
    "  Algemene dekkingsmiddelen            38    25.132     25.094         100    26.158     26.058\n"  # noqa: E501
    "  Totaal saldo baten en lasten     24.736    26.062      1.326      25.658    26.988      1.330\n"  # noqa: E501
    "\n"
    "# 4 Bijdragen\n"
    "\n"
    "Tabel 3 Bijdragen per gemeente (bedragen in euro's)\n"
    "                          Verdeelsleutel   Begroting 2025   Begroting 2026\n"
    "Veldhoek                          60,35%        7.793.039        8.175.161\n"
    "Ommerzand                         39,65%        5.120.400        5.371.300\n"
    "Totaal                           100,00%       12.913.439       13.546.461\n"
)


@pytest.fixture(scope="module")
def jaarstukken() -> FigureAnswerer:
    return text_answerer(JAARSTUKKEN, "Proefdorp", year="2026", kind="jaarstukken")


@pytest.fixture(scope="module")
def regeling() -> FigureAnswerer:
    return text_answerer(OVERZICHT, "Veiligheidsregio Proefland", year="2026", kind="begroting")


def _columns(answerer: FigureAnswerer, row: str) -> list[str]:
    return [c.column for m in answerer.measures for c in m.cells if c.row == row]


def test_header_cells_one_space_apart_name_their_own_columns(jaarstukken) -> None:
    columns = _columns(jaarstukken, "Lasten 2 Veiligheid en milieu")
    assert "Primitieve begroting 2026" in columns
    assert "Begroting na wijziging 2026" in columns  # not 'Begroting na begroting 2026 ...'


def test_a_label_header_between_header_lines_keeps_the_years_above(regeling) -> None:
    columns = _columns(regeling, "Risicobeheersing")
    assert "Lasten Rekening 2025" in columns and "Baten Begroting 2026" in columns


def _values_in_turns(answerer: FigureAnswerer, *questions: str) -> list[object]:
    """The first figure of each answer in one conversation (None for an answer without)."""
    history: list[dict[str, str]] = []
    values: list[object] = []
    for question in questions:
        answer = answerer.answer(question, None, history)
        values.append(answer.figures[0].value if answer and answer.figures else None)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text if answer else ""},
        ]
    return values


def test_the_baten_after_the_lasten_of_a_row_named_for_its_measure(jaarstukken) -> None:
    assert _values_in_turns(
        jaarstukken, "Wat waren de lasten van veiligheid en milieu in 2026?", "En de baten?"
    ) == [10128000, 6181000]


def test_the_baten_after_the_lasten_in_columns_of_each(regeling) -> None:
    assert _values_in_turns(
        regeling, "Wat zijn de lasten van de brandweerzorg in 2026?", "En de baten dat jaar?"
    ) == [22148000, 540000]


def test_a_total_row_named_saldo_holds_the_total_lasten(regeling) -> None:
    answer = regeling.answer("Wat zijn de totale lasten in 2026?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 25658000, answer.text


def test_a_members_own_lasten_are_not_its_contribution(regeling) -> None:
    answer = regeling.answer("Wat waren de totale lasten van de gemeente Veldhoek in 2025?", None)
    assert answer.kind == "refusal" and not answer.figures, answer.text
    assert "Veldhoek" in answer.text and "bijdrage" in answer.text
    answer = regeling.answer("Hoeveel betaalt de gemeente Veldhoek in 2026?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 8175161, answer.text


def test_wnt_columns_of_job_size_and_pay_later_and_the_total(jaarstukken) -> None:
    cells = {
        c.column: c for m in jaarstukken.measures for c in m.cells if c.row.startswith("P.J.")
    }
    assert cells["Omvang"].unit == "count"
    assert cells["Beloningen op termijn"].unit == "EUR"
    answer = jaarstukken.answer("Wat verdiende de gemeentesecretaris in 2026 in totaal?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 160146, answer.text


def test_past_tenses_of_cost_and_spend_ask_a_figure() -> None:
    assert is_figure_question("Wat kostten de brandweer en de GHOR samen?")
    assert is_figure_question("Wat gaf de gemeente uit aan jeugdzorg?")


TARIEVEN = (
    "# 4 Lokale heffingen\n"
    "\n"
    "Tabel 4.1 Tarieven lokale heffingen\n"
    "\n"
    "Heffing                          Tarief 2025   Tarief 2026   Eenheid\n"
    "OZB woningen eigenaar                0,0947%       0,0981%   van de WOZ-waarde\n"
    "OZB niet-woningen eigenaar           0,1836%       0,1902%   van de WOZ-waarde\n"
    "Rioolheffing                        € 246,00      € 259,50   per aansluiting\n"
)


def _with_idf(text: str, document_id: str) -> FigureAnswerer:
    """An answerer whose word weights come from the document, as an index's do."""
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections
    from assistant.retrieval import stems

    cells = document_figures(parse_sections(text), document_id=document_id, municipality="P")
    idf = {t: 1.0 for c in cells for t in stems(f"{c.row} {c.column} {c.table} {c.quote}")}
    return FigureAnswerer(cells, idf, "")


def test_a_compound_the_document_prints_in_parts_and_in_other_forms() -> None:
    answerer = _with_idf(TARIEVEN, "proefdorp-jaarstukken-2026")
    # 'woningeigenaren': 'woningen' and 'eigenaar' as printed, and no bill 'voor (een) woning'
    answer = answerer.answer("Wat was het ozb tarief voor woningeigenaren in 2026?", None)
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("0.0981"), answer.text


def test_volgens_de_jaarrekening_names_the_realisation() -> None:
    answerer = _with_idf(JAARSTUKKEN, "proefdorp-jaarstukken-2026")
    question = "Wat zijn de totale inkomsten van 2026 volgens de jaarrekening?"
    assert answerer._status(question) == "realisatie"  # the document, no row's word
    answer = answerer.answer(question, None)
    assert answer.kind == "figure" and answer.figures[0].value == 15260000, answer.text


def test_a_share_the_row_prints_is_read_not_computed(regeling) -> None:
    answer = regeling.answer("Welk percentage betaalt Veldhoek volgens de verdeelsleutel?", None)
    assert answer.kind == "figure" and answer.figures[0].value == Decimal("60.35"), answer.text


RESERVES = (
    "# 7 Reserves\n"
    "\n"
    "Tabel 6a Verloop reserves 2027-2028 (bedragen x € 1.000)\n"
    "                                     Stand     Onttrekking         Stand\n"
    "Reserve\n"
    "                                31-12-2026            2027    31-12-2027\n"
    "  Algemene reserve                   1.840               -         1.840\n"
    "  Reserve kapitaallasten             1.260             180         1.080\n"
    "  Totaal reserves                    3.100             180         2.920\n"
    "Tabel 6b Verloop reserves 2028 (bedragen x € 1.000)\n"
    "                               Onttrekking         Stand\n"
    "Reserve\n"
    "                                      2028    31-12-2028\n"
    "  Algemene reserve                       -         1.840\n"
    "  Reserve kapitaallasten               180           900\n"
    "  Totaal reserves                      180         2.740\n"
)


def test_tables_captioned_6a_and_6b_are_two_tables_under_their_own_captions() -> None:
    answerer = text_answerer(RESERVES, "Proefregio", year="2027", kind="begroting")
    cells = [c for m in answerer.measures for c in m.cells if c.row == "Reserve kapitaallasten"]
    placed = {(c.table.split()[1], c.column): c.raw for c in cells}
    assert placed[("6a", "Stand 31-12-2027")] == "1.080"
    assert placed[("6b", "Stand 31-12-2028")] == "900"
    assert all("Onttrekking Stand" not in c.table for c in cells)  # headers are no caption


IN_PARTS = (
    "# 3 Overzicht\n"
    "\n"
    "Tabel 2 Lasten per programma (bedragen x € 1.000) – deel 1 van 2\n"
    "                                 Begroting 2026    Begroting 2027\n"
    "Brandweerzorg                            22.148            23.061\n"
    "Risicobeheersing                          3.410             3.592\n"
    "Totaal lasten                            25.558            26.653\n"
    "\n"
    "Tabel 2 Lasten per programma (bedragen x € 1.000) – deel 2 van 2 (vervolg)\n"
    "                                    Raming 2028       Raming 2029\n"
    "Brandweerzorg                            23.390            23.702\n"
    "Risicobeheersing                          3.640             3.688\n"
    "Totaal lasten                            27.030            27.390\n"
)


def test_a_table_printed_in_parts_is_one_table() -> None:
    answerer = text_answerer(IN_PARTS, "Proefregio", year="2027", kind="begroting")
    tables = {c.table for m in answerer.measures for c in m.cells}
    assert tables == {"Tabel 2 Lasten per programma (bedragen x € 1.000)"}
    answer = answerer.answer("Hoeveel nemen de totale lasten toe van 2027 naar 2028?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 377000, answer.text


def test_a_body_named_by_one_word_of_its_name_is_the_scope() -> None:
    from types import SimpleNamespace

    from assistant.answering import Assistant

    # (no name printed and no abbreviations given: the names alone decide)
    known = SimpleNamespace(
        municipalities=["Hallerbroek", "Veiligheidsregio Luttervenen", "GGD Luttervenen"],
        _printed=lambda name: False,
        _body_abbreviations={},
    )
    scope = Assistant.municipality_in
    assert scope(known, "Wat kost de veiligheidsregio in 2027?") == "Veiligheidsregio Luttervenen"
    assert scope(known, "Wat geeft Hallerbroek uit aan afval?") == "Hallerbroek"
    assert scope(known, "Hoeveel betalen de gemeenten in Luttervenen?") is None  # two bodies
    # a word of a body's name that no other name has names it, though another word of it is
    # a municipality's name
    werkorganisatie = SimpleNamespace(
        municipalities=["Dinkelland", "Noaberkracht Dinkelland Tubbergen"],
        _printed=lambda name: False,
        _body_abbreviations={},
    )
    assert (
        scope(werkorganisatie, "Wat moet Dinkelland in 2025 aan Noaberkracht betalen?")
        == "Noaberkracht Dinkelland Tubbergen"
    )
    assert scope(werkorganisatie, "Wat zijn de lasten van Dinkelland?") == "Dinkelland"


TAAKVELDEN = (
    "# 6 Taakvelden\n"
    "\n"
    "Tabel 6.1 Lasten en baten per taakveld, realisatie 2026 (bedragen x € 1.000)\n"
    "Taakveld                              Lasten 2026   Baten 2026\n"
    "0.8 Overige baten en lasten                   402           12\n"
    "5.6 Media                                     610           40\n"
    "7.3 Afval                                   4.812        5.120\n"
)


def test_a_taakveld_named_by_its_code_is_that_row_or_none() -> None:
    answerer = text_answerer(TAAKVELDEN, "Proefdorp", year="2026", kind="jaarstukken")
    answer = answerer.answer("Hoeveel gaf Proefdorp in 2026 uit aan afval (taakveld 7.3)?", None)
    assert answer.kind == "figure" and answer.figures[0].value == 4812000, answer.text
    answer = answerer.answer("Hoeveel ging er in 2026 naar erfgoed (taakveld 5.5)?", None)
    assert not answer.figures, answer.text  # 5.5 is not printed: never 0.8 or 5.6


RATIOS = (
    "# 5 Weerstandsvermogen\n"
    "\n"
    "De ratio weerstandsvermogen voor 2026 is 16.592.480 / 8.150.000 = 2,04.\n"
    "\n"
    "# 8 Kengetallen\n"
    "\n"
    "Tabel 8.2 Financiële kengetallen\n"
    "Kengetal                        Rekening 2025   Begroting 2026\n"
    "Solvabiliteitsratio                     24,7%            21,5%\n"
    "Netto schuldquote                       48,0%            52,0%\n"
)


def test_die_ratio_goes_back_to_the_conversations_ratio() -> None:
    answerer = text_answerer(RATIOS, "Proefdorp", year="2026", kind="begroting")
    first, then = _values_in_turns(
        answerer,
        "Wat is de ratio weerstandsvermogen in de begroting?",
        "En hoe hoog was die ratio bij de jaarrekening over 2025?",
    )
    assert first == Decimal("2.04") and then is None  # never the solvabiliteitsratio


def test_what_a_member_pays_a_body_is_asked_of_the_body() -> None:
    """'Hoeveel betaalt Hallerbroek aan de veiligheidsregio?' names a municipality with
    documents of its own and a body of the corpus it pays: the body prints the payment."""
    from types import SimpleNamespace

    from assistant.answering import Assistant

    known = SimpleNamespace(
        municipalities=["Hallerbroek", "Veiligheidsregio Luttervenen"],
        _printed=lambda name: False,
        _body_abbreviations={},
    )
    scope = Assistant.municipality_in
    body = "Veiligheidsregio Luttervenen"
    assert scope(known, "Hoeveel betaalt Hallerbroek in 2027 aan de veiligheidsregio?") == body
    assert scope(known, "Hoeveel krijgt Hallerbroek terug van de veiligheidsregio?") == body
    assert scope(known, "Wat kost de brandweer Hallerbroek in 2027?") == "Hallerbroek"


MEMBERS = (
    "# 2 Jaarrekening\n\n"
    "Tabel 2.4 Bijdragen per gemeente 2024 en terugbetaling resultaat (bedragen in €)\n"
    "Gemeente        Verdeelsleutel   Begroting 2024   Terugbetaling resultaat 2024   "
    "Netto bijdrage 2024\n"
    "Ellewoude             28,19%        5.122.549                        102.041   "
    "      5.020.508\n"
    "Oldenmaat             33,95%        6.169.639                        122.899   "
    "      6.046.740\n"
    "Totaal               100,00%       18.171.000                        361.986   "
    "     17.809.014\n"
)


def test_a_member_gets_back_its_refund_and_the_next_member_too() -> None:
    """'Hoeveel krijgt X terug uit het resultaat?' is the refund column (no baten), and 'En
    Oldenmaat?' the same column in the other member's row, not the budget beside it."""
    answerer = text_answerer(MEMBERS, "Proefregio", year="2024", kind="jaarstukken",
                             weighed=True)  # fmt: skip
    converse(answerer, "Proefregio", {
        "Hoeveel krijgt Ellewoude terug uit het resultaat 2024?": 102041,
        "En Oldenmaat?": 122899,
    })  # fmt: skip
