"""Every figure of the two FICTIONAL set-ar documents, typed once; everything derived is computed here.

G_*  Veiligheidsregio Reggeland, Begroting 2027 (a fictional gemeenschappelijke regeling of ten municipalities:
     Dinkelland, Twenterand and eight fictional ones).  Two-column PDF printed by Chromium.
     Money in the programme tables, the overview, the reserves, the risks and the investments: x € 1.000.
     Member contributions: whole euros.  Lasten and baten are printed positive; the 'Saldo van baten en lasten'
     of a programme = baten - lasten (so a net cost is negative); tabel 10.2 uses V (voordeel) / N (nadeel).
H_*  Gemeente Lindewaarde (fictional), Programmabegroting 2026, Programma 2 Veilig en Leefbaar, a web page saved
     by a browser.  Tabel 2.4 x € 1.000 (lasten positive, baten and onttrekkingen negative), tabel 2.5 and the
     other tables in whole euros.

Run directly to print a summary; importing runs the asserts.
"""
from __future__ import annotations

from fmt import dec, mln, nl, ruim_bijna

# ================================================================================================ Veiligheidsregio
G_FILE = "veiligheidsregio-reggeland-begroting-2027.pdf"
G_BODY = "Veiligheidsregio Reggeland"
G_COLS = ("Realisatie 2025", "Begroting 2026", "Begroting 2027", "2028", "2029", "2030")
G_YEARS = (2025, 2026, 2027, 2028, 2029, 2030)
GI = {y: i for i, y in enumerate(G_YEARS)}

# programme number -> (chapter, name); chapter n holds 'Tabel n.x'
G_PROGS = [
    ("1", 3, "Risicobeheersing"),
    ("2", 4, "Incidentbestrijding"),
    ("3", 5, "Crisisbeheersing en GHOR"),
    ("4", 6, "Meldkamer en informatievoorziening"),
]
G_PNAME = {p: n for p, _, n in G_PROGS}
G_PCHAP = {p: c for p, c, _ in G_PROGS}

# lasten and baten per product, x € 1.000: Realisatie 2025, Begroting 2026, Begroting 2027, 2028, 2029, 2030
G_LASTEN = {
    "1": [("Advisering omgevingsveiligheid", (1_842, 1_905, 2_046, 2_071, 2_096, 2_120)),
          ("Toezicht brandveiligheid", (1_318, 1_362, 1_468, 1_486, 1_503, 1_521)),
          ("Brandveilig leven en risicocommunicatie", (604, 640, 706, 712, 718, 724))],
    "2": [("Repressie beroepsdienst", (9_614, 9_902, 10_376, 10_520, 10_665, 10_810)),
          ("Repressie vrijwilligers", (3_890, 4_015, 4_187, 4_240, 4_295, 4_350)),
          ("Vakbekwaamheid (opleiden en oefenen)", (2_476, 2_540, 2_688, 2_720, 2_752, 2_785)),
          ("Materieel en uitrusting", (4_318, 4_460, 4_702, 4_855, 4_930, 5_012)),
          ("Huisvesting brandweerposten", (2_905, 2_980, 2_885, 2_902, 2_918, 2_935))],
    "3": [("Regionale crisisorganisatie", (1_206, 1_248, 1_296, 1_310, 1_324, 1_338)),
          ("GHOR", (968, 1_002, 1_044, 1_055, 1_066, 1_077)),
          ("Bevolkingszorg", (422, 436, 458, 463, 468, 473))],
    "4": [("Meldkamer brandweer", (1_512, 1_560, 1_622, 1_640, 1_658, 1_676)),
          ("Informatievoorziening en ICT", (986, 1_040, 1_128, 1_141, 1_154, 1_167))],
}
G_BATEN = {
    "1": [("Bijdragen derden (Brzo en evenementen)", (212, 190, 205, 205, 205, 205))],
    "2": [("Bijdragen derden (OMS en nazorg)", (612, 590, 605, 610, 615, 620)),
          ("Detacheringen en verhuur", (148, 120, 126, 126, 126, 126))],
    "3": [("Bijdragen GGD en zorginstellingen", (96, 98, 101, 101, 101, 101))],
    "4": [("Doorbelasting meldkamer ambulancezorg", (210, 214, 220, 220, 220, 220))],
}
G_OVERHEAD = [
    ("Directie en bestuursondersteuning", (1_124, 1_150, 1_186, 1_198, 1_210, 1_222)),
    ("Personeel en organisatie", (1_388, 1_420, 1_502, 1_518, 1_534, 1_550)),
    ("Financiën en control", (946, 972, 1_010, 1_020, 1_030, 1_040)),
    ("ICT en facilitair", (1_410, 1_455, 1_518, 1_534, 1_550, 1_566)),
]
G_ONVOORZIEN = (0, 150, 150, 150, 150, 150)
G_BDUR = (3_612, 3_640, 3_795, 3_810, 3_825, 3_840)          # Brede doeluitkering rampenbestrijding
G_TOEVOEGING = (380, 300, 470, 470, 470, 470)
G_ONTTREKKING = (655, 840, 1_155, 905, 760, 640)
G_RESULTAAT = (412, 0, 0, 0, 0, 0)                            # realisatie 2025: voordelig resultaat


