"""Writes ../cases.yaml (FORMAT.md version 1) and provenance.json for set-ax.

Every expected, accepted and 'other' (not accepted) figure is located in the finished documents: a table cell of
a new PDF (caption, page, row, group, column, printed text, scale statement), a sentence of a new PDF, a line of
the real Twenterand 2020 text export, or a line of the real Wassenaar Begroting 2024 PDF. For the new documents
the printed figure must also equal data.py.
"""
import json
import os
import sys

import yaml

import content_duivenvoorde as CD
import content_twenterand as CT
import data as D
from extract import find_prose, find_row, layout_text, n_pages, norm, page_lines, page_text, parse_amount

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
CORPUS = os.path.join(SET, "corpus")
TW_PDF = "twenterand-programmabegroting-2025.pdf"
DV_PDF = "duivenvoorde-begroting-2025.pdf"
TW20 = "twenterand-programmabegroting-2020-sociaal-domein.txt"
WAS = "wassenaar-begroting-2024.pdf"
MUNI = {TW_PDF: "Twenterand", DV_PDF: "Werkorganisatie Duivenvoorde", TW20: "Twenterand", WAS: "Wassenaar"}
DVN = "Werkorganisatie Duivenvoorde"

MODELS = {TW_PDF: CT.MODEL, DV_PDF: CD.MODEL}
TABLES = {doc: {b["id"]: b for b in m["blocks"] if b["t"] == "table"} for doc, m in MODELS.items()}

# scale of each table and the statement that gives it (Twenterand: a sentence above a group of tables)
S_PAR = "Alle bedragen in deze paragraaf zijn x € 1.000."
S_H3 = "Alle bedragen in dit hoofdstuk zijn x € 1.000."
S_TV = "De bedragen in dit overzicht zijn in hele euro's."
S_W = "De bedragen in deze paragraaf zijn x € 1.000."


def tw_scale(tid):
    if tid.startswith("T2.") and (not tid.endswith(".1") or tid == "T2.7.1"):
        return 1000, S_PAR
    if tid.startswith("T3."):
        return 1000, S_H3
    if tid == "T4.1":
        return 1, S_TV
    if tid in ("T5.5", "T5.6"):
        return 1000, S_W
    if tid in ("T5.2", "T5.3", "T5.4"):
        return 1, "(in euro's per jaar)" if tid != "T5.4" else "€"
    if tid == "T5.8":
        return 1, "De tabel geeft de bijdrage die Twenterand aan elke verbonden partij betaalt, in euro's."
    return 1, None


def dv_scale(tid):
    s = TABLES[DV_PDF][tid]["scale"]
    return (1000 if "x € 1.000" in s else 1), s


def pdfpath(doc):
    return os.path.join(CORPUS, doc)


def header_line(doc, caption):
    """The first header line of a table as printed (the line after the caption, or after the scale line)."""
    path = pdfpath(doc)
    for p in range(1, n_pages(path) + 1):
        ls = page_lines(path, p)
        for i, ln in enumerate(ls):
            if ln["text"] == caption:
                k = i + 1
                if doc == DV_PDF:
                    k += 1
                return ls[k]["text"]
    raise AssertionError(caption)


def cell(doc, tid, row, col, group=None, occ=0, unit="EUR", expect=None):
    tb = TABLES[doc][tid]
    cols = tb["cols"]
    ci = cols.index(col)
    cur, hits = None, []
    groups = []
    for r in tb["rows"]:
        if r["style"] == "group":
            cur = r["cells"][0]
            groups.append(cur)
            continue
        if r["cells"][0] == row and (group is None or group == cur):
            hits.append((r, cur))
    assert len(hits) > occ, (tid, row, group)
    r, g = hits[occ]
    printed = r["cells"][ci]
    assert printed not in ("", "-"), (tid, row, col)
    scale, stmt = (tw_scale if doc == TW_PDF else dv_scale)(tid)
    hl = header_line(doc, tb["caption"])
    loc, nmatch = find_row(pdfpath(doc), tb["caption"], hl, row, r["cells"][1:], group=g if group else None,
                           occurrence=0 if group else occ, group_labels=tuple(groups))
    v = parse_amount(printed)
    if unit == "EUR":
        value = round(abs(v) * scale)
    else:
        value = abs(v) if unit in ("count", "percent") else v
        value = int(value) if float(value).is_integer() and "," not in printed else value
    if expect is not None:
        assert abs(value - expect) < 1e-9, (tid, row, col, value, expect)
    return {"kind": "cell", "document": doc, "page": loc["page"], "table": tb["caption"], "table_pages": loc["pages"],
            "continued": loc["page"] != loc["pages"][0], "header_line": hl, "group": g if group else None, "row": row,
            "row_cells": r["cells"][1:], "column": col, "column_index": ci - 1, "cell_text": printed,
            "scale": scale, "scale_statement": stmt, "label_first_line": loc["label_first_line"],
            "label_lines": loc["label_lines"], "line": loc["line"], "row_lines": loc["row_lines"], "value": value,
            "unit": unit}


def prose(doc, anchor, printed, value, unit="EUR"):
    occ = find_prose(pdfpath(doc), anchor)
    assert len(occ) == 1, (anchor, occ)
    assert printed in anchor
    return {"kind": "prose", "document": doc, "page": occ[0][0], "pages": occ[0], "anchor": norm(anchor),
            "printed": printed, "value": value, "unit": unit}


