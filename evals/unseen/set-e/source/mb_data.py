"""Figures of the fictional Gemeente Maerlebroek, programmabegroting 2026 (x EUR 1.000 unless _eur).

Every derived figure is computed here and checked by check().
"""
import random
from collections import OrderedDict

YEARS = [2024, 2025, 2026, 2027, 2028, 2029]

# programme -> list of (taakveld, lasten 2026, baten 2026)
PROGRAMMAS = OrderedDict([
    ("1", ("Bestuur en dienstverlening", [
        ("0.1 Bestuur", 2184, 246),
        ("0.2 Burgerzaken", 1236, 642),
    ])),
    ("2", ("Veiligheid", [
        ("1.1 Crisisbeheersing en brandweer", 2968, 24),
        ("1.2 Openbare orde en veiligheid", 1152, 58),
    ])),
    ("3", ("Openbare ruimte en mobiliteit", [
        ("2.1 Verkeer en vervoer", 4386, 212),
        ("5.7 Openbaar groen en (openlucht) recreatie", 3318, 96),
        ("7.2 Riolering", 3042, 3604),
        ("7.3 Afval", 4218, 4876),
        ("7.5 Begraafplaatsen en crematoria", 412, 368),
    ])),
    ("4", ("Onderwijs, sport en cultuur", [
        ("4.2 Onderwijshuisvesting", 3264, 118),
        ("4.3 Onderwijsbeleid en leerlingzaken", 2412, 1186),
        ("5.1 Sportbeleid en activering", 986, 42),
        ("5.2 Sportaccommodaties", 2147, 684),
        ("5.3 Cultuurpresentatie, cultuurproductie en cultuurparticipatie", 1084, 46),
        ("5.5 Cultureel erfgoed", 178, 0),
        ("5.6 Media", 812, 0),
    ])),
    ("5", ("Sociaal domein", [
        ("6.1 Samenkracht en burgerparticipatie", 3862, 164),
        ("6.21 Toegang en eerstelijnsvoorzieningen Wmo", 1148, 0),
        ("6.22 Toegang en eerstelijnsvoorzieningen Jeugd", 1264, 0),
        ("6.3 Inkomensregelingen", 14106, 10842),
        ("6.4 Wsw en beschut werk", 2846, 0),
        ("6.5 Arbeidsparticipatie", 1642, 96),
        ("6.60 Hulpmiddelen en diensten (Wmo)", 1986, 214),
        ("6.711 Huishoudelijke hulp (Wmo)", 3468, 312),
        ("6.712 Begeleiding (Wmo)", 1784, 48),
        ("6.752 Jeugdhulp ambulant regionaal", 6212, 0),
        ("6.762 Jeugdhulp met verblijf regionaal", 2148, 0),
        ("6.821 Jeugdbescherming", 684, 0),
        ("7.1 Volksgezondheid", 2046, 86),
    ])),
    ("6", ("Ruimte, wonen en duurzaamheid", [
        ("3.1 Economische ontwikkeling", 412, 18),
        ("3.3 Bedrijvenloket en bedrijfsregelingen", 268, 196),
        ("7.4 Milieubeheer", 2324, 412),
        ("8.1 Ruimte en leefomgeving", 1487, 236),
        ("8.2 Grondexploitatie (niet-bedrijventerreinen)", 2918, 3146),
        ("8.3 Wonen en bouwen", 1962, 1184),
    ])),
])

ADM = [  # algemene dekkingsmiddelen: (taakveld, lasten 2026, baten 2026); 0.7 baten is solved
    ("0.5 Treasury", 612, 1046),
    ("0.61 OZB woningen", 486, 5148),
    ("0.62 OZB niet-woningen", 0, 2214),
    ("0.64 Belastingen overig", 24, 386),
    ("0.7 Algemene uitkering en overige uitkeringen gemeentefonds", 0, None),
    ("0.8 Overige baten en lasten", 250, 0),
    ("0.9 Vennootschapsbelasting (Vpb)", 18, 0),
]
OVERHEAD = ("0.4 Overhead", 9412, 214)

