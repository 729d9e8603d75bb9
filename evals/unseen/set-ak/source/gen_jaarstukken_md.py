"""Omgevingsdienst Keppelwaard, Jaarstukken 2043, published as one Markdown file the way pandoc writes it.

The prose (YAML front matter, headings with {#anchor}, bullet lists, bold figures, footnotes [^n] with their text at
the end) is typed here in pandoc's own output style; every table is written BY PANDOC itself: the table is handed to
pandoc as a pipe table and written back with only one table extension switched on, so the document holds pandoc
grid tables (most tables; cells wrapped over several lines), one pipe table, one simple table and one multiline
table, each with its caption ': Tabel n. ...' after the table.

Usage: python gen_jaarstukken_md.py OUT_DIR
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypandoc

import data as d
from fmt import nl_dec, nl_int

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus").resolve()
PANDOC = pypandoc.get_pandoc_path()
COLUMNS = 78
KIND_FLAGS = {  # the markdown writer with only one table extension left on
    "grid": "markdown-pipe_tables-simple_tables-multiline_tables",
    "pipe": "markdown-grid_tables-simple_tables-multiline_tables",
    "simple": "markdown-pipe_tables-grid_tables-multiline_tables",
    "multiline": "markdown-pipe_tables-grid_tables-simple_tables",
}


def pandoc_table(kind, caption, header, rows, aligns, dashes):
    """write one table with pandoc. header/rows: cell texts; aligns: 'l'/'r' per column; dashes: the relative
    column widths (the dashes of the pipe separator; used when a row is wider than the text width)."""
    sep = "|" + "|".join((":" + "-" * (n - 1)) if a == "l" else ("-" * (n - 1) + ":") for a, n in zip(aligns, dashes)) + "|"
    src = ["| " + " | ".join(header) + " |", sep] + ["| " + " | ".join(r) + " |" for r in rows] + ["", ": " + caption]
    out = subprocess.run([PANDOC, "-f", "markdown", "-t", KIND_FLAGS[kind], f"--columns={COLUMNS}"],
                         input="\n".join(src) + "\n", capture_output=True, text=True, check=True).stdout
    out = out.rstrip("\n")
    first = out.lstrip().splitlines()[0]
    want = {"grid": first.startswith("+-"), "pipe": first.startswith("|"),
            "simple": not set(first.strip()) <= {"-"}, "multiline": set(first.strip()) == {"-"}}
    if not want[kind]:
        raise SystemExit(f"pandoc did not write a {kind} table for {caption!r}:\n{out}")
    return out


def k(v):
    return nl_int(v)


def pct(v, nd=2):
    return nl_dec(v, nd) + "%"


def b(s):
    return f"**{s}**"


PROD = list(d.EX_L)


def build():
    parts, tables = [], []
    add = parts.append

    def table(md):
        tables.append(md)
        return f"ZZTABLEPLACEHOLDER{len(tables):02d}ZZ"
    add("---\n"
        "title: Jaarstukken 2043\n"
        "subtitle: Omgevingsdienst Keppelwaard\n"
        "author: Dagelijks bestuur Omgevingsdienst Keppelwaard\n"
        "date: 11 april 2044\n"
        "lang: nl-NL\n"
        "---")
    # ----------------------------------------------------------------------------------------- voorwoord
    add("# Voorwoord {#sec-voorwoord}")
    add("Omgevingsdienst Keppelwaard voert voor zeven gemeenten de milieutaken uit: vergunningverlening, toezicht en\n"
        "handhaving, specialistisch advies, bodem en asbest. In 2043 werkten we voor het eerst een volledig jaar\n"
        "onder de Omgevingswet.")
    add(f"Het jaar 2043 sluiten we af met een positief resultaat van {b('€ ' + k(d.RESULT_EUR))}. De totale lasten\n"
        f"bedroegen {b('€ 20,2 miljoen')}; dat is {b('€ ' + k((d.EX_TOT_L[2] - d.EX_TOT_L[1]) * 1000))} meer dan\n"
        f"begroot, vooral door extra opdrachten van derden. Daar staan hogere baten tegenover. Het dagelijks bestuur\n"
        f"stelt voor 60% van het resultaat terug te betalen aan de deelnemers en 40% toe te voegen aan de algemene\n"
        f"reserve.")
    # ----------------------------------------------------------------------------------------- jaarverslag
    add("# Jaarverslag {#sec-jaarverslag}")
    add("## Kerncijfers 2043 {#sec-kerncijfers}")
    ctrl = d.PREST_D["Controles bij bedrijven"]
    verg = d.PREST_D["Omgevingsvergunningen milieu verleend"]
    klacht = d.PREST_D["Klachten over milieuhinder afgehandeld"]
    add("\n".join([
        f"-   {b(k(ctrl[2]))} controles bij bedrijven (begroot: {k(ctrl[1])})",
        f"-   {b(k(verg[2]))} omgevingsvergunningen milieu verleend, waarvan {b(str(d.VERG_BINNEN_TERMIJN) + '%')}\n"
        f"    binnen de wettelijke termijn",
        f"-   {b(k(klacht[2]))} klachten over milieuhinder afgehandeld",
        f"-   {b(str(d.BRZO_INSPECTIES))} BRZO- en RIE-4-inspecties, samen met de andere omgevingsdiensten in de\n"
        f"    regio",
        f"-   klanttevredenheid bij vergunningaanvragers: gemiddeld een {b(nl_dec(d.KLANT_CIJFER, 1))}",
        f"-   formatie {b(nl_dec(d.FTE_TOT[0], 1) + ' fte')}, bezetting {b(nl_dec(d.FTE_TOT[1], 1) + ' fte')} op 31\n"
        f"    december 2043"]))
    add("## Prestaties per taak {#sec-prestaties}")
    add("Tabel 1 vergelijkt de gerealiseerde aantallen met de begroting en met 2042. We voerden minder controles\n"
        "uit dan begroot, omdat vacatures bij toezicht en handhaving lang openstonden; de vrijgekomen uren zetten we\n"
        "in voor hercontroles en de afhandeling van klachten.")
    rows = [[p[0], k(p[1]), k(p[2]), k(p[3])] for p in d.PREST]
    add(table(pandoc_table("grid", "Tabel 1. Prestaties 2043 (aantallen)",
                     ["Prestatie", "Begroot 2043", "Realisatie 2043", "Realisatie 2042"], rows,
                     ["l", "r", "r", "r"], [30, 10, 10, 10])))
    add("## Formatie en bezetting {#sec-formatie}")
    add("De formatie is het aantal fte dat in de begroting is toegestaan; de bezetting is het aantal fte dat op\n"
        "31 december 2043 daadwerkelijk was ingevuld. Openstaande vacatures vulden we deels in met inhuur.")
    rows = [[a, nl_dec(v[0], 1), nl_dec(v[1], 1), nl_dec(d.FTE_VERSCHIL[a], 1)] for a, v in d.FTE.items()]
    rows.append(["Totaal", nl_dec(d.FTE_TOT[0], 1), nl_dec(d.FTE_TOT[1], 1),
                 nl_dec(round(d.FTE_TOT[1] - d.FTE_TOT[0], 1), 1)])
    add(table(pandoc_table("simple", "Tabel 2. Formatie en bezetting per afdeling (fte)",
                     ["Afdeling", "Formatie", "Bezetting", "Verschil"], rows, ["l", "r", "r", "r"], [20, 9, 9, 9])))
    add("## Paragraaf weerstandsvermogen en risicobeheersing {#sec-risico}")
    add("De omgevingsdienst houdt alleen een algemene reserve aan als buffer voor risico's. De belangrijkste risico's\n"
        "zijn de krapte op de arbeidsmarkt voor toezichthouders, de afhankelijkheid van opdrachten van derden en\n"
        "aansprakelijkheid bij de handhaving van asbestregels. Tekorten die de algemene reserve te boven gaan,\n"
        "komen volgens de gemeenschappelijke regeling voor rekening van de deelnemers.")
    # ----------------------------------------------------------------------------------------- jaarrekening
    add("# Jaarrekening {#sec-jaarrekening}")
    add("## Overzicht van baten en lasten {#sec-baten-en-lasten}")
    add("Tabel 3 zet de begroting (primitief en na wijziging) af tegen de realisatie. Het verschil is de realisatie\n"
        "min de begroting na wijziging: bij de lasten is een negatief verschil voordelig, bij de baten een positief\n"
        "verschil.")
    rows = [[b("Lasten"), "", "", "", ""]]
    for p in PROD:
        v = d.EX_L[p]
        rows.append([p, k(v[0]), k(v[1]), k(v[2]), k(d.verschil(v))])
    rows.append([b("Totaal lasten")] + [b(k(x)) for x in d.EX_TOT_L] + [b(k(d.EX_TOT_L[2] - d.EX_TOT_L[1]))])
    rows.append([b("Baten"), "", "", "", ""])
    for p, v in d.EX_B.items():
        rows.append([p, k(v[0]), k(v[1]), k(v[2]), k(d.verschil(v))])
    rows.append([b("Totaal baten")] + [b(k(x)) for x in d.EX_TOT_B] + [b(k(d.EX_TOT_B[2] - d.EX_TOT_B[1]))])
    rows.append(["Saldo van baten en lasten"] + [k(x) for x in d.EX_SALDO] + [k(d.EX_SALDO[2] - d.EX_SALDO[1])])
    rows.append(["Toevoeging aan reserves"] + [k(x) for x in d.EX_TOEV] + [k(d.EX_TOEV[2] - d.EX_TOEV[1])])
    rows.append(["Onttrekking aan reserves"] + [k(x) for x in d.EX_ONTT] + [k(d.EX_ONTT[2] - d.EX_ONTT[1])])
    rows.append([b("Resultaat")] + [b(k(x)) for x in d.EX_RES] + [b(k(d.EX_RES[2] - d.EX_RES[1]))])
    add(table(pandoc_table("grid", "Tabel 3. Lasten en baten per product (bedragen x € 1.000)",
                     ["Product", "Begroting 2043 primitief", "Begroting 2043 na wijziging", "Realisatie 2043",
                      "Verschil"], rows, ["l", "r", "r", "r", "r"], [26, 11, 11, 11, 9])))
    add("## Toelichting op de verschillen {#sec-verschillen}")
    add("De verschillen groter dan € 100.000 lichten we toe in tabel 4.")
    afw = [
        ("Vergunningverlening", d.verschil(d.EX_L["Vergunningverlening"]),
         "Meer aanvragen voor zonneparken en mestverwerking; extra inhuur om de wettelijke termijnen te halen."),
        ("Toezicht en handhaving", d.verschil(d.EX_L["Toezicht en handhaving"]),
         "Vacatures voor toezichthouders stonden gemiddeld vijf maanden open; de loonkosten bleven daardoor achter."),
        ("Specialistisch advies", d.verschil(d.EX_L["Specialistisch advies (geluid, lucht, externe veiligheid)"]),
         "Extra geluidsmetingen rond het bedrijventerrein Hollenvoorde-Oost op verzoek van de gemeente."),
        ("Bodem en ondergrond", d.verschil(d.EX_L["Bodem en ondergrond"]),
         "Minder bodemonderzoeken bij woningbouw, omdat projecten later startten."),
        ("Asbest en sloop", d.verschil(d.EX_L["Asbest en sloop"]),
         "Meer handhaving bij illegale asbestverwijdering en inhuur van specialisten voor twee complexe saneringen."),
        ("Opdrachten derden en subsidies", d.verschil(d.EX_B["Opdrachten derden en subsidies"]),
         "Extra opdrachten van de provincie voor de aanpak van stikstof en een rijkssubsidie voor "
         "ketentoezicht."),
    ]
    rows = [[a, k(v), t] for a, v, t in afw]
    add(table(pandoc_table("grid", "Tabel 4. Toelichting op de verschillen (bedragen x € 1.000)",
                     ["Product", "Verschil", "Toelichting"], rows, ["l", "r", "l"], [16, 8, 40])))
    add("## Bijdragen van de deelnemers {#sec-bijdragen}")
    add("De bijdrage voor de basistaken verdelen we over de deelnemers met de verdeelsleutel[^1]; de plustaken\n"
        "rekenen we per deelnemer af op basis van de werkelijk bestede uren[^2]. De terugbetaling uit het resultaat\n"
        "2043 volgt de verdeelsleutel.")
    rows = [[g, pct(d.SLEUTEL[g]), k(d.BASIS_G[g]), k(d.PLUS_G[g]), k(d.BIJ_TOT_G[g]), k(d.TERUG_G[g])]
            for g in d.DEELN]
    rows.append([b("Totaal"), b(pct(100)), b(k(sum(d.BASIS_G.values()))), b(k(d.PLUS_TOT)), b(k(d.BIJ_TOT)),
                 b(k(d.TERUG))])
    add(table(pandoc_table("grid", "Tabel 5. Bijdragen per deelnemer 2043 (bedragen in €)",
                     ["Deelnemer", "Verdeelsleutel", "Bijdrage basistaken", "Plustaken", "Totale bijdrage 2043",
                      "Terugbetaling resultaat"], rows, ["l", "r", "r", "r", "r", "r"], [14, 10, 11, 10, 11, 11])))
    add("## Reserves en voorzieningen {#sec-reserves}")
    add("De onttrekking aan de bestemmingsreserve implementatie Omgevingswet dekt de laatste kosten van de\n"
        "invoering. De toevoeging aan de egalisatiereserve ICT-vervanging was in de begroting voorzien.")
    rows = [["Reserves", "", "", "", ""]]
    for nm, v in d.K_RES.items():
        rows.append([nm] + [k(x) for x in v])
    rows.append(["Totaal reserves"] + [k(x) for x in d.K_RES_TOT])
    rows.append(["Voorzieningen", "", "", "", ""])
    for nm, v in d.K_VZ.items():
        rows.append([nm] + [k(x) for x in v])
    rows.append(["Totaal voorzieningen"] + [k(x) for x in d.K_VZ_TOT])
    add(table(pandoc_table("multiline", "Tabel 6. Verloop van reserves en voorzieningen 2043 (bedragen in €)",
                     ["Omschrijving", "Stand 1-1-2043", "Toevoeging", "Onttrekking", "Stand 31-12-2043"], rows,
                     ["l", "r", "r", "r", "r"], [24, 10, 10, 10, 11])))
    add("## Balans {#sec-balans}")
    rows = [[b("Activa"), "", ""]]
    for nm, v in d.BAL_ACT.items():
        rows.append([nm, k(v[0]), k(v[1])])
    rows.append([b("Totaal activa"), b(k(d.BAL_TOT_ACT[0])), b(k(d.BAL_TOT_ACT[1]))])
    rows.append([b("Passiva"), "", ""])
    for nm in ("Algemene reserve", "Bestemmingsreserves", "Gerealiseerd resultaat"):
        v = d.BAL_PAS[nm]
        rows.append([nm, k(v[0]), k(v[1])])
    rows.append(["Totaal eigen vermogen", k(d.EV[0]), k(d.EV[1])])
    for nm in list(d.BAL_PAS)[3:]:
        v = d.BAL_PAS[nm]
        rows.append([nm, k(v[0]), k(v[1])])
    rows.append([b("Totaal passiva"), b(k(d.BAL_TOT_PAS[0])), b(k(d.BAL_TOT_PAS[1]))])
    add(table(pandoc_table("grid", "Tabel 7. Balans per 31 december (bedragen x € 1.000)",
                     ["Balanspost", "31-12-2043", "31-12-2042"], rows, ["l", "r", "r"], [40, 12, 12])))
    add("## Financiële kengetallen {#sec-kengetallen}")
    add("De kengetallen[^3] laten een gezonde financiële positie zien: de omgevingsdienst heeft meer financiële\n"
        "bezittingen dan schulden.")
    rows = [[nm] + [pct(x, 1) for x in v] for nm, v in d.KK.items()]
    add(table(pandoc_table("pipe", "Tabel 8. Financiële kengetallen",
                     ["Kengetal"] + d.KK_COLS, rows, ["l", "r", "r", "r"], [30, 10, 10, 10])))
    add("## Resultaat en voorstel resultaatbestemming {#sec-resultaat}")
    add(f"Het resultaat over 2043 bedraagt {b('€ ' + k(d.RESULT_EUR))} positief. Het dagelijks bestuur stelt het\n"
        f"algemeen bestuur voor om {b('€ ' + k(d.TERUG))} (60%) terug te betalen aan de deelnemers naar rato van de\n"
        f"verdeelsleutel en {b('€ ' + k(d.NAAR_RES))} (40%) toe te voegen aan de algemene reserve.")
    rows = [["Resultaat 2043", k(d.RESULT_EUR)],
            ["Terugbetaling aan de deelnemers (60%)", k(d.TERUG)],
            ["Toevoeging aan de algemene reserve (40%)", k(d.NAAR_RES)]]
    add(table(pandoc_table("grid", "Tabel 9. Voorstel resultaatbestemming (bedragen in €)",
                     ["Omschrijving", "Bedrag"], rows, ["l", "r"], [40, 12])))
    add("Na de toevoeging komt de algemene reserve uit op € " + k(d.K_RES["Algemene reserve"][3] + d.NAAR_RES)
        + ".")
    # ----------------------------------------------------------------------------------------- footnotes
    add("[^1]: De verdeelsleutel is gebaseerd op het aantal inrichtingen per deelnemer en is vastgesteld in de\n"
        "    kostenverdeelsystematiek 2041.\n\n"
        "[^2]: Plustaken rekenen we af tegen het integrale uurtarief van € 112 per uur.\n\n"
        "[^3]: Berekend volgens het Besluit begroting en verantwoording provincies en gemeenten (BBV). Een negatieve\n"
        "    netto schuldquote betekent dat de financiële bezittingen groter zijn dan de schulden.")
    src = "\n\n".join(parts) + "\n"
    md = subprocess.run([PANDOC, "-s", "-f", "markdown", "-t", "markdown", f"--columns={COLUMNS}"],
                        input=src, capture_output=True, text=True, check=True).stdout
    for i, t in enumerate(tables, 1):
        ph = f"ZZTABLEPLACEHOLDER{i:02d}ZZ"
        if md.count(ph) != 1:
            raise SystemExit(f"placeholder {ph} not found once in the pandoc output")
        md = md.replace(ph, t)
    return md


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    text = build()
    (OUT / d.K_FILE).write_text(text, encoding="utf-8")
    print(f"{d.K_FILE}: {len(text.splitlines())} lines")


if __name__ == "__main__":
    main()
