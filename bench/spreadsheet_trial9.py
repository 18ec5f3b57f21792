"""Trial 9's spreadsheets, written by hand from the files for the fidelity bench (format: `spreadsheet_written`).

The al-folio workshop sites' `_data/schedule.csv` as their page shows it: a talk's title from
`desc` and its speaker from `title`, a panel's title from `title` and its panelists from `desc`,
a break's title from `categories`. Mutation 2024's titles as its page renders them (no `<i>`),
its keynote speaker without "Prof.", its chair as the sessions' person, its papers untimed.
"""

MLEVAL2022 = """
Fri 12:00 12:15 | Welcome Note |
Fri 12:15 13:00 | The challenges of open evaluation at Hugging Face: from open-source evaluation libraries to evaluating +30k hosted models and models of 176B parameters | Thomas Wolf
Fri 13:00 13:45 | Improving Optimizer Evaluation in Deep Learning | Frank Schneider
Fri 13:45 14:30 | A Statistical Analysis of Automatic Evaluation Metrics for Summarization | Rotem Dror
Fri 14:30 14:50 | Contributed Talks (x2) |
Fri 14:50 15:50 | Reproducibility and Rigor in ML | Rotem Dror; Sara Hooker; Koustuv Sinha; Frank Schneider; Gaël Varoquaux
Fri 15:50 16:35 | 1st Poster Session |
Fri 16:35 17:20 | AI Advance and the Paradox of Sustained Innovation | James Evans
Fri 17:20 18:20 | Slow vs Fast Science | Michela Paganini; Chelsea Finn; James Evans; Russel Poldrack; Oriol Vinyals
Fri 18:20 18:50 | Coffee Break |
Fri 18:50 19:35 | Beyond Accuracy: How to Evaluate Understanding on Conceptual Abstraction Benchmarks | Melanie Mitchell
Fri 19:35 20:20 | A framework for improved ML evaluations | Katherine Heller
Fri 20:20 21:05 | Inconsistency in Conference Peer Review: Revisiting the 2014 NeurIPS Experiment | Corinna Cortes
Fri 21:05 21:35 | Contributed Talks (x3) |
Fri 21:35 22:35 | Incentives for better evaluation | Corinna Cortes; John Langford; Kyunghyun Cho; Yoshua Bengio
Fri 22:35 23:35 | 2nd Poster Session |
Fri 23:35 23:50 | Closing Remarks |
"""  # noqa: E501

REINCARNATING_RL2023 = """
Thu 09:00 09:10 | Introduction |
Thu 09:10 09:40 | Human-Timescale Adaptation in an Open-Ended Task Space | Avishkar Bhoopchand
Thu 09:40 10:30 | Oral Presentations (x5) |
Thu 10:30 11:05 | Spotlight Presentations (x7) |
Thu 11:05 13:00 | Poster Session |
Thu 13:00 14:00 | Lunch Break |
Thu 14:00 14:30 | Skill Reuse in Deep Reinforcement Learning | Joseph Lim
Thu 14:30 15:00 | Adaptable Reinforcement Learning in An Ever-Changing World | Furong Huang
Thu 15:00 15:30 | RL for Chip Design / LLMs | Anna Goldie
Thu 15:30 16:00 | Leveraging Offline Datasets / Foundation Models for Real-World RL | Sergey Levine
Thu 16:00 16:50 | Challenges & Open Problems in Reusing Prior Computation | Joseph Lim; Furong Huang; Marc G Bellemare; Anna Goldie; Avishkar Bhoopchand; Linxi Fan; Jeff Clune
Thu 16:50 17:00 | Closing Remarks |
"""  # noqa: E501

MUTATION2024 = """
Tue 09:30 09:35 | Opening |
Tue 09:35 10:30 | Keynote: Mutation for AI and with AI | Jie M. Zhang
Tue 11:00 12:30 | Session 1 | Renzo Degiovanni
- | Mutant-Kraken: A Mutation Testing Tool for Kotlin | Josue Morales; Lin Deng; Josh Dehlinger; Suranjan Chakraborty
- | Timed Model-Based Mutation Operators for Simulink Models | Jian Chen; Manar Alalfi; Thomas Dean
- | Improving the Efficacy of Testing Scientific Software: Insights from Mutation Testing | Kris Roker; Upulee Kanewala
Tue 12:30 14:00 | Lunch (90 min) |
Tue 14:00 15:30 | Session 2 | Renzo Degiovanni
- | Test Harness Mutilation | Samuel Moelius
- | An Empirical Evaluation of Manually Created Equivalent Mutants | Philipp Straubinger; Alexander Degenhart; Gordon Fraser
- | A Study of Flaky Failure De-Duplication to Identify Unreliably Killed Mutants | Abdulrahman Alshammari; Paul Ammann; Michael Hilton; Jonathan Bell
Tue 16:00 17:30 | Best paper award, dicussion and closing | Renzo Degiovanni
"""  # noqa: E501
