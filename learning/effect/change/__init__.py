"""Behaviour change (Kirkpatrick: behaviour): the 360 aggregates of the
change between a closed baseline and its latest closed follow-up, per
competency, per leader, and by programme, module and activity kind."""
