"""Write ../cases.yaml and provenance.json for set-au.

Every expected and accepted figure is located in the finished documents (extract.py): a table cell of a new PDF
by caption, group, row and column (page, pages of the table, continuation, printed text, scale statement and
scale, first label line, the `pdftotext -layout` line, section), a prose figure by its sentence (paragraph pages,
section), a figure of the real Dinkelland Begroting 2020 text export by line and token (with the header line of its
column).  Figures of the new documents must also equal data.py.  "other" records printings of the same row for
another column, year or document: they are kept out of value/accept.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from extract import PdfDoc, RealText, clean, figure_token, parse_num
from fmt import dec, nl, num_in_derivation

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
GF, DF = d.G_FILE, d.D_FILE
TWF, DKF, WSF, COF = ("twenterand-programmabegroting-2020-sociaal-domein.txt",
                      "dinkelland-begroting-2020-inclusieve-samenleving.txt", "wassenaar-begroting-2024.pdf",
                      "collectie-overijssel-jaarstukken-2023.pdf")
ALL = [TWF, DKF, WSF, COF, GF, DF]
GB, DB = d.G_BODY, d.D_BODY
G = PdfDoc(CORPUS / GF, "ggd")
D = PdfDoc(CORPUS / DF, "dk")
RD = RealText(CORPUS / DKF)
DOCS = {GF: G, DF: D}


def _eq(a, b, what):
    if b is not None and abs(abs(a) - abs(b)) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def scale_for(stmt, label, printed):
    if "%" in printed:
        return 1
    if "(x € 1.000)" in label:
        return 1000
    if stmt.lower().startswith("aantallen"):
        return 1
    return 1000 if "x € 1.000" in stmt else 1


# ------------------------------------------------------------------------------------------------ sources
def cell(f, caption, row, col, want=None, group=None):
    doc = DOCS[f]
    c = doc.cell(caption, row, col, group)
    tok = figure_token(c["printed"])
    if tok is None:
        raise SystemExit(f"{caption}/{row}/{col}: not a number {c['printed']!r}")
    v = parse_num(tok)
    sc = scale_for(c["scale_statement"], row, tok)
    v = round(v * sc, 6)
    _eq(v, want, f"{f} {caption}/{row}/{col}")
    ll = doc.layout_line(c["page"], c["label_first_line"], tok)
    if ll is None:
        raise SystemExit(f"{caption}/{row}/{col}: no unique pdftotext -layout line "
                         f"{doc.layout_lines(c['page'], c['label_first_line'], tok)}")
    return {"kind": "cell", "document": f, "page": c["page"], "table": caption, "table_pages": c["pages"],
            "continued": c["continued"], "group": c["group"], "row": c["row"], "column": col,
            "cell_text": c["printed"], "printed": tok, "scale_statement": c["scale_statement"], "scale": sc,
            "label_first_line": c["label_first_line"], "label_lines": c["label_lines"], "layout_line": ll,
            "section": c["section"], "value": v}


def prose(f, fragment, printed, want=None, scale=1):
    occ = DOCS[f].prose(fragment)
    if len(occ) != 1 or printed not in fragment:
        raise SystemExit(f"{f} prose {fragment!r}: {occ}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"{f} prose {fragment}")
    return {"kind": "prose", "document": f, "pages": occ[0]["pages"], "section": occ[0]["section"],
            "prose": fragment, "printed": printed, "scale": scale, "value": v}


def real(label, want=None):
    """the last token (column SOLL 2022) or the token after a year of a line of the real Begroting 2020"""
    no = RD.find(label)
    toks = RD.tokens(no)
    printed = toks[-1]
    hdr = RD.header_above(no, r"SOLL 2022\s*$")
    v = parse_num(printed)
    _eq(v, want, f"real {label}")
    return {"kind": "real_text", "document": DKF, "line": no, "line_text": RD.line(no), "label": label,
            "token": len(toks) - 1, "printed": printed, "header_line": hdr, "header_text": RD.line(hdr),
            "column": "SOLL 2022", "value": v}


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [abs(s["value"]) for s in srcs]
    if op == "add":
        v, der = sum(a), " + ".join(num_in_derivation(x) for x in a)
    elif op == "abs_sub":
        v, der = a[0] - a[1], f"{num_in_derivation(a[0])} - {num_in_derivation(a[1])}"
    elif op == "pct":
        v = round(100 * (a[0] - a[1]) / a[1], 2)
        der = f"100 × ({num_in_derivation(a[0])} - {num_in_derivation(a[1])}) / {num_in_derivation(a[1])}"
    elif op == "share":
        v, der = round(100 * a[0] / a[1], 2), f"100 × {num_in_derivation(a[0])} / {num_in_derivation(a[1])}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {num_in_derivation(v)}"}


def where(s):
    if s["kind"] == "cell":
        return f"{s['table']}, row {s['row']!r}, column {s['column']!r}, page {s['page']}"
    if s["kind"] == "prose":
        return f"prose in {s['section']!r}, page {s['pages'][0]}"
    return f"real Begroting 2020 text export, line {s['line']}, column {s['column']}"


DOCNAME = {GF: "GGD Tukkerland Programmabegroting 2026", DF: "Dinkelland Jaarstukken 2022",
           DKF: "the real Dinkelland Begroting 2020"}

# ------------------------------------------------------------------------------------------------ builders
CASES, PROV, NOTES = [], {}, {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None, other=(), note=None):
    main = main if "sources" in main else alt(main)
    accepts = [a if "sources" in a else alt(a) for a in accepts]
    e = {"value": _n(main["value"])}
    acc = [_n(main["value"])]
    for a in accepts:
        x = _n(a["value"])
        if all(abs(abs(x) - abs(y)) > 1e-9 for y in acc):
            acc.append(x)
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
    e["unit"] = unit
    e["municipality"] = body
    pv = {"kind": "figure", "main": main, "accept": accepts, "other": list(other)}
    notes = []
    docs = sorted({DOCNAME[s["document"]] for s in main["sources"]})
    notes.append(f"value from {' and '.join(docs)}: " + "; ".join(where(s) for s in main["sources"]))
    if note:
        notes.append(note)
    if "derivation" in main:
        notes.append(f"derivation: {main['derivation']}")
    noted = set()
    for a in accepts:
        x = _n(a["value"])
        if abs(abs(x) - abs(main["value"])) >= 1e-9 and "derivation" not in a:
            if abs(x) in noted:
                notes[-1] += f"; also printed {a['sources'][0]['printed']!r} in {where(a['sources'][0])}"
                continue
            noted.add(abs(x))
        if abs(abs(x) - abs(main["value"])) < 1e-9:
            notes.append(f"same figure also printed in {where(a['sources'][0])} (printed {a['sources'][0]['printed']!r})"
                         if "derivation" not in a else f"same result also from {a['derivation']}")
        elif "derivation" in a:
            notes.append(f"also accepted: {a['derivation']}")
        else:
            notes.append(f"also accepted: {nl(x) if float(x).is_integer() else x} "
                         f"(printed {a['sources'][0]['printed']!r} in {where(a['sources'][0])})")
    for o in other:
        notes.append(f"not accepted: {o['printed']!r} ({where(o)})")
    return {"question": q, "kind": "figure", "expect": e}, pv, notes


def add(cid, turn, prov, scope=None, notes=()):
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c.update({k: v for k, v in turn.items() if k != "question"})
    CASES.append(c)
    PROV[cid] = [prov]
    NOTES[cid] = list(notes)


def fig(cid, q, body, main, accepts=(), unit="EUR", tol=None, scope=None, other=(), note=None):
    t, p, n = fig_turn(q, body, main, accepts, unit, tol, other, note)
    add(cid, t, p, scope, n)


def conv(cid, scope, turns):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = [t for t, _, _ in turns]
    CASES.append(c)
    PROV[cid] = [p for _, p, _ in turns]
    NOTES[cid] = [f"turn {i + 1}: {x}" for i, (_, _, n) in enumerate(turns) for x in n]


def refusal_turn(q, why, absent):
    return {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}, [f"refusal: {why}"]


def refusal(cid, q, why, absent, scope=None):
    t, p, n = refusal_turn(q, why, absent)
    add(cid, t, p, scope, n)


def passage(f, fragment):
    """the whole paragraph that holds `fragment` (an anchor that occurs once in the document's prose)"""
    hits = DOCS[f].paragraph_with(fragment)
    if len(hits) != 1:
        raise SystemExit(f"{f} passage {fragment!r}: {len(hits)} paragraphs")
    p = hits[0]
    return {"document": f, "pages": p["pages"], "section": p["section"], "anchor": clean(fragment),
            "passage": p["text"]}


def text_turn(q, body, include, w):
    hay = w["passage"].lower()
    for g in include:
        items = g if isinstance(g, list) else [g]
        if not any(x.lower() in hay for x in items):
            raise SystemExit(f"include {items} not in passage {w['passage'][:60]!r}")
    return ({"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
            {"kind": "text", "where": w}, [f"text: include groups come from {w['section']!r} (page {w['pages'][0]})"])


def text(cid, q, body, include, w, scope=None):
    t, p, n = text_turn(q, body, include, w)
    add(cid, t, p, scope, n)


def mlnr(v):
    return dec(abs(v) / 1e6, 1) + " miljoen"


def grp(src):
    pr = re.sub(r"\s+[VN]$", "", src["printed"]).lstrip("-\u2212").rstrip("%")
    out = [pr]
    if src["scale"] != 1 or abs(src["value"]) >= 1000:
        full = nl(abs(src["value"]))
        if full not in out:
            out.append(full)
    if abs(src["value"]) >= 1e6:
        out.append(mlnr(src["value"]))
    return out


def which(cid, q, cands, why, scope=None):
    include = [grp(c) for c in cands]
    flat = [x for g in include for x in g]
    include = [[x for x in g if flat.count(x) == 1] for g in include]
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "why": why}, scope,
        [f"which: {why}; one include group per candidate (printed figure, full amount, million rendering)"])