def _sum(rows, i):
    return sum(r[1][i] for r in rows)


R6 = range(6)
G_PL = {p: tuple(_sum(G_LASTEN[p], i) for i in R6) for p in G_LASTEN}          # totaal lasten per programme
G_PB = {p: tuple(_sum(G_BATEN[p], i) for i in R6) for p in G_BATEN}            # totaal baten per programme
G_PS = {p: tuple(G_PB[p][i] - G_PL[p][i] for i in R6) for p in G_LASTEN}       # saldo = baten - lasten
G_OH = tuple(_sum(G_OVERHEAD, i) for i in R6)
G_TOT_LASTEN = tuple(sum(G_PL[p][i] for p in G_PL) + G_OH[i] + G_ONVOORZIEN[i] for i in R6)
G_PROG_BATEN = tuple(sum(G_PB[p][i] for p in G_PB) for i in R6)
# the members' contributions close the begroting: baten - lasten - toevoeging + onttrekking = resultaat
G_BIJDRAGE = tuple(G_TOT_LASTEN[i] - G_PROG_BATEN[i] - G_BDUR[i] + G_TOEVOEGING[i] - G_ONTTREKKING[i]
                   + G_RESULTAAT[i] for i in R6)
G_TOT_BATEN = tuple(G_PROG_BATEN[i] + G_BDUR[i] + G_BIJDRAGE[i] for i in R6)
G_SALDO = tuple(G_TOT_BATEN[i] - G_TOT_LASTEN[i] for i in R6)
assert all(G_SALDO[i] - G_TOEVOEGING[i] + G_ONTTREKKING[i] == G_RESULTAAT[i] for i in R6)

# ---- members: inhabitants 1-1-2025 (key of the begroting 2026, not printed) and 1-1-2026 (key 2027)
G_MEMBERS = [
    ("Ambtveld", 47_960, 48_215),
    ("Borkelo", 21_990, 21_940),
    ("Dinkelland", 26_520, 26_690),
    ("Geesterbroek", 31_410, 31_605),
    ("Holtveen", 57_290, 57_830),
    ("Kottendijk", 17_410, 17_365),
    ("Loosterveen", 24_050, 24_120),
    ("Mandervelde", 39_120, 39_480),
    ("Twenterand", 34_070, 34_180),
    ("Zenderhorst", 28_640, 28_755),
]
G_INW_2025 = sum(m[1] for m in G_MEMBERS)
G_INW_2026 = sum(m[2] for m in G_MEMBERS)
assert 330_000 < G_INW_2026 < 340_000          # 'ruim driehonderddertigduizend inwoners'


def _split(total_eur, weights):
    """total in euros over the members by weight; rounding remainder to the largest member"""
    tw = sum(weights.values())
    out = {k: round(total_eur * w / tw) for k, w in weights.items()}
    big = max(weights, key=weights.get)
    out[big] += total_eur - sum(out.values())
    return out


