"""Gemeente Korsendael, Jaarstukken 2039: LaTeX source written to a temp dir, typeset with pdflatex (twice, for the
table of contents and longtable widths); only the PDF goes to the corpus.

Usage: python gen_jaarstukken_latex.py CORPUS_DIR
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import data as d
from fmt import n, raw

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
E = r"\texteuro~"


def eu(v, dec=0):
    return E + n(v, dec)


def s(v, dec=0):
    """an S-column cell; nil as an en dash"""
    if v is None:
        return "{--}"
    if v == 0:
        return "{--}"
    return raw(v, dec)


def vn(row, wijz, real):
    dlt = real - wijz
    if dlt == 0:
        return "{--}", ""
    good = dlt < 0 if row == "lasten" else dlt > 0
    return raw(abs(dlt)), ("V" if good else "N")


PREAMBLE = r"""
\documentclass[a4paper,10pt]{report}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[dutch]{babel}
\usepackage[a4paper,top=2.6cm,bottom=2.6cm,left=2.4cm,right=2.4cm,headheight=14pt]{geometry}
\usepackage{booktabs}
\usepackage{longtable}
\usepackage{multirow}
\usepackage{siunitx}
\usepackage{array}
\usepackage{fancyhdr}
\usepackage{titlesec}
\usepackage[labelsep=space,font=small,labelfont=bf,justification=raggedright,singlelinecheck=false,skip=4pt]{caption}
\usepackage[hidelinks]{hyperref}
\sisetup{group-separator={.},group-minimum-digits=4,output-decimal-marker={,},input-decimal-markers={.}}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \tolerance=3000 \emergencystretch=3em
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\titleformat{\chapter}[hang]{\LARGE\bfseries}{\thechapter}{0.8em}{}
\titlespacing*{\chapter}{0pt}{0pt}{14pt}
\titleformat{\section}{\large\bfseries}{\thesection}{0.8em}{}
\renewcommand{\chaptermark}[1]{\markboth{\thechapter\ #1}{}}
\renewcommand{\sectionmark}[1]{}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\leftmark}
\fancyhead[R]{\small Gemeente Korsendael \textendash{} Jaarstukken 2039}
\fancyfoot[C]{\small Pagina \thepage}
\renewcommand{\headrulewidth}{0.4pt}
\fancypagestyle{plain}{\fancyhf{}\fancyhead[L]{\small\leftmark}\fancyhead[R]{\small Gemeente Korsendael \textendash{} Jaarstukken 2039}\fancyfoot[C]{\small Pagina \thepage}}
\newcommand{\wvh}{\subsection*}
\begin{document}
"""

L: list[str] = [PREAMBLE]
w = L.append

# ------------------------------------------------------------------ cover
w(r"""\begin{titlepage}
\vspace*{3cm}
{\Large Gemeente Korsendael}\par\vspace{1.2cm}
{\fontsize{34}{40}\selectfont\bfseries Jaarstukken 2039}\par\vspace{0.6cm}
{\Large Jaarverslag en jaarrekening}\par\vspace{4cm}
{\large Aangeboden aan de gemeenteraad van Korsendael}\par
{\large Raadsvergadering van 2 juli 2040}\par
\vfill
{\small Gemeente Korsendael \textbullet{} Ulvenhoek \textbullet{} Dommerzijl}
\end{titlepage}
\tableofcontents
""")

# ------------------------------------------------------------------ 1 inleiding
T = d.TOT
w(r"\chapter{Inleiding}")
w(rf"""Hierbij bieden wij u de jaarstukken 2039 van de gemeente Korsendael aan. De jaarstukken bestaan uit het
jaarverslag (de programmaverantwoording en de paragrafen) en de jaarrekening (het overzicht van baten en lasten, de
balans en de toelichtingen). Korsendael telde op 1 januari 2039 {n(d.INWONERS)} inwoners, verdeeld over de kernen
Korsendael, Ulvenhoek en Dommerzijl.

\section{{Het resultaat in het kort}}
De jaarrekening 2039 sluit met een voordelig resultaat van {eu(d.RESULT_EUR)}. De begroting na wijziging ging nog uit
van een nadelig resultaat van {eu(-T['result'][1] * 1000)}. Het verschil komt vooral door een hogere algemene uitkering
uit het gemeentefonds en door vertraging in de grondexploitatie Dommerzijl-West. Daartegenover staan hogere kosten in
het sociaal domein, met name voor de jeugdhulp. Tabel 1.1 geeft de kerncijfers in miljoenen euro's.
""")
M = d.MLN
rows11 = [("Totaal lasten", "lasten", 1), ("Totaal baten", "baten", 1), ("Saldo van baten en lasten", "saldo", 1),
          ("Toevoeging aan reserves", "toev", -1), ("Onttrekking aan reserves", "ontt", 1), ("Resultaat", "result", 1)]
w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}
\captionof{table}{Kerncijfers jaarrekening 2039 (x \texteuro~1 mln)}
\small
\begin{tabular}{@{}l S[table-format=-3.1] S[table-format=-3.1] S[table-format=-3.1]@{}}
\toprule
 & \multicolumn{2}{c}{Begroting 2039} & {Realisatie} \\
\cmidrule(lr){2-3}
 & {primitief} & {na wijziging} & {2039} \\
\midrule""")
for lab, k, sg in rows11:
    if k == "result":
        w(r"\midrule")
    w(f"{lab} & " + " & ".join(s(sg * M[k][i], 1) for i in range(3)) + r" \\")
