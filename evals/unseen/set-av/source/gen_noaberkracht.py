"""Noaberkracht Dinkelland Tubbergen, Begroting 2025 (FICTIONAL figures) as HTML, printed to PDF by wkhtmltopdf
(Debian 'wkhtmltopdf' 0.12.6 with unpatched Qt 5.15: no running headers, no repeated table headers, no CSS columns).

usage: python gen_noaberkracht.py OUTDIR  -> OUTDIR/noaberkracht-begroting-2025.pdf (+ the .html kept in source/)
"""
import html
import os
import subprocess
import sys

from data import (NK, NK_INW, NK_SLEUTEL, NK_SLEUTEL_INW_AANDEEL, NK_SLEUTEL_UREN_AANDEEL, NK_UREN_AANDEEL,
                  NK_LOONINDEX, NK_PRIJSINDEX, NK_DOELGROEP, NK_DIRECT, NK_BIJDRAGE_2024, NK_BATEN_DERDEN,
                  NK_BALANS_ACTIVA, NK_BALANS_VOORZIENINGEN, NK_BALANS_VASTE_SCHULDEN, NK_BALANS_VLOTTENDE_SCHULDEN,
                  NK_DIRECT_LATER_K)
from fmt import nl, mln, pct, rnd, k

HERE = os.path.dirname(os.path.abspath(__file__))
OUTNAME = "noaberkracht-begroting-2025.pdf"


def e(s):
    return html.escape(str(s), quote=False)


def eur(v):
    return "€ " + nl(v)


def num(v, dec=0):
    return nl(v, dec)


CSS = """
@page { size: A4 landscape; }
body { font-family: 'DejaVu Sans'; font-size: 14.9pt; color: #1d2a22; line-height: 1.38; }
.pagehead { font-size: 12.6pt; color: #4b7a3c; border-bottom: 1px solid #4b7a3c; padding-bottom: 2px; margin-bottom: 14px; }
.pagehead span { float: right; }
h1 { font-size: 26.4pt; color: #2f5d27; margin: 4px 0 10px 0; }
h2 { font-size: 18.6pt; color: #2f5d27; margin: 14px 0 6px 0; }
h3 { font-size: 15.6pt; color: #2f5d27; margin: 10px 0 4px 0; }
p { margin: 0 0 8px 0; text-align: justify; }
.newpage { page-break-before: always; }
table.data { border-collapse: collapse; font-size: 13.9pt; margin: 4px 0 4px 0; }
table.data th { background: #e3eedd; font-weight: bold; padding: 3px 9px; border-bottom: 1px solid #2f5d27; }
table.data td { padding: 2.5px 9px; border-bottom: 1px solid #d5dfd0; vertical-align: top; }
table.data td.n { text-align: right; white-space: nowrap; }
table.data th.n { text-align: right; white-space: nowrap; }
table.data th.w { white-space: normal; }
table.data td.l, table.data th.l { text-align: left; }
table.data th.c { text-align: center; }
table.data tr.sub td { font-weight: bold; border-top: 1px solid #2f5d27; }
table.data tr.tot td { font-weight: bold; border-top: 2px solid #2f5d27; border-bottom: 2px solid #2f5d27; }
table.data tr.grp td { font-weight: bold; background: #f2f6ef; }
table.data td.ind { padding-left: 24px; }
.caption { font-weight: bold; font-size: 14.4pt; margin: 10px 0 2px 0; }
.scale { font-size: 12.6pt; font-style: italic; margin: 0 0 2px 0; }
.note { font-size: 12.0pt; font-style: italic; margin: 2px 0 10px 0; }
sup { font-size: 9.0pt; }
table.cols { width: 100%; border-collapse: collapse; }
table.cols td { vertical-align: top; width: 50%; padding: 0 12px 0 0; }
table.cols td + td { padding: 0 0 0 12px; }
table.tiles { width: 100%; border-collapse: separate; border-spacing: 10px; }
table.tiles td { background: #e3eedd; text-align: center; padding: 10px 6px; width: 25%; }
.tl { font-size: 13.8pt; color: #2f5d27; }
.tv { font-size: 25.2pt; font-weight: bold; color: #2f5d27; }
.fict { border: 2px solid #b3261e; background: #fbeeee; padding: 10px 14px; margin-top: 40px; font-size: 15.0pt; }
.fict b { color: #b3261e; }
"""

body = []


def add(s):
    body.append(s)


def page(title=None, chapter=None):
    add('<div class="newpage"></div>')
    add(f'<div class="pagehead">Noaberkracht Dinkelland Tubbergen<span>Begroting 2025{" · " + e(chapter) if chapter else ""}</span></div>')
    if title:
        add(f"<h1>{e(title)}</h1>")


