"""Write ../cases.yaml (FORMAT.md version 1) and provenance.json for set-bb.

Every expected, accepted and 'not accepted' figure is taken from the table objects the
generators render (or from a prose sentence / a line of a real text export), and located in
the finished documents with check.py's reader, which records the page, the label's first
line, the pdftotext -layout line and so on. check.py verifies it all again."""
import json
import os
import re

import check as C
import data as D
import gen_dinkelland as GD
import gen_stadsbank as GS
from fmt import grp, dec

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")

DKF = "dinkelland-programmabegroting-2026.pdf"
SBF = "stadsbank-oost-nederland-jaarstukken-2025.pdf"
DK20 = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
TW20 = "twenterand-programmabegroting-2020-sociaal-domein.txt"
WAS = "wassenaar-begroting-2024.pdf"
COL = "collectie-overijssel-jaarstukken-2023.pdf"
ALL = [TW20, DK20, WAS, COL, DKF, SBF]
MUNI = {DKF: "Dinkelland", SBF: "Stadsbank Oost Nederland", DK20: "Dinkelland", TW20: "Twenterand"}
SB = "Stadsbank Oost Nederland"
TABLES = {DKF: GD.all_tables(), SBF: GS.all_tables()}
TEXT_COLS = {"bron", "grond", "soort", "eh"}


def intify(v):
    v = round(v, 6)
    return int(round(v)) if abs(v - round(v)) < 1e-6 else v


def fmt_val(v):
    v = intify(v)
    if isinstance(v, int):
        return grp(abs(v))
    return dec(v, 2 if abs(v * 100 - round(v * 100)) < 1e-9 and abs(v * 10 - round(v * 10)) > 1e-9 else
               (1 if abs(v * 10 - round(v * 10)) < 1e-9 else 4))


# ------------------------------------------------------------------------------------
# sources
# ------------------------------------------------------------------------------------
def cell(doc, tid, row, col, group=None):
    t = TABLES[doc][tid]
    rows = t.rows
    if group:
        gi = [i for i, r in enumerate(rows) if r.label == group and r.style == "group"][0]
        r = [x for x in rows[gi + 1:] if x.label == row][0]
    else:
        r = t.row(row)
    printed = r.cells[col]
    present = [c.key for c in t.cols if r.cells.get(c.key)]
    c = t.col(col)
    scale = t.scale_factor
    unit_cell = None
    if t.scale_where == "column":
        unit_cell = r.cells["eh"]
        scale = 1000000 if unit_cell == "€ mln" else 1
    src = {"kind": "cell", "document": doc, "table": t.tid, "caption": t.caption, "group": group, "row": row,
           "column": col, "header": [x for x in c.lines if x], "col_group": c.group,
           "groups": [g for g, _ in t.groups() if g], "printed": printed, "col_index": present.index(col),
           "align": "left" if col in TEXT_COLS else "right", "scale_where": t.scale_where, "scale": scale,
           "scale_statement": t.scale, "corner": t.corner, "unit_cell": unit_cell}
    src["value"] = intify(C.parse_nl(printed) * scale)
    got = C.locate_cell(os.path.join(CORPUS, doc), src)
    for k in ("page", "caption_page", "continued", "label_first_line", "label_lines", "layout_line"):
        src[k] = got[k]
    return src


def prose(doc, anchor, printed, scale=1):
    src = {"kind": "prose", "document": doc, "anchor": anchor, "printed": printed, "scale": scale}
    src["page"] = C.locate_prose(os.path.join(CORPUS, doc), anchor)["page"]
    src["value"] = intify(C.parse_nl(printed) * scale)
    return src


def real(doc, contains, printed, scale=1):
    lines = open(os.path.join(CORPUS, doc), encoding="utf-8").read().splitlines()
    hits = [i + 1 for i, l in enumerate(lines) if C.norm(contains) in C.norm(l)]
    assert len(hits) == 1, (contains, hits)
    return {"kind": "real_text", "document": doc, "line": hits[0], "contains": contains, "printed": printed,
            "scale": scale, "value": intify(C.parse_nl(printed) * scale)}


def describe(s):
    if s["kind"] == "cell":
        col = " / ".join(([s["col_group"]] if s["col_group"] else []) + s["header"])
        lab = f"'{s['row']}'" if s["label_lines"] == 1 else \
            f"'{s['row']}' (label over {s['label_lines']} lines; figures on the first, '{s['label_first_line']}')"
        grp_ = f" under '{s['group']}'" if s.get("group") else ""
        page = f"page {s['page']}" + (f" (continuation of the table from page {s['caption_page']}, no header row)"
                                      if s["continued"] else "")
        scale = {1: "", 1000: ", x € 1.000", 1000000: ", € mln"}[s["scale"]]
        return (f"{s['document']} | {s['caption']} | {page} | row {lab}{grp_} | column '{col}' | printed "
                f"'{s['printed']}'{scale} -> {fmt_val(s['value'])}")
    if s["kind"] == "prose":
        return f"{s['document']} | page {s['page']} | prose: \"{s['anchor']}\" | printed '{s['printed']}'"
    return f"{s['document']} line {s['line']} | \"{s['contains']}\" | printed '{s['printed']}'"


