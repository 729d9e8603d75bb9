"""Veiligheidsregio Twente, Jaarstukken 2024 -- the body is real, every figure is FICTIONAL -- drawn with pycairo.

A4 portrait, Liberation Serif body and Liberation Sans tables, running header with a rule, page numbers as
"- 7 -", tables without vertical rules (a heavy rule above and a thin rule under the header, grey bands behind
total rows), captions above and the scale in an italic line under each table, negatives with a trailing minus
"1.234-", the member table split in two halves one under the other, a table of years as rows, a WNT table with
the items as rows.

Usage: python gen_vrt.py OUT_DIR   (writes veiligheidsregio-twente-jaarstukken-2024.pdf and layout/vrt.json)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import data as d
from fmt import dec, num_tm, thousands
from pdfdraw import Canvas, Col, Flow, Font, Row, Table

W, H = 595.0, 842.0
RED = "#A4161A"
GREY = "#555555"
SERIF = "Liberation Serif"
SANS = "Liberation Sans"
BODY = Font(SERIF, 10.0)
STYLES = {
    "body": BODY,
    "para_after": 6,
    "h1": (Font(SANS, 16, bold=True), RED, 0, 14),
    "h2": (Font(SANS, 12, bold=True), RED, 14, 8),
    "h3": (Font(SANS, 10, bold=True), "#000000", 9, 4),
    "h4": (Font(SERIF, 10, italic=True), "#000000", 4, 2),
    "h2_keep": 120, "h3_keep": 90, "h4_keep": 40,
    "table": {
        "font": Font(SANS, 8.0), "font_bold": Font(SANS, 8.0, bold=True),
        "font_head": Font(SANS, 7.8, bold=True), "lead": 1.3, "pad": 2.8,
        "head_rule_above": 1.1, "head_rule_below": 0.5, "rule_color": "#000000",
        "total_fill": "#E6E6E6", "bottom_rule": 1.1, "group_italic": False,
        "caption_font": Font(SANS, 9, bold=True), "caption_color": "#000000", "caption_after": 6,
        "note_font": Font(SERIF, 8.5, italic=True), "note_color": "#333333", "after": 12,
    },
}


def t(n: int) -> str:
    return num_tm(n)


def template(flow: Flow, first: bool):
    c = flow.c
    if not first:
        c.new_page(W, H)
    flow.x0, flow.x1, flow.top, flow.bottom = 70.0, 525.0, 78.0, 785.0
    flow.y = flow.top
    if c.page == 1:
        return
    c.text(70, 46, "Veiligheidsregio Twente", Font(SANS, 8, bold=True), RED)
    c.text(525, 46, "Jaarstukken 2024", Font(SANS, 8), GREY, "r")
    c.line(70, 52, 525, 52, 0.6, RED)
    c.text(297.5, 815, f"- {c.page} -", Font(SERIF, 9), "#000000", "c")


def title_page(c: Canvas):
    c.rect(0, 0, W, 250, RED)
    c.text(60, 120, "Veiligheidsregio Twente", Font(SANS, 28, bold=True), "#FFFFFF")
    c.text(60, 150, "Brandweer  ·  GHOR  ·  Crisisbeheersing  ·  Meldkamer", Font(SANS, 11), "#FFFFFF")
    c.text(60, 330, "Jaarstukken 2024", Font(SANS, 30, bold=True), "#000000")
    c.text(60, 360, "Jaarverslag en jaarrekening", Font(SERIF, 15), "#000000")
    c.text(60, 384, "Vastgesteld door het algemeen bestuur op 2 juli 2025", Font(SERIF, 11), GREY)
    c.rect(60, 470, 475, 118, "#F3F3F3")
    c.line(60, 470, 535, 470, 1.5, RED)
    y = 494
    for s, f in [
        ("FICTIEF DOCUMENT - VERZONNEN CIJFERS", Font(SANS, 11, bold=True)),
        ("De Veiligheidsregio Twente bestaat echt, maar dit document is niet door haar", Font(SERIF, 10.5)),
        ("gemaakt. Deze jaarstukken 2024 zijn geschreven voor een evaluatieset; alle", Font(SERIF, 10.5)),
        ("bedragen, aantallen, percentages en namen van functionarissen zijn verzonnen", Font(SERIF, 10.5)),
        ("en komen niet overeen met de werkelijke jaarstukken van de veiligheidsregio.", Font(SERIF, 10.5)),
    ]:
        c.text(74, y, s, f, "#000000")
        y += 18
    c.text(60, 790, "Enschede, juni 2025", Font(SERIF, 10), GREY)


def money_cols(first="Omschrijving", lw=175, last="Afwijking"):
    return [Col([first], lw, "l"), Col(["Begroting", "primitief 2024"], 70), Col(["Begroting na", "wijziging 2024"], 70),
            Col(["Realisatie", "2024"], 70), Col([last], 70)]


PROG_TEXT = {
    "Brandweer": {
        "doel": "De brandweer voorkomt, beperkt en bestrijdt brand en verleent hulp bij ongevallen en incidenten. "
                "Dat doen we met 31 brandweerposten, beroepskrachten en vrijwilligers, en door inwoners en bedrijven "
                "te helpen brand te voorkomen.",
        "gedaan": [
            "In 2024 rukte de brandweer 6.356 keer uit, 104 keer vaker dan in 2023. Vooral het aantal "
            "hulpverleningen nam toe, onder meer door stormschade in februari en wateroverlast in juni.",
            "Bij 76,4% van de uitrukken met prioriteit 1 was de eerste tankautospuit binnen de normtijd ter plaatse; "
            "de norm is 80%. De normtijd werd vooral niet gehaald in het landelijk gebied, doordat overdag te weinig "
            "vrijwilligers beschikbaar waren (dagdekking) in onder meer Weerselo, Vroomshoop en Langeveen. Met "
            "dagdienstposten en snelle interventievoertuigen willen we dit in 2025 verbeteren.",
            "Het aantal vrijwillige brandweermensen daalde naar 812. Er zijn 1.087 controles op brandveilig gebruik "
            "uitgevoerd; minder dan gepland omdat toezichthouders werden ingezet bij de vergunningverlening voor "
            "evenementen.",
        ],
        "toel": "De lasten van de brandweer waren € {l} lager dan begroot, vooral door vacatures bij de "
                "beroepsdienst en lagere kosten van de vrijwilligersvergoedingen. De baten waren € {b} hoger door "
                "maatwerk voor gemeenten en de doorbelasting van inzet bij grote incidenten.",
    },
    "GHOR": {
        "doel": "De GHOR zorgt ervoor dat de geneeskundige hulpverlening bij rampen, crises en grote evenementen goed "
                "is georganiseerd, samen met ambulancezorg, ziekenhuizen, huisartsen en de GGD.",
        "gedaan": [
            "De GHOR gaf 246 adviezen over evenementenveiligheid, onder meer voor motorsportevenementen en de grote "
            "zomerfestivals. 93% van de zorginstellingen heeft een actueel crisisplan.",
        ],
        "toel": "De lasten van de GHOR waren € {l} lager dan begroot door minder inhuur.",
    },
    "Crisisbeheersing": {
        "doel": "Crisisbeheersing zorgt dat de crisisorganisatie van de veiligheidsregio en de gemeenten voorbereid is "
                "op rampen en crises, met plannen, opleidingen en oefeningen.",
        "gedaan": [
            "In 2024 was de crisisorganisatie 14 keer opgeschaald (GRIP 1 of hoger), onder meer bij de "
            "wateroverlast in juni en een grote brand bij een recyclingbedrijf. Er zijn 12 oefeningen gehouden.",
        ],
        "toel": "De lasten van crisisbeheersing waren € {lneg} hoger dan begroot door de inzet bij de "
                "wateroverlast en de evaluatie daarvan.",
    },
    "Meldkamer": {
        "doel": "De meldkamer Oost-Nederland neemt 112-meldingen aan en alarmeert de brandweer. De veiligheidsregio "
                "betaalt een bijdrage voor de brandweertaken op de gezamenlijke meldkamer.",
        "gedaan": [
            "86,2% van de 112-meldingen voor de brandweer is binnen 2 minuten uitgegeven; de norm is 90%. Oorzaken "
            "zijn de invoering van een nieuw meldkamersysteem en personele krapte.",
        ],
        "toel": "De lasten van de meldkamer waren € {l} lager dan begroot door een lagere afrekening van de "
                "bijdrage aan de meldkamer Oost-Nederland.",
    },
    "Bedrijfsvoering": {
        "doel": "Bedrijfsvoering ondersteunt de programma's met personeel, financiën, informatievoorziening, "
                "huisvesting en materieel.",
        "gedaan": [
            "De formatie steeg naar 408,9 fte. Het ziekteverzuim was 6,1%, hoger dan de norm van 5,0%. In 2024 "
            "zijn de kazernes in Ootmarsum en Rijssen verduurzaamd.",
        ],
        "toel": "De lasten van bedrijfsvoering waren € {l} lager dan begroot door vacatures en lagere "
                "energiekosten; de baten waren € {b} hoger door de verhuur van oefenfaciliteiten.",
    },
}


def build(out_pdf: Path, toc: dict | None):
    c = Canvas(str(out_pdf), W, H, "Veiligheidsregio Twente - Jaarstukken 2024 (fictief)",
               "Fictief document (evaluatieset set-aw)", "Fictieve jaarstukken met verzonnen cijfers")
    flow = Flow(c, d.V_FILE, template, STYLES)
    title_page(c)
    flow.new_page()
    flow.heading("Inhoud", 1, toc=False)
    for lvl, text, page in (toc or {}).get("entries", []):
        flow.y += 14
        f = Font(SERIF, 10, bold=(lvl == 1))
        c.text(flow.x0 + (0 if lvl == 1 else 18), flow.y, text, f)
        c.text(flow.x1, flow.y, str(page), f, align="r")

    # ------------------------------------------------------------------ 1
    flow.new_page()
    flow.heading("1 Inleiding", 1)
    flow.heading("1.1 Voorwoord", 2)
    flow.para("Voor u liggen de jaarstukken 2024 van de Veiligheidsregio Twente. De veiligheidsregio is een "
              "gemeenschappelijke regeling van de veertien Twentse gemeenten: Almelo, Borne, Dinkelland, Enschede, "
              "Haaksbergen, Hellendoorn, Hengelo, Hof van Twente, Losser, Oldenzaal, Rijssen-Holten, Tubbergen, "
              "Twenterand en Wierden. Het algemeen bestuur bestaat uit de burgemeesters van deze gemeenten.")
    flow.para("2024 was een druk jaar voor onze brandweer: stormschade in februari, wateroverlast in juni en een "
              "aantal grote branden in het buitengebied. Tegelijk hadden we te maken met krapte op de arbeidsmarkt en "
              "een dalend aantal vrijwilligers. De opkomsttijden staan onder druk; in hoofdstuk 2 leest u wat we "
              "daaraan doen.")
    flow.heading("1.2 Het resultaat in één oogopslag", 2)
    flow.para(f"De jaarrekening 2024 sluit met een positief resultaat (overschot) van € {thousands(d.V_OVERSCHOT)}, "
              f"afgerond € 1,4 miljoen. De begroting na wijziging ging uit van een sluitend resultaat. Het overschot "
              f"komt vooral door lagere personeelslasten (vacatures) bij de brandweer en bedrijfsvoering en door "
              f"hogere baten uit maatwerk voor gemeenten.")
    flow.para(f"Het dagelijks bestuur stelt voor om € {thousands(d.V_NAAR_RESERVE)} toe te voegen aan de algemene "
              f"reserve en het restant van € {thousands(d.V_TERUG)} terug te betalen aan de deelnemende gemeenten, "
              f"naar rato van de verdeelsleutel 2024. Het bedrag per gemeente staat in tabel 4.2 (tweede deel).")
    flow.heading("1.3 Kerncijfers", 2)
    rows = [Row(["Deelnemende gemeenten", "14", "14"]),
            Row(["Inwoners werkgebied (1 januari)", thousands(d.V_MEMBER_TOT["inwoners"]), "635.412"]),
            Row(["Brandweerposten", "31", "31"]),
            Row(["Uitrukken brandweer", thousands(d.V_UITRUK_TOT[2024]), thousands(d.V_UITRUK_TOT[2023])]),
            Row(["Vrijwillige brandweermensen (31 december)", "812", "826"]),
            Row(["Formatie (fte, 31 december)", "408,9", "401,3"])]
    flow.table(Table("kerncijfers", [Col(["Kerncijfer"], 260, "l"), Col(["2024"], 80), Col(["2023"], 80)], rows,
                     caption="Tabel 1.1 Kerncijfers", notes_below=["Aantallen; inwoners per 1 januari van het jaar "
                                                                   "ervoor (peildatum verdeelsleutel)."]))

    # ------------------------------------------------------------------ 2
    flow.new_page()
    flow.heading("2 Programmaverantwoording", 1)
    flow.para("De begroting van de veiligheidsregio kent vijf programma's: Brandweer, GHOR, Crisisbeheersing, "
              "Meldkamer en Bedrijfsvoering. Per programma leest u wat we wilden bereiken, wat we hebben gedaan, hoe "
              "de prestatie-indicatoren uitkwamen en wat het heeft gekost.")
    for i, p in enumerate(d.V_PROG, 1):
        programme(flow, i, p)

    # ------------------------------------------------------------------ 3
    flow.new_page()
    flow.heading("3 Paragrafen", 1)
    flow.heading("3.1 Weerstandsvermogen en risicobeheersing", 2)
    flow.para("De beschikbare weerstandscapaciteit bestaat uit de algemene reserve. Eind 2024 is die "
              f"€ {thousands(d.V_RES_END['Algemene reserve'] * 1000)}. De benodigde capaciteit op basis van de "
              "risico's is € 1.850.000; de ratio weerstandsvermogen is daarmee 1,41 (voldoende). De grootste risico's "
              "zijn de uitkomst van de landelijke discussie over vrijwilligers (de Europese deeltijdrichtlijn), de "
              "kosten van de overgang naar de nieuwe meldkamer en de vervanging van materieel.")
    flow.heading("3.2 Financiering en kengetallen", 2)
    flow.para("De netto schuldquote is (vaste schulden + netto vlottende schulden + overlopende passiva - uitzettingen "
              "korter dan één jaar - liquide middelen - overlopende activa) gedeeld door de totale baten. De "
              "solvabiliteitsratio is het eigen vermogen gedeeld door het balanstotaal.")
    rows = [Row([lab, dec(a, 1) + "%", dec(b, 1) + "%", dec(c_, 1) + "%"]) for lab, a, b, c_ in d.V_KENG]
    flow.table(Table("v-kengetallen", [Col(["Kengetal"], 200, "l"), Col(["Rekening", "2023"], 75),
                                       Col(["Begroting", "2024"], 75), Col(["Rekening", "2024"], 75)], rows,
                     caption="Tabel 3.1 Financiële kengetallen", notes_below=["Percentages."]))
    flow.heading("3.3 Bedrijfsvoering", 2)
    flow.para("Eind 2024 werkten er 408,9 fte bij de veiligheidsregio (eind 2023: 401,3 fte). Naast de "
              "beroepsmedewerkers zijn er 812 vrijwillige brandweermensen. Het ziekteverzuim was 6,1%.")
    flow.heading("3.4 Wet normering topinkomens (WNT)", 2)
    flow.para("De WNT is van toepassing op de veiligheidsregio. Het bezoldigingsmaximum voor 2024 is € 233.000. "
              "Hieronder de bezoldiging van de topfunctionaris met dienstbetrekking. De leden van het algemeen en "
              "het dagelijks bestuur ontvangen geen bezoldiging van de veiligheidsregio.")
    w = d.V_WNT
    rows = [Row(["Functiegegevens", w["functie"]]),
            Row(["Aanvang en einde functievervulling in 2024", "01/01 - 31/12"]),
            Row(["Omvang dienstverband (als deeltijdfactor in fte)", "1,0"]),
            Row(["Dienstbetrekking?", "ja"]),
            Row(["Bezoldiging 2024", None], kind="group"),
            Row(["Beloning plus belastbare onkostenvergoedingen", thousands(w["2024"]["beloning"])]),
            Row(["Beloningen betaalbaar op termijn", thousands(w["2024"]["termijn"])]),
            Row(["Subtotaal", thousands(w["2024"]["sub"])]),
            Row(["Individueel toepasselijk bezoldigingsmaximum", thousands(w["2024"]["max"])]),
            Row(["-/- Onverschuldigd betaald en nog niet terugontvangen bedrag", "N.v.t."]),
            Row(["Bezoldiging", thousands(w["2024"]["sub"])], kind="subtotal"),
            Row(["Gegevens 2023", None], kind="group"),
            Row(["Beloning plus belastbare onkostenvergoedingen", thousands(w["2023"]["beloning"])]),
            Row(["Beloningen betaalbaar op termijn", thousands(w["2023"]["termijn"])]),
            Row(["Subtotaal", thousands(w["2023"]["sub"])]),
            Row(["Individueel toepasselijk bezoldigingsmaximum", thousands(w["2023"]["max"])]),
            Row(["Bezoldiging", thousands(w["2023"]["sub"])], kind="subtotal")]
    flow.table(Table("wnt", [Col(["Bedragen x € 1"], 235, "l"), Col([w["naam"]], 220)], rows,
                     caption="Tabel 3.2 Bezoldiging topfunctionaris met dienstbetrekking",
                     notes_below=["Bedragen in euro's (x € 1)."]))

    # ------------------------------------------------------------------ 4
    flow.new_page()
    flow.heading("4 Jaarrekening", 1)
    overzicht(flow)
    bijdragen(flow)
    reserves(flow)
    balans(flow)
    bestemming(flow)
    c.finish()
    return flow


def programme(flow: Flow, i: int, p):
    name = p[0]
    tx = PROG_TEXT[name]
    flow.heading(f"2.{i} {name}", 2)
    flow.heading("Wat wilden we bereiken?", 3)
    flow.para(tx["doel"])
    flow.heading("Wat hebben we gedaan?", 3)
    for s in tx["gedaan"]:
        flow.para(s)
    rows = [Row([r[0], r[1], r[2], r[3], r[4]]) for r in d.V_INDICATOREN[name]]
    flow.table(Table(f"v-ind-{name}", [Col(["Prestatie-indicator"], 215, "l"), Col(["Eenheid"], 45, "l"),
                                       Col(["Norm / doel", "2024"], 65), Col(["Realisatie", "2024"], 65),
                                       Col(["Realisatie", "2023"], 65)], rows,
                     caption=f"Tabel 2.{i}.1 Prestatie-indicatoren {name}"))
    if name == "Brandweer":
        uitrukken(flow)
    flow.heading("Wat heeft het gekost?", 3)
    af = d.V_PROG_AFW[name]
    rows = [Row(["Lasten", t(p[1]), t(p[2]), t(p[3]), t(af["lasten"])]),
            Row(["Baten", t(p[4]), t(p[5]), t(p[6]), t(af["baten"])]),
            Row([f"Saldo programma {name}", t(p[4] - p[1]), t(p[5] - p[2]), t(p[6] - p[3]), t(af["saldo"])],
                kind="total")]
    nr = 4 if name == "Brandweer" else 2
    flow.table(Table(f"v-kosten-{name}", money_cols(), rows, caption=f"Tabel 2.{i}.{nr} Wat heeft het gekost? {name}",
                     notes_below=["Bedragen x € 1.000. Saldo = baten - lasten; afwijking: een bedrag met een min "
                                  "erachter is nadelig."]))
    flow.para(tx["toel"].format(l=thousands(af["lasten"] * 1000), lneg=thousands(-af["lasten"] * 1000),
                                b=thousands(af["baten"] * 1000)))


def uitrukken(flow: Flow):
    flow.heading("Incidenten en uitrukken", 3)
    flow.para("De tabel hieronder toont het aantal uitrukken van de brandweer in de afgelopen vijf jaar, naar soort "
              "incident. Een uitruk is een alarmering van een brandweereenheid naar een incident.")
    rows = [Row([str(y), thousands(b), thousands(h), thousands(o), thousands(b + h + o)]) for (y, b, h, o) in d.V_UITRUK]
    flow.table(Table("v-uitrukken", [Col(["Jaar"], 60, "l"), Col(["Brand"], 70), Col(["Hulpverlening"], 80),
                                     Col(["Automatische en", "loze meldingen"], 95), Col(["Totaal", "uitrukken"], 80)],
                     rows, caption="Tabel 2.1.2 Uitrukken brandweer 2020-2024", notes_below=["Aantallen."]))
    rows = []
    for m in d.V_MEMBERS:
        n = d.V_UIT_GEM[m["naam"]]
        rows.append(Row([m["naam"], thousands(n), dec(1000 * n / m["inwoners"], 1)]))
    rows.append(Row(["Totaal", thousands(d.V_UITRUK_TOT[2024]),
                     dec(1000 * d.V_UITRUK_TOT[2024] / d.V_MEMBER_TOT["inwoners"], 1)], kind="total"))
    flow.table(Table("v-uitrukken-gem", [Col(["Gemeente"], 150, "l"), Col(["Uitrukken", "2024"], 80),
                                         Col(["Per 1.000", "inwoners"], 80)], rows,
                     caption="Tabel 2.1.3 Uitrukken per gemeente 2024",
                     notes_below=["Aantallen; per 1.000 inwoners op 1 januari 2023."]))


def overzicht(flow: Flow):
    flow.heading("4.1 Overzicht van baten en lasten", 2)
    flow.para("In het overzicht zijn de lasten en baten positief. Het saldo is baten min lasten; toevoegingen aan "
              "reserves staan met een min erachter, onttrekkingen zonder teken. In de kolom afwijking is een bedrag "
              "met een min erachter nadelig.")
    rows = [Row(["Lasten", None, None, None, None], kind="group")]
    for p in d.V_PROG:
        rows.append(Row([p[0], t(p[1]), t(p[2]), t(p[3]), t(p[2] - p[3])]))
    rows.append(Row(["Totaal lasten", t(d.V_L[0]), t(d.V_L[1]), t(d.V_L[2]), t(d.V_L[1] - d.V_L[2])], kind="subtotal"))
    rows.append(Row(["Baten", None, None, None, None], kind="group"))
    for p in d.V_PROG:
        rows.append(Row([p[0], t(p[4]), t(p[5]), t(p[6]), t(p[6] - p[5])]))
    for lab, v in (("Bijdragen deelnemende gemeenten", d.V_GEM), ("Rijksbijdrage (BDuR)", d.V_BDUR),
                   ("Overige algemene dekkingsmiddelen", d.V_OVERIG_ADM)):
        rows.append(Row([lab, t(v[0]), t(v[1]), t(v[2]), t(v[2] - v[1])]))
    rows.append(Row(["Totaal baten", t(d.V_B[0]), t(d.V_B[1]), t(d.V_B[2]), t(d.V_B[2] - d.V_B[1])], kind="subtotal"))
    s = d.V_SALDO
    rows.append(Row(["Saldo van baten en lasten", t(s[0]), t(s[1]), t(s[2]), t(s[2] - s[1])], kind="subtotal"))
    tv, ot = d.V_TOEV, d.V_ONTT
    rows.append(Row(["Toevoegingen aan reserves", t(-tv[0]), t(-tv[1]), t(-tv[2]), t(tv[1] - tv[2])]))
    rows.append(Row(["Onttrekkingen aan reserves", t(ot[0]), t(ot[1]), t(ot[2]), t(ot[2] - ot[1])]))
    r = d.V_RESULT
    rows.append(Row(["Resultaat", t(r[0]), t(r[1]), t(r[2]), t(r[2] - r[1])], kind="total"))
    flow.table(Table("v-overzicht", money_cols(), rows, caption="Tabel 4.1 Overzicht van baten en lasten 2024",
                     notes_below=["Bedragen x € 1.000."]))


def bijdragen(flow: Flow):
    flow.heading("4.2 Bijdragen van de deelnemende gemeenten", 2)
    flow.para("De gemeenten betalen een bijdrage volgens de verdeelsleutel van de veiligheidsregio. De verdeelsleutel "
              "is gebaseerd op het aantal inwoners op 1 januari 2023 en het risicoprofiel van de gemeente (onder meer "
              "de oppervlakte en het aantal brandweerposten). Gemeenten kunnen daarnaast maatwerk afnemen, zoals "
              "extra toezicht op brandveiligheid bij evenementen; dat wordt apart in rekening gebracht. De tabel staat "
              "in twee delen onder elkaar.")
    rows = []
    for m in d.V_MEMBERS:
        rows.append(Row([m["naam"], thousands(m["inwoners"]), dec(m["sleutel"], 2), thousands(m["begroot"]),
                         thousands(m["werkelijk"])]))
    T = d.V_MEMBER_TOT
    rows.append(Row(["Totaal", thousands(T["inwoners"]), "100,00", thousands(T["begroot"]), thousands(T["werkelijk"])],
                    kind="total"))
    flow.table(Table("v-bijdragen-1", [Col(["Gemeente"], 130, "l"), Col(["Inwoners", "1-1-2023"], 75),
                                       Col(["Verdeelsleutel", "2024 (%)"], 75), Col(["Bijdrage", "begroot 2024"], 85),
                                       Col(["Bijdrage", "werkelijk 2024"], 85)], rows,
                     caption="Tabel 4.2 Bijdragen per gemeente 2024", style={"after": 8}))
    rows = []
    for m in d.V_MEMBERS:
        rows.append(Row([m["naam"], thousands(m["maatwerk"]), thousands(m["terug"]), thousands(m["netto"]),
                         thousands(m["w2023"])]))
    rows.append(Row(["Totaal", thousands(T["maatwerk"]), thousands(T["terug"]), thousands(T["netto"]),
                     thousands(T["w2023"])], kind="total"))
    flow.table(Table("v-bijdragen-2", [Col(["Gemeente"], 130, "l"), Col(["Waarvan", "maatwerk 2024"], 75),
                                       Col(["Terugbetaling", "overschot 2024"], 75), Col(["Netto bijdrage", "2024"], 85),
                                       Col(["Bijdrage", "werkelijk 2023"], 85)], rows,
                     notes_below=["Bedragen in euro's; verdeelsleutel in procenten. Netto bijdrage = bijdrage werkelijk "
                                  "2024 - terugbetaling overschot 2024."]))


def reserves(flow: Flow):
    flow.heading("4.3 Reserves en voorzieningen", 2)
    flow.para(f"Het resultaat 2023 (€ {thousands(d.V_RESULT_2023 * 1000)}) is in 2024 bestemd: € 250.000 is "
              f"toegevoegd aan de algemene reserve en € {thousands(d.V_TERUG_2023 * 1000)} is terugbetaald aan de "
              f"gemeenten. Onttrekkingen staan in de tabel met een min erachter.")
    rows = []
    for name, s, b, tv, o in d.V_RESERVES:
        rows.append(Row([name, thousands(s), thousands(b), thousands(tv), t(-o), thousands(d.V_RES_END[name])]))
    tot = [sum(r[i] for r in d.V_RESERVES) for i in (1, 2, 3, 4)]
    rows.append(Row(["Totaal reserves", thousands(tot[0]), thousands(tot[1]), thousands(tot[2]), t(-tot[3]),
                     thousands(sum(d.V_RES_END.values()))], kind="total"))
    flow.table(Table("v-reserves", [Col(["Reserve"], 150, "l"), Col(["Stand", "1-1-2024"], 58),
                                    Col(["Bestemming", "resultaat 2023"], 66), Col(["Toevoeging"], 58),
                                    Col(["Onttrekking"], 58), Col(["Stand", "31-12-2024"], 62)], rows,
                     caption="Tabel 4.3 Verloop van de reserves", notes_below=["Bedragen x € 1.000."]))
    rows = []
    for name, s, tv, a in d.V_VOORZ:
        rows.append(Row([name, thousands(s), thousands(tv), t(-a), thousands(d.V_VOORZ_END[name])]))
    tot = [sum(v[i] for v in d.V_VOORZ) for i in (1, 2, 3)]
    rows.append(Row(["Totaal voorzieningen", thousands(tot[0]), thousands(tot[1]), t(-tot[2]),
                     thousands(sum(d.V_VOORZ_END.values()))], kind="total"))
    flow.table(Table("v-voorzieningen", [Col(["Voorziening"], 180, "l"), Col(["Stand", "1-1-2024"], 65),
                                         Col(["Toevoeging"], 65), Col(["Aanwending"], 65), Col(["Stand", "31-12-2024"], 65)],
                     rows, caption="Tabel 4.4 Verloop van de voorzieningen", notes_below=["Bedragen x € 1.000."]))


def balans(flow: Flow):
    flow.heading("4.4 Balans per 31 december 2024", 2)
    A, P = d.V_BAL_ACT, d.V_BAL_PAS
    rows = [Row(["Activa", None, None], kind="group")]
    for n, v in A.items():
        rows.append(Row([n, thousands(v[0]), thousands(v[1])]))
    rows.append(Row(["Totaal activa", thousands(d.V_BAL_ACT_TOT[0]), thousands(d.V_BAL_ACT_TOT[1])], kind="total"))
    rows.append(Row(["Passiva", None, None], kind="group"))
    for n in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"):
        rows.append(Row([n, thousands(P[n][0]), thousands(P[n][1])]))
    rows.append(Row(["Eigen vermogen", thousands(d.V_EV[0]), thousands(d.V_EV[1])], kind="subtotal"))
    for n in ("Voorzieningen", "Vaste schulden met een rentetypische looptijd van één jaar of langer",
              "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", "Overlopende passiva"):
        rows.append(Row([n, thousands(P[n][0]), thousands(P[n][1])]))
    rows.append(Row(["Totaal passiva", thousands(d.V_BAL_PAS_TOT[0]), thousands(d.V_BAL_PAS_TOT[1])], kind="total"))
    flow.table(Table("v-balans", [Col(["Balanspost"], 270, "l"), Col(["31-12-2024"], 80), Col(["31-12-2023"], 80)],
                     rows, caption="Tabel 4.5 Balans", notes_below=["Bedragen x € 1.000."]))


def bestemming(flow: Flow):
    flow.heading("4.5 Bestemming van het resultaat", 2)
    flow.para(f"Het algemeen bestuur wordt voorgesteld het positieve resultaat 2024 van € {thousands(d.V_OVERSCHOT)} "
              f"als volgt te bestemmen: € {thousands(d.V_NAAR_RESERVE)} toevoegen aan de algemene reserve om de "
              f"weerstandsratio op peil te houden, en € {thousands(d.V_TERUG)} terugbetalen aan de deelnemende "
              f"gemeenten naar rato van de verdeelsleutel 2024. De terugbetaling vindt plaats in het derde kwartaal "
              f"van 2025, na vaststelling van de jaarstukken door het algemeen bestuur.")


def toc_entries(flow: Flow):
    return [(h["level"], h["text"], h["page"]) for h in flow.log if h["type"] == "heading" and h["toc"]
            and h["level"] <= 2]


def main(out_dir: str):
    out = Path(out_dir)
    pdf = out / d.V_FILE
    toc = {"entries": [(2, "x", 0)] * 25}
    for _ in range(4):
        flow = build(pdf, toc)
        if toc_entries(flow) == toc["entries"]:
            break
        toc = {"entries": toc_entries(flow)}
    else:
        raise SystemExit("table of contents did not settle")
    lay = Path(__file__).resolve().parent / "layout"
    lay.mkdir(exist_ok=True)
    (lay / "vrt.json").write_text(json.dumps(flow.log, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {pdf} ({flow.c.page} pages)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
