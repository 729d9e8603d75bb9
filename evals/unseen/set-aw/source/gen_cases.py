"""Write ../cases.yaml (FORMAT.md version 1) and provenance.json for set-aw.

Every expected and accepted figure is located in the finished documents: a table cell of one of the two new PDFs
(through the generators' layout log, cross-checked against data.py and against the `pdftotext -layout` line of
the page), a sentence of a new PDF, a line of a real text export, or a line of a real PDF.  check.py then
re-reads the PDFs and verifies each place without the layout log.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

import data as d
from fmt import dec, parse_nl, thousands

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
HERE = Path(__file__).resolve().parent
LAY = {d.D_FILE: json.loads((HERE / "layout" / "dinkelland.json").read_text(encoding="utf-8")),
       d.V_FILE: json.loads((HERE / "layout" / "vrt.json").read_text(encoding="utf-8"))}
MUNI = {d.D_FILE: "Dinkelland", d.V_FILE: "Veiligheidsregio Twente",
        "dinkelland-begroting-2020-inclusieve-samenleving.txt": "Dinkelland",
        "twenterand-programmabegroting-2020-sociaal-domein.txt": "Twenterand",
        "wassenaar-begroting-2024.pdf": "Wassenaar",
        "collectie-overijssel-jaarstukken-2023.pdf": "Collectie Overijssel"}
TITLE = {d.D_FILE: "Dinkelland Jaarstukken 2024 (fictief)", d.V_FILE: "Veiligheidsregio Twente Jaarstukken 2024 (fictief)",
         "dinkelland-begroting-2020-inclusieve-samenleving.txt": "Dinkelland Begroting 2020 (real text export)",
         "twenterand-programmabegroting-2020-sociaal-domein.txt": "Twenterand Programmabegroting 2020 (real text export)",
         "wassenaar-begroting-2024.pdf": "Wassenaar Begroting 2024 (real PDF)",
         "collectie-overijssel-jaarstukken-2023.pdf": "Collectie Overijssel Jaarstukken 2023 (real PDF)"}

_layout_cache: dict = {}


def layout_page(doc: str, page: int) -> list[str]:
    key = (doc, page)
    if key not in _layout_cache:
        out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(CORPUS / doc), "-"],
                             capture_output=True, text=True, check=True).stdout
        _layout_cache[key] = out.splitlines()
    return _layout_cache[key]


def table_info(doc: str, table: str) -> dict:
    for e in LAY[doc]:
        if e["type"] == "table" and e["table"] == table:
            return e
    raise KeyError((doc, table))


def scale_of(notes: list[str]) -> tuple[str, int]:
    for n in notes:
        if "x € 1.000" in n:
            return n, 1000
    for n in notes:
        if "euro" in n.lower() or "x € 1" in n:
            return n, 1
    return (notes[0] if notes else ""), 1


# ----------------------------------------------------------------------------------------------------------------
# sources
# ----------------------------------------------------------------------------------------------------------------
def cell(doc: str, table: str, row: str, col: str, group: str | None = None, unit_scale: bool = True) -> dict:
    hits = [e for e in LAY[doc] if e["type"] == "cell" and e["table"] == table and e["row"] == row
            and e["col"] == col and (group is None or e["group"] == group)]
    assert len(hits) == 1, (doc, table, row, col, group, len(hits))
    e = hits[0]
    ti = table_info(doc, table)
    stmt, scale = scale_of(ti["notes_below"])
    if not unit_scale:
        scale = 1
    printed = e["text"].replace("€", "").strip()
    try:
        value = parse_nl(printed) * scale
        value = int(round(value)) if float(value).is_integer() else round(value, 4)
    except ValueError:
        value = None        # a text cell such as '89% (2016)': located, never an expected value
    # the pdftotext -layout line of the row: its last label line and the printed figure
    lines = [ln for ln in layout_page(doc, e["page"]) if e["label_lines"][-1] in ln and printed in ln]
    assert len(lines) >= 1, (doc, e["page"], row, printed)
    return {"kind": "cell", "document": doc, "page": e["page"], "table": table, "caption": ti["caption"],
            "table_pages": [ti["start_page"], ti["end_page"]], "continued": e["continued"],
            "group": e["group"], "row": row, "label_lines": e["label_lines"], "column": col,
            "column_header_lines": ti["cols"][e["col_index"]]["header"], "cell_text": e["text"], "printed": printed,
            "scale_statement": stmt, "scale": scale, "value": value, "layout_line": lines[0].strip(),
            "section": " > ".join(e["section"]), "x0": round(e["x0"], 1), "x1": round(e["x1"], 1),
            "baseline": round(e["baseline"], 1), "table_x": [round(ti["x0"], 1), round(ti["x1"], 1)]}


def prose(doc: str, snippet: str, printed: str, value, unit: str = "EUR") -> dict:
    hits = [e for e in LAY[doc] if e["type"] == "para" and snippet in e["text"]]
    assert len(hits) == 1, (doc, snippet, len(hits))
    e = hits[0]
    assert printed in snippet, (printed, snippet)
    return {"kind": "prose", "document": doc, "pages": e["pages"], "section": " > ".join(e["section"]),
            "snippet": snippet, "printed": printed, "value": value, "paragraph": e["text"]}


def real_text(doc: str, line_contains: str, printed: str, value) -> dict:
    lines = (CORPUS / doc).read_text(encoding="utf-8").splitlines()
    hits = [(i + 1, ln) for i, ln in enumerate(lines) if line_contains in ln]
    assert len(hits) == 1, (doc, line_contains, len(hits))
    no, ln = hits[0]
    assert printed in ln
    return {"kind": "real_text", "document": doc, "line_no": no, "line": ln.strip(), "printed": printed,
            "value": value}


def real_pdf(doc: str, page: int, line_contains: str, printed: str, value) -> dict:
    hits = [ln for ln in layout_page(doc, page) if line_contains in ln]
    assert len(hits) == 1, (doc, page, line_contains, len(hits))
    assert printed in hits[0]
    return {"kind": "real_pdf", "document": doc, "page": page, "line": hits[0].strip(), "printed": printed,
            "value": value}


def describe(s: dict) -> str:
    if s["kind"] == "cell":
        g = f", group '{s['group']}'" if s["group"] else ""
        cont = " (continuation page, no header repeated)" if s["continued"] else ""
        wrap = f" (label wraps over {len(s['label_lines'])} lines; figures on the last)" if len(s["label_lines"]) > 1 else ""
        return (f"{TITLE[s['document']]}, p. {s['page']}{cont}, {s['caption'] or s['table']}{g}, row '{s['row']}'"
                f"{wrap}, column '{s['column']}': printed '{s['cell_text']}' ({short_scale(s)}) -> {fmtv(s['value'])}")
    if s["kind"] == "prose":
        return (f"{TITLE[s['document']]}, p. {','.join(map(str, s['pages']))}, {s['section']}, sentence "
                f"'{s['snippet']}' -> {fmtv(s['value'])}")
    if s["kind"] == "real_text":
        return (f"{TITLE[s['document']]}, line {s['line_no']} '{s['line'][:110]}': '{s['printed']}' -> "
                f"{fmtv(s['value'])}")
    return f"{TITLE[s['document']]}, p. {s['page']}, line '{s['line'][:110]}': '{s['printed']}' -> {fmtv(s['value'])}"


def short_scale(s: dict) -> str:
    st = s["scale_statement"].split(". ")[0].rstrip(".")
    return f"scale {s['scale']}: '{st}'" if st else f"scale {s['scale']}"


def fmtv(v) -> str:
    if isinstance(v, float) and not v.is_integer():
        return str(v)
    return str(int(v))


# ----------------------------------------------------------------------------------------------------------------
# turns
# ----------------------------------------------------------------------------------------------------------------
def fig(q: str, main: dict | None, unit: str, muni: str | None = None, accept: list | None = None,
        other: list | None = None, derive: dict | None = None, tol: float | None = None, why: str = "") -> dict:
    """A figure turn. main: a source (value = its value) or None with derive={value, op, sources, text}."""
    if derive:
        value = derive["value"]
        sources = derive["sources"]
    else:
        value = main["value"]
        sources = [main]
    muni = muni or MUNI[sources[0]["document"]]
    acc_vals = [a["value"] for a in (accept or [])]
    oth = other or []
    for o in oth:
        ov = abs(o["value"])
        assert all(abs(ov - abs(x)) > (tol or 0) for x in [value] + acc_vals), ("other equals expected", q, o)
    expect: dict = {}
    distinct = []
    for v in acc_vals:
        if v != value and v not in distinct:
            distinct.append(v)
    if distinct:
        expect["accept"] = [value] + distinct
    else:
        expect["value"] = value
    if tol:
        expect["tolerance"] = tol
    expect["unit"] = unit
    expect["municipality"] = muni
    prov = {"kind": "figure", "main": {"value": value, "sources": sources}, "accept": accept or [], "other": oth,
            "why": why}
    if derive:
        prov["main"]["op"] = derive["op"]
        prov["main"]["derivation"] = derive["text"]
    return {"question": q, "kind": "figure", "expect": expect, "_prov": prov}


def refusal(q: str, why: str, absent: list) -> dict:
    return {"question": q, "kind": "refusal", "_prov": {"kind": "refusal", "why": why, "absent": absent}}


def text(q: str, include: list, muni: str, where: dict, exclude: list | None = None) -> dict:
    expect = {"include": include}
    if exclude:
        expect["exclude"] = exclude
    expect["municipality"] = muni
    return {"question": q, "kind": "text", "expect": expect, "_prov": {"kind": "text", "where": where}}


def anyturn(q: str, exclude: list, muni: str | None, why: str) -> dict:
    expect = {"exclude": exclude}
    if muni:
        expect["municipality"] = muni
    return {"question": q, "kind": "any", "expect": expect,
            "_prov": {"kind": "any", "why": why, "exclude_is": "figures printed in the documents for another row or "
                                                             "member; a right answer never states them"}}


def where(doc: str, snippet: str) -> dict:
    hits = [e for e in LAY[doc] if e["type"] == "para" and snippet in e["text"]]
    assert len(hits) == 1, (doc, snippet, len(hits))
    e = hits[0]
    return {"document": doc, "pages": e["pages"], "section": " > ".join(e["section"]), "anchor": snippet,
            "passage": e["text"]}


def wheres(*ws) -> dict:
    return {"document": ws[0]["document"], "passages": list(ws)}


def diff(a: dict, b: dict, text_: str | None = None) -> dict:
    v = round(abs(a["value"]) - abs(b["value"]), 4)
    v = int(v) if float(v).is_integer() else v
    return {"value": abs(v), "op": "difference", "sources": [a, b],
            "text": text_ or f"{fmtv(abs(a['value']))} - {fmtv(abs(b['value']))} = {fmtv(abs(v))}"}


def total(*srcs) -> dict:
    v = sum(abs(s["value"]) for s in srcs)
    return {"value": v, "op": "sum", "sources": list(srcs),
            "text": " + ".join(fmtv(abs(s["value"])) for s in srcs) + f" = {fmtv(v)}"}


def share(part: dict, whole: dict) -> dict:
    v = round(100 * abs(part["value"]) / abs(whole["value"]), 2)
    return {"value": v, "op": "share", "sources": [part, whole],
            "text": f"100 * {fmtv(abs(part['value']))} / {fmtv(abs(whole['value']))} = {v}"}


def per(part: dict, count: dict, places: int = 2) -> dict:
    v = round(abs(part["value"]) / abs(count["value"]), places)
    return {"value": v, "op": "per", "sources": [part, count],
            "text": f"{fmtv(abs(part['value']))} / {fmtv(abs(count['value']))} = {v}"}


D, V = d.D_FILE, d.V_FILE
DR = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
TW = "twenterand-programmabegroting-2020-sociaal-domein.txt"
WA = "wassenaar-begroting-2024.pdf"
CO = "collectie-overijssel-jaarstukken-2023.pdf"
ALL = [D, V, DR, TW, WA, CO]
BP, BW, RK, VS = "Begroting primitief 2024", "Begroting na wijziging 2024", "Rekening 2024", "Verschil"
RL, AF = "Realisatie 2024", "Afwijking"
MEEDOEN = "Meer inwoners kunnen meedoen (participatie, inkomen, Wmo-maatwerk en jeugdhulp)"


def assert_real_rows():
    """The two indicator rows the jaarstukken repeat from the real Begroting 2020: same label, the real IST 2016 as
    nulmeting and the real SOLL 2022 as streefwaarde 2024."""
    for label, ist, soll in d.REAL_BEGR2020_ROWS:
        real = real_text(DR, label, f"{ist} {soll}", 0)
        assert real["line"].endswith(f"2016 {ist} {soll}"), real["line"]
        assert cell(D, "ind-IS", label, "Nulmeting")["cell_text"] == f"{ist} (2016)"
        assert cell(D, "ind-IS", label, "Streefwaarde 2024")["cell_text"] == soll


def build_cases() -> list[dict]:
    assert_real_rows()
    C: list[dict] = []

    def single(id_, turn, scope=None, note=""):
        C.append({"id": id_, "scope": scope, "turns": [turn], "note": note})

    def conv(id_, turns, scope=None, note=""):
        C.append({"id": id_, "scope": scope, "turns": turns, "note": note})

    # ============================================================ Dinkelland Jaarstukken 2024
    zmn = cell(D, "kosten-IS", "Zorg meer nabij", RK, "Lasten")
    single("aw-d-zorg-nabij-rekening", fig(
        "Wat waren de werkelijke lasten van zorg meer nabij in 2024?", zmn, "EUR",
        other=[cell(D, "kosten-IS", "Zorg meer nabij", BW, "Lasten"), cell(D, "kosten-IS", "Zorg meer nabij", BP, "Lasten"),
               cell(D, "kosten-IS", "Zorg meer nabij", RK, "Baten"), cell(D, "kosten-IS", "Zorg meer nabij", VS, "Lasten")],
        why="'werkelijke lasten' = column Rekening 2024 in the Lasten group; the baten row of the same actielijn "
            "and the budget columns are not the answer"), scope="Dinkelland")

    single("aw-d-meedoen-colloquial", fig(
        "hoeveel geld ging er in 2024 echt naar meer inwoners kunnen meedoen? dus jeugdhulp, wmo enzo",
        cell(D, "kosten-IS", MEEDOEN, RK, "Lasten"), "EUR",
        other=[cell(D, "kosten-IS", MEEDOEN, BW, "Lasten"), cell(D, "kosten-IS", MEEDOEN, RK, "Baten"),
               cell(D, "kosten-IS", MEEDOEN, VS, "Lasten")],
        why="a resident's words for the lasten (rekening) of the actielijn whose label wraps over two lines; "
            "the figures stand on the second label line"))

    single("aw-d-ozb-tarief-woningen", fig(
        "Wat was in 2024 het OZB-tarief voor eigenaren van woningen?",
        cell(D, "ozb-tarief", "Woningen, eigenaren", "Tarief 2024"), "percent",
        other=[cell(D, "ozb-tarief", "Woningen, eigenaren", "Tarief 2023"),
               cell(D, "ozb-tarief", "Niet-woningen, eigenaren", "Tarief 2024")],
        why="the tariff is a percentage of the WOZ-waarde printed with four decimals: 0,1047% -> 0.1047"),
        scope="Dinkelland")

    res_kc = cell(D, "reserves", "Reserve kindcentra en onderwijshuisvesting", "Stand 31-12-2024")
    assert res_kc["continued"]
    single("aw-d-reserve-kindcentra", fig(
        "wat zat er eind 2024 in de reserve voor kindcentra en onderwijshuisvesting?", res_kc, "EUR",
        other=[cell(D, "reserves", "Reserve kindcentra en onderwijshuisvesting", "Stand 1-1-2024"),
               cell(D, "reserves", "Reserve kindcentra en onderwijshuisvesting", "Toevoegingen 2024")],
        why="the row stands on the continuation page of Tabel 4.3, which repeats no header: the column is the "
            "last one of the header on the page before"))

    single("aw-d-nsq-gecorrigeerd", fig(
        "Wat was de netto schuldqoute gecorrigeerd voor alle verstrekte leningen in de rekening 2024?",
        cell(D, "kengetallen", "1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "Rekening 2024"),
        "percent",
        other=[cell(D, "kengetallen", "1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "Rekening 2023"),
               cell(D, "kengetallen", "1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "Begroting 2024"),
               cell(D, "kengetallen", "1a. Netto schuldquote", "Rekening 2024")],
        why="typo 'schuldqoute'; the label wraps over two lines with the figures on the second; 1a (not "
            "corrected) is another row"), scope="Dinkelland")

    single("aw-d-resultaat-2024", fig(
        "Met welk resultaat sloot de jaarrekening 2024 van Dinkelland af?",
        prose(D, f"De jaarrekening 2024 sluit met een positief resultaat van € {thousands(d.D_RESULT[2])}. Wij stellen",
              thousands(d.D_RESULT[2]), d.D_RESULT[2]), "EUR",
        accept=[cell(D, "overzicht", "Resultaat", RK), cell(D, "balans-passiva", "Gerealiseerd resultaat", "31-12-2024")],
        other=[cell(D, "overzicht", "Resultaat", BW), cell(D, "overzicht", "Resultaat", VS),
               cell(D, "overzicht", "Saldo van baten en lasten", RK)],
        why="printed in euros in the prose (par. 1.1 and 4.5) and in Tabel 4.5; rounded to 1.874 x € 1.000 in the "
            "overview and the balans (accepted). The begrote tekort (596) and the verschil (2.470) are not the "
            "resultaat; the saldo before reserves (502) neither"))

    single("aw-d-jeugdhulp-nadeel", fig(
        "Hoe groot was het nadeel op jeugdhulp in 2024?",
        cell(D, "analyse-IS", "Jeugdhulp met verblijf en ambulante jeugdhulp", "Bedrag"), "EUR",
        accept=[],
        other=[cell(D, "kosten-IS", MEEDOEN, VS, "Lasten")],
        why="Tabel 2.1.3 prints 512 x € 1.000 with N; the prose under it says € 512.000 nadelig (same value). "
            "The verschil of the whole actielijn (683.212) is not the jeugdhulp nadeel"), scope="Dinkelland")

    # conversation: energietransitie (scoped)
    et_bw = cell(D, "kosten-DD", "Energietransitie", BW, "Lasten")
    et_rk = cell(D, "kosten-DD", "Energietransitie", RK, "Lasten")
    conv("aw-d-conv-energietransitie", [
        fig("Hoeveel was er in 2024 na wijziging begroot voor energietransitie?", et_bw, "EUR",
            other=[cell(D, "kosten-DD", "Energietransitie", BP, "Lasten"), cell(D, "kosten-DD", "Energietransitie", BW, "Baten"),
                   et_rk],
            why="'begroot na wijziging' = column Begroting na wijziging 2024 of the Lasten row; the baten row "
                "(512.000 SPUK) is another figure"),
        fig("En hoeveel is daarvan echt uitgegeven?", et_rk, "EUR",
            other=[et_bw, cell(D, "kosten-DD", "Energietransitie", RK, "Baten")],
            why="the rekening of the same lasten row"),
        text("Waarom is er minder uitgegeven dan begroot?", ["Saasveld", ["uitgesteld", "netbeheerder"]], "Dinkelland",
             wheres(where(D, "De wijkaanpak warmtetransitie in Saasveld is uitgesteld"),
                    where(D, "Het uitvoeringsbudget energietransitie is voor een deel niet besteed"))),
    ], scope="Dinkelland")

    # conversation: algemene uitkering + per inwoner (scoped)
    au = cell(D, "adm", "Algemene uitkering gemeentefonds", RK, "Baten")
    inw24 = cell(D, "kern", "Aantal inwoners", "31-12-2024", "Sociale structuur", unit_scale=False)
    inw23 = cell(D, "kern", "Aantal inwoners", "31-12-2023", "Sociale structuur", unit_scale=False)
    pi = per(au, inw24)
    pi2 = per(au, inw23)
    conv("aw-d-conv-gemeentefonds", [
        fig("hoeveel kreeg dinkelland in 2024 uit het gemeentefonds?", au, "EUR",
            accept=[],
            other=[cell(D, "adm", "Algemene uitkering gemeentefonds", BW, "Baten"),
                   cell(D, "adm", "Algemene uitkering gemeentefonds", VS, "Baten"),
                   cell(D, "overzicht", "Algemene dekkingsmiddelen", RK, "Baten")],
            why="the algemene uitkering (rekening) in Tabel 2.5, repeated with the same value in the prose of 2.5; "
                "the total of the algemene dekkingsmiddelen (50.711 x € 1.000) is not it"),
        fig("Hoeveel is dat per inwoner?", None, "EUR", muni="Dinkelland",
            derive={**pi, "text": pi["text"] + f" (inwoners 31-12-2024; with the 31-12-2023 count: {pi2['text']})"},
            accept=[{**pi2, "kind": "derived"}], tol=1.0,
            why="Tabel 1.1 prints inwoners at 31-12-2023 and 31-12-2024; both divisions are accepted (tolerance 1 "
                "euro)"),
    ], scope="Dinkelland")

    # conversation: Noaberkracht, Regio Twente, Tubbergen (refusal)
    nb = cell(D, "vp", "Noaberkracht Dinkelland Tubbergen", "Bijdrage werkelijk 2024")
    conv("aw-d-conv-verbonden-partijen", [
        fig("Hoeveel heeft Dinkelland in 2024 aan Noaberkracht betaald?", nb, "EUR",
            other=[cell(D, "vp", "Noaberkracht Dinkelland Tubbergen", "Bijdrage begroot 2024")],
            why="werkelijk 2024 in Tabel 3.4.1 (the prose of 3.4 repeats € 12.318.946); begroot is another column"),
        fig("En aan Regio Twente?", cell(D, "vp", "Regio Twente", "Bijdrage werkelijk 2024"), "EUR",
            other=[cell(D, "vp", "Regio Twente", "Bijdrage begroot 2024")], why="the next row, same column"),
        refusal("En voor Tubbergen?",
                "What Tubbergen pays Regio Twente (or Noaberkracht) is printed nowhere: Dinkelland's jaarstukken give "
                "only Dinkelland's contributions; the Veiligheidsregio document gives Tubbergen's contribution to the "
                "veiligheidsregio, which is another body",
                [{"rule": "no_line_with_both", "a": "Tubbergen", "b": "Regio Twente", "documents": ALL},
                 {"rule": "no_sentence_with_both", "a": "Tubbergen", "b": "bijdrage van Tubbergen", "documents": ALL}]),
    ], scope="Dinkelland")

    # conversation: Hoofdstraat investment (scoped)
    hs = "Reconstructie Hoofdstraat Denekamp"
    conv("aw-d-conv-hoofdstraat", [
        fig("Hoeveel was er tot en met 2023 al uitgegeven aan de reconstructie van de Hoofdstraat in Denekamp?",
            cell(D, "kredieten", hs, "Realisatie t/m 2023"), "EUR",
            other=[cell(D, "kredieten", hs, "Krediet"), cell(D, "kredieten", hs, "Realisatie 2024")],
            why="the column 'Realisatie t/m 2023' beside the yearly column"),
        fig("En in 2024?", cell(D, "kredieten", hs, "Realisatie 2024"), "EUR",
            other=[cell(D, "kredieten", hs, "Totale realisatie"), cell(D, "kredieten", hs, "Realisatie t/m 2023")],
            why="the yearly column, not the cumulative 'Totale realisatie'"),
        fig("Hoeveel is er nog over van het krediet?", cell(D, "kredieten", hs, "Restant krediet"), "EUR",
            other=[cell(D, "kredieten", hs, "Krediet")],
            why="printed as Restant krediet; it equals 2.450.000 - 612.480 - 1.394.517 = 443.003"),
    ], scope="Dinkelland")

    # conversation: vaste schulden (scoped)
    vs_label = "Vaste schulden met een rentetypische looptijd van één jaar of langer"
    conv("aw-d-conv-vaste-schulden", [
        fig("Hoeveel langlopende schulden had Dinkelland eind 2024?",
            cell(D, "balans-passiva", vs_label, "31-12-2024", "Vaste passiva"), "EUR",
            other=[cell(D, "balans-passiva", vs_label, "31-12-2023", "Vaste passiva"),
                   cell(D, "balans-passiva", "Totaal vaste passiva", "31-12-2024", "Vaste passiva")],
            why="'langlopende schulden' = vaste schulden (looptijd één jaar of langer), balans x € 1.000 printed "
                "beside the activa; the label wraps over two lines"),
        fig("En een jaar eerder?", cell(D, "balans-passiva", vs_label, "31-12-2023", "Vaste passiva"), "EUR",
            other=[cell(D, "balans-passiva", vs_label, "31-12-2024", "Vaste passiva")],
            why="the column 31-12-2023 of the same row"),
    ], scope="Dinkelland")

    # ============================================================ Veiligheidsregio Twente
    tw_terug = cell(V, "v-bijdragen-2", "Twenterand", "Terugbetaling overschot 2024")
    single("aw-v-terug-twenterand", fig(
        "hoeveel krijgt twenterand terug van het overschot van de veiligheidsregio?", tw_terug, "EUR",
        other=[cell(V, "v-bijdragen-2", "Twenterand", "Netto bijdrage 2024"),
               cell(V, "v-bijdragen-1", "Twenterand", "Bijdrage werkelijk 2024")],
        why="second half of the split Tabel 4.2 (its own header row, no caption)"))

    single("aw-v-wnt-directeur", fig(
        "Wat was de bezoldiging van de directuer van de Veiligheidsregio Twente in 2024 volgens de WNT?",
        cell(V, "wnt", "Bezoldiging", "H.J. Voorbeeld (fictief)", "Bezoldiging 2024"), "EUR",
        other=[cell(V, "wnt", "Bezoldiging", "H.J. Voorbeeld (fictief)", "Gegevens 2023"),
               cell(V, "wnt", "Beloning plus belastbare onkostenvergoedingen", "H.J. Voorbeeld (fictief)", "Bezoldiging 2024"),
               cell(V, "wnt", "Individueel toepasselijk bezoldigingsmaximum", "H.J. Voorbeeld (fictief)", "Bezoldiging 2024")],
        why="typo 'directuer'; WNT table with items as rows; the 2023 block repeats the labels"))

    dk_w = cell(V, "v-bijdragen-1", "Dinkelland", "Bijdrage werkelijk 2024")
    tb_w = cell(V, "v-bijdragen-1", "Tubbergen", "Bijdrage werkelijk 2024")
    single("aw-v-noaberkracht-gemeenten-samen", fig(
        "Hoeveel betaalden Dinkelland en Tubbergen in 2024 samen aan de Veiligheidsregio Twente?", None, "EUR",
        muni="Veiligheidsregio Twente", derive=total(dk_w, tb_w),
        other=[cell(V, "v-bijdragen-1", "Dinkelland", "Bijdrage begroot 2024"),
               cell(V, "v-bijdragen-1", "Tubbergen", "Bijdrage begroot 2024")],
        why="sum of two cells of the werkelijk column (the begroot column would give 3.777.399)"))

    br_l = cell(V, "v-overzicht", "Brandweer", RL, "Lasten")
    tot_l = cell(V, "v-overzicht", "Totaal lasten", RL, "Lasten")
    single("aw-v-aandeel-brandweer", fig(
        "Welk deel van de totale lasten van de veiligheidsregio ging in 2024 naar de brandweer?", None, "percent",
        muni="Veiligheidsregio Twente", derive=share(br_l, tot_l), tol=0.06,
        why="share of two cells of Tabel 4.1 (realisatie); the programme table 2.1.4 prints the same 40.188"))

    # conversation: Dinkelland / Tubbergen at the VRT + per inwoner
    tb_inw = cell(V, "v-bijdragen-1", "Tubbergen", "Inwoners 1-1-2023", unit_scale=False)
    conv("aw-v-conv-bijdrage-leden", [
        fig("Wat was volgens de jaarstukken van de Veiligheidsregio Twente de werkelijke bijdrage van Dinkelland in "
            "2024?", dk_w, "EUR",
            other=[cell(V, "v-bijdragen-1", "Dinkelland", "Bijdrage begroot 2024"),
                   cell(V, "v-bijdragen-2", "Dinkelland", "Netto bijdrage 2024"),
                   cell(V, "v-bijdragen-2", "Dinkelland", "Bijdrage werkelijk 2023")],
            why="the question names the veiligheidsregio's document; Dinkelland's own jaarstukken print the same "
                "2.094.677 (Tabel 3.4.1), but the expected citation is the veiligheidsregio's"),
        fig("En voor Tubbergen?", tb_w, "EUR",
            other=[cell(V, "v-bijdragen-1", "Tubbergen", "Bijdrage begroot 2024"),
                   cell(V, "v-bijdragen-2", "Tubbergen", "Netto bijdrage 2024")],
            why="the member row Tubbergen of the same column"),
        fig("Hoeveel is dat per inwoner?", None, "EUR", muni="Veiligheidsregio Twente", derive=per(tb_w, tb_inw),
            tol=0.05, why="the table prints the inwoners 1-1-2023 beside the contribution; not printed per inwoner"),
    ])

    # conversation: uitrukken (years as rows), scoped to the VRT
    u22 = cell(V, "v-uitrukken", "2022", "Totaal uitrukken", unit_scale=False)
    u24 = cell(V, "v-uitrukken", "2024", "Totaal uitrukken", unit_scale=False)
    conv("aw-v-conv-uitrukken", [
        fig("Hoe vaak rukte de brandweer uit in 2022?", u22, "count",
            other=[cell(V, "v-uitrukken", "2022", "Brand", unit_scale=False),
                   cell(V, "v-uitrukken", "2023", "Totaal uitrukken", unit_scale=False)],
            why="a table of years as rows: the row is the year, the column 'Totaal uitrukken'"),
        fig("En in 2024?", u24, "count",
            accept=[],
            other=[cell(V, "v-uitrukken", "2024", "Hulpverlening", unit_scale=False)],
            why="the 2024 row (Tabel 1.1 and the prose of 2.1 print the same 6.356)"),
        fig("Hoeveel daarvan waren hulpverleningen?", cell(V, "v-uitrukken", "2024", "Hulpverlening", unit_scale=False),
            "count", other=[cell(V, "v-uitrukken", "2024", "Brand", unit_scale=False),
                            cell(V, "v-uitrukken", "2023", "Hulpverlening", unit_scale=False)],
            why="the column Hulpverlening of the 2024 row"),
    ], scope="Veiligheidsregio Twente")

    single("aw-v-crisis-afwijking", fig(
        "Met hoeveel weken de lasten van crisisbeheersing in 2024 af van de begroting na wijziging?",
        cell(V, "v-kosten-Crisisbeheersing", "Lasten", AF), "EUR",
        other=[cell(V, "v-kosten-Crisisbeheersing", f"Saldo programma Crisisbeheersing", AF)],
        why="'81-' (trailing minus = nadelig) x € 1.000; the prose says € 81.000 hoger (same value). The saldo "
            "afwijking (67-) is another figure"), scope="Veiligheidsregio Twente")

    # ============================================================ across documents
    single("aw-x-vrt-eigen-jaarstukken", fig(
        "Hoeveel betaalde Dinkelland volgens zijn eigen jaarstukken 2024 aan de Veiligheidsregio Twente?",
        cell(D, "vp", "Veiligheidsregio Twente", "Bijdrage werkelijk 2024"), "EUR",
        other=[cell(D, "vp", "Veiligheidsregio Twente", "Bijdrage begroot 2024")],
        why="Dinkelland's Tabel 3.4.1 (and its prose) prints the same value as the veiligheidsregio's Tabel 4.2; "
            "the question names Dinkelland's own document, so a Dinkelland citation is expected"))

    tot_d = cell(D, "overzicht", "Totaal lasten", RK, "Lasten")
    single("aw-x-aandeel-noaberkracht", fig(
        "hoeveel procent van alle lasten van dinkelland ging in 2024 naar noaberkracht?", None, "percent",
        muni="Dinkelland", derive=share(nb, tot_d), tol=0.06,
        why="the Noaberkracht contribution (verbonden partijen, euros) over the total lasten of the overview "
            "(x € 1.000); both in Dinkelland's jaarstukken"))

    gz_real = cell(D, "ind-IS", "Percentage inwoners die goede gezondheid ervaren", "Realisatie 2024")
    gz_soll = real_text(DR, "Percentage inwoners die goede gezondheid ervaren", "92%", 92)
    single("aw-x-gezondheid-vs-begroting-2020", fig(
        "In de begroting 2020 was de streefwaarde voor inwoners die een goede gezondheid ervaren 92%. Hoeveel "
        "procentpunt lag de realisatie in 2024 daaronder?", None, "percent", muni="Dinkelland",
        derive=diff(gz_soll, gz_real), tol=0.01,
        other=[cell(D, "ind-IS", "Percentage inwoners die voldoende bewegen", "Realisatie 2024")],
        why="92% is SOLL 2022 of the real Begroting 2020 (and the streefwaarde 2024 of the jaarstukken); 87% the "
            "realisatie 2024 of the jaarstukken"))

    cj_real = cell(D, "ind-IS", "Cijfer cliënttevredenheid Jeugd", "Realisatie 2024")
    cj_2018 = real_text(DR, "2018 7,7", "7,7", 7.7)
    single("aw-x-clienttevredenheid-jeugd", fig(
        "Hoeveel punt lager was het cijfer voor cliënttevredenheid Jeugd in 2024 dan in 2018?", None, "grade",
        muni="Dinkelland", derive=diff(cj_2018, cj_real), tol=0.01,
        other=[cell(D, "ind-IS", "Cijfer cliënttevredenheid Jeugd", "Streefwaarde 2024")],
        why="2018: 7,7 in the real Begroting 2020 (and as nulmeting '7,7 (2018)' in the jaarstukken); 2024: 7,4"))

    wa = real_pdf(WA, 100, "€ 2.207.160", "2.207.160", 2207160)
    single("aw-x-wassenaar-vrh", fig(
        "Hoeveel draagt Wassenaar in 2024 bij aan de Veiligheidsregio Haaglanden?", wa, "EUR",
        why="the real Begroting 2024 of Wassenaar, paragraaf verbonden partijen (omvang deelnemersbijdrage); the "
            "Twente veiligheidsregio's member contributions are other bodies' figures"))

    vo = prose(V, f"positief resultaat (overschot) van € {thousands(d.V_OVERSCHOT)}", thousands(d.V_OVERSCHOT),
               d.V_OVERSCHOT)
    co = real_pdf(CO, 3, "exploitatieresultaat van € 137.000", "137.000", 137000)
    single("aw-x-overschot-vs-collectie", fig(
        "Hoeveel groter was het overschot 2024 van de Veiligheidsregio Twente dan het exploitatieresultaat 2023 van "
        "Collectie Overijssel?", None, "EUR", muni="Veiligheidsregio Twente", derive=diff(vo, co),
        why="two bodies, two years: 1.386.000 (prose of 1.2, and 1.386 x € 1.000 in Tabel 4.1) minus 137.000 (real "
            "Collectie Overijssel jaarstukken 2023, p. 3; 137 x € 1.000 on p. 5)"))

    conv("aw-x-conv-twenterand", [
        fig("Wat betaalde Twenterand in 2024 aan de veiligheidsregio?",
            cell(V, "v-bijdragen-1", "Twenterand", "Bijdrage werkelijk 2024"), "EUR",
            accept=[cell(V, "v-bijdragen-1", "Twenterand", "Bijdrage begroot 2024")],
            other=[cell(V, "v-bijdragen-2", "Twenterand", "Netto bijdrage 2024"),
                   cell(V, "v-bijdragen-2", "Twenterand", "Bijdrage werkelijk 2023")],
            why="Twenterand took no maatwerk: begroot = werkelijk = 2.411.012; the netto after the 2025 refund and "
                "the 2023 contribution are other figures"),
        fig("En wat waren in Twenterand de lasten van Maatschappelijke ondersteuning in 2021?",
            real_text(TW, "Maatschappelijke ondersteuning 11.765.883", "11.824.036", 11824036), "EUR",
            why="the real Twenterand Programmabegroting 2020 (lasten row, columns 2020-2023: the second figure is "
                "2021); the conversation moves from the new document to a real one"),
    ])

    # ============================================================ refusals
    single("aw-r-noaberkracht-2025", refusal(
        "Hoeveel betaalt dinkelland in 2025 aan noaberkracht?",
        "the jaarstukken 2024 give the 2024 contribution only; no document holds a 2025 contribution",
        [{"rule": "no_line_with_both", "a": "Noaberkracht", "b": "2025", "documents": ALL}]), scope="Dinkelland")
    single("aw-r-raalte", refusal(
        "Hoeveel betaalt de gemeente Raalte aan de Veiligheidsregio Twente?",
        "Raalte is no member of the Veiligheidsregio Twente and appears in no document",
        [{"rule": "absent_text", "text": "Raalte", "documents": ALL}]))
    single("aw-r-uitrukken-2019", refusal(
        "Hoeveel uitrukken had de brandweer in Twente in 2019?",
        "the table of years runs from 2020 to 2024; the veiligheidsregio's document never mentions 2019",
        [{"rule": "absent_text", "text": "2019", "documents": [V]},
         {"rule": "no_line_with_both", "a": "uitruk", "b": "2019", "documents": ALL}]))
    single("aw-r-ozb-2022", refusal(
        "Wat was de opbrengst van de OZB in Dinkelland in 2022?",
        "the jaarstukken 2024 print the OZB yields of 2024 (begroot, werkelijk) and tariffs of 2023 and 2024; the "
        "Begroting 2020 has no OZB at all",
        [{"rule": "no_line_with_both", "a": "onroerendezaakbelasting", "b": "2022", "documents": [D, DR]},
         {"rule": "no_line_with_both", "a": "OZB", "b": "2022", "documents": [D, DR]}]))
    single("aw-r-tubbergen-noaberkracht", refusal(
        "Hoeveel heeft Tubbergen in 2024 aan Noaberkracht betaald?",
        "Dinkelland's jaarstukken print only Dinkelland's contribution to the shared werkorganisatie; Tubbergen's "
        "is in no document",
        [{"rule": "no_line_with_both", "a": "Tubbergen", "b": "Noaberkracht", "documents": [V, TW, WA, CO]},
         {"rule": "no_sentence_with_both", "a": "bijdrage van Tubbergen", "b": "Noaberkracht", "documents": ALL}]))
    single("aw-r-kazerne-ootmarsum", refusal(
        "wat heeft die nieuwe brandweerkazerne in ootmarsum gekost?",
        "the veiligheidsregio's document says the kazerne in Ootmarsum was verduurzaamd, with no amount; no new "
        "kazerne and no cost is printed",
        [{"rule": "no_line_with_both", "a": "kazerne", "b": "€", "documents": [V]},
         {"rule": "no_sentence_with_both", "a": "Ootmarsum", "b": "€", "documents": [V]}]))
    single("aw-r-wassenaar-vrt", refusal(
        "Hoeveel betaalt Wassenaar aan de Veiligheidsregio Twente?",
        "Wassenaar is no member of the Veiligheidsregio Twente; its own begroting names only the Veiligheidsregio "
        "Haaglanden",
        [{"rule": "absent_text", "text": "Wassenaar", "documents": [V, D]},
         {"rule": "absent_text", "text": "Veiligheidsregio Twente", "documents": [WA, TW, DR, CO]}]))
    single("aw-r-salaris-burgemeester", refusal(
        "Wat verdient de burgemeester van Dinkelland?",
        "no document prints the burgemeester's salary (the WNT table is the veiligheidsregio's director's)",
        [{"rule": "absent_text", "text": "burgemeester", "documents": [D, DR]}]))

    # ============================================================ text
    single("aw-t-jeugdhulp-waarom", text(
        "Waarom waren de kosten van jeugdhulp in 2024 hoger dan begroot?", ["verblijf", ["tarieven", "1.212", "7,8%"]],
        "Dinkelland", where(D, "Het aantal jeugdigen met jeugdhulp steeg van 1.148 naar 1.212")), scope="Dinkelland")
    single("aw-t-overschot-vrt", text(
        "Wat gebeurt er met het overschot van de veiligheidsregio over 2024?",
        ["algemene reserve", ["terug", "gemeenten"]], "Veiligheidsregio Twente",
        wheres(where(V, "Het dagelijks bestuur stelt voor om"), where(V, "Het algemeen bestuur wordt voorgesteld"))))
    single("aw-t-ambities", text(
        "Welke vier ambities heeft Dinkelland in de jaarstukken 2024?",
        ["Inclusieve samenleving", ["Vitale en leefbare kernen", "vitale kernen", "leefbare kernen"], "Duurzaam Dinkelland",
         "Dienstverlenende gemeente"], "Dinkelland",
        where(D, "De begroting 2024 van Dinkelland is opgebouwd uit vier ambities")))
    single("aw-t-noaberkracht", text(
        "wat is noaberkracht eigenlijk?", ["werkorganisatie", "Tubbergen"], "Dinkelland",
        where(D, "Noaberkracht Dinkelland Tubbergen is de gezamenlijke werkorganisatie")))
    single("aw-t-normtijd", text(
        "Waarom haalde de brandweer in 2024 de normtijd niet altijd?", [["dagdekking", "vrijwilligers"], "landelijk"],
        "Veiligheidsregio Twente", where(V, "De normtijd werd vooral niet gehaald in het landelijk gebied")))
    single("aw-t-resultaatbestemming", text(
        "Wat stelt het college voor met het resultaat over 2024?",
        ["energietransitie", "sociaal domein", "algemene reserve"], "Dinkelland",
        where(D, "Wij stellen de raad voor om € 300.000")), scope="Dinkelland")
    single("aw-t-sociale-basis", text(
        "Wat is er in 2024 bereikt bij de actielijn Versterken sociale basis?",
        [["inwonersinitiatieven", "initiatieven"], ["leefbaarheidsfonds", "117.400"]], "Dinkelland",
        where(D, "Uit het leefbaarheidsfonds zijn in 2024")))
    single("aw-t-verdeelsleutel", text(
        "Hoe wordt de bijdrage van een gemeente aan de veiligheidsregio bepaald?",
        ["verdeelsleutel", ["inwoners", "risicoprofiel"]], "Veiligheidsregio Twente",
        where(V, "De gemeenten betalen een bijdrage volgens de verdeelsleutel")))
    single("aw-t-algemene-uitkering", text(
        "Waarom was de algemene uitkering in 2024 hoger dan begroot?", ["decembercirculaire"], "Dinkelland",
        wheres(where(D, "De algemene uitkering 2024 bedroeg"), where(D, "Het verschil tussen het begrote tekort"))),
        scope="Dinkelland")

    # ============================================================ any
    single("aw-any-inwoners-dinkelland", anyturn(
        "Hoeveel inwoners heeft Dinkelland?", [thousands(d.VM["Tubbergen"]["inwoners"]),
                                               thousands(d.VM["Twenterand"]["inwoners"])], None,
        "no date asked: 26.958 (31-12-2023) and 27.104 (31-12-2024) in the jaarstukken and 26.842 (1-1-2023) in the "
        "veiligheidsregio's table are all fair, and so is asking which date; the inwoners of the neighbouring "
        "members printed in the same table are not. No municipality condition: a question back cites nothing"))
    single("aw-any-vrt-dinkelland-geen-jaar", anyturn(
        "Wat betaalt Dinkelland aan de veiligheidsregio?",
        [thousands(d.VM["Tubbergen"]["werkelijk"]), thousands(d.V_MEMBER_TOT["werkelijk"])], None,
        "no year and no begroot/werkelijk: 2.076.027, 2.094.677, 2.041.171 or 2.018.344 can all be defended, or a "
        "question back; Tubbergen's contribution and the total of all members are wrong. Both documents print "
        "Dinkelland's contribution, so there is no municipality condition"))
    return C


def comment_lines(case: dict) -> list[str]:
    out = [f"# --- {case['id']}" + (f" (scope {case['scope']})" if case["scope"] else "")]
    for n, t in enumerate(case["turns"], 1):
        p = t["_prov"]
        pre = f"# turn {n} [{t['kind']}]: " if len(case["turns"]) > 1 else f"# [{t['kind']}]: "
        if p["kind"] == "figure":
            m = p["main"]
            if "op" in m:
                out.append(pre + f"computed ({m['op']}): {m['derivation']}")
                for s in m["sources"]:
                    out.append("#   from " + describe(s))
            else:
                out.append(pre + describe(m["sources"][0]))
            for a in p["accept"]:
                if a.get("kind") == "derived":
                    out.append(f"#   also accepted: {a['text']}")
                else:
                    out.append("#   also accepted (same figure printed rounded/elsewhere): " + describe(a))
            for o in p["other"]:
                out.append("#   NOT accepted: " + describe(o))
            if p["why"]:
                out.append("#   note: " + p["why"])
        elif p["kind"] == "refusal":
            out.append(pre + "refusal: " + p["why"])
            for r in p["absent"]:
                docs = r["documents"] if r["documents"] != ALL else "all six documents"
                out.append(f"#   checked: {r['rule']} {json.dumps({k: v for k, v in r.items() if k not in ('rule', 'documents')}, ensure_ascii=False)} in {docs}")
        elif p["kind"] == "text":
            w = p["where"]
            ps = w.get("passages", [w])
            for x in ps:
                out.append(pre + f"text from {TITLE[x['document']]}, p. {','.join(map(str, x['pages']))}, "
                                 f"{x['section']}: '{x['anchor']}...'")
        else:
            out.append(pre + "any: " + p["why"])
    return out


def main():
    cases = build_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    docs = []
    prov = {}
    for c in cases:
        y = {"id": c["id"]}
        if len(c["turns"]) == 1:
            t = c["turns"][0]
            y["question"] = t["question"]
            if c["scope"]:
                y["municipality"] = c["scope"]
            y["kind"] = t["kind"]
            if "expect" in t:
                y["expect"] = t["expect"]
        else:
            if c["scope"]:
                y["municipality"] = c["scope"]
            y["turns"] = [{k: v for k, v in t.items() if k != "_prov"} for t in c["turns"]]
        docs.append((comment_lines(c), y))
        prov[c["id"]] = [t["_prov"] for t in c["turns"]]
    head = [
        "# set-aw: blind evaluation set (FORMAT.md version 1), written without reading the assistant's code or other",
        "# sets' cases. Corpus: ./corpus = the four documents of /work/main/corpus (unchanged) plus two FICTIONAL",
        "# documents with made-up figures (both say so on their first page):",
        "#   dinkelland-jaarstukken-2024.pdf (municipality Dinkelland) and",
        "#   veiligheidsregio-twente-jaarstukken-2024.pdf (municipality Veiligheidsregio Twente; a real body, made-up figures).",
        "# Generated by source/gen_cases.py; every value is re-located in the PDFs by source/check.py;",
        "# source/provenance.json has the full place of every expected, accepted and rejected figure.",
        "# Values are in euros after the table's scale, with the printed sign ('signed' is never set).",
        "",
    ]
    body = ["version: 1", "cases:"]
    for com, y in docs:
        body.extend(com)
        dumped = yaml.safe_dump([y], sort_keys=False, allow_unicode=True, width=118)
        body.extend(dumped.rstrip("\n").splitlines())
    (SET / "cases.yaml").write_text("\n".join(head + body) + "\n", encoding="utf-8")
    tables: dict = {}
    for doc in (D, V):
        tables[doc] = {e["table"]: {k: e[k] for k in ("caption", "start_page", "end_page", "notes_below", "cols",
                                                      "groups", "repeat_header", "x0", "x1", "y_top", "y_bottom")}
                       for e in LAY[doc] if e["type"] == "table"}
    prov["_tables"] = tables
    (HERE / "provenance.json").write_text(json.dumps(prov, ensure_ascii=False, indent=1), encoding="utf-8")
    # summary
    kinds: dict = {}
    for c in cases:
        for t in c["turns"]:
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(f"wrote {SET / 'cases.yaml'}: {len(cases)} cases, {sum(kinds.values())} turns {kinds}; "
          f"{sum(1 for c in cases if len(c['turns']) > 1)} conversations")


if __name__ == "__main__":
    main()
