"""Writes ../corpus/dravenzijl-programmabegroting-2029.pdf with PyMuPDF (absolute text placement).

Run with a Python that has pymupdf installed (see README.md).
"""
import os

import pymupdf

import data_gemeente as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", D.PDF_FILE)

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"R": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf",
         "I": "DejaVuSansCondensed-Oblique.ttf"}
W, H = 595, 842
LEFT, RIGHT, TOP, BOTTOM = 62, 533, 92, 770
BLUE = (0.05, 0.27, 0.47)
GREY = (0.92, 0.94, 0.96)


def fmt(n, signed=True):
    """Dutch thousands format, '-' for negatives."""
    if n is None:
        return ""
    s = f"{abs(n):,}".replace(",", ".")
    return ("-" + s) if (n < 0 and signed) else s


def vn(n):
    """Amount with V (voordeel) / N (nadeel) suffix."""
    return f"{fmt(abs(n))} {'V' if n >= 0 else 'N'}"


def mil(eur):
    """'€ 2,4 miljoen' style for a euro amount."""
    return "€ " + f"{eur / 1e6:.1f}".replace(".", ",") + " miljoen"


class Writer:
    def __init__(self):
        self.doc = pymupdf.open()
        self.font = {k: pymupdf.Font(fontfile=FONTDIR + v) for k, v in FONTS.items()}
        self.page = None
        self.y = TOP
        self.toc = []
        self.chapter = ""
        self.page_chapter = {}

    # ------------------------------------------------------------ primitives
    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.y = TOP
        self.page_chapter[self.page.number] = self.chapter

    def text(self, x, y, s, f="R", size=9.0, color=(0, 0, 0), page=None):
        (page or self.page).insert_text((x, y), s, fontname="F" + f, fontfile=FONTDIR + FONTS[f],
                                        fontsize=size, color=color)

    def tw(self, s, f="R", size=9.0):
        return self.font[f].text_length(s, fontsize=size)

    def rtext(self, xr, y, s, f="R", size=9.0, color=(0, 0, 0), page=None):
        self.text(xr - self.tw(s, f, size), y, s, f, size, color, page)

    def ctext(self, xc, y, s, f="R", size=9.0, color=(0, 0, 0)):
        self.text(xc - self.tw(s, f, size) / 2, y, s, f, size, color)

    def line(self, x0, y0, x1, y1, width=0.5, color=(0, 0, 0)):
        self.page.draw_line((x0, y0), (x1, y1), color=color, width=width)

    def ensure(self, h):
        if self.page is None or self.y + h > BOTTOM:
            self.new_page()

    # ------------------------------------------------------------ blocks
    def h1(self, title):
        self.chapter = title
        self.new_page()
        self.toc.append((1, title, self.page.number + 1))
        self.text(LEFT, self.y + 10, title, "B", 17, BLUE)
        self.y += 22
        self.line(LEFT, self.y, RIGHT, self.y, 1.2, BLUE)
        self.y += 20

    def h2(self, title, toc=True):
        self.ensure(70)
        if toc:
            self.toc.append((2, title, self.page.number + 1))
        self.y += 4
        self.text(LEFT, self.y + 9, title, "B", 12.5, BLUE)
        self.y += 22

    def h3(self, title):
        self.ensure(50)
        self.y += 2
        self.text(LEFT, self.y + 8, title, "B", 10.5)
        self.y += 17

    def wrap(self, s, width, f="R", size=9.5):
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.tw(t, f, size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, f="R", size=9.5, indent=0, lead=13.2, after=6):
        for ln in self.wrap(s, RIGHT - LEFT - indent, f, size):
            self.ensure(lead)
            self.text(LEFT + indent, self.y + 9, ln, f, size)
            self.y += lead
        self.y += after

    def bullets(self, items, size=9.5):
        for it in items:
            lines = self.wrap(it, RIGHT - LEFT - 14, "R", size)
            self.ensure(13.2 * min(len(lines), 2))
            self.text(LEFT + 3, self.y + 9, "•", "R", size)
            for ln in lines:
                self.ensure(13.2)
                self.text(LEFT + 14, self.y + 9, ln, "R", size)
                self.y += 13.2
            self.y += 2
        self.y += 5

    def note(self, s, size=7.5):
        for ln in self.wrap(s, RIGHT - LEFT, "I", size):
            self.ensure(10)
            self.text(LEFT, self.y + 7, ln, "I", size, (0.25, 0.25, 0.25))
            self.y += 10
        self.y += 6

    def table(self, caption, scale, cols, headers, rows, size=8.0, rowh=12.5, break_before=None):
        """cols: list of (x_left, x_right, align) - first column is the label.
        headers: list of header rows; each row is a list of (text, first_col, last_col).
        rows: list of (cells, style) with style in normal/sub/total/section.
        break_before: row index before which a page break is forced (continuation test)."""
        def draw_head(cont):
            self.text(LEFT, self.y + 9, caption + (" (vervolg)" if cont else ""), "B", 9.5)
            if scale:
                self.rtext(RIGHT, self.y + 9, scale, "I", 8)
            self.y += 15
            top = self.y
            self.page.draw_rect(pymupdf.Rect(LEFT - 2, top, RIGHT + 2, top + rowh * len(headers) + 3),
                                color=None, fill=GREY)
            for hrow in headers:
                for txt, c0, c1 in hrow:
                    if c0 == 0 and c1 == 0:
                        self.text(cols[0][0], self.y + 9, txt, "B", size)
                    else:
                        xl, xr = cols[c0][0], cols[c1][1]
                        if c0 == c1 and cols[c0][2] == "r":
                            self.rtext(xr, self.y + 9, txt, "B", size)
                        elif c0 == c1 and cols[c0][2] == "l":
                            self.text(xl, self.y + 9, txt, "B", size)
                        else:
                            self.ctext((xl + xr) / 2, self.y + 9, txt, "B", size)
                            if c1 > c0:
                                self.line(xl + 4, self.y + 11.5, xr, self.y + 11.5, 0.4)
                self.y += rowh
            self.y += 3
            self.line(LEFT - 2, self.y, RIGHT + 2, self.y, 0.7)
            self.y += 1

        self.ensure(15 + rowh * (len(headers) + 3))
        draw_head(False)
        for i, (cells, style) in enumerate(rows):
            if (break_before is not None and i == break_before) or self.y + rowh > BOTTOM:
                self.text(RIGHT - 60, BOTTOM + 8, "zie volgende pagina", "I", 7, (0.3, 0.3, 0.3))
                self.new_page()
                draw_head(True)
            f = "B" if style in ("total", "sub", "section") else "R"
            if style == "total":
                self.line(LEFT - 2, self.y + 1, RIGHT + 2, self.y + 1, 0.7)
            if style == "sub":
                self.line(cols[1][0], self.y + 1, RIGHT + 2, self.y + 1, 0.4)
            if style == "section":
                self.y += 3
            for j, c in enumerate(cells):
                if c in (None, ""):
                    continue
                xl, xr, al = cols[j]
                if al == "r":
                    self.rtext(xr, self.y + 9, c, f, size)
                elif al == "c":
                    self.ctext((xl + xr) / 2, self.y + 9, c, f, size)
                else:
                    self.text(xl, self.y + 9, c, "I" if style == "section" else f, size)
            self.y += rowh
        self.line(LEFT - 2, self.y + 1, RIGHT + 2, self.y + 1, 0.7)
        self.y += 12

    # ------------------------------------------------------------ finishing
    def running_heads(self):
        n = len(self.doc)
        for p in self.doc:
            if p.number == 0:
                continue
            self.text(LEFT, 48, "Gemeente Dravenzijl", "B", 8, BLUE, page=p)
            self.rtext(RIGHT, 48, "Programmabegroting 2029  |  " + (self.page_chapter.get(p.number) or "Inhoud"),
                       "R", 8, (0.3, 0.3, 0.3), page=p)
            p.draw_line((LEFT, 53), (RIGHT, 53), color=BLUE, width=0.6)
            p.draw_line((LEFT, 795), (RIGHT, 795), color=(0.6, 0.6, 0.6), width=0.4)
            self.text(LEFT, 808, "Vastgesteld door de raad op 6 november 2028", "I", 7.5, (0.3, 0.3, 0.3), page=p)
            self.rtext(RIGHT, 808, f"Pagina {p.number + 1} van {n}", "R", 8, page=p)

    def write_toc(self, pno):
        page = self.doc[pno]
        y = TOP + 40
        for level, title, pno in self.toc:
            x = LEFT + (0 if level == 1 else 18)
            f = "B" if level == 1 else "R"
            size = 10 if level == 1 else 9.5
            if level == 1:
                y += 5
            self.text(x, y, title, f, size, page=page)
            num = str(pno)
            x_end = x + self.tw(title, f, size) + 4
            x_num = RIGHT - self.tw(num, f, size) - 4
            dots = "." * int((x_num - x_end) / self.tw(".", "R", size))
            self.text(x_end, y, dots, "R", size, (0.4, 0.4, 0.4), page=page)
            self.rtext(RIGHT, y, num, f, size, page=page)
            y += 15.5


