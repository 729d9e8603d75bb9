"""Generate the fictional Programmabegroting 2027 of Gemeente Brederwijde as a PDF with fpdf2.

Usage: python make_pdf.py [output.pdf]
Needs fpdf2 (pip install fpdf2) and the DejaVu fonts (Debian package fonts-dejavu-core).
"""
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

import data as D
from fmt import fmt_int, fmt_scaled, fmt_dec

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "corpus", D.MUNI["file"])
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
TITLE = "Programmabegroting 2027"

HEAD_FILL = (217, 225, 242)
SUB_FILL = (242, 242, 242)
TOT_FILL = (226, 239, 218)
BOLD = FontFace(emphasis="BOLD", fill_color=(255, 255, 255))
PLAIN = FontFace(fill_color=(255, 255, 255))
BOLD_SUB = FontFace(emphasis="BOLD", fill_color=SUB_FILL)
BOLD_TOT = FontFace(emphasis="BOLD", fill_color=TOT_FILL)
HEADINGS = FontFace(emphasis="BOLD", fill_color=HEAD_FILL)


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(180, 5, f"Gemeente Brederwijde  |  {TITLE}", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-11)
        self.set_font("DV", "", 6.5)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "Ontwerpbegroting, aangeboden aan de gemeenteraad op 22 september 2026", align="L")
        self.set_text_color(0, 0, 0)


