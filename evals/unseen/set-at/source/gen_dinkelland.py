"""Write the FICTIONAL 'Gemeente Dinkelland, Programmabegroting 2023' as HTML and print it with headless Chromium.

Look: a full-width coloured band per ambitie (each ambitie its own colour, white title), DejaVu Serif Condensed
headings over a DejaVu Sans Condensed body, tables with a tinted two-row header in which 'Meerjarenraming' spans the columns 2024-2026
(rowspan/colspan), whole euros with the euro sign in every amount cell ('€ 34.806.212', '€ -35.000'), zebra rows,
a running footer 'Gemeente Dinkelland · Programmabegroting 2023' with 'pagina n van N' (CSS margin boxes).
The wording imitates the real Begroting 2020 text export (ambitie Inclusieve samenleving, its four doelen).

Usage: python gen_dinkelland.py CORPUS_DIR
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import dec, eur, nl

COLOR = {d.A1: "#5b2a86", d.A2: "#2e7d32", d.A3: "#00796b", d.A0: "#455a64", "par": "#1f4e79"}
TINT = {d.A1: "#e9e0f1", d.A2: "#e3f0e3", d.A3: "#dcefed", d.A0: "#e4e9ec", "par": "#dde7f2"}

CSS = """
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-left { content: "Gemeente Dinkelland \\00B7  Programmabegroting 2023"; font: 7.5pt 'DejaVu Sans Condensed';
                 color: #7a7a7a; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt 'DejaVu Sans Condensed';
                  color: #7a7a7a; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: 'DejaVu Sans Condensed', sans-serif; font-size: 9.6pt; line-height: 1.42; color: #222;
       font-variant-ligatures: none; margin: 0; }
.band { break-before: page; margin: 0 -18mm 14px -18mm; padding: 14px 18mm 12px 18mm; color: #fff;
        font: bold 19pt 'DejaVu Serif Condensed', sans-serif; letter-spacing: 0.3px; }
