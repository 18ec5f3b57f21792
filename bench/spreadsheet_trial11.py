"""Trial 11's Google Forms sheet, written by hand from the file for the fidelity bench (format: `spreadsheet_written`).

Agile Laval 2026 (Laval, Monday 18 May 2026): each slot's start typed into the form's `Horodateur`
column, four rooms in parallel, no ends (each slot ends when the day's next later one starts; the last
keeps none), each speaker `Prénom Nom` with the `Entreprise` written after the name as the model keeps
it ("Name [Company]"); `A et B` two people; the breaks name nobody.
"""

AGILELAVAL2026 = """
Mon 08:15 08:45 | Accueil des participants - Café de bienvenue |
Mon 08:45 09:00 | Mot des organisateurs |
Mon 09:00 09:55 | Keynote 1 : Mes chers collègues, par pitié, ne massacrons plus les enseignements de gestion de projet ! | Jean Luc Lambert [Elypsis]
Mon 09:55 10:45 | Le vent tourne, comment naviguez vous sur l'agilité ? | Yannick Ameur [Elypsis]
Mon 09:55 10:45 | Apprendre Sans Frontières : Un voyage entre Education et Agilité | Thomas Chopin [Elypsis]
Mon 09:55 10:45 | Créer des sites, logiciels et applis à impact : de l'Agilité au Product Management | Camille Sanchis [Elypsis]
Mon 09:55 10:45 | Des réunions qui respirent et qui donnent envie de revenir (Atelier long) | Hélène Surgot [Elypsis]
Mon 10:45 11:10 | Pause café |
Mon 11:10 12:00 | L'art de la motivation | Thomas Clavier [Elypsis]
Mon 11:10 12:00 | De l'oubli à la maitrise, comment gérer ses connaissances ? | Maxime Sciare [Elypsis]
Mon 11:10 12:00 | Les Aventuriers du Manifeste Perdu, votre escape game de l'agilité | Hervé Guennec [Elypsis]; Alexandre Huete [Elypsis]
Mon 12:00 13:30 | Pause déjeuner |
Mon 13:30 14:25 | Keynote 2 : Se (re)connecter à l'énergie des pionniers... manifeste pour un travail plus vivant. | Julien Fallet [Elypsis]
Mon 14:25 15:15 | TransformationAgile.com - Les pratiques agiles pour l'entreprise : l'art de réussir | Philippe Paulus [Elypsis]
Mon 14:25 15:15 | Peut-on rester agile avec des équipes en distanciel ? | Nicolas Masztaler [Elypsis]; Thomas Le Gac [Elypsis]
Mon 14:25 15:15 | Comment diminuer voire faire disparaitre une émotion gênante (peur, colère, tristesse...) | Françoise Bossuet [Elypsis]
Mon 14:25 15:15 | Le jeu Win Your Star (Serious game) (Atelier long) | Gaëtan Beuve [Elypsis]
Mon 15:15 15:30 | Pause café |
Mon 15:30 16:30 | L'agilité peut-elle être une culture d'entreprise ? | Christophe Keromen [Elypsis]
Mon 15:30 16:30 | Comment mesurer la performance d'une équipe Agile ? | Vincent Rossignol [Elypsis]
Mon 15:30 16:30 | Retro, oui, mais laquelle | Jean-Baptiste LE GOFF [Elypsis]
Mon 16:30 - | Mot de clôture |
"""  # noqa: E501