def real_txt(label, col, printed, value, section="Lasten per doelenboom"):
    lines = open(os.path.join(CORPUS, TW20), encoding="utf-8").read().split("\n")
    hdr = lines.index("2020 2021 2022 2023")
    sec = next(i for i in range(hdr, len(lines)) if lines[i] == section)
    ln = next(i for i in range(sec, len(lines)) if lines[i].startswith(label + " "))
    toks = lines[ln][len(label):].split()
    ci = ["2020", "2021", "2022", "2023"].index(col)
    assert toks[ci] == printed, (label, col, toks)
    assert round(abs(parse_amount(printed))) == value
    return {"kind": "real_text", "document": TW20, "line": ln + 1, "table": "Overzicht 3.1 Baten en lasten Sociaal domein",
            "section": section, "row": label, "column": col, "column_index": ci, "header_line": lines[hdr],
            "text": lines[ln], "printed": printed, "value": value, "unit": "EUR"}


def real_pdf(page, caption, row, token_index, column, printed, value, scale=1000):
    txt = layout_text(pdfpath(WAS), page)
    lines = txt.split("\n")
    c = next(i for i, l in enumerate(lines) if caption in l)
    ln = next(i for i in range(c, len(lines)) if lines[i].strip().startswith(row))
    toks = lines[ln].strip()[len(row):].split()
    assert toks[token_index] == printed, (toks, token_index, printed)
    assert round(abs(parse_amount(printed)) * scale) == value
    return {"kind": "real_pdf", "document": WAS, "page": page, "table": caption, "row": row, "column": column,
            "token_index": token_index, "printed": printed, "scale": scale,
            "scale_statement": "bedragen x € 1.000,-", "line": lines[ln].strip(), "value": value, "unit": "EUR"}


# ----------------------------------------------------------------------------------------------- helpers
def fig(value, srcs, unit="EUR", accept=None, tol=None, op=None, derivation=None, other=(), muni=None, accept_ops=()):
    e = {"value": value}
    if accept:
        e["accept"] = accept
    if tol:
        e["tolerance"] = tol
    e["unit"] = unit
    e["municipality"] = muni or MUNI[srcs[0]["document"]]
    return {"kind": "figure", "expect": e, "prov": {"kind": "figure", "value": value, "accept": accept or [],
                                                    "tolerance": tol or 0, "sources": srcs, "op": op,
                                                    "derivation": derivation, "other": list(other),
                                                    "accept_derivations": [{"value": v, "op": o, "sources": ss}
                                                                           for v, o, ss in accept_ops]}}


def txt(include, where, muni, why=None):
    return {"kind": "text", "expect": {"include": include, "municipality": muni},
            "prov": {"kind": "text", "include": include, "where": where, "why": why}}


def ref(why, absent):
    return {"kind": "refusal", "prov": {"kind": "refusal", "why": why, "absent": absent}}


def anyk(exclude, muni, why):
    return {"kind": "any", "expect": {"exclude": exclude, "municipality": muni},
            "prov": {"kind": "any", "exclude": exclude, "why": why}}


def where(doc, anchor):
    occ = find_prose(pdfpath(doc), anchor)
    assert len(occ) == 1, (anchor, occ)
    return {"document": doc, "pages": occ[0], "anchor": norm(anchor)}


def fmt_eur(v):
    return f"{int(v):,}".replace(",", ".")


# ----------------------------------------------------------------------------------------------- cases
T = TW_PDF
V = DV_PDF
C6 = "T2.6.2"
YR = "2025"
CASES = []


def case(id, question=None, turn=None, municipality=None, turns=None):
    c = {"id": id}
    if municipality:
        c["municipality"] = municipality
    if turns is None:
        c["question"] = question
        c.update(turn)
    else:
        c["turns"] = [dict(question=q, **t) for q, t in turns]
    CASES.append(c)


# --- Twenterand 2025, single figures -------------------------------------------------------------------
case("ax-tw-01", "Wat zijn de baten van Sociale zaken in de begroting 2025?",
     fig(16214000, [cell(T, C6, "Sociale zaken", YR, group="Baten", expect=16214000)],
         other=[cell(T, C6, "Sociale zaken", YR, group="Lasten"), cell(T, C6, "Sociale zaken", "2024 na wijziging", group="Baten"),
                real_txt("Sociale zaken", "2020", "-14.014.961", 14014961, section="Baten per doelenboom")]),
     municipality="Twenterand")
case("ax-tw-02", "hoevel krijgt twenterand in 2025 uit het gemeentefonds?",
     fig(72261000, [cell(T, "T2.7.1", "Algemene uitkering gemeentefonds", YR, expect=D.TW_TOT[2]["alg_uitkering"] * 1000),
                    cell(T, "T4.1", "0.7 Algemene uitkering en overige uitkeringen gemeentefonds", "Baten 2025")],
         other=[cell(T, "T2.7.1", "Algemene uitkering gemeentefonds", "2024 na wijziging"),
                cell(T, "T2.7.1", "Totaal algemene dekkingsmiddelen", YR)]))
