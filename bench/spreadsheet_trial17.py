"""Trial 17's CSVs, written by hand from the file for the fidelity bench (format: `spreadsheet_written`).

Mutation 2019 (ICST 2019, Xi'an, Monday 22 April 2019): `Time,Title,Authors,Type`, start times
only (`09.00`, `09:15`), each ending when the next row starts (the last keeps no end); the
keynote's `<i>Keynote:</i>` as text; `Prof. Dr. Andreas Zeller` without either honorific; authors
joined by " and ", `L. Zhang` twice (two authors), `A. Rawatand R. Just` one name as written.

MMTTC 2026 (15–28 July 2026): days by rows under slots numbered 1 to 4, no clock time: each cell
but `TBD` an untimed lecture, in row and slot order (`Giri,Giri`: two cells, two items).
"""

MUTATION2019 = """
Mon 08:00 09:00 | Registration |
Mon 09:00 09:15 | Welcome |
Mon 09:15 10:00 | Keynote: Grammars for Mutation Testing | Andreas Zeller
Mon 10:00 10:30 | Coffee |
Mon 10:30 10:55 | Estimating the Number of Equivalent Mutants | A. Ayad; M. Imen; J. M. Loh; M. N. Omri; A. Mili
Mon 10:55 11:13 | PIT-HOM: an Extension of Pitest for Higher Order Mutation Analysis | T. Laurent; A. Ventresque
Mon 11:13 11:38 | An Empirical Comparison of Mutant Selection Assessment Metrics | J. Zhang; L. Zhang; D. Hao; L. Zhang; M. Harman
Mon 11:38 12:04 | Testing When Mobile Apps Go to Background and Come Back to Foreground | A. C. R. Paiva; J. M. E. P. Gouveia; J.-D. Elizabeth; M. E. Delamaro
Mon 12:04 12:30 | Medusa: Mutant Equivalence Detection Using Satisfiability Analysis | B. Kushigian; A. Rawatand R. Just
Mon 12:30 13:30 | Lunch |
Mon 13:30 15:30 | INSTA |
Mon 15:30 16:00 | Coffee |
Mon 16:00 16:45 | ITEQS |
Mon 16:45 - | Closing |
"""  # noqa: E501

MMTTC2026 = """
- | Raghavan-1 |
- | Raghavan-2 |
- | Inauguration |
- | Ajith-1 |
- | Nandakumaran-1 |
- | Lakshmipriya-1 |
- | Nandakumaran-2 |
- | Ajith-2 |
- | Joby-1 |
- | Joby-2 |
- | Sayantan-1 |
- | Sayantan-2 |
- | Hari-1 |
- | Sanjay-1 |
- | Venkatesh-1 |
- | Venkatesh-2 |
- | Muruganandam-1 |
- | Muruganandam-2 |
- | Renjith-1 |
- | Renjith-2 |
- | Jaydeb-1 |
- | Jaydeb-2 |
- | Aswin-1 |
- | Aswin-2 |
- | Krishna-1 |
- | Krishna-2 |
- | Giri |
- | Giri |
- | Prasuna-1 |
- | Prasuna-2 |
- | PK |
- | PK |
- | Kaushal-1 |
- | Kaushal-2 |
- | AJ |
- | AJ |
- | Tulsiram-1 |
- | Tulsiram-2 |
- | Abhishek-1 |
- | Jiju |
- | Rajula-1 |
- | Pranav-1 |
- | Pranav-2 |
- | Jiju |
- | Nikhil-1 |
- | Jishnu-1 |
- | Valedictory |
"""
