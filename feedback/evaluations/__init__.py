"""360-degree evaluation cycles: nominations, rater invitations, anonymous
responses, frozen results and reports."""
