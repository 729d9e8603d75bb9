"""Layout of the FICTIONAL 'Gemeente Twenterand - Programmabegroting 2025' as paginated HTML.

The HTML is rendered to PDF by wkhtmltopdf (QtWebKit). Pages are laid out by hand (one <div class=page>
per PDF page), because the Debian build of wkhtmltopdf has no header/footer support; a small script
marks a page whose content overflows, and check.py fails on that marker and on a page-count mismatch.
Usage: python build_twenterand.py OUT.html
"""
import sys
from html import escape as E

import data_twenterand as T
from common import nl, par, dec, eur2, pct, k

DOC = "Programmabegroting 2025"
FICTIEF_FOOT = ("FICTIEF DOCUMENT \u2013 alle bedragen, aantallen, tarieven en percentages zijn verzonnen; "
                "dit is geen begroting van de gemeente Twenterand")

CSS = """
body { margin:0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 16px; color:#1b1b1b; }
.page { position: relative; width: 1035px; height: 1462px; box-sizing: border-box; overflow: hidden;
        page-break-after: always; }
.page.last { page-break-after: auto; }
.hdr { position:absolute; top: 38px; left: 90px; right: 80px; font-size: 12.5px; color:#2d5d7b;
       border-bottom: 1px solid #2d5d7b; padding-bottom: 4px; }
.hdr .r { float:right; }
.body { position:absolute; top: 78px; left: 90px; right: 80px; height: 1300px; }
.ftr { position:absolute; bottom: 34px; left: 90px; right: 80px; font-size: 11.5px; color:#333;
       border-top: 1px solid #888; padding-top: 5px; }
.ftr .r { float:right; }
h1 { font-size: 30px; color:#2d5d7b; margin: 4px 0 12px 0; }
h2 { font-size: 22px; color:#2d5d7b; margin: 16px 0 8px 0; }
h3 { font-size: 17.5px; margin: 12px 0 5px 0; color:#143a52; }
p { margin: 0 0 8px 0; line-height: 1.36; text-align: justify; }
ul { margin: 2px 0 8px 0; padding-left: 24px; } li { margin-bottom: 3px; line-height: 1.3; }
table.fin { border-collapse: collapse; width: 100%; font-size: 14px; margin: 4px 0 6px 0; }
table.fin td, table.fin th { padding: 3px 6px; vertical-align: top; }
table.fin th { background: #dbe7ef; font-weight: bold; text-align: right; border-bottom: 1px solid #2d5d7b; }
table.fin th.l, table.fin td.l { text-align: left; }
table.fin td { text-align: right; border-bottom: 1px solid #e3e3e3; }
table.fin tr.sec td { font-weight: bold; background: #f1f5f8; text-align:left; }
table.fin tr.tot td { font-weight: bold; border-top: 1.5px solid #333; border-bottom: 1.5px solid #333; }
table.fin tr.sub td { font-style: italic; border-top: 1px solid #777; }
table.fin td.ind { padding-left: 22px; }
.cap { font-weight: bold; font-size: 14.5px; margin-top: 10px; color:#143a52; }
.scale { font-size: 13px; color:#444; font-style: italic; }
.note { font-size: 12.5px; color:#333; margin: 2px 0 8px 0; line-height: 1.3; }
.box { border: 3px solid #b00000; padding: 16px 20px; margin: 40px 0; font-size: 19px; color: #b00000; }
.box b { font-size: 26px; }
.kpi { border-left: 5px solid #2d5d7b; padding: 6px 12px; background: #f1f5f8; margin: 8px 0; }
.toc td { padding: 4px 8px; font-size: 16px; } .toc td.n { text-align:right; }
.ovf { position:absolute; top:0; left:0; background:red; color:white; font-size:30px; }
"""

JS = """
<script>
window.onload = function () {
  var pages = document.getElementsByClassName('body');
  for (var i = 0; i < pages.length; i++) {
    var b = pages[i];
    if (b.scrollHeight > b.clientHeight + 2) {
      var d = document.createElement('div'); d.className = 'ovf';
      d.appendChild(document.createTextNode('OVERFLOW-ERROR page ' + (i + 1)));
      b.parentNode.appendChild(d);
    }
  }
};
</script>
"""


# ----------------------------------------------------------------------------- helpers
def th_row(cells, cls=None):
    out = []
    for c in cells:
        if isinstance(c, tuple):
            txt, attrs = c
        else:
            txt, attrs = c, ""
        out.append(f"<th {attrs}>{txt}</th>")
    return "<tr>" + "".join(out) + "</tr>"


def td_row(label, vals, cls="", lcls="l"):
    return (f"<tr class='{cls}'><td class='{lcls}'>{E(label)}</td>" +
            "".join(f"<td>{v}</td>" for v in vals) + "</tr>")


def sec_row(label, n):
    return f"<tr class='sec'><td colspan='{n}'>{E(label)}</td></tr>"


def prog_table_x1000(p, caption, fmt_baten=nl, scale_in_caption=True, footnote=None, order=None,
                     header=None):
    """A 'Wat mag het kosten' table, x 1.000. order: column index order (default ascending years)."""
    order = order or [0, 1, 2, 3, 4, 5]
    n = len(order) + 1
    h = header or [
        th_row([("", "class='l' rowspan='2'"), ("Rekening", ""), ("Begroting", ""), ("Begroting", ""),
                ("Meerjarenraming", "colspan='3' style='text-align:center'")]),
        th_row(["2023", "2024", "2025", "2026", "2027", "2028"]),
    ]
    rows = [sec_row("Lasten", n)]
    for lab, v in p["lasten"].items():
        rows.append(td_row(lab, [nl(v[i]) for i in order], lcls="l ind"))
    L = T.tot_l(p)
    rows.append(td_row("Totaal lasten", [nl(L[i]) for i in order], cls="sub"))
    rows.append(sec_row("Baten", n))
    for lab, v in p["baten"].items():
        rows.append(td_row(lab, [fmt_baten(-v[i]) if fmt_baten is par else nl(v[i]) for i in order],
                           lcls="l ind"))
    B = T.tot_b(p)
    rows.append(td_row("Totaal baten", [fmt_baten(-B[i]) if fmt_baten is par else nl(B[i]) for i in order],
                       cls="sub"))
    rows.append(td_row("Saldo van baten en lasten", [nl(p["saldo"][i]) for i in order], cls="tot"))
    rows.append(td_row("Toevoegingen aan reserves", [nl(p["toev"][i]) for i in order]))
    rows.append(td_row("Onttrekkingen aan reserves", [nl(p["ontt"][i]) for i in order]))
    rows.append(td_row("Resultaat", [nl(p["result"][i]) for i in order], cls="tot"))
    cap = f"<div class='cap'>{E(caption)}"
    if scale_in_caption:
        cap += " <span class='scale'>(bedragen x € 1.000)</span>"
    cap += "</div>"
    out = cap + "<table class='fin'>" + "".join(h) + "".join(rows) + "</table>"
    if footnote:
        out += f"<div class='note'>{footnote}</div>"
    return out


