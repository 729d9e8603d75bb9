"""Write ../cases.yaml and provenance.json for set-ap.

Every expected and accepted figure is located in the finished documents (extract.py): a table cell by page,
caption, group, row and column (with the printed text, the scale statement, the first line of the row label and the
line of `pdftotext -layout`), a prose figure by its sentence on the page, a figure of the seed Programmabegroting
2020 by its line in the text export.  Figures of the two new documents must also equal data.py.  "other" records
the same row printed elsewhere (the seed begroting, another column, another table): it is kept out of value/accept.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from extract import Jaarstukken, Raadsvoorstel, SeedText, clean, parse_num
from fmt import nl, nl_dec, nl_num

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
TF, DF = d.T_FILE, d.D_FILE
SF = "twenterand-programmabegroting-2020-sociaal-domein.txt"
JS, RV, SEED = Jaarstukken(CORPUS / TF), Raadsvoorstel(CORPUS / DF), SeedText(CORPUS / SF)
TW, DK = "Twenterand", "Dinkelland"
DOC = {TF: JS, DF: RV}


def _eq(a, b, what):
    if b is not None and abs(abs(a) - abs(b)) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


def scale_statement(tt):
    """the table's own statement of its unit: in the caption or the first header cell"""
    for s in (tt["caption"] or "", tt["cols"][0]):
        m = re.search(r"\(?(bedragen (?:x € 1\.000|in €))\)?|Bedragen in €", s, re.I)
        if m:
            return m.group(0).strip("()")
    return None


def scale_of(stmt, printed):
    if "%" in printed or stmt is None:
        return 1
    return 1000 if "1.000" in stmt else 1


def cell(doc, caption, row, col, want=None, group=None, unit_scale=None):
    D = DOC[doc]
    parts = D.find_table(caption)
    c = D.cell(caption, row, col, group)
    stmt = scale_statement(parts[0])
    scale = scale_of(stmt, c["printed"]) if unit_scale is None else unit_scale
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{caption}/{row}/{col}: not a number {c['printed']!r}")
    v = round(v * scale, 6)
    _eq(v, want, f"{doc} {caption}/{row}/{col}")
    ll = D.layout_line(c["page"], c["label_first_line"], c["printed"])
    if ll is None:
        raise SystemExit(f"{doc} p{c['page']}: {row} {c['printed']} not on a pdftotext -layout line")
    src = {"kind": "cell", "document": doc, "page": c["page"], "section": D.section_at(c["page"], c["top"]),
           "table": caption, "table_pages": [p_["page"] for p_ in parts], "continued": c["continued"],
           "group": c["group"], "row": c["row"], "column": col, "printed": c["printed"],
           "scale_statement": stmt, "scale": scale, "label_first_line": c["label_first_line"],
           "layout_line": ll, "value": v}
    if doc == TF:
        src["crumb"] = JS.crumb(c["page"])
    return src


def prose(doc, fragment, printed, want=None, scale=1):
    D = DOC[doc]
    pages = D.prose(fragment)
    if not pages or printed not in fragment:
        raise SystemExit(f"{doc} prose {fragment!r}: pages {pages}")
    v = round(parse_num(printed) * scale, 6)
    _eq(v, want, f"{doc} prose {fragment}")
    p = pages[0]
    return {"kind": "prose", "document": doc, "pages": pages, "page": p,
            "section": D.section_at(p, D.prose_top(p, fragment)), "prose": fragment, "printed": printed,
            "scale": scale, "value": v}


OV31 = "Overzicht 3.1 Baten en lasten Sociaal domein"


def seed(label, column, index, after=None, table=None):
    n, line, tok = SEED.figure(label, index, after)
    v = parse_num(tok)
    if v is None:
        raise SystemExit(f"seed {label}: {tok!r}")
    return {"kind": "seed", "document": SF, "line_no": n, "line": line, "row": label, "after": after,
            "table": table, "column": column, "token": index, "printed": tok, "scale": 1, "value": v}


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        return {"value": srcs[0]["value"], "sources": srcs}
    a = [abs(s["value"]) for s in srcs]
    if op == "add":
        v, der = sum(a), " + ".join(nl_num(x) for x in a)
    elif op == "abs_sub":
        v, der = a[0] - a[1], f"{nl_num(a[0])} - {nl_num(a[1])}"
    elif op == "pct":
        v, der = round(100 * (a[0] - a[1]) / a[1], 2), f"100 × ({nl_num(a[0])} - {nl_num(a[1])}) / {nl_num(a[1])}"
    elif op == "share":
        v, der = round(100 * a[0] / a[1], 2), f"100 × {nl_num(a[0])} / {nl_num(a[1])}"
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
        if all(abs(abs(_n(a["value"])) - abs(x)) > 1e-9 for x in acc):
            acc.append(_n(a["value"]))
    if len(acc) > 1:
        e["accept"] = acc
    if tol:
        e["tolerance"] = tol
    e["unit"] = unit
    e["municipality"] = body
    pv = {"kind": "figure", "main": main, "accept": list(accepts), "other": list(other)}
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


def passage(doc, fragment):
    D = DOC[doc]
    pages = D.prose(fragment)
    if not pages:
        raise SystemExit(f"{doc} passage not found: {fragment!r}")
    p = pages[0]
    return {"document": doc, "pages": pages, "page": p, "section": D.section_at(p, D.prose_top(p, fragment)),
            "passage": fragment}


def text(cid, q, body, include, where, scope=None):
    add(cid, {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}},
        {"kind": "text", "where": where}, scope)


def mlnr(v):
    return nl_dec(abs(v) / 1e6, 1) + " miljoen"


