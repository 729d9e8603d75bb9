"""Build the specs of both fictional documents and the facts registry (build/facts.json)."""
import json
import os

from common import Facts
import gen_doc_a
import gen_doc_b

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)

facts = Facts()
spec_a, extra_a = gen_doc_a.spec(facts)
spec_b, extra_b = gen_doc_b.spec(facts)
for name, spec in (("spec_a.json", spec_a), ("spec_b.json", spec_b)):
    with open(os.path.join(BUILD, name), "w") as fh:
        json.dump(spec, fh, ensure_ascii=False, indent=0)
facts.dump(os.path.join(BUILD, "facts.json"))
with open(os.path.join(BUILD, "extra.json"), "w") as fh:
    json.dump({"a": extra_a, "b": extra_b}, fh, indent=0, default=str)
print(f"facts: {len(facts.f)}")