def P(text):
    add(f"<p>{e(text)}</p>")


def table(head_rows, rows, widths=None, width=None):
    """head_rows: list of rows of (text, cls, colspan); rows: (cls, [(text, cls, sup)])"""
    w = f' style="width:{width}' + (';table-layout:fixed' if widths else '') + '"' if width else ''
    out = [f'<table class="data"{w}>']
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{x}">' for x in widths) + "</colgroup>")
    for hr in head_rows:
        out.append("<tr>" + "".join(
            f'<th class="{c}"' + (f' colspan="{span}"' if span > 1 else "") + ">" + e(t).replace("\n", "<br>") + "</th>"
            for t, c, span in hr) + "</tr>")
    for cls, cells in rows:
        tds = []
        for cell in cells:
            t, c = cell[0], cell[1]
            sup = cell[2] if len(cell) > 2 and cell[2] else ""
            tds.append(f'<td class="{c}">{e(t)}' + (f"<sup>{e(sup)}</sup>" if sup else "") + "</td>")
        out.append(f'<tr class="{cls}">' + "".join(tds) + "</tr>")
    out.append("</table>")
    add("".join(out))


# --------------------------------------------------------------------------------------------------------------
# title page
# --------------------------------------------------------------------------------------------------------------
add('<div style="margin-top:60px;font-size:15pt;color:#4b7a3c;font-weight:bold">Noaberkracht Dinkelland Tubbergen</div>')
add('<div style="font-size:38pt;font-weight:bold;color:#2f5d27;margin-top:10px">Begroting 2025</div>')
add('<div style="font-size:17pt;margin-top:6px">en meerjarenraming 2026-2028</div>')
add('<div style="font-size:12.5pt;margin-top:26px">Gemeenschappelijke regeling van de gemeenten Dinkelland en Tubbergen'
    '<br>Ontwerpbegroting voor de zienswijze van de gemeenteraden, april 2024</div>')
add('<div class="fict"><b>FICTIEF DOCUMENT – VERZONNEN CIJFERS.</b> Noaberkracht is de werkorganisatie van de gemeenten '
    'Dinkelland en Tubbergen, maar deze begroting is verzonnen. Het document is gemaakt als testmateriaal voor een '
    'evaluatieset. Alle bedragen, aantallen fte, percentages, verdeelsleutels en toelichtingen zijn fictief en komen niet '
    'overeen met de werkelijke begroting van Noaberkracht. Gebruik dit document niet als bron.</div>')

# --------------------------------------------------------------------------------------------------------------
# in één oogopslag + inhoud
# --------------------------------------------------------------------------------------------------------------
page("Begroting 2025 in één oogopslag")
tiles = [("Totale lasten 2025", mln(NK["LASTEN"])),
         ("Bijdrage Dinkelland", mln(NK["BIJDR"]["Dinkelland"])),
         ("Bijdrage Tubbergen", mln(NK["BIJDR"]["Tubbergen"])),
         ("Personeelslasten", mln(NK["PERS"])),
         ("Formatie", nl(NK["FTE25"], 1) + " fte"),
         ("Overhead", pct(NK["OVERHEAD_PCT"]) + " van de lasten"),
         ("Reserves 31-12-2025", mln(NK["RES_TOT"]["s31"])),
         ("Verdeelsleutel", f"{nl(NK_SLEUTEL['Dinkelland'], 1)} / {nl(NK_SLEUTEL['Tubbergen'], 1)}")]
t = ['<table class="tiles">']
for r in range(2):
    t.append("<tr>" + "".join(f'<td><div class="tl">{e(a)}</div><div class="tv">{e(b)}</div></td>'
                             for a, b in tiles[r * 4:(r + 1) * 4]) + "</tr>")
t.append("</table>")
add("".join(t))
add('<p style="font-size:10.5pt;font-style:italic">Bedragen afgerond op een decimaal in miljoenen euro\'s. De verdeelsleutel '
    'is het aandeel van Dinkelland en Tubbergen in de gezamenlijke kosten, in procenten.</p>')
add("<h2>Inhoud</h2>")
add('<table class="data" style="width:60%">' + "".join(
    f'<tr><td class="l">{e(a)}</td><td class="l">{e(b)}</td></tr>' for a, b in [
        ("1", "Inleiding"), ("2", "Uitgangspunten en verdeelsleutel"), ("3", "Lasten per cluster"),
        ("4", "Formatie en personeelslasten"), ("5", "Overhead"), ("6", "Bijdragen van de deelnemende gemeenten"),
        ("7", "Meerjarenraming 2026-2028"), ("8", "Reserves"), ("9", "Geprognosticeerde balans en kengetallen"),
        ("Bijlage", "Lasten per taak 2025")]) + "</table>")