def grp(src):
    """include group of a which-candidate: the printed figure, the full euro amount, the million rendering"""
    pr = re.sub(r"\s+[VN]$", "", src["printed"]).replace("€ ", "").lstrip("-")
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
        {"kind": "which", "candidates": cands, "why": why}, scope)


def anyc(cid, q, body, exclude, own, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": body}},
        {"kind": "any", "exclude_absent_in": own}, scope)


# ================================================================================================ Twenterand
T8 = "Tabel 3.8 Overzicht baten en lasten programma Sociaal Domein 2020"
T9 = "Tabel 3.9 Wat heeft het gekost per taakveld"
T10 = "Tabel 3.10 Verloop reserves programma Sociaal Domein 2020"
T11 = "Tabel 3.11 Belangrijkste verschillen tussen begroting na wijziging en realisatie"
T12 = "Tabel 3.12 Bijdragen aan verbonden partijen 2020"
TI = {k: f"Tabel 3.{n} Beleidsindicatoren {k}" for n, k in ((1, "Sociale zaken"), (3, "Maatschappelijke ondersteuning"),
                                                            (4, "Gezondheidszorg"), (5, "Onderwijs"), (6, "Jeugd"))}
T7 = "Tabel 3.7 Verplichte beleidsindicatoren Jeugd"
PRIM, NW, REAL, VER = "Begroting 2020 primitief", "Begroting 2020 na wijziging", "Realisatie 2020", "Verschil"
CI = {PRIM: 0, NW: 1, REAL: 2}
LG, BG = "Lasten per doelenboom", "Baten per doelenboom"
L, B = d.T_LASTEN, d.T_BATEN


def t8(row, col, group=None):
    if col == VER:
        t = (L if group == LG else B)[row] if row in d.DOELENBOMEN else None
        want = d.verschil(t) if t else None
    elif row in d.DOELENBOMEN:
        want = (L if group == LG else B)[row][CI[col]]
    else:
        want = {"Totaal programma lasten": d.T_TOT_LASTEN, "Totaal programma baten": d.T_TOT_BATEN,
                "Totaal saldo van baten en lasten": d.T_SALDO, "Mutaties reserves": d.T_MUT_RES,
                "Resultaat programma Sociaal Domein": d.T_RESULTAAT}[row][CI[col]]
    return cell(TF, T8, row, col, want, group)


def t9(row, col, group="Lasten"):
    src = d.T_TV_LASTEN if group == "Lasten" else d.T_TV_BATEN
    want = d.verschil(src[row]) if col == VER else src[row][CI[col]]
    return cell(TF, T9, row, col, want, group)


def tind(doel, label, col):
    r = [x for x in d.T_IND[doel] if x[0] == label][0]
    want = {"Streefwaarde 2020": r[1], "Realisatie 2020": r[2], "Realisatie 2019": r[3]}[col]
    return cell(TF, TI[doel], label, col, want)


def sdb(row, group):
    """the seed's Overzicht 3.1, column 2020"""
    return seed(row, "2020", 0, after=group, table=OV31)


JEUGD = "Jeugd"
fig("ap-t-01", "Hoeveel heeft Twenterand in 2020 werkelijk uitgegeven aan Jeugd?", TW,
    alt(t8(JEUGD, REAL, LG)),
    [alt(prose(TF, f"De lasten van Jeugd bedroegen in 2020 € {d.T_PROSE['jeugd_lasten_mln']} miljoen",
               d.T_PROSE["jeugd_lasten_mln"], None, 1_000_000)),
     alt(prose(TF, f"De lasten van de doelenboom Jeugd bedroegen in 2020 € {nl(L[JEUGD][2])}", f"€ {nl(L[JEUGD][2])}",
               L[JEUGD][2]))],
    other=[sdb(JEUGD, LG), t8(JEUGD, NW, LG)])
MO = "Maatschappelijke ondersteuning"
fig("ap-t-02", "Wat was er in de oorspronkelijke begroting 2020 van Twenterand geraamd voor de lasten van "
               "Maatschappelijke ondersteuning?", TW, alt(t8(MO, PRIM, LG)),
    [alt(sdb(MO, LG)),
     alt(prose(TF, f"de primitieve begroting ging uit van € {nl(L[MO][0])}", f"€ {nl(L[MO][0])}", L[MO][0]))],
    other=[t8(MO, NW, LG), t8(MO, REAL, LG)])
SZ = "Sociale zaken"
fig("ap-t-03", "Wat waren de lasten van Sociale zaken in de begroting 2020 na wijziging volgens de jaarstukken 2020 "
               "van Twenterand?", TW, alt(t8(SZ, NW, LG)),
    [alt(prose(TF, f"In de begroting na wijziging was € {nl(L[SZ][1])} geraamd", f"€ {nl(L[SZ][1])}", L[SZ][1]))],
    other=[sdb(SZ, LG), t8(SZ, REAL, LG)])
fig("ap-t-04", "Hoeveel baten had Sociale zaken in Twenterand in 2020 in werkelijkheid?", TW, alt(t8(SZ, REAL, BG)),
    [alt(prose(TF, f"De baten kwamen uit op € {nl(-B[SZ][2])}", f"€ {nl(-B[SZ][2])}", B[SZ][2]))],
    other=[sdb(SZ, BG), t8(SZ, NW, BG)])
RES = "Resultaat programma Sociaal Domein"
fig("ap-t-05", "Wat was het gerealiseerde resultaat van het programma Sociaal Domein van Twenterand over 2020?", TW,
    alt(t8(RES, REAL)), other=[seed("Geraamd resultaat", "2020", 0, table=OV31), t8(RES, NW), t8(RES, PRIM)])
