var sessions = [
	{
		"id": "5115",
		"start": "10:15",
		"duration": 45,
		"room": "stage 1",
		"title": "Eröffnung",
		"track": "re:publica",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "65",
				"#text": "Andreas Gebhard"
			},
			{
				"id": "46",
				"#text": "Markus Beckedahl"
			},
			{
				"id": "2003",
				"#text": "Tanja Haeusler"
			},
			{
				"id": "48",
				"#text": "Johnny Haeusler"
			}
		],
		"date": "2013-05-06",
		"startInt": 615,
		"dayInt": 0
	},
	{
		"id": "5044",
		"start": "11:00",
		"duration": 60,
		"room": "stage 1",
		"title": "Innovating Africa",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "1433",
				"#text": "Erik Hersman"
			}
		],
		"date": "2013-05-06",
		"startInt": 660,
		"dayInt": 0
	},
	{
		"id": "5369",
		"start": "12:00",
		"duration": 15,
		"room": "stage 1",
		"title": "brand eins",
		"track": "research & education",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "724",
				"#text": "Anja Ebersbach"
			}
		],
		"date": "2013-05-06",
		"startInt": 720,
		"dayInt": 0
	},
	{
		"id": "5035",
		"start": "12:15",
		"duration": 60,
		"room": "stage 1",
		"title": "Aufruf zum metakulturellen Diskurs",
		"track": "politics & society",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "1103",
				"#text": "Gunter Dueck"
			}
		],
		"date": "2013-05-06",
		"startInt": 735,
		"dayInt": 0
	},
	{
		"id": "5048",
		"start": "13:15",
		"duration": 15,
		"room": "stage 1",
		"title": "brand eins",
		"track": "research & education",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "1491",
				"#text": "Christoph Meinel"
			}
		],
		"date": "2013-05-06",
		"startInt": 795,
		"dayInt": 0
	},
	{
		"id": "6424",
		"start": "13:30",
		"duration": 60,
		"room": "stage 1",
		"title": "Iceland could have been innovative: Participatory democracy.",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "2118",
				"#text": "Birgitta Jónsdóttir"
			}
		],
		"date": "2013-05-06",
		"startInt": 810,
		"dayInt": 0
	},
	{
		"id": "5370",
		"start": "14:30",
		"duration": 15,
		"room": "stage 1",
		"title": "brand eins",
		"track": "research & education",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "1438",
				"#text": "Wolf Lotter"
			}
		],
		"date": "2013-05-06",
		"startInt": 870,
		"dayInt": 0
	},
	{
		"id": "4946",
		"start": "14:45",
		"duration": 30,
		"room": "stage 1",
		"title": "Ecstasy and Despair: How Powerful Emotions Trigger Digital Activism",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"abstract": "What does my friend Nicole's bum have to do with breast cancer, murdered young black men, and the future of the Internet?",
		"slide": "http://re-publica.de/sites/re-publica.de/files/slides/DeannaZandt_rp13_EcstasyDespair.pdf",
		"persons": [
			{
				"id": "1631",
				"#text": "Deanna Zandt"
			}
		],
		"date": "2013-05-06",
		"startInt": 885,
		"dayInt": 0
	},
	{
		"id": "5597",
		"start": "15:15",
		"duration": 30,
		"room": "stage 1",
		"title": "Cybersexism",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"persons": [
			{
				"id": "1854",
				"#text": "Laurie Penny"
			}
		],
		"date": "2013-05-06",
		"startInt": 915,
		"dayInt": 0
	},
	{
		"id": "5371",
		"start": "15:45",
		"duration": 15,
		"room": "stage 1",
		"title": "brand eins",
		"track": "research & education",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "1633",
				"#text": "Juergen Erbeldinger"
			}
		],
		"date": "2013-05-06",
		"startInt": 945,
		"dayInt": 0
	},
	{
		"id": "5037",
		"start": "16:00",
		"duration": 30,
		"room": "stage 1",
		"title": "Building a web we can trust",
		"track": "science & technology",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"persons": [
			{
				"id": "921",
				"#text": "Mitchell Baker"
			}
		],
		"date": "2013-05-06",
		"startInt": 960,
		"dayInt": 0
	},
	{
		"id": "5869",
		"start": "16:30",
		"duration": 30,
		"room": "stage 1",
		"title": "Speech at scale",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Diskussion",
		"persons": [
			{
				"id": "2007",
				"#text": "Richard Allan"
			},
			{
				"id": "1685",
				"#text": "Ulf Buermeyer"
			}
		],
		"date": "2013-05-06",
		"startInt": 990,
		"dayInt": 0
	},
	{
		"id": "5372",
		"start": "17:00",
		"duration": 15,
		"room": "stage 1",
		"title": "brand eins",
		"track": "research & education",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "1103",
				"#text": "Gunter Dueck"
			}
		],
		"date": "2013-05-06",
		"startInt": 1020,
		"dayInt": 0
	},
	{
		"id": "5046",
		"start": "17:15",
		"duration": 30,
		"room": "stage 1",
		"title": "Iron Sky",
		"track": "culture",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "958",
				"#text": "Tero Kaukomaa"
			},
			{
				"id": "957",
				"#text": "Timo Vuorensola"
			}
		],
		"date": "2013-05-06",
		"startInt": 1035,
		"dayInt": 0
	},
	{
		"id": "6039",
		"start": "18:00",
		"duration": 30,
		"room": "stage 1",
		"title": "Making-of R´ha",
		"track": "culture",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{
				"id": "2004",
				"#text": "Kaleb Lechowski"
			},
			{
				"id": "2039",
				"#text": "Ingke Weimert"
			}
		],
		"date": "2013-05-06",
		"startInt": 1080,
		"dayInt": 0
	},
	{
		"id": "5117",
		"start": "18:30",
		"duration": 60,
		"room": "stage 1",
		"title": "Comic Misunderstanding – A conversation with Graham Linehan (IT Crowd)",
		"track": "culture",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "1540",
				"#text": "Graham Linehan"
			},
			{
				"id": "48",
				"#text": "Johnny Haeusler"
			}
		],
		"date": "2013-05-06",
		"startInt": 1110,
		"dayInt": 0
	},
	{
		"id": "1152",
		"start": "19:45",
		"duration": 60,
		"room": "stage 1",
		"title": "Überraschungsvortrag II",
		"track": "re:publica",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"abstract": "Der Begriff \"Überraschung\" aus dem Vortragstitel \"Überraschungsvortrag\" beinhaltet konzeptionell, dass die durchaus vorhandene Kernthese hier noch nicht verraten werden kann.",
		"persons": [
			{
				"id": "81",
				"#text": "Sascha Lobo"
			}
		],
		"date": "2013-05-06",
		"startInt": 1185,
		"dayInt": 0
	},
	{
		"id": "879",
		"start": "11:00",
		"duration": 60,
		"room": "stage 3",
		"title": "Die maschinenlesbare Regierung - Eine kritische Analyse zur Gegenwart von Open Data und Open Goverment in Deutschland",
		"track": "politics & society",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"abstract": "Open Data läuft Gefahr, dass sich dasselbe Probleme ergeben wie bei Open Access: Der Begriff wird falsch besetzt, und die Folgen werden sogar fataler sein. Zudem ist es wichtig, die Akteure und deren Motivation genauer zu beobachten, denn in dem Bereich, der auch gerne im Kontext einer \"Verwaltungsmodernisierung\" begriffen wird, geht es mittel- und langfristig um sehr viel Geld.",
		"persons": [
			{
				"id": "251",
				"#text": "fukami "
			},
			{
				"id": "1936",
				"#text": "Lorenz Matzat"
			}
		],
		"date": "2013-05-06",
		"startInt": 660,
		"dayInt": 0
	},
	{
		"id": "1547",
		"start": "12:15",
		"duration": 30,
		"room": "stage 3",
		"title": "Open Data – und was hat das mit mir zu tun?",
		"track": "politics & society",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"abstract": "Open Data ist kein abstraktes, rein-wissenschaftliches oder politisches Thema, ganz im Gegenteil viele Daten aus Infrastruktur und Gesellschaft sind sehr alltagsnah und können uns dabei helfen unseren Alltag und die Systeme rund um uns besser zu verstehen und zu verändern. Um zu zeigen was Open Data mit jedem Einzelnen von uns zu tun hat, müssen die richtigen Fragen gestellt und der theoretische Rahmen verlassen werden.",
		"persons": [
			{
				"id": "434",
				"#text": "Julia Kloiber"
			},
			{
				"id": "547",
				"#text": "Stefan Wehrmeyer"
			}
		],
		"date": "2013-05-06",
		"startInt": 735,
		"dayInt": 0
	},
	{
		"id": "1538",
		"start": "12:45",
		"duration": 30,
		"room": "stage 3",
		"title": "openPlanB - Stufe 2",
		"track": "politics & society",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"persons": [
			{
				"id": "545",
				"#text": "Michael Kreil"
			}
		],
		"date": "2013-05-06",
		"startInt": 765,
		"dayInt": 0
	},
	{
		"id": "5594",
		"start": "13:30",
		"duration": 30,
		"room": "stage 3",
		"title": "Opening Public Transport in Berlin",
		"track": "science & technology",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"abstract": "Mit offenen Daten zum Öffentlichen Nahverkehr lassen sich zahlreiche innovative Lösungen anstoßen, die die Nutzung der Verkehrsmittel erleichtern und den Wettbewerb zwischen App-Entwicklern anstoßen.",
		"persons": [
			{
				"id": "1847",
				"#text": "Wolfgang Both"
			},
			{
				"id": "434",
				"#text": "Julia Kloiber"
			},
			{
				"id": "1848",
				"#text": "Alexander Pilz"
			},
			{
				"id": "2443",
				"#text": "Yan Minagawa"
			}
		],
		"date": "2013-05-06",
		"startInt": 810,
		"dayInt": 0
	},
	{
		"id": "1940",
		"start": "14:00",
		"duration": 30,
		"room": "stage 3",
		"title": "Open Data & Culture - Creating the Cultural Commons",
		"track": "culture",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"persons": [
			{
				"id": "783",
				"#text": "Joris Pekel"
			},
			{
				"id": "875",
				"#text": "Daniel Dietrich"
			}
		],
		"date": "2013-05-06",
		"startInt": 840,
		"dayInt": 0
	},
	{
		"id": "2304",
		"start": "14:45",
		"duration": 30,
		"room": "stage 3",
		"title": "Freedom of speech, nipples and the rule of law",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"abstract": "National governments, EU institutions and international organsiations make more and more use of the term \"self-regulation\" in the context fighting illegal online content, content accused of being illegal or content that is just unwelcome. It is \"the\" answer in fighting online illegal activities, such as terrorsim, child abuse or copyright infringements. Among the most telling and recent examples are the EU-funded Clean IT project, ACTA, SOPA, PIPA, CISPA...",
		"persons": [
			{
				"id": "768",
				"#text": "Joe McNamee"
			}
		],
		"date": "2013-05-06",
		"startInt": 885,
		"dayInt": 0
	},
	{
		"id": "4711",
		"start": "15:15",
		"duration": 30,
		"room": "stage 3",
		"title": "Personal Data: Nothing to hide?",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"abstract": "Are we building the digital environment enhancing our life, or are we guinea pigs of those who control and trade our data?",
		"persons": [
			{
				"id": "1531",
				"#text": "Katarzyna Szymielewicz"
			},
			{
				"id": "922",
				"#text": "Jérémie Zimmermann"
			}
		],
		"date": "2013-05-06",
		"startInt": 915,
		"dayInt": 0
	},
	{
		"id": "6128",
		"start": "16:00",
		"duration": 60,
		"room": "stage 3",
		"title": "Stimmt das? Check mit dem ZDF die Fakten im Wahlkampf",
		"track": "media",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Workshop",
		"abstract": "Stimmt das eigentlich, was Politiker in Interviews, Talkshows und Reden sagen? Das ZDF startet zur Bundestagswahl ein crossmediales Projekt, um Politikeraussagen zu checken. Und jeder darf mitarbeiten. Auf der re:publica könnt ihr das neue Tool vor dem Start exklusiv ausprobieren.",
		"persons": [
			{
				"id": "1911",
				"#text": "Sonja Schünemann"
			},
			{
				"id": "1909",
				"#text": "Michael Umlandt"
			},
			{
				"id": "2499",
				"#text": "Barbara Fischer"
			}
		],
		"date": "2013-05-06",
		"startInt": 960,
		"dayInt": 0
	},
	{
		"id": "1577",
		"start": "17:15",
		"duration": 60,
		"room": "stage 3",
		"title": "Das Buch muss überwunden werden - Digitales Utopia oder eher El Dorado?",
		"track": "culture",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Diskussion",
		"abstract": "Es läuft viel Murx. Wir sagen euch, wie's besser wär :)",
		"persons": [
			{
				"id": "576",
				"#text": "Tina Lorenz"
			},
			{
				"id": "695",
				"#text": "Mathias Schindler"
			},
			{
				"id": "1425",
				"#text": "Ralf Stockmann"
			}
		],
		"date": "2013-05-06",
		"startInt": 1035,
		"dayInt": 0
	},
	{
		"id": "1823",
		"start": "18:30",
		"duration": 60,
		"room": "stage 3",
		"title": "Wikipedia: wo User geblockt, Artikel gelöscht und Reputationen zerstört werden",
		"track": "research & education",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"abstract": "Die Wikipedia ist zu mächtig um sie nicht zu verstehen. Wie in der Demokratie lebt auch die offene Enzyklopädie nur durch Teilhabe, durch kritische Öffentlichkeit und einen permanenten Diskurs. Es ist daher an der Zeit, mit einigen Mythen aufzuräumen und ein paar Wahrheiten zur Wikipedia mit Lesern & Nutzern zu diskutieren.",
		"persons": [
			{
				"id": "724",
				"#text": "Anja Ebersbach"
			},
			{
				"id": "453",
				"#text": "Pavel Richter"
			},
			{
				"id": "485",
				"#text": "Dirk Franke"
			}
		],
		"date": "2013-05-06",
		"startInt": 1110,
		"dayInt": 0
	},
	{
		"id": "2012",
		"start": "19:45",
		"duration": 60,
		"room": "stage 3",
		"title": "Das heilige Abendmahl",
		"track": "re:publica",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Aktion",
		"abstract": "Die mit Vehemenz ausgetragenen Diskussionen um die Wahrhaftigkeit, Wichtigkeit und Weltlichkeit von sozialen Medien lassen vermuten, dass mehr dahinter steckt, als nur eine technische Plattform, auf der sich Menschen zum Gedankenaustausch treffen. Das Gezeter der Glaubensführer, Verweigerer und plattformabhängigen Selbstverleugner sprechen eine deutliche Sprache. Social Media ist eine Religion. Twitter ist eine Kirche. Doch wer sind die Protagonisten, Verführer, Geistlichen, Päpste und Päpstinnen? – Das Abendmahl.",
		"persons": [
			{
				"id": "813",
				"#text": "Huck Haas"
			},
			{
				"id": "1443",
				"#text": "Gerrit Bruce Becht"
			},
			{
				"id": "1440",
				"#text": "Maike Hank"
			},
			{
				"id": "2246",
				"#text": "Tobias 'schlenzalot' Schramm"
			},
			{
				"id": "2506",
				"#text": "Anja Gottschling"
			}
		],
		"date": "2013-05-06",
		"startInt": 1185,
		"dayInt": 0
	},
	{
		"id": "7131",
		"start": "11:00",
		"duration": 30,
		"room": "newthinking",
		"title": "What Would Harry Do?",
		"track": "business & innovation",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{
				"id": "2514",
				"#text": "Harry Do"
			}
		],
		"date": "2013-05-06",
		"startInt": 660,
		"dayInt": 0
	},
	{
		"id": "7529",
		"start": "14:00",
		"duration": 30,
		"room": "newthinking",
		"title": "Expand your SEO to the next level",
		"track": "business & innovation",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "2429",
				"#text": "Stav Zilbershtein"
			},
			{
				"id": "2430",
				"#text": "Guy Bachar"
			}
		],
		"date": "2013-05-06",
		"startInt": 840,
		"dayInt": 0
	},
	{
		"id": "5515",
		"start": "14:45",
		"duration": 60,
		"room": "workshop A",
		"title": "Mehr als Clicktivism: Mit strategischen Online-Kampagnen Politik verändern",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Workshop",
		"persons": [
			{
				"id": "1822",
				"#text": "Felix Kolb"
			}
		],
		"date": "2013-05-06",
		"startInt": 885,
		"dayInt": 0
	},
	{
		"id": "5520",
		"start": "16:00",
		"duration": 60,
		"room": "workshop A",
		"title": "E-Partizipation für NGOs – Chancen und Risiken online",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"persons": [
			{
				"id": "1825",
				"#text": "Kathrin Voss"
			}
		],
		"date": "2013-05-06",
		"startInt": 960,
		"dayInt": 0
	},
	{
		"id": "5517",
		"start": "17:15",
		"duration": 60,
		"room": "workshop A",
		"title": "10 Fehler die wir alle machen! – Nonprofits und Social Media Stand 2013",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Workshop",
		"persons": [
			{
				"id": "1823",
				"#text": "Jona Hölderle"
			}
		],
		"date": "2013-05-06",
		"startInt": 1035,
		"dayInt": 0
	},
	{
		"id": "6211",
		"start": "18:30",
		"duration": 60,
		"room": "workshop A",
		"title": "Neues Berufsbild (Online-) Campaigner/in",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{}
		],
		"date": "2013-05-06",
		"startInt": 1110,
		"dayInt": 0
	},
	{
		"id": "6425",
		"start": "12:15",
		"duration": 60,
		"room": "stage 2",
		"title": "Blogging Cuba",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "2117",
				"#text": "Yoani Sánchez"
			}
		],
		"date": "2013-05-06",
		"startInt": 735,
		"dayInt": 0
	},
	{
		"id": "6146",
		"start": "13:30",
		"duration": 30,
		"room": "stage 2",
		"title": "Die Geschichte des Computers",
		"track": "science & technology",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "2105",
				"#text": "Horst Zuse"
			},
			{
				"id": "47",
				"#text": "Katharina Meyer"
			}
		],
		"date": "2013-05-06",
		"startInt": 810,
		"dayInt": 0
	},
	{
		"id": "1957",
		"start": "14:00",
		"duration": 30,
		"room": "stage 2",
		"title": "Mass Customization: Da geht noch mehr",
		"track": "business & innovation",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"abstract": "Trotz des Hypes bleibt Mass Customizatiom in der Praxis weit hinter den Möglichkeiten zurück. Warum ist das so? Was ginge eigentlich?",
		"persons": [
			{
				"id": "791",
				"#text": "Kathrin Passig"
			}
		],
		"date": "2013-05-06",
		"startInt": 840,
		"dayInt": 0
	},
	{
		"id": "1393",
		"start": "14:45",
		"duration": 60,
		"room": "stage 2",
		"title": "YouTube – zwischen Wildwest und Goldgrube.",
		"track": "media",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"abstract": "Markus Hündgen und Bertram Gugel werfen einen Blick auf YouTube und zeigen Goldgruben und Chancen auf YouTube, werfen jedoch auch einen Blick auf die aktuellen Problemfelder, die sich aus dem schnellen Wachstum der Plattform ergeben.",
		"persons": [
			{
				"id": "462",
				"#text": "Bertram Gugel"
			},
			{
				"id": "1472",
				"#text": "Markus Hündgen"
			}
		],
		"date": "2013-05-06",
		"startInt": 885,
		"dayInt": 0
	},
	{
		"id": "5866",
		"start": "16:00",
		"duration": 60,
		"room": "stage 2",
		"title": "YouTube macht die Stars von heute",
		"track": "media",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "1999",
				"#text": " LeFloid"
			},
			{
				"id": "2059",
				"#text": "Simon W.[ungespielt]"
			},
			{
				"id": "693",
				"#text": "Christoph Krachten"
			},
			{
				"id": "1919",
				"#text": "Hannes Jakobsen"
			},
			{
				"id": "48",
				"#text": "Johnny Haeusler"
			},
			{
				"id": "2200",
				"#text": "Amy Herzstark"
			}
		],
		"date": "2013-05-06",
		"startInt": 960,
		"dayInt": 0
	},
	{
		"id": "4273",
		"start": "17:15",
		"duration": 15,
		"room": "stage 2",
		"title": "Zivilkapitalismus. Wir sind die Wirtschaft.",
		"track": "business & innovation",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"abstract": "Der alte Kapitalismus hat ausgedient - er paßt nicht mehr zu uns, zu den selbstbewussten, selbstständigen und individuellen Menschen des 21. Jahrhunderts. Wir müssen einen neuen Kapitalismus denken, der zur Zivilgesellschaft der selbständigen Bürger passt, die sich weder von einem allmächtigen Staat noch von anonymen Strukturen beherrschen lassen wollen - sondern ihre Ökonomie selbst in die Hand nehmen.",
		"persons": [
			{
				"id": "1438",
				"#text": "Wolf Lotter"
			}
		],
		"date": "2013-05-06",
		"startInt": 1035,
		"dayInt": 0
	},
	{
		"id": "5039",
		"start": "17:30",
		"duration": 30,
		"room": "stage 2",
		"title": "Immer dieses Internet!",
		"track": "culture",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Diskussion",
		"persons": [
			{
				"id": "1008",
				"#text": "Mercedes Bunz"
			},
			{
				"id": "1497",
				"#text": "Diedrich Diederichsen"
			}
		],
		"date": "2013-05-06",
		"startInt": 1050,
		"dayInt": 0
	},
	{
		"id": "1698",
		"start": "18:30",
		"duration": 30,
		"room": "stage 7",
		"title": "Sportblogs und Sportjournalismus - Von investigativen Journalismus aus der Nische",
		"track": "media",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Diskussion",
		"persons": [
			{
				"id": "526",
				"#text": "Alexander Hauser"
			},
			{
				"id": "1424",
				"#text": "Don Dahlmann"
			},
			{
				"id": "1724",
				"#text": "Sebastian Fiebrig"
			},
			{
				"id": "1416",
				"#text": "Kai Pahl"
			}
		],
		"date": "2013-05-06",
		"startInt": 1110,
		"dayInt": 0
	},
	{
		"id": "6125",
		"start": "19:15",
		"duration": 15,
		"room": "stage 7",
		"title": "Blog Forever",
		"track": "science & technology",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"abstract": "How should the blogosphere be preserved for future generations? The preservation of the blogosphere needs new approaches and immediate action.",
		"persons": [
			{
				"id": "1873",
				"#text": "Hendrik Kalb"
			}
		],
		"date": "2013-05-06",
		"startInt": 1155,
		"dayInt": 0
	},
	{
		"id": "7964",
		"start": "20:00",
		"duration": 60,
		"room": "re:publica",
		"title": "#party – Snake'n'Tiger (Friedrich Scherlebeck) @ re:fill-Bar",
		"track": "re:publica",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{}
		],
		"date": "2013-05-06",
		"startInt": 1200,
		"dayInt": 0
	},
	{
		"id": "7965",
		"start": "22:00",
		"duration": 60,
		"room": "re:publica",
		"title": "#party – BATIDA DJ SET (Ten Cities, Lisbon) @ re:fill-Bar",
		"track": "re:publica",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{
				"id": "2374",
				"#text": "Pedro Coquenão"
			}
		],
		"date": "2013-05-06",
		"startInt": 1320,
		"dayInt": 0
	},
	{
		"id": "1397",
		"start": "18:45",
		"duration": 60,
		"room": "stage 5",
		"title": "Saisonrückblick Social Media Recht",
		"track": "media",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Workshop",
		"persons": [
			{
				"id": "465",
				"#text": "Thorsten Feldmann"
			},
			{
				"id": "104",
				"#text": "Henning Krieg"
			}
		],
		"date": "2013-05-07",
		"startInt": 1125,
		"dayInt": 1
	},
	{
		"id": "6205",
		"start": "10:00",
		"duration": 60,
		"room": "workshop A",
		"title": "Eröffnung & Barcamp Session-Planung",
		"track": "re:campaign",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{}
		],
		"date": "2013-05-07",
		"startInt": 600,
		"dayInt": 1
	},
	{
		"id": "6207",
		"start": "11:15",
		"duration": 60,
		"room": "workshop A",
		"title": "A1",
		"track": "re:campaign",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{}
		],
		"date": "2013-05-07",
		"startInt": 675,
		"dayInt": 1
	},
	{
		"id": "6212",
		"start": "12:30",
		"duration": 60,
		"room": "workshop A",
		"title": "A2",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{}
		],
		"date": "2013-05-07",
		"startInt": 750,
		"dayInt": 1
	},
	{
		"id": "6232",
		"start": "13:45",
		"duration": 60,
		"room": "workshop A",
		"title": "A3",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{}
		],
		"date": "2013-05-07",
		"startInt": 825,
		"dayInt": 1
	},
	{
		"id": "6236",
		"start": "15:00",
		"duration": 60,
		"room": "workshop A",
		"title": "A4",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{}
		],
		"date": "2013-05-07",
		"startInt": 900,
		"dayInt": 1
	},
	{
		"id": "6437",
		"start": "16:15",
		"duration": 60,
		"room": "workshop A",
		"title": "Spannender Abschluss & Gemütlicher Ausklang",
		"track": "re:campaign",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{}
		],
		"date": "2013-05-07",
		"startInt": 975,
		"dayInt": 1
	},
	{
		"id": "5669",
		"start": "18:45",
		"duration": 60,
		"room": "workshop A",
		"title": "Space Science as a creative commons?",
		"track": "science & technology",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Diskussion",
		"abstract": "We claim space is for the people - let's bring it to the people!",
		"persons": [
			{
				"id": "608",
				"#text": "Marco Trovatello"
			}
		],
		"date": "2013-05-07",
		"startInt": 1125,
		"dayInt": 1
	},
	{
		"id": "4380",
		"start": "13:45",
		"duration": 60,
		"room": "stage 1",
		"title": "Die EU-Datenschutzreform als Balanceakt",
		"track": "politics & society",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"abstract": "Sind Datenschutz und Innovationsfähigkeit im Internet ein Widerspruch?",
		"persons": [
			{
				"id": "1856",
				"#text": "Jan Philipp Albrecht"
			},
			{
				"id": "2114",
				"#text": "Paul Nemitz"
			},
			{
				"id": "2286",
				"#text": "Ninja Marnau"
			},
			{
				"id": "1096",
				"#text": "Max Schrems"
			},
			{
				"id": "2010",
				"#text": "Linnea Riensberg"
			},
			{
				"id": "2553",
				"#text": "Susanne Dehmel"
			}
		],
		"date": "2013-05-08",
		"startInt": 825,
		"dayInt": 2
	},
	{
		"id": "5119",
		"start": "15:00",
		"duration": 60,
		"room": "stage 1",
		"title": "It's not a fax machine connect to a waffle iron",
		"track": "politics & society",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "971",
				"#text": "Cory Doctorow"
			}
		],
		"date": "2013-05-08",
		"startInt": 900,
		"dayInt": 2
	},
	{
		"id": "6398",
		"start": "16:15",
		"duration": 60,
		"room": "stage 1",
		"title": "Ihr wollt also wissen, was #aufschrei gebracht hat?",
		"track": "politics & society",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "2101",
				"#text": "Anne Wizorek"
			}
		],
		"date": "2013-05-08",
		"startInt": 975,
		"dayInt": 2
	},
	{
		"id": "8363",
		"start": "17:30",
		"duration": 30,
		"room": "stage 1",
		"title": "Interview with Ai Weiwei",
		"track": "culture",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{}
		],
		"date": "2013-05-08",
		"startInt": 1050,
		"dayInt": 2
	},
	{
		"id": "6481",
		"start": "18:00",
		"duration": 30,
		"room": "stage 1",
		"title": "Verabschiedung",
		"track": "re:publica",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "48",
				"#text": "Johnny Haeusler"
			},
			{
				"id": "2003",
				"#text": "Tanja Haeusler"
			},
			{
				"id": "46",
				"#text": "Markus Beckedahl"
			},
			{
				"id": "65",
				"#text": "Andreas Gebhard"
			}
		],
		"date": "2013-05-08",
		"startInt": 1080,
		"dayInt": 2
	},
	{
		"id": "1572",
		"start": "10:00",
		"duration": 30,
		"room": "stage 5",
		"title": "Von Television zu WikiVision: Mediale Grundversorgung von allen für alle",
		"track": "media",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Diskussion",
		"abstract": "Die Netzgemeinde hat ein so komplexes und strenges Format wie eine Enzyklopädie hinbekommen, warum nicht auch Grundversorgung?",
		"persons": [
			{
				"id": "569",
				"#text": "Volker Grassmuck"
			}
		],
		"date": "2013-05-08",
		"startInt": 600,
		"dayInt": 2
	},
	{
		"id": "1707",
		"start": "12:30",
		"duration": 60,
		"room": "stage 2",
		"title": "10 Vorschläge um die Welt zu verbessern",
		"track": "re:publica",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"abstract": "Es gibt Wege die Welt zu verbessern und ich will nach intensiver Recherche mindestens 10 davon präsentieren.",
		"persons": [
			{
				"id": "659",
				"#text": "Felix Schwenzel"
			}
		],
		"date": "2013-05-08",
		"startInt": 750,
		"dayInt": 2
	},
	{
		"id": "190",
		"start": "13:45",
		"duration": 60,
		"room": "stage 2",
		"title": "Die Digital Natives ziehen in den Krieg",
		"track": "politics & society",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"abstract": "Der – sehr deutsche – Glaube, die sozialen Netzwerke seien vor allem basisdemokratisch und friedlich, ist eine Schimäre. Aber was bedeutet das? Und vor allem: Wie schließt man Frieden im Social Web?",
		"persons": [
			{
				"id": "75",
				"#text": "Thomas Wiegold"
			},
			{
				"id": "152",
				"#text": "Sascha Stoltenow"
			}
		],
		"date": "2013-05-08",
		"startInt": 825,
		"dayInt": 2
	},
	{
		"id": "1446",
		"start": "15:00",
		"duration": 30,
		"room": "stage 2",
		"title": "Online universities - food for thought or an intellectual malnutrition epidemic?",
		"track": "research & education",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"abstract": "Massive open online courses will disrupt higher education by putting unprecedented pressure on universities, both financially and in terms of quality (or the lack thereof). But without a clear goal for the purpose of higher education, that disruption is bound to leave a pile of educational rubble, and us none the wiser.",
		"persons": [
			{
				"id": "495",
				"#text": "Sebastian Wernicke"
			},
			{
				"id": "420",
				"#text": "Jörn Loviscach"
			}
		],
		"date": "2013-05-08",
		"startInt": 900,
		"dayInt": 2
	},
	{
		"id": "5965",
		"start": "15:30",
		"duration": 30,
		"room": "stage 2",
		"title": "Ceci n'est pas un MOOC. How to build awesome, open, dirt-cheap online courses",
		"track": "research & education",
		"language": "English",
		"experience_level": "Fortgeschrittene",
		"type": "Vortrag",
		"abstract": "There is an incredible opportunity to build new and interesting ways to learn together online. MOOCs dominate the conversation, but only scratch the surface of what is possible. Better learning will happen when more people, not just academics and universities, gets involved in building, experimenting, and innovating.",
		"persons": [
			{
				"id": "942",
				"#text": "Jan Philipp Schmidt"
			}
		],
		"date": "2013-05-08",
		"startInt": 930,
		"dayInt": 2
	},
	{
		"id": "4381",
		"start": "16:15",
		"duration": 60,
		"room": "stage 2",
		"title": "Digital by default - „Digital Natives\" im Journalismus",
		"track": "media",
		"language": "German",
		"experience_level": "Fortgeschrittene",
		"type": "Diskussion",
		"abstract": "Der Weg in die digitale Nachrichtenwelt ist lang und steinig. Wie weit sind Deutschlands größte Nachrichtenportale und ihre LeserInnen?",
		"persons": [
			{
				"id": "1059",
				"#text": "Jochen Wegner"
			},
			{
				"id": "1538",
				"#text": "Stefan Plöchinger"
			},
			{
				"id": "1820",
				"#text": "Katharina Borchert"
			},
			{
				"id": "1828",
				"#text": "Friedemann Karig"
			}
		],
		"date": "2013-05-08",
		"startInt": 975,
		"dayInt": 2
	},
	{
		"id": "179",
		"start": "10:00",
		"duration": 60,
		"room": "stage 7",
		"title": "Laptop Yoga",
		"track": "re:publica",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Workshop",
		"abstract": "You cannot always control what goes on outside. But you can always control what goes on inside.",
		"persons": [
			{
				"id": "129",
				"#text": "Annina Luzie Schmid"
			}
		],
		"date": "2013-05-08",
		"startInt": 600,
		"dayInt": 2
	},
	{
		"id": "7135",
		"start": "12:30",
		"duration": 30,
		"room": "newthinking",
		"title": "Frismakers & How to present your project in 300 seconds",
		"track": "business & innovation",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Workshop",
		"persons": [
			{
				"id": "2369",
				"#text": "newthinking "
			}
		],
		"date": "2013-05-08",
		"startInt": 750,
		"dayInt": 2
	},
	{
		"id": "8176",
		"start": "13:45",
		"duration": 30,
		"room": "newthinking",
		"title": "Zwischen Soho-House und betahaus: das hausungarn als Coworking Club für Berlin´s digitale Kreativwirtschaft",
		"track": "business & innovation",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "2369",
				"#text": "newthinking "
			}
		],
		"date": "2013-05-08",
		"startInt": 825,
		"dayInt": 2
	},
	{
		"id": "7139",
		"start": "15:00",
		"duration": 30,
		"room": "newthinking",
		"title": "Torstraßen Festival 2013",
		"track": "culture",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Vortrag",
		"persons": [
			{
				"id": "2369",
				"#text": "newthinking "
			}
		],
		"date": "2013-05-08",
		"startInt": 900,
		"dayInt": 2
	},
	{
		"id": "7238",
		"start": "16:45",
		"duration": 30,
		"room": "newthinking",
		"title": "Sport Meetup",
		"track": "culture",
		"language": "German",
		"experience_level": "Beginner",
		"type": "Diskussion",
		"persons": [
			{
				"id": "2369",
				"#text": "newthinking "
			}
		],
		"date": "2013-05-08",
		"startInt": 1005,
		"dayInt": 2
	},
	{
		"id": "8028",
		"start": "20:00",
		"duration": 60,
		"room": "re:publica",
		"title": "#party - Moritz Simon Geist ( Robotic 808 Music Performance) @ Lounge",
		"track": "culture",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{
				"id": "198",
				"#text": "Moritz Simon Geist"
			}
		],
		"date": "2013-05-08",
		"startInt": 1200,
		"dayInt": 2
	},
	{
		"id": "8029",
		"start": "21:00",
		"duration": 60,
		"room": "re:publica",
		"title": "#party - DIGITS (Toronto/Berlin)",
		"track": "culture",
		"language": "English",
		"experience_level": "Beginner",
		"type": "Aktion",
		"persons": [
			{
				"id": "2025",
				"#text": "Alt Altman"
			}
		],
		"date": "2013-05-08",
		"startInt": 1260,
		"dayInt": 2
	}
]