w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
w(r"""\section{Leeswijzer}
Hoofdstuk 2 bevat per programma de drie vragen: wat wilden we bereiken, wat hebben we bereikt en wat heeft het gekost.
Per programma lichten wij de belangrijkste afwijkingen toe. Hoofdstuk 3 bevat de paragraaf weerstandsvermogen en
risicobeheersing met de financiële kengetallen. Hoofdstuk 4 bevat de jaarrekening met het voorstel voor de
resultaatbestemming; de bijlage geeft de lasten en baten per taakveld. Bedragen in de tabellen zijn, tenzij anders
vermeld, in duizenden euro's. Een V staat voor een voordelig en een N voor een nadelig verschil ten opzichte van de
begroting na wijziging.""")

# ------------------------------------------------------------------ 2 programma's
BEREIKEN = {
    "1": ("Korsendael is een gemeente waar inwoners zich veilig voelen en waar het bestuur dichtbij staat. Wij willen "
          "het aantal winkeldiefstallen terugdringen en jongeren die de fout in gaan vroeg bereiken via Halt.",
          "In 2039 is de aanpak van winkeldiefstal samen met de ondernemers in het centrum voortgezet. Het aantal "
          "verwijzingen naar Halt daalde; het aantal winkeldiefstallen bleef boven de streefwaarde."),
    "2": ("Wij willen een schone, hele en veilige openbare ruimte die bestand is tegen hevige regenval en droogte.",
          "Na de wateroverlast van juli 2039 is de Steenakker hersteld en is de riolering in de Steenakker vergroot. "
          "Het aantal verkeersongevallen met letsel nam toe; de herinrichting van de Ulvenhoekseweg volgt in het "
          "nieuwe meerjarenprogramma."),
    "3": ("Wij willen voldoende betaalbare woningen voor starters en ouderen en een sterke lokale economie met "
          "levendige kernen.",
          "In 2039 zijn 212 nieuwbouwwoningen opgeleverd, waarvan 74 in de sociale huur. De verkoop van kavels in het "
          "plan Dommerzijl-West bleef achter doordat het bestemmingsplan later onherroepelijk werd."),
    "4": ("Ieder kind krijgt goed onderwijs in een gezond gebouw, en inwoners sporten en bewegen meer.",
          "De brede school Ulvenhoek is na de zomervakantie van 2039 in gebruik genomen. Het aantal niet-sporters "
          "steeg licht; de renovatie van sporthal Hazelbroek is voorbereid."),
    "5": ("Inwoners van Korsendael doen zo lang mogelijk zelfstandig mee. Wij zetten in op preventie en een sterke "
          "sociale basis, zodat minder inwoners zware zorg nodig hebben.",
          "Het aantal personen met een bijstandsuitkering daalde onder de streefwaarde. Het aandeel jongeren met "
          "jeugdhulp steeg echter verder, evenals het aantal cliënten met een maatwerkarrangement in de Wmo."),
    "6": ("De gemeente heeft een gezonde financiële positie met lokale lasten die voor inwoners betaalbaar blijven.",
          "De gemiddelde woonlasten voor een meerpersoonshuishouden stegen tot boven de streefwaarde, vooral door de "
          "hogere afvalstoffenheffing."),
    "7": ("Een wendbare en doelmatige ambtelijke organisatie, met overheadkosten die niet harder stijgen dan de "
          "rest van de begroting.",
          "De formatie groeide licht door de uitbreiding van het team jeugd. Het aandeel overhead in de totale lasten "
          "daalde."),
}
P = d.PROG
ANALYSE = {
    "1": f"De lasten vielen {eu((P['1']['lasten'][1] - P['1']['lasten'][2]) * 1000)} lager uit dan begroot, vooral "
         f"doordat de bijdrage aan de veiligheidsregio lager was na de verrekening over 2038.",
    "2": f"De lasten lagen {eu((P['2']['lasten'][2] - P['2']['lasten'][1]) * 1000)} hoger dan begroot door extra "
         f"gladheidsbestrijding en het herstel van de Steenakker na de wateroverlast in juli.",
    "3": f"De lasten bleven {eu(d.DEV_P3_LASTEN)} onder de begroting, omdat de ontwikkeling van het plan Dommerzijl-West "
         f"vertraging opliep. Om dezelfde reden waren de baten {eu(d.DEV_P3_BATEN)} lager dan begroot: er zijn minder "
         f"kavels verkocht. Hierdoor was ook een kleinere onttrekking aan de reserve woningbouwimpuls nodig.",
    "4": f"De lasten waren {eu((P['4']['lasten'][1] - P['4']['lasten'][2]) * 1000)} lager dan begroot. Het onderhoud "
         f"aan sporthal Hazelbroek is uitgesteld tot de renovatie.",
    "5": f"De lasten van het sociaal domein vielen {eu(d.DEV_P5_LASTEN)} hoger uit dan de begroting na wijziging. "
         f"Hiervan komt {eu(d.JEUGD_OVERSCHRIJDING)} voor rekening van de jeugdhulp: het aantal jongeren met een "
         f"verblijfsindicatie nam toe en de regionale inkooporganisatie verhoogde de prijzen. De overige "
         f"{eu(d.WMO_OVERSCHRIJDING)} komt door de groei van het aantal Wmo-cliënten.",
    "6": f"De algemene uitkering uit het gemeentefonds viel {eu(d.DEV_P6_BATEN)} hoger uit dan begroot, vooral door de "
         f"decembercirculaire 2039.",
    "7": "De overhead bleef binnen de begroting. De hogere baten komen uit de detachering van medewerkers aan de "
         "gemeente Gravenmeer.",
}
w(r"\chapter{Programmaverantwoording}")
w("In dit hoofdstuk leggen wij per programma verantwoording af over de doelen uit de programmabegroting 2039.")
for pid, name, *_ in d.PROGRAMMES:
    p = P[pid]
    w(rf"\section{{Programma {pid} {name}}}")
    w(r"\wvh{Wat wilden we bereiken?}")
    w(BEREIKEN[pid][0])
    w(r"\wvh{Wat hebben we bereikt?}")
    w(BEREIKEN[pid][1])
    w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}""")
    w(rf"\captionof{{table}}{{Indicatoren {name}}}")
    w(r"""\small