# --------------------------------------------------------------------------------------------------------------
# 1 Inleiding (two columns)
# --------------------------------------------------------------------------------------------------------------
page("1 Inleiding", "Inleiding")
mut_d, mut_t = NK["MUTATIE"]["Dinkelland"], NK["MUTATIE"]["Tubbergen"]
left = [
    "Noaberkracht Dinkelland Tubbergen is de ambtelijke werkorganisatie van de gemeenten Dinkelland en Tubbergen. De "
    "twee gemeenten bleven zelfstandig, met elk een eigen gemeenteraad en college, maar voeren hun taken uit met één "
    "gezamenlijke organisatie. Noaberkracht is een gemeenschappelijke regeling in de vorm van een bedrijfsvoeringsorganisatie. "
    "Het bestuur bestaat uit de burgemeesters en een wethouder van beide gemeenten.",
    "Noaberkracht heeft geen eigen inkomsten van betekenis. Vrijwel alle kosten worden betaald door de twee gemeenten. "
    "Deze begroting laat zien wat de werkorganisatie in 2025 kost en hoe die kosten over Dinkelland en Tubbergen worden "
    "verdeeld. De gemeenteraden kunnen tot 15 juni 2024 hun zienswijze geven.",
    f"De totale lasten voor 2025 bedragen € {nl(NK['LASTEN'])}. De bijdrage van Dinkelland stijgt met € {nl(mut_d)} en "
    f"die van Tubbergen met € {nl(mut_t)} ten opzichte van de begroting 2024 na wijziging.",
]
right = [
    "Waarom stijgen de kosten? De belangrijkste oorzaak is de cao gemeenten 2023-2024. De lonen stegen in 2023 en 2024 "
    f"fors en daar komt in 2025 een geraamde loonstijging van {nl(NK_LOONINDEX, 1)}% bij. Daarnaast groeit de formatie "
    f"met {nl(rnd(NK['FTE25'] - NK['FTE24'], 1), 1)} fte, vooral bij het cluster Sociaal Domein door de toename van het "
    "aantal Wmo- en jeugdhulpaanvragen en de invoering van de Wet inburgering.",
    "Leerwerkbedrijf. Noaberkracht geeft mensen met een afstand tot de arbeidsmarkt een plek in de buitendienst. In 2025 "
    f"werken {NK_DOELGROEP} medewerkers uit de doelgroep van de Participatiewet in het leerwerkbedrijf van het cluster "
    "Openbare Ruimte. Zij worden begeleid door twee werkmeesters en volgen een opleiding in het groenonderhoud.",
    "De inhuur van derden daalt: vacatures worden vaker met vaste medewerkers ingevuld. Tot slot is de bijdrage aan het "
    "frictiekostenbudget uit de reorganisatie van 2022 in 2025 de laatste keer nodig; deze kosten worden betaald uit de "
    "reserve frictiekosten.",
]
add('<table class="cols"><tr><td>' + "".join(f"<p>{e(x)}</p>" for x in left) + "</td><td>" +
    "".join(f"<p>{e(x)}</p>" for x in right) + "</td></tr></table>")

# --------------------------------------------------------------------------------------------------------------
# 2 Uitgangspunten en verdeelsleutel
# --------------------------------------------------------------------------------------------------------------
page("2 Uitgangspunten en verdeelsleutel", "Uitgangspunten")
P("De begroting 2025 is opgesteld met de uitgangspunten die het algemeen bestuur in december 2023 vaststelde. De "
  "begroting is structureel sluitend: de lasten worden gedekt door de bijdragen van de gemeenten, de baten van derden en "
  "onttrekkingen aan de reserves.")
add('<div class="caption">Tabel 2.1 Uitgangspunten begroting 2025</div>')
table([[("Uitgangspunt", "l", 1), ("2025", "n", 1)]],
      [("", [("Loonindex (cao gemeenten en sociale lasten)", "l"), (nl(NK_LOONINDEX, 1) + "%", "n")]),
       ("", [("Prijsindex materiële lasten", "l"), (nl(NK_PRIJSINDEX, 1) + "%", "n")]),
       ("", [("Rente nieuwe leningen", "l"), ("2,8%", "n")]),
       ("", [("Formatie begroting 2025", "l"), (nl(NK["FTE25"], 1) + " fte", "n")])], width="55%")
P("De kosten die voor beide gemeenten worden gemaakt (de gezamenlijke kosten) worden verdeeld met een verdeelsleutel. "
  f"De verdeelsleutel is voor {NK_SLEUTEL_INW_AANDEEL}% gebaseerd op het aantal inwoners op 1 januari 2024 en voor "
  f"{NK_SLEUTEL_UREN_AANDEEL}% op de verhouding van de geschreven uren per gemeente in 2023. Taken die Noaberkracht voor "
  "één gemeente uitvoert (directe kosten) betaalt die gemeente zelf.")