# ------------------------------------------------------------------------------------
# turns
# ------------------------------------------------------------------------------------
def fig(q, sources, unit, muni, value=None, op=None, derivation=None, accept=(), other=(), tol=None, note=None,
        scope=None):
    if value is None:
        vals = {abs(s["value"]) for s in sources}
        assert len(vals) == 1, (q, vals)
        value = vals.pop()
    value = intify(abs(value))
    exp = {"value": value}
    acc = []
    for a in accept:
        av = {abs(s["value"]) for s in a}
        assert len(av) == 1
        acc.append({"value": intify(av.pop()), "sources": list(a)})
    if acc:
        exp["accept"] = sorted(a["value"] for a in acc)
    if tol:
        exp["tolerance"] = tol
    exp["unit"] = unit
    exp["municipality"] = muni
    oth = [{"value": intify(abs(s["value"])), "why": why, "source": s} for s, why in other]
    for o in oth:
        assert all(abs(o["value"] - x) > (tol or 0) for x in [value] + exp.get("accept", [])), (q, o["value"])
    prov = {"kind": "figure", "main": {"value": value, "sources": list(sources), "op": op, "derivation": derivation},
            "accept": acc, "other": oth}
    com = [f"Q: {q}"]
    for s in sources:
        com.append(("  used: " if op else "  value: ") + describe(s))
    if op:
        com.append(f"  computed ({op}): {derivation}")
    for a in acc:
        for s in a["sources"]:
            com.append(f"  also accepted {fmt_val(a['value'])}, printed rounded: " + describe(s))
    if tol:
        com.append(f"  tolerance {tol}")
    for o in oth:
        com.append(f"  NOT accepted {fmt_val(o['value'])} ({o['why']}): " + describe(o["source"]))
    if note:
        com.append("  note: " + note)
    turn = {"question": q, "kind": "figure", "expect": exp}
    if scope:
        turn["municipality"] = scope
    return turn, prov, com


def refusal(q, why, absent, scope=None):
    turn = {"question": q, "kind": "refusal"}
    if scope:
        turn["municipality"] = scope
    com = [f"Q: {q}", f"  refusal: {why}"]
    for r in absent:
        if r["rule"] == "no_document":
            com.append(f"  checked: no document of {r['municipality']} in the corpus")
        else:
            com.append(f"  checked: '{r.get('text', r.get('regex'))}' absent from {', '.join(r['documents'])}")
    return turn, {"kind": "refusal", "why": why, "absent": absent}, com


def text(q, doc, passage, include, scope=None, note=None):
    path = os.path.join(CORPUS, doc)
    if doc.endswith(".pdf"):
        where = {"document": doc, "page": C.locate_prose(path, passage)["page"], "passage": passage}
    else:
        lines = open(path, encoding="utf-8").read().splitlines()
        hits = [i + 1 for i, l in enumerate(lines) if C.norm(passage) in C.norm(l)]
        assert len(hits) == 1, (passage, hits)
        where = {"document": doc, "line": hits[0], "passage": passage}
    turn = {"question": q, "kind": "text", "expect": {"include": include, "municipality": MUNI[doc]}}
    if scope:
        turn["municipality"] = scope
    loc = f"page {where['page']}" if "page" in where else f"line {where['line']}"
    com = [f"Q: {q}", f"  text: {doc} | {loc} | \"{passage}\"", f"  include: {json.dumps(include, ensure_ascii=False)}"]
    if note:
        com.append("  note: " + note)
    return turn, {"kind": "text", "where": where}, com


def anyturn(q, doc, exclude, why, scope=None):
    turn = {"question": q, "kind": "any", "expect": {"exclude": exclude, "municipality": MUNI[doc]}}
    if scope:
        turn["municipality"] = scope
    com = [f"Q: {q}", f"  any: {why}", f"  exclude {exclude}: absent from {doc}"]
    return turn, {"kind": "any", "exclude_absent_in": doc, "why": why}, com


def diff_der(a, b, r):
    return f"{grp(a)} - {grp(b)} = {grp(r)}"


