"""Case specification for evaluation set Y, and writer for ../cases.yaml.

Every figure turn names
  ev    : the printed evidence it rests on (document table cells or prose snippets),
  calc  : the arithmetic the question asks for over those printed values,
  data  : the same figure computed from the data module (generators' source),
and check.py verifies that calc(ev) == data() == the value written in cases.yaml.

Usage: python cases_spec.py   (writes ../cases.yaml)
"""
import os

import data as D

HERE = os.path.dirname(os.path.abspath(__file__))
MUNI = "Brederwijde"
GR = "Recreatieschap Marrevelden"


# ---- evidence constructors --------------------------------------------------
def P(anchors, label, col, scale=1):
    """A cell in the PDF: after the anchors (in order), the line containing `label`,
    numeric token `col` after the label (negative = from the end), times `scale`."""
    return ("pdf", tuple(anchors), label, col, scale)


def H(table_id, label, col, scale=1):
    """A cell in the HTML div-table with id `table_id`: row whose first cell is `label`,
    cell `col` after the label, times `scale`."""
    return ("html", table_id, label, col, scale)


def TP(snippet, value):
    """A figure that occurs in the running text of the PDF."""
    return ("pdftext", snippet, value)


def TH(snippet, value):
    return ("htmltext", snippet, value)


# ---- data helpers -------------------------------------------------------------
def prog(nr):
    return next(p for p in D.PROGRAMMES if p["nr"] == nr)


def tv(nr, side, code, year):
    p = prog(nr)
    v = dict((c, vals) for c, _, vals in p[side])[code][D.YEARS.index(year)]
    return D.to_euro(v, p["scale"])


def ptot(nr, key, year):
    p = prog(nr)
    return D.to_euro(D.programme_totals(p)[key][D.YEARS.index(year)], p["scale"])


def ov(key, year):
    return D.overzicht()[key][D.YEARS.index(year)] * 1000


def st(key, year):
    return D.structureel()[key][D.INCIDENTEEL_YEARS.index(year)] * 1000


def keng(label, year):
    vals = dict(D.KENGETALLEN)[label]
    if vals is None:
        vals = D.struct_exploitatieruimte()
    return vals[D.YEARS.index(year)]


def res27(name, what):
    r = next(r for r in D.RESERVES_2027 if r[0] == name)
    return {"begin": r[1], "eind": r[1] + r[2] - r[3]}[what] * 1000


def ld(label, col):
    r = next(r for r in D.LASTENDRUK if r[0] == label)
    return {"2026": r[2], "2027": r[3]}[col]


def inv(nr, col):
    r = next(r for r in D.INVESTERINGEN if r[0] == nr)
    return sum(r[4]) if col == "tot" else r[4][D.INCIDENTEEL_YEARS.index(col)]


def bi(ind, which):
    r = next(r for r in D.BELEIDSINDICATOREN if r[1] == ind)
    return float((r[4] if which == "gem" else r[5]).replace(".", "").replace(",", "."))


def grl(label, col):
    return dict(D.GR_LASTEN + D.GR_BATEN)[label][col]


def grd(name, col):
    r = next(r for r in D.GR_DEELNEMERS if r[0] == name)
    return {"begroot": r[2], "werkelijk": r[3]}[col]


def grb(label, col):
    b = D.gr_balans()
    for key in ("va", "vl_a", "vast_p", "vl_p", "ev"):
        for r in b[key]:
            if r[0] == label:
                return r[1 + col] * 1000
    raise KeyError(label)


def grr(name, what):
    rows, _ = D.gr_reserves()
    r = next(r for r in rows if r[0] == name)
    return {"begin": r[1], "toev": r[2], "ontt": r[3], "eind": r[4]}[what]


def prose_int(s):
    return float(s.replace("€", "").replace("%", "").replace(".", "").replace(",", ".").strip())


# ---- anchors ---------------------------------------------------------------------
T1 = "Tabel 1.1"
T2 = {n: f"Tabel 2.{n} " for n in range(1, 7)}
LAST = "Lasten per taakveld"
BAT = "Baten per taakveld"
Y = {y: i for i, y in enumerate(D.YEARS)}
IY = {y: i for i, y in enumerate(D.INCIDENTEEL_YEARS)}