inw_tot = sum(NK_INW.values())
add('<div class="caption">Tabel 2.2 Verdeelsleutel gezamenlijke kosten 2025</div>')
table([[("Gemeente", "l", 1), ("Inwoners 1-1-2024", "n", 1), ("Aandeel inwoners", "n", 1),
        ("Aandeel uren 2023", "n", 1), ("Verdeelsleutel 2025", "n", 1)]],
      [("", [(g, "l"), (nl(NK_INW[g]), "n"), (pct(NK_INW[g] / inw_tot * 100, 2), "n"),
             (pct(NK_UREN_AANDEEL[g]), "n"), (pct(NK_SLEUTEL[g]), "n")]) for g in ("Dinkelland", "Tubbergen")] +
      [("tot", [("Totaal", "l"), (nl(inw_tot), "n"), ("100,00%", "n"), ("100,0%", "n"), ("100,0%", "n")])],
      width="80%")
P("Het aandeel inwoners telt voor 40% mee en het aandeel uren voor 60%. Voor Dinkelland geeft dat "
  f"0,4 × {nl(NK_INW['Dinkelland'] / inw_tot * 100, 2)}% + 0,6 × {nl(NK_UREN_AANDEEL['Dinkelland'], 1)}% = "
  f"{nl(NK_SLEUTEL['Dinkelland'], 1)}% (afgerond). De verdeelsleutel wordt elke vier jaar herzien; de volgende herziening "
  "is bij de begroting 2028.")

# --------------------------------------------------------------------------------------------------------------
# 3 Lasten per cluster (newest year first)
# --------------------------------------------------------------------------------------------------------------
page("3 Lasten per cluster", "Clusters")
P("Noaberkracht is ingedeeld in zes clusters. In tabel 3.1 staan de lasten per cluster. Let op: het meest recente jaar "
  "staat links.")
add('<div class="caption">Tabel 3.1 Lasten per cluster</div>')
rows = [("", [(c["name"], "l"), (nl(c["tot_k"]), "n"), (nl(c["nw24"]), "n"), (nl(c["rek23"]), "n")]) for c in NK["CLUSTERS"]]
rows.append(("tot", [("Totaal lasten", "l"), (nl(NK["LASTEN_K"]), "n"), (nl(NK["NW24_K"]), "n"), (nl(NK["REK23_K"]), "n")]))
table([[("Cluster", "l", 1), ("Begroting 2025 (x € 1.000)", "n w", 1), ("Begroting 2024 na wijziging (x € 1.000)", "n w", 1),
        ("Rekening 2023 (x € 1.000)", "n w", 1)]], rows, widths=["37%", "21%", "21%", "21%"], width="100%")
cl = {c["name"]: c for c in NK["CLUSTERS"]}
add('<table class="cols"><tr><td>')
P("Directie en Bestuurszaken. Directie, managementondersteuning, bestuursondersteuning van de twee colleges, "
  "communicatie en juridische zaken.")
P("Publiekszaken en Dienstverlening. Het klantcontactcentrum, burgerzaken, het heffen en invorderen van de gemeentelijke "
  "belastingen en de WOZ-administratie, en de documentaire informatievoorziening.")
P("Sociaal Domein. De toegang tot Wmo en jeugdhulp, participatie en inkomen, schuldhulpverlening, leerplicht en "
  "leerlingenvervoer en de beleidsadvisering. Dit cluster groeit het hardst, met "
  f"{nl(rnd(cl['Sociaal Domein']['fte25'] - cl['Sociaal Domein']['fte24'], 1), 1)} fte.")
add("</td><td>")
P("Omgeving. Ruimtelijke ontwikkeling, vergunningverlening, toezicht en handhaving, economie en recreatie, milieu en "
  "duurzaamheid en grondzaken. De Omgevingswet vraagt meer capaciteit voor vergunningverlening.")
P("Openbare Ruimte. De buitendienst: wegen, groen, riolering, begraafplaatsen, de gemeentewerven in Weerselo en "
  "Tubbergen en het leerwerkbedrijf. Hier vallen ook de materiële lasten van voertuigen en materieel.")
P("Bedrijfsvoering. Financiën, HRM, informatievoorziening en ICT en facilitaire zaken. Deze kosten vormen samen met de "
  "directie de overhead (hoofdstuk 5).")
add("</td></tr></table>")

# --------------------------------------------------------------------------------------------------------------
# 4 Formatie en personeelslasten
# --------------------------------------------------------------------------------------------------------------
page("4 Formatie en personeelslasten", "Formatie")
P(f"De formatie groeit van {nl(NK['FTE24'], 1)} fte in de begroting 2024 naar {nl(NK['FTE25'], 1)} fte in 2025. "
  f"De personeelslasten bedragen € {nl(NK['PERS'])}.")
