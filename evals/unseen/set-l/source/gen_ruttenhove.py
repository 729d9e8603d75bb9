"""Generator: Gemeente Ruttenhove - Voorjaarsnota 2026 (fictional). All amounts x EUR 1.000 unless stated.
Sign convention in all tables: positive = voordeel, negative = nadeel."""
from common import HERE, CORPUS, nl, esc, table, print_pdf

Y = [2026, 2027, 2028, 2029]

# --- vertrekpunt: saldo programmabegroting 2026 (after amendments), split S/I
vertrek_S = [180, -286, -1954, -2318]
vertrek_I = [232, 0, 0, 0]
vertrek = [s + i for s, i in zip(vertrek_S, vertrek_I)]

# --- autonome ontwikkelingen: (nr, omschrijving, S/I, amounts)
auto = [
    (1, "Loon- en prijsontwikkeling (cao gemeenten 2025-2026)", "S", [-785, -792, -792, -792]),
    (2, "Hogere bijdrage Veiligheidsregio", "S", [-148, -152, -156, -160]),
    (3, "Lagere energiekosten gemeentelijke gebouwen", "S", [96, 96, 96, 96]),
    (4, "Kapitaallasten door vertraagde investeringen", "I", [310, 145, 0, 0]),
    (5, "Rente nieuw aan te trekken leningen", "S", [-64, -118, -171, -205]),
    (6, "Leerlingenvervoer na nieuwe aanbesteding", "S", [-212, -212, -212, -212]),
    (7, "Hogere opbrengst bouwleges", "I", [180, 0, 0, 0]),
    (8, "Verzekeringspremies", "S", [-41, -41, -41, -41]),
    (9, "Bijdrage GGD", "S", [-57, -59, -61, -63]),
]
auto_tot = [sum(a[3][k] for a in auto) for k in range(4)]

# --- algemene uitkering: meicirculaire 2025 effects
au_base = [60874, 61452, 62018, 62610]  # stand septembercirculaire 2024 / begroting 2026
mei = [
    ("Accres (volume- en prijsontwikkeling)", "S", [1126, 864, 602, 548]),
    ("Hoeveelheidsverschillen uitkeringsbasis", "S", [218, 231, 240, 252]),
    ("Herijking gemeentefonds (ingroeipad)", "S", [-94, -94, -94, -94]),
    ("Extra middelen jeugd (Hervormingsagenda)", "I", [412, 0, 0, 0]),
    ("Taakmutaties, door te geven aan budgetten", "S", [-175, -175, -175, -175]),
]
mei_tot = [sum(m[2][k] for m in mei) for k in range(4)]
au_new = [au_base[k] + mei_tot[k] for k in range(4)]

voor_nb = [vertrek[k] + auto_tot[k] + mei_tot[k] for k in range(4)]

# --- nieuwe claims (amounts as positive cost in list, printed negative)
claims = [
    (1, "Veiligheid", "Twee extra handhavers (boa's) openbare ruimte", "S", [145, 145, 145, 145]),
    (2, "Veiligheid", "Kapitaallasten nieuwbouw brandweerkazerne", "S", [0, 96, 192, 188]),
    (3, "Verkeer en vervoer", "Inhaalslag onderhoud fietspaden", "I", [250, 250, 0, 0]),
    (4, "Openbare ruimte", "Vervanging speeltoestellen", "S", [60, 60, 60, 60]),
    (5, "Sport", "Exploitatietekort zwembad De Kolk", "S", [185, 185, 185, 185]),
    (6, "Cultuur", "Indexatie subsidie bibliotheek", "S", [48, 48, 48, 48]),
    (7, "Sociaal domein", "Vroegsignalering schulden uitbreiden", "S", [90, 90, 90, 90]),
    (8, "Sociaal domein", "Tijdelijke extra capaciteit wijkteam jeugd", "I", [320, 320, 0, 0]),
    (9, "Ruimte", "Opstellen omgevingsplan", "I", [275, 175, 0, 0]),
    (10, "Duurzaamheid", "Uitvoeringsplan warmtetransitie wijk Hoogakker", "I", [140, 140, 140, 0]),
    (11, "Bedrijfsvoering", "Informatiebeveiliging en ICT", "S", [110, 110, 110, 110]),
]
claims_tot = [-sum(c[4][k] for c in claims) for k in range(4)]

