"""All figures of the fictional Jaarstukken 2028 of the gemeenschappelijke regeling
Belastingsamenwerking Zwinvaart (BSZ). Amounts x EUR 1.000 unless the name says _EUR.
None = empty cell (&nbsp;). Totals are computed by the helpers and written as formula cells
by make_htm.py; check.py re-adds the displayed values from the HTML text dump."""

BODY = "Belastingsamenwerking Zwinvaart"
DOC_ID = "bsz-jaarstukken-2028"
HTM_FILE = "bsz-jaarstukken-2028.htm"
TITLE = "Jaarstukken 2028"
YEAR = 2028

# overview columns: Realisatie 2027, Begroting 2028 primitief, Begroting 2028 na wijziging, Realisatie 2028
LASTEN = [
    ("WOZ-waardering", [2184, 2240, 2305, 2268],
     "Na wijziging: extra budget van € 65.000 voor de overgang naar waarderen op basis van gebruiksoppervlakte."),
    ("Heffing en klantcontact", [1512, 1560, 1585, 1634],
     "Hogere kosten door extra telefonische bereikbaarheid (avondopenstelling) tijdens de aanslagperiode."),
    ("Invordering", [986, 1010, 1010, 972],
     "Minder dwangbevelen verstuurd; lagere porto- en deurwaarderskosten."),
    ("Kwijtschelding", [214, 225, 225, 231], None),
    ("Bezwaar en beroep", [655, 640, 690, 604],
     "Minder bezwaarschriften door de aanpak 'eerst bellen': bij elk WOZ-bezwaar neemt een taxateur eerst "
     "telefonisch contact op met de indiener."),
    ("Overhead", [2318, 2395, 2480, 2552],
     "Inhuur van ICT-specialisten vanwege vacatures en de migratie naar het nieuwe belastingsysteem."),
    ("Onvoorzien", [None, 50, 25, None], "Niet benut."),
]
BATEN_OVERIG = [
    ("Vergoeding invorderingskosten", [412, 380, 380, 436], "Meer aanmaningen verstuurd dan begroot."),
    ("Heffing en inning voor waterschap", [1150, 1180, 1180, 1180], None),
    ("Overige baten", [38, 20, 20, 57], "Incidentele vergoeding voor gegevenslevering aan een woningcorporatie."),
]
TOEVOEGING_RES = [None, None, None, None]
ONTTREKKING_RES = [None, None, 120, 120]

# deelnemers: name, inwoners 1-1-2028, WOZ-objecten, aanslagregels
DEELNEMERS = [
    ("Gerlebeek", 41260, 20415, 58310),
    ("Ekkerwolde", 27845, 14120, 39880),
    ("Mossinghe", 18930, 9870, 26455),
    ("Vrijenhaven", 33510, 17046, 49720),
    ("Stapperhoek", 12405, 6712, 17360),
]
SLEUTEL_WOZ, SLEUTEL_AANSLAG = 0.6, 0.4
RESULTAAT_2028_EUR = 151842       # gerealiseerd resultaat in whole euros (printed 152 in x 1.000)

# balans x EUR 1.000: (label, 31-12-2028, 31-12-2027)
ACTIVA_VAST = [("Immateriële vaste activa", 412, 520), ("Materiële vaste activa", 1286, 1354)]
ACTIVA_VLOT = [("Uitzettingen met een looptijd korter dan één jaar", 1944, 1712),
               ("Liquide middelen", 86, 142), ("Overlopende activa", 318, 276)]
PASSIVA_EV = [("Algemene reserve", 400, 400), ("Bestemmingsreserves", 240, 360),
              ("Gerealiseerd resultaat", 152, 41)]
PASSIVA_VOORZ = [("Voorziening groot onderhoud huisvesting", 185, 160)]
PASSIVA_VAST = [("Onderhandse lening BNG", 900, 1050)]
PASSIVA_VLOT = [("Netto vlottende schulden", 1503, 1388), ("Overlopende passiva", 666, 605)]

# reserves 2028 x EUR 1.000: label, stand 1-1-2028, toevoeging, onttrekking, toelichting
RESERVES = [
    ("Algemene reserve", 400, None, None, "Plafond 5% van de lasten na wijziging (€ 416.000)."),
    ("Bestemmingsreserve vervanging ICT", 360, None, 120,
     "Onttrekking voor de implementatie van het nieuwe belastingsysteem."),
]

