import pdfplumber,sys
p=pdfplumber.open(sys.argv[1]); print(len(p.pages))
for i,pg in enumerate(p.pages): t=pg.extract_text(); print(i+1, repr(t[36:130]), '...', repr(t[-70:]))
