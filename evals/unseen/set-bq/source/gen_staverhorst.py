"""Build staverhorst-jaarstukken-2025.pdf (FICTIONAL) with AbiWord from a generated .abw document.

usage: python gen_staverhorst.py OUTDIR
Writes OUTDIR/staverhorst-jaarstukken-2025.pdf and OUTDIR/staverhorst-facts.json.
"""
import json
import os
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

from nlfmt import num, dec, grp, rnd_k
import staverhorst_data as S

BODY = "Gemeente Staverhorst"
FACTS = {"rows": [], "checks": []}
TEXTW = 16.6   # cm between the margins


def x(s):
    return escape(str(s))


def fact(hint, text):
    FACTS["rows"].append({"hint": hint, "text": text})


def b(n):
    """thousands or euros, negatives in brackets"""
    return num(n, neg="brackets")


# ------------------------------------------------------------------ AWML helpers
def p(text, style="Normal", props=None, raw=False):
    pr = f' props="{props}"' if props else ""
    t = text if raw else x(text)
    return f'<p style="{style}"{pr}>{t}</p>\n'


def bold(t):
    return f'<c props="font-weight:bold">{x(t)}</c>'


def pbreak():
    return '<p style="Normal"><pbr/></p>\n'


def cell(col, row, text, align="left", bold_=False, top=False, bottom=False, size=None, italic=False, span=1):
    st = ["left-style:none", "right-style:none",
          "top-style:" + ("solid" if top else "none"), "bot-style:" + ("solid" if bottom else "none")]
    if top:
        st.append("top-thickness:0.5pt")
    if bottom:
        st.append("bot-thickness:0.5pt")
    props = f"left-attach:{col}; right-attach:{col + span}; top-attach:{row}; bot-attach:{row + 1}; " + "; ".join(st)
    pp = [f"text-align:{align}", "margin-top:1pt", "margin-bottom:1pt"]
    if bold_:
        pp.append("font-weight:bold")
    if italic:
        pp.append("font-style:italic")
    if size:
        pp.append(f"font-size:{size}pt")
    paras = "".join(f'<p style="Tabel" props="{"; ".join(pp)}">{x(line)}</p>' for line in str(text).split("\n"))
    return f'<cell props="{props}">{paras}</cell>\n'


def table(widths, rows, header_rows=1, total_rows=(), size=None):
    """rows: list of lists of (text, align) or text; a cell may be ('text', align, span)."""
    out = [f'<table props="table-column-props:{"/".join(f"{w:.2f}cm" for w in widths)}/; table-column-leftpos:0cm">\n']
    for r, row in enumerate(rows):
        c = 0
        for item in row:
            if isinstance(item, tuple):
                text, align = item[0], item[1]
                span = item[2] if len(item) > 2 else 1
            else:
                text, align, span = item, ("left" if c == 0 else "right"), 1
            hdr = r < header_rows
            tot = r in total_rows
            out.append(cell(c, r, text, align, bold_=hdr or tot, top=(r == 0) or tot,
                            bottom=(r == header_rows - 1) or (r == len(rows) - 1), size=size, span=span))
            c += span
    out.append("</table>\n")
    return "".join(out) + p("", props="font-size:4pt")


def caption(t):
    return p(t, "Bijschrift")


def note(t):
    return p(t, "Noot")


def h1(t):
    return p(t, "Heading 1")


def h2(t):
    return p(t, "Heading 2")


def h3(t):
    return p(t, "Heading 3")


def bullets(items):
    return "".join(p("•\t" + t, props="margin-left:0.6cm; text-indent:-0.6cm; tabstops:0.6cm/L0") for t in items)


# ------------------------------------------------------------------ document parts
TOC = [
    ("1. Inleiding", "1. Inleiding"),
    ("2. Programmaverantwoording", "2. Programmaverantwoording"),
    ("   Programma 1 Bestuur en veiligheid", "Programma 1 Bestuur en veiligheid"),
    ("   Programma 2 Ruimte, wonen en mobiliteit", "Programma 2 Ruimte, wonen en mobiliteit"),
    ("   Programma 3 Sociaal domein", "Programma 3 Sociaal domein"),
    ("   Programma 4 Economie, cultuur en sport", "Programma 4 Economie, cultuur en sport"),
    ("3. Paragrafen", "3. Paragrafen"),
    ("   3.1 Lokale heffingen", "3.1 Lokale heffingen"),
    ("   3.2 Weerstandsvermogen en risicobeheersing", "3.2 Weerstandsvermogen en risicobeheersing"),
    ("   3.3 Verbonden partijen", "3.3 Verbonden partijen"),
    ("   3.4 Financiering, bedrijfsvoering en grondbeleid", "3.4 Financiering, bedrijfsvoering en grondbeleid"),
    ("4. Jaarrekening", "4. Jaarrekening"),
    ("   4.1 Overzicht van baten en lasten", "4.1 Overzicht van baten en lasten"),
    ("   4.2 Algemene dekkingsmiddelen", "4.2 Algemene dekkingsmiddelen"),
    ("   4.3 Balans", "4.3 Balans per 31 december 2025"),
    ("   4.4 Reserves en voorzieningen", "4.4 Reserves en voorzieningen"),
    ("   4.5 Begrotingsrechtmatigheid", "4.5 Begrotingsrechtmatigheid"),
    ("   4.6 Wet normering topinkomens (WNT)", "4.6 Wet normering topinkomens (WNT)"),
    ("   4.7 Incidentele baten en lasten en EMU-saldo", "4.7 Incidentele baten en lasten en EMU-saldo"),
    ("   4.8 Voorstel resultaatbestemming", "4.8 Voorstel resultaatbestemming"),
]


def cover():
    return (p("", props="margin-top:3cm") + p("Gemeente Staverhorst", "Titel") + p("Jaarstukken 2025", "Titel") +
            p("Jaarverslag en jaarrekening", "Subtitel") + p("", props="margin-top:2cm") +
            p("FICTIEF DOCUMENT", "Fictief") +
            p("Dit is een verzonnen jaarrekening van een niet-bestaande gemeente, gemaakt als testdocument. Alle namen, "
              "bedragen, aantallen, tarieven en percentages zijn verzonnen; totalen, saldi en reservemutaties tellen wel op.",
              props="margin-top:8pt") +
            p("", props="margin-top:3cm") +
            p("Aangeboden aan de gemeenteraad op 14 april 2026, vastgesteld op 2 juli 2026") + pbreak())


def toc(pages):
    out = [h1("Inhoudsopgave")]
    for label, key in TOC:
        pg = str(pages.get(key, 0))
        indent = label.startswith("   ")
        lab = label.strip()
        props = "tabstops:16.4cm/R1; margin-bottom:2pt" + ("; margin-left:0.7cm" if indent else "; font-weight:bold")
        out.append(p(f"{lab}\t{pg}", props=props))
    return "".join(out) + pbreak()


