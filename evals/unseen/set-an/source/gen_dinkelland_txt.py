"""Write the fictional Dinkelland "Begroting 2021, Ambitie Inclusieve samenleving" as a plain-text web export.

The text is dinkelland_2021.tmpl: the 2020 export with its prose partly rewritten for 2021 (about 70% of the
paragraphs unchanged), written in the notation of the 2020 export: one paragraph per line, blank lines between
blocks, table rows as space-separated cells on one line, a non-breaking space for an empty cell (written "¬" in
the template), bullets as "  • ", no trailing newline.  «KEY» placeholders are filled from data.py here; the one
money table ("Wat is er in 2021 nodig?", columns 2021-2024, "€ 98.000" cells) is built from data.D_NODIG.

Usage: python gen_dinkelland_txt.py CORPUS_DIR
"""
import re
import sys
from pathlib import Path

import data as d
from fmt import eur

NBSP = "\u00a0"
HERE = Path(__file__).resolve().parent


def nodig_table():
    lines = ["Omschrijving " + " ".join(d.D_COLS)]
    for label, vals in d.D_NODIG.items():
        lines.append(label + " " + " ".join(NBSP if v is None else eur(v) for v in vals))
    lines.append("Totaal " + " ".join(eur(v) for v in d.D_NODIG_TOT))
    return "\n".join(lines)


def monitor(label):
    mm, ist1, ist2, soll = d.D_IND_MONITOR[label]
    return f"{mm} {ist1} {ist2} {soll}"


def jeugdmonitor(label):
    bron, mm, ist, soll = d.D_IND_JEUGDMONITOR[label]
    return f"{bron} vierjaarlijks 2020 {mm} {ist} {soll}"


GZ = "Percentage inwoners die goede gezondheid ervaren"
FILL = {
    "PUBLISHED": d.D_PUBLISHED,
    "IND_GZ": monitor(GZ),
    "IND_BW": monitor("Percentage inwoners die voldoende bewegen"),
    "IND_WB": jeugdmonitor("Percentage kinderen die zijn meestal weerbaar zijn"),
    "IND_AL": jeugdmonitor("Percentage van kinderen onder de 18 jaar die de laatste vier weken alcohol hebben "
                           "gedronken"),
    "GZ_IST1": d.D_IND_MONITOR[GZ][1],
    "GZ_IST2": d.D_IND_MONITOR[GZ][2],
    "CEOJ": " ".join(d.D_CEO_JEUGD),
    "CEOW": " ".join(d.D_CEO_WMO),
    "BEK_Y": d.D_BEKENDHEID[0],
    "BEK_J": d.D_BEKENDHEID[1],
    "BEK_W": d.D_BEKENDHEID[2],
    "MAATWERK": " ".join(d.D_MAATWERK_PCT),
    "HUISARTS": " ".join(d.D_HUISARTS),
    "HUISARTS_NORM": d.D_HUISARTS_NORM,
    "INITIATIEVEN": str(d.D_INITIATIEVEN_2020),
    "POH": str(d.D_POH_PRAKTIJKEN),
    "RESTANT_2020": eur(d.D_RESTANT_2020_REP),
    "UITVOERINGSPLAN": eur(d.D_UITVOERINGSPLAN),
    "NIET_GECLAIMD": eur(d.D_NIET_GECLAIMD),
    "R_SPORT": eur(d.D_RESERVERING["Sport als middel"]),
    "R_CULTUUR": eur(d.D_RESERVERING["Cultuur"]),
    "R_NOABERHOES": eur(d.D_RESERVERING["Noaberhoes"]),
    "R_KANSRIJK": eur(d.D_RESERVERING["Kansrijke Start"]),
    "R_GRIP": eur(d.D_RESERVERING["Grip op sociaal domein"]),
    "VRIJ": eur(d.D_VRIJ),
    "FONDS_2019": eur(d.D_FONDS_2019_REP),
    "LEEFBAARHEIDSFONDS": eur(d.D_LEEFBAARHEIDSFONDS),
    "NODIG_TABLE": nodig_table(),
    "TOT_2021": eur(d.D_NODIG_TOT[0]),
    "TOT_2022": eur(d.D_NODIG_TOT[1]),
}


def render():
    tmpl = (HERE / "dinkelland_2021.tmpl").read_text(encoding="utf-8")
    used = set(re.findall(r"«([A-Z0-9_]+)»", tmpl))
    missing = used - set(FILL)
    if missing or set(FILL) - used:
        raise SystemExit(f"template keys: missing {missing}, unused {set(FILL) - used}")
    out = re.sub(r"«([A-Z0-9_]+)»", lambda m: FILL[m.group(1)], tmpl)
    out = out.replace("¬", NBSP)
    assert "«" not in out and "»" not in out and not out.endswith("\n")
    return out


if __name__ == "__main__":
    outdir = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
    text = render()
    (outdir / d.D_FILE).write_text(text, encoding="utf-8")
    print(f"{d.D_FILE}: {len(text.encode('utf-8'))} bytes, {text.count(chr(10)) + 1} lines")
