"""All figures of set-ad, typed once; every total, saldo and derived figure is computed here.

Two fictional bodies:
- Gemeente Marlevoorde, Jaarstukken 2029 (PDF via LibreOffice).
- Bedrijfsvoeringsorganisatie Drieveste (shared services of Keppelzande, Ossenwaard and
  Heuvelmonde), Begroting 2031 en meerjarenraming 2032-2034 (Google-Docs HTML export).

Conventions: amounts in euros are int; tables "x € 1.000" hold int thousands (k).
"""
from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------------------
# Document 1: Marlevoorde, Jaarstukken 2029
# ---------------------------------------------------------------------------
MUNI = "Marlevoorde"
MUNI_TITLE = "Jaarstukken 2029 gemeente Marlevoorde"
MUNI_SUBTITLE = "Jaarverslag en jaarrekening 2029"
MUNI_FILE = "marlevoorde-jaarstukken-2029.pdf"
MUNI_DATE = "Vastgesteld door het college op 14 april 2030; aan de raad aangeboden op 22 april 2030"

# Kerngegevens (per 31 december)
KERNGEGEVENS = [
    # label, unit, 2028, 2029
    ("Aantal inwoners", "aantal", 41503, 41860),
    ("waarvan jonger dan 18 jaar", "aantal", 8214, 8190),
    ("waarvan 65 jaar en ouder", "aantal", 9388, 9642),
    ("Aantal woningen", "aantal", 18126, 18397),
    ("Huishoudens met een bijstandsuitkering", "aantal", 612, 587),
    ("Oppervlakte gemeente (hectare)", "ha", 9846, 9846),
    ("Formatie ambtelijke organisatie (fte)", "fte", 286.4, 291.2),
]

# Programmes. Rekening 2029 lasten/baten come from the taakvelden below.
PROGRAMMES = [
    # code, nr, name
    ("P1", 1, "Bestuur en dienstverlening"),
    ("P2", 2, "Veiligheid"),
    ("P3", 3, "Openbare ruimte en milieu"),
    ("P4", 4, "Zorg, jeugd en werk"),
    ("P5", 5, "Onderwijs, sport en cultuur"),
    ("P6", 6, "Ruimte, wonen en economie"),
]
# Non-programme rows of the overzicht van baten en lasten (BBV art. 17)
OTHER_ROWS = [
    ("AD", "Algemene dekkingsmiddelen"),
    ("OH", "Overhead"),
    ("VPB", "Heffing vennootschapsbelasting"),
    ("ONV", "Bedrag voor onvoorzien"),
]

# Budget columns per row in thousands: (lasten, baten, toevoegingen reserves, onttrekkingen reserves)
REK2028_K = {
    "P1": (5412, 1186, 0, 296),
    "P2": (4486, 226, 0, 0),
    "P3": (23118, 12604, 300, 1012),
    "P4": (56842, 12218, 0, 1106),
    "P5": (14206, 2488, 0, 598),
    "P6": (12904, 10866, 1240, 2118),
    "AD": (1486, 91204, 0, 1000),
    "OH": (15388, 384, 0, 0),
    "VPB": (31, 0, 0, 0),
    "ONV": (0, 0, 0, 0),
}
PRIM2029_K = {
    "P1": (5618, 1120, 0, 350),
    "P2": (4652, 195, 0, 0),
    "P3": (23940, 12880, 300, 1260),
    "P4": (57310, 12150, 0, 1200),
    "P5": (16420, 2540, 1650, 640),
    "P6": (12610, 10950, 845, 2640),
    "AD": (1520, 93560, 0, 1250),
    "OH": (15920, 350, 0, 0),
    "VPB": (45, 0, 0, 0),
    "ONV": (150, 0, 0, 0),
}
NAWIJZ2029_K = {
    "P1": (5804, 1195, 0, 350),
    "P2": (4771, 205, 0, 0),
    "P3": (24512, 13020, 300, 1410),
    "P4": (58366, 12504, 0, 1650),
    "P5": (16214, 2610, 1650, 640),
    "P6": (14120, 11720, 1200, 3280),
    "AD": (1610, 94512, 0, 1250),
    "OH": (16412, 390, 0, 0),
    "VPB": (45, 0, 0, 0),
    "ONV": (0, 0, 0, 0),
}

