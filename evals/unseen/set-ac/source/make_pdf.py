"""Builds corpus/vennebrugge-programmabegroting-2028.pdf with pikepdf from hand-made content streams."""
import os
import sys

import pikepdf

import data as D
from pdfkit_low import Page, sw

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "vennebrugge-programmabegroting-2028.pdf")
RUN_LEFT = "Gemeente Vennebrugge  |  Programmabegroting 2028"
TOTAL_PAGES = 17


# ---------------------------------------------------------------------------
# number formatting
# ---------------------------------------------------------------------------
def nl_int(v):
    return f"{abs(int(v)):,}".replace(",", ".")


def amt(v, neg="minus"):
    if v is None:
        return ""
    if v == 0:
        return "0" if neg == "minus" else "-"
    s = nl_int(v)
    if v < 0:
        return "-" + s if neg == "minus" else "(" + s + ")"
    return s


def dec(v, nd):
    s = f"{abs(v):.{nd}f}".replace(".", ",")
    return ("-" if v < 0 else "") + s


# ---------------------------------------------------------------------------
# page furniture
# ---------------------------------------------------------------------------
def furniture(pg, nr, chapter):
    m = 50 if pg.landscape else 56
    top = pg.h - 34
    pg.text(m, top, RUN_LEFT, "F3", 7.5)
    pg.rtext(pg.w - m, top, chapter, "F1", 7.5)
    pg.hline(m, pg.w - m, top - 4, 0.4, 0.3)
    pg.hline(m, pg.w - m, 40, 0.4, 0.3)
    pg.rtext(pg.w - m, 28, f"Pagina {nr} van {TOTAL_PAGES}", "F1", 7.5)


# ---------------------------------------------------------------------------
# generic table
# ---------------------------------------------------------------------------
def table(pg, x, y, label_w, col_w, headers, rows, neg="minus", rules="horizontal", rotate=False,
          scale_cell=None, size=7.5, row_h=11.5, tj=False, extra_cols=None):
    """headers: list of column header strings ('|' = line break).
    rows: list of (label, values, style) with style in '', 'b' (bold total), 'h' (bold heading without
    values), 'gap' (empty spacing row), 'i' (italic)."""
    ncol = len(headers)
    right = x + label_w + ncol * col_w
    hs = size - 0.5
    if rotate:
        hh = max(max(sw(p, "F2", hs) for p in h.split("|")) for h in headers) + 10
    else:
        hh = max(len(h.split("|")) for h in headers) * (hs + 2) + 6
    if rules == "horizontal":
        pg.hline(x, right, y, 0.8)
    for i, h in enumerate(headers):
        parts = h.split("|")
        cx_right = x + label_w + (i + 1) * col_w - 3
        if rotate:
            # bottom-to-top: baseline runs upward, glyphs extend to the left of the baseline
            n = len(parts)
            for j, ptxt in enumerate(parts):
                bx = cx_right - (n - 1 - j) * (hs + 1.5)
                pg.vtext(bx, y - hh + 4, ptxt, "F2", hs)
        else:
            for j, ptxt in enumerate(parts):
                pg.rtext(cx_right, y - (j + 1) * (hs + 2), ptxt, "F2", hs)
    if scale_cell:
        pg.text(x, y - hh + 4, scale_cell, "F3", hs)
    y -= hh
    if rules == "horizontal":
        pg.hline(x, right, y, 0.5)
    for label, vals, style in rows:
        if style == "gap":
            y -= row_h / 2
            continue
        y -= row_h
        font = "F2" if style in ("b", "h") else ("F3" if style == "i" else "F1")
        if style == "b" and rules == "horizontal":
            pg.hline(x, right, y + row_h - 2.5, 0.4)
        indent = 0 if style in ("b", "h") else 6
        pg.text(x + indent, y, label, font, size)
        if vals is None:
            continue
        for i, v in enumerate(vals):
            s = v if isinstance(v, str) else amt(v, neg)
            xr = x + label_w + (i + 1) * col_w - 3
            if tj and len(s) > 4 and not isinstance(v, str):
                pg.num_tj(xr, y, s, font, size, kern=-9 if i % 2 == 0 else -12)
            else:
                pg.rtext(xr, y, s, font, size)
    if rules == "horizontal":
        pg.hline(x, right, y - 4, 0.8)
    assert y - 4 > 48, ("table runs into the footer", y)
    return y - 4


def prog_rows(p, part="all"):
    t = D.prog_totals(p)
    rows = []
    if part in ("all", "lasten"):
        rows.append(("Lasten", None, "h"))
        rows += [(lab, v, "") for lab, v in p["lasten"]]
        rows.append(("Totaal lasten", t["lasten"], "b"))
    if part in ("all", "baten"):
        if part == "all":
            rows.append(("", None, "gap"))
        rows.append(("Baten", None, "h"))
        rows += [(lab, v, "") for lab, v in p["baten"]]
        rows.append(("Totaal baten", t["baten"], "b"))
        rows.append(("", None, "gap"))
        rows.append(("Saldo van baten en lasten", t["saldo"], "b"))
        rows.append(("Toevoegingen aan reserves", p["toevoegingen"], ""))
        rows.append(("Onttrekkingen aan reserves", p["onttrekkingen"], ""))
        rows.append(("Geraamd resultaat", t["resultaat"], "b"))
    return rows


