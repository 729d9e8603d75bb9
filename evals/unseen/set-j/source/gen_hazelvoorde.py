"""Generate the fictional 'Gemeente Hazelvoorde - Jaarstukken 2024' (HTML + PDF).

All amounts are in thousands of euros unless a table says otherwise. Totals, saldi, reserve
movements and the result are computed here and asserted, so the printed document adds up.
"""
from __future__ import annotations

from common import BASE_CSS, CORPUS, HERE, find_pages, nl, nld, print_pdf, table

BODY = "Hazelvoorde"
COLS = ("prim", "nw", "real")

# --- programmes: lasten / baten / toevoegingen / onttrekkingen (x EUR 1.000) ---------------
PROGRAMMES = {
    "1": {"name": "Bestuur en Veiligheid", "scale": "Bedragen x € 1.000",
          "L": (6842, 7105, 6918), "B": (412, 455, 507), "T": (0, 0, 0), "O": (0, 120, 96)},
    "2": {"name": "Sociaal Domein", "scale": "(x € 1.000)",
          "L": None, "B": (14520, 15880, 16347), "T": (0, 0, 0), "O": (600, 1450, 1180)},
    "3": {"name": "Openbare Ruimte en Mobiliteit", "scale": "bedragen in duizenden euro's",
          "L": (14905, 15632, 15380), "B": (2104, 2190, 2256), "T": (350, 350, 350), "O": (0, 420, 310)},
    "4": {"name": "Wonen, Economie en Duurzaamheid", "scale": "€ x 1.000",
          "L": (19870, 22416, 22036), "B": (15230, 16114, 16871), "T": (0, 1200, 1200), "O": (400, 1850, 1032)},
    "5": {"name": "Onderwijs, Sport en Cultuur", "scale": "x 1.000 euro",
          "L": (11240, 11688, 11502), "B": (1652, 1701, 1689), "T": (0, 0, 0), "O": (180, 240, 228)},
}
SOCIAAL = [  # lasten per onderdeel, programme 2
    ("Inkomensregelingen", (21480, 22310, 22046)),
    ("Begeleide participatie en arbeidsparticipatie", (8920, 9105, 9012)),
    ("Maatwerkvoorzieningen Wmo", (14860, 15240, 15198)),
    ("Jeugdhulp", (16150, 17420, 18531)),
    ("Toegang en samenkracht", (6900, 7170, 6195)),
]
PROGRAMMES["2"]["L"] = tuple(sum(v[i] for _, v in SOCIAAL) for i in range(3))
assert PROGRAMMES["2"]["L"] == (68310, 71245, 70982)

OVERHEAD = {"L": (15610, 16020, 15874), "B": (310, 320, 402), "T": (0, 0, 0), "O": (0, 310, 265)}
ONVOORZIEN = {"L": (150, 40, 0), "B": (0, 0, 0), "T": (0, 0, 0), "O": (0, 0, 0)}
ADM_L = (1020, 1060, 1094)
ADM_T = (500, 2800, 2800)
ADM_O = (0, 1500, 1500)
TARGET_RESULT = (38, -212, 2412)  # resultaat na bestemming per column


def saldo(d, i):
    return d["B"][i] - d["L"][i]


def result(d, i):
    return saldo(d, i) - d["T"][i] + d["O"][i]


# algemene dekkingsmiddelen baten: the residual that gives the target result per column
others = list(PROGRAMMES.values()) + [OVERHEAD, ONVOORZIEN]
ADM_B = tuple(
    TARGET_RESULT[i] - sum(result(d, i) for d in others) + ADM_L[i] + ADM_T[i] - ADM_O[i]
    for i in range(3)
)
ADM = {"L": ADM_L, "B": ADM_B, "T": ADM_T, "O": ADM_O}
ALL_ROWS = [(f"{k}. {p['name']}", p) for k, p in PROGRAMMES.items()] + [
    ("Algemene dekkingsmiddelen", ADM), ("Overhead", OVERHEAD), ("Onvoorzien", ONVOORZIEN)]
TOT = {key: tuple(sum(d[key][i] for _, d in ALL_ROWS) for i in range(3)) for key in "LBTO"}
for i in range(3):
    assert TOT["B"][i] - TOT["L"][i] - TOT["T"][i] + TOT["O"][i] == TARGET_RESULT[i]

# --- reserves (x EUR 1.000): stand 1-1, toevoegingen, onttrekkingen -------------------------
RESERVES = [
    ("Algemene reserve", 17340, 2800, 1500),
    ("Reserve sociaal domein", 4920, 0, 1180),
    ("Reserve onderhoud openbare ruimte", 2105, 350, 310),
    ("Reserve woningbouwimpuls", 1480, 1200, 612),
    ("Reserve energietransitie", 1260, 0, 420),
    ("Reserve kapitaallasten", 5830, 0, 228),
    ("Reserve ondermijning", 310, 0, 96),
    ("Reserve digitalisering", 890, 0, 265),
]
RES_T = sum(r[2] for r in RESERVES)
RES_O = sum(r[3] for r in RESERVES)
assert RES_T == TOT["T"][2] == 4350, RES_T
assert RES_O == TOT["O"][2] == 4611, RES_O
RES_BEGIN = sum(r[1] for r in RESERVES)
RES_END = sum(r[1] + r[2] - r[3] for r in RESERVES)
assert RES_BEGIN + RES_T - RES_O == RES_END
ALG_RES_END = RESERVES[0][1] + RESERVES[0][2] - RESERVES[0][3]
assert ALG_RES_END == 18640