# Taakvelden, Rekening 2029 in euros: code, name, row (programme / other), lasten, baten
TAAKVELDEN = [
    ("0.1", "Bestuur", "P1", 3412687, 48215),
    ("0.2", "Burgerzaken", "P1", 2277325, 1184797),
    ("0.3", "Beheer overige gebouwen en gronden", "P6", 1104628, 1386915),
    ("0.4", "Overhead", "OH", 16208013, 412016),
    ("0.5", "Treasury", "AD", 712468, 1684230),
    ("0.61", "OZB woningen", "AD", 386215, 7418602),
    ("0.62", "OZB niet-woningen", "AD", 172918, 3206415),
    ("0.63", "Parkeerbelasting", "P3", 92416, 684310),
    ("0.64", "Belastingen overig", "AD", 0, 412600),
    ("0.7", "Algemene uitkering en overige uitkeringen gemeentefonds", "AD", 0, 84106557),
    ("0.8", "Overige baten en lasten", "AD", 318402, 92640),
    ("0.9", "Vennootschapsbelasting (VpB)", "VPB", 38022, 0),
    # 0.10 Mutaties reserves is derived from RESERVES below
    ("1.1", "Crisisbeheersing en brandweer", "P2", 3318777, 21604),
    ("1.2", "Openbare orde en veiligheid", "P2", 1406233, 188404),
    ("2.1", "Verkeer en vervoer", "P3", 7164470, 412688),
    ("2.2", "Parkeren", "P3", 318540, 96120),
    ("2.5", "Openbaar vervoer", "P3", 143275, 0),
    ("3.1", "Economische ontwikkeling", "P6", 486212, 0),
    ("3.2", "Fysieke bedrijfsinfrastructuur", "P6", 1822540, 2410000),
    ("3.3", "Bedrijvenloket en bedrijfsregelingen", "P6", 164305, 92640),
    ("3.4", "Economische promotie", "P6", 298410, 318225),
    ("4.1", "Openbaar basisonderwijs", "P5", 212604, 38500),
    ("4.2", "Onderwijshuisvesting", "P5", 3615287, 146808),
    ("4.3", "Onderwijsbeleid en leerlingzaken", "P5", 3904316, 1206505),
    ("5.1", "Sportbeleid en activering", "P5", 684230, 12000),
    ("5.2", "Sportaccommodaties", "P5", 3846094, 1108643),
    ("5.3", "Cultuurpresentatie, -productie en -participatie", "P5", 1512906, 84112),
    ("5.4", "Musea", "P5", 418360, 0),
    ("5.5", "Cultureel erfgoed", "P5", 262718, 8450),
    ("5.6", "Media", "P5", 1198504, 0),
    ("5.7", "Openbaar groen en (openlucht) recreatie", "P3", 3982114, 61345),
    ("6.1", "Samenkracht en burgerparticipatie", "P4", 4612008, 184220),
    ("6.2", "Toegang en eerstelijnsvoorzieningen", "P4", 5883146, 0),
    ("6.3", "Inkomensregelingen", "P4", 14206209, 11906896),
    ("6.4", "Begeleide participatie", "P4", 3794620, 0),
    ("6.5", "Arbeidsparticipatie", "P4", 1512384, 36000),
    ("6.6", "Maatwerkvoorzieningen (Wmo)", "P4", 2405917, 102655),
    ("6.71", "Maatwerkdienstverlening 18+", "P4", 9948263, 412870),
    ("6.72", "Maatwerkdienstverlening 18-", "P4", 12284705, 0),
    ("6.81", "Geëscaleerde zorg 18+", "P4", 612490, 0),
    ("6.82", "Geëscaleerde zorg 18-", "P4", 2166532, 0),
    ("7.1", "Volksgezondheid", "P4", 2018744, 14380),
    ("7.2", "Riolering", "P3", 4906337, 5318902),
    ("7.3", "Afval", "P3", 5247609, 5904860),
    ("7.4", "Milieubeheer", "P3", 1688392, 204516),
    ("7.5", "Begraafplaatsen en crematoria", "P3", 512860, 488274),
    ("8.1", "Ruimtelijke ordening", "P6", 2208916, 402318),
    ("8.2", "Grondexploitatie (niet-bedrijventerreinen)", "P6", 4916817, 5883826),
    ("8.3", "Wonen en bouwen", "P6", 2690187, 1476092),
]

# Reserves, euros. name, kind, stand 1-1-2029, programme of the mutations, toevoegingen, onttrekkingen
# The column "Bestemming resultaat 2028" is derived (RESULTAAT_BESTEMMING_2028 below).
RESERVES = [
    ("Algemene reserve", "algemeen", 14826410, "AD", 0, 1250000),
    ("Reserve sociaal domein", "bestemming", 3412600, "P4", 0, 1486045),
    ("Reserve digitalisering dienstverlening", "bestemming", 760000, "P1", 0, 319040),
    ("Reserve wegen en openbare verlichting", "bestemming", 1245900, "P3", 300000, 584212),
    ("Reserve duurzaamheid en klimaat", "bestemming", 1880000, "P3", 0, 725810),
    ("Reserve dekking kapitaallasten", "bestemming", 9884215, "P5", 1650000, 612030),
    ("Reserve onderhoud gemeentelijke gebouwen", "bestemming", 2106344, "P6", 845000, 1138620),
    ("Reserve grondexploitaties", "bestemming", 4512760, "P6", 912020, 0),
    ("Reserve centrumontwikkeling", "bestemming", 2600000, "P6", 0, 1942410),
]
# Euro residual of the 2028 result below the thousands shown in the 2028 column
RESULTAAT_2028_EURO_REST = 386
# Fixed parts of the 2028 result allocation; the algemene reserve takes the rest
BESTEMMING_2028_FIXED = {
    "Reserve duurzaamheid en klimaat": 400000,
    "Reserve digitalisering dienstverlening": 250000,
}
# Proposed allocation of the 2029 result (text): this much to Reserve sociaal domein, rest algemene reserve
VOORSTEL_2029_SOCIAAL = 750000

