"""Writes ../cases.yaml and provenance.json for set-av.

Every expected, accepted and 'other' (not accepted) figure is located in the finished documents (page, table, row,
column, printed text) with extract.py and must equal the value computed from data.py; the locations go into the
comment above each case and into provenance.json, which check.py verifies again from the documents alone.

usage: python gen_cases.py SETDIR
"""
import hashlib
import json
import os
import sys

from data import (P1, P2, P3, TW, NK, TW_INW_1JAN, TW_INW_31DEC, NK_INW, NK_SLEUTEL, NK_DIRECT, NK_BIJDRAGE_2024,
                  NK_DOELGROEP, IND_P2, IND_P3, RESULTAAT_2022)
from extract import PdfDoc, RealText, parse_nl, norm
from fmt import nl, slash, rnd, pct
from tables import DOCS, TABLES

MUN = {k: v["municipality"] for k, v in DOCS.items()}
TWM, NKM, DKM = MUN["tw"], MUN["nk"], MUN["dk20"]


# ------------------------------------------------------------------------------------------------------------------
# source constructors
# ------------------------------------------------------------------------------------------------------------------
def cell(doc, table, row, col, token, group=None, mark=None, scale=None, occurrence=1):
    t = TABLES[(doc, table)]
    return dict(kind="cell", doc=doc, table=table, row=row, col=col, token=token, group=group, mark=mark,
                scale=scale if scale is not None else t["scale"], occurrence=occurrence)


def prose(doc, snippet, token, scale=1, column=None):
    assert token in snippet, (token, snippet)
    return dict(kind="prose", doc=doc, snippet=snippet, token=token, scale=scale, column=column)


def tile(doc, label, value_text, scale):
    return dict(kind="tile", doc=doc, label=label, value_text=value_text, scale=scale)


def real(doc, row, index, token, after):
    return dict(kind="real_row", doc=doc, row=row, index=index, token=token, after=after, scale=1)


def real_prose(doc, snippet, token, scale=1):
    assert token in snippet
    return dict(kind="real_prose", doc=doc, snippet=snippet, token=token, scale=scale)


WORDS = {"twee": 2}


def val(src):
    if src.get("token") in WORDS:
        return WORDS[src["token"]]
    if src["kind"] == "tile":
        num = src["value_text"].replace("€", "").replace("mln", "").replace("%", "").replace("fte", "").strip()
        return rnd(parse_nl(num) * src["scale"], 4)
    v = parse_nl(src["token"])
    assert v is not None, src
    return rnd(v * src["scale"], 4)


def F(value, sources, unit="EUR", accept=(), other=(), op=None, tolerance=None, note=None):
    """a figure turn's expectation: value from sources (or op over them), accepted alternatives, not-accepted others."""
    return dict(value=value, sources=sources, unit=unit, accept=list(accept), other=list(other), op=op,
                tolerance=tolerance, note=note)


def A(value, sources, why):
    return dict(value=value, sources=sources, why=why)


def O(value, sources, why, op=None):
    return dict(value=value, sources=sources, why=why, op=op)


def pc(x):
    return rnd(x, 4)


# ------------------------------------------------------------------------------------------------------------------
# figures from data.py (the values the documents must print)
# ------------------------------------------------------------------------------------------------------------------
L3, B3 = dict(P3["lasten"]), dict(P3["baten"])
K2 = P2["K"]
OV, ADM, BAL, KG = TW["OV"], TW["ADM"], TW["BALANS"], TW["KENGETALLEN"]
RESV = {r[0]: r for r in TW["RESERVES"]}
TV = {r[0]: r for r in TW["TAAKVELDEN"]}
ADMB = dict(ADM["baten"])
MJ = NK["MJ"]
CL = {c["name"]: c for c in NK["CLUSTERS"]}
KS = NK["KS_K"]
TW20_JEUGD_2023, TW20_MO_2023 = 16_423_993, 11_958_690
ovl = dict(OV["lasten"])

CASES = []


def case(cid, question=None, kind=None, scope=None, exp=None, turns=None, why=None, absent=None, include=None,
         where=None, exclude=None, mun=None, candidates=None, comment=None, continuation=False):
    if continuation:
        exp["continuation"] = True
    CASES.append(dict(id=cid, question=question, kind=kind, scope=scope, exp=exp, turns=turns, why=why, absent=absent,
                      include=include, where=where, exclude=exclude, mun=mun, candidates=candidates, comment=comment))


def turn(question, kind, exp=None, why=None, absent=None, include=None, where=None, exclude=None, mun=None,
         candidates=None, comment=None):
    return dict(question=question, kind=kind, exp=exp, why=why, absent=absent, include=include, where=where,
                exclude=exclude, mun=mun, candidates=candidates, comment=comment)


OTHERS_NOT_TW = ["nk", "dk20", "wass", "co"]
ALL = ["tw", "nk", "tw20", "dk20", "wass", "co"]

# ================================================================ Twenterand, Jaarstukken 2023 — figure turns
case("av-tw-jeugd-werkelijk", "Hoeveel heeft Twenterand in 2023 werkelijk uitgegeven aan jeugd?", "figure", mun=TWM,
     exp=F(L3["Jeugd"][2], [cell("tw", "T2.6", "Jeugd", 2, nl(L3["Jeugd"][2]), group="Lasten")],
           other=[O(TW20_JEUGD_2023, [real("tw20", "Jeugd", 3, "16.423.993", "Overzicht 3.1")],
                    "the raming for 2023 in the Programmabegroting 2020, not what was spent"),
                  O(L3["Jeugd"][1], [cell("tw", "T2.6", "Jeugd", 1, nl(L3["Jeugd"][1]), group="Lasten")],
                    "Begroting 2023 na wijziging"),
                  O(L3["Jeugd"][0], [cell("tw", "T2.6", "Jeugd", 0, nl(L3["Jeugd"][0]), group="Lasten")],
                    "Begroting 2023 primitief"),
                  O(TV["6.72 Maatwerkdienstverlening 18-"][1],
                    [cell("tw", "TB.1", "6.72 Maatwerkdienstverlening 18-", 0, nl(TV["6.72 Maatwerkdienstverlening 18-"][1]), mark="3")],
                    "one taakveld (6.72), not the doelenboom Jeugd")]),
     comment="'werkelijk uitgegeven' = the realisatie of the doelenboom Jeugd (lasten).")

case("av-tw-fysiek-saldo", "wat was het saldo van baten en lasten van het fysiek domein in 2023 volgens de jaarstukken?",
     "figure", scope=TWM, mun=TWM,
     exp=F(K2["saldo"][2] * 1000, [cell("tw", "T2.4", "Saldo van baten en lasten", 2, slash(K2["saldo"][2]))],
           other=[O(K2["saldo"][1] * 1000, [cell("tw", "T2.4", "Saldo van baten en lasten", 1, slash(K2["saldo"][1]))],
                    "Begroting 2023 na wijziging"),
                  O(K2["resultaat"][2] * 1000, [cell("tw", "T2.4", "Resultaat programma", 2, slash(K2["resultaat"][2]))],
                    "the resultaat after reserve mutations, not the saldo van baten en lasten"),
                  O(ovl["Programma 2 Fysiek Domein"][2] * 1000,
                    [cell("tw", "T4.1", "Programma 2 Fysiek Domein", 2, nl(ovl["Programma 2 Fysiek Domein"][2]), group="Lasten")],
                    "the lasten of the programme")]),
     comment="printed '-/- 8.431' in a table x € 1.000 = -8.431.000 (a nadelig saldo; compared as absolute values).")