# --- result and its proposed appropriation ----------------------------------------------------
RESULT = TARGET_RESULT[2]
RES_VOOR_BESTEMMING = TOT["B"][2] - TOT["L"][2]
BESTEMMING = [("Toevoeging aan de reserve sociaal domein (doorloop Toegang en samenkracht)", 850),
              ("Toevoeging aan de algemene reserve", RESULT - 850)]
assert sum(b for _, b in BESTEMMING) == RESULT

# --- weerstandsvermogen ----------------------------------------------------------------------
ONBENUT_BELCAP = 2935
BESCHIKBAAR = ALG_RES_END + ONBENUT_BELCAP
BENODIGD = 9380
RATIO = BESCHIKBAAR / BENODIGD
assert round(RATIO, 1) == 2.3

# --- bijstand (years as rows), euros ----------------------------------------------------------
BIJSTAND = [(2021, 688, 11402615), (2022, 651, 11138904), (2023, 633, 11587230), (2024, 617, 11943118)]

# --- heffingen -------------------------------------------------------------------------------
OZB_WON = 0.0871
WOZ_GEM = 348000
AFVAL_MEER = 318
RIOOL = 246
OZB_GEM = round(WOZ_GEM * OZB_WON / 100)
WOONLASTEN = OZB_GEM + AFVAL_MEER + RIOOL
assert (OZB_GEM, WOONLASTEN) == (303, 867)
OPBRENGST = [("OZB woningen", 5870, 5902), ("OZB niet-woningen", 3550, 3610),
             ("Afvalstoffenheffing", 5120, 5188), ("Rioolheffing", 4360, 4371),
             ("Toeristenbelasting", 210, 236)]
OPB_TOT = (sum(o[1] for o in OPBRENGST), sum(o[2] for o in OPBRENGST))


# ===================================== HTML =====================================================
def kost_table(p: dict, caption: str, scale: str) -> str:
    """The 'Wat heeft het gekost?' table with its header over two lines."""
    L, B, T, O = p["L"], p["B"], p["T"], p["O"]
    S = tuple(B[i] - L[i] for i in range(3))
    R = tuple(S[i] - T[i] + O[i] for i in range(3))
    rows_spec = [("Lasten", L, -1), ("Baten", B, 1), ("Saldo van baten en lasten", S, 1),
                 ("Toevoegingen aan reserves", T, -1), ("Onttrekkingen aan reserves", O, 1),
                 ("Resultaat", R, 1)]
    rows = []
    for label, v, sign in rows_spec:
        diff = sign * (v[2] - v[1])
        rows.append([label, nl(v[0]), nl(v[1]), nl(v[2]), nl(diff)])
    head = [[scale, "Begroting", "Begroting", "Realisatie", "Verschil"],
            ["", "primitief 2024", "na wijziging 2024", "2024", "2024"]]
    return table(caption, head, rows, cls="kost", bold_rows=(2, 5),
                 note="Verschil = realisatie ten opzichte van begroting na wijziging; "
                      "een positief verschil is voordelig, een negatief verschil nadelig.")


def ind_table(caption: str, rows: list[list]) -> str:
    head = [["Indicator", "Eenheid", "Realisatie 2023", "Streefwaarde 2024", "Realisatie 2024", "Bron"]]
    return table(caption, head, rows, cls="ind")


def page_cover() -> str:
    return f"""
<div class="cover">
<p class="org">Gemeente {BODY}</p>
<h1 class="ct">Jaarstukken 2024</h1>
<p class="sub">Jaarverslag en jaarrekening</p>
<p class="sub2">Aangeboden aan de raad op 20 mei 2025<br>Vastgesteld in de raadsvergadering van 3 juli 2025</p>
</div>"""


TOC = ["Voorwoord", "Overzicht van baten en lasten per programma", "Programma 1 Bestuur en Veiligheid",
       "Programma 2 Sociaal Domein", "Programma 3 Openbare Ruimte en Mobiliteit",
       "Programma 4 Wonen, Economie en Duurzaamheid", "Programma 5 Onderwijs, Sport en Cultuur",
       "Algemene dekkingsmiddelen en overhead", "Paragraaf lokale heffingen",
       "Paragraaf weerstandsvermogen en risicobeheersing", "Overzicht reserves", "Resultaatbestemming"]
TOC_PAGES: dict[str, int] = {}


def toc_html() -> str:
    rows = "".join(f"<tr><td>{t}</td><td class='r'>{TOC_PAGES.get(t, 0)}</td></tr>" for t in TOC)
    return f'<table class="toc"><tbody>{rows}</tbody></table>'