case("ax-tw-05", "wat betaalt twenterand in 2025 aan de veiligheidsregio?",
     fig(2236840, [cell(T, "T5.8", "Veiligheidsregio Twente", "Bijdrage 2025", expect=2236840)],
         accept=[2237000],
         other=[cell(T, "T5.8", "Veiligheidsregio Twente", "Bijdrage 2024"),
                cell(T, "T2.2.2", "Crisisbeheersing en brandweer (bijdrage Veiligheidsregio Twente)", "2024 na wijziging")],
         derivation="accept 2.237 x € 1.000 = 2.237.000: the same bijdrage rounded in Tabel 2.2.2 (row 'Crisisbeheersing en brandweer (bijdrage Veiligheidsregio Twente)', column 2025)"))
CASES[-1]["prov"]["sources"].append(cell(T, "T2.2.2", "Crisisbeheersing en brandweer (bijdrage Veiligheidsregio Twente)", YR,
                                         expect=2237000))
case("ax-tw-07", "Hoeveel haalt de gemeente in 2025 uit de reserve sociaal domein?",
     fig(1050000, [cell(T, "T3.2", "Reserve sociaal domein", "Onttrekking 2025", expect=1050000),
                   prose(T, "In 2025 onttrekken wij € 1.050.000 aan deze reserve", "€ 1.050.000", 1050000)],
         other=[cell(T, "T3.2", "Reserve sociaal domein", "Stand 1 januari 2025"),
                cell(T, "T3.2", "Reserve sociaal domein", "Stand 31 december 2025")]),
     municipality="Twenterand")
case("ax-tw-09", "Wat zijn de lasten van taakveld 6.72 Maatwerkdienstverlening 18- in 2025?",
     fig(12861567, [cell(T, "T4.1", "6.72 Maatwerkdienstverlening 18-", "Lasten 2025",
                         expect=D.TW_TAAKVELDEN["6.72"]["lasten"])],
         other=[cell(T, "T4.1", "6.72 Maatwerkdienstverlening 18-", "Saldo 2025"),
                cell(T, "T4.1", "6.71 Maatwerkdienstverlening 18+", "Lasten 2025")]),
     municipality="Twenterand")
case("ax-tw-10", "Welk deel van alle lasten in 2025 gaat naar het sociaal domein, in procenten?",
     fig(55.33, [cell(T, "T3.1", "6. Sociaal domein", YR, group="Lasten", expect=62466000),
                 cell(T, "T3.1", "Totaal lasten", YR, expect=112899000)], unit="percent", tol=0.06,
         op="share", derivation="62.466 / 112.899 x 100 = 55,33%",
         other=[prose(T, "Ruim de helft daarvan gaat naar het sociaal domein (programma 6): € 62.466.000.", "€ 62.466.000", 62466000)]),
     municipality="Twenterand")
case("ax-tw-11", "Hoeveel is er in 2025 samen begroot voor maatschappelijke ondersteuning en jeugd?",
     fig(36824000, [cell(T, C6, "Maatschappelijke ondersteuning", YR, group="Lasten", expect=15388000),
                    cell(T, C6, "Jeugd", YR, group="Lasten", expect=21436000)],
         op="sum", derivation="15.388 + 21.436 = 36.824 (x € 1.000) = 36.824.000",
         other=[cell(T, C6, "Jeugd", YR, group="Baten")]),
     municipality="Twenterand")
case("ax-tw-12", "hoeveel winkeldiefstallen zijn er per 1000 inwoners in twenterand",
     fig(0.9, [cell(T, "T2.2.1", "Winkeldiefstallen", "Twenterand", unit="count", expect=0.9)], unit="count",
         other=[cell(T, "T2.2.1", "Winkeldiefstallen", "Nederland", unit="count")]))
case("ax-tw-13", "Wat kost het nieuwe kindcentrum in Den Ham in totaal?",
     fig(10200000, [cell(T, "T3.3", "Nieuwbouw integraal kindcentrum (IKC) Den Ham", "Totaal krediet", expect=10200000)],
         other=[cell(T, "T3.3", "Nieuwbouw integraal kindcentrum (IKC) Den Ham", "Krediet 2025"),
                cell(T, "T3.3", "Nieuwbouw integraal kindcentrum (IKC) Den Ham", "Krediet 2026")]))
case("ax-tw-15", "Wat waren de werkelijke lasten van Sociale zaken in 2023?",
     fig(21873000, [cell(T, C6, "Sociale zaken", "2023", group="Lasten", expect=21873000)],
         other=[real_txt("Sociale zaken", "2023", "18.828.067", 18828067),
                cell(T, C6, "Sociale zaken", YR, group="Lasten")]),
     municipality="Twenterand")
case("ax-tw-17", "Hoeveel voordeel of nadeel geeft de hogere bijdrage aan de veiligheidsregio in 2025 vergeleken met 2024?",
     fig(132000, [cell(T, "T2.2.3", "Hogere bijdrage Veiligheidsregio Twente (cao en tankautospuiten)", "Verschil", expect=132000)],
         accept=[132230],
         accept_ops=[(132230, "difference", [cell(T, "T5.8", "Veiligheidsregio Twente", "Bijdrage 2025", expect=2236840),
                                             cell(T, "T5.8", "Veiligheidsregio Twente", "Bijdrage 2024", expect=2104610)])],
         derivation="printed as 132 with N in the V/N column (x € 1.000); also 2.237 - 2.105 in Tabel 2.2.2; "
                    "accept 2.236.840 - 2.104.610 = 132.230 from the bijdragen in euros (Tabel 5.8)",
         other=[cell(T, "T2.2.3", "Totaal verschil saldo van baten en lasten 2025 ten opzichte van 2024", "Verschil")]))

