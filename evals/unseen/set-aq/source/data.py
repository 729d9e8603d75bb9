"""Every figure of the two fictional set-aq documents, typed once; everything derived is computed here.

V_*  Gemeente Haverstede, Voorjaarsnota 2026 (fictional municipality; plain-text export).
     Sign convention of the whole nota (stated in its text): a voordeel is positive, a nadeel negative.  The
     notation differs per table: '-1.234' (most tables), '1.234 N' / '1.234 V' (tabel 4.1, algemene uitkering),
     '(1.234)' (tabel 6.1, reserves: a negative mutation = onttrekking).  In tabel 2.1 lasten and baten are both
     printed as positive amounts and the saldo = baten - lasten.
G_*  Omgevingsdienst Dinkel en Vecht, Begroting 2026 in één oogopslag (fictional gemeenschappelijke regeling of
     Twenterand, Dinkelland and four fictional municipalities; one-page PDF).

Run directly to print a summary; importing runs the asserts.
"""
from __future__ import annotations

from fmt import mln, nl, prose_mln

YEARS = (2026, 2027, 2028, 2029)

# ================================================================================================ Haverstede
V_FILE = "haverstede-voorjaarsnota-2026.txt"
V_BODY = "Haverstede"

# programme numbers and names (chapter 3 follows this order: 3.1 ... 3.6)
PROGS = [
    ("1", "Bestuur en Dienstverlening"),
    ("2", "Wonen en Leefomgeving"),
    ("3", "Sociaal Domein"),
    ("4", "Economie, Onderwijs en Vrije tijd"),
    ("5", "Veiligheid"),
    ("6", "Algemene dekkingsmiddelen en overhead"),
]
PNAME = dict(PROGS)

# ---- tabel 2.1: the begroting 2026 as adopted, meerjarenraming 2026-2029 (x € 1.000; lasten and baten positive)
B_LASTEN = {
    "1": (9_842, 9_715, 9_688, 9_701),
    "2": (31_406, 31_912, 32_140, 32_377),
    "3": (58_730, 59_214, 59_905, 60_418),
    "4": (14_265, 14_102, 14_188, 14_230),
    "5": (4_318, 4_366, 4_405, 4_447),
    "6": (12_954, 13_208, 13_517, 13_866),
}
B_BATEN = {
    "1": (1_912, 1_875, 1_880, 1_884),
    "2": (17_845, 18_302, 18_640, 18_925),
    "3": (14_620, 14_655, 14_690, 14_712),
    "4": (3_284, 3_301, 3_319, 3_335),
    "5": (126, 128, 130, 131),
    "6": (93_506, 93_118, 92_870, 94_180),
}
B_TOEVOEGING = (1_150, 950, 900, 900)      # toevoegingen aan reserves
B_ONTTREKKING = (1_784, 1_770, 2_168, 2_997)  # onttrekkingen aan reserves


def _colsum(d, i):
    return sum(v[i] for v in d.values())


B_TOT_LASTEN = tuple(_colsum(B_LASTEN, i) for i in range(4))
B_TOT_BATEN = tuple(_colsum(B_BATEN, i) for i in range(4))
B_SALDO_BL = tuple(B_TOT_BATEN[i] - B_TOT_LASTEN[i] for i in range(4))          # saldo van baten en lasten
B_RESULTAAT = tuple(B_SALDO_BL[i] - B_TOEVOEGING[i] + B_ONTTREKKING[i] for i in range(4))  # geraamd resultaat

# ---- tabel 2.2: uitgangspunten (percentages): begroting 2026 and voorjaarsnota 2026
UITGANGSPUNTEN = [
    ("Loonontwikkeling (cao gemeenten)", 3.25, 4.10),
    ("Prijsontwikkeling materiële budgetten", 2.40, 2.60),
    ("Indexatie subsidies", 2.90, 3.45),
    ("Indexatie opbrengst OZB", 2.40, 2.60),
    ("Omslagrente", 2.00, 2.00),
]

