"""Parsing: golden section paths of both seeds, blocks, tables and chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.parsing import (
    Line,
    chunk_sections,
    heading_level,
    is_table_row,
    parse_sections,
    sentences,
    split_blocks,
)

from .conftest import CORPUS

DATA = Path(__file__).parent / "data"
SEEDS = [
    "twenterand-programmabegroting-2020-sociaal-domein",
    "dinkelland-begroting-2020-inclusieve-samenleving",
]


def _outline(name: str) -> list[str]:
    sections = parse_sections((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    return [
        f"{s.heading_line}\t{' > '.join(s.path)}\t"
        + "".join("T" if b.kind == "table" else "p" for b in s.blocks)
        for s in sections
    ]


@pytest.mark.parametrize("name", SEEDS)
def test_section_paths_match_golden(name: str) -> None:
    expected = (DATA / f"sections-{name}.tsv").read_text(encoding="utf-8").splitlines()
    assert _outline(name) == expected


def test_twenterand_structure_reads_as_a_doelenboom() -> None:
    sections = parse_sections((CORPUS / f"{SEEDS[0]}.txt").read_text(encoding="utf-8"))
    paths = [" > ".join(s.path) for s in sections]
    assert (
        "Programma Sociaal Domein > Doelenboom Gezondheidszorg > Subdoel: Inwoners zijn zich "
        "bewust van de invloed van leefstijl op hun gezondheid" in paths
    )
    # A subdoel is never placed under a doel: the document does not say which one it serves.
    assert not any("Doel:" in p and "Subdoel:" in p for p in paths)
    overview = next(s for s in sections if s.title == "Overzicht baten en lasten")
    assert overview.path[-2] == "Sociaal Domein - Wat mag het kosten"
    assert [b.kind for b in overview.blocks] == ["table"]
    assert overview.blocks[0].caption.startswith("Overzicht 3.1 Baten en lasten")


def test_dinkelland_actielijnen_are_parts_of_the_ambitie() -> None:
    sections = parse_sections((CORPUS / f"{SEEDS[1]}.txt").read_text(encoding="utf-8"))
    parts = {s.path[1] for s in sections if len(s.path) >= 2 and s.path[0].startswith("Ambitie")}
    assert {"Langer gezond", "Versterken sociale basis", "Zorg meer nabij"} <= parts
    # Table rows padded with empty cells are not headings, however they start.
    assert not any(p.startswith("Actielijn:") for p in parts)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Programma Sociaal Domein", 1),
        ("Doelenboom Jeugd", 2),
        ("Doel: Laaggeletterdheid is afgenomen", 3),
        ("Subdoel: Zoveel mogelijk kinderen van 2½ - 4 jaar krijgen een aanbod", 3),
        ("Wat willen we bereiken?", 3),
        ("Zo gaan we dat doen", 4),
        ("Jeugd 16.695.012 16.060.788 16.357.714 16.423.993", None),
        ("Het doel van de Participatiewet is om mensen te laten participeren.", None),
    ],
)
def test_heading_levels(line: str, level: int | None) -> None:
    assert heading_level(line) == level


def test_table_rows_by_shape() -> None:
    assert is_table_row("Aantal activeringstrajecten 380 400 366 490 434 (31/5) CIV")
    assert is_table_row("Sociale zaken -14.014.961 -13.751.547 -13.466.507 -13.265.327")
    assert is_table_row("Beschut werk 14 11 5 5 - -")
    assert not is_table_row("De gemeente kent 2 loketten voor inwoners.")


def test_sentences_keep_list_numbers_with_their_item() -> None:
    text = "Preventie krijgt extra aandacht.\n1. We onderzoeken het IJslands model."
    assert sentences(text) == [
        "Preventie krijgt extra aandacht.",
        "1. We onderzoeken het IJslands model.",
    ]


@pytest.mark.parametrize("name", SEEDS)
def test_chunks_stay_inside_sections_and_tables_stay_whole(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    sections = parse_sections(text)
    chunks = chunk_sections(
        sections, document_id=name, municipality="X", year=2020, title="T", chunk_words=120
    )
    lines = text.split("\n")
    spans = {s.path: s for s in sections}
    for chunk in chunks:
        assert chunk.section in spans
        for number, line in zip(chunk.line_numbers, chunk.text.split("\n")):
            # every chunk line is quoted from its own line (white space folded)
            assert " ".join(line.split()) in " ".join(lines[number - 1].split())
        if chunk.kind == "paragraph":
            assert len(chunk.text.split()) <= 120 or chunk.start_line == chunk.end_line
    tables = [c for c in chunks if c.kind == "table"]
    for section in sections:
        for block in section.blocks:
            if block.kind == "table":
                assert any(c.start_line == block.start and c.end_line == block.end for c in tables)


def test_a_paragraph_naming_years_right_above_a_caption_is_no_header() -> None:
    # no blank line between the paragraph, the numbered caption and the table
    lines = [
        "Het jaar 2030 sluit met een resultaat van € 1.210.000 voordelig. De begroting 2030 na",
        "wijziging ging uit van een sluitend resultaat; het verschil komt vooral door lagere",
        "lasten voor onderhoud van wegen en door hogere leges voor omgevingsvergunningen.",
        "Tabel 2.1 Resultaat 2030 naar programma (bedragen x € 1.000)",
        " Programma                                                     Resultaat 2030",
        " Ruimte                                                                   804",
        " Dienstverlening                                                          406",
        " Totaal                                                                 1.210",
    ]
    blocks = split_blocks([Line(k, text) for k, text in enumerate(lines)])
    assert [b.kind for b in blocks] == ["paragraph", "table"]
    assert blocks[1].caption == "Tabel 2.1 Resultaat 2030 naar programma (bedragen x € 1.000)"


def test_a_long_numbered_caption_with_its_scale_note_captions_its_table() -> None:
    caption = (
        "Tabel 4.3 Wat mag het kosten? Programma 4 Wonen, ruimtelijke ontwikkeling, economie "
        "en vrije tijd (bedragen x € 1.000)"
    )
    lines = [
        caption,
        "                   Rekening 2029   Begroting 2030   Begroting 2031",
        "Lasten             9.842           10.415           10.987",
        "Baten              1.236           1.198            1.254",
    ]
    blocks = split_blocks([Line(k, text) for k, text in enumerate(lines)])
    assert [(b.kind, b.caption) for b in blocks] == [("table", caption)]


def test_sentences_ending_in_a_year_above_a_caption_stay_prose() -> None:
    """'... daalde van 61 in 2030 naar 47 in 2031.' names two years like a header, but it is a
    sentence: it and the amounts in the paragraph stay text, the caption names the table."""
    text = (
        "# Veiligheid\n"
        "\n"
        "Het aantal woninginbraken daalde van 61 in 2030 naar 47 in 2031.\n"
        "De bijdrage aan de Veiligheidsregio bedroeg in 2031 € 1.962.418.\n"
        "Beleidsindicatoren (bron: waarstaatjegemeente.nl)\n"
        "   Indicator              Eenheid                 Jaar      Proefdorp     Nederland\n"
        "   Winkeldiefstallen      per 1.000 inwoners      2030            1,1           2,3\n"
        "   Verwijzingen Halt      per 10.000 jongeren     2029             96           115\n"
    )
    blocks = parse_sections(text)[0].blocks
    table = next(b for b in blocks if b.kind == "table")
    assert table.caption == "Beleidsindicatoren (bron: waarstaatjegemeente.nl)"
    prose = " ".join(b.text for b in blocks if b.kind == "paragraph")
    assert "€ 1.962.418" in prose


def test_chunks_of_a_wrapped_paragraph_end_at_sentence_ends() -> None:
    """A PDF's paragraph comes in lines wrapped mid-sentence; a chunk cut between two lines
    would split 'Het nadeel van €' from '412.000 op jeugdzorg komt doordat ...'."""
    sentence = "Het nadeel van € {n}.000 op taakveld {n} komt doordat meer inwoners hulp kregen."
    words = " ".join(sentence.format(n=n) for n in range(1, 40)).split()
    lines = [" ".join(words[k : k + 9]) for k in range(0, len(words), 9)]  # wrapped at 9 words
    sections = parse_sections("\n".join(["# Analyse van de verschillen", "", *lines]))
    chunks = chunk_sections(
        sections, document_id="d", municipality="X", year=2032, title="T", chunk_words=60
    )
    assert len(chunks) > 3
    assert all(c.text.rstrip().endswith(".") for c in chunks), [c.text[-30:] for c in chunks]


def test_an_abbreviation_ends_no_sentence() -> None:
    """'ca.', 'o.a.' and 't.o.v.' are no sentence ends, within a line or at a line's end (a
    PDF line wrapped after 'ca.'): the amount stays with the words that say what it is."""
    text = (
        "De raming is bijgesteld naar ca. 24,5 miljoen euro, o.a. door De Bouwkosten.\n"
        "Het tekort is t.o.v. 2023 gedaald tot ca.\n€ 1,2 miljoen. Dat is minder."
    )
    assert sentences(text) == [
        "De raming is bijgesteld naar ca. 24,5 miljoen euro, o.a. door De Bouwkosten.",
        "Het tekort is t.o.v. 2023 gedaald tot ca. € 1,2 miljoen.",
        "Dat is minder.",
    ]


def test_an_entry_of_a_table_of_contents_is_no_sentence() -> None:
    from assistant.parsing import sentences

    text = (
        "1.1 Het ravijnjaar 2026 . . . . . . . . . . . . . . . . . 3\n"
        "1.2 Bezuinigingen en keuzes.......................... 4\n"
        "Het college stelt zeven maatregelen voor... of meer. De OZB stijgt met 4%."
    )
    assert sentences(text) == [
        "Het college stelt zeven maatregelen voor... of meer.", "De OZB stijgt met 4%."
    ]


def test_a_sentence_wrapped_before_a_number_goes_on_after_it() -> None:
    """A line that ends in a sentence begun after another ('... opgelost. Veilig Thuis is')
    goes on on the next line, also when that starts with a count ('24 uur per dag'); a
    line of its own that starts with a number after a finished sentence stays apart."""
    text = (
        "Geweld stopt zo snel mogelijk en wordt duurzaam opgelost. Veilig Thuis is\n"
        "24 uur per dag bereikbaar voor advies en meldingen.\n"
        "Wat gaan we daarvoor doen?\n"
        "3 medewerkers beoordelen elke melding."
    )
    assert sentences(text) == [
        "Geweld stopt zo snel mogelijk en wordt duurzaam opgelost.",
        "Veilig Thuis is 24 uur per dag bereikbaar voor advies en meldingen.",
        "Wat gaan we daarvoor doen?",
        "3 medewerkers beoordelen elke melding.",
    ]
