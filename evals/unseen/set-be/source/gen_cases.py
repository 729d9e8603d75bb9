"""Write ../cases.yaml (FORMAT.md version 1, a comment above every case) and provenance.json.

Expected values come from data.py (the new documents) or are typed from the real documents; every figure is
located in the finished PDFs here (generation fails if a printed figure is not where the case says) and again,
independently of data.py, by check.py.  Usage: python gen_cases.py SETDIR
"""
import json
import os
import sys
from decimal import Decimal

import yaml

import data as D
import extract as X
from fmt import co, co_eur, dec, dots, gt, gt_eur, k, mln, pct

SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(SET, "corpus")

CO26 = "collectie-overijssel-begroting-2026.pdf"
CO23 = "collectie-overijssel-jaarstukken-2023.pdf"
GT24 = "ggd-twente-jaarstukken-2024.pdf"
WA24 = "wassenaar-begroting-2024.pdf"
TW20 = "twenterand-programmabegroting-2020-sociaal-domein.txt"
DK20 = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
ALL_DOCS = [CO26, CO23, GT24, WA24, TW20, DK20]
MUNI = {CO26: "Collectie Overijssel", CO23: "Collectie Overijssel", GT24: "GGD Twente", WA24: "Wassenaar",
        TW20: "Twenterand", DK20: "Dinkelland"}
NAME = {CO26: "Collectie Overijssel, Begroting 2026 (FICTIONAL)", CO23: "Collectie Overijssel, Jaarstukken 2023 (real)",
        GT24: "GGD Twente, Jaarstukken 2024 (FICTIONAL)", WA24: "Wassenaar, Begroting 2024 (real)",
        TW20: "Twenterand, Programmabegroting 2020 (real)", DK20: "Dinkelland, Begroting 2020 (real)"}
SCALE_TXT = {1: "in euro's", 1000: "x € 1.000", 1_000_000: "€ mln"}


def P_(doc):
    return os.path.join(CORPUS, doc)


def num(v):
    """JSON/YAML number: int when whole, else float with the printed decimals."""
    v = Decimal(str(v))
    if v == v.to_integral_value():
        return int(v)
    return float(v)


def nl(v):
    """Dutch rendering of a value for comments: 1.878.004 / 14,08."""
    v = Decimal(str(v))
    if v == v.to_integral_value():
        return dots(int(v))
    s = format(v.normalize(), "f")
    return s.replace(".", ",")


# ------------------------------------------------------------------------------------------ sources
def S(doc, anchor, row, col, column, printed, scale=1, after=None, page=None, table=None):
    """A table cell; the page is found from the anchor (the table's caption line or header line)."""
    path = P_(doc)
    pages = [page] if page else X.find_pages(path, anchor)
    found = None
    for pg in pages:
        try:
            txt, ln, j = X.cell(path, pg, anchor, row, col, after)
        except LookupError:
            continue
        found = (pg, txt, ln)
        break
    if not found:
        raise SystemExit(f"{doc}: {anchor!r} / {row!r} not found")
    pg, txt, ln = found
    stmt = X.scale_statement(path, pg, anchor, row, after, col)
    if X.norm(txt) != X.norm(printed):
        raise SystemExit(f"{doc} p{pg} {anchor!r} {row!r} col {col}: printed {txt!r}, expected {printed!r}")
    value = Decimal(X.parse_number(printed)) * scale
    return dict(kind="cell", document=doc, page=pg, table=table or anchor, anchor=anchor, group=after, row=row,
                col=col, column=column, printed=X.norm(printed), scale=scale, scale_statement=stmt,
                line=ln.text, value=num(value))


def PR(doc, quote, value, page=None):
    """A figure or passage in running text."""
    path = P_(doc)
    q = X.norm(quote)
    pages = [page] if page else [i for i in range(1, len(X.pages(path)) + 1) if q in X.page_text(path, i)]
    if not pages:
        raise SystemExit(f"{doc}: prose {quote!r} not found")
    return dict(kind="prose", document=doc, page=pages[0], quote=q, value=num(value) if value is not None else None)


def comp(op, a, b, nd=2):
    va, vb = abs(Decimal(str(a["value"]))), abs(Decimal(str(b["value"])))   # lasten are negative in the real jaarstukken
    if op == "diff":
        v = va - vb
        der = f"{nl(va)} - {nl(vb)} = {nl(v)}"
    elif op == "sum":
        v = va + vb
        der = f"{nl(va)} + {nl(vb)} = {nl(v)}"
    elif op == "share":
        v = (va * 100 / vb).quantize(Decimal(1).scaleb(-nd))
        der = f"{nl(va)} / {nl(vb)} x 100 = {nl(v)} %"
    else:
        raise ValueError(op)
    return dict(kind="computed", op=op, sources=[a, b], derivation=der, value=num(v))


def where(s):
    if s["kind"] == "cell":
        g = f", under group '{s['group']}'" if s.get("group") else ""
        return (f"{s['document']} p.{s['page']}, {s['table']}{g}, row '{s['row']}', column '{s['column']}': "
                f"printed '{s['printed']}' (table says: {s['scale_statement']}) = {nl(s['value'])}")
    if s["kind"] == "prose":
        return f"{s['document']} p.{s['page']}, running text: '{s['quote']}'"
    return f"computed ({s['op']}): {s['derivation']}; from " + " ; ".join(where(x) for x in s["sources"])


# ------------------------------------------------------------------------------------------ turns
def fig(q, main, unit="EUR", accept=(), other=(), tol=None, also=(), note=None, muni=None):
    return dict(kind="figure", question=q, main=main, accept=list(accept), other=list(other), unit=unit, tol=tol,
                also=list(also), note=note, muni=muni or MUNI[doc_of(main)])


def doc_of(s):
    return s["document"] if s["kind"] != "computed" else doc_of(s["sources"][0])


def txt(q, include, where_, note=None, muni=None):
    return dict(kind="text", question=q, include=include, where=where_, note=note,
                muni=muni or MUNI[where_[0]["document"]])


def refuse(q, why, absent):
    return dict(kind="refusal", question=q, why=why, absent=absent)


def anyk(q, muni, exclude, why, exclude_in):
    return dict(kind="any", question=q, muni=muni, exclude=exclude, why=why, exclude_in=exclude_in)


