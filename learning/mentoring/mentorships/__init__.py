"""Mentorships, from an approved proposal to the end: approval and
acceptance under the hard rules and the mentor's capacity, the agreement and
the status, the mentor's ``mentees`` page, and the mails that tell the people
involved (``notify.py``)."""