def inleiding():
    R, W = S.RESULTAAT["R"], S.RESULTAAT["W"]
    rows = [[("(bedragen x € 1.000)", "left"), ("Begroting 2025\nprimitief", "right"), ("Begroting 2025\nna wijziging", "right"),
             ("Realisatie\n2025", "right")]]
    for lab, d in (("Totale lasten", S.TOT_LASTEN), ("Totale baten", S.TOT_BATEN), ("Saldo van baten en lasten", S.SALDO),
                   ("Toevoegingen aan reserves", S.TOT_TOEV), ("Onttrekkingen aan reserves", S.TOT_ONTTR),
                   ("Resultaat", S.RESULTAAT)):
        rows.append([lab] + [b(d[c]) for c in S.COLS])
        fact("inleiding", f"{lab} " + " ".join(b(d[c]) for c in S.COLS))
    kern = [[("Kerngegeven", "left"), ("1 januari 2025", "right"), ("1 januari 2024", "right")],
            ["Inwoners", grp(S.INWONERS["2025"]), grp(S.INWONERS["2024"])],
            ["Woningen", "17.842", "17.615"],
            ["Huishoudens", "17.205", "17.031"],
            ["Oppervlakte (hectare)", "9.412", "9.412"],
            ["Kernen", "7", "7"]]
    return (h1("1. Inleiding") +
            p("Voor u liggen de jaarstukken 2025 van de gemeente Staverhorst. In het jaarverslag leggen wij verantwoording af over "
              "wat wij in 2025 wilden bereiken, wat wij daarvoor hebben gedaan en wat dat heeft gekost. De jaarrekening geeft het "
              "financiële beeld: het overzicht van baten en lasten, de balans en de toelichtingen.") +
            h3("Resultaat") +
            p(f"De jaarrekening 2025 sluit met een positief resultaat van € {grp(R * 1000)}. Bij de laatste begrotingswijziging "
              f"verwachtten wij nog een tekort van € {grp(-W * 1000)}; de primitieve begroting ging uit van een klein overschot van "
              f"€ {grp(S.RESULTAAT['P'] * 1000)}. Het verschil met de begroting na wijziging, € {grp((R - W) * 1000)} voordelig, komt vooral "
              "door hogere grondopbrengsten in Veldkamp-Zuid, lagere kosten in het fysieke domein en een hogere algemene uitkering. "
              "Daartegenover staan hogere kosten voor jeugdhulp en bijstandsuitkeringen.") +
            p("Wij stellen voor het resultaat te bestemmen zoals in paragraaf 4.8 is beschreven.") +
            caption("Tabel 1.1 Resultaat 2025 in één oogopslag") +
            table([6.6, 3.3, 3.4, 3.3], rows, header_rows=1, total_rows=(3, 6)) +
            note("Negatieve bedragen staan tussen haakjes. Het saldo van baten en lasten is baten min lasten; het resultaat is het "
                 "saldo na toevoegingen aan en onttrekkingen uit reserves.") +
            caption("Tabel 1.2 Kerngegevens") + table([8.0, 4.3, 4.3], kern))


def prog_table(pk, capno):
    t = S.prog_table(pk)
    rows = [[("x € 1.000", "left"), ("Begroting 2025\nprimitief", "right"), ("Begroting 2025\nna wijziging", "right"),
             ("Realisatie\n2025²", "right"), ("Verschil", "right"), ("V/N", "center")]]
    labs = [("lasten", "Lasten"), ("baten", "Baten"), ("saldo", "Saldo van baten en lasten"), ("toev", "Toevoegingen aan reserves"),
            ("onttr", "Onttrekkingen aan reserves"), ("resultaat", "Resultaat")]
    for key, lab in labs:
        d = t[key]
        diff, vn = S.verschil(key, d["W"], d["R"])
        rows.append([lab] + [b(d[c]) for c in S.COLS] + [grp(diff) if diff else "0", (vn, "center")])
        fact(pk, f"{lab} " + " ".join(b(d[c]) for c in S.COLS) + f" {grp(diff) if diff else '0'} {vn}".rstrip())
    return (caption(f"Tabel {capno} Wat heeft het gekost? Programma {pk[1]} {S.PROGS[pk]}") +
            table([5.1, 2.5, 2.6, 2.3, 2.2, 1.9], rows, total_rows=(3, 6)) +
            note("² Realisatie 2025 inclusief de verrekening van de voorschotten van het Rijk. Negatieve bedragen staan tussen haakjes; "
                 "toevoegingen aan en onttrekkingen uit reserves zijn als positief bedrag opgenomen. V = voordelig, N = nadelig ten "
                 "opzichte van de begroting na wijziging."))


def analyse(pk):
    a = S.analyse(pk)
    out = [h3("Analyse van de verschillen")]
    for kind, word in (("lasten", "Lasten"), ("baten", "Baten")):
        d = a[kind]
        out.append(p(f"{word}: per saldo € {grp(d['diff'] * 1000)} {d['vn']}".rstrip(), props="font-weight:bold; margin-top:4pt"))
        fact(pk, f"{word}: per saldo € {grp(d['diff'] * 1000)} {d['vn']}".rstrip())
        items = [f"{lab}: € {grp(amt)} {vn}" for lab, amt, vn in d["items"]]
        r_amt, r_vn = d["rest"]
        items.append(f"Overige verschillen (per saldo): € {grp(r_amt)} {r_vn}".rstrip())
        out.append(bullets(items))
        for it in items:
            fact(pk, it)
        tot = sum(v if vn == "V" else -v for _, v, vn in d["items"]) + (r_amt if r_vn == "V" else -r_amt)
        FACTS["checks"].append([f"analyse {pk} {kind}", tot, d["diff"] * 1000 * (1 if d["vn"] == "V" else -1)])
    return "".join(out)


def indicatoren(pk, capno):
    rows = [[("Indicator", "left"), ("Eenheid", "left"), ("Staverhorst\n2025", "right"), ("Staverhorst\n2024", "right"),
             ("Nederland\n2025", "right")]]
    for lab, unit, a, bb, c in S.INDICATOREN[pk]:
        rows.append([lab, (unit, "left"), a, bb, c])
        fact(pk, f"{lab} {unit} {a} {bb} {c}")
    return (caption(f"Tabel {capno} Beleidsindicatoren") + table([5.4, 4.4, 2.3, 2.3, 2.2], rows, size=8.5) +
            note("Bron: waarstaatjegemeente.nl, peildatum 1 maart 2026."))


def sd_taakvelden():
    rows = [[("Taakveld", "left"), ("Lasten", "right"), ("Baten", "right"), ("Saldo", "right")]]
    tl = tb = 0
    for code, name, l, bt in S.SD_TAAKVELDEN:
        rows.append([f"{code} {name}", grp(l), grp(bt) if bt else "-", b(bt - l)])
        fact("sd", f"{code} {name} {grp(l)} {grp(bt) if bt else '-'} {b(bt - l)}")
        tl += l
        tb += bt
    rows.append(["Totaal programma 3", grp(tl), grp(tb), b(tb - tl)])
    fact("sd", f"Totaal programma 3 {grp(tl)} {grp(tb)} {b(tb - tl)}")
    FACTS["checks"].append(["sd lasten", rnd_k(tl), S.LASTEN["P3"]["R"]])
    FACTS["checks"].append(["sd baten", rnd_k(tb), S.BATEN["P3"]["R"]])
    return (caption("Tabel 2.7 Realisatie 2025 per taakveld, programma 3") +
            table([8.2, 2.8, 2.8, 2.8], rows, total_rows=(len(rows) - 1,)) +
            note("Bedragen in euro's; een negatief saldo (tussen haakjes) is een nadeel. Taakveld 7.1 Volksgezondheid valt in "
                 "Staverhorst onder het sociaal domein."))