B = D.CO_BIJDRAGE
T3 = "Tabel 3 Baten, lasten en saldo per programma 2024-2026"
T4 = "Tabel 4 Lasten per programma 2026-2029"
T5 = "Tabel 5 Meerjarig saldo en resultaat 2026-2029"
T6 = "Tabel 6 Baten en lasten naar soort 2024-2029"
T7 = "Tabel 7 Bijdragen deelnemers en DVO-partner 2026"
T8 = "Tabel 8 Bijdrage per inwoner 2026"
T1 = "Tabel 1 Kerncijfers begroting 2026"
T1A = "Tabel 1a Overige kerngegevens"
T2 = "Tabel 2 Indexatie"
T11 = "Tabel 11 Verplichte financiële kengetallen"
T13 = "Tabel 13 Personeel: formatie per afdeling"
T14 = "Tabel 14 Investeringsplanning 2026-2029"
T15 = "Tabel 15 Reserves per 31 december"
R23 = "Baten en Lasten Realisatie"          # the header line of '2.1 Baten en Lasten' in the real jaarstukken
G1 = "Tabel 1 Financiële kerncijfers"
G1A = "Tabel 1a Overige kerncijfers"
G2 = "Tabel 2 Lasten per programma 2024"
G3 = "Tabel 3 Baten per programma 2024"
G4 = "Tabel 4 Saldo en resultaat 2024"
G5 = "Tabel 5 Prestaties 2024"
G6 = "Tabel 6 Bijdrage per gemeente 2024"
G9 = "Tabel 9 Verplichte financiële kengetallen"
G10 = "Tabel 10 Personeel per afdeling"
G11 = "Tabel 11 Bezoldiging topfunctionaris"
G12 = "Tabel 12 Balans per 31 december"
G13 = "Tabel 13 Verloop van de reserves 2024"
G14 = "Tabel 14 Voorstel resultaatbestemming 2024"
i26 = 2


def co_l(prog, yi):
    return D.CO_PROG_L[prog][yi]


