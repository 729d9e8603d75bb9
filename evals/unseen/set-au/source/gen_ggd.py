"""GGD Tukkerland, Programmabegroting 2026 (FICTIONAL) as a landscape A4 PDF typeset with Typst.

Writes <corpus>/ggd-tukkerland-programmabegroting-2026.pdf (and keeps the Typst source next to this script as
ggd-tukkerland-programmabegroting-2026.typ for inspection).  Layout: A4 landscape, Liberation Sans, a teal running
header naming the GGD (never a member) from page 2 on, a footer "Pagina n van N", numbered chapters that start on
a new page, prose of the programme chapters in two columns, tables with vertical rules between all columns (full
grid, a tinted header row, a two-row header where "Meerjarenraming" spans 2027-2029), captions "Tabel n ..." with a
scale line under them ("Bedragen x € 1.000" for most tables, "Bedragen in euro's" for the one table in whole
euros), the table of member contributions running over a page break with its header repeated by Typst.

Usage: python gen_ggd.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

import typst

import data as d
from fmt import MINUS, dec, nl

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
FONTS = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
         "/usr/share/fonts/truetype/dejavu"]


# ------------------------------------------------------------------------------------------------ helpers
def esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\#[]*_`$<>@~":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out).replace("//", "/\\/")


def g(v):
    """amount in a GGD table: typographic minus"""
    return nl(v, MINUS)


def gd(v, nd=1):
    return dec(v, nd, MINUS)


def eur(v):
    return "€ " + nl(v)


def P(*parts):
    return esc(" ".join(parts)) + "\n\n"


def bullets(items):
    return "".join(f"- {esc(x)}\n" for x in items) + "\n"


def H(level, text):
    return "=" * level + " " + esc(text) + "\n\n"


def H3(text):
    return f"#block(sticky: true, above: 1.1em, below: 0.55em)[#text(weight: \"bold\", fill: teal)[{esc(text)}]]\n\n"


TNO = [0]


def caption(title, scale):
    TNO[0] += 1
    return (f"#block(sticky: true, above: 1.2em, below: 0.35em)[#text(weight: \"bold\")[Tabel {TNO[0]} {esc(title)}]"
            f" \\ #text(size: 8pt, style: \"italic\")[{esc(scale)}]]\n"), f"Tabel {TNO[0]} {title}"


def cell(s, bold=False, align=None, colspan=1, rowspan=1, fill=None):
    body = esc(s)
    if bold:
        body = f"#strong[{body}]"
    args = []
    if colspan > 1:
        args.append(f"colspan: {colspan}")
    if rowspan > 1:
        args.append(f"rowspan: {rowspan}")
    if align:
        args.append(f"align: {align}")
    if fill:
        args.append(f"fill: {fill}")
    if args:
        return f"table.cell({', '.join(args)})[{body}]"
    return f"[{body}]"


def table(widths, header_rows, rows, label_cols=1):
    """header_rows: list of lists of cell strings (already made with cell()); rows: list of
    ("row", label, [values], bold) or ("group", label)"""
    n = len(widths)
    cols = "(" + ", ".join(widths) + ")"
    align = "(" + ", ".join(["left"] * label_cols + ["right"] * (n - label_cols)) + ")"
    nh = len(header_rows)
    out = [f"#table(columns: {cols}, align: {align}, inset: (x: 5pt, y: 3.2pt),",
           f"  stroke: (x: 0.6pt + ink, y: 0.35pt + rule),",
           f"  fill: (x, y) => if y < {nh} {{ headfill }},",
           "  table.header(" + ", ".join(c for r in header_rows for c in r) + "),",
           "  table.hline(stroke: 1pt + ink),"]
    for r in rows:
        if r[0] == "group":
            out.append("  " + cell(r[1], bold=True, colspan=n, fill="groupfill") + ",")
        else:
            _, label, vals, bold = r
            labels = label if isinstance(label, (list, tuple)) else [label]
            cs = [cell(x, bold) for x in labels] + [cell(v, bold) for v in vals]
            out.append("  " + ", ".join(cs) + ",")
    out.append(")\n\n")
    return "\n".join(out)


def hdr(texts, bold=True):
    return [cell(t, bold=bold) for t in texts]


# the six columns of the multi-year tables, as a two-row header
def header_years(first="Omschrijving"):
    r1 = [cell(first, True, rowspan=2), cell("Rekening 2024", True, rowspan=2, align="right"),
          cell("Begroting 2025 na wijziging", True, rowspan=2, align="right"),
          cell("Begroting 2026", True, rowspan=2, align="right"),
          cell("Meerjarenraming", True, colspan=3, align="center")]
    r2 = [cell("2027", True, align="right"), cell("2028", True, align="right"), cell("2029", True, align="right")]
    return [r1, r2]


W6 = ["1fr"] + ["2.55cm"] * 6

# ------------------------------------------------------------------------------------------------ document
S = []
S.append(f"""#set document(title: "{d.G_BODY} - {d.G_TITLE}", author: "{d.G_BODY}", date: none)
#let teal = rgb("#00707a")
#let ink = rgb("#3c3c3c")
#let rule = rgb("#9db8ba")
#let headfill = rgb("#cfe7e8")
#let groupfill = rgb("#f0f6f6")
#set text(font: "Liberation Sans", size: 9.5pt, lang: "nl", hyphenate: false)
#set par(justify: false, leading: 0.62em, spacing: 0.9em)
#set page(paper: "a4", flipped: true, margin: (top: 25mm, bottom: 18mm, x: 20mm),
  header: context {{
    if counter(page).get().first() > 1 [
      #set text(size: 8.5pt, fill: teal)
      #grid(columns: (1fr, 1fr), align: (left, right), [*GGD Tukkerland*], [Programmabegroting 2026])
      #v(-5pt)
      #line(length: 100%, stroke: 0.6pt + teal)
    ]
  }},
  footer: context {{
    if counter(page).get().first() > 1 [
      #set text(size: 8pt, fill: ink)
      #grid(columns: (1fr, 1fr), align: (left, right),
        [Vastgesteld door het algemeen bestuur op 3 juli 2025],
        [Pagina #counter(page).display() van #counter(page).final().first()])
    ]
  }})