def page_voorwoord() -> str:
    ob = BESTEMMING
    return f"""
<h2 class="pb">Inhoud</h2>
{toc_html()}

<h2>Voorwoord</h2>
<p>Voor u liggen de jaarstukken 2024 van de gemeente {BODY}. Hiermee legt het college verantwoording af
over de uitvoering van de programmabegroting 2024 en de wijzigingen die de raad daarop in de loop van het
jaar heeft vastgesteld. Het jaar stond in het teken van de bouw van nieuwe woningen, de druk op de jeugdhulp
en de voorbereiding van de nieuwe aanbesteding van de Wmo-voorzieningen.</p>
<p>Financieel sluiten wij het jaar beter af dan verwacht. Na de laatste begrotingswijziging gingen wij uit
van een nadelig saldo van € {nl(abs(TARGET_RESULT[1]))}.000. Het resultaat na bestemming bedraagt
€ {nld(RESULT / 1000)} miljoen voordelig. Het voordeel komt vooral uit een hogere algemene uitkering uit het
gemeentefonds (decembercirculaire), lagere lasten voor toegang en samenkracht en lagere kapitaallasten
doordat investeringen later zijn gestart. Daartegenover staan hogere kosten voor jeugdhulp: deze vallen
€ {nld((SOCIAAL[3][1][2] - SOCIAAL[3][1][1]) / 1000)} miljoen hoger uit dan begroot.</p>
<p>Het college stelt voor het resultaat als volgt te bestemmen: € {nl(ob[0][1])}.000 voegen wij toe aan de
reserve sociaal domein en het restant van € {nl(ob[1][1])}.000 aan de algemene reserve. Zie de paragraaf
Resultaatbestemming.</p>
<p>De gemeente telde op 1 januari 2025 41.860 inwoners en 17.720 woningen.</p>
<p>Het college van burgemeester en wethouders van {BODY}</p>
"""


def page_overzicht() -> str:
    head = [["(€ '000)", ("Lasten", 3), ("Baten", 3), ("Saldo", 2), ""],
            ["Programma", "Begroting primitief", "Begroting na wijziging", "Realisatie",
             "Begroting primitief", "Begroting na wijziging", "Realisatie",
             "Begroting na wijziging", "Realisatie", "Verschil"]]
    rows = []

    def vn(x):
        return f"{nl(abs(x))} {'V' if x >= 0 else 'N'}" if x else "0"

    for label, d in ALL_ROWS:
        s_nw, s_re = saldo(d, 1), saldo(d, 2)
        rows.append([label, *(nl(x) for x in d["L"]), *(nl(x) for x in d["B"]), nl(s_nw), nl(s_re),
                     vn(s_re - s_nw)])
    S = tuple(TOT["B"][i] - TOT["L"][i] for i in range(3))
    rows.append(["Saldo van baten en lasten", *(nl(x) for x in TOT["L"]), *(nl(x) for x in TOT["B"]),
                 nl(S[1]), nl(S[2]), vn(S[2] - S[1])])
    rows.append(["Toevoegingen aan reserves", *(nl(x) for x in TOT["T"]), "", "", "", nl(-TOT["T"][1]),
                 nl(-TOT["T"][2]), vn(TOT["T"][1] - TOT["T"][2])])
    rows.append(["Onttrekkingen aan reserves", "", "", "", *(nl(x) for x in TOT["O"]), nl(TOT["O"][1]),
                 nl(TOT["O"][2]), vn(TOT["O"][2] - TOT["O"][1])])
    R = TARGET_RESULT
    rows.append(["Resultaat na bestemming", "", "", "", "", "", "", nl(R[1]), nl(R[2]), vn(R[2] - R[1])])
    n = len(ALL_ROWS)
    t = table("Tabel 1. Overzicht van baten en lasten in de jaarrekening 2024", head, rows, cls="ovz",
              bold_rows=(n, n + 3),
              note="V = voordelig, N = nadelig ten opzichte van de begroting na wijziging. "
                   "De primitieve begroting sloot met een voordelig saldo van € 38.000.")
    return f"""
<section class="wide pb">
<h2>Overzicht van baten en lasten per programma</h2>
<p>Het overzicht hieronder vat de jaarrekening samen. De saldi per programma staan na de begroting na
wijziging; het resultaat voor bestemming (saldo van baten en lasten) bedraagt
€ {nl(RES_VOOR_BESTEMMING)}.000.</p>
{t}
</section>"""


def page_p1() -> str:
    p = PROGRAMMES["1"]
    ind = ind_table("Beleidsindicatoren programma 1", [
        ["Verwijzingen Halt", "per 10.000 jongeren (12-17 jaar)", "104", "100", "96", "Bureau Halt"],
        ["Winkeldiefstallen", "per 1.000 inwoners", "1,6", "1,5", "1,3", "CBS"],
        ["Geweldsmisdrijven", "per 1.000 inwoners", "4,1", "4,0", "4,3", "CBS"],
        ["Opkomst verkiezingen Europees Parlement", "%", "-", "50,0", "48,7", "Verkiezingsuitslag"],
    ])
    return f"""
<section class="pb">
<h2>Programma 1 Bestuur en Veiligheid</h2>
<h3>Wat wilden we bereiken?</h3>
<p>Een bestuur dat dichtbij inwoners staat, een dienstverlening die snel en betrouwbaar is en een
gemeente waarin inwoners zich veilig voelen. Ondermijnende criminaliteit pakken we samen met politie en
het Openbaar Ministerie aan.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p>Het klantcontactcentrum handelde 38.412 klantcontacten af, waarvan 71% in het eerste contact. Burgerzaken
gaf 6.923 reisdocumenten en 3.104 rijbewijzen uit. In 2024 voerden wij 42 integrale controles uit op
bedrijventerreinen en sloot de burgemeester 3 panden op grond van de Opiumwet.</p>
<p>Uit de reserve ondermijning is € 96.000 ingezet voor de inzet van een extra ondermijningsadviseur.</p>
{ind}
<h3>Wat heeft het gekost?</h3>
{kost_table(p, "Programma 1 Bestuur en Veiligheid", p["scale"])}
<p>De lasten vallen € 187.000 lager uit dan begroot, vooral doordat de vacature van de
ondermijningsadviseur pas in april is ingevuld. De baten zijn € 52.000 hoger door meer leges reisdocumenten.</p>
</section>"""


