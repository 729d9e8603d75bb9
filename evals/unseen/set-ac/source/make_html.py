"""Builds corpus/veiligheidsregio-wessenland-kadernota-2029.html in the style of LibreOffice Writer's
'Save as HTML' export (colgroup/col widths, <p> with inline styles inside cells, <font>/<span>,
rowspan/colspan headers, &nbsp; padding, <br> inside cells, sdfootnote anchors)."""
import os

import data as D

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "veiligheidsregio-wessenland-kadernota-2029.html")

BORDER_ALL = "border: 1px solid #000000; padding: 0.05cm 0.1cm"
BORDER_TB = "border-top: 1px solid #000000; border-bottom: 1px solid #000000; border-left: none; border-right: none; padding-top: 0.05cm; padding-bottom: 0.05cm; padding-left: 0cm; padding-right: 0.1cm"
BORDER_NONE = "border: none; padding: 0cm 0.1cm"

_fn = []


def footnote(text):
    _fn.append(text)
    n = len(_fn)
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>')


def nl_int(v):
    return f"{abs(int(v)):,}".replace(",", ".")


def amt(v, pad=0, neg="minus"):
    if v == 0:
        s = "0" if neg == "minus" else "-"
    else:
        s = nl_int(v)
        if v < 0:
            s = ("-" + s) if neg == "minus" else ("(" + s + ")")
    if pad and len(s) < pad:
        s = "&nbsp;" * (pad - len(s)) + s
    return s


def dec(v, nd):
    return f"{v:.{nd}f}".replace(".", ",")


def font(txt, size=9, face="Arial, sans-serif", bold=False, style="font"):
    inner = f"<b>{txt}</b>" if bold else txt
    if style == "font":
        return f'<font face="{face}"><font size="2" style="font-size: {size}pt">{inner}</font></font>'
    return f'<span style="font-family: {face}; font-size: {size}pt">{inner}</span>'


def td(txt, width=None, align="left", bold=False, border=BORDER_ALL, colspan=None, rowspan=None, bg=None,
       style="font", valign=None, size=9):
    attrs = []
    if colspan:
        attrs.append(f'colspan="{colspan}"')
    if rowspan:
        attrs.append(f'rowspan="{rowspan}"')
    if width:
        attrs.append(f'width="{width}"')
    if bg:
        attrs.append(f'bgcolor="{bg}"')
    if valign:
        attrs.append(f'valign="{valign}"')
    st = border + (f"; background: {bg}" if bg else "")
    if txt in ("", None):
        body = "&nbsp;"
        p = f'<p align="{align}" style="orphans: 2; widows: 2">{body}</p>'
    else:
        p = f'<p align="{align}" style="orphans: 2; widows: 2">{font(txt, size, bold=bold, style=style)}</p>'
    return f'\t\t<td {" ".join(attrs)} style="{st}">{p}\n\t\t</td>\n'


def tr(cells, valign="top"):
    return f'\t<tr valign="{valign}">\n' + "".join(cells) + "\t</tr>\n"


def table(widths, rows_html, total_width=None, colgroup=False):
    tw = total_width or sum(widths) + 8 * len(widths)
    cols = "".join(f'\t<col width="{w}"/>\n' for w in widths)
    if colgroup:
        cols = "\t<colgroup>\n" + cols.replace("\t<col", "\t\t<col") + "\t</colgroup>\n"
    return (f'<table width="{tw}" cellpadding="4" cellspacing="0">\n{cols}' + "".join(rows_html) + "</table>\n"
            '<p style="line-height: 100%; margin-bottom: 0cm"><br/>\n\n</p>\n')


def p(txt, cls=None, align=None):
    a = f' align="{align}"' if align else ""
    c = f' class="{cls}"' if cls else ""
    return f'<p{c}{a} style="line-height: 115%; margin-bottom: 0.25cm">{txt}</p>\n'


