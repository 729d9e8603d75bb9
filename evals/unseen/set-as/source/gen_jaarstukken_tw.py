"""Write the FICTIONAL "Jaarstukken 2021, programma Sociaal Domein" of gemeente Twenterand (every figure is made up;
the doelenbomen, doelen, indicator labels and taakvelden follow the real Programmabegroting 2020).

HTML + CSS printed to A4 PDF by headless Chromium: CSS page margin boxes (running header "Gemeente Twenterand —
Jaarstukken 2021" / "Programma 3 Sociaal Domein", footer "Pagina n van N"), one column, coloured table headers
(white on teal) repeated by the browser when a table runs over a page break, amounts in whole euros with the
verschil as "412.317 N" / "352.352 V".

Usage: python gen_jaarstukken_tw.py CORPUS_DIR
"""
from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import dec, eur_k, nl, nl0, vn

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus") / d.TW_FILE
E = html.escape

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 20mm;
  @top-left { content: "Gemeente Twenterand \\2014  Jaarstukken 2021"; font: 8pt 'Liberation Sans'; color: #7a7a7a; }
  @top-right { content: "Programma 3 Sociaal Domein"; font: 8pt 'Liberation Sans'; color: #7a7a7a; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt 'Liberation Sans'; color: #7a7a7a; }
}
body { font-family: 'Liberation Sans'; font-size: 9.5pt; line-height: 1.38; color: #000; margin: 0; }
h1 { font-size: 19pt; color: #00587c; margin: 0 0 10pt 0; }
h2 { font-size: 14pt; color: #00587c; margin: 16pt 0 6pt 0; break-after: avoid; }
h3 { font-size: 11.5pt; color: #00587c; margin: 10pt 0 4pt 0; break-after: avoid; }
h4 { font-size: 10pt; color: #3d3d3d; margin: 8pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; text-align: left; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; }
li { margin-bottom: 2pt; }
.effect { border-left: 3pt solid #00587c; padding: 3pt 8pt; margin: 4pt 0 8pt 0; font-style: italic; }
.caption { font-weight: bold; font-size: 9.5pt; color: #000; margin: 10pt 0 3pt 0; break-after: avoid; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-bottom: 4pt; }
thead { display: table-header-group; }
th { background: #00587c; color: #fff; font-weight: bold; padding: 3pt 5pt; vertical-align: bottom; text-align: right; }
th.l { text-align: left; }
td { padding: 2.2pt 5pt; text-align: right; border-bottom: 0.5pt solid #d6e3ea; white-space: nowrap; vertical-align: bottom; }
td.l { text-align: left; white-space: normal; }
tr { break-inside: avoid; }
tr.grp td { font-weight: bold; background: #e6f0f4; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #000; }
.note { font-size: 8pt; font-style: italic; margin: 0 0 8pt 0; }
.pb { break-before: page; }
.dev p { margin-bottom: 5pt; }
"""


def table(caption, head, rows, widths=None, note=None):
    """head: list of column names (first = label column); rows: (label, cells, cls)"""
    cols = "".join(f'<col style="width:{w}">' for w in widths) if widths else ""
    th = "".join(f'<th class="l">{E(h)}</th>' if i == 0 else f"<th>{E(h)}</th>" for i, h in enumerate(head))
    body = []
    for lab, cells, cls in rows:
        tds = "".join(f"<td>{E(c)}</td>" for c in cells)
        body.append(f'<tr class="{cls}"><td class="l">{E(lab)}</td>{tds}</tr>')
    out = f'<div class="caption">{E(caption)}</div><table><colgroup>{cols}</colgroup><thead><tr>{th}</tr></thead>' \
          f'<tbody>{"".join(body)}</tbody></table>'
    if note:
        out += f'<p class="note">{E(note)}</p>'
    return out


def ul(items):
    return "<ul>" + "".join(f"<li>{E(x)}</li>" for x in items) + "</ul>"


N = iter(range(1, 100))


def ind_table(doel):
    rows = [(lab, [nl(s), nl(r), nl(p), bron], "") for lab, s, r, p, bron in d.T_IND[doel]]
    return table(f"Overzicht 3.{next(N)} Indicatoren {doel}",
                 ["Beleidsdoelen", "Streefwaarde 2021", "Realisatie 2021", "Realisatie 2020", "Bron"], rows,
                 ["50%", "11%", "11%", "11%", "17%"])


def doelenboom(nr, name, effect, doelen, subdoelen, extra=""):
    h = [f'<h2 class="pb">3.{nr} Doelenboom {E(name)}</h2>', "<h3>Beoogd maatschappelijk effect</h3>",
         f'<div class="effect">{E(effect)}</div>']
    for doel, wat in doelen:
        h += [f"<h3>Doel: {E(doel)}</h3>", "<h4>Wat hebben we bereikt?</h4>"] + [f"<p>{E(x)}</p>" for x in wat]
    for sub, gedaan in subdoelen:
        h += [f"<h4>Subdoel: {E(sub)}</h4>", "<p><i>Wat hebben we daarvoor gedaan?</i></p>", ul(gedaan)]
    h.append(extra)
    if name in d.T_IND:
        h += ["<h3>Metingen en verplichte indicatoren</h3>", ind_table(name)]
    return "\n".join(h)


def build():
    L, B = d.T_LASTEN, d.T_BATEN
    ind = {doel: {r[0]: r for r in rows} for doel, rows in d.T_IND.items()}
    parts = [f"<h1>3 Programma Sociaal Domein</h1>",
             "<h2>Inleiding</h2>",
             "<p>Met het sociaal domein bedoelen we de zorg en ondersteuning, werk en inkomen, (passend) onderwijs en "
             "het preventieve beleid rond jeugd en gezondheid. In deze jaarstukken leggen wij verantwoording af over "
             "wat wij in 2021 hebben bereikt, wat wij daarvoor hebben gedaan en wat het heeft gekost. De structuur "
             "volgt de doelenbomen uit de programmabegroting: Sociale zaken, Maatschappelijke ondersteuning, "
             "Gezondheidszorg, Onderwijs, Jeugd en het ontwikkelprogramma Transformatie Sociaal Domein.</p>",
             "<p>Ook 2021 stond in het teken van corona. Naast ons reguliere werk voerden wij de Tijdelijke "
             "overbruggingsregeling zelfstandig ondernemers (Tozo) en de Tijdelijke ondersteuning noodzakelijke "
             "kosten (TONK) uit. De kosten daarvan zijn grotendeels door het Rijk vergoed. De transformatie van het "
             "sociaal domein ging door: het Twents model voor de inkoop van jeugdhulp en Wmo-begeleiding werkte het "
             "tweede volledige jaar.</p>",
             "<p>Financieel sluit het programma met een voordeel van "
             f"{eur_k(d.T_VERSCHIL_RESULTAAT)} ten opzichte van de begroting na wijziging. Tegenover voordelen bij "
             "Sociale zaken en Maatschappelijke ondersteuning staat een nadeel bij Jeugd. De analyse staat in "
             "paragraaf 3.8.</p>",
             "<h3>Leeswijzer bij de financiële overzichten</h3>",
             "<p>Bedragen zijn in hele euro's. Lasten zijn positief en baten negatief weergegeven, zoals in de "
             "programmabegroting. Een negatieve mutatie reserves is per saldo een onttrekking. De kolom Verschil is "
             "de begroting na wijziging min de realisatie: V staat voor voordelig, N voor nadelig.</p>"]

    parts.append(doelenboom(
        1, "Sociale zaken", "Participerende en financieel zelfredzame inwoners",
        [("Naar vermogen participerende doelgroep Participatiewet in de maatschappij",
          [f"Het aantal uitkeringsgerechtigden (participatiewet) kwam eind 2021 uit op "
           f"{ind['Sociale zaken']['Aantal uitkeringsgerechtigden (participatiewet)'][2]}, boven de streefwaarde van "
           f"{ind['Sociale zaken']['Aantal uitkeringsgerechtigden (participatiewet)'][1]}. In de eerste helft van het "
           "jaar maakte corona de uitstroom naar werk lastig; in de tweede helft trok de arbeidsmarkt aan en "
           f"stroomden {ind['Sociale zaken']['Aantal personen die uitgestroomd zijn naar werk'][2]} personen uit naar "
           "werk."]),
         ("Financieel en sociaal zelfredzame inwoners",
          ["Wij willen dat elke inwoner naar vermogen kan meedoen en dat inwoners die niet zelf in hun "
           "levensonderhoud kunnen voorzien ten minste een inkomen op bijstandsniveau hebben. Kinderen moeten kunnen "
           "meedoen met sport, cultuur en schoolactiviteiten, ook als hun ouders weinig te besteden hebben.",
           f"In 2021 zijn {d.T_TOZO_AANVRAGEN} Tozo-aanvragen afgehandeld. Via de TONK is "
           f"€ {nl(d.T_TONK_UITGEKEERD)} uitgekeerd aan huishoudens die door corona een forse inkomensdaling hadden."])],
        [("De zelfredzaamheid van de doelgroep participatiewet is bevorderd middels eigen kracht en de "
          "arbeidscapaciteit is geoptimaliseerd",
          ["Werkgeversdienstverlening samen met Soweco en de regio Twente voortgezet.",
           "Activeringstrajecten deels online aangeboden tijdens de lockdown."]),
         ("Afname van het aantal inwoners met niet beheersbare problematische schulden",
          ["Vroegsignalering van betalingsachterstanden ingevoerd met woningcorporaties en energieleveranciers.",
           "Budgetcursussen in Vroomshoop en Vriezenveen."])]))
    parts.append(doelenboom(
        2, "Maatschappelijke ondersteuning", "Inwoners zijn zo lang en zoveel mogelijk zelfredzaam",
        [("Inwoners wonen langer zelfstandig thuis",
          ["Wij streven ernaar dat inwoners zo lang mogelijk zelfredzaam blijven en, zolang dit mogelijk en wenselijk "
           "is, zelfstandig thuis wonen. Daarvoor zorgen wij voor goed ingerichte woonservicegebieden en ondersteunen "
           "wij mantelzorgers en vrijwilligers. In 2021 zijn de vier woonservicegebieden opnieuw ingericht met een "
           "vast aanspreekpunt per kern."]),
         ("Inwoners voorzien in hun ondersteuningsbehoefte",
          [f"Het aantal toegekende maatwerkvoorzieningen steeg naar "
           f"{nl(ind['Maatschappelijke ondersteuning']['Toegekende maatwerkvoorzieningen totaal'][2])}. De kosten "
           "bleven toch onder de begroting, omdat tijdens de coronamaatregelen minder huishoudelijke hulp en "
           "begeleiding werd geleverd dan was geïndiceerd."])],
        [("Er is meer aanspraak gedaan op informele zorg (mantelzorg en vrijwilligers)",
          ["Mantelzorgwaardering verstrekt via Stichting Evenmens.",
           "Respijtzorg uitgebreid met logeeropvang."])]))
    parts.append(doelenboom(
        3, "Gezondheidszorg", "Inwoners zijn lichamelijk, geestelijk en sociaal gezond",
        [("De gezondheid en vitaliteit van inwoners is bevorderd",
          ["Door corona lag het accent op het beschermen van kwetsbare inwoners. Voorlichting over middelengebruik "
           f"vond op {ind['Gezondheidszorg']['Aantal basisscholen met voorlichting over middelengebruik'][2]} "
           "basisscholen plaats, minder dan de streefwaarde, omdat scholen een deel van het jaar gesloten waren."])],
        [("Hulp in nood is geboden waar nodig",
          ["AED-netwerk in alle kernen op peil gehouden met Hartslagnu.",
           "Nazorg na tijdelijk huisverbod door Avedan Maatschappelijk werk."])]))
    parts.append(doelenboom(
        4, "Onderwijs", "Iedere inwoner is zo lang en zoveel mogelijk zelfredzaam",
        [("Laaggeletterdheid is afgenomen",
          ["Het Taalpunt was een groot deel van het jaar beperkt open. Er meldden zich "
           f"{ind['Onderwijs']['Aantal cursisten aangemeld via Taalpunt'][2]} cursisten aan."]),
         ("Onderwijsvoorzieningen zijn toegankelijk",
          ["Het leerlingenvervoer reed door de schoolsluiting in het voorjaar minder ritten. De onderwijshuisvesting "
           "voldeed aan de normen van de verordening."])],
        [("Onderwijshuisvesting en leerlingenvervoer voldoet aan vastgestelde norm",
          ["Nieuwe aanbesteding leerlingenvervoer voorbereid.", "Integraal huisvestingsplan onderwijs vastgesteld."])]))
    parts.append(doelenboom(
        5, "Jeugd", "Evenwichtig opgroeiende jeugd, die actief deelneemt aan de maatschappij",
        [("Waar nodig is er ondersteuning en zorg voor jeugdigen en ouders",
          [f"Het totaal aantal jeugdigen met jeugdhulp steeg naar {nl(ind['Jeugd']['Totaal aantal jeugdigen met jeugdhulp'][2])}, "
           f"boven de streefwaarde van {nl(ind['Jeugd']['Totaal aantal jeugdigen met jeugdhulp'][1])}. Vooral het "
           "aantal jeugdigen dat niet thuis kan wonen en in een pleeggezin of gezinshuis verblijft, nam toe."])],
        [("Er is een sluitende keten van tijdige vroegsignalering en doorgeleiding naar ondersteuning en zorg",
          ["Praktijkondersteuners jeugd bij alle huisartsen ingezet.", "Het CJG Loket was digitaal bereikbaar."])]))
    parts.append(doelenboom(
        6, "ontwikkelprogramma Transformatie Sociaal Domein",
        "Onze inwoners zijn zelf- en samenredzaam; licht waar mogelijk, zwaar waar nodig",
        [("Omkijken naar elkaar",
          ["Wij willen een betrokken sociale omgeving en een sterke netwerkstructuur waarin iedereen gezien wordt. In "
           "2021 zijn in drie kernen buurtnetwerken gestart die vroegsignalering mogelijk maken."])],
        [("Meer jeugdigen groeien thuis/ in een thuisomgeving op",
          ["Expertisecentrum duurzame gezinsvormen gerealiseerd.", "Pilot gezinshuizen met de regio Twente."])]))

    vp = [(lab, [dec(t, 1), dec(nv, 1)], "") for lab, t, nv in d.T_VERPLICHT]
    parts.append('<h2 class="pb">3.7 Verplichte beleidsindicatoren</h2>'
                 "<p>De verplichte beleidsindicatoren komen uit waarstaatjegemeente.nl.</p>" +
                 table(f"Overzicht 3.{next(N)} Verplichte beleidsindicatoren 2021",
                       ["Indicator", "Twenterand 2021", "Nederland 2021"], vp, ["64%", "18%", "18%"]))

    # -------------------------------------------------------------------------------------- wat heeft het gekost
    H = ["", "Begroting 2021 primitief", "Begroting 2021 na wijziging", "Realisatie 2021", "Verschil"]
    W = ["36%", "16%", "16%", "16%", "16%"]

    def r3(lab, t, cls=""):
        return (lab, [nl(t[0]), nl(t[1]), nl(t[2]), vn(d.verschil(t))], cls)

    rows = [("Lasten per doelenboom", ["", "", "", ""], "grp")]
    rows += [r3(k_, L[k_]) for k_ in d.DOELENBOMEN]
    rows.append(r3("Totaal programma lasten", d.T_TOT_LASTEN, "tot"))
    rows.append(("Baten per doelenboom", ["", "", "", ""], "grp"))
    rows += [r3(k_, B[k_]) for k_ in d.DOELENBOMEN]
    rows.append(r3("Totaal programma baten", d.T_TOT_BATEN, "tot"))
    rows.append(r3("Totaal saldo van baten en lasten", d.T_SALDO, "tot"))
    rows.append(r3("Mutaties reserves", d.T_MUT_RES))
    rows.append(r3("Gerealiseerd resultaat", d.T_RESULTAAT, "tot"))
    H0 = ["Sociaal Domein"] + H[1:]
    parts.append('<h2 class="pb">3.8 Wat heeft het gekost?</h2>'
                 "<p>Het overzicht hieronder vergelijkt de primitieve begroting 2021 (zoals vastgesteld in november "
                 "2020), de begroting na wijziging en de realisatie 2021 per doelenboom.</p>" +
                 table(f"Overzicht 3.{next(N)} Baten en lasten Sociaal Domein 2021", H0, rows, W))
    # per taakveld
    trows = [("Lasten", ["", "", "", ""], "grp")]
    trows += [r3(tv, d.TV_LASTEN[tv]) for tv in d.TV_ORDER]
    trows.append(r3("Totaal lasten", d.T_TOT_LASTEN, "tot"))
    trows.append(("Baten", ["", "", "", ""], "grp"))
    trows += [r3(tv, d.TV_BATEN[tv]) for tv in d.TV_ORDER if tv in d.TV_BATEN]
    trows.append(r3("Totaal baten", d.T_TOT_BATEN, "tot"))
    trows.append(("Mutaties reserves", ["", "", "", ""], "grp"))
    trows.append(r3("0.10 Mutaties reserves", d.T_MUT_RES))
    trows.append(r3("Saldo na mutaties reserves", d.T_RESULTAAT, "tot"))
    parts.append("<h3>Baten en lasten per taakveld</h3>"
                 "<p>De verdeling van de baten en lasten over de taakvelden uit het Besluit begroting en "
                 "verantwoording (BBV). Taakveld 0.4 Overhead betreft het aan dit programma toegerekende deel van de "
                 "overhead.</p>" +
                 table(f"Overzicht 3.{next(N)} Baten en lasten per taakveld 2021", ["Taakveld"] + H[1:], trows, W))
    # analysis of the deviations
    an = {lab: v for lab, v in d.ANALYSE}
    def vw(v):
        return "voordelig" if v > 0 else "nadelig"
    parts.append('<h3>Analyse van de afwijkingen</h3><div class="dev">'
                 "<p>Hieronder lichten wij de afwijkingen tussen de begroting na wijziging en de realisatie toe die "
                 "groter zijn dan € 50.000.</p>"
                 f"<p><b>Sociale zaken, lasten:</b> {eur_k(an['Sociale zaken, lasten'])} "
                 f"{vw(an['Sociale zaken, lasten'])} doordat in de tweede helft van het jaar minder ondernemers een beroep "
                 "deden op de Tozo dan bij de begrotingswijziging was verwacht. Ook de uitgaven voor de bijzondere "
                 "bijstand bleven iets achter.</p>"
                 f"<p><b>Sociale zaken, baten:</b> {eur_k(an['Sociale zaken, baten'])} {vw(an['Sociale zaken, baten'])} "
                 "door een hogere rijksvergoeding voor de Tozo en de TONK dan geraamd en meer terugvorderingen van "
                 "ten onrechte verstrekte uitkeringen.</p>"
                 f"<p><b>Maatschappelijke ondersteuning:</b> {eur_k(an['Maatschappelijke ondersteuning'])} "
                 f"{vw(an['Maatschappelijke ondersteuning'])}, vooral doordat tijdens de coronamaatregelen minder "
                 "huishoudelijke hulp en begeleiding werd geleverd dan geïndiceerd. Daarnaast vielen de kosten van "
                 "woningaanpassingen lager uit.</p>"
                 f"<p><b>Onderwijs:</b> {eur_k(an['Onderwijs'])} {vw(an['Onderwijs'])} doordat het leerlingenvervoer "
                 "tijdens de schoolsluiting minder ritten reed.</p>"
                 f"<p><b>Jeugd:</b> {eur_k(an['Jeugd'])} {vw(an['Jeugd'])} door een toename van het aantal jeugdigen "
                 "met verblijf in een pleeggezin of gezinshuis en hogere tarieven voor specialistische jeugdhulp na "
                 "de herindicaties in het Twents model. De stijging deed zich vooral in het laatste kwartaal voor, "
                 "zodat deze niet meer in een begrotingswijziging is verwerkt.</p>"
                 f"<p><b>Jeugd, baten:</b> {eur_k(an['Jeugd, baten'])} {vw(an['Jeugd, baten'])} doordat de "
                 "regionale bijdrage voor de jeugdbescherming lager werd vastgesteld.</p>"
                 f"<p>Per saldo sluit het programma {eur_k(d.T_VERSCHIL_RESULTAAT)} voordeliger dan de begroting na "
                 "wijziging.</p></div>")
    # reserves
    rr = [(n, [nl0(s, "0"), nl0(t, "-"), nl0(o, "-"), nl0(e, "0")], "") for n, s, t, o, e in d.T_RES_ROWS]
    rr.append((d.T_RES_TOT[0], [nl(x) for x in d.T_RES_TOT[1:]], "tot"))
    parts.append("<h3>Reserves</h3>"
                 "<p>De reserves binnen het programma Sociaal Domein en hun verloop in 2021. De onttrekking aan de "
                 "Reserve sociaal domein dekt een deel van de hogere kosten van jeugdhulp en de kosten van de "
                 "transformatie. De Reserve coronamiddelen sociaal domein is in 2021 gevormd uit de niet bestede "
                 "coronacompensatie van het Rijk.</p>" +
                 table(f"Overzicht 3.{next(N)} Verloop reserves Sociaal Domein 2021",
                       ["Reserve", "Saldo 1-1-2021", "Toevoegingen", "Onttrekkingen", "Saldo 31-12-2021"], rr,
                       ["40%", "15%", "15%", "15%", "15%"],
                       note="Toevoegingen min onttrekkingen is gelijk aan de mutaties reserves in de realisatie 2021."))
    return f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Jaarstukken 2021 Sociaal Domein " \
           f"gemeente Twenterand</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>"


def main():
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "jaarstukken.html"
        src.write_text(build(), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={OUT}", src.as_uri()],
                       check=True, capture_output=True)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
