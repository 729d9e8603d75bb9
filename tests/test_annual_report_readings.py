"""Readings of a jaarstukken (issue 13): what was spent compared over two years is the
realisation of both, not the first budget column of the later one; a follow-up naming a
programme in words ('En bij programma drie?'); a footnote mark glued to a row label
('Aantal inwoners1'); a grade beside last year's in brackets ('7,6 (2028: 7,3)') in a
sentence of the year reported on; what is left of a credit; a member of another body named
in a question about this one, its inhabitants and the name the body is shortened to.
Made-up figures for Proefdorp and the Werkbedrijf Veldhoven-Oost."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from assistant.corpus import read_document
from assistant.figures import document_figures, numbers_in
from assistant.parsing import parse_sections

from .conftest import text_answerer
from .pdfmaker import make_pdf


def _row(label: str, *cells: str) -> str:
    return f"{label:<44}" + "".join(f"{c:>14}" for c in cells)


def _wide(label: str, *cells: str) -> str:
    return f"{label:<36}" + "".join(f"{c:>34}" for c in cells)


ACCOUNTS = "\n".join([
    "# Jaarstukken 2029",
    "",
    "## 1 Inleiding",
    "",
    "De totale lasten (exclusief toevoegingen aan reserves) bedroegen € 141,1 miljoen. "
    "Dat is € 3.371 per inwoner.",
    "",
    "Tabel 1.1 Kerngegevens",
    _row("Omschrijving", "31-12-2028", "31-12-2029"),
    _row("Aantal inwoners1", "41.503", "41.860"),
    "1) Bron: Basisregistratie Personen, stand per 31 december; de woningen volgens",
    "de Basisregistratie Adressen en Gebouwen.",
    "Woningvoorraad (aantallen)",
    _row("Omschrijving", "31-12-2028", "31-12-2029"),
    _row("Aantal woningen", "18.126", "18.397"),
    "",
    "## 2 Programma 1 Bestuur en dienstverlening",
    "",
    "Het klanttevredenheidsonderzoek leverde een rapportcijfer 7,6 op (2028: 7,3).",
    "",
    "Er zijn 266 nieuwbouwwoningen opgeleverd; met 5 woningen door transformatie van kantoren "
    "groeide de woningvoorraad met 271 woningen.",
    "",
    "Tabel 2.1 Beleidsindicatoren",
    _row("Indicator", "2027", "2028", "2029"),
    _row("Formatie fte per 1.000 inwoners", "6,81", "6,90", "6,96"),
    "",
    "## 4 Financiën",
    "",
    "Tabel 4.1 Overzicht van baten en lasten (bedragen x € 1.000)",
    _wide("Programma", "Lasten rekening 2028", "Lasten begroting 2029 primitief",
          "Lasten rekening 2029", "Baten begroting 2029 primitief", "Baten rekening 2029"),
    _wide("Programma 2 Veiligheid", "4.486", "4.652", "4.725", "195", "210"),
    _wide("Programma 3 Openbare ruimte", "23.118", "23.940", "24.056", "12.880", "13.171"),
    _wide("Programma 4 Zorg, jeugd en werk", "56.842", "57.310", "59.445", "12.150", "12.657"),
    _wide("Saldo van baten en lasten", "133.873", "138.185", "141.099", "133.745", "139.179"),
    "",
    "Tabel 4.2 Investeringskredieten (bedragen in euro's)",
    _row("Investering", "Jaar", "Krediet", "Uitgaven 2029", "Restant"),
    _row("Vervanging sporthal De Reiger", "2027", "8.750.000", "4.986.120", "1.351.574"),
    _row("Reconstructie Essenweg", "2028", "2.340.000", "1.906.418", "249.022"),
    "",
    "Tabel 4.4 Overzicht reserves (bedragen in euro's)",
    _row("Reserve", "Stand 1-1-2029", "Stand 31-12-2029"),
    _row("Algemene reserve", "14.826.410", "14.819.796"),
    _row("Reserve duurzaamheid en klimaat", "1.880.000", "1.554.190"),
    _row("Reserve sociaal domein", "3.412.600", "1.926.555"),
    _row("Totaal bestemmingsreserves", "5.292.600", "3.480.745"),
    "",
    "Tabel 4.3 Bijdragen aan gemeenschappelijke regelingen (bedragen in euro's)",
    _row("Verbonden partij", "Begroting 2029", "Rekening 2029"),
    _row("Veiligheidsregio Noord", "2.874.000", "2.906.340"),
    _row("Werkbedrijf Veldhoven-Oost", "3.580.000", "3.512.906"),
])


def _jaarstukken():
    return text_answerer(ACCOUNTS, "Proefdorp", year="2029", kind="jaarstukken")


def test_what_was_spent_more_compares_the_realisations() -> None:
    answer = _jaarstukken().answer(
        "Hoeveel meer gaf Proefdorp in 2029 uit aan Zorg, jeugd en werk dan in 2028?",
        "Proefdorp",
    )
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("2603000"), answer.text


def _conversation(answerer, municipality: str, *questions: str) -> list[Decimal]:
    """The first figure of each answer, each question asked after the ones before it."""
    history: list[dict[str, str]] = []
    figures = []
    for question in questions:
        answer = answerer.answer(question, municipality, history=history)
        assert answer is not None and answer.figures, (question, answer and answer.text)
        figures.append(answer.figures[0].value)
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]
    return figures


def test_a_follow_up_names_a_programme_in_words() -> None:
    assert _conversation(
        _jaarstukken(),
        "Proefdorp",
        "Wat waren de werkelijke lasten van programma Veiligheid in 2029?",
        "En de baten?",
        "En bij programma drie?",
    ) == [Decimal("4725000"), Decimal("210000"), Decimal("13171000")]


def test_a_footnote_mark_glued_to_a_label_is_no_part_of_it() -> None:
    answer = _jaarstukken().answer(
        "Hoeveel inwoners telde Proefdorp op 31 december 2029?", "Proefdorp"
    )
    assert answer is not None and answer.figures, answer and answer.text
    assert answer.figures[0].value == Decimal("41860"), answer.text
    assert "inwoners1" not in answer.text


def test_a_footnote_under_a_table_is_no_caption_of_the_next(tmp_path: Path) -> None:
    """A PDF: the footnote under one table, then the title of the next with no blank line
    between them, as the page reader gives them."""
    page: list = [
        "# Lokale heffingen",
        "",
        [(56, "Heffing"), (300, "2028"), (400, "2029")],
        [(56, "Woonlasten meerpersoonshuishouden2"), (300, "925"), (400, "979")],
        "",
        "2) Woonlasten volgens de COELO-definitie: OZB over de gemiddelde WOZ-waarde,",
        "rioolheffing en afvalstoffenheffing.",
        "Opbrengst lokale heffingen (bedragen in euro's)",
        [(56, "Heffing"), (300, "Begroting 2029"), (400, "Rekening 2029")],
        [(56, "OZB woningen"), (300, "7.380.000"), (400, "7.418.602")],
        [(56, "Parkeerbelasting"), (300, "720.000"), (400, "684.310")],
    ]
    path = tmp_path / "proefdorp-jaarstukken-2029.pdf"
    path.write_bytes(make_pdf([page]))
    doc = read_document(path, {"municipality": "Proefdorp", "id": "proefdorp-2029"})
    found = document_figures(
        parse_sections(doc.text), document_id="proefdorp-2029", municipality="Proefdorp"
    )
    ozb = [c for c in found if c.row == "OZB woningen"]
    assert ozb and all(c.table.startswith("Opbrengst lokale heffingen") for c in ozb), ozb
    assert {c.row for c in found} >= {"Woonlasten meerpersoonshuishouden"}


def test_a_grade_beside_last_years_is_the_grade_of_the_year_reported_on() -> None:
    assert numbers_in("Het onderzoek leverde een rapportcijfer 7,6 op (2028: 7,3).") == [
        (Decimal("7.6"), "grade")
    ]
    assert numbers_in("De score steeg van 6,9 naar 7,2.") == []  # which is which is not said
    answer = _jaarstukken().answer(
        "Welk rapportcijfer gaven inwoners de dienstverlening van Proefdorp in 2029?",
        "Proefdorp",
    )
    assert answer is not None and answer.figures, answer and answer.text
    assert answer.figures[0].value == Decimal("7.6"), answer.text


def test_a_ratio_of_a_value_and_not_of_a_norm() -> None:
    assert numbers_in("Dat geeft een weerstandsratio van 1,41.") == [(Decimal("1.41"), "ratio")]
    assert numbers_in("Een ratio van 1,0 tot 1,4 is voldoende.") == []


def test_what_is_left_of_a_credit_is_its_remainder() -> None:
    answer = _jaarstukken().answer(
        "Hoeveel is er nog over van het krediet voor sporthal De Reiger?", "Proefdorp"
    )
    assert answer is not None and answer.kind == "figure", answer and answer.text
    assert answer.figures[0].value == Decimal("1351574"), answer.text


REGELING = "\n".join([
    "# Begroting 2031 Werkbedrijf Veldhoven-Oost",
    "",
    "## 1 Deelnemers",
    "",
    "Tabel 1.1 Deelnemers",
    _row("Deelnemer", "Inwoners per 1-1-2030", "Zetels"),
    _row("Heuvelrade", "31.806", "3"),
    _row("Proefdorp", "20.114", "2"),
    "",
    "## 5 Bijdragen van de deelnemers",
    "",
    "Tabel 5.1 Bijdrage per deelnemer (bedragen in euro's)",
    _row("Deelnemer", "Begroting 2031"),
    _row("Heuvelrade", "6.614.430"),
    _row("Zandloo", "2.015.889"),
    _row("Proefdorp", "4.212.000"),
])


def _two_bodies():
    from assistant.figure_answers import FigureAnswerer

    cells = [
        *document_figures(parse_sections(ACCOUNTS), document_id="p", municipality="Proefdorp"),
        *document_figures(
            parse_sections(REGELING), document_id="w", municipality="Werkbedrijf Veldhoven-Oost"
        ),
    ]
    return FigureAnswerer(cells, {}, "", document_years={"p": "2029", "w": "2031"})


def test_a_member_of_another_body_is_no_reader_of_this_ones_table() -> None:
    """'Heuvelrade' is only a row of the Werkbedrijf's members: what it pays the
    veiligheidsregio is not in Proefdorp's table of its own contributions."""
    answerer = _two_bodies()
    answer = answerer.answer("Hoeveel betaalt Heuvelrade aan de Veiligheidsregio Noord?", None)
    assert answer is None or not answer.figures, answer.text
    answer = answerer.answer("Hoeveel betaalt Heuvelrade in 2031?", None)
    assert answer is not None and answer.figures, answer and answer.text
    assert answer.figures[0].value == Decimal("6614430"), answer.text
    # two members named are the parts of a sum
    answer = answerer.answer("Wat betalen Heuvelrade en Zandloo samen in 2031?", None)
    assert answer is not None and answer.figures, answer and answer.text
    assert answer.figures[0].value == Decimal("8630319"), answer.text


