"""Write avalex-spec.json: the FICTIONAL 'Avalex, Begroting 2025 en meerjarenraming 2026-2028' as a list of blocks
(headings, paragraphs, tables with every cell already formatted) that gen_avalex.js typesets with pdfjs.

Usage: python gen_avalex_spec.py SPEC_JSON
"""
from __future__ import annotations

import json
import sys

import data as d
from fmt import dec, eur2, k1, th

B: list[dict] = []


def h1(t): B.append({"t": "h1", "text": t})
def h2(t): B.append({"t": "h2", "text": t})
def p(t): B.append({"t": "p", "text": t})
def bl(items): B.append({"t": "ul", "items": items})
def brk(): B.append({"t": "break"})


def table(caption, widths, aligns, header, rows, note):
    """rows: list of dicts {cells, style: ''|'b'|'i', indent: 0|1}"""
    B.append({"t": "table", "caption": caption, "widths": widths, "aligns": aligns, "header": header,
              "rows": rows, "note": note})


def R(cells, style="", indent=0):
    return {"cells": cells, "style": style, "indent": indent}


Y = d.A_COLS
# ------------------------------------------------------------------------------------------------ title page
B.append({"t": "title", "lines": ["Avalex", "Begroting 2025", "en meerjarenraming 2026-2028"],
          "sub": "Gemeenschappelijke regeling Avalex  -  Delft, Leidschendam-Voorburg, Midden-Delfland, "
                 "Pijnacker-Nootdorp, Rijswijk en Wassenaar"})
B.append({"t": "notice", "text": "FICTIEF DOCUMENT. Avalex bestaat echt, maar deze begroting is verzonnen voor een "
          "evaluatieset: alle bedragen, aantallen, tonnages en percentages zijn verzonnen en komen niet uit de "
          "echte begroting van Avalex."})
h2("Kerncijfers 2025 (afgerond)")
kc = [
    ("Totale lasten", f"€ {dec(d.A_LASTEN_TOT[2] / 10000, 1)} mln"),
    ("Bijdragen deelnemende gemeenten", f"€ {dec(d.A_BIJDR_TOT[2] / 10000, 1)} mln"),
    ("Gemiddelde bijdrage per huishouden", f"€ {dec(d.A_PER_HH_TOT, 0)}"),
    ("Ingezameld afval", f"{dec(d.A_TON_TOT[2] / 1000, 1)} duizend ton"),
    ("Afvalscheidingspercentage", f"{dec(d.A_SCHEIDING[2], 0)}%"),
    ("Restafval per inwoner", f"{d.A_KG_REST[2]} kg"),
    ("Formatie", f"{dec(d.A_FTE_TOT[2], 0)} fte"),
    ("Investeringen", f"€ {dec(d.A_INV_TOT / 1e6, 1)} mln"),
]
B.append({"t": "kv", "items": kc})
p("De kerncijfers zijn afgerond; de exacte bedragen en aantallen staan in de tabellen van deze begroting.")
h2("Leeswijzer")
p("In de tabellen gebruiken we afgekorte kolomkoppen: Rek. 2023 = jaarrekening 2023; Begr. 2024 = begroting 2024 "
  "na de eerste begrotingswijziging; Begr. 2025 = deze begroting; Raming 2026 tot en met Raming 2028 = "
  "meerjarenraming. Bedragen staan, tenzij onder de tabel anders vermeld, x € 1.000 met één decimaal. Een "
  "negatief bedrag staat er als -/- 1.234,5; een streepje (-) betekent nihil.")
brk()

# ------------------------------------------------------------------------------------------------ 1 inleiding
h1("1  Het jaar 2025")
p("Avalex zamelt het huishoudelijk afval in van ruim 346.000 inwoners in zes gemeenten en beheert de milieustraten. "
  "De begroting 2025 staat in het teken van drie opgaven: minder restafval, een stabiele bedrijfsvoering met genoeg "
  "chauffeurs en een betaalbare bijdrage voor de deelnemers.")