\begin{tabular}{@{}l l S[table-format=3.1] S[table-format=3.1] S[table-format=3.1]@{}}
\toprule
Indicator & Eenheid & {Streefwaarde} & {Realisatie} & {Realisatie} \\
 & & {2039} & {2039} & {2038} \\
\midrule""")
    for ind, unit, st, r39, r38, dec in d.INDICATORS[pid]:
        unit_t = unit.replace("%", r"\%")
        w(f"{ind} & {unit_t} & {raw(st, dec)} & {raw(r39, dec)} & {raw(r38, dec)} " + r"\\")
    w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
    w(r"\wvh{Wat heeft het gekost?}")
    w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}""")
    w(rf"\captionof{{table}}{{Wat heeft het gekost? {name} (x \texteuro~1.000)}}")
    w(r"""\small
\begin{tabular}{@{}l S[table-format=-5.0] S[table-format=-5.0] S[table-format=-5.0] S[table-format=5.0] c@{}}
\toprule
 & \multicolumn{2}{c}{Begroting 2039} & {Realisatie} & {Verschil} & {V/N} \\
\cmidrule(lr){2-3}
 & {primitief} & {na wijziging} & {2039} & & \\
\midrule""")
    rows = [("Lasten", p["lasten"], "lasten"), ("Baten", p["baten"], "baten"),
            ("Saldo van baten en lasten", p["saldo"], "saldo"),
            ("Toevoeging aan reserves", tuple(-x for x in p["toev"]), "toev"),
            ("Onttrekking aan reserves", p["ontt"], "ontt"), ("Resultaat", p["result"], "result")]
    for lab, v, k in rows:
        if k in ("saldo", "result"):
            w(r"\midrule")
        dv, vnv = vn(k, v[1], v[2])
        w(f"{lab} & {s(v[0])} & {s(v[1])} & {s(v[2])} & {dv} & {vnv} " + r"\\")
    w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
    w(r"\wvh{Analyse van de afwijkingen}")
    w(ANALYSE[pid])
    w(r"\clearpage")

