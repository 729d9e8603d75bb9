"""Doc -> operation file -> PDF with the Java program Render.java on iText 5 (Debian libitext5-java)."""
import os
import subprocess

from canvas import FONTS

JAR = '/usr/share/java/itext5.jar'


def render(doc, ops_path, pdf_path, title, workdir):
    fam = FONTS[doc.family]
    with open(ops_path, 'w', encoding='utf-8') as f:
        f.write(f'{doc.W}\t{doc.H}\t{title}\t{fam["R"]}\t{fam["B"]}\t{fam["I"]}\n')
        for ops in doc.pages:
            f.write('page\n')
            for op in ops:
                f.write('\t'.join(str(v) for v in op) + '\n')
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(workdir, exist_ok=True)
    subprocess.run(['javac', '-cp', JAR, '-d', workdir, os.path.join(here, 'Render.java')], check=True)
    subprocess.run(['java', '-cp', f'{JAR}:{workdir}', 'Render', ops_path, pdf_path], check=True)
