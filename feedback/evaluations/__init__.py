"""360-degree evaluation cycles: nominations, rater invitations, anonymous
responses, frozen results and reports.

The slice's own files hold what every part shares: ``models``, ``repository``
(cycles, evaluations, nominations, people), ``policy`` (who may see and do
what), ``types`` (an evaluation and the shared enums), ``api``, ``loaders``,
``service`` (the one entry point for the API, the tasks, the seeds and other
slices), ``tasks``, ``messages``, ``privacy``, ``seed`` (the learning-effect
demo's cycles), ``wiring`` and ``cli``. Sub-capabilities are sub-packages with
the same file roles:

- ``cycles``: set-up, opening, closing and freezing;
- ``nominations``: the leader proposes raters, the manager approves;
- ``responses``: the rater's form, by token (GraphQL and the plain rater page);
- ``delivery``: invitations and reminders, tokens and mail in bulk;
- ``progress``: what anyone may know of who answered (counts, never who);
- ``reports``: the report pipeline. ``builder`` (figures from aggregates) and
  ``rendering`` (the PDF) are pure computation and keep their concept names;
  ``release`` is the only reader of frozen cells for anyone to see;
- ``effect``: the learning-effect read model; ``expressions`` holds the
  report's anonymity rules as SQL expressions (no statement of its own);
- ``home``: the 360 tasks of a leader's home page.
"""
