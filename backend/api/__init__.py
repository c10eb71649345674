"""The Python side of GraphQL that every domain shares."""