# --- Twenterand 2025 next to the real Programmabegroting 2020 ---------------------------------------------
case("ax-x-tw-01", "Hoeveel zijn de lasten van maatschappelijke ondersteuning in Twenterand gestegen van de begroting 2020 naar de begroting 2025?",
     fig(3622117, [cell(T, C6, "Maatschappelijke ondersteuning", YR, group="Lasten", expect=15388000),
                   real_txt("Maatschappelijke ondersteuning", "2020", "11.765.883", 11765883)],
         op="difference", derivation="15.388.000 - 11.765.883 = 3.622.117",
         other=[real_txt("Maatschappelijke ondersteuning", "2023", "11.958.690", 11958690),
                cell(T, C6, "Maatschappelijke ondersteuning", "2023", group="Lasten")]))

# --- Duivenvoorde, single figures ------------------------------------------------------------------------
BW = D.DV_BIJDR
case("ax-dv-01", "Hoeveel betaalt Wassenaar in 2025 aan Werkorganisatie Duivenvoorde?",
     fig(BW["B2025"]["Wassenaar"], [cell(V, "D3", "2025", "Bijdrage Wassenaar", expect=BW["B2025"]["Wassenaar"]),
                                   cell(V, "D2", "Bijdrage gemeente Wassenaar", "Begroting 2025", expect=22326000)],
         accept=[22326000], derivation="accept 22.326 x € 1.000 = 22.326.000 from Tabel 2 (the same bijdrage rounded)",
         other=[cell(V, "D3", "2024 (na wijziging)", "Bijdrage Wassenaar"), cell(V, "D3", "2025", "Bijdrage Voorschoten"),
                cell(V, "D3", "2025", "Totaal bijdragen")]))
case("ax-dv-02", "Hoeveel fte heeft Duivenvoorde in 2025?",
     fig(D.DV_FTE, [cell(V, "D4", "Totaal werkorganisatie", "Formatie (fte)", unit="count", expect=D.DV_FTE),
                    cell(V, "D5", "Totaal", "Formatie 2025", unit="count", expect=D.DV_FTE)], unit="count",
         other=[cell(V, "D5", "Totaal", "Formatie 2024", unit="count")]),
     municipality=DVN)
case("ax-dv-03", "hoeveel gaat er bij duivenvoorde op aan salarissen voor de buitendienst?",
     fig(5422600, [cell(V, "D4", "Buitendienst", "Loonsom", expect=5422600)],
         other=[cell(V, "D4", "Buitendienst", "Totaal lasten"), cell(V, "D4", "Buitendienst", "Overige lasten")]),
     municipality=DVN)
case("ax-dv-05", "Hoeveel geld gaat er in 2025 uit de bestemmingsreserve frictiekosten?",
     fig(240000, [cell(V, "D7", "Bestemmingsreserve frictiekosten", "Onttrekking", expect=240000)],
         derivation="printed with a minus sign, -240.000 (onttrekkingen staan er met een minteken)",
         other=[cell(V, "D7", "Bestemmingsreserve frictiekosten", "Stand 31-12-2025"),
                cell(V, "D7", "Bestemmingsreserve frictiekosten", "Stand 1-1-2025")]),
     municipality=DVN)
case("ax-dv-08", "Hoeveel meer betaalt Wassenaar in 2025 aan Duivenvoorde dan Voorschoten?",
     fig(1283722, [cell(V, "D3", "2025", "Bijdrage Wassenaar", expect=22326361),
                   cell(V, "D3", "2025", "Bijdrage Voorschoten", expect=21042639)], accept=[1283000],
         op="difference", derivation="22.326.361 - 21.042.639 = 1.283.722 (Tabel 3); from Tabel 2: 22.326 - 21.043 = 1.283 x € 1.000 = 1.283.000, accepted",
         other=[cell(V, "D3", "2025", "Totaal bijdragen")]))
CASES[-1]["prov"]["sources"] += [cell(V, "D2", "Bijdrage gemeente Wassenaar", "Begroting 2025", expect=22326000),
                                 cell(V, "D2", "Bijdrage gemeente Voorschoten", "Begroting 2025", expect=21043000)]
case("ax-dv-10", "hoeveel mensen werken er bij vergunningen toezicht en handhaving bij duivenvoorde (in fte)",
     fig(41.12, [cell(V, "D4", "Vergunningen, toezicht en handhaving", "Formatie (fte)", unit="count", expect=41.12)],
         unit="count", other=[cell(V, "D4", "Subtotaal Publiekszaken", "Formatie (fte)", unit="count")]))
# --- Duivenvoorde next to the real Wassenaar Begroting 2024 -----------------------------------------------
case("ax-x-w-01", "Welk deel van de totale lasten van Wassenaar in 2025 (volgens de Wassenaarse begroting 2024) is de bijdrage aan Duivenvoorde, in procenten?",
     fig(25.44, [cell(V, "D3", "2025", "Bijdrage Wassenaar", expect=22326361),
                 real_pdf(66, "Tabel 6.2 - Recapitulatie alle programma's", "Saldo van baten en lasten", 4,
                          "Begroting 2025, lasten", "-87.776", 87776000)], unit="percent", tol=0.06, op="share",
         derivation="22.326.361 / 87.776.000 x 100 = 25,44% (with 22.326 x € 1.000: 25,43%, inside the tolerance)"))

