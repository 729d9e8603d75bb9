"""Gemeenschappelijke regeling Werkplein Noord-Twente (fictional): vergaderstukken algemeen bestuur 3 juli 2025,
one reportlab PDF bundling agenda, concept-besluitenlijst, aanbiedingsbrief, Jaarstukken 2024 (whole euros),
1e Bestuursrapportage 2025 and Ontwerpbegroting 2026 (x € 1.000) and the voorstel zienswijzen.

Every part has its own title page or letterhead, its own headings and table numbering and its own typography;
the bundle footer carries the running page number, the part header the page number within the part.  The bundle
contents, the agenda's page references and the parts' own contents get their numbers from a first build
(rebuilt until they settle).

Usage: python gen_bundle.py OUT_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"
for name, f in [("LSans", LIB + "LiberationSans-Regular.ttf"), ("LSans-B", LIB + "LiberationSans-Bold.ttf"),
                ("LSans-I", LIB + "LiberationSans-Italic.ttf"), ("LSerif", LIB + "LiberationSerif-Regular.ttf"),
                ("LSerif-B", LIB + "LiberationSerif-Bold.ttf"), ("LSerif-I", LIB + "LiberationSerif-Italic.ttf"),
                ("DJ", DJV + "DejaVuSans.ttf"), ("DJ-B", DJV + "DejaVuSans-Bold.ttf"),
                ("DJC", DJV + "DejaVuSansCondensed.ttf"), ("DJC-B", DJV + "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, f))
for fam, r, b, i in [("LSans", "LSans", "LSans-B", "LSans-I"), ("LSerif", "LSerif", "LSerif-B", "LSerif-I"),
                     ("DJ", "DJ", "DJ-B", "DJ"), ("DJC", "DJC", "DJC-B", "DJC")]:
    for nm in (fam, fam.lower()):
        addMapping(nm, 0, 0, r)
        addMapping(nm, 1, 0, b)
        addMapping(nm, 0, 1, i)
        addMapping(nm, 1, 1, b)
rl_config.canvas_basefontname = "LSans"      # before the styles are imported: no unembedded Helvetica anywhere

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak,  # noqa: E402
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

import data as d  # noqa: E402
from fmt import nl, nl_dec, nl_signed, nl_vn  # noqa: E402

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
GR = d.G_BODY
BUNDLE_TITLE = "Vergaderstukken algemeen bestuur Werkplein Noord-Twente, 3 juli 2025"
G = d.GEMEENTEN
K = 1000

# ------------------------------------------------------------------------------------------------ part styles
PARTS = {
    # key: (header title, font family, body size, header fill of tables, accent)
    "front": ("", "LSerif", 10.5, None, colors.HexColor("#333333")),
    "agenda": ("Agenda algemeen bestuur 3 juli 2025", "LSerif", 10.5, None, colors.HexColor("#7a1f1f")),
    "besluiten": ("Concept-besluitenlijst algemeen bestuur 3 april 2025", "LSerif", 10.5, None,
                  colors.HexColor("#7a1f1f")),
    "brief": ("Aanbiedingsbrief aan de gemeenteraden", "LSerif", 10.5, None, colors.HexColor("#7a1f1f")),
    "js": ("Jaarstukken 2024", "DJ", 9.4, colors.HexColor("#d3ebea"), colors.HexColor("#0b5d5a")),
    "br": ("1e Bestuursrapportage 2025", "LSans", 10.0, colors.HexColor("#e4e4e4"), colors.HexColor("#3b3b3b")),
    "ob": ("Ontwerpbegroting 2026", "LSans", 9.6, colors.HexColor("#fbe3c8"), colors.HexColor("#9c4a00")),
    "voorstel": ("Voorstel zienswijzen begroting 2026", "LSerif", 10.5, None, colors.HexColor("#7a1f1f")),
    "vs4": ("Voorstel jaarstukken 2024", "LSerif", 10.5, None, colors.HexColor("#7a1f1f")),
    "vs5": ("Voorstel 1e bestuursrapportage 2025", "LSerif", 10.5, None, colors.HexColor("#7a1f1f")),
    "zw": ("Bijlage bij het voorstel zienswijzen", "LSerif", 10.5, None, colors.HexColor("#7a1f1f")),
}
INNER_NUMBERED = {"js", "br", "ob"}

STATE = {"part": "front", "title_page": False}
PART_START: dict[str, int] = {}
MARKS: dict[str, int] = {}


class Mark(Flowable):
    """zero-size flowable: records the page of a place (part start, heading) and the current part"""

    def __init__(self, key, part=None, title_page=False):
        super().__init__()
        self.key, self.part, self.tp = key, part, title_page
        self.width = self.height = 0

    def wrap(self, *a):
        return 0, 0

    def draw(self):
        pg = self.canv.getPageNumber()
        if self.part:
            STATE["part"] = self.part
            PART_START.setdefault(self.part, pg)
        if self.tp:
            STATE["title_page"] = True
        MARKS.setdefault(self.key, pg)


def on_page(canv, doc):
    STATE["title_page"] = False


def on_page_end(canv, doc):
    pg = canv.getPageNumber()
    w, h = A4
    canv.saveState()
    canv.setFont("LSans", 7.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(20 * mm, 12 * mm, BUNDLE_TITLE)
    canv.drawRightString(w - 20 * mm, 12 * mm, f"pagina {pg}")
    part = STATE["part"]
    title, fam, _, _, accent = PARTS[part]
    if pg > 1 and not STATE["title_page"] and title:
        canv.setFont(fam if fam != "DJ" else "DJ", 7.5)
        canv.setFillColor(accent)
        canv.drawString(20 * mm, h - 12 * mm, f"Werkplein Noord-Twente | {title}")
        if part in INNER_NUMBERED:
            canv.drawRightString(w - 20 * mm, h - 12 * mm, str(pg - PART_START[part] + 1))
        canv.setStrokeColor(accent)
        canv.setLineWidth(0.4)
        canv.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
    canv.restoreState()


# ------------------------------------------------------------------------------------------------ text helpers
def st(part, kind):
    _, fam, size, _, accent = PARTS[part]
    bold = {"LSerif": "LSerif-B", "LSans": "LSans-B", "DJ": "DJ-B", "DJC": "DJC-B"}[fam]
    if kind == "p":
        return ParagraphStyle("p", fontName=fam, fontSize=size, leading=size * 1.42, spaceAfter=size * 0.6,
                              alignment=TA_JUSTIFY if part in ("js", "ob") else TA_LEFT)
    if kind == "li":
        return ParagraphStyle("li", fontName=fam, fontSize=size, leading=size * 1.38, leftIndent=14,
                              bulletIndent=3, spaceAfter=size * 0.3, bulletFontName=fam)
    if kind == "h1":
        return ParagraphStyle("h1", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.25, spaceBefore=0,
                              spaceAfter=10, textColor=accent)
    if kind == "h2":
        return ParagraphStyle("h2", fontName=bold, fontSize=size + 2.5, leading=(size + 2.5) * 1.3, spaceBefore=10,
                              spaceAfter=5, textColor=accent)
    if kind == "h3":
        return ParagraphStyle("h3", fontName=bold, fontSize=size + 0.5, leading=(size + 0.5) * 1.3, spaceBefore=6,
                              spaceAfter=3, textColor=accent)
    if kind == "cap":
        return ParagraphStyle("cap", fontName=bold, fontSize=8.6, leading=11, spaceBefore=4, spaceAfter=3,
                              textColor=accent)
    if kind == "note":
        return ParagraphStyle("note", fontName=fam, fontSize=7.2, leading=9, spaceBefore=2, spaceAfter=8)
    if kind == "th":
        return ParagraphStyle("th", fontName=bold, fontSize=8.0, leading=9.6, alignment=TA_RIGHT)
    if kind == "thl":
        return ParagraphStyle("thl", fontName=bold, fontSize=8.0, leading=9.6, alignment=TA_LEFT)
    raise KeyError(kind)


class Part:
    def __init__(self, key):
        self.key = key
        self.f: list = []

    def p(self, *texts):
        for t in texts:
            self.f.append(Paragraph(t, st(self.key, "p")))

    def ul(self, *items):
        for t in items:
            self.f.append(Paragraph(t, st(self.key, "li"), bulletText="•"))

    def ol(self, *items):
        for i, t in enumerate(items, 1):
            self.f.append(Paragraph(t, st(self.key, "li"), bulletText=f"{i}."))

    def h1(self, t, mark=None, newpage=True):
        if newpage:
            self.f.append(PageBreak())
        self.f.append(Mark(mark or f"{self.key}:{t}"))
        self.f.append(Paragraph(t, st(self.key, "h1")))

    def h2(self, t, mark=None, newpage=False):
        if newpage:
            self.f.append(PageBreak())
        self.f.append(Mark(mark or f"{self.key}:{t}"))
        self.f.append(Paragraph(t, st(self.key, "h2")))

    def h3(self, t):
        self.f.append(Paragraph(t, st(self.key, "h3")))

    def sp(self, h=6):
        self.f.append(Spacer(1, h))

    def table(self, caption, head, rows, widths, note=None):
        """head: list of header texts ('<br/>' allowed); rows: (kind, label, cells), kind '', 'grp', 'tot'"""
        _, fam, _, fill, accent = PARTS[self.key]
        bold = {"LSerif": "LSerif-B", "LSans": "LSans-B", "DJ": "DJ-B", "DJC": "DJC-B"}[fam]
        tfont = "DJC" if fam == "DJ" else fam
        tbold = "DJC-B" if fam == "DJ" else bold
        hst = [ParagraphStyle("thx", parent=st(self.key, "thl" if i == 0 else "th"), fontName=tbold)
               for i in range(len(head))]
        hdr = [Paragraph(h, hst[i]) for i, h in enumerate(head)]
        data = [hdr] + [[lab] + list(cells) for _, lab, cells in rows]
        cmds = [("FONT", (0, 1), (-1, -1), tfont, 8.4), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("TOPPADDING", (0, 1), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1.6), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("LINEBELOW", (0, 0), (-1, 0), 0.8, accent),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, accent)]
        for i in range(len(head)):
            cmds.append(("BACKGROUND", (i, 0), (i, 0), fill))
        for r, (kind, _, _) in enumerate(rows, 1):
            if kind in ("grp", "tot"):
                cmds.append(("FONT", (0, r), (-1, r), tbold, 8.4))
            if kind == "tot":
                cmds.append(("LINEABOVE", (0, r), (-1, r), 0.5, accent))
            if kind == "grp":
                cmds.append(("TEXTCOLOR", (0, r), (0, r), accent))
        if self.key == "br":
            cmds.append(("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.HexColor("#bbbbbb")))
        if self.key == "ob":
            for r in range(1, len(rows) + 1, 2):
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#fff8f0")))
        t = Table(data, colWidths=[w * mm for w in widths], hAlign="LEFT")
        t.setStyle(TableStyle(cmds))
        block = [Paragraph(caption, st(self.key, "cap")), t]
        if note:
            block.append(Paragraph(note, st(self.key, "note")))
        else:
            block.append(Spacer(1, 10))
        self.f.append(KeepTogether(block))


def title_page(part, lines, sub=None):
    """a part's own title page"""
    pt = Part(part)
    pt.f.append(PageBreak())
    pt.f.append(Mark(f"{part}:title", part=part, title_page=True))
    _, fam, _, _, accent = PARTS[part]
    bold = {"LSerif": "LSerif-B", "LSans": "LSans-B", "DJ": "DJ-B", "DJC": "DJC-B"}[fam]
    pt.f.append(Spacer(1, 70 * mm))
    pt.f.append(Paragraph("Werkplein Noord-Twente", ParagraphStyle("t0", fontName=fam, fontSize=13, leading=18,
                                                                    textColor=accent)))
    pt.f.append(Spacer(1, 6 * mm))
    pt.f.append(Paragraph(lines, ParagraphStyle("t1", fontName=bold, fontSize=30, leading=36, textColor=accent)))
    if sub:
        pt.f.append(Spacer(1, 6 * mm))
        pt.f.append(Paragraph(sub, ParagraphStyle("t2", fontName=fam, fontSize=11.5, leading=16)))
    return pt.f