G_CONTRIB_2026 = _split(G_BIJDRAGE[GI[2026]] * 1000, {m[0]: m[1] for m in G_MEMBERS})
G_CONTRIB_2027 = _split(G_BIJDRAGE[GI[2027]] * 1000, {m[0]: m[2] for m in G_MEMBERS})
# verdeelsleutel 2027 in % with two decimals, largest-remainder rounding so that the keys add up to 100,00
_raw = {m[0]: 10_000 * m[2] / G_INW_2026 for m in G_MEMBERS}
_fl = {k: int(v) for k, v in _raw.items()}
for k in sorted(_raw, key=lambda k: _raw[k] - _fl[k], reverse=True)[:10_000 - sum(_fl.values())]:
    _fl[k] += 1
G_KEY_2027 = {k: v / 100 for k, v in _fl.items()}
G_CONTRIB_DIFF = {m: G_CONTRIB_2027[m] - G_CONTRIB_2026[m] for m in G_CONTRIB_2026}
assert sum(G_CONTRIB_2026.values()) == G_BIJDRAGE[GI[2026]] * 1000
assert sum(G_CONTRIB_2027.values()) == G_BIJDRAGE[GI[2027]] * 1000
assert sum(_fl.values()) == 10_000
G_CONTRIB_AVG_PCT = round(100 * (G_BIJDRAGE[GI[2027]] - G_BIJDRAGE[GI[2026]]) / G_BIJDRAGE[GI[2026]], 1)

# ---- reserves 2027 (x € 1.000): stand 1-1-2027, toevoeging, onttrekking
G_RESERVES = [
    ("Algemene reserve", 2_150, 120, 0),
    ("Bestemmingsreserve materieel", 1_480, 350, 500),
    ("Reserve huisvesting brandweerposten", 2_310, 0, 385),
    ("Egalisatiereserve kapitaallasten", 960, 0, 180),
    ("Reserve vakbekwaamheid vrijwilligers", 340, 0, 90),
]
G_RESERVES = [(n, s, t, o, s + t - o) for n, s, t, o in G_RESERVES]
G_RES = {r[0]: r for r in G_RESERVES}
G_RES_TOT = tuple(sum(r[i] for r in G_RESERVES) for i in range(1, 5))
assert G_RES_TOT[1] == G_TOEVOEGING[GI[2027]] and G_RES_TOT[2] == G_ONTTREKKING[GI[2027]]