def ind_table(rows, caption="Beleidsindicatoren (BBV)"):
    h = th_row([("Indicator", "class='l'"), "Twenterand", "Nederland", "Jaar", ("Bron", "class='l'")])
    body = "".join(f"<tr><td class='l'>{E(a)}</td><td>{E(b)}</td><td>{E(c)}</td><td>{E(d)}</td>"
                   f"<td class='l'>{E(e)}</td></tr>" for a, b, c, d, e in rows)
    return f"<div class='cap'>{E(caption)}</div><table class='fin'>{h}{body}</table>"


def P(text):
    return f"<p>{text}</p>"


def UL(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def eur(n):
    return "€ " + nl(n)


# ----------------------------------------------------------------------------- pages
pages = []   # list of (section title, html)


def page(section, html):
    pages.append((section, html))


# 1 cover ---------------------------------------------------------------------
page("", f"""
<div style='margin-top:120px'>
<div style='font-size:24px;color:#2d5d7b'>Gemeente Twenterand</div>
<div style='font-size:54px;font-weight:bold;color:#143a52;margin-top:10px'>Programmabegroting 2025</div>
<div style='font-size:26px;color:#2d5d7b;margin-top:6px'>en meerjarenraming 2026 - 2028</div>
<div style='font-size:17px;margin-top:30px'>Vriezenveen, Vroomshoop, Den Ham, Westerhaar-Vriezenveensewijk, Aadorp, Geerdijk, Bruinehaar, Sibculo, Kloosterhaar</div>
<div style='font-size:17px;margin-top:8px'>Aangeboden aan de gemeenteraad op 1 oktober 2024 \u2013 behandeling in de raad van 5 november 2024</div>
</div>
<div class='box'><b>FICTIEF DOCUMENT</b><br/>
Dit document is verzonnen voor een evaluatieset van een begrotingsassistent. Alle bedragen, aantallen,
tarieven en percentages zijn fictief. Het is geen begroting van de gemeente Twenterand en komt niet
overeen met haar werkelijke cijfers.</div>
""")

# 2 inhoud + leeswijzer ---------------------------------------------------------
toc = [("1", "Inleiding en financieel beeld", 3), ("2", "Programma 1 Bestuur en dienstverlening", 4),
       ("3", "Programma 2 Veiligheid", 5), ("4", "Programma 3 Sociaal domein", 6),
       ("5", "Programma 4 Wonen, ruimte en omgeving", 10), ("6", "Programma 5 Economie, sport en cultuur", 12),
       ("7", "Overhead en algemene dekkingsmiddelen; overzicht van baten en lasten", 13),
       ("8", "Paragraaf lokale heffingen", 14), ("9", "Paragraaf weerstandsvermogen en risicobeheersing", 16),
       ("10", "Paragraaf verbonden partijen", 17), ("11", "Reserves, voorzieningen en investeringen", 18)]
page("Inhoud", "<h1>Inhoudsopgave</h1><table class='toc'>" +
     "".join(f"<tr><td>{a}</td><td>{E(b)}</td><td class='n'>{c}</td></tr>" for a, b, c in toc) + "</table>" +
     "<h2>Leeswijzer</h2>" +
     P("Elk programma is opgebouwd volgens de drie W-vragen: <i>Wat willen we bereiken?</i>, <i>Wat gaan we "
       "daarvoor doen?</i> en <i>Wat mag het kosten?</i>. De financiële tabellen tonen de rekening 2023, de "
       "begroting 2024 na wijziging, de begroting 2025 en de meerjarenraming 2026-2028.") +
     P("Tenzij anders vermeld zijn de bedragen in de programmatabellen <b>x € 1.000</b>. Uitzonderingen: het "
       "Overzicht 3.1 en de taakveldentabel van programma 3 Sociaal domein zijn in hele euro's; de tarieven in de "
       "paragraaf lokale heffingen zijn in euro's met twee decimalen; het meerjarenperspectief in hoofdstuk 1 is "
       "in miljoenen euro's.") +
     P("Let op de tekens. In de meeste tabellen zijn lasten en baten beide positief. In het Overzicht 3.1 "
       "(Sociaal domein) zijn baten negatief weergegeven, zoals in eerdere begrotingen. In programma 4 staan de "
       "baten tussen haakjes. Een negatief saldo of resultaat is nadelig, een positief saldo voordelig. "
       "In verschillentabellen betekent V voordelig en N nadelig.") +
     P("Taakvelden volgen de Iv3-indeling die vanaf 2025 geldt (onder meer de nieuwe taakvelden 6.21-6.23, "
       "6.60, 6.711-6.714, 6.751-6.762, 6.791-6.792, 6.811-6.822 en 6.91-6.92 in het sociaal domein)."))

# 3 inleiding ---------------------------------------------------------------------
MLN = [("Saldo van baten en lasten", [T.SALDO_BL[i] for i in (2, 3, 4, 5)]),
       ("Mutaties reserves (per saldo)", [T.TOTAL_ONTT[i] - T.TOTAL_TOEV[i] for i in (2, 3, 4, 5)]),
       ("Begrotingssaldo", [T.RESULTAAT[i] for i in (2, 3, 4, 5)])]
INCID = [912, -180, 0, 0]
STRUCT = [T.RESULTAAT[i] - INCID[j] for j, i in enumerate((2, 3, 4, 5))]


def mln(v):
    return dec(v / 1000, 1)


mln_rows = "".join(td_row(a, [mln(x) for x in v], cls="tot" if a == "Begrotingssaldo" else "") for a, v in MLN)
mln_rows += td_row("waarvan incidenteel", [mln(x) for x in INCID], lcls="l ind")
mln_rows += td_row("Structureel begrotingssaldo", [mln(x) for x in STRUCT], cls="sub")
kern_rows = ""
for lab, v in T.KERN:
    if v is None:
        kern_rows += sec_row(lab, 4)
    else:
        kern_rows += td_row(lab, [nl(x) for x in v], lcls="l ind")
STRUCT_2025 = STRUCT[0]
page("1 Inleiding en financieel beeld", "<h1>1 Inleiding en financieel beeld</h1>" +
     P("Voor u ligt de programmabegroting 2025 van de gemeente Twenterand. Het is de derde begroting van deze "
       "raadsperiode en de eerste waarin de nieuwe Iv3-taakvelden voor het sociaal domein worden gebruikt. De "
       "begroting is opgesteld in een onzekere tijd: de uitkering uit het gemeentefonds stijgt in 2025 nog, maar "
       "daalt vanaf 2026 fors doordat de compensatie voor de opschalingskorting vervalt.") +
     P(f"De begroting 2025 sluit met een voordelig saldo van <b>€ {nl(T.RESULTAAT_2025_EXACT)}</b>. Daarin zitten "
       f"incidentele voordelen van per saldo € {nl(INCID[0] * 1000)}; structureel sluit de begroting 2025 met een "
       f"tekort van € {nl(-STRUCT_2025 * 1000)}. Voor de jaren 2026 tot en met 2028 laat de meerjarenraming tekorten "
       f"zien. Het college komt in de voorjaarsnota 2025 met voorstellen om het meerjarenperspectief sluitend te maken.") +
     P(f"De totale lasten in 2025 bedragen € {dec(T.TOTAL_L[2] / 1000, 1)} miljoen, waarvan € "
       f"{dec(T.P3_TOT_L[2] / 1e6, 1)} miljoen (ruim de helft) in het sociaal domein. Het grootste deel van de baten "
       f"komt uit de algemene uitkering van het gemeentefonds.") +
     "<div class='cap'>Tabel 1.1 Meerjarenperspectief <span class='scale'>(€ mln; + = voordelig, - = nadelig)</span></div>"
     "<table class='fin'>" + th_row([("", "class='l'"), "2025", "2026", "2027", "2028"]) + mln_rows + "</table>" +
     "<div class='note'>Afrondingsverschillen zijn mogelijk. Het incidentele saldo 2025 bestaat vooral uit de vrijval "
     "van de reserve sociaal domein en de winstneming op de grondexploitatie Het Hoge Veld.</div>" +
     "<div class='cap'>Tabel 1.2 Kerngegevens</div><table class='fin'>" +
     th_row([("Peildatum 1 januari", "class='l'"), "2024", "2023", "2022"]) + kern_rows + "</table>")

# 4 programma 1 --------------------------------------------------------------------
page("Programma 1 Bestuur en dienstverlening", "<h1>Programma 1 Bestuur en dienstverlening</h1>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Inwoners en ondernemers worden snel en goed geholpen: digitaal waar het kan, persoonlijk waar het nodig is. "
       "We willen dat inwoners de dienstverlening van de gemeente in 2025 ten minste met een 7,5 waarderen (2023: 7,1). "
       "Het bestuur is open en benaderbaar; inwoners worden vroeg betrokken bij plannen in hun kern.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL(["We openen in 2025 een servicepunt in Den Ham, dat op dinsdag- en donderdagochtend open is voor "
         "paspoorten, rijbewijzen en vragen over zorg en ondersteuning.",
         "We vervangen het zaaksysteem, zodat inwoners de status van hun aanvraag online kunnen volgen.",
         "Het inwonerspanel <i>Twenterand Praot Mee</i> wordt uitgebreid van 900 naar 1.200 deelnemers.",
         "In 2025 en 2026 worden veel reisdocumenten vernieuwd (de piek van de tienjarige paspoorten); daarvoor "
         "zetten we tijdelijk extra baliemedewerkers in, gedekt uit de hogere legesopbrengst."]) +
     ind_table(T.IND_P1) +
     "<h3>Wat mag het kosten?</h3>" +
     prog_table_x1000(T.P1, "Tabel 2.1 Baten en lasten programma 1") +
     P("De lasten van Burgerzaken stijgen in 2025 met € 89.000 ten opzichte van 2024 door de extra inzet aan de balie "
       "en de kosten van het servicepunt Den Ham. De onttrekking van € 60.000 aan de algemene reserve dekt het "
       "eenmalige raadsprogramma rond 25 jaar gemeente Twenterand."))

