"""Writes ../cases.yaml (format version 1) and provenance.json for set-bg.

Every expected value is tied to one or more *sources*: a printed cell or a printed phrase in a named document.  The
page of each source is looked up in the finished PDFs (pdftotext -layout), so the comments name the page the value
is printed on; check.py re-reads the PDFs independently and asserts every source again.
Usage: python gen_cases.py SETDIR
"""
import json
import os
import re
import subprocess
import sys

import yaml

from data import (DK_KERN, DK_STIM_TOEGEKEND, WS_INWONERS, WS_RESULTAAT_EUR, dinkelland, wassenaar)
from fmt import MINUS, dk_amount, mln, nl

SET = sys.argv[1] if len(sys.argv) > 1 else ".."
CORPUS = os.path.join(SET, "corpus")
DOCS = {
    "dk": ("dinkelland-jaarstukken-2020-inclusieve-samenleving.pdf", "Dinkelland"),
    "dkb": ("dinkelland-begroting-2020-inclusieve-samenleving.txt", "Dinkelland"),
    "ws": ("wassenaar-jaarstukken-2023.pdf", "Wassenaar"),
    "w24": ("wassenaar-begroting-2024.pdf", "Wassenaar"),
}
D = dinkelland()
W = wassenaar()
L = {r["code"]: r for r in D["L"]}
B = {r["code"]: r for r in D["B"]}
P = {p["rom"]: p for p in W["P"]}

_pages = {}


def pages(doc):
    if doc not in _pages:
        path = os.path.join(CORPUS, DOCS[doc][0])
        if path.endswith(".txt"):
            _pages[doc] = [open(path, encoding="utf-8").read()]
        else:
            out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
            _pages[doc] = out.split("\f")
    return _pages[doc]


def num_re(printed):
    return r"(?<![\d.,])" + re.escape(printed) + r"(?![\d]|[.,]\d)"


def find_page(doc, row, printed, after=None):
    hits = []
    start = 1
    if after:
        starts = [i for i, pg in enumerate(pages(doc), 1) if after in pg]
        start = starts[0] if starts else 1
    for i, pg in enumerate(pages(doc), 1):
        if i < start:
            continue
        for ln in pg.splitlines():
            if (row is None or row in ln) and re.search(num_re(printed), ln):
                hits.append(i)
                break
    assert hits, (doc, row, printed)
    return hits[0]


def cell(doc, table, row, col, printed, value, scale=1, anchor=None, row_text=None, after=None):
    """A table cell. row_text: the text that stands on the printed line (the label's first line)."""
    rt = row_text or row
    page = find_page(doc, rt, printed, after=after or table)
    return dict(kind="cell", doc=doc, document=DOCS[doc][0], page=page, table=table, row=row, row_text=rt,
                column=col, anchor=anchor, printed=printed, scale=scale, value=value)


def prose(doc, section, phrase, printed, value, scale=1):
    """A phrase of running text (or a single line) that holds `printed`."""
    norm = lambda s: re.sub(r"\s+", " ", s)
    page = None
    for i, pg in enumerate(pages(doc), 1):
        if norm(phrase) in norm(pg):
            page = i
            break
    assert page, (doc, phrase)
    assert printed in phrase
    return dict(kind="text", doc=doc, document=DOCS[doc][0], page=page if not DOCS[doc][0].endswith(".txt") else None,
                table=section, row=None, phrase=phrase, printed=printed, scale=scale, value=value)


def loc(s):
    if s["kind"] == "cell":
        pg = f"p. {s['page']}, " if s.get("page") else ""
        return (f"{s['document']} {pg}{s['table']}, row '{s['row']}', column '{s['column']}': printed "
                f"'{s['printed']}'" + (f" (x {nl(s['scale'])})" if s["scale"] != 1 else "") + f" = {fmtv(s['value'])}")
    pg = f"p. {s['page']}, " if s.get("page") else ""
    return f"{s['document']} {pg}{s['table']}, text '{s['phrase']}' = {fmtv(s['value'])}"


def fmtv(v):
    if isinstance(v, float) and not v.is_integer():
        return str(v).replace(".", ",")
    return nl(int(v))


CASES = []
PROV = {}


def turn(question, kind, value=None, sources=(), unit=None, muni=None, accept=(), tolerance=None, derivation=None,
         not_accepted="", note="", include=None, exclude=None, scope=None):
    t = dict(question=question, kind=kind)
    if scope:
        t["municipality"] = scope
    exp = {}
    if kind == "figure":
        exp["value"] = value
        acc = [a["value"] if isinstance(a, dict) else a for a in accept]
        acc = [a for a in acc if a != value]
        if acc:
            exp["accept"] = sorted(set(acc))
        if tolerance is not None:
            exp["tolerance"] = tolerance
        exp["unit"] = unit
        exp["municipality"] = muni
    elif kind == "text":
        exp["include"] = include
        if exclude:
            exp["exclude"] = exclude
        exp["municipality"] = muni
    elif kind == "any":
        if exclude:
            exp["exclude"] = exclude
        if muni:
            exp["municipality"] = muni
    if exp:
        t["expect"] = exp
    comment = []
    for s in sources:
        comment.append("source: " + loc(s))
    for a in accept:
        if isinstance(a, dict):
            comment.append("also accepted (printed rounded elsewhere): " + loc(a))
    if derivation:
        comment.append("derivation: " + derivation)
    if not_accepted:
        comment.append("NOT accepted: " + not_accepted)
    if note:
        comment.append(note)
    prov = dict(kind=kind, value=value, sources=list(sources), accept=[a for a in accept if isinstance(a, dict)],
                derivation=derivation, tolerance=tolerance, include=include)
    return t, comment, prov