MR = "Mutaties reserves"
fig("ap-t-06", "Hoe groot waren de mutaties reserves van het programma Sociaal Domein in de realisatie 2020 van "
               "Twenterand?", TW, alt(t8(MR, REAL)),
    [alt([cell(TF, T10, "Totaal", "Toevoegingen", d.T_RES_TOT[1]), cell(TF, T10, "Totaal", "Onttrekkingen",
                                                                       d.T_RES_TOT[2])], "abs_sub")],
    other=[seed(MR, "2020", 0, table=OV31), t8(MR, NW)])
RSD = "Reserve sociaal domein"
fig("ap-t-07", "Hoeveel zat er eind 2020 in de reserve sociaal domein van Twenterand?", TW,
    alt(cell(TF, T10, RSD, "Stand 31-12-2020", d.T_RES[RSD][3])),
    other=[cell(TF, T10, RSD, "Stand 1-1-2020", d.T_RES[RSD][0])])
UG = "Aantal uitkeringsgerechtigden (participatiewet)"
fig("ap-t-08", "Hoeveel uitkeringsgerechtigden (participatiewet) had Twenterand in 2020 volgens de jaarstukken?", TW,
    alt(tind(SZ, UG, REAL)),
    [alt(prose(TF, f"Eind 2020 ontvingen {d.T_IND[SZ][0][2]} huishoudens een uitkering", str(d.T_IND[SZ][0][2]),
               d.T_IND[SZ][0][2]))],
    unit="count", other=[tind(SZ, UG, "Streefwaarde 2020"),
                         seed("Aantal uitkeringsgerechtigden* (participatiewet)", "Begroot 2020", 0),
                         tind(SZ, UG, "Realisatie 2019")])
BB = "Aantal aanvragen bijzondere bijstand"
fig("ap-t-09", "Wat was de streefwaarde voor het aantal aanvragen bijzondere bijstand in Twenterand voor 2020?", TW,
    alt(tind(SZ, BB, "Streefwaarde 2020")), [alt(seed(BB, "Begroot 2020", 0))], unit="count",
    other=[tind(SZ, BB, REAL), tind(SZ, BB, "Realisatie 2019")])
JH = "Totaal aantal jeugdigen met jeugdhulp"
fig("ap-t-10", "hoeveel jongeren in twenterand kregen in 2020 echt jeugdhulp?", TW, alt(tind(JEUGD, JH, REAL)),
    [alt(prose(TF, f"Het aantal jeugdigen met jeugdhulp is ook in 2020 gestegen, tot {nl(d.T_IND[JEUGD][8][2])}",
               nl(d.T_IND[JEUGD][8][2]), d.T_IND[JEUGD][8][2]))],
    unit="count", other=[seed("Totaal aantal jeugdigen met jeugdhulp per 2018 *****", "Begroot 2020", 0),
                         tind(JEUGD, JH, "Streefwaarde 2020"), tind(JEUGD, JH, "Realisatie 2019")])
fig("ap-t-11", "Welk percentage van de jongeren in Twenterand had jeugdhulp volgens de jaarstukken 2020?", TW,
    alt(cell(TF, T7, "Jongeren met jeugdhulp", "Twenterand", 12.9)), unit="percent",
    other=[cell(TF, T7, "Jongeren met jeugdhulp", "Nederland", 9.6)])
TV72 = "6.72 Maatwerkdienstverlening 18-"
fig("ap-t-12", "Wat kostte de maatwerkdienstverlenig 18- (taakveld 6.72) in 2020 in werkelijkheid in Twenterand?", TW,
    alt(t9(TV72, REAL)), other=[t9(TV72, PRIM), t9(TV72, NW)])
JHA = d.T_ANALYSE[0][0]
fig("ap-t-13", "Hoe groot was de overschrijding op jeugdhulp in de jaarstukken 2020 van Twenterand?", TW,
    alt(cell(TF, T11, JHA, "Verschil V/N", 1000 * d.T_ANALYSE_K[0][1])),
    [alt(prose(TF, f"Op de jeugdhulp is sprake van een overschrijding van € {d.T_PROSE['jeugdhulp_mln']} miljoen op "
                   f"jeugdhulp", d.T_PROSE["jeugdhulp_mln"], None, 1_000_000)),
     alt([t9(TV72, VER), t9("6.82 Geëscaleerde zorg 18-", VER)], "add")],
    other=[t8(JEUGD, VER, LG)])
GGD = "GGD Twente (Regio Twente)"
fig("ap-t-14", "Hoeveel heeft Twenterand in 2020 echt betaald aan de ggd twente?", TW,
    alt(cell(TF, T12, GGD, REAL, d.T_VP[0][3])), other=[cell(TF, T12, GGD, NW, d.T_VP[0][2])])
fig("ap-t-15", "Hoeveel meer heeft Twenterand in 2020 aan Jeugd uitgegeven dan oorspronkelijk begroot?", TW,
    alt([t8(JEUGD, REAL, LG), t8(JEUGD, PRIM, LG)], "abs_sub"))
fig("ap-t-16", "Met hoeveel procent vielen de werkelijke lasten van maatschapelijke ondersteuning in Twenterand in "
               "2020 hoger uit dan de begroting na wijziging?", TW,
    alt([t8(MO, REAL, LG), t8(MO, NW, LG)], "pct"), unit="percent", tol=0.06)
TV65 = "6.5 Arbeidsparticipatie"
fig("ap-t-17", "Hoeveel minder heeft Twenterand in 2020 uitgegeven aan arbeidsparticipatie (taakveld 6.5) dan in de "
               "primitieve begroting stond?", TW, alt([t9(TV65, PRIM), t9(TV65, REAL)], "abs_sub"))
