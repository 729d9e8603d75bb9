"""Write ../cases.yaml (FORMAT.md version 1) and provenance.json for set-bf.

Every expected figure is tied to cells or prose of the finished documents: the page is looked up in the PDF text
(pdftotext -layout), and the printed string is asserted to be the n-th value cell of its row (or to stand in the
sentence).  check.py re-reads everything independently.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import data as d
from fmt import dec, th
from pdftext import cells, find_cell, norm, pages

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
DOCS = {
    "T23": (d.T_FILE, "Twenterand"),
    "AV": (d.A_FILE, "Avalex"),
    "T20": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Twenterand"),
    "W24": ("wassenaar-begroting-2024.pdf", "Wassenaar"),
}


def _num(printed: str, scale: float) -> float:
    s = printed.replace("-/- ", "").replace("%", "").split(" (")[0].replace(".", "").replace(",", ".")
    return round(float(s) * scale, 2)


def cell(doc, table, row, col, idx, printed, scale=1, page=None, occurrence=None):
    """A table cell: row label, column header (idx = position among the row's value cells)."""
    f = str(CORPUS / DOCS[doc][0])
    is_pdf = f.endswith(".pdf")
    hits = []
    for i, t in enumerate(pages(f), 1):
        if page and i != page:
            continue
        ln = find_cell(t, table if is_pdf else None, row, idx, printed, occurrence)
        if ln is not None:
            hits.append((i, ln))
    assert len(hits) == 1, (doc, table, row, col, printed, hits)
    i, ln = hits[0]
    return {"kind": "cell", "document": DOCS[doc][0], "page": i if is_pdf else None,
            "table": table, "row": row, "column": col, "index": idx, "printed": printed, "scale": scale,
            "value": _num(printed, scale), "line": norm(ln), "occurrence": occurrence}


def prose(doc, fragment, printed, scale=1, value=None):
    f = str(CORPUS / DOCS[doc][0])
    for i, t in enumerate(pages(f), 1):
        n = norm(t)
        if fragment in n and printed in n:
            return {"kind": "prose", "document": DOCS[doc][0], "page": i if f.endswith(".pdf") else None,
                    "fragment": fragment, "printed": printed, "scale": scale,
                    "value": value if value is not None else _num(printed.replace("€ ", ""), scale)}
    raise AssertionError((doc, fragment, printed))


def passage(doc, fragment):
    f = str(CORPUS / DOCS[doc][0])
    for i, t in enumerate(pages(f), 1):
        if fragment in norm(t):
            return {"kind": "passage", "document": DOCS[doc][0], "page": i if f.endswith(".pdf") else None,
                    "fragment": fragment}
    raise AssertionError((doc, fragment))


def where(s):
    if s["kind"] == "cell":
        pg = f", page {s['page']}" if s["page"] else ""
        return (f"{s['document']}{pg}: table '{s['table']}', row '{s['row']}', column '{s['column']}' "
                f"printed '{s['printed']}'" + (f" x {s['scale']:g}" if s["scale"] != 1 else ""))
    if s["kind"] == "prose":
        pg = f", page {s['page']}" if s["page"] else ""
        return f"{s['document']}{pg}: prose '{s['fragment']}' ... '{s['printed']}'"
    if s["kind"] == "line":
        return (f"{s['document']}, page {s['page']}: table '{s['table']}', row '{s['row']}', column "
                f"'{s['column']}' printed '{s['printed']}'")
    pg = f", page {s['page']}" if s["page"] else ""
    return f"{s['document']}{pg}: passage '{s['fragment']}'"


CASES: list[tuple[list[str], dict]] = []   # (comment lines, case)
PROV: dict[str, list] = {}


def _fmt_val(v):
    return int(v) if float(v).is_integer() else round(v, 2)


def fturn(q, srcs, value, unit="EUR", accept=(), tol=None, muni=None, deriv=None, notacc=(), note=None):
    """A figure turn. srcs: the cells the value comes from; accept: (value, [sources]) pairs."""
    muni = muni or DOCS[srcs[0]["document"] and _doc_key(srcs[0]["document"])][1]
    com = []
    for s in srcs:
        com.append("from " + where(s))
    if deriv:
        com.append("derivation: " + deriv)
    else:
        assert abs(srcs[0]["value"] - value) < 0.01, (q, srcs[0]["value"], value)
    for a, asrc in accept:
        com.append(f"also accepted {_fmt_val(a)}: " + "; ".join(where(s) for s in asrc))
    if notacc:
        com.append("NOT accepted: " + "; ".join(notacc))
    if note:
        com.append(note)
    exp = {}
    if accept:
        exp["accept"] = [_fmt_val(value)] + [_fmt_val(a) for a, _ in accept]
    else:
        exp["value"] = _fmt_val(value)
    if tol is not None:
        exp["tolerance"] = tol
    exp["unit"] = unit
    exp["municipality"] = muni
    turn = {"question": q, "kind": "figure", "expect": exp}
    prov = {"kind": "figure", "value": value, "sources": srcs, "derivation": deriv,
            "accept": [{"value": a, "sources": s} for a, s in accept], "not_accepted": list(notacc)}
    return com, turn, prov


def _doc_key(fname):
    for k, (f, _) in DOCS.items():
        if f == fname:
            return k
    raise KeyError(fname)


def rturn(q, why):
    return ["refusal: " + why], {"question": q, "kind": "refusal"}, {"kind": "refusal", "why": why}


def tturn(q, include, srcs, muni, exclude=None):
    com = ["text; include items come from " + "; ".join(where(s) for s in srcs)]
    exp = {"include": include, "municipality": muni}
    if exclude:
        exp["exclude"] = exclude
    return com, {"question": q, "kind": "text", "expect": exp}, {"kind": "text", "sources": srcs}


def aturn(q, exclude, why, muni=None):
    exp = {"exclude": exclude}
    if muni:
        exp["municipality"] = muni
    return ["any: " + why], {"question": q, "kind": "any", "expect": exp}, {"kind": "any", "why": why}


def single(cid, t, scope=None):
    com, turn, prov = t
    case = {"id": cid, "question": turn["question"]}
    if scope:
        case["municipality"] = scope
    case["kind"] = turn["kind"]
    if "expect" in turn:
        case["expect"] = turn["expect"]
    CASES.append((com, case))
    PROV[cid] = [prov]


def conv(cid, scope, turns):
    case = {"id": cid}
    if scope:
        case["municipality"] = scope
    case["turns"] = [t[1] for t in turns]
    com = []
    for k, t in enumerate(turns, 1):
        com += [f"turn {k}: " + c for c in t[0]]
    CASES.append((com, case))
    PROV[cid] = [t[2] for t in turns]


# ================================================================================================ Twenterand 2023
OV = "Overzicht 3.1 Baten en lasten Sociaal Domein"
TV = "Overzicht 3.2 Lasten en baten per taakveld, B 2023"
RS = "Overzicht 3.3 Mutaties reserves Sociaal Domein"
CI = {c: i for i, c in enumerate(d.T_COLS)}


def ov(row, col):
    return cell("T23", OV, row, col, CI[col], None or _ov_printed(row, col))


def _ov_printed(row, col):
    i = CI[col]
    from fmt import eur_t
    m = {"Lasten": d.T_TOT_LASTEN[i], "Baten": -d.T_TOT_BATEN[i], "Saldo van baten en lasten": d.T_SALDO[i],
         "Mutaties reserves": d.T_MUT[i], "Geraamd resultaat": d.T_RESULT[i]}
    return eur_t(m[row])


def ovd(group, doel, col):
    """a doelenboom row under Lasten or Baten: the first (Lasten) or second (Baten) line with that label."""
    from fmt import eur_t
    i = CI[col]
    v = d.T_LASTEN[doel][i] if group == "Lasten" else -d.T_BATEN[doel][i]
    occ = 1 if group == "Lasten" else 2
    s = cell("T23", OV, doel, f"{col} ({group})", i, eur_t(v), occurrence=occ)
    return s


TW = "Twenterand"
tl23 = ov("Lasten", "B 2023")
single("bf-tw-01", fturn("Wat zijn de totale lasten van het programma Sociaal Domein volgens de Programmabegroting "
                         "2023 van Twenterand?", [tl23], d.T_TOT_LASTEN[2],
                         accept=[(62700000, [prose("T23", "Lasten programma Sociaal Domein 2023", "€ 62,7 miljoen",
                                                   value=62700000)])],
                         notacc=["60.109.529 (B 2022)", "63.487.215 (MJR 2024)",
                                 "53.418.384 (the 2020 begroting's raming for 2023)"],
                         note="also printed as the total row 'Programma Sociaal Domein' of " + TV), TW)
single("bf-tw-02", fturn("Hoeveel baten heeft de doelenboom Sociale zaken in de begroting 2023 (programmabegroting "
                         "2023)?", [ovd("Baten", "Sociale zaken", "B 2023")], d.T_BATEN["Sociale zaken"][2],
                         notacc=["15.632.018 (B 2022)", "13.265.327 (2020 begroting, raming 2023)",
                                 "21.954.170 (the lasten)"]), TW)
single("bf-tw-04", fturn("Hoeveel haalt Twenterand in 2024 per saldo uit de reserves voor het sociaal domein?",
                         [ov("Mutaties reserves", "MJR 2024")], 412000,
                         accept=[],
                         notacc=["1.386.200 (B 2023)", "300.000 (reserve sociaal domein alone)"],
                         note=f"same figure printed in {RS}, row 'Saldo mutaties reserves' and row 'Onttrekkingen', "
                              "column MJR 2024"), TW)
single("bf-tw-05", fturn("wat kost de jeugdhulp (maatwerkdienstverlening 18-) bij ons in 2023?",
                         [cell("T23", TV, "Maatwerkdienstverlening 18-", "Lasten", 0, th(12402630))], 12402630,
                         notacc=["19.277.815 (doelenboom Jeugd, all jeugd lasten)", "1.200.000 (its baten)"]), TW)
single("bf-tw-06", fturn("Wat is er in 2023 begroot aan lasten voor beschermd wonen en opvang, taakveld "
                         "Geëscaleerde zorg 18+?",
                         [cell("T23", TV, "Geëscaleerde zorg 18+", "Lasten", 0, th(1145820))], 1145820,
                         notacc=["1.538.450 (Geëscaleerde zorg 18-)"],
                         note="the row is on the continuation page under the repeated header '(vervolg)'"), TW)
single("bf-tw-07", fturn("Hoeveel wordt er in 2023 onttrokken aan de reserve armoedebestrijding?",
                         [cell("T23", RS, "Reserve armoedebestrijding", "B 2023", 0, th(386200))], 386200,
                         notacc=["112.000 (MJR 2024)", "1.536.200 (all onttrekkingen)"]), TW)
conv("bf-tw-c1", TW, [
    fturn("Hoeveel personen met een bijstandsuitkering heeft Twenterand per 10.000 inwoners?",
          [cell("T23", "Verplichte beleidsindicatoren Sociale zaken", "Personen met een bijstandsuitkering",
                "Twenterand", -2, "318,4 (2021)")], 318.4, unit="count",
          notacc=["372,0 (Nederland)", "505 (aantal uitkeringsgerechtigden, metingen)"]),
    fturn("En landelijk?",
          [cell("T23", "Verplichte beleidsindicatoren Sociale zaken", "Personen met een bijstandsuitkering",
                "Nederland", -1, "372,0 (2021)")], 372.0, unit="count", notacc=["318,4 (Twenterand)"]),
])
conv("bf-tw-c2", TW, [
    fturn("Hoeveel vergunninghouders moet Twenterand huisvesten volgens de programmabegroting 2023 (taakstelling, "
          "begroot 2023)?",
          [cell("T23", "Metingen Sociale zaken", "Aantal taakstelling vergunninghouders", "B 2023", 0, "41")], 41,
          unit="count", notacc=["36 (B 2022)", "24 (begroting 2020)"]),
    fturn("En wat was daarvoor begroot in de begroting 2020?",
          [cell("T20", "Beleidsdoelen (Sociale zaken)", "Aantal taakstelling vergunninghouders", "Begroot 2020", 0,
                "24")], 24, unit="count",
          notacc=["27 (realised 2020, printed in the 2023 begroting)", "28 (Begroot 2019)"]),
    fturn("En hoeveel werden het er in 2020 werkelijk?",
          [cell("T23", "Metingen Sociale zaken", "Aantal taakstelling vergunninghouders", "2020", 3, "27")], 27,
          unit="count", notacc=["24 (begroot 2020)"]),
])
conv("bf-tw-c3", TW, [
    fturn("Wat zijn de lasten van Jeugd in 2023 volgens de programmabegroting 2023?",
          [ovd("Lasten", "Jeugd", "B 2023")], d.T_LASTEN["Jeugd"][2],
          accept=[(19300000, [prose("T23", "Lasten Jeugd 2023", "€ 19,3 miljoen", value=19300000)])],
          notacc=["16.423.993 (raming 2023 in the begroting 2020)", "18.506.263 (B 2022)",
                  "12.402.630 (taakveld 6.72)"]),
    fturn("En wat stond er voor 2023 in de begroting 2020?",
          [cell("T20", "Overzicht 3.1 Baten en lasten Sociaal domein", "Jeugd", "2023", 3, "16.423.993")], 16423993,
          notacc=["19.277.815 (the 2023 begroting)", "16.695.012 (2020)"]),
])
jst = d.T_LASTEN["Jeugd"][2] - d.T_LASTEN["Jeugd"][1]
single("bf-tw-08", fturn("Met hoeveel euro stijgen de lasten van Jeugd van 2022 naar 2023 volgens de "
                         "programmabegroting 2023?",
                         [ovd("Lasten", "Jeugd", "B 2023"), ovd("Lasten", "Jeugd", "B 2022")], jst,
                         deriv=f"{th(d.T_LASTEN['Jeugd'][2])} - {th(d.T_LASTEN['Jeugd'][1])} = {th(jst)}",
                         notacc=["2.586.439 (stijging van het hele programma)"],
                         note="the difference is also printed in the Toelichting op het overzicht: "
                              + where(prose("T23", "de lasten van Jeugd stijgen met", "€ 771.552"))), TW)
diff = d.T_TOT_LASTEN[2] - 54227762
single("bf-tw-09", fturn("Hoeveel hoger zijn de totale lasten van het sociaal domein in de begroting 2023 dan in "
                         "het begrotingsjaar 2020 van de begroting 2020?",
                         [tl23, cell("T20", "Overzicht 3.1 Baten en lasten Sociaal domein", "Totaal programma lasten",
                                     "2020", 0, "54.227.762")], diff,
                         deriv=f"{th(d.T_TOT_LASTEN[2])} - 54.227.762 = {th(diff)}",
                         notacc=["9.277.584 (62.695.968 - 53.418.384, the 2020 begroting's raming for 2023)"]), TW)
jd = 1240 - 1123
single("bf-tw-10", fturn("Hoeveel meer jeugdigen met jeugdhulp zijn er begroot voor 2023 dan er in de begroting "
                         "2020 voor 2020 begroot waren?",
                         [cell("T23", "Metingen Jeugd", "Totaal aantal jeugdigen met jeugdhulp", "B 2023", 0, "1.240"),
                          cell("T20", "Beleidsindicatoren (Jeugd)", "Totaal aantal jeugdigen met jeugdhulp per 2018 *****",
                               "Begroot 2020", 0, "1123")], jd, unit="count",
                         deriv="1.240 - 1.123 = 117", notacc=["92 (1.240 - 1.148, realised 2020)"]), TW)
sh = round(100 * 12402630 / d.T_TOT_LASTEN[2], 2)
single("bf-tw-11", fturn("Welk deel van de programmalasten 2023 gaat naar taakveld 6.72 Maatwerkdienstverlening 18-, "
                         "in procenten?",
                         [cell("T23", TV, "Maatwerkdienstverlening 18-", "Lasten", 0, th(12402630)), tl23], sh,
                         unit="percent", tol=0.1,
                         deriv=f"12.402.630 / {th(d.T_TOT_LASTEN[2])} x 100 = {dec(sh, 2)}",
                         notacc=["30,7 (Jeugd 19.277.815 / 62.695.968)"]), TW)

# ================================================================================================ Avalex
AVX = "Avalex"
T4 = "Tabel 4  Bijdrage per gemeente 2025"
MI = {m[0]: m for m in d.A_MEMBERS}


def bij(name, col, idx, printed):
    return cell("AV", T4, name, col, idx, printed)


conv("bf-av-c1", None, [
    fturn("hoevel betaald wassenaar in 2025 aan avalex voor het afval?",
          [bij("Wassenaar", "Bijdrage 2025", 3, th(d.A_BIJDR_2025["Wassenaar"]))], d.A_BIJDR_2025["Wassenaar"],
          muni=AVX, notacc=["4.017.065 (bijdrage 2024)", "3.968.000 (Wassenaar's own begroting 2024)"]),
    fturn("En voor Rijswijk?", [bij("Rijswijk", "Bijdrage 2025", 3, th(d.A_BIJDR_2025["Rijswijk"]))],
          d.A_BIJDR_2025["Rijswijk"], muni=AVX, notacc=["7.561.300 (bijdrage 2024)"]),
    fturn("Hoeveel is dat per huishouden?", [bij("Rijswijk", "Per hh", 4, "274,31")], 274.31, muni=AVX,
          notacc=["355,66 (Wassenaar)", "284,69 (average)"]),
])
dw = d.A_BIJDR_2025["Wassenaar"] - 3968000
w24 = {"kind": "line", "document": "wassenaar-begroting-2024.pdf", "page": 103, "table": "Verbonden partijen",
       "row": "Avalex", "column": "financieel belang / bijdrage", "printed": "€ 3.968.000", "scale": 1,
       "value": 3968000.0}
single("bf-av-01", fturn("Hoeveel hoger is de bijdrage van Wassenaar aan Avalex in de Avalex-begroting 2025 dan het "
                         "bedrag voor Avalex in de begroting 2024 van Wassenaar zelf?",
                         [bij("Wassenaar", "Bijdrage 2025", 3, th(d.A_BIJDR_2025["Wassenaar"])), w24], dw, muni=AVX,
                         deriv=f"{th(d.A_BIJDR_2025['Wassenaar'])} - 3.968.000 = {th(dw)}",
                         notacc=["194.690 (4.211.755 - 4.017.065, the Avalex bijdrage 2024)",
                                 "255.000 (Wassenaar's own 2023-2024 rise)"]))
single("bf-av-02", fturn("Welk bedrag staat er in de begroting 2024 van Wassenaar bij de verbonden partij Avalex?",
                         [w24], 3968000, muni="Wassenaar",
                         notacc=["6.302.000 (eigen vermogen Avalex)", "51.964.000 (vreemd vermogen)",
                                 "4.211.755 (the fictional Avalex bijdrage 2025)"]), "Wassenaar")
single("bf-av-03", fturn("Wat zijn de totale lasten van Avalex in 2025?",
                         [cell("AV", "Tabel 1 Overzicht van baten en lasten", "Lasten", "Begr. 2025", 2, "60.373,7", 1000)], 60373700, muni=AVX,
                         accept=[(60400000, [prose("AV", "Totale lasten", "€ 60,4 mln", value=60400000)])],
                         notacc=["58.275.100 (Begr. 2024)", "47.612.900 (bijdragen)"],
                         note="also the row 'Lasten' of Tabel 2 and 'Totaal' of Tabel 3"))
conv("bf-av-c2", AVX, [
    fturn("Hoeveel ton huishoudelijk restafval verwacht Avalex in 2025?",
          [cell("AV", "Tabel 5 Ingezamelde hoeveelheden", "Huishoudelijk restafval", "Begroting 2025", 2, "92.150")], 92150, unit="count",
          muni=AVX, notacc=["97.490 (restafval incl. grofvuil rest)", "94.300 (2024)"],
          note="same figure in Tabel 6 (per kwartaal), column 2025"),
    fturn("En in 2023?", [cell("AV", "Tabel 5 Ingezamelde hoeveelheden", "Huishoudelijk restafval", "Realisatie 2023", 0, "96.412")], 96412,
          unit="count", muni=AVX, notacc=["102.416 (restafval incl. grofvuil rest)"]),
])
single("bf-av-05", fturn("Wat is het afvalscheidingspercentage van Avalex in 2025?",
                         [cell("AV", "Tabel 5 Ingezamelde hoeveelheden", "Afvalscheidingspercentage", "Begroting 2025", 2, "47,0%")], 47.0,
                         unit="percent", muni=AVX, notacc=["46,0 (2024)", "45,0 (2023)"],
                         note="also '47%' in the kerncijfers on page 1"), AVX)
single("bf-av-06", fturn("hoeveel kilo restafval gooit een inwoner weg in 2024 volgens avalex",
                         [cell("AV", "Tabel 5 Ingezamelde hoeveelheden", "Kg huishoudelijk restafval per inwoner", "Begroting 2024", 1, "273")],
                         273, unit="count", muni=AVX, notacc=["266 (2025)", "281 (2023)", "100 (target 2030)"]))
single("bf-av-07", fturn("Hoeveel fte formatie heeft Avalex in 2025?",
                         [cell("AV", "Tabel 7 Personeel", "Formatie (fte)", "Begroting 2025", 2, "374,3")], 374.3, unit="count",
                         accept=[(374, [prose("AV", "Formatie", "374 fte", value=374)])], muni=AVX,
                         notacc=["249,5 (inzameling alone)", "367,8 (2024)"]), AVX)
conv("bf-av-c3", AVX, [
    fturn("Hoeveel elektrische zijladers schaft Avalex in 2025 aan?",
          [cell("AV", "Tabel 8 Investeringen materieel 2025", "Elektrische zijladers", "Aantal", 0, "2")], 2, unit="count", muni=AVX,
          notacc=["6 (zijladers restafval/GFT)", "13 (all vuilniswagens)"]),
    fturn("Wat kosten die samen?", [cell("AV", "Tabel 8 Investeringen materieel 2025", "Elektrische zijladers", "Investering", 1, "1.196.000")],
          1196000, muni=AVX, notacc=["119.600 (afschrijving per jaar)", "2.358.000 (zijladers restafval/GFT)"]),
    fturn("In hoeveel jaar worden ze afgeschreven?",
          [cell("AV", "Tabel 8 Investeringen materieel 2025", "Elektrische zijladers", "Termijn (jr)", 2, "10")], 10, unit="count", muni=AVX,
          notacc=["8 (zijladers restafval/GFT)"]),
])
single("bf-av-08", fturn("Wat is de stand van de egalisatiereserve tarieven eind 2025?",
                         [cell("AV", "Tabel 9 Reserves en voorzieningen 2025", "Egalisatiereserve tarieven", "Stand 31-12-2025", 3, "535,0", 1000)],
                         535000, muni=AVX, notacc=["985.000 (stand 1-1-2025)", "450.000 (onttrekking)"]), AVX)
single("bf-av-09", fturn("Hoe hoog is de ratio weerstandsvermogen van Avalex?",
                         [cell("AV", "Tabel 10 Risico's en weerstandsvermogen", "Ratio weerstandsvermogen", "Benodigd", 0, "1,30")], 1.3,
                         unit="count", muni=AVX, notacc=["1,0 and 1,4 (the norm)"]), AVX)
s2 = d.A_BIJDR_2025["Delft"] + d.A_BIJDR_2025["Rijswijk"]
single("bf-av-10", fturn("Wat betalen Delft en Rijswijk samen in 2025 aan Avalex?",
                         [bij("Delft", "Bijdrage 2025", 3, th(d.A_BIJDR_2025["Delft"])),
                          bij("Rijswijk", "Bijdrage 2025", 3, th(d.A_BIJDR_2025["Rijswijk"]))], s2, muni=AVX,
                         deriv=f"{th(d.A_BIJDR_2025['Delft'])} + {th(d.A_BIJDR_2025['Rijswijk'])} = {th(s2)}",
                         notacc=["22.682.760 (the 2024 bijdragen)"]))
rp = round(100 * 218463 / d.A_LASTEN_TOT[2], 2)
single("bf-av-11", fturn("Welk percentage van de lasten van Avalex in 2025 gaat naar huishoudelijk restafval?",
                         [cell("AV", "Tabel 2 Lasten per product", "Huishoudelijk restafval", "Begr. 2025", 2, "21.846,3", 1000),
                          cell("AV", "Tabel 2 Lasten per product", "Lasten", "Begr. 2025", 2, "60.373,7", 1000)], rp, unit="percent",
                         tol=0.1, muni=AVX, deriv=f"21.846,3 / 60.373,7 x 100 = {dec(rp, 2)}",
                         notacc=["20,7 (kostendekking opbrengsten)"]), AVX)
single("bf-av-12", fturn("Hoeveel dragen de zes gemeenten samen bij aan Avalex in 2025?",
                         [cell("AV", "Tabel 1 Overzicht van baten en lasten", "Bijdragen deelnemers", "Begr. 2025", 2, "47.612,9", 1000)], 47612900,
                         accept=[(47600000, [prose("AV", "Bijdragen deelnemende gemeenten", "€ 47,6 mln",
                                                   value=47600000)])], muni=AVX,
                         notacc=["45.507.700 (2024)", "60.373.700 (lasten)"],
                         note="also row 'Totaal', column 'Bijdrage 2025' of " + T4 + " (47.612.900, in euros)"))
single("bf-av-13", fturn("Hoeveel GFT verwacht Avalex in het tweede kwartaal van 2025 in te zamelen?",
                         [cell("AV", "Tabel 6 Verwachte inzameling per kwartaal 2025", "GFT", "K2", 1, "9.460")], 9460, unit="count", muni=AVX,
                         notacc=["32.850 (whole year)", "9.030 (K3)"]), AVX)
conv("bf-av-c4", None, [
    fturn("Hoeveel betaalt Delft in 2025 aan Avalex?",
          [bij("Delft", "Bijdrage 2025", 3, th(d.A_BIJDR_2025["Delft"]))], d.A_BIJDR_2025["Delft"], muni=AVX,
          notacc=["15.121.460 (2024)"]),
    rturn("En Dinkelland?", "Dinkelland is no member of Avalex; no document holds a Dinkelland contribution to it"),
])

# ================================================================================================ refusals
single("bf-ref-01", rturn("Wat betaalt Twenterand in 2025 aan Avalex voor het ophalen van afval?",
                          "Twenterand is no member of Avalex (members: Delft, Leidschendam-Voorburg, Midden-Delfland, "
                          "Pijnacker-Nootdorp, Rijswijk, Wassenaar)"))
single("bf-ref-02", rturn("Wat zijn de lasten van het programma Sociaal Domein van Twenterand in 2027?",
                          "the 2023 begroting's meerjarenraming ends in 2026, the 2020 one in 2023"), TW)
single("bf-ref-03", rturn("Hoeveel ton PMD haalt Avalex in 2025 via nascheiding uit het restafval?",
                          "PMD nascheiding is mentioned, but no PMD tonnage is printed"), AVX)
single("bf-ref-04", rturn("Hoeveel betaalt Den Haag aan Avalex?",
                          "Den Haag is no member of Avalex; no contribution is printed"))
single("bf-ref-05", rturn("Hoeveel nieuwe vuilniswagens koopt Avalex in 2027?",
                          "only the investeringen 2025 are printed"), AVX)
single("bf-ref-06", rturn("Wat waren de totale lasten van Avalex in 2022?",
                          "the Avalex begroting starts at Rek. 2023; no other Avalex document"), AVX)
single("bf-ref-07", rturn("Hoeveel fte werkt er in het sociaal team van Twenterand in 2023?",
                          "no formatie of the sociaal team is printed"), TW)
single("bf-ref-08", rturn("Wat is het tarief van de afvalstoffenheffing in Twenterand in 2023?",
                          "no document holds Twenterand's afvalstoffenheffing"))

# ================================================================================================ text
single("bf-txt-01", tturn("Wat gaat Twenterand in 2023 doen aan de kosten en wachttijden van de jeugdhulp?",
                          [["POH", "praktijkondersteuner"], ["wachtlijst", "wachttijd"]],
                          [passage("T23", "praktijkondersteuners jeugd bij de huisartsen (POH-jeugd)"),
                           passage("T23", "regionale wachtlijstaanpak")], TW), TW)
single("bf-txt-02", tturn("Waarom stijgen de lasten van Onderwijs in 2024 eenmalig?",
                          ["Westerhaar", ["kindcentrum", "nieuwbouw"]],
                          [passage("T23", "nieuwbouw van het integraal kindcentrum in Westerhaar")], TW), TW)
single("bf-txt-03", tturn("wat verandert er in 2023 aan de minimaregelingen in twenterand?",
                          ["130", ["inkomensgrens", "sociaal minimum"]],
                          [passage("T23", "inkomensgrens van de minimaregelingen van 120% naar 130%")], TW))
single("bf-txt-04", tturn("Wie voert de schuldhulpverlening uit voor Twenterand in 2023?", ["Stadsbank"],
                          [passage("T23", "Schuldhulpverlening wordt uitgevoerd door de Stadsbank Oost Nederland")],
                          TW), TW)
single("bf-txt-05", tturn("Hoe gaat Twenterand de hulp bij het huishouden anders inkopen vanaf 2023?",
                          [["vier aanbieders", "4 aanbieders"], "resultaatgericht"],
                          [passage("T23", "resultaatgericht ingekocht met vier aanbieders in plaats van negen")], TW),
       TW)
single("bf-txt-06", tturn("ik ben mantelzorger in twenterand, wat doet de gemeente in 2023 voor mij?",
                          [["waardebon"], ["respijt", "logeerhuis"]],
                          [passage("T23", "Mantelzorgers ontvangen via Stichting Evenmens de jaarlijkse waardebon")],
                          TW))
single("bf-txt-07", tturn("Waarom haalt Avalex PMD niet meer apart op?", ["nascheiding"],
                          [passage("AV", "PMD wordt sinds 2023 via nascheiding uit het restafval gehaald")], AVX))
single("bf-txt-08", tturn("Wat doet Avalex aan het tekort aan chauffeurs?", [["opleid", "leiden zelf"], "inhuur"],
                          [passage("AV", "We leiden zelf chauffeurs op (C-rijbewijs) en verlagen daarmee de inhuur")],
                          AVX), AVX)
single("bf-txt-09", tturn("In welke gemeenten rondt Avalex in 2025 de overgang naar zijbelading af?",
                          ["Rijswijk", "Wassenaar"],
                          [passage("AV", "zijladers wordt in 2025 afgerond in Rijswijk en Wassenaar")], AVX), AVX)
single("bf-txt-10", tturn("Waarom haalt Avalex in 2025 geld uit de egalisatiereserve tarieven?",
                          [["verbranding", "papier", "afvalstoffenbelasting"]],
                          [passage("AV", "vangen we op met een onttrekking aan de egalisatiereserve tarieven")], AVX),
       AVX)
single("bf-txt-11", tturn("Hoe dekt Wassenaar in de begroting 2024 de hogere bijdrage aan Avalex?",
                          ["afvalstoffenheffing"],
                          [passage("W24", "Deze hogere lasten worden geheel gedekt door een stijging van de "
                                          "afvalstoffenheffing")], "Wassenaar"), "Wassenaar")

# ================================================================================================ any
single("bf-any-01", aturn("Wat kost het afval eigenlijk?", ["62.695.968", "Dinkelland"],
                          "vague: Avalex lasten, a member's bijdrage or Wassenaar's taakveld 7.3 Afval are all fair; "
                          "the Sociaal Domein total or Dinkelland must not appear"))
single("bf-any-02", aturn("Hoeveel gaat er naar jeugd?", ["Avalex"],
                          "vague (which municipality, which year): a figure of Twenterand, Dinkelland or Wassenaar or "
                          "a question back are all fair; Avalex has nothing on jeugd"))

# ================================================================================================ write
HEAD = """# set-bf: blind evaluation set (FORMAT.md version 1) for the assistant over Dutch municipal budget documents.
# Corpus (corpus/): the four documents of /work/main/corpus, unchanged, plus two FICTIONAL documents whose figures
# are MADE UP (both say so on their first page):
#   - twenterand-programmabegroting-2023-sociaal-domein.pdf: Gemeente Twenterand, Programmabegroting 2023,
#     programma Sociaal Domein (8 pages, libHaru via ctypes; structure after the real 2020 seed);
#   - avalex-begroting-2025.pdf: Avalex, Begroting 2025 en meerjarenraming 2026-2028 (5 pages, pdfjs npm).
#     Avalex is real (members Delft, Leidschendam-Voorburg, Midden-Delfland, Pijnacker-Nootdorp, Rijswijk,
#     Wassenaar); its figures here are made up. Twenterand and Dinkelland are NO members.
# Generated by source/gen_cases.py; every expected value is re-read from the documents by source/check.py.
# Values are in euros after the table's scale; comments name document, page, table, row, column and printed text.
version: 1
cases:
"""


def y(v, ind):
    """Tiny YAML emitter: flow style for lists/dicts of scalars, block style above."""
    sp = "  " * ind
    if isinstance(v, dict):
        out = []
        for k, x in v.items():
            if isinstance(x, list) and x and isinstance(x[0], dict):
                out.append(f"{sp}{k}:")
                for it in x:
                    sub = y(it, ind + 2).splitlines()
                    sub[0] = "  " * (ind + 1) + "- " + sub[0].lstrip()
                    out += sub
            elif isinstance(x, dict):
                out.append(f"{sp}{k}: " + json.dumps(x, ensure_ascii=False))
            else:
                out.append(f"{sp}{k}: " + json.dumps(x, ensure_ascii=False))
        return "\n".join(out)
    return sp + json.dumps(v, ensure_ascii=False)


lines = [HEAD]
ids = set()
for com, case in CASES:
    assert case["id"] not in ids
    ids.add(case["id"])
    for c in com:
        lines.append("# " + c + "\n")
    sub = y(case, 1).splitlines()
    sub[0] = "- " + sub[0].lstrip()
    lines.append("\n".join(sub) + "\n")
(SET / "cases.yaml").write_text("".join(lines), encoding="utf-8")
(Path(__file__).parent / "provenance.json").write_text(json.dumps(PROV, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
# counts
kinds = {}
for _, case in CASES:
    for t in case.get("turns", [case]):
        kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
print("cases", len(CASES), "turns", sum(kinds.values()), kinds)
