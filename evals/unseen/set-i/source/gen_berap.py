# Generator for the fictional "Tweede bestuursrapportage 2024 Omgevingsdienst Wolderstreek".
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def nl(n, zero="-"):
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" + s) if n < 0 else s

def sg(n, zero="0"):
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    return ("+" + s) if n > 0 else ("-" + s)

def d1(x, plus=False):
    s = f"{abs(x):.1f}".replace(".", ",")
    if x < 0: return "-" + s
    if plus and x > 0: return "+" + s
    return s

LASTEN = [  # item, begroting na 1e berap, prognose
  ("Salarissen en sociale lasten", 11842600, 11516300),
  ("Inhuur derden", 1245000, 1688500),
  ("Opleidingen en vitaliteit", 312000, 268400),
  ("Overige personeelskosten", 184500, 197300),
  ("Huisvesting", 786300, 802900),
  ("ICT en informatievoorziening", 1134500, 1096200),
  ("Laboratorium- en meetkosten", 218000, 251700),
  ("Kapitaallasten", 394800, 371600),
  ("Overige bedrijfsvoeringskosten", 506200, 489900),
  ("Onvoorzien", 75000, 0),
]
ONTT = 180000
BATEN_OTHER = [
  ("Meerwerk en plustaken deelnemers", 612000, 874300),
  ("Opdrachten derden", 248000, 219500),
  ("Detacheringen", 95000, 131200),
  ("Rente en overige baten", 12000, 41800),
]
L_B = sum(x[1] for x in LASTEN); L_P = sum(x[2] for x in LASTEN)
DEELN = L_B - sum(x[1] for x in BATEN_OTHER) - ONTT
BATEN = [("Bijdragen deelnemers (programmafinanciering)", DEELN, DEELN)] + BATEN_OTHER
B_B = sum(x[1] for x in BATEN); B_P = sum(x[2] for x in BATEN)
SALDO_B = B_B - L_B; SALDO_P = B_P - L_P
RES_B = SALDO_B + ONTT; RES_P = SALDO_P + ONTT
assert RES_B == 0
AFW_L = [(n, b, p, b - p) for n, b, p in LASTEN]
AFW_B = [(n, b, p, p - b) for n, b, p in BATEN]
AFW_TOT = sum(x[3] for x in AFW_L) + sum(x[3] for x in AFW_B)
assert AFW_TOT == RES_P

FTE = [
  ("Directie en staf", 6.0, 5.6),
  ("Vergunningverlening", 28.4, 25.1),
  ("Toezicht en handhaving milieu", 34.2, 31.8),
  ("Bouw- en woningtoezicht", 18.6, 16.2),
  ("Asbest en bodem", 12.8, 12.8),
  ("Specialisten (geluid, lucht, externe veiligheid)", 15.3, 13.9),
  ("Juridische zaken", 9.5, 9.9),
  ("Bedrijfsvoering", 21.7, 20.6),
]
FTE_F = round(sum(x[1] for x in FTE), 1); FTE_B = round(sum(x[2] for x in FTE), 1)

DEELNEMERS = [("Gemeente Wolderveen", 5412300), ("Gemeente Oudewolde", 2186900),
              ("Gemeente Hesselterbroek", 1903700), ("Gemeente Brakelsveen", 1498600),
              ("Gemeente Eemsloo", 1274500)]
PROV = DEELN - sum(v for _, v in DEELNEMERS)
DEELNEMERS.append(("Provincie", PROV))

PROD = [  # product, jaarplanning 2024, realisatie t/m 31-8, prognose 2024
  ("Omgevingsvergunningen milieu en bouw (aanvragen en adviezen)", 2650, 1847, 2780),
  ("Meldingen activiteitenbesluit / Bal", 540, 402, 590),
  ("Reguliere controles milieu", 3800, 2963, 3750),
  ("Controles bouw- en woningtoezicht", 1450, 884, 1320),
  ("Asbestsloopmeldingen", 1500, 1126, 1650),
  ("Klachten en meldingen milieu", 420, 318, 460),
  ("Handhavingsbesluiten (o.a. last onder dwangsom)", 90, 64, 95),
]