def case(cid, *turns, scope=None):
    if len(turns) == 1:
        t, comment, prov = turns[0]
        c = dict(id=cid, **t)
        CASES.append((comment, c))
        PROV[cid] = [prov]
    else:
        c = dict(id=cid)
        if scope:
            c["municipality"] = scope
        comment = []
        c["turns"] = []
        PROV[cid] = []
        for i, (t, cm, prov) in enumerate(turns, 1):
            c["turns"].append(t)
            comment += [f"turn {i}: " + x for x in cm]
            PROV[cid].append(prov)
        CASES.append((comment, c))


# ============================================================================================ Dinkelland JS 2020
DKT1 = "Tabel 5.1 Lasten per taakveld"
DKT2 = "Tabel 5.2 Baten per taakveld"


def dkl(code, col, key, anchor):
    r = L[code]
    return cell("dk", DKT1, f"{code} {r['name']}", col, dk_amount(r[key]), abs(r[key]), anchor=anchor,
                row_text=(f"{code} {r['name']}" if code != "6.1" else None) or "6.1 Samenkracht en")


S_REAL = ("Realisatie 2020", "real", "Realisatie")

case("bg-dk-01", turn(
    "Wat waren de werkelijke lasten van taakveld 6.71 Maatwerkdienstverlening 18+ in 2020?", "figure",
    L["6.71"]["real"], [dkl("6.71", "Realisatie 2020", "real", "Realisatie")], "EUR", "Dinkelland", scope="Dinkelland",
    not_accepted=f"{nl(L['6.71']['nw'])} (begroting na wijziging), {nl(L['6.71']['prim'])} (primitief), "
                 f"{nl(-L['6.71']['verschil'])} (verschil)"))

case("bg-dk-02", turn(
    "hoeveel is dinkelland in 2020 over het budget heen gegaan bij de jeugdhulp (maatwerkdienstverlening 18-)?",
    "figure", -L["6.72"]["verschil"], [dkl("6.72", "Verschil", "verschil", "Verschil"),
                                        prose("dk", "6 Toelichting op de verschillen",
                                              f"6.72 Maatwerkdienstverlening 18-: nadeel € {nl(-L['6.72']['verschil'])}",
                                              nl(-L['6.72']['verschil']), -L["6.72"]["verschil"])],
    "EUR", "Dinkelland",
    not_accepted=f"{nl(L['6.72']['real'])} (realisatie), {nl(L['6.72']['nw'])} (begroting na wijziging), "
                 f"{nl(L['6.72']['real'] - L['6.72']['prim'])} (realisatie min primitief)",
    note="The verschil column compares with the begroting na wijziging; '− 288.784' is printed with a typographic "
         "minus and a space (nadeel)."))

jeugd_real = D["TL"]["real"]
case("bg-dk-c1",
     turn("Wat kostte de ambitie Inclusieve samenleving in 2020 in werkelijkheid in totaal?", "figure",
          D["TL"]["real"], [cell("dk", DKT1, "Totaal lasten", "Realisatie 2020", nl(D["TL"]["real"]), D["TL"]["real"],
                                 anchor="Realisatie")],
          "EUR", "Dinkelland",
          accept=[cell("dk", "1 In één oogopslag, tabel Financieel (€ mln)", "Lasten ambitie Inclusieve samenleving",
                       "Realisatie 2020", mln(D["TL"]["real"]), 32_300_000, scale=1_000_000, anchor="Realisatie 2020",
                       after="In één oogopslag")],
          not_accepted=f"{nl(D['TL']['nw'])} (begroting na wijziging), {nl(D['TL']['prim'])} (primitief), "
                       f"{nl(abs(D['saldo']['real']))} (saldo)"),
     turn("Hoeveel is dat per inwoner?", "figure", D["per_inw"],
          [cell("dk", "1 In één oogopslag, tabel Kerngegevens", "Werkelijke lasten ambitie per inwoner (€)", "2020",
                nl(D["per_inw"]), D["per_inw"], anchor="2020", after="Kerngegevens"),
           cell("dk", "1 In één oogopslag, tabel Kerngegevens", "Aantal inwoners op 1 januari 2020", "2020",
                nl(DK_KERN["inwoners"]), DK_KERN["inwoners"], anchor="2020", after="Kerngegevens")],
          "EUR", "Dinkelland", tolerance=1,
          derivation=f"printed as a key figure; also {nl(D['TL']['real'])} / {nl(DK_KERN['inwoners'])} = "
                     f"{D['TL']['real'] / DK_KERN['inwoners']:.2f} (tolerance 1)"),
     scope="Dinkelland")

