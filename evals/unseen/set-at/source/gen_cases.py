"""Write ../cases.yaml and provenance.json for set-at.

Every expected and accepted figure is located in the finished documents through extract.py: a table cell of a new
PDF by caption, group, row and column (with page, printed text, scale statement, first line of the row label, the
`pdftotext -layout` line, section and continuation), a prose figure by its sentence, a figure of the real Wassenaar
Begroting 2024 by page, anchor line, row label and token (with the header line between them), a figure of the real
Dinkelland Begroting 2020 text export by anchor, line and token.  Figures of the two new documents must also equal
data.py.  "other" records the same row printed elsewhere (the real begroting, another column or date): it is kept
out of value/accept.  A comment above each case gives the document the value comes from, derivations and sign
conventions.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from extract import Jaarstukken, Programmabegroting, RealPdf, RealText, clean, parse_num
from fmt import dec, k, nl

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
WF, DF = d.W_FILE, d.D_FILE
RWF, RDF = "wassenaar-begroting-2024.pdf", "dinkelland-begroting-2020-inclusieve-samenleving.txt"
TWF, COF = "twenterand-programmabegroting-2020-sociaal-domein.txt", "collectie-overijssel-jaarstukken-2023.pdf"
JS, PB = Jaarstukken(CORPUS / WF), Programmabegroting(CORPUS / DF)
RW, RD = RealPdf(CORPUS / RWF), RealText(CORPUS / RDF)
DOC = {WF: JS, DF: PB}
WA, DK = "Wassenaar", "Dinkelland"


def _eq(a, b, what):
    if b is not None and abs(abs(a) - abs(b)) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def scale_statement(parts):
    """the table's own statement of its unit: in the caption or a header cell"""
    for s in [parts[0]["caption"] or ""] + parts[0]["cols"]:
        m = re.search(r"bedragen x € 1\.000|bedragen in €", s, re.I)
        if m:
            return m.group(0)
    return None


def scale_of(stmt, printed):
    if stmt is None or "%" in printed:
        return 1
    return 1000 if "1.000" in stmt else 1


# ------------------------------------------------------------------------------------------------ sources
def cell(doc, caption, row, col, want=None, group=None):
    D = DOC[doc]
    parts = D.find_table(caption)
    c = D.cell(caption, row, col, group)
    stmt = scale_statement(parts)
    scale = scale_of(stmt, c["printed"])
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{caption}/{row}/{col}: not a number {c['printed']!r}")
    v = round(v * scale, 6)
    _eq(v, want, f"{doc} {caption}/{row}/{col}")
    ll = D.layout_line(c["page"], c["label_first_line"], c["printed"])
    if ll is None:
        raise SystemExit(f"{doc} p{c['page']}: {row} {c['printed']} not on a pdftotext -layout line")
    return {"kind": "cell", "document": doc, "page": c["page"], "section": D.section_at(c["page"], c["top"]),
            "table": c["caption"], "table_pages": [p_["page"] for p_ in parts], "continued": c["continued"],
            "group": c["group"], "row": c["row"], "column": col, "printed": c["printed"], "scale_statement": stmt,
            "scale": scale, "label_first_line": c["label_first_line"], "layout_line": ll, "value": v}


def prose(doc, fragment, printed, want=None, scale=1):
    D = DOC[doc]
    pages = D.prose(fragment)
    if not pages or printed not in fragment or D.prose_count(fragment) != 1:
        raise SystemExit(f"{doc} prose {fragment!r}: pages {pages}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"{doc} prose {fragment}")
    p = pages[0]
    return {"kind": "prose", "document": doc, "pages": pages, "page": p,
            "section": D.section_at(p, D.prose_top(p, fragment)), "prose": fragment, "printed": printed,
            "scale": scale, "value": v}


def real_w(page, anchor, label, index, column, header, want=None, scale=1000):
    """a figure of the real Begroting 2024; `header` is a regex that must match a line between anchor and row"""
    f = RW.figure(page, anchor, label, index)
    if not any(re.search(header, b) for b in f["between"]):
        raise SystemExit(f"real W p{page} {label}: header /{header}/ not between anchor and row")
    v = round(parse_num(f["token"]) * scale, 6)
    _eq(v, want, f"real W {label}")
    return {"kind": "real_pdf", "document": RWF, "page": f["page"], "anchor": anchor, "row": label, "token": index,
            "column": column, "header": header, "line": f["line"], "printed": f["token"], "scale": scale,
            "value": v}


def real_d(anchor, line_regex, token_regex, column, header=None, want=None):
    f = RD.figure(anchor, line_regex, token_regex)
    if header and not re.search(header, clean(RD.lines_[f["anchor_line_no"] - 1])):
        raise SystemExit(f"real D {anchor}: header /{header}/")
    v = parse_num(f["token"])
    _eq(v, want, f"real D {line_regex}")
    return {"kind": "real_text", "document": RDF, "anchor": anchor, "line_regex": line_regex,
            "token_regex": token_regex, "column": column, "header": header, "line_no": f["line_no"],
            "line": f["line"], "printed": f["token"], "scale": 1, "value": v}


def fmtv(x):
    x = abs(x)
    if float(x).is_integer():
        return nl(int(x))
    return dec(x, 2)


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [abs(s["value"]) for s in srcs]
    if op == "add":
        v, der = sum(a), " + ".join(fmtv(x) for x in a)
    elif op == "sum":       # signed sum of printed figures (voordelen +, nadelen -)
        sv = [s["value"] for s in srcs]
        v = sum(sv)
        der = ("-" if sv[0] < 0 else "") + fmtv(sv[0]) + "".join(f" {'-' if x < 0 else '+'} {fmtv(x)}" for x in sv[1:])
    elif op == "abs_sub":
        v, der = abs(a[0] - a[1]), f"{fmtv(a[0])} - {fmtv(a[1])}"
    elif op == "pct":       # change from the second to the first
        v, der = round(100 * (a[0] - a[1]) / a[1], 2), f"100 × ({fmtv(a[0])} - {fmtv(a[1])}) / {fmtv(a[1])}"
    elif op == "share":
        v, der = round(100 * a[0] / a[1], 2), f"100 × {fmtv(a[0])} / {fmtv(a[1])}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {'-' if v < 0 else ''}{fmtv(v)}"}


# ------------------------------------------------------------------------------------------------ case builders
CASES, PROV, NOTES = [], {}, {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None, other=()):
    e = {"value": _n(main["value"])}
    acc = [_n(main["value"])]
    for a in accepts:
        if all(abs(abs(_n(a["value"])) - abs(x)) > 1e-9 for x in acc):
            acc.append(_n(a["value"]))
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
    e["unit"] = unit
    e["municipality"] = body
    return {"question": q, "kind": "figure", "expect": e}, {"kind": "figure", "main": main, "accept": list(accepts),
                                                             "other": list(other)}


def add(cid, turn, prov, scope=None, note=None):
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c.update({k_: v for k_, v in turn.items() if k_ != "question"})
    CASES.append(c)
    PROV[cid] = [prov]
    if note:
        NOTES[cid] = note if isinstance(note, list) else [note]


def fig(cid, q, body, main, accepts=(), unit="EUR", tol=None, scope=None, other=(), note=None):
    t, p = fig_turn(q, body, main, accepts, unit, tol, other)
    add(cid, t, p, scope, note)