# Beleidsindicatoren per programme: label, eenheid, bron, 2027, 2028, 2029 (None = n.b.)
INDICATOREN = {
    "P1": [
        ("Formatie", "fte per 1.000 inwoners", "Eigen gegevens", 6.71, 6.90, 6.96),
        ("Apparaatskosten", "kosten per inwoner", "Eigen begroting", 612, 641, 668),
        ("Externe inhuur", "% van loonsom + inhuur", "Eigen begroting", 11.8, 12.6, 10.9),
        ("Overhead", "% van totale lasten", "Eigen begroting", 11.2, 11.5, 11.5),
    ],
    "P2": [
        ("Verwijzingen Halt", "per 10.000 jongeren", "Bureau Halt", 118, 104, 97),
        ("Winkeldiefstallen", "per 1.000 inwoners", "CBS", 1.4, 1.6, 1.3),
        ("Geweldsmisdrijven", "per 1.000 inwoners", "CBS", 3.9, 3.7, 3.8),
        ("Diefstallen uit woning", "per 1.000 inwoners", "CBS", 1.8, 1.5, 1.6),
        ("Vernielingen en beschadigingen", "per 1.000 inwoners", "CBS", 5.2, 4.8, 4.4),
    ],
    "P3": [
        ("Ziekenhuisopname na verkeersongeval", "% van inwoners", "VeiligheidNL", 0.9, 0.8, None),
        ("Omvang huishoudelijk restafval", "kg per inwoner", "CBS", 128, 119, 104),
        ("Hernieuwbare elektriciteit", "%", "Klimaatmonitor", 31.4, 36.2, 41.7),
    ],
    "P4": [
        ("Banen", "per 1.000 inw. 15-74 jaar", "LISA", 702.5, 711.9, 718.3),
        ("Netto arbeidsparticipatie", "%", "CBS", 70.8, 71.3, 71.9),
        ("Kinderen in uitkeringsgezin", "%", "CBS", 4.6, 4.4, 4.1),
        ("Personen met een bijstandsuitkering", "per 10.000 inw. 18+", "CBS", 201.4, 194.6, 182.3),
        ("Jongeren met jeugdhulp", "% van 0-18 jaar", "CBS", 12.9, 13.4, 13.1),
        ("Cliënten met maatwerkarrangement Wmo", "per 10.000 inwoners", "CBS", 612, 638, 655),
    ],
    "P5": [
        ("Absoluut verzuim", "per 1.000 leerlingen", "DUO", 1.8, 2.1, 1.7),
        ("Relatief verzuim", "per 1.000 leerlingen", "DUO", 19, 22, 21),
        ("Voortijdig schoolverlaters", "% van VO- en MBO-leerlingen", "DUO", 1.6, 1.4, 1.5),
        ("Niet-sporters", "% van inwoners 19+", "RIVM", 44.1, 43.2, None),
    ],
    "P6": [
        ("Gemiddelde WOZ-waarde woning", "x € 1.000", "CBS", 352, 371, 389),
        ("Nieuw gebouwde woningen", "per 1.000 woningen", "ABF", 9.8, 12.4, 14.7),
        ("Woonlasten eenpersoonshuishouden", "euro", "COELO", None, None, None),  # filled below
        ("Woonlasten meerpersoonshuishouden", "euro", "COELO", None, None, None),  # filled below
        ("Vestigingen van bedrijven", "per 1.000 inw. 15-74 jaar", "LISA", 128.6, 131.2, 133.9),
    ],
}

# Lokale heffingen: tarieven 2028 / 2029 and woonlasten (COELO-definitie)
TARIEVEN = [
    # label, 2028, 2029 (euro amounts with cents, or percentage of WOZ)
    ("OZB woningen eigenaar (% WOZ-waarde)", 0.0912, 0.0948, "pct4"),
    ("OZB niet-woningen eigenaar (% WOZ-waarde)", 0.1684, 0.1731, "pct4"),
    ("OZB niet-woningen gebruiker (% WOZ-waarde)", 0.1352, 0.1390, "pct4"),
    ("Rioolheffing per aansluiting", 268.40, 279.10, "eur2"),
    ("Afvalstoffenheffing eenpersoonshuishouden", 241.80, 251.60, "eur2"),
    ("Afvalstoffenheffing meerpersoonshuishouden", 318.00, 331.20, "eur2"),
]
WOZ_GEMIDDELD_2028 = 371000
WOZ_GEMIDDELD_2029 = 389000
WOONLASTEN_2027 = (812, 884)  # eenpersoons, meerpersoons (2027 from the COELO atlas)

