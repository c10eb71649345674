"""What a leader's programme work shows to the people around them, for other
slices (the mentor's ``mentees`` page, who may answer with a feedback note)."""
