"""Write ../cases.yaml and provenance.json for set-al.

Every expected and accepted figure comes from data.py AND is located in the finished documents (extract.py): the
printed text is read back (table cell, chart data label, KPI tile or prose sentence), parsed, scaled and must equal
the data value, else the build stops.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import data as d
from extract import Pdf, clean, parse_num
from fmt import nl_dec, nl_int, nl_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
BF, EF = d.B_FILE, d.E_FILE
B = Pdf(CORPUS / BF, "deck")
E = Pdf(CORPUS / EF, "typst")
BB, EB = d.B_BODY, d.E_BODY
DOCS = {BF: B, EF: E}
K = 1000
MLN = 1_000_000


def _eq(a, b, what):
    if abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def ekey(title):
    ts = [t for t in E.tables() if t["title"] == title]
    if len(ts) != 1:
        raise SystemExit(f"{EF}: table titled {title!r}: {len(ts)} found")
    return ts[0]["key"]


def tc(doc, title, row, col, want, group=None, note=None):
    """a table cell; want in euros / units; doc BF (key = slide title) or EF (title = caption text)"""
    P = DOCS[doc]
    key = title if doc == BF else ekey(title)
    c = P.cell(key, row, col, group=group)
    scale = 1 if note else c["scale"]
    v = round(parse_num(c["printed"]) * scale, 6)
    _eq(v, want, f"{doc} {title}/{group}/{row}/{col}")
    src = {"document": doc, "page": c["page"], "section": c["section"], "table": key, "table_title": c["title"],
           "row": row, "column": col, "printed": c["printed"], "scale": scale,
           "scale_statement": c["scale_statement"], "value": v}
    if group:
        src["group"] = group
    if c["continuation_page"]:
        src["continuation_page"] = True
    if note:
        src["note"] = note
    return src


def bpage(title):
    ps = [p for p in range(1, B.npages + 1) if B.slide_title(p) == title]
    if len(ps) != 1:
        raise SystemExit(f"{BF}: slide {title!r}: {ps}")
    return ps[0]


def chart(title, orient, category, want):
    p = bpage(title)
    printed = B.chart(p, orient).get(category)
    if printed is None:
        raise SystemExit(f"chart label {category} not found on slide {p}")
    v = round(parse_num(printed) * MLN, 6)
    _eq(v, want, f"chart {title}/{category}")
    return {"document": BF, "page": p, "chart": title, "orient": orient, "category": category, "printed": printed,
            "scale": MLN, "scale_statement": "slide title: " + title, "value": v}


def tile(title, big, small, want, scale=1, printed=None):
    p = bpage(title)
    if not B.tile(p, big, small):
        raise SystemExit(f"tile {big!r} / {small!r} not found on slide {p}")
    printed = printed or big
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"tile {big}")
    return {"document": BF, "page": p, "tile": big, "tile_caption": small, "printed": printed, "scale": scale,
            "scale_statement": {1: "units in the tile", MLN: "'mln' in the tile"}[scale], "value": v}


def pr(doc, fragment, printed, want, scale=1):
    pages = DOCS[doc].prose(fragment)
    if not pages or printed not in fragment:
        raise SystemExit(f"prose not found in {doc}: {fragment}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {fragment}")
    return {"document": doc, "page": pages[0], "prose": fragment, "printed": printed, "scale": scale,
            "scale_statement": {1: "units in the text", MLN: "'miljoen' in the text"}[scale], "value": v}


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
    elif op == "pct":
        v, der = round(100 * (a[1] / a[0] - 1), 2), f"100 × ({nl_num(a[1])} / {nl_num(a[0])} - 1)"
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {nl_num(v)}"}


CASES, PROV = [], {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None):
    main = main if "sources" in main else alt(main)
    accepts = [a if "sources" in a else alt(a) for a in accepts]
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
    return ({"question": q, "kind": "figure", "expect": e}, {"kind": "figure", "main": main, "accept": accepts})


def add(cid, turn, prov, scope=None):
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c.update({k: v for k, v in turn.items() if k != "question"})
    CASES.append(c)
    PROV[cid] = [prov]


def fig(cid, q, body, main, accepts=(), unit="EUR", tol=None, scope=None):
    t, p = fig_turn(q, body, main, accepts, unit, tol)
    add(cid, t, p, scope)


def conv(cid, scope, turns):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = [t for t, _ in turns]
    CASES.append(c)
    PROV[cid] = [p for _, p in turns]


def refusal(cid, q, why, absent, scope=None):
    add(cid, {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}, scope)


def text(cid, q, body, include, doc, passage, scope=None):
    pages = DOCS[doc].prose(passage)
    if not pages:
        raise SystemExit(f"passage not found in {doc}: {passage}")
    add(cid, {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
        {"kind": "text", "where": {"document": doc, "page": pages[0], "passage": passage}}, scope)


def which(cid, q, cands, include, scope=None, why=""):
    """several honest figures: kind text, one include group per candidate; no municipality condition (a
    clarifying answer need not cite)"""
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "why": why}, scope)


def anyc(cid, q, body, exclude, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": BF if body == BB else EF}, scope)


def absent(doc, txt):
    return {"rule": "absent_text", "document": doc, "text": txt}


# ================================================================================================ Brummelweide
OVZ = "Totaaloverzicht baten en lasten (x € 1.000)"
BRON = "Baten naar bron, 2046 en 2047 (€ mln)"
MJR = "Meerjarenraming 2047-2050 (x € 1.000)"
RES = "Reserves in 2047"
TAR = "Lokale lasten 2047"
KG = "Weerstandsvermogen en financiële kengetallen"
KPI = "De begroting 2047 in één oogopslag"
CH_B = "Waar komt het geld vandaan? Baten 2047 (€ mln)"
CH_L = "Waar gaat het geld naartoe? Lasten 2047 (€ mln)"
INV = "Investeringen 2047"
PN = {n: f"Programma {n} {nm}" for n, nm, _ in d.PROGS}
PROW = {n: f"{n} {nm}" for n, nm, _ in d.PROGS}
Y = d.B_YCOL
SD, VEIL, VOR, WON = 5, 2, 3, 6
WOON = "Woonlasten meerpersoonshuishouden¹"

fig("al-b-01", "Hoeveel kost veiligheid de gemeente Brummelweide in 2050?", BB,
    tc(BF, PN[VEIL], "Lasten", Y[4], d.PL[VEIL][4] * K))
fig("al-b-02", "wat is het saldo van programma verkeer, openbare ruimte en groen in de begroting 2046", BB,
    tc(BF, PN[VOR], "Saldo", Y[0], d.PS[VOR][0] * K),
    [tc(BF, OVZ, PROW[VOR], "Begroting 2046 Saldo", d.PS[VOR][0] * K)], scope=BB)
fig("al-b-03", "Wat zijn de totale lasten van Brummelweide in 2047?", BB,
    tc(BF, OVZ, "Totaal", "Begroting 2047 Lasten", d.TOT_L[1] * K),
    [tile(KPI, f"€ {nl_dec(d.TILE_LASTEN, 1)} mln", "totale lasten 2047", d.TILE_LASTEN * MLN, MLN)])
fig("al-b-04", "Hoeveel geld krijgt Brummelweide in 2047 uit het gemeentefonds?", BB,
    tc(BF, BRON, "Algemene uitkering gemeentefonds", "Begroting 2047", d.BRON_MLN[0][1][1] * MLN),
    [chart(CH_B, "bar", "Algemene uitkering gemeentefonds", d.BRON_MLN[0][1][1] * MLN)])
fig("al-b-05", "Hoe hoog is het OZB-tarief voor woningen in 2047?", BB,
    tc(BF, TAR, "OZB woningen, eigenaar", "2047", d.TAR["OZB woningen, eigenaar"][3]), unit="percent", scope=BB)
fig("al-b-06", "Wat betaal ik als alleenstaande in 2047 aan afvalstofheffing in Brummelweide?", BB,
    tc(BF, TAR, "Afvalstoffenheffing eenpersoonshuishouden", "2047",
       d.TAR["Afvalstoffenheffing eenpersoonshuishouden"][3]))
fig("al-b-07", "Wat zijn de woonlasten voor een gezin met een gemiddelde woning in 2047?", BB,
    tc(BF, TAR, WOON, "2047", d.WOONLASTEN[1]), scope=BB)
fig("al-b-08", "Hoeveel zit er eind 2047 nog in de reserve sociaal domein?", BB,
    tc(BF, RES, "Reserve sociaal domein", "Stand 31-12-2047", d.RES_EIND["Reserve sociaal domein"] * K), scope=BB)
fig("al-b-09", "Wat is het verwachte resultaat van Brummelweide in 2049?", BB,
    tc(BF, MJR, "Geraamd resultaat", Y[3], d.RESULTAAT[3] * K))
fig("al-b-10", "hoeveel betaalt brummelweide aan de veiligheidsregio", BB,
    pr(BF, "De bijdrage aan de Veiligheidsregio stijgt naar € 3,9 miljoen.", "3,9", d.VRR_MLN * MLN, MLN))
fig("al-b-11", "Hoeveel bijstandsuitkeringen verwacht de gemeente in 2047?", BB,
    tile(KPI, nl_int(d.BIJSTAND[1]), "bijstandsuitkeringen verwacht in 2047", d.BIJSTAND[1]),
    [pr(BF, f"Het aantal bijstandsuitkeringen daalt van {nl_int(d.BIJSTAND[0])} naar {nl_int(d.BIJSTAND[1])}.",
        nl_int(d.BIJSTAND[1]), d.BIJSTAND[1])], unit="count", scope=BB)
fig("al-b-12", "Hoe hoog is de netto schuld quote van Brummelweide in 2047?", BB,
    tc(BF, KG, "Netto schuldquote", "Begroting 2047", d.KENGETALLEN[0][1][2]), unit="percent")
inv_src = [pr(BF, f, p, v, sc) for f, p, v, sc in [
    ("We investeren € 4,2 miljoen in de bouw van de brede school Oosterweide.", "4,2", 4_200_000, MLN),
    ("€ 1,8 miljoen gaat naar de vervanging van de riolering in de Dorpsstraat-Noord.", "1,8", 1_800_000, MLN),
    ("Voor groot onderhoud van wegen en fietspaden trekken we € 2,35 miljoen uit.", "2,35", 2_350_000, MLN),
    ("De publiekshal in het gemeentehuis wordt verbouwd voor € 780.000.", "780.000", 780_000, 1),
    ("Sporthal De Klaproos krijgt zonnepanelen voor € 310.000.", "310.000", 310_000, 1),
    ("Ledverlichting voor 1.150 lantaarnpalen kost € 1.260.000.", "1.260.000", 1_260_000, 1),
    ("Voor vervanging van voertuigen en materieel is € 1,5 miljoen nodig.", "1,5", 1_500_000, MLN)]]
fig("al-b-13", "Hoeveel investeert Brummelweide in totaal in 2047?", BB,
    tile(INV, f"€ {nl_dec(d.TILE_INVEST, 1)} mln", "investeringen in 2047", d.TILE_INVEST * MLN, MLN),
    [alt(inv_src, "add")])
fig("al-b-14", "Hoeveel stijgen de lasten van het sociaal domein van 2046 naar 2047?", BB,
    alt([tc(BF, PN[SD], "Lasten", Y[1], d.PL[SD][1] * K), tc(BF, PN[SD], "Lasten", Y[0], d.PL[SD][0] * K)], "sub"),
    scope=BB)
fig("al-b-15", "Met hoeveel procent nemen de lasten van Wonen, ruimte en duurzaamheid toe van 2046 naar 2047?", BB,
    alt([tc(BF, PN[WON], "Lasten", Y[0], d.PL[WON][0] * K), tc(BF, PN[WON], "Lasten", Y[1], d.PL[WON][1] * K)],
        "pct"), unit="percent", tol=0.06, scope=BB)
fig("al-b-16", "Wat betaalt een meerpersoonshuishouden in Brummelweide in 2047 samen aan afvalstoffenheffing en "
               "rioolheffing?", BB,
    alt([tc(BF, TAR, "Afvalstoffenheffing meerpersoonshuishouden", "2047",
            d.TAR["Afvalstoffenheffing meerpersoonshuishouden"][3]),
         tc(BF, TAR, "Rioolheffing", "2047", d.TAR["Rioolheffing"][3])], "add"), tol=0.01)
fig("al-b-17", "Hoeveel geeft Brummelweide in de jaren 2047 tm 2050 in totaal uit aan het programma "
               "Veiligheid?", BB,
    alt([tc(BF, PN[VEIL], "Lasten", Y[i], d.PL[VEIL][i] * K) for i in (1, 2, 3, 4)], "add"))
fig("al-b-18", "Welk deel van de totale lasten in 2047 gaat naar het sociaal domein?", BB,
    alt([tc(BF, OVZ, PROW[SD], "Begroting 2047 Lasten", d.PL[SD][1] * K),
         tc(BF, OVZ, "Totaal", "Begroting 2047 Lasten", d.TOT_L[1] * K)], "share"),
    unit="percent", tol=0.06, scope=BB)

# conversations
sd47 = tc(BF, PN[SD], "Lasten", Y[1], d.PL[SD][1] * K)
conv("al-b-conv-01", BB, [
    fig_turn("Wat zijn de lasten van het sociaal domein in 2047?", BB, sd47,
             [tc(BF, OVZ, PROW[SD], "Begroting 2047 Lasten", d.PL[SD][1] * K),
              chart(CH_L, "column", "Sociaal domein", d.CHART_L[4][1] * MLN)]),
    fig_turn("En in 2049?", BB, tc(BF, PN[SD], "Lasten", Y[3], d.PL[SD][3] * K)),
    fig_turn("En de baten?", BB, tc(BF, PN[SD], "Baten", Y[3], d.PB[SD][3] * K)),
])
ri46 = tc(BF, TAR, "Rioolheffing", "2046", d.TAR["Rioolheffing"][2])
ri47 = tc(BF, TAR, "Rioolheffing", "2047", d.TAR["Rioolheffing"][3])
conv("al-b-conv-02", None, [
    fig_turn("Wat betaal ik in 2047 aan rioolheffing in Brummelweide?", BB, ri47),
    fig_turn("En in 2046?", BB, ri46),
    fig_turn("Met hoeveel procent is die gestegen?", BB,
             tc(BF, TAR, "Rioolheffing", "Verschil", d.TAR_PCT["Rioolheffing"]), [alt([ri46, ri47], "pct")],
             unit="percent", tol=0.05),
])
conv("al-b-conv-03", BB, [
    fig_turn("Hoeveel zat er begin 2047 in de algemene reserve?", BB,
             tc(BF, RES, "Algemene reserve", "Stand 1-1-2047", d.RESERVES[0][1] * K)),
    fig_turn("En aan het eind van het jaar?", BB,
             tc(BF, RES, "Algemene reserve", "Stand 31-12-2047", d.RES_EIND["Algemene reserve"] * K)),
    fig_turn("Hoeveel wordt er in 2047 uit gehaald?", BB,
             tc(BF, RES, "Algemene reserve", "Onttrekking", d.RESERVES[0][3] * K)),
])

# ================================================================================================ Eemvliet
PT = {k: f"Lasten en baten {k.lower()}" for k in d.KD}
KS = "Overzicht van baten en lasten naar kostensoort"
ETAR = "Tarieven waterschapsbelastingen (in euro's)"
OPB = "Opbrengst waterschapsbelastingen (x € 1.000)"
ERES = "Verloop van de reserves in 2046"
VRZ = "Verloop van de voorzieningen in 2046 (x € 1.000)"
ACT = "Balans per 31 december 2046: activa"
EKG = "Financiële kengetallen"
FTE = "Formatie en bezetting per afdeling (in fte)"
CIJ = f"{EB} in cijfers, 31 december 2046"
PRW = "Prestaties watersysteembeheer 2046"
TV = "Lasten en baten per taakveld, realisatie 2046 (x € 1.000)"
RB = "Voorstel resultaatbestemming 2046"
WSB, ZB, WB = d.KD
R46, PRIM, WIJZ, VER = "Realisatie 2046", "Begroting 2046 primitief", "Begroting 2046 na wijziging", "Verschil"
KSL = {n: v for n, v in d.KS_L}

fig("al-w-01", "Wat waren de werkelijke lasten van watersysteembeheer bij Waterschap Eemvliet in 2046?", EB,
    tc(EF, PT[WSB], "Lasten", R46, d.E_L[WSB][2] * K),
    [tc(EF, TV, "Totaal watersysteembeheer", "Lasten", d.E_L_REAL[WSB] * K, group=WSB)])
fig("al-w-02", "Hoeveel bleven de lasten van watersysteembeheer onder de begroting?", EB,
    tc(EF, PT[WSB], "Lasten", VER, d.E_L[WSB][3] * K),
    [pr(EF, f"De lasten bleven € {nl_dec(-d.E_L[WSB][3] / 1000, 1)} miljoen onder de begroting",
        nl_dec(-d.E_L[WSB][3] / 1000, 1), round(-d.E_L[WSB][3] / 1000, 1) * MLN, MLN)], scope=EB)
fig("al-w-03", "Wat was het resultaat van Waterschap Eemvliet over 2046?", EB,
    tc(EF, KS, "Resultaat", R46, d.E_RES[2] * K),
    [tc(EF, RB, "Totaal resultaat 2046", "x € 1.000", d.E_RES[2] * K),
     pr(EF, f"Het resultaat over 2046 bedraagt € {nl_int(d.E_RES[2] * K)}.", nl_int(d.E_RES[2] * K), d.E_RES[2] * K),
     pr(EF, "positief resultaat van ruim € 3 miljoen", "3", 3 * MLN, MLN)])
fig("al-w-04", "Hoeveel gaf het waterschap in 2046 uit aan personeel?", EB,
    tc(EF, KS, "Personeelslasten", R46, KSL["Personeelslasten"][2] * K, group="Lasten"), scope=EB)
fig("al-w-05", "Wat was het verschil tussen begroting en realisatie bij goederen en diensten van derden?", EB,
    tc(EF, KS, "Goederen en diensten van derden", VER, KSL["Goederen en diensten van derden"][3] * K,
       group="Lasten"), scope=EB)
fig("al-w-06", "Hoeveel procent van de WOZ-waarde betaal je in 2046 aan watersysteemheffing gebouwd?", EB,
    tc(EF, ETAR, "Watersysteemheffing gebouwd", "Tarief 2046", d.E_TAR["Watersysteemheffing gebouwd"][3]),
    unit="percent", scope=EB)
fig("al-w-07", "Wat kostte een vervuilingseenheid zuiveringheffing in 2045 bij Eemvliet?", EB,
    tc(EF, ETAR, "Zuiveringsheffing", "Tarief 2045", d.E_TAR["Zuiveringsheffing"][2]))
fig("al-w-08", "Hoeveel zat er op 31 december 2046 in de algemene reserve zuivering?", EB,
    tc(EF, ERES, "Algemene reserve zuivering", "Stand 31-12-2046", d.E_RES_EIND["Algemene reserve zuivering"] * K,
       group="Algemene reserves"), scope=EB)
fig("al-w-09", "Wat stond er eind 2046 in de voorziening voor groot onderhoud van de zuiveringen?", EB,
    tc(EF, VRZ, "Voorziening groot onderhoud zuiveringen", "Stand 31-12-2046",
       d.VOORZ_EIND["Voorziening groot onderhoud zuiveringen"] * K), scope=EB)
fig("al-w-10", "Hoeveel geld had Waterschap Eemvliet eind 2046 op de bank?", EB,
    tc(EF, ACT, "Liquide middelen", "31-12-2046", d.LIQUIDE[0] * K, group="Vlottende activa"))
fig("al-w-11", "Wat was de werkelijke netto schuldquote van het waterschap over 2046?", EB,
    tc(EF, EKG, "Netto schuldquote", "Rekening 2046", d.NSQ[2]), unit="percent", scope=EB)
fig("al-w-12", "hoeveel fte was er eind 2046 bezet bij de afdeling zuivering?", EB,
    tc(EF, FTE, "Zuivering", "Bezetting 31-12-2046", d.FTE[2][2]), unit="count", scope=EB)
fig("al-w-13", "Hoeveel kilometer dijk beheert Waterschap Eemvliet?", EB,
    tc(EF, CIJ, "Primaire en regionale keringen (km)", "Aantal", d.DIJK_KM),
    [tc(EF, PRW, "Primaire en regionale keringen in beheer (km)", "Realisatie 2046", d.DIJK_KM),
     pr(EF, "We beheren circa 1.850 km dijk", "1.850", 1850)], unit="count")
fig("al-w-14", "Hoeveel gaf Eemvliet in 2046 uit aan de bestrijding van muskusratten?", EB,
    tc(EF, TV, "Muskusrattenbeheer", "Lasten", 2145 * K, group=WSB))
fig("al-w-15", "Wat waren de lasten voor bruggen en duiker bij het waterschap in 2046?", EB,
    tc(EF, TV, "Bruggen en duikers", "Lasten", 602 * K, group=WB), scope=EB)
zh = [h for h in d.HEFFINGEN if h[1] == ZB]
fig("al-w-16", "Hoeveel brachten de zuiveringsheffingen voor huishoudens en bedrijven samen op in 2046?", EB,
    alt([tc(EF, OPB, h[0], R46, h[3] * K) for h in zh], "add"),
    [tc(EF, TV, "Heffing en invordering zuiveringsheffing", "Baten", d.HEF_REAL_KD[ZB] * K, group=ZB)], scope=EB)
fig("al-w-17", "Met hoeveel procent steeg de zuiveringsheffing per vervuilingseenheid van 2045 naar 2046?", EB,
    tc(EF, ETAR, "Zuiveringsheffing", "Stijging", d.E_TAR_PCT["Zuiveringsheffing"]),
    [alt([tc(EF, ETAR, "Zuiveringsheffing", "Tarief 2045", d.E_TAR["Zuiveringsheffing"][2]),
          tc(EF, ETAR, "Zuiveringsheffing", "Tarief 2046", d.E_TAR["Zuiveringsheffing"][3])], "pct")],
    unit="percent", tol=0.05, scope=EB)
fig("al-w-18", "Welk percentage van de totale lasten van Eemvliet in 2046 ging naar zuiveringsbeheer?", EB,
    alt([tc(EF, PT[ZB], "Lasten", R46, d.E_L[ZB][2] * K),
         tc(EF, KS, "Totaal lasten", R46, d.E_TL[2] * K, group="Lasten")], "share"), unit="percent", tol=0.06)
fig("al-w-19", "Hoeveel hoger waren de werkelijke lasten van wegenbeheer dan oorspronkelijk begroot?", EB,
    alt([tc(EF, PT[WB], "Lasten", R46, d.E_L[WB][2] * K), tc(EF, PT[WB], "Lasten", PRIM, d.E_L[WB][0] * K)], "sub"),
    scope=EB)

conv("al-w-conv-01", EB, [
    fig_turn("Wat waren de werkelijke lasten van zuiveringsbeheer in 2046?", EB,
             tc(EF, PT[ZB], "Lasten", R46, d.E_L[ZB][2] * K),
             [tc(EF, TV, "Totaal zuiveringsbeheer", "Lasten", d.E_L_REAL[ZB] * K, group=ZB)]),
    fig_turn("En wat stond er oorspronkelijk voor in de begroting?", EB,
             tc(EF, PT[ZB], "Lasten", PRIM, d.E_L[ZB][0] * K)),
    fig_turn("En wat waren de werkelijke baten?", EB, tc(EF, PT[ZB], "Baten", R46, d.E_B[ZB][2] * K),
             [tc(EF, TV, "Totaal zuiveringsbeheer", "Baten", d.E_B_REAL[ZB] * K, group=ZB)]),
])
DV = "Reserve dijkversterking"
dv = [r for r in d.E_RESERVES if r[0] == DV][0]
conv("al-w-conv-02", None, [
    fig_turn("Hoeveel zat er eind 2046 in de reserve dijkversterking van Waterschap Eemvliet?", EB,
             tc(EF, ERES, DV, "Stand 31-12-2046", d.E_RES_EIND[DV] * K, group="Bestemmingsreserves")),
    fig_turn("En aan het begin van het jaar?", EB,
             tc(EF, ERES, DV, "Stand 1-1-2046", dv[2] * K, group="Bestemmingsreserves")),
    fig_turn("Hoeveel is er in 2046 aan onttrokken?", EB,
             tc(EF, ERES, DV, "Onttrekking", dv[5] * K, group="Bestemmingsreserves")),
    fig_turn("En hoeveel is er toegevoegd?", EB,
             tc(EF, ERES, DV, "Toevoeging", dv[4] * K, group="Bestemmingsreserves")),
])
wi45 = tc(EF, ETAR, "Watersysteemheffing ingezetenen", "Tarief 2045", d.E_TAR["Watersysteemheffing ingezetenen"][2])
wi46 = tc(EF, ETAR, "Watersysteemheffing ingezetenen", "Tarief 2046", d.E_TAR["Watersysteemheffing ingezetenen"][3])
conv("al-w-conv-03", EB, [
    fig_turn("Wat is de watersysteemheffing voor ingezetenen in 2046?", EB, wi46),
    fig_turn("En in 2045?", EB, wi45),
    fig_turn("Hoeveel euro is dat erbij gekomen?", EB, alt([wi46, wi45], "sub"), tol=0.01),
])

# ================================================================================================ refusals
refusal("al-x-weiger-01", "Wat zijn de lasten van het sociaal domein in Brummelweide in 2051?",
        "the deck's meerjarenraming ends in 2050", [absent(BF, "2051")])
refusal("al-x-weiger-02", "Wat kost de nieuwe parkeergarage onder het Marktplein in Brummelweide?",
        "the parking garage is only in the speaker notes of a slide, which are not printed in the PDF",
        [absent(BF, "parkeergarage"), absent(BF, "Marktplein")])
refusal("al-x-weiger-03", "Hoeveel toeristenbelasting betaal ik per nacht in Brummelweide?",
        "no tourist tax in either document", [absent("*", "toeristenbelasting")])
refusal("al-x-weiger-04", "Wat is het OZB-tarief voor woningen in de gemeente Lindewold?",
        "Lindewold is not in the corpus", [absent("*", "Lindewold"), {"rule": "not_in_manifest", "text": "Lindewold"}])
refusal("al-x-weiger-05", "Wat was de zuiveringsheffing per vervuilingseenheid in 2043 bij Waterschap Eemvliet?",
        "the tariff table gives 2045 and 2046 only", [absent(EF, "2043")])
refusal("al-x-weiger-06", "Wat wordt de watersysteemheffing voor ingezetenen in 2047?",
        "the jaarverslag gives the tariffs of 2045 and 2046, none for 2047",
        [{"rule": "no_column", "document": EF, "tables": [ekey(ETAR)], "text": "2047"},
         absent(EF, "Tarief 2047"), absent(EF, "Begroting 2047")], scope=EB)
refusal("al-x-weiger-07", "Hoeveel verdient de dijkgraaf van Waterschap Eemvliet?",
        "no WNT or bezoldiging table in the jaarverslag",
        [absent(EF, "dijkgraaf"), absent(EF, "bezoldiging"), absent(EF, "salaris"), absent(EF, "WNT")])
refusal("al-x-weiger-08", "Wat waren de lasten van zuiveringsbeheer bij Waterschap Hunzevoorde in 2046?",
        "Hunzevoorde is not in the corpus",
        [absent("*", "Hunzevoorde"), {"rule": "not_in_manifest", "text": "Hunzevoorde"}])
refusal("al-x-weiger-09", "Hoeveel gemalen staan er in de gemeente Brummelweide?",
        "the deck has no gemalen; the jaarverslag of Eemvliet does not name Brummelweide",
        [absent(BF, "gemaal"), absent(BF, "gemalen"), absent(EF, "Brummelweide")])

# ================================================================================================ text
text("al-b-tekst-01", "Waarom stijgt de afvalstoffenheffing in Brummelweide in 2047?", BB,
     [["verwerkingskosten", "restafval"]], BF,
     "De afvalstoffenheffing en de rioolheffing stijgen met 4,0% omdat de verwerkingskosten van restafval en de "
     "kosten van het rioolbeheer stijgen")
text("al-b-tekst-02", "Wanneer gaat de brede school Oosterweide open?", BB,
     [["2048-2049", "2048/2049", "2048–2049", "schooljaar 2048"]], BF,
     "De brede school Oosterweide opent aan het begin van het schooljaar 2048-2049.", scope=BB)
text("al-b-tekst-03", "Hoe wil Brummelweide in 2050 energieneutraal worden?", BB,
     [["energieloket", "duurzaamheidslening", "gemeentelijke gebouwen"]], BF,
     "We verduurzamen alle gemeentelijke gebouwen en helpen inwoners met het energieloket en een "
     "duurzaamheidslening.")
text("al-b-tekst-04", "Waarom is het geraamde resultaat van Brummelweide in 2048 en 2049 negatief?", BB,
     [["kapitaallasten", "brede school"], ["jeugdhulp"]], BF,
     "Het resultaat is in 2048 en 2049 negatief door de kapitaallasten van de brede school en hogere kosten van "
     "jeugdhulp.")
text("al-b-tekst-05", "Wanneer beslist de gemeenteraad van Brummelweide over de begroting 2047?", BB,
     ["6 november"], BF, "Op 6 november 2046 neemt de gemeenteraad een besluit over de begroting 2047.")
text("al-w-tekst-01", "Waarom is er in 2046 minder dijk versterkt dan gepland?", EB,
     [["vergunning", "bezwaren", "bezwaar"]], EF,
     "liep vertraging op, doordat de vergunningprocedure langer duurde na bezwaren van omwonenden over de "
     "bomenkap.", scope=EB)
text("al-w-tekst-02", "Wat is een vervuilingseenheid?", EB,
     [["vervuiling"]], EF,
     "Een vervuilingseenheid (v.e.) is de maat voor de vervuiling die een huishouden of bedrijf loost.", scope=EB)
text("al-w-tekst-03", "Waarom waren de energiekosten van de zuiveringen van Eemvliet lager dan begroot?", EB,
     [["slibvergisting", "energieprijzen"]], EF,
     "doordat de nieuwe slibvergisting op de rwzi Eemvliet-Noord eerder in bedrijf kwam en de energieprijzen "
     "daalden.")
text("al-w-tekst-04", "Wat wil het waterschap met het positieve resultaat over 2046 doen?", EB,
     ["egalisatiereserve", "algemene reserve"], EF,
     "toe te voegen aan de egalisatiereserve zuiveringsheffing, om de tariefstijging van de zuiveringsheffing in "
     "2048 te dempen. Het restant voegen we toe aan de algemene reserve watersysteem.", scope=EB)
text("al-w-tekst-05", "Wat is het verschil tussen een reserve en een voorziening?", EB,
     [["vrij besteedbaar", "eigen vermogen"], ["verplichting", "risico"]], EF,
     "Een reserve is eigen vermogen dat vrij besteedbaar is; het algemeen bestuur kan er een bestemming aan geven.",
     scope=EB)

# ================================================================================================ which
c_sbl = tc(BF, MJR, "Saldo van baten en lasten", Y[1], d.SALDO_BL[1] * K)
c_res = tc(BF, MJR, "Geraamd resultaat", Y[1], d.RESULTAAT[1] * K)
which("al-b-welke-01", "Wat is het saldo van de begroting 2047 van Brummelweide?", [c_sbl, c_res],
      [[nl_int(abs(d.SALDO_BL[1])), "2,0 miljoen", "2,0 mln"], [nl_int(d.RESULTAAT[1]), "0,9 miljoen", "0,9 mln"]],
      why="'saldo' is both the saldo van baten en lasten (−2.010) and the geraamd resultaat (868)")
c_form = tc(EF, FTE, "Totaal", "Formatie 2046", d.FTE_TOT[0])
c_bez = tc(EF, FTE, "Totaal", "Bezetting 31-12-2046", d.FTE_TOT[1])
which("al-w-welke-01", "Hoeveel fte werkt er bij Waterschap Eemvliet?", [c_form, c_bez],
      [[nl_dec(d.FTE_TOT[0], 1), "268 fte"], [nl_dec(d.FTE_TOT[1], 1)]],
      why="the formatie (268,0 fte) and the bezetting at 31-12-2046 (256,6 fte) differ")
c_prim = tc(EF, PT[ZB], "Lasten", PRIM, d.E_L[ZB][0] * K)
c_wijz = tc(EF, PT[ZB], "Lasten", WIJZ, d.E_L[ZB][1] * K)
which("al-w-welke-02", "Wat was er voor de lasten van zuiveringsbeheer begroot in 2046?", [c_prim, c_wijz],
      [[c_prim["printed"], nl_int(d.E_L[ZB][0]), "48,7 miljoen"],
       [c_wijz["printed"], nl_int(d.E_L[ZB][1]), "49,3 miljoen"]], scope=EB,
      why="the primitieve begroting and the begroting na wijziging differ")

# ================================================================================================ any
anyc("al-b-any-01", "Hoe staat Brummelweide er financieel voor?", BB, ["Eemvliet", "zuiveringsheffing"])
anyc("al-w-any-01", "Vertel eens wat Waterschap Eemvliet allemaal doet.", EB, ["Oosterweide", "bijstand"])

# ================================================================================================ write
HEADER = ("# GENERATED by source/gen_cases.py -- do not edit by hand; run source/build.sh.\n"
          "# Blind evaluation set set-al (format: /work/shared/evals/FORMAT.md, version 1).\n"
          f"# Documents: corpus/{BF}\n"
          f"#            (Gemeente {BB}, '{d.B_TITLE}', a 16:9 python-pptx deck -> LibreOffice Impress PDF)\n"
          f"#        and corpus/{EF}\n"
          f"#            ({EB}, '{d.E_TITLE}', Typst PDF).\n"
          "# Values are in euros (x € 1.000 tables times 1000, '€ mln' tables, charts and tiles times 1.000.000,\n"
          "# 'miljoen' in prose times 1.000.000) with the printed sign ('−2.010', '-7.372' and '(2.581)' are\n"
          "# negative); `signed` is never set, so the runner compares absolute values. 'which' cases (ids *-welke-*)\n"
          "# are kind text with one include group per candidate figure.\n"
          "# Provenance of every expected and accepted value: source/provenance.json.\n")
body = yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True, sort_keys=False, width=120)
(SET / "cases.yaml").write_text(HEADER + body, encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nturns = sum(len(c.get("turns", [c])) for c in CASES)
print(f"cases.yaml: {len(CASES)} cases, {nturns} turns")