def cases():
    C = []
    GTB = D.GT_BIJ
    # ================================================================ Collectie Overijssel, Begroting 2026
    tl26 = S(CO26, T3, "Saldo van baten en lasten", 6, "Begroting 2026 / Lasten", co(D.CO_LASTEN[i26]), 1000)
    C.append(("be-co-01", None, [fig(
        "Wat zijn de totale lasten van Collectie Overijssel in de begroting 2026?", tl26,
        also=[S(CO26, T6, "Totale lasten", 2, "Begroting 2026", co(D.CO_LASTEN[i26]), 1000),
              S(CO26, T4, "2026", 5, "Totale lasten", co(D.CO_LASTEN[i26]), 1000)],
        accept=[S(CO26, T1, "Totale lasten", 1, "Begroting 2026", mln(D.CO_LASTEN[i26] * 1000), 1_000_000)],
        other=[S(CO26, T3, "Saldo van baten en lasten", 3, "Begroting 2025 na wijziging / Lasten", co(D.CO_LASTEN[1]), 1000),
               S(CO26, T3, "Saldo van baten en lasten", 7, "Begroting 2026 / Baten", co(D.CO_BATEN[i26]), 1000),
               S(CO26, T3, "Resultaat", 6, "Begroting 2026 / Lasten (incl. toevoegingen aan reserves)",
                 co(D.CO_LASTEN[i26] + D.CO_TOEV[i26]), 1000)],
        note="Tabel 3 has no row named 'lasten': the total lasten stand in the Lasten column of 'Saldo van baten en lasten'.")]))
    C.append(("be-co-02", None, [fig(
        "Hoeveel geeft Collectie Overijssel in 2026 uit aan digitalisering en het e-depot?",
        S(CO26, T3, "Digitalisering en e-depot", 6, "Begroting 2026 / Lasten", co(co_l("Digitalisering en e-depot", i26)), 1000),
        also=[S(CO26, T4, "2026", 1, "Digitalisering en e-depot", co(co_l("Digitalisering en e-depot", i26)), 1000)],
        other=[S(CO26, T3, "Digitalisering en e-depot", 3, "Begroting 2025 na wijziging / Lasten",
                 co(co_l("Digitalisering en e-depot", 1)), 1000),
               S(CO26, T3, "Digitalisering en e-depot", 8, "Begroting 2026 / Saldo",
                 co(D.CO_PROG_S["Digitalisering en e-depot"][i26]), 1000),
               S(CO26, T14, "Digitalisering en ICT", 0, "2026 (investeringen)", co(D.CO_INV_DIGI_SUB[0]), 1000)],
        note="'uitgeven' = the programme's lasten; the investments in 'Digitalisering en ICT' (Tabel 14) are not its lasten.")]))
    z = B["Gemeente Zwolle"]
    dv = B["Gemeente Deventer"]
    C.append(("be-co-conv-zwolle", None, [
        fig("Wat betaalt de gemeente Zwolle in 2026 aan Collectie Overijssel?",
            S(CO26, T7, "Gemeente Zwolle", 3, "Bijdrage 2026", co_eur(z["b26"])),
            accept=[S(CO26, T6, "Baten GR Gemeente Zwolle", 2, "Begroting 2026", co(z["k"][2]), 1000),
                    S(CO26, T1, "Bijdrage gemeente Zwolle", 1, "Begroting 2026", mln(z["b26"]), 1_000_000)],
            other=[S(CO26, T7, "Gemeente Zwolle", 0, "Bijdrage 2025 na wijziging", co_eur(z["b25"])),
                   S(CO26, T6, "Baten GR Gemeente Zwolle", 3, "Raming 2027", co(z["k"][3]), 1000),
                   S(CO23, R23, "Baten GR Gemeente Zwolle", 0, "Realisatie 2023", "1.662", 1000)]),
        fig("Hoeveel is dat per inwoner?",
            S(CO26, T8, "Gemeente Zwolle", 2, "Bijdrage per inwoner 2026", "€ " + dec(z["per_inw"], 2)),
            other=[S(CO26, T8, "Gemeente Deventer", 2, "Bijdrage per inwoner 2026", "€ " + dec(dv["per_inw"], 2))],
            note="'dat' = Zwolle's bijdrage 2026; the per-inwoner figure is printed in Tabel 8 (inwoners 1-1-2025 printed too)."),
        fig("En voor Deventer?",
            S(CO26, T8, "Gemeente Deventer", 2, "Bijdrage per inwoner 2026", "€ " + dec(dv["per_inw"], 2)),
            other=[S(CO26, T8, "Gemeente Deventer", 1, "Bijdrage 2026", co_eur(dv["b26"]))],
            note="Follows 'Hoeveel is dat per inwoner?': the per-inwoner amount of Deventer; its total 2026 is NOT accepted."),
    ]))
    C.append(("be-co-03", None, [fig(
        "Met welke loonindex rekent Collectie Overijssel voor 2026?",
        S(CO26, T2, "Loonindex (cao Gemeenten en Rijk, gewogen)", 0, "2026", pct(D.LOONINDEX)), unit="percent",
        also=[PR(CO26, f"loonindex van {pct(D.LOONINDEX)}", D.LOONINDEX)],
        other=[S(CO26, T2, "Loonindex (cao Gemeenten en Rijk, gewogen)", 1, "2027-2029 (per jaar)", pct(D.INDEX_MEERJAREN)),
               S(CO26, T2, "Gewogen index bijdragen (75/25 loon/prijs) *)", 0, "2026", pct(D.INDEX_2026)),
               S(CO26, T2, "Prijsindex (materiële lasten)", 0, "2026", pct(D.PRIJSINDEX))])]))
    C.append(("be-co-04", "Collectie Overijssel", [fig(
        "Wat zijn de geraamde lasten van het programma Publieksbereik en dienstverlening in 2028?",
        S(CO26, T4, "2028", 2, "Publieksbereik en dienstverlening", co(co_l("Publieksbereik en dienstverlening", 4)), 1000),
        other=[S(CO26, T4, "2027", 2, "Publieksbereik en dienstverlening", co(co_l("Publieksbereik en dienstverlening", 3)), 1000),
               S(CO26, T4, "2028", 5, "Totale lasten", co(D.CO_LASTEN[4]), 1000)],
        note="Transposed table: years are rows, programmes columns.")]))
    C.append(("be-co-05", None, [fig(
        "Wat is het saldo van het programma Beheer en behoud in de begroting 2026?",
        S(CO26, T3, "Beheer en behoud", 8, "Begroting 2026 / Saldo", co(D.CO_PROG_S["Beheer en behoud"][i26]), 1000),
        other=[S(CO26, T3, "Beheer en behoud", 6, "Begroting 2026 / Lasten", co(co_l("Beheer en behoud", i26)), 1000),
               S(CO26, T3, "Beheer en behoud", 5, "Begroting 2025 na wijziging / Saldo",
                 co(D.CO_PROG_S["Beheer en behoud"][1]), 1000)],
        note="'Begroting 2026' is a merged header over Lasten | Baten | Saldo; the saldo is printed negative (nadelig); "
             "value keeps the printed sign, scoring compares absolute values.")]))
    C.append(("be-co-06", "Collectie Overijssel", [fig(
        "hoeveel investeert collectie overijssel in 2026 in de depots",
        S(CO26, T14, "Depot", 0, "2026", co(D.CO_INV_DEPOT_SUB[0]), 1000),
        other=[S(CO26, T14, "Klimaatinstallatie depot Marslanden", 0, "2026", co(D.CO_INV_DEPOT[0][1][0]), 1000),
               S(CO26, T14, "Totaal investeringen", 0, "2026", co(D.CO_INV_TOT[0]), 1000),
               S(CO26, T14, "Depot", 1, "2027", co(D.CO_INV_DEPOT_SUB[1]), 1000)],
        note="'Depot' is an italic subtotal row (no word 'totaal') over the three depot investments.")]))
    C.append(("be-co-13", None, [fig(
        "Hoe groot is de reserve Datakwaliteit & Collectiebeheer van Collectie Overijssel eind 2027?",
        S(CO26, T15, "Datakwaliteit & Collectiebeheer", 3, "31-12-2027", co(D.CO_RES["Datakwaliteit & Collectiebeheer"][3]), 1000),
        other=[S(CO26, T15, "Datakwaliteit & Collectiebeheer", 2, "31-12-2026",
                 co(D.CO_RES["Datakwaliteit & Collectiebeheer"][2]), 1000),
               S(CO26, T15, "Totaal reserves", 3, "31-12-2027", co(D.CO_RES_TOT[3]), 1000),
               S(CO23, "Eigen Vermogen - € '000", "Datakwaliteit & Collectiebeheer", 0, "Ult.2022 (real)", "979", 1000)],
        note="Reserve stands per year (Tabel 15); the real jaarstukken 2023 print this reserve at 979 (ultimo 2022 and 2023).")]))
    l25 = S(CO26, T3, "Saldo van baten en lasten", 3, "Begroting 2025 na wijziging / Lasten", co(D.CO_LASTEN[1]), 1000)
    C.append(("be-co-07", None, [fig(
        "Met hoeveel stijgen de totale lasten van Collectie Overijssel van 2025 naar 2026?",
        comp("diff", tl26, l25),
        other=[comp("diff", S(CO26, T3, "Saldo van baten en lasten", 7, "Begroting 2026 / Baten", co(D.CO_BATEN[i26]), 1000),
                    S(CO26, T3, "Saldo van baten en lasten", 4, "Begroting 2025 na wijziging / Baten", co(D.CO_BATEN[1]), 1000))],
        note="2025 = 'Begroting 2025 na wijziging'; the rise of the baten (182.000) is NOT accepted.")]))
    zw23 = S(CO23, R23, "Baten GR Gemeente Zwolle", 0, "Realisatie 2023", "1.662", 1000)
    zw26 = S(CO26, T7, "Gemeente Zwolle", 3, "Bijdrage 2026", co_eur(z["b26"]))
    zw26k = S(CO26, T6, "Baten GR Gemeente Zwolle", 2, "Begroting 2026", co(z["k"][2]), 1000)
    C.append(("be-co-08", None, [fig(
        "Hoeveel meer betaalt Zwolle in 2026 aan Collectie Overijssel dan in 2023?", comp("diff", zw26, zw23),
        accept=[comp("diff", zw26k, zw23)],
        other=[comp("diff", zw26, S(CO23, R23, "Baten GR Gemeente Zwolle", 2, "Realisatie 2022", "1.614", 1000))],
        note="Across documents: 2026 from the (fictional) Begroting 2026, 2023 from the real Jaarstukken 2023 "
             "(Realisatie 2023; Begroting 2023 is also 1.662). The x € 1.000 figure of Tabel 6 gives 216.000.")]))
    sal23 = S(CO23, R23, "Personeel salarissen", 0, "Realisatie 2023", "-3.076", 1000)
    sal26 = S(CO26, T6, "Personeel salarissen", 2, "Begroting 2026", co(D.CO_L["Personeel salarissen"][i26]), 1000)
    C.append(("be-co-09", None, [fig(
        "Hoeveel hoger zijn de salarislasten van Collectie Overijssel in de begroting 2026 dan de werkelijke salarislasten in 2023?",
        comp("diff", sal26, sal23),
        other=[comp("diff", sal26, S(CO23, R23, "Personeel salarissen", 1, "Begroting 2023", "-3.431", 1000)),
               comp("diff", S(CO26, T6, "Personeel", 2, "Begroting 2026", co(D.CO_PERSONEEL[i26]), 1000), sal23)],
        note="The real jaarstukken print lasten negative (-3.076): the difference uses its absolute value. "
             "'werkelijk' = Realisatie 2023, not the Begroting 2023 (-3.431); the italic subtotal 'Personeel' "
             "(salarissen + overig) is NOT the salarislasten.")]))
    C.append(("be-co-conv-deventer", None, [
        fig("Hoeveel betaalde Deventer in 2023 aan Collectie Overijssel?",
            S(CO23, R23, "Baten GR Gemeente Deventer", 0, "Realisatie 2023", "1.243", 1000),
            other=[S(CO23, R23, "Baten GR Gemeente Deventer", 2, "Realisatie 2022", "1.207", 1000)],
            note="Only the real Jaarstukken 2023 hold 2023 (Realisatie 2023 = Begroting 2023 = 1.243)."),
        fig("En in 2022?", S(CO23, R23, "Baten GR Gemeente Deventer", 2, "Realisatie 2022", "1.207", 1000),
            other=[S(CO23, R23, "Baten GR Gemeente Deventer", 0, "Realisatie 2023", "1.243", 1000)]),
        fig("En wat is er voor 2026 begroot?",
            S(CO26, T7, "Gemeente Deventer", 3, "Bijdrage 2026", co_eur(dv["b26"])),
            accept=[S(CO26, T6, "Baten GR Gemeente Deventer", 2, "Begroting 2026", co(dv["k"][2]), 1000),
                    S(CO26, T1, "Bijdrage gemeente Deventer", 1, "Begroting 2026", mln(dv["b26"]), 1_000_000)],
            other=[S(CO26, T7, "Gemeente Deventer", 0, "Bijdrage 2025 na wijziging", co_eur(dv["b25"]))],
            note="The third turn switches to the (fictional) Begroting 2026."),
    ]))
    C.append(("be-co-10", None, [fig(
        "Hoeveel scans wil Collectie Overijssel in 2026 online publiceren?",
        PR(CO26, "1,8 miljoen scans te publiceren", 1_800_000), unit="count",
        other=[PR(CO23, "1,3 miljoen scans", 1_300_000),
               PR(CO26, f"{dots(D.CO_PROSE['aanvragen_2026'])} aanvragen", D.CO_PROSE["aanvragen_2026"])],
        note="Prose only; the real Jaarstukken 2023 say 1,3 miljoen scans were published in 2023 (NOT accepted).")]))
    rijk26 = S(CO26, T6, "Baten GR Rijk", 2, "Begroting 2026", co(B["Het Rijk"]["k"][2]), 1000)
    bat26 = S(CO26, T6, "Totale baten", 2, "Begroting 2026", co(D.CO_BATEN[i26]), 1000)
    C.append(("be-co-11", None, [fig(
        "Welk percentage van de totale baten van Collectie Overijssel in 2026 komt van het Rijk?",
        comp("share", rijk26, bat26), unit="percent", tol=0.1,
        accept=[comp("share", S(CO26, T7, "Het Rijk", 3, "Bijdrage 2026", co_eur(B["Het Rijk"]["b26"])),
                     bat26)],
        other=[comp("share", rijk26, tl26)],
        note="Share of the baten, not of the lasten (33,59 % vs 32,29 %); tolerance 0,1 point.")]))
    C.append(("be-co-conv-2029", None, [
        fig("Wat is het saldo van baten en lasten van Collectie Overijssel in 2029 volgens de meerjarenraming?",
            S(CO26, T5, "2029", 2, "Saldo", co(D.CO_SALDO[5]), 1000),
            also=[S(CO26, T6, "Saldo van baten en lasten", 5, "Raming 2029", co(D.CO_SALDO[5]), 1000)],
            other=[S(CO26, T5, "2029", 5, "Geraamd resultaat", co(D.CO_RESULTAAT[5]), 1000),
                   S(CO26, T5, "2028", 2, "Saldo", co(D.CO_SALDO[4]), 1000)],
            note="Printed -50 (nadelig); the geraamd resultaat after reserves is 0 (NOT accepted)."),
        refuse("En in 2030?", "The meerjarenraming ends in 2029; no document holds Collectie Overijssel figures for 2030.",
               [dict(rule="absent_text", text="2030", docs=[CO26, CO23]),
                dict(rule="absent_text", text="Collectie Overijssel", docs=[GT24, WA24, TW20, DK20])]),
    ]))
    C.append(("be-co-12", "Collectie Overijssel", [fig(
        "wat betaalt het rijk in 2026 aan collectie overijsel",
        S(CO26, T7, "Het Rijk", 3, "Bijdrage 2026", co_eur(B["Het Rijk"]["b26"])),
        accept=[S(CO26, T6, "Baten GR Rijk", 2, "Begroting 2026", co(B["Het Rijk"]["k"][2]), 1000),
                S(CO26, T1, "Bijdrage Het Rijk", 1, "Begroting 2026", mln(B["Het Rijk"]["b26"]), 1_000_000)],
        other=[S(CO26, T7, "Het Rijk", 1, f"Indexatie {pct(D.INDEX_2026)}", co_eur(B["Het Rijk"]["idx"])),
               S(CO23, R23, "Baten GR Rijk", 0, "Realisatie 2023", "2.247", 1000)],
        note="Colloquial, with a typo in the body's name.")]))

    # ================================================================ GGD Twente, Jaarstukken 2024
    C.append(("be-gt-01", None, [fig(
        "Wat waren de werkelijke lasten van de jeugdgezondheidszorg bij GGD Twente in 2024?",
        S(GT24, G2, "Jeugdgezondheidszorg", 2, "Realisatie 2024", gt(D.GT_L["Jeugdgezondheidszorg"][2])),
        other=[S(GT24, G2, "Jeugdgezondheidszorg", 1, "Begroting 2024 na wijziging", gt(D.GT_L["Jeugdgezondheidszorg"][1])),
               S(GT24, G2, "Jeugdgezondheidszorg", 0, "Begroting 2024 primitief", gt(D.GT_L["Jeugdgezondheidszorg"][0])),
               S(GT24, G3, "Jeugdgezondheidszorg", 2, "Realisatie 2024 (baten)", gt(D.GT_B["Jeugdgezondheidszorg"][2]))])]))
    tw = GTB["Twenterand"]
    dk = GTB["Dinkelland"]
    C.append(("be-gt-conv-bijdrage", None, [
        fig("Hoeveel heeft Twenterand in 2024 aan GGD Twente betaald?",
            S(GT24, G6, "Twenterand", 3, "Totaal 2024", gt_eur(tw["totaal"])),
            other=[S(GT24, G6, "Twenterand", 1, "Basispakket", gt_eur(tw["basis"])),
                   S(GT24, G6, "Twenterand", 2, "Plustaken", gt_eur(tw["plus"]))],
            note="The contribution is printed in the GGD's jaarstukken (municipality GGD Twente), not in Twenterand's own "
                 "Programmabegroting 2020."),
        fig("En Dinkelland?", S(GT24, G6, "Dinkelland", 3, "Totaal 2024", gt_eur(dk["totaal"])),
            other=[S(GT24, G6, "Dinkelland", 1, "Basispakket", gt_eur(dk["basis"]))]),
        fig("Hoeveel is dat per inwoner?", S(GT24, G6, "Dinkelland", 4, "Per inwoner", "€ " + dec(dk["per_inw"], 2)),
            other=[S(GT24, G6, "Totaal", 4, "Per inwoner", "€ " + dec(D.GT_BIJ_TOT["per_inw"], 2))],
            note=f"Printed per inwoner (totaal / inwoners 1-1-2023); the tarief basispakket € {dec(D.GT_TARIEF, 2)} "
                 "is NOT the answer."),
    ]))
    C.append(("be-gt-02", "GGD Twente", [fig(
        "Wat betaalt Dinkelland voor plustaken?",
        S(GT24, G6, "Dinkelland", 2, "Plustaken", gt_eur(dk["plus"])),
        other=[S(GT24, G6, "Totaal", 2, "Plustaken", gt_eur(D.GT_BIJ_TOT["plus"])),
               S(GT24, G6, "Dinkelland", 3, "Totaal 2024", gt_eur(dk["totaal"]))],
        note="Scoped to GGD Twente as a user would in the UI.")]))
    tot_l = S(GT24, G2, "Totaal lasten GGD Twente", 2, "Realisatie 2024", gt(D.GT_L_TOT[2]))
    C.append(("be-gt-03", None, [fig(
        "Wat waren de totale lasten van GGD Twente in 2024?", tot_l,
        also=[S(GT24, G4, "Totaal lasten", 2, "Realisatie 2024", gt(D.GT_L_TOT[2]))],
        accept=[S(GT24, G1, "Totale lasten", 1, "Realisatie 2024", dots(k(D.GT_L_TOT[2])), 1000)],
        other=[S(GT24, G2, "Totaal lasten GGD Twente", 1, "Begroting 2024 na wijziging", gt(D.GT_L_TOT[1])),
               S(GT24, G2, "Totaal lasten GGD Twente", 0, "Begroting 2024 primitief", gt(D.GT_L_TOT[0])),
               S(GT24, G2, "Totaal lasten GGD Twente", 3, "Verschil", gt(D.GT_L_TOT[2] - D.GT_L_TOT[1]))],
        note="Tabel 2 prints the total as its FIRST row, above the programmes.")]))
    inf = D.GT_L["Infectieziektebestrijding"]
    C.append(("be-gt-conv-verschil", None, [
        fig("Hoe groot was het verschil tussen begroting en realisatie van de lasten van infectieziektebestrijding bij GGD Twente?",
            S(GT24, G2, "Infectieziektebestrijding", 3, "Verschil", gt(inf[2] - inf[1])),
            also=[PR(GT24, f"de lasten waren {gt_eur(inf[2] - inf[1])} hoger dan begroot", inf[2] - inf[1])],
            other=[S(GT24, G3, "Infectieziektebestrijding", 3, "Verschil (baten)",
                     gt(D.GT_B["Infectieziektebestrijding"][2] - D.GT_B["Infectieziektebestrijding"][1])),
                   comp("diff", S(GT24, G2, "Infectieziektebestrijding", 2, "Realisatie 2024", gt(inf[2])),
                        S(GT24, G2, "Infectieziektebestrijding", 0, "Begroting 2024 primitief", gt(inf[0])))],
            note="Verschil = realisatie - begroting na wijziging (leeswijzer); against the primitieve begroting it would "
                 "be 1.092.184 (NOT accepted)."),
        txt("Waarom was er een verschil?", ["kinkhoest"],
            [PR(GT24, "door de bestrijding van de kinkhoestepidemie", None)]),
    ]))
    bmr = [p for p in D.GT_PREST if p[0] == "Vaccinatiegraad BMR (2 jaar)"][0]
    C.append(("be-gt-04", None, [fig(
        "Wat was de vaccinatiegraad BMR bij tweejarigen in Twente in 2024?",
        S(GT24, G5, "Vaccinatiegraad BMR (2 jaar)", 2, "Realisatie 2024", pct(bmr[4])), unit="percent",
        also=[S(GT24, G1A, "Vaccinatiegraad BMR (2 jaar)", 0, "2024", pct(bmr[4]))],
        other=[S(GT24, G5, "Vaccinatiegraad BMR (2 jaar)", 1, "Realisatie 2023", pct(bmr[3])),
               S(GT24, G5, "Vaccinatiegraad BMR (2 jaar)", 0, "Streefwaarde 2024", pct(bmr[2]))])]))
    vt = [p for p in D.GT_PREST if p[0] == "Aantal meldingen Veilig Thuis"][0]
    C.append(("be-gt-conv-veiligthuis", None, [
        fig("Hoeveel meldingen kreeg Veilig Thuis Twente in 2024?",
            S(GT24, G5, "Aantal meldingen Veilig Thuis *)", 2, "Realisatie 2024", gt(vt[4])), unit="count",
            also=[PR(GT24, f"tot {dots(vt[4])},", vt[4]), S(GT24, G1A, "Meldingen Veilig Thuis", 0, "2024", gt(vt[4]))],
            other=[S(GT24, G5, "Aantal adviezen Veilig Thuis", 2, "Realisatie 2024", gt(7512))]),
        fig("En in 2023?", S(GT24, G5, "Aantal meldingen Veilig Thuis *)", 1, "Realisatie 2023", gt(vt[3])), unit="count",
            other=[S(GT24, G5, "Aantal adviezen Veilig Thuis", 1, "Realisatie 2023", gt(7930))]),
    ]))
    C.append(("be-gt-05", None, [fig(
        "hoeveel procent van het personeel van de ggd twente was in 2024 ziek?",
        S(GT24, G10, "GGD Twente", 3, "Ziekteverzuim 2024", pct(D.GT_VERZUIM_2024)), unit="percent",
        also=[S(GT24, G1A, "Ziekteverzuim", 0, "2024", pct(D.GT_VERZUIM_2024))],
        other=[S(GT24, G10, "GGD Twente", 2, "Ziekteverzuim 2023", pct(D.GT_VERZUIM_2023)),
               S(GT24, G10, "Veilig Thuis Twente", 3, "Ziekteverzuim 2024", pct(Decimal(77) / 10))],
        note="Colloquial for the ziekteverzuim. The organisation-wide row of Tabel 10 is labelled 'GGD Twente' (no word 'totaal').")]))
    C.append(("be-gt-06", None, [fig(
        "Met welk resultaat sluit GGD Twente het jaar 2024 af?",
        S(GT24, G4, "Gerealiseerd resultaat", 2, "Realisatie 2024", gt(D.GT_RESULT_REAL)),
        also=[PR(GT24, f"positief resultaat van {gt_eur(D.GT_RESULT_REAL)}", D.GT_RESULT_REAL)],
        accept=[S(GT24, G1, "Gerealiseerd resultaat", 1, "Realisatie 2024", dots(k(D.GT_RESULT_REAL)), 1000)],
        other=[S(GT24, G4, "Saldo van baten en lasten", 2, "Realisatie 2024", gt(D.GT_SALDO[2])),
               S(GT24, G14, "Terugbetaling aan de gemeenten", 0, "Bedrag", gt(-D.GT_BEST_TERUG))])]))
    w24 = D.GT_WNT["2024"]
    C.append(("be-gt-07", None, [fig(
        "Wat was de totale bezoldiging van de directeur van GGD Twente in 2024?",
        S(GT24, G11, "Bezoldiging", 0, "2024", gt(w24["sub"])),
        other=[S(GT24, G11, "Beloning plus belastbare onkostenvergoedingen", 0, "2024", gt(w24["beloning"])),
               S(GT24, G11, "Individueel toepasselijk bezoldigingsmaximum", 0, "2024", gt(w24["max"])),
               S(GT24, G11, "Bezoldiging", 1, "2023", gt(D.GT_WNT["2023"]["sub"])),
               S(CO23, "Dhr. V. Robijn (x € 1)", "Bezoldiging", 0, "2023 (Collectie Overijssel)", "137.311")],
        note="The total bezoldiging (beloning + betaalbaar op termijn); the real Collectie Overijssel director's "
             "137.311 (2023) is another body.")]))
    C.append(("be-gt-08", None, [fig(
        "Hoeveel betaalden Twenterand en Dinkelland samen in 2024 aan GGD Twente?",
        comp("sum", S(GT24, G6, "Twenterand", 3, "Totaal 2024", gt_eur(tw["totaal"])),
             S(GT24, G6, "Dinkelland", 3, "Totaal 2024", gt_eur(dk["totaal"]))),
        other=[comp("sum", S(GT24, G6, "Twenterand", 1, "Basispakket", gt_eur(tw["basis"])),
                    S(GT24, G6, "Dinkelland", 1, "Basispakket", gt_eur(dk["basis"])))])]))
    ens = GTB["Enschede"]
    C.append(("be-gt-09", None, [fig(
        "Welk deel van alle gemeentelijke bijdragen aan GGD Twente betaalde Enschede in 2024, in procenten?",
        comp("share", S(GT24, G6, "Enschede", 3, "Totaal 2024", gt_eur(ens["totaal"])),
             S(GT24, G6, "Totaal", 3, "Totaal 2024", gt_eur(D.GT_BIJ_TOT["totaal"]))),
        unit="percent", tol=0.1,
        other=[comp("share", S(GT24, G6, "Enschede", 0, "Inwoners 1-1-2023", gt(ens["inwoners"])),
                    S(GT24, G6, "Totaal", 0, "Inwoners 1-1-2023", gt(D.GT_BIJ_TOT["inwoners"])))],
        note="Share of the total contribution (26,38 %), not of the inwoners (25,22 %); tolerance 0,1 point.")]))
    mmk = D.GT_L["Medische milieukunde"]
    C.append(("be-gt-10", None, [fig(
        "wat heeft de ggd twente in 2024 echt uitgegeven aan mediese milieukunde",
        S(GT24, G2, "Medische milieukunde", 2, "Realisatie 2024", gt(mmk[2])),
        other=[S(GT24, G2, "Medische milieukunde", 1, "Begroting 2024 na wijziging", gt(mmk[1])),
               S(GT24, G2, "Medische milieukunde", 3, "Verschil", gt(mmk[2] - mmk[1]))],
        note="Colloquial with a typo ('mediese').")]))
    C.append(("be-wa-01", None, [fig(
        "Wat betaalt Wassenaar aan de GGD Haaglanden volgens de begroting 2024?",
        S(WA24, "Het Algemeen Bestuur van de GGD", "GGD Haaglanden", 0, "Bijdrage (verbonden partijen)", "€ 543.000",
          page=101, table="Paragraaf verbonden partijen, overzicht gemeenschappelijke regelingen"),
        other=[PR(WA24, "€ 1.113.000", 1113000, page=101)],
        note="The real Wassenaar begroting; GGD Twente's document must not answer (Wassenaar is no member of GGD Twente). "
             "€ 1.113.000 on the same line block is the GGD's eigen vermogen 01-01-2024 (NOT accepted).")]))

    # ================================================================ refusals
    C.append(("be-x-weiger-01", None, [refuse(
        "Hoeveel betaalde Wassenaar in 2024 aan GGD Twente?",
        "Wassenaar is no member of GGD Twente (it belongs to GGD Haaglanden); no document links the two.",
        [dict(rule="no_page_with_both", a="Wassenaar", b="GGD Twente", docs=ALL_DOCS)])]))
    C.append(("be-x-weiger-02", "Wassenaar", [refuse(
        "Wat is de bijdrage van onze gemeente aan GGD Twente per inwoner?",
        "Scoped to Wassenaar (as in the UI): Wassenaar pays GGD Haaglanden, not GGD Twente; no per-inwoner contribution "
        "to GGD Twente exists for Wassenaar.",
        [dict(rule="no_page_with_both", a="Wassenaar", b="GGD Twente", docs=ALL_DOCS)])]))
    C.append(("be-x-weiger-03", None, [refuse(
        "Hoeveel betaalt de gemeente Kampen in 2026 aan Collectie Overijssel?",
        "Kampen is no deelnemer of Collectie Overijssel and is named in no document.",
        [dict(rule="absent_text", text="Kampen", docs=ALL_DOCS)])]))
    C.append(("be-x-weiger-04", None, [refuse(
        "Wat is de bezoldiging van de directeur van Collectie Overijssel in 2026?",
        "The Begroting 2026 has no WNT table and no bezoldiging; the real Jaarstukken 2023 hold 2023 and 2022 only.",
        [dict(rule="absent_regex", pattern=r"(?i)bezoldiging|WNT|topinkomen", docs=[CO26]),
         dict(rule="absent_text", text="2026", docs=[CO23]),
         dict(rule="absent_text", text="Collectie Overijssel", docs=[GT24, WA24, TW20, DK20])])]))
    C.append(("be-x-weiger-05", None, [refuse(
        "Hoeveel meldingen kreeg Veilig Thuis Twente in 2024 uit Hengelo?",
        "The jaarstukken give the number of meldingen for the whole region only, not per gemeente.",
        [dict(rule="no_sentence_with_both", a="Hengelo", b="melding", docs=[GT24]),
         dict(rule="absent_text", text="Hengelo", docs=[CO26, CO23, WA24, TW20, DK20])])]))
    C.append(("be-x-weiger-06", None, [refuse(
        "Hoeveel betaalt Dinkelland in 2026 aan GGD Twente?",
        "The GGD document is the jaarstukken 2024 (no begroting 2026); no other document names GGD Twente.",
        [dict(rule="absent_text", text="2026", docs=[GT24]),
         dict(rule="absent_text", text="GGD Twente", docs=[CO26, CO23, WA24, TW20, DK20])])]))
    C.append(("be-x-weiger-07", None, [refuse(
        "Wat waren de totale lasten van GGD Twente in 2022?",
        "The jaarstukken 2024 hold 2024 (and 2023 in the balans, prestaties and kengetallen), not 2022.",
        [dict(rule="absent_text", text="2022", docs=[GT24]),
         dict(rule="absent_text", text="GGD Twente", docs=[CO26, CO23, WA24, TW20, DK20])])]))
    C.append(("be-x-weiger-08", None, [refuse(
        "Hoeveel betaalt Twenterand aan Collectie Overijssel?",
        "Twenterand is no deelnemer or DVO-partner named by Collectie Overijssel; Twenterand's own document does not "
        "name Collectie Overijssel.",
        [dict(rule="absent_text", text="Twenterand", docs=[CO26, CO23, WA24]),
         dict(rule="absent_text", text="Collectie Overijssel", docs=[GT24, TW20, DK20])])]))

    # ================================================================ text
    C.append(("be-co-tekst-01", None, [txt(
        "Wat gaat Collectie Overijssel in 2026 doen met het e-depot?",
        ["e-depot", ["koppeling", "zaaksysteem", "zaaksystemen", "aansluit", "terabyte"]],
        [PR(CO26, "sluiten wij 4 DVO-gemeenten aan op het e-depot en bouwen wij koppelingen met de zaaksystemen", None)])]))
    C.append(("be-co-tekst-02", None, [txt(
        "Waarom betalen Zwolle en Deventer in 2026 meer aan Collectie Overijssel?",
        [["index", "geïndexeerd", "3,3"], "e-depot"],
        [PR(CO26, "geïndexeerd met 3,3 %, vermeerderd met de structurele bijdrage van de gemeenten voor de "
                  "uitbreiding van het e-depot", None)])]))
    C.append(("be-co-tekst-03", "Collectie Overijssel", [txt(
        "Hoe wil Collectie Overijssel meer mensen bereiken?",
        [["scan", "Snelle Scanservice"], ["onderwijs", "educatie", "website", "workshop"]],
        [PR(CO26, "Om nieuwe groepen te bereiken starten wij een educatieprogramma voor het voortgezet onderwijs", None)],
        note="No year: the Begroting 2026 (1.3 Publieksbereik) answers; the real jaarstukken 2023 also describe the "
             "Snelle Scanservice and workshops, so either document's words pass.")]))
    C.append(("be-co-tekst-04", None, [txt(
        "Met welke risico's houdt Collectie Overijssel rekening in de begroting 2026?",
        ["calamiteit", ["inflatie", "boven index"], ["cyber", "informatieveiligheid"]],
        [S(CO26, "Tabel 9 Risico's en benodigde weerstandscapaciteit", "Depots - calamiteiten", 0, "Impact", co(250), 1000)])]))
    C.append(("be-co-tekst-05", None, [txt(
        "Hoe staat het met het digitaliseren van de oudste stadsarchieven van Zwolle en Deventer?",
        ["stadsarchie", "aanbesteding"],
        [PR(CO26, "Het digitaliseren van de oudste stadsarchieven van Zwolle en Deventer", None),
         PR(CO23, "De te digitaliseren oudste stadsarchieven van de gemeenten Zwolle en Deventer zijn in kaart gebracht", None)],
        note="Both documents describe it (2023: aanbesteding gestart; 2026: loopt na de aanbesteding door tot en met 2027).")]))
    C.append(("be-gt-tekst-01", None, [txt(
        "Wat gebeurde er in 2024 met kinkhoest in Twente?",
        ["kinkhoest", ["22 weken", "22-wekenprik", "zwanger"]],
        [PR(GT24, "de grootste kinkhoestepidemie in decennia", None)])]))
    C.append(("be-gt-tekst-02", None, [txt(
        "Wat gebeurt er met het overschot van GGD Twente over 2024?",
        [["reserve infectieziektebestrijding", "infectieziektebestrijding"], ["terug", "terugbetal"]],
        [PR(GT24, "toe te voegen aan de reserve Infectieziektebestrijding", None)])]))
    C.append(("be-gt-tekst-03", None, [txt(
        "Waarom waren de kosten van Veilig Thuis Twente hoger dan begroot?",
        ["melding", ["wachtlijst", "inhuur", "ingehuurd"]],
        [PR(GT24, "daardoor waren de lasten van Veilig Thuis hoger dan begroot", None),
         PR(GT24, "wij tijdelijk medewerkers hebben ingehuurd om de wachtlijst weg te werken", None)])]))
    C.append(("be-gt-tekst-04", "GGD Twente", [txt(
        "Hoe wordt de bijdrage van een gemeente aan de GGD berekend?",
        ["inwoners", ["65,58", "tarief"], "plustaken"],
        [PR(GT24, "maal het tarief van € 65,58 per inwoner", None)])]))
    C.append(("be-gt-tekst-05", None, [txt(
        "Wat doet de afdeling medische milieukunde van GGD Twente?",
        [["leefomgeving", "milieu"], ["lucht", "geluid", "asbest", "schimmel", "bodem"]],
        [PR(GT24, "Medische milieukunde adviseert gemeenten en inwoners over gezondheidsrisico's in de leefomgeving", None)])]))

    # ================================================================ any
    C.append(("be-any-01", None, [anyk(
        "Hoeveel betaalt Deventer aan Collectie Overijssel?", "Collectie Overijssel",
        [gt_eur(dk["totaal"]).replace("\u202f", ".").replace("€ ", ""), gt_eur(tw["totaal"]).replace("\u202f", ".").replace("€ ", "")],
        "No year: the real Jaarstukken 2023 (1.243 x € 1.000 in 2023) and the Begroting 2026 (€ 1 404 553) both answer. "
        "Excluded: GGD Twente contributions of Dinkelland and Twenterand (another body).",
        [GT24])]))
    C.append(("be-any-02", None, [anyk(
        "Hoe hoog is de solvabiliteit van Collectie Overijssel?", "Collectie Overijssel",
        [dec(D.GT_SOLV_2024, 1) + " %", dec(D.GT_SOLV_2024, 1) + "%"],
        "No year: 58% (real 2023), 57,0 % / 53,0 % / 48,9 % (Begroting 2026, 2024-2026) all fit. Excluded: GGD Twente's "
        "solvabiliteitsratio 2024.",
        [GT24])]))
    return C