HDR6 = ["Realisatie|2026", "Begroting|2027|(na wijziging)", "Begroting|2028", "Raming|2029", "Raming|2030", "Raming|2031"]
HDR6_ROT = ["Realisatie 2026", "Begroting 2027|(na wijziging)", "Begroting 2028", "Raming 2029", "Raming 2030", "Raming 2031"]


# ---------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------
def p01():
    pg = Page()
    furniture(pg, 1, "Titelpagina")
    pg.rect_fill(56, 560, 483, 150, 0.88)
    pg.text(76, 670, "Programmabegroting 2028", "F2", 26)
    pg.text(76, 640, "Meerjarenraming 2029-2031", "F1", 15)
    pg.text(76, 590, "Gemeente Vennebrugge", "F2", 15)
    y = 500
    for ln in ["Aangeboden aan de gemeenteraad op 1 oktober 2027",
               "Behandeling in de raadsvergadering van 6 november 2027",
               "",
               "Samengesteld door de afdeling Financiën en Control",
               "Postbus 40, Vennebrugge"]:
        if ln:
            pg.text(76, y, ln, "F1", 10)
        y -= 15
    y = pg.para(76, 330, "Deze begroting is opgesteld volgens het Besluit begroting en verantwoording "
                "provincies en gemeenten (BBV). De programma's volgen de indeling in taakvelden; de "
                "bedragen per programma staan in de paragraaf 'Wat mag het kosten?'.", 443, "F3", 9)
    return pg


def p02():
    pg = Page()
    furniture(pg, 2, "Inhoud en leeswijzer")
    y = pg.heading(56, 790, "Inhoud")
    toc = [("1", "Vennebrugge in cijfers en aanbieding", 3), ("2", "Financieel beeld", 4),
           ("3", "Programma 1 Bestuur en veiligheid", 5), ("4", "Programma 2 Sociaal domein", 6),
           ("5", "Programma 3 Fysieke leefomgeving", 9), ("6", "Programma 4 Economie, onderwijs, cultuur en sport", 10),
           ("7", "Algemene dekkingsmiddelen, overhead en incidentele posten", 12),
           ("8", "Structureel begrotingssaldo en financiële kengetallen", 13), ("9", "Lokale lastendruk", 14),
           ("10", "Staat van reserves en voorzieningen", 15), ("11", "Investeringsplan 2028-2031", 16),
           ("12", "Beleidsindicatoren", 17)]
    for nr, t, p in toc:
        pg.text(56, y, nr, "F1", 10)
        pg.text(80, y, t, "F1", 10)
        pg.rtext(539, y, str(p), "F1", 10)
        y -= 15
    y -= 20
    y = pg.heading(56, y, "Leeswijzer", 12)
    y = pg.para(56, y, "De programmabegroting bestaat uit de beleidsbegroting (de programma's en de paragrafen) en de "
                "financiële begroting. Elk programma beantwoordt drie vragen: wat willen we bereiken, wat gaan we "
                "daarvoor doen en wat mag het kosten? De financiële tabellen tonen de realisatie over 2026, de "
                "begroting 2027 na wijziging, de begroting 2028 en de ramingen voor 2029 tot en met 2031.")
    y = pg.para(56, y, "Let op de eenheden. Niet alle tabellen gebruiken dezelfde schaal: sommige overzichten zijn in "
                "hele euro's, andere in duizenden euro's (x € 1.000). De schaal staat steeds bij de tabel vermeld, "
                "in de titel, in de kop van de eerste kolom of in een noot onder de tabel. Negatieve bedragen staan "
                "in een deel van de tabellen met een minteken en in andere tussen haakjes; een negatief saldo is een "
                "nadeel.")
    y = pg.para(56, y, "Door afronding op duizenden euro's kunnen optellingen in de samenvattende overzichten een "
                "verschil van 1 laten zien ten opzichte van de onderliggende programma's.")
    return pg


