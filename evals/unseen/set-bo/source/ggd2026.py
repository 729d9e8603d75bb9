"""Fictional 'GGD Dinkel-Vecht - Programmabegroting 2026' (set-bo, document b).

A made-up gemeenschappelijke regeling for public health of eight municipalities
in Twente and Vechtdal (among them Twenterand and Dinkelland).  Every amount,
count, tariff and percentage is made up.  Writes

  build/ggd2026.ps          PostScript, turned into a PDF by Ghostscript (ps2pdf)
  build/ggd2026.facts.json  figures (value, text as printed, page)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from layout import Cell, Doc, FontSet, Table, fmt_dec, fmt_int, fmt_par, write_postscript, resolve_fact_pages, write_page_text  # noqa: E402

BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)

FONTS = FontSet({
    "R": ("NimbusSans-Regular", "NimbusSans-Regular", None),
    "B": ("NimbusSans-Bold", "NimbusSans-Bold", None),
    "I": ("NimbusSans-Italic", "NimbusSans-Italic", None),
    "NR": ("NimbusSansNarrow-Regular", "NimbusSansNarrow-Regular", None),
    "NB": ("NimbusSansNarrow-Bold", "NimbusSansNarrow-Bold", None),
})
FACTS = {}
SUMS = []
P = fmt_par  # negatives in parentheses in this document


def fact(key, value, printed, where, pages, unit="EUR"):
    assert key not in FACTS, key
    FACTS[key] = {"value": value, "printed": printed, "where": where, "pages": pages, "unit": unit}


# ---------------------------------------------------------------------------
# DATA
GEMEENTEN = [  # name, inwoners 1-1-2025, jeugdigen 0-18 jaar, totaal bijdrage 2025 (na wijziging)
    ("Dinkelland", 26912, 5618, None),
    ("Hardenberg", 62480, 13395, None),
    ("Hellendoorn", 36215, 7486, None),
    ("Losser", 22960, 4322, None),
    ("Oldenzaal", 32140, 6093, None),
    ("Ommen", 18605, 3902, None),
    ("Tubbergen", 21980, 4911, None),
    ("Twenterand", 34102, 7270, None),
]
TARIEF_PG = 31.27   # publieke gezondheid, per inwoner
TARIEF_JGZ = 278.90  # jeugdgezondheidszorg, per jeugdige 0-18 jaar
TARIEF_VT = 14.62   # Veilig Thuis, per inwoner
TARIEF_PG_25, TARIEF_JGZ_25, TARIEF_VT_25 = 29.96, 266.15, 13.87
GROWTH = {"Dinkelland": 0.0431, "Hardenberg": 0.0512, "Hellendoorn": 0.0468, "Losser": 0.0395,
          "Oldenzaal": -0.0043, "Ommen": 0.0527, "Tubbergen": 0.0489, "Twenterand": 0.0446}

BIJDR = []
for name, inw, jgd, _ in GEMEENTEN:
    pg = round(inw * TARIEF_PG)
    jg = round(jgd * TARIEF_JGZ)
    vt = round(inw * TARIEF_VT)
    tot = pg + jg + vt
    t25 = round(tot / (1 + GROWTH[name]))
    BIJDR.append({"g": name, "inw": inw, "jgd": jgd, "pg": pg, "jgz": jg, "vt": vt, "tot": tot, "t25": t25})
TOT = {k: sum(b[k] for b in BIJDR) for k in ["inw", "jgd", "pg", "jgz", "vt", "tot", "t25"]}
BIJDR_K = {2026: round(TOT["tot"] / 1000), 2025: round(TOT["t25"] / 1000)}

PROGS = [("1", "Jeugdgezondheidszorg"), ("2", "Infectieziektebestrijding en technische hygiënezorg"),
         ("3", "Gezondheidsbevordering en medische milieukunde"), ("4", "Veilig Thuis"),
         ("5", "Toezicht en inspecties")]
# lasten and baten derden (x 1.000): year -> per programme
LASTEN = {
    2024: [12941, 3302, 2471, 3816, 1150],
    2025: [13386, 3298, 2530, 3905, 1198],
    2026: [13912, 3387, 2594, 4128, 1236],
    2027: [13980, 3345, 2601, 4150, 1236],
    2028: [14050, 3345, 2601, 4150, 1236],
    2029: [14050, 3345, 2601, 4150, 1236],
}
BATEN = {
    2024: [1187, 2214, 236, 988, 301],
    2025: [1195, 2178, 205, 1006, 312],
    2026: [1214, 2356, 212, 1020, 318],
    2027: [1214, 2356, 212, 1020, 318],
    2028: [1214, 2356, 212, 1020, 318],
    2029: [1214, 2356, 212, 1020, 318],
}
ONVOORZIEN = {2024: 0, 2025: 50, 2026: 50, 2027: 50, 2028: 50, 2029: 50}
OH_BATEN = {2024: 96, 2025: 80, 2026: 85, 2027: 85, 2028: 85, 2029: 85}
# reserves (x 1.000): onttrekking, toevoeging
RESMUT = {2024: (265, 400), 2025: (520, 0), 2026: (430, 0), 2027: (120, 0), 2028: (0, 0), 2029: (0, 0)}
RESULT = {2024: 312, 2025: 0, 2026: 0, 2027: 0, 2028: 0, 2029: 0}
BIJDR_K[2024] = 25120
# meerjarige bijdragen: constant prices, small changes
BIJDR_K[2027] = BIJDR_K[2026] + 340
BIJDR_K[2028] = BIJDR_K[2027] + 160
BIJDR_K[2029] = BIJDR_K[2028]

# overhead lasten closes each year: result = bijdragen + baten + oh_baten + ont - toe - lasten - oh - onv
OH = {}
for y in LASTEN:
    ont, toe = RESMUT[y]
    OH[y] = BIJDR_K[y] + sum(BATEN[y]) + OH_BATEN[y] + ont - toe - sum(LASTEN[y]) - ONVOORZIEN[y] - RESULT[y]
    assert 5000 < OH[y] < 7500, (y, OH[y])

EXPL = {}
for y in LASTEN:
    progsaldo = [BATEN[y][i] - LASTEN[y][i] for i in range(5)]
    tl = sum(LASTEN[y]) + OH[y] + ONVOORZIEN[y]
    tb = sum(BATEN[y]) + OH_BATEN[y] + BIJDR_K[y]
    ont, toe = RESMUT[y]
    EXPL[y] = {"progsaldo": progsaldo, "tl": tl, "tb": tb, "saldo": tb - tl, "ont": ont, "toe": toe,
               "result": tb - tl + ont - toe}
    assert EXPL[y]["result"] == RESULT[y]

# reserves 2026 (x 1.000)
RESERVES = [("Algemene reserve", 1412, 0, 0), ("Bestemmingsreserve inhaalzorg JGZ", 310, 0, 310),
            ("Bestemmingsreserve pandemische paraatheid", 650, 0, 120),
            ("Bestemmingsreserve huisvesting en ICT", 980, 0, 0)]
assert sum(r[3] for r in RESERVES) == RESMUT[2026][0]
VOORZ = [("Voorziening groot onderhoud gebouwen", 485, 62, 140), ("Voorziening wachtgelden", 118, 0, 44)]

# ---------------------------------------------------------------------------
doc = Doc(FONTS, header_text="GGD Dinkel-Vecht  |  Programmabegroting 2026  |  FICTIEF DOCUMENT",
          footer_text="FICTIEF DOCUMENT - dit is geen echte begroting; alle bedragen, aantallen, tarieven en percentages zijn verzonnen",
          accent=(0.42, 0.13, 0.40), page_label="pagina {n} van {N}", margin_l=62, margin_r=56, body_size=9.6)


def tbl(cols, header, rows, caption, **kw):
    kw.setdefault("size", 8.6)
    kw.setdefault("font", "NR")
    kw.setdefault("bold", "NB")
    kw.setdefault("header_fill", (0.94, 0.90, 0.95))
    return Table(cols, header, rows, caption=caption, **kw)


# ============================ cover ==========================================
doc.rect(0, 0, doc.W, 230, fill=(0.42, 0.13, 0.40))
doc.text(doc.ml, 90, "GGD Dinkel-Vecht", "B", 26, (1, 1, 1))
doc.text(doc.ml, 118, "Gemeenschappelijke regeling publieke gezondheid", "R", 12, (1, 1, 1))
doc.text(doc.ml, 178, "Programmabegroting 2026", "B", 22, (1, 1, 1))
doc.text(doc.ml, 202, "en meerjarenraming 2027-2029", "R", 13, (1, 1, 1))
doc.y = 260
doc.box([("FICTIEF DOCUMENT", "B", 18),
         ("Deze begroting is verzonnen en dient uitsluitend als testmateriaal. De GGD Dinkel-Vecht bestaat niet. "
          "Alle bedragen, aantallen, tarieven en percentages zijn verzonnen; gemeentenamen zijn alleen gebruikt om "
          "de deelnemers herkenbaar te maken.", "R", 10.5)], fill=(1.0, 0.95, 0.95), stroke=(0.70, 0.05, 0.10))
doc.y += 12
doc.para("Vastgesteld door het algemeen bestuur van de GGD Dinkel-Vecht op 3 juli 2025, na ontvangst van de "
         "zienswijzen van de gemeenteraden van de acht deelnemende gemeenten.", "I", 9.5)
doc.y += 6
doc.heading("Inhoud", 2)
TOC_Y, TOC_PAGE = doc.y, doc.page_no
toc = [("1. Inleiding en kerngegevens", "inl"), ("2. Programma's", "prog"), ("3. Overzicht van baten en lasten", "expl"),
       ("4. Bijdragen deelnemende gemeenten", "bijdr"), ("5. Verschillenanalyse 2026-2025", "vers"),
       ("6. Reserves en voorzieningen", "res"), ("7. Weerstandsvermogen en risicobeheersing", "wv"),
       ("8. Financiering en geprognosticeerde balans", "bal"), ("Bijlage 1. Meerjarige bijdragen per gemeente", "bijl")]
doc.y += 14 * len(toc)

# ============================ 1 inleiding =====================================
doc.new_page()
doc.heading("1. Inleiding en kerngegevens", 1, mark="inl")
doc.para("De GGD Dinkel-Vecht voert voor acht gemeenten in Noordoost-Twente en het Vechtdal de taken uit de Wet "
         "publieke gezondheid uit: jeugdgezondheidszorg, infectieziektebestrijding, gezondheidsbevordering, "
         "medische milieukunde en toezicht. Daarnaast is de GGD gastorganisatie van Veilig Thuis, het advies- en "
         "meldpunt huiselijk geweld en kindermishandeling.")
doc.para("Deze programmabegroting beschrijft per programma wat de GGD in 2026 wil bereiken, wat zij daarvoor gaat "
         "doen en wat het mag kosten. De begroting 2026 komt uit op een totaal aan lasten van € %s mln. De "
         "bijdragen van de gemeenten stijgen gemiddeld met %s%%, vooral door de cao-stijging, de uitbreiding van "
         "Kansrijke Start en extra capaciteit bij Veilig Thuis."
         % (fmt_dec(EXPL[2026]["tl"] / 1000, 1), fmt_dec((TOT["tot"] / TOT["t25"] - 1) * 100, 1)))
fact("INL|groei-pct", round((TOT["tot"] / TOT["t25"] - 1) * 100, 1), fmt_dec((TOT["tot"] / TOT["t25"] - 1) * 100, 1) + "%",
     "Inleiding, p. 2; 'De bijdragen van de gemeenten stijgen gemiddeld met ...%'", [2], "percent")
doc.para("In de begroting is rekening gehouden met de kaderbrief 2026 die het algemeen bestuur op 12 december 2024 "
         "heeft vastgesteld: loonindexatie 4,3%, prijsindexatie 2,6% en geen nieuw beleid buiten de wettelijke "
         "taken, tenzij de gemeenten het betalen als plusproduct.")
fact("INL|loonindex", 4.3, "4,3%", "Inleiding, p. 2; 'loonindexatie 4,3%, prijsindexatie 2,6%'", [2], "percent")
KG = [("Deelnemende gemeenten", "aantal", "8"),
      ("Inwoners werkgebied (1 januari 2025)", "aantal", fmt_int(TOT["inw"])),
      ("Jeugdigen 0-18 jaar in het werkgebied", "aantal", fmt_int(TOT["jgd"])),
      ("Formatie GGD (inclusief Veilig Thuis)", "fte", "241,6"),
      ("Totale lasten begroting 2026", "€ mln", fmt_dec(EXPL[2026]["tl"] / 1000, 1)),
      ("Bijdragen gemeenten 2026", "€ mln", fmt_dec(TOT["tot"] / 1e6, 1)),
      ("Bijdrage per inwoner (publieke gezondheid en Veilig Thuis)", "€", fmt_dec(TARIEF_PG + TARIEF_VT, 2)),
      ("Algemene reserve per 1 januari 2026", "€ mln", fmt_dec(RESERVES[0][1] / 1000, 1))]
t = tbl([(270, "L"), (70, "C"), (90, "R")], [["Kerngegevens 2026", "eenheid", "waarde"]],
        [{"cells": list(r)} for r in KG], "Tabel 1 - Kerngegevens", key="kg")
pg = doc.table(t)
fact("KG|fte", 241.6, "241,6", "Tabel 1 Kerngegevens, p. %d; row 'Formatie GGD (inclusief Veilig Thuis)' (fte)" % pg, [pg], "count")
fact("KG|inwoners", TOT["inw"], fmt_int(TOT["inw"]), "Tabel 1 Kerngegevens, p. %d; row 'Inwoners werkgebied (1 januari 2025)'" % pg, [pg], "count")
fact("KG|lasten-mln", round(EXPL[2026]["tl"] / 1000, 1) * 1e6, fmt_dec(EXPL[2026]["tl"] / 1000, 1), "Tabel 1 Kerngegevens, p. %d; row 'Totale lasten begroting 2026' (€ mln)" % pg, [pg])
fact("KG|per-inwoner", round(TARIEF_PG + TARIEF_VT, 2), fmt_dec(TARIEF_PG + TARIEF_VT, 2), "Tabel 1 Kerngegevens, p. %d; row 'Bijdrage per inwoner (publieke gezondheid en Veilig Thuis)' (€)" % pg, [pg])

# ============================ 2 programma's ===================================
doc.heading("2. Programma's", 1, mark="prog")
doc.para("Per programma staat hieronder wat we willen bereiken, wat we daarvoor gaan doen en wat het mag kosten. "
         "In de financiële tabellen staan de jaren van rechts naar links: eerst de begroting 2026, dan de "
         "begroting 2025 na wijziging en daarna de jaarrekening 2024. Een negatief saldo (per saldo kosten, die "
         "uit de bijdragen van de gemeenten worden betaald) staat tussen haakjes.")

PROG_TEXT = {
    "1": ("Alle kinderen in het werkgebied groeien gezond en veilig op. De JGZ volgt de groei en ontwikkeling van "
          "alle kinderen van 0 tot 18 jaar, signaleert problemen vroeg en verwijst tijdig door. We willen dat het "
          "bereik van het consultatiebureau minimaal 95% blijft en dat de vaccinatiegraad weer stijgt.",
          ["We voeren het basispakket JGZ uit volgens de landelijke richtlijnen, met contactmomenten op het "
           "consultatiebureau, op school en digitaal via het JGZ-portaal.",
           "We breiden Kansrijke Start uit naar alle acht gemeenten: aanstaande ouders in een kwetsbare situatie "
           "krijgen vanaf de zwangerschap extra huisbezoeken.",
           "We zetten in op het verhogen van de vaccinatiegraad, onder meer met avondspreekuren en gesprekken met "
           "twijfelende ouders.",
           "We halen de laatste uitgestelde contactmomenten uit de coronaperiode in; hiervoor wordt de "
           "bestemmingsreserve inhaalzorg JGZ ingezet."]),
    "2": ("Inwoners zijn beschermd tegen infectieziekten. De GGD bestrijdt uitbraken, doet bron- en contactonderzoek "
          "en is voorbereid op een nieuwe pandemie.",
          ["We voeren het Rijksvaccinatieprogramma uit voor de leeftijden vanaf 4 jaar, inclusief de "
           "HPV-vaccinatie voor jongens en meisjes.",
           "We oefenen twee keer per jaar het opschalingsplan pandemische paraatheid.",
           "We voeren hygiëne-inspecties uit bij tatoeëerders, piercingshops en zonnestudio's."]),
    "3": ("Inwoners leven gezonder en de leefomgeving is gezond. We ondersteunen gemeenten met kennis en advies, "
          "bijvoorbeeld bij het lokale gezondheidsbeleid en de Omgevingswet.",
          ["We voeren in 2026 de Gezondheidsmonitor Volwassenen en Ouderen uit en presenteren de resultaten per "
           "gemeente.",
           "We adviseren gemeenten over gezondheid in het omgevingsplan, onder meer over geluid, luchtkwaliteit "
           "en de veehouderij.",
           "We ondersteunen scholen bij de aanpak van alcohol- en vapegebruik door jongeren."]),
    "4": ("Huiselijk geweld en kindermishandeling stoppen zo snel mogelijk en worden duurzaam opgelost. Veilig Thuis "
          "is 24 uur per dag bereikbaar voor advies en meldingen.",
          ["We breiden de formatie van Veilig Thuis uit met 3,2 fte om de wachtlijst voor onderzoek weg te werken.",
           "We werken volgens het landelijk handelingsprotocol en de werkwijze van de Multidisciplinaire "
           "Aanpak (MDA++).",
           "We beoordelen elke melding binnen vijf werkdagen (wettelijke norm)."]),
    "5": ("Kinderopvang is veilig en van goede kwaliteit. De GGD inspecteert in opdracht van de gemeenten alle "
          "locaties voor kinderopvang.",
          ["We inspecteren alle kindercentra, gastouderbureaus en een steekproef van gastouders.",
           "We voeren een onderzoek uit bij iedere nieuwe aanvraag voor registratie in het Landelijk Register "
           "Kinderopvang."]),
}
INDIC = {
    "1": [("Bereik consultatiebureau (0-4 jaar)", "97%", "96%", "95%"),
          ("Vaccinatiegraad BMR (kinderen van 2 jaar)", "89,8%", "90,5%", "92,0%"),
          ("Aantal gezinnen in Kansrijke Start", "86", "110", "165")],
    "2": [("Meldingen meldingsplichtige infectieziekten", "598", "620", "620"),
          ("Opkomst HPV-vaccinatie (10-jarigen)", "61%", "63%", "65%")],
    "3": [("Deelnemers Gezondheidsmonitor Volwassenen en Ouderen", "-", "-", "21.500")],
    "4": [("Meldingen bij Veilig Thuis", "3.312", "3.400", "3.480"),
          ("Adviezen door Veilig Thuis", "2.046", "2.100", "2.120"),
          ("Meldingen binnen 5 werkdagen beoordeeld", "88%", "95%", "98%")],
    "5": [("Inspecties kinderopvang", "612", "630", "641"),
          ("Locaties kinderopvang in het werkgebied", "298", "301", "304")],
}
for i, (num, name) in enumerate(PROGS):
    doc.heading("Programma %s %s" % (num, name), 2, mark="p" + num)
    doc.heading("Wat willen we bereiken?", 3)
    doc.para(PROG_TEXT[num][0])
    doc.heading("Wat gaan we daarvoor doen?", 3)
    doc.bullets(PROG_TEXT[num][1])
    rows = [{"cells": list(r)} for r in INDIC[num]]
    t = tbl([(235, "L"), (65, "R"), (65, "R"), (65, "R")],
            [["Prestatie-indicator", "Realisatie", "Begroting", "Begroting"], ["", "2024", "2025", "2026"]],
            rows, "Prestatie-indicatoren programma %s" % num, key="ind-" + num, size=8.4, num_valign="bottom")
    pg = doc.table(t)
    for r in INDIC[num]:
        for j, yr in enumerate([2024, 2025, 2026]):
            fact("IND|%s|%s|%d" % (num, r[0], yr), None, r[1 + j], "Prestatie-indicatoren programma %s, p. %d; row '%s', column '%s'" % (num, pg, r[0], ["Realisatie 2024", "Begroting 2025", "Begroting 2026"][j]), [pg], "count")
    doc.heading("Wat mag het kosten?", 3)
    l = [LASTEN[y][i] for y in (2026, 2025, 2024)]
    b = [BATEN[y][i] for y in (2026, 2025, 2024)]
    s = [b[k] - l[k] for k in range(3)]
    rows = [{"cells": ["Lasten", P(l[0]), P(l[1]), P(l[2])]},
            {"cells": ["Baten (exclusief bijdragen gemeenten)", P(b[0]), P(b[1]), P(b[2])]},
            {"cells": ["Saldo programma", P(s[0]), P(s[1]), P(s[2])], "style": "total"}]
    cap = "Tabel 2.%s - Lasten en baten programma %s" % (num, name)
    t = tbl([(235, "L"), (65, "R"), (65, "R"), (65, "R")],
            [["", "Begroting", "Begroting 2025", "Jaarrekening"], ["", "2026", "na wijziging", "2024"]],
            rows, cap, caption_right="(x € 1.000)", key="prog-" + num)
    pg = doc.table(t)
    for lab, vals in [("Lasten", l), ("Baten", b), ("Saldo", s)]:
        for k, yr in enumerate([2026, 2025, 2024]):
            fact("PR|%s|%s|%d" % (num, lab, yr), vals[k] * 1000, P(vals[k]), "%s, p. %d; row '%s', column '%s' (x € 1.000)" % (cap, pg, lab, ["Begroting 2026", "Begroting 2025 na wijziging", "Jaarrekening 2024"][k]), [pg])
    SUMS.append({"what": cap + " 2026", "parts": [P(b[0]), P(-l[0])], "total": P(s[0])})
    if num == "1":
        pp = doc.para("De lasten van de JGZ stijgen met € %s ten opzichte van de begroting 2025. Het grootste deel "
                      "komt door de cao-stijging. Kansrijke Start wordt uitgebreid voor € 215.000; de inhaalzorg "
                      "(€ 310.000) wordt gedekt uit de bestemmingsreserve." % fmt_int((l[0] - l[1]) * 1000))
        fact("P1|stijging", (l[0] - l[1]) * 1000, "€ " + fmt_int((l[0] - l[1]) * 1000), "Programma 1 toelichting, p. %s; 'De lasten van de JGZ stijgen met € ...'" % pp, pp)
        fact("P1|kansrijke-start", 215000, "€ 215.000", "Programma 1 toelichting, p. %s; 'Kansrijke Start wordt uitgebreid voor € 215.000'" % pp, pp)
    if num == "2":
        pp = doc.para("De HPV-vaccinatie voor jongens leidt tot € 178.000 hogere lasten; daar staat een even hoge "
                      "vergoeding van het RIVM tegenover.")
        fact("P2|hpv", 178000, "€ 178.000", "Programma 2 toelichting, p. %s" % pp, pp)
    if num == "4":
        pp = doc.para("De uitbreiding van Veilig Thuis met 3,2 fte kost structureel € 240.000 per jaar. Deze kosten "
                      "worden verdeeld over de gemeenten naar rato van het aantal inwoners.")
        fact("P4|vt-uitbreiding", 240000, "€ 240.000", "Programma 4 toelichting, p. %s; 'kost structureel € 240.000 per jaar'" % pp, pp)

doc.heading("Overhead, bedrijfsvoering en formatie", 2)
pp = doc.para("De kosten van de bedrijfsvoering (directie, financiën, personeelszaken, ICT, huisvesting en "
              "facilitaire zaken) worden als overhead apart begroot en niet aan de programma's toegerekend. De "
              "overhead bedraagt in 2026 € %s; dat is %s%% van de totale lasten. Voor onvoorziene uitgaven is "
              "€ 50.000 geraamd." % (fmt_int(OH[2026] * 1000), fmt_dec(OH[2026] / EXPL[2026]["tl"] * 100, 1)))
FTE = [("1. Jeugdgezondheidszorg", "118,9", "121,4"), ("2. Infectieziektebestrijding en technische hygiënezorg", "24,8", "24,8"),
       ("3. Gezondheidsbevordering en medische milieukunde", "17,6", "17,2"), ("4. Veilig Thuis", "35,4", "38,6"),
       ("5. Toezicht en inspecties", "9,0", "9,0"), ("Bedrijfsvoering (overhead)", "31,1", "30,6")]
f25 = sum(float(a.replace(",", ".")) for _, a, _ in FTE)
f26 = sum(float(b.replace(",", ".")) for _, _, b in FTE)
assert fmt_dec(f26, 1) == "241,6", f26
rows = [{"cells": list(r)} for r in FTE]
rows.append({"cells": ["Totaal formatie", fmt_dec(f25, 1), fmt_dec(f26, 1)], "style": "total"})
t = tbl([(300, "L"), (65, "R"), (65, "R")], [["Formatie in fte", "Begroting 2025", "Begroting 2026"]], rows,
        "Tabel 2.6 - Formatie per programma (fte)", key="fte", size=8.4)
pgf = doc.table(t)
fact("FTE|vt-2026", 38.6, "38,6", "Tabel 2.6 Formatie per programma, p. %d; row '4. Veilig Thuis', column 'Begroting 2026' (2025: 35,4)" % pgf, [pgf], "count")
fact("FTE|jgz-2026", 121.4, "121,4", "Tabel 2.6 Formatie per programma, p. %d; row '1. Jeugdgezondheidszorg', column 'Begroting 2026' (2025: 118,9)" % pgf, [pgf], "count")
SUMS.append({"what": "Tabel 2.6 2026", "parts": [b for _, _, b in FTE], "total": fmt_dec(f26, 1), "decimal": True})
doc.para("De formatie groeit met %s fte, vooral door de uitbreiding van Veilig Thuis (3,2 fte) en Kansrijke Start "
         "binnen de JGZ. Het ziekteverzuim was in 2024 6,3%%; de norm is 5,5%%." % fmt_dec(f26 - f25, 1))
fact("OH|2026", OH[2026] * 1000, "€ " + fmt_int(OH[2026] * 1000), "Overhead en onvoorzien, p. %s; 'De overhead bedraagt in 2026 € ...'" % pp, pp)
fact("OH|pct", round(OH[2026] / EXPL[2026]["tl"] * 100, 1), fmt_dec(OH[2026] / EXPL[2026]["tl"] * 100, 1) + "%", "Overhead en onvoorzien, p. %s; '... dat is ..%% van de totale lasten'" % pp, pp, "percent")

# ============================ 3 exploitatie =================================
doc.heading("3. Overzicht van baten en lasten", 1, mark="expl")
doc.para("Het overzicht van baten en lasten laat per programma het saldo zien, de overhead, de bijdragen van de "
         "gemeenten en de mutaties in de reserves. In de meerjarenraming zijn de bedragen in constante prijzen "
         "(prijspeil 2026) opgenomen; de jaren lopen hier van links naar rechts.")
YRS = [2026, 2027, 2028, 2029]
rows = []
for i, (num, name) in enumerate(PROGS):
    rows.append({"cells": ["%s. %s" % (num, name)] + [P(EXPL[y]["progsaldo"][i]) for y in YRS]})
tps = {y: sum(EXPL[y]["progsaldo"]) for y in YRS}
rows.append({"cells": ["Subtotaal saldo programma's"] + [P(tps[y]) for y in YRS], "style": "sub"})
rows.append({"cells": ["Overhead (saldo)"] + [P(OH_BATEN[y] - OH[y]) for y in YRS]})
rows.append({"cells": ["Onvoorzien"] + [P(-ONVOORZIEN[y]) for y in YRS]})
rows.append({"cells": ["Bijdragen deelnemende gemeenten"] + [P(BIJDR_K[y]) for y in YRS]})
rows.append({"cells": ["Saldo van baten en lasten"] + [P(EXPL[y]["saldo"]) for y in YRS], "style": "sub"})
rows.append({"cells": ["Onttrekkingen aan reserves"] + [P(EXPL[y]["ont"]) for y in YRS]})
rows.append({"cells": ["Toevoegingen aan reserves"] + [P(-EXPL[y]["toe"]) for y in YRS]})
rows.append({"cells": ["Geraamd resultaat"] + [P(EXPL[y]["result"]) for y in YRS], "style": "total"})
rows.append({"cells": ["Totale lasten (inclusief overhead)"] + [P(EXPL[y]["tl"]) for y in YRS], "style": "italic",
             "rule_above": True})
rows.append({"cells": ["Totale baten (inclusief bijdragen gemeenten)"] + [P(EXPL[y]["tb"]) for y in YRS], "style": "italic"})
cap = "Tabel 3.1 - Meerjarenraming 2026-2029¹"
t = tbl([(210, "L")] + [(57, "R")] * 4, [["", "Begroting", "Raming", "Raming", "Raming"], ["", "2026", "2027", "2028", "2029"]],
        rows, cap, key="mjr", notes=["¹ Bedragen x € 1.000; saldi: (nadelig) tussen haakjes."])
pg = doc.table(t)
for y in YRS:
    fact("MJR|bijdragen|%d" % y, BIJDR_K[y] * 1000, P(BIJDR_K[y]), "%s, p. %d; row 'Bijdragen deelnemende gemeenten', column '%d' (x € 1.000, scale in footnote ¹)" % (cap, pg, y), [pg])
    fact("MJR|tl|%d" % y, EXPL[y]["tl"] * 1000, P(EXPL[y]["tl"]), "%s, p. %d; row 'Totale lasten (inclusief overhead)', column '%d'" % (cap, pg, y), [pg])
    fact("MJR|ont|%d" % y, EXPL[y]["ont"] * 1000, P(EXPL[y]["ont"]), "%s, p. %d; row 'Onttrekkingen aan reserves', column '%d'" % (cap, pg, y), [pg])
    for i, (num, name) in enumerate(PROGS):
        fact("MJR|p%s|%d" % (num, y), EXPL[y]["progsaldo"][i] * 1000, P(EXPL[y]["progsaldo"][i]), "%s, p. %d; row '%s. %s', column '%d' (saldo)" % (cap, pg, num, name, y), [pg])
    SUMS.append({"what": "Tabel 3.1 saldo %d" % y, "parts": [P(tps[y]), P(OH_BATEN[y] - OH[y]), P(-ONVOORZIEN[y]), P(BIJDR_K[y])], "total": P(EXPL[y]["saldo"])})
    SUMS.append({"what": "Tabel 3.1 resultaat %d" % y, "parts": [P(EXPL[y]["saldo"]), P(EXPL[y]["ont"]), P(-EXPL[y]["toe"])], "total": P(EXPL[y]["result"])})

doc.para("Ter vergelijking: in de jaarrekening 2024 waren de totale lasten € %s en sloot de GGD af met een positief "
         "resultaat van € %s. Dit resultaat is na besluit van het algemeen bestuur voor € 200.000 aan de algemene "
         "reserve toegevoegd en voor het overige terugbetaald aan de gemeenten."
         % (fmt_int(EXPL[2024]["tl"] * 1000), fmt_int(RESULT[2024] * 1000)))
fact("JR24|tl", EXPL[2024]["tl"] * 1000, "€ " + fmt_int(EXPL[2024]["tl"] * 1000), "Hoofdstuk 3 prose, p. %d; 'in de jaarrekening 2024 waren de totale lasten € ...'" % doc.page_no, [doc.page_no - 1, doc.page_no])
fact("JR24|result", RESULT[2024] * 1000, "€ " + fmt_int(RESULT[2024] * 1000), "Hoofdstuk 3 prose, p. %d; 'positief resultaat van € 312.000'" % doc.page_no, [doc.page_no - 1, doc.page_no])

# ============================ 4 bijdragen ===================================
doc.heading("4. Bijdragen deelnemende gemeenten", 1, mark="bijdr")
doc.para("De bijdrage van iedere gemeente bestaat uit drie delen: een bedrag per inwoner voor de publieke "
         "gezondheid, een bedrag per jeugdige van 0 tot 18 jaar voor de jeugdgezondheidszorg en een bedrag per "
         "inwoner voor Veilig Thuis. Peildatum voor de aantallen is 1 januari 2025 (CBS).")
rows = [{"cells": ["Publieke gezondheid", "per inwoner", fmt_dec(TARIEF_PG_25, 2), fmt_dec(TARIEF_PG, 2)]},
        {"cells": ["Jeugdgezondheidszorg", "per jeugdige 0-18 jaar", fmt_dec(TARIEF_JGZ_25, 2), fmt_dec(TARIEF_JGZ, 2)]},
        {"cells": ["Veilig Thuis", "per inwoner", fmt_dec(TARIEF_VT_25, 2), fmt_dec(TARIEF_VT, 2)]}]
t = tbl([(170, "L"), (120, "L"), (70, "R"), (70, "R")], [["Onderdeel", "grondslag", "tarief 2025", "tarief 2026"]],
        rows, "Tabel 4.1 - Tarieven gemeentelijke bijdrage (in euro's)", key="tar")
pg = doc.table(t)
fact("TAR|pg-2026", TARIEF_PG, fmt_dec(TARIEF_PG, 2), "Tabel 4.1 Tarieven, p. %d; row 'Publieke gezondheid', column 'tarief 2026' (2025: %s)" % (pg, fmt_dec(TARIEF_PG_25, 2)), [pg])
fact("TAR|jgz-2026", TARIEF_JGZ, fmt_dec(TARIEF_JGZ, 2), "Tabel 4.1 Tarieven, p. %d; row 'Jeugdgezondheidszorg', column 'tarief 2026' (2025: %s)" % (pg, fmt_dec(TARIEF_JGZ_25, 2)), [pg])
fact("TAR|vt-2025", TARIEF_VT_25, fmt_dec(TARIEF_VT_25, 2), "Tabel 4.1 Tarieven, p. %d; row 'Veilig Thuis', column 'tarief 2025' (2026: %s)" % (pg, fmt_dec(TARIEF_VT, 2)), [pg])

rows = []
for b in BIJDR:
    rows.append({"cells": [b["g"], fmt_int(b["inw"]), fmt_int(b["jgd"]), fmt_int(b["pg"]), fmt_int(b["jgz"]),
                           fmt_int(b["vt"]), fmt_int(b["tot"]), fmt_int(b["t25"]), P(b["tot"] - b["t25"])], "key": b["g"]})
rows.append({"cells": ["Totaal", fmt_int(TOT["inw"]), fmt_int(TOT["jgd"]), fmt_int(TOT["pg"]), fmt_int(TOT["jgz"]),
                       fmt_int(TOT["vt"]), fmt_int(TOT["tot"]), fmt_int(TOT["t25"]), P(TOT["tot"] - TOT["t25"])],
             "style": "total"})
hdr = [[Cell("Gemeente", align="L"), "Inwoners", "Jeugdigen", Cell("Bijdrage 2026 (bedragen in euro's)", span=4),
        "Totaal 2025", "Verschil"],
       ["", "1-1-2025", "0-18 jaar", "Publieke gezondheid", "JGZ", "Veilig Thuis", "Totaal 2026", "na wijziging",
        "2026-2025"]]
cap = "Tabel 4.2 - Bijdragen per gemeente 2026"
t = tbl([(62, "L"), (46, "R"), (46, "R"), (56, "R"), (56, "R"), (50, "R"), (56, "R"), (52, "R"), (47, "R")], hdr, rows,
        cap, key="bijdr", size=7.9,
        notes=["Een bedrag tussen haakjes in de kolom 'Verschil' is een daling van de bijdrage (Oldenzaal: lager "
               "aantal inwoners na de correctie van de BRP-telling)."])
pg = doc.table(t)
for b in BIJDR:
    g = b["g"]
    fact("BIJ|%s|tot" % g, b["tot"], fmt_int(b["tot"]), "%s, p. %d; row '%s', column 'Totaal 2026' (2025: %s; JGZ %s; PG %s; VT %s)" % (cap, pg, g, fmt_int(b["t25"]), fmt_int(b["jgz"]), fmt_int(b["pg"]), fmt_int(b["vt"])), [pg])
    fact("BIJ|%s|t25" % g, b["t25"], fmt_int(b["t25"]), "%s, p. %d; row '%s', column 'Totaal 2025 na wijziging' (2026: %s)" % (cap, pg, g, fmt_int(b["tot"])), [pg])
    fact("BIJ|%s|jgz" % g, b["jgz"], fmt_int(b["jgz"]), "%s, p. %d; row '%s', column 'JGZ' (2026)" % (cap, pg, g), [pg])
    fact("BIJ|%s|vt" % g, b["vt"], fmt_int(b["vt"]), "%s, p. %d; row '%s', column 'Veilig Thuis' (2026)" % (cap, pg, g), [pg])
    fact("BIJ|%s|verschil" % g, b["tot"] - b["t25"], P(b["tot"] - b["t25"]), "%s, p. %d; row '%s', column 'Verschil 2026-2025'" % (cap, pg, g), [pg])
    fact("BIJ|%s|inw" % g, b["inw"], fmt_int(b["inw"]), "%s, p. %d; row '%s', column 'Inwoners 1-1-2025'" % (cap, pg, g), [pg], "count")
    fact("BIJ|%s|jgd" % g, b["jgd"], fmt_int(b["jgd"]), "%s, p. %d; row '%s', column 'Jeugdigen 0-18 jaar'" % (cap, pg, g), [pg], "count")
    SUMS.append({"what": cap + " " + g, "parts": [fmt_int(b["pg"]), fmt_int(b["jgz"]), fmt_int(b["vt"])], "total": fmt_int(b["tot"])})
fact("BIJ|totaal|tot", TOT["tot"], fmt_int(TOT["tot"]), "%s, p. %d; row 'Totaal', column 'Totaal 2026' (2025: %s)" % (cap, pg, fmt_int(TOT["t25"])), [pg])
fact("BIJ|totaal|jgz", TOT["jgz"], fmt_int(TOT["jgz"]), "%s, p. %d; row 'Totaal', column 'JGZ'" % (cap, pg), [pg])
for k in ["inw", "jgd", "pg", "jgz", "vt", "tot", "t25"]:
    SUMS.append({"what": cap + " totaal " + k, "parts": [fmt_int(b[k]) for b in BIJDR], "total": fmt_int(TOT[k])})
doc.para("De totale bijdrage van de gemeenten komt in 2026 uit op € %s. In de meerjarenraming (tabel 3.1) is dit "
         "bedrag afgerond opgenomen als %s (x € 1.000)." % (fmt_int(TOT["tot"]), P(BIJDR_K[2026])))
doc.heading("Plusproducten", 2)
doc.para("Naast de gemeenschappelijke bijdrage kunnen gemeenten aanvullende diensten afnemen (plusproducten). Deze "
         "worden per gemeente afgesproken en apart gefactureerd; ze zijn niet in tabel 4.2 opgenomen. Voorbeelden "
         "zijn extra inzet van jeugdverpleegkundigen op scholen, de aanpak van laaggeletterdheid bij ouders en de "
         "uitvoering van de lokale preventieakkoorden. Voor 2026 is voor plusproducten € 1.214.000 aan baten geraamd "
         "binnen programma 1.")

# ============================ 5 verschillen =================================
doc.heading("5. Verschillenanalyse begroting 2026 ten opzichte van begroting 2025", 1, mark="vers")
doc.para("Hieronder zijn de verschillen tussen de bijdragen van de gemeenten in de begroting 2026 en de begroting "
         "2025 na wijziging verklaard. V = voordelig (lagere bijdrage), N = nadelig (hogere bijdrage). Bedragen x € 1.000.")
delta = BIJDR_K[2026] - BIJDR_K[2025]
ITEMS = [("Uitbreiding Kansrijke Start (programma 1)", 215, "N"),
         ("HPV-vaccinatie jongens: hogere lasten (programma 2)", 178, "N"),
         ("HPV-vaccinatie jongens: vergoeding RIVM (programma 2)", 178, "V"),
         ("Uitbreiding Veilig Thuis met 3,2 fte (programma 4)", 240, "N"),
         ("Vrijval huur dependance Ommen (overhead)", 95, "V"),
         ("Lagere onttrekking bestemmingsreserves (520 naar 430)", 90, "N"),
         ("Hogere opbrengst plusproducten en inspecties", 25, "V")]
known = sum(a if vn == "N" else -a for _, a, vn in ITEMS)
index = delta - known
assert 500 < index < 1500, index
ITEMS.insert(0, ("Loon- en prijsindexatie (cao 4,3%; prijzen 2,6%)", index, "N"))
rows = [{"cells": [n, fmt_int(a), vn]} for n, a, vn in ITEMS]
rows.append({"cells": ["Totaal verschil bijdragen gemeenten 2026 t.o.v. 2025", fmt_int(delta), "N" if delta > 0 else "V"],
             "style": "total"})
t = tbl([(320, "L"), (70, "R"), (40, "C")], [["Omschrijving", "Bedrag", "V/N"]], rows,
        "Tabel 5.1 - Verschillen begroting 2026 en begroting 2025 na wijziging", key="vers")
pg = doc.table(t)
fact("VERS|index", index * 1000, fmt_int(index), "Tabel 5.1 Verschillenanalyse, p. %d; row 'Loon- en prijsindexatie', column 'Bedrag' (N, x € 1.000)" % pg, [pg])
fact("VERS|totaal", delta * 1000, fmt_int(delta), "Tabel 5.1 Verschillenanalyse, p. %d; row 'Totaal verschil bijdragen gemeenten', column 'Bedrag' (N)" % pg, [pg])
fact("VERS|huur", 95000, "95", "Tabel 5.1, p. %d; row 'Vrijval huur dependance Ommen (overhead)', column 'Bedrag' (V)" % pg, [pg])
SUMS.append({"what": "Tabel 5.1", "parts": [("-" if vn == "V" else "") + fmt_int(a) for _, a, vn in ITEMS], "total": fmt_int(delta)})
doc.para("Het verschil in de bijdragen volgens de verschillenanalyse (€ %s) sluit aan op tabel 4.2 en tabel 3.1, met "
         "een klein afrondingsverschil omdat tabel 4.2 in hele euro's is opgesteld." % fmt_int(delta * 1000))

# ============================ 6 reserves ====================================
doc.heading("6. Reserves en voorzieningen", 1, mark="res")
doc.para("Het algemeen bestuur heeft bepaald dat de algemene reserve maximaal 5%% van de totale lasten mag bedragen. "
         "Voor 2026 is dat € %s. Een hoger bedrag wordt teruggestort naar de gemeenten."
         % fmt_int(round(EXPL[2026]["tl"] * 1000 * 0.05)))
fact("RES|plafond", round(EXPL[2026]["tl"] * 1000 * 0.05), "€ " + fmt_int(round(EXPL[2026]["tl"] * 1000 * 0.05)), "Hoofdstuk 6 prose, p. %d; 'Voor 2026 is dat € ...' (5%% of totale lasten)" % doc.page_no, [doc.page_no])
rows = [{"cells": ["Reserves", "", "", "", ""], "style": "section"}]
rs = [0] * 4
for n, s0, toe, ont in RESERVES:
    e = s0 + toe - ont
    rows.append({"cells": [n, fmt_int(s0), fmt_int(toe), P(-ont) if ont else "0", fmt_int(e)], "indent": 6, "key": n})
    for k, v in enumerate([s0, toe, ont, e]):
        rs[k] += v
rows.append({"cells": ["Totaal reserves", fmt_int(rs[0]), fmt_int(rs[1]), P(-rs[2]), fmt_int(rs[3])], "style": "sub"})
rows.append({"cells": ["Voorzieningen", "", "", "", ""], "style": "section"})
vs = [0] * 4
for n, s0, toe, ont in VOORZ:
    e = s0 + toe - ont
    rows.append({"cells": [n, fmt_int(s0), fmt_int(toe), P(-ont), fmt_int(e)], "indent": 6})
    for k, v in enumerate([s0, toe, ont, e]):
        vs[k] += v
rows.append({"cells": ["Totaal voorzieningen", fmt_int(vs[0]), fmt_int(vs[1]), P(-vs[2]), fmt_int(vs[3])], "style": "sub"})
rows.append({"cells": ["Totaal reserves en voorzieningen"] + [fmt_int(rs[0] + vs[0]), fmt_int(rs[1] + vs[1]),
                                                              P(-(rs[2] + vs[2])), fmt_int(rs[3] + vs[3])], "style": "total"})
cap = "Tabel 6.1 - Verloop reserves en voorzieningen 2026"
t = tbl([(215, "L"), (55, "R"), (55, "R"), (55, "R"), (55, "R")],
        [["x € 1.000", "Stand", "Toevoeging", "Onttrekking", "Stand"], ["", "1-1-2026", "2026", "2026", "31-12-2026"]],
        rows, cap, key="res")
pg = doc.table(t)
fact("RES|inhaal-1-1", 310000, "310", "%s, p. %d; row 'Bestemmingsreserve inhaalzorg JGZ', column 'Stand 1-1-2026' (onttrekking (310), stand 31-12-2026 0)" % (cap, pg), [pg])
fact("RES|totaal-31-12", rs[3] * 1000, fmt_int(rs[3]), "%s, p. %d; row 'Totaal reserves', column 'Stand 31-12-2026' (1-1-2026: %s)" % (cap, pg, fmt_int(rs[0])), [pg])
fact("RES|pandemie-ont", 120000, "(120)", "%s, p. %d; row 'Bestemmingsreserve pandemische paraatheid', column 'Onttrekking 2026'" % (cap, pg), [pg])
fact("RES|alg-1-1", 1412000, "1.412", "%s, p. %d; row 'Algemene reserve', column 'Stand 1-1-2026'" % (cap, pg), [pg])
SUMS.append({"what": cap + " reserves eind", "parts": [fmt_int(r[1] + r[2] - r[3]) for r in RESERVES], "total": fmt_int(rs[3])})

# ============================ 7 weerstandsvermogen ==============================
doc.heading("7. Weerstandsvermogen en risicobeheersing", 1, mark="wv")
doc.para("De GGD heeft een beperkte eigen weerstandscapaciteit: de algemene reserve. Risico's die daarmee niet "
         "kunnen worden opgevangen, komen op grond van de gemeenschappelijke regeling voor rekening van de "
         "deelnemende gemeenten, naar rato van hun bijdrage.")
RISKS = [("Uitbraak infectieziekte met opschaling (geen pandemie)", 450, 30),
         ("Cao-stijging hoger dan de indexatie", 380, 50),
         ("Wachtlijst Veilig Thuis: inhuur extern personeel", 300, 40),
         ("Uitval ICT en datalek", 250, 20),
         ("Lagere vergoeding RIVM voor het Rijksvaccinatieprogramma", 200, 25)]
rows = []
tot_r = 0
for n, imp, k in RISKS:
    v = round(imp * k / 100)
    tot_r += v
    rows.append({"cells": [n, fmt_int(imp), "%d%%" % k, fmt_int(v)]})
rows.append({"cells": ["Benodigde weerstandscapaciteit", "", "", fmt_int(tot_r)], "style": "total"})
t = tbl([(255, "L"), (60, "R"), (45, "R"), (70, "R")],
        [["Risico", "Financieel", "Kans", "Benodigd"], ["", "gevolg", "", "(gevolg x kans)"]], rows,
        "Tabel 7.1 - Risico's en benodigde weerstandscapaciteit", caption_right="(x € 1.000)", key="risk")
pg = doc.table(t)
ratio = RESERVES[0][1] / tot_r
fact("WV|benodigd", tot_r * 1000, fmt_int(tot_r), "Tabel 7.1, p. %d; row 'Benodigde weerstandscapaciteit'" % pg, [pg])
fact("WV|cao-kans", 50, "50%", "Tabel 7.1, p. %d; row 'Cao-stijging hoger dan de indexatie', column 'Kans'" % pg, [pg], "percent")
SUMS.append({"what": "Tabel 7.1", "parts": [fmt_int(round(imp * k / 100)) for _, imp, k in RISKS], "total": fmt_int(tot_r)})
pp = doc.para("De beschikbare weerstandscapaciteit is de algemene reserve van € 1.412.000. De ratio "
              "weerstandsvermogen (beschikbaar gedeeld door benodigd) is daarmee %s. Het algemeen bestuur streeft "
              "naar een ratio van minimaal 1,0." % fmt_dec(ratio, 2))
fact("WV|ratio", round(ratio, 2), fmt_dec(ratio, 2), "Hoofdstuk 7 prose, p. %s; 'De ratio weerstandsvermogen ... is daarmee ...' (1.412 / %d)" % (pp, tot_r), pp, "count")
KGT = [("Netto schuldquote", "12,4%", "9,8%", "8,1%"), ("Solvabiliteitsratio", "21,7%", "19,3%", "18,6%"),
       ("Structurele exploitatieruimte", "1,3%", "0,0%", "0,0%")]
t = tbl([(220, "L"), (70, "R"), (70, "R"), (70, "R")],
        [["Financiële kengetallen", "Jaarrekening", "Begroting", "Begroting"], ["", "2024", "2025", "2026"]],
        [{"cells": list(r)} for r in KGT], "Tabel 7.2 - Financiële kengetallen", key="kgt")
pg = doc.table(t)
fact("KGT|solv-2026", 18.6, "18,6%", "Tabel 7.2 Financiële kengetallen, p. %d; row 'Solvabiliteitsratio', column 'Begroting 2026' (2025: 19,3%%; 2024: 21,7%%)" % pg, [pg], "percent")

# ============================ 8 balans =====================================
doc.heading("8. Financiering en geprognosticeerde balans", 1, mark="bal")
doc.para("De GGD heeft één langlopende lening voor de verbouwing van het hoofdkantoor in Almelo-Noord "
         "(fictief adres). De aflossing bedraagt € 250.000 per jaar. De liquiditeitsbehoefte wordt verder gedekt uit "
         "de rekening-courant bij de BNG Bank; de kasgeldlimiet is 8,2% van de totale lasten.")
fact("FIN|aflossing", 250000, "€ 250.000", "Hoofdstuk 8 prose, p. %d; 'De aflossing bedraagt € 250.000 per jaar'" % doc.page_no, [doc.page_no])
eig = {2024: 3352 + 312, 2025: 3352, 2026: rs[3]}
# balance: activa: MVA, vorderingen, liquide; passiva: EV, voorzieningen, vaste schulden, vlottende passiva
BAL = {2024: [4210, 2874, 1986], 2025: [4065, 2790, 1312], 2026: [3920, 2810, 1140]}
VS = {2024: 2500, 2025: 2250, 2026: 2000}
VZ = {2024: 571, 2025: 603, 2026: vs[3]}
VP = {y: sum(BAL[y]) - eig[y] - VZ[y] - VS[y] for y in BAL}
assert all(v > 0 for v in VP.values()), VP
cols_y = [2024, 2025, 2026]
rows = [{"cells": ["Activa", "", "", ""], "style": "section"},
        {"cells": ["Materiële vaste activa"] + [fmt_int(BAL[y][0]) for y in cols_y], "indent": 6},
        {"cells": ["Uitzettingen en vorderingen"] + [fmt_int(BAL[y][1]) for y in cols_y], "indent": 6},
        {"cells": ["Liquide middelen"] + [fmt_int(BAL[y][2]) for y in cols_y], "indent": 6},
        {"cells": ["Totaal activa"] + [fmt_int(sum(BAL[y])) for y in cols_y], "style": "sub"},
        {"cells": ["Passiva", "", "", ""], "style": "section"},
        {"cells": ["Eigen vermogen (reserves en resultaat)"] + [fmt_int(eig[y]) for y in cols_y], "indent": 6},
        {"cells": ["Voorzieningen"] + [fmt_int(VZ[y]) for y in cols_y], "indent": 6},
        {"cells": ["Vaste schulden"] + [fmt_int(VS[y]) for y in cols_y], "indent": 6},
        {"cells": ["Vlottende passiva"] + [fmt_int(VP[y]) for y in cols_y], "indent": 6},
        {"cells": ["Totaal passiva"] + [fmt_int(eig[y] + VZ[y] + VS[y] + VP[y]) for y in cols_y], "style": "total"}]
cap = "Tabel 8.1 - Geprognosticeerde balans per 31 december"
t = tbl([(235, "L"), (65, "R"), (65, "R"), (65, "R")],
        [["(x € 1.000)", "Jaarrekening", "Begroting", "Begroting"], ["", "2024", "2025", "2026"]], rows, cap, key="bal",
        notes=["De balans 2024 is ontleend aan de jaarrekening 2024; het eigen vermogen 2024 is inclusief het resultaat "
               "2024 (312)."])
pg = doc.table(t)
fact("BAL|liquide-2026", BAL[2026][2] * 1000, fmt_int(BAL[2026][2]), "%s, p. %d; row 'Liquide middelen', column 'Begroting 2026' (2025: %s; 2024: %s)" % (cap, pg, fmt_int(BAL[2025][2]), fmt_int(BAL[2024][2])), [pg])
fact("BAL|totaal-2026", sum(BAL[2026]) * 1000, fmt_int(sum(BAL[2026])), "%s, p. %d; row 'Totaal activa', column 'Begroting 2026'" % (cap, pg), [pg])
fact("BAL|vaste-schulden-2025", VS[2025] * 1000, fmt_int(VS[2025]), "%s, p. %d; row 'Vaste schulden', column 'Begroting 2025'" % (cap, pg), [pg])
for y in cols_y:
    SUMS.append({"what": cap + " activa %d" % y, "parts": [fmt_int(v) for v in BAL[y]], "total": fmt_int(sum(BAL[y]))})
    SUMS.append({"what": cap + " passiva %d" % y, "parts": [fmt_int(eig[y]), fmt_int(VZ[y]), fmt_int(VS[y]), fmt_int(VP[y])], "total": fmt_int(sum(BAL[y]))})
doc.para("Almelo, 3 juli 2025. Het algemeen bestuur van de GGD Dinkel-Vecht (fictief).", "I", 9)

doc.new_page()
doc.heading("Bijlage 1 - Meerjarige bijdragen per gemeente", 1, mark="bijl")
doc.para("De bijdragen voor 2027 tot en met 2029 zijn berekend in constante prijzen (prijspeil 2026) en naar rato "
         "van de bijdrage 2026 verdeeld. De indexatie voor latere jaren wordt elk jaar in de kaderbrief bepaald. "
         "Bedragen in hele euro's; de jaren staan hier van rechts naar links (meest recente jaar links).")
MJB = {}
for y in [2027, 2028, 2029]:
    target = BIJDR_K[y] * 1000
    vals = [round(b["tot"] * target / TOT["tot"]) for b in BIJDR]
    vals[-1] += target - sum(vals)
    MJB[y] = vals
rows = []
for i, b in enumerate(BIJDR):
    rows.append({"cells": [b["g"]] + [fmt_int(MJB[y][i]) for y in (2029, 2028, 2027)] + [fmt_int(b["tot"])], "key": b["g"]})
rows.append({"cells": ["Totaal"] + [fmt_int(sum(MJB[y])) for y in (2029, 2028, 2027)] + [fmt_int(TOT["tot"])], "style": "total"})
cap = "Tabel B.1 - Bijdragen per gemeente 2026-2029"
t = tbl([(130, "L"), (75, "R"), (75, "R"), (75, "R"), (75, "R")],
        [["Gemeente", "Raming", "Raming", "Raming", "Begroting"], ["(bedragen in euro's)", "2029", "2028", "2027", "2026"]],
        rows, cap, key="mjb")
pg = doc.table(t)
for i, b in enumerate(BIJDR):
    for y in (2027, 2028, 2029):
        fact("MJB|%s|%d" % (b["g"], y), MJB[y][i], fmt_int(MJB[y][i]), "%s, p. %d; row '%s', column 'Raming %d' (columns run 2029, 2028, 2027, 2026 from left to right)" % (cap, pg, b["g"], y), [pg])
for y in (2027, 2028, 2029):
    SUMS.append({"what": cap + " %d" % y, "parts": [fmt_int(v) for v in MJB[y]], "total": fmt_int(sum(MJB[y]))})
    assert sum(MJB[y]) == BIJDR_K[y] * 1000
doc.para("In 2027 stijgen de bijdragen in constante prijzen met € %s door de structurele uitbreiding van het "
         "Rijksvaccinatieprogramma (meningokokken) en in 2028 met € %s door de huisvestingslasten van het "
         "nieuwe consultatiebureau in Hardenberg." % (fmt_int((BIJDR_K[2027] - BIJDR_K[2026]) * 1000),
                                                      fmt_int((BIJDR_K[2028] - BIJDR_K[2027]) * 1000)))


resolve_fact_pages(FACTS, doc.table_log)
pages = doc.finish()
# coloured band on every page except the cover, drawn first so text stays on top
for i, ops in enumerate(pages):
    if i > 0:
        ops.insert(0, ("rect", 0, 0, doc.W, 24, (0.42, 0.13, 0.40), None, 0))
yy = TOC_Y
for title, key in toc:
    yy += 14
    pages[TOC_PAGE - 1].append(("text", doc.ml, yy, "R", 9.6, title, (0, 0, 0)))
    pn = "pagina %d" % doc.marks[key]
    w = FONTS.width("R", pn, 9.6)
    pages[TOC_PAGE - 1].append(("text", doc.W - doc.mr - w, yy, "R", 9.6, pn, (0, 0, 0)))
meta = {"title": "GGD Dinkel-Vecht - Programmabegroting 2026 (FICTIEF DOCUMENT)", "author": "set-bo evaluatieset (fictief)",
        "subject": "Fictieve begroting, testmateriaal set-bo", "creator": "set-bo layout.py (PostScript) + Ghostscript ps2pdf"}
write_postscript(pages, os.path.join(BUILD, "ggd2026.ps"), FONTS, meta)
write_page_text(pages, os.path.join(BUILD, "ggd2026.pagetext.json"))
with open(os.path.join(BUILD, "ggd2026.facts.json"), "w", encoding="utf-8") as f:
    json.dump({"document": "ggd-dinkel-vecht-programmabegroting-2026.pdf", "pages": len(pages), "facts": FACTS,
               "sums": SUMS, "tables": doc.table_log, "marks": doc.marks,
               "data": {"bijdragen": BIJDR, "totaal": TOT, "bijdr_k": BIJDR_K}}, f, ensure_ascii=False, indent=1)
print("ggd2026: %d pages, %d facts; bijdragen 2026 %s (k %d), 2025 %s (k %d), overhead %s" % (
    len(pages), len(FACTS), fmt_int(TOT["tot"]), BIJDR_K[2026], fmt_int(TOT["t25"]), BIJDR_K[2025], OH))
