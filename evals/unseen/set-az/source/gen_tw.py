"""Gemeente Twenterand, Tweede bestuursrapportage 2025 (najaarsnota) (FICTIONAL figures), typeset with XeLaTeX.

Usage: python gen_tw.py OUT_DIR     (writes OUT_DIR/twenterand-najaarsnota-2025.pdf and leaves the .tex here)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import k, nl

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parent / "corpus").resolve()


def esc(s: str) -> str:
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
            .replace("_", "\\_").replace("€", "\\euro{}"))


def mut(v: int) -> str:
    """'Mutatie' columns: a sign only on decreases, increases unsigned."""
    return nl(v)


PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[a4paper,left=22mm,right=20mm,top=26mm,bottom=24mm,headheight=14pt,headsep=8mm,footskip=12mm]{geometry}
\usepackage{fontspec}
\setmainfont{Liberation Sans}
\newfontfamily\euroface{Liberation Sans}
\newcommand{\euro}{{\euroface €}}
\usepackage[dutch]{babel}
\usepackage{graphicx,array,tabularx,pdflscape,fancyhdr,xcolor,colortbl,multirow}
\usepackage[hidelinks,pdftitle={Tweede bestuursrapportage 2025 (najaarsnota)},pdfauthor={Gemeente Twenterand (fictief)},pdfcreator={XeLaTeX}]{hyperref}
\definecolor{twgroen}{RGB}{0,112,60}
\definecolor{kop}{RGB}{226,236,229}
\definecolor{lijn}{RGB}{120,150,130}
\arrayrulecolor{lijn}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\renewcommand{\arraystretch}{1.18}
\setlength{\tabcolsep}{4pt}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\color{twgroen}Gemeente Twenterand}
\fancyhead[R]{\small Pagina \thepage}
\fancyfoot[L]{\footnotesize\itshape Tweede bestuursrapportage 2025 (najaarsnota) -- Gemeente Twenterand}
\renewcommand{\headrulewidth}{0.4pt}
\renewcommand{\footrulewidth}{0pt}
\fancypagestyle{plain}{\fancyhf{}\fancyhead[L]{\small\color{twgroen}Gemeente Twenterand}\fancyhead[R]{\small Pagina \thepage}%
\fancyfoot[L]{\footnotesize\itshape Tweede bestuursrapportage 2025 (najaarsnota) -- Gemeente Twenterand}}
\usepackage{titlesec}
\titleformat{\section}{\Large\bfseries\color{twgroen}}{\thesection}{0.8em}{}
\titleformat{\subsection}{\large\bfseries\color{twgroen}}{\thesubsection}{0.8em}{}
\titlespacing*{\section}{0pt}{6pt}{8pt}
\newcolumntype{L}[1]{>{\raggedright\arraybackslash\hyphenpenalty=10000\exhyphenpenalty=10000}p{#1}}
\newcolumntype{T}[1]{>{\raggedright\arraybackslash\small}p{#1}}
\newcommand{\kop}{\rowcolor{kop}}
\newcommand{\capt}[1]{\par\vspace{2pt}{\small\itshape #1}\par\vspace{6pt}}
\newcommand{\captop}[1]{\par\vspace{4pt}{\small\bfseries #1}\par\vspace{2pt}}
\begin{document}
"""


