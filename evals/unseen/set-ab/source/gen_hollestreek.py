"""Generates corpus/hollestreek-begroting-2031.pdf with WeasyPrint (HTML + CSS paged media).

Usage:  python gen_hollestreek.py OUTPUT.pdf [OUTPUT.html]
The intermediate HTML is written next to the PDF only when a second argument is given
(it is not part of the corpus).
"""
import sys
import html
from weasyprint import HTML
import data_hollestreek as D
from common import nl, eur

T = D.TABLES
OUT = sys.argv[1] if len(sys.argv) > 1 else "hollestreek-begroting-2031.pdf"
HTML_OUT = sys.argv[2] if len(sys.argv) > 2 else None

CSS = """
@page {
  size: A4; margin: 2.1cm 1.9cm 2.0cm 1.9cm;
  @top-left { content: "Omgevingsdienst Hollestreek"; font: 8pt 'Liberation Sans'; color: #4a6b3a; }
  @top-right { content: "Programmabegroting 2031"; font: 8pt 'Liberation Sans'; color: #4a6b3a; }
  @bottom-center { content: "pagina " counter(page) " van " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }
}
@page breed { size: A4 landscape; margin: 1.8cm 1.8cm 1.8cm 1.8cm; }
@page omslag { margin: 0; @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }
html { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.42; color: #1d1d1b; }
h1 { font-size: 17pt; color: #2f5233; border-bottom: 2px solid #8cb369; padding-bottom: 3pt; margin: 0 0 10pt 0;
     page-break-before: always; }
h2 { font-size: 12pt; color: #2f5233; margin: 14pt 0 4pt 0; }
h3 { font-size: 10pt; margin: 10pt 0 2pt 0; }
p { margin: 0 0 6pt 0; text-align: justify; hyphens: manual; }
ul { margin: 0 0 6pt 0; padding-left: 14pt; }
.omslag { page: omslag; height: 29.6cm; background: #2f5233; color: white; position: relative; }
.omslag .band { position: absolute; top: 18cm; left: 0; right: 0; height: 0.4cm; background: #8cb369; }
.omslag .t1 { position: absolute; top: 7cm; left: 2.2cm; font-size: 34pt; font-weight: bold; }
.omslag .t2 { position: absolute; top: 9.1cm; left: 2.2cm; font-size: 15pt; }
.omslag .t3 { position: absolute; top: 10.2cm; left: 2.2cm; font-size: 11pt; }
.omslag .t4 { position: absolute; top: 25.5cm; left: 2.2cm; font-size: 9pt; }
.breed { page: breed; }
.tabkop { display: flex; justify-content: space-between; align-items: baseline; margin-top: 10pt;
          font-weight: bold; font-size: 9pt; }
.tabkop .schaal { font-weight: normal; font-style: italic; font-size: 8pt; }
table.fin { border-collapse: collapse; width: 100%; font-size: 8.3pt; margin: 2pt 0 8pt 0; }
table.fin thead td { background: #e6efdc; font-weight: bold; vertical-align: bottom; border-top: 1.2pt solid #2f5233;
                     border-bottom: 0.8pt solid #2f5233; padding: 3pt 4pt; }
table.fin td { padding: 1.6pt 4pt; white-space: nowrap; }
table.fin td.num { text-align: right; }
table.fin td.txt { text-align: left; }
table.fin td.c { text-align: center; }
table.fin thead td.num { white-space: normal; }
table.fin tr.sectie td { font-weight: bold; padding-top: 5pt; }
table.fin tr.totaal td { font-weight: bold; border-top: 0.6pt solid #555; }
table.fin tr.sub td { font-weight: bold; }
table.fin tbody tr:last-child td { border-bottom: 1.2pt solid #2f5233; }
table.toc td { padding: 2pt 8pt 2pt 0; }
.kader { border: 0.8pt solid #8cb369; background: #f4f8ef; padding: 6pt 9pt; margin: 8pt 0; }
.tabblok.heel { break-inside: avoid; }
.tabkop { break-after: avoid; }
.noot { font-size: 7.5pt; color: #444; }
"""