# ---- risks (x € 1.000): code, name, kans %, financieel gevolg; benodigd = kans x gevolg
G_RISKS = [
    ("R1", "Loonkosten stijgen harder dan de indexatie", 50, 900),
    ("R2", "Inzet beroepspersoneel bij uitval van vrijwilligers", 30, 1_200),
    ("R3", "Langdurige inzet bij grote incidenten", 25, 1_000),
    ("R4", "Prijsstijging vervangingsmaterieel", 50, 600),
    ("R5", "Herverdeling van de BDuR", 30, 800),
    ("R6", "Claims en aansprakelijkheid", 10, 500),
    ("R7", "Cyberincident en uitval van ICT", 20, 200),
]
G_RISKS = [(c, n, k, g, k * g // 100) for c, n, k, g in G_RISKS]
assert all(k * g % 100 == 0 for _, _, k, g, _ in G_RISKS)
G_RISK = {r[0]: r for r in G_RISKS}
G_BENODIGD = sum(r[4] for r in G_RISKS)
G_RISK_GEVOLG = sum(r[3] for r in G_RISKS)
G_BESCHIKBAAR = G_RES["Algemene reserve"][4] + G_ONVOORZIEN[GI[2027]]
G_RATIO = G_BESCHIKBAAR / G_BENODIGD
G_RATIO_PRINTED = round(G_RATIO, 1)
G_RATIO_2026 = 1.3                                         # begroting 2026 (printed in één oogopslag only)
assert 1.4 <= G_RATIO < 2.0 and G_RATIO_PRINTED == 1.4     # NAR class B: 'ruim voldoende'
G_NAR = ("B", "ruim voldoende")
G_NAR_SCALE = [("A", "> 2,0", "uitstekend"), ("B", "1,4 - 2,0", "ruim voldoende"), ("C", "1,0 - 1,4", "voldoende"),
               ("D", "0,8 - 1,0", "matig"), ("E", "0,6 - 0,8", "onvoldoende"), ("F", "< 0,6", "ruim onvoldoende")]

# ---- financial kengetallen (%): Realisatie 2025, Begroting 2026, Begroting 2027
G_KENGETALLEN = [
    ("Netto schuldquote", (41.2, 44.8, 47.5)),
    ("Solvabiliteitsratio", (18.6, 17.9, 17.1)),
    ("Structurele exploitatieruimte", (1.1, 0.0, 0.2)),
]

# ---- investments 2027 (x € 1.000)
G_INVEST = [
    ("Tankautospuiten (2 stuks)", 1_240),
    ("Hoogwerker", 860),
    ("Dienstvoertuigen piketfunctionarissen", 210),
    ("ICT-infrastructuur meldkamer", 340),
]
G_INVEST_TOT = sum(v for _, v in G_INVEST)
# investeringsplan 2027-2030 (bijlage 2, x € 1.000); the 2027 column repeats tabel 9.1
G_INVPLAN = [
    ("Tankautospuiten", (1_240, 0, 1_920, 1_320)),
    ("Hoogwerker", (860, 0, 0, 0)),
    ("Redvoertuig", (0, 780, 0, 0)),
    ("Adembeschermingsmiddelen", (0, 640, 0, 0)),
    ("Dienstvoertuigen piketfunctionarissen", (210, 0, 230, 0)),
    ("ICT-infrastructuur meldkamer", (340, 0, 0, 0)),
    ("Verbouwing post Borkelo", (0, 0, 0, 950)),
]
G_INVPLAN_TOT = tuple(sum(r[1][i] for r in G_INVPLAN) for i in range(4))
assert G_INVPLAN_TOT[0] == G_INVEST_TOT
# uitgangspunten kaderbrief 2027 (%)
G_UITGANGSPUNTEN = [("Loonkosten", 4.10), ("Materiële kosten", 2.60), ("Rente nieuwe langlopende leningen", 3.00)]

# ---- one-column tables of figures
G_P1_PREST = [  # Realisatie 2025, Begroting 2027
    ("Adviezen omgevingsvergunning", 712, 760),
    ("Brandveiligheidscontroles", 1_184, 1_250),
    ("Inspecties Brzo-bedrijven", 38, 40),
    ("Huisbezoeken brandveilig leven", 1_460, 1_800),
]
G_P2_KENG = [  # unit, Realisatie 2025, Begroting 2026, Begroting 2027
    ("Uitrukken", "aantal", 2_846, 2_750, 2_800),
    ("Opkomsttijd binnen de normtijd", "%", 86.9, 90.0, 90.0),
    ("Vrijwilligers", "aantal", 598, 610, 610),
    ("Brandweerposten", "aantal", 23, 23, 22),
    ("Tevredenheid getroffenen", "cijfer", 8.1, 8.0, 8.0),
]
G_P3_OEF = [  # Realisatie 2025, Begroting 2027
    ("Multidisciplinaire oefeningen", 14, 16),
    ("Getrainde crisisfunctionarissen", 212, 230),
    ("Evaluaties na incidenten", 9, 10),
]
G_P4_MK = [  # Realisatie 2025, Begroting 2027
    ("112-meldingen brandweer", 4_912, 5_000),
    ("Aangenomen binnen 30 seconden (%)", 93.4, 95.0),
    ("Storingsuren C2000 (uren)", 6, 4),
]
G_FORMATIE = [  # fte: Begroting 2026, Begroting 2027
    ("Risicobeheersing", 38.6, 41.6),
    ("Incidentbestrijding", 132.4, 134.4),
    ("Crisisbeheersing en GHOR", 14.8, 14.8),
    ("Meldkamer en informatievoorziening", 19.2, 20.2),
    ("Bedrijfsvoering", 41.4, 42.4),
]
G_FTE = tuple(round(sum(r[i] for r in G_FORMATIE), 1) for i in (1, 2))
G_POSTS = (G_P2_KENG[3][3], G_P2_KENG[3][4])           # posts in 2026 and 2027 (tabel 4.1)
assert G_FTE == (246.4, 253.4)

# ---- figures printed in prose only
G_NEW_VOLUNTEERS_2025 = 164          # 'In 2025 hebben wij 164 nieuwe vrijwilligers opgeleid'
G_VERZUIM_2025 = 5.8                 # 'Het ziekteverzuim kwam in 2025 uit op 5,8%'
G_PORTOFOONS = 500_000               # 'een half miljoen euro' (words)
G_PORTOFOONS_WORDS = "een half miljoen euro"
G_EXTRA_FTE_RB = 3                   # formatie risicobeheersing +3 fte
G_POST_SOLD = "Kottendijk-Noord"      # post that closes in 2027
G_POST_KM = 4                          # 'op minder dan vier kilometer' (words)
G_ADVIES_WEKEN = 4                     # advice term 'vier weken' (words)
G_INW_WORDS = "ruim driehonderddertigduizend"   # inhabitants in words (checked against the member table below)
# norms and statutory percentages printed in the text
G_NORM_OPKOMST_PCT = 90                # '90% van de uitrukken met prioriteit 1 binnen de normtijd'
G_NORM_MK = (95, 30)                   # '95% van de 112-meldingen binnen 30 seconden'
G_RATIO_NORM = 1.0                     # 'een ratio van minimaal 1,0'
G_ALG_RES_MAX_PCT = 6                  # algemene reserve at most 6% of the lasten
G_KASGELD_PCT = 8.2                    # kasgeldlimiet for a gemeenschappelijke regeling
G_RENTERISICO_PCT = 20                 # renterisiconorm
assert G_P2_KENG[1][3] == G_P2_KENG[1][4] == G_NORM_OPKOMST_PCT and G_P4_MK[1][2] == G_NORM_MK[0]

# ---- tabel 10.2: from the begroting 2026 to the begroting 2027 (x € 1.000; positive = nadeel)
d26, d27 = GI[2026], GI[2027]
G_DIFF_ITEMS = [
    ("Loon- en prijsontwikkeling", 1_034),
    ("Uitbreiding formatie risicobeheersing (3 fte)", 228),
    ("Hogere kapitaallasten materieel", 242),
    ("Nieuw oefenprogramma vakbekwaamheid", 148),
    ("Informatievoorziening en ICT", 88),
    ("Sluiting post Kottendijk-Noord", -95),
    ("Hogere brede doeluitkering rampenbestrijding", -(G_BDUR[d27] - G_BDUR[d26])),
    ("Hogere bijdragen derden", -((G_PROG_BATEN[d27]) - (G_PROG_BATEN[d26]))),
    ("Per saldo hogere onttrekkingen aan reserves",
     (G_TOEVOEGING[d27] - G_TOEVOEGING[d26]) - (G_ONTTREKKING[d27] - G_ONTTREKKING[d26])),
]
G_TOTAL_LASTEN_DIFF = G_TOT_LASTEN[d27] - G_TOT_LASTEN[d26]
_explained_lasten = sum(v for n, v in G_DIFF_ITEMS[:6])
G_DIFF_OVERIG = G_TOTAL_LASTEN_DIFF - _explained_lasten                  # closes the lasten part
G_DIFF_ITEMS.insert(6, ("Overige verschillen", G_DIFF_OVERIG))
G_DIFF_TOTAL = sum(v for _, v in G_DIFF_ITEMS)                            # 'Totaal te dekken'
assert G_DIFF_TOTAL == G_BIJDRAGE[d27] - G_BIJDRAGE[d26]
assert abs(G_DIFF_OVERIG) < 400, G_DIFF_OVERIG
G_DIFF = dict(G_DIFF_ITEMS)

# ---- kerncijfers ('Begroting in één oogopslag'): label, unit, 2026, 2027
G_KERN = [
    ("Totale lasten", "x € 1.000", G_TOT_LASTEN[d26], G_TOT_LASTEN[d27]),
    ("Bijdragen deelnemende gemeenten", "x € 1.000", G_BIJDRAGE[d26], G_BIJDRAGE[d27]),
    ("Brede doeluitkering rampenbestrijding", "x € 1.000", G_BDUR[d26], G_BDUR[d27]),
    ("Formatie", "fte", G_FTE[0], G_FTE[1]),
    ("Ratio weerstandsvermogen", "ratio", G_RATIO_2026, G_RATIO_PRINTED),
]

# bijlage 3: overzicht per taakveld, begroting 2027 (x € 1.000): taakveld, lasten, baten
G_TAAKVELDEN = [
    ("0.4 Overhead", G_OH[d27], 0),
    ("0.8 Overige baten en lasten", G_ONVOORZIEN[d27], 0),
    ("0.10 Mutaties reserves", G_TOEVOEGING[d27], G_ONTTREKKING[d27]),
    ("1.1 Crisisbeheersing en brandweer", sum(G_PL[p][d27] for p in G_PL),
     G_PROG_BATEN[d27] + G_BIJDRAGE[d27] + G_BDUR[d27]),
]
G_TV_TOT = (sum(t[1] for t in G_TAAKVELDEN), sum(t[2] for t in G_TAAKVELDEN))
assert G_TV_TOT[1] - G_TV_TOT[0] == G_RESULTAAT[d27]

G_KASGELD = round(G_KASGELD_PCT / 100 * G_TOT_LASTEN[d27] * 1000, -3)
assert G_RES["Algemene reserve"][4] <= G_ALG_RES_MAX_PCT / 100 * G_TOT_LASTEN[d27] and G_RATIO >= G_RATIO_NORM

G_PROSE = {
    "tot_lasten_2027": f"{ruim_bijna(G_TOT_LASTEN[d27] * 1000, 0)} € {mln(G_TOT_LASTEN[d27] * 1000, 0)} miljoen".strip(),
    "materieel_2027": f"{ruim_bijna(G_LASTEN['2'][3][1][d27] * 1000)} € {mln(G_LASTEN['2'][3][1][d27] * 1000)} miljoen".strip(),
    "bijdrage_pct": dec(G_CONTRIB_AVG_PCT, 1) + "%",
}

# ================================================================================================ Lindewaarde
H_FILE = "lindewaarde-programmabegroting-2026-veilig-en-leefbaar.html"
H_BODY = "Lindewaarde"
H_YEARS = (2025, 2026, 2027, 2028, 2029)
H_COLS = ("Begroting 2025", "Begroting 2026", "Raming 2027", "Raming 2028", "Raming 2029")
HI = {y: i for i, y in enumerate(H_YEARS)}
R5 = range(5)

# tabel 2.4 (x € 1.000): lasten positive, baten negative
H_TAAKVELDEN = [
    ("1.1", "Crisisbeheersing en brandweer", (2_214, 2_298, 2_352, 2_406, 2_461), (-18, -18, -18, -18, -18)),
    ("1.2", "Openbare orde en veiligheid", (1_486, 1_702, 1_688, 1_694, 1_701), (-92, -96, -96, -96, -96)),
    ("2.1", "Verkeer en vervoer", (4_932, 5_318, 5_146, 4_990, 5_012), (-286, -352, -292, -292, -292)),
    ("2.2", "Parkeren", (618, 634, 641, 648, 655), (-1_146, -1_180, -1_205, -1_230, -1_255)),
    ("5.7", "Openbaar groen en (openlucht)recreatie", (3_406, 3_512, 3_574, 3_590, 3_606), (-44, -45, -46, -47, -48)),
    ("7.5", "Begraafplaatsen en crematoria", (552, 561, 570, 579, 588), (-608, -624, -640, -656, -672)),
]
H_TV = {t[0]: t for t in H_TAAKVELDEN}
H_LASTEN = tuple(sum(t[2][i] for t in H_TAAKVELDEN) for i in R5)
H_BATEN = tuple(sum(t[3][i] for t in H_TAAKVELDEN) for i in R5)
H_SALDO = tuple(H_LASTEN[i] + H_BATEN[i] for i in R5)
H_TOEV = (100, 50, 50, 50, 50)
H_ONTT = (-120, -270, -270, -40, -40)
H_RESULTAAT = tuple(H_SALDO[i] + H_TOEV[i] + H_ONTT[i] for i in R5)

# tabel 2.3 nieuw beleid (euros): code, title, I/S, 2026-2029
H_NB = [
    ("NB 2.1", "Twee extra boa's voor toezicht in wijken en centrum", "S", (138_000, 138_000, 138_000, 138_000)),
    ("NB 2.2", "Cameratoezicht stationsgebied", "I", (85_000, 0, 0, 0)),
    ("NB 2.3", "Versnelde vervanging openbare verlichting door led", "I", (312_000, 312_000, 0, 0)),
    ("NB 2.4", "Aanpak ondermijning", "S", (64_000, 64_000, 64_000, 64_000)),
    ("NB 2.5", "Verkeersveiligheid schoolroutes", "I", (120_000, 120_000, 0, 0)),
    ("NB 2.6", "Biodiversiteit in bermen en plantsoenen", "S", (0, 45_000, 45_000, 45_000)),
]
H_NBD = {n[0]: n for n in H_NB}
H_NB_YEARS = (2026, 2027, 2028, 2029)
H_NB_TOT = tuple(sum(n[3][i] for n in H_NB) for i in range(4))

# tabel 2.5 incidentele lasten en baten (euros; negative = bate or onttrekking): taakveld, name, 2025-2029
H_INC = [
    ("2.1", "Herinrichting kruispunt Molenweg-Dorpsstraat", (180_000, 0, 0, 0, 0)),
    ("1.2", "Cameratoezicht stationsgebied", (0, 85_000, 0, 0, 0)),
    ("2.1", "Versnelde vervanging openbare verlichting door led", (0, 312_000, 312_000, 0, 0)),
    ("2.1", "Verkeersveiligheid schoolroutes", (0, 120_000, 120_000, 0, 0)),
    ("5.7", "Aanpak essentaksterfte", (0, 40_000, 40_000, 40_000, 40_000)),
    ("2.1", "Bijdrage provincie verkeersveiligheid", (0, -60_000, 0, 0, 0)),
    ("2.1", "Onttrekking reserve verkeersmaatregelen", (-120_000, -80_000, -80_000, 0, 0)),
    ("2.1", "Onttrekking reserve openbare verlichting", (0, -150_000, -150_000, 0, 0)),
    ("5.7", "Onttrekking reserve groenvoorzieningen", (0, -40_000, -40_000, -40_000, -40_000)),
]
H_INCD = {n[1]: n for n in H_INC}
H_INC_TOT = tuple(sum(n[2][i] for n in H_INC) for i in R5)
# the onttrekkingen in tabel 2.5 are all onttrekkingen of the programme (tabel 2.4, x € 1.000)
assert all(sum(n[2][i] for n in H_INC if n[1].startswith("Onttrekking")) == H_ONTT[i] * 1000 for i in R5)
# the incidental nieuw beleid items appear in tabel 2.5 with the same amounts
for code in ("NB 2.2", "NB 2.3", "NB 2.5"):
    nb = H_NBD[code]
    assert tuple(H_INCD[nb[1]][2][1:]) == nb[3], code

# tabel 2.6 reserves 2026 (euros): stand 1-1-2026, toevoeging, onttrekking (positive), stand 31-12-2026
H_RESERVES = [
    ("Reserve openbare verlichting", 640_000, 0, 150_000),
    ("Reserve verkeersmaatregelen", 385_000, 50_000, 80_000),
    ("Reserve groenvoorzieningen", 212_000, 0, 40_000),
    ("Egalisatiereserve begraafplaatsen", 96_000, 0, 0),
]
H_RESERVES = [(n, s, t, o, s + t - o) for n, s, t, o in H_RESERVES]
H_RES = {r[0]: r for r in H_RESERVES}
H_RES_TOT = tuple(sum(r[i] for r in H_RESERVES) for i in range(1, 5))
assert H_RES_TOT[1] == H_TOEV[HI[2026]] * 1000 and H_RES_TOT[2] == -H_ONTT[HI[2026]] * 1000
for r in H_RESERVES:
    name = "Onttrekking " + r[0][0].lower() + r[0][1:]
    if r[3]:
        assert -H_INCD[name][2][HI[2026]] == r[3], name

# beleidsindicatoren: indicator, eenheid, bron, 2023, 2024, 2025 (None = '-')
H_IND = [
    ("Verwijzingen Halt", "per 10.000 jongeren van 12-17 jaar", "Bureau Halt", 118, 97, None),
    ("Winkeldiefstallen", "per 1.000 inwoners", "CBS", 1.6, 1.9, 2.1),
    ("Geweldsmisdrijven", "per 1.000 inwoners", "CBS", 3.8, 4.1, 3.6),
    ("Diefstallen uit woning", "per 1.000 inwoners", "CBS", 1.2, 1.0, 0.9),
    ("Vernielingen en beschadigingen (in de openbare ruimte)", "per 1.000 inwoners", "CBS", 4.9, 5.3, 4.7),
    ("Inwoners die zich weleens onveilig voelen in de eigen buurt", "%", "Veiligheidsmonitor", 27, None, 24),
    ("Verkeersongevallen met letsel", "aantal", "Politie / BRON", 46, 52, 41),
    ("Tevredenheid over het onderhoud van het groen", "rapportcijfer", "Burgerpeiling", 6.8, None, 7.1),
]
H_INDD = {i[0]: i for i in H_IND}
H_IND_DEC = {"Winkeldiefstallen", "Geweldsmisdrijven", "Diefstallen uit woning",
             "Vernielingen en beschadigingen (in de openbare ruimte)", "Tevredenheid over het onderhoud van het groen"}

# verbonden partijen: name, vorm, taakveld, bijdrage 2026 (euros)
H_VP = [
    ("Veiligheidsregio Waardenland", "Gemeenschappelijke regeling", "1.1", 2_186_400),
    ("RIEC Waardenland", "Convenant", "1.2", 38_500),
    ("Recreatieschap Lindeplassen", "Gemeenschappelijke regeling", "5.7", 184_300),
]
H_VPD = {v[0]: v for v in H_VP}

# prose-only and prose renderings
H_WEGEN_ONDERHOUD = 1_150_000        # '€ 1,15 miljoen' (prose only)
H_PROSE = {
    "wegen": "€ 1,15 miljoen",
    "led": "ruim 3 ton",               # NB 2.3, 312.000 per year
    "lasten_2026": f"{ruim_bijna(H_LASTEN[HI[2026]] * 1000, 0)} € {mln(H_LASTEN[HI[2026]] * 1000, 0)} miljoen".strip(),
}
assert round(H_WEGEN_ONDERHOUD / 1e6, 2) == 1.15 and 300_000 < H_NBD["NB 2.3"][3][0] < 350_000
H_BOA_FTE = 2
H_CAMERA_DAYS = 28                     # camera images kept 28 days
H_CAMERAS = 6
H_SCHOOLS = 9

# donut legend: share of the lasten 2026 per taakveld (whole %)
H_SHARE_2026 = {t[0]: round(100 * t[2][HI[2026]] / H_LASTEN[HI[2026]]) for t in H_TAAKVELDEN}


if __name__ == "__main__":
    print("VR Reggeland")
    print("  lasten per programme 2027:", {p: G_PL[p][d27] for p in G_PL}, "overhead", G_OH[d27])
    print("  total lasten:", G_TOT_LASTEN)
    print("  bijdragen:", G_BIJDRAGE, "avg +", G_CONTRIB_AVG_PCT, "%")
    print("  total baten:", G_TOT_BATEN)
    print("  members 2027:", G_CONTRIB_2027)
    print("  keys:", G_KEY_2027, sum(G_KEY_2027.values()))
    print("  diff items:", G_DIFF_ITEMS, "total", G_DIFF_TOTAL)
    print("  reserves:", G_RESERVES, G_RES_TOT)
    print("  weerstand:", G_BESCHIKBAAR, G_BENODIGD, round(G_RATIO, 3))
    print("Lindewaarde")
    print("  lasten:", H_LASTEN, "baten:", H_BATEN, "saldo:", H_SALDO, "resultaat:", H_RESULTAAT)
    print("  nb total:", H_NB_TOT, "inc total:", H_INC_TOT)
    print("  reserves:", H_RESERVES, H_RES_TOT)
    print("  shares:", H_SHARE_2026, sum(H_SHARE_2026.values()))
    print("  prose:", G_PROSE, H_PROSE)
