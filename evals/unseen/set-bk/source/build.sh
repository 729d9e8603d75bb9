#!/bin/sh
# Rebuilds the two fictional PDFs, the facts files and cases.yaml, then runs check.py.
# Needs: /usr/bin/python3 with python3-cairo and python3-yaml (Debian), libitext5-java + a JDK,
# poppler-utils (pdftotext) for check.py's fallback. Two passes per PDF fill the table of contents.
set -e
cd "$(dirname "$0")"
mkdir -p build
PY=/usr/bin/python3
$PY doc_a.py
$PY doc_b.py
CP=/usr/share/java/itext5.jar
javac -cp $CP -d build RenderItext.java
java -cp $CP:build RenderItext build/doc_a.dsl build/pass1_a.pdf "" build/toc_a.tsv
java -cp $CP:build RenderItext build/doc_a.dsl ../corpus/wassenaar-jaarstukken-2024.pdf build/toc_a.tsv build/toc_a2.tsv
cmp -s build/toc_a.tsv build/toc_a2.tsv || { echo "TOC of doc A not stable"; exit 1; }
$PY render_cairo.py build/doc_b.dsl build/pass1_b.pdf "" build/toc_b.tsv
$PY render_cairo.py build/doc_b.dsl ../corpus/recreatieschap-duin-en-geest-begroting-2026.pdf build/toc_b.tsv build/toc_b2.tsv
cmp -s build/toc_b.tsv build/toc_b2.tsv || { echo "TOC of doc B not stable"; exit 1; }
rm -f build/pass1_a.pdf build/pass1_b.pdf
$PY make_cases.py
$PY provenance.py
if [ -x /work/main/.venv/bin/python ]; then CHK=/work/main/.venv/bin/python; else CHK=$PY; fi
$CHK check.py
