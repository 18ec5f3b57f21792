"""Trial 15's TSV named .csv, written by hand from the file for the fidelity bench (format: `spreadsheet_written`).

The symposium for Daniela Pietrobon (Padova, Friday 30 January 2026): `day | hour | content`, one
day, ranges with an en dash or a hyphen; each lecture `Lecture by Prof. Name, "Title"`, its title
the quoted one and its person the name without the honorific; a title with no quoted title stays as
written, its person the name after "by" (after a role: "by the Department Head, Prof. Rosario
Rizzuto"), as TPM 2024's "Invited Talk by …" does; the breaks name nobody.
"""

PIETROBON2026 = """
Fri 10:00 10:30 | Registration |
Fri 10:30 11:00 | Welcome by the Department Head, Prof. Rosario Rizzuto | Rosario Rizzuto
Fri 11:00 11:30 | From calcium channels to brain plasticity: my adventures with Daniela | Chinfei Chen
Fri 11:30 12:00 | Sodium Channels in Genetic Neurological Disorders: Spotlight on SCN1A/NaV1.1 | Massimo Mantegazza
Fri 12:00 12:30 | Cellular and circuital mechanisms underlying sensory perception and spatial navigation | Tommaso Fellin
Fri 12:30 14:00 | Lunch break (reserved to invited participants) |
Fri 14:00 14:30 | Calcium Channelopathies: from Migraine to Autism | Joerg Striessnig
Fri 14:30 15:00 | Perineuronal nets: a brain wide perspective | Tommaso Pizzorusso
Fri 15:00 15:30 | GLT-1 multifaceted modulation of E/I balance | Fiorenzo Conti
Fri 15:30 16:00 | Coffee break (reserved to invited participants) |
Fri 16:00 16:30 | Homeostatic chemo-optogenetics and gene-free photostimulation of neurons: towards a light-powered brain | Fabio Benfenati
Fri 16:30 17:00 | Unraveling the mechanisms of migraine with aura (with Daniela!) | K.C. Brennan
Fri 17:00 18:00 | Concluding Lecture by Prof. Daniela Pietrobon | Daniela Pietrobon
"""  # noqa: E501
