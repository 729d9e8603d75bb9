"""Write ../cases.yaml and provenance.json for set-ar.

Every expected and accepted figure is located in the finished documents (extract.py) and must also equal
data.py:
  pdf_cell   a cell of the two-column PDF: table caption, page, wide or in which column, row (and group), column
             name (with the spanning header), printed text, scale statement and scale, '€' set apart, the
             `pdftotext -layout` line of the row, section path;
  pdf_prose  a sentence fragment of the running text: page, column, section path, printed figure (digits or words);
  html_cell  a cell of the saved page: table caption and index, row (and group), column, printed text, scale
             statement (caption, header or the note under the table), the row as a text line, section path;
  html_prose a paragraph or list item of the saved page: the fragment, printed figure, section path.
"other" records other printings of the same row (another year or column): they are kept out of value/accept.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from extract import GrPdf, HtmlPage, norm, parse_num, parse_words_amount, scale_of, vn_of
from fmt import dec, nl, num_in_derivation

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
GF, HF = d.G_FILE, d.H_FILE
GP, HP = GrPdf(CORPUS / GF), HtmlPage(CORPUS / HF)
VR, LW = d.G_BODY, d.H_BODY
OLD = ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
       "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"]
TWF, DKF, WSF, COF = OLD
ALL = OLD + [GF, HF]
NOT_G = [f for f in ALL if f != GF]
NOT_H = [f for f in ALL if f != HF]


def _eq(a, b, what):
    if b is not None and abs(abs(a) - abs(b)) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


# ------------------------------------------------------------------------------------------------ sources
def pdf_scale_statement(t, r):
    if "Eenheid" in r["cells"]:
        return r["cells"]["Eenheid"] if scale_of(r["cells"]["Eenheid"]) else None
    for text in (t["caption"], t["header_text"]):
        m = re.search(r"\(?(?:bedragen )?(?:x € 1\.000|in euro's)\)?", text)
        if m:
            return m.group(0)
    return None


def gcell(caption, row, col, want=None, group=None, noscale=False):
    """noscale: a percentage or ratio in a table whose caption states x € 1.000"""
    c = GP.cell(caption, row, col, group)
    t, r = c["table"], c["row"]
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{caption}/{row}/{col}: not a number {c['printed']!r}")
    scale = 1 if (noscale or "%" in c["printed"]) else c["scale"]
    v = round(v * scale, 6)
    _eq(v, want, f"pdf {caption}/{row}/{col}")
    ll = GP.layout_line(t, row, c["printed"])
    if ll is None:
        raise SystemExit(f"pdf {caption}/{row}/{col}: no unique pdftotext -layout line")
    return {"kind": "pdf_cell", "document": GF, "page": t["page"], "table": caption, "wide": t["wide"],
            "column_side": t["column"], "row": row, "group": group, "column": col, "printed": c["printed"],
            "scale_statement": pdf_scale_statement(t, r) if scale != 1 else None,
            "scale": scale, "currency_apart": col in r["currency_apart"], "layout_line": ll,
            "section": GP.table_section(caption), "value": v}


def gprose(fragment, printed, want=None, scale=1, words=False):
    occ = GP.find_prose(fragment)
    if len(occ) != 1 or printed not in fragment:
        raise SystemExit(f"pdf prose {fragment!r}: {occ}")
    at = GP.flow_at(occ[0][0])
    v = parse_words_amount(printed) if words else parse_num(printed)
    if v is None:
        raise SystemExit(f"pdf prose {printed!r}: not a figure")
    v = round(v * scale, 6)
    _eq(v, want, f"pdf prose {fragment}")
    return {"kind": "pdf_prose", "document": GF, "page": at["page"], "column": at["column"], "section": at["section"],
            "prose": fragment, "printed": printed, "words": words, "scale": scale, "value": v}


def hcell(caption, row, col, want=None, group=None):
    c = HP.cell(caption, row, col, group)
    t, r = c["table"], c["row"]
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"html {caption}/{row}/{col}: not a number {c['printed']!r}")
    unit = r["cells"].get("Eenheid", "")
    scale = 1 if ("%" in c["printed"] or unit) else (t["scale"] or 1)
    v = round(v * scale, 6)
    _eq(v, want, f"html {caption}/{row}/{col}")
    st = None
    if scale != 1 or t["scale"] == 1:
        for text in (t["caption"], t["note"] or "", " ".join(t["cols"])):
            m = re.search(r"\(bedragen x € 1\.000\)|\(bedragen in euro's\)|Bedragen in euro's|\(€\)", text)
            if m:
                st = m.group(0)
                break
    return {"kind": "html_cell", "document": HF, "table": caption, "table_index": t["index"], "row": row,
            "group": group, "column": col, "printed": c["printed"], "scale_statement": st, "scale": scale,
            "text_line": r["text_line"], "section": t["section"], "value": v}


def hprose(fragment, printed, want=None, scale=1, words=False):
    occ = HP.find_prose(fragment)
    if len(occ) != 1 or printed not in fragment:
        raise SystemExit(f"html prose {fragment!r}: {occ}")
    v = parse_words_amount(printed) if words else parse_num(printed)
    if v is None:
        raise SystemExit(f"html prose {printed!r}: not a figure")
    v = round(v * scale, 6)
    _eq(v, want, f"html prose {fragment}")
    return {"kind": "html_prose", "document": HF, "section": occ[0][1], "prose": fragment, "printed": printed,
            "words": words, "scale": scale, "value": v}


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
    else:
        raise ValueError(op)
    v = round(v, 6)
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {num_in_derivation(v)}"}


# ------------------------------------------------------------------------------------------------ case builders
CASES, PROV, NOTES = [], {}, {}


def _n(v):
    return int(v) if float(v).is_integer() else v


def where_of(s):
    if s["kind"] == "pdf_cell":
        return f"{s['table']} (page {s['page']})"
    if s["kind"] == "html_cell":
        return s["table"]
    return f"the text of {s['section']!r}"


def fig_turn(q, body, main, accepts=(), unit="EUR", tol=None, other=(), signs=False, note=None):
    """signs=True: the document itself prints this figure with both signs; both are listed in accept"""
    main = main if "sources" in main else alt(main)
    accepts = [a if "sources" in a else alt(a) for a in accepts]
    e = {"value": _n(main["value"])}
    acc = [_n(main["value"])]
    for a in accepts:
        x = _n(a["value"])
        if signs:
            if all(x != y for y in acc):
                acc.append(x)
        elif all(abs(abs(x) - abs(y)) > 1e-9 for y in acc):
            acc.append(x)
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
    if unit:
        e["unit"] = unit
    e["municipality"] = body
    pv = {"kind": "figure", "main": main, "accept": accepts, "other": list(other), "signs": signs}
    notes = [note] if note else []
    if "derivation" in main:
        notes.append(f"derivation: {main['derivation']}")
    seen = [main["value"]]
    for a in accepts:
        x = a["value"]
        if any(x == y for y in seen) or (not signs and any(abs(abs(x) - abs(y)) < 1e-9 for y in seen)):
            continue
        seen.append(x)
        s = a["sources"][0]
        notes.append(f"also accepted: {nl(x) if float(x).is_integer() else x} (printed {s['printed']!r} in "
                     f"{where_of(s)})")
    return {"question": q, "kind": "figure", "expect": e}, pv, notes


def add(cid, turn, prov, scope=None, notes=()):
    c = {"id": cid, "question": turn["question"]}
    if scope:
        c["municipality"] = scope
    c.update({k: v for k, v in turn.items() if k != "question"})
    CASES.append(c)
    PROV[cid] = [prov]
    NOTES[cid] = list(notes)


def fig(cid, q, body, main, accepts=(), unit="EUR", tol=None, scope=None, other=(), signs=False, note=None):
    t, p, n = fig_turn(q, body, main, accepts, unit, tol, other, signs, note)
    add(cid, t, p, scope, n)


def conv(cid, scope, turns):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = [t for t, _, _ in turns]
    CASES.append(c)
    PROV[cid] = [p for _, p, _ in turns]
    NOTES[cid] = [f"turn {i + 1}: {x}" for i, (_, _, n) in enumerate(turns) for x in n]


def refusal(cid, q, why, absent, scope=None):
    add(cid, {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}, scope,
        [f"refusal: {why}"])


def gpassage(fragment):
    occ = GP.find_prose(fragment)
    if len(occ) != 1:
        raise SystemExit(f"pdf passage {fragment!r}: {occ}")
    a, b = GP.flow_at(occ[0][0]), GP.flow_at(occ[0][1])
    return {"document": GF, "page": a["page"], "column": a["column"], "last_page": b["page"],
            "last_column": b["column"], "section": a["section"], "passage": fragment}


def hpassage(fragment):
    occ = HP.find_prose(fragment)
    if len(occ) != 1:
        raise SystemExit(f"html passage {fragment!r}: {occ}")
    return {"document": HF, "section": occ[0][1], "passage": fragment}


def text_turn(q, body, include, where):
    return ({"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
            {"kind": "text", "where": where}, [f"text: include groups come from {where['section']!r}"])


def text(cid, q, body, include, where, scope=None):
    t, p, n = text_turn(q, body, include, where)
    add(cid, t, p, scope, n)


def mln_half_up(v):
    """'2,2 miljoen' for 2.150.000 (half up, as a reader rounds)"""
    from decimal import ROUND_HALF_UP, Decimal
    q = (Decimal(int(abs(v))) / Decimal(1_000_000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return str(q).replace(".", ",") + " miljoen"


def grp(src, unit):
    """include group of a which-candidate: the printed figure and, for euro amounts, the full amount and the
    'x,y miljoen' rendering"""
    pr = re.sub(r"\s+[VN]$", "", src["printed"]).replace("€", "").strip().lstrip("-")
    out = [pr]
    if unit == "EUR":
        for x in (nl(abs(src["value"])), mln_half_up(src["value"])):
            if x not in out:
                out.append(x)
    return out


def which(cid, q, cands, unit="EUR", scope=None, why=""):
    include = [grp(c, unit) for c in cands]
    flat = [x for g in include for x in g]
    include = [[x for x in g if flat.count(x) == 1] for g in include]
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "unit": unit, "why": why}, scope,
        [f"which: {why}; one include group per candidate"])


def anyc(cid, q, body, exclude, own, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": own}, scope,
        ["any: only the exclusions and the cited body are scored"])


# ================================================================================================ Veiligheidsregio
D25, D26, D27 = d.GI[2025], d.GI[2026], d.GI[2027]
T = {p: f"Tabel {d.G_PCHAP[p]}.2 Lasten en baten programma {d.G_PNAME[p]}" for p in d.G_PNAME}
T21 = "Tabel 2.1 Kerncijfers"
T31 = "Tabel 3.1 Prestaties risicobeheersing"
T41 = "Tabel 4.1 Kengetallen incidentbestrijding"
T71 = "Tabel 7.1 Formatie per onderdeel (fte)"
T82 = "Tabel 8.2 Weerstandsvermogen (x € 1.000)"
T84 = "Tabel 8.4 Financiële kengetallen (%)"
T91 = "Tabel 9.1 Investeringen 2027 (x € 1.000)"
T101 = "Tabel 10.1 Overzicht van baten en lasten"
T102 = "Tabel 10.2 Van begroting 2026 naar begroting 2027"
T103 = "Tabel 10.3 Verloop van de reserves in 2027"
T104 = "Tabel 10.4 Bijdragen per deelnemende gemeente (bedragen in euro's)"
TB2 = "Tabel B2.1 Investeringsplan 2027-2030"
GCOL = {2025: "Realisatie 2025", 2026: "Begroting 2026", 2027: "Begroting 2027", 2028: "Meerjarenraming 2028",
        2029: "Meerjarenraming 2029", 2030: "Meerjarenraming 2030"}


def plasten(p, y):
    return gcell(T[p], "Totaal lasten", GCOL[y], d.G_PL[p][d.GI[y]] * 1000)


def pbaten(p, y):
    return gcell(T[p], "Totaal baten", GCOL[y], d.G_PB[p][d.GI[y]] * 1000)


def ovz_prog(p, y, grp_="Lasten"):
    want = (d.G_PL if grp_ == "Lasten" else d.G_PB)[p][d.GI[y]] * 1000
    return gcell(T101, f"Programma {d.G_PNAME[p]}", GCOL[y], want, group=grp_)


def bijdrage(m, y):
    want = {2026: d.G_CONTRIB_2026, 2027: d.G_CONTRIB_2027}[y][m]
    return gcell(T104, m, f"Bijdrage {y}", want)


def reserve(name, col):
    r = d.G_RES[name]
    want = {"Stand 1-1-2027": r[1], "Toevoeging": r[2], "Onttrekking": r[3], "Stand 31-12-2027": r[4]}[col] * 1000
    return gcell(T103, name, col, want)


SC_VR = VR
fig("ar-g-01", "Wat zijn de lasten van het programma Risicobeheersing van Veiligheidsregio Reggeland in 2027?", VR,
    plasten("1", 2027),
    accepts=[alt(ovz_prog("1", 2027)),
             alt(gprose(f"naar € {nl(d.G_PL['1'][D27] * 1000)} in 2027", f"€ {nl(d.G_PL['1'][D27] * 1000)}"))],
    other=[plasten("1", 2026), plasten("1", 2025)],
    note="the programme table (x € 1.000) spans both text columns; the overview (tabel 10.1) and the text print "
         "the same amount")
fig("ar-g-02", "Hoe hoog is de bestemmingsreserve materieel van de veiligheidsregio eind 2027?", VR,
    reserve("Bestemmingsreserve materieel", "Stand 31-12-2027"),
    other=[reserve("Bestemmingsreserve materieel", "Stand 1-1-2027")], scope=SC_VR,
    note="tabel 10.3, column 'Stand 31-12-2027' (x € 1.000); the case is scoped to the veiligheidsregio")
fig("ar-g-03", "Hoeveel betaald Dinkelland in 2027 aan Veiligheidsregio Reggeland?", VR,
    bijdrage("Dinkelland", 2027), other=[bijdrage("Dinkelland", 2026)],
    note="the GR's own figure in tabel 10.4 (whole euros, the '€' sign in a column of its own); the Dinkelland "
         "begroting 2020 in the corpus does not hold it; no scope, because a user who picked Dinkelland would "
         "not see the GR's document")
fig("ar-g-04", "Hoeveel nieuwe vrijwilligers heeft de brandweer van Veiligheidsregio Reggeland in 2025 opgeleid?", VR,
    gprose(f"In 2025 hebben wij {d.G_NEW_VOLUNTEERS_2025} nieuwe vrijwilligers opgeleid",
           str(d.G_NEW_VOLUNTEERS_2025), d.G_NEW_VOLUNTEERS_2025),
    unit="count", other=[gcell(T41, "Vrijwilligers", "Realisatie 2025", d.G_P2_KENG[2][2])],
    note="a count printed only in the running text (two-column prose); the number of volunteers in tabel 4.1 is "
         "another figure")
fig("ar-g-05", "Hoe hoog was het ziekteverzuim bij Veiligheidsregio Reggeland in 2025?", VR,
    gprose(f"Het ziekteverzuim kwam in 2025 uit op {dec(d.G_VERZUIM_2025, 1)}%", f"{dec(d.G_VERZUIM_2025, 1)}%",
           d.G_VERZUIM_2025),
    unit="percent", note="a percentage printed only in the running text")
fig("ar-g-06", "Hoeveel geld is er bij Veiligheidsregio Reggeland in 2027 nodig voor nieuwe portofoons?", VR,
    gprose(f"Daarvoor is {d.G_PORTOFOONS_WORDS} nodig", d.G_PORTOFOONS_WORDS, d.G_PORTOFOONS, words=True),
    accepts=[alt(gprose(f"onttrekken wij € {nl(d.G_PORTOFOONS)} voor de vervanging van de portofoons",
                        f"€ {nl(d.G_PORTOFOONS)}")),
             alt(reserve("Bestemmingsreserve materieel", "Onttrekking"))],
    note="an amount written in words ('een half miljoen euro') in chapter 4; chapter 10 and tabel 10.3 print the "
         "same amount in digits")
fig("ar-g-07", "Hoeveel brandveiligheidscontrolles wil Veiligheidsregio Reggeland in 2027 uitvoeren?", VR,
    gcell(T31, "Brandveiligheidscontroles", "Begroting 2027", d.G_P1_PREST[1][2]), unit="count",
    other=[gcell(T31, "Brandveiligheidscontroles", "Realisatie 2025", d.G_P1_PREST[1][1])],
    note="a table inside one text column (tabel 3.1)")
fig("ar-g-08", "Wat is de ratio van het weerstandsvermogen van Veiligheidsregio Reggeland in de begroting 2027?", VR,
    gcell(T82, "Ratio weerstandsvermogen", "Begroting 2027", d.G_RATIO_PRINTED, noscale=True),
    accepts=[alt(gcell(T21, "Ratio weerstandsvermogen", "Begroting 2027", d.G_RATIO_PRINTED)),
             alt(gprose(f"De ratio weerstandsvermogen komt uit op {dec(d.G_RATIO_PRINTED, 1)}",
                        dec(d.G_RATIO_PRINTED, 1)))],
    unit=None, other=[gcell(T21, "Ratio weerstandsvermogen", "Begroting 2026", d.G_RATIO_2026)],
    note="a dimensionless ratio (no unit given); tabel 8.2 in one column, repeated in tabel 2.1 and the text")
fig("ar-g-09", "Wat zijn de totale lasten van Veiligheidsregio Reggeland in de begroting 2027?", VR,
    gcell(T101, "Totaal lasten", GCOL[2027], d.G_TOT_LASTEN[D27] * 1000),
    accepts=[alt(gcell(T21, "Totale lasten", "Begroting 2027", d.G_TOT_LASTEN[D27] * 1000)),
             alt(gprose(f"De totale lasten komen in 2027 uit op {d.G_PROSE['tot_lasten_2027']}",
                        d.G_PROSE["tot_lasten_2027"], None, 1, words=True))],
    other=[gcell(T101, "Totaal lasten", GCOL[2026], d.G_TOT_LASTEN[D26] * 1000),
           gcell("Tabel B3.1 Lasten en baten per taakveld, begroting 2027 (x € 1.000)", "Totaal", "Lasten",
                 d.G_TV_TOT[0] * 1000)],
    note="the total of tabel 10.1 (x € 1.000); the foreword rounds it to 'bijna € 40 miljoen', listed as an "
         "accepted value; the total of bijlage 3 (per taakveld) includes the toevoegingen aan reserves and is "
         "not accepted")
fig("ar-g-10", "Hoeveel duurder wordt Veiligheidsregio Reggeland in 2027 door de loon- en prijsontwikkeling, "
    "vergeleken met de begroting 2026?", VR,
    gcell(T102, "Loon- en prijsontwikkeling", "Bedrag", d.G_DIFF["Loon- en prijsontwikkeling"] * 1000, group="Lasten"),
    accepts=[alt(gprose(f"De loon- en prijsontwikkeling is de grootste post: "
                        f"€ {nl(d.G_DIFF['Loon- en prijsontwikkeling'] * 1000)}",
                        f"€ {nl(d.G_DIFF['Loon- en prijsontwikkeling'] * 1000)}"))],
    note="sign convention: tabel 10.2 prints '1.034 N' (N = nadeel, V = voordeel, x € 1.000, no minus sign); in "
         "the document's convention this is a nadeel of 1.034.000; the expected value is the printed amount "
         "1.034.000 (scoring compares absolute values)")
fig("ar-g-11", "Met hoeveel procent stijgt de bijdrage van Dinkelland aan Veiligheidsregio Reggeland van 2026 naar "
    "2027?", VR, alt([bijdrage("Dinkelland", 2027), bijdrage("Dinkelland", 2026)], "pct"), unit="percent",
    tol=0.06, note="computed percentage change of two cells of tabel 10.4")
fig("ar-g-12", "Hoeveel stijgen de lasten van Incidentbestrijding bij Veiligheidsregio Reggeland van de begroting "
    "2026 naar de begroting 2027?", VR, alt([plasten("2", 2027), plasten("2", 2026)], "abs_sub"),
    note="computed difference of two cells of tabel 4.2 (x € 1.000)")
fig("ar-g-13", "Hoeveel betalen Dinkelland en Twenterand samen in 2027 aan Veiligheidsregio Reggeland?", VR,
    alt([bijdrage("Dinkelland", 2027), bijdrage("Twenterand", 2027)], "add"), note="computed sum of two members")
fig("ar-g-14", "Wat is de netto schuldquote van Veiligheidsregio Reggeland volgens de begroting 2027?", VR,
    gcell(T84, "Netto schuldquote", "Begroting 2027", d.G_KENGETALLEN[0][1][2], noscale=True), unit="percent",
    other=[gcell(T84, "Netto schuldquote", "Begroting 2026", d.G_KENGETALLEN[0][1][1], noscale=True)],
    note="tabel 8.4 (percentages) sits inside one text column")
fig("ar-g-15", "Welk rapportcijfer gaven getroffenen de brandweer van Veiligheidsregio Reggeland in 2025?", VR,
    gcell(T41, "Tevredenheid getroffenen", "Realisatie 2025", d.G_P2_KENG[4][2]), unit="grade",
    other=[gcell(T41, "Tevredenheid getroffenen", "Begroting 2027", d.G_P2_KENG[4][4])],
    note="a grade in tabel 4.1 (one text column); the label wraps over two lines")
fig("ar-g-16", "Hoeveel fte formatie heeft Veiligheidsregio Reggeland in de begroting 2027?", VR,
    gcell(T71, "Totaal", "Begroting 2027", d.G_FTE[1]),
    accepts=[alt(gcell(T21, "Formatie", "Begroting 2027", d.G_FTE[1])),
             alt(gprose(f"naar {dec(d.G_FTE[1], 1)} fte", dec(d.G_FTE[1], 1)))],
    unit="count", other=[gcell(T71, "Totaal", "Begroting 2026", d.G_FTE[0])])
fig("ar-g-17", "Wat waren de werkelijke lasten van Crisisbeheersing en GHOR bij Veiligheidsregio Reggeland in 2025?",
    VR, plasten("3", 2025), accepts=[alt(ovz_prog("3", 2025))], other=[plasten("3", 2026)],
    note="'werkelijk' = the column Realisatie 2025 (from the jaarrekening 2025)")
fig("ar-g-18", "Hoeveel BDuR verwacht Veiligheidsregio Reggeland in 2029 te ontvangen?", VR,
    gcell(T101, "Brede doeluitkering rampenbestrijding", GCOL[2029], d.G_BDUR[d.GI[2029]] * 1000),
    other=[gcell(T101, "Brede doeluitkering rampenbestrijding", GCOL[2027], d.G_BDUR[D27] * 1000)],
    note="the question uses the abbreviation BDuR, the table the full name; column 2029 sits under the spanning "
         "header 'Meerjarenraming'")
fig("ar-g-19", "Hoeveel haalt Veiligheidsregio Reggeland in 2027 uit de reserve voor de huisvesting van de "
    "brandweerposten?", VR, reserve("Reserve huisvesting brandweerposten", "Onttrekking"),
    accepts=[alt(gprose(f"halen wij € {nl(d.G_RES['Reserve huisvesting brandweerposten'][3] * 1000)}",
                        f"€ {nl(d.G_RES['Reserve huisvesting brandweerposten'][3] * 1000)}"))],
    other=[reserve("Reserve huisvesting brandweerposten", "Stand 31-12-2027")])
fig("ar-g-20", "Wat kost de vervanging van twee tankautospuiten bij Veiligheidsregio Reggeland in 2027?", VR,
    gcell(T91, "Tankautospuiten (2 stuks)", "Bedrag", d.G_INVEST[0][1] * 1000),
    accepts=[alt(gcell(TB2, "Tankautospuiten", "2027", d.G_INVPLAN[0][1][0] * 1000))],
    other=[gcell(TB2, "Tankautospuiten", "2029", d.G_INVPLAN[0][1][2] * 1000)],
    note="tabel 9.1 sits inside one text column; bijlage 2 prints the same amount")
fig("ar-g-21", "Wat is het saldo van baten en lasten van het programma Meldkamer en informatievoorziening van "
    "Veiligheidsregio Reggeland in 2027?", VR,
    gcell(T["4"], "Saldo van baten en lasten", GCOL[2027], d.G_PS["4"][D27] * 1000),
    other=[gcell(T["4"], "Saldo van baten en lasten", GCOL[2026], d.G_PS["4"][D26] * 1000)],
    note="sign convention: the saldo is baten minus lasten (leeswijzer), printed -2.530 (x € 1.000) for a net "
         "cost; the expected value keeps the printed sign")

conv("ar-g-conv-01", None, [
    fig_turn("Wat betaalt Twenterand in 2026 aan de Veiligheidsregio Reggeland?", VR, bijdrage("Twenterand", 2026),
             other=[bijdrage("Twenterand", 2027)]),
    fig_turn("En voor Dinkelland?", VR, bijdrage("Dinkelland", 2026), other=[bijdrage("Dinkelland", 2027)]),
    fig_turn("En hoeveel meer betaalt Dinkelland in 2027?", VR,
             gcell(T104, "Dinkelland", "Verschil", d.G_CONTRIB_DIFF["Dinkelland"]),
             accepts=[alt([bijdrage("Dinkelland", 2027), bijdrage("Dinkelland", 2026)], "abs_sub")],
             note="printed in the column 'Verschil'; the same amount follows from the two bijdragen"),
])
conv("ar-g-conv-02", SC_VR, [
    fig_turn("Wat zijn de lasten van het programma Incidentbestrijding in de begroting 2027?", VR, plasten("2", 2027),
             accepts=[alt(ovz_prog("2", 2027)),
                      alt(gprose(f"naar € {nl(d.G_PL['2'][D27] * 1000)} in 2027", f"€ {nl(d.G_PL['2'][D27] * 1000)}"))],
             other=[plasten("2", 2026)]),
    fig_turn("En in 2028?", VR, plasten("2", 2028), accepts=[alt(ovz_prog("2", 2028))],
             other=[plasten("2", 2027)]),
    fig_turn("En de baten in dat jaar?", VR, pbaten("2", 2028), accepts=[alt(ovz_prog("2", 2028, "Baten"))]),
])

# ================================================================================================ Lindewaarde
H24 = "Tabel 2.4 Lasten en baten per taakveld (bedragen x € 1.000)"
H25 = "Tabel 2.5 Incidentele lasten en baten"
H26T = "Tabel 2.6 Verloop reserves programma 2 in 2026 (bedragen in euro's)"
H21 = "Tabel 2.1 Beleidsindicatoren programma 2"
H22 = "Tabel 2.2 Nieuw beleid programma 2 (bedragen in euro's)"
H23 = "Tabel 2.3 Verbonden partijen programma 2"
HCOL = dict(zip(d.H_YEARS, d.H_COLS))
HI = d.HI


def tv(code, y, grp_="Lasten"):
    t = d.H_TV[code]
    want = (t[2] if grp_ == "Lasten" else t[3])[HI[y]] * 1000
    return hcell(H24, f"{code} {t[1]}", HCOL[y], want, group=grp_)


def h24(row, y, want):
    return hcell(H24, row, HCOL[y], want * 1000)


def nb(code, y):
    return hcell(H22, code, str(y), d.H_NBD[code][3][y - 2026])


def inc(name, y):
    return hcell(H25, name, str(y), d.H_INCD[name][2][HI[y]])


def ind(name, y):
    return hcell(H21, name, str(y), d.H_INDD[name][3 + y - 2023])


SC_LW = LW
fig("ar-h-01", "Hoeveel geeft Lindewaarde in 2027 uit aan verkeersveiligheid rond schoolroutes?", LW, nb("NB 2.5", 2027),
    accepts=[alt(inc("Verkeersveiligheid schoolroutes", 2027))], other=[nb("NB 2.1", 2027)],
    note="nieuw beleid NB 2.5 in tabel 2.2 (whole euros); tabel 2.5 prints the same amount")
fig("ar-h-02", "Hoeveel winkeldiefstallen per 1.000 inwoners telde Lindewaarde in 2024?", LW,
    ind("Winkeldiefstallen", 2024), unit="count", other=[ind("Winkeldiefstallen", 2025), ind("Winkeldiefstallen", 2023)],
    note="beleidsindicator (a rate per 1.000 inwoners, unit 'count' as the nearest informative unit)")
fig("ar-h-03", "Hoeveel geld is er in 2026 voor groot onderhoud van wegen en fietspaden in Lindewaarde?", LW,
    hprose(f"Voor het groot onderhoud van wegen en fietspaden is in 2026 {d.H_PROSE['wegen']} beschikbaar",
           d.H_PROSE["wegen"], d.H_WEGEN_ONDERHOUD, words=True),
    note="an amount printed only in prose ('€ 1,15 miljoen' = 1.150.000)")
fig("ar-h-04", "Wat kost de snellere vervanging van straatlantaarns door led-lampen in Lindewaarde in 2026?", LW,
    nb("NB 2.3", 2026),
    accepts=[alt(inc("Versnelde vervanging openbare verlichting door led", 2026)),
             alt(hprose(f"De versnelde vervanging kost {d.H_PROSE['led']} per jaar", d.H_PROSE["led"], None,
                        words=True))],
    note="tabel 2.2 prints 312.000; the text says 'ruim 3 ton' per year, listed as 300.000")
fig("ar-h-05", "Wat zijn de totale lasten van programma 2 Veilig en Leefbaar van Lindewaarde in 2026?", LW,
    h24("Totaal lasten", 2026, d.H_LASTEN[HI[2026]]),
    accepts=[alt(hprose(f"De lasten van dit programma bedragen in 2026 {d.H_PROSE['lasten_2026']}",
                        d.H_PROSE["lasten_2026"], None, words=True))],
    other=[h24("Totaal lasten", 2025, d.H_LASTEN[HI[2025]])], scope=SC_LW,
    note="tabel 2.4 (x € 1.000 in the caption); the text rounds it to 'ruim € 14 miljoen', listed as an accepted "
         "value")
fig("ar-h-06", "Hoeveel parkeergeld verwacht Lindewaarde in 2027 binnen te krijgen?", LW, tv("2.2", 2027, "Baten"),
    other=[tv("2.2", 2027, "Lasten"), tv("2.2", 2026, "Baten")],
    note="sign convention: in tabel 2.4 baten are printed negative ('-1.205', x € 1.000); the expected value keeps "
         "the printed sign (-1.205.000); scoring compares absolute values")
fig("ar-h-07", "Hoeveel subsidie krijgt Lindewaarde in 2026 van de provincie voor verkeersveiligheid?", LW,
    inc("Bijdrage provincie verkeersveiligheid", 2026),
    note="sign convention: tabel 2.5 prints a bate negative ('-60.000', note under the table); the expected value "
         "keeps the printed sign")
fig("ar-h-08", "Hoeveel wordt er in 2026 onttrokken aan de reserve openbare verlichting van Lindewaarde?", LW,
    hcell(H26T, "Reserve openbare verlichting", "Onttrekking", d.H_RES["Reserve openbare verlichting"][3]),
    accepts=[alt(inc("Onttrekking reserve openbare verlichting", 2026))], signs=True,
    other=[hcell(H26T, "Reserve openbare verlichting", "Stand 31-12-2026", d.H_RES["Reserve openbare verlichting"][4])],
    note="sign made ambiguous by the document itself: tabel 2.6 prints the onttrekking as 150.000, tabel 2.5 as "
         "-150.000 (a negative amount is an onttrekking); both signs are accepted")
fig("ar-h-09", "Hoe groot is de reserve verkeersmaatregelen van Lindewaarde op 31 december 2026?", LW,
    hcell(H26T, "Reserve verkeersmaatregelen", "Stand 31-12-2026", d.H_RES["Reserve verkeersmaatregelen"][4]),
    other=[hcell(H26T, "Reserve verkeersmaatregelen", "Stand 1-1-2026", d.H_RES["Reserve verkeersmaatregelen"][1])])
fig("ar-h-10", "Hoeveel betaalt Lindewaarde in 2026 aan de Veiligheidsregio Waardenland?", LW,
    hcell(H23, "Veiligheidsregio Waardenland", "Bijdrage 2026 (€)", d.H_VPD["Veiligheidsregio Waardenland"][3]),
    other=[tv("1.1", 2026)],
    note="verbonden partij (tabel 2.3, whole euros); the lasten of taakveld 1.1 are another figure")
fig("ar-h-11", "Welk percentage inwoners van Lindewaarde voelde zich in 2025 weleens onveilig in de eigen buurt?", LW,
    ind("Inwoners die zich weleens onveilig voelen in de eigen buurt", 2025), unit="percent",
    other=[ind("Inwoners die zich weleens onveilig voelen in de eigen buurt", 2023)],
    note="beleidsindicator; the 2024 cell is '-' (no measurement)")
fig("ar-h-12", "Met hoeveel procent stijgen de lasten van openbare orde en veiligheid in Lindewaarde van de "
    "begroting 2025 naar de begroting 2026?", LW, alt([tv("1.2", 2026), tv("1.2", 2025)], "pct"), unit="percent",
    tol=0.06, note="computed percentage change of two cells of tabel 2.4")
fig("ar-h-13", "Hoevel kost het nieuwe beleid van programma 2 van Lindewaarde in 2026 en 2027 samen?", LW,
    alt([hcell(H22, "Totaal nieuw beleid", "2026", d.H_NB_TOT[0]), hcell(H22, "Totaal nieuw beleid", "2027",
                                                                          d.H_NB_TOT[1])], "add"),
    note="computed sum of the two yearly totals of tabel 2.2 (tfoot row)")
fig("ar-h-14", "Wat is het geraamde resultaat van programma 2 Veilig en Leefbaar van Lindewaarde in 2028?", LW,
    h24("Geraamd resultaat", 2028, d.H_RESULTAAT[HI[2028]]),
    other=[h24("Saldo van baten en lasten", 2028, d.H_SALDO[HI[2028]])],
    note="after the mutations of the reserves; the saldo van baten en lasten is another row")
fig("ar-h-15", "Wat kost het groenonderhoud in Lindewaarde in 2029 volgens de programmabegroting?", LW,
    tv("5.7", 2029), other=[tv("5.7", 2029, "Baten"), tv("5.7", 2028)],
    note="'groenonderhoud' = taakveld 5.7 Openbaar groen en (openlucht)recreatie (synonym not printed)")

conv("ar-h-conv-01", SC_LW, [
    fig_turn("Wat kosten de twee extra boa's in Lindewaarde in 2026?", LW, nb("NB 2.1", 2026),
             accepts=[alt(hprose(f"De kosten zijn € {nl(d.H_NBD['NB 2.1'][3][0])} per jaar",
                                 f"€ {nl(d.H_NBD['NB 2.1'][3][0])}"))]),
    fig_turn("En de aanpak van ondermijning in dat jaar?", LW, nb("NB 2.4", 2026)),
    text_turn("Waarom wil de gemeente extra boa's?", LW, ["overlast", ["politie", "minder zichtbaar"]],
              hpassage("Inwoners ervaren meer overlast van jongeren en van verkeer in de wijken, terwijl de politie "
                       "door de krappe bezetting minder zichtbaar is op straat.")),
])
conv("ar-h-conv-02", None, [
    fig_turn("Wat zijn de lasten van taakveld Verkeer en vervoer in 2026 volgens de programmabegroting van "
             "Lindewaarde?", LW, tv("2.1", 2026), other=[tv("2.1", 2026, "Baten"), tv("2.1", 2025)]),
    fig_turn("En de baten?", LW, tv("2.1", 2026, "Baten"),
             note="sign convention: baten printed negative in tabel 2.4; the printed sign is kept"),
    fig_turn("En in 2028?", LW, tv("2.1", 2028, "Baten"), other=[tv("2.1", 2028)]),
])

# ================================================================================================ refusals
refusal("ar-x-weiger-01", "Wat zijn de totale lasten van Veiligheidsregio Reggeland in 2031?",
        "the meerjarenraming of the begroting 2027 runs to 2030",
        [{"rule": "absent_regex", "documents": [GF], "text": r"\b2031\b"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Reggeland"}])
refusal("ar-x-weiger-02", "Hoeveel betaalt Lindewaarde in 2027 aan Veiligheidsregio Reggeland?",
        "Lindewaarde is not a member of Veiligheidsregio Reggeland (its veiligheidsregio is Waardenland)",
        [{"rule": "absent_text", "documents": [GF], "text": "Lindewaarde"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Reggeland"}])
refusal("ar-x-weiger-03", "Hoeveel kost een nieuwe blusboot volgens de begroting 2027 van Veiligheidsregio "
        "Reggeland?", "no blusboot or vaartuig in the begroting",
        [{"rule": "absent_regex", "documents": [GF], "text": r"(?i)blusboot|vaartuig|\bboot\b"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Reggeland"}])
refusal("ar-x-weiger-04", "Hoeveel betaalt Twenterand in 2028 aan Veiligheidsregio Reggeland?",
        "tabel 10.4 gives the bijdragen per gemeente for 2026 and 2027 only; the meerjarenraming gives totals",
        [{"rule": "pdf_no_column_for_rows", "document": GF, "row_regex": r"^Twenterand$", "column_regex": r"2028"},
         {"rule": "pdf_no_sentence_with", "document": GF, "words": ["Twenterand", "2028"]},
         {"rule": "absent_text", "documents": NOT_G, "text": "Reggeland"}])
refusal("ar-x-weiger-05", "Wat is de OZB-opbrengst van Lindewaarde in 2026?",
        "the saved page holds programme 2 only; the OZB is not on it",
        [{"rule": "absent_regex", "documents": [HF], "text": r"(?i)\bozb\b|onroerende ?-?zaakbelasting"},
         {"rule": "absent_text", "documents": NOT_H, "text": "Lindewaarde"}], scope=LW)
refusal("ar-x-weiger-06", "Hoeveel brandweerposten heeft Veiligheidsregio Waardenland?",
        "the page only gives Lindewaarde's bijdrage to Veiligheidsregio Waardenland; the posts of Veiligheidsregio "
        "Reggeland are another body's",
        [{"rule": "absent_regex", "documents": [HF], "text": r"(?i)brandweerpost|kazerne"},
         {"rule": "absent_text", "documents": NOT_H, "text": "Waardenland"}])
refusal("ar-x-weiger-07", "Wat waren de lasten van programma Veilig en Leefbaar van Lindewaarde in 2024?",
        "the financial tables of the page run 2025-2029; only the indicators have a column 2024",
        [{"rule": "html_no_column_for_rows", "document": HF, "row_regex": r"(?i)lasten", "column_regex": r"2024"},
         {"rule": "html_no_block_with", "document": HF, "words": ["lasten", "2024"]},
         {"rule": "absent_text", "documents": NOT_H, "text": "Lindewaarde"}])
refusal("ar-x-weiger-08", "Wat zijn de lasten van programma 3 Sociaal Domein van Lindewaarde in 2026?",
        "the saved page holds programme 2 only; Sociaal Domein occurs only in the menus",
        [{"rule": "html_only_inside", "document": HF, "text": "Sociaal Domein", "elements": ["nav"]},
         {"rule": "absent_text", "documents": NOT_H, "text": "Lindewaarde"}])
refusal("ar-x-weiger-09", "Hoeveel fte formatie heeft Veiligheidsregio Reggeland in 2029?",
        "the formatie is given for the begroting 2026 and 2027 only",
        [{"rule": "pdf_no_column_for_rows", "document": GF, "row_regex": r"(?i)\bformatie\b|\bfte\b",
          "caption_regex": r"(?i)\bformatie\b|kerncijfers", "column_regex": r"2029"},
         {"rule": "pdf_no_sentence_with", "document": GF, "words": ["fte", "2029"]},
         {"rule": "pdf_no_sentence_with", "document": GF, "words": ["formatie", "2029"]},
         {"rule": "absent_text", "documents": NOT_G, "text": "Reggeland"}])

# ================================================================================================ text
text("ar-g-tekst-01", "Waarom stijgen de lasten van Incidentbestrijding bij Veiligheidsregio Reggeland in 2027?", VR,
     ["cao", "oefenprogramma", ["kapitaallasten", "tankautospuiten"]],
     gpassage("Dat komt vooral door de nieuwe cao voor de brandweer, het nieuwe oefenprogramma en de hogere "
              "kapitaallasten van de nieuwe tankautospuiten en de hoogwerker."))
text("ar-g-tekst-02", "Wat houdt het nieuwe oefenprogramma van Veiligheidsregio Reggeland in?", VR,
     ["realistisch", ["zonnepanelen", "elektrische voertuigen"]],
     gpassage("De ploegen oefenen vaker in realistische omstandigheden, zoals branden in gebouwen met zonnepanelen "
              "en incidenten met elektrische voertuigen."))
text("ar-g-tekst-03", "Waarom gaat post Kottendijk-Noord van Veiligheidsregio Reggeland dicht?", VR,
     [["vier kilometer", "te weinig vrijwilligers"], "Kottendijk"],
     gpassage("De post ligt op minder dan vier kilometer van post Kottendijk en had de laatste jaren te weinig "
              "vrijwilligers om zelfstandig uit te rukken."))
text("ar-g-tekst-04", "Wat is volgens Veiligheidsregio Reggeland het grootste financiële risico?", VR,
     ["loonkosten", ["indexatie", "cao"]],
     gpassage("Het grootste risico is dat de loonkosten harder stijgen dan de indexatie die de gemeenten in de "
              "kaderbrief hebben afgesproken (R1)."))
text("ar-g-tekst-05", "Hoe wordt de bijdrage van de gemeenten aan Veiligheidsregio Reggeland verdeeld?", VR,
     ["inwoners", ["1 januari", "CBS"]],
     gpassage("De bijdrage van de gemeenten wordt verdeeld naar het aantal inwoners op 1 januari van het jaar voor "
              "het begrotingsjaar."))
text("ar-h-tekst-01", "Wat gaat Lindewaarde doen met cameratoezicht bij het station?", LW,
     ["camera", ["overlast", "fietsendiefstal", "drugshandel"]],
     hpassage("Bij het station en de fietsenstalling plaatsen wij zes camera's. Daar kwamen de laatste jaren veel "
              "meldingen binnen van overlast, fietsendiefstal en drugshandel."))
text("ar-h-tekst-02", "Waarom stijgen de parkeeropbrengsten van Lindewaarde in de begroting 2026?", LW,
     [["parkeertarieven", "geïndexeerd"], ["parkeergarage", "Havenstraat"]],
     hpassage("De parkeeropbrengsten stijgen doordat de parkeertarieven per 1 januari 2026 worden geïndexeerd en de "
              "parkeergarage aan de Havenstraat het hele jaar open is."))
text("ar-h-tekst-03", "Welk risico ziet Lindewaarde in programma 2 Veilig en Leefbaar?", LW,
     ["essentaksterfte", ["kappen", "bomen"]],
     hpassage("Het grootste risico binnen dit programma is de essentaksterfte. Als meer bomen ziek worden dan "
              "verwacht, moeten wij meer bomen kappen en herplanten dan in de begroting is opgenomen."), scope=SC_LW)

# ================================================================================================ which
which("ar-g-welke-01", "Hoeveel betaalt Twenterand aan Veiligheidsregio Reggeland?",
      [bijdrage("Twenterand", 2026), bijdrage("Twenterand", 2027)],
      why="no year named: tabel 10.4 gives the bijdrage 2026 and the bijdrage 2027")
which("ar-g-welke-02", "Hoe groot is de algemene reserve van Veiligheidsregio Reggeland?",
      [reserve("Algemene reserve", "Stand 1-1-2027"), reserve("Algemene reserve", "Stand 31-12-2027")],
      why="no moment named: tabel 10.3 gives the stand on 1-1-2027 and on 31-12-2027")
which("ar-h-welke-03", "Hoeveel verwijzingen naar Halt had Lindewaarde?",
      [ind("Verwijzingen Halt", 2023), ind("Verwijzingen Halt", 2024)], unit="count",
      why="no year named: the indicator has values for 2023 and 2024 (2025 is '-')")

# ================================================================================================ any
anyc("ar-g-any-01", "Hoe staat Veiligheidsregio Reggeland er financieel voor?", VR,
     ["Wassenaar", "Lindewaarde", "Collectie Overijssel"], GF)
anyc("ar-h-any-02", "Wat doet Lindewaarde aan verkeersveiligheid?", LW, ["Reggeland", "Wassenaar", "Twenterand"], HF)

# ================================================================================================ write
HEADER = """# GENERATED by source/gen_cases.py -- do not edit by hand.
# set-ar: blind evaluation set (format version 1, /work/shared/evals/FORMAT.md).
# The corpus is the four documents of /work/main/corpus plus two FICTIONAL documents of two FICTIONAL public
# bodies, written for this set:
#   - veiligheidsregio-reggeland-begroting-2027.pdf: Veiligheidsregio Reggeland (an invented gemeenschappelijke
#     regeling of Dinkelland, Twenterand and eight invented municipalities), Begroting 2027, a two-column PDF
#     (cost tables across both columns, smaller tables inside one column, running header and footer);
#   - lindewaarde-programmabegroting-2026-veilig-en-leefbaar.html: Gemeente Lindewaarde (invented),
#     Programmabegroting 2026, programma 2 Veilig en Leefbaar, a web page saved by a browser (menus, breadcrumb,
#     cookie banner, accordion sections, HTML tables).
# Values are in euros (x € 1.000 tables x 1000, 'miljoen' x 1.000.000, 'ton' x 100.000), printed sign kept;
# signed is never set.  Conventions: the GR prints lasten and baten positive, a programme saldo as baten - lasten
# and tabel 10.2 with V/N; Lindewaarde prints baten and onttrekkingen negative.  Provenance: source/provenance.json.
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


def dump_case(c):
    out = "".join(ln + "\n" for n in NOTES.get(c["id"], []) for ln in _wrap_comment(n))
    return out + yaml.safe_dump([c], sort_keys=False, allow_unicode=True, width=120)


def main():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    body = "version: 1\ncases:\n" + "".join(dump_case(c) for c in CASES)
    (SET / "cases.yaml").write_text(HEADER + body, encoding="utf-8")
    assert yaml.safe_load(HEADER + body)["cases"] == CASES
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
    nt = sum(len(c.get("turns", [c])) for c in CASES)
    print(f"cases.yaml: {len(CASES)} cases, {nt} turns")


if __name__ == "__main__":
    main()
