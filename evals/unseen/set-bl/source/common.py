"""Shared helpers: fact registry and rounding checks."""
import json


class Facts:
    """Every figure that a case may ask for is registered here, with the text exactly as
    printed in the PDF and where it stands. make_cases.py and check.py read facts-*.json."""

    def __init__(self, doc_id):
        self.doc_id = doc_id
        self.items = {}

    def add(self, key, value, printed, where, unit="EUR", near=None, scale=1, context=None):
        if key in self.items:
            raise KeyError("duplicate fact " + key)
        self.items[key] = dict(value=value, printed=printed, where=where, unit=unit,
                               near=near or [], scale=scale, context=context)
        return printed

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(dict(document=self.doc_id, facts=self.items), f, ensure_ascii=False, indent=1)


def k(euros):
    """Round euros to thousands the way the tables do (half away from zero)."""
    q = abs(euros) / 1000.0
    r = int(q + 0.5)
    return r if euros >= 0 else -r


def check_sum(parts_euro, label):
    """The rounded total must equal the sum of the rounded parts (so a table adds up in
    thousands and matches the euro table)."""
    tot = k(sum(parts_euro))
    s = sum(k(p) for p in parts_euro)
    if tot != s:
        raise AssertionError(f"rounding mismatch in {label}: round(sum)={tot} sum(round)={s}")