def table_html(t, label_w=None, col_cls=None, widths=None, keep=True):
    out = [f'<div class="tabblok{" heel" if keep else ""}">', f'<div class="tabkop"><span class="titel">{html.escape(t.title)}</span>'
           f'<span class="schaal">{html.escape(t.scale_note)}</span></div>']
    out.append('<table class="fin">')
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup>")
    out.append("<thead><tr>")
    out.append(f'<td class="txt">{html.escape(t.label_header)}</td>')
    for i, c in enumerate(t.columns):
        cls = (col_cls or {}).get(i, "num")
        out.append(f'<td class="{cls}">{html.escape(c)}</td>')
    out.append("</tr></thead><tbody>")
    for r in t.rows:
        if r.kind == "section":
            out.append(f'<tr class="sectie"><td colspan="{len(t.columns) + 1}">{html.escape(r.label)}</td></tr>')
            continue
        cls = {"total": "totaal", "sub": "sub"}.get(r.kind, "")
        out.append(f'<tr class="{cls}"><td class="txt">{html.escape(r.label)}</td>')
        for i, s in enumerate(t.tokens(r)):
            c = (col_cls or {}).get(i, "num")
            out.append(f'<td class="{c}">{html.escape(s)}</td>')
        out.append("</tr>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


P = []  # html parts
a = P.append

a('<div class="omslag"><div class="t1">Programmabegroting 2031</div>'
  '<div class="t2">en meerjarenraming 2032-2034</div>'
  '<div class="t3">Omgevingsdienst Hollestreek</div><div class="band"></div>'
  '<div class="t4">Vastgesteld door het algemeen bestuur op 26 juni 2030<br>'
  'Omgevingsdienst Hollestreek · Havenstraat 12 · www.odhollestreek.nl</div></div>')

a('<h1>Inhoud</h1><table class="toc">')
for nr, s in [("1", "Inleiding en financiële kaders"), ("2", "Programmaplan: wat willen we bereiken?"),
              ("3", "Financiële begroting en meerjarenraming"), ("4", "Bijdragen van de deelnemers"),
              ("5", "Reserves en weerstandsvermogen"), ("6", "Financiële positie en kengetallen"),
              ("7", "Bedrijfsvoering en formatie")]:
    a(f"<tr><td>{nr}</td><td>{s}</td></tr>")
a("</table>")
a("<h2>Aanbieding</h2>")
a("<p>Het dagelijks bestuur biedt hierbij de programmabegroting 2031 en de meerjarenraming 2032-2034 van "
  "Omgevingsdienst Hollestreek aan. De begroting is opgesteld volgens het Besluit begroting en verantwoording "
  "provincies en gemeenten (BBV) en de kaderbrief 2031 die het algemeen bestuur in januari 2030 heeft vastgesteld. "
  "De raden van de deelnemende gemeenten zijn in de gelegenheid gesteld hun zienswijze te geven.</p>")

# 1 ----------------------------------------------------------------------------------
a("<h1>1 Inleiding en financiële kaders</h1>")
a("<p>Omgevingsdienst Hollestreek is een gemeenschappelijke regeling (openbaar lichaam) van de gemeenten "
  + ", ".join(d[0] for d in D.DEELNEMERS[:-1]) + f" en {D.DEELNEMERS[-1][0]}. De dienst voert voor deze zeven "
  "gemeenten de vergunningverlening, het toezicht en de handhaving (VTH) uit op het gebied van milieu, bodem, "
  "geluid, asbest en externe veiligheid. Naast het wettelijk verplichte basistakenpakket voeren wij voor een aantal "
  "deelnemers ook plustaken uit, zoals bouwtoezicht, APV-handhaving en energieadvies aan bedrijven.</p>")
a("<h2>Basistaken en plustaken</h2>")
a("<p>Basistaken zijn de taken die gemeenten wettelijk verplicht bij een omgevingsdienst moeten onderbrengen: "
  "vergunningverlening en toezicht voor milieubelastende activiteiten, de bodemtaken en de ketentaken zoals "
  "asbest. Plustaken zijn taken die een deelnemer vrijwillig aan de dienst opdraagt. Beide worden gefinancierd via "
  "het werkprogramma: de deelnemer neemt een aantal uren af tegen het integrale uurtarief.</p>")
a("<h2>Financiële kaders</h2>")
a(f"<p>Voor 2031 rekenen wij met een integraal uurtarief van {eur(D.UURTARIEF[2031], 2)} en een vaste bijdrage van "
  f"{eur(D.VASTE_BIJDRAGE[2031], 2)} per inwoner. De loonkosten zijn geïndexeerd volgens de cao gemeenten, de "
  "materiële kosten volgens de prijsindex van de kaderbrief.</p>")
a(table_html(T["uitgangspunten"], widths=["60%", "20%", "20%"]))

# 2 ----------------------------------------------------------------------------------
a("<h1>2 Programmaplan: wat willen we bereiken?</h1>")
a("<p>De begroting kent één programma, Veilige en gezonde fysieke leefomgeving, dat is opgebouwd uit zes taken. "
  "Per taak beschrijven wij wat we willen bereiken en wat we daarvoor gaan doen.</p>")
TAAK_TEXT = [
    ("Vergunningverlening", "Wij verlenen omgevingsvergunningen voor milieubelastende activiteiten die juridisch "
     "houdbaar zijn en tijdig worden afgegeven. In 2031 wordt 95% van de vergunningen binnen de wettelijke termijn "
     "verleend. Wij actualiseren de vergunningen van de bedrijven in de hoogste risicocategorie."),
    ("Toezicht en handhaving", "Het doel is een hoog naleefgedrag bij bedrijven: bij hercontrole is minimaal 85% "
     "van de bedrijven in orde. Wij werken risicogericht: bedrijven met een slecht naleefgedrag of een hoog "
     "risico voor de omgeving worden vaker bezocht. Vanaf 2032 voeren wij ook het toezicht op de "
     "energiebesparingsplicht en de informatieplicht verduurzaming uit."),
    ("Specialistisch advies", "Onze specialisten adviseren de deelnemers over bodem, geluid, lucht en externe "
     "veiligheid, onder meer bij ruimtelijke plannen en omgevingsplannen."),
    ("Asbest- en ketentaken", "Wij behandelen asbestsaneringsmeldingen en houden toezicht op asbestsaneringen en "
     "op afvalstromen in de keten, samen met de andere omgevingsdiensten in de provincie."),
    ("Informatie, kennis en data", "Wij beheren de VTH-informatie en de bodeminformatie van de deelnemers en leveren "
     "managementinformatie; in 2031 wordt het nieuwe VTH-systeem gekoppeld aan het Digitaal Stelsel Omgevingswet."),
    ("Overhead", "Onder overhead vallen directie, financiën, personeel, ICT, facilitaire zaken en huisvesting."),
]
for h, txt in TAAK_TEXT:
    a(f"<h3>{h}</h3><p>{txt}</p>")
a(table_html(T["prestaties"], widths=["58%", "14%", "14%", "14%"]))

# 3 ----------------------------------------------------------------------------------
a('<h1 class="breed">3 Financiële begroting en meerjarenraming</h1>')
a('<div class="breed">')
a("<p>De staat van baten en lasten geeft de begroting 2031 en de meerjarenraming 2032-2034 per taak, met ter "
  "vergelijking de jaarrekening 2029 en de begroting 2030 na wijziging. De bijdragen van de deelnemers vormen "
  "verreweg de grootste bron van inkomsten.</p>")
a(table_html(T["staat"], widths=["34%"] + ["11%"] * 6))
a(table_html(T["kostensoorten"], widths=["40%"] + ["12%"] * 5, keep=False))
a("</div>")
a("<h2>Toelichting op de meerjarenraming</h2>")
a("<p>De lasten stijgen in 2031 vooral door de loonindexatie en de uitbreiding van de formatie bij toezicht en "
  "handhaving en vergunningverlening. In 2032 nemen de bijdragen en de lasten extra toe doordat het toezicht op de "
  "energiebesparingsplicht en de informatieplicht verduurzaming structureel aan het werkprogramma wordt "
  "toegevoegd; dit is de uitbreiding van het wettelijk basistakenpakket die het Rijk per 2032 heeft aangekondigd. "
  "Voor 2033 en 2034 is uitgegaan van een indexatie van 2,2% en 2,1%.</p>")
a("<p>Het resultaat over 2029 (jaarrekening) is conform het besluit van het algemeen bestuur aan de deelnemers "
  "terugbetaald naar rato van hun bijdrage.</p>")

# 4 ----------------------------------------------------------------------------------
a("<h1>4 Bijdragen van de deelnemers</h1>")
a("<p>De bijdrage van elke deelnemer bestaat uit twee delen. De <strong>vaste bijdrage</strong> dekt de kosten van "
  "directie, kennis en informatievoorziening die niet aan het werkprogramma zijn toe te rekenen; deze wordt verdeeld "
  "naar rato van het aantal inwoners op 1 januari 2030 (bron: CBS). De <strong>bijdrage werkprogramma</strong> is het "
  "aantal uren dat de deelnemer in het werkprogramma 2031 afneemt, vermenigvuldigd met het integrale uurtarief.</p>")
a(f'<div class="kader">Voor 2031 bedraagt de totale bijdrage van de deelnemers in 2031 {eur(D.bijdrage_total(2031))}, '
  f"tegen {eur(D.bijdrage_total(2030))} in de begroting 2030: een stijging van "
  f"{eur(D.bijdrage_total(2031) - D.bijdrage_total(2030))}. De deelnemers nemen in totaal {nl(D.TOT_UREN)} uren af.</div>")
a(table_html(T["bijdrage2031"], widths=["19%", "13%", "12%", "13%", "13%", "15%", "15%"]))
a('<p class="noot">Het aandeel inwoners is afgerond op twee decimalen. De werkprogramma-uren zijn in maart 2030 met '
  "iedere deelnemer afgesproken; wijzigingen gedurende het jaar worden via de bestuursrapportage verrekend.</p>")
a('<div class="breed">')
a("<h2>Meerjarige bijdragen</h2>")
a("<p>In onderstaande tabel staan de jaren onder elkaar en de deelnemers naast elkaar. De ramingen voor 2032-2034 zijn "
  "indicatief en worden jaarlijks in de kaderbrief geactualiseerd.</p>")
a(table_html(T["meerjarig"], widths=["13%"] + ["10.5%"] * 7 + ["13.5%"]))
a("</div>")

# 5 ----------------------------------------------------------------------------------
a('<h1 class="breed">5 Reserves en weerstandsvermogen</h1>')
a('<div class="breed">')
a(table_html(T["reserves"], widths=["30%"] + ["10%"] * 7))
a("<h2>Doel van de reserves</h2><ul>")
for r in D.RESERVES:
    a(f"<li><strong>{r[1]}</strong>: {D.RESERVE_DOEL[r[0]]}.</li>")
a("</ul>")
a("<h2>Weerstandsvermogen</h2>")
a(f"<p>De omgevingsdienst heeft een algemene reserve van {eur(D.AR)}. Volgens de nota reserves en voorzieningen mag de "
  f"algemene reserve maximaal {D.MAX_AR_PCT}% van de begrote lasten ({eur(int(round(D.TL[2] * 1000 * D.MAX_AR_PCT / 100)))}) "
  f"bedragen. Op basis van de risico-inventarisatie is een benodigde weerstandscapaciteit van {eur(D.BENODIGD)} berekend. "
  f"Dit geeft een ratio weerstandsvermogen van {nl(D.RATIO, 2)}, wat als voldoende wordt beoordeeld.</p>")
a("<p>De belangrijkste risico's zijn een lagere afname van uren door deelnemers, hogere loonkosten dan geïndexeerd en "
  "aansprakelijkheid bij fouten in vergunningen. Tekorten die de algemene reserve te boven gaan, worden volgens de "
  "gemeenschappelijke regeling door de deelnemers aangevuld naar rato van hun bijdrage.</p>")
a("</div>")

# 6 ----------------------------------------------------------------------------------
a('<h1 class="breed">6 Financiële positie en kengetallen</h1>')
a('<div class="breed">')
a(table_html(T["balans"], widths=["34%"] + ["11%"] * 6))
a("<p>De kengetallen zijn berekend op basis van de geprognosticeerde balans. De omgevingsdienst verstrekt geen "
  "leningen, waardoor kengetal 1a en 1b gelijk zijn. Grondexploitatie en belastingcapaciteit zijn niet van "
  "toepassing op een gemeenschappelijke regeling.</p>")
a(table_html(T["kengetallen"], widths=["34%"] + ["11%"] * 6))
a(table_html(T["investeringen"], widths=["34%", "11%", "11%", "11%", "11%", "11%", "11%"],
             col_cls={5: "c"}))
a("</div>")

# 7 ----------------------------------------------------------------------------------
a("<h1>7 Bedrijfsvoering en formatie</h1>")
a(f"<p>Eind 2029 werkten {D.MEDEWERKERS_2029} medewerkers bij de omgevingsdienst. De formatie groeit in 2031 naar "
  f"totaal {nl(T['formatie'].value('TOT', 'Formatie 2031'), 1)} fte, vooral bij toezicht en handhaving en "
  "vergunningverlening. Vacatures worden zo nodig tijdelijk ingevuld met inhuur.</p>")
a(table_html(T["formatie"], widths=["52%", "16%", "16%", "16%"]))
a("<p>Het ziekteverzuim lag in 2029 boven de norm van 5%. Met een verzuimcoach en aandacht voor werkdruk willen wij het "
  "verzuim in 2031 terugbrengen naar de norm.</p>")

doc = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<title>Programmabegroting 2031 Omgevingsdienst Hollestreek</title>
<meta name="author" content="Omgevingsdienst Hollestreek"><meta name="generator" content="Hollestreek begrotingsmodule">
<style>{CSS}</style></head><body>
{chr(10).join(P)}
</body></html>"""
if HTML_OUT:
    open(HTML_OUT, "w", encoding="utf-8").write(doc)
HTML(string=doc).write_pdf(OUT)
print("written", OUT)