# ================================================================== content
def num_cols6(label_w=175):
    xs = [LEFT + label_w + 4 + i * 49.5 for i in range(6)]
    return [(LEFT, LEFT + label_w, "l")] + [(x, x + 45, "r") for x in xs]


def overview_rows():
    o = D.overview()
    rows = [(["Lasten"], "section")]
    for code, name, _ in D.PROGRAMMES:
        rows.append(([f"{code}. {name}"] + [fmt(v) for v in D.prog_lasten(code)], "normal"))
    rows.append((["Totaal lasten programma's"] + [fmt(v) for v in o["tot_prog_lasten"]], "sub"))
    rows.append((["Baten"], "section"))
    for code, name, _ in D.PROGRAMMES:
        rows.append(([f"{code}. {name}"] + [fmt(v) for v in D.prog_baten(code)], "normal"))
    rows.append((["Totaal baten programma's"] + [fmt(v) for v in o["tot_prog_baten"]], "sub"))
    rows.append((["Saldo programma's"] + [fmt(v) for v in o["saldo_prog"]], "total"))
    rows.append((["Dekkingsmiddelen en overhead"], "section"))
    rows.append((["Algemene dekkingsmiddelen"] + [fmt(v) for v in o["dekking"]], "normal"))
    rows.append((["Overhead, lasten"] + [fmt(-v) for v in D.OVERHEAD_LASTEN], "normal"))
    rows.append((["Overhead, baten"] + [fmt(v) for v in D.OVERHEAD_BATEN], "normal"))
    rows.append((["Vennootschapsbelasting"] + [fmt(-v) for v in D.VPB_LASTEN], "normal"))
    rows.append((["Onvoorzien"] + [fmt(-v) if v else "" for v in D.ONVOORZIEN], "normal"))
    rows.append((["Saldo van baten en lasten"] + [fmt(v) for v in o["saldo_bl"]], "total"))
    rows.append((["Mutaties reserves"], "section"))
    rows.append((["Toevoegingen aan reserves"] + [fmt(-v) for v in D.TOEVOEGING_RES], "normal"))
    rows.append((["Onttrekkingen aan reserves"] + [fmt(v) for v in D.ONTTREKKING_RES], "normal"))
    rows.append((["Saldo mutaties reserves"] + [fmt(v) for v in o["mut_res"]], "sub"))
    rows.append((["Geraamd resultaat"] + [fmt(v) for v in o["resultaat"]], "total"))
    return rows


