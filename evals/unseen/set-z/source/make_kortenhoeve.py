"""Write the Typst source of the Kortenhoeve Programmabegroting 2028 and compile it to PDF.

Usage: python make_kortenhoeve.py OUTDIR   (needs the `typst` Python package)
"""

import sys
from pathlib import Path

import data_kortenhoeve as d
from data_kortenhoeve import k

YEARS_ALL = d.YEARS


# ---------------------------------------------------------------- number formatting

def nl(n: int) -> str:
    """Whole number with Dutch thousands separators, sign kept apart."""
    s = f"{abs(n):,}".replace(",", ".")
    return s


def minus(n: int) -> str:
    """Negative as -1.234 (escaped so Typst keeps the hyphen-minus)."""
    return ("\\-" + nl(n)) if n < 0 else nl(n)


def paren(n: int) -> str:
    """Negative as (1.234)."""
    return f"({nl(n)})" if n < 0 else nl(n)


def pct(x: float, decimals: int = 1) -> str:
    s = f"{abs(x):.{decimals}f}".replace(".", ",")
    return ("\\-" + s) if x < 0 else s


def cents(x: float) -> str:
    whole = int(x)
    c = round((x - whole) * 100)
    return f"€ {nl(whole)},{c:02d}"


# ---------------------------------------------------------------- typst helpers

def cell(txt: str, **kw) -> str:
    if not kw:
        return f"[{txt}]"
    args = ", ".join(f"{a}: {v}" for a, v in kw.items())
    return f"table.cell({args})[{txt}]"


def bold(txt: str) -> str:
    return f"*{txt}*" if txt else txt


def table(columns: str, align: str, header: list[str], rows: list[list[str]], stroke: str,
          extra: str = "", size: str = "8.5pt", repeat: bool = True, fill_header: bool = False) -> str:
    """A Typst table; align is one letter per column: l, r or c."""
    names = {"l": "left", "r": "right", "c": "center"}
    align = "(" + ", ".join(names[a] for a in align) + ",)"
    head = ",\n    ".join(header)
    body = ",\n  ".join(", ".join(r) for r in rows)
    fill = ",\n  fill: (x, y) => if y == 0 { luma(230) }" if fill_header else ""
    return f"""#block(breakable: true)[
#set text(size: {size}, hyphenate: false)
#set par(justify: false)
#table(
  columns: {columns},
  align: {align},
  stroke: {stroke},
  inset: (x: 4pt, y: 3.2pt){fill}{extra},
  table.header(repeat: {'true' if repeat else 'false'},
    {head}
  ),
  {body}
)]
"""


def caption(txt: str) -> str:
    return f"#v(4pt)\n#text(weight: \"bold\", size: 9pt)[{txt}]\n#v(-4pt)\n"


def source_note(txt: str) -> str:
    return f"#v(-2pt)\n#text(size: 7.5pt, style: \"italic\")[{txt}]\n\n"


# ---------------------------------------------------------------- tables

def meerjaren_header(first_label: str, scale_note: str | None = None) -> list[str]:
    """Two header rows: a 'Meerjarenraming' band over 2029-2031."""
    lbl = first_label if scale_note is None else f"{first_label} #linebreak() #text(weight: \"regular\", size: 7.5pt)[{scale_note}]"
    return [
        cell(bold(lbl), rowspan=2, align="left + bottom"),
        cell(bold("Rekening 2026"), rowspan=2, align="right + bottom"),
        cell(bold("Begroting 2027"), rowspan=2, align="right + bottom"),
        cell(bold("Begroting 2028"), rowspan=2, align="right + bottom"),
        cell(bold("Meerjarenraming"), colspan=3, align="center"),
        cell(bold("2029"), align="right"), cell(bold("2030"), align="right"), cell(bold("2031"), align="right"),
    ]


def table_meerjarenbeeld() -> str:
    ov = {y: d.overview_k(y) for y in YEARS_ALL}
    rows = [
        ["[Totaal lasten]"] + [f"[{minus(ov[y]['lasten'])}]" for y in YEARS_ALL],
        ["[Totaal baten]"] + [f"[{minus(ov[y]['baten'])}]" for y in YEARS_ALL],
        ["[Saldo van baten en lasten]"] + [f"[{minus(ov[y]['saldo'])}]" for y in YEARS_ALL],
        ["[Toevoegingen aan reserves]"] + [f"[{minus(ov[y]['toev'])}]" for y in YEARS_ALL],
        ["[Onttrekkingen aan reserves]"] + [f"[{minus(ov[y]['ontt'])}]" for y in YEARS_ALL],
        ["[*Geraamd resultaat*]"] + [f"[*{minus(ov[y]['resultaat'])}*]" for y in YEARS_ALL],
    ]
    return table("(2.6fr, 1fr, 1fr, 1fr, 1fr, 1fr, 1fr)", "lrrrrrr",
                 meerjaren_header("Meerjarig financieel beeld", "bedragen x € 1.000"), rows,
                 stroke="(x: none, y: 0.5pt + luma(120))")


def table_programma(group: str, stroke: str) -> str:
    vals = {y: d.group_k(group, y) for y in YEARS_ALL}
    rows = [
        ["[Lasten]"] + [f"[{minus(vals[y][0])}]" for y in YEARS_ALL],
        ["[Baten]"] + [f"[{minus(vals[y][1])}]" for y in YEARS_ALL],
        ["[*Saldo van baten en lasten*]"] + [f"[*{minus(vals[y][1] - vals[y][0])}*]" for y in YEARS_ALL],
    ]
    return table("(2.4fr, 1fr, 1fr, 1fr, 1fr, 1fr, 1fr)", "lrrrrrr",
                 meerjaren_header("Bedragen x € 1.000"), rows, stroke=stroke)


def table_kerngegevens() -> str:
    rows = [[f"[{a}]", f"[{b}]"] for a, b in d.KERNGEGEVENS[1:]]
    a, b = d.KERNGEGEVENS[0]
    return table("(3fr, 1fr)", "lr", [f"[{a}]", f"[{b}]"], rows, stroke="none",
                 size="9pt")


def table_indicatoren(items) -> str:
    header = [cell(bold(h)) for h in ("Indicator", "Eenheid")] + [
        cell(bold("Kortenhoeve"), align="right"), cell(bold("Nederland"), align="right"),
        cell(bold("Jaar"), align="right")]
    rows = [[f"[{i}]", f"[{e}]", f"[{kv}]", f"[{nv}]", f"[{j}]"] for i, e, kv, nv, j in items]
    return table("(2.2fr, 2.2fr, 0.9fr, 0.9fr, 0.6fr)", "llrrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(160))")


def table_dekking() -> str:
    rows = []
    for label, v in d.DEKKING:
        rows.append([f"[{label}]"] + [f"[{minus(v[y])}]" for y in YEARS_ALL])
    rows.append(["[*Totaal algemene dekkingsmiddelen*]"] +
                [f"[*{minus(sum(v[y] for _, v in d.DEKKING))}*]" for y in YEARS_ALL])
    return table("(2.5fr, 1fr, 1fr, 1fr, 1fr, 1fr, 1fr)", "lrrrrrr",
                 meerjaren_header("Bedragen in euro's"), rows,
                 stroke="none", extra=",\n  table.hline(y: 2, stroke: 0.6pt), table.hline(y: 11, stroke: 0.6pt)",
                 size="8pt")


