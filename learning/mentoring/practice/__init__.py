"""What happens inside a running mentorship: meetings with private or shared
notes, the mentor's observations of the new leader in practice,
self-assessments and evaluations, and the mentor's visits of the mentee's
page."""
