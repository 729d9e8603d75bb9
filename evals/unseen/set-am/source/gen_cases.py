"""Write ../cases.yaml and provenance.json for set-am.

Every expected and accepted figure is located in the finished documents (extract.py) and, for the two new
documents, must equal data.py; figures of the existing documents (the other edition, cross-edition derivations)
are read from those documents only.  "other_edition" records the same row printed in the other edition of the
same body with a different value: it is kept out of value/accept (check.py verifies that).

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from extract import PdfDoc, TxtDoc, clean, parse_num
from fmt import nl_dec, nl_int, nl_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
TF, WF = d.T_FILE, d.W_FILE
TO = "twenterand-programmabegroting-2020-sociaal-domein.txt"
WO = "wassenaar-begroting-2024.pdf"
T = TxtDoc(CORPUS / TF)
TOLD = TxtDoc(CORPUS / TO)
W = PdfDoc(CORPUS / WF)
WOLD = PdfDoc(CORPUS / WO)
DOCS = {TF: T, TO: TOLD, WF: W, WO: WOLD}
TB, WB = d.T_BODY, d.W_BODY
K = 1000


def _eq(a, b, what):
    if b is not None and abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def tcell(doc, key, row, col, want=None, group=None):
    """a cell of a Twenterand text export; want (new document only) as a number"""
    c = DOCS[doc].cell(key, row, col, group=group)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{doc} {key}/{row}/{col}: not a number {c['printed']!r}")
    v = round(v * c["scale"], 6)
    _eq(v, want, f"{doc} {key}/{row}/{col}")
    src = {"kind": "txt_cell", "document": doc, "table_key": key, "table": c["table"], "row": row, "column": col,
           "line_no": c["line_no"], "section": c["section"], "printed": c["printed"], "scale": c["scale"],
           "scale_statement": c["scale_statement"], "value": v}
    if group:
        src["group"] = group
    return src


def pcell(doc, num, row, col, want=None, group=None, keycol=0, note=None):
    """a cell of a Wassenaar PDF table; want in euros (or units)"""
    c = DOCS[doc].cell(num, row, col, group=group, keycol=keycol)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{doc} Tabel {num}/{row}/{col}: not a number {c['printed']!r}")
    scale = 1 if note else c["scale"]
    v = round(v * scale, 6)
    _eq(v, want, f"{doc} Tabel {num}/{row}/{col}")
    src = {"kind": "pdf_cell", "document": doc, "table_num": num, "table": c["table"], "row": row, "column": col,
           "page": c["page"], "section": c["section"], "printed": c["printed"], "scale": scale,
           "scale_statement": c["scale_statement"], "value": v}
    if group is not None:
        src["group"] = group
    if keycol:
        src["keycol"] = keycol
    if c["continuation_page"]:
        src["continuation_page"] = True
    if note:
        src["note"] = note
    return src


def prose(doc, fragment, printed, want=None, scale=1):
    where = DOCS[doc].prose(fragment)
    if not where or printed not in fragment:
        raise SystemExit(f"prose not found in {doc}: {fragment}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"prose {fragment}")
    src = {"kind": "prose", "document": doc, "prose": fragment, "printed": printed, "scale": scale,
           "scale_statement": "as printed in the text", "value": v}
    src["page" if doc.endswith(".pdf") else "line_no"] = where[0]
    return src


def layout_line(doc, page_of, label, printed, scale=1):
    """an old-edition figure in a table pdfplumber cannot split: its line in pdftotext -layout of the page"""
    pages = DOCS[doc].prose(page_of)
    for p in pages:
        for ln in DOCS[doc].layout(p).splitlines():
            if clean(ln).startswith(label) and printed in ln.split():
                return {"kind": "layout_line", "document": doc, "page": p, "page_of": page_of, "label": label,
                        "line": clean(ln), "printed": printed, "scale": scale,
                        "value": round(parse_num(printed) * scale, 6)}
    raise SystemExit(f"layout line not found in {doc}: {label} {printed}")


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [s["value"] for s in srcs]
    if op == "add":
        v, der = sum(a), " + ".join(nl_num(x) for x in a)
    elif op == "abs_sub":
        v, der = abs(a[0]) - abs(a[1]), f"{nl_num(abs(a[0]))} - {nl_num(abs(a[1]))}"
    elif op == "share":
        v, der = round(100 * abs(a[0]) / abs(a[1]), 2), f"100 × {nl_num(abs(a[0]))} / {nl_num(abs(a[1]))}"
    elif op == "pct":
        v = round(100 * (abs(a[0]) - abs(a[1])) / abs(a[1]), 2)
        der = f"100 × ({nl_num(abs(a[0]))} - {nl_num(abs(a[1]))}) / {nl_num(abs(a[1]))}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {nl_num(v)}"}


CASES, PROV = [], {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None, other=()):
    e = {"value": _n(main["value"])}
    acc = [_n(main["value"])]
    for a in accepts:
        if all(abs(abs(_n(a["value"])) - abs(x)) > 1e-9 for x in acc):    # the runner compares absolute values
            acc.append(_n(a["value"]))
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
    if unit:
        e["unit"] = unit
    e["municipality"] = body
    pv = {"kind": "figure", "main": main, "accept": list(accepts)}
    if other:
        pv["other_edition"] = list(other)
    return {"question": q, "kind": "figure", "expect": e}, pv


def add(cid, turn, prov, scope=None):
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c.update({k: v for k, v in turn.items() if k != "question"})
    CASES.append(c)
    PROV[cid] = [prov]


def fig(cid, q, body, main, accepts=(), unit="EUR", tol=None, scope=None, other=()):
    t, p = fig_turn(q, body, main, accepts, unit, tol, other)
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
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "why": why}, scope)


def anyc(cid, q, body, exclude, own, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": own}, scope)


def passage(doc, fragment):
    """where a text answer's passage sits: page (PDF) or line + section (text export)"""
    dd = DOCS[doc]
    hits = dd.prose(fragment)
    if not hits:
        raise SystemExit(f"passage not found in {doc}: {fragment}")
    if doc.endswith(".pdf"):
        return {"document": doc, "page": hits[0], "passage": fragment}
    return {"document": doc, "line_no": hits[0], "section": dd.section_of(hits[0]), "passage": fragment}


