"""Reading a PDF's structure and scale as typeset: a line of the table of contents is no
heading, a chapter numbered next after the programmes closes the last programme, and a scale
note may use the multiplication sign ('Bedragen × € 1.000'), and a group named as the last
line before a page break holds for the part of the table after it (issue 13). Made-up figures
for Proefdorp."""

from __future__ import annotations

from decimal import Decimal

from assistant.figures import document_figures
from assistant.parsing import parse_sections

from .conftest import text_answerer

BEGROTING = (
    "# Gemeente Proefdorp\n"
    "\n"
    "## Inhoudsopgave\n"
    "\n"
    "1 Inleiding ............................................................ 3\n"
    "Programma 2 Duurzaamheid en milieu ..................................... 9\n"
    "4 Investeringen ........................................................ 11\n"
    "\n"
    "## 1 Inleiding\n"
    "\n"
    "Deze begroting is de eerste van de nieuwe raadsperiode.\n"
    "\n"
    "## 2 Financieel overzicht\n"
    "\n"
    "De begroting sluit met een klein overschot.\n"
    "\n"
    "## 3 Programma's\n"
    "\n"
    "## Programma 1 Bestuur\n"
    "\n"
    "## Wat willen we bereiken?\n"
    "\n"
    "Een bereikbaar gemeentebestuur.\n"
    "\n"
    "## Programma 2 Duurzaamheid en milieu\n"
    "\n"
    "## Wat gaan we daarvoor doen?\n"
    "\n"
    "We vervangen de openbare verlichting door led.\n"
    "\n"
    "## 4 Investeringen\n"
    "\n"
    "Tabel 4.1 Investeringsplan                                 Bedragen × € 1.000\n"
    "Investering                         2029      2030      Totaal\n"
    "Vervanging riolering Weiveld        1.240     1.180      2.420\n"
    "Nieuwbouw sporthal                  3.850     2.400      6.250\n"
    "Totaal                              5.090     3.580      8.670\n"
    "\n"
    "## 4.1 Toelichting\n"
    "\n"
    "De sporthal wordt in 2030 opgeleverd.\n"
)


def test_a_line_of_the_contents_opens_no_section() -> None:
    titles = [title for s in parse_sections(BEGROTING) for title in s.path]
    assert not any("...." in title for title in titles), titles


def test_the_chapter_after_the_programmes_closes_the_last_programme() -> None:
    """'4 Investeringen' follows '3 Programma's': it is no part of 'Programma 2', even though
    the programme's heading was given a higher level by its words."""
    paths = {s.path[-1]: s.path for s in parse_sections(BEGROTING) if s.path}
    assert paths["4 Investeringen"] == ("4 Investeringen",), paths["4 Investeringen"]
    assert paths["4.1 Toelichting"] == ("4 Investeringen", "4.1 Toelichting")
    assert paths["Wat gaan we daarvoor doen?"][0] == "Programma 2 Duurzaamheid en milieu"


def test_a_scale_note_with_the_multiplication_sign_scales_the_table() -> None:
    cells = document_figures(
        parse_sections(BEGROTING), document_id="b", municipality="Proefdorp"
    )
    riolering = [
        c for c in cells if c.row.startswith("Vervanging riolering") and c.period == "2029"
    ]
    assert [c.value for c in riolering] == [Decimal("1240000")], riolering
    assert all("Programma" not in c.section for c in riolering), riolering[0].section


INCIDENTELE = (
    "## 8 Incidentele baten en lasten\n"
    "\n"
    "Tabel 8.1        Incidentele baten en lasten                                      x € 1.000\n"
    "Omschrijving                              Progr.         2029         2030         2031\n"
    "\n"
    "Incidentele lasten\n"
    "Programma Vitale kernen                       2        350 N        350 N\n"
    "Gemeenteraadsverkiezingen 2030                1                     145 N\n"
    "Transformatiebudget jeugdhulp                 4        600 N        400 N        200 N\n"
    "Totaal incidentele lasten                              950 N        895 N        200 N\n"
    "Incidentele baten\n"
    "Onttrekking reserve sociaal domein            4        850 V        400 V        200 V\n"
    "Verkoop kavels Weiveld-Zuid                   2        185 V\n"
    "Totaal incidentele baten                             1.035 V        400 V        200 V\n"
)


