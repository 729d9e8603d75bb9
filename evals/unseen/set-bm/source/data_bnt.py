"""Data model of the FICTIONAL 'Belastingsamenwerking Noordoost Twente (BNT) - Jaarstukken 2024'.

Every amount, count and percentage is made up. Exact euros are kept for the realisatie; the
x EUR 1.000 tables are rounded, with residuals chosen so every printed table adds up exactly.
"""
import random

from common import k

NAME = "Belastingsamenwerking Noordoost Twente"
SHORT = "BNT"

# deelnemers: name, WOZ-objecten 1-1-2024, aanslagbiljetten 2024, bezwaarschriften WOZ 2024, kwijtscheldingsverzoeken 2024
GEMEENTEN = [
    ("Twenterand", 16482, 15204, 312, 688),
    ("Dinkelland", 12306, 11420, 187, 241),
    ("Tubbergen", 9874, 9128, 143, 198),
    ("Hellendoorn", 17215, 16047, 296, 574),
    ("Losser", 10938, 10211, 201, 402),
    ("Oldenzaal", 15647, 14983, 358, 917),
]
WATERSCHAP = ("Waterschap Vechtstromen", None, 94612, 0, 3416)

BIJDRAGE_GEM_PRIM = 4716400          # begroting primitief 2024, all gemeenten together (euro)
BIJDRAGE_GEM_WIJZ = 96200            # 1e begrotingswijziging 2024 (nieuwe WOZ-applicatie)
BIJDRAGE_WS = 1046200                # waterschap Vechtstromen, fixed (euro)
BIJDRAGE_TWENTERAND_2026 = 1046780   # from the (not included) begroting 2026; printed in the Twenterand begroting
RESULTAAT_TARGET = 312380

# lasten/baten categories x 1.000: (label, primitief 2024, na wijziging 2024, realisatie 2023, realisatie 2024 approx)
LASTEN = [
    ("Salarissen en sociale lasten", 3496, 3520, 3471, 3187),
    ("Inhuur derden", 142, 238, 402, 318),
    ("Automatisering en licenties", 1006, 1082, 941, 1104),
    ("Huisvesting", 281, 281, 274, 286),
    ("Kapitaallasten", 256, 256, 262, 241),
    ("Drukwerk en porti", 214, 214, 206, 198),
    ("Inkoop gegevens en taxatiediensten", 172, 172, 163, 176),
    ("Overige bedrijfsvoeringskosten", 663, 564, 351, None),   # realisatie: balancing item
]
BATEN = [
    ("Bijdragen gemeenten", None, None, 4587, None),            # from contributions
    ("Bijdrage waterschap Vechtstromen", 1046, 1046, 1019, None),
    ("Vergoeding invorderingskosten", 262, 262, 281, 298),
    ("Dienstverlening aan derden", 96, 96, 88, 121),
]
# reserves (euro): name, stand 1-1-2024, toevoeging 2024, onttrekking 2024, begroot toev, begroot ontt
RESERVES = [
    ("Algemene reserve", 298612, 41100, 0, 0, 0),
    ("Bestemmingsreserve vervanging ICT", 186000, 60000, 94300, 60000, 110000),
    ("Bestemmingsreserve herwaardering 2027", 120000, 0, 48650, 0, 60000),
]
VOORZIENINGEN = [("Voorziening wachtgeldverplichtingen", 84200, 12400, 31600)]
RESERVES_PRIM = (60000, 170000)   # primitief: toevoegingen, onttrekkingen (x1 euro)

INDICATOREN = [
    # label, norm, realisatie 2024, realisatie 2023, decimals, suffix
    ("WOZ-beschikkingen verzonden vóór 1 maart", 95.0, 97.8, 96.1, 1, "%"),
    ("Invorderingspercentage aanslagen lopend jaar per 31 december", 96.0, 96.7, 95.9, 1, "%"),
    ("Bezwaarschriften WOZ binnen de wettelijke termijn afgehandeld", 100.0, 99.2, 98.4, 1, "%"),
    ("Gegronde bezwaren WOZ (percentage van alle bezwaren)", None, 21.4, 24.9, 1, "%"),
    ("Klanttevredenheid (rapportcijfer)", 7.5, 7.6, 7.3, 1, ""),
    ("Oordeel Waarderingskamer (aantal sterren, maximaal 5)", 4, 5, 4, 0, ""),
    ("Gemiddelde doorlooptijd kwijtscheldingsverzoek (werkdagen)", 20, 17, 22, 0, ""),
]
RISICOS = [
    ("Vertraging implementatie nieuwe WOZ-applicatie", 50, 120000),
    ("Personeelskrapte taxateurs en invorderaars", 50, 90000),
    ("Proceskostenvergoedingen bij bezwaren via no-cure-no-pay-bureaus", 70, 140000),
    ("Cyberincident en datalek", 10, 250000),
]
# balance sheet x 1.000 (31-12-2024, 31-12-2023); EV/voorzieningen derived; netto vlottende schulden balancing
BALANS_ACTIVA = [
    ("Immateriële vaste activa", 412, 498),
    ("Materiële vaste activa", 1186, 1262),
    ("Uitzettingen met een rentetypische looptijd korter dan één jaar", 1514, 1388),
    ("Liquide middelen", 96, 141),
    ("Overlopende activa", 318, 274),
]
VASTE_SCHULD = (1150, 1300)
OVERLOPENDE_PASSIVA = (688, 602)
EV_2023 = None  # derived from reserves at 1-1-2024 + resultaat 2023
RESULTAAT_2023 = 41100
FTE = {"begroot": 46.2, "bezet": 44.8, "verzuim2024": 5.9, "verzuim2023": 6.8}
KENGETALLEN = [("Netto schuldquote", 21.4, 24.8), ("Solvabiliteitsratio", 14.6, 12.9)]