# ------------------------------------------------------------------------------------------ output
def q(s):
    return json.dumps(s, ensure_ascii=False)


def flat_sources(s):
    if s["kind"] == "computed":
        out = []
        for x in s["sources"]:
            out += flat_sources(x)
        return out
    return [s]


def comment_lines(turn, tid):
    L = []
    if turn["kind"] == "figure":
        m = turn["main"]
        L.append(f"value from {NAME[doc_of(m)]}:")
        L.append("  " + where(m))
        for a in turn["also"]:
            L.append("  same value also at " + where(a))
        for a in turn["accept"]:
            L.append(f"  ACCEPTED {nl(a['value'])}: " + where(a))
        for o in turn["other"]:
            L.append(f"  NOT accepted {nl(o['value'])}: " + where(o))
        if turn["note"]:
            L.append("  note: " + turn["note"])
    elif turn["kind"] == "text":
        for w in turn["where"]:
            L.append("passage: " + where(w))
        L.append("  include: every item (a nested list = any one of them) occurs in that document's text")
        if turn["note"]:
            L.append("  note: " + turn["note"])
    elif turn["kind"] == "refusal":
        L.append("refusal: " + turn["why"])
        for r in turn["absent"]:
            desc = {k2: v for k2, v in r.items() if k2 != "docs"}
            L.append(f"  rule {json.dumps(desc, ensure_ascii=False)} holds in: " + ", ".join(r["docs"]))
    else:
        L.append("any: " + turn["why"])
    return L