def p03():
    pg = Page()
    furniture(pg, 3, "1 Vennebrugge in cijfers en aanbieding")
    y = pg.heading(56, 790, "1  Vennebrugge in cijfers en aanbieding")
    pg.text(56, y, "Tabel 1.1  Algemene gegevens", "F2", 9)
    y -= 18
    pg.text(56, y, "Omschrijving", "F3", 8)
    pg.rtext(380, y, "Aantal", "F3", 8)
    pg.text(400, y, "Peildatum", "F3", 8)
    for lab, v, peil in D.ALGEMEEN:
        y -= 13
        ind = 12 if lab.startswith("waarvan") else 0
        pg.text(56 + ind, y, lab, "F1", 9)
        pg.rtext(380, y, nl_int(v), "F1", 9)
        pg.text(400, y, peil, "F1", 9)
    y -= 30
    y = pg.heading(56, y, "Aanbieding", 12)
    y = pg.para(56, y, "Hierbij bieden wij u de programmabegroting 2028 en de meerjarenraming 2029-2031 aan. Vennebrugge "
                "groeit: sinds 2020 kwamen er ruim 1.900 inwoners bij en de vraag naar woningen blijft groot. Tegelijk "
                "stijgen de kosten in het sociaal domein sneller dan de inkomsten uit het gemeentefonds. Deze begroting "
                "laat voor 2028 een klein positief resultaat zien en is ook structureel sluitend; in 2029 is er een "
                "beperkt structureel tekort, dat vanaf 2030 weer omslaat in een overschot.")
    y = pg.para(56, y, "Wij maken in deze begroting een aantal keuzes. We investeren in de nieuwbouw van een integraal "
                "kindcentrum, vervangen riolering en versterken de aanpak van ondermijning. Om de lasten voor inwoners "
                "beperkt te houden stijgt de onroerendezaakbelasting voor woningen niet meer dan nodig om de inflatie "
                "te volgen. De woonlasten voor een meerpersoonshuishouden met een eigen woning stijgen daardoor met "
                "minder dan 6 procent.")
    y = pg.para(56, y, "De gemeenteraad van Vennebrugge telt 27 zetels. Het college bestaat uit de burgemeester en vier "
                "wethouders. Wij danken de ambtelijke organisatie voor de inzet bij het opstellen van deze begroting.")
    pg.text(56, y - 6, "Burgemeester en wethouders van Vennebrugge", "F3", 9)
    return pg


def p04():
    pg = Page()
    furniture(pg, 4, "2 Financieel beeld")
    y = pg.heading(56, 790, "2  Financieel beeld")
    y = pg.para(56, y, "Het overzicht hieronder vat de begroting samen: per programma het saldo van baten en lasten, "
                "de algemene dekkingsmiddelen, de overhead en de mutaties in de reserves. Een negatief bedrag is een "
                "nadelig saldo. De saldi van de programma's die in hele euro's zijn begroot, zijn hier afgerond op "
                "duizenden euro's.")
    pg.text(56, y - 4, "Tabel 2.1  Overzicht van baten en lasten (bedragen x € 1.000)", "F2", 9)
    y -= 14
    o = D.overzicht()
    rows = [(lab, v, "") for lab, v in o["rows"]]
    rows.append(("Saldo van baten en lasten", o["saldo"], "b"))
    rows.append(("Toevoegingen aan reserves", o["toev"], ""))
    rows.append(("Onttrekkingen aan reserves", o["ontt"], ""))
    rows.append(("Geraamd resultaat", o["resultaat"], "b"))
    y = table(pg, 56, y, 243, 60, ["Begroting|2028", "Raming|2029", "Raming|2030", "Raming|2031"], rows,
              neg="minus", rules="horizontal", size=8, row_h=13)
    y -= 20
    r = o["resultaat"]
    y = pg.para(56, y, f"De begroting 2028 sluit met een positief resultaat van € {nl_int(r[0] * 1000)}. Voor 2029 "
                f"ramen we een nadeel van € {nl_int(r[1] * 1000)}; in de jaren 2030 en 2031 ontstaat weer een "
                "voordelig saldo. Het nadeel in 2029 komt vooral door hogere kapitaallasten van het nieuwe "
                "kindcentrum en door de afbouw van de onttrekking uit de reserve sociaal domein.")
    y = pg.para(56, y, "De algemene uitkering uit het gemeentefonds is gebaseerd op de meicirculaire 2027. De "
                "ontwikkeling na 2028 is voorzichtig geraamd; het Rijk heeft voor 2029 nog geen besluit genomen over "
                "de omvang van het accres. In hoofdstuk 8 staat het structurele begrotingssaldo, waarin de "
                "incidentele baten en lasten buiten beschouwing blijven.")
    return pg


def p05():
    pg = Page()
    furniture(pg, 5, "3 Programma 1 Bestuur en veiligheid")
    y = pg.heading(56, 790, "3  Programma 1 Bestuur en veiligheid")
    y = pg.heading(56, y, "Wat willen we bereiken?", 10.5, 4)
    y = pg.para(56, y, "Doel 1.1 Een dienstverlenende en betrouwbare gemeente. Inwoners en ondernemers kunnen hun zaken "
                "met de gemeente snel en digitaal regelen en krijgen antwoord binnen de afgesproken termijn.")
    y = pg.para(56, y, "Doel 1.2 Minder ondermijnende criminaliteit. Signalen van ondermijning worden eerder "
                "herkend en aangepakt. We werken met een barrièremodel voor risicobranches en passen de Wet Bibob "
                "toe bij vergunningen voor horeca, vastgoed en evenementen. Het tijdelijke versterkingsteam "
                "ondermijning wordt in 2028 eenmalig gefinancierd uit de algemene reserve.")
    y = pg.para(56, y, "Doel 1.3 Een veilige woonomgeving. Uit de Veiligheidsmonitor 2025 blijkt dat 84 procent van de "
                "inwoners zich vaak of altijd veilig voelt in de eigen buurt. Dat willen we minimaal zo houden.")
    y = pg.heading(56, y - 2, "Wat gaan we daarvoor doen?", 10.5, 4)
    y = pg.bullets(56, y, ["We vernieuwen de website en breiden het aantal digitale producten uit.",
                           "We betalen de bijdrage aan de veiligheidsregio voor brandweerzorg en crisisbeheersing.",
                           "We zetten boa's in op de overlastlocaties in het centrum en rond het station."])
    y = pg.heading(56, y - 2, "Wat mag het kosten?", 10.5, 4)
    pg.text(56, y - 2, "Tabel 3.1  Baten en lasten programma 1 (bedragen x € 1.000)", "F2", 8.5)
    y -= 10
    table(pg, 56, y, 183, 50, HDR6, prog_rows(D.PROGRAMMES[0]), neg="minus", rules="horizontal", size=7.5)
    return pg


