"""Write the BVO Drieveste Begroting 2031 as a Google-Docs "Download > Web page" HTML export.

Shape of such an export: one <style> block of generated classes (.c0, .c1, ...), every text run in
<span class="cN">, bold only through a class with font-weight:700, headings <h1 class id="h.xxxx">,
tables <table class><tr class><td class colspan rowspan><p class><span class>, empty paragraphs
between blocks, numbered lists as <ol class="lst-kix_...">, amounts with &nbsp; after the euro sign.

Usage: python gen_bvo_html.py OUT_DIR
"""
from __future__ import annotations

import html
import random
import sys
from pathlib import Path

import data as d
from fmt import n

RNG = random.Random(20310702)


def _gid(prefix: str, k: int = 12) -> str:
    return prefix + "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k))


class Styles:
    """Registry of CSS declaration strings -> generated class names, as Google Docs emits them."""

    def __init__(self) -> None:
        self.by_decl: dict[str, str] = {}

    def cls(self, decl: str) -> str:
        if decl not in self.by_decl:
            self.by_decl[decl] = f"c{len(self.by_decl)}"
        return self.by_decl[decl]

    def css(self) -> str:
        items = list(self.by_decl.items())
        RNG.shuffle(items)
        return "".join(f".{c}{{{decl}}}" for decl, c in items)


S = Styles()
FONT = 'font-family:"Arial"'


def span_cls(bold=False, size=10, color="#000000", italic=False) -> str:
    return S.cls(f"color:{color};font-weight:{700 if bold else 400};text-decoration:none;vertical-align:baseline;"
                 f"font-size:{size}pt;{FONT};font-style:{'italic' if italic else 'normal'}")


def p_cls(align="left", top=0, bottom=0, lh="1.15") -> str:
    return S.cls(f"padding-top:{top}pt;padding-bottom:{bottom}pt;line-height:{lh};orphans:2;widows:2;"
                 f"text-align:{align}")


def td_cls(width_pt: float, fill: str | None = None, bottom_w: float = 1, top_w: float = 1) -> str:
    decl = (f"border-right-style:solid;padding:2pt 4pt 2pt 4pt;border-bottom-color:#999999;border-top-width:{top_w}pt;"
            f"border-right-width:0pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
            f"border-left-width:0pt;border-top-style:solid;border-left-style:solid;border-bottom-width:{bottom_w}pt;"
            f"width:{width_pt}pt;border-top-color:#999999;border-bottom-style:solid")
    if fill:
        decl = "background-color:" + fill + ";" + decl
    return S.cls(decl)


EMPTY_P = None  # filled lazily


def text(t: str) -> str:
    return html.escape(t, quote=False).replace("€ ", "€&nbsp;")


def para(t: str, *, bold=False, align="left", size=10, italic=False, bottom=6) -> str:
    return (f'<p class="{p_cls(align, 0, bottom)}"><span class="{span_cls(bold, size, italic=italic)}">'
            f"{text(t)}</span></p>")


def rich_para(parts: list[tuple[str, bool]], bottom=6) -> str:
    spans = "".join(f'<span class="{span_cls(b)}">{text(t)}</span>' for t, b in parts)
    return f'<p class="{p_cls("left", 0, bottom)}">{spans}</p>'