def taakveld_table(w, code, name, tvs, break_before=None):
    label_w = 168
    xs = [LEFT + label_w + 8 + i * 49 for i in range(6)]
    cols = [(LEFT, LEFT + label_w, "l")] + [(x, x + 44, "r") for x in xs]
    headers = [[("", 0, 0), ("Rekening 2027", 1, 2), ("Begroting 2028", 3, 4), ("Begroting 2029", 5, 6)],
               [("Taakveld", 0, 0)] + [(t, i, i) for i, t in
                                         enumerate(["Lasten", "Baten"] * 3, start=1)]]
    rows = []
    for tv, lasten, baten in tvs:
        cells = [tv]
        for i in range(3):
            cells += [fmt(lasten[i]), fmt(baten[i])]
        rows.append((cells, "normal"))
    tot = [f"Totaal programma {code}"]
    for i in range(3):
        tot += [fmt(D.tv_total(tvs, "L", i)), fmt(D.tv_total(tvs, "B", i))]
    rows.append((tot, "total"))
    w.table(f"Tabel 3.{code}b  Lasten en baten per taakveld, programma {code}", "bedragen x € 1.000",
            cols, headers, rows, break_before=break_before)


def doelen_table(w, code):
    label_w = 230
    cols = [(LEFT, LEFT + label_w, "l"), (LEFT + 240, LEFT + 320, "l"),
            (LEFT + 330, LEFT + 395, "r"), (LEFT + 405, LEFT + 470, "r")]
    headers = [[("", 0, 0), ("", 1, 1), ("Realisatie", 2, 2), ("Streefwaarde", 3, 3)],
               [("Indicator", 0, 0), ("Eenheid", 1, 1), ("2027", 2, 2), ("2029", 3, 3)]]
    rows = [([a, b, c, d], "normal") for a, b, c, d in D.PROG_DOELEN[code]]
    w.table(f"Tabel 3.{code}a  Doelen en indicatoren", "", cols, headers, rows)