def table_tarieven() -> str:
    header = [cell(bold("Heffing")), cell(bold("Tarief 2027"), align="right"), cell(bold("Tarief 2028"), align="right")]
    rows = [[f"[{a}]", f"[{b}]", f"[{c}]"] for a, b, c in d.TARIEVEN]
    return table("(3.4fr, 1fr, 1fr)", "lrr", header, rows, stroke="0.5pt + luma(140)",
                 fill_header=True)


def table_woonlasten() -> str:
    w = d.WOONLASTEN
    header = [cell(bold("Woonlasten meerpersoonshuishouden")), cell(bold("2027"), align="right"),
              cell(bold("2028"), align="right")]
    rows = [
        ["[Gemiddelde WOZ-waarde woning]", f"[€ {nl(d.WOZ_GEM[2027])}]", f"[€ {nl(d.WOZ_GEM[2028])}]"],
        ["[Onroerendezaakbelasting (eigenaar)]", f"[{cents(w[2027]['ozb'])}]", f"[{cents(w[2028]['ozb'])}]"],
        ["[Afvalstoffenheffing]", f"[{cents(w[2027]['afval'])}]", f"[{cents(w[2028]['afval'])}]"],
        ["[Rioolheffing]", f"[{cents(w[2027]['riool'])}]", f"[{cents(w[2028]['riool'])}]"],
        ["[*Totale woonlasten*]", f"[*{cents(d.woonlasten_total(2027))}*]", f"[*{cents(d.woonlasten_total(2028))}*]"],
    ]
    return table("(3.4fr, 1fr, 1fr)", "lrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(140))")


def table_beschikbaar() -> str:
    beschikbaar, _, _ = d.weerstand()
    header = [cell(bold("Beschikbare weerstandscapaciteit")), cell(bold("Bedrag"), align="right")]
    rows = [[f"[{a}]", f"[€ {nl(b)}]"] for a, b in d.WEERSTAND_BESCHIKBAAR]
    rows.append(["[*Totaal beschikbare weerstandscapaciteit*]", f"[*€ {nl(beschikbaar)}*]"])
    return table("(3fr, 1fr)", "lr", header, rows, stroke="none",
                 extra=",\n  table.hline(y: 1, stroke: 0.5pt), table.hline(y: 4, stroke: 0.5pt)")


def table_risicos() -> str:
    _, benodigd, _ = d.weerstand()
    header = [cell(bold("Risico")), cell(bold("Financieel gevolg"), align="right"),
              cell(bold("Kans"), align="right"), cell(bold("Benodigde capaciteit"), align="right")]
    rows = [[f"[{r}]", f"[{nl(b)}]", f"[{p}%]", f"[{nl(b * p // 100)}]"] for r, b, p in d.RISICOS]
    rows.append(["[*Totaal benodigde weerstandscapaciteit*]", "[]", "[]", f"[*{nl(benodigd)}*]"])
    return table("(3fr, 1.1fr, 0.6fr, 1.2fr)", "lrrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(150))")


def table_waardering() -> str:
    header = [cell(bold("Waarderingscijfer")), cell(bold("Ratio weerstandsvermogen")), cell(bold("Betekenis"))]
    rows = [["[A]", "[groter dan 2,0]", "[uitstekend]"], ["[B]", "[1,4 – 2,0]", "[ruim voldoende]"],
            ["[C]", "[1,0 – 1,4]", "[voldoende]"], ["[D]", "[0,8 – 1,0]", "[matig]"],
            ["[E]", "[0,6 – 0,8]", "[onvoldoende]"], ["[F]", "[kleiner dan 0,6]", "[ruim onvoldoende]"]]
    return table("(1fr, 1.6fr, 1.4fr)", "lll", header, rows, stroke="none", size="8pt")


def table_kengetallen() -> str:
    rows = []
    for label, vals in d.KENGETALLEN:
        if vals is None:
            vals = d.STRUCT_EXPL_2026_2027 + [d.structurele_exploitatieruimte(y) for y in (2028, 2029, 2030, 2031)]
        rows.append([f"[{label}]"] + [f"[{pct(v)}%]" if v is not None else "[n.b.]" for v in vals])
    return table("(2.6fr, 1fr, 1fr, 1fr, 1fr, 1fr, 1fr)", "lrrrrrr",
                 meerjaren_header("Kengetal"), rows, stroke="(x: none, y: 0.5pt + luma(150))", size="8pt")


def table_bedrijfsvoering() -> str:
    header = [cell(bold("Indicator")), cell(bold("Eenheid")), cell(bold("Begroting 2027"), align="right"),
              cell(bold("Begroting 2028"), align="right")]
    f28 = float(d.FORMATIE_FTE[2028].replace(",", "."))
    f27 = float(d.FORMATIE_FTE[2027].replace(",", "."))
    b28 = float(d.BEZETTING_FTE[2028].replace(",", "."))
    b27 = float(d.BEZETTING_FTE[2027].replace(",", "."))
    rows = [
        ["[Formatie]", "[fte]", f"[{d.FORMATIE_FTE[2027]}]", f"[{d.FORMATIE_FTE[2028]}]"],
        ["[Formatie]", "[fte per 1.000 inwoners]", f"[{pct(1000 * f27 / d.INWONERS, 2)}]", f"[{pct(1000 * f28 / d.INWONERS, 2)}]"],
        ["[Bezetting]", "[fte]", f"[{d.BEZETTING_FTE[2027]}]", f"[{d.BEZETTING_FTE[2028]}]"],
        ["[Bezetting]", "[fte per 1.000 inwoners]", f"[{pct(1000 * b27 / d.INWONERS, 2)}]", f"[{pct(1000 * b28 / d.INWONERS, 2)}]"],
        ["[Apparaatskosten]", "[kosten per inwoner]", f"[€ {d.APPARAATSKOSTEN_PI[2027]}]", f"[€ {d.APPARAATSKOSTEN_PI[2028]}]"],
        ["[Externe inhuur]", "[% van totale loonsom + totale kosten inhuur]", f"[{d.EXTERNE_INHUUR_PCT[2027]}%]", f"[{d.EXTERNE_INHUUR_PCT[2028]}%]"],
        ["[Overhead]", "[% van totale lasten]", f"[{d.OVERHEAD_PCT_2027}%]", f"[{pct(d.overhead_pct_2028())}%]"],
    ]
    return table("(1.4fr, 2.6fr, 1fr, 1fr)", "llrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(150))")


def table_overzicht_2028() -> str:
    ov = d.overview_k(2028)
    header = [cell(bold("Programma / onderdeel")), cell(bold("Lasten"), align="right"),
              cell(bold("Baten"), align="right"), cell(bold("Saldo"), align="right")]
    rows = []
    for g in d.OVERVIEW_GROUPS:
        la, ba = ov["rows"][g]
        rows.append([f"[{d.OVERVIEW_LABELS[g]}]", f"[{nl(la)}]", f"[{nl(ba)}]", f"[{minus(ba - la)}]"])
    rows.append(["[*Saldo van baten en lasten*]", f"[*{nl(ov['lasten'])}*]", f"[*{nl(ov['baten'])}*]", f"[*{minus(ov['saldo'])}*]"])
    rows.append(["[Mutaties reserves]", f"[{nl(ov['toev'])}]", f"[{nl(ov['ontt'])}]", f"[{minus(ov['ontt'] - ov['toev'])}]"])
    rows.append(["[*Geraamd resultaat*]", f"[*{nl(ov['lasten'] + ov['toev'])}*]", f"[*{nl(ov['baten'] + ov['ontt'])}*]",
                 f"[*{minus(ov['resultaat'])}*]"])
    return table("(3fr, 1fr, 1fr, 1fr)", "lrrr", header, rows, stroke="none",
                 extra=",\n  table.hline(y: 1, stroke: 0.6pt), table.hline(y: 10, stroke: 0.6pt), table.hline(y: 13, stroke: 0.6pt)")