def empty() -> str:
    return f'<p class="{p_cls("left", 0, 0)}"><span class="{span_cls()}"></span></p>'


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.toc: list[tuple[int, str, str]] = []
        self.lists = 0
        self.tables = 0
        self.footnotes: list[str] = []

    def add(self, s: str) -> None:
        self.parts.append(s)

    def h(self, level: int, t: str) -> None:
        hid = _gid("h.")
        size, color = {1: (16, "#1c4587"), 2: (13, "#1c4587"), 3: (11, "#434343")}[level]
        pc = S.cls(f"padding-top:{18 if level == 1 else 12}pt;padding-bottom:6pt;line-height:1.15;"
                   f"page-break-after:avoid;orphans:2;widows:2;text-align:left")
        self.add(f'<h{level} class="{pc}" id="{hid}"><span class="{span_cls(True, size, color)}">{text(t)}</span>'
                 f"</h{level}>")
        self.toc.append((level, t, hid))

    def p(self, t: str, **kw) -> None:
        self.add(para(t, **kw))

    def fn(self, note: str) -> str:
        self.footnotes.append(note)
        k = len(self.footnotes)
        return f'<sup><a href="#ftnt{k}" id="ftnt_ref{k}">[{k}]</a></sup>'

    def p_with_note(self, t: str, note: str) -> None:
        mark = self.fn(note)
        self.add(f'<p class="{p_cls("left", 0, 6)}"><span class="{span_cls()}">{text(t)}</span>{mark}</p>')

    def ol(self, items: list[str]) -> None:
        lid = f"lst-kix_{_gid('', 12)}-0"
        self.lists += 1
        lc = S.cls("margin-left:36pt;padding-left:0pt")
        pc = p_cls("left", 0, 2)
        lis = "".join(f'<li class="{pc} {lc} li-bullet-0"><span class="{span_cls()}">{text(i)}</span></li>'
                      for i in items)
        self.add(f'<ol class="{S.cls("padding:0;margin:0")} {lid} start" start="1">{lis}</ol>')

    def table(self, widths: list[float], header: list[list], rows: list[dict]) -> None:
        """header cells: str or dict(text, colspan, rowspan, align) or None (covered by a span).
        rows: dict(cells=[str], bold=bool, fill=str|None); first column left, others right."""
        tid = _gid("t.", 40)
        self.tables += 1
        tc = S.cls("margin-left:0pt;border-spacing:0;border-collapse:collapse;margin-right:auto")
        out = [f'<a id="{tid}"></a><a id="t.{self.tables - 1}"></a><table class="{tc}">']
        hr = S.cls("height:0pt")
        for hrow in header:
            out.append(f'<tr class="{hr}">')
            ci = 0
            for spec in hrow:
                if spec is None:
                    ci += 1
                    continue
                if isinstance(spec, str):
                    spec = {"text": spec}
                cs, rs = spec.get("colspan", 1), spec.get("rowspan", 1)
                w = sum(widths[ci:ci + cs])
                align = spec.get("align", "left" if ci == 0 else ("center" if cs > 1 else "right"))
                out.append(f'<td class="{td_cls(w, "#cfe2f3", 1, 1)}" colspan="{cs}" rowspan="{rs}">'
                           f'<p class="{p_cls(align, 0, 0, "1.0")}"><span class="{span_cls(True, 9)}">'
                           f"{text(spec['text'])}</span></p></td>")
                ci += 1
            out.append("</tr>")
        for r in rows:
            out.append(f'<tr class="{hr}">')
            for ci, cell in enumerate(r["cells"]):
                align = r.get("align", ["left"] + ["right"] * (len(widths) - 1))[ci]
                out.append(f'<td class="{td_cls(widths[ci], r.get("fill"), 1.5 if r.get("bold") else 1)}" '
                           f'colspan="1" rowspan="1"><p class="{p_cls(align, 0, 0, "1.0")}">'
                           f'<span class="{span_cls(r.get("bold", False), 9, italic=r.get("italic", False))}">'
                           f"{text(cell)}</span></p></td>")
            out.append("</tr>")
        out.append("</table>")
        self.add("".join(out))
        self.add(empty())

    def page_break(self) -> None:
        self.add('<hr style="page-break-before:always;display:none;">')


def e(v: int) -> str:
    return "€ " + n(v)


