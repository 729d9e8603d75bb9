"""Recreatieschap Zandmeren, Jaarrekening 2040: a PDF made with reportlab platypus.

Portrait pages with a landscape page for the wide programme table; tables with SPAN (row and column spans), zebra
rows, right-aligned numbers with "€" only in the total row, a total row above a double rule; a page with two small
tables side by side (a Table inside a Table), one in x € 1.000 and one in €; a running footer with the body's name
and the page number.

Usage: python gen_jaarrekening_rl.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

import data as d
from fmt import n

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
GREEN = colors.HexColor("#2E6B4F")
ZEBRA = colors.HexColor("#EAF3EE")
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Helvetica-Bold", fontSize=16, textColor=GREEN,
                    spaceBefore=6, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=12, textColor=GREEN,
                    spaceBefore=8, spaceAfter=4)
CAP = ParagraphStyle("cap", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5, spaceAfter=1, spaceBefore=4)
SCALE = ParagraphStyle("scale", parent=BODY, fontName="Helvetica-Oblique", fontSize=8, alignment=TA_RIGHT,
                       spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8, leading=10, spaceAfter=0)
FOOT = f"{d.WS} \u00b7 {d.WS_TITLE}"


def footer(canvas, doc):
    canvas.saveState()
    w, h = canvas._pagesize
    canvas.setStrokeColor(GREEN)
    canvas.setLineWidth(0.5)
    canvas.line(2 * cm, 1.6 * cm, w - 2 * cm, 1.6 * cm)
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(GREEN)
    canvas.drawString(2 * cm, 1.1 * cm, FOOT)
    canvas.drawRightString(w - 2 * cm, 1.1 * cm, f"pagina {doc.page}")
    canvas.restoreState()


def base_style(ncols, nrows, num_from=1, head_rows=1, zebra_from=None, total_row=None):
    st = [("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), 8),
          ("LEADING", (0, 0), (-1, -1), 10),
          ("FONTNAME", (0, 0), (-1, head_rows - 1), "Helvetica-Bold"),
          ("TEXTCOLOR", (0, 0), (-1, head_rows - 1), colors.white),
          ("BACKGROUND", (0, 0), (-1, head_rows - 1), GREEN),
          ("ALIGN", (num_from, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
          ("LINEBELOW", (0, head_rows - 1), (-1, head_rows - 1), 0.8, GREEN)]
    z0 = head_rows if zebra_from is None else zebra_from
    last = nrows - 1 if total_row is None else total_row - 1
    for r in range(z0, last + 1):
        if (r - z0) % 2 == 1:
            st.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if total_row is not None:
        st += [("FONTNAME", (0, total_row), (-1, total_row), "Helvetica-Bold"),
               ("LINEABOVE", (0, total_row), (-1, total_row), 0.6, colors.black),
               ("LINEBELOW", (0, total_row), (-1, total_row), 0.6, colors.black, None, None, None, 2, 1.5)]
    return st


def caption(story, text, scale):
    story.append(Paragraph(text, CAP))
    story.append(Paragraph(scale, SCALE))


def P(text):
    return Paragraph(text, BODY)


def build(path: Path):
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=2.2 * cm, title=f"{d.WS} - {d.WS_TITLE}", author=d.WS)
    pw, ph = A4
    portrait = PageTemplate("P", [Frame(2 * cm, 2.2 * cm, pw - 4 * cm, ph - 4.2 * cm, id="fp")], onPage=footer,
                            pagesize=A4)
    lw, lh = landscape(A4)
    land = PageTemplate("L", [Frame(2 * cm, 2.2 * cm, lw - 4 * cm, lh - 4.2 * cm, id="fl")], onPage=footer,
                        pagesize=landscape(A4))
    doc.addPageTemplates([portrait, land])
    s = []

    # ---- cover
    s += [Spacer(1, 6 * cm), Paragraph(d.WS, ParagraphStyle("c1", parent=H1, fontSize=26, leading=32)),
          Paragraph(d.WS_TITLE, ParagraphStyle("c2", parent=H1, fontSize=20, leading=26, textColor=colors.black)),
          Spacer(1, 1 * cm),
          P("Gemeenschappelijke regeling van de gemeenten Tolsterveld, Heksenwaard, Oldenvoorst, Rietmolen, "
            "Harmsloo en Veersloot voor het beheer van de recreatiegebieden Noorderplas, Zuiderplas en het "
            "heideterrein De Brink."),
          P("Vastgesteld door het algemeen bestuur op 18 juni 2041."), PageBreak()]

    # ---- inhoud + voorwoord
    s += [Paragraph("Inhoud", H1)]
    for t in ["1 Jaarverslag", "1.1 Het jaar 2040 in het kort", "1.2 Kerncijfers en tarieven",
              "2 Programmaverantwoording", "2.1 Overzicht van baten en lasten", "2.2 Analyse van de afwijkingen",
              "3 Deelnemersbijdragen", "4 Balans en toelichting", "4.1 Balans", "4.2 Reserves en voorzieningen",
              "4.3 Weerstandsvermogen en kengetallen", "4.4 Grondslagen voor waardering en resultaatbepaling",
              "4.5 Bedrijfsvoering",
              "5 Resultaat en bestemming"]:
        s.append(Paragraph(t, ParagraphStyle("toc", parent=BODY, leftIndent=0 if t[1] == " " else 14,
                                             spaceAfter=2)))
    s += [Spacer(1, 0.6 * cm), Paragraph("Voorwoord", H2),
          P("Het jaar 2040 was voor het recreatieschap een jaar van uitersten. Een nat voorjaar zorgde voor "
            "achterstanden in het maaibeheer, een lange warme zomer voor recorddrukte op de stranden van de "
            "Noorderplas. Het dagelijks bestuur is de medewerkers en de vrijwilligers dankbaar voor hun inzet."),
          P("In deze jaarrekening leggen wij verantwoording af over de uitvoering van de begroting 2040. De "
            "jaarrekening sluit met een positief resultaat van ruim € 1,3 miljoen. Het algemeen bestuur stelt voor "
            "een deel daarvan aan de deelnemende gemeenten terug te betalen."),
          P("Namens het dagelijks bestuur,<br/>M.J. Ossendrijver, voorzitter<br/>A. de Kroon-Veltman, secretaris"),
          PageBreak()]

    # ---- 1 jaarverslag
    s += [Paragraph("1 Jaarverslag", H1), Paragraph("1.1 Het jaar 2040 in het kort", H2),
          P(f"De recreatiegebieden trokken in 2040 {n(d.BEZOEKERS[1])} bezoekers, {d.BEZ_GROEI}% meer dan in 2039. "
            "De groei komt vooral door de warme zomermaanden juli en augustus, waarin het strandbad aan de "
            "Noorderplas op 23 dagen de maximale capaciteit bereikte."),
          P(f"Het resultaat over 2040 bedraagt € {n(d.RS_RESULTAAT)}, ruim € 1,3 miljoen. De begroting na wijziging "
            f"ging uit van een tekort van € {n(-d.RS_RES_NA)}. Het verschil komt vooral door uitgesteld groot "
            "onderhoud, hogere entreegelden en parkeeropbrengsten en een lagere uitvoering bij natuur en landschap."),
          P("Belangrijke gebeurtenissen in 2040 waren:"),
          P("&bull; de opening van de nieuwe camperplaats aan de Zuiderplas met 40 plaatsen;<br/>"
            "&bull; de aanbesteding van het baggeren van de jachthaven, die in 2041 wordt uitgevoerd;<br/>"
            "&bull; de vervanging van de steigers in de jachthaven aan de Noorderplas;<br/>"
            "&bull; het besluit om het heideterrein De Brink te herstellen met een provinciale subsidie."),
          P("Het aantal medewerkers bleef gelijk op 21,4 fte. Het ziekteverzuim daalde naar 4,8%."),
          Paragraph("1.2 Kerncijfers en tarieven", H2),
          P("Hieronder staan links de kerncijfers van de jaarrekening, in duizenden euro's, en rechts de "
            "belangrijkste tarieven voor bezoekers, in euro's.")]
    # side-by-side tables
    kern = [["Kerncijfer", "2039", "2040"]] + [[k, n(a), n(b)] for k, a, b in d.KERN]
    kern.append(["Bezoekers (aantal)", n(d.BEZOEKERS[0]), n(d.BEZOEKERS[1])])
    tk = Table(kern, colWidths=[3.9 * cm, 1.5 * cm, 1.5 * cm])
    tk.setStyle(TableStyle(base_style(3, len(kern))))
    tar = [["Tarief", "2040"]] + [[k, v] for k, v in d.RS_TARIEVEN]
    tt = Table(tar, colWidths=[5.4 * cm, 1.6 * cm])
    tt.setStyle(TableStyle(base_style(2, len(tar))))
    left = [Paragraph("Tabel 1 Kerncijfers", CAP), Paragraph("bedragen x € 1.000", SCALE), tk]
    right = [Paragraph("Tabel 2 Tarieven 2040", CAP), Paragraph("bedragen in €", SCALE), tt]
    outer = Table([[left, right]], colWidths=[7.9 * cm, 7.9 * cm])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    s += [Spacer(1, 0.2 * cm), outer, Spacer(1, 0.3 * cm),
          P("De tarieven zijn in 2040 met 3% verhoogd. Voor inwoners van de deelnemende gemeenten geldt bij het "
            "strandbad een korting van 25% op de seizoenkaart."),
          NextPageTemplate("L"), PageBreak()]

    # ---- 2 programmaverantwoording (landscape)
    s += [Paragraph("2 Programmaverantwoording", H1), Paragraph("2.1 Overzicht van baten en lasten", H2),
          P("Tabel 3 vergelijkt de realisatie met de begroting. Alle bedragen zijn in hele euro's; het verschil is "
            "als positief bedrag opgenomen met in de kolom V/N of het een voordeel (V) of een nadeel (N) is.")]
    caption(s, "Tabel 3 Overzicht van baten en lasten 2040", "bedragen in €")
    head = [["Programma", "", "Begroting 2040", "", "", "Realisatie", "Verschil", "V/N"],
            ["", "", "Primitief", "Wijzigingen", "Na wijziging", "2040", "", ""]]
    rows = []
    for i, r in enumerate(d.RS_ROWS):
        v, vn = d.rs_verschil(r)
        rows.append([r[0] if i % 2 == 0 else "", r[1], n(r[2]), n(r[3]), n(d.rs_na(r)), n(r[4]), n(v),
                     vn if v else ""])
    sal = [d.RS_SALDO[0], d.RS_SALDO[1], d.RS_SALDO[0] + d.RS_SALDO[1], d.RS_SALDO[2]]

    def vrow(label, vals, kind):
        na, real = vals[2], vals[3]
        diff = (real - na) if kind == "plus" else (na - real)
        return [label, ""] + [n(x) for x in vals] + [n(abs(diff)), "V" if diff >= 0 else "N"]

    rows.append(vrow("Saldo van baten en lasten", sal, "plus"))
    rows.append(vrow("Toevoeging aan reserves", [d.RS_TOEV[0], d.RS_TOEV[1], d.RS_TOEV[0] + d.RS_TOEV[1],
                                                 d.RS_TOEV[2]], "min"))
    rows.append(vrow("Onttrekking aan reserves", [d.RS_ONTTR[0], d.RS_ONTTR[1], d.RS_ONTTR[0] + d.RS_ONTTR[1],
                                                  d.RS_ONTTR[2]], "plus"))
    res = [d.RS_RES[0], d.RS_RES[1], d.RS_RES_NA, d.RS_RESULTAAT]
    tot = vrow("Resultaat", res, "plus")
    tot = tot[:2] + ["€ " + x for x in tot[2:7]] + tot[7:]
    rows.append(tot)
    data_ = head + rows
    t = Table(data_, colWidths=[6.0 * cm, 1.6 * cm, 2.7 * cm, 2.5 * cm, 2.7 * cm, 2.7 * cm, 2.5 * cm, 1.0 * cm],
              repeatRows=2)
    nr = len(data_)
    st = base_style(8, nr, num_from=2, head_rows=2, zebra_from=2, total_row=nr - 1)
    st += [("SPAN", (2, 0), (4, 0)), ("SPAN", (0, 0), (1, 1)), ("SPAN", (6, 0), (6, 1)), ("SPAN", (7, 0), (7, 1)),
           ("ALIGN", (2, 0), (4, 0), "CENTER"), ("ALIGN", (7, 0), (7, -1), "CENTER"),
           ("VALIGN", (0, 0), (-1, 1), "BOTTOM")]
    # zebra per programme (two rows per band), row spans for the programme names
    st = [x for x in st if not (x[0] == "BACKGROUND" and x[1][1] >= 2)]
    for i in range(0, len(d.RS_ROWS), 2):
        r0 = 2 + i
        st.append(("SPAN", (0, r0), (0, r0 + 1)))
        if (i // 2) % 2 == 1:
            st.append(("BACKGROUND", (0, r0), (-1, r0 + 1), ZEBRA))
    base = 2 + len(d.RS_ROWS)
    for k in range(3):
        st.append(("SPAN", (0, base + k), (1, base + k)))
        if k % 2 == 1:
            st.append(("BACKGROUND", (0, base + k), (-1, base + k), ZEBRA))
    st.append(("SPAN", (0, nr - 1), (1, nr - 1)))
    st.append(("LINEABOVE", (0, base), (-1, base), 0.4, GREEN))
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 0.3 * cm),
          P("De deelnemersbijdragen zijn opgenomen onder Algemene dekkingsmiddelen (baten). Een positief resultaat "
            "is een voordeel. De bestemming van het resultaat staat in hoofdstuk 5."),
          NextPageTemplate("P"), PageBreak()]

    # ---- 2.2 analyse (portrait)
    s += [Paragraph("2.2 Analyse van de afwijkingen", H2),
          P("Afwijkingen groter dan € 25.000 worden hieronder toegelicht. De bedragen zijn in hele euro's.")]
    caption(s, "Tabel 4 Analyse van de afwijkingen", "bedragen in €")
    rows = [["Onderdeel", "Bedrag", "V/N", "Toelichting"]]
    for lab, amt, vn, txt in d.AFWIJKINGEN:
        rows.append([Paragraph(lab, CELL), n(amt), vn, Paragraph(txt, CELL)])
    t = Table(rows, colWidths=[4.2 * cm, 2.0 * cm, 1.0 * cm, 9.8 * cm])
    st = base_style(4, len(rows), num_from=1)
    st += [("ALIGN", (2, 0), (3, -1), "LEFT"), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 0.3 * cm),
          P(f"Bij beheer en onderhoud van de terreinen bleven de lasten € {n(d.rs_verschil(d.RS_ROWS[0])[0])} onder "
            "de begroting na wijziging. Naast het uitgestelde onderhoud aan de oeverbeschoeiing was het "
            "maaibeheer goedkoper door de inzet van schapen op de dijken."),
          P(f"De baten bij recreatie en toerisme lagen {round(100 * (d.RS_ROWS[3][4] / d.rs_na(d.RS_ROWS[3]) - 1))}% hoger dan begroot. Het aantal verkochte seizoenkaarten "
            "steeg van 3.180 naar 3.705.")]

    # ---- 3 deelnemersbijdragen
    s += [PageBreak(), Paragraph("3 Deelnemersbijdragen", H1),
          P("De deelnemende gemeenten betalen een bijdrage naar rato van hun aantal inwoners op 1 januari van het "
            f"jaar voorafgaand aan het begrotingsjaar. In 2040 was de bijdrage € {n(d.DN_PER_INW, 2)} per inwoner. "
            f"De gemeente Heksenwaard is met {n(d.DN[1][2], 2)}% de grootste deelnemer.")]
    caption(s, "Tabel 5 Deelnemersbijdragen 2040", "bedragen in €")
    rows = [["Deelnemer", "Inwoners 1-1-2039", "Aandeel", "Bijdrage 2040"]]
    for g, inw, p, b in d.DN:
        rows.append([f"Gemeente {g}", n(inw), n(p, 2) + "%", n(b)])
    rows.append(["Totaal", n(d.DN_INW), n(d.DN_PCT_TOT, 2) + "%", "€ " + n(d.DN_TOTAAL)])
    t = Table(rows, colWidths=[5.5 * cm, 3.5 * cm, 2.5 * cm, 3.5 * cm])
    t.setStyle(TableStyle(base_style(4, len(rows), total_row=len(rows) - 1)))
    s += [t, Spacer(1, 0.3 * cm),
          P("Naast de deelnemersbijdragen ontvangt het recreatieschap een provinciale bijdrage voor het beheer van "
            "het Natuurnetwerk Nederland. Die bijdrage is verantwoord onder het programma Natuur en landschap."),
          PageBreak()]

    # ---- 4 balans
    s += [Paragraph("4 Balans en toelichting", H1), Paragraph("4.1 Balans", H2)]
    caption(s, "Tabel 6 Balans per 31 december", "bedragen in €")
    rows = [["Balanspost", "31-12-2040", "31-12-2039"], ["Activa", "", ""]]
    for k, a, b in d.BAL_ACTIVA:
        rows.append([k, n(a), n(b)])
    rows.append(["Totaal activa", "€ " + n(d.BAL_ACT_TOT[0]), "€ " + n(d.BAL_ACT_TOT[1])])
    ta = len(rows) - 1
    rows.append(["Passiva", "", ""])
    for k, a, b in d.BAL_PASSIVA:
        rows.append([k, n(a), n(b)])
    rows.append(["Totaal passiva", "€ " + n(d.BAL_PAS_TOT[0]), "€ " + n(d.BAL_PAS_TOT[1])])
    t = Table(rows, colWidths=[8.0 * cm, 3.5 * cm, 3.5 * cm])
    st = base_style(3, len(rows), total_row=len(rows) - 1)
    st += [("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, ta + 1), (-1, ta + 1)),
           ("FONTNAME", (0, 1), (-1, 1), "Helvetica-Bold"), ("FONTNAME", (0, ta + 1), (-1, ta + 1), "Helvetica-Bold"),
           ("FONTNAME", (0, ta), (-1, ta), "Helvetica-Bold"),
           ("LINEABOVE", (0, ta), (-1, ta), 0.6, colors.black),
           ("LINEBELOW", (0, ta), (-1, ta), 0.6, colors.black, None, None, None, 2, 1.5)]
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 0.3 * cm),
          P("De materiële vaste activa bestaan vooral uit de strandpaviljoens, de jachthaven met steigers, de "
            "parkeerterreinen en het bezoekerscentrum. De langlopende leningen zijn in 2040 met € 370.000 "
            "afgelost; er zijn geen nieuwe leningen aangetrokken.")]
    s += [Paragraph("4.2 Reserves en voorzieningen", H2),
          P("Tabel 7 geeft het verloop van de reserves en voorzieningen in 2040. Vrijval is het deel van een "
            "voorziening dat niet meer nodig is en ten gunste van de exploitatie valt.")]
    caption(s, "Tabel 7 Verloop reserves en voorzieningen 2040", "bedragen in €")
    rows = [["", "Naam", "Stand\n1-1-2040", "Toevoeging", "Onttrekking", "Vrijval", "Stand\n31-12-2040"]]
    spans = []
    prev = None
    for g, k, a, tv, o, v in d.RS_RESV:
        if g != prev:
            spans.append([len(rows), len(rows)])
        spans[-1][1] = len(rows)
        rows.append([g if g != prev else "", k, n(a), n(tv), n(o), n(v), n(d.RS_RESV_EIND[k])])
        prev = g
    rows.append(["Totaal", ""] + ["€ " + n(x) for x in d.RS_RESV_TOT])
    t = Table(rows, colWidths=[2.2 * cm, 5.4 * cm, 2.2 * cm, 1.9 * cm, 1.9 * cm, 1.5 * cm, 2.2 * cm])
    st = base_style(7, len(rows), num_from=2, total_row=len(rows) - 1)
    for a, b in spans:
        st.append(("SPAN", (0, a), (0, b)))
    st.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
    st.append(("FONTNAME", (0, 1), (0, -1), "Helvetica-Bold"))
    t.setStyle(TableStyle(st))
    s += [t, Spacer(1, 0.3 * cm),
          P("De toevoeging aan de bestemmingsreserve groot onderhoud is conform de begroting. De vrijval bij de "
            "voorziening baggerwerkzaamheden ontstaat doordat de aanbesteding van het baggeren gunstiger uitviel."),
          PageBreak()]

    # ---- paragrafen
    s += [Paragraph("4.3 Weerstandsvermogen en kengetallen", H2),
          P("Het weerstandsvermogen is de verhouding tussen de beschikbare weerstandscapaciteit (de algemene reserve "
            "en de vrij besteedbare delen van de bestemmingsreserves) en de benodigde weerstandscapaciteit voor de "
            "risico's. De grootste risico's zijn blauwalg in de zomermaanden, schade aan steigers en oevers door "
            "stormen en het wegvallen van de provinciale bijdrage voor het natuurbeheer."),
          P(f"De benodigde weerstandscapaciteit is berekend op € {n(d.RS_BENODIGD)}. Met een algemene reserve van "
            f"€ {n(d.RS_RESV_EIND['Algemene reserve'])} is de weerstandsratio {n(d.RS_RATIO, 2)}. Na de voorgestelde "
            f"toevoeging uit het resultaat stijgt de ratio naar {n(d.RS_RATIO_NA, 2)}."),
          P("De solvabiliteit (eigen vermogen gedeeld door het balanstotaal) is gestegen door het positieve "
            "resultaat. De netto schuldquote daalde door de aflossing op de langlopende leningen."),
          Paragraph("4.4 Grondslagen voor waardering en resultaatbepaling", H2),
          P("De jaarrekening is opgesteld volgens het Besluit begroting en verantwoording provincies en gemeenten "
            "(BBV). Activa en passiva zijn gewaardeerd tegen nominale waarde, tenzij anders vermeld. Materiële vaste "
            "activa zijn gewaardeerd tegen verkrijgingsprijs minus de afschrijvingen. Er wordt lineair afgeschreven: "
            "gebouwen in 40 jaar, steigers en beschoeiingen in 25 jaar, voertuigen en machines in 8 jaar."),
          P("Baten en lasten worden toegerekend aan het jaar waarop zij betrekking hebben. Voorzieningen zijn "
            "gevormd voor verplichtingen en risico's waarvan de omvang op de balansdatum redelijkerwijs is in te "
            "schatten. De voorziening onderhoud gebouwen is gebaseerd op het meerjarig onderhoudsplan 2039-2048."),
          Paragraph("4.5 Bedrijfsvoering", H2),
          P("Het recreatieschap heeft een eigen buitendienst voor het beheer van de terreinen en besteedt het "
            "groot onderhoud uit. De administratie en de salarisverwerking worden uitgevoerd door de gemeente "
            "Harmsloo op basis van een dienstverleningsovereenkomst. In 2040 is een nieuw kassasysteem voor het "
            "strandbad en de parkeerterreinen in gebruik genomen."),
          PageBreak()]

    # ---- 5 resultaat
    s += [Paragraph("5 Resultaat en bestemming", H1),
          P(f"De jaarrekening 2040 sluit met een positief resultaat van € {n(d.RS_RESULTAAT)}. Het dagelijks bestuur "
            f"stelt het algemeen bestuur voor dit resultaat als volgt te bestemmen: € {n(d.BEST_GROOT_OND)} toevoegen "
            "aan de bestemmingsreserve groot onderhoud voor het uitgestelde onderhoud aan de oeverbeschoeiing, "
            f"€ {n(d.BEST_TERUG)} terugbetalen aan de deelnemende gemeenten naar rato van hun aandeel, en het "
            f"restant van € {n(d.BEST_REST)} toevoegen aan de algemene reserve."),
          P("Met de toevoeging aan de algemene reserve blijft de weerstandsratio boven de door het algemeen bestuur "
            "vastgestelde ondergrens van 1,0. De terugbetaling aan de gemeenten wordt verrekend met de voorschotten "
            "op de bijdrage 2041.")]
    caption(s, "Tabel 8 Voorstel resultaatbestemming 2040", "bedragen in €")
    rows = [["Bestemming", "Bedrag"], ["Toevoeging bestemmingsreserve groot onderhoud", n(d.BEST_GROOT_OND)],
            ["Terugbetaling aan de deelnemende gemeenten", n(d.BEST_TERUG)],
            ["Toevoeging algemene reserve", n(d.BEST_REST)], ["Resultaat 2040", "€ " + n(d.RS_RESULTAAT)]]
    t = Table(rows, colWidths=[10.0 * cm, 4.0 * cm])
    t.setStyle(TableStyle(base_style(2, len(rows), total_row=len(rows) - 1)))
    s += [t, Spacer(1, 0.4 * cm),
          P("Het algemeen bestuur heeft de jaarrekening 2040 vastgesteld in zijn vergadering van 18 juni 2041. De "
            "accountant heeft een goedkeurende controleverklaring afgegeven voor zowel de getrouwheid als de "
            "rechtmatigheid.")]
    doc.build(s)


if __name__ == "__main__":
    CORPUS.mkdir(parents=True, exist_ok=True)
    build(CORPUS / d.WS_FILE)
    print(f"wrote {CORPUS / d.WS_FILE}")