def kop_p(nr, title):
    """A chapter heading written as a styled paragraph with the numbering in the text."""
    return (f'<p class="kop-1-western" style="margin-top: 0.42cm; margin-bottom: 0.21cm; page-break-after: avoid">'
            f'<font face="Arial, sans-serif"><font size="4" style="font-size: 14pt"><b>{nr}.&nbsp;{title}</b></font></font></p>\n')


def kop_h1(nr, title):
    return f'<h1 class="western">{nr}. {title}</h1>\n'


def kop2(title):
    return f'<h2 class="western">{title}</h2>\n'


# ---------------------------------------------------------------------------
def frame_table():
    f = D.vr_frame()
    w = [250, 82, 82, 62, 62, 62]
    rows = []
    rows.append(tr([td("Tabel 2.1&nbsp;&nbsp;Financieel kader 2030-2033 (bedragen x € 1.000)", colspan=6, bold=True,
                       bg="#dddddd", border=BORDER_ALL)]))
    rows.append(tr([td("Omschrijving", w[0], bold=True, rowspan=2),
                    td("Begroting 2029<br/>na wijziging", w[1], "right", True, rowspan=2),
                    td("Ontwerp-<br/>begroting 2030", w[2], "right", True, rowspan=2),
                    td("Meerjarenraming", None, "center", True, colspan=3)], "bottom"))
    rows.append(tr([td("2031", w[3], "right", True), td("2032", w[4], "right", True), td("2033", w[5], "right", True)]))

    def line(label, vals, bold=False, marks=None):
        cells = [td(label, w[0], bold=bold)]
        for i, v in enumerate(vals):
            s = amt(v, pad=6)
            if marks and i in marks:
                s += marks[i]
            cells.append(td(s, w[i + 1], "right", bold))
        return tr(cells)

    rows.append(tr([td("Lasten", w[0], bold=True)] + [td("", w[i + 1]) for i in range(5)]))
    for lab, v in D.VR_LASTEN:
        rows.append(line(lab, v))
    rows.append(line("Totaal lasten", f["lasten"], True))
    rows.append(tr([td("Baten", w[0], bold=True)] + [td("", w[i + 1]) for i in range(5)]))
    rows.append(line("Bijdragen deelnemende gemeenten", f["bijdragen"]))
    fn1 = footnote("De rijksbijdrage (Brede doeluitkering rampenbestrijding, BDuR) voor 2030 is gebaseerd op de "
                   "beschikking van het ministerie van Justitie en Veiligheid; voor 2031-2033 is geen indexatie geraamd.")
    rows.append(line("Rijksbijdrage (BDuR)" + fn1, D.VR_BATEN_OVERIG[0][1]))
    rows.append(line("Overige baten", D.VR_BATEN_OVERIG[1][1]))
    rows.append(line("Totaal baten", f["baten"], True))
    rows.append(line("Saldo van baten en lasten", f["saldo"], True))
    rows.append(line("Toevoeging aan reserves", D.VR_TOEV))
    fn2 = footnote("Waarvan 490 uit de reserve egalisatie kapitaallasten en 395 uit de reserve incidentele dekking "
                   "nieuw beleid (zie hoofdstuk 7).")
    rows.append(line("Onttrekking aan reserves", D.VR_ONTT, marks={1: fn2}))
    rows.append(line("Resultaat", f["resultaat"], True))
    return table(w, rows, colgroup=True)


def bridge_table():
    w = [330, 100]
    rows = [tr([td("Opbouw", w[0], bold=True, border=BORDER_TB), td("x € 1.000", w[1], "right", True, border=BORDER_TB)])]
    b = D.bridge_2030()
    for i, (lab, v) in enumerate(b):
        bold = i in (0, len(b) - 1)
        s = amt(v, pad=7)
        rows.append(tr([td(lab, w[0], bold=bold, border=BORDER_TB, style="span"),
                        td(s, w[1], "right", bold, border=BORDER_TB, style="span")]))
    return table(w, rows)


