"""Write the fictional "Begroting 2026 in één oogopslag" of the Omgevingsdienst Dinkel en Vecht: ONE A4 landscape
page laid out as a dashboard with reportlab.

Layout: a coloured title band; a row of six key-figure tiles (large numbers such as "€ 21,6 mln" and "164 fte");
below it three boxes side by side: (1) lasten per product x € 1.000 with Begroting 2025 and Begroting 2026 and a
bar chart of the 2026 shares, (2) bijdragen per deelnemende gemeente in euros (2025, 2026, verdeelsleutel) and a
small baten table x € 1.000, (3) a text box "Wat verandert er in 2026?" with amounts in prose; a footer line with
the body's name.  Every box is a filled rectangle; its title is the first (bold) line in it.

Usage: python gen_onepager.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import data as d
from fmt import dec, mln, nl, prose_mln

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
FONTS = Path("/usr/share/fonts/truetype/liberation2")
pdfmetrics.registerFont(TTFont("LS", str(FONTS / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LSB", str(FONTS / "LiberationSans-Bold.ttf")))

W, H = landscape(A4)
M = 24                                    # page margin
TEAL = Color(0.05, 0.36, 0.42)
TILE = Color(0.86, 0.93, 0.94)            # key-figure tiles
BOX = Color(0.95, 0.96, 0.97)             # content boxes
BAR = Color(0.13, 0.55, 0.60)
INK = Color(0.12, 0.12, 0.14)
GREY = Color(0.40, 0.40, 0.42)
RULE = Color(0.70, 0.74, 0.76)


def text(c, x, y, s, size=8, font="LS", color=INK, align="left"):
    c.setFont(font, size)
    c.setFillColor(color)
    if align == "right":
        c.drawRightString(x, y, s)
    elif align == "center":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def wrap(s, font, size, width):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def box(c, x, y, w, h, fill):
    c.setFillColor(fill)
    c.setStrokeColor(fill)
    c.roundRect(x, y, w, h, 6, stroke=0, fill=1)


def rule(c, x0, x1, y, width=0.5):
    c.setStrokeColor(RULE)
    c.setLineWidth(width)
    c.line(x0, y, x1, y)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / d.G_FILE
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)   # reproducible bytes
    c.setTitle(f"{d.G_BODY} - Begroting 2026 in één oogopslag")
    c.setAuthor(d.G_BODY)
    c.setSubject("Begroting 2026")

    # ---- title band
    box(c, M, H - M - 62, W - 2 * M, 62, TEAL)
    text(c, M + 16, H - M - 30, "Begroting 2026 in één oogopslag", 22, "LSB", white)
    text(c, M + 16, H - M - 48, f"{d.G_BODY} ({d.G_SHORT})  ·  gemeenschappelijke regeling van "
         f"{', '.join(d.G_MEMBERS[:-1])} en {d.G_MEMBERS[-1]}", 9.5, "LS", white)
    text(c, W - M - 16, H - M - 30, "vastgesteld door het algemeen bestuur", 8.5, "LS", white, "right")
    text(c, W - M - 16, H - M - 42, "op 3 juli 2025", 8.5, "LS", white, "right")

    # ---- key-figure tiles
    tiles = [
        (f"€ {mln(d.G_TOT_LASTEN[1] * 1000)} mln", "Totale lasten 2026"),
        (f"€ {mln(d.G_BIJDRAGE[1] * 1000)} mln", "Bijdrage deelnemende gemeenten 2026"),
        (f"{d.G_FTE} fte", "Formatie 2026"),
        (nl(d.G_AANVRAGEN), "Vergunningaanvragen en meldingen (prognose 2026)"),
        (nl(d.G_CONTROLES), "Controles en inspecties (prognose 2026)"),
        (f"€ {mln(d.G_ALG_RESERVE)} mln", "Algemene reserve per 1 januari 2026"),
    ]
    gap = 10
    tw = (W - 2 * M - gap * (len(tiles) - 1)) / len(tiles)
    ty, th = H - M - 62 - 12 - 74, 74
    for i, (big, cap) in enumerate(tiles):
        x = M + i * (tw + gap)
        box(c, x, ty, tw, th, TILE)
        text(c, x + tw / 2, ty + th - 34, big, 21, "LSB", TEAL, "center")
        for j, ln in enumerate(wrap(cap, "LS", 7.5, tw - 14)):
            text(c, x + tw / 2, ty + 24 - j * 9, ln, 7.5, "LS", INK, "center")

    # ---- three boxes side by side
    by_top = ty - 12
    by_bot = M + 26
    bh = by_top - by_bot
    bw = [272, 262, W - 2 * M - 272 - 262 - 2 * gap]
    bx = [M, M + bw[0] + gap, M + bw[0] + bw[1] + 2 * gap]
    for x, w in zip(bx, bw):
        box(c, x, by_bot, w, bh, BOX)

    # (1) lasten per product
    x, w = bx[0], bw[0]
    y = by_top - 18
    text(c, x + 10, y, "Lasten per product", 11, "LSB", TEAL)
    y -= 12
    text(c, x + 10, y, "bedragen x € 1.000", 7.5, "LS", GREY)
    y -= 15
    c1, c2 = x + w - 74, x + w - 10
    text(c, x + 10, y, "Product", 7.5, "LSB")
    text(c, c1, y, "Begroting 2025", 7.5, "LSB", INK, "right")
    text(c, c2, y, "Begroting 2026", 7.5, "LSB", INK, "right")
    rule(c, x + 10, x + w - 10, y - 4)
    y -= 15
    for name, a, b in d.G_LASTEN:
        text(c, x + 10, y, name, 8)
        text(c, c1, y, nl(a), 8, "LS", INK, "right")
        text(c, c2, y, nl(b), 8, "LS", INK, "right")
        y -= 13
    rule(c, x + 10, x + w - 10, y + 9)
    text(c, x + 10, y - 1, "Totaal lasten", 8, "LSB")
    text(c, c1, y - 1, nl(d.G_TOT_LASTEN[0]), 8, "LSB", INK, "right")
    text(c, c2, y - 1, nl(d.G_TOT_LASTEN[1]), 8, "LSB", INK, "right")
    y -= 30
    text(c, x + 10, y, "Waar gaat het geld naartoe? (2026)", 9.5, "LSB", TEAL)
    y -= 16
    scale = (w - 20 - 118 - 34) / max(d.G_SHARE_2026.values())
    for name, a, b in d.G_LASTEN:
        short = name.split(" en ")[0] if len(name) > 24 else name
        text(c, x + 10, y, short, 7.5)
        c.setFillColor(BAR)
        c.rect(x + 128, y - 1, d.G_SHARE_2026[name] * scale, 8, stroke=0, fill=1)
        text(c, x + 128 + d.G_SHARE_2026[name] * scale + 4, y, f"{d.G_SHARE_2026[name]}%", 7.5)
        y -= 12.5

    # (2) bijdragen per gemeente + baten
    x, w = bx[1], bw[1]
    y = by_top - 18
    text(c, x + 10, y, "Bijdragen per deelnemende gemeente", 11, "LSB", TEAL)
    y -= 12
    text(c, x + 10, y, "bedragen in €", 7.5, "LS", GREY)
    y -= 15
    k1, k2, k3 = x + w - 134, x + w - 72, x + w - 10
    text(c, x + 10, y, "Gemeente", 7.5, "LSB")
    text(c, k1, y, "Begroting 2025", 7.5, "LSB", INK, "right")
    text(c, k2, y, "Begroting 2026", 7.5, "LSB", INK, "right")
    text(c, k3, y, "Aandeel 2026", 7.5, "LSB", INK, "right")
    rule(c, x + 10, x + w - 10, y - 4)
    y -= 15
    for m in d.G_MEMBERS:
        a, b = d.G_CONTRIB[m]
        text(c, x + 10, y, m, 8)
        text(c, k1, y, nl(a), 8, "LS", INK, "right")
        text(c, k2, y, nl(b), 8, "LS", INK, "right")
        text(c, k3, y, dec(d.G_KEY[m][1], 2) + "%", 8, "LS", INK, "right")
        y -= 13
    rule(c, x + 10, x + w - 10, y + 9)
    text(c, x + 10, y - 1, "Totaal", 8, "LSB")
    text(c, k1, y - 1, nl(d.G_CONTRIB_TOTAL[0]), 8, "LSB", INK, "right")
    text(c, k2, y - 1, nl(d.G_CONTRIB_TOTAL[1]), 8, "LSB", INK, "right")
    text(c, k3, y - 1, "100,00%", 8, "LSB", INK, "right")
    y -= 30
    text(c, x + 10, y, "Baten en resultaat", 9.5, "LSB", TEAL)
    y -= 12
    text(c, x + 10, y, "bedragen x € 1.000", 7.5, "LS", GREY)
    y -= 15
    text(c, x + 10, y, "Onderdeel", 7.5, "LSB")
    text(c, k2, y, "Begroting 2025", 7.5, "LSB", INK, "right")
    text(c, k3, y, "Begroting 2026", 7.5, "LSB", INK, "right")
    rule(c, x + 10, x + w - 10, y - 4)
    y -= 15
    rows = [("Bijdragen gemeenten", d.G_BIJDRAGE), ("Overige opbrengsten", d.G_OVERIGE_BATEN),
            ("Onttrekking algemene reserve", d.G_ONTTREKKING)]
    for name, v in rows:
        text(c, x + 10, y, name, 8)
        text(c, k2, y, nl(v[0]) if v[0] else "-", 8, "LS", INK, "right")
        text(c, k3, y, nl(v[1]) if v[1] else "-", 8, "LS", INK, "right")
        y -= 13
    rule(c, x + 10, x + w - 10, y + 9)
    tb = tuple(sum(r[1][i] for r in rows) for i in range(2))
    text(c, x + 10, y - 1, "Totaal baten", 8, "LSB")
    text(c, k2, y - 1, nl(tb[0]), 8, "LSB", INK, "right")
    text(c, k3, y - 1, nl(tb[1]), 8, "LSB", INK, "right")
    y -= 14
    res = tuple(tb[i] - d.G_TOT_LASTEN[i] for i in range(2))
    text(c, x + 10, y - 1, "Resultaat", 8, "LSB")
    text(c, k2, y - 1, nl(res[0]), 8, "LSB", INK, "right")
    text(c, k3, y - 1, nl(res[1]), 8, "LSB", INK, "right")

    # (3) wat verandert er in 2026?
    x, w = bx[2], bw[2]
    y = by_top - 18
    text(c, x + 10, y, "Wat verandert er in 2026?", 11, "LSB", TEAL)
    y -= 18
    items = [
        f"De lasten stijgen van € {mln(d.G_TOT_LASTEN[0] * 1000)} miljoen naar € {mln(d.G_TOT_LASTEN[1] * 1000)} "
        f"miljoen.",
        f"De nieuwe cao voor gemeenten verhoogt de loonkosten met {prose_mln(d.G_CAO)}.",
        f"De bodemtaken uit de Omgevingswet voeren wij nu volledig zelf uit. Daarvoor komen er "
        f"{d.G_BODEM_FTE} fte bij: € {nl(d.G_BODEM)} structureel.",
        f"Voor een nieuw zaaksysteem en de koppeling met het Digitaal Stelsel Omgevingswet is eenmalig "
        f"€ {nl(d.G_DSO)} nodig. Dit bedrag komt uit de algemene reserve, die daardoor daalt naar "
        f"€ {nl(d.G_RES_NA)}.",
        f"De prijsindexatie van de overige budgetten kost € {nl(d.G_INDEX)}.",
        f"De overige opbrengsten, vooral provinciale opdrachten en werk voor derden, stijgen met "
        f"€ {nl((d.G_OVERIGE_BATEN[1] - d.G_OVERIGE_BATEN[0]) * 1000)}.",
        f"Per saldo stijgt de bijdrage van de gemeenten met gemiddeld {dec(d.G_BIJDRAGE_PCT, 1)}%. Omdat de "
        f"verdeelsleutel is herberekend op basis van het werkpakket per gemeente, verschilt de stijging per "
        f"gemeente.",
    ]
    for it in items:
        lines = wrap(it, "LS", 8.2, w - 30)
        c.setFillColor(BAR)
        c.circle(x + 13, y + 2.8, 2, stroke=0, fill=1)
        for ln in lines:
            text(c, x + 20, y, ln, 8.2)
            y -= 10.5
        y -= 5
    y -= 6
    text(c, x + 10, y, "Ambitie 2026", 9.5, "LSB", TEAL)
    y -= 14
    for ln in wrap("Wij handelen 90% van de vergunningaanvragen binnen de wettelijke termijn af en voeren alle "
                   "geplande controles bij bedrijven met een hoog risico uit.", "LS", 8.2, w - 20):
        text(c, x + 10, y, ln, 8.2)
        y -= 10.5

    # ---- footer
    rule(c, M, W - M, M + 14, 0.8)
    text(c, M, M + 3, f"{d.G_BODY}  ·  Begroting 2026 in één oogopslag", 7.5, "LSB", GREY)
    text(c, W - M, M + 3, "Dit overzicht vat de programmabegroting 2026 samen; de volledige begroting staat op "
         "de website van de omgevingsdienst.", 7.5, "LS", GREY, "right")
    c.showPage()
    c.save()
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
