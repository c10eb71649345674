"""The anonymity rules of the report builder, tried against crafted
aggregates: every test attempts to recover something that must stay hidden."""

from __future__ import annotations

import random
import statistics

from feedback.evaluations.reports.builder import (
    ALL_OTHERS,
    AnonymityPolicy,
    Figure,
    Pool,
    add_comments,
    build,
    comment_groups,
    pooled_aggregates,
    shown_part,
)
from feedback.frameworks.models import CompetencyFramework
from feedback.frameworks.repository import CompetencyRow, FrameworkStructure, ItemRow, QuestionRow

POLICY = AnonymityPolicy(
    minimums={"PEER": 3, "DIRECT_REPORT": 3, "EXTERNAL": 3}, all_raters=4, comments=3
)


def structure(items: int = 2) -> FrameworkStructure:
    rows = tuple(ItemRow(10 + i, 1, i, f"Udsagn {i}", f"Item {i}", True) for i in range(items))
    competency = CompetencyRow(1, 1, 1, "Retning", "Direction", "", "", rows)
    question = QuestionRow(100, 1, 1, "Hvad skal lederen blive ved med?", "Keep doing?")
    return FrameworkStructure(
        framework=CompetencyFramework(scale_labels={"da": [], "en": []}),
        competencies=(competency,),
        questions=(question,),
        items_by_id={r.id: r for r in rows},
    )


def shown(figure: Figure | None) -> Figure:
    """A figure the test expects the report to show."""
    assert figure is not None
    return figure


def aggregates(answers: dict[str, list[list[int]]]) -> dict:
    """From raw answers per group (one list of item values per rater)."""
    found: dict = {"responses": {}, "competencies": {"1": {}}, "items": {}}
    for group, raters in answers.items():
        found["responses"][group] = len(raters)
        found["competencies"]["1"][group] = len(raters)
        for rater in raters:
            for index, value in enumerate(rater):
                cell = found["items"].setdefault(str(10 + index), {}).setdefault(group, [0, 0, 0])
                cell[0] += 1
                cell[1] += value
                cell[2] += value * value
    return found


def every_figure(report):
    for competency in report.competencies:
        yield from competency.figures
        for item in competency.items:
            yield from item.figures


def test_rater_group_of_two_is_suppressed_everywhere() -> None:
    data = aggregates(
        {
            "SELF": [[5, 5]],
            "MANAGER": [[3, 4]],
            "PEER": [[1, 1], [1, 2]],
            "DIRECT_REPORT": [[4, 4], [4, 5], [5, 5]],
        }
    )
    report = build(structure(), data, POLICY)
    assert "PEER" not in {f.group for f in every_figure(report)}
    assert "PEER" not in report.shown_groups
    item = report.competencies[0].items[0]
    others = item.figure(ALL_OTHERS)
    # "All others" is the manager and the direct reports only: the peers are not in it.
    assert others is not None and others.count == 1 + 3
    assert others.mean == round((3 + 4 + 4 + 5) / 4, 2)


def test_subtracting_shown_figures_recovers_nothing_of_a_hidden_group() -> None:
    """Changing the answers of a suppressed group changes no figure at all,
    so nothing shown can be subtracted to find them."""
    base = {"SELF": [[3, 3]], "MANAGER": [[4, 2]], "DIRECT_REPORT": [[4, 4], [2, 5], [5, 3]]}
    rng = random.Random(7)
    reports = set()
    for _ in range(25):
        peers = [[rng.randint(1, 5), rng.randint(1, 5)] for _ in range(2)]
        report = build(structure(), aggregates({**base, "PEER": peers}), POLICY)
        reports.add(repr((report.competencies, report.highest, report.lowest)))
    assert len(reports) == 1


def test_all_others_needs_the_all_raters_minimum() -> None:
    data = aggregates({"SELF": [[3, 3]], "PEER": [[4, 4], [4, 5], [5, 5]]})
    report = build(structure(), data, POLICY)
    assert report.competencies[0].figure("PEER") is not None
    assert report.competencies[0].figure(ALL_OTHERS) is None  # 3 < 4


def test_item_answered_by_too_few_is_hidden_and_left_out_of_the_competency() -> None:
    """Three peers count for the competency, but one cannot judge item 2: the
    item's figure (n=2) is hidden, and the competency pools only item 1, so
    competency minus item 1 does not reveal item 2."""
    data = aggregates({"PEER": [[4, 1], [4, 2], [5, 0]]})
    # Rater 3 said "cannot judge" on item 2: take their answer out of the cell.
    data["items"]["11"]["PEER"] = [2, 3, 5]
    report = build(structure(), data, POLICY)
    competency = report.competencies[0]
    assert competency.items[1].figure("PEER") is None
    assert shown(competency.figure("PEER")).count == 3
    assert shown(competency.figure("PEER")).mean == shown(competency.items[0].figure("PEER")).mean