class Builder:
    def __init__(self, toc_pages):
        self.toc_pages = toc_pages
        self.found = {}
        pdf = Doc(orientation="L", unit="mm", format="A4")
        pdf.set_margins(15, 12, 15)
        pdf.set_auto_page_break(True, margin=16)
        pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf"))
        pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))
        pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSansCondensed-Oblique.ttf"))
        pdf.set_title(f"Gemeente Brederwijde - {D.MUNI['title']}")
        pdf.set_author("Gemeente Brederwijde, afdeling Financiën")
        pdf.set_creator("Begrotingsmodel BRW-2027.xlsx")
        self.pdf = pdf

    # -- text helpers -----------------------------------------------------
    def h1(self, text, key=None):
        p = self.pdf
        if key:
            self.found[key] = p.page_no()
        p.set_font("DV", "B", 15)
        p.set_text_color(31, 78, 121)
        p.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.ln(1.5)

    def h2(self, text, key=None):
        p = self.pdf
        if key:
            self.found[key] = p.page_no()
        p.ln(1)
        p.set_font("DV", "B", 11)
        p.set_text_color(31, 78, 121)
        p.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.ln(0.5)

    def h3(self, text):
        p = self.pdf
        p.set_font("DV", "B", 9.5)
        p.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def para(self, text, width=215):
        p = self.pdf
        p.set_font("DV", "", 9)
        p.multi_cell(width, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.6)

    def bullets(self, items, width=210):
        p = self.pdf
        p.set_font("DV", "", 9)
        for it in items:
            x = p.get_x()
            p.cell(5, 4.6, "•")
            p.multi_cell(width, 4.6, it, new_x="LMARGIN", new_y="NEXT")
            p.set_x(x)
        p.ln(1.6)

    def caption(self, text):
        p = self.pdf
        p.set_font("DV", "B", 8.5)
        p.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def note(self, text, italic=True):
        p = self.pdf
        p.set_font("DV", "I" if italic else "", 7.5)
        p.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)

    # -- table helper ------------------------------------------------------
    def grid(self, header, rows, widths, aligns, font_size=8, line_height=4.6):
        """rows: list of (cells, style) with style in None|'sub'|'tot'|'bold'."""
        p = self.pdf
        p.set_font("DV", "", font_size)
        p.set_draw_color(80, 80, 80)
        with p.table(col_widths=widths, width=sum(widths), align="LEFT", text_align=aligns,
                     borders_layout="ALL", headings_style=HEADINGS, line_height=line_height,
                     repeat_headings=1, padding=(0.6, 1.2)) as t:
            r = t.row()
            for h in header:
                r.cell(h)
            for cells, style in rows:
                st = {"sub": BOLD_SUB, "tot": BOLD_TOT, "bold": BOLD}.get(style, PLAIN)
                r = t.row()
                for c in cells:
                    r.cell(c, style=st)
        p.ln(1.5)

    # -- pages -------------------------------------------------------------
    def cover(self):
        p = self.pdf
        p.add_page()
        p.set_fill_color(31, 78, 121)
        p.rect(0, 0, 297, 62, style="F")
        p.set_fill_color(255, 255, 255)
        p.set_xy(20, 20)
        p.set_text_color(255, 255, 255)
        p.set_font("DV", "B", 28)
        p.cell(0, 12, "Gemeente Brederwijde", new_x="LMARGIN", new_y="NEXT")
        p.set_x(20)
        p.set_font("DV", "", 14)
        p.cell(0, 8, "Samen bouwen aan een vitale gemeente", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        p.set_xy(20, 85)
        p.set_font("DV", "B", 24)
        p.cell(0, 12, "Programmabegroting 2027", new_x="LMARGIN", new_y="NEXT")
        p.set_x(20)
        p.set_font("DV", "", 16)
        p.cell(0, 9, "en meerjarenraming 2028-2030", new_x="LMARGIN", new_y="NEXT")
        p.set_xy(20, 125)
        p.set_font("DV", "", 10)
        for line in ["Ontwerpbegroting", "Aangeboden aan de gemeenteraad op 22 september 2026",
                     "Behandeling in de raadsvergadering van 5 november 2026",
                     "Registratienummer: BRW/2026/018734"]:
            p.set_x(20)
            p.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

    def toc(self):
        p = self.pdf
        p.add_page()
        self.h1("Inhoudsopgave")
        entries = [
            ("1", "Inleiding en financieel beeld", "ch1"),
            ("1.1", "Overzicht van baten en lasten", "ov"),
            ("1.2", "Structureel en reëel evenwicht", "struct"),
            ("2", "Programma's", "ch2"),
        ]
        for pr in D.PROGRAMMES:
            entries.append((f"2.{pr['nr']}", f"Programma {pr['nr']} {pr['name']}", f"p{pr['nr']}"))
        entries += [
            ("3", "Paragrafen", "ch3"),
            ("3.1", "Lokale heffingen", "heff"),
            ("3.2", "Weerstandsvermogen en risicobeheersing", "weer"),
            ("3.3", "Bedrijfsvoering", "bedr"),
            ("4", "Investeringsplan 2027-2030", "inv"),
            ("B1", "Bijlage: beleidsindicatoren", "bi"),
        ]
        p.set_font("DV", "", 10)
        for nr, text, key in entries:
            pg = str(self.toc_pages.get(key, ""))
            p.set_font("DV", "B" if "." not in nr else "", 10)
            p.cell(18, 6.5, nr)
            p.cell(200, 6.5, text)
            p.cell(20, 6.5, pg, align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)
        self.h2("Leeswijzer")
        self.para(
            "Deze programmabegroting bestaat uit zes programma's. Per programma beschrijven we wat we willen "
            "bereiken, wat we daarvoor gaan doen en wat het mag kosten. De financiële tabellen komen rechtstreeks "
            "uit ons begrotingsmodel. Let op: niet alle tabellen hanteren dezelfde eenheid. Bij elke tabel staat "
            "vermeld of de bedragen in euro's of in duizenden euro's (x € 1.000) zijn weergegeven; dat staat soms "
            "boven de tabel, soms in de kopregel en soms in een voetnoot. Door afronding op duizenden euro's kunnen "
            "totalen in de samenvattende tabellen op enkele duizenden euro's afwijken van de som van de "
            "onderliggende programmatabellen.")
        self.para(
            "Een negatief saldo (met een minteken) betekent dat de lasten hoger zijn dan de baten; een positief "
            "saldo betekent een overschot. Kolom 'Rekening 2025' bevat de gerealiseerde cijfers uit de "
            "jaarstukken 2025, kolom 'Begroting 2026 na wijziging' de begroting 2026 inclusief de "
            "begrotingswijzigingen tot en met de Najaarsnota 2026.")

    def chapter1(self):
        p = self.pdf
        ov = D.overzicht()
        st = D.structureel()
        p.add_page()
        self.h1("1. Inleiding en financieel beeld", "ch1")
        self.para(
            "Voor u ligt de programmabegroting 2027 van de gemeente Brederwijde. Op 1 januari 2026 telde onze "
            f"gemeente {D.PROSE_MUNI['inwoners']} inwoners, verdeeld over {D.PROSE_MUNI['huishoudens']} "
            "huishoudens in zes kernen. Het aantal inwoners groeit langzaam, vooral door de nieuwbouw in "
            "Kloosterakker. Tegelijk vergrijst de bevolking: de demografische druk ligt boven het landelijk "
            "gemiddelde.")
        i27 = D.YEARS.index("2027")
        self.para(
            "De begroting 2027 is sluitend. Na verrekening van de mutaties in de reserves resteert een positief "
            f"saldo van € {fmt_int(ov['resultaat'][i27] * 1000)}. Ook de meerjarenraming laat in alle jaren een "
            "positief saldo zien. Het structurele saldo is in alle jaren positief, zodat de begroting ook "
            "structureel en reëel in evenwicht is (zie paragraaf 1.2). De ruimte is wel beperkt: de "
            "uitgaven aan jeugdhulp en Wmo blijven stijgen en de algemene uitkering uit het gemeentefonds is na "
            "2026 met onzekerheid omgeven.")
        self.para(
            "De belangrijkste ontwikkelingen ten opzichte van de begroting 2026 zijn de hogere algemene uitkering, "
            "de stijging van de lasten in het sociaal domein en de investeringen in onderwijshuisvesting (IKC De "
            "Horizon) en het zwembad. De OZB-tarieven stijgen met de inflatie plus een extra verhoging van 1%; "
            "de afvalstoffenheffing en de rioolheffing blijven kostendekkend.")
        self.h2("1.1 Overzicht van baten en lasten", "ov")
        self.caption("Tabel 1.1  Overzicht van baten en lasten per programma")
        p.set_font("DV", "", 8)
        p.cell(0, 4.5, "Bedragen x € 1.000", new_x="LMARGIN", new_y="NEXT")
        header = ["Omschrijving"] + D.YEAR_HEADERS
        rows = [(["Lasten per programma"] + [""] * 6, "sub")]
        for nr, name, vals in ov["lasten"]:
            rows.append(([f"Programma {nr} {name}"] + [fmt_int(v) for v in vals], None))
        rows.append((["Totaal lasten"] + [fmt_int(v) for v in ov["tot_lasten"]], "bold"))
        rows.append((["Baten per programma"] + [""] * 6, "sub"))
        for nr, name, vals in ov["baten"]:
            rows.append(([f"Programma {nr} {name}"] + [fmt_int(v) for v in vals], None))
        rows.append((["Totaal baten"] + [fmt_int(v) for v in ov["tot_baten"]], "bold"))
        rows.append((["Saldo van baten en lasten"] + [fmt_int(v) for v in ov["saldo"]], "bold"))
        rows.append((["Toevoegingen aan reserves"] + [fmt_int(v) for v in ov["toev"]], None))
        rows.append((["Onttrekkingen aan reserves"] + [fmt_int(v) for v in ov["ontt"]], None))
        rows.append((["Begrotingssaldo na reserves"] + [fmt_int(v) for v in ov["resultaat"]], "tot"))
        self.grid(header, rows, [87] + [30] * 6, ["LEFT"] + ["RIGHT"] * 6, font_size=7.8, line_height=4.2)
        self.note("Positief begrotingssaldo = overschot; negatief = tekort. De kolom Rekening 2025 bevat het "
                  "gerealiseerde resultaat.")

        self.h2("1.2 Structureel en reëel evenwicht", "struct")
        self.para(
            "De provincie beoordeelt of onze begroting structureel en reëel in evenwicht is. Daarvoor "
            "corrigeren we het begrotingssaldo voor incidentele baten en lasten: eenmalige inkomsten en uitgaven, "
            "waaronder incidentele onttrekkingen en toevoegingen aan reserves, tellen niet mee. Wat overblijft is "
            "het structureel begrotingssaldo: het saldo van de terugkerende baten en lasten. Alleen als dat saldo "
            "nul of positief is, kunnen we onze vaste uitgaven duurzaam uit vaste inkomsten betalen.")
        self.caption("Tabel 1.2  Structureel begrotingssaldo")
        rows = [
            (["Begrotingssaldo na reserves"] + [fmt_int(v) for v in st["saldo"]], None),
            (["Af: incidentele baten"] + [fmt_int(v) for v in st["inc_baten"]], None),
            (["Bij: incidentele lasten"] + [fmt_int(v) for v in st["inc_lasten"]], None),
            (["Structureel begrotingssaldo"] + [fmt_int(v) for v in st["structureel"]], "tot"),
        ]
        self.grid(["(x € 1.000)", "Begroting 2027", "Raming 2028", "Raming 2029", "Raming 2030"], rows,
                  [95, 30, 30, 30, 30], ["LEFT"] + ["RIGHT"] * 4)
        self.caption("Tabel 1.3  Incidentele baten en lasten")
        rows = [(["", "Incidentele lasten", "", "", "", "", ""], "sub")]
        for nr, oms, prog, vals in D.INCIDENTELE_LASTEN:
            rows.append(([str(nr), oms, str(prog)] + [fmt_int(v) for v in vals], None))
        rows.append((["", "Totaal incidentele lasten", ""] + [fmt_int(v) for v in st["inc_lasten"]], "bold"))
        rows.append((["", "Incidentele baten", "", "", "", "", ""], "sub"))
        for nr, oms, prog, vals in D.INCIDENTELE_BATEN:
            rows.append(([str(nr), oms, str(prog)] + [fmt_int(v) for v in vals], None))
        rows.append((["", "Totaal incidentele baten", ""] + [fmt_int(v) for v in st["inc_baten"]], "bold"))
        self.grid(["Nr", "Omschrijving", "Progr.", "2027", "2028", "2029", "2030"], rows,
                  [12, 110, 16, 26, 26, 26, 26], ["CENTER", "LEFT", "CENTER"] + ["RIGHT"] * 4,
                  font_size=7.8, line_height=4.1)
        self.note("Alle bedragen in deze tabel zijn x € 1.000. Incidentele onttrekkingen aan reserves zijn als "
                  "incidentele baten opgenomen, incidentele toevoegingen als incidentele lasten.")

    # -- programmes ----------------------------------------------------------
    def prog_table(self, pr):
        sc = pr["scale"]
        t = D.programme_totals(pr)
        f = lambda vals: [fmt_scaled(v, sc) for v in vals]
        rows = [(["Lasten per taakveld"] + [""] * 6, "sub")]
        for code, lab, vals in pr["lasten"]:
            rows.append(([f"{code} {lab}"] + f(vals), None))
        rows.append((["Totaal lasten"] + f(t["lasten"]), "bold"))
        rows.append((["Baten per taakveld"] + [""] * 6, "sub"))
        for code, lab, vals in pr["baten"]:
            rows.append(([f"{code} {lab}"] + f(vals), None))
        rows.append((["Totaal baten"] + f(t["baten"]), "bold"))
        rows.append((["Saldo van baten en lasten"] + f(t["saldo"]), "bold"))
        rows.append((["Toevoegingen aan reserves"] + f(pr["toevoegingen"]), None))
        rows.append((["Onttrekkingen aan reserves"] + f(pr["onttrekkingen"]), None))
        rows.append((["Geraamd resultaat"] + f(t["resultaat"]), "tot"))
        first = "(x € 1.000)" if pr["scale_place"] == "header" else "Omschrijving"
        self.caption(f"Tabel 2.{pr['nr']}  Wat mag het kosten? Programma {pr['nr']} {pr['name']}")
        if pr["scale_place"] == "above":
            self.pdf.set_font("DV", "", 8)
            self.pdf.cell(0, 4.5, "Bedragen in €", new_x="LMARGIN", new_y="NEXT")
        self.grid([first] + D.YEAR_HEADERS, rows, [87] + [30] * 6, ["LEFT"] + ["RIGHT"] * 6,
                  font_size=7.8, line_height=4.2)
        if pr["scale_place"] == "footnote":
            if sc == "k":
                self.note("Bedragen x € 1.000. Een negatief bedrag is een nadeel.")
            else:
                self.note("Bedragen in hele euro's. Een negatief bedrag is een nadeel.")

    def programmes(self):
        P = {pr["nr"]: pr for pr in D.PROGRAMMES}
        p = self.pdf
        # ---- Programma 1
        p.add_page()
        self.h1("2. Programma's", "ch2")
        self.h2("2.1 Programma 1 Bestuur en Veiligheid", "p1")
        self.h3("Wat willen we bereiken?")
        self.para(
            "Inwoners voelen zich veilig in hun woonomgeving en hebben vertrouwen in het gemeentebestuur. Uit de "
            f"veiligheidsmonitor 2025 blijkt dat {D.PROSE_MUNI['veilig_pct']} van de inwoners zich (vaak) veilig "
            "voelt in de eigen buurt. Dat willen we minimaal zo houden. Daarnaast willen we dat inwoners hun "
            "zaken met de gemeente snel en digitaal kunnen regelen.")
        self.h3("Wat gaan we daarvoor doen?")
        self.bullets([
            "We zetten de aanpak van ondermijning voort met een tijdelijke projectleider, gefinancierd uit de "
            "reserve ondermijningsaanpak.",
            "We dragen bij aan de Veiligheidsregio voor brandweerzorg en crisisbeheersing. Onze bijdrage voor "
            f"2027 bedraagt {D.PROSE_MUNI['vr_bijdrage']}.",
            "In maart 2027 organiseren we de verkiezingen voor Provinciale Staten en het waterschap.",
        ])
        self.prog_table(P[1])
        # ---- Programma 2
        p.add_page()
        self.h2("2.2 Programma 2 Sociaal Domein", "p2")
        self.h3("Wat willen we bereiken?")
        self.para(
            "Doel 2.1 'Iedereen doet mee': alle inwoners kunnen naar vermogen meedoen in de samenleving, via werk, "
            "vrijwilligerswerk of dagbesteding. Wie dat niet op eigen kracht kan, krijgt passende ondersteuning "
            "dicht bij huis. Doel 2.2 'Gezond en veilig opgroeien': kinderen en jongeren groeien gezond en veilig "
            "op; problemen in gezinnen signaleren we vroeg, zodat lichte hulp volstaat en zware jeugdhulp minder "
            "vaak nodig is.")
        self.h3("Wat gaan we daarvoor doen?")
        self.bullets([
            "Met de pilot 'Vroeg Erbij' zetten we praktijkondersteuners jeugd in bij alle huisartsen en "
            "jeugdverpleegkundigen op de basisscholen. Zij bieden gezinnen vroegtijdig lichte ondersteuning, zodat "
            "doorverwijzing naar specialistische jeugdhulp wordt voorkomen. De pilot loopt in 2027 en 2028 en wordt "
            "gedekt uit de reserve sociaal domein.",
            "Via de regionale inkoop jeugdhulp, samen met vijf buurgemeenten, besteden we in 2027 "
            f"{D.PROSE_MUNI['jeugd_ggz']} aan specialistische jeugd-GGZ.",
            f"In 2025 maakten {D.PROSE_MUNI['minima_huishoudens']} huishoudens gebruik van één of meer "
            "minimaregelingen. We vereenvoudigen de aanvraag, zodat meer rechthebbenden worden bereikt.",
            "We zetten de wijkteams door als één toegang voor Wmo, jeugd en schuldhulpverlening.",
        ])
        self.para(
            "De lasten in het sociaal domein stijgen vooral door de groei van het aantal cliënten met een "
            "maatwerkvoorziening en door de indexatie van de tarieven van zorgaanbieders. De rijksbijdrage voor "
            "de bijstand (BUIG) is verantwoord op taakveld 6.3 Inkomensregelingen.")
        self.prog_table(P[2])
        # ---- Programma 3
        p.add_page()
        self.h2("2.3 Programma 3 Onderwijs, Sport en Cultuur", "p3")
        self.h3("Wat willen we bereiken?")
        self.para(
            "Elk kind krijgt de kans zich te ontwikkelen in een goed en duurzaam schoolgebouw. Inwoners sporten en "
            "bewegen meer, en cultuur en bibliotheek zijn voor iedereen bereikbaar. De bibliotheek telde eind 2025 "
            f"{D.PROSE_MUNI['bieb_leden']} leden.")
        self.h3("Wat gaan we daarvoor doen?")
        self.bullets([
            "We breiden IKC De Horizon uit en renoveren zwembad De Wielewaal (zie het investeringsplan).",
            "In 2027 viert Brederwijde haar 750-jarig bestaan met een programma van activiteiten in alle kernen; "
            "de kosten worden gedekt uit de daarvoor gevormde reserve.",
            "De kapitaallasten van de gerenoveerde sporthal De Brede Hoek dekken we jaarlijks uit de reserve "
            "kapitaallasten sportaccommodaties.",
        ])
        self.prog_table(P[3])
        # ---- Programma 4
        p.add_page()
        self.h2("2.4 Programma 4 Fysieke Leefomgeving", "p4")
        self.h3("Wat willen we bereiken?")
        self.para(
            "Een veilige, schone en goed onderhouden openbare ruimte, voldoende betaalbare woningen en een "
            f"riolering die bestand is tegen hevige regenval. In 2027 willen we {D.PROSE_MUNI['woningen_opleveren']} "
            "nieuwe woningen opleveren, vooral in het plan Kloosterakker.")
        self.h3("Wat gaan we daarvoor doen?")
        self.bullets([
            "We actualiseren het omgevingsplan; de kosten worden in 2027 en 2028 gedekt uit de reserve "
            "omgevingswet.",
            "We nemen in 2027 en 2028 tussentijds winst op de grondexploitatie Kloosterakker.",
            "Het tekort op afval in 2027 vangen we op met een onttrekking uit de egalisatiereserve "
            "afvalstoffenheffing, zodat het tarief niet extra hoeft te stijgen.",
        ])
        self.prog_table(P[4])
        # ---- Programma 5
        p.add_page()
        self.h2("2.5 Programma 5 Economie en Duurzaamheid", "p5")
        self.h3("Wat willen we bereiken?")
        self.para(
            "Een sterke lokale economie met werk dichtbij, een aantrekkelijk centrum en een gemeente die in 2040 "
            f"energieneutraal is. De werkloosheid in Brederwijde bedraagt {D.PROSE_MUNI['werkloosheid']}, lager dan "
            "het landelijk gemiddelde.")
        self.h3("Wat gaan we daarvoor doen?")
        self.bullets([
            "Met de specifieke uitkering energiearmoede (SPUK) helpen we huishoudens met een laag inkomen hun "
            "woning te verduurzamen.",
            "Uit het duurzaamheidsfonds verstrekken we in 2027 en 2028 subsidies aan verenigingen en "
            "maatschappelijke organisaties voor isolatie en zonnepanelen.",
            "De opbrengst van de toeristenbelasting is verantwoord op taakveld 3.4 Economische promotie.",
        ])
        self.prog_table(P[5])
        # ---- Programma 6
        p.add_page()
        self.h2("2.6 Programma 6 Algemene dekkingsmiddelen en overhead", "p6")
        self.para(
            "Dit programma bevat de algemene inkomsten van de gemeente die niet aan een bepaald doel gebonden "
            "zijn: de algemene uitkering uit het gemeentefonds, de onroerendezaakbelastingen en de opbrengsten "
            "uit treasury. Daarnaast zijn hier de kosten van de overhead en de post onvoorzien opgenomen.")
        self.prog_table(P[6])
        p.add_page()
        self.h3("Reserves")
        self.para(
            "De gemeente heeft één algemene reserve en een aantal bestemmingsreserves. De algemene reserve is de "
            "vrij besteedbare buffer waarmee we onverwachte tegenvallers en risico's opvangen; zij maakt het "
            "grootste deel uit van onze weerstandscapaciteit. De reserve sociaal domein is een buffer voor "
            "tegenvallers in jeugdhulp en Wmo en dekt de pilot 'Vroeg Erbij'. De reserve kapitaallasten "
            "sportaccommodaties dekt de kapitaallasten (afschrijving en rente) van de gerenoveerde sporthal De "
            "Brede Hoek, zodat die lasten niet op de exploitatie drukken. De egalisatiereserve "
            "afvalstoffenheffing vangt schommelingen in de kosten van inzameling en verwerking van afval op, zodat "
            "het tarief van de afvalstoffenheffing stabiel blijft: overschotten worden toegevoegd, tekorten "
            "onttrokken. De reserve omgevingswet dekt de eenmalige kosten van de invoering van de Omgevingswet en "
            "de actualisatie van het omgevingsplan. Het duurzaamheidsfonds is bestemd voor subsidies voor het "
            "verduurzamen van maatschappelijk vastgoed.")
        self.caption("Tabel 2.7  Verloop reserves 2027")
        rows = []
        tot = [0, 0, 0, 0]
        for name, b, t_, o in D.RESERVES_2027:
            e = b + t_ - o
            for i, v in enumerate([b, t_, o, e]):
                tot[i] += v
            rows.append(([name, fmt_int(b), fmt_int(t_), fmt_int(o), fmt_int(e)], None))
        rows.append((["Totaal reserves"] + [fmt_int(v) for v in tot], "tot"))
        self.grid(["(x € 1.000)", "Stand 1-1-2027", "Toevoegingen 2027", "Onttrekkingen 2027", "Stand 31-12-2027"],
                  rows, [95, 32, 32, 32, 32], ["LEFT"] + ["RIGHT"] * 4)

    def paragrafen(self):
        p = self.pdf
        p.add_page()
        self.h1("3. Paragrafen", "ch3")
        self.h2("3.1 Lokale heffingen", "heff")
        self.para(
            "De tarieven van de onroerendezaakbelastingen stijgen in 2027 met de inflatie (2,3%) plus een extra "
            "verhoging van 1%, gecorrigeerd voor de waardeontwikkeling. De afvalstoffenheffing en de rioolheffing "
            "zijn gebaseerd op volledige kostendekking. De tabel hieronder geeft de tarieven die de lokale "
            "lastendruk bepalen.")
        self.caption("Tabel 3.1  Lokale lastendruk: tarieven 2026 en 2027")
        rows = []
        for lab, unit, a, b in D.LASTENDRUK:
            ch = (b - a) / a * 100
            if unit.startswith("%"):
                rows.append(([lab, unit, fmt_dec(a, 4) + "%", fmt_dec(b, 4) + "%", fmt_dec(ch, 1) + "%"], None))
            else:
                rows.append(([lab, unit, fmt_dec(a, 2), fmt_dec(b, 2), fmt_dec(ch, 1) + "%"], None))
        self.grid(["Heffing", "Eenheid", "Tarief 2026", "Tarief 2027", "Mutatie"], rows,
                  [85, 45, 32, 32, 28], ["LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"])
        self.note("OZB-tarieven als percentage van de WOZ-waarde. Afvalstoffenheffing en rioolheffing in euro's per "
                  "huishouden per jaar.")
        self.h2("3.2 Weerstandsvermogen en risicobeheersing", "weer")
        self.para(
            "Het BBV schrijft voor dat de begroting een set financiële kengetallen bevat. De kengetallen geven "
            "samen een beeld van de financiële positie. De netto schuldquote loopt op door de investeringen in "
            "onderwijshuisvesting en het zwembad, maar blijft ruim onder de signaleringswaarde van 100%.")
        self.caption("Tabel 3.2  Verplichte financiële kengetallen (in %)")
        rows = []
        for lab, vals in D.KENGETALLEN:
            if vals is None:
                vals = D.struct_exploitatieruimte()
            rows.append(([lab] + ["-" if v is None else fmt_dec(v, 1) + "%" for v in vals], None))
        self.grid(["Kengetal"] + D.YEAR_HEADERS, rows, [87] + [30] * 6, ["LEFT"] + ["RIGHT"] * 6)
        self.note("De belastingcapaciteit wordt alleen voor het begrotingsjaar en de voorgaande jaren berekend.")
        p.add_page()
        self.h2("3.3 Bedrijfsvoering", "bedr")
        self.para(
            f"De formatie van de ambtelijke organisatie bedraagt in 2027 {D.PROSE_MUNI['formatie_fte']} fte. "
            "Door krapte op de arbeidsmarkt blijft externe inhuur nodig, vooral in het ruimtelijk domein. In 2027 "
            "vervangen we het zaaksysteem; de eenmalige implementatiekosten zijn als incidentele last opgenomen.")

    def investeringen(self):
        p = self.pdf
        self.h1("4. Investeringsplan 2027-2030", "inv")
        self.para(
            "Het investeringsplan bevat de investeringen die wij in de komende vier jaar willen doen. De "
            "kapitaallasten (rente en afschrijving) van deze investeringen zijn in de programma's verwerkt. "
            "Kredieten voor 2027 worden met het vaststellen van deze begroting beschikbaar gesteld.")
        self.caption("Tabel 4.1  Investeringsplan 2027-2030")
        p.set_font("DV", "", 8)
        p.cell(0, 4.5, "Bedragen in €", new_x="LMARGIN", new_y="NEXT")
        rows = []
        tot = [0, 0, 0, 0]
        for nr, oms, prog, term, vals in D.INVESTERINGEN:
            for i, v in enumerate(vals):
                tot[i] += v
            rows.append(([str(nr), oms, str(prog), str(term)] + [fmt_int(v) for v in vals] + [fmt_int(sum(vals))],
                         None))
        rows.append((["", "Totaal investeringen", "", ""] + [fmt_int(v) for v in tot] + [fmt_int(sum(tot))], "tot"))
        self.grid(["Nr", "Investering", "Progr.", "Afschr. (jaren)", "2027", "2028", "2029", "2030",
                   "Totaal 2027-2030"], rows,
                  [10, 85, 15, 20, 26, 26, 26, 26, 30], ["CENTER", "LEFT", "CENTER", "CENTER"] + ["RIGHT"] * 5)

    def beleidsindicatoren(self):
        p = self.pdf
        p.add_page()
        self.h1("Bijlage 1  Beleidsindicatoren", "bi")
        self.para(
            "Gemeenten zijn verplicht een vaste set beleidsindicatoren in de begroting op te nemen. De gegevens "
            "komen van waarstaatjegemeente.nl; de indicatoren voor de bedrijfsvoering zijn op de eigen begroting "
            "gebaseerd. De kolom 'Jaar' geeft aan op welk jaar de meest recente meting betrekking heeft.")
        names = {pr["nr"]: pr["name"] for pr in D.PROGRAMMES}
        rows = []
        cur = None
        src = {1: "Politie / Bureau Halt", 2: "CBS", 3: "DUO / RMC", 4: "CBS / Rijkswaterstaat", 5: "Klimaatmonitor",
               6: "Eigen begroting"}
        for prog, ind, unit, yr, val, nl in D.BELEIDSINDICATOREN:
            if prog != cur:
                cur = prog
                rows.append(([f"Programma {prog} {names[prog]}", "", "", "", "", ""], "sub"))
            if val is None:
                val = fmt_dec(D.overhead_pct_2027(), 1)
            rows.append(([ind, unit, yr, val, nl, src[prog]], None))
        self.caption("Tabel B1.1  Verplichte beleidsindicatoren")
        self.grid(["Indicator", "Eenheid", "Jaar", "Brederwijde", "Nederland", "Bron"], rows,
                  [80, 72, 16, 26, 26, 40], ["LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT", "LEFT"],
                  font_size=7.8, line_height=4.3)

    def build(self):
        self.cover()
        self.toc()
        self.chapter1()
        self.programmes()
        self.paragrafen()
        self.investeringen()
        self.beleidsindicatoren()
        return self.pdf


def main():
    first = Builder({})
    first.build()
    b = Builder(first.found)
    pdf = b.build()
    assert b.found == first.found, "page numbers moved between passes"
    pdf.output(OUT)
    print(f"wrote {OUT} ({pdf.page_no()} pages)")


if __name__ == "__main__":
    main()
