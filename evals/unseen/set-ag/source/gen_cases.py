"""Write ../cases.yaml and provenance.json for set-ag.

Every expected and accepted figure comes from data.py AND is located in the finished PDF (extract.py): the
printed text is read back, parsed, scaled and must equal the data value, else the build stops. Provenance per
turn: document, page, table caption, row, column, printed text, scale and where the scale is stated (or the prose
sentence), and op/derivation for computed figures.

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
HF, VF = d.MUNI_FILE, d.VR_FILE
DOCS = {HF: PdfDoc(CORPUS / HF), VF: PdfDoc(CORPUS / VF)}
H, V = d.MUNI, d.VR
K = lambda v: d.k(v) * 1000   # noqa: E731  euros as printed in an x € 1.000 table


def _eq(a, b, what):
    if b is not None and abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: document gives {a}, data.py says {b}")


def pc(doc: str, caption: str, row: str, col: str, want, after: str | None = None) -> dict:
    """a table cell in a finished PDF"""
    P = DOCS[doc]
    c = P.cell(caption, row, col, after=after)
    scale, stmt = P.table_scale(caption)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"not a number: {caption}/{row}/{col}: {c['printed']!r}")
    v = round(v * scale, 6)
    _eq(v, want, f"{doc} {caption} / {row} / {col}")
    src = {"document": doc, "page": c["page"], "table": c["caption"], "caption_prefix": caption, "row": row,
           "column": col, "printed": c["printed"], "scale": scale, "scale_statement": stmt, "value": v}
    if after:
        src["after_subheading"] = after
    if c["marker"]:
        src["footnote_marker_on_label"] = c["marker"]
    if c["continuation"]:
        src["on_continuation_page_with_repeated_header"] = True
    return src


def pp(doc: str, phrase: str, printed: str, want, scale: int = 1) -> dict:
    """a figure in running text; `printed` is the amount as printed (scale 1_000_000 for '1,2 miljoen')"""
    pages = DOCS[doc].prose(phrase)
    if not pages or printed not in phrase:
        raise SystemExit(f"prose not found in {doc}: {phrase}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {phrase}")
    return {"document": doc, "page": pages[0], "prose": phrase, "printed": printed, "scale": scale,
            "scale_statement": "miljoen" if scale == 1_000_000 else "whole units in the text", "value": v}


def fmt_nl(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v:.2f}".replace(".", ",")


def alt(srcs, op: str | None = None) -> dict:
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [s["value"] for s in srcs]
    if op == "add":
        v = sum(a)
        der = " + ".join(fmt_nl(x) for x in a) + f" = {fmt_nl(v)}"
    elif op == "sub":
        v = a[0] - a[1]
        der = f"{fmt_nl(a[0])} - {fmt_nl(a[1])} = {fmt_nl(v)}"
    else:
        raise ValueError(op)
    return {"value": round(v, 6), "op": op, "derivation": der, "sources": srcs}


def num(v):
    return int(v) if float(v).is_integer() else round(v, 6)


def fig(q, main, body, unit="EUR", accept=(), tol=None, op=None):
    m = main if isinstance(main, dict) and "sources" in main else alt(main, op)
    exp = {"value": num(m["value"])}
    accs = [a if "sources" in a else alt(a) for a in accept]
    vals = []
    for a in accs:        # only alternatives that differ in absolute value are listed; all go to the provenance
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
    return {"question": q, "kind": "figure", "expect": exp}, {"kind": "figure", "main": m, "accept": accs}


def text(q, include, body, where, exclude=None):
    """body None: no municipality condition (a question about both bodies, where a clarification that names the
    candidates without citing a document is an honest answer)"""
    exp = {"include": include}
    if exclude:
        exp["exclude"] = exclude
    if body:
        exp["municipality"] = body
    return {"question": q, "kind": "text", "expect": exp}, {"kind": "text", "where": where}


def refusal(q, absent, why):
    return {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}


def anyk(q, body, exclude, why, wrong):
    return ({"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
            {"kind": "any", "why": why, "exclude_is": wrong})


CASES: list = []
PROV: dict = {}


def case(cid, tp, scope=None):
    turn, prov = tp
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c["kind"] = turn["kind"]
    if "expect" in turn:
        c["expect"] = turn["expect"]
    CASES.append(c)
    PROV[cid] = prov


def conv(cid, turns, scope=None):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = []
    PROV[cid] = []
    for turn, prov in turns:
        t = {"question": turn["question"], "kind": turn["kind"]}
        if "expect" in turn:
            t["expect"] = turn["expect"]
        c["turns"].append(t)
        PROV[cid].append(prov)
    CASES.append(c)


P = d.PROG
TVD = {t[0]: t for t in d.TV}
RES = {r[0]: r for r in d.RESERVES}
TAR = {t[0]: t for t in d.TARIEVEN}
KG = dict(d.KENGETALLEN)
YC = {2036: "Begroting 2036", 2037: "Begroting 2037", 2038: "Raming 2038", 2039: "Raming 2039", 2040: "Raming 2040"}
YI = {y: i for i, y in enumerate(d.YEARS)}
TBL = {"P1": "Tabel 2.1.1", "P2": "Tabel 2.2.1", "P3": "Tabel 2.3.1", "P4": "Tabel 2.4.1", "P5": "Tabel 2.5.1",
       "P6": "Tabel 2.6.1", "P0": "Tabel 2.7.1"}


def prog(pid, row, year):
    key = {"Lasten": "lasten", "Baten": "baten", "Saldo van baten en lasten": "saldo", "Geraamd resultaat": "result"}[row]
    return pc(HF, TBL[pid], row, YC[year], P[pid][key][YI[year]] * 1000)


def tv(code, col):
    t = TVD[code]
    label = f"{code} {t[1]}"
    want = {"Lasten 2037": t[3], "Baten 2037": t[4], "Saldo 2037": t[4] - t[3]}[col]
    return pc(HF, "Tabel B.1", label, col, want)


def w42(name, col, want_eur):
    return pc(HF, "Tabel 4.2", name, col, K(want_eur))


# =====================================================================================================
# Gemeente Hessendonk, Programmabegroting 2037
# =====================================================================================================
case("ag-h-p5-lasten-2037", fig(
    "Wat zijn de lasten van programma 5 Sociaal domein in 2037?",
    prog("P5", "Lasten", 2037), H,
    accept=[pp(HF, f"De lasten van het sociaal domein nemen in 2037 toe tot € {fmt_nl(P['P5']['l37_eur'])}.",
               fmt_nl(P['P5']['l37_eur']), P['P5']['l37_eur'])]), scope=H)
case("ag-h-p4-saldo-2038", fig(
    "Wat is het saldo van baten en lasten van programma 4 Onderwijs, sport en cultuur in de raming 2038?",
    prog("P4", "Saldo van baten en lasten", 2038), H,
    accept=[pc(HF, "Tabel 1.1", "4 Onderwijs, sport en cultuur", "Raming 2038", P["P4"]["saldo"][2] * 1000)]), scope=H)
case("ag-h-resultaat-2039", fig(
    "Welk resultaat raamt de gemeente Hessendonk voor 2039?",
    pc(HF, "Tabel 1.1", "Geraamd resultaat", "Raming 2039", d.TOTAL["result"][3] * 1000), H,
    accept=[pp(HF, "voor 2039 ramen wij een tekort van € 94.000", "94.000", 94_000)]))
case("ag-h-resultaat-2037", fig(
    "Met welk resultaat sluit de begroting 2037 van Hessendonk?",
    pp(HF, f"Het geraamde resultaat 2037 na bestemming bedraagt € {fmt_nl(d.RESULT_2037)} positief.",
       fmt_nl(d.RESULT_2037), d.RESULT_2037), H,
    accept=[pc(HF, "Tabel 1.1", "Geraamd resultaat", "Begroting 2037", d.TOTAL["result"][1] * 1000),
            tv("0.11", "Lasten 2037")]))
case("ag-h-brandweer", fig(
    "Wat kost de brandweer de gemeente Hessendonk in 2037?",
    tv("1.1", "Lasten 2037"), H,
    accept=[pp(HF, f"stijgt de bijdrage aan Veiligheidsregio Ravenstreek met € {fmt_nl(d.VR_BIJDRAGE_STIJGING)} tot "
                   f"€ {fmt_nl(d.VR_BIJDRAGE_2037)}", fmt_nl(d.VR_BIJDRAGE_2037), d.VR_BIJDRAGE_2037)]))
case("ag-h-jeugdhulp", fig(
    "Hoeveel geeft Hessendonk in 2037 uit aan jeugdhulp?",
    tv("6.72", "Lasten 2037"), H,
    accept=[alt([tv("6.72", "Lasten 2037"), tv("6.82", "Lasten 2037")], "add")]))
case("ag-h-jeugd-stijging", fig(
    "Met hoeveel stijgen de lasten voor jeugdzorg in Hessendonk ten opzichte van de begroting 2036?",
    pp(HF, f"De lasten voor jeugdzorg stijgen met € {d.JEUGD_STIJGING_MLN} miljoen ten opzichte van de begroting 2036.",
       d.JEUGD_STIJGING_MLN, 1_200_000, scale=1_000_000), H, tol=50_000))
OZB = sum(TVD[c][4] for c in ("0.61", "0.62"))
case("ag-h-ozb-totaal", fig(
    "Hoeveel brengt de OZB in Hessendonk in 2037 in totaal op, woningen en niet-woningen samen?",
    alt([tv("0.61", "Baten 2037"), tv("0.62", "Baten 2037")], "add"), H,
    accept=[pp(HF, f"toe met € {fmt_nl(d.OZB_OPBRENGST_STIJGING)} tot € {fmt_nl(OZB)}", fmt_nl(OZB), OZB)]))
case("ag-h-ozb-tarief-woning", fig(
    "Wat is het OZB-tarief voor eigenaren van woningen in Hessendonk in 2037?",
    pc(HF, "Tabel 3.1", "OZB eigenaren woningen", "Tarief 2037", TAR["OZB eigenaren woningen"][3]), H,
    unit="percent", tol=0.00005))
case("ag-h-afval-alleen", fig(
    "Ik woon alleen in Hessendonk. Hoeveel afvalstoffenheffing moet ik in 2037 betalen?",
    pc(HF, "Tabel 3.1", "Afvalstoffenheffing eenpersoonshuishouden", "Tarief 2037",
       TAR["Afvalstoffenheffing eenpersoonshuishouden"][3]), H, tol=0.005))
mp = TAR["Afvalstoffenheffing meerpersoonshuishouden"]
case("ag-h-afval-gezin-stijging", fig(
    "Hoeveel duurder wordt de afvalstoffenheffing voor een gezin in 2037 vergeleken met 2036?",
    alt([pc(HF, "Tabel 3.1", mp[0], "Tarief 2037", mp[3]), pc(HF, "Tabel 3.1", mp[0], "Tarief 2036", mp[2])], "sub"), H,
    accept=[pc(HF, "Tabel 3.1", mp[0], "Mutatie", d.TARIEF_MUT[mp[0]])], tol=0.005), scope=H)
case("ag-h-nsq-2037", fig(
    "Hoe hoog is de netto schuldquote van Hessendonk in de begroting 2037?",
    pc(HF, "Tabel 3.2", "Netto schuldquote", "Begroting 2037", KG["Netto schuldquote"][2]), H,
    unit="percent", tol=0.05))
case("ag-h-mergelbrug-2037", fig(
    "Hoeveel krediet vraagt Hessendonk in 2037 voor de vervanging van de Mergelbrug?",
    pc(HF, "Tabel 2.2.2", "Vervanging Mergelbrug", "Krediet 2037", d.INVEST["P2"][0][1][0] * 1000), H))
bork = d.INVEST["P4"][0][1]
case("ag-h-borkelhoven-totaal", fig(
    "Hoeveel geld is er in totaal opgenomen voor de nieuwe basisschool in Borkelhoven?",
    alt([pc(HF, "Tabel 2.4.2", "Nieuwbouw basisschool Borkelhoven", "Krediet 2037", bork[0] * 1000),
         pc(HF, "Tabel 2.4.2", "Nieuwbouw basisschool Borkelhoven", "Krediet 2038", bork[1] * 1000)], "add"), H,
    accept=[pp(HF, f"hiervoor is in 2037 en 2038 samen € {fmt_nl((bork[0] + bork[1]) * 1000)} aan kredieten opgenomen",
               fmt_nl((bork[0] + bork[1]) * 1000), (bork[0] + bork[1]) * 1000)]), scope=H)
rsd = "Reserve sociaal domein"
case("ag-h-reserve-sociaal-eind", fig(
    "Hoeveel zit er eind 2037 nog in de reserve sociaal domein van Hessendonk?",
    pc(HF, "Tabel 2.5.3", rsd, "Stand 31-12-2037", d.RES_STAND[rsd][0]), H,
    accept=[w42(rsd, "Stand 31-12-2037", d.RES_STAND[rsd][0])]))
case("ag-h-voorziening-riool-2038", fig(
    "Wat is de verwachte stand van de voorziening vervanging riolering per 31 december 2038?",
    w42("Voorziening vervanging riolering", "Stand 31-12-2038", d.VOORZ_STAND["Voorziening vervanging riolering"][1]), H),
    scope=H)
case("ag-h-incidenteel-saldo", fig(
    "Wat is het saldo van de incidentele baten en lasten van Hessendonk in 2037?",
    pc(HF, "Tabel 4.1", "Saldo incidentele baten en lasten", "2037", d.INC_SALDO[0]), H))
case("ag-h-wijkaanpak-2038", fig(
    "Hoeveel is er in 2038 incidenteel uitgetrokken voor de wijkaanpak in Hessendonk-Zuid?",
    pc(HF, "Tabel 4.1", "Uitvoering Wijkaanpak Hessendonk-Zuid", "2038", d.INC_LASTEN[4][2][1]), H))
case("ag-h-tv-671", fig(
    "Wat zijn de lasten van taakveld 6.71 Maatwerkdienstverlening 18+ in 2037?",
    tv("6.71", "Lasten 2037"), H), scope=H)
case("ag-h-gemeentefonds", fig(
    "Hoeveel krijgt Hessendonk in 2037 uit het gemeentefonds?",
    pc(HF, "Tabel 2.7.3", "Algemene uitkering gemeentefonds", "Begroting 2037", d.ALG_UITKERING_2037), H,
    accept=[tv("0.7", "Baten 2037")]))
case("ag-h-weerstandsratio", fig(
    "Wat is de weerstandsratio van de gemeente Hessendonk?",
    pp(HF, f"De weerstandsratio komt daarmee op {fmt_nl(d.WEERSTAND_RATIO)}", fmt_nl(d.WEERSTAND_RATIO),
       d.WEERSTAND_RATIO), H, unit=None, tol=0.005))
case("ag-h-p5-groei-2040", fig(
    "Met hoeveel stijgen de lasten van het sociaal domein in Hessendonk van 2037 tot 2040?",
    alt([prog("P5", "Lasten", 2040), prog("P5", "Lasten", 2037)], "sub"), H))

# conversations
conv("ag-h-conv-p2", [
    fig("Wat zijn de lasten van programma 2 Openbare ruimte en mobiliteit in 2037?", prog("P2", "Lasten", 2037), H),
    fig("En de baten?", prog("P2", "Baten", 2037), H),
    fig("En vorig jaar?", prog("P2", "Baten", 2036), H),
    fig("En in 2040?", prog("P2", "Baten", 2040), H),
], scope=H)
ro = "Reserve onderwijshuisvesting"
conv("ag-h-conv-reserve", [
    fig("Hoeveel zit er begin 2037 in de reserve onderwijshuisvesting van Hessendonk?",
        pc(HF, "Tabel 2.4.3", ro, "Stand 1-1-2037", RES[ro][2]), H, accept=[w42(ro, "Stand 1-1-2037", RES[ro][2])]),
    fig("En aan het eind van dat jaar?", pc(HF, "Tabel 2.4.3", ro, "Stand 31-12-2037", d.RES_STAND[ro][0]), H,
        accept=[w42(ro, "Stand 31-12-2037", d.RES_STAND[ro][0])]),
    fig("Hoeveel is dat minder?", alt([pc(HF, "Tabel 2.4.3", ro, "Stand 1-1-2037", RES[ro][2]),
                                        pc(HF, "Tabel 2.4.3", ro, "Stand 31-12-2037", d.RES_STAND[ro][0])], "sub"), H,
        accept=[alt([w42(ro, "Stand 1-1-2037", RES[ro][2]), w42(ro, "Stand 31-12-2037", d.RES_STAND[ro][0])], "sub")]),
], scope=H)
nw, gn = "OZB eigenaren niet-woningen", "OZB gebruikers niet-woningen"
conv("ag-h-conv-ozb", [
    fig("Wat is in 2037 het OZB-tarief voor eigenaren van niet-woningen in Hessendonk?",
        pc(HF, "Tabel 3.1", nw, "Tarief 2037", TAR[nw][3]), H, unit="percent", tol=0.00005),
    fig("En vorig jaar?", pc(HF, "Tabel 3.1", nw, "Tarief 2036", TAR[nw][2]), H, unit="percent", tol=0.00005),
    fig("En wat betalen gebruikers?", pc(HF, "Tabel 3.1", gn, "Tarief 2036", TAR[gn][2]), H, unit="percent",
        tol=0.00005, accept=[pc(HF, "Tabel 3.1", gn, "Tarief 2037", TAR[gn][3])]),
], scope=H)

# refusals
case("ag-h-weiger-2041", refusal(
    "Wat zijn de lasten van programma 5 Sociaal domein in 2041?",
    {HF: {"table_header_lacks": [["Tabel 2.5.1", "2041"], ["Tabel 1.1", "2041"]], "not_in_text": ["2041"]}},
    "the meerjarenraming ends in 2040"), scope=H)
case("ag-h-weiger-parkeren", refusal(
    "Wat kost een uur parkeren in het centrum van Hessendonk?",
    {HF: {"not_in_text": ["per uur", "parkeertarie", "parkeergeld", "uurtarie"], "no_sentence_with": [["parkeer", "tarief"]]},
     VF: {"not_in_text": ["parkeer"]}},
    "taakveld 2.2 Parkeren has lasten and baten, but no tariff is printed"))
case("ag-h-weiger-zwembad", refusal(
    "Hoeveel subsidie krijgt het zwembad in Hessendonk?",
    {HF: {"not_in_text": ["zwembad", "zwem"]}, VF: {"not_in_text": ["zwembad"]}}, "no swimming pool in either document"))
case("ag-h-weiger-huishoudelijke-hulp", refusal(
    "Hoeveel inwoners van Hessendonk krijgen huishoudelijke hulp?",
    {HF: {"not_in_text": ["huishoudelijke hulp", "huishoudelijke ondersteuning", "cliënten"]}},
    "the begroting has Wmo amounts (taakveld 6.6) but no client numbers"), scope=H)
case("ag-h-weiger-rekening-2036", refusal(
    "Wat was het werkelijke resultaat van de gemeente Hessendonk over 2036 volgens de jaarrekening?",
    {HF: {"not_in_text": ["Rekening 2036", "Realisatie 2036", "jaarrekening 2036"]},
     VF: {"no_sentence_with": [["Hessendonk", "resultaat"]]}},
    "the begroting shows Begroting 2036 (a budget), not the realisation; the other document is the veiligheidsregio's"),
    scope=H)

# text
case("ag-h-tekst-jeugd", text(
    "Waarom stijgen de kosten van jeugdzorg in Hessendonk?",
    [["verblijfsindicatie", "verblijf"], ["tarieven", "inkooporganisatie"]], H,
    {"document": HF, "phrase": "Oorzaken zijn het groeiende aantal jongeren met een verblijfsindicatie"}))
case("ag-h-tekst-sociaal-doel", text(
    "Wat wil de gemeente bereiken in het sociaal domein?",
    [["zelfstandig"], ["preventie", "praktijkondersteuners", "sociale basis"]], H,
    {"document": HF, "phrase": "Inwoners van Hessendonk kunnen zo lang mogelijk zelfstandig meedoen."}), scope=H)
case("ag-h-tekst-mergelbrug", text(
    "Wat gaat er gebeuren met de Mergelbrug in Hessendonk?",
    ["vervangen", ["pont", "pontverbinding"]], H,
    {"document": HF, "phrase": "De Mergelbrug wordt in 2037 en 2038 vervangen"}))
case("ag-h-tekst-schuldquote", text(
    "Waarom loopt de netto schuldquote van Hessendonk op tot 2038?",
    [["Mergelbrug", "Borkelhoven", "investeringen"]], H,
    {"document": HF, "phrase": "De netto schuldquote stijgt tot 2038 door de investeringen in de Mergelbrug"}))

# any
case("ag-h-any-financieel", anyk(
    "Hoe staat de gemeente Hessendonk er financieel voor?", H, ["71,8"],
    "any honest answer that cites Hessendonk; it must not borrow the veiligheidsregio's netto schuldquote (71,8%)",
    pc(VF, "Tabel 8.1", "Netto schuldquote", "Rekening 2036", d.VR_KENGETALLEN[0][1])), scope=H)

# =====================================================================================================
# Veiligheidsregio Ravenstreek, Jaarrekening 2036
# =====================================================================================================
BW, BP = "Bijdrage 2036 (€) Na wijziging", "Bijdrage 2036 (€) Primitief"
case("ag-v-bijdrage-hessendonk", fig(
    "Hoeveel heeft Hessendonk in 2036 betaald aan Veiligheidsregio Ravenstreek?",
    pc(VF, "Tabel 4.1", "Hessendonk", BW, d.VR_BIJDR["wijz"]["Hessendonk"]), V))
case("ag-v-bijdragen-totaal", fig(
    "Hoeveel betaalden de gemeenten samen in 2036 aan Veiligheidsregio Ravenstreek?",
    pc(VF, "Tabel 2.1", "Gemeentelijke bijdragen", "Realisatie 2036", d.VR_BIJDR_TOTAL[2]), V,
    accept=[pc(VF, "Tabel 4.1", "Totaal", BW, d.VR_BIJDR_TOTAL[1]),
            pp(VF, f"verhoogd van € {fmt_nl(d.VR_BIJDR_TOTAL[0])} naar € {fmt_nl(d.VR_BIJDR_TOTAL[1])}",
               fmt_nl(d.VR_BIJDR_TOTAL[1]), d.VR_BIJDR_TOTAL[1])]))
case("ag-v-klein-samen", fig(
    "Hoeveel betaalden Torenvelde en Schaapsdrift samen aan de veiligheidsregio in 2036?",
    alt([pc(VF, "Tabel 4.1", "Torenvelde", BW, d.VR_BIJDR["wijz"]["Torenvelde"]),
         pc(VF, "Tabel 4.1", "Schaapsdrift", BW, d.VR_BIJDR["wijz"]["Schaapsdrift"])], "add"), V,
    accept=[alt([pc(VF, "Tabel 4.1", "Torenvelde", BP, d.VR_BIJDR["prim"]["Torenvelde"]),
                 pc(VF, "Tabel 4.1", "Schaapsdrift", BP, d.VR_BIJDR["prim"]["Schaapsdrift"])], "add")]), scope=V)
case("ag-v-vakbekwaamheid-nadeel", fig(
    "Hoe groot was het nadeel op vakbekwaamheid bij Veiligheidsregio Ravenstreek?",
    pc(VF, "Tabel 2.1", "Vakbekwaamheid", "Verschil", d.VR_VERSCHIL["Vakbekwaamheid"]), V,
    accept=[pp(VF, f"Op vakbekwaamheid is een nadeel ontstaan van € {fmt_nl(-d.VR_VERSCHIL['Vakbekwaamheid'])}.",
               fmt_nl(-d.VR_VERSCHIL["Vakbekwaamheid"]), -d.VR_VERSCHIL["Vakbekwaamheid"])]))
case("ag-v-resultaat", fig(
    "Wat is het resultaat van Veiligheidsregio Ravenstreek over 2036?",
    pc(VF, "Tabel 2.1", "Resultaat", "Realisatie 2036", d.VR_RESULT[2]), V,
    accept=[pp(VF, f"De jaarrekening sluit met een positief resultaat van € {fmt_nl(d.VR_RESULT[2])}.",
               fmt_nl(d.VR_RESULT[2]), d.VR_RESULT[2])]))
case("ag-v-lasten-onder-begroting", fig(
    "Hoeveel bleven de totale lasten van de veiligheidsregio onder de begroting na wijziging?",
    pc(VF, "Tabel 2.1", "Totaal lasten", "Verschil", d.VR_L_TOT[1] - d.VR_L_TOT[2]), V,
    accept=[alt([pc(VF, "Tabel 2.1", "Totaal lasten", "Begroting 2036 Na wijziging", d.VR_L_TOT[1]),
                 pc(VF, "Tabel 2.1", "Totaal lasten", "Realisatie 2036", d.VR_L_TOT[2])], "sub")]), scope=V)
case("ag-v-opkomsttijd", fig(
    "In hoeveel procent van de prio 1-meldingen was de brandweer van Ravenstreek in 2036 binnen de normtijd?",
    pc(VF, "Tabel 5.1", "Opkomsttijd prio 1 binnen de normtijd", "Realisatie 2036", d.VR_IND[0][3]), V,
    unit="percent", tol=0.05))
case("ag-v-inspecties", fig(
    "Hoeveel controles en inspecties heeft de veiligheidsregio in 2036 gedaan?",
    pc(VF, "Tabel 5.1", "Aantal controles en inspecties", "Realisatie 2036", d.VR_IND[3][3]), V, unit="count"),
    scope=V)
case("ag-v-uitrukken", fig(
    "Hoe vaak rukte de brandweer in Ravenstreek uit in 2036?",
    pc(VF, "Tabel 5.1", "Aantal uitrukken", "Realisatie 2036", d.VR_IND[2][3]), V, unit="count",
    accept=[pp(VF, f"In 2036 rukte de brandweer {fmt_nl(d.VR_IND[2][3])} keer uit", fmt_nl(d.VR_IND[2][3]),
               d.VR_IND[2][3])]))
case("ag-v-kazernes", fig(
    "Hoeveel brandweerkazernes heeft de veiligheidsregio?",
    pc(VF, "Tabel 1.1", "Aantal kazernes", "Aantal", 14), V, unit="count"), scope=V)
case("ag-v-alg-reserve", fig(
    "Hoe groot is de algemene reserve van Veiligheidsregio Ravenstreek op 31 december 2036?",
    pc(VF, "Tabel 7.1", "Algemene reserve", "Stand 31-12-2036", d.VR_RES_END["Algemene reserve"]), V,
    accept=[pc(VF, "Tabel 6.2", "Algemene reserve", "31-12-2036", d.VR_PASSIVA[0][1])]))
case("ag-v-per-inwoner", fig(
    "Wat betaalt een gemeente per inwoner aan de veiligheidsregio in 2036?",
    pp(VF, f"De bijdrage per inwoner komt daarmee op € {fmt_nl(d.VR_BIJDR_PER_INW)}.", fmt_nl(d.VR_BIJDR_PER_INW),
       d.VR_BIJDR_PER_INW), V, tol=0.005), scope=V)
case("ag-v-bestemming-algemeen", fig(
    "Hoeveel van het resultaat 2036 gaat volgens het voorstel naar de algemene reserve van de veiligheidsregio?",
    pp(VF, f"het restant van € {fmt_nl(d.VR_RESULT_BESTEMMING[1][1])} toe te voegen aan de algemene reserve",
       fmt_nl(d.VR_RESULT_BESTEMMING[1][1]), d.VR_RESULT_BESTEMMING[1][1]), V), scope=V)

conv("ag-v-conv-bedrijfsvoering", [
    fig("Wat waren de lasten van Bedrijfsvoering bij Veiligheidsregio Ravenstreek in 2036?",
        pc(VF, "Tabel 2.1", "Bedrijfsvoering", "Realisatie 2036", d.VR_LASTEN[5][3]), V),
    fig("En wat was begroot?", pc(VF, "Tabel 2.1", "Bedrijfsvoering", "Begroting 2036 Na wijziging", d.VR_LASTEN[5][2]), V,
        accept=[pc(VF, "Tabel 2.1", "Bedrijfsvoering", "Begroting 2036 Primitief", d.VR_LASTEN[5][1])]),
    fig("En bij Risicobeheersing?", pc(VF, "Tabel 2.1", "Risicobeheersing", "Begroting 2036 Na wijziging",
                                       d.VR_LASTEN[1][2]), V,
        accept=[pc(VF, "Tabel 2.1", "Risicobeheersing", "Begroting 2036 Primitief", d.VR_LASTEN[1][1])]),
], scope=V)
vz = d.VR_PASSIVA[3]
conv("ag-v-conv-voorzieningen", [
    fig("Hoeveel voorzieningen staan er eind 2036 op de balans van Veiligheidsregio Ravenstreek?",
        pc(VF, "Tabel 6.2", "Voorzieningen", "31-12-2036", vz[1]), V),
    fig("En vorig jaar?", pc(VF, "Tabel 6.2", "Voorzieningen", "31-12-2035", vz[2]), V),
    fig("Hoeveel is dat gestegen?", alt([pc(VF, "Tabel 6.2", "Voorzieningen", "31-12-2036", vz[1]),
                                         pc(VF, "Tabel 6.2", "Voorzieningen", "31-12-2035", vz[2])], "sub"), V),
], scope=V)
go = d.VR_IND[1]
conv("ag-v-conv-opkomsttijd", [
    fig("Hoe lang was de gemiddelde opkomsttijd bij prio 1-meldingen in Ravenstreek in 2036, in minuten?",
        pc(VF, "Tabel 5.1", go[0], "Realisatie 2036", go[3]), V, unit=None, tol=0.05),
    fig("En in 2035?", pc(VF, "Tabel 5.1", go[0], "Realisatie 2035", go[4]), V, unit=None, tol=0.05),
    fig("En wat is de norm?", pc(VF, "Tabel 5.1", go[0], "Norm 2036", go[2]), V, unit=None, tol=0.05),
], scope=V)

# refusals
case("ag-v-weiger-bijdrage-2037", refusal(
    "Wat is de bijdrage van Aarlebroek aan de veiligheidsregio in 2037?",
    {VF: {"table_header_lacks": [["Tabel 4.1", "2037"]], "no_amount_sentence_with": [["Aarlebroek", "2037"], ["2037", "bijdrage"]]},
     HF: {"not_in_text": ["Aarlebroek"]}},
    "only the 2036 bijdragen are printed; the 3,8% increase for 2037 is named without amounts per gemeente"))
case("ag-v-weiger-fte", refusal(
    "Hoeveel fte beroepspersoneel heeft Veiligheidsregio Ravenstreek in dienst?",
    {VF: {"not_as_word": ["fte", "formatie", "beroepskrachten"], "no_amount_sentence_with": [["beroepspersoneel"]]}},
    "the jaarrekening counts vrijwilligers (412) but gives no staff numbers for beroepspersoneel"), scope=V)
case("ag-v-weiger-ambulance", refusal(
    "Wat kost de ambulancezorg in de regio Ravenstreek?",
    {VF: {"no_amount_sentence_with": [["ambulance"]]}, HF: {"not_in_text": ["ambulance"]}},
    "the ambulancezorg is only mentioned as a partner in the meldkamer; no amount"))

# text
case("ag-v-tekst-opkomsttijd", text(
    "Waarom haalt de brandweer van Ravenstreek de normtijd niet altijd?",
    [["vrijwilligers", "beschikbaarheid"], ["buitengebied", "Schaapsdrift", "Torenvelde"]], V,
    {"document": VF, "phrase": "Vooral in het buitengebied van Schaapsdrift en Torenvelde is de beschikbaarheid"}))
case("ag-v-tekst-vakbekwaamheid", text(
    "Waarom was vakbekwaamheid duurder dan begroot?",
    [["oefencentra", "tarieven"], ["opleidingen", "vrijwilligers"]], V,
    {"document": VF, "phrase": "De oefencentra verhoogden hun tarieven"}), scope=V)
case("ag-v-tekst-geen-teruggave", text(
    "Waarom krijgen de gemeenten het overschot van Veiligheidsregio Ravenstreek niet terug?",
    ["algemene reserve", ["minimum", "5%"]], V,
    {"document": VF, "phrase": "Een teruggave aan de deelnemende gemeenten is niet voorgesteld"}))
case("ag-v-tekst-verdeelsleutel", text(
    "Hoe wordt de bijdrage van elke gemeente aan de veiligheidsregio bepaald?",
    ["inwoners"], V,
    {"document": VF, "phrase": "De gemeentelijke bijdragen worden verdeeld naar rato van het aantal inwoners"}), scope=V)

# which of several figures
case("ag-v-welke-begroot-repressie", text(
    "Wat was er voor 2036 begroot voor Repressie bij Veiligheidsregio Ravenstreek?",
    [["14.806.200", "primitie", "oorspronkelijk"], ["15.118.400", "na wijziging", "gewijzigd"]], V,
    {"candidates": [pc(VF, "Tabel 2.1", "Repressie", "Begroting 2036 Primitief", d.VR_LASTEN[0][1]),
                    pc(VF, "Tabel 2.1", "Repressie", "Begroting 2036 Na wijziging", d.VR_LASTEN[0][2])],
     "why": "two budgets are printed (primitief and na wijziging); an honest answer names both"}))

# =====================================================================================================
# both documents / neither
# =====================================================================================================
case("ag-x-welke-bijdrage-hessendonk", text(
    "Hoeveel betaalt Hessendonk aan de veiligheidsregio?",
    [["4.931.954", "4,9 miljoen"], ["5.118.000", "5,1 miljoen"]], None,
    {"candidates": [pc(VF, "Tabel 4.1", "Hessendonk", BW, d.VR_BIJDR["wijz"]["Hessendonk"]),
                    pp(HF, f"met € {fmt_nl(d.VR_BIJDRAGE_STIJGING)} tot € {fmt_nl(d.VR_BIJDRAGE_2037)}",
                       fmt_nl(d.VR_BIJDRAGE_2037), d.VR_BIJDRAGE_2037)],
     "why": "no year asked: the jaarrekening 2036 of the veiligheidsregio gives 4.931.954 (2036, after the "
            "begrotingswijziging), the Hessendonk begroting gives 5.118.000 for 2037; an honest answer names both "
            "years (it may cite either document; the expected body is Hessendonk, the payer)"}))
case("ag-x-welke-schuldquote", text(
    "Hoe hoog is de netto schuldquote?",
    [["63,7", "Hessendonk"], ["71,8", "Ravenstreek", "veiligheidsregio"]], None,
    {"candidates": [pc(HF, "Tabel 3.2", "Netto schuldquote", "Begroting 2037", KG["Netto schuldquote"][2]),
                    pc(VF, "Tabel 8.1", "Netto schuldquote", "Rekening 2036", d.VR_KENGETALLEN[0][1])],
     "why": "both documents print a netto schuldquote (Hessendonk per year, the veiligheidsregio for 2036 and 2035); "
            "without a body named, an honest answer names both or asks which one"}))
case("ag-x-weiger-aarlebroek-ozb", refusal(
    "Wat is het OZB-tarief voor woningen in Aarlebroek?",
    {HF: {"not_in_text": ["Aarlebroek"]}, VF: {"no_sentence_with": [["Aarlebroek", "OZB"]], "not_in_text": ["OZB"]}},
    "Aarlebroek only appears as a deelnemer of the veiligheidsregio; its own begroting is not in the corpus"))
case("ag-x-weiger-veldmaarsen", refusal(
    "Wat zijn de lasten voor jeugdzorg in de gemeente Veldmaarsen in 2037?",
    {HF: {"not_in_text": ["Veldmaarsen"]}, VF: {"not_in_text": ["Veldmaarsen"]}},
    "no such municipality in the corpus"))
case("ag-x-any-aarlebroek", anyk(
    "Wat betaalde Aarlebroek in 2036 aan de veiligheidsregio?", V, [fmt_nl(d.VR_BIJDR["wijz"]["Hessendonk"])],
    "either the primitief or the na-wijziging bijdrage of Aarlebroek is honest; the answer must not give Hessendonk's",
    pc(VF, "Tabel 4.1", "Hessendonk", BW, d.VR_BIJDR["wijz"]["Hessendonk"])))

# ---------------------------------------------------------------------------------------------------------
hdr = ("# GENERATED by source/gen_cases.py -- do not edit by hand. set-ag: Gemeente Hessendonk, Programmabegroting 2037\n"
       "# (WeasyPrint PDF) and Veiligheidsregio Ravenstreek, Jaarrekening 2036 (groff -ms/tbl PDF). Format: FORMAT.md v1.\n"
       "# Amounts in euros (x € 1.000 tables converted); values keep the printed sign, signed is never set.\n")
(SET / "cases.yaml").write_text(hdr + yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True,
                                                     sort_keys=False, width=120), encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nt = sum(len(c.get("turns", [c])) for c in CASES)
print(f"wrote {len(CASES)} cases, {nt} turns")
