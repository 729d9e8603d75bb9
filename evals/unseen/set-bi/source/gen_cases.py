"""Generate ../cases.yaml (FORMAT.md version 1) from the registered facts of the two fictional
documents plus a few hand-checked figures of the real corpus documents.

Each case gets YAML comments with its source (file, page, table, row, column, the printed line)
and the near-miss values that are NOT accepted. Pages and printed lines are looked up in the
PDF text extracted with pdfplumber, so the comments show what a reader actually gets.

Usage: python gen_cases.py CORPUS_DIR FACTS_A.json FACTS_B.json OUT.yaml
"""
import json
import re
import sys
from pathlib import Path

import pdfplumber

CORPUS = Path(sys.argv[1])
FA = json.load(open(sys.argv[2], encoding="utf-8"))
FB = json.load(open(sys.argv[3], encoding="utf-8"))
OUT = Path(sys.argv[4])

TW, ODVD = "Twenterand", "Omgevingsdienst Vecht en Dinkel"
DOCS = {"a": FA, "b": FB}

_text_cache = {}


def pages_of(fname):
    if fname not in _text_cache:
        p = CORPUS / fname
        if p.suffix == ".pdf":
            with pdfplumber.open(p) as pdf:
                _text_cache[fname] = [pg.extract_text() or "" for pg in pdf.pages]
        else:
            _text_cache[fname] = [p.read_text(encoding="utf-8")]
    return _text_cache[fname]


def token_re(printed):
    return re.compile(r"(?<![0-9.,])" + re.escape(printed) + r"(?![0-9]|[.,][0-9])")


def locate(fname, printed, row, table=""):
    """Return (page, line) of a line holding `printed`. Preference: the row label is on the line (or
    the line before, for wrapped labels) and the table caption is on the page; then row label only;
    then the first occurrence."""
    rx = token_re(printed)
    words = [w for w in re.split(r"[\s,()]+", re.sub(r"^[0-9.]+ ", "", row)) if len(w) > 3][:2]
    cap = re.split(r" \(|,", table)[0].strip().lower()
    tiers = {}
    for i, t in enumerate(pages_of(fname), start=1):
        lines = t.splitlines()
        has_cap = bool(cap) and cap in t.lower()
        for j, line in enumerate(lines):
            if rx.search(line):
                ctx = " ".join(lines[max(0, j - 1): j + 1])
                row_ok = bool(words) and all(w.lower() in ctx.lower() for w in words)
                tier = 0 if (row_ok and has_cap) else (1 if row_ok else 2)
                tiers.setdefault(tier, (i, line.strip()))
    if not tiers:
        raise SystemExit(f"NOT FOUND in {fname}: {printed!r} ({row})")
    return tiers[min(tiers)]


def num(v):
    """Fact value -> number (facts of percentages/counts are stored as the printed string)."""
    if isinstance(v, (int, float)):
        return int(v) if float(v).is_integer() else round(float(v), 4)
    s = v.replace("€", "").replace("%", "").strip()
    neg = s.startswith("(") or s.startswith("-")
    s = s.strip("()-").replace(".", "").replace(",", ".")
    x = float(s)
    x = -x if neg else x
    return int(x) if x.is_integer() else x


def fact(ref):
    d, key = ref.split(":", 1)
    f = DOCS[d]["facts"][key]
    return DOCS[d]["file"], f