TV71 = "6.71 Maatwerkdienstverlening 18+"
fig("ap-t-18", "Wat waren in 2020 de werkelijke lasten van de taakvelden 6.71 en 6.72 samen in Twenterand?", TW,
    alt([t9(TV71, REAL), t9(TV72, REAL)], "add"))
UW = "Aantal personen die uitgestroomd zijn naar werk"
fig("ap-t-19", "Hoeveel mensen in Twenterand stroomden in 2020 uit naar werk?", TW, alt(tind(SZ, UW, REAL)),
    [alt(prose(TF, f"{d.T_IND[SZ][6][2]} personen vonden betaald werk", str(d.T_IND[SZ][6][2]), d.T_IND[SZ][6][2]))],
    unit="count", other=[tind(SZ, UW, "Streefwaarde 2020"), seed(UW, "Begroot 2020", 0)])

# conversations
GZ = "Gezondheidszorg"
conv("ap-t-conv-01", None, [
    fig_turn("Wat was er in de begroting 2020 na wijziging van Twenterand geraamd voor de lasten van "
             "Gezondheidszorg?", TW, alt(t8(GZ, NW, LG)), other=[sdb(GZ, LG), t8(GZ, REAL, LG)]),
    fig_turn("En de realisatie?", TW, alt(t8(GZ, REAL, LG)),
             [alt(prose(TF, f"De lasten van de doelenboom Gezondheidszorg bedroegen in 2020 € {nl(L[GZ][2])}",
                        f"€ {nl(L[GZ][2])}", L[GZ][2]))], other=[t8(GZ, NW, LG), sdb(GZ, LG)]),
    fig_turn("En wat stond er in de programmabegroting 2020?", TW, alt(sdb(GZ, LG)), [alt(t8(GZ, PRIM, LG))],
             other=[t8(GZ, NW, LG), t8(GZ, REAL, LG)]),
])
OND = "Onderwijs"
conv("ap-t-conv-02", TW, [
    fig_turn("Hoeveel cursisten volgden in 2020 een taalcursus bij het ROC volgens de jaarstukken?", TW,
             alt(tind(OND, "Aantal cursisten die een taalcursus volgen bij het ROC", REAL)), unit="count",
             other=[tind(OND, "Aantal cursisten die een taalcursus volgen bij het ROC", "Streefwaarde 2020"),
                    seed("Aantal cursisten die een taalcursus volgen bij het ROC", "Begroot 2020", 0)]),
    fig_turn("En via het Taalpunt?", TW, alt(tind(OND, "Aantal cursisten aangemeld via Taalpunt", REAL)),
             unit="count", other=[tind(OND, "Aantal cursisten aangemeld via Taalpunt", "Streefwaarde 2020")]),
])
ROH = "Reserve onderwijshuisvesting"
conv("ap-t-conv-03", None, [
    fig_turn("Wat was de stand van de reserve onderwijshuisvesting van Twenterand op 1 januari 2020?", TW,
             alt(cell(TF, T10, ROH, "Stand 1-1-2020", d.T_RES[ROH][0])),
             other=[cell(TF, T10, ROH, "Stand 31-12-2020", d.T_RES[ROH][3])]),
    fig_turn("En op 31 december 2020?", TW, alt(cell(TF, T10, ROH, "Stand 31-12-2020", d.T_RES[ROH][3])),
             other=[cell(TF, T10, ROH, "Stand 1-1-2020", d.T_RES[ROH][0])]),
])

# ================================================================================================ Dinkelland
DB = "Tabel 3 Investeringsplan 2026-2029 per investering (bedragen in €)"
DS = "Tabel 1 Investeringsplan 2026-2029 per beleidsveld (bedragen x € 1.000)"
DE = "Tabel 2 Effect van het investeringsplan op de meerjarenbegroting"
YC = {y: f"Bruto investering per jaar {y}" for y in d.D_YEARS}
TOTC, TERM, KAPL = "Totaal 2026-2029", "Afschr.-termijn (jaren)", "Kapitaallasten eerste volle jaar"
IT = d.D_ITEM


def db(label, col):
    it = IT.get(label)
    if label.startswith("Subtotaal "):
        g = label[len("Subtotaal "):]
        want = {**{YC[y]: d.D_SUB[g][y] for y in d.D_YEARS}, TOTC: d.D_SUB_TOT[g], KAPL: d.D_SUB_KAPL[g]}[col]
    elif label == "Totaal investeringsplan":
        want = {**{YC[y]: d.D_TOT[y] for y in d.D_YEARS}, TOTC: d.D_TOTAAL, KAPL: d.D_TOT_KAPL}[col]
    else:
        want = {**{YC[y]: it["years"].get(y) for y in d.D_YEARS}, TOTC: it["total"], TERM: it["termijn"],
                KAPL: it["kapl"]}[col]
    return cell(DF, DB, label, col, want)


def ds(label, col):
    key = "tot" if col == TOTC else int(col)
    want = 1000 * (d.D_SUM_K_TOT[key] if label == "Totaal" else d.D_SUM_K[label][key])
    return cell(DF, DS, label, col, want)


def de(label, y):
    src = {"Totaal kapitaallasten": d.D_EFF_TOT, "Dekking uit de rioolheffing": d.D_DEK_RIOOL,
           "Onttrekking reserve dekking kapitaallasten": d.D_DEK_RESERVE,
           "Saldo effect op de begroting (nadeel = -)": d.D_EFF_SALDO}[label]
    return cell(DF, DE, label, str(y), src[y])