# ---- raadsbesluiten na vaststelling van de begroting (euros per year; negative = nadeel)
RAADSBESLUITEN = [
    ("Amendement 'Behoud kinderboerderij De Hoeve'", "S", (-25_000, -25_000, -25_000, -25_000)),
    ("Motie 'Schoon Haverstede' (aanpak zwerfafval)", "S", (-35_000, -35_000, -35_000, -35_000)),
    ("Bijdrage 750 jaar Lutterbroek", "I", (-25_000, 0, 0, 0)),
]
RB_TOTAL = tuple(sum(r[2][i] for r in RAADSBESLUITEN) for i in range(4))

# ---- chapter 3: autonome ontwikkelingen (A) and nieuw beleid (N) per programme (euros; negative = nadeel)
# (code, programme, kind, title, I/S, amounts 2026-2029)
ITEMS = [
    ("A1.1", "1", "A", "Organisatie gemeenteraadsverkiezingen", "I", (-48_000, 0, 0, 0)),
    ("A1.2", "1", "A", "Hogere licentiekosten ICT en cloudopslag", "S", (-165_000, -165_000, -165_000, -165_000)),
    ("N1.1", "1", "N", "Online afspraken en digitale assistent Burgerzaken", "I", (-90_000, -60_000, 0, 0)),
    ("N1.2", "1", "N", "Tijdelijke extra formatie reisdocumenten", "I", (-72_000, -72_000, 0, 0)),
    ("A2.1", "2", "A", "Nieuwe aanbesteding groenonderhoud en gladheidbestrijding", "S",
     (-210_000, -210_000, -210_000, -210_000)),
    ("A2.2", "2", "A", "Lagere legesopbrengst omgevingsvergunningen", "S", (-250_000, -200_000, -200_000, -200_000)),
    ("A2.3", "2", "A", "Hogere huuropbrengst gemeentelijk vastgoed", "S", (64_000, 64_000, 64_000, 64_000)),
    ("N2.1", "2", "N", "Klimaatadaptatie: aanpak wateroverlast Lutterbroek", "I", (-150_000, -150_000, 0, 0)),
    ("N2.2", "2", "N", "Projectteam versnelling woningbouw", "I", (-320_000, -320_000, -160_000, 0)),
    ("N2.3", "2", "N", "Onderhoud bruggen en beschoeiingen", "S", (0, -85_000, -85_000, -85_000)),
    ("A3.1", "3", "A", "Jeugdhulp: hogere tarieven en meer jeugdigen", "S",
     (-1_150_000, -1_050_000, -950_000, -900_000)),
    ("A3.2", "3", "A", "Wmo: hulp bij het huishouden (abonnementstarief)", "S",
     (-430_000, -455_000, -480_000, -505_000)),
    ("A3.3", "3", "A", "Lagere uitgaven bijstandsuitkeringen (BUIG)", "I", (185_000, 0, 0, 0)),
    ("N3.1", "3", "N", "Praktijkondersteuner jeugd bij de huisartsen", "S", (-120_000, -120_000, -120_000, -120_000)),
    ("N3.2", "3", "N", "Vroegsignalering van schulden", "S", (-65_000, -65_000, -65_000, -65_000)),
    ("A4.1", "4", "A", "Energiekosten sportaccommodaties", "S", (-95_000, -95_000, -95_000, -95_000)),
    ("A4.2", "4", "A", "Leerlingenvervoer: nieuw vervoerscontract", "S", (-140_000, -140_000, -140_000, -140_000)),
    ("N4.1", "4", "N", "Bibliotheekvestiging Lutterbroek", "S", (0, -55_000, -55_000, -55_000)),
    ("N4.2", "4", "N", "Centrummanagement Haverstede", "I", (-40_000, -40_000, 0, 0)),
    ("A5.1", "5", "A", "Hogere bijdrage Veiligheidsregio", "S", (-118_000, -121_000, -124_000, -127_000)),
    ("N5.1", "5", "N", "Uitbreiding handhaving met twee boa's", "S", (-95_000, -190_000, -190_000, -190_000)),
    ("A6.1", "6", "A", "Loon- en prijsontwikkeling", "S", (-620_000, -635_000, -650_000, -665_000)),
    ("A6.2", "6", "A", "Areaaluitbreiding OZB door nieuwbouw", "S", (160_000, 210_000, 255_000, 290_000)),
    ("A6.3", "6", "A", "Lagere rentelasten", "I", (90_000, 60_000, 0, 0)),
    ("A6.4", "6", "A", "Hoger dividend BNG Bank", "I", (45_000, 0, 0, 0)),
]
ITEM = {it[0]: it for it in ITEMS}


