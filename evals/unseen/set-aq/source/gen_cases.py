"""Write ../cases.yaml and provenance.json for set-aq.

Every expected and accepted figure is located in the finished documents (extract.py): a cell of the text nota by
its table caption, row, column (line number, page from the footers, section, the printed text, the scale line
above the table, whether the row sits after a page footer), a prose figure of the nota by its paragraph (lines,
page, section, item); a one-pager cell by its box section, row and column (printed text, scale line, the
`pdftotext -layout` line), a key-figure tile by its caption (the large printed number and its size), a bar
label, or a sentence of a text box.  Figures must also equal data.py.  "other" records the same row printed for
another year or column: it is kept out of value/accept.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from extract import OnePager, TextNota, clean, parse_num
from fmt import dec, nl, num_in_derivation

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
VF, GF = d.V_FILE, d.G_FILE
VN, GP = TextNota(CORPUS / VF), OnePager(CORPUS / GF)
HV, OD = d.V_BODY, d.G_BODY
OLD = ["twenterand-programmabegroting-2020-sociaal-domein.txt", "dinkelland-begroting-2020-inclusieve-samenleving.txt",
       "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"]
TWF, DKF, WSF, COF = OLD
ALL = OLD + [VF, GF]


def _eq(a, b, what):
    if b is not None and abs(abs(a) - abs(b)) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


# ------------------------------------------------------------------------------------------------ sources
def vcell(caption, row, col, want=None, group=None):
    t = VN.table(caption)
    c = VN.cell(caption, row, col, group)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{caption}/{row}/{col}: not a number {c['printed']!r}")
    v = round(v * t["scale"], 6)
    _eq(v, want, f"nota {caption}/{row}/{col}")
    return {"kind": "vj_cell", "document": VF, "line": c["line"], "page": c["page"], "section": VN.section_at(c["line"]),
            "table": caption, "scale_statement": t["scale_statement"], "scale": t["scale"], "group": c["group"],
            "row": c["row"], "code": c["code"], "column": col, "printed": c["printed"], "continued": c["continued"],
            "line_text": c["text"], "value": v}


def vprose(fragment, printed, want=None, scale=1):
    occ = VN.prose(fragment)
    if len(occ) != 1 or printed not in fragment:
        raise SystemExit(f"nota prose {fragment!r}: {occ}")
    first, last = occ[0]
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"nota prose {fragment}")
    return {"kind": "vj_prose", "document": VF, "lines": [first, last], "page": VN.page(first),
            "section": VN.section_at(first), "item": VN.item_at(first), "prose": fragment, "printed": printed,
            "scale": scale, "value": v}


def gcell(title, row, col, want=None):
    c = GP.cell(title, row, col)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{title}/{row}/{col}: {c['printed']!r}")
    scale = 1 if "%" in c["printed"] else c["scale"]
    v = round(v * scale, 6)
    _eq(v, want, f"one-pager {title}/{row}/{col}")
    ll = GP.layout_line(row, c["printed"])
    if ll is None:
        raise SystemExit(f"one-pager {row} {c['printed']}: no pdftotext -layout line")
    return {"kind": "gr_cell", "document": GF, "page": 1, "box": c["box"], "box_title": c["box_title"],
            "table": title, "row": row, "column": col, "printed": c["printed"], "scale_statement": c["scale_statement"],
            "scale": scale, "layout_line": ll, "value": v}


def gtile(caption, want=None, scale=1):
    t = GP.tile(caption)
    v = round(parse_num(t["printed"]) * scale, 6)
    _eq(v, want, f"tile {caption}")
    return {"kind": "gr_tile", "document": GF, "page": 1, "tile": t["tile"], "caption": caption,
            "printed": t["printed"], "size": t["size"], "scale": scale, "value": v}


def gprose(title, fragment, printed, want=None, scale=1):
    secs = GP.prose(fragment)
    if secs != [title] or printed not in fragment:
        raise SystemExit(f"one-pager prose {fragment!r}: {secs}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"one-pager prose {fragment}")
    return {"kind": "gr_prose", "document": GF, "page": 1, "section": title, "box_title": GP.section(title)["box_title"],
            "prose": fragment, "printed": printed, "scale": scale, "value": v}


def gbar(title, label, want=None):
    b = GP.bars(title)
    v = parse_num(b[label])
    _eq(v, want, f"bar {label}")
    return {"kind": "gr_bar", "document": GF, "page": 1, "section": title, "row": label, "printed": b[label],
            "scale": 1, "value": v}


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


# ------------------------------------------------------------------------------------------------ case builders
CASES, PROV, NOTES = [], {}, {}


def _n(v):
    return int(v) if float(v).is_integer() else v


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
    e["unit"] = unit
    e["municipality"] = body
    pv = {"kind": "figure", "main": main, "accept": accepts, "other": [o if "sources" not in o else o for o in other],
          "signs": signs}
    notes = []
    if note:
        notes.append(note)
    if "derivation" in main:
        notes.append(f"derivation: {main['derivation']}")
    noted = [main["value"]]
    for a in accepts:
        x = _n(a["value"])
        s = a["sources"][0]
        if any(x == y for y in noted):
            continue
        noted.append(x)
        where = s.get("table") or s.get("caption") or s.get("section")
        if "derivation" in a:
            notes.append(f"also accepted: {a['derivation']}")
        elif any(abs(abs(x) - abs(y)) < 1e-9 for y in [main["value"]]) and not (signs and x != main["value"]):
            continue
        else:
            notes.append(f"also accepted: {nl(x) if float(x).is_integer() else x} (printed {s['printed']!r} in "
                         f"{where})")
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


def refusal_turn(q, why, absent):
    return {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}, [f"refusal: {why}"]


def refusal(cid, q, why, absent, scope=None):
    t, p, n = refusal_turn(q, why, absent)
    add(cid, t, p, scope, n)


def vpassage(fragment):
    occ = VN.prose(fragment)
    if len(occ) != 1:
        raise SystemExit(f"nota passage {fragment!r}: {occ}")
    first, last = occ[0]
    return {"document": VF, "lines": [first, last], "page": VN.page(first), "section": VN.section_at(first),
            "item": VN.item_at(first), "passage": fragment}


def gpassage(title, fragment):
    if fragment not in GP.section_text(title):
        raise SystemExit(f"one-pager passage {fragment!r} not in {title!r}")
    return {"document": GF, "page": 1, "section": title, "box_title": GP.section(title)["box_title"],
            "passage": fragment}


def text_turn(q, body, include, where):
    return ({"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
            {"kind": "text", "where": where}, [f"text: include groups come from {where['section']!r}"])


def text(cid, q, body, include, where, scope=None):
    t, p, n = text_turn(q, body, include, where)
    add(cid, t, p, scope, n)


def mlnr(v):
    return dec(abs(v) / 1e6, 1) + " miljoen"


def grp(src):
    """include group of a which-candidate: the printed figure, the full euro amount, the million rendering"""
    pr = re.sub(r"\s+[VN]$", "", src["printed"]).replace("€ ", "").lstrip("-").strip("()")
    out = []
    for x in (pr, nl(abs(src["value"])), mlnr(src["value"])):
        if x not in out:
            out.append(x)
    return out


def which(cid, q, cands, scope=None, why=""):
    include = [grp(c) for c in cands]
    flat = [x for g in include for x in g]
    include = [[x for x in g if flat.count(x) == 1] for g in include]
    add(cid, {"question": q, "kind": "text", "expect": {"include": include}},
        {"kind": "which", "candidates": cands, "why": why}, scope,
        [f"which: {why}; one include group per candidate"])


def anyc(cid, q, body, exclude, own, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": own}, scope, ["any: only the exclusions and the cited body are scored"])


# ================================================================================================ Haverstede
T21 = "Tabel 2.1 Meerjarenraming begroting 2026 (vastgesteld)"
T22 = "Tabel 2.2 Uitgangspunten begroting 2026 en voorjaarsnota 2026"
T3 = {p: f"Tabel 3.{p} Mutaties programma {n}" for p, n in d.PROGS}
T41 = "Tabel 4.1 Effecten meicirculaire 2026"
T51 = "Tabel 5.1 Meerjarenperspectief 2026-2029"
T52 = "Tabel 5.2 Dekkingsvoorstellen"
T61 = "Tabel 6.1 Verloop reserves 2026"
T71 = "Tabel 7.1 Belangrijkste risico's"
T72 = "Tabel 7.2 Weerstandsvermogen"
T81 = "Tabel 8.1 Investeringen 2026-2029"
T82 = "Tabel 8.2 Investeringsvolume per jaar"
YI = {str(y): i for i, y in enumerate(d.YEARS)}
NS = "Nieuw saldo meerjarenperspectief"


def item(code, year):
    it = d.ITEM[code]
    return vcell(T3[it[1]], code, str(year), it[5][YI[str(year)]])


def mjp(row, year):
    want = {NS: d.NIEUW_SALDO, "Autonome ontwikkelingen": d.MJP[2][1], "Saldo begroting 2026 (vastgesteld)":
            d.B_RESULTAAT, "Algemene uitkering (meicirculaire 2026)": d.AU_TOTAL}[row][YI[str(year)]] * 1000
    return vcell(T51, row, str(year), want)


def inv(name, col):
    i = d.INV[name]
    return vcell(T81, name, col, {"Bedrag": i[4], "Kapitaallasten eerste jaar": i[7]}[col])


SCOPE_HV = HV
s = d.NIEUW_SALDO

fig("aq-v-01", "Wat is het nieuwe saldo van het meerjarenperspectief van Haverstede voor 2027 volgens de "
    "voorjaarsnota 2026?", HV, mjp(NS, 2027),
    accepts=[alt(vprose(f"in 2027 resteert een nadeel van € {nl(-s[1] * 1000)}", f"€ {nl(-s[1] * 1000)}"))],
    other=[mjp(NS, 2026), mjp("Saldo begroting 2026 (vastgesteld)", 2027)],
    note="tabel 5.1 prints -941 x € 1.000 (a nadeel is negative in this nota); the foreword prints the same "
         "nadeel as € 941.000 (equal absolute value)")
fig("aq-v-02", "Hoevel kost de jeugdhulp Haverstede extra in 2028 volgens de voorjaarsnota?", HV, item("A3.1", 2028),
    other=[item("A3.1", 2026), item("A3.1", 2029)],
    note="autonome ontwikkeling A3.1 in tabel 3.3 (tab-separated, whole euros), printed -950.000 = nadeel")
fig("aq-v-03", "Hoeveel trekt Haverstede in de voorjaarsnota uit voor de praktijkondersteuner jeugd bij de "
    "huisartsen?", HV,
    vprose(f"Wij stellen € {nl(-d.ITEM['N3.1'][5][0])} structureel beschikbaar voor een praktijkondersteuner jeugd",
           f"€ {nl(-d.ITEM['N3.1'][5][0])}", d.ITEM["N3.1"][5][0]),
    accepts=[alt(item("N3.1", 2026)), alt(vprose(f"De kosten zijn € {nl(-d.ITEM['N3.1'][5][0])} structureel",
                                                 f"€ {nl(-d.ITEM['N3.1'][5][0])}"))],
    note="an amount written in prose ('€ 120.000 structureel'); the same amount per year in tabel 3.3 as -120.000")
fig("aq-v-04", "Hoeveel kosten de autonome ontwikkelingen Haverstede in 2026?", HV, mjp("Autonome ontwikkelingen", 2026),
    accepts=[alt(vprose(f"De autonome ontwikkelingen kosten in 2026 {d.PROSE['autonoom_2026']}",
                        "€ " + d.PROSE["autonoom_2026"].split("€ ")[1], None, 1e6))],
    other=[mjp("Autonome ontwikkelingen", 2027)],
    note="tabel 5.1 prints -2.682 x € 1.000; the foreword rounds it to 'bijna € 2,7 miljoen' (accepted)")
fig("aq-v-05", "Met welk geraamd resultaat voor 2028 was de begroting 2026 van Haverstede vastgesteld?", HV,
    vcell(T21, "Geraamd resultaat", "2028", d.B_RESULTAAT[2] * 1000),
    accepts=[alt(mjp("Saldo begroting 2026 (vastgesteld)", 2028)),
             alt(vprose(f"nadelen zien van € {nl(-d.B_RESULTAAT[1] * 1000)} en € {nl(-d.B_RESULTAAT[2] * 1000)}",
                        f"€ {nl(-d.B_RESULTAAT[2] * 1000)}"))],
    other=[mjp(NS, 2028)],
    note="the starting point (tabel 2.1, repeated as the first row of tabel 5.1), not the new saldo")
fig("aq-v-06", "Wat levert de meicirculaire 2026 de gemeente Haverstede in 2026 op?", HV,
    vcell(T41, "Totaal effect meicirculaire 2026", "2026", d.AU_TOTAL[0] * 1000),
    accepts=[alt(mjp("Algemene uitkering (meicirculaire 2026)", 2026)),
             alt(vprose(f"Per saldo levert de meicirculaire 2026 in 2026 {d.PROSE['au_2026']} op",
                        "€ " + d.PROSE["au_2026"].split("€ ")[1], None, 1e6))],
    other=[vcell(T41, "Totaal effect meicirculaire 2026", "2027", d.AU_TOTAL[1] * 1000)],
    note="tabel 4.1 writes '1.840 V' (V = voordeel, x 1.000 euro); 'ruim € 1,8 miljoen' in the text is accepted")
fig("aq-v-07", "Hoeveel gaat Haverstede er in 2027 op achteruit door de herijking van het verdeelmodel van het "
    "gemeentefonds?", HV, vcell(T41, "Herijking verdeelmodel en suppletie-uitkering", "2027", -412_000),
    accepts=[alt(vprose("gaat Haverstede er structureel € 412.000 per jaar op achteruit", "€ 412.000"))],
    note="sign convention: tabel 4.1 prints '412 N' (N = nadeel, no minus sign); in the nota's own convention "
         "(nadeel negative) this is -412.000; the expected value is the printed amount 412.000 (scoring compares "
         "absolute values)")
fig("aq-v-08", "Hoeveel geld haalt Haverstede in 2026 uit de algemene reserve om het incidentele nieuwe beleid te "
    "betalen?", HV, vcell(T61, "Algemene reserve", "Mutaties voorjaarsnota 2026", -d.DEK["D1"][3][0]),
    accepts=[alt(vcell(T52, "D1", "2026", d.DEK["D1"][3][0])),
             alt(vprose(f"In 2026 onttrekken wij € {nl(d.DEK['D1'][3][0])} aan de algemene reserve",
                        f"€ {nl(d.DEK['D1'][3][0])}"))],
    signs=True, other=[vcell(T52, "D1", "2027", d.DEK["D1"][3][1])],
    note="sign made ambiguous by the document itself: tabel 6.1 prints the onttrekking as (672.000) (a decrease of "
         "the reserve), tabel 5.2 prints it as +672.000 (a voordeel for the saldo); both signs are accepted")
fig("aq-v-09", "Hoe groot is de algemene reserve van Haverstede eind 2026 volgens de voorjaarsnota?", HV,
    vcell(T61, "Algemene reserve", "Stand 31-12-2026", d.RES["Algemene reserve"][4]),
    accepts=[alt(vcell(T72, "Algemene reserve (stand 31-12-2026)", "2026", d.RES["Algemene reserve"][4])),
             alt(vprose(f"naar € {nl(d.RES['Algemene reserve'][4])}", f"€ {nl(d.RES['Algemene reserve'][4])}"))],
    other=[vcell(T61, "Algemene reserve", "Stand 1-1-2026", d.RES["Algemene reserve"][1])])
fig("aq-v-10", "Welk financieel effect heeft het risico van de herijking van het gemeentefonds voor Haverstede "
    "volgens de voorjaarsnota 2026?", HV, vcell(T71, "R2", "Financieel effect", d.RISK["R2"][3]),
    accepts=[alt(vprose(f"Wij schatten de kans op {d.RISK['R2'][2]}% en het financiële effect op "
                        f"€ {nl(d.RISK['R2'][3])}.", f"€ {nl(d.RISK['R2'][3])}"))],
    other=[vcell(T71, "R2", "Gewogen bedrag", d.RISK["R2"][4])],
    note="the effect (tabel 7.1), not the gewogen bedrag (kans x effect)")
fig("aq-v-11", "Hoeveel weerstandscapaciteit heeft Haverstede nodig volgens de voorjaarsnota 2026?", HV,
    vcell(T72, "Benodigde weerstandscapaciteit", "2026", d.BENODIGD),
    accepts=[alt(vcell(T71, "Totaal", "Gewogen bedrag", d.BENODIGD))],
    other=[vcell(T72, "Beschikbare weerstandscapaciteit", "2026", d.BESCHIKBAAR)])
fig("aq-v-12", "Wat is het investeringsbedrag voor de vervanging van de bruggen over de Molenbeek in de "
    "voorjaarsnota van Haverstede?", HV, inv("Vervanging bruggen Molenbeek", "Bedrag"),
    other=[inv("Vervanging bruggen Molenbeek", "Kapitaallasten eerste jaar")],
    note="a row of tabel 8.1 printed after the page footer that interrupts the table")
fig("aq-v-13", "Met welk percentage voor de loonstijging rekent Haverstede in de voorjaarsnota 2026?", HV,
    vcell(T22, "Loonontwikkeling (cao gemeenten)", "Voorjaarsnota 2026", 4.10),
    accepts=[alt(vprose("de nieuwe cao leidt tot een stijging van 4,10%", "4,10%"))], unit="percent",
    other=[vcell(T22, "Loonontwikkeling (cao gemeenten)", "Begroting 2026", 3.25)],
    note="the voorjaarsnota column, not the begroting 2026 column (3,25%)")
fig("aq-v-14", "Wat zijn de lasten van het programma Sociaal Domein van Haverstede in 2029 in de vastgestelde "
    "begroting 2026?", HV, vcell(T21, "3. Sociaal Domein", "2029", d.B_LASTEN["3"][3] * 1000, group="Lasten"),
    other=[vcell(T21, "3. Sociaal Domein", "2029", d.B_BATEN["3"][3] * 1000, group="Baten"),
           vcell(T21, "3. Sociaal Domein", "2026", d.B_LASTEN["3"][0] * 1000, group="Lasten")],
    note="tabel 2.1 is aligned by spaces, 'Bedragen x € 1.000'; the same label occurs under Lasten and Baten")
fig("aq-v-15", "Hoeveel geld is er na het amendement over kinderboerderij De Hoeve in Haverstede structureel "
    "bijgekomen volgens de voorjaarsnota 2026?", HV,
    vprose("€ 25.000 structureel voor het beheer van de kinderboerderij", "€ 25.000", -25_000),
    note="an amount in a bullet list ('€ 25.000 structureel'); no table prints it separately")
fig("aq-v-16", "Hoeveel kosten de twee extra handhavers (boa's) Haverstede in 2027?", HV, item("N5.1", 2027),
    accepts=[alt(vprose("de kosten zijn € 95.000 in 2026 en € 190.000 per jaar vanaf 2027", "€ 190.000"))],
    other=[item("N5.1", 2026)])
fig("aq-v-17", "Wat levert de heroverweging van bestaande budgetten Haverstede in 2029 op volgens de "
    "voorjaarsnota?", HV, vcell(T52, "D4", "2029", d.DEK["D4"][3][3]),
    accepts=[alt(vprose("oplopend tot € 850.000 in 2029", "€ 850.000"))],
    other=[vcell(T52, "D4", "2026", d.DEK["D4"][3][0])])
fig("aq-v-18", "Hoeveel kost de stijging van de jeugdhulp Haverstede in de jaren 2026 tot en met 2029 bij elkaar "
    "volgens de voorjaarsnota?", HV, alt([item("A3.1", y) for y in d.YEARS], "add"),
    note="computed: the four yearly nadelen of post A3.1 (tabel 3.3) added up")
fig("aq-v-19", "Hoeveel slechter is het saldo 2027 van Haverstede na de voorjaarsnota 2026 dan in de vastgestelde "
    "begroting?", HV, alt([mjp(NS, 2027), mjp("Saldo begroting 2026 (vastgesteld)", 2027)], "abs_sub"),
    note="computed: both saldi are nadelen (-941 and -318 x € 1.000); the worsening is the difference of the "
         "absolute values")
fig("aq-v-20", "Hoeveel investeerd Haverstede in 2026 volgens de voorjaarsnota?", HV,
    vcell(T82, "Investeringsvolume", "2026", d.INV_PER_YEAR[2026]),
    accepts=[alt(vprose(f"In 2026 investeren wij {d.PROSE['inv_2026']}", "€ " + d.PROSE["inv_2026"].split("€ ")[1],
                        None, 1e6))],
    other=[vcell(T82, "Investeringsvolume", "Totaal", d.INV_TOTAL)],
    note="tabel 8.2 in euros; the text says 'ruim € 6,7 miljoen' (accepted)")
fig("aq-v-21", "Welk bedrag staat er in de voorjaarsnota 2026 van Haverstede voor de aanpak van wateroverlast in "
    "Lutterbroek in 2027?", HV, item("N2.1", 2027),
    accepts=[alt(vprose("Hiervoor is in beide jaren € 150.000 nodig", "€ 150.000"))],
    other=[inv("Wadi's en waterberging Lutterbroek", "Bedrag")],
    note="nieuw beleid N2.1 in tabel 3.2 (aligned by spaces); the investment in wadi's (tabel 8.1) is another "
         "figure, not accepted")

conv("aq-v-conv-01", SCOPE_HV, [
    fig_turn("Wat is het nieuwe saldo in de voorjaarsnota 2026 voor 2028?", HV, mjp(NS, 2028),
             accepts=[alt(vprose(f"in 2028 van € {nl(-s[2] * 1000)}", f"€ {nl(-s[2] * 1000)}"))],
             other=[mjp("Saldo begroting 2026 (vastgesteld)", 2028)]),
    fig_turn("En in 2029?", HV, mjp(NS, 2029),
             accepts=[alt(vprose(f"en in 2029 van € {nl(-s[3] * 1000)}", f"€ {nl(-s[3] * 1000)}"))]),
    refusal_turn("En in 2030?", "the meerjarenperspectief runs to 2029; no document of Haverstede has 2030",
                 [{"rule": "absent_regex", "documents": [VF], "text": r"\b2030\b"},
                  {"rule": "absent_text", "documents": [f for f in ALL if f != VF], "text": "Haverstede"}]),
])
conv("aq-v-conv-02", None, [
    fig_turn("Hoeveel kost de uitbreiding van basisschool De Esch in Haverstede volgens de voorjaarsnota 2026?", HV,
             inv("Uitbreiding basisschool De Esch", "Bedrag"),
             note="the last row of tabel 8.1 before the page footer"),
    fig_turn("En wat zijn de kapitaallasten daarvan in het eerste jaar?", HV,
             inv("Uitbreiding basisschool De Esch", "Kapitaallasten eerste jaar")),
    fig_turn("En hoeveel kost de renovatie van sporthal De Kamp?", HV, inv("Renovatie sporthal De Kamp", "Bedrag"),
             note="a row after the page footer inside tabel 8.1"),
])

# ================================================================================================ Omgevingsdienst
LP = "Lasten per product"
BG = "Bijdragen per deelnemende gemeente"
BR = "Baten en resultaat"
WV = "Wat verandert er in 2026?"
AMB = "Ambitie 2026"
BARS = "Waar gaat het geld naartoe? (2026)"
B25, B26, AAN = "Begroting 2025", "Begroting 2026", "Aandeel 2026"
GL = {r[0]: r for r in d.G_LASTEN}


def lasten(prod, col):
    r = GL[prod] if prod in GL else ("Totaal lasten", *d.G_TOT_LASTEN)
    return gcell(LP, prod, col, r[1 if col == B25 else 2] * 1000)


def bijdrage(m, col):
    if m == "Totaal":
        want = d.G_CONTRIB_TOTAL[0 if col == B25 else 1]
    elif col == AAN:
        want = d.G_KEY[m][1]
    else:
        want = d.G_CONTRIB[m][0 if col == B25 else 1]
    return gcell(BG, m, col, want)


fig("aq-g-01", "Hoeveel betaalt Twenterand in 2026 aan de Omgevingsdienst Dinkel en Vecht?", OD,
    bijdrage("Twenterand", B26), other=[bijdrage("Twenterand", B25)],
    note="the GR's own figure (the Twenterand programmabegroting 2020 in the corpus does not hold it); no scope, "
         "because a user who picked Twenterand would not see the GR's document")
fig("aq-g-02", "Hoeveel personeel (in fte) heeft de omgevingsdienst Dinkel en Vecht in 2026?", OD,
    gtile("Formatie 2026", d.G_FTE), unit="count", note="key-figure tile '164 fte'")
fig("aq-g-03", "Hoeveel geld heeft de Omgevingsdienst Dinkel en Vecht in 2026 in totaal nodig volgens de begroting "
    "in één oogopslag?", OD, gtile("Totale lasten 2026", None, 1e6),
    accepts=[alt(lasten("Totaal lasten", B26)), alt(gcell(BR, "Totaal baten", B26, d.G_TOT_LASTEN[1] * 1000))],
    tol=50_000, other=[lasten("Totaal lasten", B25)],
    note="key-figure tile '€ 21,6 mln' = 21.600.000 with the tolerance of its rounding (50.000); the table total "
         "21.623 x € 1.000 is accepted")
fig("aq-g-04", "Wat kost toezicht en handhaving bij de ODDV (Omgevingsdienst Dinkel en Vecht) in 2026?", OD,
    lasten("Toezicht en handhaving", B26), other=[lasten("Toezicht en handhaving", B25)])
fig("aq-g-05", "Hoeveel was er in de begroting 2025 van de omgevingsdienst Dinkel en Vecht begroot voor asbest en "
    "sloop?", OD, lasten("Asbest en sloop", B25), other=[lasten("Asbest en sloop", B26)])
fig("aq-g-06", "Hoeveel betalen alle deelnemende gemeenten samen in 2026 aan de Omgevingsdienst Dinkel en Vecht?", OD,
    bijdrage("Totaal", B26),
    accepts=[alt(gcell(BR, "Bijdragen gemeenten", B26, d.G_BIJDRAGE[1] * 1000)),
             alt(gtile("Bijdrage deelnemende gemeenten 2026", None, 1e6))],
    tol=50_000, other=[bijdrage("Totaal", B25)],
    note="the member table total in euros (= 18.270 x € 1.000 in the baten table); the tile '€ 18,3 mln' is "
         "accepted within the tolerance of its rounding")
fig("aq-g-07", "Welk percentage van de bijdragen aan de Omgevingsdienst Dinkel en Vecht komt in 2026 voor rekening "
    "van Dinkelland?", OD, bijdrage("Dinkelland", AAN), unit="percent", note="the verdeelsleutel column")
fig("aq-g-08", "Hoeveel vergunningsaanvragen en meldingen verwacht de omgevingsdienst Dinkel en Vecht in 2026?", OD,
    gtile("Vergunningaanvragen en meldingen (prognose 2026)", d.G_AANVRAGEN), unit="count")
fig("aq-g-09", "Hoeveel geld komt er in 2026 structureel bij voor de bodemtaken van de Omgevingsdienst Dinkel en "
    "Vecht?", OD, gprose(WV, f"Daarvoor komen er {d.G_BODEM_FTE} fte bij: € {nl(d.G_BODEM)} structureel.",
                         f"€ {nl(d.G_BODEM)}", d.G_BODEM),
    other=[lasten("Bodem en ondergrond", B26)],
    note="an amount in the text box; the lasten of the product Bodem en ondergrond are another figure")
fig("aq-g-10", "Hoeveel haalt de omgevingsdienst Dinkel en Vecht in 2026 uit haar algemene reserve?", OD,
    gcell(BR, "Onttrekking algemene reserve", B26, d.G_ONTTREKKING[1] * 1000),
    accepts=[alt(gprose(WV, f"is eenmalig € {nl(d.G_DSO)} nodig", f"€ {nl(d.G_DSO)}"))],
    other=[gtile("Algemene reserve per 1 januari 2026", None, 1e6)])
fig("aq-g-11", "Met hoeveel procent stijgen de totale lasten van de Omgevingsdienst Dinkel en Vecht van de begroting "
    "2025 naar de begroting 2026?", OD, alt([lasten("Totaal lasten", B26), lasten("Totaal lasten", B25)], "pct"),
    unit="percent", tol=0.06, note="computed percentage change")
fig("aq-g-12", "Hoeveel meer betaalt Twenterand in 2026 dan in 2025 aan de omgevingsdienst Dinkel en Vecht?", OD,
    alt([bijdrage("Twenterand", B26), bijdrage("Twenterand", B25)], "abs_sub"), note="computed difference")
fig("aq-g-13", "Hoeveel betalen Twenterand en Dinkelland samen in 2026 aan de Omgevingsdienst Dinkel en Vecht?", OD,
    alt([bijdrage("Twenterand", B26), bijdrage("Dinkelland", B26)], "add"), note="computed sum")
fig("aq-g-14", "Hoeveel duurder wordt de Omgevingsdienst Dinkel en Vecht in 2026 door de nieuwe cao?", OD,
    gprose(WV, f"verhoogt de loonkosten met ruim € {dec(d.G_CAO / 1e6, 1)} miljoen",
           f"€ {dec(d.G_CAO / 1e6, 1)} miljoen", None, 1e6), tol=50_000,
    note="'ruim € 0,6 miljoen' = 600.000 with the tolerance of its rounding")
fig("aq-g-15", "Welk deel van de lasten 2026 van de Omgevingsdienst Dinkel en Vecht gaat naar toezicht en "
    "handhaving?", OD, alt([lasten("Toezicht en handhaving", B26), lasten("Totaal lasten", B26)], "share"),
    accepts=[alt(gbar(BARS, "Toezicht en handhaving", d.G_SHARE_2026["Toezicht en handhaving"]))],
    unit="percent", tol=0.5,
    note="computed share; the bar chart prints the rounded 30% (accepted within the tolerance)")

conv("aq-g-conv-01", None, [
    fig_turn("Hoeveel betaalt Twenterand in 2025 aan de Omgevingsdienst Dinkel en Vecht?", OD,
             bijdrage("Twenterand", B25), other=[bijdrage("Twenterand", B26)]),
    fig_turn("En voor Dinkelland?", OD, bijdrage("Dinkelland", B25), other=[bijdrage("Dinkelland", B26)]),
    fig_turn("En in 2026?", OD, bijdrage("Dinkelland", B26)),
])
conv("aq-g-conv-02", None, [
    fig_turn("Wat zijn bij de Omgevingsdienst Dinkel en Vecht de lasten voor bodem en ondergrond in de begroting "
             "2026?", OD, lasten("Bodem en ondergrond", B26)),
    fig_turn("En in 2025?", OD, lasten("Bodem en ondergrond", B25)),
    text_turn("Waarom stijgen die lasten?", OD, ["Omgevingswet", ["540.000", "0,5 miljoen", "6 fte"]],
              gpassage(WV, f"De bodemtaken uit de Omgevingswet voeren wij nu volledig zelf uit. Daarvoor komen er "
                           f"{d.G_BODEM_FTE} fte bij: € {nl(d.G_BODEM)} structureel.")),
])

# ================================================================================================ refusals
NOT_V = [f for f in ALL if f != VF]
NOT_G = [f for f in ALL if f != GF]
refusal("aq-x-weiger-01", "Welke investeringen plant Haverstede in 2030?",
        "the investment list of the voorjaarsnota runs 2026-2029",
        [{"rule": "absent_regex", "documents": [VF], "text": r"\b2030\b"},
         {"rule": "absent_text", "documents": NOT_V, "text": "Haverstede"}])
refusal("aq-x-weiger-02", "Hoeveel betaalt Haverstede aan de Omgevingsdienst Dinkel en Vecht?",
        "Haverstede is not a member of the Omgevingsdienst Dinkel en Vecht; the voorjaarsnota names no omgevingsdienst",
        [{"rule": "absent_text", "documents": [VF], "text": "omgevingsdienst"},
         {"rule": "absent_text", "documents": [GF], "text": "Haverstede"},
         {"rule": "absent_text", "documents": OLD, "text": "Haverstede"}])
refusal("aq-x-weiger-03", "Wat zijn de lasten van de Omgevingsdienst Dinkel en Vecht in 2027?",
        "the one-pager gives the begroting 2025 and 2026 only, no meerjarenraming",
        [{"rule": "absent_regex", "documents": [GF], "text": r"\b2027\b"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Dinkel en Vecht"}])
refusal("aq-x-weiger-04", "Hoeveel trekt Haverstede in de voorjaarsnota 2026 uit voor een nieuw zwembad?",
        "no zwembad in the voorjaarsnota",
        [{"rule": "absent_text", "documents": [VF], "text": "zwembad"},
         {"rule": "absent_text", "documents": NOT_V, "text": "Haverstede"}])
refusal("aq-x-weiger-05", "Wat was het rekeningresultaat 2025 van Haverstede?",
        "the voorjaarsnota starts from the begroting 2026 and gives no jaarrekening 2025",
        [{"rule": "absent_regex", "documents": [VF],
          "text": r"(?i)rekeningresultaat|jaarrekening 2025|jaarstukken 2025|resultaat (over )?2025|realisatie 2025"},
         {"rule": "absent_text", "documents": NOT_V, "text": "Haverstede"}])
refusal("aq-x-weiger-06", "Hoeveel betaalt Wassenaar aan de Omgevingsdienst Dinkel en Vecht?",
        "Wassenaar is not a member; no document links Wassenaar to this GR",
        [{"rule": "absent_text", "documents": [GF], "text": "Wassenaar"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Dinkel en Vecht"}])
refusal("aq-x-weiger-07", "Hoeveel fte had de Omgevingsdienst Dinkel en Vecht in 2024?",
        "the one-pager gives the formatie 2026 only",
        [{"rule": "absent_regex", "documents": [GF], "text": r"\b2024\b"},
         {"rule": "absent_text", "documents": NOT_G, "text": "Dinkel en Vecht"}])
refusal("aq-x-weiger-08", "Wat is het OZB-tarief voor woningen in Haverstede in 2026?",
        "the voorjaarsnota gives the OZB opbrengst and its increase, not the tarief",
        [{"rule": "absent_regex", "documents": [VF],
          "text": r"(?i)ozb-tarief|tarief (van de )?ozb|woz-waarde|tarieven? (van de )?onroerendezaakbelasting"},
         {"rule": "absent_text", "documents": NOT_V, "text": "Haverstede"}])
refusal("aq-x-weiger-09", "Hoeveel geeft Dinkelland in 2026 uit aan jeugdhulp?",
        "the Dinkelland begroting covers 2020-2023; the one-pager has no jeugdhulp; the jeugdhulp 2026 in the "
        "corpus is Haverstede's",
        [{"rule": "absent_regex", "documents": [DKF], "text": r"\b2026\b"},
         {"rule": "absent_text", "documents": [GF], "text": "jeugd"},
         {"rule": "absent_text", "documents": [VF, TWF, WSF, COF], "text": "Dinkelland"}])

# ================================================================================================ text
text("aq-v-tekst-01", "Waarom stijgen de kosten van de jeugdzorg in Haverstede volgens de voorjaarsnota 2026?", HV,
     [["tarieven", "tarief"], ["jeugdigen", "indicatie"]],
     vpassage("De tarieven van de jeugdhulpaanbieders zijn per 1 januari 2026 fors verhoogd door de cao-stijgingen "
              "in de zorg, en het aantal jeugdigen met een indicatie voor specialistische jeugdhulp is in 2025 met "
              "8% toegenomen."))
text("aq-v-tekst-02", "Wat houdt het nieuwe beleid met een praktijkondersteuner jeugd in Haverstede in?", HV,
     ["huisarts", ["verwijzing", "verwijzingen"]],
     vpassage("Wij willen samen met de huisartsen in Haverstede, Lutterbroek en Steenwijde een praktijkondersteuner "
              "jeugd (POH-jeugd) inzetten. De praktijkondersteuner helpt kinderen en ouders snel en dichtbij, zonder dat een verwijzing naar "
              "specialistische jeugdhulp nodig is. Ervaringen in andere gemeenten laten zien dat dit het aantal "
              "verwijzingen vermindert."))
text("aq-v-tekst-03", "Welk risico ziet Haverstede bij de jeugdhulp en de Wmo?", HV,
     [["open-einderegeling", "open einde"], ["cliënten", "tarieven", "indicatie"]],
     vpassage("De jeugdhulp en de Wmo zijn open-einderegelingen: iedere inwoner die een indicatie krijgt, heeft "
              "recht op ondersteuning. Een verdere stijging van het aantal cliënten of van de tarieven kan tot "
              "overschrijdingen leiden."))
text("aq-v-tekst-04", "Waarom krijgt Haverstede minder leges binnen voor omgevingsvergunningen?", HV,
     ["Omgevingswet", ["vergunningvrij", "minder aanvragen", "bouwproductie"]],
     vpassage("Door de invoering van de Omgevingswet en de afnemende bouwproductie van particulieren komen er minder "
              "aanvragen voor een omgevingsvergunning binnen. Daarnaast valt een deel van de bouwactiviteiten "
              "tegenwoordig onder vergunningvrij bouwen."))
text("aq-v-tekst-05", "Waarom zet Haverstede de algemene reserve alleen in voor incidenteel nieuw beleid?", HV,
     [["structurele lasten", "structureel"], ["incidentele middelen", "incidenteel", "incidentele"]],
     vpassage("De onttrekking aan de algemene reserve dekt uitsluitend het incidentele nieuwe beleid, zodat "
              "structurele lasten niet met incidentele middelen worden betaald."))
text("aq-v-tekst-06", "Wat doet Haverstede met de eenmalige compensatie voor de jeugdzorg uit de meicirculaire "
     "2026?", HV, [["saldo", "vrijvallen"], ["autonome ontwikkeling", "A3.1"]],
     vpassage("Wij voegen dit bedrag niet toe aan het budget voor jeugdhulp, maar laten het vrijvallen ten gunste van "
              "het saldo, omdat de hogere kosten van de jeugdhulp al als autonome ontwikkeling zijn verwerkt (post "
              "A3.1)."))
text("aq-g-tekst-01", "Wat verandert er in 2026 bij de Omgevingsdienst Dinkel en Vecht?", OD,
     ["cao", ["bodem", "Omgevingswet"], ["zaaksysteem", "Digitaal Stelsel"]],
     gpassage(WV, f"De nieuwe cao voor gemeenten verhoogt de loonkosten met ruim € {dec(d.G_CAO / 1e6, 1)} miljoen. "
                  f"De bodemtaken uit de Omgevingswet voeren wij nu volledig zelf uit. Daarvoor komen er "
                  f"{d.G_BODEM_FTE} fte bij: € {nl(d.G_BODEM)} structureel. Voor een nieuw zaaksysteem en de "
                  f"koppeling met het Digitaal Stelsel Omgevingswet is eenmalig € {nl(d.G_DSO)} nodig."))
text("aq-g-tekst-02", "Waarom stijgt de bijdrage aan de Omgevingsdienst Dinkel en Vecht niet voor elke gemeente even "
     "hard?", OD, ["verdeelsleutel", "werkpakket"],
     gpassage(WV, "Omdat de verdeelsleutel is herberekend op basis van het werkpakket per gemeente, verschilt de "
                  "stijging per gemeente."))
text("aq-g-tekst-03", "Wat wil de Omgevingsdienst Dinkel en Vecht in 2026 bereiken?", OD,
     ["90%", ["wettelijke termijn", "termijn"]],
     gpassage(AMB, "Wij handelen 90% van de vergunningaanvragen binnen de wettelijke termijn af en voeren alle "
                   "geplande controles bij bedrijven met een hoog risico uit."))

# ================================================================================================ which
which("aq-v-welke-01", "Wat is het nieuwe saldo van het meerjarenperspectief van Haverstede?",
      [mjp(NS, y) for y in d.YEARS], why="no year named: tabel 5.1 gives the new saldo for 2026, 2027, 2028 and 2029")
which("aq-g-welke-02", "Hoeveel betaalt Dinkelland aan de Omgevingsdienst Dinkel en Vecht?",
      [bijdrage("Dinkelland", B25), bijdrage("Dinkelland", B26)],
      why="no year named: the one-pager gives the bijdrage in the begroting 2025 and in the begroting 2026")
which("aq-v-welke-03", "Wat kosten de twee extra boa's in Haverstede?", [item("N5.1", 2026), item("N5.1", 2027)],
      why="no year named: post N5.1 is 95.000 in 2026 (start per 1 juli) and 190.000 per year from 2027")

# ================================================================================================ any
anyc("aq-v-any-01", "Hoe staat Haverstede er financieel voor?", HV, ["Twenterand", "Wassenaar", "Dinkelland"], VF)
anyc("aq-g-any-02", "Wat doet de Omgevingsdienst Dinkel en Vecht?", OD, ["Wassenaar", "Haverstede", "Collectie"], GF)

# ================================================================================================ write
HEADER = """# GENERATED by source/gen_cases.py -- do not edit by hand.
# set-aq: blind evaluation set (format version 1, /work/shared/evals/FORMAT.md).
# The corpus is the four documents of /work/main/corpus plus two FICTIONAL documents of two FICTIONAL public
# bodies, written for this set:
#   - haverstede-voorjaarsnota-2026.txt: Gemeente Haverstede (fictional), Voorjaarsnota 2026, a long plain-text
#     export (page footers inside the text, tables aligned by spaces or separated by tabs);
#   - omgevingsdienst-dinkel-en-vecht-begroting-2026-in-een-oogopslag.pdf: Omgevingsdienst Dinkel en Vecht
#     (fictional gemeenschappelijke regeling of Twenterand, Dinkelland and four fictional municipalities),
#     "Begroting 2026 in één oogopslag", a one-page dashboard PDF.
# Values are in euros (x € 1.000 / x 1.000 euro tables x 1000, "miljoen"/"mln" x 1.000.000), printed sign kept;
# signed is never set.  The voorjaarsnota's convention: voordeel positive, nadeel negative ('-1.234'; '1.234 N'
# in tabel 4.1; '(1.234)' for a decrease of a reserve in tabel 6.1).  Provenance: source/provenance.json.
"""


def dump_case(c):
    out = ""
    for n in NOTES.get(c["id"], []):
        for ln in _wrap_comment(n):
            out += ln + "\n"
    out += yaml.safe_dump([c], sort_keys=False, allow_unicode=True, width=120)
    return out


def _wrap_comment(s, width=116):
    words, lines, cur = s.split(), [], "#"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != "#":
            lines.append(cur)
            cur = "#  "
        cur += " " + w
    lines.append(cur)
    return lines


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