def conv(cid, scope, turns, note=None):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = [t for t, _ in turns]
    CASES.append(c)
    PROV[cid] = [p for _, p in turns]
    if note:
        NOTES[cid] = note if isinstance(note, list) else [note]


def refusal(cid, q, why, absent, scope=None):
    add(cid, {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}, scope,
        f"refusal: {why}")


def passage(doc, fragment):
    D = DOC[doc]
    pages = D.prose(fragment)
    if not pages or D.prose_count(fragment) != 1:
        raise SystemExit(f"{doc} passage not found once: {fragment!r}")
    p = pages[0]
    return {"document": doc, "pages": pages, "page": p, "section": D.section_at(p, D.prose_top(p, fragment)),
            "passage": fragment}


def text(cid, q, body, include, where, scope=None):
    add(cid, {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
        {"kind": "text", "where": where}, scope, f"text: the answer is in {where['section']} (p. {where['page']})")


def grp(src):
    """include group of a which-candidate: the printed figure, the full euro amount, the 'x,y miljoen' rendering"""
    pr = src["printed"].replace("€ ", "").strip("()").lstrip("-")
    out = [pr]
    full = nl(abs(int(src["value"])))
    if full not in out:
        out.append(full)
    if abs(src["value"]) >= 1_000_000:
        out.append(dec(abs(src["value"]) / 1e6, 1) + " miljoen")
    return out


def which(cid, q, cands, scope=None, why=""):
    include = [grp(c) for c in cands]
    flat = [x for g in include for x in g]
    include = [[x for x in g if flat.count(x) == 1] for g in include]
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "why": why}, scope, f"which: {why}")


def anyc(cid, q, body, exclude, own, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": own}, scope,
        "any: open question; only the municipality condition and the excludes are scored")


# ================================================================================================ Wassenaar
P1, P2, P3, P4, P5 = d.PROGS
PRIM, NW, REK, VER = "Begroting 2024 primitief", "Begroting 2024 na wijziging", "Rekening 2024", "Verschil"
CI = {PRIM: 0, NW: 1, REK: 2}
BL = {p: f"Baten en lasten {p}" for p in d.PROGS}
AN = {p: f"Analyse afwijkingen {p}" for p in d.PROGS}
EF = {p: f"Effectindicatoren {p}" for p in d.PROGS}
TV = f"Lasten en baten per taakveld {P2}"
VP = "Bijdragen aan verbonden partijen 2024"
KG = "Overzicht kengetallen gemeente Wassenaar"
RES = "Resultaat 2024 (bedragen in €)"
OBL = "Overzicht van baten en lasten 2024"
BAL = "Balans per 31 december"
RV = "Verloop reserves 2024"
ROWS = {"Baten": d.W_BATEN, "Lasten": d.W_LASTEN, "Saldo van baten en lasten": d.W_SALDO,
        "Onttrekking reserves": d.W_ONTTR, "Toevoeging reserves": d.W_TOEV, "Mutaties reserves": d.W_MUT,
        "Resultaat": d.W_RESULT}


def bl(p, row, col):
    t = ROWS[row][p]
    want = k(t[2] - t[1]) * 1000 if col == VER else k(t[CI[col]]) * 1000
    return cell(WF, BL[p], row, col, want)


def obl(row, col, group=None):
    if row in d.PROGS:
        t = (d.W_BATEN if group == "Baten" else d.W_LASTEN)[row]
    else:
        t = {"Totaal baten": d.W_TOT_BATEN, "Totaal lasten": d.W_TOT_LASTEN,
             "Gerealiseerd totaal saldo van baten en lasten": d.W_TOT_SALDO, "Mutaties reserves": d.W_TOT_MUT,
             "Gerealiseerd resultaat": d.W_TOT_RESULT}[row]
    return cell(WF, OBL, row, col, k(t[CI[col]]) * 1000, group)


def res(row, col):
    t = {"Gerealiseerd totaal saldo van baten en lasten": d.W_TOT_SALDO, "Mutaties reserves": d.W_TOT_MUT,
         "Gerealiseerd resultaat": d.W_TOT_RESULT}[row]
    want = t[2] - t[1] if col == VER else t[CI[col]]
    return cell(WF, RES, row, col, want)


def rv(reserve, col):
    v = d.W_RES[reserve]
    i = {"Stand 1-1-2024": 0, "Toevoegingen": 1, "Onttrekkingen": 2, "Stand 31-12-2024": 3}[col]
    label = reserve + (" 1)" if reserve == d.AR_VRIJ else "")
    return cell(WF, RV, label, col, k(v[i]) * 1000)


def tv(name, col, group="Lasten"):
    t = (d.W_TV if group == "Lasten" else d.W_TVB)[name]
    want = k(t[2] - t[1]) * 1000 if col == VER else k(t[CI[col]]) * 1000
    return cell(WF, TV, name, col, want, group)


def bal(row, col):
    i = {"31-12-2024": 0, "31-12-2023": 1}[col]
    if row in d.W_BAL_TYPED:
        want = d.W_BAL_TYPED[row][i] * 1000
    else:
        want = k({"Totaal passiva": d.TOTAAL_PASSIVA, "Totaal activa": d.TOTAAL_ACTIVA}[row][i]) * 1000
    return cell(WF, BAL, row, col, want)


def kg(row, col):
    r = [x for x in d.W_KENGETALLEN if x[0] == row][0]
    want = parse_num(r[{"Rekening 2023": 1, "Begroting 2024": 2, "Rekening 2024": 3}[col]])
    return cell(WF, KG, row, col, want)


def ef(p, row, col):
    rows = d.W_EFFECT if p == P2 else d.W_EFFECT_P[p]
    r = [x for x in rows if x[0] == row][0]
    want = parse_num(r[{"Peilwaarde": 1, "Streefwaarde 2024": 2, "Realisatie 2024": 3}[col]])
    return cell(WF, EF[p], row, col, want)


# the real Begroting 2024
RBL = {P1: (15, "Tabel 1.2 - Baten en lasten P1"), P2: (29, "Tabel 2.3 - Baten en lasten P2"),
       P3: (39, "Tabel 3.3 - Baten en lasten P3"), P4: (51, "Tabel 4.3 - Baten en lasten P4"),
       P5: (62, "Tabel 5.3 - Baten en lasten P5")}
YEARS_HDR = r"2022 2023 2024 2025 2026 2027"


def rbl(p, row):
    pg, anc = RBL[p]
    t = {"Baten": d.REAL_PRINTED[p][0], "Lasten": d.REAL_PRINTED[p][1]}[row]
    return real_w(pg, anc, row, 2, "Begroting 2024", YEARS_HDR, t * 1000)


def _page_of(needle):
    return next(i for i, pg in enumerate(RW.pages, 1) if needle in pg)


REAL_TV_PAGE = _page_of("Tabel 12.5 - Baten en lasten per taakveld")
REAL_RES_PAGE = _page_of("Tabel 12.6 - Overzicht reserves")


def rtv(label, want):
    return real_w(REAL_TV_PAGE, "Programma:P2 Mens en Maatschappij", label, 1, "Begroting 2024 Lasten",
                  r"Baten Lasten Saldo", want, scale=1)


def rres(label, index, column, want):
    return real_w(REAL_RES_PAGE, "Tabel 12.6 - Overzicht reserves", label, index, column, r"Begroting", want)


