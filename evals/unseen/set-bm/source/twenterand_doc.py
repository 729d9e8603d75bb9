"""Layout of the FICTIONAL 'Gemeente Twenterand - Programmabegroting 2026' as XSL-FO.

Writes build/twenterand-programmabegroting-2026.fo and build/facts-twenterand.json.
build.sh renders the FO with Apache FOP. All figures come from data_twenterand.model().
"""
import json
import os

import data_twenterand as D
from common import FICTIEF, k, nl
from fo import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "build")
DOCID = "twenterand-programmabegroting-2026"

m = D.model()
tv = m["tv"]
FACTS = {}


def fact(key, value, printed, where):
    assert key not in FACTS, key
    FACTS[key] = {"value": value, "printed": printed, "where": where, "doc": DOCID}
    return printed


def pct(v, dec=1):
    return nl(v, dec) + "%"


d = Doc()
FOOT = f"{FICTIEF} – alle bedragen, aantallen, tarieven en percentages zijn verzonnen – Gemeente Twenterand, Programmabegroting 2026"
HEAD = "Gemeente Twenterand – Programmabegroting 2026 (fictief testdocument)"

PROGS = [p for p, _, _ in D.PROGRAMMES]
PNAME = {p: n for p, n, _ in D.PROGRAMMES}

# ------------------------------------------------------------------ totals used in prose
allL26 = sum(t["L26e"] for t in tv.values())
allB26 = sum(t["B26e"] for t in tv.values())
toev26 = sum(r[3] for r in D.RESERVES) * 1000
ontt26 = sum(r[4] for r in D.RESERVES) * 1000
saldo26 = allB26 - allL26 + ontt26 - toev26
assert saldo26 == D.SALDO_TARGET_2026_EUR
p2L26 = sum(e["L"][2026] for e in m["db"].values())
p2B26 = sum(e["B"][2026] for e in m["db"].values())
invest = {y: sum(r[2][i] for r in D.INVESTERINGEN) for i, y in enumerate(D.MJ)}

# ================================================================== cover
d.sequence("portrait")
d.add('<fo:block space-before="30mm" font-size="30pt" font-weight="bold" color="#1f4e79">Programmabegroting 2026</fo:block>')
d.add('<fo:block font-size="15pt" space-after="4pt">en meerjarenraming 2027-2029</fo:block>')
d.add('<fo:block font-size="18pt" font-weight="bold" space-after="18mm">Gemeente Twenterand</fo:block>')
d.box(FICTIEF, "Dit is een fictief testdocument. De opbouw lijkt op een echte programmabegroting, maar alle bedragen, "
      "aantallen, tarieven en percentages zijn verzonnen. Ontleen er geen echte gegevens van de gemeente Twenterand aan.")
d.p("Aangeboden aan de gemeenteraad op 30 september 2025. Behandeling in de raadsvergadering van 6 november 2025.")
d.p("Vriezenveen – Vroomshoop – Den Ham – Westerhaar-Vriezenveensewijk – Aadorp – Bruinehaar – Sibculo – Kloosterhaar – Daarlerveen")

# ================================================================== inhoud + leeswijzer
d.h1("Inhoud en leeswijzer")
for line in ["1. Inleiding en financieel beeld", "2. Programma 1 Bestuur en Veiligheid", "3. Programma 2 Sociaal Domein",
             "4. Programma 3 Ruimte, Wonen en Economie", "5. Programma 4 Leefomgeving en Vrije tijd",
             "6. Algemene dekkingsmiddelen, overhead en vennootschapsbelasting", "7. Overzicht van baten en lasten",
             "8. Paragraaf lokale heffingen", "9. Paragraaf weerstandsvermogen en risicobeheersing",
             "10. Paragraaf verbonden partijen", "11. Reserves", "12. Investeringen",
             "Bijlage. Baten en lasten per taakveld 2026"]:
    d.p(line, space_after="1pt")
d.h2("Leeswijzer")
d.p("Elk programma beantwoordt drie vragen: Wat willen we bereiken? Wat gaan we daarvoor doen? Wat mag het kosten? "
    "De programma's zijn opgebouwd uit taakvelden volgens de landelijke indeling (Iv3). Het programma Sociaal Domein "
    "presenteren we daarnaast, net als in eerdere begrotingen, per doelenboom.")
d.p("Let op de eenheden. In de financiële tabellen van de programma's staan de bedragen **x € 1.000**, tenzij anders "
    "vermeld. De tabel met lasten en baten per doelenboom (programma Sociaal Domein) en de bijlage per taakveld zijn in "
    "**hele euro's**. De financiële kerncijfers staan in **miljoenen euro's (€ mln)**. In de tabellen met bedragen x € 1.000 "
    "is een saldo met een minteken nadelig; in de doelenboomtabel zijn de baten, zoals in eerdere jaren, negatief "
    "weergegeven.")

d.h2("Kerngegevens")
KERN = [("Aantal inwoners", 34612, 34398), ("waarvan 0 tot en met 19 jaar", 7983, 8012),
        ("waarvan 65 jaar en ouder", 8124, 7961), ("Aantal huishoudens", 14283, 14176),
        ("Aantal woningen", 14950, 14862), ("Oppervlakte gemeente (hectare)", 15112, 15112),
        ("Aantal kernen", 9, 9)]
rows = []
for lab, a, b in KERN:
    rows.append((None, [{"t": lab, "indent": lab.startswith("waarvan")},
                        fact(f"tw.kern.{lab}", a, nl(a), "Tabel 0.1 Kerngegevens, kolom 1-1-2025"), nl(b)]))
d.caption("Tabel 0.1 Kerngegevens")
d.table(["60%", "20%", "20%"], [["Omschrijving", "1-1-2025", "1-1-2024"]], rows)

# ================================================================== 1 inleiding
d.h1("1. Inleiding en financieel beeld")
d.p("Voor u ligt de Programmabegroting 2026 van de gemeente Twenterand. Het is de laatste begroting van deze "
    "raadsperiode. We hebben gekozen voor een begroting die de bestaande koers vasthoudt: investeren in de kernen, "
    "de zorg dichtbij organiseren en de financiën op orde houden, ook nu de groei van het gemeentefonds na 2026 onzeker is.")
d.p(f"De begroting 2026 sluit met een positief saldo van **€ {nl(saldo26)}**. "
    f"Ook de jaren 2027 en 2029 zijn sluitend, met een overschot van € {nl(D.SALDO_TARGET_K[2027]*1000)} in 2027 en "
    f"€ {nl(D.SALDO_TARGET_K[2029]*1000)} in 2029. Voor 2028 ramen we een tekort van € {nl(-D.SALDO_TARGET_K[2028]*1000)}. "
    "Dat tekort dekken we niet uit de algemene reserve; we komen bij de Kadernota 2027 met voorstellen om ook 2028 "
    "structureel sluitend te maken.")
fact("tw.saldo.2026.eur", saldo26, nl(saldo26), "Hoofdstuk 1 Inleiding prose 'positief saldo van € ...'")
fact("tw.saldo.2028.prose", -D.SALDO_TARGET_K[2028] * 1000, nl(-D.SALDO_TARGET_K[2028] * 1000),
     "Hoofdstuk 1 Inleiding prose 'tekort van € 156.000'")
d.p(f"De totale lasten van de begroting 2026 (exclusief toevoegingen aan reserves) bedragen € {nl(allL26)}. "
    f"Daartegenover staan baten (exclusief onttrekkingen aan reserves) van € {nl(allB26)}. Het verschil wordt gedekt "
    f"door per saldo € {nl(ontt26 - toev26)} aan de reserves te onttrekken.")
fact("tw.totL.2026.eur", allL26, nl(allL26), "Hoofdstuk 1 Inleiding prose totale lasten 2026")
fact("tw.totB.2026.eur", allB26, nl(allB26), "Hoofdstuk 1 Inleiding prose totale baten 2026")