bl(["Minder restafval: de gemeenten werken naar 100 kg restafval per inwoner in 2030 (afvalloze regio). In 2025 "
    "ramen we 266 kg per inwoner. PMD wordt sinds 2023 via nascheiding uit het restafval gehaald en daarom niet "
    "meer apart ingezameld.",
    "Zijbelading: de overgang naar inzameling met zijladers wordt in 2025 afgerond in Rijswijk en Wassenaar. "
    "Daarvoor schaffen we zes nieuwe zijladers aan en twee elektrische zijladers.",
    "Arbeidsmarkt: de krapte aan chauffeurs houdt aan. We leiden zelf chauffeurs op (C-rijbewijs) en verlagen "
    "daarmee de inhuur.",
    "Tarieven: het verbrandingstarief en de afvalstoffenbelasting (verbrandingsbelasting € 41,10 per ton in 2025) "
    "stijgen; de opbrengst van oud papier daalt. Een deel van die stijging vangen we op met een onttrekking aan "
    "de egalisatiereserve tarieven."])
p(f"De totale bijdrage van de deelnemers stijgt van € {dec(d.A_BIJDR_TOT[1] / 10000, 1)} mln in 2024 naar "
  f"€ {dec(d.A_BIJDR_TOT[2] / 10000, 1)} mln in 2025. Het algemeen bestuur heeft op 4 juli 2024 ingestemd met deze "
  "begroting; de zienswijzen van de raden zijn verwerkt.")

# ------------------------------------------------------------------------------------------------ 2 financieel
h1("2  Financieel overzicht")
W6 = [138] + [57] * 6
A6 = ["l"] + ["r"] * 6
rows = [R(["Lasten"] + [k1(v) for v in d.A_LASTEN_TOT]),
        R(["Opbrengsten derden"] + [k1(v) for v in d.A_BATEN_TOT]),
        R(["Saldo vóór bijdragen"] + [k1(v) for v in d.A_SALDO_VOOR], "b"),
        R(["Bijdragen deelnemers"] + [k1(v) for v in d.A_BIJDR_TOT]),
        R(["Toevoeging reserves"] + [k1(-v) for v in d.A_TOEV]),
        R(["Onttrekking reserves"] + [k1(v) for v in d.A_ONTTR]),
        R(["Resultaat"] + [k1(v) for v in d.A_RESULT], "b"),
        R(["Kostendekking opbrengsten"] + [dec(100 * d.A_BATEN_TOT[i] / d.A_LASTEN_TOT[i], 1) + "%" for i in range(6)],
          "i")]
table("Tabel 1  Overzicht van baten en lasten", W6, A6, [""] + Y, rows,
      "Bedragen x € 1.000; de laatste regel is een percentage (opbrengsten derden / lasten).")
p("Het resultaat in de jaarrekening 2023 is aan de deelnemers terugbetaald naar rato van hun bijdrage. De begroting "
  "2025 en de ramingen 2026-2028 sluiten met een resultaat van nihil.")
rows = [R([n] + [k1(v) for v in la]) for n, la, _ in d.A_PRODUCTS]
rows.append(R(["Lasten"] + [k1(v) for v in d.A_LASTEN_TOT], "b"))
table("Tabel 2  Lasten per product", W6, A6, ["Product"] + Y, rows, "Bedragen x € 1.000")
rows = []
for n, la, ba in d.A_PRODUCTS:
    toel = {"Huishoudelijk restafval": "verbranding en nascheiding PMD", "GFT": "vergisting",
            "Papier en karton": "lagere papierprijs", "Glas": "vergoeding Nedvang", "Textiel": "sorteerder",
            "Grofvuil": "op afspraak", "Milieustraten": "vier milieustraten", "Bedrijfsafval": "tarieven klanten",
            "Overhead": "staf, ICT, huisvesting"}[n]
    rows.append(R([n, k1(la[2]), k1(ba[2]), k1(ba[2] - la[2]), toel]))
rows.append(R(["Totaal", k1(d.A_LASTEN_TOT[2]), k1(d.A_BATEN_TOT[2]), k1(d.A_SALDO_VOOR[2]), ""], "b"))
table("Tabel 3  Begroting 2025 per product", [130, 62, 62, 66, 165], ["l", "r", "r", "r", "l"],
      ["Product", "Lasten", "Baten", "Saldo", "Toelichting"], rows,
      "Bedragen x € 1.000; baten zijn opbrengsten van derden, zonder de bijdragen van de deelnemers.")

# ------------------------------------------------------------------------------------------------ 3 bijdragen
h1("3  Bijdragen van de deelnemers")
p("De bijdrage per gemeente volgt uit de dienstverleningsovereenkomst: het aantal huishoudens, het aantal "
  "aansluitingen (adressen met minicontainers of een pas voor ondergrondse containers) en het gekozen pakket. "
  "Het aantal inwoners is dat op 1 januari 2024.")