# Real corpus documents: hand-checked cells (file, table, row, col, printed, value)
REAL = {
    "tw20.jeugd.2023": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Overzicht 3.1 Baten en lasten Sociaal domein",
                        "Jeugd", "2023", "16.423.993", 16423993),
    "tw20.jeugd.2022": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Overzicht 3.1", "Jeugd", "2022", "16.357.714", 16357714),
    "tw20.jeugd.2021": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Overzicht 3.1", "Jeugd", "2021", "16.060.788", 16060788),
    "tw20.jeugd.2020": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Overzicht 3.1", "Jeugd", "2020", "16.695.012", 16695012),
    "tw20.ond.2022": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Overzicht 3.1 Baten en lasten Sociaal domein",
                      "Onderwijs", "2022", "5.363.397", 5363397),
    "tw20.ond.2021": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Overzicht 3.1", "Onderwijs", "2021", "4.048.147", 4048147),
    "tw20.ond.2023": ("twenterand-programmabegroting-2020-sociaal-domein.txt", "Overzicht 3.1", "Onderwijs", "2023", "4.069.019", 4069019),
    "ws24.afv.ml.2024": ("wassenaar-begroting-2024.pdf", "Tabel 7.6 - Tarieven afvalstoffenheffing",
                         "Meerpersoonshuishouden (laagbouw)", "tarief 2024", "517,32", 517.32),
    "ws24.afv.ml.2023": ("wassenaar-begroting-2024.pdf", "Tabel 7.6", "Meerpersoonshuishouden (laagbouw)", "tarief 2023", "501,23", 501.23),
    "ws24.afv.mg.2024": ("wassenaar-begroting-2024.pdf", "Tabel 7.6", "Meerpersoonshuishouden (gelaagde bouw)", "tarief 2024", "507,12", 507.12),
    "ws24.ozbw.2024": ("wassenaar-begroting-2024.pdf", "Tabel 7.1 - Opbrengst uit belastingen (bedragen x € 1.000)",
                       "OZB woningen", "raming 2024", "8.764", 8764000),
    "ws24.ozbw.2023": ("wassenaar-begroting-2024.pdf", "Tabel 7.1", "OZB woningen", "raming 2023", "8.493", 8493000),
    "co23.res": ("collectie-overijssel-jaarstukken-2023.pdf", "Kerncijfers (€ '000)", "Exploitatieresultaat",
                 "Realisatie 2023", "137", 137000),
    "co23.res.prose": ("collectie-overijssel-jaarstukken-2023.pdf", "Inleiding (tekst)", "exploitatieresultaat",
                       "2023", "137.000", 137000),
    "co23.res.2022": ("collectie-overijssel-jaarstukken-2023.pdf", "Kerncijfers (€ '000)", "Exploitatieresultaat",
                      "Realisatie 2022", "287", 287000),
    "dk20.cultuur": ("dinkelland-begroting-2020-inclusieve-samenleving.txt", "Uitvoeringsplan sociaal domein (tekst)",
                     "Cultuur", "2020", "45.500", 45500),
    "dk20.sport": ("dinkelland-begroting-2020-inclusieve-samenleving.txt", "Uitvoeringsplan sociaal domein (tekst)",
                   "Sport als middel", "2020", "52.000", 52000),
}


def resolve(ref):
    """-> dict(file, table, row, col, printed, value, page, line)"""
    if ref.startswith("real:"):
        fname, table, row, col, printed, value = REAL[ref[5:]]
    else:
        fname, f = fact(ref)
        table, row, col, printed, value = f["table"], f["row"], f["col"], f["printed"], num(f["value"])
    page, line = locate(fname, printed, row, table)
    return dict(file=fname, table=table, row=row, col=col, printed=printed, value=value, page=page, line=line)


# ---------------------------------------------------------------- the cases
# figure turn: dict(q, src, accept=[refs], near=[refs], unit, mun(expected), tol, calc=(value, derivation, [refs]))
def F(q, src=None, mun=TW, unit="EUR", accept=(), near=(), tol=None, calc=None, note=None):
    return dict(kind="figure", q=q, src=src, mun=mun, unit=unit, accept=list(accept), near=list(near), tol=tol,
                calc=calc, note=note)


def T(q, include, mun=TW, why=""):
    return dict(kind="text", q=q, include=include, mun=mun, why=why)


def Rf(q, why):
    return dict(kind="refusal", q=q, why=why)


def A(q, exclude, mun, why):
    return dict(kind="any", q=q, exclude=exclude, mun=mun, why=why)


