"""Sentences under a table's notes, after a title of their own ('Bedragen x € 1.000. Een
bedrag tussen haakjes is een nadelig saldo.', then 'Toelichting op de meerjarenraming' over
'Vanaf 2029 laat de meerjarenraming een tekort zien: € 35.900 in 2029, ...'), are text with
figures of their own, not more lines of the table (issue 13). Made-up body and figures."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import converse, laid_out, text_answerer

LINES = [
    "# 3 Meerjarenraming",
    "",
    "Tabel 3.1 Meerjarenraming 2028-2031 (x € 1.000)",
    laid_out((76, "Begroting"), (106, "Meerjarenraming")),
    laid_out((1, "Omschrijving"), (88, "2028"), (110, "2029"), (132, "2030"), (153, "2031")),
    "Lasten",
    laid_out((1, "Totaal lasten"), (87, "2.984"), (109, "2.992"), (131, "3.050"), (152, "3.123")),
    "Baten",
    laid_out((1, "Totaal baten"), (87, "2.901"), (109, "2.956"), (131, "3.009"), (152, "3.064")),
    laid_out((1, "Saldo van baten en lasten"), (88, "(83)"), (110, "(36)"), (132, "(41)"),
             (153, "(59)")),
    "Bedragen x € 1.000. Een bedrag tussen haakjes is een nadelig saldo. Door afronding kunnen",
    "totalen afwijken van de som van de afzonderlijke bedragen.",
    "Toelichting op de meerjarenraming",
    "Vanaf 2029 laat de meerjarenraming een tekort zien: € 35.900 in 2029, € 41.000 in 2030",
    "en € 58.700 in 2031. Het tekort ontstaat doordat de kosten jaarlijks met ongeveer 2%",
    "stijgen, terwijl de bijdrage van de deelnemers achterblijft.",
    "",
]


def test_the_sentences_after_the_notes_are_text_with_their_own_figures() -> None:
    cells = document_figures(
        parse_sections("\n".join(LINES)), document_id="schap-begroting-2028", municipality="Schap"
    )
    said = {c.value: c for c in cells if c.kind == "prose" and c.unit == "EUR"}
    assert set(said) == {Decimal(35900), Decimal(41000), Decimal(58700)}, said
    assert said[Decimal(58700)].period == "2031"
    assert said[Decimal(58700)].quote.startswith("Vanaf 2029"), said[Decimal(58700)].quote


def test_the_shortfall_of_a_year_is_the_exact_amount_said() -> None:
    answer = text_answerer("\n".join(LINES), "Schap", year="2028", kind="begroting").answer(
        "Hoe groot is het tekort van het schap in 2031 volgens de meerjarenraming?", None, []
    )
    assert [abs(f.value) for f in answer.figures][:1] in ([Decimal(58700)], [Decimal(59000)]), (
        answer.text
    )


MEMBERS = [
    "# 4 Bijdragen van de deelnemers",
    "",
    "De deelnemers betalen jaarlijks een bijdrage in de kosten van het schap. De verdeling",
    "volgt de verdeelsleutel van de regeling. De bijdrage van de deelnemers stijgt in 2046",
    "met 2%. Voor de gemeente Aldermeer betekent dit een bijdrage van € 379.080 in 2046.",
    "",
    "Tabel 4.1 Bijdragen per deelnemer 2044-2048 (bedragen in euro's)",
    laid_out((130, "Meerjarenraming")),
    laid_out((40, "Verdeel-")),
    laid_out((1, "Deelnemer"), (40, "sleutel"), (56, "Rekening 2044"), (76, "Begroting 2045"),
             (96, "Begroting 2046"), (122, "2047"), (138, "2048")),
    laid_out((1, "Gemeente Aldermeer"), (40, "22,50%"), (62, "351.540"), (83, "362.520"),
             (103, "379.080"), (119, "386.685"), (135, "394.425")),
    laid_out((1, "Gemeente Brakveen"), (40, "17,50%"), (62, "273.420"), (83, "281.960"),
             (103, "294.840"), (119, "300.755"), (135, "306.775")),
    laid_out((1, "Totaal"), (40, "40,00%"), (62, "624.960"), (83, "644.480"), (103, "673.920"),
             (119, "687.440"), (135, "701.200")),
    "",
]


def test_a_follow_up_after_a_sentences_figure_goes_on_in_the_table_that_prints_it() -> None:
    """The first figure is said in a sentence as well as printed in the table of all
    members: 'En Brakveen?' is Brakveen's row of that table, and 'En in 2048?' its 2048."""
    answerer = text_answerer("\n".join(MEMBERS), "Schap", year="2045", kind="begroting",
                             weighed=True)  # fmt: skip
    converse(
        answerer,
        None,
        {
            "Hoeveel moet Aldermeer in 2046 bijdragen aan het schap?": Decimal(379080),
            "En Brakveen?": Decimal(294840),
            "En in 2048?": Decimal(306775),
        },
    )


def test_the_sentences_after_a_footnote_that_ends_are_text() -> None:
    """'¹ De verdeelsleutel is in 2035 vastgesteld ...', then running text: the footnote is
    the table's, the sentences after it are text with figures of their own."""
    lines = [
        *MEMBERS[:-1],
        "¹ De verdeelsleutel is in 2035 vastgesteld op basis van het aantal inwoners.",
        "De gemeente Aldermeer betaalt in 2046 € 379.080. Gemeenten die het schap niet",
        "financieren, zoals Zeewolde, betalen geen bijdrage.",
        "",
    ]
    cells = document_figures(
        parse_sections("\n".join(lines)), document_id="schap-begroting-2045", municipality="Schap"
    )
    said = [c.quote for c in cells if c.kind == "prose" and c.value == Decimal(379080)]
    assert any(q.startswith("De gemeente Aldermeer betaalt") for q in said), said


def test_a_short_first_line_of_sentences_under_a_table_stays_in_its_paragraph() -> None:
    """Sentences right under the last row whose first line reads like a title ('De kosten
    zijn hoger. Dit komt door de inzet'): one paragraph, not a title and the rest; the
    amount's sentence keeps its start."""
    lines = [
        "# 5 Sport",
        "",
        "Tabel 5.1 Zwembad (x € 1.000)",
        "{:<36}{:>14}{:>14}".format("Omschrijving", "2042", "2043"),
        "{:<36}{:>14}{:>14}".format("Lasten zwembad", "1.204", "1.262"),
        "{:<36}{:>14}{:>14}".format("Baten zwembad", "488", "493"),
        "De kosten zijn hoger. Dit komt door de inzet",
        "van extra badmeesters in 2043, voor € 45.000 per jaar.",
        "",
    ]
    cells = document_figures(
        parse_sections("\n".join(lines)), document_id="proefdorp-begroting-2043",
        municipality="Proefdorp",
    )  # fmt: skip
    said = [c.quote for c in cells if c.kind == "prose" and c.value == Decimal(45000)]
    assert said and said[0].startswith("Dit komt door de inzet van extra badmeesters"), said
