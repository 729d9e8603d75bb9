"""Write ../cases.yaml and provenance.json for set-ah.

Every expected and accepted figure comes from data.py AND is located in the finished documents (extract.py): the
printed text is read back, parsed, scaled and must equal the data value, else the build stops. Provenance per turn:
document, page (PDF page and printed page number) or section, table caption, row, column, printed text, scale and
where the scale is stated (or the prose sentence / KPI card), and op/derivation for computed figures.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import data as d
from extract import HtmlDoc, PdfDoc, clean, parse_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
KF, WF = d.MUNI_FILE, d.WS_FILE
PDF = PdfDoc(CORPUS / KF)
HTML = HtmlDoc(CORPUS / WF)
K, V = d.MUNI, d.WS


def _eq(a, b, what):
    if b is not None and abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: document gives {a}, data.py says {b}")


def pc(cap, row, col, want) -> dict:
    """a table cell in the Korsendael PDF"""
    c = PDF.cell(cap, row, col)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"not a number: {cap}/{row}/{col}: {c['printed']!r}")
    v = round(v * c["scale"], 6)
    _eq(v, want, f"{KF} {cap} / {row} / {col}")
    src = {"document": KF, "page": c["page"], "printed_page": c["printed_page"], "table": c["caption"],
           "caption_key": cap, "row": row, "column": col, "printed": c["printed"], "scale": c["scale"],
           "scale_statement": c["scale_statement"], "value": v}
    if c["continuation"]:
        src["on_continuation_page"] = True
        src["continued_caption"] = c["continued_caption"]
    if c["multirow_group"]:
        src["multirow_group_label"] = True
    return src


def hc(cap, row, col, want) -> dict:
    """a table cell in the Vlietmonde web page"""
    c = HTML.cell(cap, row, col)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"not a number: {cap}/{row}/{col}: {c['printed']!r}")
    v = round(v * c["scale"], 6)
    _eq(v, want, f"{WF} {cap} / {row} / {col}")
    src = {"document": WF, "section": c["section"], "table": c["caption"], "caption_key": cap, "part": c["part"],
           "row": row, "column": col, "printed": c["printed"], "scale": c["scale"],
           "scale_statement": c["scale_statement"], "value": v}
    if c["footnote_marker"]:
        src["footnote_marker_on_label"] = c["footnote_marker"]
    return src


def kpi(label, want) -> dict:
    printed = HTML.kpis()[label]
    scale = 1_000_000 if printed.endswith("mln") else 1
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"KPI {label}")
    return {"document": WF, "section": "section#in-het-kort 'De begroting in het kort' > div.kpi", "kpi": label,
            "printed": printed, "scale": scale, "scale_statement": "'mln' in the card value", "value": v}


def pp(phrase, printed, want, scale=1) -> dict:
    pages = PDF.prose(phrase)
    if not pages or printed not in phrase:
        raise SystemExit(f"prose not found in {KF}: {phrase}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {phrase}")
    return {"document": KF, "page": pages[0], "printed_page": PDF.printed_page(pages[0]), "prose": phrase,
            "printed": printed, "scale": scale,
            "scale_statement": "miljoen" if scale == 1_000_000 else "whole units in the text", "value": v}


def hp(phrase, printed, want, scale=1) -> dict:
    where = HTML.prose(phrase)
    if not where or printed not in phrase:
        raise SystemExit(f"prose not found in {WF}: {phrase}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {phrase}")
    return {"document": WF, "section": where[0], "prose": phrase, "printed": printed, "scale": scale,
            "scale_statement": "whole units in the text", "value": v}


def fmt_nl(v: float) -> str:
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    return f"{v:,.4f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")


def alt(srcs, op=None, signs=None) -> dict:
    """op None: one source; 'add': sum; 'sub': first - second; 'signed': sum of sign * value"""
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [s["value"] for s in srcs]
    if op == "add":
        signs = [1] * len(a)
    elif op == "sub":
        signs = [1, -1]
    v = sum(sg * x for sg, x in zip(signs, a))
    der = fmt_nl(a[0]) if signs[0] > 0 else "-" + fmt_nl(a[0])
    for sg, x in zip(signs[1:], a[1:]):
        der += (" + " if sg > 0 else " - ") + fmt_nl(x)
    der += f" = {fmt_nl(round(v, 6))}"
    return {"value": round(v, 6), "op": "signed", "signs": signs, "derivation": der, "sources": srcs}


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
    return {"question": q, "kind": "figure", "expect": exp}, {"kind": "figure", "main": m, "accept": accs}


def text(q, include, body, where, exclude=None):
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


def conv(cid, turns, scope):
    c = {"id": cid, "municipality": scope, "turns": []}
    PROV[cid] = []
    for turn, prov in turns:
        t = {"question": turn["question"], "kind": turn["kind"]}
        if "expect" in turn:
            t["expect"] = turn["expect"]
        c["turns"].append(t)
        PROV[cid].append(prov)
    CASES.append(c)


P = d.PROG
PRIM, WIJZ, REAL = "Begroting 2039 primitief", "Begroting 2039 na wijziging", "Realisatie 2039"
COLS = (PRIM, WIJZ, REAL)
KOST = {pid: f"Wat heeft het gekost? {P[pid]['name']}" for pid in P}
OVZ = "Overzicht van baten en lasten per programma"
TVT = "Lasten en baten per taakveld"
ROW = {"lasten": "Lasten", "baten": "Baten", "saldo": "Saldo van baten en lasten", "result": "Resultaat"}


def prog(pid, key, i):
    return pc(KOST[pid], ROW[key], COLS[i], P[pid][key][i] * 1000)


def ovz(pid, key, i):
    return pc(OVZ, f"{pid} {P[pid]['name']} / {ROW[key]}", COLS[i], P[pid][key][i] * 1000)


def tv(code, col):
    name, _, la, ba = d.TV[code]
    want = {"Lasten": la, "Baten": ba, "Saldo": ba - la}[col]
    return pc(TVT, f"{code} {name}", col, want)


def ind(pid, name, col):
    row = [r for r in d.INDICATORS[pid] if r[0] == name][0]
    want = {"Streefwaarde 2039": row[2], "Realisatie 2039": row[3], "Realisatie 2038": row[4]}[col]
    return pc(f"Indicatoren {P[pid]['name']}", name, col, want)


RES = {r[0]: r for r in d.RESERVES}
KG = {r[0]: r for r in d.KENGETALLEN}
PAS = {r[0]: r for r in d.PASSIVA}
ACT = {r[0]: r for r in d.ACTIVA}
eu = lambda v: "€ " + fmt_nl(v)   # noqa: E731

# =====================================================================================================
# Gemeente Korsendael, Jaarstukken 2039 (LaTeX PDF)
# =====================================================================================================
case("ah-k-p5-lasten", fig(
    "Wat waren de werkelijke lasten van programma 5 Sociaal domein in 2039?",
    prog("5", "lasten", 2), K, accept=[ovz("5", "lasten", 2)]), scope=K)
case("ah-k-brandweer", fig(
    "Wat kostte de brandweer de gemeente Korsendael in 2039?", tv("1.1", "Lasten"), K))
case("ah-k-jeugdhulp-meer", fig(
    "Hoeveel ging er in Korsendael in 2039 meer naar jeugdhulp dan begroot?",
    pp(f"Hiervan komt {eu(d.JEUGD_OVERSCHRIJDING)} voor rekening van de jeugdhulp",
       fmt_nl(d.JEUGD_OVERSCHRIJDING), d.JEUGD_OVERSCHRIJDING), K))
case("ah-k-resultaat", fig(
    "Met welk resultaat sluit de jaarrekening 2039 van de gemeente Korsendael?",
    pp(f"De jaarrekening 2039 sluit met een voordelig resultaat van {eu(d.RESULT_EUR)}.", fmt_nl(d.RESULT_EUR),
       d.RESULT_EUR), K,
    accept=[pc(OVZ, "Resultaat", REAL, d.RESULT_K * 1000),
            pc("Voorstel resultaatbestemming", "Totaal resultaat 2039", "Bedrag", d.RESULT_EUR),
            pc("Kerncijfers", "Resultaat", REAL, d.MLN["result"][2] * 1_000_000)]))
case("ah-k-alg-reserve-eind", fig(
    "Hoe groot was de algemene reserve van Korsendael op 31 december 2039?",
    pc("Verloop van de reserves", "Algemene reserve", "Stand 31-12-2039", d.RES_END["Algemene reserve"] * 1000), K,
    accept=[pc("passiva", "Algemene reserve", "31-12-2039", PAS["Algemene reserve"][1] * 1000)]))
OZB = d.TV["0.61"][3] + d.TV["0.62"][3]
case("ah-k-ozb-totaal", fig(
    "Hoeveel heeft de OZB de gemeente Korsendael in 2039 in totaal opgeleverd, woningen en niet-woningen samen?",
    alt([tv("0.61", "Baten"), tv("0.62", "Baten")], "add"), K))
case("ah-k-riolering", fig(
    "Wat gaf Korsendael in 2039 uit aan de riolering?", tv("7.2", "Lasten"), K))
case("ah-k-grondexploitatie-saldo", fig(
    "Wat was in 2039 het saldo van taakveld 8.2 Grondexploitatie (niet-bedrijventerreinen)?",
    tv("8.2", "Saldo"), K), scope=K)
case("ah-k-weerstandsratio", fig(
    "Wat is de weerstandsratio van Korsendael?",
    pp(f"De weerstandsratio komt daarmee op {fmt_nl(d.WEERSTAND_RATIO)}", fmt_nl(d.WEERSTAND_RATIO),
       d.WEERSTAND_RATIO), K, unit=None, tol=0.005))
g, gr = d.WNT
case("ah-k-secretaris", fig(
    "Wat verdiende de gemeentesecretaris van Korsendael in 2039?",
    pc("Bezoldiging topfunctionarissen", "Bezoldiging", "Gemeentesecretaris", d.WNT_TOT[g[0]]), K,
    accept=[pc("Bezoldiging topfunctionarissen", "Beloning plus belastbare onkostenvergoedingen", "Gemeentesecretaris",
               g[4])]))
case("ah-k-griffier-max", fig(
    "Wat was het bezoldigingsmaximum dat in 2039 voor de griffier gold?",
    pc("Bezoldiging topfunctionarissen", "Individueel toepasselijk bezoldigingsmaximum", "Griffier", d.WNT_MAX[gr[0]]),
    K, accept=[pp(f"Het algemeen bezoldigingsmaximum bedroeg in 2039 {eu(d.WNT_MAX_FULL)}.", fmt_nl(d.WNT_MAX_FULL),
                  d.WNT_MAX_FULL)]), scope=K)
case("ah-k-p2-boven-begroting", fig(
    "Hoeveel hoger vielen de lasten van Fysieke leefomgeving in Korsendael uit dan oorspronkelijk begroot?",
    alt([prog("2", "lasten", 2), prog("2", "lasten", 0)], "sub"), K,
    accept=[pc(KOST["2"], "Lasten", "Verschil", (P["2"]["lasten"][2] - P["2"]["lasten"][1]) * 1000),
            alt([prog("2", "lasten", 2), prog("2", "lasten", 1)], "sub")]))
case("ah-k-sociale-huur", fig(
    "Hoeveel van de in 2039 opgeleverde nieuwbouwwoningen in Korsendael waren sociale huurwoningen?",
    pp("In 2039 zijn 212 nieuwbouwwoningen opgeleverd, waarvan 74 in de sociale huur.", "74", 74), K, unit="count"))
case("ah-k-op-de-bank", fig(
    "Hoeveel geld had de gemeente Korsendael eind 2039 op de bank staan?",
    pc("activa", "Liquide middelen", "31-12-2039", d.LIQUIDE[0] * 1000), K))
case("ah-k-p4-baten-primitief", fig(
    "Welke baten waren in de primitieve begroting 2039 geraamd voor programma 4 Onderwijs, sport en cultuur?",
    ovz("4", "baten", 0), K, accept=[prog("4", "baten", 0)]), scope=K)

# conversations
conv("ah-k-conv-sociaal", [
    fig("Wat waren in 2039 de werkelijke lasten van het sociaal domein in Korsendael?", prog("5", "lasten", 2), K,
        accept=[ovz("5", "lasten", 2)]),
    fig("En wat was begroot?", prog("5", "lasten", 1), K, accept=[prog("5", "lasten", 0)]),
    fig("En de baten?", prog("5", "baten", 1), K, accept=[prog("5", "baten", 0), prog("5", "baten", 2)]),
], K)
nsq = KG["Netto schuldquote"]
sv = KG["Solvabiliteitsratio"]
conv("ah-k-conv-kengetallen", [
    fig("Wat was de netto schuldquote van Korsendael in 2039?",
        pc("Financiële kengetallen", "Netto schuldquote", "Realisatie 2039", nsq[2]), K, unit="percent", tol=0.05,
        accept=[pc("Financiële kengetallen", "Netto schuldquote", "Begroting 2039", nsq[1])]),
    fig("En vorig jaar?", pc("Financiële kengetallen", "Netto schuldquote", "Realisatie 2038", nsq[3]), K,
        unit="percent", tol=0.05),
    fig("En de solvabiliteitsratio in 2039?", pc("Financiële kengetallen", "Solvabiliteitsratio", "Realisatie 2039", sv[2]),
        K, unit="percent", tol=0.05, accept=[pc("Financiële kengetallen", "Solvabiliteitsratio", "Begroting 2039", sv[1])]),
], K)
vs = PAS["Vaste schulden (looptijd één jaar of langer)"]
conv("ah-k-conv-schulden", [
    fig("Hoeveel vaste schulden had Korsendael eind 2039?",
        pc("passiva", vs[0], "31-12-2039", vs[1] * 1000), K),
    fig("En een jaar eerder?", pc("passiva", vs[0], "31-12-2038", vs[2] * 1000), K),
    fig("Hoeveel zijn de vaste schulden dus gedaald?",
        alt([pc("passiva", vs[0], "31-12-2038", vs[2] * 1000), pc("passiva", vs[0], "31-12-2039", vs[1] * 1000)],
            "sub"), K),
], K)
conv("ah-k-conv-jeugd", [
    fig("Welk percentage van de jongeren in Korsendael had in 2039 jeugdhulp?",
        ind("5", "Jongeren met jeugdhulp", "Realisatie 2039"), K, unit="percent", tol=0.05),
    fig("En wat was het streven?", ind("5", "Jongeren met jeugdhulp", "Streefwaarde 2039"), K, unit="percent", tol=0.05),
    fig("En het jaar ervoor?", ind("5", "Jongeren met jeugdhulp", "Realisatie 2038"), K, unit="percent", tol=0.05),
], K)
rsd = RES["Reserve sociaal domein"]
conv("ah-k-conv-reserve", [
    fig("Hoeveel is er in 2039 onttrokken aan de reserve sociaal domein van Korsendael?",
        pc("Verloop van de reserves", rsd[0], "Onttrekking", rsd[4] * 1000), K),
    fig("Wat zat er aan het begin van dat jaar in?", pc("Verloop van de reserves", rsd[0], "Stand 1-1-2039", rsd[2] * 1000),
        K),
    fig("En hoeveel wil het college er uit het resultaat aan toevoegen?",
        pc("Voorstel resultaatbestemming", "Reserve sociaal domein (jeugdhulp)", "Bedrag", d.BESTEMMING[0][1]), K,
        accept=[pp(f"{eu(d.BESTEMMING[0][1])} toevoegen aan de reserve sociaal domein", fmt_nl(d.BESTEMMING[0][1]),
                   d.BESTEMMING[0][1])]),
], K)

# refusals
case("ah-k-weiger-2040", refusal(
    "Wat waren de werkelijke lasten van het sociaal domein in Korsendael over 2040?",
    {KF: {"table_header_lacks": [[KOST["5"], "2040"], [OVZ, "2040"], [TVT, "2040"]],
          "no_amount_sentence_with": [["2040"]]}},
    "the jaarstukken cover 2039 (realisatie) with 2038 for comparison; 2040 only occurs as the date of the council "
    "meeting on the cover"), scope=K)
case("ah-k-weiger-burgemeester", refusal(
    "Wat was de bezoldiging van de burgemeester van Korsendael in 2039?",
    {KF: {"table_header_lacks": [["Bezoldiging topfunctionarissen", "urgemeester"]],
          "no_amount_sentence_with": [["burgemeester"]]}},
    "a figure that only seems to be there: the WNT table lists the gemeentesecretaris and the griffier; the text says "
    "the burgemeester falls outside the WNT and is not in the overview"))
case("ah-k-weiger-paspoort", refusal(
    "Wat kost een paspoort aanvragen in Korsendael?",
    {KF: {"not_in_text": ["paspoort", "leges", "reisdocument"]}, WF: {"not_in_text": ["paspoort"]}},
    "no leges in the jaarstukken (taakveld 0.2 Burgerzaken has totals only)"))
case("ah-k-weiger-ozb-tarief", refusal(
    "Wat is het OZB-tarief voor woningen in Korsendael?",
    {KF: {"not_in_text": ["tarief", "tarieven"], "no_sentence_with": [["OZB", "%"]]}, WF: {"not_in_text": ["OZB"]}},
    "the jaarstukken give the OZB opbrengst per taakveld, but no tariff; the waterschap page has its own tarieven"),
    scope=K)

# text
case("ah-k-tekst-sociaal", text(
    "Waarom was het sociaal domein in Korsendael in 2039 duurder dan begroot?",
    ["jeugdhulp", ["verblijfsindicatie", "inkooporganisatie", "Wmo"]], K,
    {"document": KF, "phrase": "het aantal jongeren met een verblijfsindicatie nam toe"}))
case("ah-k-tekst-wonen-doel", text(
    "Wat wilde de gemeente bereiken met programma 3 Economie en wonen?",
    [["betaalbare woningen", "betaalbare"], ["starters", "ouderen"]], K,
    {"document": KF, "phrase": "Wij willen voldoende betaalbare woningen voor starters en ouderen"}), scope=K)
case("ah-k-tekst-dommerzijl", text(
    "Waarom zijn er in Korsendael minder kavels verkocht in Dommerzijl-West?",
    ["bestemmingsplan", ["onherroepelijk", "later"]], K,
    {"document": KF, "phrase": "doordat het bestemmingsplan later onherroepelijk werd"}))
case("ah-k-tekst-weerstand", text(
    "Kan de gemeente Korsendael financiële tegenvallers opvangen?",
    [["ruim voldoende", "1,9"]], K,
    {"document": KF, "phrase": "dat is volgens de norm van de raad ruim voldoende"}))
case("ah-k-tekst-bestemming", text(
    "Waarom stelt het college van Korsendael voor een deel van het resultaat naar de reserve sociaal domein te brengen?",
    ["jeugdhulp", ["tekorten", "tekort"]], K,
    {"document": KF, "phrase": "om de verwachte tekorten bij de jeugdhulp op te vangen"}))

# which of several figures
case("ah-k-welke-begroot-sociaal", text(
    "Hoeveel was er voor 2039 begroot voor het sociaal domein in Korsendael?",
    [["41.310", "41,3"], ["42.876", "42,9"]], K,
    {"candidates": [prog("5", "lasten", 0), prog("5", "lasten", 1)],
     "why": "two budgets are printed (primitief and na wijziging); an honest answer names both or asks which one"}))

# any
case("ah-k-any-financieel", anyk(
    "Hoe staat de gemeente Korsendael er financieel voor?", K, [fmt_nl(d.WS_RES_TOT[0])],
    "any honest answer citing Korsendael; it must not borrow the waterschap's total reserves (20.495, x € 1.000)",
    hc("Verloop van de reserves in 2040", "Totaal", "Stand 1-1-2040", d.WS_RES_TOT[0] * 1000)), scope=K)

# =====================================================================================================
# Waterschap Vlietmonde, Begroting 2040 (HTML)
# =====================================================================================================
PT = "Lasten en baten per programma"
YC = {2040: "Begroting 2040", 2041: "Meerjarenraming 2041", 2042: "Meerjarenraming 2042", 2043: "Meerjarenraming 2043"}
WP = {p[0]: p for p in d.WS_PROG}
YI = {y: i for i, y in enumerate(d.WS_YEARS)}


def wp(name, row, year):
    want = WP[name][1 if row == "Lasten" else 2][YI[year]] * 1000
    return hc(PT, f"{name} / {row}", YC[year], want)


TAR = d.WS_TAR
LD = d.WS_LASTENDRUK
INV = {i[0]: i for i in d.WS_INVEST}
WR = {r[0]: r for r in d.WS_RESERVES}

case("ah-w-ingezetenen", fig(
    "Hoeveel ingezetenenheffing betaal ik in 2040 aan Waterschap Vlietmonde?",
    hc("Tarieven waterschapsbelastingen", "Ingezetenenheffing", "Tarief 2040", TAR["Ingezetenenheffing"][3]), V,
    tol=0.005))
case("ah-w-koophuis-gezin", fig(
    "Ik woon met mijn gezin in een koophuis in het gebied van Waterschap Vlietmonde. Wat betalen we in 2040 aan het "
    "waterschap?",
    hc("Wat betaalt een huishouden", "Meerpersoonshuishouden, eigen woning", "2040",
       LD["Meerpersoonshuishouden, eigen woning"][1]), V, tol=0.005))
case("ah-w-alleen-huur-meer", fig(
    "Hoeveel meer gaat een alleenstaande in een huurhuis in 2040 aan Waterschap Vlietmonde betalen dan in 2039?",
    hc("Wat betaalt een huishouden", "Eenpersoonshuishouden, huurwoning", "Verschil",
       d.WS_LD_DIFF["Eenpersoonshuishouden, huurwoning"]), V, tol=0.005,
    accept=[alt([hc("Wat betaalt een huishouden", "Eenpersoonshuishouden, huurwoning", "2040",
                    LD["Eenpersoonshuishouden, huurwoning"][1]),
                 hc("Wat betaalt een huishouden", "Eenpersoonshuishouden, huurwoning", "2039",
                    LD["Eenpersoonshuishouden, huurwoning"][0])], "sub")]))
dk = INV["Dijkversterking Kleiwaard-Noord"]
case("ah-w-dijk-investering", fig(
    "Hoeveel investeert het waterschap in 2040 in de dijkversterking Kleiwaard-Noord?",
    hc("Investeringen 2040", dk[0], "Bruto investering", dk[2]), V,
    accept=[hc("Investeringen 2040", dk[0], "Netto investering", d.WS_INV_NETTO[dk[0]])]), scope=V)
case("ah-w-invest-totaal", fig(
    "Hoeveel investeert Waterschap Vlietmonde in 2040 in totaal?",
    hc("Investeringen 2040", "Totaal", "Bruto investering", d.WS_INV_TOT[0]), V,
    accept=[kpi("Bruto investeringen 2040", d.KPI["Bruto investeringen 2040"] * 1e6),
            hp(f"In 2040 investeren we bruto {eu(d.WS_INV_TOT[0])}.", fmt_nl(d.WS_INV_TOT[0]), d.WS_INV_TOT[0]),
            hc("Investeringen 2040", "Totaal", "Netto investering", d.WS_INV_TOT[2])]))
ar = WR["Algemene reserve"]
case("ah-w-alg-reserve", fig(
    "Hoe groot is de algemene reserve van Waterschap Vlietmonde eind 2040?",
    hc("Verloop van de reserves in 2040", "Algemene reserve", "Stand 31-12-2040", d.WS_RES_END["Algemene reserve"] * 1000),
    V, accept=[kpi("Algemene reserve eind 2040", d.KPI["Algemene reserve eind 2040"] * 1e6)]))
case("ah-w-belastingen-2040", fig(
    "Hoeveel haalt Waterschap Vlietmonde in 2040 op aan waterschapsbelastingen?",
    alt([hc(PT, "Waterschapsbelastingen / Watersysteemheffing", YC[2040], d.WS_WSH[0] * 1000),
         hc(PT, "Waterschapsbelastingen / Zuiveringsheffing", YC[2040], d.WS_ZH[0] * 1000)], "add"), V,
    accept=[kpi("Opbrengst waterschapsbelastingen", d.KPI["Opbrengst waterschapsbelastingen"] * 1e6)]))
lz = INV["Herinrichting beekdal Lutterzand"]
case("ah-w-provincie-lutterzand", fig(
    "Hoeveel draagt de provincie bij aan de herinrichting van het beekdal van de Lutterzand?",
    hp(f"de provincie draagt {eu(lz[3])} bij", fmt_nl(lz[3]), lz[3]), V,
    accept=[hc("Investeringen 2040", lz[0], "Subsidie", lz[3])]), scope=V)
case("ah-w-dijk-km", fig(
    "Hoeveel kilometer dijk versterkt Waterschap Vlietmonde in 2040?",
    hp(f"In 2040 versterken we {fmt_nl(d.WS_DIJK_KM).replace('.', ',')} kilometer dijk bij Kleiwaard-Noord.",
       "4,2", d.WS_DIJK_KM), V, unit=None, tol=0.05))
progs = [p[0] for p in d.WS_PROG]
case("ah-w-lasten-groei", fig(
    "Met hoeveel stijgen de totale lasten van Waterschap Vlietmonde van 2040 tot 2043?",
    alt([hc(PT, "Totaal lasten", YC[2043], d.WS_LT_TOT[3] * 1000), hc(PT, "Totaal lasten", YC[2040], d.WS_LT_TOT[0] * 1000)],
        "sub"), V,
    accept=[alt([wp(nm, "Lasten", 2043) for nm in progs] + [wp(nm, "Lasten", 2040) for nm in progs], "signed",
                [1] * 4 + [-1] * 4)]))
case("ah-w-veiligheid-plus-water", fig(
    "Hoeveel geeft Waterschap Vlietmonde in 2040 samen uit aan waterveiligheid en aan voldoende en schoon water?",
    alt([wp("Waterveiligheid", "Lasten", 2040), wp("Voldoende en schoon water", "Lasten", 2040)], "add"), V))
case("ah-w-boer", fig(
    "Wat betaalt een boer met 20 hectare grond in 2040 aan Waterschap Vlietmonde?",
    hc("Wat betaalt een huishouden", "Agrarisch bedrijf, 20 hectare", "2040", LD["Agrarisch bedrijf, 20 hectare"][1]), V,
    tol=0.005))
case("ah-w-totale-lasten", fig(
    "Wat zijn de totale lasten van Waterschap Vlietmonde in 2040?",
    hc(PT, "Totaal lasten", YC[2040], d.WS_LT_TOT[0] * 1000), V,
    accept=[kpi("Totale lasten 2040", d.KPI["Totale lasten 2040"] * 1e6),
            alt([wp(nm, "Lasten", 2040) for nm in progs], "add")]))

# conversations
zh = TAR["Zuiveringsheffing"]
conv("ah-w-conv-zuivering", [
    fig("Wat is het tarief van de zuiveringsheffing bij Waterschap Vlietmonde in 2040?",
        hc("Tarieven waterschapsbelastingen", "Zuiveringsheffing", "Tarief 2040", zh[3]), V, tol=0.005),
    fig("En vorig jaar?", hc("Tarieven waterschapsbelastingen", "Zuiveringsheffing", "Tarief 2039", zh[2]), V, tol=0.005),
    fig("Met hoeveel procent stijgt het tarief dus?",
        hc("Tarieven waterschapsbelastingen", "Zuiveringsheffing", "Mutatie", d.WS_TAR_MUT["Zuiveringsheffing"]), V,
        unit="percent", tol=0.05),
], V)
conv("ah-w-conv-water", [
    fig("Wat zijn de lasten van het programma Voldoende en schoon water van Waterschap Vlietmonde in 2040?",
        wp("Voldoende en schoon water", "Lasten", 2040), V),
    fig("En in 2042?", wp("Voldoende en schoon water", "Lasten", 2042), V),
    fig("En de baten?", wp("Voldoende en schoon water", "Baten", 2042), V),
], V)
krw = WR["Bestemmingsreserve KRW-maatregelen"]
conv("ah-w-conv-krw", [
    fig("Wat staat er begin 2040 in de bestemmingsreserve KRW-maatregelen van Waterschap Vlietmonde?",
        hc("Verloop van de reserves in 2040", krw[0], "Stand 1-1-2040", krw[1] * 1000), V),
    fig("En aan het eind van het jaar?", hc("Verloop van de reserves in 2040", krw[0], "Stand 31-12-2040",
                                            d.WS_RES_END[krw[0]] * 1000), V),
], V)

# refusals
case("ah-w-weiger-2045", refusal(
    "Wat zijn de lasten van Waterveiligheid bij Waterschap Vlietmonde in 2045?",
    {WF: {"not_in_text": ["2045"]}}, "the meerjarenraming ends in 2043"), scope=V)
case("ah-w-weiger-medewerkers", refusal(
    "Hoeveel medewerkers heeft Waterschap Vlietmonde in dienst?",
    {WF: {"not_as_word": ["fte", "medewerkers", "formatie", "personeel"]}},
    "the begroting has no staff numbers"), scope=V)
case("ah-w-weiger-drinkwater", refusal(
    "Wat kost een kuub drinkwater bij Waterschap Vlietmonde?",
    {WF: {"not_in_text": ["drinkwater", "kuub", "m3", "m³"]}, KF: {"not_in_text": ["drinkwater"]}},
    "drinking water is not a waterschap task; no such tariff in either document"))
case("ah-w-weiger-dijk-2041", refusal(
    "Hoeveel investeert Waterschap Vlietmonde in 2041 in de dijkversterking Kleiwaard-Noord?",
    {WF: {"table_header_lacks": [["Investeringen 2040", "2041"]], "no_amount_sentence_with": [["Kleiwaard", "2041"]]}},
    "only the 2040 investments are printed; the prose says the project runs until 2042, without amounts per year"),
    scope=V)

# text
case("ah-w-tekst-zuivering", text(
    "Waarom stijgt de zuiveringsheffing van Waterschap Vlietmonde zo sterk?",
    [["Rietvenne", "kapitaallasten"], ["energie", "chemicaliën"]], V,
    {"document": WF, "phrase": "De zuiveringsheffing stijgt vooral door de kapitaallasten van de renovatie van rwzi Rietvenne"}))
case("ah-w-tekst-kwijtschelding", text(
    "Kan ik kwijtschelding krijgen voor de belasting van het waterschap?",
    ["kwijtschelding", ["laag inkomen", "ingezetenenheffing"]], V,
    {"document": WF, "phrase": "Inwoners met een laag inkomen kunnen kwijtschelding aanvragen"}), scope=V)
case("ah-w-tekst-droogte", text(
    "Wat doet Waterschap Vlietmonde tegen droogte?",
    [["water vast", "vasthouden"], ["gemaal", "Oostermade", "inlaten"]], V,
    {"document": WF, "phrase": "houden we meer water vast in de haarvaten van het watersysteem"}))
case("ah-w-tekst-egalisatie", text(
    "Waarom onttrekt Waterschap Vlietmonde niet meer aan de egalisatiereserve om de zuiveringsheffing lager te houden?",
    [["2042"], ["op zou zijn", "uitgeput", "sterk zou stijgen"]], V,
    {"document": WF, "phrase": "omdat de reserve dan al in 2042 op zou zijn"}))

# which of several figures
case("ah-w-welke-huishouden", text(
    "Wat betaalt een huishouden in 2040 aan Waterschap Vlietmonde?",
    [["215,06"], ["369,10"], ["458,16"]], V,
    {"candidates": [hc("Wat betaalt een huishouden", r, "2040", LD[r][1]) for r in
                    ("Eenpersoonshuishouden, huurwoning", "Meerpersoonshuishouden, huurwoning",
                     "Meerpersoonshuishouden, eigen woning")],
     "why": "the amount depends on the household (one or three vervuilingseenheden, huur or eigen woning); an honest "
            "answer names the example households or asks which one"}))

# any
case("ah-w-any-financieel", anyk(
    "Hoe gezond zijn de financiën van Waterschap Vlietmonde?", V, [fmt_nl(d.RES_TOT[0])],
    "any honest answer citing the waterschap; it must not borrow Korsendael's total reserves (35.229, x € 1.000)",
    pc("Verloop van de reserves", "Totaal reserves", "Stand 1-1-2039", d.RES_TOT[0] * 1000)), scope=V)

# =====================================================================================================
# both / neither
# =====================================================================================================
case("ah-x-welke-alg-reserve", text(
    "Hoe groot is de algemene reserve?",
    [["17.157", "17,2", "Korsendael"], ["12.420", "12,4", "Vlietmonde", "waterschap"]], None,
    {"candidates": [pc("Verloop van de reserves", "Algemene reserve", "Stand 31-12-2039", d.RES_END["Algemene reserve"] * 1000),
                    hc("Verloop van de reserves in 2040", "Algemene reserve", "Stand 31-12-2040",
                       d.WS_RES_END["Algemene reserve"] * 1000)],
     "why": "both documents print an algemene reserve (Korsendael end 2039, the waterschap end 2040); without a body "
            "named an honest answer names both or asks which one"}))
case("ah-x-weiger-wierhaven", refusal(
    "Wat zijn de lasten van het sociaal domein in de gemeente Wierhaven?",
    {KF: {"not_in_text": ["Wierhaven"]}, WF: {"no_amount_sentence_with": [["Wierhaven"]], "not_in_text": ["sociaal domein"]}},
    "Wierhaven is only named as part of the waterschap's area; its own begroting is not in the corpus"))
case("ah-x-weiger-hulsterveen", refusal(
    "Hoeveel geeft de gemeente Hulsterveen uit aan jeugdzorg?",
    {KF: {"not_in_text": ["Hulsterveen"]}, WF: {"not_in_text": ["Hulsterveen"]}}, "no such body in the corpus"))

# ---------------------------------------------------------------------------------------------------------
hdr = ("# GENERATED by source/gen_cases.py -- do not edit by hand. set-ah: Gemeente Korsendael, Jaarstukken 2039\n"
       "# (LaTeX PDF) and Waterschap Vlietmonde, Begroting 2040 (HTML web page). Format: FORMAT.md v1.\n"
       "# Amounts in euros (x € 1.000 tables x 1000, x € 1 mln x 1.000.000); values keep the printed sign; signed is never set.\n")
(SET / "cases.yaml").write_text(hdr + yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True,
                                                     sort_keys=False, width=120), encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nt = sum(len(c.get("turns", [c])) for c in CASES)
print(f"wrote {len(CASES)} cases, {nt} turns")