d.caption("Tabel 0.2 Financiële kerncijfers")
ar_end = D.RESERVES[0][2] - D.RESERVES[0][4] + D.RESERVES[0][3]
KF = [
    ("Totale lasten (excl. reserves)", allL26 / 1e6, None),
    ("Totale baten (excl. reserves)", allB26 / 1e6, None),
    ("Algemene uitkering gemeentefonds", tv["0.7"]["B26e"] / 1e6, tv["0.7"]["B"][2025] / 1e3),
    ("Investeringen (bruto)", invest[2026] / 1e3, 8.71),
    ("Algemene reserve per 31 december", ar_end / 1e3, D.RESERVES[0][2] / 1e3),
    ("Vaste schuld per 1 januari{fn:1:Vaste schuld: langlopende leningen met een looptijd van een jaar of langer, exclusief kasgeldleningen.}", 86.4, 78.9),
]
rows = []
for lab, a, b in KF:
    rows.append((None, [lab, fact(f"tw.kf.{lab.split('{')[0]}", round(a, 1) * 1e6, nl(round(a, 1), 1), "Tabel 0.2 Financiële kerncijfers, kolom 2026 (€ mln)"),
                        "" if b is None else nl(round(b, 1), 1)]))
d.table(["56%", "22%", "22%"], [["€ mln", "Begroting 2026", "Begroting 2025"]], rows)
d.note("De kolom Begroting 2025 betreft de primitieve begroting 2025. Totale lasten en baten 2025 zijn niet vergelijkbaar "
       "door de nieuwe taakveldindeling sociaal domein.")

# meerjarenperspectief V/N
d.h2("Meerjarenperspectief")
d.p("De Kadernota 2026 liet voor 2026 een beperkt overschot zien. Sindsdien zijn de meicirculaire 2025, de nieuwe cao "
    "en de regionale jeugdhulptarieven verwerkt. Tabel 1.1 laat de mutaties zien. Bedragen zijn x € 1.000; V staat voor "
    "voordelig en N voor nadelig.")
start = []
for i, y in enumerate(D.MJ):
    start.append(D.SALDO_TARGET_K[y] - sum(r[1][i] for r in D.MUTATIES_KADERNOTA))


def vn(v):
    return (nl(abs(v)), "V" if v >= 0 else "N")


head = [[{"t": "Mutaties ten opzichte van Kadernota 2026", "align": "start"}] + [{"t": str(y), "span": 2} for y in D.MJ],
        [""] + ["bedrag", "V/N"] * 4]
rows = []
r = ["Saldo Kadernota 2026 (uitgangspositie)"]
for i, y in enumerate(D.MJ):
    a, b = vn(start[i])
    r += [fact(f"tw.mut.start.{y}", start[i] * 1000, a, f"Tabel 1.1 rij uitgangspositie kolom {y}") if y == 2026 else a,
          {"t": b, "align": "center"}]
rows.append(("sub", r))
for n, (lab, vals) in enumerate(D.MUTATIES_KADERNOTA, 1):
    r = [{"t": f"{n}. {lab}", "indent": True}]
    for i, y in enumerate(D.MJ):
        a, b = vn(vals[i])
        if n in (2, 3, 4):
            fact(f"tw.mut.{n}.{y}", abs(vals[i]) * 1000, a, f"Tabel 1.1 rij '{lab}' kolom {y} ({b})")
        r += [a, {"t": b, "align": "center"}]
    rows.append((None, r))
r = ["Saldo Programmabegroting 2026-2029"]
for y in D.MJ:
    a, b = vn(D.SALDO_TARGET_K[y])
    r += [fact(f"tw.mut.saldo.{y}", D.SALDO_TARGET_K[y] * 1000, a, f"Tabel 1.1 rij Saldo Programmabegroting kolom {y} ({b})"),
          {"t": b, "align": "center"}]
rows.append(("total", r))
d.caption("Tabel 1.1 Meerjarenperspectief 2026-2029 (bedragen x € 1.000)")
d.table(["44%"] + ["9.5%", "4.5%"] * 4, head, rows)
d.p("De grootste tegenvaller is de tariefindexatie van de regionaal ingekochte jeugdhulp. Twenterand volgt hierin de "
    "afspraken van de veertien Twentse gemeenten. De hogere algemene uitkering uit de meicirculaire 2025 vangt deze "
    "tegenvaller in 2026 op, maar vanaf 2028 neemt de accresraming af.")

# ================================================================== programme helper


def prog_table(p, num, caption_scale_in_header=True):
    rows_tv = D.prog_rows(m, p)
    years = D.YEARS_K
    head = [[{"t": "bedragen x € 1.000" if caption_scale_in_header else "", "align": "start"},
             {"t": "Rekening"}, {"t": "Begroting"}, {"t": "Begroting"}, {"t": "Meerjarenraming", "span": 3}],
            [{"t": "Taakveld", "align": "start"}] + [str(y) for y in years]]
    body = [("section", ["Lasten"] + [""] * 6)]
    for t in rows_tv:
        if not t["L26e"] and not any(t["L"][y] for y in years):
            continue
        cells = [{"t": f"{t['code']} {t['name']}", "indent": True}]
        for y in years:
            v = t["L"][y]
            s = nl(v)
            if y == 2026:
                fact(f"tw.{p}.L.{t['code']}.{y}", k(t["L26e"]) * 1000, s, f"Tabel {num} rij '{t['code']} {t['name']}' (lasten) kolom Begroting {y}, x € 1.000")
            elif y in (2024, 2025, 2027):
                fact(f"tw.{p}.L.{t['code']}.{y}", v * 1000, s, f"Tabel {num} rij '{t['code']} {t['name']}' (lasten) kolom {y}, x € 1.000")
            cells.append(s)
        body.append((None, cells))
    tot = [D.prog_tot(m, p, y) for y in years]
    body.append(("sub", ["Totaal lasten"] + [fact(f"tw.{p}.totL.{y}", tot[i][0] * 1000, nl(tot[i][0]), f"Tabel {num} Totaal lasten kolom {y}")
                                             for i, y in enumerate(years)]))
    body.append(("section", ["Baten"] + [""] * 6))
    for t in rows_tv:
        if not t["B26e"] and not any(t["B"][y] for y in years):
            continue
        cells = [{"t": f"{t['code']} {t['name']}", "indent": True}]
        for y in years:
            v = t["B"][y]
            s = nl(v)
            if y in (2024, 2025, 2026):
                fact(f"tw.{p}.B.{t['code']}.{y}", v * 1000, s, f"Tabel {num} rij '{t['code']} {t['name']}' (baten) kolom {y}, x € 1.000")
            cells.append(s)
        body.append((None, cells))
    body.append(("sub", ["Totaal baten"] + [fact(f"tw.{p}.totB.{y}", tot[i][1] * 1000, nl(tot[i][1]), f"Tabel {num} Totaal baten kolom {y}")
                                            for i, y in enumerate(years)]))
    body.append(("sub", ["Saldo van baten en lasten"] + [fact(f"tw.{p}.saldo.{y}", tot[i][2] * 1000, nl(tot[i][2]), f"Tabel {num} Saldo van baten en lasten kolom {y}")
                                                         for i, y in enumerate(years)]))
    toe = [m["res"][y][p][0] for y in years]
    ont = [m["res"][y][p][1] for y in years]
    body.append((None, [{"t": "Toevoegingen aan reserves", "indent": True}] + [nl(v) for v in toe]))
    body.append((None, [{"t": "Onttrekkingen aan reserves", "indent": True}] + [nl(v) for v in ont]))
    for i, y in enumerate(years):
        fact(f"tw.{p}.toev.{y}", toe[i] * 1000, nl(toe[i]), f"Tabel {num} Toevoegingen aan reserves kolom {y}")
        fact(f"tw.{p}.ontt.{y}", ont[i] * 1000, nl(ont[i]), f"Tabel {num} Onttrekkingen aan reserves kolom {y}")
    res = [tot[i][2] - toe[i] + ont[i] for i in range(len(years))]
    body.append(("total", ["Geraamd resultaat"] + [fact(f"tw.{p}.res.{y}", res[i] * 1000, nl(res[i]), f"Tabel {num} Geraamd resultaat kolom {y}")
                                                   for i, y in enumerate(years)]))
    return head, body


W6 = ["40%"] + ["10%"] * 6

# ================================================================== P1
d.h1("2. Programma 1 Bestuur en Veiligheid")
d.p("Dit programma gaat over het gemeentebestuur, de dienstverlening aan inwoners en ondernemers (burgerzaken) en over "
    "openbare orde, veiligheid en de brandweer.")