def test_self_and_manager_are_shown_as_what_they_are() -> None:
    report = build(structure(), aggregates({"SELF": [[2, 2]], "MANAGER": [[5, 5]]}), POLICY)
    competency = report.competencies[0]
    assert shown(competency.figure("SELF")).mean == 2
    assert shown(competency.figure("MANAGER")).mean == 5
    assert competency.figure(ALL_OTHERS) is None


def test_a_threshold_below_three_is_never_applied() -> None:
    weak = AnonymityPolicy(minimums={"PEER": 1, "EXTERNAL": 2}, all_raters=1, comments=1)
    assert weak.minimum("PEER") == 3 and weak.minimum("EXTERNAL") == 3
    report = build(structure(), aggregates({"PEER": [[1, 1], [2, 2]]}), weak)
    assert not report.shown_groups


def test_comments_need_their_own_threshold_and_a_shown_group() -> None:
    strict = AnonymityPolicy(minimums={"PEER": 3, "DIRECT_REPORT": 3}, all_raters=4, comments=4)
    data = aggregates(
        {
            "PEER": [[3, 3]] * 3,
            "DIRECT_REPORT": [[4, 4]] * 4,
            "EXTERNAL": [[5, 5]] * 2,
            "SELF": [[4, 4]],
        }
    )
    report = build(structure(), data, strict)
    assert comment_groups(report, strict) == ["SELF", "DIRECT_REPORT"]
    rows = [
        (100, "PEER", "peer says"),
        (100, "EXTERNAL", "external says"),
        (100, "DIRECT_REPORT", "b report"),
        (100, "DIRECT_REPORT", "A report"),
        (100, "SELF", "self says"),
    ]
    add_comments(report, structure(), rows, strict)
    shown = {(c.group, c.comments) for c in report.comments}
    assert shown == {("SELF", ("self says",)), ("DIRECT_REPORT", ("A report", "b report"))}


def test_comments_are_ordered_by_text_whatever_order_they_come_in() -> None:
    data = aggregates({"PEER": [[3, 3]] * 3})
    texts = ["zebra", "Alpha", "mango", "beta"]
    orders = set()
    for seed in range(5):
        shuffled = texts[:]
        random.Random(seed).shuffle(shuffled)
        report = build(structure(), data, POLICY)
        add_comments(report, structure(), [(100, "PEER", t) for t in shuffled], POLICY)
        orders.add(report.comments[0].comments)
    assert orders == {("Alpha", "beta", "mango", "zebra")}


def test_spread_is_the_standard_deviation_from_the_sums() -> None:
    values = [1, 3, 4, 4, 5]
    pool = Pool(len(values), sum(values), sum(v * v for v in values))
    assert round(pool.spread or 0, 6) == round(statistics.stdev(values), 6)
    assert Pool(1, 4, 16).spread is None


def test_pooled_cycle_results_use_only_cells_each_report_could_show() -> None:
    """A group hidden in one leader's report stays out of the cycle's figures,
    so a reader of the other reports cannot subtract them from the pool."""
    shown = aggregates({"PEER": [[4, 4]] * 3})
    hidden = aggregates({"PEER": [[1, 1]] * 2})
    pooled = pooled_aggregates(shown_part(structure(), a, POLICY) for a in (shown, hidden))
    assert pooled["items"]["10"]["PEER"] == [3, 12, 48]


def test_an_anonymous_group_under_five_answers_shows_no_spread_item_or_competency() -> None:
    """Three peers and the manager: with a spread beside the mean, 0 would say
    that each peer gave the mean. The competency's figure pools two items
    (six answers of three people) and is held to the people, not the answers."""
    data = aggregates({"SELF": [[5, 4]], "MANAGER": [[3, 4]], "PEER": [[4, 3], [4, 4], [4, 5]]})
    report = build(structure(), data, POLICY)
    anonymous = [f for f in every_figure(report) if f.group in ("PEER", ALL_OTHERS)]
    assert anonymous and all(f.spread is None for f in anonymous)
    # The manager's own figure over two items is named, not anonymous: it keeps its spread.
    assert shown(report.competencies[0].figure("MANAGER")).spread is not None


def test_five_answers_show_the_spread_also_when_pooled_over_leaders() -> None:
    """From five raters the spread is shown, in a leader's report and in a
    cycle's pooled results alike (two leaders' three peers: six)."""
    five = aggregates({"PEER": [[4, 3], [4, 4], [4, 5], [2, 5], [3, 1]]})
    peers = build(structure(), five, POLICY).competencies[0].items[0].figure("PEER")
    assert peers is not None and peers.spread == round(statistics.stdev([4, 4, 4, 2, 3]), 2)
    one = aggregates({"PEER": [[4, 4], [4, 4], [4, 4]]})
    pooled = build(
        structure(), pooled_aggregates([shown_part(structure(), one, POLICY)] * 2), POLICY
    )
    assert shown(pooled.competencies[0].items[0].figure("PEER")).spread == 0.0
    alone = build(structure(), pooled_aggregates([shown_part(structure(), one, POLICY)]), POLICY)
    assert shown(alone.competencies[0].items[0].figure("PEER")).spread is None
