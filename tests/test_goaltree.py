"""The goal tree: its shape for both seeds, and goal questions answered from it."""

from __future__ import annotations

import pytest

from assistant.goaltree import build_tree, children, similarity, taakvelden
from assistant.parsing import parse_sections

from .conftest import CORPUS

TW = "twenterand-programmabegroting-2020-sociaal-domein"
DK = "dinkelland-begroting-2020-inclusieve-samenleving"


def _tree(name: str, municipality: str):
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return build_tree(parse_sections(text), document_id=name, municipality=municipality)


def test_twenterand_doelenbomen_with_effect_doelen_subdoelen_metingen_money() -> None:
    nodes = _tree(TW, "Twenterand")
    bomen = [n for n in nodes.values() if n.kind == "doelenboom"]
    assert [b.name for b in bomen] == [
        "Sociale Zaken",
        "Maatschappelijke ondersteuning",
        "Gezondheidszorg",
        "Onderwijs",
        "Jeugd",
        "ontwikkelprogramma Transformatie Sociaal Domein",
    ]
    jeugd = bomen[4]
    kinds = [c.kind for c in children(nodes, jeugd)]
    assert kinds.count("doel") == 3 and kinds.count("subdoel") == 6
    assert {"effect", "metingen", "financieel"} <= set(kinds)
    assert ("6.72", "Maatwerkdienstverlening 18-") in [
        (c, n) for c, n, _ in taakvelden(nodes, jeugd)
    ]


def test_no_subdoel_is_placed_under_a_doel() -> None:
    for name, municipality in ((TW, "Twenterand"), (DK, "Dinkelland")):
        nodes = _tree(name, municipality)
        for node in nodes.values():
            if node.kind == "subdoel":
                assert nodes[node.parent].kind in ("doelenboom", "actielijn")


def test_subdoel_description_includes_zo_gaan_we_dat_doen_text() -> None:
    nodes = _tree(TW, "Twenterand")
    leefstijl = next(n for n in nodes.values() if "leefstijl" in n.title)
    assert leefstijl.text.startswith("Leefstijl is de manier van leven")
    empty = next(
        n for n in nodes.values() if n.title.endswith("Maatwerkvoorzieningen zijn toereikend")
    )
    assert empty.text == ""


def test_dinkelland_actielijnen_are_the_ones_the_document_names() -> None:
    nodes = _tree(DK, "Dinkelland")
    ambitie = next(n for n in nodes.values() if n.kind == "ambitie")
    assert [c.title for c in children(nodes, ambitie, "actielijn")] == [
        "Langer gezond",
        "Versterken sociale basis",
        "Zorg meer nabij",
        "Meer inwoners kunnen meedoen",
    ]


@pytest.mark.parametrize(
    ("query", "name", "ok"),
    [
        ("Wat is het effect van de doelenboom Gezondheidzorg?", "Gezondheidszorg", True),
        ("subdoel hulp in nood", "Hulp in nood is geboden waar nodig", True),
        ("'Maatwerkvoorzieningen zijn toereikend'", "Maatwerkvoorzieningen zijn toereikend", True),
        ("Welke doelen heeft Sport?", "Onderwijs", False),
    ],
)
def test_fuzzy_names(query: str, name: str, ok: bool) -> None:
    assert (similarity(query, name) >= 0.75) is ok


def ask(assistant, question, municipality="Twenterand", history=()):
    return assistant.ask(question, municipality=municipality, history=list(history))


def test_explain_subdoel_without_description_gives_context_marked_as_context(assistant) -> None:
    answer = ask(assistant, "Wat betekent het subdoel Maatwerkvoorzieningen zijn toereikend?")
    assert answer.kind == "text"
    assert "Doelenboom Maatschappelijke ondersteuning" in answer.text
    assert "geen eigen beschrijving" in answer.text and "Ter context" in answer.text
    assert "Toegekende maatwerkvoorzieningen totaal" in answer.text  # its indicator
    assert "€ 11.765.883" in answer.text  # the doelenboom's lasten
    assert "zegt niet onder welk doel" in answer.text


def test_goal_lists_and_places(assistant) -> None:
    doelen = ask(assistant, "Welke doelen heeft de doelenboom Maatschappelijke ondersteuning?")
    assert "Inwoners wonen langer zelfstandig thuis" in doelen.text
    assert "niet welk subdoel bij welk doel" in doelen.text
    where = ask(
        assistant, "Bij welke doelenboom hoort 'Mantelzorgers kunnen blijven mantelzorgen'?"
    )
    assert "ontwikkelprogramma Transformatie Sociaal Domein" in where.text
    velden = ask(assistant, "Welke taakvelden vallen onder Onderwijs?")
    assert "4.2 Onderwijshuisvesting" in velden.text
    lijnen = ask(
        assistant, "Welke actielijnen heeft de ambitie Inclusieve samenleving?", "Dinkelland"
    )
    assert "Langer gezond" in lijnen.text and "Aanpak sociaal domein" not in lijnen.text


def test_dat_subdoel_refers_back_to_the_last_one_mentioned(assistant) -> None:
    history = [
        {"role": "user", "content": "Wat betekent het subdoel Hulp in nood is geboden waar nodig?"},
        {"role": "assistant", "content": "Subdoel: Hulp in nood is geboden waar nodig (…)"},
    ]
    answer = ask(assistant, "Met welke indicatoren wordt dat subdoel gemeten?", history=history)
    assert "AED" in answer.text


def test_unknown_goal_name_asks_which_one(assistant) -> None:
    answer = ask(assistant, "Wat betekent het subdoel 'Iedereen heeft een jetski'?")
    assert answer.kind == "clarification" and "Doelenboom Jeugd" in answer.text