SH, IKC = d.SPORTHAL, d.IKC
fig("ap-d-01", "Hoeveel gaat Dinkelland investeren in de nieuwe sporthal in Weerselo?", DK, alt(db(SH, TOTC)),
    [alt(prose(DF, f"De nieuwbouw kost {d.D_PROSE['sporthal_rb']} € {d.D_PROSE['sporthal_mln']} miljoen",
               d.D_PROSE["sporthal_mln"], None, 1_000_000))],
    other=[db(SH, YC[2027]), db(SH, YC[2028]), db(SH, KAPL)])
fig("ap-d-02", "Wat kost de nieuwbouw van de school in Denekamp in 2027 volgens het investeringsplan van Dinkelland?", DK,
    alt(db(IKC, YC[2027])),
    [alt(prose(DF, f"Het restant van € {nl(IT[IKC]['years'][2027])} volgt in 2027", f"€ {nl(IT[IKC]['years'][2027])}",
               IT[IKC]["years"][2027]))],
    other=[db(IKC, YC[2026]), db(IKC, TOTC)])
fig("ap-d-03", "Hoeveel investeert Dinkelland in totaal in 2028?", DK, alt(db("Totaal investeringsplan", YC[2028])),
    [alt(ds("Totaal", "2028"))], other=[db("Totaal investeringsplan", YC[2027]), db("Totaal investeringsplan", YC[2029])])
fig("ap-d-04", "Welk krediet vraagt het college van Dinkelland in het raadsvoorstel voor de eerste fase van het IKC "
               "Denekamp-Noord?", DK,
    alt(prose(DF, f"een krediet van € {nl(d.D_PROSE['ikc_2026'])} beschikbaar te stellen voor de eerste fase",
              f"€ {nl(d.D_PROSE['ikc_2026'])}", d.D_PROSE["ikc_2026"])),
    [alt(db(IKC, YC[2026]))], other=[db(IKC, TOTC), db(IKC, YC[2027])])
fig("ap-d-05", "Voor hoeveel geld aan kredieten voor 2026 vraagt het raadsvoorstel investeringsplan van Dinkelland?",
    DK, alt(db("Totaal investeringsplan", YC[2026])),
    [alt(prose(DF, f"kredieten beschikbaar te stellen tot een totaalbedrag van € {nl(d.D_TOT[2026])}",
               f"€ {nl(d.D_TOT[2026])}", d.D_TOT[2026])), alt(ds("Totaal", "2026"))],
    other=[db("Totaal investeringsplan", TOTC)])
fig("ap-d-06", "Wat gaat de nieuwe sporthal in Weerselo jaarlijks kosten aan afschrijving en rente volgens het "
               "investeringsplan van Dinkelland?", DK, alt(db(SH, KAPL)), other=[db(SH, TOTC)])
KGR = "Vervanging kunstgrasveld vv Rossum"
fig("ap-d-07", "In hoeveel jaar wordt het nieuwe kunstgrasvled van vv Rossum afgeschreven volgens het investeringsplan "
               "van Dinkelland?", DK, alt(db(KGR, TERM)), unit="count")
fig("ap-d-08", "Hoeveel investeert Dinkelland in 2027 in riolering volgens het investeringsplan 2026-2029?", DK,
    alt(db("Subtotaal Riolering", YC[2027])), [alt(ds("Riolering", "2027"))],
    other=[db("Subtotaal Riolering", YC[2026]), db("Subtotaal Riolering", TOTC)])
fig("ap-d-09", "Wat is het totale bedrag van het investeringsplan 2026-2029 van Dinkelland?", DK,
    alt(db("Totaal investeringsplan", TOTC)),
    [alt(ds("Totaal", TOTC)),
     alt(prose(DF, f"met een totaal bruto investeringsvolume van € {nl(d.D_TOTAAL)}", f"€ {nl(d.D_TOTAAL)}",
               d.D_TOTAAL)),
     alt(prose(DF, f"bedraagt {d.D_PROSE['totaal_rb']} € {d.D_PROSE['totaal_mln']} miljoen",
               d.D_PROSE["totaal_mln"], None, 1_000_000))])
fig("ap-d-10", "Hoeveel kapitaallasten levert het investeringsplan van Dinkelland op in 2029?", DK,
    alt(de("Totaal kapitaallasten", 2029)),
    [alt(prose(DF, f"lopen op tot {d.D_PROSE['kapl_2029_rb']} € {d.D_PROSE['kapl_2029_mln']} miljoen in 2029",
               d.D_PROSE["kapl_2029_mln"], None, 1_000_000))],
    other=[de("Totaal kapitaallasten", 2028), db("Totaal investeringsplan", KAPL)])
RDK = "Onttrekking reserve dekking kapitaallasten"
fig("ap-d-11", "Hoeveel wordt er in 2029 onttrokken aan de reserve dekking kapitaallasten volgens het raadsvoorstel "
               "van Dinkelland?", DK, alt(de(RDK, 2029)),
    [alt(prose(DF, f"oplopend tot € {nl(d.D_DEK_RESERVE[2029])} in 2029", f"€ {nl(d.D_DEK_RESERVE[2029])}",
               d.D_DEK_RESERVE[2029]))], other=[de(RDK, 2028)])
SAL = "Saldo effect op de begroting (nadeel = -)"
fig("ap-d-12", "Wat is het nadelige effect van het investeringsplan op de begroting van Dinkelland in 2028?", DK,
    alt(de(SAL, 2028)), other=[de(SAL, 2027), de(SAL, 2029)])
FP = "Fietspad Weerselo - Saasveld"
fig("ap-d-13", "wat kost het fietspad tussen weerselo en saasveld in 2028 volgens het investeringplan?", DK,
    alt(db(FP, YC[2028])), scope=DK, other=[db(FP, YC[2027]), db(FP, TOTC)])