# --- conversations ----------------------------------------------------------------------------------------
case("ax-conv-gezondheid", municipality="Twenterand", turns=[
    ("Hoeveel geeft Twenterand in 2025 uit aan gezondheidszorg?",
     fig(2540000, [cell(T, C6, "Gezondheidszorg", YR, group="Lasten", expect=2540000)],
         other=[cell(T, "T4.1", "7.1 Volksgezondheid", "Lasten 2025"), cell(T, C6, "Gezondheidszorg", "2024 na wijziging", group="Lasten")],
         derivation="T4.1 prints 2.540.240 for taakveld 7.1 Volksgezondheid: not the programme row, not accepted")),
    ("En in 2021?",
     fig(2054938, [real_txt("Gezondheidszorg", "2021", "2.054.938", 2054938)],
         other=[real_txt("Gezondheidszorg", "2020", "2.010.843", 2010843)])),
    ("Hoeveel is dat verschil?",
     fig(485062, [cell(T, C6, "Gezondheidszorg", YR, group="Lasten", expect=2540000),
                  real_txt("Gezondheidszorg", "2021", "2.054.938", 2054938)], op="difference",
         derivation="2.540.000 - 2.054.938 = 485.062")),
])
case("ax-conv-jeugd", turns=[
    ("Wat waren de lasten van Jeugd in Twenterand volgens de begroting 2020, voor het jaar 2020?",
     fig(16695012, [real_txt("Jeugd", "2020", "16.695.012", 16695012)],
         other=[real_txt("Jeugd", "2021", "16.060.788", 16060788)])),
    ("En wat staat er voor 2025 begroot?",
     fig(21436000, [cell(T, C6, "Jeugd", YR, group="Lasten", expect=21436000)],
         other=[cell(T, C6, "Jeugd", YR, group="Baten"), cell(T, C6, "Jeugd", "2024 na wijziging", group="Lasten")])),
    ("Hoeveel procent meer is dat?",
     fig(28.40, [cell(T, C6, "Jeugd", YR, group="Lasten", expect=21436000),
                 real_txt("Jeugd", "2020", "16.695.012", 16695012)], unit="percent", tol=0.06, op="growth",
         derivation="(21.436.000 - 16.695.012) / 16.695.012 x 100 = 28,40%")),
])
case("ax-conv-woonlasten", municipality="Twenterand", turns=[
    ("Wat zijn de woonlasten voor een eigenaar met een gezin in 2025?",
     fig(860, [cell(T, "T5.3", "Eigenaar-bewoner, meerpersoonshuishouden", "Woonlasten 2025", expect=860),
               cell(T, "T5.4", "2025", "Woonlasten", expect=860)],
         other=[cell(T, "T5.3", "Eigenaar-bewoner, eenpersoonshuishouden", "Woonlasten 2025"),
                cell(T, "T5.3", "Eigenaar-bewoner, meerpersoonshuishouden", "Woonlasten 2024")])),
    ("En als je alleen woont en huurt?",
     fig(444, [cell(T, "T5.3", "Huurder, eenpersoonshuishouden", "Woonlasten 2025", expect=444)],
         other=[cell(T, "T5.3", "Huurder, meerpersoonshuishouden", "Woonlasten 2025"),
                cell(T, "T5.3", "Huurder, eenpersoonshuishouden", "Woonlasten 2024")])),
])
case("ax-conv-bijstand", municipality="Twenterand", turns=[
    ("Hoeveel mensen zitten er in de bijstand per 10.000 inwoners?",
     fig(289.4, [cell(T, "T2.6.1", "Personen met een bijstandsuitkering", "Twenterand", unit="count", expect=289.4)],
         unit="count", other=[prose(T, "Op 1 januari 2024 ontvingen 731 huishoudens een bijstandsuitkering.", "731", 731, unit="count")])),
    ("En landelijk?",
     fig(372.5, [cell(T, "T2.6.1", "Personen met een bijstandsuitkering", "Nederland", unit="count", expect=372.5)],
         unit="count")),
    ("Uit welk jaar is dat cijfer?",
     txt(["2023"], {"document": T, "table": "Tabel 2.6.1 Verplichte beleidsindicatoren programma 6",
                    "row": "Personen met een bijstandsuitkering", "column": "Jaar", "cell_text": "2023"},
         "Twenterand", why="the Jaar column of the indicator row")),
])
case("ax-conv-voorschoten", municipality=DVN, turns=[
    ("Wat is de bijdrage van Voorschoten in 2025?",
     fig(21042639, [cell(V, "D3", "2025", "Bijdrage Voorschoten", expect=21042639),
                    cell(V, "D2", "Bijdrage gemeente Voorschoten", "Begroting 2025", expect=21043000)],
         accept=[21043000], derivation="accept 21.043 x € 1.000 = 21.043.000 (Tabel 2)",
         other=[cell(V, "D3", "2024 (na wijziging)", "Bijdrage Voorschoten")])),
    ("Hoeveel is dat per inwoner?",
     fig(821.56, [cell(V, "D3", "2025", "Bijdrage Voorschoten", expect=21042639),
                  cell(V, "D1", "Voorschoten", "Inwoners", unit="count", expect=25613)], tol=0.5, op="per_inwoner",
         derivation="21.042.639 / 25.613 = 821,56 (with 21.043.000: 821,57)")),
    ("En voor Wassenaar?",
     fig(828.44, [cell(V, "D3", "2025", "Bijdrage Wassenaar", expect=22326361),
                  cell(V, "D1", "Wassenaar", "Inwoners", unit="count", expect=26950)], tol=0.5, op="per_inwoner",
         derivation="22.326.361 / 26.950 = 828,44 (with 22.326.000: 828,42)")),
])
case("ax-conv-wassenaar", turns=[
    ("Wat betaalt Wassenaar in 2026 aan Duivenvoorde?",
     fig(BW["M2026"]["Wassenaar"], [cell(V, "D3", "2026", "Bijdrage Wassenaar", expect=BW["M2026"]["Wassenaar"]),
                                   cell(V, "D2", "Bijdrage gemeente Wassenaar", "Begroting 2026", expect=23096000)],
         accept=[23096000], derivation="accept 23.096 x € 1.000 = 23.096.000 (Tabel 2)",
         other=[cell(V, "D3", "2025", "Bijdrage Wassenaar")])),
    ("En wat zijn volgens de begroting 2024 van Wassenaar de totale lasten van de gemeente Wassenaar in 2026?",
     fig(87577000, [real_pdf(66, "Tabel 6.2 - Recapitulatie alle programma's", "Saldo van baten en lasten", 7,
                             "Begroting 2026, lasten", "-87.577", 87577000)],
         other=[real_pdf(66, "Tabel 6.2 - Recapitulatie alle programma's", "Saldo van baten en lasten", 4,
                         "Begroting 2025, lasten", "-87.776", 87776000)],
         derivation="the same -87.577 is printed in Tabel 12.2 (page 111)")),
    ("Welk percentage daarvan gaat naar Duivenvoorde?",
     fig(26.37, [cell(V, "D3", "2026", "Bijdrage Wassenaar", expect=BW["M2026"]["Wassenaar"]),
                 real_pdf(66, "Tabel 6.2 - Recapitulatie alle programma's", "Saldo van baten en lasten", 7,
                          "Begroting 2026, lasten", "-87.577", 87577000)], unit="percent", tol=0.06, op="share",
         derivation="23.095.987 / 87.577.000 x 100 = 26,37% (with 23.096 x € 1.000: 26,37%)", muni=DVN)),
])
case("ax-conv-lasten", municipality=DVN, turns=[
    ("Wat zijn de totale lasten van Duivenvoorde in 2028?",
     fig(47249000, [cell(V, "D2", "Totaal lasten", "Begroting 2028", expect=D.DV_LASTEN_K[5] * 1000)],
         other=[cell(V, "D2", "Totaal lasten", "Begroting 2027")])),
    ("En in 2029?", ref("the meerjarenraming ends in 2028", ["no column 2029 in Tabel 2 or any other table"])),
])