def build() -> str:
    doc = Doc()
    T = d.GR_TOT
    cols = d.GR_COLS

    # ---- title page ----------------------------------------------------------
    doc.add(f'<p class="{p_cls("left", 0, 3)} title" id="{_gid("h.")}"><span class="{span_cls(True, 26, "#1c4587")}">'
            f"Bedrijfsvoeringsorganisatie Drieveste</span></p>")
    doc.add(f'<p class="{p_cls("left", 0, 16)} subtitle" id="{_gid("h.")}"><span class="{span_cls(False, 15, "#666666")}">'
            f"{text(d.GR_TITLE)}</span></p>")
    doc.p("Gemeenschappelijke regeling van de gemeenten Keppelzande, Ossenwaard en Heuvelmonde")
    doc.p(d.GR_DATE, italic=True, size=9)
    doc.add(empty())
    toc_at = len(doc.parts)  # table of contents inserted here after all headings are known
    doc.page_break()

    # ---- 1 Inleiding -------------------------------------------------------------
    doc.h(1, "1. Inleiding")
    doc.p("Voor u ligt de begroting 2031 en de meerjarenraming 2032-2034 van de Bedrijfsvoeringsorganisatie "
          "Drieveste (BVO Drieveste). Sinds 1 januari 2025 voeren de gemeenten Keppelzande, Ossenwaard en "
          "Heuvelmonde hun bedrijfsvoering gezamenlijk uit in deze gemeenschappelijke regeling. De BVO levert "
          "ICT en informatievoorziening, financiële administratie en control, personeel en organisatie, inkoop "
          "en juridische zaken, documentaire informatievoorziening en facilitaire zaken aan de drie gemeenten.")
    doc.p("Het doel van de samenwerking is drieledig: de kwaliteit van de bedrijfsvoering verhogen, de "
          "kwetsbaarheid van kleine teams verminderen en de kosten beheersen. De gemeenten blijven zelf "
          "verantwoordelijk voor beleid en dienstverlening aan hun inwoners.")
    rows = [{"cells": [nm, n(inw), str(zetels)]} for (nm, inw, _), zetels in zip(d.DEELNEMERS, (3, 3, 2))]
    rows.append({"cells": ["Totaal", n(sum(x[1] for x in d.DEELNEMERS)), "8"], "bold": True})
    doc.h(2, "1.1 Deelnemers")
    doc.table([200, 130, 120], [["Deelnemer", "Inwoners per 1-1-2030", "Zetels algemeen bestuur"]], rows)
    lasten31 = T["2031"]["lasten"] * 1000
    doc.p(f"De totale lasten voor 2031 zijn geraamd op {e(lasten31)}. De formatie groeit naar "
          f"{n(d.FORMATIE_TOTAAL[1], 1)} fte. De begroting is sluitend; de bijdragen van de deelnemers dekken de "
          f"lasten na aftrek van de baten uit dienstverlening aan derden en de onttrekkingen aan reserves.")

    # ---- 2 Uitgangspunten ----------------------------------------------------------
    doc.h(1, "2. Uitgangspunten")
    doc.p("Het algemeen bestuur heeft in de kaderbrief 2031 de volgende uitgangspunten vastgesteld:")
    doc.ol([
        f"De lonen zijn geïndexeerd met {n(d.GR_INDEX_LOON, 1)}% (cao Gemeenten en werkgeverslasten).",
        f"De materiële budgetten zijn geïndexeerd met {n(d.GR_INDEX_PRIJS, 1)}% (prijs overheidsconsumptie, "
        "netto materiële consumptie).",
        "Nieuw beleid wordt alleen opgenomen na instemming van alle drie de deelnemers.",
        "De algemene reserve bedraagt maximaal 3% van de totale lasten.",
        "Een positief rekeningresultaat wordt naar rato van de verdeelsleutel terugbetaald aan de deelnemers, "
        "tenzij het algemeen bestuur anders besluit.",
    ])
    doc.add(empty())

    # ---- 3 Meerjarenraming -----------------------------------------------------------
    doc.h(1, "3. Begroting 2031 en meerjarenraming")
    doc.p("De tabel toont de lasten per team en de baten, met de begroting 2030 na wijziging als vergelijking.")
    w = [170, 60, 60, 60, 60, 60]
    header = [
        [{"text": "x € 1.000", "rowspan": 2}, {"text": "Begroting 2030", "rowspan": 2},
         {"text": "Begroting 2031", "rowspan": 2}, {"text": "Meerjarenraming", "colspan": 3}, None, None],
        [None, None, None, "2032", "2033", "2034"],
    ]
    rows = [{"cells": ["Lasten", "", "", "", "", ""], "bold": True}]
    for name, vals in d.TEAMS:
        rows.append({"cells": [name] + [n(v) for v in vals]})
    rows.append({"cells": ["Totaal lasten"] + [n(T[c]["lasten"]) for c in cols], "bold": True, "fill": "#f3f3f3"})
    rows.append({"cells": ["Baten", "", "", "", "", ""], "bold": True})
    rows.append({"cells": ["Bijdragen deelnemers"] + [n(T[c]["bijdragen"]) for c in cols]})
    rows.append({"cells": ["Dienstverlening aan derden"] + [n(T[c]["derden"]) for c in cols]})
    rows.append({"cells": ["Totaal baten"] + [n(T[c]["baten"]) for c in cols], "bold": True, "fill": "#f3f3f3"})
    rows.append({"cells": ["Saldo van baten en lasten"] + [n(T[c]["saldo"]) for c in cols], "bold": True})
    rows.append({"cells": ["Toevoegingen aan reserves"] + [n(T[c]["toev"]) for c in cols]})
    rows.append({"cells": ["Onttrekkingen aan reserves"] + [n(T[c]["ontt"]) for c in cols]})
    rows.append({"cells": ["Resultaat"] + [n(T[c]["resultaat"]) for c in cols], "bold": True, "fill": "#f3f3f3"})
    doc.table(w, header, rows)
    div = dict(d.TEAMS)["Documentaire informatievoorziening"]
    doc.p(f"De lasten van Documentaire informatievoorziening stijgen in 2031 met {e((div[1] - div[0]) * 1000)}. "
          "Oorzaak is de digitalisering van de bouwdossiers van de drie gemeenten en de aansluiting op het e-depot "
          "van het regionaal archief (tijdelijk 3,0 fte). Vanaf 2033 dalen de lasten weer, als het project is "
          "afgerond.")
    ict = dict(d.TEAMS)["Informatievoorziening en ICT"]
    doc.p(f"De lasten van Informatievoorziening en ICT stijgen met {e((ict[1] - ict[0]) * 1000)} door hogere "
          "licentiekosten van cloudapplicaties, de loonindexatie en extra capaciteit voor informatiebeveiliging. "
          "De onttrekking aan de bestemmingsreserve vervanging ICT dekt een deel van de vervangingsinvesteringen.")

    doc.h(2, "3.1 Formatie")
    rows = [{"cells": [t, n(a, 1), n(b, 1), n(round(b - a, 1), 1)]} for t, a, b in d.FORMATIE]
    rows.append({"cells": ["Totaal", n(d.FORMATIE_TOTAAL[0], 1), n(d.FORMATIE_TOTAAL[1], 1),
                           n(round(d.FORMATIE_TOTAAL[1] - d.FORMATIE_TOTAAL[0], 1), 1)], "bold": True,
                 "fill": "#f3f3f3"})
    doc.table([200, 80, 80, 80], [["Team (fte)", "Formatie 2030", "Formatie 2031", "Mutatie"]], rows)

    # ---- 4 Autonome ontwikkelingen en nieuw beleid --------------------------------------
    doc.h(1, "4. Autonome ontwikkelingen en nieuw beleid")
    doc.p("In de begroting 2031 zijn de volgende wijzigingen ten opzichte van de meerjarenraming in de begroting "
          "2030 verwerkt. S = structureel, I = incidenteel. Bedragen in euro's; een positief bedrag is een "
          "hogere last.")
    w = [24, 190, 30, 62, 62, 62, 62]
    header = [["Nr.", "Omschrijving", {"text": "S/I", "align": "center"}, "2031", "2032", "2033", "2034"]]
    rows = []
    for g, gname in d.NIEUW_BELEID_GROUPS.items():
        rows.append({"cells": ["", gname, "", "", "", "", ""], "bold": True,
                     "align": ["left", "left", "center", "right", "right", "right", "right"]})
        for grp, nr, oms, si, vals in d.NIEUW_BELEID:
            if grp == g:
                rows.append({"cells": [str(nr), oms, si] + [e(v) if v else "-" for v in vals],
                             "align": ["left", "left", "center", "right", "right", "right", "right"]})
        rows.append({"cells": ["", f"Subtotaal {gname.lower()}", ""] + [e(v) for v in d.nb_totals(g)],
                     "bold": True, "align": ["left", "left", "center", "right", "right", "right", "right"]})
    rows.append({"cells": ["", "Totaal", ""] + [e(v) for v in d.nb_totals()], "bold": True, "fill": "#f3f3f3",
                 "align": ["left", "left", "center", "right", "right", "right", "right"]})
    doc.table(w, header, rows)
    doc.p("Toelichting op de voorstellen:", bold=True)
    doc.ol([
        "Loon- en prijsontwikkeling: de cao Gemeenten 2030-2032 leidt tot een structureel hogere loonsom.",
        "Informatiebeveiliging en privacy: om aan de BIO2-normen te voldoen komen er twee security officers "
        "(2,0 fte) bij team Informatievoorziening en ICT.",
        "Vervanging financieel pakket: het huidige pakket wordt in 2032 niet meer ondersteund. De implementatie "
        "is een incidentele last in 2031 en 2032 en wordt deels gedekt uit de bestemmingsreserve vervanging "
        "financieel pakket.",
        "Digitalisering bouwdossiers: de papieren bouwdossiers van de drie gemeenten worden gedigitaliseerd en "
        "overgebracht naar het e-depot.",
    ])
    doc.add(empty())

    # ---- 5 Bijdragen deelnemers ------------------------------------------------------------
    doc.h(1, "5. Bijdragen van de deelnemers")
    doc.p_with_note(
        "De bijdragen worden verdeeld met een vaste verdeelsleutel. De verdeelsleutel is gebaseerd op het "
        "gemiddelde aandeel van elke deelnemer in de afgenomen diensten over de jaren 2027 tot en met 2029, "
        "zoals vastgelegd in de dienstverleningsovereenkomsten. De huidige sleutel geldt vanaf 2030 en wordt in "
        "2033 herijkt.",
        "Afrondingsverschillen in de verdeling worden verrekend met de bijdrage van Heuvelmonde.")
    w = [110, 62, 76, 76, 76, 76, 76]
    header = [
        [{"text": "Deelnemer", "rowspan": 2}, {"text": "Verdeelsleutel", "rowspan": 2},
         {"text": "Begroting 2030", "rowspan": 2}, {"text": "Begroting 2031", "rowspan": 2},
         {"text": "Meerjarenraming", "colspan": 3}, None, None],
        [None, None, None, None, "2032", "2033", "2034"],
    ]
    rows = []
    for i, (name, _inw, pct) in enumerate(d.DEELNEMERS):
        rows.append({"cells": [name, n(pct, 2) + "%"] + [e(d.BIJDRAGEN[c][i][1]) for c in cols]})
    rows.append({"cells": ["Totaal", "100,00%"] + [e(T[c]["bijdragen"] * 1000) for c in cols], "bold": True,
                 "fill": "#f3f3f3"})
    doc.table(w, header, rows)
    b30, b31 = T["2030"]["bijdragen"], T["2031"]["bijdragen"]
    doc.p(f"De totale bijdrage stijgt in 2031 met {n(round((b31 / b30 - 1) * 100, 1), 1)}% ten opzichte van 2030, "
          "vooral door de loonindexatie en de incidentele projecten. Vanaf 2033 vallen de onttrekkingen aan de "
          "reserves weg.")

    # ---- 6 Weerstandsvermogen en risicobeheersing ----------------------------------------------
    doc.h(1, "6. Weerstandsvermogen en risicobeheersing")
    doc.p("De BVO heeft geen eigen belastinggebied. Risico's worden opgevangen in de algemene reserve; wat "
          "daarboven uitgaat, komt via de verdeelsleutel voor rekening van de deelnemers. Per risico is de kans "
          "geschat en de financiële impact bepaald. Het risicobedrag is kans maal impact.")
    w = [24, 230, 50, 80, 80]
    header = [["Nr.", "Risico", "Kans", "Impact", "Risicobedrag"]]
    rows = [{"cells": [str(i), o, f"{k}%", e(im), e(rb)], "align": ["left", "left", "right", "right", "right"]}
            for i, (o, k, im, rb) in enumerate(d.risico_rows(), start=1)]
    rows.append({"cells": ["", "Totaal risicobedrag", "", "", e(d.RISICO_TOTAAL)], "bold": True, "fill": "#f3f3f3",
                 "align": ["left", "left", "right", "right", "right"]})
    doc.table(w, header, rows)
    doc.p(f"De algemene reserve bedraagt per 1 januari 2031 {e(d.GR_RESERVES[0][1])}. Tegenover het totale "
          f"risicobedrag van {e(d.RISICO_TOTAAL)} geeft dat een weerstandsratio van "
          f"{n(d.GR_WEERSTANDSRATIO, 2)}. Dat valt in klasse B (ruim voldoende).")
    doc.h(2, "6.1 Financiële kengetallen")
    rows = [{"cells": [lbl, n(a, 1) + "%", n(b, 1) + "%"]} for lbl, a, b in d.GR_KENGETALLEN]
    doc.table([220, 90, 90], [["Kengetal", "Begroting 2030", "Begroting 2031"]], rows)

    # ---- 7 Reserves en investeringen ------------------------------------------------------------
    doc.h(1, "7. Reserves en investeringen")
    doc.h(2, "7.1 Reserves")
    rows = [{"cells": [nm, e(s), e(t) if t else "-", e(o) if o else "-", e(s2)]}
            for nm, s, t, o, s2 in d.gr_reserve_rows()]
    rows.append({"cells": ["Totaal"] + [e(v) for v in d.GR_RES_TOT], "bold": True, "fill": "#f3f3f3"})
    doc.table([190, 75, 70, 70, 75], [["Reserve", "Stand 1-1-2031", "Toevoeging 2031", "Onttrekking 2031",
                                       "Stand 31-12-2031"]], rows)
    doc.h(2, "7.2 Investeringen")
    doc.p("Het investeringsplan 2031-2034 (bedragen in euro's). De kapitaallasten zijn in de meerjarenraming "
          "opgenomen.")
    rows = [{"cells": [nm, f"{term} jaar"] + [e(v) if v else "-" for v in vals]}
            for nm, term, vals in d.GR_INVESTERINGEN]
    rows.append({"cells": ["Totaal", ""] + [e(v) for v in d.GR_INV_TOT], "bold": True, "fill": "#f3f3f3"})
    doc.table([170, 70, 62, 62, 62, 62], [["Investering", "Afschrijving", "2031", "2032", "2033", "2034"]], rows)

    # ---- table of contents (Google Docs exports it as a list of links) -------------------------
    toc = [para("Inhoudsopgave", bold=True, size=13, bottom=4)]
    for level, t, hid in doc.toc:
        indent = S.cls("margin-left:18pt;padding-top:0pt;padding-bottom:2pt;line-height:1.15;text-align:left") \
            if level > 1 else p_cls("left", 0, 2)
        link = S.cls("color:inherit;text-decoration:inherit")
        toc.append(f'<p class="{indent}"><span class="{span_cls(False, 10, "#1155cc")}"><a class="{link}" '
                   f'href="#{hid}">{text(t)}</a></span></p>')
    doc.parts[toc_at:toc_at] = toc

    # footnotes
    fn = "".join(f'<div><p class="{p_cls("left", 0, 0)}"><a href="#ftnt_ref{k}" id="ftnt{k}">[{k}]</a>'
                 f'<span class="{span_cls(size=9)}">&nbsp;{text(t)}</span></p></div>'
                 for k, t in enumerate(doc.footnotes, start=1))
    body_cls = S.cls("background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt")
    lists_css = "".join(
        f"ol.lst-kix_{x}-0{{list-style-type:none}}.lst-kix_{x}-0>li:before{{content:\"\" "
        f"counter(lst-ctn-kix_{x}-0,decimal) \". \"}}.lst-kix_{x}-0>li{{counter-increment:lst-ctn-kix_{x}-0}}"
        for x in sorted({p.split('lst-kix_')[1].split('-0')[0] for p in doc.parts if 'lst-kix_' in p}))
    css = (lists_css + "table td,table th{padding:0}" + S.css()
           + ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;" + FONT
           + ";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
           + ".subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;" + FONT
           + ";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
           + "li{color:#000000;font-size:10pt;" + FONT + "}p{margin:0;color:#000000;font-size:10pt;" + FONT + "}"
           + "h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;" + FONT
           + ";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
           + "h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;" + FONT
           + ";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}")
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{css}</style></head><body class="{body_cls} doc-content">'
            + "".join(doc.parts) + fn + "</body></html>")


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / d.GR_FILE).write_text(build(), encoding="utf-8")
    print(f"wrote {out / d.GR_FILE}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
