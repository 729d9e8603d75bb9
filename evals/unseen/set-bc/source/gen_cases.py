"""Write ../cases.yaml (FORMAT.md version 1) and provenance.json for set-bc.

Every expected figure is located in the finished documents (pdfread.py: page, row, column header, printed cell;
prose fragments; lines of the real text exports) and, for the fictional documents, compared with data.py.
Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

import data as d
import pdfread as pr

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
T, N = d.T_FILE, d.N_FILE
RT_TW = "twenterand-programmabegroting-2020-sociaal-domein.txt"
RT_DK = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
TW, NK, DK = d.T_BODY, d.N_BODY, "Dinkelland"
SCALE_T = {"Bedragen in euro's": 1, "Bedragen x € 1.000": 1000, "Bedragen x € 1": 1}


# ------------------------------------------------------------------------------------------------ sources
def cell(doc, caption, row, col, printed, scale=1, scale_statement="", rotated=False, offset=0, page=None):
    return dict(kind="cell", document=doc, table=caption, row=row, column=col, printed=printed, scale=scale,
                scale_statement=scale_statement, rotated=rotated, value_line_offset=offset, page=page)


def prose(doc, fragment, printed, scale=1):
    return dict(kind="prose", document=doc, fragment=fragment, printed=printed, scale=scale)


def real(file, label, index, printed, header):
    return dict(kind="real_text", document=file, row=label, index=index, printed=printed, header_line=header)


def resolve(src):
    """locate a source in the finished documents; return it with page, line and value filled in"""
    s = dict(src)
    if s["kind"] == "cell":
        pages = pr.load(str(CORPUS / s["document"]))
        cap_pages = pr.find_caption(pages, s["table"])
        assert len(cap_pages) == 1, (s["table"], cap_pages)
        cands = [s["page"]] if s["page"] else [cap_pages[0], cap_pages[0] + 1]
        found = []
        for p in cands:
            if p > len(pages):
                continue
            try:
                found.append(pr.locate_cell(pages, p, s["row"], s["printed"], s["column"], rotated=s["rotated"],
                                            value_line_offset=s["value_line_offset"]))
            except AssertionError as e:
                err = e
        assert len(found) == 1, (s, found, err if not found else "")
        s.update(found[0])
        s["caption_page"] = cap_pages[0]
        s["continued"] = s["page"] != cap_pages[0]
        s["layout_line"] = next((ln for ln in pr.layout(str(CORPUS / s["document"])).split("\f")[s["page"] - 1]
                                 .splitlines() if s["printed"] in ln and s["row"][:12] in ln), None) or \
            next((ln for ln in pr.layout(str(CORPUS / s["document"])).split("\f")[s["page"] - 1].splitlines()
                  if s["printed"] in ln), None)
        assert s["layout_line"], s
    elif s["kind"] == "prose":
        pages = pr.load(str(CORPUS / s["document"]))
        ps = pr.find_prose(pages, s["fragment"])
        assert len(ps) == 1 and s["printed"] in s["fragment"], (s, ps)
        s["page"] = ps[0]
    else:
        lines = (CORPUS / s["document"]).read_text(encoding="utf-8").splitlines()
        hits = []
        for i, ln in enumerate(lines):
            if ln.startswith(s["row"] + " "):
                toks = ln[len(s["row"]):].split()
                if len(toks) > s["index"] and toks[s["index"]] == s["printed"]:
                    hdr = [j for j in range(i, -1, -1) if lines[j].strip() == s["header_line"]]
                    if hdr and i - hdr[0] < 20:
                        hits.append((i + 1, ln, hdr[0] + 1))
        assert len(hits) == 1, (s, hits)
        s["line_no"], s["line"], s["header_line_no"] = hits[0]
    s["value"] = pr.parse_nl(s["printed"]) * s.get("scale", 1)
    if float(s["value"]).is_integer():
        s["value"] = int(s["value"])
    return s


def describe(s):
    if s["kind"] == "cell":
        col = " / ".join(s["column"])
        cont = f" (table starts on page {s['caption_page']}, continued under its repeated header)" if s["continued"] \
            else ""
        sc = f", {s['scale_statement']}" if s["scale_statement"] else ""
        return (f"{s['document']}, {s['table']}, row '{s['row']}', column '{col}', page {s['page']}{cont}: "
                f"printed '{s['printed']}'{sc} -> {fmtv(s['value'])}")
    if s["kind"] == "prose":
        return f"{s['document']}, page {s['page']}, prose: \"{s['fragment']}\" -> {fmtv(s['value'])}"
    return (f"{s['document']} (real text export), line {s['line_no']}: '{s['line'][:90]}', value {s['index'] + 1} "
            f"under the header line '{s['header_line']}' (line {s['header_line_no']}) -> {fmtv(s['value'])}")


def fmtv(v):
    return f"{v:,}".replace(",", ".") if isinstance(v, int) else str(v)


# ------------------------------------------------------------------------------------------------ cases
CASES = []


def fig(question, main, unit, muni, *, data=None, op=None, tol=None, accept=(), other=(), note=None):
    """one figure turn.  main: list of sources of the same value, or for op the two operands."""
    return dict(kind="figure", question=question, main=main, unit=unit, muni=muni, data=data, op=op, tol=tol,
                accept=list(accept), other=list(other), note=note)


def refusal(question, why, absent):
    return dict(kind="refusal", question=question, why=why, absent=absent)


def text(question, include, where, muni=None, exclude=()):
    return dict(kind="text", question=question, include=include, where=where, muni=muni, exclude=list(exclude))


def anyk(question, muni, exclude, why):
    return dict(kind="any", question=question, muni=muni, exclude=exclude, why=why)


def add(cid, turns, scope=None):
    CASES.append(dict(id=cid, scope=scope, turns=turns if isinstance(turns, list) else [turns]))


SD = "Tabel 3.2 Wat heeft het gekost? Programma 2 Sociaal Domein"
EUR = "Bedragen in euro's"
REAL = "Realisatie 2024"
RC = ["Realisatie", "2024"]
sdL, sdB = d.T_SD_LASTEN, d.T_SD_BATEN
ov = d.t_overview()
no = d.n_overview()

# ---------------- Twenterand Jaarstukken 2024
add("bc-t-01", fig("Wat waren de werkelijke lasten van Jeugd in 2024?",
                   [cell(T, SD, "Jeugd", RC, "21.612.487", scale_statement=EUR)], "EUR", TW, data=sdL["Jeugd"][2],
                   other=[(20540700, "begroting 2024 na wijziging, same row"), (19325400, "begroting 2024 primitief"),
                          (16695012, "real Programmabegroting 2020, Jeugd 2020"),
                          (14966115, "taakveld 6.72 realisatie (part of Jeugd)")]), scope=TW)
add("bc-t-conv-jeugd", [
    fig("hoeveel was er na wijziging begroot voor jeugd in 2024 in twenterand",
        [cell(T, SD, "Jeugd", ["Begroting 2024", "na wijziging"], "20.540.700", scale_statement=EUR)], "EUR", TW,
        data=sdL["Jeugd"][1], other=[(21612487, "realisatie"), (19325400, "primitief"),
                                      (3105600, "baten Jeugd na wijziging (page 5)")]),
    fig("En hoeveel ging daar overheen?",
        [cell(T, SD, "Jeugd", ["Verschil", "€"], "1.071.787", scale_statement=EUR),
         prose(T, "Jeugd, lasten: € 1.071.787 N", "1.071.787")], "EUR", TW,
        data=d.t_verschil(True, sdL["Jeugd"][1], sdL["Jeugd"][2])[0],
        note="the Verschil € column (realisatie 21.612.487 - na wijziging 20.540.700 = 1.071.787, marked N); "
             "also the heading of the analysis in 3.6",
        other=[(2287087, "realisatie minus primitief"), (18496, "verschil baten Jeugd")]),
])
add("bc-t-03", fig("Met hoeveel procent zijn de lasten van maatschappelijke ondersteuning in 2024 overschreden?",
                   [cell(T, SD, "Maatschappelijke ondersteuning", ["Verschil", "%"], "4,5", scale_statement=EUR)],
                   "percent", TW, tol=0.05,
                   data=round(d.t_verschil(True, sdL["Maatschappelijke ondersteuning"][1],
                                           sdL["Maatschappelijke ondersteuning"][2])[2], 1),
                   note="printed in the column Verschil % (verschil 675.914 / begroting na wijziging 15.012.300 = "
                        "4,50%); the tolerance 0.05 admits the unrounded 4.502",
                   other=[(675914, "the verschil in euros"), (17.3, "Verschil % of the baten row")]), scope=TW)
add("bc-t-04", fig("Wat was het saldo van baten en lasten van Twenterand over 2024 vóór bestemming?",
                   [cell(T, "Tabel 7.1 Overzicht van baten en lasten in de jaarrekening 2024",
                         "Gerealiseerd saldo van baten en lasten", RC, "-186.888",
                         scale_statement="Bedragen in euro's; saldo en resultaat: baten min lasten, negatief = nadelig"),
                    prose(T, "vóór mutaties in de reserves is € 186.888 nadelig", "186.888")],
                   "EUR", TW, data=ov[2]["saldo"],
                   note="printed -186.888 (nadelig); compared as an absolute value (signed not set)",
                   other=[(1846312, "resultaat na bestemming"), (2811900, "saldo begroting na wijziging"),
                          (46145187, "saldo programma 2")]))
add("bc-t-05", fig("hoeveel zat er eind 2024 nog in de algemene reserve van twenterand",
                   [cell(T, "Tabel 7.2 Verloop van de reserves in 2024", "Algemene reserve", ["Stand", "31-12-2024"],
                         "12.968.600", scale_statement=EUR),
                    cell(T, "Tabel 7.5 Balans per 31 december 2024 en 31 december 2023", "Algemene reserve",
                         ["31-12-2024"], "12.968.600", scale_statement=EUR)],
                   "EUR", TW, data=d.t_res_stand()["Algemene reserve"],
                   note="the same figure in the reserves table and the balans; the proposed addition of 846.312 "
                        "from the resultaat is not in the stand (note 1 of Tabel 7.2)",
                   other=[(14218600, "stand 1-1-2024"), (13235996, "balans 31-12-2023"),
                          (13814912, "12.968.600 + 846.312: not printed")]))
add("bc-t-06", fig("hoeveel geld is er nog over van het krediet voor het kindcentrum in westerhaar?",
                   [cell(T, "Tabel 7.4 Staat van lopende investeringskredieten", "Nieuwbouw kindcentrum Westerhaar",
                         ["Restant krediet", "31-12-2024"], "2.370.300", scale_statement=EUR)], "EUR", TW,
                   data=8450000 - 1212400 - 4867300,
                   other=[(8450000, "krediet"), (4867300, "uitgaven 2024"), (1212400, "uitgaven t/m 2023")]))
add("bc-t-07", fig("Hoeveel liquide middelen had Twenterand op 31 december 2024?",
                   [cell(T, "Tabel 7.5 Balans per 31 december 2024 en 31 december 2023", "Liquide middelen",
                         ["31-12-2024"], "1.199.231", scale_statement=EUR, offset=1)], "EUR", TW,
                   data=d.t_balans()[0]["Liquide middelen"][0],
                   note="activa in the left column pair; the figures stand one line below the label 'Liquide middelen' "
                        "because the passiva label beside it wraps over two lines",
                   other=[(1204418, "31-12-2023"), (115050000, "vaste schulden on the same line (passiva)")]))
add("bc-t-08", fig("wat verdiende de griffier van twenterand in 2024 in totaal",
                   [cell(T, "Tabel 7.6 Bezoldiging topfunctionarissen 2024", "Totale bezoldiging", ["Griffier"],
                         "110.306", scale_statement="Bedragen x € 1")], "EUR", TW, data=d.t_wnt_total(d.T_WNT[1]),
                   note="also printed as Subtotaal (same value)",
                   other=[(94188, "beloning plus onkostenvergoedingen"), (207370, "bezoldigingsmaximum"),
                          (153746, "gemeentesecretaris")]))
add("bc-t-09", fig("Wat was de solvabiliteitsratio van Twenterand in 2024 volgens de jaarrekening?",
                   [cell(T, "Tabel 6.1 Financiële kengetallen", "Solvabiliteitsratio", ["Realisatie 2024"], "17,1%",
                         rotated=True)], "percent", TW, data=d.t_solvabiliteit(), tol=0.05,
                   note="column header rotated 90 degrees; = eigen vermogen 30.632.512 / balanstotaal 179.331.421 = "
                        "17,08%",
                   other=[(21.3, "begroting 2024"), (17.7, "realisatie 2023")]))
add("bc-t-conv-netto", [
    fig("Wat waren de werkelijke netto lasten van het Sociaal Domein in 2023?",
        [cell(T, "Tabel 1.2 Netto lasten per programma 2022-2024", "Realisatie 2023", ["Sociaal", "Domein"],
              "41.288,7", scale=1000, scale_statement="Bedragen x € 1.000")], "EUR", TW,
        data=round(d.T_SALDO_HIST["Realisatie 2023"][1] * 1000),
        note="years are rows, programmes are columns; one decimal in thousands: 41.288,7 x 1.000",
        other=[(36618491, "real Programmabegroting 2020, saldo 2023 (36.618.491)"), (46145200, "realisatie 2024")]),
    fig("En in 2022?",
        [cell(T, "Tabel 1.2 Netto lasten per programma 2022-2024", "Realisatie 2022", ["Sociaal", "Domein"],
              "38.912,4", scale=1000, scale_statement="Bedragen x € 1.000")], "EUR", TW,
        data=round(d.T_SALDO_HIST["Realisatie 2022"][1] * 1000),
        other=[(37868345, "real Programmabegroting 2020, saldo 2022 (a raming)")]),
], scope=TW)
add("bc-t-12", fig("Wat heeft maatwerkdienstverlening 18- in 2024 werkelijk gekost?",
                   [cell(T, "Tabel 3.3 Lasten en baten per taakveld, programma 2 Sociaal Domein",
                         "6.72 Maatwerkdienstverlening 18-", ["Lasten", "realisatie"], "14.966.115",
                         scale_statement=EUR)], "EUR", TW, data=dict((r[0], r) for r in d.t_taakvelden())["6.72"][3],
                   other=[(13862300, "lasten begroot na wijziging"), (11879011, "saldo"), (3087104, "baten")]),
    scope=TW)
add("bc-t-17", fig("Wat waren de netto lasten van het programma Sociaal Domein in 2024 werkelijk?",
                   [cell(T, SD, "Saldo van baten en lasten", RC, "-46.145.187", scale_statement=EUR, page=5),
                    cell(T, "Tabel 3.3 Lasten en baten per taakveld, programma 2 Sociaal Domein", "Totaal programma 2",
                         ["Saldo", "realisatie"], "-46.145.187", scale_statement=EUR)], "EUR", TW,
                   data=-(d.tot(sdL, 2) - d.tot(sdB, 2)),
                   accept=[[cell(T, "Tabel 1.2 Netto lasten per programma 2022-2024", "Realisatie 2024",
                                 ["Sociaal", "Domein"], "46.145,2", scale=1000,
                                 scale_statement="Bedragen x € 1.000")]],
                   note="netto lasten = lasten 66.334.676 - baten 20.189.489, printed as the saldo -46.145.187 (baten "
                        "min lasten); Tabel 1.2 prints the same rounded to x € 1.000 with one decimal (accepted)",
                   other=[(45254750, "begroting na wijziging"), (66334676, "lasten only"),
                          (41288700, "realisatie 2023")]), scope=TW)
add("bc-x-01", fig("Hoeveel hoger waren de werkelijke lasten van Jeugd in Twenterand in 2024 dan de lasten die de "
                   "programmabegroting 2020 voor 2020 raamde?",
                   [cell(T, SD, "Jeugd", RC, "21.612.487", scale_statement=EUR),
                    real(RT_TW, "Jeugd", 0, "16.695.012", "2020 2021 2022 2023")], "EUR", TW, op="diff",
                   data=21612487 - 16695012,
                   other=[(5551699, "against 2021 (16.060.788)"), (1071787, "verschil with the begroting 2024")]))
add("bc-x-conv-gezond", [
    fig("Welke lasten raamde de programmabegroting 2020 voor Gezondheidszorg in 2023?",
        [real(RT_TW, "Gezondheidszorg", 3, "2.138.615", "2020 2021 2022 2023")], "EUR", TW,
        other=[(2398745, "realisatie 2024 (jaarstukken)"), (2010843, "2020")]),
    fig("En wat waren de werkelijke lasten van Gezondheidszorg in 2024?",
        [cell(T, SD, "Gezondheidszorg", RC, "2.398.745", scale_statement=EUR)], "EUR", TW,
        data=sdL["Gezondheidszorg"][2], other=[(2455100, "na wijziging"), (18250, "baten realisatie")]),
], scope=TW)
add("bc-t-16", fig("Welk percentage van de lasten van het Sociaal Domein ging in 2024 naar Jeugd?",
                   [cell(T, SD, "Jeugd", RC, "21.612.487", scale_statement=EUR),
                    cell(T, SD, "Totaal lasten", RC, "66.334.676", scale_statement=EUR)], "percent", TW, op="share",
                   tol=0.06, other=[(31.6, "begroting na wijziging 20.540.700 / 65.015.750")]), scope=TW)
add("bc-t-conv-wmo", [
    fig("Wat heeft de Wmo (maatschappelijke ondersteuning) Twenterand in 2024 werkelijk gekost?",
        [cell(T, SD, "Maatschappelijke ondersteuning", RC, "15.688.214", scale_statement=EUR)], "EUR", TW,
        data=sdL["Maatschappelijke ondersteuning"][2],
        other=[(15012300, "na wijziging"), (11765883, "real begroting 2020, 2020"),
               (15175875, "netto (lasten - baten 512.339): not printed")]),
    fig("Hoeveel is dat per inwoner?",
        [cell(T, SD, "Maatschappelijke ondersteuning", RC, "15.688.214", scale_statement=EUR),
         cell(T, "Tabel 1.1 Inwoners per kern op 1 januari 2025", "Totaal aantal inwoners", ["Inwoners"], "36.277")],
        "EUR", TW, op="per", tol=0.5,
        note="the only inwoner count of the document is the total of Tabel 1.1 (1 januari 2025)"),
])

# ---------------- Noaberkracht Begroting 2026
BT = "Tabel 5.1 Bijdragen per gemeente 2024-2029"
BS = "bedragen x € 1.000; verdeelsleutel in procenten"
OVN = "Tabel 3.1 Overzicht van baten en lasten 2024-2029"
add("bc-n-conv-bijdrage", [
    fig("Hoeveel betaalt Dinkelland in 2026 aan Noaberkracht?",
        [cell(N, BT, "Dinkelland", ["Begroting", "2026"], "30 509", scale=1000, scale_statement=BS),
         cell(N, OVN, "Bijdrage gemeente Dinkelland", ["Begroting", "2026"], "30 509", scale=1000,
              scale_statement="bedragen x € 1.000"),
         prose(N, "Dinkelland betaalt € 30 509 duizend", "30 509", scale=1000)], "EUR", NK,
        data=no[2]["Dinkelland"] * 1000,
        other=[(29128000, "begroting 2025"), (24562000, "Tubbergen"), (55071000, "totaal")]),
    fig("En Tubbergen?",
        [cell(N, BT, "Tubbergen", ["Begroting", "2026"], "24 562", scale=1000, scale_statement=BS),
         cell(N, OVN, "Bijdrage gemeente Tubbergen", ["Begroting", "2026"], "24 562", scale=1000,
              scale_statement="bedragen x € 1.000")], "EUR", NK, data=no[2]["Tubbergen"] * 1000,
        other=[(23450000, "2025"), (44.6, "verdeelsleutel")]),
    fig("Hoeveel is dat per inwoner?",
        [cell(N, BT, "Tubbergen", ["Begroting", "2026"], "24 562", scale=1000, scale_statement=BS),
         cell(N, "Tabel 5.2 Kerngegevens deelnemers", "Tubbergen", ["Inwoners"], "21 694")], "EUR", NK,
        op="per", tol=0.5, note="inwoners of Tubbergen on 1 januari 2025 in Tabel 5.2",
        other=[(1141.0, "Dinkelland 30.509.000 / 26.738")]),
])
add("bc-n-02", fig("Welk percentage van de kosten van Noaberkracht betaalt Tubbergen?",
                   [cell(N, BT, "Tubbergen", ["Verdeel-", "sleutel"], "44,6%", scale_statement=BS),
                    prose(N, "Dinkelland 55,4% en Tubbergen 44,6%", "44,6%")], "percent", NK, data=44.6,
                   other=[(55.4, "Dinkelland")]))
add("bc-n-conv-lasten", [
    fig("Wat zijn de totale lasten van Noaberkracht in 2029?",
        [cell(N, OVN, "Totaal lasten", ["Raming", "2029"], "60 815", scale=1000, scale_statement="bedragen x € 1.000")],
        "EUR", NK, data=no[5]["tl"] * 1000, other=[(58402000, "totaal bijdragen 2029"), (59760000, "2028")]),
    refusal("En in 2030?", "the meerjarenraming ends with 2029; no figure for 2030 in any document",
            [(N, r"2030"), (T, r"2030"), (RT_TW, r"2030")]),
])
add("bc-n-04", fig("hoeveel fte heeft de afdeling sociaal domein bij noaberkracht in 2026",
                   [cell(N, "Tabel 6.1 Formatie per afdeling", "Sociaal domein", ["Formatie", "2026"], "91,6")],
                   "count", NK, data=d.N_FTE["Sociaal domein"][1],
                   other=[(88.4, "2025"), (3.2, "mutatie"), (410.6, "totaal")]))
add("bc-n-conv-licenties", [
    fig("Wat kosten applicaties en licenties bij Noaberkracht in 2026?",
        [cell(N, "Product 2.2 Applicaties en licenties", "Lasten", ["Begroting", "2026"], "3 618", scale=1000,
              scale_statement="bedragen x € 1.000 (stated above the product tables)")], "EUR", NK,
        data=3618000, note="product name as a small heading above a two-line table (Lasten, Baten); the scale is "
                           "stated once in the sentence opening chapter 4",
        other=[(160000, "baten 2026"), (9409000, "lasten programma 2")]),
    fig("En in de rekening 2024?",
        [cell(N, "Product 2.2 Applicaties en licenties", "Lasten", ["Rekening", "2024"], "2 965", scale=1000,
              scale_statement="bedragen x € 1.000 (stated above the product tables)")], "EUR", NK, data=2965000,
        other=[(3240000, "begroting 2025")]),
])
add("bc-n-06", fig("Hoeveel zit er eind 2026 nog in de reserve digitalisering van Noaberkracht?",
                   [cell(N, "Tabel 8.1 Verloop van de reserves in 2026", "Reserve digitalisering",
                         ["Stand", "31-12-2026"], "680", scale=1000, scale_statement="bedragen x € 1.000")], "EUR", NK,
                   data=(940 + 150 - 410) * 1000, other=[(940000, "stand 1-1-2026"), (410000, "onttrekking")]))
add("bc-n-07", fig("Wat zijn de kapitaallasten in het eerste jaar van de vervanging van laptops en werkplekken?",
                   [cell(N, "Tabel 9.1 Investeringsplanning en kapitaallasten", "Vervanging laptops en werkplekken",
                         ["Kapitaallasten", "eerste jaar"], "198", scale=1000,
                         scale_statement="bedragen x € 1.000; termijn in jaren")], "EUR", NK,
                   data=d.n_kapitaallasten()[0][6] * 1000,
                   other=[(720000, "krediet"), (180000, "afschrijving")]))
add("bc-n-09", fig("Hoe groot is de kans op een cyberincident volgens de risicotabel van Noaberkracht?",
                   [cell(N, "Tabel 10.1 Risico's", "Cyberincident met uitval van systemen", ["Kans %"], "10%")],
                   "percent", NK, data=10, note="kans printed twice: as a word ('klein') and as a percentage",
                   other=[(1200000, "bedrag"), (120000, "kans x bedrag")]))
add("bc-n-10", fig("Met hoeveel stijgt de bijdrage van Dinkelland aan Noaberkracht van 2025 naar 2026?",
                   [cell(N, BT, "Dinkelland", ["Begroting", "2026"], "30 509", scale=1000, scale_statement=BS),
                    cell(N, BT, "Dinkelland", ["Begroting", "2025"], "29 128", scale=1000, scale_statement=BS)],
                   "EUR", NK, op="diff", data=(no[2]["Dinkelland"] - no[1]["Dinkelland"]) * 1000,
                   other=[(2493000, "total bijdragen 2026 - 2025")]))
add("bc-x-conv-dinkelland", [
    fig("Hoeveel bedroeg het stimuleringsfonds voor inwonersinitiatieven van Dinkelland bij het opstellen van de "
        "begroting 2020?",
        [dict(kind="real_prose", document=RT_DK,
              fragment="Ten tijde van het opstellen van de begroting 2020 bedraagt het stimuleringsfonds € 228.000.",
              printed="228.000")], "EUR", DK,
        other=[(240000, "beschikbaar gesteld in de begroting 2019")]),
    fig("En hoeveel betaalt Dinkelland in 2026 aan Noaberkracht?",
        [cell(N, BT, "Dinkelland", ["Begroting", "2026"], "30 509", scale=1000, scale_statement=BS)], "EUR", NK,
        data=no[2]["Dinkelland"] * 1000, other=[(29128000, "2025")]),
])
add("bc-n-12", fig("Wat betaald Dinkelland in 2024 werkelijk aan Noaberkracht?",
                   [cell(N, BT, "Dinkelland", ["Rekening", "2024"], "28 489", scale=1000, scale_statement=BS),
                    cell(N, OVN, "Bijdrage gemeente Dinkelland", ["Rekening", "2024"], "28 489", scale=1000,
                         scale_statement="bedragen x € 1.000")], "EUR", NK, data=no[0]["Dinkelland"] * 1000,
                   note="'betaald' (sic) as a resident writes it; 'werkelijk' = the rekening 2024 column",
                   other=[(30509000, "begroting 2026"), (29128000, "begroting 2025")]))
add("bc-n-13", fig("Hoeveel vacatures had Noaberkracht eind 2024?",
                   [prose(N, "Eind 2024 stonden 34 vacatures open", "34")], "count", NK, data=d.N_PROSE["vacatures"],
                   other=[(8, "trainees")]))
add("bc-n-14", fig("Hoeveel procent van de totale lasten van Noaberkracht is overhead in 2026?",
                   [cell(N, "Tabel 7.1 Overhead", "Overhead in % van de totale lasten", ["Begroting", "2026"],
                         "12,6%")], "percent", NK, tol=0.05, data=12.6,
                   note="printed; 7.294 / 57.989 = 12,58%", other=[(12.7, "2025"), (7294000, "lasten overhead")]))

# ---------------- refusals
add("bc-x-weiger-01", refusal("Wat waren de werkelijke lasten van Jeugd in 2025?",
                              "the jaarstukken cover 2024; the real begroting 2020 runs to 2023; no realisation 2025",
                              [(T, r"Realisatie 2025"), (RT_TW, r"2025")]), scope=TW)
add("bc-x-weiger-02", refusal("Hoeveel betaalt de gemeente Losser aan Noaberkracht in 2026?",
                              "Losser is no member of Noaberkracht (Dinkelland and Tubbergen only)",
                              [(N, r"Losser"), (RT_DK, r"Losser"), (T, r"Losser")]))
add("bc-x-weiger-03", refusal("Hoeveel fte werkten er in 2024 bij Noaberkracht?",
                              "the formatie is printed for 2025 and 2026 only",
                              [(N, r"Formatie 2024|fte in 2024|2024 [^\n]*fte")]))
add("bc-x-weiger-04", refusal("Wat verdiende de burgemeester van Twenterand in 2024?",
                              "the WNT table holds the gemeentesecretaris and the griffier only; no burgemeester pay",
                              [(T, r"[Bb]urgemeester"), (RT_TW, r"[Bb]urgemeester")]), scope=TW)
add("bc-x-weiger-05", refusal("Wat is de stand van de reserve frictiekosten van Noaberkracht eind 2027?",
                              "the reserves table covers 2026 only (stand 1-1-2026 to 31-12-2026)",
                              [(N, r"31-12-2027|1-1-2027|1-1-2028")]))
add("bc-x-weiger-06", refusal("Wat waren de lasten voor jeugdzorg in Hof van Twente in 2024?",
                              "no document of Hof van Twente",
                              [(T, r"Hof van Twente"), (N, r"Hof van Twente"), (RT_TW, r"Hof van Twente"),
                               (RT_DK, r"Hof van Twente")]))
add("bc-x-weiger-07", refusal("Hoeveel heeft Twenterand in 2024 aan Noaberkracht betaald?",
                              "Twenterand is no member of Noaberkracht; neither document names a payment",
                              [(N, r"Twenterand"), (T, r"Noaberkracht")]))
add("bc-x-weiger-08", refusal("Hoeveel inwoners had Twenterand op 1 januari 2024?",
                              "the jaarstukken print inwoners on 1 januari 2025 only; the begroting 2020 none",
                              [(T, r"[Ii]nwoners[^\n]{0,40}2024|2024[^\n]{0,40}[Ii]nwoners"), (RT_TW, r"inwoners[^\n]{0,30}20\d\d")]),
    scope=TW)

# ---------------- text
add("bc-t-tekst-jeugd", text("Waarom waren de kosten van jeugdzorg in 2024 zoveel hoger dan begroot?",
                             ["verblijf", ["Twents model", "tarieven", "indexatie"]],
                             (T, "De lasten van jeugdzorg vielen hoger uit dan begroot door meer jeugdigen met verblijf"),
                             muni=TW), scope=TW)
add("bc-t-tekst-wmo", text("waarom kostte de wmo meer dan gepland in twenterand",
                           ["huishoudelijke ondersteuning", ["abonnementstarief", "vergrijzing"]],
                           (T, "De overschrijding komt vooral door de huishoudelijke ondersteuning"), muni=TW))
add("bc-t-tekst-overschot", text("Wat wil het college doen met het overschot van 2024?",
                                 ["750.000", ["846.312", "algemene reserve"]],
                                 (T, "Wij stellen de raad voor dit resultaat als volgt te bestemmen"), muni=TW),
    scope=TW)
add("bc-t-tekst-werk", text("Hoeveel mensen uit de bijstand zijn in 2024 aan het werk gekomen in Twenterand, en met "
                            "wie werkte de gemeente daarvoor samen?", ["94", ["Werkplein", "Soweco"]],
                            (T, "Samen met Werkplein Twente en Soweco begeleidden we 94 inwoners naar betaald werk"),
                            muni=TW))
add("bc-t-tekst-schuld", text("Waarom is de netto schuldquote van Twenterand gestegen?",
                              [["kindcentrum", "Westerhaar"], ["sporthal", "Den Ham"]],
                              (T, "De stijging van de netto schuldquote komt door de financiering van het kindcentrum"),
                              muni=TW), scope=TW)
add("bc-n-tekst-digitaal", text("Wat gaat Noaberkracht doen aan digitalisering?",
                                ["cloud", ["Common Ground", "standaardapplicaties"]],
                                (N, "In 2026 ronden we de overstap naar een cloudwerkplek af"), muni=NK))
add("bc-n-tekst-arbeidsmarkt", text("hoe gaat noaberkracht om met de krapte op de arbeidsmarkt?",
                                    [["trainee", "Noabertalent"], "inhuur"],
                                    (N, "De krappe arbeidsmarkt blijft de grootste uitdaging"), muni=NK))
add("bc-n-tekst-verdeling", text("Hoe worden de kosten van Noaberkracht verdeeld tussen Dinkelland en Tubbergen?",
                                 ["55,4", "44,6"],
                                 (N, "betalen de gemeenten Dinkelland en Tubbergen volgens een vaste verdeelsleutel"),
                                 muni=NK))
add("bc-n-tekst-risico", text("Wat zijn de grootste financiële risico's voor Noaberkracht?",
                              [["arbeidsmarkt", "inhuur"], ["loonstijging", "cao"]],
                              (N, "Loonstijging boven de geraamde indexatie"), muni=NK))
add("bc-n-tekst-pm", text("Welke baten verwacht Noaberkracht in 2028 voor informatiebeveiliging en privacy?",
                          [["pm", "pro memorie"]], (N, "Product 2.3 Informatiebeveiliging en privacy"), muni=NK))
add("bc-x-tekst-doelgroep", text("Wat doet Noaberkracht voor mensen met een afstand tot de arbeidsmarkt?",
                                 ["doelgroep", ["buitendienst", "leerwerkbedrijf", "leer/werkbedrijf", "re-integratie"]],
                                 (N, "Noaberkracht biedt daarnaast werkplekken aan inwoners met een afstand tot de "
                                     "arbeidsmarkt")))

# ---------------- any
add("bc-x-any-01", anyk("Wat betaalt Dinkelland aan Noaberkracht?", NK, ["24.562", "24 562"],
                        "no year: several years of the Noaberkracht begroting qualify; Tubbergen's 2026 bijdrage "
                        "must not be given"))
add("bc-x-any-02", anyk("Hoeveel kost het sociaal domein van Twenterand?", TW, ["30.509", "30 509"],
                        "no year: the begroting 2020 (2020-2023) and the jaarstukken 2024 both qualify; a Noaberkracht "
                        "figure (Dinkelland's bijdrage 2026) must not be given"))


# ------------------------------------------------------------------------------------------------ build
def resolve_any(s):
    if s["kind"] == "real_prose":
        txt = (CORPUS / s["document"]).read_text(encoding="utf-8")
        assert txt.count(s["fragment"]) == 1, s
        r = dict(s)
        r["line_no"] = txt[:txt.index(s["fragment"])].count("\n") + 1
        r["value"] = int(pr.parse_nl(s["printed"]))
        return r
    return resolve(s)


def describe_any(s):
    if s["kind"] == "real_prose":
        return f"{s['document']} (real text export), line {s['line_no']}, prose: \"{s['fragment']}\" -> {fmtv(s['value'])}"
    return describe(s)


def build_turn(t):
    if t["kind"] == "figure":
        srcs = [resolve_any(s) for s in t["main"]]
        com = []
        if t["op"]:
            a, b = srcs[0]["value"], srcs[1]["value"]
            if t["op"] == "diff":
                v = abs(a - b); der = f"{fmtv(a)} - {fmtv(b)} = {fmtv(a - b)}"
            elif t["op"] == "share":
                v = round(a / b * 100, 2); der = f"{fmtv(a)} / {fmtv(b)} x 100 = {a / b * 100:.3f}%"
            elif t["op"] == "per":
                v = round(a / b, 2); der = f"{fmtv(a)} / {fmtv(b)} = {a / b:.3f}"
            else:
                raise ValueError(t["op"])
            com.append("operand 1: " + describe_any(srcs[0]))
            com.append("operand 2: " + describe_any(srcs[1]))
            com.append("derivation: " + der)
        else:
            vals = {abs(s["value"]) for s in srcs}  # signed is never set: absolute values
            assert len(vals) == 1, (t["question"], vals)
            v = abs(srcs[0]["value"])
            der = None
            for s in srcs:
                com.append(describe_any(s))
        if t["data"] is not None:
            assert abs(v - abs(t["data"])) < 1e-6 or (t["tol"] and abs(v - abs(t["data"])) <= t["tol"]), (t["question"], v, t["data"])
        if t["note"]:
            com.append("note: " + t["note"])
        others = [o for o in t["other"]]
        for ov_, why in others:
            assert abs(ov_ - v) > (t["tol"] or 0), (t["question"], ov_, v)
        if others:
            com.append("NOT accepted: " + "; ".join(f"{fmtv(o)} ({w})" for o, w in others))
        expect = {"value": v}
        acc = []
        for asrcs in t["accept"]:
            ar = [resolve_any(x) for x in asrcs]
            av = abs(ar[0]["value"])
            assert all(abs(x["value"]) == av for x in ar) and av != v
            acc.append({"value": av, "sources": ar})
            com.append(f"ALSO accepted {fmtv(av)}: " + "; ".join(describe_any(x) for x in ar))
        if acc:
            expect["accept"] = [a["value"] for a in acc]
        if t["tol"]:
            expect["tolerance"] = t["tol"]
        expect["unit"] = t["unit"]
        expect["municipality"] = t["muni"]
        prov = {"kind": "figure", "main": {"value": v, "sources": srcs, "op": t["op"], "derivation": der},
                "accept": acc,
                "tolerance": t["tol"], "other": [{"value": o, "why": w} for o, w in others]}
        return {"question": t["question"], "kind": "figure", "expect": expect}, com, prov
    if t["kind"] == "refusal":
        com = ["refusal: " + t["why"], "absent: " + "; ".join(f"/{rx}/ in {doc}" for doc, rx in t["absent"])]
        for doc, rx in t["absent"]:
            txt = doc_text(doc)
            assert not re.search(rx, txt), (t["question"], doc, rx)
        return {"question": t["question"], "kind": "refusal"}, com, {"kind": "refusal", "why": t["why"],
                                                                      "absent": [list(a) for a in t["absent"]]}
    if t["kind"] == "text":
        doc, anchor = t["where"]
        pages = pr.load(str(CORPUS / doc))
        ps = pr.find_prose(pages, anchor)
        assert len(ps) == 1, (anchor, ps)
        passage = passage_at(doc, ps[0], anchor)
        for g in t["include"]:
            alts = g if isinstance(g, list) else [g]
            assert any(a.lower() in passage.lower() for a in alts), (t["question"], g, passage)
        com = [f"text: {doc}, page {ps[0]}, passage starting '{anchor[:70]}'",
               "include items found in that passage: " + json.dumps(t["include"], ensure_ascii=False)]
        if t["muni"] is None:
            com.append("no municipality condition: the Dinkelland Begroting 2020 says the same (doelgroepers via "
                       "Noaberkracht, re-integratie en leer/werkbedrijf)")
        exp = {"include": t["include"]}
        if t["exclude"]:
            exp["exclude"] = t["exclude"]
        if t["muni"]:
            exp["municipality"] = t["muni"]
        return ({"question": t["question"], "kind": "text", "expect": exp}, com,
                {"kind": "text", "where": {"document": doc, "page": ps[0], "anchor": anchor, "passage": passage}})
    if t["kind"] == "any":
        for e in t["exclude"]:
            pass
        com = ["any: " + t["why"], "exclude: " + ", ".join(t["exclude"])]
        return ({"question": t["question"], "kind": "any",
                 "expect": {"municipality": t["muni"], "exclude": t["exclude"]}}, com,
                {"kind": "any", "why": t["why"], "exclude": t["exclude"]})
    raise ValueError(t)


def doc_text(doc):
    p = CORPUS / doc
    if doc.endswith(".pdf"):
        return "\n".join(pg.text for pg in pr.load(str(p)))
    return p.read_text(encoding="utf-8")


def passage_at(doc, page, anchor):
    """the text of the page from the anchor on, up to 900 characters"""
    pages = pr.load(str(CORPUS / doc))
    t = pr.norm(" ".join(l.text for l in pages[page - 1].lines))
    i = t.index(pr.norm(anchor))
    return t[i:i + 900]


def main():
    out = ["# set-bc: blind evaluation cases (FORMAT.md version 1), generated by source/gen_cases.py.",
           "# Documents: the four real documents of the corpus plus two FICTIONAL ones with made-up figures:",
           f"#   {T} (Gemeente Twenterand, Jaarstukken 2024; TCPDF) and",
           f"#   {N} (Noaberkracht Dinkelland Tubbergen, Begroting 2026; Apache PDFBox).",
           "# Values are in euros after the table's scale (x € 1.000 -> x 1000); 'signed' is never set: a printed",
           "# negative (a nadelig saldo) is expected as its absolute value.  Each comment names document, table, row,",
           "# column, page and printed cell; computed figures carry their derivation; 'NOT accepted' lists nearby",
           "# figures that are wrong answers.  provenance.json holds the same in machine-readable form; check.py",
           "# re-locates every value in the finished documents.",
           "version: 1", "cases:"]
    prov = {}
    ids = set()
    for c in CASES:
        assert c["id"] not in ids
        ids.add(c["id"])
        turns, coms, provs = [], [], []
        for t in c["turns"]:
            y, com, p = build_turn(t)
            turns.append(y); coms.append(com); provs.append(p)
        prov[c["id"]] = provs
        if len(turns) == 1:
            case = {"id": c["id"], "question": turns[0]["question"]}
            if c["scope"]:
                case["municipality"] = c["scope"]
            case["kind"] = turns[0]["kind"]
            if "expect" in turns[0]:
                case["expect"] = turns[0]["expect"]
            comment = coms[0]
        else:
            case = {"id": c["id"]}
            if c["scope"]:
                case["municipality"] = c["scope"]
            case["turns"] = turns
            comment = []
            for i, com in enumerate(coms):
                comment += [f"turn {i + 1}: {x}" for x in com]
        out.append("")
        for line in comment:
            out.append("# " + line)
        y = yaml.safe_dump([case], sort_keys=False, allow_unicode=True, width=1000, default_flow_style=None)
        out.append(y.rstrip("\n"))
    (SET / "cases.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(prov, ensure_ascii=False, indent=1), encoding="utf-8")
    n = {}
    for c in CASES:
        for t in c["turns"]:
            n[t["kind"]] = n.get(t["kind"], 0) + 1
    print("cases:", len(CASES), "turns:", sum(n.values()), n)


if __name__ == "__main__":
    main()