def page_p2() -> str:
    p = PROGRAMMES["2"]
    bij_rows = [[str(j), nl(a), nl(u)] for j, a, u in BIJSTAND]
    bij = table("Tabel 2.3 Ontwikkeling bijstand (Participatiewet)",
                [["Jaar", "Aantal uitkeringen (stand 31-12)", "Uitgaven bijstand (in €)"]], bij_rows,
                cls="small")
    ind = ind_table("Tabel 2.1 Beleidsindicatoren Sociaal Domein", [
        ["Personen met een bijstandsuitkering", "per 10.000 inwoners van 18 jaar en ouder", "191", "185", "183", "CBS"],
        ["Jongeren met jeugdhulp", "% van alle jongeren tot 18 jaar", "11,4", "10,5", "12,1", "CBS"],
        ["Jongeren met jeugdbescherming", "% van alle jongeren tot 18 jaar", "1,0", "0,9", "0,8", "CBS"],
        ["Cliënten met een maatwerkarrangement Wmo", "per 10.000 inwoners", "642", "630", "628", "CBS"],
        ["Waardering ondersteuning Wmo", "rapportcijfer", "7,4", "7,5", "7,6", "Cliëntervaringsonderzoek"],
    ])
    head = [["Bedragen x € 1.000", "Begroting", "Begroting", "Realisatie", "Verschil"],
            ["Onderdeel", "primitief 2024", "na wijziging 2024", "2024", "2024"]]
    rows = [[n, nl(v[0]), nl(v[1]), nl(v[2]), nl(v[1] - v[2])] for n, v in SOCIAAL]
    L = p["L"]
    rows.append(["Totaal lasten", nl(L[0]), nl(L[1]), nl(L[2]), nl(L[1] - L[2])])
    onder = table("Tabel 2.4 Lasten per onderdeel Sociaal Domein", head, rows, cls="kost",
                  bold_rows=(len(SOCIAAL),), note="Verschil: positief = voordelig (lagere lasten dan begroot).")
    jh = SOCIAAL[3][1]
    return f"""
<section class="pb">
<h2>Programma 2 Sociaal Domein</h2>
<h3>Wat wilden we bereiken?</h3>
<p>Alle inwoners van {BODY} doen mee, naar vermogen. Wie het zelf niet redt, krijgt tijdig passende
ondersteuning: bij voorkeur dichtbij, in de wijk en in samenhang. Kinderen groeien gezond en veilig op.
Inwoners met een laag inkomen hebben genoeg om rond te komen en om mee te doen.</p>
<h4>Doelstellingen 2024</h4>
<p>Wij wilden het aantal bijstandsuitkeringen terugbrengen naar 185 per 10.000 volwassen inwoners, het
gebruik van jeugdhulp laten dalen naar 10,5% van de jongeren en de wachttijd voor een Wmo-melding
beperken tot zes weken.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<h4>Werk en inkomen</h4>
<p>In 2024 hebben wij 214 inwoners met een bijstandsuitkering begeleid naar betaald werk, van wie 58 met
loonkostensubsidie. Het aantal bijstandsuitkeringen daalde van 633 eind 2023 naar 617 eind 2024.
Toch stegen de uitgaven, door de hogere normbedragen per 1 januari en 1 juli.</p>
<p>In 2024 ontvingen 1.317 huishoudens bijzondere bijstand, tegen 1.208 huishoudens in 2023.
Via de Meedoenregeling konden 2.046 kinderen uit gezinnen met een laag inkomen sporten, zwemles volgen
of een muziekinstrument leren bespelen. De schuldhulpverlening nam 286 nieuwe aanvragen in behandeling;
de gemiddelde wachttijd tot een eerste gesprek was 9 werkdagen.</p>
{bij}
<h4>Wmo</h4>
<p>Het aantal inwoners met een maatwerkvoorziening Wmo bleef vrijwel gelijk. De gemiddelde
doorlooptijd van melding tot beschikking was 7,2 weken; het doel van zes weken is niet gehaald, vooral
door personeelstekort bij het Wmo-team. Er werden 2.631 indicaties voor hulp bij het huishouden afgegeven.</p>
<h4>Jeugd</h4>
<p>Het aantal jeugdigen met jeugdhulp steeg naar 1.092 (2023: 1.014). De gemiddelde kosten per
jeugdige met jeugdhulp stegen, vooral door meer verblijf in gezinshuizen en meer specialistische
ggz-trajecten. De praktijkondersteuners jeugd bij de huisartsen begeleidden 386 kinderen zelf, zonder
doorverwijzing naar specialistische hulp.</p>
{ind}
<h3>Wat heeft het gekost?</h3>
{kost_table(p, "Tabel 2.2 Financiën programma 2 Sociaal Domein", p["scale"])}
{onder}
<h4>Toelichting op de verschillen</h4>
<p><b>Jeugdhulp (nadeel € {nl(jh[2] - jh[1])}.000).</b> De lasten voor jeugdhulp vallen
€ {nld((jh[2] - jh[1]) / 1000)} miljoen hoger uit dan de begroting na wijziging. Oorzaken zijn meer
jeugdigen in verblijf, langere trajecten in de specialistische jeugd-ggz en de tariefstijging van de
regionale inkoop per 1 januari 2024.</p>
<p><b>Toegang en samenkracht (voordeel € {nl(SOCIAAL[4][1][1] - SOCIAAL[4][1][2])}.000).</b> Het
nieuwe wijkteam startte later dan gepland; vacatures zijn pas in het najaar ingevuld. Wij stellen voor
€ 850.000 hiervan via de resultaatbestemming aan de reserve sociaal domein toe te voegen.</p>
<p><b>Baten.</b> De baten zijn € {nl(p['B'][2] - p['B'][1])}.000 hoger dan begroot, vooral door een
hogere definitieve BUIG-uitkering en meer terugvorderingen bijstand.</p>
</section>"""


