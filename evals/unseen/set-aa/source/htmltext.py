"""Text dump of the Excel-HTML document: list of tables, each a list of rows, each a list of
(column_index, displayed_text) with colspans expanded to their first column."""
import html.parser


class _P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.row, self.cell, self.col = [], None, None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row, self.col = [], 0
        elif tag == "td" and self.row is not None:
            self.cell = {"col": self.col, "text": "", "attrs": a}
            self.col += int(a.get("colspan", 1))

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.row.append((self.cell["col"], " ".join(self.cell["text"].replace("\xa0", " ").split()),
                             self.cell["attrs"]))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.tables:
                self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data


def parse(path):
    raw = open(path, "rb").read()
    p = _P()
    p.feed(raw.decode("cp1252"))
    return p.tables


def dump(tables):
    lines = []
    for t_i, t in enumerate(tables):
        lines.append(f"=== table {t_i}")
        for row in t:
            cells = [f"[{c}] {txt}" for c, txt, _ in row if txt]
            if cells:
                lines.append(" | ".join(cells))
    return "\n".join(lines)


if __name__ == "__main__":
    import sys
    print(dump(parse(sys.argv[1])))