# Opbrengst lokale heffingen: label, begroting 2029 (after wijziging), realisatie taakveld source
HEFFINGEN_OPBRENGST = [
    ("OZB woningen", 7380000, ("0.61", "baten")),
    ("OZB niet-woningen", 3250000, ("0.62", "baten")),
    ("Parkeerbelasting", 720000, ("0.63", "baten")),
    ("Toeristenbelasting", 305000, ("3.4", "baten")),
    ("Afvalstoffenheffing", 5610000, 5522870),
    ("Rioolheffing", 5090000, 5112604),
]

# Verbonden partijen: name, type, begroot 2029, werkelijk 2029 (euros)
VERBONDEN_PARTIJEN = [
    ("Veiligheidsregio Groenmeer", "GR", 2874000, 2906340),
    ("GGD Groenmeer", "GR", 1312000, 1298415),
    ("Omgevingsdienst Groenmeer", "GR", 1046000, 1102688),
    ("Werkbedrijf Groenmeer", "GR", 3580000, 3512906),
    ("Afvalbedrijf Groenmeer NV", "Deelneming", 0, 0),
]

# Investeringskredieten: name, jaar besluit, krediet, uitgaven t/m 2028, uitgaven 2029, afsluiten
KREDIETEN = [
    ("Vervanging sporthal De Reigerhof", 2027, 8750000, 2412306, 4986120, False),
    ("Reconstructie Essenkampweg", 2028, 2340000, 184560, 1906418, False),
    ("Openbare verlichting LED fase 2", 2028, 615000, 0, 638922, True),
    ("Renovatie IKC Het Palet", 2026, 4120000, 3684101, 397280, True),
    ("Vervanging riolering Klaverwijk", 2029, 1480000, 0, 1126700, False),
    ("Aanschaf voertuigen buitendienst", 2029, 690000, 0, 672340, True),
    ("Zaaksysteem en e-depot", 2028, 325000, 142600, 168015, True),
    ("Verduurzaming cultuurhuis Brinkhuis", 2029, 1150000, 0, 286455, False),
    ("Speelvoorzieningen 2029", 2029, 210000, 0, 187455, True),
]

# BBV-kengetallen (percentages): label, rekening 2028, begroting 2029, rekening 2029
KENGETALLEN = [
    ("Netto schuldquote", 58.4, 63.0, 55.1),
    ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", 56.9, 61.5, 53.7),
    ("Solvabiliteitsratio", 29.8, 27.5, 31.6),
    ("Grondexploitatie", 6.2, 5.4, 4.9),
    ("Structurele exploitatieruimte", 1.1, 0.4, 1.6),
    ("Belastingcapaciteit", 104.2, 106.0, 105.8),
]
ONBENUTTE_BELASTINGCAPACITEIT = 2614000
BENODIGDE_WEERSTANDSCAPACITEIT = 8420000

# Balans x € 1.000 (31-12-2028, 31-12-2029); eigen vermogen is derived from the reserves,
# liquide middelen balances the sheet (both years).
BALANS_ACTIVA = [
    ("Immateriële vaste activa", 412, 368),
    ("Materiële vaste activa", 110802, 112412),
    ("Financiële vaste activa", 6218, 5980),
    ("Voorraden (bouwgronden in exploitatie)", 9146, 8412),
    ("Uitzettingen korter dan een jaar", 14302, 15618),
    ("Overlopende activa", 6840, 7212),
]
BALANS_PASSIVA = [
    ("Voorzieningen", 11460, 11904),
    ("Vaste schulden met een looptijd van een jaar of langer", 72500, 74250),
    ("Netto vlottende schulden korter dan een jaar", 12618, 14206),
    ("Overlopende passiva", 9644, 10172),
]

# ---------------------------------------------------------------------------
# Derived figures, document 1
# ---------------------------------------------------------------------------
ROW_CODES = [c for c, _, _ in PROGRAMMES] + [c for c, _ in OTHER_ROWS]
ROW_NAMES = {c: f"Programma {n} {name}" for c, n, name in PROGRAMMES} | dict(OTHER_ROWS)
PROG_NAME = {c: name for c, _, name in PROGRAMMES}
PROG_NR = {c: n for c, n, _ in PROGRAMMES}