def page_p3() -> str:
    p = PROGRAMMES["3"]
    ind = ind_table("Indicatoren openbare ruimte", [
        ["Ziekenhuisopnamen na verkeersongeval met een motorvoertuig", "%", "3,1", "3,0", "2,9", "VeiligheidNL"],
        ["Waardering onderhoud openbare ruimte", "rapportcijfer", "6,8", "7,0", "6,9", "Inwonerspeiling"],
        ["Meldingen openbare ruimte afgehandeld binnen 5 werkdagen", "%", "81", "85", "84", "Eigen registratie"],
    ])
    return f"""
<section class="pb">
<h2>Programma 3 Openbare Ruimte en Mobiliteit</h2>
<h3>Wat wilden we bereiken?</h3>
<p>Een schone, hele en veilige openbare ruimte, die bijdraagt aan een gezonde leefomgeving en goed
bereikbaar is voor fietsers, voetgangers en het openbaar vervoer.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p>Wij hebben 11,4 kilometer weg groot onderhouden en de fietsroute tussen de kern en het station
verbreed. Er werden 486 nieuwe bomen geplant en 1.940 meldingen over de openbare ruimte afgehandeld.
Het project herinrichting Dorpsstraat is uitgesteld naar 2025; daardoor is € 110.000 minder aan de
reserve onderhoud openbare ruimte onttrokken dan begroot.</p>
{ind}
<h3>Wat heeft het gekost?</h3>
{kost_table(p, "Programma 3 Openbare Ruimte en Mobiliteit", p["scale"])}
<p>De lagere lasten (€ {nl(p['L'][1] - p['L'][2])}.000) komen vooral door het uitstel van de
Dorpsstraat en een zachte winter, waardoor de kosten van gladheidsbestrijding lager waren.</p>
</section>"""


def page_p4() -> str:
    p = PROGRAMMES["4"]
    ind = ind_table("Indicatoren Wonen, Economie en Duurzaamheid", [
        ["Nieuw gebouwde woningen", "aantal per 1.000 woningen", "8,2", "10,0", "7,4", "CBS/BAG"],
        ["Omvang huishoudelijk restafval", "kg per inwoner", "148", "140", "137", "CBS"],
        ["Hernieuwbare elektriciteit", "%", "18,3", "20,0", "21,6", "RWS"],
        ["Vestigingen (van bedrijven)", "per 1.000 inwoners van 15-74 jaar", "142,5", "145,0", "146,8", "LISA"],
    ])
    return f"""
<section class="pb">
<h2>Programma 4 Wonen, Economie en Duurzaamheid</h2>
<h3>Wat wilden we bereiken?</h3>
<p>Voldoende en betaalbare woningen voor alle doelgroepen, een sterke lokale economie en een
gemeente die in 2040 energieneutraal is. Afval en riolering zijn op orde tegen kostendekkende tarieven.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p>In 2024 werden 131 woningen opgeleverd, waarvan 58 sociale huurwoningen en 27 middenhuurwoningen.
Dat is minder dan de 180 woningen die wij voor 2024 hadden gepland: twee projecten liepen vertraging op
door stikstofonderzoek. Uit de reserve woningbouwimpuls is € 612.000 bijgedragen aan de onrendabele top
van sociale huurwoningen; de gemeenteraad voegde in juni € 1,2 miljoen aan die reserve toe.</p>
<p>Via het Energieloket hebben 1.126 huishoudens een energieadvies gekregen en zijn 412 woningen
geïsoleerd met subsidie uit de reserve energietransitie (€ 420.000). De hoeveelheid restafval daalde naar
137 kg per inwoner.</p>
{ind}
<h3>Wat heeft het gekost?</h3>
{kost_table(p, "Programma 4 Wonen, Economie en Duurzaamheid", p["scale"])}
<p>De lasten zijn € {nl(p['L'][1] - p['L'][2])}.000 lager dan begroot, vooral omdat bijdragen aan
woningbouwprojecten naar 2025 schuiven. Daardoor is ook minder aan de reserves onttrokken
(€ {nl(p['O'][2])}.000 in plaats van € {nl(p['O'][1])}.000).</p>
</section>"""