case("av-tw-resultaat", "Met welk resultaat heeft Twenterand het jaar 2023 afgesloten?", "figure", mun=TWM,
     exp=F(TW["RESULTAAT"][2], [prose("tw", f"Het gerealiseerde resultaat over 2023 bedraagt € {nl(TW['RESULTAAT'][2])} voordelig.",
                                      nl(TW["RESULTAAT"][2]))],
           accept=[A(OV["resultaat"][2] * 1000, [cell("tw", "T4.1", "Gerealiseerd resultaat", 2, nl(OV["resultaat"][2]))],
                     "the overview x € 1.000 (its rows are rounded; footnote 1 says totals may differ)"),
                   A(BAL["res"][0] * 1000, [cell("tw", "T4.2", "Gerealiseerd resultaat", 0, nl(BAL["res"][0]))],
                     "the balans x € 1.000"),
                   A(1_800_000, [tile("tw", "Resultaat 2023", "€ 1,8 mln", 1e6)], "the één-oogopslag tile in € mln")],
           other=[O(TW["RESULTAAT"][1], [prose("tw", f"nadelig resultaat van € {nl(-TW['RESULTAAT'][1])}", nl(-TW["RESULTAAT"][1]))],
                    "the resultaat of the begroting na wijziging (printed without sign in prose)"),
                  O(RESULTAAT_2022, [cell("tw", "T4.3", "Totaal reserves", 1, nl(RESULTAAT_2022))],
                    "the resultaat over 2022 (bestemming in 2023)")]),
     comment="also printed in the aanbieding (1.1): 'een positief resultaat van € 1.845.752'.")

case("av-tw-algemene-reserve-eind", "hoeveel zat er eind 2023 in de algemene reserve van twenterand", "figure", mun=TWM,
     exp=F(RESV["Algemene reserve"][5], [cell("tw", "T4.3", "Algemene reserve", 4, nl(RESV["Algemene reserve"][5]))],
           accept=[A(BAL["alg"][0] * 1000, [cell("tw", "T4.2", "Algemene reserve", 0, nl(BAL["alg"][0]))], "the balans x € 1.000"),
                   A(9_200_000, [tile("tw", "Algemene reserve 31-12", "€ 9,2 mln", 1e6)], "the één-oogopslag tile")],
           other=[O(RESV["Algemene reserve"][1], [cell("tw", "T4.3", "Algemene reserve", 0, nl(RESV["Algemene reserve"][1]))],
                    "Stand 1-1-2023"),
                  O(BAL["alg"][1] * 1000, [cell("tw", "T4.2", "Algemene reserve", 1, nl(BAL["alg"][1]))], "the balans 31-12-2022")]))

case("av-tw-ozb-woningen", "hoeveel ozb voor woningen kreeg de gemeente binnen in 2023", "figure", scope=TWM, mun=TWM,
     exp=F(ADMB["OZB woningen"][2] * 1000, [cell("tw", "T2.7", "OZB woningen", 2, nl(ADMB["OZB woningen"][2]), group="Baten")],
           accept=[A(TV["0.61 OZB woningen"][2], [cell("tw", "TB.1", "0.61 OZB woningen", 1, nl(TV["0.61 OZB woningen"][2]))],
                     "the taakveld 0.61 baten in euros (bijlage 1)")],
           other=[O(ADMB["OZB woningen"][1] * 1000, [cell("tw", "T2.7", "OZB woningen", 1, nl(ADMB["OZB woningen"][1]), group="Baten")],
                    "begroot (na wijziging = primitief)"),
                  O(TV["0.61 OZB woningen"][2] - TV["0.61 OZB woningen"][1],
                    [cell("tw", "TB.1", "0.61 OZB woningen", 2, slash(TV["0.61 OZB woningen"][2] - TV["0.61 OZB woningen"][1]))],
                    "the taakveld's saldo (baten minus kosten of heffing)")]))

tv672 = TV["6.72 Maatwerkdienstverlening 18-"]
case("av-tw-taakveld-672", "Wat waren in 2023 de lasten van taakveld 6.72 Maatwerkdienstverlening 18-?", "figure", scope=TWM,
     mun=TWM, continuation=True,
     exp=F(tv672[1], [cell("tw", "TB.1", "6.72 Maatwerkdienstverlening 18-", 0, nl(tv672[1]), mark="3")],
           other=[O(tv672[2] - tv672[1], [cell("tw", "TB.1", "6.72 Maatwerkdienstverlening 18-", 2, slash(tv672[2] - tv672[1]))],
                    "the saldo of the taakveld"),
                  O(L3["Jeugd"][2], [cell("tw", "T2.6", "Jeugd", 2, nl(L3["Jeugd"][2]), group="Lasten")],
                    "the doelenboom Jeugd")]),
     comment="on the continuation page of Tabel B.1 (header repeated, caption not); the footnote mark '3' is glued to "
             "the figure ('15.404.2683' in pdftotext).")

case("av-tw-solvabiliteit", "hoe hoog was de solvabiliteit van twenterand eind 2023?", "figure", mun=TWM,
     exp=F(KG["Solvabiliteitsratio"][0], [cell("tw", "T3.3", "Solvabiliteitsratio", 0, pct(KG["Solvabiliteitsratio"][0]))],
           unit="percent",
           other=[O(KG["Solvabiliteitsratio"][1], [cell("tw", "T3.3", "Solvabiliteitsratio", 1, pct(KG["Solvabiliteitsratio"][1]))],
                    "Begroting 2023"),
                  O(KG["Solvabiliteitsratio"][2], [cell("tw", "T3.3", "Solvabiliteitsratio", 2, pct(KG["Solvabiliteitsratio"][2]))],
                    "Realisatie 2022")]),
     comment="the kengetallen table runs newest first (Realisatie 2023, Begroting 2023, Realisatie 2022, Realisatie 2021); "
             "the same 18,8% is on the één-oogopslag page.")

case("av-tw-x-jeugd-vs-2020",
     "Hoeveel hoger waren de werkelijke lasten voor jeugd in 2023 dan wat de programmabegroting 2020 voor dat jaar raamde?",
     "figure", mun=TWM,
     exp=F(L3["Jeugd"][2] - TW20_JEUGD_2023,
           [cell("tw", "T2.6", "Jeugd", 2, nl(L3["Jeugd"][2]), group="Lasten"),
            real("tw20", "Jeugd", 3, "16.423.993", "Overzicht 3.1")], op="diff",
           other=[O(L3["Jeugd"][1] - L3["Jeugd"][2], [cell("tw", "T2.6", "Jeugd", 3, nl(L3["Jeugd"][2] - L3["Jeugd"][1]), group="Lasten")],
                    "the verschil with the begroting 2023 na wijziging (1.284.512 N), not with the 2020 raming")]),
     comment="across documents: the jaarstukken 2023 realisatie minus the 2023 column of Overzicht 3.1 of the real "
             "Programmabegroting 2020.")

case("av-tw-conv-mo", scope=TWM, turns=[
    turn("Wat raamde de programmabegroting 2020 voor de lasten van Maatschappelijke ondersteuning in 2023?", "figure", mun=TWM,
         exp=F(TW20_MO_2023, [real("tw20", "Maatschappelijke ondersteuning", 3, "11.958.690", "Overzicht 3.1")],
               other=[O(L3["Maatschappelijke ondersteuning"][0],
                        [cell("tw", "T2.6", "Maatschappelijke ondersteuning", 0, nl(L3["Maatschappelijke ondersteuning"][0]), group="Lasten")],
                        "the primitieve begroting 2023 in the jaarstukken (a later begroting)"),
                      O(L3["Maatschappelijke ondersteuning"][1],
                        [cell("tw", "T2.6", "Maatschappelijke ondersteuning", 1, nl(L3["Maatschappelijke ondersteuning"][1]), group="Lasten")],
                        "the begroting 2023 na wijziging in the jaarstukken")])),
    turn("En wat is er in 2023 uiteindelijk echt aan uitgegeven?", "figure", mun=TWM,
         exp=F(L3["Maatschappelijke ondersteuning"][2],
               [cell("tw", "T2.6", "Maatschappelijke ondersteuning", 2, nl(L3["Maatschappelijke ondersteuning"][2]), group="Lasten")],
               other=[O(TW20_MO_2023, [real("tw20", "Maatschappelijke ondersteuning", 3, "11.958.690", "Overzicht 3.1")],
                        "the 2020 raming of the turn before")])),
    turn("Hoeveel procent meer is dat?", "figure", mun=TWM,
         exp=F(pc((L3["Maatschappelijke ondersteuning"][2] - TW20_MO_2023) / TW20_MO_2023 * 100),
               [real("tw20", "Maatschappelijke ondersteuning", 3, "11.958.690", "Overzicht 3.1"),
                cell("tw", "T2.6", "Maatschappelijke ondersteuning", 2, nl(L3["Maatschappelijke ondersteuning"][2]), group="Lasten")],
               unit="percent", op="pct_change", tolerance=0.1,
               other=[O(pc((L3["Maatschappelijke ondersteuning"][2] - L3["Maatschappelijke ondersteuning"][1]) /
                           L3["Maatschappelijke ondersteuning"][1] * 100),
                        [cell("tw", "T2.6", "Maatschappelijke ondersteuning", 1, nl(L3["Maatschappelijke ondersteuning"][1]), group="Lasten"),
                         cell("tw", "T2.6", "Maatschappelijke ondersteuning", 2, nl(L3["Maatschappelijke ondersteuning"][2]), group="Lasten")],
                        "the increase over the begroting na wijziging, not over the 2020 raming of turn 1", op="pct_change")])),
])