# ---- figures
fig("at-w-01", "Hoeveel heeft Wassenaar in 2024 werkelijk uitgegeven aan het programma Mens en Maatschappij?", WA,
    alt(bl(P2, "Lasten", REK)), [alt(obl(P2, REK, "Lasten"))],
    other=[bl(P2, "Lasten", PRIM), bl(P2, "Lasten", NW), rbl(P2, "Lasten")],
    note="jaarstukken 2024, tabel 'Baten en lasten P2', column Rekening 2024 (lasten printed negative: '-' = nadeel; "
         "tabel 7.2 prints the same figure as (41.437)). The real Begroting 2024 prints -38.934 for 2024: a budget, "
         "not the realisation, kept out.")
fig("at-w-02", "Met hoeveel zijn de lasten van Mens en Maatschappij in 2024 overschreden ten opzichte van de "
               "begroting na wijziging, volgens de jaarstukken van Wassenaar?", WA,
    alt(bl(P2, "Lasten", VER)), [alt([bl(P2, "Lasten", REK), bl(P2, "Lasten", NW)], "abs_sub")],
    other=[bl(P2, "Lasten", PRIM)],
    note="the printed Verschil (Rekening - Begroting na wijziging) is -575: the minus sign marks a nadeel in the "
         "document's convention ('-' = nadeel / '+' = voordeel); values are compared without sign. The same figure "
         "recomputed: 41.437 - 40.862 = 575 (x € 1.000).")
fig("at-w-03", "hoeveel meer baten had fysieke leefomgevng in 2024 werkelijk dan in de oorspronkelijke begroting 2024 "
               "van Wassenaar stond?", WA,
    alt([bl(P4, "Baten", REK), bl(P4, "Baten", PRIM)], "abs_sub"),
    [alt([bl(P4, "Baten", REK), rbl(P4, "Baten")], "abs_sub")],
    note="computed: Rekening 2024 minus Begroting 2024 primitief of the P4 baten, 2.302 - 1.879 = 423 (x € 1.000). "
         "The primitieve baten of P4 equal the real Begroting 2024 (tabel 4.3), so both documents give 1.879.")
fig("at-w-04", "Wat is het gerealiseerde resultaat van Wassenaar over 2024 volgens de jaarrekening?", WA,
    alt(res("Gerealiseerd resultaat", REK)),
    [alt(obl("Gerealiseerd resultaat", REK)),
     alt(prose(WF, f"De jaarrekening 2024 sluit met een positief resultaat van € {nl(d.W_TOT_RESULT[2])}.",
               f"€ {nl(d.W_TOT_RESULT[2])}", d.W_TOT_RESULT[2]))],
    other=[res("Gerealiseerd resultaat", NW), obl("Gerealiseerd resultaat", PRIM)],
    note="tabel 7.1 in euros (1.881.722); tabel 7.2 prints the same result x € 1.000 as 1.882, accepted.")
fig("at-w-05", "Hoeveel zat er op 31 december 2024 in de BR uitvoering Sociaal domein van Wassenaar volgens de "
               "jaarrekening?", WA, alt(rv(d.BR_SD, "Stand 31-12-2024")),
    other=[rv(d.BR_SD, "Stand 1-1-2024"),
           rres("BR uitvoering Sociaal domein", 3, "Begroting 2024", d.REAL_RES_2024[d.BR_SD] * 1000)],
    note="jaarstukken tabel 7.4, Stand 31-12-2024 = 701 + 250 - 383 (x € 1.000). The real Begroting 2024 (tabel "
         "12.6) budgets 652 for the end of 2024: kept out, the question asks for the jaarrekening.")
fig("at-w-06", "Hoeveel bijstandsuitkeringen had Wassenaar eind 2024?", WA,
    alt(prose(WF, f"het aantal bijstandsuitkeringen daalde van {d.W_BIJSTAND[0]} op 1 januari naar "
                  f"{d.W_BIJSTAND[1]} op 31 december 2024", str(d.W_BIJSTAND[1]), d.W_BIJSTAND[1])), unit="count",
    other=[prose(WF, f"het aantal bijstandsuitkeringen daalde van {d.W_BIJSTAND[0]} op 1 januari naar "
                     f"{d.W_BIJSTAND[1]} op 31 december 2024", str(d.W_BIJSTAND[0]), d.W_BIJSTAND[0])],
    note="a figure printed only in prose (P2, Wat hebben we bereikt? > Toelichting).")
fig("at-w-07", "Wat waren volgens het overzicht van baten en lasten in de jaarrekening 2024 de werkelijke lasten van "
               "Natuur, klimaat en Mobiliteit in Wassenaar?", WA,
    alt(obl(P5, REK, "Lasten")), [alt(bl(P5, "Lasten", REK))],
    other=[obl(P5, PRIM, "Lasten"), obl(P5, NW, "Lasten"), rbl(P5, "Lasten")],
    note="jaarstukken tabel 7.2 prints negative amounts in parentheses: (19.817) = -19.817 x € 1.000, the lasten; "
         "the programme table prints the same figure as -19.817. Printed sign kept (negative), compared without "
         "sign. The real Begroting 2024 (-19.221) and the primitieve begroting (19.301) are budgets, kept out.")
fig("at-w-08", "Met hoeveel procent daalden de voorzieningen op de balans van Wassenaar in 2024 volgens de jaarrekening?", WA,
    alt([bal("Voorzieningen", "31-12-2024"), bal("Voorzieningen", "31-12-2023")], "pct"), unit="percent",
    tol=0.06, note="computed: 100 × (17.106 - 19.035) / 19.035 = -10,13%, a decrease of 10,13% (balans, x € 1.000).")
fig("at-w-09", "Welk percentage van de totale werkelijke lasten van Wassenaar in 2024 ging naar Mens en "
               "Maatschapij?", WA,
    alt([obl(P2, REK, "Lasten"), obl("Totaal lasten", REK)], "share"), unit="percent", tol=0.06,
    note="computed from tabel 7.2: 100 × 41.437 / 91.093 (both printed in parentheses, i.e. negative lasten).")
fig("at-w-10", "Welk bedrag stond in de programmabegroting 2024 van Wassenaar voor de lasten van Mens en "
               "Maatschappij, dus vóór de begrotingswijzigingen van 2024?", WA,
    alt(rbl(P2, "Lasten")), [alt(bl(P2, "Lasten", PRIM)), alt(rtv("Saldo van baten en lasten programma",
                                                                  d.REAL_LASTEN[P2]))],
    other=[bl(P2, "Lasten", NW), bl(P2, "Lasten", REK)],
    note="both documents hold this figure and agree: the real Begroting 2024 (tabel 2.3: -38.934; tabel 12.5 in "
         "euros: -38.933.561) and the jaarstukken' column Begroting 2024 primitief (-38.934). The begroting na "
         "wijziging (-40.862) is excluded by the words 'vóór de begrotingswijzigingen'.")
fig("at-w-11", "Wat waren volgens de jaarstukken 2024 van Wassenaar de lasten van Bestuur en middelen in de "
               "primitieve begroting?", WA, alt(bl(P3, "Lasten", PRIM)), [alt(obl(P3, PRIM, "Lasten"))],
    other=[rbl(P3, "Lasten"), bl(P3, "Lasten", NW), bl(P3, "Lasten", REK)],
    note="sign: lasten are printed negative ('-' = nadeel). From the jaarstukken (primitief -19.706 = the published begroting -19.786 plus the amendement "
         "Verkeersveiligheid schoolroutes, € 80.000 moved to P5). The real Begroting 2024 prints -19.786: it predates "
         "the amendement and is kept out, the question names the jaarstukken and 'primitieve begroting'.")
