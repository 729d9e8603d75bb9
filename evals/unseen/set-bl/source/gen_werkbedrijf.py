"""Build the FICTIONAL 'Werkbedrijf Dinkel-Regge - Begroting 2025 en meerjarenraming 2026-2028'
(set-bl, document b). The body does not exist; every amount, count, tariff and percentage is
made up. Writes build/werkbedrijf-dinkel-regge-begroting-2025.pdf straight with MuPDF (PyMuPDF)
and facts-werkbedrijf.json.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Facts, k  # noqa: E402
from layout import Doc, MupdfBackend, eur, nl  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
DOC_ID = "werkbedrijf-dinkel-regge-begroting-2025"
F = Facts(DOC_ID)
BODY = "Werkbedrijf Dinkel-Regge"


def np_(v, dec=0):
    """negatives in parentheses"""
    return nl(v, dec, neg="paren")


# ------------------------------------------------------------------ data (x € 1.000 unless noted)
YEARS = ["R2023", "B2024", "B2025", "M2026", "M2027", "M2028"]
YEARLAB = {"R2023": "Rekening 2023", "B2024": "Begroting 2024", "B2025": "Begroting 2025",
           "M2026": "Raming 2026", "M2027": "Raming 2027", "M2028": "Raming 2028"}
BATEN = [
    ("omzet", "Netto-omzet (opbrengst werk en detacheringen)", [11842, 12100, 12412, 12290, 12180, 12050]),
    ("rijks", "Rijksbijdrage Wsw (doorbetaald door deelnemers)", [18905, 18214, 17608, 16920, 16240, 15590]),
    ("beschut", "Bijdrage beschut werk (deelnemers)", [1512, 1820, 2148, 2380, 2560, 2710]),
    ("reint", "Vergoedingen re-integratie en dienstverlening", [2244, 2310, 2402, 2450, 2500, 2550]),
    ("aanv", "Aanvullende gemeentelijke bijdrage", None),
    ("overig", "Overige baten (loonkostensubsidie, subsidies)", [612, 540, 575, 560, 560, 560]),
]
LASTEN = [
    ("lwsw", "Loonkosten Wsw-medewerkers", [27004, 26812, 26940, 26210, 25480, 24760]),
    ("lbw", "Loonkosten beschut werk", [1688, 2040, 2412, 2690, 2890, 3060]),
    ("staf", "Personeelskosten staf, leiding en begeleiding", [7512, 7744, 8102, 8260, 8420, 8590]),
    ("mat", "Materiaal- en uitbestedingskosten", [3988, 4050, 4144, 4110, 4080, 4040]),
    ("huis", "Huisvestingskosten", [1402, 1440, 1521, 1540, 1560, 1575]),
    ("kap", "Kapitaallasten (afschrijving en rente)", [884, 912, 968, 1012, 1004, 996]),
    ("ovbk", "Overige bedrijfskosten", [1266, 1230, 1284, 1290, 1300, 1310]),
]
TOEV = [300, 0, 0, 0, 0, 0]          # toevoeging aan reserves
ONTT = [0, 420, 380, 250, 120, 0]     # onttrekking bestemmingsreserve herstructurering
RESULT = [214, 0, 0, -126, -288, -410]  # resultaat na bestemming

sumL = [sum(x[2][i] for x in LASTEN) for i in range(6)]
sumB_ex = [sum(x[2][i] for x in BATEN if x[2]) for i in range(6)]
AANV = [RESULT[i] - (sumB_ex[i] - sumL[i] - TOEV[i] + ONTT[i]) for i in range(6)]
BATEN[4] = ("aanv", "Aanvullende gemeentelijke bijdrage", AANV)
sumB = [sumB_ex[i] + AANV[i] for i in range(6)]
SALDO = [sumB[i] - sumL[i] for i in range(6)]
for i in range(6):
    assert SALDO[i] - TOEV[i] + ONTT[i] == RESULT[i]
assert all(a > 0 for a in AANV), AANV

GEM = ["Dinkelland", "Losser", "Oldenzaal", "Tubbergen", "Twenterand"]
SHARE24 = [20.02, 17.18, 24.50, 14.21, 24.09]
SHARE25 = [19.84, 17.31, 24.62, 14.09, 24.14]
assert round(sum(SHARE24), 2) == 100 and round(sum(SHARE25), 2) == 100
PLEK24 = [11, 10, 14, 8, 13]
PLEK25 = [12, 11, 16, 9, 16]
PERPLEK = {"B2024": 32500, "B2025": 33560}
assert sum(PLEK24) * PERPLEK["B2024"] == BATEN[2][2][1] * 1000
RIJKS_E = {"B2024": 18213806, "B2025": 17608412}
AANV_E = {"B2024": AANV[1] * 1000 + 188, "B2025": AANV[2] * 1000 - 233}
assert k(RIJKS_E["B2024"]) == 18214 and k(RIJKS_E["B2025"]) == 17608


def split(total, shares):
    """split an amount by percentage shares; largest remainder so that the parts add up"""
    raw = [total * s / 100 for s in shares]
    parts = [int(r) for r in raw]
    rest = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[:rest]:
        parts[i] += 1
    return parts


# ------------------------------------------------------------------ style
TEAL = (0.0, 0.38, 0.40)
ST = dict(
    page=(595.28, 841.89), margin_top=70, margin_left=58, margin_right=58, margin_bottom=70,
    font="dserif", size=9, lead=1.42, para_after=5, table_after=12,
    headings={
        0: dict(size=16, font="dcond-b", color=TEAL, before=0, after=8, rule=0.8),
        1: dict(size=12, font="dcond-b", color=TEAL, before=10, after=4),
        2: dict(size=10, font="dcond-b", color=(0.2, 0.2, 0.2), before=6, after=3),
    },
    table=dict(size=7.9, font="dcond", bold="dcond-b", font_i="dcond-i", caption_font="dcond-b", caption_size=8.6,
               caption_color=TEAL, pad=2.8, rule_heavy=0.9, header_fill=None, zebra=(0.92, 0.96, 0.95),
               total_fill=None, row_pad_factor=0.5, header_color=TEAL),
)
doc = Doc(ST)

# ------------------------------------------------------------------ cover
doc.y = 120
doc.text(doc.left, doc.y, BODY, "dcond-b", 28, color=TEAL)
doc.y += 40
doc.text(doc.left, doc.y, "Begroting 2025", "dserif-b", 22)
doc.y += 30
doc.text(doc.left, doc.y, "en meerjarenraming 2026-2028", "dserif", 14)
doc.y += 36
doc.para("Gemeenschappelijke regeling voor sociale werkvoorziening, beschut werk en re-integratie van de gemeenten "
         "Dinkelland, Losser, Oldenzaal, Tubbergen en Twenterand.", size=10)
doc.y += 24
doc.box(["FICTIEF DOCUMENT", "Werkbedrijf Dinkel-Regge bestaat niet"], key="dcond-b", size=16, sw=2.5, stroke=(0.75, 0, 0),
        fill=(1, 0.96, 0.96),
        sub="Dit is een verzonnen testdocument. De organisatie, alle bedragen, aantallen, tarieven en percentages zijn "
            "verzonnen. Namen van bestaande gemeenten zijn alleen gebruikt als voorbeeld van deelnemers.")
doc.y += 16
doc.para("Ontwerpbegroting verzonden aan de deelnemende gemeenten op 12 april 2024 voor zienswijze. Vastgesteld door "
         "het algemeen bestuur op 3 juli 2024.", size=9)
doc.y += 14
doc.heading("Inhoud", 2)
for ln in ["1. Aanbieding en kerncijfers", "2. Uitgangspunten", "3. Taken: wat willen we bereiken, wat gaan we daarvoor "
           "doen en wat mag het kosten", "4. Exploitatie en meerjarenraming", "5. Bijdragen van de deelnemers",
           "6. Verschillen met de begroting 2024", "7. Weerstandsvermogen en reserves", "8. Investeringen en "
           "geprognosticeerde balans", "9. Paragrafen financiering en bedrijfsvoering", "Bijlage: overzicht per taakveld"]:
    doc.para(ln, after=1)

# ------------------------------------------------------------------ 1 aanbieding + kerncijfers
doc.heading("1. Aanbieding en kerncijfers", 0)
p_tot = F.add("wb.lasten.2025.prose", sumL[2] * 1000, f"€ {nl(sumL[2] / 1000, 1)} miljoen",
              "§1 Aanbieding prose: totale lasten begroting 2025 in miljoenen (table 4.1 has it x € 1.000)",
              near=[("begroting 2024", sumL[1] * 1000)])
p_aanv = F.add("wb.aanv.stijging", (AANV[2] - AANV[1]) * 1000, eur((AANV[2] - AANV[1]) * 1000),
               "§1 prose: stijging aanvullende gemeentelijke bijdrage 2025 t.o.v. 2024")
doc.para(f"Hierbij bieden wij u de begroting 2025 en de meerjarenraming 2026-2028 van {BODY} aan. De begroting 2025 "
         f"is sluitend: de totale lasten van {p_tot} worden gedekt door de opbrengsten uit werk, de doorbetaalde "
         f"rijksbijdrage Wsw, de bijdragen voor beschut werk en een aanvullende bijdrage van de vijf deelnemende "
         f"gemeenten. Die aanvullende bijdrage stijgt met {p_aanv} ten opzichte van de begroting 2024, vooral door de "
         f"cao-loonstijging in de sociale werkvoorziening, die het Rijk maar gedeeltelijk compenseert.")
doc.para("Vanaf 2026 laat de meerjarenraming een tekort zien, omdat de rijksbijdrage Wsw sneller daalt dan de "
         "loonkosten. Het algemeen bestuur heeft het dagelijks bestuur opdracht gegeven om vóór 1 maart 2025 een "
         "plan 'Toekomst Werkbedrijf 2030' voor te leggen met maatregelen om het tekort te dekken.")
doc.para("Zienswijzen. De gemeenteraden van Dinkelland, Oldenzaal, Tubbergen en Twenterand hebben ingestemd met de "
         "ontwerpbegroting. De gemeenteraad van Losser heeft een zienswijze ingediend: Losser vraagt om de stijging "
         "van de aanvullende bijdrage te beperken en de verdeelsleutel in 2025 te evalueren. Het algemeen bestuur "
         "heeft toegezegd de verdeelsleutel te evalueren in het plan Toekomst Werkbedrijf 2030.")
rows = []
KERN = [
    # label, [B2025, B2024, R2023], dec, unit, key, kind
    ("Totale baten (€ mln)", [sumB[2] / 1000, sumB[1] / 1000, sumB[0] / 1000], 1, "EUR", "baten", "mln"),
    ("Totale lasten (€ mln)", [sumL[2] / 1000, sumL[1] / 1000, sumL[0] / 1000], 1, "EUR", "lasten", "mln"),
    ("Netto-omzet (€ mln)", [12.412, 12.100, 11.842], 1, "EUR", "omzet", "mln"),
    ("Bijdragen deelnemers totaal (€ mln) 1)", [(BATEN[1][2][2] + BATEN[2][2][2] + AANV[2]) / 1000,
                                                (BATEN[1][2][1] + BATEN[2][2][1] + AANV[1]) / 1000,
                                                (BATEN[1][2][0] + BATEN[2][2][0] + AANV[0]) / 1000], 1, "EUR", "bijdragen", "mln"),
    ("Wsw-medewerkers in dienst per 1 januari (personen)", [742, 779, 818], 0, "count", "wswpers", ""),
    ("Wsw-medewerkers in arbeidsjaren (SE)", [621.4, 652.8, 688.0], 1, "count", "wswse", ""),
    ("Beschut werk: plaatsen", [64, 56, 47], 0, "count", "beschut", ""),
    ("Re-integratietrajecten (participanten)", [410, 385, 352], 0, "count", "trajecten", ""),
    ("Staf, leiding en begeleiding (fte)", [96.5, 94.0, 92.3], 1, "count", "stafte", ""),
    ("Ziekteverzuim Wsw-medewerkers", [11.5, 12.0, 12.6], 1, "percent", "verzuim", "%"),
]
for lab, vals, dec, unit, key, kind in KERN:
    printed = [nl(v, dec) + ("%" if kind == "%" else "") for v in vals]
    rows.append(dict(cells=[lab] + printed))
    for yi, yr in enumerate(("2025", "2024", "2023")):
        val = round(vals[yi], 1) * 1_000_000 if kind == "mln" else vals[yi]
        others = [(("2025", "2024", "2023")[j], (round(vals[j], 1) * 1_000_000 if kind == "mln" else vals[j])) for j in range(3) if j != yi]
        F.add(f"wb.kern.{key}.{yr}", int(round(val)) if kind == "mln" else val, printed[yi],
              f"Tabel 1.1 Kerncijfers, row '{lab}', column {['Begroting 2025', 'Begroting 2024', 'Rekening 2023'][yi]}",
              unit=unit, near=others, scale=1_000_000 if kind == "mln" else 1)
doc.table([(4.6, "left"), (1, "right"), (1, "right"), (1, "right")],
          [["", "Begroting", "Begroting", "Rekening"], ["Kerncijfer", "2025", "2024", "2023"]], rows,
          caption="Tabel 1.1 Kerncijfers", scale=None,
          footnotes=["1) Doorbetaalde rijksbijdrage Wsw, bijdrage beschut werk en aanvullende gemeentelijke bijdrage samen.",
                     "Bedragen in miljoenen euro's (€ mln), afgerond op één decimaal."])

# ------------------------------------------------------------------ 2 uitgangspunten
doc.heading("2. Uitgangspunten", 1)
doc.para("De begroting is opgesteld volgens de kaderbrief 2025, die het algemeen bestuur op 6 december 2023 heeft "
         "vastgesteld. De belangrijkste uitgangspunten zijn:")
UP = [
    ("Loonkostenstijging cao Aan de slag (Wsw)", "4,2%", 4.2, "percent", "cao_sw"),
    ("Loonkostenstijging cao Gemeenten (staf en begeleiding)", "3,5%", 3.5, "percent", "cao_gem"),
    ("Prijsindex materiële kosten", "2,8%", 2.8, "percent", "prijs"),
    ("Rijksbijdrage per standaardeenheid (SE) Wsw", "€ 28.337", 28337, "EUR", "perse"),
    ("Bijdrage beschut werk per plaats per jaar", "€ 33.560", 33560, "EUR", "perplek"),
    ("Omslagrente", "2,5%", 2.5, "percent", "rente"),
    ("Natuurlijk verloop Wsw-medewerkers per jaar", "37 personen", 37, "count", "verloop"),
]
rows = [dict(cells=[a, b]) for a, b, *_ in UP]
for a, b, v, u, key in UP:
    F.add(f"wb.up.{key}", v, b, f"Tabel 2.1 Uitgangspunten, row '{a}'", unit=u)
doc.table([(5, "left"), (1.4, "right")], [["Uitgangspunt begroting 2025", "Waarde"]], rows,
          caption="Tabel 2.1 Uitgangspunten", keep=7)

# ------------------------------------------------------------------ 3 taken
doc.heading("3. Taken", 0)
doc.para("Het Werkbedrijf voert drie taken uit voor de deelnemende gemeenten. Per taak beschrijven wij wat we willen "
         "bereiken, wat we daarvoor gaan doen en wat het mag kosten. Alle bedragen in de tabellen van dit hoofdstuk "
         "zijn x € 1.000.")
# allocation of lines to tasks (percent for task 1, 2; task 3 = rest)
ALLOC = {"lwsw": (100, 0), "lbw": (0, 100), "staf": (58, 17), "mat": (80, 12), "huis": (70, 18), "kap": (72, 16),
         "ovbk": (64, 14), "omzet": (84, 12), "rijks": (100, 0), "beschut": (0, 100), "reint": (0, 0),
         "aanv": (70, 10), "overig": (30, 40)}


def task_amounts(yi):
    tl = [0, 0, 0]
    tb = [0, 0, 0]
    for key, lab, vals in LASTEN:
        a1, a2 = ALLOC[key]
        p1, p2 = round(vals[yi] * a1 / 100), round(vals[yi] * a2 / 100)
        tl[0] += p1
        tl[1] += p2
        tl[2] += vals[yi] - p1 - p2
    for key, lab, vals in BATEN:
        a1, a2 = ALLOC[key]
        p1, p2 = round(vals[yi] * a1 / 100), round(vals[yi] * a2 / 100)
        tb[0] += p1
        tb[1] += p2
        tb[2] += vals[yi] - p1 - p2
    return tl, tb


TASKS = [
    dict(nr="3.1", naam="Sociale werkvoorziening (Wsw)", key="wsw",
         bereiken=["Wsw-medewerkers werken zo dicht mogelijk bij een gewone werkgever: in 2025 werkt 40% van de "
                   "Wsw-medewerkers gedetacheerd of via begeleid werken buiten de eigen bedrijven.",
                   "De Wsw-medewerkers blijven gezond en duurzaam inzetbaar; het ziekteverzuim daalt naar 11,5%.",
                   "De kosten per Wsw-medewerker blijven binnen de rijksbijdrage plus de afgesproken gemeentelijke bijdrage."],
         doen=["Wij breiden de groepsdetacheringen bij logistieke bedrijven in Oldenzaal en Almelo uit met twee nieuwe "
               "groepen (24 medewerkers).",
               "De groenteams 'Werken in de wijk' onderhouden in 2025 het openbaar groen in alle vijf gemeenten.",
               "Met het programma 'Fit op het werk' bieden wij alle medewerkers van 55 jaar en ouder een "
               "duurzame-inzetbaarheidsgesprek en een aangepast rooster aan."],
         ind=[("Wsw-medewerkers extern gedetacheerd of begeleid werken", "%", "34", "37", "40"),
              ("Ziekteverzuim Wsw-medewerkers", "%", "12,6", "12,0", "11,5"),
              ("Gemiddelde loonkosten per SE (x € 1)", "€", "39.250", "41.072", "43.354")]),
    dict(nr="3.2", naam="Beschut werk", key="beschut",
         bereiken=["Inwoners die alleen in een beschutte omgeving kunnen werken, hebben een passende plek: het aantal "
                   "plaatsen groeit van 56 in 2024 naar 64 in 2025 en 80 in 2028.",
                   "Beschut werk is een volwaardige baan met een arbeidsovereenkomst en ten minste het wettelijk minimumloon."],
         doen=["Wij openen in het voorjaar van 2025 een nieuwe werkplaats voor beschut werk in Denekamp (Atelier De "
               "Dinkel) met ruimte voor 12 medewerkers.",
               "Samen met de consulenten van de gemeenten maken wij voor iedere kandidaat binnen acht weken na de "
               "indicatie van het UWV een plaatsingsplan."],
         ind=[("Beschut werk: plaatsen (gemiddeld bezet)", "aantal", "47", "56", "64"),
              ("Wachttijd tot plaatsing (weken)", "weken", "14", "10", "8")]),
    dict(nr="3.3", naam="Re-integratie en participatie", key="reint",
         bereiken=["Inwoners met een uitkering uit de Participatiewet vinden via het Werkbedrijf betaald werk of een "
                   "passende dagbesteding.",
                   "Deelnemers halen een erkend praktijkbewijs; daarmee vergroten zij hun kans op werk."],
         doen=["Het Leerwerkbedrijf biedt praktijkleren in de branches logistiek, groen, schoonmaak en productie; in 2025 "
               "willen wij 120 praktijkverklaringen (mbo) uitreiken.",
               "Voor deelnemers met een taalachterstand zetten wij taalcoaches op de werkvloer in."],
         ind=[("Re-integratietrajecten (participanten)", "aantal", "352", "385", "410"),
              ("Uitstroom naar betaald werk (personen)", "aantal", "61", "70", "78"),
              ("Uitgereikte praktijkverklaringen", "aantal", "86", "100", "120")]),
]
task_tot = {}
for ti, t in enumerate(TASKS):
    doc.heading(f"{t['nr']} {t['naam']}", 1)
    doc.heading("Wat willen we bereiken?", 2)
    doc.bullets(t["bereiken"], key="dserif")
    doc.heading("Wat gaan we daarvoor doen?", 2)
    doc.bullets(t["doen"], key="dserif", marker="-")
    rows = []
    for name, eenh, r23, b24, b25 in t["ind"]:
        rows.append(dict(cells=[name, eenh, r23, b24, b25]))
        def val(s):
            return float(s.replace(".", "").replace(",", "."))
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:20]
        u = "percent" if eenh == "%" else ("EUR" if eenh == "€" else "count")
        F.add(f"wb.ind.{t['key']}.{slug}.2025", val(b25), b25, f"Indicatoren {t['nr']}, row '{name}', column Begroting 2025",
              unit=u, near=[("2024", val(b24)), ("rekening 2023", val(r23))])
        F.add(f"wb.ind.{t['key']}.{slug}.2024", val(b24), b24, f"Indicatoren {t['nr']}, row '{name}', column Begroting 2024",
              unit=u, near=[("2025", val(b25))])
    doc.table([(4.2, "left"), (0.8, "center"), (0.9, "right"), (0.9, "right"), (0.9, "right")],
              [["Indicator", "Eenheid", "Rekening 2023", "Begroting 2024", "Begroting 2025"]], rows,
              caption=f"Indicatoren {t['naam'].lower()}")
    doc.heading("Wat mag het kosten?", 2)
    l24, b24 = task_amounts(1)
    l25, b25 = task_amounts(2)
    L24, B24, L25, B25 = l24[ti], b24[ti], l25[ti], b25[ti]
    task_tot[t["key"]] = (L24, B24, L25, B25)
    rows = [dict(cells=["Lasten", nl(L24), nl(L25), np_(L25 - L24)]),
            dict(cells=["Baten", nl(B24), nl(B25), np_(B25 - B24)]),
            dict(cells=["Saldo", np_(B24 - L24), np_(B25 - L25), np_((B25 - L25) - (B24 - L24))], style="total")]
    F.add(f"wb.taak.{t['key']}.L25", L25 * 1000, nl(L25), f"Tabel {t['nr']} Lasten en baten {t['naam'].lower()} (under 'Wat mag het kosten?'), row Lasten, column Begroting 2025",
          near=[("Begroting 2024", L24 * 1000), ("Baten 2025", B25 * 1000)], scale=1000)
    F.add(f"wb.taak.{t['key']}.B25", B25 * 1000, nl(B25), f"Tabel {t['nr']} Lasten en baten {t['naam'].lower()} (under 'Wat mag het kosten?'), row Baten, column Begroting 2025",
          near=[("Begroting 2024", B24 * 1000), ("Lasten 2025", L25 * 1000)], scale=1000)
    F.add(f"wb.taak.{t['key']}.L24", L24 * 1000, nl(L24), f"Tabel {t['nr']} Lasten en baten {t['naam'].lower()} (under 'Wat mag het kosten?'), row Lasten, column Begroting 2024",
          near=[("Begroting 2025", L25 * 1000)], scale=1000)
    F.add(f"wb.taak.{t['key']}.S25", (B25 - L25) * 1000, np_(B25 - L25), f"Tabel {t['nr']} Lasten en baten {t['naam'].lower()} (under 'Wat mag het kosten?'), row Saldo, column Begroting 2025 (parentheses = negative)",
          near=[("Begroting 2024", (B24 - L24) * 1000)], scale=1000)
    doc.table([(3.5, "left"), (1.1, "right"), (1.1, "right"), (1.1, "right")],
              [["x € 1.000", "Begroting 2024", "Begroting 2025", "Verschil"]], rows,
              caption=f"Tabel {t['nr']} Lasten en baten {t['naam'].lower()}", keep=3)
# sanity: tasks add up to exploitatie
for yi in (1, 2):
    tl, tb = task_amounts(yi)
    assert sum(tl) == sumL[yi] and sum(tb) == sumB[yi]

# ------------------------------------------------------------------ 4 exploitatie (meerjarig)
doc.heading("4. Exploitatie en meerjarenraming", 0)
doc.para("Tabel 4.1 geeft de baten en lasten van het Werkbedrijf voor de jaren 2023 tot en met 2028. Negatieve "
         "bedragen staan tussen haakjes. De raming voor 2026-2028 is in constante prijzen van 2025, met uitzondering "
         "van de afgesproken cao-stijgingen.")
rows = [dict(cells=["Baten"] + [""] * 6, style="section")]
for key, lab, vals in BATEN:
    rows.append(dict(cells=[lab] + [nl(v) for v in vals], indent=6))
    for i, y in enumerate(YEARS):
        F.add(f"wb.expl.{key}.{y}", vals[i] * 1000, nl(vals[i]), f"Tabel 4.1 Exploitatie, row '{lab}', column {YEARLAB[y]}",
              near=[(YEARLAB[YEARS[j]], vals[j] * 1000) for j in (i - 1, i + 1) if 0 <= j < 6], scale=1000)
rows.append(dict(cells=["Totaal baten"] + [nl(v) for v in sumB], style="subtotal"))
rows.append(dict(cells=["Lasten"] + [""] * 6, style="section"))
for key, lab, vals in LASTEN:
    rows.append(dict(cells=[lab] + [nl(v) for v in vals], indent=6))
    for i, y in enumerate(YEARS):
        F.add(f"wb.expl.{key}.{y}", vals[i] * 1000, nl(vals[i]), f"Tabel 4.1 Exploitatie, row '{lab}', column {YEARLAB[y]}",
              near=[(YEARLAB[YEARS[j]], vals[j] * 1000) for j in (i - 1, i + 1) if 0 <= j < 6], scale=1000)
rows.append(dict(cells=["Totaal lasten"] + [nl(v) for v in sumL], style="subtotal"))
rows.append(dict(cells=["Saldo vóór bestemming"] + [np_(v) for v in SALDO], style="bold"))
rows.append(dict(cells=["Toevoeging aan reserves"] + [np_(-v) if v else "-" for v in TOEV]))
rows.append(dict(cells=["Onttrekking aan reserves"] + [nl(v) if v else "-" for v in ONTT]))
rows.append(dict(cells=["Resultaat na bestemming"] + [np_(v) if v else "0" for v in RESULT], style="total"))
for i, y in enumerate(YEARS):
    F.add(f"wb.expl.totB.{y}", sumB[i] * 1000, nl(sumB[i]), f"Tabel 4.1, row 'Totaal baten', column {YEARLAB[y]}",
          near=[("Totaal lasten", sumL[i] * 1000)], scale=1000)
    F.add(f"wb.expl.totL.{y}", sumL[i] * 1000, nl(sumL[i]), f"Tabel 4.1, row 'Totaal lasten', column {YEARLAB[y]}",
          near=[("Totaal baten", sumB[i] * 1000)] + [(YEARLAB[YEARS[j]], sumL[j] * 1000) for j in (i - 1, i + 1) if 0 <= j < 6], scale=1000)
    F.add(f"wb.expl.saldo.{y}", SALDO[i] * 1000, np_(SALDO[i]), f"Tabel 4.1, row 'Saldo vóór bestemming', column {YEARLAB[y]}",
          near=[("Resultaat na bestemming", RESULT[i] * 1000)], scale=1000)
    if RESULT[i]:
        F.add(f"wb.expl.result.{y}", RESULT[i] * 1000, np_(RESULT[i]), f"Tabel 4.1, row 'Resultaat na bestemming', column {YEARLAB[y]}",
              near=[("Saldo vóór bestemming", SALDO[i] * 1000)], scale=1000)
doc.table([(3.3, "left")] + [(0.85, "right")] * 6,
          [["(bedragen x € 1.000)", "Rekening", "Begroting", "Begroting", ("Meerjarenraming", 3)],
           ["", "2023", "2024", "2025", "2026", "2027", "2028"]],
          rows, caption="Tabel 4.1 Exploitatie 2023-2028", valign="bottom",
          footnotes=["Begroting 2024 na de eerste begrotingswijziging (AB 13 december 2023)."])
doc.para(f"Het tekort loopt op van {eur(-RESULT[3] * 1000)} in 2026 tot {eur(-RESULT[5] * 1000)} in 2028. Zonder "
         f"maatregelen moet dit tekort via de aanvullende bijdrage door de deelnemers worden gedekt.")
F.add("wb.tekort.2028.prose", -RESULT[5] * 1000, eur(-RESULT[5] * 1000), "§4 prose below Tabel 4.1: tekort 2028",
      near=[("2026", -RESULT[3] * 1000), ("2027", -RESULT[4] * 1000)])

# ------------------------------------------------------------------ 5 bijdragen deelnemers (landscape)
doc.new_page(landscape=True)
doc.heading("5. Bijdragen van de deelnemers", 1)
doc.para("De deelnemers betalen drie soorten bijdragen: (a) zij betalen het deel van de rijksbijdrage Wsw door dat zij "
         "via de integratie-uitkering Participatie ontvangen, naar het aantal Wsw-arbeidsjaren (SE) van hun inwoners; "
         "(b) een bijdrage per plaats beschut werk; (c) een aanvullende bijdrage voor het tekort, verdeeld naar "
         "dezelfde verdeelsleutel als de rijksbijdrage. Tabel 5.1 is in hele euro's.")
# choose the euro remainder of the aanvullende bijdrage so that the per-deelnemer totals,
# rounded to thousands, add up to the exploitatie figure (table 5.2 then matches table 4.1)
for rem in list(range(-233, 450, 17)) + list(range(-450, -233, 17)):
    AANV_E["B2025"] = AANV[2] * 1000 + rem
    _t = [a + b + c for a, b, c in zip(split(RIJKS_E["B2025"], SHARE25), [p * PERPLEK["B2025"] for p in PLEK25],
                                       split(AANV_E["B2025"], SHARE25))]
    if sum(k(x) for x in _t) == BATEN[1][2][2] + BATEN[2][2][2] + AANV[2]:
        break
r25 = split(RIJKS_E["B2025"], SHARE25)
r24 = split(RIJKS_E["B2024"], SHARE24)
a25 = split(AANV_E["B2025"], SHARE25)
a24 = split(AANV_E["B2024"], SHARE24)
bw25 = [p * PERPLEK["B2025"] for p in PLEK25]
bw24 = [p * PERPLEK["B2024"] for p in PLEK24]
tot25 = [r25[i] + bw25[i] + a25[i] for i in range(5)]
tot24 = [r24[i] + bw24[i] + a24[i] for i in range(5)]
rows = []
for i, g in enumerate(GEM):
    rows.append(dict(cells=[g, nl(SHARE25[i], 2) + "%", nl(r25[i]), str(PLEK25[i]), nl(bw25[i]), nl(a25[i]), nl(tot25[i]),
                            nl(tot24[i]), np_(tot25[i] - tot24[i])]))
    gs = g.lower()
    F.add(f"wb.bijdr.{gs}.tot25", tot25[i], nl(tot25[i]), f"Tabel 5.1 Bijdragen per deelnemer, row '{g}', column Totaal bijdrage 2025",
          near=[("Totaal bijdrage 2024", tot24[i]), ("Aanvullende bijdrage", a25[i]), ("Rijksbijdrage Wsw", r25[i])])
    F.add(f"wb.bijdr.{gs}.tot24", tot24[i], nl(tot24[i]), f"Tabel 5.1, row '{g}', column Totaal bijdrage 2024",
          near=[("2025", tot25[i])])
    F.add(f"wb.bijdr.{gs}.share", SHARE25[i], nl(SHARE25[i], 2) + "%", f"Tabel 5.1, row '{g}', column Verdeelsleutel 2025",
          unit="percent", near=[("verdeelsleutel 2024", SHARE24[i])])
    F.add(f"wb.bijdr.{gs}.aanv25", a25[i], nl(a25[i]), f"Tabel 5.1, row '{g}', column Aanvullende bijdrage 2025",
          near=[("Totaal", tot25[i])])
    F.add(f"wb.bijdr.{gs}.rijks25", r25[i], nl(r25[i]), f"Tabel 5.1, row '{g}', column Rijksbijdrage Wsw 2025",
          near=[("Totaal", tot25[i])])
    F.add(f"wb.bijdr.{gs}.plek25", PLEK25[i], str(PLEK25[i]), f"Tabel 5.1, row '{g}', column Beschut werk plaatsen", unit="count",
          near=[("2024", PLEK24[i])])
    F.add(f"wb.bijdr.{gs}.verschil", tot25[i] - tot24[i], np_(tot25[i] - tot24[i]), f"Tabel 5.1, row '{g}', column Verschil")
T = [RIJKS_E["B2025"], sum(bw25), AANV_E["B2025"], sum(tot25), sum(tot24)]
assert sum(r25) == T[0] and sum(a25) == T[2]
rows.append(dict(cells=["Totaal", "100,00%", nl(T[0]), str(sum(PLEK25)), nl(T[1]), nl(T[2]), nl(T[3]), nl(T[4]), np_(T[3] - T[4])],
                 style="total"))
F.add("wb.bijdr.totaal.tot25", T[3], nl(T[3]), "Tabel 5.1, row 'Totaal', column Totaal bijdrage 2025", near=[("2024", T[4])])
F.add("wb.bijdr.totaal.aanv25", T[2], nl(T[2]), "Tabel 5.1, row 'Totaal', column Aanvullende bijdrage 2025")
assert k(T[2]) == AANV[2] and k(T[1]) == BATEN[2][2][2]
doc.table([(1.5, "left"), (0.9, "right"), (1.2, "right"), (0.8, "right"), (1.1, "right"), (1.1, "right"), (1.2, "right"),
           (1.2, "right"), (1.0, "right")],
          [["", "Verdeel-", "(a) Rijks-", ("(b) Beschut werk", 2), "(c) Aanvullende", "Totaal", "Totaal", ""],
           ["Deelnemer", "sleutel 2025", "bijdrage Wsw", "plaatsen", "bijdrage", "bijdrage", "bijdrage 2025", "bijdrage 2024", "Verschil"]],
          rows, caption="Tabel 5.1 Bijdragen per deelnemer 2025", scale="bedragen in euro's", scale_pos="below",
          footnotes=[f"Bijdrage beschut werk 2025: {eur(PERPLEK['B2025'])} per plaats (2024: {eur(PERPLEK['B2024'])}). "
                     "Verdeelsleutel 2024: Dinkelland 20,02%, Losser 17,18%, Oldenzaal 24,50%, Tubbergen 14,21%, Twenterand 24,09%."])
for i, g in enumerate(GEM):
    F.add(f"wb.bijdr.{g.lower()}.share24", SHARE24[i], nl(SHARE24[i], 2) + "%", "Footnote under Tabel 5.1: verdeelsleutel 2024",
          unit="percent", near=[("2025", SHARE25[i])])
# meerjarig per deelnemer (x 1.000), years descending
doc.heading("Meerjarige bijdragen", 2)
doc.para("Tabel 5.2 geeft de totale bijdrage per deelnemer voor de jaren 2025-2028, met de "
         "verdeelsleutel van 2025. Het tekort vanaf 2026 is hierin nog niet verwerkt.")
mj = {}
for i, y in enumerate(YEARS[2:], start=2):
    tot = BATEN[1][2][i] + BATEN[2][2][i] + AANV[i]
    mj[y] = split(tot, SHARE25)
# 2025 column must equal the rounded euro totals of table 5.1 where possible
mj["B2025"] = [k(x) for x in tot25]
assert sum(mj["B2025"]) == BATEN[1][2][2] + BATEN[2][2][2] + AANV[2], (sum(mj["B2025"]),)
rows = []
order = ["M2028", "M2027", "M2026", "B2025"]
for i, g in enumerate(GEM):
    rows.append(dict(cells=[g] + [nl(mj[y][i]) for y in order]))
    for y in order:
        F.add(f"wb.mj.{g.lower()}.{y}", mj[y][i] * 1000, nl(mj[y][i]), f"Tabel 5.2 Meerjarige bijdragen, row '{g}', column {y[1:]}",
              near=[(yy[1:], mj[yy][i] * 1000) for yy in order if yy != y][:2], scale=1000)
rows.append(dict(cells=["Totaal"] + [nl(sum(mj[y])) for y in order], style="total"))
for y in order:
    F.add(f"wb.mj.totaal.{y}", sum(mj[y]) * 1000, nl(sum(mj[y])), f"Tabel 5.2, row 'Totaal', column {y[1:]}", scale=1000)
doc.table([(2.2, "left"), (1, "right"), (1, "right"), (1, "right"), (1, "right")],
          [["x € 1.000", "2028", "2027", "2026", "2025"]], rows, caption="Tabel 5.2 Totale bijdrage per deelnemer 2025-2028")

# ------------------------------------------------------------------ 6 verschillen
doc.new_page()
doc.heading("6. Verschillen met de begroting 2024", 1)
d_rijks = RIJKS_E["B2025"] - RIJKS_E["B2024"]
cao = 1126104
verloop = cao - (LASTEN[0][2][2] - LASTEN[0][2][1]) * 1000
p_cao = F.add("wb.verschil.cao", cao, eur(cao), "§6 prose: effect cao-loonstijging Wsw 2025 (N)")
p_verl = F.add("wb.verschil.verloop", verloop, eur(verloop), "§6 prose: lagere loonkosten door natuurlijk verloop (V)")
p_rijks = F.add("wb.verschil.rijks", -d_rijks, eur(-d_rijks), "§6 prose: daling rijksbijdrage Wsw 2025 t.o.v. 2024 (exact euros; table 6.1 shows it x € 1.000)",
                near=[("rijksbijdrage 2025", RIJKS_E["B2025"]), ("2024", RIJKS_E["B2024"])])
doc.para(f"De loonkosten van de Wsw-medewerkers stijgen per saldo met {eur((LASTEN[0][2][2] - LASTEN[0][2][1]) * 1000)}. De "
         f"cao-loonstijging van 4,2% kost {p_cao}; daar staat tegenover dat de loonkosten door natuurlijk verloop "
         f"(37 medewerkers minder) {p_verl} lager uitvallen. De doorbetaalde rijksbijdrage Wsw daalt met {p_rijks}, "
         f"van {eur(RIJKS_E['B2024'])} naar {eur(RIJKS_E['B2025'])}.")
F.add("wb.rijks.2025_e", RIJKS_E["B2025"], eur(RIJKS_E["B2025"]), "§6 prose: rijksbijdrage Wsw 2025 exact", near=[("2024", RIJKS_E["B2024"])])
F.add("wb.rijks.2024_e", RIJKS_E["B2024"], eur(RIJKS_E["B2024"]), "§6 prose: rijksbijdrage Wsw 2024 exact", near=[("2025", RIJKS_E["B2025"])])
rows = []
tot_v = 0
for key, lab, vals in BATEN:
    dlt = vals[2] - vals[1]
    tot_v += dlt
    rows.append(dict(cells=[lab, np_(dlt), "V" if dlt > 0 else ("N" if dlt < 0 else "")]))
    F.add(f"wb.diff.{key}", abs(dlt) * 1000, np_(dlt), f"Tabel 6.1 Verschillen, row '{lab}' (baten, x € 1.000)",
          scale=1000, context=dict(vn="V" if dlt > 0 else "N"))
for key, lab, vals in LASTEN:
    dlt = -(vals[2] - vals[1])
    tot_v += dlt
    rows.append(dict(cells=[lab, np_(dlt), "V" if dlt > 0 else ("N" if dlt < 0 else "")]))
    F.add(f"wb.diff.{key}", abs(dlt) * 1000, np_(dlt), f"Tabel 6.1 Verschillen, row '{lab}' (lasten, x € 1.000)",
          scale=1000, context=dict(vn="V" if dlt > 0 else "N"))
dres = (-(ONTT[1]) + ONTT[2])
rows.append(dict(cells=["Lagere onttrekking bestemmingsreserve herstructurering", np_(dres), "N" if dres < 0 else "V"]))
tot_v += dres
rows.append(dict(cells=["Totaal verschil resultaat na bestemming", np_(tot_v), ""], style="total"))
assert tot_v == RESULT[2] - RESULT[1]
doc.table([(5, "left"), (1.1, "right"), (0.5, "center")], [["Begroting 2025 ten opzichte van begroting 2024", "Verschil", "V/N"]],
          rows, caption="Tabel 6.1 Verschillen per onderdeel",
          footnotes=["Bedragen x € 1.000. V = voordelig, N = nadelig; nadelige verschillen staan tussen haakjes."])

# ------------------------------------------------------------------ 7 weerstandsvermogen en reserves
doc.heading("7. Weerstandsvermogen en reserves", 1)
RIS = [
    ("Cao-stijging Wsw hoger dan in de begroting opgenomen", 50, 540),
    ("Lagere omzet door verlies van een grote opdrachtgever", 25, 900),
    ("Daling rijksbijdrage Wsw sneller dan geraamd", 30, 420),
    ("Hoger ziekteverzuim (1%-punt)", 40, 310),
    ("Energie- en grondstofprijzen", 25, 260),
]
rows = []
ben = 0
for oms, kans, eff in RIS:
    g = round(eff * kans / 100)
    ben += g
    rows.append(dict(cells=[oms, f"{kans}%", nl(eff), nl(g)]))
rows.append(dict(cells=["Benodigde weerstandscapaciteit", "", nl(sum(r[2] for r in RIS)), nl(ben)], style="total"))
F.add("wb.weerstand.benodigd", ben * 1000, nl(ben), "Tabel 7.1 Risico's, row 'Benodigde weerstandscapaciteit', column Kans x effect (x € 1.000)",
      scale=1000, near=[("som effecten", sum(r[2] for r in RIS) * 1000)])
doc.table([(4.2, "left"), (0.6, "right"), (1, "right"), (1, "right")],
          [["Risico (x € 1.000)", "Kans", "Effect", "Kans x effect"]], rows, caption="Tabel 7.1 Risico's")
RES = [
    # name, stand 1-1-2025, toev 2025, ontt 2025, then ontt 2026, 2027, 2028 (k)
    ("Algemene reserve", 1046, 0, 0, [0, 0, 0]),
    ("Bestemmingsreserve herstructurering", 1112, 0, 380, [250, 120, 0]),
    ("Bestemmingsreserve vervanging machines", 486, 0, 0, [0, 0, 0]),
    ("Egalisatiereserve beschut werk", 210, 0, 0, [0, 0, 0]),
]
assert sum(r[3] for r in RES) == ONTT[2] and [sum(r[4][j] for r in RES) for j in range(3)] == ONTT[3:]
ratio = round(RES[0][1] / ben, 2)
doc.para(f"De beschikbare weerstandscapaciteit is de algemene reserve: {eur(RES[0][1] * 1000)} per 1 januari 2025. De "
         f"ratio weerstandsvermogen is daarmee {nl(ratio, 2)} (beschikbaar gedeeld door benodigd). Volgens de nota "
         f"reserves en voorzieningen is de algemene reserve gemaximeerd op 3% van de totale lasten; een hoger saldo "
         f"wordt naar rato van de verdeelsleutel aan de deelnemers uitgekeerd.")
F.add("wb.weerstand.ratio", ratio, nl(ratio, 2), "§7 prose: ratio weerstandsvermogen", unit="count")
F.add("wb.ar.1jan2025", RES[0][1] * 1000, eur(RES[0][1] * 1000), "§7 prose and Tabel 7.2: algemene reserve 1-1-2025")
rows = []
tots = [0] * 7
for name, s0, t25, o25, later in RES:
    s25 = s0 + t25 - o25
    s26 = s25 - later[0]
    s27 = s26 - later[1]
    s28 = s27 - later[2]
    vals = [s0, t25, o25, s25, s26, s27, s28]
    for j, v in enumerate(vals):
        tots[j] += v
    rows.append(dict(cells=[name] + [nl(v) if v else "-" for v in vals]))
    slug = name.split()[-1].lower()
    F.add(f"wb.res.{slug}.s25", s25 * 1000, nl(s25), f"Tabel 7.2 Reserves, row '{name}', column Stand 31-12-2025",
          near=[("1-1-2025", s0 * 1000), ("31-12-2026", s26 * 1000)], scale=1000)
    F.add(f"wb.res.{slug}.s28", s28 * 1000, nl(s28), f"Tabel 7.2 Reserves, row '{name}', column Stand 31-12-2028",
          near=[("31-12-2027", s27 * 1000)], scale=1000)
rows.append(dict(cells=["Totaal reserves"] + [nl(v) for v in tots], style="total"))
F.add("wb.res.totaal.s25", tots[3] * 1000, nl(tots[3]), "Tabel 7.2, row 'Totaal reserves', column Stand 31-12-2025", scale=1000)
doc.table([(2.6, "left"), (0.85, "right"), (0.95, "right"), (1.0, "right"), (0.8, "right"), (0.8, "right"), (0.8, "right"),
           (0.8, "right")],
          [["", "Stand", ("Mutaties 2025", 2), ("Stand per 31 december", 4)],
           ["Reserve (x € 1.000)", "1-1-2025", "toevoeging", "onttrekking", "2025", "2026", "2027", "2028"]],
          rows, caption="Tabel 7.2 Reserves 2025-2028")

# ------------------------------------------------------------------ 8 investeringen en balans
doc.heading("8. Investeringen en geprognosticeerde balans", 1)
INV = [("Vervanging heftrucks en elektrische pallettrucks", 186000, 8), ("Nieuwe inpaklijn productielocatie Losser", 412500, 10),
       ("Zonnepanelen en ledverlichting bedrijfspand Oldenzaal", 644000, 15), ("Inrichting werkplaats beschut werk Denekamp", 238000, 10),
       ("ICT-werkplekken en planningssoftware", 98000, 4)]
rows = [dict(cells=[a, nl(b), str(c)]) for a, b, c in INV]
itot = sum(b for _, b, _ in INV)
rows.append(dict(cells=["Totaal investeringen 2025", nl(itot), ""], style="total"))
for a, b, c in INV:
    F.add(f"wb.inv.{a.split()[0].lower()}{a.split()[1].lower()}", b, nl(b), f"Tabel 8.1 Investeringen 2025, row '{a}', column Bedrag")
    F.add(f"wb.inv.{a.split()[0].lower()}{a.split()[1].lower()}.jaren", c, str(c), f"Tabel 8.1, row '{a}', column Afschrijvingstermijn (jaren)", unit="count")
F.add("wb.inv.totaal", itot, nl(itot), "Tabel 8.1, row 'Totaal investeringen 2025'")
doc.table([(4.4, "left"), (1.1, "right"), (1.1, "right")], [["Investering", "Bedrag (€)", "Afschrijving (jaren)"]], rows,
          caption="Tabel 8.1 Investeringen 2025")
BAL = {
    "Materiële vaste activa": (6412, 5876, 5511),
    "Voorraden": (688, 702, 731),
    "Vorderingen op deelnemers": (1210, 1188, 1042),
    "Handelsdebiteuren en overige vorderingen": (1966, 1930, 2104),
    "Liquide middelen": (388, 512, 846),
}
# eigen vermogen 31-12-2025, 31-12-2024, 31-12-2023; the 2023 result (214) was added to the reserves in 2024
ev = (tots[3], sum(r[1] for r in RES), sum(r[1] for r in RES) + ONTT[1] - TOEV[1] - RESULT[1])
lang = (3920, 3410, 3180)
vz = (512, 498, 470)
act = [sum(v[i] for v in BAL.values()) for i in range(3)]
kort = [act[i] - ev[i] - lang[i] - vz[i] for i in range(3)]
assert all(x > 0 for x in kort), kort
rows = [dict(cells=["Activa", "", "", ""], style="section")]
for name, v in BAL.items():
    rows.append(dict(cells=[name] + [nl(x) for x in v], indent=6))
rows.append(dict(cells=["Totaal activa"] + [nl(x) for x in act], style="subtotal"))
rows.append(dict(cells=["Passiva", "", "", ""], style="section"))
rows.append(dict(cells=["Eigen vermogen (reserves en resultaat)"] + [nl(x) for x in ev], indent=6))
rows.append(dict(cells=["Voorzieningen"] + [nl(x) for x in vz], indent=6))
rows.append(dict(cells=["Langlopende schulden"] + [nl(x) for x in lang], indent=6))
rows.append(dict(cells=["Kortlopende schulden"] + [nl(x) for x in kort], indent=6))
rows.append(dict(cells=["Totaal passiva"] + [nl(x) for x in act], style="subtotal"))
for i, yr in enumerate(("2025", "2024", "2023")):
    F.add(f"wb.bal.ev.{yr}", ev[i] * 1000, nl(ev[i]), f"Tabel 8.2 Geprognosticeerde balans, row 'Eigen vermogen', column 31-12-{yr}",
          near=[(f"31-12-{y}", ev[j] * 1000) for j, y in enumerate(("2025", "2024", "2023")) if j != i], scale=1000)
    F.add(f"wb.bal.totaal.{yr}", act[i] * 1000, nl(act[i]), f"Tabel 8.2, row 'Totaal activa', column 31-12-{yr}", scale=1000)
    F.add(f"wb.bal.lang.{yr}", lang[i] * 1000, nl(lang[i]), f"Tabel 8.2, row 'Langlopende schulden', column 31-12-{yr}",
          near=[(f"31-12-{y}", lang[j] * 1000) for j, y in enumerate(("2025", "2024", "2023")) if j != i], scale=1000)
doc.table([(3.4, "left"), (1, "right"), (1, "right"), (1, "right")],
          [["x € 1.000", "31-12-2025", "31-12-2024", "31-12-2023"]], rows,
          caption="Tabel 8.2 Geprognosticeerde balans", footnotes=["31-12-2023 volgens de jaarrekening 2023; de andere jaren zijn ramingen."])
def nsq(i):
    return round((lang[i] + kort[i] - BAL["Vorderingen op deelnemers"][i] - BAL["Handelsdebiteuren en overige vorderingen"][i]
                  - BAL["Liquide middelen"][i]) / sumB[2 - i] * 100, 1)


KG = [("Netto schuldquote", nsq(0), nsq(1), "schuld"),
      ("Solvabiliteitsratio", round(ev[0] / act[0] * 100, 1), round(ev[1] / act[1] * 100, 1), "solv"),
      ("Structurele exploitatieruimte", 0.0, 0.3, "struct")]
rows = [dict(cells=[a, nl(b, 1) + "%", nl(c, 1) + "%"]) for a, b, c, _ in KG]
for a, b, c, key in KG:
    F.add(f"wb.keng.{key}.2025", b, nl(b, 1) + "%", f"Tabel 8.3 Kengetallen, row '{a}', column Begroting 2025", unit="percent",
          near=[("Begroting 2024", c)])
doc.table([(3.4, "left"), (1, "right"), (1, "right")], [["Kengetal", "Begroting 2025", "Begroting 2024"]], rows,
          caption="Tabel 8.3 Financiële kengetallen", keep=3)

# ------------------------------------------------------------------ 9 paragrafen financiering en bedrijfsvoering
doc.heading("9. Paragrafen financiering en bedrijfsvoering", 0)
doc.heading("9.1 Financiering", 1)
kgl = round(sumL[2] * 0.082)
rrn = round(sumL[2] * 0.20)
doc.para(f"Het Werkbedrijf financiert zijn investeringen met langlopende leningen bij de BNG Bank. In 2025 wordt één "
         f"nieuwe lening van € 1.000.000 aangetrokken met een looptijd van 15 jaar; de verwachte rente is 3,1%. De "
         f"aflossing op bestaande leningen bedraagt in 2025 € 490.000.")
F.add("wb.fin.nieuwelening", 1000000, "€ 1.000.000", "§9.1 prose: nieuwe lening 2025")
F.add("wb.fin.rente", 3.1, "3,1%", "§9.1 prose: verwachte rente nieuwe lening", unit="percent", near=[("omslagrente", 2.5)])
F.add("wb.fin.aflossing", 490000, "€ 490.000", "§9.1 prose: aflossing 2025")
rows = [dict(cells=["Begrotingstotaal (totale lasten) 2025", nl(sumL[2])]),
        dict(cells=["Kasgeldlimiet: percentage", "8,2%"]),
        dict(cells=["Kasgeldlimiet: bedrag", nl(kgl)], style="bold"),
        dict(cells=["Renterisiconorm: percentage", "20%"]),
        dict(cells=["Renterisiconorm: bedrag", nl(rrn)], style="bold"),
        dict(cells=["Renterisico op de vaste schuld 2025 (herfinanciering en renteherziening)", nl(490)])]
F.add("wb.fin.kasgeldlimiet", kgl * 1000, nl(kgl), "Tabel 9.1 Kasgeldlimiet en renterisiconorm, row 'Kasgeldlimiet: bedrag' (x € 1.000)", scale=1000,
      near=[("renterisiconorm", rrn * 1000)])
F.add("wb.fin.renterisiconorm", rrn * 1000, nl(rrn), "Tabel 9.1, row 'Renterisiconorm: bedrag' (x € 1.000)", scale=1000,
      near=[("kasgeldlimiet", kgl * 1000)])
doc.table([(5, "left"), (1.3, "right")], [["Onderdeel", "x € 1.000"]], rows,
          caption="Tabel 9.1 Kasgeldlimiet en renterisiconorm 2025", keep=6)
doc.heading("9.2 Bedrijfsvoering", 1)
doc.para("Het Werkbedrijf heeft naast de Wsw-medewerkers en de medewerkers beschut werk een eigen formatie voor "
         "leiding, begeleiding en ondersteuning. De formatie groeit in 2025 met 2,5 fte: twee extra jobcoaches voor de "
         "groepsdetacheringen en een halve functie voor de werkplaats beschut werk in Denekamp.")
FORM = [("Directie en staf", 6.0, 6.0), ("Werkleiding en begeleiding productie", 38.5, 39.0),
        ("Jobcoaching en detachering", 21.0, 23.0), ("Leerwerkbedrijf en re-integratie", 14.5, 14.5),
        ("Bedrijfsbureau (financiën, HR, ICT, planning)", 14.0, 14.0)]
rows = []
for a, b, c in FORM:
    rows.append(dict(cells=[a, nl(b, 1), nl(c, 1), nl(c - b, 1) if c != b else "-"]))
F.add("wb.form.jobcoach.2025", 23.0, "23,0", "Tabel 9.2 Formatie, row 'Jobcoaching en detachering', column 2025 (fte)", unit="count",
      near=[("2024", 21.0)])
ft = (sum(b for _, b, _ in FORM), sum(c for _, _, c in FORM))
assert round(ft[0], 1) == 94.0 and round(ft[1], 1) == 96.5
rows.append(dict(cells=["Totaal formatie staf, leiding en begeleiding", nl(ft[0], 1), nl(ft[1], 1), nl(ft[1] - ft[0], 1)], style="total"))
doc.table([(4.2, "left"), (1, "right"), (1, "right"), (0.9, "right")],
          [["Afdeling (fte)", "Begroting 2024", "Begroting 2025", "Mutatie"]], rows, caption="Tabel 9.2 Formatie eigen personeel")
doc.heading("9.3 Incidentele baten en lasten en structureel evenwicht", 1)
INC = [("Onttrekking bestemmingsreserve herstructurering", 0, 380), ("Projectkosten plan Toekomst Werkbedrijf 2030", 145, 0),
       ("Eenmalige inrichtingskosten werkplaats Denekamp (niet geactiveerd)", 62, 0),
       ("Frictiekosten herstructurering (begeleiding van werk naar werk)", 173, 0)]
rows = [dict(cells=[a, nl(b) if b else "-", nl(c) if c else "-"]) for a, b, c in INC]
il, ib = sum(b for _, b, _ in INC), sum(c for _, _, c in INC)
rows.append(dict(cells=["Totaal incidenteel", nl(il), nl(ib)], style="total"))
F.add("wb.inc.lasten", il * 1000, nl(il), "Tabel 9.3 Incidentele baten en lasten 2025, row 'Totaal incidenteel', column Lasten", scale=1000,
      near=[("baten", ib * 1000)])
doc.table([(4.6, "left"), (1, "right"), (1, "right")], [["x € 1.000", "Lasten", "Baten"]], rows,
          caption="Tabel 9.3 Incidentele baten en lasten 2025")
struct = RESULT[2] - (ib - il)
doc.para(f"Het structurele saldo van de begroting 2025 is {np_(struct)} (x € 1.000): het resultaat na bestemming "
         f"({nl(RESULT[2])}) verminderd met de incidentele baten en vermeerderd met de incidentele lasten. De begroting "
         f"2025 is daarmee structureel in evenwicht.")
F.add("wb.structsaldo", struct * 1000, np_(struct), "§9.3 prose: structureel saldo 2025 (x € 1.000)", scale=1000)

# ------------------------------------------------------------------ bijlage taakvelden
doc.heading("Bijlage: overzicht per taakveld", 1)
doc.para("Voor de informatievoorziening aan het Rijk (Iv3) worden de baten en lasten verdeeld over taakvelden. "
         "Bedragen x € 1.000, begroting 2025.")
TV = [("0.4", "Overhead", 5210, 0), ("0.5", "Treasury", 146, 12), ("6.4", "Begeleide participatie", None, None),
      ("6.5", "Arbeidsparticipatie", 2980, 2941)]
restL = sumL[2] - sum(x[2] for x in TV if x[2] is not None)
restB = sumB[2] - sum(x[3] for x in TV if x[3] is not None)
TV[2] = ("6.4", "Begeleide participatie", restL, restB)
rows = []
for c, n, l_, b_ in TV:
    rows.append(dict(cells=[f"{c} {n}", nl(l_), nl(b_) if b_ else "-", np_(b_ - l_)]))
    F.add(f"wb.tv.{c}.L", l_ * 1000, nl(l_), f"Bijlage taakvelden, row '{c} {n}', column Lasten", scale=1000)
rows.append(dict(cells=["0.10 Mutaties reserves", "-", nl(ONTT[2]), nl(ONTT[2])]))
rows.append(dict(cells=["Totaal", nl(sumL[2]), nl(sumB[2] + ONTT[2]), np_(sumB[2] + ONTT[2] - sumL[2])], style="total"))
doc.table([(3.4, "left"), (1, "right"), (1, "right"), (1, "right")], [["Taakveld", "Lasten", "Baten", "Saldo"]], rows,
          caption="Tabel B.1 Begroting 2025 per taakveld")


def footer(d, p, i, n):
    if i > 1:
        d.text(p.w - d.st["margin_right"], 34, f"{BODY}  |  Begroting 2025", "dcond", 7.5, align="right", color=TEAL)
        d.line(d.st["margin_left"], 46, p.w - d.st["margin_right"], 46, 0.3, TEAL)
    y = p.h - 50
    d.rect(d.st["margin_left"], y, p.w - d.st["margin_left"] - d.st["margin_right"], 14, fill=(1, 0.93, 0.93))
    d.text(d.st["margin_left"] + 4, y + 3, "FICTIEF DOCUMENT - verzonnen organisatie en verzonnen cijfers (testdocument)",
           "dcond-b", 7.2, color=(0.7, 0, 0))
    d.text(p.w - d.st["margin_right"] - 4, y + 3, f"Pagina {i} van {n}", "dcond", 7.2, align="right")


doc.finish(footer)

if __name__ == "__main__":
    os.makedirs(BUILD, exist_ok=True)
    MupdfBackend(doc, "Werkbedrijf Dinkel-Regge - Begroting 2025 en meerjarenraming 2026-2028 (FICTIEF DOCUMENT)",
                 "Fictief testdocument set-bl; verzonnen organisatie en cijfers", "set-bl").write(
        os.path.join(BUILD, DOC_ID + ".pdf"))
    F.save(os.path.join(HERE, "facts-werkbedrijf.json"))
    print("pages:", len(doc.pages), "facts:", len(F.items))
