"""Writes ../corpus/bsz-jaarstukken-2028.htm in the markup of Microsoft Excel's
"Opslaan als webpagina" (Save as Web Page), windows-1252 encoded, all worksheets in one file."""
import os

import data_gr as G

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", G.HTM_FILE)

SHEETS = ["Baten en lasten", "Bijdragen deelnemers", "Balans", "Reserves", "Personeel", "Kengetallen"]
COLS = "ABCDEFGHIJ"
RESULT_ROW = None


def nl_int(v):
    s = f"{abs(int(round(v))):,}".replace(",", ".")
    return "-" + s if v < 0 else s


def nl_dec(v, d):
    s = f"{abs(v):,.{d}f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return "-" + s if v < 0 else s


# ------------------------------------------------------------------ cells
def T(text, cls="xl67", colspan=1, x_str=False):
    return {"t": "s", "text": text, "cls": cls, "colspan": colspan, "x_str": x_str}


def E(cls="xl66", colspan=1):
    return {"t": "e", "cls": cls, "colspan": colspan}


def N(value, kind="int", cls=None, fmla=None):
    """kind: int (#,##0), neg (#,##0;[Red]-#,##0), pct (0.0%), pct2 (0.00%), pct0 (0%), dec1 (0.0), eur2."""
    if value is None:
        return E("xl70")
    if kind in ("int", "neg"):
        disp = nl_int(value)
    elif kind == "pct":
        disp = nl_dec(value * 100, 1) + "%"
    elif kind == "pct2":
        disp = nl_dec(value * 100, 2) + "%"
    elif kind == "pct0":
        disp = nl_dec(value * 100, 0) + "%"
    elif kind == "dec1":
        disp = nl_dec(value, 1)
    elif kind == "eur2":
        disp = "€ " + nl_dec(value, 2)
    else:
        raise ValueError(kind)
    default_cls = {"int": "xl70", "neg": "xl74", "pct": "xl76", "pct2": "xl77", "pct0": "xl78", "dec1": "xl79",
                   "eur2": "xl80"}[kind]
    raw = repr(float(value)) if isinstance(value, float) else str(value)
    if raw.endswith(".0"):
        raw = raw[:-2]
    return {"t": "n", "text": disp, "raw": raw, "cls": cls or default_cls, "fmla": fmla, "colspan": 1}