# 5 programma 2 (years DESCENDING) -----------------------------------------------------
order_desc = [5, 4, 3, 2, 1, 0]
hdr_desc = [
    th_row([("Bedragen x € 1.000", "class='l' rowspan='2'"), ("Meerjarenraming", "colspan='3' style='text-align:center'"),
            ("Begroting", ""), ("Begroting", ""), ("Rekening", "")]),
    th_row(["2028", "2027", "2026", "2025", "2024", "2023"]),
]
page("Programma 2 Veiligheid", "<h1>Programma 2 Veiligheid</h1>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Twenterand is een veilige gemeente om te wonen, te werken en te recreëren. Inwoners voelen zich veilig in "
       "hun buurt. We pakken ondermijnende criminaliteit aan en we zijn goed voorbereid op rampen en crises.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL([f"We breiden het team handhaving uit met twee boa's. Daarvoor is structureel € {nl(T.PROSE['boa_extra'])} "
         "opgenomen. De boa's richten zich op overlast in de centra van Vriezenveen en Vroomshoop en op "
         "afvaldumping in het buitengebied.",
         "Met het barrièremodel en integrale controles op bedrijventerreinen en in het buitengebied werpen we "
         "drempels op tegen ondermijning (zoals drugslabs en witwassen via vastgoed).",
         "De bijdrage aan de Veiligheidsregio Twente stijgt door de indexatie en door de nieuwe kazerne-"
         "indeling van de brandweer; de kosten staan onder taakveld 1.1.",
         "We actualiseren het integraal veiligheidsplan 2025-2028 samen met de politie en het Openbaar Ministerie."]) +
     ind_table(T.IND_P2) +
     "<h3>Wat mag het kosten?</h3>" +
     prog_table_x1000(T.P2, "Tabel 3.1 Baten en lasten programma 2", scale_in_caption=False, order=order_desc,
                      header=hdr_desc,
                      footnote="De kolommen staan in deze tabel van het laatste naar het eerste jaar. "
                               "Rekening 2023 betreft de werkelijke cijfers volgens de jaarstukken 2023.") +
     P("De lasten van crisisbeheersing en brandweer bestaan vrijwel geheel uit de bijdrage aan de Veiligheidsregio "
       "Twente (zie paragraaf verbonden partijen)."))

# 6-9 programma 3 ------------------------------------------------------------------------
page("Programma 3 Sociaal domein", "<h1>Programma 3 Sociaal domein</h1>" +
     P("Het sociaal domein omvat werk en inkomen, zorg en ondersteuning (Wmo), gezondheid, onderwijs en jeugd. "
       "Net als in eerdere begrotingen is het programma ingedeeld in vijf doelenbomen. De lasten van het sociaal "
       "domein zijn in 2025 € " + nl(T.P3_TOT_L[2]) + "; dat is € " + nl(T.P3_TOT_L[2] - T.P3_TOT_L[1]) +
       " meer dan in de begroting 2024. De stijging komt vooral door hogere tarieven van zorgaanbieders en de "
       "eenmalige bijdrage aan een kindcentrum in Vriezenveen.") +
     "<h2>Doelenboom Sociale zaken</h2>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Inwoners doen naar vermogen mee en zijn financieel zelfredzaam. Zo min mogelijk inwoners zijn "
       "afhankelijk van een uitkering en huishoudens met geldzorgen worden vroeg geholpen.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL([f"Vroegsignalering van schulden: signalen over betalingsachterstanden bij woningcorporaties, energie- en "
         f"drinkwaterbedrijven en zorgverzekeraars leiden binnen vijf werkdagen tot een huisbezoek. In 2023 "
         f"meldden zich {T.PROSE['schuldhulp_aanmeldingen_2023']} huishoudens voor schuldhulpverlening; in 2025 "
         f"willen we {T.PROSE['schuldhulp_doel_2025']} huishoudens bereiken.",
         "Samen met Soweco bieden we 12 nieuwe plekken beschut werk aan.",
         "Statushouders volgen vanaf de eerste week een taaltraject met werkstage (de Twenterandse "
         "'leerwerkroute')."]) +
     "<h2>Doelenboom Maatschappelijke ondersteuning</h2>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Inwoners wonen zo lang mogelijk zelfstandig thuis en krijgen snel de ondersteuning die zij nodig hebben. "
       "Mantelzorgers houden het vol.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL([f"We voeren in 2025 een <i>snelle route</i> in voor eenvoudige hulpmiddelen en woningaanpassingen: een "
         f"aanvraag voor bijvoorbeeld een rolstoel, douchezitje of drempelhulp wordt binnen "
         f"{T.PROSE['snelle_route_werkdagen']} werkdagen afgehandeld, zonder keukentafelgesprek.",
         f"De tarieven voor begeleiding en huishoudelijke hulp stijgen in 2025 met {T.PROSE['wmo_tariefstijging_pct']} "
         "als gevolg van de cao voor de zorg; dit is verwerkt in de taakvelden 6.711 en 6.712.",
         "Mantelzorgers krijgen een jaarlijkse waardering en kunnen terecht bij het steunpunt mantelzorg."]))