# --- refusals ---------------------------------------------------------------------------------------------
case("ax-weiger-01", "Wat zijn de lasten van Jeugd in Twenterand in 2029?",
     ref("the Twenterand begroting 2025 runs to 2028 and the 2020 begroting to 2023", ["2029 in either Twenterand document"]),
     municipality="Twenterand")
case("ax-weiger-02", "Hoeveel betaalt Leidschendam-Voorburg aan Werkorganisatie Duivenvoorde?",
     ref("Duivenvoorde has two members, Wassenaar and Voorschoten", ["Leidschendam-Voorburg in the Duivenvoorde begroting"]))
case("ax-weiger-03", "Wat was de bijdrage van Voorschoten aan Duivenvoorde in 2022?",
     ref("Tabel 3 starts with the realisatie 2023", ["a 2022 column or row in the Duivenvoorde begroting"]))
case("ax-weiger-04", "Hoeveel inwoners had Twenterand op 1 januari 2025?",
     ref("the kerngegevens give 1 januari 2023 and 2024 only", ["inwoners op 1 januari 2025"]))
case("ax-weiger-05", "Wat kost de nieuwe brandweerkazerne in Vriezenveen?",
     ref("no brandweerkazerne in the investeringen (Tabel 3.3) or anywhere else", ["brandweerkazerne"]))
case("ax-weiger-06", "Hoeveel verdient de directeur van Duivenvoorde?",
     ref("only the loonsom of team Directie (4,00 fte together) is printed, no salary of a person", ["a salary of the directeur"]),
     municipality=DVN)
case("ax-weiger-07", "Wat betaalt Twenterand aan Werkorganisatie Duivenvoorde?",
     ref("Twenterand is no member of Duivenvoorde; its verbonden partijen (Tabel 5.8) do not include it", ["Duivenvoorde in the Twenterand documents", "Twenterand in the Duivenvoorde begroting"]))
case("ax-weiger-08", "Wat is de netto schuldquote van Wassenaar in 2026?",
     ref("the Wassenaar begroting 2024 gives the kengetallen for 2022-2024 only (Tabel 8.3); the new documents hold no Wassenaar kengetallen", ["a Wassenaar netto schuldquote for 2026"]))
