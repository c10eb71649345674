"""Each leader's personal leadership philosophy ("personligt ledelsesgrundlag"):
versioned drafts, publication as an accessible page and a PDF, visibility,
comments from staff and managers (feedback notes), and who has published."""