# ================================================================================================= Twenterand
OV = "Overzicht 3.1"
LG, BG = "Lasten per doelenboom", "Baten per doelenboom"
SZI, MOI, GZI, OWI, JGI = ("Indicatoren Sociale Zaken", "Indicatoren Maatschappelijke ondersteuning",
                           "Indicatoren Gezondheidszorg", "Indicatoren Onderwijs", "Indicatoren Jeugd")
TL, TBT = d.T_LASTEN, d.T_BATEN
TC = {y: i for i, y in enumerate(d.T_YCOLS)}


def tl(row, y, grp=LG):
    v = TL[row][TC[y]] if row in TL else {"Totaal programma lasten": d.T_TOT_L}[row][TC[y]]
    return tcell(TF, OV, row, y, v, group=grp)


def tb(row, y):
    v = TBT[row][TC[y]] if row in TBT else None
    return tcell(TF, OV, row, y, v, group=BG)


def ind(key, rows, row, col):
    cols = d.T_IND_OW_COLS if key == OWI else d.T_IND_COLS
    printed = [r for r in rows if r[0] == row][0][1][cols.index(col)]
    return tcell(TF, key, row, col, parse_num(printed))


def old_t(key, row, col, group=None):
    return tcell(TO, key, row, col, group=group)


fig("am-t-01", "Hoeveel is er in Twenterand voor jeugd geraamd in 2024?", TB,
    alt(tl("Jeugd", "2024")), other=[old_t(OV, "Jeugd", "2023", LG), old_t(OV, "Jeugd", "2020", LG)])
fig("am-t-02", "Wat zijn de lasten van Maatschappelijke ondersteuning in de programmabegroting 2021?", TB,
    alt(tl("Maatschappelijke ondersteuning", "2021")), scope=TB,
    other=[old_t(OV, "Maatschappelijke ondersteuning", "2021", LG)])
fig("am-t-03", "Hoeveel inkomsten verwacht Twenterand in 2024 bij sociale zaken?", TB,
    alt(tb("Sociale zaken", "2024")), other=[old_t(OV, "Sociale zaken", "2023", BG)])
fig("am-t-04", "Wat zijn de totale lasten van het programma Sociaal Domein van Twenterand in 2024?", TB,
    alt(tcell(TF, OV, "Totaal programma lasten", "2024", d.T_TOT_L[3])),
    other=[old_t(OV, "Totaal programma lasten", "2023")])
fig("am-t-05", "Hoeveel geld is er in de begroting 2021 van Twenterand voor 2022 uitgetrokken voor de transformatie "
               "van het sociaal domein?", TB, alt(tl("Transformatie sociaal domein", "2022")))
fig("am-t-06", "Wat is het geraamd resultaat van het sociaal domein in 2024?", TB,
    alt(tcell(TF, OV, "Geraamd resultaat", "2024", d.T_RESULT[3])), scope=TB,
    other=[old_t(OV, "Geraamd resultaat", "2023")])
fig("am-t-07", "Hoe groot zijn de mutaties reserves in de programmabegroting 2021 voor het jaar 2021?", TB,
    alt(tcell(TF, OV, "Mutaties reserves", "2021", d.T_MUT_RES[0])), scope=TB,
    other=[old_t(OV, "Mutaties reserves", "2021")])
fig("am-t-08", "Hoeveel mensen met een bijstandsuitkering (participatiewet) heeft Twenterand begroot voor 2021?", TB,
    alt(ind(SZI, d.T_IND_SZ, "Aantal uitkeringsgerechtigden* (participatiewet)", "Begroot 2021")), unit="count",
    other=[old_t(SZI, "Aantal uitkeringsgerechtigden* (participatiewet)", "Begroot 2020"),
           old_t(SZI, "Aantal uitkeringsgerechtigden* (participatiewet)", "Begroot 2019")])
fig("am-t-09", "Hoeveel maatwerkvoorzieningen zijn er in 2019 werkelijk toegekend in Twenterand?", TB,
    alt(ind(MOI, d.T_IND_MO, "Toegekende maatwerkvoorzieningen totaal", "2019")), unit="count",
    other=[old_t(MOI, "Toegekende maatwerkvoorzieningen totaal", "Begroot 2019")])
fig("am-t-10", "Hoeveel AED's staan in de programmabegroting 2021 van Twenterand als doel voor 2021?", TB,
    alt(ind(GZI, d.T_IND_GZ, "Aantal beschikbare en in kaart gebrachte AED's (incl. AED's in particulier eigendom)",
            "Begroot 2021")), unit="count",
    other=[old_t(GZI, "Aantal beschikbare en in kaart gebrachte AED's (incl. AED's in particulier eigendom)",
                 "Begroot 2020")])