case("bg-dk-03", turn(
    "Hoeveel procent van de inwoners van Dinkelland beweegt voldoende volgens de meting van 2020?", "figure", 63,
    [cell("dk", "3 Meetbaarheid, indicatortabel", "Percentage inwoners die voldoende bewegen", "Realisatie 2020", "63%",
          63, anchor="Realisatie", row_text="Percentage inwoners die voldoende")],
    "percent", "Dinkelland",
    not_accepted="62 (nulmeting 2016, also the IST in the real Begroting 2020), 64 (streefwaarde 2020), 66 (SOLL "
                 "2022 in the real Begroting 2020)"))

case("bg-dk-04", turn(
    "welk rapportcijfer gaven clienten de wmo in 2020 in dinkelland?", "figure", 7.9,
    [cell("dk", "3 Meetbaarheid, indicatortabel", "Cijfer cliënttevredenheid Wmo", "Realisatie 2020", "7,9", 7.9,
          anchor="Realisatie")],
    "grade", "Dinkelland", not_accepted="7,6 (streefwaarde), 7,4 (nulmeting 2019), 7,5 (Jeugd)"))

UPT = "Tabel 7.1 Besteding uitvoeringsplan sociaal domein 2020"
UP = {r["name"]: r for r in D["up"]}
case("bg-dk-c2",
     turn("Hoeveel geld is er in 2020 echt uitgegeven aan Sport als middel in Dinkelland?", "figure",
          UP["Sport als middel"]["besteed"],
          [cell("dk", UPT, "Sport als middel", "Besteed 2020", nl(UP["Sport als middel"]["besteed"]),
                UP["Sport als middel"]["besteed"], anchor="Besteed 2020")],
          "EUR", "Dinkelland", not_accepted="52.000 (beschikbaar), 2.690 (restant)"),
     turn("En wat was ervoor begroot?", "figure", 52000,
          [prose("dkb", "Inclusieve samenleving - financieel", "Sport als middel (€ 52.000)", "52.000", 52000),
           cell("dk", UPT, "Sport als middel", "Beschikbaar (Begroting 2020)", "52.000", 52000, anchor="(Begroting 2020)")],
          "EUR", "Dinkelland",
          note="The follow-up moves to the real Begroting 2020 (seed text, 'Sport als middel (€ 52.000)'); the "
               "jaarstukken repeat the same amount, so either citation is Dinkelland."))

case("bg-dk-c3",
     turn("Hoeveel resteerde er volgens de begroting 2020 van Dinkelland nog van het incidentele budget voor het "
          "transformatieplan sociaal domein?", "figure", 323000,
          [prose("dkb", "Financiële kaders uit begroting 2019", "resteert een budget van € 323.000", "323.000", 323000),
           cell("dk", UPT, "Interventies transformatieplan sociaal domein", "Beschikbaar (Begroting 2020)", "323.000",
                323000, anchor="(Begroting 2020)")],
          "EUR", "Dinkelland", not_accepted="450.000 (the original incidental budget of 2019), 466.100 (whole plan)"),
     turn("En hoeveel daarvan is in 2020 daadwerkelijk besteed?", "figure",
          UP["Interventies transformatieplan sociaal domein"]["besteed"],
          [cell("dk", UPT, "Interventies transformatieplan sociaal domein", "Besteed 2020",
                nl(UP["Interventies transformatieplan sociaal domein"]["besteed"]),
                UP["Interventies transformatieplan sociaal domein"]["besteed"], anchor="Besteed 2020")],
          "EUR", "Dinkelland",
          not_accepted=f"{nl(D['TUP']['besteed'])} (the whole uitvoeringsplan), "
                       f"{nl(UP['Interventies transformatieplan sociaal domein']['restant'])} (restant)",
          note="Starts in the real Begroting 2020 and moves to the fictional Jaarstukken 2020."),
     scope="Dinkelland")

case("bg-dk-05", turn(
    "Hoeveel geld is er in 2020 uit het stimuleringsfonds naar inwonersinitiatieven gegaan?", "figure",
    DK_STIM_TOEGEKEND,
    [prose("dk", "4.2 Versterken sociale basis", f"28 inwonersinitiatieven ondersteund met in totaal € {nl(DK_STIM_TOEGEKEND)}",
           nl(DK_STIM_TOEGEKEND), DK_STIM_TOEGEKEND),
     cell("dk", "Tabel 8.1 Reserves ambitie Inclusieve samenleving", "Reserve stimuleringsfonds", "Onttrekking",
          nl(DK_STIM_TOEGEKEND), DK_STIM_TOEGEKEND, anchor="Onttrekking")],
    "EUR", "Dinkelland", not_accepted="228.000 (stand begin 2020), 140.550 (stand eind 2020), 240.000 (begroting 2019)"))

