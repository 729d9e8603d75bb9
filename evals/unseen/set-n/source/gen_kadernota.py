#!/usr/bin/env python3
"""Generator for the fictional 'Kadernota 2027' of the (non-existent) Veiligheidsregio Nethervaart.

Writes corpus/vr-nethervaart-kadernota-2027.txt as a word processor's 'save as text' export would look:
headings as lines of their own, one paragraph per line, tables as tab-separated (some space-aligned) lines.
All figures are computed here and asserted (bijdragen add up, meerjarenraming balances, reserves roll forward).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "vr-nethervaart-kadernota-2027.txt")


def nl(n, dec=0):
    s = f"{abs(n):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if n < 0 else "") + s


def distribute(total, weights):
    """largest remainder: integer shares summing exactly to total"""
    W = sum(weights)
    raw = [total * w / W for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    assert sum(base) == total
    return base


# ---------------------------------------------------------------- gemeenten
GEM = [  # naam, inwoners 1-1-2026, inwoners 1-1-2025 (grondslag bijdrage 2026, niet afgedrukt)
    ("Ommerdijk", 112430, 111205),
    ("Saskerzijl", 74815, 74390),
    ("Bolkerum", 58240, 57415),
    ("Ter Ekelen", 46905, 46880),
    ("Kwaksum", 41370, 40655),
    ("Eppenbeek", 38660, 38512),
    ("Strijendonk", 33085, 32940),
    ("Vlaskerk", 27540, 27105),
    ("Heuvelzande", 24915, 24990),
    ("Rodenbosch", 19760, 19618),
]
inw26 = sum(g[1] for g in GEM)
inw25 = sum(g[2] for g in GEM)
inw_groei = (inw26 - inw25) / inw25 * 100

# ---------------------------------------------------------------- indexering
loon, prijs, wl, wp = 3.40, 2.20, 0.80, 0.20
gew = round(loon * wl + prijs * wp, 2)
assert abs(gew - 3.16) < 1e-9
B26 = 49316400
indexatie = round(B26 * gew / 100)
assert indexatie == 1558398

# ---------------------------------------------------------------- nieuw beleid (x 1.000)
BELEID = [  # nr, naam, I/S, [2027..2030], dekking, soort
    ("NB1", "Versterking bevolkingszorg en crisisbeheersing (2,0 fte)", "S", [210, 210, 210, 210], "gemeentelijke bijdrage", "pers"),
    ("NB2", "Werving en behoud vrijwilligers brandweer", "S", [325, 340, 355, 355], "gemeentelijke bijdrage", "pers"),
    ("NB3", "Natuurbrandbestrijding: twee terreinvaardige voertuigen (kapitaallasten)", "S", [0, 148, 145, 142], "gemeentelijke bijdrage", "kap"),
    ("NB4", "Informatieveiligheid en cybersecurity", "S", [205, 205, 190, 190], "gemeentelijke bijdrage", "ict"),
    ("NB5", "Pilot regionaal hitteplan en klimaatrisico's", "I", [85, 85, 0, 0], "bestemmingsreserve klimaat en crisisbeheersing", "ovr"),
]
bel_tot = [sum(b[3][i] for b in BELEID) for i in range(4)]
bel_gem = [sum(b[3][i] for b in BELEID if b[4] == "gemeentelijke bijdrage") for i in range(4)]
# kapitaallasten NB3: investering 1,2 mln, 10 jaar lineair, 2,3% rente over boekwaarde, vanaf 2028
inv = 1200000
kap = []
bw = inv
for y in range(3):
    kap.append(round((inv / 10 + bw * 0.023) / 1000))
    bw -= inv / 10
assert kap == BELEID[2][3][1:], kap

B27 = B26 + indexatie + bel_gem[0] * 1000
assert B27 == 51614798
stijging = B27 - B26
stijging_pct = stijging / B26 * 100

bij26 = distribute(B26, [g[2] for g in GEM])
bij27 = distribute(B27, [g[1] for g in GEM])
aandeel = [g[1] / inw26 * 100 for g in GEM]
per_inw27 = B27 / inw26

# ---------------------------------------------------------------- meerjarenraming (x 1.000)
YRS = ["Begroting 2026", "2027", "2028", "2029", "2030"]
bijdr = [round(B26 / 1000)] + [round(B27 / 1000) + (bel_gem[i] - bel_gem[0]) for i in range(4)]
bdur = [7842, 8031, 8031, 8031, 8031]
ovb = [2164, 2210, 2210, 2210, 2210]
pers_base = round(36480 * (1 + loon / 100))
pers = [36480] + [pers_base + sum(b[3][i] for b in BELEID if b[5] == "pers") for i in range(4)]
kapl = [6940] + [7010 + BELEID[2][3][i] for i in range(4)]
huisv = [4310, 4405, 4405, 4405, 4405]
ict = [3620] + [3690 + BELEID[3][3][i] for i in range(4)]
onv = [150] * 5
toev = [50, 50, 50, 50, 50]
ontt = [420, 385, 385, 280, 260]
baten = [bijdr[i] + bdur[i] + ovb[i] for i in range(5)]
ovl = [baten[i] - (pers[i] + kapl[i] + huisv[i] + ict[i] + onv[i]) - toev[i] + ontt[i] for i in range(5)]
lasten = [pers[i] + kapl[i] + huisv[i] + ict[i] + ovl[i] + onv[i] for i in range(5)]
saldo = [baten[i] - lasten[i] for i in range(5)]
result = [saldo[i] - toev[i] + ontt[i] for i in range(5)]
assert result == [0] * 5
assert all(7000 < v < 9500 for v in ovl), ovl

# ---------------------------------------------------------------- reserves (x 1.000)
RES = [  # naam, stand 1-1-2027, toevoegingen 2027..2030, onttrekkingen 2027..2030
    ("Algemene reserve", 1980, [0, 0, 0, 0], [0, 0, 0, 0]),
    ("Bestemmingsreserve klimaat en crisisbeheersing", 310, [0, 0, 0, 0], [85, 85, 0, 0]),
    ("Egalisatiereserve kapitaallasten", 1240, [0, 0, 0, 0], [180, 180, 160, 140]),
    ("Reserve vakbekwaamheid en opleiden", 415, [50, 50, 50, 50], [120, 120, 120, 120]),
]
stand = {}
for r in RES:
    s = r[1]
    stand[r[0]] = []
    for i in range(4):
        s = s + r[2][i] - r[3][i]
        stand[r[0]].append(s)
for i in range(4):
    assert sum(r[2][i] for r in RES) == toev[i + 1]
    assert sum(r[3][i] for r in RES) == ontt[i + 1]
    assert sum(r[3][i] for r in RES if r[0].startswith("Bestemmingsreserve klimaat")) == BELEID[4][3][i]
res_begin = sum(r[1] for r in RES)
stand_tot = [sum(stand[r[0]][i] for r in RES) for i in range(4)]

# ---------------------------------------------------------------- weerstandsvermogen (x 1.000)
RISK = [
    ("Loonkostenontwikkeling boven de indexering", 1100, 50),
    ("Vervanging landelijk meldkamersysteem", 900, 30),
    ("Langdurige grootschalige inzet (natuurbrand, overstroming)", 800, 25),
    ("Tekort aan vrijwilligers en inhuur beroepskrachten", 600, 40),
    ("Juridische claims en FLO-overgangsrecht", 1500, 10),
    ("Herverdeling Brede Doeluitkering Rampenbestrijding (BDuR)", 1200, 20),
]
r_max = sum(r[1] for r in RISK)
r_gew = [r[1] * r[2] // 100 for r in RISK]
for r in RISK:
    assert r[1] * r[2] % 100 == 0
benodigd = sum(r_gew)
beschikbaar = RES[0][1] + onv[1]
ratio = beschikbaar / benodigd
ar_pct = RES[0][1] / lasten[1] * 100
ar_max = lasten[1] * 5 / 100
assert ratio < 1.4 and ratio > 1.0

# ---------------------------------------------------------------- text
L = []
a = L.append
T = "\t"


def row(*cells):
    a(T.join(str(c) for c in cells))


a("Veiligheidsregio Nethervaart")
a("Kadernota 2027")
a("Financiële en beleidsmatige kaders voor de begroting 2027 en de meerjarenraming 2028-2030")
a("Vastgesteld door het dagelijks bestuur op 12 februari 2026 en aangeboden aan de raden van de tien deelnemende gemeenten voor een zienswijze tot en met 15 april 2026.")
a("")
a("Inhoudsopgave")
for h in ["1. Inleiding", "2. Ontwikkelingen en terugblik", "3. Uitgangspunten en indexering", "4. Nieuw beleid",
          "5. Meerjarenraming 2027-2030", "6. Gemeentelijke bijdragen 2027", "7. Weerstandsvermogen en risico's",
          "8. Reserves", "9. Voorstel aan het algemeen bestuur"]:
    a(h)
a("")
a("1. Inleiding")
a("Met deze kadernota legt het dagelijks bestuur van Veiligheidsregio Nethervaart de financiële en beleidsmatige kaders voor de begroting 2027 voor aan het algemeen bestuur en de gemeenteraden. De kadernota is de eerste stap in de begrotingscyclus; de ontwerpbegroting 2027 volgt in mei 2026.")
a(f"De veiligheidsregio is een gemeenschappelijke regeling van tien gemeenten met samen {nl(inw26)} inwoners (1 januari 2026). De regio voert de brandweerzorg, de rampenbestrijding en crisisbeheersing, de geneeskundige hulpverlening bij ongevallen en rampen (GHOR) en de risicobeheersing uit.")
a(f"De totale gemeentelijke bijdrage stijgt in 2027 met € {nl(stijging / 1e6, 1)} mln ten opzichte van 2026. Dit komt door de indexering ({nl(gew, 2)}%) en door de voorstellen voor nieuw beleid.")
a("")
a("2. Ontwikkelingen en terugblik")
a("2.1 Terugblik 2025")
a("De brandweer rukte in 2025 in totaal 6.874 keer uit, waarvan 2.941 keer voor een brand en 1.388 keer voor hulpverlening; de overige uitrukken betroffen automatische brandmeldingen en overige meldingen. Bij 84,7% van de spoedeisende uitrukken was de eerste tankautospuit binnen de normtijd ter plaatse (2024: 86,2%).")
a("Het voorlopige rekeningresultaat over 2025 bedraagt € 612.000 positief. Het dagelijks bestuur stelt voor dit resultaat bij de jaarstukken terug te laten vloeien naar de deelnemende gemeenten.")
a("2.2 Organisatie")
a("De veiligheidsregio beschikt over 27 brandweerposten, waarvan 4 met beroepspersoneel en 23 met uitsluitend vrijwilligers. De formatie bedraagt 412 fte. Daarnaast zijn 896 brandweervrijwilligers actief. Het aantal vrijwilligers daalde in 2025 met 41; vooral overdag is de bezetting op 9 posten kwetsbaar.")
a("2.3 Ontwikkelingen")
a("Klimaatverandering leidt tot meer natuurbranden, wateroverlast en hitte. Daarnaast vragen digitale dreigingen, zoals cyberaanvallen op vitale infrastructuur, om een steviger crisisorganisatie. De Wet veiligheidsregio's wordt herzien; de financiële gevolgen daarvan zijn nog niet bekend en zijn niet in deze kadernota verwerkt.")
a("")
a("3. Uitgangspunten en indexering")
a("Voor de indexering volgt de veiligheidsregio de gezamenlijke financiële uitgangspunten van de gemeenschappelijke regelingen in de regio. De loonindex is gebaseerd op de cao gemeenten en de verwachte ontwikkeling van de sociale lasten; de prijsindex op de prijs van de netto materiële overheidsconsumptie (Centraal Economisch Plan 2026 van het CPB).")
a("Tabel 3.1 Indexering 2027")
a("Component                                   Percentage    Weging")
a(f"Loonindex                                   {nl(loon, 2)}%         {int(wl * 100)}%")
a(f"Prijsindex                                  {nl(prijs, 2)}%         {int(wp * 100)}%")
a(f"Gewogen index gemeentelijke bijdrage        {nl(gew, 2)}%         100%")
a("Ter vergelijking: in de kadernota 2026 bedroeg de gewogen index 3,55%.")
a("Overige uitgangspunten:")
a("- de meerjarenraming 2028-2030 is opgesteld in constante prijzen (prijspeil 2027); indexering voor latere jaren volgt in de betreffende kadernota;")
a("- de rijksbijdrage (Brede Doeluitkering Rampenbestrijding, BDuR) is geraamd op basis van de meicirculaire 2025;")
a("- de post onvoorzien blijft € 150.000 per jaar;")
a("- de verdeling van de gemeentelijke bijdrage is gebaseerd op het inwonertal per 1 januari 2026 (CBS).")
a("Tabel 3.2 Opbouw gemeentelijke bijdrage 2027 (bedragen in €)")
row("Onderdeel", "Bedrag")
row("Gemeentelijke bijdrage 2026 (begroting 2026 na wijziging)", nl(B26))
row(f"Indexering {nl(gew, 2)}%", nl(indexatie))
row("Nieuw beleid ten laste van de gemeentelijke bijdrage", nl(bel_gem[0] * 1000))
row("Gemeentelijke bijdrage 2027", nl(B27))
a(f"De stijging van de gemeentelijke bijdrage bedraagt daarmee € {nl(stijging)}, oftewel {nl(stijging_pct, 2)}%.")
a("")
a("4. Nieuw beleid")
a("Het dagelijks bestuur legt vijf voorstellen voor nieuw beleid voor. Vier daarvan zijn structureel en worden gedekt uit de gemeentelijke bijdrage; de pilot hitteplan is incidenteel en wordt gedekt uit de bestemmingsreserve klimaat en crisisbeheersing.")
a("Tabel 4.1 Voorstellen nieuw beleid")
row("x € 1.000", "Voorstel", "I/S", "2027", "2028", "2029", "2030", "Dekking")
for b in BELEID:
    row(b[0], b[1], b[2], *[nl(v) for v in b[3]], b[4])
row("", "Totaal nieuw beleid", "", *[nl(v) for v in bel_tot], "")
row("", "waarvan ten laste van de gemeentelijke bijdrage", "", *[nl(v) for v in bel_gem], "")
a("NB1 Versterking bevolkingszorg en crisisbeheersing")
a("Om de crisisorganisatie voor te bereiden op langdurige crises (zoals uitval van stroom of drinkwater) wordt de formatie uitgebreid met 2,0 fte: een regionaal coördinator bevolkingszorg en een adviseur crisisbeheersing. De kosten bedragen € 210.000 per jaar.")
a("NB2 Werving en behoud vrijwilligers brandweer")
a("Het dagelijks bestuur stelt voor de vergoeding voor vrijwilligers te verhogen en een wervingscampagne te starten, gericht op 120 nieuwe vrijwilligers in vier jaar. De kosten lopen op van € 0,33 mln in 2027 tot € 0,36 mln vanaf 2029.")
a(f"NB3 Natuurbrandbestrijding")
a(f"Voor de bestrijding van natuurbranden in de heide- en bosgebieden worden twee terreinvaardige voertuigen aangeschaft. De investering bedraagt € 1,2 mln en wordt in tien jaar afgeschreven. De kapitaallasten (afschrijving en 2,3% rente) bedragen € {nl(BELEID[2][3][1] * 1000)} in 2028, het eerste jaar na ingebruikname, en nemen daarna af.")
a("NB4 Informatieveiligheid en cybersecurity")
a("Voor de aanstelling van een Chief Information Security Officer en een abonnement op een Security Operations Center is € 205.000 per jaar nodig; vanaf 2029 dalen de kosten naar € 190.000 door gezamenlijke inkoop met de meldkamer.")
a("NB5 Pilot regionaal hitteplan")
a("In 2027 en 2028 ontwikkelt de veiligheidsregio met de GGD en de gemeenten een regionaal hitteplan. De kosten van € 85.000 per jaar worden onttrokken aan de bestemmingsreserve klimaat en crisisbeheersing, zodat dit voorstel geen invloed heeft op de gemeentelijke bijdrage.")
a(f"In totaal vraagt het nieuwe beleid in 2027 € {nl(bel_tot[0] * 1000)}, waarvan € {nl(bel_gem[0] / 1000, 2)} mln ten laste van de gemeentelijke bijdrage komt.")
a("")
a("5. Meerjarenraming 2027-2030")
a("Onderstaande tabel geeft de meerjarenraming weer, inclusief de indexering 2027 en de voorstellen voor nieuw beleid. De begroting 2026 is ter vergelijking opgenomen. Lasten en baten zijn positief weergegeven; een negatief saldo is een tekort.")
a("Tabel 5.1 Meerjarenraming 2027-2030")
row("x € 1.000", *YRS)
row("Lasten", "", "", "", "", "")
for name, vals in [("Personeelslasten", pers), ("Kapitaallasten", kapl), ("Huisvesting", huisv),
                   ("Meldkamer en ICT", ict), ("Overige materiële lasten", ovl), ("Onvoorzien", onv)]:
    row(name, *[nl(v) for v in vals])
row("Totaal lasten", *[nl(v) for v in lasten])
row("Baten", "", "", "", "", "")
for name, vals in [("Bijdragen gemeenten", bijdr), ("Rijksbijdrage (BDuR)", bdur), ("Overige baten", ovb)]:
    row(name, *[nl(v) for v in vals])
row("Totaal baten", *[nl(v) for v in baten])
row("Saldo van baten en lasten", *[nl(v) for v in saldo])
row("Toevoegingen aan reserves", *[nl(v) for v in toev])
row("Onttrekkingen aan reserves", *[nl(v) for v in ontt])
row("Geraamd resultaat", *[nl(v) for v in result])
a(f"De totale lasten stijgen van € {nl(lasten[0] / 1000, 1)} mln in 2026 naar € {nl(lasten[1] / 1000, 1)} mln in 2027. De personeelslasten vormen met {nl(pers[1] / lasten[1] * 100, 1)}% het grootste deel van de lasten in 2027. De meerjarenraming is in alle jaren sluitend.")
a("De bijdragen van de gemeenten in 2028-2030 zijn in prijspeil 2027; de stijging in 2028 komt door de kapitaallasten van de terreinvaardige voertuigen (NB3) en de hogere kosten van NB2.")
a("")
a("6. Gemeentelijke bijdragen 2027")
a(f"De gemeentelijke bijdrage wordt verdeeld naar rato van het inwonertal per 1 januari 2026. Het totale inwonertal van de regio steeg ten opzichte van een jaar eerder met {nl(inw_groei, 1)}%. De gemiddelde bijdrage per inwoner komt in 2027 uit op € {nl(per_inw27, 2)}.")
a("Tabel 6.1 Bijdrage per gemeente (bedragen in €)")
row("Gemeente", "Inwoners 1-1-2026", "Aandeel", "Bijdrage 2026", "Bijdrage 2027", "Verschil")
for g, aa, b6, b7 in zip(GEM, aandeel, bij26, bij27):
    row(g[0], nl(g[1]), nl(aa, 2) + "%", nl(b6), nl(b7), nl(b7 - b6))
row("Totaal", nl(inw26), "100,00%", nl(B26), nl(B27), nl(B27 - B26))
a("De bijdrage 2026 is verdeeld op basis van het inwonertal per 1 januari 2025. Gemeenten met een bovengemiddelde bevolkingsgroei betalen daardoor in 2027 relatief meer.")
a("")
a("7. Weerstandsvermogen en risico's")
a("Het weerstandsvermogen geeft aan in hoeverre de veiligheidsregio financiële tegenvallers kan opvangen zonder dat de gemeentelijke bijdrage tussentijds moet worden verhoogd. De benodigde weerstandscapaciteit is bepaald door elk risico te vermenigvuldigen met de kans dat het zich voordoet.")
a("Tabel 7.1 Belangrijkste risico's (x € 1.000)")
a("Risico                                                        Maximaal bedrag    Kans    Benodigd")
for r, gw in zip(RISK, r_gew):
    a(f"{r[0]:<62}{nl(r[1]):>15}{str(r[2]) + '%':>8}{nl(gw):>12}")
a(f"{'Totaal':<62}{nl(r_max):>15}{'':>8}{nl(benodigd):>12}")
a("Tabel 7.2 Ratio weerstandsvermogen 2027")
row("x € 1.000", "Bedrag")
row("Algemene reserve (stand 1 januari 2027)", nl(RES[0][1]))
row("Post onvoorzien", nl(onv[1]))
row("Beschikbare weerstandscapaciteit", nl(beschikbaar))
row("Benodigde weerstandscapaciteit", nl(benodigd))
row("Ratio weerstandsvermogen", nl(ratio, 2))
a(f"De ratio van {nl(ratio, 2)} valt in klasse C (voldoende). Het algemeen bestuur heeft als norm een ratio tussen 1,0 en 1,4 vastgesteld; de veiligheidsregio voldoet daarmee aan de norm. Volgens de financiële verordening mag de algemene reserve ten hoogste 5% van de totale lasten bedragen (voor 2027 € {nl(round(ar_max))}.000); de algemene reserve bedraagt {nl(ar_pct, 1)}% van de lasten 2027.")
a("")
a("8. Reserves")
a("De veiligheidsregio heeft een algemene reserve en drie bestemmingsreserves. In 2027 wordt per saldo € 335.000 aan de reserves onttrokken.")
a("Tabel 8.1 Reserves 2027 (x € 1.000)")
row("Reserve", "Stand 1-1-2027", "Toevoeging 2027", "Onttrekking 2027", "Stand 31-12-2027")
for r in RES:
    row(r[0], nl(r[1]), nl(r[2][0]), nl(r[3][0]), nl(stand[r[0]][0]))
row("Totaal", nl(res_begin), nl(toev[1]), nl(ontt[1]), nl(stand_tot[0]))
assert toev[1] - ontt[1] == -335
a("Tabel 8.2 Verloop reserves 2027-2030, stand per 31 december")
row("x € 1.000", "2027", "2028", "2029", "2030")
for r in RES:
    row(r[0], *[nl(v) for v in stand[r[0]]])
row("Totaal reserves", *[nl(v) for v in stand_tot])
a("De egalisatiereserve kapitaallasten wordt ingezet om de kapitaallasten van de vervanging van tankautospuiten gelijkmatig over de jaren te verdelen. De reserve vakbekwaamheid en opleiden wordt jaarlijks aangevuld met € 50.000 en er wordt jaarlijks € 120.000 aan onttrokken voor het oefenprogramma; bij ongewijzigd beleid is de reserve in 2032 uitgeput.")
a("")
a("9. Voorstel aan het algemeen bestuur")
a("Het dagelijks bestuur stelt het algemeen bestuur voor:")
a(f"1. de kadernota 2027 vast te stellen als kader voor de begroting 2027 en de meerjarenraming 2028-2030;")
a(f"2. in te stemmen met een gewogen indexering van {nl(gew, 2)}% voor de gemeentelijke bijdrage 2027;")
a("3. in te stemmen met de voorstellen voor nieuw beleid NB1 tot en met NB5;")
a(f"4. de totale gemeentelijke bijdrage 2027 vast te stellen op € {nl(B27)}.")
a("Nethervaart, 12 februari 2026")
a("Het dagelijks bestuur van Veiligheidsregio Nethervaart")

text = "\n".join(L) + "\n"
with open(OUT, "w", encoding="utf-8") as f:
    f.write(text)
facts = dict(inw26=inw26, inw25=inw25, inw_groei=inw_groei, gew=gew, indexatie=indexatie, B26=B26, B27=B27,
             stijging=stijging, stijging_pct=stijging_pct, bel_tot=bel_tot, bel_gem=bel_gem,
             gem={g[0]: dict(inw=g[1], aandeel=round(aa, 4), b26=b6, b27=b7, per_inw=round(b7 / g[1], 4))
                  for g, aa, b6, b7 in zip(GEM, aandeel, bij26, bij27)},
             per_inw27=per_inw27, lasten=lasten, baten=baten, saldo=saldo, ovl=ovl, pers=pers, bijdr=bijdr,
             stand=stand, stand_tot=stand_tot, r_max=r_max, benodigd=benodigd, beschikbaar=beschikbaar,
             ratio=ratio, ar_pct=ar_pct, ar_max=ar_max)
print(json.dumps(facts, indent=1))
print("wrote", OUT)
