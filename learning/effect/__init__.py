"""Learning effect for leaders of leaders and HR: participation and progress,
goal attainment, before/after 360 change per competency with effect sizes,
and leaders' reactions, by programme, module and activity kind.

The slice's own files (``models``; ``service``, who sees which figures, with
the one query of its check in ``repository``; ``types``, ``api``,
``messages``, ``privacy``, ``tasks``, ``seed``) and one sub-package per
concept, each with the same file roles:

* ``calculation/``: one request's figures, aggregated in SQL over the
  population the policy chose, and passed through the release rule;
* ``change/``: the 360 aggregates of behaviour change between a baseline
  and its follow-up;
* ``ratings/``: leaders' 1-5 ratings of activities and their aggregates
  (the reaction level);
* ``export/``: CSV and PDF exports, rendered by the ``effect.render_export`` task.

Programme facts are read through ``learning.programmes.facts.service`` only.
"""
