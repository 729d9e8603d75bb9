"""Generate the fictional 'Belastingsamenwerking Zilverhorst - Begroting 2026' (HTML + PDF).

A gemeenschappelijke regeling that collects local taxes for four municipalities and a water board.
Totals, contributions per member, the multi-year estimate, the investment plan and the
weerstandsvermogen are computed here and asserted.
"""
from __future__ import annotations

from common import BASE_CSS, CORPUS, HERE, find_pages, nl, nld, print_pdf, table

BODY = "Belastingsamenwerking Zilverhorst"
YEARS = ("Rekening 2024", "Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029")

# --- lasten and baten (x EUR 1.000), per column of YEARS ---------------------------------------
LASTEN = [
    ("Salarissen en sociale lasten", (5912, 6252, 6585, 6760, 6905, 7050)),
    ("Inhuur derden", (842, 610, 540, 500, 480, 480)),
    ("ICT en licenties", (1480, 1565, 1690, 1735, 1770, 1805)),
    ("Huisvesting", (512, 530, 548, 561, 574, 587)),
    ("Drukwerk en verzending", (395, 380, 352, 330, 315, 300)),
    ("Kapitaallasten", (410, 455, 602, 688, 705, 690)),
    ("Overige lasten", (236, 250, 262, 268, 274, 280)),
]
OVERIGE_BATEN = [
    ("Vergoeding invorderingskosten", (735, 720, 700, 690, 680, 670)),
    ("Dienstverlening aan derden", (180, 190, 195, 200, 205, 210)),
]
TOEVOEGING = (370, 0, 0, 0, 0, 0)
ONTTREKKING = (0, 120, 150, 100, 0, 0)
N = len(YEARS)
TOT_L = tuple(sum(v[i] for _, v in LASTEN) for i in range(N))
OV_B = tuple(sum(v[i] for _, v in OVERIGE_BATEN) for i in range(N))
# bijdragen deelnemers: whatever closes the budget to a result of nil
BIJDRAGEN = tuple(TOT_L[i] - OV_B[i] + TOEVOEGING[i] - ONTTREKKING[i] for i in range(N))
TOT_B = tuple(BIJDRAGEN[i] + OV_B[i] for i in range(N))
SALDO = tuple(TOT_B[i] - TOT_L[i] for i in range(N))
RESULT = tuple(SALDO[i] - TOEVOEGING[i] + ONTTREKKING[i] for i in range(N))
assert all(r == 0 for r in RESULT)
assert TOT_L[2] == 10579 and BIJDRAGEN[2] == 9534, (TOT_L, BIJDRAGEN)

# --- members and verdeelsleutel ----------------------------------------------------------------
GEMEENTEN = [("Gemeente Brinkhoven", 38420), ("Gemeente Zandelo", 27915),
             ("Gemeente Molenhaeghe", 21060), ("Gemeente Dorperzand", 14985)]
WATERSCHAP = "Waterschap Boezemvaart"
WS_SHARE = 0.18
WOZ_TOT = sum(w for _, w in GEMEENTEN)
SHARES = [(n, (1 - WS_SHARE) * w / WOZ_TOT) for n, w in GEMEENTEN] + [(WATERSCHAP, WS_SHARE)]
assert abs(sum(s for _, s in SHARES) - 1) < 1e-12


def split(total: int) -> list[int]:
    """Split an amount over the members by share, largest remainder, so the parts add up exactly."""
    raw = [total * s for _, s in SHARES]
    parts = [int(r) for r in raw]
    rest = total - sum(parts)
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)[:rest]:
        parts[i] += 1
    assert sum(parts) == total
    return parts


EUR_2025 = split(BIJDRAGEN[1] * 1000)
EUR_2026 = split(BIJDRAGEN[2] * 1000)
K_YEARS = [split(BIJDRAGEN[i]) for i in range(2, 6)]  # 2026-2029 in thousands
# the thousands table for 2026 must agree with the euro table, rounded
assert all(abs(K_YEARS[0][j] * 1000 - EUR_2026[j]) <= 500 for j in range(len(SHARES))), (K_YEARS[0], EUR_2026)
KOSTEN_PER_WOZ = (1 - WS_SHARE) * BIJDRAGEN[2] * 1000 / WOZ_TOT

