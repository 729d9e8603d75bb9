import json, re, sys, pdfplumber
KEYS = ["1. Voorwoord en inleiding", "2. Financieel beeld op hoofdlijnen", "3. Programma 1 Inzameling",
        "4. Programma 2 Milieustraten en grondstoffen", "5. Programma 3 Verwerking",
        "6. Overhead, algemene dekkingsmiddelen en onvoorzien", "7. Paragrafen",
        "7.1 Weerstandsvermogen en risicobeheersing", "7.2 Onderhoud kapitaalgoederen", "7.3 Financiering",
        "7.4 Bedrijfsvoering", "7.5 Verbonden partijen", "8. Financiële begroting",
        "8.1 Overzicht van baten en lasten", "8.2 Incidentele baten en lasten en structureel evenwicht",
        "8.3 Reserves en voorzieningen", "8.4 Geprognosticeerde balans", "8.5 Investeringen",
        "9. Bijdragen deelnemende gemeenten"]
res = {}
with pdfplumber.open(sys.argv[1]) as pdf:
    for i, pg in enumerate(pdf.pages[2:], 3):
        words = " ".join(w["text"] for w in pg.extract_words())
        for k in KEYS:
            short = " ".join(k.split()[:3])
            if k not in res and short in words:
                res[k] = str(i)
out = {k.replace("ë", "&euml;"): v for k, v in res.items()}
json.dump(out, open("toc_pages.json", "w"), ensure_ascii=False, indent=0)
print(len(pdf.pages) if False else "", res)