# --- text ---------------------------------------------------------------------------------------------------
case("ax-tekst-01", "Waarom gaat de afvalstoffenheffing in Twenterand omhoog in 2025?",
     txt(["Twence", ["afvalstoffenbelasting", "verbranden"]],
         where(T, "De afvalstoffenheffing stijgt in 2025, door hogere verwerkingstarieven van Twence en de verhoging van de rijksbelasting op het verbranden van afval (de afvalstoffenbelasting)."),
         "Twenterand"))
case("ax-tekst-02", "Welke subdoelen heeft Twenterand voor de jeugd in de begroting 2025?",
     txt([["POH-jeugd", "praktijkondersteuner"], "buiten het eigen gezin", ["acht weken", "wachttijd"]],
         where(T, "Doel 6.4.1 Er is preventie van problemen bij jeugd Subdoel 6.4.1.1 Bij alle huisartsenpraktijken werkt "
                  "een praktijkondersteuner jeugd (POH-jeugd) Doel 6.4.2 Waar nodig is er passende ondersteuning en zorg "
                  "voor jeugdigen en ouders Subdoel 6.4.2.1 Minder jeugdigen verblijven buiten het eigen gezin Subdoel "
                  "6.4.2.2 De wachttijd voor jeugdhulp is korter dan acht weken"), "Twenterand"),
     municipality="Twenterand")
case("ax-tekst-03", "Waarom stijgt de bijdrage aan de Veiligheidsregio Twente?",
     txt(["cao", "tankautospuit"],
         where(T, "De bijdrage aan de Veiligheidsregio Twente stijgt in 2025, door de nieuwe cao en de vervanging van tankautospuiten."),
         "Twenterand"), municipality="Twenterand")
case("ax-tekst-04", "Kan Twenterand financiële tegenvallers opvangen? Hoe staat het weerstandsvermogen ervoor?",
     txt(["1,77", ["ruim voldoende", "waardering B"]],
         where(T, "8.830 / 5.000 = 1,77. Volgens de waarderingstabel van het Nederlands Adviesbureau voor Risicomanagement is dat ruim voldoende (waardering B)."),
         "Twenterand"))
case("ax-tekst-05", "Waar is de reserve sociaal domein voor bedoeld?",
     txt(["schommelingen", "jeugdhulp"],
         where(T, "De reserve sociaal domein vangt schommelingen op in de kosten van jeugdhulp en Wmo."), "Twenterand"),
     municipality="Twenterand")
case("ax-tekst-06", "Wat wil Werkorganisatie Duivenvoorde bereiken?",
     txt([["wendbare", "betrouwbare"], "inhuur"],
         where(V, "Duivenvoorde wil een wendbare en betrouwbare werkorganisatie zijn, die twee gemeenten met elk een eigen "
                  "identiteit even goed bedient. Inwoners en ondernemers van Wassenaar en Voorschoten moeten merken dat zij "
                  "met één deskundige organisatie te maken hebben, die dichtbij is en snel antwoord geeft. In 2025 richten "
                  "wij ons op drie dingen: minder afhankelijkheid van inhuur door zelf mensen op te leiden, een veilige "
                  "digitale dienstverlening, en een organisatie die de opgaven van beide gemeenten aankan binnen de "
                  "bijdragen die zij daarvoor beschikbaar stellen."),
         DVN))
case("ax-tekst-07", "hoe wordt bepaald wat wassenaar en voorschoten elk aan duivenvoorde betalen?",
     txt(["60%", "40%", "woonruimten"],
         where(V, "De bijdrage wordt verdeeld met een verdeelsleutel: voor 60% op basis van het aantal inwoners en voor 40% op basis van het aantal woonruimten"),
         DVN))
case("ax-tekst-08", "Waarom zijn de lasten van Duivenvoorde in 2025 lager dan in 2024?",
     txt(["inhuur", ["vacatures", "eigen mensen"]],
         where(V, "De salarislasten stijgen door de cao gemeenten, maar de inhuur van derden daalt sterker, omdat wij vacatures vaker met eigen mensen vervullen."),
         DVN), municipality=DVN)
case("ax-tekst-09", "Wat is het grootste risico voor Duivenvoorde?",
     txt([["loonkosten", "cao"], "indexatie"],
         where(V, "Het grootste risico is dat de loonkosten harder stijgen dan de indexatie van de bijdragen"), DVN),
     municipality=DVN)
# --- any ----------------------------------------------------------------------------------------------------
case("ax-any-01", "Hoe staat Twenterand er financieel voor?",
     anyk(["-2.349", "87.776"], "Twenterand",
          "a vague question: the resultaat 2025, the tekort 2027, the weerstandsvermogen or the schuldquote are all fair; Wassenaar's saldo and lasten are not"),
     municipality="Twenterand")
case("ax-any-02", "Vertel eens wat over Duivenvoorde",
     anyk(["34.215"], DVN, "any key figure of the Duivenvoorde begroting is fair; the inwoners of Twenterand are not"))