fig("at-w-12", "Welk resultaat was voor 2024 geraamd in de begroting van Wassenaar zoals die oorspronkelijk is "
               "vastgesteld?", WA,
    alt(real_w(_page_of("Tabel 12.2 - Meerjarenperspectief"), "Tabel 12.2 - Meerjarenperspectief",
               "Geraamde resultaat", 2, "Begroting 2024 saldo", r"baten lasten saldo", 32_000)),
    [alt(real_w(_page_of("Geraamde resultaat                     Baten"), "Geraamde resultaat                     Baten",
                "Geraamde resultaat", 2, "Saldo", r"Geraamde resultaat Baten Lasten Saldo", 32_353, scale=1)),
     alt(obl("Gerealiseerd resultaat", PRIM))],
    other=[res("Gerealiseerd resultaat", NW), res("Gerealiseerd resultaat", REK)],
    note="both documents: the real Begroting 2024 (tabel 12.2: 32 x € 1.000; tabel 12.5: 32.353 euro) and the "
         "jaarstukken tabel 7.2, column primitief (32 x € 1.000; the amendement did not change the total). Both "
         "printings accepted; the begroting na wijziging (233.826) and the realisation are kept out.")
BIJ = "Aantal inwoners met bijstandsuitkering per 1.000 inwoners"
fig("at-w-13", "Hoeveel inwoners per 1.000 hadden in 2024 werkelijk een bijstandsuitkering in Wassenaar?", WA,
    alt(ef(P2, BIJ, "Realisatie 2024")), unit="count",
    other=[ef(P2, BIJ, "Streefwaarde 2024"), ef(P2, BIJ, "Peilwaarde"),
           real_w(_page_of("Tabel 2.1 - Effectindicatoren P2"), "Tabel 2.1 - Effectindicatoren P2",
                  "bijstandsuitkering per 1.000", 1, "Streefwaarde Begroting 2024", r"Peilwaarde", 25, scale=1)],
    note="jaarstukken, Effectindicatoren P2, Realisatie 2024 (23,4). Both the real Begroting 2024 and the "
         "jaarstukken print the streefwaarde 2024 (25): kept out, 'werkelijk' asks for the realisation.")
fig("at-w-14", "Hoe groot was de algemene reserve (vrij besteedbaar) van Wassenaar eind 2024 volgens de "
               "jaarrekening?", WA, alt(rv(d.AR_VRIJ, "Stand 31-12-2024")),
    other=[rv(d.AR_VRIJ, "Stand 1-1-2024"),
           rres("Algemene reserve (vrij besteedbaar)", 3, "Begroting 2024", d.REAL_RES_2024[d.AR_VRIJ] * 1000)],
    note="jaarstukken tabel 7.4 (x € 1.000). The real Begroting 2024 budgets 42.060 for the end of 2024: kept out.")
T63 = "6.3 Inkomensregelingen"
fig("at-w-15", "Wat heeft taakveld 6.3 Inkomensregelingen Wassenaar in 2024 echt gekost?", WA,
    alt(tv(T63, REK)), other=[tv(T63, PRIM), tv(T63, NW), rtv(T63, d.W_TV[T63][0])],
    note="jaarstukken tabel 2.5 (lasten, Rekening 2024, -10.211 x € 1.000; sign: lasten printed negative, "
         "'-' = nadeel). The real Begroting 2024 (tabel 12.5) "
         "budgets -9.079.396 euro for 2024: kept out ('echt gekost').")
JH = "Jeugdhulp (taakvelden 6.72 t/m 6.82)"
_jh = [x for x in d.W_ANALYSE[P2] if x[0] == JH][0]
_jtv = [tv(n, VER) for n in d.JEUGD_TV]
fig("at-w-16", "Hoe groot was het nadeel op jeugdhulp in de jaarrekening 2024 van Wassenaar?", WA,
    alt(cell(WF, AN[P2], JH, "Bedrag", abs(_jh[1]) * 1000)),
    [alt(prose(WF, f"{JH} (€ {nl(abs(_jh[1]) * 1000)} nadelig, structureel)", f"€ {nl(abs(_jh[1]) * 1000)}",
               abs(_jh[1]) * 1000)),
     alt(_jtv, "sum")],
    other=[bl(P2, "Lasten", VER)],
    note="analysis table P2, Bedrag 537 with V/N = N (the nadeel is shown by the V/N column, the amount is printed "
         "without sign). Also accepted: the signed sum of the printed (rounded) Verschil of the jeugd taakvelden in "
         "tabel 2.5, which differs by a rounding difference.")
GGD = "GGD Haaglanden en Veilig Thuis Haaglanden"
_ggd = [x for x in d.W_VP if x[0] == GGD][0]
fig("at-w-17", "hoeveel heeft Wassenaar in 2024 werkelijk bijgedragen aan de ggd haaglanden?", WA,
    alt(cell(WF, VP, GGD, REK, _ggd[2])),
    other=[cell(WF, VP, GGD, NW, _ggd[1]),
           real_w(_page_of("GGD Haaglanden       € 543.000"), "Het Algemeen Bestuur van de GGD",
                  "GGD Haaglanden", 0, "Bijdrage (begroting 2024)", r"Algemeen Bestuur", 543_000, scale=1)],
    note="jaarstukken, paragraaf verbonden partijen, Rekening 2024 (whole euros). The begroting na wijziging "
         "(552.600) and the real Begroting 2024's bijdrage (543.000) are budgets.")

# conversations
MVA = "Materiële vaste activa"
conv("at-w-conv-01", WA, [
    fig_turn("Voor hoeveel stonden de materiële vaste activa op 31 december 2024 op de balans van Wassenaar volgens de "
             "jaarrekening 2024?", WA,
             alt(bal(MVA, "31-12-2024")), other=[bal(MVA, "31-12-2023")]),
    fig_turn("En op 31 december 2023?", WA, alt(bal(MVA, "31-12-2023")), other=[bal(MVA, "31-12-2024")]),
], note="a balance sheet item at two dates (balans x € 1.000).")
SOLV = "2. Solvabiliteitsratio"
conv("at-w-conv-02", None, [
    fig_turn("Wat was de solvabiliteitsratio van Wassenaar volgens de jaarrekening 2024?", WA,
             alt(kg(SOLV, REK)),
             [alt(prose(WF, f"De solvabiliteitsratio steeg van {d.SOLV[1]}% eind 2023 naar {d.SOLV[0]}% eind 2024",
                        f"{d.SOLV[0]}%", d.SOLV[0]))],
             unit="percent", other=[kg(SOLV, "Begroting 2024"), kg(SOLV, "Rekening 2023")]),
    fig_turn("En hoeveel was daarvoor begroot?", WA, alt(kg(SOLV, "Begroting 2024")),
             [alt(real_w(_page_of("Tabel 8.3 Overzicht kengetallen"), "Tabel 8.3 Overzicht kengetallen",
                         "2. Solvabiliteitsratio", 2, "2024 Begr.", r"2022 2023 2024", 65, scale=1))],
             unit="percent", other=[kg(SOLV, REK), kg(SOLV, "Rekening 2023")]),
], note=["a kengetal realised vs. begroot: turn 1 from the jaarstukken (tabel 6.3, Rekening 2024; the prose "
         "repeats it); turn 2: both documents print the begrote ratio 65 (jaarstukken tabel 6.3 column Begroting "
         "2024, real Begroting 2024 tabel 8.3 column 2024 Begr.)."])