ind_act = [r for r in IND_P3 if r[0] == "Aantal activeringstrajecten"][0]
case("av-tw-activeringstrajecten",
     "In de begroting van 2020 stonden 380 activeringstrajecten. Hoeveel waren het er in 2023 echt?", "figure", scope=TWM,
     mun=TWM,
     exp=F(341, [cell("tw", "T2.5", "Aantal activeringstrajecten", 2, ind_act[3])], unit="count",
           other=[O(360, [cell("tw", "T2.5", "Aantal activeringstrajecten", 1, ind_act[2])], "Streefwaarde 2023"),
                  O(372, [cell("tw", "T2.5", "Aantal activeringstrajecten", 3, ind_act[4])], "Realisatie 2022"),
                  O(380, [real("tw20", "Aantal activeringstrajecten", 0, "380", "Metingen en verplichte indicatoren")],
                    "begroot 2020 in the Programmabegroting 2020 (named in the question)")]))

ind_won = [r for r in IND_P2 if r[0] == "Aantal opgeleverde nieuwbouwwoningen"][0]
case("av-tw-conv-woningen", turns=[
    turn("hoeveel nieuwbouw woningen zijn er in 2023 opgeleverd in twenterand?", "figure", mun=TWM,
         exp=F(127, [cell("tw", "T2.3", "Aantal opgeleverde nieuwbouwwoningen", 2, ind_won[3])], unit="count",
               other=[O(150, [cell("tw", "T2.3", "Aantal opgeleverde nieuwbouwwoningen", 1, ind_won[2])], "Streefwaarde 2023")]),
         comment="also in prose: 'In 2023 zijn 127 nieuwbouwwoningen opgeleverd.'"),
    turn("En in 2022?", "figure", mun=TWM,
         exp=F(164, [cell("tw", "T2.3", "Aantal opgeleverde nieuwbouwwoningen", 3, ind_won[4])], unit="count",
               other=[O(127, [cell("tw", "T2.3", "Aantal opgeleverde nieuwbouwwoningen", 2, ind_won[3])], "2023")])),
])

case("av-tw-conv-sd-inwoner", scope=TWM, turns=[
    turn("Hoeveel lasten had het sociaal domein in 2023 in totaal?", "figure", mun=TWM,
         exp=F(P3["tot_lasten"][2], [cell("tw", "T2.6", "Totaal lasten", 2, nl(P3["tot_lasten"][2]))],
               accept=[A(ovl["Programma 3 Sociaal Domein"][2] * 1000,
                         [cell("tw", "T4.1", "Programma 3 Sociaal Domein", 2, nl(ovl["Programma 3 Sociaal Domein"][2]), group="Lasten")],
                         "the overview of baten en lasten x € 1.000"),
                       A(59_100_000, [tile("tw", "Lasten Sociaal Domein", "€ 59,1 mln", 1e6)], "the één-oogopslag tile")],
               other=[O(P3["tot_lasten"][1], [cell("tw", "T2.6", "Totaal lasten", 1, nl(P3["tot_lasten"][1]))],
                        "Begroting 2023 na wijziging"),
                      O(54_227_762, [real("tw20", "Totaal programma lasten", 0, "54.227.762", "Overzicht 3.1")],
                        "the Programmabegroting 2020 for 2020"),
                      O(53_418_384, [real("tw20", "Totaal programma lasten", 3, "53.418.384", "Overzicht 3.1")],
                        "the 2020 raming for 2023")])),
    turn("Hoeveel is dat per inwoner?", "figure", mun=TWM,
         exp=F(pc(P3["tot_lasten"][2] / TW_INW_31DEC),
               [cell("tw", "T2.6", "Totaal lasten", 2, nl(P3["tot_lasten"][2])),
                cell("tw", "T1.1", "Aantal inwoners", 1, nl(TW_INW_31DEC))], op="per", tolerance=1.0,
               accept=[A(pc(P3["tot_lasten"][2] / TW_INW_1JAN),
                         [cell("tw", "T1.1", "Aantal inwoners", 0, nl(TW_INW_1JAN))],
                         "divided by the inwoners of 1-1-2023 instead of 31-12-2023")]),
         comment="tolerance 1.0 euro covers 59.132.000 (overview) / 34.126 as well."),
])

case("av-tw-conv-jeugd-waarom", scope=TWM, turns=[
    turn("Met hoeveel euro zijn de kosten van jeugd in 2023 over het budget heen gegaan?", "figure", mun=TWM,
         exp=F(L3["Jeugd"][2] - L3["Jeugd"][1], [cell("tw", "T2.6", "Jeugd", 3, nl(L3["Jeugd"][2] - L3["Jeugd"][1]), group="Lasten")],
               other=[O(L3["Jeugd"][2] - L3["Jeugd"][0],
                        [cell("tw", "T2.6", "Jeugd", 2, nl(L3["Jeugd"][2]), group="Lasten"),
                         cell("tw", "T2.6", "Jeugd", 0, nl(L3["Jeugd"][0]), group="Lasten")],
                        "over the primitieve begroting (not printed)", op="diff"),
                      O(L3["Jeugd"][2] - TW20_JEUGD_2023,
                        [cell("tw", "T2.6", "Jeugd", 2, nl(L3["Jeugd"][2]), group="Lasten"),
                         real("tw20", "Jeugd", 3, "16.423.993", "Overzicht 3.1")], "over the 2020 raming", op="diff")]),
         comment="the Verschil column prints 1.284.512 with N (nadeel); the toelichting repeats '€ 1.284.512 N'."),
    turn("Waarom?", "text", mun=TWM, include=["jeugdhulp", ["verblijf", "pleegzorg", "tarieven", "langer"]],
         where=[dict(doc="tw", snippet="De kosten van jeugdhulp vielen opnieuw hoger uit dan begroot.")]),
])

case("av-tw-reserve-sd-onttrekking", "Hoeveel geld is er in 2023 uit de reserve sociaal domein gehaald?", "figure", mun=TWM,
     exp=F(RESV["Reserve sociaal domein"][4],
           [cell("tw", "T4.3", "Reserve sociaal domein", 3, nl(RESV["Reserve sociaal domein"][4]), mark="2")],
           other=[O(P3["onttrekking"][1], [cell("tw", "T2.6", "Onttrekking aan reserves", 1, nl(P3["onttrekking"][1]))],
                    "geraamd na wijziging"),
                  O(500_000, [prose("tw", "Waarvan € 500.000 voor de aanpak van de wachtlijsten jeugdhulp", "500.000")],
                    "the part for the wachtlijsten (footnote 2)"),
                  O(RESV["Reserve sociaal domein"][5],
                    [cell("tw", "T4.3", "Reserve sociaal domein", 4, nl(RESV["Reserve sociaal domein"][5]))], "Stand 31-12-2023")]),
     comment="the mark of footnote 2 is glued to the figure ('1.250.0002' in pdftotext); Tabel 2.6 prints the same "
             "1.250.000 as 'Onttrekking aan reserves', Realisatie 2023.")

