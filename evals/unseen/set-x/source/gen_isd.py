"""Writes the fictional 'Eerste bestuursrapportage 2027' of ISD Dommelrande as HTML and prints
it to PDF with headless Chromium (word-processor look: unruled tables, right-aligned amounts).

usage: python3 gen_isd.py OUT_DIR     (writes isd-dommelrande-bestuursrapportage-2027.pdf and .html)
"""
import html
import os
import subprocess
import sys

import isd_data as D

STEM = "isd-dommelrande-eerste-bestuursrapportage-2027"


def nl(n, dec=0):
    if n is None:
        return ""
    neg = n < 0
    n = abs(n)
    if dec:
        s = f"{n:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    else:
        s = f"{int(round(n)):,}".replace(",", ".")
    return ("-" if neg else "") + s


def fte(t):
    return nl(t / 10.0, 1)


def pct(x):
    return nl(round(x, 1), 1) + "%"


def esc(s):
    return html.escape(s, quote=False)


class Doc:
    def __init__(self):
        self.parts = []
        self.tab = 0

    def h1(self, t):
        self.parts.append(f"<h1>{esc(t)}</h1>")

    def h2(self, t):
        self.parts.append(f"<h2>{esc(t)}</h2>")

    def h3(self, t):
        self.parts.append(f"<h3>{esc(t)}</h3>")

    def p(self, t):
        self.parts.append(f"<p>{esc(t)}</p>")

    def ul(self, items):
        self.parts.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")

    def pagebreak(self):
        self.parts.append('<div class="pb"></div>')

    def table(self, caption, header, rows, widths=None, cls="", note=None):
        """rows: list of (cells, kind) with kind in '', 'total', 'group', 'head'."""
        self.tab += 1
        out = [f'<table class="t {cls}">']
        out.append(f'<caption>Tabel {self.tab}&nbsp;&nbsp;{esc(caption)}</caption>')
        if widths:
            out.append("<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths)
                       + "</colgroup>")
        out.append("<thead><tr>" + "".join(
            f'<th class="{"l" if i == 0 else "r"}">{h}</th>' for i, h in enumerate(header))
            + "</tr></thead><tbody>")
        for cells, kind in rows:
            out.append(f'<tr class="{kind}">' + "".join(
                f'<td class="{"l" if i == 0 else "r"}">{esc(str(c))}</td>'
                for i, c in enumerate(cells)) + "</tr>")
        out.append("</tbody></table>")
        if note:
            out.append(f'<p class="note">{esc(note)}</p>')
        self.parts.append("\n".join(out))


CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 22mm;
  @bottom-left { content: "ISD Dommelrande | Eerste bestuursrapportage 2027"; font: 8pt 'Liberation Sans'; color:#555; }
  @bottom-right { content: counter(page); font: 8pt 'Liberation Sans'; color:#555; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.38; color:#111; }
h1 { font-size: 15pt; color:#1d4f73; margin: 0 0 8pt 0; page-break-after: avoid; }
h2 { font-size: 12pt; color:#1d4f73; margin: 14pt 0 5pt 0; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
p { margin: 0 0 6pt 0; text-align: left; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; }
.pb { page-break-after: always; }
table.t { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; font-size: 9pt; }
table.t caption { text-align: left; font-weight: bold; font-size: 9pt; padding-bottom: 4pt; caption-side: top; }
table.t th { font-weight: bold; vertical-align: bottom; padding: 1.5pt 4pt; }
table.t td { padding: 1.2pt 4pt; }
table.t th.l, table.t td.l { text-align: left; }
table.t th.r, table.t td.r { text-align: right; }
table.t thead { display: table-header-group; }
table.t tr { page-break-inside: avoid; }
table.t tr.total td { font-weight: bold; }
table.t tr.group td { font-style: italic; padding-top: 4pt; }
table.t tr.head td { font-weight: bold; padding-top: 5pt; }
p.note { font-size: 8.5pt; color:#333; }
.cover { height: 220mm; }
.cover .org { font-size: 13pt; color:#1d4f73; margin-top: 30mm; }
.cover .title { font-size: 26pt; font-weight: bold; color:#1d4f73; margin-top: 12mm; }
.cover .sub { font-size: 12pt; margin-top: 6mm; }
.cover .meta { margin-top: 120mm; font-size: 9.5pt; }
.toc p { margin: 0 0 2pt 0; }
"""


def build():
    d = Doc()
    rows = D.product_table()
    R = {r[0]: r for r in rows if r[6] != "group" and r[6] != "head"}
    A, act_tot, P, pas_tot = D.balance()
    KG, baten_kg = D.kengetallen()

    # ---------------- cover
    d.parts.append(f"""<div class="cover"><div class="org">Intergemeentelijke Sociale Dienst Dommelrande</div>
<div class="title">Eerste bestuursrapportage 2027</div>
<div class="sub">Stand van zaken per 30 april 2027 en prognose voor het begrotingsjaar 2027</div>
<div class="meta">Vastgesteld door het dagelijks bestuur op 20 mei 2027<br>
Ter vaststelling aangeboden aan het algemeen bestuur in de vergadering van 1 juli 2027<br>
Deelnemende gemeenten: {", ".join(D.MEMBERS[:-1])} en {D.MEMBERS[-1]}<br>
Kenmerk: ISD/AB/2027-014</div></div>""")
    d.pagebreak()

    # ---------------- toc
    d.h1("Inhoud")
    d.parts.append('<div class="toc">' + "".join(f"<p>{esc(x)}</p>" for x in [
        "1  Inleiding en samenvatting",
        "2  Ontwikkelingen in de uitvoering",
        "3  Voortgang per product",
        "4  Financiële rapportage",
        "   4.1 Overzicht van baten en lasten 2027",
        "   4.2 Toelichting op de verschillen",
        "   4.3 Bijdragen van de deelnemende gemeenten",
        "   4.4 Reserves",
        "   4.5 Geprognosticeerde balans en kengetallen",
        "5  Personeel en organisatie",
        "6  Risico's en weerstandsvermogen",
        "7  Voorstel aan het algemeen bestuur",
        "Bijlage 1  Eerste begrotingswijziging 2027",
        "Bijlage 2  Begrippen en afkortingen",
    ]) + "</div>")
    d.pagebreak()

    # ---------------- 1
    d.h1("1  Inleiding en samenvatting")
    d.h2("1.1  Doel van deze rapportage")
    d.p("Voor u ligt de eerste bestuursrapportage 2027 van de Intergemeentelijke Sociale Dienst "
        "Dommelrande (ISD Dommelrande). De ISD voert voor de gemeenten Beekstervelde, Wielsbergen, "
        "Graspeel, Molenrade, Ter Lunte en Haverdonk de Participatiewet, de IOAW en IOAZ, het Besluit "
        "bijstandverlening zelfstandigen (Bbz), de bijzondere bijstand en de minimaregelingen en de "
        "schuldhulpverlening uit. De gemeenschappelijke regeling is een openbaar lichaam; het algemeen "
        "bestuur bestaat uit de zes wethouders sociaal domein van de deelnemende gemeenten.")
    d.p("Met deze rapportage informeert het dagelijks bestuur het algemeen bestuur en de zes "
        "gemeenteraden over de uitvoering van de begroting 2027 in de eerste vier maanden van het "
        "jaar en over de verwachte uitkomst over het hele jaar. De peildatum is 30 april 2027. De "
        "prognose is gebaseerd op de werkelijke uitgaven tot en met april, de ontwikkeling van het "
        "aantal uitkeringen en de bekende ontwikkelingen in wet- en regelgeving. Afwijkingen kleiner "
        "dan € 25.000 lichten wij niet afzonderlijk toe.")
    d.h2("1.2  Leeswijzer")
    d.p("Hoofdstuk 2 schetst de ontwikkelingen die de uitvoering in 2027 beïnvloeden. In hoofdstuk 3 "
        "rapporteren wij per product over de voortgang van de activiteiten die in de begroting 2027 "
        "zijn aangekondigd. Hoofdstuk 4 bevat de financiële rapportage: het overzicht van baten en "
        "lasten met de primitieve begroting, de eerste begrotingswijziging, de begroting na wijziging "
        "en de prognose, de toelichting op de verschillen, de bijdragen per deelnemende gemeente, de "
        "reserves, de geprognosticeerde balans en de kengetallen. Hoofdstuk 5 gaat over personeel en "
        "hoofdstuk 6 over risico's. Het voorstel aan het algemeen bestuur staat in hoofdstuk 7.")
    d.p("Tenzij anders vermeld zijn bedragen in tabellen afgerond op duizenden euro's (x € 1.000). "
        "De tabellen met de bijdragen per deelnemer in paragraaf 4.3 zijn in hele euro's. In de "
        "kolom Verschil is een negatief bedrag een nadeel en een positief bedrag een voordeel ten "
        "opzichte van de begroting na wijziging.")
    d.h2("1.3  Samenvatting")
    res = R["Resultaat"]
    d.p("De begroting 2027 na de eerste begrotingswijziging sluit met een resultaat van nihil. Op "
        f"basis van de stand per 30 april verwachten wij over 2027 een nadelig resultaat van "
        f"€ {nl(abs(res[4]) * 1000)}. Het nadeel ontstaat vooral bij de bedrijfsvoering: vacatures "
        "bij de teams Inkomen en Klantcontact worden ingevuld met tijdelijke krachten die duurder "
        "zijn dan eigen personeel. Daarnaast stijgen de uitgaven aan individuele bijzondere bijstand. "
        "Voordelen zijn er bij de re-integratietrajecten en de overige baten.")
    d.p("De uitkeringslasten (Participatiewet, IOAW, IOAZ en Bbz) stijgen ook, maar die worden per "
        "deelnemer op basis van de werkelijke lasten afgerekend. Zij hebben daardoor geen invloed op "
        "het resultaat van de ISD, wel op de begrotingen van de deelnemende gemeenten. Tabel 1 geeft "
        "het verwachte resultaat per product; de verschillen zijn in paragraaf 4.2 toegelicht.")

    def eff(labels_l, labels_b, extra=0):
        v = sum(R[x][5] for x in labels_l) + sum(R[x][5] for x in labels_b) + extra
        return v
    e_ink = eff([i[0] for i in D.LASTEN[0][1]], ["Rijksvergoeding Bbz", "Terugvorderingen en verhaal",
                                                  "Bijdragen deelnemers inkomensvoorzieningen"])
    e_bb = eff([i[0] for i in D.LASTEN[1][1]], ["Bijdragen deelnemers bijzondere bijstand en minima"])
    e_shv = eff([i[0] for i in D.LASTEN[2][1]], ["Bijdragen deelnemers schuldhulpverlening"])
    e_ri = eff([i[0] for i in D.LASTEN[3][1]], ["Bijdragen deelnemers re-integratie"])
    e_bv_l = sum(R[i[0]][5] for i in D.LASTEN[4][1])
    e_bv_b = R["Bijdragen deelnemers uitvoeringskosten"][5] + R[D.BATEN_OTHER[0]][5]
    e_res = R["Onttrekkingen aan reserves"][5] - R["Toevoegingen aan reserves"][5]
    summary = [
        ("Inkomensvoorzieningen (per deelnemer afgerekend)", e_ink),
        ("Bijzondere bijstand en minimaregelingen", e_bb),
        ("Schuldhulpverlening", e_shv),
        ("Re-integratie", e_ri),
        ("Bedrijfsvoering: lasten", e_bv_l),
        ("Bedrijfsvoering: bijdragen en overige baten", e_bv_b),
        ("Mutaties reserves", e_res),
    ]
    tot = sum(v for _, v in summary)
    assert tot == res[4], (tot, res)
    D.SUMMARY = summary
    d.table("Verwachte afwijkingen 2027 per product (bedragen x € 1.000; - = nadeel)",
            ["Product", "Afwijking prognose"],
            [([k, nl(v)], "") for k, v in summary] + [(["Verwacht resultaat 2027", nl(tot)], "total")],
            widths=["70%", "30%"], cls="small")

    # ---------------- 2
    d.pagebreak()
    d.h1("2  Ontwikkelingen in de uitvoering")
    d.h2("2.1  Arbeidsmarkt en instroom")
    cl = D.CASELOAD
    tot_cl = [sum(cl[m][i] for m in D.MEMBERS) for i in range(4)]
    d.p("De arbeidsmarkt in de regio is minder krap dan twee jaar geleden. Het aantal vacatures per "
        "werkzoekende is gedaald en vooral in de logistiek en de detailhandel is de vraag naar "
        "personeel afgenomen. Dat zien wij terug in de instroom in de bijstand: in de eerste vier "
        f"maanden van 2027 zijn {nl(412)} aanvragen voor levensonderhoud ingediend, tegen {nl(356)} in "
        "dezelfde periode van 2026. Ook het aantal vergunninghouders dat in de regio is gehuisvest "
        "ligt hoger dan verwacht. Zij hebben in de eerste jaren vrijwel allemaal een uitkering nodig.")
    d.p(f"Op 1 januari 2027 ontvingen {nl(tot_cl[1])} huishoudens een uitkering op grond van de "
        f"Participatiewet; op 1 april waren dat er {nl(tot_cl[2])}. Wij verwachten dat het aantal tot "
        f"het einde van het jaar verder stijgt naar {nl(tot_cl[3])}. In de begroting 2027 was "
        "uitgegaan van een gelijkblijvend aantal. De ontwikkeling per gemeente staat in tabel 2.")
    d.table("Aantal huishoudens met een uitkering Participatiewet per deelnemer",
            ["Gemeente", "1 januari 2026", "1 januari 2027", "1 april 2027", "Prognose 31 december 2027"],
            [([m] + [nl(x) for x in cl[m]], "") for m in D.MEMBERS]
            + [(["Totaal ISD Dommelrande"] + [nl(x) for x in tot_cl], "total")],
            widths=["32%", "17%", "17%", "17%", "17%"])
    d.p("De stijging is in Graspeel relatief het grootst. Daar zijn in het najaar van 2026 twee "
        "grote werkgevers in de glastuinbouw gestopt. In Ter Lunte is het aantal uitkeringen in het "
        "eerste kwartaal licht gedaald doordat meerdere inwoners de AOW-leeftijd bereikten.")
    d.h2("2.2  Wetgeving: Participatiewet in balans")
    d.p("Per 1 januari 2027 is het eerste deel van het wetsvoorstel Participatiewet in balans in "
        "werking getreden. De wet geeft de ISD meer ruimte om de menselijke maat toe te passen. Zo "
        "mogen wij afzien van het terugvorderen van kleine bedragen als een inwoner te goeder trouw "
        "heeft gehandeld, en hoeft niet meer bij elke vergissing een boete te worden opgelegd. "
        "Inwoners mogen bovendien giften en bijverdiensten tot een vast bedrag per jaar houden zonder "
        "dat dit wordt gekort op de uitkering. Wij hebben het handhavingsbeleid hierop aangepast; het "
        "algemeen bestuur heeft de nieuwe Beleidsregels terugvordering en verhaal in maart vastgesteld.")
    d.p("De nieuwe regels vragen in het begin meer tijd van de klantmanagers, omdat elk dossier "
        "individueel moet worden beoordeeld. Tegelijk verwachten wij minder bezwaarschriften. Het "
        "effect op de terugvorderingen is nog onzeker; in de prognose gaan wij uit van hogere "
        "ontvangsten doordat in het eerste kwartaal enkele grote vorderingen zijn afgelost.")
    d.h2("2.3  Cao Gemeenten en loonkosten")
    d.p("De nieuwe cao Gemeenten 2027-2028 regelt een loonsverhoging van 3,1% per 1 januari 2027. In "
        "de primitieve begroting was rekening gehouden met 2,0%. Het verschil is met de eerste "
        "begrotingswijziging 2027 toegevoegd aan het budget voor salarissen en sociale lasten. De "
        "deelnemende gemeenten betalen dit via een hogere bijdrage in de uitvoeringskosten, naar de "
        "verdeelsleutel van de gemeenschappelijke regeling (paragraaf 4.3).")
    d.h2("2.4  Personeel en inhuur")
    d.p("Het blijft moeilijk om ervaren klantmanagers inkomen en medewerkers klantcontact te werven. "
        "Door de krapte op de arbeidsmarkt voor deze functies stonden op 30 april 2027 meerdere "
        "vacatures open. Om de wettelijke beslistermijnen te halen zijn tijdelijke krachten ingehuurd. "
        "Inhuur is duurder dan eigen personeel; het voordeel op de salarissen weegt daar niet tegen op. "
        "Zie ook hoofdstuk 5.")

    # ---------------- 3
    d.h1("3  Voortgang per product")
    d.h2("3.1  Inkomen")
    d.p("Het product Inkomen omvat het verstrekken van uitkeringen op grond van de Participatiewet, "
        "de IOAW en IOAZ en het Bbz, en het verstrekken van loonkostensubsidie aan werkgevers die "
        "inwoners met een arbeidsbeperking in dienst nemen. De gemeenten ontvangen hiervoor van het "
        "Rijk het gebundelde budget BUIG. De ISD betaalt de uitkeringen en brengt de netto lasten per "
        "gemeente in rekening. Een tekort of overschot op de BUIG komt daardoor bij de gemeente zelf "
        "terecht. Tabel 3 vergelijkt per gemeente het voorlopige rijksbudget BUIG 2027 met de "
        "begrote en de verwachte netto lasten.")
    bu = D.BUIG
    tot_bu = [sum(bu[m][i] for m in D.MEMBERS) for i in range(3)]
    d.table("Budget BUIG en netto lasten inkomensvoorzieningen per deelnemer (bedragen x € 1.000)",
            ["Gemeente", "Voorlopig budget BUIG 2027", "Begroot netto lasten 2027",
             "Prognose netto lasten 2027", "Budget min prognose"],
            [([m] + [nl(x) for x in bu[m]] + [nl(bu[m][0] - bu[m][2])], "") for m in D.MEMBERS]
            + [(["Totaal"] + [nl(x) for x in tot_bu] + [nl(tot_bu[0] - tot_bu[2])], "total")],
            widths=["28%", "18%", "18%", "18%", "18%"],
            note="Een negatief bedrag in de laatste kolom betekent dat de verwachte netto lasten "
                 "hoger zijn dan het voorlopige rijksbudget (tekort voor de gemeente).")
    d.p("Alleen Molenrade verwacht een overschot op het BUIG-budget. In de andere gemeenten zijn de "
        "netto lasten hoger dan het voorlopige budget. Het definitieve budget BUIG 2027 wordt in "
        "september bekendgemaakt en kan nog afwijken. De gemeenten Graspeel en Beekstervelde "
        "onderzoeken of zij in aanmerking komen voor de vangnetuitkering Participatiewet.")
    d.p("De handhaving is in 2027 gericht op preventie. Nieuwe klanten krijgen binnen twee weken "
        "na de aanvraag een gesprek over hun rechten en plichten. Het aantal fraudeonderzoeken "
        "daalde in het eerste kwartaal ten opzichte van 2026; het aantal onderzoeken naar "
        "woonsituatie en samenwonen bleef gelijk.")
    d.h2("3.2  Bijzondere bijstand en minimaregelingen")
    d.p("Inwoners met een laag inkomen kunnen een beroep doen op de bijzondere bijstand voor "
        "noodzakelijke kosten die zij niet zelf kunnen betalen, zoals de kosten van beschermingsbewind, "
        "een eigen bijdrage voor rechtsbijstand of de inrichting van een eerste woning. De uitgaven "
        "aan individuele bijzondere bijstand stijgen, vooral door meer aanvragen voor de kosten van "
        "beschermingsbewind en woninginrichting van vergunninghouders.")
    d.p("De individuele inkomenstoeslag is bedoeld voor inwoners van 21 jaar tot de AOW-leeftijd die "
        "langdurig, dat wil zeggen drie jaar of langer, een inkomen rond het sociaal minimum hebben en "
        "geen uitzicht hebben op inkomensverbetering. De toeslag wordt eenmaal per jaar uitbetaald. "
        "Door de gestegen aantallen langdurige uitkeringen verwachten wij meer toekenningen dan "
        "begroot.")
    d.p("Het Kindpakket en de meedoenregeling bieden kinderen uit gezinnen met een laag inkomen "
        "de mogelijkheid om mee te doen aan sport, cultuur en schoolactiviteiten. Het gebruik blijft "
        "achter bij de verwachting. In het voorjaar is een campagne gestart via scholen, "
        "sportverenigingen en de wijkteams om de regelingen beter bekend te maken.")
    d.p("De collectieve zorgverzekering voor minima wordt aangeboden in samenwerking met twee "
        "zorgverzekeraars. Per 1 januari 2027 namen 3.184 verzekerden deel, 112 meer dan een jaar "
        "eerder. De gemeentelijke bijdrage in de premie is in 2027 gelijk gebleven.")
    d.h2("3.3  Schuldhulpverlening en vroegsignalering")
    d.p("Vroegsignalering van schulden is een wettelijke taak. Woningcorporaties, energieleveranciers, "
        "zorgverzekeraars en drinkwaterbedrijven melden betalingsachterstanden bij de ISD. Binnen "
        "drie werkdagen na een signaal neemt een medewerker schulddienstverlening contact op met de "
        "inwoner, eerst per brief en telefoon en zo nodig met een huisbezoek. Doel is dat inwoners "
        "zo vroeg mogelijk hulp krijgen, voordat een achterstand uitgroeit tot een problematische "
        "schuld. In de eerste vier maanden van 2027 kwamen 1.046 signalen binnen; met 38% van de "
        "inwoners kwam een eerste gesprek tot stand.")
    d.p("Voor de uitbreiding van de vroegsignalering met signalen van de gemeentelijke "
        "belastingen is in de eerste begrotingswijziging 2027 een budget van € 60.000 opgenomen, "
        "gedekt uit de bestemmingsreserve vroegsignalering schulden. De kosten van beschermingsbewind "
        "stijgen door een hoger aantal inwoners onder bewind en door de indexering van de tarieven "
        "van bewindvoerders.")
    d.h2("3.4  Re-integratie")
    d.p("Met re-integratietrajecten begeleidt de ISD uitkeringsgerechtigden naar werk of naar een "
        "vorm van maatschappelijke participatie. In 2027 ligt de nadruk op jongeren onder 27 jaar en "
        "op statushouders, voor wie taal en werk worden gecombineerd. Doordat meerdere trajecten later "
        "starten dan gepland, verwachten wij een onderbesteding.")
    d.h2("3.5  Dienstverlening")
    d.p("De ISD streeft ernaar om 95% van de aanvragen levensonderhoud binnen de wettelijke termijn "
        "van acht weken af te handelen. In het eerste kwartaal lag dat percentage op 91%. De "
        "achterstand is ontstaan door de vacatures bij het team Inkomen en wordt met de inzet van "
        "inhuur in het tweede kwartaal weggewerkt. Het klantcontactcentrum beantwoordde 78% van de "
        "telefoontjes binnen twee minuten.")

    # ---------------- 4
    d.h1("4  Financiële rapportage")
    d.h2("4.1  Overzicht van baten en lasten 2027")
    d.p("Tabel 4 geeft per product de primitieve begroting 2027, de eerste begrotingswijziging 2027, "
        "de begroting na wijziging, de prognose per 30 april en het verschil tussen prognose en "
        "begroting na wijziging. De lasten en baten zijn als positieve bedragen weergegeven.")
    prow = []
    for label, p, w, n, g, v, kind in rows:
        if kind in ("head", "group"):
            prow.append(([label, "", "", "", "", ""], kind))
        else:
            prow.append(([label, nl(p), nl(w), nl(n), nl(g), nl(v)], kind))
    d.table("Overzicht van baten en lasten 2027 per product (bedragen x € 1.000)",
            ["Omschrijving", "Begroting 2027 primitief", "1e wijziging 2027",
             "Begroting 2027 na wijziging", "Prognose 2027", "Verschil"],
            prow, widths=["37%", "12.6%", "12.6%", "12.6%", "12.6%", "12.6%"],
            note="Verschil: een negatief bedrag is een nadeel, een positief bedrag een voordeel.")

    d.p("De primitieve begroting 2027 is op 3 juli 2026 door het algemeen bestuur vastgesteld, na "
        "de zienswijzen van de zes gemeenteraden. De eerste begrotingswijziging 2027 verwerkt de "
        "loonsverhoging uit de cao Gemeenten en de uitbreiding van de vroegsignalering. Latere "
        "wijzigingen van de begroting worden in de tweede bestuursrapportage verwerkt.")
    d.h2("4.2  Toelichting op de verschillen")
    d.p("Hieronder lichten wij de verschillen tussen de prognose en de begroting na wijziging toe "
        "die groter zijn dan € 25.000.")

    def amt(label):
        return "€ " + nl(abs(R[label][5]) * 1000)

    def vn(label):
        return "nadeel" if R[label][5] < 0 else "voordeel"

    d.h3("Uitkeringen Participatiewet, IOAW, IOAZ en Bbz")
    d.p(f"De lasten van de uitkeringen Participatiewet vallen {amt('Uitkeringen Participatiewet')} "
        "hoger uit dan begroot door de stijging van het aantal huishoudens met een uitkering (zie "
        "paragraaf 2.1) en de verhoging van de normbedragen per 1 januari. De lasten van het Bbz "
        f"stijgen met {amt('Bbz levensonderhoud en bedrijfskapitaal')} doordat meer zelfstandigen "
        "een beroep doen op een tijdelijke uitkering. Bij de IOAW en IOAZ en de loonkostensubsidie "
        f"is sprake van lagere lasten ({amt('IOAW en IOAZ')} en {amt('Loonkostensubsidie')}). De "
        f"rijksvergoeding Bbz ({amt('Rijksvergoeding Bbz')}) en de terugvorderingen "
        f"({amt('Terugvorderingen en verhaal')}) zijn hoger dan begroot. Per saldo stijgen de netto "
        "lasten van de inkomensvoorzieningen met "
        f"{amt('Bijdragen deelnemers inkomensvoorzieningen')}. Dit bedrag wordt volgens de "
        "regeling door de deelnemers betaald en is daarom als hogere bijdrage verwerkt. Het "
        "resultaat van de ISD verandert hierdoor niet.")
    d.h3("Bijzondere bijstand en minimaregelingen")
    d.p(f"De individuele bijzondere bijstand valt {amt('Individuele bijzondere bijstand')} hoger uit "
        "door meer aanvragen voor de kosten van beschermingsbewind en woninginrichting. Voor de "
        f"individuele inkomenstoeslag verwachten wij een overschrijding van "
        f"{amt('Individuele inkomenstoeslag')}, voor de collectieve zorgverzekering minima van "
        f"{amt('Collectieve zorgverzekering minima')}. Het lagere gebruik van het Kindpakket en de "
        f"meedoenregeling levert een voordeel op van {amt('Kindpakket en meedoenregeling')}. De "
        "bijdragen van de deelnemers voor dit product liggen vast; het saldo komt ten laste van het "
        "resultaat.")
    d.h3("Schuldhulpverlening")
    d.p("De kosten van schuldhulpverlening en vroegsignalering stijgen met "
        f"{amt('Schuldhulpverlening en vroegsignalering')} door een groter aantal trajecten. De "
        f"kosten van beschermingsbewind stijgen met {amt('Beschermingsbewind')}.")
    d.h3("Re-integratie")
    d.p("Doordat meerdere trajecten later starten dan gepland, verwachten wij op de "
        f"re-integratietrajecten een onderbesteding van {amt('Re-integratietrajecten en participatie')}.")
    d.h3("Bedrijfsvoering")
    d.p(f"Op de salarissen en sociale lasten ontstaat een voordeel van "
        f"{amt('Salarissen en sociale lasten')} door vacatures. Daartegenover staat een overschrijding "
        f"op de inhuur van derden van {amt('Inhuur derden')}. De vacatures bij de teams Inkomen en "
        "Klantcontact worden ingevuld met tijdelijke krachten om de beslistermijnen te halen. Het "
        "uurtarief van ingehuurde klantmanagers ligt gemiddeld 45% boven de loonkosten van eigen "
        "medewerkers. De kosten van ICT en applicaties vallen "
        f"{amt('ICT en applicaties')} hoger uit door de versnelde vervanging van het "
        "zaaksysteem voor bijzondere bijstand; deze kosten worden gedekt uit de bestemmingsreserve "
        "vervanging applicaties. De overige baten zijn "
        f"{amt(D.BATEN_OTHER[0])} hoger door de detachering van twee medewerkers bij de gemeente "
        "Molenrade.")

    # ---------------- 4.3 contributions
    d.h2("4.3  Bijdragen van de deelnemende gemeenten")
    d.p("De deelnemende gemeenten betalen aan de ISD een bijdrage in de uitvoeringskosten, in de "
        "kosten van de bijzondere bijstand en minimaregelingen, in de schuldhulpverlening en in de "
        "re-integratie. De bijdrage in de uitvoeringskosten wordt verdeeld naar rato van het aantal "
        "inwoners (50%) en het aantal uitkeringen op 1 januari van het voorgaande jaar (50%). De "
        "bijdrage in de bijzondere bijstand en de re-integratie volgt het aantal uitkeringen, de "
        "bijdrage in de schuldhulpverlening het aantal inwoners. Daarnaast betalen de gemeenten de "
        "netto lasten van de inkomensvoorzieningen (tabel 3); die bijdrage is hieronder niet "
        "opgenomen.")
    d.p("Tabel 5 geeft de bijdragen per deelnemer na de eerste begrotingswijziging, gesplitst naar "
        "onderdeel. Tabel 6 vergelijkt de totale bijdrage met de primitieve begroting. Let op: beide "
        "tabellen zijn in hele euro's.")
    na = D.CONTRIB_NA
    prim = D.CONTRIB_PRIM
    rows5 = []
    for m in D.MEMBERS:
        rows5.append(([m] + [nl(na[p][m]) for p in D.PARTS] + [nl(D.member_total(na, m))], ""))
    rows5.append((["Totaal"] + [nl(sum(na[p].values())) for p in D.PARTS]
                  + [nl(sum(D.member_total(na, m) for m in D.MEMBERS))], "total"))
    d.table("Bijdragen per deelnemer 2027 na 1e begrotingswijziging, per onderdeel (bedragen in €)",
            ["Gemeente", "Uitvoerings&shy;kosten", "Bijzondere bijstand en minima",
             "Schuldhulp&shy;verlening", "Re-integratie", "Totaal"],
            rows5, widths=["22%", "16%", "16%", "16%", "14%", "16%"])
    rows6 = []
    for m in D.MEMBERS:
        pt, nt = D.member_total(prim, m), D.member_total(na, m)
        rows6.append(([m, nl(pt), nl(D.CONTRIB_WIJZ[m]), nl(nt),
                       nl(100.0 * D.INHABITANTS[m] / sum(D.INHABITANTS.values()), 1)], ""))
    rows6.append((["Totaal", nl(sum(D.member_total(prim, m) for m in D.MEMBERS)),
                   nl(sum(D.CONTRIB_WIJZ.values())),
                   nl(sum(D.member_total(na, m) for m in D.MEMBERS)), "100,0"], "total"))
    d.table("Totale bijdrage per deelnemer 2027 exclusief inkomensvoorzieningen (bedragen in €)",
            ["Gemeente", "Begroting 2027 primitief", "1e wijziging (cao)",
             "Begroting 2027 na wijziging", "Aandeel inwoners (%)"],
            rows6, widths=["24%", "20%", "18%", "20%", "18%"],
            note="Inwonersaantallen per 1 januari 2026 (CBS): " + "; ".join(
                f"{m} {nl(D.INHABITANTS[m])}" for m in D.MEMBERS) + ".")
    d.p(f"Het verwachte nadeel van € {nl(abs(res[4]) * 1000)} wordt bij de jaarrekening 2027 "
        "volgens dezelfde verdeelsleutel als de uitvoeringskosten met de deelnemers verrekend, tenzij "
        "het algemeen bestuur besluit het tekort ten laste van de algemene reserve te brengen. Het "
        "dagelijks bestuur stelt voor daarover bij de jaarrekening te besluiten.")

    # ---------------- 4.4 reserves
    d.h2("4.4  Reserves")
    d.p("De ISD heeft een algemene reserve en drie bestemmingsreserves. De algemene reserve is "
        "gemaximeerd op 10% van de begrote uitvoeringskosten. Tabel 7 geeft het verwachte verloop "
        "in 2027.")
    rr = []
    for name, s, t, o in D.RESERVES:
        rr.append(([name, nl(s), nl(t), nl(o), nl(s + t - o)], ""))
    tots = [sum(r[i] for r in D.RESERVES) for i in (1, 2, 3)]
    rr.append((["Totaal reserves", nl(tots[0]), nl(tots[1]), nl(tots[2]),
                nl(tots[0] + tots[1] - tots[2])], "total"))
    d.table("Verloop reserves 2027 volgens prognose (bedragen x € 1.000)",
            ["Reserve", "Stand 1 januari 2027", "Toevoeging", "Onttrekking", "Stand 31 december 2027"],
            rr, widths=["40%", "15%", "15%", "15%", "15%"])
    d.p("De onttrekking aan de bestemmingsreserve vroegsignalering schulden van € 60.000 is met de "
        "eerste begrotingswijziging geraamd. De onttrekking aan de bestemmingsreserve vervanging "
        "applicaties van € 42.000 is nieuw en dekt de hogere ICT-kosten. De bestemmingsreserve "
        "frictiekosten huisvesting is bedoeld voor de verhuizing van de vestiging in Wielsbergen "
        "naar het gemeentehuis; deze is in 2028 voorzien.")

    # ---------------- 4.5 balance + kengetallen
    d.h2("4.5  Geprognosticeerde balans en kengetallen")
    d.p("De geprognosticeerde balans geeft de stand per 31 december 2026 volgens de jaarrekening "
        "2026, de stand per 31 december 2027 volgens de begroting 2027 en de verwachte stand per "
        "31 december 2027 op basis van deze rapportage. Het resultaat 2026 van "
        f"€ {nl(D.RESULT_2026 * 1000)} is nog niet bestemd; het voorstel tot resultaatbestemming "
        "ligt gelijktijdig met deze rapportage voor.")
    brows = [(["Activa", "", "", ""], "head")]
    for name, v in A:
        brows.append(([name] + [nl(x) for x in v], ""))
    brows.append((["Totaal activa"] + [nl(x) for x in act_tot], "total"))
    brows.append((["Passiva", "", "", ""], "head"))
    for name, v in P:
        kind = "total" if name == "Eigen vermogen" else ""
        label = name if name == "Eigen vermogen" else name
        brows.append(([label] + [nl(x) for x in v], kind))
    brows.append((["Totaal passiva"] + [nl(x) for x in pas_tot], "total"))
    d.table("Geprognosticeerde balans (bedragen x € 1.000)",
            ["Balanspost", "31-12-2026 jaarrekening", "31-12-2027 begroting", "31-12-2027 prognose"],
            brows, widths=["46%", "18%", "18%", "18%"])
    d.p("De kengetallen in tabel 9 zijn berekend volgens de voorschriften van het Besluit begroting "
        "en verantwoording. De totale baten die voor de netto schuldquote worden gebruikt zijn voor "
        f"2026 de gerealiseerde baten (€ {nl(D.TOTALE_BATEN_2026 * 1000)}), voor 2027 de baten "
        "uit tabel 4.")
    kr = []
    for k, v in KG.items():
        kr.append(([k] + [pct(x) for x in v], ""))
    d.table("Financiële kengetallen",
            ["Kengetal", "Jaarrekening 2026", "Begroting 2027", "Prognose 2027"],
            kr, widths=["46%", "18%", "18%", "18%"])
    d.p("De netto schuldquote blijft ruim onder de signaleringswaarde van 100%. De solvabiliteit "
        "daalt door het verwachte negatieve resultaat. Omdat de ISD vrijwel alle kosten doorbelast "
        "aan de deelnemers, is een lage solvabiliteit voor een gemeenschappelijke regeling als deze "
        "gebruikelijk en geen reden tot zorg.")

    # ---------------- 5 personeel
    d.h1("5  Personeel en organisatie")
    d.p("Tabel 10 vergelijkt de formatie 2027 met de bezetting en de ingehuurde capaciteit op "
        "30 april 2027. De bezetting is in fte en omvat medewerkers in vaste en tijdelijke dienst; "
        "ingehuurde krachten zijn apart vermeld.")
    sr = []
    for name, f, b, i in D.STAFF:
        sr.append(([name, fte(f), fte(b), fte(f - b), fte(i)], ""))
    tf = [sum(s[i] for s in D.STAFF) for i in (1, 2, 3)]
    sr.append((["Totaal", fte(tf[0]), fte(tf[1]), fte(tf[0] - tf[1]), fte(tf[2])], "total"))
    d.table("Formatie, bezetting en inhuur per team (in fte)",
            ["Team", "Formatie 2027", "Bezetting 30-4-2027", "Vacatureruimte", "Inhuur 30-4-2027"],
            sr, widths=["36%", "16%", "16%", "16%", "16%"])
    d.p("Het ziekteverzuim over het eerste kwartaal bedroeg 6,4% (eerste kwartaal 2026: 7,1%). De "
        "norm is 5,5%. Het team Bijzondere bijstand en minima is tijdelijk boven formatie bezet om "
        "de achterstand in de aanvragen woninginrichting weg te werken. In het tweede kwartaal "
        "start een traineeprogramma voor zes nieuwe klantmanagers, in samenwerking met het ROC.")

    # ---------------- 6 risico's
    d.h1("6  Risico's en weerstandsvermogen")
    d.p("De belangrijkste risico's voor de ISD zijn de ontwikkeling van het aantal uitkeringen, de "
        "beschikbaarheid van personeel en de invoering van de tweede tranche van de wet "
        "Participatiewet in balans. Het risico van hogere uitkeringslasten ligt bij de deelnemende "
        "gemeenten. Voor de ISD zelf zijn de risico's beperkt tot de bedrijfsvoering.")
    d.p("De beschikbare weerstandscapaciteit bestaat uit de algemene reserve van "
        f"€ {nl(D.RESERVES[0][1] * 1000)}. De benodigde weerstandscapaciteit voor de "
        "gekwantificeerde risico's is berekend op € 640.000. Daarmee is de ratio weerstandsvermogen "
        "1,75, wat volgens de gehanteerde normtabel als ruim voldoende geldt. Als het verwachte "
        "nadeel ten laste van de algemene reserve wordt gebracht, daalt de ratio onder de 1,2.")
    d.ul(["Krapte op de arbeidsmarkt: verdere inhuur bij aanhoudende vacatures.",
          "ICT: de leverancier van het uitkeringssysteem beëindigt de ondersteuning van de "
          "huidige versie per 2029; vervanging vraagt een investering.",
          "Wetgeving: de uitvoeringskosten van de tweede tranche van Participatiewet in balans zijn "
          "nog niet bekend."])

    # ---------------- 7
    d.h1("7  Voorstel aan het algemeen bestuur")
    d.p("Het dagelijks bestuur stelt het algemeen bestuur voor:")
    d.ul(["de eerste bestuursrapportage 2027 vast te stellen;",
          f"kennis te nemen van het verwachte nadelige resultaat 2027 van € {nl(abs(res[4]) * 1000)};",
          "in te stemmen met de onttrekking van € 42.000 aan de bestemmingsreserve vervanging "
          "applicaties;",
          "de deelnemende gemeenten te informeren over de verwachte netto lasten van de "
          "inkomensvoorzieningen per gemeente (tabel 3)."])
    d.p("Dommelrande, 20 mei 2027")
    d.p("Het dagelijks bestuur van de Intergemeentelijke Sociale Dienst Dommelrande,")
    d.p("de voorzitter, mr. H.J. van Oosterloo          de secretaris-directeur, drs. M. Verhaert-Linssen")

    # ---------------- bijlagen
    d.pagebreak()
    d.h1("Bijlage 1  Eerste begrotingswijziging 2027")
    d.p("Het algemeen bestuur heeft op 27 maart 2027 de eerste begrotingswijziging 2027 vastgesteld. "
        "De wijziging is budgettair neutraal voor het resultaat van de ISD. De deelnemende gemeenten "
        "hebben over de wijziging geen zienswijze ingediend.")
    wl = [(r[0], r[2]) for r in rows if r[6] == "row" and r[2]]
    d.table("Eerste begrotingswijziging 2027 (bedragen x € 1.000)",
            ["Onderdeel", "Lasten", "Baten", "Reserves"],
            [(["Salarissen en sociale lasten (cao Gemeenten 3,1%)", nl(R["Salarissen en sociale lasten"][2]), "", ""], ""),
             (["Bijdragen deelnemers uitvoeringskosten", "", nl(R["Bijdragen deelnemers uitvoeringskosten"][2]), ""], ""),
             (["Uitbreiding vroegsignalering schulden", nl(R["Schuldhulpverlening en vroegsignalering"][2]), "", ""], ""),
             (["Onttrekking bestemmingsreserve vroegsignalering schulden", "", "", nl(R["Onttrekkingen aan reserves"][2])], ""),
             (["Totaal wijziging", nl(R["Totaal lasten"][2]), nl(R["Totaal baten"][2]),
               nl(R["Onttrekkingen aan reserves"][2])], "total")],
            widths=["58%", "14%", "14%", "14%"])
    assert len(wl) == 4, wl
    d.p("Na deze wijziging bedragen de begrote lasten 2027 € "
        f"{nl(R['Totaal lasten'][3] * 1000)} en de begrote baten € {nl(R['Totaal baten'][3] * 1000)}. "
        "Het verschil wordt gedekt door de onttrekking aan de bestemmingsreserve.")
    d.h1("Bijlage 2  Begrippen en afkortingen")
    for term, expl in [
        ("AB / DB", "Algemeen bestuur en dagelijks bestuur van de gemeenschappelijke regeling."),
        ("Bbz", "Besluit bijstandverlening zelfstandigen: ondersteuning van ondernemers en "
                "beginnende zelfstandigen met een uitkering voor levensonderhoud of bedrijfskapitaal."),
        ("BUIG", "Gebundelde uitkering van het Rijk aan gemeenten voor de uitkeringen op grond van de "
                 "Participatiewet, IOAW, IOAZ en Bbz (levensonderhoud startende ondernemers) en "
                 "loonkostensubsidie."),
        ("Fte", "Fulltime-equivalent: een volledige werkweek van 36 uur."),
        ("IOAW / IOAZ", "Inkomensvoorziening voor oudere en gedeeltelijk arbeidsongeschikte werkloze "
                        "werknemers en voor oudere en gedeeltelijk arbeidsongeschikte gewezen "
                        "zelfstandigen."),
        ("Netto schuldquote", "De netto schuld als percentage van de totale baten; geeft aan hoe "
                              "zwaar de rentelasten en aflossingen op de exploitatie drukken."),
        ("Primitieve begroting", "De begroting zoals die oorspronkelijk door het algemeen bestuur is "
                                 "vastgesteld, dus vóór begrotingswijzigingen."),
        ("Solvabiliteitsratio", "Het eigen vermogen als percentage van het balanstotaal."),
        ("Vangnetuitkering", "Aanvullende uitkering van het Rijk voor gemeenten met een groot tekort "
                             "op het BUIG-budget."),
        ("Vroegsignalering", "Het vroegtijdig opsporen van betalingsachterstanden bij vaste lasten, "
                             "zodat hulp kan worden geboden voordat schulden problematisch worden."),
    ]:
        d.parts.append(f"<p><b>{esc(term)}</b><br>{esc(expl)}</p>")

    body = "\n".join(d.parts)
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Eerste bestuursrapportage 2027 - ISD Dommelrande</title><style>{CSS}</style></head>
<body>{body}</body></html>"""


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    htm = os.path.join(out_dir, STEM + ".html")
    pdf = os.path.join(out_dir, STEM + ".pdf")
    with open(htm, "w", encoding="utf-8") as f:
        f.write(build())
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + os.path.abspath(htm)],
                   check=True, capture_output=True)
    return htm, pdf


if __name__ == "__main__":
    print(main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/setx-build"))
