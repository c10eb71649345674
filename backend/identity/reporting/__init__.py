"""Reading the reporting lines: a person's reports, direct or at every level
below, and the span of control of each leader."""