# --- investment plan (whole euros) -----------------------------------------------------------
INVEST = [
    ("Vervanging heffings- en invorderingssysteem", 7, (1250000, 0, 0, 0)),
    ("Taxatiemodule WOZ (modelmatige waardering)", 5, (185000, 0, 0, 210000)),
    ("Klantportaal en digitale aanslag", 5, (0, 142500, 0, 0)),
    ("Werkplekken en laptops", 4, (96000, 48000, 24000, 104000)),
    ("Scan- en poststraat", 8, (0, 0, 76800, 0)),
    ("Luchtfoto's en 3D-opnamen", 3, (64350, 0, 0, 71900)),
]
INV_TOT = tuple(sum(v[i] for _, _, v in INVEST) for i in range(4))
INV_ALL = sum(INV_TOT)

# --- risks and weerstandsvermogen (whole euros) ------------------------------------------------
RISKS = [
    ("Vertraging implementatie nieuw heffingssysteem",
     "Het nieuwe systeem is later beschikbaar; dubbele licenties en extra inhuur.", 400000, 30),
    ("Loonkosten boven de index",
     "De cao-stijging is hoger dan de indexatie van de bijdragen.", 180000, 50),
    ("Toename bezwaren en proceskostenvergoedingen",
     "Meer WOZ-bezwaren via no-cure-no-pay-bureaus leiden tot hogere proceskostenvergoedingen.", 220000, 40),
    ("Uittreden of toetreden van een deelnemer",
     "Frictiekosten bij een wijziging van het aantal deelnemers.", 300000, 10),
    ("Datalek of boete Autoriteit Persoonsgegevens",
     "Een inbreuk op de beveiliging van persoonsgegevens.", 250000, 10),
]
GEWOGEN = [b * k // 100 for _, _, b, k in RISKS]
BENODIGD = sum(GEWOGEN)
ALG_RES = 495000
BEST_RES = 250000
BESCHIKBAAR = ALG_RES
RATIO = BESCHIKBAAR / BENODIGD
assert BENODIGD == 353000 and round(RATIO, 1) == 1.4
PLAFOND = TOT_L[2] * 1000 * 5 // 100
assert ALG_RES < PLAFOND
assert BEST_RES - ONTTREKKING[2] * 1000 - ONTTREKKING[3] * 1000 == 0
# the bestemmingsreserve was formed from the 2024 result and drawn on in 2025
assert (TOEVOEGING[0] - ONTTREKKING[1]) * 1000 == BEST_RES

BEZWAREN = [("2021", "4.120", "38"), ("2022", "3.870", "41"), ("2023", "3.455", "44"), ("2024", "3.318", "47"),
            ("2025 (prognose)", "3.200", "48"), ("2026 (raming)", "3.150", "50")]

TOC = ["Aanbieding", "Kerngegevens", "Overzicht van baten en lasten", "Meerjarenraming 2026-2029",
       "Bijdragen van de deelnemers", "Investeringsplan 2026-2029",
       "Paragraaf weerstandsvermogen en risicobeheersing", "Paragraaf financiering en kengetallen",
       "Besluit"]
TOC_PAGES: dict[str, int] = {}


# ===================================== HTML =====================================================
def page_cover() -> str:
    return f"""
<div class="cover">
<p class="org">{BODY}</p>
<h1 class="ct">Begroting 2026</h1>
<p class="sub">en meerjarenraming 2027-2029</p>
<p class="sub2">Ontwerpbegroting, voor zienswijze aangeboden aan de raden van Brinkhoven, Zandelo,
Molenhaeghe en Dorperzand en aan het algemeen bestuur van Waterschap Boezemvaart op 14 april 2025.<br>
Vastgesteld door het algemeen bestuur op 3 juli 2025.</p>
</div>"""


def page_intro() -> str:
    rows = "".join(f"<tr><td>{t}</td><td class='r'>{TOC_PAGES.get(t, 0)}</td></tr>" for t in TOC)
    kern = table("Kerngegevens begroting 2026", [["Onderwerp", "2026"]], [
        ["Aantal deelnemers", "5"],
        ["WOZ-objecten in de vier gemeenten (1-1-2026)", nl(WOZ_TOT)],
        ["Aanslagregels gemeentelijke belastingen", "324.080"],
        ["Aanslagregels waterschapsbelastingen", "141.620"],
        ["Aanslagbiljetten", "121.460"],
        ["Formatie (fte)", "78,4"],
        ["Totale lasten (x € 1.000)", nl(TOT_L[2])],
        ["Kosten per WOZ-object voor de gemeenten", f"€ {nld(KOSTEN_PER_WOZ, 2)}"],
    ], cls="small")
    bez = table("Ontwikkeling bezwaarschriften WOZ", [["Jaar", "Aantal bezwaarschriften",
                                                        "Aandeel ingediend door no-cure-no-pay-bureaus (%)"]],
                [list(r) for r in BEZWAREN], cls="small")
    return f"""
<h2 class="pb">Inhoud</h2>
<table class="toc"><tbody>{rows}</tbody></table>
<h2>Aanbieding</h2>
<p>Hierbij bieden wij u de begroting 2026 van de {BODY} aan. {BODY} heft en int sinds 2017 de
gemeentelijke belastingen en de waterschapsbelastingen voor haar deelnemers en voert de Wet waardering
onroerende zaken (Wet WOZ) uit voor de vier gemeenten. De begroting 2026 is opgesteld op basis van de
kaderbrief 2026 die het algemeen bestuur op 13 december 2024 heeft vastgesteld.</p>
<p>De totale lasten stijgen van € {nld(TOT_L[1] / 1000, 1)} miljoen in de begroting 2025 naar
€ {nld(TOT_L[2] / 1000, 1)} miljoen in 2026. De stijging komt vooral door de cao-afspraken, hogere
licentiekosten en de kapitaallasten van het nieuwe heffings- en invorderingssysteem. Na aftrek van de
eigen inkomsten en een onttrekking aan de bestemmingsreserve van € {nl(ONTTREKKING[2] * 1000)} betalen
de deelnemers samen € {nl(BIJDRAGEN[2] * 1000)} (2025: € {nl(BIJDRAGEN[1] * 1000)}).</p>
<h2>Kerngegevens</h2>
{kern}
<p>Het aantal WOZ-bezwaren daalt al enkele jaren, maar een steeds groter deel wordt ingediend door
no-cure-no-pay-bureaus. Daardoor stijgen de proceskostenvergoedingen die wij moeten betalen.</p>
{bez}
"""


def page_baten_lasten() -> str:
    idx = (0, 1, 2)
    head = [["Bedragen x € 1.000", "Rekening", "Begroting", "Begroting"], ["", "2024", "2025", "2026"]]
    rows = [[n, *(nl(v[i]) for i in idx)] for n, v in LASTEN]
    rows.append(["Totaal lasten", *(nl(TOT_L[i]) for i in idx)])
    rows.append(["Bijdragen deelnemers", *(nl(BIJDRAGEN[i]) for i in idx)])
    rows += [[n, *(nl(v[i]) for i in idx)] for n, v in OVERIGE_BATEN]
    rows.append(["Totaal baten", *(nl(TOT_B[i]) for i in idx)])
    rows.append(["Saldo van baten en lasten", *(nl(SALDO[i]) for i in idx)])
    rows.append(["Toevoeging aan reserves", *(nl(TOEVOEGING[i]) for i in idx)])
    rows.append(["Onttrekking aan reserves", *(nl(ONTTREKKING[i]) for i in idx)])
    rows.append(["Resultaat", *(nl(RESULT[i]) for i in idx)])
    nl_ = len(LASTEN)
    t = table("Tabel 1 Overzicht van baten en lasten", head, rows, cls="kost",
              bold_rows=(nl_, nl_ + 4, nl_ + 5, nl_ + 8))
    sal = LASTEN[0][1]
    ict = LASTEN[2][1]
    return f"""
<section class="pb">
<h2>Overzicht van baten en lasten</h2>
<p>De begroting 2026 is sluitend. De lasten worden gedekt door de bijdragen van de deelnemers, de
vergoeding van invorderingskosten (aanmaningen en dwangbevelen) en de vergoeding voor de
belastingadministratie die wij voor de gemeente Ommerhoeve uitvoeren (dienstverlening aan derden).</p>
{t}
<h3>Toelichting op de verschillen 2026 ten opzichte van 2025</h3>
<p><b>Salarissen en sociale lasten (+ € {nl((sal[2] - sal[1]) * 1000)}).</b> De cao Gemeenten 2025-2026
verhoogt de salarissen per 1 januari 2026 met 3,0%. Daarnaast is de formatie uitgebreid met 1,5 fte voor
de afhandeling van bezwaren.</p>
<p><b>Inhuur derden (- € {nl((LASTEN[1][1][1] - LASTEN[1][1][2]) * 1000)}).</b> Vacatures voor taxateurs
zijn vast ingevuld, waardoor minder inhuur nodig is.</p>
<p><b>ICT en licenties (+ € {nl((ict[2] - ict[1]) * 1000)}).</b> In 2026 draaien het oude en het nieuwe
heffingssysteem een half jaar naast elkaar.</p>
<p><b>Kapitaallasten (+ € {nl((LASTEN[5][1][2] - LASTEN[5][1][1]) * 1000)}).</b> Afschrijving en rente
van de investeringen uit het investeringsplan, vooral het nieuwe heffings- en invorderingssysteem.</p>
<p>De onttrekking van € {nl(ONTTREKKING[2] * 1000)} aan de bestemmingsreserve implementatie
heffingssysteem dekt de eenmalige kosten van de dubbele licenties.</p>
</section>"""


def page_meerjaren() -> str:
    idx = (2, 3, 4, 5)
    head = [["(x € 1.000)", "Begroting", "Raming", "Raming", "Raming"], ["", "2026", "2027", "2028", "2029"]]
    rows = [[n, *(nl(v[i]) for i in idx)] for n, v in LASTEN]
    rows.append(["Totaal lasten", *(nl(TOT_L[i]) for i in idx)])
    rows.append(["Bijdragen deelnemers", *(nl(BIJDRAGEN[i]) for i in idx)])
    rows += [[n, *(nl(v[i]) for i in idx)] for n, v in OVERIGE_BATEN]
    rows.append(["Totaal baten", *(nl(TOT_B[i]) for i in idx)])
    rows.append(["Saldo van baten en lasten", *(nl(SALDO[i]) for i in idx)])
    rows.append(["Mutaties reserves (onttrekking)", *(nl(ONTTREKKING[i]) for i in idx)])
    rows.append(["Begrotingssaldo na bestemming", *(nl(RESULT[i]) for i in idx)])
    nl_ = len(LASTEN)
    t = table("Tabel 2 Meerjarenraming 2026-2029", head, rows, cls="kost",
              bold_rows=(nl_, nl_ + 4, nl_ + 5, nl_ + 7))
    return f"""
<section class="pb">
<h2>Meerjarenraming 2026-2029</h2>
<p>De meerjarenraming is opgesteld in prijzen van 2026, met uitzondering van de salarislasten, waarin
de verwachte cao-stijgingen zijn verwerkt. Vanaf 2028 dalen de lasten van drukwerk en verzending doordat
meer inwoners hun aanslag digitaal ontvangen via MijnOverheid. De kapitaallasten zijn het hoogst in 2028,
wanneer alle investeringen uit het plan zijn geactiveerd.</p>
{t}
<p>De bijdrage van de deelnemers stijgt in de periode 2026-2029 van € {nld(BIJDRAGEN[2] / 1000, 2)} miljoen
naar € {nld(BIJDRAGEN[5] / 1000, 2)} miljoen.</p>
</section>"""


def page_bijdragen() -> str:
    rows = []
    for (n, s), e25, e26 in zip(SHARES, EUR_2025, EUR_2026):
        woz = next((w for g, w in GEMEENTEN if g == n), None)
        rows.append([n, nl(woz) if woz else "n.v.t.", nld(s * 100, 2) + "%", "€ " + nl(e25), "€ " + nl(e26),
                     "€ " + nl(e26 - e25)])
    rows.append(["Totaal", nl(WOZ_TOT), "100,00%", "€ " + nl(sum(EUR_2025)), "€ " + nl(sum(EUR_2026)),
                 "€ " + nl(sum(EUR_2026) - sum(EUR_2025))])
    t1 = table("Tabel 3 Bijdragen per deelnemer 2026 (in euro's)",
               [["Deelnemer", "WOZ-objecten 1-1-2026", "Aandeel", "Bijdrage 2025", "Bijdrage 2026", "Verschil"]],
               rows, cls="kost", bold_rows=(len(SHARES),))
    rows2 = [[n, *(nl(K_YEARS[y][j]) for y in range(4))] for j, (n, _) in enumerate(SHARES)]
    rows2.append(["Totaal", *(nl(BIJDRAGEN[i]) for i in range(2, 6))])
    t2 = table("Tabel 4 Meerjarige bijdragen per deelnemer (x € 1.000)",
               [["Deelnemer", "2026", "2027", "2028", "2029"]], rows2, cls="kost", bold_rows=(len(SHARES),))
    return f"""
<section class="pb">
<h2>Bijdragen van de deelnemers</h2>
<p>Volgens artikel 28 van de gemeenschappelijke regeling betaalt Waterschap Boezemvaart een vast aandeel
van 18% van de bijdragen. Het overige deel (82%) wordt over de vier gemeenten verdeeld naar rato van het
aantal WOZ-objecten op 1 januari van het begrotingsjaar. De bijdragen worden in vier gelijke termijnen
betaald, op 1 februari, 1 mei, 1 augustus en 1 november.</p>
{t1}
<p>Voor de jaren na 2026 is dezelfde verdeling aangehouden; de werkelijke verdeling volgt uit het aantal
WOZ-objecten op 1 januari van elk jaar.</p>
{t2}
</section>"""


def page_invest() -> str:
    rows = [[n, str(t), *(nl(x) if x else "-" for x in v), nl(sum(v))] for n, t, v in INVEST]
    rows.append(["Totaal", "", *(nl(x) for x in INV_TOT), nl(INV_ALL)])
    t = table("Tabel 5 Investeringsplan 2026-2029 (bedragen in €)",
              [["Investering", "Afschrijvingstermijn (jaren)", "2026", "2027", "2028", "2029", "Totaal 2026-2029"]],
              rows, cls="inv", bold_rows=(len(INVEST),))
    return f"""
<section class="wide pb">
<h2>Investeringsplan 2026-2029</h2>
<p>Het investeringsplan bevat de vervangings- en nieuwe investeringen voor de komende vier jaar. De
investeringen worden lineair afgeschreven vanaf het jaar na ingebruikname. Investeringen onder
€ 10.000 worden niet geactiveerd. De grootste investering is de vervanging van het heffings- en
invorderingssysteem, waarvan het contract met de huidige leverancier op 31 december 2026 afloopt.</p>
{t}
<p>Voor de investering in het heffings- en invorderingssysteem trekken wij in 2026 een lening aan met een
looptijd van zeven jaar; de overige investeringen worden uit de lopende middelen gefinancierd.</p>
</section>"""


def page_weerstand() -> str:
    rows = [[n, d, nl(b), f"{k}%", nl(g)] for (n, d, b, k), g in zip(RISKS, GEWOGEN)]
    rows.append(["Totaal benodigde weerstandscapaciteit", "", nl(sum(b for _, _, b, _ in RISKS)), "", nl(BENODIGD)])
    t = table("Tabel 6 Risico's (bedragen in €)",
              [["Risico", "Omschrijving", "Financieel gevolg", "Kans", "Gewogen bedrag"]], rows, cls="risk",
              bold_rows=(len(RISKS),))
    cap = table("Tabel 7 Ratio weerstandsvermogen", [["", "Bedrag"]], [
        ["Beschikbare weerstandscapaciteit (algemene reserve)", "€ " + nl(BESCHIKBAAR)],
        ["Benodigde weerstandscapaciteit", "€ " + nl(BENODIGD)],
        ["Ratio weerstandsvermogen", nld(RATIO, 1)],
    ], cls="small", bold_rows=(2,))
    return f"""
<section class="pb">
<h2>Paragraaf weerstandsvermogen en risicobeheersing</h2>
<p>Een gemeenschappelijke regeling heeft geen eigen belastinggebied; tegenvallers worden opgevangen
met de algemene reserve en daarna door de deelnemers. De algemene reserve mag volgens de nota reserves
en voorzieningen ten hoogste 5% van de totale lasten bedragen; voor 2026 is dat € {nl(PLAFOND)}. De
verwachte stand van de algemene reserve op 1 januari 2026 is € {nl(ALG_RES)}.</p>
<p>De risico's zijn gewogen met de kans dat zij zich voordoen. Het gewogen bedrag is de benodigde
weerstandscapaciteit.</p>
{t}
{cap}
<p>De ratio weerstandsvermogen is {nld(RATIO, 1)}. Volgens de waarderingstabel van het Nederlands
Adviesbureau voor Risicomanagement valt een ratio van 1,4 tot 2,0 in klasse B, 'ruim voldoende'; een ratio
van 1,0 tot 1,4 is 'voldoende'. Het algemeen bestuur streeft naar een ratio van minimaal 1,0.</p>
</section>"""


def page_financiering() -> str:
    ken = table("Tabel 8 Financiële kengetallen (%)",
                [["Kengetal", "Rekening 2024", "Begroting 2025", "Begroting 2026", "2027", "2028", "2029"]], [
        ["Netto schuldquote", "12,4", "10,8", "21,5", "19,2", "16,8", "14,1"],
        ["Netto schuldquote gecorrigeerd voor verstrekte leningen", "12,4", "10,8", "21,5", "19,2", "16,8", "14,1"],
        ["Solvabiliteitsratio", "14,2", "13,5", "11,8", "12,3", "13,1", "13,9"],
        ["Structurele exploitatieruimte", "0,4", "0,0", "0,0", "0,0", "0,0", "0,0"],
    ], cls="kost")
    res_rows = [["Algemene reserve", nl(ALG_RES), "0", "0", nl(ALG_RES)],
                ["Bestemmingsreserve implementatie heffingssysteem", nl(BEST_RES), "0",
                 nl(ONTTREKKING[2] * 1000), nl(BEST_RES - ONTTREKKING[2] * 1000)],
                ["Totaal", nl(ALG_RES + BEST_RES), "0", nl(ONTTREKKING[2] * 1000),
                 nl(ALG_RES + BEST_RES - ONTTREKKING[2] * 1000)]]
    res = table("Tabel 9 Verloop reserves 2026 (in €)",
                [["Reserve", "Stand 1-1-2026", "Toevoeging", "Onttrekking", "Stand 31-12-2026"]], res_rows,
                cls="kost", bold_rows=(2,))
    return f"""
<section class="pb">
<h2>Paragraaf financiering en kengetallen</h2>
<p>De {BODY} financiert haar activiteiten zoveel mogelijk met de voorschotbijdragen van de deelnemers.
Voor de vervanging van het heffings- en invorderingssysteem wordt in 2026 een lening van
€ {nl(INVEST[0][2][0])} aangetrokken bij de Bank Nederlandse Gemeenten, met een looptijd van zeven jaar en
een verwachte rente van 3,1%. De kasgeldlimiet bedraagt 8,2% van het begrotingstotaal,
€ {nl(round(TOT_L[2] * 1000 * 0.082))}; de renterisiconorm van 20% wordt in alle jaren gerespecteerd.</p>
{ken}
<p>De netto schuldquote stijgt in 2026 door de nieuwe lening en daalt daarna door de jaarlijkse
aflossing. De solvabiliteit van een gemeenschappelijke regeling is van nature laag, omdat zij slechts
een beperkte algemene reserve mag aanhouden.</p>
<h3>Reserves</h3>
{res}
<p>De bestemmingsreserve implementatie heffingssysteem is in 2024 gevormd uit het rekeningresultaat en
is in 2025 voor € {nl(ONTTREKKING[1] * 1000)} ingezet.
De rest wordt in 2026 en 2027 volledig ingezet (€ {nl(ONTTREKKING[2] * 1000)} en € {nl(ONTTREKKING[3] * 1000)}).</p>
</section>"""


def page_besluit() -> str:
    return f"""
<section class="pb">
<h2>Besluit</h2>
<p>Het algemeen bestuur van de {BODY},</p>
<p>gelezen het voorstel van het dagelijks bestuur van 27 maart 2025;<br>
gelet op artikel 35 van de Wet gemeenschappelijke regelingen en de ingekomen zienswijzen van de
gemeenteraden van Brinkhoven, Zandelo en Molenhaeghe (Dorperzand en Waterschap Boezemvaart dienden geen
zienswijze in);</p>
<p>besluit:</p>
<ol>
<li>de begroting 2026 en de meerjarenraming 2027-2029 vast te stellen met totale lasten van
€ {nl(TOT_L[2] * 1000)} en een bijdrage van de deelnemers van € {nl(BIJDRAGEN[2] * 1000)};</li>
<li>de investeringen uit het investeringsplan 2026 tot een bedrag van € {nl(INV_TOT[0])} beschikbaar te
stellen;</li>
<li>in te stemmen met het aantrekken van een langlopende lening van € {nl(INVEST[0][2][0])}.</li>
</ol>
<p>Aldus vastgesteld in de openbare vergadering van 3 juli 2025.</p>
<p>De secretaris, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; De voorzitter,</p>
</section>"""


FOOT = '"Begroting 2026 — Belastingsamenwerking Zilverhorst   pagina " counter(page)'
CSS = BASE_CSS + f"""
@page {{ @bottom-left {{ content: {FOOT}; font-size: 7.5pt; color: #555; }} }}
@page wide {{ @bottom-left {{ content: {FOOT}; font-size: 7.5pt; color: #555; }} }}
@page :first {{ @bottom-left {{ content: none; }} }}
body {{ font-family: 'Liberation Serif', serif; font-size: 10.4pt; }}
h2, h3, caption {{ font-family: 'Liberation Sans', sans-serif; color: #1f3f66; }}
.cover {{ padding-top: 60mm; text-align: center; }}
.cover .org {{ font-size: 18pt; color: #1f3f66; margin: 0; font-family: 'Liberation Sans', sans-serif; }}
.cover .ct {{ font-size: 32pt; margin: 6mm 0 2mm 0; }}
.cover .sub {{ font-size: 14pt; text-align: center; }}
.cover .sub2 {{ font-size: 10pt; color: #555; margin-top: 50mm; text-align: center; }}
table {{ font-family: 'Liberation Sans', sans-serif; }}
table.kost th {{ background: #1f3f66; color: white; }}
table.kost thead tr + tr th {{ font-weight: normal; }}
table.kost td {{ border-bottom: 0.3pt solid #bbc; }}
table.small {{ width: 72%; }}
table.small td {{ border-bottom: 0.3pt solid #bbc; }}
table.small th {{ border-bottom: 1pt solid #1f3f66; }}
table.inv th {{ background: #dfe6ef; }}
table.inv td {{ border-bottom: 0.3pt solid #bbc; }}
table.risk {{ font-size: 8.4pt; }}
table.risk th {{ background: #dfe6ef; }}
table.risk td {{ border-bottom: 0.3pt solid #bbc; vertical-align: top; }}
table.risk td.r:nth-child(2) {{ text-align: left; white-space: normal; width: 40%; }}
table.risk th:nth-child(2) {{ text-align: left; }}
table.toc td {{ padding: 0.6mm 1mm; }}
"""


def build() -> str:
    parts = [page_cover(), page_intro(), page_baten_lasten(), page_meerjaren(), page_bijdragen(), page_invest(),
             page_weerstand(), page_financiering(), page_besluit()]
    return (f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Begroting 2026 {BODY}</title>"
            f"<style>{CSS}</style></head><body>{''.join(parts)}</body></html>")


def main() -> None:
    html_path = HERE / "zilverhorst_begroting_2026.html"
    pdf = CORPUS / "zilverhorst-begroting-2026.pdf"
    html_path.write_text(build(), encoding="utf-8")
    print_pdf(html_path, pdf)
    TOC_PAGES.update(find_pages(pdf, TOC))
    html_path.write_text(build(), encoding="utf-8")
    print_pdf(html_path, pdf)
    assert find_pages(pdf, TOC) == TOC_PAGES, TOC_PAGES
    print("lasten", TOT_L, "bijdragen", BIJDRAGEN, "eur2026", EUR_2026, "k", K_YEARS, "inv", INV_TOT, INV_ALL,
          "ratio", RATIO, "per woz", KOSTEN_PER_WOZ)


if __name__ == "__main__":
    main()