STYLE = r"""<style id="BSZ_Jaarstukken_2028_8817_Styles">
<!--table
	{mso-displayed-decimal-separator:"\,";
	mso-displayed-thousand-separator:"\.";}
.xl15
	{padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:11.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:Calibri, sans-serif;
	mso-font-charset:0;
	mso-number-format:General;
	text-align:general;
	vertical-align:bottom;
	mso-background-source:auto;
	mso-pattern:auto;
	white-space:nowrap;}
.xl63
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:#1F4E79;font-size:14.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:General;vertical-align:bottom;white-space:nowrap;}
.xl64
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:11.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:General;vertical-align:bottom;white-space:nowrap;}
.xl65
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:#595959;font-size:9.0pt;font-style:italic;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:General;vertical-align:bottom;white-space:nowrap;}
.xl66
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:General;vertical-align:bottom;white-space:nowrap;}
.xl67
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\@";vertical-align:bottom;white-space:nowrap;}
.xl68
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:white;font-size:10.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:General;text-align:center;vertical-align:middle;
	border-top:.5pt solid windowtext;border-bottom:.5pt solid windowtext;
	background:#1F4E79;mso-pattern:black none;white-space:normal;}
.xl69
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-weight:700;font-style:italic;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:General;vertical-align:bottom;white-space:nowrap;}
.xl70
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\#\,\#\#0";text-align:right;vertical-align:bottom;white-space:nowrap;}
.xl71
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\#\,\#\#0";text-align:right;vertical-align:bottom;
	border-top:.5pt solid windowtext;border-bottom:1.0pt double windowtext;white-space:nowrap;}
.xl72
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:General;vertical-align:bottom;
	border-top:.5pt solid windowtext;border-bottom:1.0pt double windowtext;white-space:nowrap;}
.xl73
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:9.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\@";text-align:left;vertical-align:top;white-space:normal;}
.xl74
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\#\,\#\#0\;\[Red\]\\-\#\,\#\#0";text-align:right;
	vertical-align:bottom;white-space:nowrap;}
.xl75
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:9.0pt;font-style:italic;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\@";text-align:left;vertical-align:top;
	border-top:.5pt solid #A6A6A6;white-space:normal;}
.xl76
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"0\.0%";text-align:right;vertical-align:bottom;white-space:nowrap;}
.xl77
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"0\.00%";text-align:right;vertical-align:bottom;white-space:nowrap;}
.xl78
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:0%;text-align:right;vertical-align:bottom;white-space:nowrap;}
.xl79
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"0\.0";text-align:right;vertical-align:bottom;white-space:nowrap;}
.xl80
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\0022€\0022\\ \#\,\#\#0\.00";text-align:right;
	vertical-align:bottom;white-space:nowrap;}
.xl81
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"0\.0";text-align:right;vertical-align:bottom;
	border-top:.5pt solid windowtext;border-bottom:1.0pt double windowtext;white-space:nowrap;}
.xl82
	{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;
	color:black;font-size:10.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-font-charset:0;mso-number-format:"\#\,\#\#0\;\[Red\]\\-\#\,\#\#0";text-align:right;
	vertical-align:bottom;border-top:.5pt solid windowtext;border-bottom:1.0pt double windowtext;
	white-space:nowrap;}
-->
</style>"""