def index_table():
    w = [230, 110, 80, 110]
    amounts = D.index_amounts()
    rows = [tr([td("Component", w[0], bold=True), td("Grondslag<br/>(begroting 2029)", w[1], "right", True),
                td("Index 2030", w[2], "right", True), td("Effect 2030<br/>(in euro's)", w[3], "right", True)], "bottom")]
    for (lab, base, pct), a in zip(D.INDEX, amounts):
        rows.append(tr([td(lab, w[0]), td("€<br/>" + nl_int(base), w[1], "right"), td(dec(pct, 2) + "%", w[2], "right"),
                        td("€&nbsp;" + nl_int(a), w[3], "right")]))
    rows.append(tr([td("Totaal indexatie", w[0], bold=True), td("", w[1]), td("", w[2]),
                    td("€&nbsp;" + nl_int(sum(amounts)), w[3], "right", True)]))
    return table(w, rows)


def nieuw_beleid_table():
    w = [290, 40, 62, 62, 62, 62]
    rows = [tr([td("Voorstel", w[0], bold=True, rowspan=2, bg="#e6e6e6"), td("S/I", w[1], "center", True, rowspan=2, bg="#e6e6e6"),
                td("Bedragen x € 1.000", None, "center", True, colspan=4, bg="#e6e6e6")], "bottom"),
            tr([td(str(y), w[2 + i], "right", True, bg="#e6e6e6") for i, y in enumerate([2030, 2031, 2032, 2033])])]
    for i, (lab, si, v) in enumerate(D.NIEUW_BELEID, 1):
        rows.append(tr([td(f"4.{i}&nbsp;&nbsp;{lab}", w[0]), td(si, w[1], "center")] +
                       [td(amt(x, pad=4, neg="dash"), w[2 + j], "right") for j, x in enumerate(v)]))
    tot, s, inc = D.nieuw_beleid_totals()
    rows.append(tr([td("Totaal nieuw beleid", w[0], bold=True), td("", w[1])] +
                   [td(amt(x, neg="dash"), w[2 + j], "right", True) for j, x in enumerate(tot)]))
    rows.append(tr([td("waarvan structureel (in de bijdrage gemeenten)", w[0]), td("S", w[1], "center")] +
                   [td(amt(x, neg="dash"), w[2 + j], "right") for j, x in enumerate(s)]))
    rows.append(tr([td("waarvan incidenteel (dekking uit reserve)", w[0]), td("I", w[1], "center")] +
                   [td(amt(x, neg="dash"), w[2 + j], "right") for j, x in enumerate(inc)]))
    return table(w, rows)


def bijdragen_table():
    contrib = D.member_contributions()
    w = [120, 70, 88, 88, 82, 82, 82]
    rows = []
    rows.append(tr([td("Tabel 5.1&nbsp;&nbsp;Bijdrage per deelnemende gemeente (bedragen in euro's)", colspan=7,
                       bold=True, border=BORDER_NONE, style="span", size=10)]))
    rows.append(tr([td("Gemeente", w[0], bold=True, rowspan=2), td("Verdeel-<br/>sleutel", w[1], "right", True, rowspan=2),
                    td("Begroting 2029<br/>na wijziging", w[2], "right", True, rowspan=2),
                    td("Ontwerp-<br/>begroting 2030", w[3], "right", True, rowspan=2),
                    td("Meerjarenraming", None, "center", True, colspan=3)], "bottom"))
    rows.append(tr([td(str(y), w[4 + i], "right", True) for i, y in enumerate([2031, 2032, 2033])]))
    for mi, (name, pct) in enumerate(D.MEMBERS):
        cells = [td(name, w[0]), td(dec(pct, 2) + "%", w[1], "right")]
        for yi in range(5):
            v = contrib[yi][mi]
            s = amt(v, pad=10)
            if yi == 1 and mi in (0, 3):
                s = "€<br/>" + nl_int(v)       # amount split over two lines by a manual line break
            cells.append(td(s, w[2 + yi], "right"))
        rows.append(tr(cells))
    fn3 = footnote("De verdeelsleutel is voor 50% gebaseerd op het aantal inwoners en voor 50% op het aantal "
                   "woonruimten en gebouwen (BAG) per 1 januari 2029. De sleutel geldt voor de begroting 2029 na "
                   "wijziging en voor de jaren 2030-2033.")
    tot = [sum(contrib[yi]) for yi in range(5)]
    rows.append(tr([td("Totaal" + fn3, w[0], bold=True), td("100,00%", w[1], "right", True)] +
                   [td(amt(v), w[2 + i], "right", True) for i, v in enumerate(tot)]))
    return table(w, rows, colgroup=True)


