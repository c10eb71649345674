"""Mentor pairing for new leaders: mentor profiles, mentoring needs, optimal
matching runs with explained proposals, shortlists, and mentorships with
agreements, meetings, observations and evaluations."""