# --- besparingen / ombuigingen (positive = voordeel)
bespar = [
    (1, "Extra verhoging OZB met 2% boven inflatie", "S", [310, 316, 322, 328]),
    (2, "Subsidies: generieke korting van 5%", "S", [120, 180, 180, 180]),
    (3, "Minder inhuur van derden", "S", [250, 300, 300, 300]),
    (4, "Verlagen post onvoorzien", "S", [50, 50, 50, 50]),
    (5, "Sluiten servicepunt Oostkant (digitaal loket)", "S", [0, 85, 85, 85]),
    (6, "Parkeertarief centrum + EUR 0,20 per uur", "S", [140, 140, 140, 140]),
    (7, "Vrijval bestemmingsreserve Centrumplan", "I", [400, 0, 0, 0]),
    (8, "Herindicatie Wmo-hulpmiddelen", "S", [75, 150, 200, 200]),
]
bespar_tot = [sum(b[3][k] for b in bespar) for k in range(4)]

na_nb = [voor_nb[k] + claims_tot[k] + bespar_tot[k] for k in range(4)]


def split(items, sidx, aidx, sign=1):
    S = [0] * 4; I = [0] * 4
    for it in items:
        for k in range(4):
            (S if it[sidx] == "S" else I)[k] += sign * it[aidx][k]
    return S, I


aS, aI = split(auto, 2, 3)
mS, mI = split(mei, 1, 2)
cS, cI = split(claims, 3, 4, -1)
bS, bI = split(bespar, 2, 3)
na_S = [vertrek_S[k] + aS[k] + mS[k] + cS[k] + bS[k] for k in range(4)]
na_I = [vertrek_I[k] + aI[k] + mI[k] + cI[k] + bI[k] for k in range(4)]
for k in range(4):
    assert na_S[k] + na_I[k] == na_nb[k]
    assert aS[k] + aI[k] == auto_tot[k]
    assert cS[k] + cI[k] == claims_tot[k]
    assert bS[k] + bI[k] == bespar_tot[k]
    assert mS[k] + mI[k] == mei_tot[k]

# sociaal domein + other prose facts (full euros)
jeugd_begr_2024 = 12_380_000
jeugd_real_2024 = 13_214_000
assert jeugd_real_2024 - jeugd_begr_2024 == 834_000
jeugd_n_2023, jeugd_n_2024 = 1092, 1186
wmo_n_2023, wmo_n_2024 = 2418, 2575
ozb_old, ozb_new = 385, 412  # EUR aanslag gemiddelde woning
assert ozb_new - ozb_old == 27
alg_res = 14_200_000

FACTS = dict(vertrek=vertrek, auto_tot=auto_tot, mei_tot=mei_tot, au_new=au_new, voor_nb=voor_nb,
             claims_tot=claims_tot, bespar_tot=bespar_tot, na_nb=na_nb, na_S=na_S, na_I=na_I,
             aS=aS, aI=aI, mS=mS, mI=mI, cS=cS, cI=cI, bS=bS, bI=bI)

CSS = """
@page { size: A4; margin: 20mm 18mm 18mm 18mm; }
@page land { size: A4 landscape; margin: 15mm 15mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.6pt; line-height: 1.38; color: #222; }
h1 { font-size: 24pt; color: #0b5d4b; margin: 0 0 6mm 0; }
h2 { font-size: 14pt; color: #0b5d4b; border-bottom: 1.5px solid #0b5d4b; padding-bottom: 2px; margin-top: 7mm; }
h3 { font-size: 11pt; color: #333; margin-top: 5mm; margin-bottom: 2mm; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0 2mm 0; font-size: 8.8pt; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; font-size: 9.2pt; }
th { background: #0b5d4b; color: white; padding: 2px 5px; text-align: left; font-weight: bold; }
td { padding: 2px 5px; border-bottom: 0.5px solid #ccc; }
.num { text-align: right; white-space: nowrap; }
tr.tot td { font-weight: bold; border-top: 1px solid #333; background: #eef5f2; }
tr.sec td { font-weight: bold; font-style: italic; background: #f4f4f4; }
.note { font-size: 8pt; color: #555; margin-top: 0; }
.pb { page-break-before: always; }
.land { page: land; }
.cover { position: relative; }
.cover .band { background: #0b5d4b; color: white; padding: 14mm 10mm; margin-top: 50mm; }
.cover .band h1 { color: white; font-size: 30pt; }
.box { border: 1px solid #0b5d4b; background: #f2f8f6; padding: 3mm 5mm; margin: 4mm 0; }
.foot { position: running(foot); }
"""


