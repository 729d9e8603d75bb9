# Builds source/harlebroek-jaarstukken-2024.html from data_harlebroek.py
import json
from data_harlebroek import *

def r(x):  # euros -> thousands, half up
    return (x + 500) // 1000 if x >= 0 else -((-x + 500) // 1000)

def nl(n, neg="minus", zero="0"):
    if n == 0:
        return zero
    s = f"{abs(n):,}".replace(",", ".")
    if n < 0:
        return {"minus": "-" + s, "paren": "(" + s + ")", "trail": s + "-"}[neg]
    return s

def dec(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")

def eur(n, neg="minus", zero="-"):
    if n == 0:
        return zero
    return "€ " + nl(n, neg)

def tot(p, k, i):
    return sum(v[i] for v in p[k].values() if v)

# ---- totals in thousands
P3k = {k: {n: tuple(r(x) for x in v) for n, v in P3[k].items()} for k in ("lasten", "baten")}
P3k["name"] = P3["name"]
PROGS = [("1", P1), ("2", P2), ("3", P3k), ("4", P4), ("5", P5)]

def grand(i, au):
    L = sum(tot(p, "lasten", i) for _, p in PROGS) + tot(ADM, "lasten", i) + OVH["lasten"][i] + VPB["lasten"][i]
    B = sum(tot(p, "baten", i) for _, p in PROGS) + sum(v[i] for v in ADM["baten"].values() if v) + OVH["baten"][i] + au
    return L, B

target = {0: 64, 1: -287}
AU = [0, 0, 0]
for i in (0, 1):
    L, B = grand(i, 0)
    AU[i] = L - B - RES_MUT["ontt"][i] + RES_MUT["toev"][i] + target[i]
AU[2] = AU[1] + 1518
ADM["baten"]["0.7 Algemene uitkering en overige uitkeringen gemeentefonds"] = tuple(AU)
TOT = {}
for i in range(3):
    L, B = grand(i, 0)
    B = B + 0  # AU now included in ADM
    L = sum(tot(p, "lasten", i) for _, p in PROGS) + tot(ADM, "lasten", i) + OVH["lasten"][i] + VPB["lasten"][i]
    B = sum(tot(p, "baten", i) for _, p in PROGS) + tot(ADM, "baten", i) + OVH["baten"][i]
    saldo = B - L
    res = saldo - RES_MUT["toev"][i] + RES_MUT["ontt"][i]
    TOT[i] = dict(L=L, B=B, saldo=saldo, res=res)
print("AU", AU)
print(json.dumps(TOT, indent=1))
RESULT = TOT[2]["res"]

# ---- reserves
RES_ROWS = []
for name, s, rb, t, o in RESERVES:
    RES_ROWS.append((name, s, rb, t, o, s + rb + t - o))
AR_END = RES_ROWS[0][5]
BR_START = sum(x[1] for x in RES_ROWS[1:])
BR_END = sum(x[5] for x in RES_ROWS[1:])
assert sum(x[3] for x in RES_ROWS) == RES_MUT["toev"][2] * 1000
assert abs(sum(x[4] for x in RES_ROWS) - RES_MUT["ontt"][2] * 1000) < 500

# ---- balance (x 1.000)
BAL_A = [
    ("Vaste activa", None, None, "h"),
    ("Immateriële vaste activa", 412, 468, "r"),
    ("Materiële vaste activa", None, None, "s"),
    ("- investeringen met een economisch nut", 71884, 69215, "r"),
    ("- investeringen met een economisch nut, waarvoor ter bestrijding van de kosten een heffing kan worden geheven", 24306, 23118, "r"),
    ("- investeringen in de openbare ruimte met uitsluitend een maatschappelijk nut", 18912, 17640, "r"),
    ("Financiële vaste activa", None, None, "s"),
    ("- kapitaalverstrekkingen aan deelnemingen", 1236, 1236, "r"),
    ("- leningen aan woningbouwcorporaties", 3480, 3720, "r"),
    ("- overige langlopende leningen", 1514, 1602, "r"),
]
VA = [sum(x[1] for x in BAL_A if x[3] == "r"), sum(x[2] for x in BAL_A if x[3] == "r")]
BAL_A += [("Totaal vaste activa", VA[0], VA[1], "t"), ("Vlottende activa", None, None, "h"),
          ("Voorraden: bouwgronden in exploitatie", 8740, 9912, "r2"),
          ("Uitzettingen met een rentetypische looptijd korter dan één jaar", None, None, "s"),
          ("- vorderingen op openbare lichamen", 9318, 8447, "r2"),
          ("- overige vorderingen", 2106, 2512, "r2"),
          ("Liquide middelen", 318, 264, "r2"),
          ("Overlopende activa", 4227, 3906, "r2")]
VLA = [sum(x[1] for x in BAL_A if x[3] == "r2"), sum(x[2] for x in BAL_A if x[3] == "r2")]
TA = [VA[0] + VLA[0], VA[1] + VLA[1]]
BAL_A += [("Totaal vlottende activa", VLA[0], VLA[1], "t"), ("Totaal activa", TA[0], TA[1], "T")]

EV = [r(AR_END) + r(BR_END) + RESULT, r(RESERVES[0][1]) + r(BR_START) + 1318]
VOORZ = [6842, 6515]
VS = [[88400, 48], [84250, 51]]
OVP = [9614, 8902]
VAP = [EV[0] + VOORZ[0] + sum(VS[0]), EV[1] + VOORZ[1] + sum(VS[1])]
NVS = [TA[0] - VAP[0] - OVP[0], TA[1] - VAP[1] - OVP[1]]
BAL_P = [
    ("Vaste passiva", None, None, "h"),
    ("Eigen vermogen", None, None, "s"),
    ("- algemene reserve", r(AR_END), r(RESERVES[0][1]), "r"),
    ("- bestemmingsreserves", r(BR_END), r(BR_START), "r"),
    ("- gerealiseerd resultaat", RESULT, 1318, "r"),
    ("Totaal eigen vermogen", EV[0], EV[1], "st"),
    ("Voorzieningen", VOORZ[0], VOORZ[1], "r"),
    ("Vaste schulden met een rentetypische looptijd van één jaar of langer", None, None, "s"),
    ("- onderhandse leningen van binnenlandse banken en overige financiële instellingen", VS[0][0], VS[1][0], "r"),
    ("- waarborgsommen", VS[0][1], VS[1][1], "r"),
    ("Totaal vaste passiva", VAP[0], VAP[1], "t"),
    ("Vlottende passiva", None, None, "h"),
    ("Netto-vlottende schulden met een rentetypische looptijd korter dan één jaar", NVS[0], NVS[1], "r"),
    ("Overlopende passiva", OVP[0], OVP[1], "r"),
    ("Totaal vlottende passiva", NVS[0] + OVP[0], NVS[1] + OVP[1], "t"),
    ("Totaal passiva", TA[0], TA[1], "T"),
]
assert r(RESERVES[0][1]) + r(BR_START) == 12486 + 15504
SOLV = [EV[0] / TA[0] * 100, EV[1] / TA[1] * 100]
NSQ = (sum(VS[0]) + NVS[0] + OVP[0] - (9318 + 2106) - 318 - 4227) / TOT[2]["B"] * 100
NSQC = (sum(VS[0]) + NVS[0] + OVP[0] - (3480 + 1514) - (9318 + 2106) - 318 - 4227) / TOT[2]["B"] * 100
GRONDK = 8740 / TOT[2]["B"] * 100
print("EV", EV, "TA", TA, "NVS", NVS, "solv", SOLV, "nsq", NSQ, NSQC, "grond", GRONDK)

# weerstandsvermogen (euros)
BELCAP = 1842000
WC_BESCH = AR_END + BELCAP
WC_BEN = 7120000
RATIO = WC_BESCH / WC_BEN
print("weerstand", WC_BESCH, RATIO)

# incidentele
INC_L = [("Extra inzet wachtlijstaanpak jeugdhulp", "3", 420), ("Transformatiefonds sociaal domein (dekking uit reserve)", "3", 650),
         ("Organisatie verkiezingen Europees Parlement", "1", 74), ("Renovatie sporthal De Wielewaal, niet-activeerbaar deel", "4", 186)]
INC_B = [("Afrekening algemene uitkering uitkeringsjaren 2022 en 2023", "ADM", 472), ("Terugbetaling wachtgelduitkering voormalig wethouder", "1", 49),
         ("Boekwinst verkoop perceel Molenweg 14", "5", 138), ("Onttrekking reserve sociaal domein", "3", 650)]
INC_LT = sum(x[2] for x in INC_L)
INC_BT = sum(x[2] for x in INC_B)
STRUCT = RESULT - (INC_BT - INC_LT)
print("incidenteel", INC_LT, INC_BT, "structureel", STRUCT)

# ---------------------------------------------------------------- HTML helpers
def vn(x):
    if x == 0:
        return "0"
    return nl(abs(x)) + (" V" if x > 0 else " N")

def prog_table_k(p, caption, scale, neg="minus", verschil="signed", detail=True):
    """programme table in thousands; verschil = signed or vn"""
    rows = []
    def vcell(v):
        return vn(v) if verschil == "vn" else nl(v, neg)
    for kind in ("lasten", "baten"):
        rows.append(f'<tr class="sub"><td colspan="5">{kind.capitalize()}</td></tr>')
        if detail:
            for n, v in p[kind].items():
                d = v[1] - v[2] if kind == "lasten" else v[2] - v[1]
                rows.append(f'<tr><td class="ind">{n}</td><td>{nl(v[0], zero="-")}</td><td>{nl(v[1], zero="-")}</td><td>{nl(v[2], zero="-")}</td><td>{vcell(d)}</td></tr>')
        t = [tot(p, kind, i) for i in range(3)]
        d = t[1] - t[2] if kind == "lasten" else t[2] - t[1]
        rows.append(f'<tr class="tot"><td>Totaal {kind}</td><td>{nl(t[0])}</td><td>{nl(t[1])}</td><td>{nl(t[2])}</td><td>{vcell(d)}</td></tr>')
    s = [tot(p, "baten", i) - tot(p, "lasten", i) for i in range(3)]
    rows.append(f'<tr class="saldo"><td>Saldo van baten en lasten</td><td>{nl(s[0], neg)}</td><td>{nl(s[1], neg)}</td><td>{nl(s[2], neg)}</td><td>{vcell(s[2]-s[1])}</td></tr>')
    return f'''<table class="fin"><caption>{caption}</caption>
<thead><tr><th class="l">{scale}</th><th>Begroting 2024<br>primitief</th><th>Begroting 2024<br>na wijziging</th><th>Realisatie<br>2024</th><th>Verschil</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>'''

def ind_table(rows, caption):
    body = "".join(f"<tr><td class='l'>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td class='l small'>{e}</td></tr>" for a, b, c, d, e in rows)
    return f'''<table class="ind"><caption>{caption}</caption><thead><tr><th class="l">Indicator</th><th>Realisatie<br>2023</th><th>Streefwaarde<br>2024</th><th>Realisatie<br>2024</th><th class="l">Bron</th></tr></thead><tbody>{body}</tbody></table>'''

def dv(p, kind, key, i=None):
    v = p[kind][key]
    return (v[1] - v[2]) if kind == "lasten" else (v[2] - v[1])

# ---------------------------------------------------------------- content
S = []
S.append(f'''
<section class="cover">
<div class="wapen">HB</div>
<p class="org">Gemeente Harlebroek</p>
<h1>Jaarstukken 2024</h1>
<p class="subtitle">Jaarverslag en jaarrekening</p>
<p class="meta">Aangeboden aan de gemeenteraad op 13 mei 2025<br>Behandeling in de raadsvergadering van 3 juli 2025<br>Raadsvoorstel nr. 2025-041</p>
</section>''')

S.append(f'''
<section class="pb">
<h2 class="noline">Inhoudsopgave</h2>
<table class="toc">
<tr><td>Voorwoord</td><td>2</td></tr>
<tr><td>1. Financieel resultaat op hoofdlijnen</td><td>3</td></tr>
<tr><td class="b">Deel A Jaarverslag</td><td></td></tr>
<tr><td>2. Programmaverantwoording</td><td>4</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Programma 1 Bestuur en Dienstverlening</td><td>4</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Programma 2 Veiligheid en Openbare Ruimte</td><td>5</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Programma 3 Sociaal Domein</td><td>6</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Programma 4 Onderwijs, Sport en Cultuur</td><td>7</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Programma 5 Ruimte, Wonen en Duurzaamheid</td><td>9</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;Algemene dekkingsmiddelen, overhead en onvoorzien</td><td>10</td></tr>
<tr><td>3. Paragrafen (lokale heffingen, weerstandsvermogen en kengetallen)</td><td>11</td></tr>
<tr><td class="b">Deel B Jaarrekening</td><td></td></tr>
<tr><td>4. Overzicht van baten en lasten</td><td>12</td></tr>
<tr><td>5. Incidentele baten en lasten en reserves</td><td>13</td></tr>
<tr><td>6. Balans per 31 december 2024</td><td>14</td></tr>
<tr><td>7. Overzicht baten en lasten per taakveld</td><td>15</td></tr>
</table>

<h2>Voorwoord</h2>
<p>Voor u liggen de jaarstukken 2024 van de gemeente Harlebroek. Hiermee leggen wij als college verantwoording af over het gevoerde beleid en de financiële uitvoering van de begroting 2024. Het jaar 2024 stond in het teken van de uitvoering van het coalitieakkoord "Samen verder in Harlebroek", de start van de bouw in Harlebroek-Oost fase 2 en een blijvend hoge druk op de jeugdzorg.</p>
<p>Financieel sluiten wij het jaar beter af dan bij de laatste begrotingswijziging werd verwacht. Na de najaarsnota gingen wij nog uit van een tekort van € 287.000; de jaarrekening laat een positief resultaat zien van € {nl(RESULT*1000)}. Dat resultaat is vooral te danken aan een hogere algemene uitkering uit het gemeentefonds en aan vertraging in de grondexploitatie. Daar staan forse overschrijdingen bij de jeugdhulp en de Wmo-begeleiding tegenover. Gecorrigeerd voor incidentele baten en lasten bedraagt het structurele resultaat € {nl(STRUCT*1000)}. De stijgende kosten in het sociaal domein blijven voor de komende jaren wel een punt van zorg.</p>
<p>Het aantal inwoners groeide in 2024 met 276 tot 31.688 op 1 januari 2025. Wij danken alle medewerkers, maatschappelijke partners en vrijwilligers die zich in 2024 voor Harlebroek hebben ingezet.</p>
<p class="sign">Het college van burgemeester en wethouders van Harlebroek,<br>de secretaris, mr. J.W. Dekkers-Oltmans &nbsp;&nbsp;&nbsp; de burgemeester, drs. H.A. van Luttikhuizen</p>
</section>''')

# ---- 1 financieel resultaat
def rrow(label, key, neg="minus", cls=""):
    v = [TOT[i][key] for i in range(3)]
    return f'<tr class="{cls}"><td class="l">{label}</td><td>{nl(v[0], neg)}</td><td>{nl(v[1], neg)}</td><td>{nl(v[2], neg)}</td></tr>'
S.append(f'''
<section class="pb">
<h2>1. Financieel resultaat op hoofdlijnen</h2>
<p>De jaarrekening 2024 sluit met een positief resultaat na bestemming van <b>€ {nl(RESULT*1000)}</b>. Het saldo van baten en lasten vóór mutaties in de reserves bedraagt € {nl(TOT[2]["saldo"]*1000)} positief. In de primitieve begroting 2024 was een klein overschot geraamd van € 64.000; na verwerking van de voorjaarsnota, de najaarsnota en de overige begrotingswijzigingen resteerde een geraamd tekort van € 287.000. Ten opzichte van de begroting na wijziging is het resultaat daarmee € {nl((RESULT+287)*1000)} voordeliger.</p>
<table class="fin narrow"><caption>Tabel 1.1 Resultaat 2024 (bedragen x € 1.000)</caption>
<thead><tr><th class="l"></th><th>Begroting 2024<br>primitief</th><th>Begroting 2024<br>na wijziging</th><th>Rekening<br>2024</th></tr></thead>
<tbody>
{rrow("Totaal lasten", "L")}
{rrow("Totaal baten", "B")}
{rrow("Saldo van baten en lasten", "saldo", cls="tot")}
<tr><td class="l">Toevoegingen aan reserves</td><td>{nl(RES_MUT["toev"][0])}</td><td>{nl(RES_MUT["toev"][1])}</td><td>{nl(RES_MUT["toev"][2])}</td></tr>
<tr><td class="l">Onttrekkingen aan reserves</td><td>{nl(RES_MUT["ontt"][0])}</td><td>{nl(RES_MUT["ontt"][1])}</td><td>{nl(RES_MUT["ontt"][2])}</td></tr>
{rrow("Gerealiseerd resultaat na bestemming", "res", cls="saldo")}
</tbody></table>
<p class="note">Een positief bedrag is een voordelig saldo, een negatief bedrag een nadelig saldo.</p>

<h3>Belangrijkste afwijkingen ten opzichte van de begroting na wijziging</h3>
<ul>
<li>Algemene uitkering: hogere uitkering door de decembercirculaire 2024 en de afrekening over eerdere jaren, samen een voordeel van € 1.518.000;</li>
<li>Grondexploitatie Harlebroek-Oost: lagere lasten en lagere opbrengsten door latere uitgifte van kavels, per saldo voordelig € 311.000;</li>
<li>Jeugdhulp (maatwerkdienstverlening 18-): een nadeel van € 1.124.000;</li>
<li>Wmo-begeleiding en beschermd wonen (maatwerkdienstverlening 18+): een nadeel van € 412.000;</li>
<li>Inkomensregelingen (BUIG): lagere uitgaven en hogere rijksbijdrage, per saldo € 483.000 voordelig;</li>
<li>Lagere onttrekkingen aan reserves doordat projecten later zijn gestart: nadeel € 338.000.</li>
</ul>

<h3>Voorstel resultaatbestemming</h3>
<p>Wij stellen de raad voor het resultaat van € {nl(RESULT*1000)} als volgt te bestemmen: € 400.000 toevoegen aan de reserve sociaal domein voor de voortzetting van de wachtlijstaanpak jeugdhulp in 2025, en het restant van € {nl((RESULT-400)*1000)} toevoegen aan de algemene reserve.</p>

<table class="kern"><caption>Kerngegevens Harlebroek</caption>
<thead><tr><th class="l"></th><th>1-1-2024</th><th>1-1-2025</th></tr></thead>
<tbody>
<tr><td class="l">Aantal inwoners</td><td>31.412</td><td>31.688</td></tr>
<tr><td class="l">waarvan jongeren tot 18 jaar</td><td>6.718</td><td>6.745</td></tr>
<tr><td class="l">waarvan 65 jaar en ouder</td><td>7.302</td><td>7.461</td></tr>
<tr><td class="l">Aantal huishoudens</td><td>13.871</td><td>13.996</td></tr>
<tr><td class="l">Aantal woningen</td><td>14.049</td><td>14.236</td></tr>
<tr><td class="l">Oppervlakte (ha)</td><td>6.412</td><td>6.412</td></tr>
</tbody></table>
</section>''')

# ---- Programma 1
p = P1
S.append(f'''
<section class="pb">
<div class="deel">Deel A &nbsp;Jaarverslag &mdash; 2. Programmaverantwoording</div>
<h2>Programma 1 &nbsp;Bestuur en Dienstverlening</h2>
<p class="portef">Portefeuillehouders: burgemeester Van Luttikhuizen (bestuur, burgerzaken), wethouder Baarsma (dienstverlening)</p>
<h3>Wat wilden we bereiken?</h3>
<p>Inwoners, ondernemers en organisaties kunnen rekenen op een open en betrouwbaar bestuur en op dienstverlening die snel, digitaal waar het kan en persoonlijk waar het moet is. Verzoeken om informatie handelen we tijdig af.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p>Het Klant Contact Centrum handelde in 2024 ruim 48.700 telefoongesprekken af; 81% daarvan werd direct door de eerste medewerker beantwoord. Door de piek in de vernieuwing van paspoorten en identiteitskaarten (tien jaar na de invoering van de langere geldigheid) verstrekten we 6.214 reisdocumenten, ruim 1.100 meer dan in 2023. Met extra avondopenstellingen op dinsdag en donderdag hielden we de wachttijd voor een afspraak onder de twee weken.</p>
<p>We ontvingen 57 verzoeken op grond van de Wet open overheid (Woo), tegen 44 in 2023. Het percentage dat binnen de wettelijke termijn is afgehandeld steeg van 61% naar 74%, maar bleef onder de streefwaarde. In juni organiseerden we de verkiezingen voor het Europees Parlement; de opkomst in Harlebroek was 47,9%.</p>
{ind_table([
 ("Waardering dienstverlening (rapportcijfer)", "7,3", "7,5", "7,6", "Waarstaatjegemeente.nl"),
 ("Telefoon direct beantwoord door eerste medewerker", "78%", "80%", "81%", "Eigen registratie"),
 ("Woo-verzoeken afgehandeld binnen wettelijke termijn", "61%", "80%", "74%", "Eigen registratie"),
 ("Formatie (fte per 1.000 inwoners)", "7,9", "8,0", "8,1", "Eigen begroting"),
], "Indicatoren programma 1")}
<h3>Wat heeft het gekost?</h3>
{prog_table_k(p, "Baten en lasten programma 1", "Bedragen x € 1.000", neg="minus", verschil="signed")}
<p class="note">Verschil: positief = voordeel, negatief = nadeel ten opzichte van de begroting na wijziging.</p>
<h3>Analyse van de afwijkingen</h3>
<p>Het programma sluit € {nl((tot(p,'baten',2)-tot(p,'lasten',2)-(tot(p,'baten',1)-tot(p,'lasten',1)))*1000)} voordeliger dan begroot. De lasten van taakveld Bestuur vallen € {nl(dv(p,'lasten','0.1 Bestuur')*1000)} lager uit, vooral doordat het budget voor onderzoeken van de rekenkamercommissie (€ 64.000) maar voor een klein deel is gebruikt; het onderzoek naar de uitvoering van de Wmo loopt door in 2025. Bij Bestuur is daarnaast € 49.000 meer ontvangen door de terugbetaling van een wachtgelduitkering van een voormalig wethouder (incidenteel). De leges reisdocumenten en rijbewijzen brachten € {nl(dv(p,'baten','0.2 Burgerzaken')*1000)} meer op dan geraamd.</p>
</section>''')

# ---- Programma 2
p = P2
L2 = [tot(p, 'lasten', i) for i in range(3)]
S.append(f'''
<section class="flow">
<h2>Programma 2 &nbsp;Veiligheid en Openbare Ruimte</h2>
<p class="portef">Portefeuillehouders: burgemeester Van Luttikhuizen (veiligheid), wethouder Ter Horst (openbare ruimte, afval en riolering)</p>
<h3>Wat wilden we bereiken?</h3>
<p>Harlebroek is een veilige gemeente met een schone, hele en bereikbare openbare ruimte. We verminderen de hoeveelheid restafval en bereiden het rioolstelsel voor op hevigere buien.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<ul>
<li>Samen met politie en woningcorporatie Thuisborg voerden we de aanpak woninginbraak uit in de wijken Molenkamp en De Wielewaal. Het aantal woninginbraken daalde naar 1,8 per 1.000 woningen.</li>
<li>We vervingen 640 lichtmasten door ledverlichting; daarmee is 71% van de openbare verlichting overgezet op led.</li>
<li>Er is 1,8 kilometer riolering vervangen of gerelined en in de Beatrixstraat is een waterberging van 900 m³ aangelegd.</li>
<li>Via de BuitenBeter-app en het klantcontactcentrum kwamen 4.215 meldingen openbare ruimte binnen, ruim 340 meer dan in 2023. 92% werd binnen de afgesproken termijn afgehandeld.</li>
<li>Na de invoering van diftar per 1 januari 2024 nam de hoeveelheid restafval af tot 137 kilo per inwoner; de doelstelling van 130 kilo is nog niet gehaald.</li>
</ul>
{ind_table([
 ("Woninginbraken per 1.000 woningen", "2,4", "2,0", "1,8", "Politie / CBS"),
 ("Restafval (kg per inwoner)", "148", "130", "137", "Afvalverwerker"),
 ("Gescheiden ingezameld huishoudelijk afval", "68%", "72%", "71%", "Afvalverwerker"),
 ("Verkeersongevallen met letsel (aantal)", "41", "-", "36", "Politie"),
 ("Meldingen openbare ruimte afgehandeld binnen termijn", "89%", "90%", "92%", "Eigen registratie"),
], "Indicatoren programma 2")}
<h3>Wat heeft het gekost?</h3>
<table class="fin"><caption>Overzicht baten en lasten programma 2 (x € 1.000)</caption>
<thead><tr><th class="l"></th><th>Begroting 2024<br>primitief</th><th>Begroting 2024<br>na wijziging</th><th>Realisatie<br>2024</th><th>Verschil<br>V/N</th></tr></thead>
<tbody>
<tr><td class="l">Lasten</td><td>{nl(L2[0])}</td><td>{nl(L2[1])}</td><td>{nl(L2[2])}</td><td>{vn(L2[1]-L2[2])}</td></tr>
<tr><td class="l">Baten</td><td>{nl(tot(p,'baten',0))}</td><td>{nl(tot(p,'baten',1))}</td><td>{nl(tot(p,'baten',2))}</td><td>{vn(tot(p,'baten',2)-tot(p,'baten',1))}</td></tr>
<tr class="saldo"><td class="l">Saldo</td><td>{nl(tot(p,'baten',0)-L2[0])}</td><td>{nl(tot(p,'baten',1)-L2[1])}</td><td>{nl(tot(p,'baten',2)-L2[2])}</td><td>{vn((tot(p,'baten',2)-L2[2])-(tot(p,'baten',1)-L2[1]))}</td></tr>
</tbody></table>
<p class="note">De verdeling over de taakvelden staat in hoofdstuk 7 van de jaarrekening.</p>
<h3>Analyse van de afwijkingen</h3>
<p>Per saldo is het programma € 250.000 nadelig ten opzichte van de begroting na wijziging. De grootste afwijking zit bij verkeer en vervoer: de lasten zijn € {nl(-dv(p,'lasten','2.1 Verkeer en vervoer')*1000)} hoger dan begroot door spoedreparaties aan de Zuidelijke Randweg na de vorstperiode in januari en door hogere energiekosten van de openbare verlichting. Ook afval is duurder uitgevallen (€ {nl(-dv(p,'lasten','7.3 Afval')*1000)} nadelig) door hogere verwerkingstarieven voor restafval en een stijging van de verbrandingsbelasting. Daartegenover staan lagere kosten voor riolering (€ {nl(dv(p,'lasten','7.2 Riolering')*1000)} voordelig), omdat een deel van het rioleringsproject Dorpsstraat naar 2025 is verschoven, en voor openbaar groen (€ {nl(dv(p,'lasten','5.7 Openbaar groen en (openlucht) recreatie')*1000)} voordelig). De overige lasten wijken per saldo € 4.000 voordelig af. De baten zijn € 100.000 hoger, onder meer door een hogere opbrengst van de afvalstoffenheffing (€ 29.000) en de rioolheffing (€ 19.000) als gevolg van nieuwe aansluitingen in Harlebroek-Oost.</p>
</section>''')

# ---- Programma 3 (euros)
p = P3
def p3rows(kind):
    out = []
    for n, v in p[kind].items():
        d = v[1] - v[2] if kind == "lasten" else v[2] - v[1]
        out.append(f'<tr><td class="l ind">{n}</td><td>{eur(v[0])}</td><td>{eur(v[1])}</td><td>{eur(v[2])}</td><td>{eur(abs(d))} {"V" if d>0 else "N"}</td></tr>')
    t = [tot(p, kind, i) for i in range(3)]
    d = t[1] - t[2] if kind == "lasten" else t[2] - t[1]
    out.append(f'<tr class="tot"><td class="l">Totaal {kind}</td><td>{eur(t[0])}</td><td>{eur(t[1])}</td><td>{eur(t[2])}</td><td>{eur(abs(d))} {"V" if d>0 else "N"}</td></tr>')
    return "".join(out)
s3 = [tot(p, "baten", i) - tot(p, "lasten", i) for i in range(3)]
d3 = s3[2] - s3[1]
S.append(f'''
<section class="pb">
<h2>Programma 3 &nbsp;Sociaal Domein</h2>
<p class="portef">Portefeuillehouders: wethouder Baarsma (jeugd, Wmo, gezondheid), wethouder El Khatib (werk en inkomen, armoede)</p>
<h3>Wat wilden we bereiken?</h3>
<p>Iedere inwoner van Harlebroek kan meedoen. Wie dat (tijdelijk) niet op eigen kracht kan, krijgt passende en betaalbare ondersteuning, zo dicht mogelijk bij huis. We willen het beroep op zware en dure zorg verminderen door eerder en lichter te helpen, en zo veel mogelijk inwoners aan het werk helpen.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p><b>Jeugd.</b> De vraag naar jeugdhulp bleef in 2024 hoog. Het aandeel jongeren met jeugdhulp steeg tot 13,1%, terwijl we uitgingen van 11,5%. De wachtlijstaanpak leverde resultaat op: eind 2024 wachtten nog 38 kinderen op een intake, tegen 112 aan het begin van het jaar. Met vier praktijkondersteuners jeugd bij de huisartsen (POH-jeugd) werden 426 kinderen en gezinnen geholpen zonder doorverwijzing naar specialistische hulp.</p>
<p><b>Wmo.</b> Het aantal inwoners met een maatwerkvoorziening Wmo nam verder toe, vooral bij begeleiding en hulp bij het huishouden. Het abonnementstarief (€ 21,80 per maand) maakt de Wmo aantrekkelijker voor inwoners met een middeninkomen. De wijkteams voerden 1.964 keukentafelgesprekken.</p>
<p><b>Werk en inkomen.</b> Het aantal huishoudens met een bijstandsuitkering daalde van 498 naar 471. Via het Werkplein Harlebroek vonden 83 inwoners betaald werk. Ruim 1.300 huishoudens maakten gebruik van de Harlebroekpas voor minima, en 187 inwoners meldden zich aan voor schuldhulpverlening.</p>
{ind_table([
 ("Jongeren met jeugdhulp (% van jongeren tot 18 jaar)", "12,4%", "11,5%", "13,1%", "CBS / Waarstaatjegemeente"),
 ("Bijstandsuitkeringen per 10.000 inwoners van 18 jaar en ouder", "231", "225", "219", "CBS"),
 ("Cliënten met een maatwerkarrangement Wmo per 10.000 inwoners", "612", "-", "648", "CBS"),
 ("Inwoners uitgestroomd naar betaald werk (aantal)", "71", "80", "83", "Eigen registratie"),
], "Indicatoren programma 3")}
<h3>Wat heeft het gekost?</h3>
<table class="fin euro"><caption>Baten en lasten programma 3 Sociaal Domein (bedragen in €)</caption>
<thead><tr><th class="l">Taakveld</th><th>Begroting 2024<br>primitief</th><th>Begroting 2024<br>na wijziging</th><th>Realisatie<br>2024</th><th>Verschil</th></tr></thead>
<tbody>
<tr class="sub"><td colspan="5">Lasten</td></tr>
{p3rows("lasten")}
<tr class="sub"><td colspan="5">Baten</td></tr>
{p3rows("baten")}
<tr class="saldo"><td class="l">Saldo programma 3</td><td>{eur(s3[0])}</td><td>{eur(s3[1])}</td><td>{eur(s3[2])}</td><td>{eur(abs(d3))} {"V" if d3>0 else "N"}</td></tr>
</tbody></table>
<h3>Analyse van de afwijkingen</h3>
<p>Het saldo van programma 3 is € {nl(abs(d3))} nadeliger dan in de begroting na wijziging was geraamd. Dat verschil wordt vooral veroorzaakt door:</p>
<ul>
<li><b>Jeugdhulp (taakveld 6.72):</b> de uitgaven voor maatwerkdienstverlening aan jeugdigen kwamen € 1,12 miljoen hoger uit dan begroot. Het aantal trajecten jeugdhulp met verblijf nam toe van 61 naar 74 en de gemiddelde duur van ambulante trajecten werd langer. Ook de extra inzet op de wachtlijsten (€ 420.000) is hier verantwoord.</li>
<li><b>Wmo-begeleiding en hulp bij het huishouden (taakveld 6.71):</b> een nadeel van € 412.000 door meer cliënten en de indexatie van de tarieven van zorgaanbieders met 6,2%.</li>
<li><b>Maatwerkvoorzieningen (taakveld 6.6):</b> hogere kosten voor woningaanpassingen en scootmobielen, nadeel € 102.000.</li>
<li><b>Inkomensregelingen (taakveld 6.3):</b> door de daling van het aantal uitkeringen waren de lasten € 218.000 lager dan begroot, terwijl de definitieve BUIG-beschikking € 265.000 hoger uitviel. Per saldo een voordeel van € 483.000.</li>
<li><b>Arbeidsparticipatie (taakveld 6.5):</b> minder trajecten ingekocht dan verwacht, voordeel € 131.000.</li>
</ul>
<p>De overige afwijkingen binnen het programma zijn per saldo € {nl(d3 + 1124013 + 411970 + 101988 - 217774 - 265212 - 130560)} voordelig.</p>
</section>''')
OVERIG3 = d3 + 1124013 + 411970 + 101988 - 217774 - 265212 - 130560
print("P3 saldo diff", d3, "overig", OVERIG3)

# ---- Programma 4 (parentheses negatives)
p = P4
S.append(f'''
<section class="flow">
<h2>Programma 4 &nbsp;Onderwijs, Sport en Cultuur</h2>
<p class="portef">Portefeuillehouder: wethouder Ter Horst</p>
<h3>Wat wilden we bereiken?</h3>
<p>Alle kinderen in Harlebroek gaan naar school in een gezond en goed onderhouden gebouw. Zoveel mogelijk inwoners sporten en bewegen, en cultuur is voor iedereen toegankelijk.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p>In november 2024 is de gerenoveerde sporthal De Wielewaal heropend. De totale investering bedroeg € 3,6 miljoen, waarvan € 186.000 niet kon worden geactiveerd en direct ten laste van de exploitatie is gebracht. Het Integraal Huisvestingsplan Onderwijs 2025-2040 is in september door de raad vastgesteld; de eerste nieuwbouw (IKC Harlebroek-Oost, 14 lokalen) staat gepland voor 2026. Via het jeugdsportfonds konden 214 kinderen lid worden van een sportclub. De bibliotheek ontving 94.300 bezoekers.</p>
{ind_table([
 ("Inwoners die wekelijks sporten", "50%", "53%", "52%", "Gezondheidsmonitor GGD"),
 ("Voortijdig schoolverlaters zonder startkwalificatie", "1,7%", "1,5%", "1,6%", "DUO / Ingrado"),
 ("Absoluut verzuim (per 1.000 leerlingen)", "2,1", "1,5", "1,3", "Leerplicht"),
 ("Bezoekers bibliotheek (aantal)", "88.900", "90.000", "94.300", "Bibliotheek Harlebroek"),
], "Indicatoren programma 4")}
<h3>Wat heeft het gekost?</h3>
{prog_table_k(p, "Lasten en baten programma 4", "(bedragen in duizenden euro's)", neg="paren", verschil="signed")}
<p class="note">Negatieve bedragen staan tussen haakjes. Verschil: voordeel positief, nadeel tussen haakjes.</p>
<h3>Analyse van de afwijkingen</h3>
<p>De lasten van de sportaccommodaties zijn € {nl(-dv(p,'lasten','5.2 Sportaccommodaties')*1000)} hoger dan begroot, vooral door het niet-activeerbare deel van de renovatie van sporthal De Wielewaal. Bij onderwijshuisvesting is € {nl(dv(p,'lasten','4.2 Onderwijshuisvesting')*1000)} minder uitgegeven omdat de tijdelijke huisvesting voor OBS De Meander later nodig is. Leerlingenvervoer (onderwijsbeleid en leerlingzaken) was € {nl(-dv(p,'lasten','4.3 Onderwijsbeleid en leerlingzaken')*1000)} duurder door nieuwe contracten met vervoerders.</p>
</section>''')

# ---- Programma 5
p = P5
S.append(f'''
<section class="pb">
<h2>Programma 5 &nbsp;Ruimte, Wonen en Duurzaamheid</h2>
<p class="portef">Portefeuillehouder: wethouder El Khatib (wonen, ruimtelijke ordening), wethouder Ter Horst (duurzaamheid)</p>
<h3>Wat wilden we bereiken?</h3>
<p>We bouwen voldoende betaalbare woningen voor jong en oud, zorgen voor een aantrekkelijke leefomgeving onder de Omgevingswet en werken aan een energieneutraal Harlebroek in 2045.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p>In 2024 zijn 187 nieuwbouwwoningen opgeleverd, waarvan 67 sociale huurwoningen (36%). De streefwaarde van 220 woningen is niet gehaald doordat de bouw van het appartementencomplex Havenkwartier (42 woningen) door netcongestie is uitgesteld. In Harlebroek-Oost fase 2 zijn 31 kavels verkocht; 9 kavels die voor 2024 waren gepland, worden in 2025 uitgegeven. Het aantal woningen met zonnepanelen steeg tot 5.870, dat is 41% van de woningvoorraad. Het Energieloket adviseerde ruim 900 huishoudens en met de regeling Verduurzaming Koopwoningen zijn 312 woningen geïsoleerd.</p>
{ind_table([
 ("Opgeleverde nieuwbouwwoningen (aantal)", "143", "220", "187", "BAG"),
 ("Aandeel sociale huur in nieuwbouw", "34%", "30%", "36%", "Eigen registratie"),
 ("Omgevingsvergunningen binnen wettelijke termijn", "88%", "95%", "91%", "Omgevingsloket"),
 ("Woningen met zonnepanelen", "37%", "40%", "41%", "Klimaatmonitor"),
], "Indicatoren programma 5")}
<h3>Wat heeft het gekost?</h3>
{prog_table_k(p, "Baten en lasten programma 5", "x €1.000", neg="paren", verschil="vn")}
<h3>Analyse van de afwijkingen</h3>
<p>De afwijkingen in dit programma worden vooral veroorzaakt door de grondexploitatie Harlebroek-Oost. Doordat 9 kavels later worden uitgegeven, zijn zowel de lasten (€ {nl(dv(p,'lasten','8.2 Grondexploitatie (niet bedrijventerreinen)')*1000)} lager) als de opbrengsten (€ {nl(-dv(p,'baten','8.2 Grondexploitatie (niet bedrijventerreinen)')*1000)} lager) achtergebleven bij de begroting; per saldo is dat € 311.000 voordelig. Bij milieubeheer is de regeling Verduurzaming Koopwoningen voor een deel doorgeschoven naar 2025 (€ {nl(dv(p,'lasten','7.4 Milieubeheer')*1000)} lagere lasten). De bouwleges waren € {nl(dv(p,'baten','8.3 Wonen en bouwen')*1000)} hoger dan geraamd door enkele grote aanvragen in het Havenkwartier.</p>
</section>''')

# ---- ADM, overhead, onvoorzien
a = ADM["baten"]; al = ADM["lasten"]
def arow(label, v, kind="baten"):
    d = (v[2] - v[1]) if kind == "baten" else (v[1] - v[2])
    return f'<tr><td class="l">{label}</td><td>{nl(v[1], zero="-")}</td><td>{nl(v[2], zero="-")}</td><td>{nl(d, "trail", zero="-")}</td></tr>'
ADM_B1 = tot(ADM, "baten", 1); ADM_B2 = tot(ADM, "baten", 2)
S.append(f'''
<section class="flow">
<h2>Algemene dekkingsmiddelen, overhead en onvoorzien</h2>
<p>De algemene dekkingsmiddelen zijn de inkomsten waarvan de besteding niet vastligt, zoals de algemene uitkering uit het gemeentefonds, de onroerendezaakbelasting (OZB) en het dividend van deelnemingen. In het overzicht hieronder staan de begroting na wijziging en de realisatie naast elkaar.</p>
<table class="fin narrow"><caption>Algemene dekkingsmiddelen 2024 &mdash; bedragen x € 1.000</caption>
<thead><tr><th class="l"></th><th>Begroting na<br>wijziging</th><th>Rekening<br>2024</th><th>Verschil<br>(nadeel = -)</th></tr></thead>
<tbody>
<tr class="sub"><td colspan="4">Baten</td></tr>
{arow("OZB woningen", a["0.61 OZB woningen"])}
{arow("OZB niet-woningen", a["0.62 OZB niet-woningen"])}
{arow("Overige belastingen (hondenbelasting, precario)", a["0.64 Belastingen overig"])}
{arow("Algemene uitkering gemeentefonds", a["0.7 Algemene uitkering en overige uitkeringen gemeentefonds"])}
{arow("Treasury (dividend en rente)", a["0.5 Treasury"])}
{arow("Overige baten", a["0.8 Overige baten en lasten"])}
<tr class="tot"><td class="l">Totaal baten algemene dekkingsmiddelen</td><td>{nl(ADM_B1)}</td><td>{nl(ADM_B2)}</td><td>{nl(ADM_B2-ADM_B1, "trail")}</td></tr>
<tr class="sub"><td colspan="4">Lasten</td></tr>
{arow("Treasury (rentelasten en kosten)", al["0.5 Treasury"], "lasten")}
{arow("Perceptiekosten OZB", al["0.61 OZB woningen"], "lasten")}
{arow("Stelposten en onvoorzien", al["0.8 Overige baten en lasten"], "lasten")}
<tr class="tot"><td class="l">Totaal lasten algemene dekkingsmiddelen</td><td>{nl(tot(ADM,'lasten',1))}</td><td>{nl(tot(ADM,'lasten',2))}</td><td>{nl(tot(ADM,'lasten',1)-tot(ADM,'lasten',2), "trail")}</td></tr>
<tr class="sub"><td colspan="4">Overhead en vennootschapsbelasting</td></tr>
<tr><td class="l">Lasten overhead</td><td>{nl(OVH["lasten"][1])}</td><td>{nl(OVH["lasten"][2])}</td><td>{nl(OVH["lasten"][1]-OVH["lasten"][2], "trail")}</td></tr>
<tr><td class="l">Baten overhead</td><td>{nl(OVH["baten"][1])}</td><td>{nl(OVH["baten"][2])}</td><td>{nl(OVH["baten"][2]-OVH["baten"][1], "trail")}</td></tr>
<tr><td class="l">Vennootschapsbelasting</td><td>{nl(VPB["lasten"][1])}</td><td>-</td><td>{nl(VPB["lasten"][1]-VPB["lasten"][2], "trail")}</td></tr>
</tbody></table>
<p class="note">Een nadelig verschil is weergegeven met een minteken achter het bedrag.</p>
<h3>Toelichting</h3>
<p>De <b>algemene uitkering</b> viel € 1.518.000 hoger uit dan begroot. Van dit voordeel komt € 1.046.000 uit de decembercirculaire 2024 (onder meer hogere accressen en een compensatie voor de loon- en prijsontwikkeling) en € 472.000 uit de afrekening van de uitkeringsjaren 2022 en 2023. De opbrengst van de <b>OZB niet-woningen</b> bleef € 27.000 achter door bezwaren en WOZ-waardeverminderingen bij twee grote bedrijfspanden. Het dividend van de BNG Bank en de regionale netbeheerder was samen € 22.000 hoger dan geraamd.</p>
<p>De post <b>onvoorzien</b> van € 100.000 in de primitieve begroting is bij de voorjaarsnota ingezet voor de tijdelijke opvang van Oekraïense ontheemden en is daarom in de begroting na wijziging niet meer opgenomen. De lasten van de <b>overhead</b> zijn € 126.000 lager dan begroot, vooral door vacatures bij de afdeling Informatievoorziening die niet (direct) zijn ingevuld. Over 2024 is geen vennootschapsbelasting verschuldigd.</p>
</section>''')

# ---- Paragrafen
S.append(f'''
<section class="pb">
<h2>3. Paragrafen</h2>
<h3>3.1 Lokale heffingen</h3>
<p>De tarieven voor 2024 zijn in december 2023 door de raad vastgesteld. De OZB-tarieven zijn verhoogd met het inflatiepercentage van 4,2%, gecorrigeerd voor de waardeontwikkeling van de WOZ. Voor een meerpersoonshuishouden met een woning van gemiddelde waarde (€ 312.000) bedroegen de woonlasten in 2024 € 860,34: € 284,54 OZB, € 236,80 rioolheffing en € 339,00 afvalstoffenheffing (vast deel). Dat is een stijging van 7,8% ten opzichte van 2023. Voor huishoudens met een laag inkomen is kwijtschelding mogelijk; in 2024 kregen 412 huishoudens (gedeeltelijke) kwijtschelding voor in totaal € 188.400.</p>
<table class="fin"><caption>Tarieven en opbrengsten lokale heffingen</caption>
<thead><tr><th class="l">Heffing</th><th>Tarief 2023</th><th>Tarief 2024</th><th>Opbrengst 2024<br>begroot</th><th>Opbrengst 2024<br>werkelijk</th></tr></thead>
<tbody>
<tr><td class="l">OZB woningen (eigenaren, % WOZ-waarde)</td><td>0,0874%</td><td>0,0912%</td><td>€ 6.412.000</td><td>€ 6.455.182</td></tr>
<tr><td class="l">OZB niet-woningen (eigenaren)</td><td>0,1688%</td><td>0,1745%</td><td rowspan="2">€ 3.106.000</td><td rowspan="2">€ 3.078.640</td></tr>
<tr><td class="l">OZB niet-woningen (gebruikers)</td><td>0,1362%</td><td>0,1409%</td></tr>
<tr><td class="l">Afvalstoffenheffing, vast deel meerpersoonshuishouden</td><td>€ 318,00</td><td>€ 339,00</td><td rowspan="2">€ 4.385.000</td><td rowspan="2">€ 4.412.950</td></tr>
<tr><td class="l">Afvalstoffenheffing, vast deel eenpersoonshuishouden</td><td>€ 246,00</td><td>€ 262,00</td></tr>
<tr><td class="l">Rioolheffing per aansluiting</td><td>€ 224,40</td><td>€ 236,80</td><td>€ 3.918.000</td><td>€ 3.936.415</td></tr>
<tr><td class="l">Hondenbelasting (eerste hond)</td><td>€ 64,20</td><td>€ 66,00</td><td>€ 152.000</td><td>€ 146.730</td></tr>
<tr><td class="l">Toeristenbelasting (per persoon per nacht)</td><td>€ 1,95</td><td>€ 2,10</td><td>€ 212.000</td><td>€ 229.880</td></tr>
</tbody></table>

<h3>3.2 Weerstandsvermogen en risicobeheersing</h3>
<p>Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder dat het beleid moet worden aangepast. Wij berekenen de benodigde weerstandscapaciteit met een risicosimulatie (zekerheidspercentage 90%).</p>
<table class="fin narrow"><caption>Weerstandsvermogen per 31 december 2024 (in €)</caption>
<tbody>
<tr><td class="l">Algemene reserve (vóór resultaatbestemming 2024)</td><td>{nl(AR_END)}</td></tr>
<tr><td class="l">Onbenutte belastingcapaciteit</td><td>{nl(BELCAP)}</td></tr>
<tr class="tot"><td class="l">Beschikbare weerstandscapaciteit</td><td>{nl(WC_BESCH)}</td></tr>
<tr><td class="l">Benodigde weerstandscapaciteit (risicosimulatie)</td><td>{nl(WC_BEN)}</td></tr>
<tr class="saldo"><td class="l">Ratio weerstandsvermogen</td><td>{dec(RATIO)}</td></tr>
</tbody></table>
<p>Met een ratio van {dec(RATIO)} is het weerstandsvermogen volgens de landelijke normering (waardering A bij een ratio van 2,0 of hoger) uitstekend. De grootste risico's zijn de open-einderegelingen in het sociaal domein (jeugdhulp en Wmo, samen € 2,9 miljoen in de risicosimulatie) en de grondexploitatie Harlebroek-Oost (€ 1,1 miljoen).</p>

<h3>3.3 Financiële kengetallen</h3>
<table class="fin"><caption>Kengetallen</caption>
<thead><tr><th class="l">Kengetal</th><th>Rekening<br>2023</th><th>Begroting<br>2024</th><th>Rekening<br>2024</th></tr></thead>
<tbody>
<tr><td class="l">1a. Netto schuldquote</td><td>93,8%</td><td>96,0%</td><td>{dec(NSQ)}%</td></tr>
<tr><td class="l">1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen</td><td>88,5%</td><td>91,1%</td><td>{dec(NSQC)}%</td></tr>
<tr><td class="l">2. Solvabiliteitsratio</td><td>{dec(SOLV[1])}%</td><td>19,8%</td><td>{dec(SOLV[0])}%</td></tr>
<tr><td class="l">3. Grondexploitatie</td><td>10,1%</td><td>8,2%</td><td>{dec(GRONDK)}%</td></tr>
<tr><td class="l">4. Structurele exploitatieruimte</td><td>0,4%</td><td>-0,3%</td><td>1,2%</td></tr>
<tr><td class="l">5. Belastingcapaciteit</td><td>98,6%</td><td>101,2%</td><td>100,4%</td></tr>
</tbody></table>
<p>De netto schuldquote is in 2024 gedaald, doordat de totale baten sterker stegen dan de schuld. Er is in 2024 voor € 8,0 miljoen aan nieuwe langlopende leningen aangetrokken en € 3,85 miljoen afgelost.</p>
</section>''')

# ---- Landscape: overzicht baten en lasten
def orow(label, L, B, cls=""):
    cells = ""
    for i in range(3):
        cells += f"<td>{nl(L[i], zero='-')}</td><td>{nl(B[i], zero='-')}</td><td>{nl(B[i]-L[i], zero='-')}</td>"
    d = (B[2] - L[2]) - (B[1] - L[1])
    return f'<tr class="{cls}"><td class="l">{label}</td>{cells}<td>{nl(d, zero="-")}</td></tr>'
orows = []
for num, p in PROGS:
    orows.append(orow(f"{num}. {p['name']}", [tot(p, 'lasten', i) for i in range(3)], [tot(p, 'baten', i) for i in range(3)]))
orows.append(orow("Algemene dekkingsmiddelen", [tot(ADM, 'lasten', i) for i in range(3)], [tot(ADM, 'baten', i) for i in range(3)]))
orows.append(orow("Overhead", list(OVH["lasten"]), list(OVH["baten"])))
orows.append(orow("Heffing vennootschapsbelasting", list(VPB["lasten"]), [0, 0, 0]))
orows.append(orow("Saldo van baten en lasten", [TOT[i]["L"] for i in range(3)], [TOT[i]["B"] for i in range(3)], "tot"))
orows.append(orow("Toevoegingen en onttrekkingen reserves", list(RES_MUT["toev"]), list(RES_MUT["ontt"])))
orows.append('<tr class="saldo"><td class="l">Gerealiseerd resultaat</td>' + ''.join(f'<td></td><td></td><td>{nl(TOT[i]["res"])}</td>' for i in range(3)) + f'<td>{nl(TOT[2]["res"]-TOT[1]["res"])}</td></tr>')
S.append(f'''
<section class="landscape">
<div class="deel">Deel B &nbsp;Jaarrekening</div>
<h2>4. Overzicht van baten en lasten in de jaarrekening 2024</h2>
<p>Conform artikel 17 BBV worden hieronder per programma de geraamde en gerealiseerde baten en lasten weergegeven, het overzicht van algemene dekkingsmiddelen, de overhead, de vennootschapsbelasting, het saldo van baten en lasten en de mutaties in de reserves.</p>
<table class="wide"><caption>Overzicht van baten en lasten 2024 (bedragen x € 1.000)</caption>
<thead>
<tr><th class="l" rowspan="2">Programma</th><th colspan="3" class="grp">Begroting 2024 primitief</th><th colspan="3" class="grp">Begroting 2024 na wijziging</th><th colspan="3" class="grp">Realisatie 2024</th><th rowspan="2">Verschil saldo<br>realisatie -<br>begroting na wijz.</th></tr>
<tr><th>Lasten</th><th>Baten</th><th>Saldo</th><th>Lasten</th><th>Baten</th><th>Saldo</th><th>Lasten</th><th>Baten</th><th>Saldo</th></tr>
</thead>
<tbody>{''.join(orows)}</tbody></table>
<p class="note">Saldo = baten minus lasten; een negatief saldo betekent dat de lasten hoger zijn dan de baten. Door afronding op duizenden euro's kunnen totalen afwijken van de optelling van de afzonderlijke bedragen in de programmahoofdstukken; programma 3 is daar in hele euro's gepresenteerd.</p>
<p>Het totaal van de lasten in 2024 bedraagt € {dec(TOT[2]["L"]/1000)} miljoen, tegen € {dec(TOT[1]["L"]/1000)} miljoen in de begroting na wijziging. Het gerealiseerde resultaat van € {nl(RESULT*1000)} wordt verklaard in hoofdstuk 1 en in de analyses per programma. Ten opzichte van de primitieve begroting zijn de lasten met € {dec((TOT[2]["L"]-TOT[0]["L"])/1000)} miljoen gestegen, waarvan € {dec((tot(P3k,'lasten',2)-tot(P3k,'lasten',0))/1000)} miljoen in het sociaal domein en € {dec((P5['lasten']['8.2 Grondexploitatie (niet bedrijventerreinen)'][2]-P5['lasten']['8.2 Grondexploitatie (niet bedrijventerreinen)'][0])/1000)} miljoen in de grondexploitatie.</p>
</section>''')

# ---- Incidentele + reserves
inc_l = "".join(f"<tr><td class='l'>{n}</td><td>{pr}</td><td>{nl(v)}</td></tr>" for n, pr, v in INC_L)
inc_b = "".join(f"<tr><td class='l'>{n}</td><td>{pr}</td><td>{nl(v)}</td></tr>" for n, pr, v in INC_B)
res_rows = "".join(f"<tr><td class='l'>{n}</td><td>{nl(s)}</td><td>{nl(rb, zero='')}</td><td>{nl(t, zero='')}</td><td>{nl(o, zero='')}</td><td>{nl(e)}</td></tr>" for n, s, rb, t, o, e in RES_ROWS)
RT = [sum(x[i] for x in RES_ROWS) for i in range(1, 6)]
S.append(f'''
<section class="pb">
<h2>5. Incidentele baten en lasten en reserves</h2>
<h3>5.1 Overzicht incidentele baten en lasten</h3>
<p>In onderstaand overzicht zijn de incidentele baten en lasten groter dan € 25.000 opgenomen. Het structurele resultaat is het gerealiseerde resultaat gecorrigeerd voor deze incidentele posten.</p>
<table class="fin narrow"><caption>Incidentele baten en lasten 2024 (x € 1.000)</caption>
<thead><tr><th class="l">Omschrijving</th><th>Programma</th><th>Realisatie 2024</th></tr></thead>
<tbody>
<tr class="sub"><td colspan="3">Incidentele lasten</td></tr>{inc_l}
<tr class="tot"><td class="l">Totaal incidentele lasten</td><td></td><td>{nl(INC_LT)}</td></tr>
<tr class="sub"><td colspan="3">Incidentele baten</td></tr>{inc_b}
<tr class="tot"><td class="l">Totaal incidentele baten</td><td></td><td>{nl(INC_BT)}</td></tr>
<tr><td class="l">Saldo incidentele baten en lasten</td><td></td><td>{nl(INC_BT-INC_LT)}</td></tr>
<tr><td class="l">Gerealiseerd resultaat</td><td></td><td>{nl(RESULT)}</td></tr>
<tr class="saldo"><td class="l">Structureel resultaat</td><td></td><td>{nl(STRUCT)}</td></tr>
</tbody></table>

<h3>5.2 Reserves</h3>
<p>De reserves zijn in 2024 per saldo toegenomen. Het resultaat over 2023 (€ 1.318.436) is conform het raadsbesluit van 4 juli 2024 volledig aan de algemene reserve toegevoegd. De onttrekking aan de algemene reserve van € 845.600 betreft de dekking van incidentele budgetten uit de voorjaarsnota 2024, waaronder de wachtlijstaanpak jeugdhulp en de tijdelijke opvang van ontheemden.</p>
<table class="fin res"><caption>Verloop van de reserves in 2024 (in €)</caption>
<thead><tr><th class="l">Reserve</th><th>Stand<br>1-1-2024</th><th>Bestemming<br>resultaat 2023</th><th>Toevoegingen</th><th>Onttrekkingen</th><th>Stand<br>31-12-2024</th></tr></thead>
<tbody>{res_rows}
<tr class="tot"><td class="l">Totaal reserves</td><td>{nl(RT[0])}</td><td>{nl(RT[1])}</td><td>{nl(RT[2])}</td><td>{nl(RT[3])}</td><td>{nl(RT[4])}</td></tr>
</tbody></table>
<p>De reserve dekking kapitaallasten wordt gebruikt om de afschrijvingslasten van de nieuwe sporthal De Wielewaal en de uitbreiding van het gemeentehuis af te dekken. De toevoeging van € 512.000 aan de reserve grondexploitaties betreft de tussentijdse winstneming op Harlebroek-Oost fase 1.</p>
</section>''')

# ---- Balans
def brow(label, a, b, t):
    if t == "h":
        return f'<tr class="bh"><td class="l" colspan="3">{label}</td></tr>'
    if t == "s":
        return f'<tr class="bs"><td class="l" colspan="3">{label}</td></tr>'
    cls = {"r": "", "r2": "", "t": "tot", "st": "sttot", "T": "saldo"}[t]
    ind = " ind" if label.startswith("-") else ""
    return f'<tr class="{cls}"><td class="l{ind}">{label}</td><td>{nl(a)}</td><td>{nl(b)}</td></tr>'
S.append(f'''
<section class="pb">
<h2>6. Balans per 31 december 2024</h2>
<table class="bal"><caption>Activa (x € 1.000)</caption>
<thead><tr><th class="l">ACTIVA</th><th>31-12-2024</th><th>31-12-2023</th></tr></thead>
<tbody>{''.join(brow(*x) for x in BAL_A)}</tbody></table>
<table class="bal"><caption>Passiva (x € 1.000)</caption>
<thead><tr><th class="l">PASSIVA</th><th>31-12-2024</th><th>31-12-2023</th></tr></thead>
<tbody>{''.join(brow(*x) for x in BAL_P)}</tbody></table>
<p class="note">Gewaarborgde geldleningen (buiten de balans): € 41,6 miljoen per 31-12-2024 (31-12-2023: € 43,2 miljoen), vrijwel volledig leningen van woningcorporaties met achtervang van het WSW.</p>
<p>De materiële vaste activa namen toe door investeringen van in totaal € 11,9 miljoen, onder meer in sporthal De Wielewaal, de vervanging van riolering en de openbare verlichting. De voorraad bouwgronden nam af door de kavelverkopen in Harlebroek-Oost. De voorzieningen bestaan uit de voorziening groot onderhoud gebouwen (€ 2.914.000), de egalisatievoorziening riolering (€ 2.608.000), de voorziening afval (€ 412.000) en de voorziening pensioenen voormalig wethouders (€ 908.000).</p>
</section>''')

# ---- Taakvelden table (long, breaks over page)
TV = {}  # name -> (W lasten, W baten, R lasten, R baten)
def addtv(name, L, B):
    w = TV.get(name, [0, 0, 0, 0])
    TV[name] = [w[0] + L[1], w[1] + B[1], w[2] + L[2], w[3] + B[2]]
for _, p in PROGS + [("", ADM)]:
    for n, v in p["lasten"].items():
        addtv(n, v, (0, 0, 0))
    for n, v in p["baten"].items():
        addtv(n, (0, 0, 0), v)
addtv("0.4 Overhead", OVH["lasten"], OVH["baten"])
addtv("0.9 Vennootschapsbelasting (Vpb)", VPB["lasten"], (0, 0, 0))
addtv("0.10 Mutaties reserves", RES_MUT["toev"], RES_MUT["ontt"])
resW = TOT[1]["res"]
TV["0.11 Resultaat van de rekening van baten en lasten"] = [0, -resW, RESULT, 0]  # W: tekort shown as baten? keep simple
order = sorted(TV, key=lambda n: (int(n.split()[0].split(".")[0]), (10 + int(n.split()[0].split(".")[1]) / 100) if n.split()[0] in ("0.10", "0.11") else float("0." + n.split()[0].split(".")[1])))
tvrows = "".join(f"<tr><td class='l'>{n}</td><td>{nl(v[0], zero='-')}</td><td>{nl(v[1], zero='-')}</td><td>{nl(v[2], zero='-')}</td><td>{nl(v[3], zero='-')}</td></tr>" for n, v in ((n, TV[n]) for n in order))
TVT = [sum(TV[n][i] for n in TV) for i in range(4)]
print("TV totals", TVT)
S.append(f'''
<section class="pb">
<h2>7. Overzicht baten en lasten per taakveld</h2>
<p>Op grond van artikel 3 van het BBV is de gemeente verplicht de baten en lasten ook per taakveld te presenteren. Deze gegevens worden onder meer gebruikt voor de Iv3-informatievoorziening aan het CBS. Het overzicht bevat de begroting na wijziging en de realisatie. Het geraamde tekort na wijziging (€ 287.000) is bij taakveld 0.11 als bate opgenomen, zodat de begroting in evenwicht is; het gerealiseerde resultaat staat bij de lasten.</p>
<table class="tv"><caption>Baten en lasten per taakveld 2024 (bedragen x € 1.000)</caption>
<thead><tr><th class="l" rowspan="2">Taakveld</th><th colspan="2" class="grp">Begroting 2024 na wijziging</th><th colspan="2" class="grp">Realisatie 2024</th></tr>
<tr><th>Lasten</th><th>Baten</th><th>Lasten</th><th>Baten</th></tr></thead>
<tbody>{tvrows}
<tr class="saldo"><td class="l">Totaal</td><td>{nl(TVT[0])}</td><td>{nl(TVT[1])}</td><td>{nl(TVT[2])}</td><td>{nl(TVT[3])}</td></tr>
</tbody></table>
<p class="note">Bron: financiële administratie gemeente Harlebroek, stand na verwerking van de accountantscontrole op 24 april 2025.</p>
</section>''')

CSS = open("style_harlebroek.css").read()
html = f'''<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Jaarstukken 2024 gemeente Harlebroek</title><style>{CSS}</style></head><body>{''.join(S)}</body></html>'''
open("harlebroek-jaarstukken-2024.html", "w").write(html)
json.dump({"TOT": TOT, "AU": AU, "RESULT": RESULT, "AR_END": AR_END, "BR_END": BR_END, "EV": EV, "TA": TA, "NVS": NVS,
           "SOLV": SOLV, "NSQ": NSQ, "NSQC": NSQC, "GRONDK": GRONDK, "WC": [WC_BESCH, WC_BEN, RATIO], "STRUCT": STRUCT,
           "TV": TV, "TVT": TVT, "OVERIG3": OVERIG3}, open("harlebroek_computed.json", "w"), indent=1, ensure_ascii=False)
