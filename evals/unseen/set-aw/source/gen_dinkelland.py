"""Gemeente Dinkelland, Jaarstukken 2024 -- a FICTIONAL document (made-up figures) drawn with pycairo.

A4 landscape, a tinted sidebar with the chapter number and title on every page, a running header, tables with a
teal header band and thin rules between rows, negatives in brackets "(1.234)", amounts in whole euros with "€"
only in the total rows, overview and balance in x € 1.000 with the scale in a line under the table, row labels
that wrap with their figures on the last line, a reserve table that runs on over a page without its header.

Usage: python gen_dinkelland.py OUT_DIR   (writes dinkelland-jaarstukken-2024.pdf and layout/dinkelland.json)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import data as d
from fmt import dec, k, num_br, thousands
from pdfdraw import Canvas, Col, Flow, Font, Row, Table

W, H = 842.0, 595.0
TEAL = "#00736F"
GREY = "#5A5A5A"
SANS = "DejaVu Sans Condensed"
BODY = Font(SANS, 9.0)
STYLES = {
    "body": BODY,
    "para_after": 5,
    "h1": (Font(SANS, 17, bold=True), TEAL, 0, 12),
    "h2": (Font(SANS, 12.5, bold=True), TEAL, 12, 7),
    "h3": (Font(SANS, 10, bold=True), "#222222", 8, 4),
    "h4": (Font(SANS, 9, bold=True, italic=True), "#222222", 4, 2),
    "h2_keep": 175, "h3_keep": 150, "h4_keep": 45,
    "table": {
        "font": Font(SANS, 8.0), "font_bold": Font(SANS, 8.0, bold=True),
        "font_head": Font(SANS, 7.6, bold=True), "lead": 1.32, "pad": 2.6,
        "head_fill": TEAL, "head_color": "#FFFFFF", "row_rule": 0.35, "row_rule_color": "#B9CFCE",
        "total_rule_above": 0.9, "rule_color": TEAL, "bottom_rule": 0.9, "group_italic": True,
        "caption_font": Font(SANS, 9, bold=True), "caption_color": TEAL, "caption_after": 5,
        "note_font": Font(SANS, 7.4, italic=True), "note_color": GREY, "after": 12,
    },
}


def eur(n: int, total=False) -> str:
    return ("€ " if total else "") + num_br(n)


def template(flow: Flow, first: bool):
    c = flow.c
    if not first:
        c.new_page(W, H)
    ps = flow.page_state
    flow.x0, flow.x1, flow.top, flow.bottom = 178.0, 800.0, 58.0, 552.0
    flow.y = flow.top
    if c.page == 1:
        return
    c.rect(0, 0, 150, H, "#E4F0EF")
    ch = ps.get("chapter")
    if ch:
        num, title = ch
        c.text(28, 92, num, Font(SANS, 34, bold=True), TEAL)
        yy = 120
        for ln in SIDEBAR.get(title, [title]):
            c.text(28, yy, ln, Font(SANS, 10, bold=True), TEAL)
            yy += 13
    c.text(800, 32, "Gemeente Dinkelland  |  Jaarstukken 2024", Font(SANS, 7.5), GREY, "r")
    c.line(178, 38, 800, 38, 0.4, "#9BBFBD")
    c.text(800, 572, str(c.page), Font(SANS, 8, bold=True), TEAL, "r")


SIDEBAR = {"Programmaverantwoording": ["Programma-", "verantwoording"]}


def chapter(flow: Flow, num: str, title: str):
    flow.page_state["chapter"] = (num, title)
    flow.new_page()
    flow.heading(f"{num} {title}", 1)


def title_page(c: Canvas):
    c.rect(0, 0, 300, H, TEAL)
    c.text(40, 120, "Gemeente", Font(SANS, 20), "#FFFFFF")
    c.text(40, 150, "Dinkelland", Font(SANS, 30, bold=True), "#FFFFFF")
    c.text(340, 150, "Jaarstukken 2024", Font(SANS, 34, bold=True), TEAL)
    c.text(340, 180, "Jaarverslag en jaarrekening", Font(SANS, 15), "#333333")
    c.text(340, 205, "Aangeboden aan de gemeenteraad in de vergadering van 1 juli 2025", Font(SANS, 10), GREY)
    # the fictional notice
    c.rect(340, 300, 440, 120, "#FFF4D6")
    c.line(340, 300, 780, 300, 1.2, "#C98B00")
    lines = [
        ("FICTIEF DOCUMENT", Font(SANS, 12, bold=True)),
        ("Dit is geen publicatie van de gemeente Dinkelland. Deze jaarstukken 2024 zijn", Font(SANS, 9.5)),
        ("verzonnen voor een evaluatieset: alle bedragen, aantallen en percentages zijn", Font(SANS, 9.5)),
        ("fictief. Namen van gemeenten, kernen en samenwerkingsverbanden zijn echt; de", Font(SANS, 9.5)),
        ("cijfers erover niet.", Font(SANS, 9.5)),
    ]
    y = 322
    for s, f in lines:
        c.text(352, y, s, f, "#5A4100")
        y += 18
    c.text(40, 560, "Denekamp, juni 2025", Font(SANS, 9), "#FFFFFF")


def build(out_pdf: Path, toc: dict | None):
    c = Canvas(str(out_pdf), W, H, "Gemeente Dinkelland - Jaarstukken 2024 (fictief)", "Gemeente Dinkelland (fictief)",
               "Fictief document met verzonnen cijfers (evaluatieset set-aw)")
    flow = Flow(c, d.D_FILE, template, STYLES)
    title_page(c)

    # ---------------------------------------------------------------- inhoud + leeswijzer
    flow.page_state["chapter"] = None
    flow.new_page()
    flow.heading("Inhoudsopgave", 1, toc=False)
    entries = (toc or {}).get("entries", [])
    f = Font(SANS, 9)
    for lvl, text, page in entries:
        flow.y += 14
        ind = 0 if lvl == 1 else 16
        fb = f.but(bold=(lvl == 1))
        c.text(flow.x0 + ind, flow.y, text, fb)
        c.text(flow.x0 + 420, flow.y, str(page), fb, align="r")
    flow.y += 16
    flow.heading("Leeswijzer", 2, toc=False)
    flow.para("Deze jaarstukken bestaan uit het jaarverslag (de programmaverantwoording per ambitie en de "
              "paragrafen) en de jaarrekening (het overzicht van baten en lasten, de balans en de toelichtingen). "
              "Per ambitie leest u wat we hebben bereikt, hoe de beleidsindicatoren zich ontwikkelden (streefwaarde "
              "en realisatie), wat het heeft gekost en hoe de belangrijkste afwijkingen zijn ontstaan.")
    flow.para("In de tabellen 'Wat heeft het gekost?' staan de bedragen in hele euro's; het euroteken staat alleen "
              "in de totaalregels. Lasten en baten zijn positief. De kolom Verschil geeft het verschil tussen de "
              "begroting na wijziging en de rekening: een positief bedrag is voordelig, een bedrag tussen haakjes, "
              "zoals (1.234), is nadelig. Een saldo tussen haakjes is een nadelig saldo. Het overzicht van baten en "
              "lasten en de balans zijn in duizenden euro's (x € 1.000); de schaal staat onder de tabel.")

    # ---------------------------------------------------------------- 1 Inleiding
    chapter(flow, "1", "Inleiding")
    flow.heading("1.1 Aanbieding", 2)
    flow.para(f"Hierbij bieden wij u de jaarstukken 2024 van de gemeente Dinkelland aan. De jaarrekening 2024 sluit "
              f"met een positief resultaat van € {thousands(d.D_RESULT[2])}. In de begroting na wijziging was nog "
              f"uitgegaan van een tekort van € {thousands(-d.D_RESULT[1])}; de primitieve begroting 2024 sloot met een "
              f"klein overschot van € {thousands(d.D_RESULT[0])}.")
    flow.para("Het jaar 2024 stond in het teken van de invoering van de één toegang in het sociaal domein, de bouw van "
              "het kindcentrum in Saasveld, de reconstructie van de Hoofdstraat in Denekamp en de uitvoering van het "
              "sport- en cultuurakkoord. Tegelijk stegen de kosten van jeugdhulp en Wmo-maatwerk verder.")
    flow.heading("1.2 Financiële hoofdlijnen", 2)
    au_diff = d.AU[2] - d.AU[1]
    flow.para(f"Het verschil tussen het begrote tekort en het werkelijke overschot bedraagt per saldo "
              f"€ {thousands(d.D_RESULT[2] - d.D_RESULT[1])}. De belangrijkste oorzaken zijn een hogere algemene "
              f"uitkering uit het gemeentefonds (€ {thousands(au_diff)} meer dan begroot, vooral door de "
              f"decembercirculaire 2024), de winstneming op de grondexploitatie Denekamp-Noord en een niet besteed "
              f"uitvoeringsbudget energietransitie. Daartegenover staan hogere kosten voor jeugdhulp en Wmo-maatwerk.")
    flow.para("Het resultaat per ambitie en de analyse van de afwijkingen staan in hoofdstuk 2. Ons voorstel voor de "
              "bestemming van het resultaat staat in paragraaf 4.5.")
    flow.heading("1.3 Kerngegevens", 2)
    rows = []
    grp = None
    for g, lab, v23, v24 in d.D_KERN:
        if g != grp:
            rows.append(Row([g, None, None], kind="group"))
            grp = g
        rows.append(Row([lab, thousands(v23), thousands(v24)]))
    flow.table(Table("kern", [Col(["Kerngegeven"], 250, "l"), Col(["31-12-2023"], 90), Col(["31-12-2024"], 90)],
                     rows, caption="Tabel 1.1 Kerngegevens",
                     notes_below=["Aantallen; bron: basisregistratie personen en eigen registraties."]))

    # ---------------------------------------------------------------- 2 Programmaverantwoording
    chapter(flow, "2", "Programmaverantwoording")
    flow.para("De begroting 2024 van Dinkelland is opgebouwd uit vier ambities: Inclusieve samenleving, Vitale en "
              "leefbare kernen, Duurzaam Dinkelland en Dienstverlenende gemeente. Per ambitie verantwoorden wij "
              "wat we hebben bereikt, wat we daarvoor hebben gedaan en wat het heeft gekost.")
    for a in d.AMBITIES:
        ambitie_section(flow, a)
    # 2.5 algemene dekkingsmiddelen
    flow.heading("2.5 Algemene dekkingsmiddelen", 2)
    flow.para(f"De algemene dekkingsmiddelen zijn de inkomsten die niet aan een bepaald doel zijn gebonden: de "
              f"onroerendezaakbelastingen, de algemene uitkering uit het gemeentefonds, dividenden en het saldo van de "
              f"financieringsfunctie. De algemene uitkering 2024 bedroeg € {thousands(d.AU[2])}; dat is "
              f"€ {thousands(au_diff)} meer dan de begroting na wijziging. Dit komt vooral door de decembercirculaire "
              f"2024: hogere accressen en een compensatie voor de loon- en prijsontwikkeling. Het dividend van Vitens "
              f"en BNG Bank was samen € {thousands(d.VP[5][5] + d.VP[6][5])}.")
    rows = [Row(["Lasten", None, None, None, None], kind="group")]
    l = d.ADM_LASTEN
    rows.append(Row([l[0], eur(l[1]), eur(l[2]), eur(l[3]), eur(l[2] - l[3])]))
    rows.append(Row(["Baten", None, None, None, None], kind="group"))
    for b in d.ADM_BATEN:
        rows.append(Row([b[0], eur(b[1]), eur(b[2]), eur(b[3]), eur(b[3] - b[2])]))
    tb = d.ADM_TOT_B
    rows.append(Row(["Totaal algemene dekkingsmiddelen (baten)", eur(tb[0], True), eur(tb[1], True),
                     eur(tb[2], True), eur(tb[2] - tb[1], True)], kind="total"))
    flow.table(Table("adm", cost_cols(), rows, caption="Tabel 2.5 Algemene dekkingsmiddelen",
                     notes_below=["Bedragen in euro's. Verschil: positief = voordelig, tussen haakjes = nadelig."]))
    flow.heading("2.6 Overhead, vennootschapsbelasting en onvoorzien", 2)
    flow.para(f"De kosten van overhead (de bedrijfsvoering die niet direct aan een ambitie is toe te rekenen) waren "
              f"€ {thousands(d.OVERHEAD[0][3])}, tegen € {thousands(d.OVERHEAD[0][2])} begroot na wijziging. Over "
              f"2024 is geen vennootschapsbelasting verschuldigd. De post onvoorzien (€ {thousands(d.ONVOORZIEN[2])} na "
              f"wijziging) is niet aangesproken.")

    # ---------------------------------------------------------------- 3 Paragrafen
    chapter(flow, "3", "Paragrafen")
    lokale_heffingen(flow)
    weerstand(flow)
    kengetallen(flow)
    verbonden_partijen(flow)

    # ---------------------------------------------------------------- 4 Jaarrekening
    chapter(flow, "4", "Jaarrekening")
    overzicht(flow)
    balans(flow)
    reserves(flow)
    voorzieningen(flow)
    resultaatbestemming(flow)
    c.finish()
    return flow


def cost_cols(label="Omschrijving", lw=232):
    return [Col([label], lw, "l"), Col(["Begroting", "primitief 2024"], 92), Col(["Begroting", "na wijziging 2024"], 92),
            Col(["Rekening", "2024"], 92), Col(["Verschil"], 86)]


AMB_TEXT = {
    "IS": {
        "intro": "Een samenleving waarin iedereen mee doet, dat noemen we een inclusieve samenleving. Samen met "
                 "inwoners, verenigingen, ondernemers en maatschappelijke organisaties geven we hier invulling aan. "
                 "We willen de ondersteuning en zorg kwalitatief goed, betaalbaar en bereikbaar houden. De ambitie "
                 "kent vier actielijnen: Langer gezond, Versterken sociale basis, Zorg meer nabij en Meer inwoners "
                 "kunnen meedoen.",
        "actielijnen": [
            ("Langer gezond",
             "Doel: Nog meer inwoners werken aan hun gezondheid en kijken (samen) om naar anderen en zijn in staat "
             "hen te activeren deel te nemen aan de samenleving.",
             "Het sportakkoord en het cultuurakkoord zijn in 2024 in alle kernen uitgevoerd; 23 sportverenigingen "
             "werken met het maatschappelijk kader sociaal domein. Het IJslands preventiemodel is op alle drie de "
             "scholen voor voortgezet onderwijs ingevoerd en de integrale aanpak van de kampeerfeesten is voor het "
             "tweede jaar toegepast. Uit de Volwassenen- en ouderenmonitor 2024 blijkt dat 87% van de inwoners een "
             "goede gezondheid ervaart; dat is minder dan de streefwaarde van 92%. Het aandeel inwoners dat voldoende "
             "beweegt steeg naar 64%."),
            ("Versterken sociale basis",
             "Doel: De niet-professionele algemene voorzieningen zoals vrijwilligersorganisaties en "
             "inwonersinitiatieven zijn beter toegerust om inwoners te ondersteunen bij het bereiken van een "
             "positieve gezondheid.",
             f"Uit het leefbaarheidsfonds zijn in 2024 {d.D_PROSE['initiatieven']} inwonersinitiatieven ondersteund "
             f"met in totaal € {thousands(d.D_PROSE['leefbaarheidsfonds'])}, onder meer open eettafels in Rossum en "
             "Weerselo, een beweegtuin in Tilligte en koffieochtenden in Deurningen. De vrijwilligersondersteuning is "
             "ondergebracht bij één steunpunt. Een deel van het budget is niet besteed omdat initiatieven later "
             "startten dan gepland."),
            ("Zorg meer nabij",
             "Doel: Professionals zijn beter toegerust, dichterbij en werken beter samen om inwoners te ondersteunen "
             "bij het bereiken van een positieve gezondheid.",
             "Sinds 1 april 2024 werkt de één toegang vanuit het gemeentehuis in Denekamp en het servicepunt in "
             "Ootmarsum. Door de drukte in de toegang zijn tijdelijk sociaal werkers ingehuurd. De cliënttevredenheid "
             "Jeugd daalde naar een 7,4 (nulmeting 2018: 7,7). De praktijkondersteuner Jeugd werkt nu in vijf "
             "huisartsenpraktijken; toch werd 29% van de jeugdindicaties door een huisarts afgegeven."),
            ("Meer inwoners kunnen meedoen",
             "Doel: Meer inwoners ervaren een positievere gezondheid door de inzet van een maatwerkvoorziening.",
             f"In 2024 ontvingen {thousands(d.D_PROSE['jeugdigen'])} jeugdigen jeugdhulp (2023: "
             f"{thousands(d.D_PROSE['jeugdigen_2023'])}). Het aantal huishoudens met een Wmo-maatwerkvoorziening "
             f"steeg naar {thousands(d.D_PROSE['wmo_huishoudens'])}. Het Noaberhoes in Denekamp bood werk en "
             f"daginvulling aan 64 inwoners en de gemeente huisvestte {d.D_PROSE['statushouders']} statushouders. De "
             "kosten van jeugdhulp en Wmo-maatwerk waren hoger dan begroot; zie de analyse van de afwijkingen."),
        ],
        "analyse": {
            "Jeugdhulp met verblijf en ambulante jeugdhulp":
                "Het aantal jeugdigen met jeugdhulp steeg van 1.148 naar 1.212 en meer jeugdigen kregen jeugdhulp met "
                "verblijf in een gezinshuis of een residentiële voorziening. Daarnaast stegen de tarieven van de "
                "Twentse inkoop met 7,8% door de loon- en prijsontwikkeling. De stijging in het vierde kwartaal was "
                "bij de tweede bestuursrapportage niet voorzien.",
            "Wmo-maatwerk: hulp bij het huishouden en begeleiding":
                "Door het abonnementstarief en de vergrijzing nam het aantal huishoudens met hulp bij het huishouden "
                "toe. Wij verwachten dat deze stijging structureel is.",
            "Rijksbijdrage BUIG (bijstandsuitkeringen)":
                "De definitieve rijksbijdrage BUIG 2024 was hoger dan de voorlopige beschikking waarop de begroting "
                "was gebaseerd.",
            "Eén toegang: inhuur sociaal werkers":
                "Om de wachttijden in de nieuwe één toegang te beperken zijn tijdelijk sociaal werkers ingehuurd.",
            "Leefbaarheidsfonds en vrijwilligersondersteuning":
                "Een deel van de inwonersinitiatieven start pas in 2025; het budget is daardoor in 2024 niet volledig "
                "besteed.",
        },
    },
    "VLK": {
        "intro": "Dinkelland wil vitale en leefbare kernen, waar inwoners prettig wonen, werken en recreëren en waar "
                 "voorzieningen op peil blijven. Daarvoor bouwen we woningen voor starters en ouderen, onderhouden "
                 "we wegen en groen en versterken we recreatie en toerisme.",
        "bereikt": [
            "In 2024 zijn 96 nieuwbouwwoningen opgeleverd, vooral in Denekamp-Noord en Weerselo. Dat is minder dan de "
            "streefwaarde van 120 woningen; netcongestie en een bezwaarprocedure vertraagden twee projecten.",
            "Het fietspad Lattrop - Tilligte is in september 2024 opgeleverd. De reconstructie van de Hoofdstraat in "
            "Denekamp loopt volgens planning en is in het voorjaar van 2025 klaar. De bouw van het kindcentrum in "
            "Saasveld is in maart 2024 gestart.",
            "Het aantal toeristische overnachtingen steeg naar 1.212.431. De opbrengst van de toeristenbelasting was "
            "daardoor hoger dan begroot.",
        ],
        "analyse": {
            "Winstneming grondexploitatie Denekamp-Noord":
                "Door de verkoop van 34 kavels in Denekamp-Noord is een tussentijdse winst genomen. De winst is "
                "toegevoegd aan de reserve grondexploitatie.",
            "Leges omgevingsvergunningen":
                "Er zijn meer en grotere bouwaanvragen ingediend dan verwacht, onder meer voor agrarische "
                "bedrijfsgebouwen.",
            "Startersleningen en volkshuisvesting":
                "Er zijn minder startersleningen verstrekt dan begroot.",
            "Toeristenbelasting":
                "Het aantal overnachtingen was hoger dan begroot; wij verwachten dat dit voordeel structureel is.",
            "Gladheidsbestrijding en onderhoud wegen":
                "De winter van 2024 vroeg meer strooiacties dan begroot.",
            "Onderwijshuisvesting en sportaccommodaties":
                "Het onderhoud van twee gymzalen is doorgeschoven naar 2025.",
            "Economische zaken: lagere uitvoeringskosten":
                "De uitvoering van het programma vrijetijdseconomie viel lager uit.",
        },
    },
    "DD": {
        "intro": "Met Duurzaam Dinkelland werken we aan een schone en klimaatbestendige gemeente: minder restafval, "
                 "een goed onderhouden riolering, de energietransitie en klimaatadaptatie.",
        "bereikt": [
            "In 2024 zijn 187 woningen verduurzaamd met de energiebespaarlening; de streefwaarde was 150. Op "
            "veertien hectare zijn zonnepanelen in gebruik genomen.",
            "De hoeveelheid restafval daalde naar 102 kilogram per inwoner, maar bleef boven de streefwaarde van 95 "
            "kilogram.",
            "Het uitvoeringsbudget energietransitie is voor een deel niet besteed omdat de wijkaanpak voor de "
            "warmtetransitie in Saasveld is uitgesteld. Wij stellen voor om € 300.000 via de resultaatbestemming "
            "opnieuw beschikbaar te stellen.",
        ],
        "analyse": {
            "Energietransitie: uitvoeringsbudget niet besteed":
                "De wijkaanpak warmtetransitie in Saasveld is uitgesteld tot 2025 omdat de netbeheerder de "
                "capaciteit niet tijdig kon leveren.",
            "Riolering: lagere onderhoudskosten":
                "Het geplande relinen van riolering in Ootmarsum is aanbesteed tegen een lagere prijs.",
            "Afvalinzameling: lagere verwerkingskosten":
                "Door minder restafval waren de verwerkingskosten lager.",
        },
    },
    "DG": {
        "intro": "Als dienstverlenende gemeente staan we dichtbij onze inwoners en ondernemers: digitaal waar het kan, "
                 "persoonlijk waar het moet. Tot deze ambitie rekenen we ook bestuur, samenwerking en openbare orde "
                 "en veiligheid, waaronder de bijdrage aan de Veiligheidsregio Twente.",
        "bereikt": [
            "Inwoners gaven de dienstverlening een 7,6 in de inwonerspeiling 2024. Het aantal aanvragen voor "
            "reisdocumenten lag hoger dan verwacht door de vervanging van paspoorten die in 2014 zijn uitgegeven.",
            "Slechts 74% van de Woo-verzoeken is binnen de wettelijke termijn afgehandeld, door een groot aantal "
            "omvangrijke verzoeken over de windparken.",
        ],
        "analyse": {
            "Leges reisdocumenten en rijbewijzen":
                "Door de paspoortpiek zijn meer reisdocumenten aangevraagd dan begroot.",
            "Dienstverlening: vacatureruimte":
                "Vacatures bij burgerzaken zijn later ingevuld.",
        },
    },
}


def ambitie_section(flow: Flow, a: dict):
    key, nr, name = a["key"], a["nr"], a["name"]
    txt = AMB_TEXT[key]
    flow.heading(f"2.{nr} {name}", 2)
    flow.para(txt["intro"])
    flow.heading("Wat hebben we bereikt?", 3)
    if key == "IS":
        for al, doel, ber in txt["actielijnen"]:
            flow.heading(f"Actielijn {al}", 4, toc=False)
            flow.para(doel, f=BODY.but(italic=True), after=2)
            flow.para(ber)
    else:
        for p in txt["bereikt"]:
            flow.para(p)
    # beleidsindicatoren
    rows = [Row([i[0], i[1], i[2], i[3], i[4], i[5]]) for i in d.INDICATOREN[key]]
    flow.table(Table(f"ind-{key}", [Col(["Indicator"], 222, "l"), Col(["Eenheid"], 44, "l"),
                                    Col(["Nulmeting"], 78), Col(["Streefwaarde", "2024"], 66),
                                    Col(["Realisatie", "2024"], 66), Col(["Bron"], 146, "l", wrap=True, lpad=12)],
                     rows, caption=f"Tabel 2.{nr}.1 Beleidsindicatoren {name}"))
    if key == "VLK":
        kredieten(flow)
    # wat heeft het gekost
    flow.ensure(60 + 16.5 * (2 * len(a["lasten"]) + 6))
    flow.heading("Wat heeft het gekost?", 3)
    rows = [Row(["Lasten", None, None, None, None], kind="group")]
    for (lab, p, n, r), v in zip(a["lasten"], a["vl"]):
        rows.append(Row([lab, eur(p), eur(n), eur(r), eur(v)]))
    tl = a["tot_l"]
    rows.append(Row(["Totaal lasten", eur(tl[0], True), eur(tl[1], True), eur(tl[2], True), eur(a["v_tot_l"], True)],
                    kind="total"))
    rows.append(Row(["Baten", None, None, None, None], kind="group"))
    for (lab, p, n, r), v in zip(a["baten"], a["vb"]):
        rows.append(Row([lab, eur(p), eur(n), eur(r), eur(v)]))
    tb = a["tot_b"]
    rows.append(Row(["Totaal baten", eur(tb[0], True), eur(tb[1], True), eur(tb[2], True), eur(a["v_tot_b"], True)],
                    kind="total"))
    s = a["saldo"]
    rows.append(Row(["Saldo van baten en lasten", eur(s[0], True), eur(s[1], True), eur(s[2], True),
                     eur(a["v_saldo"], True)], kind="total"))
    flow.table(Table(f"kosten-{key}", cost_cols(), rows, caption=f"Tabel 2.{nr}.2 Wat heeft het gekost? {name}",
                     notes_below=["Bedragen in euro's. Verschil: positief = voordelig, tussen haakjes = nadelig."],
                     keep_caption_with=6))
    # analyse
    flow.ensure(90 + 13 * (len(d.ANALYSE[key]) + 3))
    flow.heading("Analyse van de afwijkingen", 3)
    rows = []
    for lab, lb, amt, vn, is_ in d.ANALYSE[key]:
        rows.append(Row([lab, "lasten" if lb == "L" else "baten", thousands(amt), vn, is_]))
    rest = d.ANALYSE_TOT[key]["rest"]
    rows.append(Row(["Overige afwijkingen (per saldo)", "", thousands(abs(rest)), "V" if rest >= 0 else "N", ""]))
    tot = d.ANALYSE_TOT[key]["total"]
    rows.append(Row([f"Totaal afwijkingen {name}", "", thousands(abs(tot)), "V" if tot >= 0 else "N", ""],
                    kind="total"))
    flow.table(Table(f"analyse-{key}", [Col(["Omschrijving"], 300, "l"), Col(["Lasten/baten"], 70, "l"),
                                        Col(["Bedrag"], 70), Col(["V/N"], 34, "l", lpad=8), Col(["I/S"], 34, "l", lpad=4)],
                     rows, caption=f"Tabel 2.{nr}.3 Analyse van de afwijkingen {name}",
                     notes_below=["Bedragen x € 1.000. V = voordeel, N = nadeel; I = incidenteel, S = structureel."]))
    for lab, lb, amt, vn, is_ in d.ANALYSE[key]:
        head = (f"{lab}: € {thousands(amt * 1000)} {'voordelig' if vn == 'V' else 'nadelig'}, "
                f"{'incidenteel' if is_ == 'I' else 'structureel'}")
        flow.para(head, f=BODY.but(bold=True), after=1)
        flow.para(txt["analyse"][lab])


def kredieten(flow: Flow):
    flow.heading("Investeringen", 3)
    flow.para("De raad stelde voor de onderstaande investeringen een krediet beschikbaar. De tabel toont de uitgaven "
              "tot en met 2023, de uitgaven in 2024 en het restant van het krediet.")
    rows = []
    for name, kr, t23, r24, gereed in d.KREDIETEN:
        x = d.KRED[name]
        rows.append(Row([name, eur(kr), eur(t23), eur(r24), eur(x["tot"]), eur(x["rest"]), gereed]))
    t = d.KRED_TOT
    rows.append(Row(["Totaal", eur(t["krediet"], True), eur(t["tm2023"], True), eur(t["r2024"], True),
                     eur(t["tot"], True), eur(t["rest"], True), ""], kind="total"))
    flow.table(Table("kredieten", [Col(["Investering"], 190, "l"), Col(["Krediet"], 76), Col(["Realisatie", "t/m 2023"], 76),
                                   Col(["Realisatie", "2024"], 76), Col(["Totale", "realisatie"], 76),
                                   Col(["Restant", "krediet"], 76), Col(["Gereed"], 48, "l", lpad=10)],
                     rows, caption="Tabel 2.2.4 Investeringskredieten Vitale en leefbare kernen",
                     notes_below=["Bedragen in euro's."]))


def lokale_heffingen(flow: Flow):
    flow.heading("3.1 Lokale heffingen", 2)
    flow.para("De gemeente heft onroerendezaakbelastingen (OZB), afvalstoffenheffing, rioolheffing, "
              "toeristenbelasting en leges. De OZB-tarieven zijn in 2024 verhoogd met de inflatiecorrectie van 4,2%. "
              "De tarieven zijn een percentage van de WOZ-waarde.")
    rows = [Row([lab, "0,1008%" if i == 0 else ("0,2290%" if i == 1 else "0,1835%"), pct])
            for i, (lab, pct, _) in enumerate(d.OZB_TARIEF)]
    flow.table(Table("ozb-tarief", [Col(["Categorie"], 200, "l"), Col(["Tarief 2023"], 80), Col(["Tarief 2024"], 80)],
                     rows, caption="Tabel 3.1.1 Tarieven onroerendezaakbelastingen",
                     notes_below=["Tarief in procenten van de WOZ-waarde."]))
    rows = []
    for lab, b, w in d.HEFFINGEN:
        rows.append(Row([lab, eur(b), eur(w), eur(w - b)]))
    rows.append(Row(["Totaal opbrengst lokale heffingen", eur(d.HEF_TOT[0], True), eur(d.HEF_TOT[1], True),
                     eur(d.HEF_TOT[1] - d.HEF_TOT[0], True)], kind="total"))
    flow.table(Table("heffingen", [Col(["Heffing"], 250, "l"), Col(["Begroot 2024", "(na wijziging)"], 96),
                                   Col(["Werkelijk", "2024"], 96), Col(["Verschil"], 90)],
                     rows, caption="Tabel 3.1.2 Opbrengst lokale heffingen",
                     notes_below=["Bedragen in euro's. Verschil: positief = hogere opbrengst dan begroot."]))
    flow.para("De afvalstoffenheffing en de rioolheffing mogen ten hoogste kostendekkend zijn. De kostendekkendheid "
              "was in 2024 98,6% voor de afvalstoffenheffing en 101,3% voor de rioolheffing; het verschil is "
              "verrekend met de egalisatievoorzieningen.")
    rows = [Row([lab, thousands(a), thousands(b)]) for lab, a, b in d.WOONLASTEN]
    flow.table(Table("woonlasten", [Col(["Huishouden"], 200, "l"), Col(["2023"], 80), Col(["2024"], 80)],
                     rows, caption="Tabel 3.1.3 Woonlasten (OZB, afvalstoffenheffing en rioolheffing)",
                     notes_below=["Bedragen in euro's per huishouden, uitgaande van een woning met de gemiddelde "
                                  "WOZ-waarde."]))
    flow.para("In 2024 is aan 212 huishoudens kwijtschelding verleend voor in totaal € 68.420. Dinkelland verleent "
              "kwijtschelding voor de afvalstoffenheffing en de rioolheffing tot 100% van de bijstandsnorm.")


def weerstand(flow: Flow):
    flow.heading("3.2 Weerstandsvermogen en risicobeheersing", 2)
    flow.para(f"Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde "
              f"weerstandscapaciteit op basis van de gekwantificeerde risico's. Eind 2024 is de ratio "
              f"{dec(d.WV_RATIO, 2)}; dat is volgens de norm van de raad 'uitstekend' (ratio hoger dan 2,0). De "
              f"benodigde weerstandscapaciteit is € {thousands(d.WV_NODIG)}. De grootste risico's zijn de "
              f"open-einderegelingen in het sociaal domein, de grondexploitaties en de ontwikkeling van het "
              f"gemeentefonds na 2026.")
    rows = [Row([lab, eur(v)]) for lab, v in d.WV_CAP]
    rows.append(Row(["Totaal beschikbare weerstandscapaciteit", eur(d.WV_CAP_TOT, True)], kind="total"))
    flow.table(Table("weerstand", [Col(["Onderdeel"], 260, "l"), Col(["31-12-2024"], 100)], rows,
                     caption="Tabel 3.2.1 Beschikbare weerstandscapaciteit", notes_below=["Bedragen in euro's."]))


def kengetallen(flow: Flow):
    flow.heading("3.3 Financiële kengetallen", 2)
    flow.para("De kengetallen geven inzicht in de financiële positie. De netto schuldquote is (vaste schulden + netto "
              "vlottende schulden + overlopende passiva - uitzettingen korter dan één jaar - liquide middelen - "
              "overlopende activa) gedeeld door de totale baten; bij de gecorrigeerde netto schuldquote worden ook de "
              "financiële vaste activa afgetrokken. De solvabiliteitsratio is het eigen vermogen gedeeld door het "
              "balanstotaal. De totale baten zijn de baten exclusief onttrekkingen aan reserves.")
    rows = [Row([lab, dec(a, 1) + "%", dec(b, 1) + "%", dec(c_, 1) + "%"]) for lab, a, b, c_ in d.KENGETALLEN]
    flow.table(Table("kengetallen", [Col(["Kengetal"], 200, "l"), Col(["Rekening", "2023"], 74),
                                     Col(["Begroting", "2024"], 74), Col(["Rekening", "2024"], 74)],
                     rows, caption="Tabel 3.3.1 Financiële kengetallen",
                     notes_below=["Percentages. Bron: balans en overzicht van baten en lasten."]))
    flow.para("De netto schuldquote steeg door de financiering van de investeringen in het kindcentrum Saasveld en de "
              "Hoofdstraat Denekamp met kortlopend geld. De solvabiliteit verbeterde door het positieve resultaat.")


def verbonden_partijen(flow: Flow):
    flow.heading("3.4 Verbonden partijen", 2)
    flow.para("Dinkelland werkt samen in gemeenschappelijke regelingen en heeft aandelen in enkele vennootschappen. "
              "De tabel toont de bijdrage die Dinkelland in 2024 aan elke verbonden partij betaalde en het ontvangen "
              "dividend.")
    rows = []
    for name, rv, plaats, b, w, div in d.VP:
        rows.append(Row([name, rv, plaats, eur(b), eur(w), eur(div)]))
    tb = sum(v[3] for v in d.VP)
    tw = sum(v[4] for v in d.VP)
    tdv = sum(v[5] for v in d.VP)
    rows.append(Row(["Totaal", "", "", eur(tb, True), eur(tw, True), eur(tdv, True)], kind="total"))
    flow.table(Table("vp", [Col(["Verbonden partij"], 170, "l"), Col(["Rechtsvorm"], 128, "l"),
                            Col(["Vestigingsplaats"], 74, "l"), Col(["Bijdrage", "begroot 2024"], 82),
                            Col(["Bijdrage", "werkelijk 2024"], 82), Col(["Dividend", "2024"], 68)],
                     rows, caption="Tabel 3.4.1 Bijdragen aan verbonden partijen",
                     notes_below=["Bedragen in euro's."]))
    nb = d.NOABER
    flow.heading("Noaberkracht Dinkelland Tubbergen", 4, toc=False)
    flow.para(f"Noaberkracht Dinkelland Tubbergen is de gezamenlijke werkorganisatie van de gemeenten Dinkelland en "
              f"Tubbergen. Alle medewerkers van beide gemeenten zijn in dienst van Noaberkracht; de gemeenten houden "
              f"elk een eigen raad en college. De kosten worden verdeeld met een vaste verdeelsleutel op basis van de "
              f"werkzaamheden voor elke gemeente. De bijdrage van Dinkelland was € {thousands(nb[4])}. Het positieve "
              f"resultaat van Noaberkracht over 2024 is direct verrekend: Dinkelland betaalde "
              f"€ {thousands(nb[3] - nb[4])} minder dan begroot.")
    flow.heading("Regio Twente", 4, toc=False)
    flow.para("Regio Twente voert taken uit voor de veertien Twentse gemeenten, waaronder de GGD Twente, de "
              "jeugdgezondheidszorg en de regionale samenwerking op het gebied van economie en het Twentse "
              "zorglandschap. De bijdrage was hoger dan begroot door de indexatie van de jeugdgezondheidszorg.")
    vm = d.VM["Dinkelland"]
    flow.heading("Veiligheidsregio Twente", 4, toc=False)
    flow.para(f"De Veiligheidsregio Twente verzorgt de brandweerzorg, de geneeskundige hulpverlening bij ongevallen en "
              f"rampen (GHOR), de crisisbeheersing en de meldkamer. De bijdrage 2024 was € {thousands(vm['werkelijk'])}, "
              f"€ {thousands(vm['maatwerk'])} meer dan begroot door maatwerk (extra toezicht op brandveiligheid bij "
              f"evenementen). Het aandeel van Dinkelland in het overschot 2024 van de veiligheidsregio wordt in 2025 "
              f"verrekend en is niet in deze jaarrekening verwerkt.")


def overzicht(flow: Flow):
    flow.heading("4.1 Overzicht van baten en lasten", 2)
    flow.para("Het overzicht van baten en lasten toont per ambitie de lasten en baten, de algemene dekkingsmiddelen, "
              "de overhead, de vennootschapsbelasting en onvoorzien, het saldo van baten en lasten, de mutaties in de "
              "reserves en het resultaat.")
    rows = [Row(["Lasten", None, None, None, None], kind="group")]
    for (n, p, w, r), v in zip(d.D_OVK_LASTEN, d.D_OVK_VERSCHIL["lasten"]):
        rows.append(Row([n, num_br(p), num_br(w), num_br(r), num_br(v)]))
    t = d.D_OVK_TOT_L
    rows.append(Row(["Totaal lasten", num_br(t[0]), num_br(t[1]), num_br(t[2]), num_br(d.D_OVK_VERSCHIL["tot_l"])],
                    kind="total"))
    rows.append(Row(["Baten", None, None, None, None], kind="group"))
    for (n, p, w, r), v in zip(d.D_OVK_BATEN, d.D_OVK_VERSCHIL["baten"]):
        rows.append(Row([n, num_br(p), num_br(w), num_br(r), num_br(v)]))
    t = d.D_OVK_TOT_B
    rows.append(Row(["Totaal baten", num_br(t[0]), num_br(t[1]), num_br(t[2]), num_br(d.D_OVK_VERSCHIL["tot_b"])],
                    kind="total"))
    s = d.D_OVK_SALDO
    rows.append(Row(["Saldo van baten en lasten", num_br(s[0]), num_br(s[1]), num_br(s[2]),
                     num_br(d.D_OVK_VERSCHIL["saldo"])], kind="subtotal"))
    t = d.D_OVK_TOEV
    rows.append(Row(["Toevoegingen aan reserves", num_br(t[0]), num_br(t[1]), num_br(t[2]),
                     num_br(d.D_OVK_VERSCHIL["toev"])]))
    t = d.D_OVK_ONTT
    rows.append(Row(["Onttrekkingen aan reserves", num_br(t[0]), num_br(t[1]), num_br(t[2]),
                     num_br(d.D_OVK_VERSCHIL["ontt"])]))
    t = d.D_OVK_RESULT
    rows.append(Row(["Resultaat", num_br(t[0]), num_br(t[1]), num_br(t[2]), num_br(d.D_OVK_VERSCHIL["result"])],
                    kind="total"))
    flow.table(Table("overzicht", cost_cols(), rows, caption="Tabel 4.1 Overzicht van baten en lasten 2024",
                     notes_below=["Bedragen x € 1.000. Lasten en baten positief; Verschil: positief = voordelig, "
                                  "(…) = nadelig."], keep_caption_with=30))


def balans(flow: Flow):
    flow.new_page()
    flow.heading("4.2 Balans per 31 december 2024", 2)
    flow.para("De balans toont de bezittingen (activa) en de financiering daarvan (passiva) aan het einde van het "
              "jaar, met ter vergelijking de stand een jaar eerder.")
    cols = [Col(["Activa"], 190, "l"), Col(["31-12-2024"], 58), Col(["31-12-2023"], 58)]
    rows = [Row(["Vaste activa", None, None], kind="group")]
    for n in d.BAL_VAST_ACT:
        rows.append(Row([n, num_br(d.BAL_ACT[n][0]), num_br(d.BAL_ACT[n][1])]))
    va = [sum(d.BAL_ACT[n][i] for n in d.BAL_VAST_ACT) for i in range(2)]
    rows.append(Row(["Totaal vaste activa", num_br(va[0]), num_br(va[1])], kind="subtotal"))
    rows.append(Row(["Vlottende activa", None, None], kind="group"))
    for n in d.BAL_VLOT_ACT:
        rows.append(Row([n, num_br(d.BAL_ACT[n][0]), num_br(d.BAL_ACT[n][1])]))
    vl = [sum(d.BAL_ACT[n][i] for n in d.BAL_VLOT_ACT) for i in range(2)]
    rows.append(Row(["Totaal vlottende activa", num_br(vl[0]), num_br(vl[1])], kind="subtotal"))
    rows.append(Row(["Totaal activa", num_br(d.BAL_ACT_TOT[0]), num_br(d.BAL_ACT_TOT[1])], kind="total"))
    y0 = flow.y
    p0 = flow.c.page
    flow.table(Table("balans-activa", cols, rows, caption="Tabel 4.2.1 Balans: activa",
                     notes_below=["Bedragen x € 1.000."]))
    y1 = flow.y
    assert flow.c.page == p0
    cols = [Col(["Passiva"], 190, "l"), Col(["31-12-2024"], 58), Col(["31-12-2023"], 58)]
    P = d.BAL_PAS
    rows = [Row(["Vaste passiva", None, None], kind="group")]
    for n in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"):
        rows.append(Row([n, num_br(P[n][0]), num_br(P[n][1])]))
    rows.append(Row(["Eigen vermogen", num_br(d.BAL_EV[0]), num_br(d.BAL_EV[1])], kind="subtotal"))
    for n in ("Voorzieningen", "Vaste schulden met een rentetypische looptijd van één jaar of langer"):
        rows.append(Row([n, num_br(P[n][0]), num_br(P[n][1])]))
    vp = [d.BAL_EV[i] + P["Voorzieningen"][i] + P["Vaste schulden met een rentetypische looptijd van één jaar of langer"][i]
          for i in range(2)]
    rows.append(Row(["Totaal vaste passiva", num_br(vp[0]), num_br(vp[1])], kind="subtotal"))
    rows.append(Row(["Vlottende passiva", None, None], kind="group"))
    for n in ("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", "Overlopende passiva"):
        rows.append(Row([n, num_br(P[n][0]), num_br(P[n][1])]))
    vlp = [P["Netto vlottende schulden met een rentetypische looptijd korter dan één jaar"][i] + P["Overlopende passiva"][i]
           for i in range(2)]
    rows.append(Row(["Totaal vlottende passiva", num_br(vlp[0]), num_br(vlp[1])], kind="subtotal"))
    rows.append(Row(["Totaal passiva", num_br(d.BAL_PAS_TOT[0]), num_br(d.BAL_PAS_TOT[1])], kind="total"))
    flow.y = y0
    flow.table(Table("balans-passiva", cols, rows, caption="Tabel 4.2.2 Balans: passiva",
                     notes_below=["Bedragen x € 1.000."], style={"indent": 316}))
    assert flow.c.page == p0
    flow.y = max(y1, flow.y)


def reserves(flow: Flow):
    flow.heading("4.3 Reserves", 2, keep=60)
    flow.para("De reserves zijn onderdeel van het eigen vermogen. De algemene reserve is vrij besteedbaar; de "
              "bestemmingsreserves heeft de raad een bestemming gegeven. Het resultaat 2023 "
              f"(€ {thousands(d.RESULT_2023)}) is in 2024 volgens het raadsbesluit over de jaarstukken 2023 aan de "
              "algemene reserve toegevoegd. De toevoegingen en onttrekkingen in de tabel zijn de mutaties die in het "
              "overzicht van baten en lasten zijn verantwoord.")
    rows = []
    for name, soort, s, best, t, o in d.RESERVES:
        rows.append(Row([name, eur(s), eur(best), eur(t), eur(o), eur(d.RES_END[name])]))
    tot_s = sum(r[2] for r in d.RESERVES)
    rows.append(Row(["Totaal reserves", eur(tot_s, True), eur(d.RES_BEST, True), eur(d.RES_TOEV, True),
                     eur(d.RES_ONTT, True), eur(sum(d.RES_END.values()), True)], kind="total"))
    flow.table(Table("reserves", [Col(["Reserve"], 226, "l"), Col(["Stand", "1-1-2024"], 80),
                                  Col(["Bestemming", "resultaat 2023"], 80), Col(["Toevoegingen", "2024"], 78),
                                  Col(["Onttrekkingen", "2024"], 78), Col(["Stand", "31-12-2024"], 80)],
                     rows, caption="Tabel 4.3 Verloop van de reserves", repeat_header=False,
                     notes_below=["Bedragen in euro's."], keep_caption_with=2, keep_together=False))
    flow.para("De grootste onttrekkingen betreffen de reserve energietransitie (het uitvoeringsbudget 2024), de reserve "
              "sociaal domein (het uitvoeringsplan sociaal domein) en de algemene reserve (de dekking van incidentele "
              "budgetten uit de tweede bestuursrapportage). De winst op de grondexploitatie Denekamp-Noord is aan de "
              "reserve grondexploitatie toegevoegd.")


def voorzieningen(flow: Flow):
    flow.heading("4.4 Voorzieningen", 2)
    rows = []
    for name, s, t, a, v in d.VOORZIENINGEN:
        rows.append(Row([name, eur(s), eur(t), eur(a), eur(v), eur(d.VOORZ_END[name])]))
    tt = [sum(v[i] for v in d.VOORZIENINGEN) for i in (1, 2, 3, 4)]
    rows.append(Row(["Totaal voorzieningen", eur(tt[0], True), eur(tt[1], True), eur(tt[2], True), eur(tt[3], True),
                     eur(sum(d.VOORZ_END.values()), True)], kind="total"))
    flow.table(Table("voorzieningen", [Col(["Voorziening"], 226, "l"), Col(["Stand", "1-1-2024"], 80),
                                       Col(["Toevoegingen"], 78), Col(["Aanwendingen"], 78), Col(["Vrijval"], 70),
                                       Col(["Stand", "31-12-2024"], 80)],
                     rows, caption="Tabel 4.4 Verloop van de voorzieningen", notes_below=["Bedragen in euro's."]))


def resultaatbestemming(flow: Flow):
    flow.heading("4.5 Bestemming van het resultaat", 2)
    b = d.BESTEMMING
    flow.para(f"De jaarrekening 2024 sluit met een positief resultaat van € {thousands(d.D_RESULT[2])}. Wij stellen "
              f"de raad voor om € {thousands(b[0][1])} toe te voegen aan de reserve energietransitie, zodat het niet "
              f"bestede uitvoeringsbudget in 2025 alsnog kan worden ingezet voor de wijkaanpak in Saasveld, en "
              f"€ {thousands(b[1][1])} toe te voegen aan de reserve sociaal domein voor het uitvoeringsplan sociaal "
              f"domein. Het restant van € {thousands(b[2][1])} voegen wij toe aan de algemene reserve.")
    rows = [Row([lab, eur(v)]) for lab, v in b]
    rows.append(Row(["Resultaat 2024", eur(d.D_RESULT[2], True)], kind="total"))
    flow.table(Table("bestemming", [Col(["Voorstel"], 330, "l"), Col(["Bedrag"], 100)], rows,
                     caption="Tabel 4.5 Voorstel bestemming resultaat 2024", notes_below=["Bedragen in euro's."]))


def toc_entries(flow: Flow):
    return [(h["level"], h["text"], h["page"]) for h in flow.log if h["type"] == "heading" and h["toc"]
            and h["level"] <= 2]


def main(out_dir: str):
    out = Path(out_dir)
    pdf = out / d.D_FILE
    toc = {"entries": [(2, "x", 0)] * 20}
    for _ in range(4):
        flow2 = build(pdf, toc)
        if toc_entries(flow2) == toc["entries"]:
            break
        toc = {"entries": toc_entries(flow2)}
    else:
        raise SystemExit("table of contents did not settle")
    lay = Path(__file__).resolve().parent / "layout"
    lay.mkdir(exist_ok=True)
    (lay / "dinkelland.json").write_text(json.dumps(flow2.log, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {pdf} ({flow2.c.page} pages)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