case("av-tw-vaste-schulden", "hoeveel langlopende schulden had twenterand eind 2023", "figure", mun=TWM,
     exp=F(74_300_000, [cell("tw", "T4.2", "Vaste schulden één jaar of langer", 0, "74.300")],
           other=[O(72_850_000, [cell("tw", "T4.2", "Vaste schulden één jaar of langer", 1, "72.850")], "31-12-2022"),
                  O(BAL["vaste_pas"][0] * 1000, [cell("tw", "T4.2", "Totaal vaste passiva", 0, nl(BAL["vaste_pas"][0]))],
                    "totaal vaste passiva (includes eigen vermogen and voorzieningen)")]),
     comment="'langlopend' = the balans row 'Vaste schulden één jaar of langer' (x € 1.000 in the column header).")

case("av-tw-aandeel-sd", "Welk deel van alle lasten van de gemeente ging in 2023 naar het sociaal domein, in procenten?",
     "figure", scope=TWM, mun=TWM,
     exp=F(pc(ovl["Programma 3 Sociaal Domein"][2] / OV["tot_lasten"][2] * 100),
           [cell("tw", "T4.1", "Programma 3 Sociaal Domein", 2, nl(ovl["Programma 3 Sociaal Domein"][2]), group="Lasten"),
            cell("tw", "T4.1", "Totaal lasten", 2, nl(OV["tot_lasten"][2]))], unit="percent", op="share", tolerance=0.1),
     comment="the euro figures (59.132.271 of Tabel 2.6 over the total) and the tiles (59,1 / 97,9) give the same "
             "60,4% within the tolerance.")

# ================================================================ Noaberkracht, Begroting 2025 — figure turns
BD, BT = NK["BIJDR"]["Dinkelland"], NK["BIJDR"]["Tubbergen"]
case("av-nk-bijdrage-dinkelland", "Wat moet Dinkelland in 2025 aan Noaberkracht betalen?", "figure", mun=NKM,
     exp=F(BD, [cell("nk", "T6.1", "Bijdrage 2025", 0, "€ " + nl(BD))],
           accept=[A(MJ["Dinkelland"][0] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Dinkelland", 0, nl(MJ["Dinkelland"][0]))],
                     "the meerjarenraming x € 1.000"),
                   A(21_900_000, [tile("nk", "Bijdrage Dinkelland", "€ 21,9 mln", 1e6)], "the één-oogopslag tile")],
           other=[O(NK_BIJDRAGE_2024["Dinkelland"], [cell("nk", "T6.1", "Bijdrage 2024 (begroting na wijziging)", 0,
                                                          "€ " + nl(NK_BIJDRAGE_2024["Dinkelland"]))], "2024"),
                  O(NK["GEZ_D"], [cell("nk", "T6.1", "Gezamenlijke kosten volgens verdeelsleutel", 0, "€ " + nl(NK["GEZ_D"]))],
                    "only the share of the gezamenlijke kosten")]),
     comment="the figure is printed by Noaberkracht's begroting, not by a Dinkelland document: expect.municipality is "
             "Noaberkracht.")

