"""Write ../cases.yaml and provenance.json for set-ai.

Every expected and accepted figure comes from data.py AND is located in the finished PDFs (extract.py): the printed
text is read back, parsed, scaled and must equal the data value, else the build stops.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import data as d
from extract import PdfDoc, clean, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
TF, ZF = d.MUNI_FILE, d.WS_FILE
DOCS = {TF: PdfDoc(CORPUS / TF), ZF: PdfDoc(CORPUS / ZF)}
T, Z = d.MUNI, d.WS
BODY = {TF: T, ZF: Z}
K = 1000
STRIP7 = ("Reserves", "Voorzieningen")


def _eq(a, b, what):
    if abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def tc(doc, title, row, col, want, **kw) -> dict:
    """a table cell; want = the value in euros (or units) that data.py holds"""
    c = DOCS[doc].cell(title, row, col, **kw)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"not a number: {doc} {title}/{row}/{col}: {c['printed']!r}")
    scale = c["scale"] or 1
    v = round(v * scale, 6)
    _eq(v, want, f"{doc} {title} / {row} / {col}")
    src = {"document": doc, "page": c["page"], "table": c["caption"], "caption_key": title, "row": row,
           "column": col, "printed": c["printed"], "scale": scale, "scale_statement": c["scale_line"], "value": v}
    for k in ("group", "half", "strip"):
        if kw.get(k):
            src[k] = list(kw[k]) if isinstance(kw[k], tuple) else kw[k]
    for k in ("continuation_page", "group_label_on_previous_page", "euro_sign_in_cell"):
        if c.get(k):
            src[k] = True
    return src


def pr(doc, fragment, printed, want, scale=1) -> dict:
    pages = DOCS[doc].prose(fragment)
    if not pages or printed not in fragment:
        raise SystemExit(f"prose not found in {doc}: {fragment}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {fragment}")
    return {"document": doc, "page": pages[0], "prose": fragment, "printed": printed, "scale": scale,
            "scale_statement": {1: "whole units in the text", 1_000_000: "'miljoen' in the text"}[scale],
            "value": v}


def fmt_nl(v):
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v:,.4f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")


def alt(srcs, op=None, ndigits=6):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [s["value"] for s in srcs]
    if op == "add":
        v, der = sum(a), " + ".join(fmt_nl(x) for x in a)
    elif op == "sub":
        v, der = a[0] - a[1], f"{fmt_nl(a[0])} - {fmt_nl(a[1])}"
    elif op == "absdiff":
        v, der = abs(a[0] - a[1]), f"|{fmt_nl(a[0])} - {fmt_nl(a[1])}|"
    elif op == "pctchange":
        v, der = 100 * (a[0] / a[1] - 1), f"100 x ({fmt_nl(a[0])} / {fmt_nl(a[1])} - 1)"
    elif op == "share":
        v, der = 100 * a[0] / a[1], f"100 x {fmt_nl(a[0])} / {fmt_nl(a[1])}"
    v = round(v, ndigits)
    return {"value": v, "op": op, "derivation": f"{der} = {fmt_nl(v)}", "sources": srcs}


def num(v):
    return int(v) if float(v).is_integer() else round(v, 6)


def fig(q, main, body, unit="EUR", accept=(), tol=None, op=None):
    m = main if isinstance(main, dict) and "sources" in main else alt(main, op)
    exp = {"value": num(m["value"])}
    accs = [a if "sources" in a else alt(a) for a in accept]
    vals = []
    for a in accs:
        v = num(a["value"])
        if abs(abs(v) - abs(m["value"])) > 1e-9 and abs(v) not in [abs(x) for x in vals]:
            vals.append(v)
    if vals:
        exp["accept"] = vals
    if tol is not None:
        exp["tolerance"] = tol
    if unit:
        exp["unit"] = unit
    exp["municipality"] = body
    turn = {"question": q, "kind": "figure", "expect": exp}
    prov = {"kind": "figure", "main": m, "accept": accs}
    return turn, prov


CASES: list[dict] = []
PROV: dict = {}


def single(cid, turn_prov, scope=None):
    turn, prov = turn_prov
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c["kind"] = turn["kind"]
    if "expect" in turn:
        c["expect"] = turn["expect"]
    CASES.append(c)
    PROV[cid] = prov


def conv(cid, scope, tps):
    CASES.append({"id": cid, "municipality": scope, "turns": [t for t, _ in tps]})
    PROV[cid] = [p for _, p in tps]


def text(q, include, body, where):
    return ({"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
            {"kind": "text", "where": where})


def refusal(q, why, absent):
    return {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}


# ============================================================================ Tolsterveld figures
P = {nr: (name, l, b) for nr, name, l, b in d.PROGRAMMES}
G = {nr: f"{nr}. {name}" for nr, name, _, _ in d.PROGRAMMES}

single("ai-t-sociaal-lasten-2041", fig(
    "Wat zijn de lasten van programma 4 Sociaal domein in 2041?",
    tc(TF, "Tabel 2.1", "Lasten", "2041", P[4][1][1] * K, group=G[4]), T,
    accept=[tc(TF, "Tabel 3.4a", "Lasten", "2041", P[4][1][1] * K)]), scope=T)
single("ai-t-brandweer", fig(
    "Wat kost de brandweer ons in Tolsterveld volgend jaar (2041)?",
    tc(TF, "Tabel 3.1c", "1.1 Crisisbeheersing en brandweer", "Lasten", d.TAAKVELDEN[1][2][2] * K), T))
single("ai-t-rioolheffing", fig(
    "Hoeveel rioolheffing betaal ik in 2041 in Tolsterveld?",
    tc(TF, "Tabel 4.1", "Rioolheffing per aansluiting", "2041", d.TARIEVEN[5][2]), T, tol=0.005))
single("ai-t-afval-alleenstaand", fig(
    "Ik woon alleen in Tolsterveld. Hoeveel afvalstoffenheffing moet ik in 2041 betalen?",
    tc(TF, "Tabel 4.1", "Afvalstoffenheffing eenpersoonshuishouden", "2041", d.TARIEVEN[3][2]), T, tol=0.005))
single("ai-t-ozb-woningen", fig(
    "Wat is het OZB-tarief voor woningen in 2041?",
    tc(TF, "Tabel 4.1", "OZB woningen (eigenaar)", "2041", d.TARIEVEN[0][2]), T, unit="percent", tol=0.00005),
    scope=T)
single("ai-t-resultaat-2041", fig(
    "Met welk resultaat sluit de begroting 2041 van de gemeente Tolsterveld?",
    tc(TF, "Tabel 2.1", "Geraamd resultaat", "2041", d.RESULTAAT[1] * K), T,
    accept=[pr(TF, f"Geraamd resultaat 2041: € {fmt_nl(d.RESULTAAT[1] * K)} positief", fmt_nl(d.RESULTAAT[1] * K),
               d.RESULTAAT[1] * K)]))
single("ai-t-totale-lasten", fig(
    "Hoeveel geeft de gemeente Tolsterveld in 2041 in totaal uit?",
    tc(TF, "Tabel 2.1", "Totaal lasten", "2041", d.TOT_LASTEN[1] * K), T,
    accept=[pr(TF, f"Totale lasten 2041: € {fmt_nl(d.KORT_LASTEN_MLN).replace('.', ',')} miljoen",
               fmt_nl(d.KORT_LASTEN_MLN).replace(".", ","), d.KORT_LASTEN_MLN * 1_000_000, scale=1_000_000)]))
single("ai-t-overhead-baten-2042", fig(
    "Wat zijn de baten van de overhead in 2042 volgens het overzicht van baten en lasten?",
    tc(TF, "Tabel 2.1", "Baten", "2042", d.OVERHEAD[2][2] * K, group="Overhead"), T), scope=T)
single("ai-t-algemene-reserve-eind", fig(
    "Hoe groot is de algemene reserve van Tolsterveld eind 2041?",
    tc(TF, "Tabel 5.1", "Algemene reserve", "31-12-2041", d.ALG_RES_EIND * K), T,
    accept=[tc(TF, "Tabel 4.3", "Algemene reserve (stand 31-12-2041)", "2041", d.ALG_RES_EIND * K)]))
single("ai-t-onttrekking-sociaal", fig(
    "Hoeveel geld haalt Tolsterveld in 2041 uit de reserve sociaal domein?",
    tc(TF, "Tabel 5.1", "Reserve sociaal domein", "Onttrekking", -d.RESERVES[1][3] * K), T))
single("ai-t-weerstandsratio", fig(
    "Wat is de weerstandsratio van Tolsterveld in de begroting 2041?",
    tc(TF, "Tabel 4.3", "Weerstandsratio", "2041", d.RATIO * K), T, unit=None, tol=0.005))
# the ratio is printed in a table headed "bedragen x € 1.000" but is a ratio: the expected value is the printed 1,92
PROV["ai-t-weerstandsratio"]["main"]["value"] = d.RATIO
PROV["ai-t-weerstandsratio"]["main"]["sources"][0]["value"] = d.RATIO
PROV["ai-t-weerstandsratio"]["main"]["sources"][0]["scale"] = 1
PROV["ai-t-weerstandsratio"]["main"]["sources"][0]["note"] = "a ratio: the table's 'bedragen x € 1.000' does not apply"
CASES[-1]["expect"]["value"] = d.RATIO
single("ai-t-schuldquote-2041", fig(
    "Hoe hoog is de netto schuldquote van Tolsterveld in 2041?",
    tc(TF, "Tabel 4.4", "Netto schuldquote", "2041", parse_num(d.KENGETALLEN[0][3])), T, unit="percent", tol=0.05,
    accept=[tc(TF, "Tabel 4.4", "Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "2041",
               parse_num(d.KENGETALLEN[1][3]))]))
single("ai-t-ikc-krediet", fig(
    "Hoeveel kost de nieuwbouw van IKC De Wielewaal in Tolsterveld?",
    tc(TF, "Tabel 4.5", "Nieuwbouw IKC De Wielewaal", "Krediet", d.INVESTERINGEN[2][2] * K), T))
single("ai-t-investeringen-2042", fig(
    "Hoeveel investeert de gemeente Tolsterveld in 2042 in totaal?",
    tc(TF, "Tabel 4.5", "Totaal", "2042", d.INV_TOT[2] * K), T))
single("ai-t-ozb-opbrengst-samen", fig(
    "Hoeveel levert de OZB de gemeente Tolsterveld in 2041 op, woningen en niet-woningen samen?",
    [tc(TF, "Tabel 4.2", "OZB woningen", "2041", d.OPBRENGST[0][2]),
     tc(TF, "Tabel 4.2", "OZB niet-woningen", "2041", d.OPBRENGST[1][2])], T, op="add"))
single("ai-t-jeugdhulp-onder-18", fig(
    "Hoeveel geeft Tolsterveld in 2041 uit aan zorg en ondersteuning voor kinderen en jongeren onder de 18?",
    tc(TF, "Tabel 3.4c", "6.72 Maatwerkdienstverlening 18-", "Lasten", d.TAAKVELDEN[4][3][2] * K), T))
single("ai-t-sociaal-stijging", fig(
    "Met hoeveel stijgen de lasten van het sociaal domein in Tolsterveld van 2040 naar 2041?",
    [tc(TF, "Tabel 2.1", "Lasten", "2041", P[4][1][1] * K, group=G[4]),
     tc(TF, "Tabel 2.1", "Lasten", "2040", P[4][1][0] * K, group=G[4])], T, op="sub",
    accept=[pr(TF, "stijgen ten opzichte van de begroting 2040 met ruim € 2,6 miljoen", "2,6", 2_600_000,
               scale=1_000_000)]))
single("ai-t-sociaal-aandeel", fig(
    "Welk deel van alle uitgaven van Tolsterveld gaat in 2041 naar het sociaal domein?",
    pr(TF, f"{d.KORT_SOC_SHARE}% van de lasten gaat naar het sociaal domein", str(d.KORT_SOC_SHARE),
       d.KORT_SOC_SHARE), T, unit="percent", tol=0.2,
    accept=[alt([tc(TF, "Tabel 2.1", "Lasten", "2041", P[4][1][1] * K, group=G[4]),
                 tc(TF, "Tabel 2.1", "Totaal lasten", "2041", d.TOT_LASTEN[1] * K)], op="share", ndigits=2)]))
single("ai-t-stationsweg", fig(
    "Wat levert de verkoop van het perceel aan de Stationsweg de gemeente Tolsterveld op?",
    tc(TF, "Tabel 5.2", "Verkoop perceel Stationsweg", "2041", d.INCIDENTEEL[3][2] * K), T))
single("ai-t-riolering", fig(
    "Wat kost de riolering in Tolsterveld in 2041?",
    tc(TF, "Tabel 3.2c", "7.2 Riolering", "Lasten", d.TAAKVELDEN[2][3][2] * K), T))
single("ai-t-afval-meer-stijging", fig(
    "Met hoeveel euro gaat de afvalstoffenheffing voor een gezin in Tolsterveld in 2041 omhoog?",
    [tc(TF, "Tabel 4.1", "Afvalstoffenheffing meerpersoonshuishouden", "2041", d.TARIEVEN[4][2]),
     tc(TF, "Tabel 4.1", "Afvalstoffenheffing meerpersoonshuishouden", "2040", d.TARIEVEN[4][1])], T, op="sub",
    tol=0.005))
single("ai-t-restafval", fig(
    "Hoeveel kilo restafval gooit een inwoner van Tolsterveld per jaar weg?",
    tc(TF, "Tabel 3.5b", "Omvang huishoudelijk restafval", "Tolsterveld", 118), T, unit="count"))
single("ai-t-ict", fig(
    "Hoeveel is er in de begroting 2041 van Tolsterveld nodig voor informatievoorziening en ICT?",
    tc(TF, "Tabel 3.6a", "Informatievoorziening en ICT", "2041", d.OVERHEAD_ROWS[1][1] * K), T))

# ============================================================================ Zandmeren figures
RR = {(r[0], r[1]): r for r in d.RS_ROWS}
single("ai-z-resultaat", fig(
    "Met welk resultaat sluit de jaarrekening 2040 van Recreatieschap Zandmeren?",
    tc(ZF, "Tabel 3", "Resultaat", "Realisatie", d.RS_RESULTAAT), Z,
    accept=[tc(ZF, "Tabel 1", "Resultaat", "2040", round(d.RS_RESULTAAT / 1000) * 1000, half="left"),
            pr(ZF, "ruim € 1,3 miljoen", "1,3", 1_300_000, scale=1_000_000)]))
single("ai-z-bijdrage-tolsterveld", fig(
    "Hoeveel betaalde de gemeente Tolsterveld in 2040 aan Recreatieschap Zandmeren?",
    tc(ZF, "Tabel 5", "Gemeente Tolsterveld", "2040", d.DN[0][3]), Z))
single("ai-z-deelnemersbijdragen", fig(
    "Hoeveel ontving Recreatieschap Zandmeren in 2040 in totaal aan bijdragen van de gemeenten?",
    tc(ZF, "Tabel 5", "Totaal", "2040", d.DN_TOTAAL), Z,
    accept=[tc(ZF, "Tabel 1", "Deelnemersbijdragen", "2040", round(d.DN_TOTAAL / 1000) * 1000, half="left")]))
single("ai-z-per-inwoner", fig(
    "Hoeveel betaalden de gemeenten in 2040 per inwoner aan Recreatieschap Zandmeren?",
    pr(ZF, f"In 2040 was de bijdrage € {fmt_nl(d.DN_PER_INW).replace('.', ',')} per inwoner",
       fmt_nl(d.DN_PER_INW).replace(".", ","), d.DN_PER_INW), Z, tol=0.005))
single("ai-z-bezoekers-groei", fig(
    "Met hoeveel procent groeide het aantal bezoekers van Recreatieschap Zandmeren in 2040?",
    pr(ZF, f"{d.BEZ_GROEI}% meer dan in 2039", str(d.BEZ_GROEI), d.BEZ_GROEI), Z, unit="percent", tol=0.05,
    accept=[alt([tc(ZF, "Tabel 1", "Bezoekers (aantal)", "2040", d.BEZOEKERS[1] * K, half="left"),
                 tc(ZF, "Tabel 1", "Bezoekers (aantal)", "2039", d.BEZOEKERS[0] * K, half="left")],
                op="pctchange", ndigits=2)]))
# the bezoekers row is a count in a table headed "bedragen x € 1.000": the count is the printed number
for s_ in PROV["ai-z-bezoekers-groei"]["accept"][0]["sources"]:
    s_["value"] = s_["value"] / 1000
    s_["scale"] = 1
    s_["note"] = "a count: the table's 'bedragen x € 1.000' does not apply"
_a = PROV["ai-z-bezoekers-groei"]["accept"][0]
_a.update(alt(_a["sources"], op="pctchange", ndigits=2))
single("ai-z-recreatie-baten", fig(
    "Hoeveel verdiende Recreatieschap Zandmeren in 2040 aan recreatie en toerisme?",
    tc(ZF, "Tabel 3", "Baten", "Realisatie", RR[("Recreatie en toerisme", "Baten")][4],
       group="Recreatie en toerisme"), Z))
single("ai-z-beheer-onderschrijding", fig(
    "Hoeveel bleven de lasten voor beheer en onderhoud van de terreinen van Zandmeren onder de begroting na "
    "wijziging?",
    tc(ZF, "Tabel 3", "Lasten", "Verschil", d.rs_verschil(RR[("Beheer en onderhoud terreinen", "Lasten")])[0],
       group="Beheer en onderhoud terreinen"), Z,
    accept=[pr(ZF, f"bleven de lasten € {fmt_nl(d.rs_verschil(RR[('Beheer en onderhoud terreinen', 'Lasten')])[0])}"
                   " onder de begroting na wijziging",
               fmt_nl(d.rs_verschil(RR[("Beheer en onderhoud terreinen", "Lasten")])[0]),
               d.rs_verschil(RR[("Beheer en onderhoud terreinen", "Lasten")])[0])]))
single("ai-z-algemene-reserve", fig(
    "Hoe groot was de algemene reserve van het recreatieschap Zandmeren eind 2040?",
    tc(ZF, "Tabel 7", "Algemene reserve", "31-12-2040", d.RS_RESV_EIND["Algemene reserve"], strip=STRIP7), Z,
    accept=[tc(ZF, "Tabel 6", "Algemene reserve", "31-12-2040", d.RS_RESV_EIND["Algemene reserve"])]))
single("ai-z-terugbetaling", fig(
    "Hoeveel geld krijgen de gemeenten terug van Recreatieschap Zandmeren uit het resultaat 2040?",
    tc(ZF, "Tabel 8", "Terugbetaling aan de deelnemende gemeenten", "Bedrag", d.BEST_TERUG), Z))
single("ai-z-lasten-daling", fig(
    "Hoeveel lager waren de totale lasten van Recreatieschap Zandmeren in 2040 dan in 2039?",
    [tc(ZF, "Tabel 1", "Totale lasten", "2039", d.KERN[0][1] * K, half="left"),
     tc(ZF, "Tabel 1", "Totale lasten", "2040", d.KERN[0][2] * K, half="left")], Z, op="sub"))

# ============================================================================ conversations
conv("ai-t-conv-wonen", T, [
    fig("Wat zijn de lasten van programma 5 Wonen, milieu en ruimte in 2041?",
        tc(TF, "Tabel 2.1", "Lasten", "2041", P[5][1][1] * K, group=G[5]), T),
    fig("En in 2043?", tc(TF, "Tabel 2.1", "Lasten", "2043", P[5][1][3] * K, group=G[5]), T),
    fig("En de baten?", tc(TF, "Tabel 2.1", "Baten", "2043", P[5][2][3] * K, group=G[5]), T),
])
conv("ai-t-conv-openbare-ruimte-vorig-jaar", T, [
    fig("Hoeveel geeft Tolsterveld in 2041 uit aan wegen, groen en verkeer (programma 2)?",
        tc(TF, "Tabel 2.1", "Lasten", "2041", P[2][1][1] * K, group=G[2]), T),
    fig("En vorig jaar?", tc(TF, "Tabel 2.1", "Lasten", "2040", P[2][1][0] * K, group=G[2]), T),
    fig("Hoeveel is dat verschil?",
        [tc(TF, "Tabel 2.1", "Lasten", "2041", P[2][1][1] * K, group=G[2]),
         tc(TF, "Tabel 2.1", "Lasten", "2040", P[2][1][0] * K, group=G[2])], T, op="sub"),
])
conv("ai-t-conv-ozb-vorig-jaar", T, [
    fig("Wat is in 2041 het OZB-tarief voor eigenaren van niet-woningen?",
        tc(TF, "Tabel 4.1", "OZB niet-woningen (eigenaar)", "2041", d.TARIEVEN[1][2]), T, unit="percent",
        tol=0.00005),
    fig("En vorig jaar?", tc(TF, "Tabel 4.1", "OZB niet-woningen (eigenaar)", "2040", d.TARIEVEN[1][1]), T,
        unit="percent", tol=0.00005),
    fig("En wat betalen gebruikers van niet-woningen in 2041?",
        tc(TF, "Tabel 4.1", "OZB niet-woningen (gebruiker)", "2041", d.TARIEVEN[2][2]), T, unit="percent",
        tol=0.00005),
])
conv("ai-t-conv-woningbouwimpuls", T, [
    fig("Hoeveel zit er op 1 januari 2041 in de reserve woningbouwimpuls?",
        tc(TF, "Tabel 5.1", "Reserve woningbouwimpuls", "1-1-2041", d.RESERVES[4][1] * K), T),
    fig("En eind 2041?", tc(TF, "Tabel 5.1", "Reserve woningbouwimpuls", "31-12-2041",
                            d.RES_EIND["Reserve woningbouwimpuls"] * K), T),
    fig("Hoeveel wordt er in dat jaar aan toegevoegd?",
        tc(TF, "Tabel 5.1", "Reserve woningbouwimpuls", "Toevoeging", d.RESERVES[4][2] * K), T),
])
conv("ai-z-conv-natuur-begroot", Z, [
    fig("Hoeveel gaf Recreatieschap Zandmeren in 2040 uit aan natuur en landschap?",
        tc(ZF, "Tabel 3", "Lasten", "Realisatie", RR[("Natuur en landschap", "Lasten")][4],
           group="Natuur en landschap"), Z),
    fig("En wat was begroot?",
        tc(ZF, "Tabel 3", "Lasten", "wijziging", d.rs_na(RR[("Natuur en landschap", "Lasten")]),
           group="Natuur en landschap"), Z,
        accept=[tc(ZF, "Tabel 3", "Lasten", "Primitief", RR[("Natuur en landschap", "Lasten")][2],
                   group="Natuur en landschap")]),
    fig("En voor bedrijfsvoering?",
        tc(ZF, "Tabel 3", "Lasten", "wijziging", d.rs_na(RR[("Bedrijfsvoering", "Lasten")]),
           group="Bedrijfsvoering"), Z,
        accept=[tc(ZF, "Tabel 3", "Lasten", "Primitief", RR[("Bedrijfsvoering", "Lasten")][2],
                   group="Bedrijfsvoering")]),
])
conv("ai-z-conv-recreatie-begroot", Z, [
    fig("Wat waren de inkomsten van Zandmeren uit recreatie en toerisme in 2040?",
        tc(ZF, "Tabel 3", "Baten", "Realisatie", RR[("Recreatie en toerisme", "Baten")][4],
           group="Recreatie en toerisme"), Z),
    fig("En wat was begroot?",
        tc(ZF, "Tabel 3", "Baten", "wijziging", d.rs_na(RR[("Recreatie en toerisme", "Baten")]),
           group="Recreatie en toerisme"), Z,
        accept=[tc(ZF, "Tabel 3", "Baten", "Primitief", RR[("Recreatie en toerisme", "Baten")][2],
                   group="Recreatie en toerisme")]),
    fig("En hoeveel was het verschil?",
        tc(ZF, "Tabel 3", "Baten", "Verschil", d.rs_verschil(RR[("Recreatie en toerisme", "Baten")])[0],
           group="Recreatie en toerisme"), Z,
        accept=[tc(ZF, "Tabel 4", "Recreatie en toerisme, baten", "Bedrag", d.AFWIJKINGEN[1][1]),
                alt([tc(ZF, "Tabel 3", "Baten", "Realisatie", RR[("Recreatie en toerisme", "Baten")][4],
                        group="Recreatie en toerisme"),
                     tc(ZF, "Tabel 3", "Baten", "Primitief", RR[("Recreatie en toerisme", "Baten")][2],
                        group="Recreatie en toerisme")], op="sub")]),
])
conv("ai-z-conv-deelnemers", Z, [
    fig("Hoeveel betaalde de gemeente Heksenwaard in 2040 aan het recreatieschap?",
        tc(ZF, "Tabel 5", "Gemeente Heksenwaard", "2040", d.DN[1][3]), Z),
    fig("En Veersloot?", tc(ZF, "Tabel 5", "Gemeente Veersloot", "2040", d.DN[5][3]), Z),
    fig("Welk aandeel is dat van het totaal?", tc(ZF, "Tabel 5", "Gemeente Veersloot", "Aandeel", d.DN[5][2]), Z,
        unit="percent", tol=0.005),
])

# ============================================================================ refusals
single("ai-t-weiger-2045", refusal(
    "Wat zijn de lasten van het sociaal domein in Tolsterveld in 2045?",
    "the meerjarenraming ends in 2044",
    [{"document": TF, "text": "2045"}, {"document": TF, "table": "Tabel 2.1", "no_column": "2045"}]))
single("ai-t-weiger-hondenbelasting", refusal(
    "Hoeveel hondenbelasting betaal ik in Tolsterveld?",
    "Tolsterveld's heffingen table lists no hondenbelasting and the word occurs nowhere",
    [{"document": "*", "text": "hond"}]))
single("ai-x-weiger-kievitsdal", refusal(
    "Wat is het OZB-tarief voor woningen in de gemeente Kievitsdal?",
    "no document of Kievitsdal; the name occurs nowhere", [{"document": "*", "text": "Kievitsdal"}]))
single("ai-t-weiger-bijdrage-2041", refusal(
    "Hoeveel betaalt Tolsterveld in 2041 aan Recreatieschap Zandmeren?",
    "the begroting of Tolsterveld does not name the recreatieschap; the jaarrekening only has the bijdrage 2040",
    [{"document": TF, "text": "Zandmeren"}, {"document": TF, "text": "recreatieschap"},
     {"document": ZF, "table": "Tabel 5", "no_column": "2041"}]))
single("ai-z-weiger-2038", refusal(
    "Wat was het resultaat van Recreatieschap Zandmeren in 2038?",
    "the jaarrekening covers 2040 with 2039 comparatives only", [{"document": ZF, "text": "2038"}]))
single("ai-t-weiger-burgemeester", refusal(
    "Wat verdient de burgemeester van Tolsterveld?",
    "no WNT or salary information in the begroting",
    [{"document": TF, "text": "burgemeester en wethouders", "must_exist": True},
     {"document": TF, "text": "bezoldiging"}, {"document": TF, "text": "salaris"}, {"document": TF, "text": "WNT"}]))
single("ai-z-weiger-bezoekers-2036", refusal(
    "Hoeveel bezoekers had Recreatieschap Zandmeren in 2036?",
    "bezoekers are given for 2039 and 2040 only", [{"document": ZF, "text": "2036"}]))
single("ai-x-weiger-rioolheffing-heksenwaard", refusal(
    "Hoe hoog is de rioolheffing in Heksenwaard?",
    "Heksenwaard is only a deelnemer of the recreatieschap; the jaarrekening has no rioolheffing",
    [{"document": ZF, "text": "rioolheffing"}, {"document": TF, "text": "Heksenwaard"}]))
single("ai-t-weiger-sporthal-ganswijk", refusal(
    "Hoeveel kost de nieuwe sporthal in Ganswijk?",
    "Ganswijk is only named as a kern; the only sporthal is the renovation of Het Tolhuis, not a new one in Ganswijk",
    [{"document": "*", "text": "nieuwe sporthal"}, {"document": "*", "text": "sporthal in Ganswijk"},
     {"document": "*", "text": "Ganswijk", "max_count": 1}]))
single("ai-z-weiger-schuldquote", refusal(
    "Wat is de netto schuldquote van Recreatieschap Zandmeren?",
    "the jaarrekening mentions that the netto schuldquote fell but prints no figure",
    [{"document": ZF, "sentence_with": "schuldquote", "no_digits": True}]))

# ============================================================================ text
single("ai-t-tekst-afval-kostendekkend", text(
    "Waarom stijgt de afvalstoffenheffing in Tolsterveld harder dan de inflatie?",
    ["kostendekkend"], T, {"document": TF, "pages_with": "kostendekkend"}))
single("ai-t-tekst-sociaal-doen", text(
    "Wat gaat Tolsterveld in 2041 doen in het sociaal domein?",
    [["Transformatieplan jeugdhulp", "praktijkondersteuner"], ["ontmoetingsplek", "Tolsterveld Werkt"]], T,
    {"document": TF, "heading": "3.4.2 Wat gaan we daarvoor doen?"}))
single("ai-z-tekst-oeverbeschoeiing", text(
    "Waarom is het onderhoud aan de oeverbeschoeiing van Recreatieschap Zandmeren uitgesteld?",
    [["natte voorjaar", "nat voorjaar"]], Z, {"document": ZF, "pages_with": "oeverbeschoeiing"}))
single("ai-z-tekst-verdeling-bijdrage", text(
    "Hoe wordt de bijdrage van de gemeenten aan Recreatieschap Zandmeren verdeeld?",
    ["inwoners"], Z, {"document": ZF, "pages_with": "naar rato van hun aantal inwoners"}))
single("ai-t-tekst-weerstand", text(
    "Hoe heeft Tolsterveld bepaald hoeveel weerstandscapaciteit nodig is?",
    ["risicosimulatie", "90%"], T, {"document": TF, "pages_with": "risicosimulatie"}))
single("ai-t-tekst-openbare-ruimte", text(
    "Wat wil Tolsterveld bereiken met de openbare ruimte?",
    [["fietsroute", "schoolroutes"], ["beeldkwaliteit", "70 mm"]], T,
    {"document": TF, "heading": "3.2.1 Wat willen we bereiken?"}))
single("ai-z-tekst-bestemming", text(
    "Wat wil het bestuur van Recreatieschap Zandmeren met het positieve resultaat doen?",
    [["terugbetalen", "terugbetaling"], "algemene reserve", ["groot onderhoud", "oeverbeschoeiing"]], Z,
    {"document": ZF, "pages_with": "als volgt te bestemmen"}))
single("ai-t-tekst-belastingcapaciteit", text(
    "Wat zegt het kengetal belastingcapaciteit in de begroting van Tolsterveld?",
    ["woonlasten", "landelijk gemiddelde"], T, {"document": TF, "pages_with": "belastingcapaciteit geeft"}))

# ============================================================================ which of several figures
def which(q, groups, body, cands):
    turn = {"question": q, "kind": "text", "expect": {"include": groups}}
    if body:
        turn["expect"]["municipality"] = body
    return turn, {"kind": "which", "candidates": cands}


single("ai-t-welke-afvalstoffenheffing", which(
    "Wat betaal ik in Tolsterveld in 2041 aan afvalstoffenheffing?",
    [["301,80"], ["389,16"]], T,
    [tc(TF, "Tabel 4.1", "Afvalstoffenheffing eenpersoonshuishouden", "2041", d.TARIEVEN[3][2]),
     tc(TF, "Tabel 4.1", "Afvalstoffenheffing meerpersoonshuishouden", "2041", d.TARIEVEN[4][2])]))
single("ai-t-welke-ozb", which(
    "Wat is het OZB-tarief in Tolsterveld in 2041?",
    [["0,0701"], ["0,1436"], ["0,1150", "0,115%"]], T,
    [tc(TF, "Tabel 4.1", r[0], "2041", r[2]) for r in d.TARIEVEN[:3]]))
single("ai-x-welke-algemene-reserve", which(
    "Hoe groot is de algemene reserve?",
    [["14.870", "14,9 miljoen", "14,87"], ["1.088.300", "1,1 miljoen", "1.088"]], None,
    [tc(TF, "Tabel 5.1", "Algemene reserve", "31-12-2041", d.ALG_RES_EIND * K),
     tc(ZF, "Tabel 7", "Algemene reserve", "31-12-2040", d.RS_RESV_EIND["Algemene reserve"], strip=STRIP7)]))

# ============================================================================ any
single("ai-t-any-financieel", ({"question": "Hoe staat de gemeente Tolsterveld er financieel voor?", "kind": "any",
                                "expect": {"exclude": ["1.348.370", "1,34"], "municipality": T}},
                               {"kind": "any", "exclude_is": "figures of the Zandmeren jaarrekening (resultaat, "
                                "weerstandsratio) that do not occur in the Tolsterveld begroting",
                                "exclude_from": ZF, "own": TF}), scope=T)
single("ai-z-any-gezond", ({"question": "Is Recreatieschap Zandmeren financieel gezond?", "kind": "any",
                            "expect": {"exclude": ["18.184", "14.870"], "municipality": Z}},
                           {"kind": "any", "exclude_is": "the Tolsterveld weerstandsratio and algemene reserve, "
                            "which do not occur in the Zandmeren jaarrekening", "exclude_from": TF, "own": ZF}),
       scope=Z)

# ============================================================================ write
hdr = (f"# GENERATED by source/gen_cases.py -- do not edit by hand. set-ai: Gemeente {T}, {d.MUNI_TITLE} (Word/"
       f"LibreOffice PDF)\n# and {Z}, {d.WS_TITLE} (reportlab PDF). Format: FORMAT.md v1. Amounts in euros "
       "(x € 1.000 tables x 1000);\n# values keep the printed sign ((950) and -30.000 are negative); signed is never "
       "set, so the comparison is on absolute values.\n")
(SET / "cases.yaml").write_text(hdr + yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True,
                                                     sort_keys=False, width=120), encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nturns = sum(len(c.get("turns", [c])) for c in CASES)
print(f"wrote {len(CASES)} cases, {nturns} turns")