add('<div class="caption">Tabel 4.1 Formatie en personeelslasten per cluster</div>')
rows = []
for c in NK["CLUSTERS"]:
    rows.append(("", [(c["name"], "l"), (nl(c["fte24"], 1), "n"), (nl(c["fte25"], 1), "n"),
                      (nl(rnd(c["fte25"] - c["fte24"], 1), 1), "n"), (nl(c["pers_k"]), "n")]))
rows.append(("tot", [("Totaal", "l"), (nl(NK["FTE24"], 1), "n"), (nl(NK["FTE25"], 1), "n"),
                     (nl(rnd(NK["FTE25"] - NK["FTE24"], 1), 1), "n"), (nl(NK["PERS_K"]), "n")]))
table([[("", "l", 1), ("Formatie (fte)", "c", 3), ("Personeelslasten", "n", 1)],
       [("Cluster", "l", 1), ("2024", "n", 1), ("2025", "n", 1), ("Mutatie", "n", 1), ("2025 (x € 1.000)", "n", 1)]],
      rows, widths=["38%", "14%", "14%", "14%", "20%"], width="80%")
add('<div class="caption">Tabel 4.2 Lasten naar kostensoort 2025-2028<sup>1</sup></div>')
KS = NK["KS_K"]
rows = [("grp", [("Personeelslasten", "l"), ("", "n"), ("", "n"), ("", "n"), ("", "n")])]
for n, _ in NK["KS_PERS"]:
    rows.append(("", [(n, "l ind")] + [(nl(v), "n") for v in KS[n]]))
rows.append(("sub", [("Subtotaal personeelslasten", "l")] + [(nl(v), "n") for v in NK["SUB_PERS_K"]]))
rows.append(("grp", [("Materiële lasten", "l"), ("", "n"), ("", "n"), ("", "n"), ("", "n")]))
for n, _ in NK["KS_MAT"]:
    rows.append(("", [(n, "l ind")] + [(nl(v), "n") for v in KS[n]]))
rows.append(("sub", [("Subtotaal materiële lasten", "l")] + [(nl(v), "n") for v in NK["SUB_MAT_K"]]))
rows.append(("tot", [("Totaal lasten", "l")] + [(nl(v), "n") for v in NK["TOT_LASTEN_K"]]))
table([[("Kostensoort", "l", 1), ("Begroting", "n", 1), ("Meerjarenraming", "c", 3)],
       [("", "l", 1), ("2025", "n", 1), ("2026", "n", 1), ("2027", "n", 1), ("2028", "n", 1)]],
      rows, widths=["40%", "15%", "15%", "15%", "15%"], width="80%")
add('<div class="note">1) Bedragen x € 1.000.</div>')
P("De salarissen stijgen in 2026 door de volgende cao-stap en de periodieken. De inhuur van derden daalt vanaf 2026 "
  "structureel, omdat de tijdelijke inhuur voor de invoering van de Omgevingswet stopt.")

# --------------------------------------------------------------------------------------------------------------
# 5 Overhead
# --------------------------------------------------------------------------------------------------------------
page("5 Overhead", "Overhead")
P("Onder overhead vallen alle kosten die samenhangen met de sturing en ondersteuning van de medewerkers in het primaire "
  "proces: financiën, HRM, informatievoorziening en ICT, facilitaire zaken (huisvesting, inkoop, post) en de directie en "
  "het management. Deze kosten worden niet aan de taken doorberekend maar apart zichtbaar gemaakt, zodat de "
  "gemeenteraden kunnen zien hoeveel de bedrijfsvoering kost.")
add('<div class="caption">Tabel 5.1 Overhead 2025 (bedragen in €)</div>')
rows = [("", [(n, "l"), (eur(v), "n")]) for n, v in NK["OVERHEAD"]]
rows.append(("tot", [("Totaal overhead", "l"), (eur(NK["OVERHEAD_TOT"]), "n")]))
rows.append(("", [("Totale lasten Noaberkracht", "l"), (eur(NK["LASTEN"]), "n")]))
rows.append(("sub", [("Overhead in procenten van de totale lasten", "l"), (pct(NK["OVERHEAD_PCT"]), "n")]))
rows.append(("", [("Overhead per fte", "l"), (eur(NK["OVERHEAD_PER_FTE"]), "n")]))
table([[("Onderdeel", "l", 1), ("Begroting 2025", "n", 1)]], rows, widths=["70%", "30%"], width="60%")
P(f"Het overheadpercentage van {pct(NK['OVERHEAD_PCT'])} ligt in lijn met vergelijkbare werkorganisaties. De stijging "
  "ten opzichte van 2024 komt door hogere licentiekosten voor software en de vervanging van de telefonie.")