def test_amounts_marked_n_or_v_under_a_header_with_a_column_of_programme_codes() -> None:
    """'350 N' is an amount marked nadeel; the programme's code ('2') under 'Progr.' is no
    amount of 2029, also when a blank line stands between the header and the rows."""
    cells = document_figures(
        parse_sections(INCIDENTELE), document_id="i", municipality="Proefdorp"
    )
    read = {(c.row, c.period): c.value for c in cells}
    assert read[("Programma Vitale kernen", "2029")] == Decimal("350000"), read
    assert read[("Programma Vitale kernen", "2030")] == Decimal("350000")
    assert ("Programma Vitale kernen", "2031") not in read
    assert read[("Gemeenteraadsverkiezingen 2030", "2030")] == Decimal("145000")
    assert read[("Totaal incidentele lasten", "2030")] == Decimal("895000")
    assert read[("Verkoop kavels Weiveld-Zuid", "2029")] == Decimal("185000")
    assert Decimal("2000") not in read.values() and Decimal("4000") not in read.values()


AFWIJKINGEN = (
    "## 5. Afwijkingen per programma\n"
    "\n"
    "Tabel 5.1 Afwijkingen Programma 1 Bestuur en veiligheid (bedragen in €)\n"
    " Nr.     Omschrijving                                          I/S        2025        2026\n"
    " 1.1     Bijdrage Veiligheidsregio (begrotingswijziging VR        S    86.000 N    91.000 N\n"
    "2025)\n"
    " 1.2     Hogere opbrengst leges reisdocumenten en                 I   118.000 V           -\n"
    "rijbewijzen\n"
    " 1.3     Voorbereiding gemeenteraadsverkiezingen                  I           -    48.000 N\n"
    "         Totaal programma 1                                          32.000 V   139.000 N\n"
)


def test_the_end_of_a_wrapped_label_names_no_group_of_the_rows_below() -> None:
    """'2025)' closes the label above it and 'rijbewijzen' goes on with it: neither is a
    heading of the rows that follow (a question about rijbewijzen is not about elections)."""
    cells = document_figures(
        parse_sections(AFWIJKINGEN), document_id="a", municipality="Proefdorp"
    )
    read = {(c.row.split()[0], c.period): c.value for c in cells}
    assert read[("1.3", "2026")] == Decimal("48000"), read
    assert read[("1.1", "2025")] == Decimal("86000"), read
    assert all(c.group not in ("2025)", "rijbewijzen") for c in cells), {c.group for c in cells}


CONTINUED = (
    "# 5 Sociaal domein\n"
    "\n"
    "Tabel 5.3 Baten en lasten per taakveld (bedragen in €)\n"
    "Taakveld                               Begroting 2029   Realisatie 2029\n"
    "Lasten\n"
    "6.71 Maatwerkdienstverlening 18+            9.654.779         9.862.465\n"
    "6.72 Maatwerkdienstverlening 18-            9.034.372        10.318.279\n"
    "Totaal lasten                              18.689.151        20.180.744\n"
    "Baten\n"
    "\n"
    "Tabel 5.3 Baten en lasten per taakveld (vervolg)\n"
    "Taakveld                               Begroting 2029   Realisatie 2029\n"
    "6.71 Maatwerkdienstverlening 18+              589.787           612.104\n"
    "6.72 Maatwerkdienstverlening 18-                    -                 -\n"
    "Totaal baten                                  589.787           612.104\n"
)


def test_a_group_named_last_before_a_page_break_holds_for_the_part_after_it() -> None:
    """'Baten' as the last line of a page, and the table goes on under its caption again
    ('(vervolg)'): the rows there are the baten, not rows of no group."""
    answerer = text_answerer(CONTINUED, "Proefdorp", year="2029", kind="jaarstukken")
    groups = {m.first.group for m in answerer.measures if m.first.row.startswith("6.71")}
    assert groups == {"Lasten", "Baten"}, groups
    answer = answerer.answer(
        "Wat waren de baten van maatwerkdienstverlening 18+ in 2029?", "Proefdorp"
    )
    assert answer.kind == "figure", answer.text
    assert answer.figures[0].value == Decimal("612104"), answer.text