page("Programma 3 Sociaal domein", "<h2>Doelenboom Gezondheidszorg</h2>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Inwoners zijn lichamelijk, geestelijk en sociaal gezond. Minder jongeren drinken alcohol en minder "
       "ouderen vallen thuis.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL(["We voeren het lokale preventieakkoord <i>Gezond Twenterand</i> uit, met aandacht voor overgewicht bij "
         "kinderen, alcohol- en drugsgebruik en eenzaamheid.",
         "Het valpreventieprogramma voor 65-plussers wordt uitgebreid naar alle kernen.",
         "De GGD Twente voert het basistakenpakket jeugdgezondheidszorg uit (zie verbonden partijen)."]) +
     "<h2>Doelenboom Onderwijs</h2>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Kinderen en jongeren krijgen goed onderwijs in goede gebouwen en verlaten school met een startkwalificatie. "
       "Laaggeletterdheid neemt af.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL([f"Kindcentrum De Vlinder in Vriezenveen wordt uitgebreid met vier lokalen en een peuteropvang. De gemeente "
         f"draagt in 2025 eenmalig € {nl(T.PROSE['bijdrage_kindcentrum_vlinder'])} bij; de provincie Overijssel "
         f"vergoedt daarvan € {nl(T.PROSE['cofin_schoolbestuur'])} uit de regeling kindcentra. Dit verklaart de "
         "hogere lasten en baten van de doelenboom Onderwijs in 2025.",
         "De voorbereiding van de nieuwbouw van Kindcentrum Den Ham start; de bouw is gepland in 2026-2027 "
         "(zie investeringen).",
         "Het leerlingenvervoer wordt opnieuw aanbesteed, samen met de gemeenten in Noord-Twente.",
         "Leerplicht en de RMC-functie voeren we uit via het Regionaal Bureau Leerplicht Noord-Twente."]) +
     "<h2>Doelenboom Jeugd</h2>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Jeugdigen groeien veilig en gezond op en doen actief mee. Lichte opvoedvragen worden in de eigen omgeving "
       "opgelost, zodat minder jeugdigen zware jeugdhulp nodig hebben.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL([f"We zetten {T.PROSE['extra_jongerenwerkers_fte']} fte extra jongerenwerkers in, vooral in Vroomshoop en "
         f"Westerhaar (€ {nl(T.PROSE['jongerenwerk_budget'])} per jaar).",
         "Alle huisartsenpraktijken krijgen een praktijkondersteuner jeugd (POH-Jeugd), zodat minder kinderen "
         "direct naar de specialistische jeugdhulp worden verwezen.",
         "Met de Twentse gemeenten kopen we de specialistische jeugdhulp regionaal in; Twenterand voert de "
         "inkoop van het ambulante deel uit voor twee buurgemeenten en ontvangt daarvoor een bijdrage."]) +
     ind_table(T.IND_P3))

# Overzicht 3.1 (whole euros, baten negative), plus first part of the taakveld table
ov31_rows = sec_row("Lasten per doelenboom", 7)
for d in T.P3_DOEL:
    ov31_rows += td_row(d, [nl(v) for v in T.P3_LASTEN[d]], lcls="l ind")
ov31_rows += td_row("Totaal programmalasten", [nl(v) for v in T.P3_TOT_L], cls="sub")
ov31_rows += sec_row("Baten per doelenboom", 7)
for d in T.P3_DOEL:
    ov31_rows += td_row(d, [nl(-v) for v in T.P3_BATEN[d]], lcls="l ind")
ov31_rows += td_row("Totaal programmabaten", [nl(-v) for v in T.P3_TOT_B], cls="sub")
ov31_rows += td_row("Totaal saldo van baten en lasten", [nl(v) for v in T.P3_SALDO], cls="tot")
ov31_rows += td_row("Mutaties reserves", [nl(v) for v in T.P3_MUT])
ov31_rows += td_row("Geraamd resultaat", [nl(v) for v in T.P3_RESULT], cls="tot")
ov31 = ("<div class='cap'>Overzicht 3.1 Baten en lasten Sociaal domein</div><table class='fin'>" +
        th_row([("Bedragen in euro's", "class='l' rowspan='2'"), "Rekening", "Begroting", "Begroting",
                ("Meerjarenraming", "colspan='3' style='text-align:center'")]) +
        th_row(["2023", "2024", "2025", "2026", "2027", "2028"]) + ov31_rows + "</table>" +
        "<div class='note'>Baten zijn in dit overzicht negatief weergegeven. Het geraamd resultaat is het saldo van "
        "baten en lasten na mutaties reserves (een positief bedrag is per saldo een last voor de gemeente).</div>")

TV_SPLIT = 14
tv_head = th_row([("Taakveld (Iv3 2025)", "class='l'"), ("Doelenboom", "class='l'"), "Lasten 2025",
                  "Baten 2025", "Saldo 2025"])


def tv_rows(rows):
    return "".join(f"<tr><td class='l'>{E(a)}</td><td class='l'>{E(b)}</td><td>{nl(c)}</td><td>{nl(d)}</td>"
                   f"<td>{nl(c - d)}</td></tr>" for a, b, c, d in rows)


# verschillen 2025 t.o.v. 2024 per doelenboom (lasten), V/N
vers_rows = ""
for d in T.P3_DOEL:
    diff = T.P3_LASTEN[d][2] - T.P3_LASTEN[d][1]
    vers_rows += (f"<tr><td class='l'>{E(d)}</td><td>{nl(T.P3_LASTEN[d][1])}</td><td>{nl(T.P3_LASTEN[d][2])}</td>"
                  f"<td>{nl(abs(diff))}</td><td class='l'>{'N' if diff > 0 else 'V'}</td></tr>")
tdiff = T.P3_TOT_L[2] - T.P3_TOT_L[1]
vers_rows += (f"<tr class='tot'><td class='l'>Totaal</td><td>{nl(T.P3_TOT_L[1])}</td><td>{nl(T.P3_TOT_L[2])}</td>"
              f"<td>{nl(abs(tdiff))}</td><td class='l'>{'N' if tdiff > 0 else 'V'}</td></tr>")

