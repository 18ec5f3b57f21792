"""One reader for every grid of cells: CSV and TSV rows, workbook sheets (and later HTML tables).

A format module hands over a `Table` of cells that know where they came from; `read_table`
finds the header, maps the columns, and reads the rows into items (one row per item, or one
row per presenter joined back into one item).
"""
