"""Document B: GGD Geldermark (fictional gemeenschappelijke regeling), Ontwerpbegroting 2027.

Two-column text, page-wide tables. Printed to ../corpus/ggd-geldermark-ontwerpbegroting-2027.pdf.
"""
from common import check, nl, nz, render

DOC_ID = "ggd-geldermark-ontwerpbegroting-2027"
PDF = DOC_ID + ".pdf"
PAGES = 8

# ------------------------------------------------------------------ figures
LOON, PRIJS, W_LOON = 3.60, 2.20, 0.75
GEWOGEN = round(W_LOON * LOON + (1 - W_LOON) * PRIJS, 2)
check(GEWOGEN == 3.25, f"gewogen index {GEWOGEN}")
TARIEF_2026 = 59.84
TARIEF_2027_GEINDEXEERD = round(TARIEF_2026 * (1 + GEWOGEN / 100), 2)
UITBREIDING_MMK = 0.40
TARIEF_2027 = round(TARIEF_2027_GEINDEXEERD + UITBREIDING_MMK, 2)
check(TARIEF_2027_GEINDEXEERD == 61.78 and TARIEF_2027 == 62.18, f"tarief {TARIEF_2027}")

# gemeente, inwoners 1-1-2025 (grondslag 2026), inwoners 1-1-2026 (grondslag 2027)
GEM = [("Averhorst", 58214, 58640), ("Boekelstede", 31087, 31205), ("Gansoord", 24560, 24498),
       ("Hulskamp", 72935, 73612), ("Lemmerik", 18342, 18410), ("Ruinerhout", 44190, 44527),
       ("Zwaaglo", 69480, 69958)]
BIJ = [(g, i25, round(i25 * TARIEF_2026), i26, round(i26 * TARIEF_2027)) for g, i25, i26 in GEM]
BIJ = [(g, i25, b26, i26, b27, b27 - b26) for g, i25, b26, i26, b27 in BIJ]
INW_2025 = sum(b[1] for b in BIJ)
INW_2026 = sum(b[3] for b in BIJ)
BIJ_2026 = sum(b[2] for b in BIJ)
BIJ_2027 = sum(b[4] for b in BIJ)
check(INW_2026 == 320850 and INW_2025 == 318808, "inwoners")

# maatwerk 2027 per gemeente (euros): Stevig Ouderschap, totaal maatwerk
MAAT = [("Averhorst", 148200, 612400), ("Boekelstede", 79300, 298750), ("Gansoord", 62100, 187300),
        ("Hulskamp", 201800, 905600), ("Lemmerik", 38900, 121450), ("Ruinerhout", 110400, 402900),
        ("Zwaaglo", 190500, 921600)]
MAAT = [(g, so, tot - so, tot) for g, so, tot in MAAT]
MAAT_TOT = sum(m[3] for m in MAAT)
check(MAAT_TOT == 3450000, "maatwerk totaal")

# programmes x 1.000: rekening 2025, begroting 2026, begroting 2027
PROGS = [("1", "Jeugdgezondheidszorg", (11842, 12310, 12905)),
         ("2", "Infectieziektebestrijding en vaccinaties", (5214, 5380, 5602)),
         ("3", "Gezondheidsbevordering en epidemiologie", (2105, 2190, 2288)),
         ("4", "Medische milieukunde en technische hygiënezorg", (1364, 1420, 1612)),
         ("5", "Toezicht kinderopvang", (1028, 1076, 1118)),
         ("6", "GHOR en crisisbeheersing", (862, 905, 941))]
