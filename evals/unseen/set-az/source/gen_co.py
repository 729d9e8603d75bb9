"""Collectie Overijssel, Begroting 2026 en meerjarenraming 2027-2029 (FICTIONAL figures), typeset with ConTeXt MkIV.

Usage: python gen_co.py OUT_DIR      (writes OUT_DIR/collectie-overijssel-begroting-2026.pdf and leaves the .tex here)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import data as d
from fmt import cents, dec, k, nl, pct

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parent / "corpus").resolve()


def esc(s: str) -> str:
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("_", "\\_"))


def n(v) -> str:
    """x € 1.000 cell: int -> '1.234', None -> '-'."""
    return "-" if v is None else nl(v)


def mut(v: int) -> str:
    """'Mutatie' column: a sign only on decreases ('-45'), increases unsigned, 0 as '0'."""
    return nl(v)


Y6 = d.CO_YEARS


def year_header(first: str = "") -> str:
    """two header rows: Rekening | Begroting | Begroting | Meerjarenraming (spans 3) / 2024 | 2025 n.w. | 2026 | ..."""
    return (
        "\\bTABLEhead\n"
        f"\\bTR[style=\\bfx,align={{flushright,high,nothyphenated}}] \\bTD[nr=2,align={{flushleft,lohi}}] {first} \\eTD \\bTD[style=\\bix] Rekening \\eTD "
        "\\bTD Begroting \\eTD \\bTD Begroting \\eTD \\bTD[nc=3,align=middle,bottomframe=on] Meerjarenraming \\eTD \\eTR\n"
        "\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[style=\\bix] 2024 \\eTD \\bTD 2025 n.w. \\eTD \\bTD 2026 \\eTD "
        "\\bTD 2027 \\eTD \\bTD 2028 \\eTD \\bTD 2029 \\eTD \\eTR\n"
        "\\eTABLEhead\n"
    )


def row6(label: str, vals, style: str = "", indent: bool = False, frame: str = "") -> str:
    lab = ("\\hskip1.2em " if indent else "") + esc(label)
    st = f"[{style}{',' if style and frame else ''}{frame}]" if (style or frame) else ""
    cells = "".join(
        f"\\bTD{'[style=italic]' if i == 0 and 'bold' not in style else ''}{'[style=bolditalic]' if i == 0 and 'bold' in style else ''} {n(v)} \\eTD "
        for i, v in enumerate(vals))
    return f"\\bTR{st} \\bTD {lab} \\eTD {cells}\\eTR\n"


TABLE_SETUP = (
    "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
    "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=6.3cm]\n"
    "\\setupTABLE[column][2,3,4,5,6,7][align={flushright,high},width=1.63cm]\n"
)


def caption(text: str) -> str:
    """the caption under a table; closes the \\vbox opened before the table (table and caption stay together)."""
    return f"\\blank[small]\\noindentation{{\\tfx\\it {esc(text)}}}\\par}}\\blank[big]\n"


def table6(first: str, rows: str, cap: str) -> str:
    return ("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE[split=no]\n" + TABLE_SETUP + year_header(first)
            + "\\bTABLEbody\n" + rows + "\\eTABLEbody\n\\eTABLE\n\\stopalignment\n" + caption(cap))


def build_tex() -> str:
    T = []
    a = T.append
    a(r"""\mainlanguage[nl]
\setuppapersize[A4][A4]
\setupbodyfont[heros,10pt]
\setuplayout[backspace=24mm,width=162mm,topspace=12mm,header=14mm,headerdistance=6mm,height=250mm,footer=12mm,footerdistance=6mm]
\setuppagenumbering[location=]
\definecolor[coblauw][r=0.05,g=0.27,b=0.45]
\setupheadertexts[{\tfx\color[coblauw]{Collectie Overijssel}}][{\tfx Pagina \pagenumber}]
\setupfootertexts[{\tfx\it Begroting 2026 en meerjarenraming 2027-2029 \letterbar\ Collectie Overijssel}][]
\setuphead[section][style=\bfb,color=coblauw,before={\blank[big]},after={\blank[medium]},page=yes]
\setuphead[subsection][style=\bfa,color=coblauw,before={\blank[medium]},after={\blank[small]}]
\setuphead[subject][style=\bfb,color=coblauw]
\setupwhitespace[medium]
\setupindenting[no]
\setupinteraction[state=start,title={Begroting 2026 en meerjarenraming 2027-2029},author={Collectie Overijssel (fictief)}]
\starttext
""")
    # ---------------- title page
    a(r"""\startstandardmakeup[headerstate=empty,footerstate=empty,pagestate=start]