def risico_table():
    gew, ben, besch, ratio = D.weerstand()
    w = [300, 95, 60, 95]
    rows = [tr([td("Tabel 6.1&nbsp;&nbsp;Risico's (bedragen in euro's)", colspan=4, bold=True, bg="#dddddd")]),
            tr([td("Risico", w[0], bold=True), td("Maximaal<br/>financieel effect", w[1], "right", True),
                td("Kans", w[2], "right", True), td("Gewogen<br/>bedrag", w[3], "right", True)], "bottom")]
    for (lab, bedrag, kans), g in zip(D.RISICOS, gew):
        rows.append(tr([td(lab, w[0]), td(amt(bedrag, pad=9), w[1], "right"), td(f"{kans}%", w[2], "right"),
                        td(amt(g, pad=9), w[3], "right")]))
    rows.append(tr([td("Benodigde weerstandscapaciteit", w[0], bold=True), td("", w[1]), td("", w[2]),
                    td(amt(ben), w[3], "right", True)]))
    return table(w, rows)


def weerstand_table():
    gew, ben, besch, ratio = D.weerstand()
    w = [330, 110]
    rows = [tr([td("Tabel 6.2&nbsp;&nbsp;Weerstandsvermogen 2030", colspan=2, bold=True, border=BORDER_TB)])]
    rows.append(tr([td("Beschikbare weerstandscapaciteit", w[0], bold=True, border=BORDER_TB, style="span"),
                    td("", w[1], border=BORDER_TB)]))
    for lab, v in D.WEERSTAND_BESCHIKBAAR:
        rows.append(tr([td("&nbsp;&nbsp;" + lab, w[0], border=BORDER_TB, style="span"),
                        td("€&nbsp;" + amt(v, pad=9), w[1], "right", border=BORDER_TB, style="span")]))
    rows.append(tr([td("Totaal beschikbare weerstandscapaciteit (A)", w[0], bold=True, border=BORDER_TB, style="span"),
                    td("€&nbsp;" + amt(besch), w[1], "right", True, border=BORDER_TB, style="span")]))
    rows.append(tr([td("Benodigde weerstandscapaciteit (B)", w[0], bold=True, border=BORDER_TB, style="span"),
                    td("€&nbsp;" + amt(ben), w[1], "right", True, border=BORDER_TB, style="span")]))
    rows.append(tr([td("Ratio weerstandsvermogen (A / B)", w[0], bold=True, border=BORDER_TB, style="span"),
                    td(dec(ratio, 2), w[1], "right", True, border=BORDER_TB, style="span")]))
    return table(w, rows)