PROG_TEXT = {
    "1": {
        "bereiken": [
            "Inwoners van Dravenzijl moeten zich veilig voelen in hun eigen straat en erop kunnen vertrouwen dat de "
            "gemeente hen snel en correct helpt. We willen de dienstverlening van Burgerzaken op hetzelfde hoge niveau "
            "houden en het aantal woninginbraken verder terugdringen.",
            "In de veiligheidsmonitor 2027 gaf 81% van de inwoners aan zich meestal of altijd veilig te voelen in de "
            "eigen buurt. Ondermijning blijft een aandachtspunt, vooral in het buitengebied rond Smallemeer.",
        ],
        "doen": [
            "We openen in 2029 een avondloket in Oudekamp, elke donderdag van 17.00 tot 20.00 uur.",
            "Samen met de politie zetten we de WhatsApp-buurtpreventie voort; er zijn nu 46 actieve groepen.",
            "We stellen een integraal ondermijningsbeeld op met de Regionale Informatie- en Expertise Centra (RIEC).",
            "De gemeenteraadsverkiezingen van maart 2030 worden in 2029 voorbereid.",
        ],
        "kosten": "De bijdrage aan de veiligheidsregio stijgt in 2029 met € 126.000 door de cao-ontwikkeling en de "
                  "vervanging van materieel. Daardoor nemen de lasten van crisisbeheersing en brandweer toe.",
    },
    "2": {
        "bereiken": [
            "Dravenzijl wil een aantrekkelijke woongemeente blijven voor starters, gezinnen en ouderen. De "
            f"woningbouwopgave is fors: in 2029 willen we {D.WONINGEN_DOEL_2029} nieuwe woningen opleveren, waarvan "
            f"minimaal {D.SOCIALE_HUUR_PCT}% in de sociale huur. Daarnaast willen we de kernen vitaal houden met goede "
            "voorzieningen en een veilige, goed onderhouden openbare ruimte.",
            "Voor de economie ligt de nadruk op het afronden van bedrijventerrein Weiveld-Zuid en op het versterken "
            "van het centrum van Dravenzijl.",
        ],
        "doen": [
            "We ronden de uitgifte van bedrijventerrein Weiveld-Zuid af; er zijn nog 9 kavels beschikbaar.",
            "Met het programma Vitale kernen (€ 350.000 per jaar in 2029 en 2030) ondersteunen we initiatieven die de "
            "leefbaarheid in de kleine kernen versterken.",
            "Het Dorpsfonds blijft bestaan: elke kern krijgt jaarlijks € 25.000 voor kleine initiatieven van "
            "inwoners, zoals een speeltuin, een dorpsfeest of een AED.",
            "We starten met de reconstructie van de Smallemeerseweg; de totale investering bedraagt € 2,6 miljoen.",
            "We stellen het omgevingsprogramma Wonen 2029-2033 op.",
        ],
        "kosten": "De lasten en baten van grondexploitatie schommelen met de verwachte verkoop van kavels. In 2029 "
                  "verwachten we meer kavels te verkopen dan in 2028, waardoor zowel lasten als baten hoger zijn.",
    },
    "3": {
        "bereiken": [
            "Ieder kind in Dravenzijl verdient een goede start. Daarvoor zijn gezonde en duurzame schoolgebouwen "
            "nodig. In 2027 zat 58% van de leerlingen in een gebouw dat voldoet aan de eisen van een frisse school; "
            "we willen naar 72% in 2029.",
            "Sport en cultuur verbinden inwoners. We willen dat meer inwoners sporten en dat de bibliotheek een "
            "ontmoetingsplek blijft voor alle leeftijden.",
        ],
        "doen": [
            "We bouwen het Integraal Kindcentrum (IKC) Oudekamp, waarin twee basisscholen, kinderopvang en het "
            "consultatiebureau samengaan. De oplevering is gepland in het najaar van 2030.",
            "De sporthal De Kemphaan wordt in 2030 gerenoveerd en verduurzaamd (€ 1,65 miljoen).",
            "We zetten de combinatiefunctionarissen voort: 6,4 fte voor sport en cultuur in en rond de scholen.",
        ],
        "kosten": "De lasten van onderwijshuisvesting stijgen in 2029 met € 472.000 ten opzichte van 2028. Dat komt "
                  "door de tijdelijke huisvesting van de leerlingen tijdens de bouw van het IKC Oudekamp en de eerste "
                  "kapitaallasten van de nieuwbouw. Een deel hiervan wordt gedekt uit de Reserve kapitaallasten "
                  "IKC Oudekamp.",
    },
    "4": {
        "bereiken": [
            "Iedereen doet mee, naar vermogen. We willen dat inwoners zo lang mogelijk zelfstandig thuis kunnen wonen, "
            "dat kinderen veilig opgroeien en dat zoveel mogelijk mensen werk hebben. Het sociaal domein is met "
            f"{mil(D.prog_lasten('4')[2] * 1000)} aan lasten in 2029 verreweg het grootste programma van de begroting.",
            "Eenzaamheid onder ouderen neemt toe. Uit de gezondheidsmonitor blijkt dat 47% van de 75-plussers zich "
            "in meer of mindere mate eenzaam voelt.",
        ],
        "doen": [
            f"Met het project Samen aan tafel koppelen we {D.VRIJWILLIGERS_MAATJES} vrijwillige maatjes aan "
            "alleenstaande ouderen. De wijkteams leggen een preventief huisbezoek af bij alle inwoners die 75 jaar "
            "worden, om eenzaamheid vroeg te signaleren.",
            f"De {D.LOKETTEN_SOCIAAL} wijkteams blijven het eerste aanspreekpunt voor zorg, jeugd en inkomen.",
            "We besteden de jeugdhulp vanaf 2029 regionaal aan met resultaatgerichte contracten en een "
            "transformatiebudget van € 600.000 in 2029.",
            "Het armoedebeleid wordt verbreed: het inkomenscriterium voor de meedoenregeling gaat naar 130% van het "
            "sociaal minimum.",
        ],
        "kosten": "De lasten voor maatwerkdienstverlening 18+ en 18- stijgen door hogere tarieven en een groter "
                  "aantal cliënten. De stijging van de inkomensregelingen wordt grotendeels gedekt door de hogere "
                  "rijksbijdrage (BUIG).",
    },
    "5": {
        "bereiken": [
            "Dravenzijl wil in 2040 energieneutraal zijn. Eind 2027 lagen er op 1.450 woningdaken zonnepanelen; in "
            "2029 moeten dat er 2.000 zijn. Ook willen we minder afval: de hoeveelheid restafval moet dalen naar "
            f"{D.AFVAL_RESTAFVAL_DOEL} kilo per inwoner in 2030.",
        ],
        "doen": [
            "We voeren in 2029 omgekeerd inzamelen in: grondstoffen worden aan huis opgehaald en restafval brengen "
            "inwoners naar een verzamelcontainer in de wijk. Daarnaast onderzoeken we de invoering van diftar.",
            "We breiden de milieustraat aan de Kanaalweg uit (€ 545.000).",
            "We stellen voor elke kern een wijkuitvoeringsplan warmte op, te beginnen in Weiveld.",
            "In Weiveld-Noord vervangen we de riolering en koppelen we het regenwater af.",
        ],
        "kosten": "De rioolheffing en de afvalstoffenheffing zijn kostendekkend. Hogere lasten voor riolering en "
                  "afval worden daarom gedekt door hogere tarieven.",
    },
}