def table_incidenteel() -> str:
    header = [cell(bold("Progr.")), cell(bold("Omschrijving")),
              cell(bold("2028"), align="right"), cell(bold("2029"), align="right"),
              cell(bold("2030"), align="right"), cell(bold("2031"), align="right")]
    rows = []
    for soort, titel in (("L", "Incidentele lasten"), ("B", "Incidentele baten")):
        rows.append([cell(f"_{titel}_", colspan=6)])
        for s, prog, oms, v in d.INCIDENTEEL:
            if s != soort:
                continue
            rows.append([f"[{prog}]", f"[{oms}]"] + [f"[{nl(v[y]) if v[y] else '–'}]" for y in (2028, 2029, 2030, 2031)])
        tot = [d.incidenteel_totals(y)[0 if soort == "L" else 1] for y in (2028, 2029, 2030, 2031)]
        rows.append(["[]", f"[*Totaal {titel.lower()}*]"] + [f"[*{nl(t) if t else '–'}*]" for t in tot])
    return table("(0.5fr, 3.2fr, 1fr, 1fr, 1fr, 1fr)", "llrrrr", header, rows,
                 stroke="(x: none, y: 0.4pt + luma(170))", size="8pt")


def table_structureel() -> str:
    ys = (2028, 2029, 2030, 2031)
    s = {y: d.structureel_k(y) for y in ys}
    header = [cell(bold("Bedragen x € 1.000"), rowspan=2, align="left + bottom"),
              cell(bold("Begroting 2028"), rowspan=2, align="right + bottom"),
              cell(bold("Meerjarenraming"), colspan=3, align="center"),
              cell(bold("2029"), align="right"), cell(bold("2030"), align="right"), cell(bold("2031"), align="right")]
    rows = [
        ["[Geraamd resultaat (saldo na mutaties reserves)]"] + [f"[{minus(s[y]['resultaat'])}]" for y in ys],
        ["[Bij: incidentele lasten]"] + [f"[{minus(s[y]['inc_lasten'])}]" for y in ys],
        ["[Af: incidentele baten]"] + [f"[{minus(s[y]['inc_baten'])}]" for y in ys],
        ["[*Structureel begrotingssaldo*]"] + [f"[*{minus(s[y]['structureel'])}*]" for y in ys],
    ]
    return table("(3fr, 1fr, 1fr, 1fr, 1fr)", "lrrrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(120))")


def table_reserves() -> str:
    toev, ontt, start, end = d.reserves_totals()
    header = [cell(bold("Reserve")), cell(bold("Progr."), align="center"),
              cell(bold("Stand 1-1-2028"), align="right"), cell(bold("Toevoegingen"), align="right"),
              cell(bold("Onttrekkingen"), align="right"), cell(bold("Stand 31-12-2028"), align="right")]
    rows = [[f"[{r[0]}]", f"[{r[1]}]", f"[{nl(r[2])}]", f"[{nl(r[3]) if r[3] else '0'}]",
             f"[{nl(r[4]) if r[4] else '0'}]", f"[{nl(d.reserve_end(r))}]"] for r in d.RESERVES]
    rows.append(["[*Totaal reserves*]", "[]", f"[*{nl(start)}*]", f"[*{nl(toev)}*]", f"[*{nl(ontt)}*]", f"[*{nl(end)}*]"])
    return table("(2.4fr, 0.6fr, 1.1fr, 1fr, 1fr, 1.1fr)", "lcrrrr", header, rows,
                 stroke="0.5pt + luma(120)", size="8pt", fill_header=True)


def table_voorzieningen() -> str:
    header = [cell(bold("Voorziening (x € 1.000)")), cell(bold("Stand 1-1-2028"), align="right"),
              cell(bold("Toevoegingen"), align="right"), cell(bold("Aanwendingen"), align="right"),
              cell(bold("Vrijval"), align="right"), cell(bold("Stand 31-12-2028"), align="right")]
    rows = [[f"[{v[0]}]"] + [f"[{nl(x)}]" for x in v[1:]] + [f"[{nl(d.voorziening_end(v))}]"] for v in d.VOORZIENINGEN_K]
    tots = [sum(v[i] for v in d.VOORZIENINGEN_K) for i in range(1, 5)]
    rows.append(["[*Totaal voorzieningen*]"] + [f"[*{nl(t)}*]" for t in tots] +
                [f"[*{nl(sum(d.voorziening_end(v) for v in d.VOORZIENINGEN_K))}*]"])
    return table("(3fr, 1fr, 1fr, 1fr, 0.8fr, 1fr)", "lrrrrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(150))", size="8pt")


def table_investeringen() -> str:
    ys = (2028, 2029, 2030, 2031)
    header = [cell(bold("Investering"), rowspan=2, align="left + bottom"),
              cell(bold("Progr."), rowspan=2, align="center + bottom"),
              cell(bold("Kredietbehoefte (x € 1.000)"), colspan=4, align="center"),
              cell(bold("Totaal"), rowspan=2, align="right + bottom"),
              cell(bold("2028"), align="right"), cell(bold("2029"), align="right"),
              cell(bold("2030"), align="right"), cell(bold("2031"), align="right")]
    rows = []
    for naam, prog, v in d.INVESTERINGEN_K:
        rows.append([f"[{naam}]", f"[{prog}]"] + [f"[{nl(v[y]) if v[y] else '–'}]" for y in ys] +
                    [f"[{nl(sum(v.values()))}]"])
    tots = [sum(v[y] for _, _, v in d.INVESTERINGEN_K) for y in ys]
    rows.append(["[*Totaal investeringen*]", "[]"] + [f"[*{nl(t)}*]" for t in tots] + [f"[*{nl(sum(tots))}*]"])
    return table("(3fr, 0.6fr, 0.9fr, 0.9fr, 0.9fr, 0.9fr, 1fr)", "lcrrrrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(150))", size="8pt")


def table_taakvelden() -> str:
    header = [cell(bold("Taakveld")), cell(bold("Lasten"), align="right"),
              cell(bold("Baten"), align="right"), cell(bold("Saldo"), align="right")]
    rows = []
    for code, name, _, la, ba in d.TAAKVELDEN:
        rows.append([f"[{code} {name}]", f"[{nl(la)}]", f"[{nl(ba)}]", f"[{paren(ba - la)}]"])
    la, ba = d.taakveld_totals()
    rows.append(["[*Totaal saldo van baten en lasten*]", f"[*{nl(la)}*]", f"[*{nl(ba)}*]", f"[*{paren(ba - la)}*]"])
    toev, ontt, _, _ = d.reserves_totals()
    rows.append(["[0.10 Mutaties reserves]", f"[{nl(toev)}]", f"[{nl(ontt)}]", f"[{paren(ontt - toev)}]"])
    rows.append(["[*0.11 Resultaat van de rekening van baten en lasten*]", "[]", "[]", f"[*{paren(d.taakveld_result())}*]"])
    return table("(3.6fr, 1fr, 1fr, 1fr)", "lrrr", header, rows,
                 stroke="(x: none, y: 0.4pt + luma(170))", size="8.5pt", fill_header=True)