def _items(prog=None, kind=None, iss=None):
    return [it for it in ITEMS if (prog is None or it[1] == prog) and (kind is None or it[2] == kind)
            and (iss is None or it[4] == iss)]


def _sum(items):
    return tuple(sum(it[5][i] for it in items) for i in range(4))


PROG_A = {p: _sum(_items(p, "A")) for p, _ in PROGS}          # subtotal autonome ontwikkelingen per programme
PROG_N = {p: _sum(_items(p, "N")) for p, _ in PROGS}          # subtotal nieuw beleid per programme
PROG_TOT = {p: tuple(PROG_A[p][i] + PROG_N[p][i] for i in range(4)) for p, _ in PROGS}
A_TOTAL = _sum(_items(kind="A"))
N_TOTAL = _sum(_items(kind="N"))
N_INCIDENTEEL = _sum(_items(kind="N", iss="I"))

# ---- chapter 4: algemene uitkering, meicirculaire 2026 (x € 1.000; V/N notation; positive = voordeel)
AU_ROWS = [
    ("Accres", (1_284, 905, 640, 512)),
    ("Uitkeringsbasis en hoeveelheidsverschillen", (218, 236, 251, 265)),
    ("Herijking verdeelmodel en suppletie-uitkering", (-412, -412, -412, -412)),
    ("Eenmalige compensatie jeugdzorg (Hervormingsagenda)", (750, 0, 0, 0)),
    ("Taakmutaties (o.a. Wmo en inburgering)", (156, 156, 156, 156)),
    ("Af: taakmutaties naar de programma's", (-156, -156, -156, -156)),
]
AU_TOTAL = tuple(sum(r[1][i] for r in AU_ROWS) for i in range(4))

# ---- chapter 5: dekkingsvoorstellen (euros; positive = voordeel)
DEKKING = [
    ("D1", "Onttrekking algemene reserve voor incidenteel nieuw beleid", "I", None),   # = incidental new policy
    ("D2", "Onttrekking reserve sociaal domein voor jeugdhulp", "I", (500_000, 300_000, 0, 0)),
    ("D3", "Hogere opbrengst OZB (2% boven de index)", "S", (0, 760_000, 775_000, 790_000)),
    ("D4", "Heroverweging bestaande budgetten", "S", (250_000, 600_000, 800_000, 850_000)),
    ("D5", "Stelpost onderuitputting kapitaallasten", "S", (300_000, 300_000, 300_000, 300_000)),
]
DEKKING[0] = DEKKING[0][:3] + (tuple(-x for x in N_INCIDENTEEL),)
DEK = {d[0]: d for d in DEKKING}
DEK_TOTAL = tuple(sum(d[3][i] for d in DEKKING) for i in range(4))


def k(v):
    """euros -> x € 1.000 (the items are whole thousands, asserted below)"""
    assert v % 1000 == 0, v
    return v // 1000


