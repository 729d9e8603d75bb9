"""Write ../cases.yaml and provenance.json for set-ak.

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
from extract import MdDoc, WordPdf, parse_num
from fmt import nl_int, nl_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
WF, KF = d.W_FILE, d.K_FILE
W = WordPdf(CORPUS / WF)
M = MdDoc(CORPUS / KF)
WB, KB = d.W_BODY, d.K_BODY
K = 1000
MLN = 1_000_000
RATIO = "a ratio; the table's 'x € 1.000' does not apply"


def _eq(a, b, what):
    if abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def wc(title, row, col, want, group=None, note=None):
    """a cell of the Word PDF; want in euros (or units)"""
    c = W.cell(title, row, col, group=group)
    scale = 1 if note else c["scale"]
    v = round(parse_num(c["printed"]) * scale, 6)
    _eq(v, want, f"{WF} {title}/{group}/{row}/{col}")
    src = {"document": WF, "page": c["page"], "section": c["section"], "table": c["table"], "table_title": title,
           "row": row, "column": col, "printed": c["printed"], "scale": scale,
           "scale_statement": c["scale_statement"], "value": v}
    if group:
        src["group"] = group
    if c["continuation_page"]:
        src["continuation_page"] = True
    if note:
        src["note"] = note
    return src


def mc(key, row, col, want, group=None, note=None):
    """a cell of the Markdown jaarstukken"""
    c = M.cell(key, row, col, group=group)
    scale = 1 if note else c["scale"]
    v = round(parse_num(c["printed"]) * scale, 6)
    _eq(v, want, f"{KF} {key}/{row}/{col}")
    src = {"document": KF, "section": c["section"], "table": c["table"], "table_key": key,
           "table_kind": c["table_kind"], "line": c["line"], "row": row, "column": col, "printed": c["printed"],
           "scale": scale, "scale_statement": c["scale_statement"], "value": v}
    if group:
        src["group"] = group
    if note:
        src["note"] = note
    return src


def pr(doc, fragment, printed, want, scale=1):
    where = W.prose(fragment) if doc == WF else M.prose(fragment)
    if not where or printed not in fragment:
        raise SystemExit(f"prose not found in {doc}: {fragment}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {fragment}")
    src = {"document": doc, "prose": fragment, "printed": printed, "scale": scale,
           "scale_statement": {1: "whole units in the text", MLN: "'miljoen' in the text"}[scale], "value": v}
    src["page" if doc == WF else "section"] = where[0]
    return src


def alt(srcs, op=None, nd=None):
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


def text(cid, q, body, include, where, scope=None):
    add(cid, {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
        {"kind": "text", "where": where}, scope)


def which(cid, q, cands, include, scope=None, why=""):
    """a question with several honest figures: kind text, one include group per candidate; no municipality
    condition (a clarifying answer need not cite)"""
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "why": why}, scope)


def anyc(cid, q, body, exclude, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": WF if body == WB else KF}, scope)


def wpage(fragment):
    pages = W.prose(fragment)
    if not pages:
        raise SystemExit(f"passage not found in {WF}: {fragment}")
    return pages[0]


def msec(fragment):
    secs = M.prose(fragment)
    if not secs:
        raise SystemExit(f"passage not found in {KF}: {fragment}")
    return secs[0]


L, B, Y = d.LASTEN, d.BATEN, d.YCOL
SD, WR, OR, BB = d.PROGS
OVZ = "Overzicht van baten en lasten"
MJR = "Meerjarenraming 2044-2047 per programma"
BIJL = "Lasten en baten per taakveld 2044"
TAR = "Tarieven lokale heffingen"
KG = "Financiële kengetallen"
VP = "Bijdragen aan verbonden partijen"
RES = "Verloop reserves 2044"
ADMT = "Algemene dekkingsmiddelen (netto)"


def prog(p):
    return f"Wat mag het kosten? {p}"


def tv(p):
    return f"Taakvelden {p} 2044"


def vp(name):
    return [x for x in d.VP if x[0] == name][0]


# ================================================================================================ Wervelstede: figures
fig("ak-w-01", "Wat zijn de lasten van het programma Sociaal domein in 2044?", WB,
    alt(wc(prog(SD), "Lasten", "Begroting 2044", L[SD][2] * K)),
    [alt(wc(OVZ, SD, "Begroting 2044", L[SD][2] * K, group="Lasten")),
     alt(wc(tv(SD), "Totaal programma", "Lasten 2044", L[SD][2] * K))], scope=WB)
fig("ak-w-02", "Hoeveel geeft Wervelstede in 2047 uit aan de openbare ruimte?", WB,
    alt(wc(prog(OR), "Lasten", "Meerjarenraming 2047", L[OR][5] * K)),
    [alt(wc(MJR, OR, "2047 Lasten", L[OR][5] * K))])
fig("ak-w-03", "Wat waren de baten van Wonen en ruimte in de rekening 2042?", WB,
    alt(wc(prog(WR), "Baten", "Rekening 2042", B[WR][0] * K)),
    [alt(wc(OVZ, WR, "Rekening 2042", B[WR][0] * K, group="Baten"))], scope=WB)
fig("ak-w-04", "Wat is het saldo van programma 4 Bestuur en bedrijfsvoering in de begroting 2043?", WB,
    alt(wc(prog(BB), "Saldo", "Begroting 2043", d.SALDO[BB][1] * K)), scope=WB)
fig("ak-w-05", "Wat zijn de totale lasten van de gemeente Wervelstede in 2045?", WB,
    alt(wc(OVZ, "Totaal lasten", "Meerjarenraming 2045", d.TOT_L[3] * K)),
    [alt(wc(MJR, "Totaal voor mutaties reserves", "2045 Lasten", d.TOT_L[3] * K))])
fig("ak-w-06", "Wat is het geraamde resultaat voor 2046?", WB,
    alt(wc(OVZ, "Geraamd resultaat", "Meerjarenraming 2046", d.RESULTAAT[4] * K)),
    [alt(wc("Structureel begrotingssaldo", "Geraamd resultaat", "2046", d.RESULTAAT[4] * K))], scope=WB)
fig("ak-w-07", "Wat kost de brandweer ons in 2044?", WB,
    alt(wc(tv(BB), "1.1", "Lasten 2044", d.TVD["1.1"][1] * K)),
    [alt(wc(BIJL, "1.1", "Lasten", d.TV_EUR["1.1"][0])),
     alt(wc(VP, "Veiligheidsregio Lingehorst", "Bijdrage 2044", vp("Veiligheidsregio Lingehorst")[3] * K))],
    scope=WB)
fig("ak-w-08", "Hoeveel gaat er in 2044 naar maatwerkdienstverlening voor volwassenen in Wervelstede?", WB,
    alt(wc(tv(SD), "6.71", "Lasten 2044", d.TVD["6.71"][1] * K)),
    [alt(wc(BIJL, "6.71", "Lasten", d.TV_EUR["6.71"][0]))])
fig("ak-w-09", "Wat is het OZB-tarief voor eigenaren van een woning in 2044?", WB,
    alt(wc(TAR, "OZB woningen, eigenaar", "Tarief 2044", d.TARIEF_D["OZB woningen, eigenaar"][3])),
    unit="percent", scope=WB)
fig("ak-w-10", "Wat betaal ik in Wervelstede in 2044 aan afvalstoffenheffing als ik alleen woon?", WB,
    alt(wc(TAR, "Afvalstoffenheffing eenpersoonshuishouden", "Tarief 2044",
           d.TARIEF_D["Afvalstoffenheffing eenpersoonshuishouden"][3])))
fig("ak-w-11", "Wat is de weerstandsratio in de begroting 2044 van Wervelstede?", WB,
    alt(wc("Weerstandsvermogen", "Ratio weerstandsvermogen", "Begroting 2044", d.WV_RATIO[1], note=RATIO)),
    [alt(pr(WF, "Met een ratio van 1,75 is het weerstandsvermogen ruim voldoende", "1,75", d.WV_RATIO[1]))],
    unit=None)
fig("ak-w-12", "Hoeveel draagt Wervelstede in 2044 bij aan de GGD?", WB,
    alt(wc(VP, "GGD Lingehorst", "Bijdrage 2044", vp("GGD Lingehorst")[3] * K)))
fig("ak-w-13", "Hoeveel investeert de gemeente Wervelstede in totaal in 2044?", WB,
    alt(wc("Investeringsplanning 2044-2047", "Totaal investeringen", "2044", d.INV_TOT[0] * K)),
    [alt(pr(WF, "In 2044 investeren we bijna € 15 miljoen", "15", 15 * MLN, MLN))])
fig("ak-w-14", "Met hoeveel euro stijgen de lasten van het sociaal domein van 2043 naar 2044?", WB,
    alt([wc(prog(SD), "Lasten", "Begroting 2044", L[SD][2] * K),
         wc(prog(SD), "Lasten", "Begroting 2043", L[SD][1] * K)], "sub"),
    [alt(pr(WF, "De lasten van het sociaal domein stijgen ten opzichte van 2043 met ruim € 2 miljoen", "2",
            2 * MLN, MLN))], scope=WB)
fig("ak-w-15", "Wat kost de jeugdzorg in 2044 samen, maatwerk en geëscaleerde zorg voor jongeren onder de 18?", WB,
    alt([wc(tv(SD), "6.72", "Lasten 2044", d.TVD["6.72"][1] * K),
         wc(tv(SD), "6.82", "Lasten 2044", d.TVD["6.82"][1] * K)], "add"),
    [alt([wc(BIJL, "6.72", "Lasten", d.TV_EUR["6.72"][0]), wc(BIJL, "6.82", "Lasten", d.TV_EUR["6.82"][0])],
         "add")], scope=WB)
fig("ak-w-16", "Welk percentage van alle lasten in 2044 gaat naar het sociaal domein?", WB,
    alt([wc(OVZ, SD, "Begroting 2044", L[SD][2] * K, group="Lasten"),
         wc(OVZ, "Totaal lasten", "Begroting 2044", d.TOT_L[2] * K)], "share"),
    unit="percent", tol=0.06, scope=WB)
fig("ak-w-17", "Hoeveel OZB betalen eigenaren en gebruikers van niet-woningen samen in 2044?", WB,
    alt([wc("Opbrengst lokale heffingen", "OZB niet-woningen eigenaren", "Begroting 2044",
            d.OPBR["OZB niet-woningen eigenaren"][1] * K),
         wc("Opbrengst lokale heffingen", "OZB niet-woningen gebruikers", "Begroting 2044",
            d.OPBR["OZB niet-woningen gebruikers"][1] * K)], "add"),
    [alt(wc(BIJL, "0.62", "Baten", d.TV_EUR["0.62"][1]))], scope=WB)
fig("ak-w-18", "Hoeveel woningen gaat Wervelstede bouwen in Wervelweide?", WB,
    alt(pr(WF, f"In Wervelweide starten we de bouw van {d.WONINGEN_WERVELWEIDE} woningen", "340",
           d.WONINGEN_WERVELWEIDE)), unit="count")
fig("ak-w-19", "Hoe groot is de algemene uitkering uit het gemeentefonds in 2044?", WB,
    alt(wc(ADMT, "Algemene uitkering gemeentefonds", "Begroting 2044",
           d.ADM_NET["Algemene uitkering gemeentefonds"][1] * K)),
    [alt(wc(BIJL, "0.7", "Baten", d.TV_EUR["0.7"][1]))], scope=WB)
fig("ak-w-20", "Hoeveel nadeel geeft de jeugdhulp op het saldo van het sociaal domein ten opzichte van 2043?", WB,
    alt(wc("Verschillen begroting 2044 ten opzichte van begroting 2043, Sociaal domein",
           "Jeugdhulp: hogere tarieven en meer jeugdigen met maatwerk", "Bedrag", d.VN[0][1] * K)), scope=WB)

# conversations, Wervelstede
conv("ak-w-conv-01", WB, [
    fig_turn("Wat zijn de lasten van Openbare ruimte in 2044?", WB,
             alt(wc(prog(OR), "Lasten", "Begroting 2044", L[OR][2] * K)),
             [alt(wc(OVZ, OR, "Begroting 2044", L[OR][2] * K, group="Lasten")),
              alt(wc(MJR, OR, "2044 Lasten", L[OR][2] * K))]),
    fig_turn("En in 2047?", WB, alt(wc(prog(OR), "Lasten", "Meerjarenraming 2047", L[OR][5] * K)),
             [alt(wc(MJR, OR, "2047 Lasten", L[OR][5] * K))]),
    fig_turn("En de baten?", WB, alt(wc(prog(OR), "Baten", "Meerjarenraming 2047", B[OR][5] * K)),
             [alt(wc(MJR, OR, "2047 Baten", B[OR][5] * K))]),
])
conv("ak-w-conv-02", None, [
    fig_turn("Wat is de stand van de Algemene reserve van Wervelstede op 1 januari 2044?", WB,
             alt(wc(RES, "Algemene reserve", "Stand 1-1-2044", d.RES["Algemene reserve"][0] * K))),
    fig_turn("En aan het eind van 2044?", WB,
             alt(wc(RES, "Algemene reserve", "Stand 31-12-2044", d.RES_END["Algemene reserve"] * K)),
             [alt(wc("Weerstandsvermogen", "Algemene reserve (stand 31 december)", "Begroting 2044",
                     d.WV_AR[1] * K))]),
])
conv("ak-w-conv-03", WB, [
    fig_turn("Hoe hoog is de netto schuldquote in de begroting 2044?", WB,
             alt(wc(KG, "Netto schuldquote", "Begroting 2044", d.KG["Netto schuldquote"][2])), unit="percent"),
    fig_turn("En vorig jaar?", WB,
             alt(wc(KG, "Netto schuldquote", "Begroting 2043", d.KG["Netto schuldquote"][1])), unit="percent"),
    fig_turn("En in de rekening 2042?", WB,
             alt(wc(KG, "Netto schuldquote", "Rekening 2042", d.KG["Netto schuldquote"][0])), unit="percent"),
])
conv("ak-w-conv-04", WB, [
    fig_turn("Wat zijn de lasten van het sociaal domein in de begroting 2044?", WB,
             alt(wc(prog(SD), "Lasten", "Begroting 2044", L[SD][2] * K))),
    fig_turn("En wat was begroot voor 2043?", WB, alt(wc(prog(SD), "Lasten", "Begroting 2043", L[SD][1] * K)),
             [alt(wc(OVZ, SD, "Begroting 2043", L[SD][1] * K, group="Lasten"))]),
    fig_turn("Hoeveel is dat verschil?", WB,
             alt([wc(prog(SD), "Lasten", "Begroting 2044", L[SD][2] * K),
                  wc(prog(SD), "Lasten", "Begroting 2043", L[SD][1] * K)], "sub"),
             [alt(pr(WF, "De lasten van het sociaal domein stijgen ten opzichte van 2043 met ruim € 2 miljoen", "2",
                     2 * MLN, MLN))]),
])
conv("ak-w-conv-05", WB, [
    fig_turn("Wat is het tarief van de afvalstoffenheffing voor een meerpersoonshuishouden in 2044?", WB,
             alt(wc(TAR, "Afvalstoffenheffing meerpersoonshuishouden", "Tarief 2044",
                    d.TARIEF_D["Afvalstoffenheffing meerpersoonshuishouden"][3])),
             [alt(wc("Woonlasten meerpersoonshuishouden met een eigen woning",
                     "Afvalstoffenheffing meerpersoonshuishouden", "2044", d.WL_AFVAL[1]))]),
    fig_turn("En vorig jaar?", WB,
             alt(wc(TAR, "Afvalstoffenheffing meerpersoonshuishouden", "Tarief 2043",
                    d.TARIEF_D["Afvalstoffenheffing meerpersoonshuishouden"][2]))),
])

# ================================================================================================ Omgevingsdienst
T3, T5 = "Tabel 3", "Tabel 5"
fig("ak-k-01", "Wat waren de werkelijke lasten van Vergunningverlening in 2043?", KB,
    alt(mc(T3, "Vergunningverlening", "Realisatie 2043", d.EX_L["Vergunningverlening"][2] * K)), scope=KB)
fig("ak-k-02", "Hoeveel heeft Wervelstede in 2043 werkelijk aan Omgevingsdienst Keppelwaard betaald?", KB,
    alt(mc(T5, "Wervelstede", "Totale bijdrage 2043", d.BIJ_TOT_G["Wervelstede"])))
fig("ak-k-03", "Welk percentage van de kosten van de basistaken betaalt Brederwijk volgens de verdeelsleutel?", KB,
    alt(mc(T5, "Brederwijk", "Verdeelsleutel", d.SLEUTEL["Brederwijk"])), unit="percent", scope=KB)
fig("ak-k-04", "Wat is het resultaat van Omgevingsdienst Keppelwaard over 2043?", KB,
    alt(pr(KF, f"Het resultaat over 2043 bedraagt € {nl_int(d.RESULT_EUR)} positief.", nl_int(d.RESULT_EUR),
           d.RESULT_EUR)),
    [alt(mc("Tabel 9", "Resultaat 2043", "Bedrag", d.RESULT_EUR)),
     alt(mc(T3, "Resultaat", "Realisatie 2043", d.EX_RES[2] * K))])
fig("ak-k-05", "Hoeveel krijgt Hollenvoorde terug uit het resultaat 2043?", KB,
    alt(mc(T5, "Hollenvoorde", "Terugbetaling resultaat", d.TERUG_G["Hollenvoorde"])), scope=KB)
fig("ak-k-06", "Wat is de netto schuldquote in de rekening 2043?", KB,
    alt(mc("Tabel 8", "Netto schuldquote", "Rekening 2043", d.NSQ_2043)), unit="percent", scope=KB)
fig("ak-k-07", "Hoeveel stond er eind 2043 in de voorziening voor groot onderhoud van de huisvesting?", KB,
    alt(mc("Tabel 6", "Voorziening groot onderhoud huisvesting", "Stand 31-12-2043",
           d.K_VZ["Voorziening groot onderhoud huisvesting"][3])), scope=KB)
fig("ak-k-08", "Welk rapportcijfer gaven vergunningaanvragers de omgevingsdienst in 2043?", KB,
    alt(pr(KF, "klanttevredenheid bij vergunningaanvragers: gemiddeld een 7,6", "7,6", d.KLANT_CIJFER)),
    unit="grade", scope=KB)
fig("ak-k-09", "Hoeveel liquide middelen had de omgevingsdienst eind 2042?", KB,
    alt(mc("Tabel 7", "Liquide middelen", "31-12-2042", d.BAL_ACT["Liquide middelen"][1] * K)), scope=KB)
fig("ak-k-10", "Hoeveel minder asbestsloopmeldingen behandelde Omgevingsdienst Keppelwaard in 2043 dan in 2042?", KB,
    alt([mc("Tabel 1", "Asbestsloopmeldingen behandeld", "Realisatie 2042",
            d.PREST_D["Asbestsloopmeldingen behandeld"][3]),
         mc("Tabel 1", "Asbestsloopmeldingen behandeld", "Realisatie 2043",
            d.PREST_D["Asbestsloopmeldingen behandeld"][2])], "sub"), unit="count")
fig("ak-k-11", "Hoeveel kostten vergunningverlening en toezicht en handhaving samen in 2043?", KB,
    alt([mc(T3, "Vergunningverlening", "Realisatie 2043", d.EX_L["Vergunningverlening"][2] * K),
         mc(T3, "Toezicht en handhaving", "Realisatie 2043", d.EX_L["Toezicht en handhaving"][2] * K)], "add"),
    scope=KB)
fig("ak-k-12", "Hoeveel heeft de omgevingsdienst in 2043 uit de reserve voor de Omgevingswet gehaald?", KB,
    alt(mc("Tabel 6", "Bestemmingsreserve implementatie Omgevingswet", "Onttrekking",
           d.K_RES["Bestemmingsreserve implementatie Omgevingswet"][2])),
    [alt(mc(T3, "Onttrekking aan reserves", "Realisatie 2043", d.EX_ONTT[2] * K))], scope=KB)

conv("ak-k-conv-01", KB, [
    fig_turn("Wat waren de werkelijke lasten van Toezicht en handhaving in 2043?", KB,
             alt(mc(T3, "Toezicht en handhaving", "Realisatie 2043", d.EX_L["Toezicht en handhaving"][2] * K))),
    fig_turn("En wat was begroot?", KB,
             alt(mc(T3, "Toezicht en handhaving", "Begroting 2043 na wijziging",
                    d.EX_L["Toezicht en handhaving"][1] * K)),
             [alt(mc(T3, "Toezicht en handhaving", "Begroting 2043 primitief",
                     d.EX_L["Toezicht en handhaving"][0] * K))]),
    fig_turn("En hoe groot is het verschil?", KB,
             alt(mc(T3, "Toezicht en handhaving", "Verschil", d.verschil(d.EX_L["Toezicht en handhaving"]) * K)),
             [alt(mc("Tabel 4", "Toezicht en handhaving", "Verschil",
                     d.verschil(d.EX_L["Toezicht en handhaving"]) * K)),
              alt([mc(T3, "Toezicht en handhaving", "Realisatie 2043", d.EX_L["Toezicht en handhaving"][2] * K),
                   mc(T3, "Toezicht en handhaving", "Begroting 2043 primitief",
                      d.EX_L["Toezicht en handhaving"][0] * K)], "sub")]),
])
conv("ak-k-conv-02", None, [
    fig_turn("Hoeveel betaalde Oostervaart in 2043 voor de basistaken aan Omgevingsdienst Keppelwaard?", KB,
             alt(mc(T5, "Oostervaart", "Bijdrage basistaken", d.BASIS_G["Oostervaart"]))),
    fig_turn("En voor plustaken?", KB, alt(mc(T5, "Oostervaart", "Plustaken", d.PLUS_G["Oostervaart"]))),
    fig_turn("Hoeveel krijgt Oostervaart terug uit het resultaat?", KB,
             alt(mc(T5, "Oostervaart", "Terugbetaling resultaat", d.TERUG_G["Oostervaart"]))),
])
conv("ak-k-conv-03", KB, [
    fig_turn("Hoeveel omgevingsvergunningen milieu heeft de omgevingsdienst in 2043 verleend?", KB,
             alt(mc("Tabel 1", "Omgevingsvergunningen milieu verleend", "Realisatie 2043",
                    d.PREST_D["Omgevingsvergunningen milieu verleend"][2])),
             [alt(pr(KF, "386 omgevingsvergunningen milieu verleend", "386",
                     d.PREST_D["Omgevingsvergunningen milieu verleend"][2]))], unit="count"),
    fig_turn("En vorig jaar?", KB,
             alt(mc("Tabel 1", "Omgevingsvergunningen milieu verleend", "Realisatie 2042",
                    d.PREST_D["Omgevingsvergunningen milieu verleend"][3])), unit="count"),
    fig_turn("En wat was begroot?", KB,
             alt(mc("Tabel 1", "Omgevingsvergunningen milieu verleend", "Begroot 2043",
                    d.PREST_D["Omgevingsvergunningen milieu verleend"][1])), unit="count"),
])

# ================================================================================================ refusals
refusal("ak-x-weiger-01", "Wat zijn de lasten van het sociaal domein in 2041?",
        "the begroting's financial tables run from Rekening 2042 to Meerjarenraming 2047",
        [{"rule": "no_column", "document": WF, "tables": [OVZ, prog(SD), MJR], "text": "2041"}], scope=WB)
refusal("ak-x-weiger-02", "Wat is het OZB-tarief in Kraanhorst?", "Kraanhorst is not in the corpus",
        [{"rule": "absent_text", "document": "*", "text": "Kraanhorst"},
         {"rule": "not_in_manifest", "text": "Kraanhorst"}])
refusal("ak-x-weiger-03", "Wat kost een parkeervergunning voor bewoners in Wervelstede?",
        "the begroting gives no parking tariffs (only taakveld 2.2 Parkeren in total)",
        [{"rule": "absent_text", "document": WF, "text": "parkeervergunning"},
         {"rule": "absent_text", "document": WF, "text": "parkeertarie"}], scope=WB)
refusal("ak-x-weiger-04", "Hoeveel hondenbelasting betaal ik voor een tweede hond?",
        "the tariff table only gives the tariff for the first dog",
        [{"rule": "absent_text", "document": WF, "text": "tweede hond"},
         {"rule": "absent_regex", "document": WF, "text": r"(?i)hond(?!enbelasting)(?! per jaar)"}], scope=WB)
refusal("ak-x-weiger-05", "Hoeveel controles deed de omgevingsdienst in 2041?",
        "the jaarstukken 2043 compare with 2042 only",
        [{"rule": "no_column", "document": KF, "tables": "*", "text": "2041"}], scope=KB)
refusal("ak-x-weiger-06", "Wat verdient de directeur van Omgevingsdienst Keppelwaard?",
        "no WNT or salary disclosure in these jaarstukken",
        [{"rule": "absent_text", "document": KF, "text": "WNT"},
         {"rule": "absent_text", "document": KF, "text": "bezoldiging"},
         {"rule": "absent_text", "document": KF, "text": "salaris"}])
refusal("ak-x-weiger-07", "Hoeveel kost de nieuwe sporthal in Beekvelde?",
        "the only sporthal in the begroting is the one in Asselbroek; Beekvelde gets a sewer, not a sporthal",
        [{"rule": "absent_regex", "document": WF, "text": r"(?i)sporthal(?! Asselbroek)"},
         {"rule": "absent_regex", "document": "*", "text": r"(?i)Beekvelde\W+(?:\w+\W+){0,3}sporthal"}], scope=WB)
refusal("ak-x-weiger-08", "Hoeveel toeristenbelasting rekent de gemeente Brederwijk?",
        "Brederwijk appears only as a deelnemer of the omgevingsdienst; its tariffs are nowhere",
        [{"rule": "absent_text", "document": WF, "text": "Brederwijk"},
         {"rule": "absent_text", "document": KF, "text": "toeristenbelasting"}])
refusal("ak-x-weiger-09", "Wat is de gemiddelde WOZ-waarde in Grevelzijl?",
        "Grevelzijl appears only as a deelnemer of the omgevingsdienst",
        [{"rule": "absent_text", "document": WF, "text": "Grevelzijl"},
         {"rule": "absent_text", "document": KF, "text": "WOZ"}])
refusal("ak-x-weiger-10", "Hoeveel heeft Wervelstede in 2043 werkelijk uitgegeven aan jeugdhulp?",
        "a begroting 2044 holds no realisation for 2043 (only Begroting 2043; taakvelden only for 2044)",
        [{"rule": "no_column", "document": WF, "tables": "*", "text": "Rekening 2043"},
         {"rule": "absent_text", "document": WF, "text": "Realisatie 2043"},
         {"rule": "absent_text", "document": WF, "text": "Jaarrekening 2043"}], scope=WB)

# ================================================================================================ text
text("ak-w-tekst-01", "Wat wil Wervelstede bereiken voor kinderen en jongeren?", WB,
     [["vroeg", "vroegsignalering"], ["veilig", "gezond"]],
     {"document": WF, "page": wpage("Kinderen en jongeren groeien veilig en gezond op"),
      "section": "2.1 Programma 1 Sociaal domein > Wat willen we bereiken?",
      "passage": "Kinderen en jongeren groeien veilig en gezond op; problemen signaleren we vroeg"})
text("ak-w-tekst-02", "Waarom stijgt de afvalstoffenheffing in Wervelstede?", WB,
     ["Dalwolde", ["verbranden", "verwerkingstarie"]],
     {"document": WF, "page": wpage("De afvalstoffenheffing stijgt doordat de verwerkingstarieven"),
      "section": "3.1 Lokale heffingen",
      "passage": "De afvalstoffenheffing stijgt doordat de verwerkingstarieven van Afvalsamenwerking Dalwolde en "
                 "de rijksbelasting op het verbranden van restafval stijgen."})
text("ak-w-tekst-03", "Wie kan kwijtschelding krijgen van de gemeentelijke belastingen?", WB,
     ["bijstand", ["afvalstoffenheffing", "rioolheffing"]],
     {"document": WF, "page": wpage("Wervelstede hanteert de kwijtscheldingsnorm van 100% van de bijstandsnorm"),
      "section": "3.1 Lokale heffingen > Kwijtschelding",
      "passage": "Inwoners met een inkomen op bijstandsniveau kunnen kwijtschelding krijgen van de "
                 "afvalstoffenheffing en de rioolheffing."}, scope=WB)
text("ak-w-tekst-04", "Wat zijn de grootste financiële risico's van de gemeente?", WB,
     ["jeugdhulp", ["Wervelweide", "grondexploitatie"], "gemeentefonds"],
     {"document": WF, "page": wpage("De grootste risico's zijn de stijgende kosten van jeugdhulp en Wmo"),
      "section": "3.2 Weerstandsvermogen en risicobeheersing",
      "passage": "De grootste risico's zijn de stijgende kosten van jeugdhulp en Wmo (open-einderegelingen), het "
                 "afzetrisico in de grondexploitatie Wervelweide, een lagere algemene uitkering uit het "
                 "gemeentefonds en cyberrisico's."}, scope=WB)
text("ak-w-tekst-05", "Waarom is het saldo van het sociaal domein in 2044 slechter dan in 2043?", WB,
     ["jeugdhulp", ["Wmo", "indexatie"]],
     {"document": WF, "page": wpage("Het saldo van het programma verslechtert ten opzichte van de begroting 2043"),
      "section": "2.1 Programma 1 Sociaal domein > Wat mag het kosten?",
      "passage": "vooral de jeugdhulp (hogere tarieven en meer jeugdigen met maatwerk) en de indexatie van de Wmo "
                 "drukken op het saldo"}, scope=WB)
text("ak-w-tekst-06", "Wat doet Wervelstede aan woningbouw?", WB, ["Wervelweide", ["340", "sociale huur"]],
     {"document": WF, "page": wpage("In Wervelweide starten we de bouw van"),
      "section": "2.2 Programma 2 Wonen en ruimte > Wat gaan we daarvoor doen?",
      "passage": "In Wervelweide starten we de bouw van 340 woningen, waarvan 40% sociale huur"})
text("ak-k-tekst-01", "Waarom waren de lasten van asbest en sloop hoger dan begroot?", KB,
     [["illegale", "handhaving"], ["inhuur", "specialist"]],
     {"document": KF, "section": "Jaarrekening {#sec-jaarrekening} > Toelichting op de verschillen {#sec-verschillen}",
      "table": "Tabel 4", "row": "Asbest en sloop",
      "passage": "Meer handhaving bij illegale asbestverwijdering en inhuur van specialisten voor twee complexe "
                 "saneringen."}, scope=KB)
text("ak-k-tekst-02", "Hoe wordt de bijdrage van de gemeenten aan Omgevingsdienst Keppelwaard verdeeld?", KB,
     ["verdeelsleutel", ["inrichtingen", "uren"]],
     {"document": KF, "section": msec("De bijdrage voor de basistaken verdelen we over de deelnemers"),
      "footnote": "1",
      "passage": "De bijdrage voor de basistaken verdelen we over de deelnemers met de verdeelsleutel[^1]; de "
                 "plustaken rekenen we per deelnemer af op basis van de werkelijk bestede uren[^2]."})
text("ak-k-tekst-03", "Wat gebeurt er met het resultaat over 2043?", KB,
     [["terug", "terugbetal"], "algemene reserve"],
     {"document": KF, "section": msec("Het resultaat over 2043 bedraagt"),
      "passage": "Het dagelijks bestuur stelt het algemeen bestuur voor om € 367.430 (60%) terug te betalen aan de "
                 "deelnemers naar rato van de verdeelsleutel en € 244.954 (40%) toe te voegen aan de algemene "
                 "reserve."}, scope=KB)

# ================================================================================================ which
c_sbl = wc(OVZ, "Saldo van baten en lasten", "Begroting 2044", d.SALDO_BL[2] * K)
c_res = wc(OVZ, "Geraamd resultaat", "Begroting 2044", d.RESULTAAT[2] * K)
which("ak-w-welke-01", "Wat is het saldo van de begroting 2044?", [c_sbl, c_res],
      [[nl_int(abs(d.SALDO_BL[2])), "1,5 miljoen", "1,5 mln"], [nl_int(d.RESULTAAT[2]), "0,4 miljoen", "0,4 mln"]],
      scope=WB, why="'saldo' is both the saldo van baten en lasten (-/- 1.501) and the geraamd resultaat (427)")
c_vp44 = wc(VP, "Omgevingsdienst Keppelwaard", "Bijdrage 2044", vp("Omgevingsdienst Keppelwaard")[3] * K)
c_k43 = mc(T5, "Wervelstede", "Totale bijdrage 2043", d.BIJ_TOT_G["Wervelstede"])
which("ak-x-welke-02", "Hoeveel betaalt Wervelstede aan Omgevingsdienst Keppelwaard?", [c_vp44, c_k43],
      [[nl_int(vp("Omgevingsdienst Keppelwaard")[3])], [nl_int(d.BIJ_TOT_G["Wervelstede"]), "2,2 miljoen"]],
      why="the begroting 2044 of Wervelstede budgets 2.068 (x € 1.000) for 2044; the jaarstukken of the "
          "omgevingsdienst give the realised 2043 contribution of € 2.223.307")
c_prim = mc(T3, "Vergunningverlening", "Begroting 2043 primitief", d.EX_L["Vergunningverlening"][0] * K)
c_wijz = mc(T3, "Vergunningverlening", "Begroting 2043 na wijziging", d.EX_L["Vergunningverlening"][1] * K)
which("ak-k-welke-03", "Wat was er begroot voor Vergunningverlening in 2043?", [c_prim, c_wijz],
      [[nl_int(d.EX_L["Vergunningverlening"][0])], [nl_int(d.EX_L["Vergunningverlening"][1])]], scope=KB,
      why="the primitieve begroting and the begroting na wijziging differ")

# ================================================================================================ any
anyc("ak-w-any-01", "Hoe staat de gemeente Wervelstede er financieel voor?", WB, ["Brederwijk", "Duivenwaard"])
anyc("ak-k-any-01", "Vertel eens wat de omgevingsdienst doet.", KB, ["afvalstoffenheffing", "Sociaal domein"],
     scope=KB)
anyc("ak-w-any-02", "Hoe gaat het met de woningbouw in Wervelstede?", WB, ["Oostervaart", "Klaverdonk"])

# ================================================================================================ write
HEADER = ("# GENERATED by source/gen_cases.py -- do not edit by hand; run source/build.sh.\n"
          "# Blind evaluation set set-ak (format: /work/shared/evals/FORMAT.md, version 1).\n"
          f"# Documents: corpus/{WF} (Gemeente {WB}, Programmabegroting 2044, Word -> LibreOffice PDF) and\n"
          f"#            corpus/{KF} ({KB}, Jaarstukken 2043, pandoc Markdown).\n"
          "# Values are in euros (x € 1.000 tables times 1000, 'miljoen' in prose times 1.000.000) with the printed\n"
          "# sign ('-/- 218' and '(660)' are negative); `signed` is never set, so the runner compares absolute\n"
          "# values. 'which' cases (ids *-welke-*) are kind text with one include group per candidate figure.\n"
          "# Provenance of every expected and accepted value: source/provenance.json.\n")
body = yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True, sort_keys=False, width=120)
(SET / "cases.yaml").write_text(HEADER + body, encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nturns = sum(len(c.get("turns", [c])) for c in CASES)
print(f"cases.yaml: {len(CASES)} cases, {nturns} turns")