def programmas():
    out = [pbreak(), h1("2. Programmaverantwoording"),
           p("Per programma beantwoorden wij drie vragen: wat wilden we bereiken, wat hebben we daarvoor gedaan en wat heeft het "
             "gekost. De financiële tabellen zijn in duizenden euro's; de analyse van de verschillen noemt de bedragen in euro's. "
             "Verschillen vanaf € 100.000 lichten wij afzonderlijk toe.")]
    # P1
    out += [h2("Programma 1 Bestuur en veiligheid"), h3("Wat wilden we bereiken?"),
            p("Een bestuur dat dichtbij de inwoners staat en een veilige gemeente, waarin inwoners zich thuis voelen. De gemeente "
              "is goed bereikbaar, digitaal en aan de balie."),
            h3("Wat hebben we daarvoor gedaan?"),
            bullets(["De gemeenteraadsverkiezingen van maart 2025 verliepen zonder incidenten; de opkomst was 58,3%.",
                     "Het klantcontactcentrum handelde 48.612 telefoongesprekken af; 81% werd direct beantwoord.",
                     "Wij verstrekten 6.938 reisdocumenten en 3.104 rijbewijzen, bijna 900 meer dan in 2024.",
                     "De boa's legden 1.126 controles af in de kernen en schreven 214 bekeuringen uit voor afvaldumping.",
                     "In 2025 kwamen 37 meldingen van ondermijning binnen bij het Meldpunt Zorg en Overlast; in 9 gevallen "
                     "volgde een bestuurlijke maatregel."]),
            indicatoren("P1", "2.1"), h3("Wat heeft het gekost?"), prog_table("P1", "2.2"), analyse("P1")]
    # P2
    out += [h2("Programma 2 Ruimte, wonen en mobiliteit"), h3("Wat wilden we bereiken?"),
            p("Voldoende betaalbare woningen voor alle doelgroepen, een goed onderhouden openbare ruimte en veilige wegen en "
              "fietspaden. In 2025 wilden we 180 woningen opleveren."),
            h3("Wat hebben we daarvoor gedaan?"),
            bullets(["Er zijn 214 woningen opgeleverd, waarvan 96 sociale huurwoningen en 41 woningen in de middenhuur.",
                     "In Veldkamp-Zuid zijn 38 kavels verkocht; de grondopbrengst was € 3.746.000.",
                     "De eerste fase van de vervanging van de brug over het Staverdiep is uitgevoerd; de tweede fase volgt in 2026.",
                     "Wij hebben 11,4 kilometer fietspad vernieuwd, waarvan 4,2 kilometer langs de N-weg naar Ommel.",
                     "Het aantal meldingen openbare ruimte was 3.412; 92% werd binnen de termijn afgehandeld."]),
            indicatoren("P2", "2.3"), h3("Wat heeft het gekost?"), prog_table("P2", "2.4"), analyse("P2")]
    # P3
    out += [h2("Programma 3 Sociaal domein"), h3("Wat wilden we bereiken?"),
            p("Iedereen doet mee. Inwoners krijgen de ondersteuning die zij nodig hebben, zo dicht mogelijk bij huis en zo licht "
              "als mogelijk. Wij willen minder inwoners in de bijstand en minder dure jeugdhulp met verblijf."),
            h3("Wat hebben we daarvoor gedaan?"),
            bullets(["In 2025 ontvingen 1.284 huishoudens bijzondere bijstand, tegen 1.197 in 2024.",
                     "Eind 2025 hadden 812 huishoudens een bijstandsuitkering (eind 2024: 847); 143 inwoners stroomden uit naar werk.",
                     "1.946 jeugdigen kregen jeugdhulp; 74 van hen verbleven in een pleeggezin, gezinshuis of instelling.",
                     "Het sociaal team voerde 2.318 keukentafelgesprekken; 1.402 inwoners kregen een Wmo-maatwerkvoorziening.",
                     "Via de schuldhulpverlening kregen 366 huishoudens een traject; bij 58% werd een schuldregeling getroffen."]),
            p("De kosten van jeugdhulp zijn opnieuw gestegen. Het aantal jeugdigen met verblijf nam toe en de tarieven van de "
              "regionale inkoop zijn per 1 januari 2025 met 6,1% verhoogd. Om de groei te remmen is in september 2025 het "
              "programma Normaliseren gestart, samen met de huisartsen en de scholen."),
            indicatoren("P3", "2.5"), h3("Wat heeft het gekost?"), prog_table("P3", "2.6"), analyse("P3"), sd_taakvelden()]
    # P4
    out += [h2("Programma 4 Economie, cultuur en sport"), h3("Wat wilden we bereiken?"),
            p("Een levendig centrum, ruimte voor ondernemers en een rijk aanbod aan cultuur en sport in alle zeven kernen."),
            h3("Wat hebben we daarvoor gedaan?"),
            bullets(["De bibliotheek telde 9.318 leden; 3.460 kinderen deden mee aan de leesbevordering op school.",
                     "Met de sportformule bereikten wij 2.140 kinderen en 615 ouderen.",
                     "De renovatie van het kunstgrasveld bij sportpark De Stavert is doorgeschoven naar 2026.",
                     "Het aantal overnachtingen waarvoor toeristenbelasting is betaald, steeg naar 212.870 (2024: 198.440)."]),
            indicatoren("P4", "2.8"), h3("Wat heeft het gekost?"), prog_table("P4", "2.9"), analyse("P4")]
    return "".join(out)