JEUGD = "a:a.db.Jeugd.L.R23"
CASES = [
    # ------------------------------------------------------------ conversations
    ("bi-conv-jeugd", TW, [
        F("Hoeveel heeft de jeugdhulp (doelenboom Jeugd) Twenterand in 2023 echt gekost volgens de jaarstukken 2023?",
          JEUGD, near=["a:a.db.Jeugd.L.BW", "real:tw20.jeugd.2023", "a:a.p3.6.72.L.R23"]),
        F("En welk bedrag was daarvoor in de programmabegroting 2020 als raming voor 2023 opgenomen?",
          "real:tw20.jeugd.2023", near=[JEUGD, "real:tw20.jeugd.2022", "real:tw20.jeugd.2020"]),
        F("Hoeveel hoger is het werkelijke bedrag dan die raming?",
          calc=("difference", [JEUGD, "real:tw20.jeugd.2023"]), near=["a:a.db.Jeugd.L.BW"]),
    ]),
    ("bi-conv-bijstand", TW, [
        F("Hoeveel gaf Twenterand in 2023 werkelijk uit aan de bijstand en andere inkomensregelingen?",
          "a:a.p3.6.3.L.R23", near=["a:a.p3.6.3.L.BW", "a:a.p3.6.3.L.R22", "a:a.p3.6.3.B.R23"]),
        F("En hoeveel kreeg de gemeente daarvoor binnen?",
          "a:a.p3.6.3.B.R23", near=["a:a.p3.6.3.B.BW", "a:a.p3.6.3.B.BP", "a:a.p3.6.3.L.R23"]),
    ]),
    ("bi-conv-resultaat", None, [
        F("Met welk resultaat heeft de gemeente Twenterand het jaar 2023 afgesloten?",
          "a:a.res.R23.prose", accept=["a:a.t1.tot.R23", "a:a.kc.res.2023"],
          near=["a:a.j2.S.R23", "a:a.res.verbetering", "a:a.res.BW.prose"]),
        F("En wat werd er volgens de begroting na wijziging verwacht?",
          "a:a.res.BW.prose", accept=["a:a.t1.tot.BW"], near=["a:a.j2.S.BW", "a:a.t1.tot.R23"],
          note="printed as a tekort (-1.146.905 in Tabel J.2, -1.147 in Tabel 1); compared as absolute value"),
        F("Hoeveel beter is het resultaat daarmee uitgevallen?",
          "a:a.res.verbetering", near=["a:a.res.R23.prose", "a:a.res.BW.prose"],
          note="derivation: 2.418.637 - (-1.146.905) = 3.565.542, also printed in the text; Tabel 1 prints 3.566 (x € 1.000) V",
          accept=["a:a.t1.tot.V"]),
    ]),
    ("bi-conv-odvd-twenterand", None, [
        F("Hoeveel moet Twenterand in 2025 bijdragen aan de Omgevingsdienst Vecht en Dinkel?",
          "b:b.dn.Gemeente Twenterand.2025", mun=ODVD,
          near=["b:b.dn.Gemeente Twenterand.2024", "b:b.dn.Gemeente Twenterand.basis", "a:a.vp.Omgevingsdienst Vech.R23"]),
        F("En in 2024?", "b:b.dn.Gemeente Twenterand.2024", mun=ODVD,
          near=["b:b.dn.Gemeente Twenterand.2025", "a:a.vp.Omgevingsdienst Vech.R23"]),
        F("Met hoeveel procent stijgt de bijdrage dan?", "b:b.dn.Gemeente Twenterand.pct", mun=ODVD, unit="percent",
          tol=0.05, near=["b:b.dn.tot.pct", "b:b.dn.Gemeente Twenterand.diff"],
          note="printed 5,4%; (1.284.650 - 1.218.540) / 1.218.540 = 5,43%"),
    ]),
    ("bi-conv-odvd-salaris", ODVD, [
        F("Hoeveel geeft de omgevingsdienst in 2025 uit aan salarissen en sociale lasten?",
          "b:b.bl.Salarissen en sociale lasten.2025", mun=ODVD,
          near=["b:b.bl.Salarissen en sociale lasten.2024", "b:b.mjr.Salarissen en sociale lasten.2026", "b:b.bl.totL.2025"]),
        F("Hoeveel is dat meer dan in 2024?", "b:b.vs.Salarissen en sociale lasten", mun=ODVD,
          near=["b:b.bl.Salarissen en sociale lasten.2024"],
          note="derivation: 9.846 - 9.231 = 615 (x € 1.000), printed in Tabel 5.1 column Verschil"),
        Rf("En hoeveel wordt het in 2030?", "meerjarenraming runs to 2028"),
    ]),
    ("bi-conv-afval", None, [
        F("Hoeveel afvalstoffenheffing betaalde een meerpersoonshuishouden met een eigen huis in Twenterand in 2023?",
          "a:a.woon.afv.2023", near=["a:a.woon.afv.2022", "a:a.tar.Afvalstoffenheffing, vastrecht.2023", "a:a.woon.2023"]),
        F("En wat betaalt een meerpersoonshuishouden in een laagbouwwoning in Wassenaar in 2024?",
          "real:ws24.afv.ml.2024", mun="Wassenaar", near=["real:ws24.afv.ml.2023", "real:ws24.afv.mg.2024"]),
    ]),
    ("bi-conv-onderwijs", TW, [
        F("Hoeveel gaf Twenterand in 2023 werkelijk uit aan onderwijs?", "a:a.db.Onderwijs.L.R23",
          near=["a:a.db.Onderwijs.L.BW", "a:a.p3.4.3.L.R23", "a:a.p3.4.2.L.R23"],
          note="doelenboom Onderwijs = taakvelden 4.2 + 4.3 (2.108.733 + 2.384.915), printed in Tabel 3.3"),
        F("En welk bedrag stond in de programmabegroting 2020 voor onderwijs in het jaar 2022?", "real:tw20.ond.2022",
          near=["real:tw20.ond.2021", "real:tw20.ond.2023"]),
    ]),
    ("bi-conv-ozb", None, [
        F("Hoeveel OZB voor woningen heeft Twenterand in 2023 ontvangen?", "a:a.opbr.Onroerendezaakbelasting woningen.R23",
          accept=["a:a.tv.0.61.B"], near=["a:a.opbr.Onroerendezaakbelasting woningen.BW", "a:a.pADM.0.61.B.R22"]),
        F("En hoeveel OZB op woningen verwacht Wassenaar in 2024 binnen te krijgen?", "real:ws24.ozbw.2024",
          mun="Wassenaar", near=["real:ws24.ozbw.2023"]),
    ]),
    # ------------------------------------------------------------ single figure questions
    ("bi-fig-ozbtarief", TW, [F("Hoe hoog was het OZB-tarief voor eigenaren van een woning in 2023?",
                                 "a:a.tar.OZB woningen, eigenaar (% van .2023", unit="percent",
                                 near=["a:a.tar.OZB woningen, eigenaar (% van .2022", "a:a.tar.OZB niet-woningen, eigenaar.2023"])]),
    ("bi-fig-kwijtschelding", None, [F("Hoeveel huishoudens in Twenterand kregen in 2023 kwijtschelding van de afval- en rioolheffing?",
                                        "a:a.kwijt.aantal", unit="count", near=["a:a.kwijt.bedrag"],
                                        note="prose: '702 huishoudens ... € 268.914 (2022: 655 huishoudens)'; 655 is NOT accepted")]),
    ("bi-fig-algres", TW, [F("Hoeveel geld zat er eind 2023 in de algemene reserve?", "a:a.res.Algemene reserve.5",
                              accept=["a:a.bal.Algemene reserve.2023", "a:a.kc.alg.2023"],
                              near=["a:a.res.Algemene reserve.1", "a:a.capaciteit", "a:a.res.tot.5"],
                              note="12.418.200 (vrij besteedbaar deel, Tabel W.1) is NOT the stand of the reserve")]),
    ("bi-fig-ikc", None, [F("Hoeveel heeft Twenterand in 2023 uitgegeven aan de nieuwbouw van het IKC in Vriezenveen?",
                             "a:a.inv.Nieuwbouw IKC Vrieze.u23",
                             near=["a:a.inv.Nieuwbouw IKC Vrieze.kr", "a:a.inv.Nieuwbouw IKC Vrieze.rest"])]),
    ("bi-fig-voertuigen", TW, [F("Met hoeveel euro is het krediet voor de nieuwe voertuigen van de buitendienst overschreden?",
                                  "a:a.inv.Vervanging voertuige.rest",
                                  near=["a:a.inv.Vervanging voertuige.u23", "a:a.inv.Reconstructie Westei.rest"],
                                  note="printed as -33.480 (negative restant = overschrijding, footnote *)")]),
    ("bi-fig-odvd-2023", None, [F("Hoeveel heeft Twenterand in 2023 werkelijk betaald aan de Omgevingsdienst Vecht en Dinkel?",
                                   "a:a.vp.Omgevingsdienst Vech.R23",
                                   near=["a:a.vp.Omgevingsdienst Vech.B23", "b:b.dn.Gemeente Twenterand.2024",
                                         "b:b.dn.Gemeente Twenterand.2025"])]),
    ("bi-fig-odvd-bijdragen", None, [F("Hoeveel betalen alle deelnemers samen in 2025 aan de Omgevingsdienst Vecht en Dinkel?",
                                        "b:b.dn.tot.2025", mun=ODVD, accept=["b:b.bl.Bijdragen deelnemers.2025", "b:b.kg.bij"],
                                        near=["b:b.bij.tot.2024.prose", "b:b.bl.totB.2025"])]),
    ("bi-fig-provincie-plus", ODVD, [F("Hoeveel betaalt de provincie Overijssel in 2025 voor de plustaken?",
                                        "b:b.dn.Provincie Overijssel.plus", mun=ODVD,
                                        near=["b:b.dn.Provincie Overijssel.basis", "b:b.dn.Provincie Overijssel.2025",
                                              "b:b.dn.tot.plus"])]),
    ("bi-fig-dinkelland", None, [F("Wat gaat Dinkelland in 2025 aan de omgevingsdienst Vecht en Dinkel betalen?",
                                    "b:b.dn.Gemeente Dinkelland.2025", mun=ODVD,
                                    near=["b:b.dn.Gemeente Dinkelland.2024", "b:b.dn.Gemeente Dinkelland.basis"])]),
    ("bi-fig-uurtarief", ODVD, [F("Wat kost een uur werk van de omgevingsdienst in 2025?", "b:b.tarief.2025", mun=ODVD,
                                   near=["b:b.tarief.2024"], note="integraal uurtarief, printed € 104,50 (three times)")]),
    ("bi-fig-odvd-lasten", None, [F("Hoe groot zijn de totale lasten van de Omgevingsdienst Vecht en Dinkel in de begroting 2025?",
                                     "b:b.bl.totL.2025", mun=ODVD, accept=["b:b.kg.lasten"],
                                     near=["b:b.bl.totL.2024", "b:b.bl.totB.2025", "b:b.mjr.totL.2026"])]),
    ("bi-fig-mjr-2027", ODVD, [F("Hoeveel moeten de deelnemers in 2027 samen bijdragen volgens de meerjarenraming?",
                                  "b:b.mjr.bij.2027", mun=ODVD, near=["b:b.mjr.bij.2028", "b:b.mjr.bij.2026"],
                                  note="Tabel 4.1 has the years in descending order: 2028 | 2027 | 2026 | 2025")]),
    ("bi-fig-dso-reserve", None, [F("Hoeveel haalt de Omgevingsdienst Vecht en Dinkel in 2025 uit de reserve voor de Omgevingswet en het DSO?",
                                     "b:b.res.Bestemmingsreserve Omgevingswet en DSO.ont", mun=ODVD,
                                     near=["b:b.res.Bestemmingsreserve Omgevingswet en DSO.start",
                                           "b:b.res.Bestemmingsreserve Omgevingswet en DSO.end", "b:b.bl.O.2025"])]),
    ("bi-fig-liquide-2024", ODVD, [F("Hoeveel geld verwacht de omgevingsdienst eind 2024 op de bank te hebben (liquide middelen)?",
                                      "b:b.bal.Liquide middelen.2024", mun=ODVD,
                                      near=["b:b.bal.Liquide middelen.2025", "b:b.bal.Liquide middelen.2023"],
                                      note="Tabel 7.1 columns: 2025 | 2024 (prognose) | 2023 (rekening), x € 1.000")]),
    ("bi-fig-overhead-pct", ODVD, [F("Welk percentage van de lasten van de omgevingsdienst gaat naar overhead?",
                                      "b:b.oh.pct", mun=ODVD, unit="percent", tol=0.05, near=["b:b.tv.0.4 Overhead"],
                                      note="printed 21,4% in the text; 2.974 / 13.928 = 21,35%")]),
    ("bi-fig-inhuur", None, [F("Hoeveel minder geeft de Omgevingsdienst Vecht en Dinkel in 2025 uit aan inhuur van derden dan in 2024?",
                                "b:b.vs.Inhuur derden", mun=ODVD,
                                near=["b:b.bl.Inhuur derden.2025", "b:b.bl.Inhuur derden.2024"],
                                note="derivation: 964 - 812 = 152 (x € 1.000), printed (152) V in Tabel 5.1")]),
    ("bi-fig-sd-lasten", TW, [F("Wat waren de totale lasten van het programma Sociaal Domein in 2023 volgens de jaarrekening?",
                                 "a:a.p3.totL.R23", near=["a:a.p3.totL.BW", "a:a.p3.totL.R22", "a:a.p3.S.R23", "a:a.p3.RES.R23"])]),
    ("bi-fig-jeugdhulp-pct", None, [F("Welk percentage van de jongeren in Twenterand had in 2023 jeugdhulp?",
                                       "a:a.ind.Jongeren met jeugdhulp, i.2023", unit="percent",
                                       near=["a:a.ind.Jongeren met jeugdhulp, i.2022", "a:a.ind.Jongeren met jeugdhulp, i.NL"])]),
    ("bi-fig-balans-2022", TW, [F("Hoe groot was het balanstotaal van de gemeente eind 2022?", "a:a.bal.tot.2022",
                                   near=["a:a.bal.tot.2023"],
                                   note="Tabel J.3 columns: 31-12-2023 | 31-12-2022, x € 1.000")]),
    ("bi-fig-co-resultaat", None, [F("Met welk exploitatieresultaat sloot Collectie Overijssel het jaar 2023 af?",
                                      "real:co23.res", mun="Collectie Overijssel", accept=["real:co23.res.prose"],
                                      near=["real:co23.res.2022"])]),
    ("bi-fig-dk-cultuur", "Dinkelland", [F("Hoeveel geld ging er in de begroting 2020 naar cultuur binnen het uitvoeringsplan sociaal domein?",
                                            "real:dk20.cultuur", mun="Dinkelland", near=["real:dk20.sport"])]),
    # ------------------------------------------------------------ refusals
    ("bi-ref-sport-2021", TW, [Rf("Hoeveel gaf Twenterand in 2021 uit aan de sportaccommodaties?",
                                   "jaarstukken 2023 has rekening 2022 and 2023 only; the 2020 begroting covers only the sociaal domein")]),
    ("bi-ref-odvd-2029", None, [Rf("Hoeveel moet Twenterand in 2029 aan de omgevingsdienst betalen?",
                                    "ODVD meerjarenraming ends in 2028 and has no per-participant figures after 2025")]),
    ("bi-ref-hellendoorn", None, [Rf("Hoeveel betaalt de gemeente Hellendoorn aan de Omgevingsdienst Vecht en Dinkel?",
                                      "Hellendoorn is not a participant of the (fictional) ODVD")]),
    ("bi-ref-ozb-2025", TW, [Rf("Wat wordt het OZB-tarief voor woningen in 2025?", "only the tarieven 2022 and 2023 are printed")]),
    ("bi-ref-vrt-fte", None, [Rf("Hoeveel mensen werken er bij de Veiligheidsregio Twente?",
                                  "only Twenterand's bijdrage to the Veiligheidsregio is printed, no staff numbers")]),
    ("bi-ref-dakkapel", TW, [Rf("Wat kost een omgevingsvergunning voor een dakkapel?",
                                 "only the total opbrengst of leges omgevingsvergunning (842.315) is printed, no tarief per vergunning")]),
    ("bi-ref-odvd-2022", ODVD, [Rf("Hoeveel gaf de omgevingsdienst in 2022 uit aan inhuur van derden?",
                                    "the ODVD begroting starts at rekening 2023")]),
    ("bi-ref-dinkelland-2023", None, [Rf("Met welk resultaat sloot Dinkelland de jaarrekening 2023 af?",
                                          "no Dinkelland jaarstukken in the corpus")]),
    # ------------------------------------------------------------ text
    ("bi-txt-afval", TW, [T("Wat wil Twenterand bereiken met het restafval?", [["100 kg", "100 kilo"]],
                             why="Programma 4, Wat wilden we bereiken: 'in 2025 nog maar 100 kg restafval per inwoner'")]),
    ("bi-txt-schulden", None, [T("Hoe probeert Twenterand schulden bij inwoners vroeg op te sporen?",
                                  [["Vroeg Erop Af", "Vroeg Eropaf", "betalingsachterstand"]],
                                  why="Programma 3, Wat hebben we daarvoor gedaan: Vroeg Erop Af")]),
    ("bi-txt-resultaat", TW, [T("Waarom is het resultaat over 2023 zoveel beter uitgevallen dan in de bijgestelde begroting?",
                                 [["algemene uitkering", "gemeentefonds", "decembercirculaire"]],
                                 why="Financieel resultaat 2023 and Verschillenanalyse Algemene dekkingsmiddelen")]),
    ("bi-txt-speerpunten", None, [T("Waar gaat de Omgevingsdienst Vecht en Dinkel zich de komende jaren vooral op richten?",
                                     [["energiebesparing", "energie"], ["geluid", "geur"]], mun=ODVD,
                                     why="1. Inleiding: drie speerpunten 2025-2028")]),
    ("bi-txt-2027", ODVD, [T("Waarom moeten de deelnemers vanaf 2027 meer gaan betalen aan de omgevingsdienst?",
                              [["uitgeput", "reserve"]], mun=ODVD,
                              why="4. Meerjarenraming: bestemmingsreserve Omgevingswet en DSO na 2026 uitgeput")]),
    ("bi-txt-asbest", ODVD, [T("Wat gaat de omgevingsdienst doen aan asbestdaken?",
                                [["Asbestdaken in beeld", "buitengebied", "in kaart"]], mun=ODVD,
                                why="2. Wat gaan we daarvoor doen: project 'Asbestdaken in beeld'")]),
    ("bi-txt-verdeling", None, [T("Hoe wordt bepaald hoeveel iedere gemeente betaalt voor de basistaken van de omgevingsdienst?",
                                   [["bedrijven"], ["inwoners"]], mun=ODVD,
                                   why="Bijlage 1 Verdeelsleutel (70% bedrijven, 30% inwoners) and chapter 3")]),
    ("bi-txt-soweco", TW, [T("Waarom heeft Twenterand in 2023 minder aan Soweco betaald dan begroot?",
                              [["Wsw", "minder medewerkers"]], why="Paragraaf verbonden partijen")]),
    ("bi-txt-thuis", None, [T("Wat houdt de aanpak Thuis in Twenterand in?", [["beschermd wonen"]],
                               why="Programma 3: 27 inwoners uit beschermd wonen kregen een eigen woning met begeleiding")]),
    ("bi-txt-poh", TW, [T("Wat doet de praktijkondersteuner jeugd bij de huisartsen in Twenterand?",
                           [["verwijzing", "specialistische", "jeugdhulp"]],
                           why="Programma 3: POH-jeugd in negen huisartspraktijken, 388 kinderen zonder verwijzing")]),
    # ------------------------------------------------------------ any
    ("bi-any-jeugd-2023", TW, [A("Wat zijn de lasten van Jeugd in 2023?", ["16.060.788", "16.357.714", "16.695.012"], TW,
                                 "ambiguous: raming 2023 in begroting 2020 (16.423.993) or realisatie in jaarstukken 2023 "
                                 "(16.824.126, begroting na wijziging 15.619.909); figure or clarification both fine; "
                                 "the excluded values are the other years of Overzicht 3.1")]),
    ("bi-any-odvd-financien", ODVD, [A("Hoe staat de omgevingsdienst er financieel voor?", ["miljard"], ODVD,
                                       "open question; must cite the ODVD document and not invent billions")]),
]