fig("am-t-11", "Hoeveel bezoekers had de website Loes.nl in 2019?", TB,
    alt(ind(JGI, d.T_IND_JG, "Aantal Bezoekers website Loes.nl", "2019")), unit="count", scope=TB,
    other=[old_t(JGI, "Aantal Bezoekers website Loes.nl", "Begroot 2019")])
fig("am-t-12", "Voor hoeveel kinderen is in 2021 een schoolpakket begroot in Twenterand?", TB,
    alt(ind(SZI, d.T_IND_SZ, "Aantal kinderen schoolpakket", "Begroot 2021")), unit="count",
    other=[old_t(SZI, "Aantal kinderen schoolpakket", "Begroot 2020")])
fig("am-t-13", "Hoeveel Tozo-aanvragen verwacht Twenterand in 2021?", TB,
    alt(ind(SZI, d.T_IND_SZ, "Aantal aanvragen Tozo (zelfstandig ondernemers)", "Begroot 2021")), unit="count")
fig("am-t-14", "Wat kosten jeugd en maatschappelijke ondersteuning samen in 2023 volgens de programmabegroting 2021 "
               "van Twenterand?", TB,
    alt([tl("Jeugd", "2023"), tl("Maatschappelijke ondersteuning", "2023")], "add"),
    other=[old_t(OV, "Jeugd", "2023", LG), old_t(OV, "Maatschappelijke ondersteuning", "2023", LG)])
fig("am-t-15", "Hoeveel dalen de lasten van Sociale zaken tussen 2021 en 2024 volgens de programmabegroting 2021?", TB,
    alt([tl("Sociale zaken", "2021"), tl("Sociale zaken", "2024")], "abs_sub"), scope=TB)
fig("am-t-16", "Welk percentage van de totale programmalasten 2021 gaat naar Jeugd volgens de begroting 2021 van "
               "Twenterand?", TB,
    alt([tl("Jeugd", "2021"), tcell(TF, OV, "Totaal programma lasten", "2021", d.T_TOT_L[0])], "share"),
    unit="percent", tol=0.06)
fig("am-t-17", "Hoeveel meer is er in de programmabegroting 2021 van Twenterand voor Jeugd begroot dan in de "
               "programmabegroting 2020?", TB,
    alt([tl("Jeugd", "2021"), old_t(OV, "Jeugd", "2020", LG)], "abs_sub"),
    other=[old_t(OV, "Jeugd", "2021", LG)])
fig("am-t-18", "Hoeveel hoger is de raming voor Sociale zaken voor 2022 in de programmabegroting 2021 dan in de "
               "programmabegroting 2020?", TB,
    alt([tl("Sociale zaken", "2022"), old_t(OV, "Sociale zaken", "2022", LG)], "abs_sub"), scope=TB)
fig("am-t-19", "Met hoeveel procent stijgen de totale programmalasten van het sociaal domein van Twenterand van de "
               "begroting 2020 naar de begroting 2021?", TB,
    alt([tcell(TF, OV, "Totaal programma lasten", "2021", d.T_TOT_L[0]),
         old_t(OV, "Totaal programma lasten", "2020")], "pct"), unit="percent", tol=0.06)
fig("am-t-20", "Hoe hoog was de werkloosheid in Twenterand volgens de programmabegroting 2021?", TB,
    alt(prose(TF, "Door de coronacrisis is de werkloosheid in Twenterand in 2020 weer opgelopen tot 4,8%.", "4,8%",
              d.T_WERKLOOSHEID)), unit="percent",
    other=[prose(TO, "Daarbij is de werkloosheid afgenomen tot 4% in Twenterand.", "4%")])

conv("am-t-conv-01", TB, [
    fig_turn("Wat zijn de lasten van Onderwijs in de programmabegroting 2021?", TB, alt(tl("Onderwijs", "2021")),
             other=[old_t(OV, "Onderwijs", "2021", LG)]),
    fig_turn("En in 2023?", TB, alt(tl("Onderwijs", "2023")), other=[old_t(OV, "Onderwijs", "2023", LG)]),
    fig_turn("En de baten?", TB, alt(tb("Onderwijs", "2023")), other=[old_t(OV, "Onderwijs", "2023", BG)]),
])
conv("am-t-conv-02", None, [
    fig_turn("Hoeveel activeringstrajecten heeft Twenterand voor 2021 begroot?", TB,
             alt(ind(SZI, d.T_IND_SZ, "Aantal activeringstrajecten", "Begroot 2021")), unit="count",
             other=[old_t(SZI, "Aantal activeringstrajecten", "Begroot 2020")]),
    fig_turn("En hoeveel waren het er in werkelijkheid in 2019?", TB,
             alt(ind(SZI, d.T_IND_SZ, "Aantal activeringstrajecten", "2019")), unit="count",
             other=[old_t(SZI, "Aantal activeringstrajecten", "Begroot 2019")]),
    fig_turn("En in 2018?", TB, alt(ind(SZI, d.T_IND_SZ, "Aantal activeringstrajecten", "2018")),
             [alt(old_t(SZI, "Aantal activeringstrajecten", "2018"))], unit="count"),
])

# ================================================================================================= Wassenaar
P1, P2, P3, P4, P5 = d.PROGS
WC = {c: i for i, c in enumerate(d.W_COLS)}
PT = {P1: "1.2", P2: "2.3", P3: "3.3", P4: "4.2", P5: "5.2"}
PTO = {P1: "1.2", P2: "2.3", P3: "3.3", P4: "4.3", P5: "5.3"}      # the Begroting 2024
TV_G = {p: f"Programma:{p}" for p in d.PROGS}