# personeel fte: afdeling, formatie 2028, bezetting 31-12-2028, bezetting 31-12-2027, toelichting
FTE = [
    ("Directie en staf", 4.0, 3.8, 4.0, None),
    ("Waardering (WOZ)", 17.5, 16.2, 16.9, "Twee vacatures taxateur niet vervuld; ingevuld met inhuur."),
    ("Heffen en klantcontact", 14.0, 14.4, 13.6, "Tijdelijke uitbreiding klantcontactcentrum."),
    ("Invordering", 9.5, 8.9, 9.2, None),
    ("Bezwaar en beroep", 6.5, 5.7, 6.3, None),
    ("Bedrijfsvoering en ICT", 8.0, 7.1, 7.6, "Vacatures applicatiebeheer."),
]
MEDEWERKERS = (64, 61)                 # personen 31-12-2028, 31-12-2027
ZIEKTEVERZUIM = (0.0683, 0.0521)       # fraction, shown as percent with 1 decimal
ZIEKTEVERZUIM_TOELICHTING = ("Het verzuim is gestegen door enkele langdurige zieken; "
                             "het kortdurend verzuim is gelijk gebleven.")
INHUUR_K = (412, 286)                  # kosten inhuur derden x EUR 1.000, 2028 and 2027

# kengetallen: label, kind, realisatie 2027, begroting 2028, realisatie 2028
KENGETALLEN = [
    ("Netto schuldquote", "pct", 0.2963, 0.310, 0.2741),
    ("Solvabiliteitsratio", "pct", 0.2000, 0.185, 0.1957),
    ("Structurele exploitatieruimte", "pct", 0.005, 0.0, 0.0039),
    ("Aantal WOZ-objecten", "int", 67480, 68000, 68163),
    ("Aantal aanslagbiljetten", "int", 97352, 97500, 98214),
    ("Aantal WOZ-bezwaarschriften", "int", 1486, 1300, 1102),
    ("Bezwaren (deels) gegrond", "pct0", 0.31, None, 0.24),
    ("Invorderingspercentage", "pct", 0.971, 0.975, 0.974),
    ("Kosten per WOZ-object", "eur2", 32.37, 33.90, 33.27),
    ("Kwijtscheldingsverzoeken binnen 8 weken afgehandeld", "pct0", 0.88, 0.90, 0.93),
]


# ------------------------------------------------------------------ helpers
def col_sum(rows, i):
    return sum((r[1][i] or 0) for r in rows)


def totals():
    t = {}
    t["lasten"] = [col_sum(LASTEN, i) for i in range(4)]
    t["baten_overig"] = [col_sum(BATEN_OVERIG, i) for i in range(4)]
    return t


def bijdragen_k():
    """Bijdragen deelnemers x 1.000: budget columns balance, realisations as given."""
    t = totals()
    b = []
    for i in range(4):
        if i == 0:
            b.append(6310)
        elif i == 3:
            b.append(b[2])            # deelnemers pay the amended budget
        else:
            b.append(t["lasten"][i] + (TOEVOEGING_RES[i] or 0) - t["baten_overig"][i] - (ONTTREKKING_RES[i] or 0))
    return b


def overview():
    t = totals()
    bij = bijdragen_k()
    o = {"lasten": t["lasten"], "bijdragen": bij}
    o["baten"] = [bij[i] + t["baten_overig"][i] for i in range(4)]
    o["saldo"] = [o["baten"][i] - o["lasten"][i] for i in range(4)]
    o["resultaat"] = [o["saldo"][i] - (TOEVOEGING_RES[i] or 0) + (ONTTREKKING_RES[i] or 0) for i in range(4)]
    return o


def sleutels():
    woz = sum(d[2] for d in DEELNEMERS)
    aan = sum(d[3] for d in DEELNEMERS)
    return [SLEUTEL_WOZ * d[2] / woz + SLEUTEL_AANSLAG * d[3] / aan for d in DEELNEMERS]


def bijdragen_eur():
    """per deelnemer: (bijdrage primitief, bijdrage na wijziging, aandeel resultaat) in whole euros."""
    bij = bijdragen_k()
    out = []
    for s in sleutels():
        out.append([round(s * bij[1] * 1000), round(s * bij[2] * 1000), -round(s * RESULTAAT_2028_EUR)])
    # afrondingsverschil op de grootste deelnemer, zodat de kolommen exact optellen
    targets = [bij[1] * 1000, bij[2] * 1000, -RESULTAAT_2028_EUR]
    for j in range(3):
        out[0][j] += targets[j] - sum(r[j] for r in out)
    return [tuple(r) for r in out]