OVERHEAD = (4610, 4790, 4940)
LASTEN = tuple(sum(p[2][i] for p in PROGS) + OVERHEAD[i] for i in range(3))
BATEN = [("Bijdragen gemeenten basistaken", (18402, round(BIJ_2026 / 1000), round(BIJ_2027 / 1000))),
         ("Bijdragen gemeenten maatwerk", (3205, 3339, MAAT_TOT // 1000)),
         ("Rijksbijdragen (o.a. Rijksvaccinatieprogramma)", (3488, 3515, 3620)),
         ("Overige opbrengsten (tarieven en derden)", (2197, 2140, 2210))]
BATEN_TOT = tuple(sum(b[1][i] for b in BATEN) for i in range(3))
SALDO = tuple(BATEN_TOT[i] - LASTEN[i] for i in range(3))
TOEV = (267, 0, 0)
ONTT = (0, 0, 176)
RESULT = tuple(SALDO[i] - TOEV[i] + ONTT[i] for i in range(3))
check(LASTEN == (27025, 28071, 29406), f"lasten {LASTEN}")
check(RESULT == (0, 0, 0), f"resultaat {RESULT} saldo {SALDO}")

# meerjarenraming x 1.000 (constante prijzen 2027): 2027, 2028, 2029, 2030
MJ = dict(
    prog=(LASTEN[2] - OVERHEAD[2], 24610, 24705, 24705),
    oh=(OVERHEAD[2], 4960, 4975, 4975),
    basis=(BATEN[0][1][2], 20020, 20090, 20150),
    maat=(BATEN[1][1][2], 3470, 3490, 3490),
    rijk=(3620, 3620, 3620, 3560),
    overig=(2210, 2240, 2260, 2260),
    ontt=(176, 120, 60, 0))
MJ_L = tuple(MJ["prog"][i] + MJ["oh"][i] for i in range(4))
MJ_B = tuple(MJ["basis"][i] + MJ["maat"][i] + MJ["rijk"][i] + MJ["overig"][i] for i in range(4))
MJ_S = tuple(MJ_B[i] - MJ_L[i] for i in range(4))
MJ_R = tuple(MJ_S[i] + MJ["ontt"][i] for i in range(4))
check(MJ_L[0] == LASTEN[2] and MJ_B[0] == BATEN_TOT[2], "MJ 2027 = begroting 2027")
check(MJ_R == (0, -100, -160, -220), f"MJ resultaat {MJ_R}")

# reserves x 1.000: verwachte stand 1-1-2027, toevoeging, onttrekking, stand 31-12-2027
RES = [("Algemene reserve", 712, 0, 0), ("Bestemmingsreserve Gezondheidsmonitor", 228, 0, 176),
       ("Bestemmingsreserve frictiekosten", 340, 0, 0)]
RES = [(n, b, t, o, b + t - o) for n, b, t, o in RES]
check(sum(r[3] for r in RES) == ONTT[2], "onttrekking reserves")
RISICO = 590
RATIO = RES[0][1] / RISICO
PLAFOND = 0.025 * LASTEN[2]  # x 1.000
check(round(PLAFOND) == 735 and RES[0][1] < PLAFOND, 'plafond algemene reserve')

FTE_2026, FTE_2027 = 221.8, 226.4
check(round(FTE_2027 - FTE_2026, 1) == 4.6, "fte")
STIJGING_PCT = 100 * (TARIEF_2027 / TARIEF_2026 - 1)
STIJGING_BIJ = BIJ_2027 - BIJ_2026

# ------------------------------------------------------------------ HTML
CSS = """
@page { size: A4; margin: 0 }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #1d2733; }
.page { width: 210mm; height: 297mm; position: relative; break-after: page; overflow: hidden;
        padding: 18mm 15mm 17mm 15mm; }
.body { height: 100%; overflow: hidden; }
.hdr { position: absolute; top: 7mm; left: 15mm; right: 15mm; font-size: 7pt; color: #0e5a8a; }
.hdr span { float: right; }
.ftr { position: absolute; bottom: 7mm; left: 15mm; right: 15mm; font-size: 7pt; color: #0e5a8a;
       border-top: 0.5pt solid #0e5a8a; padding-top: 1mm; }
.ftr span { float: right; }
h1 { font-size: 15pt; color: #0e5a8a; margin: 0 0 3mm 0; font-weight: normal; border-bottom: 1.5pt solid #7bb3d6; padding-bottom: 1mm; }
h2 { font-size: 10.5pt; color: #0e5a8a; margin: 2.5mm 0 1.2mm 0; break-after: avoid; }
h3 { font-size: 9pt; color: #1d2733; margin: 2mm 0 0.8mm 0; break-after: avoid; }
p { margin: 0 0 1.8mm 0; line-height: 1.36; text-align: justify; hyphens: auto; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.3pt solid #b9d3e6; margin-bottom: 3mm; }
ul { margin: 0 0 1.8mm 0; padding-left: 4mm; } li { margin-bottom: 0.6mm; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; font-size: 8pt; }
caption { text-align: left; font-weight: bold; color: #0e5a8a; padding-bottom: 1mm; font-size: 8.6pt; }
th { background: #dcebf5; color: #0e3a5a; padding: 1.2mm 1.4mm; text-align: right; border-bottom: 0.8pt solid #0e5a8a; vertical-align: bottom; }
th.l, td.l { text-align: left; }
td { padding: 0.9mm 1.4mm; text-align: right; border-bottom: 0.3pt solid #d5e2ec; }
tr.tot td { font-weight: bold; border-top: 0.8pt solid #0e5a8a; border-bottom: 0.8pt solid #0e5a8a; }
tr.sec td { font-weight: bold; color: #0e5a8a; background: #f2f7fb; }
.bron { font-size: 7pt; color: #555; margin-top: -2mm; margin-bottom: 3mm; }
.cover { padding: 0; }
.cover .band { background: #0e5a8a; color: white; padding: 55mm 18mm 20mm 18mm; height: 170mm; }
.cover h1 { color: white; border: none; font-size: 28pt; margin: 0 0 4mm 0; }
.cover .sub { font-size: 13pt; }
.cover .low { padding: 18mm; font-size: 9pt; line-height: 1.5; }
.kader { background: #eef5fa; border-left: 2pt solid #0e5a8a; padding: 2mm 3mm; margin: 0 0 2mm 0; break-inside: avoid; }
"""

_n = [0]


def page(content, sect):
    _n[0] += 1
    return (f'<div class="page"><div class="hdr">GGD Geldermark<span>{sect}</span></div>'
            f'<div class="body">{content}</div><div class="ftr">Ontwerpbegroting 2027<span>{_n[0]}</span></div></div>')


def cols(html):
    return f'<div class="cols">{html}</div>'


def table(caption, head, rows):
    h = "".join(f'<th class="{"l" if i == 0 else ""}">{c}</th>' for i, c in enumerate(head))
    out = []
    for r in rows:
        cls = ""
        if isinstance(r, dict):
            cls, r = r["cls"], r["cells"]
        out.append(f'<tr class="{cls}">' + "".join(f'<td class="{"l" if i == 0 else ""}">{c}</td>' for i, c in enumerate(r)) + "</tr>")
    return f'<table><caption>{caption}</caption><thead><tr>{h}</tr></thead><tbody>{"".join(out)}</tbody></table>'


def T(cells):
    return {"cls": "tot", "cells": cells}


def SEC(label, n):
    return {"cls": "sec", "cells": [label] + [""] * n}


def eur2(x):
    return nl(x, 2)


def build():
    G = ", ".join(g for g, *_ in GEM[:-1]) + " en " + GEM[-1][0]
    P = []
    P.append('<div class="page cover"><div class="band"><h1>Ontwerpbegroting 2027</h1>'
             '<div class="sub">en meerjarenraming 2028-2030</div><div class="sub" style="margin-top:25mm">GGD Geldermark</div>'
             '<div style="margin-top:3mm">Gemeenschappelijke regeling publieke gezondheid</div></div>'
             f'<div class="low">Vastgesteld door het dagelijks bestuur op 12 maart 2026 en aangeboden voor zienswijze aan de gemeenteraden van {G}.<br><br>'
             'Vaststelling door het algemeen bestuur: 2 juli 2026<br><br>GGD Geldermark · Postbus 318 · Averhorst</div></div>')
    _n[0] = 1

    voorwoord = (
        '<h2>Voorwoord</h2>'
        f'<p>Voor u ligt de ontwerpbegroting 2027 van GGD Geldermark. De GGD voert voor de zeven deelnemende gemeenten ({G}) de taken uit de Wet publieke gezondheid uit. Ons werkgebied telde op 1 januari 2026 samen {nl(INW_2026)} inwoners.</p>'
        f'<p>De begroting 2027 sluit met een totaal aan lasten van € {nl(LASTEN[2] / 1000, 1)} miljoen. De bijdrage van de gemeenten voor de basistaken stijgt met € {nl(STIJGING_BIJ)} naar € {nl(BIJ_2027)}. '
        f'Per inwoner betekent dit een bijdrage van € {eur2(TARIEF_2027)}, tegen € {eur2(TARIEF_2026)} in 2026, een stijging van {nl(STIJGING_PCT, 1)}%. Het grootste deel van die stijging komt voort uit de indexatie van lonen en prijzen; daarnaast vragen wij een kleine structurele uitbreiding voor medische milieukunde.</p>'
        '<p>Wat deden we in 2025? Onze jeugdartsen en jeugdverpleegkundigen zagen ruim 48.000 kinderen en jongeren op het consultatiebureau, op school of thuis. Het team infectieziektebestrijding behandelde 1.176 meldingen van meldingsplichtige infectieziekten, en het reizigersspreekuur verzorgde 3.420 consulten. De inspecteurs kinderopvang voerden 1.312 inspecties uit.</p>'
        '<p>De komende jaren staan in het teken van het landelijke Gezond en Actief Leven Akkoord (GALA) en de versterking van de pandemische paraatheid. Tegelijk zien we dat de meerjarenraming vanaf 2028 niet sluitend is. In hoofdstuk 6 lichten wij toe hoe wij daarmee omgaan.</p>'
        '<p>Wij nodigen de gemeenteraden uit om uiterlijk 15 juni 2026 hun zienswijze op deze ontwerpbegroting kenbaar te maken.</p>'
        '<p><i>Het dagelijks bestuur van GGD Geldermark</i></p>')
    toc = ("<h2>Inhoud</h2><p>1 Voorwoord (2) · 2 Uitgangspunten en indexatie (3) · 3 Programma's (4) · "
           "4 Overzicht van baten en lasten (5) · 5 Bijdragen per gemeente (6) · 6 Meerjarenraming en reserves (7) · "
           "7 Paragrafen (8)</p>")
    kader = (f'<div class="kader"><b>Kerncijfers 2027</b><br>Inwoners werkgebied (1-1-2026): {nl(INW_2026)}<br>'
             f'Totale lasten: € {nl(LASTEN[2])} x 1.000<br>Bijdrage per inwoner basistaken: € {eur2(TARIEF_2027)}<br>'
             f'Formatie: {nl(FTE_2027, 1)} fte<br>Aantal deelnemende gemeenten: 7</div>')
    P.append(page(toc + cols(voorwoord + kader), "Voorwoord"))

    uitg = (
        '<h2>Kaderbrief 2027</h2>'
        '<p>Het algemeen bestuur heeft op 4 december 2025 de kaderbrief 2027 vastgesteld. De financiële uitgangspunten in deze ontwerpbegroting volgen de gezamenlijke regionale richtlijn voor de begrotingen van de gemeenschappelijke regelingen in de regio. Die richtlijn is gebaseerd op de ramingen van het Centraal Planbureau in het Centraal Economisch Plan 2026.</p>'
        '<h2>Indexatie</h2>'
        f'<p>Voor de loonkosten wordt een loonindex van {nl(LOON, 2)}% gehanteerd. Deze is gebaseerd op de CPB-raming van de loonvoet sector overheid en de afspraken in de cao Gemeenten. Voor de materiële kosten geldt een prijsindex van {nl(PRIJS, 2)}% (prijs netto materiële overheidsconsumptie). '
        f'Omdat ongeveer driekwart van onze lasten uit personeelskosten bestaat, wordt voor de gemeentelijke bijdrage een gewogen index toegepast van {nl(GEWOGEN, 2)}% (75% loon en 25% prijs).</p>'
        f'<p>Toegepast op de bijdrage per inwoner van € {eur2(TARIEF_2026)} in 2026 geeft dit een geïndexeerde bijdrage van € {eur2(TARIEF_2027_GEINDEXEERD)}.</p>'
        '<h2>Inwonertallen</h2>'
        f'<p>De bijdrage voor de basistaken wordt verdeeld naar het aantal inwoners per gemeente op 1 januari van het jaar voorafgaand aan het begrotingsjaar, volgens de CBS-statistiek. Voor 2027 zijn dat de inwonertallen op 1 januari 2026 (samen {nl(INW_2026)}); voor 2026 waren dat de inwonertallen op 1 januari 2025 (samen {nl(INW_2025)}).</p>'
        '<h2>Nieuw beleid</h2>'
        f'<p>Het algemeen bestuur heeft in de kaderbrief ingestemd met één structurele uitbreiding: de versterking van het team medische milieukunde met 2,0 fte voor advies over hittestress, luchtkwaliteit en de gezondheidseffecten van de energietransitie. Dit kost € {eur2(UITBREIDING_MMK)} per inwoner per jaar en is in de bijdrage 2027 van € {eur2(TARIEF_2027)} per inwoner verwerkt.</p>'
        '<p>Andere wensen, zoals een uitbreiding van het aantal contactmomenten in de jeugdgezondheidszorg voor alle gemeenten, zijn niet opgenomen. Gemeenten kunnen deze wel als maatwerk afnemen.</p>'
        '<h2>Rente en afschrijving</h2>'
        '<p>Voor nieuwe investeringen wordt een rentepercentage van 3,0% gehanteerd. Afschrijving gebeurt lineair volgens de nota activabeleid; ICT-middelen worden in vier jaar afgeschreven.</p>'
        '<h2>Loon- en prijsontwikkeling na 2027</h2>'
        '<p>De meerjarenraming 2028-2030 is opgesteld in constante prijzen van 2027. De indexatie voor die jaren wordt in de kaderbrief van het betreffende jaar bepaald.</p>'
        '<h2>Vennootschapsbelasting</h2>'
        '<p>De activiteiten van de GGD zijn in 2025 opnieuw beoordeeld. Er is geen sprake van een belastbare onderneming; er wordt daarom geen vennootschapsbelasting geraamd.</p>')
    P.append(page('<h1>2 Uitgangspunten en indexatie</h1>' + cols(uitg), "Uitgangspunten"))

    prog1 = (
        '<h2>Programma 1 Jeugdgezondheidszorg</h2>'
        '<p><b>Wat willen we bereiken?</b> Alle kinderen in het werkgebied groeien gezond en veilig op. Met de jeugdgezondheidszorg (JGZ) volgen we de groei en ontwikkeling van kinderen van 0 tot 18 jaar, signaleren we problemen vroeg en verwijzen we tijdig door naar passende hulp.</p>'
        '<p><b>Wat gaan we daarvoor doen?</b> We bieden het landelijke basispakket JGZ: contactmomenten op het consultatiebureau, onderzoeken op school in groep 2 en groep 7 en in de tweede klas van het voortgezet onderwijs, en de vaccinaties van het Rijksvaccinatieprogramma. In 2027 starten we met digitale inloopspreekuren voor ouders van pubers. '
        'Gemeenten kunnen aanvullend het programma Stevig Ouderschap afnemen, met huisbezoeken voor ouders die extra steun nodig hebben.</p>'
        '<p><b>Indicatoren.</b> Bereik van het contactmoment op 4 weken: streefwaarde 98%. Vaccinatiegraad BMR bij tweejarigen: streefwaarde 92%.</p>'
        '<h2>Programma 2 Infectieziektebestrijding en vaccinaties</h2>'
        '<p><b>Wat willen we bereiken?</b> Uitbraken van infectieziekten worden snel opgespoord en bestreden, zodat zo min mogelijk inwoners ziek worden. De regio is voorbereid op een nieuwe pandemie.</p>'
        '<p><b>Wat gaan we daarvoor doen?</b> We onderzoeken meldingen van infectieziekten, doen bron- en contactonderzoek en geven voorlichting. We voeren de tuberculosebestrijding en de seksuele gezondheidszorg uit en bieden reizigersvaccinaties tegen een kostendekkend tarief. Met de rijksmiddelen voor pandemische paraatheid oefenen we in 2027 een grootschalige uitbraak samen met de GHOR en de ziekenhuizen.</p>'
        '<h2>Programma 3 Gezondheidsbevordering en epidemiologie</h2>'
        '<p><b>Wat willen we bereiken?</b> Gemeenten voeren gezondheidsbeleid op basis van actuele cijfers, en meer inwoners leven gezond.</p>'
        '<p><b>Wat gaan we daarvoor doen?</b> In het najaar van 2026 voeren we de Gezondheidsmonitor Volwassenen en Ouderen uit; in 2027 verschijnen de resultaten per gemeente. De kosten daarvan worden deels gedekt uit de bestemmingsreserve Gezondheidsmonitor. We ondersteunen gemeenten bij de uitvoering van het GALA met regionale aanpakken voor valpreventie, mentale gezondheid en een rookvrije generatie.</p>')

    prog2 = (
        '<h2>Programma 4 Medische milieukunde en technische hygiënezorg</h2>'
        '<p><b>Wat willen we bereiken?</b> Inwoners worden zo min mogelijk blootgesteld aan gezondheidsrisico\'s uit hun omgeving, zoals luchtverontreiniging, geluid, bodemverontreiniging en hitte.</p>'
        '<p><b>Wat gaan we daarvoor doen?</b> We adviseren gemeenten over omgevingsplannen en vergunningen onder de Omgevingswet en beantwoorden vragen van inwoners. Met de uitbreiding van 2,0 fte gaan we in 2027 voor alle gemeenten een hitteplan opstellen en adviseren we vroegtijdig over de gezondheidseffecten van windturbines, batterijopslag en zonneparken. De technische hygiënezorg inspecteert tatoeëerders, piercers, seksinrichtingen en evenementen.</p>'
        '<h2>Programma 5 Toezicht kinderopvang</h2>'
        '<p><b>Wat willen we bereiken?</b> Kinderopvang in het werkgebied is veilig en van goede kwaliteit.</p>'
        '<p><b>Wat gaan we daarvoor doen?</b> In opdracht van de gemeenten inspecteren wij kinderdagverblijven, buitenschoolse opvang, gastouderbureaus en gastouders. Elke locatie voor dagopvang en buitenschoolse opvang wordt jaarlijks geïnspecteerd; bij gastouders gebeurt dat steekproefsgewijs. De gemeenten betalen dit via de bijdrage voor de basistaken.</p>'
        '<h2>Programma 6 GHOR en crisisbeheersing</h2>'
        '<p><b>Wat willen we bereiken?</b> Bij rampen en crises is de geneeskundige hulpverlening goed georganiseerd.</p>'
        '<p><b>Wat gaan we daarvoor doen?</b> De GHOR werkt samen met de veiligheidsregio, de ambulancezorg en de ziekenhuizen. We zorgen voor actuele plannen, opgeleide functionarissen en oefenen jaarlijks met de ketenpartners. Ook adviseren we gemeenten over de medische inzet bij grote evenementen.</p>'
        '<h2>Overhead</h2>'
        '<p>Onder overhead vallen de kosten van directie, bestuursondersteuning, financiën, personeelszaken, ICT en huisvesting. In 2027 vervangen we het elektronisch kinddossier door een nieuw systeem dat landelijk door de GGD\'en gezamenlijk is aanbesteed. De overheadkosten stijgen vooral door de indexatie en hogere licentiekosten.</p>'
        '<div class="kader"><b>Gezondheid in cijfers.</b> Het percentage volwassenen dat rookt daalde volgens de Gezondheidsmonitor 2024 naar 15,8%. 49% van de volwassenen heeft overgewicht. Eén op de drie jongeren in klas 4 van het voortgezet onderwijs voelt zich regelmatig gestrest door school.</div>')
    P.append(page("<h1>3 Programma's</h1>" + cols(prog1 + prog2), "Programma's"))

    rows = []
    for nr, naam, v in PROGS:
        rows.append([f"{nr}. {naam}", nl(v[0]), nl(v[1]), nl(v[2])])
    rows.append(["Overhead", nl(OVERHEAD[0]), nl(OVERHEAD[1]), nl(OVERHEAD[2])])
    rows.append(T(["Totaal lasten", nl(LASTEN[0]), nl(LASTEN[1]), nl(LASTEN[2])]))
    rows.append(SEC("Baten", 3))
    for n, v in BATEN:
        rows.append([n, nl(v[0]), nl(v[1]), nl(v[2])])
    rows.append(T(["Totaal baten", nl(BATEN_TOT[0]), nl(BATEN_TOT[1]), nl(BATEN_TOT[2])]))
    rows.append(T(["Saldo van baten en lasten", nl(SALDO[0]), nz(SALDO[1]), nl(SALDO[2])]))
    rows.append(["Toevoeging aan reserves", nz(TOEV[0]), nz(TOEV[1]), nz(TOEV[2])])
    rows.append(["Onttrekking aan reserves", nz(ONTT[0]), nz(ONTT[1]), nz(ONTT[2])])
    rows.append(T(["Resultaat", nz(RESULT[0]), nz(RESULT[1]), nz(RESULT[2])]))
    t2 = table("Tabel 2 Overzicht van baten en lasten (bedragen x € 1.000)",
               ["Lasten", "Rekening 2025", "Begroting 2026", "Begroting 2027"], rows)
    toel = (
        '<h2>Toelichting op de lasten</h2>'
        f'<p>De totale lasten stijgen van € {nl(LASTEN[1])} in de begroting 2026 naar € {nl(LASTEN[2])} in 2027 (x € 1.000). De stijging komt vooral door de indexatie van de personeelskosten en materiële kosten (€ 1.031.000), de uitbreiding van medische milieukunde (€ 128.000) en de eenmalige extra kosten van de Gezondheidsmonitor (€ 176.000), die uit de bestemmingsreserve worden gedekt.</p>'
        '<p>De begroting 2026 is inclusief de eerste begrotingswijziging 2026, waarmee de extra rijksmiddelen voor pandemische paraatheid zijn verwerkt.</p>'
        '<h2>Toelichting op de baten</h2>'
        f'<p>De bijdragen voor de basistaken volgen uit de bijdrage per inwoner en de inwonertallen (hoofdstuk 5). De bijdragen voor maatwerk zijn gebaseerd op de afspraken met de individuele gemeenten voor 2027. '
        'De rijksbijdragen bestaan vooral uit de vergoeding van het RIVM voor het Rijksvaccinatieprogramma en de specifieke uitkering voor pandemische paraatheid.</p>'
        '<h2>Rekening 2025</h2>'
        '<p>De jaarrekening 2025 sloot met een positief saldo van € 267.000. Het algemeen bestuur heeft voorgesteld dit bedrag toe te voegen aan de bestemmingsreserve frictiekosten; in de kolom Rekening 2025 is die toevoeging al verwerkt.</p>')
    P.append(page('<h1>4 Overzicht van baten en lasten</h1>' + t2 + cols(toel), "Baten en lasten"))

    brows = [[g, nl(i25), nl(b26), eur2(TARIEF_2026), nl(i26), nl(b27), eur2(TARIEF_2027), nl(m)]
             for g, i25, b26, i26, b27, m in BIJ]
    brows.append(T(["Totaal", nl(INW_2025), nl(BIJ_2026), eur2(TARIEF_2026), nl(INW_2026), nl(BIJ_2027), eur2(TARIEF_2027), nl(STIJGING_BIJ)]))
    t3 = table("Tabel 3 Bijdrage basistaken per gemeente 2026 en 2027 (bedragen in €)",
               ["Gemeente", "Inwoners 1-1-2025", "Bijdrage 2026", "Per inwoner 2026", "Inwoners 1-1-2026",
                "Bijdrage 2027", "Per inwoner 2027", "Mutatie 2027 t.o.v. 2026"], brows)
    mrows = [[g, nl(so), nl(ov), nl(t)] for g, so, ov, t in MAAT]
    mrows.append(T(["Totaal", nl(sum(m[1] for m in MAAT)), nl(sum(m[2] for m in MAAT)), nl(MAAT_TOT)]))
    t4 = table("Tabel 4 Bijdrage maatwerk per gemeente 2027 (bedragen in €)",
               ["Gemeente", "Stevig Ouderschap", "Overig maatwerk", "Totaal maatwerk 2027"], mrows)
    txt = (
        '<p>Tabel 3 toont de bijdrage van elke gemeente voor het basistakenpakket. Deze bijdrage is voor alle gemeenten gelijk per inwoner. '
        f'Alle gemeenten gaan in 2027 meer betalen; het verschil tussen de gemeenten hangt af van de ontwikkeling van het inwonertal. Gansoord is de enige gemeente waar het aantal inwoners is gedaald.</p>'
        '<p>Naast de basistaken nemen gemeenten maatwerk af (tabel 4), zoals Stevig Ouderschap, extra inzet op scholen, de aanpak van schoolverzuim en lokale gezondheidsprojecten. Deze bijdragen worden per gemeente afgesproken in een dienstverleningsovereenkomst en zijn geen onderdeel van de bijdrage per inwoner.</p>'
        '<p>De bijdragen worden in vier gelijke termijnen gefactureerd, op 1 januari, 1 april, 1 juli en 1 oktober.</p>')
    P.append(page('<h1>5 Bijdragen per gemeente</h1>' + t3 + t4 + cols(txt), "Bijdragen gemeenten"))

    def r4(label, v, f=nl):
        return [label] + [f(x) for x in v]
    mrows = [r4("Lasten programma's", MJ["prog"]), r4("Overhead", MJ["oh"]), T(r4("Totaal lasten", MJ_L)),
             r4("Bijdragen gemeenten basistaken", MJ["basis"]), r4("Bijdragen gemeenten maatwerk", MJ["maat"]),
             r4("Rijksbijdragen", MJ["rijk"]), r4("Overige opbrengsten", MJ["overig"]), T(r4("Totaal baten", MJ_B)),
             T(r4("Saldo van baten en lasten", MJ_S)), r4("Onttrekking aan reserves", MJ["ontt"], nz),
             T(r4("Resultaat (- = tekort)", MJ_R, nz))]
    t5 = table("Tabel 5 Meerjarenraming 2027-2030 (bedragen x € 1.000, constante prijzen 2027)",
               ["", "Begroting 2027", "Raming 2028", "Raming 2029", "Raming 2030"], mrows)
    rrows = [[n, nl(b), nz(t), nz(o), nl(e)] for n, b, t, o, e in RES]
    rrows.append(T(["Totaal reserves", nl(sum(r[1] for r in RES)), nz(sum(r[2] for r in RES)),
                    nl(sum(r[3] for r in RES)), nl(sum(r[4] for r in RES))]))
    t6 = table("Tabel 6 Verwacht verloop reserves 2027 (bedragen x € 1.000)",
               ["Reserve", "Stand 1-1-2027", "Toevoeging", "Onttrekking", "Stand 31-12-2027"], rrows)
    txt = (
        '<h2>Meerjarig beeld</h2>'
        f'<p>De begroting 2027 is sluitend, met een onttrekking van € 176.000 aan de bestemmingsreserve Gezondheidsmonitor. Vanaf 2028 is de meerjarenraming niet sluitend: er resteert een tekort van € 100.000 in 2028, € 160.000 in 2029 en € 220.000 in 2030. '
        'Het tekort ontstaat doordat de specifieke uitkering voor pandemische paraatheid in 2030 lager wordt en de licentiekosten van het nieuwe kinddossier stijgen. Een deel wordt tijdelijk opgevangen uit de bestemmingsreserve frictiekosten.</p>'
        '<p>Het dagelijks bestuur onderzoekt in 2026 maatregelen binnen de eigen organisatie, zoals het verminderen van huurkosten door het afstoten van een locatie. Het resultaat daarvan wordt verwerkt in de kaderbrief 2028. Stijging van de inwonertallen is in de raming van de bijdragen verwerkt.</p>'
        '<h2>Reserves</h2>'
        f'<p>De algemene reserve mag volgens de nota reserves en voorzieningen maximaal 2,5% van de totale lasten bedragen; voor 2027 is dat € {nl(round(PLAFOND) * 1000)}. De verwachte stand van € 712.000 blijft daaronder. Een saldo boven het maximum wordt teruggegeven aan de gemeenten.</p>')
    P.append(page('<h1>6 Meerjarenraming en reserves</h1>' + t5 + cols(txt) + t6, "Meerjarenraming"))

    kg = [["Netto schuldquote", "8,4%", "7,9%", "7,1%"],
          ["Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "8,4%", "7,9%", "7,1%"],
          ["Solvabiliteitsratio", "18,2%", "17,5%", "17,9%"],
          ["Structurele exploitatieruimte", "0,0%", "-0,6%", "-0,3%"]]
    t7 = table("Tabel 7 Financiële kengetallen", ["Kengetal", "Begroting 2026", "Begroting 2027", "Raming 2028"], kg)
    par = (
        '<h2>Weerstandsvermogen en risicobeheersing</h2>'
        f'<p>De GGD houdt een beperkte algemene reserve aan om risico\'s op te vangen. De benodigde weerstandscapaciteit is op basis van de geïnventariseerde risico\'s berekend op € {nl(RISICO)}.000. Tegenover de verwachte algemene reserve van € 712.000 geeft dit een ratio weerstandsvermogen van {nl(RATIO, 1)}, wat als voldoende wordt beoordeeld.</p>'
        '<p>De belangrijkste risico\'s zijn: een hogere cao-stijging dan de loonindex, een nieuwe uitbraak van een infectieziekte waarvoor extra inzet nodig is, en het wegvallen van de rijksfinanciering voor pandemische paraatheid. Bij tekorten die de algemene reserve te boven gaan, zijn de gemeenten op grond van de gemeenschappelijke regeling verplicht deze aan te vullen naar rato van het aantal inwoners.</p>'
        '<h2>Bedrijfsvoering</h2>'
        f'<p>De formatie groeit van {nl(FTE_2026, 1)} fte in 2026 naar {nl(FTE_2027, 1)} fte in 2027. De groei bestaat uit 2,0 fte medische milieukunde en 2,6 fte jeugdgezondheidszorg voor het maatwerk Stevig Ouderschap. Het ziekteverzuim was in 2025 6,1%; ons doel is maximaal 5,5%.</p>'
        '<p>De arbeidsmarkt voor jeugdartsen en artsen infectieziektebestrijding blijft krap. We investeren in opleidingsplaatsen en in taakherschikking naar verpleegkundig specialisten.</p>'
        '<h2>Financiering</h2>'
        '<p>De GGD heeft één langlopende lening voor de verbouwing van de hoofdlocatie, met een restschuld van € 1.650.000 per 1 januari 2027. In 2027 wordt € 150.000 afgelost. Er worden geen nieuwe leningen verwacht. De GGD blijft binnen de kasgeldlimiet en de renterisiconorm en bankiert verplicht in de schatkist.</p>'
        '<h2>Onderhoud kapitaalgoederen</h2>'
        '<p>De GGD huurt al haar locaties; het onderhoud is voor rekening van de verhuurders. Er is daarom geen onderhoudsvoorziening.</p>')
    P.append(page('<h1>7 Paragrafen</h1>' + cols(par) + t7 +
                  '<p style="font-size:7.5pt;color:#555">De kengetallen zijn berekend volgens het Besluit begroting en verantwoording provincies en gemeenten (BBV). De structurele exploitatieruimte in 2028 is negatief door het structurele tekort in de meerjarenraming.</p>',
                  "Paragrafen"))
    check(_n[0] == PAGES, f"pages {_n[0]}")
    return f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Ontwerpbegroting 2027 GGD Geldermark</title><style>{CSS}</style></head><body>{"".join(P)}</body></html>'


if __name__ == "__main__":
    print("bij", BIJ_2026, BIJ_2027, STIJGING_BIJ, "pct", round(STIJGING_PCT, 2), "lasten", LASTEN,
          "baten", BATEN_TOT, "saldo", SALDO, "MJ", MJ_L, MJ_B, MJ_R, "ratio", round(RATIO, 2), "plafond", PLAFOND)
    for b in BIJ:
        print(b)
    render(build(), PDF, PAGES, footer_re=r"Ontwerpbegroting 2027\s+(\d+)")