fig("ap-d-14", "Hoeveel geeft Dinkelland in 2026 uit aan nieuwe laptops en werkplekken volgens het investeringsplan?",
    DK, alt(db("Vervanging werkplekken en laptops", YC[2026])))
fig("ap-d-15", "Hoeveel trekt Dinkelland in het investeringsplan 2026-2029 in totaal uit voor sport?", DK,
    alt(db("Subtotaal Sport", TOTC)), [alt(ds("Sport", TOTC))], other=[db("Subtotaal Sport", YC[2027])])
fig("ap-d-16", "Hoeveel meer investeert Dinkelland in 2027 dan in 2026 volgens het investeringsplan?", DK,
    alt([db("Totaal investeringsplan", YC[2027]), db("Totaal investeringsplan", YC[2026])], "abs_sub"))
fig("ap-d-17", "Hoeveel investeert Dinkelland in 2026 en 2027 samen in wegen en verkeer?", DK,
    alt([db("Subtotaal Wegen en verkeer", YC[2026]), db("Subtotaal Wegen en verkeer", YC[2027])], "add"))
fig("ap-d-18", "Met hoeveel procent stijgen de kapitaallsten van het investeringsplan van Dinkelland van 2028 naar "
               "2029?", DK, alt([de("Totaal kapitaallasten", 2029), de("Totaal kapitaallasten", 2028)], "pct"),
    unit="percent", tol=0.06)
fig("ap-d-19", "Welk percentage van het totale investeringsplan 2026-2029 van Dinkelland gaat naar "
               "onderwijshuisvesting?", DK,
    alt([db("Subtotaal Onderwijshuisvesting", TOTC), db("Totaal investeringsplan", TOTC)], "share"),
    unit="percent", tol=0.06)

# conversations
conv("ap-d-conv-01", None, [
    fig_turn("Hoeveel investeert Dinkelland in 2026 in riolering volgens het investeringsplan?", DK,
             alt(db("Subtotaal Riolering", YC[2026])), [alt(ds("Riolering", "2026"))],
             other=[db("Subtotaal Riolering", YC[2027])]),
    fig_turn("En in 2029?", DK, alt(db("Subtotaal Riolering", YC[2029])), [alt(ds("Riolering", "2029"))],
             other=[db("Subtotaal Riolering", YC[2026])]),
    fig_turn("En voor sport in dat jaar?", DK, alt(db("Subtotaal Sport", YC[2029])), [alt(ds("Sport", "2029"))],
             other=[db("Subtotaal Riolering", YC[2029])]),
])
KGS = "Vervanging kunstgrasveld sv Saasveld"
conv("ap-d-conv-02", None, [
    fig_turn("Wat kost de vervanging van het kunstgrasveld van sv Saasveld volgens het investeringsplan van "
             "Dinkelland?", DK, alt(db(KGS, TOTC)), other=[db(KGR, TOTC)]),
    fig_turn("En wat zijn de kapitaallasten daarvan?", DK, alt(db(KGS, KAPL)), other=[db(KGR, KAPL)]),
])
conv("ap-d-conv-03", DK, [
    fig_turn("Wat is het saldo van het investeringsplan op de begroting in 2027 volgens het raadsvoorstel?", DK,
             alt(de(SAL, 2027)), other=[de(SAL, 2028)]),
    fig_turn("En in 2029?", DK, alt(de(SAL, 2029)),
             [alt(prose(DF, f"Per saldo blijft in 2029 een nadeel van € {nl(-d.D_EFF_SALDO[2029])} over",
                        f"€ {nl(-d.D_EFF_SALDO[2029])}", d.D_EFF_SALDO[2029]))], other=[de(SAL, 2028)]),
])

# ================================================================================================ refusals
WF, CF = "wassenaar-begroting-2024.pdf", "collectie-overijssel-jaarstukken-2023.pdf"
DSF = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
ALL = "*"
NOT_T = [DF, DSF, WF, CF]
NOT_D = [TF, SF, WF, CF]
refusal("ap-x-weiger-01", "Wat waren de werkelijke lasten van Jeugd in Twenterand in 2021?",
        "the jaarstukken cover 2020; the programmabegroting 2020 gives a raming for 2021, not a realisatie",
        [{"rule": "absent_regex", "documents": [TF, SF], "text": r"(?i)(realisatie|jaarrekening|jaarstukken) 2021"},
         {"rule": "no_table_column", "documents": [TF], "text": "2021"},
         {"rule": "absent_text", "documents": NOT_T, "text": "Twenterand"}])
refusal("ap-x-weiger-02", "Hoeveel investeert Dinkelland in 2030 volgens het investeringsplan?",
        "the investeringsplan runs from 2026 to 2029",
        [{"rule": "absent_regex", "documents": [DF, DSF], "text": r"\b2030\b"},
         {"rule": "no_table_column", "documents": [DF], "text": "2030"},
         {"rule": "absent_text", "documents": NOT_D, "text": "Dinkelland"}])
refusal("ap-x-weiger-03", "Hoeveel investeert de gemeente Losser in 2027 in riolering?",
        "Losser has no document and is named nowhere",
        [{"rule": "absent_text", "documents": ALL, "text": "Losser"}, {"rule": "not_in_manifest", "text": "Losser"}])
refusal("ap-x-weiger-04", "Hoeveel trekt Dinkelland in het investeringsplan uit voor een nieuw zwembad?",
        "no zwembad in the investeringsplan or in any Dinkelland document",
        [{"rule": "absent_text", "documents": [DF, DSF], "text": "zwembad"},
         {"rule": "absent_text", "documents": NOT_D, "text": "Dinkelland"}])