def p06():
    pg = Page()
    furniture(pg, 6, "4 Programma 2 Sociaal domein")
    y = pg.heading(56, 790, "4  Programma 2 Sociaal domein")
    y = pg.heading(56, y, "Wat willen we bereiken?", 10.5, 4)
    y = pg.para(56, y, "Doel 2.1 Inwoners doen mee en zijn financieel zelfredzaam. Wie kan werken, vindt werk of een "
                "zinvolle dagbesteding. Inwoners met schulden krijgen snel hulp. In 2027 hielpen we 236 huishoudens "
                "met schuldhulpverlening; we willen meer huishoudens bereiken voordat de schulden problematisch zijn.")
    y = pg.para(56, y, "Doel 2.2 Kinderen en jongeren groeien veilig en gezond op. We zetten in op preventie en "
                "lichte hulp dichtbij, zodat minder jeugdigen zware, specialistische jeugdhulp nodig hebben. Voor de "
                "preventieve jeugdaanpak (praktijkondersteuners jeugd bij de huisartsen, jongerenwerk en "
                "opvoedondersteuning) is in 2028 bijna € 1,8 miljoen beschikbaar.")
    y = pg.para(56, y, "Doel 2.3 Ouderen en mensen met een beperking wonen zo lang mogelijk zelfstandig. De "
                "Wmo-voorzieningen blijven toegankelijk; we stimuleren algemene voorzieningen zoals de "
                "buurtkamers en de was- en klusdienst.")
    y = pg.heading(56, y - 2, "Wat gaan we daarvoor doen?", 10.5, 4)
    y = pg.bullets(56, y, ["We voeren het transformatieprogramma jeugdhulp uit. De kosten (€ 640.000 in 2028 en "
                           "€ 400.000 in 2029) dekken we uit de reserve sociaal domein.",
                           "We sluiten nieuwe contracten voor maatwerkdienstverlening 18+ met resultaatfinanciering.",
                           "We bouwen de sociale werkvoorziening verder af volgens de landelijke afspraken; het "
                           "aantal Wsw-medewerkers daalt door natuurlijk verloop."])
    y = pg.heading(56, y - 2, "Reserve sociaal domein", 10.5, 4)
    y = pg.para(56, y, "De reserve sociaal domein is bedoeld om schommelingen in de uitgaven voor jeugdhulp en Wmo "
                "op te vangen zonder dat de algemene reserve hoeft te worden aangesproken. Daarnaast dekt de reserve "
                "tijdelijk de kosten van het transformatieprogramma jeugdhulp. Na 2029 zijn geen onttrekkingen meer "
                "gepland.")
    y = pg.para(56, y, "De financiële tabel van dit programma staat op de volgende twee pagina's.", font="F3")
    return pg


def p07_p08():
    p = D.PROGRAMMES[1]
    pages = []
    for part, nr in (("lasten", 7), ("baten", 8)):
        pg = Page(landscape=True)
        furniture(pg, nr, "4 Programma 2 Sociaal domein")
        y = 540
        if part == "lasten":
            y = pg.heading(50, y, "Wat mag het kosten?", 11, 6)
            y = pg.para(50, y, "De lasten van het sociaal domein nemen in 2028 toe, vooral door hogere uitgaven voor "
                        "maatwerkdienstverlening 18+ en inkomensregelingen. De baten bestaan grotendeels uit de "
                        "rijksvergoeding voor de bijstand (BUIG).", 742, size=9)
            pg.text(50, y - 2, "Tabel 4.1  Baten en lasten programma 2", "F2", 9)
        else:
            pg.text(50, y - 2, "Tabel 4.1  Baten en lasten programma 2 (vervolg)", "F2", 9)
        y -= 12
        table(pg, 50, y, 270, 72, HDR6_ROT, prog_rows(p, part), neg="brackets", rules="none", rotate=True,
              scale_cell="bedragen in euro's", size=8, row_h=13, tj=True)
        pages.append(pg)
    return pages