.band small { display: block; font: 9pt 'DejaVu Sans Condensed'; opacity: 0.9; margin-top: 3px; }
.cover { margin: -20mm -18mm 18px -18mm; padding: 60px 18mm 40px 18mm; background: #1f4e79; color: #fff; }
.cover h1 { font: bold 30pt 'DejaVu Serif Condensed'; margin: 0 0 6px 0; }
.cover p { font-size: 10pt; margin: 2px 0; }
h2 { font: bold 12.5pt 'DejaVu Serif Condensed', sans-serif; margin: 16px 0 6px 0; padding-bottom: 2px;
     border-bottom: 1.5px solid currentColor; break-after: avoid; }
h3 { font: bold 10pt 'DejaVu Sans Condensed'; color: #333; margin: 10px 0 4px 0; break-after: avoid; }
p { margin: 0 0 6px 0; }
ul { margin: 2px 0 8px 0; padding-left: 18px; }
li { margin-bottom: 2px; }
.caption { font: bold 8.5pt 'DejaVu Sans Condensed'; color: #333; margin: 10px 0 3px 0; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin-bottom: 4px; font-size: 8.6pt; break-inside: auto; }
th, td { border: 0.6pt solid #c6c6c6; padding: 3px 5px; vertical-align: top; }
th { text-align: right; font-weight: bold; }
th.l, td.l { text-align: left; }
td.n { text-align: right; white-space: nowrap; }
td.c, th.c { text-align: center; }
tbody tr:nth-child(even) td { background: #f6f6f6; }
tr.tot td { font-weight: bold; background: #ffffff; border-top: 1.2pt solid #777; }
tr.grp td { font-weight: bold; background: #ffffff; font-style: italic; }
.note { font-size: 7.5pt; color: #444; margin: 2px 0 8px 0; }
.fict { font-size: 7.5pt; font-style: italic; margin-top: 10px; }
.toc p { margin: 2px 0; }
"""


def esc(s):
    return html.escape(str(s), quote=False)


class Page:
    def __init__(self):
        self.parts = []
        self.tnum = {}
        self.amb = "par"

    def add(self, s):
        self.parts.append(s)

    def band(self, title, key, sub=""):
        self.amb = key
        extra = f"<small>{esc(sub)}</small>" if sub else ""
        self.add(f'<div class="band" style="background:{COLOR[key]}">{esc(title)}{extra}</div>')

    def h2(self, t):
        self.add(f'<h2 style="color:{COLOR[self.amb]}">{esc(t)}</h2>')

    def h3(self, t):
        self.add(f"<h3>{esc(t)}</h3>")

    def p(self, t):
        self.add(f"<p>{esc(t)}</p>")

    def ul(self, items):
        self.add("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")

    def cap(self, ch, text):
        self.tnum[ch] = self.tnum.get(ch, 0) + 1
        return f"Tabel {ch}.{self.tnum[ch]} {text}"

    def table(self, caption, head_html, rows, note=None, colgroup=""):
        """rows: (cells, cls) with cells a list of (text, kind) kind in 'l', 'n', 'c'"""
        tint = TINT[self.amb]
        body = []
        for cells, cls in rows:
            tds = "".join(f'<td class="{k}">{esc(t)}</td>' for t, k in cells)
            body.append(f'<tr class="{cls}">{tds}</tr>')
        self.add(f'<div class="caption">{esc(caption)}</div>'
                 f'<table>{colgroup}<thead style="background:{tint}">{head_html}</thead>'
                 f'<tbody>{"".join(body)}</tbody></table>')
        if note:
            self.add(f'<div class="note">{esc(note)}</div>')


def th(t, cls="", rs=1, cs=1):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    c = f' class="{cls}"' if cls else ""
    return f"<th{c}{a}>{esc(t)}</th>"


def mjr_head(first, before):
    """two header rows: the first column and 'before' columns span both rows; 'Meerjarenraming' spans 2024-2026"""
    r1 = th(first, "l", rs=2) + "".join(th(b, rs=2) for b in before) + th("Meerjarenraming", "c", cs=3)
    r2 = "".join(th(y) for y in d.D_MJR)
    return f"<tr>{r1}</tr><tr>{r2}</tr>"


def kosten_table(P, ch, amb):
    L, B, S = d.D_LASTEN[amb], d.D_BATEN[amb], d.D_SALDO[amb]
    rows = [([("Lasten", "l")] + [(eur(x), "n") for x in L], ""),
            ([("Baten", "l")] + [(eur(x), "n") for x in B], ""),
            ([("Saldo (- = nadelig)", "l")] + [(eur(x), "n") for x in S], "tot")]
    P.table(P.cap(ch, f"Wat mag het kosten? {amb}"), mjr_head("Bedragen in €", d.D_COLS[:3]), rows)


def ontw_table(P, ch, amb, note=None):
    head = ("<tr>" + th("Omschrijving (+ = nadeel, - = voordeel)", "l", rs=2) + th("Begroting 2023", "c", cs=2)
            + th("Meerjarenraming", "c", cs=3) + "</tr><tr>" + th("Bedrag") + th("S/I", "c")
            + "".join(th(y) for y in d.D_MJR) + "</tr>")
    rows = [([(r[0], "l"), (eur(r[1]), "n"), (r[2], "c"), (eur(r[3]), "n"), (eur(r[4]), "n"), (eur(r[5]), "n")], "")
            for r in d.D_ONTW[amb]]
    t = d.D_ONTW_TOT[amb]
    rows.append(([("Totaal ontwikkelingen", "l"), (eur(t[0]), "n"), ("", "c"), (eur(t[1]), "n"), (eur(t[2]), "n"),
                  (eur(t[3]), "n")], "tot"))
    P.table(P.cap(ch, f"Ontwikkelingen {amb}"), head, rows,
            note=note or "S = structureel, I = incidenteel. Een positief bedrag is een nadeel (hogere lasten of "
                         "lagere baten), een negatief bedrag een voordeel.")


def inspanningen(P, ch, doel, rows):
    head = "<tr>" + th("Inspanning", "l") + th("Resultaat", "l") + th("Planning", "l") + "</tr>"
    P.table(P.cap(ch, f"Inspanningen 2023 {doel}"), head, [([(a, "l"), (b, "l"), (c, "l")], "") for a, b, c in rows])


def build():
    P = Page()
    # ---------------------------------------------------------------------------------------------- cover
    P.add('<div class="cover"><h1>Programmabegroting 2023</h1><p>Gemeente Dinkelland</p>'
          '<p>Publicatiedatum: 14-10-2022</p></div>')
    P.add('<div class="toc">')
    P.h2("Inhoud")
    for t in ["Inleiding en financieel beeld", f"Ambitie {d.A1}", f"Ambitie {d.A2}", f"Ambitie {d.A3}", d.A0,
              "Investeringen 2023", "Paragraaf lokale heffingen", "Financiële begroting"]:
        P.p(t)
    P.add("</div>")
    P.add('<p class="fict">Fictief document: deze programmabegroting is opgesteld voor een evaluatieset. Alle '
          'bedragen, tarieven en indicatoren zijn verzonnen; de teksten volgen de stijl van de begroting 2020.</p>')
    P.add('<div style="break-before: page"></div>')
    P.h2("Inleiding en financieel beeld")
    P.p("Voor u ligt de programmabegroting 2023 van de gemeente Dinkelland. De begroting is opgebouwd rond de "
        "ambities uit het coalitieakkoord: een inclusieve samenleving, vitale en leefbare kernen en een duurzaam "
        "Dinkelland. Wat niet onder een ambitie valt, zoals bestuur, bedrijfsvoering en de algemene "
        "dekkingsmiddelen, staat in de basisbegroting.")
    P.p("De begroting 2023 is sluitend. Ook de meerjarenraming is in de jaren 2025 en 2026 sluitend; in 2024 is er "
        "een klein tekort, dat wij bij de voorjaarsnota 2023 oplossen. De belangrijkste oorzaken van de druk op de "
        "begroting zijn de stijgende kosten van jeugdhulp en Wmo, de hogere energieprijzen en de inflatie.")
    rows = [([("Saldo van baten en lasten", "l")] + [(eur(x), "n") for x in d.D_TOT_SALDO[2:]], ""),
            ([("Mutaties reserves", "l")] + [(eur(x), "n") for x in d.D_MUT_RES[2:]], ""),
            ([("Saldo begroting (+ = voordelig)", "l")] + [(eur(x), "n") for x in d.D_RESULT[2:]], "tot")]
    P.table(P.cap(1, "Meerjarig financieel beeld"), mjr_head("Bedragen in €", ["Begroting 2023"]), rows)

    # ---------------------------------------------------------------------------------------------- ambitie 1
    ch = 2
    P.band(f"Ambitie {d.A1}", d.A1, "Iedereen doet mee")
    P.h2(f"Inleiding Ambitie {d.A1}")
    P.p("Een samenleving waarin iedereen mee doet, dat noemen we een inclusieve samenleving. Samen met inwoners, "
        "verenigingen, ondernemers en maatschappelijke organisaties willen we hier invulling aan geven. Wij willen "
        "bereiken dat zoveel mogelijk mensen meedoen. Om een inclusieve samenleving te bereiken, is het belangrijk "
        "dat we op elkaar letten en voor elkaar zorgen.")
    P.p("Onze insteek blijft positieve gezondheid: inwoners die zich goed voelen, hebben minder snel een hulpvraag. "
        "Tegelijkertijd willen we de ondersteuning en zorg kwalitatief goed, betaalbaar en bereikbaar houden. In "
        f"2023 verwachten wij dat {nl(d.WMO_CLIENTEN)} inwoners gebruikmaken van een Wmo-maatwerkvoorziening.")

    P.h2("Langer gezond")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: Nog meer inwoners werken aan hun gezondheid en kijken (samen) om naar anderen en zijn in staat hen te "
        "activeren deel te nemen aan de samenleving.")
    P.p("Gezondheid is veel meer dan niet ziek zijn. Gezondheid gaat over sociaal, mentaal en fysiek welbevinden en de "
        "mogelijkheid hier zoveel mogelijk eigen regie op te voeren. Dit doen we onder andere door sport, bewegen, "
        "preventie en cultuur als middel te gebruiken om het welzijn en de zelfredzaamheid van de inwoners te "
        "bevorderen.")
    P.ul(["Meer of gelijk aantal inwoners ervaren een goede gezondheid",
          "Meer of gelijk aantal inwoners bewegen voldoende",
          "Minder jongeren onder de achttien hebben alcohol gedronken de laatste vier weken"])
    P.h3("Wat gaan we daarvoor doen in 2023?")
    inspanningen(P, ch, "Langer gezond", [
        ("Sport als middel: uitvoering van het lokaal sportakkoord", "Iedere kern heeft een beweegaanbod voor jong en "
         "oud; de buurtsportcoaches werken in alle kernen", "Loopt reeds"),
        ("Preventie alcohol en drugs volgens het IJslands preventiemodel", "Jaarlijkse jeugdmonitor en een "
         "actieplan met ouders, scholen en verenigingen", "Gestart in 2022"),
        ("Kansrijke Start: een gezonde start in de eerste 1.000 dagen", "Lokale coalitie met verloskundigen, JGZ "
         "en kraamzorg", "Eerste kwartaal 2023")])

    P.h2("Versterken sociale basis")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: De niet-professionele algemene voorzieningen zoals vrijwilligersorganisaties en inwonersinitiatieven "
        "zijn beter toegerust om inwoners te ondersteunen bij het bereiken van een positieve gezondheid.")
    P.p("De gemeente ondersteunt en faciliteert, daar waar 'reuring' is, om (inwoners)initiatieven te vergroten, "
        "verstevigen en waar nodig aan te jagen. Hierdoor kunnen inwoners zonder indicatie gebruik maken van "
        "algemene voorzieningen die nabij in de kern georganiseerd zijn.")
    P.h3("Wat gaan we daarvoor doen in 2023?")
    inspanningen(P, ch, "Versterken sociale basis", [
        ("Iedere kern heeft een passende invulling voor dagbesteding", "Dagbesteding in de kulturhusen van "
         "Denekamp, Ootmarsum en Weerselo", "Gestart in 2022"),
        ("Vrijwilligers- en verenigingsondersteuning", "Een steunpunt vrijwilligerswerk met spreekuren in alle "
         "kernen", "Tweede kwartaal 2023"),
        ("Stimuleren van inwonersinitiatieven via het leefbaarheidsfonds", "Evaluatie van de ondersteunde "
         "initiatieven", "Vierde kwartaal 2023")])

    P.h2("Zorg meer nabij")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: Professionals zijn beter toegerust, dichterbij en werken beter samen om inwoners te ondersteunen bij "
        "het bereiken van een positieve gezondheid.")
    P.p("We zorgen voor één heldere toegang. Door het samenbrengen van de (welzijn)partners op één plek wordt het voor "
        "de inwoner duidelijk waar zij terecht kan met een hulpvraag. Zo zorgen we voor één gezin, één plan, één "
        "regisseur.")
    P.h3("Wat gaan we daarvoor doen in 2023?")
    inspanningen(P, ch, "Zorg meer nabij", [
        ("Doorontwikkeling één toegang met Wij in de Buurt", "Eén loket voor alle hulp- en ondersteuningsvragen",
         "Gestart in 2022"),
        ("Praktijkondersteuner Jeugd bij alle huisartsen", "Structurele inzet van POH Jeugd in de drie kernen",
         "Eerste kwartaal 2023"),
        ("Integrale schuldenaanpak en vroegsignalering", "Signalen van betalingsachterstanden leiden binnen "
         "twee weken tot een aanbod", "Loopt reeds")])

    P.h2("Meer inwoners kunnen meedoen")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: Meer inwoners ervaren een positievere gezondheid door de inzet van een maatwerkvoorziening.")
    P.p("Meer inwoners kunnen actief deelnemen aan de samenleving. Zij participeren zoals ze graag zouden willen en "
        "kunnen. Er is voor elke inwoner een passende voorziening en/of regeling beschikbaar.")
    P.h3("Wat gaan we daarvoor doen in 2023?")
    inspanningen(P, ch, "Meer inwoners kunnen meedoen", [
        ("Transformatie arbeidsmarktparticipatie", "Nieuwe dienstverleningsovereenkomst met het Werkplein en "
         "Noaberkracht", "Tweede kwartaal 2023"),
        ("Beschermd wonen dichtbij", "Twee kleinschalige woonvormen in Dinkelland", "Vierde kwartaal 2023"),
        ("Uitvoering Wet inburgering 2021", "Ieder inburgeringsplichtige heeft een persoonlijk plan", "Loopt reeds")])

    P.h2("Meetbaarheid")
    P.p("Met de indicatoren volgen wij of de beoogde maatschappelijke effecten worden bereikt. De nulmeting is "
        "gedaan in 2016 (monitor) en 2018 (cliëntervaringsonderzoek).")
    head = ("<tr>" + th("Indicator", "l") + th("Bron", "l") + th("Nulmeting") + th("Laatste meting")
            + th("Streefwaarde 2024") + "</tr>")
    P.table(P.cap(ch, f"Indicatoren ambitie {d.A1}"), head,
            [([(a, "l"), (b, "l"), (c, "n"), (e, "n"), (f, "n")], "") for a, b, c, e, f in d.D_MEET])
    P.h2("Beleidsindicatoren")
    P.p("De verplichte beleidsindicatoren komen van waarstaatjegemeente.nl. Zij maken een vergelijking met het "
        "landelijk gemiddelde mogelijk.")
    head = ("<tr>" + th("Indicator", "l") + th("Eenheid", "l") + th("Bron", "l") + th("Dinkelland")
            + th("Nederland") + "</tr>")
    P.table(P.cap(ch, f"Beleidsindicatoren {d.A1}"), head,
            [([(a, "l"), (b, "l"), (c, "l"), (e, "n"), (f, "n")], "") for a, b, c, e, f in d.D_IND],
            note="Bron: waarstaatjegemeente.nl, peildatum 1 juli 2022.")
    P.h2("Wat mag het kosten?")
    kosten_table(P, ch, d.A1)
    P.h2("Ontwikkelingen")
    P.p("In de tabel staan de ontwikkelingen die wij ten opzichte van de begroting 2022 in de ramingen hebben "
        "verwerkt.")
    ontw_table(P, ch, d.A1)
    on = {r[0]: r for r in d.D_ONTW[d.A1]}
    P.h3("Jeugdhulp: meer jeugdigen met verblijf")
    P.p("Het aantal jeugdigen dat jeugdhulp met verblijf ontvangt, is in 2022 gestegen. De gemiddelde kosten per "
        "traject liggen bovendien hoger door de nieuwe tarieven van de Twentse inkoop.")
    P.h3("Wmo: meer aanvragen huishoudelijke hulp door het abonnementstarief")
    P.p("Door het abonnementstarief betalen alle inwoners dezelfde lage eigen bijdrage. Daardoor vragen meer "
        "inwoners met een hoger inkomen huishoudelijke hulp aan. De kosten lopen op tot € "
        f"{nl(on['Wmo: meer aanvragen huishoudelijke hulp door het abonnementstarief'][5])} in 2026.")
    P.h3("Hervormingsagenda Jeugd: normaliseren en lichtere hulp")
    P.p("Met de Hervormingsagenda Jeugd willen Rijk en gemeenten de jeugdhulp normaliseren: lichte vragen over "
        "opvoeden en opgroeien worden beantwoord in het gewone leven, op school en door de praktijkondersteuner jeugd "
        "bij de huisarts, zodat minder zware hulp nodig is. Wij verwachten dat de kosten daardoor vanaf 2024 "
        "oplopend dalen.")
    P.h3("Leerlingenvervoer: nieuwe aanbesteding")
    P.p("De nieuwe aanbesteding van het leerlingenvervoer, samen met Tubbergen en Losser, levert een structureel "
        "voordeel op.")

    # ---------------------------------------------------------------------------------------------- ambitie 2
    ch = 3
    P.band(f"Ambitie {d.A2}", d.A2, "Sterke kernen met eigen voorzieningen")
    P.h2(f"Inleiding Ambitie {d.A2}")
    P.p("Dinkelland bestaat uit vitale kernen met een sterke gemeenschapszin. Wij willen de voorzieningen in de kernen "
        "op peil houden: sportaccommodaties, kulturhusen, scholen en ontmoetingsplekken. Inwoners nemen zelf "
        "initiatief; de gemeente ondersteunt en faciliteert.")
    P.h2("Leefbare kernen")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: Iedere kern heeft de voorzieningen die passen bij de behoefte van de inwoners en die toekomstbestendig "
        "zijn.")
    P.p(f"Voor het leefbaarheidsfonds is in 2023 € {nl(d.LEEFBAARHEIDSFONDS)} beschikbaar. Inwonersinitiatieven die "
        "ontmoeting in de kern versterken, zoals open eettafels, koffieochtenden en buitenactiviteiten, kunnen een "
        "bijdrage aanvragen.")
    P.h3("Wat gaan we daarvoor doen in 2023?")
    inspanningen(P, ch, "Leefbare kernen", [
        ("Vervanging van het kunstgrasveld van VV Denekamp", "Nieuw veld met een duurzame infill", "Zomer 2023"),
        ("Renovatie van de gymzaal in Tilligte", "Een energiezuinige gymzaal voor school en verenigingen",
         "Vierde kwartaal 2023"),
        ("Fietspad Tilligte - Ootmarsum", "Voorbereiding en grondverwerving; aanleg in 2024", "Loopt reeds")])
    P.h2("Sport en bewegen in de kern")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: Sportverenigingen zijn vitaal en iedere inwoner kan in de eigen kern sporten en bewegen.")
    P.p("Sport moet als middel dienen om maatschappelijke doelen te bereiken. Vitale sportverenigingen dragen bij aan "
        "de gezondheid van inwoners en aan de sociale samenhang in de kern. Met het lokaal sportakkoord ondersteunen "
        "wij verenigingen bij het vinden van vrijwilligers en het verduurzamen van hun accommodaties.")
    inspanningen(P, ch, "Sport en bewegen in de kern", [
        ("Verduurzaming van sportaccommodaties", "Zonnepanelen en ledverlichting bij vier verenigingen",
         "Loopt reeds"),
        ("Sportakkoord: vitale verenigingen", "Ondersteuning van besturen door een verenigingsadviseur",
         "Tweede kwartaal 2023")])
    P.h2("Beleidsindicatoren")
    head = ("<tr>" + th("Indicator", "l") + th("Eenheid", "l") + th("Bron", "l") + th("Dinkelland")
            + th("Nederland") + "</tr>")
    P.table(P.cap(ch, f"Beleidsindicatoren {d.A2}"), head,
            [([(a, "l"), (b, "l"), (c, "l"), (e, "n"), (f, "n")], "") for a, b, c, e, f in d.D_IND2])
    P.h2("Wat mag het kosten?")
    kosten_table(P, ch, d.A2)
    P.h2("Ontwikkelingen")
    ontw_table(P, ch, d.A2)
    P.h3("Onderhoud sportaccommodaties (prijsstijging energie)")
    P.p("De energiekosten van de sporthallen en gymzalen stijgen sterk. Wij compenseren de verenigingen niet via de "
        "huur, maar nemen de hogere kosten op in de begroting.")

    # ---------------------------------------------------------------------------------------------- ambitie 3
    ch = 4
    P.band(f"Ambitie {d.A3}", d.A3, "Energie, afval en klimaat")
    P.h2(f"Inleiding Ambitie {d.A3}")
    P.p("Dinkelland wil in 2050 energieneutraal zijn. Wij werken aan de energietransitie volgens de Regionale "
        "Energiestrategie Twente, aan minder restafval en aan een klimaatbestendige inrichting van de openbare "
        "ruimte.")
    P.h2("Minder restafval")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: In 2025 produceert iedere inwoner gemiddeld niet meer dan 100 kilo restafval per jaar.")
    P.p("De afvalstoffenheffing stijgt doordat het Rijk de verbrandingsbelasting per 1 januari 2023 verhoogt en de "
        "kosten van inzameling en verwerking stijgen. De heffing blijft 100% kostendekkend.")
    P.h3("Wat gaan we daarvoor doen in 2023?")
    inspanningen(P, ch, "Minder restafval", [
        ("Omgekeerd inzamelen in alle kernen", "Ondergrondse containers voor restafval in Denekamp en Ootmarsum",
         "Eerste kwartaal 2023"),
        ("Voorlichting op scholen over afvalscheiding", "Lespakket voor alle basisscholen", "Loopt reeds")])
    P.h2("Energieneutraal Dinkelland")
    P.h3("Wat willen we bereiken?")
    P.p("Doel: In 2030 wekken wij in Dinkelland 50% van de benodigde elektriciteit duurzaam op en zijn 1.500 "
        "woningen verduurzaamd.")
    P.p("Wij geven uitvoering aan de Regionale Energiestrategie Twente (RES 1.0). Initiatieven voor zonneparken en "
        "windturbines krijgen alleen medewerking als de omgeving meeprofiteert (lokaal eigendom).")
    inspanningen(P, ch, "Energieneutraal Dinkelland", [
        ("Energieloket en energiecoaches", "Gratis advies aan huis voor 400 huishoudens", "Loopt reeds"),
        ("Uitvoering RES 1.0", "Zoekgebieden voor zon en wind vastgelegd in de omgevingsvisie",
         "Vierde kwartaal 2023")])
    P.h2("Beleidsindicatoren")
    head = ("<tr>" + th("Indicator", "l") + th("Eenheid", "l") + th("Bron", "l") + th("Dinkelland")
            + th("Nederland") + "</tr>")
    P.table(P.cap(ch, f"Beleidsindicatoren {d.A3}"), head,
            [([(a, "l"), (b, "l"), (c, "l"), (e, "n"), (f, "n")], "") for a, b, c, e, f in d.D_IND3])
    P.h2("Wat mag het kosten?")
    kosten_table(P, ch, d.A3)
    P.h2("Ontwikkelingen")
    ontw_table(P, ch, d.A3)
    P.h3("Rioolheffing: hogere opbrengst (dekking kapitaallasten)")
    P.p("De opbrengst van de rioolheffing stijgt door het hogere tarief. De extra opbrengst dekt de kapitaallasten "
        "van de vervanging van de riolering in Rossum.")

    # ---------------------------------------------------------------------------------------------- basisbegroting
    ch = 5
    P.band(d.A0, d.A0, "Bestuur, bedrijfsvoering en algemene dekkingsmiddelen")
    P.p("De basisbegroting bevat de taken die niet onder een ambitie vallen: bestuur, dienstverlening, de "
        "bedrijfsvoering van Noaberkracht Dinkelland Tubbergen en de algemene dekkingsmiddelen, zoals de algemene "
        "uitkering uit het gemeentefonds en de onroerendezaakbelastingen.")
    P.h2("Wat mag het kosten?")
    kosten_table(P, ch, d.A0)

    # ---------------------------------------------------------------------------------------------- investeringen
    ch = 6
    P.band("Investeringen 2023", "par", "Kredieten en kapitaallasten")
    P.p("In de tabel staan de investeringen waarvoor de raad met deze begroting een krediet beschikbaar stelt. De "
        "kapitaallasten bestaan uit de afschrijving (lineair) en 1,5% rente over het krediet; zij gaan in het jaar "
        "na ingebruikname in.")
    head = ("<tr>" + th("Investering", "l") + th("Ambitie", "l") + th("Krediet") + th("Jaar", "c")
            + th("Afschrijvingstermijn", "c") + th("Kapitaallasten eerste volle jaar") + "</tr>")
    rows = [([(n, "l"), (a, "l"), (eur(kr), "n"), (str(j), "c"), (f"{t} jaar", "c"), (eur(kl), "n")], "")
            for n, a, kr, j, t, kl in d.D_INV]
    rows.append(([("Totaal", "l"), ("", "l"), (eur(d.D_INV_TOT[0]), "n"), ("", "c"), ("", "c"),
                  (eur(d.D_INV_TOT[1]), "n")], "tot"))
    P.table(P.cap(ch, "Investeringen 2023"), head, rows)
    P.h3(d.KIND)
    P.p("Het aantal leerlingen in Ootmarsum groeit door de nieuwbouwwijk Ootmarsum-Zuid. Met de uitbreiding van het "
        "kindcentrum krijgen de basisschool en de kinderopvang samen vier extra lokalen, zodat de tijdelijke units op "
        "het schoolplein kunnen verdwijnen.")
    P.h3("Vervanging riolering Rossum (Hoofdstraat)")
    P.p("De riolering in de Hoofdstraat in Rossum is aan het einde van haar levensduur. Bij de vervanging koppelen "
        "wij het regenwater af, zodat het riool bij hevige buien minder snel overstroomt.")

    # ---------------------------------------------------------------------------------------------- heffingen
    ch = 7
    P.band("Paragraaf lokale heffingen", "par", "Tarieven en woonlasten 2023")
    P.p("Deze paragraaf geeft de tarieven van de onroerendezaakbelastingen (OZB), de afvalstoffenheffing en de "
        "rioolheffing en het effect daarvan op de woonlasten. De OZB-tarieven dalen, omdat de WOZ-waarden sterk zijn "
        "gestegen; de opbrengst stijgt alleen met de inflatiecorrectie.")
    head = "<tr>" + th("OZB-tarieven (in % van de WOZ-waarde)", "l") + th("2022") + th("2023") + "</tr>"
    P.table(P.cap(ch, "Tarieven onroerendezaakbelastingen"), head,
            [([(c, "l"), (dec(a, 4) + "%", "n"), (dec(b, 4) + "%", "n")], "") for c, a, b in d.OZB])
    head = ("<tr>" + th("Heffing (bedragen in €)", "l") + th("2022") + th("2023") + th("Wijziging in %") + "</tr>")
    P.table(P.cap(ch, "Afvalstoffenheffing en rioolheffing per huishouden"), head,
            [([(h, "l"), (eur(a), "n"), (eur(b), "n"), (dec(d.HEFF_PCT[h], 1) + "%", "n")], "")
             for h, a, b in d.HEFF])
    P.p("De rioolheffing stijgt met de kosten van de vervanging van de riolering in Rossum en het afkoppelen van "
        "regenwater.")
    P.h2("Woonlasten")
    P.p(f"De woonlasten zijn berekend voor een eigenaar-bewoner van een woning met de gemiddelde WOZ-waarde: "
        f"€ {nl(d.WOZ[0])} in 2022 en € {nl(d.WOZ[1])} in 2023.")
    head = ("<tr>" + th("Woonlasten (bedragen in €)", "l", rs=2) + th("Eenpersoonshuishouden", "c", cs=2)
            + th("Meerpersoonshuishouden", "c", cs=2) + "</tr><tr>" + th("2022") + th("2023") + th("2022")
            + th("2023") + "</tr>")
    W = d.WOONLASTEN
    labels = ("OZB eigenaar woning", "Afvalstoffenheffing", "Rioolheffing", "Totaal woonlasten")
    rows = []
    for j, lab in enumerate(labels):
        cells = [(lab, "l")] + [(eur(W[(hh, i)][j]), "n") for hh in ("eenpersoonshuishouden",
                                                                      "meerpersoonshuishouden") for i in range(2)]
        rows.append((cells, "tot" if j == 3 else ""))
    P.table(P.cap(ch, "Woonlasten eigenaar-bewoner"), head, rows)
    P.p(f"Voor een meerpersoonshuishouden met een woning van gemiddelde waarde stijgen de woonlasten in 2023 met "
        f"€ {d.WL_STIJGING_MP} ({dec(d.WL_STIJGING_MP_PCT, 1)}%).")

    # ---------------------------------------------------------------------------------------------- financiële begr.
    ch = 8
    P.band("Financiële begroting", "par", "Overzicht van baten en lasten 2023-2026")
    P.p("Het overzicht geeft de lasten en baten per ambitie en de basisbegroting, de mutaties in de reserves en het "
        "saldo van de begroting. Een positief saldo is voordelig.")
    rows = [([("Lasten", "l")] + [("", "n")] * 4, "grp")]
    rows += [([(a, "l")] + [(eur(x), "n") for x in d.D_LASTEN[a][2:]], "") for a in d.D_LASTEN]
    rows += [([("Totaal lasten", "l")] + [(eur(x), "n") for x in d.D_TOT_LASTEN[2:]], "tot")]
    rows += [([("Baten", "l")] + [("", "n")] * 4, "grp")]
    rows += [([(a, "l")] + [(eur(x), "n") for x in d.D_BATEN[a][2:]], "") for a in d.D_LASTEN]
    rows += [([("Totaal baten", "l")] + [(eur(x), "n") for x in d.D_TOT_BATEN[2:]], "tot")]
    rows += [([("Saldo van baten en lasten", "l")] + [(eur(x), "n") for x in d.D_TOT_SALDO[2:]], "tot"),
             ([("Mutaties reserves (+ = onttrekking)", "l")] + [(eur(x), "n") for x in d.D_MUT_RES[2:]], ""),
             ([("Saldo begroting", "l")] + [(eur(x), "n") for x in d.D_RESULT[2:]], "tot")]
    P.table(P.cap(ch, "Overzicht van baten en lasten"), mjr_head("Bedragen in €", ["Begroting 2023"]), rows)
    P.p(f"De onttrekking aan de reserves in 2023 van € {nl(d.D_MUT_RES[2])} betreft de incidentele uitvoeringskosten "
        "van de energietoeslag en de doorontwikkeling van één toegang, die worden gedekt uit de algemene reserve.")

    return ("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Programmabegroting 2023 - "
            "Gemeente Dinkelland</title><style>" + CSS + "</style></head><body>" + "\n".join(P.parts)
            + "</body></html>")


def main():
    corpus = Path(sys.argv[1])
    tmp = Path(tempfile.mkdtemp(prefix="at-d-"))
    src = tmp / "dinkelland.html"
    src.write_text(build(), encoding="utf-8")
    out = tmp / d.D_FILE
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp / 'profile'}", f"--print-to-pdf={out}", src.as_uri()],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(out, corpus / d.D_FILE)
    shutil.rmtree(tmp)
    n = subprocess.run(["pdfinfo", str(corpus / d.D_FILE)], capture_output=True, text=True).stdout
    print(f"{d.D_FILE}: {[ln for ln in n.splitlines() if ln.startswith('Pages')][0].split()[-1]} pages")


if __name__ == "__main__":
    main()