refusal("ap-x-weiger-05", "Hoeveel leerlingen maakten in 2020 gebruik van het leerlingenvervoer in Twenterand volgens "
                          "de jaarstukken 2020?",
        "the jaarstukken report no leerlingenvervoer indicator; the begroting only gives a streefwaarde",
        [{"rule": "absent_text", "documents": [TF], "text": "leerlingenvervoer"},
         {"rule": "absent_regex", "documents": [SF], "text": r"(?i)realisatie"},
         {"rule": "absent_text", "documents": NOT_T, "text": "Twenterand"}])
refusal("ap-x-weiger-06", "Hoeveel investeert Twenterand in 2027 in een nieuwe sporthal?",
        "no Twenterand document holds investments or a sporthal",
        [{"rule": "absent_text", "documents": [TF, SF], "text": "sporthal"},
         {"rule": "absent_text", "documents": NOT_T, "text": "Twenterand"}])
refusal("ap-x-weiger-07", "Hoeveel heeft Twenterand in 2019 werkelijk uitgegeven aan Jeugd?",
        "the jaarstukken 2020 give no realisatie 2019 for the financial rows (only for indicators); the begroting "
        "2020 gives no 2019 figures for Jeugd",
        [{"rule": "no_column_in_tables_with_row", "documents": [TF], "row": "Jeugd", "text": "2019"},
         {"rule": "absent_regex", "documents": [SF], "text": r"(?i)(realisatie|rekening) 2019"},
         {"rule": "absent_text", "documents": NOT_T, "text": "Twenterand"}])
refusal("ap-x-weiger-08", "Welk bedrag trekt Dinkelland in het investeringsplan uit voor de verbouwing van het "
                          "gemeentehuis?", "no gemeentehuis in any Dinkelland document",
        [{"rule": "absent_text", "documents": [DF, DSF], "text": "gemeentehuis"},
         {"rule": "absent_text", "documents": NOT_D, "text": "Dinkelland"}])
refusal("ap-x-weiger-09", "Hoeveel heeft Twenterand in 2020 uitgegeven aan de bibliotheek?",
        "the jaarstukken do not mention the bibliotheek; the begroting names it once, without an amount",
        [{"rule": "absent_text", "documents": [TF], "text": "bibliotheek"},
         {"rule": "no_amount_on_lines_with", "documents": [SF], "text": "bibliotheek"},
         {"rule": "absent_text", "documents": NOT_T, "text": "Twenterand"}])

# ================================================================================================ text
text("ap-t-tekst-01", "Waarom waren de kosten van jeugdhulp in Twenterand in 2020 hoger dan begroot?", TW,
     [["verblijf"], ["tarief", "tarieven"]],
     passage(TF, "De kosten van de maatwerkdienstverlening 18- en de geëscaleerde zorg 18- stegen door meer cliënten "
                 "met verblijf en door de tariefsverhoging per 1 juli 2020."))
text("ap-t-tekst-02", "Wat heeft Twenterand in 2020 gedaan aan vroegsignalering van schulden?", TW,
     [["betalingsachterstand", "achterstand"], ["gesprek"]],
     passage(TF, "Vanaf juli 2020 ontvangen we signalen van woningcorporaties, energie- en drinkwaterbedrijven over "
                 "betalingsachterstanden (vroegsignalering). Inwoners met een achterstand krijgen binnen twee weken "
                 "een aanbod voor een gesprek."))
text("ap-t-tekst-03", "Welke financiële risico's noemen de jaarstukken 2020 van Twenterand voor het sociaal domein?",
     TW, [["jeugdhulp"], ["gemeentefonds", "herverdeling"]],
     passage(TF, "De kosten van jeugdhulp stijgen landelijk sneller dan de middelen die gemeenten ontvangen; het Rijk "
                 "heeft voor 2021 opnieuw incidentele extra middelen toegezegd, maar een structurele oplossing "
                 "ontbreekt. De herverdeling van het gemeentefonds pakt volgens de eerste berekeningen nadelig uit "
                 "voor Twenterand."))
text("ap-t-tekst-04", "Waarom viel de uitstroom naar werk in Twenterand in 2020 tegen?", TW,
     [["werkgevers", "terughoudend"], ["werkervaringsplaats"]],
     passage(TF, "Werkgevers waren terughoudend met het aannemen van nieuw personeel en werkervaringsplaatsen vielen "
                 "tijdelijk weg."))
text("ap-t-tekst-05", "Hoe komt het dat Onderwijs in de jaarstukken 2020 van Twenterand onder de begroting bleef?", TW,
     [["gymzaal"], ["2021", "doorgeschoven"]],
     passage(TF, "Het voordeel komt vooral doordat de renovatie van de gymzaal in Westerhaar is doorgeschoven naar 2021 "
                 "en de kapitaallasten daardoor later ingaan."))
text("ap-d-tekst-01", "Wat wordt de gemeenteraad van Dinkelland gevraagd te besluiten over het investeringsplan "
                      "2026-2029?", DK, [["vast te stellen", "vaststellen"], ["krediet"]],
     passage(DF, f"Het Investeringsplan 2026-2029 vast te stellen, met een totaal bruto investeringsvolume van "
                 f"€ {nl(d.D_TOTAAL)} (bijlage 1). 2. Voor de investeringen in 2026 kredieten beschikbaar te stellen tot "
                 f"een totaalbedrag van € {nl(d.D_TOT[2026])}"))
