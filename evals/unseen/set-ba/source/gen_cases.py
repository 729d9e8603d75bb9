"""Write ../cases.yaml and provenance.json for set-ba.

Every expected and accepted figure is located in the finished documents (extract.py): a cell of a new PDF by
caption, row, column header (and the span over it), with page, continuation, the label's printed lines, the
line that carries the figures, the printed token and its colour; a card of the ODT begroting by its title,
row and year; a prose figure by its sentence; a figure of the real Wassenaar Begroting 2024 by caption, row and
column index in its `pdftotext -layout` line; a figure of a real text export by its line.  Figures of the new
documents must also equal data.py.  'other' records printings that are NOT accepted (another column, year or
document), each located too.  The comment above each case is written from the provenance; check.py rewrites
it and compares.

Usage: python gen_cases.py SET_DIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import data as d
from extract import PdfDoc, RealPdf, RealText, norm, parse_num
from comments import DOCNAME, comment_for, describe, fmtv  # noqa: F401
from fmt import dec, grp

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "..").resolve()
CORPUS = SET / "corpus"
WF, OF = d.W_FILE, d.O_FILE
WBF = "wassenaar-begroting-2024.pdf"
DKF = "dinkelland-begroting-2020-inclusieve-samenleving.txt"
TWF = "twenterand-programmabegroting-2020-sociaal-domein.txt"
COF = "collectie-overijssel-jaarstukken-2023.pdf"
ALL = [TWF, DKF, WBF, COF, WF, OF]
W = PdfDoc(CORPUS / WF)
O = PdfDoc(CORPUS / OF)
WB = RealPdf(CORPUS / WBF)
DK = RealText(CORPUS / DKF)
TW = RealText(CORPUS / TWF)
NEW = {WF: W, OF: O}
RED = (0.85, 0.0, 0.0)


def _eq(v, want, what):
    if want is not None and abs(abs(v) - abs(want)) > 1e-6:
        raise SystemExit(f"{what}: the document gives {v}, data.py says {want}")


# ------------------------------------------------------------------------------------------------ sources
def cell(f, caption, row, header, scale, want=None, span=None, group=None, unit_note=None, nth=None):
    c = NEW[f].cell(caption, row, header, span=span, group=group, nth=nth)
    v = round(parse_num(c["printed"]) * scale, 6)
    _eq(v, want, f"{f} {caption}/{row}/{header}")
    red = all(abs(a - b) < 0.02 for a, b in zip(c["color"], RED))
    return dict(kind="cell", document=f, page=c["page"], table=caption, continued=c["continued"],
                caption_printed=c["caption_printed"], row=row, nth=nth, group=group, label_lines=c["label_lines"],
                figures_line=c["figures_line"], column=header, span=span, printed=c["printed"],
                color="red" if red else "black", scale=scale, unit_note=unit_note, line_text=c["line_text"],
                value=abs(v))


def card(title, row, year, want=None):
    c = O.card(title, row, year)
    v = round(parse_num(c["printed"]) * 1000, 6)
    _eq(v, want, f"card {title}/{row}/{year}")
    return dict(kind="card", document=OF, page=c["page"], card=title, row=row, column=year, printed=c["printed"],
                scale=1000, line_text=c["line_text"], value=abs(v))


def prose(f, fragment, printed, scale=1, want=None):
    pages = NEW[f].prose(fragment)
    if len(pages) != 1 or printed not in fragment:
        raise SystemExit(f"{f} prose {fragment!r}: pages {pages}")
    v = round(parse_num(printed.replace("k€", "")) * scale, 6)
    _eq(v, want, f"prose {fragment!r}")
    return dict(kind="prose", document=f, page=pages[0], fragment=fragment, printed=printed, scale=scale,
                value=abs(v))


def real_pdf(caption, row, index, header, scale, want=None, page=None, must_contain=None, unit_note=None):
    r = WB.find_on_page(page, row, index, must_contain) if page else WB.find(caption, row, index)
    v = round(parse_num(r["printed"]) * scale, 6)
    _eq(v, want, f"real {caption}/{row}")
    return dict(kind="real_pdf", document=WBF, page=r["page"], table=caption, row=row, index=index,
                column=header, printed=r["printed"], line_text=r["line"], scale=scale, unit_note=unit_note,
                value=abs(v))


def real_text(f, row, index, header_line, want=None, contains=None):
    doc = {DKF: DK, TWF: TW}[f]
    r = doc.find(row, index, contains)
    v = parse_num(r["printed"]) if index is not None else parse_num(contains)
    _eq(v, want, f"real text {row}")
    return dict(kind="real_text", document=f, line_no=r["line_no"], row=row, index=index, column=header_line,
                printed=r["printed"] if index is not None else contains, line_text=r["line"], value=abs(v))


# ------------------------------------------------------------------------------------------------ turns
def fig(question, main=None, *, accept=(), other=(), unit="EUR", muni, tol=None, op=None, uses=(), value=None,
        note=None):
    """A figure turn.  main: the source of the value; or op + uses for a computed figure."""
    if op:
        vals = [u["value"] for u in uses]
        if op == "diff":
            value = round(abs(vals[0] - vals[1]), 6)
            deriv = f"{fmtv(vals[0])} - {fmtv(vals[1])} = {fmtv(value)}"
        elif op == "sum":
            value = round(sum(vals), 6)
            deriv = " + ".join(fmtv(v) for v in vals) + f" = {fmtv(value)}"
        elif op == "share":
            value = round(vals[0] / vals[1] * 100, 2)
            deriv = f"{fmtv(vals[0])} / {fmtv(vals[1])} x 100 = {dec(value, 2)}%"
        elif op == "per":
            value = round(vals[0] / vals[1], 2)
            deriv = f"{fmtv(vals[0])} / {fmtv(vals[1])} = {dec(value, 2)}"
        else:
            raise ValueError(op)
    else:
        value = main["value"]
        deriv = None
    acc = []
    for a in accept:
        if a.get("op"):
            av = [u["value"] for u in a["uses"]]
            a["value"] = round(av[0] / av[1], 2) if a["op"] == "per" else None
            a["derivation"] = f"{fmtv(av[0])} / {fmtv(av[1])} = {dec(a['value'], 2)}"
        acc.append(a)
    expect = {}
    accept_vals = sorted({a["value"] for a in acc if abs(a["value"] - value) > 1e-9})
    expect["value"] = int(value) if float(value).is_integer() else value
    if accept_vals:
        expect["accept"] = [int(v) if float(v).is_integer() else v for v in accept_vals]
    if tol is not None:
        expect["tolerance"] = tol
    expect["unit"] = unit
    expect["municipality"] = muni
    for o in other:
        v = o["src"]["value"]
        if abs(v - value) <= (tol or 0) + 1e-9 or any(abs(v - x) <= (tol or 0) + 1e-9 for x in accept_vals):
            raise SystemExit(f"{question}: an 'other' printing equals an accepted value ({v})")
    return dict(question=question, kind="figure", expect=expect,
                prov=dict(kind="figure", value=value, main=main, op=op, uses=list(uses), derivation=deriv,
                          accept=acc, other=list(other), note=note))


def oth(src, why):
    return dict(src=src, why=why)


def refusal(question, why, rules):
    return dict(question=question, kind="refusal", expect=None, prov=dict(kind="refusal", why=why, rules=rules))


def text(question, include, muni, where):
    return dict(question=question, kind="text", expect=dict(include=include, municipality=muni),
                prov=dict(kind="text", where=where, include=include))


def where(f, fragment):
    pages = NEW[f].prose(fragment)
    if len(pages) != 1:
        raise SystemExit(f"text passage {fragment!r}: pages {pages}")
    return dict(document=f, page=pages[0], passage=fragment)


def anyq(question, exclude, muni, why, present_in, absent_in):
    return dict(question=question, kind="any", expect=dict(exclude=exclude, municipality=muni),
                prov=dict(kind="any", why=why, exclude_present_in=present_in, exclude_absent_in=absent_in))


def absent(docs, txt):
    return dict(rule="absent_text", documents=docs, text=txt)


def absent_in_table(doc, caption, txt):
    return dict(rule="absent_in_table", documents=[doc], table=caption, text=txt)


# ------------------------------------------------------------------------------------------------ cases
T = {i: f"Tabel {i}.1 - Baten en lasten {p['title']}" for i, p in enumerate(d.W_PROGS, start=1)}
T111 = "Tabel 11.1 - Overzicht van baten en lasten 2024"
TRES = "Tabel 13.1 - Verloop van de reserves 2024"
TINV = "Tabel 15.1 - Investeringen: krediet en uitgaven"
TVP = "Tabel 9.1 - Bijdragen aan verbonden partijen 2024"
TIND = "Tabel 6.1 - Effectindicatoren: streefwaarde en realisatie 2024"
TKEN = "Tabel 8.2 - Financiële kengetallen"
THEF = "Tabel 7.1 - Opbrengst belastingen en heffingen"
TWNT = "Tabel 14.1 - Bezoldiging topfunctionarissen 2024"
TKG = "Tabel 0.1 - Kerngegevens"
O31 = "Tabel 3.1 Overzicht van baten en lasten 2024-2029"
O61 = "Tabel 6.1 Uren en bijdragen per deelnemer 2026"
O62 = "Tabel 6.2 Bijdragen per deelnemer 2026-2029"
O11 = "Tabel 1.1 Kerncijfers"
O91 = "Tabel 9.1 Formatie per programma (fte)"
PRIM, NW, REAL, VER = ["Begroting 2024", "primitief"], ["Begroting 2024", "na wijziging"], ["Realisatie", "2024"], \
    ["Verschil"]
WBP2 = "Tabel 2.3 - Baten en lasten P2 Mens en Maatschappij"
WBP4 = "Tabel 4.3 - Baten en lasten P4 Fysieke Leefomgeving"
WS, OS = d.W_BODY, d.O_BODY
p2, p3, p4, p5 = (d.W_PROG[x] for x in ("P2", "P3", "P4", "P5"))
M = d.O_M
from fmt import k as K  # noqa: E402

CASES = []


def case(cid, turn=None, *, municipality=None, turns=None):
    CASES.append(dict(id=cid, municipality=municipality, turn=turn, turns=turns))


# ---- Wassenaar jaarstukken 2024 ------------------------------------------------------------------------
case("ba-w-conv-01", municipality=WS, turns=[
    fig("Hoeveel had Wassenaar in de begroting 2024 uitgetrokken voor de lasten van Mens en Maatschappij?",
        real_pdf(WBP2, "Lasten", 2, "Begroting 2024", 1000, want=38_934_000), muni=WS,
        accept=[real_pdf("Tabel 12.5 - Baten en lasten per taakveld", "Saldo van baten en lasten programma", 1,
                         "Begroting 2024 Lasten", 1, want=p2["prim_l"], page=116, must_contain="38.933.561"),
                cell(WF, T[2], "Lasten", PRIM, 1000, want=38_934_000),
                cell(WF, T[2], "Lasten", NW, 1000, want=K(p2["nw_l"]) * 1000)],
        note="'de begroting 2024' is the real begroting (= the jaarstukken' primitief column, same 38.934); the "
             "begroting na wijziging (40.083) is also 'de begroting 2024' and accepted; the taakveld table of the "
             "real begroting prints the same lasten in euros."),
    fig("En wat is er in werkelijkheid uitgegeven?",
        cell(WF, T[2], "Lasten", REAL, 1000, want=K(p2["re_l"]) * 1000), muni=WS,
        accept=[cell(WF, T111, "P2 Mens en Maatschappij", ["Lasten"], 1000, span="Realisatie 2024",
                     want=K(p2["re_l"]) * 1000)],
        other=[oth(cell(WF, T[2], "Lasten", VER, 1000), "the Verschil (- 829) with the begroting na wijziging")]),
    text("Waarom was dat meer?", ["jeugdhulp", ["verblijf", "crisisplaatsing", "6,8%"]], WS,
         [where(WF, "Meer jeugdigen hadden een plaatsing met verblijf nodig, vaak na een crisisplaatsing, en de "
                    "tarieven van de regionale inkoop stegen met 6,8%."),
          where(WF, "Jeugdhulp met verblijf en jeugd-GGZ (hogere lasten € 612.400, nadeel)")]),
])

case("ba-w-02", fig("Hoeveel meer baten had programma Bestuur en Middelen in 2024 dan na de begrotingswijzigingen "
                    "was begroot?", cell(WF, T[3], "Baten", VER, 1000, want=(K(p3["re_b"]) - K(p3["nw_b"])) * 1000),
                    muni=WS, other=[oth(cell(WF, T[3], "Baten", REAL, 1000), "the realised baten themselves")]),
     municipality=WS)

case("ba-w-04", fig("Met welk resultaat sloot Wassenaar het jaar 2024 af?",
                    prose(WF, f"Het jaar 2024 sluiten wij af met een positief resultaat van € {grp(d.W_RESULT)} na "
                              "mutaties in de reserves.", f"{grp(d.W_RESULT)}", want=d.W_RESULT), muni=WS,
                    accept=[cell(WF, "Tabel 11.2 - Resultaat 2024", "Resultaat na mutaties reserves", REAL, 1000,
                                 want=K(d.W_RESULT) * 1000)],
                    other=[oth(cell(WF, "Tabel 11.2 - Resultaat 2024",
                                    "Saldo van baten en lasten (resultaat voor mutaties reserves)", REAL, 1000),
                               "the saldo before mutaties reserves"),
                           oth(cell(WF, "Tabel 11.2 - Resultaat 2024", "Resultaat na mutaties reserves",
                                    ["Begroting", "na wijziging"], 1000), "the budgeted resultaat na wijziging")]))

case("ba-w-07", fig("hoeveel zit er eind 2024 nog in de reserve grote projecten",
                    cell(WF, TRES, "BR grote projecten", ["Stand", "31-12-2024"], 1000, want=1_180_000), muni=WS,
                    other=[oth(cell(WF, TRES, "BR grote projecten", ["Stand", "1-1-2024 ¹"], 1000),
                               "the stand at 1-1-2024")]))

case("ba-w-09", fig("Wat heeft Wassenaar in 2024 aan Avalex betaald?",
                    cell(WF, TVP, "Avalex", ["Werkelijk", "2024"], 1, want=d.W_VP[6][2]), muni=WS,
                    other=[oth(cell(WF, TVP, "Avalex", ["Begroot", "2024"], 1),
                               "the budget (also the real begroting's 'Financieel belang' € 3.968.000)")]))

case("ba-w-12", fig("Hoeveel krediet is er nog over voor de nieuwbouw van de fusieschool St. Jan Baptist en "
                    "St. Jozef?", cell(WF, TINV, "Nieuwbouw fusie St. Jan Baptist- en St. Jozefschool",
                                       ["Restant", "krediet"], 1, want=6_027_400,
                                       group="P4 Fysieke Leefomgeving"), muni=WS,
                    other=[oth(cell(WF, TINV, "Nieuwbouw fusie St. Jan Baptist- en St. Jozefschool", ["Krediet"], 1),
                               "the krediet itself")]))

case("ba-w-13", fig("Hoeveel is er tot en met 2024 uitgegeven aan de doseerlichten tegen sluipverkeer?",
                    cell(WF, TINV, "Doseerlichten sluipverkeer", ["Besteed", "t/m 2024"], 1, want=318_760), muni=WS,
                    other=[oth(cell(WF, TINV, "Doseerlichten sluipverkeer", ["Besteed", "2024"], 1),
                               "spent in 2024 only")]))

case("ba-w-14", fig("Wat verdiende de gemeentesecretaris van Wassenaar in 2024 in totaal volgens de WNT?",
                    cell(WF, TWNT, "Bezoldiging", [d.W_WNT[0]["name"]], 1, want=d.W_WNT[0]["sub"]), muni=WS,
                    other=[oth(cell(WF, TWNT, "Beloning plus belastbare onkostenvergoedingen", [d.W_WNT[0]["name"]],
                                    1), "the beloning without the beloningen betaalbaar op termijn"),
                           oth(cell(WF, TWNT, "Individueel toepasselijk bezoldigingsmaximum", [d.W_WNT[0]["name"]], 1),
                               "the maximum")]))

case("ba-w-15", fig("Hoeveel procent van de jongeren in Wassenaar had in 2024 jeugdhulp?",
                    cell(WF, TIND, "% jongeren tot 18 jaar met jeugdhulp", ["Realisatie", "2024"], 1,
                         want=9.1, unit_note="percentage"), unit="percent", muni=WS,
                    other=[oth(cell(WF, TIND, "% jongeren tot 18 jaar met jeugdhulp", ["Streefwaarde", "2024"], 1,
                                    unit_note="percentage"),
                               "the streefwaarde 2024 (also in the real begroting's Tabel 2.1)")]))

case("ba-w-16", fig("Hoe groot was het tekort op Natuur, Klimaat en Mobiliteit in 2024 werkelijk?",
                    cell(WF, T111, "P5 Natuur, Klimaat en Mobiliteit", ["Saldo"], 1000, span="Realisatie 2024",
                         want=-K(p5["re_s"]) * 1000), muni=WS,
                    accept=[cell(WF, T[5], "Saldo van baten en lasten", REAL, 1000, want=-K(p5["re_s"]) * 1000)],
                    other=[oth(cell(WF, T[5], "Resultaat", REAL, 1000), "the resultaat after the reserves"),
                           oth(cell(WF, T111, "P5 Natuur, Klimaat en Mobiliteit", ["Saldo"], 1000,
                                    span="Begroting 2024 na wijziging"), "the budgeted saldo")]))

case("ba-w-18", fig("Welk deel van de werkelijke lasten ging in 2024 naar Mens en Maatschappij?",
                    op="share", uses=[cell(WF, T111, "P2 Mens en Maatschappij", ["Lasten"], 1000, span="Realisatie 2024"),
                                      cell(WF, T111, "Saldo van baten en lasten", ["Lasten"], 1000,
                                           span="Realisatie 2024")],
                    tol=0.06, unit="percent", muni=WS), municipality=WS)

case("ba-w-19", fig("Hoeveel betaalde Wassenaar in 2024 samen aan de GGD Haaglanden en de Veiligheidsregio "
                    "Haaglanden?", op="sum",
                    uses=[cell(WF, TVP, "GGD Haaglanden", ["Werkelijk", "2024"], 1),
                          cell(WF, TVP, "Veiligheidsregio Haaglanden (VRH)", ["Werkelijk", "2024"], 1)], muni=WS))

case("ba-w-20", fig("Hoeveel OZB voor woningen heeft Wassenaar in 2024 echt binnengekregen?",
                    cell(WF, THEF, "OZB woningen", ["Werkelijk", "2024"], 1000, want=8_851_000), muni=WS,
                    other=[oth(cell(WF, THEF, "OZB woningen", ["Raming", "2024"], 1000),
                               "the raming (also the real begroting's Tabel 7.1)"),
                           oth(real_pdf("Tabel 12.5 - Baten en lasten per taakveld", "0.61 OZB Woningen", 0,
                                        "Begroting 2024 Baten", 1, page=116), "the real begroting's taakveld baten")]))

case("ba-x-06", fig("Hoeveel hoger waren de werkelijke lasten van Fysieke Leefomgeving in 2024 dan in de "
                    "oorspronkelijke begroting 2024?", op="diff",
                    uses=[cell(WF, T[4], "Lasten", REAL, 1000), real_pdf(WBP4, "Lasten", 2, "Begroting 2024", 1000)],
                    muni=WS,
                    other=[oth(cell(WF, T[4], "Lasten", VER, 1000),
                               "the Verschil with the begroting na wijziging (+ 227: lower than that budget)")],
                    note="the primitieve column of Tabel 4.1 prints the same -6.176 as the real begroting"),
     municipality=WS)

case("ba-w-conv-02", municipality=WS, turns=[
    fig("Hoeveel heeft Wassenaar in 2024 werkelijk uitgegeven aan Natuur, Klimaat en Mobiliteit?",
        cell(WF, T[5], "Lasten", REAL, 1000, want=K(p5["re_l"]) * 1000), muni=WS),
    fig("Hoeveel is dat per inwoner?", op="per",
        uses=[cell(WF, T[5], "Lasten", REAL, 1000), cell(WF, TKG, "Aantal inwoners op 1 januari", ["2025"], 1)],
        accept=[dict(op="per", uses=[cell(WF, T[5], "Lasten", REAL, 1000),
                                     cell(WF, TKG, "Aantal inwoners op 1 januari", ["2024"], 1)])],
        tol=1.0, muni=WS,
        note="inwoners on 1 January 2025 (end of the year) or 1 January 2024 (start) are both fair"),
])

case("ba-w-conv-07", municipality=WS, turns=[
    fig("Wat was de netto schuldquote volgens de begroting 2024?",
        cell(WF, TKEN, "1a. Netto schuldquote", ["Begroting", "2024"], 1, want=18, unit_note="percentage"),
        unit="percent", muni=WS,
        accept=[real_pdf("Tabel 8.3 Overzicht kengetallen gemeente Wassenaar", "1a. Netto schuldquote", 2,
                         "2024 Begr.", 1, want=18, unit_note="percentage, the table's '(%)' heading")]),
    fig("En hoe hoog was die werkelijk?",
        cell(WF, TKEN, "1a. Netto schuldquote", ["Rekening", "2024"], 1, want=12, unit_note="percentage"),
        unit="percent", muni=WS,
        other=[oth(cell(WF, TKEN, "1a. Netto schuldquote", ["Rekening", "2023"], 1, unit_note="percentage"),
                   "the rekening 2023")]),
])

# ---- Omgevingsdienst Twente begroting 2026 ----------------------------------------------------------------
case("ba-o-01", fig("Wat betaald Dinkelland in 2026 aan de omgevingsdienst?",
                    cell(OF, O61, "Dinkelland", ["Totaal", "2026 (€)"], 1, span="Totaal bijdrage",
                         want=M["Dinkelland"]["tot"]), muni=OS,
                    accept=[cell(OF, O62, "Dinkelland", ["Begroting", "2026"], 1000, unit_note="k€, apostrophe",
                                 want=d.O_MJ["Dinkelland"]["2026"] * 1000)],
                    other=[oth(cell(OF, O61, "Dinkelland", ["Totaal", "2025 (€)"], 1, span="Totaal bijdrage"),
                               "the bijdrage 2025")]))

case("ba-o-04", fig("Hoeveel geeft de omgevingsdients in 2026 in totaal uit?",
                    cell(OF, O31, "", ["Begroting", "2026"], 1000, want=d.O_LASTEN["2026"] * 1000, nth=1,
                         unit_note="k€; bold total row without label, first of two"), muni=OS,
                    other=[oth(cell(OF, O31, "VTH-basistaken", ["Begroting", "2026"], 1000, unit_note="k€"),
                               "one programme only")]))

case("ba-o-05", fig("Wat waren de totale baten van de Omgevingsdienst Twente volgens de rekening 2024?",
                    cell(OF, O31, "", ["Rekening", "2024*"], 1000, want=d.O_BATEN["2024"] * 1000, nth=2,
                         unit_note="k€; bold total row without label, second of two"), muni=OS,
                    other=[oth(cell(OF, O31, "", ["Begroting", "2025"], 1000, nth=2,
                                    unit_note="k€; bold total row without label, second of two"),
                               "the begroting 2025")]))

case("ba-o-06", fig("Wat is het saldo van Bedrijfsvoering in 2026?", card("Bedrijfsvoering", "Saldo", "2026",
                                                                          want=d.O_PROG[2]["saldo"]["2026"] * 1000),
                    muni=OS, other=[oth(card("Bedrijfsvoering", "Saldo", "2025"), "the begroting 2025")]),
     municipality=OS)

case("ba-o-07", fig("Hoeveel baten heeft het programma VTH-plustaken in 2026?",
                    card("VTH-plustaken", "Baten", "2026", want=d.O_PROG[1]["baten"]["2026"] * 1000), muni=OS,
                    other=[oth(cell(OF, O31, "Bijdragen deelnemers plustaken", ["Begroting", "2026"], 1000,
                                    unit_note="k€"), "only the members' bijdragen for plustaken")]))

case("ba-o-08", fig("wat moet enschede in 2028 betalen aan de omgevingsdienst",
                    cell(OF, O62, "Enschede", ["Raming", "2028"], 1000, unit_note="k€, apostrophe",
                         want=d.O_MJ["Enschede"]["2028"] * 1000), muni=OS))

case("ba-o-11", fig("Hoeveel fte heeft de omgevingsdienst in 2026?",
                    cell(OF, O91, "", ["Begroting", "2026"], 1, unit_note="fte; bold total row without label",
                         want=198.5), unit="count", muni=OS,
                    accept=[cell(OF, O11, "Formatie (fte)", ["Begroting", "2026"], 1, want=198.5, unit_note="fte")],
                    other=[oth(cell(OF, O91, "", ["Begroting", "2025"], 1, unit_note="fte"), "the formatie 2025")]))

case("ba-o-14", fig("Hoeveel gaat de bijdrage van Hengelo omhoog van 2025 naar 2026?", op="diff",
                    uses=[cell(OF, O61, "Hengelo", ["Totaal", "2026 (€)"], 1, span="Totaal bijdrage"),
                          cell(OF, O61, "Hengelo", ["Totaal", "2025 (€)"], 1, span="Totaal bijdrage")], muni=OS))

case("ba-o-15", fig("Welk percentage van alle bijdragen in 2026 betaalt de provincie Overijssel?", op="share",
                    uses=[cell(OF, O61, "Provincie Overijssel", ["Totaal", "2026 (€)"], 1, span="Totaal bijdrage"),
                          cell(OF, O61, "", ["Totaal", "2026 (€)"], 1, span="Totaal bijdrage",
                               unit_note="in euros; bold total row without label")],
                    tol=0.06, unit="percent", muni=OS))

case("ba-o-conv-03", municipality=OS, turns=[
    fig("Hoeveel uren basistaken neemt Twenterand af in 2026?",
        cell(OF, O61, "Twenterand", ["Uren"], 1, span="Basistaken", unit_note="hours", want=M["Twenterand"]["hb"]),
        unit="count", muni=OS,
        other=[oth(cell(OF, O61, "Twenterand", ["Uren"], 1, span="Plustaken", unit_note="hours"),
                   "the hours for plustaken")]),
    fig("En wat kost dat?",
        cell(OF, O61, "Twenterand", ["Bijdrage", "(€)"], 1, span="Basistaken", want=M["Twenterand"]["bb"]), muni=OS,
        other=[oth(cell(OF, O61, "Twenterand", ["Totaal", "2026 (€)"], 1, span="Totaal bijdrage"),
                   "the total bijdrage incl. plustaken")]),
    fig("En voor Borne?",
        cell(OF, O61, "Borne", ["Bijdrage", "(€)"], 1, span="Basistaken", want=M["Borne"]["bb"]), muni=OS),
])

case("ba-o-conv-04", turns=[
    fig("Wat betaalt de provincie Overijssel in 2027 aan de Omgevingsdienst Twente?",
        cell(OF, O62, "Provincie Overijssel", ["Raming", "2027"], 1000, unit_note="k€, apostrophe",
             want=d.O_MJ["Provincie Overijssel"]["2027"] * 1000), muni=OS),
    fig("En in 2029?",
        cell(OF, O62, "Provincie Overijssel", ["Raming", "2029"], 1000, unit_note="k€, apostrophe",
             want=d.O_MJ["Provincie Overijssel"]["2029"] * 1000), muni=OS),
    refusal("En in 2030?", "the meerjarenraming ends in 2029; no document holds 2030",
            [absent([OF], "2030")]),
])

case("ba-x-conv-05", turns=[
    fig("Wat betaalt Dinkelland in 2026 voor plustaken aan de omgevingsdienst?",
        cell(OF, O61, "Dinkelland", ["Bijdrage", "(€)"], 1, span="Plustaken", want=M["Dinkelland"]["bp"]), muni=OS),
    fig("En hoeveel trok Dinkelland in de begroting 2020 uit voor Sport als middel?",
        real_text(DKF, "• Sport als middel (€ 52.000)", None, "the amount in brackets", want=52_000,
                  contains="52.000"), muni="Dinkelland"),
])

case("ba-x-conv-06", turns=[
    fig("Wat waren de lasten van Gezondheidszorg in Twenterand in 2020?",
        real_text(TWF, "Gezondheidszorg", 0, "column '2020' of 'Overzicht 3.1' (header line '2020 2021 2022 2023')",
                  want=2_010_843, contains="2.010.843"), muni="Twenterand"),
    fig("En wat betaalt Twenterand in 2026 in totaal aan de Omgevingsdienst Twente?",
        cell(OF, O61, "Twenterand", ["Totaal", "2026 (€)"], 1, span="Totaal bijdrage", want=M["Twenterand"]["tot"]),
        muni=OS, accept=[cell(OF, O62, "Twenterand", ["Begroting", "2026"], 1000, unit_note="k€, apostrophe",
                              want=d.O_MJ["Twenterand"]["2026"] * 1000)]),
])

# ---- refusals ----------------------------------------------------------------------------------------------
case("ba-r-01", refusal("Wat waren de werkelijke lasten van Mens en Maatschappij in 2023?",
                        "the jaarstukken 2024 realise 2024 only; the real begroting prints the Begroting 2023 "
                        "(a budget) and the Rekening 2022, no realisation of 2023",
                        [absent([WF, WBF], "Realisatie 2023"), absent_in_table(WF, T[2], "2023")]),
     municipality=WS)
case("ba-r-02", refusal("Hoeveel betaalt Wassenaar aan de Omgevingsdienst Twente?",
                        "Wassenaar is no member of the Omgevingsdienst Twente (its omgevingsdienst is the ODH, "
                        "which is not asked)",
                        [absent([OF], "Wassenaar"), absent([WF, WBF], "Omgevingsdienst Twente")]))
case("ba-r-04", refusal("Wat betaalde Twenterand in 2020 aan de Omgevingsdienst Twente?",
                        "the ODT begroting covers 2024-2029; Twenterand's 2020 document (sociaal domein) does not "
                        "mention the omgevingsdienst",
                        [absent([TWF], "Omgevingsdienst"), absent([OF], "2020")]))
case("ba-r-05", refusal("Hoeveel bijdrage betaalt de gemeente Deventer aan de omgevingsdienst?",
                        "Deventer is no member of the Omgevingsdienst Twente; the real Collectie Overijssel "
                        "jaarstukken name Deventer, but that is another body and no omgevingsdienst",
                        [absent([TWF, DKF, WBF, WF, OF], "Deventer"), absent([COF], "omgevingsdienst")]))
case("ba-r-06", refusal("Hoeveel verdiende de burgemeester van Wassenaar in 2024?",
                        "the WNT table holds the gemeentesecretaris and the griffier only; no document prints the "
                        "burgemeester's pay", [absent_in_table(WF, TWNT, "burgemeester"),
                                               absent([WF, WBF], "bezoldiging burgemeester")]),
     municipality=WS)
case("ba-r-08", refusal("Hoeveel fte werkte er in 2024 bij de Omgevingsdienst Twente?",
                        "fte are given for the begroting 2025 and 2026 only",
                        [absent_in_table(OF, O91, "2024"), absent_in_table(OF, O11, "2024")]))
case("ba-r-09", refusal("Wat was het rekeningresultaat 2025 van de omgevingsdienst?",
                        "2025 is a begroting column (resultaat 0 is a budget); there is no rekening 2025",
                        [absent([OF], "Rekening 2025"), absent([OF], "rekeningresultaat")]), municipality=OS)
case("ba-r-10", refusal("Hoeveel betaalt Dinkelland per inwoner aan de omgevingsdienst?",
                        "the ODT contributions are by hours, not by inwoners; no document prints Dinkelland's "
                        "number of inwoners",
                        [absent([OF], "inwoner"), dict(rule="absent_regex", documents=[DKF, OF],
                                                       text=r"\d[\d.]* inwoners")]))

# ---- text ----------------------------------------------------------------------------------------------------
case("ba-t-01", text("Wat wil het college doen met het overschot over 2024?",
                     ["sociaal domein", "grote projecten", "algemene reserve"], WS,
                     [where(WF, f"€ {grp(d.W_BESTEMMING[0][1])} toevoegen aan de bestemmingsreserve uitvoering "
                                "Sociaal domein, om de stijgende kosten van jeugdhulp op te vangen; "
                                f"€ {grp(d.W_BESTEMMING[1][1])} toevoegen aan de bestemmingsreserve grote projecten "
                                "voor de restauratie van De Paauw; en het restant van "
                                f"€ {grp(d.W_BESTEMMING[2][1])} toevoegen aan de algemene reserve (vrij "
                                "besteedbaar).")]), municipality=WS)
case("ba-t-02", text("Waarom is de Kievietschool nog niet klaar?", ["asbest", "2025"], WS,
                     [where(WF, "De renovatie van de Kievietschool liep vertraging op doordat bij de sloop asbest "
                                "werd aangetroffen; de oplevering schuift naar 2025.")]))
case("ba-t-03", text("Waarom kreeg Wassenaar meer geld van het COA dan begroot?", [["langer", "500.000"]], WS,
                     [where(WF, "De vergoeding van het COA voor de opvang op Duinrell bedroeg € 500.000 in plaats "
                                "van de begrote € 350.000, omdat de opvang langer doorliep.")]))
case("ba-t-04", text("Wat heeft Wassenaar in 2024 gedaan tegen sluipverkeer en te hard rijden?",
                     ["doseerlichten", ["30 km/uur", "30 km"]], WS,
                     [where(WF, "Op 14 wegen is de maximumsnelheid verlaagd naar 30 km/uur en bij de "
                                "Rijksstraatweg zijn doseerlichten tegen sluipverkeer geplaatst.")]))
case("ba-t-05", text("Hoe is het uurtarief van 2026 opgebouwd?", ["99,80", "3,3", "1,11"], OS,
                     [where(OF, f"Het is opgebouwd uit het tarief 2025 van € {dec(d.O_TARIEF['2025'], 2)}, verhoogd "
                                f"met de gewogen indexatie van {dec(d.O_INDEX['gewogen'])}% tot "
                                f"€ {dec(d.O_TARIEF_GEINDEXEERD, 2)}, plus € {dec(d.O_TARIEF_VTH_SYSTEEM, 2)} voor de "
                                "kapitaallasten en licenties van het nieuwe VTH-systeem.")]), municipality=OS)
case("ba-t-06", text("Welke keuzes maakt de omgevingsdienst in de begroting 2026?",
                     ["inhuur", "asbest", ["zonder geld", "zonder financiering"]], OS,
                     [where(OF, "Meer toezicht op asbest en op de energiebesparingsplicht."),
                      where(OF, "Minder inhuur, meer eigen mensen."),
                      where(OF, "Geen nieuwe taken zonder geld.")]))
case("ba-t-07", text("Wat zijn de grootste financiële risico's van de omgevingsdienst?",
                     [["loon- en prijsstijgingen", "indexatie"], ["arbeidsmarkt", "inhuur"]], OS,
                     [where(OF, "Het grootste risico zijn loon- en prijsstijgingen boven de indexatie; daarnaast "
                                "maakt de krapte op de arbeidsmarkt inhuur duurder.")]))
case("ba-t-08", text("hoe rekent de omgevingsdienst uit wat een gemeente moet betalen", ["uren", "uurtarief"], OS,
                     [where(OF, "Iedere deelnemer betaalt voor de uren die de omgevingsdienst voor hem werkt: de "
                                "bijdrage is het aantal uren maal het uurtarief.")]))
case("ba-t-09", text("Gaat de omgevingsdienst de nieuwe bodemtaken van het Rijk uitvoeren?", ["plustaak"], OS,
                     [where(OF, "Taken die het Rijk overdraagt zonder financiering, zoals de bodemtaken onder de "
                                "Omgevingswet, voeren wij alleen uit als deelnemers ze als plustaak afnemen.")]))
case("ba-t-10", text("Waar is de bestemmingsreserve digitalisering VTH voor bedoeld?",
                     [["VTH-systeem", "DSO", "Digitaal Stelsel Omgevingswet"]], OS,
                     [where(OF, "Deze reserve is gevormd voor de overgang naar het nieuwe VTH-systeem en de "
                                "aansluiting op het Digitaal Stelsel Omgevingswet (DSO).")]), municipality=OS)

# ---- any -----------------------------------------------------------------------------------------------------
case("ba-a-01", anyq("Wat kost de omgevingsdienst eigenlijk?", ["538.410"], OS,
                     "vague: the total lasten, the uurtarief or a member's bijdrage are all fair; the answer must not "
                     "use Wassenaar's payment to the Omgevingsdienst Haaglanden", WF, OF))
case("ba-a-02", anyq("Hoe staat Wassenaar er financieel voor na 2024?", ["24.177", "23.867"], WS,
                     "vague: the resultaat, the reserves, the weerstandsratio or the kengetallen are all fair; the "
                     "answer must not use the omgevingsdienst's totals", OF, WF), municipality=WS)


# ------------------------------------------------------------------------------------------------ writing
def y(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(y(x) for x in v) + "]"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def expect_str(e):
    return "{" + ", ".join(f"{k_}: {y(v)}" for k_, v in e.items()) + "}"


def emit():
    out = ["# set-ba: held-out cases for two FICTIONAL documents next to the four real ones (see source/README.md).",
           "#   wassenaar-jaarstukken-2024.pdf            Gemeente Wassenaar, Jaarstukken 2024 (made-up realisation,",
           "#                                             primitieve begroting = the real Begroting 2024)",
           "#   omgevingsdienst-twente-begroting-2026.pdf Omgevingsdienst Twente, Begroting 2026 (made-up figures)",
           "# Generated by source/gen_cases.py; every figure is re-located in the PDFs by source/check.py.",
           "# Values are absolute (FORMAT.md compares absolute values); x € 1.000 / k€ tables are scaled to euros.",
           "version: 1", "cases:"]
    prov = {}
    for c in CASES:
        provs = [t["prov"] for t in (c["turns"] or [c["turn"]])]
        for ln in comment_for(c["id"], provs, bool(c["turns"])):
            out.append("# " + ln)
        out.append(f"- id: {c['id']}")
        if c["turns"]:
            if c["municipality"]:
                out.append(f"  municipality: {y(c['municipality'])}")
            out.append("  turns:")
            for t in c["turns"]:
                out.append(f"  - question: {y(t['question'])}")
                out.append(f"    kind: {t['kind']}")
                if t["expect"]:
                    out.append(f"    expect: {expect_str(t['expect'])}")
            prov[c["id"]] = [t["prov"] for t in c["turns"]]
        else:
            t = c["turn"]
            out.append(f"  question: {y(t['question'])}")
            if c["municipality"]:
                out.append(f"  municipality: {y(c['municipality'])}")
            out.append(f"  kind: {t['kind']}")
            if t["expect"]:
                out.append(f"  expect: {expect_str(t['expect'])}")
            prov[c["id"]] = [t["prov"]]
    (SET / "cases.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    (SET / "source" / "provenance.json").write_text(json.dumps(prov, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
    kinds = {}
    for c in CASES:
        for t in (c["turns"] or [c["turn"]]):
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(f"cases.yaml: {len(CASES)} cases, {sum(kinds.values())} turns {kinds}")


if __name__ == "__main__":
    emit()
