"""Editorial workflow: the pruning report, retiring items, and what a change does to the site."""