def paragrafen():
    out = [h1("3. Paragrafen"), h2("3.1 Lokale heffingen"),
           p("De lokale heffingen zijn in 2025 verhoogd met het inflatiepercentage van 3,3%, behalve de afvalstoffenheffing en de "
             "rioolheffing, die kostendekkend worden vastgesteld. De OZB-tarieven zijn daarnaast gecorrigeerd voor de "
             "waardeontwikkeling van de woningen. De hondenbelasting is per 1 januari 2024 afgeschaft.")]
    rows = [[("Heffing", "left"), ("Grondslag", "left"), ("Tarief 2024", "right", 2), ("Tarief 2025", "right", 2)]]
    for name, grond, t24, t25, kind in S.TARIEVEN:
        if kind == "pct":
            r = [name, (grond, "left"), ("", "right"), (dec(t24, 4) + "%", "right"), ("", "right"), (dec(t25, 4) + "%", "right")]
            fact("heffingen", f"{name} {grond} {dec(t24, 4)}% {dec(t25, 4)}%")
        else:
            r = [name, (grond, "left"), ("€", "left"), (dec(t24, 2), "right"), ("€", "left"), (dec(t25, 2), "right")]
            fact("heffingen", f"{name} {grond} € {dec(t24, 2)} € {dec(t25, 2)}")
        rows.append(r)
    out.append(caption("Tabel 3.1 Tarieven lokale heffingen"))
    out.append(table([5.6, 4.2, 0.6, 2.5, 0.6, 2.5], rows, size=8.5))
    wl = S.woonlasten()
    wrows = [[("Woonlasten meerpersoonshuishouden (eigenaar-bewoner)", "left"), ("2024", "right"), ("2025", "right")],
             ["Gemiddelde WOZ-waarde", "€ " + grp(S.WOZ_GEM["2024"]), "€ " + grp(S.WOZ_GEM["2025"])],
             ["Onroerendezaakbelasting", "€ " + dec(wl["2024"]["ozb"], 2), "€ " + dec(wl["2025"]["ozb"], 2)],
             ["Afvalstoffenheffing", "€ " + dec(wl["2024"]["afval"], 2), "€ " + dec(wl["2025"]["afval"], 2)],
             ["Rioolheffing", "€ " + dec(wl["2024"]["riool"], 2), "€ " + dec(wl["2025"]["riool"], 2)],
             ["Totale woonlasten", "€ " + dec(wl["2024"]["tot"], 2), "€ " + dec(wl["2025"]["tot"], 2)]]
    fact("heffingen", f"Totale woonlasten € {dec(wl['2024']['tot'], 2)} € {dec(wl['2025']['tot'], 2)}")
    for y in ("2024", "2025"):
        FACTS["checks"].append([f"woonlasten {y}", round(wl[y]["ozb"] + wl[y]["afval"] + wl[y]["riool"], 2), wl[y]["tot"]])
    stijg = 100 * (wl["2025"]["tot"] - wl["2024"]["tot"]) / wl["2024"]["tot"]
    FACTS["checks"].append(["woonlasten stijging", round(stijg, 1), dec(stijg, 1)])
    out.append(caption("Tabel 3.2 Woonlasten"))
    out.append(table([9.6, 3.5, 3.5], wrows, total_rows=(5,)))
    out.append(p(f"De woonlasten voor een meerpersoonshuishouden met een eigen woning stegen in 2025 met {dec(stijg, 1)}%. "
                 f"In 2025 kregen {grp(S.KWIJTSCHELDING['huishoudens'])} huishoudens kwijtschelding van gemeentelijke belastingen, "
                 f"voor een totaal van € {grp(S.KWIJTSCHELDING['bedrag'])}."))
    kd = S.kostendekking()
    krows = [[("Kostendekkendheid (realisatie 2025, in euro's)", "left"), ("Afvalstoffenheffing", "right"), ("Rioolheffing", "right")]]
    for key, lab in (("kosten", "Kosten taakveld"), ("inkomsten", "Inkomsten taakveld, exclusief heffing"),
                     ("overhead", "Toegerekende overhead"), ("btw", "Compensabele btw"), ("totaal", "Totale kosten"),
                     ("opbrengst", "Opbrengst heffing")):
        krows.append([lab, b(kd["Afvalstoffenheffing"][key]), b(kd["Rioolheffing"][key])])
    krows.append(["Kostendekkendheid", dec(kd["Afvalstoffenheffing"]["pct"], 1) + "%", dec(kd["Rioolheffing"]["pct"], 1) + "%"])
    fact("heffingen", f"Kostendekkendheid {dec(kd['Afvalstoffenheffing']['pct'], 1)}% {dec(kd['Rioolheffing']['pct'], 1)}%")
    for k_ in kd:
        FACTS["checks"].append([f"kostendekking {k_}", kd[k_]["kosten"] + kd[k_]["inkomsten"] + kd[k_]["overhead"] + kd[k_]["btw"],
                                kd[k_]["totaal"]])
    out.append(caption("Tabel 3.3 Kostendekkendheid heffingen"))
    out.append(table([8.6, 4.0, 4.0], krows, total_rows=(5, 7)))
    # weerstandsvermogen
    rk, ben = S.risks()
    w = S.weerstand()
    rrows = [[("Risico", "left"), ("Bedrag", "right"), ("Kans", "right"), ("Benodigd", "right")]]
    for r in rk:
        rrows.append([r["name"], "€ " + grp(r["bedrag"]), f"{r['kans']}%", "€ " + grp(r["impact"])])
        fact("risico", f"{r['name']} € {grp(r['bedrag'])} {r['kans']}% € {grp(r['impact'])}")
    rrows.append(["Benodigde weerstandscapaciteit", "", "", "€ " + grp(ben)])
    fact("risico", f"Benodigde weerstandscapaciteit € {grp(ben)}")
    crow = [[("Weerstandscapaciteit per 31 december 2025", "left"), ("Bedrag", "right")],
            ["Algemene reserve (na toevoegingen en onttrekkingen 2025)", "€ " + grp(w["alg"])],
            ["Onbenutte belastingcapaciteit OZB", "€ " + grp(w["obc"])],
            ["Beschikbare weerstandscapaciteit", "€ " + grp(w["cap"])],
            ["Benodigde weerstandscapaciteit", "€ " + grp(w["benodigd"])],
            ["Ratio weerstandsvermogen", dec(w["ratio"], 2)]]
    FACTS["checks"].append(["ratio", round(w["cap"] / w["benodigd"], 2), dec(w["ratio"], 2)])
    kg = S.kengetallen()
    krow = [[("Kengetal", "left"), ("Realisatie\n2024", "right"), ("Begroting\n2025", "right"), ("Realisatie\n2025", "right")]]
    beg25 = {"nsq": 84.0, "nsq_c": 78.6, "solv": 16.2, "ser": 0.4, "grex": 8.1, "bc": 96.8}
    ser25 = 100 * S.structureel()["struct"] / S.TOT_BATEN["R"]
    ser24 = 1.9
    bc = (88.4, 96.8, 97.6)
    for key, lab in (("nsq", "Netto schuldquote"), ("nsq_c", "Netto schuldquote gecorrigeerd voor alle verstrekte leningen"),
                     ("solv", "Solvabiliteitsratio"), ("ser", "Structurele exploitatieruimte"), ("grex", "Grondexploitatie"),
                     ("bc", "Belastingcapaciteit")):
        if key == "ser":
            vals = [ser24, beg25[key], ser25]
        elif key == "bc":
            vals = list(bc)
        else:
            vals = [kg["2024"][key], beg25[key], kg["2025"][key]]
        krow.append([lab] + [dec(v, 1) + "%" for v in vals])
        fact("kengetallen", f"{lab} " + " ".join(dec(v, 1) + "%" for v in vals))
    out += [h2("3.2 Weerstandsvermogen en risicobeheersing"),
            p("Het weerstandsvermogen geeft aan in hoeverre de gemeente financiële tegenvallers kan opvangen zonder haar beleid te "
              "hoeven aanpassen. De raad heeft in de nota weerstandsvermogen 2023 een ratio van ten minste 1,4 als norm gesteld."),
            caption("Tabel 3.4 Belangrijkste risico's"), table([8.6, 3.0, 1.6, 3.4], rrows, total_rows=(len(rrows) - 1,), size=8.5),
            caption("Tabel 3.5 Weerstandscapaciteit en ratio"), table([12.0, 4.6], crow, total_rows=(3, 5)),
            p(f"De ratio weerstandsvermogen is {dec(w['ratio'], 2)}. Dat is uitstekend (waarderingsklasse A). De ratio is hoger dan "
              "vorig jaar (1,87), doordat het resultaat 2024 voor een groot deel aan de algemene reserve is toegevoegd."),
            caption("Tabel 3.6 Financiële kengetallen"), table([8.0, 2.9, 2.8, 2.9], krow, size=8.5),
            note("De kengetallen voor 2025 zijn berekend met de balans per 31 december 2025 en de totale baten 2025 (exclusief "
                 "onttrekkingen aan reserves).")]
    # verbonden partijen
    vrow = [[("Verbonden partij", "left"), ("Vorm", "left"), ("Bijdrage 2025", "right"), ("Bijdrage 2024", "right")]]
    for name, vorm, b25, b24 in S.VERBONDEN:
        vrow.append([name, (vorm, "left"), "€ " + grp(b25) if b25 else "-", "€ " + grp(b24) if b24 else "-"])
        fact("verbonden", f"{name} {vorm} " + (f"€ {grp(b25)} € {grp(b24)}" if b25 else "- -"))
    out += [h2("3.3 Verbonden partijen"),
            p("De gemeente neemt deel in drie gemeenschappelijke regelingen en heeft aandelen in twee vennootschappen. De bijdragen "
              "aan de gemeenschappelijke regelingen staan in de tabel; de vennootschappen keren dividend uit."),
            caption("Tabel 3.7 Bijdragen aan verbonden partijen"), table([6.2, 4.6, 2.9, 2.9], vrow, size=8.5),
            p("Het dividend van Afvalbedrijf Noordveen N.V. was € 212.000 en dat van de BNG Bank € 150.000; samen is dat het "
              "dividend in de algemene dekkingsmiddelen.")]
    FACTS["checks"].append(["dividend", 212 + 150, S.ALG_BATEN_ITEMS[5][1]["R"] if S.ALG_BATEN_ITEMS[5][0] == "Dividend" else None])
    bal = S.balans()
    out += [h2("3.4 Financiering, bedrijfsvoering en grondbeleid"),
            p(f"De vaste schulden stegen in 2025 van € {grp(S.VASTE_SCHULDEN[1] * 1000)} naar € {grp(S.VASTE_SCHULDEN[0] * 1000)}. "
              "Wij sloten twee nieuwe leningen af van samen € 10.000.000 tegen een gemiddelde rente van 3,02%; de reguliere aflossingen "
              "waren € 5.750.000. De kasgeldlimiet is in geen enkel kwartaal overschreden en de renterisiconorm is niet overschreden."),
            p("De formatie van de ambtelijke organisatie was op 31 december 2025 298,6 fte. Het ziekteverzuim daalde van 6,4% in "
              "2024 naar 5,9% in 2025. De kosten van inhuur van derden waren € 4.118.000, 12,8% van de totale loonsom."),
            p("De grondexploitatie Veldkamp-Zuid had op 31 december 2025 een boekwaarde van € 7.904.000. Het verwachte resultaat van "
              "de grondexploitatie is € 2.610.000 positief (netto contante waarde); in 2025 is geen tussentijdse winst genomen.")]
    FACTS["checks"].append(["voorraden = grex", 7904, bal["2025"]["activa"]["Voorraden"]])
    FACTS["checks"].append(["vaste schulden", S.VASTE_SCHULDEN[1] + 10000 - 5750, S.VASTE_SCHULDEN[0]])
    return "".join(out)