conv("at-w-conv-03", WA, [
    fig_turn("Wat waren de werkelijke lasten van Veiligheid en Handhaving in 2024?", WA,
             alt(bl(P1, "Lasten", REK)), [alt(obl(P1, REK, "Lasten"))],
             other=[bl(P1, "Lasten", PRIM), bl(P1, "Lasten", NW), rbl(P1, "Lasten")]),
    fig_turn("En de baten?", WA, alt(bl(P1, "Baten", REK)), [alt(obl(P1, REK, "Baten"))],
             other=[bl(P1, "Baten", PRIM), bl(P1, "Baten", NW), rbl(P1, "Baten")]),
    fig_turn("En wat stond er voor die baten in de begroting 2024, vóór de wijzigingen?", WA,
             alt(bl(P1, "Baten", PRIM)), [alt(rbl(P1, "Baten")), alt(obl(P1, PRIM, "Baten"))],
             other=[bl(P1, "Baten", NW), bl(P1, "Baten", REK)]),
], note=["turns 1-2: jaarstukken, Rekening 2024 (sign: lasten printed negative, -4.388 in the programme "
         "table and (4.388) in tabel 7.2, '-' = nadeel); turn 3: the primitieve "
         "begroting and the real Begroting 2024 (tabel 1.2) both print 102."])

# ================================================================================================ Dinkelland
OZB = "Tarieven onroerendezaakbelastingen"
HEF = "Afvalstoffenheffing en rioolheffing per huishouden"
WL = "Woonlasten eigenaar-bewoner"
INV = "Investeringen 2023"
ONT = {a: f"Ontwikkelingen {a}" for a in d.AMBITIES}
KOS = {a: f"Wat mag het kosten? {a}" for a in list(d.AMBITIES) + [d.A0]}
IND = {d.A1: f"Beleidsindicatoren {d.A1}"}
MEET = f"Indicatoren ambitie {d.A1}"
FIN = "Overzicht van baten en lasten"
FB = "Meerjarig financieel beeld"
DC = {c: i for i, c in enumerate(("Rekening 2021", "Begroting 2022", "Begroting 2023", "Meerjarenraming 2024",
                                   "Meerjarenraming 2025", "Meerjarenraming 2026"))}


def ozb(cat, col):
    r = [x for x in d.OZB if x[0] == cat][0]
    return cell(DF, OZB, cat, col, r[1 if col == "2022" else 2])


def hef(h, col):
    r = [x for x in d.HEFF if x[0] == h][0]
    want = d.HEFF_PCT[h] if col == "Wijziging in %" else r[1 if col == "2022" else 2]
    return cell(DF, HEF, h, col, want)


def wl(row, col):
    hh, y = col.split()
    j = ("OZB eigenaar woning", "Afvalstoffenheffing", "Rioolheffing", "Totaal woonlasten").index(row)
    return cell(DF, WL, row, col, d.WOONLASTEN[(hh.lower(), 0 if y == "2022" else 1)][j])


def inv(name, col):
    r = [x for x in d.D_INV if x[0] == name][0]
    return cell(DF, INV, name, col, {"Krediet": r[2], "Kapitaallasten eerste volle jaar": r[5]}[col])


def ont(a, label, col):
    r = [x for x in d.D_ONTW[a] if x[0] == label][0]
    want = {"Begroting 2023 Bedrag": r[1], "Meerjarenraming 2024": r[3], "Meerjarenraming 2025": r[4],
            "Meerjarenraming 2026": r[5]}[col]
    return cell(DF, ONT[a], label, col, want)


def kos(a, row, col):
    t = {"Lasten": d.D_LASTEN, "Baten": d.D_BATEN, "Saldo (- = nadelig)": d.D_SALDO}[row][a]
    return cell(DF, KOS[a], row, col, t[DC[col]])


def ind(a, label, col):
    r = [x for x in d.D_IND if x[0] == label][0]
    return cell(DF, IND[a], label, col, parse_num(r[3 if col == "Dinkelland" else 4]))


def meet(label, col):
    r = [x for x in d.D_MEET if x[0] == label][0]
    return cell(DF, MEET, label, col, parse_num(r[{"Nulmeting": 2, "Laatste meting": 3, "Streefwaarde 2024": 4}[col]]))


fig("at-d-01", "Wat is het OZB-tarief voor gebruikers van niet-woningen in Dinkelland in 2022?", DK,
    alt(ozb("Niet-woningen gebruiker", "2022")), unit="percent", other=[ozb("Niet-woningen gebruiker", "2023")],
    note="tabel 7.1, in % of the WOZ-waarde with 4 decimals (0,1794% -> 0.1794).")
fig("at-d-02", "Hoeveel betaalt een meerpersoonshuishouden in Dinkelland in 2023 in totaal aan woonlasten volgens de "
               "programmabegroting?", DK, alt(wl("Totaal woonlasten", "Meerpersoonshuishouden 2023")),
    other=[wl("Totaal woonlasten", "Meerpersoonshuishouden 2022"), wl("Totaal woonlasten", "Eenpersoonshuishouden 2023")],
    note="woonlastentabel 7.3 (eigenaar-bewoner, gemiddelde WOZ-waarde).")
AFM = "Afvalstoffenheffing meerpersoonshuishouden"
fig("at-d-03", "Met hoeveel procent stijgt de afvalstoffenheffing voor een meerpersoonshuishouden in Dinkelland in "
               "2023?", DK, alt(hef(AFM, "Wijziging in %")), [alt([hef(AFM, "2023"), hef(AFM, "2022")], "pct")],
    unit="percent", tol=0.06,
    note="printed 5,4% in tabel 7.2; recomputed 100 × (314 - 298) / 298 = 5,37%, also accepted.")
fig("at-d-04", "Hoeveel krediet vraagt Dinkelland in de begroting 2023 voor de renovatie van de gymzaal in "
               "Tilligte?", DK, alt(inv("Renovatie gymzaal Tilligte", "Krediet")),
    other=[inv("Renovatie gymzaal Tilligte", "Kapitaallasten eerste volle jaar")])
fig("at-d-05", "Wat zijn de jaarlijkse kapitaallasten van de uitbreiding van het kindcentrum in Ootmarsum volgens de "
               "programmabegroting 2023 van Dinkelland?", DK, alt(inv(d.KIND, "Kapitaallasten eerste volle jaar")),
    other=[inv(d.KIND, "Krediet")])
WMO = "Wmo: meer aanvragen huishoudelijke hulp door het abonnementstarief"
fig("at-d-06", "Hoeveel extra kosten verwacht Dinkelland in 2025 door het abonementstarief in de wmo?", DK,
    alt(ont(d.A1, WMO, "Meerjarenraming 2025")),
    other=[ont(d.A1, WMO, "Begroting 2023 Bedrag"), ont(d.A1, WMO, "Meerjarenraming 2026")],
    note="Ontwikkelingen Inclusieve samenleving, column Meerjarenraming 2025 (+ = nadeel).")