def wp(p, row, col):
    src = {"Baten": d.W_BATEN, "Lasten": d.W_LASTEN, "Saldo van baten en lasten": d.W_SALDO,
           "Geraamde resultaat": d.W_RES}[row]
    return pcell(WF, PT[p], row, col, src[p][WC[col]] * K)


def w121(p, col, what):
    src = {"baten": d.W_BATEN, "lasten": d.W_LASTEN, "saldo": d.W_SALDO}[what]
    return pcell(WF, "12.1", p, f"{col} {what}", src[p][WC[col]] * K)


def w122(p, col, what):
    src = {"baten": d.W_BATEN, "lasten": d.W_LASTEN, "saldo": d.W_SALDO}[what]
    return pcell(WF, "12.2", p, f"{col} {what}", src[p][WC[col]] * K, group="")


def w62(p, col, what):
    j = d.REC_YEARS.index(col)
    src = {"baten": d.W_BATEN, "lasten": d.W_LASTEN}[what]
    return pcell(WF, "6.2", p, f"{col} {what}", src[p][WC[col]] * K)


def wtv(code, what):
    n, b, l_, s = d.TVD[code]
    row = f"{code} {n}"
    grp = [TV_G[p] for p, rows in d.TV_EUR.items() if any(r[0] == code for r in rows)][0]
    return pcell(WF, "12.4", row, f"Begroting 2025 {what}", {"Baten": b, "Lasten": l_, "Saldo": s}[what],
                 group=grp)


def old_p(p, row, col):
    return pcell(WO, PTO[p], row, col)


def old_tv(code_name, what, group=None):
    return pcell(WO, "12.5", code_name, f"Begroting 2024 {what}", group=group)


fig("am-w-01", "Wat zijn de lasten van P2 Mens en Maatschappij in de begroting 2025 van Wassenaar?", WB,
    alt(wp(P2, "Lasten", "Begroting 2025")),
    [alt(w121(P2, "Begroting 2025", "lasten")), alt(w122(P2, "Begroting 2025", "lasten")),
     alt(w62(P2, "Begroting 2025", "lasten")),
     alt(pcell(WF, "12.4", "Saldo van baten en lasten programma", "Begroting 2025 Lasten", d.PL_EUR[P2],
               group=TV_G[P2]))],
    other=[old_p(P2, "Lasten", "Begroting 2025")])
fig("am-w-02", "Hoeveel baten raamt Wassenaar voor P2 Mens en Maatschappij in 2028?", WB,
    alt(wp(P2, "Baten", "Raming 2028")), [alt(w122(P2, "Raming 2028", "baten")), alt(w62(P2, "Raming 2028", "baten"))],
    other=[old_p(P2, "Baten", "Begroting 2027")])
fig("am-w-03", "Hoeveel heeft Wassenaar in 2023 werkelijk uitgegeven aan programma 2 Mens en Maatschappij?", WB,
    alt(wp(P2, "Lasten", "Rekening 2023")), [alt(w121(P2, "Rekening 2023", "lasten"))],
    other=[old_p(P2, "Lasten", "Begroting 2023")])
fig("am-w-04", "Wat is het geraamde resultaat in de begroting 2025 van Wassenaar?", WB,
    alt(pcell(WF, "12.2", "Geraamde resultaat", "Begroting 2025 saldo", d.TOT_RES[2] * K)),
    [alt(pcell(WF, "12.4", "Geraamde resultaat", "Saldo", d.RESULT_EUR, group="Geraamde resultaat")),
     alt(pcell(WF, "11.1", "BEGROTINGSSALDO 2025-2028", "2025", d.TOT_RES[2] * K)),
     alt(prose(WF, f"resteert een klein positief saldo van € {nl_int(d.RESULT_EUR)}.", nl_int(d.RESULT_EUR),
               d.RESULT_EUR))], scope=WB,
    other=[pcell(WF, "11.1", "Primitieve begroting 2024", "2025", d.MJB_START[0] * K)])
fig("am-w-05", "Wat kost hulp bij het huishouden Wassenaar in 2025?", WB, alt(wtv("6.71a", "Lasten")),
    other=[old_tv("6.71a Hulp bij het huishouden (WMO)", "Lasten")])
fig("am-w-06", "Hoeveel ontvangt Wassenaar in 2025 aan baten voor inkomensregelingen?", WB, alt(wtv("6.3", "Baten")),
    other=[old_tv("6.3 Inkomensregelingen", "Baten")])
fig("am-w-07", "Hoeveel OZB op woningen verwacht Wassenaar in 2025 op te halen?", WB,
    alt(pcell(WF, "7.1", "OZB woningen", "raming 2025", d.OPBR_D["OZB woningen"][2] * K)),
    [alt(wtv("0.61", "Baten"))],
    other=[pcell(WF, "7.1", "OZB woningen", "raming 2024"), layout_line(WO, "Tabel 7.1 - Opbrengst uit belastingen",
                                                                         "OZB woningen", "8.764")])
fig("am-w-08", "Wat is in 2025 het tarief afvalstoffenheffing voor een meerpersoonshuishouden in laagbouw in "
               "Wassenaar?", WB,
    alt(pcell(WF, "7.5", "Meerpersoonshuishouden (laagbouw)", "tarief 2025", d.eur_cents(d.TAR_AFVAL[3][1][1]))),
    other=[layout_line(WO, "Tabel 7.6 - Tarieven afvalstoffenheffing", "Meerpersoonshuishouden (laagbouw)",
                       "517,32")])
