"""Time-led text: find a page's schedule lines and read what lies between them (see `schedule`)."""
