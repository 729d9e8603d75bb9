"""Write ../cases.yaml and provenance.json for set-aj.

Every expected and accepted figure comes from data.py AND is located in the finished documents (extract.py): the
printed text is read back, parsed, scaled and must equal the data value, else the build stops.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import data as d
from extract import HtmlDoc, SheetPdf, parse_num
from fmt import nl_int, nl_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
PF, AF = d.P_FILE, d.A_FILE
H = HtmlDoc(CORPUS / PF)
S = SheetPdf(CORPUS / AF)
P, A = d.P_BODY, d.A_BODY
K = 1000


def _eq(a, b, what):
    if abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def hc(key, row, col, want, group=None, note=None):
    """a cell of the HTML begroting; want in euros (or units)"""
    c = H.cell(key, row, col, group=group)
    scale = 1 if note else c["scale"]
    v = round(parse_num(c["printed"]) * scale, 6)
    _eq(v, want, f"{PF} {key}/{group}/{row}/{col}")
    src = {"document": PF, "page": c["page"], "page_title": c["page_title"], "breadcrumb": c["breadcrumb"],
           "details": c["details"], "table": c["table"], "table_key": key, "table_kind": c["table_kind"],
           "row": row, "column": c["column"], "column_key": col, "printed": c["printed"], "scale": scale,
           "scale_statement": c["scale_statement"], "value": v}
    if group:
        src["group"] = group
    if note:
        src["note"] = note
    return src


def sc(sheet, key, row, col, want, note=None):
    """a cell of the spreadsheet PDF"""
    c = S.cell(sheet, key, row, col)
    scale = 1 if note else c["scale"]
    v = round(parse_num(c["printed"]) * scale, 6)
    _eq(v, want, f"{AF} {sheet}/{key}/{row}/{col}")
    src = {"document": AF, "page": c["page"], "sheet": sheet, "table_key": key, "row": row, "column": col,
           "printed": c["printed"], "scale": scale, "scale_statement": c["scale_statement"], "value": v}
    if c["continuation_page"]:
        src["continuation_page"] = True
    if note:
        src["note"] = note
    return src


def pr(doc, fragment, printed, want, scale=1):
    pages = (H if doc == PF else S).prose(fragment)
    if not pages or printed not in fragment:
        raise SystemExit(f"prose not found in {doc}: {fragment}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {fragment}")
    return {"document": doc, "page": pages[0], "prose": fragment, "printed": printed, "scale": scale,
            "scale_statement": {1: "whole units in the text", 1_000_000: "'mln'/'miljoen' in the text"}[scale],
            "value": v}


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [s["value"] for s in srcs]
    if op == "add":
        v, der = sum(a), " + ".join(nl_num(x) for x in a)
    elif op == "sub":
        v, der = a[0] - a[1], f"{nl_num(a[0])} - {nl_num(a[1])}"
    elif op == "share":
        v, der = round(100 * a[0] / a[1], 2), f"100 × {nl_num(a[0])} / {nl_num(a[1])}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {nl_num(v)}"}


CASES, PROV = [], {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None):
    e = {"value": _n(main["value"])}
    acc = [_n(main["value"])]
    for a in accepts:
        if all(abs(abs(_n(a["value"])) - abs(x)) > 1e-9 for x in acc):   # the runner compares absolute values
            acc.append(_n(a["value"]))
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
    if unit:
        e["unit"] = unit
    e["municipality"] = body
    return ({"question": q, "kind": "figure", "expect": e},
            {"kind": "figure", "main": main, "accept": list(accepts)})


def add(cid, turn, prov, scope=None):
    c = {"id": cid, **turn}
    if scope:
        c = {"id": cid, "question": turn["question"], "municipality": scope, **{k: v for k, v in turn.items()
                                                                               if k != "question"}}
    CASES.append(c)
    PROV[cid] = [prov]


def fig(cid, q, body, main, accepts=(), unit="EUR", tol=None, scope=None):
    t, p = fig_turn(q, body, main, accepts, unit, tol)
    add(cid, t, p, scope)


def conv(cid, scope, turns):
    ts, ps = [], []
    for t, p in turns:
        ts.append(t)
        ps.append(p)
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = ts
    CASES.append(c)
    PROV[cid] = ps


def refusal(cid, q, why, absent, scope=None):
    add(cid, {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}, scope)


def text(cid, q, body, include, where, scope=None):
    add(cid, {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
        {"kind": "text", "where": where}, scope)


def which(cid, q, body, cands, include, scope=None):
    add(cid, {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
        {"kind": "which", "candidates": cands}, scope)


def anyc(cid, q, body, exclude, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": PF if body == P else AF}, scope)


L, B, Y = d.LASTEN, d.BATEN, d.YCOLS
MOB, NAT, ECO, ENE, BES = d.PROGS
T31, T32 = "Tabel 3.1", "Tabel 3.2"
RATIO = "a ratio; the table's 'bedragen x € 1.000' does not apply"

# ================================================================================ Provincie Vlietmarken: figures
fig("aj-p-01", "Wat zijn de lasten van het programma Mobiliteit in 2040?", P,
    alt(hc("Tabel 4.1.1", "Lasten", "Begroting 2040", L[MOB][2] * K)),
    [alt(hc(T31, MOB, "2040", L[MOB][2] * K, group="Lasten"))], scope=P)
fig("aj-p-02", "Hoeveel geeft de provincie Vlietmarken in 2042 uit aan natuur en water?", P,
    alt(hc("Tabel 4.2.1", "Lasten", "Raming 2042", L[NAT][4] * K)))
fig("aj-p-03", "Hoeveel inkomsten verwacht de provincie in 2040 binnen het programma Energietransitie?", P,
    alt(hc("Tabel 4.4.1", "Baten", "Begroting 2040", B[ENE][2] * K)), scope=P)
fig("aj-p-04", "Wat was het saldo van het programma Economie in de rekening 2038?", P,
    alt(hc("Tabel 4.3.1", "Saldo", "Rekening 2038", d.SALDO[ECO][0] * K)), scope=P)
fig("aj-p-05", "Wat zijn de totale lasten van de provincie Vlietmarken in 2041?", P,
    alt(hc(T31, "Totaal lasten", "2041", d.TOT_LASTEN[3] * K)),
    [alt(hc(T32, "Totale lasten", "2041", d.MJP["Totale lasten"][1] * 1_000_000))], tol=None)
fig("aj-p-06", "Wat is het geraamde resultaat van de begroting 2040?", P,
    alt(hc(T31, "Geraamd resultaat", "2040", d.RESULTAAT[2] * K)),
    [alt(hc(T32, "Begrotingssaldo", "2040", d.MJP["Begrotingssaldo"][0] * 1_000_000)),
     alt(pr(PF, "€ 0,4 mln begrotingssaldo 2040", "0,4", d.KPI["begrotingssaldo"] * 1_000_000, 1_000_000))],
    scope=P)
fig("aj-p-07", "Hoeveel haalt Vlietmarken in 2040 op met de opcenten op de motorrijtuigenbelasting?", P,
    alt(hc("Tabel 5.1", "Opbrengst (x € 1.000)", "2040", d.OPC_OPBRENGST[1] * K)))
fig("aj-p-08", "Wat betaalt een automobilist met een benzineauto van 1.200 kg in 2040 aan opcenten in Vlietmarken?",
    P, alt(pr(PF, "Een personenauto van 1.200 kg op benzine betaalt in 2040 € 318 per jaar aan provinciale "
                  "opcenten.", "318", d.OPC_AUTO_EUR)))
fig("aj-p-10", "Wat is de weerstandsratio in de begroting 2040 van de provincie Vlietmarken?", P,
    alt(hc("Tabel 6.1", "Weerstandsratio", "Begroting 2040", d.WV_RATIO[1], note=RATIO)),
    [alt(pr(PF, "1,56 weerstandsratio", "1,56", d.WV_RATIO[1]))], unit=None)
fig("aj-p-11", "Hoe hoog is de netto schuldquote in de begroting 2040?", P,
    alt(hc("Tabel 6.2", "Netto schuldquote", "Begroting 2040", d.KG["Netto schuldquote"][2])), unit="percent",
    scope=P)
fig("aj-p-12", "Hoeveel overhead heeft de provincie Vlietmarken begroot voor 2040?", P,
    alt(hc("Tabel 9.1", "Totaal overhead", "Begroting 2040", d.OH_TOT[1] * K)))
fig("aj-p-13", "Hoeveel hectare nieuwe natuur richt de provincie in 2040 in?", P,
    alt(pr(PF, f"In 2040 verwerven en richten we {d.NATUUR_HA_2040} hectare nieuwe natuur in.",
           str(d.NATUUR_HA_2040), d.NATUUR_HA_2040)), unit="count", scope=P)
fig("aj-p-14", "Met hoeveel stijgen de lasten van Energietransitie van 2040 naar 2041?", P,
    alt([hc("Tabel 4.4.1", "Lasten", "Raming 2041", L[ENE][3] * K),
         hc("Tabel 4.4.1", "Lasten", "Begroting 2040", L[ENE][2] * K)], "sub"),
    [alt(pr(PF, "De lasten van het programma Energietransitie stijgen in 2041 met bijna € 3 miljoen ten opzichte "
                "van 2040", "3", 3_000_000, 1_000_000))], scope=P)
fig("aj-p-15", "Wat zijn de lasten van Mobiliteit en Economie samen in 2040?", P,
    alt([hc(T31, MOB, "2040", L[MOB][2] * K, group="Lasten"), hc(T31, ECO, "2040", L[ECO][2] * K, group="Lasten")],
        "add"), scope=P)
fig("aj-p-16", "Welk percentage van de totale lasten in 2040 gaat naar Mobiliteit?", P,
    alt([hc(T31, MOB, "2040", L[MOB][2] * K, group="Lasten"), hc(T31, "Totaal lasten", "2040",
                                                                  d.TOT_LASTEN[2] * K)], "share"),
    [alt(pr(PF, "Ruim 40% van onze lasten gaat naar Mobiliteit", "40", 40))], unit="percent", tol=0.06, scope=P)
fig("aj-p-17", "Wat is volgens het meerjarig financieel perspectief het saldo van baten en lasten in 2043?", P,
    alt(hc(T32, "Saldo van baten en lasten", "2043", d.MJP["Saldo van baten en lasten"][3] * 1_000_000)),
    [alt(hc(T31, "Saldo van baten en lasten", "2043", d.SALDO_BL[5] * K))], scope=P)
fig("aj-p-18", "Hoeveel trekt de provincie Vlietmarken in 2040 uit voor de Regionale Energiestrategie?", P,
    alt(pr(PF, "Voor de Regionale Energiestrategie trekken we in 2040 € 4,8 miljoen uit.", "4,8",
           d.RES_EUR_MLN * 1_000_000, 1_000_000)))
fig("aj-p-19", "Hoeveel investeert de provincie Vlietmarken in totaal in 2040?", P,
    alt(hc("Tabel 8.1", "Totaal", "2040", d.INV_TOT[2] * K)),
    [alt(pr(PF, "€ 28,9 mln investeringen in 2040", "28,9", d.KPI["investeringen"] * 1_000_000, 1_000_000))])
# conversations, Provincie
conv("aj-p-conv-01", P, [
    fig_turn("Wat zijn de lasten van Mobiliteit in de begroting 2040?", P,
             alt(hc("Tabel 4.1.1", "Lasten", "Begroting 2040", L[MOB][2] * K))),
    fig_turn("En in 2043?", P, alt(hc("Tabel 4.1.1", "Lasten", "Raming 2043", L[MOB][5] * K)),
             [alt(hc(T31, MOB, "2043", L[MOB][5] * K, group="Lasten"))]),
    fig_turn("En de baten?", P, alt(hc("Tabel 4.1.1", "Baten", "Raming 2043", B[MOB][5] * K))),
])
conv("aj-p-conv-02", None, [
    fig_turn("Wat zijn de baten van Natuur en water bij de provincie Vlietmarken in 2040?", P,
             alt(hc("Tabel 4.2.1", "Baten", "Begroting 2040", B[NAT][2] * K))),
    fig_turn("En vorig jaar?", P, alt(hc("Tabel 4.2.1", "Baten", "Begroting 2039", B[NAT][1] * K))),
])
conv("aj-p-conv-03", P, [
    fig_turn("Hoeveel opcenten motorrijtuigenbelasting heft de provincie in 2040?", P,
             alt(hc("Tabel 5.1", "Aantal opcenten", "2040", d.OPC_TARIEF[1])), unit="count"),
    fig_turn("En wat was begroot voor 2039?", P, alt(hc("Tabel 5.1", "Aantal opcenten", "2039", d.OPC_TARIEF[0])),
             unit="count"),
    fig_turn("Wat bracht dat in 2039 op?", P,
             alt(hc("Tabel 5.1", "Opbrengst (x € 1.000)", "2039", d.OPC_OPBRENGST[0] * K))),
])
conv("aj-p-conv-04", P, [
    fig_turn("Wat is de stand van de Reserve Natuurnetwerk op 1 januari 2040?", P,
             alt(hc("Tabel 7.1", "Reserve Natuurnetwerk", "Stand 1-1-2040", d.RES["Reserve Natuurnetwerk"][0] * K))),
    fig_turn("En eind 2040?", P,
             alt(hc("Tabel 7.1", "Reserve Natuurnetwerk", "Stand 31-12-2040", d.RES_END["Reserve Natuurnetwerk"] * K))),
])
conv("aj-p-conv-05", P, [
    fig_turn("Wat is de netto schuldquote in de begroting 2040?", P,
             alt(hc("Tabel 6.2", "Netto schuldquote", "Begroting 2040", d.KG["Netto schuldquote"][2])),
             unit="percent"),
    fig_turn("En vorig jaar?", P,
             alt(hc("Tabel 6.2", "Netto schuldquote", "Begroting 2039", d.KG["Netto schuldquote"][1])),
             unit="percent"),
    fig_turn("En in de rekening 2038?", P,
             alt(hc("Tabel 6.2", "Netto schuldquote", "Rekening 2038", d.KG["Netto schuldquote"][0])),
             unit="percent"),
])

# ================================================================================ Afvalschap Heiderand: figures
EX, EXK = "Exploitatie", "Product"
fig("aj-a-01", "Wat waren de werkelijke lasten van de inzameling van restafval in 2039?", A,
    alt(sc(EX, EXK, "Inzameling restafval", "Realisatie 2039", d.EX_LASTEN["Inzameling restafval"][2])), scope=A)
fig("aj-a-03", "Welk aandeel heeft Marswold in de bijdragen aan het afvalschap?", A,
    alt(sc("Deelnemersbijdragen", "Gemeente", "Marswold", "Aandeel", d.AANDEEL["Marswold"])), unit="percent",
    tol=0.01, scope=A)
fig("aj-a-04", "Hoeveel staat er eind 2039 in de voorziening voor de nazorg van de oude stortplaats?", A,
    alt(sc("Reserves en voorzieningen", "Omschrijving", "Voorziening nazorg voormalige stortplaats",
           "Stand 31-12-2039", d.A_VZ["Voorziening nazorg voormalige stortplaats"][3])), scope=A)
fig("aj-a-05", "Wat is het resultaat van het Afvalschap Heiderand over 2039?", A,
    alt(sc("Resultaat", "Omschrijving", "Resultaat na bestemming", "Realisatie 2039", d.RESULT_2039)),
    [alt(sc(EX, EXK, "Resultaat na bestemming", "Realisatie 2039", d.RESULT_2039))])
fig("aj-a-06", "Hoeveel krijgen de gemeenten samen terug uit het resultaat 2039?", A,
    alt(sc("Resultaat", "Voorstel resultaatbestemming", "Terugbetaling aan deelnemers", "Bedrag", d.TERUG)),
    [alt(sc("Deelnemersbijdragen", "Gemeente", "Totaal", "Terugbetaling resultaat", d.TERUG))], scope=A)
fig("aj-a-07", "Hoeveel fte formatie heeft het afvalschap?", A,
    alt(sc("Personeel", "Functie", "Totaal formatie", "Formatie (fte)", d.FTE_FORM)),
    [alt(sc("Voorblad", "Kerncijfer", "Formatie", "2039", d.FTE_FORM))], unit="count", tol=0.01, scope=A)
fig("aj-a-08", "Hoeveel fte is er bezet voor het onderhoud van containers bij Afvalschap Heiderand?", A,
    alt(sc("Personeel", "Functie", "Containeronderhoudsmedewerker", "Bezetting (fte)", 2.0)), unit="count")
fig("aj-a-09", "Wat was de waarde van de materiële vaste activa eind 2039?", A,
    alt(sc("Balans", "Balanspost", "Materiële vaste activa", "31-12-2039", d.BAL_ACT["Materiële vaste activa"][0] * K)),
    scope=A)
fig("aj-a-10", "Wat is het afvalscheidingspercentage van het Afvalschap Heiderand?", A,
    alt(sc("Voorblad", "Kerncijfer", "Afvalscheidingspercentage", "2039", 78.4)), unit="percent", tol=0.01)
fig("aj-a-11", "Hoeveel hoger waren de werkelijke lasten van de restafvalinzameling in 2039 dan in 2038?", A,
    alt([sc(EX, EXK, "Inzameling restafval", "Realisatie 2039", d.EX_LASTEN["Inzameling restafval"][2]),
         sc(EX, EXK, "Inzameling restafval", "Realisatie 2038", d.EX_LASTEN["Inzameling restafval"][3])], "sub"),
    scope=A)
fig("aj-a-12", "Hoe groot was het voordeel bij de verwerking van restafval ten opzichte van de begroting?", A,
    alt(sc("Afwijkingen", "Product", "Verwerking restafval", "Afwijking", d.afwijking("Verwerking restafval", "L"))),
    [alt(sc(EX, EXK, "Verwerking restafval", "Verschil", d.verschil(d.EX_LASTEN["Verwerking restafval"])))],
    scope=A)
fig("aj-a-13", "Hoeveel viel de opbrengst van oud papier tegen ten opzichte van de begroting?", A,
    alt(sc("Afwijkingen", "Product", "Opbrengst oud papier en karton", "Afwijking",
           d.afwijking("Opbrengst oud papier en karton", "B"))),
    [alt(sc(EX, EXK, "Opbrengst oud papier en karton", "Verschil",
            d.verschil(d.EX_BATEN["Opbrengst oud papier en karton"])))], scope=A)
# conversations, Afvalschap
conv("aj-a-conv-01", A, [
    fig_turn("Wat waren de werkelijke lasten van Verwerking GFT in 2039?", A,
             alt(sc(EX, EXK, "Verwerking GFT", "Realisatie 2039", d.EX_LASTEN["Verwerking GFT"][2]))),
    fig_turn("En wat was begroot?", A,
             alt(sc(EX, EXK, "Verwerking GFT", "Begroting 2039 na wijziging", d.EX_LASTEN["Verwerking GFT"][1])),
             [alt(sc(EX, EXK, "Verwerking GFT", "Begroting 2039 primitief", d.EX_LASTEN["Verwerking GFT"][0]))]),
    fig_turn("En vorig jaar?", A,
             alt(sc(EX, EXK, "Verwerking GFT", "Realisatie 2038", d.EX_LASTEN["Verwerking GFT"][3]))),
])
conv("aj-a-conv-02", None, [
    fig_turn("Hoeveel betaalde Brakenstein in 2039 aan bijdrage aan het Afvalschap Heiderand?", A,
             alt(sc("Deelnemersbijdragen", "Gemeente", "Brakenstein", "Bijdrage 2039", d.BIJ["Brakenstein"])),
             [alt(sc("Deelnemersbijdragen", "Gemeente", "Brakenstein", "Netto bijdrage 2039",
                     d.NETTO_G["Brakenstein"]))]),
    fig_turn("En wat blijft er netto over na de terugbetaling uit het resultaat?", A,
             alt(sc("Deelnemersbijdragen", "Gemeente", "Brakenstein", "Netto bijdrage 2039", d.NETTO_G["Brakenstein"]))),
])
conv("aj-a-conv-03", A, [
    fig_turn("Wat waren de totale lasten van het afvalschap in 2039?", A,
             alt(sc(EX, EXK, "Totaal lasten", "Realisatie 2039", d.EX_TOT_L[2])),
             [alt(sc("Resultaat", "Omschrijving", "Totaal lasten", "Realisatie 2039", d.EX_TOT_L[2]))]),
    fig_turn("En in 2038?", A, alt(sc(EX, EXK, "Totaal lasten", "Realisatie 2038", d.EX_TOT_L[3]))),
])

# ================================================================================ refusals
refusal("aj-x-weiger-01", "Wat zijn de lasten van Mobiliteit in 2037?",
        "the begroting's financial tables run from Rekening 2038 to Raming 2043 (2037 only as an indicator year)",
        [{"rule": "no_column", "document": PF, "tables": [T31, "Tabel 4.1.1"], "text": "2037"}], scope=P)
refusal("aj-x-weiger-02", "Hoeveel opcenten rekent de provincie Heuvelrade?",
        "Provincie Heuvelrade is not in the corpus",
        [{"rule": "absent_text", "document": "*", "text": "Heuvelrade"}, {"rule": "not_in_manifest", "text": "Heuvelrade"}])
refusal("aj-x-weiger-03", "Wat is het OZB-tarief van de provincie?",
        "a province levies no OZB; the begroting mentions none",
        [{"rule": "absent_text", "document": PF, "text": "OZB"},
         {"rule": "absent_text", "document": PF, "text": "onroerende"}], scope=P)
refusal("aj-x-weiger-04", "Hoeveel kost de nieuwe afvalverbrandingsoven van het afvalschap?",
        "no incinerator investment in the jaarrekening",
        [{"rule": "absent_text", "document": AF, "text": "verbrandingsoven"},
         {"rule": "absent_text", "document": AF, "text": "investering"}], scope=A)
refusal("aj-x-weiger-05", "Wat zijn de begrote lasten van Inzameling restafval voor 2040?",
        "the jaarrekening 2039 has no 2040 columns",
        [{"rule": "no_column", "document": AF, "tables": "*", "text": "2040"}], scope=A)
refusal("aj-x-weiger-06", "Wat is de weerstandsratio van het Afvalschap Heiderand?",
        "only the province reports a weerstandsratio; the afvalschap's jaarrekening has none",
        [{"rule": "absent_text", "document": AF, "text": "weerstand"}])
refusal("aj-x-weiger-07", "Hoeveel draagt de gemeente Lommerdijk bij aan het Afvalschap Heiderand?",
        "Lommerdijk is not a deelnemer",
        [{"rule": "absent_text", "document": "*", "text": "Lommerdijk"}])
refusal("aj-x-weiger-08", "Wat is de stand van de Reserve Mobiliteitsfonds eind 2041?",
        "the reserve table only covers 2040",
        [{"rule": "no_column", "document": PF, "tables": ["Tabel 7.1"], "text": "2041"},
         {"rule": "absent_text", "document": PF, "text": "31-12-2041"}], scope=P)
refusal("aj-x-weiger-09", "Hoeveel geeft de provincie Vlietmarken in 2040 uit aan jeugdzorg?",
        "jeugdzorg is no provincial task here; not in the begroting",
        [{"rule": "absent_text", "document": PF, "text": "jeugd"}])
refusal("aj-x-weiger-10", "Hoeveel fte werkt er bij de provincie Vlietmarken?",
        "the begroting gives no formatie (the fte figures belong to the afvalschap)",
        [{"rule": "absent_regex", "document": PF, "text": r"\bfte\b"},
         {"rule": "absent_regex", "document": PF, "text": r"\b[Ff]ormatie\b"}])
refusal("aj-x-weiger-11", "Wat is het tarief van de afvalstoffenheffing in Dommelgouw?",
        "the gemeente's own heffing is not in the afvalschap's jaarrekening",
        [{"rule": "absent_text", "document": "*", "text": "afvalstoffenheffing"}])

# ================================================================================ text
text("aj-p-tekst-01", "Wat wil de provincie Vlietmarken bereiken met de energietransitie?", P,
     ["45%", ["netcongestie", "warmtenet"]],
     {"document": PF, "page": H.prose("In 2040 komt 45% van de energie")[0], "section": "Wat willen we bereiken?",
      "passage": "In 2040 komt 45% van de energie in Vlietmarken uit hernieuwbare bronnen."})
text("aj-p-tekst-02", "Waarom gaan de opcenten omhoog?", P, ["onderhoud", ["wegen", "bruggen"]],
     {"document": PF, "page": H.prose("nodig om de stijgende kosten van het onderhoud")[0],
      "section": "Opcenten motorrijtuigenbelasting",
      "passage": "nodig om de stijgende kosten van het onderhoud van provinciale wegen en bruggen te dekken"},
     scope=P)
text("aj-p-tekst-03", "Wat doet de provincie aan verkeersveiligheid?", P,
     ["ongevallenlocaties", ["rotonde", "60 km"]],
     {"document": PF, "page": H.prose("We pakken in 2040 vijf ongevallenlocaties aan")[0],
      "section": "Wat gaan we daarvoor doen?", "passage": "We pakken in 2040 vijf ongevallenlocaties aan"}, scope=P)
text("aj-p-tekst-04", "Wat zijn de belangrijkste risico's voor het weerstandsvermogen van Vlietmarken?", P,
     ["Provinciefonds", ["garantstelling", "ontwikkelingsbedrijf"]],
     {"document": PF, "page": H.prose("De garantstelling aan het regionale ontwikkelingsbedrijf")[0],
      "section": "Belangrijkste risico's", "passage": "Een lagere uitkering uit het Provinciefonds ..."})
text("aj-p-tekst-05", "Wat is het Natuurnetwerk Vlietmarken?", P, [["verbindt", "verbinden"], "natuurgebieden"],
     {"document": PF, "page": H.prose("Het Natuurnetwerk Vlietmarken verbindt de natuurgebieden")[0],
      "section": "Programma 2 Natuur en water", "passage": "Het Natuurnetwerk Vlietmarken verbindt de natuurgebieden"})
text("aj-a-tekst-01", "Waarom waren de kosten van de verwerking van restafval lager dan begroot?", A,
     [["verwerkingstarief", "aanbesteding"], ["minder", "96 kg"]],
     {"document": AF, "page": S.prose("lager verwerkingstarief")[0], "sheet": "Afwijkingen",
      "passage": "Minder aangeboden restafval (96 kg per inwoner) en een lager verwerkingstarief"}, scope=A)
text("aj-a-tekst-02", "Waarom viel de opbrengst van oud papier tegen?", A, ["papierprijs"],
     {"document": AF, "page": S.prose("De papierprijs daalde")[0], "sheet": "Afwijkingen",
      "passage": "De papierprijs daalde in de tweede helft van 2039 sterk"}, scope=A)
text("aj-a-tekst-03", "Hoe wordt de bijdrage van de gemeenten aan het Afvalschap Heiderand verdeeld?", A,
     ["huishoudens"],
     {"document": AF, "page": S.prose("verdeeld naar rato van het aantal huishoudens")[0],
      "sheet": "Deelnemersbijdragen", "passage": "De bijdrage ... wordt verdeeld naar rato van het aantal huishoudens"})
text("aj-a-tekst-04", "Wat gebeurt er met het positieve resultaat over 2039?", A,
     [["terugbetal", "terug te betalen", "terug naar"], "Egalisatiereserve"],
     {"document": AF, "page": S.prose("60% van het resultaat terug te betalen")[0], "sheet": "Resultaat",
      "passage": "stelt voor 60% van het resultaat terug te betalen ... en 40% toe te voegen aan de "
                 "Egalisatiereserve tarieven"}, scope=A)

# ================================================================================ which of several figures
c_bruto = sc("Deelnemersbijdragen", "Gemeente", "Dommelgouw", "Bijdrage 2039", d.BIJ["Dommelgouw"])
c_netto = sc("Deelnemersbijdragen", "Gemeente", "Dommelgouw", "Netto bijdrage 2039", d.NETTO_G["Dommelgouw"])
which("aj-a-welke-01", "Hoeveel betaalt Dommelgouw aan het Afvalschap Heiderand?", A, [c_bruto, c_netto],
      [[c_bruto["printed"], "bruto", "voor terugbetaling"], [c_netto["printed"], "netto"]])
c_prim = sc(EX, EXK, "Inzameling PMD", "Begroting 2039 primitief", d.EX_LASTEN["Inzameling PMD"][0])
c_wijz = sc(EX, EXK, "Inzameling PMD", "Begroting 2039 na wijziging", d.EX_LASTEN["Inzameling PMD"][1])
which("aj-a-welke-02", "Wat was begroot voor de inzameling van PMD in 2039?", A, [c_prim, c_wijz],
      [[c_prim["printed"], "primitie"], [c_wijz["printed"], "na wijziging", "gewijzigd"]], scope=A)
c_sbl = hc(T31, "Saldo van baten en lasten", "2040", d.SALDO_BL[2] * K)
c_res = hc(T31, "Geraamd resultaat", "2040", d.RESULTAAT[2] * K)
which("aj-p-welke-01", "Wat is het saldo van de begroting 2040?", P, [c_sbl, c_res],
      [[nl_int(abs(c_sbl["value"])), "10,7 miljoen", "10,7 mln", "saldo van baten en lasten"],
       [nl_int(c_res["value"]), "0,4 mln", "0,4 miljoen", "geraamd resultaat", "begrotingssaldo"]], scope=P)

# ================================================================================ any
anyc("aj-p-any-01", "Hoe staat de provincie Vlietmarken er financieel voor?", P, ["Heiderand", "afvalschap"])
anyc("aj-a-any-01", "Vertel eens iets over het afvalschap.", A, ["Vlietmarken", "opcenten"], scope=A)
anyc("aj-p-any-02", "Hoe gaat het met de energietransitie in Vlietmarken?", P, ["Heiderand", "kerncentrale"])

# ================================================================================ write
HEADER = ("# GENERATED by source/gen_cases.py -- do not edit by hand; run source/build.sh.\n"
          "# Blind evaluation set set-aj (format: /work/shared/evals/FORMAT.md, version 1).\n"
          f"# Documents: corpus/{PF} ({P}, Begroting 2040, online begroting HTML export) and\n"
          f"#            corpus/{AF} ({A}, Jaarrekening 2039, spreadsheet export to PDF).\n"
          "# Values are in euros (x € 1.000 tables times 1000, € mln times 1.000.000) with the printed sign;\n"
          "# `signed` is never set, so the runner compares absolute values. Provenance: source/provenance.json.\n")
body = yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True, sort_keys=False, width=120)
(SET / "cases.yaml").write_text(HEADER + body, encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nturns = sum(len(c.get("turns", [c])) for c in CASES)
print(f"cases.yaml: {len(CASES)} cases, {nturns} turns")