# ------------------------------------------------------------------ 3 paragrafen
w(r"\chapter{Paragrafen}")
w(rf"""\section{{Weerstandsvermogen en risicobeheersing}}
Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder het beleid te
hoeven aanpassen. De beschikbare weerstandscapaciteit bedraagt {E}{n(d.WEERSTAND_CAP, 1)} miljoen en de benodigde
weerstandscapaciteit {E}{n(d.WEERSTAND_NODIG, 1)} miljoen. De weerstandsratio komt daarmee op {n(d.WEERSTAND_RATIO, 1)};
dat is volgens de norm van de raad ruim voldoende. De grootste risico's liggen bij de open-einderegelingen in de
jeugdhulp en de Wmo en bij de grondexploitatie Dommerzijl-West.

\section{{Financiële kengetallen}}
De netto schuldquote daalde doordat investeringen in de openbare ruimte later zijn uitgevoerd en de vaste schulden
verder zijn afgelost. De solvabiliteitsratio daalde doordat de reserves per saldo afnamen.
""")
w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}
\captionof{table}{Financiële kengetallen (in \%)}
\small
\begin{tabular}{@{}l S[table-format=3.1] S[table-format=3.1] S[table-format=3.1]@{}}
\toprule
Kengetal & {Begroting} & {Realisatie} & {Realisatie} \\
 & {2039} & {2039} & {2038} \\
\midrule""")
for k, b, r39, r38 in d.KENGETALLEN:
    w(f"{k} & {raw(b, 1)} & {raw(r39, 1)} & {raw(r38, 1)} " + r"\\")
w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
w(r"""\section{Lokale lasten}
De lokale heffingen zijn in 2039 met de inflatie verhoogd. De afvalstoffenheffing is daarnaast verhoogd om de kosten
van de nieuwe inzamelcontracten te dekken. Het kwijtscheldingsbeleid is ongewijzigd voortgezet.""")

# ------------------------------------------------------------------ 4 jaarrekening
w(r"\chapter{Jaarrekening}")
w(r"""\section{Overzicht van baten en lasten}
Het overzicht van baten en lasten geeft per programma de begroting en de realisatie. De verschillen zijn per programma
in hoofdstuk 2 toegelicht.""")
w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}
\captionof{table}{Overzicht van baten en lasten per programma (x \texteuro~1.000)}
\small
\begin{tabular}{@{}l l S[table-format=-5.0] S[table-format=-5.0] S[table-format=-5.0] S[table-format=5.0] c@{}}
\toprule
Programma & & \multicolumn{2}{c}{Begroting 2039} & {Realisatie} & {Verschil} & {V/N} \\
\cmidrule(lr){3-4}
 & & {primitief} & {na wijziging} & {2039} & & \\
\midrule""")
for pid, name, *_ in d.PROGRAMMES:
    p = P[pid]
    for j, (k, lab) in enumerate((("lasten", "Lasten"), ("baten", "Baten"))):
        v = p[k]
        dv, vnv = vn(k, v[1], v[2])
        first = rf"\multirow{{2}}{{*}}{{{pid} {name}}}" if j == 0 else ""
        w(f"{first} & {lab} & {s(v[0])} & {s(v[1])} & {s(v[2])} & {dv} & {vnv} " + r"\\")
    w(r"\addlinespace")
