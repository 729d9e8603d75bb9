"""Layout of the FICTIONAL document 'Recreatieschap Duin en Geest - Begroting 2026'.
Writes build/doc_b.dsl and build/facts_b.json."""
import os
from dsl import Layout, Facts, th, num, dec, eur, eurc, rnd
import doc_b_data as D

HERE = os.path.dirname(os.path.abspath(__file__))
DOC_ID = "recreatieschap-duin-en-geest-begroting-2026"
YL = {"R2024": "Rekening 2024", "B2025": "Begroting 2025", "B2026": "Begroting 2026"}


def build():
    d = D.compute()
    L = Layout()
    F = Facts(DOC_ID)
    L.meta("title", "Recreatieschap Duin en Geest - Begroting 2026 (FICTIEF testdocument)")
    L.meta("author", "set-bk evaluation generator")
    L.meta("subject", "Fictief document: alle bedragen verzonnen")
    L.meta("footer", "FICTIEF DOCUMENT - alle bedragen, aantallen, tarieven en percentages zijn verzonnen; geen officiële publicatie")
    L.meta("header", "Recreatieschap Duin en Geest  |  Begroting 2026 en meerjarenraming 2027-2029")

    tot, mj, con = d["tot"], d["mj"], d["contrib"]
    wass = "Gemeente Wassenaar"
    inc = D.CONTRIB_TOTAL["B2026"] - D.CONTRIB_TOTAL["B2025"]
    inc_pct = inc / D.CONTRIB_TOTAL["B2025"] * 100

    # ---------------- cover
    L.page()
    L.sp(90)
    L.big(30, "Recreatieschap Duin en Geest")
    L.big(22, "Begroting 2026")
    L.big(14, "en meerjarenraming 2027-2029")
    L.sp(10)
    L.p("Ontwerpbegroting, aangeboden aan de deelnemers voor een zienswijze op 14 april 2025. "
        "Vaststelling door het Algemeen Bestuur is voorzien op 3 juli 2025.")
    L.sp(20)
    L.box("FICTIEF DOCUMENT",
          "Dit document is verzonnen voor het testen van een assistent. Het recreatieschap en alle "
          "bedragen, aantallen, tarieven en percentages zijn fictief. Het is geen officiële publicatie "
          "van de genoemde provincie of gemeenten.")
    L.sp(30)
    L.note("Recreatieschap Duin en Geest is een gemeenschappelijke regeling (openbaar lichaam) van de provincie "
           "Zuid-Holland en de gemeenten Wassenaar, Katwijk, Leiden en Voorschoten.")

    # ---------------- inhoud + aanbieding
    L.page()
    L.h1("Inhoudsopgave")
    for key, label in [("aanb", "Aanbiedingsbrief"), ("h1", "1. Het recreatieschap in het kort"),
                       ("h2", "2. Programma's"), ("h3", "3. Overzicht baten en lasten en meerjarenraming"),
                       ("h4", "4. Bijdragen van de deelnemers"), ("h5", "5. Tarieven 2026"),
                       ("h6", "6. Paragrafen"), ("h7", "7. Verschillen ten opzichte van de begroting 2025")]:
        L.toc(key, label)
    L.sp(8)
    L.h1("Aanbiedingsbrief", "aanb")
    L.p("Geachte leden van de colleges, de gemeenteraden en Provinciale Staten,")
    L.p(f"Hierbij bieden wij u de ontwerpbegroting 2026 en de meerjarenraming 2027-2029 van Recreatieschap "
        f"Duin en Geest aan. De begroting 2026 sluit na een onttrekking aan de reserves van "
        f"{eur(tot['B2026']['onttr'])} met een resultaat van nul. De totale lasten komen uit op "
        f"{eur(tot['B2026']['lasten'])}.")
    F.add("b_lasten_2026", tot["B2026"]["lasten"], eur(tot["B2026"]["lasten"]), "Aanbiedingsbrief, prose: totale lasten 2026")
    F.add("b_onttr_2026", tot["B2026"]["onttr"], eur(tot["B2026"]["onttr"]), "Aanbiedingsbrief, prose: onttrekking reserves 2026")
    L.p(f"De bijdrage van de deelnemers stijgt in 2026 met {eur(inc)} ({dec(inc_pct, 1)}%) naar "
        f"{eur(D.CONTRIB_TOTAL['B2026'])}. De stijging komt vooral door de loon- en prijsontwikkeling, de "
        f"kapitaallasten van het nieuwe toiletgebouw bij de strandopgang Wassenaarse Slag en het hogere "
        f"onderhoud van de duinpaden na de stormen van het afgelopen najaar. Voor de gemeente Wassenaar "
        f"betekent dit een bijdrage van {eur(con[wass]['B2026'])} in 2026.")
    F.add("b_contrib_inc", inc, eur(inc), "Aanbiedingsbrief, prose: stijging deelnemersbijdrage 2026")
    F.add("b_contrib_inc_pct", rnd(inc_pct, 1), dec(inc_pct, 1) + "%", "Aanbiedingsbrief, prose: stijging in %", unit="percent")
    L.p("In de meerjarenraming zien wij vanaf 2027 een structureel tekort, omdat de parkeeropbrengsten "
        "minder hard stijgen dan de kosten van beheer en onderhoud. Wij stellen voor in het najaar van 2025 "
        "een verkenning te doen naar een nieuwe verdeelsleutel en naar een hoger tarief voor bezoekers van "
        "buiten de regio. Wij vragen de deelnemers uiterlijk 20 juni 2025 hun zienswijze te geven.")
    L.p("Het Dagelijks Bestuur van Recreatieschap Duin en Geest")

    # ---------------- 1. in het kort
    L.page()
    L.h1("1. Het recreatieschap in het kort", "h1")
    L.h2("Doel en taken")
    L.p("Recreatieschap Duin en Geest beheert de natuur- en recreatiegebieden in de binnenduinrand tussen "
        "Katwijk en Wassenaar, waaronder de gebieden Lentevreugd, de Geestweide en het strandgebied bij de "
        "Wassenaarse Slag. Het doel van het recreatieschap is om deze gebieden open te houden voor "
        "wandelaars, fietsers en ruiters, de duinnatuur te beschermen en te herstellen en goede voorzieningen "
        "te bieden zoals parkeerterreinen, toiletten en strandopgangen.")
    L.p("Het recreatieschap heeft geen eigen belastinggebied. De lasten worden gedekt uit parkeeropbrengsten, "
        "pachten, subsidies en de jaarlijkse bijdrage van de deelnemers volgens de verdeelsleutel in de "
        "gemeenschappelijke regeling.")
    L.h2("Bestuur")
    L.p("Het Algemeen Bestuur telt zeven leden: twee gedeputeerden of statenleden van de provincie en één "
        "wethouder per gemeente. Het Dagelijks Bestuur bestaat uit drie leden. De uitvoering ligt bij een "
        "kleine ambtelijke organisatie met een eigen terreinploeg, gevestigd in Wassenaar.")
    L.h2("Kerngetallen")
    L.caption("Tabel 1.1 Kerngetallen")
    L.table([44, 14, 14, 14], 1, 8.5)
    L.tr("h", "Kerngetal", "Rekening 2024", "Begroting 2025", "Begroting 2026")
    for label, unit, a, b, c in D.KERN:
        def f(v):
            return dec(v, 1) if isinstance(v, float) else th(v)
        L.tr("n", label, f(a), f(b), f(c))
    L.end()
    for label, unit, a, b, c in D.KERN:
        key = {"Bezoekers (schatting)": "bezoekers", "Parkeerplaatsen": "parkeerplaatsen",
               "Formatie (fte)": "fte", "Verkochte jaarkaarten parkeren": "jaarkaarten",
               "Beheerd areaal (hectare)": "areaal", "Fietspaden (km)": "fietspaden"}.get(label)
        if key:
            for y, v in (("R2024", a), ("B2025", b), ("B2026", c)):
                F.add(f"b_kern_{key}_{y}", v, dec(v, 1) if isinstance(v, float) else th(v),
                      f"Tabel 1.1 Kerngetallen, row '{label}', column '{YL[y]}'", [label], unit="count")
    L.note("Het aantal bezoekers is een schatting op basis van tellingen bij de parkeerterreinen en de "
           "fietstelpunten bij Lentevreugd en de Wassenaarse Slag.")

    # ---------------- 2. programma's
    L.page()
    L.h1("2. Programma's", "h2")
    texts = {
        1: dict(
            bereiken=["De duinen en de binnenduinrand blijven een gevarieerd en veerkrachtig natuurgebied, met "
                      "ruimte voor rust en beleving. Wij willen dat in 2026 ten minste 80% van het beheerde "
                      "areaal in een goede staat van instandhouding verkeert (2024: 74%)."],
            doen=["Wij herstellen 12 hectare open duin door het verwijderen van opslag van Amerikaanse vogelkers.",
                  "Wij vernieuwen de ruiterroute door de Geestweide en leggen 1,5 km nieuw wandelpad aan langs de "
                  "noordrand van Lentevreugd.",
                  "Wij zetten de begrazing met Schotse hooglanders voort en breiden die uit naar het deelgebied "
                  "Zuidduin."]),
        2: dict(
            bereiken=["Bezoekers vinden schone, veilige en goed bereikbare voorzieningen. Het recreatieschap wil "
                      "bij het bezoekersonderzoek minstens een 7,5 scoren voor de voorzieningen (2024: 7,2)."],
            doen=["Wij bouwen een nieuw toiletgebouw bij de strandopgang Wassenaarse Slag, met een "
                  "toegankelijk toilet en een buitendouche.",
                  "Wij voeren kentekenparkeren in op alle parkeerterreinen; de oude parkeerautomaten worden vervangen.",
                  "Wij verlengen de pachtovereenkomsten met de strandpaviljoens tot en met 2030."]),
        3: dict(
            bereiken=["Een wendbare en financieel gezonde organisatie die haar taken uitvoert binnen de "
                      "afgesproken bijdrage van de deelnemers."],
            doen=["Wij maken samen met de deelnemers een voorstel voor een nieuwe verdeelsleutel.",
                  "Wij besteden de financiële administratie en de salarisadministratie uit aan de gemeente Katwijk."]),
    }
    for prog in D.PROG:
        n = prog["nr"]
        if n == 3:
            L.page()
        L.h2(f"Programma {n} {prog['name']}")
        L.h3("Wat willen we bereiken?")
        for t in texts[n]["bereiken"]:
            L.p(t)
        L.h3("Wat gaan we daarvoor doen?")
        for t in texts[n]["doen"]:
            L.bul(t)
        L.h3("Wat mag het kosten?")
        L.caption(f"Tabel 2.{n} Lasten en baten programma {n} {prog['name']} (bedragen in euro's)")
        L.table([46, 15, 15, 15], 1, 8.5)
        L.tr("h", "Omschrijving", "Rekening 2024", "Begroting 2025", "Begroting 2026")
        L.tr("s", "{cs=4}Lasten")
        for label, v in prog["lasten"]:
            L.tr("n", label, *[th(x) for x in v])
        pt = d["prog"][n]
        L.tr("b", "Totaal lasten", *[th(pt["lasten"][y]) for y in D.YEARS])
        L.tr("s", "{cs=4}Baten")
        for label, v in prog["baten"]:
            L.tr("n", label, *[th(x) for x in v])
        L.tr("b", "Totaal baten", *[th(pt["baten"][y]) for y in D.YEARS])
        L.tr("t", "Saldo programma", *[num(pt["baten"][y] - pt["lasten"][y]) for y in D.YEARS])
        L.end()
        for y in D.YEARS:
            F.add(f"b_p{n}_lasten_{y}", pt["lasten"][y], th(pt["lasten"][y]),
                  f"Tabel 2.{n}, row 'Totaal lasten', column '{YL[y]}'", ["Totaal lasten"])
            F.add(f"b_p{n}_baten_{y}", pt["baten"][y], th(pt["baten"][y]),
                  f"Tabel 2.{n}, row 'Totaal baten', column '{YL[y]}'", ["Totaal baten"])
        for label, v in prog["lasten"] + prog["baten"]:
            for i, y in enumerate(D.YEARS):
                key = f"b_p{n}_{label.split(' ')[0].lower()}_{y}"
                if key not in F.items:
                    F.add(key, v[i], th(v[i]), f"Tabel 2.{n}, row '{label}', column '{YL[y]}'", [label])
        if n == 2:
            L.p("De parkeeropbrengsten 2026 zijn geraamd op basis van de nieuwe tarieven (zie hoofdstuk 5) en "
                "een licht hoger aantal bezoekers. De kapitaallasten stijgen door het toiletgebouw en de nieuwe "
                "parkeerautomaten.")

    # ---------------- 3. overzicht baten en lasten + meerjarenraming (x 1.000, negatives in parentheses)
    L.page()
    L.h1("3. Overzicht baten en lasten en meerjarenraming", "h3")
    L.p("In onderstaand overzicht staan de lasten en baten per programma voor de begroting 2026 en de jaren "
        "2027 tot en met 2029. Let op: in deze tabel zijn de bedragen afgerond op duizenden euro's; een "
        "nadelig saldo staat tussen haakjes.")
    L.caption("Tabel 3.1 Meerjarenraming 2026-2029 (x € 1.000)")
    L.table([40, 12, 12, 12, 12], 2, 8.5)
    L.tr("h", "{rs=2}Omschrijving", "Begroting", "{cs=3}Meerjarenraming")
    L.tr("h", "2026", "2027", "2028", "2029")
    k = lambda v: rnd(v / 1000)
    pn = {1: "Natuur en landschap", 2: "Recreatie en voorzieningen", 3: "Bestuur en bedrijfsvoering"}
    # printed values (x1000); totals are sums of printed parts
    pr = {}
    for y in D.MJ:
        m = mj[y]
        Lk = {n: k(m["L"][n]) for n in (1, 2, 3)}
        Bk = {n: k(m["B"][n]) for n in (1, 2, 3)}
        ck = k(D.CONTRIB_TOTAL[y])
        # totals are the rounded exact totals (as in real budgets), so a column may not add up by 1
        lt = k(m["lasten"]); bt = k(m["baten"])
        ok = k(m["onttr"])
        pr[y] = dict(Lk=Lk, Bk=Bk, ck=ck, lt=lt, bt=bt, saldo=k(m["saldo"]), onttr=ok, res=k(m["resultaat"]))
    P = lambda v: num(v, "paren")
    L.tr("s", "{cs=5}Lasten")
    for n in (1, 2, 3):
        L.tr("n", f"Programma {n} {pn[n]}", *[th(pr[y]["Lk"][n]) for y in D.MJ])
    L.tr("b", "Totaal lasten", *[th(pr[y]["lt"]) for y in D.MJ])
    L.tr("s", "{cs=5}Baten")
    for n in (1, 2, 3):
        L.tr("n", f"Programma {n} {pn[n]}", *[th(pr[y]["Bk"][n]) for y in D.MJ])
    L.tr("n", "Deelnemersbijdragen", *[th(pr[y]["ck"]) for y in D.MJ])
    L.tr("b", "Totaal baten", *[th(pr[y]["bt"]) for y in D.MJ])
    L.tr("b", "Saldo van baten en lasten", *[P(pr[y]["saldo"]) for y in D.MJ])
    L.tr("n", "Onttrekking reserves", *[th(pr[y]["onttr"]) for y in D.MJ])
    L.tr("t", "Resultaat", *[P(pr[y]["res"]) for y in D.MJ])
    L.end()
    L.note("Bedragen x € 1.000. Een bedrag tussen haakjes is een nadelig saldo. Door afronding kunnen "
           "totalen afwijken van de som van de afzonderlijke bedragen in hoofdstuk 2.")
    for y in D.MJ:
        yy = y[1:]
        F.add(f"b_mj_lasten_{yy}", pr[y]["lt"] * 1000, th(pr[y]["lt"]), f"Tabel 3.1 (x € 1.000), row 'Totaal lasten', column '{yy}'", ["Totaal lasten"])
        F.add(f"b_mj_baten_{yy}", pr[y]["bt"] * 1000, th(pr[y]["bt"]), f"Tabel 3.1 (x € 1.000), row 'Totaal baten', column '{yy}'", ["Totaal baten"])
        F.add(f"b_mj_saldo_{yy}", pr[y]["saldo"] * 1000, P(pr[y]["saldo"]), f"Tabel 3.1 (x € 1.000), row 'Saldo van baten en lasten', column '{yy}'", ["Saldo van baten en lasten"])
        F.add(f"b_mj_res_{yy}", pr[y]["res"] * 1000, P(pr[y]["res"]), f"Tabel 3.1 (x € 1.000), row 'Resultaat', column '{yy}'", ["Resultaat"])
        F.add(f"b_mj_contrib_{yy}", pr[y]["ck"] * 1000, th(pr[y]["ck"]), f"Tabel 3.1 (x € 1.000), row 'Deelnemersbijdragen', column '{yy}'", ["Deelnemersbijdragen"])
    L.h2("Toelichting op de meerjarenraming")
    L.p(f"Vanaf 2027 laat de meerjarenraming een tekort zien: {eur(-mj['M2027']['resultaat'])} in 2027, "
        f"{eur(-mj['M2028']['resultaat'])} in 2028 en {eur(-mj['M2029']['resultaat'])} in 2029. "
        "Het tekort ontstaat doordat de kosten van beheer en onderhoud en de loonkosten jaarlijks met ongeveer "
        "2% stijgen, terwijl de bijdrage van de deelnemers volgens de kaderbrief met 2% per jaar stijgt en de "
        "parkeeropbrengsten achterblijven. De algemene reserve is niet groot genoeg om dit tekort "
        "structureel op te vangen.")
    for y in ("M2027", "M2028", "M2029"):
        F.add(f"b_tekort_{y[1:]}", -mj[y]["resultaat"], eur(-mj[y]["resultaat"]), f"Toelichting meerjarenraming, prose: tekort {y[1:]}")

    # ---------------- 4. bijdragen (landscape)
    L.page("landscape")
    L.h1("4. Bijdragen van de deelnemers", "h4")
    L.p("De deelnemers betalen jaarlijks een bijdrage in de kosten van het recreatieschap. De verdeling volgt de "
        "verdeelsleutel uit artikel 31 van de gemeenschappelijke regeling¹. De bedragen zijn in euro's.")
    L.caption("Tabel 4.1 Bijdragen per deelnemer 2024-2029 (bedragen in euro's)")
    L.table([26, 10, 11, 11, 11, 11, 11, 11], 2, 8.5)
    L.tr("h", "{rs=2}Deelnemer", "{rs=2}Verdeel- sleutel", "{rs=2}Rekening 2024", "{rs=2}Begroting 2025",
         "{rs=2}Begroting 2026", "{cs=3}Meerjarenraming")
    L.tr("h", "2027", "2028", "2029")
    ys = ["R2024", "B2025", "B2026", "M2027", "M2028", "M2029"]
    for name, pct in D.PARTICIPANTS:
        L.tr("n", name, dec(pct, 2) + "%", *[th(con[name][y]) for y in ys])
    L.tr("t", "Totaal", "100,00%", *[th(D.CONTRIB_TOTAL[y]) for y in ys])
    L.end()
    L.note("¹ De verdeelsleutel is in 2019 vastgesteld op basis van het aantal inwoners en de oppervlakte van "
           "het beheergebied per deelnemer. De provincie draagt een vast aandeel van 40%.")
    lab = {"R2024": "Rekening 2024", "B2025": "Begroting 2025", "B2026": "Begroting 2026",
           "M2027": "2027", "M2028": "2028", "M2029": "2029"}
    for name, pct in D.PARTICIPANTS:
        short = name.split(" ")[-1].lower()
        F.add(f"b_key_{short}", pct, dec(pct, 2) + "%", f"Tabel 4.1, row '{name}', column 'Verdeelsleutel'", [name], unit="percent")
        for y in ys:
            F.add(f"b_contrib_{short}_{y}", con[name][y], th(con[name][y]), f"Tabel 4.1, row '{name}', column '{lab[y]}'", [name])
    for y in ys:
        F.add(f"b_contrib_total_{y}", D.CONTRIB_TOTAL[y], th(D.CONTRIB_TOTAL[y]), f"Tabel 4.1, row 'Totaal', column '{lab[y]}'", ["Totaal"])
    L.p(f"De gemeente Wassenaar betaalt in 2026 {eur(con[wass]['B2026'])}, de provincie Zuid-Holland "
        f"{eur(con['Provincie Zuid-Holland']['B2026'])}. Gemeenten die het recreatieschap niet financieren, "
        "zoals Noordwijk en Teylingen, betalen geen bijdrage; hun inwoners betalen het tarief voor overige "
        "bezoekers voor een jaarkaart.")

    # ---------------- 5. tarieven
    L.page()
    L.h1("5. Tarieven 2026", "h5")
    L.p("Het Algemeen Bestuur stelt jaarlijks de tarieven vast. Voor 2026 stellen wij voor de tarieven met "
        "gemiddeld 5% te verhogen. De tarieven zijn inclusief btw.")
    L.caption("Tabel 5.1 Tarieven 2025 en 2026")
    L.table([46, 14, 14, 12], 1, 8.5)
    L.tr("h", "Tarief", "2025", "2026", "Wijziging")
    for label, a, b in D.TARIFFS:
        ch = (b - a) / a * 100
        L.tr("n", label, eurc(a), eurc(b), dec(ch, 1) + "%")
    L.end()
    for label, a, b in D.TARIFFS:
        key = {"Parkeren personenauto, dagkaart": "dagkaart", "Parkeren personenauto, per uur": "uur",
               "Jaarkaart parkeren, inwoner deelnemende gemeente": "jaarkaart_inw",
               "Jaarkaart parkeren, overige bezoekers": "jaarkaart_ov",
               "Parkeren camper of bus, dagkaart": "camper"}.get(label)
        if key:
            F.add(f"b_tarief_{key}_2025", a, eurc(a), f"Tabel 5.1, row '{label}', column '2025'", [label], unit="EUR")
            F.add(f"b_tarief_{key}_2026", b, eurc(b), f"Tabel 5.1, row '{label}', column '2026'", [label], unit="EUR")
    L.p("Inwoners van de deelnemende gemeenten kunnen een jaarkaart tegen het lagere tarief kopen op vertoon "
        "van een bewijs van inschrijving. Kinderen tot 12 jaar en fietsers betalen niets; voor het gebruik van "
        "de wandel- en fietspaden wordt geen entree geheven.")

    # ---------------- 6. paragrafen
    L.h1("6. Paragrafen", "h6")
    L.h2("6.1 Weerstandsvermogen en risicobeheersing")
    w = d["weerstand"]
    L.p("De weerstandscapaciteit bestaat uit de algemene reserve. Tegenover deze capaciteit staan de risico's "
        "die niet op een andere manier zijn afgedekt. Per risico is de kans en het financiële gevolg geschat.")
    L.caption("Tabel 6.1 Risico's (bedragen in euro's)")
    L.table([52, 10, 14, 14], 1, 8.5)
    L.tr("h", "Risico", "Kans", "Financieel gevolg", "Benodigd")
    for lbl, kans, imp in D.RISKS:
        L.tr("n", lbl, f"{kans}%", th(imp), th(kans * imp // 100))
    L.tr("t", "Benodigde weerstandscapaciteit", "", "", th(w["benodigd"]))
    L.end()
    L.p(f"De beschikbare weerstandscapaciteit (de algemene reserve per 31 december 2026) is "
        f"{eur(w['beschikbaar'])}. De ratio weerstandsvermogen is daarmee {dec(w['ratio'], 1)}. Het Algemeen "
        f"Bestuur hanteert als ondergrens een ratio van 1,4 (ruim voldoende).")
    F.add("b_weerstand_benodigd", w["benodigd"], th(w["benodigd"]), "Tabel 6.1, row 'Benodigde weerstandscapaciteit'", ["Benodigde weerstandscapaciteit"])
    F.add("b_weerstand_ratio", rnd(w["ratio"], 1), dec(w["ratio"], 1), "§6.1 prose: ratio weerstandsvermogen", ["ratio weerstandsvermogen"], unit="ratio")

    L.h2("6.2 Reserves")
    L.caption("Tabel 6.2 Verloop reserves 2026 (bedragen in euro's)")
    L.table([40, 15, 13, 13, 15], 1, 8.5)
    L.tr("h", "Reserve", "Stand 1 januari 2026", "Toevoeging", "Onttrekking", "Stand 31 december 2026")
    for name, st, toev, onttr, eind in d["reserves"]:
        L.tr("n", name, th(st), th(toev), th(onttr), th(eind))
    rs = d["reserves"]
    L.tr("t", "Totaal reserves", *[th(sum(r[i] for r in rs)) for i in (1, 2, 3, 4)])
    L.end()
    for name, st, toev, onttr, eind in rs:
        short = {"Algemene reserve": "alg", "Bestemmingsreserve groot onderhoud": "go",
                 "Bestemmingsreserve natuurherstel duinen": "nh"}[name]
        F.add(f"b_res_{short}_begin", st, th(st), f"Tabel 6.2, row '{name}', column 'Stand 1 januari 2026'", [name])
        F.add(f"b_res_{short}_onttr", onttr, th(onttr), f"Tabel 6.2, row '{name}', column 'Onttrekking'", [name])
        F.add(f"b_res_{short}_eind", eind, th(eind), f"Tabel 6.2, row '{name}', column 'Stand 31 december 2026'", [name])
    L.p("De onttrekking aan de bestemmingsreserve groot onderhoud is bestemd voor het herstel van de "
        "strandopgang bij de Geestweide. De onttrekking aan de algemene reserve dekt het tekort in de "
        "begroting 2026.")

    L.h2("6.3 Investeringen")
    L.caption("Tabel 6.3 Investeringen 2026 (bedragen in euro's)")
    L.table([48, 14, 12, 14], 1, 8.5)
    L.tr("h", "Investering", "Krediet", "Afschrijving (jaren)", "Kapitaallasten 2027")
    for lbl, amt, yrs, kl in D.INVEST:
        L.tr("n", lbl, th(amt), str(yrs), th(kl))
    L.tr("t", "Totaal", th(sum(i[1] for i in D.INVEST)), "", th(sum(i[3] for i in D.INVEST)))
    L.end()
    for lbl, amt, yrs, kl in D.INVEST:
        short = lbl.split(" ")[0].lower()
        F.add(f"b_inv_{short}", amt, th(amt), f"Tabel 6.3, row '{lbl}', column 'Krediet'", [lbl.split(' (')[0]])
    F.add("b_inv_total", sum(i[1] for i in D.INVEST), th(sum(i[1] for i in D.INVEST)), "Tabel 6.3, row 'Totaal', column 'Krediet'", ["Totaal"])

    L.h2("6.4 Financiering")
    L.p("Voor de investeringen in 2026 trekt het recreatieschap een nieuwe lening aan van € 1.000.000 bij de "
        "BNG Bank met een looptijd van 25 jaar. De geprognosticeerde balans is hieronder opgenomen.")
    L.caption("Tabel 6.4 Geprognosticeerde balans (x € 1.000)")
    b = d["balance"]
    L.table([46, 14, 14, 14], 1, 8.5)
    L.tr("h", "Balanspost", "31-12-2024 (werkelijk)", "31-12-2025", "31-12-2026")
    L.tr("s", "{cs=4}Activa")
    for lbl, v in D.BALANCE_ACTIVA:
        L.tr("n", lbl, *[th(x) for x in v])
    L.tr("b", "Totaal activa", *[th(x) for x in b["activa"]])
    L.tr("s", "{cs=4}Passiva")
    L.tr("n", "Eigen vermogen", *[th(x) for x in b["ev_k"]])
    for lbl, v in D.BALANCE_PASSIVA_FIXED:
        vals = b["vlottend"] if v[0] is None else v
        L.tr("n", lbl, *[th(x) for x in vals])
    L.tr("b", "Totaal passiva", *[th(x) for x in b["activa"]])
    L.end()
    for i, kd in enumerate(D.BAL_KEYS):
        F.add(f"b_bal_total_{kd[-4:]}", b["activa"][i] * 1000, th(b["activa"][i]), f"Tabel 6.4 (x € 1.000), row 'Totaal activa', column '{kd}'", ["Totaal activa"])
        F.add(f"b_bal_ev_{kd[-4:]}", b["ev_k"][i] * 1000, th(b["ev_k"][i]), f"Tabel 6.4 (x € 1.000), row 'Eigen vermogen', column '{kd}'", ["Eigen vermogen"])
        F.add(f"b_bal_vaste_schulden_{kd[-4:]}", D.BALANCE_PASSIVA_FIXED[1][1][i] * 1000, th(D.BALANCE_PASSIVA_FIXED[1][1][i]),
              f"Tabel 6.4 (x € 1.000), row 'Vaste schulden (onderhandse leningen)', column '{kd}'", ["Vaste schulden"])
    # kengetallen
    kg = []
    for i in range(3):
        y = ["R2024", "B2025", "B2026"][i]
        act = b["activa"][i]
        schuld = D.BALANCE_PASSIVA_FIXED[1][1][i] + b["vlottend"][i] + D.BALANCE_PASSIVA_FIXED[3][1][i]
        fin = D.BALANCE_ACTIVA[1][1][i] + D.BALANCE_ACTIVA[2][1][i] + D.BALANCE_ACTIVA[3][1][i]
        baten = tot[y]["baten"] / 1000
        nsq = (schuld - fin) / baten * 100
        solv = b["ev_k"][i] / act * 100
        kg.append((nsq, solv))
    L.caption("Tabel 6.5 Kengetallen")
    L.table([46, 14, 14, 14], 1, 8.5)
    L.tr("h", "Kengetal", "Rekening 2024", "Begroting 2025", "Begroting 2026")
    L.tr("n", "Netto schuldquote", *[dec(x[0], 1) + "%" for x in kg])
    L.tr("n", "Solvabiliteitsratio", *[dec(x[1], 1) + "%" for x in kg])
    L.end()
    for i, y in enumerate(["R2024", "B2025", "B2026"]):
        F.add(f"b_nsq_{y}", rnd(kg[i][0], 1), dec(kg[i][0], 1) + "%", f"Tabel 6.5, row 'Netto schuldquote', column '{YL[y]}'", ["Netto schuldquote"], unit="percent")
        F.add(f"b_solv_{y}", rnd(kg[i][1], 1), dec(kg[i][1], 1) + "%", f"Tabel 6.5, row 'Solvabiliteitsratio', column '{YL[y]}'", ["Solvabiliteitsratio"], unit="percent")

    # ---------------- 7. verschillen
    L.page()
    L.h1("7. Verschillen ten opzichte van de begroting 2025", "h7")
    L.p("In dit hoofdstuk lichten wij de verschillen tussen de begroting 2026 en de begroting 2025 toe. "
        "V betekent voordelig, N betekent nadelig. Bedragen in euro's.")
    P1, P2, P3 = D.PROG

    def diff(prog, label):
        v = dict(prog["lasten"] + prog["baten"])[label]
        return v[2] - v[1]
    lines_l = [
        ("Personeel: cao 2025-2026 en uitbreiding terreinploeg met 0,4 fte²", diff(P1, "Personeel (toegerekend)") + diff(P2, "Personeel (toegerekend)")),
        ("Beheer en onderhoud terreinen en paden (indexatie en stormschade)", diff(P1, "Beheer en onderhoud terreinen en paden")),
        ("Groenonderhoud door aannemers", diff(P1, "Groenonderhoud door aannemers")),
        ("Exploitatie parkeerterreinen (kentekenparkeren)", diff(P2, "Exploitatie parkeerterreinen")),
        ("Toiletvoorzieningen en strandopgangen", diff(P2, "Toiletvoorzieningen en strandopgangen")),
        ("Kapitaallasten nieuwe investeringen³", diff(P1, "Kapitaallasten") + diff(P2, "Kapitaallasten")),
        ("Bestuurskosten", diff(P3, "Bestuurskosten")),
        ("Bedrijfsvoering (ICT, financiën, huisvesting)", diff(P3, "Bedrijfsvoering (ICT, financiën, huisvesting)")),
    ]
    lines_b = [
        ("Subsidie provincie natuurherstel duinen", diff(P1, "Subsidie provincie natuurherstel duinen")),
        ("Houtverkoop en overige opbrengsten", diff(P1, "Houtverkoop en overige opbrengsten")),
        ("Parkeeropbrengsten (nieuwe tarieven)", diff(P2, "Parkeeropbrengsten")),
        ("Pacht en huur horeca en kiosken", diff(P2, "Pacht en huur horeca en kiosken")),
        ("Overige baten (evenementen, vergunningen)", diff(P2, "Overige baten (evenementen, vergunningen)")),
        ("Rente en overige baten", diff(P3, "Rente en overige baten")),
    ]
    d_on = tot["B2026"]["onttr"] - tot["B2025"]["onttr"]
    L.caption("Tabel 7.1 Verschillen begroting 2026 ten opzichte van begroting 2025")
    L.table([62, 14, 6], 1, 8.5)
    L.tr("h", "Omschrijving", "Bedrag", "V/N")
    total_signed = 0
    L.tr("s", "{cs=3}Lasten")
    for lbl, dv in lines_l:
        if dv:
            L.tr("n", lbl, th(dv), "N" if dv > 0 else "V")
            total_signed -= dv
    L.tr("s", "{cs=3}Baten")
    for lbl, dv in lines_b:
        if dv:
            L.tr("n", lbl, th(dv), "V" if dv > 0 else "N")
            total_signed += dv
    L.tr("b", "Subtotaal verschillen exploitatie", th(total_signed), "V" if total_signed > 0 else "N")
    L.tr("n", "Hogere onttrekking aan reserves", th(d_on), "V")
    L.tr("n", "Hogere bijdrage deelnemers", th(inc), "V")
    tot_all = total_signed + d_on + inc
    assert tot_all == 0, tot_all
    L.tr("t", "Totaal", "0", "")
    L.end()
    L.note("² De uitbreiding van de terreinploeg met 0,4 fte is nodig voor het extra onderhoud van de duinpaden.")
    L.note("³ Kapitaallasten van het toiletgebouw Wassenaarse Slag en de nieuwe parkeerautomaten (zie tabel 6.3).")
    sub = -total_signed
    F.add("b_diff_subtotaal", sub, th(sub), "Tabel 7.1, row 'Subtotaal verschillen exploitatie' (N)", ["Subtotaal verschillen exploitatie"])
    pers = lines_l[0][1]
    F.add("b_diff_personeel", pers, th(pers), "Tabel 7.1, row 'Personeel: cao ...' (N)", ["Personeel: cao"])
    park = lines_b[2][1]
    F.add("b_diff_parkeren", park, th(park), "Tabel 7.1, row 'Parkeeropbrengsten (nieuwe tarieven)' (V)", ["Parkeeropbrengsten (nieuwe tarieven)"])
    kap = lines_l[5][1]
    F.add("b_diff_kapitaallasten", kap, th(kap), "Tabel 7.1, row 'Kapitaallasten nieuwe investeringen' (N)", ["Kapitaallasten nieuwe investeringen"])
    L.p(f"Per saldo zijn de lasten in 2026 {eur(tot['B2026']['lasten'] - tot['B2025']['lasten'])} hoger dan in "
        f"2025. De hogere parkeeropbrengsten van {eur(park)} zijn een gevolg van de tariefverhoging per 1 januari "
        f"2026 en van het kentekenparkeren, waardoor minder bezoekers zonder te betalen parkeren.")
    F.add("b_lasten_stijging", tot["B2026"]["lasten"] - tot["B2025"]["lasten"], eur(tot["B2026"]["lasten"] - tot["B2025"]["lasten"]),
          "Hoofdstuk 7 prose: lasten 2026 hoger dan 2025")
    L.h2("Vaststelling")
    L.p("Aldus vastgesteld in de openbare vergadering van het Algemeen Bestuur van Recreatieschap Duin en "
        "Geest (fictief), de voorzitter en de secretaris.")

    # totals in euros (table 2.x sums) for cross checks
    F.add("b_tot_lasten_R2024", tot["R2024"]["lasten"], None, "computed: total lasten rekening 2024 (not printed)")
    F.add("b_resultaat_R2024", tot["R2024"]["resultaat"], None, "computed: resultaat rekening 2024 (not printed in doc B)")
    return L, F, d


if __name__ == "__main__":
    L, F, d = build()
    os.makedirs(os.path.join(HERE, "build"), exist_ok=True)
    L.write(os.path.join(HERE, "build", "doc_b.dsl"))
    F.dump(os.path.join(HERE, "build", "facts_b.json"))
    print("doc_b: facts", len(F.items))
