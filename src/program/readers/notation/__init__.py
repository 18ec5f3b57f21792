"""Time and date notations as organisers write them: pure parsing, no I/O, shared by every reader."""