# specific multi-year changes (taakveld -> {year: delta on the generated value})
SPECIFIC = {
    "5.2 Sportaccommodaties": {2027: 343, 2028: 343, 2029: 343},   # kapitaallasten sporthal De Brink
    "4.2 Onderwijshuisvesting": {2028: 108, 2029: 108},              # uitbreiding De Regenboog
    "0.1 Bestuur": {2024: -120, 2025: -120, 2027: -120, 2028: -120, 2029: -120},      # viering 750 jaar alleen 2026
    "1.2 Openbare orde en veiligheid": {2024: -85, 2025: -85, 2028: -85, 2029: -85},  # extra handhaving 2026-2027
    "0.4 Overhead": {2027: -140, 2028: -140, 2029: -140},                              # zaaksysteem 2026
    "6.1 Samenkracht en burgerparticipatie": {2027: -200, 2028: -620, 2029: -620},   # transformatie sociaal domein
    "7.4 Milieubeheer": {2027: 0, 2028: -50, 2029: -150},
    "8.1 Ruimte en leefomgeving": {2027: -60, 2028: -180, 2029: -180},
}
# 0.1 Bestuur baten 2026 hold an incidental vrijval (210) that is absent in other years
BATEN_SPECIFIC = {"0.1 Bestuur": {2024: -210, 2025: -210, 2027: -210, 2028: -210, 2029: -210}}

# target begrotingsresultaat (after reserves), x 1.000
TARGET = {2024: 1134, 2025: 42, 2026: 386, 2027: -1214, 2028: -638, 2029: 214}

# reserve mutations: (reserve, programme, 'T'|'O', {year: amount})
MUTATIES = [
    ("Algemene reserve", "6", "T", {2024: 412, 2025: 180, 2026: 228, 2027: 150, 2028: 150, 2029: 0}),
    ("Algemene reserve", "1", "O", {2024: 0, 2025: 0, 2026: 120, 2027: 0, 2028: 0, 2029: 0}),
    ("Reserve sociaal domein", "5", "O", {2024: 380, 2025: 450, 2026: 620, 2027: 420, 2028: 0, 2029: 0}),
    ("Reserve kapitaallasten sporthal De Brink", "4", "T", {2024: 1500, 2025: 1900, 2026: 0, 2027: 0, 2028: 0, 2029: 0}),
    ("Reserve kapitaallasten sporthal De Brink", "4", "O", {2024: 0, 2025: 0, 2026: 0, 2027: 171, 2028: 171, 2029: 171}),
    ("Reserve groot onderhoud wegen", "3", "T", {2024: 450, 2025: 450, 2026: 450, 2027: 450, 2028: 450, 2029: 450}),
    ("Reserve groot onderhoud wegen", "3", "O", {2024: 520, 2025: 600, 2026: 640, 2027: 380, 2028: 410, 2029: 460}),
    ("Reserve Omgevingswet en gebiedsontwikkeling", "6", "O", {2024: 210, 2025: 240, 2026: 180, 2027: 120, 2028: 0, 2029: 0}),
    ("Reserve duurzaamheid en energietransitie", "6", "O", {2024: 180, 2025: 260, 2026: 300, 2027: 300, 2028: 250, 2029: 150}),
    ("Reserve extra inzet handhaving", "2", "O", {2024: 0, 2025: 0, 2026: 85, 2027: 85, 2028: 0, 2029: 0}),
]
RESERVE_STAND_2026 = OrderedDict([
    ("Algemene reserve", 14250),
    ("Reserve sociaal domein", 2180),
    ("Reserve kapitaallasten sporthal De Brink", 3400),
    ("Reserve groot onderhoud wegen", 2860),
    ("Reserve Omgevingswet en gebiedsontwikkeling", 640),
    ("Reserve duurzaamheid en energietransitie", 1120),
    ("Reserve extra inzet handhaving", 170),
])

# incidentele baten en lasten 2026-2029: (omschrijving, programma, soort L|B, {year: amount})
INCIDENTEEL = [
    ("Viering 750 jaar Maerlebroek", "1", "L", {2026: 120}),
    ("Vrijval voorziening pensioenen gewezen wethouders", "1", "B", {2026: 210}),
    ("Extra inzet boa's en handhaving", "2", "L", {2026: 85, 2027: 85}),
    ("Transformatieprogramma sociaal domein", "5", "L", {2026: 620, 2027: 420}),
    ("Omgevingsvisie en gebiedsprogramma's", "6", "L", {2026: 180, 2027: 120}),
    ("Uitvoeringsprogramma energietransitie", "6", "L", {2026: 300, 2027: 300, 2028: 250, 2029: 150}),
    ("Implementatie nieuw zaaksysteem", "Overhead", "L", {2026: 140}),
]
# reserve onttrekkingen that are incidental (they cover the incidental lasten above)
INC_ONTTR = [("Algemene reserve", "1"), ("Reserve sociaal domein", "5"),
             ("Reserve Omgevingswet en gebiedsontwikkeling", "6"), ("Reserve duurzaamheid en energietransitie", "6"),
             ("Reserve extra inzet handhaving", "2")]

