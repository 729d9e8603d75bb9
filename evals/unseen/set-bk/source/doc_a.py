"""Layout of the FICTIONAL document 'Gemeente Wassenaar - Jaarstukken 2024'.
Writes build/doc_a.dsl and build/facts_a.json."""
import os
from dsl import Layout, Facts, th, num, dec, eur, rnd
import doc_a_data as A

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "wassenaar-jaarstukken-2024"


def vn(v):
    return "" if v == 0 else ("V" if v > 0 else "N")


def build():
    rows, groups, seed = A.final()
    tv = {r["code"]: r for r in rows}
    P = A.printed(groups)
    k = A.k
    L = Layout()
    F = Facts(DOC_ID)
    L.meta("title", "Gemeente Wassenaar - Jaarstukken 2024 (FICTIEF testdocument)")
    L.meta("author", "set-bk evaluation generator")
    L.meta("subject", "Fictief document: alle bedragen verzonnen")
    L.meta("footer", "FICTIEF DOCUMENT - testmateriaal, alle cijfers zijn verzonnen; geen officiële publicatie van de gemeente Wassenaar")
    L.meta("header", "Gemeente Wassenaar - Jaarstukken 2024")

    # ---------- totals for the overview (x 1.000, printed)
    gs = A.GS
    T = {}
    for c in ("rb", "rl", "bb", "bl", "on_r", "to_r", "on_b", "to_b"):
        T[c] = sum(P[g][c] for g in gs)
    prog = ["P1", "P2", "P3", "P4", "P5"]
    TP = {c: sum(P[g][c] for g in prog) for c in ("rb", "rl", "bb", "bl")}
    res_r = T["rb"] - T["rl"] + T["on_r"] - T["to_r"]
    res_b = T["bb"] - T["bl"] + T["on_b"] - T["to_b"]
    assert res_r == k(A.TARGET_RESULT) and res_b == k(A.TARGET_BEGR_RESULT)
    exact_lasten = sum(r["rl"] for r in rows)
    exact_baten = sum(r["rb"] for r in rows)

    # ---------- reserves
    onttr_by_res, toev_by_res = {}, {}
    for n, g, a in A.RES_ONTTR_REAL:
        onttr_by_res[n] = onttr_by_res.get(n, 0) + a
    for n, g, a in A.RES_TOEV_REAL:
        toev_by_res[n] = toev_by_res.get(n, 0) + a
    reserves = []
    for n, st, best in A.RESERVES_START:
        to = toev_by_res.get(n, 0) // 1000
        on = onttr_by_res.get(n, 0) // 1000
        reserves.append((n, st, best, to, on, st + best + to - on))
    alg = [r for r in reserves if r[0].startswith("Algemene")]
    bes = [r for r in reserves if r[0].startswith("BR")]
    sumr = lambda rs, i: sum(r[i] for r in rs)
    alg_end = sumr(alg, 5)
    res_end = sumr(reserves, 5)
    res_start = sumr(reserves, 1)

    # ---------- balans
    B = A.BALANS
    act = [sum(v[i] for _, v in B["activa"]) for i in (0, 1)]
    ev = [res_end + res_r, res_start]                 # 2023: reserves 1-1-2024 before bestemming; resultaat 2023 separately
    res_2023 = sumr(reserves, 2)
    ev[1] = res_start + res_2023
    nvs = [act[i] - ev[i] - B["voorzieningen"][i] - B["vaste_schulden"][i] - B["overlopende_passiva"][i] for i in (0, 1)]
    assert min(nvs) > 0, nvs

    # ================= cover
    L.page()
    L.sp(60)
    L.big(15, "Gemeente Wassenaar")
    L.big(34, "Jaarstukken 2024")
    L.big(15, "Jaarverslag en jaarrekening")
    L.sp(8)
    L.p("Aangeboden aan de gemeenteraad op 15 april 2025. Vastgesteld in de raadsvergadering van 1 juli 2025.")
    L.sp(24)
    L.box("FICTIEF DOCUMENT",
          "Dit is geen echte publicatie van de gemeente Wassenaar. Het document is gemaakt om een assistent "
          "te testen: alle bedragen, aantallen, tarieven en percentages zijn verzonnen. De opbouw volgt die "
          "van echte gemeentelijke jaarstukken.")

    # ================= inhoud + leeswijzer
    L.page()
    L.h1("Inhoudsopgave")
    for key, label in [("inl", "Inleiding en kerncijfers"), ("p1", "Programma 1 Veiligheid en Handhaving"),
                       ("p2", "Programma 2 Mens en Maatschappij"), ("p3", "Programma 3 Bestuur en Middelen"),
                       ("p4", "Programma 4 Fysieke Leefomgeving"), ("p5", "Programma 5 Natuur, Klimaat en Mobiliteit"),
                       ("adm", "Algemene dekkingsmiddelen en overhead"),
                       ("ph", "Paragraaf Lokale heffingen"), ("pw", "Paragraaf Weerstandsvermogen en risicobeheersing"),
                       ("pv", "Paragraaf Verbonden partijen"), ("jr", "Jaarrekening: overzicht van baten en lasten"),
                       ("bal", "Balans per 31 december 2024"), ("res", "Toelichting reserves"),
                       ("tv", "Bijlage: baten en lasten per taakveld")]:
        L.toc(key, label)
    L.sp(6)
    L.h2("Leeswijzer")
    L.p("De jaarstukken bestaan uit het jaarverslag (de programmaverantwoording en de paragrafen) en de "
        "jaarrekening. Per programma beantwoorden we drie vragen: Wat willen we bereiken? Wat hebben we "
        "daarvoor gedaan? Wat heeft het gekost?")
    L.p("Let op de eenheden. In de programmatabellen, het overzicht van baten en lasten, de balans en het "
        "overzicht van de reserves zijn de bedragen afgerond op duizenden euro's (x € 1.000). De bijlage met "
        "baten en lasten per taakveld en de tabel met verbonden partijen zijn in hele euro's. In de tabel "
        "kerncijfers rekenen we in miljoenen euro's. In de tekst noemen we exacte bedragen.")
    L.p("In de programmatabellen staan lasten met een minteken; in het overzicht van baten en lasten staan "
        "lasten en nadelige saldi tussen haakjes. In de kolom V/N staat V voor een voordelig en N voor een "
        "nadelig verschil ten opzichte van de begroting na wijziging.")

    # ================= inleiding + kerncijfers
    L.page()
    L.h1("Inleiding en kerncijfers", "inl")
    L.p(f"Wassenaar sluit het jaar 2024 af met een positief resultaat van {eur(A.TARGET_RESULT)}. In de begroting "
        f"na wijziging gingen we nog uit van een nadeel van {eur(-A.TARGET_BEGR_RESULT)}. Het verschil komt "
        f"vooral door een hogere algemene uitkering uit het gemeentefonds, lagere kosten voor de overhead en "
        f"huishoudelijke hulp en hogere vergoedingen van het Rijk. Daartegenover staan hogere kosten voor "
        f"jeugdhulp en voor de opvang van ontheemden uit Oekraïne.")
    F.add("a_resultaat", A.TARGET_RESULT, eur(A.TARGET_RESULT), "Inleiding, prose: positief resultaat 2024", ["positief resultaat"])
    F.add("a_resultaat_begr", -A.TARGET_BEGR_RESULT, eur(-A.TARGET_BEGR_RESULT), "Inleiding, prose: begroot nadeel na wijziging", ["nadeel"])
    L.p("Het college stelt voor het resultaat toe te voegen aan de algemene reserve (vrij besteedbaar), met "
        "uitzondering van € 250.000 die wij willen reserveren voor de uitvoering van het nieuwe Beleidsplan "
        "Sociaal Domein in 2025.")
    L.caption("Tabel 0.1 Kerncijfers")
    L.table([50, 15, 15], 1, 8.5)
    L.tr("h", "Financiële kerncijfers (€ mln)", "2024", "2023")
    mln = lambda v: dec(rnd(v / 1000, 1), 1)
    kern23 = dict(baten=86.2, lasten=88.9, res=1.5, alg=53.2, resv=59.2, voorz=12.2, schuld=17.3, inv=6.8)
    inv24 = sum(i[3] for i in A.INVEST_P2) + 2871406
    kern = [
        ("Totale baten (exclusief reserves)", T["rb"], kern23["baten"]),
        ("Totale lasten (exclusief reserves)", T["rl"], kern23["lasten"]),
        ("Resultaat na mutaties reserves", res_r, kern23["res"]),
        ("Algemene reserves per 31 december", alg_end, kern23["alg"]),
        ("Totaal reserves per 31 december", res_end, kern23["resv"]),
        ("Voorzieningen per 31 december", B["voorzieningen"][0], kern23["voorz"]),
        ("Vaste schulden per 31 december", B["vaste_schulden"][0], kern23["schuld"]),
        ("Uitgaven investeringen", rnd(inv24 / 1000), kern23["inv"]),
    ]
    for lbl, v24, v23 in kern:
        L.tr("n", lbl, mln(v24), dec(v23, 1))
    L.tr("h", "Overige kerncijfers", "2024", "2023")
    for lbl, a, b, u in A.KERN_NF:
        L.tr("n", lbl, th(a), th(b))
    L.end()
    L.note("Bron: eigen administratie en Basisregistratie Personen. De financiële kerncijfers zijn afgerond op "
           "een decimaal; de uitgaven voor investeringen omvatten alle programma's.")
    F.add("a_kern_baten", rnd(T["rb"] / 1000, 1) * 1e6, mln(T["rb"]), "Tabel 0.1 Kerncijfers (€ mln), row 'Totale baten (exclusief reserves)', column '2024'", ["Totale baten"])
    F.add("a_kern_lasten", rnd(T["rl"] / 1000, 1) * 1e6, mln(T["rl"]), "Tabel 0.1 Kerncijfers (€ mln), row 'Totale lasten (exclusief reserves)', column '2024'", ["Totale lasten"])
    F.add("a_kern_lasten_2023", kern23["lasten"] * 1e6, dec(kern23["lasten"], 1), "Tabel 0.1 Kerncijfers (€ mln), row 'Totale lasten', column '2023'", ["Totale lasten"])
    F.add("a_kern_res", rnd(res_r / 1000, 1) * 1e6, mln(res_r), "Tabel 0.1 Kerncijfers (€ mln), row 'Resultaat na mutaties reserves', column '2024'", ["Resultaat na mutaties reserves"])
    F.add("a_kern_alg", rnd(alg_end / 1000, 1) * 1e6, mln(alg_end), "Tabel 0.1 Kerncijfers (€ mln), row 'Algemene reserves per 31 december', column '2024'", ["Algemene reserves per 31 december"])
    F.add("a_kern_inv", rnd(inv24 / 1e6, 1) * 1e6, mln(rnd(inv24 / 1000)), "Tabel 0.1 Kerncijfers (€ mln), row 'Uitgaven investeringen', column '2024'", ["Uitgaven investeringen"])
    for lbl, a, b, u in A.KERN_NF:
        key = {"Aantal inwoners (31 december)": "inwoners", "Aantal woningen (31 december)": "woningen",
               "Huishoudens met een bijstandsuitkering": "bijstand", "Jeugdigen met jeugdhulp": "jeugdhulp",
               "Inwoners met een Wmo-maatwerkvoorziening": "wmo", "Oppervlakte gemeente (hectare)": "opp"}[lbl]
        F.add(f"a_nf_{key}_2024", a, th(a), f"Tabel 0.1 Kerncijfers, row '{lbl}', column '2024'", [lbl], unit="count")
        F.add(f"a_nf_{key}_2023", b, th(b), f"Tabel 0.1 Kerncijfers, row '{lbl}', column '2023'", [lbl], unit="count")

    # ================= programme table helper
    def prog_table(g, nr, title):
        p = P[g]
        r23 = rnd_prev(g)
        L.caption(f"Tabel {nr}.{'4' if g == 'P2' else '2'} Baten en lasten {title} (bedragen x € 1.000)")
        L.table([34, 12, 13, 12, 11, 6], 2, 8)
        L.tr("h", "{rs=2}( - = lasten / nadeel )", "{rs=2}Realisatie 2023", "{cs=2}2024", "{rs=2}Verschil", "{rs=2}V/N")
        L.tr("h", "Begroting na wijziging", "Realisatie")
        lines = [
            ("Baten", r23["b"], p["bb"], p["rb"], "n"),
            ("Lasten", -r23["l"], -p["bl"], -p["rl"], "n"),
            ("Saldo van baten en lasten", r23["b"] - r23["l"], p["bb"] - p["bl"], p["rb"] - p["rl"], "b"),
            ("Toevoeging reserves", -r23["t"], -p["to_b"], -p["to_r"], "n"),
            ("Onttrekking reserves", r23["o"], p["on_b"], p["on_r"], "n"),
            ("Mutaties reserves", r23["o"] - r23["t"], p["on_b"] - p["to_b"], p["on_r"] - p["to_r"], "b"),
            ("Gerealiseerd resultaat", r23["b"] - r23["l"] + r23["o"] - r23["t"],
             p["bb"] - p["bl"] + p["on_b"] - p["to_b"], p["rb"] - p["rl"] + p["on_r"] - p["to_r"], "t"),
        ]
        out = {}
        for lbl, a, b, c, st in lines:
            dv = c - b
            L.tr(st, lbl, num(a), num(b), num(c), num(dv), vn(dv))
            out[lbl] = (a, b, c, dv)
        L.end()
        return out

    prev_factor = {"P1": 0.962, "P2": 0.947, "P3": 0.981, "P4": 1.034, "P5": 0.958}

    def rnd_prev(g):
        p = P[g]
        f = prev_factor[g]
        return dict(b=rnd(p["rb"] * (f - 0.021)), l=rnd(p["rl"] * f), o=rnd(p["on_r"] * 0.8), t=0)

    def prog_facts(g, out, title):
        short = g.lower()
        a, b, c, dv = out["Lasten"]
        F.add(f"a_{short}_lasten_real", -c * 1000, num(c), f"Tabel {title} (x € 1.000), row 'Lasten', column '2024 Realisatie'", ["Lasten"])
        F.add(f"a_{short}_lasten_begr", -b * 1000, num(b), f"Tabel {title} (x € 1.000), row 'Lasten', column '2024 Begroting na wijziging'", ["Lasten"])
        F.add(f"a_{short}_lasten_2023", -a * 1000, num(a), f"Tabel {title} (x € 1.000), row 'Lasten', column 'Realisatie 2023'", ["Lasten"])
        F.add(f"a_{short}_lasten_verschil", dv * 1000, num(dv), f"Tabel {title} (x € 1.000), row 'Lasten', column 'Verschil' ({vn(dv)})", ["Lasten"])
        a, b, c, dv = out["Baten"]
        F.add(f"a_{short}_baten_real", c * 1000, num(c), f"Tabel {title} (x € 1.000), row 'Baten', column '2024 Realisatie'", ["Baten"])
        F.add(f"a_{short}_baten_begr", b * 1000, num(b), f"Tabel {title} (x € 1.000), row 'Baten', column '2024 Begroting na wijziging'", ["Baten"])
        a, b, c, dv = out["Saldo van baten en lasten"]
        F.add(f"a_{short}_saldo_real", c * 1000, num(c), f"Tabel {title} (x € 1.000), row 'Saldo van baten en lasten', column '2024 Realisatie'", ["Saldo van baten en lasten"])
        F.add(f"a_{short}_saldo_verschil", dv * 1000, num(dv), f"Tabel {title} (x € 1.000), row 'Saldo van baten en lasten', column 'Verschil' ({vn(dv)})", ["Saldo van baten en lasten"])
        a, b, c, dv = out["Onttrekking reserves"]
        F.add(f"a_{short}_onttr_real", c * 1000, num(c), f"Tabel {title} (x € 1.000), row 'Onttrekking reserves', column '2024 Realisatie'", ["Onttrekking reserves"])
        a, b, c, dv = out["Gerealiseerd resultaat"]
        F.add(f"a_{short}_res_real", c * 1000, num(c), f"Tabel {title} (x € 1.000), row 'Gerealiseerd resultaat', column '2024 Realisatie'", ["Gerealiseerd resultaat"])

    # ================= P1
    L.page()
    L.h1("Programma 1 Veiligheid en Handhaving", "p1")
    L.h2("Wat willen we bereiken?")
    L.p("Wassenaar is een veilige gemeente, waar inwoners, ondernemers en bezoekers zich veilig voelen. We "
        "werken aan drie doelen: minder woninginbraken en fietsendiefstallen, zichtbare handhaving in de "
        "openbare ruimte en een goede voorbereiding op crises en rampen.")
    L.h2("Wat hebben we daarvoor gedaan?")
    L.p("In 2024 hebben we 14 buurtpreventie-appgroepen ondersteund en in de wijken Kerkehout en De Kieviet "
        "twee voorlichtingsavonden over inbraakpreventie gehouden. De boa's hebben 2.318 controles uitgevoerd, "
        "vooral op parkeren, afval en overlast bij het strand. Met de Veiligheidsregio Haaglanden is in "
        "oktober een crisisoefening gehouden rond een stormvloed aan de kust.")
    vrh = A.VP[0]
    L.p(f"De bijdrage aan de Veiligheidsregio Haaglanden bedroeg {eur(vrh[2])}. Dat is {eur(vrh[2] - vrh[1])} "
        f"meer dan in 2023, vooral door de loonontwikkeling bij de brandweer.")
    F.add("a_vrh_prose", vrh[2], eur(vrh[2]), "Programma 1, prose: bijdrage Veiligheidsregio Haaglanden 2024", ["Veiligheidsregio Haaglanden"])
    L.caption("Tabel 1.1 Indicatoren Veiligheid")
    L.table([46, 12, 10, 10, 10], 1, 8)
    L.tr("h", "Indicator", "Eenheid", "2022", "2023", "2024")
    ind1 = [("Woninginbraken", "per 1.000 woningen", 3.1, 2.7, 2.4),
            ("Winkeldiefstallen", "per 1.000 inwoners", 1.2, 1.4, 1.1),
            ("Geweldsmisdrijven", "per 1.000 inwoners", 2.6, 2.9, 2.5),
            ("Verwijzingen Halt", "per 10.000 jongeren 12-17 jaar", 58, 64, 61),
            ("Controles door boa's", "aantal", 1906, 2144, 2318)]
    for lbl, u, a, b, c in ind1:
        f = (lambda v: dec(v, 1)) if isinstance(a, float) else th
        L.tr("n", lbl, "{al=l}" + u, f(a), f(b), f(c))
    L.end()
    F.add("a_ind_inbraak_2024", 2.4, "2,4", "Tabel 1.1, row 'Woninginbraken' (per 1.000 woningen), column '2024'", ["Woninginbraken"], unit="count")
    F.add("a_ind_halt_2024", 61, "61", "Tabel 1.1, row 'Verwijzingen Halt', column '2024'", ["Verwijzingen Halt"], unit="count")
    F.add("a_boa_2024", 2318, "2.318", "Programma 1 prose and Tabel 1.1 'Controles door boa's' 2024", ["boa"], unit="count")
    L.h2("Wat heeft het gekost?")
    out1 = prog_table("P1", 1, "Programma 1 Veiligheid en Handhaving")
    prog_facts("P1", out1, "1.2")
    L.p("Het verschil op de lasten komt vooral doordat de kosten van de handhaving bij het strand lager "
        "uitvielen dan geraamd; er was minder inzet van extra boa's nodig door het slechte weer in juli.")

    # ================= P2
    L.page()
    L.h1("Programma 2 Mens en Maatschappij", "p2")
    L.h2("Wat willen we bereiken?")
    L.p("Iedere Wassenaarder moet mee kunnen doen, gezond kunnen opgroeien en oud kunnen worden in het eigen "
        "dorp. We leggen de nadruk op voorkomen en vroeg erbij zijn, met zorg dichtbij huis. Dure "
        "maatwerkzorg zetten we in als het echt nodig is. In de begroting 2024 heeft de raad zes "
        "doelstellingen vastgesteld:")
    for t in ["1. Preventie en een sterk voorveld: inwoners vinden hulp in hun eigen netwerk en in de buurt.",
              "2. Eén herkenbare toegang: het Sociaal Team Wassenaar is het vaste aanspreekpunt voor zorg en ondersteuning.",
              "3. Jeugd groeit gezond en veilig op, met minder zware jeugdhulp.",
              "4. Iedereen doet mee: bestaanszekerheid, werk en een inclusieve samenleving.",
              "5. Sport en cultuur zijn voor iedereen bereikbaar.",
              "6. Ouderen wonen langer zelfstandig en mantelzorgers worden ontlast."]:
        L.bul(t)
    L.h2("Wat hebben we daarvoor gedaan?")
    L.caption("Tabel 2.1 Resultaten 2024")
    L.table([8, 62, 22], 1, 8)
    L.tr("h", "Nr.", "Resultaat", "Status")
    for nr, t, s in [("1.1", "Nieuw Beleidsplan Sociaal Domein 2025-2028 vastgesteld", "Gerealiseerd"),
                     ("1.2", "Advies respijtzorg opgesteld en logeerhuis geopend", "Gerealiseerd"),
                     ("2.1", "Sociaal Team Wassenaar bereikbaar via één telefoonnummer en inloopspreekuur", "Gerealiseerd"),
                     ("3.1", "Praktijkondersteuner jeugd bij alle huisartsenpraktijken", "Deels gerealiseerd"),
                     ("3.2", "Evaluatie pilot ambulant jongerenwerk", "Gerealiseerd"),
                     ("4.1", "Herzien minimabeleid met een hogere inkomensgrens voor de Meedoenregeling", "Gerealiseerd"),
                     ("4.2", "Actieplan lokale inclusieagenda", "Doorgeschoven naar 2025"),
                     ("5.1", "Sportvisie Wassenaar Beweegt vastgesteld", "Gerealiseerd"),
                     ("5.2", "Uitvoeringsprogramma cultuurnota", "Niet gerealiseerd"),
                     ("6.1", "Participatief opgesteld ouderenbeleid", "Deels gerealiseerd")]:
        L.tr("n", nr, "{al=l}" + t, "{al=l}" + s)
    L.end()
    L.h3("Sociaal Team Wassenaar")
    L.p("Het Sociaal Team Wassenaar ontving in 2024 1.436 nieuwe hulpvragen (2023: 1.318). De gemiddelde tijd "
        "van melding tot besluit was 5,2 weken; de wettelijke termijn is 8 weken. Sinds maart 2024 is het "
        "team bereikbaar via één telefoonnummer en is er elke dinsdag en donderdag een inloopspreekuur in "
        "het gemeentehuis.")
    F.add("a_st_hulpvragen_2024", 1436, "1.436", "Programma 2 prose: nieuwe hulpvragen Sociaal Team 2024", ["Sociaal Team"], unit="count")
    F.add("a_st_hulpvragen_2023", 1318, "1.318", "Programma 2 prose: nieuwe hulpvragen Sociaal Team 2023", ["Sociaal Team"], unit="count")
    L.h3("Jeugd")
    L.p("In 2024 ontvingen 512 jeugdigen jeugdhulp (2023: 536). Het aantal jeugdigen met jeugdhulp met "
        "verblijf steeg wel, van 21 naar 29. Deze trajecten zijn duur en duren lang. Bij zes van de zeven "
        "huisartsenpraktijken werkt nu een praktijkondersteuner jeugd, die lichte vragen zelf oppakt.")
    F.add("a_jeugd_verblijf_2024", 29, "29", "Programma 2 prose: jeugdigen met jeugdhulp met verblijf 2024", ["verblijf"], unit="count")
    L.h3("Bestaanszekerheid en meedoen")
    meedoen = 168920
    L.p(f"Per 1 januari 2024 is de inkomensgrens voor de Meedoenregeling verhoogd naar 130% van het sociaal "
        f"minimum. In 2024 maakten 412 huishoudens gebruik van de regeling (2023: 351); in totaal is "
        f"{eur(meedoen)} uitgekeerd. Er zijn 87 nieuwe trajecten schuldhulpverlening gestart. Via de "
        f"Voedselbank Wassenaar kregen gemiddeld 96 huishoudens per week een voedselpakket.")
    F.add("a_meedoen_hh", 412, "412", "Programma 2 prose: huishoudens Meedoenregeling 2024", ["Meedoenregeling"], unit="count")
    F.add("a_meedoen_bedrag", meedoen, eur(meedoen), "Programma 2 prose: uitgekeerd Meedoenregeling 2024", ["Meedoenregeling"])
    F.add("a_schuldhulp", 87, "87", "Programma 2 prose: nieuwe trajecten schuldhulpverlening", ["schuldhulpverlening"], unit="count")
    F.add("a_voedselbank", 96, "96", "Programma 2 prose: huishoudens per week voedselbank", ["Voedselbank"], unit="count")
    L.h3("Ouderen en mantelzorg")
    L.p("In mei 2024 is het logeerhuis De Duinroos geopend, met vier kamers waar mensen met dementie een paar "
        "dagen kunnen logeren zodat hun mantelzorger even rust heeft. In 2024 maakten 31 mantelzorgers "
        "gebruik van het logeerhuis. Het ouderenbeleid is samen met de seniorenraad opgesteld; de raad "
        "bespreekt het in het voorjaar van 2025.")
    F.add("a_duinroos", 31, "31", "Programma 2 prose: mantelzorgers logeerhuis De Duinroos", ["De Duinroos"], unit="count")
    L.h3("Sport en gezondheid")
    L.p("De sportvisie Wassenaar Beweegt is in juni 2024 vastgesteld. De bouw van de combisporthal aan de "
        "Dr. Mansveltkade ligt op schema; de oplevering is gepland in het voorjaar van 2025. Om het tekort aan "
        "huisartsen op te vangen is in september 2024 een nieuwe huisartsenpraktijk in Wassenaar-Zuid "
        "geopend, waar 1.850 inwoners zonder vaste huisarts zich konden inschrijven.")
    F.add("a_huisarts", 1850, "1.850", "Programma 2 prose: inwoners ingeschreven nieuwe huisartsenpraktijk", ["huisartsenpraktijk"], unit="count")
    L.caption("Tabel 2.2 Effectindicatoren Programma 2")
    L.table([48, 14, 14, 14], 1, 8)
    L.tr("h", "Indicator", "Realisatie 2023", "Streefwaarde 2024", "Realisatie 2024")
    ind2 = [("% jongeren tot 18 jaar met jeugdhulp", "9,1%", "8,5%", "8,9%"),
            ("Personen met een bijstandsuitkering per 10.000 inwoners", "148", "145", "139"),
            ("% inwoners dat voldoende beweegt", "58%", "60%", "61%"),
            ("Rapportcijfer dienstverlening Sociaal Team", "7,2", "7,5", "7,6"),
            ("% eenzaamheid (volwassenen 19+)", "n.b.¹", "46%", "n.b.¹")]
    for r in ind2:
        L.tr("n", *r)
    L.end()
    L.note("¹ De eenzaamheid wordt om de vier jaar gemeten in de Gezondheidsmonitor; de volgende meting is in 2026.")
    F.add("a_ind_jeugdhulp_2024", 8.9, "8,9%", "Tabel 2.2, row '% jongeren tot 18 jaar met jeugdhulp', column 'Realisatie 2024'", ["jongeren tot 18 jaar met jeugdhulp"], unit="percent")
    F.add("a_ind_jeugdhulp_streef", 8.5, "8,5%", "Tabel 2.2, row '% jongeren tot 18 jaar met jeugdhulp', column 'Streefwaarde 2024'", ["jongeren tot 18 jaar met jeugdhulp"], unit="percent")
    F.add("a_ind_bijstand_2024", 139, "139", "Tabel 2.2, row 'Personen met een bijstandsuitkering per 10.000 inwoners', column 'Realisatie 2024'", ["bijstandsuitkering per 10.000"], unit="count")
    F.add("a_ind_st_cijfer_2024", 7.6, "7,6", "Tabel 2.2, row 'Rapportcijfer dienstverlening Sociaal Team', column 'Realisatie 2024'", ["Rapportcijfer dienstverlening"], unit="grade")
    F.add("a_ind_beweegt_2024", 61, "61%", "Tabel 2.2, row '% inwoners dat voldoende beweegt', column 'Realisatie 2024'", ["voldoende beweegt"], unit="percent")
    L.h2("Wat heeft het gekost?")
    L.caption("Tabel 2.3 Investeringen Programma 2 (bedragen in euro's)")
    L.table([30, 12, 13, 12, 12, 15], 1, 7.5)
    L.tr("h", "Investering", "Krediet", "Uitgaven t/m 2023", "Uitgaven 2024", "Restant krediet", "Stand van zaken")
    for n, kr, u23, u24, st in A.INVEST_P2:
        L.tr("n", n, th(kr), th(u23), th(u24), th(kr - u23 - u24), "{al=l}" + st)
    tk = [sum(i[j] for i in A.INVEST_P2) for j in (1, 2, 3)]
    L.tr("t", "Totaal", th(tk[0]), th(tk[1]), th(tk[2]), th(tk[0] - tk[1] - tk[2]), "")
    L.end()
    cs = A.INVEST_P2[0]
    F.add("a_inv_sporthal_2024", cs[3], th(cs[3]), "Tabel 2.3, row 'Combisporthal Dr. Mansveltkade', column 'Uitgaven 2024'", ["Combisporthal"])
    F.add("a_inv_sporthal_krediet", cs[1], th(cs[1]), "Tabel 2.3, row 'Combisporthal Dr. Mansveltkade', column 'Krediet'", ["Combisporthal"])
    F.add("a_inv_sporthal_restant", cs[1] - cs[2] - cs[3], th(cs[1] - cs[2] - cs[3]), "Tabel 2.3, row 'Combisporthal Dr. Mansveltkade', column 'Restant krediet'", ["Combisporthal"])
    F.add("a_inv_p2_total_2024", tk[2], th(tk[2]), "Tabel 2.3, row 'Totaal', column 'Uitgaven 2024'", ["Totaal"])
    out2 = prog_table("P2", 2, "Programma 2 Mens en Maatschappij")
    prog_facts("P2", out2, "2.4")
    dv = out2["Gerealiseerd resultaat"][3]
    L.h3("Toelichting op de verschillen")
    L.p(f"Programma 2 sluit met een nadelig verschil van {eur(-dv * 1000)} ten opzichte van de begroting na "
        f"wijziging (afgerond € {dec(rnd(-dv / 1000, 1), 1)} miljoen). Hieronder lichten we de verschillen "
        f"van meer dan € 150.000 toe.")
    F.add("a_p2_res_verschil", -dv * 1000, eur(-dv * 1000), "Programma 2 prose / Tabel 2.4 row 'Gerealiseerd resultaat' column 'Verschil' (N)", ["nadelig verschil"])
    dev = A.DEV
    items = [
        ("Jeugdhulp met verblijf", f"De kosten van jeugdhulp met verblijf waren {eur(dev[('6.73c', 'L')])} hoger dan begroot (N). "
         "Het aantal jeugdigen dat in een residentiële instelling of gezinshuis verblijft, steeg van 21 naar 29 en "
         "de tarieven van de instellingen gingen met gemiddeld 7% omhoog."),
        ("Jeugdhulp zonder verblijf", f"Ook de overige jeugdhulp zonder verblijf viel {eur(dev[('6.72d', 'L')])} hoger uit (N), "
         "vooral door langere trajecten bij specialistische ambulante hulp."),
        ("Opvang ontheemden Oekraïne", f"Voor de opvang van ontheemden uit Oekraïne ontvingen we {eur(dev[('6.1', 'B')])} meer "
         f"vergoeding van het Rijk dan begroot (V). De lasten waren {eur(dev[('6.1', 'L')])} hoger (N), doordat de "
         "opvanglocatie aan de Rijksstraatweg het hele jaar open bleef."),
        ("Inkomensregelingen", f"De rijksuitkering voor de bijstand (BUIG) was {eur(dev[('6.3', 'B')])} hoger dan begroot (V). "
         f"De uitkeringslasten waren {eur(dev[('6.3', 'L')])} hoger (N) door de indexatie van de uitkeringen per 1 juli."),
        ("Sportaccommodaties", f"Het groot onderhoud van gymzaal Burmanlaan is uitgesteld tot de nieuwbouw; daardoor waren de "
         f"lasten {eur(-dev[('5.2', 'L')])} lager (V)."),
        ("Huishoudelijke hulp", f"De kosten van huishoudelijke hulp waren {eur(-dev[('6.71a', 'L')])} lager (V), omdat er minder "
         "nieuwe cliënten waren dan verwacht."),
        ("Onderwijshuisvesting", f"De kapitaallasten van onderwijshuisvesting waren {eur(-dev[('4.2', 'L')])} lager (V) door "
         "vertraging van de verduurzaming van schoolgebouwen."),
    ]
    for lbl, t in items:
        L.pb(lbl)
        L.p(t)
    F.add("a_dev_jeugd_verblijf", dev[("6.73c", "L")], eur(dev[("6.73c", "L")]), "Programma 2 toelichting: jeugdhulp met verblijf hoger dan begroot (N)", ["Jeugdhulp met verblijf"])
    F.add("a_dev_jeugd_zonder", dev[("6.72d", "L")], eur(dev[("6.72d", "L")]), "Programma 2 toelichting: jeugdhulp zonder verblijf hoger (N)", ["zonder verblijf"])
    F.add("a_dev_oekraine_baten", dev[("6.1", "B")], eur(dev[("6.1", "B")]), "Programma 2 toelichting: opvang Oekraïne hogere vergoeding (V)", ["Oekraïne"])
    F.add("a_dev_oekraine_lasten", dev[("6.1", "L")], eur(dev[("6.1", "L")]), "Programma 2 toelichting: opvang Oekraïne hogere lasten (N)", ["Oekraïne"])
    F.add("a_dev_buig", dev[("6.3", "B")], eur(dev[("6.3", "B")]), "Programma 2 toelichting: BUIG hoger (V)", ["BUIG"])
    F.add("a_dev_hh", -dev[("6.71a", "L")], eur(-dev[("6.71a", "L")]), "Programma 2 toelichting: huishoudelijke hulp lager (V)", ["Huishoudelijke hulp"])
    F.add("a_dev_sport", -dev[("5.2", "L")], eur(-dev[("5.2", "L")]), "Programma 2 toelichting: sportaccommodaties lager (V)", ["Sportaccommodaties"])

    # ================= P3
    L.page()
    L.h1("Programma 3 Bestuur en Middelen", "p3")
    L.h2("Wat willen we bereiken?")
    L.p("Een betrouwbaar en dichtbij bestuur, met goede dienstverlening aan inwoners en ondernemers en een "
        "gezonde financiële positie. Wassenaar blijft een zelfstandige gemeente die goed samenwerkt in de regio.")
    L.h2("Wat hebben we daarvoor gedaan?")
    L.p("De publieksbalie heeft in 2024 6.214 paspoorten en identiteitskaarten uitgegeven (2023: 5.470). "
        "Inwoners gaven de dienstverlening aan de balie gemiddeld een 8,1. Sinds september kunnen inwoners "
        "ook op zaterdagochtend een afspraak maken. Voor ondernemers is een ondernemersloket ingericht in het "
        "gemeentehuis.")
    F.add("a_paspoorten", 6214, "6.214", "Programma 3 prose: paspoorten en identiteitskaarten 2024", ["paspoorten"], unit="count")
    F.add("a_balie_cijfer", 8.1, "8,1", "Programma 3 prose: rapportcijfer balie", ["balie"], unit="grade")
    L.h2("Wat heeft het gekost?")
    out3 = prog_table("P3", 3, "Programma 3 Bestuur en Middelen")
    prog_facts("P3", out3, "3.2")
    L.p("De onttrekking aan de reserve reorganisatie betreft de kosten van de nieuwe organisatie na de "
        "ontvlechting van de werkorganisatie.")

    # ================= P4
    L.h1("Programma 4 Fysieke Leefomgeving", "p4")
    L.h2("Wat willen we bereiken?")
    L.p("Voldoende en betaalbare woningen voor jong en oud, een aantrekkelijk dorpscentrum en een zorgvuldige "
        "omgang met het groene karakter en de monumenten van Wassenaar.")
    L.h2("Wat hebben we daarvoor gedaan?")
    L.p("In 2024 zijn 86 woningen opgeleverd, waarvan 31 sociale huurwoningen. Er zijn 412 aanvragen voor een "
        "omgevingsvergunning behandeld. De sanering van de gemeentewerf is gestart; de kosten daarvan zijn "
        f"gedekt uit de algemene reserve ({eur(1386000)}).")
    F.add("a_woningen_opgeleverd", 86, "86", "Programma 4 prose: opgeleverde woningen 2024", ["woningen opgeleverd"], unit="count")
    F.add("a_sociale_huur", 31, "31", "Programma 4 prose: sociale huurwoningen 2024", ["sociale huurwoningen"], unit="count")
    L.h2("Wat heeft het gekost?")
    out4 = prog_table("P4", 4, "Programma 4 Fysieke Leefomgeving")
    prog_facts("P4", out4, "4.2")

    # ================= P5
    L.page()
    L.h1("Programma 5 Natuur, Klimaat en Mobiliteit", "p5")
    L.h2("Wat willen we bereiken?")
    L.p("Een groen, schoon en duurzaam Wassenaar met veilige wegen en fietspaden. We willen minder restafval "
        "en meer hergebruik van grondstoffen.")
    L.h2("Wat hebben we daarvoor gedaan?")
    L.p("De hoeveelheid restafval daalde naar 162 kilo per inwoner (2023: 171 kilo). Het aandeel gescheiden "
        "ingezameld afval steeg naar 61,4%. De kosten van afvalinzameling door Avalex vielen hoger uit dan "
        f"begroot door een nacalculatie over 2023 ({eur(dev[('7.3', 'L')])}, N). Er is 3,2 kilometer fietspad "
        "vernieuwd langs de Katwijkseweg.")
    F.add("a_restafval", 162, "162", "Programma 5 prose: restafval kilo per inwoner 2024", ["restafval"], unit="count")
    F.add("a_gescheiden", 61.4, "61,4%", "Programma 5 prose: aandeel gescheiden afval 2024", ["gescheiden"], unit="percent")
    F.add("a_dev_avalex", dev[("7.3", "L")], eur(dev[("7.3", "L")]), "Programma 5 prose: nacalculatie Avalex (N)", ["nacalculatie"])
    L.h2("Wat heeft het gekost?")
    out5 = prog_table("P5", 5, "Programma 5 Natuur, Klimaat en Mobiliteit")
    prog_facts("P5", out5, "5.2")

    # ================= ADM + OVH
    L.h1("Algemene dekkingsmiddelen en overhead", "adm")
    d07 = tv["0.7"]["rb"] - tv["0.7"]["bb"]
    dovh = -dev[("0.4", "L")]
    L.p(f"De algemene uitkering uit het gemeentefonds bedroeg {eur(tv['0.7']['rb'])}. Dat is {eur(d07)} meer "
        f"dan in de begroting na wijziging (V), vooral door de decembercirculaire 2024 en de hogere uitkering "
        f"voor de opvang van ontheemden. De opbrengst van de onroerendezaakbelasting voor woningen was "
        f"{eur(tv['0.61']['rb'])}.")
    F.add("a_au_real", tv["0.7"]["rb"], eur(tv["0.7"]["rb"]), "Algemene dekkingsmiddelen prose: algemene uitkering 2024", ["algemene uitkering"])
    F.add("a_au_dev", d07, eur(d07), "Algemene dekkingsmiddelen prose: algemene uitkering hoger dan begroot (V)", ["algemene uitkering"])
    F.add("a_ozb_won_prose", tv["0.61"]["rb"], eur(tv["0.61"]["rb"]), "Algemene dekkingsmiddelen prose: opbrengst OZB woningen", ["onroerendezaakbelasting"])
    L.p(f"De overheadkosten waren {eur(dovh)} lager dan begroot (V), doordat vacatures bij de afdelingen "
        f"Financiën en ICT langer openstonden.")
    F.add("a_dev_overhead", dovh, eur(dovh), "Overhead prose: lager dan begroot (V)", ["overheadkosten"])

    # ================= Paragraaf lokale heffingen
    L.page()
    L.h1("Paragraaf Lokale heffingen", "ph")
    L.p("In deze paragraaf verantwoorden we de opbrengst van de gemeentelijke belastingen en heffingen in 2024. "
        "De tarieven zijn in 2024 met 3,2% verhoogd, zoals in de begroting was voorzien.")
    L.caption("Tabel 8.1 Opbrengst belastingen en heffingen 2024 (x € 1.000)")
    L.table([44, 16, 14, 12, 6], 1, 8)
    L.tr("h", "Belasting of heffing", "Begroting 2024 na wijziging", "Realisatie 2024", "Verschil", "V/N")
    hrows = []
    for lbl, b, r in A.HEFFINGEN:
        if lbl == "OZB woningen":
            b, r = k(tv["0.61"]["bb"]), k(tv["0.61"]["rb"])
        if lbl == "OZB niet-woningen":
            b, r = k(tv["0.62"]["bb"]), k(tv["0.62"]["rb"])
        hrows.append((lbl, b, r))
        L.tr("n", lbl, th(b), th(r), num(r - b), vn(r - b))
    sb, sr = sum(x[1] for x in hrows), sum(x[2] for x in hrows)
    L.tr("b", "Subtotaal bruto opbrengst", th(sb), th(sr), num(sr - sb), vn(sr - sb))
    kb, kr = -A.KWIJT_BEGR_K, -k(A.KWIJT_REAL)
    L.tr("n", "Kwijtschelding", num(kb), num(kr), num(kr - kb), vn(kr - kb))
    L.tr("t", "Netto opbrengst", th(sb + kb), th(sr + kr), num(sr + kr - sb - kb), vn(sr + kr - sb - kb))
    L.end()
    for lbl, b, r in hrows:
        key = lbl.split(" ")[0].lower() + ("_nw" if "niet" in lbl else "")
        F.add(f"a_heff_{key}_real", r * 1000, th(r), f"Tabel 8.1 (x € 1.000), row '{lbl}', column 'Realisatie 2024'", [lbl])
        F.add(f"a_heff_{key}_begr", b * 1000, th(b), f"Tabel 8.1 (x € 1.000), row '{lbl}', column 'Begroting 2024 na wijziging'", [lbl])
    F.add("a_heff_netto_real", (sr + kr) * 1000, th(sr + kr), "Tabel 8.1 (x € 1.000), row 'Netto opbrengst', column 'Realisatie 2024'", ["Netto opbrengst"])
    F.add("a_kwijt_k", -kr * 1000, num(kr), "Tabel 8.1 (x € 1.000), row 'Kwijtschelding', column 'Realisatie 2024'", ["Kwijtschelding"])
    L.p(f"In 2024 zijn {A.KWIJT_AANTAL} verzoeken om kwijtschelding toegekend (2023: {A.KWIJT_AANTAL_2023}). Het totaal "
        f"kwijtgescholden bedrag was {eur(A.KWIJT_REAL)}. De toeristenbelasting bracht meer op dan begroot door "
        f"een recordaantal overnachtingen op de campings en in de hotels.")
    F.add("a_kwijt_aantal", A.KWIJT_AANTAL, str(A.KWIJT_AANTAL), "Paragraaf lokale heffingen prose: toegekende kwijtscheldingsverzoeken 2024", ["kwijtschelding"], unit="count")
    F.add("a_kwijt_bedrag", A.KWIJT_REAL, eur(A.KWIJT_REAL), "Paragraaf lokale heffingen prose: kwijtgescholden bedrag", ["kwijtgescholden"])
    L.h2("Kostendekkendheid")
    L.p("De afvalstoffenheffing en de riool- en waterzorgheffing mogen niet meer opbrengen dan de kosten. "
        "De werkelijke kostendekkendheid in 2024 was 97,4% voor de afvalstoffenheffing en 98,1% voor de "
        "riool- en waterzorgheffing. Het tekort op afval komt door de nacalculatie van Avalex.")
    F.add("a_kd_afval", 97.4, "97,4%", "Paragraaf lokale heffingen prose: kostendekkendheid afvalstoffenheffing 2024", ["kostendekkendheid"], unit="percent")
    F.add("a_kd_riool", 98.1, "98,1%", "Paragraaf lokale heffingen prose: kostendekkendheid riool 2024", ["kostendekkendheid"], unit="percent")

    # ================= Paragraaf weerstandsvermogen
    L.h1("Paragraaf Weerstandsvermogen en risicobeheersing", "pw")
    beschikbaar = alg_end * 1000
    ratio = beschikbaar / A.BENODIGD_WEERSTAND
    L.p(f"De beschikbare weerstandscapaciteit bestaat uit de algemene reserves en bedroeg op 31 december 2024 "
        f"{eur(beschikbaar)}. De benodigde weerstandscapaciteit op basis van de risico-inventarisatie is "
        f"{eur(A.BENODIGD_WEERSTAND)}. De ratio weerstandsvermogen is daarmee {dec(ratio, 1)}. Dat valt in "
        f"klasse A: uitstekend. De raad hanteert een ondergrens van 2,0.")
    F.add("a_weerstand_beschikbaar", beschikbaar, eur(beschikbaar), "Paragraaf weerstandsvermogen prose: beschikbare weerstandscapaciteit 31-12-2024", ["beschikbare weerstandscapaciteit"])
    F.add("a_weerstand_benodigd", A.BENODIGD_WEERSTAND, eur(A.BENODIGD_WEERSTAND), "Paragraaf weerstandsvermogen prose: benodigde weerstandscapaciteit", ["benodigde weerstandscapaciteit"])
    F.add("a_weerstand_ratio", rnd(ratio, 1), dec(ratio, 1), "Paragraaf weerstandsvermogen prose: ratio weerstandsvermogen", ["ratio weerstandsvermogen"], unit="ratio")
    L.caption("Tabel 8.2 Financiële kengetallen")
    L.table([52, 13, 13, 14], 1, 8)
    L.tr("h", "Kengetal", "Rekening 2023", "Rekening 2024", "Norm (categorie A)")
    for r in A.KENGETALLEN:
        L.tr("n", *r)
    L.end()
    F.add("a_solv_2024", 66, "66%", "Tabel 8.2, row '2. Solvabiliteitsratio', column 'Rekening 2024'", ["Solvabiliteitsratio"], unit="percent")
    F.add("a_solv_2023", 64, "64%", "Tabel 8.2, row '2. Solvabiliteitsratio', column 'Rekening 2023'", ["Solvabiliteitsratio"], unit="percent")
    F.add("a_nsq_2024", 19, "19%", "Tabel 8.2, row '1a. Netto schuldquote', column 'Rekening 2024'", ["Netto schuldquote"], unit="percent")
    F.add("a_sexr_2024", 2.31, "2,31%", "Tabel 8.2, row '3. Structurele exploitatieruimte', column 'Rekening 2024'", ["Structurele exploitatieruimte"], unit="percent")

    # ================= Paragraaf verbonden partijen
    L.page()
    L.h1("Paragraaf Verbonden partijen", "pv")
    L.p("Wassenaar voert een deel van zijn taken uit via gemeenschappelijke regelingen. De tabel geeft de "
        "werkelijke bijdrage van Wassenaar en het eigen en vreemd vermogen en het resultaat van elke partij "
        "volgens haar eigen jaarrekening 2024. Alle bedragen in euro's.")
    vps = A.vp_rows()
    L.caption("Tabel 9.1 Verbonden partijen (bedragen in euro's)")
    L.table([30, 11, 11, 12, 13, 11], 2, 7.5)
    L.tr("h", "{rs=2}Verbonden partij", "{cs=2}Bijdrage Wassenaar", "{cs=3}Gegevens verbonden partij 2024")
    L.tr("h", "2023", "2024", "Eigen vermogen 31-12", "Vreemd vermogen 31-12", "Resultaat")
    for n, b23, b24, ev_, vv, rs_ in vps:
        L.tr("n", n, th(b23), th(b24), th(ev_), th(vv), num(rs_))
    L.tr("t", "Totaal bijdragen", th(sum(v[1] for v in vps)), th(sum(v[2] for v in vps)), "", "", "")
    L.end()
    L.note("Bron: jaarrekeningen 2024 van de verbonden partijen (ontwerp). Een negatief resultaat is een tekort.")
    for n, b23, b24, ev_, vv, rs_ in vps:
        short = {"Veiligheidsregio Haaglanden (VRH)": "vrh", "GGD Haaglanden en Veilig Thuis Haaglanden": "ggd",
                 "Avalex": "avalex", "Belastingsamenwerking Gouwe-Rijnland (BSGR)": "bsgr",
                 "Omgevingsdienst Haaglanden (ODH)": "odh", "Servicepunt Jeugdhulp Haaglanden (SbJH)": "sbjh",
                 "Recreatieschap Duin en Geest": "rdg"}[n]
        F.add(f"a_vp_{short}_2024", b24, th(b24), f"Tabel 9.1, row '{n}', column 'Bijdrage Wassenaar 2024'", [n.split(' (')[0]])
        F.add(f"a_vp_{short}_2023", b23, th(b23), f"Tabel 9.1, row '{n}', column 'Bijdrage Wassenaar 2023'", [n.split(' (')[0]])
        F.add(f"a_vp_{short}_res", rs_, num(rs_), f"Tabel 9.1, row '{n}', column 'Resultaat'", [n.split(' (')[0]])
    F.add("a_vp_total_2024", sum(v[2] for v in vps), th(sum(v[2] for v in vps)), "Tabel 9.1, row 'Totaal bijdragen', column '2024'", ["Totaal bijdragen"])
    L.p("De GGD Haaglanden sloot 2024 af met een tekort. Het algemeen bestuur heeft besloten dit tekort te dekken "
        "uit de eigen reserves van de GGD; er is geen aanvullende bijdrage van de gemeenten nodig. Het "
        "Recreatieschap Duin en Geest is in 2024 als verbonden partij toegevoegd aan deze paragraaf.")

    # ================= Jaarrekening: overzicht baten en lasten (parentheses)
    L.page()
    L.h1("Jaarrekening: overzicht van baten en lasten", "jr")
    L.p("Het overzicht van baten en lasten vergelijkt de realisatie met de begroting na wijziging. Bedragen "
        "x € 1.000; lasten en nadelige bedragen staan tussen haakjes.")
    L.caption("Tabel 10.1 Overzicht van baten en lasten 2024 (x € 1.000)")
    L.table([28, 9, 9, 9, 9, 9, 9, 9, 5], 2, 7.5)
    L.tr("h", "{rs=2}Programma", "{cs=3}Begroting 2024 na wijziging", "{cs=3}Realisatie 2024", "{rs=2}Verschil saldo", "{rs=2}V/N")
    L.tr("h", "Baten", "Lasten", "Saldo", "Baten", "Lasten", "Saldo")
    PP = lambda v: num(v, "paren")
    names = {"P1": "Veiligheid en Handhaving", "P2": "Mens en Maatschappij", "P3": "Bestuur en Middelen",
             "P4": "Fysieke Leefomgeving", "P5": "Natuur, Klimaat en Mobiliteit", "ADM": "Algemene dekkingsmiddelen",
             "OVH": "Overhead", "VPB": "Heffing vennootschapsbelasting", "ONV": "Onvoorzien"}

    def orow(st, lbl, bb, bl, rb, rl):
        sb_, sr_ = bb - bl, rb - rl
        L.tr(st, lbl, th(bb), PP(-bl), PP(sb_), th(rb), PP(-rl), PP(sr_), PP(sr_ - sb_), vn(sr_ - sb_))
        return sr_ - sb_
    for i, g in enumerate(prog):
        orow("n", f"P{i + 1} {names[g]}", P[g]["bb"], P[g]["bl"], P[g]["rb"], P[g]["rl"])
    orow("b", "Totaal programma's", TP["bb"], TP["bl"], TP["rb"], TP["rl"])
    for g in ("ADM", "OVH", "VPB", "ONV"):
        orow("n", names[g], P[g]["bb"], P[g]["bl"], P[g]["rb"], P[g]["rl"])
    orow("b", "Saldo van baten en lasten", T["bb"], T["bl"], T["rb"], T["rl"])
    orow("n", "Toevoegingen aan reserves", 0, T["to_b"], 0, T["to_r"])
    orow("n", "Onttrekkingen aan reserves", T["on_b"], 0, T["on_r"], 0)
    orow("t", "Gerealiseerd resultaat", T["bb"] + T["on_b"], T["bl"] + T["to_b"], T["rb"] + T["on_r"], T["rl"] + T["to_r"])
    L.end()
    L.note("De algemene dekkingsmiddelen, de overhead, de heffing vennootschapsbelasting en onvoorzien horen bij "
           "taakveld 0 en zijn apart zichtbaar gemaakt. Door afronding op duizenden euro's kunnen de bedragen "
           "afwijken van de bijlage per taakveld.")
    F.add("a_jr_lasten_total", T["rl"] * 1000, PP(-T["rl"]), "Tabel 10.1 (x € 1.000), row 'Saldo van baten en lasten', column 'Realisatie 2024 Lasten'", ["Saldo van baten en lasten"])
    F.add("a_jr_baten_total", T["rb"] * 1000, th(T["rb"]), "Tabel 10.1 (x € 1.000), row 'Saldo van baten en lasten', column 'Realisatie 2024 Baten'", ["Saldo van baten en lasten"])
    F.add("a_jr_saldo", (T["rb"] - T["rl"]) * 1000, PP(T["rb"] - T["rl"]), "Tabel 10.1 (x € 1.000), row 'Saldo van baten en lasten', column 'Realisatie 2024 Saldo'", ["Saldo van baten en lasten"])
    F.add("a_jr_prog_lasten", TP["rl"] * 1000, PP(-TP["rl"]), "Tabel 10.1 (x € 1.000), row 'Totaal programma's', column 'Realisatie 2024 Lasten'", ["Totaal programma's"])
    F.add("a_jr_res", res_r * 1000, PP(res_r), "Tabel 10.1 (x € 1.000), row 'Gerealiseerd resultaat', column 'Realisatie 2024 Saldo'", ["Gerealiseerd resultaat"])
    F.add("a_jr_ovh_lasten", P["OVH"]["rl"] * 1000, PP(-P["OVH"]["rl"]), "Tabel 10.1 (x € 1.000), row 'Overhead', column 'Realisatie 2024 Lasten'", ["Overhead"])
    F.add("a_jr_onttr", T["on_r"] * 1000, th(T["on_r"]), "Tabel 10.1 (x € 1.000), row 'Onttrekkingen aan reserves', column 'Realisatie 2024 Baten'", ["Onttrekkingen aan reserves"])
    F.add("a_jr_adm_baten", P["ADM"]["rb"] * 1000, th(P["ADM"]["rb"]), "Tabel 10.1 (x € 1.000), row 'Algemene dekkingsmiddelen', column 'Realisatie 2024 Baten'", ["Algemene dekkingsmiddelen"])

    # ================= Balans (years in descending order)
    L.page()
    L.h1("Balans per 31 december 2024", "bal")
    L.caption("Tabel 11.1 Balans (x € 1.000)")
    L.table([60, 15, 15], 1, 8)
    L.tr("h", "Activa", "31 december 2024", "31 december 2023")
    L.tr("s", "{cs=3}Vaste activa")
    for lbl, v in B["activa"][:3]:
        L.tr("n", lbl, th(v[0]), th(v[1]))
    va = [sum(v[i] for _, v in B["activa"][:3]) for i in (0, 1)]
    L.tr("b", "Totaal vaste activa", th(va[0]), th(va[1]))
    L.tr("s", "{cs=3}Vlottende activa")
    for lbl, v in B["activa"][3:]:
        L.tr("n", lbl, th(v[0]), th(v[1]))
    L.tr("b", "Totaal vlottende activa", th(act[0] - va[0]), th(act[1] - va[1]))
    L.tr("t", "Totaal activa", th(act[0]), th(act[1]))
    L.tr("h", "Passiva", "31 december 2024", "31 december 2023")
    L.tr("s", "{cs=3}Vaste passiva")
    L.tr("n", "Algemene reserves", th(alg_end), th(sumr(alg, 1)))
    L.tr("n", "Bestemmingsreserves", th(sumr(bes, 5)), th(sumr(bes, 1)))
    L.tr("n", "Gerealiseerd resultaat", th(res_r), th(res_2023))
    L.tr("b", "Eigen vermogen", th(ev[0]), th(ev[1]))
    L.tr("n", "Voorzieningen", th(B["voorzieningen"][0]), th(B["voorzieningen"][1]))
    L.tr("n", "Vaste schulden met een rentetypische looptijd van één jaar of langer", th(B["vaste_schulden"][0]), th(B["vaste_schulden"][1]))
    vp_ = [ev[i] + B["voorzieningen"][i] + B["vaste_schulden"][i] for i in (0, 1)]
    L.tr("b", "Totaal vaste passiva", th(vp_[0]), th(vp_[1]))
    L.tr("s", "{cs=3}Vlottende passiva")
    L.tr("n", "Netto vlottende schulden met een rentetypische looptijd korter dan één jaar", th(nvs[0]), th(nvs[1]))
    L.tr("n", "Overlopende passiva", th(B["overlopende_passiva"][0]), th(B["overlopende_passiva"][1]))
    L.tr("b", "Totaal vlottende passiva", th(nvs[0] + B["overlopende_passiva"][0]), th(nvs[1] + B["overlopende_passiva"][1]))
    L.tr("t", "Totaal passiva", th(act[0]), th(act[1]))
    L.end()
    L.note("Het gerealiseerde resultaat 2023 is in 2024 na besluit van de raad toegevoegd aan de algemene reserve "
           "(zie de toelichting op de reserves).")
    F.add("a_bal_total_2024", act[0] * 1000, th(act[0]), "Tabel 11.1 (x € 1.000), row 'Totaal activa', column '31 december 2024'", ["Totaal activa"])
    F.add("a_bal_total_2023", act[1] * 1000, th(act[1]), "Tabel 11.1 (x € 1.000), row 'Totaal activa', column '31 december 2023'", ["Totaal activa"])
    F.add("a_bal_liquide_2024", B["activa"][5][1][0] * 1000, th(B["activa"][5][1][0]), "Tabel 11.1 (x € 1.000), row 'Liquide middelen', column '31 december 2024'", ["Liquide middelen"])
    F.add("a_bal_liquide_2023", B["activa"][5][1][1] * 1000, th(B["activa"][5][1][1]), "Tabel 11.1 (x € 1.000), row 'Liquide middelen', column '31 december 2023'", ["Liquide middelen"])
    F.add("a_bal_vaste_schulden_2024", B["vaste_schulden"][0] * 1000, th(B["vaste_schulden"][0]), "Tabel 11.1 (x € 1.000), row 'Vaste schulden ...', column '31 december 2024'", ["Vaste schulden"])
    F.add("a_bal_ev_2024", ev[0] * 1000, th(ev[0]), "Tabel 11.1 (x € 1.000), row 'Eigen vermogen', column '31 december 2024'", ["Eigen vermogen"])
    F.add("a_bal_ev_2023", ev[1] * 1000, th(ev[1]), "Tabel 11.1 (x € 1.000), row 'Eigen vermogen', column '31 december 2023'", ["Eigen vermogen"])

    # ================= Reserves
    L.h1("Toelichting reserves", "res")
    L.caption("Tabel 11.2 Verloop van de reserves in 2024 (x € 1.000)")
    L.table([36, 11, 12, 11, 11, 11], 2, 7.5)
    L.tr("h", "{rs=2}Reserve", "{rs=2}Stand 1 januari 2024", "{cs=3}Mutaties 2024", "{rs=2}Stand 31 december 2024")
    L.tr("h", "Bestemming resultaat 2023", "Toevoegingen", "Onttrekkingen")
    for r in alg:
        L.tr("n", r[0], th(r[1]), th(r[2]), th(r[3]), num(-r[4]), th(r[5]))
    L.tr("b", "Totaal algemene reserves", *[th(sumr(alg, i)) if i != 4 else num(-sumr(alg, 4)) for i in (1, 2, 3, 4, 5)])
    for r in bes:
        L.tr("n", r[0], th(r[1]), th(r[2]), th(r[3]), num(-r[4]), th(r[5]))
    L.tr("b", "Totaal bestemmingsreserves", *[th(sumr(bes, i)) if i != 4 else num(-sumr(bes, 4)) for i in (1, 2, 3, 4, 5)])
    L.tr("t", "Totaal reserves", *[th(sumr(reserves, i)) if i != 4 else num(-sumr(reserves, 4)) for i in (1, 2, 3, 4, 5)])
    L.end()
    assert sumr(reserves, 4) == T["on_r"] and sumr(reserves, 3) == T["to_r"]
    for r in reserves:
        short = r[0].replace("Algemene reserve", "AR").replace("BR ", "").split(" (")[0].split(" ")[0].lower()
        if r[0] == "Algemene reserve weerstandsvermogen":
            short = "ar_weerstand"
        F.add(f"a_res_{short}_eind", r[5] * 1000, th(r[5]), f"Tabel 11.2 (x € 1.000), row '{r[0]}', column 'Stand 31 december 2024'", [r[0]])
        F.add(f"a_res_{short}_begin", r[1] * 1000, th(r[1]), f"Tabel 11.2 (x € 1.000), row '{r[0]}', column 'Stand 1 januari 2024'", [r[0]])
        if r[4]:
            F.add(f"a_res_{short}_onttr", r[4] * 1000, num(-r[4]), f"Tabel 11.2 (x € 1.000), row '{r[0]}', column 'Onttrekkingen'", [r[0]])
    F.add("a_res_total_eind", res_end * 1000, th(res_end), "Tabel 11.2 (x € 1.000), row 'Totaal reserves', column 'Stand 31 december 2024'", ["Totaal reserves"])
    L.p("De toevoeging aan de reserve grote projecten van € 2.500.000 is bestemd voor de combisporthal en de "
        "herinrichting van het dorpscentrum. De onttrekking aan de reserve uitvoering Sociaal domein dekt de "
        "extra inzet op vroegsignalering en het logeerhuis De Duinroos.")

    # ================= Bijlage taakvelden (euros, continued table)
    L.h1("Bijlage: baten en lasten per taakveld", "tv")
    L.p("Onderstaand overzicht volgt de indeling in taakvelden van het Besluit begroting en verantwoording. "
        "Bedragen in euro's. Baten en lasten staan allebei als positief bedrag.")
    L.caption("Tabel 12.1 Baten en lasten per taakveld 2024 (bedragen in euro's)")
    L.table([40, 15, 15, 15, 15], 2, 7.5, "Tabel 12.1 Baten en lasten per taakveld 2024 (vervolg)")
    L.tr("h", "{rs=2}Taakveld", "{cs=2}Begroting 2024 na wijziging", "{cs=2}Realisatie 2024")
    L.tr("h", "Lasten", "Baten", "Lasten", "Baten")
    order = prog + ["ADM", "OVH"]
    for g in order:
        L.tr("s", "{cs=5}" + A.GNAME[g])
        rs_ = [r for r in rows if r["grp"] == g]
        for r in rs_:
            L.tr("n", f"{r['code']} {r['name']}", th(r["bl"]), th(r["bb"]), th(r["rl"]), th(r["rb"]))
            F.add(f"a_tv_{r['code']}_rl", r["rl"], th(r["rl"]), f"Tabel 12.1 (euro's), row '{r['code']} {r['name']}', column 'Realisatie 2024 Lasten'", [r["name"]])
            F.add(f"a_tv_{r['code']}_rb", r["rb"], th(r["rb"]), f"Tabel 12.1 (euro's), row '{r['code']} {r['name']}', column 'Realisatie 2024 Baten'", [r["name"]])
            F.add(f"a_tv_{r['code']}_bl", r["bl"], th(r["bl"]), f"Tabel 12.1 (euro's), row '{r['code']} {r['name']}', column 'Begroting 2024 na wijziging Lasten'", [r["name"]])
            F.add(f"a_tv_{r['code']}_bb", r["bb"], th(r["bb"]), f"Tabel 12.1 (euro's), row '{r['code']} {r['name']}', column 'Begroting 2024 na wijziging Baten'", [r["name"]])
        gsum = {c: sum(r[c] for r in rs_) for c in ("bl", "bb", "rl", "rb")}
        L.tr("b", "Subtotaal " + A.GNAME[g], th(gsum["bl"]), th(gsum["bb"]), th(gsum["rl"]), th(gsum["rb"]))
        F.add(f"a_tvsub_{g}_rl", gsum["rl"], th(gsum["rl"]), f"Tabel 12.1 (euro's), row 'Subtotaal {A.GNAME[g]}', column 'Realisatie 2024 Lasten'", ["Subtotaal"])
        F.add(f"a_tvsub_{g}_rb", gsum["rb"], th(gsum["rb"]), f"Tabel 12.1 (euro's), row 'Subtotaal {A.GNAME[g]}', column 'Realisatie 2024 Baten'", ["Subtotaal"])
        F.add(f"a_tvsub_{g}_bl", gsum["bl"], th(gsum["bl"]), f"Tabel 12.1 (euro's), row 'Subtotaal {A.GNAME[g]}', column 'Begroting na wijziging Lasten'", ["Subtotaal"])
    tl = {c: sum(r[c] for r in rows) for c in ("bl", "bb", "rl", "rb")}
    L.tr("b", "Totaal taakvelden", th(tl["bl"]), th(tl["bb"]), th(tl["rl"]), th(tl["rb"]))
    on_b, to_b = sum(A.RES_ONTTR_BEGR.values()), sum(A.RES_TOEV_BEGR.values())
    on_r, to_r = sum(a for _, _, a in A.RES_ONTTR_REAL), sum(a for _, _, a in A.RES_TOEV_REAL)
    L.tr("n", "0.10 Mutaties reserves", th(to_b), th(on_b), th(to_r), th(on_r))
    rb_b = tl["bb"] + on_b - tl["bl"] - to_b
    rb_r = tl["rb"] + on_r - tl["rl"] - to_r
    assert rb_r == A.TARGET_RESULT and rb_b == A.TARGET_BEGR_RESULT
    L.tr("t", "0.11 Resultaat van de rekening van baten en lasten", th(rb_b) if rb_b > 0 else "0",
         th(-rb_b) if rb_b < 0 else "0", th(rb_r) if rb_r > 0 else "0", th(-rb_r) if rb_r < 0 else "0")
    L.end()
    L.note("Bij taakveld 0.11 staat een voordelig resultaat in de kolom lasten en een nadelig resultaat in de kolom "
           "baten, zodat de totalen sluiten. In de begroting 2024 na wijziging is bij taakveld 0.8 € 26.000 voor "
           "onvoorzien opgenomen.")
    F.add("a_tv_total_rl", tl["rl"], th(tl["rl"]), "Tabel 12.1 (euro's), row 'Totaal taakvelden', column 'Realisatie 2024 Lasten'", ["Totaal taakvelden"])
    F.add("a_tv_total_rb", tl["rb"], th(tl["rb"]), "Tabel 12.1 (euro's), row 'Totaal taakvelden', column 'Realisatie 2024 Baten'", ["Totaal taakvelden"])
    return L, F, dict(rows=rows, groups=groups, P=P, T=T, seed=seed)


if __name__ == "__main__":
    L, F, d = build()
    os.makedirs(os.path.join(HERE, "build"), exist_ok=True)
    L.write(os.path.join(HERE, "build", "doc_a.dsl"))
    F.dump(os.path.join(HERE, "build", "facts_a.json"))
    print("doc_a: facts", len(F.items), "seed", d["seed"])
