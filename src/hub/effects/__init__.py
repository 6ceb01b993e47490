"""`hub effect import`: a survey export (EDBI questionnaire of one session) becomes the aggregated
counts in content/effects/; open answers go, without personal data, only to a file outside content/."""
