"""Writes the two document models (content_twenterand.py, content_duivenvoorde.py) as JSON for the node renderers."""
import json
import sys

import content_duivenvoorde as cd
import content_twenterand as ct

out = sys.argv[1]
json.dump(ct.MODEL, open(f"{out}/twenterand.json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
json.dump(cd.MODEL, open(f"{out}/duivenvoorde.json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