def fig(question, value_fn, ev, calc, unit, muni, tol=None, accept=None, signed=None):
    return {"question": question, "kind": "figure", "data": value_fn, "ev": ev, "calc": calc,
            "unit": unit, "muni": muni, "tol": tol, "accept": accept, "signed": signed}


def refusal(question):
    return {"question": question, "kind": "refusal"}


def text(question, include, muni, exclude=None):
    return {"question": question, "kind": "text", "include": include, "muni": muni, "exclude": exclude}


first = lambda v: v[0]
diff = lambda v: v[0] - v[1]
add = lambda v: v[0] + v[1]
pct_change = lambda v: (v[0] - v[1]) / v[1] * 100

CASES = [
    # ======================= Gemeente Brederwijde (PDF) =======================
    {"id": "y-sd-lasten-conv", "municipality": MUNI, "turns": [
        fig("Hoeveel geeft Brederwijde in 2027 uit aan het sociaal domein?",
            lambda: ptot(2, "lasten", "2027"),
            [P([T2[2], LAST], "Totaal lasten", Y["2027"])], first, "EUR", MUNI, tol=1,
            accept=[("ov", [P([T1, "Lasten per programma"], "Programma 2 Sociaal Domein", Y["2027"], 1000)])]),
        fig("Hoeveel is dat per inwoner?",
            lambda: round(ptot(2, "lasten", "2027") / D.MUNI["inwoners"], 2),
            [P([T2[2], LAST], "Totaal lasten", Y["2027"]), TP("telde onze gemeente 31.842 inwoners", 31842)],
            lambda v: round(v[0] / v[1], 2), "EUR", MUNI, tol=0.5),
        fig("En wat staat daar in 2029 aan inkomsten tegenover?",
            lambda: ptot(2, "baten", "2029"),
            [P([T2[2], BAT], "Totaal baten", Y["2029"])], first, "EUR", MUNI, tol=1,
            accept=[("ov", [P([T1, "Baten per programma"], "Programma 2 Sociaal Domein", Y["2029"], 1000)])]),
    ]},
    {"id": "y-brandweer-conv", "municipality": MUNI, "turns": [
        fig("Wat kost brandweer en crisisbeheersing de gemeente in 2027?",
            lambda: tv(1, "lasten", "1.1", "2027"),
            [P([T2[1], LAST], "1.1 Crisisbeheersing en brandweer", Y["2027"], 1000)], first, "EUR", MUNI),
        fig("en wat was dat in de rekening 2025?",
            lambda: tv(1, "lasten", "1.1", "2025"),
            [P([T2[1], LAST], "1.1 Crisisbeheersing en brandweer", Y["2025"], 1000)], first, "EUR", MUNI),
        fig("Met hoeveel procent is dat dus gestegen van 2025 naar 2027?",
            lambda: round((tv(1, "lasten", "1.1", "2027") - tv(1, "lasten", "1.1", "2025"))
                          / tv(1, "lasten", "1.1", "2025") * 100, 2),
            [P([T2[1], LAST], "1.1 Crisisbeheersing en brandweer", Y["2027"], 1000),
             P([T2[1], LAST], "1.1 Crisisbeheersing en brandweer", Y["2025"], 1000)],
            lambda v: round(pct_change(v), 2), "percent", MUNI, tol=0.05),
    ]},
    {"id": "y-veiligheidsregio", "municipality": MUNI, "turns": [
        fig("Hoe groot is de bijdrage van Brederwijde aan de veiligheidsregio in 2027?",
            lambda: prose_int(D.PROSE_MUNI["vr_bijdrage"]),
            [TP("Onze bijdrage voor 2027 bedraagt € 1.962.300", 1962300)], first, "EUR", MUNI),
    ]},
    {"id": "y-sport-conv", "municipality": MUNI, "turns": [
        fig("Wat zijn de kosten van de sportaccommodaties in de begroting 2027?",
            lambda: tv(3, "lasten", "5.2", "2027"),
            [P([T2[3], LAST], "5.2 Sportaccommodaties", Y["2027"])], first, "EUR", MUNI),
        fig("En de opbrengsten daarvan?",
            lambda: tv(3, "baten", "5.2", "2027"),
            [P([T2[3], BAT], "5.2 Sportaccommodaties", Y["2027"])], first, "EUR", MUNI),
        fig("Hoeveel legt de gemeente er dan per saldo op toe?",
            lambda: tv(3, "lasten", "5.2", "2027") - tv(3, "baten", "5.2", "2027"),
            [P([T2[3], LAST], "5.2 Sportaccommodaties", Y["2027"]),
             P([T2[3], BAT], "5.2 Sportaccommodaties", Y["2027"])], diff, "EUR", MUNI),
    ]},
    {"id": "y-cultuur-verschil", "municipality": MUNI, "turns": [
        fig("Hoeveel meer gaat er in 2027 naar cultuur dan in de gewijzigde begroting van 2026?",
            lambda: tv(3, "lasten", "5.3", "2027") - tv(3, "lasten", "5.3", "2026"),
            [P([T2[3], LAST], "5.3 Cultuurpresentatie, -productie en -participatie", Y["2027"]),
             P([T2[3], LAST], "5.3 Cultuurpresentatie, -productie en -participatie", Y["2026"])], diff, "EUR", MUNI),
    ]},
    {"id": "y-afval-conv", "municipality": MUNI, "turns": [
        fig("Wat kost het ophalen en verweken van afval in 2029?",
            lambda: tv(4, "lasten", "7.3", "2029"),
            [P([T2[4], LAST], "7.3 Afval", Y["2029"], 1000)], first, "EUR", MUNI),
        fig("En hoeveel komt er dat jaar binnen voor afval?",
            lambda: tv(4, "baten", "7.3", "2029"),
            [P([T2[4], BAT], "7.3 Afval", Y["2029"], 1000)], first, "EUR", MUNI),
    ]},
    {"id": "y-riool-overschot", "municipality": MUNI, "turns": [
        fig("Wat blijft er in 2027 over op riolering als je de baten minus de lasten neemt?",
            lambda: tv(4, "baten", "7.2", "2027") - tv(4, "lasten", "7.2", "2027"),
            [P([T2[4], BAT], "7.2 Riolering", Y["2027"], 1000),
             P([T2[4], LAST], "7.2 Riolering", Y["2027"], 1000)], diff, "EUR", MUNI),
    ]},
    {"id": "y-toerisme-baten", "municipality": MUNI, "turns": [
        fig("Wat levert economische promotie, waaronder de toeristenbelasting, in 2028 op?",
            lambda: tv(5, "baten", "3.4", "2028"),
            [P([T2[5], BAT], "3.4 Economische promotie", Y["2028"])], first, "EUR", MUNI, tol=1),
    ]},
    {"id": "y-gemeentefonds-conv", "municipality": MUNI, "turns": [
        fig("Hoe hoog is de algemene uitkering uit het gemeentenfonds in 2027?",
            lambda: tv(6, "baten", "0.7", "2027"),
            [P([T2[6], BAT], "0.7 Algemene uitkering gemeentefonds", Y["2027"], 1000)], first, "EUR", MUNI),
        fig("Hoeveel hoger is dat dan in 2026?",
            lambda: tv(6, "baten", "0.7", "2027") - tv(6, "baten", "0.7", "2026"),
            [P([T2[6], BAT], "0.7 Algemene uitkering gemeentefonds", Y["2027"], 1000),
             P([T2[6], BAT], "0.7 Algemene uitkering gemeentefonds", Y["2026"], 1000)], diff, "EUR", MUNI),
    ]},
    {"id": "y-ozb-opbrengst", "municipality": MUNI, "turns": [
        fig("Wat brengt de ozb voor woningen en niet woningen samen op in 2027?",
            lambda: tv(6, "baten", "0.61", "2027") + tv(6, "baten", "0.62", "2027"),
            [P([T2[6], BAT], "0.61 OZB woningen", Y["2027"], 1000),
             P([T2[6], BAT], "0.62 OZB niet-woningen", Y["2027"], 1000)], add, "EUR", MUNI),
    ]},
    {"id": "y-totale-lasten-2027", "turns": [
        fig("Wat zijn de totale lasten in de begroting 2027 van Brederwijde?",
            lambda: ov("tot_lasten", "2027"),
            [P([T1], "Totaal lasten", Y["2027"], 1000)], first, "EUR", MUNI),
    ]},
    {"id": "y-saldo-conv", "municipality": MUNI, "turns": [
        fig("Met welk saldo sluit de meerjarenraming voor 2029, na de reserves?",
            lambda: ov("resultaat", "2029"),
            [P([T1], "Begrotingssaldo na reserves", Y["2029"], 1000)], first, "EUR", MUNI),
        fig("En hoe groot is het structurele saldo in dat jaar?",
            lambda: st("structureel", "2029"),
            [P(["Tabel 1.2"], "Structureel begrotingssaldo", IY["2029"], 1000)], first, "EUR", MUNI),
    ]},
    {"id": "y-structureel-2027", "municipality": MUNI, "turns": [
        fig("Is de begroting 2027 structureel sluitend? Hoe groot is het structureel saldo?",
            lambda: st("structureel", "2027"),
            [P(["Tabel 1.2"], "Structureel begrotingssaldo", IY["2027"], 1000)], first, "EUR", MUNI),
    ]},
    {"id": "y-incidentele-lasten", "municipality": MUNI, "turns": [
        fig("Hoeveel eenmalige (incidentele) lasten zitten er in de begroting 2027?",
            lambda: st("inc_lasten", "2027"),
            [P(["Tabel 1.3"], "Totaal incidentele lasten", IY["2027"], 1000)], first, "EUR", MUNI),
    ]},
    {"id": "y-algemene-reserve", "municipality": MUNI, "turns": [
        fig("Hoe groot is de algemene reserve eind 2027 volgens de begroting?",
            lambda: res27("Algemene reserve", "eind"),
            [P(["Tabel 2.7"], "Algemene reserve", 3, 1000)], first, "EUR", MUNI),
    ]},
    {"id": "y-schuldquote-conv", "municipality": MUNI, "turns": [
        fig("Wat is de netto schuldquote in 2027?",
            lambda: keng("1a. Netto schuldquote", "2027"),
            [P(["Tabel 3.2"], "1a. Netto schuldquote", Y["2027"])], first, "percent", MUNI),
        fig("en in 2030?",
            lambda: keng("1a. Netto schuldquote", "2030"),
            [P(["Tabel 3.2"], "1a. Netto schuldquote", Y["2030"])], first, "percent", MUNI),
        refusal("En in 2031?"),
    ]},
    {"id": "y-exploitatieruimte", "municipality": MUNI, "turns": [
        fig("Wat is de structurele exploitatieruimte voor het begrotingsjaar?",
            lambda: keng("3. Structurele exploitatieruimte", "2027"),
            [P(["Tabel 3.2"], "3. Structurele exploitatieruimte", Y["2027"])], first, "percent", MUNI),
    ]},
    {"id": "y-ozb-tarief-conv", "municipality": MUNI, "turns": [
        fig("Wat is het OZB tarief voor woningeigenaren in 2027?",
            lambda: ld("OZB woningen, eigenaar", "2027"),
            [P(["Tabel 3.1"], "OZB woningen, eigenaar", 1)], first, "percent", MUNI),
        fig("Met hoeveel procent stijgt dat tarief ten opzichte van 2026?",
            lambda: round((ld("OZB woningen, eigenaar", "2027") - ld("OZB woningen, eigenaar", "2026"))
                          / ld("OZB woningen, eigenaar", "2026") * 100, 1),
            [P(["Tabel 3.1"], "OZB woningen, eigenaar", 2)], first, "percent", MUNI, tol=0.05),
    ]},
    {"id": "y-afval-riool-samen", "municipality": MUNI, "turns": [
        fig("Wat betaalt een gezin (meerpersoonshuishouden) in 2027 aan afvalstoffenheffing en rioolheffing bij elkaar?",
            lambda: ld("Afvalstoffenheffing meerpersoonshuishouden", "2027") + ld("Rioolheffing", "2027"),
            [P(["Tabel 3.1"], "Afvalstoffenheffing meerpersoonshuishouden", 1),
             P(["Tabel 3.1"], "Rioolheffing", 1)], lambda v: round(v[0] + v[1], 2), "EUR", MUNI, tol=0.01),
    ]},
    {"id": "y-ikc-totaal", "municipality": MUNI, "turns": [
        fig("Wat kost de uitbreiding van IKC De Horizon in totaal over 2027 tot en met 2030?",
            lambda: inv(5, "tot"),
            [P(["Tabel 4.1"], "Uitbreiding IKC De Horizon", 6)], first, "EUR", MUNI),
    ]},
    {"id": "y-jeugdhulp-indicator-conv", "municipality": MUNI, "turns": [
        fig("Welk percentage jongeren in Brederwijde heeft jeugdhulp?",
            lambda: bi("Jongeren met jeugdhulp", "gem"),
            [P(["Tabel B1.1"], "Jongeren met jeugdhulp", -2)], first, "percent", MUNI),
        fig("En hoe zit dat landelijk?",
            lambda: bi("Jongeren met jeugdhulp", "nl"),
            [P(["Tabel B1.1"], "Jongeren met jeugdhulp", -1)], first, "percent", MUNI),
    ]},
    {"id": "y-woz-waarde", "municipality": MUNI, "turns": [
        fig("Wat is de gemiddelde WOZ-waarde van een woning in Brederwijde?",
            lambda: bi("Gemiddelde WOZ-waarde", "gem") * 1000,
            [P(["Tabel B1.1"], "Gemiddelde WOZ-waarde", -2, 1000)], first, "EUR", MUNI),
    ]},
    {"id": "y-inwoners", "turns": [
        fig("Hoeveel inwoners heeft de gemeente Brederwijde?",
            lambda: D.MUNI["inwoners"],
            [TP("telde onze gemeente 31.842 inwoners", 31842)], first, "count", MUNI),
    ]},
    {"id": "y-veiligheidsgevoel", "municipality": MUNI, "turns": [
        fig("Hoeveel procent van de inwoners voelt zich veilig in de eigen buurt?",
            lambda: prose_int(D.PROSE_MUNI["veilig_pct"]),
            [TP("blijkt dat 84% van de inwoners zich (vaak) veilig voelt", 84)], first, "percent", MUNI),
    ]},
    {"id": "y-jeugd-ggz", "municipality": MUNI, "turns": [
        fig("Hoeveel geld gaat er in 2027 naar specialistische jeugd-ggz?",
            lambda: 2400000,
            [TP("besteden we in 2027 ruim € 2,4 miljoen aan specialistische jeugd-GGZ", 2400000)],
            first, "EUR", MUNI),
    ]},
    {"id": "y-werkloosheid", "municipality": MUNI, "turns": [
        fig("Hoe hoog is de werkloosheid in brederwijde?",
            lambda: prose_int(D.PROSE_MUNI["werkloosheid"]),
            [TP("De werkloosheid in Brederwijde bedraagt 3,1%", 3.1)], first, "percent", MUNI),
    ]},
    # ======================= Recreatieschap Marrevelden (HTML) =======================
    {"id": "y-gr-lasten-realisatie", "municipality": GR, "turns": [
        fig("Wat heeft het recreatieschap in 2026 in totaal aan lasten gehad?",
            lambda: D.gr_totals()["lasten"][2],
            [H("tbl-baten-lasten", "Totaal lasten", 2)], first, "EUR", GR),
    ]},
    {"id": "y-gr-bijdrage-conv", "municipality": GR, "turns": [
        fig("Hoeveel heeft Tolbergen in 2026 werkelijk bijgedragen aan het schap?",
            lambda: grd("Gemeente Tolbergen", "werkelijk"),
            [H("tbl-deelnemers", "Gemeente Tolbergen", 2)], first, "EUR", GR),
        fig("En Kievitshorn?",
            lambda: grd("Gemeente Kievitshorn", "werkelijk"),
            [H("tbl-deelnemers", "Gemeente Kievitshorn", 2)], first, "EUR", GR),
        fig("Hoeveel meer was dat dan oorspronkelijk begroot?",
            lambda: grd("Gemeente Kievitshorn", "werkelijk") - grd("Gemeente Kievitshorn", "begroot"),
            [H("tbl-deelnemers", "Gemeente Kievitshorn", 2), H("tbl-deelnemers", "Gemeente Kievitshorn", 1)],
            diff, "EUR", GR),
    ]},
    {"id": "y-gr-bijdragen-totaal", "municipality": GR, "turns": [
        fig("Wat kreeg het schap in totaal binnen aan bijdragen van de deelnemende gemeenten?",
            lambda: sum(r[3] for r in D.GR_DEELNEMERS),
            [H("tbl-deelnemers", "Totaal", 2)], first, "EUR", GR),
    ]},
    {"id": "y-gr-jachthaven-conv", "municipality": GR, "turns": [
        fig("Hoeveel verdiende het schap in 2026 aan de jachthaven en de camping?",
            lambda: grl("Opbrengsten jachthaven en camping", 2),
            [H("tbl-baten-lasten", "Opbrengsten jachthaven en camping", 2)], first, "EUR", GR),
        fig("Hoeveel hoger was dat dan begroot?",
            lambda: grl("Opbrengsten jachthaven en camping", 2) - grl("Opbrengsten jachthaven en camping", 1),
            [H("tbl-baten-lasten", "Opbrengsten jachthaven en camping", 2),
             H("tbl-baten-lasten", "Opbrengsten jachthaven en camping", 1)], diff, "EUR", GR),
    ]},
    {"id": "y-gr-resultaat-conv", "municipality": GR, "turns": [
        fig("Wat was het resultaat van het recreatieschap voor bestemming?",
            lambda: D.gr_totals()["saldo"][2],
            [H("tbl-resultaat", "Resultaat voor bestemming", 1)], first, "EUR", GR),
        fig("En na bestemming?",
            lambda: D.gr_totals()["resultaat"][2],
            [H("tbl-resultaat", "Resultaat na bestemming", 1)], first, "EUR", GR),
    ]},
    {"id": "y-gr-liquide", "municipality": GR, "turns": [
        fig("Hoeveel geld had het recreatieschap eind 2026 op de bank staan?",
            lambda: grb("Liquide middelen", 0),
            [H("tbl-balans", "Liquide middelen", 0, 1000)], first, "EUR", GR),
    ]},
    {"id": "y-gr-schuld-afname", "municipality": GR, "turns": [
        fig("Met hoeveel zijn de langlopende leningen van het schap in 2026 afgenomen?",
            lambda: grb("Vaste schulden met een rentetypische looptijd van één jaar of langer", 1)
            - grb("Vaste schulden met een rentetypische looptijd van één jaar of langer", 0),
            [H("tbl-balans", "Vaste schulden met een rentetypische looptijd van één jaar of langer", 1, 1000),
             H("tbl-balans", "Vaste schulden met een rentetypische looptijd van één jaar of langer", 0, 1000)],
            diff, "EUR", GR),
    ]},
    {"id": "y-gr-groot-onderhoud-conv", "municipality": GR, "turns": [
        fig("Hoeveel zat er eind 2026 in de reserve voor groot onderhoud?",
            lambda: grr("Reserve groot onderhoud", "eind"),
            [H("tbl-reserves", "Reserve groot onderhoud", 3)], first, "EUR", GR),
        fig("Hoeveel is er dat jaar uit gehaald?",
            lambda: grr("Reserve groot onderhoud", "ontt"),
            [H("tbl-reserves", "Reserve groot onderhoud", 2)], first, "EUR", GR),
    ]},
    {"id": "y-gr-wnt-conv", "municipality": GR, "turns": [
        fig("Wat was de bezoldiging van de directeur van het recreatieschap in 2026?",
            lambda: sum(D.GR_WNT[k][0] for k in ("beloning", "onkosten", "termijn")),
            [H("tbl-wnt", "Subtotaal", 0)], first, "EUR", GR),
        fig("En wat was het maximum dat voor haar gold?",
            lambda: D.GR_WNT["max"][0],
            [H("tbl-wnt", "Individueel toepasselijk bezoldigingsmaximum", 0)], first, "EUR", GR),
    ]},
    {"id": "y-gr-wnt-fte", "municipality": GR, "turns": [
        fig("Voor hoeveel fte is de directeur in dienst?",
            lambda: float(D.GR_WNT["fte"][0].replace(",", ".")),
            [H("tbl-wnt", "Omvang dienstverband (in fte)", 0)], first, "count", GR),
    ]},
    {"id": "y-gr-solvabiliteit", "municipality": GR, "turns": [
        fig("Wat is de solvabilitetsratio van het schap over 2026?",
            lambda: float(D.gr_kengetallen()[2][2].replace(",", ".")),
            [H("tbl-kengetallen", "Solvabiliteitsratio", 1)], first, "percent", GR),
    ]},
    {"id": "y-gr-bezoekers-conv", "municipality": GR, "turns": [
        fig("Hoeveel bezoekers kwamen er in 2026 naar de recreatiegebieden?",
            lambda: prose_int(D.PROSE_GR["bezoekers"]),
            [TH("Naar schatting bezochten 1.186.400 mensen onze gebieden", 1186400)], first, "count", GR),
        fig("Hoeveel meer dan het jaar ervoor?",
            lambda: prose_int(D.PROSE_GR["bezoekers"]) - prose_int(D.PROSE_GR["bezoekers_2025"]),
            [TH("Naar schatting bezochten 1.186.400 mensen onze gebieden", 1186400),
             TH("tegen 1.094.700 in 2025", 1094700)], diff, "count", GR),
    ]},
    {"id": "y-gr-camping-bezetting", "municipality": GR, "turns": [
        fig("hoe vol zat de camping gemiddeld, als bezettingsgraad?",
            lambda: prose_int(D.PROSE_GR["bezettingsgraad"]),
            [TH("gemiddelde bezettingsgraad van 71%", 71)], first, "percent", GR),
    ]},
    {"id": "y-gr-voorstel-reserve", "municipality": GR, "turns": [
        fig("Hoeveel van het resultaat wil het bestuur in de reserve groot onderhoud stoppen?",
            lambda: prose_int(D.PROSE_GR["toevoeging_voorstel"]),
            [TH("als volgt te bestemmen: € 100.000 toevoegen aan de Reserve groot onderhoud", 100000)],
            first, "EUR", GR),
    ]},

    # ======================= refusals =======================
    {"id": "y-ref-hondenbelasting", "municipality": MUNI, "turns": [
        refusal("Wat is het tarief van de hondenbelasting in Brederwijde in 2027?")]},
    {"id": "y-ref-belastingcapaciteit-2029", "municipality": MUNI, "turns": [
        refusal("Wat is de belastingcapaciteit in 2029?")]},
    {"id": "y-ref-tolbergen-schuldquote", "turns": [
        refusal("Hoe hoog is de netto schuldquote van de gemeente Tolbergen?")]},
    {"id": "y-ref-sport-2024", "municipality": MUNI, "turns": [
        refusal("Hoeveel gaf Brederwijde in 2024 uit aan sportaccommodaties?")]},
    {"id": "y-ref-rioolheffing-bedrijven", "municipality": MUNI, "turns": [
        refusal("Wat betalen bedrijven in Brederwijde in 2027 aan rioolheffing?")]},
    {"id": "y-ref-bezoekers-2024", "municipality": GR, "turns": [
        refusal("Hoeveel bezoekers had het recreatieschap in 2024?")]},
    {"id": "y-ref-brederwijde-bijdrage-schap", "turns": [
        refusal("Hoeveel betaalt Brederwijde jaarlijks aan Recreatieschap Marrevelden?")]},
    {"id": "y-ref-oldemarsum-2027", "municipality": GR, "turns": [
        refusal("Wat is de begrote bijdrage van Oldemarsum aan het schap voor 2027?")]},
    {"id": "y-ref-gr-fte-2025", "municipality": GR, "turns": [
        refusal("Hoeveel fte had het recreatieschap eind 2025 in dienst?")]},

    # ======================= text =======================
    {"id": "y-txt-egalisatie-afval", "municipality": MUNI, "turns": [
        text("Waarvoor dient de egalisatiereserve afvalstoffenheffing?",
             [["schommeling", "egalis", "stabiel"], "afval"], MUNI)]},
    {"id": "y-txt-reserve-sport", "municipality": MUNI, "turns": [
        text("Wat is het doel van de reserve kapitaallasten sportaccommodaties?",
             [["kapitaallasten", "afschrijving"], ["sporthal", "Brede Hoek"]], MUNI)]},
    {"id": "y-txt-vroeg-erbij", "municipality": MUNI, "turns": [
        text("Wat houdt de pilot Vroeg Erbij in?",
             [["praktijkondersteuner", "huisarts", "jeugdverpleegkundig"], ["vroeg", "licht"]], MUNI)]},
    {"id": "y-txt-structureel-saldo", "municipality": MUNI, "turns": [
        text("Wat wordt bedoeld met het structureel begrotingssaldo?",
             [["incidentele", "eenmalig"], ["terugkerende", "structure"]], MUNI)]},
    {"id": "y-txt-doel-iedereen-doet-mee", "municipality": MUNI, "turns": [
        text("Wat wil de gemeente bereiken met het doel 'Iedereen doet mee'?",
             [["meedoen", "mee doen", "naar vermogen"], ["werk", "dagbesteding", "ondersteuning"]], MUNI)]},
    {"id": "y-txt-gr-groot-onderhoud", "municipality": GR, "turns": [
        text("Waar is de reserve groot onderhoud van het recreatieschap voor bedoeld?",
             ["onderhoud", ["spreid", "gelijkmatig", "egalis"]], GR)]},
    {"id": "y-txt-gr-natuurontwikkeling", "municipality": GR, "turns": [
        text("Waarvoor gebruikt het schap de reserve natuurontwikkeling?",
             [["cofinanciering", "provincie"], ["oever", "natuurproject"]], GR)]},
    {"id": "y-txt-gr-resultaatbestemming", "municipality": GR, "turns": [
        text("Wat stelt het bestuur voor om met het resultaat over 2026 te doen?",
             [["groot onderhoud"], ["terug", "deelnemers", "deelnemende gemeenten"]], GR)]},
]


