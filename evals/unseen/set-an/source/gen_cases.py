"""Write ../cases.yaml and provenance.json for set-an.

Every expected and accepted figure is located in the finished documents (extract.py) and, for the two new
documents, must equal data.py; figures of the existing documents (the other edition, the old side of a
cross-edition derivation) are read from those documents only.  "other_edition" records the same row printed in
the predecessor with a different value: it is kept out of value/accept (check.py verifies that).

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

import data as d
from extract import PdfDoc, TxtDoc, clean, parse_num
from fmt import nl, nl_dec, nl_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
DF, CF = d.D_FILE, d.C_FILE
DO = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
CO = "collectie-overijssel-jaarstukken-2023.pdf"
DOCS = {DF: TxtDoc(CORPUS / DF), DO: TxtDoc(CORPUS / DO), CF: PdfDoc(CORPUS / CF), CO: PdfDoc(CORPUS / CO)}
DB, CB = d.D_BODY, d.C_BODY
K = 1000


def _eq(a, b, what):
    if b is not None and abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def _v(printed, scale):
    v = parse_num(printed)
    if v is None:
        raise SystemExit(f"not a number: {printed!r}")
    return round(v * scale, 6)


# ------------------------------------------------------------------------------------------------ sources
def tcell(doc, row, col, want=None):
    """a cell of the Dinkelland money table 'Wat is er in 2021 nodig?'"""
    c = DOCS[doc].cell(row, col)
    v = _v(c["printed"], 1)
    _eq(v, want, f"{doc} {row}/{col}")
    return {"kind": "txt_cell", "document": doc, "table": c["table"], "row": row, "column": col,
            "line_no": c["line_no"], "section": c["section"], "printed": c["printed"], "scale": 1,
            "scale_statement": c["scale_statement"], "value": v}


def tind(doc, row, col, want=None):
    """a cell of the Dinkelland indicator table (trailing percentage columns IST / IST / SOLL 2022)"""
    r = DOCS[doc].indicator_row(row)
    printed = r["cells"][col]
    v = _v(printed, 1)
    _eq(v, want, f"{doc} indicator {row}/{col}")
    return {"kind": "txt_indicator", "document": doc, "table": r["header"], "row": row, "column": col,
            "meetmoment": r["meetmoment"], "beschikbaar": r["beschikbaar"], "line_no": r["line_no"], "section": r["section"], "printed": printed,
            "scale": 1, "value": v}


def tblock(doc, anchor, year, printed, want=None):
    """an indicator written as a block of lines: anchor line, measurement year, value"""
    b = DOCS[doc].indicator_block(anchor, year, printed)
    v = _v(printed, 1)
    _eq(v, want, f"{doc} block {anchor}")
    return {"kind": "txt_block", "document": doc, "anchor": anchor, "anchor_line": b["anchor_line"], "year": year,
            "year_line": b["year_line"], "line_no": b["line_no"], "section": b["section"], "printed": printed,
            "scale": 1, "value": v}


def prose(doc, fragment, printed, want=None, scale=1):
    where = DOCS[doc].prose(fragment)
    if not where or printed not in fragment:
        raise SystemExit(f"prose not found in {doc}: {fragment}")
    v = _v(printed, scale)
    _eq(v, want, f"prose {fragment}")
    src = {"kind": "prose", "document": doc, "prose": fragment, "printed": printed, "scale": scale,
           "scale_statement": "as printed in the text" if scale == 1 else f"'{printed}' x {scale}", "value": v}
    if doc.endswith(".pdf"):
        src["page"] = where[0]
    else:
        src["line_no"] = where[0]
        src["section"] = DOCS[doc].section_of(where[0])
    return src


def _find_table(doc, title, hl, occ):
    dd = DOCS[doc]
    seen = 0
    for p in range(1, dd.npages + 1):
        k = 0
        while True:
            try:
                dd.table(p, title, hl, k)
            except LookupError:
                break
            if seen == occ:
                return p, k
            seen += 1
            k += 1
    raise SystemExit(f"{doc}: table {title!r} #{occ} not found")


def pcell(doc, title, row, col, want=None, hl=2, occ=0, rocc=0, unit_scale=None, scale_note=None):
    """a cell of a jaarstukken PDF table; want in euros (or units)"""
    p, k = _find_table(doc, title, hl, occ)
    c = DOCS[doc].cell(p, title, row, col, hl, k, rocc)
    stmt = c["scale_statement"] or title
    if unit_scale is not None:
        scale = unit_scale
    elif "'000" in stmt.replace("€'000", "€ '000") or "'000" in title:
        scale = K
    else:
        scale = 1
    v = _v(c["printed"], scale)
    _eq(v, want, f"{doc} {title}/{row}/{col}")
    ll = DOCS[doc].layout_line(p, clean(row), c["printed"])
    if ll is None:
        raise SystemExit(f"{doc} p{p}: {row} {c['printed']} not on a pdftotext -layout line")
    src = {"kind": "pdf_cell", "document": doc, "page": p, "table": title, "header_lines": hl, "occurrence": k,
           "row": row, "row_occurrence": rocc, "column": col, "section": c["section"], "printed": c["printed"],
           "scale": scale, "scale_statement": c["scale_statement"] or f"(in the table title) {title}",
           "layout_line": ll, "value": v}
    if scale_note:
        src["scale_note"] = scale_note
    return src


def pblock(doc, caption, year, sub=None, want=None):
    dd = DOCS[doc]
    for p in range(dd.npages, 0, -1):
        try:
            b = dd.block(p, caption, year, sub)
        except LookupError:
            continue
        v = _v(b["printed"], 1)
        _eq(v, want, f"{doc} block {caption}/{year}")
        return {"kind": "pdf_block", "document": doc, "page": p, "caption": caption, "year": year, "sub": sub,
                "section": b["section"], "printed": b["printed"], "scale": 1, "value": v}
    raise SystemExit(f"{doc}: block {caption!r} {year} not found")


def lline(doc, page_of, label, printed, scale):
    """an old-edition figure in a table whose labels wrap: its line in pdftotext -layout of the page"""
    dd = DOCS[doc]
    for p in dd.prose(page_of):
        ll = dd.layout_line(p, label, printed)
        if ll:
            return {"kind": "layout_line", "document": doc, "page": p, "page_of": page_of, "label": label,
                    "line": ll, "printed": printed, "scale": scale, "value": _v(printed, scale)}
    raise SystemExit(f"layout line not found in {doc}: {label} {printed}")


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [abs(s["value"]) for s in srcs]
    if op == "add":
        v, der = sum(s["value"] for s in srcs), " + ".join(nl_num(s["value"]) for s in srcs)
    elif op == "abs_sub":
        v, der = a[0] - a[1], f"{nl_num(a[0])} - {nl_num(a[1])}"
    elif op == "share":
        v, der = round(100 * a[0] / a[1], 2), f"100 × {nl_num(a[0])} / {nl_num(a[1])}"
    elif op == "pct":
        v, der = round(100 * (a[0] - a[1]) / a[1], 2), f"100 × ({nl_num(a[0])} - {nl_num(a[1])}) / {nl_num(a[1])}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {nl_num(v)}"}


# ------------------------------------------------------------------------------------------------ case builders
CASES, PROV = [], {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None, other=()):
    e = {"value": _n(main["value"])}
    acc = [_n(main["value"])]
    for a in accepts:
        if all(abs(abs(_n(a["value"])) - abs(x)) > 1e-9 for x in acc):     # the runner compares absolute values
            acc.append(_n(a["value"]))
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
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
    dd = DOCS[doc]
    hits = dd.prose(fragment)
    if not hits:
        raise SystemExit(f"passage not found in {doc}: {fragment}")
    if doc.endswith(".pdf"):
        return {"document": doc, "page": hits[0], "passage": fragment, "section": dd.section_of(hits[0], 9999)}
    return {"document": doc, "line_no": hits[0], "section": dd.section_of(hits[0]), "passage": fragment}


# ================================================================================================ Dinkelland
R = d.D_RESERVERING


def bullet(doc, name, amount):
    return prose(doc, f"{name} (€ {nl(amount)})", f"€ {nl(amount)}", amount)


def old_bullet(name, printed):
    return prose(DO, f"{name} ({printed})", printed)


O_SPORT = old_bullet("Sport als middel", "€ 52.000")
fig("an-d-01", "Hoeveel geld reserveert Dinkelland in de begroting 2021 voor Sport als middel?", DB,
    alt(bullet(DF, "Sport als middel", R["Sport als middel"])), other=[O_SPORT])
fig("an-d-02", "Welk bedrag is er in 2021 gereserveerd voor cultuur binnen het uitvoeringsplan sociaal domein?", DB,
    alt(bullet(DF, "Cultuur", R["Cultuur"])), scope=DB, other=[old_bullet("Cultuur", "€ 45.500")])
fig("an-d-03", "wat is het budget voor het Noaberhoes in de begroitng 2021 van Dinkelland", DB,
    alt(bullet(DF, "Noaberhoes", R["Noaberhoes"])), other=[old_bullet("Noaberhoes", "€ 60.000")])
fig("an-d-04", "Hoeveel van het budget voor het uitvoeringsplan sociaal domein was bij het opstellen van de "
               "begroting 2021 nog niet geclaimd in Dinkelland?", DB,
    alt(prose(DF, f"Ten tijde van het opstellen van de begroting 2021 resteert een budget van € "
                  f"{nl(d.D_NIET_GECLAIMD)} dat (nog) niet is geclaimd.", f"€ {nl(d.D_NIET_GECLAIMD)}",
              d.D_NIET_GECLAIMD)),
    other=[prose(DO, "Ten tijde van het opstellen van de begroting 2020 resteert een budget van € 323.000 dat (nog) "
                     "niet is geclaimd.", "€ 323.000")])
O_FONDS = prose(DO, "Ten tijde van het opstellen van de begroting 2020 bedraagt het stimuleringsfonds € 228.000.",
                "€ 228.000")
N_FONDS = prose(DF, f"Ten tijde van het opstellen van de begroting 2021 bedraagt het leefbaarheidsfonds € "
                    f"{nl(d.D_LEEFBAARHEIDSFONDS)}.", f"€ {nl(d.D_LEEFBAARHEIDSFONDS)}", d.D_LEEFBAARHEIDSFONDS)
fig("an-d-05", "Hoeveel geld zit er in het leefbaarheidsfonds van Dinkelland volgens de begroting 2021?", DB,
    alt(N_FONDS), other=[O_FONDS])
NODIG = d.D_NODIG
COORD = "Coördinatoren interne en externe verwijzingen"
fig("an-d-06", "Wat kosten de coördinatoren voor interne en externe verwijzingen in 2022?", DB,
    alt(tcell(DF, COORD, "2022", NODIG[COORD][1])), scope=DB)
fig("an-d-07", "Hoeveel is er in Dinkelland voor 2021 geraamd voor het inrichten van de één toegang?", DB,
    alt(tcell(DF, "Inrichting één toegang", "2021", NODIG["Inrichting één toegang"][0])))
BESP = "Verwachte besparing maatwerkvoorzieningen"
fig("an-d-08", "Welke besparing op maatwerkvoorzieningen verwacht Dinkelland in 2024?", DB,
    alt(tcell(DF, BESP, "2024", NODIG[BESP][3])))
fig("an-d-09", "Hoeveel geld is er per saldo extra nodig voor de ambitie Inclusieve samenleving van Dinkelland in "
               "2021?", DB, alt(tcell(DF, "Totaal", "2021", d.D_NODIG_TOT[0])),
    [alt(prose(DF, f"Per saldo is in 2021 € {nl(d.D_NODIG_TOT[0])} extra nodig", f"€ {nl(d.D_NODIG_TOT[0])}",
               d.D_NODIG_TOT[0]))])
GZ = "Percentage inwoners die goede gezondheid ervaren"
BW = "Percentage inwoners die voldoende bewegen"
fig("an-d-10", "Hoeveel procent van de inwoners van Dinkelland ervaart een goede gezondheid volgens de meting van "
               "2020?", DB, alt(tind(DF, GZ, "IST 2", 90)),
    [alt(prose(DF, "Volgens de Volwassenen- en ouderenmonitor 2020 ervaart 90% van de inwoners een goede "
                   "gezondheid", "90%", 90))], unit="percent", other=[tind(DO, GZ, "IST")])
fig("an-d-11", "Welk percentage Dinkellanders beweegt voldoende volgens de ouderenmonitor 2020?", DB,
    alt(tind(DF, BW, "IST 2", 65)), unit="percent", other=[tind(DO, BW, "IST")])
CEOJ = "Het cijfer voor cliënttevredenheid Jeugd is toegenomen"
fig("an-d-12", "Welk rapportcijfer gaven cliënten van de jeugdhulp in Dinkelland in het cliëntervaringsonderzoek van "
               "2019?", DB, alt(tblock(DF, CEOJ, d.D_CEO_JEUGD[0], d.D_CEO_JEUGD[1], 7.9)), unit="grade",
    other=[tblock(DO, CEOJ, "2018", "7,7")])
HA = "Het percentage indicaties afgegeven door een huisarts in relatie tot het totaal aantal jeugdindicaties"
fig("an-d-13", "Welk deel van de jeugdindicaties in Dinkelland kwam in 2019 via de huisarst?", DB,
    alt(tblock(DF, HA, d.D_HUISARTS[0], d.D_HUISARTS[1], 27)), unit="percent", other=[tblock(DO, HA, "2018", "24%")])
fig("an-d-14", "Hoeveel bewonersinitiatieven zijn er in 2020 in Dinkelland gesteund uit het fonds?", DB,
    alt(prose(DF, f"In 2020 zijn {d.D_INITIATIEVEN_2020} inwonersinitiatieven ondersteund.",
              str(d.D_INITIATIEVEN_2020), d.D_INITIATIEVEN_2020)), unit="count")
fig("an-d-15", "Hoeveel minder geld is er in de begroting 2021 van Dinkelland voor Sport als middel dan in de "
               "begroting 2020?", DB,
    alt([O_SPORT, bullet(DF, "Sport als middel", R["Sport als middel"])], "abs_sub"))
fig("an-d-16", "Met hoeveel euro is het fonds voor inwonersinitiatieven van Dinkelland gedaald tussen de begroting "
               "2020 en de begroting 2021?", DB, alt([O_FONDS, N_FONDS], "abs_sub"))
fig("an-d-17", "Wat kosten de coördinatoren verwijzingen in 2021 tot en met 2024 bij elkaar?", DB,
    alt([tcell(DF, COORD, y, NODIG[COORD][i]) for i, y in enumerate(d.D_COLS)], "add"), scope=DB)
fig("an-d-18", "Met hoeveel procent neemt de verwachte besparing op maatwerkvoorzieningen in Dinkelland toe van 2021 "
               "naar 2024?", DB,
    alt([tcell(DF, BESP, "2024", NODIG[BESP][3]), tcell(DF, BESP, "2021", NODIG[BESP][0])], "pct"),
    unit="percent", tol=0.06)
POH = "Pilot POH Jeugd"
conv("an-d-conv-01", DB, [
    fig_turn("Hoeveel kost de pilot met de praktijkondersteuner jeugd (POH Jeugd) in 2021?", DB,
             alt(tcell(DF, POH, "2021", NODIG[POH][0]))),
    fig_turn("En in 2023?", DB, alt(tcell(DF, POH, "2023", NODIG[POH][2]))),
])
CEOW = "Het cijfer cliënttevredenheid Wmo is toegenomen"
BEK = "bekendheid van cliëntondersteuning is toegenomen"
conv("an-d-conv-02", None, [
    fig_turn("Welk cijfer gaven Wmo-cliënten in Dinkelland in het cliëntervaringsonderzoek van 2019?", DB,
             alt(tblock(DF, CEOW, d.D_CEO_WMO[0], d.D_CEO_WMO[1], 7.6)), unit="grade"),
    fig_turn("En hoe bekend was cliëntondersteuning bij die Wmo-cliënten in 2019?", DB,
             alt(tblock(DF, BEK, d.D_BEKENDHEID[0], d.D_BEKENDHEID[2], 81)), unit="percent",
             other=[tblock(DO, BEK, "2018", "78%")]),
])
conv("an-d-conv-03", DB, [
    fig_turn("Hoeveel is in de begroting 2021 gereserveerd voor Kansrijke Start?", DB,
             alt(bullet(DF, "Kansrijke Start", R["Kansrijke Start"]))),
    fig_turn("En voor Grip op sociaal domein?", DB, alt(bullet(DF, "Grip op sociaal domein",
                                                               R["Grip op sociaal domein"]))),
    fig_turn("Hoeveel blijft er dan in 2021 nog over voor nieuwe interventies?", DB,
             alt(prose(DF, f"Het restant van € {nl(d.D_VRIJ)} blijft beschikbaar voor nieuwe interventies",
                       f"€ {nl(d.D_VRIJ)}", d.D_VRIJ))),
])

# ================================================================================================ Collectie Overijssel
BL = "Baten en Lasten"
R24, B24, R23 = "Realisatie 2024", "Begroting 2024", "Realisatie 2023"


def cbl(row, col, want=None):
    return pcell(CF, BL, row, col, want)


def obl(row):
    return pcell(CO, BL, row, R23)


fig("an-c-01", "Wat waren de baten GR Rijk van Collectie Overijssel in 2024?", CB,
    alt(cbl("Baten GR Rijk", R24, K * d.C_BATEN["Baten GR Rijk"][0])), other=[obl("Baten GR Rijk")])
fig("an-c-02", "Hoeveel gaf Collectie Overijssel in 2024 uit aan personeelssalarisen?", CB,
    alt(cbl("Personeel salarissen", R24, K * d.C_LASTEN["Personeel salarissen"][0])),
    other=[obl("Personeel salarissen")])
fig("an-c-03", "Wat was de energierekening van Collectie Overijssel in 2024?", CB,
    alt(cbl("Huisvesting energie", R24, K * d.C_LASTEN["Huisvesting energie"][0])),
    [alt(prose(CF, f"De energiekosten daalden ten opzichte van 2023 naar € {-d.C_LASTEN['Huisvesting energie'][0]}k",
               f"€ {-d.C_LASTEN['Huisvesting energie'][0]}k", -K * d.C_LASTEN["Huisvesting energie"][0], K))],
    other=[obl("Huisvesting energie")])
fig("an-c-04", "Hoeveel baten had Collectie Overijssel begroot voor 2024?", CB,
    alt(cbl("Baten", B24, K * d.C_BATEN_TOT[1])), scope=CB)
fig("an-c-05", "Wat was het exploitatieresultaat van Collectie Overijssel over 2024?", CB,
    alt(pcell(CF, "Resultaat", "Exploitatieresultaat", "Realisatie 2024", K * d.C_RESULTAAT[0])),
    [alt(cbl("Resultaat exploitatie", R24, K * d.C_RESULTAAT[0])),
     alt(prose(CF, f"met als resultaat € {nl(-K * d.C_RESULTAAT[0])},- negatief", f"€ {nl(-K * d.C_RESULTAAT[0])},-",
               -K * d.C_RESULTAAT[0]))],
    other=[pcell(CO, "Resultaat", "Exploitatieresultaat", "Realisatie 2023")])
fig("an-c-06", "Hoe groot was het eigen vermogen van Collectie Overijssel eind 2024?", CB,
    alt(pcell(CF, "BALANS", "Eigen vermogen", R24, K * d.C_EV_TOT[0])),
    [alt(pcell(CF, "Balans", "Eigen Vermogen", "2024", K * d.C_EV_TOT[0], hl=1, unit_scale=K,
               scale_note="€ '000 in the header of the kerncijfers table 'Resultaat' above it on the page")),
     alt(pcell(CF, "Eigen Vermogen", "Totaal", "Ultimo 2024", K * d.C_EV_TOT[0]))],
    other=[pcell(CO, "BALANS", "Eigen vermogen", R23)])
fig("an-c-07", "Wat was de solvabiliteit van Collectie Overijssel in 2024?", CB,
    alt(pcell(CF, "Balans", "Solvabiliteit", "2024", d.C_SOLV[0], hl=1)),
    [alt(pcell(CF, "Financiële kengetallen", "Solvabiliteit", R24, d.C_SOLV[0]))], unit="percent",
    other=[pcell(CO, "Balans", "Solvabiliteit", "2023", hl=1)])
fig("an-c-08", "Hoeveel medewerkers had Collectie Overijssel in dienst aan het eind van 2024?", CB,
    alt(pcell(CF, "Personeel", "Aantal medewerkers, jaareinde", "2024", 59, hl=1)),
    [alt(pblock(CF, "Aantal medewerkers per jaareinde", "2024", want=59))], unit="count",
    other=[pcell(CO, "Personeel", "Aantal medewerkers, jaareinde", "2023", hl=1)])
fig("an-c-09", "Hoe hoog was het ziekteverzuim bij Collectie Overijssel in 2024?", CB,
    alt(pcell(CF, "Personeel", "Ziekte - Verzuim %", "2024", 7, hl=1)),
    [alt(pblock(CF, "Ziekteverzuim (%)", "2024", want=7))], unit="percent",
    other=[pcell(CO, "Personeel", "Ziekte - Verzuim %", "2023", hl=1)])
fig("an-c-10", "Hoeveel weerstandsvermogen had Collectie Overijssel in 2024?", CB,
    alt(pcell(CF, "Weerstandsvermogen", "Weerstandsvermogen", R24, K * d.C_WEERSTAND[0])),
    [alt(prose(CF, f"daalt het weerstandsvermogen naar € {d.C_WEERSTAND[0]}k", f"€ {d.C_WEERSTAND[0]}k",
               K * d.C_WEERSTAND[0], K))],
    other=[pcell(CO, "Weerstandsvermogen", "Weerstandsvermogen", R23)])
fig("an-c-11", "wat was het emu saldo van Collectie Overijssel over 2024", CB,
    alt(pcell(CF, "Kasstroom en EMU-saldo", "EMU-saldo", R24, K * d.C_EMU)),
    other=[pcell(CO, "Kasstroom en EMU-saldo", "EMU-saldo", R23)])
fig("an-c-12", "Wat verdiende directeur Robijn van Collectie Overijssel in 2024 volgens de WNT-verantwoording?", CB,
    alt(pcell(CF, "Dhr. V. Robijn (x € 1)", "Bezoldiging", "2024", d.C_WNT_SUB[0], hl=1, rocc=1)),
    [alt(pcell(CF, "Dhr. V. Robijn (x € 1)", "Subtotaal", "2024", d.C_WNT_SUB[0], hl=1))],
    other=[lline(CO, "Dhr. V. Robijn (x € 1)", "Bezoldiging", "137.311", 1)])
SCANS = "Aantal scans dat is bekeken en/of gedownload is via de toegangen op onze website"
fig("an-c-13", "Hoeveel scans zijn er in 2024 bekeken of gedownlaod via de website van Collectie Overijssel?", CB,
    alt(pblock(CF, SCANS, "2024", want=1688415)),
    [alt(prose(CF, "werden er ruim 1,6 miljoen scans bekeken of gedownload", "1,6", 1_600_000, 1_000_000))],
    unit="count", other=[pblock(CO, SCANS, "2023")])
fig("an-c-14", "Hoeveel ontving Collectie Overijssel in 2024 van NWO voor het HAICu-project?", CB,
    alt(cbl("Baten HAICu (NWO)", R24, K * d.C_BATEN["Baten HAICu (NWO)"][0])),
    [alt(prose(CF, f"De bijdrage van NWO bedroeg in 2024 € {d.C_BATEN['Baten HAICu (NWO)'][0]}k",
               f"€ {d.C_BATEN['Baten HAICu (NWO)'][0]}k", K * d.C_BATEN["Baten HAICu (NWO)"][0], K))])
fig("an-c-15", "Hoe hoog is de investeringsraming voor het nieuwe Collectiecentrum van Collectie Overijssel volgens "
               "de jaarstukken 2024?", CB,
    alt(prose(CF, "de investeringsraming bijgesteld naar ca. 24,5 miljoen euro", "24,5", 24_500_000, 1_000_000)),
    other=[prose(CO, "waarin de investeringsraming is opgenomen (ca. 22 miljoen euro)", "22", scale=1_000_000)])
fig("an-c-16", "Hoeveel meer droeg de gemeente Zwolle in 2024 bij aan Collectie Overijssel (GR) dan in 2023?", CB,
    alt([cbl("Baten GR Gemeente Zwolle", R24, K * d.C_BATEN["Baten GR Gemeente Zwolle"][0]),
         obl("Baten GR Gemeente Zwolle")], "abs_sub"))
fig("an-c-17", "Met hoeveel procent steeg het aantal bekeken of gedownloade scans bij Collectie Overijssel van 2023 "
               "naar 2024?", CB, alt([pblock(CF, SCANS, "2024", want=1688415), pblock(CO, SCANS, "2023")], "pct"),
    unit="percent", tol=0.06)
fig("an-c-18", "Hoeveel lager vielen de salariskosten van Collectie Overijssel in 2024 uit dan begroot?", CB,
    alt([cbl("Personeel salarissen", B24, K * d.C_LASTEN["Personeel salarissen"][1]),
         cbl("Personeel salarissen", R24, K * d.C_LASTEN["Personeel salarissen"][0])], "abs_sub"))
fig("an-c-19", "Welk percentage van de baten van Collectie Overijssel kwam in 2024 van de GR-deelnemers samen?", CB,
    alt([pcell(CF, "Algemene dekkingsmiddelen", "Baten GR-deelnemers", R24, K * d.C_GR_DEELNEMERS[0]),
         cbl("Baten", R24, K * d.C_BATEN_TOT[0])], "share"), unit="percent", tol=0.06)
HO = "Huisvesting overig"
conv("an-c-conv-01", CB, [
    fig_turn("Wat waren de overige huisvestingslasten van Collectie Overijssel in 2024?", CB,
             alt(cbl(HO, R24, K * d.C_LASTEN[HO][0])), other=[obl(HO)]),
    fig_turn("En in de jaarstukken 2023?", CB, alt(obl(HO)), [alt(cbl(HO, R23, K * d.C_LASTEN[HO][2]))]),
    fig_turn("En hoeveel was daarvoor begroot in 2024?", CB, alt(cbl(HO, B24, K * d.C_LASTEN[HO][1]))),
])
conv("an-c-conv-02", None, [
    fig_turn("Wat bedroegen de totale baten van Collectie Overijssel in 2024?", CB,
             alt(cbl("Baten", R24, K * d.C_BATEN_TOT[0])),
             [alt(pcell(CF, "Resultaat", "Baten", "Realisatie 2024", K * d.C_BATEN_TOT[0]))],
             other=[obl("Baten")]),
    fig_turn("En de lasten?", CB, alt(cbl("Lasten", R24, K * d.C_LASTEN_TOT[0])),
             [alt(pcell(CF, "Resultaat", "Lasten", "Realisatie 2024", -K * d.C_LASTEN_TOT[0]))],
             other=[obl("Lasten")]),
    fig_turn("Hoeveel hoger waren die lasten dan in 2023?", CB,
             alt([cbl("Lasten", R24, K * d.C_LASTEN_TOT[0]), obl("Lasten")], "abs_sub")),
])
conv("an-c-conv-03", CB, [
    fig_turn("Hoeveel fte had Collectie Overijssel aan het eind van 2024?", CB,
             alt(pcell(CF, "Personeel", "Aantal FTE, jaareinde", "2024", 51, hl=1)),
             [alt(pblock(CF, "FTE’s (jaareinde)", "2024", want=51))], unit="count",
             other=[pcell(CO, "Personeel", "Aantal FTE, jaareinde", "2023", hl=1)]),
    fig_turn("En gemiddeld over dat jaar?", CB,
             alt(pcell(CF, "Personeel", "Aantal FTE, gemiddeld", "2024", 50, hl=1)),
             [alt(pblock(CF, "FTE gemiddeld (over gehele jaar)", "2024", want=50))], unit="count",
             other=[pcell(CO, "Personeel", "Aantal FTE, gemiddeld", "2023", hl=1)]),
])

# ================================================================================================ refusals
D_DOCS, C_DOCS = "body:Dinkelland", "body:Collectie Overijssel"
refusal("an-x-weiger-01", "Hoeveel heeft Dinkelland in de begroting 2022 gereserveerd voor Sport als middel?",
        "the corpus holds Dinkelland's begrotingen 2020 and 2021 only; no document budgets Sport als middel for 2022",
        [{"rule": "absent_regex", "documents": D_DOCS, "text": r"(?i)begroting\s+(van\s+)?2022"},
         {"rule": "absent_regex", "documents": D_DOCS, "text": r"(?i)sport als middel[^.\n]{0,80}2022"},
         {"rule": "name_only_in_body", "text": "Dinkelland", "body": "Dinkelland"}])
refusal("an-x-weiger-02", "Wat waren de werkelijke uitgaven van Collectie Overijssel in 2025?",
        "the jaarstukken cover 2023 and 2024; 2025 has no realisation in any document",
        [{"rule": "absent_regex", "documents": C_DOCS,
          "text": r"(?i)(realisatie|jaarstukken|jaarrekening|werkelijk\w*)\W+(\w+\W+){0,3}2025"},
         {"rule": "no_pdf_column", "documents": C_DOCS, "table": BL, "text": "2025"},
         {"rule": "name_only_in_body", "text": "Collectie Overijssel", "body": "Collectie Overijssel"}])
refusal("an-x-weiger-03", "Hoeveel bedroegen de baten GR Rijk van Collectie Overijssel in 2021?",
        "the baten en lasten tables hold 2022-2023 (jaarstukken 2023) and 2023-2024 (jaarstukken 2024)",
        [{"rule": "no_pdf_column", "documents": C_DOCS, "table": BL, "text": "2021"},
         {"rule": "absent_regex", "documents": C_DOCS, "text": r"(?i)baten GR Rijk[^\n]{0,40}2021"},
         {"rule": "name_only_in_body", "text": "Collectie Overijssel", "body": "Collectie Overijssel"}],
        scope=CB)
refusal("an-x-weiger-04", "Hoeveel fte had Collectie Overijssel eind 2020?",
        "the year blocks run 2021-2023 (jaarstukken 2023) and 2022-2024 (jaarstukken 2024); the kerncijfers "
        "compare two years only",
        [{"rule": "no_block_year", "documents": C_DOCS, "caption": "FTE’s (jaareinde)", "text": "2020"},
         {"rule": "no_pdf_column", "documents": C_DOCS, "table": "Personeel", "header_lines": 1, "text": "2020"},
         {"rule": "name_only_in_body", "text": "Collectie Overijssel", "body": "Collectie Overijssel"}])
refusal("an-x-weiger-05", "Hoeveel geeft de gemeente Losser uit aan het leefbaarheidsfonds?",
        "Losser is in no document of the corpus",
        [{"rule": "absent_text", "documents": "*", "text": "Losser"},
         {"rule": "not_in_manifest", "text": "Losser"}])
refusal("an-x-weiger-06", "Wat is de OZB-opbrengst van Dinkelland in 2021?",
        "the Dinkelland documents cover only the ambitie Inclusieve samenleving; no tax revenue anywhere for "
        "Dinkelland (only Wassenaar has OZB)",
        [{"rule": "absent_text", "documents": D_DOCS, "text": "OZB"},
         {"rule": "absent_text", "documents": D_DOCS, "text": "onroerende"},
         {"rule": "name_only_in_body", "text": "Dinkelland", "body": "Dinkelland"}])
refusal("an-x-weiger-07", "Welke bijdrage betaalt de gemeente Kampen in 2024 aan Collectie Overijssel?",
        "Kampen is in no document; the GR deelnemers are het Rijk, Zwolle and Deventer",
        [{"rule": "absent_text", "documents": "*", "text": "Kampen"},
         {"rule": "not_in_manifest", "text": "Kampen"}])
refusal("an-x-weiger-08", "Hoeveel verwacht Dinkelland in 2025 te besparen op maatwerkvoorzieningen?",
        "the raming in the begroting 2021 runs to 2024; no Dinkelland document mentions 2025",
        [{"rule": "absent_text", "documents": D_DOCS, "text": "2025"},
         {"rule": "no_txt_column", "documents": D_DOCS, "text": "2025"},
         {"rule": "name_only_in_body", "text": "Dinkelland", "body": "Dinkelland"}])
refusal("an-x-weiger-09", "Hoeveel leges vraagt Collectie Overijssel voor een afschrift uit het archief?",
        "the jaarstukken hold no tariffs or leges (only 'Baten Overig' in total)",
        [{"rule": "absent_regex", "documents": C_DOCS, "text": r"(?i)\bleges\b"},
         {"rule": "absent_text", "documents": C_DOCS, "text": "afschrift"},
         {"rule": "name_only_in_body", "text": "Collectie Overijssel", "body": "Collectie Overijssel"}])

# ================================================================================================ text
text("an-d-tekst-01", "Welk doel stelt Dinkelland in de begroting 2021 voor jeugdindicaties via de huisarts?", DB,
     ["25%", "huisarts"],
     passage(DF, "Het % indicaties afgegeven door een huisarts i.r.t. het totaal aantal jeugdindicaties is lager dan "
                 "25%"))
text("an-d-tekst-02", "Hoe gaat Dinkelland de Participatiewet vanaf 2022 uitvoeren?", DB,
     ["Tubbergen", ["lokaal", "lokale"], "Almelo"],
     passage(DF, "In 2020 heeft de raad gekozen om de uitvoering van de Participatiewet vanaf 1 januari 2022 samen met "
                 "de gemeente Tubbergen lokaal te organiseren, in plaats van via het contract met Almelo."))
text("an-d-tekst-03", "Wat is er in 2020 met het stimuleringsfonds van Dinkelland gebeurd?", DB,
     ["leefbaarheidsfonds", ["verbreed", "leefbaarheid"]],
     passage(DF, "In 2020 is het stimuleringsfonds verbreed tot leefbaarheidsfonds."))
text("an-d-tekst-04", "Wat doet Dinkelland in 2021 tegen eenzaamheid onder ouderen?", DB,
     ["Wij in de Buurt", ["maatje", "activiteit"]],
     passage(DF, "Met Wij in de Buurt en de seniorenverenigingen brengen we eenzame ouderen in beeld en koppelen we "
                 "hen aan een maatje of een activiteit in de eigen kern."), scope=DB)
text("an-d-tekst-05", "Wat verandert er in 2021 aan de preventie van alcohol en drugs bij jongeren in Dinkelland?",
     DB, ["IJslands", "jeugdmonitor"],
     passage(DF, "1. We voeren het IJslands preventiemodel in. In 2021 starten we met een lokale jeugdmonitor onder de "
                 "leerlingen van klas 2 en 4 van het voortgezet onderwijs."))
text("an-c-tekst-01", "Waarom is de investeringsraming voor het Collectiecentrum in de jaarstukken 2024 hoger "
                      "uitgevallen?", CB, ["bouwkosten", "duurzaamheidseisen"],
     passage(CF, "vooral door gestegen bouwkosten en hogere duurzaamheidseisen"))
text("an-c-tekst-02", "Hoe stelt Collectie Overijssel voor het resultaat over 2024 te bestemmen?", CB,
     ["Onderhoud", "Datakwaliteit", "Collectiecentrum"],
     passage(CF, "In het Voorstel Resultaatsbestemming 2024 wordt een onttrekking voorgesteld van de Reserve Onderhoud "
                 "en de Reserve Datakwaliteit & Collectiebeheer, ter grootte van de betreffende kosten in 2024, en een "
                 "toevoeging aan een nieuw te vormen Reserve Collectiecentrum."))
text("an-c-tekst-03", "Wat doet Collectie Overijssel in het onderzoeksproject HAICu?", CB,
     ["resoluties", "Staten van Overijssel"],
     passage(CF, "Collectie Overijssel levert de scans van de resoluties van de Staten van Overijssel uit de periode "
                 "1578-1795"))
text("an-c-tekst-04", "Waardoor daalden de energiekosten van Collectie Overijssel in 2024?", CB, ["tarieven"],
     passage(CF, f"De energiekosten daalden ten opzichte van 2023 naar € {-d.C_LASTEN['Huisvesting energie'][0]}k "
                 "door lagere tarieven."), scope=CB)
text("an-c-tekst-05", "Hoe staat het project Actualiseren vindplaatsregistratie van Collectie Overijssel er eind "
                      "2024 voor?", CB, ["60%", ["twee jaar", "februari 2024"]],
     passage(CF, "Het project is in februari 2024 gestart en heeft een verwachte looptijd van twee jaar. In 2024 is de "
                 "inhoud van de depots in Zwolle voor ongeveer 60% gecontroleerd"))


# ================================================================================================ which
def mln(v):
    return nl_dec(abs(v) / 1_000_000, 1) + " miljoen"


w_o = O_SPORT
w_n = bullet(DF, "Sport als middel", R["Sport als middel"])
which("an-d-welke-01", "Hoeveel geld heeft Dinkelland voor Sport als middel?", [w_o, w_n],
      [[w_o["printed"].replace("€ ", ""), "52 duizend"], [w_n["printed"].replace("€ ", ""), "31 duizend"]],
      why="no year: the begroting 2020 names € 52.000 (begroting 2019 budget), the begroting 2021 reserves "
          "€ 31.000 for 2021")
w_o = obl("Baten")
w_n = cbl("Baten", R24, K * d.C_BATEN_TOT[0])
which("an-c-welke-02", "Wat waren de baten van Collectie Overijssel?", [w_o, w_n],
      [[w_o["printed"], mln(w_o["value"]), nl(w_o["value"])], [w_n["printed"], mln(w_n["value"]), nl(w_n["value"])]],
      why="no year: realisatie 2023 (jaarstukken 2023) and realisatie 2024 (jaarstukken 2024)")
w_r = cbl("Personeel salarissen", R24, K * d.C_LASTEN["Personeel salarissen"][0])
w_b = cbl("Personeel salarissen", B24, K * d.C_LASTEN["Personeel salarissen"][1])
which("an-c-welke-03", "Wat waren de salariskosten van Collectie Overijssel in 2024?", [w_r, w_b],
      [[w_r["printed"].lstrip("-"), mln(w_r["value"]), nl(-w_r["value"])],
       [w_b["printed"].lstrip("-"), mln(w_b["value"]), nl(-w_b["value"])]], scope=CB,
      why="the jaarstukken 2024 print both the realisatie 2024 (3.512) and the herziene begroting 2024 (3.690)")
w_o = tblock(DO, CEOJ, "2018", "7,7")
w_n = tblock(DF, CEOJ, d.D_CEO_JEUGD[0], d.D_CEO_JEUGD[1], 7.9)
which("an-d-welke-04", "Hoe tevreden zijn cliënten van de jeugdhulp in Dinkelland?", [w_o, w_n],
      [[w_o["printed"], "7.7"], [w_n["printed"], "7.9"]],
      why="no year: the begroting 2020 prints the 2018 score 7,7, the begroting 2021 the 2019 score 7,9")

# ================================================================================================ any
anyc("an-c-any-01", "Hoe heeft Collectie Overijssel er financieel voor gestaan in 2024?", CB,
     ["Dinkelland", "Wassenaar"], CF)
anyc("an-d-any-02", "Wat zijn de belangrijkste plannen van Dinkelland voor een inclusieve samenleving in 2021?", DB,
     ["Twenterand", "Wassenaar"], DF, scope=DB)
anyc("an-c-any-03", "Welke nieuwe projecten is Collectie Overijssel in 2024 gestart?", CB,
     ["Dinkelland", "Twenterand"], CF)

# ================================================================================================ write
HEADER = ("# GENERATED by source/gen_cases.py -- do not edit by hand; run source/build.sh.\n"
          "# Blind evaluation set set-an (format: /work/shared/evals/FORMAT.md, version 1).\n"
          "# Corpus: the four documents of /work/main/corpus (copied unchanged) plus two FICTIONAL later editions\n"
          f"#   corpus/{DF} (Dinkelland, Begroting 2021, Ambitie Inclusieve\n"
          "#     samenleving, plain-text web export in the notation of the 2020 export) and\n"
          f"#   corpus/{CF} (Collectie Overijssel, Jaarstukken 2024, reportlab PDF in the\n"
          "#     manner of the Jaarstukken 2023).\n"
          "# The new editions hold changed figures, partly changed rows and partly changed text; questions name the\n"
          "# year or the document so that only one edition is right, except the 'which' cases.\n"
          "# Values are in euros (€ '000 tables times 1000, 'k' times 1000, 'miljoen' times 1.000.000) with the\n"
          "# printed sign (lasten are printed negative); `signed` is never set, so the runner compares absolute\n"
          "# values. 'which' cases (ids *-welke-*) are kind text with one include group per candidate figure.\n"
          "# Provenance of every expected and accepted value: source/provenance.json.\n")
body = yaml.safe_dump({"version": 1, "cases": CASES}, allow_unicode=True, sort_keys=False, width=120)
(SET / "cases.yaml").write_text(HEADER + body, encoding="utf-8")
(SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
nturns = sum(len(c.get("turns", [c])) for c in CASES)
print(f"cases.yaml: {len(CASES)} cases, {nturns} turns")
