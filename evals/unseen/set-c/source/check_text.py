# Checks that every printed value used by cases.yaml is in the PDF text layer (extract_text and extract_words)
import pdfplumber, yaml
C = "/work/main/evals/unseen/set-c/corpus/"
checks = {  # (file, page): [lines that must appear in extract_text (substring), ...]
 ("oosterbrugge-begroting-2025-oogopslag.pdf", 1): [
   "43.115 45.870", "gemeentefonds", "Sociaal domein 27,3 29,2", "Onroerendezaakbelastingen (OZB) 7.420 7.915",
   "Totaal inkomsten 75.015 79.154", "bedragen x € 1.000", "in € mln", "€ 187.000", "Het sociaal domein: € 29,2 miljoen"],
 ("oosterbrugge-begroting-2025-oogopslag.pdf", 2): [
   "€ 298 € 309", "meerpersoonshuishouden", "OZB-tarief woningen (eigenaar) 0,0812% 0,0786%", "260 woningen",
   "Begrotingssaldo 187 236- 58 341", "tekort van € 236.000", "WOZ-waarden gemiddeld met 7,6% zijn"],
 ("lindewaard-jaarstukken-2024.pdf", 2): ["positief resultaat van € 860.000"],
 ("lindewaard-jaarstukken-2024.pdf", 4): ["gemiddeld een", "7,2 (2023: een 6,9)", "Burgerpeiling: rapportcijfer dienstverlening cijfer 7,2 6,9"],
 ("lindewaard-jaarstukken-2024.pdf", 5): ["Lasten 17.236 18.104 18.655 551 N", "Programma 2 primitief na wijziging 2024 Verschil", "214.000"],
 ("lindewaard-jaarstukken-2024.pdf", 6): ["Eind 2024 ontvingen 1.172 huishoudens een bijstandsuitkering"],
 ("lindewaard-jaarstukken-2024.pdf", 7): ["Lasten 14.926 16.348 17.492 1.144 N", "jeugdhulp met verblijf", "ambulante jeugdhulp", "862.000", "Bedragen x € 1.000"],
 ("lindewaard-jaarstukken-2024.pdf", 8): ["Lasten 21.654 22.420 21.785 635 V"],
 ("lindewaard-jaarstukken-2024.pdf", 12): ["Netto schuldquote 87,8% 86,9% 85,0%"],
 ("lindewaard-jaarstukken-2024.pdf", 13): ["Gerealiseerd resultaat 214 318 860 542", "2 Herstel stormschade bomen - 214.380", "(bedragen in €)"],
 ("lindewaard-jaarstukken-2024.pdf", 15): ["Totaal activa 163.402 163.346", "(bedragen in duizenden euro's)"],
 ("lindewaard-jaarstukken-2024.pdf", 16): ["Totaal passiva 163.402 163.346"],
 ("lindewaard-jaarstukken-2024.pdf", 17): ["Bezoldiging € 161.481 € 121.925", "Bezoldiging € 153.308 € 115.808", "Beloning plus belastbare onkostenvergoedingen € 138.564 € 104.237"],
 ("lindewaard-jaarstukken-2024.pdf", 19): ["(vervolg)", "7.2 Riolering 4.118 4.802 684", "6.72 Maatwerkdienstverlening 18- 5.308 - (5.308)", "6.82 Geëscaleerde zorg 18- 6.074 364 (5.710)"],
}
words_needed = {"oosterbrugge-begroting-2025-oogopslag.pdf": ["45.870", "29,2", "7.420", "309", "0,0786%", "260", "187", "236-", "7.915", "79.154", "27,3"],
 "lindewaard-jaarstukken-2024.pdf": ["17.492", "860", "18.104", "161.481", "138.564", "214.380", "1.172", "7,2", "85,0%", "163.346", "4.118", "14.926", "121.925", "115.808", "5.308", "6.074", "21.785", "22.420"]}
ok = True
pdfs = {}
for (fn, pg), needles in checks.items():
    pdf = pdfs.setdefault(fn, pdfplumber.open(C + fn))
    t = pdf.pages[pg - 1].extract_text()
    for n in needles:
        if n not in t: print("MISSING", fn, pg, repr(n)); ok = False
for fn, ws in words_needed.items():
    pdf = pdfs.setdefault(fn, pdfplumber.open(C + fn))
    allw = set(w["text"] for p in pdf.pages for w in p.extract_words())
    for w in ws:
        if w not in allw: print("WORD MISSING", fn, w); ok = False
# refusal sanity: strings that must NOT occur
for fn, bad in [("oosterbrugge-begroting-2025-oogopslag.pdf", ["hondenbelasting", "Hondenbelasting"]),
                ("lindewaard-jaarstukken-2024.pdf", ["paspoort kost", "tarief paspoort", "Burgemeester €"])]:
    txt = "\n".join(p.extract_text() for p in pdfs[fn].pages)
    for b in bad:
        if b in txt: print("UNEXPECTED", fn, b); ok = False
print("ALL OK" if ok else "PROBLEMS")