def expect_yaml(turn, ind):
    pad = " " * ind
    out = []
    if turn["kind"] == "figure":
        out.append(f"{pad}expect:")
        out.append(f"{pad}  value: {q(turn['main']['value'])}")
        acc = sorted({a["value"] for a in turn["accept"]} - {turn["main"]["value"]})
        if acc:
            out.append(f"{pad}  accept: {q(acc)}")
        if turn["tol"]:
            out.append(f"{pad}  tolerance: {turn['tol']}")
        out.append(f"{pad}  unit: {turn['unit']}")
        out.append(f"{pad}  municipality: {q(turn['muni'])}")
    elif turn["kind"] == "text":
        out.append(f"{pad}expect:")
        out.append(f"{pad}  include: {q(turn['include'])}")
        out.append(f"{pad}  municipality: {q(turn['muni'])}")
    elif turn["kind"] == "any":
        out.append(f"{pad}expect:")
        out.append(f"{pad}  exclude: {q(turn['exclude'])}")
        out.append(f"{pad}  municipality: {q(turn['muni'])}")
    return out


def prov_entry(turn):
    e = {"kind": turn["kind"], "question": turn["question"]}
    if turn["kind"] == "figure":
        e.update(main=turn["main"], also=turn["also"], accept=turn["accept"], other=turn["other"], unit=turn["unit"],
                 tolerance=turn["tol"], municipality=turn["muni"], note=turn["note"])
    elif turn["kind"] == "text":
        e.update(include=turn["include"], where=turn["where"], municipality=turn["muni"], note=turn["note"])
    elif turn["kind"] == "refusal":
        e.update(why=turn["why"], absent=turn["absent"])
    else:
        e.update(exclude=turn["exclude"], municipality=turn["muni"], why=turn["why"], exclude_in=turn["exclude_in"])
    return e


