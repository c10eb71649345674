"""Architecture guards for the combined attacks: every output that rests on
other people's answers, or says who answered, reads its data in one place.
A new output that reads the raw data elsewhere fails here and has to go
through the release rule (``feedback/evaluations/reports/release.py``,
``learning/effect/calculation/release.py``) or ``feedback/evaluations/progress/service.py``.
(``tests/test_architecture.py`` guards the frozen cells and learning effect.)"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readers(pattern: str) -> set[str]:
    found = set()
    for package in ("backend", "learning", "feedback"):
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            if re.search(pattern, path.read_text(encoding="utf-8")):
                found.add(str(path.relative_to(ROOT)))
    return found


def test_raw_answers_and_comments_are_read_only_where_they_are_aggregated() -> None:
    """Responses are written by the rater path, aggregated (and comments
    selected for a shown group) in ``reports.repository``, deleted by retention."""
    readers = _readers(r"\b(ResponseAnswer|ResponseComment|EvaluationResponse)\b")
    assert readers <= {
        "feedback/evaluations/models.py",
        "feedback/evaluations/reports/repository.py",
        "feedback/evaluations/responses/service.py",
        "feedback/evaluations/privacy.py",
    }, sorted(readers)


def test_reports_and_their_comments_are_built_only_by_the_release_rule() -> None:
    """``reports.builder.build`` and ``results.comments`` (``reports.repository``) make figures and
    comments of others' answers: only the release rule calls them (the
    report, its PDF, the export, a baseline and the pooled results take its
    ``Released``)."""
    builders = _readers(r"reports\.builder import[^\n]*\bbuild\b|builder\.build\(")
    assert builders <= {"feedback/evaluations/reports/release.py"}, sorted(builders)
    commenters = _readers(r"results\.comments\(")
    assert commenters <= {"feedback/evaluations/reports/release.py"}, sorted(commenters)
    sealed = _readers(r"\bRelease[d]\(")
    assert sealed <= {"backend/privacy/release.py"}, sorted(sealed)


def test_who_answered_is_read_only_for_delivery_and_the_progress_rules() -> None:
    """Whether a rater answered or declined decides reminders, the rater's
    own form and the counts ``progress`` releases; nothing else reads it."""
    # Not message keys ("feedback.rater.declined") nor progress's released
    # counts (``rates.declined``, ``r.declined`` of a GroupRate in types.py).
    readers = _readers(r'\.responded\b|(?<!rates)(?<!\Wr)\.declined\b(?!")')
    assert readers <= {
        "feedback/evaluations/models.py",
        "feedback/evaluations/nominations/repository.py",
        "feedback/evaluations/delivery/repository.py",
        "feedback/evaluations/progress/repository.py",
        "feedback/evaluations/responses/service.py",
    }, sorted(readers)
    counts = _readers(r"group_progress\(")
    assert counts <= {
        "feedback/evaluations/progress/repository.py",
        "feedback/evaluations/progress/service.py",
    }, sorted(counts)


def test_goal_attainment_is_read_by_the_leader_and_manager_or_through_learning_effect() -> None:
    readers = _readers(r"\battainment_rating\b")
    assert readers <= {
        "learning/programmes/models.py",
        "learning/programmes/checkpoints/service.py",  # where the manager writes it
        "learning/programmes/enrolments/types.py",  # gated by sees_goal_attainment
        # the relation learning effect joins on (development_goal_facts), read only there
        "learning/programmes/facts/repository.py",
        "learning/effect/calculation/repository.py",  # learning effect, through its release rule
    }, sorted(readers)
    types = (ROOT / "learning/programmes/enrolments/types.py").read_text(encoding="utf-8")
    assert "row.attainment_rating if rating_shown else None" in types


def test_counts_of_who_answered_leave_only_through_the_release_rule() -> None:
    """Progress and HR's response rates rest on others' answers too: their
    thresholds and complementary suppression are the release rule's
    (``meets``, ``count_table``), never a comparison of their own, so a new
    count of who answered cannot set its own, weaker rule."""
    for name in _readers(r"group_progress\(") - {"feedback/evaluations/progress/repository.py"}:
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "from backend.privacy.release import" in text, name
        assert re.search(r"\b(meets|count_table)\(", text), name
        own = re.findall(r"[<>]=?\s*(?:\w+\.)*(?:minimum|min_\w+|all_raters)\b", text)
        own += re.findall(r"\b(?:minimum|min_\w+|all_raters)\b\)?\s*[<>]=?", text)
        assert own == [], (name, own)