rows = []
for name, inw, hh, aan in d.A_MEMBERS:
    rows.append(R([name, th(inw), th(hh), th(aan), th(d.A_BIJDR_2025[name]), eur2(d.A_PER_HH[name]),
                   th(d.A_BIJDR_2024[name])]))
rows.append(R(["Totaal", th(d.A_INW_TOT), th(d.A_HH_TOT), th(d.A_AANSL_TOT), th(d.A_BIJDR_TOT[2] * 100),
               eur2(d.A_PER_HH_TOT), th(d.A_BIJDR_TOT[1] * 100)], "b"))
table("Tabel 4  Bijdrage per gemeente 2025", [112, 52, 58, 62, 72, 52, 72], ["l"] + ["r"] * 6,
      ["Gemeente", "Inwoners", "Huishoudens", "Aansluitingen", "Bijdrage 2025", "Per hh", "Bijdrage 2024"], rows,
      "Bedragen in euro's (niet x € 1.000). Per hh = bijdrage 2025 per huishouden. Bijdrage 2024 = begroting 2024 "
      "na wijziging.")

# ------------------------------------------------------------------------------------------------ 4 afvalstromen
h1("4  Afvalstromen")
rows = [R([d.A_TON_REST[0][0]] + [th(v) for v in d.A_TON_REST[0][1]], "", 1),
        R(["Grofvuil (rest)"] + [th(v) for v in d.A_TON_GROF_REST], "", 1),
        R(["Restafval"] + [th(v) for v in d.A_TON_REST_TOT], "b")]
rows += [R([n] + [th(v) for v in vals], "", 1) for n, vals in d.A_TON_GESCH]
rows.append(R(["Gescheiden ingezameld"] + [th(v) for v in d.A_TON_GESCH_TOT], "b"))
rows.append(R(["Totaal ingezameld"] + [th(v) for v in d.A_TON_TOT], "b"))
rows.append(R(["Afvalscheidingspercentage"] + [dec(v, 1) + "%" for v in d.A_SCHEIDING], "i"))
rows.append(R(["Kg huishoudelijk restafval per inwoner"] + [str(v) for v in d.A_KG_REST], "i"))
table("Tabel 5  Ingezamelde hoeveelheden", [200, 90, 90, 90], ["l", "r", "r", "r"],
      ["Afvalstroom"] + d.A_TON_COLS, rows,
      "Hoeveelheden in ton. Het afvalscheidingspercentage is gescheiden ingezameld / totaal ingezameld. Kg per "
      "inwoner: huishoudelijk restafval (zonder grofvuil) gedeeld door het aantal inwoners op 1 januari van het "
      "jaar ervoor.")
rows = [R([n] + [th(v) for v in q] + [th(sum(q))]) for n, q in d.A_KW.items()]
table("Tabel 6  Verwachte inzameling per kwartaal 2025", [160, 62, 62, 62, 62, 62], ["l"] + ["r"] * 5,
      ["Afvalstroom", "K1", "K2", "K3", "K4", "2025"], rows,
      "In ton. K1 = januari-maart, K2 = april-juni, K3 = juli-september, K4 = oktober-december. In het tweede en "
      "derde kwartaal is het aanbod van GFT het grootst (tuinafval).")

# ------------------------------------------------------------------------------------------------ 5 bedrijfsvoering
h1("5  Bedrijfsvoering")
p("De formatie groeit in 2025 met chauffeurs en beladers voor de zijbelading en voor de eigen opleiding van "
  "chauffeurs. De inhuur daalt doordat vacatures worden vervuld.")
rows = [R([n] + [dec(v, 1) for v in vals], "", 1) for n, vals in d.A_FTE]
rows.append(R(["Formatie (fte)"] + [dec(v, 1) for v in d.A_FTE_TOT], "b"))
rows.append(R(["Inhuur (x € 1.000)"] + [k1(v) for v in d.A_INHUUR], "i"))
table("Tabel 7  Personeel", [200, 90, 90, 90], ["l", "r", "r", "r"], [""] + d.A_FTE_COLS, rows,
      "Formatie in fte; de regel inhuur in bedragen x € 1.000.")