page("Programma 3 Sociaal domein", "<h2>Wat mag het kosten?</h2>" + ov31 +
     "<div class='cap'>Tabel 4.2 Lasten sociaal domein 2025 ten opzichte van 2024, per doelenboom "
     "<span class='scale'>(in euro's)</span></div><table class='fin'>" +
     th_row([("Doelenboom", "class='l'"), "Begroting 2024", "Begroting 2025", "Verschil", ("V/N", "class='l'")]) +
     vers_rows + "</table>" +
     "<div class='cap'>Tabel 4.3 Baten en lasten sociaal domein per taakveld, begroting 2025 "
     "<span class='scale'>(in euro's, baten positief)</span></div>"
     "<table class='fin'>" + tv_head + tv_rows(T.P3_TV[:TV_SPLIT]) + "</table>" +
     "<div class='note'>De tabel loopt door op de volgende pagina.</div>")

tv_tot_l = sum(r[2] for r in T.P3_TV)
tv_tot_b = sum(r[3] for r in T.P3_TV)
assert tv_tot_l == T.P3_TOT_L[2] and tv_tot_b == T.P3_TOT_B[2]
page("Programma 3 Sociaal domein",
     "<div class='cap'>Tabel 4.3 Baten en lasten sociaal domein per taakveld, begroting 2025 (vervolg) "
     "<span class='scale'>(in euro's, baten positief)</span></div>"
     "<table class='fin'>" + tv_head + tv_rows(T.P3_TV[TV_SPLIT:]) +
     f"<tr class='tot'><td class='l'>Totaal programma 3</td><td></td><td>{nl(tv_tot_l)}</td><td>{nl(tv_tot_b)}</td>"
     f"<td>{nl(tv_tot_l - tv_tot_b)}</td></tr></table>" +
     "<div class='note'>Overhead (taakveld 0.4) en de mutaties in reserves (taakveld 0.10) zijn niet aan de taakvelden "
     "van het sociaal domein toegerekend.</div>" +
     "<h3>Toelichting op de verschillen</h3>" +
     P(f"De lasten van de doelenboom Jeugd stijgen in 2025 met € {nl(T.P3_LASTEN['Jeugd'][2] - T.P3_LASTEN['Jeugd'][1])} "
       "ten opzichte van 2024. Vanaf 2026 dalen ze licht door de inzet van praktijkondersteuners jeugd en de nieuwe "
       "regionale inkoopafspraken. De lasten van Onderwijs zijn in 2025 eenmalig hoger door de bijdrage aan "
       "Kindcentrum De Vlinder. De lasten van Maatschappelijke ondersteuning stijgen door de hogere tarieven en een "
       "groeiend aantal inwoners met huishoudelijke hulp, vooral door de vergrijzing.") +
     P(f"In 2025 wordt € {nl(-T.P3_MUT[2])} aan reserves onttrokken: € 1.036.250 uit de reserve sociaal domein voor de "
       "transformatieprojecten jeugd en Wmo en € 350.000 uit de reserve onderwijshuisvesting."))

# 10-11 programma 4 (baten in parentheses; scale in a footnote) -----------------------------------
p4_note = ("¹ Alle bedragen in deze tabel zijn x € 1.000. Baten staan tussen haakjes. Het resultaat is het saldo na "
           "mutaties reserves; een negatief resultaat is een nadeel voor de gemeente.")
page("Programma 4 Wonen, ruimte en omgeving", "<h1>Programma 4 Wonen, ruimte en omgeving</h1>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Er zijn voldoende betaalbare woningen in alle kernen, de openbare ruimte is schoon, heel en veilig en "
       "Twenterand werkt aan een klimaatbestendige en energieneutrale toekomst.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL([f"Wonen: in 2025 willen we de bouw van {T.PROSE['woningbouw_doel_2025']} woningen mogelijk maken, waarvan "
         "ten minste een derde in de sociale huur. In plan Het Hoge Veld (Vriezenveen) wordt de laatste fase bouwrijp "
         "gemaakt.",
         "Omgevingswet: we stellen het omgevingsplan voor het buitengebied vast en werken met één loket voor "
         "vergunningen.",
         f"Beheer openbare ruimte: het budget voor gladheidsbestrijding bedraagt € {nl(T.PROSE['gladheid_budget'])}. "
         "We vervangen de openbare verlichting door ledverlichting (zie investeringen).",
         "Afval: we willen de hoeveelheid restafval terugbrengen naar 75 kg per inwoner in 2027. Daarvoor plaatsen we "
         "extra containers voor plastic, metaal en drinkpakken bij appartementencomplexen.",
         "Riolering: we voeren het gemeentelijk rioleringsplan uit, met de vervanging van de riolering aan het "
         "Westeinde in Vriezenveen.",
         "Duurzaamheid: inwoners kunnen een gratis energieadvies aan huis krijgen; woningeigenaren met een laag inkomen "
         "kunnen een bijdrage krijgen voor isolatie uit de reserve duurzaamheid en energietransitie."]) +
     ind_table(T.IND_P4))

page("Programma 4 Wonen, ruimte en omgeving", "<h3>Wat mag het kosten?</h3>" +
     prog_table_x1000(T.P4, "Tabel 5.1 Baten en lasten programma 4¹", fmt_baten=par, scale_in_caption=False,
                      footnote=p4_note) +
     P("De baten en lasten van de grondexploitatie (taakveld 8.2) wisselen per jaar met de verkoop van kavels. In 2025 "
       "wordt een winst van € 184.000 genomen op de grondexploitatie Het Hoge Veld; die wordt toegevoegd aan de reserve "
       "grondexploitatie.") +
     P("De lasten van afval stijgen in 2025 met € 224.000 door hogere verwerkingstarieven en de hogere rijksbelasting "
       "op het verbranden van restafval. De afvalstoffenheffing stijgt daardoor (zie paragraaf lokale heffingen)."))

# 12 programma 5 -------------------------------------------------------------------------------
page("Programma 5 Economie, sport en cultuur", "<h1>Programma 5 Economie, sport en cultuur</h1>" +
     "<h3>Wat willen we bereiken?</h3>" +
     P("Een sterke lokale economie met voldoende werkgelegenheid, vitale centra en een actief verenigingsleven. "
       "Iedere inwoner kan sporten en meedoen aan cultuur.") +
     "<h3>Wat gaan we daarvoor doen?</h3>" +
     UL([f"Via het ondernemersfonds ondersteunen we de centrummanagement-organisaties met € {nl(T.PROSE['ondernemersfonds'])} "
         "(opgenomen onder economische promotie).",
         "Op bedrijventerrein De Mors II worden de laatste kavels uitgegeven; de baten en lasten staan onder taakveld 3.2.",
         f"Het lokale sportakkoord krijgt een vervolg: € {nl(T.PROSE['sportakkoord_budget'])} per jaar voor beweegactiviteiten "
         "voor ouderen en kinderen in de kernen.",
         "Het binnenzwembad in Vriezenveen wordt in 2025-2026 gerenoveerd en verduurzaamd; het blijft tijdens de "
         "renovatie zoveel mogelijk open.",
         "De bibliotheek krijgt een rol in de aanpak van laaggeletterdheid via het Taalpunt."]) +
     ind_table(T.IND_P5) +
     "<h3>Wat mag het kosten?</h3>" +
     prog_table_x1000(T.P5, "Tabel 6.1 Baten en lasten programma 5"))