d.h2("Wat willen we bereiken?")
d.bullets(["Inwoners zijn tevreden over de dienstverlening: het rapportcijfer voor publiekszaken is minimaal een 8,0.",
           "Twenterand is en blijft een veilige gemeente; het aantal woninginbraken daalt verder.",
           "Ondermijnende criminaliteit krijgt geen kans in onze kernen en op onze bedrijventerreinen."])
d.h2("Wat gaan we daarvoor doen?")
d.p("**Dienstverlening.** Vanaf 1 maart 2026 kunnen inwoners in alle kernen op afspraak terecht bij een "
    "'Twenterand-balie' in het dorpshuis. Reisdocumenten en rijbewijzen worden op verzoek thuisbezorgd. "
    "We verwachten in 2026 ongeveer 9.400 reisdocumenten en 3.150 rijbewijzen te verstrekken.")
fact("tw.p1.reisdocumenten", 9400, "9.400", "Programma 1 prose 'ongeveer 9.400 reisdocumenten'")
d.p("**Ondermijning.** In 2026 voeren we het **Barrièremodel Twenterand** in: samen met politie, Belastingdienst en de "
    "Omgevingsdienst brengen we per branche in kaart waar criminelen gebruik kunnen maken van legale voorzieningen. "
    "Op de bedrijventerreinen in Vriezenveen en Vroomshoop houden we twee keer per jaar een integrale controle, en we "
    "stimuleren ondernemers om mee te doen aan het Keurmerk Veilig Ondernemen.")
d.p("**Brandweer en crisisbeheersing.** De bijdrage aan de Veiligheidsregio Twente stijgt door de cao en door de "
    "vervanging van het materieel. Het nieuwe dekkingsplan houdt de kazernes in Vriezenveen, Vroomshoop en Den Ham open.")
d.caption("Tabel 1.2 Verplichte indicatoren programma 1")
IND1 = [("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", "2024", 97.0, 113.0, 0),
        ("Winkeldiefstallen", "per 1.000 inwoners", "2024", 0.8, 2.3, 1),
        ("Geweldsmisdrijven", "per 1.000 inwoners", "2024", 3.9, 4.6, 1),
        ("Diefstallen uit woning", "per 1.000 inwoners", "2024", 1.1, 1.6, 1),
        ("Vernielingen en beschadigingen in de openbare ruimte", "per 1.000 inwoners", "2024", 3.2, 4.8, 1),
        ("Tevredenheid dienstverlening publiekszaken", "rapportcijfer", "2024", 8.1, 7.4, 1)]
rows = []
for lab, unit, per, a, b, dec in IND1:
    rows.append((None, [lab, {"t": unit, "align": "start"}, {"t": per, "align": "center"},
                        fact(f"tw.ind1.{lab}", a, nl(a, dec), f"Tabel 1.2 rij '{lab}' kolom Twenterand"), nl(b, dec)]))
d.table(["38%", "28%", "10%", "12%", "12%"], [["Indicator", "Eenheid", "Periode", "Twenterand", "Nederland"]], rows)
d.h2("Wat mag het kosten?")
h, b = prog_table("P1", "1.3")
d.caption("Tabel 1.3 Programma 1 Bestuur en Veiligheid")
d.table(W6, h, b)
d.p("De lasten van taakveld 1.1 stijgen in 2026 vooral door de hogere bijdrage aan de Veiligheidsregio Twente "
    f"(€ {nl(D.VERBONDEN[1][2])} in 2026). Aan de reserve veiligheid en crisisbeheersing voegen we jaarlijks € 60.000 toe "
    "voor de vervanging van de noodstroomvoorziening van het gemeentehuis.")

# ================================================================== P2
d.h1("3. Programma 2 Sociaal Domein")
d.p("Het sociaal domein omvat werk en inkomen, maatschappelijke ondersteuning (Wmo), gezondheid, onderwijs en jeugd. "
    f"Met € {nl(p2L26)} aan lasten is dit veruit het grootste programma van de begroting.")
fact("tw.p2.L.2026.prose", p2L26, nl(p2L26), "Programma 2 intro prose (lasten, hele euro's)")
d.h2("Wat willen we bereiken?")
d.bullets(["Meer inwoners doen mee naar vermogen, bij voorkeur via betaald werk.",
           "Inwoners met geldzorgen krijgen vroeg hulp, voordat schulden problematisch worden.",
           "Jeugdigen groeien zo veel mogelijk thuis op; het aantal jeugdigen in jeugdhulp met verblijf daalt.",
           "Ouderen wonen langer zelfstandig en mantelzorgers houden het vol."])
d.h2("Wat gaan we daarvoor doen?")
d.p("**Werk en inkomen.** Met het Werkplein Twente en Soweco zetten we in op de **Doorbraakaanpak**: iedere "
    "bijstandsgerechtigde met arbeidsvermogen krijgt binnen zes weken een vaste contactpersoon en een persoonlijk "
    "werkplan. In 2026 willen we dat 85 inwoners uitstromen naar werk. Via vroegsignalering benaderen we inwoners "
    "met betalingsachterstanden op huur, energie of zorgverzekering binnen vijf werkdagen.")
d.p("**Jeugd.** In alle huisartsenpraktijken werkt in 2026 een **praktijkondersteuner jeugd (POH-jeugd)**, zodat "
    "kinderen en ouders sneller de juiste hulp krijgen en minder vaak worden doorverwezen naar specialistische "
    "jeugdhulp. Met het programma Kansrijke Start begeleiden we kwetsbare (aanstaande) ouders in de eerste 1.000 dagen. "
    f"Voor de regionaal ingekochte jeugdhulp (ambulant en met verblijf) ramen we in 2026 samen € {nl(tv['6.752']['L26e'] + tv['6.762']['L26e'])}.")
fact("tw.p2.jeugdregio.2026", tv['6.752']['L26e'] + tv['6.762']['L26e'], nl(tv['6.752']['L26e'] + tv['6.762']['L26e']),
     "Programma 2 prose regionale jeugdhulp (6.752 + 6.762, hele euro's)")
d.p("**Wmo.** De huishoudelijke hulp blijft een algemene voorziening met een lage eigen bijdrage. Om de groei te "
    "beheersen voeren we in 2026 een **wachtlijstvrije keukentafelaanpak** in: binnen twee weken na een melding vindt "
    "een gesprek plaats, waarin eerst wordt gekeken naar wat inwoners zelf en hun netwerk kunnen. Mantelzorgers ontvangen "
    "ook in 2026 een waardebon van € 75.")
fact("tw.p2.waardebon", 75, "€ 75", "Programma 2 prose waardebon mantelzorgers")
d.p("**Onderwijs.** De nieuwbouw van het integraal kindcentrum (IKC) in Den Ham start in het voorjaar van 2026. "
    "Het IKC biedt plaats aan twee basisscholen, kinderopvang en een consultatiebureau.")
d.caption("Tabel 2.1 Beleidsindicatoren programma 2 (aantallen)")
rows = []
for lab, b26, b25, r24, r23, bron in D.INDICATOREN_P2:
    rows.append((None, [lab, fact(f"tw.ind2.{lab}.2026", b26, nl(b26), f"Tabel 2.1 rij '{lab}' kolom Begroot 2026"),
                        fact(f"tw.ind2.{lab}.2025", b25, nl(b25), f"Tabel 2.1 rij '{lab}' kolom Begroot 2025"),
                        fact(f"tw.ind2.{lab}.2024", r24, nl(r24), f"Tabel 2.1 rij '{lab}' kolom 2024"),
                        nl(r23), {"t": bron, "align": "start"}]))
d.table(["42%", "10%", "10%", "9%", "9%", "20%"],
        [["Beleidsindicator", "Begroot 2026", "Begroot 2025", "2024", "2023", {"t": "Bron", "align": "start"}]], rows)
d.note("De aantallen 2024 en 2023 zijn realisatiecijfers per 31 december.")
d.p("Het aantal jeugdigen met jeugdhulp{fn:2:Unieke jeugdigen tot 18 jaar met ten minste één jeugdhulptraject in het jaar; "
    "jeugdigen met alleen jeugdbescherming of jeugdreclassering tellen niet mee.} stijgt minder snel dan in eerdere jaren. "
    "Het aantal leerlingen in het leerlingenvervoer neemt licht af door de opening van een school voor speciaal "
    "onderwijs in Almelo.")