def test_inhabitants_on_a_date_are_no_rate() -> None:
    """'Inwoners per 1-1-2030' is a count on a day, not a rate 'per 1.000'."""
    answer = _two_bodies().answer(
        "Hoeveel inwoners heeft Heuvelrade?", "Werkbedrijf Veldhoven-Oost"
    )
    assert answer is not None and answer.figures, answer and answer.text
    assert answer.figures[0].value == Decimal("31806"), answer.text


def test_a_members_contribution_per_inhabitant_from_the_table_of_members() -> None:
    """'het WVO' is the Werkbedrijf Veldhoven-Oost; Heuvelrade's inhabitants stand in the
    table of members, its contribution in another table."""
    _, per_inhabitant = _conversation(
        _two_bodies(),
        "Werkbedrijf Veldhoven-Oost",
        "Wat betaalt Heuvelrade in 2031 aan het WVO?",
        "Hoeveel is dat per inwoner?",
    )
    assert round(per_inhabitant, 2) == Decimal("207.96")  # 6.614.430 / 31.806


def test_a_bodys_name_shortened_to_its_initials() -> None:
    from assistant.lexicon import abbreviations

    assert {"BVO", "BVOD"} <= abbreviations("Bedrijfsvoeringsorganisatie Drieveste")
    assert {"VR", "VRL"} <= abbreviations("Veiligheidsregio Lingemonde")
    assert "GGD" in abbreviations("Gemeentelijke Gezondheidsdienst Noord")
    assert abbreviations("Marlevoorde") == frozenset()  # a municipality's one word


