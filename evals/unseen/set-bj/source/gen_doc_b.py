"""Document B (fictional): Veiligheidsregio Kust en Duin, Jaarstukken 2024.
A made-up gemeenschappelijke regeling of eight municipalities. Every amount, count and percentage
is invented. Writes blocks for render.js (pdf-lib backend) and registers facts."""
from common import Facts, nl, par, pct, eur

FOOT = ("FICTIEF DOCUMENT - verzonnen cijfers, geen echte organisatie - "
        "Jaarstukken 2024 Veiligheidsregio Kust en Duin")

GEM = [  # gemeente, inwoners 1-1-2023, realisatie bijdrage 2023
    ("Katwijk", 67_214), ("Noordwijk", 44_108), ("Teylingen", 38_452), ("Lisse", 23_385),
    ("Hillegom", 22_641), ("Oegstgeest", 26_317), ("Kaag en Braassem", 28_906), ("Leiderdorp", 28_074),
]
PER_INW = 121.64    # fictional bijdrage per inwoner 2024
VAST = 185_000      # fictional vaste voet per gemeente
PER_INW_23 = 116.18
VAST_23 = 180_000


def spec(facts: Facts):
    blocks = []
    B = blocks.append
    fb = lambda *a, **k: facts.add(*a, doc="B", **k)

    # --------------------------------------------------------------- contributions
    contrib = []
    for g, inw in GEM:
        b24 = round(inw * PER_INW + VAST)
        b23 = round(round(inw * 0.992) * PER_INW_23 + VAST_23)
        contrib.append((g, inw, b24, b23))
    tot24 = sum(c[2] for c in contrib)
    tot23 = sum(c[3] for c in contrib)
    inw_tot = sum(c[1] for c in contrib)

    # --------------------------------------------------------------- programmes (x 1.000)
    # programme, lasten begroting primitief, na wijziging, realisatie; baten idem
    progs = [
        ("Brandweerzorg", (24_318, 24_605, 24_412), (1_126, 1_186, 1_342)),
        ("Risicobeheersing", (3_842, 3_960, 3_711), (214, 214, 287)),
        ("Crisisbeheersing en bevolkingszorg", (1_906, 2_005, 2_218), (0, 95, 96)),
        ("GHOR", (1_412, 1_448, 1_396), (0, 0, 12)),
        ("Meldkamer (bijdrage)", (2_287, 2_287, 2_287), (0, 0, 0)),
        ("Bedrijfsvoering en overhead", (7_915, 8_070, 8_106), (142, 142, 215)),
    ]
    # algemene dekking: bijdragen gemeenten + BDuR + overige
    bdur = (4_618, 4_731, 4_731)
    gem_k = round(tot24 / 1000)
    overig_dek = (120, 160, 612)
    # reserves: toevoegingen en onttrekkingen (x1000)
    res_t = (0, 250, 250)
    res_o = (0, 668, 388)
    # choose begroting primitief sluitend by adjusting 'overig' lasten? compute resultaat
    def col(i):
        L = sum(p[1][i] for p in progs)
        Bt = sum(p[2][i] for p in progs) + gem_k + bdur[i] + overig_dek[i]
        return L, Bt
    rows_by = []
    res = []
    for i in range(3):
        L, Bt = col(i)
        res.append(Bt - L - res_t[i] + res_o[i])
    # make primitive and amended budgets balance exactly by adjusting 'overig dekking'
    overig_dek = list(overig_dek)
    for i in (0, 1):
        overig_dek[i] -= res[i]
    res = []
    for i in range(3):
        L, Bt = col(i)
        res.append(Bt - L - res_t[i] + res_o[i])
    assert res[0] == 0 and res[1] == 0, res
    result_k = res[2]   # realised result x 1.000

    # exact overview in euro's (realisatie 2024, begroting na wijziging 2024, realisatie 2023)
    import random
    R = random.Random(2024)
    def ex(k):
        return k * 1000 + R.randint(-499, 499) if k else 0
    exact = []
    for name, L, Bt in progs:
        exact.append((name, ex(L[1]), ex(L[2]), ex(Bt[1]), ex(Bt[2])))

    # --------------------------------------------------------------- cover
    B({"type": "space", "h": 40})
    B({"type": "title", "text": "Veiligheidsregio Kust en Duin", "size": 22, "color": "#9C1C1C"})
    B({"type": "title", "text": "Jaarstukken 2024", "size": 32})
    B({"type": "title", "text": "Jaarverslag en jaarrekening", "size": 15, "after": 26})
    B({"type": "box", "title": "FICTIEF DOCUMENT", "fill": "#F4CCCC",
       "text": "Dit document is verzonnen. Veiligheidsregio Kust en Duin bestaat niet; alle bedragen, aantallen en "
               "percentages zijn fictief en dienen alleen om een digitale assistent te testen."})
    B({"type": "p", "text": "Vastgesteld door het algemeen bestuur op 26 juni 2025. Vestigingsadres: Duinweg 1, Katwijk (fictief)."})
    B({"type": "p", "text": "Deelnemende gemeenten: " + ", ".join(g for g, _ in GEM) + "."})

    # --------------------------------------------------------------- inhoud + voorwoord
    toc = ["1 Voorwoord en kerngegevens", "2 Programmaverantwoording", "3 Paragrafen", "4 Jaarrekening",
           "5 Bijdragen deelnemende gemeenten", "6 Resultaatbestemming"]
    B({"type": "h1", "text": "Inhoud"})
    B({"type": "toc", "entries": toc})
    B({"type": "h1", "text": "1 Voorwoord en kerngegevens", "newPage": False})
    B({"type": "p", "text": "2024 was voor de veiligheidsregio een jaar met veel inzet: de stormen Ciarán-nasleep en Henk-2 "
                           "(fictieve namen), de grote duinbrand bij Noordwijk in juli en een toenemend aantal meldingen van "
                           "wateroverlast. Tegelijk hebben wij de vrijwillige brandweer versterkt met een wervingscampagne, "
                           "waardoor het aantal vrijwilligers voor het eerst in vijf jaar is gestegen."})
    B({"type": "p", "text": f"De jaarrekening 2024 sluit met een positief resultaat van € {nl(result_k * 1000 + 287)}. "
                           "Het algemeen bestuur stelt voor een deel hiervan toe te voegen aan de reserve vervanging materieel "
                           "en het restant terug te betalen aan de deelnemende gemeenten (zie hoofdstuk 6)."})
    resultaat_exact = result_k * 1000 + 287
    fb("B.resultaat", resultaat_exact, nl(resultaat_exact), where="Voorwoord (tekst) en hoofdstuk 6", row="resultaat 2024", col="tekst",
       quote=f"€ {nl(resultaat_exact)}", near=[("resultaat 2023 (balans 31-12-2023, x € 1.000)", 1_012_000)])
    kg = [("Aantal uitrukken brandweer", 3_812, 3_655, "count"),
          ("waarvan brand (binnen en buiten)", 1_104, 1_186, "count"),
          ("waarvan hulpverlening (incl. dieren en water)", 1_467, 1_309, "count"),
          ("waarvan loze en automatische meldingen", 1_241, 1_160, "count"),
          ("Opkomsttijd binnen de norm (%)", 78.4, 80.1, "percent"),
          ("Aantal brandweerposten", 19, 19, "count"),
          ("Beroepspersoneel (fte, ultimo jaar)", 214.6, 208.9, "number"),
          ("Brandweervrijwilligers (aantal)", 538, 521, "count"),
          ("Gecontroleerde objecten (risicobeheersing)", 1_276, 1_198, "count"),
          ("Uitgevoerde GHOR-opschalingen (GRIP)", 7, 4, "count")]
    rows = []
    for lab, a, b, u in kg:
        pa = nl(a, 1) if isinstance(a, float) else nl(a)
        pb = nl(b, 1) if isinstance(b, float) else nl(b)
        rows.append([lab, pa, pb])
        fb(f"B.kg.{lab}.2024", a, pa, where="Tabel 1.1 Kerngegevens", row=lab, col="2024", quote=f"{pa} {pb}", near=[("2023", b)], unit=u)
        fb(f"B.kg.{lab}.2023", b, pb, where="Tabel 1.1 Kerngegevens", row=lab, col="2023", quote=f"{pa} {pb}", near=[("2024", a)], unit=u)
    B({"type": "table", "caption": "Tabel 1.1 Kerngegevens", "widths": [3.4, 1, 1], "align": ["l", "r", "r"],
       "header": [["Onderwerp", "2024", "2023"]], "rows": rows,
       "footnotes": ["Bron: registratiesysteem brandweer en meldkamer (fictief). De opkomsttijdnorm is het percentage "
                     "uitrukken met prioriteit 1 waarbij de eerste tankautospuit binnen de normtijd ter plaatse was."]})

    # --------------------------------------------------------------- programme accountability
    B({"type": "h1", "text": "2 Programmaverantwoording"})
    B({"type": "p", "text": "Per programma verantwoorden wij wat we wilden bereiken, wat we daarvoor hebben gedaan en wat het "
                           "heeft gekost. De bedragen in de programmatabellen zijn in duizenden euro's. Een positief verschil "
                           "is een voordeel (V), een negatief verschil een nadeel (N)."})
    ptext = {
        "Brandweerzorg": ("Snelle en vakkundige brandbestrijding en hulpverlening in de hele regio, met een opkomsttijd "
                          "die in minimaal 80% van de prio-1-uitrukken binnen de wettelijke norm ligt.",
                          "Wij hebben twee nieuwe tankautospuiten in gebruik genomen en de post Lisse gerenoveerd. "
                          "De opkomsttijdnorm is niet gehaald (78,4%), vooral door het tekort aan vrijwilligers overdag in "
                          "Kaag en Braassem en Teylingen. Met een dagdienstpilot in Sassenheim proberen wij dit te verbeteren."),
        "Risicobeheersing": ("Minder branden en slachtoffers door advies, toezicht en voorlichting (brandveilig leven).",
                             "Wij hebben 1.276 objecten gecontroleerd en 2.940 huisbezoeken brandveilig leven afgelegd, vooral "
                             "bij ouderen die langer thuis wonen."),
        "Crisisbeheersing en bevolkingszorg": ("Een goed voorbereide crisisorganisatie van regio en gemeenten.",
                                               "Er waren 7 GRIP-opschalingen. De evaluatie van de duinbrand leidde tot een "
                                               "nieuw draaiboek natuurbranden, dat in 2025 wordt beoefend."),
        "GHOR": ("Goede geneeskundige hulpverlening bij rampen en crises, samen met de GGD en de ambulancezorg.",
                 "Wij hebben de zorgcontinuïteit bij de stroomstoring in Hillegom gecoördineerd en twee grote "
                 "oefeningen met de ziekenhuizen gehouden."),
        "Meldkamer (bijdrage)": ("Een gezamenlijke meldkamer die 112-meldingen snel en juist verwerkt.",
                                 "De bijdrage aan de meldkamer is conform de begroting betaald."),
        "Bedrijfsvoering en overhead": ("Een wendbare en financieel gezonde organisatie.",
                                        "De kosten van inhuur waren lager dan begroot; de ICT-kosten hoger door de "
                                        "overgang naar een nieuw roostersysteem."),
    }
    for (name, L, Bt), ex_row in zip(progs, exact):
        B({"type": "h2", "text": f"Programma {name}"})
        goal, done = ptext[name]
        B({"type": "h3", "text": "Wat wilden we bereiken?"})
        B({"type": "p", "text": goal})
        B({"type": "h3", "text": "Wat hebben we daarvoor gedaan?"})
        B({"type": "p", "text": done})
        dl = L[1] - L[2]
        db = Bt[2] - Bt[1]
        s = [Bt[i] - L[i] for i in range(3)]
        ds = s[2] - s[1]
        vn = lambda d: "V" if d > 0 else ("N" if d < 0 else "")
        rows = [["Lasten", nl(L[0]), nl(L[1]), nl(L[2]), nl(dl), vn(dl)],
                ["Baten", nl(Bt[0]), nl(Bt[1]), nl(Bt[2]), nl(db), vn(db)],
                {"c": ["Saldo", nl(s[0]), nl(s[1]), nl(s[2]), nl(ds), vn(ds)], "b": True, "top": True}]
        for key, lab, vals, d in (("L", "Lasten", L, dl), ("B", "Baten", Bt, db)):
            q = f"{lab} {nl(vals[0])} {nl(vals[1])} {nl(vals[2])}"
            fb(f"B.prog.{name}.{key}.real", vals[2] * 1000, nl(vals[2]), where=f"Programma {name}, Wat heeft het gekost? (x € 1.000)",
               row=lab, col="Realisatie 2024", quote=q, near=[("Begroting na wijziging", vals[1] * 1000), ("Primitieve begroting", vals[0] * 1000)])
            fb(f"B.prog.{name}.{key}.bnw", vals[1] * 1000, nl(vals[1]), where=f"Programma {name}, Wat heeft het gekost? (x € 1.000)",
               row=lab, col="Begroting na wijziging 2024", quote=q)
            fb(f"B.prog.{name}.{key}.prim", vals[0] * 1000, nl(vals[0]), where=f"Programma {name}, Wat heeft het gekost? (x € 1.000)",
               row=lab, col="Primitieve begroting 2024", quote=q)
            fb(f"B.prog.{name}.{key}.diff", abs(d) * 1000, nl(d), where=f"Programma {name}, Wat heeft het gekost? (x € 1.000)",
               row=lab, col="Verschil", quote=f"{q} {nl(d)} {vn(d)}".strip())
        B({"type": "table", "caption": f"Wat heeft het gekost? {name}", "widths": [1.8, 1.1, 1.1, 1.1, 1, 0.5],
           "align": ["l", "r", "r", "r", "r", "c"],
           "header": [["x € 1.000", "Begroting", "Begroting", "Realisatie", "Verschil", "V/N"],
                      ["", "primitief", "na wijziging", "2024", "", ""]], "rows": rows})

    # --------------------------------------------------------------- paragrafen
    B({"type": "h1", "text": "3 Paragrafen"})
    B({"type": "h2", "text": "3.1 Weerstandsvermogen en risicobeheersing"})
    ar_end = 2_486_120
    risk_need = 1_735_000
    ratio = round(ar_end / risk_need, 2)
    B({"type": "p", "text": "Het algemeen bestuur heeft bepaald dat de algemene reserve maximaal 7,5% van de totale lasten mag bedragen. "
                           f"Per 31 december 2024 bedraagt de algemene reserve € {nl(ar_end)}. De benodigde weerstandscapaciteit, "
                           f"berekend met een risicosimulatie (90% zekerheid), is € {nl(risk_need)}. De ratio weerstandsvermogen "
                           f"komt daarmee op {nl(ratio, 2)} (waardering: ruim voldoende)."})
    fb("B.wv.ratio", ratio, nl(ratio, 2), where="Paragraaf 3.1 Weerstandsvermogen (tekst)", row="ratio", col="tekst",
       quote=f"komt daarmee op {nl(ratio, 2)}", unit="number")
    fb("B.wv.nodig", risk_need, nl(risk_need), where="Paragraaf 3.1 Weerstandsvermogen (tekst)", row="benodigde weerstandscapaciteit",
       col="tekst", quote=f"€ {nl(risk_need)}")
    rk = [("Netto schuldquote", "62,4%", "58,1%", "57,3%"), ("Netto schuldquote gecorrigeerd voor alle verstrekte leningen", "62,4%", "58,1%", "57,3%"),
          ("Solvabiliteitsratio", "14,8%", "16,2%", "15,9%"), ("Structurele exploitatieruimte", "0,0%", "1,2%", "0,9%")]
    rows = [list(r) for r in rk]
    for lab, a, b, c in rk:
        fb(f"B.keng.{lab}", float(b[:-1].replace(",", ".")), b, where="Tabel 3.1 Financiële kengetallen", row=lab, col="Realisatie 2024",
           quote=f"{a} {b} {c}", near=[("Begroting 2024", a), ("Realisatie 2023", c)], unit="percent")
    B({"type": "table", "caption": "Tabel 3.1 Financiële kengetallen", "widths": [3.4, 1, 1, 1], "align": ["l", "r", "r", "r"],
       "header": [["Kengetal", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"]], "rows": rows})
    B({"type": "h2", "text": "3.2 Financiering"})
    B({"type": "p", "text": "In 2024 is één nieuwe lening aangetrokken van € 3.500.000 bij de BNG Bank, met een looptijd van 20 jaar "
                           "en een rente van 2,87%. De kasgeldlimiet (8,2% van het begrotingstotaal) is in geen enkel kwartaal "
                           "overschreden. De renterisiconorm bedroeg € 8.460.000; het renterisico was € 2.115.000."})
    fb("B.lening", 3_500_000, "3.500.000", where="Paragraaf 3.2 Financiering (tekst)", row="nieuwe lening", col="tekst", quote="€ 3.500.000")
    fb("B.rente", 2.87, "2,87%", where="Paragraaf 3.2 Financiering (tekst)", row="rente nieuwe lening", col="tekst", quote="2,87%", unit="percent")
    B({"type": "h2", "text": "3.3 Bedrijfsvoering"})
    B({"type": "p", "text": "Het ziekteverzuim van het beroepspersoneel was 6,1% (2023: 6,8%). Per 31 december 2024 waren er 236 medewerkers "
                           "in dienst. De inhuur van derden bedroeg € 1.284.600, 7,9% van de loonsom."})
    fb("B.verzuim", 6.1, "6,1%", where="Paragraaf 3.3 Bedrijfsvoering (tekst)", row="ziekteverzuim 2024", col="tekst",
       quote="was 6,1%", near=[("2023", 6.8)], unit="percent")
    fb("B.inhuur", 1_284_600, "1.284.600", where="Paragraaf 3.3 Bedrijfsvoering (tekst)", row="inhuur derden", col="tekst", quote="€ 1.284.600")

    # --------------------------------------------------------------- jaarrekening: overview in euro's
    B({"type": "h1", "text": "4 Jaarrekening"})
    B({"type": "h2", "text": "4.1 Overzicht van baten en lasten"})
    rows = []
    TL = [0, 0]; TB = [0, 0]
    for name, lb, lr, bb, br in exact:
        rows.append({"c": [name, "", "", ""], "b": True})
        rows.append({"c": ["Lasten", nl(lb), nl(lr), par(lb - lr)], "ind": 1})
        rows.append({"c": ["Baten", nl(bb), nl(br), par(br - bb)], "ind": 1})
        TL = [TL[0] + lb, TL[1] + lr]; TB = [TB[0] + bb, TB[1] + br]
        fb(f"B.ov.{name}.L", lr, nl(lr), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row=f"{name} - Lasten",
           col="Realisatie 2024", quote=f"{nl(lb)} {nl(lr)} {par(lb - lr)}", near=[("Begroting na wijziging", lb)])
        fb(f"B.ov.{name}.Lb", lb, nl(lb), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row=f"{name} - Lasten",
           col="Begroting na wijziging 2024", quote=f"{nl(lb)} {nl(lr)} {par(lb - lr)}", near=[("Realisatie", lr)])
        fb(f"B.ov.{name}.B", br, nl(br), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row=f"{name} - Baten",
           col="Realisatie 2024", quote=f"{nl(bb)} {nl(br)} {par(br - bb)}", near=[("Begroting na wijziging", bb)])
        fb(f"B.ov.{name}.Ldiff", lb - lr, par(lb - lr), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row=f"{name} - Lasten",
           col="Verschil", quote=f"{nl(lb)} {nl(lr)} {par(lb - lr)}")
    # algemene dekking exact
    gem_b = tot24
    bdur_b, bdur_r = ex(bdur[1]), ex(bdur[2])
    ov_b = ex(overig_dek[1]); ov_r = ex(overig_dek[2])
    ro0 = ex(res_o[1])
    # the amended budget is balanced exactly: overige algemene baten (begroting) close the gap
    ov_b = TL[0] + res_t[1] * 1000 - ro0 - (TB[0] + gem_b + bdur_b)
    rows.append({"c": ["Algemene dekkingsmiddelen", "", "", ""], "b": True})
    rows.append({"c": ["Bijdragen deelnemende gemeenten", nl(gem_b), nl(gem_b), par(0)], "ind": 1})
    rows.append({"c": ["Rijksbijdrage BDuR", nl(bdur_b), nl(bdur_r), par(bdur_r - bdur_b)], "ind": 1})
    rows.append({"c": ["Overige algemene baten", nl(ov_b), nl(ov_r), par(ov_r - ov_b)], "ind": 1})
    TB = [TB[0] + gem_b + bdur_b + ov_b, TB[1] + gem_b + bdur_r + ov_r]
    fb("B.ov.bdur", bdur_r, nl(bdur_r), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row="Rijksbijdrage BDuR",
       col="Realisatie 2024", quote=f"{nl(bdur_b)} {nl(bdur_r)}", near=[("Begroting na wijziging", bdur_b)])
    saldo_b, saldo_r = TB[0] - TL[0], TB[1] - TL[1]
    rt = [res_t[1] * 1000, res_t[2] * 1000]
    ro = [ro0, 0]
    # make the realised onttrekking such that the exact result equals resultaat_exact
    ro[1] = resultaat_exact - (saldo_r - rt[1])
    assert abs(ro[1] - res_o[2] * 1000) < 3000, (ro[1], res_o[2])
    res_b = saldo_b - rt[0] + ro[0]
    assert res_b == 0, res_b
    rows += [{"c": ["Totaal lasten", nl(TL[0]), nl(TL[1]), par(TL[0] - TL[1])], "b": True, "top": True},
             {"c": ["Totaal baten", nl(TB[0]), nl(TB[1]), par(TB[1] - TB[0])], "b": True},
             {"c": ["Saldo van baten en lasten", par(saldo_b), par(saldo_r), par(saldo_r - saldo_b)], "b": True, "top": True},
             {"c": ["Toevoegingen aan reserves", nl(rt[0]), nl(rt[1]), par(rt[0] - rt[1])], "ind": 1},
             {"c": ["Onttrekkingen aan reserves", nl(ro[0]), nl(ro[1]), par(ro[1] - ro[0])], "ind": 1},
             {"c": ["Gerealiseerd resultaat", par(res_b), par(resultaat_exact), par(resultaat_exact - res_b)], "b": True, "top": True}]
    fb("B.ov.totL", TL[1], nl(TL[1]), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row="Totaal lasten", col="Realisatie 2024",
       quote=f"Totaal lasten {nl(TL[0])} {nl(TL[1])}", near=[("Begroting na wijziging", TL[0])])
    fb("B.ov.totB", TB[1], nl(TB[1]), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row="Totaal baten", col="Realisatie 2024",
       quote=f"Totaal baten {nl(TB[0])} {nl(TB[1])}", near=[("Begroting na wijziging", TB[0])])
    fb("B.ov.totLb", TL[0], nl(TL[0]), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row="Totaal lasten",
       col="Begroting na wijziging 2024", quote=f"Totaal lasten {nl(TL[0])} {nl(TL[1])}")
    fb("B.ov.ontt", ro[1], nl(ro[1]), where="Tabel 4.1 Overzicht van baten en lasten (in euro's)", row="Onttrekkingen aan reserves",
       col="Realisatie 2024", quote=f"Onttrekkingen aan reserves {nl(ro[0])} {nl(ro[1])}")
    B({"type": "table", "caption": "Tabel 4.1 Overzicht van baten en lasten 2024", "scale": "bedragen in euro's", "scalePos": "caption",
       "widths": [2.9, 1.2, 1.2, 1.1], "align": ["l", "r", "r", "r"],
       "header": [["", "Begroting 2024", "Realisatie", "Verschil"], ["", "na wijziging", "2024", "(nadeel tussen haakjes)"]],
       "rows": rows, "contLabel": "(vervolg)",
       "footnotes": ["Het verschil bij de lasten is begroting minus realisatie; bij de baten realisatie minus begroting. "
                     "Een negatief verschil (nadeel) staat tussen haakjes."]})
    B({"type": "h2", "text": "4.2 Toelichting op de belangrijkste afwijkingen"})
    B({"type": "p", "text": "Afwijkingen groter dan € 100.000 tussen de begroting na wijziging en de realisatie lichten wij hieronder toe."})
    afw = [("Brandweerzorg: lagere kosten vrijwilligersvergoedingen door minder uitrukken overdag", 318_400, "V"),
           ("Brandweerzorg: hogere opbrengst uit detachering en doorbelaste oefenlocatie", 156_200, "V"),
           ("Crisisbeheersing: inzet bij de duinbrand en wateroverlast (niet begroot)", 143_900, "N"),
           ("Risicobeheersing: vacatures toezichthouders niet volledig ingevuld", 249_700, "V"),
           ("Bedrijfsvoering: hogere ICT-kosten roostersysteem", 187_300, "N"),
           ("Rijksbijdrage BDuR: geen afwijking ten opzichte van de decembercirculaire", 0, "")]
    rows = [[lab, nl(v) if v else "-", vn] for lab, v, vn in afw]
    for lab, v, vn in afw:
        if v:
            fb(f"B.afw.{lab}", v, nl(v), where="Tabel 4.2 Afwijkingen groter dan € 100.000 (in euro's)", row=lab, col="Bedrag", quote=f"{nl(v)} {vn}")
    B({"type": "table", "caption": "Tabel 4.2 Afwijkingen groter dan € 100.000", "scale": "bedragen in euro's", "scalePos": "caption",
       "widths": [4.4, 1, 0.5], "align": ["l", "r", "c"], "header": [["Omschrijving", "Bedrag", "V/N"]], "rows": rows})

    # balance sheet x 1.000, 2024 before 2023
    act = [("Vaste activa", None, None), ("Materiële vaste activa: gebouwen en terreinen", 18_462, 18_951),
           ("Materiële vaste activa: voertuigen en materieel", 14_306, 13_275),
           ("Materiële vaste activa: overige (ICT, inventaris)", 2_118, 2_394),
           ("Financiële vaste activa", 120, 140),
           ("Vlottende activa", None, None), ("Uitzettingen korter dan één jaar", 2_871, 3_104),
           ("Liquide middelen", 1_486, 962), ("Overlopende activa", 1_935, 1_627)]
    ta = [sum(a[1] for a in act if a[1] is not None), sum(a[2] for a in act if a[2] is not None)]
    eig = [round(ar_end / 1000), 2_431]
    best = [round((1_962_310 + 250_000 - 212_400 + 684_900 - (ro[1] - 212_400) + 1_143_260) / 1000), 3_790]
    resb = [round(resultaat_exact / 1000), 1_012]
    voorz = [1_642, 1_518]
    vaste_sch = [24_860, 22_940]
    overl = [3_105, 2_846]
    vlot = [ta[0] - (eig[0] + best[0] + resb[0] + voorz[0] + vaste_sch[0] + overl[0]),
            ta[1] - (eig[1] + best[1] + resb[1] + voorz[1] + vaste_sch[1] + overl[1])]
    assert vlot[0] > 0 and vlot[1] > 0, vlot
    pas = [("Eigen vermogen", None, None), ("Algemene reserve", *eig), ("Bestemmingsreserves", *best),
           ("Gerealiseerd resultaat", *resb), ("Voorzieningen", *voorz),
           ("Vaste schulden (onderhandse leningen)", *vaste_sch), ("Netto-vlottende schulden", *vlot),
           ("Overlopende passiva", *overl)]
    tp = [sum(a[1] for a in pas if a[1] is not None), sum(a[2] for a in pas if a[2] is not None)]
    assert tp == ta
    ev = [eig[0] + best[0] + resb[0], eig[1] + best[1] + resb[1]]
    rows = [{"c": ["ACTIVA", "", ""], "b": True}]
    for lab, a, b in act:
        rows.append({"c": [lab, "", ""], "b": True} if a is None else {"c": [lab, nl(a), nl(b)], "ind": 1})
    rows.append({"c": ["Totaal activa", nl(ta[0]), nl(ta[1])], "b": True, "top": True})
    rows.append({"c": ["PASSIVA", "", ""], "b": True})
    for lab, a, b in pas:
        rows.append({"c": [lab, "", ""], "b": True} if a is None else {"c": [lab, nl(a), nl(b)], "ind": 1})
        if lab == "Gerealiseerd resultaat":
            rows.append({"c": ["Subtotaal eigen vermogen", nl(ev[0]), nl(ev[1])], "i": True})
    rows.append({"c": ["Totaal passiva", nl(tp[0]), nl(tp[1])], "b": True, "top": True})
    for lab, a, b in act + pas + [("Subtotaal eigen vermogen", *ev), ("Totaal activa", *ta)]:
        if a is None:
            continue
        fb(f"B.bal.{lab}", a * 1000, nl(a), where="Tabel 4.3 Balans per 31 december 2024 (x € 1.000)", row=lab, col="31-12-2024",
           quote=f"{lab} {nl(a)} {nl(b)}" if len(lab) < 40 else f"{nl(a)} {nl(b)}", near=[("31-12-2023", b * 1000)])
        fb(f"B.bal.{lab}.2023", b * 1000, nl(b), where="Tabel 4.3 Balans per 31 december 2024 (x € 1.000)", row=lab, col="31-12-2023",
           quote=f"{lab} {nl(a)} {nl(b)}" if len(lab) < 40 else f"{nl(a)} {nl(b)}", near=[("31-12-2024", a * 1000)])
    B({"type": "h2", "text": "4.3 Balans"})
    B({"type": "table", "caption": "Tabel 4.3 Balans per 31 december 2024", "widths": [3.6, 1, 1], "align": ["l", "r", "r"],
       "header": [["", "31-12-2024", "31-12-2023"]], "rows": rows, "scale": "Bedragen x € 1.000.", "scalePos": "below"})

    # reserves in euro's
    resv = [("Algemene reserve", 2_431_040, 55_080, 0), ("Reserve vervanging materieel", 1_962_310, 250_000, 212_400),
            ("Reserve opleiden en oefenen", 684_900, 0, ro[1] - 212_400), ("Reserve huisvesting brandweerposten", 1_143_260, 0, 0)]
    rows = []
    tots = [0, 0, 0, 0]
    for lab, s0, t, o in resv:
        s1 = s0 + t - o
        rows.append([lab, nl(s0), nl(t) if t else "-", nl(o) if o else "-", nl(s1)])
        tots = [a + b for a, b in zip(tots, [s0, t, o, s1])]
        fb(f"B.res.{lab}.eind", s1, nl(s1), where="Tabel 4.4 Verloop reserves 2024 (in euro's)", row=lab, col="Saldo 31-12-2024",
           quote=f"{nl(s0)} {nl(t) if t else '-'} {nl(o) if o else '-'} {nl(s1)}", near=[("Saldo 1-1-2024", s0)])
        fb(f"B.res.{lab}.begin", s0, nl(s0), where="Tabel 4.4 Verloop reserves 2024 (in euro's)", row=lab, col="Saldo 1-1-2024",
           quote=f"{nl(s0)} {nl(t) if t else '-'} {nl(o) if o else '-'} {nl(s1)}", near=[("Saldo 31-12-2024", s1)])
    assert resv[0][1] + resv[0][2] == ar_end
    assert tots[2] == ro[1] and tots[1] - 55_080 == rt[1] and round((tots[3] - ar_end) / 1000) == best[0]
    rows.append({"c": ["Totaal reserves", nl(tots[0]), nl(tots[1]), nl(tots[2]), nl(tots[3])], "b": True, "top": True})
    B({"type": "table", "caption": "Tabel 4.4 Verloop reserves 2024", "scale": "in euro's", "scalePos": "caption",
       "widths": [3, 1.1, 1.1, 1.1, 1.1], "align": ["l", "r", "r", "r", "r"],
       "header": [["Reserve", "Saldo 1-1-2024", "Toevoeging", "Onttrekking", "Saldo 31-12-2024"]], "rows": rows,
       "footnotes": ["De toevoeging aan de algemene reserve betreft de bestemming van een deel van het resultaat 2023 (fictief)."]})

    # --------------------------------------------------------------- contributions per gemeente
    B({"type": "h1", "text": "5 Bijdragen deelnemende gemeenten"})
    B({"type": "p", "text": f"De bijdrage van de gemeenten bestaat uit een vaste voet van € {nl(VAST)} per gemeente en een bedrag van "
                           f"€ {nl(PER_INW, 2)} per inwoner (peildatum 1 januari 2023). In 2023 was dat € {nl(VAST_23)} en € {nl(PER_INW_23, 2)} per inwoner."})
    fb("B.perinw", PER_INW, nl(PER_INW, 2), where="Hoofdstuk 5, tekst", row="bijdrage per inwoner 2024", col="tekst", quote=f"€ {nl(PER_INW, 2)} per inwoner",
       near=[("2023", PER_INW_23)])
    fb("B.vast", VAST, nl(VAST), where="Hoofdstuk 5, tekst", row="vaste voet", col="tekst", quote=f"€ {nl(VAST)} per gemeente")
    rows = []
    for g, inw, b24, b23 in contrib:
        d = b24 - b23
        rows.append([g, nl(inw), nl(b24), nl(b23), nl(d), pct(d / b23 * 100)])
        fb(f"B.bij.{g}.2024", b24, nl(b24), where="Tabel 5.1 Bijdragen per gemeente (in euro's)", row=g, col="Bijdrage 2024",
           quote=f"{g} {nl(inw)} {nl(b24)} {nl(b23)}", near=[("Bijdrage 2023", b23), ("Verschil", d)])
        fb(f"B.bij.{g}.2023", b23, nl(b23), where="Tabel 5.1 Bijdragen per gemeente (in euro's)", row=g, col="Bijdrage 2023",
           quote=f"{g} {nl(inw)} {nl(b24)} {nl(b23)}", near=[("Bijdrage 2024", b24)])
        fb(f"B.bij.{g}.diff", d, nl(d), where="Tabel 5.1 Bijdragen per gemeente (in euro's)", row=g, col="Verschil",
           quote=f"{nl(b23)} {nl(d)}")
        fb(f"B.bij.{g}.inw", inw, nl(inw), where="Tabel 5.1 Bijdragen per gemeente", row=g, col="Inwoners 1-1-2023",
           quote=f"{g} {nl(inw)}", unit="count")
    rows.append({"c": ["Totaal", nl(inw_tot), nl(tot24), nl(tot23), nl(tot24 - tot23), pct((tot24 - tot23) / tot23 * 100)], "b": True, "top": True})
    fb("B.bij.totaal.2024", tot24, nl(tot24), where="Tabel 5.1 Bijdragen per gemeente (in euro's)", row="Totaal", col="Bijdrage 2024",
       quote=f"Totaal {nl(inw_tot)} {nl(tot24)} {nl(tot23)}", near=[("Bijdrage 2023", tot23)])
    B({"type": "table", "caption": "Tabel 5.1 Bijdragen per gemeente", "widths": [2, 1.2, 1.3, 1.3, 1.1, 0.9],
       "align": ["l", "r", "r", "r", "r", "r"],
       "header": [["Gemeente", "Inwoners", "Bijdrage", "Bijdrage", {"t": "Verschil", "span": 2}],
                  ["", "1-1-2023", "2024", "2023", "in euro's", "in %"]], "rows": rows,
       "footnotes": ["1) De bijdrage 2023 is berekend met het inwonertal per 1 januari 2022.",
                     "2) Alle bedragen in deze tabel zijn in hele euro's; de bijdragen zijn gelijk aan de begroting."]})

    # --------------------------------------------------------------- resultaatbestemming
    B({"type": "h1", "text": "6 Resultaatbestemming", "newPage": False})
    naar_res = 150_000
    terug = resultaat_exact - naar_res
    B({"type": "p", "text": f"Het gerealiseerde resultaat over 2024 bedraagt € {nl(resultaat_exact)} positief. Het algemeen bestuur stelt voor "
                           f"€ {nl(naar_res)} toe te voegen aan de reserve vervanging materieel voor de vervanging van een "
                           f"hoogwerker en het restant van € {nl(terug)} terug te betalen aan de deelnemende gemeenten, naar rato "
                           "van hun bijdrage 2024."})
    fb("B.terug", terug, nl(terug), where="Hoofdstuk 6 Resultaatbestemming (tekst en tabel 6.1)", row="terug te betalen", col="tekst",
       quote=f"€ {nl(terug)}")
    fb("B.naar_res", naar_res, nl(naar_res), where="Hoofdstuk 6 Resultaatbestemming (tekst)", row="toevoeging reserve vervanging materieel",
       col="tekst", quote=f"€ {nl(naar_res)}")
    shares = [terug * c[2] / tot24 for c in contrib]
    ints = [int(s) for s in shares]
    rest = terug - sum(ints)
    order = sorted(range(len(shares)), key=lambda i: -(shares[i] - ints[i]))
    for i in order[:rest]:
        ints[i] += 1
    rows = []
    for (g, inw, b24, b23), v in zip(contrib, ints):
        rows.append([g, pct(b24 / tot24 * 100, 2), nl(v)])
        fb(f"B.terug.{g}", v, nl(v), where="Tabel 6.1 Terugbetaling resultaat per gemeente (in euro's)", row=g, col="Terugbetaling",
           quote=f"{g} {pct(b24 / tot24 * 100, 2)} {nl(v)}", near=[("bijdrage 2024", b24)])
    rows.append({"c": ["Totaal", "100,00%", nl(sum(ints))], "b": True, "top": True})
    assert sum(ints) == terug, (terug, resultaat_exact, sum(ints))
    B({"type": "table", "caption": "Tabel 6.1 Terugbetaling resultaat 2024 per gemeente", "scale": "in euro's", "scalePos": "caption",
       "widths": [2.5, 1.2, 1.4], "align": ["l", "r", "r"], "header": [["Gemeente", "Aandeel", "Terugbetaling"]], "rows": rows})
    B({"type": "p", "text": "Na vaststelling van de jaarstukken ontvangen de gemeenten de terugbetaling uiterlijk 1 september 2025."})

    meta = {"title": "Jaarstukken 2024 Veiligheidsregio Kust en Duin (FICTIEF DOCUMENT)", "author": "set-bj testgenerator",
            "subject": "Fictief testdocument: verzonnen organisatie en bedragen", "creator": "set-bj gen_doc_b.py + render.js (pdf-lib)",
            "pageSize": [595.28, 841.89], "header": "Veiligheidsregio Kust en Duin | Jaarstukken 2024", "footer": FOOT,
            "pageLabel": "blz.",
            "style": {"marginLeft": 70, "marginRight": 60, "marginTop": 70, "marginBottom": 56, "size": 10.4, "tableSize": 8.6,
                      "font": "Times-Roman", "fontBold": "Times-Bold", "fontItalic": "Times-Italic",
                      "tableFont": "Helvetica", "tableFontBold": "Helvetica-Bold", "captionFont": "Helvetica-Bold",
                      "h1Size": 18, "h1Color": "#9C1C1C", "h2Color": "#333333", "captionSize": 9.4}}
    return {"meta": meta, "blocks": blocks}, dict(contrib=contrib, tot24=tot24, tot23=tot23, resultaat=resultaat_exact, terug=terug)
