"""Write ../cases.yaml (FORMAT.md version 1) and provenance.json for set-az.

Every expected and accepted figure is located in the finished documents (extract.py) and, for the two new
documents, must equal the figure in data.py. The comment above each case names the document, table, row, column
and page of the value, the derivation of computed figures, and nearby figures that are NOT accepted.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import data as d
import extract as x
from fmt import k

SET = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent).resolve()
CORPUS = SET / "corpus"

CO = d.CO_FILE
TW = d.TW_FILE
CO23 = "collectie-overijssel-jaarstukken-2023.pdf"
TW20 = "twenterand-programmabegroting-2020-sociaal-domein.txt"
DK20 = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
WA24 = "wassenaar-begroting-2024.pdf"
ALL_DOCS = [TW20, DK20, WA24, CO23, CO, TW]
MUNI = {CO: "Collectie Overijssel", CO23: "Collectie Overijssel", TW: "Twenterand", TW20: "Twenterand",
        DK20: "Dinkelland", WA24: "Wassenaar"}
K = ("bedragen x € 1.000", 1000)
EUR = ("bedragen in euro's", 1)

CO_COL = {"R24": (0, "Rekening 2024 (cursief)"), "B25": (1, "Begroting 2025 n.w."), "B26": (2, "Begroting 2026"),
          "M27": (3, "Meerjarenraming 2027"), "M28": (4, "Meerjarenraming 2028"), "M29": (5, "Meerjarenraming 2029")}


def P(name: str) -> str:
    return str(CORPUS / name)


# ------------------------------------------------------------------ source specs
def cell(doc, caption, pos, row, col, colname, scale=K, occ=0, scale_in=None):
    """a table cell; scale = (statement as printed, factor); scale_in: where the statement is printed."""
    return {"kind": "cell", "document": doc, "caption": caption, "caption_position": pos, "row": row,
            "column_index": col, "column": colname, "occurrence": occ, "scale_statement": scale[0],
            "scale": scale[1], "scale_in": scale_in or ("caption" if pos == "below" else "caption or note")}


def co(caption, row, colkey, occ=0, scale=K):
    i, name = CO_COL[colkey]
    return cell(CO, caption, "below", row, i, name, scale=scale, occ=occ)


def prose(doc, quote, printed, scale=1):
    return {"kind": "prose", "document": doc, "quote": quote, "printed": printed, "scale": scale}


def real_txt(doc, label, col, colname, occ=0):
    return {"kind": "real_text", "document": doc, "row": label, "column_index": col, "column": colname,
            "occurrence": occ, "scale": 1}


def real_pdf(doc, page, row, col, colname, scale):
    return {"kind": "real_pdf", "document": doc, "page": page, "row": row, "column_index": col, "column": colname,
            "scale_statement": scale[0], "scale": scale[1]}


def resolve(src: dict) -> dict:
    s = dict(src)
    path = P(s["document"])
    if s["kind"] == "cell":
        r = x.locate_cell(path, s["caption"], s["caption_position"], s["row"], s["column_index"], s["occurrence"])
        s.update(page=r["page"], layout_line=r["line"], printed=r["token"])
    elif s["kind"] == "prose":
        pages = x.page_of_prose(path, s["quote"])
        assert len(pages) == 1, (s["quote"], pages)
        assert s["printed"] in s["quote"], s
        s["page"] = pages[0]
    elif s["kind"] == "real_text":
        import re
        lines = [ln for ln in x.text_file(path).split("\n")
                 if ln.startswith(s["row"] + " ") and re.match(r"^-?[\d.]", ln[len(s["row"]) + 1:])]
        ln = lines[s["occurrence"]]
        toks = ln[len(s["row"]):].split()
        s.update(line=ln, printed=toks[s["column_index"]].split("(")[0])
    elif s["kind"] == "real_pdf":
        r = x.real_pdf_row(path, s["page"], s["row"], s["column_index"])
        s.update(layout_line=r["line"], printed=r["token"])
    s["value"] = val(s)
    return s


def val(s) -> Decimal:
    v = x.parse_nl(s["printed"]) * s["scale"]
    return v


def num(v: Decimal):
    """YAML/JSON number: int when whole, else float with 2 decimals."""
    v = Decimal(v)
    if v == v.to_integral_value():
        return int(v)
    return float(v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ------------------------------------------------------------------ turns
def F(question, main, unit, expect=None, op=None, accept=(), other=(), tolerance=None, note=""):
    """figure turn. main: list of source specs; op: None (value = main[0]) | 'diff' | 'sum' | 'share' | 'div'.
    expect: the value from data.py (asserted equal). accept: list of (sources, op) for alternative printings."""
    return {"kind": "figure", "question": question, "main": main, "op": op, "unit": unit, "expect": expect,
            "accept": list(accept), "other": list(other), "tolerance": tolerance, "note": note}


def R(question, why, absent):
    return {"kind": "refusal", "question": question, "why": why, "absent": absent}


def Tx(question, include, where, muni, note=""):
    return {"kind": "text", "question": question, "include": include, "where": where, "muni": muni, "note": note}


def A(question, muni, why, exclude=()):
    return {"kind": "any", "question": question, "muni": muni, "why": why, "exclude": list(exclude)}


def compute(op, vals):
    if op is None:
        return vals[0], None
    if op == "diff":
        return vals[0] - vals[1], f"{fmt(vals[0])} - {fmt(vals[1])} = {fmt(vals[0] - vals[1])}"
    if op == "diff_abs":
        a, b = abs(vals[0]), abs(vals[1])
        return a - b, f"|{fmt(vals[0])}| - |{fmt(vals[1])}| = {fmt(a)} - {fmt(b)} = {fmt(a - b)}"
    if op == "sum":
        t = sum(vals)
        return t, " + ".join(fmt(v) for v in vals) + f" = {fmt(t)}"
    if op == "share":
        r = (vals[0] / vals[1] * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return r, f"{fmt(vals[0])} / {fmt(vals[1])} x 100 = {r}%"
    if op == "div":
        r = (vals[0] / vals[1]).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return r, f"{fmt(vals[0])} / {fmt(vals[1])} = {r}"
    raise ValueError(op)


def fmt(v: Decimal) -> str:
    v = Decimal(v)
    if v == v.to_integral_value():
        s = f"{abs(int(v)):,}".replace(",", ".")
    else:
        q = abs(v).quantize(Decimal("0.01"))
        ip, fp = f"{q:.2f}".split(".")
        s = f"{int(ip):,}".replace(",", ".") + "," + fp
    return ("-" if v < 0 else "") + s


# =================================================================== the cases
def cases():
    C = []
    add = C.append
    T2 = "Tabel 2:"

    # ---------------- Collectie Overijssel, Begroting 2026 ----------------
    add(("az-co-lasten-2026", None, [F(
        "Wat zijn de totale lasten van Collectie Overijssel in de begroting 2026?",
        [co(T2, "Totaal lasten", "B26")], "EUR", expect=d.CO_TOT_LASTEN[2] * 1000,
        accept=[([prose(CO, f"De totale lasten bedragen € 8.083.000", "8.083.000")], None)],
        other=[co(T2, "Totaal lasten", "B25"), co(T2, "Totaal lasten", "M27"), co(T2, "Totaal baten", "B26")],
        note="also printed in the Inleiding as '€ 8.083.000' (same value)")]))

    add(("az-co-conv-zwolle", None, [
        F("Hoeveel betaald de gemeente Zwolle in 2026 aan Collectie Overijssel?",
          [cell(CO, "Tabel 8:", "below", "Gemeente Zwolle", 2, "Bijdrage 2026", scale=EUR)], "EUR",
          expect=Decimal(d.CO_BIJDR["zwolle"][2026]) / 100,
          accept=[([co("Tabel 7:", "Gemeente Zwolle", "B26")], None),
                  ([co(T2, "Bijdrage gemeente Zwolle", "B26")], None)],
          other=[cell(CO, "Tabel 8:", "below", "Gemeente Zwolle", 0, "Bijdrage 2025 n.w.", scale=EUR),
                 cell(CO, "Tabel 8:", "below", "Gemeente Zwolle", 1, "Indexatie 3,21%", scale=EUR),
                 co("Tabel 7:", "Gemeente Zwolle", "M27")],
          note="Tabel 8 prints the bijdrage to the cent; Tabel 7 and Tabel 2 print it rounded (1.834 x € 1.000)"),
        F("Hoeveel is dat per inwoner?",
          [prose(CO, "Per inwoner komt de bijdrage 2026 voor de gemeente Zwolle uit op € 13,80", "13,80")], "EUR",
          expect=d.CO_PER_INWONER_2026["zwolle"],
          note="printed in prose under Tabel 8 (1.833.649,50 / 132.870 = 13,80)"),
        F("En voor Deventer?",
          [prose(CO, "en voor de gemeente Deventer op € 13,42", "13,42")], "EUR",
          expect=d.CO_PER_INWONER_2026["deventer"],
          other=[cell(CO, "Tabel 8:", "below", "Gemeente Deventer", 2, "Bijdrage 2026", scale=EUR)],
          note="the follow-up keeps 'per inwoner'; Deventer's bijdrage itself (1.370.473,99) is NOT accepted"),
    ]))

    add(("az-co-conv-index", "Collectie Overijssel", [
        F("Met welk percentage worden de bijdragen in 2026 geindexeerd?",
          [cell(CO, "Tabel 1:", "below", "Gewogen index", 0, "2026", scale=("percent", 1))], "percent",
          expect=d.CO_INDEX_W[2026],
          other=[cell(CO, "Tabel 1:", "below", "Loonindex (pLOVO)", 0, "2026", scale=("percent", 1)),
                 cell(CO, "Tabel 1:", "below", "Prijsindex (pIMOC)", 0, "2026", scale=("percent", 1))],
          note="Tabel 1 has percentages with a decimal comma; '3,21%' also stands in prose (same value); the "
               "loonindex 3,60% and prijsindex 2,30% are NOT accepted"),
        F("En in 2027?",
          [cell(CO, "Tabel 1:", "below", "Gewogen index", 1, "2027", scale=("percent", 1))], "percent",
          expect=d.CO_INDEX_W[2027],
          other=[cell(CO, "Tabel 1:", "below", "Loonindex (pLOVO)", 1, "2027", scale=("percent", 1)),
                 cell(CO, "Tabel 1:", "below", "Prijsindex (pIMOC)", 1, "2027", scale=("percent", 1))]),
        R("En voor 2031?",
          "Tabel 1 gives the indexation for 2026-2029 only; no document gives an index for 2031 (the real "
          "jaarstukken 2023 mention 2031 only as the end of a rental contract)",
          [{"rule": "absent_regex", "pattern": r"\b2031\b", "documents": [CO]},
           {"rule": "no_line_with_both", "a": "2031", "b": "index", "documents": [CO23, TW, TW20, DK20, WA24]}]),
    ]))

    add(("az-co-digi-2026", None, [
        F("Hoeveel kost het programma Digitalisering en informatiediensten van Collectie Overijssel in 2026?",
          [co("Tabel 4:", "Totaal lasten programma 2", "B26")], "EUR", expect=d.CO_PROG_LASTEN["2"][2] * 1000,
          accept=[([co(T2, "2. Digitalisering en informatiediensten", "B26")], None)],
          other=[co("Tabel 4:", "Saldo programma 2", "B26"), co("Tabel 4:", "2.1 Digitalisering collecties", "B26"),
                 co(T2, "2. Digitalisering en informatiediensten", "B26", occ=1)],
          note="'kost' = lasten; the saldo (-1.373) and the baten (528) are not accepted"),
    ]))

    add(("az-co-resultaat-2024", "Collectie Overijssel", [F(
        "Met welk resultaat sloot Collectie Overijssel 2024 af volgens de rekening?",
        [co(T2, "Geraamd resultaat", "R24")], "EUR", expect=d.CO_RESULTAAT[0] * 1000,
        accept=[([prose(CO, "Het resultaat over 2024 was € 107.000 nadelig", "107.000")], None)],
        other=[co(T2, "Saldo van baten en lasten", "R24"), co(T2, "Geraamd resultaat", "B25")],
        note="the Rekening 2024 column is printed in italics; -107 = € 107.000 nadelig (also in prose)")]))

    add(("az-co-datakw-stand", "Collectie Overijssel", [F(
        "Hoeveel zit er eind 2026 nog in de bestemmingsreserve Datakwaliteit & Collectiebeheer?",
        [cell(CO, "Tabel 9:", "below", "Bestemmingsreserve Datakwaliteit", 3, "Stand 31-12-2026")], "EUR",
        expect=d.CO_RES_STAND["Bestemmingsreserve Datakwaliteit & Collectiebeheer"][1] * 1000,
        accept=[([cell(CO, "Tabel 10:", "below", "Bestemmingsreserve Datakwaliteit", 0, "2026")], None)],
        other=[cell(CO, "Tabel 9:", "below", "Bestemmingsreserve Datakwaliteit", 0, "Stand 1-1-2026"),
               cell(CO, "Tabel 10:", "below", "Bestemmingsreserve Datakwaliteit", 1, "2027")],
        note="the label wraps over two lines ('Bestemmingsreserve Datakwaliteit' / '& Collectiebeheer'); the "
             "figures stand on the first line")]))

    add(("az-co-onderhoud-mutatie", "Collectie Overijssel", [F(
        "Met hoeveel neemt de bestemmingsreserve Onderhoud in 2026 af?",
        [cell(CO, "Tabel 9:", "below", "Bestemmingsreserve Onderhoud", 4, "Mutatie")], "EUR", expect=-150000,
        other=[cell(CO, "Tabel 9:", "below", "Bestemmingsreserve Onderhoud", 2, "Onttrekking"),
               cell(CO, "Tabel 9:", "below", "Bestemmingsreserve Onderhoud", 1, "Toevoeging")],
        note="'Mutatie' carries a sign only on decreases: '-150' (toevoeging 60 - onttrekking 210); the "
             "onttrekking 210.000 alone is NOT accepted")]))

    add(("az-co-scanner", "Collectie Overijssel", [F(
        "wat kost die nieuwe grootformaat scanner van het archief?",
        [cell(CO, "Tabel 11:", "below", "10 Scanner grootformaat", 0, "Bedrag", scale=EUR)], "EUR", expect=110000,
        other=[cell(CO, "Tabel 11:", "below", "10 Scanner grootformaat", 2, "Afschrijving", scale=EUR)],
        note="right half of Tabel 11; its depreciation 22.000 is NOT accepted")]))

    add(("az-co-solv-2026", None, [F(
        "Hoe hoog is de solvabiliteitsratio van Collectie Overijssel in 2026?",
        [cell(CO, "Tabel 15:", "below", "Solvabiliteitsratio", 2, "2026", scale=("percent", 1))], "percent",
        expect=d.CO_SOLV[2],
        other=[cell(CO, "Tabel 15:", "below", "Solvabiliteitsratio", 0, "2024", scale=("percent", 1)),
               real_pdf(CO23, 5, "Solvabiliteit", 0, "2023", ("percent", 1))],
        note="the real jaarstukken 2023 print 58% for 2023: NOT accepted")]))

    add(("az-co-nsq-2029", "Collectie Overijssel", [F(
        "Hoe hoog is de netto schuldquote in 2029?",
        [cell(CO, "Tabel 15:", "below", "Netto schuldquote", 5, "2029", scale=("percent", 1))], "percent",
        expect=d.CO_NSQ[5],
        other=[cell(CO, "Tabel 15:", "below", "Netto schuldquote", 2, "2026", scale=("percent", 1))],
        note="printed '-16,6%' (negative: the vorderingen exceed the schulden); compared as absolute value")]))

    rijk26 = cell(CO, "Tabel 8:", "below", "Het Rijk", 2, "Bijdrage 2026", scale=EUR)
    rijk25 = cell(CO, "Tabel 8:", "below", "Het Rijk", 0, "Bijdrage 2025 n.w.", scale=EUR)
    add(("az-co-rijk-stijging", None, [F(
        "Hoeveel gaat het Rijk in 2026 meer betalen aan Collectie Overijssel dan in 2025?",
        [rijk26, rijk25], "EUR", op="diff",
        expect=Decimal(d.CO_BIJDR["rijk"][2026] - d.CO_BIJDR["rijk"][2025]) / 100,
        accept=[([co("Tabel 7:", "Het Rijk", "B26"), co("Tabel 7:", "Het Rijk", "B25")], "diff")],
        other=[rijk26],
        note="the difference equals the printed 'Indexatie 3,21%' cell of the Rijk in Tabel 8 (75.833,04); from the "
             "rounded Tabel 7: 2.438 - 2.362 = 76 x € 1.000")]))

    add(("az-co-aandeel-p1", "Collectie Overijssel", [F(
        "Welk deel van de totale lasten in 2026 gaat naar programma 1 Collectie en depot, in procenten?",
        [co(T2, "1. Collectie en depot", "B26"), co(T2, "Totaal lasten", "B26")], "percent", op="share",
        expect=(Decimal(d.CO_PROG_LASTEN["1"][2]) / d.CO_TOT_LASTEN[2] * 100).quantize(Decimal("0.01")),
        tolerance=0.05,
        note="share of the lasten row of programme 1 (not its baten row, second '1. Collectie en depot' in Tabel 2)")]))

    zw26 = cell(CO, "Tabel 8:", "below", "Gemeente Zwolle", 2, "Bijdrage 2026", scale=EUR)
    dv26 = cell(CO, "Tabel 8:", "below", "Gemeente Deventer", 2, "Bijdrage 2026", scale=EUR)
    # ---- across the two Collectie Overijssel documents
    add(("az-x-co-lasten", "Collectie Overijssel", [F(
        "Hoeveel hoger zijn de lasten in de begroting 2026 dan de werkelijke lasten in 2023?",
        [co(T2, "Totaal lasten", "B26"), real_pdf(CO23, 16, "Lasten", 0, "Realisatie 2023", K)], "EUR", op="diff_abs",
        expect=d.CO_TOT_LASTEN[2] * 1000 - 6781000,
        accept=[([co(T2, "Totaal lasten", "B26"), real_pdf(CO23, 5, "Lasten", 0, "Realisatie 2023", K)], "diff_abs")],
        other=[real_pdf(CO23, 16, "Lasten", 1, "Begroting 2023", K)],
        note="real Jaarstukken 2023, 2.1 Baten en Lasten: Lasten -6.781 (Realisatie 2023; sign ignored); the "
             "begroting 2023 (-7.439) is NOT the 'werkelijke' lasten")]))

    add(("az-x-co-conv-fte", "Collectie Overijssel", [
        F("Hoeveel fte had Collectie Overijssel aan het eind van 2023?",
          [real_pdf(CO23, 5, "Aantal FTE, jaareinde", 0, "2023", ("aantal", 1))], "count", expect=49,
          other=[real_pdf(CO23, 5, "Aantal FTE, jaareinde", 1, "2022", ("aantal", 1))],
          note="real Jaarstukken 2023, Kerncijfers"),
        F("En hoeveel fte is er begroot voor 2026?",
          [cell(CO, "Tabel 16:", "below", "Totaal formatie", 1, "Begroting 2026", scale=("fte", 1))], "count",
          expect=d.CO_FTE_TOTAL[1],
          accept=[([prose(CO, "De formatie groeit in 2026 van 49,0 naar 51,0 fte", "51,0")], None)],
          other=[cell(CO, "Tabel 16:", "below", "Totaal formatie", 0, "Begroting 2025 n.w.", scale=("fte", 1))],
          note="the follow-up switches to the new begroting 2026"),
    ]))

    # ---------------- Twenterand, najaarsnota 2025 ----------------
    jgd_src = cell(TW, "Tabel 2.4 Afwijkingen", "above", "6.72", 2, "Afw.", scale=("bedragen in €", 1))
    add(("az-tw-conv-jeugd", "Twenterand", [
        F("Met hoeveel valt de jeugdzorg in 2025 hoger uit volgens de najaarsnota?",
          [jgd_src], "EUR", expect=-d.TW_AFW_BY_ID["jgd"][6],
          accept=[([prose(TW, "De jeugdzorg valt € 885.000 hoger uit dan begroot", "885.000")], None),
                  ([cell(TW, "Tabel 3.2 Jeugdzorg", "above", "Totaal jeugdzorg", 3, "Afwijking", scale=K)], None)],
          other=[cell(TW, "Tabel 2.4 Afwijkingen", "above", "6.72", 1, "Progn. 2025", scale=("bedragen in €", 1))],
          note="'-885.000' (nadeel) for taakveld 6.72 and in prose; Tabel 3.2 'Totaal jeugdzorg' -831 includes "
               "jeugdbescherming (+54) and is accepted as the jeugdzorg total; the Jeugd doelenboom in Overzicht 3.1 "
               "prints the same 831.000"),
        F("Hoeveel is dat per inwoner?",
          [jgd_src, cell(TW, "Kerngegeven", "above", "Aantal inwoners", 0, "1 januari 2025", scale=("aantal", 1))],
          "EUR", op="div", expect=(Decimal(885000) / d.TW_INWONERS).quantize(Decimal("0.01")),
          accept=[([cell(TW, "Tabel 3.2 Jeugdzorg", "above", "Totaal jeugdzorg", 3, "Afwijking", scale=K),
                    cell(TW, "Kerngegeven", "above", "Aantal inwoners", 0, "1 januari 2025", scale=("aantal", 1))],
                   "div")],
          tolerance=0.01, note="inwoners from the Kerngegevens table (1 januari 2025)"),
    ]))

    add(("az-tw-saldo-2025", None, [F(
        "Wat is het verwachte begrotingssaldo van Twenterand voor 2025 na de najaarsnota?",
        [cell(TW, "Tabel 1.1:", "below", "Saldo na tweede bestuursrapportage", 0, "2025")], "EUR",
        expect=d.TW_SALDO_2E[0] * 1000,
        accept=[([prose(TW, "Het verwachte begrotingssaldo 2025 komt daarmee uit op € 262.000 nadelig", "262.000")],
                 None)],
        other=[cell(TW, "Tabel 1.1:", "below", "Saldo na eerste bestuursrapportage", 0, "2025"),
               cell(TW, "Tabel 1.1:", "below", "Afwijkingen tweede bestuursrapportage", 0, "2025")],
        note="Tabel 1.1 in x € 1.000, the scale only in the caption below the table; -262 = € 262.000 nadelig; "
             "the saldo after the first berap (-272) and the deviations (-290) are NOT accepted")]))

    add(("az-tw-hbh-prognose", "Twenterand", [F(
        "Wat is de prognose 2025 voor de lasten van taakveld 6.71 Maatwerkdienstverlening 18+?",
        [cell(TW, "Tabel 2.4 Afwijkingen", "above", "6.71", 1, "Progn. 2025", scale=("bedragen in €", 1))], "EUR",
        expect=d.tw_progn(d.TW_AFW_BY_ID["hbh"]),
        other=[cell(TW, "Tabel 2.4 Afwijkingen", "above", "6.71", 0, "Begr. 2025 n.w.", scale=("bedragen in €", 1)),
               cell(TW, "Tabel 2.4 Afwijkingen", "above", "6.71", 2, "Afw.", scale=("bedragen in €", 1))],
        note="abbreviated header 'Progn. 2025'; label wraps ('6.71' / 'Maatwerkdienstverlening' / '18+')")]))

    add(("az-tw-hbh", "Twenterand", [F(
        "hoeveel duurder is de huishoudelijke hulp dit jaar dan gepland",
        [cell(TW, "Tabel 3.2 Jeugdzorg", "above", "Hulp bij het huishouden", 3, "Afwijking", scale=K)], "EUR",
        expect=348000,
        accept=[([cell(TW, "Tabel 2.4 Afwijkingen", "above", "6.71", 2, "Afw.", scale=("bedragen in €", 1))], None),
                ([prose(TW, "de hulp bij het huishouden € 348.000", "348.000")], None)],
        other=[cell(TW, "Tabel 3.2 Jeugdzorg", "above", "Hulp bij het huishouden", 2, "Prognose 2025", scale=K),
               cell(TW, "Tabel 3.2 Jeugdzorg", "above", "Totaal Wmo", 3, "Afwijking", scale=K)],
        note="colloquial ('huishoudelijke hulp', 'dit jaar' = 2025 of this najaarsnota); Tabel 3.2 has rotated "
             "headers; the Wmo total (-240) is NOT accepted")]))

    add(("az-tw-sd-begroting", "Twenterand", [F(
        "Wat zijn de begrote lasten 2025 van het programma Sociaal Domein na de eerste bestuursrapportage?",
        [cell(TW, "Tabel 2.1 Afwijkingen per programma", "above", "3. Sociaal Domein", 0, "Lasten Begr. 2025 n.w.", scale=K,
              scale_in="note under the table")], "EUR",
        expect=k(d.TW_SD["begr"][0]) * 1000,
        accept=[([cell(TW, "Overzicht 3.1", "above", "Totaal programma lasten", 1, "Begroting 2025 na 1e berap",
                       scale=("Bedragen in € (top-left header cell)", 1))], None)],
        other=[cell(TW, "Overzicht 3.1", "above", "Totaal programma lasten", 0, "Begroting 2025 primitief",
                    scale=("Bedragen in €", 1)),
               cell(TW, "Tabel 2.1 Afwijkingen per programma", "above", "3. Sociaal Domein", 1, "Lasten Progn. 2025", scale=K,
                    scale_in="note under the table")],
        note="Tabel 2.1 (x € 1.000, stated in the note under the table) prints 64.706; Overzicht 3.1 the euro "
             "amount 64.706.480 (scale in its top-left header cell); the primitieve begroting and the prognose are "
             "NOT accepted")]))

    add(("az-tw-jeugdhulp-sept", None, [
        F("Hoeveel jongeren kregen er in Twenterand tot en met september 2025 jeugdhulp?",
          [cell(TW, "Tabel 3.3 Indicatoren", "above", "Aantal jeugdigen met jeugdhulp", 2, "Realisatie t/m september 2025",
                scale=("aantal", 1))], "count", expect=1096,
          other=[cell(TW, "Tabel 3.3 Indicatoren", "above", "Aantal jeugdigen met jeugdhulp", 1, "Begroot 2025",
                      scale=("aantal", 1)),
                 cell(TW, "Tabel 3.3 Indicatoren", "above", "Aantal jeugdigen met jeugdhulp met verblijf", 2,
                      "Realisatie t/m september 2025", scale=("aantal", 1))],
          note="the row 'Aantal jeugdigen met jeugdhulp' (its longer sibling 'met verblijf' is NOT accepted)"),
    ]))

    kc_incl = cell(TW, "Tabel 7.1 Lopende", "above", "Kindcentrum Westerhaar (nieuwbouw)", 1, "Uitgaven t/m 2024",
                   scale=("bedragen in €", 1))
    kc_2025 = cell(TW, "Tabel 7.1 Lopende", "above", "Kindcentrum Westerhaar (nieuwbouw)", 2, "Uitgaven 2025 t/m sept.",
                   scale=("bedragen in €", 1))
    add(("az-tw-kindcentrum-totaal", None, [F(
        "hoeveel is er tot nu toe al uitgegeven aan het nieuwe kindcentrum in westerhaar",
        [kc_incl, kc_2025], "EUR", op="sum", expect=1420000 + 2915600,
        accept=[([cell(TW, "Tabel 7.1 Lopende", "above", "Kindcentrum Westerhaar (nieuwbouw)", 0, "Krediet",
                       scale=("bedragen in €", 1)),
                  cell(TW, "Tabel 7.1 Lopende", "above", "Kindcentrum Westerhaar (nieuwbouw)", 3, "Restant",
                       scale=("bedragen in €", 1))], "diff")],
        other=[kc_2025],
        note="sum of two cells (t/m 2024 + 2025 t/m september) = krediet - restant")]))

    add(("az-tw-reserve-sd", "Twenterand", [F(
        "Wat is de verwachte stand van de reserve Sociaal Domein eind 2025?",
        [cell(TW, "Tabel 6.1 Reserves", "above", "Reserve Sociaal Domein", 3, "Verwachte stand 31-12-2025", scale=K)], "EUR",
        expect=d.TW_RES_END["Reserve Sociaal Domein"] * 1000,
        other=[cell(TW, "Tabel 6.1 Reserves", "above", "Reserve Sociaal Domein", 0, "Stand 1-1-2025", scale=K),
               cell(TW, "Tabel 6.1 Reserves", "above", "Reserve Sociaal Domein", 2, "Mutatie najaarsnota", scale=K)])]))

    tw_co_25 = prose(TW, "valt met € 46.800 hoger uit dan de geraamde € 39.000", "46.800")
    co_tw_26 = cell(CO, "Tabel 8:", "below", "Gemeente Twenterand", 2, "Bijdrage 2026", scale=EUR)
    add(("az-x-conv-twenterand-co", None, [
        F("Hoeveel betaalt Twenterand in 2025 aan Collectie Overijssel volgens de najaarsnota?",
          [tw_co_25], "EUR", expect=d.TW_DVO_CO[1],
          other=[prose(TW, "hoger uit dan de geraamde € 39.000", "39.000"),
                 prose(TW, "Dit nadeel van € 7.800 vangen wij op", "7.800")],
          note="najaarsnota, 2.1, 'Kleinere afwijkingen'; the same 46.800,00 is the Begroting 2025 n.w. of "
               "Twenterand in Tabel 8 of the Collectie Overijssel begroting (value equal; municipality Twenterand "
               "asked because the question names the najaarsnota)"),
        F("En wat moet Twenterand in 2026 aan Collectie Overijssel betalen?",
          [co_tw_26], "EUR", expect=Decimal(d.CO_BIJDR["twenterand"][2026]) / 100,
          accept=[([co("Tabel 7:", "Gemeente Twenterand", "B26")], None)],
          other=[cell(CO, "Tabel 8:", "below", "Gemeente Twenterand", 1, "Indexatie 3,21%", scale=EUR)],
          note="only the Collectie Overijssel begroting holds 2026: Tabel 8 (48.302,28) or Tabel 7 (48 x € 1.000)"),
        F("Hoeveel is dat meer dan in 2025?",
          [co_tw_26, cell(CO, "Tabel 8:", "below", "Gemeente Twenterand", 0, "Bijdrage 2025 n.w.", scale=EUR)],
          "EUR", op="diff", expect=Decimal(d.CO_BIJDR["twenterand"]["idx2026"]) / 100,
          accept=[([co("Tabel 7:", "Gemeente Twenterand", "B26"), co("Tabel 7:", "Gemeente Twenterand", "B25")], "diff")],
          note="equals the printed indexatie 1.502,28 in Tabel 8; from the rounded Tabel 7: 48 - 47 = 1 x € 1.000"),
    ]))

    # ---- across the two Twenterand documents
    add(("az-x-tw-jeugd", "Twenterand", [F(
        "Hoeveel hoger zijn de verwachte lasten van Jeugd in 2025 dan de begrote lasten voor 2020 in de "
        "programmabegroting 2020?",
        [cell(TW, "Overzicht 3.1", "above", "Jeugd", 2, "Prognose 2025", scale=("Bedragen in €", 1)),
         real_txt(TW20, "Jeugd", 0, "2020")], "EUR", op="diff",
        expect=d.TW_DB_PROGN["Jeugd"][0] - 16695012,
        other=[cell(TW, "Overzicht 3.1", "above", "Jeugd", 1, "Begroting 2025 na 1e berap", scale=("Bedragen in €", 1)),
               real_txt(TW20, "Jeugd", 3, "2023")],
        note="Overzicht 3.1 (najaarsnota) row Jeugd under 'Lasten per doelenboom', column Prognose 2025; real "
             "Programmabegroting 2020, Overzicht 3.1, row Jeugd (lasten), column 2020")]))

    add(("az-x-tw-conv-mo", "Twenterand", [
        F("Wat waren de begrote lasten van Maatschappelijke ondersteuning voor 2020?",
          [real_txt(TW20, "Maatschappelijke ondersteuning", 0, "2020")], "EUR", expect=11765883,
          other=[real_txt(TW20, "Maatschappelijke ondersteuning", 0, "2020 (baten)", occ=1)],
          note="real Programmabegroting 2020, Overzicht 3.1; the baten row -373.997 is NOT accepted"),
        F("En wat is de prognose voor 2025?",
          [cell(TW, "Overzicht 3.1", "above", "Maatschappelijke ondersteuning", 2, "Prognose 2025",
                scale=("Bedragen in €", 1))], "EUR", expect=d.TW_DB_PROGN["Maatschappelijke ondersteuning"][0],
          other=[cell(TW, "Overzicht 3.1", "above", "Maatschappelijke ondersteuning", 1, "Begroting 2025 na 1e berap",
                      scale=("Bedragen in €", 1))]),
    ]))

    add(("az-tw-uitkering-sept", "Twenterand", [
        F("Hoeveel uitkeringsgerechtigden Participatiewet waren er tot en met september 2025?",
          [cell(TW, "Tabel 3.3 Indicatoren", "above", "Aantal uitkeringsgerechtigden Participatiewet", 2,
                "Realisatie t/m september 2025", scale=("aantal", 1))], "count", expect=571,
          other=[cell(TW, "Tabel 3.3 Indicatoren", "above", "Aantal uitkeringsgerechtigden Participatiewet", 1, "Begroot 2025",
                      scale=("aantal", 1)),
                 cell(TW, "Tabel 3.3 Indicatoren", "above", "Aantal uitkeringsgerechtigden Participatiewet", 3, "Prognose 2025",
                      scale=("aantal", 1))]),
    ]))

    add(("az-tw-conv-leges", "Twenterand", [
        F("Hoeveel minder leges voor bouwvergunningen komen er in 2025 binnen?",
          [cell(TW, "Tabel 2.3 Afwijkingen", "above", "8.3 Wonen en bouwen", 2, "Afw.", scale=("bedragen in €", 1))], "EUR",
          expect=258000,
          other=[cell(TW, "Tabel 2.3 Afwijkingen", "above", "8.3 Wonen en bouwen", 1, "Progn. 2025", scale=("bedragen in €", 1))],
          note="taakveld 8.3 Wonen en bouwen, baten (B), Afw. -258.000"),
        Tx("Waarom?", [["uitgestelde projecten", "ontwikkelaars"]],
           {"document": TW, "quote": "Minder aanvragen omgevingsvergunning voor bouwactiviteiten, vooral door "
                                     "uitgestelde projecten van ontwikkelaars"}, "Twenterand"),
    ]))

    # ---------------- text turns ----------------
    add(("az-co-tekst-tekorten", None, [Tx(
        "Waarom laat de meerjarenraming van Collectie Overijssel tekorten zien?",
        ["Erfgoed verbindt"],
        {"document": CO, "quote": "Deze tekorten ontstaan vooral doordat het provinciale programma Erfgoed verbindt "
                                  "eind 2027 afloopt"}, "Collectie Overijssel")]))
    add(("az-co-tekst-indexatie", "Collectie Overijssel", [Tx(
        "Hoe worden de bijdragen van de deelnemers geindexeerd?",
        ["gewogen", ["loon", "pLOVO"], ["prijs", "pIMOC"]],
        {"document": CO, "quote": "jaarlijks geïndexeerd met een gewogen index"}, "Collectie Overijssel")]))
    add(("az-co-tekst-collectiecentrum", None, [Tx(
        "Waarom staat het nieuwe Collectiecentrum nog niet in de begroting van Collectie Overijssel?",
        ["besluit", ["eind 2025", "2025"]],
        {"document": CO, "quote": "Het besluit over de realisatie wordt eind 2025 verwacht"},
        "Collectie Overijssel")]))
    add(("az-co-tekst-datakwaliteit", "Collectie Overijssel", [Tx(
        "Waar is de bestemmingsreserve Datakwaliteit & Collectiebeheer voor bedoeld?",
        ["vindplaatsregistratie"],
        {"document": CO, "quote": "dekt het project Actualiseren vindplaatsregistratie"}, "Collectie Overijssel")]))
    add(("az-co-tekst-publiek", "Collectie Overijssel", [Tx(
        "Wat wil Collectie Overijssel doen om meer mensen te bereiken?",
        [["ANNO", "studiezaal"], ["educatie", "leerlingen", "onderwijs"]],
        {"document": CO, "quote": "Wij concentreren de studiezaal in Zwolle in ANNO Stadsmuseum"},
        "Collectie Overijssel")]))
    add(("az-co-tekst-weerstand", "Collectie Overijssel", [Tx(
        "Is het weerstandsvermogen van Collectie Overijssel voldoende?",
        ["1,09", ["voldoende", "klasse C", "toereikend"]],
        {"document": CO, "quote": "De ratio van 1,09 valt in klasse C"}, "Collectie Overijssel")]))
    add(("az-tw-tekst-jeugd", "Twenterand", [Tx(
        "Waarom is de jeugdzorg in 2025 duurder dan begroot?",
        [["verblijf", "langere trajecten"], ["Twents model", "geïndexeerd"]],
        {"document": TW, "quote": "De trajecten duren langer en de tarieven van het Twents model zijn per 1 juli 2025 "
                                  "extra geïndexeerd"}, "Twenterand")]))
    add(("az-tw-tekst-maatregel", None, [Tx(
        "Wat doet Twenterand om de kosten van de jeugdzorg te beheersen?",
        [["praktijkondersteuner", "CJG"]],
        {"document": TW, "quote": "Wij zetten de praktijkondersteuner jeugd bij alle huisartsen in"}, "Twenterand")]))
    add(("az-tw-tekst-afval", "Twenterand", [Tx(
        "waarom zijn de afvalkosten hoger dan begroot",
        ["Twence"],
        {"document": TW, "quote": "Het verwerkingstarief van Twence is hoger vastgesteld"}, "Twenterand")]))
    add(("az-tw-tekst-voorstel", "Twenterand", [Tx(
        "Wat wordt de raad gevraagd te besluiten over de tweede bestuursrapportage 2025?",
        [["vast te stellen", "vaststellen"], ["overheveling", "overhevelen", "Budgetoverheveling"]],
        {"document": TW, "quote": "de tweede bestuursrapportage 2025 vast te stellen"}, "Twenterand")]))

    # ---------------- any ----------------
    add(("az-any-jeugd", "Twenterand", [A(
        "Wat zijn de lasten van Jeugd?", "Twenterand",
        "no year: the Programmabegroting 2020 gives 2020-2023, the najaarsnota the begroting and prognose 2025; "
        "any of them (or a question back) is right, as long as it comes from Twenterand and not from Collectie "
        "Overijssel or Dinkelland", exclude=["Collectie Overijssel"])]))
    add(("az-any-co-kosten", None, [A(
        "Hoeveel kost Collectie Overijssel per jaar?", "Collectie Overijssel",
        "no year: the realisation 2023 (6.781) or a year of the begroting 2026 (2024-2029) are all right",
        exclude=["Twenterand"])]))

    # ---------------- refusals ----------------
    add(("az-weiger-co-2030", None, [R(
        "Wat zijn de lasten van Collectie Overijssel in 2030?",
        "the begroting runs to 2029, the jaarstukken cover 2022-2023; no Collectie Overijssel document holds 2030",
        [{"rule": "absent_regex", "pattern": r"\b2030\b", "documents": [CO, CO23]}])]))
    add(("az-weiger-kampen", None, [R(
        "Hoeveel betaalt de gemeente Kampen aan Collectie Overijssel?",
        "Kampen is neither a deelnemer nor a DVO-partner in the documents",
        [{"rule": "absent_regex", "pattern": r"Kampen", "documents": ALL_DOCS}])]))
    add(("az-weiger-rente-cc", "Collectie Overijssel", [R(
        "Hoeveel rente gaat Collectie Overijssel betalen voor de lening van het nieuwe Collectiecentrum?",
        "the investment and kapitaallasten of the Collectiecentrum are explicitly not in the begroting; no "
        "sentence gives interest for it",
        [{"rule": "no_sentence_with_both", "a": r"\brente\b", "b": "Collectiecentrum", "documents": [CO, CO23]},
         {"rule": "absent_regex", "pattern": r"\blening\b", "documents": [CO, CO23]}])]))
    add(("az-weiger-wnt-2026", None, [R(
        "Wat verdient de directeur van Collectie Overijssel in 2026?",
        "the begroting 2026 has no WNT table; the real jaarstukken 2023 give the bezoldiging for 2023 and 2022 only",
        [{"rule": "absent_regex", "pattern": r"[Bb]ezoldiging|WNT", "documents": [CO]},
         {"rule": "no_line_with_both", "a": "2026", "b": "ezoldiging", "documents": [CO23]}])]))
    add(("az-weiger-tw-2030", "Twenterand", [R(
        "Wat is het begrotingssaldo van Twenterand in 2030?",
        "Tabel 1.1 runs 2025-2029; the Programmabegroting 2020 has no 2030",
        [{"rule": "absent_regex", "pattern": r"\b2030\b", "documents": [TW, TW20]}])]))
    add(("az-weiger-jeugd-2019", "Twenterand", [R(
        "Wat kostte Jeugd in Twenterand in 2019?",
        "the financial overview of the Programmabegroting 2020 holds 2020-2023 only (2019 appears only in "
        "indicator columns 'Begroot 2019'); the najaarsnota holds 2025",
        [{"rule": "header_line_exact", "after": "Overzicht 3.1 Baten en lasten Sociaal domein",
          "line": "2020 2021 2022 2023", "documents": [TW20]},
         {"rule": "absent_regex", "pattern": r"\b2019\b", "documents": [TW]}])]))
    add(("az-weiger-sporthal", None, [R(
        "Hoeveel kost de nieuwe sporthal in Vriezenveen?",
        "no document mentions a sporthal in Vriezenveen (the najaarsnota's credits are a kindcentrum, roads, "
        "sewers, a kunstgrasveld, ICT and solar panels)",
        [{"rule": "absent_regex", "pattern": r"[Ss]porthal", "documents": [TW, TW20, CO, CO23, DK20]},
         {"rule": "no_line_with_both", "a": "porthal", "b": "Vriezenveen", "documents": [WA24]}])]))
    add(("az-weiger-fte-tw", "Twenterand", [R(
        "Hoeveel fte heeft de gemeente Twenterand in dienst?",
        "neither Twenterand document gives the staff of the municipality",
        [{"rule": "absent_regex", "pattern": r"\b[Ff][Tt][Ee]\b|\bformatie\b", "documents": [TW, TW20]}])]))
    add(("az-weiger-dk-ozb", None, [R(
        "Wat is de OZB-opbrengst van Dinkelland in 2025?",
        "the Dinkelland document (Begroting 2020, Inclusieve samenleving) has no OZB and no 2025 figures",
        [{"rule": "absent_regex", "pattern": r"OZB|onroerende", "documents": [DK20]}])]))
    return C


# =================================================================== assemble
def build():
    out_cases, prov, comments = [], {}, {}
    for cid, scope, turns in cases():
        pturns, yturns, com = [], [], []
        for t in turns:
            yt = {"question": t["question"], "kind": t["kind"]}
            pt = {"kind": t["kind"]}
            if t["kind"] == "figure":
                srcs = [resolve(s) for s in t["main"]]
                v, deriv = compute(t["op"], [s["value"] for s in srcs])
                if t["expect"] is not None:
                    ev, gv = abs(Decimal(str(t["expect"]))), abs(Decimal(str(v)))
                    assert gv == ev or (t["tolerance"] and abs(gv - ev) <= Decimal(str(t["tolerance"]))), \
                        (cid, t["question"], v, t["expect"])
                acc = []
                for asrcs, aop in t["accept"]:
                    rs = [resolve(s) for s in asrcs]
                    av, ad = compute(aop, [s["value"] for s in rs])
                    acc.append({"value": num(av), "op": aop, "derivation": ad, "sources": rs})
                others = [resolve(s) for s in t["other"]]
                muni = MUNI[srcs[0]["document"]]
                values = [num(v)] + [a["value"] for a in acc if abs(a["value"]) != abs(num(v))]
                values = list(dict.fromkeys(values))
                for o in others:
                    assert all(abs(num(o["value"])) != abs(vv) for vv in values), (cid, "other equals expected", o)
                exp = {}
                if len(values) == 1:
                    exp["value"] = values[0]
                else:
                    exp["value"] = values[0]
                    exp["accept"] = values[1:]
                if t["tolerance"]:
                    exp["tolerance"] = t["tolerance"]
                exp["unit"] = t["unit"]
                exp["municipality"] = muni
                yt["expect"] = exp
                pt.update(main={"value": num(v), "op": t["op"], "derivation": deriv, "sources": srcs},
                          accept=acc, other=others, note=t["note"])
                com.append(describe_figure(t["question"], srcs, deriv, acc, others, t["note"], num(v)))
            elif t["kind"] == "text":
                w = dict(t["where"])
                pages = x.page_of_prose(P(w["document"]), w["quote"])
                assert len(pages) == 1, (cid, w)
                w["page"] = pages[0]
                yt["expect"] = {"include": t["include"], "municipality": t["muni"]}
                pt.update(include=t["include"], where=w)
                com.append(f"text: {w['document']} p.{w['page']}: \"{w['quote']}\"; include {json.dumps(t['include'], ensure_ascii=False)}")
            elif t["kind"] == "refusal":
                pt.update(why=t["why"], absent=t["absent"])
                com.append(f"refusal: {t['why']}")
            elif t["kind"] == "any":
                yt["expect"] = {"municipality": t["muni"]}
                if t["exclude"]:
                    yt["expect"]["exclude"] = t["exclude"]
                pt.update(why=t["why"], exclude=t["exclude"])
                com.append(f"any: {t['why']}")
            yturns.append(yt)
            pturns.append(pt)
        case = {"id": cid}
        if scope:
            case["municipality"] = scope
        if len(yturns) == 1:
            case.update(yturns[0])
        else:
            case["turns"] = yturns
        out_cases.append(case)
        prov[cid] = pturns
        comments[cid] = com
    return out_cases, prov, comments


def where(s) -> str:
    if s["kind"] == "cell":
        return (f"{s['document']} p.{s['page']}, table '{s['caption'].rstrip(':')}', row '{s['row']}'"
                + (f" (occurrence {s['occurrence'] + 1})" if s["occurrence"] else "")
                + f", column '{s['column']}': '{s['printed']}'"
                + (f" x {s['scale']}" if s["scale"] not in (1,) else ""))
    if s["kind"] == "prose":
        return f"{s['document']} p.{s['page']}, prose \"{s['quote']}\""
    if s["kind"] == "real_text":
        return f"{s['document']} (real), line '{s['line']}', column '{s['column']}': '{s['printed']}'"
    if s["kind"] == "real_pdf":
        return (f"{s['document']} (real) p.{s['page']}, row '{s['row']}', column '{s['column']}': '{s['printed']}'"
                + (f" x {s['scale']}" if s["scale"] != 1 else ""))
    return str(s)


def describe_figure(q, srcs, deriv, acc, others, note, v) -> str:
    lines = [f"value {v}: " + "; ".join(where(s) for s in srcs)]
    if deriv:
        lines.append(f"derivation: {deriv}")
    for a in acc:
        lines.append(f"accept {a['value']}: " + "; ".join(where(s) for s in a["sources"])
                     + (f" ({a['derivation']})" if a["derivation"] else ""))
    for o in others:
        lines.append(f"NOT accepted {num(o['value'])}: " + where(o))
    if note:
        lines.append(f"note: {note}")
    return "\n".join(lines)


def y(v) -> str:
    return json.dumps(v, ensure_ascii=False)


def flow(m: dict) -> str:
    return "{" + ", ".join(f"{k}: {y(v)}" for k, v in m.items()) + "}"


def write(out_cases, comments):
    L = ["# set-az: blind evaluation set (format: shared/evals/FORMAT.md, version 1).",
         "# Corpus: the four documents of /work/main/corpus plus two FICTIONAL documents with made-up figures:",
         "#   collectie-overijssel-begroting-2026.pdf  Collectie Overijssel, Begroting 2026 en meerjarenraming",
         "#                                            2027-2029 (ConTeXt/LuaTeX)",
         "#   twenterand-najaarsnota-2025.pdf          Gemeente Twenterand, Tweede bestuursrapportage 2025",
         "#                                            (najaarsnota) (XeLaTeX)",
         "# Generated by source/gen_cases.py; every figure is located in the PDFs and verified by source/check.py.",
         "# Values are in euros after the table's scale; comparison is on absolute values (signed is never set).",
         "version: 1", "cases:"]
    for c in out_cases:
        com = comments[c["id"]]
        for i, block in enumerate(com):
            pre = f"turn {i + 1}: " if len(com) > 1 else ""
            for j, ln in enumerate(block.split("\n")):
                L.append("# " + (pre if j == 0 else " " * len(pre)) + ln)
        L.append(f"- id: {c['id']}")
        if "municipality" in c:
            L.append(f"  municipality: {y(c['municipality'])}")
        if "turns" in c:
            L.append("  turns:")
            for t in c["turns"]:
                L.append(f"  - question: {y(t['question'])}")
                L.append(f"    kind: {t['kind']}")
                if "expect" in t:
                    L.append(f"    expect: {flow(t['expect'])}")
        else:
            L.append(f"  question: {y(c['question'])}")
            L.append(f"  kind: {c['kind']}")
            if "expect" in c:
                L.append(f"  expect: {flow(c['expect'])}")
    (SET / "cases.yaml").write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    out_cases, prov, comments = build()
    write(out_cases, comments)
    (Path(__file__).resolve().parent / "provenance.json").write_text(
        json.dumps(prov, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    kinds = {}
    for c in out_cases:
        for t in c.get("turns", [c]):
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(f"wrote {SET / 'cases.yaml'}: {len(out_cases)} cases, turns per kind {kinds}")


if __name__ == "__main__":
    main()
