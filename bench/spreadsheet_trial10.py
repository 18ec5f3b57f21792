"""Trial 10's spreadsheets, written by hand from the files for the fidelity bench (format: `spreadsheet_written`).

NEMS 2026 (Nashville, Thu 22 and Fri 23 January 2026), a Google Sheets export: the afternoon's
"1:00 - 1:05" … "3:35 - 4:00" are p.m. (after "11:45 - 1:00" LUNCH, before "4:00 - 5:30pm"); each
slot's people are its `Lead Speaker/Moderator` then `Speaker 1–3`, each "Name (Org)" as the name
("Senator" left out, as "Prof." is); the two talks listed below the days without a time are untimed; the
numbered "Additional Speakers" are no items. Row 8's Day cell repeats the talk above's title: it
is on Day 1, between 10:45–11:10 and the lunch.

The Sendezentrum at 31C3 (Hamburg, Sat 27 to Tue 30 December 2014): a podcast's `Titel` (its show,
`Podcast`, when it has none: "Staatsbürgerkunde"), its `Teilnehmer`, "0:00 a.m." midnight, "tbd" no one.
"""

NEMS2026 = """
Thu 07:00 08:00 | Set Up and Gameplan / Final Meetings for Volunteers/Staff |
Thu 08:00 09:50 | Doors Open + Ladybird Tacos + Prickly Pear Coffee - Delivered 7:30am |
Thu 09:50 10:05 | Welcome Announcement | Rod Roudi
Thu 10:05 10:15 | Keynote: Monetizing the Megawatt | Robert Warren
Thu 10:15 10:45 | How SMR and Nuclear Turn Atoms to Algorithms | Braden Stover; Dan Pratt
Thu 10:45 11:10 | Bridging Policy, Academia, and Industry: Accelerating Nuclear Energy Innovation | Justin Maierhofer; Hash Hashemian
Thu 11:10 11:45 | How Do Open Source Innovations Change Mining? | Skot9000; Brett Rowan; Dylan Seib; Gio Rasetto
Thu 11:45 13:00 | LUNCH |
Thu 13:00 13:05 | Stefanie @ Mercatus |
Thu 13:05 13:25 | All-of-the-Above' for American Energy | Rod Roudi; Marsha Blackburn
Thu 13:25 13:50 | User-Centered Design: Hard Lessons in Building Hardware | Robert Warren; Thomas Templeton
Thu 13:50 14:25 | Does All Load Matter? Where Scale Meets Impact | Nico Moran; Erik Hersman; Steve Barbour; Taras Kulyk
Thu 14:25 15:00 | The Future of Managed Load | Robert Warren; Nima Amir; Joe Dillon; Javier Hermosa
Thu 15:00 15:35 | The Financialization of Energy Assets | Colin Harper; Dan Lawrence; Rory Murray
Thu 15:35 16:00 | The State of Large Scale Miners | Mike Colyer; Rapha Zagury
Thu 16:00 17:30 | Networking and Cocktail Reception |
Thu 17:30 19:30 | Dinner |
Thu 19:30 21:30 | Chloe Hotel Bar After Party |
Fri 08:00 09:50 | Doors Open / Breakfast |
Fri 09:50 10:00 | Welcome Back + Announcements | Rod Roudi
Fri 10:00 10:35 | Where Regulatory Advocacy Meets Energy Optimization | Zack Cohen; Michael Sullivan; Will Paul; Nikki Hashemian Sizemore
Fri 10:35 11:10 | Free to Mine, Here and Abroad | Harry Sudock; Philip Walton; Nacho Pauls
Fri 11:10 11:45 | What (Technical) Problems are Left to Solve? | Tyler Stevens; Michael Schmid; Econoalchemist; Ryan Kuester
Fri 11:45 12:20 | Annual Closing Panel: What Comes Next in 2026 | Marty Bent; Tom Maseiro; Rory Murrray; Jay Beddict
Fri 12:20 14:00 | LUNCH |
- | Tennessee as the Leader in American Energy | Rod Roudi
- | Cultivating State and Federal Energy Strategies | Bill Hagerty
"""  # noqa: E501

SENDEZENTRUM31C3 = """
Sat 14:00 15:00 | "Der Einstieg ins Podcasten" | Daniel Meßner
Sat 16:00 18:00 | Ultraschall Basiswissen | Ralf Stockmann
Sat 18:00 19:00 | Eris - Göttin der Zwietracht | Stefan Thesing
Sat 20:00 21:30 | FS147 That Escalatored Quickly | Tim Pritlove; John-Paul Bader; Ruotger Deecke; Clemens Schrimpe; Denis Ahrens
Sat 22:00 23:30 | Sendegate-Treffen | Das Sendegate
Sun 13:00 14:30 | Podcasten unter Linux? Podcasten unter Linux! | Johannes Mueller
Sun 15:00 16:30 | Podlove Publisher | Tim Pritlove
Sun 17:00 18:00 | Staatsbürgerkunde | Martin Fischer; Martin Haase; Constanze Kurz
Sun 19:00 20:30 | #31c3-Special | Linus Neumann; Tim Pritlove; Andre Meister; Thomas Lohninger
Sun 20:30 22:10 | Der Assembly-Marsch | Claudia Krell; Ralf Stockmann
Sun 22:15 23:30 | Equipment für den Podcaster von heute | Das Sendegate
Mon 13:00 15:00 | Ultraschall: Die Zukunft | Ralf Stockmann
Mon 15:15 16:00 | Podlove Templates | Eric Teubert
Mon 17:00 19:00 | Die falsche 42 | Nicolas Wöhrl; Reinhard Remfort
Mon 19:00 20:00 | How to hack a High-End Cocktail-Bar | Robert Krüger; Mathias Bauer; Jörg Meyer
Mon 20:00 22:00 | Realitätsabgleich | Tobias Baier; Holger Klein
Mon 22:00 23:59 | Jahresrückblick | Michael Seemann; Max von Webel; Michael Kreil
Tue 00:00 02:00 | DIE Reunion | Holger Klein; Tim Pritlove
Tue 12:00 14:00 | tbd |
Tue 14:00 15:00 | tbd | Fiona Krakenbürger
Tue 15:00 - | #31C3-Rückblick | Claudia Krell; Tim Pritlove; Ralf Stockmann
"""  # noqa: E501