def reserves_table():
    w = [230, 62, 58, 62, 66, 58, 62, 66]
    rs = D.vr_reserves()
    rows = [tr([td("Tabel 7.1&nbsp;&nbsp;Reserves en geplande mutaties (bedragen x € 1.000)", colspan=8, bold=True,
                   border=BORDER_NONE, style="span", size=10)]),
            tr([td("Reserve", w[0], bold=True, rowspan=2), td("Stand<br/>1-1-2030", w[1], "right", True, rowspan=2),
                td("Mutaties 2030", None, "center", True, colspan=2),
                td("Stand<br/>31-12-2030", w[4], "right", True, rowspan=2),
                td("Mutaties 2031", None, "center", True, colspan=2),
                td("Stand<br/>31-12-2031", w[7], "right", True, rowspan=2)], "bottom"),
            tr([td("Toevoeging", w[2], "right", True), td("Onttrekking", w[3], "right", True),
                td("Toevoeging", w[5], "right", True), td("Onttrekking", w[6], "right", True)])]
    for r in rs:
        rows.append(tr([td(r[0], w[0])] + [td(amt(v, pad=5, neg="dash"), w[i + 1], "right") for i, v in enumerate(r[1:])]))
    tot = [sum(r[i] for r in rs) for i in range(1, 8)]
    rows.append(tr([td("Totaal reserves", w[0], bold=True)] +
                   [td(amt(v, neg="dash"), w[i + 1], "right", True) for i, v in enumerate(tot)]))
    return table(w, rows)


