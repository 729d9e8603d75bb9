"""Document A (fictional): Gemeente Dinkelland, Programmabegroting 2025.
Every amount, count, tariff and percentage below is made up (seeded random numbers around
plausible magnitudes). Writes build/spec_a.json (blocks for render.js) and registers facts."""
import json
import random

from common import Facts, nl, par, pct, eur

R = random.Random(20250101)
YEARS = ["2023", "2024", "2025", "2026", "2027", "2028"]
FOOT = ("FICTIEF DOCUMENT - alle bedragen, aantallen, tarieven en percentages zijn verzonnen "
        "(testdocument) - Programmabegroting 2025 gemeente Dinkelland")

# --------------------------------------------------------------------------- taakvelden 2025 (euro's)
# code, name, lasten (x1000, rough), baten (x1000, rough), programme, beleidsveld
TV = [
    ("0.1", "Bestuur", 2710, 0, "P4", "Bestuur"),
    ("0.2", "Burgerzaken", 1140, 610, "P4", "Burgerzaken"),
    ("0.3", "Beheer overige gebouwen en gronden", 1390, 590, "P4", "Gebouwen en gronden"),
    ("0.4", "Overhead", 10890, 120, "OH", "Overhead"),
    ("0.5", "Treasury", 160, 1490, "AD", "Treasury"),
    ("0.61", "OZB woningen", 290, 4620, "AD", "Onroerendezaakbelastingen"),
    ("0.62", "OZB niet-woningen", 230, 3510, "AD", "Onroerendezaakbelastingen"),
    ("0.64", "Belastingen overig", 40, 20, "AD", "Overige belastingen"),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", 0, 50800, "AD", "Algemene uitkering"),
    ("0.8", "Overige baten en lasten", 1560, 0, "AD", "Overige baten en lasten"),
    ("0.9", "Vennootschapsbelasting (VpB)", 20, 0, "AD", "Vennootschapsbelasting"),
    ("1.1", "Crisisbeheersing en brandweer", 2510, 0, "P4", "Veiligheid"),
    ("1.2", "Openbare orde en veiligheid", 2480, 30, "P4", "Veiligheid"),
    ("2.1", "Verkeer en vervoer", 5590, 410, "P2", "Verkeer en vervoer"),
    ("2.2", "Parkeren", 40, 0, "P2", "Verkeer en vervoer"),
    ("2.5", "Openbaar vervoer", 10, 20, "P2", "Verkeer en vervoer"),
    ("3.1", "Economische ontwikkeling", 300, 0, "P3", "Economische ontwikkeling"),
    ("3.2", "Fysieke bedrijfsinfrastructuur", 780, 650, "P3", "Bedrijventerreinen"),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", 260, 90, "P3", "Bedrijvenloket"),
    ("3.4", "Economische promotie", 380, 760, "P3", "Toerisme en recreatie"),
    ("4.2", "Onderwijshuisvesting", 1280, 0, "P1", "Onderwijs"),
    ("4.3", "Onderwijsbeleid en leerlingzaken", 1730, 110, "P1", "Onderwijs"),
    ("5.1", "Sportbeleid en activering", 580, 140, "P1", "Sport"),
    ("5.2", "Sportaccommodaties", 4120, 1210, "P1", "Sport"),
    ("5.3", "Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 230, 0, "P2", "Cultuur, erfgoed en groen"),
    ("5.4", "Musea", 250, 40, "P2", "Cultuur, erfgoed en groen"),
    ("5.5", "Cultureel erfgoed", 70, 0, "P2", "Cultuur, erfgoed en groen"),
    ("5.6", "Media", 540, 30, "P2", "Cultuur, erfgoed en groen"),
    ("5.7", "Openbaar groen en (openlucht) recreatie", 2760, 10, "P2", "Cultuur, erfgoed en groen"),
    ("6.1", "Samenkracht en burgerparticipatie", 2930, 40, "P1", "Wmo en welzijn"),
    ("6.22", "Toegang en eerstelijnsvoorzieningen: Jeugd", 130, 0, "P1", "Jeugd"),
    ("6.23", "Toegang en eerstelijnsvoorzieningen: Integraal", 470, 230, "P1", "Wmo en welzijn"),
    ("6.3", "Inkomensregelingen", 5910, 4490, "P1", "Participatie en inkomen"),
    ("6.4", "WSW en beschut werk", 2250, 0, "P1", "Participatie en inkomen"),
    ("6.5", "Arbeidsparticipatie", 510, 0, "P1", "Participatie en inkomen"),
    ("6.60", "Hulpmiddelen en diensten (Wmo)", 1590, 20, "P1", "Wmo en welzijn"),
    ("6.711", "Huishoudelijke hulp (Wmo)", 3020, 190, "P1", "Wmo en welzijn"),
    ("6.712", "Begeleiding (Wmo)", 2040, 50, "P1", "Wmo en welzijn"),
    ("6.713", "Dagbesteding (Wmo)", 960, 0, "P1", "Wmo en welzijn"),
    ("6.751", "Jeugdhulp ambulant lokaal", 60, 0, "P1", "Jeugd"),
    ("6.752", "Jeugdhulp ambulant regionaal", 4110, 0, "P1", "Jeugd"),
    ("6.762", "Jeugdhulp met verblijf regionaal", 1070, 0, "P1", "Jeugd"),
    ("6.792", "PGB Jeugd", 90, 0, "P1", "Jeugd"),
    ("6.812", "Maatschappelijke opvang en vrouwenopvang", 230, 0, "P1", "Wmo en welzijn"),
    ("6.821", "Jeugdbescherming", 310, 0, "P1", "Jeugd"),
    ("6.822", "Jeugdreclassering", 20, 0, "P1", "Jeugd"),
    ("6.91", "Coördinatie en beleid Wmo", 1760, 0, "P1", "Wmo en welzijn"),
    ("6.92", "Coördinatie en beleid Jeugd", 1500, 0, "P1", "Jeugd"),
    ("7.1", "Volksgezondheid", 1470, 10, "P1", "Volksgezondheid"),
    ("7.2", "Riolering", 3120, 3760, "P2", "Riolering en afval"),
    ("7.3", "Afval", 2450, 2830, "P2", "Riolering en afval"),
    ("7.4", "Milieubeheer", 640, 0, "P2", "Milieu en begraafplaatsen"),
    ("7.5", "Begraafplaatsen en crematoria", 60, 10, "P2", "Milieu en begraafplaatsen"),
    ("8.1", "Ruimte en leefomgeving", 930, 180, "P2", "Ruimte, wonen en grond"),
    ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", 2500, 2640, "P2", "Ruimte, wonen en grond"),
    ("8.3", "Wonen en bouwen", 1780, 640, "P2", "Ruimte, wonen en grond"),
]

PROG = [
    ("P1", "Programma 1 Inclusieve samenleving",
     ["Onderwijs", "Sport", "Participatie en inkomen", "Wmo en welzijn", "Jeugd", "Volksgezondheid"]),
    ("P2", "Programma 2 Vitale kernen en leefomgeving",
     ["Verkeer en vervoer", "Cultuur, erfgoed en groen", "Riolering en afval", "Milieu en begraafplaatsen",
      "Ruimte, wonen en grond"]),
    ("P3", "Programma 3 Economie en vrijetijd",
     ["Economische ontwikkeling", "Bedrijventerreinen", "Bedrijvenloket", "Toerisme en recreatie"]),
    ("P4", "Programma 4 Bestuur, veiligheid en dienstverlening",
     ["Bestuur", "Burgerzaken", "Gebouwen en gronden", "Veiligheid"]),
]
PNAME = {p[0]: p[1] for p in PROG}


def exact(k):
    if k == 0:
        return 0
    return int(k * 1000 * R.uniform(0.93, 1.07)) + R.randint(0, 999)


def build(facts: Facts):
    tv = []
    for code, name, l, b, prog, bv in TV:
        tv.append(dict(code=code, name=name, L=exact(l), B=exact(b), prog=prog, bv=bv))
    tvd = {t["code"]: t for t in tv}

    # --- reserves: per reserve, per year (2025..2028) toevoeging/onttrekking (x 1.000) and programme
    reserves = [
        # name, saldo 1-1-2025, programme, [(toev, ontt) 2025..2028]
        ["Algemene reserve", 9846, "AD", [(412, 0), (187, 0), (0, 26), (254, 0)]],
        ["Reserve sociaal domein", 2318, "P1", [(0, 640), (0, 420), (0, 250), (0, 0)]],
        ["Reserve leefbaarheid kernen", 1125, "P2", [(150, 385), (150, 210), (150, 150), (150, 150)]],
        ["Reserve onderhoud gemeentelijke gebouwen", 1873, "P4", [(520, 468), (520, 702), (520, 515), (520, 388)]],
        ["Reserve dekking kapitaallasten", 6204, "AD", [(0, 311), (0, 306), (0, 301), (0, 296)]],
        ["Reserve grondexploitatie", 3467, "P2", [(140, 0), (95, 0), (0, 0), (0, 0)]],
        ["Reserve duurzaamheid en energietransitie", 958, "P3", [(0, 275), (0, 240), (0, 160), (0, 0)]],
    ]
    # The algemene reserve additions equal the geraamde resultaat of the year before mutation;
    # keep simple: the resultaat after mutaties is what the overview prints.

    # --- programme tables (x 1.000): beleidsvelden per year
    growth = {"2023": (0.86, 0.97), "2024": (0.94, 1.03), "2026": (0.98, 1.04), "2027": (0.97, 1.05),
              "2028": (0.97, 1.06)}
    prog_rows = {}
    for pid, pname, bvs in PROG + [("AD", "Algemene dekkingsmiddelen", None), ("OH", "Overhead", None)]:
        if bvs is None:
            bvs = sorted({t["bv"] for t in tv if t["prog"] == pid}, key=lambda x: [t["bv"] for t in tv].index(x))
        rows = {}
        for bv in bvs:
            L25 = sum(t["L"] for t in tv if t["prog"] == pid and t["bv"] == bv)
            B25 = sum(t["B"] for t in tv if t["prog"] == pid and t["bv"] == bv)
            L = {"2025": round(L25 / 1000)}
            B = {"2025": round(B25 / 1000)}
            for y, (a, c) in growth.items():
                f = R.uniform(a, c)
                L[y] = round(L["2025"] * f)
                B[y] = round(B["2025"] * R.uniform(a, c)) if B["2025"] else 0
            rows[bv] = {"L": L, "B": B, "L25exact": L25, "B25exact": B25}
        prog_rows[pid] = rows

    # reserves per programme per year
    res_prog = {}
    for pid in ["P1", "P2", "P3", "P4", "AD", "OH"]:
        T = {}; O = {}
        for yi, y in enumerate(["2025", "2026", "2027", "2028"]):
            T[y] = sum(r[3][yi][0] for r in reserves if r[2] == pid)
            O[y] = sum(r[3][yi][1] for r in reserves if r[2] == pid)
        T["2023"] = round(T["2025"] * R.uniform(0.5, 1.6)) if T["2025"] else R.choice([0, 85, 120])
        O["2023"] = round(O["2025"] * R.uniform(0.5, 1.6)) if O["2025"] else R.choice([0, 64, 210])
        T["2024"] = round(T["2025"] * R.uniform(0.8, 1.2)) if T["2025"] else 0
        O["2024"] = round(O["2025"] * R.uniform(0.8, 1.3)) if O["2025"] else R.choice([0, 150])
        res_prog[pid] = (T, O)

    # balance: target geraamd resultaat (after reserve mutations), per year, x 1.000
    target = {"2023": 1873, "2024": -318, "2025": 0, "2026": 0, "2027": 0, "2028": 0}
    # 2025-2028 sluitend after adding the saldo to the algemene reserve: the 'Algemene reserve' toevoeging
    # of 412 / 187 / 254 and onttrekking 96 is the begrotingssaldo. So resultaat na mutaties = 0.
    def tot(pid, key, y):
        return sum(v[key][y] for v in prog_rows[pid].values())

    for y in YEARS:
        others = 0
        for pid in ["P1", "P2", "P3", "P4", "AD", "OH"]:
            others += tot(pid, "B", y) - tot(pid, "L", y) + res_prog[pid][1][y] - res_prog[pid][0][y]
        # algemene uitkering is the balancing item
        au = prog_rows["AD"]["Algemene uitkering"]
        au["B"][y] += target[y] - others
    # exact 2025 algemene uitkering: keep rounded value equal to the table
    au = prog_rows["AD"]["Algemene uitkering"]
    tvd["0.7"]["B"] = au["B"]["2025"] * 1000 + R.randint(-480, 480)
    au["B25exact"] = tvd["0.7"]["B"]
    # sanity: 2025 rows equal rounding of exact taakvelden
    for pid, rows in prog_rows.items():
        for bv, v in rows.items():
            L25 = sum(t["L"] for t in tv if t["prog"] == pid and t["bv"] == bv)
            B25 = sum(t["B"] for t in tv if t["prog"] == pid and t["bv"] == bv)
            assert v["L"]["2025"] == round(L25 / 1000), (pid, bv)
            assert v["B"]["2025"] == round(B25 / 1000), (pid, bv)
    return tv, tvd, prog_rows, res_prog, reserves


def spec(facts: Facts):
    tv, tvd, prog_rows, res_prog, reserves = build(facts)
    blocks = []
    B = blocks.append
    fa = lambda *a, **k: facts.add(*a, doc="A", **k)

    def ptable_totals(pid):
        rows = prog_rows[pid]
        out = {}
        for y in YEARS:
            L = sum(v["L"][y] for v in rows.values())
            Bt = sum(v["B"][y] for v in rows.values())
            T, O = res_prog[pid][0][y], res_prog[pid][1][y]
            out[y] = dict(L=L, B=Bt, S=Bt - L, T=T, O=O, R=Bt - L - T + O)
        return out

    totals = {pid: ptable_totals(pid) for pid in ["P1", "P2", "P3", "P4", "AD", "OH"]}

    # ------------------------------------------------------------------ cover
    B({"type": "space", "h": 60})
    B({"type": "title", "text": "Gemeente Dinkelland", "size": 20, "color": "#1F5F3F"})
    B({"type": "title", "text": "Programmabegroting 2025", "size": 30})
    B({"type": "title", "text": "en meerjarenraming 2026-2028", "size": 16, "after": 30})
    B({"type": "box", "title": "FICTIEF DOCUMENT",
       "text": "Dit is een verzonnen testdocument. Het is niet de echte begroting van de gemeente Dinkelland. "
               "Alle bedragen, aantallen, tarieven en percentages in dit document zijn verzonnen en dienen "
               "alleen om een digitale assistent te testen."})
    B({"type": "p", "text": "Aangeboden aan de gemeenteraad op 24 september 2024. Behandeling in de raadsvergadering "
                           "van 5 november 2024."})
    B({"type": "p", "text": "Denekamp, september 2024. Het college van burgemeester en wethouders van Dinkelland."})

    # ------------------------------------------------------------------ toc + leeswijzer
    toc = ["1 Inleiding en financieel beeld", PNAME["P1"], PNAME["P2"], PNAME["P3"], PNAME["P4"],
           "Algemene dekkingsmiddelen en overhead", "Paragraaf lokale heffingen", "Paragraaf weerstandsvermogen en risicobeheersing",
           "Paragraaf verbonden partijen", "Financiële begroting"]
    B({"type": "h1", "text": "Inhoudsopgave"})
    B({"type": "toc", "entries": toc})
    B({"type": "h2", "text": "Leeswijzer"})
    B({"type": "p", "text": "De begroting bestaat uit vier programma's, het overzicht algemene dekkingsmiddelen en overhead, "
                           "de verplichte paragrafen en de financiële begroting. Elk programma beantwoordt drie vragen: "
                           "Wat willen we bereiken? Wat gaan we daarvoor doen? Wat mag het kosten? "
                           "Tenzij anders vermeld zijn de bedragen in de programmatabellen weergegeven in duizenden euro's (x € 1.000). "
                           "Het overzicht van baten en lasten per taakveld en de tabellen van de paragraaf verbonden partijen zijn in hele euro's. "
                           "In de tabellen zijn lasten en baten positief; een negatief saldo is een nadeel. Door afronding kunnen totalen "
                           "afwijken van de som van de afzonderlijke bedragen."})

    # ------------------------------------------------------------------ inleiding + kerngegevens
    B({"type": "h1", "text": "1 Inleiding en financieel beeld"})
    res25 = reserves[0][3][0][0]  # begrotingssaldo 2025 (x1000) = toevoeging algemene reserve
    exact_saldo_2025 = None  # filled below from taakvelden
    L25x = sum(t["L"] for t in tv)
    B25x = sum(t["B"] for t in tv)
    totT25 = sum(r[3][0][0] for r in reserves) * 1000
    totO25 = sum(r[3][0][1] for r in reserves) * 1000
    B({"type": "p", "text": "Voor u ligt de programmabegroting 2025. Het is de laatste begroting van deze raadsperiode. "
                           "De begroting 2025 is structureel en reëel in evenwicht. Na verwerking van de mutaties in de "
                           "bestemmingsreserves resteert in 2025 een positief begrotingssaldo, dat wij toevoegen aan de algemene reserve. "
                           "Het meerjarenbeeld laat in 2027 een klein nadeel zien; dit dekken wij uit de algemene reserve."})
    kg = [
        ("Inwoners per 1 januari 2024", 26_483, "count"),
        ("waarvan 0 tot en met 17 jaar", 5_327, "count"),
        ("waarvan 65 jaar en ouder", 6_742, "count"),
        ("Huishoudens", 11_064, "count"),
        ("Woonruimten (woningen)", 11_918, "count"),
        ("Oppervlakte gemeente (hectare)", 17_366, "count"),
        ("Aantal kernen", 13, "count"),
        ("Lengte verharde wegen (km)", 688, "count"),
    ]
    rows = []
    for lab, v, u in kg:
        rows.append([lab, nl(v)])
        fa(f"A.kg.{lab}", v, nl(v), where="Kerngegevens, tabel 1.1", row=lab, col="aantal", quote=f"{lab} {nl(v)}", unit=u)
    B({"type": "table", "caption": "Tabel 1.1 Kerngegevens Dinkelland", "widths": [3, 1], "align": ["l", "r"],
       "header": [["Sociale en fysieke structuur", "Aantal"]], "rows": rows,
       "footnotes": ["Bron: gemeentelijke basisregistratie personen, peildatum 1 januari 2024 (fictief)."]})

    # financial key figures in € mln
    Ltot25 = sum(totals[p]["2025"]["L"] for p in totals)
    Btot25 = sum(totals[p]["2025"]["B"] for p in totals)
    Ltot24 = sum(totals[p]["2024"]["L"] for p in totals)
    Btot24 = sum(totals[p]["2024"]["B"] for p in totals)
    mln = lambda k: nl(k / 1000, 1)
    sd25 = sum(v["L"]["2025"] for pid in ["P1"] for bv, v in prog_rows[pid].items()
               if bv in ("Participatie en inkomen", "Wmo en welzijn", "Jeugd"))
    sd24 = sum(v["L"]["2024"] for pid in ["P1"] for bv, v in prog_rows[pid].items()
               if bv in ("Participatie en inkomen", "Wmo en welzijn", "Jeugd"))
    invest25 = None
    kf = [
        ("Totale lasten (€ mln)", Ltot24, Ltot25),
        ("Totale baten (€ mln)", Btot24, Btot25),
        ("Lasten sociaal domein (€ mln)", sd24, sd25),
        ("Algemene uitkering gemeentefonds (€ mln)", prog_rows["AD"]["Algemene uitkering"]["B"]["2024"],
         prog_rows["AD"]["Algemene uitkering"]["B"]["2025"]),
        ("Stand algemene reserve 1 januari (€ mln)", 9_534, 9_846),
    ]
    rows = []
    for lab, a, b in kf:
        rows.append([lab, mln(a), mln(b)])
        fa(f"A.kf.{lab}.2025", int(round(b / 100)) * 100_000, mln(b), where="Tabel 1.2 Financiële kerncijfers", row=lab,
           col="Begroting 2025", quote=f"{mln(a)} {mln(b)}", near=[("Begroting 2024", int(round(a / 100)) * 100_000)])
        fa(f"A.kf.{lab}.2024", int(round(a / 100)) * 100_000, mln(a), where="Tabel 1.2 Financiële kerncijfers", row=lab,
           col="Begroting 2024", quote=f"{mln(a)} {mln(b)}")
    B({"type": "table", "caption": "Tabel 1.2 Financiële kerncijfers", "widths": [3, 1, 1], "align": ["l", "r", "r"],
       "header": [["Bedragen in miljoenen euro's", "Begroting 2024", "Begroting 2025"]], "rows": rows})

    # meerjarig financieel beeld (x 1.000)
    saldo = {y: totals["P1"][y]["S"] + totals["P2"][y]["S"] + totals["P3"][y]["S"] + totals["P4"][y]["S"]
             + totals["AD"][y]["S"] + totals["OH"][y]["S"] for y in YEARS}
    mut = {y: sum(totals[p][y]["O"] - totals[p][y]["T"] for p in totals) for y in YEARS}
    # begrotingssaldo before adding to the algemene reserve
    bsaldo = {}
    for i, y in enumerate(["2025", "2026", "2027", "2028"]):
        ar = reserves[0][3][i]
        bsaldo[y] = ar[0] - ar[1]
    incid = {"2025": 236, "2026": 118, "2027": -42, "2028": 0}  # saldo incidentele baten en lasten (x1000)
    struct = {y: bsaldo[y] - incid[y] for y in bsaldo}
    rows = [
        ["Saldo van baten en lasten vóór bestemming"] + [nl(saldo[y]) for y in ["2025", "2026", "2027", "2028"]],
        ["Mutaties bestemmingsreserves (excl. algemene reserve)"] + [nl(mut[y] + bsaldo[y]) for y in ["2025", "2026", "2027", "2028"]],
        {"c": ["Begrotingssaldo (+ = voordeel)"] + [nl(bsaldo[y]) for y in ["2025", "2026", "2027", "2028"]], "b": True, "top": True},
        ["waarvan incidenteel"] + [nl(incid[y]) for y in ["2025", "2026", "2027", "2028"]],
        {"c": ["Structureel begrotingssaldo"] + [nl(struct[y]) for y in ["2025", "2026", "2027", "2028"]], "b": True},
    ]
    for y in ["2025", "2026", "2027", "2028"]:
        assert saldo[y] + mut[y] + bsaldo[y] == bsaldo[y] + (saldo[y] + mut[y]), y
        fa(f"A.mjb.bsaldo.{y}", bsaldo[y] * 1000, nl(bsaldo[y]), where="Tabel 1.3 Meerjarig financieel beeld (x € 1.000)",
           row="Begrotingssaldo (+ = voordeel)", col=y)
        fa(f"A.mjb.struct.{y}", struct[y] * 1000, nl(struct[y]), where="Tabel 1.3 Meerjarig financieel beeld (x € 1.000)",
           row="Structureel begrotingssaldo", col=y)
    B({"type": "table", "caption": "Tabel 1.3 Meerjarig financieel beeld", "scale": "bedragen x € 1.000", "scalePos": "caption",
       "widths": [3.2, 1, 1, 1, 1], "align": ["l", "r", "r", "r", "r"],
       "header": [["Omschrijving", "2025", "2026", "2027", "2028"]], "rows": rows,
       "footnotes": ["Het begrotingssaldo wordt toegevoegd aan (positief) of onttrokken aan (negatief) de algemene reserve; "
                     "zie de reservestaat in de financiële begroting."]})
    B({"type": "p", "text": f"Het begrotingssaldo voor 2025 bedraagt € {nl(bsaldo['2025'] * 1000)} positief. "
                           f"Voor 2027 ramen wij een nadelig saldo van € {nl(-bsaldo['2027'] * 1000)}. "
                           "Het structurele saldo is in alle jaren positief, wat betekent dat de begroting structureel sluitend is."})

    # ------------------------------------------------------------------ programmes
    prog_text = {
        "P1": dict(
            intro="Een samenleving waarin iedereen meedoet: dat is ons doel. Inwoners zorgen voor elkaar en waar dat niet "
                  "lukt, bieden wij passende ondersteuning dicht bij huis. We werken vanuit positieve gezondheid en één "
                  "integrale toegang voor Wmo, jeugd en werk en inkomen.",
            goals=["Meer inwoners ervaren een goede gezondheid en bewegen voldoende.",
                   "Minder jongeren onder de 18 jaar drinken alcohol.",
                   "Inwoners met een hulpvraag vinden snel de juiste ondersteuning via één toegang in hun eigen kern.",
                   "Het aantal jongeren met jeugdhulp daalt naar het Twentse gemiddelde.",
                   "Meer inwoners met een uitkering vinden betaald werk of doen vrijwilligerswerk."],
            doing=["We zetten de pilot praktijkondersteuner jeugd (POH-jeugd) voort bij alle huisartsenpraktijken; hiervoor is € 184.600 geraamd.",
                   "We breiden de onafhankelijke cliëntondersteuning uit met 1,5 fte; de kosten zijn € 118.250 per jaar.",
                   "We vervangen de sportvloer van sporthal De Kwekerij in Denekamp (investering € 485.000).",
                   "Het leefbaarheidsfonds voor inwonersinitiatieven krijgt in 2025 een budget van € 165.000.",
                   "Met het project Doorbraak schulden starten we vroegsignalering van betalingsachterstanden bij 300 huishoudens."]),
        "P2": dict(
            intro="Dinkelland bestaat uit dertien kernen met elk een eigen karakter. Wij willen dat die kernen vitaal blijven: "
                  "met voldoende betaalbare woningen, veilige wegen, een goed onderhouden openbare ruimte en een schoon milieu.",
            goals=["Jaarlijks worden minimaal 120 woningen opgeleverd, waarvan 30% in het betaalbare segment.",
                   "De hoeveelheid restafval daalt naar 75 kilo per inwoner in 2027.",
                   "Het onderhoud van wegen en groen voldoet aan beeldkwaliteit B (basis).",
                   "De kernen Denekamp en Ootmarsum worden aardgasvrij-gereed volgens de wijkuitvoeringsplannen."],
            doing=["We voeren de reconstructie van de Oldenzaalsestraat in Denekamp uit (krediet € 1.940.000).",
                   "We vervangen 2,8 km riolering in Weerselo en Rossum (krediet € 2.260.000).",
                   "Voor de Woondeal Twente reserveren we € 250.000 voor versnelling van woningbouw in de kleine kernen.",
                   "We starten met omgekeerd inzamelen in de buitengebieden; de invoeringskosten bedragen € 96.800."]),
        "P3": dict(
            intro="Een sterke lokale economie en een aantrekkelijk toeristisch product zorgen voor werkgelegenheid en "
                  "leefbare kernen. Toerisme is met ruim 1,1 miljoen overnachtingen een belangrijke pijler.",
            goals=["Het aantal toeristische overnachtingen groeit met 2% per jaar.",
                   "Ondernemers krijgen binnen 5 werkdagen antwoord van het ondernemersloket.",
                   "Er is voldoende bedrijfsgrond beschikbaar voor lokale ondernemers."],
            doing=["We bouwen het bedrijventerrein Dorperesch fase 2 in Ootmarsum bouwrijp (krediet € 1.310.000).",
                   "We zetten de Regiodeal-subsidie voor het Dinkeldal in voor recreatieve fietsroutes (€ 212.500 in 2025).",
                   "Voor de toeristenbelasting verhogen we het tarief naar € 1,95 per persoon per nacht."]),
        "P4": dict(
            intro="Inwoners en ondernemers verwachten een toegankelijke en betrouwbare overheid. Wij werken samen met "
                  "inwoners via de kernenaanpak en zorgen voor een veilige woon- en leefomgeving.",
            goals=["Inwoners beoordelen de dienstverlening van de gemeente met minimaal een 7,2.",
                   "Het aantal woninginbraken blijft onder de 40 per jaar.",
                   "Alle producten van burgerzaken zijn digitaal aan te vragen."],
            doing=["We vernieuwen de website en het digitale loket (kosten € 145.000 incidenteel).",
                   "We zetten twee extra boa's in tijdens het toeristische seizoen (€ 98.400 per jaar).",
                   "We voeren de verkiezingen voor de Tweede Kamer uit (geraamd € 41.300)."]),
    }
    indicators = {
        "P1": [("Jongeren met jeugdhulp", "% jongeren tot 18 jaar", "CBS", "9,4", "9,1", "8,8", "12,9"),
               ("Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "CBS", "612", "598", "574", "700"),
               ("Personen met een bijstandsuitkering", "per 10.000 inwoners", "CBS", "148", "152", "159", "351"),
               ("Niet-sporters", "% inwoners 19 jaar en ouder", "RIVM", "41,2", "40,6", "42,0", "46,8")],
        "P2": [("Nieuw gebouwde woningen", "per 1.000 woningen", "BAG", "10,4", "8,7", "12,1", "9,3"),
               ("Omvang huishoudelijk restafval", "kg per inwoner", "CBS", "86", "91", "97", "153"),
               ("Hernieuwbare elektriciteit", "%", "RWS", "38,5", "33,2", "29,7", "31,4")],
        "P3": [("Functiemenging", "%", "LISA", "49,8", "49,5", "49,1", "53,6"),
               ("Vestigingen (van bedrijven)", "per 1.000 inwoners 15-74 jaar", "LISA", "168,4", "165,9", "163,1", "171,2")],
        "P4": [("Winkeldiefstallen", "per 1.000 inwoners", "CBS", "0,6", "0,7", "0,5", "2,4"),
               ("Geweldsmisdrijven", "per 1.000 inwoners", "CBS", "2,9", "3,1", "2,7", "4,9"),
               ("Diefstallen uit woning", "per 1.000 inwoners", "CBS", "1,1", "1,4", "1,3", "1,8")],
    }
    ind_desc = {"P1": True, "P2": True, "P3": True, "P4": True}
    diffs = {
        "P1": [("Jeugdhulp: hogere tarieven regionale inkoop", "L", 386), ("Wmo huishoudelijke hulp: meer cliënten door abonnementstarief", "L", 214),
               ("Hogere rijksbijdrage BUIG (inkomensregelingen)", "B", 171), ("Afloop incidenteel budget transformatie sociaal domein", "L", -150)],
        "P2": [("Hogere kapitaallasten investeringen riolering", "L", 132), ("Hogere opbrengst afvalstoffenheffing", "B", 118),
               ("Lagere lasten grondexploitatie Oldenzaalsestraat", "L", -205)],
        "P3": [("Regiodeal Dinkeldal (incidenteel)", "L", 213), ("Hogere opbrengst toeristenbelasting", "B", 96)],
        "P4": [("Hogere bijdrage Veiligheidsregio Twente", "L", 84), ("Kosten verkiezingen Tweede Kamer", "L", 41)],
    }
    for idx, (pid, pname, bvs) in enumerate(PROG):
        pt = prog_text[pid]
        B({"type": "h1", "text": pname})
        B({"type": "p", "text": pt["intro"]})
        B({"type": "h2", "text": "Wat willen we bereiken?"})
        B({"type": "bullets", "items": pt["goals"]})
        B({"type": "h2", "text": "Wat gaan we daarvoor doen?"})
        B({"type": "bullets", "items": pt["doing"]})
        # indicators: years in descending order
        ir = []
        for lab, unit, src, v23, v22, v21, nlv in indicators[pid]:
            ir.append([lab, unit, src, v23, v22, v21, nlv])
            for y, v in (("2023", v23), ("2022", v22), ("2021", v21)):
                fa(f"A.ind.{pid}.{lab}.{y}", float(v.replace(",", ".")), v, where=f"{pname}, Verplichte beleidsindicatoren",
                   row=lab, col=f"Dinkelland {y}", quote=f"{v23} {v22} {v21} {nlv}", unit="number")
        B({"type": "table", "caption": f"Verplichte beleidsindicatoren {pname.split(' ', 2)[2].lower()}",
           "widths": [3, 2.2, 0.8, 0.9, 0.9, 0.9, 1.1], "align": ["l", "l", "l", "r", "r", "r", "r"],
           "header": [["Indicator", "Eenheid", "Bron", {"t": "Dinkelland", "span": 3}, "Nederland"],
                      ["", "", "", "2023", "2022", "2021", "2023"]], "rows": ir,
           "footnotes": ["Bron: waarstaatjegemeente.nl; de cijfers in deze tabel zijn fictief."]})
        # Wat mag het kosten
        B({"type": "h2", "text": "Wat mag het kosten?"})
        rows = []
        t = totals[pid]
        for bv, v in prog_rows[pid].items():
            rows.append({"c": [bv] + [nl(v["L"][y]) for y in YEARS], "ind": 1})
            for y in YEARS:
                fa(f"A.{pid}.L.{bv}.{y}", v["L"][y] * 1000, nl(v["L"][y]), where=f"{pname}, tabel Wat mag het kosten (x € 1.000)",
                   row=f"Lasten {bv}", col=y, quote=" ".join(nl(v["L"][yy]) for yy in YEARS))
        rows.append({"c": ["Totaal lasten"] + [nl(t[y]["L"]) for y in YEARS], "b": True, "top": True})
        for bv, v in prog_rows[pid].items():
            if any(v["B"][y] for y in YEARS):
                rows.append({"c": [bv] + [nl(v["B"][y]) for y in YEARS], "ind": 1})
                for y in YEARS:
                    fa(f"A.{pid}.B.{bv}.{y}", v["B"][y] * 1000, nl(v["B"][y]), where=f"{pname}, tabel Wat mag het kosten (x € 1.000)",
                       row=f"Baten {bv}", col=y, quote=" ".join(nl(v["B"][yy]) for yy in YEARS))
        rows.append({"c": ["Totaal baten"] + [nl(t[y]["B"]) for y in YEARS], "b": True, "top": True})
        rows.append({"c": ["Saldo van baten en lasten"] + [nl(t[y]["S"]) for y in YEARS], "b": True, "top": True})
        rows.append({"c": ["Toevoegingen aan reserves"] + [nl(t[y]["T"]) for y in YEARS], "ind": 1})
        rows.append({"c": ["Onttrekkingen aan reserves"] + [nl(t[y]["O"]) for y in YEARS], "ind": 1})
        rows.append({"c": ["Geraamd resultaat"] + [nl(t[y]["R"]) for y in YEARS], "b": True, "top": True})
        for key, lab in (("L", "Totaal lasten"), ("B", "Totaal baten"), ("S", "Saldo van baten en lasten"),
                         ("T", "Toevoegingen aan reserves"), ("O", "Onttrekkingen aan reserves"), ("R", "Geraamd resultaat")):
            for y in YEARS:
                fa(f"A.{pid}.{key}.{y}", t[y][key] * 1000, nl(t[y][key]), where=f"{pname}, tabel Wat mag het kosten (x € 1.000)",
                   row=lab, col=y, quote=lab + " " + " ".join(nl(t[yy][key]) for yy in YEARS))
        head = [["", "Rekening", "Begroting", "Begroting", {"t": "Meerjarenraming", "span": 3}],
                ["x € 1.000", "2023", "2024", "2025", "2026", "2027", "2028"]]
        # programme 3 states the scale below the table instead of in the header
        if pid == "P3":
            head[1][0] = "Omschrijving"
        B({"type": "table", "caption": f"Wat mag het kosten? {pname}", "widths": [2.6, 1, 1, 1, 1, 1, 1],
           "align": ["l", "r", "r", "r", "r", "r", "r"], "header": head, "rows": rows,
           "scale": "Alle bedragen in deze tabel zijn in duizenden euro's." if pid == "P3" else None,
           "scalePos": "below" if pid == "P3" else None})
        # differences with V/N
        rows = []
        net = 0
        for lab, kind, amt in diffs[pid]:
            vn = ("N" if amt > 0 else "V") if kind == "L" else ("V" if amt > 0 else "N")
            rows.append([lab, nl(amt) if kind == "L" else "", nl(amt) if kind == "B" else "", vn])
            fa(f"A.{pid}.diff.{lab}", abs(amt) * 1000, nl(amt), where=f"{pname}, Verschillen begroting 2025 ten opzichte van 2024",
               row=lab, col="Lasten" if kind == "L" else "Baten", quote=f"{nl(amt)}" + (" " + vn))
        dL = t["2025"]["L"] - t["2024"]["L"] - sum(a for _, k, a in diffs[pid] if k == "L")
        dB = t["2025"]["B"] - t["2024"]["B"] - sum(a for _, k, a in diffs[pid] if k == "B")
        rows.append({"c": ["Overige kleine verschillen (per saldo)", nl(dL), nl(dB), ""], "i": True})
        rows.append({"c": ["Totaal verschil 2025 ten opzichte van 2024", nl(t["2025"]["L"] - t["2024"]["L"]),
                           nl(t["2025"]["B"] - t["2024"]["B"]), ""], "b": True, "top": True})
        B({"type": "table", "caption": f"Verschillen begroting 2025 ten opzichte van begroting 2024 ({pid[1]})",
           "scale": "(x € 1.000)", "scalePos": "caption", "widths": [4, 1, 1, 0.5], "align": ["l", "r", "r", "c"],
           "header": [["Omschrijving", "Lasten", "Baten", "V/N"]], "rows": rows,
           "footnotes": ["V = voordeel, N = nadeel. Een positief bedrag bij de lasten is een hogere last (nadeel)."]})

    # ------------------------------------------------------------------ AD + overhead
    B({"type": "h1", "text": "Algemene dekkingsmiddelen en overhead"})
    B({"type": "p", "text": "De algemene dekkingsmiddelen zijn de inkomsten die niet aan een bepaald doel zijn gebonden, "
                           "zoals de algemene uitkering uit het gemeentefonds en de onroerendezaakbelastingen (OZB). "
                           "De overhead bestaat uit de kosten van de ondersteunende bedrijfsvoering, die wij via de "
                           "werkorganisatie Noaberkracht Dinkelland Tubbergen betalen."})
    rows = []
    ad = prog_rows["AD"]
    for bv, v in ad.items():
        net = {y: v["B"][y] - v["L"][y] for y in YEARS}
        rows.append([bv] + [nl(net[y]) for y in YEARS])
        for y in YEARS:
            fa(f"A.AD.net.{bv}.{y}", net[y] * 1000, nl(net[y]), where="Tabel 6.1 Algemene dekkingsmiddelen (x € 1.000), netto baten",
               row=bv, col=y, quote=" ".join(nl(net[yy]) for yy in YEARS))
    adt = {y: sum(v["B"][y] - v["L"][y] for v in ad.values()) for y in YEARS}
    rows.append({"c": ["Totaal algemene dekkingsmiddelen"] + [nl(adt[y]) for y in YEARS], "b": True, "top": True})
    oh = prog_rows["OH"]["Overhead"]
    rows.append({"c": ["Overhead (lasten)"] + [nl(oh["L"][y]) for y in YEARS], "top": True})
    rows.append({"c": ["Overhead (baten)"] + [nl(oh["B"][y]) for y in YEARS]})
    for y in YEARS:
        fa(f"A.OH.L.{y}", oh["L"][y] * 1000, nl(oh["L"][y]), where="Tabel 6.1 Algemene dekkingsmiddelen en overhead (x € 1.000)",
           row="Overhead (lasten)", col=y, quote="Overhead (lasten) " + " ".join(nl(oh["L"][yy]) for yy in YEARS))
    B({"type": "table", "caption": "Tabel 6.1 Algemene dekkingsmiddelen en overhead (netto, + = baten)", "widths": [2.8, 1, 1, 1, 1, 1, 1],
       "align": ["l", "r", "r", "r", "r", "r", "r"],
       "header": [["Bedragen x € 1.000", "Rekening 2023", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"]],
       "rows": rows})
    on = tvd["0.8"]
    B({"type": "p", "text": "In de overige baten en lasten is een post onvoorzien opgenomen van € 53.000. "
                           f"De algemene uitkering voor 2025 is geraamd op € {nl(tvd['0.7']['B'])} op basis van de meicirculaire 2024."})
    fa("A.AD.algemene_uitkering.exact", tvd["0.7"]["B"], nl(tvd["0.7"]["B"]), where="Algemene dekkingsmiddelen, tekst onder tabel 6.1",
       row="algemene uitkering 2025", col="tekst", quote=f"€ {nl(tvd['0.7']['B'])}")

    # ------------------------------------------------------------------ paragraaf lokale heffingen
    B({"type": "h1", "text": "Paragraaf lokale heffingen"})
    B({"type": "p", "text": "In deze paragraaf staan de tarieven en opbrengsten van de gemeentelijke belastingen en heffingen. "
                           "Het uitgangspunt is een inflatiecorrectie van 4,0% op de OZB-opbrengst. De afvalstoffenheffing en de "
                           "rioolheffing zijn 100% kostendekkend."})
    ozb = [("Woningen, eigenaar", 0.0921, 0.0958), ("Niet-woningen, eigenaar", 0.1694, 0.1745), ("Niet-woningen, gebruiker", 0.1389, 0.1431)]
    rows = []
    for lab, a, b in ozb:
        pa, pb = nl(a, 4) + "%", nl(b, 4) + "%"
        rows.append([lab, pa, pb])
        fa(f"A.ozb.{lab}.2025", b, pb, where="Tabel 8.1 Tarieven onroerendezaakbelastingen", row=lab, col="2025", quote=f"{lab} {pa} {pb}",
           near=[("2024", a)], unit="percent")
        fa(f"A.ozb.{lab}.2024", a, pa, where="Tabel 8.1 Tarieven onroerendezaakbelastingen", row=lab, col="2024", quote=f"{lab} {pa} {pb}",
           unit="percent")
    B({"type": "table", "caption": "Tabel 8.1 Tarieven onroerendezaakbelastingen (percentage van de WOZ-waarde)",
       "widths": [3, 1, 1], "align": ["l", "r", "r"], "header": [["Categorie", "Tarief 2024", "Tarief 2025"]], "rows": rows})
    tar = [("Afvalstoffenheffing vastrecht per huishouden", 155.80, 162.40),
           ("Afvalstoffenheffing per lediging restafvalcontainer 240 liter", 11.20, 11.85),
           ("Afvalstoffenheffing per storting ondergrondse container 60 liter", 2.95, 3.10),
           ("Rioolheffing per aansluiting (eigenaar)", 239.50, 248.00),
           ("Toeristenbelasting per persoon per nacht", 1.80, 1.95),
           ("Hondenbelasting eerste hond", 64.20, 66.75),
           ("Leges paspoort (18 jaar en ouder)", 77.20, 81.35)]
    rows = []
    for lab, a, b in tar:
        rows.append([lab, eur(a, 2), eur(b, 2)])
        fa(f"A.tarief.{lab}.2025", b, eur(b, 2), where="Tabel 8.2 Tarieven heffingen en leges (in euro's)", row=lab, col="2025",
           quote=f"{eur(a, 2)} {eur(b, 2)}", near=[("2024", a)])
        fa(f"A.tarief.{lab}.2024", a, eur(a, 2), where="Tabel 8.2 Tarieven heffingen en leges (in euro's)", row=lab, col="2024",
           quote=f"{eur(a, 2)} {eur(b, 2)}")
    B({"type": "table", "caption": "Tabel 8.2 Tarieven heffingen en leges", "scale": "bedragen in euro's", "scalePos": "caption",
       "widths": [3.6, 1, 1], "align": ["l", "r", "r"], "header": [["Heffing", "2024", "2025"]], "rows": rows})
    # woonlasten
    woz24, woz25 = 331_000, 345_000
    o24, o25 = round(woz24 * 0.000921, 2), round(woz25 * 0.000958, 2)
    a24, a25 = round(155.80 + 10 * 11.20, 2), round(162.40 + 10 * 11.85, 2)
    r24, r25 = 239.50, 248.00
    t24, t25 = round(o24 + a24 + r24, 2), round(o25 + a25 + r25, 2)
    stijg = round((t25 - t24) / t24 * 100, 1)
    rows = [["Gemiddelde WOZ-waarde woning", eur(woz24), eur(woz25), ""],
            ["OZB eigenaar", eur(o24, 2), eur(o25, 2), eur(o25 - o24, 2)],
            ["Afvalstoffenheffing (vastrecht + 10 ledigingen)", eur(a24, 2), eur(a25, 2), eur(a25 - a24, 2)],
            ["Rioolheffing", eur(r24, 2), eur(r25, 2), eur(r25 - r24, 2)],
            {"c": ["Totale woonlasten", eur(t24, 2), eur(t25, 2), eur(t25 - t24, 2)], "b": True, "top": True},
            {"c": ["Stijging in procenten", "", "", pct(stijg)], "i": True}]
    fa("A.woonlasten.2025", t25, eur(t25, 2), where="Tabel 8.3 Woonlasten meerpersoonshuishouden met eigen woning", row="Totale woonlasten",
       col="2025", quote=f"Totale woonlasten {eur(t24, 2)} {eur(t25, 2)} {eur(t25 - t24, 2)}", near=[("2024", t24)])
    fa("A.woonlasten.2024", t24, eur(t24, 2), where="Tabel 8.3 Woonlasten", row="Totale woonlasten", col="2024",
       quote=f"Totale woonlasten {eur(t24, 2)}")
    fa("A.woonlasten.verschil", round(t25 - t24, 2), eur(t25 - t24, 2), where="Tabel 8.3 Woonlasten", row="Totale woonlasten", col="Verschil",
       quote=f"{eur(t25, 2)} {eur(t25 - t24, 2)}")
    fa("A.woonlasten.stijging", stijg, pct(stijg), where="Tabel 8.3 Woonlasten", row="Stijging in procenten", col="Verschil",
       quote=f"Stijging in procenten {pct(stijg)}", unit="percent")
    fa("A.woonlasten.ozb2025", o25, eur(o25, 2), where="Tabel 8.3 Woonlasten", row="OZB eigenaar", col="2025", quote=f"OZB eigenaar {eur(o24, 2)} {eur(o25, 2)}")
    B({"type": "table", "caption": "Tabel 8.3 Woonlasten meerpersoonshuishouden met eigen woning",
       "widths": [3.4, 1, 1, 1], "align": ["l", "r", "r", "r"], "header": [["", "2024", "2025", "Verschil"]], "rows": rows,
       "footnotes": ["1) Berekend met de gemiddelde WOZ-waarde van het betreffende jaar en 10 ledigingen van de restafvalcontainer."]})
    # opbrengsten
    opb = [("OZB woningen", tvd["0.61"]["B"]), ("OZB niet-woningen", tvd["0.62"]["B"]),
           ("Afvalstoffenheffing", 2_604_310), ("Rioolheffing", 3_512_870), ("Toeristenbelasting", 712_450),
           ("Hondenbelasting", 19_880)]
    rows = [[lab, nl(v)] for lab, v in opb]
    rows.append({"c": ["Totaal", nl(sum(v for _, v in opb))], "b": True, "top": True})
    for lab, v in opb:
        fa(f"A.opbrengst.{lab}", v, nl(v), where="Tabel 8.4 Geraamde opbrengsten belastingen en heffingen 2025 (in euro's)", row=lab,
           col="Raming 2025", quote=f"{lab} {nl(v)}")
    fa("A.opbrengst.totaal", sum(v for _, v in opb), nl(sum(v for _, v in opb)), where="Tabel 8.4", row="Totaal", col="Raming 2025",
       quote=f"Totaal {nl(sum(v for _, v in opb))}")
    B({"type": "table", "caption": "Tabel 8.4 Geraamde opbrengsten belastingen en heffingen 2025", "scale": "bedragen in euro's",
       "scalePos": "caption", "widths": [3, 1.2], "align": ["l", "r"], "header": [["Belasting of heffing", "Raming 2025"]], "rows": rows})
    B({"type": "h2", "text": "Kwijtschelding"})
    B({"type": "p", "text": "Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing. "
                           "In 2023 ontvingen wij 241 verzoeken om kwijtschelding, waarvan er 187 volledig zijn toegekend. "
                           "Voor 2025 is voor kwijtschelding een bedrag van € 64.750 geraamd."})
    fa("A.kwijt.verzoeken", 241, "241", where="Paragraaf lokale heffingen, Kwijtschelding (tekst)", row="verzoeken 2023", col="tekst",
       quote="241 verzoeken", unit="count")
    fa("A.kwijt.toegekend", 187, "187", where="Paragraaf lokale heffingen, Kwijtschelding (tekst)", row="toegekend 2023", col="tekst",
       quote="187 volledig", unit="count")
    fa("A.kwijt.budget", 64_750, "64.750", where="Paragraaf lokale heffingen, Kwijtschelding (tekst)", row="budget 2025", col="tekst",
       quote="€ 64.750")

    # ------------------------------------------------------------------ weerstandsvermogen
    B({"type": "h1", "text": "Paragraaf weerstandsvermogen en risicobeheersing"})
    B({"type": "p", "text": "Het weerstandsvermogen is de mate waarin de gemeente in staat is middelen vrij te maken om financiële "
                           "tegenvallers op te vangen zonder dat het beleid hoeft te worden aangepast. Wij streven naar een ratio "
                           "van minimaal 1,4 (waardering 'voldoende')."})
    cap = [("Algemene reserve (stand 1 januari 2025)", 9_846_000), ("Onbenutte belastingcapaciteit OZB", 2_113_400),
           ("Post onvoorzien", 53_000)]
    beschikbaar = sum(v for _, v in cap)
    risks = [("Open-einderegelingen jeugdhulp en Wmo", "50%", 4_800_000), ("Hogere loon- en prijsontwikkeling", "50%", 1_900_000),
             ("Grondexploitaties (afzetrisico)", "25%", 2_600_000), ("Garantstellingen en borgstellingen", "10%", 3_500_000),
             ("Claims en juridische procedures", "25%", 1_200_000), ("Uitvoering Omgevingswet en legesinkomsten", "50%", 900_000)]
    nodig = [round(v * int(k[:-1]) / 100) for _, k, v in risks]
    benodigd = sum(nodig)
    ratio = round(beschikbaar / benodigd, 2)
    rows = [[lab, nl(v)] for lab, v in cap]
    rows.append({"c": ["Beschikbare weerstandscapaciteit (A)", nl(beschikbaar)], "b": True, "top": True})
    rows.append({"c": ["Benodigde weerstandscapaciteit (B)", nl(benodigd)], "b": True})
    rows.append({"c": ["Ratio weerstandsvermogen (A / B)", nl(ratio, 2)], "b": True, "top": True})
    fa("A.wv.beschikbaar", beschikbaar, nl(beschikbaar), where="Tabel 9.1 Weerstandsvermogen (in euro's)", row="Beschikbare weerstandscapaciteit (A)",
       col="2025", quote=f"Beschikbare weerstandscapaciteit (A) {nl(beschikbaar)}")
    fa("A.wv.benodigd", benodigd, nl(benodigd), where="Tabel 9.1", row="Benodigde weerstandscapaciteit (B)", col="2025",
       quote=f"Benodigde weerstandscapaciteit (B) {nl(benodigd)}")
    fa("A.wv.ratio", ratio, nl(ratio, 2), where="Tabel 9.1", row="Ratio weerstandsvermogen", col="2025", quote=f"(A / B) {nl(ratio, 2)}",
       unit="number")
    B({"type": "table", "caption": "Tabel 9.1 Berekening weerstandsvermogen 2025", "scale": "bedragen in euro's", "scalePos": "caption",
       "widths": [3, 1.2], "align": ["l", "r"], "header": [["Onderdeel", "Bedrag"]], "rows": rows})
    rows = []
    for (lab, k, v), n in zip(risks, nodig):
        rows.append([lab, k, nl(v), nl(n)])
        fa(f"A.risk.{lab}", n, nl(n), where="Tabel 9.2 Belangrijkste risico's", row=lab, col="Benodigde capaciteit",
           quote=f"{k} {nl(v)} {nl(n)}", near=[("Financieel gevolg", v)])
        fa(f"A.riskmax.{lab}", v, nl(v), where="Tabel 9.2 Belangrijkste risico's", row=lab, col="Financieel gevolg",
           quote=f"{k} {nl(v)} {nl(n)}")
    rows.append({"c": ["Totaal", "", nl(sum(v for _, _, v in risks)), nl(benodigd)], "b": True, "top": True})
    B({"type": "table", "caption": "Tabel 9.2 Belangrijkste risico's", "widths": [3.2, 0.8, 1.3, 1.3], "align": ["l", "c", "r", "r"],
       "header": [["Risico", "Kans", "Financieel gevolg (€)", "Benodigde capaciteit (€)"]], "rows": rows})
    kengetallen = [
        ("Netto schuldquote", ["48,2%", "55,6%", "58,9%", "61,3%", "60,7%", "59,4%"]),
        ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", ["45,9%", "53,1%", "56,2%", "58,8%", "58,1%", "56,9%"]),
        ("Solvabiliteitsratio", ["31,4%", "29,8%", "28,6%", "27,9%", "27,5%", "27,8%"]),
        ("Structurele exploitatieruimte", ["2,1%", "0,4%", "0,6%", "0,3%", "0,1%", "0,4%"]),
        ("Grondexploitatie", ["6,2%", "5,8%", "5,1%", "4,4%", "3,6%", "3,0%"]),
        ("Belastingcapaciteit", ["96,8%", "97,5%", "98,1%", "98,1%", "98,1%", "98,1%"]),
    ]
    rows = []
    for lab, vals in kengetallen:
        rows.append([lab] + vals)
        for y, v in zip(YEARS, vals):
            fa(f"A.keng.{lab}.{y}", float(v[:-1].replace(",", ".")), v, where="Tabel 9.3 Financiële kengetallen", row=lab, col=y,
               quote=" ".join(vals), unit="percent")
    B({"type": "table", "caption": "Tabel 9.3 Financiële kengetallen", "widths": [2.8, 1, 1, 1, 1, 1, 1], "align": ["l", "r", "r", "r", "r", "r", "r"],
       "header": [["Kengetal", "Rekening", "Begroting", "Begroting", "Raming", "Raming", "Raming"],
                  ["", "2023", "2024", "2025", "2026", "2027", "2028"]], "rows": rows,
       "footnotes": ["De gecorrigeerde netto schuldquote houdt rekening met de leningen aan woningcorporaties en verenigingen."]})

    # ------------------------------------------------------------------ verbonden partijen
    B({"type": "h1", "text": "Paragraaf verbonden partijen"})
    B({"type": "p", "text": "Een verbonden partij is een organisatie waarin de gemeente een bestuurlijk en een financieel belang heeft. "
                           "Dinkelland neemt deel in vijf gemeenschappelijke regelingen en heeft aandelen in drie vennootschappen."})
    vp = [("Werkorganisatie Noaberkracht Dinkelland Tubbergen", "Gemeenschappelijke regeling", 11_482_315, 11_906_240),
          ("Veiligheidsregio Twente", "Gemeenschappelijke regeling", 1_318_442, 1_402_905),
          ("Regio Twente (incl. GGD Twente)", "Gemeenschappelijke regeling", 896_710, 934_118),
          ("Omgevingsdienst Twente", "Gemeenschappelijke regeling", 512_360, 547_092),
          ("GR Samenwerking Sociaal Domein Noordoost Twente", "Gemeenschappelijke regeling", 204_880, 211_450),
          ("Soweco N.V. (Wsw)", "Vennootschap", 2_086_215, 2_131_770),
          ("Twence B.V.", "Vennootschap", 0, 0),
          ("Bank Nederlandse Gemeenten N.V.", "Vennootschap", 0, 0)]
    rows = []
    for lab, soort, a, b in vp:
        rows.append([lab, soort, nl(a) if a else "-", nl(b) if b else "-"])
        if a:
            fa(f"A.vp.{lab}.2025", b, nl(b), where="Tabel 10.1 Bijdragen aan verbonden partijen (in euro's)", row=lab, col="Begroting 2025",
               quote=f"{nl(a)} {nl(b)}", near=[("Begroting 2024", a)])
            fa(f"A.vp.{lab}.2024", a, nl(a), where="Tabel 10.1 Bijdragen aan verbonden partijen (in euro's)", row=lab, col="Begroting 2024",
               quote=f"{nl(a)} {nl(b)}")
    rows.append({"c": ["Totaal bijdragen", "", nl(sum(a for _, _, a, _ in vp)), nl(sum(b for _, _, _, b in vp))], "b": True, "top": True})
    B({"type": "table", "caption": "Tabel 10.1 Bijdragen aan verbonden partijen", "widths": [3.2, 2, 1.2, 1.2], "align": ["l", "l", "r", "r"],
       "header": [["Verbonden partij", "Soort", "Begroting 2024", "Begroting 2025"]], "rows": rows,
       "scale": "Bedragen in euro's. Twence en BNG keren dividend uit; dat is geraamd bij de algemene dekkingsmiddelen.", "scalePos": "below"})
    B({"type": "p", "text": "Twence B.V. keert naar verwachting een dividend uit van € 187.400; het dividend van de BNG Bank is geraamd op € 21.900."})
    fa("A.dividend.twence", 187_400, "187.400", where="Paragraaf verbonden partijen, tekst onder tabel 10.1", row="dividend Twence", col="tekst",
       quote="€ 187.400")

    # ------------------------------------------------------------------ financiële begroting
    B({"type": "h1", "text": "Financiële begroting"})
    B({"type": "h2", "text": "Overzicht van baten en lasten"})
    rows = []
    for pid in ["P1", "P2", "P3", "P4"]:
        t = totals[pid]
        rows.append({"c": [PNAME[pid]] + [""] * 6, "b": True})
        rows.append({"c": ["Lasten"] + [nl(t[y]["L"]) for y in YEARS], "ind": 1})
        rows.append({"c": ["Baten"] + [nl(t[y]["B"]) for y in YEARS], "ind": 1})
        rows.append({"c": ["Saldo"] + [nl(t[y]["S"]) for y in YEARS], "ind": 1, "i": True})
    for pid, lab in (("AD", "Algemene dekkingsmiddelen (saldo)"), ("OH", "Overhead (saldo)")):
        rows.append({"c": [lab] + [nl(totals[pid][y]["S"]) for y in YEARS], "b": True})
    gL = {y: sum(totals[p][y]["L"] for p in totals) for y in YEARS}
    gB = {y: sum(totals[p][y]["B"] for p in totals) for y in YEARS}
    gT = {y: sum(totals[p][y]["T"] for p in totals) for y in YEARS}
    gO = {y: sum(totals[p][y]["O"] for p in totals) for y in YEARS}
    gR = {y: gB[y] - gL[y] - gT[y] + gO[y] for y in YEARS}
    rows += [{"c": ["Totaal lasten"] + [nl(gL[y]) for y in YEARS], "top": True, "b": True},
             {"c": ["Totaal baten"] + [nl(gB[y]) for y in YEARS], "b": True},
             {"c": ["Saldo van baten en lasten"] + [nl(gB[y] - gL[y]) for y in YEARS], "b": True},
             {"c": ["Toevoegingen aan reserves"] + [nl(gT[y]) for y in YEARS], "ind": 1},
             {"c": ["Onttrekkingen aan reserves"] + [nl(gO[y]) for y in YEARS], "ind": 1},
             {"c": ["Geraamd resultaat"] + [nl(gR[y]) for y in YEARS], "b": True, "top": True}]
    for key, d, lab in (("L", gL, "Totaal lasten"), ("B", gB, "Totaal baten"), ("T", gT, "Toevoegingen aan reserves"),
                        ("O", gO, "Onttrekkingen aan reserves"), ("R", gR, "Geraamd resultaat")):
        for y in YEARS:
            fa(f"A.tot.{key}.{y}", d[y] * 1000, nl(d[y]), where="Tabel 11.1 Overzicht van baten en lasten (x € 1.000)", row=lab, col=y,
               quote=lab + " " + " ".join(nl(d[yy]) for yy in YEARS))
    B({"type": "table", "caption": "Tabel 11.1 Overzicht van baten en lasten per programma",
       "widths": [2.8, 1, 1, 1, 1, 1, 1], "align": ["l", "r", "r", "r", "r", "r", "r"],
       "header": [["(bedragen x € 1.000)", "Rekening", "Begroting", "Begroting", {"t": "Meerjarenraming", "span": 3}],
                  ["", "2023", "2024 na wijz.", "2025", "2026", "2027", "2028"]], "rows": rows})
    B({"type": "p", "text": "Het geraamde resultaat na bestemming is in de jaren 2025 tot en met 2028 nihil, omdat het begrotingssaldo "
                           "wordt verrekend met de algemene reserve. Het werkelijke resultaat over 2023 bedroeg € 1.873.000 positief."})

    # taakveld table (euro's) - long, continues over a page
    B({"type": "h2", "text": "Overzicht van baten en lasten per taakveld 2025"})
    rows = []
    Lsum = Bsum = 0
    for t in tv:
        s = t["B"] - t["L"]
        Lsum += t["L"]; Bsum += t["B"]
        rows.append([f"{t['code']} {t['name']}", nl(t["L"]), nl(t["B"]), nl(s)])
        fa(f"A.tv.L.{t['code']}", t["L"], nl(t["L"]), where="Tabel 11.2 Baten en lasten per taakveld 2025 (in euro's)",
           row=f"{t['code']} {t['name']}", col="Lasten", quote=f"{nl(t['L'])} {nl(t['B'])} {nl(s)}", near=[("Baten", t["B"]), ("Saldo", s)])
        fa(f"A.tv.B.{t['code']}", t["B"], nl(t["B"]), where="Tabel 11.2 Baten en lasten per taakveld 2025 (in euro's)",
           row=f"{t['code']} {t['name']}", col="Baten", quote=f"{nl(t['L'])} {nl(t['B'])} {nl(s)}", near=[("Lasten", t["L"]), ("Saldo", s)])
    rows.append({"c": ["Subtotaal taakvelden", nl(Lsum), nl(Bsum), nl(Bsum - Lsum)], "b": True, "top": True})
    rows.append({"c": ["0.10 Mutaties reserves", nl(totT25), nl(totO25), nl(totO25 - totT25)]})
    resx = Bsum + totO25 - Lsum - totT25
    rows.append({"c": ["Totaal (resultaat na bestemming)", nl(Lsum + totT25), nl(Bsum + totO25), nl(resx)], "b": True, "top": True})
    fa("A.tv.L.total", Lsum, nl(Lsum), where="Tabel 11.2, Subtotaal taakvelden", row="Subtotaal taakvelden", col="Lasten",
       quote=f"Subtotaal taakvelden {nl(Lsum)}")
    B({"type": "table", "caption": "Tabel 11.2 Baten en lasten per taakveld 2025", "scale": "bedragen in euro's", "scalePos": "caption",
       "contLabel": "(vervolg)", "widths": [3.6, 1.1, 1.1, 1.1], "align": ["l", "r", "r", "r"],
       "header": [["Taakveld", "Lasten", "Baten", "Saldo"]], "rows": rows,
       "footnotes": ["Saldo = baten minus lasten; een negatief saldo is een netto last.",
                     "Taakvelden volgens de Iv3-indeling 2025; taakvelden zonder baten en lasten zijn weggelaten."]})

    # reserves
    rows = []
    tot = [0] * 5
    for name, s0, pid, muts in reserves:
        t25, o25 = muts[0]
        s1 = s0 + t25 - o25
        s28 = s1 + sum(a - b for a, b in muts[1:])
        vals = [s0, t25, o25, s1, s28]
        tot = [a + b for a, b in zip(tot, vals)]
        rows.append([name] + [nl(v) for v in vals])
        for lab, v, near in (("Saldo 1-1-2025", s0, None), ("Toevoeging 2025", t25, None), ("Onttrekking 2025", o25, None),
                             ("Saldo 31-12-2025", s1, [("Saldo 1-1-2025", s0 * 1000), ("Saldo 31-12-2028", s28 * 1000)]),
                             ("Saldo 31-12-2028", s28, [("Saldo 31-12-2025", s1 * 1000)])):
            fa(f"A.res.{name}.{lab}", v * 1000, nl(v), where="Tabel 11.3 Reserves (x € 1.000)", row=name, col=lab,
               quote=" ".join(nl(x) for x in vals), near=near)
    rows.append({"c": ["Totaal reserves"] + [nl(v) for v in tot], "b": True, "top": True})
    fa("A.res.totaal.1-1-2025", tot[0] * 1000, nl(tot[0]), where="Tabel 11.3 Reserves", row="Totaal reserves", col="Saldo 1-1-2025",
       quote="Totaal reserves " + " ".join(nl(v) for v in tot))
    fa("A.res.totaal.31-12-2025", tot[3] * 1000, nl(tot[3]), where="Tabel 11.3 Reserves", row="Totaal reserves", col="Saldo 31-12-2025",
       quote="Totaal reserves " + " ".join(nl(v) for v in tot))
    assert tot[1] * 1000 == totT25 and tot[2] * 1000 == totO25
    B({"type": "table", "caption": "Tabel 11.3 Verloop van de reserves", "widths": [3, 1, 1, 1, 1, 1], "align": ["l", "r", "r", "r", "r", "r"],
       "header": [["Reserve", "Saldo", {"t": "Mutaties 2025", "span": 2}, "Saldo", "Saldo"],
                  ["(x € 1.000)", "1-1-2025", "Toevoeging", "Onttrekking", "31-12-2025", "31-12-2028"]], "rows": rows})

    # investments
    inv = [("Vervanging sportvloer sporthal De Kwekerij Denekamp", 485, [485, 0, 0, 0], 15),
           ("Reconstructie Oldenzaalsestraat Denekamp", 1940, [1140, 800, 0, 0], 40),
           ("Vervanging riolering Weerselo en Rossum", 2260, [760, 900, 600, 0], 60),
           ("Bouwrijp maken bedrijventerrein Dorperesch fase 2 Ootmarsum", 1310, [650, 660, 0, 0], 0),
           ("Verduurzaming gemeentehuis en gemeentewerf", 1725, [0, 425, 1300, 0], 25),
           ("Vervanging openbare verlichting (led)", 680, [170, 170, 170, 170], 20),
           ("Nieuwbouw kindcentrum Deurningen (onderwijshuisvesting)", 6450, [350, 2900, 3200, 0], 40)]
    rows = []
    colsum = [0, 0, 0, 0, 0]
    for lab, kr, yrs, af in inv:
        assert sum(yrs) == kr, lab
        rows.append([lab, nl(kr)] + [nl(v) if v else "-" for v in yrs] + [str(af) if af else "n.v.t."])
        colsum = [a + b for a, b in zip(colsum, [kr] + yrs)]
        fa(f"A.inv.{lab}.krediet", kr * 1000, nl(kr), where="Tabel 11.4 Investeringsplan 2025-2028 (x € 1.000)", row=lab, col="Totaal krediet",
           quote=nl(kr) + " " + " ".join(nl(v) if v else "-" for v in yrs), near=[("2025", yrs[0] * 1000)])
        fa(f"A.inv.{lab}.2025", yrs[0] * 1000, nl(yrs[0]) if yrs[0] else "-", where="Tabel 11.4 Investeringsplan 2025-2028 (x € 1.000)",
           row=lab, col="2025", quote=nl(kr) + " " + " ".join(nl(v) if v else "-" for v in yrs), near=[("Totaal krediet", kr * 1000)])
    rows.append({"c": ["Totaal investeringen"] + [nl(v) for v in colsum] + [""], "b": True, "top": True})
    fa("A.inv.totaal.2025", colsum[1] * 1000, nl(colsum[1]), where="Tabel 11.4 Investeringsplan", row="Totaal investeringen", col="2025",
       quote="Totaal investeringen " + " ".join(nl(v) for v in colsum))
    B({"type": "table", "caption": "Tabel 11.4 Investeringsplan 2025-2028", "widths": [3.4, 1, 0.8, 0.8, 0.8, 0.8, 1],
       "align": ["l", "r", "r", "r", "r", "r", "r"],
       "header": [["Investering", "Totaal", {"t": "Uitgaven per jaar (x € 1.000)", "span": 4}, "Afschrijving"],
                  ["", "krediet", "2025", "2026", "2027", "2028", "(jaren)"]], "rows": rows,
       "footnotes": ["Het krediet voor het bedrijventerrein maakt deel uit van de grondexploitatie en wordt niet afgeschreven."]})

    # incidentele baten en lasten - negatives in parentheses, euro's
    inc = [("Regiodeal Dinkeldal, fietsroutes (lasten)", [212_500, 0, 0, 0]),
           ("Vernieuwing website en digitaal loket (lasten)", [145_000, 0, 0, 0]),
           ("Verkiezingen Tweede Kamer (lasten)", [41_300, 0, 0, 0]),
           ("Invoering omgekeerd inzamelen (lasten)", [96_800, 0, 0, 0]),
           ("Onttrekking reserve sociaal domein (baten)", [-640_000, -420_000, -250_000, 0]),
           ("Onttrekking reserve duurzaamheid (baten)", [-275_000, -240_000, -160_000, 0]),
           ("Rijksbijdrage Regiodeal (baten)", [-212_500, 0, 0, 0]),
           ("Transformatie jeugdhulp, tijdelijke inzet (lasten)", [395_900, 542_000, 452_000, 0])]
    rows = []
    s = [0, 0, 0, 0]
    for lab, vals in inc:
        rows.append([lab] + [par(v) if v else "-" for v in vals])
        s = [a + b for a, b in zip(s, vals)]
        if vals[0]:
            fa(f"A.inc.{lab}", abs(vals[0]), par(vals[0]), where="Tabel 11.5 Incidentele baten en lasten (in euro's; baten tussen haakjes)",
               row=lab, col="2025", quote=" ".join(par(v) if v else "-" for v in vals))
    rows.append({"c": ["Saldo incidentele lasten en baten"] + [par(v) for v in s], "b": True, "top": True})
    B({"type": "table", "caption": "Tabel 11.5 Incidentele baten en lasten", "scale": "bedragen in euro's; baten tussen haakjes",
       "scalePos": "caption", "widths": [3.4, 1, 1, 1, 1], "align": ["l", "r", "r", "r", "r"],
       "header": [["Omschrijving", "2025", "2026", "2027", "2028"]], "rows": rows})
    B({"type": "p", "text": "Het onderscheid tussen structurele en incidentele baten en lasten is gemaakt volgens de notitie "
                           "structurele en incidentele baten en lasten van de commissie BBV (fictieve toelichting)."})

    meta = {"title": "Programmabegroting 2025 gemeente Dinkelland (FICTIEF DOCUMENT)", "author": "set-bj testgenerator",
            "subject": "Fictief testdocument: verzonnen bedragen", "creator": "set-bj gen_doc_a.py + render.js (PDFKit)",
            "pageSize": [595.28, 841.89], "header": "Gemeente Dinkelland - Programmabegroting 2025", "footer": FOOT,
            "pageLabel": "pagina",
            "style": {"marginLeft": 62, "marginRight": 56, "marginTop": 64, "marginBottom": 52, "size": 9.6, "tableSize": 8.2,
                      "font": "Helvetica", "fontBold": "Helvetica-Bold", "fontItalic": "Helvetica-Oblique",
                      "h1Size": 17, "h1Color": "#1F5F3F", "h2Color": "#1F5F3F", "captionSize": 9.2}}
    extra = dict(totals=totals, bsaldo=bsaldo, gL=gL, gB=gB, Ltot25x=Lsum, Btot25x=Bsum, resx=resx)
    return {"meta": meta, "blocks": blocks}, extra