def build_tex() -> str:
    T = [PREAMBLE]
    a = T.append
    # ---------------- title page
    a(r"""\begin{titlepage}
\thispagestyle{empty}
\vspace*{25mm}
{\fontsize{28}{34}\selectfont\bfseries\color{twgroen} Tweede bestuursrapportage 2025\par}
\vspace{3mm}
{\fontsize{18}{22}\selectfont\color{twgroen} (najaarsnota)\par}
\vspace{14mm}
{\Large\bfseries Gemeente Twenterand\par}
\vspace{2mm}
{\large Raadsvergadering 11 november 2025\par}
\vspace{25mm}
\fcolorbox{red}{white}{\parbox{150mm}{\vspace{2mm}\textbf{FICTIEF DOCUMENT}\par\vspace{1mm}
Dit document is gemaakt voor de evaluatie van een vraag-antwoordsysteem. De gemeente Twenterand bestaat, maar deze
bestuursrapportage niet: alle bedragen, aantallen en toelichtingen in dit document zijn verzonnen. Gebruik de cijfers
niet.\vspace{2mm}}}
\vfill
{\small Vriezenveen, 7 oktober 2025\par}
\end{titlepage}
\setcounter{page}{2}
\tableofcontents
\clearpage
""")
    # ---------------- 1 Inleiding en samenvatting
    a("\\section{Inleiding en samenvatting}\n")
    a(esc("Met deze tweede bestuursrapportage (najaarsnota) informeren wij de raad over de uitvoering van de "
          "begroting 2025 tot en met september. Wij melden de afwijkingen ten opzichte van de begroting na de eerste "
          "bestuursrapportage, voor zover die groter zijn dan € 25.000, en de structurele doorwerking daarvan naar "
          "de jaren 2026-2029. Afwijkingen die al in de eerste bestuursrapportage zijn gemeld, komen hier niet "
          "opnieuw aan de orde.") + "\n\n")
    s1e, s2e = d.TW_SALDO_1E, d.TW_SALDO_2E
    a(esc(f"Na de eerste bestuursrapportage sloot de begroting 2025 met een nadelig saldo van € {nl(-s1e[0] * 1000)}. "
          f"Per saldo leiden de afwijkingen in deze najaarsnota tot een nadeel van € {nl(-d.TW_AFW_TOTAL)}. "
          f"Daartegenover staat een onttrekking van € {nl(d.TW_ONTTR_SD * 1000)} aan de reserve Sociaal Domein "
          f"voor de hogere kosten van de jeugdzorg. Het verwachte begrotingssaldo 2025 komt daarmee uit op "
          f"€ {nl(-s2e[0] * 1000)} nadelig.") + "\n\n")
    a(esc("De grootste afwijkingen zitten in het sociaal domein. De jeugdzorg valt € 885.000 hoger uit dan "
          "begroot en de hulp bij het huishouden € 348.000. De septembercirculaire 2025 levert een hogere algemene "
          f"uitkering op van € 764.000. Structureel verslechtert het meerjarenbeeld met € {nl(-d.TW_STRUCT[0] * 1000)} "
          "per jaar; in de begroting 2026 nemen wij maatregelen om de jeugdzorg beheersbaar te houden.") + "\n\n")
    a("\\subsection{Kerngegevens}\n")
    a("\\begin{tabular}{@{}L{7.2cm}r@{}}\n\\kop \\textbf{Kerngegeven} & \\textbf{1 januari 2025}\\\\\n")
    for lab, v in [("Aantal inwoners", d.TW_INWONERS), ("Aantal huishoudens", d.TW_HUISHOUDENS),
                   ("Aantal jongeren van 0 tot en met 17 jaar", d.TW_JONGEREN),
                   ("Aantal inwoners van 65 jaar en ouder", d.TW_65PLUS)]:
        a(f"{esc(lab)} & {nl(v)}\\\\\n")
    a("\\hline\n\\end{tabular}\n\n")
    a("\\subsection{Verloop van het begrotingssaldo}\n")
    a(esc("Tabel 1.1 laat zien hoe het begrotingssaldo zich ontwikkelt door deze najaarsnota. Een positief bedrag "
          "is een voordeel, een negatief bedrag een nadeel.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\begin{tabular}{@{}L{7.0cm}rrrrr@{}}\n\\kop \\textbf{Omschrijving} & \\textbf{2025} & \\textbf{2026} & "
      "\\textbf{2027} & \\textbf{2028} & \\textbf{2029}\\\\\n")
    rows = [("Saldo primitieve begroting 2025", d.TW_SALDO_PRIM, False),
            ("Mutaties eerste bestuursrapportage 2025", d.TW_MUT_1E, False),
            ("Saldo na eerste bestuursrapportage", d.TW_SALDO_1E, True),
            ("Afwijkingen tweede bestuursrapportage (hoofdstuk 2)", d.TW_AFW_K, False),
            ("Onttrekking reserve Sociaal Domein", [d.TW_ONTTR_SD, 0, 0, 0, 0], False),
            ("Saldo na tweede bestuursrapportage", d.TW_SALDO_2E, True)]
    for lab, vals, bold in rows:
        if bold:
            a("\\hline\n\\textbf{" + esc(lab) + "} & " + " & ".join("\\textbf{" + nl(v) + "}" for v in vals) + "\\\\\n")
        else:
            a(esc(lab) + " & " + " & ".join(nl(v) for v in vals) + "\\\\\n")
    a("\\hline\n\\end{tabular}\n")
    a("\\capt{Tabel 1.1: Verloop van het begrotingssaldo 2025-2029 (bedragen x \\euro{} 1.000)}\\end{minipage}\n")
    a("\\subsection{Leeswijzer}\n")
    a(esc("In hoofdstuk 2 zijn de bedragen per programma in duizenden euro's weergegeven en de afwijkingen per "
          "taakveld in euro's. De kolomkoppen zijn afgekort: Begr. 2025 n.w. is de begroting 2025 na de eerste "
          "bestuursrapportage, Progn. 2025 de verwachte realisatie over 2025 en Afw. de afwijking. In de kolom Afw. "
          "is een positief bedrag een voordeel en een negatief bedrag een nadeel. I/S geeft aan of een afwijking "
          "incidenteel (I) of structureel (S) is. Let op: in overzicht 3.1 zijn, net als in de programmabegroting, "
          "de baten negatief weergegeven en is de afwijking de prognose min de begroting; daar is een positief "
          "bedrag bij de lasten dus een nadeel.") + "\n\n")

    # ---------------- 2 Afwijkingen per programma
    a("\\clearpage\n\\section{Afwijkingen per programma}\n")
    a(esc("Tabel 2.1 geeft per programma de begrote en verwachte lasten en baten, en de afwijking op het saldo. "
          "De overhevelingen van budgetten naar 2026 en 2027 (hoofdstuk 5) zijn budgetneutraal en niet in deze "
          "tabel opgenomen.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Tabel 2.1 Afwijkingen per programma}\n")
    a("{\\small\\begin{tabular}{@{}L{4.6cm}rrrrr@{}}\n"
      "\\kop & \\multicolumn{2}{c}{\\textbf{Lasten}} & \\multicolumn{2}{c}{\\textbf{Baten}} & \\textbf{Saldo}\\\\\n"
      "\\kop \\textbf{Programma} & \\textbf{Begr. 2025 n.w.} & \\textbf{Progn. 2025} & \\textbf{Begr. 2025 n.w.} & "
      "\\textbf{Progn. 2025} & \\textbf{Afw.}\\\\\n")
    pk = {}
    for p, name in d.TW_PROGRAMMES:
        bl, bb = d.TW_PROG_BEGR[p]
        pl, pb = d.TW_PROG_PROGN[p]
        pk[p] = (k(bl), k(pl), k(bb), k(pb))
        afw = (pk[p][3] - pk[p][1]) - (pk[p][2] - pk[p][0])
        assert afw * 1000 == d.TW_PROG_AFW[p], (p, afw)
        a(f"{p}. {esc(name)} & {nl(k(bl))} & {nl(k(pl))} & {nl(k(bb))} & {nl(k(pb))} & {nl(afw)}\\\\\n")
    tot = [sum(pk[p][i] for p in pk) for i in range(4)]
    assert tot[0] == k(d.TW_TOT_BEGR[0]) and tot[1] == k(d.TW_TOT_PROGN[0]), tot
    assert tot[2] == k(d.TW_TOT_BEGR[1]) and tot[3] == k(d.TW_TOT_PROGN[1]), tot
    tafw = (tot[3] - tot[1]) - (tot[2] - tot[0])
    a("\\hline\n\\textbf{Totaal} & " + " & ".join(f"\\textbf{{{nl(v)}}}" for v in tot) + f" & \\textbf{{{nl(tafw)}}}\\\\\n")
    sb, sp = tot[2] - tot[0], tot[3] - tot[1]
    rb, rp = k(d.TW_RES_BEGR_ONTT - d.TW_RES_BEGR_TOEV), k(d.TW_RES_BEGR_ONTT - d.TW_RES_BEGR_TOEV) + d.TW_ONTTR_SD
    a(f"Saldo van baten en lasten & \\multicolumn{{2}}{{r}}{{{nl(sb)}}} & \\multicolumn{{2}}{{r}}{{{nl(sp)}}} & {nl(sp - sb)}\\\\\n")
    a(f"Mutaties reserves (per saldo) & \\multicolumn{{2}}{{r}}{{{nl(rb)}}} & \\multicolumn{{2}}{{r}}{{{nl(rp)}}} & {nl(rp - rb)}\\\\\n")
    assert sb + rb == d.TW_SALDO_1E[0] and sp + rp == d.TW_SALDO_2E[0], (sb + rb, sp + rp)
    a(f"\\hline\n\\textbf{{Begrotingssaldo 2025}} & \\multicolumn{{2}}{{r}}{{\\textbf{{{nl(sb + rb)}}}}} & "
      f"\\multicolumn{{2}}{{r}}{{\\textbf{{{nl(sp + rp)}}}}} & \\textbf{{{nl(sp + rp - sb - rb)}}}\\\\\n\\hline\n"
      "\\end{tabular}}\n")
    a("\\capt{Bedragen x \\euro{} 1.000. Saldo: baten min lasten; Afw.: + = voordeel, - = nadeel. Afrondingsverschillen "
      "zijn mogelijk.}\\end{minipage}\n")

    intro = {
        "1": "Binnen het programma Bestuur en Dienstverlening zijn twee afwijkingen groter dan € 25.000.",
        "2": "Binnen het programma Fysiek Domein zijn de volgende afwijkingen groter dan € 25.000.",
        "3": "Binnen het programma Sociaal Domein zijn de volgende afwijkingen groter dan € 25.000. Hoofdstuk 3 "
             "gaat verder in op de jeugdzorg, de Wmo en de bijstand.",
        "4": "De algemene dekkingsmiddelen laten de volgende afwijkingen zien.",
        "5": "Onder Overhead en Vpb is één afwijking groter dan € 25.000.",
    }
    tabno = 2
    for p, name in d.TW_PROGRAMMES:
        a(f"\\subsection{{Programma {p} {esc(name)}}}\n")
        a(esc(intro[p]) + "\n\n")
        a(f"\\par\\noindent\\begin{{minipage}}{{\\linewidth}}\\captop{{Tabel 2.{tabno} Afwijkingen per taakveld, programma {p} {esc(name)} (bedragen in \\euro)}}\n")
        a("{\\small\\begin{tabular}{@{}L{3.3cm}crrrcT{5.6cm}@{}}\n"
          "\\kop \\textbf{Taakveld} & \\textbf{L/B} & \\textbf{Begr. 2025 n.w.} & \\textbf{Progn. 2025} & "
          "\\textbf{Afw.} & \\textbf{I/S} & \\textbf{Toelichting}\\\\\n")
        rows = [x for x in d.TW_AFW if x[1] == p]
        for x in rows:
            a(f"{esc(x[3])} & {x[4]} & {nl(x[5])} & {nl(d.tw_progn(x))} & {nl(x[6])} & {x[7]} & {esc(x[9])}\\\\\n")
        sub = sum(x[6] for x in rows)
        a(f"\\hline\n\\textbf{{Totaal afwijkingen}} & & & & \\textbf{{{nl(sub)}}} & & \\\\\n\\hline\n\\end{{tabular}}}}\\end{{minipage}}\n\n")
        if p == "1":
            a(esc(f"Kleinere afwijkingen. De bijdrage aan Collectie Overijssel voor de dienstverleningsovereenkomst "
                  f"(archiefbeheer en e-depot) valt met € {nl(d.TW_DVO_CO[1])} hoger uit dan de geraamde "
                  f"€ {nl(d.TW_DVO_CO[0])}, doordat Twenterand per 2025 is aangesloten op het e-depot. Dit nadeel "
                  f"van € {nl(d.TW_DVO_CO[1] - d.TW_DVO_CO[0])} vangen wij op binnen het programma.") + "\n\n")
        if p == "4":
            a(esc("De hogere algemene uitkering is voor een deel (€ 420.000) structureel. Het accres voor 2026 en "
                  "verder is voorzichtig geraamd, omdat het Rijk de uitkeringen vanaf 2026 opnieuw herziet.")
              + "\n\n")
        tabno += 1

    # ---------------- 3 Sociaal domein
    a("\\clearpage\n\\section{Sociaal Domein}\n")
    a(esc("Het programma Sociaal Domein bestaat uit de doelenbomen Sociale zaken, Maatschappelijke ondersteuning, "
          "Gezondheidszorg, Onderwijs en Jeugd, en het ontwikkelprogramma Transformatie Sociaal Domein. Het beoogd "
          "maatschappelijk effect blijft: onze inwoners zijn zelf- en samenredzaam. Zij maken gebruik van de "
          "voorzieningen binnen de gemeente, licht waar mogelijk, zwaar waar nodig.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Overzicht 3.1 Baten en lasten Sociaal Domein per doelenboom}\n")
    a("{\\small\\begin{tabular}{@{}L{5.0cm}rrrr@{}}\n"
      "\\kop \\textbf{Bedragen in \\euro} & \\textbf{Begroting 2025} & \\textbf{Begroting 2025} & \\textbf{Prognose} & "
      "\\textbf{Afwijking}\\\\\n"
      "\\kop & \\textbf{primitief} & \\textbf{na 1e berap} & \\textbf{2025} & \\\\\n")
    a("\\multicolumn{5}{@{}l}{\\textit{Lasten per doelenboom}}\\\\\n")
    for name, pl, pb, bl, bb in d.TW_DOELENBOMEN:
        gl = d.TW_DB_PROGN[name][0]
        a(f"{esc(name)} & {nl(pl)} & {nl(bl)} & {nl(gl)} & {nl(gl - bl)}\\\\\n")
    pr, be, pg = d.TW_SD["prim"], d.TW_SD["begr"], d.TW_SD["progn"]
    a(f"\\hline\n\\textbf{{Totaal programma lasten}} & \\textbf{{{nl(pr[0])}}} & \\textbf{{{nl(be[0])}}} & "
      f"\\textbf{{{nl(pg[0])}}} & \\textbf{{{nl(pg[0] - be[0])}}}\\\\\n")
    a("\\multicolumn{5}{@{}l}{\\textit{Baten per doelenboom}}\\\\\n")
    for name, pl, pb, bl, bb in d.TW_DOELENBOMEN:
        gb = d.TW_DB_PROGN[name][1]
        a(f"{esc(name)} & {nl(-pb)} & {nl(-bb)} & {nl(-gb)} & {nl(-gb + bb)}\\\\\n")
    a(f"\\hline\n\\textbf{{Totaal programma baten}} & \\textbf{{{nl(-pr[1])}}} & \\textbf{{{nl(-be[1])}}} & "
      f"\\textbf{{{nl(-pg[1])}}} & \\textbf{{{nl(-pg[1] + be[1])}}}\\\\\n")
    sp_, sb_, sg_ = pr[0] - pr[1], be[0] - be[1], pg[0] - pg[1]
    a(f"\\hline\n\\textbf{{Totaal saldo van baten en lasten}} & \\textbf{{{nl(sp_)}}} & \\textbf{{{nl(sb_)}}} & "
      f"\\textbf{{{nl(sg_)}}} & \\textbf{{{nl(sg_ - sb_)}}}\\\\\n\\hline\n\\end{{tabular}}}}\\end{{minipage}}\n\n")
    a(esc("De afwijking in dit overzicht is de prognose min de begroting na de eerste bestuursrapportage; baten zijn "
          "negatief weergegeven.") + "\n\n")
    a("\\subsection{Jeugdzorg, Wmo en participatie}\n")
    a(esc("De uitgaven aan jeugdzorg en Wmo blijven stijgen. In tabel 3.2 staan de belangrijkste budgetten met de "
          "primitieve begroting, de begroting na wijziging, de prognose en de afwijking (+ = voordeel).") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Tabel 3.2 Jeugdzorg, Wmo en participatie: begroot, prognose en afwijking (x \\euro{} 1.000)}\n")
    rot = lambda t: "\\rotatebox{90}{\\parbox{2.6cm}{\\raggedright\\textbf{" + t + "}}}"
    a("{\\small\\begin{tabular}{@{}L{6.2cm}rrrr@{}}\n"
      f"\\kop \\textbf{{Onderdeel}} & {rot('Begroting 2025 primitief')} & {rot('Begroting 2025 na wijziging')} & "
      f"{rot('Prognose 2025')} & {rot('Afwijking')}\\\\\n")
    for grp in ("Jeugdzorg", "Wmo", "Participatie en bijstand"):
        a(f"\\multicolumn{{5}}{{@{{}}l}}{{\\textit{{{esc(grp)}}}}}\\\\\n")
        for g, name, prim, begr, afw, lb in d.TW_SD_DETAIL:
            if g == grp:
                a(f"{esc(name)} & {nl(prim)} & {nl(begr)} & {nl(d.TW_SD_DETAIL_PROGN[name])} & {nl(afw)}\\\\\n")
        if grp in d.TW_SD_GROUP_TOT:
            t = d.TW_SD_GROUP_TOT[grp]
            lab = "Totaal jeugdzorg" if grp == "Jeugdzorg" else "Totaal Wmo"
            a(f"\\textbf{{{lab}}} & \\textbf{{{nl(t[0])}}} & \\textbf{{{nl(t[1])}}} & \\textbf{{{nl(t[2])}}} & "
              f"\\textbf{{{nl(t[3])}}}\\\\\n\\hline\n")
    a("\\hline\n\\end{tabular}}\\end{minipage}\n\n")
    a(esc("Jeugdzorg. Het aantal jeugdigen met jeugdhulp met verblijf ligt met 61 tot en met september al boven de "
          "begrote 52. De trajecten duren langer en de tarieven van het Twents model zijn per 1 juli 2025 extra "
          "geïndexeerd. Wij zetten de praktijkondersteuner jeugd bij alle huisartsen in en versterken de "
          "toegang via het CJG. Van de overschrijding dekken wij € 300.000 uit de reserve Sociaal Domein.") + "\n\n")
    a(esc("Wmo. Het aantal cliënten hulp bij het huishouden stijgt door het abonnementstarief en de vergrijzing. "
          "Begeleiding en dagbesteding blijven binnen de begroting.") + "\n\n")
    a(esc("Participatie en bijstand. Het aantal uitkeringsgerechtigden daalt licht. Het definitieve BUIG-budget "
          "2025 is hoger vastgesteld. Per saldo levert de bijstand een voordeel op van € 574.000.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Tabel 3.3 Indicatoren sociaal domein}\n")
    a("{\\small\\begin{tabular}{@{}L{6.4cm}rrrr@{}}\n"
      "\\kop \\textbf{Indicator (aantal)} & \\textbf{Realisatie} & \\textbf{Begroot} & \\textbf{Realisatie t/m} & "
      "\\textbf{Prognose}\\\\\n"
      "\\kop & \\textbf{2024} & \\textbf{2025} & \\textbf{september 2025} & \\textbf{2025}\\\\\n")
    for name, r24, b25, sep, pr25 in d.TW_IND:
        a(f"{esc(name)} & {nl(r24)} & {nl(b25)} & {nl(sep)} & {nl(pr25)}\\\\\n")
    a("\\hline\n\\end{tabular}}\n")
    a("\\capt{Bron: interne systemen, peildatum 30 september 2025.}\\end{minipage}\n")

    # ---------------- 4 Structurele doorwerking
    a("\\section{Structurele doorwerking 2026-2029}\n")
    a(esc("De structurele afwijkingen werken door in de meerjarenraming. Tabel 4.1 geeft de doorwerking per jaar "
          "(+ = voordeel, - = nadeel). Deze bedragen nemen wij op in de begroting 2026.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Tabel 4.1 Structurele doorwerking naar 2026-2029}\n")
    a("{\\small\\begin{tabular}{@{}L{7.4cm}rrrr@{}}\n"
      "\\kop \\textbf{Afwijking (taakveld)} & \\textbf{2026} & \\textbf{2027} & \\textbf{2028} & \\textbf{2029}\\\\\n")
    for x in d.TW_AFW:
        if x[7] == "S":
            lab = {"groen": "Eikenprocessierups", "jgd": "Jeugdzorg", "hbh": "Hulp bij het huishouden",
                   "wsw": "Loonkosten Wsw (Soweco)", "ggd": "Bijdrage GGD Twente", "llv": "Leerlingenvervoer",
                   "au": "Algemene uitkering (septembercirculaire)", "ovh": "Cao-loonsverhoging"}[x[0]]
            lab += f" ({x[3].split(' ')[0]})"
            a(f"{esc(lab)} & " + " & ".join(nl(x[8] // 1000) for _ in range(4)) + "\\\\\n")
    a("\\hline\n\\textbf{Totaal structurele doorwerking} & " + " & ".join(f"\\textbf{{{nl(v)}}}" for v in d.TW_STRUCT)
      + "\\\\\n\\hline\n\\end{tabular}}\n")
    a("\\capt{Bedragen x \\euro{} 1.000}\\end{minipage}\n")

    # ---------------- 5 Overhevelingen
    a("\\section{Overhevelingen naar 2026 en 2027}\n")
    a(esc("Een aantal budgetten wordt in 2025 niet (volledig) besteed, terwijl de activiteiten wel doorgaan. Wij "
          "stellen voor deze budgetten over te hevelen. Ze worden in 2025 afgeraamd, gestort in de reserve "
          f"Budgetoverheveling en in het jaar van besteding weer onttrokken. In totaal gaat het om "
          f"€ {nl(d.TW_OVERHEVEL_TOTAL)}, waarvan € {nl(d.TW_OVERHEVEL_2026)} naar 2026.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Tabel 5.1 Overhevelingen}\n")
    a("{\\small\\begin{tabular}{@{}L{6.0cm}L{5.0cm}rc@{}}\n"
      "\\kop \\textbf{Onderwerp} & \\textbf{Taakveld} & \\textbf{Bedrag (\\euro)} & \\textbf{Naar}\\\\\n")
    for o in d.TW_OVERHEVELINGEN:
        a(f"{esc(o[0])} & {esc(o[1])} & {nl(o[2])} & {o[3]}\\\\\n")
    a(f"\\hline\n\\textbf{{Totaal}} & & \\textbf{{{nl(d.TW_OVERHEVEL_TOTAL)}}} & \\\\\n\\hline\n\\end{{tabular}}}}\\end{{minipage}}\n\n")

    # ---------------- 6 Reserves
    a("\\section{Reserves}\n")
    a(esc("Tabel 6.1 geeft het verloop van de reserves in 2025. In de mutatiekolommen is een onttrekking met een "
          "minteken weergegeven; een toevoeging heeft geen teken.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Tabel 6.1 Reserves 2025 (x \\euro{} 1.000)}\n")
    a("{\\small\\begin{tabular}{@{}L{5.2cm}rrrr@{}}\n"
      "\\kop \\textbf{Reserve} & \\textbf{Stand} & \\textbf{Mutatie} & \\textbf{Mutatie} & \\textbf{Verwachte stand}\\\\\n"
      "\\kop & \\textbf{1-1-2025} & \\textbf{begr. 2025 n.w.} & \\textbf{najaarsnota} & \\textbf{31-12-2025}\\\\\n")
    for name, s, m1, m2 in d.TW_RESERVES:
        a(f"{esc(name)} & {nl(s)} & {mut(m1)} & {mut(m2)} & {nl(d.TW_RES_END[name])}\\\\\n")
    t = d.TW_RES_TOT
    a(f"\\hline\n\\textbf{{Totaal reserves}} & \\textbf{{{nl(t[0])}}} & \\textbf{{{mut(t[1])}}} & \\textbf{{{mut(t[2])}}} & "
      f"\\textbf{{{nl(t[3])}}}\\\\\n\\hline\n\\end{{tabular}}}}\\end{{minipage}}\n\n")
    a(esc(f"De mutatie van de reserve Budgetoverheveling (€ {nl(d.TW_OVERHEVEL_TOTAL)}) is de storting van de "
          "overhevelingen uit hoofdstuk 5; de onttrekking aan de reserve Sociaal Domein dekt een deel van de "
          "hogere kosten van de jeugdzorg.") + "\n\n")

    # ---------------- 7 Investeringen (landscape)
    a("\\begin{landscape}\n\\section{Investeringen en kredieten}\n")
    a(esc("Tabel 7.1 geeft de stand van de lopende kredieten: het beschikbaar gestelde krediet, de uitgaven tot "
          "en met 2024, de uitgaven in 2025 tot en met september en het restant.") + "\n\n")
    a("\\par\\noindent\\begin{minipage}{\\linewidth}\\captop{Tabel 7.1 Lopende kredieten en uitgaven tot en met september 2025 (bedragen in \\euro)}\n")
    a("{\\small\\begin{tabular}{@{}L{6.2cm}L{4.6cm}crrrrc@{}}\n"
      "\\kop \\textbf{Krediet} & \\textbf{Taakveld} & \\textbf{Besluit} & \\textbf{Krediet} & \\textbf{Uitgaven} & "
      "\\textbf{Uitgaven 2025} & \\textbf{Restant} & \\textbf{Gereed}\\\\\n"
      "\\kop & & & & \\textbf{t/m 2024} & \\textbf{t/m sept.} & & \\\\\n")
    for r in d.TW_KREDIETEN:
        a(f"{esc(r[0])} & {esc(r[1])} & {r[2]} & {nl(r[3])} & {nl(r[4])} & {nl(r[5])} & {nl(d.TW_KRED_REST[r[0]])} & {r[6]}\\\\\n")
    t = d.TW_KRED_TOT
    a(f"\\hline\n\\textbf{{Totaal}} & & & \\textbf{{{nl(t[0])}}} & \\textbf{{{nl(t[1])}}} & \\textbf{{{nl(t[2])}}} & "
      f"\\textbf{{{nl(t[3])}}} & \\\\\n\\hline\n\\end{{tabular}}}}\\end{{minipage}}\n\n")
    a(esc("Kindcentrum Westerhaar: de bouw ligt op schema; de oplevering is voorzien in het voorjaar van 2026. "
          "Riolering Den Ham: door vertraging bij de nutsbedrijven loopt fase 2 door tot in 2026. De overige "
          "kredieten worden in 2025 afgesloten; eventuele restanten vallen vrij bij de jaarrekening.") + "\n")
    a("\\end{landscape}\n")

    # ---------------- 8 Besluit
    a("\\section{Voorstel aan de raad}\n")
    a(esc("Wij stellen de raad voor:") + "\n")
    a("\\begin{enumerate}\n")
    for it in ["de tweede bestuursrapportage 2025 vast te stellen;",
               "de daarbij behorende 14e begrotingswijziging 2025 vast te stellen;",
               f"in te stemmen met de overheveling van € {nl(d.TW_OVERHEVEL_TOTAL)} aan budgetten naar 2026 en 2027 "
               "via de reserve Budgetoverheveling;",
               f"€ {nl(d.TW_ONTTR_SD * 1000)} te onttrekken aan de reserve Sociaal Domein;",
               f"kennis te nemen van het verwachte nadelige begrotingssaldo 2025 van € {nl(-d.TW_SALDO_2E[0] * 1000)} en "
               "van de structurele doorwerking naar 2026-2029."]:
        a("\\item " + esc(it) + "\n")
    a("\\end{enumerate}\n")
    a("\\end{document}\n")
    return "".join(T)


def main() -> None:
    tex = build_tex()
    src = HERE / "twenterand-najaarsnota-2025.tex"
    src.write_text(tex, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(src, Path(tmp) / "tw.tex")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1759795200", FORCE_SOURCE_DATE="1")
        for _ in range(2):   # two passes for the table of contents
            r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "tw.tex"], cwd=tmp,
                               env=env, capture_output=True, text=True)
            if r.returncode != 0:
                sys.stderr.write(r.stdout[-5000:])
                raise SystemExit("xelatex failed")
        OUT.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(tmp) / "tw.pdf", OUT / d.TW_FILE)
    print(f"wrote {OUT / d.TW_FILE}")


if __name__ == "__main__":
    main()