# ---- tabel 5.1: meerjarenperspectief (x € 1.000)
MJP = [
    ("Saldo begroting 2026 (vastgesteld)", B_RESULTAAT),
    ("Raadsbesluiten na vaststelling begroting", tuple(k(x) for x in RB_TOTAL)),
    ("Autonome ontwikkelingen", tuple(k(x) for x in A_TOTAL)),
    ("Algemene uitkering (meicirculaire 2026)", AU_TOTAL),
]
MJP_NA_AUTONOOM = tuple(sum(r[1][i] for r in MJP) for i in range(4))   # 'Saldo na autonome ontwikkelingen'
MJP_NB = tuple(k(x) for x in N_TOTAL)
MJP_DEK = tuple(k(x) for x in DEK_TOTAL)
NIEUW_SALDO = tuple(MJP_NA_AUTONOOM[i] + MJP_NB[i] + MJP_DEK[i] for i in range(4))
MUTATIES_TOTAAL = tuple(NIEUW_SALDO[i] - B_RESULTAAT[i] for i in range(4))

# ---- tabel 6.1: reserves 2026 (euros; parentheses = negative mutation)
# (name, stand 1-1-2026, mutatie begroting 2026 (per saldo), mutatie voorjaarsnota 2026)
RESERVES = [
    ("Algemene reserve", 8_450_000, -350_000, None),
    ("Reserve sociaal domein", 2_300_000, -600_000, -DEK["D2"][3][0]),
    ("Reserve onderhoud gemeentelijke gebouwen", 1_850_000, 250_000, 0),
    ("Reserve woningbouw en grondzaken", 3_200_000, -534_000, 0),
    ("Reserve dekking kapitaallasten", 5_640_000, 600_000, 0),
]
RESERVES[0] = RESERVES[0][:3] + (-DEK["D1"][3][0],)
RESERVES = [(n, s, mb, mv, s + mb + mv) for n, s, mb, mv in RESERVES]
RES = {r[0]: r for r in RESERVES}
RES_TOTAL = tuple(sum(r[i] for r in RESERVES) for i in range(1, 5))