text("ap-d-tekst-02", "Welke risico's noemt het raadsvoorstel over het investeringsplan van Dinkelland?", DK,
     [["bouwkosten"], ["rente"], ["netcongestie", "subsidie", "capaciteit"]],
     passage(DF, "Bouwkosten: de ramingen zijn gebaseerd op het prijspeil 2025. De bouwkosten stijgen nog steeds "
                 "sneller dan de algemene inflatie. Een stijging van 5 procent boven de raming betekent voor het IKC en "
                 f"de sporthal samen {d.D_PROSE['bouw5_rb']} € {d.D_PROSE['bouw5_mln']} miljoen extra investering. "
                 "Rente: de kapitaallasten zijn berekend met een omslagrente van 1,5 procent. Als de rente bij nieuwe "
                 "leningen 1 procentpunt hoger uitvalt, stijgen de jaarlijkse rentelasten met circa "
                 f"€ {nl(d.D_PROSE['rente1'])}. Netcongestie: voor de laadinfrastructuur op de gemeentewerf is een "
                 "zwaardere aansluiting nodig."))
text("ap-d-tekst-03", "Waarom bouwt Dinkelland een nieuw kindcentrum in Denekamp?", DK,
     [["1968", "1974", "binnenklimaat", "energiegebruik"], ["huisvestingsplan", "kinderopvang", "gymzaal"]],
     passage(DF, "De twee basisscholen in Denekamp-Noord zijn gehuisvest in gebouwen uit 1968 en 1974 die niet meer "
                 "voldoen aan de eisen voor binnenklimaat en energiegebruik. In het integraal huisvestingsplan "
                 "onderwijs is daarom gekozen voor nieuwbouw van één integraal kindcentrum met kinderopvang en een "
                 "gymzaal."))
text("ap-d-tekst-04", "Hoe worden de kapitaallasten van de rioleringsinvesteringen in Dinkelland gedekt?", DK,
     [["rioolheffing"]],
     passage(DF, "De kapitaallasten zijn in de tarieven van de rioolheffing verwerkt en drukken daardoor niet op de "
                 "algemene middelen."))
text("ap-d-tekst-05", "Wat gebeurt er na het raadsbesluit over het investeringsplan van Dinkelland?", DK,
     [["aanbesteding", "stellen wij de kredieten"], ["definitief ontwerp", "tweede fase"]],
     passage(DF, "Na uw besluit stellen wij de kredieten voor 2026 open en starten wij de voorbereiding en aanbesteding "
                 "van de projecten. Voor het IKC Denekamp-Noord leggen wij het definitief ontwerp met de "
                 "aanbestedingsresultaten in het najaar van 2026 aan u voor, voordat het krediet voor de tweede fase "
                 "wordt aangevraagd."))

# ================================================================================================ which
which("ap-t-welke-01", "Wat zijn de lasten van Jeugd in Twenterand in 2020?",
      [sdb(JEUGD, LG), t8(JEUGD, NW, LG), t8(JEUGD, REAL, LG)],
      why="year named, document and column not: the programmabegroting 2020 (= begroting primitief in the "
          "jaarstukken), the begroting na wijziging and the realisatie 2020")
which("ap-t-welke-02", "Wat zijn de mutaties reserves van het Sociaal Domein van Twenterand voor 2020?",
      [seed(MR, "2020", 0, table=OV31), t8(MR, NW), t8(MR, REAL)],
      why="the programmabegroting 2020 (= primitief), the begroting na wijziging and the realisatie all give 2020")
which("ap-d-welke-03", "Wat zijn de kapitaallasten van het investeringsplan van Dinkelland?",
      [de("Totaal kapitaallasten", 2027), de("Totaal kapitaallasten", 2028), de("Totaal kapitaallasten", 2029),
       db("Totaal investeringsplan", KAPL)],
      why="no year: tabel 2 gives the kapitaallasten per year 2027-2029, tabel 3 the total of the first full years")
which("ap-d-welke-04", "Wat is het saldo van het investeringsplan op de begroting van Dinkelland?",
      [de(SAL, 2027), de(SAL, 2028), de(SAL, 2029)], why="no year: tabel 2 gives the saldo for 2027, 2028 and 2029")

# ================================================================================================ any
anyc("ap-t-any-01", "Hoe ging het in 2020 met het sociaal domein in Twenterand?", TW, ["Dinkelland", "Wassenaar"], TF)
anyc("ap-d-any-02", "Wat zijn de grootste investeringen die Dinkelland de komende jaren wil doen?", DK,
     ["Twenterand", "Wassenaar"], DF)

# ================================================================================================ write
HEADER = """# GENERATED by source/gen_cases.py -- do not edit by hand.
# set-ap: blind evaluation set (format version 1, /work/shared/evals/FORMAT.md).
# The corpus is the four documents of /work/main/corpus plus two FICTIONAL documents written for this set:
#   - twenterand-jaarstukken-2020-sociaal-domein.pdf: Gemeente Twenterand, Jaarstukken 2020, programma Sociaal
#     Domein (fictional; its 'Begroting 2020 primitief' repeats the real Programmabegroting 2020 in the corpus, the
#     begroting na wijziging and the realisatie are invented);
#   - dinkelland-raadsvoorstel-investeringsplan-2026-2029.pdf: Gemeente Dinkelland, Raadsvoorstel Investeringsplan
#     2026-2029 en kredieten 2026 (fictional).
# Values are in euros (x € 1.000 tables x 1000, "miljoen" x 1.000.000), printed sign kept; signed is never set.
"""


def main():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    (SET / "cases.yaml").write_text(HEADER + yaml.safe_dump({"version": 1, "cases": CASES}, sort_keys=False,
                                                            allow_unicode=True, width=120), encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1), encoding="utf-8")
    nt = sum(len(c.get("turns", [c])) for c in CASES)
    print(f"cases.yaml: {len(CASES)} cases, {nt} turns")


if __name__ == "__main__":
    main()
