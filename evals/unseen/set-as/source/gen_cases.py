"""Write ../cases.yaml and provenance.json for set-as (the two new documents are FICTIONAL).

Every expected, accepted and "other" figure is located in the finished documents with extract.py: a table cell of a
generated PDF (table name, page(s), continuation, group, row, column, printed text, the table's unit statement and
scale, the label on the figures' line, the `pdftotext -layout` line, section), a prose figure of a generated PDF (the
sentence, its pages, its section), a line of the real Programmabegroting 2020 text export (line, column header line,
position of the figure) or a line of the real Jaarstukken 2023 PDF (page, `pdftotext -layout` line, the header line
above it, position).  Figures of the new documents must also equal data.py.

  main    the expected figure (value) with its source(s); computed figures carry `op` and `derivation`
  same    the same figure printed elsewhere with the same value (recorded, nothing to accept)
  accept  other printings (or computations) of the same figure with a different value: accepted
  other   the same row in another document, column or year: NOT accepted (kept out of value/accept)

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from extract import CoBegroting, LayoutPdf, SeedText, TwJaarstukken, clean, parse_num
from fmt import dec, nl, num_in_derivation

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
CF, TF = d.CO_FILE, d.TW_FILE
SF = "twenterand-programmabegroting-2020-sociaal-domein.txt"
RF = "collectie-overijssel-jaarstukken-2023.pdf"
CO, TW, SEED, REAL = CoBegroting(CORPUS / CF), TwJaarstukken(CORPUS / TF), SeedText(CORPUS / SF), LayoutPdf(CORPUS / RF)
DOC = {CF: CO, TF: TW}
COB, TWB = "Collectie Overijssel", "Twenterand"


def _eq(got, want, what):
    if want is not None and abs(got - want) > 1e-6:
        raise SystemExit(f"{what}: the document gives {got}, data.py says {want}")


def scale_of(stmt, printed, override=None):
    if override is not None:
        return override
    if stmt and ("1.000" in stmt or "'000" in stmt) and "%" not in printed:
        return 1000
    return 1


# ------------------------------------------------------------------------------------------------ sources
def cell(doc, table, row, col, want=None, group=None, scale=None, why_scale=None):
    D = DOC[doc]
    c = D.cell(table, row, col, group)
    stmt = D.scale_statement(table)
    sc = scale_of(stmt, c["printed"], scale)
    v = parse_num(c["printed"])
    if v is None:
        raise SystemExit(f"{doc} {table}/{row}/{col}: not a number {c['printed']!r}")
    v = round(v * sc, 6)
    _eq(v, want, f"{doc} {table}/{row}/{col}")
    ll = D.layout_line(c["page"], c["label_line"], c["printed"])
    if ll is None:
        raise SystemExit(f"{doc} p{c['page']}: {row} {c['printed']} not on a pdftotext -layout line")
    src = {"kind": "cell", "document": doc, "table": table, "pages": [x["page"] for x in D.find_table(table)],
           "page": c["page"], "continued": c["continued"], "group": c["group"], "row": c["label"], "column": col,
           "printed": c["printed"], "scale_statement": stmt, "scale": sc, "label_line": c["label_line"],
           "layout_line": ll, "section": D.section_at(c["page"], c["top"]), "value": v}
    if why_scale:
        src["scale_note"] = why_scale
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


SEED_FIN = ("^2020 2021 2022 2023$", ["2020", "2021", "2022", "2023"])
SEED_IND = (r"^Beleids(doelen|indicatoren) Begroot 2020", ["Begroot 2020", "Begroot 2019", "2018", "2017", "2016"])


def seed(label, column, after=None, want=None):
    header_re, cols = SEED_IND if column.startswith("Begroot") else SEED_FIN
    n, ln, tok = SEED.figure(label, cols.index(column), after)
    hn, hl = SEED.header_above(n, header_re)
    v = parse_num(tok)
    _eq(v, want, f"seed {label}/{column}")
    return {"kind": "seed", "document": SF, "line_no": n, "line": ln, "row": label, "after": after,
            "header_line_no": hn, "header": hl, "column": column, "token": cols.index(column), "printed": tok,
            "scale": 1, "value": v}


def real(page, label, column, token, header_must, after=None, scale=1000):
    i, ln, tok = REAL.figure(page, label, token, after)
    hi, hl = REAL.header_above(page, i, header_must)
    v = parse_num(tok)
    if v is None:
        raise SystemExit(f"real p{page} {label}: {tok!r}")
    sc = 1 if "%" in tok else scale
    return {"kind": "real", "document": RF, "page": page, "line_index": i, "line": clean(ln), "row": label,
            "after": after, "header_index": hi, "header": clean(hl), "header_must": header_must, "column": column,
            "token": token, "printed": tok, "scale": sc, "value": round(v * sc, 6)}


def real_prose(page, fragment, printed, scale=1):
    txt = clean(REAL.pages[page - 1])
    if clean(fragment) not in txt or printed not in fragment:
        raise SystemExit(f"real p{page}: {fragment!r}")
    return {"kind": "real_prose", "document": RF, "page": page, "prose": fragment, "printed": printed,
            "scale": scale, "value": round(parse_num(printed) * scale, 6)}


def comp(op, *srcs):
    a = [s["value"] for s in srcs]
    if op == "sub":                    # a - b with the printed signs
        v, der = a[0] - a[1], f"{num_in_derivation(a[0])} - {num_in_derivation(a[1])}"
    elif op == "abs_sub":
        v, der = abs(a[0]) - abs(a[1]), f"{num_in_derivation(abs(a[0]))} - {num_in_derivation(abs(a[1]))}"
    elif op == "add":
        v, der = sum(abs(x) for x in a), " + ".join(num_in_derivation(abs(x)) for x in a)
    elif op == "pct_change":
        v = 100 * (abs(a[0]) - abs(a[1])) / abs(a[1])
        der = f"100 × ({num_in_derivation(abs(a[0]))} - {num_in_derivation(abs(a[1]))}) / {num_in_derivation(abs(a[1]))}"
    elif op == "share":
        v, der = 100 * abs(a[0]) / abs(a[1]), f"100 × {num_in_derivation(abs(a[0]))} / {num_in_derivation(abs(a[1]))}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    shown = round(v, 2) if not float(v).is_integer() else v
    return {"value": v, "sources": list(srcs), "op": op, "derivation": f"{der} = {num_in_derivation(shown)}"}


def fig(src_or_comp):
    if "sources" in src_or_comp:
        return src_or_comp
    return {"value": src_or_comp["value"], "sources": [src_or_comp]}


# ------------------------------------------------------------------------------------------------ case builders
CASES, PROV, COMMENTS = [], {}, {}


def _n(v):
    v = round(v, 2) if not float(v).is_integer() else v
    return int(v) if float(v).is_integer() else v


def fturn(q, body, main, accept=(), same=(), other=(), unit="EUR", tol=None, comment="", overlap=None):
    main = fig(main)
    acc = [fig(a) for a in accept]
    e = {"value": _n(main["value"])}
    if acc:
        e["accept"] = [_n(main["value"])] + [_n(a["value"]) for a in acc]
        del e["value"]
    if tol is not None:
        e["tolerance"] = tol
    if unit:
        e["unit"] = unit
    e["municipality"] = body
    t = {"question": q, "kind": "figure", "expect": e}
    p = {"kind": "figure", "main": main, "accept": acc, "same": list(same), "other": list(other),
         "comment": comment}
    if overlap:
        p["overlap"] = overlap
    return t, p


def add(cid, turn, prov, scope=None, comment=""):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c.update(turn)
    CASES.append(c)
    PROV[cid] = [prov]
    COMMENTS[cid] = comment or prov.get("comment", "")


def conv(cid, scope, turns, comment=""):
    c = {"id": cid}
    if scope:
        c["municipality"] = scope
    c["turns"] = [t for t, _ in turns]
    CASES.append(c)
    PROV[cid] = [p for _, p in turns]
    COMMENTS[cid] = comment


def refusal_turn(q, why, absent):
    return {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why, "absent": absent}


def passage(doc, fragment):
    D = DOC[doc]
    pages = D.prose(fragment)
    if not pages:
        raise SystemExit(f"{doc} passage not found: {fragment!r}")
    p = pages[0]
    return {"document": doc, "pages": pages, "page": p, "section": D.section_at(p, D.prose_top(p, fragment)),
            "passage": fragment}


def text_turn(q, body, include, where):
    return {"question": q, "kind": "text", "expect": {"include": include, "municipality": body}}, \
        {"kind": "text", "where": where}


def mln(v):
    return dec(abs(v) / 1e6, 1) + " miljoen"


def renderings(src):
    pr = re.sub(r"\s+[VN]$", "", src["printed"]).replace("€ ", "").lstrip("-")
    out = []
    for x in (pr, nl(abs(src["value"])), mln(src["value"])):
        if x not in out:
            out.append(x)
    return out


def which(cid, q, cands, why, scope=None):
    groups = [renderings(c) for c in cands]
    flat = [x for g in groups for x in g]
    groups = [[x for x in g if flat.count(x) == 1] for g in groups]
    add(cid, {"question": q, "kind": "text", "expect": {"include": groups}},
        {"kind": "which", "candidates": cands, "why": why}, scope,
        comment=f"which of several figures: {why}; one include group per candidate (printed figure, full euro "
                f"amount, 'x,y miljoen' unless two candidates share it); no municipality condition.")


def anyc(cid, q, body, cands, excludes, why, scope=None):
    add(cid, {"question": q, "kind": "any", "expect": {"exclude": [x for x, _ in excludes], "municipality": body}},
        {"kind": "any", "candidates": cands, "excludes": [{"text": x, "source": s} for x, s in excludes],
         "why": why}, scope,
        comment=f"any: {why}. Excluded: figures of another year ({', '.join(x for x, _ in excludes)}).")


# ================================================================================================ Collectie Overijssel
BIJ, CAT, MJB, RES = "Bijdragen per deelnemer", "Baten en lasten naar categorie", "Meerjarenbegroting per programma", \
    "Reserves"
KG, WV, KC, PERS = "Financiële kengetallen", "Weerstandsvermogen", "Kerncijfers", "Personeel"
COL = {"2023": "Realisatie 2023", "2024": "Begroting 2024", "2025": "Begroting 2025", "2026": "Raming 2026",
       "2027": "Raming 2027", "2028": "Raming 2028"}
P1, P2, P3, P4 = d.PROGRAMMAS


def bij(row, y):
    want = dict(d.BIJ_ROWS)[row][y]
    return cell(CF, BIJ, row, COL[y], want)


def cat(row, y):
    return cell(CF, CAT, row, COL[y], d.CAT[y][row] * 1000)


def mjb(row, y, group):
    i = d.PROGRAMMAS.index(row) if row in d.PROGRAMMAS else None
    key = "lasten" if group == "Lasten" else "baten"
    want = d.PROG[y][key][i] if i is not None else {"Totaal lasten": d.PROG[y]["lasten_tot"],
                                                     "Totaal baten": d.PROG[y]["baten_tot"],
                                                     "Algemene dekkingsmiddelen": d.PROG[y]["alg"],
                                                     "Onttrekking reserves": d.PROG[y]["ontt"]}[row]
    return cell(CF, MJB, row, COL[y], want, group)


def prog_k(n, row, y):
    return cell(CF, f"Programma {n}", row, COL[y], d.PROG_K[d.PROGRAMMAS[n - 1]][row][y] * 1000)


def res(row, col):
    r = {x[0]: x for x in d.RES_ROWS + [d.BEST, d.ALGR, d.RES_TOT]}[row]
    i = ["Stand 1-1-2025", "Toevoeging 2025", "Onttrekking 2025", "Stand 31-12-2025"].index(col) + 1
    return cell(CF, RES, row, col, r[i] * 1000)


RBL = ("2.1. Baten en Lasten",)          # the real jaarstukken' tabel 2.1 (page 16)
RH = ["Realisatie", "Begroting"]


def real21(label, column):
    return real(16, label, column, {"Realisatie 2023": 0, "Begroting 2023": 1, "Realisatie 2022": 2}[column],
                ["€ '000", "2023"], after="Baten en Lasten")


COMMON_SIGN_CAT = "the category table prints lasten negative (house style of the jaarstukken, stated in the " \
                  "leeswijzer); the value keeps the printed sign"

add("as-c-01", *fturn(
    "Hoeveel betaalt de gemeente Zwolle in 2025 aan Collectie Overijssel?", COB,
    bij("Gemeente Zwolle", "2025"), accept=[cat("Baten GR Gemeente Zwolle", "2025")],
    same=[prose(CF, "De bijdrage van de gemeente Zwolle stijgt in 2025 naar € 1.799.160", "€ 1.799.160",
                d.BIJ_ZWOLLE["2025"])],
    other=[bij("Gemeente Zwolle", "2024"), cat("Baten GR Gemeente Zwolle", "2023")],
    comment="Bijdragen per deelnemer (euros), Gemeente Zwolle, Begroting 2025; accepted: the category table's "
            "Baten GR Gemeente Zwolle 1.799 x € 1.000."))
add("as-c-02", *fturn(
    "Wat zijn de totale lasten van Collectie Overijssel volgens de begroting 2025?", COB,
    mjb("Totaal lasten", "2025", "Lasten"),
    accept=[cat("Lasten", "2025"), prose(CF, "De totale lasten bedragen € 8,1 miljoen.", "8,1", 8100000, 1e6)],
    same=[cell(CF, KC, "Lasten", COL["2025"], -8144000)],
    other=[mjb("Totaal lasten", "2024", "Lasten"), cat("Lasten", "2023")],
    comment="Meerjarenbegroting per programma (euros), Totaal lasten, Begroting 2025. Accepted: -8.144 x € 1.000 in "
            "the category table and the kerncijfers (" + COMMON_SIGN_CAT + ") and '€ 8,1 miljoen' in the voorwoord."))
add("as-c-03", *fturn(
    "Wat is de stand van de algemene reserve van Collectie Overijssel eind 2025?", COB,
    res("Algemene Reserve", "Stand 31-12-2025"),
    same=[cell(CF, WV, "Algemene Reserve per 31-12-2025", "Begroting 2025", d.ALGR[4] * 1000)],
    other=[real(12, "Algemene Reserve", "Realisatie 2023", 0, ["berekening", "2023"],
                after="Weerstandsvermogen")],
    comment="Reserves (€ '000), Algemene Reserve, stand 31-12-2025 = 240; the real jaarstukken' 165 (2023) is "
            "another year."), scope=None)
add("as-c-04", *fturn(
    "Hoe hoog is de solvabiliteitsratio van Collectie Overijssel in de begroting 2025?", COB,
    cell(CF, KG, "Solvabiliteitsratio", "Begroting 2025", d.KENGETALLEN["Solvabiliteitsratio"]["2025"]),
    other=[cell(CF, KG, "Solvabiliteitsratio", "Begroting 2024"), cell(CF, KG, "Solvabiliteitsratio", "Realisatie 2023")],
    unit="percent", comment="kengetal: Financiële kengetallen, Solvabiliteitsratio, Begroting 2025 (percent)."))
add("as-c-05", *fturn(
    "Hoeveel fysieke bezoeken aan de studiezalen verwacht Collectie Overijssel in 2025?", COB,
    prose(CF, "Wij rekenen op 1.080 fysieke bezoeken aan onze studiezalen: 610 in Zwolle en 470 in Deventer.",
          "1.080", sum(d.BEZOEKEN_2025.values())),
    same=[prose(CF, "wij rekenen op circa 1.080 fysieke bezoeken aan onze studiezalen in Zwolle en Deventer",
                "1.080", 1080)],
    unit="count", comment="a figure only in prose ('in één oogopslag' and the voorwoord)."))
add("as-c-06", *fturn(
    "Wat is de ratio weerstandsvermogen van Collectie Overijssel in de begroting 2025?", COB,
    cell(CF, WV, "Ratio weerstandsvermogen", "Begroting 2025", d.RATIO, scale=1,
         why_scale="a ratio in a € '000 table: not scaled"),
    same=[prose(CF, f"Met een ratio van {dec(d.RATIO, 2)} is het weerstandsvermogen voldoende", dec(d.RATIO, 2),
                d.RATIO)],
    unit=None, comment="Weerstandsvermogen, Ratio weerstandsvermogen (beschikbare / benodigde capaciteit), printed "
                       "1,20; a ratio, no unit."))
add("as-c-07", *fturn(
    "Hoeveel geld is er in 2025 geraamd voor het digitaliseren van de oudste stadsarchieven van Zwolle en Deventer?",
    COB, prose(CF, "Na de aanbesteding digitaliseren wij de oudste stadsarchieven van Zwolle en Deventer. Hiervoor is "
                   "in 2025 € 185.000 geraamd.", "€ 185.000", d.DIGITALISERING_STADSARCHIEVEN_2025),
    comment="a figure only in prose (programma 2, 'Wat gaan we daarvoor doen?')."), scope=COB)
add("as-c-08", *fturn(
    "Wat is de geraamde rijksbijdrage aan Collectie Overijssel voor 2028?", COB,
    bij("Het Rijk (Nationaal Archief)", "2028"), accept=[cat("Baten GR Rijk", "2028")],
    other=[bij("Het Rijk (Nationaal Archief)", "2027")],
    comment="Bijdragen per deelnemer, Het Rijk (Nationaal Archief), Raming 2028; accepted: Baten GR Rijk 2.559 "
            "x € 1.000."))
add("as-c-09", *fturn(
    "Hoeveel wordt er in 2025 onttrokken aan de bestemmingsreserve Datakwalitiet & Collectiebeheer van Collectie "
    "Overijssel?", COB, res("Datakwaliteit & Collectiebeheer", "Onttrekking 2025"),
    same=[prose(CF, "De kosten van € 320.000 in 2025 worden onttrokken aan de bestemmingsreserve Datakwaliteit & "
                    "Collectiebeheer.", "€ 320.000", 320000)],
    comment="Reserves (€ '000), Datakwaliteit & Collectiebeheer, Onttrekking 2025 = 320; the same amount in prose."))
add("as-c-10", *fturn(
    "Wat is het saldo van programma 4 Ondersteunende processen en overhead in de begroting 2025 van Collectie "
    "Overijssel?", COB, prog_k(4, "Saldo programma", "2025"),
    accept=[comp("sub", mjb(P4, "2025", "Baten"), mjb(P4, "2025", "Lasten"))],
    other=[prog_k(4, "Saldo programma", "2024")],
    comment="sign: Programma 4 table (x € 1.000), Saldo programma, Begroting 2025, printed -2.688: saldo = baten - "
            "lasten, negative = nadelig (leeswijzer); expected with the printed sign. Accepted: the same saldo "
            "computed from the euro table."))
add("as-c-11", *fturn(
    "Hoeveel bedragen de salariskosten van het personeel van Collectie Overijssel in 2026?", COB,
    cat("Personeel salarissen", "2026"), other=[cat("Personeel salarissen", "2025")],
    comment="sign: category table (€ '000), Personeel salarissen, Raming 2026, printed -4.031: " + COMMON_SIGN_CAT))
add("as-c-12", *fturn(
    "Met hoeveel euro stijgt de bijdrage van de gemeente Deventer aan Collectie Overijssel van 2024 naar 2025?", COB,
    comp("sub", bij("Gemeente Deventer", "2025"), bij("Gemeente Deventer", "2024")),
    accept=[comp("sub", cat("Baten GR Gemeente Deventer", "2025"), cat("Baten GR Gemeente Deventer", "2024"))],
    comment="computed: Bijdragen per deelnemer, Gemeente Deventer, Begroting 2025 minus Begroting 2024; accepted: "
            "the same difference from the category table (x € 1.000)."))
add("as-c-13", *fturn(
    "Met hoeveel procent stijgen de totale lasten van Collectie Overijssel van 2024 naar 2025?", COB,
    comp("pct_change", mjb("Totaal lasten", "2025", "Lasten"), mjb("Totaal lasten", "2024", "Lasten")),
    same=[comp("pct_change", cat("Lasten", "2025"), cat("Lasten", "2024"))],
    unit="percent", tol=0.06,
    comment="computed percentage change of the total lasten (euro table); the category table (x € 1.000) gives "
            "the same within the tolerance."))
add("as-c-14", *fturn(
    "Hoeveel betalen de gemeenten Zwolle en Deventer samen in 2026 aan Collectie Overijssel?", COB,
    comp("add", bij("Gemeente Zwolle", "2026"), bij("Gemeente Deventer", "2026")),
    accept=[comp("add", cat("Baten GR Gemeente Zwolle", "2026"), cat("Baten GR Gemeente Deventer", "2026"))],
    comment="computed sum of two members' bijdragen, Raming 2026; accepted: the same sum from the category table."))
add("as-c-15", *fturn(
    "Welk percentage van de totale bijdragen 2025 aan Collectie Overijssel komt van de gemeente Zwolle?", COB,
    comp("share", bij("Gemeente Zwolle", "2025"), bij("Totaal bijdragen", "2025")),
    unit="percent", tol=0.06, comment="computed share: Zwolle / Totaal bijdragen, Begroting 2025."))
add("as-c-16", *fturn(
    "Hoeveel betaalde de gemeente Deventer in 2023 aan Collectie Overijssel?", COB,
    real21("Baten GR Gemeente Deventer", "Realisatie 2023"),
    same=[cat("Baten GR Gemeente Deventer", "2023"), real21("Baten GR Gemeente Deventer", "Begroting 2023")],
    other=[real21("Baten GR Gemeente Deventer", "Realisatie 2022"), bij("Gemeente Deventer", "2024")],
    overlap={"year": "2023", "note": "real Jaarstukken 2023 and the new begroting's Realisatie 2023 print the same"},
    comment="2023 is held by the real Jaarstukken 2023 (tabel 2.1, 1.243 x € 1.000) and by the new Begroting 2025 "
            "(column Realisatie 2023, also 1.243): equal, one value. Expected from the jaarstukken."))
add("as-c-17", *fturn(
    "Wat was de solvabiliteit van Collectie Overijssel in 2023?", COB,
    real(12, "Solvabiliteit", "Realisatie 2023", 0, ["conform BBV", "2023"], after="Kengetallen"),
    same=[real(5, "Solvabiliteit", "2023", 0, ["Balans", "2023"]),
          cell(CF, KG, "Solvabiliteitsratio", "Realisatie 2023", 58)],
    other=[real(12, "Solvabiliteit", "Realisatie 2022", 1, ["conform BBV", "2023"], after="Kengetallen"),
           cell(CF, KG, "Solvabiliteitsratio", "Begroting 2024")],
    unit="percent", overlap={"year": "2023", "note": "real jaarstukken 58%, new begroting Realisatie 2023 58%"},
    comment="2023: the real Jaarstukken 2023 (kengetallen and kerncijfers, 58%) and the new begroting's "
            "Realisatie 2023 column (58%) agree; expected from the jaarstukken."))
add("as-c-18", *fturn(
    "Wat waren volgens de jaarstukken 2023 de energiekosten (huisvesting energie) van Collectie Overijssel?", COB,
    real21("Huisvesting energie", "Realisatie 2023"),
    same=[cat("Huisvesting energie", "2023")],
    other=[real21("Huisvesting energie", "Begroting 2023"), real21("Huisvesting energie", "Realisatie 2022"),
           cat("Huisvesting energie", "2025")],
    overlap={"year": "2023", "note": "real jaarstukken -526, new Realisatie 2023 -526"},
    comment="sign: the jaarstukken print lasten negative (-526 x € 1.000); value keeps the sign. The new "
            "begroting's Realisatie 2023 column prints the same; the begroting 2023 (-300) is not accepted."))
add("as-c-19", *fturn(
    "Hoeveel heeft Collectie Overijssel in 2023 werkelijk aan de reserves onttrokken?", COB,
    real21("Onttrekking reserves", "Realisatie 2023"),
    same=[real_prose(22, "een bedrag van € 128.000,- te onttrekken aan de bestemmingsreserve Onderhoud", "128.000"),
          cat("Onttrekking reserves", "2023"), mjb("Onttrekking reserves", "2023", "Baten")],
    other=[real21("Onttrekking reserves", "Begroting 2023"), cat("Onttrekking reserves", "2025")],
    overlap={"year": "2023", "note": "real jaarstukken 128, new begroting 128 and 128.000"},
    comment="2023 realisatie: real Jaarstukken 2023 (tabel 2.1 and the resultaatbestemming, € 128.000) and the new "
            "begroting's Realisatie 2023 (128 x € 1.000 and 128.000 in euros) agree; the begroting 2023's 1.000 "
            "is not accepted."))
add("as-c-20", *fturn(
    "Wat is de kasgeldlimiet van Collectie Overijssel voor 2025?", COB,
    prose(CF, f"voor 2025 is dat € {nl(d.KASGELDLIMIET_2025)}", f"€ {nl(d.KASGELDLIMIET_2025)}",
          d.KASGELDLIMIET_2025),
    comment="a figure only in prose (paragraaf Financiering)."))

conv("as-c-conv-01", None, [
    fturn("Hoeveel betaalt de gemeente Deventer in 2025 aan Collectie Overijssel?", COB,
          bij("Gemeente Deventer", "2025"), accept=[cat("Baten GR Gemeente Deventer", "2025")],
          same=[prose(CF, f"die van de gemeente Deventer naar € {nl(d.BIJ_DEVENTER['2025'])}",
                      f"€ {nl(d.BIJ_DEVENTER['2025'])}", d.BIJ_DEVENTER["2025"])]),
    fturn("En in 2027?", COB, bij("Gemeente Deventer", "2027"), accept=[cat("Baten GR Gemeente Deventer", "2027")]),
    fturn("En Zwolle in dat jaar?", COB, bij("Gemeente Zwolle", "2027"), accept=[cat("Baten GR Gemeente Zwolle", "2027")]),
], comment="conversation: bijdragen per deelnemer (euros), each turn also accepts the category table's x € 1.000.")
conv("as-c-conv-02", COB, [
    fturn("Wat zijn de lasten van de Groeistrategie in de begroting 2025?", COB, mjb(P1, "2025", "Lasten"),
          accept=[prog_k(1, "Lasten", "2025")]),
    fturn("En in 2026?", COB, mjb(P1, "2026", "Lasten"), accept=[prog_k(1, "Lasten", "2026")]),
    text_turn("Waarom stijgen die lasten in 2025?", COB, [["Collectiecentrum"], ["HAICu"]],
              passage(CF, "De lasten van de Groeistrategie stijgen in 2025 vooral door de voorbereiding van het "
                          "Collectiecentrum (ontwerp en second opinion) en door de eerste volle projectjaren van "
                          "HAICu.")),
], comment="conversation: programma 1 Groeistrategie (euro table; the programme table x € 1.000 accepted), then why.")

# ------------------------------------------------------------------------------------------------ CO text
def tcase(cid, q, body, include, doc, fragment, scope=None, comment=""):
    t, p = text_turn(q, body, include, passage(doc, fragment))
    add(cid, t, p, scope, comment=comment or "text: include groups taken from the recorded passage.")


tcase("as-c-tekst-01", "Welke risico's ziet Collectie Overijssel in de begroting 2025?", COB,
      [["energie"], ["Collectiecentrum"], ["calamiteit", "depot"]], CF,
      "Nieuw zijn het risico op hogere energieprijzen na afloop van het huidige contract en het risico dat de "
      "voorbereidingskosten van het Collectiecentrum hoger uitvallen. Daarnaast blijven calamiteiten in de depots en "
      "de huurdersrisico's van de gebouwen van belang.")
tcase("as-c-tekst-02", "Hoe worden de bijdragen van Zwolle en Deventer aan Collectie Overijssel vanaf 2025 bepaald?",
      COB, [["index", "geïndexeerd", "indexering"], ["4,1"]], CF,
      f"Voor de bijdragen van de gemeenten Zwolle en Deventer hanteren wij de gewogen loon- en prijsindex: "
      f"{dec(d.INDEX['2025'], 1)}% voor 2025")
tcase("as-c-tekst-03", "Waarom dalen de energiekosten van Collectie Overijssel in 2025?", COB,
      [["energiecontract", "contract"]], CF,
      "Huisvesting energie daalt van € 455.000 in 2024 naar € 398.000 in 2025 door het nieuwe energiecontract.")
tcase("as-c-tekst-04", "Waarvoor onttrekt Collectie Overijssel in 2025 geld aan de bestemmingsreserve Onderhoud?",
      COB, [["Eikenstraat", "Van Wevelinkhovenstraat"], ["210.000", "210"]], CF,
      "Het uitgestelde onderhoud aan het pand Eikenstraat/Van Wevelinkhovenstraat in Zwolle wordt in 2025 "
      "uitgevoerd; € 210.000 wordt onttrokken aan de bestemmingsreserve Onderhoud.")

# ================================================================================================ Twenterand
O37 = "Overzicht 3.7 Baten en lasten Sociaal Domein 2021"
O38 = "Overzicht 3.8 Baten en lasten per taakveld 2021"
O39 = "Overzicht 3.9 Verloop reserves Sociaal Domein 2021"
OVP = "Overzicht 3.6 Verplichte beleidsindicatoren 2021"
OI = {k: f"Overzicht 3.{i} Indicatoren {k}" for i, k in enumerate(d.DOELENBOMEN, start=1)}
PRIM, NW, REALC, VER = "Begroting 2021 primitief", "Begroting 2021 na wijziging", "Realisatie 2021", "Verschil"
CI = {PRIM: 0, NW: 1, REALC: 2}
LG, BG = "Lasten per doelenboom", "Baten per doelenboom"
TOT = {"Totaal programma lasten": d.T_TOT_LASTEN, "Totaal programma baten": d.T_TOT_BATEN,
       "Totaal saldo van baten en lasten": d.T_SALDO, "Mutaties reserves": d.T_MUT_RES,
       "Gerealiseerd resultaat": d.T_RESULTAAT}


def o37(row, col, group=LG):
    if row in d.DOELENBOMEN:
        t = (d.T_LASTEN if group == LG else d.T_BATEN)[row]
    else:
        t = TOT[row]
    want = abs(d.verschil(t)) if col == VER else t[CI[col]]
    return cell(TF, O37, row, col, want, group)


def o38(row, col, group="Lasten"):
    t = {"Lasten": d.TV_LASTEN, "Baten": d.TV_BATEN}.get(group, {}).get(row) or \
        {"0.10 Mutaties reserves": d.T_MUT_RES, "Saldo na mutaties reserves": d.T_RESULTAAT,
         "Totaal lasten": d.T_TOT_LASTEN, "Totaal baten": d.T_TOT_BATEN}[row]
    want = abs(d.verschil(t)) if col == VER else t[CI[col]]
    return cell(TF, O38, row, col, want, group)


def oind(doel, label, col):
    r = [x for x in d.T_IND[doel] if x[0] == label][0]
    want = {"Streefwaarde 2021": r[1], "Realisatie 2021": r[2], "Realisatie 2020": r[3]}[col]
    return cell(TF, OI[doel], label, col, want)


def sd(row, column="2021", group=LG):
    after = {LG: "Lasten per doelenboom", BG: "Baten per doelenboom", None: "Overzicht 3.1"}[group]
    return seed(row, column, after)


JL = "Jeugd"
add("as-t-01", *fturn(
    "Hoeveel heeft Twenterand in 2021 werkelijk uitgegeven aan Jeugd?", TWB, o37(JL, REALC),
    other=[sd(JL), o37(JL, PRIM), o37(JL, NW)],
    overlap={"year": "2021", "note": "begroting 2020 raming 2021 vs jaarstukken realisatie 2021"},
    comment="'werkelijk' = Realisatie 2021 of the jaarstukken (Overzicht 3.7, lasten Jeugd); the begroting 2020's "
            "raming for 2021 and the begroting 2021 columns are kept out."))
add("as-t-02", *fturn(
    "Welk bedrag stond in de programmabegroting 2020 als raming voor de lasten van Maatschappelijke ondersteuning "
    "in 2021?", TWB, sd("Maatschappelijke ondersteuning"),
    other=[o37("Maatschappelijke ondersteuning", PRIM), o37("Maatschappelijke ondersteuning", NW),
           o37("Maatschappelijke ondersteuning", REALC)],
    overlap={"year": "2021", "note": "the question names the programmabegroting 2020"},
    comment="Programmabegroting 2020, Overzicht 3.1, column 2021 (meerjarenraming); the jaarstukken' columns are "
            "kept out."), scope=TWB)
add("as-t-03", *fturn(
    "Wat was de oorspronkelijke (primitieve) begroting 2021 voor de lasten van Gezondheidszorg in Twenterand?", TWB,
    o37("Gezondheidszorg", PRIM), same=[sd("Gezondheidszorg")],
    other=[o37("Gezondheidszorg", NW), o37("Gezondheidszorg", REALC)],
    overlap={"year": "2021", "note": "primitieve begroting 2021 = the begroting 2020's raming for 2021"},
    comment="Jaarstukken 2021, Overzicht 3.7, Begroting 2021 primitief; the begroting 2020's raming for 2021 prints "
            "the same amount (one value). Na wijziging and realisatie are kept out."))
add("as-t-04", *fturn(
    "Hoeveel lagen de werkelijke lasten van Jeugd in 2021 hoger dan de raming voor 2021 in de programmabegroting "
    "2020 van Twenterand?", TWB, comp("sub", o37(JL, REALC), sd(JL)),
    other=[o37(JL, VER)],
    overlap={"year": "2021", "note": "computed across the two Twenterand documents"},
    comment="computed across documents: jaarstukken 2021 realisatie Jeugd minus the programmabegroting 2020's raming "
            "for 2021."))
add("as-t-05", *fturn(
    "Wat waren volgens de jaarstukken 2021 de werkelijke mutaties reserves van het programma Sociaal Domein van "
    "Twenterand?", TWB, o37("Mutaties reserves", REALC, BG),
    same=[o38("0.10 Mutaties reserves", REALC, "Mutaties reserves")],
    other=[sd("Mutaties reserves", group=None), o37("Mutaties reserves", NW, BG)],
    overlap={"year": "2021", "note": "begroting 2020 raming -218.784 vs realisatie"},
    comment="sign: negative = per saldo onttrekking (leeswijzer); Overzicht 3.7 and the taakveld overview print the "
            "same realisatie; the begroting 2020's raming for 2021 is kept out."))
add("as-t-06", *fturn(
    "Wat was het gerealiseerde resultaat van het programma Sociaal Domein van Twenterand over 2021?", TWB,
    o37("Gerealiseerd resultaat", REALC, BG),
    same=[o38("Saldo na mutaties reserves", REALC, "Mutaties reserves")],
    other=[seed("Geraamd resultaat", "2021"), o37("Gerealiseerd resultaat", NW, BG)],
    overlap={"year": "2021", "note": "geraamd resultaat 2021 (begroting 2020) vs gerealiseerd resultaat"},
    comment="Overzicht 3.7, Gerealiseerd resultaat, Realisatie 2021; the begroting 2020's 'Geraamd resultaat' for "
            "2021 is kept out."))
add("as-t-07", *fturn(
    "Hoe groot was bij Jeugd in 2021 het verschil tussen de begroting na wijziging en de realisatie van de lasten in "
    "Twenterand?", TWB, o37(JL, VER),
    accept=[prose(TF, f"Jeugd: € 412.000 nadelig door een toename van het aantal jeugdigen met verblijf",
                  "€ 412.000", 412000)],
    same=[comp("abs_sub", o37(JL, REALC), o37(JL, NW))],
    comment="sign: printed '412.317 N' — N = nadelig, the realisatie exceeds the begroting na wijziging (the "
            "document's verschil = na wijziging - realisatie = -412.317); expected as the amount 412.317. Accepted: "
            "'€ 412.000 nadelig' in the analysis."))
add("as-t-08", *fturn(
    "Hoeveel hoger waren de werkelijke lasten van Sociale zaken in 2021 dan de primitieve begroting 2021 in "
    "Twenterand?", TWB, comp("sub", o37("Sociale zaken", REALC), o37("Sociale zaken", PRIM)),
    other=[o37("Sociale zaken", VER)],
    comment="computed realisatie vs begroting: Realisatie 2021 minus Begroting 2021 primitief (not printed; the "
            "printed Verschil is against the begroting na wijziging)."))
add("as-t-09", *fturn(
    "Hoeveel jongeren kregen in 2021 jeugdzorg in Twenterand volgens de jaarstukken?", TWB,
    oind(JL, "Totaal aantal jeugdigen met jeugdhulp", "Realisatie 2021"),
    same=[prose(TF, "Het totaal aantal jeugdigen met jeugdhulp steeg naar 1.187", "1.187", 1187)],
    other=[oind(JL, "Totaal aantal jeugdigen met jeugdhulp", "Streefwaarde 2021"),
           oind(JL, "Totaal aantal jeugdigen met jeugdhulp", "Realisatie 2020"),
           cell(TF, OVP, "Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar)", "Twenterand 2021", 11.6)],
    unit="count", comment="indicator realisation 2021 (Overzicht 3.5; 'jeugdzorg' for the printed 'jeugdhulp'); the "
                          "streefwaarde, 2020 and the percentage of the verplichte indicatoren are kept out."))
add("as-t-10", *fturn(
    "Wat waren de werkelijke lasten van taakveld 6.72 maatwerkdienstverlening voor jeugd (18-) in Twenterand in 2021?", TWB,
    o38("6.72 Maatwerkdienstverlening 18-", REALC), other=[o38("6.72 Maatwerkdienstverlening 18-", NW)],
    comment="overview per taakveld (Overzicht 3.8, on its continuation page), lasten, Realisatie 2021."))
add("as-t-11", *fturn(
    "Wat waren de gerealiseerde baten van taakveld 6.3 Inkomensregelingen in 2021 in Twenterand?", TWB,
    o38("6.3 Inkomensregelingen", REALC, "Baten"), other=[o38("6.3 Inkomensregelingen", REALC, "Lasten")],
    comment="sign: baten are printed negative (leeswijzer, as in the programmabegroting): -15.366.162 kept."))
add("as-t-12", *fturn(
    "Wat was het saldo van de Reserve sociaal domein van Twenterand op 31 december 2021?", TWB,
    cell(TF, O39, "Reserve sociaal domein", "Saldo 31-12-2021", d.T_RES_ROWS[0][4]),
    other=[cell(TF, O39, "Reserve sociaal domein", "Saldo 1-1-2021", d.T_RES_ROWS[0][1])],
    comment="reserve table (Overzicht 3.9), Reserve sociaal domein, Saldo 31-12-2021."))
add("as-t-13", *fturn(
    "Hoeveel Tozo-aanvragen heeft Twenterand in 2021 afgehandelt?", TWB,
    prose(TF, f"In 2021 zijn {d.T_TOZO_AANVRAGEN} Tozo-aanvragen afgehandeld.", str(d.T_TOZO_AANVRAGEN),
          d.T_TOZO_AANVRAGEN), unit="count", comment="a figure only in prose (doelenboom Sociale zaken)."))
add("as-t-14", *fturn(
    "Met hoeveel procent overschreden de werkelijke lasten van Jeugd in 2021 de begroting na wijziging in "
    "Twenterand?", TWB, comp("pct_change", o37(JL, REALC), o37(JL, NW)), unit="percent", tol=0.05,
    comment="computed percentage: (realisatie - na wijziging) / na wijziging, lasten Jeugd 2021."))
add("as-t-15", *fturn(
    "Hoeveel gaf Twenterand in 2021 werkelijk uit aan Onderwijs en Gezondheidszorg samen?", TWB,
    comp("add", o37("Onderwijs", REALC), o37("Gezondheidszorg", REALC)),
    comment="computed sum of two realisaties 2021 (Overzicht 3.7, lasten)."))
add("as-t-16", *fturn(
    "Hoeveel voordeel boekte Twenterand in 2021 op de lasten van Maatschappelijke ondersteuning volgens de "
    "jaarstukken?", TWB, o37("Maatschappelijke ondersteuning", VER),
    accept=[prose(TF, "Maatschappelijke ondersteuning: € 421.000 voordelig", "€ 421.000", 421000)],
    other=[o37("Maatschappelijke ondersteuning", VER, BG)],
    comment="sign: printed '421.431 V' (V = voordelig, realisatie below the begroting na wijziging); expected as "
            "the amount. Accepted: '€ 421.000 voordelig' in the analysis. The baten row's 14.194 N is kept out."))
add("as-t-17", *fturn(
    "Hoeveel baten heeft het programma Sociaal Domein van Twenterand in 2021 werkelijk ontvangen?", TWB,
    o37("Totaal programma baten", REALC, BG), same=[o38("Totaal baten", REALC, "Baten")],
    other=[sd("Totaal programma baten", group=None), o37("Totaal programma baten", NW, BG)],
    overlap={"year": "2021", "note": "begroting 2020 raming vs realisatie"},
    comment="sign: baten printed negative (-19.486.533), kept; the begroting 2020's raming for 2021 is kept out."))
add("as-t-18", *fturn(
    "Hoeveel personen per 10.000 inwoners hadden in 2021 een bijstandsuitkering in Twenterand?", TWB,
    cell(TF, OVP, "Personen met een bijstandsuitkering (per 10.000 inwoners)", "Twenterand 2021", 268.4),
    other=[cell(TF, OVP, "Personen met een bijstandsuitkering (per 10.000 inwoners)", "Nederland 2021", 449.0)],
    unit="count", comment="verplichte beleidsindicator (Overzicht 3.6), Twenterand 2021; Nederland kept out."))

conv("as-t-conv-01", TWB, [
    fturn("Wat waren de werkelijke lasten van Sociale zaken in 2021 volgens de jaarstukken?", TWB,
          o37("Sociale zaken", REALC), other=[sd("Sociale zaken")],
          overlap={"year": "2021", "note": "realisatie vs begroting 2020 raming"}),
    fturn("En de baten?", TWB, o37("Sociale zaken", REALC, BG), other=[sd("Sociale zaken", group=BG)],
          comment="sign: baten printed negative"),
    fturn("En welke baten stonden er voor 2021 in de programmabegroting 2020?", TWB, sd("Sociale zaken", group=BG),
          other=[o37("Sociale zaken", PRIM, BG), o37("Sociale zaken", REALC, BG)],
          overlap={"year": "2021", "note": "raming in the begroting 2020"}),
], comment="conversation: Sociale zaken 2021, realisatie (jaarstukken) then the raming (programmabegroting 2020); "
           "baten printed negative in both documents, values keep the sign.")
conv("as-t-conv-02", TWB, [
    fturn("Hoeveel activeringstrajecten waren er in 2021 in Twenterand?", TWB,
          oind("Sociale zaken", "Aantal activeringstrajecten", "Realisatie 2021"),
          other=[oind("Sociale zaken", "Aantal activeringstrajecten", "Streefwaarde 2021")], unit="count"),
    fturn("En wat was de streefwaarde voor dat jaar?", TWB,
          oind("Sociale zaken", "Aantal activeringstrajecten", "Streefwaarde 2021"), unit="count"),
    fturn("En hoeveel waren het er werkelijk in 2020 volgens de jaarstukken 2021?", TWB,
          oind("Sociale zaken", "Aantal activeringstrajecten", "Realisatie 2020"),
          other=[seed("Aantal activeringstrajecten", "Begroot 2020")], unit="count",
          overlap={"year": "2020", "note": "begroting 2020 'Begroot 2020' (380) vs jaarstukken realisatie 2020"}),
], comment="conversation: an indicator's realisation and streefwaarde; 2020 realisatie vs the begroting's "
           "'Begroot 2020' (kept out).")
conv("as-t-conv-03", TWB, [
    fturn("Wat stond er in de programmabegroting 2020 aan lasten voor Gezondheidszorg in 2023?", TWB,
          sd("Gezondheidszorg", "2023")),
    refusal_turn("En in 2024?", "the programmabegroting 2020 runs to 2023; the jaarstukken 2021 hold only 2021 "
                 "(and indicator realisaties 2020)",
                 [{"rule": "seed_years", "documents": [SF], "year": "2024"},
                  {"rule": "absent_text", "documents": [TF], "text": "2024"},
                  {"rule": "other_body", "body": TWB}]),
], comment="conversation ending in a refusal: no document holds Gezondheidszorg for 2024.")

# ------------------------------------------------------------------------------------------------ TW text
tcase("as-t-tekst-01", "Waarom had Twenterand in 2021 een nadeel op Jeugd?", TWB,
      [["verblijf", "pleeggezin", "gezinshuis"], ["tarief", "tarieven"]], TF,
      "Jeugd: € 412.000 nadelig door een toename van het aantal jeugdigen met verblijf in een pleeggezin of "
      "gezinshuis en hogere tarieven voor specialistische jeugdhulp na de herindicaties in het Twents model.")
tcase("as-t-tekst-02", "Waardoor vielen de baten van Sociale zaken in Twenterand in 2021 hoger uit dan begroot?", TWB,
      [["Tozo", "TONK"], ["rijksvergoeding", "Rijk", "terugvordering"]], TF,
      "Sociale zaken, baten: € 586.000 voordelig door een hogere rijksvergoeding voor de Tozo en de TONK dan "
      "geraamd en meer terugvorderingen van ten onrechte verstrekte uitkeringen.")
tcase("as-t-tekst-03", "Wat houdt het doel 'Inwoners wonen langer zelfstandig thuis' van Twenterand in?", TWB,
      [["zelfredzaam", "zelfstandig"], ["woonservicegebied", "mantelzorg", "vrijwilliger"]], TF,
      "Wij streven ernaar dat inwoners zo lang mogelijk zelfredzaam blijven en, zolang dit mogelijk en wenselijk is, "
      "zelfstandig thuis wonen. Daarvoor zorgen wij voor goed ingerichte woonservicegebieden en ondersteunen wij "
      "mantelzorgers en vrijwilligers.")
tcase("as-t-tekst-04", "Waarom bleven de kosten van de Wmo-maatwerkvoorzieningen in Twenterand in 2021 onder de "
      "begroting?", TWB, [["corona"], ["huishoudelijke hulp", "begeleiding"]], TF,
      "De kosten bleven toch onder de begroting, omdat tijdens de coronamaatregelen minder huishoudelijke hulp en "
      "begeleiding werd geleverd dan was geïndiceerd.")

# ------------------------------------------------------------------------------------------------ which / any
which("as-t-welke-01", "Hoeveel was er in Twenterand voor Jeugd in 2021 begroot?",
      [sd(JL), o37(JL, PRIM), o37(JL, NW)],
      "'begroot voor 2021' fits the begroting 2020's raming for 2021, the primitieve begroting 2021 and the begroting "
      "2021 na wijziging")
which("as-t-welke-02", "Wat zijn de lasten van Onderwijs in Twenterand in 2021?",
      [sd("Onderwijs"), o37("Onderwijs", PRIM), o37("Onderwijs", NW), o37("Onderwijs", REALC)],
      "the lasten of Onderwijs for 2021 are printed as raming (begroting 2020), primitief, na wijziging and "
      "realisatie")
which("as-c-welke-01", "Wat is de stand van de reserve Onderhoud van Collectie Overijssel?",
      [real(20, "Onderhoud", "Ult.2023", -1, ["Eigen Vermogen - € '000", "Ult.2023"], after="Eigen Vermogen - € '000"),
       res("Onderhoud", "Stand 1-1-2025"), res("Onderhoud", "Stand 31-12-2025")],
      "the reserve Onderhoud stands at 1.117 at the end of 2023 (jaarstukken), 1.042 on 1-1-2025 and 832 on "
      "31-12-2025 (begroting)")
anyc("as-c-any-01", "Wat waren de totale lasten van Collectie Overijssel in 2023?", COB,
     [real21("Lasten", "Realisatie 2023"), cat("Lasten", "2023"), mjb("Totaal lasten", "2023", "Lasten"),
      real21("Lasten", "Begroting 2023")],
     [("7.727.604", mjb("Totaal lasten", "2024", "Lasten")), ("7.959.212", mjb("Totaal lasten", "2028", "Lasten"))],
     "2023 lasten: 6.781 x € 1.000 (jaarstukken and the begroting's category table), 6.780.912 in the begroting's "
     "euro table (not equal), and the begroting 2023 of 7.439 x € 1.000: the words do not decide")
anyc("as-t-any-01", "Hoeveel geld ging er in 2021 naar Sociale zaken in Twenterand?", TWB,
     [sd("Sociale zaken"), o37("Sociale zaken", PRIM), o37("Sociale zaken", NW), o37("Sociale zaken", REALC)],
     [("19.736.176", sd("Sociale zaken", "2020")), ("18.828.067", sd("Sociale zaken", "2023"))],
     "'ging er naar' does not say raming, begroting or realisatie: four different 2021 figures")

# ------------------------------------------------------------------------------------------------ refusals
OB = lambda b: {"rule": "other_body", "body": b}                                      # noqa: E731
ALL = "all"
REF = [
    ("as-x-weiger-01", "Wat waren de lasten van Jeugd in Twenterand in 2019?",
     "the Twenterand documents give the lasten for 2020-2023 (begroting) and 2021 (jaarstukken) only",
     [{"rule": "seed_years", "documents": [SF], "year": "2019"},
      {"rule": "absent_text", "documents": [TF], "text": "2019"}, OB(TWB)]),
    ("as-x-weiger-02", "Wat is de begrote bijdrage van de gemeente Zwolle aan Collectie Overijssel voor 2030?",
     "the begroting 2025 runs to 2028; the jaarstukken 2023 hold 2022-2023",
     [{"rule": "absent_text", "documents": [CF, RF], "text": "2030"}, OB(COB)]),
    ("as-x-weiger-03", "Hoeveel betaalt de gemeente Kampen aan Collectie Overijssel in 2025?",
     "Kampen is no member or DVO-partner named in any document",
     [{"rule": "absent_text", "documents": ALL, "text": "Kampen"}, {"rule": "not_in_manifest", "text": "Kampen"}]),
    ("as-x-weiger-04", "Wat waren de lasten van het sociaal domein van de gemeente Hengelo in 2021?",
     "no document of Hengelo",
     [{"rule": "absent_text", "documents": ALL, "text": "Hengelo"}, {"rule": "not_in_manifest", "text": "Hengelo"}]),
    ("as-x-weiger-05", "Wat is de bezoldiging van de directeur van Collectie Overijssel in 2025?",
     "the begroting 2025 gives no bezoldiging; the jaarstukken 2023 give 2022 and 2023 only",
     [{"rule": "absent_text", "documents": [CF], "text": "bezoldiging"},
      {"rule": "absent_regex", "documents": [RF], "text": r"2025(?!-2029)"}, OB(COB)]),
    ("as-x-weiger-06", "Hoeveel kost de bewaking van de depots van Collectie Overijssel in 2025?",
     "no document mentions bewaking",
     [{"rule": "absent_text", "documents": ALL, "text": "bewaking"}]),
    ("as-x-weiger-07", "Wat waren in 2021 de werkelijke lasten van taakveld 8.3 Wonen en bouwen in Twenterand?",
     "taakveld 8.3 is not part of the programma Sociaal Domein in either Twenterand document",
     [{"rule": "absent_text", "documents": [TF, SF], "text": "Wonen en bouwen"}, OB(TWB)]),
    ("as-x-weiger-08", "Hoeveel jeugdigen hadden in 2022 jeugdhulp in Twenterand?",
     "the indicators run to 2020 (begroting) and 2021 (jaarstukken)",
     [{"rule": "seed_indicator_years", "documents": [SF], "year": "2022"},
      {"rule": "absent_text", "documents": [TF], "text": "2022"}, OB(TWB)]),
]
for cid, q, why, absent in REF:
    t, p = refusal_turn(q, why, absent)
    add(cid, t, p, comment=f"refusal: {why}.")


# ================================================================================================ write
def main():
    head = [
        "# GENERATED by source/gen_cases.py — do not edit by hand (run source/build.sh).",
        "# set-as: a blind evaluation set (format: /work/shared/evals/FORMAT.md, version 1).",
        "# Corpus: the four documents of /work/main/corpus plus two FICTIONAL documents written for this set:",
        "#   collectie-overijssel-begroting-2025.pdf      — Collectie Overijssel, Begroting 2025 (FICTIONAL figures;",
        "#        only its column 'Realisatie 2023' of the category table repeats the real Jaarstukken 2023)",
        "#   twenterand-jaarstukken-2021-sociaal-domein.pdf — Twenterand, Jaarstukken 2021 programma Sociaal Domein",
        "#        (FICTIONAL figures; labels follow the real Programmabegroting 2020)",
        "# Values are in euros (x € 1.000 and € '000 cells x 1000) with the printed sign; `signed` is never set.",
        "# The comment above each case names its source, derivation, sign convention and accepted alternatives;",
        "# source/provenance.json records every location.",
        "version: 1",
        "cases:",
    ]
    out = list(head)
    for c in CASES:
        com = COMMENTS.get(c["id"], "")
        prov = PROV[c["id"]]
        ders = [f"derivation: {p['main']['derivation']}" for p in prov if p["kind"] == "figure" and
                "derivation" in p["main"]]
        for i, p in enumerate(prov):
            if p["kind"] == "figure" and p["accept"]:
                for a in p["accept"]:
                    if "derivation" in a:
                        ders.append(f"accepted derivation: {a['derivation']}")
        for line in [com] + ders:
            if line:
                for chunk in re.findall(r".{1,112}(?:\s|$)", line):
                    out.append("# " + chunk.strip())
        y = yaml.safe_dump([c], sort_keys=False, allow_unicode=True, width=120)
        out.append(y.rstrip("\n"))
    (SET / "cases.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(PROV, indent=1, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
    nturns = sum(len(PROV[c["id"]]) for c in CASES)
    print(f"wrote {SET / 'cases.yaml'}: {len(CASES)} cases, {nturns} turns")


if __name__ == "__main__":
    main()