def jaarrekening():
    out = [pbreak(), h1("4. Jaarrekening"), h2("4.1 Overzicht van baten en lasten"),
           p("Het overzicht van baten en lasten vergelijkt de realisatie 2025 met de primitieve begroting en met de begroting na "
             "wijziging. Het verschil is de realisatie ten opzichte van de begroting na wijziging.")]
    rows = [[("Bedragen x € 1.000", "left"), ("Begroting\nprimitief", "right"), ("Begroting na\nwijziging", "right"),
             ("Realisatie\n2025", "right"), ("Verschil", "right"), ("V/N", "center")]]
    tot_rows = []

    def r(lab, d, kind):
        diff, vn = S.verschil(kind, d["W"], d["R"])
        rows.append([lab] + [b(d[c]) for c in S.COLS] + [grp(diff) if diff else "0", (vn, "center")])
        fact("overzicht", f"{lab} " + " ".join(b(d[c]) for c in S.COLS) + f" {grp(diff) if diff else '0'} {vn}".rstrip())

    rows.append([("Lasten", "left", 6)])
    for pk in S.PROGS:
        r(f"{pk[1]}. {S.PROGS[pk]}", S.LASTEN[pk], "lasten")
    r("Overhead", S.LASTEN["OH"], "lasten")
    r("Algemene dekkingsmiddelen", S.LASTEN["ALG"], "lasten")
    r("Vennootschapsbelasting", S.LASTEN["VPB"], "lasten")
    tot_rows.append(len(rows))
    r("Totaal lasten", S.TOT_LASTEN, "lasten")
    rows.append([("Baten", "left", 6)])
    for pk in S.PROGS:
        r(f"{pk[1]}. {S.PROGS[pk]}", S.BATEN[pk], "baten")
    r("Overhead", S.BATEN["OH"], "baten")
    r("Algemene dekkingsmiddelen", S.BATEN["ALG"], "baten")
    tot_rows.append(len(rows))
    r("Totaal baten", S.TOT_BATEN, "baten")
    tot_rows.append(len(rows))
    r("Gerealiseerd totaal saldo van baten en lasten", S.SALDO, "saldo")
    r("Toevoegingen aan reserves", S.TOT_TOEV, "toev")
    r("Onttrekkingen aan reserves", S.TOT_ONTTR, "onttr")
    tot_rows.append(len(rows))
    r("Gerealiseerd resultaat", S.RESULTAAT, "resultaat")
    for c in S.COLS:
        FACTS["checks"].append([f"overzicht {c}", S.SALDO[c] - S.TOT_TOEV[c] + S.TOT_ONTTR[c], S.RESULTAAT[c]])
        FACTS["checks"].append([f"programma resultaten {c}", sum(S.prog_table(pk)["resultaat"][c] for pk in list(S.PROGS))
                                + (S.BATEN["ALG"][c] - S.LASTEN["ALG"][c]) - S.prog_reserves("ALG", c)[0] + S.prog_reserves("ALG", c)[1]
                                + S.BATEN["OH"][c] - S.LASTEN["OH"][c] - S.LASTEN["VPB"][c], S.RESULTAAT[c]])
    out.append(caption("Tabel 4.1 Overzicht van baten en lasten 2025"))
    out.append(table([5.3, 2.3, 2.4, 2.3, 2.3, 2.0], rows, total_rows=tuple(tot_rows), size=8.3))
    out.append(note("Negatieve bedragen staan tussen haakjes."))
    # algemene dekkingsmiddelen as tab-aligned lines
    ts = "tabstops:10.2cm/R0,13.3cm/R0,16.4cm/R0"
    lines = [p("Algemene dekkingsmiddelen\tBegroting primitief\tNa wijziging\tRealisatie", props=ts + "; font-weight:bold")]
    totb = {c: 0 for c in S.COLS}
    for lab, d in S.ALG_BATEN_ITEMS:
        lines.append(p(f"{lab}\t{b(d['P'])}\t{b(d['W'])}\t{b(d['R'])}", props=ts))
        fact("algdek", f"{lab} {b(d['P'])} {b(d['W'])} {b(d['R'])}")
        for c in S.COLS:
            totb[c] += d[c]
    lines.append(p(f"Totaal baten algemene dekkingsmiddelen\t{b(totb['P'])}\t{b(totb['W'])}\t{b(totb['R'])}", props=ts + "; font-weight:bold"))
    fact("algdek", f"Totaal baten algemene dekkingsmiddelen {b(totb['P'])} {b(totb['W'])} {b(totb['R'])}")
    for lab, d in S.ALG_LASTEN_ITEMS:
        lines.append(p(f"{lab}\t{b(d['P'])}\t{b(d['W'])}\t{b(d['R'])}", props=ts))
        fact("algdek", f"{lab} {b(d['P'])} {b(d['W'])} {b(d['R'])}")
    netto = {c: totb[c] - S.LASTEN["ALG"][c] for c in S.COLS}
    lines.append(p(f"Saldo algemene dekkingsmiddelen\t{b(netto['P'])}\t{b(netto['W'])}\t{b(netto['R'])}", props=ts + "; font-weight:bold"))
    fact("algdek", f"Saldo algemene dekkingsmiddelen {b(netto['P'])} {b(netto['W'])} {b(netto['R'])}")
    for c in S.COLS:
        FACTS["checks"].append([f"alg baten {c}", totb[c], S.BATEN["ALG"][c]])
    out += [h2("4.2 Algemene dekkingsmiddelen"),
            p("De algemene dekkingsmiddelen zijn inkomsten die de gemeente vrij kan besteden. De belangrijkste zijn de algemene "
              "uitkering uit het gemeentefonds en de onroerendezaakbelastingen. Alle bedragen hieronder zijn x € 1.000.")] + lines + [
            p("De algemene uitkering was € 420.000 hoger dan in de begroting na wijziging, door de decembercirculaire 2025. De "
              "opbrengst OZB niet-woningen bleef achter door bezwaren van grote bedrijven op het bedrijventerrein De Hulst.",
              props="margin-top:6pt"),
            p(f"De post onvoorzien van € {grp(S.ALG_LASTEN_ITEMS[1][1]['P'] * 1000)} in de primitieve begroting is in 2025 volledig "
              "ingezet, voor de opvang van Oekraïense ontheemden in de kern Ommelerveen. Het saldo van de overhead was "
              f"€ {grp((S.LASTEN['OH']['R'] - S.BATEN['OH']['R']) * 1000)} nadelig; over 2025 is € {grp(S.LASTEN['VPB']['R'] * 1000)} "
              "vennootschapsbelasting betaald voor de grondexploitatie.")]
    FACTS["checks"].append(["AU verschil", (S.AU["R"] - S.AU["W"]), 420])
    # balans
    bal = S.balans()
    evs = S.ev_split()
    brow = [[("Activa", "left"), ("31-12-2025", "right"), ("31-12-2024", "right")]]
    for k_ in bal["2025"]["activa"]:
        brow.append([k_, grp(bal["2025"]["activa"][k_]), grp(bal["2024"]["activa"][k_])])
        fact("balans", f"{k_} {grp(bal['2025']['activa'][k_])} {grp(bal['2024']['activa'][k_])}")
    brow.append(["Totaal activa", grp(bal["2025"]["totaal"]), grp(bal["2024"]["totaal"])])
    fact("balans", f"Totaal activa {grp(bal['2025']['totaal'])} {grp(bal['2024']['totaal'])}")
    prow = [[("Passiva", "left"), ("31-12-2025", "right"), ("31-12-2024", "right")]]
    prow.append(["Eigen vermogen", grp(bal["2025"]["passiva"]["Eigen vermogen"]), grp(bal["2024"]["passiva"]["Eigen vermogen"])])
    for j, lab in enumerate(("- algemene reserve", "- bestemmingsreserves", "- gerealiseerd resultaat")):
        prow.append([("   " + lab, "left"), (grp(evs["2025"][j]), "right"), (grp(evs["2024"][j]), "right")])
        fact("balans", f"{lab} {grp(evs['2025'][j])} {grp(evs['2024'][j])}")
    for y in ("2025", "2024"):
        FACTS["checks"].append([f"ev split {y}", sum(evs[y]), bal[y]["passiva"]["Eigen vermogen"]])
    for k_ in ("Voorzieningen", "Vaste schulden", "Netto vlottende schulden", "Overlopende passiva"):
        prow.append([k_, grp(bal["2025"]["passiva"][k_]), grp(bal["2024"]["passiva"][k_])])
        fact("balans", f"{k_} {grp(bal['2025']['passiva'][k_])} {grp(bal['2024']['passiva'][k_])}")
    fact("balans", f"Eigen vermogen {grp(bal['2025']['passiva']['Eigen vermogen'])} {grp(bal['2024']['passiva']['Eigen vermogen'])}")
    prow.append(["Totaal passiva", grp(sum(bal["2025"]["passiva"].values())), grp(sum(bal["2024"]["passiva"].values()))])
    fact("balans", f"Totaal passiva {grp(sum(bal['2025']['passiva'].values()))} {grp(sum(bal['2024']['passiva'].values()))}")
    for y in ("2025", "2024"):
        FACTS["checks"].append([f"balans {y}", bal[y]["totaal"], sum(bal[y]["passiva"].values())])
    out += [pbreak(), h2("4.3 Balans per 31 december 2025"),
            caption("Tabel 4.2 Balans"), table([10.6, 3.0, 3.0], brow, total_rows=(len(brow) - 1,)),
            table([10.6, 3.0, 3.0], prow, total_rows=(len(prow) - 1,)),
            note("Alle bedragen in de balans zijn in duizenden euro's. Het eigen vermogen per 31 december 2024 is inclusief het "
                 "resultaat 2024, dat in 2025 is bestemd."),
            p("Het balanstotaal steeg met € 6.635.000, vooral door de investeringen in de brug over het Staverdiep, de nieuwe "
              "brandweerkazerne in Ommel en de vervanging van de openbare verlichting door led.")]
    FACTS["checks"].append(["balanstotaal stijging", bal["2025"]["totaal"] - bal["2024"]["totaal"], 6635])
    # reserves
    rs = S.reserves()
    rrow = [[("Reserve", "left"), ("Stand\n1-1-2025", "right"), ("Bestemming\nresultaat 2024", "right"), ("Toevoe-\ngingen", "right"),
             ("Onttrek-\nkingen", "right"), ("Stand\n31-12-2025", "right")]]
    tt = [0] * 5
    for rr in rs:
        vals = [rr["start"], rr["best"], rr["toev"], -rr["onttr"], rr["end"]]
        tt = [tt[i] + vals[i] for i in range(5)]
        rrow.append([rr["name"]] + [b(v) if v else "-" for v in vals])
        fact("reserves", f"{rr['name']} " + " ".join(b(v) if v else "-" for v in vals))
        FACTS["checks"].append([f"reserve {rr['key']}", rr["start"] + rr["best"] + rr["toev"] - rr["onttr"], rr["end"]])
    rrow.append(["Totaal reserves"] + [b(v) for v in tt])
    fact("reserves", "Totaal reserves " + " ".join(b(v) for v in tt))
    FACTS["checks"].append(["reserves toev = overzicht", rnd_k(tt[2]), S.TOT_TOEV["R"]])
    FACTS["checks"].append(["reserves onttr = overzicht", rnd_k(-tt[3]), S.TOT_ONTTR["R"]])
    vz = S.voorzieningen()
    vrow = [[("Voorziening", "left"), ("Stand\n1-1-2025", "right"), ("Toevoe-\ngingen", "right"), ("Aanwen-\ndingen", "right"),
             ("Vrijval", "right"), ("Stand\n31-12-2025", "right")]]
    vt = [0] * 5
    for v in vz:
        vals = [v["start"], v["toev"], -v["aanw"], -v["vrij"], v["end"]]
        vt = [vt[i] + vals[i] for i in range(5)]
        vrow.append([v["name"]] + [b(q) if q else "-" for q in vals])
        fact("voorzieningen", f"{v['name']} " + " ".join(b(q) if q else "-" for q in vals))
    vrow.append(["Totaal voorzieningen"] + [b(q) for q in vt])
    fact("voorzieningen", "Totaal voorzieningen " + " ".join(b(q) for q in vt))
    out += [h2("4.4 Reserves en voorzieningen"),
            p("Het resultaat 2024 van € 2.118.604 is bij de vaststelling van de jaarstukken 2024 bestemd: € 600.000 voor de reserve "
              "sociaal domein en de rest voor de algemene reserve. In de tabel zijn onttrekkingen tussen haakjes gezet."),
            caption("Tabel 4.3 Verloop van de reserves (in euro's)"),
            table([5.0, 2.4, 2.4, 2.2, 2.2, 2.4], rrow, total_rows=(len(rrow) - 1,), size=8.0),
            caption("Tabel 4.4 Verloop van de voorzieningen (in euro's)"),
            table([5.0, 2.4, 2.3, 2.3, 2.2, 2.4], vrow, total_rows=(len(vrow) - 1,), size=8.0),
            p("De voorziening afwikkeling garantstelling sporthal De Stavert is opgeheven: de vereniging heeft de lening bij de bank "
              "afgelost en de gemeente hoeft niet meer bij te springen. Het restant is vrijgevallen ten gunste van programma 4.")]
    # rechtmatigheid
    gr = [[("Programma", "left"), ("Lasten na\nwijziging", "right"), ("Lasten\nrealisatie", "right"), ("Overschrijding", "right"),
           ("Telt mee voor\nhet oordeel", "left")]]
    for pk in S.PROGS:
        w_, r_ = S.LASTEN[pk]["W"], S.LASTEN[pk]["R"]
        ov = r_ - w_
        gr.append([f"{pk[1]}. {S.PROGS[pk]}", grp(w_), grp(r_), grp(ov) if ov > 0 else "-", ("nee" if ov > 0 else "-", "left")])
        fact("rechtmatigheid", f"{pk[1]}. {S.PROGS[pk]} {grp(w_)} {grp(r_)} " + (f"{grp(ov)} nee" if ov > 0 else "- -"))
    kr = S.KREDIET
    ovk = kr["uitgaven"] - kr["krediet"]
    out += [pbreak(), h2("4.5 Begrotingsrechtmatigheid"),
            p("Een overschrijding van de lasten van een programma is onrechtmatig, maar telt niet mee voor het oordeel van de "
              "accountant als de overschrijding past binnen het beleid en wordt gecompenseerd door hogere baten, of als de raad de "
              "overschrijding niet had kunnen voorkomen (open-einderegelingen)."),
            caption("Tabel 4.5 Overschrijdingen per programma (x € 1.000)"), table([6.0, 2.6, 2.6, 2.7, 2.7], gr, size=8.5),
            p(f"Bij programma 3 zijn de lasten € {grp((S.LASTEN['P3']['R'] - S.LASTEN['P3']['W']) * 1000)} hoger dan begroot. De "
              "overschrijding komt door jeugdhulp en bijstandsuitkeringen, beide open-einderegelingen, en telt daarom niet mee voor "
              "het oordeel over de rechtmatigheid."),
            p(f"Ook het krediet {kr['name']} is overschreden: het krediet was € {grp(kr['krediet'])}, de uitgaven waren "
              f"€ {grp(kr['uitgaven'])}, een overschrijding van € {grp(ovk)}. De overschrijding komt door de hogere prijs van staal en "
              "is gemeld in de tweede bestuursrapportage; zij telt niet mee voor het oordeel.")]
    FACTS["checks"].append(["krediet overschrijding", ovk, kr["uitgaven"] - kr["krediet"]])
    # WNT as tab-aligned blocks
    out += [h2("4.6 Wet normering topinkomens (WNT)"),
            p("Op grond van de WNT maken wij de bezoldiging van de topfunctionarissen openbaar. De gemeentesecretaris en de griffier "
              "zijn topfunctionaris. Het algemene bezoldigingsmaximum voor 2025 is € 246.000 (2024: € 233.000). Alle bedragen zijn "
              "in hele euro's.")]
    ts = "tabstops:11.4cm/R0,15.4cm/R0"
    for w in S.wnt():
        out.append(p(f"{w['functie']} ({w['naam']})", props="font-weight:bold; margin-top:6pt"))
        lines = [("bedragen x € 1", "2025", "2024"),
                 ("Omvang dienstverband (in fte)", dec(w["fte"][0], 2), dec(w["fte"][1], 2)),
                 ("Beloning plus belastbare onkostenvergoedingen", grp(w["beloning"][0]), grp(w["beloning"][1])),
                 ("Beloningen betaalbaar op termijn", grp(w["termijn"][0]), grp(w["termijn"][1])),
                 ("Subtotaal", grp(w["sub"][0]), grp(w["sub"][1])),
                 ("Individueel toepasselijk bezoldigingsmaximum", grp(w["max"][0]), grp(w["max"][1])),
                 ("Bezoldiging", grp(w["sub"][0]), grp(w["sub"][1]))]
        for lab, a, c in lines:
            out.append(p(f"{lab}\t{a}\t{c}", props=ts))
            fact("wnt", f"{lab} {a} {c}")
        FACTS["checks"].append([f"wnt {w['functie']}", w["beloning"][0] + w["termijn"][0], w["sub"][0]])
    out.append(p("Er zijn in 2025 geen ontslaguitkeringen betaald aan topfunctionarissen en geen overschrijdingen van het "
                 "bezoldigingsmaximum geweest.", props="margin-top:6pt"))
    # incidenteel + EMU
    st = S.structureel()
    irow = [[("Incidentele lasten (x € 1.000)", "left"), ("Programma", "center"), ("Realisatie 2025", "right")]]
    for lab, pk, a in S.INCID_LASTEN:
        irow.append([lab, (pk[1], "center"), grp(a)])
        fact("incid", f"{lab} {pk[1]} {grp(a)}")
    irow.append(["Totaal incidentele lasten", ("", "center"), grp(st["il"])])
    fact("incid", f"Totaal incidentele lasten {grp(st['il'])}")
    ibrow = [[("Incidentele baten (x € 1.000)", "left"), ("Programma", "center"), ("Realisatie 2025", "right")]]
    for lab, pk, a in S.INCID_BATEN:
        ibrow.append([lab, (pk[1], "center"), grp(a)])
    ibrow.append(["Totaal incidentele baten", ("", "center"), grp(st["ib"])])
    srow = [[("Structureel resultaat (x € 1.000)", "left"), ("Realisatie 2025", "right")],
            ["Gerealiseerd resultaat", b(st["res"])],
            ["Af: incidentele baten", b(-st["ib"])],
            ["Bij: incidentele lasten", b(st["il"])],
            ["Af: incidentele onttrekkingen aan reserves", b(-st["io"])],
            ["Bij: incidentele toevoegingen aan reserves", b(st["it"])],
            ["Structureel resultaat", b(st["struct"])]]
    fact("incid", f"Structureel resultaat {b(st['struct'])}")
    FACTS["checks"].append(["struct", st["res"] - st["ib"] + st["il"] - st["io"] + st["it"], st["struct"]])
    em_rows, em = S.emu()
    erow = [[("EMU-saldo (x € 1.000)", "left"), ("Begroting na\nwijziging 2025", "right"), ("Realisatie\n2025", "right")]]
    for lab, (w_, r_) in em_rows.items():
        erow.append([lab, b(w_), b(r_)])
        fact("emu", f"{lab} {b(w_)} {b(r_)}")
    erow.append(["EMU-saldo", b(em[0]), b(em[1])])
    fact("emu", f"EMU-saldo {b(em[0])} {b(em[1])}")
    out += [pbreak(), h2("4.7 Incidentele baten en lasten en EMU-saldo"),
            p("Incidentele baten en lasten doen zich ten hoogste drie jaar voor. Alle onttrekkingen aan reserves zijn incidenteel; van "
              "de toevoegingen zijn die aan de algemene reserve en de reserve volkshuisvesting incidenteel."),
            caption("Tabel 4.6 Incidentele lasten"), table([10.6, 2.4, 3.6], irow, total_rows=(len(irow) - 1,)),
            caption("Tabel 4.7 Incidentele baten"), table([10.6, 2.4, 3.6], ibrow, total_rows=(len(ibrow) - 1,)),
            caption("Tabel 4.8 Structureel resultaat"), table([12.0, 4.6], srow, total_rows=(6,)),
            caption("Tabel 4.9 EMU-saldo"), table([10.6, 3.0, 3.0], erow, total_rows=(len(erow) - 1,)),
            note("Negatieve bedragen (tussen haakjes) verslechteren het EMU-saldo.")]
    # resultaatbestemming
    res_eur = S.RESULTAAT["R"] * 1000
    items = []
    acc = 0
    for lab, a in S.RESULTAATBESTEMMING:
        if a is None:
            a = res_eur - acc
        acc += a
        items.append((lab, a))
    rb = [[("Voorstel bestemming resultaat 2025", "left"), ("Bedrag", "right")]] + [[lab, "€ " + grp(a)] for lab, a in items]
    rb.append(["Totaal resultaat 2025", "€ " + grp(res_eur)])
    fact("bestemming", f"Totaal resultaat 2025 € {grp(res_eur)}")
    for lab, a in items:
        fact("bestemming", f"{lab} € {grp(a)}")
    FACTS["checks"].append(["bestemming", sum(a for _, a in items), res_eur])
    out += [h2("4.8 Voorstel resultaatbestemming"),
            p(f"Het gerealiseerde resultaat over 2025 is € {grp(res_eur)} positief. Wij stellen de raad voor het resultaat als volgt te "
              "bestemmen. Het bedrag voor de reserve sociaal domein is bedoeld om de verwachte extra kosten van jeugdhulp in 2026 op "
              "te vangen; het bedrag voor de sportaccommodaties is nodig voor de doorgeschoven renovatie van het kunstgrasveld."),
            caption("Tabel 4.10 Resultaatbestemming"), table([12.0, 4.6], rb, total_rows=(len(rb) - 1,))]
    return "".join(out)