#set heading(numbering: "1.1")
#show heading.where(level: 1): it => block(above: 0pt, below: 1em)[#set text(size: 17pt, fill: teal, weight: "bold"); #it]
#show heading.where(level: 2): it => block(above: 1.3em, below: 0.7em)[#set text(size: 12.5pt, fill: teal, weight: "bold"); #it]
#set list(indent: 0.6em)
""")

# ---- title page
S.append("""#page(header: none, footer: none, margin: (x: 28mm, y: 26mm))[
  #v(18mm)
  #text(size: 30pt, weight: "bold", fill: teal)[GGD Tukkerland]
  #v(2mm)
  #text(size: 12pt, fill: ink)[Gemeenschappelijke regeling Publieke Gezondheid Tukkerland]
  #v(16mm)
  #text(size: 26pt, weight: "bold")[Programmabegroting 2026]
  #v(1mm)
  #text(size: 15pt)[en meerjarenraming 2027-2029]
  #v(10mm)
  #text(size: 11pt)[Vastgesteld door het algemeen bestuur op 3 juli 2025]
  #v(1fr)
  #block(stroke: 0.8pt + teal, inset: 9pt, width: 100%)[#text(size: 9pt)[*Fictief document.* GGD Tukkerland bestaat
  niet. Deze begroting is gemaakt voor een evaluatieset van een assistent voor begrotingsdocumenten. Alle bedragen,
  aantallen en percentages zijn verzonnen; de namen van de deelnemende gemeenten zijn echt, hun bijdragen en
  inwoneraantallen in dit document niet.]]
]
""")

# ---- contents
S.append("""#outline(title: [Inhoud], depth: 2, indent: 1.2em)
#pagebreak()
""")

L, B = d.G_LASTEN, d.G_BATEN
Y = d.G_COLS
saldo26 = d.G_SALDO[2]
res = d.G_RESULTAAT
tar25, tar26 = d.G_TARIEF[2025], d.G_TARIEF[2026]
n_maatwerk = sum(1 for v in d.G_MAATWERK26.values() if v)

# ---- 1 Inleiding
S.append(H(1, "Inleiding"))
S.append(H(2, "Aanbieding"))
S.append(P(
    "Voor u ligt de programmabegroting 2026 van GGD Tukkerland, met de meerjarenraming 2027-2029. GGD Tukkerland",
    "voert voor dertien gemeenten in Twente de wettelijke taken uit de Wet publieke gezondheid uit, en daarnaast de",
    "taken van Veilig Thuis, het advies- en meldpunt huiselijk geweld en kindermishandeling. De begroting is",
    "opgebouwd uit vier programma's: Jeugdgezondheidszorg, Infectieziektebestrijding, Gezondheidsbevordering en",
    "Veilig Thuis. De kosten van de ondersteunende diensten staan apart onder Overhead."))
S.append(P(
    f"De totale lasten voor 2026 komen uit op € {dec(d.G_TOT_LASTEN[2] / 1000, 1)} miljoen.",
    f"Het tarief voor de basistaken stijgt van € {dec(tar25, 2)} per inwoner in 2025 naar € {dec(tar26, 2)} per",
    "inwoner in 2026. De stijging komt voort uit de indexatie van lonen en prijzen en uit de uitbreiding van de",
    f"jeugdgezondheidszorg. De gemeentelijke bijdrage voor de basistaken bedraagt in totaal {eur(d.G_SUM_BASIS26)};",
    f"daarnaast nemen {n_maatwerk} gemeenten maatwerk af voor in totaal {eur(d.G_SUM_MAATWERK26)}."))
S.append(P(
    f"Het saldo van baten en lasten 2026 is € {nl(-saldo26 * 1000)} nadelig. Dit tekort dekken wij met",
    "onttrekkingen aan de bestemmingsreserves frictiekosten en pandemische paraatheid, zodat de begroting 2026",
    "sluitend is. In de jaren 2027 tot en met 2029 laat de meerjarenraming tekorten zien van",
    f"€ {nl(-res[3] * 1000)}, € {nl(-res[4] * 1000)} en € {nl(-res[5] * 1000)}. Het dagelijks bestuur",
    "komt in het najaar van 2025 met voorstellen om deze tekorten structureel op te lossen."))
S.append(H(2, "Kerngegevens"))
c, TK = caption("Kerngegevens", "Aantallen; bedragen x € 1.000")
S.append(c)
S.append(table(["9cm", "4cm"], [hdr(["Omschrijving"]) + [cell("2026", True, align="right")]], [
    ("row", "Deelnemende gemeenten", [str(len(d.G_MEMBERS))], False),
    ("row", "Inwoners werkgebied per 1 januari 2025", [nl(d.G_INWONERS)], False),
    ("row", "Formatie (fte)", [gd(d.G_FTE_TOT[1])], False),
    ("row", "Totale lasten (x € 1.000)", [g(d.G_TOT_LASTEN[2])], False),
    ("row", "Bijdragen gemeenten (x € 1.000)", [g(d.G_BIJ_TOTAL[2])], False),
]))
S.append(H(2, "Leeswijzer"))
S.append(P(
    "De financiële tabellen tonen de rekening 2024, de begroting 2025 na wijziging (inclusief de eerste",
    "begrotingswijziging 2025), de begroting 2026 en de meerjarenraming 2027-2029. Bedragen zijn x € 1.000, tenzij",
    "boven de tabel anders staat vermeld; de tabel met de bijdragen per gemeente in hoofdstuk 7 is in hele euro's."))
S.append(P(
    "Lasten en baten staan als positieve bedragen in de tabellen. Het saldo is baten min lasten: een negatief",
    "saldo (met een minteken) is nadelig, een positief saldo voordelig. Toevoegingen aan reserves verlagen het",
    "resultaat, onttrekkingen verhogen het. Door afronding kunnen totalen afwijken van de som van de onderdelen."))
S.append(H(2, "Uitgangspunten"))
S.append(P(
    "Het algemeen bestuur heeft in de kadernota 2026 de uitgangspunten voor de indexatie vastgesteld. De",
    "indexatie volgt de ramingen van het Centraal Planbureau uit het centraal economisch plan van maart 2025."))
c, T_UIT = caption("Uitgangspunten begroting 2026", "Percentages")
S.append(c)
S.append(table(["1fr", "3.4cm"], [hdr(["Uitgangspunt"]) + [cell("2026", True, align="right")]],
               [("row", n, [gd(v) + "%"], False) for n, v in d.G_UITGANGSPUNTEN]))
S.append(P(
    f"Het tarief voor de basistaken 2026 is als volgt opgebouwd: het tarief 2025 van € {dec(tar25, 2)} per inwoner,",
    f"plus € {dec(d.G_TARIEF_INDEX, 2)} indexatie en € {dec(d.G_TARIEF_UITBREIDING, 2)} voor de uitbreiding van",
    f"Kansrijke Start, samen € {dec(tar26, 2)} per inwoner."))
S.append("#pagebreak()\n")

# ---- Ontwikkelingen
S.append(H(1, "Ontwikkelingen"))
S.append("#columns(2, gutter: 10mm)[\n")
S.append(H3("Gezond en Actief Leven Akkoord"))
S.append(P(
    "Met het Gezond en Actief Leven Akkoord (GALA) ontvangen de gemeenten tot en met 2026 middelen voor preventie",
    "en gezondheidsbevordering. De GGD ondersteunt de gemeenten bij de besteding en de verantwoording van deze",
    "middelen. Het is nog onzeker of het Rijk de middelen na 2026 voortzet; in de meerjarenraming gaan wij uit",
    "van een voortzetting op het huidige niveau."))
S.append(H3("Toekomstscenario kind- en gezinsbescherming"))
S.append(P(
    "Het landelijke Toekomstscenario vraagt van Veilig Thuis een andere werkwijze, waarin de veiligheidsbeoordeling",
    "en de samenwerking met de lokale teams van de gemeenten centraal staan. De invoering start in 2026 en vraagt",
    "extra formatie. De kosten zijn in de begroting van het programma Veilig Thuis verwerkt."))
S.append(H3("Pandemische paraatheid"))
S.append(P(
    "Na de coronapandemie heeft het Rijk de GGD'en gevraagd hun paraatheid op een nieuwe uitbraak te versterken.",
    "GGD Tukkerland bouwt daarvoor een flexibele schil van getrainde medewerkers op en oefent de opschaling",
    "jaarlijks met de veiligheidsregio. Het Rijk financiert dit met een specifieke uitkering die vanaf 2027 lager",
    "wordt."))
S.append("#colbreak()\n")
S.append(H3("Arbeidsmarkt"))
S.append(P(
    "Het blijft moeilijk om jeugdartsen, verpleegkundigen en gedragswetenschappers te werven. Wij investeren in",
    "opleidingsplaatsen en in taakherschikking, waarbij doktersassistenten een deel van de contactmomenten",
    "overnemen. Waar nodig huren wij tijdelijke krachten in; dat is duurder dan eigen personeel."))
S.append(H3("Huisvesting en verduurzaming"))
S.append(P(
    "De GGD werkt vanuit drie vestigingen en veertien consultatiebureaus. Het pand in Enschede wordt in 2026",
    "verduurzaamd. De kapitaallasten van deze investering zijn in de begroting opgenomen; het groot onderhoud",
    "betalen wij uit de bestemmingsreserve huisvesting."))
S.append(H3("Samenwerking in de regio"))
S.append(P(
    "De GGD werkt samen met de veiligheidsregio, de huisartsen, de ziekenhuizen en de zorgverzekeraars in de",
    "regio. Met de zorgverzekeraars maken wij afspraken over de financiering van leefstijlprogramma's en van de",
    "aanpak van personen met verward gedrag."))
S.append("]\n\n")
S.append("#pagebreak()\n")

# ---- 2 Financieel overzicht
S.append(H(1, "Financieel overzicht"))
S.append(P(
    "Onderstaand overzicht geeft de baten en lasten per programma. De bijdragen van de gemeenten zijn als algemene",
    "dekkingsmiddelen opgenomen, gesplitst in de bijdrage voor de basistaken en de bijdrage voor maatwerk."))
c, T_OV = caption("Overzicht van baten en lasten 2024-2029", "Bedragen x € 1.000")
S.append(c)
rows = [("group", "Lasten")]
rows += [("row", p, [g(x) for x in L[p]], False) for p in list(d.PROGS) + ["Overhead"]]
rows.append(("row", "Totaal lasten", [g(x) for x in d.G_TOT_LASTEN], True))
rows.append(("group", "Baten"))
rows += [("row", p, [g(x) for x in B[p]], False) for p in d.PROGS]
rows.append(("row", "Bijdragen gemeenten basistaken", [g(x) for x in d.G_BIJ_BASIS], False))
rows.append(("row", "Bijdragen gemeenten maatwerk", [g(x) for x in d.G_BIJ_MAATWERK], False))
rows.append(("row", "Totaal baten", [g(x) for x in d.G_TOT_BATEN], True))
rows.append(("row", "Saldo van baten en lasten", [g(x) for x in d.G_SALDO], True))
rows.append(("row", "Toevoegingen aan reserves", [g(x) for x in d.G_TOEV], False))
rows.append(("row", "Onttrekkingen aan reserves", [g(x) for x in d.G_ONTT], False))
rows.append(("row", "Geraamd resultaat", [g(x) for x in d.G_RESULTAAT], True))
S.append(table(W6, header_years(), rows))
S.append(P(
    "De rekening 2024 sloot met een voordelig resultaat, dat het algemeen bestuur aan de algemene reserve heeft",
    "toegevoegd. Voor 2026 stijgen de lasten vooral door de cao-ontwikkeling, de uitbreiding van de",
    "jeugdgezondheidszorg en de versterking van de pandemische paraatheid. De baten van Infectieziektebestrijding",
    "stijgen mee, omdat het Rijk de pandemische paraatheid tot en met 2026 met een specifieke uitkering",
    "financiert; vanaf 2027 is die uitkering lager."))
S.append("#pagebreak()\n")

# ---- 3-6 programmes
PROG_TEXT = {
    "Jeugdgezondheidszorg": dict(
        bereiken=[
            "Alle kinderen in Tukkerland groeien gezond en veilig op. De jeugdgezondheidszorg (JGZ) volgt de groei en",
            "ontwikkeling van kinderen van 0 tot 18 jaar, signaleert problemen vroeg en verwijst zo nodig door. Wij",
            "willen dat ouders de JGZ zien als vanzelfsprekende partner bij opvoeden en opgroeien.",
        ],
        prose2=[
            f"In 2026 verwachten wij {nl(d.G_PROSE['contactmomenten_2026'])} contactmomenten met kinderen en hun",
            "ouders, op het consultatiebureau, op school en thuis. De vaccinatiegraad voor BMR (bof, mazelen en",
            f"rodehond) bij tweejarigen in ons werkgebied was in 2024 {dec(d.G_PROSE['bmr_2024'], 1)}%, tegen een",
            f"landelijk gemiddelde van {dec(d.G_PROSE['bmr_nl_2024'], 1)}%. Wij willen die graad minimaal op dit",
            "niveau houden.",
        ],
        doen=["Uitvoeren van het basispakket JGZ met de contactmomenten voor alle leeftijden.",
              "Extra huisbezoeken aan kwetsbare gezinnen binnen de aanpak Kansrijke Start.",
              "Uitvoeren van het Rijksvaccinatieprogramma, met gerichte voorlichting in kernen met een lage "
              "vaccinatiegraad.",
              "Inzet van jeugdverpleegkundigen op scholen voor voortgezet onderwijs."],
        toelichting=[
            "De lasten van het programma stijgen in 2026 door de cao-stijging en door de uitbreiding van het aantal",
            "contactmomenten binnen Kansrijke Start. De extra huisbezoeken vragen 3,2 fte jeugdverpleegkundige. De",
            "baten bestaan vooral uit de rijksbijdrage voor het Rijksvaccinatieprogramma.",
        ]),
    "Infectieziektebestrijding": dict(
        bereiken=[
            "Inwoners zijn beschermd tegen de verspreiding van infectieziekten. De GGD bestrijdt uitbraken,",
            "doet bron- en contactonderzoek en bereidt zich voor op een nieuwe pandemie. Daarnaast voert de GGD",
            "de tuberculosebestrijding, de seksuele gezondheidszorg en de reizigersvaccinaties uit.",
        ],
        prose2=[
            f"Op de soa-poli verwachten wij in 2026 {nl(d.G_PROSE['soa_consulten_2026'])} consulten. De",
            "reizigersvaccinaties worden volledig uit tarieven betaald.",
        ],
        doen=["Bron- en contactonderzoek bij meldingsplichtige infectieziekten.",
              "Opschalingsplannen en oefeningen voor pandemische paraatheid, samen met de veiligheidsregio.",
              "Tbc-screening van risicogroepen.",
              "Spreekuren seksuele gezondheid voor jongeren en risicogroepen."],
        toelichting=[
            "De lasten stijgen in 2026 doordat de pandemische paraatheid wordt uitgebreid met een flexibele schil van",
            "getrainde medewerkers en een voorraad beschermingsmiddelen. Het Rijk financiert deze uitbreiding tot en met",
            "2026 met een specifieke uitkering; daarna daalt de uitkering en nemen ook de lasten af.",
        ]),
    "Gezondheidsbevordering": dict(
        bereiken=[
            "Meer inwoners leven gezond en de gezondheidsverschillen tussen inwoners worden kleiner. De GGD",
            "ondersteunt gemeenten met kennis over de gezondheid van hun inwoners en met bewezen effectieve",
            "interventies op het gebied van leefstijl, mentale gezondheid en gezonde leefomgeving.",
        ],
        prose2=[
            "De gezondheidsmonitor voor volwassenen en ouderen wordt in het najaar van 2026 opnieuw uitgevoerd. De",
            "uitkomsten per gemeente verschijnen in het voorjaar van 2027.",
        ],
        doen=["Ondersteunen van scholen bij het behalen van het vignet Gezonde School.",
              "Advisering van gemeenten bij hun lokale preventieakkoord.",
              "Uitvoeren van de gezondheidsmonitor en het beschikbaar stellen van de cijfers per gemeente.",
              "Advies over gezondheid en milieu, onder meer bij geluid, luchtkwaliteit en windparken."],
        toelichting=[
            "De lasten stijgen in 2026 beperkt, vooral door de indexatie. De baten bestaan uit subsidies van het",
            "Rijk voor de Gezonde School en uit bijdragen van zorgverzekeraars voor leefstijlprogramma's.",
        ]),
    "Veilig Thuis": dict(
        bereiken=[
            "Huiselijk geweld en kindermishandeling stoppen en slachtoffers zijn veilig. Veilig Thuis Tukkerland is",
            "het advies- en meldpunt voor iedereen die te maken heeft met huiselijk geweld of kindermishandeling, als",
            "slachtoffer, pleger, omstander of professional.",
        ],
        prose2=[
            f"Voor 2026 rekenen wij met {nl(d.G_PROSE['vt_meldingen_2026'])} meldingen en",
            f"{nl(d.G_PROSE['vt_adviezen_2026'])} adviesvragen. Het aantal meldingen stijgt al enkele jaren, vooral",
            "door meldingen van de politie.",
        ],
        doen=["Bereikbaar zijn voor advies en meldingen, 24 uur per dag en zeven dagen per week.",
              "Veiligheidsbeoordeling van iedere melding binnen vijf werkdagen.",
              "Onderzoek en overdracht aan de lokale teams van de gemeenten.",
              "Monitoren van de veiligheid na de overdracht."],
        toelichting=[
            "De lasten van Veilig Thuis stijgen in 2026 door de groei van het aantal meldingen en door de invoering",
            "van het landelijke Toekomstscenario kind- en gezinsbescherming, waarvoor extra medewerkers nodig zijn.",
            "De baten zijn een bijdrage van de centrumgemeente uit de decentralisatie-uitkering vrouwenopvang.",
        ]),
}
T_PROG, T_IND = {}, {}
for p in d.PROGS:
    t = PROG_TEXT[p]
    S.append(H(1, f"Programma {p}"))
    S.append("#columns(2, gutter: 10mm)[\n")
    S.append(H3("Wat willen we bereiken?"))
    S.append(P(*t["bereiken"]))
    S.append(P(*t["prose2"]))
    S.append("#colbreak()\n")
    S.append(H3("Wat gaan we daarvoor doen?"))
    S.append(bullets(t["doen"]))
    S.append("]\n\n")
    c, T_IND[p] = caption(f"Prestatie-indicatoren {p}", "Aantallen en percentages")
    S.append(c)
    ind_rows = []
    for name, vals in d.G_IND[p]:
        ind_rows.append(("row", name, [gd(v, 1) if isinstance(v, float) else nl(v) for v in vals], False))
    S.append(table(["1fr", "3cm", "3cm", "3cm"],
                   [hdr(["Indicator"]) + [cell(x, True, align="right") for x in
                                          ("Rekening 2024", "Begroting 2025", "Begroting 2026")]], ind_rows))
    S.append(H3("Wat mag het kosten?"))
    c, T_PROG[p] = caption(f"Lasten en baten {p}", "Bedragen x € 1.000")
    S.append(c)
    S.append(table(W6, header_years(), [
        ("row", "Lasten", [g(x) for x in L[p]], False),
        ("row", "Baten", [g(x) for x in B[p]], False),
        ("row", "Saldo programma", [g(B[p][i] - L[p][i]) for i in range(6)], True)]))
    S.append(H3("Toelichting"))
    S.append(P(*t["toelichting"]))
    S.append("#pagebreak()\n")

# ---- 7 Bijdragen
S.append(H(1, "Bijdragen van de deelnemende gemeenten"))
S.append(H(2, "Verdeling van de bijdrage"))
S.append(P(
    "De gemeenten betalen een bijdrage voor de basistaken en, als zij daarvoor kiezen, een bijdrage voor maatwerk.",
    "De bijdrage voor de basistaken is het tarief per inwoner maal het aantal inwoners van de gemeente op 1 januari",
    f"2025 volgens het CBS. Het tarief voor 2026 is € {dec(tar26, 2)} per inwoner (2025: € {dec(tar25, 2)}). De",
    "basistaken omvatten het basispakket jeugdgezondheidszorg, de infectieziektebestrijding, de algemene",
    "gezondheidsbevordering, Veilig Thuis en de overhead."))
S.append(P(
    "Maatwerk zijn aanvullende producten die een gemeente afzonderlijk afneemt, zoals extra contactmomenten in",
    "het voortgezet onderwijs, de inzet van een verpleegkundige in een sociaal wijkteam, een lokaal",
    "leefstijlprogramma of aanvullende inzet bij de aanpak van personen met verward gedrag. De bijdrage voor",
    "maatwerk wordt per gemeente in een dienstverleningsovereenkomst vastgelegd en tegen kostprijs berekend."))
S.append(P(
    "Bij de vaststelling van de begroting 2026 heeft het algemeen bestuur ingestemd met de uitbreiding van het",
    "basispakket met de extra huisbezoeken binnen Kansrijke Start. Deze uitbreiding is in het tarief verwerkt. De",
    "bijdrage voor 2025 in de laatste kolom is de bijdrage na de eerste begrotingswijziging 2025, inclusief maatwerk."))
S.append(P(
    "De onderstaande tabel geeft per gemeente het aantal inwoners, de bijdrage voor de basistaken en voor",
    "maatwerk, de totale bijdrage 2026 en de totale bijdrage per inwoner. Gemeenten die geen maatwerk afnemen",
    "betalen per inwoner precies het tarief voor de basistaken. De bijdragen voor de jaren 2027 tot en met 2029",
    "staan in bijlage 1; die zijn geïndexeerd en afgerond op duizenden euro's."))
S.append(P(
    "De bijdrage wordt in vier gelijke termijnen gefactureerd, in januari, april, juli en oktober. Een gemeente die",
    "maatwerk wil uitbreiden of beëindigen, meldt dat uiterlijk op 1 april van het voorafgaande jaar."))
S.append(H(2, "Ontwikkeling van de bijdragen"))
S.append(P(
    "De totale bijdrage van de gemeenten stijgt in 2026 door de indexatie en door de uitbreiding van het",
    "basispakket. Omdat het tarief per inwoner voor alle gemeenten gelijk is, stijgt de bijdrage voor de",
    "basistaken van een gemeente ook mee met haar aantal inwoners. Gemeenten met een groeiend aantal inwoners",
    "betalen daardoor iets meer dan de indexatie, gemeenten met een krimpend aantal inwoners iets minder."))
S.append(P(
    "Het maatwerk wordt jaarlijks geïndexeerd met hetzelfde percentage als het tarief. Nieuwe afspraken over",
    "maatwerk die na de vaststelling van deze begroting worden gemaakt, verwerken wij in een begrotingswijziging."))
S.append(H(2, "Bijdrage per gemeente 2026"))
c, T_BIJ = caption("Bijdrage per gemeente 2026", "Bedragen in euro's")
S.append(c)
bij_rows = []
for m in d.G_MEMBERS:
    bij_rows.append(("row", m, [nl(d.G_MEMBERS[m][0]), nl(d.G_BASIS26[m]), nl(d.G_MAATWERK26[m]) if d.G_MAATWERK26[m]
                                else "-", nl(d.G_TOTAAL26[m]), dec(d.G_PER_INW26[m], 2), nl(d.G_TOTAAL25[m])], False))
bij_rows.append(("row", "Totaal", [nl(d.G_INWONERS), nl(d.G_SUM_BASIS26), nl(d.G_SUM_MAATWERK26),
                                   nl(d.G_SUM_TOTAAL26), dec(round(d.G_SUM_TOTAAL26 / d.G_INWONERS, 2), 2),
                                   nl(d.G_SUM_TOTAAL25)], True))
S.append(table(["1fr", "3.1cm", "3.3cm", "3.1cm", "3.3cm", "2.8cm", "3.6cm"],
               [hdr(["Gemeente"]) + [cell(x, True, align="right") for x in
                                     ("Inwoners 1-1-2025", "Basistaken 2026", "Maatwerk 2026", "Totaal 2026",
                                      "Per inwoner 2026", "Totaal 2025 na wijziging")]], bij_rows))
S.append("#pagebreak()\n")

# ---- 8 Reserves
S.append(H(1, "Reserves"))
S.append(P(
    "GGD Tukkerland heeft een algemene reserve en drie bestemmingsreserves. De algemene reserve is bedoeld om",
    "financiële risico's op te vangen; het algemeen bestuur heeft het maximum bepaald op 5% van de totale lasten.",
    "Een voordelig resultaat boven dat maximum wordt aan de gemeenten terugbetaald."))
c, T_RES = caption("Verloop reserves", "Bedragen x € 1.000")
S.append(c)
rr = []
for n in d.G_RES_NAMES:
    rr.append(("row", n, [g(d.G_RES_STAND_2024[n]), g(d.G_RES_MUT25_NET[n]), g(d.G_RES_1_1_2026[n]),
                          g(d.G_RES_MUT[2026][n][0]), g(d.G_RES_MUT[2026][n][1]), g(d.G_RES_31_12_2026[n])], False))
rt = d.G_RES_TOT
rr.append(("row", "Totaal reserves", [g(rt["31-12-2024"]), g(rt["mut25"]), g(rt["1-1-2026"]), g(rt["toev26"]),
                                      g(rt["ontt26"]), g(rt["31-12-2026"])], True))
S.append(table(["1fr", "2.9cm", "2.9cm", "2.9cm", "2.9cm", "2.9cm", "2.9cm"],
               [hdr(["Reserve"]) + [cell(x, True, align="right") for x in
                                    ("Stand 31-12-2024", "Mutaties 2025", "Stand 1-1-2026", "Toevoeging 2026",
                                     "Onttrekking 2026", "Stand 31-12-2026")]], rr))
S.append(P(
    "De kolom mutaties 2025 bevat ook de toevoeging van het resultaat 2024 aan de algemene reserve. Een negatieve",
    "mutatie is een per saldo onttrekking."))
S.append(H3("Bestemmingsreserve frictiekosten"))
S.append(P(
    "Deze reserve dekt de tijdelijke kosten van de reorganisatie van de bedrijfsvoering, zoals",
    "boventallige medewerkers en dubbele huisvestingslasten. De reserve wordt in 2026, 2027 en 2028 afgebouwd."))
S.append(H3("Bestemmingsreserve pandemische paraatheid"))
S.append(P(
    "Deze reserve is gevormd uit het positieve resultaat van de coronajaren. Zij is bedoeld om bij een nieuwe",
    "uitbraak snel te kunnen opschalen, voordat aanvullende rijksmiddelen beschikbaar komen, en om tijdelijke",
    "tekorten op het programma Infectieziektebestrijding op te vangen."))
S.append(H3("Bestemmingsreserve huisvesting"))
S.append(P(
    "Uit deze reserve betalen wij het groot onderhoud en de verduurzaming van de panden in Almelo, Enschede en",
    "Hengelo. Jaarlijks wordt € 100.000 toegevoegd."))
S.append("#pagebreak()\n")

# ---- 9 Weerstandsvermogen
S.append(H(1, "Paragraaf weerstandsvermogen en risicobeheersing"))
S.append(P(
    "Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde",
    "weerstandscapaciteit. De benodigde capaciteit volgt uit de geïnventariseerde risico's: per risico het",
    "financiële effect maal de kans dat het zich voordoet."))
c, T_RISK = caption("Belangrijkste risico's", "Bedragen x € 1.000")
S.append(c)
S.append(table(["1fr", "2.4cm", "3.4cm", "4.2cm"],
               [hdr(["Risico"]) + [cell(x, True, align="right") for x in
                                   ("Kans", "Financieel effect", "Benodigde weerstandscapaciteit")]],
               [("row", n, [f"{int(p * 100)}%", g(e), g(b)], False) for (n, p, e), b in zip(d.G_RISKS, d.G_RISK_BEDRAG)]
               + [("row", "Totaal", ["", "", g(d.G_BENODIGD)], True)]))
S.append(P(
    "Het grootste risico is een uitbraak van een infectieziekte met grote omvang, waarbij de GGD moet opschalen",
    "voordat het Rijk extra middelen beschikbaar stelt. Daarnaast stijgt het aantal meldingen bij Veilig Thuis",
    "sneller dan de begroting. Ook houden wij rekening met loon- en prijsstijgingen boven de indexatie, met het",
    "wegvallen van de rijksbijdrage Kansrijke Start na 2026 en met de krapte op de arbeidsmarkt, waardoor wij",
    "duurdere tijdelijke krachten moeten inhuren."))
c, T_WV = caption("Weerstandsvermogen 2026", "Bedragen x € 1.000")
S.append(c)
S.append(table(["1fr", "4cm"], [hdr(["Omschrijving"]) + [cell("2026", True, align="right")]], [
    ("row", "Algemene reserve per 1 januari 2026", [g(d.G_RES_1_1_2026["Algemene reserve"])], False),
    ("row", "Post onvoorzien", [g(d.G_ONVOORZIEN)], False),
    ("row", "Beschikbare weerstandscapaciteit", [g(d.G_BESCHIKBAAR)], True),
    ("row", "Benodigde weerstandscapaciteit", [g(d.G_BENODIGD)], False),
    ("row", "Ratio weerstandsvermogen", [gd(d.G_RATIO, 2)], True),
]))
S.append(P(
    f"Met een ratio van {dec(d.G_RATIO, 2)} is het weerstandsvermogen ruim voldoende (waarderingsklasse B, ratio",
    "tussen 1,4 en 2,0). Het algemeen bestuur streeft naar een ratio van ten minste 1,0."))
S.append("#pagebreak()\n")

# ---- 10 Financiering en kengetallen
S.append(H(1, "Paragraaf financiering en kengetallen"))
S.append(P(
    "GGD Tukkerland financiert haar investeringen met langlopende leningen bij de BNG Bank. In 2026 wordt een",
    "nieuwe lening aangetrokken voor de verduurzaming van het pand in Enschede. De GGD blijft ruim binnen de",
    "kasgeldlimiet en de renterisiconorm."))
c, T_BAL = caption("Geprognosticeerde balans", "Bedragen x € 1.000")
S.append(c)
bal = d.G_BAL
S.append(table(["1fr", "3.4cm", "3.4cm", "3.4cm"],
               [hdr(["Balanspost"]) + [cell(x, True, align="right") for x in d.G_BAL_DATES]], [
    ("group", "Activa"),
    ("row", "Materiële vaste activa", [g(x) for x in bal["Materiële vaste activa"]], False),
    ("row", "Uitzettingen korter dan een jaar", [g(x) for x in bal["Uitzettingen korter dan een jaar"]], False),
    ("row", "Liquide middelen", [g(x) for x in d.G_LIQUIDE], False),
    ("row", "Overlopende activa", [g(x) for x in bal["Overlopende activa"]], False),
    ("row", "Totaal activa", [g(x) for x in d.G_PASSIVA_TOT], True),
    ("group", "Passiva"),
    ("row", "Eigen vermogen", [g(x) for x in d.G_EV], False),
    ("row", "Voorzieningen", [g(x) for x in bal["Voorzieningen"]], False),
    ("row", "Vaste schulden", [g(x) for x in bal["Vaste schulden"]], False),
    ("row", "Netto vlottende schulden", [g(x) for x in bal["Netto vlottende schulden"]], False),
    ("row", "Overlopende passiva", [g(x) for x in bal["Overlopende passiva"]], False),
    ("row", "Totaal passiva", [g(x) for x in d.G_PASSIVA_TOT], True)]))
c, T_KEN = caption("Financiële kengetallen", "Percentages")
S.append(c)
S.append(table(["1fr", "3.4cm", "3.4cm", "3.4cm"],
               [hdr(["Kengetal"]) + [cell(x, True, align="right") for x in
                                     ("Rekening 2024", "Begroting 2025", "Begroting 2026")]], [
    ("row", "Netto schuldquote", [gd(x) + "%" for x in d.G_NSQ], False),
    ("row", "Netto schuldquote gecorrigeerd voor alle verstrekte leningen", [gd(x) + "%" for x in d.G_NSQ], False),
    ("row", "Solvabiliteitsratio", [gd(x) + "%" for x in d.G_SOLV], False),
    ("row", "Structurele exploitatieruimte", [gd(x) + "%" for x in d.G_EXPLOITATIERUIMTE], False)]))
S.append(P(
    "De solvabiliteitsratio daalt in 2026 doordat de reserves afnemen en er een nieuwe lening wordt aangetrokken.",
    "De GGD verstrekt geen leningen; de gecorrigeerde netto schuldquote is daarom gelijk aan de netto schuldquote."))
S.append("#pagebreak()\n")

# ---- 11 Bedrijfsvoering
S.append(H(1, "Paragraaf bedrijfsvoering"))
S.append(P(
    f"De formatie van GGD Tukkerland groeit van {dec(d.G_FTE_TOT[0], 1)} fte in 2025 naar {dec(d.G_FTE_TOT[1], 1)}",
    "fte in 2026. De groei zit vooral bij de jeugdgezondheidszorg (Kansrijke Start) en bij Veilig Thuis.",
    f"Het overheadpercentage komt in 2026 uit op {dec(100 * L['Overhead'][2] / d.G_TOT_LASTEN[2], 1)}% van de",
    "totale lasten."))
c, T_FTE = caption("Formatie per programma", "In fte")
S.append(c)
S.append(table(["1fr", "3.4cm", "3.4cm"],
               [hdr(["Programma"]) + [cell(x, True, align="right") for x in ("Begroting 2025", "Begroting 2026")]],
               [("row", n, [gd(v[0]), gd(v[1])], False) for n, v in d.G_FTE.items()]
               + [("row", "Totaal", [gd(d.G_FTE_TOT[0]), gd(d.G_FTE_TOT[1])], True)]))
S.append(P(
    "Het ziekteverzuim lag in 2024 op 5,9%. Wij willen het verzuim terugbrengen naar 5,0% met een",
    "verzuimaanpak waarin leidinggevenden en de bedrijfsarts nauw samenwerken. Voor de informatievoorziening",
    "stappen wij in 2026 over op een nieuw cliëntdossier voor de jeugdgezondheidszorg."))
S.append("#pagebreak()\n")

# ---- Investeringen
S.append(H(1, "Paragraaf onderhoud kapitaalgoederen en investeringen"))
S.append(P(
    "GGD Tukkerland heeft weinig kapitaalgoederen: de panden in Almelo, Enschede en Hengelo, de inrichting van de",
    "consultatiebureaus en de ICT. Het onderhoud van de panden volgt een meerjarig onderhoudsplan; het groot",
    "onderhoud wordt betaald uit de bestemmingsreserve huisvesting."))
c, T_INV = caption("Investeringen 2026", "Bedragen x € 1.000")
S.append(c)
S.append(table(["1fr", "3.4cm", "4.2cm", "4.2cm"],
               [hdr(["Investering"]) + [cell(x, True, align="right") for x in
                                        ("Krediet", "Afschrijvingstermijn (jaren)", "Kapitaallasten eerste jaar")]],
               [("row", n, [g(kr), str(t), g(d.G_INV_KL[n])], False) for n, (kr, t) in d.G_INV.items()]
               + [("row", "Totaal", [g(sum(v[0] for v in d.G_INV.values())), "", g(sum(d.G_INV_KL.values()))], True)]))
S.append(P(
    "De kapitaallasten in het eerste volle jaar bestaan uit de afschrijving (lineair over de afschrijvingstermijn)",
    f"en een rente van {dec(100 * d.G_RENTE, 1)}% over het krediet. De investeringen worden geactiveerd in het",
    "jaar waarin zij gereed zijn."))
S.append("#pagebreak()\n")

# ---- Bijlage 1
S.append("#heading(numbering: none, level: 1)[Bijlage 1 Meerjarige bijdragen per gemeente]\n\n")
S.append(P(
    "De bijdragen voor 2027 tot en met 2029 zijn de bijdragen 2026 verhoogd met de verwachte indexatie van",
    f"{dec(100 * d.G_INDEX[2027], 1)}% in 2027, {dec(100 * d.G_INDEX[2028], 1)}% in 2028 en",
    f"{dec(100 * d.G_INDEX[2029], 1)}% in 2029. De bedragen zijn afgerond op duizenden euro's, zodat het totaal",
    "aansluit op het financieel overzicht."))
c, T_MJ = caption("Bijdrage per gemeente 2025-2029", "Bedragen x € 1.000")
S.append(c)
mj_rows = [("row", m, [g(d.G_BIJLAGE[y][m]) for y in (2025, 2026, 2027, 2028, 2029)], False) for m in d.G_MEMBERS]
mj_rows.append(("row", "Totaal", [g(d.G_BIJ_TOTAL[i]) for i in range(1, 6)], True))
S.append(table(["1fr"] + ["3.2cm"] * 5,
               [[cell("Gemeente", True, rowspan=2), cell("Begroting 2025 na wijziging", True, rowspan=2, align="right"),
                 cell("Begroting 2026", True, rowspan=2, align="right"),
                 cell("Meerjarenraming", True, colspan=3, align="center")],
                [cell("2027", True, align="right"), cell("2028", True, align="right"),
                 cell("2029", True, align="right")]], mj_rows))
S.append("#pagebreak()\n")

# ---- Bijlage 2
S.append("#heading(numbering: none, level: 1)[Bijlage 2 Begrippen]\n\n")
for term, expl in [
    ("Basistaken", "de taken die iedere deelnemende gemeente via de GGD laat uitvoeren en die met een tarief per "
                   "inwoner worden betaald."),
    ("Maatwerk", "aanvullende producten die een gemeente afzonderlijk afneemt op basis van een "
                 "dienstverleningsovereenkomst."),
    ("Begroting na wijziging", "de begroting inclusief de door het algemeen bestuur vastgestelde "
                               "begrotingswijzigingen."),
    ("Saldo van baten en lasten", "het verschil tussen de totale baten en de totale lasten, vóór de mutaties in de "
                                  "reserves; een negatief saldo is nadelig."),
    ("Geraamd resultaat", "het saldo van baten en lasten na toevoegingen aan en onttrekkingen uit de reserves."),
    ("Weerstandsvermogen", "de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit."),
    ("Solvabiliteitsratio", "het eigen vermogen als percentage van het balanstotaal."),
    ("JGZ", "jeugdgezondheidszorg, de zorg voor de gezondheid, groei en ontwikkeling van kinderen van 0 tot 18 jaar."),
    ("Veilig Thuis", "het advies- en meldpunt huiselijk geweld en kindermishandeling."),
]:
    S.append(f"*{esc(term)}* #h(0.4em) {esc(expl)}\n\n")

SRC = "".join(S)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    typ = HERE / "ggd-tukkerland-programmabegroting-2026.typ"
    typ.write_text(SRC, encoding="utf-8")
    pdf = typst.compile(str(typ), font_paths=FONTS)
    (OUT / d.G_FILE).write_bytes(pdf)
    print(f"wrote {OUT / d.G_FILE}")


if __name__ == "__main__":
    main()
