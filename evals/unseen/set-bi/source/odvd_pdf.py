"""Build the FICTIONAL 'Omgevingsdienst Vecht en Dinkel, Programmabegroting 2025' PDF with fpdf2.

The body and every figure in it are made up. Usage: python odvd_pdf.py OUT.pdf FACTS.json
"""
import sys
from decimal import Decimal, ROUND_HALF_UP

import fpdf
from datetime import datetime, timezone
from fpdf import FPDF
from fpdf.fonts import FontFace

from common import Facts, eur, eur_par, dec, mln, rnd

DOC_ID = "odvd-begroting-2025"
FILE = "omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf"
F = Facts(DOC_ID, FILE)
BODY = "Omgevingsdienst Vecht en Dinkel"
FONT = "/usr/share/fonts/truetype/dejavu/"

# ------------------------------------------------------------------ data (all FICTIONAL)
# participant: (basistaken 2025, plustaken 2025, totaal begroting 2024)
DEELNEMERS = [
    ("Gemeente Twenterand", 846310, 438340, 1218540),
    ("Gemeente Dinkelland", 702480, 329930, 986205),
    ("Gemeente Tubbergen", 641955, 316765, 921380),
    ("Gemeente Hardenberg", 1398620, 747760, 2047915),
    ("Gemeente Ommen", 486215, 226690, 688140),
    ("Gemeente Losser", 713480, 351760, 1019660),
    ("Provincie Overijssel", 2904300, 514300, 3302750),
]
BIJ25 = sum(b + p for _, b, p, _ in DEELNEMERS)
BIJ24 = sum(x[3] for x in DEELNEMERS)

# lasten/baten in x EUR 1.000: (rekening 2023, begroting 2024, begroting 2025)
LASTEN = [
    ("Salarissen en sociale lasten", 8904, 9231, 9846),
    ("Inhuur derden", 1318, 964, 812),
    ("Huisvesting", 902, 941, 968),
    ("ICT en informatievoorziening", 876, 1006, 1124),
    ("Kapitaallasten", 351, 372, 386),
    ("Overige bedrijfsvoeringskosten", 689, 714, 742),
    ("Onvoorzien", 0, 50, 50),
]
BATEN = [
    ("Bijdragen deelnemers", 10498, rnd(BIJ24), rnd(BIJ25)),
    ("Opdrachten derden (niet-deelnemers)", 1096, 1120, 1184),
    ("Rijksbijdrage BRZO- en Seveso-taken", 1311, 1362, 1428),
    ("Leges en overige baten", 243, 205, 215),
]
RES_MUT = {  # (toevoeging, onttrekking) x 1.000
    "2023": (0, 0), "2024": (0, 406), "2025": (0, 482)}

COLS3 = ("2023", "2024", "2025")


def tot(rows, i):
    return sum(r[i] for r in rows)


L = {c: tot(LASTEN, i + 1) for i, c in enumerate(COLS3)}
B = {c: tot(BATEN, i + 1) for i, c in enumerate(COLS3)}
S = {c: B[c] - L[c] for c in COLS3}
RES = {c: S[c] - RES_MUT[c][0] + RES_MUT[c][1] for c in COLS3}
assert RES["2025"] == 0, RES
assert RES["2024"] == 0 and RES["2023"] == 108, RES

# meerjarenraming (x 1.000), lasten indexed; bijdragen balance the budget
MJR_YEARS = ["2025", "2026", "2027", "2028"]
IDX = {"Salarissen en sociale lasten": (1.031, 1.028, 1.025), "Inhuur derden": (0.95, 0.95, 1.0),
       "Huisvesting": (1.02, 1.02, 1.02), "ICT en informatievoorziening": (1.04, 1.03, 1.03),
       "Kapitaallasten": (1.05, 1.01, 0.98), "Overige bedrijfsvoeringskosten": (1.02, 1.02, 1.02),
       "Onvoorzien": (1, 1, 1)}