# ---- writer ------------------------------------------------------------------------
def _num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, float):
        return round(x, 4)
    return x


def expect_of(turn):
    if turn["kind"] == "refusal":
        return None
    if turn["kind"] == "text":
        e = {"include": turn["include"], "municipality": turn["muni"]}
        if turn.get("exclude"):
            e["exclude"] = turn["exclude"]
        return e
    v = _num(turn["data"]())
    e = {"value": v}
    if turn["accept"]:
        alts = [v]
        for name, ev in turn["accept"]:
            alts.append(_num(ev[0][4] * ALT_VALUES[(ev[0][1], ev[0][2], ev[0][3])]))
        e["accept"] = alts
    if turn["tol"] is not None:
        e["tolerance"] = turn["tol"]
    e["unit"] = turn["unit"]
    if turn["signed"] is not None:
        e["signed"] = turn["signed"]
    e["municipality"] = turn["muni"]
    return e


def _alt_values():
    """Printed x € 1.000 overview values used as alternative accepted answers."""
    o = D.overzicht()
    out = {}
    for side, anchor in (("lasten", "Lasten per programma"), ("baten", "Baten per programma")):
        for nr, name, vals in o[side]:
            for i, _ in enumerate(D.YEARS):
                out[((T1, anchor), f"Programma {nr} {name}", i)] = vals[i]
    return out