# ---------------------------------------------------------------- YAML writing
def q(s):
    return json.dumps(s, ensure_ascii=False)


def fmt_num(x):
    if isinstance(x, float):
        return repr(round(x, 4))
    return str(x)


def nl_show(v):
    return f"{v:,}".replace(",", "X").replace(".", ",").replace("X", ".") if isinstance(v, int) else str(v).replace(".", ",")


def comment_src(r, label="source"):
    return [f"#   {label}: {r['file']} p.{r['page']} | {r['table']} | row '{r['row']}' | col '{r['col']}' | "
            f"printed '{r['printed']}' -> {nl_show(r['value'])}", f"#     line: {r['line'][:150]}"]


def turn_yaml(t, indent, case_level):
    """Return (comment_lines, body_lines) for one turn."""
    pre = " " * indent
    com, body = [], []
    k = t["kind"]
    if k == "figure":
        if t["calc"]:
            op, refs = t["calc"]
            rs = [resolve(x) for x in refs]
            val = rs[0]["value"] - rs[1]["value"]
            for r in rs:
                com += comment_src(r, "cell")
            com.append(f"#   derivation: {nl_show(rs[0]['value'])} - {nl_show(rs[1]['value'])} = {nl_show(val)}")
            accepts = []
        else:
            r = resolve(t["src"])
            val = r["value"]
            com += comment_src(r)
            accepts = []
            for a in t["accept"]:
                ra = resolve(a)
                com += comment_src(ra, "also accepted (same figure printed elsewhere)")
                if ra["value"] != val:
                    accepts.append(ra["value"])
        if t["note"]:
            com.append(f"#   note: {t['note']}")
        nm = []
        for n in t["near"]:
            rn = resolve(n)
            nm.append(f"{nl_show(rn['value'])} ({rn['file'].split('-')[0]} p.{rn['page']}, {rn['row']} / {rn['col']})")
        if nm:
            com.append("#   NOT accepted: " + "; ".join(nm))
        # signed: false (FORMAT.md default) compares absolute values; write them as absolute values
        val = abs(val)
        accepts = [abs(x) for x in accepts if abs(x) != val]
        exp = [f"value: {fmt_num(val)}"]
        if accepts:
            exp.append("accept: [" + ", ".join(fmt_num(x) for x in [val] + accepts) + "]")
        if t["tol"]:
            exp.append(f"tolerance: {t['tol']}")
        exp.append(f"unit: {t['unit']}" if t["unit"] else "")
        exp.append(f"municipality: {t['mun']}")
        expect = "{" + ", ".join(e for e in exp if e) + "}"
    elif k == "text":
        com.append(f"#   text source: {t['why']}")
        inc = json.dumps(t["include"], ensure_ascii=False).replace('","', '", "')
        expect = "{include: " + inc + f", municipality: {t['mun']}" + "}"
    elif k == "refusal":
        com.append(f"#   refusal: {t['why']}")
        expect = None
    else:
        com.append(f"#   any: {t['why']}")
        exc = json.dumps(t["exclude"], ensure_ascii=False).replace('","', '", "')
        expect = "{exclude: " + exc + f", municipality: {t['mun']}" + "}"
    body.append(f"question: {q(t['q'])}")
    body.append(f"kind: {k}")
    if expect:
        body.append(f"expect: {expect}")
    return com, body


