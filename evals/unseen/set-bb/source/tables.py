"""A small table model shared by the two generators and gen_cases.py: every table is built
once (caption, columns with their printed header lines, rows with their printed cells) and
rendered by the generator; gen_cases.py takes the printed cells from the same object, and
check.py finds them back in the PDF without this module."""


class Col:
    def __init__(self, key, lines, group=None, width=None):
        self.key = key            # internal key
        self.lines = lines        # header lines as printed, top to bottom
        self.group = group        # spanning group header printed above (or None)
        self.width = width        # renderer hint


class Row:
    def __init__(self, label, cells=None, style="normal", label_lines=None):
        self.label = label        # full label as printed (may wrap)
        self.cells = cells or {}  # key -> printed text
        self.style = style        # normal | bold | group | italic | total
        self.label_lines = label_lines  # filled in by check/extract, not by the generators


class Table:
    def __init__(self, tid, caption, cols, rows, scale=None, scale_where=None, corner=None,
                 note=None, doc=None, scale_factor=1):
        self.tid = tid
        self.caption = caption    # printed caption line ("Tabel 3.2 Wat mag het kosten?")
        self.cols = cols
        self.rows = rows
        self.scale = scale        # the scale statement as printed (or None)
        self.scale_where = scale_where  # 'corner' | 'caption-line' | 'note' | 'caption'
        self.corner = corner      # text of the top-left header cell
        self.note = note
        self.doc = doc
        self.scale_factor = scale_factor

    def col(self, key):
        for c in self.cols:
            if c.key == key:
                return c
        raise KeyError(key)

    def row(self, label):
        hits = [r for r in self.rows if r.label == label]
        if len(hits) != 1:
            raise KeyError((self.tid, label, len(hits)))
        return hits[0]

    def rows_named(self, label):
        return [r for r in self.rows if r.label == label]

    def groups(self):
        out = []
        for c in self.cols:
            if c.group and (not out or out[-1][0] != c.group):
                out.append([c.group, 0])
            if c.group:
                out[-1][1] += 1
            else:
                out.append([None, 1])
        return out