# lokale heffingen
TARIEVEN = [  # (belasting, grondslag, 2025, 2026, kind)
    ("OZB woningen, eigenaar", "% van de WOZ-waarde", 0.0785, 0.0812, "pct"),
    ("OZB niet-woningen, eigenaar", "% van de WOZ-waarde", 0.1520, 0.1572, "pct"),
    ("OZB niet-woningen, gebruiker", "% van de WOZ-waarde", 0.1236, 0.1278, "pct"),
    ("Afvalstoffenheffing eenpersoonshuishouden", "per huishouden per jaar", 276, 289, "eur"),
    ("Afvalstoffenheffing meerpersoonshuishouden", "per huishouden per jaar", 342, 358, "eur"),
    ("Rioolheffing", "per aansluiting per jaar", 236, 247, "eur"),
    ("Toeristenbelasting", "per persoon per overnachting", 1.85, 1.95, "eur2"),
]
WOZ_GEM = {2025: 356000, 2026: 371000}
AFVAL_AANSLAGEN = {"een": 4310, "meer": 9125}
RIOOL_AANSLUITINGEN = 14082

# investeringen (whole euros): (omschrijving, programma, jaar, krediet, termijn)
INVESTERINGEN = [
    ("Nieuwbouw sporthal De Brink", "4", 2026, 6850000, 40),
    ("Vervanging riolering Molenstraat e.o.", "3", 2026, 1240000, 60),
    ("Reconstructie Kanaalweg met vrijliggend fietspad", "3", 2026, 875000, 30),
    ("Vervanging tractie buitendienst (2 voertuigen)", "3", 2026, 312000, 10),
    ("Speelvoorzieningen wijk Zuiderpark", "3", 2026, 145000, 15),
    ("Uitbreiding basisschool De Regenboog", "4", 2027, 2150000, 40),
    ("Openbare verlichting LED, fase 3", "3", 2027, 468000, 20),
    ("Vervanging riolering Zuiderpark", "3", 2028, 1580000, 60),
]
RENTE = 0.025

# verbonden partijen (x 1.000): naam, vestiging, bijdrage 2025, bijdrage 2026
VERBONDEN = [
    ("Veiligheidsregio Maerland", "Maerhaven", 2586, 2684),
    ("GGD Maerland", "Maerhaven", 1131, 1184),
    ("Omgevingsdienst Maerland", "Lisdonk", 1198, 1246),
    ("Werkbedrijf Maerlanden (Wsw)", "Maerlebroek", 2716, 2846),
    ("Belastingsamenwerking Maerland", "Lisdonk", 398, 412),
]

WEERSTAND = {"ar": 14250, "onvoorzien": 150, "belastingcap": 1820, "benodigd": 7840}


def _gen():
    rnd = random.Random(20260)
    tv = OrderedDict()  # taakveld -> {"L": {y: v}, "B": {y: v}, "prog": p}

    def series(v26, name, kind):
        if v26 == 0:
            return {y: 0 for y in YEARS}
        g25 = rnd.uniform(0.015, 0.055)
        v25 = round(v26 / (1 + g25))
        v24 = round(v25 / (1 + rnd.uniform(0.01, 0.05)) * (1 + rnd.uniform(-0.06, 0.06)))
        out = {2024: v24, 2025: v25, 2026: v26}
        prev = v26
        for y in (2027, 2028, 2029):
            prev = round(prev * (1 + rnd.uniform(-0.004, 0.012)))
            out[y] = prev
        spec = (SPECIFIC if kind == "L" else BATEN_SPECIFIC).get(name, {})
        base = dict(out)
        for y, dlt in spec.items():
            out[y] = base[y] + dlt
        return out

    for p, (pn, rows) in PROGRAMMAS.items():
        for name, l, b in rows:
            tv[name] = {"prog": p, "L": series(l, name, "L"), "B": series(b, name, "B")}
    for name, l, b in ADM:
        tv[name] = {"prog": "ADM", "L": series(l, name, "L"), "B": series(b if b is not None else 0, name, "B")}
    name, l, b = OVERHEAD
    tv[name] = {"prog": "OH", "L": series(l, name, "L"), "B": series(b, name, "B")}
    # onvoorzien / stelposten under 0.8: keep flat
    tv["0.8 Overige baten en lasten"]["L"] = {2024: 0, 2025: 250, 2026: 250, 2027: 250, 2028: 250, 2029: 250}
    tv["0.9 Vennootschapsbelasting (Vpb)"]["L"] = {2024: 11, 2025: 18, 2026: 18, 2027: 18, 2028: 18, 2029: 18}
    tv["0.61 OZB woningen"]["B"] = {2024: 4812, 2025: 4976, 2026: 5148, 2027: 5190, 2028: 5236, 2029: 5281}
    tv["0.62 OZB niet-woningen"]["B"] = {2024: 2064, 2025: 2160, 2026: 2214, 2027: 2214, 2028: 2221, 2029: 2221}
    return tv