def build():
    out = ["# set-bi: blind evaluation set (FORMAT.md version 1).",
           "# Two FICTIONAL documents (all figures made up) were added to a copy of the corpus:",
           "#   twenterand-jaarstukken-2023.pdf (gemeente Twenterand, Jaarstukken 2023, WeasyPrint, 17 p.)",
           "#   omgevingsdienst-vecht-en-dinkel-begroting-2025.pdf (fictional GR, Programmabegroting 2025, fpdf2, 8 p.)",
           "# plus the four real documents of the corpus unchanged. Amounts are in euros after the table's scale.",
           "# Comments: source file, page (pdfplumber), table, row, column, printed text, and near-miss values",
           "# that are NOT accepted. Generated by source/gen_cases.py; do not edit by hand.",
           "version: 1", "cases:"]
    ids = set()
    for cid, mun, turns in CASES:
        assert cid not in ids, cid
        ids.add(cid)
        if len(turns) == 1:
            com, body = turn_yaml(turns[0], 2, True)
            out.append(f"# --- {cid}")
            out += com
            out.append(f"- id: {cid}")
            out.append(f"  {body[0]}")
            if mun:
                out.append(f"  municipality: {mun}")
            out += [f"  {b}" for b in body[1:]]
        else:
            out.append(f"# --- {cid} (conversation, {len(turns)} turns)")
            out.append(f"- id: {cid}")
            if mun:
                out.append(f"  municipality: {mun}")
            out.append("  turns:")
            for i, t in enumerate(turns, 1):
                com, body = turn_yaml(t, 2, False)
                out.append(f"  # turn {i}")
                out += ["  " + c for c in com]
                out.append(f"  - {body[0]}")
                out += [f"    {b}" for b in body[1:]]
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print("wrote", OUT, len(CASES), "cases")


if __name__ == "__main__":
    build()