def build():
    _fn.clear()
    f = D.vr_frame()
    b = f["bijdragen"]
    gew, ben, besch, ratio = D.weerstand()
    idx = D.index_amounts()
    stijging = round((b[1] / b[0] - 1) * 100, 1)
    out = []
    out.append("""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title>Kadernota 2029 Veiligheidsregio Wessenland</title>
	<meta name="generator" content="LibreOffice 7.5.9.2 (Windows)"/>
	<meta name="author" content="Team Financi&euml;n en Control"/>
	<meta name="created" content="2029-02-19T10:42:00"/>
	<meta name="changed" content="2029-03-11T16:05:21"/>
	<style type="text/css">
		@page { size: 21cm 29.7cm; margin: 2cm }
		p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }
		h1 { margin-bottom: 0.21cm; background: transparent; page-break-after: avoid }
		h1.western { font-family: "Arial", sans-serif; font-size: 14pt; font-weight: bold }
		h2.western { font-family: "Arial", sans-serif; font-size: 11pt; font-weight: bold; margin-top: 0.35cm }
		p.kop-1-western { font-family: "Arial", sans-serif; font-size: 14pt; font-weight: bold }
		p.titel-western { font-family: "Arial", sans-serif; font-size: 24pt; font-weight: bold; margin-bottom: 0.2cm }
		p.ondertitel-western { font-family: "Arial", sans-serif; font-size: 13pt }
		p.sdfootnote-western { margin-left: 0.6cm; text-indent: -0.6cm; margin-bottom: 0cm; font-size: 8pt; line-height: 100% }
		td p { orphans: 2; widows: 2; margin-bottom: 0cm; line-height: 100% }
		a.sdfootnoteanc { font-size: 57% }
	</style>
</head>
<body lang="nl-NL" link="#000080" vlink="#800000" dir="ltr">
""")
    out.append('<p class="titel-western">Kadernota 2029</p>\n')
    out.append('<p class="ondertitel-western">Uitgangspunten voor de begroting 2030 en de meerjarenraming 2031-2033</p>\n')
    out.append('<p class="ondertitel-western"><b>Veiligheidsregio Wessenland</b></p>\n')
    out.append(p('<font face="Arial, sans-serif"><i>Vastgesteld door het dagelijks bestuur op 11 maart 2029 en '
                 'aangeboden aan de raden van de deelnemende gemeenten voor een zienswijze.</i></font>'))

    out.append(kop_p(1, "Inleiding"))
    out.append(p("Met deze kadernota geeft het dagelijks bestuur van Veiligheidsregio Wessenland de financiële kaders "
                 "voor de begroting 2030. De gemeenteraden van de zeven deelnemende gemeenten kunnen hun zienswijze "
                 "geven voordat het algemeen bestuur de kaders vaststelt. De ontwerpbegroting 2030 wordt daarna op "
                 "basis van deze kaders opgesteld."))
    out.append(p("De veiligheidsregio verzorgt de brandweerzorg, de crisisbeheersing en de geneeskundige hulpverlening "
                 "bij ongevallen en rampen (GHOR) voor ruim 312.000 inwoners. De brandweer werkt vanuit 27 kazernes, "
                 "met beroepskrachten en ongeveer 640 vrijwilligers. In 2028 rukten de korpsen 4.318 keer uit. Bij "
                 "92 procent van de uitrukken voor meldingen met de hoogste urgentie was de eerste tankautospuit "
                 "binnen de normtijd ter plaatse."))
    out.append(p("De kadernota bevat achtereenvolgens het financiële kader (hoofdstuk 2), de indexatie (hoofdstuk 3), "
                 "de voorstellen voor nieuw beleid (hoofdstuk 4), de bijdragen per gemeente (hoofdstuk 5), het "
                 "weerstandsvermogen (hoofdstuk 6) en de reserves (hoofdstuk 7)."))

    out.append(kop_h1(2, "Financieel kader 2030"))
    out.append(p("Het financiële kader laat zien hoe de lasten en baten zich ontwikkelen vanaf de begroting 2029 na "
                 "wijziging. De begroting is sluitend: het resultaat is in alle jaren nul, omdat de bijdragen van de "
                 "gemeenten het verschil tussen lasten, overige baten en reservemutaties dekken."))
    out.append(frame_table())
    out.append(p(f"De totale bijdrage van de gemeenten stijgt van de begroting 2029 na wijziging naar de "
                 f"ontwerpbegroting 2030 met {dec(stijging, 1)}%. De opbouw van die stijging staat hieronder."))
    out.append(kop2("Opbouw van de gemeentelijke bijdrage 2030"))
    out.append(bridge_table())

    out.append(kop_p(3, "Indexatie"))
    out.append(p(f"Voor de loonkosten volgt de veiligheidsregio de cao Gemeenten en de ontwikkeling van de sociale "
                 f"lasten; voor de prijzen de prijs overheidsconsumptie netto materieel uit het Centraal Economisch "
                 f"Plan. Voor 2030 gaan we uit van {dec(D.INDEX[0][2], 2)}% voor lonen en {dec(D.INDEX[1][2], 2)}% "
                 f"voor prijzen. In de begroting 2029 was dat nog {dec(D.INDEX_2029[0], 2)}% respectievelijk "
                 f"{dec(D.INDEX_2029[1], 2)}%."))
    out.append(index_table())
    out.append(p("De indexatie wordt in de bijdragen van de gemeenten verwerkt. Voor de jaren na 2030 rekent de "
                 "meerjarenraming in constante prijzen; de indexatie voor die jaren wordt in de volgende kadernota's "
                 "vastgesteld."))

    out.append(kop_h1(4, "Nieuw beleid"))
    out.append(p("Het dagelijks bestuur stelt vijf voorstellen voor nieuw beleid voor. De structurele voorstellen "
                 "werken door in de bijdragen van de gemeenten; de incidentele voorstellen worden gedekt uit de "
                 "reserve incidentele dekking nieuw beleid."))
    out.append(nieuw_beleid_table())
    out.append(p("<b>4.1 Uitbreiding formatie risicobeheersing.</b> Door de Omgevingswet en de groei van het aantal "
                 "adviesaanvragen over brandveiligheid is de capaciteit van de afdeling risicobeheersing te krap. "
                 "Met twee extra fte kan de veiligheidsregio de adviestermijnen weer halen en meer toezicht houden "
                 "op gebouwen met slapende mensen."))
    out.append(p("<b>4.2 Vervanging uitrusting duikteams.</b> De duikpakken en ademluchtsets van de twee duikteams "
                 "zijn aan het einde van hun levensduur en voldoen niet meer aan de nieuwe veiligheidsnorm."))
    out.append(p("<b>4.3 Natuurbrandbeheersing.</b> De droge zomers vergroten het risico op heide- en bosbranden in "
                 "het oosten van de regio. Het voorstel omvat een extra terreinvaardig voertuig en de opleiding en "
                 "training van brandweerploegen in natuurbrandbestrijding."))
    out.append(p("<b>4.4 Versterking informatievoorziening crisisorganisatie.</b> Een gezamenlijk beeld van de "
                 "situatie (netcentrisch werken) is essentieel bij een crisis. Het budget is bestemd voor licenties "
                 "en een informatiecoördinator."))
    out.append(p("<b>4.5 Pilot 'Vrijwilligers blijven'.</b> Steeds meer brandweervrijwilligers stoppen binnen vijf "
                 "jaar. De pilot richt zich op het werven van nieuwe vrijwilligers en het behouden van de huidige "
                 "vrijwilligers, onder meer met flexibele roosters en afspraken met werkgevers over beschikbaarheid "
                 "overdag. De pilot loopt twee jaar en wordt daarna geëvalueerd."))

    out.append(kop_p(5, "Bijdragen deelnemende gemeenten"))
    out.append(p("De bijdrage per gemeente wordt berekend met de verdeelsleutel uit de gemeenschappelijke regeling. "
                 "Tabel 5.1 laat de bijdragen zien voor de begroting 2029 na wijziging, de ontwerpbegroting 2030 en "
                 "de meerjarenraming."))
    out.append(bijdragen_table())

    out.append(kop_h1(6, "Weerstandsvermogen en risico's"))
    out.append(p("Het weerstandsvermogen geeft aan in hoeverre de veiligheidsregio financiële tegenvallers kan "
                 "opvangen zonder dat de bijdragen van de gemeenten tussentijds omhoog moeten. De benodigde "
                 "weerstandscapaciteit is de som van de risico's, gewogen naar hun kans."))
    out.append(risico_table())
    out.append(p("Het grootste risico is de nieuwe cao. Als de loonstijging uitkomt op het niveau van de eisen van "
                 "de vakbonden, kost dat de veiligheidsregio ruim € 0,6 miljoen extra bovenop de geraamde loonindex."))
    out.append(weerstand_table())
    out.append(p(f"Met een ratio van {dec(ratio, 2)} is het weerstandsvermogen 'ruim voldoende' (waardering B: een "
                 f"ratio tussen 1,4 en 2,0). Het algemeen bestuur heeft als ondergrens een ratio van 1,0 vastgesteld."))

    out.append(kop_p(7, "Reserves"))
    out.append(p("De veiligheidsregio heeft vier reserves. De geplande mutaties zijn in het financiële kader "
                 "verwerkt."))
    out.append(reserves_table())
    out.append(p("<b>Algemene reserve.</b> Buffer voor niet voorziene tegenvallers; de omvang is gemaximeerd op 5% "
                 "van de totale lasten. Een overschrijding van dat maximum wordt aan de gemeenten terugbetaald."))
    out.append(p("<b>Reserve egalisatie kapitaallasten.</b> Deze reserve vangt de schommelingen in de kapitaallasten "
                 "op die ontstaan bij de vervanging van tankautospuiten, hoogwerkers en kazernes, zodat de bijdrage "
                 "van de gemeenten gelijkmatiger verloopt."))
    out.append(p("<b>Reserve incidentele dekking nieuw beleid.</b> Gevormd uit het rekeningresultaat 2027 om "
                 "incidentele voorstellen voor nieuw beleid te dekken zonder extra bijdrage van de gemeenten."))
    out.append(p("<b>Reserve opleidingen vrijwilligers.</b> Bestemd voor de inhaal van opleidingen van vrijwilligers "
                 "die door capaciteitstekort bij het opleidingsinstituut zijn uitgesteld."))

    # footnotes area as LibreOffice writes it
    for i, t in enumerate(_fn, 1):
        out.append(f'<div id="sdfootnote{i}"><p class="sdfootnote-western"><a class="sdfootnotesym" '
                   f'name="sdfootnote{i}sym" href="#sdfootnote{i}anc">{i}</a>{t}</p>\n</div>\n')
    out.append("</body>\n</html>\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("".join(out))
    print("wrote", os.path.abspath(OUT))


if __name__ == "__main__":
    build()