# --------------------------------------------------------------------------------------------------------------
# 6 Bijdragen
# --------------------------------------------------------------------------------------------------------------
page("6 Bijdragen van de deelnemende gemeenten", "Bijdragen")
P("De gemeenten Dinkelland en Tubbergen betalen samen de kosten van Noaberkracht die niet door baten van derden of "
  "onttrekkingen aan reserves worden gedekt. De gezamenlijke kosten worden verdeeld met de verdeelsleutel uit hoofdstuk "
  "2. De directe kosten komen volledig voor rekening van de gemeente waarvoor de taak wordt uitgevoerd.")
add('<div class="caption">Tabel 6.1 Bijdrage per gemeente 2025 (bedragen in €)</div>')
B = NK["BIJDR"]
rows = [
    ("", [("Totale lasten", "l"), ("", "n"), ("", "n"), (eur(NK["LASTEN"]), "n")]),
    ("", [("Af: baten derden", "l"), ("", "n"), ("", "n"), (eur(NK_BATEN_DERDEN), "n")]),
    ("", [("Af: onttrekkingen aan reserves", "l"), ("", "n"), ("", "n"), (eur(NK["ONTT_EUR"][0]), "n")]),
    ("sub", [("Te betalen door de gemeenten", "l"), ("", "n"), ("", "n"), (eur(NK["BIJDR_TOT"]), "n")]),
    ("", [("Gezamenlijke kosten volgens verdeelsleutel (" + nl(NK_SLEUTEL["Dinkelland"], 1) + "% / " +
           nl(NK_SLEUTEL["Tubbergen"], 1) + "%)", "l"), (eur(NK["GEZ_D"]), "n"), (eur(NK["GEZ_T"]), "n"), (eur(NK["GEZ"]), "n")]),
    ("", [("Directe kosten per gemeente", "l"), (eur(NK_DIRECT["Dinkelland"]), "n", "2"), (eur(NK_DIRECT["Tubbergen"]), "n", "3"),
          (eur(NK_DIRECT["Dinkelland"] + NK_DIRECT["Tubbergen"]), "n")]),
    ("tot", [("Bijdrage 2025", "l"), (eur(B["Dinkelland"]), "n"), (eur(B["Tubbergen"]), "n"), (eur(NK["BIJDR_TOT"]), "n")]),
    ("", [("Bijdrage 2024 (begroting na wijziging)", "l"), (eur(NK_BIJDRAGE_2024["Dinkelland"]), "n"),
          (eur(NK_BIJDRAGE_2024["Tubbergen"]), "n"), (eur(sum(NK_BIJDRAGE_2024.values())), "n")]),
    ("sub", [("Stijging bijdrage 2025 ten opzichte van 2024", "l"), (eur(NK["MUTATIE"]["Dinkelland"]), "n"),
             (eur(NK["MUTATIE"]["Tubbergen"]), "n"), (eur(sum(NK["MUTATIE"].values())), "n")]),
]
table([[("", "l", 1), ("Dinkelland", "n", 1), ("Tubbergen", "n", 1), ("Totaal", "n", 1)]], rows,
      widths=["52%", "16%", "16%", "16%"], width="92%")
add('<div class="note">2) Onder meer het beheer van de buitensportaccommodaties en het toezicht op de recreatieparken in '
    'Dinkelland.<br>3) Onder meer de uitvoering van het toeristisch programma en het beheer van de kernen in Tubbergen.</div>')
P("De bijdragen worden in vier gelijke termijnen betaald, op 1 januari, 1 april, 1 juli en 1 oktober. Een positief "
  "resultaat in de jaarrekening wordt met dezelfde verdeling teruggegeven aan de gemeenten, tenzij het algemeen bestuur "
  "anders besluit.")

# --------------------------------------------------------------------------------------------------------------
# 7 Meerjarenraming
# --------------------------------------------------------------------------------------------------------------
page("7 Meerjarenraming 2026-2028", "Meerjarenraming")
P("De meerjarenraming is opgesteld op basis van de begroting 2025, met de verwachte loon- en prijsstijgingen. Voor de "
  "jaren na 2025 is dezelfde verdeelsleutel gebruikt. Een negatief bedrag is een nadeel.")
