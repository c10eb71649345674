"""Learning effect for leaders of leaders and HR: participation and progress,
goal attainment, before/after 360 change per competency with effect sizes,
and leaders' reactions, by programme, module and activity kind."""