case("bg-dk-06", turn(
    "Hoeveel meer gaf Dinkelland in 2020 uit aan Wmo-maatwerkvoorzieningen (taakveld 6.6) dan er in de primitieve "
    "begroting stond?", "figure", L["6.6"]["real"] - L["6.6"]["prim"],
    [dkl("6.6", "Realisatie 2020", "real", "Realisatie"), dkl("6.6", "Begroting primitief 2020", "prim", "primitief")],
    "EUR", "Dinkelland",
    derivation=f"{nl(L['6.6']['real'])} - {nl(L['6.6']['prim'])} = {nl(L['6.6']['real'] - L['6.6']['prim'])}",
    not_accepted=f"{nl(-L['6.6']['verschil'])} (verschil with the begroting na wijziging), {nl(L['6.6']['wijz'])} "
                 "(wijzigingen)"))

share = round(100 * L["6.3"]["real"] / D["TL"]["real"], 2)
case("bg-dk-07", turn(
    "Welk percentage van de werkelijke lasten van de ambitie Inclusieve samenleving ging in 2020 naar "
    "Inkomensregelingen?", "figure", share,
    [dkl("6.3", "Realisatie 2020", "real", "Realisatie"),
     cell("dk", DKT1, "Totaal lasten", "Realisatie 2020", nl(D["TL"]["real"]), D["TL"]["real"], anchor="Realisatie")],
    "percent", "Dinkelland", tolerance=0.06, scope="Dinkelland",
    derivation=f"{nl(L['6.3']['real'])} / {nl(D['TL']['real'])} x 100 = {100 * L['6.3']['real'] / D['TL']['real']:.3f}",
    not_accepted=f"{100 * L['6.3']['nw'] / D['TL']['nw']:.2f} (begroting na wijziging)"))

case("bg-dk-08", turn(
    "hoeveel tozo aanvragen zijn er in 2020 toegekend in dinkeland?", "figure", DK_KERN["tozo_toegekend"],
    [cell("dk", "1 In één oogopslag, tabel Kerngegevens", "Toegekende Tozo-aanvragen", "2020", "612", 612, anchor="2020",
          after="Kerngegevens"),
     prose("dk", "4.4 Meer inwoners kunnen meedoen", "In 2020 zijn 612 Tozo-aanvragen", "612", 612)],
    "count", "Dinkelland", note="'dinkeland' is a typo a resident makes."))

# refusals, Dinkelland
case("bg-dk-r1", turn("Wat waren de werkelijke lasten van de ambitie Inclusieve samenleving in 2019?", "refusal",
                      scope="Dinkelland",
                      note="Neither Dinkelland document holds a realisatie 2019 (the Begroting 2020 has no money "
                           "tables by year; the Jaarstukken 2020 only 2020)."))
case("bg-dk-r2", turn("Hoeveel procent van de jongeren in Dinkelland dronk in 2020 alcohol in de laatste vier weken?",
                      "refusal",
                      note="The indicator row prints 'geen meting' for 2020 (Jeugdmonitor not taken); no figure exists."))
case("bg-dk-r3", turn("Wat waren de werkelijke lasten van Maatwerkdienstverlening 18- in Dinkelland in 2021?",
                      "refusal", note="2021 is a year neither Dinkelland document holds."))
case("bg-dk-r4", turn("Hoeveel betaalde Dinkelland in 2020 aan de GGD Twente?", "refusal",
                      note="No document prints a contribution of Dinkelland to a GGD."))

# text, Dinkelland
case("bg-dk-t1", turn("Waarom waren de kosten van begeleiding voor volwassenen (18+) in Dinkelland in 2020 hoger dan "
                      "begroot?", "text", muni="Dinkelland",
                      include=[nl(-L["6.71"]["verschil"]), ["begeleiding", "dagbesteding"]],
                      note="Toelichting 6.71 Maatwerkdienstverlening 18+: nadeel € 412.345, begeleiding / dagbesteding "
                           "tijdens de lockdown."))
case("bg-dk-t2", turn("Wat is er met de pilot dorpsondersteuner gebeurd?", "text", muni="Dinkelland",
                      include=["Saasveld", ["Weerselo", "Rossum", "uitgebreid"]], scope="Dinkelland",
                      note="4.2 Versterken sociale basis: pilot in Saasveld geëvalueerd, uitbreiding naar Weerselo en "
                           "Rossum."))
case("bg-dk-t3", turn("Waarom is er in 2020 zo weinig van het cultuurbudget uitgegeven in Dinkelland?", "text",
                      muni="Dinkelland", include=["cultuurvisie", ["corona", "uitgesteld"]],
                      note="4.1 Langer gezond: actualisatie cultuurvisie door corona uitgesteld naar 2021 (€ 18.200 van "
                           "€ 45.500)."))
case("bg-dk-t4", turn("Wat is het Noaberhoes en wat is daarmee in 2020 gebeurd?", "text", muni="Dinkelland",
                      include=["Noaberhoes", ["Participatiewet", "daginvulling", "inrichting"]], scope="Dinkelland"))