def table_verbonden() -> str:
    header = [cell(bold("Verbonden partij")), cell(bold("Vorm")), cell(bold("Progr."), align="center"),
              cell(bold("Bijdrage 2027"), align="right"), cell(bold("Bijdrage 2028"), align="right")]
    rows = []
    for naam, vorm, prog, b27, b28 in d.VERBONDEN_PARTIJEN:
        rows.append([f"[{naam}]", f"[{vorm}]", f"[{prog}]",
                     f"[{('€ ' + nl(b27)) if b27 else 'geen'}]", f"[{('€ ' + nl(b28)) if b28 else 'geen'}]"])
    return table("(2.6fr, 2fr, 0.6fr, 1.1fr, 1.1fr)", "llcrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(150))", size="8pt")


def table_onderhoud() -> str:
    header = [cell(bold("Kapitaalgoed")), cell(bold("Areaal")), cell(bold("Kwaliteitsniveau")),
              cell(bold("Onderhoudsbudget 2028"), align="right")]
    rows = [[f"[{a}]", f"[{b}]", f"[{c}]", f"[{nl(v)}]"] for a, b, c, v in d.ONDERHOUD]
    rows.append(["[*Totaal*]", "[]", "[]", f"[*{nl(sum(o[3] for o in d.ONDERHOUD))}*]"])
    return table("(1.6fr, 2.2fr, 1.6fr, 1.2fr)", "lllr", header, rows, stroke="0.5pt + luma(150)",
                 size="8pt", fill_header=True)


def table_grex() -> str:
    header = [cell(bold("Grondexploitatie (x € 1.000)")), cell(bold("Boekwaarde 1-1-2028"), align="right"),
              cell(bold("Nog te maken kosten"), align="right"), cell(bold("Nog te realiseren opbrengsten"), align="right"),
              cell(bold("Verwacht resultaat"), align="right"), cell(bold("Einde"), align="right")]
    rows = [[f"[{g[0]}]", f"[{nl(g[1])}]", f"[{nl(g[2])}]", f"[{nl(g[3])}]", f"[{minus(d.grex_resultaat(g))}]", f"[{g[4]}]"]
            for g in d.GREX_K]
    tot = [sum(g[i] for g in d.GREX_K) for i in (1, 2, 3)]
    rows.append(["[*Totaal*]"] + [f"[*{nl(t)}*]" for t in tot] +
                [f"[*{minus(sum(d.grex_resultaat(g) for g in d.GREX_K))}*]", "[]"])
    return table("(2.2fr, 1fr, 1fr, 1.1fr, 1fr, 0.6fr)", "lrrrrr", header, rows,
                 stroke="(x: none, y: 0.5pt + luma(150))", size="8pt")


def table_woningbouw() -> str:
    ys = (2028, 2029, 2030, 2031)
    header = [cell(bold("Locatie (aantal woningen)"))] + [cell(bold(str(y)), align="right") for y in ys] + \
             [cell(bold("Totaal"), align="right")]
    rows = [[f"[{n}]"] + [f"[{v[y]}]" for y in ys] + [f"[{sum(v.values())}]"] for n, v in d.WONINGBOUW]
    tots = [sum(v[y] for _, v in d.WONINGBOUW) for y in ys]
    rows.append(["[*Totaal*]"] + [f"[*{t}*]" for t in tots] + [f"[*{nl(sum(tots))}*]"])
    return table("(2.4fr, 1fr, 1fr, 1fr, 1fr, 1fr)", "lrrrrr", header, rows, stroke="none",
                 extra=",\n  table.hline(y: 1, stroke: 0.5pt), table.hline(y: 4, stroke: 0.5pt)")


def table_leningen() -> str:
    L = d.LENINGEN_K
    header = [cell(bold("Langlopende leningen (x € 1.000)")), cell(bold("2028"), align="right")]
    rows = [["[Stand per 1 januari]", f"[{nl(L['start'])}]"],
            ["[Nieuwe leningen]", f"[{nl(L['nieuw'])}]"],
            ["[Reguliere aflossingen]", f"[{nl(L['aflossing'])}]"],
            ["[*Stand per 31 december*]", f"[*{nl(L['start'] + L['nieuw'] - L['aflossing'])}*]"]]
    return table("(3fr, 1fr)", "lr", header, rows, stroke="(x: none, y: 0.5pt + luma(150))")


# ---------------------------------------------------------------- document text