MJ = NK["MJ"]
add('<div class="caption">Tabel 7.1 Meerjarenraming<sup>4</sup></div>')
rows = [
    ("", [("Totale lasten", "l")] + [(nl(v), "n") for v in MJ["lasten"]]),
    ("", [("Baten derden", "l ind")] + [(nl(v), "n") for v in MJ["baten_derden"]]),
    ("", [("Bijdrage gemeente Dinkelland", "l ind")] + [(nl(v), "n") for v in MJ["Dinkelland"]]),
    ("", [("Bijdrage gemeente Tubbergen", "l ind")] + [(nl(v), "n") for v in MJ["Tubbergen"]]),
    ("sub", [("Totale baten", "l")] + [(nl(v), "n") for v in MJ["baten"]]),
    ("sub", [("Saldo van baten en lasten", "l")] + [(nl(v), "n") for v in MJ["saldo"]]),
    ("", [("Onttrekkingen aan reserves", "l")] + [(nl(v), "n") for v in MJ["onttrekking"]]),
    ("tot", [("Resultaat", "l")] + [(nl(v), "n") for v in MJ["resultaat"]]),
]
table([[("", "l", 1), ("Begroting\n2025", "n", 1), ("Raming\n2026", "n", 1), ("Raming\n2027", "n", 1), ("Raming\n2028", "n", 1)]],
      rows, widths=["40%", "15%", "15%", "15%", "15%"], width="85%")
add('<div class="note">4) Bedragen x € 1.000. De bijdragen zijn afgerond; de bijdrage 2025 in euro\'s staat in tabel 6.1.</div>')
P("De bijdragen stijgen in de meerjarenraming vooral door de loonontwikkeling. In 2026 wordt nog een laatste deel van de "
  "frictiekosten uit de reserve frictiekosten betaald; vanaf 2027 zijn er geen onttrekkingen meer geraamd. De directe "
  f"kosten van Dinkelland zijn geraamd op {nl(NK_DIRECT_LATER_K['Dinkelland'][0])}, "
  f"{nl(NK_DIRECT_LATER_K['Dinkelland'][1])} en {nl(NK_DIRECT_LATER_K['Dinkelland'][2])} duizend euro in 2026 tot en met 2028.")

# --------------------------------------------------------------------------------------------------------------
# 8 Reserves
# --------------------------------------------------------------------------------------------------------------
page("8 Reserves", "Reserves")
P("Noaberkracht heeft drie reserves. De algemene reserve mag volgens de financiële verordening niet hoger zijn dan 2% van "
  "de totale lasten; het meerdere wordt teruggegeven aan de gemeenten.")
add('<div class="caption">Tabel 8.1 Verloop reserves (bedragen in €)</div>')
rows = [("", [(r["name"], "l"), (nl(r["s1"]), "n"), (nl(r["toe"]), "n"), (nl(r["ont"]), "n"), (nl(r["s31"]), "n"),
              (nl(r["s2028"]), "n")]) for r in NK["RESERVES"]]
RT = NK["RES_TOT"]
rows.append(("tot", [("Totaal reserves", "l"), (nl(RT["s1"]), "n"), (nl(RT["toe"]), "n"), (nl(RT["ont"]), "n"),
                     (nl(RT["s31"]), "n"), (nl(RT["s2028"]), "n")]))
table([[("Reserve", "l", 1), ("Stand\n1-1-2025", "n", 1), ("Toevoeging\n2025", "n", 1), ("Onttrekking\n2025", "n", 1),
        ("Stand\n31-12-2025", "n", 1), ("Stand\n31-12-2028", "n", 1)]], rows,
      widths=["40%", "12%", "12%", "12%", "12%", "12%"], width="100%")
add('<table class="cols"><tr><td>')
P("Reserve frictiekosten. Bij de reorganisatie van 2022 zijn afspraken gemaakt met medewerkers van wie de functie "
  "verviel, zoals een garantietoelage en begeleiding van werk naar werk. De reserve frictiekosten betaalt deze kosten "
  "tot en met 2026. Daarna wordt de reserve opgeheven en gaat het restant terug naar de gemeenten.")
add("</td><td>")
P("Reserve organisatieontwikkeling. Met deze reserve betalen we het ontwikkelprogramma 'Noaberkracht 2026', met "
  "opleidingen voor leidinggevenden en de invoering van hybride werken. In 2025 wordt € 95.000 onttrokken.")
add("</td></tr></table>")

# --------------------------------------------------------------------------------------------------------------
# 9 Balans en kengetallen
# --------------------------------------------------------------------------------------------------------------
page("9 Geprognosticeerde balans en kengetallen", "Balans")
BL = NK["BALANS"]
add('<div class="caption">Tabel 9.1 Geprognosticeerde balans</div>')
rows = [("grp", [("Activa", "l"), ("", "n"), ("", "n")])]
for n, v in NK_BALANS_ACTIVA:
    rows.append(("", [(n, "l ind"), (nl(v[0]), "n"), (nl(v[1]), "n")]))