case("bg-dk-t5", turn("Wat gebeurt er met het geld van het uitvoeringsplan sociaal domein dat in 2020 niet is "
                      "uitgegeven?", "text", muni="Dinkelland",
                      include=[nl(D["TUP"]["restant"]), ["reserve", "2021"]], scope="Dinkelland",
                      note="7: restant € 164.230 toegevoegd aan de reserve uitvoeringsplan sociaal domein."))
case("bg-dk-a1", turn("Hoe ging het in 2020 met het sociaal domein in Dinkelland?", "any", muni="Dinkelland",
                      scope="Dinkelland"))

# ============================================================================================ Wassenaar JS 2023
T21, T22, T23 = "Tabel 2.1 Lasten per programma", "Tabel 2.2 Baten per programma", "Tabel 2.3 Saldo per programma en resultaat"


def wsp(table, rom, col, key, anchor, kind="L"):
    p = P[rom]
    v = p[kind][key]
    if key == "vd":
        printed = nl(abs(v))
    else:
        printed = (MINUS + nl(-v)) if v < 0 else nl(v)
    return cell("ws", table, f"{rom} {p['name']}", col, printed, abs(v) * 1000, scale=1000, anchor=anchor,
                row_text=f"{rom} {p['name']}")


def w24(table, row, col, printed, value, scale=1000, row_text=None, after=None):
    return cell("w24", table, row, col, printed, value, scale=scale, row_text=row_text, after=after)


case("bg-ws-c1",
     turn("Wat waren de werkelijke lasten van het programma Mens en Maatschappij van Wassenaar in 2023?", "figure",
          P["II"]["L"]["real"] * 1000, [wsp(T21, "II", "R '23", "real", "R '23")], "EUR", "Wassenaar",
          accept=[cell("ws", "Kerncijfers 2023 (p. 1)", "Lasten II Mens en Maatschappij", "", "38,7", 38_700_000,
                       scale=1_000_000, after="Kerncijfers")],
          not_accepted="39.418.000 (B '23 n.w.), 37.962.000 (B '23 prim.), 39.007.000 (the real Begroting 2024, "
                       "Tabel 12.1 'Begroting 2023', t/m voorjaarsnota 2023)"),
     turn("En wat is er voor 2024 begroot?", "figure", 38934000,
          [w24("Tabel 12.1 - Baten, lasten en saldo 2022-2024 per programma", "P2 Mens en Maatschappij",
               "Begroting 2024, lasten", "-38.934", 38934000)],
          "EUR", "Wassenaar",
          note="Moves to the real Begroting 2024 (Tabel 12.1 and Tabel 12.2 both print -38.934 x € 1.000).",
          not_accepted="38.706.000 (realisatie 2023), 11.652.000 (baten 2024), 27.281.000 (saldo 2024)"),
     turn("Hoeveel hoger is dat dan de realisatie van 2023?", "figure", 38934000 - P["II"]["L"]["real"] * 1000,
          [w24("Tabel 12.1 - Baten, lasten en saldo 2022-2024 per programma", "P2 Mens en Maatschappij",
               "Begroting 2024, lasten", "-38.934", 38934000), wsp(T21, "II", "R '23", "real", "R '23")],
          "EUR", "Wassenaar", derivation="38.934.000 - 38.706.000 = 228.000",
          not_accepted="73.000 (38.934 - 39.007, against the Begroting 2024's 'Begroting 2023'), 484.000 (against "
                       "B '23 n.w.)"),
     scope="Wassenaar")

A = {a["name"]: a for a in W["adm"]}
T31 = "Tabel 3.1 Algemene dekkingsmiddelen"
case("bg-ws-01", turn(
    "Hoeveel OZB woningen heeft Wassenaar in 2023 binnengekregen?", "figure", A["OZB woningen"]["real"] * 1000,
    [cell("ws", T31, "OZB woningen", "R '23", nl(A["OZB woningen"]["real"]), A["OZB woningen"]["real"] * 1000,
          scale=1000, anchor="R '23")],
    "EUR", "Wassenaar",
    not_accepted="8.493.000 (B '23 prim. and n.w.; also 'raming 2023' in the real Begroting 2024 Tabel 7.1), "
                 "8.764.000 (raming 2024)"))

case("bg-ws-02", turn(
    "Wat was de algemene uitkering uit het gemeentefonds voor Wassenaar in 2023 in werkelijkheid?", "figure",
    A["Algemene uitkering gemeentefonds"]["real"] * 1000,
    [cell("ws", T31, "Algemene uitkering gemeentefonds", "R '23", nl(A["Algemene uitkering gemeentefonds"]["real"]),
          A["Algemene uitkering gemeentefonds"]["real"] * 1000, scale=1000, anchor="R '23")],
    "EUR", "Wassenaar", not_accepted="39.486.000 (B '23 n.w.), 38.612.000 (B '23 prim.), 416.000 (afwijking)"))