# 13 overhead + ADM + overzicht -------------------------------------------------------------
def small_block(p, title):
    rows = ""
    for lab, v in p["lasten"].items():
        rows += td_row(lab + " (lasten)", [nl(v[i]) for i in range(6)], lcls="l ind")
    for lab, v in p["baten"].items():
        rows += td_row(lab + " (baten)", [nl(v[i]) for i in range(6)], lcls="l ind")
    rows += td_row("Saldo " + title.lower(), [nl(v) for v in p["saldo"]], cls="tot")
    return rows


adm_tab = ("<div class='cap'>Tabel 7.1 Algemene dekkingsmiddelen en overhead <span class='scale'>(x € 1.000)</span></div>"
           "<table class='fin'>" + th_row([("", "class='l'"), "R 2023", "B 2024", "B 2025", "2026", "2027", "2028"]) +
           sec_row("Algemene dekkingsmiddelen", 7) + small_block(T.ADM, "Algemene dekkingsmiddelen") +
           sec_row("Overhead", 7) + small_block(T.OVH, "Overhead") + "</table>")

ov = [th_row([("Overzicht van baten en lasten", "class='l' rowspan='2'"), "Rekening", "Begroting", "Begroting",
              ("Meerjarenraming", "colspan='3' style='text-align:center'")]),
      th_row(["2023", "2024", "2025", "2026", "2027", "2028"])]
names = [("Programma 1 Bestuur en dienstverlening", T.P1), ("Programma 2 Veiligheid", T.P2),
         ("Programma 3 Sociaal domein", T.P3), ("Programma 4 Wonen, ruimte en omgeving", T.P4),
         ("Programma 5 Economie, sport en cultuur", T.P5), ("Overhead", T.OVH),
         ("Algemene dekkingsmiddelen", T.ADM)]
ov.append(sec_row("Lasten", 7))
for n, p in names:
    ov.append(td_row(n, [nl(v) for v in T.tot_l(p)], lcls="l ind"))
ov.append(td_row("Totaal lasten", [nl(v) for v in T.TOTAL_L], cls="sub"))
ov.append(sec_row("Baten", 7))
for n, p in names:
    ov.append(td_row(n, [nl(v) for v in T.tot_b(p)], lcls="l ind"))
ov.append(td_row("Totaal baten", [nl(v) for v in T.TOTAL_B], cls="sub"))
ov.append(td_row("Saldo van baten en lasten", [nl(v) for v in T.SALDO_BL], cls="tot"))
ov.append(td_row("Toevoegingen aan reserves", [nl(v) for v in T.TOTAL_TOEV]))
ov.append(td_row("Onttrekkingen aan reserves", [nl(v) for v in T.TOTAL_ONTT]))
ov.append(td_row("Geraamd resultaat (+ = voordelig)", [nl(v) for v in T.RESULTAAT], cls="tot"))

page("Overhead, algemene dekkingsmiddelen en overzicht van baten en lasten",
     "<h1>7 Overhead, algemene dekkingsmiddelen en overzicht</h1>" +
     P("De algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden, zoals de algemene uitkering "
       "uit het gemeentefonds en de onroerendezaakbelastingen. De post onvoorzien (€ 100.000) is opgenomen onder "
       "taakveld 0.8. De kosten van sturing en ondersteuning staan als overhead apart.") + adm_tab +
     "<div class='cap'>Tabel 7.2 Overzicht van baten en lasten <span class='scale'>(x € 1.000)</span></div>"
     "<table class='fin'>" + "".join(ov) + "</table>" +
     "<div class='note'>Programma 3 is in dit overzicht afgerond op duizenden euro's; de exacte bedragen staan in "
     "Overzicht 3.1.</div>")

# 14-15 lokale heffingen --------------------------------------------------------------------
ozb_rows = "".join(f"<tr><td class='l'>{E(a)}</td><td>{b}%</td><td>{c}%</td></tr>" for a, b, c in T.OZB)
tar_rows = ""
last = None
for h, o, a, b in T.TARIEF:
    if h != last:
        tar_rows += sec_row(h, 3)
        last = h
    tar_rows += f"<tr><td class='l ind'>{E(o)}</td><td>{eur2(a)}</td><td>{eur2(b)}</td></tr>"
opb_rows = "".join(td_row(a, [nl(b), nl(c)]) for a, b, c in T.OPBRENGST)
opb_rows += td_row("Totaal", [nl(T.OPB_TOT[0]), nl(T.OPB_TOT[1])], cls="tot")
page("Paragraaf lokale heffingen", "<h1>8 Paragraaf lokale heffingen</h1>" +
     P("In deze paragraaf staan de tarieven en opbrengsten van de gemeentelijke belastingen en heffingen. Het "
       "uitgangspunt is dat de tarieven stijgen met de inflatie (3,3% voor 2025). Voor de afvalstoffenheffing en de "
       "rioolheffing geldt dat de opbrengst niet hoger mag zijn dan de kosten (maximaal 100% kostendekkend).") +
     "<h3>Onroerendezaakbelastingen (OZB)</h3>" +
     P("De OZB-tarieven worden zo vastgesteld dat de totale opbrengst met 3,3% stijgt, gecorrigeerd voor de "
       "waardeontwikkeling van woningen en niet-woningen. Omdat de WOZ-waarde van woningen gemiddeld met 4,0% "
       "stijgt, daalt het tarief voor woningen licht.") +
     "<div class='cap'>Tabel 8.1 OZB-tarieven (percentage van de WOZ-waarde)</div><table class='fin'>" +
     th_row([("Categorie", "class='l'"), "Tarief 2024", "Tarief 2025"]) + ozb_rows + "</table>" +
     "<h3>Afvalstoffenheffing, rioolheffing en toeristenbelasting</h3>" +
     P("De afvalstoffenheffing bestaat uit een vastrecht per huishouden en een bedrag per lediging van de container "
       "voor restafval (diftar). Door de hogere verwerkingstarieven en de verhoging van de rijksbelasting op "
       "afvalverbranding stijgt het vastrecht in 2025 met 7,9%. De rioolheffing stijgt met 4,0% voor de uitvoering "
       "van het gemeentelijk rioleringsplan.") +
     "<div class='cap'>Tabel 8.2 Tarieven <span class='scale'>(bedragen in euro's)</span></div><table class='fin'>" +
     th_row([("Heffing", "class='l'"), "2024", "2025"]) + tar_rows + "</table>" +
     "<div class='cap'>Tabel 8.3 Opbrengst belastingen en heffingen <span class='scale'>(x € 1.000)</span></div>"
     "<table class='fin'>" + th_row([("Heffing", "class='l'"), "Begroting 2024", "Begroting 2025"]) + opb_rows +
     "</table>")