def test_a_sentences_other_amounts_do_not_tie_with_the_one_its_words_name() -> None:
    answer = _jaarstukken().answer(
        "Met hoeveel woningen is de woningvoorraad gegroeid?", "Proefdorp"
    )
    assert answer is not None and answer.figures, answer and answer.text
    assert answer.figures[0].value == Decimal("271"), answer.text


def test_a_share_of_all_lasten_divides_by_the_bbv_total_row() -> None:
    """'Saldo van baten en lasten' under a column of lasten is the total of all lasten."""
    answer = _jaarstukken().answer(
        "Welk percentage van de totale lasten ging in 2029 naar programma vier?", "Proefdorp"
    )
    assert answer is not None and answer.figures, answer and answer.text
    assert round(answer.figures[0].value, 2) == Decimal("42.13"), answer.text  # 59.445/141.099


def test_a_programme_number_the_documents_do_not_have_is_refused() -> None:
    """The programmes are numbered, none is 7: a reserve named like it is no answer."""
    answer = _jaarstukken().answer(
        "Wat zijn de lasten van programma 7 Duurzaamheid en klimaat?", "Proefdorp"
    )
    assert answer is None or not answer.figures, answer.text



def test_a_ratio_named_in_one_word_is_answered_from_its_sentence() -> None:
    """'weerstandsratio' names a ratio as much as 'ratio weerstandsvermogen' does: the
    sentence's 'weerstandsratio van 1,42' answers it."""
    text = (
        "# Jaarstukken 2031 Veiligheidsregio Proefland\n\n## Weerstandsvermogen\n\n"
        "De algemene reserve bedraagt per 31 december 2031 € 1.412.600. Tegenover het totale "
        "risicobedrag van € 995.000 geeft dat een weerstandsratio van 1,42.\n"
    )
    answerer = text_answerer(text, "Veiligheidsregio Proefland", year="2031", kind="jaarstukken")
    answer = answerer.answer(
        "Wat is de weerstandsratio van de veiligheidsregio?", "Veiligheidsregio Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("1.42")


MEMBERS = (
    "# Jaarstukken 2031 Veiligheidsregio Proefland\n\n## 5.5 Bijdragen per deelnemer\n\n"
    "De reguliere bijdrage wordt verdeeld naar rato van het aantal inwoners. De kolom "
    "'Aandeel resultaat' toont het deel van het resultaat 2031 dat volgens het voorstel aan "
    "elke deelnemer wordt terugbetaald.\n\n"
    "Bedragen in euro's\n\n"
    "Deelnemer      Aandeel   Reguliere bijdrage   Totaal bijdrage 2031   Aandeel resultaat\n"
    "Alfadorp        22,87%            5.278.197              5.278.197             185.884\n"
    "Betaveen        14,77%            3.409.168              3.451.918             120.062\n"
    "Totaal          37,64%            8.687.365              8.730.115             305.946\n"
)


def test_a_column_the_text_explains_is_found_by_the_texts_words() -> None:
    """'De kolom 'Aandeel resultaat' toont ... wordt terugbetaald': what a member gets back
    is that column, never the contribution it paid."""
    answerer = text_answerer(MEMBERS, "Veiligheidsregio Proefland", year="2031", kind="jaarstukken")
    answer = answerer.answer(
        "Hoeveel krijgt Alfadorp over 2031 terug van de regio?", "Veiligheidsregio Proefland"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("185884")


SERIES = (
    "# Programmabegroting 2033 Proefdorp\n\n## Programma 2 Openbare ruimte\n\n"
    "Tabel 2.2 Lasten en baten programma 2 (bedragen x € 1.000)\n\n"
    "                Rekening 2031   Begroting 2032   Begroting 2033\n"
    "Lasten                 27.640           28.215           29.482\n"
    "Baten                  14.892           15.320           16.218\n\n"
    "## Overzicht van baten en lasten\n\n"
    "Tabel 4.1 Overzicht van baten en lasten (bedragen x € 1.000)\n\n"
    "Baten                          Begroting 2033   Raming 2034   Raming 2035\n"
    "1 Bestuur                               1.942         1.956         1.961\n"
    "2 Openbare ruimte                      16.218        16.574        16.930\n"
)


def test_a_year_the_programme_table_lacks_comes_from_the_same_series_elsewhere() -> None:
    """The baten of programma 2 in 2034 stand in the overview, whose row prints the same
    16.218 for 2033 as the programme's own table: the same figures, so its 2034 answers."""
    answerer = text_answerer(SERIES, "Proefdorp", year="2033", kind="begroting")
    answer = answerer.answer("Wat zijn de baten van programma 2 in 2034?", "Proefdorp")
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("16574000")


RESERVES = (
    "# Programmabegroting 2033 Proefdorp\n\n## Overzicht reserves\n\n"
    "Tabel 4.3 Verloop van de reserves (bedragen in euro's)\n\n"
    "Reserve                      Stand 1-1-2033   Stand 31-12-2034   Stand 31-12-2036\n"
    "Algemene reserve                 18.412.650         16.562.650         16.562.650\n"
    "Reserve onderhoud                 3.148.900          3.038.900          3.118.900\n"
)


def test_how_much_less_after_two_figures_is_their_difference() -> None:
    """'Hoeveel is dat minder?' after the stand of 1 January and the one expected at the end
    of 2036: the difference of the two, derived, never the last figure again."""
    answerer = text_answerer(RESERVES, "Proefdorp", year="2033", kind="begroting")
    history: list[dict[str, str]] = []
    for question in (
        "Hoeveel staat er op 1 januari 2033 in de reserve onderhoud?",
        "En wat is de verwachte stand eind 2036?",
    ):
        answer = answerer.answer(question, "Proefdorp", history)
        assert answer.kind == "figure", answer.text
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.text},
        ]
    answer = answerer.answer("Hoeveel is dat minder?", "Proefdorp", history)
    assert answer.kind == "figure", answer.text
    assert abs(answer.figures[0].value) == Decimal("30000")
    assert answer.figures[0].derivation


