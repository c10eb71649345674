"""Cohorts, enrolments and development goals, and who follows or sees an
enrolment (the SQL rule every other sub-package reads through)."""