KOSTEN = (
    "## 5 Programma 3 Fysieke leefomgeving\n"
    "\n"
    "### Wat mag het kosten?\n"
    "\n"
    "Tabel 5.1 Wat mag het kosten? Programma 3\n"
    "                              Realisatie     Begroting     Begroting\n"
    "                                    2026          2027          2028\n"
    "Lasten\n"
    "  2.1 Verkeer, wegen en water       6.214         6.588         6.702\n"
    "  7.2 Riolering                     4.076         4.215         4.388\n"
    "Totaal lasten                      10.290        10.803        11.090\n"
    "Saldo van baten en lasten         (10.290)      (10.803)      (11.090)\n"
    "Bedragen x € 1.000. Negatieve bedragen (nadelig) staan tussen haakjes.\n"
    "\n"
    "Tabel 5.2 Investeringen programma 3\n"
    "                              Begroting     Begroting\n"
    "                                   2028          2029\n"
    "Vervanging riolering Kerkstraat    1.240           860\n"
    "Reconstructie Dorpsweg               620           450\n"
    "Totaal investeringen               1.860         1.310\n"
    "\n"
    "(alle bedragen x € 1.000)\n"
)


def test_a_scale_note_under_the_table_scales_it() -> None:
    """The note under a table's last row, or right under the table as a line of its own,
    gives the table's scale as a caption would."""
    cells = document_figures(parse_sections(KOSTEN), document_id="k", municipality="Proefdorp")
    found = {(c.row, c.period): c.value for c in cells if c.row.startswith("Totaal")}
    assert found[("Totaal lasten", "2026")] == Decimal("10290000"), found
    assert found[("Totaal investeringen", "2029")] == Decimal("1310000"), found


def test_a_chapter_title_right_under_the_running_header_is_a_heading() -> None:
    """A chapter's title in large bold type set right under a running header in small type
    (no blank between them) opens its chapter; a programme numbered as a chapter ('4
    Programma 2 Sociaal domein') holds the blocks under it."""
    import hashlib
    from pathlib import Path

    from assistant.pdf import pdf_text

    from .pdfmaker import make_pdf

    chapters = ["2 Financieel beeld", "3 Programma 1 Bestuur", "4 Programma 2 Sociaal domein",
                "5 Programma 3 Fysieke leefomgeving"]  # fmt: skip
    pages = [
        [f"Gemeente Proefdorp | Begroting 2028   {title}", f"# {title}", "",
         "## Wat mag het kosten?", "De lasten stijgen licht door de indexatie van de lonen."]
        for title in chapters
    ]  # fmt: skip
    raw = make_pdf(pages)
    text, _ = pdf_text(raw, hashlib.sha256(raw).hexdigest(), Path("proefdorp.pdf"), None)
    paths = [s.path for s in parse_sections(text)]
    assert ("4 Programma 2 Sociaal domein", "Wat mag het kosten?") in paths, paths


def test_a_scale_said_once_for_a_chapter_holds_for_its_tables() -> None:
    # 'Alle bedragen in dit hoofdstuk zijn x € 1.000.' at the chapter's start: its tables,
    # also under its paragraphs, are in thousands; the next chapter's table in whole euros
    # is not
    from assistant.figures import document_figures
    from assistant.parsing import parse_sections

    row = "{:<40}{:>20}{:>20}".format
    text = "\n".join([
        "# 3 Financiële begroting",
        "",
        "Alle bedragen in dit hoofdstuk zijn x € 1.000.",
        "",
        "## 3.2 Reserves",
        "",
        "De tabel geeft de geplande toevoegingen en onttrekkingen.",
        "",
        "Tabel 3.2 Verloop van de reserves in 2025",
        row(" Reserve", "Toevoeging 2025", "Onttrekking 2025"),
        row(" Algemene reserve", "620", "860"),
        row(" Reserve sociaal domein", "0", "1.050"),
        "",
        "# 4 Overzicht per taakveld",
        "",
        "De bedragen in dit overzicht zijn in hele euro's.",
        "",
        "Tabel 4.1 Baten en lasten per taakveld, begroting 2025",
        row(" Taakveld", "Lasten 2025", "Baten 2025"),
        row(" 0.1 Bestuur", "4.238.072", "91.760"),
        row(" 0.2 Burgerzaken", "1.603.928", "655.240"),
    ])
    cells = document_figures(parse_sections(text), document_id="p", municipality="Proefdorp")
    values = {(c.row, c.column): c.value for c in cells if c.kind == "table"}
    assert values[("Reserve sociaal domein", "Onttrekking 2025")] == 1050000
    assert values[("0.2 Burgerzaken", "Baten 2025")] == 655240
