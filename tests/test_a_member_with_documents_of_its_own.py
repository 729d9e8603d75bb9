"""A member of a gemeenschappelijke regeling that has documents of its own in the corpus: what
it pays the body is a row of the body's table of contributions, asked by name ('Wat betaalt
Proefdorp aan GGD Kernland voor de basistaken?', 'Wat kost de GGD de gemeente Proefdorp per
inwoner?', 'de GGD' naming the body by its abbreviation), never the body's total of all
members; a year the body's documents do not hold is read in the member's own accounts, which
print what it paid; what another municipality without documents here pays ('Tubbergen') is
not a row of a body that bears its name ('Werkorganisatie Proefdorp Tubbergen'), nor is what
it pays a body of another name ('Werkbedrijf Kernland' for Werkbedrijf Rivierland); another
member asked on ('En voor Rekendam?') is its row in that table,
though it has documents of its own too. Within the member's jaarstukken, a 'Saldo (V/N)' column
of deviations does not make a row of lasten a saldo (issue 13). Made-up bodies and figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from .conftest import conversation, indexed_assistant

ROW = "{:<34}{:>16}{:>16}{:>16}{:>14}"

GGD = "\n".join([
    "# GGD Kernland Programmabegroting 2031",
    "",
    "## Overzicht van baten en lasten",
    "",
    "Tabel 3 Overzicht van baten en lasten (bedragen x € 1.000)",
    "{:<34}{:>16}{:>16}".format("", "Begroting 2030", "Begroting 2031"),
    "Baten",
    "{:<34}{:>16}{:>16}".format("Bijdragen gemeenten basistaken", "31.514", "32.724"),
    "{:<34}{:>16}{:>16}".format("Bijdragen gemeenten maatwerk", "2.399", "2.410"),
    "",
    "## Bijdragen van de deelnemende gemeenten",
    "",
    "Tabel 12 Bijdrage per gemeente 2031 (bedragen in euro's)",
    ROW.format("Gemeente", "Basistaken 2031", "Maatwerk 2031", "Totaal 2031", "Per inwoner"),
    ROW.format("Proefdorp", "1.459.134", "96.450", "1.555.584", "57,94"),
    ROW.format("Rekendam", "1.854.911", "0", "1.854.911", "54,35"),
])

PROEFDORP = "\n".join([
    "# Jaarstukken 2029 gemeente Proefdorp",
    "",
    "## Wat heeft het gekost?",
    "",
    "Tabel 2.2 Wat heeft het gekost? Inclusieve samenleving (bedragen in euro's)",
    "{:<30}{:>16}{:>16}{:>16}{:>14}".format(
        "Omschrijving", "Begroting 2029", "Begroting 2029", "Rekening 2029", "Saldo (V/N)"
    ),
    "{:<30}{:>16}{:>16}{:>16}{:>14}".format("", "primitief", "na wijziging", "", ""),
    "Lasten",
    "{:<30}{:>16}{:>16}{:>16}{:>14}".format(
        "Zorg meer nabij", "3.086.900", "3.164.500", "3.402.611", "238.111 N"
    ),
    "",
    "Zorg meer nabij: € 238.111 nadelig. De inzet van klantmanagers viel hoger uit.",
    "",
    "## Verbonden partijen",
    "",
    "Tabel 3.5 Bijdragen aan verbonden partijen 2029 (bedragen in euro's)",
    "{:<30}{:>16}{:>16}".format("Verbonden partij", "Begroot 2029", "Werkelijk 2029"),
    "{:<30}{:>16}{:>16}".format("GGD Kernland", "1.352.700", "1.351.980"),
    "{:<30}{:>16}{:>16}".format("Bijdrage Werkbedrijf Kernland", "2.104.000", "2.098.412"),
    "{:<40}{:>16}{:>16}".format("Werkorganisatie Proefdorp Tubbergen", "8.476.300", "8.318.946"),
])

REKENDAM = "\n".join([
    "# Programmabegroting 2031 gemeente Rekendam",
    "",
    "Tabel 4.1 Lasten programma Zorg (bedragen in euro's)",
    "{:<30}{:>16}".format("Onderdeel", "Begroting 2031"),
    "{:<30}{:>16}".format("Publieke gezondheid", "2.105.400"),
])

RIVIERLAND = "\n".join([
    "# Begroting 2031 Werkbedrijf Rivierland",
    "",
    "Tabel 5 Bijdragen deelnemers 2031 (bedragen in euro's)",
    "{:<30}{:>16}".format("Deelnemer", "Bijdrage 2031"),
    "{:<30}{:>16}".format("Rekendam", "3.412.000"),
])

MANIFEST = """documents:
- file: werkbedrijf-rivierland-begroting-2031.md
  municipality: Werkbedrijf Rivierland
  year: 2031
  type: begroting
  title: Begroting 2031