# ------------------------------------------------------------------------------------------------ 6 investeringen
h1("6  Investeringen 2025")
rows = [R([n, str(a), th(b), str(t), th(d.A_INV_AFSCHR[n])]) for n, a, b, t in d.A_INV]
rows.append(R(["Totaal", str(sum(r[1] for r in d.A_INV)), th(d.A_INV_TOT), "", th(sum(d.A_INV_AFSCHR.values()))],
              "b"))
table("Tabel 8  Investeringen materieel 2025", [170, 45, 90, 80, 90], ["l", "r", "r", "r", "r"],
      ["Omschrijving", "Aantal", "Investering", "Termijn (jr)", "Afschrijving/jr"], rows,
      "Bedragen in euro's. Lineaire afschrijving vanaf het jaar na levering; de rente is in de kapitaallasten van "
      "de producten opgenomen.")
p(f"Van de investeringen zijn er {d.A_INV_VW_AANTAL} vuilniswagens (zijladers, achterladers en kraakperswagens) "
  f"voor in totaal € {th(d.A_INV_VW_BEDRAG)}. De twee elektrische zijladers worden gedeeltelijk gefinancierd uit de "
  "bestemmingsreserve duurzaam materieel.")

# ------------------------------------------------------------------------------------------------ 7 reserves
h1("7  Reserves en voorzieningen")
rows = [R(["Reserves", "", "", "", ""], "b")]
for r in d.A_RES:
    rows.append(R([r[0], k1(r[1]), k1(r[2]), k1(r[3]), k1(r[1] + r[2] - r[3])], "", 1))
rows.append(R(["Voorzieningen", "", "", "", ""], "b"))
for r in d.A_VZ:
    rows.append(R([r[0], k1(r[1]), k1(r[2]), k1(r[3]), k1(r[1] + r[2] - r[3])], "", 1))
table("Tabel 9  Reserves en voorzieningen 2025", [195, 70, 70, 70, 70], ["l", "r", "r", "r", "r"],
      ["", "Stand 1-1-2025", "Toevoeging", "Onttrekking", "Stand 31-12-2025"], rows, "Bedragen x € 1.000")

# ------------------------------------------------------------------------------------------------ 8 weerstand
h1("8  Weerstandsvermogen en kengetallen")
p("Het weerstandsvermogen is de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit. De "
  "benodigde capaciteit is per risico de kans maal het financiële effect.")
rows = [R([n, f"{k}%", th(e), th(b)]) for (n, k, e), b in zip(d.A_RISICO, d.A_RISICO_BEN)]
rows.append(R(["Benodigde weerstandscapaciteit", "", "", th(d.A_BENODIGD)], "b"))
rows.append(R(["Beschikbaar: algemene reserve", "", "", th(d.A_RES[0][1] * 100)]))
rows.append(R(["Beschikbaar: post onvoorzien", "", "", th(250000)]))
rows.append(R(["Beschikbare weerstandscapaciteit", "", "", th(d.A_BESCHIKBAAR)], "b"))
rows.append(R(["Ratio weerstandsvermogen", "", "", dec(d.A_RATIO, 2)], "i"))
table("Tabel 10  Risico's en weerstandsvermogen", [215, 55, 100, 100], ["l", "r", "r", "r"],
      ["Risico", "Kans", "Effect", "Benodigd"], rows, "Bedragen in euro's; de ratio is een verhoudingsgetal.")
p(f"Met een ratio van {dec(d.A_RATIO, 2)} is het weerstandsvermogen voldoende (norm: tussen 1,0 en 1,4). Het "
  "algemeen bestuur heeft het maximum van de algemene reserve bepaald op 5% van de lasten.")
rows = [R([n, a, b, c, t]) for n, a, b, c, t in d.A_KENG]
table("Tabel 11  Financiële kengetallen", [155, 55, 55, 55, 150], ["l", "r", "r", "r", "l"],
      ["Kengetal", "Rek. 2023", "Begr. 2024", "Begr. 2025", "Toelichting"], rows,
      "Percentages volgens het BBV.")
p("Einde van de begroting 2025. Fictief document, opgesteld voor een evaluatieset.")

with open(sys.argv[1] if len(sys.argv) > 1 else "avalex-spec.json", "w", encoding="utf-8") as f:
    json.dump({"file": d.A_FILE, "blocks": B}, f, ensure_ascii=False, indent=1)
print("spec with", len(B), "blocks")