def build():
    w = Writer()
    o = D.overview()

    # --- title page
    w.new_page()
    p = w.page
    p.draw_rect(pymupdf.Rect(0, 0, W, 300), color=None, fill=BLUE)
    w.text(LEFT, 150, "Gemeente Dravenzijl", "B", 28, (1, 1, 1))
    w.text(LEFT, 190, "Programmabegroting 2029", "B", 22, (1, 1, 1))
    w.text(LEFT, 215, "en meerjarenraming 2030-2032", "R", 15, (1, 1, 1))
    w.text(LEFT, 380, "Dravenzijl  •  Oudekamp  •  Weiveld  •  Smallemeer", "R", 12, BLUE)
    w.text(LEFT, 700, "Aangeboden aan de gemeenteraad op 23 september 2028", "R", 10)
    w.text(LEFT, 716, "Vastgesteld door de raad op 6 november 2028", "R", 10)
    w.text(LEFT, 732, "Raadsvoorstel 2028-114", "R", 10)

    # --- TOC page (filled in at the end)
    w.chapter = "Inhoud"
    w.new_page()
    toc_page = w.page.number
    w.text(LEFT, TOP + 10, "Inhoudsopgave", "B", 17, BLUE)

    # --- 1 Inleiding
    w.h1("1 Inleiding")
    w.h2("1.1 Aanbieding")
    w.para("Voor u ligt de programmabegroting 2029 van de gemeente Dravenzijl. Het is de tweede begroting van deze "
           "raadsperiode en de begroting waarin de ambities uit het coalitieakkoord 'Dichtbij en Duurzaam' verder "
           "worden uitgewerkt. Tegelijk vragen de onzekerheden rond de gemeentefinanciering om voorzichtigheid.")
    res = o["resultaat"]
    w.para(f"De begroting 2029 sluit met een positief saldo van € {fmt(res[2] * 1000)}. In het eerste jaar van de "
           f"meerjarenraming is er een tekort; 2030 laat een nadeel zien van € {fmt(-res[3] * 1000)}. Vanaf 2031 is "
           "het meerjarenbeeld weer sluitend. Het structurele saldo is in alle jaren positief, zodat de begroting "
           "voldoet aan de eisen van de provincie als toezichthouder.")
    w.para(f"De totale lasten van de programma's bedragen in 2029 {mil(o['tot_prog_lasten'][2] * 1000)}. De "
           f"onroerendezaakbelasting stijgt met het inflatiepercentage van {str(D.OZB_STIJGING_PCT).replace('.', ',')}%; "
           "er is geen verhoging boven de inflatie.")
    w.h2("1.2 Meerjarig financieel beeld")
    w.para("Onderstaande tabel toont het begrotingssaldo en het structurele saldo voor de jaren 2029 tot en met 2032. "
           "Een voordeel is aangeduid met V, een nadeel met N.")
    cols = [(LEFT, LEFT + 200, "l")] + [(LEFT + 215 + i * 70, LEFT + 275 + i * 70, "r") for i in range(4)]
    inc = D.incidenteel_saldo()
    st = D.structureel_saldo()
    rows = [(["Saldo begroting (geraamd resultaat)"] + [vn(v) for v in res[2:]], "normal"),
            (["Af: saldo incidentele baten en lasten"] + [vn(v) if v else "0" for v in inc], "normal"),
            (["Structureel begrotingssaldo"] + [vn(v) for v in st], "total")]
    w.table("Tabel 1.1  Meerjarenbalans", "(x € 1.000)", cols,
            [[("Omschrijving", 0, 0), ("2029", 1, 1), ("2030", 2, 2), ("2031", 3, 3), ("2032", 4, 4)]], rows)
    w.h2("1.3 Kerngegevens")
    cols = [(LEFT, LEFT + 250, "l"), (LEFT + 300, LEFT + 380, "r")]
    rows = [(["Aantal inwoners", fmt(D.INWONERS_1JAN2028)], "normal"),
            (["  waarvan 0 tot en met 17 jaar", "7.604"], "normal"),
            (["  waarvan 65 jaar en ouder", "9.318"], "normal"),
            (["Aantal huishoudens", fmt(D.HUISHOUDENS_1JAN2028)], "normal"),
            (["Aantal woningen", fmt(D.WONINGEN_1JAN2028)], "normal"),
            (["Oppervlakte gemeente (hectare)", fmt(D.OPPERVLAKTE_HA)], "normal"),
            (["Aantal kernen", "4"], "normal")]
    w.table("Tabel 1.2  Kerngegevens Dravenzijl", "", cols,
            [[("Omschrijving", 0, 0), ("1 januari 2028", 1, 1)]], rows)

    # --- 2 Overzicht
    w.h1("2 Financieel overzicht")
    w.h2("2.1 Overzicht van baten en lasten")
    w.para("Het overzicht van baten en lasten geeft per programma de geraamde lasten en baten, de algemene "
           "dekkingsmiddelen, de overhead en de mutaties in de reserves. Naast de begroting 2029 en de meerjarenraming "
           "2030-2032 zijn ter vergelijking de rekening 2027 en de (gewijzigde) begroting 2028 opgenomen.")
    w.para("Baten en lasten zijn als positieve bedragen weergegeven. In de saldoregels is een negatief bedrag "
           "(met minteken) een nadeel.")
    cols = num_cols6()
    headers = [[("", 0, 0)] + [(t, i, i) for i, t in enumerate(
        ["Rekening", "Begroting", "Begroting", "Raming", "Raming", "Raming"], start=1)],
        [("Programma", 0, 0)] + [(t, i, i) for i, t in enumerate(
            ["2027", "2028", "2029", "2030", "2031", "2032"], start=1)]]
    w.table("Tabel 2.1  Overzicht van baten en lasten", "bedragen x € 1.000", cols, headers, overview_rows(),
            break_before=13)
    w.note("Het geraamde resultaat 2027 is het gerealiseerde resultaat volgens de jaarrekening 2027.")

    # --- 3 Programma's
    w.h1("3 Programma's")
    w.para("De begroting bestaat uit vijf programma's. Per programma beschrijven we wat we willen bereiken, wat we "
           "daarvoor gaan doen en wat het mag kosten. De bedragen per taakveld volgen de indeling van het Besluit "
           "begroting en verantwoording (BBV).")
    for idx, (code, name, tvs) in enumerate(D.PROGRAMMES):
        t = PROG_TEXT[code]
        if idx > 0:
            w.ensure(300)
        w.h2(f"Programma {code}  {name}")
        w.h3("Wat willen we bereiken?")
        for s in t["bereiken"]:
            w.para(s)
        doelen_table(w, code)
        w.h3("Wat gaan we daarvoor doen?")
        w.bullets(t["doen"])
        w.h3("Wat mag het kosten?")
        taakveld_table(w, code, name, tvs, break_before=6 if code == "4" else None)
        L, B = D.prog_lasten(code), D.prog_baten(code)
        w.para(t["kosten"])
        w.para(f"Het saldo van programma {code} bedraagt in 2029 € {fmt((L[2] - B[2]) * 1000)} nadelig "
               f"(lasten min baten).")

    # --- 4 Algemene dekkingsmiddelen
    w.h1("4 Algemene dekkingsmiddelen")
    w.para("Algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden. De belangrijkste zijn de "
           "algemene uitkering uit het gemeentefonds en de onroerendezaakbelastingen (OZB). Onderstaande bedragen "
           "zijn in hele euro's.")
    cols = [(LEFT, LEFT + 150, "l")] + [(LEFT + 152 + i * 53.5, LEFT + 205 + i * 53.5, "r") for i in range(6)]
    headers = [[("", 0, 0)] + [(t, i, i) for i, t in enumerate(
        ["Rekening", "Begroting", "Begroting", "Raming", "Raming", "Raming"], start=1)],
        [("Dekkingsmiddel", 0, 0)] + [(t, i, i) for i, t in enumerate(
            ["2027", "2028", "2029", "2030", "2031", "2032"], start=1)]]
    rows = [([lab] + [fmt(v) for v in vals], "normal") for lab, vals in D.DEKKING_EUR]
    rows.append((["Totaal"] + [fmt(v) for v in D.dekking_eur_total()], "total"))
    w.table("Tabel 4.1  Algemene dekkingsmiddelen", "Bedragen in euro's", cols, headers, rows, size=7.6)
    gf = D.DEKKING_EUR[4][1]
    w.para(f"De algemene uitkering is geraamd op basis van de meicirculaire 2028 en bedraagt in 2029 "
           f"{mil(gf[2])}. Dat is {mil(gf[2] - gf[1])} meer dan in de begroting 2028.")
    w.h2("4.1 Lokale heffingen")
    w.para(f"De tarieven van de OZB worden verhoogd met {str(D.OZB_STIJGING_PCT).replace('.', ',')}%. De tarieven "
           "voor rioolheffing en afvalstoffenheffing zijn berekend op basis van 100% kostendekkendheid. Inwoners met "
           "een laag inkomen kunnen kwijtschelding aanvragen.")
    cols = [(LEFT, LEFT + 200, "l"), (LEFT + 210, LEFT + 290, "l"), (LEFT + 300, LEFT + 370, "r"),
            (LEFT + 380, LEFT + 450, "r")]
    rows = [([a, b, c, d], "normal") for a, b, c, d in D.TARIEVEN]
    w.table("Tabel 4.2  Tarieven lokale heffingen", "", cols,
            [[("Heffing", 0, 0), ("Eenheid", 1, 1), ("Tarief 2028", 2, 2), ("Tarief 2029", 3, 3)]], rows)

    # --- 5 Weerstandsvermogen
    w.h1("5 Weerstandsvermogen en risicobeheersing")
    w.para("Het weerstandsvermogen is de mate waarin de gemeente in staat is middelen vrij te maken om risico's op "
           "te vangen zonder dat het beleid hoeft te worden aangepast. De ratio is de beschikbare "
           "weerstandscapaciteit gedeeld door de benodigde weerstandscapaciteit.")
    algres_eind = D.reserves_eind(D.RESERVES)[0][1]
    besch = [(lab, v if v is not None else algres_eind) for lab, v in D.WEERSTAND_BESCHIKBAAR]
    tot_b = sum(v for _, v in besch)
    ratio = tot_b / D.WEERSTAND_BENODIGD
    cols = [(LEFT, LEFT + 300, "l"), (LEFT + 330, LEFT + 410, "r")]
    rows = [([lab, fmt(v)], "normal") for lab, v in besch]
    rows.append((["Beschikbare weerstandscapaciteit (A)", fmt(tot_b)], "sub"))
    rows.append((["Benodigde weerstandscapaciteit (B)", fmt(D.WEERSTAND_BENODIGD)], "normal"))
    rows.append((["Ratio weerstandsvermogen (A / B)", f"{ratio:.2f}".replace(".", ",")], "total"))
    w.table("Tabel 5.1  Weerstandsvermogen", "x € 1.000", cols, [[("Onderdeel", 0, 0), ("2029", 1, 1)]], rows)
    w.para(f"Met een ratio van {ratio:.2f}".replace(".", ",") + " is het weerstandsvermogen volgens de "
           "landelijke waarderingstabel 'ruim voldoende' (ratio tussen 1,4 en 2,0). De raad heeft als norm een "
           "ratio van minimaal 1,2 vastgesteld.")
    w.h2("5.1 Belangrijkste risico's")
    w.bullets([
        "Open-einderegelingen jeugdhulp en Wmo: het aantal cliënten en de tarieven kunnen sterker stijgen dan "
        "geraamd (benodigde capaciteit € 3,1 miljoen).",
        "Grondexploitatie Weiveld-Zuid: vertraging in de verkoop van de laatste kavels leidt tot hogere rentelasten "
        "en een lager resultaat.",
        "Gemeentefonds: de uitkomst van de herijking van het gemeentefonds en de opschalingskorting is onzeker.",
        "Cyberincident: uitval van systemen door een aanval kan leiden tot herstelkosten en schadeclaims.",
    ])
    w.h2("5.2 Financiële kengetallen")
    w.para("De kengetallen geven inzicht in de financiële positie. Alle kengetallen zijn percentages.")
    cols = num_cols6(label_w=180)
    headers = [[("", 0, 0)] + [(t, i, i) for i, t in enumerate(
        ["Rekening", "Begroting", "Begroting", "Raming", "Raming", "Raming"], start=1)],
        [("Kengetal", 0, 0)] + [(t, i, i) for i, t in enumerate(
            ["2027", "2028", "2029", "2030", "2031", "2032"], start=1)]]
    rows = []
    for lab, vals in D.KENGETALLEN:
        lab2 = lab if len(lab) < 40 else "Netto schuldquote gecorrigeerd¹"
        rows.append(([lab2] + [f"{v:.1f}%".replace(".", ",") for v in vals], "normal"))
    w.table("Tabel 5.2  Financiële kengetallen", "in %", cols, headers, rows)
    w.note("¹ Netto schuldquote gecorrigeerd voor alle verstrekte leningen.")

    # --- 6 Reserves en voorzieningen
    w.h1("6 Reserves en voorzieningen")
    w.para("Het overzicht toont per reserve en voorziening de verwachte stand aan het begin van 2029, de geraamde "
           "toevoegingen en onttrekkingen en de stand aan het eind van het jaar. Een leeg vak betekent dat er geen "
           "mutatie is geraamd.")
    cols = [(LEFT, LEFT + 205, "l")] + [(LEFT + 215 + i * 66, LEFT + 268 + i * 66, "r") for i in range(4)]
    headers = [[("", 0, 0), ("Stand", 1, 1), ("", 2, 2), ("", 3, 3), ("Stand", 4, 4)],
               [("Omschrijving", 0, 0), ("1-1-2029", 1, 1), ("Toevoeging", 2, 2), ("Onttrekking", 3, 3),
                ("31-12-2029", 4, 4)]]

    def rv_rows(items):
        out = []
        for lab, b, t, o_ in items:
            e = b + (t or 0) - (o_ or 0)
            lab2 = lab + "¹" if lab == D.RESERVE_FOOTNOTE_LABEL else lab
            out.append(([lab2, fmt(b), fmt(t), fmt(o_), fmt(e)], "normal"))
        return out

    def rv_tot(items, label, style):
        b = sum(r[1] for r in items)
        t = sum(r[2] or 0 for r in items)
        o_ = sum(r[3] or 0 for r in items)
        return ([label, fmt(b), fmt(t), fmt(o_), fmt(b + t - o_)], style)

    rows = [(["Reserves"], "section")] + rv_rows(D.RESERVES) + [rv_tot(D.RESERVES, "Totaal reserves", "sub")]
    rows += [(["Voorzieningen"], "section")] + rv_rows(D.VOORZIENINGEN) + \
        [rv_tot(D.VOORZIENINGEN, "Totaal voorzieningen", "sub")]
    rows.append(rv_tot(D.RESERVES + D.VOORZIENINGEN, "Totaal reserves en voorzieningen", "total"))
    w.table("Tabel 6.1  Verloop reserves en voorzieningen 2029", "(bedragen x € 1.000)", cols, headers, rows)
    w.note("¹ " + D.RESERVE_FOOTNOTE)

    # --- 7 Investeringen
    w.h1("7 Investeringsplan 2029-2032")
    w.para("Het investeringsplan bevat de investeringen die in de komende vier jaar worden voorbereid of "
           "uitgevoerd. De kapitaallasten zijn verwerkt in de programma's. Investeringen met een maatschappelijk "
           "nut worden in de regel in 40 jaar afgeschreven, riolering in 60 jaar.")
    cols = [(LEFT, LEFT + 190, "l"), (LEFT + 192, LEFT + 222, "c")] + \
        [(LEFT + 226 + i * 49, LEFT + 268 + i * 49, "r") for i in range(5)]
    headers = [[("Investering", 0, 0), ("Progr.", 1, 1), ("2029", 2, 2), ("2030", 3, 3), ("2031", 4, 4),
                ("2032", 5, 5), ("Totaal", 6, 6)]]
    rows = []
    for lab, prog, vals in D.INVESTERINGEN:
        rows.append(([lab, prog] + [fmt(v) for v in vals] + [fmt(sum(v or 0 for v in vals))], "normal"))
    tots = [sum(r[2][i] or 0 for r in D.INVESTERINGEN) for i in range(4)]
    rows.append((["Totaal investeringen", ""] + [fmt(v) for v in tots] + [fmt(sum(tots))], "total"))
    w.table("Tabel 7.1  Investeringsplan", "Bedragen × € 1.000", cols, headers, rows)
    w.para("De nieuwbouw van het IKC Oudekamp is met € 6,25 miljoen de grootste investering in deze periode. "
           "Voor de brandweerkazerne Weiveld wordt in 2030 een voorstel aan de raad voorgelegd.")

    # --- 8 Incidentele baten en lasten
    w.h1("8 Incidentele baten en lasten")
    w.para("Om te beoordelen of de begroting structureel in evenwicht is, worden de incidentele baten en lasten "
           "apart gezet. Incidentele lasten zijn aangeduid met N (nadeel), incidentele baten met V (voordeel).")
    cols = [(LEFT, LEFT + 205, "l"), (LEFT + 208, LEFT + 240, "c")] + \
        [(LEFT + 250 + i * 56, LEFT + 300 + i * 56, "r") for i in range(4)]
    headers = [[("Omschrijving", 0, 0), ("Progr.", 1, 1), ("2029", 2, 2), ("2030", 3, 3), ("2031", 4, 4),
                ("2032", 5, 5)]]
    rows = [(["Incidentele lasten"], "section")]
    for lab, prog, vals in D.INCIDENTEEL_LASTEN:
        rows.append(([lab, prog] + [vn(-v) if v else "" for v in vals], "normal"))
    tl = [sum(r[2][i] or 0 for r in D.INCIDENTEEL_LASTEN) for i in range(4)]
    rows.append((["Totaal incidentele lasten", ""] + [vn(-v) if v else "" for v in tl], "sub"))
    rows.append((["Incidentele baten"], "section"))
    for lab, prog, vals in D.INCIDENTEEL_BATEN:
        rows.append(([lab, prog] + [vn(v) if v else "" for v in vals], "normal"))
    tb = [sum(r[2][i] or 0 for r in D.INCIDENTEEL_BATEN) for i in range(4)]
    rows.append((["Totaal incidentele baten", ""] + [vn(v) if v else "" for v in tb], "sub"))
    rows.append((["Saldo incidentele baten en lasten", ""] + [vn(v) if v else "0" for v in inc], "total"))
    w.table("Tabel 8.1  Incidentele baten en lasten", "x € 1.000", cols, headers, rows)

    # --- Bijlage indicatoren
    w.h1("Bijlage Beleidsindicatoren")
    w.para("Gemeenten zijn verplicht een vaste set beleidsindicatoren op te nemen. De gegevens komen van "
           "waarstaatjegemeente.nl; de kolom Periode geeft het meest recente jaar waarover gegevens beschikbaar zijn.")
    cols = [(LEFT, LEFT + 175, "l"), (LEFT + 178, LEFT + 320, "l"), (LEFT + 322, LEFT + 360, "c"),
            (LEFT + 362, LEFT + 412, "r"), (LEFT + 418, LEFT + 468, "r")]
    headers = [[("Indicator", 0, 0), ("Eenheid", 1, 1), ("Periode", 2, 2), ("Dravenzijl", 3, 3),
                ("Nederland", 4, 4)]]
    rows = [([a, b, c, d, e], "normal") for a, b, c, d, e in D.INDICATOREN]
    w.table("Tabel B.1  Verplichte beleidsindicatoren", "", cols, headers, rows, size=7.8)

    w.write_toc(toc_page)
    w.running_heads()
    w.doc.set_metadata({"title": D.TITLE, "author": "Gemeente Dravenzijl", "creator": "make_pdf.py (PyMuPDF)"})
    w.doc.subset_fonts()
    w.doc.save(OUT, garbage=4, deflate=True)
    print("wrote", OUT, len(w.doc), "pages")


if __name__ == "__main__":
    build()