STYLES = """<styles>
<s type="P" name="Normal" basedon="" followedby="Current Settings" props="font-family:Liberation Sans; font-size:9.5pt; margin-top:0pt; margin-bottom:5pt; line-height:1.1; text-align:left; widows:2; orphans:2"/>
<s type="P" name="Heading 1" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:6pt; margin-bottom:10pt; font-weight:bold; font-size:17pt; color:1f4e3d"/>
<s type="P" name="Heading 2" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:12pt; margin-bottom:5pt; font-weight:bold; font-size:12.5pt; color:1f4e3d"/>
<s type="P" name="Heading 3" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:8pt; margin-bottom:3pt; font-weight:bold; font-size:10pt"/>
<s type="P" name="Bijschrift" basedon="Normal" followedby="Normal" props="keep-with-next:1; margin-top:6pt; margin-bottom:3pt; font-weight:bold; font-size:9pt; color:1f4e3d"/>
<s type="P" name="Noot" basedon="Normal" followedby="Normal" props="font-size:7.5pt; margin-top:1pt; margin-bottom:6pt; font-style:italic"/>
<s type="P" name="Tabel" basedon="Normal" followedby="Tabel" props="font-family:DejaVu Sans Condensed; font-size:8.8pt; margin-top:0pt; margin-bottom:0pt"/>
<s type="P" name="Titel" basedon="Normal" followedby="Normal" props="font-size:30pt; font-weight:bold; color:1f4e3d; margin-bottom:8pt"/>
<s type="P" name="Subtitel" basedon="Normal" followedby="Normal" props="font-size:16pt; color:1f4e3d"/>
<s type="P" name="Fictief" basedon="Normal" followedby="Normal" props="font-size:22pt; font-weight:bold; color:a00000; text-align:center"/>
</styles>"""


