"""Leaders' 1-5 ratings of the activities they took part in (Kirkpatrick:
reaction): rating, re-rating, and reading one's own ratings."""
