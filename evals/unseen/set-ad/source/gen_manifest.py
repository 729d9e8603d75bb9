"""Write corpus/manifest.yaml from the data module."""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

import data as d

out = Path(sys.argv[1] if len(sys.argv) > 1 else "../corpus")
docs = [
    {"file": d.MUNI_FILE, "municipality": d.MUNI, "year": 2029, "type": "jaarstukken",
     "title": f"Jaarstukken 2029 — {d.MUNI_SUBTITLE}"},
    {"file": d.GR_FILE, "municipality": d.GR, "year": 2031, "type": "begroting",
     "title": d.GR_TITLE},
]
(out / "manifest.yaml").write_text(yaml.safe_dump({"documents": docs}, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")
print(f"wrote {out / 'manifest.yaml'}")
