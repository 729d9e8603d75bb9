"""Write the GGD Heuvelzate Jaarstukken 2027 as an HTML page as Microsoft Word saves it.

Word's "Opslaan als webpagina" output: Office namespaces, mso- styles, conditional comments,
MsoNormal paragraphs in every table cell, &nbsp; padding, a field-coded table of contents and
Word footnotes.  The file is written in windows-1252, as Word does for a Dutch document.

Usage: python make_heuvelzate.py OUTDIR
"""

import sys
from pathlib import Path

import data_heuvelzate as d

FONT = "font-size:9.0pt;font-family:\"Arial\",sans-serif"
_toc_counter = [160412300]
_fn_counter = [0]
FOOTNOTES: list[str] = []
FN_WNT = ("Het algemene bezoldigingsmaximum in de WNT bedraagt in 2027 € 262.000 (Regeling "
          "bezoldigingsmaxima topfunctionarissen publieke en semipublieke sector 2027).")
FN_SPUK = ("Regeling specifieke uitkering ter bestrijding van uitbraken van infectieziekten (SPUK-uitbraken), "
           "beschikking van het ministerie van VWS van 12 november 2027.")


def nl(n: int) -> str:
    return f"{abs(n):,}".replace(",", ".")


def eur(n: int) -> str:
    return "€&nbsp;" + nl(n)


def neg(n: int) -> str:
    """Word users type a minus followed by a non-breaking space."""
    return ("-&nbsp;" + nl(n)) if n < 0 else nl(n)


def fte(h: int) -> str:
    return f"{h // 100},{h % 100:02d}"


# ---------------------------------------------------------------- Word building blocks