def page_p5() -> str:
    p = PROGRAMMES["5"]
    ind = ind_table("Indicatoren Onderwijs, Sport en Cultuur", [
        ["Absoluut verzuim", "per 1.000 leerlingen", "2,1", "2,0", "1,8", "DUO"],
        ["Voortijdig schoolverlaters zonder startkwalificatie", "% van deelnemers VO en MBO", "1,7", "1,6", "1,9", "DUO"],
        ["Niet-sporters", "% van inwoners van 19 jaar en ouder", "46,0", "45,0", "44,2", "Gezondheidsmonitor"],
    ])
    return f"""
<section class="pb">
<h2>Programma 5 Onderwijs, Sport en Cultuur</h2>
<h3>Wat wilden we bereiken?</h3>
<p>Goede en duurzame schoolgebouwen, kinderen die het onderwijs afmaken en inwoners die sporten en
meedoen aan cultuur.</p>
<h3>Wat hebben we daarvoor gedaan?</h3>
<p>De nieuwbouw van integraal kindcentrum De Hazelaar is in september 2024 opgeleverd; de kapitaallasten
worden gedekt uit de reserve kapitaallasten (€ 228.000 in 2024). De bibliotheek telde 9.480 leden. Het
leerlingenvervoer bracht dagelijks 164 leerlingen naar school. Er werden 38 sportverenigingen
ondersteund met de regeling sportstimulering.</p>
{ind}
<h3>Wat heeft het gekost?</h3>
{kost_table(p, "Programma 5 Onderwijs, Sport en Cultuur", p["scale"])}
</section>"""


def page_adm() -> str:
    head = [["Bedragen x € 1.000", "Begroting", "Begroting", "Realisatie", "Verschil"],
            ["", "primitief 2024", "na wijziging 2024", "2024", "2024"]]
    alg_uitk = (ADM_B[0] - 9420 - 780, ADM_B[1] - 9420 - 810, ADM_B[2] - 9512 - 902)
    rows_b = [("Algemene uitkering gemeentefonds", alg_uitk), ("Onroerendezaakbelastingen", (9420, 9420, 9512)),
              ("Overige algemene dekkingsmiddelen (dividend, rente, toeristenbelasting)", (780, 810, 902))]
    assert all(sum(v[i] for _, v in rows_b) == ADM_B[i] for i in range(3))
    rows = [[n, nl(v[0]), nl(v[1]), nl(v[2]), nl(v[2] - v[1])] for n, v in rows_b]
    rows.append(["Totaal baten algemene dekkingsmiddelen", *(nl(x) for x in ADM_B), nl(ADM_B[2] - ADM_B[1])])
    rows.append(["Lasten algemene dekkingsmiddelen", *(nl(x) for x in ADM_L), nl(ADM_L[1] - ADM_L[2])])
    t = table("Algemene dekkingsmiddelen", head, rows, cls="kost", bold_rows=(3,))
    assert alg_uitk[2] - alg_uitk[1] > 0
    return f"""
<section class="pb">
<h2>Algemene dekkingsmiddelen en overhead</h2>
<p>Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden, zoals de algemene
uitkering uit het gemeentefonds en de onroerendezaakbelastingen. De algemene uitkering viel
€ {nl(alg_uitk[2] - alg_uitk[1])}.000 hoger uit dan begroot, vooral door de decembercirculaire 2024.</p>
{t}
<h3>Overhead</h3>
<p>De kosten van overhead bedroegen in 2024 € {nl(OVERHEAD['L'][2])}.000 (begroting na wijziging
€ {nl(OVERHEAD['L'][1])}.000). Uit de reserve digitalisering is € 265.000 onttrokken voor de vervanging
van het zaaksysteem. Het aantal formatieplaatsen was op 31 december 2024 312,6 fte; de bezetting
296,4 fte. Het ziekteverzuim bedroeg 6,1%.</p>
<h3>Onvoorzien</h3>
<p>Van de post onvoorzien (€ 150.000) is in de loop van 2024 € 110.000 ingezet voor de opvang van
ontheemden; het restant van € 40.000 is niet gebruikt.</p>
</section>"""