def anyc(cid, q, body, exclude, own, why, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": own, "why": why}, scope,
        [f"any: {why}; only the exclusions and the cited body are scored"])


# ================================================================================================ GGD Tukkerland
T_OV = "Tabel 3 Overzicht van baten en lasten 2024-2029"
T_PROG = {p: f"Tabel {n} Lasten en baten {p}" for p, n in zip(d.PROGS, (5, 7, 9, 11))}
T_BIJ = "Tabel 12 Bijdrage per gemeente 2026"
T_RES = "Tabel 13 Verloop reserves"
T_WV = "Tabel 15 Weerstandsvermogen 2026"
T_KEN = "Tabel 17 Financiële kengetallen"
T_FTE = "Tabel 18 Formatie per programma"
T_MJ = "Tabel 20 Bijdrage per gemeente 2025-2029"
YI = {c: i for i, c in enumerate(d.G_COLS)}
SIGN_G = ("sign: the GGD prints lasten and baten positive and the saldo as baten - lasten; a negative figure "
          "(typographic minus U+2212) is nadelig; the expected value keeps the printed sign")


def ov(group, row, col):
    src = {"Lasten": d.G_LASTEN, "Baten": d.G_BATEN}
    if row in src.get(group, {}):
        want = src[group][row][YI[col]] * 1000
    else:
        want = {"Totaal lasten": d.G_TOT_LASTEN, "Totaal baten": d.G_TOT_BATEN, "Saldo van baten en lasten": d.G_SALDO,
                "Geraamd resultaat": d.G_RESULTAAT, "Bijdragen gemeenten basistaken": d.G_BIJ_BASIS,
                "Bijdragen gemeenten maatwerk": d.G_BIJ_MAATWERK}[row][YI[col]] * 1000
    return cell(GF, T_OV, row, col, want, group)


def prog(p, row, col):
    want = {"Lasten": d.G_LASTEN[p], "Baten": d.G_BATEN[p]}[row][YI[col]] * 1000
    return cell(GF, T_PROG[p], row, col, want)


def bij(m, col):
    if m == "Totaal":
        want = {"Totaal 2026": d.G_SUM_TOTAAL26, "Totaal 2025 na wijziging": d.G_SUM_TOTAAL25,
                "Basistaken 2026": d.G_SUM_BASIS26, "Maatwerk 2026": d.G_SUM_MAATWERK26}[col]
        return cell(GF, T_BIJ, m, col, want)
    want = {"Inwoners 1-1-2025": d.G_MEMBERS[m][0], "Basistaken 2026": d.G_BASIS26[m],
            "Maatwerk 2026": d.G_MAATWERK26[m], "Totaal 2026": d.G_TOTAAL26[m],
            "Per inwoner 2026": d.G_PER_INW26[m], "Totaal 2025 na wijziging": d.G_TOTAAL25[m]}[col]
    return cell(GF, T_BIJ, m, col, want)