- file: rekendam-programmabegroting-2031.md
  municipality: Rekendam
  year: 2031
  type: begroting
  title: Programmabegroting 2031
- file: ggd-kernland-programmabegroting-2031.md
  municipality: GGD Kernland
  year: 2031
  type: begroting
  title: Programmabegroting 2031
- file: proefdorp-jaarstukken-2029.md
  municipality: Proefdorp
  year: 2029
  type: jaarstukken
  title: Jaarstukken 2029
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):
    return indexed_assistant(
        tmp_path_factory.mktemp("member"),
        {
            "manifest.yaml": MANIFEST.encode(),
            "ggd-kernland-programmabegroting-2031.md": GGD.encode(),
            "proefdorp-jaarstukken-2029.md": PROEFDORP.encode(),
            "rekendam-programmabegroting-2031.md": REKENDAM.encode(),
            "werkbedrijf-rivierland-begroting-2031.md": RIVIERLAND.encode(),
        },
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Wat betaalt Proefdorp in 2031 aan GGD Kernland voor de basistaken?", 1459134),
        ("Wat kost de GGD de gemeente Proefdorp per inwoner in 2031?", Decimal("57.94")),
        ("Hoeveel heeft Proefdorp in 2031 aan de GGD betaald?", 1555584),
        ("Hoeveel betaalde Proefdorp in 2029 werkelijk aan GGD Kernland?", 1351980),
    ],
)
def test_what_a_member_pays_the_body(assistant, question: str, value) -> None:
    answer = assistant.ask(question)
    assert [f.value for f in answer.figures] == [Decimal(value)], answer.text


def test_a_deviation_column_leaves_a_row_of_lasten_a_row_of_lasten(assistant) -> None:
    answer = assistant.ask(
        "Wat waren de werkelijke lasten van Zorg meer nabij in 2029?", municipality="Proefdorp"
    )
    assert [f.value for f in answer.figures] == [Decimal(3402611)], answer.text


def test_another_member_with_documents_asked_on_is_its_row_of_the_bodys_table(assistant) -> None:
    answers = conversation(
        assistant,
        "Wat betaalt Proefdorp in 2031 aan GGD Kernland voor de basistaken?",
        "En voor Rekendam?",
    )
    assert [f.value for f in answers[1].figures] == [Decimal(1854911)], answers[1].text


def test_a_municipality_inside_a_bodys_name_is_not_the_payer(assistant) -> None:
    # Proefdorp's accounts print what Proefdorp paid the werkorganisatie it shares with
    # Tubbergen; what Tubbergen paid is in no document here
    asked = assistant.ask("Hoeveel betaalde Tubbergen in 2029 aan de werkorganisatie?")
    assert asked.kind == "refusal" and not asked.figures, asked.text
    answers = conversation(
        assistant,
        "Hoeveel betaalde Proefdorp in 2029 aan de werkorganisatie?",
        "En voor Tubbergen?",
    )
    assert [f.value for f in answers[0].figures] == [Decimal(8318946)], answers[0].text
    assert answers[1].kind == "refusal" and not answers[1].figures, answers[1].text


def test_the_members_own_accounts_named_are_where_to_read(assistant) -> None:
    # 'volgens zijn eigen jaarstukken': what Proefdorp's own accounts print it paid, though the
    # body's table of contributions prints a row of Proefdorp too
    asked = "Hoeveel betaalde Proefdorp volgens zijn eigen jaarstukken aan GGD Kernland?"
    assert assistant.municipality_in(asked) == "Proefdorp"
    assert assistant.municipality_in("Hoeveel betaalde Proefdorp aan GGD Kernland?") == (
        "GGD Kernland"
    )
    # ... and so is the kind of document named when only the member's is of that kind
    # ('volgens de jaarstukken': GGD Kernland's begroting is none)
    cited = "Hoeveel betaalde Proefdorp volgens de jaarstukken aan GGD Kernland?"
    assert assistant.municipality_in(cited) == "Proefdorp"
    answer = assistant.ask(cited)
    assert [f.value for f in answer.figures] == [Decimal(1351980)], answer.text
    assert answer.citations[0].municipality == "Proefdorp", answer.citations
    budget = "Hoeveel betaalt Proefdorp in 2031 volgens de begroting aan GGD Kernland?"
    assert assistant.municipality_in(budget) == "GGD Kernland"


def test_the_payers_row_of_a_body_with_another_name_is_no_payment_to_the_body_asked(
    assistant,
) -> None:
    """Werkbedrijf Rivierland's documents hold no payment of Proefdorp; Proefdorp's accounts
    print what it paid Werkbedrijf Kernland, which is another body, however alike the names
    begin."""
    answer = assistant.ask("Wat is de bijdrage van Proefdorp aan Werkbedrijf Rivierland?")
    assert all(f.value != Decimal(2098412) for f in answer.figures), answer.text
    assert answer.kind == "refusal", answer.text

