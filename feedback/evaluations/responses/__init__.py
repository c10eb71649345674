"""The rater's form, by token: GraphQL fields and the plain rater page (``routes``)."""