wl_rows = ""
for lab, i in [("Onroerendezaakbelasting (eigenaar)", 0), ("Afvalstoffenheffing (vastrecht + 10 ledigingen 240 liter)", 1),
               ("Rioolheffing (eigenaar)", 2)]:
    wl_rows += td_row(lab, ["€ " + eur2(T.WL24[i]), "€ " + eur2(T.WL25[i])])
wl_rows += td_row("Totale woonlasten", ["€ " + eur2(T.WL24[3]), "€ " + eur2(T.WL25[3])], cls="tot")
kd_labels = [("lasten", "Lasten taakveld (inclusief kapitaallasten)"), ("overhead", "Toegerekende overhead"),
             ("btw", "Compensabele btw"), ("kwijt", "Kwijtschelding"), ("straat", "Straatreiniging (25% toegerekend)")]
kd_rows = ""
for key, lab in kd_labels:
    kd_rows += td_row(lab, [nl(T.KD["Afvalstoffenheffing"][key], zero="-"), nl(T.KD["Rioolheffing"][key], zero="-")])
kd_rows += td_row("Totale kosten", [nl(T.KD["Afvalstoffenheffing"]["totaal"]), nl(T.KD["Rioolheffing"]["totaal"])],
                  cls="sub")
kd_rows += td_row("Af: overige baten (verkoop grondstoffen, bijdragen derden)",
                  [nl(T.KD["Afvalstoffenheffing"]["overige_baten"]), nl(T.KD["Rioolheffing"]["overige_baten"])])
kd_rows += td_row("Netto kosten", [nl(T.KD["Afvalstoffenheffing"]["netto"]), nl(T.KD["Rioolheffing"]["netto"])],
                  cls="sub")
kd_rows += td_row("Opbrengst heffing", [nl(T.KD["Afvalstoffenheffing"]["heffing"]), nl(T.KD["Rioolheffing"]["heffing"])])
kd_rows += td_row("Kostendekkendheid", [pct(T.KD["Afvalstoffenheffing"]["pct"]), pct(T.KD["Rioolheffing"]["pct"])],
                  cls="tot")
page("Paragraaf lokale heffingen", "<h3>Woonlasten</h3>" +
     P(f"De tabel hieronder toont de gemeentelijke woonlasten van een meerpersoonshuishouden in een eigen woning met "
       f"een gemiddelde WOZ-waarde (€ {nl(T.WOZ_GEM['2024'])} in 2024 en € {nl(T.WOZ_GEM['2025'])} in 2025) en tien "
       f"ledigingen van een container van 240 liter per jaar. De woonlasten stijgen met {dec(T.WL_STIJGING_PCT, 1)}%.") +
     "<div class='cap'>Tabel 8.4 Woonlasten meerpersoonshuishouden (eigenaar-bewoner)</div><table class='fin'>" +
     th_row([("", "class='l'"), "2024", "2025"]) + wl_rows + "</table>" +
     "<h3>Kostendekkendheid</h3>" +
     "<div class='cap'>Tabel 8.5 Kostendekkendheid afvalstoffenheffing en rioolheffing, begroting 2025 "
     "<span class='scale'>(bedragen in euro's)</span></div><table class='fin'>" +
     th_row([("", "class='l'"), "Afvalstoffenheffing", "Rioolheffing"]) + kd_rows + "</table>" +
     "<h3>Kwijtschelding</h3>" +
     P(f"Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing. "
       f"Twenterand hanteert de kwijtscheldingsnorm van 100% van de bijstandsnorm. In 2023 zijn "
       f"{T.KWIJT_AANTAL_2023} verzoeken om kwijtschelding toegekend, voor in totaal € {nl(T.KWIJT_BEDRAG_2023)}.") +
     "<h3>Overige heffingen</h3>" +
     P("Leges worden geheven voor de diensten van burgerzaken en voor omgevingsvergunningen; de tarieven staan in de "
       "legesverordening 2025. De lijkbezorgingsrechten stijgen met de inflatie."))

# 16 weerstandsvermogen --------------------------------------------------------------------
cap_rows = "".join(td_row(a, [nl(b)]) for a, b in T.W_CAP) + td_row("Totaal beschikbare weerstandscapaciteit",
                                                                    [nl(T.W_CAP_TOT)], cls="tot")
risk_rows = "".join(f"<tr><td class='l'>{E(n)}</td><td>{nl(m)}</td><td>{p}%</td><td>{nl(b)}</td></tr>"
                    for n, m, p, b in T.W_RISK_ROWS)
risk_rows += f"<tr class='tot'><td class='l'>Benodigde weerstandscapaciteit</td><td></td><td></td><td>{nl(T.W_NEED)}</td></tr>"
keng_rows = "".join(td_row(a, [pct(x) for x in v]) for a, v in T.KENGETALLEN)
page("Paragraaf weerstandsvermogen en risicobeheersing", "<h1>9 Paragraaf weerstandsvermogen en risicobeheersing</h1>" +
     P("Het weerstandsvermogen is het vermogen om financiële tegenvallers op te vangen zonder dat het beleid hoeft te "
       "worden aangepast. Het is de verhouding tussen de beschikbare en de benodigde weerstandscapaciteit.") +
     "<div class='cap'>Tabel 9.1 Beschikbare weerstandscapaciteit <span class='scale'>(x € 1.000)</span></div>"
     "<table class='fin' style='width:70%'>" + th_row([("Onderdeel", "class='l'"), "1 januari 2025"]) + cap_rows +
     "</table>" +
     "<div class='cap'>Tabel 9.2 Belangrijkste risico's <span class='scale'>(x € 1.000)</span></div><table class='fin'>" +
     th_row([("Risico", "class='l'"), "Maximaal financieel gevolg", "Kans", "Benodigde capaciteit"]) + risk_rows +
     "</table>" +
     f"<div class='kpi'>Ratio weerstandsvermogen = {nl(T.W_CAP_TOT)} / {nl(T.W_NEED)} = <b>{dec(T.W_RATIO, 1)}</b></div>" +
     P(f"Met een ratio van {dec(T.W_RATIO, 1)} is het weerstandsvermogen volgens de normtabel van het Nederlands "
       "Adviesbureau voor Risicomanagement uitstekend (waardering A: ratio groter dan 2,0). De raad heeft als "
       "ondergrens een ratio van 1,4 vastgesteld.") +
     "<div class='cap'>Tabel 9.3 Financiële kengetallen</div><table class='fin'>" +
     th_row([("Kengetal", "class='l'"), "Rekening 2023", "Begroting 2024", "Begroting 2025", "2026", "2027", "2028"]) +
     keng_rows + "</table>" +
     "<div class='note'>De netto schuldquote stijgt door de investeringen in het binnenzwembad, de riolering en het "
     "Kindcentrum Den Ham. De signaleringswaarde van de provincie (130%) blijft ruim buiten bereik.</div>")