def page_heffingen() -> str:
    tar = table("Tarieven 2024", [["Heffing", "Grondslag", "Tarief 2024"]], [
        ["OZB woningen, eigenaar", "% van de WOZ-waarde", nld(OZB_WON, 4) + "%"],
        ["OZB niet-woningen, eigenaar", "% van de WOZ-waarde", "0,1712%"],
        ["OZB niet-woningen, gebruiker", "% van de WOZ-waarde", "0,1398%"],
        ["Afvalstoffenheffing eenpersoonshuishouden", "per jaar", "€ 264,00"],
        ["Afvalstoffenheffing meerpersoonshuishouden", "per jaar", f"€ {AFVAL_MEER},00"],
        ["Rioolheffing", "per aansluiting per jaar", f"€ {RIOOL},00"],
        ["Toeristenbelasting", "per persoon per nacht", "€ 1,95"],
    ], cls="small")
    rows = [[n, nl(b), nl(r)] for n, b, r in OPBRENGST]
    rows.append(["Totaal", nl(OPB_TOT[0]), nl(OPB_TOT[1])])
    opb = table("Opbrengst lokale heffingen (bedragen x 1.000 euro)",
                [["Heffing", "Begroting na wijziging 2024", "Realisatie 2024"]], rows, cls="small",
                bold_rows=(len(OPBRENGST),))
    return f"""
<section class="pb">
<h2>Paragraaf lokale heffingen</h2>
<p>Deze paragraaf geeft inzicht in de lokale lasten die inwoners en bedrijven in 2024 betaalden. De
tarieven van de afvalstoffenheffing en de rioolheffing zijn kostendekkend: de kostendekkendheid bedroeg
98,6% voor afval en 100% voor riolering.</p>
{tar}
<p>Een meerpersoonshuishouden met een woning van gemiddelde WOZ-waarde (€ {nl(WOZ_GEM)}) betaalde in 2024
€ {nl(WOONLASTEN)} aan woonlasten: € {OZB_GEM} onroerendezaakbelasting, € {AFVAL_MEER}
afvalstoffenheffing en € {RIOOL} rioolheffing. In 2023 was dit € 829.</p>
{opb}
<p>Kwijtschelding werd verleend aan 734 huishoudens, voor een bedrag van € 311.420.</p>
</section>"""


