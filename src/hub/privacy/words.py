"""Small embedded word lists for name matching: surname particles, and ordinary Dutch words that are
also first names or surnames in Flanders (so a name part 'Klas' never wipes 'de klas')."""

from __future__ import annotations

from hub.model.stopwords import STOP_WORDS

_PARTICLES = "d de den der des di du el la le l op t te ten ter van vande vanden vander vd von zur"
PARTICLES = frozenset(_PARTICLES.split())

# Snowball's Dutch stop words (hub.model.stopwords), then ordinary words that double as names,
# then greetings and the words around a name in a question ('juf', 'mevrouw'), all lowercase and
# without accents.
_TEXT = """
klas school les leraar leerling juf meester directie directeur zorg taal lezen rekenen
wit zwart rood groen blauw geel bruin grijs goud zilver
groot klein lang kort jong oud nieuw goed kwaad vroeg laat snel stil blij wijs rijk arm vrij
vos wolf beer das haas mol mus vink mees kraai merel valk arend zwaan haan hen kat hond paard
bos berg dal beek meer zee strand duin veld heide weide akker wei hof tuin park dijk dam
brug hoek kerk kapel molen poort toren huis stad dorp straat plein markt post school
roos lelie iris tulp hyacint linde eik berk wilg den beuk hazelaar bloem blad boom
lente zomer herfst winter mei juni juli april maart augustus januari
koning keizer graaf prins ridder paus bisschop pastoor koster smid bakker visser jager boer
kok timmerman schilder kuiper wever slager brouwer molenaar herder schipper
hoop geluk vrede liefde trouw ster zon maan dag nacht avond morgen
will mark bas ben lot lief fleur
vraag vragen antwoord dank bedankt groeten groet dag hallo hoi beste geachte mevrouw meneer
heer vriendelijke mvg info contact secretariaat admin leerkracht ouder ouders mama papa
"""
COMMON_WORDS = STOP_WORDS | frozenset(_TEXT.split())