def eur(v):
    return "€ " + nl(v)


def ek(v):
    """x 1.000 -> '€ 248.000'"""
    return "€ " + nl(abs(v) * K)


# ================================================================================================ content
def build_story(pg):
    """pg: page numbers of marks from the previous build (empty on the first build)"""
    def at(key):
        return str(pg.get(key, "..."))

    def rng(a, b):
        if a in pg and b in pg and pg[b] - 1 == pg[a]:
            return f"pag. {pg[a]}"
        return f"pag. {at(a)}-{pg.get(b, 0) - 1 if b in pg else '...'}"

    S = []
    # ---------------------------------------------------------------------------------------- cover + contents
    fr = Part("front")
    fr.f.append(Mark("front:cover", part="front", title_page=True))
    fr.f.append(Spacer(1, 55 * mm))
    fr.f.append(Paragraph("Werkplein Noord-Twente", ParagraphStyle("c0", fontName="LSans-B", fontSize=15,
                                                                    leading=20, textColor=colors.HexColor("#7a1f1f"))))
    fr.f.append(Paragraph("gemeenschappelijke regeling van de gemeenten Twenterand, Dinkelland, Oldenmaat en "
                          "Reggedal", ParagraphStyle("c1", fontName="LSans", fontSize=10, leading=14)))
    fr.f.append(Spacer(1, 18 * mm))
    fr.f.append(Paragraph("Vergaderstukken algemeen bestuur", ParagraphStyle("c2", fontName="LSans-B", fontSize=26,
                                                                              leading=32)))
    fr.f.append(Paragraph("donderdag 3 juli 2025, 14.00 uur", ParagraphStyle("c3", fontName="LSans", fontSize=14,
                                                                              leading=20)))
    fr.f.append(Spacer(1, 12 * mm))
    fr.f.append(Paragraph("Vergaderzaal Werkplein, Industrieweg 12, Oldenmaat",
                          ParagraphStyle("c4", fontName="LSans", fontSize=10, leading=14)))
    fr.f.append(PageBreak())
    fr.f.append(Mark("front:inhoud", part="front"))
    fr.f.append(Paragraph("Inhoud van deze vergaderstukken", st("front", "h1")))
    toc = [("1", "Agenda", "agenda:title"), ("2", "Concept-besluitenlijst vergadering 3 april 2025", "besluiten:title"),
           ("3", "Aanbiedingsbrief aan de gemeenteraden", "brief:title"),
           ("4a", "Voorstel jaarstukken 2024 en resultaatbestemming", "vs4:title"), ("4b", "Jaarstukken 2024", "js:title"),
           ("5a", "Voorstel 1e bestuursrapportage 2025", "vs5:title"), ("5b", "1e Bestuursrapportage 2025", "br:title"),
           ("6a", "Ontwerpbegroting 2026", "ob:title"),
           ("6b", "Voorstel zienswijzen en vaststelling begroting 2026", "voorstel:title"),
           ("6c", "Bijlagen: zienswijzen van de gemeenteraden", "zw:title")]
    t = Table([[n, x, at(m)] for n, x, m in toc], colWidths=[10 * mm, 130 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 11), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999"))]))
    fr.f.append(t)
    fr.sp(12)
    fr.p("De stukken zijn doorlopend genummerd. De jaarstukken, de bestuursrapportage en de ontwerpbegroting hebben "
         "daarnaast hun eigen paginanummering in de kopregel.")
    S += fr.f

    # ---------------------------------------------------------------------------------------- agenda
    ag = Part("agenda")
    ag.f.append(PageBreak())
    ag.f.append(Mark("agenda:title", part="agenda"))
    ag.f.append(Paragraph("Agenda", st("agenda", "h1")))
    ag.p("Vergadering van het algemeen bestuur van de gemeenschappelijke regeling Werkplein Noord-Twente",
         "<b>Datum:</b> donderdag 3 juli 2025<br/><b>Tijd:</b> 14.00 - 16.30 uur<br/><b>Plaats:</b> vergaderzaal "
         "Werkplein, Industrieweg 12, Oldenmaat")
    ag.sp(6)
    items = [
        ("1. Opening en mededelingen", "Mededelingen van de voorzitter en de directeur."),
        ("2. Concept-besluitenlijst van de vergadering van 3 april 2025",
         f"Stukken: concept-besluitenlijst ({rng('besluiten:title', 'brief:title')}).<br/>Voorstel: de "
         f"besluitenlijst ongewijzigd vaststellen."),
        ("3. Ingekomen en verzonden stukken",
         "Ingekomen zijn de zienswijzen van de gemeenteraden op de ontwerpbegroting 2026; zij worden behandeld bij "
         "agendapunt 6."),
        ("4. Jaarstukken 2024",
         f"Stukken: voorstel (pag. {at('vs4:title')}), Jaarstukken 2024 ({rng('js:title', 'vs5:title')}) en de "
         f"controleverklaring.<br/>Voorstel: de "
         f"jaarstukken 2024 vaststellen en het resultaat bestemmen zoals voorgesteld in paragraaf 2.5 van de "
         f"jaarstukken."),
        ("5. 1e Bestuursrapportage 2025",
         f"Stukken: voorstel (pag. {at('vs5:title')}), 1e Bestuursrapportage 2025 ({rng('br:title', 'ob:title')})."
         f"<br/>Voorstel: de "
         f"bestuursrapportage vaststellen en daarmee de 1e begrotingswijziging 2025."),
        ("6. Zienswijzen en vaststelling begroting 2026",
         f"Stukken: Ontwerpbegroting 2026 ({rng('ob:title', 'voorstel:title')}) en het voorstel zienswijzen "
         f"({rng('voorstel:title', 'zw:title')}) met als bijlagen de zienswijzen (vanaf pag. {at('zw:title')})."
         f"<br/>Voorstel: instemmen met de reactie op de zienswijzen en de "
         f"begroting 2026 definitief vaststellen."),
        ("7. Aanbiedingsbrief aan de gemeenteraden",
         f"Stukken: concept-aanbiedingsbrief (vanaf pag. {at('brief:title')}).<br/>Voorstel: instemmen met de brief "
         f"waarmee de vastgestelde stukken aan de raden worden gezonden."),
        ("8. Rondvraag en sluiting", ""),
    ]
    for head, txt in items:
        ag.h3(head)
        if txt:
            ag.p(txt)
    S += ag.f

    # ---------------------------------------------------------------------------------------- besluitenlijst
    bs = Part("besluiten")
    bs.f.append(PageBreak())
    bs.f.append(Mark("besluiten:title", part="besluiten"))
    bs.f.append(Paragraph("Concept-besluitenlijst", st("besluiten", "h1")))
    bs.p("Vergadering van het algemeen bestuur Werkplein Noord-Twente van donderdag 3 april 2025, 14.00 uur, "
         "vergaderzaal Werkplein te Oldenmaat.",
         "<b>Aanwezig:</b> de leden namens de gemeenten Twenterand, Dinkelland, Oldenmaat (voorzitter) en Reggedal; "
         "de directeur van het Werkplein; de secretaris (notulist).<br/><b>Afwezig:</b> geen.")
    bs.h3("1. Opening en mededelingen")
    bs.p("De voorzitter opent de vergadering. De directeur meldt dat de accountant de controle van de jaarrekening "
         "2024 in mei afrondt. Het lid namens Reggedal meldt dat de raad van Reggedal in juni een informatieavond "
         "over het Werkplein houdt.")
    bs.h3("2. Besluitenlijst 6 februari 2025")
    bs.p("Het algemeen bestuur stelt de besluitenlijst van de vergadering van 6 februari 2025 ongewijzigd vast.")
    bs.h3("3. Ontwerpbegroting 2026")
    bs.p(f"Het algemeen bestuur stelt de ontwerpbegroting 2026 voorlopig vast en zendt deze voor zienswijze aan de "
         f"vier gemeenteraden. De totale bijdrage van de gemeenten bedraagt in 2026 ruim "
         f"€ {nl(d.G_OB_BIJDRAGE_PROSE // 1_000_000)} miljoen. De raden kunnen tot en met 13 juni 2025 een zienswijze "
         f"indienen. Het lid namens Dinkelland merkt op dat de stijging van de bijdrage in de meerjarenraming zijn "
         f"gemeente zorgen baart.")
    bs.h3("4. Voorlopig resultaat 2024")
    bs.p(f"Het algemeen bestuur neemt kennis van het voorlopige resultaat over 2024 van afgerond "
         f"€ {nl_dec(d.G_VOORLOPIG_RES / 1e6, 1)} miljoen positief. Het definitieve resultaat en het voorstel voor "
         f"de bestemming volgen met de jaarstukken in de vergadering van 3 juli 2025.")
    bs.h3("5. Krediet verbouwing leerwerkplaats")
    bs.p(f"Het algemeen bestuur stemt in met een krediet van € {nl(d.G_KREDIET_LEERWERKPLAATS)} voor de verbouwing "
         f"van de leerwerkplaats in 2027. De kapitaallasten worden opgenomen in de meerjarenraming van de begroting "
         f"2026.")
    upl = d.G_JS_KENGETAL["Uitstroom naar regulier werk"]
    bs.h3("6. Voortgangsrapportage uitstroom")
    bs.p(f"Het algemeen bestuur neemt kennis van de voortgangsrapportage. In 2024 zijn {upl[1]} kandidaten "
         f"uitgestroomd naar regulier werk, {upl[1] - upl[0]} meer dan begroot. Voor beschut werk staan 19 kandidaten "
         f"op de wachtlijst. Het bestuur vraagt de directeur in de begroting 2026 voorstellen te doen om de wachtlijst "
         f"te verkorten.")
    bs.h3("7. Rondvraag en sluiting")
    bs.p("Het lid namens Twenterand vraagt naar de stand van zaken rond de aanbesteding van het vervoer naar de "
         "werklocaties. De directeur zegt toe hierover in de volgende vergadering te rapporteren. De voorzitter sluit "
         "de vergadering om 16.05 uur.")
    bs.sp(8)
    bs.p("<i>Vastgesteld in de vergadering van het algemeen bestuur van 3 juli 2025.</i>")
    bs.f.append(PageBreak())
    bs.f.append(Mark("besluiten:actielijst"))
    bs.f.append(Paragraph("Actielijst algemeen bestuur", st("besluiten", "h2")))
    bs.p("Stand per 20 juni 2025. Afgeronde acties worden na de vergadering van de lijst verwijderd.")
    acts = [("2025-01", "6 februari 2025", "Rapportage over het ziekteverzuim en de maatregelen", "directeur",
             "afgerond: zie 1e bestuursrapportage 2025"),
            ("2025-02", "3 april 2025", "Voorstellen om de wachtlijst beschut werk te verkorten", "directeur",
             "verwerkt in de begroting 2026"),
            ("2025-03", "3 april 2025", "Stand van zaken aanbesteding vervoer naar werklocaties", "directeur",
             "mondeling in de vergadering van 3 juli"),
            ("2025-04", "3 april 2025", "Informatieavond raad Reggedal over het Werkplein", "voorzitter",
             "gehouden op 17 juni 2025")]
    t = Table([["Nr.", "Datum", "Actie", "Wie", "Stand"]] + [list(a) for a in acts],
              colWidths=[15 * mm, 25 * mm, 55 * mm, 20 * mm, 55 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9), ("FONT", (0, 0), (-1, 0), "LSerif-B", 9),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.3, colors.grey)]))
    from reportlab.platypus import Paragraph as _P
    t._cellvalues = [[_P(str(c), ParagraphStyle("ac", fontName="LSerif", fontSize=9, leading=11)) for c in row]
                     for row in t._cellvalues]
    bs.f.append(t)
    S += bs.f

    # ---------------------------------------------------------------------------------------- brief
    br_ = Part("brief")
    br_.f.append(PageBreak())
    br_.f.append(Mark("brief:title", part="brief"))
    br_.f.append(Paragraph("Aanbiedingsbrief (concept)", st("brief", "h1")))
    br_.p("Aan de gemeenteraden van Twenterand, Dinkelland, Oldenmaat en Reggedal",
          "<b>Datum:</b> 4 juli 2025<br/><b>Onderwerp:</b> jaarstukken 2024, 1e bestuursrapportage 2025 en "
          "begroting 2026 van het Werkplein Noord-Twente",
          "Geachte leden van de raad,",
          "In zijn vergadering van 3 juli 2025 heeft het algemeen bestuur van het Werkplein Noord-Twente de "
          "jaarstukken 2024 en de 1e bestuursrapportage 2025 vastgesteld. Ook heeft het bestuur, na bespreking van "
          "uw zienswijzen, de begroting 2026 definitief vastgesteld. Met deze brief bieden wij u de stukken aan, "
          "zoals de Wet gemeenschappelijke regelingen voorschrijft.")
    br_.h3("Jaarstukken 2024")
    br_.p(f"Het Werkplein sluit 2024 af met een positief resultaat van {eur(d.G_JS_RES)}. Het resultaat komt vooral "
          f"door een hogere omzet van het werkbedrijf en lagere uitgaven voor re-integratie dan begroot. Het "
          f"algemeen bestuur heeft besloten {eur(d.G_JS_TOEVOEGING_AR)} toe te voegen aan de algemene reserve en "
          f"{eur(d.G_JS_TERUG)} naar rato van de verdeelsleutel aan de gemeenten terug te betalen. De accountant "
          f"heeft een goedkeurende controleverklaring afgegeven.")
    br_.h3("1e Bestuursrapportage 2025")
    br_.p(f"De bestuursrapportage laat zien dat de lasten in 2025 hoger uitvallen dan begroot, vooral door de nieuwe "
          f"cao en de groei van beschut werk. Per saldo stijgt de gemeentelijke bijdrage 2025 met "
          f"{ek(d.G_BR_BIJDRAGE[1])}. De bijdrage per gemeente staat in tabel 2 van de bestuursrapportage.")
    br_.h3("Begroting 2026")
    br_.p(f"De begroting 2026 gaat uit van een totale gemeentelijke bijdrage van {ek(d.G_OB_BIJDRAGE[0])}. Alle "
          f"gemeenteraden hebben een zienswijze gegeven of laten weten geen zienswijze in te dienen. Het algemeen "
          f"bestuur heeft de begroting ongewijzigd vastgesteld en gaat in de reactie op de zienswijzen in op de "
          f"vragen over de ontwikkeling van de bijdrage. De begroting 2026 wordt vóór 1 augustus 2025 aan de "
          f"provincie Overijssel gezonden.",
          "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.",
          "Met vriendelijke groet,<br/>het algemeen bestuur van het Werkplein Noord-Twente,<br/>de secretaris, de "
          "voorzitter")
    S += br_.f

    # ---------------------------------------------------------------------------------------- voorstel 4
    v4 = Part("vs4")
    v4.f.append(PageBreak())
    v4.f.append(Mark("vs4:title", part="vs4"))
    v4.f.append(Paragraph("Voorstel aan het algemeen bestuur", st("vs4", "h1")))
    v4.p("<b>Agendapunt:</b> 4<br/><b>Onderwerp:</b> jaarstukken 2024 en bestemming van het resultaat<br/>"
         "<b>Vergadering:</b> 3 juli 2025")
    v4.h3("Aanleiding")
    v4.p("Het algemeen bestuur stelt jaarlijks vóór 15 juli de jaarstukken over het voorgaande jaar vast en zendt "
         "deze aan Gedeputeerde Staten. De ontwerp-jaarstukken zijn op 15 april 2025 ter informatie aan de "
         "gemeenteraden gestuurd. De accountant heeft op 22 mei 2025 een goedkeurende controleverklaring afgegeven.")
    v4.h3("Beoogd effect")
    v4.p("Het algemeen bestuur legt verantwoording af over de uitvoering van de begroting 2024 en besluit over de "
         "bestemming van het resultaat.")
    v4.h3("Argumenten")
    v4.p(f"1. Het resultaat is positief. De jaarrekening sluit met een positief resultaat van {eur(d.G_JS_RES)}. "
         f"Het voordeel komt vooral door de hogere omzet van het werkbedrijf en de lagere uitgaven voor "
         f"re-integratie; daartegenover staan hogere kosten voor personeel, inhuur en beschut werk.",
         f"2. De algemene reserve wordt aangevuld tot het maximum. Met een toevoeging van "
         f"{eur(d.G_JS_TOEVOEGING_AR)} bereikt de algemene reserve het door het bestuur vastgestelde maximum. Daarmee "
         f"kan het Werkplein de risico's uit de paragraaf weerstandsvermogen opvangen.",
         "3. Het restant gaat terug naar de gemeenten. Het Werkplein houdt geen middelen aan boven het maximum van "
         "de algemene reserve; het restant wordt daarom volgens de verdeelsleutel 2024 terugbetaald.")
    v4.h3("Financiële consequenties")
    v4.p("De terugbetaling wordt verrekend met het voorschot over het derde kwartaal van 2025. Per gemeente gaat "
         "het om de bedragen in tabel 2.4 van de jaarstukken.")
    v4.h3("Voorstel")
    v4.p("Het dagelijks bestuur stelt het algemeen bestuur voor:")
    v4.ol("de jaarstukken 2024 vast te stellen;",
          f"het resultaat over 2024 van {eur(d.G_JS_RES)} als volgt te bestemmen: {eur(d.G_JS_TOEVOEGING_AR)} "
          f"toevoegen aan de algemene reserve en {eur(d.G_JS_TERUG)} terugbetalen aan de deelnemende gemeenten "
          f"volgens de verdeelsleutel 2024;",
          "de jaarstukken 2024 vóór 15 juli 2025 aan Gedeputeerde Staten van Overijssel te zenden.")
    S += v4.f

    # ---------------------------------------------------------------------------------------- jaarstukken 2024
    S += title_page("js", "Jaarstukken 2024", "Jaarverslag en jaarrekening<br/>Ontwerp ter vaststelling door het "
                                               "algemeen bestuur op 3 juli 2025")
    js = Part("js")
    js.h1("Inhoud", mark="js:inhoud")
    jtoc = [("Voorwoord", "js:Voorwoord"), ("1. Jaarverslag", "js:1. Jaarverslag"),
            ("1.1 Programma Werk en re-integratie", "js:1.1"), ("1.2 Programma Beschut werk en Wsw", "js:1.2"),
            ("1.3 Bedrijfsvoering", "js:1.3"), ("1.4 Paragraaf weerstandsvermogen en risicobeheersing", "js:1.4"),
            ("1.5 Paragraaf financiering", "js:1.5"), ("1.6 Bestuur en organisatie", "js:1.6"),
            ("2. Jaarrekening", "js:2. Jaarrekening"), ("2.1 Overzicht van baten en lasten", "js:2.1"),
            ("2.2 Toelichting op de verschillen", "js:2.2"), ("2.3 Balans", "js:2.3"), ("2.4 Reserves", "js:2.4"),
            ("2.5 Bijdragen deelnemende gemeenten en resultaatbestemming", "js:2.5"),
            ("2.6 Financiële kengetallen", "js:2.6"), ("2.7 Verloop materiële vaste activa", "js:2.7"),
            ("2.8 Incidentele baten en lasten", "js:2.8"), ("2.9 WNT-verantwoording", "js:2.9"),
            ("3. Controleverklaring", "js:3")]
    start = pg.get("js:title", 0)
    t = Table([[x, str(pg[m] - start + 1) if m in pg else "..."] for x, m in jtoc],
              colWidths=[140 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DJ", 9.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    js.f.append(t)
    js.h1("Voorwoord", mark="js:Voorwoord")
    kg = d.G_JS_KENGETAL
    js.p("Voor u liggen de jaarstukken 2024 van het Werkplein Noord-Twente. Het Werkplein voert voor de gemeenten "
         "Twenterand, Dinkelland, Oldenmaat en Reggedal de Participatiewet uit voor zover het gaat om werk en "
         "re-integratie, biedt beschut werk en is werkgever van de medewerkers in de sociale werkvoorziening (Wsw).",
         f"2024 was een goed jaar voor het Werkplein. De arbeidsmarkt bleef krap, waardoor werkgevers vaker open "
         f"stonden voor kandidaten met een afstand tot de arbeidsmarkt. In totaal stroomden "
         f"{kg['Uitstroom naar regulier werk'][1]} kandidaten uit naar regulier werk. Het aantal plekken beschut werk "
         f"groeide naar {kg['Beschut werk (plekken)'][1]}. Het werkbedrijf behaalde een hogere omzet dan begroot, "
         f"onder meer door nieuwe opdrachten in de groenvoorziening en de verpakkingsafdeling.",
         f"Financieel sluit het Werkplein 2024 af met een positief resultaat van {eur(d.G_JS_RES)}. Het bestuur "
         f"stelt voor een deel daarvan aan de algemene reserve toe te voegen en de rest aan de gemeenten terug te "
         f"betalen. Tegelijk zien wij dat de kosten van personeel en inhuur stijgen en dat de Wsw-populatie verder "
         f"krimpt. Dat vraagt om keuzes in de komende jaren, waarover het bestuur in de begroting 2026 voorstellen "
         f"doet.",
         "De directeur van het Werkplein Noord-Twente")
    js.h1("1. Jaarverslag", mark="js:1. Jaarverslag")
    js.h2("1.1 Programma Werk en re-integratie", mark="js:1.1")
    js.h3("Wat wilden we bereiken?")
    js.p("Inwoners met een uitkering op grond van de Participatiewet vinden zo snel mogelijk betaald werk, bij "
         "voorkeur bij een reguliere werkgever. Wie (nog) niet kan werken, krijgt een traject dat past bij zijn of "
         "haar mogelijkheden. Het Werkplein werkt daarbij nauw samen met de werkgevers in de regio en met de "
         "gemeentelijke sociale teams.")
    js.h3("Wat hebben we daarvoor gedaan?")
    js.ul(f"Wij zijn {kg['Re-integratietrajecten gestart'][1]} re-integratietrajecten gestart, minder dan de "
          f"{kg['Re-integratietrajecten gestart'][0]} die waren begroot. De oorzaak is vooral dat de nieuwe "
          f"trajecten voor statushouders later van start gingen.",
          "Het werkgeversservicepunt heeft ruim 150 werkgevers bezocht en 38 leerwerkplekken geworven.",
          "Met het project 'Taal en werk' volgden statushouders een gecombineerd traject van taalles en werken met "
          "behoud van uitkering.",
          f"De uitstroom naar regulier werk lag met {kg['Uitstroom naar regulier werk'][1]} kandidaten boven de "
          f"doelstelling van {kg['Uitstroom naar regulier werk'][0]}.")
    rj = d.G_JS_LASTEN["Re-integratie"]
    js.h3("Wat heeft het gekost?")
    js.p(f"De lasten voor re-integratie bedroegen in 2024 {eur(rj[2])}, tegen {eur(rj[1])} in de begroting na "
         f"wijziging. De onderbesteding hangt samen met het lagere aantal gestarte trajecten. De toelichting op de "
         f"verschillen staat in paragraaf 2.2.")
    js.h2("1.2 Programma Beschut werk en Wsw", mark="js:1.2", newpage=True)
    js.h3("Wat wilden we bereiken?")
    js.p("Inwoners die alleen in een beschutte omgeving kunnen werken, krijgen een passende werkplek. De "
         "medewerkers in de Wsw behouden zinvol werk, in het werkbedrijf of gedetacheerd bij een werkgever. Omdat "
         "er sinds 2015 geen nieuwe instroom in de Wsw meer is, krimpt deze groep elk jaar.")
    js.h3("Wat hebben we daarvoor gedaan?")
    js.p(f"Het aantal Wsw-medewerkers daalde in 2024 naar {nl_dec(kg['Wsw-medewerkers (arbeidsjaren)'][1], 1)} "
         f"arbeidsjaren (begroot: {nl_dec(kg['Wsw-medewerkers (arbeidsjaren)'][0], 1)}). Door pensionering en "
         f"uitstroom daalden de Wsw-loonkosten meer dan verwacht. Het aantal plekken beschut werk steeg naar "
         f"{kg['Beschut werk (plekken)'][1]}, meer dan de {kg['Beschut werk (plekken)'][0]} die waren begroot. De "
         f"gemeenten hebben de taakstelling van het Rijk daarmee ruimschoots gehaald. Door de groei waren de kosten "
         f"van beschut werk hoger dan begroot.",
         "In het werkbedrijf is een nieuwe verpakkingslijn in gebruik genomen. De groenploegen werkten in 2024 voor "
         "alle vier de gemeenten en voor twee woningcorporaties.")
    js.table("Tabel 1.1 Kengetallen uitvoering 2024", ["Kengetal", "Begroot 2024", "Realisatie 2024"],
             [("", lab, [nl_dec(a, 1) if isinstance(a, float) else nl(a), nl_dec(b, 1) if isinstance(b, float)
                         else nl(b)]) for lab, (a, b) in kg.items()], [100, 30, 30])
    js.h2("1.3 Bedrijfsvoering", mark="js:1.3", newpage=True)
    pl = d.G_JS_LASTEN["Personeelslasten"]
    ih = d.G_JS_LASTEN["Inhuur derden"]
    js.p(f"De personeelslasten van het ambtelijk personeel kwamen uit op {eur(pl[2])}. Dat is hoger dan begroot, "
         f"door de cao gemeenten 2024 en door extra formatie voor de begeleiding van beschut werk. De formatie "
         f"bedroeg eind 2024 {nl_dec(kg['Formatie ambtelijk personeel (fte)'][1], 1)} fte. Het ziekteverzuim lag met "
         f"6,8 procent boven de norm van 5,5 procent. Om vacatures en verzuim op te vangen is personeel ingehuurd; de "
         f"kosten van inhuur bedroegen {eur(ih[2])}.",
         "In 2024 is het nieuwe cliëntvolgsysteem ingevoerd. De kosten daarvan vallen onder ICT en bedrijfsvoering. "
         "De huisvestingslasten bleven binnen de begroting. Het Werkplein heeft in 2024 een "
         "informatiebeveiligingsplan vastgesteld en een audit op de privacywetgeving laten uitvoeren.")
    js.h2("1.4 Paragraaf weerstandsvermogen en risicobeheersing", mark="js:1.4", newpage=True)
    js.p(f"Het Werkplein houdt een beperkte algemene reserve aan om risico's op te vangen. De algemene reserve "
         f"bedraagt eind 2024 {eur(d.G_JS_RES_EIND[0])}, vóór de voorgestelde toevoeging uit het resultaat. De "
         f"benodigde weerstandscapaciteit is berekend op € 820.000. Na de toevoeging van {eur(d.G_JS_TOEVOEGING_AR)} "
         f"bedraagt de weerstandsratio 1,5.",
         "De belangrijkste risico's zijn een verdere daling van de omzet van het werkbedrijf, hogere loonkosten door "
         "cao-afspraken die niet volledig worden gecompenseerd en het ziekteverzuim. Daarnaast kan de groei van "
         "beschut werk hogere kosten voor begeleiding met zich meebrengen dan de gemeenten via het gemeentefonds "
         "ontvangen.")
    js.h2("1.5 Paragraaf financiering", mark="js:1.5", newpage=True)
    js.p("Het Werkplein heeft één onderhandse lening, aangegaan in 2016 voor de aankoop van machines. De lening wordt "
         "jaarlijks met € 200.000 afgelost; de rente staat vast tot het einde van de looptijd. Het Werkplein is "
         "verplicht om overtollige middelen bij het Rijk aan te houden (schatkistbankieren). Het drempelbedrag is in "
         "2024 in geen enkel kwartaal overschreden.",
         "De kasgeldlimiet en de renterisiconorm zijn in 2024 niet overschreden. Door de voorschotten van de gemeenten "
         "per kwartaal is de liquiditeit gedurende het hele jaar voldoende geweest.")
    js.h2("1.6 Bestuur en organisatie", mark="js:1.6")
    js.p("Het algemeen bestuur bestaat uit één lid per deelnemende gemeente. Het dagelijks bestuur bestaat uit de "
         "voorzitter en twee leden. In 2024 vergaderde het algemeen bestuur vier keer en het dagelijks bestuur acht "
         "keer. De raden van de deelnemende gemeenten zijn twee keer uitgenodigd voor een informatieavond over de "
         "ontwikkelingen in de uitvoering van de Participatiewet.",
         "De ambtelijke organisatie bestaat uit drie afdelingen: Werk en re-integratie, het werkbedrijf en "
         "Bedrijfsvoering. In 2024 is de afdeling Werk en re-integratie versterkt met twee accountmanagers voor "
         "werkgevers. De medewerkers in de Wsw zijn in dienst van het Werkplein en werken in het werkbedrijf of zijn "
         "gedetacheerd bij werkgevers in de regio.")
    js.h1("2. Jaarrekening", mark="js:2. Jaarrekening")
    js.h2("2.1 Overzicht van baten en lasten", mark="js:2.1")
    js.p("Het overzicht van baten en lasten zet de realisatie 2024 naast de oorspronkelijke (primitieve) begroting "
         "en de begroting na wijziging. De begroting na wijziging bevat de 1e en 2e begrotingswijziging 2024. Alle "
         "bedragen zijn in euro's.")
    rows = [("grp", "Lasten", ["", "", "", ""])]
    for lab, v in d.G_JS_LASTEN.items():
        rows.append(("", lab, [nl(v[0]), nl(v[1]), nl(v[2]), nl_vn(v[2] - v[1])]))
    T = d.G_JS_LASTEN_TOT
    rows.append(("tot", "Totaal lasten", [nl(T[0]), nl(T[1]), nl(T[2]), nl_vn(T[2] - T[1])]))
    rows.append(("grp", "Baten", ["", "", "", ""]))
    for lab, v in d.G_JS_BATEN.items():
        rows.append(("", lab, [nl(v[0]), nl(v[1]), nl(v[2]), nl_vn(v[2] - v[1], baten=True)]))
    B = d.G_JS_BATEN_TOT
    rows.append(("tot", "Totaal baten", [nl(B[0]), nl(B[1]), nl(B[2]), nl_vn(B[2] - B[1], baten=True)]))
    SB = d.G_JS_SALDO_BL
    rows.append(("tot", "Saldo van baten en lasten", [nl(x) for x in SB] + [nl_vn(SB[2] - SB[1], baten=True)]))
    O = d.G_JS_ONTTREKKING
    rows.append(("", "Onttrekking reserves", [nl(x) for x in O] + [nl_vn(O[2] - O[1], baten=True)]))
    R = d.G_JS_RESULTAAT
    rows.append(("tot", "Resultaat", [nl(x) for x in R] + [nl_vn(R[2] - R[1], baten=True)]))
    js.table("Tabel 2.1 Overzicht van baten en lasten 2024",
             ["bedragen in €", "Begroting 2024<br/>primitief", "Begroting 2024<br/>na wijziging", "Realisatie<br/>2024",
              "Verschil"], rows, [58, 27, 27, 25, 23],
             note="V = voordelig, N = nadelig verschil tussen realisatie en begroting na wijziging.")
    js.h2("2.2 Toelichting op de verschillen", mark="js:2.2")
    L = d.G_JS_LASTEN
    js.p("Hieronder lichten wij de belangrijkste verschillen tussen de realisatie en de begroting na wijziging toe.")
    js.h3("Personeelslasten")
    js.p(f"De personeelslasten zijn {eur(L['Personeelslasten'][2] - L['Personeelslasten'][1])} hoger dan begroot. "
         f"De cao gemeenten 2024 viel hoger uit dan geraamd, en voor de groei van beschut werk zijn twee extra "
         f"werkbegeleiders aangesteld.")
    js.h3("Wsw-loonkosten")
    js.p(f"Door een hogere uitstroom door pensionering zijn de Wsw-loonkosten "
         f"{eur(L['Wsw-loonkosten'][1] - L['Wsw-loonkosten'][2])} lager dan begroot.")
    js.h3("Re-integratie")
    js.p(f"Op re-integratie is {eur(L['Re-integratie'][1] - L['Re-integratie'][2])} minder uitgegeven dan begroot. "
         f"Er zijn minder trajecten gestart, vooral omdat het nieuwe traject voor statushouders pas in het najaar "
         f"van start ging.")
    js.h3("Beschut werk en inhuur derden")
    js.p(f"De lasten van beschut werk zijn {eur(L['Beschut werk'][2] - L['Beschut werk'][1])} hoger door de groei "
         f"van het aantal plekken. Voor inhuur is {eur(L['Inhuur derden'][2] - L['Inhuur derden'][1])} meer "
         f"uitgegeven dan begroot, vanwege vacatures en ziekteverzuim.")
    js.h3("Omzet werkbedrijf")
    om = d.G_JS_OMZET
    js.p(f"De omzet van het werkbedrijf is {eur(om[2] - om[1])} hoger dan begroot, door nieuwe opdrachten in de "
         f"groenvoorziening en de verpakkingsafdeling. Dit is het belangrijkste voordeel van 2024.")
    js.h2("2.3 Balans", mark="js:2.3", newpage=True)
    brow = [("grp", "Activa", ["", ""])] + [("", lab, [nl(a), nl(b)]) for lab, (a, b) in d.G_BAL_ACTIVA]
    brow.append(("", "Liquide middelen", [nl(x) for x in d.G_BAL_LIQUIDE]))
    brow.append(("tot", "Totaal activa", [nl(x) for x in d.G_BAL_ACTIVA_TOT]))
    brow.append(("grp", "Passiva", ["", ""]))
    brow += [("", lab, [nl(a), nl(b)]) for lab, (a, b) in d.G_BAL_PASSIVA_EV]
    brow.append(("tot", "Eigen vermogen", [nl(x) for x in d.G_BAL_EV]))
    brow += [("", lab, [nl(a), nl(b)]) for lab, (a, b) in d.G_BAL_PASSIVA_OV]
    brow.append(("tot", "Totaal passiva", [nl(x) for x in d.G_BAL_PASSIVA_TOT]))
    js.table("Tabel 2.2 Balans per 31 december", ["bedragen in €", "31-12-2024", "31-12-2023"], brow, [100, 30, 30])
    js.p("De materiële vaste activa bestaan uit de bedrijfsauto's, de machines van het werkbedrijf en de inrichting "
         "van de werklocaties. De onderhandse lening is in 2016 aangegaan voor de aankoop van machines en wordt "
         "jaarlijks met € 200.000 afgelost.")
    js.h2("2.4 Reserves", mark="js:2.4")
    rrow = [("", n, [nl(s), nl(t_) if t_ else "-", nl(o) if o else "-", nl(e)])
            for (n, s, t_, o), e in zip(d.G_JS_RESERVES, d.G_JS_RES_EIND)]
    rrow.append(("tot", "Totaal reserves", [nl(x) for x in d.G_JS_RES_TOT]))
    js.table("Tabel 2.3 Verloop van de reserves 2024",
             ["bedragen in €", "Stand<br/>1-1-2024", "Toevoeging", "Onttrekking", "Stand<br/>31-12-2024"], rrow,
             [70, 25, 22, 22, 25])
    js.p(f"De onttrekking aan de bestemmingsreserve transitie werkbedrijf van {eur(d.G_JS_RESERVES[1][3])} dekt de "
         f"eenmalige kosten van de herinrichting van de productiehal. Het algemeen bestuur heeft de maximale omvang "
         f"van de algemene reserve vastgesteld op € 1.200.000.")
    js.h2("2.5 Bijdragen deelnemende gemeenten en resultaatbestemming", mark="js:2.5", newpage=True)
    js.p("De gemeenten betalen hun bijdrage als voorschot op basis van de begroting na wijziging. De verdeelsleutel "
         "2024 is gebaseerd op het aantal inwoners per 1 januari 2023.")
    key24 = d.g_key_pct(2024)
    crow = [("", g, [nl_dec(key24[i], 2) + "%", nl(d.G_JS_BIJDR_P[i]), nl(d.G_JS_BIJDR_W[i]),
                     nl(d.G_JS_TERUG_G[i]), nl(d.G_JS_NETTO_G[i])]) for i, g in enumerate(G)]
    crow.append(("tot", "Totaal", ["100,00%", nl(sum(d.G_JS_BIJDR_P)), nl(sum(d.G_JS_BIJDR_W)), nl(d.G_JS_TERUG),
                                   nl(sum(d.G_JS_NETTO_G))]))
    js.table("Tabel 2.4 Bijdragen per gemeente 2024 en terugbetaling resultaat",
             ["bedragen in €", "Verdeel-<br/>sleutel 2024", "Begroting 2024<br/>primitief", "Begroting 2024<br/>na wijziging",
              "Terugbetaling<br/>resultaat 2024", "Netto bijdrage<br/>2024"], crow, [34, 22, 27, 27, 25, 25])
    js.h3("Voorstel resultaatbestemming")
    js.p(f"Het resultaat over 2024 bedraagt {eur(d.G_JS_RES)} positief. Het algemeen bestuur stelt voor om "
         f"{eur(d.G_JS_TOEVOEGING_AR)} toe te voegen aan de algemene reserve, waarmee deze het afgesproken maximum "
         f"bereikt, en het restant van {eur(d.G_JS_TERUG)} naar rato van de verdeelsleutel 2024 terug te betalen aan "
         f"de deelnemende gemeenten. De terugbetaling per gemeente staat in tabel 2.4.")
    js.h2("2.6 Financiële kengetallen", mark="js:2.6")
    js.table("Tabel 2.5 Financiële kengetallen", ["Kengetal", "Rekening 2024"],
             [("", "Netto schuldquote", [nl_dec(d.G_NSQ, 1) + "%"]),
              ("", "Solvabiliteitsratio", [nl_dec(d.G_SOLV, 1) + "%"])], [100, 30])
    js.p("De netto schuldquote is laag: het Werkplein heeft weinig schulden ten opzichte van zijn inkomsten. De "
         "solvabiliteit is voor een gemeenschappelijke regeling zonder eigen inkomstenbronnen voldoende.")
    js.h2("2.7 Verloop materiële vaste activa", mark="js:2.7", newpage=True)
    mrow = [("", n, [nl(b), nl(i_), nl(a), nl(e)]) for (n, b, i_, a), e in zip(d.G_JS_MVA, d.G_JS_MVA_EIND)]
    mrow.append(("tot", "Totaal", [nl(x) for x in d.G_JS_MVA_TOT]))
    js.table("Tabel 2.6 Verloop materiële vaste activa 2024",
             ["bedragen in €", "Boekwaarde<br/>1-1-2024", "Investeringen", "Afschrijvingen", "Boekwaarde<br/>31-12-2024"],
             mrow, [62, 25, 24, 26, 27])
    js.p(f"De afschrijvingen van {eur(d.G_JS_MVA_TOT[2])} vormen samen met de rente op de onderhandse lening "
         f"({eur(d.G_JS_RENTE)}) de kapitaallasten in het overzicht van baten en lasten. De investeringen betroffen de "
         f"vervanging van twee bedrijfsauto's, een nieuwe verpakkingslijn en de herinrichting van de kantine.",
         "De activa worden lineair afgeschreven: bedrijfsauto's in vijf jaar, machines en installaties in tien jaar "
         "en de inrichting van werklocaties in vijftien jaar. Op investeringen onder de € 10.000 wordt niet "
         "afgeschreven; zij komen direct ten laste van de exploitatie.")
    js.h3("Toelichting op de overige balansposten")
    js.p("De vorderingen op openbare lichamen betreffen vooral de nog te ontvangen bijdragen van de gemeenten voor "
         "het vierde kwartaal en de te verrekenen btw. De overige vorderingen bestaan uit openstaande facturen van "
         "het werkbedrijf aan klanten. De voorziening groot onderhoud is gevormd op basis van het meerjarig "
         "onderhoudsplan voor de bedrijfspanden; in 2024 is € 47.000 aan de voorziening toegevoegd.",
         "De kortlopende schulden bestaan uit crediteuren, af te dragen loonheffing en pensioenpremies. De overlopende "
         "passiva betreffen vooral nog te betalen vakantiegeld en nog te ontvangen facturen.")
    js.h2("2.8 Incidentele baten en lasten", mark="js:2.8")
    js.table("Tabel 2.7 Incidentele lasten 2024", ["bedragen in €", "Realisatie 2024"],
             [("", n, [nl(v)]) for n, v in d.G_JS_INCIDENTEEL] +
             [("tot", "Totaal incidentele lasten", [nl(sum(v for _, v in d.G_JS_INCIDENTEEL))])], [110, 30])
    js.p("Er waren in 2024 geen incidentele baten, afgezien van de onttrekking aan de bestemmingsreserve voor de "
         "herinrichting van de productiehal.")
    js.h2("2.9 WNT-verantwoording", mark="js:2.9", newpage=True)
    js.p("Op grond van de Wet normering topinkomens (WNT) verantwoorden wij de bezoldiging van de topfunctionarissen. "
         "Bij het Werkplein is dat de directeur. De leden van het algemeen en het dagelijks bestuur ontvangen geen "
         "bezoldiging van het Werkplein.")
    wrow = [("", n, [nl(v)]) for n, v in d.G_JS_WNT.items()]
    wrow.append(("tot", "Bezoldiging 2024", [nl(d.G_JS_WNT_TOT)]))
    wrow.append(("", "Individueel toepasselijk bezoldigingsmaximum", [nl(d.G_WNT_MAX)]))
    js.table("Tabel 2.8 Bezoldiging topfunctionaris: directeur (bedragen in €)", ["Onderdeel", "2024"], wrow,
             [110, 30])
    js.p("De directeur is het hele jaar in dienst geweest bij een omvang van 1,0 fte. De bezoldiging blijft onder het "
         "individuele maximum. Er zijn in 2024 geen ontslaguitkeringen betaald.")
    js.h1("3. Controleverklaring", mark="js:3")
    js.p("De accountant heeft de jaarrekening 2024 gecontroleerd en op 22 mei 2025 een goedkeurende "
         "controleverklaring afgegeven, zowel voor de getrouwheid als voor de rechtmatigheid. De volledige "
         "controleverklaring en het verslag van bevindingen liggen ter inzage bij de secretaris van het algemeen "
         "bestuur.",
         "In het verslag van bevindingen vraagt de accountant aandacht voor de vastlegging van de urenregistratie "
         "bij detacheringen en voor de autorisaties in het nieuwe cliëntvolgsysteem. De directie heeft maatregelen "
         "genomen en rapporteert hierover in de 2e bestuursrapportage 2025.")
    S += js.f

    # ---------------------------------------------------------------------------------------- voorstel 5
    v5 = Part("vs5")
    v5.f.append(PageBreak())
    v5.f.append(Mark("vs5:title", part="vs5"))
    v5.f.append(Paragraph("Voorstel aan het algemeen bestuur", st("vs5", "h1")))
    v5.p("<b>Agendapunt:</b> 5<br/><b>Onderwerp:</b> 1e bestuursrapportage 2025 en 1e begrotingswijziging 2025<br/>"
         "<b>Vergadering:</b> 3 juli 2025")
    v5.h3("Aanleiding")
    v5.p("Twee keer per jaar rapporteert het dagelijks bestuur over de uitvoering van de begroting. Deze eerste "
         "bestuursrapportage gaat over de periode januari tot en met mei 2025 en bevat een prognose voor het hele "
         "jaar. Omdat de lasten hoger uitvallen dan begroot, is een begrotingswijziging nodig.")
    v5.h3("Argumenten")
    v5.p("1. De begroting moet de verwachte lasten dekken. Zonder wijziging zou het Werkplein aan het eind van het "
         "jaar een tekort hebben dat alsnog door de gemeenten moet worden aangevuld.",
         "2. De hogere lasten zijn grotendeels onvermijdbaar. De cao gemeenten en de groei van beschut werk liggen "
         "buiten de invloed van het Werkplein; de groei van beschut werk is bovendien een wens van de gemeenten.")
    v5.h3("Financiële consequenties")
    v5.p(f"De bijdrage van de gemeenten voor 2025 stijgt met {ek(d.G_BR_BIJDRAGE[1])}. Omdat deze begrotingswijziging "
         f"de bijdrage verhoogt, is zij volgens de gemeenschappelijke regeling voor zienswijze aan de raden "
         f"voorgelegd; er zijn geen zienswijzen ontvangen.")
    v5.h3("Voorstel")
    v5.p("Het dagelijks bestuur stelt het algemeen bestuur voor de 1e bestuursrapportage 2025 en de 1e "
         "begrotingswijziging 2025 vast te stellen.")
    S += v5.f

    # ---------------------------------------------------------------------------------------- berap 2025
    S += title_page("br", "1e Bestuursrapportage 2025", "Financiële tussenstand en begrotingswijziging 2025")
    br = Part("br")
    br.h1("1. Inleiding", mark="br:1")
    br.p("Met deze eerste bestuursrapportage informeren wij het algemeen bestuur over de uitvoering van de "
         "begroting 2025 in de eerste vijf maanden van het jaar en over de verwachte uitkomst over het hele jaar. "
         "Waar de verwachte lasten en baten afwijken van de begroting, stellen wij een begrotingswijziging voor.",
         "De rapportage is opgesteld op basis van de cijfers tot en met mei 2025. De belangrijkste ontwikkelingen "
         "zijn de nieuwe cao gemeenten, de verdere groei van beschut werk en een lagere uitgave aan Wsw-loonkosten "
         "door uitstroom. Per saldo leidt dit tot een hogere bijdrage van de gemeenten.")
    br.h2("Voortgang van de programma's", mark="br:voortgang")
    br.p("Het programma Werk en re-integratie ligt op koers. In de eerste vijf maanden zijn 248 trajecten gestart, "
         "waarvan 61 voor statushouders. De samenwerking met het ROC voor jongeren zonder startkwalificatie is in "
         "maart van start gegaan met een eerste groep van twaalf deelnemers.",
         "In het programma Beschut werk en Wsw is de wachtlijst voor beschut werk teruggebracht van 19 naar 11 "
         "kandidaten. Het werkbedrijf heeft een nieuwe opdracht binnengehaald voor het onderhoud van sportvelden in "
         "Oldenmaat en Reggedal. De omzet ligt daardoor iets boven de begroting.",
         "In de bedrijfsvoering vraagt het ziekteverzuim aandacht. Het verzuim bedroeg in de eerste vijf maanden "
         "7,2 procent. Er is een verzuimcoach aangesteld en het verzuimbeleid wordt herzien.")
    br.h1("2. Financieel beeld 2025", mark="br:2")
    br.p("Tabel 1 zet de primitieve begroting 2025 naast de voorgestelde wijziging en de begroting na wijziging. Een "
         "positief bedrag in de kolom wijziging is een verhoging van de lasten of baten.")
    rows = [("grp", "Lasten", ["", "", ""])]
    for lab, (p0, w0) in d.G_BR_LASTEN.items():
        rows.append(("", lab, [nl(p0), nl_signed(w0), nl(p0 + w0)]))
    LT = d.G_BR_LASTEN_TOT
    rows.append(("tot", "Totaal lasten", [nl(LT[0]), nl_signed(LT[1]), nl(LT[0] + LT[1])]))
    rows.append(("grp", "Baten", ["", "", ""]))
    for lab, (p0, w0) in d.G_BR_BATEN.items():
        rows.append(("", lab, [nl(p0), nl_signed(w0), nl(p0 + w0)]))
    BT = d.G_BR_BATEN_TOT
    rows.append(("tot", "Totaal baten", [nl(BT[0]), nl_signed(BT[1]), nl(BT[0] + BT[1])]))
    rows.append(("tot", "Saldo", ["0", "0", "0"]))
    br.table("Tabel 1 Financieel beeld 2025",
             ["bedragen x € 1.000", "Begroting 2025<br/>primitief", "Wijziging<br/>1e berap",
              "Begroting 2025<br/>na wijziging"], rows, [70, 30, 30, 30])
    br.h1("3. Toelichting op de wijzigingen", mark="br:3")
    W = {lab: v[1] for lab, v in d.G_BR_LASTEN.items()}
    br.h3("Personeelslasten (" + ek(W["Personeelslasten"]) + " N)")
    br.p("De cao gemeenten 2025 leidt tot een loonstijging die hoger is dan de 3,0 procent die in de begroting was "
         "opgenomen. Daarnaast is de formatie voor de begeleiding van beschut werk uitgebreid en is het "
         "ziekteverzuim hoger dan de norm. Samen leidt dit tot hogere personeelslasten.")
    br.h3("Wsw-loonkosten (" + ek(W["Wsw-loonkosten"]) + " V)")
    br.p("Het aantal Wsw-medewerkers daalt sneller dan verwacht door pensionering en vrijwillige uitstroom. De "
         "loonkosten vallen daardoor lager uit.")
    br.h3("Re-integratie (" + ek(W["Re-integratie"]) + " N)")
    br.p("De trajecten voor statushouders die in het najaar van 2024 zijn gestart, lopen in 2025 door. Daarnaast "
         "verwachten wij meer trajecten voor jongeren zonder startkwalificatie.")
    br.h3("Beschut werk (" + ek(W["Beschut werk"]) + " N)")
    br.p("Het aantal plekken beschut werk groeit harder dan begroot. Het bestuur heeft in april gevraagd de "
         "wachtlijst te verkorten; daarvoor zijn extra plekken gecreëerd.")
    br.h3("Inhuur derden (" + ek(W["Inhuur derden"]) + " N)")
    br.p("Vacatures voor werkbegeleiders en jobcoaches zijn moeilijk te vervullen. Om de dienstverlening op peil te "
         "houden, huren wij tijdelijk personeel in.")
    br.h3("Overige wijzigingen")
    br.p(f"De kosten van ICT en bedrijfsvoering stijgen met {ek(W['ICT en bedrijfsvoering'])} door hogere "
         f"licentiekosten. De kapitaallasten dalen met {ek(W['Kapitaallasten'])} doordat de vervanging van twee "
         f"bedrijfsauto's is uitgesteld. De omzet van het werkbedrijf stijgt met {ek(d.G_BR_OMZET[1])}. Per saldo "
         f"stijgt de bijdrage van de gemeenten met {ek(d.G_BR_BIJDRAGE[1])}.")
    br.h1("4. Bijdragen per gemeente", mark="br:4")
    br.p("De extra bijdrage wordt verdeeld met de verdeelsleutel 2025, gebaseerd op het aantal inwoners per 1 januari "
         "2024. Tabel 2 geeft de bijdrage per gemeente.")
    key25 = d.g_key_pct(2025)
    crow = [("", g, [nl_dec(key25[i], 2) + "%", nl(d.G_BR_BIJDR_P[i]), nl_signed(d.G_BR_BIJDR_WIJZ[i]),
                     nl(d.G_BR_BIJDR_NA[i])]) for i, g in enumerate(G)]
    crow.append(("tot", "Totaal", ["100,00%", nl(sum(d.G_BR_BIJDR_P)), nl_signed(sum(d.G_BR_BIJDR_WIJZ)),
                                   nl(sum(d.G_BR_BIJDR_NA))]))
    br.table("Tabel 2 Bijdrage per gemeente 2025",
             ["bedragen x € 1.000", "Verdeelsleutel<br/>2025", "Begroting 2025<br/>primitief", "Wijziging<br/>1e berap",
              "Begroting 2025<br/>na wijziging"], crow, [50, 27, 28, 27, 28])
    br.p("De gemeenten ontvangen na vaststelling van deze bestuursrapportage een aangepaste factuur voor het "
         "voorschot over het tweede halfjaar.")
    br.h1("5. Kengetallen", mark="br:5")
    br.p("Tabel 3 vergelijkt de begrote kengetallen voor 2025 met de prognose op basis van de eerste vijf maanden.")
    bk = d.G_BR_KENGETAL
    br.table("Tabel 3 Kengetallen 2025", ["Kengetal", "Begroting 2025", "Prognose 2025"],
             [("", lab, [nl_dec(a, 1) if isinstance(a, float) else nl(a), nl_dec(b, 1) if isinstance(b, float)
                         else nl(b)]) for lab, (a, b) in bk.items()], [100, 30, 30])
    br.p("De uitstroom naar regulier werk blijft in de eerste maanden iets achter bij de begroting, omdat de "
         "arbeidsmarkt minder krap is dan in 2024. Het aantal trajecten ligt boven de begroting.")
    br.h2("Risico's en weerstandsvermogen", mark="br:risico")
    br.p("De algemene reserve bedraagt na de bestemming van het resultaat 2024 € 1.200.000. De belangrijkste risico's "
         "voor 2025 zijn een verdere stijging van het ziekteverzuim, het uitblijven van compensatie voor de cao en "
         "een daling van de omzet van het werkbedrijf in het tweede halfjaar. Wij verwachten dat de risico's binnen "
         "de weerstandscapaciteit kunnen worden opgevangen.")
    br.h1("6. Voorstel", mark="br:6")
    br.p("Het dagelijks bestuur stelt het algemeen bestuur voor:")
    br.ol("de 1e Bestuursrapportage 2025 vast te stellen;",
          f"de 1e begrotingswijziging 2025 vast te stellen, waarmee de lasten en de baten met {ek(LT[1])} stijgen;",
          f"de gemeenten te vragen hun bijdrage 2025 te verhogen met in totaal {ek(d.G_BR_BIJDRAGE[1])}, verdeeld "
          f"volgens tabel 2.")
    br.h1("Bijlage: 1e begrotingswijziging 2025", mark="br:bijlage")
    br.p("De begrotingswijziging is hieronder in hele euro's weergegeven, zoals zij in de financiële administratie "
         "wordt verwerkt.")
    wrows = [("grp", "Lasten", ["", ""])]
    for lab, (p0, w0) in d.G_BR_LASTEN.items():
        if w0:
            wrows.append(("", lab, [nl(w0 * K), "verhoging" if w0 > 0 else "verlaging"]))
    wrows.append(("tot", "Totaal wijziging lasten", [nl(LT[1] * K), ""]))
    wrows.append(("grp", "Baten", ["", ""]))
    for lab, (p0, w0) in d.G_BR_BATEN.items():
        if w0:
            wrows.append(("", lab, [nl(w0 * K), "verhoging"]))
    wrows.append(("tot", "Totaal wijziging baten", [nl(BT[1] * K), ""]))
    br.table("Tabel 4 Begrotingswijziging 2025-1 (bedragen in €)", ["Begrotingspost", "Wijziging", "Soort"], wrows,
             [90, 35, 35])
    br.p("Vastgesteld in de vergadering van het algemeen bestuur van 3 juli 2025.")
    S += br.f

    # ---------------------------------------------------------------------------------------- ontwerpbegroting
    S += title_page("ob", "Ontwerpbegroting 2026", "met meerjarenraming 2027-2029<br/>Voorlopig vastgesteld door "
                                                    "het algemeen bestuur op 3 april 2025")
    ob = Part("ob")
    ob.h1("Inhoud", mark="ob:inhoud")
    otoc = [("Aanbieding", "ob:Aanbieding"), ("1. Uitgangspunten", "ob:1"), ("2. Programmaplan", "ob:2"),
            ("3. Paragrafen", "ob:3"), ("4. Financiële begroting", "ob:4")]
    start = pg.get("ob:title", 0)
    t = Table([[x, str(pg[m] - start + 1) if m in pg else "..."] for x, m in otoc],
              colWidths=[140 * mm, 20 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 10), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    ob.f.append(t)
    ob.h1("Aanbieding", mark="ob:Aanbieding")
    OBL = d.G_OB_LASTEN
    ob.p("Hierbij bieden wij de ontwerpbegroting 2026 van het Werkplein Noord-Twente aan. De begroting is opgesteld "
         "binnen de kaders die de vier gemeenten in hun gezamenlijke kaderbrief hebben meegegeven: de bijdrage stijgt "
         "in beginsel niet meer dan de loon- en prijsontwikkeling, tenzij het takenpakket verandert.",
         f"Dat laatste is het geval. De groei van beschut werk, die de gemeenten zelf hebben gevraagd, kost in 2026 "
         f"{ek(OBL['Beschut werk'][0])}, tegen {ek(d.G_BR_LASTEN['Beschut werk'][0] + d.G_BR_LASTEN['Beschut werk'][1])} "
         f"in de begroting 2025 na wijziging. Tegelijk daalt de omzet van het werkbedrijf in de meerjarenraming, "
         f"omdat de Wsw-populatie verder krimpt. Daardoor stijgt de bijdrage van de gemeenten van "
         f"{ek(d.br_na(d.G_BR_BIJDRAGE))} in 2025 naar {ek(d.G_OB_BIJDRAGE[0])} in 2026 en verder naar "
         f"{ek(d.G_OB_BIJDRAGE[3])} in 2029.",
         "Het bestuur is zich ervan bewust dat de financiële ruimte bij de gemeenten beperkt is. Daarom werken wij in "
         "2025 en 2026 aan een herijking van de dienstverlening, met als doel de stijging van de bijdrage na 2026 af "
         "te remmen.")
    ob.h1("1. Uitgangspunten", mark="ob:1")
    ob.p("Voor de begroting 2026 gelden de volgende uitgangspunten. De loon- en prijsindexen zijn ontleend aan het "
         "Centraal Economisch Plan 2025 en de cao-afspraken.")
    ob.table("Tabel 1.1 Uitgangspunten begroting 2026", ["Onderwerp", "Index 2026"],
             [("", lab, [nl_dec(v, 1) + "%"]) for lab, v in d.G_OB_UITGANGSPUNTEN], [110, 30])
    ob.p("De verdeelsleutel voor 2026 is gebaseerd op het aantal inwoners per 1 januari 2025. Voor de jaren "
         "2027-2029 is de verdeelsleutel 2026 constant gehouden.")
    key26 = d.g_key_pct(2026)
    inw = d.G_INWONERS[2025]
    ob.table("Tabel 1.2 Verdeelsleutel 2026", ["Gemeente", "Inwoners<br/>1-1-2025", "Verdeelsleutel<br/>2026"],
             [("", g, [nl(inw[i]), nl_dec(key26[i], 2) + "%"]) for i, g in enumerate(G)] +
             [("tot", "Totaal", [nl(sum(inw)), "100,00%"])], [80, 30, 30])
    ob.h1("2. Programmaplan", mark="ob:2")
    okg = d.G_OB_KENGETAL
    ob.h2("2.1 Programma Werk en re-integratie")
    ob.h3("Wat willen we bereiken?")
    ob.p("Meer inwoners met een uitkering vinden betaald werk. Het Werkplein wil de uitstroom naar regulier werk "
         f"verhogen naar {okg['Uitstroom naar regulier werk'][0]} kandidaten in 2026. Jongeren zonder "
         "startkwalificatie en statushouders krijgen extra aandacht.")
    ob.h3("Wat gaan we daarvoor doen?")
    ob.ul("Wij breiden het werkgeversservicepunt uit met een accountmanager voor de maakindustrie.",
          "Statushouders volgen een duaal traject van taal en werk, in samenwerking met de taalaanbieders.",
          "Voor jongeren zonder startkwalificatie starten wij samen met het ROC een leerwerktraject.",
          f"Wij starten {okg['Re-integratietrajecten gestart'][0]} re-integratietrajecten.")
    ob.p(f"Voor re-integratie is in 2026 {ek(OBL['Re-integratie'][0])} geraamd.")
    ob.h2("2.2 Programma Beschut werk en Wsw", newpage=True)
    ob.h3("Wat willen we bereiken?")
    ob.p(f"Iedere inwoner met een indicatie beschut werk krijgt binnen drie maanden een werkplek. Het aantal plekken "
         f"groeit naar {okg['Beschut werk (plekken)'][0]} in 2026 en {okg['Beschut werk (plekken)'][3]} in 2029. De "
         f"Wsw-medewerkers houden passend werk, ook nu hun aantal daalt naar "
         f"{nl_dec(okg['Wsw-medewerkers (arbeidsjaren)'][0], 1)} arbeidsjaren in 2026.")
    ob.h3("Wat gaan we daarvoor doen?")
    ob.ul("Wij richten een tweede beschutte werkomgeving in, op de locatie van het werkbedrijf.",
          "De leerwerkplaats wordt in 2027 verbouwd, zodat er ruimte komt voor meer beschutte werkplekken.",
          "Wsw-medewerkers die dat kunnen, worden gedetacheerd bij reguliere werkgevers.")
    ob.h3("Risico's")
    ob.p("De groei van beschut werk is het grootste financiële risico. De vergoeding die de gemeenten via het "
         "gemeentefonds ontvangen, dekt de werkelijke kosten van begeleiding en loonkostensubsidie niet volledig. "
         "Bovendien is de wachtlijst nog niet weggewerkt, zodat de groei sneller kan gaan dan geraamd.")
    ob.h2("2.3 Bedrijfsvoering", newpage=True)
    ob.p(f"De personeelslasten stijgen in 2026 naar {ek(OBL['Personeelslasten'][0])} door de cao en de uitbreiding "
         f"van de begeleiding. De formatie bedraagt {nl_dec(okg['Formatie ambtelijk personeel (fte)'][0], 1)} fte. "
         f"De inhuur van derden wordt teruggebracht naar {ek(OBL['Inhuur derden'][0])} door vacatures vast in te "
         f"vullen.")
    ob.table("Tabel 2.1 Kengetallen 2026-2029", ["Kengetal", "2026", "2027", "2028", "2029"],
             [("", lab, [nl_dec(v, 1) if isinstance(v, float) else nl(v) for v in vals]) for lab, vals in okg.items()],
             [88, 18, 18, 18, 18])
    ob.h1("3. Paragrafen", mark="ob:3")
    ob.h2("3.1 Weerstandsvermogen en risicobeheersing")
    ob.p(f"De benodigde weerstandscapaciteit is op basis van de risico-inventarisatie berekend op "
         f"{eur(d.G_OB_BENODIGD)}. De beschikbare weerstandscapaciteit bestaat uit de algemene reserve van "
         f"{ek(d.G_OB_RESERVES[0][1])}. De weerstandsratio bedraagt daarmee {nl_dec(d.G_OB_RATIO, 1)}, wat "
         f"voldoende is.",
         "De belangrijkste risico's zijn de groei van beschut werk, de daling van de omzet van het werkbedrijf, "
         "cao-stijgingen boven de index en ziekteverzuim.")
    ob.h2("3.2 Financiering", newpage=True)
    ob.p("Het Werkplein financiert zijn investeringen met een onderhandse lening en met de eigen liquiditeit. Voor "
         "de investeringen in het investeringsplan is geen nieuwe lening nodig. De rente op de bestaande lening staat "
         "vast tot het einde van de looptijd in 2030.")
    ob.h2("3.3 Bedrijfsvoering", newpage=True)
    ob.p("Het Werkplein werkt aan een lager ziekteverzuim met een verzuimcoach en preventieve spreekuren. Het nieuwe "
         "cliëntvolgsysteem wordt in 2026 gekoppeld aan de systemen van de gemeenten, zodat gegevens niet meer "
         "dubbel hoeven te worden ingevoerd.")
    ob.h2("3.4 Toelichting op de ramingen", mark="ob:3.4", newpage=True)
    ob.p(f"<b>Personeelslasten.</b> De raming is gebaseerd op de formatie van "
         f"{nl_dec(okg['Formatie ambtelijk personeel (fte)'][0], 1)} fte en de loonindex uit tabel 1.1. De uitbreiding "
         f"van de begeleiding van beschut werk is structureel verwerkt.",
         "<b>Wsw-loonkosten.</b> De Wsw-loonkosten dalen jaarlijks door de natuurlijke uitstroom. De raming gaat uit "
         "van de cao sw en van een uitstroom van circa 18 arbeidsjaren per jaar.",
         "<b>Re-integratie.</b> De raming stijgt licht door de duale trajecten voor statushouders en het "
         "leerwerktraject voor jongeren. De gemeenten kunnen aanvullend maatwerk inkopen; die kosten vallen buiten "
         "deze begroting.",
         "<b>Beschut werk.</b> De lasten stijgen met de groei van het aantal plekken en de tweede beschutte "
         "werkomgeving. Per plek rekenen wij met de kosten van begeleiding, loonkostensubsidie en werkplekaanpassing.",
         "<b>Huisvesting en kapitaallasten.</b> De huisvestingslasten worden geïndexeerd. De kapitaallasten stijgen "
         "door de investeringen uit het investeringsplan, waaronder de verbouwing van de leerwerkplaats in 2027.",
         "<b>Omzet werkbedrijf.</b> De omzet daalt met de krimp van de Wsw. Het werkbedrijf zoekt opdrachten die "
         "passen bij medewerkers in beschut werk, maar de omzet per medewerker is daar lager.")
    ob.h1("4. Financiële begroting", mark="ob:4")
    ob.p("Tabel 4.1 geeft de begroting 2026 en de meerjarenraming 2027-2029, naast de begroting 2025 zoals "
         "gewijzigd met de 1e bestuursrapportage 2025.")
    rows = [("grp", "Lasten", [""] * 5)]
    for lab, vals in OBL.items():
        rows.append(("", lab, [nl(d.br_na(d.G_BR_LASTEN[lab]))] + [nl(v) for v in vals]))
    rows.append(("tot", "Totaal lasten", [nl(LT[0] + LT[1])] + [nl(v) for v in d.G_OB_LASTEN_TOT]))
    rows.append(("grp", "Baten", [""] * 5))
    for lab, vals in d.G_OB_BATEN.items():
        rows.append(("", lab, [nl(d.br_na(d.G_BR_BATEN[lab]))] + [nl(v) for v in vals]))
    rows.append(("tot", "Totaal baten", [nl(BT[0] + BT[1])] + [nl(v) for v in d.G_OB_BATEN_TOT]))
    rows.append(("tot", "Saldo", ["0"] * 5))
    ob.table("Tabel 4.1 Overzicht baten en lasten 2025-2029 (bedragen x € 1.000)",
             ["Omschrijving", "Begroting 2025<br/>na wijziging", "Begroting<br/>2026", "Raming<br/>2027",
              "Raming<br/>2028", "Raming<br/>2029"], rows, [56, 24, 20, 20, 20, 20])
    ob.p("De begroting is structureel in evenwicht: de lasten worden volledig gedekt door de bijdragen van de "
         "gemeenten, de omzet van het werkbedrijf en de overige baten.")
    crow = [("", g, [nl(d.G_OB_BIJDR[j][i]) for j in range(4)]) for i, g in enumerate(G)]
    crow.append(("tot", "Totaal", [nl(x) for x in d.G_OB_BIJDRAGE]))
    ob.table("Tabel 4.2 Bijdragen per gemeente 2026-2029 (bedragen x € 1.000)",
             ["Gemeente", "Begroting<br/>2026", "Raming<br/>2027", "Raming<br/>2028", "Raming<br/>2029"], crow,
             [80, 20, 20, 20, 20])
    irow = [("", lab, [nl(v) if v else "-" for v in vals]) for lab, vals in d.G_OB_INVEST]
    irow.append(("tot", "Totaal investeringen", [nl(v) for v in d.G_OB_INVEST_TOT]))
    ob.table("Tabel 4.3 Investeringsplan 2026-2029 (bedragen x € 1.000)",
             ["Investering", "2026", "2027", "2028", "2029"], irow, [80, 20, 20, 20, 20])
    resrow = [("", n, [nl(s), nl_signed(m) if m else "0", nl(s + m)]) for n, s, m in d.G_OB_RESERVES]
    ob.table("Tabel 4.4 Reserves 2026 (bedragen x € 1.000)",
             ["Reserve", "Stand<br/>1-1-2026", "Mutatie<br/>2026", "Stand<br/>31-12-2026"], resrow, [80, 25, 25, 25])
    ob.h2("4.5 Geprognosticeerde balans", mark="ob:4.5", newpage=True)
    yrs = d.G_OB_BAL_YRS
    balrow = [("", "Vaste activa", [nl(x) for x in d.G_OB_BAL_VA]),
              ("", "Vlottende activa", [nl(x) for x in d.G_OB_BAL_VLA]),
              ("tot", "Totaal activa", [nl(x) for x in d.G_OB_BAL_ACT]),
              ("", "Eigen vermogen", [nl(x) for x in d.G_OB_BAL_EV]),
              ("", "Voorzieningen", [nl(x) for x in d.G_OB_BAL_VZ]),
              ("", "Vaste schulden", [nl(x) for x in d.G_OB_BAL_VS]),
              ("", "Vlottende schulden", [nl(x) for x in d.G_OB_BAL_VLS]),
              ("tot", "Totaal passiva", [nl(x) for x in d.G_OB_BAL_ACT])]
    ob.table("Tabel 4.5 Geprognosticeerde balans per 31 december (bedragen x € 1.000)",
             ["Balanspost"] + [str(y) for y in yrs], balrow, [60, 20, 20, 20, 20, 20])
    ob.table("Tabel 4.6 Financiële kengetallen 2026-2029", ["Kengetal", "2026", "2027", "2028", "2029"],
             [("", "Netto schuldquote", [nl_dec(x, 1) + "%" for x in d.G_OB_NSQ]),
              ("", "Solvabiliteitsratio", [nl_dec(x, 1) + "%" for x in d.G_OB_SOLV])], [80, 20, 20, 20, 20])
    ob.p("De netto schuldquote blijft ruim onder de signaalwaarde van 90 procent. De solvabiliteit daalt licht door "
         "de investeringen in de leerwerkplaats, maar blijft boven de ondergrens van 15 procent die het bestuur "
         "hanteert.")
    ob.table("Tabel 4.7 Incidentele lasten 2026-2029 (bedragen x € 1.000)", ["Omschrijving", "2026", "2027", "2028",
                                                                            "2029"],
             [("", n, [nl(v) if v else "-" for v in vals]) for n, vals in d.G_OB_INCIDENTEEL], [80, 20, 20, 20, 20])
    S += ob.f

    # ---------------------------------------------------------------------------------------- voorstel
    vs = Part("voorstel")
    vs.f.append(PageBreak())
    vs.f.append(Mark("voorstel:title", part="voorstel"))
    vs.f.append(Paragraph("Voorstel aan het algemeen bestuur", st("voorstel", "h1")))
    vs.p("<b>Agendapunt:</b> 6<br/><b>Onderwerp:</b> zienswijzen op de ontwerpbegroting 2026 en vaststelling van "
         "de begroting 2026<br/><b>Vergadering:</b> 3 juli 2025")
    vs.h3("Aanleiding")
    vs.p("Het algemeen bestuur heeft op 3 april 2025 de ontwerpbegroting 2026 voorlopig vastgesteld en aan de "
         "gemeenteraden gezonden. De raden konden tot en met 13 juni 2025 hun zienswijze geven. Het bestuur stelt de "
         "begroting vast na kennisneming van de zienswijzen en zendt haar vóór 1 augustus aan de provincie.")
    vs.h3("Ontvangen zienswijzen")
    vs.ul("<b>Twenterand</b> stemt in met de ontwerpbegroting 2026 en waardeert de inzet op uitstroom naar "
          "regulier werk.",
          "<b>Dinkelland</b> stemt in met de ontwerpbegroting 2026, maar vraagt het bestuur de stijging van de "
          "gemeentelijke bijdrage in de meerjarenraming te beperken tot de loon- en prijsontwikkeling en uiterlijk in "
          "de begroting 2027 met besparingsvoorstellen te komen.",
          "<b>Oldenmaat</b> stemt in met de ontwerpbegroting 2026 en vraagt aandacht voor het wegwerken van de "
          "wachtlijst voor beschut werk.",
          "<b>Reggedal</b> heeft laten weten geen zienswijze in te dienen.")
    vs.h3("Reactie van het bestuur")
    vs.p("Het bestuur deelt de zorg van Dinkelland over de stijging van de bijdrage. De stijging komt vooral door de "
         "groei van beschut werk, waarom de gemeenten zelf hebben gevraagd, en door de krimp van de Wsw, waardoor de "
         "omzet van het werkbedrijf daalt. Het bestuur zegt toe in de begroting 2027 een herijking van de "
         "dienstverlening met besparingsvoorstellen op te nemen. Het verzoek van Oldenmaat wordt opgepakt met de "
         "tweede beschutte werkomgeving die in 2026 wordt ingericht.")
    vs.h3("Financiële consequenties")
    vs.p(f"De zienswijzen leiden niet tot wijziging van de begroting. De bijdrage van de gemeenten blijft "
         f"{ek(d.G_OB_BIJDRAGE[0])} in 2026.")
    vs.h3("Voorstel")
    vs.p("Het dagelijks bestuur stelt het algemeen bestuur voor:")
    vs.ol("kennis te nemen van de zienswijzen van de gemeenteraden van Twenterand, Dinkelland en Oldenmaat;",
          "in te stemmen met de reactie op de zienswijzen zoals verwoord in dit voorstel;",
          "de begroting 2026 ongewijzigd vast te stellen;",
          "de begroting 2026 vóór 1 augustus 2025 aan Gedeputeerde Staten van Overijssel te zenden.")
    vs.h3("Bijlagen")
    vs.ul("Ontwerpbegroting 2026 (in deze vergaderstukken)", "Zienswijzen van de gemeenteraden (in deze "
          "vergaderstukken)")
    S += vs.f

    # ---------------------------------------------------------------------------------------- zienswijzen
    zw = Part("zw")
    ti, di = G.index("Twenterand"), G.index("Dinkelland")
    letters = [
        ("Twenterand", "11 juni 2025", [
            "De gemeenteraad van Twenterand heeft in zijn vergadering van 10 juni 2025 de ontwerpbegroting 2026 van "
            "het Werkplein Noord-Twente besproken en besloten geen bezwaren naar voren te brengen.",
            f"De raad stelt vast dat de bijdrage van Twenterand in 2026 uitkomt op {ek(d.G_OB_BIJDR[0][ti])}. De raad "
            f"waardeert de inzet van het Werkplein op uitstroom naar regulier werk en op de begeleiding van "
            f"statushouders, en vraagt het bestuur de resultaten daarvan in de jaarstukken zichtbaar te maken."]),
        ("Dinkelland", "12 juni 2025", [
            "De gemeenteraad van Dinkelland heeft op 11 juni 2025 ingestemd met de ontwerpbegroting 2026 van het "
            "Werkplein Noord-Twente, met de volgende kanttekening.",
            f"De bijdrage van Dinkelland stijgt van {ek(d.G_BR_BIJDR_NA[di])} in de begroting 2025 na de 1e "
            f"bestuursrapportage naar {ek(d.G_OB_BIJDR[0][di])} in 2026 en {ek(d.G_OB_BIJDR[3][di])} in 2029. De raad "
            f"vraagt het bestuur de stijging van de gemeentelijke bijdrage te beperken tot de loon- en "
            f"prijsontwikkeling en uiterlijk in de begroting 2027 met besparingsvoorstellen te komen.",
            "De raad onderschrijft het belang van beschut werk, maar verzoekt het bestuur de kosten per plek te "
            "vergelijken met die van andere werkbedrijven in Twente."]),
        ("Oldenmaat", "5 juni 2025", [
            "De gemeenteraad van Oldenmaat stemt in met de ontwerpbegroting 2026 van het Werkplein Noord-Twente.",
            "De raad vraagt aandacht voor de wachtlijst voor beschut werk. Inwoners met een indicatie moeten binnen "
            "drie maanden een plek kunnen krijgen. De raad verzoekt het bestuur in de bestuursrapportages te melden "
            "hoe de wachtlijst zich ontwikkelt."]),
    ]
    for i, (gem, datum, paras) in enumerate(letters):
        zw.f.append(PageBreak())
        zw.f.append(Mark("zw:title" if i == 0 else f"zw:{gem}", part="zw"))
        zw.f.append(Paragraph(f"Bijlage {i + 1}: zienswijze gemeenteraad {gem}", st("zw", "h1")))
        zw.p(f"Aan het algemeen bestuur van het Werkplein Noord-Twente<br/><b>Datum:</b> {datum}<br/>"
             f"<b>Onderwerp:</b> zienswijze ontwerpbegroting 2026", "Geacht bestuur,")
        zw.p(*paras)
        zw.p("Hoogachtend,<br/>de gemeenteraad van " + gem + ",<br/>de griffier, de voorzitter")
    S += zw.f
    return S


def build(pdf):
    pg: dict[str, int] = {}
    for _ in range(5):
        PART_START.clear()
        MARKS.clear()
        STATE.update(part="front", title_page=False)
        doc = BaseDocTemplate(str(pdf), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                              bottomMargin=20 * mm, title=BUNDLE_TITLE, author="Werkplein Noord-Twente",
                              creator="Werkplein Noord-Twente", initialFontName="LSans")
        fr = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="f", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page, onPageEnd=on_page_end)])
        doc.build(build_story(pg))
        new = dict(MARKS)
        if new == pg:
            return new
        pg = new
    raise SystemExit("page numbers did not settle")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    pdf = OUT / d.G_FILE
    marks = build(pdf)
    from pypdf import PdfReader
    n = len(PdfReader(str(pdf)).pages)
    print(f"{pdf.name}: {n} pages; parts on", {k: v for k, v in marks.items() if k.endswith(":title")})


if __name__ == "__main__":
    main()
