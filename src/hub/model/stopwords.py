"""Snowball's Dutch stop words, folded: short function words only, never domain words.

Shared by the search analysis (left out of the index) and the personal-data scan (never a name)."""

from __future__ import annotations

_STOP_TEXT = """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een
    eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in
    is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu
    of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren
    was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
