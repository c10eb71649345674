"""What others tell a leader: competency frameworks, 360-degree evaluation
cycles, raters and their responses, and the reports built from them.

Anonymity is built into the data model rather than filtered on top: a
response carries no reference to the nomination that produced it, no
timestamp and no sequential key, and every figure a report shows is computed
only from rater groups at or above their threshold.
"""
