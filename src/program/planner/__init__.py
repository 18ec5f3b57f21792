"""The planner: a program from a pool of papers on a template (`program plan`)."""
