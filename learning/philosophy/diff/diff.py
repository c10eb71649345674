"""What changed between two versions, section by section (difflib).

Sections are matched by kind (the three required ones) or by title (the
leader's own). Each changed section gives hunks of lines with two lines of
context, like a unified diff; a changed line is paired with the line that
replaced it and both carry word-level segments, so a phone can mark the
words that changed rather than the whole line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

CONTEXT_LINES = 2
_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


class Change(StrEnum):
    ADDED = "ADDED"
    REMOVED = "REMOVED"
    CHANGED = "CHANGED"
    UNCHANGED = "UNCHANGED"


class LineKind(StrEnum):
    CONTEXT = "CONTEXT"
    ADDED = "ADDED"
    REMOVED = "REMOVED"


class SegmentKind(StrEnum):
    EQUAL = "EQUAL"
    ADDED = "ADDED"
    REMOVED = "REMOVED"


@dataclass(frozen=True)
class Segment:
    kind: SegmentKind
    text: str


@dataclass(frozen=True)
class Line:
    kind: LineKind
    text: str
    old_number: int | None
    new_number: int | None
    segments: list[Segment]


@dataclass(frozen=True)
class Hunk:
    old_start: int
    old_count: int
    new_start: int
    new_count: int
    lines: list[Line]


@dataclass(frozen=True)
class SectionDiff:
    key: str
    kind: str
    title: str
    change: Change
    hunks: list[Hunk] = field(default_factory=list)
    principles_added: list[int] = field(default_factory=list)
    principles_removed: list[int] = field(default_factory=list)
    goals_added: list[int] = field(default_factory=list)
    goals_removed: list[int] = field(default_factory=list)


def section_key(section: dict[str, Any]) -> str:
    if section["kind"] != "CUSTOM":
        return section["kind"]
    return "CUSTOM:" + " ".join(section.get("title", "").lower().split())


def word_segments(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """The old line's and the new line's segments, words marked as changed."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    removed: list[Segment] = []
    added: list[Segment] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in _merge_spaces(a, matcher.get_opcodes()):
        if tag == "equal":
            text = "".join(a[i1:i2])
            removed.append(Segment(SegmentKind.EQUAL, text))
            added.append(Segment(SegmentKind.EQUAL, text))
            continue
        if i2 > i1:
            removed.append(Segment(SegmentKind.REMOVED, "".join(a[i1:i2])))
        if j2 > j1:
            added.append(Segment(SegmentKind.ADDED, "".join(b[j1:j2])))
    return removed, added


Opcode = tuple[str, int, int, int, int]


def _merge_spaces(a: list[str], opcodes: Sequence[Opcode]) -> list[Opcode]:
    """ "to dage" -> "én dag" is one change, not two around an unchanged space."""
    merged: list[Opcode] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        between_changes = 0 < index < len(opcodes) - 1
        if tag == "equal" and between_changes and all(not t.strip() for t in a[i1:i2]):
            tag = "replace"
        if merged and tag != "equal" and merged[-1][0] != "equal":
            previous = merged.pop()
            merged.append(("replace", previous[1], i2, previous[3], j2))
        else:
            merged.append((tag, i1, i2, j1, j2))
    return merged


def _whole(kind: LineKind, text: str) -> list[Segment]:
    if kind == LineKind.CONTEXT:
        return [Segment(SegmentKind.EQUAL, text)]
    return [Segment(SegmentKind(kind.value), text)]


def line_hunks(old: str, new: str, context: int = CONTEXT_LINES) -> list[Hunk]:
    a, b = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    hunks = []
    for group in matcher.get_grouped_opcodes(context):
        lines: list[Line] = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [
                    Line(
                        LineKind.CONTEXT,
                        a[i],
                        i + 1,
                        j1 + (i - i1) + 1,
                        _whole(LineKind.CONTEXT, a[i]),
                    )
                    for i in range(i1, i2)
                ]
                continue
            olds, news = list(range(i1, i2)), list(range(j1, j2))
            paired = min(len(olds), len(news)) if tag == "replace" else 0
            removed_segments: dict[int, list[Segment]] = {}
            added_segments: dict[int, list[Segment]] = {}
            for k in range(paired):
                removed_segments[olds[k]], added_segments[news[k]] = word_segments(
                    a[olds[k]], b[news[k]]
                )
            lines += [
                Line(
                    LineKind.REMOVED,
                    a[i],
                    i + 1,
                    None,
                    removed_segments.get(i) or _whole(LineKind.REMOVED, a[i]),
                )
                for i in olds
            ]
            lines += [
                Line(
                    LineKind.ADDED,
                    b[j],
                    None,
                    j + 1,
                    added_segments.get(j) or _whole(LineKind.ADDED, b[j]),
                )
                for j in news
            ]
        first, last = group[0], group[-1]
        hunks.append(
            Hunk(
                old_start=first[1] + 1,
                old_count=last[2] - first[1],
                new_start=first[3] + 1,
                new_count=last[4] - first[3],
                lines=lines,
            )
        )
    return hunks


def _ids(section: dict[str, Any] | None, name: str) -> list[int]:
    return list(section.get(name, [])) if section else []


def diff_sections(
    old_sections: list[dict[str, Any]], new_sections: list[dict[str, Any]]
) -> list[SectionDiff]:
    """One entry per section of either version, in the new version's order
    (removed sections after)."""
    old = {section_key(s): s for s in old_sections}
    new = {section_key(s): s for s in new_sections}
    keys = [*new, *(k for k in old if k not in new)]
    result = []
    for key in keys:
        before, after = old.get(key), new.get(key)
        shown = after or before
        assert shown is not None
        old_body = before.get("body", "") if before else ""
        new_body = after.get("body", "") if after else ""
        hunks = line_hunks(old_body, new_body)
        added_p = [
            p for p in _ids(after, "principle_ids") if p not in _ids(before, "principle_ids")
        ]
        removed_p = [
            p for p in _ids(before, "principle_ids") if p not in _ids(after, "principle_ids")
        ]
        added_g = [g for g in _ids(after, "goal_ids") if g not in _ids(before, "goal_ids")]
        removed_g = [g for g in _ids(before, "goal_ids") if g not in _ids(after, "goal_ids")]
        if before is None:
            change = Change.ADDED
        elif after is None:
            change = Change.REMOVED
        elif hunks or added_p or removed_p or added_g or removed_g:
            change = Change.CHANGED
        else:
            change = Change.UNCHANGED
        result.append(
            SectionDiff(
                key=key,
                kind=shown["kind"],
                title=shown.get("title", ""),
                change=change,
                hunks=hunks,
                principles_added=added_p,
                principles_removed=removed_p,
                goals_added=added_g,
                goals_removed=removed_g,
            )
        )
    return result