# ------------------------------------------------------------------------------------
# the cases
# ------------------------------------------------------------------------------------
def build_cases():
    out = []   # (id, scope, [turn tuples], header comment)

    def case(cid, turns, scope=None, head=None):
        out.append((cid, scope, turns, head))

    # ---------------- Dinkelland, Programmabegroting 2026 ----------------
    l26 = cell(DKF, "T3.3", "Lasten", "2026")
    l29 = cell(DKF, "T3.3", "Lasten", "2029")
    case("bb-dk-conv-vitale-kernen", [
        fig("Wat zijn de lasten van het programma Vitale kernen in de begroting 2026?",
            [l26, cell(DKF, "T4.1", "2 Vitale kernen", "2026L")], "EUR", "Dinkelland",
            accept=[[cell(DKF, "T2.2", "Vitale kernen", "L")]],
            other=[(cell(DKF, "T3.3", "Lasten", "2025"), "begroting 2025 na wijziging"),
                   (cell(DKF, "T3.3", "Lasten", "2024"), "rekening 2024")]),
        fig("En in 2029?", [l29, cell(DKF, "T4.1", "2 Vitale kernen", "2029L")], "EUR", "Dinkelland",
            other=[(cell(DKF, "T3.3", "Lasten", "2028"), "raming 2028")]),
        fig("Hoeveel is dat minder dan in 2026?", [l26, l29], "EUR", "Dinkelland", value=64000, op="difference",
            derivation=diff_der(14492000, 14428000, 64000)),
    ], scope="Dinkelland", head="Dinkelland begroting 2026: a programme's lasten over the meerjarenraming")

    case("bb-dk-ozb-tarief", [
        fig("Wat is het OZB-tarief voor eigenaren van een woning in 2026?",
            [cell(DKF, "T5.2", "OZB woningen, eigenaar", "2026")], "percent", "Dinkelland",
            other=[(cell(DKF, "T5.2", "OZB woningen, eigenaar", "2025"), "tarief 2025"),
                   (cell(DKF, "T5.2", "OZB niet-woningen, eigenaar", "2026"), "niet-woningen")],
            note="the tariff is a percentage of the WOZ-waarde, printed with four decimals"),
    ], scope="Dinkelland")

    wl = cell(DKF, "T6.1", "Totaal woonlasten", "2026", group="Meerpersoonshuishouden")
    case("bb-dk-conv-woonlasten", [
        fig("Hoeveel betaalt een meerpersoonshuishouden in 2026 aan woonlasten?", [wl], "EUR", "Dinkelland",
            other=[(cell(DKF, "T6.1", "Totaal woonlasten", "2026", group="Eenpersoonshuishouden"),
                    "eenpersoonshuishouden"),
                   (cell(DKF, "T6.1", "Totaal woonlasten", "2025", group="Meerpersoonshuishouden"), "2025")]),
        fig("Met hoeveel procent stijgen die woonlasten ten opzichte van 2025?",
            [cell(DKF, "T6.1", "Totaal woonlasten", "st", group="Meerpersoonshuishouden")], "percent", "Dinkelland",
            tol=0.05, note="printed 8,5%; (991,63 / 914,17 - 1) x 100 = 8,47 is within the tolerance",
            other=[(cell(DKF, "T6.1", "Totaal woonlasten", "st", group="Eenpersoonshuishouden"),
                    "eenpersoonshuishouden")]),
    ], scope="Dinkelland", head="woonlasten: euros and percentages in one table, two groups with the same row labels")

    case("bb-dk-dekkingsmiddelen", [
        fig("Hoeveel algemene dekkingsmiddelen heeft Dinkelland in 2026 in totaal?",
            [cell(DKF, "T5.1", "Totaal algemene dekkingsmiddelen", "2026"),
             cell(DKF, "T4.1", "Algemene dekkingsmiddelen", "2026B")], "EUR", "Dinkelland",
            accept=[[cell(DKF, "T2.2", "Algemene dekkingsmiddelen", "B")]],
            other=[(cell(DKF, "T5.1", "Totaal algemene dekkingsmiddelen", "2025"), "begroting 2025"),
                   (cell(DKF, "T5.1", "Algemene uitkering gemeentefonds", "2026"), "only the algemene uitkering")],
            note="Tabel 5.1 prints its total row at the top, above the parts"),
    ])

    case("bb-dk-resultaat-2027", [
        fig("Met welk resultaat sluit de meerjarenraming van Dinkelland in 2027?",
            [cell(DKF, "T4.1", "Geraamd resultaat", "2027S"),
             prose(DKF, "Ook 2027 sluit negatief, met een tekort van € 688.000.", "€ 688.000")], "EUR", "Dinkelland",
            other=[(cell(DKF, "T4.1", "Geraamd resultaat", "2026S"), "2026"),
                   (cell(DKF, "T4.1", "Totaal saldo van baten en lasten", "2027S"), "saldo before reserves")],
            note="a nadeel, printed '688-' (trailing minus) on the landscape page"),
    ])

    case("bb-dk-conv-algemene-reserve", [
        fig("Hoeveel zit er eind 2026 in de algemene reserve?", [cell(DKF, "T7.1", "Algemene reserve", "s1")],
            "EUR", "Dinkelland",
            other=[(cell(DKF, "T7.1", "Algemene reserve", "s0"), "stand 1 januari 2026"),
                   (cell(DKF, "T6.3", "Algemene reserve (stand 1 januari 2026)", "v"), "stand 1 januari 2026")]),
        fig("En eind 2029?", [cell(DKF, "T7.1", "Algemene reserve", "s4")], "EUR", "Dinkelland"),
        refusal("En eind 2030?", "the reserve table stops at 31-12-2029; no document gives 2030",
                [{"rule": "absent_text", "documents": [DKF], "text": "2030"}]),
    ], scope="Dinkelland")

    inv = D.INVESTERINGEN[0][0]
    case("bb-dk-bentheimerstraat", [
        fig("hoeveel geld gaat er in 2027 naar de bentheimerstraat in denekamp?", [cell(DKF, "T6.6", inv, "2027")],
            "EUR", "Dinkelland",
            other=[(cell(DKF, "T6.6", inv, "2026"), "2026"), (cell(DKF, "T6.6", inv, "tot"), "total 2026-2029")],
            note="the row label wraps over three lines; the figures stand on the first"),
    ])

    p1 = cell(DKF, "T4.1", "1 Inclusieve samenleving", "2026L")
    tot = cell(DKF, "T4.1", "Totaal saldo van baten en lasten", "2026L")
    case("bb-dk-aandeel-inclusief", [
        fig("welk deel van alle lasten van dinkelland in 2026 gaat naar de inclusieve samenleving?", [p1, tot],
            "percent", "Dinkelland", value=45.79, op="share",
            derivation="35.007.000 / 76.454.000 x 100 = 45,79", tol=0.1,
            note="from the one-glance table in EUR mln: 35,0 / 76,5 x 100 = 45,75, within the tolerance; "
                 "over the lasten including the toevoegingen aan reserves (77.266) it is 45,31: not accepted"),
    ])

    case("bb-dk-taakveld-63", [
        fig("Wat is het saldo van taakveld 6.3 Inkomensregelingen in de begroting 2026?",
            [cell(DKF, "TB1", "6.3 Inkomensregelingen", "S")], "EUR", "Dinkelland",
            other=[(cell(DKF, "TB1", "6.3 Inkomensregelingen", "L"), "lasten"),
                   (cell(DKF, "TB1", "6.3 Inkomensregelingen", "B"), "baten")],
            note="printed in parentheses '(1.933.885)', a nadelig saldo; compared as an absolute value"),
    ], scope="Dinkelland")

    # ---------------- Stadsbank, Jaarstukken 2025 ----------------
    w = cell(SBF, "S2.2", "Totaal lasten", "werk")
    nw = cell(SBF, "S2.2", "Totaal lasten", "nawijz")
    case("bb-sb-conv-schuldhulp", [
        fig("Wat waren de werkelijke lasten van het programma Schuldhulpverlening in 2025?",
            [w, cell(SBF, "S4.1", "Lasten schuldhulpverlening", "werk")], "EUR", SB,
            other=[(nw, "begroot na wijziging"), (cell(SBF, "S2.2", "Totaal lasten", "prim"), "begroot primitief"),
                   (cell(SBF, "S2.2", "Totaal lasten", "2024"), "werkelijk 2024")]),
        fig("En hoeveel was daarvoor begroot na wijziging?",
            [nw, cell(SBF, "S4.1", "Lasten schuldhulpverlening", "nawijz")], "EUR", SB,
            other=[(cell(SBF, "S2.2", "Totaal lasten", "prim"), "begroot primitief")]),
        fig("Hoeveel lager vielen de lasten dus uit?",
            [nw, w, prose(SBF, "De lasten van het programma Schuldhulpverlening bleven € 302.153 onder de begroting "
                               "na wijziging.", "€ 302.153")], "EUR", SB, value=302153, op="difference",
            derivation=diff_der(10565000, 10262847, 302153)),
    ], scope=SB, head="Stadsbank jaarstukken 2025: '2025' printed once over Begroot primitief / Begroot na "
                      "wijziging / Werkelijk")

    case("bb-sb-kv-primitief", [
        fig("Wat stond er in de primitieve begroting 2025 aan baten voor kredietverlening?",
            [cell(SBF, "S2.5", "Totaal baten", "prim"), cell(SBF, "S4.1", "Baten kredietverlening", "prim")],
            "EUR", SB,
            other=[(cell(SBF, "S2.5", "Totaal baten", "nawijz"), "na wijziging"),
                   (cell(SBF, "S2.5", "Totaal baten", "werk"), "werkelijk")]),
    ], scope=SB)

    case("bb-sb-conv-twenterand", [
        fig("wat heeft twenterand in 2025 werkelijk aan de stadsbank betaalt?",
            [cell(SBF, "S3.3", "Twenterand", "werk")], "EUR", SB,
            other=[(cell(SBF, "S3.3", "Twenterand", "begr"), "begroot 2025")],
            note="Twenterand's row is on the continuation page of the member table, which repeats no header"),
        fig("Hoeveel is dat per inwoner?", [cell(SBF, "S3.3", "Twenterand", "pi")], "EUR", SB, tol=0.01,
            note="printed € 12,49; 426.269 / 34.126 = 12,491"),
        fig("En voor hoeveel trajecten betaalde Twenterand?", [cell(SBF, "S3.3", "Twenterand", "tr")], "count", SB),
    ], head="a member of the GR asked in residents' words (lower case, 'betaalt' for 'betaald')")

    case("bb-sb-hengelo-aandeel", [
        fig("hoeveel procent van alle bijdragen aan de stadsbank kwam in 2025 van hengelo?",
            [cell(SBF, "S3.3", "Hengelo", "aand")], "percent", SB, tol=0.05,
            note="printed 8,4%; 945.873 / 11.308.403 x 100 = 8,36 is within the tolerance",
            other=[(cell(SBF, "S3.3", "Hengelo", "pi"), "per inwoner (euros)")]),
    ])

    case("bb-sb-uitstaande-kredieten", [
        fig("Hoeveel krediet had de Stadsbank eind 2025 uitstaan bij inwoners?",
            [cell(SBF, "S2.3", "Stand uitstaande kredieten op 31 december", "2025"),
             cell(SBF, "S2.4", "Totaal", "uit")], "EUR", SB,
            accept=[[cell(SBF, "S1.1", "Uitstaande kredieten op 31 december", "2025")]],
            other=[(cell(SBF, "S2.3", "Stand uitstaande kredieten op 31 december", "2024"), "31 december 2024"),
                   (cell(SBF, "S4.3", "Verstrekte kredieten aan inwoners", "2025"),
                    "balance sheet value after the voorziening dubieuze debiteuren")]),
    ])

    case("bb-sb-resultaat", [
        fig("Wat is het resultaat van de Stadsbank Oost Nederland over 2025?",
            [cell(SBF, "S4.1", "Resultaat", "werk"), cell(SBF, "S4.2", "Resultaat 2025", "v"),
             prose(SBF, "De jaarrekening 2025 sluit met een positief resultaat van € 403.151.", "€ 403.151")],
            "EUR", SB, accept=[[cell(SBF, "S1.1", "Resultaat", "2025")]],
            other=[(cell(SBF, "S4.1", "Resultaat", "2024"), "resultaat 2024"),
                   (cell(SBF, "S4.1", "Saldo van baten en lasten", "werk"), "saldo before the reserve mutations")]),
    ])

    case("bb-sb-onttrekking-digitalisering", [
        fig("Hoeveel is er in 2025 uit de bestemmingsreserve digitalisering gehaald?",
            [cell(SBF, "S4.5", "Bestemmingsreserve digitalisering", "o")], "EUR", SB,
            other=[(cell(SBF, "S4.5", "Bestemmingsreserve digitalisering", "s"), "stand 1-1-2025"),
                   (cell(SBF, "S4.5", "Bestemmingsreserve digitalisering", "e"), "stand 31-12-2025")],
            note="printed with a trailing minus '118.450-'"),
    ], scope=SB)

    case("bb-sb-fte-krediet", [
        fig("Hoeveel fte werkten er eind 2025 bij de afdeling Kredietverlening van de Stadsbank?",
            [cell(SBF, "S2.6", "Kredietverlening", "b25")], "count", SB,
            other=[(cell(SBF, "S2.6", "Kredietverlening", "f"), "formatie 2025"),
                   (cell(SBF, "S2.6", "Kredietverlening", "b24"), "bezetting 31-12-2024")]),
    ])

    case("bb-sb-groei-aanmeldingen", [
        fig("met hoeveel procent stegen de aanmeldingen bij de stadsbank in 2025",
            [prose(SBF, "Het aantal aanmeldingen voor schuldhulpverlening steeg met 8,6% tot 3.412.", "8,6%")],
            "percent", SB, tol=0.05,
            note="also in the orange box beside the bar chart ('8,6% meer dan in 2024'); (3.412 / 3.142 - 1) x 100 = "
                 "8,59"),
    ])

    # ---------------- across documents ----------------
    bew = cell(DKF, "T3.1", "Percentage inwoners die voldoende bewegen", "real")
    bew20 = real(DK20, "Percentage inwoners die voldoende bewegen Volwassenen- en ouderenmonitor begin en einde "
                       "raadsperiode 2021 2016 62% 66%", "62%")
    bew20s = real(DK20, "Percentage inwoners die voldoende bewegen Volwassenen- en ouderenmonitor begin en einde "
                        "raadsperiode 2021 2016 62% 66%", "66%")
    case("bb-x-conv-bewegen", [
        fig("Welk percentage van de inwoners beweegt voldoende volgens de laatste meting in de begroting 2026?",
            [bew], "percent", "Dinkelland",
            other=[(cell(DKF, "T3.1", "Percentage inwoners die voldoende bewegen", "streef"), "streefwaarde 2026"),
                   (bew20, "nulmeting 2016 in the real Begroting 2020"),
                   (bew20s, "SOLL 2022 in the real Begroting 2020")]),
        fig("En hoeveel was dat bij de nulmeting in de begroting 2020?", [bew20], "percent", "Dinkelland",
            other=[(bew20s, "SOLL 2022")],
            note="the real Begroting 2020 prints 'IST IST SOLL 2022' over '2016 62% 66%': 62% is the 2016 measurement"),
        fig("Hoeveel procentpunt is dat gestegen?", [bew, bew20], "percent", "Dinkelland", value=2, op="difference",
            derivation="64 - 62 = 2"),
    ], scope="Dinkelland", head="the fictional begroting 2026 next to the real Begroting 2020 of Dinkelland")

    case("bb-x-sport-als-middel", [
        fig("Hoeveel meer is er in 2026 beschikbaar voor Sport als middel dan in de begroting 2020?",
            [prose(DKF, "Voor Sport als middel is in 2026 € 75.000 beschikbaar.", "€ 75.000"),
             real(DK20, "Sport als middel (€ 52.000)", "€ 52.000")], "EUR", "Dinkelland", value=23000,
            op="difference", derivation=diff_der(75000, 52000, 23000)),
    ], scope="Dinkelland")

    case("bb-x-leefbaarheidsfonds", [
        fig("Hoeveel groter is het budget van het leefbaarheidsfonds in 2026 dan het bedrag dat bij het opstellen "
            "van de begroting 2020 in het stimuleringsfonds zat?",
            [prose(DKF, "Het leefbaarheidsfonds heeft in 2026 een budget van € 250.000.", "€ 250.000"),
             real(DK20, "Ten tijde van het opstellen van de begroting 2020 bedraagt het stimuleringsfonds € 228.000.",
                  "€ 228.000")], "EUR", "Dinkelland", value=22000, op="difference",
            derivation=diff_der(250000, 228000, 22000),
            note="from the € 240.000 made available in the begroting 2019 the difference would be 10.000: not "
                 "accepted (the question names the amount at the time the begroting 2020 was drawn up)"),
    ], scope="Dinkelland")

    b26 = cell(DKF, "T6.5", "Stadsbank Oost Nederland", "2026")
    dkw = cell(SBF, "S3.3", "Dinkelland", "werk")
    case("bb-x-conv-dinkelland-stadsbank", [
        fig("Welke bijdrage aan de Stadsbank Oost Nederland heeft Dinkelland voor 2026 begroot?", [b26], "EUR",
            "Dinkelland", other=[(cell(DKF, "T6.5", "Stadsbank Oost Nederland", "2025"), "bijdrage 2025")]),
        fig("En wat betaalde Dinkelland in 2025 werkelijk volgens de jaarstukken van de Stadsbank?", [dkw], "EUR", SB,
            other=[(cell(SBF, "S3.3", "Dinkelland", "begr"), "begroot 2025 (the Stadsbank's)"),
                   (cell(DKF, "T6.5", "Stadsbank Oost Nederland", "2025"), "Dinkelland's own 2025 figure")]),
        fig("Hoeveel hoger is de begrote bijdrage voor 2026 dan dat bedrag?", [b26, dkw], "EUR", "Dinkelland",
            value=12819, op="difference", derivation=diff_der(329600, 316781, 12819)),
    ], head="Dinkelland's begroting 2026 next to the Stadsbank's jaarstukken 2025")

    tw = cell(SBF, "S3.3", "Twenterand", "werk")
    soc = real(TW20, "Sociale zaken 19.736.176 19.305.855 19.100.574 18.828.067", "19.736.176")
    case("bb-x-twenterand-sociale-zaken", [
        fig("Hoeveel procent van de begrote lasten voor Sociale zaken 2020 van Twenterand is de bijdrage die "
            "Twenterand in 2025 werkelijk aan de Stadsbank betaalde?", [tw, soc], "percent", SB, value=2.16,
            op="share", derivation="426.269 / 19.736.176 x 100 = 2,16", tol=0.01,
            note="Sociale zaken 2020 from the real Twenterand programmabegroting 2020 (column 2020 of Overzicht 3.1)"),
    ], head="the Stadsbank's member table next to the real Twenterand begroting 2020")

    # ---------------- refusals ----------------
    case("bb-r-lasten-2030", [refusal("Wat zijn de lasten van Inclusieve samenleving in 2030?",
                                      "the meerjarenraming ends in 2029; the real Begroting 2020 prints no lasten",
                                      [{"rule": "absent_text", "documents": [DKF], "text": "2030"}])],
         scope="Dinkelland")
    case("bb-r-tubbergen-2024", [refusal("Hoeveel betaalde Tubbergen in 2024 aan de Stadsbank?",
                                         "the member table gives 2025 only (begroot and werkelijk); 2024 is printed "
                                         "only as the total of all members",
                                         [{"rule": "absent_text", "documents": [SBF], "text": "bijdrage 2024"},
                                          {"rule": "no_document", "municipality": "Tubbergen"}])])
    case("bb-r-twenterand-2026", [refusal("Hoeveel gaat Twenterand in 2026 aan de Stadsbank betalen?",
                                          "the jaarstukken 2025 give no 2026 contributions and Twenterand's own "
                                          "document (2020) does not name the Stadsbank",
                                          [{"rule": "absent_text", "documents": [SBF], "text": "bijdrage 2026"},
                                           {"rule": "absent_text", "documents": [TW20], "text": "Stadsbank"}])])
    case("bb-r-ozb-tubbergen", [refusal("Wat is het OZB-tarief voor woningen in Tubbergen in 2026?",
                                        "Tubbergen has no document; Dinkelland's tariff is not Tubbergen's",
                                        [{"rule": "no_document", "municipality": "Tubbergen"}])])
    case("bb-r-deventer", [refusal("Hoeveel schuldhulptrajecten had de gemeente Deventer in 2025 bij de Stadsbank?",
                                   "Deventer is no member in the (fictional) member table; of the other documents "
                                   "only the Collectie Overijssel jaarstukken name Deventer, which hold no schuldhulp",
                                   [{"rule": "absent_text", "documents": [SBF, DKF, DK20, TW20], "text": "Deventer"}])])
    case("bb-r-directeur", [refusal("Hoeveel verdient de directeur van de Stadsbank Oost Nederland?",
                                    "the jaarstukken print no WNT table or salaries",
                                    [{"rule": "absent_text", "documents": [SBF], "text": "directeur"},
                                     {"rule": "absent_text", "documents": [SBF], "text": "bezoldiging"},
                                     {"rule": "absent_text", "documents": [SBF], "text": "WNT"}])])
    case("bb-r-vitale-kernen-2023", [refusal("Wat waren de werkelijke lasten van Vitale kernen in 2023?",
                                             "the begroting 2026 starts at the rekening 2024; the real Begroting "
                                             "2020 prints no lasten",
                                             [{"rule": "absent_text", "documents": [DKF], "text": "2023"}])],
         scope="Dinkelland")
    case("bb-r-sporthal-denekamp", [refusal("Hoeveel kost de nieuwe sporthal in Denekamp?",
                                            "no Dinkelland document plans a sporthal",
                                            [{"rule": "absent_text", "documents": [DKF, DK20], "text": "sporthal"}])])

    # ---------------- text ----------------
    case("bb-dk-tekst-ravijnjaar", [text(
        "Waarom is 2026 voor Dinkelland een ravijnjaar?", DKF,
        "Vanaf 2026 groeit het gemeentefonds niet langer mee met de rijksuitgaven volgens de systematiek van 'samen "
        "de trap op, samen de trap af'. Tegelijk vervallen de tijdelijke extra middelen voor de jeugdzorg en gaat de "
        "opschalingskorting weer in.",
        ["gemeentefonds", ["jeugdzorg", "opschalingskorting", "trap af", "rijksuitgaven"]])])
    case("bb-dk-tekst-bibliotheek", [text(
        "gaat de bieb in weerselo dicht?", DKF,
        "Het servicepunt van de bibliotheek in Weerselo sluit per 1 juli 2027 (maatregel B2). Inwoners kunnen daarna "
        "terecht in de bibliotheken van Denekamp en Ootmarsum en bij de bibliotheekbus.",
        [["sluit", "sluiting", "dicht"], "2027"])])
    case("bb-dk-tekst-actielijnen", [text(
        "Welke actielijnen heeft het programma Inclusieve samenleving in de begroting 2026?", DKF,
        "Het programma kent vier actielijnen: Langer gezond, Versterken sociale basis, Zorg meer nabij en Meer "
        "inwoners kunnen meedoen.",
        ["Langer gezond", "Zorg meer nabij", ["Versterken sociale basis", "sociale basis"],
         ["Meer inwoners kunnen meedoen", "meedoen"]])], scope="Dinkelland")
    case("bb-dk-tekst-bezuinigingen", [text(
        "Welke bezuinigingen stelt het college van Dinkelland voor?", DKF,
        "Wel vragen wij een bijdrage van verenigingen en instellingen via een korting van 10% op de "
        "waarderingssubsidies, sluiten wij het servicepunt van de bibliotheek in Weerselo per 1 juli 2027 en verlagen "
        "wij het onderhoudsniveau van het openbaar groen. Daarnaast stijgen de OZB en de toeristenbelasting.",
        [["subsidie", "waarderingssubsidies"], ["OZB", "onroerendezaakbelasting"], ["bibliotheek", "Weerselo"]])])
    case("bb-dk-tekst-schulden", [text(
        "ik woon in ootmarsum en zit met schulden, waar kan ik terecht", DKF,
        "Inwoners met geldzorgen kunnen terecht bij het team Geldzaken van Noaberkracht. Voor schuldhulpverlening en "
        "kredietverlening werken wij samen met de Stadsbank Oost Nederland.",
        [["Stadsbank", "Geldzaken"]],
        note="Ootmarsum is a kern of Dinkelland; the Stadsbank's jaarstukken describe the same help")])
    case("bb-sb-tekst-bijdrage", [text(
        "Hoe wordt de bijdrage van een gemeente aan de Stadsbank berekend?", SBF,
        "De bijdrage van elke gemeente bestaat uit een vast deel en een variabel deel. Het vaste deel is € 6,50 per "
        "inwoner op 1 januari 2025. Het variabele deel is € 1.450 per traject schuldhulpverlening dat in 2025 voor "
        "een inwoner van de gemeente is uitgevoerd.",
        [["per inwoner", "inwoner"], ["traject", "trajecten"]])])
    case("bb-sb-tekst-aanmeldingen", [text(
        "Waarom kwamen er in 2025 meer aanmeldingen bij de Stadsbank?", SBF,
        "De stijging komt vooral door de gestegen vaste lasten van huishoudens (huur, energie en zorgpremie) en "
        "doordat de vroegsignalering meer inwoners eerder in beeld bracht.",
        [["vaste lasten", "huur", "energie", "zorgpremie"], "vroegsignalering"])])
    case("bb-sb-tekst-resultaatbestemming", [text(
        "Wat stelt de Stadsbank voor met het resultaat over 2025?", SBF,
        "Wij stellen het algemeen bestuur voor om € 120.000 toe te voegen aan de algemene reserve, € 100.000 aan de "
        "bestemmingsreserve digitalisering en het restant van € 183.151 terug te betalen aan de deelnemende gemeenten "
        "naar rato van hun bijdrage over 2025.",
        ["algemene reserve", ["terug", "terugbetalen", "terugbetaling"]])], scope=SB)
    case("bb-sb-tekst-lagere-lasten", [text(
        "Waarom waren de lasten van schuldhulpverlening in 2025 lager dan begroot?", SBF,
        "Vacatures voor schuldhulpverleners werden later ingevuld dan gepland, omdat de arbeidsmarkt krap is.",
        [["vacature", "vacatures", "arbeidsmarkt"]])], scope=SB)
    case("bb-sb-tekst-duurzaamheidslening", [text(
        "Wat is een duurzaamheidslening van de Stadsbank?", SBF,
        "Met een duurzaamheidslening kunnen huiseigenaren met een laag inkomen hun woning isoleren of zonnepanelen "
        "aanschaffen.",
        [["isoleren", "zonnepanelen", "isolatie"]])])
    case("bb-x-tekst-schuldenaanpak-2020", [text(
        "Wat wilde Dinkelland volgens de begroting 2020 doen aan de schulden van inwoners?", DK20,
        "Wij werken aan een integrale schuldenaanpak, waardoor schulden van vele inwoners van de gemeente Dinkelland "
        "worden opgelost of worden voorkomen (Menzis project).",
        ["schuldenaanpak", ["opgelost", "voorkomen", "Menzis"]],
        note="the real Begroting 2020; the fictional 2026 begroting speaks of the Stadsbank and vroegsignalering "
             "instead")], scope="Dinkelland")

    # ---------------- any ----------------
    case("bb-any-dinkelland", [anyturn("Hoe staat Dinkelland er financieel voor?", DKF, ["Wassenaar",
                                                                                          "Collectie Overijssel"],
                                       "a vague question: the resultaat 2026, the ravijnjaar, the bezuinigingen or "
                                       "the weerstandsvermogen are all fair; another body's figures are not")])
    case("bb-any-stadsbank", [anyturn("Vertel eens wat over de Stadsbank", SBF, ["Wassenaar", "GGD"],
                                      "a vague question: the tasks, the aanmeldingen, the kredieten or the resultaat "
                                      "are all fair")])
    return out


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow(e):
    parts = []
    for k, v in e.items():
        parts.append(f"{k}: {json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else q(v)}")
    return "{" + ", ".join(parts) + "}"