def mj(m, col):
    y = {"Begroting 2025 na wijziging": 2025, "Begroting 2026": 2026}.get(col) or int(col)
    if m == "Totaal":
        return cell(GF, T_MJ, m, col, d.G_BIJ_TOTAL[y - 2024] * 1000)
    return cell(GF, T_MJ, m, col, d.G_BIJLAGE[y][m] * 1000)


tar26 = dec(d.G_TARIEF[2026], 2)
fig("au-g-01", "Wat zijn de lasten van het programma Jeugdgezondheidszorg in de begroting 2026 van GGD Tukkerland?",
    GB, ov("Lasten", "Jeugdgezondheidszorg", "Begroting 2026"),
    accepts=[alt(prog("Jeugdgezondheidszorg", "Lasten", "Begroting 2026"))],
    other=[ov("Lasten", "Jeugdgezondheidszorg", "Begroting 2025 na wijziging"),
           ov("Baten", "Jeugdgezondheidszorg", "Begroting 2026")],
    note="x € 1.000 × 1000; the row label Jeugdgezondheidszorg occurs under Lasten and under Baten")
fig("au-g-02", "Hoeveel betaald Dinkelland in 2026 aan de GGD?", GB, bij("Dinkelland", "Totaal 2026"),
    accepts=[alt(mj("Dinkelland", "Begroting 2026"))],
    other=[bij("Dinkelland", "Totaal 2025 na wijziging"), bij("Dinkelland", "Basistaken 2026")],
    note="asked as a resident of Dinkelland would ask it ('betaald' is the resident's spelling); the GGD's table "
         "in whole euros is the main source, the bijlage x € 1.000 rounds the same contribution")
fig("au-g-03", "Wat kost de GGD de gemeente Twenterand per inwoner in 2026?", GB, bij("Twenterand", "Per inwoner 2026"),
    accepts=[alt(prose(GF, f"Het tarief voor 2026 is € {tar26} per inwoner", f"€ {tar26}", d.G_TARIEF[2026]))],
    other=[bij("Dinkelland", "Per inwoner 2026")],
    note="Twenterand takes no maatwerk, so its total per inwoner equals the tarief basistaken; the Twenterand row "
         "sits on the continuation page of Tabel 12")
fig("au-g-04", "Hoeveel betalen Dinkelland en Tubbergen samen in 2026 aan GGD Tukkerland?", GB,
    alt([bij("Dinkelland", "Totaal 2026"), bij("Tubbergen", "Totaal 2026")], "add"),
    accepts=[alt([mj("Dinkelland", "Begroting 2026"), mj("Tubbergen", "Begroting 2026")], "add")])
fig("au-g-05", "Welk deel van de totale gemeentelijke bijdrage aan GGD Tukkerland in 2026 betaalt Twenterand?", GB,
    alt([bij("Twenterand", "Totaal 2026"), bij("Totaal", "Totaal 2026")], "share"), unit="percent", tol=0.05)
fig("au-g-06", "Wat is de stand van de bestemmingsreserve pandemische paraatheid van GGD Tukkerland op 31 december "
    "2026?", GB, cell(GF, T_RES, d.PAN, "Stand 31-12-2026", d.G_RES_31_12_2026[d.PAN] * 1000),
    other=[cell(GF, T_RES, d.PAN, "Stand 1-1-2026"), cell(GF, T_RES, d.PAN, "Stand 31-12-2024")])
fig("au-g-07", "Wat is de begrote solvabiliteit van GGD Tukkerland voor 2026?", GB,
    cell(GF, T_KEN, "Solvabiliteitsratio", "Begroting 2026", d.G_SOLV[2]), unit="percent",
    other=[cell(GF, T_KEN, "Solvabiliteitsratio", "Rekening 2024"),
           cell(GF, T_KEN, "Solvabiliteitsratio", "Begroting 2025")],
    note="'solvabiliteit' for the printed kengetal Solvabiliteitsratio")
cm = nl(d.G_PROSE["contactmomenten_2026"])
fig("au-g-08", "Hoeveel contactmomenten verwacht de jeugdgezondheidszorg van GGD Tukkerland in 2026?", GB,
    prose(GF, f"In 2026 verwachten wij {cm} contactmomenten met kinderen en hun ouders", cm,
          d.G_PROSE["contactmomenten_2026"]), unit="count", note="a figure printed only in prose")
bmr, bmrnl = dec(d.G_PROSE["bmr_2024"], 1), dec(d.G_PROSE["bmr_nl_2024"], 1)
fig("au-g-09", "Hoe hoog was de vaccinatiegraad voor BMR bij tweejarigen in het werkgebied van GGD Tukkerland in "
    "2024?", GB, prose(GF, f"in ons werkgebied was in 2024 {bmr}%", f"{bmr}%", d.G_PROSE["bmr_2024"]),
    unit="percent", other=[prose(GF, f"landelijk gemiddelde van {bmrnl}%", f"{bmrnl}%")],
    note="a figure printed only in prose; the national average in the same sentence is not accepted")
fig("au-g-10", "Met hoeveel euro stijgen de lasten van Infectieziektebestrijding bij GGD Tukkerland van de begroting "
    "2025 naar de begroting 2026?", GB,
    alt([ov("Lasten", "Infectieziektebestrijding", "Begroting 2026"),
         ov("Lasten", "Infectieziektebestrijding", "Begroting 2025 na wijziging")], "abs_sub"),
    accepts=[alt([prog("Infectieziektebestrijding", "Lasten", "Begroting 2026"),
                  prog("Infectieziektebestrijding", "Lasten", "Begroting 2025 na wijziging")], "abs_sub")])
fig("au-g-11", "Met hoeveel procent stijgt de totale bijdrage van de gemeenten aan GGD Tukkerland van 2025 naar "
    "2026?", GB, alt([bij("Totaal", "Totaal 2026"), bij("Totaal", "Totaal 2025 na wijziging")], "pct"),
    unit="percent", tol=0.05,
    accepts=[alt([mj("Totaal", "Begroting 2026"), mj("Totaal", "Begroting 2025 na wijziging")], "pct")])
s26 = -d.G_SALDO[2] * 1000
fig("au-g-12", "Wat is het saldo van baten en lasten van GGD Tukkerland in de begroting 2026?", GB,
    ov("Baten", "Saldo van baten en lasten", "Begroting 2026"),
    accepts=[alt(prose(GF, f"Het saldo van baten en lasten 2026 is € {nl(s26)} nadelig", f"€ {nl(s26)}"))],
    other=[ov("Baten", "Geraamd resultaat", "Begroting 2026")], note=SIGN_G)