def test_money_that_still_lies_ready_is_the_remainder_of_the_credit() -> None:
    answer = _jaarstukken().answer(
        "Hoeveel geld ligt er nog klaar voor sporthal De Reiger?", "Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal("1351574")], answer.text


def test_what_a_project_cost_so_far_is_spent_money_not_its_credit() -> None:
    # 'tot nu toe gekost': what was spent up to now, never the credit granted
    row = "{:<28}{:>14}{:>20}{:>16}{:>20}".format
    text = "\n".join([
        "# Jaarstukken 2025 gemeente Proefdorp",
        "",
        "Tabel 7.1 Staat van investeringskredieten (bedragen in euro's)",
        row("Investering", "Krediet", "Uitgaven t/m 2024", "Uitgaven 2025", "Uitgaven t/m 2025"),
        row("Kindcentrum Noorderlicht", "9.850.000", "6.112.470", "3.561.208", "9.673.678"),
        row("Reconstructie Molenweg", "2.400.000", "120.000", "160.420", "280.420"),
    ])
    answer = text_answerer(text, "Proefdorp", year="2025", kind="jaarstukken").answer(
        "Wat heeft Kindcentrum Noorderlicht tot nu toe in totaal gekost?", "Proefdorp"
    )
    assert Decimal("9850000") not in [f.value for f in answer.figures], answer.text
    assert answer.kind != "figure" or [f.value for f in answer.figures] == [Decimal("9673678")]
