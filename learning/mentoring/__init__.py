"""Mentor pairing for new leaders. The slice's own files hold mentor profiles
and mentoring needs and what every part shows (the people taking part, the
enums); its sub-packages: ``matching/`` (optimal matching runs with explained
proposals, the shortlist and requests), ``mentorships/`` (approval,
acceptance, agreement, status, the mentor's ``mentees`` page) and
``practice/`` (meetings, observations, assessments). ``hooks.py`` is where
programmes feeds the ``mentees`` page, reached by other slices only through
``service.py``; demo data is in ``seed/``."""