def p09():
    pg = Page()
    furniture(pg, 9, "5 Programma 3 Fysieke leefomgeving")
    y = pg.heading(56, 790, "5  Programma 3 Fysieke leefomgeving")
    y = pg.para(56, y, "Doel 3.1 Een schone, groene en klimaatbestendige openbare ruimte. Het klimaatadaptatieplan "
                "richt zich op het afkoppelen van hemelwater van het riool, het vervangen van verharding door groen "
                "en het beperken van hittestress in de kernen. De uitvoering in 2028 wordt gedekt uit de reserve "
                "duurzaamheid.")
    y = pg.para(56, y, "Doel 3.2 Voldoende en betaalbare woningen. In 2028 en 2029 worden naar verwachting 412 nieuwe "
                "woningen opgeleverd, waarvan een derde in de sociale huur. De winst uit de grondexploitaties wordt "
                "toegevoegd aan de reserve grondexploitatie. Die reserve is een buffer voor de risico's van de lopende "
                "grondexploitaties; pas als de risico's zijn afgedekt, kan een deel vrijvallen naar de algemene reserve.")
    y -= 2
    pg.text(56, y, "Tabel 5.1  Wat mag het kosten? Programma 3", "F2", 8.5)
    y -= 6
    rows = prog_rows(D.PROGRAMMES[2])
    y = table(pg, 56, y, 189, 49, HDR6_ROT, rows, neg="brackets", rules="none", rotate=True, size=7.5, row_h=11)
    pg.text(56, y - 8, "Bedragen x € 1.000. Negatieve bedragen (nadelig) staan tussen haakjes.", "F3", 7.5)
    return pg


def p10():
    pg = Page()
    furniture(pg, 10, "6 Programma 4 Economie, onderwijs, cultuur en sport")
    y = pg.heading(56, 790, "6  Programma 4 Economie, onderwijs, cultuur en sport")
    y = pg.heading(56, y, "Wat willen we bereiken?", 10.5, 4)
    y = pg.para(56, y, "Doel 4.1 Een sterke lokale economie met een levendig centrum. We ondersteunen ondernemers via "
                "het ondernemersloket en werken met de centrumvereniging aan minder leegstand. De opbrengst van de "
                "toeristenbelasting is geraamd onder economische promotie.")
    y = pg.para(56, y, "Doel 4.2 Goede en duurzame schoolgebouwen. Het integraal kindcentrum De Vlonder vervangt twee "
                "verouderde basisscholen. Tot de oplevering krijgt basisschool De Klimop tijdelijke huisvesting; die "
                "kosten (€ 185.000 in 2028 en € 60.000 in 2029) worden gedekt uit de algemene reserve.")
    y = pg.para(56, y, "Doel 4.3 Meer inwoners sporten en bewegen. Voor de uitvoering van het lokale sportakkoord "
                "trekken we in 2028 € 275.000 uit. Het geld gaat naar beweegaanbod voor ouderen, zwemles voor "
                "kinderen uit gezinnen met een laag inkomen en het verduurzamen van sportkantines.")
    y = pg.para(56, y, "Doel 4.4 Cultuur is voor iedereen bereikbaar. De bibliotheek wordt een huis voor "
                "taal, leren en ontmoeten, met spreekuren van het Digitaal Hulpplein.")
    y = pg.heading(56, y - 2, "Wat gaan we daarvoor doen?", 10.5, 4)
    y = pg.bullets(56, y, ["We starten in 2028 met de bouw van De Vlonder (zie het investeringsplan).",
                           "We renoveren in 2029 sporthal De Kuil.",
                           "We onderzoeken samen met de buurgemeenten een gezamenlijke regionale citymarketing."])
    y = pg.para(56, y - 4, "De kapitaallasten van de onderwijshuisvesting worden deels gedekt uit de reserve "
                "kapitaallasten. De tabel met de baten en lasten van dit programma staat op de volgende pagina.",
                font="F3")
    return pg


def p11():
    pg = Page(landscape=True)
    furniture(pg, 11, "6 Programma 4 Economie, onderwijs, cultuur en sport")
    y = pg.heading(50, 540, "Wat mag het kosten?", 11, 6)
    pg.text(50, y, "Tabel 6.1  Baten en lasten programma 4 (bedragen in euro's)", "F2", 9)
    y -= 8
    table(pg, 50, y, 262, 78, HDR6, prog_rows(D.PROGRAMMES[3]), neg="minus", rules="horizontal", size=8,
          row_h=13, tj=True)
    return pg