ALT_VALUES = _alt_values()


def to_yaml_obj():
    cases = []
    for c in CASES:
        turns = c["turns"]
        if len(turns) == 1:
            t = turns[0]
            d = {"id": c["id"], "question": t["question"]}
            if c.get("municipality"):
                d["municipality"] = c["municipality"]
            d["kind"] = t["kind"]
            e = expect_of(t)
            if e:
                d["expect"] = e
        else:
            d = {"id": c["id"]}
            if c.get("municipality"):
                d["municipality"] = c["municipality"]
            d["turns"] = []
            for t in turns:
                td = {"question": t["question"], "kind": t["kind"]}
                e = expect_of(t)
                if e:
                    td["expect"] = e
                d["turns"].append(td)
        cases.append(d)
    return {"version": 1, "cases": cases}


HEADER = """# Held-out evaluation set Y (format version 1, see shared/evals/FORMAT.md).
# Documents (corpus/): Gemeente Brederwijde, Programmabegroting 2027 (PDF, fpdf2) and
# Recreatieschap Marrevelden, Jaarstukken 2026 (saved HTML page, div-based tables).
# Both bodies and all figures are fictional. Generated by source/cases_spec.py,
# verified by source/check.py. Amounts in euros after applying each table's scale.
"""


def main():
    import yaml
    obj = to_yaml_obj()
    path = os.path.join(HERE, "..", "cases.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        yaml.safe_dump(obj, fh, allow_unicode=True, sort_keys=False, width=110, default_flow_style=False)
    print(f"wrote {path}: {len(obj['cases'])} cases")


if __name__ == "__main__":
    main()