# ----------------------------------------------------------------------------------------------- output
def describe(src):
    if src["kind"] == "cell":
        g = f", group '{src['group']}'" if src["group"] else ""
        cont = " (continued part of the table, under its repeated header)" if src["continued"] else ""
        sc = ""
        if src["unit"] == "EUR":
            sc = (f"; scale x {src['scale']:,}".replace(",", ".") + f" from \"{src['scale_statement']}\""
                  if src["scale"] != 1 else f"; in euros (\"{src['scale_statement']}\")" if src["scale_statement"] else "")
        lab = f"; label over {src['label_lines']} lines" if src["label_lines"] > 1 else ""
        return (f"{src['document']} p.{src['page']}{cont}, {src['table']}, row '{src['row']}'{g}, column "
                f"'{src['column']}': printed '{src['cell_text']}'{sc}{lab} -> {fmt(src['value'])}")
    if src["kind"] == "prose":
        return f"{src['document']} p.{src['page']}, sentence \"{src['anchor'][:110]}\": '{src['printed']}' -> {fmt(src['value'])}"
    if src["kind"] == "real_text":
        return (f"{src['document']} line {src['line']}, {src['table']}, {src['section']}, row '{src['row']}', column "
                f"'{src['column']}': '{src['printed']}' -> {fmt(src['value'])}")
    if src["kind"] == "real_pdf":
        return (f"{src['document']} p.{src['page']}, {src['table']}, row '{src['row']}', column '{src['column']}' "
                f"(x € 1.000, lasten printed negative): '{src['printed']}' -> {fmt(src['value'])}")


def fmt(v):
    if isinstance(v, float) and not v.is_integer():
        return str(v).replace(".", ",")
    return fmt_eur(v)


def comment_lines(turn):
    p = turn["prov"]
    out = []
    if p["kind"] == "figure":
        out.append(f"figure {fmt(p['value'])}" + (f" (accept {', '.join(fmt(a) for a in p['accept'])})" if p["accept"] else "")
                   + (f", tolerance {p['tolerance']}" if p["tolerance"] else ""))
        for s in p["sources"]:
            out.append("  from " + describe(s))
        if p["derivation"]:
            out.append("  derivation: " + p["derivation"])
        for ad in p.get("accept_derivations", []):
            for s in ad["sources"]:
                out.append(f"  accepted {fmt(ad['value'])} ({ad['op']}) from " + describe(s))
        for s in p["other"]:
            out.append("  NOT accepted: " + describe(s))
    elif p["kind"] == "text":
        w = p["where"]
        if "anchor" in w:
            out.append(f"text from {w['document']} p.{','.join(map(str, w['pages']))}: \"{w['anchor'][:150]}\"")
        else:
            out.append(f"text from {w['document']}, {w['table']}, row '{w['row']}', column '{w['column']}': '{w['cell_text']}'")
        out.append("  include: " + json.dumps(p["include"], ensure_ascii=False))
    elif p["kind"] == "refusal":
        out.append("refusal: " + p["why"])
    else:
        out.append("any: " + p["why"])
    return out


def yv(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(yv(x) for x in v) + "]"
    if isinstance(v, float):
        return repr(round(v, 4))
    return str(v)


def yexpect(e):
    return "{" + ", ".join(f"{k}: {yv(v)}" for k, v in e.items()) + "}"


def write(path_yaml, path_prov):
    L = ["# set-ax: blind evaluation cases (FORMAT.md version 1), generated by source/gen_cases.py; do not edit by hand.",
         "# The corpus holds the four real documents of /work/main/corpus and two FICTIONAL documents with made-up",
         "# figures: Gemeente Twenterand, Programmabegroting 2025 (pdfmake) and Werkorganisatie Duivenvoorde, Begroting",
         "# 2025 (jsPDF, landscape). Values are in euros after the table's scale; percentages as 25.44 (not 0.2544).",
         "# Each comment names the document, page, table, row, column and printed text; 'NOT accepted' lists nearby",
         "# printed figures that a wrong answer would give.",
         "version: 1", "cases:"]
    prov = {}
    for c in CASES:
        turns = c.get("turns") or [c]
        prov[c["id"]] = [t["prov"] for t in turns]
        if "turns" not in c:
            for ln in comment_lines(c):
                L.append("# " + ln)
        L.append(f"- id: {c['id']}")
        if "municipality" in c:
            L.append(f"  municipality: {yv(c['municipality'])}")
        if "turns" in c:
            L.append("  turns:")
            for t in c["turns"]:
                for ln in comment_lines(t):
                    L.append("  # " + ln)
                L.append(f"  - question: {yv(t['question'])}")
                L.append(f"    kind: {t['kind']}")
                if "expect" in t:
                    L.append(f"    expect: {yexpect(t['expect'])}")
        else:
            L.append(f"  question: {yv(c['question'])}")
            L.append(f"  kind: {c['kind']}")
            if "expect" in c:
                L.append(f"  expect: {yexpect(c['expect'])}")
    text = "\n".join(L) + "\n"
    yaml.safe_load(text)
    open(path_yaml, "w", encoding="utf-8").write(text)
    json.dump(prov, open(path_prov, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    kinds = {}
    for c in CASES:
        for t in c.get("turns") or [c]:
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print("cases", len(CASES), "turns", sum(kinds.values()), kinds,
          "conversations", sum(1 for c in CASES if "turns" in c))


if __name__ == "__main__":
    write(os.path.join(SET, "cases.yaml"), os.path.join(HERE, "provenance.json"))
