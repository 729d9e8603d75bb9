"""Specification of the held-out cases for set-aa; writes ../cases.yaml.

Every figure turn lists the printed cells it is computed from:
  P(table, row, col, printed, scale, occ)  a cell of a table in the PDF; `col` is the index of the column
                                          header in the table's last header line (0 = label column),
                                          `occ` the occurrence of the row label inside the table (0 = first)
  H(sheet, row, col, printed, scale)       a cell of an Excel-HTML worksheet; `col` is the 0-based column
  X(snippet, value)                        a figure printed in running text (PDF prose)
and a `calc` expression over the cell names (values parsed from the printed text and multiplied by the
cell's scale). check.py verifies that every cell is printed in the extracted document text and that
`value` (and every `accept`) follows from the cells.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cases.yaml")

DRV = "Dravenzijl"
BSZ = "Belastingsamenwerking Zwinvaart"
PDF_DOC = "dravenzijl-programmabegroting-2029"
HTM_DOC = "bsz-jaarstukken-2028"


def P(table, row, col, printed, scale=1000, occ=0):
    return {"doc": "pdf", "table": table, "row": row, "col": col, "printed": printed, "scale": scale, "occ": occ}


def H(sheet, row, col, printed, scale=1000):
    return {"doc": "htm", "sheet": sheet, "row": row, "col": col, "printed": printed, "scale": scale}


def X(snippet, value):
    return {"doc": "pdf-text", "snippet": snippet, "value": value}


def fig(q, value, unit, muni, cells, calc, accept=None, tol=None, note=None):
    return {"kind": "figure", "question": q, "value": value, "unit": unit, "municipality": muni,
            "cells": cells, "calc": calc, "accept": accept or [], "tolerance": tol, "note": note}


def ref(q, reason, check):
    """check: dict understood by check.py (absent strings / header years / row periods)."""
    return {"kind": "refusal", "question": q, "reason": reason, "check": check}


def txt(q, include, muni, doc, passage):
    return {"kind": "text", "question": q, "include": include, "municipality": muni, "doc": doc,
            "passage": passage}


# --------------------------------------------------------------------------- cases
CASES = []


def single(cid, turn, scope):
    CASES.append({"id": cid, "scope": scope, "turns": [turn]})


def conv(cid, scope, turns):
    CASES.append({"id": cid, "scope": scope, "turns": turns})


T21 = "Tabel 2.1"       # overview of lasten/baten, last header line: Programma 2027 ... 2032

# ---- Dravenzijl, single figure questions
single("aa-drv-01", fig(
    "Wat kost het sociaal domein de gemeente in 2029 in totaal?", 49834000, "EUR", DRV,
    {"a": P(T21, "4. Sociaal domein", 3, "49.834"), "b": X("€ 49,8 miljoen aan lasten in 2029", 49.8e6)},
    "a", accept=["b"], note="lasten programma 4 Sociaal domein, Begroting 2029"), DRV)
single("aa-drv-02", fig(
    "Hoeveel is er in 2027 werkelijk uitgegeven aan maatwerkdienstverlening voor jongeren onder de 18?",
    7842000, "EUR", DRV,
    {"a": P("Tabel 3.4b", "6.72 Maatwerkdienstverlening 18-", 1, "7.842")}, "a",
    note="rekening 2027 = werkelijke uitgaven; row is on the continuation page of Tabel 3.4b"), DRV)
single("aa-drv-03", fig(
    "Hoeveel OZB op woningen denkt Dravenzijl in 2029 binnen te krijgen?", 5638415, "EUR", DRV,
    {"a": P("Tabel 4.1", "0.61 OZB woningen", 3, "5.638.415", scale=1)}, "a"), None)
single("aa-drv-04", fig(
    "Hoe groot is de algemene uitkering uit het gemeentefonds in 2031?", 72966980, "EUR", DRV,
    {"a": P("Tabel 4.1", "0.7 Algemene uitkering gemeentefonds", 5, "72.966.980", scale=1)}, "a"), DRV)
single("aa-drv-05", fig(
    "Hoeveel algemene dekkingsmiddelen heeft de gemeente in 2029 tot haar beschikking?", 79800579, "EUR", DRV,
    {"a": P("Tabel 4.1", "Totaal", 3, "79.800.579", scale=1),
     "b": P(T21, "Algemene dekkingsmiddelen", 3, "79.801")}, "a", accept=["b"],
    note="printed in whole euros (Tabel 4.1) and in thousands (Tabel 2.1)"), DRV)
single("aa-drv-06", fig(
    "Wat is de ratio van het weerstandsvermogen?", 1.62, None, DRV,
    {"a": P("Tabel 5.1", "Ratio weerstandsvermogen (A / B)", 1, "1,62", scale=1)}, "a",
    note="no year in the question: Tabel 5.1 has only the column 2029"), DRV)
single("aa-drv-07", fig(
    "Hoeveel zit er naar verwachting eind 2029 nog in de algemene reserve?", 14712000, "EUR", DRV,
    {"a": P("Tabel 6.1", "Algemene reserve", 4, "14.712")}, "a", note="Stand 31-12-2029"), DRV)
single("aa-drv-08", fig(
    "Wat kost de nieuwbouw van het IKC in Oudekamp in totaal?", 6250000, "EUR", DRV,
    {"a": P("Tabel 7.1", "Nieuwbouw IKC Oudekamp", 6, "6.250"), "b": X("€ 6,25 miljoen", 6.25e6)}, "a",
    accept=["b"], note="column Totaal of the investeringsplan (2029-2032)"), DRV)
single("aa-drv-09", fig(
    "Wat moet je in 2029 aan rioolheffing betalen per aansluiting?", 264.00, "EUR", DRV,
    {"a": P("Tabel 4.2", "Rioolheffing per aansluiting", 3, "264,00", scale=1)}, "a"), DRV)
single("aa-drv-10", fig(
    "Welk rapportcijfer gaven inwoners bij de laatste meting aan de dienstverlening van burgerzaken?", 7.6,
    "grade", DRV,
    {"a": P("Tabel 3.1a", "Tevredenheid dienstverlening Burgerzaken", 2, "7,6", scale=1)}, "a",
    note="laatste meting = Realisatie 2027; 7,8 is only the streefwaarde 2029"), DRV)
single("aa-drv-11", fig(
    "Welk percentage van de jongeren in Dravenzijl krijgt jeugdhulp?", 11.8, "percent", DRV,
    {"a": P("Tabel B.1", "Jongeren met jeugdhulp", 3, "11,8", scale=1)}, "a",
    note="no year: the indicator table has one period (2027) for this indicator"), None)
single("aa-drv-12", fig(
    "Met welk resultaat sluit de meerjarenraming in 2032 af?", 388000, "EUR", DRV,
    {"a": P(T21, "Geraamd resultaat", 6, "388"), "b": P("Tabel 1.1", "Saldo begroting (geraamd resultaat)", 4,
                                                        "388 V")}, "a", accept=["b"]), DRV)
single("aa-drv-13", fig(
    "Hoeveel kost de afvalinzamling volgens de begroting 2028?", 5012000, "EUR", DRV,
    {"a": P("Tabel 3.5b", "7.3 Afval", 3, "5.012")}, "a", note="typo 'afvalinzamling' intended; lasten"), DRV)
single("aa-drv-14", fig(
    "Welk deel van alle programmalasten in 2029 is bestemd voor het sociaal domein, in procenten?", 49.92,
    "percent", DRV,
    {"a": P(T21, "4. Sociaal domein", 3, "49.834"), "b": P(T21, "Totaal lasten programma's", 3, "99.836")},
    "a / b * 100", tol=0.06), DRV)
single("aa-drv-15", fig(
    "Hoeveel zijn de lasten voor onderwijs, sport en cultuur gestegen tussen de rekening 2027 en de begroting "
    "2029?", 1499000, "EUR", DRV,
    {"a": P(T21, "3. Onderwijs, sport en cultuur", 3, "15.305"),
     "b": P(T21, "3. Onderwijs, sport en cultuur", 1, "13.806")}, "a - b"), DRV)
single("aa-drv-16", fig(
    "Hoe groot is het structurele begrotingsaldo in 2030?", 277000, "EUR", DRV,
    {"a": P("Tabel 1.1", "Structureel begrotingssaldo", 2, "277 V")}, "a"), DRV)
single("aa-drv-17", fig(
    "Hoeveel incidentele lasten zitten er in de begroting voor 2030?", 1225000, "EUR", DRV,
    {"a": P("Tabel 8.1", "Totaal incidentele lasten", 3, "1.225 N")}, "abs(a)",
    note="'1.225 N' = nadeel; the expected value is the absolute amount of the lasten"), DRV)

# ---- Dravenzijl, conversations
conv("aa-drv-c1", DRV, [
    fig("Wat zijn de lasten van Bestuur en veiligheid in 2029?", 8231000, "EUR", DRV,
        {"a": P(T21, "1. Bestuur en veiligheid", 3, "8.231")}, "a"),
    fig("En in 2031?", 8402000, "EUR", DRV, {"a": P(T21, "1. Bestuur en veiligheid", 5, "8.402")}, "a"),
    fig("En hoeveel baten staan daar in dat jaar tegenover?", 671000, "EUR", DRV,
        {"a": P(T21, "1. Bestuur en veiligheid", 5, "671", occ=1)}, "a"),
])
conv("aa-drv-c2", DRV, [
    fig("Hoeveel geeft de gemeente in 2029 uit aan brandweer en crisisbeheersing?", 3214000, "EUR", DRV,
        {"a": P("Tabel 3.1b", "1.1 Crisisbeheersing en brandweer", 5, "3.214")}, "a"),
    fig("Hoeveel is dat per inwoner?", 83.67, "EUR", DRV,
        {"a": P("Tabel 3.1b", "1.1 Crisisbeheersing en brandweer", 5, "3.214"),
         "b": P("Tabel 1.2", "Aantal inwoners", 1, "38.412", scale=1)}, "a / b", tol=0.5),
    fig("En hoeveel was het in de jaarrekening 2027?", 2961000, "EUR", DRV,
        {"a": P("Tabel 3.1b", "1.1 Crisisbeheersing en brandweer", 1, "2.961")}, "a"),
])
conv("aa-drv-c3", DRV, [
    fig("Wat levert de OZB op bedrijfspanden (niet-woningen) in 2029 op?", 2846180, "EUR", DRV,
        {"a": P("Tabel 4.1", "0.62 OZB niet-woningen", 3, "2.846.180", scale=1)}, "a"),
    ref("En in 2033?", "the raming runs to 2032; Tabel 4.1 has no 2033 column",
        {"table_years_absent": ("Tabel 4.1", "2033"), "no_line_with": ["OZB", "2033"]}),
])
conv("aa-drv-c4", DRV, [
    fig("Hoe hoog is de solvabiliteitsratio in de begroting 2029?", 24.6, "percent", DRV,
        {"a": P("Tabel 5.2", "Solvabiliteitsratio", 3, "24,6%", scale=1)}, "a"),
    fig("Hoeveel procentpunt scheelt dat met de rekening 2027?", 2.7, "percent", DRV,
        {"a": P("Tabel 5.2", "Solvabiliteitsratio", 1, "27,3%", scale=1),
         "b": P("Tabel 5.2", "Solvabiliteitsratio", 3, "24,6%", scale=1)}, "a - b", tol=0.05),
])
conv("aa-drv-c5", DRV, [
    fig("Hoeveel wordt er in 2029 geïnvesteerd in het vervangen van het riool in Weiveld-Noord?", 1240000, "EUR",
        DRV, {"a": P("Tabel 7.1", "Vervanging riolering Weiveld-Noord", 2, "1.240")}, "a"),
    fig("En over alle jaren van het investeringsplan samen?", 3380000, "EUR", DRV,
        {"a": P("Tabel 7.1", "Vervanging riolering Weiveld-Noord", 6, "3.380")}, "a"),
])

# ---- Dravenzijl, refusals and text
single("aa-drv-r1", ref("Wat waren de lasten van het sociaal domein in de jaarrekening 2025?",
                        "oldest year printed is the rekening 2027", {"absent": {"pdf": ["2025"]}}), DRV)
single("aa-drv-r2", ref("Hoeveel brengt de toeristenbelasting in Dravenzijl op?",
                        "no tourist tax in the document", {"absent": {"pdf": ["toeristen", "logies"]}}), DRV)
single("aa-drv-r3", ref("Hoeveel parkeerplaatsen zijn er in het centrum?",
                        "taakveld Parkeren has amounts only, no count of places",
                        {"absent": {"pdf": ["parkeerplaats", "parkeervak"]}}), DRV)
single("aa-drv-r4", ref("Wat geeft de gemeente Ekkerwolde uit aan jeugdhulp?",
                        "Ekkerwolde is only a deelnemer in the BSZ sheet; no budget of Ekkerwolde in the corpus",
                        {"absent": {"pdf": ["Ekkerwolde"], "htm": ["jeugd"]}}), None)
single("aa-drv-r5", ref("Wat is de gemiddelde WOZ-waarde van een woning in 2029?",
                        "the indicator is printed for 2028 only",
                        {"row_period": ("Tabel B.1", "Gemiddelde WOZ-waarde", "2028")}), DRV)
single("aa-drv-t1", txt("Wat doet de gemeente tegen eenzaamheid onder ouderen?",
                        ["Samen aan tafel", ["maatje", "huisbezoek"]], DRV, "pdf",
                        "Met het project Samen aan tafel koppelen we"), DRV)
single("aa-drv-t2", txt("Waarom gaat er in 2029 meer geld naar schoolgebouwen?",
                        ["IKC Oudekamp", ["tijdelijke huisvesting", "kapitaallasten"]], DRV, "pdf",
                        "De lasten van onderwijshuisvesting stijgen in 2029"), DRV)
single("aa-drv-t3", txt("Wat is het Dorpsfonds precies?", [["25.000", "25000"], ["kern", "initiatie"]], DRV, "pdf",
                        "Het Dorpsfonds blijft bestaan"), DRV)
single("aa-drv-t4", txt("Hoe wil Dravenzijl zorgen dat er minder restafval komt?",
                        [["omgekeerd inzamelen", "omgekeerde inzameling"]], DRV, "pdf",
                        "We voeren in 2029 omgekeerd inzamelen in"), DRV)
single("aa-drv-t5", txt("Welke grote financiële risico's noemt de begroting van Dravenzijl?",
                        ["jeugdhulp", ["Weiveld-Zuid", "grondexploitatie"]], DRV, "pdf",
                        "Open-einderegelingen jeugdhulp en Wmo"), None)

# ---- BSZ, single figure questions
BL, BD, BA, RS, PS, KG = ("Baten en lasten", "Bijdragen deelnemers", "Balans", "Reserves", "Personeel",
                          "Kengetallen")
single("aa-bsz-01", fig(
    "Wat heeft de WOZ-waardering in 2028 werkelijk gekost?", 2268000, "EUR", BSZ,
    {"a": H(BL, "WOZ-waardering", 4, "2.268")}, "a"), BSZ)
single("aa-bsz-02", fig(
    "Hoeveel geld was er oorspronkelijk begroot voor bezwaar en beroep?", 640000, "EUR", BSZ,
    {"a": H(BL, "Bezwaar en beroep", 2, "640")}, "a",
    note="oorspronkelijk = Begroting 2028 primitief (not na wijziging)"), BSZ)
single("aa-bsz-03", fig(
    "Hoeveel betaalt Vrijenhaven na de begrotingswijziging aan de Belastingsamenwerking Zwinvaart?", 1680011,
    "EUR", BSZ, {"a": H(BD, "Vrijenhaven", 6, "1.680.011", scale=1)}, "a"), None)
single("aa-bsz-04", fig(
    "Welk percentage van de kosten draagt Mossinghe volgens de verdeelsleutel?", 14.21, "percent", BSZ,
    {"a": H(BD, "Mossinghe", 4, "14,21%", scale=1)}, "a", tol=0.01,
    note="displayed 14,21%; x:num holds 0.14207..; tolerance covers both"), BSZ)
single("aa-bsz-05", fig(
    "Hoeveel krijgt Gerlebeek terug van het resultaat over 2028?", 45758, "EUR", BSZ,
    {"a": H(BD, "Gerlebeek", 7, "-45.758", scale=1)}, "abs(a)",
    note="printed negative = amount the deelnemer gets back"), BSZ)
single("aa-bsz-06", fig(
    "Hoe groot was het eigen vermogen van de belastingsamenwerking eind 2028?", 792000, "EUR", BSZ,
    {"a": H(BA, "Totaal eigen vermogen", 1, "792")}, "a"), BSZ)
single("aa-bsz-07", fig(
    "Hoeveel fte werkten er eind 2028 bij de BSZ?", 56.1, "count", BSZ,
    {"a": H(PS, "Totaal", 2, "56,1", scale=1)}, "a", note="bezetting 31-12-2028, not formatie"), BSZ)
single("aa-bsz-08", fig(
    "Wat was het ziekteverzuim?", 6.8, "percent", BSZ,
    {"a": H(PS, "Ziekteverzuim", 2, "6,8%", scale=1)}, "a", accept=["6.83"],
    note="no year: jaarstukken 2028, so the reporting year 2028 is meant (2027 is the comparison column); x:num holds 0.0683"), BSZ)
single("aa-bsz-09", fig(
    "Welk deel van de opgelegde aanslagen is in 2028 binnen het jaar betaald?", 97.4, "percent", BSZ,
    {"a": H(KG, "Invorderingspercentage", 3, "97,4%", scale=1)}, "a"), BSZ)
single("aa-bsz-10", fig(
    "Hoeveel bezwaarschriften tegen de WOZ-waarde kwamen er in 2028 binnen?", 1102, "count", BSZ,
    {"a": H(KG, "Aantal WOZ-bezwaarschriften", 3, "1.102", scale=1)}, "a"), BSZ)
single("aa-bsz-11", fig(
    "Hoeveel ging de overhead over het budget na wijziging heen?", 72000, "EUR", BSZ,
    {"a": H(BL, "Overhead", 5, "72"), "b": H(BL, "Overhead", 4, "2.552"), "c": H(BL, "Overhead", 3, "2.480")},
    "a", note="Verschil column (E - D) of the row Overhead = b - c"), BSZ)
single("aa-bsz-12", fig(
    "Wat kost de Belastingsamenwerking Zwinvaart per WOZ-object volgens de begroting 2028?", 33.90, "EUR", BSZ,
    {"a": H(KG, "Kosten per WOZ-object", 2, "€ 33,90", scale=1)}, "a"), None)

# ---- BSZ, conversations
conv("aa-bsz-c1", BSZ, [
    fig("Wat is de bijdrage van Ekkerwolde na de eerste wijziging?", 1373602, "EUR", BSZ,
        {"a": H(BD, "Ekkerwolde", 6, "1.373.602", scale=1)}, "a"),
    fig("Hoeveel is dat per inwoner?", 49.33, "EUR", BSZ,
        {"a": H(BD, "Ekkerwolde", 6, "1.373.602", scale=1), "b": H(BD, "Ekkerwolde", 1, "27.845", scale=1)},
        "a / b", tol=0.05),
    fig("En wat stond er in de oorspronkelijke begroting voor Ekkerwolde?", 1357003, "EUR", BSZ,
        {"a": H(BD, "Ekkerwolde", 5, "1.357.003", scale=1)}, "a"),
])
conv("aa-bsz-c2", BSZ, [
    fig("Wat waren de totale lasten in 2028?", 8261000, "EUR", BSZ,
        {"a": H(BL, "Totaal lasten", 4, "8.261")}, "a", note="jaarstukken: realisatie 2028"),
    fig("En hoeveel was er na wijziging begroot?", 8320000, "EUR", BSZ,
        {"a": H(BL, "Totaal lasten", 3, "8.320")}, "a"),
    fig("Hoeveel procent is er dus minder uitgegeven dan begroot?", 0.71, "percent", BSZ,
        {"a": H(BL, "Totaal lasten", 3, "8.320"), "b": H(BL, "Totaal lasten", 4, "8.261")}, "(a - b) / a * 100",
        tol=0.06),
])
conv("aa-bsz-c3", BSZ, [
    fig("Hoeveel fte is er formatief voor de afdeling invordering?", 9.5, "count", BSZ,
        {"a": H(PS, "Invordering", 1, "9,5", scale=1)}, "a"),
    ref("En hoeveel mensen werkten daar eind 2026?", "bezetting is printed for 31-12-2027 and 31-12-2028 only",
        {"absent": {"htm": ["2026"]}}),
])
conv("aa-bsz-c4", BSZ, [
    fig("Wat heeft het heffen en innen voor het waterschap in 2028 opgebracht?", 1180000, "EUR", BSZ,
        {"a": H(BL, "Heffing en inning voor waterschap", 4, "1.180")}, "a"),
    ref("En wat is daarvoor in 2029 geraamd?", "jaarstukken 2028; no 2029 figures",
        {"absent": {"htm": ["2029"]}}),
])

# ---- BSZ, refusals and text
single("aa-bsz-r1", ref("Hoeveel betaalt de gemeente Dravenzijl aan de Belastingsamenwerking Zwinvaart?",
                        "Dravenzijl is not a deelnemer; its begroting does not mention the BSZ",
                        {"absent": {"htm": ["Dravenzijl"], "pdf": ["Zwinvaart", "belastingsamenwerking"]}}), None)
single("aa-bsz-r2", ref("Hoeveel kwijtscheldingsverzoeken zijn er in 2028 toegekend?",
                        "only the percentage handled within 8 weeks is printed, not the number granted",
                        {"absent": {"htm": ["toegekend", "toekenning", "aantal kwijtschelding"]}}), BSZ)
single("aa-bsz-r3", ref("Wat verdiende de directeur van de belastingsamenwerking in 2028?",
                        "no WNT/bezoldiging information",
                        {"absent": {"htm": ["WNT", "bezoldiging", "salaris directeur"]}}), BSZ)
single("aa-bsz-t1", txt("Waarom waren de kosten voor bezwaar en beroep lager dan begroot?",
                        [["eerst bellen", "telefonisch"]], BSZ, "htm", "Minder bezwaarschriften door de aanpak"), BSZ)
single("aa-bsz-t2", txt("Wat gebeurt er met het overschot over 2028?", ["terug", ["verdeelsleutel", "naar rato"]], BSZ, "htm",
                        "Toelichting resultaat: het algemeen bestuur stelt voor"), BSZ)
single("aa-bsz-t3", txt("Hoe wordt berekend hoeveel elke gemeente moet bijdragen?", ["WOZ-objecten", "aanslag"],
                        BSZ, "htm", "Verdeelsleutel: 60% op basis van het aantal WOZ-objecten"), BSZ)
single("aa-bsz-t4", txt("Waarom is het ziekteverzuim bij de belastingsamenwerking gestegen?", ["langdurig"], BSZ,
                        "htm", "Het verzuim is gestegen door enkele langdurige zieken"), BSZ)


# --------------------------------------------------------------------------- YAML writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def describe(c):
    if c["doc"] == "pdf":
        sc = f" x {c['scale']}" if c["scale"] != 1 else ""
        occ = f" (occurrence {c['occ'] + 1})" if c["occ"] else ""
        return f"PDF {c['table']}, row '{c['row']}'{occ}, column #{c['col']}: '{c['printed']}'{sc}"
    if c["doc"] == "htm":
        sc = f" x {c['scale']}" if c["scale"] != 1 else ""
        return f"HTM sheet '{c['sheet']}', row '{c['row']}', column {'ABCDEFGHIJ'[c['col']]}: '{c['printed']}'{sc}"
    return f"PDF text '{c['snippet']}' = {c['value']:g}"


def fmt_num(v):
    if isinstance(v, float) and v.is_integer() and abs(v) > 1000:
        v = int(v)
    return repr(v) if isinstance(v, float) else str(v)


def turn_yaml(t, indent, with_muni_scope=None, first_key_dash=False):
    pad = " " * indent
    lines = []
    if t["kind"] == "figure":
        for name, c in t["cells"].items():
            lines.append(f"{pad}# cell {name}: {describe(c)}")
        lines.append(f"{pad}# value = {t['calc']}" + (f"; accept = {', '.join(t['accept'])}" if t["accept"] else ""))
        if t.get("note"):
            lines.append(f"{pad}# note: {t['note']}")
    elif t["kind"] == "refusal":
        lines.append(f"{pad}# refusal: {t['reason']}")
    elif t["kind"] == "text":
        lines.append(f"{pad}# passage: \"{t['passage']} ...\"")
    return lines


def expect_yaml(t, resolved_accept):
    if t["kind"] == "figure":
        parts = [f"value: {fmt_num(t['value'])}"]
        if resolved_accept:
            parts.append("accept: [" + ", ".join(fmt_num(v) for v in resolved_accept) + "]")
        if t["tolerance"] is not None:
            parts.append(f"tolerance: {t['tolerance']}")
        if t["unit"]:
            parts.append(f"unit: {t['unit']}")
        parts.append(f"municipality: {q(t['municipality'])}")
        return "{" + ", ".join(parts) + "}"
    if t["kind"] == "text":
        inc = ", ".join("[" + ", ".join(q(a) for a in i) + "]" if isinstance(i, list) else q(i)
                        for i in t["include"])
        return "{include: [" + inc + "], municipality: " + q(t["municipality"]) + "}"
    return None


def write(resolve_accept):
    """resolve_accept(turn) -> list of numeric accept values (check.py computes them from the printed cells)."""
    out = ["# Held-out evaluation set aa (format: /work/shared/evals/FORMAT.md).",
           "# Documents (corpus/manifest.yaml):",
           "#   - dravenzijl-programmabegroting-2029: Programmabegroting 2029 en meerjarenraming 2030-2032,",
           "#     gemeente Dravenzijl (fictional; PDF made with PyMuPDF)",
           "#   - bsz-jaarstukken-2028: Jaarstukken 2028, Belastingsamenwerking Zwinvaart (fictional",
           "#     gemeenschappelijke regeling; HTML saved from Microsoft Excel)",
           "# Generated by source/cases_spec.py; verified by source/check.py. Each figure turn lists the printed",
           "# cells it comes from (column # = index in the table's last header line, 0 = label column) and the",
           "# computation.",
           "version: 1",
           "cases:"]
    for c in CASES:
        scope = c["scope"]
        if len(c["turns"]) == 1:
            t = c["turns"][0]
            out += turn_yaml(t, 0)
            out.append(f"- id: {c['id']}")
            out.append(f"  question: {q(t['question'])}")
            if scope:
                out.append(f"  municipality: {q(scope)}")
            out.append(f"  kind: {t['kind']}")
            e = expect_yaml(t, resolve_accept(t) if t["kind"] == "figure" else None)
            if e:
                out.append(f"  expect: {e}")
        else:
            out.append(f"- id: {c['id']}")
            if scope:
                out.append(f"  municipality: {q(scope)}")
            out.append("  turns:")
            for t in c["turns"]:
                out += turn_yaml(t, 2)
                out.append(f"  - question: {q(t['question'])}")
                out.append(f"    kind: {t['kind']}")
                e = expect_yaml(t, resolve_accept(t) if t["kind"] == "figure" else None)
                if e:
                    out.append(f"    expect: {e}")
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    return OUT


def _resolve_from_spec(t):
    """Accept values computed from the cells' printed values (same parser as check.py)."""
    from check import cell_value, safe_eval
    vals = []
    for expr in t["accept"]:
        try:
            vals.append(float(expr))
        except ValueError:
            env = {k: cell_value(c) for k, c in t["cells"].items()}
            vals.append(safe_eval(expr, env))
    return [int(v) if float(v).is_integer() else round(v, 4) for v in vals]


if __name__ == "__main__":
    print("wrote", write(_resolve_from_spec))