fig("am-w-09", "Hoeveel hondenbelasting betaal je in Wassenaar in 2025 voor de eerste hond?", WB,
    alt(pcell(WF, "7.2", "eerste hond", "2025", d.eur_cents(d.TAR_HOND[0][1][3]))),
    other=[layout_line(WO, "Tabel 7.2 - Tarieven hondenbelasting en toeristenbelasting", "eerste hond", "95,04")])
fig("am-w-10", "Wat is de ratio weerstandsvermogen in de begroting 2025 van Wassenaar?", WB,
    alt(prose(WF, f"De berekende ratio van {nl_dec(d.WV_RATIO)} valt in categorie A", nl_dec(d.WV_RATIO),
              d.WV_RATIO)), unit=None,
    other=[prose(WO, "De berekende ratio van 17,4 valt in categorie A", "17,4")])
fig("am-w-11", "Hoe hoog is de solvabiliteitsratio van Wassenaar in de begroting 2025?", WB,
    alt(pcell(WF, "8.2", "2. Solvabiliteitsratio", "Indicatoren Wassenaar (%) 2025 Begr.", 63)),
    [alt(prose(WF, "Met 63% scoort Wassenaar volgens de VNG-normen", "63%", 63))], unit="percent",
    other=[prose(WO, "Wassenaar scoort met 65% volgens de VNG-normen", "65%")])
fig("am-w-12", "Hoeveel zit er naar verwachting eind 2028 in de vrij besteedbare algemene reserve van Wassenaar?", WB,
    alt(pcell(WF, "12.5", "Algemene reserve (vrij besteedbaar)", "Begroting 2028",
              d.RES_STAND["Algemene reserve (vrij besteedbaar)"][3] * K)),
    other=[layout_line(WO, "Tabel 12.6 - Overzicht reserves en voorzieningen", "Algemene reserve (vrij besteedbaar)",
                       "41.360")])
fig("am-w-13", "Wat is de streefwaarde voor het percentage jongeren met jeugdhulp in 2028 in Wassenaar?", WB,
    alt(pcell(WF, "2.1", "% jongeren tot 18 jaar met jeugdhulp", "Streefwaarde Begroting 2028", 8.3)),
    unit="percent", scope=WB,
    other=[layout_line(WO, "Tabel 2.1 - Effectindicatoren P2 Mens en Maatschappij", "jeugdhulp", "8,4%")])
fig("am-w-14", "Hoeveel investeert Wassenaar in 2025 in de vervanging van het kunstgrasveld van Kieviten?", WB,
    alt(pcell(WF, "2.2", "Vervanging kunstgrasveld Kieviten", "Beschikbaar te stellen krediet 2025",
              d.INV_P2_ROWTOT["Vervanging kunstgrasveld Kieviten"])),
    [alt(pcell(WF, "2.2", "Vervanging kunstgrasveld Kieviten", "Totaal",
               d.INV_P2_ROWTOT["Vervanging kunstgrasveld Kieviten"]))])
fig("am-w-15", "Hoeveel geeft Wassenaar in 2025 uit aan jeugdhulp begeleiding en jeugdhulp behandeling samen?", WB,
    alt([wtv("6.72a", "Lasten"), wtv("6.72b", "Lasten")], "add"),
    other=[old_tv("6.72a Jeugdhulp begeleiding", "Lasten"), old_tv("6.72b Jeugdhulp behandeling", "Lasten")])
fig("am-w-16", "Met hoeveel dalen de lasten van P2 Mens en Maatschappij van 2026 tot 2028 volgens de begroting 2025 "
               "van Wassenaar?", WB,
    alt([wp(P2, "Lasten", "Raming 2026"), wp(P2, "Lasten", "Raming 2028")], "abs_sub"),
    [alt([w122(P2, "Raming 2026", "lasten"), w122(P2, "Raming 2028", "lasten")], "abs_sub")],
    other=[old_p(P2, "Lasten", "Begroting 2026")])
fig("am-w-17", "Hoeveel hoger zijn de lasten van P2 Mens en Maatschappij in de begroting 2025 dan wat de begroting "
               "2024 van Wassenaar voor 2025 raamde?", WB,
    alt([wp(P2, "Lasten", "Begroting 2025"), old_p(P2, "Lasten", "Begroting 2025")], "abs_sub"), scope=WB)
fig("am-w-18", "Hoeveel meer geeft Wassenaar in de begroting 2025 uit aan jeugdhulp begeleiding (taakveld 6.72a) dan "
               "in de begroting 2024?", WB,
    alt([wtv("6.72a", "Lasten"), old_tv("6.72a Jeugdhulp begeleiding", "Lasten")], "abs_sub"))
fig("am-w-19", "Met hoeveel procent stijgen de totale lasten van Wassenaar van de primitieve begroting 2024 naar de "
               "begroting 2025?", WB,
    alt([pcell(WF, "12.4", "Saldo van baten en lasten alle programma's", "Begroting 2025 Lasten", d.TOT_L_EUR),
         old_tv("Saldo van baten en lasten alle programma's", "Lasten")], "pct"), unit="percent", tol=0.06)
fig("am-w-20", "Hoeveel budget is er in de begroting 2025 van Wassenaar beschikbaar voor de opvang van Oekraïense "
               "ontheemden?", WB,
    alt(prose(WF, f"Voor deze opvang is een jaarlijks budget van € {nl_int(d.OEKRAINE_BUDGET)} beschikbaar.",
              nl_int(d.OEKRAINE_BUDGET), d.OEKRAINE_BUDGET)),
    other=[prose(WO, "Voor deze opvang is een jaarlijks budget van € 2.500.000 beschikbaar.", "2.500.000")])