w(r"\midrule")
for lab, k, sg in rows11:
    v = tuple(sg * x for x in T[k])
    dv, vnv = vn(k, v[1], v[2])
    w(rf"\multicolumn{{2}}{{@{{}}l}}{{{lab}}} & {s(v[0])} & {s(v[1])} & {s(v[2])} & {dv} & {vnv} " + r"\\")
w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
w(r"\clearpage")
w(r"""\section{Balans per 31 december 2039}
De balans geeft de bezittingen (activa) en de financiering daarvan (passiva) per 31 december 2039, met de vergelijkende
cijfers per 31 december 2038.""")
for cap, rows, tot in (("Balans per 31 december: activa (x \\texteuro~1.000)", d.ACTIVA, ("Totaal activa", d.ACTIVA_TOT)),
                       ("Balans per 31 december: passiva (x \\texteuro~1.000)", d.PASSIVA,
                        ("Totaal passiva", d.PASSIVA_TOT))):
    w(r"\par\medskip\noindent\begin{minipage}{\linewidth}")
    w(rf"\captionof{{table}}{{{cap}}}")
    w(r"""\small
\begin{tabular}{@{}l S[table-format=6.0] S[table-format=6.0]@{}}
\toprule
 & {31-12-2039} & {31-12-2038} \\
\midrule""")
    for lab, a, b in rows:
        w(f"{lab} & {s(a)} & {s(b)} " + r"\\")
    w(r"\midrule")
    w(f"{tot[0]} & {s(tot[1][0])} & {s(tot[1][1])} " + r"\\")
    w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
w(rf"""Het eigen vermogen bestaat uit de algemene reserve, de bestemmingsreserves en het gerealiseerde resultaat en
bedraagt per 31 december 2039 {eu(d.EIGEN_VERMOGEN[0] * 1000)}.

\section{{Reserves}}
De tabel hieronder geeft het verloop van de reserves in 2039. De toevoeging aan de algemene reserve bestaat uit de bestemming
van het resultaat 2038.
""")
w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}
\captionof{table}{Verloop van de reserves 2039 (x \texteuro~1.000)}
\small
\begin{tabular}{@{}l S[table-format=5.0] S[table-format=4.0] S[table-format=4.0] S[table-format=5.0]@{}}
\toprule
Reserve & {Stand} & {Toevoeging} & {Onttrekking} & {Stand} \\
 & {1-1-2039} & & & {31-12-2039} \\
\midrule""")
for name, pid, st, to, on in d.RESERVES:
    w(f"{name} & {s(st)} & {s(to)} & {s(on)} & {s(d.RES_END[name])} " + r"\\")
w(r"\midrule")
w(f"Totaal reserves & {s(d.RES_TOT[0])} & {s(d.RES_TOT[1])} & {s(d.RES_TOT[2])} & {s(d.RES_TOT[3])} " + r"\\")
w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
w(r"\clearpage")
w(rf"""\section{{Wet normering topinkomens}}
Op grond van de Wet normering bezoldiging topfunctionarissen publieke en semipublieke sector (WNT) maken wij de
bezoldiging van de topfunctionarissen openbaar. Het algemeen bezoldigingsmaximum bedroeg in 2039 {eu(d.WNT_MAX_FULL)}.
De burgemeester en de wethouders vallen als politieke ambtsdragers niet onder de WNT en zijn daarom niet in dit overzicht
opgenomen.
""")
g, gr = d.WNT
w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}
\captionof{table}{Bezoldiging topfunctionarissen 2039 (bedragen in \texteuro)}
\small
\begin{tabular}{@{}l S[table-format=6.2] S[table-format=6.2]@{}}
\toprule
 & {Gemeentesecretaris} & {Griffier} \\
\midrule""")
w(rf"Naam & {{{g[1]}}} & {{{gr[1]}}} \\")
w(rf"Aanvang en einde functievervulling in 2039 & {{{g[2].replace('-', '--')}}} & {{{gr[2].replace('-', '--')}}} \\")
w(rf"Omvang dienstverband (in fte) & {raw(g[3], 2)} & {raw(gr[3], 2)} \\")
w(r"Dienstbetrekking & {ja} & {ja} \\")
w(r"\midrule")
w(rf"Beloning plus belastbare onkostenvergoedingen & {raw(g[4])} & {raw(gr[4])} \\")
w(rf"Beloningen betaalbaar op termijn & {raw(g[5])} & {raw(gr[5])} \\")
w(rf"Bezoldiging & {raw(d.WNT_TOT[g[0]])} & {raw(d.WNT_TOT[gr[0]])} \\")
w(r"\midrule")
w(rf"Individueel toepasselijk bezoldigingsmaximum & {raw(d.WNT_MAX[g[0]])} & {raw(d.WNT_MAX[gr[0]])} \\")
w(r"Onverschuldigd betaald bedrag & {--} & {--} \\")
w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")
w(rf"""\section{{Resultaat en resultaatbestemming}}
Het resultaat na verwerking van de mutaties in de reserves bedraagt {eu(d.RESULT_EUR)} voordelig. Wij stellen de raad
voor het resultaat als volgt te bestemmen: {eu(d.BESTEMMING[0][1])} toevoegen aan de reserve sociaal domein om de
verwachte tekorten bij de jeugdhulp op te vangen, {eu(d.BESTEMMING[1][1])} toevoegen aan de reserve onderhoud
accommodaties voor de renovatie van sporthal Hazelbroek, en het restant van {eu(d.BESTEMMING_ALG)} toevoegen aan de
algemene reserve.
""")
w(r"""\par\medskip\noindent\begin{minipage}{\linewidth}
\captionof{table}{Voorstel resultaatbestemming 2039 (bedragen in \texteuro)}
\small
\begin{tabular}{@{}l S[table-format=7.0]@{}}
\toprule
Bestemming & {Bedrag} \\
\midrule""")
for lab, v in d.BESTEMMING:
    w(f"{lab} & {raw(v)} " + r"\\")