facts = dict(L=AFW_L, B=AFW_B, L_B=L_B, L_P=L_P, B_B=B_B, B_P=B_P, SALDO_B=SALDO_B, SALDO_P=SALDO_P,
             RES_P=RES_P, AFW_TOT=AFW_TOT, FTE=FTE, FTE_F=FTE_F, FTE_B=FTE_B, DEELN=DEELNEMERS, PROD=PROD, ONTT=ONTT)
json.dump(facts, open(os.path.join(HERE, "facts_berap.json"), "w"), indent=1, ensure_ascii=False)

CSS = """
@page { size: A4; margin: 20mm 20mm 18mm 20mm; }
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 8.9pt; line-height: 1.42; color: #222; }
h1 { font-family: 'DejaVu Serif', Georgia, serif; font-size: 22pt; color: #4b2c6f; margin: 0; }
h2 { font-family: 'DejaVu Serif', Georgia, serif; font-size: 13.5pt; color: #4b2c6f; margin: 16px 0 6px 0; }
h3 { font-size: 10pt; color: #4b2c6f; margin: 10px 0 3px 0; }
p { margin: 3px 0 7px 0; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px 0; font-size: 8.3pt; }
th { border-bottom: 2px solid #4b2c6f; text-align: right; padding: 3px 6px; vertical-align: bottom; }
th.l, td.l { text-align: left; }
td { text-align: right; padding: 2.4px 6px; }
tr.head td { font-weight: bold; color: #4b2c6f; padding-top: 7px; }
tr.tot td { font-weight: bold; border-top: 1px solid #222; }
tr.grand td { font-weight: bold; border-top: 2px solid #4b2c6f; border-bottom: 2px solid #4b2c6f; background: #f1ecf6; }
.cap { font-weight: bold; margin: 10px 0 0 0; font-size: 8.6pt; }
.note { font-size: 7.8pt; color: #555; }
.pb { page-break-before: always; }
ul { margin: 2px 0 8px 0; padding-left: 16px; }
li { margin-bottom: 3px; text-align: justify; }
.box { background: #f1ecf6; padding: 7px 10px; margin: 8px 0; border-left: 4px solid #4b2c6f; }
"""
H = []; w = H.append
w(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Tweede bestuursrapportage 2024 Omgevingsdienst Wolderstreek</title><style>{CSS}</style></head><body>")
w(f"""<p style='color:#4b2c6f;font-weight:bold;letter-spacing:1px;margin-top:30px'>OMGEVINGSDIENST WOLDERSTREEK</p>
<h1>Tweede bestuursrapportage 2024</h1>
<p>Peildatum: 31 augustus 2024 &middot; Vastgesteld door het dagelijks bestuur op 19 september 2024 &middot; Ter besluitvorming in het algemeen bestuur van 10 oktober 2024</p>
<h2>1. Samenvatting</h2>
<p>In deze tweede bestuursrapportage (berap) informeren wij het algemeen bestuur over de voortgang van het werkprogramma 2024 en de verwachte
financiële uitkomst over het hele jaar. De cijfers zijn gebaseerd op de realisatie tot en met 31 augustus 2024 en een prognose voor de rest van het jaar.</p>
<div class='box'><b>Verwacht resultaat 2024:</b> wij verwachten het jaar af te sluiten met een positief resultaat van € {nl(RES_P)}
ten opzichte van de begroting 2024 na de eerste bestuursrapportage. Het voordeel ontstaat vooral door vacatureruimte en extra meerwerk voor
deelnemers; daar staan hogere kosten voor inhuur tegenover.</div>
<p>De productie ligt op koers: tot en met augustus zijn 1.847 aanvragen en adviezen voor omgevingsvergunningen afgehandeld en 2.963 milieucontroles uitgevoerd.
Van de vergunningen is 91% binnen de wettelijke termijn afgehandeld; de norm is 95%. De krapte op de arbeidsmarkt blijft de grootste uitdaging: per 1 september
staan {d1(FTE_F - FTE_B)} fte aan vacatures open. Het ziekteverzuim over de eerste acht maanden bedraagt 5,8% (norm 5,0%).</p>
<p>De primitieve begroting 2024 is bij de eerste bestuursrapportage met € 412.500 verhoogd voor de gevolgen van de cao Gemeenten 2023-2024; die verhoging is
via de deelnemersbijdragen gedekt. Deze tweede berap leidt niet tot een wijziging van de deelnemersbijdragen.</p>

<h2>2. Uitvoering werkprogramma 2024</h2>
<p>Het werkprogramma 2024 is opgesteld op basis van de opdrachten van de vijf deelnemende gemeenten en de provincie. Onderstaande tabel geeft de
stand van de productie per 31 augustus en de prognose voor het hele jaar.</p>
<p class='cap'>Tabel 1. Productie werkprogramma 2024 (aantallen)</p>
<table><thead><tr><th class='l'>Product</th><th>Jaarplanning<br>2024</th><th>Realisatie<br>t/m 31-8</th><th>Prognose<br>2024</th></tr></thead><tbody>""")
for p in PROD:
    w(f"<tr><td class='l'>{p[0]}</td><td>{nl(p[1])}</td><td>{nl(p[2])}</td><td>{nl(p[3])}</td></tr>")
w("</tbody></table>")
w("""<p>Het aantal asbestsloopmeldingen ligt duidelijk hoger dan gepland (prognose 1.650 tegen 1.500 in de planning), onder meer door de subsidieregeling
voor het verwijderen van asbestdaken in de gemeente Oudewolde. Bij de controles bouw- en woningtoezicht blijven we achter: door vacatures verwachten we
1.320 controles te halen in plaats van 1.450. Met de deelnemers is afgesproken dat de achterstand in het eerste kwartaal van 2025 wordt ingelopen.</p>
<p>In 2024 ontvingen we tot en met augustus 318 klachten en meldingen over milieuzaken, vooral over geur en geluid. 94% daarvan is binnen twee werkdagen
in behandeling genomen. In 64 gevallen is een handhavingsbesluit genomen; in 23 daarvan is een dwangsom daadwerkelijk verbeurd verklaard, voor in totaal € 186.500.
De verbeurde dwangsommen worden geïnd door de deelnemer die het bevoegd gezag is en komen niet ten gunste van de omgevingsdienst.</p>
<h3>Omgevingswet</h3>
<p>Sinds de inwerkingtreding van de Omgevingswet op 1 januari 2024 is het aantal vergunningaanvragen voor bouwactiviteiten met circa 12% gedaald, terwijl het aantal
meldingen en informatieplichten toenam. De gevolgen voor de financiering van de omgevingsdienst worden meegenomen in de begroting 2026.</p>
""")

# finance
w("<h2>3. Financiën</h2>")
w(f"""<h3>Verloop van de begroting 2024</h3>
<p>De begroting 2024 is in juli 2023 door het algemeen bestuur vastgesteld en bij de eerste bestuursrapportage gewijzigd.</p>
<p class='cap'>Tabel 2. Verloop begroting 2024</p><p class='note'>bedragen in €</p>
<table style='width:85%'><thead><tr><th class='l'>&nbsp;</th><th>Primitieve<br>begroting 2024</th><th>Wijziging<br>1e berap</th><th>Begroting 2024<br>na 1e berap</th></tr></thead><tbody>
<tr><td class='l'>Lasten</td><td>{nl(L_B - 412500)}</td><td>{nl(412500)}</td><td>{nl(L_B)}</td></tr>
<tr><td class='l'>Baten</td><td>{nl(B_B - 412500)}</td><td>{nl(412500)}</td><td>{nl(B_B)}</td></tr>
<tr><td class='l'>Onttrekking reserves</td><td>{nl(ONTT)}</td><td>-</td><td>{nl(ONTT)}</td></tr>
<tr class='tot'><td class='l'>Saldo</td><td>0</td><td>0</td><td>0</td></tr></tbody></table>
<h3>Prognose 2024 per kostensoort</h3>
""")
w("""<p>Onderstaande tabel vergelijkt de begroting 2024 na de eerste bestuursrapportage met de prognose voor 2024. Een positieve afwijking (+) is een voordeel,
een negatieve afwijking (-) een nadeel. Voor lasten betekent een voordeel dat de prognose lager is dan de begroting; voor baten dat de prognose hoger is.</p>""")
w("<p class='cap'>Tabel 3. Afwijkingen per kostensoort</p><p class='note'>bedragen in €</p>")
w("<table><thead><tr><th class='l'>Kostensoort</th><th>Begroting 2024<br>na 1e berap</th><th>Prognose<br>2024</th><th>Afwijking<br>(+ = voordeel)</th></tr></thead><tbody>")
w("<tr class='head'><td class='l' colspan='4'>Lasten</td></tr>")
for n, b, p, a in AFW_L:
    w(f"<tr><td class='l'>{n}</td><td>{nl(b)}</td><td>{nl(p)}</td><td>{sg(a)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Totaal lasten</td><td>{nl(L_B)}</td><td>{nl(L_P)}</td><td>{sg(L_B - L_P)}</td></tr>")
w("<tr class='head'><td class='l' colspan='4'>Baten</td></tr>")
for n, b, p, a in AFW_B:
    w(f"<tr><td class='l'>{n}</td><td>{nl(b)}</td><td>{nl(p)}</td><td>{sg(a)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Totaal baten</td><td>{nl(B_B)}</td><td>{nl(B_P)}</td><td>{sg(B_P - B_B)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Saldo van baten en lasten</td><td>{nl(SALDO_B)}</td><td>{nl(SALDO_P)}</td><td>{sg(SALDO_P - SALDO_B)}</td></tr>")
w(f"<tr><td class='l'>Onttrekking bestemmingsreserve digitalisering</td><td>{nl(ONTT)}</td><td>{nl(ONTT)}</td><td>0</td></tr>")
w(f"<tr class='grand'><td class='l'>Resultaat</td><td>{nl(RES_B, zero='0')}</td><td>{nl(RES_P)}</td><td>{sg(RES_P)}</td></tr>")
w("</tbody></table>")
A = {n: a for n, b, p, a in AFW_L + AFW_B}
w(f"""<h3>Toelichting op de afwijkingen</h3>
<ul>
<li><b>Salarissen en sociale lasten ({sg(A['Salarissen en sociale lasten'])}).</b> Door vacatures, vooral bij de teams Vergunningverlening en Bouw- en woningtoezicht,
blijven de loonkosten achter bij de begroting. Het voordeel wordt voor een groot deel tenietgedaan door de inhuur van tijdelijk personeel (zie hierna).
De loonkosten zijn berekend inclusief de cao-verhoging van 1 januari 2024.</li>
<li><b>Inhuur derden ({sg(A['Inhuur derden'])}).</b> Om de wettelijke termijnen te halen en de achterstand bij bouw- en woningtoezicht te beperken huren wij
gemiddeld 9 externe medewerkers in. Daarnaast is een specialist externe veiligheid ingehuurd voor het project &lsquo;Risicokaart&rsquo;. Per saldo zijn
vacatureruimte en inhuur samen {'een nadeel' if A['Salarissen en sociale lasten'] + A['Inhuur derden'] < 0 else 'een voordeel'} van € {nl(abs(A['Salarissen en sociale lasten'] + A['Inhuur derden']))}.</li>
<li><b>Opleidingen en vitaliteit ({sg(A['Opleidingen en vitaliteit'])}).</b> Een deel van het opleidingsprogramma (de leergang Omgevingsrecht) is verschoven naar 2025.</li>
<li><b>Overige personeelskosten ({sg(A['Overige personeelskosten'])}).</b> Hogere kosten voor werving en selectie, waaronder de arbeidsmarktcampagne &lsquo;Werk aan je omgeving&rsquo;.</li>
<li><b>Huisvesting ({sg(A['Huisvesting'])}).</b> De energiekosten van het kantoor aan de Veenkade vallen hoger uit door de afrekening over 2023.</li>
<li><b>ICT en informatievoorziening ({sg(A['ICT en informatievoorziening'])}).</b> De aanbesteding van het nieuwe VTH-systeem viel gunstiger uit dan geraamd.</li>
<li><b>Laboratorium- en meetkosten ({sg(A['Laboratorium- en meetkosten'])}).</b> Extra geluidsmetingen bij evenementen en bij een industriële inrichting in Wolderveen na klachten van omwonenden.</li>
<li><b>Kapitaallasten ({sg(A['Kapitaallasten'])}).</b> De vervanging van drie dienstauto's door elektrische auto's is uitgesteld tot 2025; de afschrijving start daardoor later.</li>
<li><b>Overige bedrijfsvoeringskosten ({sg(A['Overige bedrijfsvoeringskosten'])}).</b> Diverse kleine voordelen, onder meer op drukwerk en porti.</li>
<li><b>Onvoorzien ({sg(A['Onvoorzien'])}).</b> De post onvoorzien van € 75.000 is tot nu toe niet aangesproken en wordt naar verwachting niet meer ingezet.</li>
<li><b>Meerwerk en plustaken deelnemers ({sg(A['Meerwerk en plustaken deelnemers'])}).</b> Extra opdrachten, vooral de asbestcontroles voor Oudewolde (€ 148.000) en
de handhaving van de energiebesparingsplicht voor Wolderveen en Hesselterbroek (€ 114.300).</li>
<li><b>Opdrachten derden ({sg(A['Opdrachten derden'])}).</b> Een opdracht van het waterschap voor bodemonderzoek is vervallen.</li>
<li><b>Detacheringen ({sg(A['Detacheringen'])}).</b> Twee medewerkers zijn gedetacheerd bij de provincie voor de uitvoering van de stikstofaanpak.</li>
<li><b>Rente en overige baten ({sg(A['Rente en overige baten'])}).</b> Door de hogere rente op de rekening-courant bij het Rijk (schatkistbankieren) ontvangen wij meer rente dan begroot.</li>
</ul>""")

# personeel
w("<h2>4. Personeel en organisatie</h2>")
w("<p>De formatie 2024 bedraagt " + d1(FTE_F) + " fte. Per 1 september 2024 is " + d1(FTE_B) + " fte bezet. Onderstaande tabel geeft de verdeling over de teams.</p>")
w("<p class='cap'>Tabel 4. Formatie en bezetting per team (in fte)</p>")
w("<table style='width:85%'><thead><tr><th class='l'>Team</th><th>Formatie<br>2024</th><th>Bezetting<br>1-9-2024</th><th>Verschil</th></tr></thead><tbody>")
for n, f, b in FTE:
    diff = round(b - f, 1)
    w(f"<tr><td class='l'>{n}</td><td>{d1(f)}</td><td>{d1(b)}</td><td>{'-' if diff == 0 else d1(diff, plus=True)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Totaal</td><td>{d1(FTE_F)}</td><td>{d1(FTE_B)}</td><td>{d1(round(FTE_B - FTE_F, 1), plus=True)}</td></tr></tbody></table>")
w("""<p>In de eerste acht maanden van 2024 zijn 17 nieuwe medewerkers in dienst getreden en hebben 14 medewerkers de organisatie verlaten. Het verloop
bedraagt daarmee 10,2%. De gemiddelde leeftijd van onze medewerkers is 47 jaar; ruim een kwart (27%) is 60 jaar of ouder. Om de uitstroom op te vangen
starten in september 2024 zes trainees in het traineeship &lsquo;Groene Toga&rsquo;, samen met twee andere omgevingsdiensten.</p>
<p>Het ziekteverzuim bedroeg over de eerste acht maanden 5,8% (2023 over dezelfde periode: 6,4%). Het langdurig verzuim is gedaald; het kortdurend verzuim
ligt iets hoger dan vorig jaar.</p>""")

# deelnemers & reserves
w("<h2>5. Deelnemersbijdragen</h2>")
w("<p>De bijdragen van de deelnemers voor de programmafinanciering 2024 blijven ongewijzigd. De verdeling is gebaseerd op de verdeelsleutel in de gemeenschappelijke regeling (werkprogramma-uren).</p>")
w("<p class='cap'>Tabel 5. Bijdragen deelnemers 2024</p>")
w("<table style='width:70%'><thead><tr><th class='l'>Deelnemer</th><th>Bijdrage 2024</th></tr></thead><tbody>")
for n, v in DEELNEMERS:
    w(f"<tr><td class='l'>{n}</td><td>€ {nl(v)}</td></tr>")
w(f"<tr class='tot'><td class='l'>Totaal</td><td>€ {nl(DEELN)}</td></tr></tbody></table>")
w(f"""<h2>6. Reserves en weerstandsvermogen</h2>
<p>De algemene reserve bedraagt per 1 januari 2024 € 742.000. Volgens de financiële verordening mag de algemene reserve maximaal 5% van de
begrote lasten bedragen; voor 2024 is dat afgerond € 835.000. De bestemmingsreserve digitalisering had per 1 januari 2024 een stand van € 265.000;
na de geplande onttrekking van € 180.000 resteert € 85.000. De benodigde weerstandscapaciteit op basis van de risico-inventarisatie is € 520.000;
de ratio weerstandsvermogen is daarmee 1,4 (&lsquo;voldoende&rsquo;). De benodigde capaciteit is als volgt opgebouwd:</p>
<p class='cap'>Tabel 6. Risico's en benodigde weerstandscapaciteit</p>
<table style='width:90%'><thead><tr><th class='l'>Risico</th><th>Maximaal<br>effect</th><th>Kans</th><th>Benodigde<br>capaciteit</th></tr></thead><tbody>
<tr><td class='l'>Hogere tarieven inhuur door krapte arbeidsmarkt</td><td>€ 400.000</td><td>50%</td><td>€ 200.000</td></tr>
<tr><td class='l'>Minder vergunningaanvragen door de Omgevingswet</td><td>€ 300.000</td><td>50%</td><td>€ 150.000</td></tr>
<tr><td class='l'>Vertraging datamigratie nieuw VTH-systeem</td><td>€ 250.000</td><td>50%</td><td>€ 125.000</td></tr>
<tr><td class='l'>Juridische claims en aansprakelijkheid</td><td>€ 150.000</td><td>30%</td><td>€ 45.000</td></tr>
<tr class='tot'><td class='l'>Totaal</td><td>€ 1.100.000</td><td></td><td>€ 520.000</td></tr></tbody></table>
<p>Het verwachte positieve resultaat van € {nl(RES_P)} wordt bij de jaarrekening 2024 bestemd. Het dagelijks bestuur stelt voor het deel dat de algemene
reserve boven het plafond zou brengen, naar rato van de bijdragen terug te betalen aan de deelnemers.</p>
<h2>7. Voorstel</h2>
<p>Het dagelijks bestuur stelt het algemeen bestuur voor:</p>
<ul><li>kennis te nemen van de tweede bestuursrapportage 2024;</li>
<li>de prognose van het resultaat 2024 van € {nl(RES_P)} positief voor kennisgeving aan te nemen;</li>
<li>in te stemmen met het uitstel van de vervanging van drie dienstauto's naar 2025.</li></ul>
""")
w("</body></html>")
open(os.path.join(HERE, "wolderstreek-tweede-berap-2024.html"), "w").write("\n".join(H))
print("L_B", L_B, "L_P", L_P, "B_B", B_B, "B_P", B_P, "RES_P", RES_P, "DEELN", DEELN, "PROV", PROV, "FTE", FTE_F, FTE_B)
print("5% of L_B", L_B * 0.05)
