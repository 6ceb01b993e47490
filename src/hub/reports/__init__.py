"""Reports computed from a loaded catalog: pruning findings, statistics, question trends, links.

Below render (the editors' pages show them) and above the model, check and index layers.
"""
