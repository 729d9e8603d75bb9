"""Veiligheidsregio Lingemonde, Jaarstukken 2031: a Markdown file like a pandoc/GitLab export.

Features: '#'/'##'/'###' headings, a GitLab [[_TOC_]] marker, pipe tables with alignment rows
('|---|---:|'), the scale "Bedragen x € 1.000" in a line above some tables and whole euros in others,
bold total rows ('**Totaal**'), '-' for nil and empty cells, footnote markers ('[^1]') with their
definitions at the end, and the bijdragen-per-deelnemer table continued in a second table after a
paragraph.

Usage: python gen_jaarstukken_md.py CORPUS_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

import data as d
from fmt import dash, n, pct

K1000 = "*Bedragen x € 1.000*"
EUR = "*Bedragen in euro's*"


def md_table(header: list[str], rows: list[list[str]], align: str, bold: tuple = ()) -> str:
    """align: one char per column, 'l' or 'r'. bold: indexes of rows to print in bold (label and numbers)."""
    sep = ["---" if a == "l" else "---:" for a in align]
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(sep) + "|"]
    for i, r in enumerate(rows):
        cells = [f"**{c}**" if (i in bold and c != "") else c for c in r]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def v(x: int) -> str:
    """Amount with '-' for nil, minus sign for negatives."""
    return dash(x)


def build() -> str:
    G = d.GR
    ci = {c: i for i, c in enumerate(d.GR_COLS)}
    R31, BW31 = ci["R31"], ci["BW31"]
    parts: list[str] = []
    add = parts.append

    add(f"# {G} — Jaarstukken 2031\n")
    add("Jaarverslag en jaarrekening 2031 van de gemeenschappelijke regeling Veiligheidsregio Lingemonde.  \n"
        "Vastgesteld door het algemeen bestuur op 2 juli 2032.\n")
    add("[[_TOC_]]\n")

    # ---- 1 Voorwoord ----------------------------------------------------------------------------
    add("## 1 Voorwoord\n")
    add("Voor u liggen de jaarstukken 2031 van de Veiligheidsregio Lingemonde. De veiligheidsregio voert voor "
        "de acht deelnemende gemeenten de brandweerzorg, de risico- en crisisbeheersing en de GHOR uit. In 2031 "
        "kregen wij te maken met een droge zomer met meerdere natuurbranden en met de eerste volledige "
        "jaargang van de nieuwe meldkamerorganisatie.\n")
    add(f"Het jaar 2031 sluit met een positief resultaat van € {n(d.GR_RESULTAAT_EUR)}. Het positieve resultaat "
        "komt vooral door vacatures in de repressieve dienst die later zijn ingevuld dan begroot, lagere "
        "energiekosten van de kazernes en hogere opbrengsten uit opleidingen voor derden. In hoofdstuk 6 doet "
        "het dagelijks bestuur een voorstel voor de bestemming van het resultaat.\n")
    add("Wij danken de beroeps- en vrijwillige medewerkers voor hun inzet, dag en nacht.\n")
    add("*Het dagelijks bestuur van de Veiligheidsregio Lingemonde*\n")

    # ---- 2 Kerngegevens ---------------------------------------------------------------------------
    add("## 2 Kerngegevens\n")
    add("### 2.1 Deelnemende gemeenten\n")
    add("De gemeenschappelijke regeling kent acht deelnemers. Het aantal inwoners per 1 januari 2031 is de "
        "basis voor de verdeling van de reguliere bijdrage (zie paragraaf 5.5).\n")
    rows = [[nm, n(inw), pct(d.AANDEEL_PCT[nm], 2)] for nm, inw in d.DEELNEMERS]
    rows.append(["Totaal", n(d.INW_TOTAAL), "100,00%"])
    add(md_table(["Gemeente", "Inwoners 1-1-2031", "Aandeel"], rows, "lrr", bold=(len(rows) - 1,)) + "\n")
    add(f"Het verzorgingsgebied telt {d.GR_KAZERNES} brandweerkazernes.\n")

    add("### 2.2 Operationele kerncijfers\n")
    add("Het aantal uitrukken per soort melding in de hele regio:\n")
    rows = []
    for lbl, a, b, c in d.UITRUKKEN:
        lab = lbl + ("[^1]" if a is None else "")
        rows.append([lab] + ["-" if x is None else n(x) for x in (a, b, c)])
    rows.append(["Totaal"] + [n(x) for x in d.UIT_TOTAAL])
    add(md_table(["Soort uitruk", "2029", "2030", "2031"], rows, "lrrr", bold=(len(rows) - 1,)) + "\n")
    add("In 84,6% van de spoedeisende meldingen was de eerste tankautospuit binnen de normtijd ter plaatse. "
        "Het aantal automatische en loze meldingen daalde verder door de gerichte aanpak van instellingen met "
        "veel nodeloze alarmeringen.\n")

    add("### 2.3 Personeel\n")
    rows = [[lbl, n(a, 1) if isinstance(a, float) else n(a), n(b, 1) if isinstance(b, float) else n(b)]
            for lbl, a, b in d.GR_FORMATIE]
    add(md_table(["Personeel", "31-12-2030", "31-12-2031"], rows, "lrr") + "\n")
    add(f"Het ziekteverzuim bedroeg in 2031 {n(d.GR_VERZUIM_2031, 1)}%. Het aantal vrijwilligers daalt; de "
        "werving richt zich vooral op posten met een dunne dagbezetting.\n")

    # ---- 3 Programmaverantwoording ----------------------------------------------------------------
    add("## 3 Programmaverantwoording\n")
    add("Per programma beschrijven wij wat wij in 2031 hebben gedaan en wat het heeft gekost. De tabellen "
        "vergelijken de realisatie met de begroting na wijziging.\n")
    texts = {
        "Brandweerzorg": (
            "De brandweer zorgt voor brandpreventie, brandbestrijding en technische hulpverlening. In 2031 zijn "
            "drie nieuwe tankautospuiten in gebruik genomen. De nieuwbouw van kazerne Grevenwolde loopt "
            "vertraging op: de eerste aanbesteding moest worden overgedaan omdat alle inschrijvingen ruim boven "
            "het krediet lagen, en er is bezwaar gemaakt tegen de omgevingsvergunning. De oplevering wordt nu "
            "verwacht in het derde kwartaal van 2032.",
            "De lasten vielen lager uit dan begroot, vooral door vacatures in de repressieve dienst. De baten "
            "waren hoger door opleidingen die het opleidingscentrum voor derden verzorgde."),
        "Risico- en crisisbeheersing": (
            "Wij adviseren gemeenten over risico's bij evenementen en bouwplannen en bereiden de "
            "crisisorganisatie voor. In 2031 zijn 212 adviezen uitgebracht en vonden twee regionale "
            "crisisoefeningen plaats, waaronder een oefening rond een overstroming van de Linge.",
            "Er is minder uitgegeven aan externe advisering dan begroot."),
        "GHOR": (
            "De Geneeskundige Hulpverleningsorganisatie in de Regio (GHOR) coördineert de geneeskundige hulp bij "
            "rampen en grote evenementen. De GHOR wordt uitgevoerd door de GGD Vlietstreek.",
            "De GHOR heeft geen eigen baten; de lasten zijn de vergoeding aan de GGD."),
        "Meldkamer": (
            "De meldkamer brandweer is ondergebracht in de gezamenlijke meldkamer van de politie. De "
            "veiligheidsregio betaalt een vaste bijdrage voor de brandweercentralisten en de systemen.",
            "De lasten zijn gelijk aan de begroting."),
        "Bedrijfsvoering": (
            "Bedrijfsvoering omvat personeelszaken, financiën, ICT, huisvesting van het regiokantoor en de "
            "facilitaire dienst. In 2031 is een nieuw roostersysteem ingevoerd.",
            "De ICT-kosten waren lager doordat de vervanging van het financiële systeem is uitgesteld."),
    }
    for k_, (name, las, bat) in enumerate(d.GR_PROGRAMMES, start=1):
        add(f"### 3.{k_} {name}\n")
        t1, t2 = texts[name]
        add(t1 + "\n")
        add(K1000 + "\n")
        rows = [["Lasten", v(las[BW31]), v(las[R31]), v(las[R31] - las[BW31])],
                ["Baten", v(bat[BW31]), v(bat[R31]), v(bat[R31] - bat[BW31])],
                ["Saldo", v(bat[BW31] - las[BW31]), v(bat[R31] - las[R31]),
                 v((bat[R31] - las[R31]) - (bat[BW31] - las[BW31]))]]
        add(md_table([name, "Begroting 2031 na wijziging", "Realisatie 2031", "Verschil"], rows, "lrrr",
                     bold=(2,)) + "\n")
        add(t2 + "\n")

    # ---- 4 Paragrafen ----------------------------------------------------------------------------
    add("## 4 Paragrafen\n")
    add("### 4.1 Weerstandsvermogen en risicobeheersing\n")
    add("De veiligheidsregio heeft geen eigen belastinggebied. Financiële tegenvallers vangen wij op met de "
        "algemene reserve; is die niet toereikend, dan dragen de deelnemers bij naar rato van de "
        "verdeelsleutel. Het risicobedrag per risico is de kans maal het financiële gevolg.\n")
    add(EUR + "\n")
    rows = [[r, f"{k_}%", n(i), n(k_ * i // 100)] for r, k_, i in d.GR_RISICOS]
    rows.append(["Totaal", "", "", n(d.GR_RISICO_TOTAAL)])
    add(md_table(["Risico", "Kans", "Financieel gevolg", "Risicobedrag"], rows, "lrrr", bold=(len(rows) - 1,))
        + "\n")
    add(f"De algemene reserve bedraagt per 31 december 2031 € {n(d.GR_ALG_RES_EIND)}. Tegenover het totale "
        f"risicobedrag van € {n(d.GR_RISICO_TOTAAL)} geeft dat een weerstandsratio van "
        f"{n(d.GR_WEERSTANDSRATIO, 2)}. Het algemeen bestuur heeft bepaald dat de ratio ten minste 1,0 moet "
        "zijn; het weerstandsvermogen is daarmee voldoende.\n")

    add("### 4.2 Onderhoud kapitaalgoederen\n")
    add(f"De veiligheidsregio beheert {d.GR_KAZERNES} kazernes, het regiokantoor en het oefencentrum. Het "
        "onderhoud volgt het meerjarenonderhoudsplan 2030-2039 en wordt gedekt uit de voorziening groot "
        "onderhoud kazernes (zie paragraaf 5.3). Het materieel wordt vervangen volgens het "
        "materieelspreidingsplan; de lasten worden gelijkmatig verdeeld via de reserve egalisatie materieel.\n")

    add("### 4.3 Financiering\n")
    add("De investeringen worden gefinancierd met langlopende leningen bij de BNG Bank. De kengetallen:\n")
    rows = [[lbl] + [pct(x) for x in (a, b, c)] for lbl, a, b, c in d.GR_KENGETALLEN]
    add(md_table(["Kengetal", "Realisatie 2030", "Begroting 2031", "Realisatie 2031"], rows, "lrrr") + "\n")
    add("De netto schuldquote daalde doordat de liquide middelen zijn ingezet in plaats van nieuwe leningen "
        "aan te trekken. Voor een gemeenschappelijke regeling zonder eigen belastinggebied is een hoge netto "
        "schuldquote gebruikelijk.\n")

    # ---- 5 Jaarrekening --------------------------------------------------------------------------
    add("## 5 Jaarrekening\n")
    add("### 5.1 Overzicht van baten en lasten\n")
    add(K1000 + "\n")
    cols = [d.GR_COL_LABEL[c] for c in d.GR_COLS]
    rows = [["**Lasten**", "", "", "", ""]]
    for name, las, _ in d.GR_PROGRAMMES:
        rows.append([name] + [v(x) for x in las])
    rows.append(["Onvoorzien"] + [v(x) for x in d.GR_ONVOORZIEN_K])
    rows.append(["Totaal lasten"] + [v(d.gr_lasten(i)) for i in range(4)])
    i_tl = len(rows) - 1
    rows.append(["**Baten**", "", "", "", ""])
    for name, _, bat in d.GR_PROGRAMMES:
        rows.append([name] + [v(x) for x in bat])
    rows.append(["Bijdragen deelnemers"] + [v(x) for x in d.BIJDRAGEN_K])
    rows.append(["Rijksbijdrage BDuR[^2]"] + [v(x) for x in d.BDUR_K])
    rows.append(["Totaal baten"] + [v(d.gr_baten(i)) for i in range(4)])
    i_tb = len(rows) - 1
    rows.append(["Saldo van baten en lasten"] + [v(d.gr_saldo(i)) for i in range(4)])
    i_s = len(rows) - 1
    rows.append(["Toevoegingen aan reserves"] + [v(x) for x in d.GR_TOEV_K])
    rows.append(["Onttrekkingen aan reserves"] + [v(x) for x in d.GR_ONTT_K])
    rows.append(["Resultaat"] + [v(d.gr_resultaat(i)) for i in range(4)])
    add(md_table(["Programma"] + cols, rows, "lrrrr", bold=(i_tl, i_tb, i_s, len(rows) - 1)) + "\n")
    add("Een negatief saldo is een nadeel. De bijdragen van de deelnemers zijn in de begroting na wijziging "
        "verhoogd voor de loon- en prijsontwikkeling.\n")

    add("### 5.2 Balans per 31 december 2031\n")
    add(K1000 + "\n")
    rows = [[lbl, n(a), n(b)] for lbl, a, b in d.GR_ACTIVA]
    rows.append(["Totaal activa", n(sum(a[1] for a in d.GR_ACTIVA)), n(sum(a[2] for a in d.GR_ACTIVA))])
    add(md_table(["Activa", "31-12-2031", "31-12-2030"], rows, "lrr", bold=(len(rows) - 1,)) + "\n")
    rows = [[lbl, n(a), n(b)] for lbl, a, b in d.GR_PASSIVA]
    rows.append(["Totaal passiva", n(sum(p[1] for p in d.GR_PASSIVA)), n(sum(p[2] for p in d.GR_PASSIVA))])
    add(md_table(["Passiva", "31-12-2031", "31-12-2030"], rows, "lrr", bold=(len(rows) - 1,)) + "\n")
    add("Het eigen vermogen bestaat uit de reserves en het resultaat van het boekjaar.\n")

    add("### 5.3 Reserves en voorzieningen\n")
    add(EUR + "\n")
    rows = []
    for nm, st, t, o in d.GR_RESERVES:
        rows.append([nm, n(st), dash(t), dash(o), n(st + t - o)])
    tot = [sum(r[j] for r in d.GR_RESERVES) for j in (1, 2, 3)]
    rows.append(["Totaal reserves", n(tot[0]), n(tot[1]), n(tot[2]), n(tot[0] + tot[1] - tot[2])])
    add(md_table(["Reserve", "Stand 1-1-2031", "Toevoegingen", "Onttrekkingen", "Stand 31-12-2031"], rows,
                 "lrrrr", bold=(len(rows) - 1,)) + "\n")
    add("De onttrekking aan de bestemmingsreserve kapitaallasten kazerne Ommerloo dekt de afschrijving van "
        "de kazerne. De reserve opleidingen vrijwilligers vangt pieken in de opleidingskosten op.\n")
    rows = []
    for nm, st, t, o in d.GR_VOORZIENINGEN:
        rows.append([nm + ("[^3]" if "FLO" in nm else ""), n(st), n(t), n(o), n(st + t - o)])
    tot = [sum(r[j] for r in d.GR_VOORZIENINGEN) for j in (1, 2, 3)]
    rows.append(["Totaal voorzieningen", n(tot[0]), n(tot[1]), n(tot[2]), n(tot[0] + tot[1] - tot[2])])
    add(md_table(["Voorziening", "Stand 1-1-2031", "Toevoegingen", "Aanwendingen", "Stand 31-12-2031"], rows,
                 "lrrrr", bold=(len(rows) - 1,)) + "\n")

    add("### 5.4 Investeringen\n")
    add("Overzicht van de lopende en in 2031 afgesloten investeringskredieten. Een lege cel bij 'Gereed' "
        "betekent dat het project nog loopt.\n")
    add(EUR + "\n")
    rows = []
    for nm, jr, kr, tm, u, gereed in d.GR_INVESTERINGEN:
        rows.append([nm, str(jr), n(kr), dash(tm), n(u), n(d.gr_inv_restant(nm)), gereed])
    tot = [sum(r[j] for r in d.GR_INVESTERINGEN) for j in (2, 3, 4)]
    rows.append(["Totaal", "", n(tot[0]), n(tot[1]), n(tot[2]), n(tot[0] - tot[1] - tot[2]), ""])
    add(md_table(["Investering", "Jaar", "Krediet", "Uitgaven t/m 2030", "Uitgaven 2031", "Restant krediet",
                  "Gereed"], rows, "lrrrrrl", bold=(len(rows) - 1,)) + "\n")
    add("Het restant van de afgeronde kredieten valt vrij. De kredieten voor de kazernes Grevenwolde en "
        "Teerwolde lopen door in 2032.\n")

    add("### 5.5 Bijdragen per deelnemer\n")
    add("De reguliere bijdrage wordt verdeeld naar rato van het aantal inwoners per 1 januari 2031 (bron: "
        "CBS). Taken die een gemeente extra afneemt, worden apart in rekening gebracht[^4]. De kolom 'Aandeel "
        "resultaat' toont het deel van het resultaat 2031 dat volgens het voorstel in hoofdstuk 6 aan elke "
        "deelnemer wordt terugbetaald.\n")
    add(EUR + "\n")
    hdr = ["Deelnemer", "Aandeel", "Reguliere bijdrage", "Aanvullende taken", "Totaal bijdrage 2031",
           "Aandeel resultaat"]

    def brow(nm: str) -> list[str]:
        return [nm, pct(d.AANDEEL_PCT[nm], 2), n(d.BIJDRAGE_REGULIER[nm]), dash(d.AANVULLEND.get(nm, 0)),
                n(d.BIJDRAGE_TOTAAL[nm]), n(d.AANDEEL_RESULTAAT[nm])]

    names = [nm for nm, _ in d.DEELNEMERS]
    add(md_table(hdr, [brow(nm) for nm in names[:d.DEELNEMER_SPLIT]], "lrrrrr") + "\n")
    add("*Tabel 5.5 (vervolg).* De bijdragen van de overige deelnemers en het totaal:\n")
    rows = [brow(nm) for nm in names[d.DEELNEMER_SPLIT:]]
    rows.append(["Totaal", "100,00%", n(sum(d.BIJDRAGE_REGULIER.values())), n(sum(d.AANVULLEND.values())),
                 n(d.BIJDRAGE_SOM), n(sum(d.AANDEEL_RESULTAAT.values()))])
    add(md_table(hdr, rows, "lrrrrr", bold=(len(rows) - 1,)) + "\n")
    add("Door afronding telt de kolom 'Aandeel' op tot 100,01%; voor de berekening zijn de onafgeronde "
        "aandelen gebruikt.\n")

    add("### 5.6 WNT-verantwoording\n")
    add("Verantwoording op grond van de Wet normering topinkomens (WNT) over de topfunctionarissen met een "
        "dienstbetrekking. Het toepasselijke bezoldigingsmaximum is het algemene WNT-maximum.\n")
    w1, w2 = d.WNT
    rows = [["Aanvang en einde functievervulling in 2031", "1/1 - 31/12", "1/1 - 31/12"],
            ["Omvang dienstverband (in fte)", "1,0", "0,9"],
            ["Beloning plus belastbare onkostenvergoedingen", n(w1[1]), n(w2[1])],
            ["Beloningen betaalbaar op termijn", n(w1[2]), n(w2[2])],
            ["Bezoldiging", n(d.WNT_TOTAAL[w1[0]]), n(d.WNT_TOTAAL[w2[0]])],
            ["Individueel toepasselijk bezoldigingsmaximum", n(w1[3]), n(w2[3])]]
    add(md_table(["Bedragen x € 1", w1[0], w2[0]], rows, "lrr", bold=(4,)) + "\n")
    add("Er zijn in 2031 geen uitkeringen wegens beëindiging van het dienstverband betaald.\n")

    # ---- 6 Resultaatbestemming -------------------------------------------------------------------
    add("## 6 Resultaatbestemming\n")
    add(f"Het resultaat over 2031 bedraagt € {n(d.GR_RESULTAAT_EUR)} positief. Het dagelijks bestuur stelt het "
        f"algemeen bestuur voor om € {n(d.GR_TERUGBETALING)} terug te betalen aan de deelnemers naar rato van "
        f"de verdeelsleutel en € {n(d.GR_NAAR_RESERVE)} toe te voegen aan de Reserve opleidingen vrijwilligers. "
        "De deelnemende gemeenten zijn in de gelegenheid gesteld een zienswijze in te dienen.\n")

    # ---- footnotes -------------------------------------------------------------------------------
    add("[^1]: De assistentie aan de ambulancedienst wordt pas sinds 1 januari 2030 apart geregistreerd; "
        "'-' betekent: niet geregistreerd.")
    add("[^2]: Brede doeluitkering rampenbestrijding van het ministerie van Justitie en Veiligheid.")
    add("[^3]: Voorziening voor de overgangsregeling functioneel leeftijdsontslag van bezwarende functies.")
    add("[^4]: Ommerloo: brandweerpost havengebied; Stavermeer: waterongevallenbestrijding op de plassen.\n")
    return "\n".join(parts)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
    out.mkdir(parents=True, exist_ok=True)
    (out / d.GR_FILE).write_text(build(), encoding="utf-8")
    print(f"wrote {out / d.GR_FILE}")


if __name__ == "__main__":
    main()