conv("am-w-conv-01", WB, [
    fig_turn("Wat zijn de lasten van P5 Natuur, klimaat en Mobiliteit in de begroting 2025?", WB,
             alt(wp(P5, "Lasten", "Begroting 2025")),
             [alt(w121(P5, "Begroting 2025", "lasten")), alt(w122(P5, "Begroting 2025", "lasten")),
              alt(w62(P5, "Begroting 2025", "lasten")),
              alt(pcell(WF, "12.4", "Saldo van baten en lasten programma", "Begroting 2025 Lasten", d.PL_EUR[P5],
                        group=TV_G[P5]))],
             other=[old_p(P5, "Lasten", "Begroting 2025")]),
    # 'de begroting van 2024' is the Begroting 2024 (primitief); the new document's column Begroting 2024 (after
    # the voorjaarsnota 2024) is an honest second reading, so both are accepted
    fig_turn("En in de begroting van 2024?", WB, alt(old_p(P5, "Lasten", "Begroting 2024")),
             [alt(old_tv("Saldo van baten en lasten programma", "Lasten", group=TV_G[P5])),
              alt(wp(P5, "Lasten", "Begroting 2024")), alt(w121(P5, "Begroting 2024", "lasten"))]),
    fig_turn("En de baten?", WB, alt(old_p(P5, "Baten", "Begroting 2024")),
             [alt(old_tv("Saldo van baten en lasten programma", "Baten", group=TV_G[P5])),
              alt(layout_line(WO, "Tabel 6.2 - Recapitulatie alle programma", "P5 Natuur, klimaat en Mobiliteit",
                              "9.716", K)),
              alt(wp(P5, "Baten", "Begroting 2024")), alt(w121(P5, "Begroting 2024", "baten"))]),
])
AF1 = d.eur_cents(d.TAR_AFVAL[0][1][1])
AFM = d.eur_cents(d.TAR_AFVAL[1][1][1])
AFM24 = d.eur_cents(d.TAR_AFVAL[1][1][0])
conv("am-w-conv-02", WB, [
    fig_turn("Wat betaalt een eenpersoonshuishouden in gelaagde bouw in 2025 aan afvalstoffenheffing?", WB,
             alt(pcell(WF, "7.5", "Eenpersoonshuishouden (gelaagde bouw)", "tarief 2025", AF1)),
             [alt(pcell(WF, "7.6", "2. Afvalstoffenheffing", "Eenpersoonshuishouden 2025", AF1))]),
    fig_turn("En een meerpersoonshuishouden?", WB,
             alt(pcell(WF, "7.5", "Meerpersoonshuishouden (gelaagde bouw)", "tarief 2025", AFM)),
             [alt(pcell(WF, "7.6", "2. Afvalstoffenheffing", "Meerpersoonshuishouden 2025", AFM))]),
    fig_turn("Met hoeveel procent stijgt dat tarief ten opzichte van 2024?", WB,
             alt([pcell(WF, "7.5", "Meerpersoonshuishouden (gelaagde bouw)", "tarief 2025", AFM),
                  pcell(WF, "7.5", "Meerpersoonshuishouden (gelaagde bouw)", "tarief 2024", AFM24)], "pct"),
             [alt(pcell(WF, "7.6", "2. Afvalstoffenheffing", "Meerpersoonshuishouden Stijgingspercentage", 4.7))],
             unit="percent", tol=0.06),
])

# ================================================================================================= refusals
TDOCS = [TF, TO]
WDOCS = [WF, WO]
refusal("am-x-weiger-01", "Wat zijn de lasten van Jeugd in Twenterand in 2025?",
        "Twenterand's documents run to 2023 (programmabegroting 2020) and 2024 (programmabegroting 2021)",
        [{"rule": "absent_text", "documents": "body:Twenterand", "text": "2025"},
         {"rule": "name_only_in_body", "text": "Twenterand", "body": "Twenterand"}])
refusal("am-x-weiger-02", "Hoeveel heeft Twenterand in 2022 werkelijk uitgegeven aan het sociaal domein?",
        "both Twenterand documents are begrotingen: 2022 exists only as a raming, realisations stop at 2019",
        [{"rule": "absent_regex", "documents": "body:Twenterand",
          "text": r"(?i)(rekening|realisatie|jaarrekening|werkelijk)\W+(\w+\W+){0,3}2022"},
         {"rule": "realised_columns_before", "documents": "body:Twenterand", "year": 2022},
         {"rule": "name_only_in_body", "text": "Twenterand", "body": "Twenterand"}])
refusal("am-x-weiger-03", "Wat waren de werkelijke lasten van P2 Mens en Maatschappij van Wassenaar in 2026?",
        "2026 is only a raming (Raming 2026 / Begroting 2026); no Wassenaar document holds a realisation for 2026",
        [{"rule": "absent_regex", "documents": "body:Wassenaar",
          "text": r"(?i)(rekening|realisatie|jaarrekening|jaarstukken|werkelijk)\W+(\w+\W+){0,2}2026"},
         {"rule": "name_only_in_body", "text": "Wassenaar", "body": "Wassenaar"}])
refusal("am-x-weiger-04", "Wat raamt Wassenaar voor 2029 aan lasten voor Mens en Maatschappij?",
        "the meerjarenramingen end in 2027 (Begroting 2024) and 2028 (Begroting 2025)",
        [{"rule": "absent_text", "documents": "body:Wassenaar", "text": "2029"},
         {"rule": "name_only_in_body", "text": "Wassenaar", "body": "Wassenaar"}], scope=WB)