case("av-nk-conv-tubbergen-mj", scope=NKM, turns=[
    turn("wat betaalt tubbergen in 2027 aan noaberkracht?", "figure", mun=NKM,
         exp=F(MJ["Tubbergen"][2] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Tubbergen", 2, nl(MJ["Tubbergen"][2]))],
               other=[O(MJ["Tubbergen"][1] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Tubbergen", 1, nl(MJ["Tubbergen"][1]))], "2026"),
                      O(MJ["Tubbergen"][3] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Tubbergen", 3, nl(MJ["Tubbergen"][3]))], "2028")]),
         comment="Tabel 7.1 is x € 1.000 by its footnote 4); '20.360' = 20.360.000."),
    turn("En Dinkelland?", "figure", mun=NKM,
         exp=F(MJ["Dinkelland"][2] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Dinkelland", 2, nl(MJ["Dinkelland"][2]))],
               other=[O(MJ["Dinkelland"][0] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Dinkelland", 0, nl(MJ["Dinkelland"][0]))], "2025")])),
    turn("En in 2029?", "refusal", mun=None,
         why="the meerjarenraming ends in 2028; no document prints a contribution for 2029",
         absent=[dict(doc=["nk"], absent=r"\b2029\b"),
                 dict(doc=["tw", "tw20", "dk20", "wass", "co"], no_line_with_all=[r"Dinkelland|Tubbergen|Noaberkracht", r"\b2029\b"])]),
])

case("av-nk-fte", "hoeveel fte werken er in 2025 bij noaberkracht?", "figure", mun=NKM,
     exp=F(NK["FTE25"], [cell("nk", "T4.1", "Totaal", 1, nl(NK["FTE25"], 1), scale=1)], unit="count",
           other=[O(NK["FTE24"], [cell("nk", "T4.1", "Totaal", 0, nl(NK["FTE24"], 1), scale=1)], "formatie 2024")]),
     comment="the same 378,4 fte in Tabel 2.1, the prose of chapter 4 and the één-oogopslag tile.")

case("av-nk-personeelslasten", "Wat zijn de personeelslasten van Noaberkracht in 2025?", "figure", mun=NKM,
     exp=F(NK["PERS"], [prose("nk", f"De personeelslasten bedragen € {nl(NK['PERS'])}.", nl(NK["PERS"]))],
           accept=[A(NK["SUB_PERS_K"][0] * 1000, [cell("nk", "T4.2", "Subtotaal personeelslasten", 0, nl(NK["SUB_PERS_K"][0]))],
                     "Tabel 4.2 x € 1.000 (also the total of Tabel 4.1)"),
                   A(31_600_000, [tile("nk", "Personeelslasten", "€ 31,6 mln", 1e6)], "the één-oogopslag tile")],
           other=[O(NK["SUB_PERS_K"][1] * 1000, [cell("nk", "T4.2", "Subtotaal personeelslasten", 1, nl(NK["SUB_PERS_K"][1]))], "2026"),
                  O(KS["Salarissen en sociale lasten"][0] * 1000,
                    [cell("nk", "T4.2", "Salarissen en sociale lasten", 0, nl(KS["Salarissen en sociale lasten"][0]))],
                    "only salarissen en sociale lasten")]),
     comment="bijlage Tabel B.1 prints the same 31.553.500 in its total row.")

case("av-nk-overhead-pct", "Welk percentage van de kosten van Noaberkracht is overhead?", "figure", mun=NKM,
     exp=F(NK["OVERHEAD_PCT"], [cell("nk", "T5.1", "Overhead in procenten van de totale lasten", 0, pct(NK["OVERHEAD_PCT"]))],
           unit="percent",
           other=[O(NK["OVERHEAD_TOT"], [cell("nk", "T5.1", "Totaal overhead", 0, "€ " + nl(NK["OVERHEAD_TOT"]))],
                    "the overhead in euros")]))

case("av-nk-openbare-ruimte-2023", "Wat heeft de buitendienst, dus het cluster openbare ruimte, in 2023 gekost?", "figure",
     mun=NKM,
     exp=F(CL["Openbare Ruimte"]["rek23"] * 1000, [cell("nk", "T3.1", "Openbare Ruimte", 2, nl(CL["Openbare Ruimte"]["rek23"]))],
           other=[O(CL["Openbare Ruimte"]["tot_k"] * 1000, [cell("nk", "T3.1", "Openbare Ruimte", 0, nl(CL["Openbare Ruimte"]["tot_k"]))],
                    "Begroting 2025 (the first column: the table runs newest first)"),
                  O(CL["Openbare Ruimte"]["nw24"] * 1000, [cell("nk", "T3.1", "Openbare Ruimte", 1, nl(CL["Openbare Ruimte"]["nw24"]))],
                    "Begroting 2024 na wijziging")]),
     comment="the Rekening 2023 column is the LAST of Tabel 3.1 (newest year first); x € 1.000 in the header.")

case("av-nk-sleutel-tubbergen", "welk percentage van de gezamenlijke kosten betaalt tubbergen?", "figure", mun=NKM,
     exp=F(NK_SLEUTEL["Tubbergen"], [cell("nk", "T2.2", "Tubbergen", 3, pct(NK_SLEUTEL["Tubbergen"]))], unit="percent",
           other=[O(45.10, [cell("nk", "T2.2", "Tubbergen", 1, "45,10%")], "the share of inwoners only"),
                  O(47.8, [cell("nk", "T2.2", "Tubbergen", 2, "47,8%")], "the share of hours only")]),
     comment="also printed in the caption-like row label of Tabel 6.1 ('53,3% / 46,7%') and the tile '53,3 / 46,7'.")

case("av-nk-conv-tubbergen-inwoner", turns=[
    turn("hoeveel draagt tubbergen in 2025 bij aan noaberkracht", "figure", mun=NKM,
         exp=F(BT, [cell("nk", "T6.1", "Bijdrage 2025", 1, "€ " + nl(BT))],
               accept=[A(MJ["Tubbergen"][0] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Tubbergen", 0, nl(MJ["Tubbergen"][0]))],
                         "the meerjarenraming x € 1.000"),
                       A(19_200_000, [tile("nk", "Bijdrage Tubbergen", "€ 19,2 mln", 1e6)], "the één-oogopslag tile")],
               other=[O(NK_BIJDRAGE_2024["Tubbergen"], [cell("nk", "T6.1", "Bijdrage 2024 (begroting na wijziging)", 1,
                                                             "€ " + nl(NK_BIJDRAGE_2024["Tubbergen"]))], "2024")])),
    turn("Hoeveel is dat per inwoner?", "figure", mun=NKM,
         exp=F(pc(BT / NK_INW["Tubbergen"]),
               [cell("nk", "T6.1", "Bijdrage 2025", 1, "€ " + nl(BT)),
                cell("nk", "T2.2", "Tubbergen", 0, nl(NK_INW["Tubbergen"]))], op="per", tolerance=0.5),
         comment="inwoners 1-1-2024 of Tubbergen as printed in Noaberkracht's Tabel 2.2 (the only inwoners figure for "
                 "Tubbergen in the corpus); 19.173.000 / 21.942 is within the tolerance."),
])

case("av-nk-stijging-dinkelland", "Hoeveel meer moet Dinkelland in 2025 aan Noaberkracht betalen dan in 2024?", "figure",
     mun=NKM,
     exp=F(NK["MUTATIE"]["Dinkelland"], [cell("nk", "T6.1", "Stijging bijdrage 2025 ten opzichte van 2024", 0,
                                              "€ " + nl(NK["MUTATIE"]["Dinkelland"]))],
           other=[O(sum(NK["MUTATIE"].values()), [cell("nk", "T6.1", "Stijging bijdrage 2025 ten opzichte van 2024", 2,
                                                       "€ " + nl(sum(NK["MUTATIE"].values())))], "both municipalities"),
                  O(NK["MUTATIE"]["Tubbergen"], [cell("nk", "T6.1", "Stijging bijdrage 2025 ten opzichte van 2024", 1,
                                                      "€ " + nl(NK["MUTATIE"]["Tubbergen"]))], "Tubbergen")]),
     comment="also in prose (1 Inleiding): 'De bijdrage van Dinkelland stijgt met € 255.512'.")

case("av-nk-materieel-2026", "Wat zijn de materiële lasten van Noaberkracht in 2026?", "figure", mun=NKM,
     exp=F(NK["SUB_MAT_K"][1] * 1000, [cell("nk", "T4.2", "Subtotaal materiële lasten", 1, nl(NK["SUB_MAT_K"][1]))],
           other=[O(NK["SUB_MAT_K"][0] * 1000, [cell("nk", "T4.2", "Subtotaal materiële lasten", 0, nl(NK["SUB_MAT_K"][0]))], "2025"),
                  O(NK["SUB_MAT_K"][2] * 1000, [cell("nk", "T4.2", "Subtotaal materiële lasten", 2, nl(NK["SUB_MAT_K"][2]))], "2027"),
                  O(NK["TOT_LASTEN_K"][1] * 1000, [cell("nk", "T4.2", "Totaal lasten", 1, nl(NK["TOT_LASTEN_K"][1]))],
                    "all lasten 2026")]),
     continuation=True,
     comment="the row is on the continuation page of Tabel 4.2, which repeats neither caption nor header; the columns "
             "are those of the header on the page before; x € 1.000 is stated only in footnote 1) under the table.")

case("av-nk-ict-huisvesting", "Wat kosten ICT en licenties plus huisvesting samen bij Noaberkracht in 2025? Graag het totaal.", "figure", mun=NKM,
     exp=F((KS["ICT en licenties"][0] + KS["Huisvesting"][0]) * 1000,
           [cell("nk", "T4.2", "ICT en licenties", 0, nl(KS["ICT en licenties"][0])),
            cell("nk", "T4.2", "Huisvesting", 0, nl(KS["Huisvesting"][0]))], op="sum",
           other=[O(NK["SUB_MAT_K"][0] * 1000, [cell("nk", "T4.2", "Subtotaal materiële lasten", 0, nl(NK["SUB_MAT_K"][0]))],
                    "all materiële lasten")]),
     comment="sum of two cells of Tabel 4.2 (x € 1.000).")

case("av-nk-leerwerkbedrijf-aantal",
     "hoeveel mensen met een afstand tot de arbeitsmarkt werken in 2025 in het leerwerkbedrijf van noaberkracht?", "figure",
     mun=NKM,
     exp=F(NK_DOELGROEP, [prose("nk", f"In 2025 werken {NK_DOELGROEP} medewerkers uit de doelgroep van de Participatiewet "
                                      "in het leerwerkbedrijf", str(NK_DOELGROEP), column="right")], unit="count",
           other=[O(2, [prose("nk", "Zij worden begeleid door twee werkmeesters", "twee", column="right")],
                    "the werkmeesters (printed as a word)")]),
     comment="prose only, in the right-hand column of the two-column Inleiding.")

case("av-x-dinkelland-conv", turns=[
    turn("Hoeveel zat er volgens de begroting 2020 van Dinkelland nog in het stimuleringsfonds?", "figure", mun=DKM,
         exp=F(228_000, [real_prose("dk20", "Ten tijde van het opstellen van de begroting 2020 bedraagt het "
                                            "stimuleringsfonds € 228.000.", "228.000")],
               other=[O(240_000, [real_prose("dk20", "Daarnaast is in de begroting 2019 € 240.000 beschikbaar gesteld "
                                                     "voor het stimuleringsfonds", "240.000")], "the 2019 budget")])),
    turn("En hoeveel betaalt Dinkelland in 2025 aan Noaberkracht voor taken die alleen voor Dinkelland worden gedaan?",
         "figure", mun=NKM,
         exp=F(NK_DIRECT["Dinkelland"], [cell("nk", "T6.1", "Directe kosten per gemeente", 0, "€ " + nl(NK_DIRECT["Dinkelland"]), mark="2")],
               other=[O(NK_DIRECT["Tubbergen"], [cell("nk", "T6.1", "Directe kosten per gemeente", 1, "€ " + nl(NK_DIRECT["Tubbergen"]), mark="3")],
                        "Tubbergen"),
                      O(698_000, [prose("nk", "kosten van Dinkelland zijn geraamd op 698, 712 en 726 duizend euro", "698", scale=1000)],
                        "the raming for 2026"),
                      O(BD, [cell("nk", "T6.1", "Bijdrage 2025", 0, "€ " + nl(BD))], "the whole bijdrage")]),
         comment="across documents: turn 1 is Dinkelland's real Begroting 2020, turn 2 Noaberkracht's; the mark of "
                 "footnote 2 (a small raised '2') stands right after the figure."),
])

# ================================================================ refusals
case("av-r-twenterand-noaberkracht", "Hoeveel betaalt Twenterand aan Noaberkracht?", "refusal",
     why="Twenterand is no member of Noaberkracht (only Dinkelland and Tubbergen); no document prints such a payment",
     absent=[dict(doc=["nk"], absent=r"Twenterand"), dict(doc=["tw"], absent=r"Noaberkracht"),
             dict(doc=["tw20", "dk20", "wass", "co"], no_line_with_all=["Twenterand", "Noaberkracht"])])
case("av-r-tw-jeugd-2024", "Wat waren de lasten voor jeugd in 2024?", "refusal", scope=TWM,
     why="the Twenterand documents cover 2020-2023 (begroting 2020 with ramingen to 2023, jaarstukken 2023); no "
         "column or figure for 2024",
     absent=[dict(doc=["tw", "tw20"], absent=r"(Begroting|Realisatie|Rekening|Raming|Begroot) 2024"),
             dict(doc=["tw", "tw20"], no_line_with_all=[r"\bJeugd\b", r"\b2024\b"]),
             dict(doc=["tw20"], absent=r"\b2024\b"),
             dict(doc=["nk", "dk20", "wass", "co"], absent=r"Twenterand")])
case("av-r-nk-directeur", "Hoeveel verdient de directeur van Noaberkracht?", "refusal", scope=NKM,
     why="Noaberkracht's begroting has no WNT table or salary of its director; the 'Directie en management' product "
         "is a cost of the whole management (1.302.400) and Collectie Overijssel's WNT table is another body's",
     absent=[dict(doc=["nk"], absent=r"WNT|bezoldiging|beloning|\bdirecteur"),
             dict(doc=["tw", "tw20", "dk20", "wass", "co"], no_line_with_all=["Noaberkracht", r"directeur|bezoldiging"])])
case("av-r-tw-fte", "Hoeveel fte werkt er bij de gemeente Twenterand?", "refusal",
     why="the Twenterand documents give no formatie; Noaberkracht's fte are of another organisation",
     absent=[dict(doc=["tw", "tw20"], absent=r"\bfte\b|\bformatie\b"),
             dict(doc=["nk", "dk20", "wass", "co"], absent=r"Twenterand")])
case("av-r-tubbergen-ozb", "Wat levert de OZB in Tubbergen op in 2025?", "refusal",
     why="Noaberkracht's begroting holds no OZB; the OZB figures in the corpus are Twenterand's and Wassenaar's",
     absent=[dict(doc=["nk"], absent=r"OZB|onroerende"),
             dict(doc=["tw", "tw20", "wass", "co"], absent=r"Tubbergen"),
             dict(doc=["dk20"], no_line_with_all=["Tubbergen", r"OZB|onroerende|belasting"])])
case("av-r-kunstgras", "wat kost het nieuwe kunstgrasveld in Vroomshoop", "refusal",
     why="no document mentions a kunstgrasveld", absent=[dict(doc=ALL, absent=r"(?i)kunstgras")])
case("av-r-nk-2022", "Hoeveel betaalde Dinkelland in 2022 aan Noaberkracht?", "refusal",
     why="Noaberkracht's begroting starts at Rekening 2023; 2022 occurs only as the year of a reorganisation",
     absent=[dict(doc=["nk"], absent=r"(Rekening|Begroting|Realisatie|Raming) 2022"),
             dict(doc=["nk"], only_as=[r"\b2022\b", r"reorganisatie van 2022"]),
             dict(doc=["tw", "tw20", "dk20", "wass", "co"], no_line_with_all=["Noaberkracht", r"\b2022\b"])])
case("av-r-tw-resultaat-2021", "Wat was het rekeningresultaat van Twenterand over 2021?", "refusal",
     why="no document prints a realised result for 2021; the Programmabegroting 2020 has only a geraamd resultaat of "
         "the programme Sociaal Domein (a budget), the jaarstukken 2023 only kengetallen for 2021",
     absent=[dict(doc=["tw"], no_line_with_all=[r"(?i)resultaat", r"\b2021\b"]),
             dict(doc=["tw20"], absent=r"(?i)rekeningresultaat|gerealiseerd resultaat|resultaat over 2021|jaarrekening 2021"),
             dict(doc=["nk", "dk20", "wass", "co"], absent=r"Twenterand")])

# ================================================================ text
case("av-t-tw-resultaatbestemming", "Wat wil het college doen met het overschot van 2023?", "text", scope=TWM, mun=TWM,
     include=["reserve sociaal domein", "algemene reserve"],
     where=[dict(doc="tw", snippet="Wij stellen de raad voor om dit resultaat als volgt te bestemmen")])
case("av-t-tw-risicos", "Welke risico's noemt Twenterand in de jaarstukken 2023 bij het weerstandsvermogen?", "text", mun=TWM,
     include=[["jeugdhulp", "open-einde"], "gemeentefonds", "grondexploitatie"],
     where=[dict(doc="tw", snippet="Het grootste risico blijft het open-eindekarakter van jeugdhulp en Wmo")])
case("av-t-tw-bijzondere-bijstand", "waarom vroegen in 2023 meer mensen in twenterand bijzondere bijstant aan?", "text",
     mun=TWM, include=[["energie", "Noodfonds"]],
     where=[dict(doc="tw", snippet="Het aantal aanvragen bijzondere bijstand steeg naar 508, vooral door de hoge energiekosten")])
case("av-t-tw-woningbouw", "Waarom zijn er in 2023 minder woningen gebouwd dan de bedoeling was?", "text", scope=TWM,
     mun=TWM, include=["bouwkosten", ["netcongestie", "stikstof"]],
     where=[dict(doc="tw", snippet="Stijgende bouwkosten, netcongestie en de stikstofproblematiek vertraagden")])
case("av-t-tw-doelenbomen", "In welke doelenbomen is het sociaal domein van Twenterand ingedeeld?", "text", mun=TWM,
     include=["Sociale zaken", "Maatschappelijke ondersteuning", "Gezondheidszorg", "Onderwijs", "Jeugd"],
     where=[dict(doc="tw", snippet="is het programma ingedeeld in de doelenbomen Sociale zaken, Maatschappelijke "
                                   "ondersteuning, Gezondheidszorg, Onderwijs en Jeugd")],
     comment="both Twenterand documents hold the five doelenbomen (the real 2020 one in Overzicht 3.1).")
case("av-t-nk-verdeelsleutel", "Hoe wordt bepaald hoeveel Dinkelland en Tubbergen aan Noaberkracht betalen?", "text",
     mun=NKM, include=["inwoners", "uren"],
     where=[dict(doc="nk", snippet="De verdeelsleutel is voor 40% gebaseerd op het aantal inwoners op 1 januari 2024")])
case("av-t-nk-kosten-stijgen", "Waarom gaat Noaberkracht in 2025 meer kosten?", "text", mun=NKM,
     include=[["cao", "loonstijging", "lonen"], ["formatie", "fte"]],
     where=[dict(doc="nk", snippet="De belangrijkste oorzaak is de cao gemeenten 2023-2024.", column="right")])
case("av-t-nk-frictie", "waar is de reserve frictiekosten van noaberkracht voor bedoeld?", "text", mun=NKM,
     include=["reorganisatie", ["garantietoelage", "werk naar werk"]],
     where=[dict(doc="nk", snippet="Bij de reorganisatie van 2022 zijn afspraken gemaakt met medewerkers", column="left")])
case("av-t-nk-overhead", "wat valt er bij noaberkracht allemaal onder overhead?", "text", scope=NKM, mun=NKM,
     include=["financiën", "HRM", ["ICT", "informatievoorziening"]],
     where=[dict(doc="nk", snippet="Onder overhead vallen alle kosten die samenhangen met de sturing en ondersteuning")])
case("av-t-nk-leerwerkbedrijf", "Wat doet Noaberkracht voor mensen met een afstand tot de arbeidsmarkt?", "text", mun=NKM,
     include=[["leerwerkbedrijf", "buitendienst"], ["Participatiewet", "doelgroep"]],
     where=[dict(doc="nk", snippet="Noaberkracht geeft mensen met een afstand tot de arbeidsmarkt een plek in de buitendienst",
                 column="right")],
     comment="Dinkelland's real Begroting 2020 also says 'In samenwerking met Noaberkracht vindt de inzet van deze doelgroep "
             "via re-integratie en leer/werkbedrijf plaats'; the answer must cite Noaberkracht's begroting.")

# ================================================================ any
case("av-any-tw-jeugd-2023", "Wat zijn de lasten van Jeugd in 2023?", "any", scope=TWM, mun=TWM,
     exclude=["16.357.714", "16.060.788"],
     candidates=[O(TW20_JEUGD_2023, [real("tw20", "Jeugd", 3, "16.423.993", "Overzicht 3.1")], "Programmabegroting 2020, raming 2023"),
                 O(L3["Jeugd"][0], [cell("tw", "T2.6", "Jeugd", 0, nl(L3["Jeugd"][0]), group="Lasten")], "jaarstukken, primitief"),
                 O(L3["Jeugd"][1], [cell("tw", "T2.6", "Jeugd", 1, nl(L3["Jeugd"][1]), group="Lasten")], "jaarstukken, na wijziging"),
                 O(L3["Jeugd"][2], [cell("tw", "T2.6", "Jeugd", 2, nl(L3["Jeugd"][2]), group="Lasten")], "jaarstukken, realisatie")],
     why="two documents and four columns hold 'lasten Jeugd 2023'; an answer naming any of them (or asking which) is fine, "
         "but not the ramingen for 2021 or 2022 of the Programmabegroting 2020 (the excludes)")
case("av-any-nk-gemeenten-samen", "Hoeveel betalen de gemeenten samen aan Noaberkracht?", "any", mun=NKM,
     exclude=["Twenterand"],
     candidates=[O(NK["BIJDR_TOT"], [cell("nk", "T6.1", "Bijdrage 2025", 2, "€ " + nl(NK["BIJDR_TOT"]))], "2025"),
                 O(sum(NK_BIJDRAGE_2024.values()), [cell("nk", "T6.1", "Bijdrage 2024 (begroting na wijziging)", 2,
                                                         "€ " + nl(sum(NK_BIJDRAGE_2024.values())))], "2024"),
                 O(MJ["bijdragen"][1] * 1000, [cell("nk", "T7.1", "Bijdrage gemeente Dinkelland", 1, nl(MJ["Dinkelland"][1])),
                                               cell("nk", "T7.1", "Bijdrage gemeente Tubbergen", 1, nl(MJ["Tubbergen"][1]))],
                   "2026 (sum)", op="sum")],
     why="no year named: 2025 (the begroting's year), 2024 or a raming year all answer; only a non-member must not appear")


# ------------------------------------------------------------------------------------------------------------------
# locate every source in the finished documents
# ------------------------------------------------------------------------------------------------------------------
class Locator:
    def __init__(self, corpus):
        self.corpus = corpus
        self.pdf = {k: PdfDoc(os.path.join(corpus, DOCS[k]["file"])) for k in ("tw", "nk")}
        self.txt = {k: RealText(os.path.join(corpus, DOCS[k]["file"])) for k in ("tw20", "dk20")}

    def locate(self, src):
        s = dict(src)
        if s["kind"] == "cell":
            D = self.pdf[s["doc"]]
            t = TABLES[(s["doc"], s["table"])]
            cap_pages = [p for p in range(1, D.n + 1) if D.find_caption(p, t["caption"])]
            assert len(cap_pages) == 1, (t["caption"], cap_pages)
            cp = cap_pages[0]
            last = None
            for p in (cp, cp + 1, cp + 2):
                if p > D.n:
                    break
                spec = dict(page=p, caption_page=cp, caption=t["caption"], anchors=t["anchors"], row=s["row"],
                            group=s["group"], col=s["col"], token=s["token"], occurrence=s["occurrence"])
                if s["mark"]:
                    spec["mark"] = s["mark"]
                if p != cp and not DOCS[s["doc"]]["repeat_header"]:
                    spec["anchors_page"] = cp
                try:
                    r = D.cell(spec)
                    s.update(page=p, caption_page=cp, caption=t["caption"], anchors=t["anchors"],
                             col_name=t["cols"][s["col"]], layout_line=r["layout_line"], row_text=r["row_text"],
                             scale_note=t["scale_note"])
                    if p != cp and not DOCS[s["doc"]]["repeat_header"]:
                        s["anchors_page"] = cp
                    return s
                except AssertionError as e:
                    last = e
                    if "not found" not in str(e):
                        raise
            raise AssertionError(f"{src}: {last}")
        if s["kind"] == "prose":
            D = self.pdf[s["doc"]]
            p = D.find_prose(s["snippet"], column=s["column"])
            assert p, f"prose not found: {s['snippet']!r}"
            s["page"] = p
            return s
        if s["kind"] == "tile":
            D = self.pdf[s["doc"]]
            for p in range(1, D.n + 1):
                try:
                    D.tile(p, s["label"], s["value_text"])
                    s["page"] = p
                    return s
                except AssertionError:
                    continue
            raise AssertionError(f"tile not found {src}")
        if s["kind"] == "real_row":
            T = self.txt[s["doc"]]
            i, line = T.row(s["row"], after=s["after"])
            assert line, src
            nums = T.numbers(line, s["row"])
            assert nums[s["index"]] == s["token"], (src, nums)
            s["line_no"], s["line"] = i + 1, line
            return s
        if s["kind"] == "real_prose":
            T = self.txt[s["doc"]]
            hits = [i for i, l in enumerate(T.lines) if norm(s["snippet"]) in l]
            assert hits, src
            s["line_no"] = hits[0] + 1
            return s
        raise ValueError(src)


def where_str(s):
    d = DOCS[s["doc"]]["file"]
    if s["kind"] == "cell":
        cont = "" if s["page"] == s["caption_page"] else f" (continued from page {s['caption_page']})"
        grp = f" (under '{s['group']}')" if s.get("group") else ""
        mk = f" + footnote mark '{s['mark']}' glued" if s.get("mark") else ""
        return (f"{d} p.{s['page']}{cont}, {TABLES[(s['doc'], s['table'])]['caption']}, row '{s['row']}'{grp}, column "
                f"'{s['col_name']}': printed '{s['token']}'{mk}; scale: {s['scale_note']}")
    if s["kind"] == "prose":
        col = f" ({s['column']} column)" if s.get("column") else ""
        return f"{d} p.{s['page']}{col}, prose: '{s['snippet']}'"
    if s["kind"] == "tile":
        return f"{d} p.{s['page']}, tile '{s['label']}': '{s['value_text']}'"
    if s["kind"] == "real_row":
        return f"{d} line {s['line_no']} (after '{s['after']}'), row '{s['row']}', figure #{s['index'] + 1}: '{s['token']}'"
    if s["kind"] == "real_prose":
        return f"{d} line {s['line_no']}, prose: '{s['snippet']}'"


def fmt_num(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return v


def derive(op, vals):
    if op == "diff":
        return vals[0] - vals[1]
    if op == "sum":
        return sum(vals)
    if op == "pct_change":
        return (vals[1] - vals[0]) / vals[0] * 100
    if op == "share":
        return vals[0] / vals[1] * 100
    if op == "per":
        return vals[0] / vals[1]
    raise ValueError(op)


def derivation_str(op, vals, res):
    f = lambda v: nl(v) if float(v).is_integer() else nl(v, 2)
    sym = {"diff": " - ", "sum": " + ", "per": " / "}
    if op in sym:
        return sym[op].join(f(v) for v in vals) + " = " + f(res)
    if op == "pct_change":
        return f"({f(vals[1])} - {f(vals[0])}) / {f(vals[0])} x 100 = {nl(res, 2)}%"
    if op == "share":
        return f"{f(vals[0])} / {f(vals[1])} x 100 = {nl(res, 2)}%"


def resolve_fig(L, e):
    """locate sources, check values, return (provenance dict, comment lines, expect dict)."""
    srcs = [L.locate(s) for s in e["sources"]]
    if e.get("continuation"):
        assert srcs[0]["page"] != srcs[0]["caption_page"], ("expected on a continuation page", srcs[0])
    vals = [val(s) for s in srcs]
    com = []
    if e["op"]:
        res = derive(e["op"], vals)
        assert abs(res - e["value"]) < 0.01, (e["op"], vals, res, e["value"])
        value = pc(res)
        der = derivation_str(e["op"], vals, res)
        com.append(f"computed ({e['op']}): {der}")
        for s in srcs:
            com.append("  from " + where_str(s))
    else:
        assert len(srcs) == 1
        assert abs(vals[0] - e["value"]) < 0.001, (srcs[0], vals[0], e["value"])
        value = e["value"]
        der = None
        com.append("value from " + where_str(srcs[0]) + f" -> {nl(value) if float(value).is_integer() else value}")
    acc = []
    for a in e["accept"]:
        asrc = [L.locate(s) for s in a["sources"]]
        if len(asrc) == 1 and a["sources"][0]["kind"] != "cell" or len(asrc) == 1:
            pass
        acc.append(dict(value=a["value"], why=a["why"], sources=asrc))
        com.append(f"accepted {fmt_num(a['value'])}: {a['why']} — " + "; ".join(where_str(s) for s in asrc))
    oth = []
    for o in e["other"]:
        osrc = [L.locate(s) for s in o["sources"]]
        oth.append(dict(value=o["value"], why=o["why"], sources=osrc))
        how = ""
        if o.get("op"):
            how = " [" + derivation_str(o["op"], [val(s) for s in osrc], derive(o["op"], [val(s) for s in osrc])) + "]"
        com.append(f"NOT accepted {fmt_num(o['value'])}{how}: {o['why']} — " + "; ".join(where_str(s) for s in osrc))
    # accepted single-source values must equal their printed source
    for a in acc:
        if len(a["sources"]) == 1 and not e["op"]:
            assert abs(val(a["sources"][0]) - a["value"]) < 0.001, a
    for o, o0 in zip(oth, e["other"]):
        if o0.get("op"):
            d = derive(o0["op"], [val(s) for s in o["sources"]])
            assert abs(d - o["value"]) < 0.01, (o, d)
            o["op"] = o0["op"]
            o["derivation"] = derivation_str(o0["op"], [val(s) for s in o["sources"]], d)
        else:
            assert len(o["sources"]) == 1, o
            assert abs(abs(val(o["sources"][0])) - abs(o["value"])) < 0.001, o
        assert abs(abs(o["value"]) - abs(value)) > (e["tolerance"] or 0) + 1e-9, ("other equals value", o, value)
        for a in acc:
            assert abs(abs(o["value"]) - abs(a["value"])) > (e["tolerance"] or 0) + 1e-9, ("other equals accept", o, a)
    if e["note"]:
        com.append(e["note"])
    expect = {}
    if acc:
        expect["value"] = fmt_num(value)
        expect["accept"] = [fmt_num(a["value"]) for a in acc]
    else:
        expect["value"] = fmt_num(value)
    if e["tolerance"]:
        expect["tolerance"] = e["tolerance"]
    expect["unit"] = e["unit"]
    prov = dict(kind="figure", value=fmt_num(value), unit=e["unit"], tolerance=e["tolerance"], op=e["op"], derivation=der,
                sources=srcs, accept=acc, other=oth)
    return prov, com, expect


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yflow(d):
    parts = []
    for k, v in d.items():
        if isinstance(v, list):
            def item(x):
                if isinstance(x, list):
                    return "[" + ", ".join(item(y) for y in x) + "]"
                if isinstance(x, str):
                    return yq(x)
                return str(x)
            parts.append(f"{k}: " + item(v))
        elif isinstance(v, str):
            parts.append(f"{k}: {v if v.replace(' ', '').isalnum() else yq(v)}")
        else:
            parts.append(f"{k}: {v}")
    return "{" + ", ".join(parts) + "}"


def build_turn(L, t, ind):
    """returns (yaml lines, provenance entry)."""
    kind = t["kind"]
    com, expect, prov = [], {}, {}
    if t.get("comment"):
        com.append(t["comment"])
    if kind == "figure":
        prov, c2, expect = resolve_fig(L, t["exp"])
        com = c2 + com
        expect["municipality"] = t["mun"]
    elif kind == "refusal":
        com.append("refusal: " + t["why"])
        for r in t["absent"]:
            com.append("  absent rule: " + json.dumps(r, ensure_ascii=False))
        prov = dict(kind="refusal", why=t["why"], absent=t["absent"])
    elif kind == "text":
        ws = []
        for w in t["where"]:
            D = L.pdf[w["doc"]]
            p = D.find_prose(w["snippet"], column=w.get("column"))
            assert p, w
            ws.append(dict(w, page=p))
            com.append(f"text from {DOCS[w['doc']]['file']} p.{p}" + (f" ({w['column']} column)" if w.get("column") else "")
                       + f", passage starting '{w['snippet']}'")
        com.append("include (nested list = any one of): " + json.dumps(t["include"], ensure_ascii=False))
        expect["include"] = t["include"]
        expect["municipality"] = t["mun"]
        prov = dict(kind="text", where=ws, include=t["include"])
    elif kind == "any":
        cands = []
        for c in t["candidates"]:
            cs = [L.locate(s) for s in c["sources"]]
            if c.get("op"):
                assert abs(derive(c["op"], [val(s) for s in cs]) - c["value"]) < 0.01, c
            else:
                assert abs(val(cs[0]) - c["value"]) < 0.001, c
            cands.append(dict(value=c["value"], why=c["why"], sources=cs, op=c.get("op")))
            com.append(f"acceptable candidate {fmt_num(c['value'])} ({c['why']}): " + "; ".join(where_str(s) for s in cs))
        com.append("any: " + t["why"])
        expect["exclude"] = t["exclude"]
        expect["municipality"] = t["mun"]
        prov = dict(kind="any", why=t["why"], candidates=cands, exclude=t["exclude"])
    lines = [" " * ind + "# " + c for c in com]
    return lines, expect, prov


def main(setdir):
    corpus = os.path.join(setdir, "corpus")
    L = Locator(corpus)
    out = ["# set-av — blind evaluation cases (format: /work/shared/evals/FORMAT.md, version 1).",
           "# Corpus: the four documents of /work/main/corpus (unchanged) plus two FICTIONAL documents with made-up",
           "# figures: Gemeente Twenterand, Jaarstukken 2023 (Apache FOP PDF) and Noaberkracht Dinkelland Tubbergen,",
           "# Begroting 2025 (wkhtmltopdf PDF). Generated by source/gen_cases.py; verified by source/check.py.",
           "# Values are euros after the table's scale (x € 1.000 cells x 1000) with the printed sign; 'signed' is never",
           "# set. The comment above each case names the document, page, table, row, column and printed text of the",
           "# value, the derivation of computed figures, the accepted other printings and the nearby figures NOT accepted.",
           "version: 1", "cases:"]
    prov = {}
    for c in CASES:
        if c["turns"]:
            out.append(f"- id: {c['id']}")
            if c["scope"]:
                out.append(f"  municipality: {c['scope']}")
            out.append("  turns:")
            pl = []
            for t in c["turns"]:
                lines, expect, pv = build_turn(L, t, 2)
                pv["question"] = t["question"]
                pl.append(pv)
                out.extend(lines)
                out.append(f"  - question: {yq(t['question'])}")
                out.append(f"    kind: {t['kind']}")
                if expect:
                    out.append(f"    expect: {yflow(expect)}")
            prov[c["id"]] = dict(scope=c["scope"], turns=pl)
        else:
            lines, expect, pv = build_turn(L, dict(kind=c["kind"], exp=c["exp"], why=c["why"], absent=c["absent"],
                                                   include=c["include"], where=c["where"], exclude=c["exclude"],
                                                   mun=c["mun"], candidates=c["candidates"], comment=c["comment"]), 0)
            pv["question"] = c["question"]
            out.extend(lines)
            out.append(f"- id: {c['id']}")
            out.append(f"  question: {yq(c['question'])}")
            if c["scope"]:
                out.append(f"  municipality: {c['scope']}")
            out.append(f"  kind: {c['kind']}")
            if expect:
                out.append(f"  expect: {yflow(expect)}")
            prov[c["id"]] = dict(scope=c["scope"], turns=[pv])
    with open(os.path.join(setdir, "cases.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    hashes = {}
    for k, d in DOCS.items():
        with open(os.path.join(corpus, d["file"]), "rb") as fh:
            hashes[d["file"]] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "provenance.json"), "w", encoding="utf-8") as f:
        json.dump(dict(docs=DOCS, sha256=hashes, cases=prov), f, ensure_ascii=False, indent=1)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