r29 = -d.G_RESULTAAT[5] * 1000
fig("au-g-13", "Welk geraamd resultaat laat de meerjarenraming van GGD Tukkerland zien voor 2029?", GB,
    ov("Baten", "Geraamd resultaat", "2029"),
    accepts=[alt(prose(GF, f"€ {nl(r29)}. Het dagelijks bestuur", f"€ {nl(r29)}"))],
    other=[ov("Baten", "Geraamd resultaat", "2027"), ov("Baten", "Geraamd resultaat", "2028"),
           ov("Baten", "Saldo van baten en lasten", "2029")],
    note=SIGN_G + "; the inleiding names the same tekort as € " + nl(r29))
fig("au-g-14", "Hoeveel inwoners telt Twenterand volgens de begroting 2026 van de GGD Tukkerland?", GB,
    bij("Twenterand", "Inwoners 1-1-2025"), unit="count", other=[bij("Dinkelland", "Inwoners 1-1-2025")],
    note="the inwoners at 1-1-2025 that the contribution is based on; on the continuation page of Tabel 12")
fte = dec(d.G_FTE_TOT[1], 1)
fig("au-g-15", "Hoeveel fte werken er in 2026 bij GGD Tukkerland volgens de begroting?", GB,
    prose(GF, f"naar {fte} fte in 2026", f"{fte}", d.G_FTE_TOT[1]),
    accepts=[alt(cell(GF, T_FTE, "Totaal", "Begroting 2026", d.G_FTE_TOT[1]))], unit="count",
    other=[cell(GF, T_FTE, "Totaal", "Begroting 2025")], note="the formatie in fte, in prose and in Tabel 18")
fig("au-g-16", "Hoeveel betaalt Enschede in 2026 aan GGD Tukkerland voor maatwerk?", GB,
    bij("Enschede", "Maatwerk 2026"), other=[bij("Enschede", "Basistaken 2026"), bij("Enschede", "Totaal 2026")])

conv("au-g-conv-01", None, [
    fig_turn("Wat betaalt Dinkelland in 2026 aan GGD Tukkerland voor de basistaken?", GB,
             bij("Dinkelland", "Basistaken 2026"), other=[bij("Dinkelland", "Totaal 2026")]),
    fig_turn("En voor Twenterand?", GB, bij("Twenterand", "Basistaken 2026"),
             note="Twenterand's row is on the continuation page of Tabel 12"),
    fig_turn("En wat betaalt Twenterand in totaal in 2027?", GB, mj("Twenterand", "2027"),
             other=[mj("Twenterand", "2028")], note="bijlage 1, x € 1.000 × 1000"),
])
conv("au-g-conv-02", GB, [
    fig_turn("Wat zijn de lasten van Veilig Thuis in de begroting 2026?", GB, ov("Lasten", "Veilig Thuis",
                                                                                  "Begroting 2026"),
             accepts=[alt(prog("Veilig Thuis", "Lasten", "Begroting 2026"))]),
    fig_turn("En de baten?", GB, ov("Baten", "Veilig Thuis", "Begroting 2026"),
             accepts=[alt(prog("Veilig Thuis", "Baten", "Begroting 2026"))]),
    fig_turn("En in 2029?", GB, ov("Baten", "Veilig Thuis", "2029"), accepts=[alt(prog("Veilig Thuis", "Baten",
                                                                                         "2029"))],
             other=[ov("Lasten", "Veilig Thuis", "2029")], note="the baten of the previous turn, now for 2029"),
    refusal_turn("En in 2030?", "the meerjarenraming of the GGD ends in 2029; no document holds 2030 for the GGD",
                 [{"rule": "no_table_column", "documents": [GF], "text": "2030"},
                  {"rule": "absent_text", "documents": [GF, DF], "text": "2030"},
                  {"rule": "absent_text", "documents": [TWF, DKF, WSF, COF], "text": "Tukkerland"}]),
])

# ================================================================================================ Dinkelland
T22 = "Tabel 2.2 Wat heeft het gekost? Inclusieve samenleving"
T21 = "Tabel 2.1 Indicatoren ambitie Inclusieve samenleving"
T31 = "Tabel 3.1 Opbrengst onroerendezaakbelastingen 2022"
T35 = "Tabel 3.5 Bijdragen aan verbonden partijen 2022"
T36 = "Tabel 3.6 Financiële kengetallen"
T41 = "Tabel 4.1 Overzicht van baten en lasten 2022"
T42 = "Tabel 4.2 Balans"
T43 = "Tabel 4.3 Verloop reserves 2022"
DI = {c: i for i, c in enumerate(d.D_COLS)}
IS = d.D_AMB["Inclusieve samenleving"]


def kost(group, row, col):
    key = group.lower()
    if row.startswith("Totaal"):
        want = d.D_AMB_TOT["Inclusieve samenleving"][key][DI[col]]
    else:
        want = IS[key][row][DI[col]]
    return cell(DF, T22, row, col, want, group)


def ind(row, col):
    r = [x for x in d.D_IND if x[0] == row][0]
    want = {"Streefwaarde 2022": r[2], "Realisatie 2022": r[3], "Nulmeting": r[1][1]}[col]
    return cell(DF, T21, row, col, parse_num(want))


R = d.D_RESULTAAT
fig("au-d-01", "Met welk resultaat sloot de jaarrekening 2022 van Dinkelland?", DB,
    prose(DF, f"De jaarrekening 2022 sluit met een voordelig resultaat van € {nl(R[2])}", f"€ {nl(R[2])}", R[2]),
    accepts=[alt(cell(DF, T41, "Resultaat", "Rekening 2022", d.D_OV_RESULTAAT[2] * 1000, "Baten")),
             alt(cell(DF, T42, "Gerealiseerd resultaat", "31-12-2022", d.D_BAL_RESULTAAT[0] * 1000, "Passiva"))],
    other=[cell(DF, T41, "Resultaat", "Begroting 2022 na wijziging", None, "Baten")],
    note="the realised result: € 1.287.455 in the aanbieding, 1.287 x € 1.000 in tabel 4.1 and on the balans")