refusal("am-x-weiger-05", "Wat zijn de lasten voor jeugdhulp in de gemeente Hellendoorn?",
        "Hellendoorn is in no document of the corpus",
        [{"rule": "absent_text", "documents": "*", "text": "Hellendoorn"},
         {"rule": "not_in_manifest", "text": "Hellendoorn"}])
refusal("am-x-weiger-06", "Hoeveel forensenbelasting int Wassenaar in 2025?",
        "Wassenaar levies no forensenbelasting in these documents",
        [{"rule": "absent_text", "documents": "*", "text": "forensenbelasting"}], scope=WB)
refusal("am-x-weiger-07", "Wat kost een parkeervergunning voor bewoners in Wassenaar in 2025?",
        "no parking tariffs anywhere (only taakveld 2.2 Parkeren in total)",
        [{"rule": "absent_text", "documents": "*", "text": "parkeervergunning"},
         {"rule": "absent_text", "documents": "*", "text": "parkeertarie"}])
refusal("am-x-weiger-08", "Wat wordt het tarief toeristenbelasting per hotelovernachting in Wassenaar in 2026?",
        "the tariff tables stop at 2024 (Begroting 2024) and 2025 (Begroting 2025)",
        [{"rule": "no_column", "document": WF, "table": "7.2", "text": "2026"},
         {"rule": "caption_block_absent", "document": WO, "caption": "Tabel 7.2 - Tarieven hondenbelasting",
          "lines": 10, "text": "2026"},
         {"rule": "name_only_in_body", "text": "Wassenaar", "body": "Wassenaar"}], scope=WB)
refusal("am-x-weiger-09", "Hoeveel Tozo-aanvragen verwacht de gemeente Dinkelland in 2021?",
        "only the Twenterand programmabegroting 2021 mentions the Tozo; Dinkelland's begroting 2020 does not",
        [{"rule": "absent_text", "documents": "body:Dinkelland", "text": "Tozo"},
         {"rule": "absent_text", "documents": "body:Dinkelland", "text": "zelfstandig ondernemer"},
         {"rule": "name_only_in_body", "text": "Dinkelland", "body": "Dinkelland"}])

# ================================================================================================= text
text("am-t-tekst-01", "Wat betekent de coronacrisis voor het sociaal domein van Twenterand in 2021?", TB,
     ["Tozo", ["uitkering", "bijstand"]],
     passage(TF, "De gevolgen daarvan zijn ook in 2021 merkbaar in het sociaal domein: meer inwoners doen een beroep "
                 "op een uitkering of op schuldhulpverlening, zelfstandig ondernemers maken gebruik van de Tozo"))
text("am-t-tekst-02", "Wanneer gaat volgens de programmabegroting 2021 van Twenterand de doordecentralisatie van "
                      "beschermd wonen in?", TB, ["2023", ["uitgesteld", "uitstel"]],
     passage(TF, "De doordecentralisatie van beschermd wonen en maatschappelijke opvang, eerder voorzien in 2021, is "
                 "door het Rijk uitgesteld naar 1 januari 2023."))
text("am-t-tekst-03", "Wat is er in de programmabegroting 2021 van Twenterand veranderd in het overzicht van baten en "
                      "lasten ten opzichte van 2020?", TB, ["Transformatie", "Gezondheidszorg"],
     passage(TF, "Ten opzichte van de programmabegroting 2020 is het ontwikkelprogramma Transformatie Sociaal Domein "
                 "nu als aparte regel in het overzicht van baten en lasten opgenomen, zodat zichtbaar is wat we aan de "
                 "transformatie uitgeven. De regel baten Gezondheidszorg is vervallen, omdat daar geen baten "
                 "tegenover staan."), scope=TB)
text("am-t-tekst-04", "Wat doet Twenterand in 2021 tegen laaggeletterdheid?", TB,
     ["Taalhuis", ["bibliotheek", "digitale", "computer"]],
     passage(TF, "In 2021 openen we samen met de bibliotheek een Digitaal Taalhuis"))
text("am-t-tekst-05", "Wat is er in 2021 nieuw in het ontwikkelprogramma Transformatie Sociaal Domein van Twenterand?",
     TB, ["praktijkondersteuner", "schuldhulpmaatje"],
     passage(TF, "Nieuw in 2021 zijn de pilot met een praktijkondersteuner jeugd bij de huisartsen en de inzet van een "
                 "schuldhulpmaatje bij gezinnen met beginnende schulden."))
text("am-w-tekst-01", "Wat zijn de doelstellingen van programma P2 Mens en Maatschappij in de begroting 2025 van "
                      "Wassenaar?", WB, ["preventie", "Sociaal Team", ["armoede", "bestaanszekerheid"], "huisarts"],
     passage(WF, "1. Een sterk maatschappelijk middenveld; focus op preventie 2. Sociaal Team Wassenaar; integrale "
                 "samenwerking in het sociaal domein 3. Jeugd; beheersbare jeugdhulp en meer betrokkenheid van de jeugd "
                 "4. Bestaanszekerheid; niemand hoeft in Wassenaar in armoede te leven 5. Inclusie; iedereen doet mee "
                 "in Wassenaar 6. Sport en cultuur; lichamelijke en geestelijke gezondheid en verbinding tussen de "
                 "inwoners 7. Gezondheidszorg; voldoende huisartsenzorg voor de inwoners in en om Wassenaar"))
text("am-w-tekst-02", "Waarom stijgen de kosten van jeugdhulp in de begroting 2025 van Wassenaar?", WB,
     ["tarieven", "GGZ"],
     passage(WF, "De tarieven voor jeugdhulp in de regio Haaglanden stijgen met gemiddeld 6,4% door de loon- en "
                 "prijsontwikkeling. Daarnaast is het aantal jeugdigen met jeugd-GGZ zonder verblijf gestegen."))