# 17 verbonden partijen ---------------------------------------------------------------------
vp_rows = ""
for n, prog, b24, b25, fn in T.VERBONDEN:
    sup = f"<sup>{fn}</sup>" if fn else ""
    vp_rows += (f"<tr><td class='l'>{E(n)}{sup}</td><td class='l'>{E(prog)}</td>"
                f"<td>{nl(b24) if b24 is not None else 'n.v.t.'}</td><td>{nl(b25) if b25 is not None else 'n.v.t.'}</td></tr>")
vp_tot24 = sum(r[2] for r in T.VERBONDEN if r[2] is not None)
vp_tot25 = sum(r[3] for r in T.VERBONDEN if r[3] is not None)
vp_rows += f"<tr class='tot'><td class='l'>Totaal bijdragen</td><td></td><td>{nl(vp_tot24)}</td><td>{nl(vp_tot25)}</td></tr>"
page("Paragraaf verbonden partijen", "<h1>10 Paragraaf verbonden partijen</h1>" +
     P("Een verbonden partij is een organisatie waarin de gemeente zowel een bestuurlijk als een financieel belang "
       "heeft. Twenterand neemt deel in vijf gemeenschappelijke regelingen en vennootschappen waaraan zij een "
       "bijdrage betaalt, en heeft aandelen in twee vennootschappen.") +
     "<div class='cap'>Tabel 10.1 Bijdragen aan verbonden partijen <span class='scale'>(bedragen in euro's)</span></div>"
     "<table class='fin'>" + th_row([("Verbonden partij", "class='l'"), ("Programma", "class='l'"), "Bijdrage 2024",
                                     "Bijdrage 2025"]) + vp_rows + "</table>" +
     f"<div class='note'>¹ Inclusief de bijdrage voor het uniforme deel van de jeugdgezondheidszorg (JGZ) van "
     f"€ {nl(T.JGZ_2025)} in 2025.<br/>² De bijdrage betreft vooral de rijksmiddelen Wsw die de gemeente doorbetaalt.<br/>"
     f"³ Bijdrage volgens de begroting 2025 van het bureau; de verdeelsleutel is het aantal leerplichtigen per "
     f"gemeente op 1 oktober.<br/>⁴ Aandeelhouderschap; de gemeente ontvangt dividend (geraamd onder taakveld 0.5).</div>" +
     "<h3>Ontwikkelingen</h3>" +
     UL(["Regio Twente: de Twentse gemeenten werken aan een nieuwe verdeling van de kosten van de GGD op basis van "
         "het aantal inwoners in plaats van het aantal jeugdigen.",
         "Veiligheidsregio Twente: de bijdrage stijgt door hogere kosten van vrijwillige brandweer en materieel.",
         "Soweco: het aantal medewerkers in de Wsw daalt jaarlijks; nieuwe instroom loopt via beschut werk.",
         "Regionaal Bureau Leerplicht Noord-Twente: het bureau voert de leerplicht en de RMC-functie uit voor zes "
         "gemeenten en vervangt in 2026 de verzuimapplicatie."]))

# 18 reserves, voorzieningen, investeringen ------------------------------------------------------
res_rows = "".join(f"<tr><td class='l'>{E(n)}</td><td class='l'>{E(p)}</td><td>{nl(a)}</td><td>{nl(b)}</td><td>{nl(c)}</td>"
                   f"<td>{nl(a + b - c)}</td></tr>" for n, p, a, b, c in T.RESERVES)
res_rows += (f"<tr class='tot'><td class='l'>Totaal reserves</td><td></td><td>{nl(T.RES_TOT[0])}</td><td>{nl(T.RES_TOT[1])}</td>"
             f"<td>{nl(T.RES_TOT[2])}</td><td>{nl(sum(T.RES_END))}</td></tr>")
vz_rows = "".join(f"<tr><td class='l'>{E(n)}</td><td>{nl(a)}</td><td>{nl(b)}</td><td>{nl(c)}</td><td>{nl(a + b - c)}</td></tr>"
                  for n, a, b, c in T.VOORZ)
inv_rows = "".join(f"<tr><td class='l'>{E(r[0])}</td><td class='l'>{r[1]}</td>" +
                   "".join(f"<td>{nl(v, zero='-')}</td>" for v in r[2:6]) + f"<td>{nl(s)}</td><td>{r[6]}</td></tr>"
                   for r, s in zip(T.INVEST, T.INV_ROW))
inv_rows += ("<tr class='tot'><td class='l'>Totaal</td><td></td>" + "".join(f"<td>{nl(v)}</td>" for v in T.INV_TOT) +
             f"<td>{nl(sum(T.INV_TOT))}</td><td></td></tr>")
page("Reserves, voorzieningen en investeringen", "<h1>11 Reserves, voorzieningen en investeringen</h1>" +
     "<div class='cap'>Tabel 11.1 Staat van reserves 2025 <span class='scale'>(x € 1.000)</span></div><table class='fin'>" +
     th_row([("Reserve", "class='l'"), ("Progr.", "class='l'"), "Stand 1-1-2025", "Toevoeging", "Onttrekking",
             "Stand 31-12-2025"]) + res_rows + "</table>" +
     "<div class='cap'>Tabel 11.2 Staat van voorzieningen 2025 <span class='scale'>(x € 1.000)</span></div><table class='fin'>" +
     th_row([("Voorziening", "class='l'"), "Stand 1-1-2025", "Toevoeging", "Aanwending", "Stand 31-12-2025"]) + vz_rows +
     "</table>" +
     "<div class='cap'>Tabel 11.3 Investeringsplan 2025-2028 <span class='scale'>(bedragen in euro's)</span></div>"
     "<table class='fin' style='font-size:13px'>" +
     th_row([("Investering", "class='l'"), ("Progr.", "class='l'"), "2025", "2026", "2027", "2028", "Totaal",
             "Afschr. (jaren)"]) + inv_rows + "</table>" +
     "<div class='note'>De kapitaallasten van de investeringen zijn verwerkt in de programma's vanaf het jaar na "
     "ingebruikname. De renovatie van het binnenzwembad wordt deels gedekt uit de reserve kapitaallasten "
     "sportaccommodaties.</div>")

# ----------------------------------------------------------------------------- assemble
N = len(pages)


def render():
    out = ["<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Gemeente Twenterand - Programmabegroting "
           "2025 (FICTIEF)</title><style>" + CSS + "</style></head><body>"]
    for i, (sec, html) in enumerate(pages, 1):
        cls = "page last" if i == N else "page"
        hdr = "" if i == 1 else (f"<div class='hdr'>Gemeente Twenterand \u2013 {DOC}"
                                 f"<span class='r'>{E(sec)}</span></div>")
        out.append(f"<div class='{cls}'>{hdr}<div class='body'>{html}</div>"
                   f"<div class='ftr'>{E(FICTIEF_FOOT)}<span class='r'>pagina {i} van {N}</span></div></div>")
    out.append(JS + "</body></html>")
    return "\n".join(out)


if __name__ == "__main__":
    open(sys.argv[1], "w", encoding="utf-8").write(render())
    print(f"{sys.argv[1]}: {N} pages")