def build() -> str:
    ov28 = d.overview_k(2028)
    ov = {y: d.overview_k(y) for y in YEARS_ALL}
    beschikbaar, benodigd, ratio = d.weerstand()
    s = d.structureel_k(2028)
    p4 = d.group_k("P4", 2028)
    kasgeld = round(0.085 * d.taakveld_totals()[0])
    parts = []
    parts.append(r'''#set document(title: "Programmabegroting 2028 Gemeente Kortenhoeve", author: "Gemeente Kortenhoeve")
#set page(paper: "a4", margin: (x: 2.2cm, top: 2.4cm, bottom: 2.2cm),
  header: context { if counter(page).get().first() > 1 [
    #set text(size: 8pt, fill: luma(90))
    Gemeente Kortenhoeve #h(1fr) Programmabegroting 2028
    #v(-6pt) #line(length: 100%, stroke: 0.4pt + luma(150)) ] },
  footer: context { if counter(page).get().first() > 1 [
    #set text(size: 8pt, fill: luma(90))
    #h(1fr) #counter(page).display() ] })
#set text(font: "Liberation Sans", size: 9.5pt, lang: "nl")
#set par(justify: true, leading: 0.62em, spacing: 0.95em)
#set heading(numbering: "1.1")
#show heading.where(level: 1): it => { pagebreak(weak: true); v(6pt); text(size: 15pt, fill: rgb("#1d4e6b"), it); v(4pt) }
#show heading.where(level: 2): it => { v(6pt); text(size: 12pt, fill: rgb("#1d4e6b"), it); v(2pt) }
#show heading.where(level: 3): it => { v(3pt); text(size: 10pt, it) }

#page(header: none, footer: none)[
  #v(5cm)
  #text(size: 30pt, weight: "bold", fill: rgb("#1d4e6b"))[Programmabegroting 2028]
  #v(2pt)
  #text(size: 16pt)[met meerjarenraming 2029–2031]
  #v(1.5cm)
  #text(size: 20pt)[Gemeente Kortenhoeve]
  #v(6cm)
  #text(size: 10pt)[Aangeboden aan de gemeenteraad op 29 september 2027 \
  Behandeling in de raadsvergadering van 11 november 2027 \
  Kenmerk: RV-2027-0412]
]

#outline(title: [Inhoudsopgave], depth: 2, indent: 1.2em)

= Inleiding
== Aanbieding

Geachte leden van de raad,

Hierbij bieden wij u de Programmabegroting 2028 met de meerjarenraming 2029–2031 aan. Het is de laatste volledige begroting van deze bestuursperiode. De begroting is opgesteld op basis van de Kadernota 2028 die u in juni 2027 heeft vastgesteld, aangevuld met de gevolgen van de meicirculaire 2027 van het gemeentefonds en de actuele ontwikkelingen in het sociaal domein.

De begroting 2028 sluit met een geraamd voordelig resultaat van € 186.000. Dat is een beter beeld dan in de kadernota, vooral doordat de algemene uitkering in de meicirculaire hoger uitvalt dan verwacht. Het structurele begrotingssaldo 2028 is € 321.000 positief, zodat de begroting 2028 structureel en reëel in evenwicht is. Voor de jaren daarna is dat niet zo: vanaf 2029 laat de meerjarenraming tekorten zien, met het grootste tekort in 2030. Die tekorten ontstaan doordat de groei van het gemeentefonds achterblijft bij de stijgende kosten van jeugdhulp en Wmo-maatwerk, en doordat het Rijk de extra middelen voor jeugd vanaf 2029 afbouwt.

Wij nemen dat tekort serieus. In het voorjaar van 2028 leggen wij u een pakket maatregelen voor, met als uitgangspunt dat de meerjarenraming uiterlijk bij de Kadernota 2029 weer sluitend is. Wij denken daarbij aan een verdere verhoging van de onroerendezaakbelasting, het scherper sturen op de toegang tot jeugdhulp en een taakstelling op de bedrijfsvoering. In deze begroting zijn al maatregelen verwerkt: de OZB-tarieven stijgen in 2028 met 2,5% bovenop de inflatiecorrectie van 2,0%, en de bijdrage aan de gemeenschappelijke regelingen groeit niet harder dan de indexatie die de deelnemende gemeenten hebben afgesproken.

Tegelijk investeren wij in wat voor onze inwoners belangrijk is. De bouw van de nieuwe sporthal De Hoeve start in 2028, het Integraal Kindcentrum Kortenhoeve-Noord wordt voorbereid en met de woningbouwimpuls versnellen wij de bouw van betaalbare woningen in Hoeveweide en in de kleine kernen.

Het college van burgemeester en wethouders van Kortenhoeve

== Leeswijzer

De programmabegroting bestaat uit de beleidsbegroting en de financiële begroting. In de beleidsbegroting staan de vijf programma's en de verplichte paragrafen. Per programma beantwoorden wij drie vragen: _Wat willen we bereiken?_, _Wat gaan we daarvoor doen?_ en _Wat mag het kosten?_. De tabellen met baten en lasten per programma zijn in duizenden euro's; door afronding kunnen optellingen een verschil van 1 laten zien. De financiële begroting bevat het overzicht van baten en lasten, de incidentele baten en lasten, het structurele begrotingssaldo, de reserves en voorzieningen en de investeringen. In bijlage 1 staan de baten en lasten per taakveld in hele euro's.

Voor de vergelijking gebruiken wij de rekening 2026 (de vastgestelde jaarrekening) en de begroting 2027 inclusief de wijzigingen die de raad tot en met juli 2027 heeft vastgesteld.

== Belangrijkste ontwikkelingen

*Gemeentefonds.* De algemene uitkering stijgt in 2028 met ruim € 1,8 miljoen ten opzichte van 2027. Vanaf 2029 groeit het fonds minder hard dan de kosten. Het Rijk heeft de opschalingskorting definitief geschrapt, maar houdt vast aan de afbouw van de extra middelen voor jeugdzorg uit de Hervormingsagenda Jeugd.

*Loon- en prijsontwikkeling.* Voor de salarissen is gerekend met een stijging van 3,4% als gevolg van de cao gemeenten. Voor prijzen is 2,0% aangehouden, voor subsidies 2,6% (een gewogen percentage).

*Jeugd en Wmo.* Het aantal jongeren met jeugdhulp ligt in Kortenhoeve boven het landelijk gemiddelde. In 2026 ontvingen 1.060 jongeren jeugdhulp. Ook het aantal cliënten met een Wmo-maatwerkvoorziening groeit, vooral door de vergrijzing: bijna een kwart van de inwoners is 65 jaar of ouder.

*Woningbouw.* De woningbouwopgave is groot. Samen met de provincie en de woningcorporatie Thuis in de Hoeven werken wij aan versnelling. De gemeente voert zelf de grondexploitatie Hoeveweide.

== Kerngegevens
''')
    parts.append(table_kerngegevens())
    parts.append(source_note("Bron: basisregistratie personen en BAG, peildatum 1 januari 2027."))
    parts.append(f'''== Financieel meerjarenbeeld

Onderstaande tabel geeft het financiële beeld van de begroting 2028 en de meerjarenraming. De rekening 2026 en de begroting 2027 (na wijziging) zijn ter vergelijking opgenomen. Een negatief bedrag is een nadeel.

''')
    parts.append(caption("Tabel 1.1 Meerjarig financieel beeld"))
    parts.append(table_meerjarenbeeld())
    parts.append(f'''
Het geraamde resultaat voor 2028 bedraagt € 186.000 voordelig. Voor 2029 is het geraamde tekort € 412.000, voor 2030 € 1.086.000 en voor 2031 € 624.000. De reserves dragen in 2028 per saldo € 1.547.000 bij aan het resultaat; dat is vooral de incidentele inzet van de reserve sociaal domein en de reserve woningbouwimpuls.

= Programma's
== Programma 1 Bestuur en Dienstverlening

Dit programma gaat over het gemeentebestuur, de samenwerking met inwoners en partners in de regio, en de publieke dienstverlening: paspoorten, rijbewijzen, de basisregistratie personen en de burgerlijke stand. Ook het beheer van gemeentelijke gebouwen en gronden die niet aan een ander programma zijn toe te rekenen, valt hieronder.

=== Wat willen we bereiken?
- Inwoners en ondernemers waarderen de dienstverlening van de gemeente met minimaal een 7,5.
- Inwoners worden vroeg en op een passende manier betrokken bij plannen in hun buurt.
- De gemeente is financieel wendbaar en werkt goed samen in de regio.

=== Wat gaan we daarvoor doen?
In 2028 openen wij aan het Raadhuisplein een vernieuwde publiekshal. Inwoners kunnen dan ook op donderdagavond en op zaterdagochtend op afspraak terecht. Voor veelgevraagde producten, zoals een uittreksel uit de basisregistratie personen of een verhuizing, is digitaal aanvragen de standaard; wie dat niet kan, helpt een medewerker van het Digitaal Informatiepunt in de bibliotheek. Met het programma *Samen Kortenhoeve* zetten wij het werken met dorpsraden en buurtbudgetten voort: elke kern krijgt een eigen buurtbudget van € 15.000 per jaar.

Het gemeentehuis is in 1978 gebouwd en energetisch verouderd. In 2028 laten wij een haalbaarheidsstudie uitvoeren en wordt het krediet voor de verduurzaming (€ 1.150.000) ingezet voor isolatie, zonnepanelen en een warmtepomp. De voormalige gemeentewerf aan de Veldweg wordt in 2028 verkocht; de opbrengst is als incidentele bate geraamd.

=== Wat mag het kosten?
''')
    parts.append(caption("Tabel 2.1 Baten en lasten programma 1"))
    parts.append(table_programma("P1", "none"))
    parts.append(r'''
De lasten nemen in 2030 tijdelijk toe door de organisatie van de gemeenteraadsverkiezingen in maart 2030. De baten in de rekening 2026 zijn hoger door de verkoop van een perceel aan de Molenstraat.

== Programma 2 Veiligheid

Kortenhoeve is een veilige gemeente. Het aantal misdrijven ligt op de meeste terreinen onder het landelijk gemiddelde. Toch voelt niet iedereen zich overal veilig, en zien wij een toename van ondermijnende criminaliteit in het buitengebied en van online oplichting, vooral onder ouderen.

=== Wat willen we bereiken?
- Het aandeel inwoners dat zich veilig voelt in de eigen buurt blijft minimaal 85%.
- Ondermijnende criminaliteit wordt eerder gesignaleerd en aangepakt.
- De brandweer is binnen de normtijd ter plaatse in 90% van de spoedeisende meldingen.

=== Wat gaan we daarvoor doen?
Wij breiden in 2028 het aantal boa's uit van vier naar vijf. Samen met de politie, de Veiligheidsregio en het Regionaal Informatie- en Expertisecentrum (RIEC) voeren wij in het buitengebied integrale controles uit op bedrijfspanden en vrijkomende agrarische gebouwen. Voor ouderen organiseren wij samen met de seniorenverenigingen bijeenkomsten over digitale veiligheid. De bijdrage aan de Veiligheidsregio stijgt in 2028 met 3,1% door loon- en prijsontwikkeling.

=== Beleidsindicatoren
''')
    parts.append(caption("Tabel 2.2 Beleidsindicatoren veiligheid"))
    parts.append(table_indicatoren(d.IND_VEILIGHEID))
    parts.append(source_note("Bron: waarstaatjegemeente.nl, geraadpleegd juli 2027."))
    parts.append("=== Wat mag het kosten?\n")
    parts.append(caption("Tabel 2.3 Baten en lasten programma 2"))
    parts.append(table_programma("P2", "(x: none, y: 0.5pt + luma(120))"))
    parts.append(r'''
== Programma 3 Leefomgeving en Wonen

Dit programma omvat de openbare ruimte (wegen, groen, verlichting), riolering en afval, milieu, begraafplaatsen, de ruimtelijke ordening en het wonen. Kortenhoeve heeft een grote woningbouwopgave: tot en met 2031 willen wij 1.150 woningen toevoegen, waarvan minimaal een derde in de sociale huur.

=== Wat willen we bereiken?
- Er worden in de periode 2028–2031 gemiddeld 290 woningen per jaar opgeleverd; in 2028 zijn dat er 350, waarvan 210 in het plan Hoeveweide.
- De openbare ruimte is schoon, heel en veilig: wegen en groen voldoen aan beeldkwaliteit B.
- De hoeveelheid restafval daalt naar 100 kilo per inwoner in 2030.
- Het riool is klimaatbestendig: bij een bui van 70 mm in een uur staat er geen water in woningen.

#v(2pt)
''')
    parts.append(caption("Tabel 2.4 Woningbouwplanning 2028–2031"))
    parts.append(table_woningbouw())
    parts.append(r'''
=== Wat gaan we daarvoor doen?
Met de woningbouwimpuls zetten wij in 2028 en 2029 extra capaciteit in op planvorming en vergunningverlening; de kosten worden gedekt uit de reserve woningbouwimpuls. In Hoeveweide start de bouw van de tweede fase. De Stationsweg wordt in 2028 heringericht tot een 30 km-zone met vrijliggende fietspaden. De vervanging van de riolering in de Dorpsstraat-Zuid wordt gecombineerd met het afkoppelen van regenwater. De openbare verlichting wordt tot en met 2031 volledig vervangen door ledverlichting.

De afvalstoffenheffing stijgt in 2028 met 5,1%, omdat de verbrandingsbelasting en de verwerkingstarieven stijgen en de heffing volgens ons beleid 100% kostendekkend is. In 2028 voeren wij in de kernen Oosteinde en Hoevedorp het systeem ‘omgekeerd inzamelen’ in.

=== Wat mag het kosten?
''')
    parts.append(caption("Tabel 2.5 Baten en lasten programma 3"))
    parts.append(table_programma("P3", "0.5pt + luma(140)"))
    parts.append(r'''
De baten in 2029 zijn hoger door grondverkopen in Hoeveweide fase 2. De lasten dalen in 2030 doordat de incidentele inzet voor de woningbouwimpuls dan is afgelopen.

== Programma 4 Sociaal Domein

Het sociaal domein is het grootste programma van de begroting: in 2028 gaat ruim 45% van de lasten van de programma's naar zorg, jeugd, werk en inkomen. Wij willen dat inwoners zo lang mogelijk zelfstandig kunnen meedoen, en dat wie hulp nodig heeft die snel en dichtbij krijgt.

=== Wat willen we bereiken?
- Kinderen en jongeren groeien gezond en veilig op; de wachttijd voor jeugdhulp is maximaal acht weken.
- Minder jongeren hebben specialistische jeugdhulp nodig: het aandeel jongeren met jeugdhulp daalt van 12,6% naar 11,5% in 2031.
- Ouderen en mensen met een beperking kunnen langer zelfstandig thuis wonen.
- Meer inwoners met een uitkering vinden betaald werk; in 2028 stromen 120 mensen uit de bijstand uit naar werk.

=== Wat gaan we daarvoor doen?
Vanaf 2028 heeft elke huisartsenpraktijk in Kortenhoeve een praktijkondersteuner jeugd (POH-jeugd). Zo krijgen ouders en kinderen sneller lichte hulp, zonder verwijzing naar de specialistische jeugdhulp. Met het Transformatieprogramma jeugd (€ 650.000 in 2028 en € 350.000 in 2029, gedekt uit de reserve sociaal domein) versterken wij de samenwerking met scholen en het voorliggend veld. Het sociaal wijkteam werkt vanuit drie locaties: Kortenhoeve-centrum, Oosteinde en Hoevedorp.

Voor de Wmo kopen wij vanaf 1 januari 2028 huishoudelijke ondersteuning in via een nieuw contract met twee aanbieders. Voor schuldhulpverlening zetten wij in 2028 en 2029 extra in (€ 220.000 per jaar) op vroegsignalering, samen met de woningcorporatie en de energieleverancier. Het werkbedrijf Hoevewerk begeleidt mensen met een afstand tot de arbeidsmarkt; wij verwachten in 2028 dat 60 inwoners een garantiebaan vinden.

=== Beleidsindicatoren
''')
    parts.append(caption("Tabel 2.6 Beleidsindicatoren sociaal domein"))
    parts.append(table_indicatoren(d.IND_SOCIAAL))
    parts.append(source_note("Bron: waarstaatjegemeente.nl, geraadpleegd juli 2027."))
    parts.append("=== Wat mag het kosten?\n")
    parts.append(caption("Tabel 2.7 Baten en lasten programma 4"))
    parts.append(table_programma("P4", "(x: none, y: 0.5pt + luma(120))"))
    parts.append(r'''
De lasten stijgen in de meerjarenraming vooral door volumegroei in de jeugdhulp en de Wmo-maatwerkvoorzieningen. De baten bestaan grotendeels uit de rijksbijdrage voor de bijstand (BUIG), die in taakveld 6.3 Inkomensregelingen is verantwoord. Een specificatie per taakveld staat in bijlage 1.

== Programma 5 Economie, Onderwijs en Vrije tijd

Dit programma bundelt de lokale economie en recreatie, het onderwijs (huisvesting, leerlingenvervoer, onderwijsachterstanden) en sport en cultuur. Kortenhoeve wil een aantrekkelijke gemeente zijn om te wonen, te werken en te recreëren.

=== Wat willen we bereiken?
- Alle kinderen gaan naar school in een gezond, veilig en duurzaam gebouw.
- 70% van de inwoners sport minimaal één keer per week.
- Het aantal overnachtingen van toeristen groeit tot 95.000 in 2030.

=== Wat gaan we daarvoor doen?
De bouw van de nieuwe sporthal De Hoeve start in het voorjaar van 2028; de oplevering is gepland in het najaar van 2030. De sporthal vervangt de verouderde sporthal aan de Parklaan en krijgt ook een ruimte voor de jeugdsoos. Voor het Integraal Kindcentrum Kortenhoeve-Noord (een basisschool met kinderopvang) ronden wij in 2028 het ontwerp af; de bouw is gepland in 2029 en 2030. Met de Cultuurimpuls kernen (€ 120.000 in 2028) ondersteunen wij culturele activiteiten in de kleine kernen. Het tarief van de toeristenbelasting stijgt in 2028 naar € 2,10 per persoon per nacht; de extra opbrengst besteden wij aan recreatieve fietsroutes.

=== Wat mag het kosten?
''')
    parts.append(caption("Tabel 2.8 Baten en lasten programma 5"))
    parts.append(table_programma("P5", "none"))
    parts.append(r'''
== Algemene dekkingsmiddelen, overhead, onvoorzien en vennootschapsbelasting

Algemene dekkingsmiddelen zijn inkomsten waarvan de besteding niet vooraf is bepaald. De belangrijkste zijn de algemene uitkering uit het gemeentefonds en de onroerendezaakbelastingen. In onderstaande tabel zijn de opbrengsten per soort weergegeven; de kosten van de financieringsfunctie en van het heffen en invorderen van belastingen zijn als negatief bedrag opgenomen.

''')
    parts.append(caption("Tabel 2.9 Overzicht algemene dekkingsmiddelen"))
    parts.append(table_dekking())
    ovh = [t for t in d.TAAKVELDEN if t[0] == "0.4"][0]
    parts.append(f'''
De algemene uitkering is gebaseerd op de meicirculaire 2027. Voor de jaren 2029–2031 is rekening gehouden met de nieuwe verdeling van het gemeentefonds; voor Kortenhoeve pakt die licht nadelig uit. Het dividend betreft de aandelen in de BNG Bank en het regionale afvalbedrijf.

*Overhead.* De lasten van de overhead (taakveld 0.4) bedragen in 2028 € {nl(ovh[3])}. Het gaat om de kosten van de ondersteunende afdelingen, zoals personeel en organisatie, financiën, ICT, facilitaire zaken en het management.

*Onvoorzien.* Voor onvoorziene, onuitstelbare en onvermijdbare uitgaven is in 2028 een bedrag van € 150.000 geraamd. Dit bedrag is ook in de jaren 2029–2031 opgenomen.

*Vennootschapsbelasting.* Voor de grondexploitatie Hoeveweide is de gemeente naar verwachting vennootschapsbelasting verschuldigd. Hiervoor is in 2028 € 18.500 geraamd.

= Paragrafen
== Lokale heffingen

De gemeente heft belastingen en retributies. Uitgangspunt is dat de tarieven jaarlijks worden verhoogd met de inflatiecorrectie van 2,0%. De OZB-tarieven stijgen in 2028 daarnaast met 2,5% extra om het meerjarig tekort te beperken. De afvalstoffenheffing en de rioolheffing zijn kostendekkend; het verschil tussen kosten en opbrengsten wordt verrekend met de voorzieningen voor egalisatie.

''')
    parts.append(caption("Tabel 3.1 Tarieven 2027 en 2028"))
    parts.append(table_tarieven())
    parts.append(r'''
De woonlasten zijn de lasten die een huishouden met een eigen woning betaalt aan OZB, afvalstoffenheffing en rioolheffing. Voor een meerpersoonshuishouden met een woning van gemiddelde waarde stijgen de woonlasten in 2028 met 5,3%.

''')
    parts.append(caption("Tabel 3.2 Woonlasten meerpersoonshuishouden"))
    parts.append(table_woonlasten())
    parts.append(r'''
Inwoners met een laag inkomen kunnen kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing. De gemeente hanteert de kwijtscheldingsnorm van 100% van de bijstandsnorm.

== Weerstandsvermogen en risicobeheersing

Het weerstandsvermogen is het vermogen om financiële tegenvallers op te vangen zonder dat het beleid hoeft te worden aangepast. Het wordt uitgedrukt in de ratio weerstandsvermogen: de beschikbare weerstandscapaciteit gedeeld door de benodigde weerstandscapaciteit. De raad heeft in de nota Risicomanagement en weerstandsvermogen 2025 een ratio van minimaal 1,4 als ondergrens vastgesteld.

''')
    parts.append(caption("Tabel 3.3 Beschikbare weerstandscapaciteit"))
    parts.append(table_beschikbaar())
    parts.append(r'''
De benodigde weerstandscapaciteit is berekend door van elk belangrijk risico het financiële gevolg te vermenigvuldigen met de kans dat het risico zich voordoet.

''')
    parts.append(caption("Tabel 3.4 Risico's en benodigde weerstandscapaciteit (bedragen in euro's)"))
    parts.append(table_risicos())
    parts.append(f'''
De ratio weerstandsvermogen komt daarmee uit op € {nl(beschikbaar)} / € {nl(benodigd)} = *{pct(ratio, 2)}*. Volgens de waarderingstabel valt dat in klasse A: uitstekend. De ratio ligt ruim boven de door de raad vastgestelde ondergrens.

''')
    parts.append(caption("Tabel 3.5 Waarderingstabel weerstandsvermogen"))
    parts.append(table_waardering())
    parts.append(r'''
=== Financiële kengetallen
De verplichte financiële kengetallen geven samen een beeld van de financiële positie. De netto schuldquote loopt op door de investeringen in de sporthal en het kindcentrum, maar blijft onder de signaalwaarde van 100%. De belastingcapaciteit wordt alleen voor het begrotingsjaar berekend.

''')
    parts.append(caption("Tabel 3.6 Financiële kengetallen"))
    parts.append(table_kengetallen())
    parts.append(f'''
== Bedrijfsvoering

De ambtelijke organisatie groeit in 2028 beperkt, vooral door extra formatie voor vergunningverlening (woningbouwimpuls) en het sociaal wijkteam. Het aandeel externe inhuur willen wij terugbrengen naar maximaal 8% in 2030. Daarvoor werven wij actief trainees en zetten wij in op strategische personeelsplanning.

''')
    parts.append(caption("Tabel 3.7 Beleidsindicatoren bedrijfsvoering"))
    parts.append(table_bedrijfsvoering())
    parts.append(f'''
== Onderhoud kapitaalgoederen

De gemeente beheert een groot areaal aan wegen, groen, riolering, verlichting, bruggen en gebouwen. Het onderhoudsniveau is vastgelegd in beheerplannen die de raad heeft vastgesteld. Voor wegen en groen geldt beeldkwaliteit B (basis). Het nieuwe Gemeentelijk Rioleringsplan, dat vanaf 2029 geldt, wordt in 2028 aan de raad voorgelegd. Er is geen achterstallig onderhoud, met uitzondering van een aantal houten bruggen in het buitengebied; die worden in 2028 en 2029 vervangen binnen het bestaande budget.

''')
    parts.append(caption("Tabel 3.8 Onderhoudsbudgetten kapitaalgoederen 2028 (bedragen in euro's)"))
    parts.append(table_onderhoud())
    parts.append(f'''
Het budget voor gemeentelijke gebouwen wordt onttrokken aan de voorziening groot onderhoud gemeentelijke gebouwen.

== Verbonden partijen

Een verbonden partij is een organisatie waarin de gemeente een bestuurlijk én een financieel belang heeft. Kortenhoeve neemt deel aan vijf gemeenschappelijke regelingen en heeft aandelen in twee vennootschappen. De bijdragen aan de gemeenschappelijke regelingen zijn in de programma's opgenomen.

''')
    parts.append(caption("Tabel 3.9 Verbonden partijen"))
    parts.append(table_verbonden())
    parts.append(f'''
De bijdrage aan de Veiligheidsregio Zuidelijke Hoeven stijgt met 3,1%. Het dagelijks bestuur van de GGD Zuidelijke Hoeven heeft een extra bijdrage gevraagd voor de uitbreiding van de jeugdgezondheidszorg; die is in de bijdrage 2028 verwerkt.

== Grondbeleid

Kortenhoeve voert een actief grondbeleid voor Hoeveweide en het Dorpshart Oosteinde, en een faciliterend grondbeleid voor particuliere woningbouwplannen. Voor bedrijventerrein Veldzicht wordt de laatste kavel in 2029 verkocht. De grondexploitaties worden jaarlijks bij de jaarrekening herzien.

''')
    parts.append(caption("Tabel 3.10 Grondexploitaties"))
    parts.append(table_grex())
    parts.append(f'''
Voor het verwachte verlies op het Dorpshart Oosteinde is in de jaarrekening 2026 een verliesvoorziening gevormd. Winst wordt genomen naar rato van de voortgang (de POC-methode).

== Financiering

De gemeente financiert zich met vaste geldleningen en kortlopend geld. De kasgeldlimiet is het maximum van de netto vlottende schuld; deze bedraagt 8,5% van het begrotingstotaal en komt voor 2028 uit op € {nl(kasgeld)}. De renterisiconorm bedraagt 20% van het begrotingstotaal. Door de investeringen in de sporthal en het kindcentrum verwachten wij in 2028 en 2029 nieuwe langlopende leningen aan te trekken van in totaal € 14 miljoen. Voor de begroting is gerekend met een rentepercentage van 3,2% voor nieuwe leningen.

''')
    parts.append(caption("Tabel 3.11 Verloop langlopende leningen"))
    parts.append(table_leningen())
    parts.append(r'''
De gemeente zet geen middelen uit bij derden anders dan in 's Rijks schatkist, conform de Wet financiering decentrale overheden (Fido).

= Financiële begroting
== Overzicht van baten en lasten 2028

Het overzicht van baten en lasten geeft per programma de geraamde lasten, baten en het saldo. Het saldo is berekend als baten min lasten; een negatief saldo betekent dat de lasten hoger zijn dan de baten.

''')
    parts.append(caption("Tabel 4.1 Overzicht van baten en lasten begroting 2028 (bedragen x € 1.000)"))
    parts.append(table_overzicht_2028())
    parts.append(r'''
== Incidentele baten en lasten

Incidentele baten en lasten doen zich gedurende maximaal drie jaar voor. Ze worden gebruikt om het structurele begrotingssaldo te bepalen. Een streepje betekent dat er in dat jaar geen bedrag is geraamd.

''')
    parts.append(caption("Tabel 4.2 Incidentele baten en lasten (bedragen in euro's)"))
    parts.append(table_incidenteel())
    parts.append(r'''
== Structureel begrotingssaldo

''')
    parts.append(caption("Tabel 4.3 Structureel begrotingssaldo"))
    parts.append(table_structureel())
    parts.append(f'''
De begroting 2028 is structureel in evenwicht. Vanaf 2029 is er een structureel tekort dat in 2030 het grootst is. De provincie beoordeelt een begroting als structureel en reëel in evenwicht wanneer het begrotingsjaar structureel sluitend is, of de meerjarenraming in het laatste jaar; dat laatste is nu niet het geval.

== Reserves en voorzieningen

''')
    parts.append(caption("Tabel 4.4 Verloop van de reserves 2028 (bedragen in euro's)"))
    parts.append(table_reserves())
    parts.append(r'''
De toevoeging van € 1.200.000 aan de reserve dekking investeringen is bestemd voor de kapitaallasten van de nieuwe sporthal De Hoeve. De onttrekking aan de algemene reserve van € 650.000 dekt eenmalige uitgaven uit de kadernota.

''')
    parts.append(caption("Tabel 4.5 Verloop van de voorzieningen 2028"))
    parts.append(table_voorzieningen())
    parts.append(r'''
== Investeringen

De investeringsplanning geeft per jaar de benodigde kredieten. Bij vaststelling van de begroting stelt de raad de kredieten voor 2028 beschikbaar. De kredieten voor de jaren daarna zijn indicatief.

''')
    parts.append(caption("Tabel 4.6 Investeringsplanning 2028–2031"))
    parts.append(table_investeringen())
    parts.append(r'''
= Bijlagen
== Bijlage 1 Overzicht baten en lasten per taakveld 2028

Onderstaand overzicht bevat de geraamde lasten en baten per taakveld volgens de indeling van het Besluit begroting en verantwoording (BBV). Bedragen zijn in hele euro's. Het saldo is baten min lasten; een negatief saldo staat tussen haakjes.

''')
    parts.append(caption("Tabel B.1 Lasten en baten per taakveld, begroting 2028"))
    parts.append(table_taakvelden())
    parts.append(r'''
== Bijlage 2 Begrippenlijst

/ Algemene uitkering: de bijdrage uit het gemeentefonds die de gemeente vrij mag besteden.
/ BBV: Besluit begroting en verantwoording provincies en gemeenten.
/ Incidenteel: een bate of last die zich gedurende maximaal drie jaar voordoet.
/ Iv3: Informatie voor derden, de landelijke indeling in taakvelden.
/ Structureel saldo: het begrotingssaldo zonder de incidentele baten en lasten.
/ Weerstandscapaciteit: de middelen die beschikbaar zijn om tegenvallers op te vangen.
''')
    return "\n".join(parts)


def main(outdir: str) -> None:
    import typst

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    src = out / "kortenhoeve-programmabegroting-2028.typ"
    src.write_text(build(), encoding="utf-8")
    typst.compile(str(src), output=str(out / "kortenhoeve-programmabegroting-2028.pdf"))
    print("wrote", out / "kortenhoeve-programmabegroting-2028.pdf")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