w(r"\midrule")
w(f"Totaal resultaat 2039 & {raw(d.RESULT_EUR)} " + r"\\")
w(r"""\bottomrule
\end{tabular}
\end{minipage}\par\medskip""")

# ------------------------------------------------------------------ 5 bijlage: taakvelden (longtable)
w(r"\chapter{Bijlage}")
w(r"""\section{Lasten en baten per taakveld}
Het Besluit begroting en verantwoording schrijft voor dat de gemeente de lasten en baten ook per taakveld verantwoordt.
Het overzicht hieronder geeft de realisatie 2039 in hele euro's, exclusief de mutaties in de reserves. Een negatief
saldo betekent dat de lasten hoger zijn dan de baten.
\vspace{6pt}
{\small\renewcommand{\arraystretch}{1.25}
\begin{longtable}{@{}l S[table-format=8.0] S[table-format=8.0] S[table-format=-8.0]@{}}
\caption{Lasten en baten per taakveld, realisatie 2039 (bedragen in \texteuro)}\\
\toprule
Taakveld & {Lasten} & {Baten} & {Saldo} \\
\midrule
\endfirsthead
\caption[]{Lasten en baten per taakveld, realisatie 2039 (bedragen in \texteuro) (vervolg)}\\
\toprule
Taakveld & {Lasten} & {Baten} & {Saldo} \\
\midrule
\endhead
\midrule
\multicolumn{4}{r}{\footnotesize\itshape vervolg op de volgende pagina}\\
\endfoot
\bottomrule
\endlastfoot""")
order = sorted(d.TV, key=lambda c: (int(c.split(".")[0]), float("0." + c.split(".")[1])))
for code in order:
    name, pid, la, ba = d.TV[code]
    w(f"{code} {name} & {s(la)} & {s(ba)} & {s(ba - la)} " + r"\\")
w(r"\midrule")
w(f"Totaal & {s(d.TV_TOTAL[0])} & {s(d.TV_TOTAL[1])} & {s(d.TV_TOTAL[1] - d.TV_TOTAL[0])} " + r"\\")
w(r"""\end{longtable}}
\end{document}""")

tex = "\n".join(L)
with tempfile.TemporaryDirectory() as tmp:
    (Path(tmp) / "jaarstukken.tex").write_text(tex, encoding="utf-8")
    for _ in range(3):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "jaarstukken.tex"], cwd=tmp,
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout[-3000:])
            raise SystemExit("pdflatex failed")
    if "--keep-tex" in sys.argv:
        shutil.copy(Path(tmp) / "jaarstukken.tex", "/tmp/ah-jaarstukken.tex")
    CORPUS.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(tmp) / "jaarstukken.pdf", CORPUS / d.MUNI_FILE)
print(f"wrote {CORPUS / d.MUNI_FILE}")