def p(text: str, cls: str = "MsoNormal", style: str = "", span_style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    sp = span_style or "font-family:\"Arial\",sans-serif"
    return f"<p class={cls}{st}><span style='{sp}'>{text}<o:p></o:p></span></p>\n"


def body(text: str) -> str:
    return p(text, style="margin-bottom:8.0pt;text-align:justify;line-height:115%",
             span_style="font-size:10.0pt;line-height:115%;font-family:\"Arial\",sans-serif")


def bullets(items: list[str]) -> str:
    out = []
    for i, it in enumerate(items):
        cls = ("MsoListParagraphCxSpFirst" if i == 0 else
               "MsoListParagraphCxSpLast" if i == len(items) - 1 else "MsoListParagraphCxSpMiddle")
        out.append(
            f"<p class={cls} style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]>"
            f"<span style='font-size:10.0pt;font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'>"
            f"<span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
            f"</span></span></span><![endif]><span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>{it}<o:p></o:p></span></p>\n")
    return "".join(out)


def heading(level: int, number: str, text: str) -> str:
    _toc_counter[0] += 1
    anchor = f"_Toc{_toc_counter[0]}"
    indent = "21.6pt" if level == 1 else "28.8pt"
    return (f"<h{level} style='margin-left:{indent};text-indent:-{indent};mso-list:l0 level{level} lfo1'>"
            f"<a name=\"{anchor}\"><![if !supportLists]><span style='mso-bookmark:{anchor}'>"
            f"<span lang=NL style='mso-fareast-font-family:Arial'><span style='mso-list:Ignore'>{number}"
            f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span></span>"
            f"<![endif]><span style='mso-bookmark:{anchor}'><span lang=NL>{text}</span></span></a>"
            f"<span lang=NL><o:p></o:p></span></h{level}>\n")


def subhead(text: str) -> str:
    return (f"<p class=MsoNormal style='margin-top:6.0pt;margin-bottom:3.0pt'><b><i>"
            f"<span style='font-size:10.0pt;font-family:\"Arial\",sans-serif;color:#1F3864'>{text}<o:p></o:p></span></i></b></p>\n")


def caption(text: str) -> str:
    return (f"<p class=MsoCaption style='margin-top:6.0pt;margin-bottom:2.0pt;page-break-after:avoid'>"
            f"<span style='font-family:\"Arial\",sans-serif'>{text}<o:p></o:p></span></p>\n")


def footnote(text: str) -> str:
    """Return the in-text reference and remember the footnote body."""
    _fn_counter[0] += 1
    n = _fn_counter[0]
    FOOTNOTES.append(
        f"<div style='mso-element:footnote' id=ftn{n}>\n\n"
        f"<p class=MsoFootnoteText><a style='mso-footnote-id:ftn{n}' href=\"#_ftnref{n}\" name=\"_ftn{n}\" title=\"\">"
        f"<span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>"
        f"<span class=MsoFootnoteReference><span style='font-size:8.0pt;font-family:\"Arial\",sans-serif'>[{n}]</span></span>"
        f"<![endif]></span></span></a><span style='font-size:8.0pt;font-family:\"Arial\",sans-serif'> {text}<o:p></o:p></span></p>\n\n</div>\n")
    return (f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\">"
            f"<span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>"
            f"<span class=MsoFootnoteReference><span style='font-size:9.0pt;font-family:\"Arial\",sans-serif'>[{n}]</span></span>"
            f"<![endif]></span></span></a>")


def page_break() -> str:
    return ("<span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'><br clear=all "
            "style='mso-special-character:line-break;page-break-before:always'>\n</span>\n")


class Cell:
    def __init__(self, text: str, align: str = "left", bold: bool = False, width: int = 80,
                 colspan: int = 1, rowspan: int = 1, shade: str | None = None, italic: bool = False,
                 split: bool = False):
        self.text, self.align, self.bold, self.width = text, align, bold, width
        self.colspan, self.rowspan, self.shade, self.italic, self.split = colspan, rowspan, shade, italic, split


def td(c: Cell, grid: bool) -> str:
    border = ("border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
              "mso-border-alt:solid windowtext .5pt;" if grid else
              "border:none;border-bottom:solid #A6A6A6 1.0pt;mso-border-bottom-alt:solid #A6A6A6 .5pt;")
    shade = f"background:{c.shade};" if c.shade else ""
    attrs = f" width={int(c.width * 1.333)}"
    if c.colspan > 1:
        attrs += f" colspan={c.colspan}"
    if c.rowspan > 1:
        attrs += f" rowspan={c.rowspan}"
    valign = "bottom" if c.rowspan > 1 else "top"
    palign = " align=right style='text-align:right'" if c.align == "right" else (
        " align=center style='text-align:center'" if c.align == "center" else "")
    text = c.text
    if c.split and len(text) > 4:
        # Word splits a run when part of it was edited later (rsid / proofing state)
        cut = len(text) - 3
        inner = (f"<span style='{FONT}'>{text[:cut]}</span>"
                 f"<span style='{FONT};mso-bidi-font-family:Arial'>{text[cut:]}<o:p></o:p></span>")
    else:
        inner = f"<span style='{FONT}'>{text if text else '<o:p>&nbsp;</o:p>'}{'<o:p></o:p>' if text else ''}</span>"
    if c.bold:
        inner = f"<b>{inner}</b>"
    if c.italic:
        inner = f"<i>{inner}</i>"
    return (f"  <td{attrs} valign={valign} style='width:{c.width}.0pt;{border}{shade}padding:0cm 5.4pt 0cm 5.4pt'>\n"
            f"  <p class=MsoNormal{palign}>{inner}</p>\n  </td>\n")


def table(rows: list[list[Cell]], grid: bool = True, header_rows: int = 1, misaligned: list[int] | None = None) -> str:
    cls = "MsoTableGrid" if grid else "MsoNormalTable"
    border = "border=1" if grid else "border=0"
    out = [f"<table class={cls} {border} cellspacing=0 cellpadding=0 width=604 "
           f"style='width:453.1pt;border-collapse:collapse;{'border:none;mso-border-alt:solid windowtext .5pt;' if grid else ''}"
           f"mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    for i, row in enumerate(rows):
        extra = ";mso-yfti-firstrow:yes" if i == 0 else (";mso-yfti-lastrow:yes" if i == len(rows) - 1 else "")
        hdr = ";mso-yfti-irow:%d%s" % (i, extra)
        if i < header_rows:
            hdr += ";page-break-inside:avoid"
        out.append(f" <tr style='{hdr.lstrip(';')}'>\n")
        out.extend(td(c, grid) for c in row)
        out.append(" </tr>\n")
    if misaligned:
        out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>\n")
        out.extend(f"  <td width={int(w * 1.333)} style='border:none'></td>\n" for w in misaligned)
        out.append(" </tr>\n <![endif]>\n")
    out.append("</table>\n")
    out.append(p("<o:p>&nbsp;</o:p>").replace("<o:p>&nbsp;</o:p><o:p></o:p>", "<o:p>&nbsp;</o:p>"))
    return "".join(out)


HEAD_SHADE = "#D9E2F3"


def hc(text, **kw) -> Cell:
    kw.setdefault("shade", HEAD_SHADE)
    kw.setdefault("bold", True)
    return Cell(text, **kw)


# ---------------------------------------------------------------- tables

def t_kerncijfers() -> str:
    tot = d.fte_totals()
    rows_data = [
        ("Aantal deelnemende gemeenten", "8"),
        ("Aantal inwoners werkgebied (1 januari 2026)", nl(sum(g[1] for g in d.GEMEENTEN))),
        ("Aantal jeugdigen 0-17 jaar (1 januari 2026)", nl(sum(g[2] for g in d.GEMEENTEN))),
        ("Totale lasten 2027", eur(d.lasten(2))),
        ("Totale baten 2027", eur(d.baten(2))),
        ("Resultaat na bestemming 2027", eur(d.resultaat_na(2))),
        ("Bezetting per 31 december 2027 (fte)", fte(tot[1])),
        ("Ziekteverzuim 2027", d.ZIEKTEVERZUIM[2027] + "%"),
    ]
    rows = [[hc("Kerncijfers", width=300), hc("2027", align="right", width=140)]]
    rows += [[Cell(a, width=300), Cell(b, align="right", width=140)] for a, b in rows_data]
    return table(rows, grid=False)


def t_overzicht() -> str:
    cols = [(0, "Primitieve begroting 2027"), (1, "Begroting na wijziging 2027"), (2, "Realisatie 2027")]
    rows = [[hc("Bedragen in euro's", width=150)] + [hc(t, align="right", width=78) for _, t in cols] +
            [hc("Realisatie 2026", align="right", width=70)]]
    r26 = d.REAL_2026
    lines = [
        ("Totaal lasten", [d.lasten(c) for c, _ in cols], r26["lasten"], False),
        ("Totaal baten", [d.baten(c) for c, _ in cols], r26["baten"], False),
        ("Saldo van baten en lasten (resultaat vóór bestemming)", [d.resultaat_voor(c) for c, _ in cols],
         r26["baten"] - r26["lasten"], True),
        ("Toevoegingen aan reserves", [d.TOEVOEGINGEN[c] for c, _ in cols], r26["toev"], False),
        ("Onttrekkingen aan reserves", [d.ONTTREKKINGEN[c] for c, _ in cols], r26["ontt"], False),
        ("Resultaat na bestemming", [d.resultaat_na(c) for c, _ in cols],
         r26["baten"] - r26["lasten"] - r26["toev"] + r26["ontt"], True),
    ]
    for label, vals, v26, b in lines:
        rows.append([Cell(label, bold=b, width=150)] +
                    [Cell(neg(v) if v else "-", align="right", bold=b, width=78, split=(i == 2 and not b)) for i, v in enumerate(vals)] +
                    [Cell(neg(v26) if v26 else "-", align="right", bold=b, width=70)])
    return table(rows, grid=True)


def t_programma(kind: str) -> str:
    header = [
        [hc("Programma", rowspan=2, width=140), hc("Begroting 2027", colspan=2, align="center", width=150),
         hc("Realisatie 2027", rowspan=2, align="right", width=75), hc("Verschil", colspan=2, align="center", width=88)],
        [hc("Primitief", align="right", width=75), hc("Na wijziging", align="right", width=75),
         hc("Bedrag", align="right", width=63), hc("V/N", align="center", width=25)],
    ]
    rows = list(header)
    idx = 2 if kind == "lasten" else 3
    items = [(p_[1], p_[idx]) for p_ in d.PROGRAMMAS]
    if kind == "lasten":
        items += [("Overhead", d.OVERHEAD[0]), ("Onvoorzien", d.ONVOORZIEN)]
    else:
        items += [("Overhead", d.OVERHEAD[1]),
                  ("Algemene dekkingsmiddelen: bijdragen deelnemende gemeenten",
                   (d.bijdragen(0), d.bijdragen(1), d.bijdragen(1)))]
    for n, (label, (pr, w, r)) in enumerate(items):
        diff, vn = d.verschil(kind, w, r)
        rows.append([Cell(label, width=140), Cell(nl(pr) if pr else "-", align="right", width=75),
                     Cell(nl(w) if w else "-", align="right", width=75),
                     Cell(nl(r) if r else "-", align="right", width=75, split=(n == 0)),
                     Cell(nl(diff) if diff else "-", align="right", width=63),
                     Cell(vn if diff else "", align="center", width=25)])
    tot = [d.lasten(c) if kind == "lasten" else d.baten(c) for c in range(3)]
    diff, vn = d.verschil(kind, tot[1], tot[2])
    rows.append([Cell(f"Totaal {kind}", bold=True, width=140)] +
                [Cell(nl(t), align="right", bold=True, width=75) for t in tot] +
                [Cell(nl(diff), align="right", bold=True, width=63), Cell(vn, align="center", bold=True, width=25)])
    return table(rows, grid=True, header_rows=2, misaligned=[140, 75, 75, 75, 63, 25])


def t_bijdragen() -> str:
    rows = [
        [hc("Gemeente", rowspan=2, width=72),
         hc("Grondslag 1-1-2026" + footnote("Aantallen volgens CBS Statline, peildatum 1 januari 2026. De grondslag voor de bijdrage 2027 is vastgesteld bij de begroting 2027."), colspan=2, align="center", width=98),
         hc("Bijdrage 2027 (in euro's)", colspan=4, align="center", width=220),
         hc("Totaal bijdrage 2026", rowspan=2, align="right", width=60)],
        [hc("Inwoners", align="right", width=50), hc("Jeugdigen 0-17", align="right", width=48),
         hc("Publieke gezondheid", align="right", width=58), hc("JGZ", align="right", width=56),
         hc("Plustaken", align="right", width=48), hc("Totaal", align="right", width=58)],
    ]
    br = d.bijdrage_rows()
    for r in br:
        rows.append([Cell(r["naam"], width=72), Cell(nl(r["inw"]), align="right", width=50),
                     Cell(nl(r["jeugd"]), align="right", width=48), Cell(nl(r["pg"]), align="right", width=58),
                     Cell(nl(r["jgz"]), align="right", width=56),
                     Cell(nl(r["plus"]) if r["plus"] else "-", align="right", width=48),
                     Cell(nl(r["totaal"]), align="right", width=58, bold=True),
                     Cell(nl(r["tot26"]), align="right", width=60)])
    keys = ["inw", "jeugd", "pg", "jgz", "plus", "totaal", "tot26"]
    tots = {k_: sum(r[k_] for r in br) for k_ in keys}
    rows.append([Cell("Totaal", bold=True, width=72)] +
                [Cell(nl(tots[k_]), align="right", bold=True, width=w)
                 for k_, w in zip(keys, [50, 48, 58, 56, 48, 58, 60])])
    return table(rows, grid=True, header_rows=2, misaligned=[72, 50, 48, 58, 56, 48, 58, 60])


def t_balans() -> str:
    b = d.balans()
    act = dict(d.BALANS_ACTIVA_K)
    rows = [[hc("Bedragen x €&nbsp;1.000", width=300), hc("31-12-2027", align="right", width=75),
             hc("31-12-2026", align="right", width=75)]]

    def line(label, v27, v26, bold=False, italic=False, indent=False):
        lab = ("&nbsp;&nbsp;&nbsp;&nbsp;" + label) if indent else label
        rows.append([Cell(lab, bold=bold, italic=italic, width=300),
                     Cell("" if v27 is None else nl(v27), align="right", bold=bold, italic=italic, width=75),
                     Cell("" if v26 is None else nl(v26), align="right", bold=bold, italic=italic, width=75)])

    line("ACTIVA", None, None, bold=True)
    line("Vaste activa", None, None, italic=True)
    for lbl in ("Materiële vaste activa", "Financiële vaste activa"):
        line(lbl, *act[lbl], indent=True)
    line("Totaal vaste activa", b[0]["vaste_activa"], b[1]["vaste_activa"], bold=True)
    line("Vlottende activa", None, None, italic=True)
    for lbl in ("Uitzettingen met een rentetypische looptijd korter dan één jaar", "Liquide middelen", "Overlopende activa"):
        line(lbl, *act[lbl], indent=True)
    line("Totaal vlottende activa", b[0]["vlottende_activa"], b[1]["vlottende_activa"], bold=True)
    line("TOTAAL ACTIVA", b[0]["activa"], b[1]["activa"], bold=True)
    line("PASSIVA", None, None, bold=True)
    line("Vaste passiva", None, None, italic=True)
    line("Eigen vermogen", b[0]["ev"], b[1]["ev"], indent=True)
    line("&nbsp;&nbsp;&nbsp;&nbsp;- Algemene reserve", b[0]["alg"], b[1]["alg"], indent=True)
    line("&nbsp;&nbsp;&nbsp;&nbsp;- Bestemmingsreserves", b[0]["best"], b[1]["best"], indent=True)
    line("&nbsp;&nbsp;&nbsp;&nbsp;- Gerealiseerd resultaat", b[0]["res"], b[1]["res"], indent=True)
    line("Voorzieningen", *d.VOORZIENINGEN_K, indent=True)
    line("Vaste schulden met een rentetypische looptijd van één jaar of langer", *d.VASTE_SCHULDEN_K, indent=True)
    line("Totaal vaste passiva", b[0]["vaste_passiva"], b[1]["vaste_passiva"], bold=True)
    line("Vlottende passiva", None, None, italic=True)
    line("Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", *d.VLOTTENDE_SCHULDEN_K, indent=True)
    line("Overlopende passiva", b[0]["overl_p"], b[1]["overl_p"], indent=True)
    line("Totaal vlottende passiva", b[0]["vlottende_passiva"], b[1]["vlottende_passiva"], bold=True)
    line("TOTAAL PASSIVA", b[0]["activa"], b[1]["activa"], bold=True)
    return table(rows, grid=False)


def t_reserves() -> str:
    rows = [[hc("Reserve (bedragen in euro's)", width=150), hc("Stand 1-1-2027", align="right", width=62),
             hc("Bestemming resultaat 2026", align="right", width=62), hc("Toevoeging", align="right", width=52),
             hc("Onttrekking", align="right", width=55), hc("Stand 31-12-2027", align="right", width=62)]]
    for r in d.RESERVES:
        rows.append([Cell(r[0], width=150)] + [Cell(nl(v) if v else "-", align="right", width=w)
                                              for v, w in zip(r[1:], [62, 62, 52, 55])] +
                    [Cell(nl(d.reserve_end(r)), align="right", width=62)])
    tots = [sum(r[i] for r in d.RESERVES) for i in (1, 2, 3, 4)]
    rows.append([Cell("Totaal reserves", bold=True, width=150)] +
                [Cell(nl(t) if t else "-", align="right", bold=True, width=w) for t, w in zip(tots, [62, 62, 52, 55])] +
                [Cell(nl(sum(d.reserve_end(r) for r in d.RESERVES)), align="right", bold=True, width=62)])
    return table(rows, grid=True)


def t_formatie() -> str:
    rows = [[hc("Afdeling", width=170), hc("Formatie begroting 2027 (fte)", align="right", width=70),
             hc("Bezetting 31-12-2027 (fte)", align="right", width=70),
             hc("Bezetting 31-12-2026 (fte)", align="right", width=70),
             hc("Aantal medewerkers 31-12-2027", align="right", width=70)]]
    for a, f, b27, b26, n in d.FORMATIE:
        rows.append([Cell(a, width=170), Cell(fte(f), align="right", width=70), Cell(fte(b27), align="right", width=70),
                     Cell(fte(b26), align="right", width=70), Cell(str(n), align="right", width=70)])
    t = d.fte_totals()
    rows.append([Cell("Totaal", bold=True, width=170), Cell(fte(t[0]), align="right", bold=True, width=70),
                 Cell(fte(t[1]), align="right", bold=True, width=70), Cell(fte(t[2]), align="right", bold=True, width=70),
                 Cell(str(t[3]), align="right", bold=True, width=70)])
    return table(rows, grid=False)


def t_wnt() -> str:
    w27, w26 = d.WNT[2027], d.WNT[2026]
    rows = [[hc("Bedragen x €&nbsp;1", width=260), hc(d.WNT_NAAM, align="right", width=190)],
            [Cell("Functiegegevens", width=260), Cell("Directeur publieke gezondheid", align="right", width=190)],
            [Cell("Aanvang en einde functievervulling in 2027", width=260), Cell(w27["periode"], align="right", width=190)],
            [Cell("Omvang dienstverband (als deeltijdfactor in fte)", width=260), Cell(w27["fte"], align="right", width=190)],
            [Cell("Dienstbetrekking?", width=260), Cell("ja", align="right", width=190)],
            [Cell("Bezoldiging", bold=True, width=260), Cell("", width=190)],
            [Cell("Beloning plus belastbare onkostenvergoedingen", width=260), Cell(eur(w27["beloning"]), align="right", width=190)],
            [Cell("Beloningen betaalbaar op termijn", width=260), Cell(eur(w27["termijn"]), align="right", width=190)],
            [Cell("Subtotaal", width=260), Cell(eur(w27["beloning"] + w27["termijn"]), align="right", width=190)],
            [Cell("Individueel toepasselijk bezoldigingsmaximum", width=260), Cell(eur(w27["max"]), align="right", width=190)],
            [Cell("-/- Onverschuldigd betaald en nog niet terugontvangen bedrag", width=260), Cell("N.v.t.", align="right", width=190)],
            [Cell("Bezoldiging", bold=True, width=260), Cell(eur(w27["beloning"] + w27["termijn"]), align="right", bold=True, width=190)],
            [Cell("Het bedrag van de overschrijding en de reden waarom de overschrijding al dan niet is toegestaan", width=260), Cell("N.v.t.", align="right", width=190)],
            [Cell("Gegevens 2026", bold=True, shade=HEAD_SHADE, width=260), Cell(d.WNT_NAAM, align="right", bold=True, shade=HEAD_SHADE, width=190)],
            [Cell("Aanvang en einde functievervulling in 2026", width=260), Cell(w26["periode"], align="right", width=190)],
            [Cell("Omvang dienstverband (als deeltijdfactor in fte)", width=260), Cell(w26["fte"], align="right", width=190)],
            [Cell("Beloning plus belastbare onkostenvergoedingen", width=260), Cell(eur(w26["beloning"]), align="right", width=190)],
            [Cell("Beloningen betaalbaar op termijn", width=260), Cell(eur(w26["termijn"]), align="right", width=190)],
            [Cell("Subtotaal", width=260), Cell(eur(w26["beloning"] + w26["termijn"]), align="right", width=190)],
            [Cell("Individueel toepasselijk bezoldigingsmaximum", width=260), Cell(eur(w26["max"]), align="right", width=190)],
            [Cell("Bezoldiging", bold=True, width=260), Cell(eur(w26["beloning"] + w26["termijn"]), align="right", bold=True, width=190)]]
    return table(rows, grid=True)


def t_kengetallen() -> str:
    kg = d.kengetallen()
    B = d.KENGETAL_BEGROTING
    rows = [[hc("Kengetal", width=210), hc("Begroting 2027", align="right", width=75),
             hc("Realisatie 2027", align="right", width=75), hc("Realisatie 2026", align="right", width=75)]]

    def f(x): return f"{x:.1f}".replace(".", ",") + "%"
    rows.append([Cell("1a. Netto schuldquote", width=210), Cell(B["nsq"] + "%", align="right", width=75),
                 Cell(f(kg[0]["nsq"]), align="right", width=75), Cell(f(kg[1]["nsq"]), align="right", width=75)])
    rows.append([Cell("1b. Netto schuldquote gecorrigeerd voor alle verstrekte leningen", width=210),
                 Cell(B["nsq_gec"] + "%", align="right", width=75),
                 Cell(f(kg[0]["nsq_gec"]), align="right", width=75), Cell(f(kg[1]["nsq_gec"]), align="right", width=75)])
    rows.append([Cell("2. Solvabiliteitsratio", width=210), Cell(B["solv"] + "%", align="right", width=75),
                 Cell(f(kg[0]["solv"]), align="right", width=75), Cell(f(kg[1]["solv"]), align="right", width=75)])
    rows.append([Cell("3. Structurele exploitatieruimte", width=210), Cell(B["sexp"] + "%", align="right", width=75),
                 Cell(d.STRUCT_EXPL["2027"] + "%", align="right", width=75), Cell(d.STRUCT_EXPL["2026"] + "%", align="right", width=75)])
    rows.append([Cell("4. Grondexploitatie", width=210)] + [Cell("n.v.t.", align="right", width=75) for _ in range(3)])
    rows.append([Cell("5. Belastingcapaciteit", width=210)] + [Cell("n.v.t.", align="right", width=75) for _ in range(3)])
    return table(rows, grid=True)


# ---------------------------------------------------------------- the document

STYLE = r"""<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1040178053 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	mso-bidi-font-size:11.0pt;
	font-family:"Arial",sans-serif;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-bidi-font-family:"Times New Roman";
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Kop 1 Char";
	mso-style-next:Standaard;
	margin-top:18.0pt;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:21.6pt;
	text-indent:-21.6pt;
	page-break-after:avoid;
	mso-outline-level:1;
	mso-list:l0 level1 lfo1;
	font-size:16.0pt;
	font-family:"Arial",sans-serif;
	color:#1F3864;
	mso-font-kerning:16.0pt;
	font-weight:bold;}
h2
	{mso-style-priority:9;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-link:"Kop 2 Char";
	mso-style-next:Standaard;
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:4.0pt;
	margin-left:28.8pt;
	text-indent:-28.8pt;
	page-break-after:avoid;
	mso-outline-level:2;
	mso-list:l0 level2 lfo1;
	font-size:12.0pt;
	font-family:"Arial",sans-serif;
	color:#2F5496;
	font-weight:bold;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
	{mso-style-update:auto;
	mso-style-priority:39;
	mso-style-next:Standaard;
	margin-top:6.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	tab-stops:right dotted 453.1pt;
	font-size:10.0pt;
	font-family:"Arial",sans-serif;
	font-weight:bold;}
p.MsoToc2, li.MsoToc2, div.MsoToc2
	{mso-style-update:auto;
	mso-style-priority:39;
	mso-style-next:Standaard;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:10.0pt;
	tab-stops:right dotted 453.1pt;
	font-size:10.0pt;
	font-family:"Arial",sans-serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-priority:99;
	mso-style-link:"Voetnoottekst Char";
	margin:0cm;
	font-size:8.0pt;
	font-family:"Arial",sans-serif;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{mso-style-priority:35;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-next:Standaard;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:10.0pt;
	margin-left:0cm;
	font-size:9.0pt;
	font-family:"Arial",sans-serif;
	color:#44546A;
	font-weight:bold;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-priority:10;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	font-size:28.0pt;
	font-family:"Arial",sans-serif;
	color:#1F3864;}
span.MsoFootnoteReference
	{mso-style-priority:99;
	vertical-align:super;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:10.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-type:export-only;
	margin:0cm 0cm 0cm 36.0pt;
	mso-add-space:auto;
	font-size:10.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-type:export-only;
	margin:0cm 0cm 8.0pt 36.0pt;
	mso-add-space:auto;
	font-size:10.0pt;
	font-family:"Arial",sans-serif;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-fareast-language:EN-US;}
 /* Page Definitions */
 @page
	{mso-footnote-separator:url("Jaarstukken%202027%20GGD%20Heuvelzate_bestanden/header.htm") fs;
	mso-footnote-continuation-separator:url("Jaarstukken%202027%20GGD%20Heuvelzate_bestanden/header.htm") fcs;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-title-page:yes;
	mso-footer:url("Jaarstukken%202027%20GGD%20Heuvelzate_bestanden/header.htm") f1;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1021394412;
	mso-list-template-ids:-1245188290;}
@list l0:level1
	{mso-level-text:%1;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:21.6pt;
	text-indent:-21.6pt;}
@list l0:level2
	{mso-level-text:"%1\.%2";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:28.8pt;
	text-indent:-28.8pt;}
@list l1
	{mso-list-id:1876427733;
	mso-list-type:hybrid;
	mso-list-template-ids:-1508162312 68354049 68354051 68354053 68354049 68354051 68354053 68354049 68354051 68354053;}
@list l1:level1
	{mso-level-number-format:bullet;
	mso-level-text:\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Standaardtabel";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-fareast-language:EN-US;}
table.MsoTableGrid
	{mso-style-name:Tabelraster;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
</style>
<![endif]-->"""


HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="Jaarstukken%202027%20GGD%20Heuvelzate_bestanden/filelist.xml">
<title>Jaarstukken 2027 GGD Heuvelzate</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Team Control en Financiën</o:Author>
  <o:LastAuthor>Bakker, Ingrid</o:LastAuthor>
  <o:Revision>14</o:Revision>
  <o:TotalTime>1843</o:TotalTime>
  <o:Created>2028-02-12T09:14:00Z</o:Created>
  <o:LastSaved>2028-04-14T15:52:00Z</o:LastSaved>
  <o:Pages>24</o:Pages>
  <o:Words>6120</o:Words>
  <o:Characters>33664</o:Characters>
  <o:Company>GGD Heuvelzate</o:Company>
  <o:Lines>280</o:Lines>
  <o:Paragraphs>79</o:Paragraphs>
  <o:CharactersWithSpaces>39705</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>100</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:HyphenationZone>21</w:HyphenationZone>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>NL</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
 </w:LatentStyles>
</xml><![endif]-->
"""


def toc(entries: list[tuple[int, str, str, int]]) -> str:
    """Table of contents as Word writes a TOC field without hyperlinks."""
    out = [f"<p class=MsoNormal style='margin-bottom:12.0pt'><b><span style='font-size:16.0pt;font-family:\"Arial\",sans-serif;color:#1F3864'>Inhoudsopgave<o:p></o:p></span></b></p>\n"]
    for i, (level, num, title, page) in enumerate(entries):
        cls = "MsoToc1" if level == 1 else "MsoToc2"
        field = ""
        if i == 0:
            field = ("<!--[if supportFields]><span style='mso-element:field-begin'></span><span "
                     "style='mso-spacerun:yes'>&nbsp;</span>TOC \\o &quot;1-2&quot; \\u <span "
                     "style='mso-element:field-separator'></span><![endif]-->")
        out.append(f"<p class={cls} style='tab-stops:{'22.0pt' if level == 1 else '32.0pt'} right dotted 453.1pt'>{field}"
                   f"<span style='font-family:\"Arial\",sans-serif;mso-no-proof:yes'>{num}<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>"
                   f"{title}<span style='mso-tab-count:1 dotted'>. . . . . . . . . . . . . . . </span>{page}<o:p></o:p></span></p>\n")
    out.append("<p class=MsoNormal><!--[if supportFields]><span style='mso-element:field-end'></span><![endif]--><o:p>&nbsp;</o:p></p>\n")
    return "".join(out)


TOC_ENTRIES = [
    (1, "", "Voorwoord", 3),
    (1, "1", "Jaarverslag", 4),
    (2, "1.1", "Kerncijfers en organisatie", 4),
    (2, "1.2", "Programmaverantwoording", 6),
    (2, "1.3", "Paragrafen", 11),
    (1, "2", "Jaarrekening", 14),
    (2, "2.1", "Overzicht van baten en lasten", 14),
    (2, "2.2", "Lasten en baten per programma", 15),
    (2, "2.3", "Bijdragen deelnemende gemeenten", 17),
    (2, "2.4", "Balans per 31 december 2027", 18),
    (2, "2.5", "Reserves", 19),
    (2, "2.6", "Resultaat en voorstel tot resultaatbestemming", 20),
    (2, "2.7", "Wet normering topinkomens (WNT)", 21),
    (1, "", "Bijlage: Kengetallen", 23),
]


def build() -> str:
    br = d.bijdrage_rows()
    tot_bijdrage = sum(r["totaal"] for r in br)
    fte_t = d.fte_totals()
    res_na = d.resultaat_na(2)
    terug = res_na - d.BESTEMMING_DIGITALISERING
    jgz = d.PROGRAMMAS[0]
    izb = d.PROGRAMMAS[1]
    jgz_v = d.verschil("lasten", jgz[2][1], jgz[2][2])[0]
    izb_n = d.verschil("lasten", izb[2][1], izb[2][2])[0]

    parts = [HEAD, STYLE, "\n</head>\n\n<body lang=NL style='tab-interval:35.4pt;word-wrap:break-word'>\n\n<div class=WordSection1>\n\n"]
    # title page
    parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" * 6)
    parts.append("<p class=MsoTitle><span style='font-family:\"Arial\",sans-serif'>Jaarstukken 2027<o:p></o:p></span></p>\n")
    parts.append("<p class=MsoNormal style='margin-top:6.0pt'><span style='font-size:16.0pt;font-family:\"Arial\",sans-serif;color:#2F5496'>Gemeenschappelijke Regeling GGD Heuvelzate<o:p></o:p></span></p>\n")
    parts.append("<p class=MsoNormal><span style='font-size:12.0pt;font-family:\"Arial\",sans-serif'>Jaarverslag en jaarrekening<o:p></o:p></span></p>\n")
    parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" * 10)
    parts.append(p("Versie ter vaststelling door het algemeen bestuur op 3 juli 2028"))
    parts.append(p("Dagelijks bestuur, 14 april 2028"))
    parts.append(p("GGD Heuvelzate&nbsp;|&nbsp;Postbus 2140&nbsp;|&nbsp;Ruigendal&nbsp;|&nbsp;www.ggdheuvelzate.nl"))
    parts.append(page_break())
    parts.append(toc(TOC_ENTRIES))
    parts.append(page_break())

    # Voorwoord
    parts.append("<p class=MsoNormal style='margin-bottom:6.0pt'><b><span style='font-size:16.0pt;font-family:\"Arial\",sans-serif;color:#1F3864'>Voorwoord<o:p></o:p></span></b></p>\n")
    parts.append(body("Voor u liggen de jaarstukken 2027 van de Gemeenschappelijke Regeling GGD Heuvelzate. De GGD werkt in opdracht van acht gemeenten aan de gezondheid van ruim 312.000 inwoners. In 2027 stond de uitbraak van mazelen in het voorjaar centraal: in Ketelum en Zandheide raakten 46 mensen besmet, van wie 9 in het ziekenhuis werden opgenomen. Met een extra vaccinatiecampagne en intensief bron- en contactonderzoek is de uitbraak binnen drie maanden beheerst."))
    parts.append(body(f"Tegelijk was het een jaar van krapte op de arbeidsmarkt. Vooral voor jeugdartsen en jeugdverpleegkundigen bleven vacatures lang open. Dat is de belangrijkste reden dat de jeugdgezondheidszorg onder het budget bleef. Financieel sluit 2027 af met een positief resultaat na bestemming van € {nl(res_na)}. Het dagelijks bestuur stelt voor een deel daarvan te reserveren voor het nieuwe digitale cliëntdossier en het restant terug te betalen aan de gemeenten."))
    parts.append(body("Wij danken onze medewerkers, de deelnemende gemeenten en onze partners voor de goede samenwerking."))
    parts.append(body("M. van Dalen, voorzitter algemeen bestuur<br>drs. E.J. Hofstede-Vink, directeur publieke gezondheid"))
    parts.append(page_break())

    # 1 Jaarverslag
    parts.append(heading(1, "1", "Jaarverslag"))
    parts.append(heading(2, "1.1", "Kerncijfers en organisatie"))
    parts.append(body("De GGD Heuvelzate is een openbaar lichaam op grond van de Wet gemeenschappelijke regelingen. De GGD voert voor de deelnemende gemeenten de taken uit de Wet publieke gezondheid uit, waaronder de jeugdgezondheidszorg voor kinderen van 0 tot 18 jaar, de infectieziektebestrijding, de gezondheidsbevordering en -monitoring, het toezicht op de kinderopvang en de medische milieukunde. Daarnaast verzorgt de GGD de GHOR-taak binnen de veiligheidsregio."))
    parts.append(caption("Tabel 1 Kerncijfers 2027"))
    parts.append(t_kerncijfers())
    parts.append(body("Deelnemende gemeenten zijn Ruigendal, Slotenzijl, Oudeheem, Tolwerf, Eskerlaar, Ketelum, Noorderesch en Zandheide. Het algemeen bestuur bestaat uit één wethouder per gemeente; het dagelijks bestuur uit vier leden. Voorzitter is de wethouder volksgezondheid van Ruigendal. De GGD is gevestigd in Ruigendal en heeft consultatiebureaus in alle acht gemeenten."))

    parts.append(heading(2, "1.2", "Programmaverantwoording"))
    parts.append(body("Per programma geven wij aan wat wij wilden bereiken, wat wij daarvoor hebben gedaan en wat het heeft gekost. De financiële cijfers per programma staan in hoofdstuk 2 (tabel 3 en tabel 4). Een V staat voor een voordelig verschil, een N voor een nadelig verschil ten opzichte van de begroting na wijziging."))
    parts.append(subhead("Programma Jeugdgezondheidszorg"))
    parts.append(body("<b>Wat wilden we bereiken?</b> Alle kinderen in het werkgebied groeien gezond en veilig op. Wij zien ieder kind op de vastgestelde contactmomenten en signaleren problemen vroeg."))
    parts.append(bullets([
        "Het bereik van het consultatiebureau (0-4 jaar) was 96,8% (doel: 95%).",
        "De vaccinatiegraad BMR bij tweejarigen steeg naar 90,2% (2026: 89,1%); het doel van 92% is niet gehaald.",
        "Het programma Stevig Ouderschap ondersteunde 212 gezinnen.",
        "In het voortgezet onderwijs is op alle 14 scholen een vaste jeugdverpleegkundige aanwezig.",
    ]))
    parts.append(body(f"<b>Wat heeft het gekost?</b> De lasten van de jeugdgezondheidszorg waren € {nl(jgz_v)} lager dan begroot. Dat komt vooral door vacatures: gemiddeld stond 4,5 fte jeugdarts open. Een deel van het werk is door inhuur opgevangen, maar niet alles. De baten zijn hoger door een hogere vergoeding van het RIVM voor het Rijksvaccinatieprogramma."))
    parts.append(subhead("Programma Infectieziektebestrijding"))
    parts.append(body(f"<b>Wat wilden we bereiken?</b> Het risico op verspreiding van infectieziekten is zo klein mogelijk. <b>Wat hebben we gedaan?</b> Naast de reguliere taken (tbc-bestrijding, seksuele gezondheid, reizigersadvisering) hebben wij de mazelenuitbraak in Ketelum en Zandheide bestreden. Er zijn 1.842 personen gescreend op tbc en op de Sense-spreekuren vonden 2.316 consulten plaats."))
    parts.append(body(f"<b>Wat heeft het gekost?</b> De lasten waren € {nl(izb_n)} hoger dan de begroting na wijziging. De extra kosten van de mazelenuitbraak (inzet van personeel, extra vaccinaties en communicatie) zijn maar deels vergoed door de specifieke uitkering van het Rijk{footnote(FN_SPUK)}. Daardoor zijn ook de baten hoger dan begroot."))
    parts.append(subhead("Programma Gezondheidsbevordering en Monitoring"))
    parts.append(body("In 2027 is de Gezondheidsmonitor Jeugd afgenomen bij 14.600 leerlingen van het voortgezet onderwijs. De resultaten zijn per gemeente in een factsheet aangeboden. Wij ondersteunden de gemeenten bij hun lokale preventieakkoorden, met de nadruk op alcohol- en vapegebruik onder jongeren en op eenzaamheid bij ouderen. De lasten bleven onder de begroting doordat een onderzoek naar de mentale gezondheid van jongvolwassenen naar 2028 is verschoven."))
    parts.append(subhead("Programma Toezicht en Milieu"))
    parts.append(body("De GGD voerde in opdracht van de gemeenten 612 inspecties kinderopvang uit; dat is 98% van de verplichte inspecties. De medisch milieukundigen beantwoordden 384 vragen van inwoners en gemeenten over onder meer binnenmilieu, geluid en houtrook."))
    parts.append(subhead("Programma Crisisbeheersing en GHOR"))
    parts.append(body("De GHOR nam deel aan de regionale oefening ‘Hoge Heide’ in oktober 2027 en actualiseerde het draaiboek voor grootschalige vaccinatie. De kosten bleven binnen de begroting."))

    parts.append(heading(2, "1.3", "Paragrafen"))
    parts.append(subhead("Weerstandsvermogen en risicobeheersing"))
    parts.append(body(f"De GGD houdt een beperkte algemene reserve aan om financiële risico’s op te vangen. Het algemeen bestuur heeft het maximum van de algemene reserve vastgesteld op 5% van de begrote lasten. De benodigde weerstandscapaciteit op basis van de geïnventariseerde risico’s bedraagt € {nl(d.BENODIGDE_WEERSTANDSCAPACITEIT)}. Met een algemene reserve van € {nl(d.reserve_end(d.RESERVES[0]))} per 31 december 2027 is de ratio weerstandsvermogen {str(d.weerstandsratio()).replace('.', ',')} (voldoende). De belangrijkste risico’s zijn de krapte op de arbeidsmarkt, nieuwe uitbraken van infectieziekten en de invoering van het digitale cliëntdossier. De financiële kengetallen staan in de bijlage."))
    parts.append(subhead("Financiering"))
    parts.append(body("De GGD heeft één langlopende lening bij de BNG Bank voor de aankoop van het hoofdkantoor in Ruigendal. Er is in 2027 € 400.000 afgelost. De kasgeldlimiet en de renterisiconorm zijn in 2027 niet overschreden. Overtollige middelen worden aangehouden in ’s Rijks schatkist."))
    parts.append(subhead("Bedrijfsvoering"))
    parts.append(body(f"Per 31 december 2027 werkten er {fte_t[3]} medewerkers bij de GGD. Het ziekteverzuim was {d.ZIEKTEVERZUIM[2027]}% (2026: {d.ZIEKTEVERZUIM[2026]}%). De kosten van inhuur van derden bedroegen € {nl(d.INHUUR_DERDEN_2027)}, vooral voor jeugdartsen en voor de mazelenuitbraak."))
    parts.append(caption("Tabel 2 Personeelsformatie en bezetting"))
    parts.append(t_formatie())
    parts.append(subhead("Verbonden partijen en onderhoud kapitaalgoederen"))
    parts.append(body("De GGD heeft geen verbonden partijen. Het hoofdkantoor en de consultatiebureaus worden onderhouden volgens het meerjarig onderhoudsplan 2025–2034; het onderhoud wordt bekostigd uit de voorziening groot onderhoud."))
    parts.append(page_break())

    # 2 Jaarrekening
    parts.append(heading(1, "2", "Jaarrekening"))
    parts.append(heading(2, "2.1", "Overzicht van baten en lasten"))
    parts.append(body("Het overzicht van baten en lasten vergelijkt de realisatie met de primitieve begroting (zoals vastgesteld in juli 2026) en met de begroting na wijziging (inclusief de begrotingswijzigingen 2027-1 en 2027-2)."))
    parts.append(caption("Overzicht van baten en lasten 2027 (bedragen in euro's)"))
    parts.append(t_overzicht())
    parts.append(heading(2, "2.2", "Lasten en baten per programma"))
    parts.append(caption("Tabel 3 Lasten per programma (bedragen in euro's)"))
    parts.append(t_programma("lasten"))
    parts.append(caption("Tabel 4 Baten per programma (bedragen in euro's)"))
    parts.append(t_programma("baten"))
    parts.append(body("De eigen baten per programma bestaan uit vergoedingen van het Rijk (onder meer voor het Rijksvaccinatieprogramma en de specifieke uitkering voor de mazelenuitbraak), opbrengsten van reizigersadvisering en bijdragen van derden. De bijdragen van de deelnemende gemeenten zijn als algemeen dekkingsmiddel verantwoord."))
    parts.append(page_break())
    parts.append(heading(2, "2.3", "Bijdragen deelnemende gemeenten"))
    parts.append(body(f"De bijdrage van de gemeenten bestaat uit een bedrag per inwoner voor de publieke gezondheid (€ {str(d.TARIEF_PG).replace('.', ',')} per inwoner in 2027), een bedrag per jeugdige voor de jeugdgezondheidszorg (€ {str(d.TARIEF_JGZ).replace('.', ',')}0 per jeugdige van 0 tot en met 17 jaar) en een bijdrage voor plustaken die een gemeente apart afneemt, zoals extra inzet op het voortgezet onderwijs of Stevig Ouderschap."))
    parts.append(caption("Tabel 5 Bijdragen per deelnemende gemeente 2027"))
    parts.append(t_bijdragen())
    parts.append(heading(2, "2.4", "Balans per 31 december 2027"))
    parts.append(caption("Tabel 6 Balans (bedragen x €&nbsp;1.000)"))
    parts.append(t_balans())
    parts.append(body("Gewaarborgde geldleningen en garantstellingen zijn er niet. De materiële vaste activa zijn gedaald door de reguliere afschrijvingen; in 2027 is alleen geïnvesteerd in vervanging van ICT-middelen."))
    parts.append(heading(2, "2.5", "Reserves"))
    parts.append(caption("Tabel 7 Verloop van de reserves 2027"))
    parts.append(t_reserves())
    parts.append(body("De onttrekking aan de bestemmingsreserve Digitalisering cliëntdossier is lager dan begroot (€ 186.000) doordat de aanbesteding van het nieuwe dossier vertraging opliep. De bestemmingsreserve Frictiekosten en opleidingen is ingezet voor de opleiding van doktersassistenten tot jeugdverpleegkundige."))
    parts.append(heading(2, "2.6", "Resultaat en voorstel tot resultaatbestemming"))
    parts.append(body(f"Het saldo van baten en lasten (het resultaat vóór bestemming) over 2027 bedraagt € {nl(d.resultaat_voor(2))} positief. Na verwerking van de onttrekkingen aan de reserves van € {nl(d.ONTTREKKINGEN[2])} is het resultaat na bestemming € {nl(res_na)} positief."))
    parts.append(body(f"Het dagelijks bestuur stelt het algemeen bestuur voor om € {nl(d.BESTEMMING_DIGITALISERING)} toe te voegen aan de bestemmingsreserve Digitalisering cliëntdossier, omdat de invoering van het dossier naar 2028 is verschoven, en het restant van € {nl(terug)} terug te betalen aan de deelnemende gemeenten naar rato van hun totale bijdrage 2027. De algemene reserve blijft daarmee onder het maximum van 5% van de begrote lasten."))
    parts.append(heading(2, "2.7", "Wet normering topinkomens (WNT)"))
    parts.append(body(f"Op de GGD is de WNT van toepassing. Het voor de GGD toepasselijke bezoldigingsmaximum is in 2027 het algemene bezoldigingsmaximum{footnote(FN_WNT)}. De directeur publieke gezondheid is de enige topfunctionaris met een dienstbetrekking."))
    parts.append(caption("Tabel 8 Bezoldiging topfunctionarissen met dienstbetrekking"))
    parts.append(t_wnt())
    parts.append(body("De leden van het algemeen en dagelijks bestuur ontvangen geen bezoldiging van de GGD; zij worden vergoed door hun eigen gemeente. Er zijn in 2027 geen andere functionarissen geweest die een bezoldiging boven het individueel toepasselijke maximum ontvingen."))
    parts.append(page_break())
    parts.append("<p class=MsoNormal style='margin-bottom:6.0pt'><b><span style='font-size:16.0pt;font-family:\"Arial\",sans-serif;color:#1F3864'>Bijlage: Kengetallen<o:p></o:p></span></b></p>\n")
    parts.append(body("De verplichte financiële kengetallen uit het Besluit begroting en verantwoording (BBV) geven een beeld van de financiële positie van de GGD. De netto schuldquote is gedaald doordat er is afgelost en de vlottende middelen zijn toegenomen."))
    parts.append(caption("Tabel 9 Financiële kengetallen"))
    parts.append(t_kengetallen())
    parts.append("\n</div>\n\n<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n\n"
                 "<hr align=left size=1 width=\"33%\">\n\n<![endif]>\n\n" + "".join(FOOTNOTES) + "\n</div>\n\n</body>\n\n</html>\n")
    return "".join(parts)


def main(outdir: str) -> None:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    html = build()
    target = out / "ggd-heuvelzate-jaarstukken-2027.htm"
    target.write_bytes(html.replace("\n", "\r\n").encode("cp1252"))
    print("wrote", target)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