def build():
    tv = _gen()
    d = {"tv": tv}
    progs = list(PROGRAMMAS.keys()) + ["ADM", "OH"]
    mut = {p: {"T": {y: 0 for y in YEARS}, "O": {y: 0 for y in YEARS}} for p in progs}
    for r, p, kind, vals in MUTATIES:
        for y, v in vals.items():
            mut[p][kind][y] += v
    d["mut"] = mut

    def tot(p, kind, y):
        return sum(v[kind][y] for v in tv.values() if v["prog"] == p)

    # solve 0.7 algemene uitkering per year
    ga = "0.7 Algemene uitkering en overige uitkeringen gemeentefonds"
    for y in YEARS:
        tv[ga]["B"][y] = 0
        rest = 0
        for p in progs:
            rest += tot(p, "B", y) - tot(p, "L", y) - mut[p]["T"][y] + mut[p]["O"][y]
        tv[ga]["B"][y] = TARGET[y] - rest
    ps = OrderedDict()
    for p in progs:
        ps[p] = {}
        for y in YEARS:
            L, B = tot(p, "L", y), tot(p, "B", y)
            ps[p][y] = {"L": L, "B": B, "S": B - L, "T": mut[p]["T"][y], "O": mut[p]["O"][y],
                        "R": B - L - mut[p]["T"][y] + mut[p]["O"][y]}
    d["ps"] = ps
    d["total"] = {y: {k: sum(ps[p][y][k] for p in progs) for k in ["L", "B", "S", "T", "O", "R"]} for y in YEARS}

    # reserves 2026
    res = OrderedDict()
    for r, stand in RESERVE_STAND_2026.items():
        t26 = sum(v.get(2026, 0) for rr, p, k, v in MUTATIES if rr == r and k == "T")
        o26 = sum(v.get(2026, 0) for rr, p, k, v in MUTATIES if rr == r and k == "O")
        s = stand
        for y in (2026, 2027, 2028, 2029):
            s += sum(v.get(y, 0) for rr, p, k, v in MUTATIES if rr == r and k == "T")
            s -= sum(v.get(y, 0) for rr, p, k, v in MUTATIES if rr == r and k == "O")
            assert s >= 0, (r, y, s)
        res[r] = {"stand": stand, "T": t26, "O": o26, "eind": stand + t26 - o26, "eind2029": s}
    d["res"] = res

    # incidenteel / structureel saldo
    inc = {}
    for y in (2026, 2027, 2028, 2029):
        il = sum(v.get(y, 0) for o, p, k, v in INCIDENTEEL if k == "L")
        ib = sum(v.get(y, 0) for o, p, k, v in INCIDENTEEL if k == "B")
        io = sum(v.get(y, 0) for r, p, k, v in MUTATIES if k == "O" and (r, p) in INC_ONTTR)
        saldo = d["total"][y]["R"]
        inc[y] = {"L": il, "B": ib, "O": io, "saldo": saldo, "struct": saldo - ib - io + il}
    d["inc"] = inc

    # lokale heffingen
    heff = []
    for b, g, t25, t26, kind in TARIEVEN:
        heff.append((b, g, t25, t26, kind, round((t26 - t25) / t25 * 100, 1)))
    d["heff"] = heff
    ozb25 = round(WOZ_GEM[2025] * 0.0785 / 100)
    ozb26 = round(WOZ_GEM[2026] * 0.0812 / 100)
    wl = {2025: {"ozb": ozb25, "afval": 342, "riool": 236}, 2026: {"ozb": ozb26, "afval": 358, "riool": 247}}
    for y in wl:
        wl[y]["tot"] = wl[y]["ozb"] + wl[y]["afval"] + wl[y]["riool"]
    d["woonlasten"] = wl
    afv = AFVAL_AANSLAGEN["een"] * 289 + AFVAL_AANSLAGEN["meer"] * 358
    riool = RIOOL_AANSLUITINGEN * 247
    d["opbr_afval_eur"], d["opbr_riool_eur"] = afv, riool
    # opbrengsten table x 1.000 (2026 must match taakveld baten parts)
    d["opbrengst"] = OrderedDict([
        ("OZB woningen", {2024: tv["0.61 OZB woningen"]["B"][2024], 2025: tv["0.61 OZB woningen"]["B"][2025], 2026: tv["0.61 OZB woningen"]["B"][2026]}),
        ("OZB niet-woningen", {2024: tv["0.62 OZB niet-woningen"]["B"][2024], 2025: tv["0.62 OZB niet-woningen"]["B"][2025], 2026: tv["0.62 OZB niet-woningen"]["B"][2026]}),
        ("Afvalstoffenheffing", {2024: 4108, 2025: 4296, 2026: round(afv / 1000)}),
        ("Rioolheffing", {2024: 3176, 2025: 3318, 2026: round(riool / 1000)}),
        ("Toeristenbelasting", {2024: 212, 2025: 236, 2026: 262}),
        ("Precariobelasting en marktgelden", {2024: 118, 2025: 121, 2026: 124}),
        ("Leges omgevingsvergunningen", {2024: 1036, 2025: 1090, 2026: 1112}),
        ("Leges burgerzaken", {2024: 498, 2025: 562, 2026: 575}),
    ])
    # investeringen
    inv = []
    for o, p, j, k, t in INVESTERINGEN:
        kl = round(k / t + k * RENTE)
        inv.append((o, p, j, k, t, kl))
    d["inv"] = inv
    d["weerstand_ratio"] = round((WEERSTAND["ar"] + WEERSTAND["onvoorzien"] + WEERSTAND["belastingcap"]) / WEERSTAND["benodigd"], 2)
    return d