def rk(euros: int) -> int:
    """Round euros to thousands, half away from zero."""
    sign = -1 if euros < 0 else 1
    return sign * ((abs(euros) + 500) // 1000)


@dataclass
class Row:
    lasten: int
    baten: int
    toev: int
    ontt: int

    @property
    def saldo(self) -> int:  # baten - lasten (negative = nadelig)
        return self.baten - self.lasten

    @property
    def mutaties(self) -> int:
        return self.ontt - self.toev

    @property
    def resultaat(self) -> int:
        return self.saldo + self.mutaties


def _tv_sum(code: str, idx: int) -> int:
    return sum(t[idx] for t in TAAKVELDEN if t[2] == code)


REK2029_EUR = {
    c: Row(
        _tv_sum(c, 3),
        _tv_sum(c, 4),
        sum(r[4] for r in RESERVES if r[3] == c),
        sum(r[5] for r in RESERVES if r[3] == c),
    )
    for c in ROW_CODES
}
REK2029_K = {c: (rk(r.lasten), rk(r.baten), rk(r.toev), rk(r.ontt)) for c, r in REK2029_EUR.items()}

COLUMNS = {
    "rek2028": REK2028_K,
    "prim2029": PRIM2029_K,
    "nawijz2029": NAWIJZ2029_K,
    "rek2029": REK2029_K,
}
COLUMN_LABELS = {
    "rek2028": "Rekening 2028",
    "prim2029": "Begroting 2029 primitief",
    "nawijz2029": "Begroting 2029 na wijziging",
    "rek2029": "Rekening 2029",
}


def row_k(col: str, code: str) -> Row:
    return Row(*COLUMNS[col][code])


def total_k(col: str, codes: list[str] | None = None) -> Row:
    codes = codes or ROW_CODES
    rows = [row_k(col, c) for c in codes]
    return Row(*(sum(getattr(r, f) for r in rows) for f in ("lasten", "baten", "toev", "ontt")))


PROG_CODES = [c for c, _, _ in PROGRAMMES]

# Euro totals (Rekening 2029) straight from taakvelden and reserves
TOT_LASTEN_EXCL_EUR = sum(t[3] for t in TAAKVELDEN)
TOT_BATEN_EXCL_EUR = sum(t[4] for t in TAAKVELDEN)
TOT_TOEV_EUR = sum(r[4] for r in RESERVES)
TOT_ONTT_EUR = sum(r[5] for r in RESERVES)
SALDO_2029_EUR = TOT_BATEN_EXCL_EUR - TOT_LASTEN_EXCL_EUR
RESULTAAT_2029_EUR = SALDO_2029_EUR + TOT_ONTT_EUR - TOT_TOEV_EUR

RESULTAAT_2028_K = total_k("rek2028").resultaat
RESULTAAT_2028_EUR = RESULTAAT_2028_K * 1000 + RESULTAAT_2028_EURO_REST
BESTEMMING_2028 = dict(BESTEMMING_2028_FIXED)
BESTEMMING_2028["Algemene reserve"] = RESULTAAT_2028_EUR - sum(BESTEMMING_2028_FIXED.values())


def reserve_rows():
    """Reserves table rows: name, kind, stand 1-1, bestemming 2028, toev, ontt, stand 31-12."""
    out = []
    for name, kind, stand, _prog, toev, ontt in RESERVES:
        best = BESTEMMING_2028.get(name, 0)
        out.append((name, kind, stand, best, toev, ontt, stand + best + toev - ontt))
    return out


def reserve_totals(kind: str | None = None):
    rows = [r for r in reserve_rows() if kind is None or r[1] == kind]
    return tuple(sum(r[i] for r in rows) for i in range(2, 7))


ALG_RES_3112 = [r for r in reserve_rows() if r[0] == "Algemene reserve"][0][6]
WEERSTANDSCAPACITEIT = ALG_RES_3112 + ONBENUTTE_BELASTINGCAPACITEIT
WEERSTANDSRATIO = round(WEERSTANDSCAPACITEIT / BENODIGDE_WEERSTANDSCAPACITEIT, 2)

# Woonlasten (COELO): OZB on the average WOZ + rioolheffing + afvalstoffenheffing
def _woonlasten(year_idx: int) -> tuple[int, int]:
    tar = {t[0]: t[1 + year_idx] for t in TARIEVEN}
    woz = (WOZ_GEMIDDELD_2028, WOZ_GEMIDDELD_2029)[year_idx]
    ozb = woz * tar["OZB woningen eigenaar (% WOZ-waarde)"] / 100
    riool = tar["Rioolheffing per aansluiting"]
    een = round(ozb + riool + tar["Afvalstoffenheffing eenpersoonshuishouden"])
    meer = round(ozb + riool + tar["Afvalstoffenheffing meerpersoonshuishouden"])
    return een, meer


WOONLASTEN_2028 = _woonlasten(0)
WOONLASTEN_2029 = _woonlasten(1)
INDICATOREN["P6"][2] = ("Woonlasten eenpersoonshuishouden", "euro", "COELO",
                        WOONLASTEN_2027[0], WOONLASTEN_2028[0], WOONLASTEN_2029[0])
INDICATOREN["P6"][3] = ("Woonlasten meerpersoonshuishouden", "euro", "COELO",
                        WOONLASTEN_2027[1], WOONLASTEN_2028[1], WOONLASTEN_2029[1])

TV = {t[0]: t for t in TAAKVELDEN}


def heffing_realisatie(src) -> int:
    if isinstance(src, int):
        return src
    code, side = src
    return TV[code][3] if side == "lasten" else TV[code][4]


def kredieten_rows():
    """name, jaar, krediet, t/m 2028, 2029, totaal, restant, afsluiten."""
    out = []
    for name, jaar, krediet, tm, uit, afsl in KREDIETEN:
        tot = tm + uit
        out.append((name, jaar, krediet, tm, uit, tot, krediet - tot, afsl))
    return out


def kredieten_totals():
    rows = kredieten_rows()
    return tuple(sum(r[i] for r in rows) for i in (2, 3, 4, 5, 6))


EV_2028_K = rk(reserve_totals()[0] + RESULTAAT_2028_EUR)
EV_2029_K = rk(reserve_totals()[4] + RESULTAAT_2029_EUR)
_PASSIVA_OTHER_28 = sum(p[1] for p in BALANS_PASSIVA)
_PASSIVA_OTHER_29 = sum(p[2] for p in BALANS_PASSIVA)
BALANS_TOTAAL_2028 = EV_2028_K + _PASSIVA_OTHER_28
BALANS_TOTAAL_2029 = EV_2029_K + _PASSIVA_OTHER_29
LIQUIDE_2028 = BALANS_TOTAAL_2028 - sum(a[1] for a in BALANS_ACTIVA)
LIQUIDE_2029 = BALANS_TOTAAL_2029 - sum(a[2] for a in BALANS_ACTIVA)


# ---------------------------------------------------------------------------
# Document 2: Bedrijfsvoeringsorganisatie Drieveste, Begroting 2031
# ---------------------------------------------------------------------------
GR = "Bedrijfsvoeringsorganisatie Drieveste"
GR_TITLE = "Begroting 2031 en meerjarenraming 2032-2034"
GR_FILE = "bvo-drieveste-begroting-2031.html"
GR_DATE = "Vastgesteld door het algemeen bestuur op 2 juli 2030"

YEARS_MJR = [2031, 2032, 2033, 2034]

# Deelnemers: name, inwoners 1-1-2030, verdeelsleutel (percent, two decimals)
DEELNEMERS = [
    ("Keppelzande", 39412, 41.25),
    ("Ossenwaard", 31806, 34.50),
    ("Heuvelmonde", 22145, 24.25),
]

# Lasten per team, x € 1.000: Begroting 2030 (na wijziging), 2031, 2032, 2033, 2034
TEAMS = [
    ("Informatievoorziening en ICT", (9684, 10412, 10538, 10690, 10745)),
    ("Financiën en control", (4390, 4612, 4655, 4702, 4748)),
    ("Personeel en organisatie", (3602, 3815, 3844, 3876, 3905)),
    ("Inkoop en juridische zaken", (2016, 2138, 2150, 2166, 2180)),
    ("Documentaire informatievoorziening", (1718, 2046, 2012, 1812, 1826)),
    ("Facilitaire zaken en huisvesting", (3412, 3561, 3590, 3622, 3650)),
    ("Directie en bedrijfsbureau", (1465, 1532, 1541, 1552, 1560)),
    ("Onvoorzien", (100, 100, 100, 100, 100)),
]
BATEN_DERDEN = (452, 470, 470, 470, 470)
# Reserve mutations x € 1.000 (2030, 2031..2034)
GR_TOEVOEGINGEN = (0, 0, 0, 0, 0)
GR_ONTTREKKINGEN_ICT = (300, 350, 200, 0, 0)
GR_ONTTREKKINGEN_FIN = (0, 120, 0, 0, 0)

GR_COLS = ["2030", "2031", "2032", "2033", "2034"]


def gr_totals():
    """Per column: lasten, derden, bijdragen, totaal baten, saldo, toev, ontt, resultaat (x 1.000)."""
    out = {}
    for i, col in enumerate(GR_COLS):
        lasten = sum(t[1][i] for t in TEAMS)
        ontt = GR_ONTTREKKINGEN_ICT[i] + GR_ONTTREKKINGEN_FIN[i]
        toev = GR_TOEVOEGINGEN[i]
        bijdr = lasten - BATEN_DERDEN[i] - ontt + toev
        baten = bijdr + BATEN_DERDEN[i]
        saldo = baten - lasten
        out[col] = dict(lasten=lasten, derden=BATEN_DERDEN[i], bijdragen=bijdr, baten=baten,
                        saldo=saldo, toev=toev, ontt=ontt, resultaat=saldo - toev + ontt)
    return out


GR_TOT = gr_totals()


def bijdragen_per_deelnemer():
    """{col: [(name, euros)]}, rounded to whole euros; the last member takes the rounding rest."""
    out = {}
    for col in GR_COLS:
        total = GR_TOT[col]["bijdragen"] * 1000
        rows = []
        for name, _inw, pct in DEELNEMERS[:-1]:
            rows.append((name, round(total * pct / 100)))
        rows.append((DEELNEMERS[-1][0], total - sum(v for _, v in rows)))
        out[col] = rows
    return out


BIJDRAGEN = bijdragen_per_deelnemer()

# Formatie (fte) per team: 2030, 2031
FORMATIE = [
    ("Informatievoorziening en ICT", 62.4, 64.4),
    ("Financiën en control", 41.2, 42.0),
    ("Personeel en organisatie", 28.6, 29.4),
    ("Inkoop en juridische zaken", 17.8, 18.6),
    ("Documentaire informatievoorziening", 18.9, 21.9),
    ("Facilitaire zaken en huisvesting", 24.3, 24.3),
    ("Directie en bedrijfsbureau", 9.0, 9.0),
]
FORMATIE_TOTAAL = (round(sum(f[1] for f in FORMATIE), 1), round(sum(f[2] for f in FORMATIE), 1))

# Autonome ontwikkelingen en nieuw beleid, euros: group, nr, omschrijving, S/I, 2031..2034
NIEUW_BELEID = [
    ("A", 1, "Loon- en prijsontwikkeling (cao Gemeenten 2030-2032)", "S", (842000, 842000, 842000, 842000)),
    ("A", 2, "Hogere licentiekosten cloudapplicaties", "S", (318000, 318000, 318000, 318000)),
    ("A", 3, "Energie en schoonmaak kantoor Vijverhof", "S", (64000, 64000, 64000, 64000)),
    ("B", 4, "Informatiebeveiliging en privacy (2,0 fte)", "S", (196000, 196000, 196000, 196000)),
    ("B", 5, "Vervanging financieel pakket (implementatie)", "I", (385000, 140000, 0, 0)),
    ("B", 6, "Digitalisering bouwdossiers en aansluiting e-depot", "I", (260000, 260000, 60000, 0)),
    ("B", 7, "Traineeprogramma bedrijfsvoering", "S", (88000, 88000, 88000, 88000)),
]
NIEUW_BELEID_GROUPS = {"A": "Autonome ontwikkelingen", "B": "Nieuw beleid"}


def nb_totals(group: str | None = None, si: str | None = None):
    rows = [r for r in NIEUW_BELEID if (group is None or r[0] == group) and (si is None or r[3] == si)]
    return tuple(sum(r[4][i] for r in rows) for i in range(4))


# Risico's: omschrijving, kans (percent), impact (euros); risicobedrag = kans x impact
RISICOS = [
    ("Cyberincident of langdurige uitval van de ICT-omgeving", 25, 600000),
    ("Cao-stijging hoger dan de geraamde loonindex", 50, 420000),
    ("Minder afname van diensten door een deelnemer", 10, 900000),
    ("Vertraging bij de vervanging van het financieel pakket", 30, 250000),
    ("Hoog ziekteverzuim en extra inhuur", 40, 180000),
]


def risico_rows():
    return [(o, k, i, i * k // 100) for o, k, i in RISICOS]


RISICO_TOTAAL = sum(r[3] for r in risico_rows())

# Reserves BVO, euros: name, stand 1-1-2031, toevoeging 2031, onttrekking 2031
GR_RESERVES = [
    ("Algemene reserve", 840000, GR_TOEVOEGINGEN[1] * 1000, 0),
    ("Bestemmingsreserve vervanging ICT", 1265000, 0, GR_ONTTREKKINGEN_ICT[1] * 1000),
    ("Bestemmingsreserve vervanging financieel pakket", 410000, 0, GR_ONTTREKKINGEN_FIN[1] * 1000),
]


def gr_reserve_rows():
    return [(n, s, t, o, s + t - o) for n, s, t, o in GR_RESERVES]


GR_RES_TOT = tuple(sum(r[i] for r in gr_reserve_rows()) for i in range(1, 5))
GR_WEERSTANDSRATIO = round(GR_RESERVES[0][1] / RISICO_TOTAAL, 2)

# Investeringen (euros): omschrijving, afschrijvingstermijn (jaren), 2031..2034
GR_INVESTERINGEN = [
    ("Laptops en werkplekken", 4, (412000, 96000, 88000, 430000)),
    ("Netwerk- en serverinfrastructuur", 5, (0, 520000, 0, 0)),
    ("Telefonie en vergaderfaciliteiten", 5, (0, 0, 185000, 0)),
    ("Inrichting kantoor Vijverhof", 10, (160000, 0, 0, 0)),
]
GR_INV_TOT = tuple(sum(r[2][i] for r in GR_INVESTERINGEN) for i in range(4))

# Kengetallen (percent): label, begroting 2030, begroting 2031
GR_KENGETALLEN = [
    ("Netto schuldquote", 18.4, 21.2),
    ("Solvabiliteitsratio", 14.8, 13.1),
    ("Structurele exploitatieruimte", 0.0, 0.0),
]

# Uitgangspunten (numbered list in the document)
GR_INDEX_LOON = 3.4
GR_INDEX_PRIJS = 2.3

# ---------------------------------------------------------------------------
# Explanations of the differences (Rekening 2029 vs Begroting 2029 na wijziging), euros;
# + = voordelig. The rest of each difference ("overige kleine verschillen") is derived.
# ---------------------------------------------------------------------------
VARIANCES = {
    "P1": {"lasten": [("Vacatureruimte bij het klantcontactcentrum, deels ingevuld met inhuur", 78000)],
           "baten": [("Hogere legesopbrengst reisdocumenten en rijbewijzen", 31000)]},
    "P2": {"lasten": [("Hogere bijdrage Veiligheidsregio Groenmeer", -32000),
                      ("Lagere kosten toezicht en handhaving door vacatures", 64000)]},
    "P3": {"lasten": [("Uitgesteld groot onderhoud wegen (uitvoering in 2030)", 312000),
                      ("Lagere energielasten openbare verlichting na LED-vervanging", 118000),
                      ("Hogere verwerkingskosten restafval", -96000)],
           "baten": [("Hogere vergoeding voor ingezameld verpakkingsmateriaal", 176000),
                     ("Lagere opbrengst parkeerbelasting", -36000)]},
    "P4": {"lasten": [("Jeugdhulp met verblijf (taakveld 6.72)", -746000),
                      ("Wmo-begeleiding (taakveld 6.71)", -418000),
                      ("Lagere uitvoeringskosten bijstand", 126000)],
           "baten": [("Hogere rijksbijdrage BUIG (nader voorlopig budget)", 118000)]},
    "P5": {"lasten": [("Lagere kapitaallasten door latere oplevering sporthal De Reigerhof", 472000)]},
    "P6": {"lasten": [("Lagere lasten grondexploitatie Marktkwartier door fasering", 356000)],
           "baten": [("Verkoop bouwkavels Essenkamp-Zuid", 284000)]},
    "AD": {"baten": [("Hogere algemene uitkering (decembercirculaire 2029)", 1842000),
                     ("Lagere rentelasten en hogere renteopbrengsten (treasury)", 286000),
                     ("Hogere dividenduitkering Bank Nederlandse Gemeenten", 214000)]},
    "OH": {"lasten": [("Lagere ICT-licentiekosten en vertraagde aanbesteding werkplekbeheer", 146000)]},
}


def diff_k(code: str, field_name: str) -> int:
    """Rekening 2029 vs begroting na wijziging in thousands, + = voordelig."""
    r, b = row_k("rek2029", code), row_k("nawijz2029", code)
    if field_name in ("lasten", "toev"):
        return getattr(b, field_name) - getattr(r, field_name)
    return getattr(r, field_name) - getattr(b, field_name)


def variance_items(code: str, side: str):
    """[(label, euros)] with the derived rest as last item (label 'Overige kleine verschillen')."""
    items = list(VARIANCES.get(code, {}).get(side, []))
    rest = diff_k(code, side) * 1000 - sum(v for _, v in items)
    return items + [("Overige kleine verschillen", rest)]


RESULTAAT_DIFF_K = total_k("rek2029").resultaat - total_k("nawijz2029").resultaat

# ---------------------------------------------------------------------------
# Figures that only occur in the running text of document 1
# ---------------------------------------------------------------------------
KERNEN = ["Marlevoorde", "Hoge Marle", "Voorderbroek"]
KTO_CIJFER = {2028: 7.3, 2029: 7.6}          # rapportcijfer dienstverlening
DIGITAAL_AANVRAGEN_PCT = 86                   # % of requests submitted digitally
WONINGINBRAKEN = {2028: 81, 2029: 67}
PANDSLUITINGEN_2029 = 6
LED_MASTEN_2029 = 1940
HULPVRAGEN_BUURTKRACHT_2029 = 2418
NIEUWBOUW_2029 = 266
TRANSFORMATIE_2029 = 5
KAVELS_ESSENKAMP = 11
JEUGDHULP_JONGEREN_2029 = round(  # 0-17 population x indicator "Jongeren met jeugdhulp" 2029
    {k[0]: k for k in KERNGEGEVENS}["waarvan jonger dan 18 jaar"][3]
    * {i[0]: i for i in INDICATOREN["P4"]}["Jongeren met jeugdhulp"][5] / 100)


def inwoners(year: int) -> int:
    return {k[0]: k for k in KERNGEGEVENS}["Aantal inwoners"][2 if year == 2028 else 3]


LASTEN_PER_INWONER_2029 = round(TOT_LASTEN_EXCL_EUR / inwoners(2029))
RESULTAAT_BESTEMMING_VOORSTEL = {
    "Reserve sociaal domein": VOORSTEL_2029_SOCIAAL,
    "Algemene reserve": RESULTAAT_2029_EUR - VOORSTEL_2029_SOCIAAL,
}