def write(out):
    lines = ["# set-bb: blind evaluation cases (format: /work/shared/evals/FORMAT.md, version 1).",
             "# Corpus: ../corpus (the four real documents, unchanged, plus two FICTIONAL documents whose",
             "# figures are made up: dinkelland-programmabegroting-2026.pdf (LuaLaTeX) and",
             "# stadsbank-oost-nederland-jaarstukken-2025.pdf (borb)). Generated by source/gen_cases.py;",
             "# every figure below is located again in the documents by source/check.py.",
             "# Values are absolute amounts in euros after the table's scale; 'NOT accepted' figures are",
             "# nearby printings the answer must not give.",
             "version: 1", "cases:"]
    prov = {}
    counts = {"figure": 0, "text": 0, "refusal": 0, "any": 0}
    for cid, scope, turns, head in out:
        lines.append("")
        if head:
            lines.append(f"# == {head}")
        multi = len(turns) > 1
        for i, (turn, pv, com) in enumerate(turns):
            pre = f"# turn {i + 1}: " if multi else "# "
            lines.append(pre + com[0])
            lines += ["#" + c for c in com[1:]]
            counts[turn["kind"]] += 1
        prov[cid] = [pv for _, pv, _ in turns]
        if not multi:
            t = turns[0][0]
            lines.append(f"- id: {cid}")
            lines.append(f"  question: {q(t['question'])}")
            sc = t.get("municipality", scope)
            if sc:
                lines.append(f"  municipality: {sc}")
            lines.append(f"  kind: {t['kind']}")
            if t.get("expect"):
                lines.append(f"  expect: {flow(t['expect'])}")
        else:
            lines.append(f"- id: {cid}")
            if scope:
                lines.append(f"  municipality: {scope}")
            lines.append("  turns:")
            for t, _, _ in turns:
                lines.append(f"  - question: {q(t['question'])}")
                lines.append(f"    kind: {t['kind']}")
                if t.get("expect"):
                    lines.append(f"    expect: {flow(t['expect'])}")
    open(os.path.join(SET, "cases.yaml"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    json.dump(prov, open(os.path.join(HERE, "provenance.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print("turns:", counts, "cases:", len(out))


if __name__ == "__main__":
    write(build_cases())