def largest_remainder(total, weights, dec=0):
    """Split total (int, in units of 10**-dec) over weights so parts sum exactly."""
    sw = sum(weights)
    raw = [total * w / sw for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    return base


def model():
    m = {}
    woz = [g[1] for g in GEMEENTEN]
    m["sleutel_bp"] = largest_remainder(10000, woz)               # basis points, sums to 100,00%
    prim = largest_remainder(BIJDRAGE_GEM_PRIM, woz)
    wijz = largest_remainder(BIJDRAGE_GEM_PRIM + BIJDRAGE_GEM_WIJZ, woz)
    m["bijdr_prim"] = prim
    m["bijdr_wijz"] = wijz
    m["bijdr_2023"] = largest_remainder(4587 * 1000 + 212, woz)
    for seed in range(1, 20000):
        rng = random.Random(seed)
        # realisatie lasten exact euros; residual sums kept within +-200
        S = 0
        real_L = []
        for lab, p, w, r23, r24 in LASTEN:
            if r24 is None:
                real_L.append(None)
                continue
            lo, hi = max(-400, -200 - S), min(400, 200 - S)
            r = rng.randint(lo, hi)
            S += r
            real_L.append(r24 * 1000 + r)
        real_B = [sum(wijz), BIJDRAGE_WS]
        S = 0
        for lab, p, w, r23, r24 in BATEN[2:]:
            lo, hi = max(-400, -200 - S), min(400, 200 - S)
            r = rng.randint(lo, hi)
            S += r
            real_B.append(r24 * 1000 + r)
        toev = sum(r[2] for r in RESERVES[1:])
        ontt = sum(r[3] for r in RESERVES)
        # resultaat = B - L + ontt - toev  -> balancing last lasten row
        need_L = sum(real_B) + ontt - toev - RESULTAAT_TARGET
        real_L[-1] = need_L - sum(v for v in real_L if v is not None)
        # consistency: sum of rounded rows equals rounded totals; saldo consistent
        if sum(k(v) for v in real_L) != k(sum(real_L)):
            continue
        if sum(k(v) for v in real_B) != k(sum(real_B)):
            continue
        tl, tb = sum(real_L), sum(real_B)
        if k(tb - tl) != k(tb) - k(tl):
            continue
        if k(RESULTAAT_TARGET) != k(tb) - k(tl) + k(ontt) - k(toev):
            continue
        m["seed"] = seed
        break
    else:
        raise SystemExit("no seed")
    m["real_L"] = real_L
    m["real_B"] = real_B
    m["toev"] = toev
    m["ontt"] = ontt
    m["resultaat"] = RESULTAAT_TARGET
    # result returned to all participants pro rata bijdrage na wijziging (gemeenten + waterschap)
    weights = wijz + [BIJDRAGE_WS]
    m["terug"] = largest_remainder(RESULTAAT_TARGET, weights)
    # reserves / EV
    ar_end = RESERVES[0][1] + RESERVES[0][2] - RESERVES[0][3]
    br_end = sum(r[1] + r[2] - r[3] for r in RESERVES[1:])
    m["ar_end"] = ar_end
    m["br_end"] = br_end
    m["ev_end"] = ar_end + br_end + RESULTAAT_TARGET
    ar_beg = RESERVES[0][1]
    br_beg = sum(r[1] for r in RESERVES[1:])
    m["ev_beg"] = ar_beg + br_beg + RESULTAAT_2023       # 31-12-2023: resultaat 2023 nog niet bestemd
    v = VOORZIENINGEN[0]
    m["vz_end"] = v[1] + v[2] - v[3]
    m["vz_beg"] = v[1]
    act = [sum(a[1] for a in BALANS_ACTIVA), sum(a[2] for a in BALANS_ACTIVA)]
    m["activa"] = act
    m["nvs"] = [act[0] - k(ar_end) - k(br_end) - k(RESULTAAT_TARGET) - k(m["vz_end"]) - VASTE_SCHULD[0] - OVERLOPENDE_PASSIVA[0],
                act[1] - k(ar_beg + 0) - k(br_beg) - k(RESULTAAT_2023) - k(m["vz_beg"]) - VASTE_SCHULD[1] - OVERLOPENDE_PASSIVA[1]]
    m["vv_end"] = (VASTE_SCHULD[0] + OVERLOPENDE_PASSIVA[0] + m["nvs"][0]) * 1000 + m["vz_end"]
    # weerstandsvermogen
    m["benodigd"] = sum(kans * bedrag // 100 for _, kans, bedrag in RISICOS)
    m["ratio"] = ar_end / m["benodigd"]
    return m


if __name__ == "__main__":
    mm = model()
    for kk, vv in mm.items():
        print(kk, vv)