def main():
    cs = cases()
    lines = [
        "# set-be: blind evaluation cases (format: shared/evals/FORMAT.md, version 1). Generated by source/gen_cases.py.",
        "# Six documents in corpus/: the four real documents of /work/main/corpus unchanged, plus two FICTIONAL ones whose",
        "# figures are made up (they say so on their first page): collectie-overijssel-begroting-2026.pdf (Qt / PySide6)",
        "# and ggd-twente-jaarstukken-2024.pdf (pdfme). Values are in euros after the table's scale (x € 1.000 cells",
        "# x 1000, € mln cells x 1.000.000), percent as printed (3.6), counts as printed; the printed sign is kept and",
        "# `signed` is never set. Pages are 1-based PDF pages. Each comment names the document, table, row, column and",
        "# page, the derivation of computed figures, accepted alternative printings and nearby figures NOT accepted.",
        "version: 1",
        "cases:",
    ]
    prov = {}
    counts = {"figure": 0, "refusal": 0, "text": 0, "any": 0}
    for cid, scope, turns in cs:
        prov[cid] = [prov_entry(t) for t in turns]
        for t in turns:
            counts[t["kind"]] += 1
        if len(turns) == 1:
            t = turns[0]
            for c in comment_lines(t, cid):
                lines.append("# " + c)
            lines.append(f"- id: {cid}")
            lines.append(f"  question: {q(t['question'])}")
            if scope:
                lines.append(f"  municipality: {q(scope)}")
            lines.append(f"  kind: {t['kind']}")
            lines += expect_yaml(t, 2)
        else:
            lines.append(f"# conversation {cid} ({len(turns)} turns)")
            for n, t in enumerate(turns, 1):
                for c in comment_lines(t, cid):
                    lines.append(f"# turn {n}: " + c if c == comment_lines(t, cid)[0] else "#   " + c)
            lines.append(f"- id: {cid}")
            if scope:
                lines.append(f"  municipality: {q(scope)}")
            lines.append("  turns:")
            for t in turns:
                lines.append(f"  - question: {q(t['question'])}")
                lines.append(f"    kind: {t['kind']}")
                lines += expect_yaml(t, 4)
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    with open(os.path.join(SET, "cases.yaml"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "provenance.json"), "w", encoding="utf-8") as f:
        json.dump(prov, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("cases:", len(cs), "turns:", counts, "total", sum(counts.values()))


if __name__ == "__main__":
    main()