fig("au-d-02", "Hoe groot was in 2022 het verschil tussen de werkelijke lasten van Zorg meer nabij en de begroting "
    "na wijziging bij Dinkelland?", DB, cell(DF, T22, "Zorg meer nabij", "Saldo (V/N)",
                                             -d.D_AN["zorg"], "Lasten"),
    accepts=[alt([kost("Lasten", "Zorg meer nabij", "Rekening 2022"),
                  kost("Lasten", "Zorg meer nabij", "Begroting 2022 na wijziging")], "abs_sub")],
    other=[cell(DF, T22, "Zorg meer nabij", "Saldo (V/N)", None, "Baten")],
    note="sign: the column Saldo (V/N) prints the absolute difference with N for a nadeel (here higher lasten "
         "than budgeted); the expected value is the printed amount without the letter, the N means it is a nadeel")
fig("au-d-03", "Hoeveel gaf Dinkelland in 2022 werkelijk meer uit aan Meer inwoners kunnen meedoen dan oorspronkelijk "
    "(primitief) begroot?", DB,
    alt([kost("Lasten", "Meer inwoners kunnen meedoen", "Rekening 2022"),
         kost("Lasten", "Meer inwoners kunnen meedoen", "Begroting 2022 primitief")], "abs_sub"),
    other=[cell(DF, T22, "Meer inwoners kunnen meedoen", "Saldo (V/N)", None, "Lasten")],
    note="the printed Saldo compares with the begroting na wijziging, the question with the primitieve begroting")
fig("au-d-04", "Hoeveel liquide middelen had Dinkelland op 31 december 2022?", DB,
    cell(DF, T42, "Liquide middelen", "31-12-2022", d.D_BAL["Liquide middelen"][0] * 1000, "Activa"),
    other=[cell(DF, T42, "Liquide middelen", "31-12-2021", None, "Activa")])
fig("au-d-05", "Wat heeft de OZB in Dinkelland in 2022 opgebracht?", DB,
    cell(DF, T31, "Totaal OZB", "Gerealiseerd 2022", d.D_OZB_REAL),
    accepts=[alt(cell(DF, T41, "Onroerendezaakbelastingen", "Rekening 2022",
                      d.D_OV_BATEN["Onroerendezaakbelastingen"][2] * 1000, "Baten"))],
    other=[cell(DF, T31, "Totaal OZB", "Begroot 2022")],
    note="the realised OZB yield (paragraaf lokale heffingen); tabel 4.1 rounds it to x € 1.000")
fig("au-d-06", "Wat was de stand van de reserve sociaal domein van Dinkelland op 31-12-2022?", DB,
    cell(DF, T43, "Reserve sociaal domein", "Stand 31-12-2022", d.D_RES_END["Reserve sociaal domein"]),
    other=[cell(DF, T43, "Reserve sociaal domein", "Stand 1-1-2022")])