case("bg-ws-03", turn(
    "Met welk resultaat sloot Wassenaar het jaar 2023 af?", "figure", WS_RESULTAAT_EUR,
    [prose("ws", "1 Het jaar 2023 in vogelvlucht", f"voordelig resultaat van € {nl(WS_RESULTAAT_EUR)}",
           nl(WS_RESULTAAT_EUR), WS_RESULTAAT_EUR),
     cell("ws", "Tabel 4.1 Voorstel resultaatbestemming 2023", "Totaal resultaat 2023", "Bedrag", nl(WS_RESULTAAT_EUR),
          WS_RESULTAAT_EUR, anchor="Bedrag")],
    "EUR", "Wassenaar",
    accept=[cell("ws", T23, "Gerealiseerd resultaat", "R '23", "1.071", 1_071_000, scale=1000, anchor="R '23"),
            cell("ws", "Kerncijfers 2023 (p. 1)", "Gerealiseerd resultaat", "", "1,1", 1_100_000, scale=1_000_000,
                 after="Kerncijfers")],
    not_accepted="701.000 (begroot nadeel na wijziging), 72.000 (primitief), 1.772.000 (afwijking), 2.971.000 "
                 "(saldo van baten en lasten)"))

case("bg-ws-c2",
     turn("Hoe hoog was de ratio weerstandsvermogen van Wassenaar eind 2023?", "figure", 14.8,
          [prose("ws", "6 Weerstandsvermogen", f"= 42.370 / 2.870 = 14,8", "14,8", 14.8),
           cell("ws", "Kerncijfers 2023 (p. 1)", "Ratio weerstandsvermogen", "", "14,8", 14.8, after="Kerncijfers")],
          "count", "Wassenaar", not_accepted="17,4 (the real Begroting 2024), 2,0 (ondergrens)"),
     turn("En welke ratio staat in de begroting 2024?", "figure", 17.4,
          [w24("Paragraaf Weerstandsvermogen, Ratio weerstandsvermogen", "Ratio weerstandsvermogen =",
               "ratio", "17,4", 17.4, scale=1)],
          "count", "Wassenaar", note="Moves from the fictional Jaarstukken 2023 to the real Begroting 2024."),
     scope="Wassenaar")

KT = "Tabel 6.3 Financiële kengetallen"
case("bg-ws-c3",
     turn("Wat was de solvabiliteitsratio van Wassenaar volgens de rekening 2023?", "figure", 68,
          [cell("ws", KT, "2. Solvabiliteitsratio", "R '23", "68%", 68, anchor="R '23")], "percent", "Wassenaar",
          not_accepted="66 (R '22 and B '23), 65 (the real Begroting 2024, 2024)"),
     turn("En in 2022?", "figure", 66,
          [cell("ws", KT, "2. Solvabiliteitsratio", "R '22", "66%", 66, anchor="R '22"),
           w24("Tabel 8.3 Overzicht kengetallen gemeente Wassenaar", "2. Solvabiliteitsratio", "2022 Verslag", "66", 66,
               scale=1)],
          "percent", "Wassenaar",
          note="Both documents print 66 for 2022 (the jaarstukken' R '22 and the Begroting 2024's '2022 Verslag')."))

case("bg-ws-04", turn(
    "Welke netto schuldquote was voor 2023 begroot in Wassenaar?", "figure", 25,
    [cell("ws", KT, "1a. Netto schuldquote", "B '23", "25%", 25, anchor="B '23"),
     w24("Tabel 8.3 Overzicht kengetallen gemeente Wassenaar", "1a. Netto schuldquote", "2023 Begr.", "25", 25, scale=1)],
    "percent", "Wassenaar",
    not_accepted="21 (R '23), 31 (gecorrigeerd, B '23), 18 (begroting 2024)",
    note="A question about 2023 that the Begroting 2024 also answers ('2023 Begr.' in Tabel 8.3); both print 25."))

VPT = "Tabel 7.1 Bijdragen aan gemeenschappelijke regelingen 2023"
VP = {v["afk"]: v for v in W["vp"]}
case("bg-ws-c4",
     turn("Hoeveel heeft Wassenaar in 2023 betaald aan Avalex?", "figure", VP["Avalex"]["werk"],
          [cell("ws", VPT, "Avalex", "Betaald 2023", nl(VP["Avalex"]["werk"]), VP["Avalex"]["werk"], anchor="Betaald 2023"),
           prose("ws", "Programma V", f"de bijdrage kwam uit op € {nl(VP['Avalex']['werk'])}", nl(VP["Avalex"]["werk"]),
                 VP["Avalex"]["werk"])],
          "EUR", "Wassenaar", not_accepted="3.713.000 (begroot 2023), 28.260 (afwijking), 3.968.000 (2024)"),
     turn("En wat is voor 2024 begroot?", "figure", 3968000,
          [w24("Paragraaf Verbonden partijen, Financieel belang", "Avalex", "Financieel belang", "€ 3.968.000", 3968000,
               scale=1)],
          "EUR", "Wassenaar", note="Moves to the real Begroting 2024 (Paragraaf Verbonden partijen)."),
     scope="Wassenaar")

