"""Small embedded word lists for name matching: surname particles, and ordinary Dutch words that are
also first names or surnames in Flanders (so a name part 'Klas' never wipes 'de klas')."""

from __future__ import annotations

_PARTICLES = "d de den der des di du el la le l op t te ten ter van vande vanden vander vd von zur"
PARTICLES = frozenset(_PARTICLES.split())

# Snowball's Dutch stop words, then ordinary words that double as names, then greetings and the
# words around a name in a question ('juf', 'mevrouw'), all lowercase and without accents.
_TEXT = """
aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een
eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in
is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu
of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren
was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou

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
COMMON_WORDS = frozenset(_TEXT.split())