d.caption("Tabel 2.2 Verplichte indicatoren programma 2")
IND2 = [("Personen met een bijstandsuitkering", "per 10.000 inwoners 18 jaar en ouder", "2024", 301.4, 370.2, 1, ""),
        ("Lopende re-integratievoorzieningen", "per 10.000 inwoners 15-74 jaar", "2024", 168.9, 184.0, 1, ""),
        ("Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "2024", 12.4, 13.1, 1, "%"),
        ("Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "2024", 1.0, 1.0, 1, "%"),
        ("Wmo-cliënten met een maatwerkarrangement", "per 10.000 inwoners", "2024", 712.0, 690.0, 0, ""),
        ("Jeugdwerkloosheid", "% werkloze jongeren 16-22 jaar", "2023", 1.3, 1.6, 1, "%")]
rows = []
for lab, unit, per, a, b, dec, suf in IND2:
    rows.append((None, [lab, {"t": unit, "align": "start"}, {"t": per, "align": "center"},
                        fact(f"tw.ind2b.{lab}", a, nl(a, dec) + suf, f"Tabel 2.2 rij '{lab}' kolom Twenterand"), nl(b, dec) + suf]))
d.table(["34%", "32%", "10%", "12%", "12%"], [["Indicator", "Eenheid", "Periode", "Twenterand", "Nederland"]], rows)

d.h2("Wat mag het kosten?")
d.p("Tabel 2.3 presenteert het programma per doelenboom, in hele euro's. De baten staan in deze tabel met een minteken.")
dbn = [n for n, _ in D.DOELENBOMEN]
body = [("section", ["Lasten per doelenboom", "", "", "", ""])]
for n in dbn:
    body.append((None, [{"t": n, "indent": True}] + [fact(f"tw.db.L.{n}.{y}", m["db"][n]["L"][y], nl(m["db"][n]["L"][y]), f"Tabel 2.3 rij '{n}' (lasten) kolom {y}") for y in D.MJ]))
totL = {y: sum(m["db"][n]["L"][y] for n in dbn) for y in D.MJ}
totB = {y: sum(m["db"][n]["B"][y] for n in dbn) for y in D.MJ}
body.append(("sub", ["Totaal programmalasten"] + [fact(f"tw.db.totL.{y}", totL[y], nl(totL[y]), f"Tabel 2.3 Totaal programmalasten kolom {y}") for y in D.MJ]))
body.append(("section", ["Baten per doelenboom", "", "", "", ""]))
for n in dbn:
    body.append((None, [{"t": n, "indent": True}] + [fact(f"tw.db.B.{n}.{y}", m["db"][n]["B"][y], nl(-m["db"][n]["B"][y]), f"Tabel 2.3 rij '{n}' (baten, negatief) kolom {y}") for y in D.MJ]))
body.append(("sub", ["Totaal programmabaten"] + [fact(f"tw.db.totB.{y}", totB[y], nl(-totB[y]), f"Tabel 2.3 Totaal programmabaten kolom {y}") for y in D.MJ]))
body.append(("sub", ["Totaal saldo van baten en lasten"] + [fact(f"tw.db.saldo.{y}", totL[y] - totB[y], nl(totL[y] - totB[y]), f"Tabel 2.3 Totaal saldo kolom {y}") for y in D.MJ]))
mut = {y: (m["res"][y]["P2"][0] - m["res"][y]["P2"][1]) * 1000 for y in D.MJ}
body.append((None, ["Mutaties reserves"] + [fact(f"tw.db.mut.{y}", mut[y], nl(mut[y]), f"Tabel 2.3 Mutaties reserves kolom {y}") for y in D.MJ]))
body.append(("total", ["Geraamd resultaat"] + [fact(f"tw.db.res.{y}", totL[y] - totB[y] + mut[y], nl(totL[y] - totB[y] + mut[y]), f"Tabel 2.3 Geraamd resultaat kolom {y}") for y in D.MJ]))
d.caption("Tabel 2.3 Lasten en baten Sociaal Domein per doelenboom (bedragen in euro's)")
d.table(["36%", "16%", "16%", "16%", "16%"], [["Omschrijving", "2026", "2027", "2028", "2029"]], body)
assert totL[2026] == p2L26

d.p("Tabel 2.4 zet de begroting 2026 naast de rekening 2024 en de begroting 2025. Hier zijn de bedragen afgerond op "
    "duizenden euro's en is de gebruikelijke tekenconventie van de programmatabellen gevolgd (baten positief, "
    "nadelig saldo negatief).")
rows = []
c = {y: D.prog_tot(m, "P2", y) for y in (2024, 2025, 2026)}
rows.append((None, ["Lasten"] + [fact(f"tw.P2.totL.{y}", c[y][0] * 1000, nl(c[y][0]), f"Tabel 2.4 Lasten kolom {y}") for y in (2024, 2025, 2026)]))
rows.append((None, ["Baten"] + [fact(f"tw.P2.totB.{y}", c[y][1] * 1000, nl(c[y][1]), f"Tabel 2.4 Baten kolom {y}") for y in (2024, 2025, 2026)]))
rows.append(("sub", ["Saldo van baten en lasten"] + [fact(f"tw.P2.saldo.{y}", c[y][2] * 1000, nl(c[y][2]), f"Tabel 2.4 Saldo kolom {y}") for y in (2024, 2025, 2026)]))
tt = {y: m["res"][y]["P2"] for y in (2024, 2025, 2026)}
rows.append((None, ["Toevoegingen aan reserves"] + [nl(tt[y][0]) for y in (2024, 2025, 2026)]))
rows.append((None, ["Onttrekkingen aan reserves"] + [fact(f"tw.P2.ontt.{y}", tt[y][1] * 1000, nl(tt[y][1]), f"Tabel 2.4 Onttrekkingen kolom {y}") for y in (2024, 2025, 2026)]))
rows.append(("total", ["Resultaat"] + [nl(c[y][2] - tt[y][0] + tt[y][1]) for y in (2024, 2025, 2026)]))
d.caption("Tabel 2.4 Programma 2 Sociaal Domein, vergelijking met voorgaande jaren")
d.table(["46%", "18%", "18%", "18%"], [[{"t": "x € 1.000", "align": "start"}, "Rekening 2024", "Begroting 2025", "Begroting 2026"]], rows)
d.p(f"De stijging van de lasten ten opzichte van 2025 komt vooral door jeugdhulp en Wmo. De onttrekking aan de reserve "
    f"sociaal domein van € {nl(D.RESERVES[1][4]*1000)} in 2026 is bestemd voor de afbouw van de transformatiemiddelen en "
    "de inzet van de POH-jeugd.")

# ================================================================== P3
d.h1("4. Programma 3 Ruimte, Wonen en Economie")
d.p("Dit programma bevat verkeer en vervoer, economische zaken, ruimtelijke ordening, grondexploitatie en wonen.")
d.h2("Wat willen we bereiken?")
d.bullets(["Voldoende en betaalbare woningen in alle kernen, met voorrang voor starters en senioren.",
           "Vitale centra in Vriezenveen en Vroomshoop en werkgelegenheid in de eigen gemeente.",
           "Veilige en goed onderhouden wegen en fietspaden."])
d.h2("Wat gaan we daarvoor doen?")
d.p("**Wonen.** In 2026 willen we 210 woningen opleveren, waarvan ten minste 30% in de sociale huur. "
    "De uitbreidingswijk Vroomshoop-Noord (fase 2) wordt bouwrijp gemaakt; in Westerhaar starten 24 tijdelijke "
    "flexwoningen voor spoedzoekers. Starters kunnen een starterslening aanvragen van maximaal € 40.000.")
fact("tw.p3.woningen", 210, "210 woningen", "Programma 3 prose 'In 2026 willen we 210 woningen opleveren'")
fact("tw.p3.sociaal", 30, "30%", "Programma 3 prose 'ten minste 30% in de sociale huur'")
fact("tw.p3.flex", 24, "24 tijdelijke", "Programma 3 prose '24 tijdelijke flexwoningen'")
fact("tw.p3.starterslening", 40000, "€ 40.000", "Programma 3 prose starterslening maximaal")
d.p("**Centrumplan Vroomshoop.** De herinrichting van het centrum van Vroomshoop wordt in 2026 uitgevoerd: de "
    "Hoofdweg wordt een 30 km-zone met meer groen en parkeren aan de randen. De investering staat in hoofdstuk 12.")
d.p("**Economie.** We ronden de revitalisering van bedrijventerrein De Mors in Vriezenveen af en openen een "
    "ondernemersloket in de bibliotheek van Vroomshoop.")
d.caption("Tabel 3.1 Indicatoren programma 3")
IND3 = [("Demografische druk", "%", "2025", 78.4, 72.1, 1, "%"),
        ("Nieuw gebouwde woningen", "per 1.000 woningen", "2024", 9.2, 8.6, 1, ""),
        ("Gemiddelde WOZ-waarde woningen", "x € 1.000", "2025", 289.0, 360.0, 0, ""),
        ("Vestigingen van bedrijven", "per 1.000 inwoners 15-74 jaar", "2024", 142.3, 151.8, 1, ""),
        ("Functiemenging", "%", "2024", 46.1, 53.2, 1, "%")]
rows = []
for lab, unit, per, a, b, dec, suf in IND3:
    rows.append((None, [lab, {"t": unit, "align": "start"}, {"t": per, "align": "center"},
                        fact(f"tw.ind3.{lab}", a, nl(a, dec) + suf, f"Tabel 3.1 rij '{lab}' kolom Twenterand"), nl(b, dec) + suf]))
d.table(["36%", "30%", "10%", "12%", "12%"], [["Indicator", "Eenheid", "Periode", "Twenterand", "Nederland"]], rows)
d.h2("Wat mag het kosten?")
h, b = prog_table("P3", "3.2", caption_scale_in_header=False)
d.caption("Tabel 3.2 Programma 3 Ruimte, Wonen en Economie")
d.table(W6, h, b)
d.note("Bedragen x € 1.000. Een negatief saldo is nadelig.")

# ================================================================== P4
d.h1("5. Programma 4 Leefomgeving en Vrije tijd")
d.p("Sport, cultuur, groen, riolering, afval, milieu en begraafplaatsen vallen onder dit programma.")
d.h2("Wat willen we bereiken?")
d.bullets(["Meer inwoners sporten en bewegen, in het bijzonder kinderen uit gezinnen met een laag inkomen.",
           "Minder restafval: in 2027 maximaal 100 kilo restafval per inwoner per jaar.",
           "Een klimaatbestendige openbare ruimte, waarin hemelwater zo veel mogelijk ter plaatse wordt vastgehouden."])
d.h2("Wat gaan we daarvoor doen?")
d.p("**Sport.** Met het lokale sportakkoord **Twenterand Beweegt** ondersteunen we verenigingen met een "
    "verenigingsadviseur en zetten we buurtsportcoaches in op alle basisscholen. De kunstgrasvelden op sportpark "
    "De Kloosterhof worden in 2027 en 2028 vervangen.")
d.p("**Afval.** Vanaf 1 januari 2026 zamelen we **omgekeerd** in: plastic, metalen en drankkartons (PMD), papier en GFT "
    "worden aan huis opgehaald, restafval brengen inwoners naar een ondergrondse container. Het aantal ledigingen van "
    "de restafvalcontainer bepaalt een deel van de afvalstoffenheffing (diftar).")
d.p("**Riolering en klimaatadaptatie.** We vervangen in 2026 circa 2,4 kilometer vrijvervalriool en koppelen in "
    "Westerhaar 3,1 hectare verhard oppervlak af.")
d.caption("Tabel 4.1 Indicatoren programma 4")
IND4 = [("Niet-sporters", "% inwoners 19 jaar en ouder", "2022", 51.3, 46.7, 1, "%"),
        ("Omvang huishoudelijk restafval", "kg per inwoner", "2024", 96.0, 159.0, 0, ""),
        ("Hernieuwbare elektriciteit", "% van totaal verbruik", "2023", 28.4, 33.0, 1, "%")]
rows = []
for lab, unit, per, a, b, dec, suf in IND4:
    rows.append((None, [lab, {"t": unit, "align": "start"}, {"t": per, "align": "center"},
                        fact(f"tw.ind4.{lab}", a, nl(a, dec) + suf, f"Tabel 4.1 rij '{lab}' kolom Twenterand"), nl(b, dec) + suf]))
d.table(["34%", "32%", "10%", "12%", "12%"], [["Indicator", "Eenheid", "Periode", "Twenterand", "Nederland"]], rows)
d.h2("Wat mag het kosten?")
h, b = prog_table("P4", "4.2")
d.caption("Tabel 4.2 Programma 4 Leefomgeving en Vrije tijd")
d.table(W6, h, b)

# ================================================================== ADM / OH / VPB
d.h1("6. Algemene dekkingsmiddelen, overhead en vennootschapsbelasting")
d.p("De algemene dekkingsmiddelen zijn inkomsten die niet aan een bepaald doel zijn gebonden: de algemene uitkering "
    "uit het gemeentefonds, de onroerendezaakbelastingen (OZB), de toeristenbelasting, dividend en het saldo van de "
    f"financieringsfunctie. In taakveld 0.8 is een post onvoorzien van € {nl(D.ONVOORZIEN)} opgenomen.")
h, b = prog_table("ADM", "6.1")
d.caption("Tabel 6.1 Algemene dekkingsmiddelen")
d.table(W6, h, b)
d.p(f"De algemene uitkering 2026 is geraamd op € {nl(tv['0.7']['B26e'])}, op basis van de meicirculaire 2025 en "
    "een inwoneraantal van 34.612.")
fact("tw.au.2026.prose", tv['0.7']['B26e'], nl(tv['0.7']['B26e']), "Hoofdstuk 6 prose algemene uitkering 2026 (hele euro's)")
h, b = prog_table("OH", "6.2")
d.caption("Tabel 6.2 Overhead")
d.table(W6, h, b)
d.p("De overhead omvat de kosten van de ondersteunende afdelingen (financiën, personeelszaken, informatievoorziening, "
    "facilitaire zaken) en van het gemeentehuis. De vennootschapsbelasting is geraamd op € 12.000 per jaar.")

# ================================================================== overview
d.h1("7. Overzicht van baten en lasten")
d.p("Het overzicht van baten en lasten vat de begroting samen. Per programma staan de lasten, de baten en het saldo "
    "voor 2026, en het saldo voor de jaren van de meerjarenraming.")
head = [[{"t": "bedragen x € 1.000", "align": "start"}, {"t": "Begroting 2026", "span": 3}, {"t": "Saldo meerjarenraming", "span": 3}],
        [{"t": "Programma", "align": "start"}, "Lasten", "Baten", "Saldo", "2027", "2028", "2029"]]
rows = []
for p in PROGS:
    t26 = D.prog_tot(m, p, 2026)
    lab = f"{p} {PNAME[p]}" if p.startswith("P") else PNAME[p]
    r = [lab,
         fact(f"tw.ov.{p}.L.2026", t26[0] * 1000, nl(t26[0]), f"Tabel 7.1 rij '{lab}' kolom Lasten 2026"),
         fact(f"tw.ov.{p}.B.2026", t26[1] * 1000, nl(t26[1]), f"Tabel 7.1 rij '{lab}' kolom Baten 2026"),
         fact(f"tw.ov.{p}.S.2026", t26[2] * 1000, nl(t26[2]), f"Tabel 7.1 rij '{lab}' kolom Saldo 2026")]
    for y in (2027, 2028, 2029):
        s = D.prog_tot(m, p, y)[2]
        r.append(fact(f"tw.ov.{p}.S.{y}", s * 1000, nl(s), f"Tabel 7.1 rij '{lab}' kolom {y}"))
    rows.append((None, r))
    if p == "P4":
        sub = [sum(D.prog_tot(m, q, 2026)[i] for q in PROGS[:4]) for i in range(3)]
        rows.append(("sub", ["Subtotaal programma's"] + [nl(v) for v in sub] +
                     [nl(sum(D.prog_tot(m, q, y)[2] for q in PROGS[:4])) for y in (2027, 2028, 2029)]))
tL = sum(D.prog_tot(m, q, 2026)[0] for q in PROGS)
tB = sum(D.prog_tot(m, q, 2026)[1] for q in PROGS)
assert tL == k(allL26) and tB == k(allB26)
sv = {y: sum(D.prog_tot(m, q, y)[2] for q in PROGS) for y in D.MJ}
rows.append(("sub", ["Saldo van baten en lasten",
                     fact("tw.ov.totL.2026", tL * 1000, nl(tL), "Tabel 7.1 Saldo van baten en lasten, kolom Lasten 2026"),
                     fact("tw.ov.totB.2026", tB * 1000, nl(tB), "Tabel 7.1 Saldo van baten en lasten, kolom Baten 2026"),
                     nl(sv[2026])] + [nl(sv[y]) for y in (2027, 2028, 2029)]))
T = {y: sum(m["res"][y][q][0] for q in PROGS) for y in D.MJ}
O = {y: sum(m["res"][y][q][1] for q in PROGS) for y in D.MJ}
rows.append((None, ["Toevoegingen aan reserves", nl(T[2026]), "", nl(-T[2026])] + [nl(-T[y]) for y in (2027, 2028, 2029)]))
rows.append((None, ["Onttrekkingen aan reserves", "", nl(O[2026]), nl(O[2026])] + [nl(O[y]) for y in (2027, 2028, 2029)]))
fin = {y: sv[y] - T[y] + O[y] for y in D.MJ}
for y in D.MJ:
    assert fin[y] == D.SALDO_TARGET_K[y], (y, fin[y])
rows.append(("total", ["Begrotingssaldo na bestemming", nl(tL + T[2026]), nl(tB + O[2026]),
                       fact("tw.ov.saldo.2026", fin[2026] * 1000, nl(fin[2026]), "Tabel 7.1 Begrotingssaldo na bestemming kolom Saldo 2026")] +
             [fact(f"tw.ov.saldo.{y}", fin[y] * 1000, nl(fin[y]), f"Tabel 7.1 Begrotingssaldo na bestemming kolom {y}") for y in (2027, 2028, 2029)]))
d.caption("Tabel 7.1 Overzicht van baten en lasten 2026-2029")
d.table(["37%"] + ["9%"] * 7, head, rows)
d.note("Een positief saldo is voordelig, een negatief saldo nadelig. De rij Begrotingssaldo na bestemming toont in de "
       "kolommen Lasten en Baten de totalen inclusief reservemutaties.")

d.h2("Structureel begrotingssaldo")
d.p("Om te beoordelen of de begroting structureel in evenwicht is, corrigeren we het saldo voor incidentele baten en "
    "lasten. De incidentele onttrekkingen aan reserves zijn de belangrijkste correctie.")
INCID = {2026: (1_315, 3_796), 2027: (640, 1_307), 2028: (210, 620), 2029: (120, 462)}
rows = []
rows.append((None, ["Begrotingssaldo na bestemming"] + [nl(fin[y]) for y in D.MJ]))
rows.append((None, [{"t": "Af: incidentele baten (incl. onttrekkingen reserves)", "indent": True}] + [nl(-INCID[y][1]) for y in D.MJ]))
rows.append((None, [{"t": "Bij: incidentele lasten", "indent": True}] + [nl(INCID[y][0]) for y in D.MJ]))
struct = {y: fin[y] - INCID[y][1] + INCID[y][0] for y in D.MJ}
rows.append(("total", ["Structureel begrotingssaldo"] + [fact(f"tw.struct.{y}", struct[y] * 1000, nl(struct[y]), f"Tabel 7.2 Structureel begrotingssaldo kolom {y}") for y in D.MJ]))
d.caption("Tabel 7.2 Structureel begrotingssaldo (x € 1.000)")
d.table(["52%", "12%", "12%", "12%", "12%"], [["Omschrijving", "2026", "2027", "2028", "2029"]], rows)
d.p("Het structurele saldo is in alle jaren negatief. Dat betekent dat de begroting op dit moment alleen sluit door "
    "incidentele middelen in te zetten. De provincie Overijssel houdt als toezichthouder repressief toezicht zolang de "
    "begroting in 2026 reëel in evenwicht is of het evenwicht in de meerjarenraming aannemelijk wordt hersteld.")

# ================================================================== lokale heffingen
d.h1("8. Paragraaf lokale heffingen")
d.p("De gemeente heft onroerendezaakbelastingen, afvalstoffenheffing, rioolheffing, toeristenbelasting en leges. "
    "De OZB-tarieven stijgen in 2026 met het inflatiepercentage van 3,6%, na correctie voor de waardeontwikkeling van "
    "de WOZ-waarden. De tarieven voor afval en riolering zijn kostendekkend vastgesteld.")
rows = []
for lab, unit, a, b, dec in D.TARIEVEN:
    ch = (b - a) / a * 100
    if dec == 4:
        sa, sb = nl(a, 4) + "%", nl(b, 4) + "%"
    else:
        sa, sb = "€ " + nl(a, 2), "€ " + nl(b, 2)
    rows.append((None, [lab, {"t": unit, "align": "start"}, sa,
                        fact(f"tw.tarief.{lab}", b, sb, f"Tabel 8.1 rij '{lab}' kolom 2026"),
                        fact(f"tw.tarief.{lab}.stijging", round(ch, 1), nl(ch, 1) + "%", f"Tabel 8.1 rij '{lab}' kolom stijging")]))
    FACTS[f"tw.tarief.{lab}.2025"] = {"value": a, "printed": sa, "where": f"Tabel 8.1 rij '{lab}' kolom 2025", "doc": DOCID}
d.caption("Tabel 8.1 Tarieven 2025 en 2026")
d.table(["38%", "20%", "14%", "14%", "14%"], [["Belasting of heffing", {"t": "Grondslag", "align": "start"}, "2025", "2026", "Stijging"]], rows)

afval_heffing = tv["7.3"]["B26e"] - 271418
leges = 612406
HEF = [("Onroerendezaakbelasting woningen", tv["0.61"]["B26e"]),
       ("Onroerendezaakbelasting niet-woningen", tv["0.62"]["B26e"]),
       ("Rioolheffing", tv["7.2"]["B26e"]),
       ("Afvalstoffenheffing", afval_heffing),
       ("Toeristenbelasting", tv["0.64"]["B26e"]),
       ("Leges omgevingsvergunningen", leges)]
rows = [(None, [lab, fact(f"tw.opbrengst.{lab}", v, nl(v), f"Tabel 8.2 rij '{lab}' kolom Raming 2026")]) for lab, v in HEF]
tot_hef = sum(v for _, v in HEF)
rows.append(("total", ["Totaal", fact("tw.opbrengst.totaal", tot_hef, nl(tot_hef), "Tabel 8.2 Totaal")]))
d.caption("Tabel 8.2 Geraamde opbrengst lokale heffingen 2026")
d.table(["70%", "30%"], [["Heffing", "Raming 2026 (in euro's)"]], rows, total_width="70%")
ozb_tot = tv["0.61"]["B26e"] + tv["0.62"]["B26e"]
d.p(f"De totale OZB-opbrengst 2026 bedraagt € {nl(ozb_tot)}. De afvalstoffenheffing is lager dan de baten van "
    "taakveld 7.3 Afval, omdat daar ook de vergoedingen voor ingezameld verpakkingsmateriaal en oud papier zijn "
    "opgenomen.")
fact("tw.ozb.totaal", ozb_tot, nl(ozb_tot), "Hoofdstuk 8 prose totale OZB-opbrengst 2026")

d.h2("Kostendekkendheid")
KD = {}
for lab, code, oh, btw, extra, vz, opbr in [("Riolering", "7.2", 341318, 612514, 112406, 439920, tv["7.2"]["B26e"]),
                                            ("Afval", "7.3", 236742, 402118, 0, 0, afval_heffing)]:
    direct = tv[code]["L26e"]
    if lab == "Afval":
        direct = direct - 271418  # netto na aftrek opbrengst verpakkingen en oud papier
    tot = direct + oh + btw + extra + vz
    KD[lab] = (direct, oh, btw, extra, tot, opbr, opbr / tot * 100, vz)
    assert KD[lab][6] <= 100.0, KD[lab]
rows = []
rows.append((None, ["Lasten taakveld (netto)"] + [nl(KD[l][0]) for l in KD]))
rows.append((None, ["Toegerekende overhead"] + [nl(KD[l][1]) for l in KD]))
rows.append((None, ["BTW (compensabel)"] + [nl(KD[l][2]) for l in KD]))
rows.append((None, ["Straatreiniging (25%)"] + [nl(KD[l][3]) if KD[l][3] else "-" for l in KD]))
rows.append((None, ["Storting voorziening vervanging riolering"] + [nl(KD[l][7]) if KD[l][7] else "-" for l in KD]))
rows.append(("sub", ["Totale kosten"] + [nl(KD[l][4]) for l in KD]))
rows.append((None, ["Opbrengst heffing"] + [nl(KD[l][5]) for l in KD]))
rows.append(("total", ["Dekkingspercentage"] + [fact(f"tw.kd.{l}", round(KD[l][6], 1), nl(KD[l][6], 1) + "%", f"Tabel 8.3 Dekkingspercentage kolom {l}") for l in KD]))
d.caption("Tabel 8.3 Kostendekkendheid riolering en afval 2026 (bedragen in euro's)")
d.table(["50%", "25%", "25%"], [["Omschrijving", "Riolering", "Afval"]], rows, total_width="80%")

d.h2("Woonlasten")
wl = {}
for y, idx in ((2025, 2), (2026, 3)):
    ozb = D.WOZ_GEM[y] * D.TARIEVEN[0][idx] / 100
    riool = D.TARIEVEN[5][idx]
    afv = D.TARIEVEN[3][idx] + D.LEDIGINGEN * D.TARIEVEN[4][idx]
    wl[y] = (round(ozb, 2), riool, round(afv, 2), round(ozb, 2) + riool + round(afv, 2))
rows = [(None, ["Gemiddelde WOZ-waarde", "€ " + nl(D.WOZ_GEM[2025]), fact("tw.woz.2026", D.WOZ_GEM[2026], "€ " + nl(D.WOZ_GEM[2026]), "Tabel 8.4 Gemiddelde WOZ-waarde kolom 2026")]),
        (None, ["OZB eigenaar", "€ " + nl(wl[2025][0], 2), "€ " + nl(wl[2026][0], 2)]),
        (None, ["Rioolheffing", "€ " + nl(wl[2025][1], 2), "€ " + nl(wl[2026][1], 2)]),
        (None, [f"Afvalstoffenheffing (vast recht + {D.LEDIGINGEN} ledigingen)", "€ " + nl(wl[2025][2], 2), "€ " + nl(wl[2026][2], 2)]),
        ("total", ["Totale woonlasten", fact("tw.woonlasten.2025", round(wl[2025][3], 2), "€ " + nl(wl[2025][3], 2), "Tabel 8.4 Totale woonlasten kolom 2025"),
                   fact("tw.woonlasten.2026", round(wl[2026][3], 2), "€ " + nl(wl[2026][3], 2), "Tabel 8.4 Totale woonlasten kolom 2026")])]
d.caption("Tabel 8.4 Woonlasten meerpersoonshuishouden, eigenaar-bewoner")
d.table(["56%", "22%", "22%"], [["Omschrijving", "2025", "2026"]], rows, total_width="80%")
wl_up = (wl[2026][3] - wl[2025][3]) / wl[2025][3] * 100
d.p(f"De woonlasten voor een meerpersoonshuishouden met een eigen woning stijgen daarmee met {nl(wl_up, 1)}%. "
    "Inwoners met een inkomen op bijstandsniveau kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de "
    "rioolheffing. We verwachten in 2026 ongeveer 640 verzoeken om kwijtschelding; het geraamde bedrag aan "
    "kwijtschelding is € 214.600.")
fact("tw.woonlasten.stijging", round(wl_up, 1), nl(wl_up, 1) + "%", "Hoofdstuk 8 prose stijging woonlasten")
fact("tw.kwijtschelding.aantal", 640, "640 verzoeken", "Hoofdstuk 8 prose kwijtschelding aantal")
fact("tw.kwijtschelding.bedrag", 214600, "€ 214.600", "Hoofdstuk 8 prose kwijtschelding bedrag")

# ================================================================== weerstandsvermogen
d.h1("9. Paragraaf weerstandsvermogen en risicobeheersing")
d.p("Het weerstandsvermogen is het vermogen om financiële tegenvallers op te vangen zonder dat het beleid moet "
    "worden aangepast. We vergelijken de beschikbare weerstandscapaciteit met de benodigde weerstandscapaciteit, die "
    "volgt uit een risicosimulatie met 90% zekerheid.")
rows = []
for lab, kans, eff in D.RISICOS:
    rows.append((None, [lab, {"t": f"{kans}%", "align": "center"},
                        fact(f"tw.risico.{lab}", eff * 1000, nl(eff), f"Tabel 9.1 rij '{lab}' kolom financieel effect x € 1.000")]))
d.caption("Tabel 9.1 Belangrijkste risico's")
d.table(["62%", "14%", "24%"], [["Risico", "Kans", "Financieel effect (x € 1.000)"]], rows)
beschikbaar = ar_end * 1000 + D.ONBENUTTE_BELASTINGCAP + D.ONVOORZIEN
ratio = beschikbaar / D.BENODIGD_WV
rows = [(None, ["Algemene reserve (vrij besteedbaar) per 31-12-2026", nl(ar_end * 1000)]),
        (None, ["Onbenutte belastingcapaciteit", nl(D.ONBENUTTE_BELASTINGCAP)]),
        (None, ["Post onvoorzien", nl(D.ONVOORZIEN)]),
        ("sub", ["Beschikbare weerstandscapaciteit", fact("tw.wv.beschikbaar", beschikbaar, nl(beschikbaar), "Tabel 9.2 Beschikbare weerstandscapaciteit")]),
        (None, ["Benodigde weerstandscapaciteit (90% zekerheid)", fact("tw.wv.benodigd", D.BENODIGD_WV, nl(D.BENODIGD_WV), "Tabel 9.2 Benodigde weerstandscapaciteit")]),
        ("total", ["Ratio weerstandsvermogen", fact("tw.wv.ratio", round(ratio, 2), nl(ratio, 2), "Tabel 9.2 Ratio weerstandsvermogen")])]
d.caption("Tabel 9.2 Weerstandscapaciteit en ratio weerstandsvermogen (bedragen in euro's)")
d.table(["66%", "34%"], [["Omschrijving", "2026"]], rows, total_width="80%")
d.p(f"Met een ratio van {nl(ratio, 2)} valt het weerstandsvermogen in klasse B: **ruim voldoende**. De raad heeft als "
    "norm vastgesteld dat de ratio ten minste 1,4 moet zijn (klasse C, voldoende).")
d.caption("Tabel 9.3 Financiële kengetallen")
rows = []
for lab, vals in D.KENGETALLEN:
    cells = [lab]
    for i, v in enumerate(vals):
        if v is None:
            cells.append("-")
        else:
            s = nl(v, 1) + "%"
            y = D.YEARS_K[i]
            if y in (2024, 2026, 2029):
                fact(f"tw.kengetal.{lab}.{y}", v, s, f"Tabel 9.3 rij '{lab}' kolom {y}")
            cells.append(s)
    rows.append((None, cells))
d.table(["40%"] + ["10%"] * 6, [[{"t": "Kengetal", "align": "start"}, "Rekening", "Begroting", "Begroting", {"t": "Meerjarenraming", "span": 3}],
                                ["", "2024", "2025", "2026", "2027", "2028", "2029"]], rows)
d.note("Belastingcapaciteit: woonlasten als percentage van het landelijk gemiddelde, alleen voor het begrotingsjaar en "
       "het jaar daarvoor beschikbaar.")

# ================================================================== verbonden partijen
d.h1("10. Paragraaf verbonden partijen")
d.p("Verbonden partijen zijn organisaties waarin de gemeente een bestuurlijk én een financieel belang heeft. "
    "De tabel geeft per partij de bijdrage 2026 en de laatst bekende financiële gegevens (jaarrekening 2024).")
import data_bnt as BN  # noqa: E402  (shared figures of the belastingsamenwerking)
bnt = BN.model()
VB = []
for v in D.VERBONDEN:
    if v[0].startswith("Belastingsamenwerking"):
        v = (v[0], v[1], BN.BIJDRAGE_TWENTERAND_2026, k(bnt["ev_end"]), k(bnt["vv_end"]), k(bnt["resultaat"]))
    VB.append(v)
rows = []
for naam, deeln, bij, ev, vv, res in VB:
    rows.append((None, [naam, {"t": deeln, "align": "start"},
                        fact(f"tw.vp.{naam}", bij, nl(bij), f"Tabel 10.1 rij '{naam}' kolom Bijdrage 2026 (euro's)"),
                        nl(ev), nl(vv), nl(res)]))
d.caption("Tabel 10.1 Verbonden partijen")
d.table(["27%", "25%", "14%", "11%", "11%", "12%"],
        [[{"t": "Verbonden partij", "align": "start"}, {"t": "Deelnemers", "align": "start"}, "Bijdrage 2026",
          {"t": "Jaarrekening 2024 (x € 1.000)", "span": 3}],
         ["", "", "(in euro's)", "Eigen vermogen", "Vreemd vermogen", "Resultaat"]], rows)
d.p("**Soweco NV** voert voor Twenterand de Wet sociale werkvoorziening en beschut werk uit. De bijdrage volgt het "
    "aantal arbeidsjaren; Soweco bouwt het aantal Wsw-medewerkers geleidelijk af doordat er geen nieuwe instroom is.")
d.p("De **Belastingsamenwerking Noordoost Twente (BNT)** voert voor de deelnemers de Wet WOZ uit en heft en int de "
    "gemeentelijke belastingen en de waterschapsbelastingen. De bijdrage wordt verdeeld naar het aantal WOZ-objecten.")

# ================================================================== reserves
d.h1("11. Reserves")
d.p("Tabel 11.1 toont het verloop van de reserves in 2026. Toevoegingen en onttrekkingen zijn in de programma's "
    "geraamd. Bedragen x € 1.000.")
rows = []
for naam, p, stand, toe, ont in D.RESERVES:
    end = stand + toe - ont
    rows.append((None, [naam, {"t": p, "align": "center"},
                        fact(f"tw.res.{naam}.stand1", stand * 1000, nl(stand), f"Tabel 11.1 rij '{naam}' kolom Stand 1-1-2026"),
                        nl(toe), fact(f"tw.res.{naam}.ontt", ont * 1000, nl(ont), f"Tabel 11.1 rij '{naam}' kolom Onttrekking 2026"),
                        fact(f"tw.res.{naam}.stand31", end * 1000, nl(end), f"Tabel 11.1 rij '{naam}' kolom Stand 31-12-2026")]))
S = [sum(r[i] for r in D.RESERVES) for i in (2, 3, 4)]
rows.append(("total", ["Totaal reserves", "", fact("tw.res.totaal.stand1", S[0] * 1000, nl(S[0]), "Tabel 11.1 Totaal Stand 1-1-2026"),
                       nl(S[1]), nl(S[2]), fact("tw.res.totaal.stand31", (S[0] + S[1] - S[2]) * 1000, nl(S[0] + S[1] - S[2]), "Tabel 11.1 Totaal Stand 31-12-2026")]))
d.caption("Tabel 11.1 Verloop reserves 2026")
d.table(["38%", "8%", "13.5%", "13.5%", "13.5%", "13.5%"],
        [[{"t": "Reserve", "align": "start"}, "Prog.", "Stand 1-1-2026", "Toevoeging", "Onttrekking", "Stand 31-12-2026"]], rows)
assert S[1] * 1000 == toev26 and S[2] * 1000 == ontt26

# ================================================================== investeringen
d.h1("12. Investeringen", brk=False)
d.p(f"In 2026 investeren we in totaal € {nl(invest[2026] / 1000, 1)} miljoen. De grootste investering is de nieuwbouw "
    "van het IKC in Den Ham. De kapitaallasten van de investeringen zijn in de programma's verwerkt.")
fact("tw.inv.2026.mln", invest[2026] * 1000, nl(invest[2026] / 1000, 1) + " miljoen", "Hoofdstuk 12 prose investeringen 2026")
rows = []
for naam, p, vals in D.INVESTERINGEN:
    rows.append((None, [naam, {"t": p, "align": "center"}] +
                 [fact(f"tw.inv.{naam}.{y}", v * 1000, nl(v) if v else "-", f"Tabel 12.1 rij '{naam}' kolom {y}") if (y == 2026 and v) else (nl(v) if v else "-")
                  for y, v in zip(D.MJ, vals)] + [nl(sum(vals))]))
rows.append(("total", ["Totaal", ""] + [fact(f"tw.inv.tot.{y}", invest[y] * 1000, nl(invest[y]), f"Tabel 12.1 Totaal kolom {y}") for y in D.MJ] +
             [fact("tw.inv.tot.all", sum(invest.values()) * 1000, nl(sum(invest.values())), "Tabel 12.1 Totaal kolom Totaal 2026-2029")]))
d.caption("Tabel 12.1 Investeringsplan 2026-2029 (x € 1.000)")
d.table(["40%", "8%", "10.4%", "10.4%", "10.4%", "10.4%", "10.4%"],
        [[{"t": "Investering", "align": "start"}, "Prog.", "2026", "2027", "2028", "2029", "Totaal"]], rows)

# ================================================================== bijlage taakvelden (landscape, continues over pages)
d.sequence("landscape")
d.h1("Bijlage. Baten en lasten per taakveld 2026", brk=False)
d.p("De tabel geeft de begroting 2026 per taakveld, gegroepeerd per programma, in hele euro's. Het saldo is baten "
    "minus lasten; een negatief saldo is nadelig. Taakveld 0.10 Mutaties reserves staat onderaan.")
rows = []
for p in PROGS:
    lab = f"{p} {PNAME[p]}" if p.startswith("P") else PNAME[p]
    rows.append(("section", [lab, "", "", ""]))
    for t in D.prog_rows(m, p):
        s = t["B26e"] - t["L26e"]
        rows.append((None, [{"t": f"{t['code']} {t['name']}", "indent": True},
                            fact(f"tw.bijl.L.{t['code']}", t["L26e"], nl(t["L26e"]), f"Bijlage tabel B.1 rij '{t['code']} {t['name']}' kolom Lasten 2026 (euro's)"),
                            fact(f"tw.bijl.B.{t['code']}", t["B26e"], nl(t["B26e"]), f"Bijlage tabel B.1 rij '{t['code']} {t['name']}' kolom Baten 2026 (euro's)"),
                            nl(s)]))
    rl = sum(t["L26e"] for t in D.prog_rows(m, p))
    rb = sum(t["B26e"] for t in D.prog_rows(m, p))
    rows.append(("sub", [f"Subtotaal {lab}", fact(f"tw.bijl.subL.{p}", rl, nl(rl), f"Bijlage tabel B.1 Subtotaal {lab} kolom Lasten"),
                         fact(f"tw.bijl.subB.{p}", rb, nl(rb), f"Bijlage tabel B.1 Subtotaal {lab} kolom Baten"), nl(rb - rl)]))
rows.append(("sub", ["Totaal taakvelden exclusief mutaties reserves", nl(allL26), nl(allB26), nl(allB26 - allL26)]))
rows.append((None, [{"t": "0.10 Mutaties reserves", "indent": True}, nl(toev26), nl(ontt26), nl(ontt26 - toev26)]))
rows.append(("total", ["Totaal", nl(allL26 + toev26), nl(allB26 + ontt26), nl(saldo26)]))
d.caption("Tabel B.1 Baten en lasten per taakveld, begroting 2026 (bedragen in euro's)")
d.table(["55%", "15%", "15%", "15%"], [[{"t": "Taakveld", "align": "start"}, "Lasten 2026", "Baten 2026", "Saldo 2026"]],
        rows, keep=False)
d.note("Deze bijlage is opgesteld voor de informatievoorziening aan derden (Iv3). Door de nieuwe taakveldindeling "
       "sociaal domein per 2025 zijn de taakvelden 6.2, 6.6, 6.7 en 6.8 opgesplitst.")

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, DOCID + ".fo"), "w", encoding="utf-8") as f:
    f.write(d.render("Gemeente Twenterand - Programmabegroting 2026 (FICTIEF)", FOOT, HEAD))
with open(os.path.join(OUT, "facts-twenterand.json"), "w", encoding="utf-8") as f:
    json.dump(FACTS, f, ensure_ascii=False, indent=1)
print("facts", len(FACTS), "seed", m["seed"])
