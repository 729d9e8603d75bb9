"""Write ../cases.yaml (FORMAT.md version 1) and provenance.json for set-ay.

Every expected, accepted and "other" (NOT accepted) figure is located in the finished documents with pdfread.py:
a table cell of a new PDF by caption, row, column (and group row), a prose figure by its sentence, a cell of the
real Wassenaar Begroting 2024 by page, row label and token position on the `pdftotext -layout` line, a figure of
a real text export by its line.  Figures of the new documents must also equal data.py (the two are compared
here).  check.py re-reads the PDFs and verifies all of it again without data.py.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
from fmt import dec, nl, num
from pdfread import PdfDoc, RealPdf, RealText, norm

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
WF, RF = d.W_FILE, d.RT_FILE
WB = "wassenaar-begroting-2024.pdf"
TWF = "twenterand-programmabegroting-2020-sociaal-domein.txt"
DKF = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
COF = "collectie-overijssel-jaarstukken-2023.pdf"
ALL = [TWF, DKF, WB, COF, WF, RF]
MUNI = {WF: "Wassenaar", WB: "Wassenaar", RF: "Regio Twente", TWF: "Twenterand", DKF: "Dinkelland",
        COF: "Collectie Overijssel"}
DOCS = {WF: PdfDoc(CORPUS / WF), RF: PdfDoc(CORPUS / RF)}
REALPDF = RealPdf(CORPUS / WB)
REALTXT = {TWF: RealText(CORPUS / TWF), DKF: RealText(CORPUS / DKF)}
TITLE = {WF: "Wassenaar Voorjaarsnota 2025 (fictief)", RF: "Regio Twente Jaarstukken 2024 (fictief)",
         WB: "Wassenaar Begroting 2024 (echt)", TWF: "Twenterand Programmabegroting 2020 (echt)",
         DKF: "Dinkelland Begroting 2020 (echt)", COF: "Collectie Overijssel Jaarstukken 2023 (echt)"}


def parse_num(t):
    s = norm(t).replace("€", "").replace("%", "").replace(" ", "").strip()
    neg = s.startswith("-")
    s = s.lstrip("-")
    if not re.fullmatch(r"[\d.]+(,\d+)?", s):
        raise ValueError(f"not a number: {t!r}")
    v = float(s.replace(".", "").replace(",", "."))
    v = int(v) if v.is_integer() else v
    return -v if neg else v


def _eq(a, b, what):
    if b is not None and abs(a - b) > 1e-6:
        raise SystemExit(f"{what}: the document gives {a}, data.py says {b}")


# ------------------------------------------------------------------------------------------ sources
def cell(f, caption, row, col, want=None, group=None, scale=1, scale_note=None):
    doc = DOCS[f]
    c = doc.cell(caption, row, col, group=group)
    v = parse_num(c["text"])
    v = round(v * scale, 6)
    v = int(v) if float(v).is_integer() else v
    _eq(v, want, f"{f} {caption}/{row}/{col}")
    ll = doc.layout_line(c["page"], c["label_first"], c["text"])
    if len(ll) < 1:
        raise SystemExit(f"{caption}/{row}/{col}: no pdftotext -layout line with {row!r} and {c['text']!r}")
    t = c["table"]
    return {"kind": "cell", "document": f, "page": c["page"], "table": t["caption"], "table_page": t["page"],
            "continued_on": t["continued_on"], "group": group, "row": row, "column": col,
            "column_printed": c["column"], "printed": c["text"], "scale": scale,
            "scale_statement": scale_note or (t["scale"][0] if t["scale"] else None),
            "label_first_line": c["label_first"], "label_lines": doc.label_lines(caption, row),
            "layout_line": ll[0], "value": v}


def prose(f, fragment, printed, want=None, scale=1):
    doc = DOCS[f]
    pages = doc.prose(fragment)
    if len(pages) != 1 or norm(printed) not in norm(fragment):
        raise SystemExit(f"{f} prose {fragment!r}: pages {pages}")
    v = round(parse_num(printed) * scale, 6)
    v = int(v) if float(v).is_integer() else v
    _eq(v, want, f"{f} prose {fragment}")
    return {"kind": "prose", "document": f, "page": pages[0], "prose": fragment, "printed": printed,
            "scale": scale, "value": v}


def realpdf(page, label, idx, printed, header, scale=1, table=None, column=None):
    """the real Wassenaar Begroting 2024: the idx-th number on the pdftotext -layout line starting with label"""
    lines = REALPDF.tokens(page, label)
    if len(lines) != 1:
        raise SystemExit(f"real pdf p{page} {label!r}: {lines}")
    toks = re.findall(r"-?\d[\d.,]*%?", norm(lines[0])[len(norm(label)):])
    if toks[idx] != printed:
        raise SystemExit(f"real pdf p{page} {label!r}: token {idx} is {toks[idx]!r}, not {printed!r}")
    if norm(header) not in norm(REALPDF.layout_page(page)):
        raise SystemExit(f"real pdf p{page}: no {header!r}")
    v = round(parse_num(printed) * scale, 6)
    v = int(v) if float(v).is_integer() else v
    return {"kind": "real_pdf", "document": WB, "page": page, "table": table, "row": label, "token_index": idx,
            "column": column, "printed": printed, "header": header, "layout_line": lines[0].rstrip(),
            "scale": scale, "value": v}


def realtxt(f, fragment, printed, header=None):
    rt = REALTXT[f]
    nos = rt.find(fragment)
    if len(nos) != 1 or printed not in rt.line(nos[0]):
        raise SystemExit(f"{f} {fragment!r}: {nos}")
    hdr = None
    if header:
        above = [i for i in rt.find(header) if i < nos[0]]
        if not above:
            raise SystemExit(f"{f}: no header {header!r} above line {nos[0]}")
        hdr = {"line": above[-1], "text": rt.line(above[-1])}
    return {"kind": "real_text", "document": f, "line": nos[0], "line_text": rt.line(nos[0]), "printed": printed,
            "header": hdr, "value": parse_num(printed)}


def alt(srcs, op=None):
    srcs = srcs if isinstance(srcs, list) else [srcs]
    if op is None:
        v = abs(srcs[0]["value"])
        for s in srcs[1:]:
            assert abs(abs(s["value"]) - v) < 1e-6, (s, v)
        return {"value": v, "sources": srcs}
    a = [abs(s["value"]) for s in srcs]
    if op == "add":
        v, der = sum(a), " + ".join(num(x) for x in a)
    elif op == "sub":
        v, der = a[0] - a[1], f"{num(a[0])} - {num(a[1])}"
    elif op == "share":
        v, der = round(100 * a[0] / a[1], 2), f"100 x {num(a[0])} / {num(a[1])}"
    else:
        raise ValueError(op)
    v = round(v, 6)
    v = int(v) if float(v).is_integer() else v
    return {"value": v, "sources": srcs, "op": op, "derivation": f"{der} = {num(v)}"}


def where(s):
    if s["kind"] == "cell":
        g = f", group '{s['group']}'" if s["group"] else ""
        sc = f" (scale: {s['scale_statement']})" if s.get("scale_statement") else ""
        cont = f", continued from p. {s['table_page']}" if s["page"] != s["table_page"] else ""
        return (f"{TITLE[s['document']]}, '{s['table']}'{sc}, row '{s['row']}'{g}, column '{s['column']}', "
                f"p. {s['page']}{cont}: printed '{s['printed']}' -> {num(s['value'])}")
    if s["kind"] == "prose":
        return f"{TITLE[s['document']]}, prose p. {s['page']}: \"{s['prose']}\" -> {num(s['value'])}"
    if s["kind"] == "real_pdf":
        return (f"{TITLE[s['document']]}, '{s['table']}' (x € 1.000), row '{s['row']}', column '{s['column']}', "
                f"PDF page {s['page']}: printed '{s['printed']}' -> {num(s['value'])}")
    if s["kind"] == "real_text":
        h = f" (header line {s['header']['line']}: '{s['header']['text']}')" if s["header"] else ""
        return f"{TITLE[s['document']]}, line {s['line']}: '{s['line_text'][:90]}'{h} -> {num(s['value'])}"
    raise ValueError(s)


# ------------------------------------------------------------------------------------------ turn builders
def fig(q, main, accept=(), other=(), unit="EUR", muni=None, tol=None, note=None):
    return {"kind": "figure", "question": q, "main": main, "accept": list(accept), "other": list(other),
            "unit": unit, "muni": muni, "tol": tol, "note": note}


def refusal(q, why, absent):
    return {"kind": "refusal", "question": q, "why": why, "absent": absent}


def text(q, include, where_, muni=None):
    return {"kind": "text", "question": q, "include": include, "where": where_, "muni": muni}


def anyk(q, muni, exclude, why, evidence):
    return {"kind": "any", "question": q, "muni": muni, "exclude": exclude, "why": why, "evidence": evidence}


def passage(f, fragment):
    return {"document": f, "fragment": fragment}


# ------------------------------------------------------------------------------------------ the cases
W_T31 = "Tabel 3.1 - Financiële positie"
W_T32 = "Tabel 3.2 - Analyse resultaat 2024"
W_T41 = "Tabel 4.1 - Meerjarenperspectief"
W_T42 = "Tabel 4.2 - Autonome ontwikkelingen"
W_T43 = "Tabel 4.3 - Bijstellingen per programma"
W_T51 = "Tabel 5.1 - Voorstellen nieuw beleid"
W_T61 = "Tabel 6.1 - Toevoegingen aan het investeringsplan"
W_T71 = "Tabel 7.1 - Verloop reserves 2025"
W_T81 = "Tabel 8.1 - Risico's"
R_T11 = "Tabel 1.1 Kerncijfers 2024"
R_T22 = "Tabel 2.2b Lasten en baten Jeugdgezondheidszorg"
R_T23b = "Tabel 2.3b Lasten en baten Sociaal domein"
R_T23a = "Tabel 2.3a Prestatie-indicatoren Sociaal domein"
R_T22a = "Tabel 2.2a Prestatie-indicatoren Jeugdgezondheidszorg"
R_T33 = "Tabel 3.3 Formatie en bezetting"
R_T32 = "Tabel 3.2 Financiële kengetallen"
R_T41 = "Tabel 4.1 Inwonerbijdrage basistaken"
R_T42 = "Tabel 4.2 Bijdragen per gemeente"
R_T51 = "Tabel 5.1 Overzicht van baten en lasten"
R_T53 = "Tabel 5.3 Verloop van de reserves"
R_T54 = "Tabel 5.4 Bezoldiging topfunctionarissen"
R_T61 = "Tabel 6.1 Terugbetaling resultaat 2024"
K, MLN = 1000, 1000000
mut = {r[0]: r for items in d.W_MUT.values() for r in items}
auto = {r[0]: r for r in d.W_AUTO}
res = {r[0]: r for r in d.W_RES_ROWS}
Y = {y: i for i, y in enumerate(d.YEARS)}


def build():
    C = []   # (id, scope, [turns], comment-lines)
    cw = lambda *a, **k: cell(WF, *a, **k)
    cr = lambda *a, **k: cell(RF, *a, **k)
    pw = lambda *a, **k: prose(WF, *a, **k)
    pr = lambda *a, **k: prose(RF, *a, **k)

    # ============================================================ Wassenaar Voorjaarsnota 2025
    C.append(("ay-w-resultaat-2024", None, [fig(
        "Wat is het resultaat van de jaarrekening 2024 van Wassenaar?",
        alt(pw("De jaarrekening 2024 sluit met een positief resultaat van € 2.846.213. In de begroting na wijziging",
               "€ 2.846.213",
               d.W_RESULT_EUR)),
        accept=[alt(cw(W_T32, "Resultaat", "Saldo rekening 2024", d.W_RESULT * K, scale=K)),
                alt(cw(W_T31, "Resultaat boekjaar (nog te bestemmen)", "31-12-2024", 2800000, scale=MLN,
                       scale_note="bedragen x € 1 mln (in the caption)"))],
        other=[cw(W_T32, "Resultaat", "Saldo begroting 2024 na wijziging", d.W_RESULT_BEGROOT * K, scale=K),
               cw(W_T32, "Resultaat", "Afwijking", 2955 * K, scale=K)],
        muni="Wassenaar",
        note="the exact euro amount is printed in prose; the table printings in thousands and in millions are "
             "the same figure rounded")]))
    be = dict(d.W_BESTEMMING)
    C.append(("ay-w-naar-algemene-reserve", "Wassenaar", [fig(
        "hoeveel van het overschot over 2024 gaat naar de algemene reserve?",
        alt(pw("het restant van € 1.596.213 toevoegen aan de algemene reserve (vrij besteedbaar).", "€ 1.596.213",
               be["Algemene reserve (vrij besteedbaar)"])),
        accept=[alt(cw(W_T71, "Algemene reserve (vrij besteedbaar)", "Resultaat-bestemming 2024", 1596 * K,
                       scale=K, scale_note="bedragen x € 1.000 (in the caption)"))],
        other=[cw(W_T71, "BR uitvoering Sociaal domein", "Resultaat-bestemming 2024", 750 * K, scale=K),
               cw(W_T71, "BR volkshuisvesting en duurzaamheid", "Resultaat-bestemming 2024", 500 * K, scale=K)],
        muni="Wassenaar", note="'overschot' = the positive resultaat 2024; the question names the algemene "
                               "reserve, not the two bestemmingsreserves")]))
    C.append(("ay-w-conv-saldo", None, [
        fig("Wat is het begrotingssaldo voor 2026 na alle voorstellen in de voorjaarsnota 2025 van Wassenaar?",
            alt(cw(W_T41, "Begrotingssaldo na voorstellen", "2026", d.W_SALDO_NA[1] * K, scale=K,
                   scale_note="(bedragen x € 1.000; \"-\" = nadeel) in the first header cell")),
            accept=[alt(pw("voor 2026 verwachten wij een tekort van € 4,7 miljoen", "4,7", 4700000, scale=MLN))],
            other=[cw(W_T41, "Stand na voorjaarsnota", "2026", d.W_STAND_NA[1] * K, scale=K),
                   realpdf(110, "BEGROTINGSSALDO 2024-2027", 2, "-4.314", "2024 2025 2026 2027", K,
                           "Tabel 11.1 - Financieel Meerjarenbeeld", "2026")],
            muni="Wassenaar", note="a tekort (printed -4.653); the value is compared unsigned"),
        fig("En in 2028?",
            alt(cw(W_T41, "Begrotingssaldo na voorstellen", "2028", d.W_SALDO_NA[3] * K, scale=K,
                   scale_note="(bedragen x € 1.000; \"-\" = nadeel) in the first header cell")),
            accept=[alt(pw("Ook 2027 en 2028 laten een tekort zien (€ 3,0 miljoen en € 2,2 miljoen).", "2,2",
                           2200000, scale=MLN))],
            other=[cw(W_T41, "Stand na voorjaarsnota", "2028", d.W_STAND_NA[3] * K, scale=K),
                   cw(W_T41, "Begrotingssaldo na voorstellen", "2027", d.W_SALDO_NA[2] * K, scale=K)],
            muni="Wassenaar")]))
    C.append(("ay-w-stand-na-vjn-2027", None, [fig(
        "Hoe groot is in de voorjaarsnota 2025 het tekort voor 2027 vóór het nieuwe beleid, dus de stand na "
        "voorjaarsnota?",
        alt(cw(W_T41, "Stand na voorjaarsnota", "2027", d.W_STAND_NA[2] * K, scale=K,
               scale_note="(bedragen x € 1.000; \"-\" = nadeel) in the first header cell")),
        other=[cw(W_T41, "Begrotingssaldo na voorstellen", "2027", d.W_SALDO_NA[2] * K, scale=K),
               cw(W_T41, "Stand vóór voorjaarsnota", "2027", d.W_STAND_VOOR[2] * K, scale=K)],
        muni="Wassenaar", note="the shaded subtotal line 'Stand na voorjaarsnota' between the groups of rows")]))
    C.append(("ay-w-conv-jeugdzorg", "Wassenaar", [
        fig("Hoeveel duurder wordt de jeugzorg in 2025 volgens de voorjaarsnota?",
            alt([cw(W_T43, "P2.1", "2025", mut["P2.1"][4][0] * K, scale=K),
                 pw("Wij ramen de extra kosten op € 1.150.000 in 2025", "€ 1.150.000", 1150000)]),
            other=[cw(W_T43, "P2.2", "2025", 400 * K, scale=K),
                   cw(W_T43, "Subtotaal P2", "2025", -d.W_MUT_SUB["P2"][0] * K, scale=K),
                   cw(W_T43, "P2.1", "2026", mut["P2.1"][4][1] * K, scale=K)],
            muni="Wassenaar", note="row P2.1 'Jeugdzorg: hogere volumes en tarieven specialistische jeugdhulp' "
                                   "(label over two lines), I/S = S, V/N = N; 'jeugzorg' is a resident's typo"),
        fig("En in 2028?",
            alt([cw(W_T43, "P2.1", "2028", mut["P2.1"][4][3] * K, scale=K),
                 pw("aflopend naar € 800.000 in 2028", "€ 800.000", 800000)]),
            other=[cw(W_T43, "Subtotaal P2", "2028", -d.W_MUT_SUB["P2"][3] * K, scale=K)],
            muni="Wassenaar"),
        refusal("En in 2029?", "the Voorjaarsnota covers 2025-2028; no document holds jeugdzorg for 2029",
                [{"documents": [WF, WB], "no_text": "2029"}])]))
    C.append(("ay-w-meicirculaire-2027", None, [fig(
        "Hoe groot is het nadeel van de meicirculaire 2025 voor Wassenaar in 2027?",
        alt(cw(W_T42, "A5", "2027", auto["A5"][4][2] * K, scale=K)),
        other=[cw(W_T42, "A5", "2026", auto["A5"][4][1] * K, scale=K),
               cw(W_T42, "Totaal autonome ontwikkelingen", "2027", -d.W_AUTO_TOTAL[2] * K, scale=K)],
        muni="Wassenaar", note="row A5 'Algemene uitkering: meicirculaire 2025*' (note marker * glued to the label, "
                               "footnote under the table); the 2025 cell is blank")]))
    C.append(("ay-w-tractie", None, [fig(
        "hoeveel kost een nieuwe tractie voor de buitendienst in wassenaar?",
        alt(cw(W_T61, "I5", "Krediet", 360000, scale=1,
               scale_note="bedragen in euro's (in the caption)")),
        other=[cw(W_T61, "I5", "Kapitaallasten per jaar", 45000, scale=1)],
        muni="Wassenaar", note="the krediet (investment) in whole euros; the yearly kapitaallasten are not asked")]))
    C.append(("ay-w-wmo-2026-som", None, [fig(
        "Met hoeveel stijgen de Wmo-kosten van Wassenaar in 2026 als je de twee Wmo-posten uit de voorjaarsnota "
        "optelt?",
        alt([cw(W_T43, "P2.3", "2026", mut["P2.3"][4][1] * K, scale=K),
             cw(W_T43, "P2.4", "2026", mut["P2.4"][4][1] * K, scale=K)], op="add"),
        other=[cw(W_T43, "P2.3", "2025", mut["P2.3"][4][0] * K, scale=K),
               cw(W_T43, "Subtotaal P2", "2026", -d.W_MUT_SUB["P2"][1] * K, scale=K)],
        muni="Wassenaar", note="sum of two cells (both N)")]))
    C.append(("ay-w-conv-reserve-sociaal", None, [
        fig("Hoeveel zit er eind 2025 naar verwachting in de BR uitvoering Sociaal domein van Wassenaar?",
            alt(cw(W_T71, "BR uitvoering Sociaal domein", "Stand 31-12-2025", res["BR uitvoering Sociaal domein"][5] * K,
                   scale=K, scale_note="bedragen x € 1.000 (in the caption)")),
            other=[cw(W_T71, "BR uitvoering Sociaal domein", "Stand 1-1-2025", 652 * K, scale=K),
                   cw(W_T71, "BR uitvoering Sociaal domein", "Onttrekkingen 2025", 400 * K, scale=K)],
            muni="Wassenaar", note="652 + 750 (resultaatbestemming) + 0 - 400 = 1.002, printed"),
        text("Waarom wordt daar in 2025 geld uit gehaald?", ["jeugdzorg"],
             [passage(WF, "Uit de bestemmingsreserve uitvoering Sociaal domein wordt in 2025 € 400.000 onttrokken "
                          "voor de tekorten op de jeugdzorg."),
              passage(WF, "Voor 2025 wordt € 400.000 gedekt uit de bestemmingsreserve uitvoering Sociaal domein.")],
             muni="Wassenaar")]))
    C.append(("ay-w-voorzieningen-2024", None, [fig(
        "Hoeveel had de gemeente Wassenaar eind 2024 aan voorzieningen?",
        alt(cw(W_T31, "Voorzieningen", "31-12-2024", 17200000, scale=MLN,
               scale_note="bedragen x € 1 mln (in the caption)")),
        other=[cw(W_T31, "Voorzieningen", "31-12-2023", 18700000, scale=MLN),
               realpdf(120, "Totaal Voorzieningen", 3, "16.972", "Overzicht voorzieningen", K,
                       "Tabel 12.6 - Overzicht reserves en voorzieningen (vervolg)", "Begroting 2024")],
        muni="Wassenaar", note="printed only in the table in millions with one decimal: 17,2 -> 17.200.000")]))
    C.append(("ay-w-afwijking-p2-2024", None, [fig(
        "Hoeveel viel het saldo van programma Mens en Maatschappij in 2024 slechter uit dan begroot?",
        alt([cw(W_T32, "P2 Mens en Maatschappij", "Afwijking", abs(d.W_RES_DEV[1]) * K, scale=K),
             pw("P2 Mens en Maatschappij (926 N).", "926", 926 * K, scale=K)]),
        other=[cw(W_T32, "P2 Mens en Maatschappij", "Saldo rekening 2024", -29870 * K, scale=K),
               cw(W_T32, "P2 Mens en Maatschappij", "Saldo begroting 2024 na wijziging", -28944 * K, scale=K)],
        muni="Wassenaar", note="Afwijking unsigned with V/N = N (nadeel)")]))
    # ------------------------------------------------ across the Voorjaarsnota and the real Begroting 2024
    C.append(("ay-x-algemene-reserve-vs-begroting", None, [fig(
        "Hoeveel hoger was de vrij besteedbare algemene reserve van Wassenaar eind 2024 dan in de begroting 2024 "
        "voor eind 2024 was geraamd?",
        alt([cw(W_T71, "Algemene reserve (vrij besteedbaar)", "Stand 1-1-2025", 44318 * K, scale=K,
                scale_note="bedragen x € 1.000 (in the caption); the stand per 1-1-2025 is the stand of the "
                           "jaarrekening 2024 (text above the table)"),
             realpdf(119, "Algemene reserve (vrij besteedbaar)", 3, "42.060", "Begroting", K,
                     "Tabel 12.6 - Overzicht reserves en voorzieningen", "Begroting 2024")], op="sub"),
        accept=[alt([cw(W_T31, "Algemene reserve (vrij besteedbaar)", "31-12-2024", 44300000, scale=MLN,
                        scale_note="bedragen x € 1 mln (in the caption)"),
                     realpdf(119, "Algemene reserve (vrij besteedbaar)", 3, "42.060", "Begroting", K,
                             "Tabel 12.6 - Overzicht reserves en voorzieningen", "Begroting 2024")], op="sub")],
        other=[realpdf(119, "Algemene reserve (vrij besteedbaar)", 0, "43.791", "Begroting", K,
                       "Tabel 12.6 - Overzicht reserves en voorzieningen", "Begroting per 31 december 2023"),
               cw(W_T71, "Algemene reserve (vrij besteedbaar)", "Stand 31-12-2025", res["Algemene reserve (vrij besteedbaar)"][5] * K, scale=K)],
        muni="Wassenaar",
        note="the real Begroting 2024, Tabel 12.6, column 'Begroting 2024' (the 4th amount: 43.791 per 31-12-2023, "
             "vermeerderingen 0, verminderingen -1.731, begroting 2024 42.060) is the planned stand at the end of 2024; "
             "the Voorjaarsnota's reserve table starts at the realised stand. The derivation from the rounded "
             "table in millions (44,3 - 42,06) is accepted too")]))
    C.append(("ay-x-tekort-2026-vs-begroting", None, [fig(
        "Hoeveel groter is het tekort voor 2026 na de voorstellen in de voorjaarsnota 2025 dan het "
        "begrotingssaldo 2026 in de begroting 2024 van Wassenaar?",
        alt([cw(W_T41, "Begrotingssaldo na voorstellen", "2026", d.W_SALDO_NA[1] * K, scale=K),
             realpdf(110, "BEGROTINGSSALDO 2024-2027", 2, "-4.314", "2024 2025 2026 2027", K,
                     "Tabel 11.1 - Financieel Meerjarenbeeld", "2026")], op="sub"),
        other=[cw(W_T41, "Stand na voorjaarsnota", "2026", d.W_STAND_NA[1] * K, scale=K)],
        muni="Wassenaar", note="both are tekorten (-4.653 and -4.314); the difference of their sizes")]))
    C.append(("ay-x-risico-jeugdzorg", None, [fig(
        "Hoeveel hoger schat Wassenaar het risico op de jeugdzorg (bedrag maal kans) in de voorjaarsnota 2025 in "
        "dan in de begroting 2024?",
        alt([cw(W_T81, "Jeugdzorg open einde regeling", "Bedrag x kans", d.W_RISK_X[0] * K, scale=K,
                scale_note="bedragen x € 1.000 (in the caption)"),
             realpdf(78, "Jeugdzorg De jeugdzorg is een open", -1, "700", "Bedrag", K,
                     "Tabel 8.1 De belangrijkste risico's (x € 1.000)", "Bedrag x kans")],
            op="sub"),
        other=[cw(W_T81, "Jeugdzorg open einde regeling", "Bedrag impact", 1800 * K, scale=K)],
        muni="Wassenaar", note="real Begroting 2024 Tabel 8.1, row 'Jeugdzorg': 1.000, 70%, 700 (bedrag x kans)")]))

    # ============================================================ Regio Twente Jaarstukken 2024
    tw, dk = "Twenterand", "Dinkelland"
    C.append(("ay-r-resultaat-2024", None, [fig(
        "Wat was het resultaat van Regio Twente over 2024?",
        alt([pr("Het jaar 2024 sluit met een positief resultaat van € 1 676 249.", "€ 1 676 249", d.RT_RES_2024),
             cr(R_T11, "Resultaat 2024", "2024", d.RT_RES_2024, scale=1)]),
        accept=[alt(cr(R_T51, "Resultaat", "Realisatie 2024", k_(d.RT_RES_2024) * K, scale=K))],
        other=[cr(R_T51, "Resultaat", "Begroting 2024 na wijziging", 0, scale=K),
               cr(R_T51, "Saldo van baten en lasten", "Realisatie 2024", k_(d.RT_SALDO[3]) * K, scale=K)],
        muni="Regio Twente", note="thin-space thousands; Tabel 5.1 runs onto the next page under its repeated "
                                  "header, the row 'Resultaat' is on the continuation page")]))
    C.append(("ay-r-conv-twenterand", None, [
        fig("Hoeveel heeft Twenterand in 2024 werkelijk aan Regio Twente betaald?",
            alt(cr(R_T42, tw, "Totaal werkelijk", d.RT_TOT_WERK[tw], scale=1)),
            other=[cr(R_T42, tw, "Totaal begroot", d.RT_TOT_BEGR[tw], scale=1),
                   cr(R_T42, tw, "Basistaken", d.RT_BASIS_TOT[tw], scale=1)],
            muni="Regio Twente", note="the member's payment is printed by the body it pays"),
        fig("Hoeveel is dat per inwoner?",
            alt(cr(R_T42, tw, "Per inwoner (werkelijk)", d.RT_PER_INW[tw], scale=1)),
            other=[pr(f"Het tarief 2024 is € {dec(d.RT_TARIEF, 2)} per inwoner", dec(d.RT_TARIEF, 2), d.RT_TARIEF)],
            muni="Regio Twente", note="euros with cents; the per-inwoner column of the member table"),
        fig("En wat had Twenterand in zijn eigen programmabegroting 2020 voor 2023 begroot aan lasten voor "
            "Gezondheidszorg?",
            alt(realtxt(TWF, "Gezondheidszorg 2.010.843", "2.138.615", header="2020 2021 2022 2023")),
            other=[realtxt(TWF, "Gezondheidszorg 2.010.843", "2.010.843")],
            muni="Twenterand", note="real text export, Overzicht 3.1, row Gezondheidszorg under 'Lasten per "
                                    "doelenboom', last column (2023); the 2020 column is not accepted")]))
    C.append(("ay-r-conv-dinkelland", None, [
        fig("Hoeveel budget was er in de begroting 2020 van Dinkelland voor Sport als middel?",
            alt(realtxt(DKF, "Sport als middel (€ 52.000)", "52.000")),
            other=[realtxt(DKF, "Cultuur (€ 45.500)", "45.500"), realtxt(DKF, "Noaberhoes (€ 60.000)", "60.000")],
            muni="Dinkelland", note="the real text export lists the budgets added to the uitvoeringsplan sociaal "
                                    "domein as bullets"),
        fig("En wat betaalde Dinkelland in 2024 in totaal aan Regio Twente?",
            alt(cr(R_T42, dk, "Totaal werkelijk", d.RT_TOT_WERK[dk], scale=1)),
            other=[cr(R_T42, dk, "Totaal begroot", d.RT_TOT_BEGR[dk], scale=1),
                   cr(R_T41, dk, "Totaal basistaken", d.RT_BASIS_TOT[dk], scale=1)],
            muni="Regio Twente", note="'betaalde' = werkelijk"),
        fig("Van hoeveel inwoners gaat Regio Twente daarbij uit?",
            alt(cr(R_T41, dk, "Inwoners 1-1-2023", dict(d.RT_GEM)[dk], scale=1)),
            other=[cr(R_T41, "Totaal", "Inwoners 1-1-2023", d.RT_INW_TOTAL, scale=1),
                   cr(R_T41, "Enschede", "Inwoners 1-1-2023", dict(d.RT_GEM)["Enschede"], scale=1)],
            unit="count", muni="Regio Twente", note="inwoners per 1 januari 2023 (the row above is Borne, below "
                                                    "Enschede)")]))
    C.append(("ay-r-hengelo-terug", "Regio Twente", [fig(
        "hoeveel krijgt hengelo terug van regio twente uit het resultaat 2024",
        alt(cr(R_T61, "Hengelo", "Terugbetaling", d.RT_TERUG_GEM["Hengelo"], scale=1)),
        other=[cr(R_T61, "Hengelo", "Bijdrage basistaken 2024", d.RT_BASIS_TOT["Hengelo"], scale=1),
               cr(R_T61, "Totaal", "Terugbetaling", d.RT_TERUG, scale=1)],
        muni="Regio Twente", note="lower-case names as typed by a resident")]))
    C.append(("ay-r-conv-jgz", "Regio Twente", [
        fig("Wat waren de werkelijke lasten van de jeugdgezondheidszorg in 2024?",
            alt(cr(R_T22, "Lasten", "2024 Realisatie", d.RT_PROGS[1][1][3], scale=1)),
            accept=[alt(cr(R_T51, "Jeugdgezondheidszorg", "Realisatie 2024", k_(d.RT_PROGS[1][1][3]) * K,
                           group="Lasten", scale=K))],
            other=[cr(R_T22, "Lasten", "2024 Begroting na wijziging", d.RT_PROGS[1][1][2], scale=1),
                   cr(R_T51, "Jeugdgezondheidszorg", "Realisatie 2024", k_(d.RT_PROGS[1][2][3]) * K, group="Baten",
                      scale=K)],
            muni="Regio Twente", note="'2024' is printed once over the four sub-columns Begroting primitief, "
                                      "Begroting na wijziging, Realisatie, Verschil"),
        fig("En hoeveel was daarvoor oorspronkelijk begroot?",
            alt(cr(R_T22, "Lasten", "2024 Begroting primitief", d.RT_PROGS[1][1][1], scale=1)),
            accept=[alt(cr(R_T51, "Jeugdgezondheidszorg", "Begroting 2024 primitief", k_(d.RT_PROGS[1][1][1]) * K,
                           group="Lasten", scale=K))],
            other=[cr(R_T22, "Lasten", "2024 Begroting na wijziging", d.RT_PROGS[1][1][2], scale=1)],
            muni="Regio Twente", note="oorspronkelijk = primitief"),
        fig("En in 2023?",
            alt(cr(R_T22, "Lasten", "Realisatie 2023", d.RT_PROGS[1][1][0], scale=1)),
            accept=[alt(cr(R_T51, "Jeugdgezondheidszorg", "Realisatie 2023", k_(d.RT_PROGS[1][1][0]) * K,
                           group="Lasten", scale=K))],
            other=[cr(R_T22, "Baten", "Realisatie 2023", d.RT_PROGS[1][2][0], scale=1),
                   cr(R_T22, "Saldo", "Realisatie 2023", d.RT_PROGS[1][2][0] - d.RT_PROGS[1][1][0], scale=1)],
            muni="Regio Twente", note="2023 holds only the realisatie; the conversation is about the lasten")]))
    C.append(("ay-r-conv-veilig-thuis", None, [
        fig("Hoeveel meldingen kreeg Veilig Thuis Twente in 2024?",
            alt(cr(R_T23a, "Meldingen Veilig Thuis Twente", "Realisatie 2024", 6842, scale=1)),
            other=[cr(R_T23a, "Meldingen Veilig Thuis Twente", "Streefwaarde 2024", 6500, scale=1),
                   cr(R_T23a, "Adviezen Veilig Thuis Twente", "Realisatie 2024", 11208, scale=1)],
            unit="count", muni="Regio Twente"),
        fig("Hoeveel meer waren dat er dan in 2023?",
            alt([cr(R_T23a, "Meldingen Veilig Thuis Twente", "Realisatie 2024", 6842, scale=1),
                 cr(R_T23a, "Meldingen Veilig Thuis Twente", "Realisatie 2023", 6412, scale=1)], op="sub"),
            unit="count", muni="Regio Twente", note="difference of two cells of one row")]))
    C.append(("ay-r-bmr", None, [fig(
        "Hoe hoog was de vacinatiegraad BMR bij tweejarigen in Twente in 2024?",
        alt(cr(R_T22a, "Vaccinatiegraad BMR (kinderen van 2 jaar)", "Realisatie 2024", 88.4, scale=1)),
        other=[cr(R_T22a, "Vaccinatiegraad BMR (kinderen van 2 jaar)", "Streefwaarde 2024", 92.0, scale=1),
               cr(R_T22a, "Vaccinatiegraad BMR (kinderen van 2 jaar)", "Realisatie 2023", 89.1, scale=1)],
        unit="percent", muni="Regio Twente", note="'vacinatiegraad' is a resident's typo")]))
    C.append(("ay-r-fte", "Regio Twente", [fig(
        "Hoeveel fte werkten er eind 2024 bij Regio Twente?",
        alt([cr(R_T33, "Totaal", "Bezetting (fte)", d.RT_FTE_TOT[1], scale=1),
             pr(f"samen {dec(d.RT_FTE_TOT[1], 1)} fte", dec(d.RT_FTE_TOT[1], 1), d.RT_FTE_TOT[1])]),
        other=[cr(R_T33, "Totaal", "Formatie (fte)", d.RT_FTE_TOT[0], scale=1),
               cr(R_T33, "Totaal", "Medewerkers (aantal)", d.RT_FTE_TOT[2], scale=1)],
        unit="count", muni="Regio Twente", note="the bezetting, not the formatie")]))
    C.append(("ay-r-wnt-veilig-thuis", None, [fig(
        "Wat was de totale bezoldiging van de directeur van Veilig Thuis Twente in 2024?",
        alt(cr(R_T54, "Totale bezoldiging", "Directeur Veilig Thuis Twente", d.RT_WNT_TOT[2], scale=1)),
        other=[cr(R_T54, "Beloning plus belastbare onkostenvergoedingen", "Directeur Veilig Thuis Twente",
                  d.RT_WNT[2][1], scale=1),
               cr(R_T54, "Individueel toepasselijk bezoldigingsmaximum", "Directeur Veilig Thuis Twente",
                  d.RT_WNT_MAX, scale=1)],
        muni="Regio Twente", note="WNT table whose columns are the three topfunctionarissen")]))
    sd = d.RT_PROGS[2]
    C.append(("ay-r-overschrijding-zorg", None, [fig(
        "Hoeveel gaf Regio Twente bij Sociaal domein / Zorg meer uit dan begroot na wijziging?",
        alt([cr(R_T23b, "Lasten", "2024 Verschil", sd[1][3] - sd[1][2], scale=1),
             pr(f"De lasten zijn € {nlthin(sd[1][3] - sd[1][2])} hoger dan de begroting na wijziging (nadeel)",
                f"€ {nlthin(sd[1][3] - sd[1][2])}", sd[1][3] - sd[1][2])]),
        other=[cr(R_T23b, "Saldo", "2024 Verschil", abs((sd[2][3] - sd[1][3]) - (sd[2][2] - sd[1][2])), scale=1),
               cr(R_T23b, "Lasten", "2024 Realisatie", sd[1][3], scale=1)],
        muni="Regio Twente", note="Verschil unsigned with V/N = N; the saldo's verschil is another figure")]))
    jgz_l = d.RT_PROGS[1][1][3]
    C.append(("ay-r-aandeel-jgz", None, [fig(
        "Welk percentage van de totale lasten van Regio Twente in 2024 ging naar de jeugdgezondheidszorg?",
        alt([cr(R_T22, "Lasten", "2024 Realisatie", jgz_l, scale=1),
             cr(R_T11, "Totale lasten 2024", "2024", d.RT_LASTEN[3], scale=1)], op="share"),
        accept=[alt([cr(R_T51, "Jeugdgezondheidszorg", "Realisatie 2024", k_(jgz_l) * K, group="Lasten", scale=K),
                     cr(R_T51, "Totaal lasten", "Realisatie 2024", k_(d.RT_LASTEN[3]) * K, scale=K)],
                    op="share")],
        unit="percent", tol=0.05, muni="Regio Twente", note="share in percent, tolerance 0,05")]))
    C.append(("ay-r-almelo-publieke-gezondheid", None, [fig(
        "Hoeveel betaalde Almelo in 2024 aan Regio Twente voor de basistaak publieke gezondheid?",
        alt(cr(R_T41, "Almelo", "Publieke gezondheid", d.RT_BASIS["Almelo"][0], scale=1)),
        other=[cr(R_T41, "Almelo", "Totaal basistaken", d.RT_BASIS_TOT["Almelo"], scale=1),
               cr(R_T42, "Almelo", "Totaal werkelijk", d.RT_TOT_WERK["Almelo"], scale=1)],
        muni="Regio Twente", note="73.612 inwoners x € 18,92 = 1.392.739 (rounded), printed")]))

    # ============================================================ refusals
    C.append(("ay-weiger-dinkelland-2020", None, [refusal(
        "Hoeveel betaalde Dinkelland in 2020 aan Regio Twente?",
        "the Regio Twente jaarstukken hold the contributions of 2024 only (begroot and werkelijk); the real "
        "Dinkelland Begroting 2020 names Regio Twente without an amount",
        [{"documents": [RF], "no_text": "2020"},
         {"documents": [DKF], "no_line_with_both": ["Regio Twente", r"\d"]},
         {"documents": [TWF, WB, COF, WF], "no_text": "Regio Twente"}])]))
    C.append(("ay-weiger-deventer", None, [refusal(
        "Hoeveel betaalde Deventer in 2024 aan Regio Twente?",
        "Deventer is not one of the fourteen members; Deventer appears only in the Collectie Overijssel document",
        [{"documents": [RF, WF, WB, TWF, DKF], "no_text": "Deventer"},
         {"documents": [COF], "no_line_with_both": ["Deventer", "Twente"]}])]))
    C.append(("ay-weiger-veilig-thuis-2021", None, [refusal(
        "Hoeveel meldingen kreeg Veilig Thuis Twente in 2021?",
        "the indicator table holds realisatie 2023, streefwaarde 2024 and realisatie 2024 only; the real Dinkelland "
        "Begroting 2020 names a 'Monitoringsrapportage Veilig Thuis Twente' without figures",
        [{"documents": [RF], "no_text": "2021"},
         {"documents": [WF, WB, TWF, COF], "no_text": "Veilig Thuis Twente"},
         {"documents": [DKF], "no_line_with_both": ["Veilig Thuis Twente", r"\d{3}"]}])]))
    C.append(("ay-weiger-kermis", "Wassenaar", [refusal(
        "Wat kost de kermis in Wassenaar in 2025?",
        "no document mentions a kermis",
        [{"documents": ALL, "no_text": "kermis"}])]))
    C.append(("ay-weiger-regio-twente-2022", None, [refusal(
        "Wat was het resultaat van Regio Twente over 2022?",
        "the jaarstukken 2024 print the results of 2023 and 2024 only; the real Dinkelland Begroting 2020 names "
        "Regio Twente without figures",
        [{"documents": [RF], "no_text": "2022"},
         {"documents": [WF, WB, TWF, COF], "no_text": "Regio Twente"},
         {"documents": [DKF], "no_line_with_both": ["Regio Twente", r"\d"]}])]))
    C.append(("ay-weiger-borne-inwoners-2025", None, [refusal(
        "Hoeveel inwoners had Borne op 1 januari 2025?",
        "Regio Twente prints the inwoners per 1 januari 2023 only; no other document has Borne",
        [{"documents": [RF], "no_line_with_both": ["inwoners", "2025"]},
         {"documents": [WF, WB, TWF, DKF, COF], "no_text": "Borne"}])]))
    C.append(("ay-weiger-burgemeester", "Wassenaar", [refusal(
        "Wat verdient de burgemeester van Wassenaar?",
        "neither Wassenaar document gives the burgemeester's salary (the Begroting 2024 only has a voorziening for "
        "wethouders' pensioenen)",
        [{"documents": [WF, WB], "no_line_with_both": ["burgemeester", r"bezoldiging|salaris|verdien|beloning"]}])]))
    C.append(("ay-weiger-wassenaar-regio-twente", None, [refusal(
        "Wat betaalt Wassenaar aan Regio Twente?",
        "Wassenaar is not a member of Regio Twente (it pays GGD Haaglanden); the Regio Twente document does not "
        "name Wassenaar",
        [{"documents": [RF], "no_text": "Wassenaar"},
         {"documents": [WF, WB], "no_text": "Regio Twente"}])]))

    # ============================================================ text
    C.append(("ay-tekst-jeugdzorg", None, [text(
        "Waarom valt de jeugdzorg in Wassenaar duurder uit dan gepland?",
        ["specialistische jeugdhulp", "tarieven"],
        [passage(WF, "In 2024 ontvingen meer jeugdigen specialistische jeugdhulp dan waarmee in de begroting "
                     "rekening was gehouden, en trajecten duren langer. Daarnaast zijn de tarieven van de regionaal "
                     "ingekochte jeugdhulp verhoogd")], muni="Wassenaar")]))
    C.append(("ay-tekst-wmo", "Wassenaar", [text(
        "waarom stijgen de kosten van de huishoudelijke hulp zo?",
        ["abonnementstarief"],
        [passage(WF, "Door het abonnementstarief betalen inwoners een vaste, lage eigen bijdrage, ongeacht hun "
                     "inkomen")], muni="Wassenaar")]))
    C.append(("ay-tekst-energie", None, [text(
        "Waarom is de energierekening van de gemeente Wassenaar hoger geworden?",
        ["contract"],
        [passage(WF, "Het energiecontract voor de gemeentelijke gebouwen liep af op 31 december 2024."),
         passage(WF, "doordat de contracten met een vaste prijs uit 2021 zijn afgelopen")], muni="Wassenaar")]))
    C.append(("ay-tekst-resultaatbestemming", None, [text(
        "Wat wil het college van Wassenaar met het positieve resultaat over 2024 doen?",
        ["algemene reserve", "sociaal domein", "duurzaamheid"],
        [passage(WF, "toevoegen aan de bestemmingsreserve uitvoering Sociaal domein"),
         passage(WF, "toevoegen aan de bestemmingsreserve volkshuisvesting en duurzaamheid"),
         passage(WF, "toevoegen aan de algemene reserve (vrij besteedbaar)")], muni="Wassenaar")]))
    C.append(("ay-tekst-weerstandsvermogen", "Wassenaar", [text(
        "Is het weerstandsvermogen van Wassenaar na de voorjaarsnota nog voldoende?",
        ["14,6", ["uitstekend", "categorie A", "ruim voldoende"]],
        [passage(WF, "De ratio weerstandsvermogen komt uit op 14,6."),
         passage(WF, "Een ratio boven 2,0 valt in categorie A en geldt als uitstekend")], muni="Wassenaar")]))
    C.append(("ay-tekst-rt-overschot", None, [text(
        "Waarom had Regio Twente in 2024 een overschot?",
        ["vacature", "Agenda van Twente"],
        [passage(RF, "Het voordeel komt vooral doordat vacatures bij de jeugdgezondheidszorg en de publieke "
                     "gezondheid later zijn ingevuld en doordat projecten van de Agenda van Twente vertraging "
                     "opliepen.")], muni="Regio Twente")]))
    C.append(("ay-tekst-rt-bijdrage", None, [text(
        "Hoe wordt de bijdrage van een gemeente aan Regio Twente berekend?",
        ["inwoners", ["1 januari 2023", "1-1-2023"], ["tarief", "per inwoner"]],
        [passage(RF, "De inwonerbijdrage is het aantal inwoners per 1 januari 2023 (het jaar t-1 vóór het "
                     "begrotingsjaar) vermenigvuldigd met het tarief per inwoner.")], muni="Regio Twente")]))
    C.append(("ay-tekst-rt-bestemming", "Regio Twente", [text(
        "Wat gebeurt er met het resultaat 2024 van Regio Twente?",
        ["pandemische paraatheid", "terug"],
        [passage(RF, "toevoegen aan de reserve pandemische paraatheid"),
         passage(RF, "terugbetalen aan de gemeenten, naar rato van hun bijdrage voor de basistaken 2024")],
        muni="Regio Twente")]))
    C.append(("ay-tekst-rt-bmr", None, [text(
        "Waarom daalde de vaccinatiegraad voor BMR in Twente?",
        ["vaccinatietwijfel"],
        [passage(RF, "De belangrijkste oorzaak is vaccinatietwijfel bij ouders")], muni="Regio Twente")]))
    C.append(("ay-tekst-rt-rijssen", None, [text(
        "Waarom betaalt Rijssen-Holten per inwoner zoveel minder aan Regio Twente dan de andere gemeenten?",
        ["jeugdgezondheidszorg"],
        [passage(RF, "Rijssen-Holten neemt de jeugdgezondheidszorg niet af van Regio Twente en betaalt daarom geen "
                     "bijdrage voor de jeugdgezondheidszorg.")], muni="Regio Twente")]))

    # ============================================================ any
    C.append(("ay-any-saldo-2025", "Wassenaar", [anyk(
        "Wat is het begrotingssaldo voor 2025?", "Wassenaar", ["2.846.213"],
        "several documents hold a begrotingssaldo 2025 of Wassenaar: the real Begroting 2024 (meerjarenraming "
        "2025: 368) and the Voorjaarsnota 2025 (begroting 2025, stand vóór, stand na voorjaarsnota, na "
        "voorstellen); any of them is a fair answer, the jaarrekening result 2024 is not",
        [cw(W_T41, "Begrotingssaldo na voorstellen", "2025", d.W_SALDO_NA[0] * K, scale=K),
         cw(W_T41, "Begrotingssaldo begroting 2025 (vastgesteld 7 november 2024)", "2025", d.W_SALDO_BEGR25[0] * K,
            scale=K),
         realpdf(110, "BEGROTINGSSALDO 2024-2027", 1, "368", "2024 2025 2026 2027", K,
                 "Tabel 11.1 - Financieel Meerjarenbeeld", "2025")])]))
    hg = d.RT_TOT_WERK["Hengelo"]
    C.append(("ay-any-borne", None, [anyk(
        "Wat betaalt Borne aan Regio Twente?", "Regio Twente", [nl(hg), thin_(hg)],
        "no year and no begroot/werkelijk: Borne's basistaken, total begroot or total werkelijk 2024 are all fair; "
        "another member's total (Hengelo's total werkelijk, last line below) is not",
        [cr(R_T42, "Borne", "Totaal werkelijk", d.RT_TOT_WERK["Borne"], scale=1),
         cr(R_T42, "Borne", "Totaal begroot", d.RT_TOT_BEGR["Borne"], scale=1),
         cr(R_T42, "Hengelo", "Totaal werkelijk", hg, scale=1)])]))
    return C


def k_(v):
    from fmt import k
    return k(v)


def nlthin(v):
    from fmt import thin
    return thin(v)


def thin_(v):
    from fmt import thin
    return thin(v)


# ------------------------------------------------------------------------------------------ output
def expect_of(t):
    if t["kind"] == "figure":
        m = t["main"]
        e = {"value": m["value"]}
        acc = sorted({a["value"] for a in t["accept"] if a["value"] != m["value"]})
        if acc:
            e["accept"] = acc
        if t["tol"]:
            e["tolerance"] = t["tol"]
        e["unit"] = t["unit"]
        e["municipality"] = t["muni"]
        return e
    if t["kind"] == "text":
        return {"include": t["include"], "municipality": t["muni"]}
    if t["kind"] == "any":
        return {"exclude": t["exclude"], "municipality": t["muni"]}
    return None


def comment_lines(cid, t):
    L = []
    if t["kind"] == "figure":
        m = t["main"]
        for i, s in enumerate(m["sources"]):
            pre = "value from " if (i == 0 or m.get("op")) else "same value also printed: "
            L.append(pre + where(s))
        if m.get("derivation"):
            L.append(f"derivation ({m['op']}): {m['derivation']}")
        for a in t["accept"]:
            for s in a["sources"]:
                L.append("accepted (printed rounded elsewhere): " + where(s))
            if a.get("derivation"):
                L.append(f"  accepted derivation ({a['op']}): {a['derivation']}")
        for s in t["other"]:
            L.append("NOT accepted: " + where(s))
        if t["note"]:
            L.append("note: " + t["note"])
    elif t["kind"] == "refusal":
        L.append("refusal: " + t["why"])
        for r in t["absent"]:
            if "no_text" in r:
                L.append(f"  checked: no '{r['no_text']}' in {', '.join(r['documents'])}")
            else:
                L.append(f"  checked: no line with both {r['no_line_with_both']} in {', '.join(r['documents'])}")
    elif t["kind"] == "text":
        for p in t["where"]:
            L.append(f"text from {TITLE[p['document']]}, p. {p['page']}: \"{p['fragment']}\"")
        L.append("include items are words of that passage (a nested list = any one of them)")
    elif t["kind"] == "any":
        L.append("any: " + t["why"])
        for s in t["evidence"]:
            L.append("  printed: " + where(s))
    return L


def main():
    cases = build()
    # resolve text passages and check that every include item is in its passage
    for cid, scope, turns, in [(c[0], c[1], c[2]) for c in cases]:
        for t in turns:
            if t["kind"] == "text":
                for p in t["where"]:
                    if p["document"] in DOCS:
                        pages = DOCS[p["document"]].prose(p["fragment"])
                        if len(pages) != 1:
                            raise SystemExit(f"{cid}: passage {p['fragment']!r} on pages {pages}")
                        p["page"] = pages[0]
                joined = " ".join(p["fragment"] for p in t["where"]).lower()
                for item in t["include"]:
                    alts = item if isinstance(item, list) else [item]
                    if not any(a.lower() in joined for a in alts):
                        raise SystemExit(f"{cid}: include {item!r} not in its passages")
    out = ["# set-ay: blind evaluation cases (FORMAT.md version 1), generated by source/gen_cases.py.",
           "# Documents: the four real documents of /work/main/corpus and two FICTIONAL documents with made-up",
           "# figures: Gemeente Wassenaar, Voorjaarsnota 2025 (Prawn) and Regio Twente, Jaarstukken 2024 (PDFKit).",
           "# Values are in euros after the table's scale (x € 1.000, x € 1 mln, in euro's), unsigned;",
           "# per-inwoner amounts in euros with cents; percentages in percent; fte and aantallen as counts.",
           "# Pages are physical PDF pages. 'NOT accepted' lists nearby printings that must not be given.",
           "version: 1", "cases:"]
    prov = {}
    for cid, scope, turns in cases:
        conv = len(turns) > 1
        lines = [f"# ---- {cid}" + (" (conversation)" if conv else "")]
        for n, t in enumerate(turns, 1):
            pre = f"turn {n}: " if conv else ""
            for cl in comment_lines(cid, t):
                lines.append("# " + pre + cl)
        case = {"id": cid}
        if conv:
            if scope:
                case["municipality"] = scope
            case["turns"] = []
            for t in turns:
                tt = {"question": t["question"], "kind": t["kind"]}
                e = expect_of(t)
                if e:
                    tt["expect"] = e
                case["turns"].append(tt)
        else:
            t = turns[0]
            case["question"] = t["question"]
            if scope:
                case["municipality"] = scope
            case["kind"] = t["kind"]
            e = expect_of(t)
            if e:
                case["expect"] = e
        dumped = yaml.safe_dump([case], allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
        out.extend(lines)
        out.append(dumped.rstrip("\n"))
        prov[cid] = []
        for t in turns:
            p = {"kind": t["kind"], "question": t["question"]}
            if t["kind"] == "figure":
                p.update({"main": t["main"], "accept": t["accept"], "other": t["other"], "unit": t["unit"],
                          "municipality": t["muni"], "tolerance": t["tol"], "note": t["note"]})
            elif t["kind"] == "refusal":
                p.update({"why": t["why"], "absent": t["absent"]})
            elif t["kind"] == "text":
                p.update({"include": t["include"], "where": t["where"], "municipality": t["muni"]})
            else:
                p.update({"exclude": t["exclude"], "why": t["why"], "evidence": t["evidence"],
                          "municipality": t["muni"]})
            prov[cid].append(p)
    (SET / "cases.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(prov, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
    kinds = {}
    for cid, _, turns in cases:
        for t in turns:
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(f"wrote {SET / 'cases.yaml'}: {len(cases)} cases, {sum(kinds.values())} turns {kinds}")


if __name__ == "__main__":
    main()