\vskip30mm
{\definedfont[Sans at 30pt]\color[coblauw]{Begroting 2026}\par}
\vskip4mm
{\definedfont[Sans at 18pt]\color[coblauw]{en meerjarenraming 2027-2029}\par}
\vskip12mm
{\definedfont[SansBold at 16pt] Collectie Overijssel\par}
\vskip2mm
{\tfa Gemeenschappelijke regeling van het Rijk, de gemeente Zwolle en de gemeente Deventer\par}
\vskip25mm
\framed[width=150mm,align=normal,frame=on,framecolor=red,rulethickness=1pt,offset=4mm]{\tfa\bf FICTIEF DOCUMENT\par
\tf Dit document is gemaakt voor de evaluatie van een vraag-antwoordsysteem. Collectie Overijssel bestaat, maar
deze begroting niet: alle bedragen, aantallen, percentages en toelichtingen in dit document zijn verzonnen.
Gebruik de cijfers niet.}
\vfill
{\tfx Vastgesteld door het Algemeen Bestuur op 3 juli 2025\par
collectieoverijssel.nl}
\stopstandardmakeup
""")
    # ---------------- contents
    a("\\startsubject[title={Inhoudsopgave}]\n\\placecontent\n\\stopsubject\n\\page\n")

    # ---------------- 1 Inleiding
    L26 = d.CO_TOT_LASTEN[2]
    B26 = d.CO_TOT_BATEN[2]
    a("\\startsection[title={Inleiding}]\n")
    a(esc(
        "Voor u ligt de begroting 2026 en de meerjarenraming 2027-2029 van Collectie Overijssel. In deze begroting "
        "werken wij het Meerjarenbeleidsplan 2025-2029 uit. Onze ambitie blijft onveranderd: een duurzaam bruikbare "
        "Erfgoedcollectie Overijssel, met informatie en inspiratie voor iedereen, fysiek en digitaal.") + "\n\n")
    a(esc(
        f"De begroting 2026 is sluitend. De totale lasten bedragen € {nl(L26 * 1000)} en de totale baten € "
        f"{nl(B26 * 1000)}. Het saldo van baten en lasten van € {nl(d.CO_SALDO[2] * 1000)} wordt gedekt door per "
        f"saldo € {nl((d.CO_RES_ONTT[2] - d.CO_RES_TOEV[2]) * 1000)} aan de bestemmingsreserves te onttrekken. "
        f"De meerjarenraming laat tekorten zien van € {nl(-d.CO_RESULTAAT[3] * 1000)} in 2027, "
        f"€ {nl(-d.CO_RESULTAAT[4] * 1000)} in 2028 en € {nl(-d.CO_RESULTAAT[5] * 1000)} in 2029. Deze tekorten "
        "ontstaan vooral doordat het provinciale programma Erfgoed verbindt eind 2027 afloopt. Wij komen in de "
        "kadernota 2027 met voorstellen om de meerjarenraming weer sluitend te maken.") + "\n\n")
    a(esc(
        f"De bijdragen van de deelnemers stijgen in 2026 met de gewogen index van {pct(d.CO_INDEX_W[2026])}. "
        "Er is geen sprake van nieuw beleid dat tot hogere bijdragen leidt.") + "\n\n")
    a("\\startsubsection[title={Belangrijkste keuzes}]\n")
    a("{\\bf Digitalisering.} " + esc(
        "Digitalisering blijft onze grootste opgave. In 2026 digitaliseren wij de oudste stadsarchieven van Zwolle "
        "en Deventer; de aanbesteding is in 2025 afgerond. Daarnaast vervangen wij het collectiebeheersysteem door "
        "een nieuw systeem dat aansluit op landelijke standaarden. De lasten van digitalisering stijgen daardoor in "
        "2026 naar € 1.124.000. Het e-depot breiden wij uit, zodat ook particuliere archieven digitaal duurzaam "
        "kunnen worden bewaard.") + "\n\n")
    a("{\\bf Depot.} " + esc(
        "Onze depots in Zwolle en Deventer raken vol en voldoen op termijn niet meer aan de normen voor "
        "klimaatbeheersing. Het Dagelijks Bestuur heeft de businesscase voor een nieuw Collectiecentrum positief "
        "ontvangen; de investering wordt geraamd op € 22,4 miljoen. Het besluit over de realisatie wordt eind 2025 "
        "verwacht. De investering en de kapitaallasten van het Collectiecentrum zijn daarom nog niet in deze "
        "begroting opgenomen. Wel voegen wij jaarlijks € 150.000 toe aan de bestemmingsreserve Collectiecentrum voor "
        "de voorbereiding. Het project Actualiseren vindplaatsregistratie loopt door tot en met 2028 en wordt "
        "bekostigd uit de bestemmingsreserve Datakwaliteit & Collectiebeheer.") + "\n\n")
    a("{\\bf Publieksbereik.} " + esc(
        "Het fysieke studiezaalbezoek neemt verder af, het digitale gebruik van onze collecties groeit. Wij "
        "concentreren de studiezaal in Zwolle in ANNO Stadsmuseum en openen in Deventer een inloopspreekuur in de "
        "Athenaeumbibliotheek. Met educatieprogramma's voor het voortgezet onderwijs willen wij in 2026 ten minste "
        "2.400 leerlingen bereiken. Het platform MijnStadMijnDorp wordt in 2026 vernieuwd. De fellowships "
        "(Researchers in residence) zetten wij voort met vier onderzoekbeurzen per jaar.") + "\n\n")
    a("\\stopsubsection\n\\stopsection\n")

    # ---------------- 2 Organisatie en uitgangspunten
    a("\\startsection[title={Organisatie en uitgangspunten}]\n")
    a("\\startsubsection[title={Organisatiegegevens}]\n")
    a("\\starttabulate[|l|p(10cm)|]\n")
    for lab, val in [("Statutaire naam", "Historisch Centrum Overijssel"),
                     ("Handelsnaam", "Collectie Overijssel"),
                     ("Vestigingsadres", "Eikenstraat 20, Zwolle"),
                     ("Rechtsvorm", "Openbaar lichaam (Wet gemeenschappelijke regelingen)"),
                     ("Deelnemers", "Het Rijk, gemeente Zwolle, gemeente Deventer"),
                     ("DVO-partners", "Provincie Overijssel en de gemeenten Dalfsen, Hardenberg, Olst-Wijhe, Raalte "
                                      "en Twenterand")]:
        a(f"\\NC {esc(lab)} \\NC {esc(val)} \\NC \\NR\n")
    a("\\stoptabulate\n")
    a(esc("De deelnemers betalen een bijdrage op grond van de gemeenschappelijke regeling. De DVO-partners betalen "
          "voor archiefbeheer en het e-depot op grond van een dienstverleningsovereenkomst (DVO). Beide bijdragen "
          "rekenen wij tot de algemene dekkingsmiddelen.") + "\n")
    a("\\stopsubsection\n")
    a("\\startsubsection[title={Uitgangspunten en indexatie}]\n")
    a(esc("Conform de gemeenschappelijke regeling worden de bijdragen van alle deelnemers en DVO-partners "
          "jaarlijks geïndexeerd met een gewogen index. Het aandeel van de loonkosten in onze lasten is "
          f"{pct(d.CO_LOON_SHARE * 100, 0)}; het aandeel van de overige kosten {pct((1 - d.CO_LOON_SHARE) * 100, 0)}. "
          "Voor de lonen volgen wij de loonvoet sector overheid (pLOVO) van het Centraal Planbureau, voor de prijzen "
          "de prijs van de netto materiële overheidsconsumptie (pIMOC).") + "\n\n")
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n"
      "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
      "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=6.4cm]\n"
      "\\setupTABLE[column][2,3,4,5][align={flushright,high},width=1.8cm]\n"
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Index \\eTD \\bTD 2026 \\eTD \\bTD 2027 \\eTD "
      "\\bTD 2028 \\eTD \\bTD 2029 \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    rows = [("Loonindex (pLOVO)", [d.CO_INDEX[y][0] for y in range(2026, 2030)]),
            ("Prijsindex (pIMOC)", [d.CO_INDEX[y][1] for y in range(2026, 2030)])]
    for lab, vals in rows:
        a(f"\\bTR \\bTD {esc(lab)} \\eTD " + "".join(f"\\bTD {esc(pct(v))} \\eTD " for v in vals) + "\\eTR\n")
    a(f"\\bTR \\bTD Aandeel loonkosten \\eTD " + "".join(f"\\bTD {esc(pct(d.CO_LOON_SHARE * 100, 0))} \\eTD "
                                                          for _ in range(4)) + "\\eTR\n")
    a(f"\\bTR[style=bold,topframe=on] \\bTD Gewogen index \\eTD " +
      "".join(f"\\bTD {esc(pct(d.CO_INDEX_W[y]))} \\eTD " for y in range(2026, 2030)) + "\\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 1: Indexatie van de bijdragen 2026-2029"))
    a(esc("De gewogen index voor 2026 is berekend als 70% van 3,60% plus 30% van 2,30%, afgerond 3,21%. Voor de "
          "jaren 2027 tot en met 2029 gaan wij uit van de middellangetermijnverkenning van het CPB.") + "\n")
    a("\\stopsubsection\n\\stopsection\n")

    # ---------------- 3 Financieel overzicht
    a("\\startsection[title={Financieel overzicht}]\n")
    a(esc("Tabel 2 geeft het overzicht van baten en lasten over de periode 2024-2029. De kolom Rekening 2024 "
          "(cursief) bevat de gerealiseerde bedragen; de kolom Begroting 2025 n.w. de begroting 2025 na de "
          "vastgestelde begrotingswijzigingen. Lasten en baten zijn positief weergegeven; een negatief saldo of "
          "resultaat is nadelig.") + "\n\n")
    rows = "\\bTR[style=bold] \\bTD Lasten \\eTD \\bTD[nc=6] \\eTD \\eTR\n"
    for p, name, _ in d.CO_PROGRAMMES:
        rows += row6(f"{p}. {name}", d.CO_PROG_LASTEN[p], indent=True)
    rows += row6("Totaal lasten", d.CO_TOT_LASTEN, style="bold", frame="topframe=on")
    rows += "\\bTR[style=bold] \\bTD Baten \\eTD \\bTD[nc=6] \\eTD \\eTR\n"
    for p, name, _ in d.CO_PROGRAMMES:
        rows += row6(f"{p}. {name}", d.CO_PROG_BATEN[p], indent=True)
    rows += "\\bTR[style=italic] \\bTD Algemene dekkingsmiddelen \\eTD \\bTD[nc=6] \\eTD \\eTR\n"
    rows += row6("Bijdrage Het Rijk", d.CO_BIJDR_K["rijk"], indent=True)
    rows += row6("Bijdrage gemeente Zwolle", d.CO_BIJDR_K["zwolle"], indent=True)
    rows += row6("Bijdrage gemeente Deventer", d.CO_BIJDR_K["deventer"], indent=True)
    rows += row6("Bijdragen DVO-partners", d.CO_DVO_TOTAL_K, indent=True)
    rows += row6("Rentebaten", d.CO_RENTE, indent=True)
    rows += row6("Totaal baten", d.CO_TOT_BATEN, style="bold", frame="topframe=on")
    rows += row6("Saldo van baten en lasten", d.CO_SALDO, style="bold", frame="topframe=on")
    rows += row6("Toevoegingen aan reserves", d.CO_RES_TOEV)
    rows += row6("Onttrekkingen aan reserves", d.CO_RES_ONTT)
    rows += row6("Geraamd resultaat", d.CO_RESULTAAT, style="bold", frame="topframe=on,bottomframe=on")
    a(table6("", rows, "Tabel 2: Overzicht van baten en lasten 2024-2029 (bedragen x € 1.000)"))
    a(esc(f"Het resultaat over 2024 was € {nl(-d.CO_RESULTAAT[0] * 1000)} nadelig; het is verrekend met de "
          "bestemmingsreserve Digitale dienstverlening. De rentebaten dalen doordat de rente op de rekening-courant "
          "bij het Rijk daalt en ons saldo afneemt.") + "\n")
    a("\\stopsection\n")

    # ---------------- 4 Programma's
    a("\\startsection[title={Programma's}]\n")
    a(esc("Onze begroting kent vier programma's. Per programma geven wij aan wat wij willen bereiken, wat wij "
          "daarvoor doen en wat het kost. In de tabellen staat het totaal van het programma bovenaan, gevolgd "
          "door de onderdelen.") + "\n")
    prog_text = {
        "1": ("Een veilig en toegankelijk bewaarde collectie, die voldoet aan de Archiefwet en de normen voor "
              "depotbeheer.",
              "Wij actualiseren de vindplaatsregistratie van alle depots (looptijd tot en met 2028), vervangen de "
              "klimaatinstallatie van het depot in Zwolle en nemen nieuwe overbrengingen van de deelnemers op. "
              "Voor de gemeente Zwolle beheren wij de stedelijke museale collectie.",
              "De lasten van Depot en huisvesting stijgen door hogere energie- en huurlasten. De baten van Beheer "
              "collectie zijn de subsidie van de gemeente Zwolle voor het beheer van de museale collectie."),
        "2": ("Een zo groot mogelijk deel van de collectie is digitaal beschikbaar, en digitale archieven worden "
              "duurzaam bewaard.",
              "Wij digitaliseren de oudste stadsarchieven van Zwolle en Deventer, vervangen het "
              "collectiebeheersysteem, breiden het e-depot uit en handhaven de levertijd van de Snelle Scanservice "
              "van gemiddeld vijf werkdagen.",
              "De lasten van Digitalisering collecties pieken in 2026 door de digitalisering van de stadsarchieven "
              "en de invoering van het nieuwe collectiebeheersysteem. Het provinciale programma Erfgoed verbindt "
              "loopt eind 2027 af; vanaf 2028 vervallen deze baten."),
        "3": ("Meer mensen kennen en gebruiken het Overijsselse erfgoed, op de studiezaal, in de klas en online.",
              "Wij concentreren de studiezaal in ANNO Stadsmuseum Zwolle, starten een inloopspreekuur in Deventer, "
              "breiden de educatieprogramma's uit en verstrekken vier fellowships per jaar.",
              "De lasten van Studiezalen en klantcontact dalen door het concentreren van de studiezaal. De baten "
              "van Onderzoek en fellowships zijn de Rijksbijdrage Kenniscomponent."),
        "4": ("Een wendbare organisatie met goed werkgeverschap, veilige informatievoorziening en een gezonde "
              "financiële positie.",
              "Wij voeren het informatiebeveiligingsbeleid uit (BIO), voeren het opleidingsplan uit en vervangen "
              "werkplekken en servers volgens het investeringsplan. Onder Management en staf is een post "
              f"onvoorzien van € {nl(d.CO_ONVOORZIEN * 1000)} opgenomen.",
              "De kapitaallasten volgen uit het investeringsplan in hoofdstuk 7."),
    }
    tabnr = 3
    for p, name, parts in d.CO_PROGRAMMES:
        bereiken, doen, toel = prog_text[p]
        a(f"\\startsubsection[title={{Programma {p} {esc(name)}}}]\n")
        a("{\\bf Wat willen we bereiken?} " + esc(bereiken) + "\n\n")
        a("{\\bf Wat gaan we daarvoor doen?} " + esc(doen) + "\n\n")
        a("{\\bf Wat mag het kosten?}\n\n")
        rows = row6(f"Totaal lasten programma {p}", d.CO_PROG_LASTEN[p], style="bold")
        for c, pname in parts:
            rows += row6(f"{c} {pname}", d.CO_LASTEN[c], indent=True)
        rows += row6(f"Totaal baten programma {p}", d.CO_PROG_BATEN[p], style="bold", frame="topframe=on")
        for c, pname in parts:
            rows += row6(f"{c} {pname}", d.CO_BATEN[c] if d.CO_BATEN[c] else [None] * 6, indent=True)
        rows += row6(f"Saldo programma {p}", d.CO_PROG_SALDO[p], style="bold", frame="topframe=on,bottomframe=on")
        a(table6("", rows, f"Tabel {tabnr}: Lasten en baten programma {p} {name} (bedragen x € 1.000)"))
        a("{\\bf Toelichting.} " + esc(toel) + "\n")
        a("\\stopsubsection\n")
        tabnr += 1
    a("\\stopsection\n")

    # ---------------- 5 Bijdragen
    a("\\startsection[title={Bijdragen deelnemers en DVO-partners}]\n")
    a(esc("Tabel 7 toont de bijdragen per deelnemer en DVO-partner over de jaren 2024-2029. De bijdragen vanaf "
          "2027 zijn geïndexeerd met de gewogen index uit tabel 1.") + "\n\n")
    rows = "\\bTR[style=italic] \\bTD Deelnemers gemeenschappelijke regeling \\eTD \\bTD[nc=6] \\eTD \\eTR\n"
    for key in d.CO_GR_KEYS:
        nm = [x[1] for x in d.CO_DEELNEMERS if x[0] == key][0]
        rows += row6(nm, d.CO_BIJDR_K[key], indent=True)
    rows += row6("Subtotaal deelnemers", d.CO_GR_TOTAL_K, style="bold", frame="topframe=on")
    rows += "\\bTR[style=italic] \\bTD DVO-partners \\eTD \\bTD[nc=6] \\eTD \\eTR\n"
    for key in d.CO_DVO_KEYS:
        nm = [x[1] for x in d.CO_DEELNEMERS if x[0] == key][0]
        rows += row6(nm, d.CO_BIJDR_K[key], indent=True)
    rows += row6("Subtotaal DVO-partners", d.CO_DVO_TOTAL_K, style="bold", frame="topframe=on")
    rows += row6("Totaal bijdragen", d.CO_BIJDR_TOTAL_K, style="bold", frame="topframe=on,bottomframe=on")
    a(table6("", rows, "Tabel 7: Bijdragen per deelnemer en DVO-partner 2024-2029 (bedragen x € 1.000)"))
    # euro table with cents
    a(esc("De bijdrage 2026 is per deelnemer berekend als de bijdrage 2025 na wijziging, vermeerderd met de "
          f"gewogen index van {pct(d.CO_INDEX_W[2026])}. Tabel 8 geeft de berekening tot op de cent.") + "\n\n")
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n"
      "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
      "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=5.2cm]\n"
      "\\setupTABLE[column][2,3,4][align={flushright,high},width=3.0cm]\n"
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Deelnemer \\eTD \\bTD Bijdrage 2025 n.w. \\eTD "
      f"\\bTD Indexatie {esc(pct(d.CO_INDEX_W[2026]))} \\eTD \\bTD Bijdrage 2026 \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    for key, name, kind, r24, b25 in d.CO_DEELNEMERS:
        b = d.CO_BIJDR[key]
        a(f"\\bTR \\bTD {esc(name)} \\eTD \\bTD {cents(b[2025])} \\eTD \\bTD {cents(b['idx2026'])} \\eTD "
          f"\\bTD {cents(b[2026])} \\eTD \\eTR\n")
    tot = [sum(d.CO_BIJDR[x[0]][kk] for x in d.CO_DEELNEMERS) for kk in (2025, "idx2026", 2026)]
    a(f"\\bTR[style=bold,topframe=on,bottomframe=on] \\bTD Totaal \\eTD " +
      "".join(f"\\bTD {cents(t)} \\eTD " for t in tot) + "\\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 8: Berekening bijdragen 2026 per deelnemer en DVO-partner (bedragen in euro's)"))
    z, dv = d.CO_PER_INWONER_2026["zwolle"], d.CO_PER_INWONER_2026["deventer"]
    a(esc(f"Per inwoner komt de bijdrage 2026 voor de gemeente Zwolle uit op € {dec(z, 2)} "
          f"({nl(d.CO_INWONERS['zwolle'])} inwoners op 1 januari 2025) en voor de gemeente Deventer op "
          f"€ {dec(dv, 2)} ({nl(d.CO_INWONERS['deventer'])} inwoners).") + "\n")
    a("\\stopsection\n")

    # ---------------- 6 Reserves
    a("\\startsection[title={Reserves}]\n")
    a(esc("Het eigen vermogen van Collectie Overijssel bestaat uit de algemene reserve en vier "
          "bestemmingsreserves. In de kolom Mutatie staat het verschil tussen de stand aan het eind en aan het begin "
          "van 2026; een afname is met een minteken weergegeven.") + "\n\n")
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n"
      "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
      "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=5.8cm]\n"
      "\\setupTABLE[column][2,3,4,5,6][align={flushright,high},width=1.9cm]\n"
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Reserve \\eTD \\bTD Stand 1-1-2026 \\eTD "
      "\\bTD Toevoeging \\eTD \\bTD Onttrekking \\eTD \\bTD Stand 31-12-2026 \\eTD \\bTD Mutatie \\eTD \\eTR"
      "\\eTABLEhead\n\\bTABLEbody\n")
    for name, s, mv in d.CO_RESERVES:
        t, o = mv[0]
        st = d.CO_RES_STAND[name]
        a(f"\\bTR \\bTD {esc(name)} \\eTD \\bTD {nl(st[0])} \\eTD \\bTD {nl(t)} \\eTD \\bTD {nl(o)} \\eTD "
          f"\\bTD {nl(st[1])} \\eTD \\bTD {mut(st[1] - st[0])} \\eTD \\eTR\n")
    tt, to = d.CO_RES_TOEV[2], d.CO_RES_ONTT[2]
    a(f"\\bTR[style=bold,topframe=on,bottomframe=on] \\bTD Totaal reserves \\eTD \\bTD {nl(d.CO_RES_TOTAL_STAND[0])} "
      f"\\eTD \\bTD {nl(tt)} \\eTD \\bTD {nl(to)} \\eTD \\bTD {nl(d.CO_RES_TOTAL_STAND[1])} \\eTD "
      f"\\bTD {mut(d.CO_RES_TOTAL_STAND[1] - d.CO_RES_TOTAL_STAND[0])} \\eTD \\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 9: Reserves en mutaties 2026 (bedragen x € 1.000)"))
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n"
      "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
      "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=5.8cm]\n"
      "\\setupTABLE[column][2,3,4,5,6][align={flushright,high},width=1.9cm]\n"
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Stand per 31 december \\eTD \\bTD 2026 \\eTD "
      "\\bTD 2027 \\eTD \\bTD 2028 \\eTD \\bTD 2029 \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    for name, s, mv in d.CO_RESERVES:
        st = d.CO_RES_STAND[name]
        a(f"\\bTR \\bTD {esc(name)} \\eTD " + "".join(f"\\bTD {nl(v)} \\eTD " for v in st[1:]) + "\\eTR\n")
    a("\\bTR[style=bold,topframe=on,bottomframe=on] \\bTD Totaal reserves \\eTD " +
      "".join(f"\\bTD {nl(v)} \\eTD " for v in d.CO_RES_TOTAL_STAND[1:]) + "\\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 10: Verloop van de reserves 2026-2029 (bedragen x € 1.000)"))
    a("\\startitemize[packed]\n")
    for it in [
        "Algemene reserve: buffer voor het opvangen van risico's. De reserve blijft onder de norm van 10% van de "
        "deelnemersbijdragen.",
        "Bestemmingsreserve Onderhoud: voor het groot onderhoud van het pand Eikenstraat in Zwolle volgens het "
        "meerjarenonderhoudsplan; in 2029 is vervanging van de daken gepland.",
        "Bestemmingsreserve Datakwaliteit & Collectiebeheer: dekt het project Actualiseren vindplaatsregistratie "
        "(2026-2028) en de controle van de aanwinstendossiers.",
        "Bestemmingsreserve Digitale dienstverlening: dekt jaarlijks € 140.000 van de digitale dienstverlening aan "
        "het publiek.",
        "Bestemmingsreserve Collectiecentrum: gevormd in 2025 voor de voorbereiding van het nieuwe "
        "Collectiecentrum; jaarlijkse toevoeging € 150.000.",
    ]:
        a("\\item " + esc(it) + "\n")
    a("\\stopitemize\n\\stopsection\n")

    # ---------------- 7 Investeringen (landscape page, table split in two halves side by side)
    a("\\page\n\\setuppapersize[A4,landscape][A4,landscape]\n"
      "\\setuplayout[backspace=20mm,width=257mm,topspace=10mm,header=12mm,headerdistance=4mm,height=170mm,"
      "footer=10mm,footerdistance=4mm]\n")
    a("\\startsection[title={Investeringen en kapitaallasten},page=no]\n")
    a(esc("Het investeringsplan bevat de vervangings- en uitbreidingsinvesteringen 2026-2029. Wij schrijven lineair "
          "af, vanaf het jaar na de investering. De investering in het Collectiecentrum is niet opgenomen.") + "\n\n")

    def inv_half(items):
        s = ("\\bTABLE\n\\setupTABLE[frame=off,offset=1.2pt,loffset=3pt,roffset=3pt]\n"
             "\\setupTABLE[column][1][align={flushright,high},width=0.8cm]\n"
             "\\setupTABLE[column][2][align={flushleft,high,nothyphenated},width=5.0cm]\n"
             "\\setupTABLE[column][3][align={middle,high},width=1.0cm]\n"
             "\\setupTABLE[column][4][align={flushright,high},width=1.8cm]\n"
             "\\setupTABLE[column][5][align={flushright,high},width=1.2cm]\n"
             "\\setupTABLE[column][6][align={flushright,high},width=1.9cm]\n"
             "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD Nr. \\eTD \\bTD[align={flushleft,high,nothyphenated}] Investering \\eTD \\bTD Jaar \\eTD "
             "\\bTD Bedrag \\eTD \\bTD Termijn \\eTD \\bTD Afschrijving \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
        for nr, name, y, amt, t in items:
            s += (f"\\bTR \\bTD {nr} \\eTD \\bTD {esc(name)} \\eTD \\bTD {y} \\eTD \\bTD {nl(amt)} \\eTD "
                  f"\\bTD {t} jr \\eTD \\bTD {nl(amt // t)} \\eTD \\eTR\n")
        s += "\\eTABLEbody\n\\eTABLE\n"
        return s

    half = len(d.CO_INVEST) // 2
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n")
    a("\\startcombination[nx=2,ny=1,distance=16mm,location=top]\n{" + inv_half(d.CO_INVEST[:half]) + "}{}\n{"
      + inv_half(d.CO_INVEST[half:]) + "}{}\n\\stopcombination\n")
    a("\\stopalignment\n")
    a(caption("Tabel 11: Investeringsplan 2026-2029, afschrijving per jaar (bedragen in euro's)"))
    totals = ", ".join(f"{y}: € {nl(d.CO_INVEST_YEAR_TOTAL[y])}" for y in range(2026, 2030))
    a(esc(f"Het totaal van de investeringen per jaar is: {totals}.") + "\n\n")
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n"
      "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
      "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=7.4cm]\n"
      "\\setupTABLE[column][2,3,4,5,6,7][align={flushright,high},width=2.0cm]\n")
    a("\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Kapitaallasten \\eTD \\bTD[style=\\bix] 2024 \\eTD "
      "\\bTD 2025 \\eTD \\bTD 2026 \\eTD \\bTD 2027 \\eTD \\bTD 2028 \\eTD \\bTD 2029 \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    ex = [d.CO_DEPR_EXISTING[y] for y in range(2024, 2030)]
    nw = [d.co_depr_new(y) for y in range(2024, 2030)]
    a("\\bTR \\bTD Afschrijving bestaande activa \\eTD " + "".join(
        f"\\bTD{'[style=italic]' if i == 0 else ''} {nl(v)} \\eTD " for i, v in enumerate(ex)) + "\\eTR\n")
    a("\\bTR \\bTD Afschrijving investeringsplan 2026-2029 \\eTD " + "".join(
        f"\\bTD{'[style=italic]' if i == 0 else ''} {n(v) if v else '-'} \\eTD " for i, v in enumerate(nw)) + "\\eTR\n")
    a("\\bTR[style=bold,topframe=on,bottomframe=on] \\bTD Totaal kapitaallasten \\eTD " + "".join(
        f"\\bTD{'[style=bolditalic]' if i == 0 else ''} {nl(d.CO_KAPLASTEN[y])} \\eTD "
        for i, y in enumerate(range(2024, 2030))) + "\\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 12: Kapitaallasten 2024-2029 (bedragen in euro's; 2024 = rekening)"))
    a("\\stopsection\n\\page\n\\setuppapersize[A4][A4]\n"
      "\\setuplayout[backspace=24mm,width=162mm,topspace=12mm,header=14mm,headerdistance=6mm,height=250mm,"
      "footer=12mm,footerdistance=6mm]\n")

    # ---------------- 8 Paragrafen
    a("\\startsection[title={Paragrafen}]\n")
    a("\\startsubsection[title={Weerstandsvermogen en risicobeheersing}]\n")
    a(esc("Wij hebben de risico's opnieuw beoordeeld. Per risico is de impact geschat en de kans dat het zich "
          "voordoet; het product is het benodigde weerstandsvermogen.") + "\n\n")
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n"
      "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
      "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=6.8cm]\n"
      "\\setupTABLE[column][2,3,4][align={flushright,high},width=2.0cm]\n"
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Risico \\eTD \\bTD Impact \\eTD \\bTD Kans \\eTD "
      "\\bTD Benodigd \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    for name, imp, kans, need in d.CO_RISK_NEED:
        a(f"\\bTR \\bTD {esc(name)} \\eTD \\bTD {nl(imp)} \\eTD \\bTD {kans}\\% \\eTD \\bTD {nl(need)} \\eTD \\eTR\n")
    a(f"\\bTR[style=bold,topframe=on] \\bTD Benodigde weerstandscapaciteit \\eTD \\bTD \\eTD \\bTD \\eTD "
      f"\\bTD {nl(d.CO_RISK_TOTAL)} \\eTD \\eTR\n")
    a(f"\\bTR \\bTD Algemene reserve 1-1-2026 \\eTD \\bTD \\eTD \\bTD \\eTD \\bTD {nl(d.CO_RES_STAND['Algemene reserve'][0])} \\eTD \\eTR\n")
    a(f"\\bTR \\bTD Post onvoorzien 2026 \\eTD \\bTD \\eTD \\bTD \\eTD \\bTD {nl(d.CO_ONVOORZIEN)} \\eTD \\eTR\n")
    a(f"\\bTR[style=bold,topframe=on] \\bTD Beschikbare weerstandscapaciteit \\eTD \\bTD \\eTD \\bTD \\eTD "
      f"\\bTD {nl(d.CO_CAPACITEIT)} \\eTD \\eTR\n")
    a(f"\\bTR[style=bold,bottomframe=on] \\bTD Ratio weerstandsvermogen \\eTD \\bTD \\eTD \\bTD \\eTD "
      f"\\bTD {dec(d.CO_RATIO, 2)} \\eTD \\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 13: Risico's en weerstandsvermogen 2026 (bedragen x € 1.000)"))
    a(esc(f"De ratio van {dec(d.CO_RATIO, 2)} valt in klasse C (voldoende: tussen 1,0 en 1,4). Wij achten dit "
          "toereikend, mede omdat de bestemmingsreserves in geval van nood kunnen worden heroverwogen.") + "\n")
    a("\\stopsubsection\n")
    a("\\startsubsection[title={Financiering en kengetallen}]\n")
    a(esc("Collectie Overijssel heeft geen langlopende leningen en verwacht die in de periode 2026-2029 ook niet aan "
          "te trekken, zolang over het Collectiecentrum niet is besloten. Het overtollige saldo staat in "
          "rekening-courant bij het Rijk (schatkistbankieren). De geprognosticeerde balans is de basis voor de "
          "kengetallen.") + "\n\n")
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n" + TABLE_SETUP +
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Balans per 31 december \\eTD \\bTD[style=\\bix] 2024 \\eTD "
      "\\bTD 2025 \\eTD \\bTD 2026 \\eTD \\bTD 2027 \\eTD \\bTD 2028 \\eTD \\bTD 2029 \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    bal_rows = [("Vaste activa", d.CO_BAL_VASTE_ACTIVA, ""), ("Vorderingen en rekening-courant Rijk", d.CO_BAL_VORD, ""),
                ("Totaal activa", d.CO_BAL_TOTAAL, "bold"), ("Eigen vermogen", d.CO_BAL_EV, ""),
                ("Voorzieningen", d.CO_BAL_VOORZ, ""), ("Vaste schulden", d.CO_BAL_VASTE_SCHULD, ""),
                ("Vlottende schulden", d.CO_BAL_VLOTTEND, ""), ("Totaal passiva", d.CO_BAL_TOTAAL, "bold")]
    for lab, vals, st in bal_rows:
        a(row6(lab, vals, style=st, frame="topframe=on" if st else ""))
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 14: Geprognosticeerde balans 2024-2029 (bedragen x € 1.000; 2024 = rekening)"))
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n" + TABLE_SETUP +
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Kengetal \\eTD \\bTD[style=\\bix] 2024 \\eTD "
      "\\bTD 2025 \\eTD \\bTD 2026 \\eTD \\bTD 2027 \\eTD \\bTD 2028 \\eTD \\bTD 2029 \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    for lab, vals in [("Netto schuldquote", d.CO_NSQ), ("Solvabiliteitsratio", d.CO_SOLV)]:
        a(f"\\bTR \\bTD {lab} \\eTD " + "".join(f"\\bTD{'[style=italic]' if i == 0 else ''} {esc(pct(v, 1))} \\eTD "
                                                 for i, v in enumerate(vals)) + "\\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 15: Financiële kengetallen 2024-2029"))
    a(esc("De netto schuldquote is negatief: de vorderingen (vooral het saldo in rekening-courant bij het Rijk) zijn "
          "groter dan de schulden. De solvabiliteitsratio daalt tot 2029 doordat de bestemmingsreserves worden "
          "ingezet.") + "\n")
    a("\\stopsubsection\n")
    a("\\startsubsection[title={Bedrijfsvoering}]\n")
    a(esc(f"De formatie groeit in 2026 van {dec(d.CO_FTE_TOTAL[0])} naar {dec(d.CO_FTE_TOTAL[1])} fte, vooral "
          "door de uitbreiding bij Digitalisering & Informatiediensten voor het e-depot en de digitalisering van de "
          f"stadsarchieven. De loonsom 2026 bedraagt € {nl(d.CO_LOONSOM_2026)}.") + "\n\n")
    a("\\blank[small]\\vbox{\\startalignment[flushleft]\\noindentation\n\\bTABLE\n"
      "\\setupTABLE[frame=off,offset=1.5pt,loffset=3pt,roffset=3pt]\n"
      "\\setupTABLE[column][first][align={flushleft,high,nothyphenated},width=6.4cm]\n"
      "\\setupTABLE[column][2,3,4][align={flushright,high},width=2.4cm]\n"
      "\\bTABLEhead\\bTR[style=\\bfx,align={flushright,high,nothyphenated},bottomframe=on] \\bTD[align={flushleft,high,nothyphenated}] Afdeling \\eTD \\bTD Begroting 2025 n.w. \\eTD "
      "\\bTD Begroting 2026 \\eTD \\bTD Mutatie \\eTD \\eTR\\eTABLEhead\n\\bTABLEbody\n")
    for name, f25, f26 in d.CO_FTE:
        a(f"\\bTR \\bTD {esc(name)} \\eTD \\bTD {dec(f25)} \\eTD \\bTD {dec(f26)} \\eTD \\bTD {dec(f26 - f25)} \\eTD \\eTR\n")
    a(f"\\bTR[style=bold,topframe=on,bottomframe=on] \\bTD Totaal formatie \\eTD \\bTD {dec(d.CO_FTE_TOTAL[0])} \\eTD "
      f"\\bTD {dec(d.CO_FTE_TOTAL[1])} \\eTD \\bTD {dec(d.CO_FTE_TOTAL[1] - d.CO_FTE_TOTAL[0])} \\eTD \\eTR\n")
    a("\\eTABLEbody\n\\eTABLE\n\\stopalignment\n")
    a(caption("Tabel 16: Formatie per afdeling (in fte)"))
    a("\\stopsubsection\n\\stopsection\n")
    a("\\stoptext\n")
    return "".join(T)


def fix_dates(b: bytes) -> bytes:
    """ConTeXt 2021 writes the run time and random uuids into the Info dictionary and the XMP packet; replace them
    by fixed strings of the same length (offsets stay valid) so that the build is byte-reproducible."""
    import re
    b = re.sub(rb"D:\d{14}", b"D:20250703120000", b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d)", lambda m: b"2025-07-03T12:00:00" + m.group(1), b)
    b = re.sub(rb"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
               b"uuid:00000000-0000-4000-8000-000000002026", b)
    b = re.sub(rb"\d{4}-\d\d-\d\d \d\d:\d\d", b"2025-07-03 12:00", b)
    b = re.sub(rb"/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]",
               b"/ID [ <" + b"5345542D415A2D434F2D323032360000" + b"> <" + b"5345542D415A2D434F2D323032360000" + b"> ]", b)
    return b


def main() -> None:
    tex = build_tex()
    src = HERE / "collectie-overijssel-begroting-2026.tex"
    src.write_text(tex, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(src, Path(tmp) / "co.tex")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1751500800")
        r = subprocess.run(["context", "--batchmode", "--nonstopmode", "co.tex"], cwd=tmp, env=env,
                           capture_output=True, text=True)
        pdf = Path(tmp) / "co.pdf"
        if r.returncode != 0 or not pdf.exists():
            sys.stderr.write(r.stdout[-4000:])
            log = Path(tmp) / "co.log"
            if log.exists():
                sys.stderr.write(log.read_text(errors="replace")[-4000:])
            raise SystemExit("context failed")
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / d.CO_FILE).write_bytes(fix_dates(pdf.read_bytes()))
    print(f"wrote {OUT / d.CO_FILE}")


if __name__ == "__main__":
    main()