fig("au-d-07", "Wat was de gerealiseerde netto schuldquote van Dinkelland in 2022?", DB,
    cell(DF, T36, "Netto schuldquote", "Rekening 2022", d.D_NSQ[0]), unit="percent",
    other=[cell(DF, T36, "Netto schuldquote", "Begroting 2022"), cell(DF, T36, "Netto schuldquote", "Rekening 2021"),
           cell(DF, T36, "Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "Rekening 2022")])
fig("au-d-08", "Hoeveel inwonersinitiatieven kregen in 2022 een bijdrage uit het leefbaarheidsfonds van Dinkelland?",
    DB, prose(DF, f"Uit het leefbaarheidsfonds ontvingen {d.D_PROSE['initiatieven']} inwonersinitiatieven een "
                  "bijdrage", str(d.D_PROSE["initiatieven"]), d.D_PROSE["initiatieven"]), unit="count",
    note="a figure printed only in prose")
fig("au-d-09", "Wat waren de totale lasten van de ambitie Inclusieve samenleving volgens de rekening 2022 van "
    "Dinkelland?", DB, kost("Lasten", "Totaal lasten", "Rekening 2022"),
    accepts=[alt(cell(DF, T41, "Ambitie Inclusieve samenleving", "Rekening 2022", None, "Lasten"))],
    other=[kost("Lasten", "Totaal lasten", "Begroting 2022 na wijziging")],
    note="sign: tabel 2.2 prints lasten positive (22.583.114), tabel 4.1 prints lasten negative in x € 1.000 "
         "(-22.583); the expected value keeps tabel 2.2's printed sign, the other printing is accepted")
fig("au-d-10", "Wat waren de totale lasten van Dinkelland in 2022 volgens het overzicht van baten en lasten in de "
    "jaarrekening?", DB, cell(DF, T41, "Totaal lasten", "Rekening 2022", d.D_OV_TOT_LASTEN[2] * 1000, "Lasten"),
    other=[cell(DF, T41, "Totaal lasten", "Begroting 2022 na wijziging", None, "Lasten")],
    note="sign: in tabel 4.1 lasten and toevoegingen are printed negative and baten positive; the expected value "
         "keeps the printed minus (scoring compares absolute values)")
fig("au-d-11", "Met hoeveel procent lag de OZB-opbrengst van Dinkelland in 2022 boven de begroting?", DB,
    alt([cell(DF, T31, "Totaal OZB", "Gerealiseerd 2022"), cell(DF, T31, "Totaal OZB", "Begroot 2022")], "pct"),
    unit="percent", tol=0.05)
fig("au-d-12", "Wat was het balanstotaal van de gemeente Dinkelland per 31 december 2021?", DB,
    cell(DF, T42, "Totaal activa", "31-12-2021", d.D_ACTIVA_TOT[1] * 1000, "Activa"),
    accepts=[alt(cell(DF, T42, "Totaal passiva", "31-12-2021", None, "Passiva"))],
    other=[cell(DF, T42, "Totaal activa", "31-12-2022", None, "Activa")])
fig("au-d-13", "Hoeveel betaalde Dinkelland in 2022 werkelijk aan GGD Tukkerland?", DB,
    cell(DF, T35, "GGD Tukkerland", "Werkelijk 2022", d.D_VP["GGD Tukkerland"][1]),
    note="from Dinkelland's own jaarstukken (verbonden partijen); the GGD's begroting 2026 holds no 2022 figure")
# -- questions naming 2022, a year that both the real Begroting 2020 (SOLL 2022) and the jaarstukken hold
GEZ, BEW = d.D_IND[0][0], d.D_IND[1][0]
fig("au-d-14", "Welk percentage inwoners van Dinkelland ervoer in 2022 daadwerkelijk een goede gezondheid?", DB,
    ind(GEZ, "Realisatie 2022"),
    accepts=[alt(prose(DF, f"ervaart {d.D_IND[0][3]} een goede gezondheid", d.D_IND[0][3]))],
    other=[ind(GEZ, "Streefwaarde 2022"), real(GEZ)], unit="percent",
    note="'daadwerkelijk' asks the realisation: value from the Jaarstukken 2022; the SOLL 2022 of the real "
         "Begroting 2020 (92%) is the target, not accepted")
fig("au-d-15", "Wat was in de begroting 2020 van Dinkelland de streefwaarde voor 2022 voor het percentage inwoners "
    "dat voldoende beweegt?", DB, real(BEW, parse_num(d.D_IND[1][2])),
    accepts=[alt(ind(BEW, "Streefwaarde 2022"))], other=[ind(BEW, "Realisatie 2022")], unit="percent",
    note="value from the real Begroting 2020 (column SOLL 2022); the jaarstukken repeat the same streefwaarde, "
         "the realisatie 2022 is not accepted")
fig("au-d-16", "Hoeveel procent van de inwoners van Dinkelland bewoog in 2022 voldoende volgens de jaarstukken "
    "2022?", DB, ind(BEW, "Realisatie 2022"), unit="percent", other=[ind(BEW, "Streefwaarde 2022"), real(BEW)],
    note="value from the Jaarstukken 2022 (realisatie); the raming/streefwaarde of the Begroting 2020 is not "
         "accepted")
fig("au-d-17", "Met hoeveel procentpunt bleef de ervaren gezondheid in Dinkelland in 2022 achter bij het doel voor "
    "2022 uit de begroting 2020?", DB, alt([real(GEZ), ind(GEZ, "Realisatie 2022")], "abs_sub"), unit="percent",
    note="the target from the real Begroting 2020 (SOLL 2022) minus the realisation from the Jaarstukken 2022")
fig("au-d-18", "Welk rapportcijfer gaven clienten van de jeugdhulp in Dinkelland in 2022?", DB,
    ind("Cijfer cliënttevredenheid Jeugd", "Realisatie 2022"),
    accepts=[alt(prose(DF, f"Jeugd daalde naar {d.D_IND[2][3]}", d.D_IND[2][3]))], unit="grade",
    other=[ind("Cijfer cliënttevredenheid Jeugd", "Nulmeting")],
    note="value from the Jaarstukken 2022; the real Begroting 2020 only has the 2018 score 7,7 (not accepted)")
fig("au-d-19", "Welk percentage van de jeugdindicaties in Dinkelland werd in 2022 door een huisarts afgegeven?", DB,
    ind("Percentage indicaties jeugd afgegeven door een huisarts", "Realisatie 2022"), unit="percent",
    other=[ind("Percentage indicaties jeugd afgegeven door een huisarts", "Nulmeting")],
    note="value from the Jaarstukken 2022; the real Begroting 2020 only has 24% for 2018 (not accepted)")

conv("au-d-conv-01", DB, [
    fig_turn("Wat waren de werkelijke lasten van Zorg meer nabij in 2022?", DB,
             kost("Lasten", "Zorg meer nabij", "Rekening 2022"),
             other=[kost("Lasten", "Zorg meer nabij", "Begroting 2022 primitief"),
                    kost("Lasten", "Zorg meer nabij", "Begroting 2022 na wijziging")]),
    fig_turn("En hoeveel was daarvoor begroot na wijziging?", DB,
             kost("Lasten", "Zorg meer nabij", "Begroting 2022 na wijziging"),
             other=[kost("Lasten", "Zorg meer nabij", "Begroting 2022 primitief")]),
    text_turn("Waarom was er een verschil?", DB, [["klantmanagers", "vacatures"], ["cliëntondersteuning"]],
              passage(DF, "Voor de invoering van één toegang zijn tijdelijk extra klantmanagers ingehuurd, omdat "
                          "vacatures niet konden worden vervuld. Ook is de onafhankelijke cliëntondersteuning "
                          "uitgebreid.")),
])
conv("au-d-conv-02", None, [
    fig_turn("Wat was de stand van de algemene reserve van Dinkelland op 1 januari 2022?", DB,
             cell(DF, T43, "Algemene reserve", "Stand 1-1-2022", d.D_RES["Algemene reserve"][0]),
             accepts=[alt(cell(DF, T42, "Algemene reserve", "31-12-2021", None, "Passiva"))],
             other=[cell(DF, T43, "Algemene reserve", "Stand 31-12-2022")]),
    fig_turn("En op 31 december 2022?", DB, cell(DF, T43, "Algemene reserve", "Stand 31-12-2022",
                                                 d.D_RES_END["Algemene reserve"]),
             accepts=[alt(cell(DF, T42, "Algemene reserve", "31-12-2022", None, "Passiva"))]),
    refusal_turn("En eind 2023?", "the jaarstukken 2022 give the reserves up to 31-12-2022; no document holds "
                                  "Dinkelland's algemene reserve at the end of 2023",
                 [{"rule": "no_table_column", "documents": [DF], "text": "2023"},
                  {"rule": "no_line_with_both", "documents": [DF, GF], "a": "reserve", "b": "2023"},
                  {"rule": "no_sentence_with_both", "documents": [DF], "a": "reserve", "b": "2023"},
                  {"rule": "absent_text", "documents": [DKF], "text": "algemene reserve"},
                  {"rule": "absent_text", "documents": [TWF, WSF, COF], "text": "Dinkelland"}]),
])
conv("au-d-conv-03", None, [
    fig_turn("Wat was in de begroting 2020 van Dinkelland het streefcijfer voor 2022 voor inwoners met een goede "
             "gezondheid?", DB, real(GEZ, parse_num(d.D_IND[0][2])), accepts=[alt(ind(GEZ, "Streefwaarde 2022"))],
             other=[ind(GEZ, "Realisatie 2022")], unit="percent",
             note="value from the real Begroting 2020 (SOLL 2022); the jaarstukken print the same streefwaarde"),
    fig_turn("En wat is er in 2022 werkelijk gehaald?", DB, ind(GEZ, "Realisatie 2022"),
             accepts=[alt(prose(DF, f"ervaart {d.D_IND[0][3]} een goede gezondheid", d.D_IND[0][3]))],
             other=[real(GEZ)], unit="percent", note="value from the Jaarstukken 2022 (realisatie)"),
])

# ================================================================================================ refusals
refusal("au-x-weiger-01", "Hoeveel betaalt Rijssen-Holten in 2026 aan GGD Tukkerland?",
        "Rijssen-Holten is not a member of the fictional GGD Tukkerland; no document mentions it",
        [{"rule": "absent_text", "documents": "*", "text": "Rijssen"}])
refusal("au-x-weiger-02", "Wat zijn de lasten voor Jeugd in 2026 in de eigen begroting van de gemeente Twenterand?",
        "Twenterand's own programmabegroting in the corpus covers 2020-2023; the GGD's Jeugdgezondheidszorg table is "
        "the GGD's budget, and the GGD only gives Twenterand's contribution",
        [{"rule": "absent_text", "documents": [TWF], "text": "2026"},
         {"rule": "absent_text", "documents": [DKF, WSF, COF, DF], "text": "Twenterand"},
         {"rule": "no_line_with_both", "documents": [GF], "a": "Twenterand", "b": "jeugd"},
         {"rule": "no_column_in_tables_with_row", "documents": [GF], "row": "Twenterand",
          "text": r"(?i)jeugd|lasten"}])
refusal("au-x-weiger-03", "Hoeveel geeft de gemeente Dinkelland zelf in 2026 uit aan infectieziektebestrijding?",
        "Dinkelland's own documents hold 2020 (begroting) and 2022 (jaarstukken) and no infectieziektebestrijding; "
        "the GGD's programme is the GGD's budget, not the municipality's",
        [{"rule": "absent_text", "documents": [DKF, DF], "text": "2026"},
         {"rule": "absent_text", "documents": [DKF, DF], "text": "infectieziekte"},
         {"rule": "absent_text", "documents": [TWF, WSF, COF], "text": "Dinkelland"},
         {"rule": "no_line_with_both", "documents": [GF], "a": "Dinkelland", "b": "infectie"},
         {"rule": "no_column_in_tables_with_row", "documents": [GF], "row": "Dinkelland",
          "text": r"(?i)infectie|lasten"}])
refusal("au-x-weiger-04", "Wat is de ratio weerstandsvermogen van de gemeente Twenterand in 2026?",
        "the ratio 1,44 in the GGD's begroting is the GGD's own weerstandsvermogen; Twenterand's document has no "
        "weerstandsvermogen",
        [{"rule": "absent_text", "documents": [TWF], "text": "weerstand"},
         {"rule": "absent_text", "documents": [DKF, WSF, COF, DF], "text": "Twenterand"},
         {"rule": "no_line_with_both", "documents": [GF], "a": "Twenterand", "b": "weerstand"}])
refusal("au-x-weiger-05", "Wat is de bijdrage van Hengelo aan GGD Tukkerland in 2032?",
        "the GGD's meerjarenraming ends in 2029; no document holds 2032",
        [{"rule": "absent_text", "documents": "*", "text": "2032"}])
refusal("au-x-weiger-06", "Hoeveel heeft de OZB in Dinkelland in 2021 opgebracht?",
        "the jaarstukken 2022 give the OZB yield for 2022 only (begroot and gerealiseerd); no document holds 2021",
        [{"rule": "no_column_in_tables_with_row", "documents": [DF], "row": "Totaal OZB", "text": "2021"},
         {"rule": "no_column_in_tables_with_row", "documents": [DF], "row": "Onroerendezaakbelastingen",
          "text": "2021"},
         {"rule": "no_line_with_both", "documents": [DF], "a": "OZB", "b": "2021"},
         {"rule": "no_line_with_both", "documents": [DF], "a": "onroerendezaak", "b": "2021"},
         {"rule": "absent_text", "documents": [DKF, TWF, COF, GF], "text": "OZB"},
         {"rule": "absent_text", "documents": [DKF, TWF, COF, GF], "text": "onroerendezaak"},
         {"rule": "absent_text", "documents": [WSF], "text": "Dinkelland"}])
refusal("au-x-weiger-07", "Hoeveel heeft Dinkelland in 2022 uitgegeven aan de kermis?",
        "no document mentions a kermis", [{"rule": "absent_text", "documents": "*", "text": "kermis"}])
refusal("au-x-weiger-08", "Wat verdiende de directeur van GGD Tukkerland in 2024 volgens de WNT-verantwoording?",
        "the GGD's begroting gives no bezoldiging (WNT); the Collectie Overijssel jaarstukken have a WNT section for "
        "another body",
        [{"rule": "absent_text", "documents": [GF, DF], "text": "WNT"},
         {"rule": "absent_text", "documents": [GF, DF], "text": "bezoldiging"},
         {"rule": "absent_text", "documents": [TWF, DKF, WSF, COF], "text": "Tukkerland"}])

# ================================================================================================ text
text("au-g-tekst-01", "Waarom stijgen de lasten van Infectieziektebestrijding bij GGD Tukkerland in 2026?", GB,
     ["pandemische paraatheid", ["flexibele schil", "getrainde medewerkers"], ["specifieke uitkering", "Rijk"]],
     passage(GF, "De lasten stijgen in 2026 doordat de pandemische paraatheid wordt uitgebreid met een flexibele "
                 "schil van getrainde medewerkers en een voorraad beschermingsmiddelen. Het Rijk financiert deze "
                 "uitbreiding tot en met 2026 met een specifieke uitkering; daarna daalt de uitkering en nemen ook de "
                 "lasten af."))
text("au-g-tekst-02", "Hoe berekent GGD Tukkerland de bijdrage van een gemeente voor de basistaken?", GB,
     [["tarief per inwoner", "per inwoner"], ["aantal inwoners"], ["1 januari 2025", "CBS"]],
     passage(GF, "De bijdrage voor de basistaken is het tarief per inwoner maal het aantal inwoners van de gemeente "
                 "op 1 januari 2025 volgens het CBS."))
text("au-g-tekst-03", "Welke risicos noemt GGD Tukkerland in de begroting 2026?", GB,
     [["infectieziekte", "uitbraak"], ["Veilig Thuis", "meldingen"], ["arbeidsmarkt", "inhuren"]],
     passage(GF, "Het grootste risico is een uitbraak van een infectieziekte met grote omvang, waarbij de GGD moet "
                 "opschalen voordat het Rijk extra middelen beschikbaar stelt. Daarnaast stijgt het aantal meldingen "
                 "bij Veilig Thuis sneller dan de begroting. Ook houden wij rekening met loon- en prijsstijgingen boven "
                 "de indexatie, met het wegvallen van de rijksbijdrage Kansrijke Start na 2026 en met de krapte op de "
                 "arbeidsmarkt, waardoor wij duurdere tijdelijke krachten moeten inhuren."))
text("au-g-tekst-04", "Wat doet Veilig Thuis Tukkerland?", GB,
     [["huiselijk geweld"], ["kindermishandeling"], ["advies", "meldpunt"]],
     passage(GF, "Veilig Thuis Tukkerland is het advies- en meldpunt voor iedereen die te maken heeft met huiselijk "
                 "geweld of kindermishandeling, als slachtoffer, pleger, omstander of professional."))
text("au-g-tekst-05", "Waarvoor is de bestemmingsreserve pandemische paraatheid van GGD Tukkerland bedoeld?", GB,
     [["opschalen", "uitbraak"], ["rijksmiddelen", "tekorten"]],
     passage(GF, "Zij is bedoeld om bij een nieuwe uitbraak snel te kunnen opschalen, voordat aanvullende "
                 "rijksmiddelen beschikbaar komen, en om tijdelijke tekorten op het programma "
                 "Infectieziektebestrijding op te vangen."))
text("au-d-tekst-01", "Waarom gaf Dinkelland in 2022 meer uit aan Meer inwoners kunnen meedoen dan begroot?", DB,
     [["verblijf"], ["gezinshuis", "crisisplaatsing", "residentiële"], ["hulpmiddelen", "woningaanpassingen"]],
     passage(DF, f"De lasten van jeugdhulp met verblijf vielen € {nl(d.D_PROSE['verblijf'])} hoger uit dan begroot"))
text("au-d-tekst-02", "Waarom viel de opbrengst van de onroerendezaakbelasting in Dinkelland in 2022 hoger uit dan "
     "begroot?", DB, [["WOZ"], ["bezwaren"], ["nieuwbouw"]],
     passage(DF, "Na de afhandeling van de bezwaren vielen de WOZ-waarden hoger uit dan geraamd en de nieuwbouw van "
                 "woningen leverde meer op."))
text("au-d-tekst-03", "Wat heeft Dinkelland in 2022 bereikt bij Versterken sociale basis?", DB,
     [["leefbaarheidsfonds"], ["initiatieven"], ["dorpsondersteuner"]],
     passage(DF, f"Uit het leefbaarheidsfonds ontvingen {d.D_PROSE['initiatieven']} inwonersinitiatieven een "
                 "bijdrage"))
text("au-d-tekst-04", "Hoe wil het college van Dinkelland het resultaat over 2022 bestemmen?", DB,
     [["reserve sociaal domein"], ["algemene reserve"], ["450.000"]],
     passage(DF, "€ 450.000 toevoegen aan de reserve sociaal domein, om de verwachte hogere kosten van jeugdhulp op "
                 "te vangen, en het restant van € 837.455 toevoegen aan de algemene reserve."))

# ================================================================================================ which / any
which("au-g-welke-01", "Hoe groot is de algemene reserve van GGD Tukkerland?",
      [cell(GF, T_RES, "Algemene reserve", "Stand 31-12-2024"), cell(GF, T_RES, "Algemene reserve", "Stand 31-12-2026")],
      "the reserve table gives the algemene reserve at 31-12-2024 and (unchanged over 2026) at 1-1-2026 and "
      "31-12-2026; the question names no date")
which("au-d-welke-01", "Wat waren de lasten van Zorg meer nabij bij Dinkelland?",
      [kost("Lasten", "Zorg meer nabij", c) for c in d.D_COLS],
      "tabel 2.2 gives the primitieve begroting, the begroting na wijziging and the rekening; the question names "
      "neither year nor column")
which("au-d-welke-02", "Wat is de netto schuldquote van Dinkelland?",
      [cell(DF, T36, "Netto schuldquote", c) for c in ("Rekening 2021", "Begroting 2022", "Rekening 2022")],
      "the kengetallen table gives the rekening 2021, the begroting 2022 and the rekening 2022")
anyc("au-d-any-01", "Wat is het percentage inwoners in Dinkelland dat voldoende beweegt in 2022?", DB,
     ["89,7", "Twenterand"], DF,
     "the words decide neither the streefwaarde 2022 (real Begroting 2020 and jaarstukken: 66%) nor the "
     "realisatie 2022 (jaarstukken: 63%); both are fair answers, a GGD figure is not")
anyc("au-g-any-01", "Wat kost GGD Tukkerland eigenlijk?", GB, ["Haaglanden", "Wassenaar"], GF,
     "a vague question (total lasten, the contribution of a municipality or the tarief per inwoner are all fair); "
     "the answer must not use GGD Haaglanden from the Wassenaar begroting")

# ================================================================================================ write
HEADER = """# GENERATED by source/gen_cases.py -- do not edit by hand.
# set-au: blind evaluation set (FORMAT.md version 1) for the assistant over Dutch municipal budget documents.
# Corpus (../corpus): the four documents of /work/main/corpus, unchanged, plus two FICTIONAL documents whose figures
# are MADE UP: "GGD Tukkerland, Programmabegroting 2026" (a fictional gemeenschappelijke regeling for public health
# of thirteen real Twente municipalities, among them Dinkelland and Twenterand; landscape PDF typeset with Typst) and
# "Gemeente Dinkelland, Jaarstukken 2022" (fictional figures; reportlab PDF). Both documents say so on their first
# page. Expected values are in euros (x € 1.000 × 1000) with the printed sign; `signed` is never set.
# Ids: au-g-* GGD begroting 2026, au-d-* Dinkelland jaarstukken 2022 (and its comparisons with the real Begroting
# 2020), au-x-weiger-* refusals, *-conv-* conversations, *-tekst-* text, *-welke-* which-of-several, *-any-* any.
# Each case carries a comment: the document the value comes from, derivations, sign conventions, refusal reasons.
"""


def dump():
    out = [HEADER, "version: 1\ncases:\n"]
    for c in CASES:
        for n in NOTES[c["id"]]:
            for ln in wrap(n):
                out.append(f"# {ln}\n")
        y = yaml.safe_dump([c], sort_keys=False, allow_unicode=True, width=118, default_flow_style=None)
        out.append(y)
    (SET / "cases.yaml").write_text("".join(out), encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")


def wrap(s, width=116):
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


if __name__ == "__main__":
    dump()
    nt = sum(len(c.get("turns", [c])) for c in CASES)
    print(f"wrote {SET / 'cases.yaml'}: {len(CASES)} cases, {nt} turns")