class Sheet:
    def __init__(self, name, widths):
        self.name = name
        self.widths = widths          # pixels per column
        self.rows = []                # list of lists of cells

    def add(self, cells=None):
        self.rows.append(cells or [])
        return len(self.rows)         # 1-based Excel row number

    def html(self):
        ncols = len(self.widths)
        total_w = sum(self.widths)
        out = [f'<table border=0 cellpadding=0 cellspacing=0 width={total_w} '
               f"style='border-collapse:collapse;table-layout:fixed;width:{round(total_w * 0.75)}pt'>"]
        for w in self.widths:
            out.append(f" <col width={w} style='mso-width-source:userset;mso-width-alt:{int(w * 36.57)};"
                       f"width:{round(w * 0.75)}pt'>")
        for r_i, cells in enumerate(self.rows, start=1):
            tall = any(c.get("cls") in ("xl73", "xl75") and len(c.get("text", "")) > 70 for c in cells)
            h = 40 if tall else 20
            out.append(f" <tr height={h} style='height:{h * 0.75:.2f}pt'>")
            used = 0
            for c in cells:
                used += c["colspan"]
            cells = cells + [E("xl15")] * (ncols - used)
            first = True
            for c in cells:
                attrs = f"class={c['cls']}"
                if first:
                    attrs = f"height={h} " + attrs
                if c["colspan"] > 1:
                    attrs += f" colspan={c['colspan']}"
                if first:
                    attrs += f" style='height:{h * 0.75:.2f}pt'"
                    first = False
                if c["t"] == "e":
                    out.append(f"  <td {attrs}>&nbsp;</td>")
                elif c["t"] == "s":
                    if c.get("x_str"):
                        attrs += ' x:str="' + c["text"].replace('"', "&quot;") + '"'
                    txt = c["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    out.append(f"  <td {attrs}>{txt}</td>")
                else:
                    attrs += f' align=right x:num="{c["raw"]}"'
                    if c.get("fmla"):
                        attrs += f' x:fmla="{c["fmla"]}"'
                    out.append(f"  <td {attrs}>{c['text']}</td>")
            out.append(" </tr>")
        out.append(" <![if supportMisalignedColumns]>")
        out.append(" <tr height=0 style='display:none'>")
        for w in self.widths:
            out.append(f"  <td width={w} style='width:{round(w * 0.75)}pt'></td>")
        out.append(" </tr>")
        out.append(" <![endif]>")
        out.append("</table>")
        return "\n".join(out)


def title_rows(sh, subtitle, note, ncols):
    sh.add([T(G.BODY, "xl63", ncols)])
    sh.add([T(subtitle, "xl64", ncols)])
    sh.add([])
    sh.add([T(note, "xl65")] if note else [])


# ------------------------------------------------------------------ sheets
def sheet_overzicht():
    sh = Sheet(SHEETS[0], [300, 86, 86, 96, 86, 86, 430])
    title_rows(sh, "Jaarstukken 2028 BSZ - Overzicht van baten en lasten per taak", "bedragen x € 1.000", 7)
    sh.add([T("Omschrijving", "xl68"), T("Realisatie", "xl68"), T("Begroting 2028", "xl68", 2),
            T("Realisatie", "xl68"), T("Verschil", "xl68"), T("Toelichting op het verschil", "xl68")])
    sh.add([E("xl68"), T("2027", "xl68", x_str=True), T("primitief", "xl68"), T("na wijziging", "xl68"),
            T("2028", "xl68", x_str=True), T("(E - D)", "xl68"), E("xl68")])
    o = G.overview()

    def line(label, vals, note=None, bold=False):
        r = len(sh.rows) + 1
        cells = [T(label, "xl72" if bold else "xl67")]
        for v in vals:
            cells.append(N(v, "int", "xl71" if bold else None))
        d, e = vals[2], vals[3]
        diff = (e or 0) - (d or 0)
        cells.append(N(diff, "neg", "xl82" if bold else None, fmla=f"=E{r}-D{r}"))
        cells.append(T(note, "xl73") if note else E("xl73"))
        sh.add(cells)
        return r

    sh.add([T("Lasten", "xl69")])
    first = len(sh.rows) + 1
    for lab, vals, note in G.LASTEN:
        line(lab, vals, note)
    last = len(sh.rows)
    r = line("Totaal lasten", o["lasten"], bold=True)
    for j, col in enumerate("BCDE", start=1):
        sh.rows[r - 1][j]["fmla"] = f"=SUM({col}{first}:{col}{last})"
    r_lasten = r
    sh.add([])
    sh.add([T("Baten", "xl69")])
    first = len(sh.rows) + 1
    line("Bijdragen deelnemers", o["bijdragen"], "Zie werkblad Bijdragen deelnemers.")
    for lab, vals, note in G.BATEN_OVERIG:
        line(lab, vals, note)
    last = len(sh.rows)
    r = line("Totaal baten", o["baten"], bold=True)
    for j, col in enumerate("BCDE", start=1):
        sh.rows[r - 1][j]["fmla"] = f"=SUM({col}{first}:{col}{last})"
    r_baten = r
    sh.add([])
    r = line("Saldo van baten en lasten", o["saldo"], bold=True)
    for j, col in enumerate("BCDE", start=1):
        sh.rows[r - 1][j]["fmla"] = f"={col}{r_baten}-{col}{r_lasten}"
        sh.rows[r - 1][j]["cls"] = "xl82"
    r_saldo = r
    r1 = line("Toevoeging aan reserves", G.TOEVOEGING_RES)
    r2 = line("Onttrekking aan reserves", G.ONTTREKKING_RES,
              "Onttrekking bestemmingsreserve vervanging ICT (1e begrotingswijziging).")
    r = line("Resultaat na bestemming", o["resultaat"], bold=True)
    for j, col in enumerate("BCDE", start=1):
        sh.rows[r - 1][j]["fmla"] = f"={col}{r_saldo}-{col}{r1}+{col}{r2}"
    global RESULT_ROW
    RESULT_ROW = r
    sh.add([])
    sh.add([T("Toelichting resultaat: het algemeen bestuur stelt voor het positieve resultaat 2028 van € 151.842 "
              "terug te betalen aan de deelnemers naar rato van de verdeelsleutel 2028 (zie werkblad Bijdragen "
              "deelnemers). Het resultaat 2027 (€ 41.000) is in 2028 op dezelfde wijze verrekend.", "xl75", 7)])
    return sh


def sheet_bijdragen():
    sh = Sheet(SHEETS[1], [200, 96, 96, 96, 90, 120, 130, 130])
    title_rows(sh, "Bijdragen deelnemers 2028", "bedragen in euro's", 8)
    sh.add([T("Deelnemer", "xl68"), T("Inwoners 1-1-2028", "xl68"), T("WOZ-objecten", "xl68"),
            T("Aanslagregels", "xl68"), T("Verdeelsleutel", "xl68"), T("Bijdrage begroting 2028", "xl68"),
            T("Bijdrage na 1e wijziging", "xl68"), T("Aandeel resultaat 2028", "xl68")])
    first = len(sh.rows) + 1
    n = len(G.DEELNEMERS)
    tot_row = first + n
    sl = G.sleutels()
    be = G.bijdragen_eur()
    for k, (name, inw, woz, aan) in enumerate(G.DEELNEMERS):
        r = first + k
        sh.add([T(name), N(inw), N(woz), N(aan),
                N(sl[k], "pct2", fmla=f"=0.6*C{r}/C${tot_row}+0.4*D{r}/D${tot_row}"),
                N(be[k][0], fmla=f"=E{r}*F${tot_row}"), N(be[k][1], fmla=f"=E{r}*G${tot_row}"),
                N(be[k][2], "neg", fmla=f"=-E{r}*'Baten en lasten'!$E${RESULT_ROW}*1000")])
    last = first + n - 1
    cells = [T("Totaal", "xl72")]
    for j, col in enumerate("BCDEFGH", start=1):
        if col == "E":
            v, kind = sum(sl), "pct2"
        elif col in "BCD":
            v, kind = sum(d[j] for d in G.DEELNEMERS), "int"
        else:
            v, kind = sum(b[j - 5] for b in be), "int" if col != "H" else "neg"
        c = N(v, kind, "xl82" if kind == "neg" else ("xl71" if kind == "int" else None),
              fmla=f"=SUM({col}{first}:{col}{last})")
        cells.append(c)
    sh.add(cells)
    sh.add([])
    sh.add([T("Verdeelsleutel: 60% op basis van het aantal WOZ-objecten en 40% op basis van het aantal "
              "aanslagregels, peildatum 1 januari 2028. Een negatief aandeel in het resultaat is een bedrag dat "
              "de deelnemer terugontvangt.", "xl75", 8)])
    sh.add([T("De bijdrage na 1e wijziging is in 2028 in vier termijnen gefactureerd.", "xl75", 8)])
    return sh


def sheet_balans():
    sh = Sheet(SHEETS[2], [340, 100, 100])
    title_rows(sh, "Balans per 31 december 2028", "bedragen x € 1.000", 3)
    sh.add([T("Activa", "xl68"), T("31-12-2028", "xl68", x_str=True), T("31-12-2027", "xl68", x_str=True)])

    def block(label, items, tot_label):
        sh.add([T(label, "xl69")])
        f = len(sh.rows) + 1
        for lab, a, b in items:
            sh.add([T(lab), N(a), N(b)])
        l_ = len(sh.rows)
        sh.add([T(tot_label, "xl72"), N(sum(i[1] for i in items), "int", "xl71", f"=SUM(B{f}:B{l_})"),
                N(sum(i[2] for i in items), "int", "xl71", f"=SUM(C{f}:C{l_})")])
        return len(sh.rows), sum(i[1] for i in items), sum(i[2] for i in items)

    r1, a1, b1 = block("Vaste activa", G.ACTIVA_VAST, "Totaal vaste activa")
    r2, a2, b2 = block("Vlottende activa", G.ACTIVA_VLOT, "Totaal vlottende activa")
    sh.add([T("Totaal activa", "xl72"), N(a1 + a2, "int", "xl71", f"=B{r1}+B{r2}"),
            N(b1 + b2, "int", "xl71", f"=C{r1}+C{r2}")])
    sh.add([])
    sh.add([T("Passiva", "xl68"), T("31-12-2028", "xl68", x_str=True), T("31-12-2027", "xl68", x_str=True)])
    rs, sa, sb = [], 0, 0
    for lab, items, tl in [("Eigen vermogen", G.PASSIVA_EV, "Totaal eigen vermogen"),
                           ("Voorzieningen", G.PASSIVA_VOORZ, "Totaal voorzieningen"),
                           ("Vaste schulden met een looptijd van één jaar of langer", G.PASSIVA_VAST,
                            "Totaal vaste schulden"),
                           ("Vlottende passiva", G.PASSIVA_VLOT, "Totaal vlottende passiva")]:
        r, a, b = block(lab, items, tl)
        rs.append(r)
        sa += a
        sb += b
    sh.add([T("Totaal passiva", "xl72"), N(sa, "int", "xl71", "=" + "+".join(f"B{r}" for r in rs)),
            N(sb, "int", "xl71", "=" + "+".join(f"C{r}" for r in rs))])
    sh.add([])
    sh.add([T("Gewaarborgde geldleningen: geen. Niet uit de balans blijkende verplichting: huurcontract "
              "kantoorpand tot en met 2031 (€ 148.000 per jaar).", "xl75", 3)])
    return sh


def sheet_reserves():
    sh = Sheet(SHEETS[3], [260, 96, 90, 90, 100, 380])
    title_rows(sh, "Verloop reserves 2028", "x € 1.000", 6)
    sh.add([T("Reserve", "xl68"), T("Stand 1-1-2028", "xl68"), T("Toevoeging", "xl68"), T("Onttrekking", "xl68"),
            T("Stand 31-12-2028", "xl68"), T("Toelichting", "xl68")])
    f = len(sh.rows) + 1
    for lab, b, t, o, note in G.RESERVES:
        r = len(sh.rows) + 1
        sh.add([T(lab), N(b), N(t), N(o), N(b + (t or 0) - (o or 0), fmla=f"=B{r}+C{r}-D{r}"),
                T(note, "xl73") if note else E("xl73")])
    l_ = len(sh.rows)
    cells = [T("Totaal reserves", "xl72")]
    for j, col in enumerate("BCDE", start=1):
        if j == 1:
            v = sum(r[1] for r in G.RESERVES)
        elif j == 2:
            v = sum(r[2] or 0 for r in G.RESERVES)
        elif j == 3:
            v = sum(r[3] or 0 for r in G.RESERVES)
        else:
            v = sum(r[1] + (r[2] or 0) - (r[3] or 0) for r in G.RESERVES)
        cells.append(N(v, "int", "xl71", f"=SUM({col}{f}:{col}{l_})"))
    cells.append(E("xl72"))
    sh.add(cells)
    return sh


def sheet_personeel():
    sh = Sheet(SHEETS[4], [260, 100, 120, 120, 380])
    title_rows(sh, "Personeel en formatie", "aantallen in fte, tenzij anders vermeld", 5)
    sh.add([T("Afdeling", "xl68"), T("Formatie 2028", "xl68"), T("Bezetting 31-12-2028", "xl68"),
            T("Bezetting 31-12-2027", "xl68"), T("Toelichting", "xl68")])
    f = len(sh.rows) + 1
    for lab, a, b, c, note in G.FTE:
        sh.add([T(lab), N(a, "dec1"), N(b, "dec1"), N(c, "dec1"), T(note, "xl73") if note else E("xl73")])
    l_ = len(sh.rows)
    sh.add([T("Totaal", "xl72")] + [N(round(sum(x[i] for x in G.FTE), 1), "dec1", "xl81",
                                      f"=SUM({col}{f}:{col}{l_})") for i, col in zip((1, 2, 3), "BCD")]
           + [E("xl72")])
    sh.add([])
    sh.add([T("Overige personeelsgegevens", "xl69")])
    sh.add([T("Aantal medewerkers (personen)"), E("xl70"), N(G.MEDEWERKERS[0]), N(G.MEDEWERKERS[1]), E("xl73")])
    sh.add([T("Ziekteverzuim"), E("xl70"), N(G.ZIEKTEVERZUIM[0], "pct"), N(G.ZIEKTEVERZUIM[1], "pct"),
            T(G.ZIEKTEVERZUIM_TOELICHTING, "xl73")])
    sh.add([T("Kosten inhuur derden (x € 1.000)"), E("xl70"), N(G.INHUUR_K[0]), N(G.INHUUR_K[1]),
            T("Vooral inhuur taxateurs en ICT-specialisten ter vervanging van vacatures.", "xl73")])
    return sh


def sheet_kengetallen():
    sh = Sheet(SHEETS[5], [330, 100, 100, 100])
    title_rows(sh, "Kengetallen", None, 4)
    sh.add([T("Kengetal", "xl68"), T("Realisatie 2027", "xl68"), T("Begroting 2028", "xl68"),
            T("Realisatie 2028", "xl68")])
    sh.add([T("Financiële kengetallen (BBV)", "xl69")])
    for i, (lab, kind, a, b, c) in enumerate(G.KENGETALLEN):
        if i == 3:
            sh.add([])
            sh.add([T("Prestatiegegevens", "xl69")])
        sh.add([T(lab), N(a, kind), N(b, kind), N(c, kind)])
    sh.add([])
    sh.add([T("Het invorderingspercentage is het deel van het opgelegde bedrag dat binnen het belastingjaar is "
              "ontvangen.", "xl75", 4)])
    return sh


def build():
    sheets = [sheet_overzicht(), sheet_bijdragen(), sheet_balans(), sheet_reserves(), sheet_personeel(),
              sheet_kengetallen()]
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="bsz-jaarstukken-2028_bestanden/filelist.xml">
<title>Jaarstukken 2028 Belastingsamenwerking Zwinvaart (BSZ)</title>
""" + STYLE + """
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
""" + "".join(f"""   <x:ExcelWorksheet>
    <x:Name>{s.name}</x:Name>
    <x:WorksheetOptions>
     <x:DefaultRowHeight>300</x:DefaultRowHeight>
     <x:FitToPage/>
     <x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>
     <x:DoNotDisplayGridlines/>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
""" for s in sheets) + """  </x:ExcelWorksheets>
  <x:WindowHeight>12300</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:ActiveSheet>0</x:ActiveSheet>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">
<!--[if !excel]>&nbsp;&nbsp;<![endif]-->
<!--De volgende informatie is gegenereerd door de wizard Publiceren als webpagina van
Microsoft Excel.-->
<!--Als hetzelfde item opnieuw wordt gepubliceerd vanuit Excel, worden alle gegevens tussen de DIV-labels
vervangen.-->
<!----------------------------->
<!--BEGIN VAN UITVOER VAN WIZARD PUBLICEREN ALS WEBPAGINA VAN EXCEL -->
<!----------------------------->
"""
    body = []
    for i, s in enumerate(sheets):
        div_id = "BSZ_Jaarstukken_2028_" + s.name.replace(" ", "_")
        body.append(f'<div id="{div_id}" align=left x:publishsource="Excel">')
        body.append(f"<!-- werkblad {i + 1}: {s.name} -->")
        body.append(s.html())
        body.append("</div>")
        body.append("<br clear=all>")
    tail = """
<!----------------------------->
<!--EINDE VAN UITVOER VAN WIZARD PUBLICEREN ALS WEBPAGINA VAN EXCEL-->
<!----------------------------->
</body>

</html>
"""
    html = head + "\n".join(body) + tail
    with open(OUT, "w", encoding="cp1252", newline="\r\n") as fh:
        fh.write(html)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