LLV = "Leerlingenvervoer: nieuwe aanbesteding"
fig("at-d-07", "Wat levert de nieuwe aanbesteding van het leerlingenvervoer Dinkelland in 2023 op volgens de "
               "begroting?", DK, alt(ont(d.A1, LLV, "Begroting 2023 Bedrag")),
    note="sign: the Ontwikkelingen tables use + = nadeel, - = voordeel; the printed € -35.000 is a voordeel of "
         "35.000. Printed sign kept (negative), compared without sign.")
fig("at-d-08", "Welk percentage van de jongeren in Dinkelland heeft jeugdhulp volgens de beleidsindicatoren in de "
               "programmabegroting 2023?", DK, alt(ind(d.A1, "Jongeren met jeugdhulp", "Dinkelland")),
    unit="percent", other=[ind(d.A1, "Jongeren met jeugdhulp", "Nederland")])
fig("at-d-09", "Hoeveel bedragen de lasten van de ambitie Inclusieve samenleving in de begroting 2023 van "
               "Dinkelland?", DK, alt(kos(d.A1, "Lasten", "Begroting 2023")),
    [alt(cell(DF, FIN, d.A1, "Begroting 2023", d.D_LASTEN[d.A1][2], "Lasten"))],
    other=[kos(d.A1, "Lasten", "Begroting 2022"), kos(d.A1, "Lasten", "Meerjarenraming 2024")])
fig("at-d-10", "Wat is het saldo van de begroting van Dinkelland in 2026 volgens de meerjarenraming?", DK,
    alt(cell(DF, FIN, "Saldo begroting", "Meerjarenraming 2026", d.D_RESULT[5])),
    [alt(cell(DF, FB, "Saldo begroting (+ = voordelig)", "Meerjarenraming 2026", d.D_RESULT[5]))],
    other=[cell(DF, FIN, "Saldo begroting", "Meerjarenraming 2025", d.D_RESULT[4])])
fig("at-d-11", "Met hoeveel procent stijgen de lasten van de ambitie Inclusieve samenleving van de begroting 2022 naar "
               "de begroting 2023 in Dinkelland?", DK,
    alt([kos(d.A1, "Lasten", "Begroting 2023"), kos(d.A1, "Lasten", "Begroting 2022")], "pct"), unit="percent",
    tol=0.06, note="computed from tabel 2.7.")
KGV = "Vervanging kunstgrasveld VV Denekamp"
fig("at-d-12", "Hoeveel krediet vraagt Dinkelland in 2023 samen voor het kunstgrasveld van vv denekamp en de gymzaal "
               "in Tilligte?", DK,
    alt([inv(KGV, "Krediet"), inv("Renovatie gymzaal Tilligte", "Krediet")], "add"),
    note="computed: the sum of two kredieten in tabel 6.1.")
AFE = "Afvalstoffenheffing eenpersoonshuishouden"
fig("at-d-13", "Hoeveel euro gaat de afvalstoffenheffing voor een eenpersoonshuishouden in Dinkelland omhoog van 2022 "
               "naar 2023?", DK, alt([hef(AFE, "2023"), hef(AFE, "2022")], "abs_sub"),
    [alt([wl("Afvalstoffenheffing", "Eenpersoonshuishouden 2023"),
          wl("Afvalstoffenheffing", "Eenpersoonshuishouden 2022")], "abs_sub")],
    note="computed: 238 - 226 (tabel 7.2; the woonlastentabel repeats both amounts).")
GZ = "Percentage inwoners die goede gezondheid ervaren"
_RD_ANCHOR = "Ambitie: Inclusieve samenleving Indicator Bron"
fig("at-d-14", "Welk percentage van de inwoners van Dinkelland ervoer in 2016 een goede gezondheid?", DK,
    alt(meet(GZ, "Nulmeting")),
    [alt(real_d(_RD_ANCHOR, r"^Percentage inwoners die goede gezondheid ervaren", r"\b2016 (\d+%)", "IST (meetmoment "
                "2016)", header=r"Meetmoment IST IST SOLL 2022", want=89))],
    unit="percent", other=[meet(GZ, "Laatste meting"), meet(GZ, "Streefwaarde 2024"),
                           real_d(_RD_ANCHOR, r"^Percentage inwoners die goede gezondheid ervaren", r"(\d+%)$",
                                  "SOLL 2022", header=r"Meetmoment IST IST SOLL 2022", want=92)],
    note="both documents print 89% for 2016: the programmabegroting 2023 (Indicatoren, Nulmeting '89% (2016)') and "
         "the real Begroting 2020 (IST, meetmoment 2016). The later meting 2020 (86%) and the streefwaarden are kept "
         "out.")
CTJ = "Cijfer cliënttevredenheid Jeugd"
fig("at-d-15", "Welk rapportcijfer gaven cliënten van de jeugdhulp in Dinkelland in 2018?", DK,
    alt(meet(CTJ, "Nulmeting")),
    [alt(real_d("Het cijfer voor cliënttevredenheid Jeugd is toegenomen", r"^2018 7,7$", r"2018 (7,7)",
                "meetmoment 2018", want=7.7))],
    unit="grade", other=[meet(CTJ, "Laatste meting"), meet(CTJ, "Streefwaarde 2024")],
    note="both documents print 7,7 for 2018 (programmabegroting 2023, Nulmeting; real Begroting 2020, "
         "cliëntervaringsonderzoek Jeugd).")
fig("at-d-16", "Hoeveel geld is er in 2023 beschikbaar in het leefbaarheidsfonds van Dinkelland?", DK,
    alt(prose(DF, f"Voor het leefbaarheidsfonds is in 2023 € {nl(d.LEEFBAARHEIDSFONDS)} beschikbaar.",
              f"€ {nl(d.LEEFBAARHEIDSFONDS)}", d.LEEFBAARHEIDSFONDS)),
    note="a figure printed only in prose (ambitie Vitale en leefbare kernen).")

conv("at-d-conv-01", None, [
    fig_turn("Wat is het OZB-tarief voor eigenaren van woningen in Dinkelland in 2023?", DK,
             alt(ozb("Woningen eigenaar", "2023")), unit="percent", other=[ozb("Woningen eigenaar", "2022")]),
    fig_turn("En voor eigenaren van niet-woningen?", DK, alt(ozb("Niet-woningen eigenaar", "2023")), unit="percent",
             other=[ozb("Niet-woningen gebruiker", "2023"), ozb("Niet-woningen eigenaar", "2022")]),
    fig_turn("En in 2022?", DK, alt(ozb("Niet-woningen eigenaar", "2022")), unit="percent",
             other=[ozb("Niet-woningen eigenaar", "2023"), ozb("Niet-woningen gebruiker", "2022")]),
], note="OZB tarieven in % of the WOZ-waarde (4 decimals), tabel 7.1.")
BU = "Personen met een bijstandsuitkering"
conv("at-d-conv-02", DK, [
    fig_turn("Hoeveel personen per 10.000 inwoners hebben in Dinkelland een bijstandsuitkering volgens de "
             "beleidsindicatoren in de begroting 2023?", DK, alt(ind(d.A1, BU, "Dinkelland")), unit="count",
             other=[ind(d.A1, BU, "Nederland")]),
    fig_turn("En in heel Nederland?", DK, alt(ind(d.A1, BU, "Nederland")), unit="count",
             other=[ind(d.A1, BU, "Dinkelland")]),
], note="beleidsindicatoren (waarstaatjegemeente.nl), columns Dinkelland and Nederland.")
SAL = "Saldo (- = nadelig)"
conv("at-d-conv-03", None, [
    fig_turn("Wat is het saldo van de ambitie Vitale en leefbare kernen in de begroting 2023 van Dinkelland?", DK,
             alt(kos(d.A2, SAL, "Begroting 2023")),
             other=[kos(d.A2, SAL, "Begroting 2022"), kos(d.A2, SAL, "Meerjarenraming 2024")]),
    fig_turn("En in 2025?", DK, alt(kos(d.A2, SAL, "Meerjarenraming 2025")),
             other=[kos(d.A2, SAL, "Begroting 2023"), kos(d.A2, SAL, "Meerjarenraming 2026")]),
    fig_turn("En de baten in dat jaar?", DK, alt(kos(d.A2, "Baten", "Meerjarenraming 2025")),
             other=[kos(d.A2, "Baten", "Begroting 2023"), kos(d.A2, "Lasten", "Meerjarenraming 2025")]),
], note="sign: in the 'Wat mag het kosten?' tables the saldo is baten - lasten and printed negative when nadelig "
        "(€ -8.285.487); printed sign kept, compared without sign.")