# ---- chapter 7: risico's (kans %, financieel effect in euros; gewogen = kans x effect)
RISICOS = [
    ("R1", "Open-einderegelingen jeugdhulp en Wmo", 50, 2_400_000),
    ("R2", "Herijking gemeentefonds na 2026", 50, 1_500_000),
    ("R3", "Loon- en prijsstijgingen boven de raming", 50, 400_000),
    ("R4", "Vertraging grondexploitatie Steenwijde-West", 25, 850_000),
    ("R5", "Garantstellingen sportverenigingen", 10, 300_000),
    ("R6", "Claims en aansprakelijkheid", 10, 250_000),
    ("R7", "Cyberincident en informatieveiligheid", 30, 500_000),
]
RISICOS = [(c, n, p, e, e * p // 100) for c, n, p, e in RISICOS]
RISK = {r[0]: r for r in RISICOS}
RISK_EFFECT_TOTAL = sum(r[3] for r in RISICOS)
BENODIGD = sum(r[4] for r in RISICOS)                           # benodigde weerstandscapaciteit
# beschikbare weerstandscapaciteit (euros)
ONVOORZIEN = 150_000                                             # post onvoorzien in de begroting 2026
BESCHIKBAAR = RES["Algemene reserve"][4] + ONVOORZIEN
RATIO = round(BESCHIKBAAR / BENODIGD, 1)

# ---- chapter 8: investeringen 2026-2029 (euros) (nr, omschrijving, programme, year, bedrag, termijn, status)
INVESTERINGEN = [
    (1, "Vervanging tractiemiddelen buitendienst", "2", 2026, 685_000, 8, "B"),
    (2, "Reconstructie Dorpsstraat Lutterbroek", "2", 2026, 1_450_000, 40, "B"),
    (3, "Vervanging riolering Steenwijde-Zuid", "2", 2026, 2_180_000, 60, "B"),
    (4, "Wadi's en waterberging Lutterbroek", "2", 2026, 480_000, 40, "V"),
    (5, "Kunstgrasveld sportpark De Kamp", "4", 2026, 540_000, 15, "B"),
    (6, "Vervanging werkplekken ICT", "1", 2026, 395_000, 4, "B"),
    (7, "Speelvoorzieningen", "2", 2026, 150_000, 10, "B"),
    (8, "Riolering Dorpsstraat Lutterbroek", "2", 2026, 860_000, 60, "B"),
    (9, "Uitbreiding basisschool De Esch", "4", 2027, 3_420_000, 40, "B"),
    (10, "Openbare verlichting LED fase 3", "2", 2027, 310_000, 20, "B"),
    (11, "Fietspad Haverstede-Lutterbroek", "2", 2027, 1_240_000, 30, "V"),
    (12, "Inrichting bibliotheekvestiging Lutterbroek", "4", 2027, 265_000, 10, "V"),
    (13, "Renovatie sporthal De Kamp", "4", 2028, 2_650_000, 30, "B"),
    (14, "Vervanging bruggen Molenbeek", "2", 2028, 920_000, 50, "V"),
    (15, "Herinrichting Marktplein Haverstede", "2", 2028, 1_780_000, 30, "B"),
    (16, "Nieuwbouw gemeentewerf fase 1", "1", 2029, 4_100_000, 40, "B"),
]
RENTE = 0.02


def kapitaallasten(bedrag, termijn):
    """eerste jaar: lineaire afschrijving + 2% omslagrente over het investeringsbedrag, afgerond op € 100"""
    return int(round((bedrag / termijn + RENTE * bedrag) / 100.0)) * 100


INVESTERINGEN = [(n, o, p, y, b, t, s, kapitaallasten(b, t)) for n, o, p, y, b, t, s in INVESTERINGEN]
INV = {i[1]: i for i in INVESTERINGEN}
INV_PER_YEAR = {y: sum(i[4] for i in INVESTERINGEN if i[3] == y) for y in YEARS}
INV_TOTAL = sum(i[4] for i in INVESTERINGEN)
INV_KL_TOTAL = sum(i[7] for i in INVESTERINGEN)
INV_NEW = [i for i in INVESTERINGEN if i[6] == "V"]     # new in this voorjaarsnota
INV_NEW_TOTAL = sum(i[4] for i in INV_NEW)

# ---- prose renderings used by the nota (each checked against its figure)
PROSE = {
    "autonoom_2026": prose_mln(A_TOTAL[0]),            # foreword: the autonome ontwikkelingen 2026
    "jeugd_2026": prose_mln(ITEM["A3.1"][5][0]),        # foreword: jeugdhulp 2026
    "inv_2026": prose_mln(INV_PER_YEAR[2026]),          # chapter 8: investment volume 2026
    "inv_total": prose_mln(INV_TOTAL),                  # chapter 8: the whole plan
    "au_2026": prose_mln(AU_TOTAL[0] * 1000),           # chapter 4: meicirculaire 2026
    "dek_2029": prose_mln(DEK_TOTAL[3]),                # chapter 5: dekking 2029
}

# ============================================================================================ Omgevingsdienst
G_FILE = "omgevingsdienst-dinkel-en-vecht-begroting-2026-in-een-oogopslag.pdf"
G_BODY = "Omgevingsdienst Dinkel en Vecht"
G_SHORT = "ODDV"
# lasten per product (x € 1.000): (Begroting 2025, Begroting 2026)
G_LASTEN = [
    ("Vergunningverlening", 4_812, 5_036),
    ("Toezicht en handhaving", 6_245, 6_590),
    ("Bodem en ondergrond", 1_486, 2_074),
    ("Asbest en sloop", 968, 1_012),
    ("Milieu-advies en energietransitie", 1_734, 1_905),
    ("Externe veiligheid en geluid", 842, 876),
    ("Bedrijfsvoering en overhead", 3_918, 4_130),
]
G_TOT_LASTEN = tuple(sum(r[i] for r in G_LASTEN) for i in (1, 2))
# baten (x € 1.000)
G_OVERIGE_BATEN = (2_874, 3_103)        # opbrengsten derden, provinciale opdrachten, projecten
G_ONTTREKKING = (0, 250)                # onttrekking algemene reserve (eenmalig, 2026)
G_BIJDRAGE = tuple(G_TOT_LASTEN[i] - G_OVERIGE_BATEN[i] - G_ONTTREKKING[i] for i in range(2))   # sluitend
# verdeelsleutel (percent, two decimals) 2025 and 2026
G_MEMBERS = ["Dinkelland", "Haaksveld", "Markelerveen", "Ravenshorst", "Twenterand", "Wierdenbroek"]
G_KEY = {
    "Dinkelland": (13.95, 14.12),
    "Haaksveld": (22.30, 22.47),
    "Markelerveen": (11.20, 11.05),
    "Ravenshorst": (17.21, 17.36),
    "Twenterand": (20.12, 19.84),
    "Wierdenbroek": (15.22, 15.16),
}


def _verdeel(total_eur, i):
    """bijdrage per gemeente = total x key, whole euros; the rounding remainder goes to the largest member"""
    out = {m: int(round(total_eur * G_KEY[m][i] / 100)) for m in G_MEMBERS}
    big = max(G_MEMBERS, key=lambda m: G_KEY[m][i])
    out[big] += total_eur - sum(out.values())
    return out


G_CONTRIB = {m: (a, b) for m, a, b in zip(G_MEMBERS, _verdeel(G_BIJDRAGE[0] * 1000, 0).values(),
                                           _verdeel(G_BIJDRAGE[1] * 1000, 1).values())}
G_CONTRIB_TOTAL = tuple(sum(v[i] for v in G_CONTRIB.values()) for i in range(2))
# key figures (tiles)
G_FTE = 164
G_AANVRAGEN = 3_850          # vergunningaanvragen en meldingen (prognose 2026)
G_CONTROLES = 2_420          # controles (prognose 2026)
G_ALG_RESERVE = 1_185_000    # algemene reserve per 1 januari 2026 (euros)
G_RES_NA = G_ALG_RESERVE - G_ONTTREKKING[1] * 1000
# "Wat verandert er in 2026?" (euros): the increase of the lasten explained
G_CAO = 612_000              # loonkosten nieuwe cao
G_BODEM = 540_000            # 6 fte extra bodemtaken (structureel)
G_BODEM_FTE = 6
G_DSO = 250_000              # eenmalig: digitaal stelsel / zaaksysteem, uit de algemene reserve
G_INDEX = None               # prijsindexatie overige budgetten: the remainder, computed
G_INDEX = (G_TOT_LASTEN[1] - G_TOT_LASTEN[0]) * 1000 - G_CAO - G_BODEM - G_DSO
G_BIJDRAGE_PCT = round(100 * (G_BIJDRAGE[1] - G_BIJDRAGE[0]) / G_BIJDRAGE[0], 1)
G_SHARE_2026 = {r[0]: round(100 * r[2] / G_TOT_LASTEN[1]) for r in G_LASTEN}   # bar chart labels (whole %)

# ================================================================================================ asserts
# Haverstede
assert B_RESULTAAT == (412, -318, -1_046, 225), B_RESULTAAT
assert all(v % 1000 == 0 for it in ITEMS for v in it[5])
assert all((it[4] == "S") == (it[5][3] != 0) for it in ITEMS)      # structureel = still there in 2029
assert A_TOTAL == tuple(sum(PROG_A[p][i] for p in PNAME) for i in range(4))
assert N_TOTAL == tuple(sum(PROG_N[p][i] for p in PNAME) for i in range(4))
assert AU_TOTAL == (1_840, 729, 479, 365), AU_TOTAL
assert NIEUW_SALDO == tuple(B_RESULTAAT[i] + MUTATIES_TOTAAL[i] for i in range(4))
assert NIEUW_SALDO[0] > 0 and all(v < 0 for v in NIEUW_SALDO[1:]), NIEUW_SALDO    # mixed signs
assert MUTATIES_TOTAAL == tuple(k(RB_TOTAL[i]) + k(A_TOTAL[i]) + AU_TOTAL[i] + k(N_TOTAL[i]) + k(DEK_TOTAL[i])
                                for i in range(4))
# the reserve mutations of the begroting 2026 add up to its toevoegingen minus onttrekkingen (x € 1.000)
assert RES_TOTAL[1] == (B_TOEVOEGING[0] - B_ONTTREKKING[0]) * 1000, RES_TOTAL
# the voorjaarsnota mutations are exactly the two reserve onttrekkingen of the dekkingsvoorstellen 2026
assert RES_TOTAL[2] == -(DEK["D1"][3][0] + DEK["D2"][3][0])
assert all(r[4] == r[1] + r[2] + r[3] and r[4] > 0 for r in RESERVES)
assert RES_TOTAL[3] == RES_TOTAL[0] + RES_TOTAL[1] + RES_TOTAL[2]
assert all(r[4] * 100 == r[2] * r[3] for r in RISICOS)
assert INV_TOTAL == sum(INV_PER_YEAR.values())
assert all(i[3] in YEARS for i in INVESTERINGEN)
assert len({i[1] for i in INVESTERINGEN}) == len(INVESTERINGEN)
assert PROSE["autonoom_2026"] == "bijna € 2,7 miljoen", PROSE
assert PROSE["jeugd_2026"] == "ruim € 1,1 miljoen", PROSE
# Omgevingsdienst
assert G_TOT_LASTEN == (20_005, 21_623), G_TOT_LASTEN
assert all(abs(sum(G_KEY[m][i] for m in G_MEMBERS) - 100) < 1e-9 for i in range(2))
assert G_CONTRIB_TOTAL == (G_BIJDRAGE[0] * 1000, G_BIJDRAGE[1] * 1000), G_CONTRIB_TOTAL
assert "Twenterand" in G_MEMBERS and "Dinkelland" in G_MEMBERS and 5 <= len(G_MEMBERS) <= 8
assert G_INDEX > 0 and G_CAO + G_BODEM + G_DSO + G_INDEX == (G_TOT_LASTEN[1] - G_TOT_LASTEN[0]) * 1000
assert G_DSO == G_ONTTREKKING[1] * 1000          # the eenmalige post is what the reserve pays
assert G_RES_NA > 0

if __name__ == "__main__":
    print("begroting 2026 resultaat", B_RESULTAAT, "saldo b/l", B_SALDO_BL)
    print("lasten", B_TOT_LASTEN, "baten", B_TOT_BATEN)
    print("autonoom", A_TOTAL, "nieuw beleid", N_TOTAL, "incidenteel NB", N_INCIDENTEEL)
    print("AU", AU_TOTAL, "dekking", DEK_TOTAL)
    print("na autonoom", MJP_NA_AUTONOOM, "nieuw saldo", NIEUW_SALDO, "mutaties", MUTATIES_TOTAAL)
    print("reserves", RES_TOTAL, [r[4] for r in RESERVES])
    print("risico's", RISK_EFFECT_TOTAL, "benodigd", BENODIGD, "beschikbaar", BESCHIKBAAR, "ratio", RATIO)
    print("investeringen", INV_PER_YEAR, INV_TOTAL, "kapitaallasten", INV_KL_TOTAL, "nieuw", INV_NEW_TOTAL)
    print("prose", PROSE)
    print("ODDV lasten", G_TOT_LASTEN, "bijdrage", G_BIJDRAGE, "pct", G_BIJDRAGE_PCT, "index", G_INDEX)
    print("contrib", G_CONTRIB)
    print("shares", G_SHARE_2026, sum(G_SHARE_2026.values()))