case("bg-ws-05", turn(
    "Wat betaalde Wassenaar in 2023 aan de Veiligheidsregio Haaglanden?", "figure", VP["VRH"]["werk"],
    [cell("ws", VPT, "Veiligheidsregio Haaglanden (VRH)", "Betaald 2023", nl(VP["VRH"]["werk"]), VP["VRH"]["werk"],
          anchor="Betaald 2023")],
    "EUR", "Wassenaar",
    not_accepted="2.207.160 (financieel belang 2024 in the real Begroting 2024)",
    note="Begroot and betaald 2023 are equal (2.162.160); the programma I text repeats it."))

case("bg-ws-06", turn(
    "Hoeveel verdiende de griffier van Wassenaar in 2023 in totaal?", "figure", W["wnt"][1]["subtotaal"],
    [cell("ws", "Tabel 8.1 Bezoldiging topfunctionarissen met dienstbetrekking", "Bezoldiging 2023", "Griffier",
          nl(W["wnt"][1]["subtotaal"]), W["wnt"][1]["subtotaal"], anchor="Griffier")],
    "EUR", "Wassenaar",
    not_accepted="98.716 (beloning zonder beloningen betaalbaar op termijn), 198.470 (maximum), 82.722 (2022)"))

case("bg-ws-07", turn(
    "Hoeveel liquide middelen had Wassenaar op 31 december 2023?", "figure", 1206000,
    [cell("ws", "Tabel 9.1 Balans per 31 december", "Liquide middelen", "31-12-'23", "1.206", 1206000, scale=1000,
          anchor="31-12-'23")],
    "EUR", "Wassenaar", not_accepted="3.781.000 (31-12-'22)"))

INVT = "Tabel 10.1 Staat van investeringskredieten"
INV = {i["name"]: i for i in W["inv"]}
case("bg-ws-08", turn(
    "Hoeveel is er in 2023 uitgegeven aan de uitbreiding van het Rijnlands Lyceum?", "figure",
    INV["Rijnlands Lyceum uitbreiding"]["u23"],
    [cell("ws", INVT, "Rijnlands Lyceum uitbreiding", "Uitgaven 2023", nl(INV["Rijnlands Lyceum uitbreiding"]["u23"]),
          INV["Rijnlands Lyceum uitbreiding"]["u23"], anchor="2023")],
    "EUR", "Wassenaar",
    not_accepted="6.116.211 (krediet; also in the real Begroting 2024 Tabel 4.2), 1.284.560 (t/m 2022), 1.881.214 "
                 "(restant)"))

INC = {i["name"]: i for i in W["inc"]}
case("bg-ws-09", turn(
    "Wat kostte de opvang van Oekraïense ontheemden Wassenaar in 2023?", "figure",
    INC["Opvang Oekraïense ontheemden"]["real"] * 1000,
    [cell("ws", "Tabel 2.4 Incidentele baten en lasten", "Opvang Oekraïense ontheemden", "R '23",
          nl(INC["Opvang Oekraïense ontheemden"]["real"]), INC["Opvang Oekraïense ontheemden"]["real"] * 1000,
          scale=1000, anchor="R '23")],
    "EUR", "Wassenaar",
    not_accepted="2.211.000 (rijksbijdrage), 2.350.000 (B '23 n.w.), 166.000 (afwijking)"))

case("bg-ws-10", turn(
    "Hoeveel lager zijn de begrote lasten van Veiligheid en Handhaving voor 2024 dan de werkelijke lasten in 2023?",
    "figure", P["I"]["L"]["real"] * 1000 - 4204000,
    [wsp(T21, "I", "R '23", "real", "R '23"),
     w24("Tabel 12.1 - Baten, lasten en saldo 2022-2024 per programma", "P1 Veiligheid en Handhaving",
         "Begroting 2024, lasten", "-4.204", 4204000)],
    "EUR", "Wassenaar", scope="Wassenaar",
    derivation=f"{nl(P['I']['L']['real'] * 1000)} - 4.204.000 = {nl(P['I']['L']['real'] * 1000 - 4204000)}",
    not_accepted="2.598.000 (6.802 - 4.204, the Begroting 2024's own 'Begroting 2023'), 2.667.000 (B '23 n.w. - "
                 "2024)",
    note="Part of the 2023 lasten of programma I moved to P2 from 2024 on (stated in the real Begroting 2024); the "
         "question only asks the difference of the two printed figures."))

case("bg-ws-11", turn(
    "Welk resultaat verwachtte Wassenaar voor 2023 in de begroting na wijziging?", "figure",
    -W["resultaat"]["nw"] * 1000,
    [cell("ws", T23, "Gerealiseerd resultaat", "B '23 n.w.", MINUS + nl(-W["resultaat"]["nw"]),
          -W["resultaat"]["nw"] * 1000, scale=1000, anchor="n.w."),
     prose("ws", "1 Het jaar 2023 in vogelvlucht", f"uitgegaan van een nadeel van € {nl(-W['resultaat']['nw'] * 1000)}",
           nl(-W["resultaat"]["nw"] * 1000), -W["resultaat"]["nw"] * 1000)],
    "EUR", "Wassenaar",
    not_accepted="72.000 (B '23 prim.), 2.323.000 (the real Begroting 2024, Tabel 12.1 'Geraamde resultaat' "
                 "begroting 2023, t/m voorjaarsnota), 1.071.000 (realisatie)"))