def yrs(vals):
    return list(vals)


def build():
    H = []
    a = H.append
    a(f"<html><head><meta charset='utf-8'><title>Voorjaarsnota 2026 Gemeente Ruttenhove</title><style>{CSS}</style></head><body>")
    # cover
    a("""<div class="cover"><div class="band"><h1>Voorjaarsnota 2026</h1>
<p style="font-size:14pt">Gemeente Ruttenhove</p><p>Kaderstelling voor de begroting 2026 en het meerjarenperspectief 2026-2029</p></div>
<p style="margin-top:20mm">Aangeboden aan de gemeenteraad op 13 mei 2025<br>Behandeling in de raadsvergadering van 3 juli 2025</p>
<p>Inhoud<br>1. Inleiding en financieel beeld in één oogopslag<br>2. Autonome ontwikkelingen<br>3. Algemene uitkering: de meicirculaire 2025<br>
4. Nieuwe claims<br>5. Besparingen en ombuigingen<br>6. Sociaal domein<br>7. Lokale lasten, reserves en weerstandsvermogen<br>Bijlage 1. Meerjarenperspectief naar structureel en incidenteel</p></div>""")

    # 1. inleiding
    a('<h2 class="pb">1. Inleiding en financieel beeld in één oogopslag</h2>')
    a(f"""<p>Met deze voorjaarsnota actualiseren wij het meerjarenperspectief van Ruttenhove en stellen wij de kaders voor de
begroting 2026. Vertrekpunt is de meerjarenraming uit de door de raad vastgestelde programmabegroting 2025, inclusief de
aangenomen amendementen en doorgetrokken naar 2029. Die raming sloot voor 2026 met een klein overschot, maar liet vanaf 2027 tekorten zien die oplopen tot ruim
€ {nl(-vertrek[3]/1000, 1)} miljoen in 2029. De oorzaak ligt vooral bij het Rijk: vanaf 2026 groeit het gemeentefonds veel minder hard
dan de kosten van onze taken (het zogeheten ravijnjaar).</p>
<p>Na verwerking van de autonome ontwikkelingen en de meicirculaire 2025 zien wij een saldo vóór nieuw beleid van
€ {nl(voor_nb[0])}.000 in 2026. Het college stelt een pakket nieuwe claims voor van in totaal € {nl(-claims_tot[0])}.000 in 2026, en
een pakket besparingen en ombuigingen dat in 2026 € {nl(bespar_tot[0])}.000 oplevert en in 2029 € {nl(bespar_tot[3])}.000.
Daarmee is de begroting 2026 sluitend, maar is het meerjarenperspectief vanaf 2027 nog niet in evenwicht.</p>""")
    rows = [
        ["Saldo meerjarenraming begroting 2025 (na amendementen)"] + vertrek,
        ["Autonome ontwikkelingen (hoofdstuk 2)"] + auto_tot,
        ["Meicirculaire 2025 (hoofdstuk 3)"] + mei_tot,
        ["Saldo vóór nieuw beleid"] + voor_nb,
        ["Nieuwe claims (hoofdstuk 4)"] + claims_tot,
        ["Besparingen en ombuigingen (hoofdstuk 5)"] + bespar_tot,
        ["Saldo na nieuw beleid"] + na_nb,
        ["waarvan structureel"] + na_S,
        ["waarvan incidenteel"] + na_I,
    ]
    a(table("Tabel 1.1 Meerjarenperspectief 2026-2029 (bedragen x € 1.000; + = voordeel, - = nadeel)",
            ["Omschrijving", "2026", "2027", "2028", "2029"], rows, bold_rows=(3, 6)))
    a(f"""<div class="box"><b>Kort gezegd.</b> In 2026 houdt de gemeente na alle keuzes € {nl(na_nb[0])}.000 over. In 2029 is er nog
een tekort van € {nl(-na_nb[3])}.000. Structureel, dus zonder eenmalige meevallers en eenmalige uitgaven, is het tekort in 2029
€ {nl(-na_S[3])}.000. Het college komt bij de begroting 2026 met aanvullende voorstellen om dat gat te dichten.</div>""")
    a("""<p>De provincie houdt als toezichthouder vooral het structurele saldo in het oog. Een begroting is in materieel
evenwicht als de structurele lasten gedekt worden door structurele baten. Voor 2026 is dat het geval; voor de jaren
2027 tot en met 2029 moeten nog maatregelen volgen. Wij gaan ervan uit dat het Rijk in de septembercirculaire duidelijkheid
geeft over de uitkomst van het overleg tussen Rijk en gemeenten over de financiering vanaf 2027. Een eventuele
verruiming van het gemeentefonds is in dit perspectief nog niet verwerkt.</p>""")

    # 2. autonome ontwikkelingen
    a('<h2 class="pb">2. Autonome ontwikkelingen</h2>')
    a("""<p>Autonome ontwikkelingen zijn veranderingen waarop de gemeente zelf weinig invloed heeft: loon- en prijsstijgingen,
hogere bijdragen aan gemeenschappelijke regelingen, rente en gevolgen van aanbestedingen. Wij verwerken ze zonder
beleidsmatige keuze in het perspectief. De tabel hieronder geeft het overzicht; S staat voor structureel, I voor incidenteel.</p>""")
    rows = [[str(n), d, s] + [v for v in vals] for n, d, s, vals in auto]
    rows.append(["", "Totaal autonome ontwikkelingen", ""] + auto_tot)
    a(table("Tabel 2.1 Autonome ontwikkelingen (bedragen x € 1.000; + = voordeel, - = nadeel)",
            ["Nr.", "Omschrijving", "S/I", "2026", "2027", "2028", "2029"], rows, num_from=3,
            bold_rows=(len(rows) - 1,)))
    a(f"""<h3>Toelichting</h3>
<p><b>Loon- en prijsontwikkeling.</b> De nieuwe cao gemeenten leidt tot een hogere loonsom. Na aftrek van de al geraamde
indexatie resteert een nadeel van € {nl(-auto[0][3][0])}.000 in 2026, oplopend tot € {nl(-auto[0][3][1])}.000 per jaar vanaf 2027.</p>
<p><b>Veiligheidsregio en GGD.</b> Beide gemeenschappelijke regelingen hebben hun ontwerpbegroting 2026 aan de raad voorgelegd.
De bijdrage aan de Veiligheidsregio stijgt in 2026 met € {nl(-auto[1][3][0])}.000, die aan de GGD met € {nl(-auto[8][3][0])}.000.</p>
<p><b>Kapitaallasten.</b> Doordat de bouw van de sporthal Zuidrand en de vervanging van de gemeentewerf later starten,
vallen de kapitaallasten in 2026 en 2027 incidenteel lager uit. Dit is een verschuiving in de tijd, geen structureel voordeel.</p>
<p><b>Leerlingenvervoer.</b> De nieuwe aanbesteding van het leerlingenvervoer viel duurder uit dan geraamd, vooral door
hogere loonkosten van chauffeurs en minder inschrijvers. Het nadeel is structureel € {nl(-auto[5][3][0])}.000 per jaar.</p>
<p><b>Bouwleges.</b> Door een aantal grote bouwaanvragen in het plan Veldkamp verwachten wij in 2026 eenmalig € {nl(auto[6][3][0])}.000
meer aan leges te ontvangen.</p>""")

    # 3. meicirculaire
    a('<h2 class="pb">3. Algemene uitkering: de meicirculaire 2025</h2>')
    a(f"""<p>De algemene uitkering uit het gemeentefonds is met ruim € 60 miljoen de grootste inkomstenbron van Ruttenhove. In de
begroting 2025 en de meerjarenraming gingen wij uit van de septembercirculaire 2024. De meicirculaire 2025 levert per saldo een voordeel op van
€ {nl(mei_tot[0])}.000 in 2026, maar dit voordeel loopt terug tot € {nl(mei_tot[3])}.000 in 2029. Het accres, de jaarlijkse groei van
het gemeentefonds, valt in 2026 nog hoger uit dan verwacht; vanaf 2027 zakt het accres fors in.</p>
<p>In de meicirculaire zijn ook extra middelen voor de jeugdzorg opgenomen die voortkomen uit de Hervormingsagenda Jeugd.
Voor Ruttenhove gaat het om € {nl(mei[3][2][0])}.000, alleen in 2026. Wij voegen deze middelen niet toe aan het jeugdbudget maar
laten ze vallen in het saldo, omdat het jeugdbudget al is opgehoogd (zie hoofdstuk 6). De taakmutaties van
€ {nl(-mei[4][2][0])}.000 per jaar geven wij wel door aan de betrokken budgetten; daarom staan ze als nadeel in de tabel.</p>""")
    rows = [[d, s] + vals for d, s, vals in mei]
    rows.append(["Totaal effect meicirculaire 2025", ""] + mei_tot)
    a(table("Tabel 3.1 Effect meicirculaire 2025 op het meerjarenperspectief (bedragen x € 1.000)",
            ["Onderdeel", "S/I", "2026", "2027", "2028", "2029"], rows, num_from=2, bold_rows=(len(rows) - 1,)))
    rows = [["Algemene uitkering meerjarenraming (septembercirculaire 2024)"] + au_base,
            ["Mutatie meicirculaire 2025"] + mei_tot,
            ["Algemene uitkering na meicirculaire 2025"] + au_new]
    a(table("Tabel 3.2 Raming algemene uitkering (bedragen x € 1.000)",
            ["", "2026", "2027", "2028", "2029"], rows, bold_rows=(2,)))
    a(f"""<p>Tegenover een algemene uitkering van € {nl(au_new[0]/1000, 1)} miljoen in 2026 staat dus een daling van de groei in de
jaren daarna. De opschalingskorting is voor de periode tot en met 2026 bevroren; of die korting daarna weer ingaat,
is nog onzeker. Wij hebben in dit perspectief aangenomen dat dat niet gebeurt. Zou de opschalingskorting toch ingaan,
dan kost dat Ruttenhove naar schatting € 0,9 miljoen per jaar vanaf 2027.</p>""")

    # 4. nieuwe claims
    a('<h2 class="pb">4. Nieuwe claims</h2>')
    a("""<p>Het college heeft de wensen uit de organisatie, de raad en de samenleving gewogen. Alleen claims die nodig zijn om
wettelijke taken uit te voeren, die voortkomen uit eerdere raadsbesluiten of die passen bij het coalitieakkoord 'Samen
verder in Ruttenhove' zijn opgenomen. Bedragen zijn lasten en daarom als nadeel (-) weergegeven.</p>""")
    rows = [[str(n), p, d, s] + [-v for v in vals] for n, p, d, s, vals in claims]
    rows.append(["", "", "Totaal nieuwe claims", ""] + claims_tot)
    a(table("Tabel 4.1 Nieuwe claims 2026-2029 (bedragen x € 1.000; - = nadeel)",
            ["Nr.", "Programma", "Omschrijving", "S/I", "2026", "2027", "2028", "2029"], rows, num_from=4,
            bold_rows=(len(rows) - 1,)))
    a(f"""<h3>Toelichting op de grootste claims</h3>
<p><b>Handhaving.</b> Inwoners ervaren steeds meer overlast van geparkeerde auto's, zwerfafval en jongerengroepen. Met twee
extra boa's (€ {nl(claims[0][4][0])}.000 per jaar) kan de handhaving ook 's avonds en in het weekend worden uitgevoerd.</p>
<p><b>Fietspaden.</b> Uit de weginspectie van 2024 blijkt dat 14 kilometer fietspad onvoldoende scoort. Met een inhaalslag van
€ {nl(claims[2][4][0])}.000 in zowel 2026 als 2027 brengen wij deze paden terug op het afgesproken kwaliteitsniveau.</p>
<p><b>Zwembad De Kolk.</b> De exploitant heeft aangegeven het zwembad niet langer zonder hogere bijdrage te kunnen exploiteren.
De extra bijdrage is € {nl(claims[4][4][0])}.000 per jaar. Het alternatief, sluiting van het zwembad, wijst het college af.</p>
<p><b>Wijkteam jeugd.</b> Om de wachtlijsten bij het wijkteam terug te dringen zetten wij in 2026 en 2027 tijdelijk extra
capaciteit in (€ {nl(claims[7][4][0])}.000 per jaar). Zie ook hoofdstuk 6.</p>
<p>In totaal gaat het om {len(claims)} claims, waarvan {sum(1 for c in claims if c[3]=='S')} structureel en {sum(1 for c in claims if c[3]=='I')} incidenteel.</p>""")

    # 5. besparingen
    a('<h2 class="pb">5. Besparingen en ombuigingen</h2>')
    a("""<p>Om de tekorten vanaf 2027 terug te dringen stelt het college een eerste pakket besparingen en ombuigingen voor.
Daarbij zijn wij uitgegaan van drie principes: de sterkste schouders dragen de zwaarste lasten, wettelijke
zorgtaken blijven overeind en wij bezuinigen eerst op de eigen organisatie voordat wij inwoners raken.</p>""")
    rows = [[str(n), d, s] + vals for n, d, s, vals in bespar]
    rows.append(["", "Totaal besparingen en ombuigingen", ""] + bespar_tot)
    a(table("Tabel 5.1 Besparingen en ombuigingen (bedragen x € 1.000; + = voordeel)",
            ["Nr.", "Maatregel", "S/I", "2026", "2027", "2028", "2029"], rows, num_from=3, bold_rows=(len(rows) - 1,)))
    a(f"""<p>De grootste structurele opbrengst komt van het verminderen van de inhuur van derden (€ {nl(bespar[2][3][1])}.000 per jaar vanaf 2027)
en de extra verhoging van de onroerendezaakbelasting. De generieke korting van 5% op subsidies geldt niet voor
subsidies aan de voedselbank en de schuldhulpverlening. Het servicepunt Oostkant sluit per 1 januari 2027; inwoners
kunnen daarna terecht in het gemeentehuis of via de digitale balie. De vrijval van de bestemmingsreserve Centrumplan
(€ {nl(bespar[6][3][0])}.000) is eenmalig: het project is afgerond en de reserve is niet meer nodig.</p>
<p>Met dit pakket bezuinigt de gemeente in 2027 € {nl(bespar_tot[1])}.000 en in 2029 € {nl(bespar_tot[3])}.000. Dat is nog onvoldoende
om het perspectief vanaf 2027 sluitend te maken; een tweede pakket volgt bij de begroting 2026.</p>""")

    # 6. sociaal domein
    a('<h2 class="pb">6. Sociaal domein</h2>')
    a(f"""<h3>Jeugdhulp</h3>
<p>De kosten van jeugdhulp blijven stijgen. De jaarrekening 2024 liet voor jeugdhulp een realisatie zien van
€ {nl(jeugd_real_2024)}, terwijl € {nl(jeugd_begr_2024)} was begroot. Het aantal jeugdigen dat jeugdhulp ontving, steeg van
{nl(jeugd_n_2023)} in 2023 naar {nl(jeugd_n_2024)} in 2024. Vooral de vraag naar ambulante begeleiding en dyslexiezorg nam toe. Voor
2026 ramen wij het budget voor jeugdhulp daarom op € 13,9 miljoen. Wij verwachten dat dit budget in 2026
toereikend is, mede door de tijdelijke extra capaciteit in het wijkteam en scherpere afspraken met aanbieders over
de duur van trajecten.</p>
<h3>Wet maatschappelijke ondersteuning</h3>
<p>Het aantal inwoners met een Wmo-voorziening nam toe van {nl(wmo_n_2023)} eind 2023 naar {nl(wmo_n_2024)} eind 2024. Dit komt vooral
door de vergrijzing en het abonnementstarief van € 21,80 per maand, dat ondersteuning voor iedereen even duur maakt,
ongeacht het inkomen. Het Wmo-budget voor 2026 bedraagt € 9,6 miljoen. Het kabinet heeft aangekondigd het
abonnementstarief vanaf 2027 inkomensafhankelijk te maken; het effect daarvan is nog niet in dit perspectief verwerkt.
Huishoudelijke hulp is met 41% van de uitgaven de grootste post binnen de Wmo.</p>
<h3>Werk en inkomen</h3>
<p>Op 1 januari 2025 ontvingen 612 huishoudens in Ruttenhove een bijstandsuitkering, 18 minder dan een jaar eerder. Het
Rijk stelt voor 2026 een bedrag van € 8,1 miljoen beschikbaar voor de uitkeringen (BUIG). Wij verwachten dat dit budget
voldoende is. Het aantal aanvragen voor bijzondere bijstand en voor de energietoeslag is in 2024 gedaald. De
vroegsignalering van schulden breiden wij uit (claim 7 in hoofdstuk 4), zodat wij inwoners eerder kunnen helpen.</p>
<h3>Risico's in het sociaal domein</h3>
<p>Het grootste financiële risico in het sociaal domein blijft de jeugdhulp. Een stijging van het aantal jeugdigen met 5%
boven de raming betekent een extra last van ongeveer € 0,7 miljoen. Dit risico is meegenomen in de berekening van de
benodigde weerstandscapaciteit (hoofdstuk 7).</p>""")

    # 7. lokale lasten en reserves
    a('<h2 class="pb">7. Lokale lasten, reserves en weerstandsvermogen</h2>')
    a(f"""<h3>Lokale lasten</h3>
<p>De tarieven van de onroerendezaakbelasting stijgen in 2026 met de inflatie (2,4%) plus de extra verhoging van 2% uit het
bezuinigingspakket. Voor een woning met de gemiddelde WOZ-waarde van € 348.000 stijgt de OZB-aanslag daarmee van
€ {ozb_old} naar € {ozb_new}, een stijging van € {ozb_new-ozb_old}. De afvalstoffenheffing en de rioolheffing blijven kostendekkend;
de tarieven daarvan stellen wij vast bij de begroting 2026. Ruttenhove blijft met deze verhoging onder het landelijk
gemiddelde van de woonlasten.</p>
<h3>Reserves</h3>
<p>De algemene reserve bedraagt per 1 januari 2025 € {nl(alg_res)}. Met de vrijval van de reserve Centrumplan heffen wij een
bestemmingsreserve op. Daarnaast stellen wij voor een nieuwe bestemmingsreserve Warmtetransitie in te stellen, met een
eerste storting van € 250.000 uit het resultaat van de jaarrekening 2024.</p>
<h3>Weerstandsvermogen</h3>
<p>De beschikbare weerstandscapaciteit bedraagt € 17,6 miljoen, de benodigde weerstandscapaciteit € 9,8 miljoen. De ratio
weerstandsvermogen komt daarmee op 1,8. Dat valt in de categorie 'ruim voldoende' (waardering B) en voldoet aan de
norm van de raad van minimaal 1,4. Het college ziet daarom geen aanleiding om de algemene reserve aan te vullen, maar
wil de reserve ook niet inzetten om structurele tekorten te dekken.</p>
<h3>Vervolg</h3>
<p>De raad bespreekt deze voorjaarsnota op 3 juli 2025. De kaders die de raad vaststelt, verwerkt het college in de
programmabegroting 2026, die in november 2025 wordt behandeld.</p>""")

    # bijlage landscape
    a('<section class="land"><h2>Bijlage 1. Meerjarenperspectief naar structureel en incidenteel</h2>')
    a("<p>Deze bijlage splitst alle onderdelen van tabel 1.1 naar structurele (S) en incidentele (I) effecten. Bedragen x € 1.000; + = voordeel, - = nadeel.</p>")
    hdr = ["Onderdeel"] + [f"{y} {t}" for y in Y for t in ("S", "I")]
    def inter(S, I):
        return [v for k in range(4) for v in (S[k], I[k])]
    vS = [vertrek_S[k] + aS[k] + mS[k] for k in range(4)]
    vI = [vertrek_I[k] + aI[k] + mI[k] for k in range(4)]
    rows = [["Saldo meerjarenraming begroting 2025"] + inter(vertrek_S, vertrek_I),
            ["Autonome ontwikkelingen"] + inter(aS, aI),
            ["Meicirculaire 2025"] + inter(mS, mI),
            ["Saldo vóór nieuw beleid"] + inter(vS, vI),
            ["Nieuwe claims"] + inter(cS, cI),
            ["Besparingen en ombuigingen"] + inter(bS, bI),
            ["Saldo na nieuw beleid"] + inter(na_S, na_I)]
    for k in range(4):
        assert vS[k] + vI[k] == voor_nb[k]
    a(table("Tabel B1.1 Meerjarenperspectief 2026-2029 gesplitst naar structureel en incidenteel (x € 1.000)", hdr, rows,
            bold_rows=(3, 6)))
    a("</section>")
    a("</body></html>")
    return "\n".join(H)


if __name__ == "__main__":
    out_html = HERE / "ruttenhove_voorjaarsnota_2026.html"
    out_html.write_text(build(), encoding="utf-8")
    print_pdf(out_html, CORPUS / "ruttenhove-voorjaarsnota-2026.pdf")
    for k, v in FACTS.items():
        print(k, v)