def p12():
    pg = Page()
    furniture(pg, 12, "7 Algemene dekkingsmiddelen en incidentele posten")
    y = pg.heading(56, 790, "7  Algemene dekkingsmiddelen, overhead en incidentele posten")
    y = pg.para(56, y, "De algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden. De belangrijkste "
                "zijn de algemene uitkering uit het gemeentefonds en de onroerendezaakbelastingen.")
    pg.text(56, y, "Tabel 7.1  Algemene dekkingsmiddelen en overhead", "F2", 8.5)
    y -= 6
    rows = [(lab, v, "") for lab, v in D.ADM]
    rows.append(("Totaal algemene dekkingsmiddelen", D.adm_total(), "b"))
    rows.append(("", None, "gap"))
    rows.append(("Overhead (lasten)", D.OVERHEAD, ""))
    rows.append(("Vennootschapsbelasting (lasten)", D.VPB, ""))
    rows.append(("Onvoorzien (lasten)", D.ONVOORZIEN, ""))
    y = table(pg, 56, y, 182, 50, HDR6, rows, neg="minus", rules="horizontal", size=7.5)
    pg.text(56, y - 9, "Noot: alle bedragen in deze tabel x € 1.000. Het saldo financieringsfunctie is een last (minteken).",
            "F3", 7)
    y -= 30
    y = pg.heading(56, y, "Overzicht incidentele baten en lasten", 10.5, 4)
    y = pg.para(56, y, "Incidentele baten en lasten zijn posten die zich gedurende maximaal drie jaar voordoen. De "
                "onttrekkingen aan reserves voor incidentele uitgaven tellen mee als incidentele baten.")
    pg.text(56, y, "Tabel 7.2  Incidentele baten en lasten per programma", "F2", 8.5)
    y -= 6
    hdr = ["2028", "2029", "2030", "2031"]

    def inc_rows(items, total_label):
        rs = [(f"{'Progr. ' + pr if pr.isdigit() else ('Alg. dekk.' if pr == 'ADM' else pr)}  {oms}", v, "") for pr, oms, v in items]
        rs.append((total_label, [sum(r[2][j] for r in items) for j in range(4)], "b"))
        return rs

    rows = [("Incidentele lasten", None, "h")] + inc_rows(D.INC_LASTEN, "Totaal incidentele lasten")
    rows += [("", None, "gap"), ("Incidentele baten", None, "h")] + inc_rows(D.INC_BATEN, "Totaal incidentele baten")
    table(pg, 56, y, 283, 50, hdr, rows, neg="brackets", rules="horizontal", scale_cell="x € 1.000", size=7.5)
    return pg


def p13():
    pg = Page()
    furniture(pg, 13, "8 Structureel begrotingssaldo en kengetallen")
    y = pg.heading(56, 790, "8  Structureel begrotingssaldo en financiële kengetallen")
    y = pg.para(56, y, "De provincie beoordeelt of de begroting structureel en reëel in evenwicht is. Daarvoor worden de "
                "incidentele baten en lasten uit het begrotingssaldo gehaald.")
    pg.text(56, y, "Tabel 8.1  Structureel begrotingssaldo (x € 1.000)", "F2", 8.5)
    y -= 6
    s = D.structureel()
    rows = [("Begrotingssaldo (geraamd resultaat)", s["resultaat"], ""),
            ("Bij: incidentele lasten", s["inc_lasten"], ""),
            ("Af: incidentele baten", s["inc_baten"], ""),
            ("Structureel begrotingssaldo", s["structureel"], "b")]
    y = table(pg, 56, y, 243, 60, ["2028", "2029", "2030", "2031"], rows, neg="brackets", rules="horizontal",
              size=8, row_h=13)
    y -= 16
    y = pg.para(56, y, "Het structurele saldo is in 2028, 2030 en 2031 positief. In 2029 is er een klein structureel "
                "tekort; dat lossen we op bij de voorjaarsnota 2028.")
    y = pg.heading(56, y, "Financiële kengetallen", 10.5, 4)
    y = pg.para(56, y, "Het BBV schrijft zes kengetallen voor. Ze geven samen een beeld van de financiële positie. "
                "Alle kengetallen zijn in procenten; de structurele exploitatieruimte is berekend als het "
                "structurele saldo gedeeld door de totale baten.")
    pg.text(56, y, "Tabel 8.2  Verplichte kengetallen (%)", "F2", 8.5)
    y -= 6
    rows = []
    for lab, v in D.kengetallen():
        nd = 2 if lab.startswith("3.") else 1
        rows.append((lab, [dec(x, nd) for x in v], ""))
    y = table(pg, 56, y, 230, 42, HDR6_ROT, rows, rotate=True, rules="none", size=7.5, row_h=12)
    y -= 14
    y = pg.para(56, y, "De netto schuldquote stijgt tot 2030 door de investeringen in onderwijshuisvesting en "
                "riolering en blijft onder de signaalwaarde van 100 procent. De solvabiliteit daalt licht. De "
                "belastingcapaciteit blijft onder het landelijk gemiddelde (100).")
    return pg