case("bg-ws-12", turn(
    "hoeveel toeristenbelasting kreeg wassenaar binnen in 2023", "figure", A["Toeristenbelasting"]["real"] * 1000,
    [cell("ws", T31, "Toeristenbelasting", "R '23", nl(A["Toeristenbelasting"]["real"]),
          A["Toeristenbelasting"]["real"] * 1000, scale=1000, anchor="R '23")],
    "EUR", "Wassenaar", not_accepted="2.430.000 (begroot 2023, also 'raming 2023' in the real Begroting 2024), "
                                     "2.508.000 (raming 2024), 257.000 (afwijking)"))

# refusals, Wassenaar
case("bg-ws-r1", turn("Wat waren de werkelijke lasten van programma Mens en Maatschappij in 2024?", "refusal",
                      scope="Wassenaar",
                      note="2024 is only budgeted (real Begroting 2024); no realisatie 2024 is printed anywhere."))
case("bg-ws-r2", turn("Wat betaalde Wassenaar in 2023 aan de Veiligheidsregio Hollands Midden?", "refusal",
                      note="Wassenaar is a member of the Veiligheidsregio Haaglanden, not Hollands Midden."))
case("bg-ws-r3", turn("Hoeveel verdiende de burgemeester van Wassenaar in 2023?", "refusal",
                      note="The WNT table lists only the gemeentesecretaris and the griffier."))
case("bg-ws-r4", turn("Wat was de netto schuldquote van Wassenaar in 2020?", "refusal",
                      note="The kengetallen of both documents cover 2022-2024 only."))
case("bg-ws-r5", turn("Welk resultaat had Wassenaar over 2021?", "refusal", scope="Wassenaar",
                      note="Neither Wassenaar document holds a rekening 2021."))

# text, Wassenaar
case("bg-ws-t1", turn("Wat gebeurt er met het overschot van Wassenaar over 2023?", "text", muni="Wassenaar",
                      include=["algemene reserve", ["budgetoverheveling", "overheveling", "naar 2024"]],
                      note="Tabel 4.1 Voorstel resultaatbestemming 2023."))
case("bg-ws-t2", turn("Waarom was het programma Natuur, klimaat en Mobiliteit in 2023 duurder dan begroot?", "text",
                      muni="Wassenaar", include=[["Avalex", "afval"], ["wegen", "storm", "verlichting"]],
                      scope="Wassenaar",
                      note="Programma V: Avalex bijdrage, extra wegonderhoud na stormen; lasten € 106.000 nadelig."))
case("bg-ws-t3", turn("Hoe staat het met het weerstandsvermogen van Wassenaar eind 2023?", "text", muni="Wassenaar",
                      include=["14,8", ["uitstekend", "waarderingscijfer A"]]))
case("bg-ws-t4", turn("Welke incidentele lasten had Wassenaar in 2023?", "text", muni="Wassenaar",
                      include=[["Oekraïense", "Oekraïne", "ontheemden"], "energietoeslag"], scope="Wassenaar"))
case("bg-ws-t5", turn("Wie vallen er onder de WNT bij de gemeente Wassenaar?", "text", muni="Wassenaar",
                      include=["gemeentesecretaris", "griffier"]))
case("bg-ws-t6", turn("Wat doet de Werkorganisatie Duivenvoorde voor Wassenaar?", "text", muni="Wassenaar",
                      include=["Voorschoten"], scope="Wassenaar"))
case("bg-ws-a1", turn("Hoe staat Wassenaar er financieel voor?", "any", muni="Wassenaar", scope="Wassenaar"))


def write():
    ids = [c["id"] for _, c in CASES]
    assert len(ids) == len(set(ids))
    out = ["# set-bg: blind evaluation cases (format version 1, ../../../shared/evals/FORMAT.md).",
           "# Generated by source/gen_cases.py; do not edit by hand.",
           "# The documents dinkelland-jaarstukken-2020-inclusieve-samenleving.pdf and wassenaar-jaarstukken-2023.pdf",
           "# are FICTIONAL (made-up figures); the four other documents are the real corpus documents, unchanged.",
           "# Amounts are euros after the table's scale; comments name the document, page, table, row and column.",
           "version: 1", "cases:"]
    for comment, c in CASES:
        for line in comment:
            out.append("# " + line)
        block = yaml.safe_dump([c], allow_unicode=True, sort_keys=False, width=150, default_flow_style=None)
        out.append(block.rstrip("\n"))
    with open(os.path.join(SET, "cases.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "provenance.json"), "w", encoding="utf-8") as f:
        json.dump(PROV, f, ensure_ascii=False, indent=1)
    kinds = {}
    for _, c in CASES:
        for t in c.get("turns", [c]):
            kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print("cases", len(CASES), "turns", sum(kinds.values()), kinds)


if __name__ == "__main__":
    write()