text("am-w-tekst-03", "Wat verandert er in 2025 aan het minimabeleid in Wassenaar?", WB, ["130%", "kindpakket"],
     passage(WF, "De inkomensgrens voor de minimaregelingen gaat van 120% naar 130% van het sociaal minimum, zodat meer "
                 "werkende huishoudens met een laag inkomen ondersteuning krijgen. Daarnaast komt er een vast "
                 "kindpakket voor sport, cultuur en schoolkosten"))
text("am-w-tekst-04", "Waarom stijgt de afvalstoffenheffing in Wassenaar in 2025?", WB,
     [["kostendekkend", "100%"], "4,7%"],
     passage(WF, "De tarieven stijgen in 2025 met 4,7%, omdat de heffing nu volledig kostendekkend is."), scope=WB)
text("am-w-tekst-05", "Waarom is het budget voor de opvang van Oekraïense ontheemden in Wassenaar in 2025 lager?", WB,
     ["normbedragen", "Rijk"],
     passage(WF, "Omdat het Rijk de normbedragen per 2025 verlaagt, is het budget lager dan in 2024."))


# ================================================================================================= which
def mln(v):
    return nl_dec(abs(v) / 1_000_000, 1) + " miljoen"


c_t20 = old_t(OV, "Jeugd", "2020", LG)
c_t21 = tl("Jeugd", "2021")
which("am-t-welke-01", "Hoeveel geeft Twenterand uit aan jeugd?", [c_t20, c_t21],
      [[c_t20["printed"], mln(c_t20["value"])], [c_t21["printed"], mln(c_t21["value"])]],
      why="no year: the programmabegroting 2020 budgets 16.695.012 for 2020, the programmabegroting 2021 budgets "
          "17.254.391 for 2021")
c_w24 = old_p(P2, "Lasten", "Begroting 2024")
c_w25 = wp(P2, "Lasten", "Begroting 2025")
which("am-w-welke-02", "Wat zijn de lasten van het programma Mens en Maatschappij in Wassenaar?", [c_w24, c_w25],
      [[c_w24["printed"].lstrip("-"), mln(c_w24["value"]), "38.933.561"],
       [c_w25["printed"].lstrip("-"), mln(c_w25["value"]), nl_int(-d.PL_EUR[P2])]],
      why="no year: each edition's own budget year (Begroting 2024 and Begroting 2025)")
c_w24b = wp(P2, "Lasten", "Begroting 2024")
which("am-w-welke-03", "Wat was er in 2024 begroot voor de lasten van programma P2 Mens en Maatschappij in "
                       "Wassenaar?", [c_w24, c_w24b],
      [[c_w24["printed"].lstrip("-"), mln(c_w24["value"]), "38.933.561"],
       [c_w24b["printed"].lstrip("-"), mln(c_w24b["value"])]], scope=WB,
      why="the primitieve Begroting 2024 (38.934) and the Begroting 2024 after the voorjaarsnota 2024 as printed in "
          "the Begroting 2025 (40.118)")
c_r20 = old_t(OV, "Geraamd resultaat", "2022")
c_r21 = tcell(TF, OV, "Geraamd resultaat", "2022", d.T_RESULT[1])
which("am-t-welke-04", "Wat is het geraamd resultaat van het sociaal domein van Twenterand voor 2022?", [c_r20, c_r21],
      [[c_r20["printed"], mln(c_r20["value"])], [c_r21["printed"], mln(c_r21["value"])]],
      why="both editions hold a raming for 2022 and the question names neither")

# ================================================================================================= any
anyc("am-w-any-01", "Hoe staat Wassenaar er financieel voor volgens de begroting 2025?", WB,
     ["Twenterand", "Dinkelland"], WF)
anyc("am-t-any-01", "Wat zijn de grootste veranderingen in het sociaal domein van Twenterand in 2021?", TB,
     ["Wassenaar", "Dinkelland"], TF, scope=TB)

# ================================================================================================= write
HEADER = ("# GENERATED by source/gen_cases.py -- do not edit by hand; run source/build.sh.\n"
          "# Blind evaluation set set-am (format: /work/shared/evals/FORMAT.md, version 1).\n"
          "# Corpus: the four documents of /work/main/corpus (copied unchanged) plus two FICTIONAL later editions\n"
          f"#   corpus/{TF} (Twenterand, Programmabegroting 2021, programma Sociaal Domein,\n"
          "#     plain-text web export in the notation of the 2020 export) and\n"
          f"#   corpus/{WF} (Wassenaar, Begroting 2025, reportlab PDF in the manner of the Begroting 2024).\n"
          "# The new editions hold changed figures, partly changed rows and partly changed text; questions name the\n"
          "# year or the document so that only one edition is right, except the 'which' cases.\n"
          "# Values are in euros (x € 1.000 tables times 1000) with the printed sign (lasten and Twenterand baten are\n"
          "# printed negative); `signed` is never set, so the runner compares absolute values. 'which' cases\n"
          "# (ids *-welke-*) are kind text with one include group per candidate figure.\n"
          "# Provenance of every expected and accepted value: source/provenance.json.\n")
body = yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True, sort_keys=False, width=120)
(SET / "cases.yaml").write_text(HEADER + body, encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nturns = sum(len(c.get("turns", [c])) for c in CASES)
print(f"cases.yaml: {len(CASES)} cases, {nturns} turns")