def p14():
    pg = Page()
    furniture(pg, 14, "9 Lokale lastendruk")
    y = pg.heading(56, 790, "9  Lokale lastendruk")
    y = pg.para(56, y, "De tarieven voor 2028 zijn berekend op basis van kostendekkendheid (afval en riolering) en een "
                "inflatiecorrectie voor de onroerendezaakbelastingen. De WOZ-waarden stijgen naar verwachting met "
                "4,2 procent; het OZB-tarief voor woningen is daarvoor gecorrigeerd.")
    pg.text(56, y, "Tabel 9.1  Tarieven 2027 en 2028", "F2", 8.5)
    y -= 6
    hx = [56, 270, 380, 445, 539]
    pg.hline(56, 539, y, 0.8)
    y -= 11
    pg.text(hx[0], y, "Belasting of heffing", "F2", 7.5)
    pg.text(hx[1], y, "Eenheid", "F2", 7.5)
    pg.rtext(hx[2] + 40, y, "2027", "F2", 7.5)
    pg.rtext(hx[3] + 40, y, "2028", "F2", 7.5)
    pg.rtext(hx[4], y, "Verschil in %", "F2", 7.5)
    pg.hline(56, 539, y - 4, 0.5)
    for lab, eh, a, b, nd in D.TARIEVEN:
        y -= 13
        pg.text(hx[0], y, lab, "F1", 8)
        pg.text(hx[1], y, eh, "F1", 8)
        sa = dec(a, nd) + ("%" if nd == 4 else "")
        sb = dec(b, nd) + ("%" if nd == 4 else "")
        if nd == 2:
            sa, sb = "€ " + sa, "€ " + sb
        pg.rtext(hx[2] + 40, y, sa, "F1", 8)
        pg.rtext(hx[3] + 40, y, sb, "F1", 8)
        pg.rtext(hx[4], y, dec(D.pct_change(a, b), 1) + "%", "F1", 8)
    pg.hline(56, 539, y - 5, 0.8)
    y -= 30
    y = pg.heading(56, y, "Woonlasten", 10.5, 4)
    y = pg.para(56, y, "De woonlasten zijn de totale lasten van OZB, afvalstoffenheffing en rioolheffing voor een "
                "meerpersoonshuishouden dat eigenaar is van een woning met de gemiddelde WOZ-waarde.")
    pg.text(56, y, "Tabel 9.2  Woonlasten meerpersoonshuishouden (in euro's)", "F2", 8.5)
    y -= 6
    w = D.woonlasten()
    rows = [("Gemiddelde WOZ-waarde woning", [nl_int(D.WOZ_GEMIDDELD[0]), nl_int(D.WOZ_GEMIDDELD[1]),
                                               dec(D.pct_change(*D.WOZ_GEMIDDELD), 1) + "%"], ""),
            ("Onroerendezaakbelasting (eigenaar)", [dec(w[0][0], 2), dec(w[1][0], 2), dec(D.pct_change(w[0][0], w[1][0]), 1) + "%"], ""),
            ("Afvalstoffenheffing", [dec(w[0][1], 2), dec(w[1][1], 2), dec(D.pct_change(w[0][1], w[1][1]), 1) + "%"], ""),
            ("Rioolheffing", [dec(w[0][2], 2), dec(w[1][2], 2), dec(D.pct_change(w[0][2], w[1][2]), 1) + "%"], ""),
            ("Totale woonlasten", [dec(w[0][3], 2), dec(w[1][3], 2), dec(D.pct_change(w[0][3], w[1][3]), 1) + "%"], "b")]
    y = table(pg, 56, y, 243, 80, ["2027", "2028", "Verschil"], rows, rules="horizontal", size=8, row_h=13)
    y -= 16
    y = pg.para(56, y, "Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en "
                "de rioolheffing. De kwijtscheldingsnorm is 100 procent van de bijstandsnorm.")
    return pg


def p15():
    pg = Page(landscape=True)
    furniture(pg, 15, "10 Staat van reserves en voorzieningen")
    y = pg.heading(50, 540, "10  Staat van reserves en voorzieningen")
    pg.text(50, y, "Tabel 10.1  Verloop reserves en voorzieningen in 2028 (bedragen in euro's)", "F2", 9)
    y -= 8
    hdr = ["Saldo|1 januari 2028", "Toevoegingen|2028", "Onttrekkingen|2028", "Saldo|31 december 2028"]

    def grp(items, title, tot):
        ends = D.reserves_end(items)
        rs = [(title, None, "h")]
        rs += [(l, [b, t, o, e], "") for l, b, t, o, e in ends]
        rs.append((tot, [sum(r[i] for r in ends) for i in range(1, 5)], "b"))
        return rs

    rows = grp(D.RESERVES, "Reserves", "Totaal reserves") + [("", None, "gap")] + \
        grp(D.VOORZIENINGEN, "Voorzieningen", "Totaal voorzieningen")
    y = table(pg, 50, y, 330, 103, hdr, rows, neg="minus", rules="horizontal", size=8.5, row_h=14, tj=True)
    y -= 18
    pg.para(50, y, "De onttrekkingen uit de algemene reserve in 2028 betreffen de tijdelijke versterking van de aanpak "
            "ondermijning en de tijdelijke huisvesting van basisschool De Klimop. De reserve kapitaallasten dekt "
            "een deel van de afschrijvingen van onderwijsgebouwen en van de openbare verlichting. De reserve "
            "monumenten is bestemd voor subsidies aan eigenaren van gemeentelijke monumenten; in 2028 zijn geen "
            "mutaties gepland.", 742, size=9)
    return pg