rows.append(("tot", [("Totaal activa", "l"), (nl(BL["tot_act"][0]), "n"), (nl(BL["tot_act"][1]), "n")]))
rows.append(("grp", [("Passiva", "l"), ("", "n"), ("", "n")]))
for n, v in [("Eigen vermogen (reserves)", BL["ev"]), ("Voorzieningen", NK_BALANS_VOORZIENINGEN),
             ("Vaste schulden", NK_BALANS_VASTE_SCHULDEN), ("Vlottende schulden", NK_BALANS_VLOTTENDE_SCHULDEN),
             ("Overlopende passiva", BL["overl"])]:
    rows.append(("", [(n, "l ind"), (nl(v[0]), "n"), (nl(v[1]), "n")]))
rows.append(("tot", [("Totaal passiva", "l"), (nl(BL["tot_pas"][0]), "n"), (nl(BL["tot_pas"][1]), "n")]))
table([[("Bedragen x € 1.000", "l", 1), ("31-12-2024", "n", 1), ("31-12-2025", "n", 1)]], rows,
      widths=["56%", "22%", "22%"], width="55%")
add('<div class="caption">Tabel 9.2 Financiële kengetallen</div>')
rows = [("", [(r, "l")] + [(pct(v), "n") for v in vals]) for r, vals in NK["KENGETALLEN"].items()]
table([[("Kengetal", "l", 1), ("Rekening\n2023", "n", 1), ("Begroting\n2024", "n", 1), ("Begroting\n2025", "n", 1),
        ("Raming\n2026", "n", 1), ("Raming\n2027", "n", 1), ("Raming\n2028", "n", 1)]], rows,
      widths=["34%", "11%", "11%", "11%", "11%", "11%", "11%"], width="100%")
P("Omdat Noaberkracht geen eigen belastinginkomsten en geen grondexploitatie heeft, zijn de kengetallen "
  "belastingcapaciteit en grondexploitatie niet van toepassing. Alle kosten worden gedekt door de gemeenten: de "
  "structurele exploitatieruimte is daardoor nul.")

# --------------------------------------------------------------------------------------------------------------
# Bijlage: lasten per taak (long table, runs over a page without repeated header)
# --------------------------------------------------------------------------------------------------------------
page("Bijlage Lasten per taak 2025", "Bijlage")
P("In deze bijlage staan de lasten per taak binnen elk cluster, verdeeld in personeelslasten en materiële lasten. De "
  "bedragen zijn in euro's. De totalen per cluster zijn gelijk aan tabel 3.1 en tabel 4.1 (daar afgerond op duizenden "
  "euro's).")
add('<div class="caption">Tabel B.1 Lasten per taak 2025 (bedragen in €)</div>')
rows = []
for c in NK["CLUSTERS"]:
    rows.append(("grp", [(c["name"], "l"), ("", "n"), ("", "n"), ("", "n")]))
    for pn, pl, ml in c["prods"]:
        rows.append(("", [(pn, "l ind"), (nl(pl), "n"), (nl(ml), "n"), (nl(pl + ml), "n")]))
    rows.append(("sub", [("Totaal " + c["name"], "l"), (nl(c["pers"]), "n"), (nl(c["mat"]), "n"), (nl(c["tot"]), "n")]))
rows.append(("tot", [("Totaal Noaberkracht", "l"), (nl(NK["PERS"]), "n"), (nl(NK["MAT"]), "n"), (nl(NK["LASTEN"]), "n")]))
table([[("Cluster en taak", "l", 1), ("Personeelslasten", "n", 1), ("Materiële lasten", "n", 1), ("Totaal", "n", 1)]],
      rows, widths=["40%", "20%", "20%", "20%"], width="92%")


def build(outdir):
    doc = ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Noaberkracht Dinkelland Tubbergen - '
           'Begroting 2025 (fictief)</title><style>' + CSS + "</style></head><body>" + "\n".join(body) + "</body></html>")
    hp = os.path.join(HERE, "noaberkracht-begroting-2025.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(doc)
    out = os.path.join(outdir, OUTNAME)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR="/tmp/av-runtime")
    os.makedirs("/tmp/av-runtime", mode=0o700, exist_ok=True)
    r = subprocess.run(["wkhtmltopdf", "-q", "-O", "Landscape", "-s", "A4", "-T", "14mm", "-B", "14mm", "-L", "16mm",
                        "-R", "16mm", "--encoding", "utf-8", "--title", "Noaberkracht Dinkelland Tubbergen - Begroting 2025 (fictief)",
                        hp, out], capture_output=True, text=True, env=env)
    if not os.path.exists(out):
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit("wkhtmltopdf failed")
    return out


if __name__ == "__main__":
    print(build(sys.argv[1] if len(sys.argv) > 1 else "."))
