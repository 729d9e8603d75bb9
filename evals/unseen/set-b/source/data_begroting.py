# Figures of the fictional Begroting 2025 of Afvalsamenwerking Ravelingen.
# All program amounts x EUR 1.000; index 0..5 = Rekening 2023, Begroting 2024,
# Begroting 2025, Raming 2026, Raming 2027, Raming 2028.

YEARS = ["Rekening 2023", "Begroting 2024", "Begroting 2025", "Raming 2026", "Raming 2027", "Raming 2028"]

PROG = {
    "Inzameling": {
        "L": [14812, 15406, 16238, 16571, 16902, 17245],
        "B": [2146, 2080, 2235, 2260, 2285, 2310],
    },
    "Milieustraten en grondstoffen": {
        "L": [4936, 5104, 5487, 5590, 5702, 5815],
        "B": [1687, 1720, 1812, 1845, 1878, 1912],
    },
    "Verwerking": {
        "L": [11274, 11958, 12846, 13208, 13579, 13962],
        "B": [3015, 2940, 3104, 3150, 3196, 3244],
    },
}
OVERHEAD = {"L": [3418, 3562, 3791, 3866, 3944, 4023], "B": [42, 25, 25, 25, 25, 25]}
ONVOORZIEN = {"L": [0, 50, 50, 50, 50, 50], "B": [0, 0, 0, 0, 0, 0]}
VPB = {"L": [0, 0, 0, 0, 0, 0], "B": [0, 0, 0, 0, 0, 0]}

# reserves (x 1.000), stand 31-12 of each year; index 0 = 31-12-2023
RES = {
    "Algemene reserve": [1245, 1245, 1245, 1245, 1245, 1245],
    "Egalisatiereserve tarieven": [1360, 1060, 710, 510, 510, 510],
    "Bestemmingsreserve herinrichting milieustraten": [1080, 960, 840, 720, 600, 480],
    "Reserve vervanging ICT": [125, 185, 245, 305, 365, 425],
}
# mutaties reserves per year (x 1.000)
TOEV = [240, 60, 60, 60, 60, 60]          # 2023: egalisatie 180 + ICT 60
ONTTR = [95, 420, 470, 320, 120, 120]     # 2025: egalisatie 350 + herinrichting 120
RESULTAAT_2023 = 286

HH = {  # huishoudens per 1-1-2024
    "Aldeborg": 23418,
    "Hevelland": 14962,
    "Oosterlinde": 11305,
    "Dronkwerd": 9874,
    "Marskamp": 12640,
    "Vliedorp": 7219,
    "Zuidermeent": 10583,
    "Kremmerdijk": 6427,
}
HH_PREV = {  # huishoudens per 1-1-2023 (basis bijdrage 2024)
    "Aldeborg": 23205,
    "Hevelland": 14871,
    "Oosterlinde": 11262,
    "Dronkwerd": 9818,
    "Marskamp": 12509,
    "Vliedorp": 7196,
    "Zuidermeent": 10498,
    "Kremmerdijk": 6411,
}
VASTE_VOET = 45000  # per gemeente, whole euros


def tot(d):
    return [a for a in d]


def total_L(i):
    return sum(p["L"][i] for p in PROG.values()) + OVERHEAD["L"][i] + ONVOORZIEN["L"][i] + VPB["L"][i]


def total_B_other(i):
    return sum(p["B"][i] for p in PROG.values()) + OVERHEAD["B"][i] + ONVOORZIEN["B"][i] + VPB["B"][i]


def bijdrage_k(i):
    """bijdrage deelnemers x 1.000 so that resultaat = 0 (2023: resultaat 286)."""
    need = total_L(i) - total_B_other(i) + TOEV[i] - ONTTR[i]
    if i == 0:
        need += RESULTAAT_2023
    return need


def per_gemeente(hh, target_k):
    """find tarief (2 dec) so round(sum/1000) == target_k"""
    n = len(hh)
    s_hh = sum(hh.values())
    base = (target_k * 1000 - n * VASTE_VOET) / s_hh
    for delta in range(-200, 201):
        t = round(base + delta / 100, 2)
        rows = {g: VASTE_VOET + round(h * t) for g, h in hh.items()}
        if round(sum(rows.values()) / 1000) == target_k:
            return t, rows
    raise SystemExit("no tarief")


# voorzieningen (x 1.000) 2025: stand 1-1, toevoeging, onttrekking, stand 31-12
VOORZ = {
    "Voorziening groot onderhoud milieustraten en werf": [642, 185, 210],
    "Voorziening nazorg voormalige stortplaats Kremmerdijk": [1380, 42, 95],
    "Voorziening pensioenverplichtingen (gewezen) bestuurders": [318, 12, 24],
}
VOORZ_TOT = [2270, 2340, 2250, 2190, 2160, 2110]  # stand 31-12 per year

VASTE_SCHULD = [12480, 14620, 17705, 17808, 16566, 15028]
VLOTTEND_P = [4210, 3900, 3950, 3950, 3950, 3950]
VLOTTEND_A = [3620, 3100, 3150, 3150, 3150, 3150]

# investeringen x 1.000: (omschrijving, termijn, [2025, 2026, 2027, 2028])
INV = [
    ("Inzamelvoertuigen", None, None),
    ("Zijladers restafval en gft (2 st.)", 8, [760, 0, 390, 0]),
    ("Kraakperswagen (1 st.)", 8, [345, 0, 0, 360]),
    ("Elektrische kraakperswagen (pilot)", 10, [525, 0, 0, 0]),
    ("Kraanwagen ondergrondse containers", 10, [0, 410, 0, 0]),
    ("Bedrijfsbus milieustraten", 6, [68, 0, 72, 0]),
    ("Servicewagens (3 st.)", 6, [0, 147, 0, 0]),
    ("Containers", None, None),
    ("Minicontainers (vervanging)", 12, [285, 290, 295, 300]),
    ("Ondergrondse containers restafval (Hevelland)", 15, [420, 180, 180, 180]),
    ("Ondergrondse containers pmd en papier", 15, [160, 140, 140, 140]),
    ("Verzamelcontainers textiel", 10, [45, 0, 0, 0]),
    ("Milieustraten", None, None),
    ("Herinrichting milieustraat Aldeborg, bouwkundig", 30, [1640, 760, 0, 0]),
    ("Herinrichting milieustraat Aldeborg, installaties", 15, [395, 185, 0, 0]),
    ("Weegbruggen milieustraat Vliedorp", 15, [0, 132, 0, 0]),
    ("Overkapping milieustraat Marskamp", 25, [0, 0, 285, 0]),
    ("Afzet- en perscontainers milieustraten", 10, [118, 96, 96, 104]),
    ("ICT", None, None),
    ("Routeplanning en boordcomputers", 5, [86, 0, 0, 94]),
    ("Vervanging hardware", 4, [42, 38, 40, 44]),
    ("Klantcontactsysteem en afvalapp", 5, [120, 0, 0, 0]),
    ("Huisvesting", None, None),
    ("Laadinfrastructuur werf Dronkwerd", 15, [310, 0, 0, 0]),
    ("Zonnepanelen werf Dronkwerd", 20, [0, 185, 0, 0]),
]

FTE = [  # afdeling, formatie 2024, formatie 2025
    ("Directie en staf", 6.0, 6.0),
    ("Inzameling", 98.4, 101.2),
    ("Milieustraten", 31.6, 33.4),
    ("Klantcontact en communicatie", 12.8, 13.6),
    ("Bedrijfsvoering", 21.2, 22.3),
]