def build_abw(pages):
    body = cover() + toc(pages) + inleiding() + programmas() + paragrafen() + jaarrekening()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">
<abiword template="false" xmlns="http://www.abisource.com/awml.dtd" xmlns:awml="http://www.abisource.com/awml.dtd" xmlns:svg="http://www.w3.org/2000/svg" xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:space="preserve" version="3.0.5" fileformat="1.1" props="dom-dir:ltr; lang:nl-NL">
<metadata>
<m key="dc.title">Gemeente Staverhorst - Jaarstukken 2025 (FICTIEF DOCUMENT)</m>
<m key="dc.creator">Gemeente Staverhorst (fictief)</m>
<m key="abiword.generator">AbiWord</m>
</metadata>
{STYLES}
<pagesize pagetype="A4" orientation="portrait" width="210.000000" height="297.000000" units="mm" page-scale="1.000000"/>
<section header="hdr" footer="ftr" props="page-margin-left:2.2cm; page-margin-right:2.2cm; page-margin-top:2.4cm; page-margin-bottom:2.3cm; page-margin-header:1.0cm; page-margin-footer:1.0cm">
{body}
</section>
<section id="hdr" type="header"><p style="Normal" props="text-align:right; font-size:7.5pt; color:555555">Gemeente Staverhorst · Jaarstukken 2025</p></section>
<section id="ftr" type="footer"><p style="Normal" props="font-size:7.5pt; tabstops:16.6cm/R0">FICTIEF DOCUMENT · gemeente Staverhorst · jaarverslag en jaarrekening 2025\tpagina <field type="page_number"/> van <field type="page_count"/></p></section>
</abiword>
"""


def convert(abw, pdf):
    subprocess.run(["abiword", "--to=pdf", "-o", pdf, abw], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def find_pages(pdf):
    import pdfplumber
    pages = {}
    with pdfplumber.open(pdf) as doc:
        for n, pg in enumerate(doc.pages, start=1):
            if n <= 2:
                continue
            lines = [ln.strip() for ln in (pg.extract_text() or "").splitlines()]
            for _, key in TOC:
                if key not in pages and key in lines:
                    pages[key] = n
    return pages


def main():
    outdir = sys.argv[1]
    work = os.path.join(outdir, "_work_staverhorst")
    os.makedirs(work, exist_ok=True)
    abw = os.path.join(work, "staverhorst-jaarstukken-2025.abw")
    pdf = os.path.join(outdir, "staverhorst-jaarstukken-2025.pdf")
    pages = {}
    for _ in range(3):
        FACTS["rows"].clear()
        FACTS["checks"].clear()
        with open(abw, "w", encoding="utf-8") as f:
            f.write(build_abw(pages))
        convert(abw, pdf)
        newpages = find_pages(pdf)
        missing = [k for _, k in TOC if k not in newpages]
        if missing:
            raise SystemExit(f"TOC headings not found: {missing}")
        if newpages == pages:
            break
        pages = newpages
    FACTS["toc"] = pages
    with open(os.path.join(outdir, "staverhorst-facts.json"), "w", encoding="utf-8") as f:
        json.dump(FACTS, f, ensure_ascii=False, indent=1)
    shutil.rmtree(work)
    print("ok", pdf, pages)


if __name__ == "__main__":
    main()