# ================================================================================================ refusals
ALL = "*"
NOT_W = [DF, RDF, TWF, COF]
NOT_D = [WF, RWF, TWF, COF]
refusal("at-x-weiger-01", "Wat waren de werkelijke lasten van Mens en Maatschappij in Wassenaar in 2025?",
        "the jaarstukken cover 2024; the real Begroting 2024 gives a raming for 2025, not a realisation",
        [{"rule": "absent_regex", "documents": [WF, RWF], "text": r"(?i)(rekening|realisatie|jaarrekening|jaarstukken) 2025"},
         {"rule": "absent_text", "documents": NOT_W, "text": "Wassenaar"}])
refusal("at-x-weiger-02", "Wat is het OZB-tarief voor woningen in Dinkelland in 2024?",
        "the programmabegroting 2023 gives the OZB tarieven for 2022 and 2023 only",
        [{"rule": "no_column_in_tables_with_row", "documents": [DF], "row": "Woningen eigenaar", "text": "2024"},
         {"rule": "absent_text", "documents": [RDF], "text": "OZB"},
         {"rule": "absent_text", "documents": NOT_D, "text": "Dinkelland"}], scope=DK)
refusal("at-x-weiger-03", "Wat was het gerealiseerde resultaat van de gemeente Oldenzaal over 2024?",
        "Oldenzaal has no document and is named nowhere",
        [{"rule": "absent_text", "documents": ALL, "text": "Oldenzaal"}, {"rule": "not_in_manifest", "text": "Oldenzaal"}])
refusal("at-x-weiger-04", "Hoeveel heeft Wassenaar in 2024 uitgegeven aan de kermis?",
        "no kermis in either Wassenaar document",
        [{"rule": "absent_text", "documents": [WF, RWF], "text": "kermis"},
         {"rule": "absent_text", "documents": NOT_W, "text": "Wassenaar"}])
refusal("at-x-weiger-05", "Hoeveel fte had de gemeente Wassenaar eind 2024 volgens de jaarstukken?",
        "the jaarstukken give no formation or fte; the real begroting has fte per 1.000 inwoners for 2022 only and no "
        "2024 realisation",
        [{"rule": "absent_regex", "documents": [WF], "text": r"(?i)\bfte\b|\bformatie\b"},
         {"rule": "absent_regex", "documents": [RWF], "text": r"(?i)(jaarstukken|jaarrekening|rekening|realisatie) 2024"},
         {"rule": "absent_text", "documents": NOT_W, "text": "Wassenaar"}])
refusal("at-x-weiger-06", "Hoeveel investeert Dinkelland in 2023 in een nieuw zwembad?",
        "no zwembad in either Dinkelland document",
        [{"rule": "absent_text", "documents": [DF, RDF], "text": "zwembad"},
         {"rule": "absent_text", "documents": NOT_D, "text": "Dinkelland"}])
refusal("at-x-weiger-07", "Wat waren de werkelijke lasten van de ambitie Inclusieve samenleving in 2023?",
        "a programmabegroting 2023 holds the begroting 2023, not the realisation; there are no Dinkelland jaarstukken "
        "2023", [{"rule": "absent_regex", "documents": [DF, RDF],
                  "text": r"(?i)(rekening|realisatie|jaarrekening|jaarstukken|jaarverslag) 2023"},
                 {"rule": "absent_text", "documents": NOT_D, "text": "Dinkelland"}], scope=DK)
refusal("at-x-weiger-08", "Hoe hoog is de afvalstoffenheffing voor een meerpersoonshuishouden in Twenterand in 2023?",
        "the Twenterand document is a programmabegroting 2020 for the sociaal domein without heffingen",
        [{"rule": "absent_text", "documents": [TWF], "text": "afvalstoffenheffing"},
         {"rule": "absent_text", "documents": [WF, RWF, DF, RDF, COF], "text": "Twenterand"}])
refusal("at-x-weiger-09", "Hoeveel subsidie krijgt de bibliotheek in Dinkelland in 2023?",
        "no bibliotheek in either Dinkelland document",
        [{"rule": "absent_text", "documents": [DF, RDF], "text": "bibliotheek"},
         {"rule": "absent_text", "documents": NOT_D, "text": "Dinkelland"}])

# ================================================================================================ text
text("at-w-tekst-01", "Waarom waren de kosten van jeugdhulp in Wassenaar in 2024 hoger dan begroot?", WA,
     [["verblijf", "langdurig"], ["tarief", "tarieven"]],
     passage(WF, "De kosten van jeugdhulp met verblijf en van de specialistische jeugd-ggz stegen doordat meer "
                 "jeugdigen langdurig hulp nodig hadden en de tarieven van de regionale inkoop via het Servicebureau "
                 "Jeugdhulp Haaglanden per 1 januari 2024 met 7,2% stegen."))
text("at-w-tekst-02", "Waarom bleven de lasten van Fysieke leefomgeving in Wassenaar in 2024 ver onder de begroting?",
     WA, [["gemeentewerf"], ["bodemonderzoek", "2025", "doorgeschoven"]],
     passage(WF, "De sanering van de grond van de gemeentewerf is doorgeschoven naar 2025, omdat de aanvullende "
                 "bodemonderzoeken meer tijd kostten dan voorzien."))
text("at-w-tekst-03", "Waarom wijkt de primitieve begroting van programma 5 in de jaarstukken 2024 van Wassenaar af "
                      "van de gepubliceerde begroting 2024?", WA,
     [["amendement"], ["schoolroutes", "verkeersveiligheid"]],
     passage(WF, f"Bij de vaststelling van de begroting 2024 op 7 november 2023 heeft de raad het amendement "
                 f"Verkeersveiligheid schoolroutes aangenomen. Daarmee is € {nl(d.AMENDEMENT)} structureel toegevoegd "
                 f"aan de lasten van programma 5, gedekt door een lagere raming in programma 3."))