def p16():
    pg = Page(landscape=True)
    furniture(pg, 16, "11 Investeringsplan 2028-2031")
    y = pg.heading(50, 540, "11  Investeringsplan 2028-2031")
    y = pg.para(50, y, "Het investeringsplan bevat de investeringen waarvoor de raad in deze begroting of eerder een "
                "krediet beschikbaar heeft gesteld of nog zal stellen. De kapitaallasten zijn in de programma's "
                "verwerkt vanaf het jaar na de investering.", 742, size=9)
    pg.text(50, y, "Tabel 11.1  Investeringsplan (x € 1.000)", "F2", 9)
    y -= 8
    per_year, per_row, tot = D.invest_totals()
    hdr = ["2028", "2029", "2030", "2031", "Totaal|2028-2031"]
    rows = []
    for (nr, oms, prog, v), t in zip(D.INVESTERINGEN, per_row):
        p = "Overhead" if prog == "Overhead" else f"Progr. {prog}"
        rows.append((f"{nr:>2}.  {oms}  ({p})", v + [t], ""))
    rows.append(("Totaal investeringen", per_year + [tot], "b"))
    y = table(pg, 50, y, 392, 70, hdr, rows, neg="brackets", rules="horizontal", scale_cell="x € 1.000",
              size=8.5, row_h=14)
    y -= 16
    pg.para(50, y, "De grootste investering is de nieuwbouw van integraal kindcentrum De Vlonder. Het totale krediet "
            "wordt verdeeld over drie jaren; de eerste schijf valt in 2028.", 742, size=9)
    return pg


def p17():
    pg = Page()
    furniture(pg, 17, "12 Beleidsindicatoren")
    y = pg.heading(56, 790, "12  Beleidsindicatoren")
    y = pg.para(56, y, "Gemeenten nemen verplicht een set beleidsindicatoren op (Regeling beleidsindicatoren). De "
                "waarden komen uit waarstaatjegemeente.nl; het jaar geeft aan op welke periode de meest recente "
                "waarde betrekking heeft. Waar geen landelijke waarde bestaat, staat n.b.")
    cols = [56, 190, 352, 404, 464, 489]
    pg.hline(56, 539, y, 0.8)
    y -= 11
    for x, h in zip(cols, ["Indicator", "Eenheid", "Jaar", "Vennebrugge", "Nederland", "Bron"]):
        if h in ("Vennebrugge", "Nederland", "Jaar"):
            pg.rtext({"Jaar": 374, "Vennebrugge": 440, "Nederland": 484}[h], y, h, "F2", 7)
        else:
            pg.text(x, y, h, "F2", 7)
    pg.hline(56, 539, y - 4, 0.5)
    for ind, eh, jr, v, nl, bron in D.INDICATOREN:
        y -= 12.5
        pg.text(56, y, ind if len(ind) < 34 else ind[:33].rsplit(" ", 1)[0], "F1", 7)
        if len(ind) >= 34:
            pg.text(62, y - 8, ind[len(ind[:33].rsplit(" ", 1)[0]):].strip(), "F1", 7)
        pg.text(190, y, eh, "F1", 7)
        pg.rtext(374, y, str(jr), "F1", 7)
        pg.rtext(440, y, v, "F1", 7)
        pg.rtext(484, y, nl if nl else "n.b.", "F1", 7)
        pg.text(492, y, bron, "F1", 7)
        if len(ind) >= 34:
            y -= 8
    pg.hline(56, 539, y - 5, 0.8)
    return pg


def build():
    pages = [p01(), p02(), p03(), p04(), p05(), p06(), *p07_p08(), p09(), p10(), p11(), p12(), p13(), p14(),
             p15(), p16(), p17()]
    assert len(pages) == TOTAL_PAGES, len(pages)
    pdf = pikepdf.new()
    fonts = pikepdf.Dictionary()
    for key, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold"), ("F3", "Helvetica-Oblique")):
        fonts["/" + key] = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                          BaseFont=pikepdf.Name("/" + base),
                                                          Encoding=pikepdf.Name.WinAnsiEncoding))
    resources = pikepdf.Dictionary(Font=fonts, ProcSet=pikepdf.Array([pikepdf.Name.PDF, pikepdf.Name.Text]))
    for pg in pages:
        stream = pikepdf.Stream(pdf, pg.content())
        page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=pikepdf.Array([0, 0, pg.w, pg.h]),
                                  Contents=stream, Resources=resources)
        pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Title"] = "Programmabegroting 2028 gemeente Vennebrugge"
    pdf.docinfo["/Author"] = "Gemeente Vennebrugge, afdeling Financiën en Control"
    pdf.docinfo["/Producer"] = "set-ac make_pdf.py (pikepdf, handgeschreven content streams)"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    pdf.save(OUT, compress_streams=True)
    print("wrote", os.path.abspath(OUT), len(pages), "pages")


if __name__ == "__main__":
    sys.exit(build())