def check(d):
    tv, ps = d["tv"], d["ps"]
    for y in YEARS:
        t = d["total"][y]
        assert t["S"] == t["B"] - t["L"]
        assert t["R"] == t["S"] - t["T"] + t["O"]
        assert t["R"] == TARGET[y], (y, t["R"])
        for p, v in ps.items():
            assert v[y]["R"] == v[y]["S"] - v[y]["T"] + v[y]["O"]
    # 2026 taakveld values equal the declared ones
    for p, (pn, rows) in PROGRAMMAS.items():
        for name, l, b in rows:
            assert tv[name]["L"][2026] == l and tv[name]["B"][2026] == b, name
    # reserve totals 2026 = programme totals 2026
    assert sum(r["T"] for r in d["res"].values()) == d["total"][2026]["T"]
    assert sum(r["O"] for r in d["res"].values()) == d["total"][2026]["O"]
    # all values non-negative
    for name, v in tv.items():
        for k in ("L", "B"):
            for y in YEARS:
                assert v[k][y] >= 0, (name, k, y)
    # afval and riool baten 2026 cover the heffing
    assert tv["7.3 Afval"]["B"][2026] >= round(d["opbr_afval_eur"] / 1000)
    assert tv["7.2 Riolering"]["B"][2026] >= round(d["opbr_riool_eur"] / 1000)
    ga = tv["0.7 Algemene uitkering en overige uitkeringen gemeentefonds"]["B"]
    assert all(50000 < ga[y] < 80000 for y in YEARS), ga
    return True


if __name__ == "__main__":
    d = build()
    check(d)
    ga = d["tv"]["0.7 Algemene uitkering en overige uitkeringen gemeentefonds"]["B"]
    print("gemeentefonds", ga)
    print("total", d["total"])
    print("inc", d["inc"])
    print("res", d["res"])
    print("woonlasten", d["woonlasten"], d["opbr_afval_eur"], d["opbr_riool_eur"])
    for p, v in d["ps"].items():
        print(p, {y: (v[y]["L"], v[y]["B"], v[y]["R"]) for y in YEARS})