def page_weerstand() -> str:
    ken = table("Tabel 7.2 Financiële kengetallen (in %)",
                [["Kengetal", "Rekening 2023", "Begroting 2024", "Rekening 2024", "Signaleringswaarde categorie A"]], [
        ["Netto schuldquote", "58,4", "62,1", "55,9", "&lt; 90"],
        ["Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "54,7", "58,3", "52,2", "&lt; 90"],
        ["Solvabiliteitsratio", "31,6", "29,8", "33,4", "&gt; 50"],
        ["Grondexploitatie", "4,2", "3,8", "3,1", "&lt; 20"],
        ["Structurele exploitatieruimte", "1,2", "0,3", "1,9", "&gt; 0"],
        ["Belastingcapaciteit", "104,6", "106,2", "106,0", "&lt; 95"],
    ])
    cap = table("Tabel 7.1 Weerstandsvermogen (bedragen x € 1.000)",
                [["Onderdeel", "31-12-2024"]], [
        ["Algemene reserve", nl(ALG_RES_END)],
        ["Onbenutte belastingcapaciteit", nl(ONBENUT_BELCAP)],
        ["Beschikbare weerstandscapaciteit", nl(BESCHIKBAAR)],
        ["Benodigde weerstandscapaciteit (gewogen risico's)", nl(BENODIGD)],
        ["Ratio weerstandsvermogen", nld(RATIO, 1)],
    ], cls="small", bold_rows=(2, 4))
    return f"""
<section class="pb">
<h2>Paragraaf weerstandsvermogen en risicobeheersing</h2>
<p>Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit en de benodigde
weerstandscapaciteit die volgt uit de gekwantificeerde risico's. De raad heeft als norm een ratio van
minimaal 1,4 vastgesteld.</p>
{cap}
<p>Met een ratio weerstandsvermogen van {nld(RATIO, 1)} is het weerstandsvermogen van {BODY}
'ruim voldoende'. Eind 2023 was de ratio 2,1. De grootste risico's zijn het open-einde-karakter van de
jeugdhulp (€ 2,6 miljoen, kans 60%), de herijking van het gemeentefonds en mogelijke tekorten in de
grondexploitatie Kerkveld-Oost.</p>
<h3>Financiële kengetallen</h3>
<p>De kengetallen geven in samenhang een beeld van de financiële positie. De netto schuldquote daalde
doordat er in 2024 geen nieuwe langlopende lening is aangetrokken; de solvabiliteit verbeterde door de
toevoegingen aan de reserves en het positieve resultaat.</p>
{ken}
<p class="note">Signaleringswaarden volgens de provinciale toezichthouder. Een lagere netto schuldquote
is gunstiger; een hogere solvabiliteitsratio is gunstiger.</p>
</section>"""


def page_reserves() -> str:
    rows = [[n, nl(b), nl(t), nl(o), nl(b + t - o)] for n, b, t, o in RESERVES]
    rows.append(["Totaal reserves", nl(RES_BEGIN), nl(RES_T), nl(RES_O), nl(RES_END)])
    t = table("Overzicht reserves (bedragen in duizenden euro's)",
              [["Reserve", "Stand 1-1-2024", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2024"]], rows,
              bold_rows=(len(RESERVES),),
              note="Het resultaat 2024 is nog niet in de stand per 31-12-2024 verwerkt; zie de resultaatbestemming.")
    return f"""
<section class="pb">
<h2>Overzicht reserves</h2>
<p>De reserves van de gemeente namen in 2024 per saldo af met € {nl(RES_O - RES_T)}.000. Er is
€ {nl(RES_T)}.000 aan de reserves toegevoegd en € {nl(RES_O)}.000 onttrokken.</p>
{t}
<h3>Toelichting</h3>
<p>De toevoeging van € 2,8 miljoen aan de algemene reserve betreft de bestemming van het resultaat over
2023 (€ 1,3 miljoen) en de storting van de opbrengst uit de verkoop van de gemeentewerf (€ 1,5 miljoen).
De onttrekking van € 1,5 miljoen uit de algemene reserve dekte de eenmalige bijdrage aan de
sporthal De Brink.</p>
<p>De reserve sociaal domein is ingezet voor de dekking van de hogere kosten van jeugdhulp
(€ 1.180.000).</p>
</section>"""


def page_bestemming() -> str:
    rows = [[n, nl(v * 1000)] for n, v in BESTEMMING]
    rows.append(["Totaal resultaat na bestemming 2024", nl(RESULT * 1000)])
    t = table("Voorstel resultaatbestemming (bedragen in €)", [["Bestemming", "Bedrag"]], rows,
              cls="small", bold_rows=(len(BESTEMMING),))
    return f"""
<section class="pb">
<h2>Resultaatbestemming</h2>
<p>Het resultaat voor bestemming bedraagt € {nl(abs(RES_VOOR_BESTEMMING))}.000
{'voordelig' if RES_VOOR_BESTEMMING > 0 else 'nadelig'}. Na verrekening van de
mutaties in de reserves (toevoegingen € {nl(RES_T)}.000, onttrekkingen € {nl(RES_O)}.000) resteert een
resultaat na bestemming van € {nl(RESULT)}.000 voordelig.</p>
{t}
<p>Het college stelt de raad voor de jaarstukken 2024 vast te stellen en in te stemmen met deze
bestemming van het resultaat.</p>
<h3>Vaststelling</h3>
<p>Aldus vastgesteld in de openbare vergadering van de raad van de gemeente {BODY} van 3 juli 2025.</p>
<p>De griffier, &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; De voorzitter,</p>
</section>"""


CSS = BASE_CSS + """
@page { @bottom-right { content: "Jaarstukken 2024 gemeente Hazelvoorde  |  " counter(page); font-size: 7.5pt; color: #555; } }
@page wide { @bottom-right { content: "Jaarstukken 2024 gemeente Hazelvoorde  |  " counter(page); font-size: 7.5pt; color: #555; } }
@page :first { @bottom-right { content: none; } }
.cover { padding-top: 70mm; }
.cover .org { font-size: 16pt; color: #2d5a27; margin: 0; }
.cover .ct { font-size: 34pt; margin: 4mm 0; }
.cover .sub { font-size: 14pt; }
.cover .sub2 { font-size: 10pt; color: #555; margin-top: 40mm; }
table.kost thead tr:first-child th { border-top: 1.2pt solid #2d5a27; padding-bottom: 0; }
table.kost thead tr:last-child th { border-bottom: 0.8pt solid #2d5a27; padding-top: 0; font-weight: normal; }
table.kost td.r { width: 17%; }
table.ind th { background: #e4eee2; font-size: 8.2pt; }
table.ind td { border-bottom: 0.4pt solid #ccd; font-size: 8.2pt; }
table.ind td:nth-child(3), table.ind td:nth-child(4), table.ind td:nth-child(5) { text-align: right; }
table.small { width: 75%; }
table.small th { border-bottom: 0.8pt solid #2d5a27; }
table.ovz { font-size: 8pt; }
table.ovz th { font-size: 7.6pt; border-bottom: 0.6pt solid #999; }
table.ovz tbody tr:nth-child(odd) td { background: #f2f6f1; }
table.toc td { padding: 0.6mm 1mm; }
"""


def build() -> str:
    parts = [page_cover(), page_voorwoord(), page_overzicht(), page_p1(), page_p2(), page_p3(), page_p4(),
             page_p5(), page_adm(), page_heffingen(), page_weerstand(), page_reserves(), page_bestemming()]
    return (f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Jaarstukken 2024 gemeente "
            f"{BODY}</title><style>{CSS}</style></head><body>{''.join(parts)}</body></html>")


def main() -> None:
    html_path = HERE / "hazelvoorde_jaarstukken_2024.html"
    html_path.write_text(build(), encoding="utf-8")
    pdf = CORPUS / "hazelvoorde-jaarstukken-2024.pdf"
    print_pdf(html_path, pdf)
    # second pass: page numbers of the table of contents, from the printed PDF
    TOC_PAGES.update(find_pages(pdf, TOC))
    html_path.write_text(build(), encoding="utf-8")
    print_pdf(html_path, pdf)
    assert find_pages(pdf, TOC) == TOC_PAGES, TOC_PAGES
    print("ADM baten", ADM_B, "totals", TOT, "res voor bestemming", RES_VOOR_BESTEMMING,
          "reserves", RES_BEGIN, RES_END, "ratio", RATIO)


if __name__ == "__main__":
    main()