MJR_L = {}
for name, *_v in LASTEN:
    vals = [_v[2]]
    for f in IDX[name]:
        vals.append(int(Decimal(vals[-1] * f).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    MJR_L[name] = dict(zip(MJR_YEARS, vals))
MJR_OTHER_B = {"Opdrachten derden (niet-deelnemers)": [1184, 1210, 1236, 1262],
               "Rijksbijdrage BRZO- en Seveso-taken": [1428, 1460, 1492, 1525],
               "Leges en overige baten": [215, 215, 215, 215]}
MJR_ONTTR = [482, 150, 0, 0]
MJR_B = {k_: dict(zip(MJR_YEARS, v)) for k_, v in MJR_OTHER_B.items()}
MJR_BIJ = {}
for i, y in enumerate(MJR_YEARS):
    lt = sum(MJR_L[n][y] for n in MJR_L)
    ob = sum(MJR_B[n][y] for n in MJR_B)
    MJR_BIJ[y] = lt - ob - MJR_ONTTR[i]
assert MJR_BIJ["2025"] == rnd(BIJ25), (MJR_BIJ, rnd(BIJ25))

RESERVES = [  # euros: stand 1-1-2025, toevoeging, onttrekking
    ["Algemene reserve", 1046300, 0, 0],
    ["Bestemmingsreserve Omgevingswet en DSO", 468000, 0, 312000],
    ["Egalisatiereserve huisvesting", 385500, 0, 170000],
    ["Reserve frictiekosten reorganisatie", 250000, 0, 0],
]
for r_ in RESERVES:
    r_.append(r_[1] + r_[2] - r_[3])
assert sum(r[3] for r in RESERVES) == RES_MUT["2025"][1] * 1000

RISKS = [("Uitval van personeel en krapte arbeidsmarkt", "50%", 380000),
         ("Hogere cao-stijging dan geraamd", "40%", 260000),
         ("Minder opdrachten van derden", "25%", 210000),
         ("Storingen in het Digitaal Stelsel Omgevingswet (DSO)", "30%", 150000),
         ("Claims na handhavingsbesluiten", "10%", 120000)]
NEED = sum(int(Decimal(p.rstrip('%')) / 100 * amt) for _, p, amt in RISKS)
CAPAC = RESERVES[0][1]

PRESTATIES = [  # label, rekening 2023, begroting 2024, begroting 2025
    ("Aanvragen omgevingsvergunning milieu (behandeld)", "412", "430", "445"),
    ("Milieucontroles bij bedrijven", "2.860", "2.950", "3.100"),
    ("Asbestsloopmeldingen", "3.480", "3.600", "3.750"),
    ("Inspecties BRZO-bedrijven", "28", "30", "32"),
    ("Behandelde klachten over geluid, geur en stof", "1.210", "1.150", "1.150"),
    ("Handhavingsverzoeken", "64", "70", "70"),
    ("Productieve uren (x 1.000)", "112,4", "115,8", "119,3"),
]
TARIEF = {"2024": "99,80", "2025": "104,50"}
FTE = {"2024": "108,6", "2025": "112,4"}

INVEST = [("Vervanging laptops en telefoons", 186000, 4),
          ("Zes elektrische dienstauto's", 252000, 6),
          ("Meetapparatuur geluid en luchtkwaliteit", 94500, 8),
          ("Koppeling zaaksysteem met het DSO", 140000, 5)]

TAAKVELDEN = [("0.4 Overhead", 2974), ("7.4 Milieubeheer", 8612), ("8.3 Wonen en bouwen", 2292),
              ("0.8 Overige baten en lasten (onvoorzien)", 50)]
assert sum(x[1] for x in TAAKVELDEN) == L["2025"], (sum(x[1] for x in TAAKVELDEN), L["2025"])

# ------------------------------------------------------------------ PDF
class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DVC", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{BODY} | Programmabegroting 2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(30, 110, 60)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DVC", "", 7)
        self.set_text_color(170, 0, 0)
        self.cell(0, 4, "FICTIEF DOCUMENT - testmateriaal met verzonnen cijfers; deze omgevingsdienst en "
                  "deze begroting bestaan niet", align="L")
        self.set_text_color(0, 0, 0)
        self.set_x(self.l_margin)
        self.cell(0, 4, f"{self.page_no()}", align="R")


pdf = Doc(format="A4")
pdf.set_title("Programmabegroting 2025 Omgevingsdienst Vecht en Dinkel (FICTIEF DOCUMENT)")
pdf.set_author("set-bi testmateriaal")
pdf.set_creator("set-bi odvd_pdf.py")
pdf.set_producer(f"PyFPDF/fpdf{fpdf.__version__}")
pdf.set_creation_date(datetime(2024, 7, 4, 12, 0, 0, tzinfo=timezone.utc))
pdf.add_font("DVC", "", FONT + "DejaVuSansCondensed.ttf")
pdf.add_font("DVC", "B", FONT + "DejaVuSansCondensed-Bold.ttf")
pdf.add_font("DVC", "I", FONT + "DejaVuSansCondensed-Oblique.ttf")
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(18, 15, 18)
GREEN = (30, 110, 60)
HEAD = FontFace(emphasis="BOLD", fill_color=(214, 234, 220))


def h1(t):
    pdf.set_font("DVC", "B", 15)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def h2(t):
    pdf.ln(1.5)
    pdf.set_font("DVC", "B", 11)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def para(t, size=9):
    pdf.set_font("DVC", "", size)
    pdf.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def note(t):
    pdf.set_font("DVC", "I", 7.5)
    pdf.multi_cell(0, 3.8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def caption(t, scale=None):
    pdf.set_font("DVC", "B", 9)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    if scale:
        pdf.set_font("DVC", "I", 7.5)
        pdf.multi_cell(0, 4, scale, new_x="LMARGIN", new_y="NEXT")


def table(heads, rows, widths, bold_rows=(), size=8, align=None):
    """heads: list of header rows, each a list of (text, colspan, rowspan)."""
    pdf.set_font("DVC", "", size)
    n = len(widths)
    align = align or (["LEFT"] + ["RIGHT"] * (n - 1))
    with pdf.table(col_widths=widths, text_align=align, headings_style=HEAD, num_heading_rows=len(heads),
                   line_height=4.4, borders_layout="SINGLE_TOP_LINE", first_row_as_headings=True,
                   padding=(0.8, 1.2)) as t:
        for hr in heads:
            row = t.row()
            for text, cs, rs in hr:
                row.cell(text, colspan=cs, rowspan=rs, align="CENTER")
        for i, r in enumerate(rows):
            style = FontFace(emphasis="BOLD") if i in bold_rows else None
            row = t.row(style=style)
            for c in r:
                row.cell(c)
    pdf.ln(2)


# ---------------- page 1: cover + kerngegevens
pdf.add_page()
pdf.set_font("DVC", "B", 26)
pdf.set_text_color(*GREEN)
pdf.ln(18)
pdf.multi_cell(0, 12, "Programmabegroting 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVC", "", 15)
pdf.multi_cell(0, 8, f"{BODY}\nmet meerjarenraming 2026-2028", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(8)
pdf.set_draw_color(170, 0, 0)
pdf.set_line_width(0.9)
y0 = pdf.get_y()
pdf.set_font("DVC", "B", 13)
pdf.set_text_color(170, 0, 0)
pdf.set_x(22)
pdf.multi_cell(166, 7, "FICTIEF DOCUMENT", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DVC", "", 9.5)
pdf.set_x(22)
pdf.multi_cell(166, 5, "Deze begroting is testmateriaal. De Omgevingsdienst Vecht en Dinkel bestaat niet; alle "
               "bedragen, aantallen, tarieven en percentages zijn verzonnen. Gebruik dit document niet als bron.",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.rect(18, y0 - 3, 174, pdf.get_y() - y0 + 6)
pdf.set_line_width(0.2)
pdf.set_text_color(0, 0, 0)
pdf.ln(10)
caption("Kerngegevens begroting 2025")
kg = [["Begrotingstotaal (lasten)", "€ " + mln(L["2025"] * 1000) + " mln"],
      ["Bijdragen van de deelnemers", "€ " + mln(BIJ25) + " mln"],
      ["Formatie", FTE["2025"] + " fte"],
      ["Integraal uurtarief", "€ " + TARIEF["2025"]],
      ["Aantal deelnemers", "7 (zes gemeenten en de provincie)"],
      ["Werkgebied", "Twenterand, Dinkelland, Tubbergen, Hardenberg, Ommen, Losser"]]
table([[("Onderwerp", 1, 1), ("2025", 1, 1)]], kg, (70, 104), align=["LEFT", "LEFT"])
F.add("b.kg.lasten", rnd(L["2025"] * 1000, 100000) * 100000, mln(L["2025"] * 1000), "Kerngegevens begroting 2025",
      "Begrotingstotaal (lasten)", "2025", note="€ mln")
F.add("b.kg.bij", rnd(BIJ25, 100000) * 100000, mln(BIJ25), "Kerngegevens begroting 2025",
      "Bijdragen van de deelnemers", "2025", note="€ mln")
F.add("b.kg.fte", 112.4, FTE["2025"], "Kerngegevens begroting 2025", "Formatie", "2025")
pdf.ln(4)
para("Vastgesteld door het algemeen bestuur op 4 juli 2024 (fictief). Secretariaat: Postbus 1000, Almelo "
     "(fictief adres).", 8)

# ---------------- page 2: inleiding
pdf.add_page()
h1("1. Inleiding")
para(f"De {BODY} (ODVD) is een gemeenschappelijke regeling van zes gemeenten en de provincie Overijssel. "
     "Wij verlenen vergunningen, houden toezicht en handhaven op het gebied van milieu, bouwen en "
     "brandveiligheid. De basistaken voeren wij voor alle deelnemers uit op grond van de Omgevingswet; "
     "plustaken voeren wij uit als een deelnemer die bij ons onderbrengt.")
para("Onze missie: een veilige en gezonde fysieke leefomgeving in Noordoost-Overijssel en Twente. Voor de periode "
     "2025-2028 kiezen wij drie speerpunten: (1) minder geluid- en geuroverlast bij woningen door vaker "
     "'s avonds en in het weekend te controleren, (2) meer aandacht voor energiebesparing bij bedrijven "
     "(de informatieplicht energiebesparing) en (3) een volledig digitale afhandeling van aanvragen via het "
     "Digitaal Stelsel Omgevingswet (DSO).")
h2("Financiële uitgangspunten")
para("De begroting 2025 is opgesteld volgens de kaderbrief 2025 van het algemeen bestuur. Wij rekenen met een "
     "loonstijging van 4,2% (cao SGO) en een prijsstijging van 2,7%. De bijdrage van de deelnemers stijgt "
     f"daardoor in totaal van € {eur(BIJ24)} in 2024 naar € {eur(BIJ25)} in 2025. Het integraal uurtarief "
     f"stijgt van € {TARIEF['2024']} naar € {TARIEF['2025']}.")
F.add("b.bij.tot.2025.prose", BIJ25, eur(BIJ25), "1. Inleiding, Financiële uitgangspunten (tekst)",
      "bijdrage deelnemers totaal", "2025")
F.add("b.bij.tot.2024.prose", BIJ24, eur(BIJ24), "1. Inleiding (tekst)", "bijdrage deelnemers totaal", "2024")
F.add("b.tarief.2025", 104.50, TARIEF["2025"], "1. Inleiding (tekst) / Kerngegevens", "Integraal uurtarief", "2025")
F.add("b.tarief.2024", 99.80, TARIEF["2024"], "1. Inleiding (tekst)", "Integraal uurtarief", "2024")
para("Het begrotingssaldo 2025 is na de onttrekking aan de reserves sluitend. Voor 2027 en 2028 is de begroting "
     "alleen sluitend met een hogere bijdrage van de deelnemers; zie de meerjarenraming in hoofdstuk 4.")

# ---------------- programma
h1("2. Programma Vergunningverlening, Toezicht en Handhaving")
h2("Wat willen we bereiken?")
para("Bedrijven houden zich aan de milieuregels en inwoners hebben zo weinig mogelijk last van geluid, geur, "
     "stof en asbest. In 2025 wil de ODVD dat 95% van de vergunningaanvragen binnen de wettelijke termijn is "
     "beslist (2023: 91%) en dat bij 80% van de gecontroleerde bedrijven bij de eerste controle geen "
     "overtreding wordt gevonden.")
h2("Wat gaan we daarvoor doen?")
para("Wij voeren in 2025 3.100 milieucontroles uit, waarvan 240 in de avond of het weekend. Bij 150 bedrijven "
     "controleren wij de informatieplicht energiebesparing. Voor asbest starten wij het project 'Asbestdaken "
     "in beeld': samen met de gemeenten brengen wij de resterende asbestdaken in het buitengebied in kaart. "
     "Wij investeren in de koppeling van ons zaaksysteem met het DSO.")
caption("Tabel 2.1 Prestaties (aantallen)")
table([[("Prestatie", 1, 1), ("Rekening 2023", 1, 1), ("Begroting 2024", 1, 1), ("Begroting 2025", 1, 1)]],
      [list(x) for x in PRESTATIES], (82, 30, 31, 31))
for lab, a, b_, c in PRESTATIES:
    F.add(f"b.pr.{lab[:25]}.2025", c, c, "Tabel 2.1 Prestaties", lab, "Begroting 2025")
    F.add(f"b.pr.{lab[:25]}.2023", a, a, "Tabel 2.1 Prestaties", lab, "Rekening 2023")
    F.add(f"b.pr.{lab[:25]}.2024", b_, b_, "Tabel 2.1 Prestaties", lab, "Begroting 2024")

h2("Wat mag het kosten?")
rows = [["Lasten", "", "", ""]]
for name, a, b_, c in LASTEN:
    rows.append([name, eur(a), eur(b_), eur(c)])
rows.append(["Totaal lasten", eur(L["2023"]), eur(L["2024"]), eur(L["2025"])])
rows.append(["Baten", "", "", ""])
for name, a, b_, c in BATEN:
    rows.append([name, eur(a), eur(b_), eur(c)])
rows.append(["Totaal baten", eur(B["2023"]), eur(B["2024"]), eur(B["2025"])])
rows.append(["Saldo van baten en lasten"] + [eur_par(S[c]) for c in COLS3])
rows.append(["Toevoeging aan reserves"] + [eur(RES_MUT[c][0]) for c in COLS3])
rows.append(["Onttrekking aan reserves"] + [eur(RES_MUT[c][1]) for c in COLS3])
rows.append(["Resultaat"] + [eur_par(RES[c]) for c in COLS3])
bold = {0, len(LASTEN) + 1, len(LASTEN) + 2, len(rows) - 5, len(rows) - 4, len(rows) - 1}
caption("Tabel 2.2 Baten en lasten", "Bedragen x € 1.000. Een bedrag tussen haakjes is negatief (nadelig saldo).")
table([[("", 1, 2), ("Rekening", 1, 1), ("Begroting", 1, 1), ("Begroting", 1, 1)],
       [("2023", 1, 1), ("2024 (na wijziging)", 1, 1), ("2025", 1, 1)]], rows, (82, 30, 31, 31), bold_rows=bold)
for name, a, b_, c in LASTEN + BATEN:
    for col, v in zip(COLS3, (a, b_, c)):
        F.add(f"b.bl.{name}.{col}", v * 1000, eur(v), "Tabel 2.2 Baten en lasten (x € 1.000)", name,
              {"2023": "Rekening 2023", "2024": "Begroting 2024", "2025": "Begroting 2025"}[col])
for col in COLS3:
    F.add(f"b.bl.totL.{col}", L[col] * 1000, eur(L[col]), "Tabel 2.2 Baten en lasten (x € 1.000)", "Totaal lasten", col)
    F.add(f"b.bl.totB.{col}", B[col] * 1000, eur(B[col]), "Tabel 2.2 Baten en lasten (x € 1.000)", "Totaal baten", col)
    F.add(f"b.bl.S.{col}", S[col] * 1000, eur_par(S[col]), "Tabel 2.2 Baten en lasten (x € 1.000)", "Saldo van baten en lasten", col)
    F.add(f"b.bl.O.{col}", RES_MUT[col][1] * 1000, eur(RES_MUT[col][1]), "Tabel 2.2 Baten en lasten (x € 1.000)", "Onttrekking aan reserves", col)

caption("Tabel 2.3 Lasten per taakveld, begroting 2025", "x € 1.000")
table([[("Taakveld", 1, 1), ("Lasten 2025", 1, 1)]], [[a, eur(b_)] for a, b_ in TAAKVELDEN] +
      [["Totaal", eur(L["2025"])]], (120, 54), bold_rows={len(TAAKVELDEN)})
for a, b_ in TAAKVELDEN:
    F.add(f"b.tv.{a}", b_ * 1000, eur(b_), "Tabel 2.3 Lasten per taakveld, begroting 2025 (x € 1.000)", a, "Lasten 2025")

# ---------------- bijdragen deelnemers (landscape)
pdf.add_page(orientation="L")
h1("3. Bijdragen van de deelnemers")
para("De bijdrage van iedere deelnemer bestaat uit een bijdrage voor de basistaken (verdeeld naar het aantal "
     "bedrijven en inwoners in het werkgebied van de deelnemer) en een bijdrage voor de plustaken (naar het "
     "aantal uren dat de deelnemer afneemt, tegen het integraal uurtarief). Onderstaande tabel is in hele euro's.")
rows = []
for name, b_, p_, t24 in DEELNEMERS:
    t25 = b_ + p_
    pct = Decimal(t25 - t24) / Decimal(t24) * 100
    rows.append([name, eur(b_), eur(p_), eur(t25), eur(t24), eur(t25 - t24), dec(pct, 1) + "%"])
    F.add(f"b.dn.{name}.basis", b_, eur(b_), "Tabel 3.1 Bijdragen deelnemers (bedragen in euro's)", name, "Basistaken 2025")
    F.add(f"b.dn.{name}.plus", p_, eur(p_), "Tabel 3.1 Bijdragen deelnemers (bedragen in euro's)", name, "Plustaken 2025")
    F.add(f"b.dn.{name}.2025", t25, eur(t25), "Tabel 3.1 Bijdragen deelnemers (bedragen in euro's)", name, "Totaal begroting 2025")
    F.add(f"b.dn.{name}.2024", t24, eur(t24), "Tabel 3.1 Bijdragen deelnemers (bedragen in euro's)", name, "Totaal begroting 2024")
    F.add(f"b.dn.{name}.diff", t25 - t24, eur(t25 - t24), "Tabel 3.1 Bijdragen deelnemers (bedragen in euro's)", name, "Verschil in euro's")
    F.add(f"b.dn.{name}.pct", float(pct.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)), dec(pct, 1) + "%",
          "Tabel 3.1 Bijdragen deelnemers", name, "Verschil in %")
tb = sum(x[1] for x in DEELNEMERS)
tp = sum(x[2] for x in DEELNEMERS)
pct = Decimal(BIJ25 - BIJ24) / Decimal(BIJ24) * 100
rows.append(["Totaal", eur(tb), eur(tp), eur(BIJ25), eur(BIJ24), eur(BIJ25 - BIJ24), dec(pct, 1) + "%"])
F.add("b.dn.tot.2025", BIJ25, eur(BIJ25), "Tabel 3.1 Bijdragen deelnemers", "Totaal", "Totaal begroting 2025")
F.add("b.dn.tot.plus", tp, eur(tp), "Tabel 3.1 Bijdragen deelnemers", "Totaal", "Plustaken 2025")
F.add("b.dn.tot.pct", float(pct.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)), dec(pct, 1) + "%",
      "Tabel 3.1 Bijdragen deelnemers", "Totaal", "Verschil in %")
caption("Tabel 3.1 Bijdragen deelnemers 2025 ten opzichte van 2024")
table([[("Deelnemer", 1, 2), ("Begroting 2025", 3, 1), ("Begroting 2024", 1, 1), ("Verschil 2025 t.o.v. 2024", 2, 1)],
       [("Bijdrage basistaken", 1, 1), ("Bijdrage plustaken", 1, 1), ("Totaal bijdrage", 1, 1),
        ("Totaal bijdrage", 1, 1), ("in euro's", 1, 1), ("in %", 1, 1)]],
      rows, (62, 34, 34, 34, 34, 32, 26), bold_rows={len(rows) - 1}, size=8.5)
note("De provincie Overijssel betaalt daarnaast rechtstreeks aan het Rijk voor de BRZO-taken; die bijdrage "
     "staat niet in deze tabel. Afronding: bedragen zijn in hele euro's; in tabel 2.2 staat het totaal "
     "afgerond op duizenden euro's.")
para(f"De bijdrage van de gemeente Twenterand stijgt het sterkst in euro's na Hardenberg en de provincie, "
     "vooral door meer uren voor asbesttoezicht (plustaken). Voor Dinkelland en Tubbergen voert de ODVD "
     "sinds 2024 ook het toezicht op de bouw- en sloopregelgeving uit.")

# ---------------- meerjarenraming (portrait), years descending
pdf.add_page(orientation="P")
h1("4. Meerjarenraming 2025-2028")
para("De meerjarenraming laat zien dat de lasten door loon- en prijsstijgingen elk jaar toenemen. Omdat de "
     "bestemmingsreserve Omgevingswet en DSO na 2026 is uitgeput, moet de bijdrage van de deelnemers in 2027 "
     "en 2028 sterker stijgen. In onderstaande tabel staat het meest recente jaar links.")
yrs = list(reversed(MJR_YEARS))
rows = [["Lasten"] + [""] * 4]
for name in MJR_L:
    rows.append([name] + [eur(MJR_L[name][y]) for y in yrs])
mlt = {y: sum(MJR_L[n][y] for n in MJR_L) for y in MJR_YEARS}
rows.append(["Totaal lasten"] + [eur(mlt[y]) for y in yrs])
rows.append(["Baten"] + [""] * 4)
rows.append(["Bijdragen deelnemers"] + [eur(MJR_BIJ[y]) for y in yrs])
for name in MJR_B:
    rows.append([name] + [eur(MJR_B[name][y]) for y in yrs])
mbt = {y: MJR_BIJ[y] + sum(MJR_B[n][y] for n in MJR_B) for y in MJR_YEARS}
rows.append(["Totaal baten"] + [eur(mbt[y]) for y in yrs])
rows.append(["Saldo van baten en lasten"] + [eur_par(mbt[y] - mlt[y]) for y in yrs])
onttr = dict(zip(MJR_YEARS, MJR_ONTTR))
rows.append(["Onttrekking aan reserves"] + [eur(onttr[y]) for y in yrs])
rows.append(["Resultaat"] + [eur_par(mbt[y] - mlt[y] + onttr[y]) for y in yrs])
caption("Tabel 4.1 Meerjarenraming (bedragen x € 1.000)")
bold = {0, len(MJR_L) + 1, len(MJR_L) + 2, len(MJR_L) + 3 + len(MJR_B) + 1, len(rows) - 1}
table([[("", 1, 1), ("Raming 2028", 1, 1), ("Raming 2027", 1, 1), ("Raming 2026", 1, 1), ("Begroting 2025", 1, 1)]],
      rows, (74, 25, 25, 25, 25), bold_rows=bold)
for y in MJR_YEARS[1:]:
    F.add(f"b.mjr.bij.{y}", MJR_BIJ[y] * 1000, eur(MJR_BIJ[y]), "Tabel 4.1 Meerjarenraming (x € 1.000)", "Bijdragen deelnemers", "Raming " + y)
    F.add(f"b.mjr.totL.{y}", mlt[y] * 1000, eur(mlt[y]), "Tabel 4.1 Meerjarenraming (x € 1.000)", "Totaal lasten", "Raming " + y)
    for name in MJR_L:
        F.add(f"b.mjr.{name}.{y}", MJR_L[name][y] * 1000, eur(MJR_L[name][y]), "Tabel 4.1 Meerjarenraming (x € 1.000)", name, "Raming " + y)

# ---------------- verschillenanalyse 2025 vs 2024
h1("5. Verschillen tussen de begroting 2025 en de begroting 2024")
para("Onderstaande tabel verklaart de verschillen per kostensoort. Een hogere last of een lagere bate is "
     "nadelig (N); een lagere last of een hogere bate is voordelig (V). Bedragen x € 1.000; een bedrag tussen "
     "haakjes is een daling.")
EXPL = {
    "Salarissen en sociale lasten": "Cao-stijging 4,2% en uitbreiding met 3,8 fte voor asbest- en energietoezicht",
    "Inhuur derden": "Minder inhuur doordat vacatures zijn vervuld",
    "Huisvesting": "Indexatie huur kantoor Almelo",
    "ICT en informatievoorziening": "Hogere licentiekosten en beheer van de DSO-koppeling",
    "Kapitaallasten": "Afschrijving nieuwe investeringen 2024",
    "Overige bedrijfsvoeringskosten": "Prijsstijging opleidingen en vervoer",
    "Onvoorzien": "Geen wijziging",
    "Bijdragen deelnemers": "Hogere bijdrage door loon- en prijsstijging",
    "Opdrachten derden (niet-deelnemers)": "Meer opdrachten van waterschap en buurgemeenten",
    "Rijksbijdrage BRZO- en Seveso-taken": "Indexatie rijksbijdrage",
    "Leges en overige baten": "Meer leges voor milieuvergunningen",
}
rows = []
vs = {}
for name, a, b_, c in LASTEN:
    d = c - b_
    rows.append([name, EXPL[name], eur(b_), eur(c), eur_par(d), "N" if d > 0 else ("V" if d < 0 else "")])
    vs[name] = d
for name, a, b_, c in BATEN:
    d = c - b_
    rows.append([name, EXPL[name], eur(b_), eur(c), eur_par(d), "V" if d > 0 else ("N" if d < 0 else "")])
    vs[name] = d
caption("Tabel 5.1 Verschillenanalyse begroting 2025 - begroting 2024")
table([[("Kostensoort", 1, 1), ("Toelichting", 1, 1), ("Begroting 2024", 1, 1), ("Begroting 2025", 1, 1),
        ("Verschil", 1, 1), ("V/N", 1, 1)]], rows, (44, 66, 19, 19, 16, 10),
      align=["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "CENTER"])
for name in vs:
    F.add(f"b.vs.{name}", vs[name] * 1000, eur_par(vs[name]), "Tabel 5.1 Verschillenanalyse (x € 1.000)", name, "Verschil")

# ---------------- reserves + weerstandsvermogen
pdf.add_page()
h1("6. Reserves en weerstandsvermogen")
para("De ODVD heeft een algemene reserve om risico's op te vangen en enkele bestemmingsreserves. Het algemeen "
     "bestuur heeft bepaald dat de algemene reserve ten hoogste 8% van de begrote lasten mag zijn. Voor 2025 "
     f"is dat plafond € {eur(int(L['2025'] * 1000 * 0.08))}.")
F.add("b.plafond", int(L["2025"] * 1000 * 0.08), eur(int(L["2025"] * 1000 * 0.08)), "6. Reserves (tekst)", "plafond algemene reserve", "2025")
rows = [[r[0], eur(r[1]), eur(r[2]), eur(r[3]), eur(r[4])] for r in RESERVES]
rows.append(["Totaal"] + [eur(sum(r[i] for r in RESERVES)) for i in range(1, 5)])
caption("Tabel 6.1 Verloop reserves 2025", "bedragen in euro's")
table([[("Reserve", 1, 1), ("Stand 1 januari 2025", 1, 1), ("Toevoeging 2025", 1, 1), ("Onttrekking 2025", 1, 1),
        ("Stand 31 december 2025", 1, 1)]], rows, (66, 27, 27, 27, 27), bold_rows={len(rows) - 1})
for r in RESERVES:
    F.add(f"b.res.{r[0]}.start", r[1], eur(r[1]), "Tabel 6.1 Verloop reserves 2025", r[0], "Stand 1 januari 2025")
    F.add(f"b.res.{r[0]}.ont", r[3], eur(r[3]), "Tabel 6.1 Verloop reserves 2025", r[0], "Onttrekking 2025")
    F.add(f"b.res.{r[0]}.end", r[4], eur(r[4]), "Tabel 6.1 Verloop reserves 2025", r[0], "Stand 31 december 2025")
F.add("b.res.tot.end", sum(r[4] for r in RESERVES), eur(sum(r[4] for r in RESERVES)), "Tabel 6.1", "Totaal", "Stand 31 december 2025")

rows = [[a, p_, eur(amt), eur(int(Decimal(p_.rstrip('%')) / 100 * amt))] for a, p_, amt in RISKS]
rows.append(["Benodigde weerstandscapaciteit", "", "", eur(NEED)])
caption("Tabel 6.2 Risico's", "bedragen in euro's")
table([[("Risico", 1, 1), ("Kans", 1, 1), ("Financieel gevolg", 1, 1), ("Kans x gevolg", 1, 1)]], rows,
      (90, 20, 32, 32), bold_rows={len(rows) - 1})
ratio = Decimal(CAPAC) / Decimal(NEED)
para(f"De beschikbare weerstandscapaciteit is de algemene reserve van € {eur(CAPAC)}. De benodigde "
     f"weerstandscapaciteit is € {eur(NEED)}. De ratio weerstandsvermogen is daarmee {dec(ratio, 2)} "
     "(waardering: voldoende). Omdat de ODVD geen eigen belastinggebied heeft, dragen de deelnemers een "
     "tekort dat groter is dan de weerstandscapaciteit naar rato van hun bijdrage.")
F.add("b.ratio", float(ratio.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)), dec(ratio, 2), "6. Weerstandsvermogen (tekst)", "ratio weerstandsvermogen", "2025")
F.add("b.need", NEED, eur(NEED), "Tabel 6.2 Risico's", "Benodigde weerstandscapaciteit", "Kans x gevolg")
F.add("b.risk.personeel", 380000, "380.000", "Tabel 6.2 Risico's", RISKS[0][0], "Financieel gevolg")

# ---------------- balans + kengetallen
h1("7. Geprognosticeerde balans en kengetallen")
res_end = sum(r[4] for r in RESERVES)
res_start = sum(r[1] for r in RESERVES)
EV = {"2025": rnd(res_end), "2024": rnd(res_start), "2023": 2610}
ACT = {"Materiële vaste activa": {"2025": 1648, "2024": 1402, "2023": 1187},
       "Uitzettingen korter dan één jaar": {"2025": 1215, "2024": 1306, "2023": 1248},
       "Liquide middelen": {"2025": 2384, "2024": 2706, "2023": 3112},
       "Overlopende activa": {"2025": 412, "2024": 398, "2023": 455}}
ys = ["2025", "2024", "2023"]
act_tot = {y: sum(ACT[k_][y] for k_ in ACT) for y in ys}
PAS = {"Eigen vermogen (reserves)": EV,
       "Voorzieningen": {"2025": 624, "2024": 588, "2023": 541},
       "Vaste schulden (langer dan één jaar)": {"2025": 900, "2024": 1000, "2023": 1100},
       "Vlottende schulden": {}, "Overlopende passiva": {"2025": 782, "2024": 745, "2023": 806}}
for y in ys:
    PAS["Vlottende schulden"][y] = act_tot[y] - sum(PAS[k_][y] for k_ in PAS if k_ != "Vlottende schulden")
pas_tot = {y: sum(PAS[k_][y] for k_ in PAS) for y in ys}
assert pas_tot == act_tot
rows = [["Activa", "", "", ""]] + [[k_] + [eur(v[y]) for y in ys] for k_, v in ACT.items()]
rows.append(["Totaal activa"] + [eur(act_tot[y]) for y in ys])
rows.append(["Passiva", "", "", ""])
rows += [[k_] + [eur(v[y]) for y in ys] for k_, v in PAS.items()]
rows.append(["Totaal passiva"] + [eur(pas_tot[y]) for y in ys])
caption("Tabel 7.1 Geprognosticeerde balans per 31 december (x € 1.000)")
table([[("", 1, 2), ("Prognose", 2, 1), ("Rekening", 1, 1)], [("2025", 1, 1), ("2024", 1, 1), ("2023", 1, 1)]],
      rows, (84, 30, 30, 30), bold_rows={0, len(ACT) + 1, len(ACT) + 2, len(rows) - 1})
for k_, v in list(ACT.items()) + list(PAS.items()):
    for y in ys:
        F.add(f"b.bal.{k_}.{y}", v[y] * 1000, eur(v[y]), "Tabel 7.1 Geprognosticeerde balans (x € 1.000)", k_, "31-12-" + y)
F.add("b.bal.tot.2025", act_tot["2025"] * 1000, eur(act_tot["2025"]), "Tabel 7.1", "Totaal activa", "31-12-2025")
KG = [("Netto schuldquote", "-12,4%", "-9,8%", "-8,1%"),
      ("Solvabiliteitsratio", "43,1%", "34,8%", "23,2%"),
      ("Structurele exploitatieruimte", "0,9%", "-3,4%", "-3,5%")]
caption("Tabel 7.2 Financiële kengetallen")
table([[("Kengetal", 1, 1), ("Rekening 2023", 1, 1), ("Begroting 2024", 1, 1), ("Begroting 2025", 1, 1)]],
      [list(x) for x in KG], (84, 30, 30, 30))
for lab, a, b_, c in KG:
    F.add(f"b.kg.{lab}.2025", c, c, "Tabel 7.2 Financiële kengetallen", lab, "Begroting 2025")
    F.add(f"b.kg.{lab}.2023", a, a, "Tabel 7.2 Financiële kengetallen", lab, "Rekening 2023")
note("De structurele exploitatieruimte is negatief in 2024 en 2025 omdat lasten gedekt worden uit incidentele "
     "onttrekkingen aan de bestemmingsreserve Omgevingswet en DSO.")

# ---------------- investeringen + bedrijfsvoering
h1("8. Investeringen en bedrijfsvoering")
rows = [[a, eur(b_), str(n), eur(int(Decimal(b_) / n))] for a, b_, n in INVEST]
rows.append(["Totaal", eur(sum(x[1] for x in INVEST)), "", eur(sum(int(Decimal(x[1]) / x[2]) for x in INVEST))])
caption("Tabel 8.1 Investeringen 2025", "bedragen in euro's")
table([[("Investering", 1, 1), ("Investeringsbedrag", 1, 1), ("Afschrijving (jaren)", 1, 1),
        ("Jaarlijkse afschrijving", 1, 1)]], rows, (80, 32, 30, 32), bold_rows={len(rows) - 1})
for a, b_, n in INVEST:
    F.add(f"b.inv.{a}", b_, eur(b_), "Tabel 8.1 Investeringen 2025", a, "Investeringsbedrag")
F.add("b.inv.tot", sum(x[1] for x in INVEST), eur(sum(x[1] for x in INVEST)), "Tabel 8.1 Investeringen 2025", "Totaal", "Investeringsbedrag")
h2("Personeel")
para(f"De formatie groeit van {FTE['2024']} fte in 2024 naar {FTE['2025']} fte in 2025. Het ziekteverzuim was "
     "in 2023 6,1%; ons doel is maximaal 5,0%. Het integraal uurtarief voor plustaken en opdrachten van derden "
     f"is in 2025 € {TARIEF['2025']} per uur (2024: € {TARIEF['2024']}).")
h2("Overhead")
para("De overhead (taakveld 0.4) omvat de kosten van directie, financiën, HRM, ICT-beheer en huisvesting. In 2025 "
     f"is dat € {eur(TAAKVELDEN[0][1] * 1000)}, ofwel {dec(Decimal(TAAKVELDEN[0][1]) / Decimal(L['2025']) * 100, 1)}% "
     "van de totale lasten.")
F.add("b.oh.prose", TAAKVELDEN[0][1] * 1000, eur(TAAKVELDEN[0][1] * 1000), "8. Overhead (tekst)", "overhead", "2025")
F.add("b.oh.pct", float((Decimal(TAAKVELDEN[0][1]) / Decimal(L['2025']) * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)),
      dec(Decimal(TAAKVELDEN[0][1]) / Decimal(L['2025']) * 100, 1) + "%", "8. Overhead (tekst)", "overhead percentage", "2025")
h2("Vennootschapsbelasting")
para("De ODVD verricht geen activiteiten waarmee zij in concurrentie treedt met marktpartijen en is daarom "
     "niet belastingplichtig voor de vennootschapsbelasting.")

# ---------------- bijlage: verdeelsleutel
h1("Bijlage 1. Verdeelsleutel basistaken 2025")
para("De bijdrage voor de basistaken wordt verdeeld op basis van het aantal milieubelastende bedrijven "
     "(weging 70%) en het aantal inwoners (weging 30%) per 1 januari 2024.")
VS = [("Gemeente Twenterand", "612", "34.218"), ("Gemeente Dinkelland", "498", "26.691"),
      ("Gemeente Tubbergen", "455", "21.604"), ("Gemeente Hardenberg", "986", "62.911"),
      ("Gemeente Ommen", "341", "18.288"), ("Gemeente Losser", "503", "22.980")]
table([[("Deelnemer", 1, 1), ("Aantal bedrijven", 1, 1), ("Aantal inwoners", 1, 1)]],
      [list(x) for x in VS], (90, 42, 42))
note("Het aantal inwoners komt uit de basisregistratie personen (fictieve peildatum). De provincie Overijssel "
     "betaalt een vaste bijdrage voor de provinciale basistaken en de BRZO-coördinatie.")
for a, b_, c in VS:
    F.add(f"b.vsl.{a}.bedr", int(b_.replace('.', '')), b_, "Bijlage 1 Verdeelsleutel basistaken", a, "Aantal bedrijven")

if __name__ == "__main__":
    pdf.output(sys.argv[1])
    F.dump(sys.argv[2])
    print("wrote", sys.argv[1], "pages", pdf.pages_count)