text("at-w-tekst-04", "Wat wil het college van Wassenaar met het resultaat over 2024 doen?", WA,
     [["algemene reserve"], ["Sociaal domein", "Hervormingsagenda"]],
     passage(WF, f"Wij stellen de raad voor het resultaat als volgt te bestemmen: € 500.000 toevoegen aan de BR "
                 f"uitvoering Sociaal domein voor de uitvoering van de Hervormingsagenda Jeugd en het restant van "
                 f"€ {nl(d.W_TOT_RESULT[2] - 500_000)} toevoegen aan de algemene reserve (vrij besteedbaar)."))
text("at-d-tekst-01", "Wat betekent het doel 'Langer gezond' in de programmabegroting 2023 van Dinkelland?", DK,
     [["gezondheid"], ["om naar anderen", "samenleving"]],
     passage(DF, "Doel: Nog meer inwoners werken aan hun gezondheid en kijken (samen) om naar anderen en zijn in staat "
                 "hen te activeren deel te nemen aan de samenleving."))
text("at-d-tekst-02", "Waarvoor dient de ontwikkeling 'Hervormingsagenda Jeugd' in de begroting 2023 van Dinkelland?",
     DK, [["normaliseren"], ["praktijkondersteuner", "lichte vragen", "minder zware hulp"]],
     passage(DF, "Met de Hervormingsagenda Jeugd willen Rijk en gemeenten de jeugdhulp normaliseren: lichte vragen over "
                 "opvoeden en opgroeien worden beantwoord in het gewone leven, op school en door de "
                 "praktijkondersteuner jeugd bij de huisarts, zodat minder zware hulp nodig is."))
text("at-d-tekst-03", "Waarom gaat de afvalstoffenheffing in Dinkelland in 2023 omhoog?", DK,
     [["verbrandingsbelasting"], ["inzameling", "kostendekkend"]],
     passage(DF, "De afvalstoffenheffing stijgt doordat het Rijk de verbrandingsbelasting per 1 januari 2023 verhoogt en "
                 "de kosten van inzameling en verwerking stijgen. De heffing blijft 100% kostendekkend."))
text("at-d-tekst-04", "Waarom breidt Dinkelland het kindcentrum in Ootmarsum uit?", DK,
     [["leerlingen", "Ootmarsum-Zuid"], ["lokalen", "tijdelijke units"]],
     passage(DF, "Het aantal leerlingen in Ootmarsum groeit door de nieuwbouwwijk Ootmarsum-Zuid. Met de uitbreiding van "
                 "het kindcentrum krijgen de basisschool en de kinderopvang samen vier extra lokalen, zodat de tijdelijke "
                 "units op het schoolplein kunnen verdwijnen."))
text("at-d-tekst-05", "Waarom stijgt de rioolheffing in Dinkelland in 2023?", DK, [["Rossum"], ["regenwater", "riolering"]],
     passage(DF, "De rioolheffing stijgt met de kosten van de vervanging van de riolering in Rossum en het afkoppelen van "
                 "regenwater."))

# ================================================================================================ which
which("at-w-welke-01", "Wat waren de begrote lasten van Natuur, klimaat en Mobiliteit van Wassenaar voor 2024?",
      [rbl(P5, "Lasten"), bl(P5, "Lasten", PRIM), bl(P5, "Lasten", NW)],
      why="no document or column named: the real Begroting 2024 (-19.221), the jaarstukken' primitieve begroting "
          "(-19.301, after the amendement) and the begroting na wijziging (-19.963) are all 'begroot' for 2024")
which("at-w-welke-02", "Hoeveel bedroeg de algemene reserve (vrij besteedbaar) van Wassenaar?",
      [rv(d.AR_VRIJ, "Stand 1-1-2024"), rv(d.AR_VRIJ, "Stand 31-12-2024"),
       rres("Algemene reserve (vrij besteedbaar)", 0, "Begroting per 31 december 2023", 43_791_000),
       rres("Algemene reserve (vrij besteedbaar)", 3, "Begroting 2024", 42_060_000)],
      why="no date: the jaarstukken give the stand 1-1-2024 and 31-12-2024, the real Begroting 2024 the begrote stand "
          "end 2023 and end 2024")
which("at-d-welke-03", "Hoe hoog is de afvalstoffenheffing voor een eenpersoonshuishouden in Dinkelland?",
      [hef(AFE, "2022"), hef(AFE, "2023")], why="no year: tabel 7.2 gives the tarief for 2022 and for 2023")

# ================================================================================================ any
anyc("at-w-any-01", "Hoe heeft Wassenaar het in 2024 financieel gedaan?", WA, ["Dinkelland", "Twenterand"], WF)
anyc("at-d-any-02", "Wat doet Dinkelland in 2023 voor een inclusieve samenleving?", DK, ["Wassenaar", "Twenterand"], DF)

# ================================================================================================ write
HEADER = """# GENERATED by source/gen_cases.py -- do not edit by hand.
# set-at: blind evaluation set (format version 1, /work/shared/evals/FORMAT.md).
# The corpus is the four documents of /work/main/corpus plus two FICTIONAL documents of two bodies already in it,
# written for this set (made-up figures):
#   - wassenaar-jaarstukken-2024.pdf: Gemeente Wassenaar, Jaarstukken 2024 (FICTIONAL jaarverslag + jaarrekening; a
#     Word document printed by LibreOffice). Its column 'Begroting 2024 primitief' repeats the real Begroting 2024 for
#     P1, P2 and P4 and differs for P3 and P5 (a fictional amendement); na wijziging and Rekening 2024 are invented.
#   - dinkelland-programmabegroting-2023.pdf: Gemeente Dinkelland, Programmabegroting 2023 (FICTIONAL; HTML printed
#     by Chromium).
# Values are in euros (x € 1.000 tables x 1000), printed sign kept; signed is never set.  Wassenaar convention:
# '"-"= nadeel / "+"= voordeel' (lasten negative, '-1.234' in the programme tables, '(1.234)' in tabel 7.2 and 7.4).
# Dinkelland: saldo = baten - lasten (negative = nadelig); Ontwikkelingen + = nadeel, - = voordeel.
# Provenance of every value: source/provenance.json.
"""


def _wrap_comment(s, width=116):
    words, lines, cur = s.split(), [], "#"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != "#":
            lines.append(cur)
            cur = "#  "
        cur += " " + w
    lines.append(cur)
    return lines


def _derivation_notes(cid):
    out = []
    for i, pv in enumerate(PROV[cid]):
        for a in ([pv["main"]] + pv["accept"]) if pv["kind"] == "figure" else []:
            if a.get("derivation"):
                n = f"derivation{f' (turn {i + 1})' if len(PROV[cid]) > 1 else ''}: {a['derivation']}"
                if n not in out:
                    out.append(n)
    return out


def dump_case(c):
    out = ""
    for n in NOTES.get(c["id"], []) + _derivation_notes(c["id"]):
        for ln in _wrap_comment(n):
            out += ln + "\n"
    out += yaml.safe_dump([c], sort_keys=False, allow_unicode=True, width=120)
    return out


def main():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    body = "version: 1\ncases:\n" + "".join(dump_case(c) for c in CASES)
    (SET / "cases.yaml").write_text(HEADER + body, encoding="utf-8")
    assert yaml.safe_load(HEADER + body)["cases"] == CASES
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
    nt = sum(len(c.get("turns", [c])) for c in CASES)
    print(f"cases.yaml: {len(CASES)} cases, {nt} turns")


if __name__ == "__main__":
    main()
