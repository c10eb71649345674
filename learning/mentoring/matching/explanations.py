"""Why a proposal: the facts of a pair, and the sentence a person reads
("Matcher på 3 af 4 fokusområder, samme sprog, anden enhed")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from backend.i18n import Locale, translate
from learning.mentoring.matching.problem import AreaWish, IntArray, Problem


@dataclass(frozen=True)
class Explanation:
    """Why a mentor fits a mentee, as facts a message can state."""

    fit: float
    focus_matched: int
    focus_total: int
    same_language: bool | None  # None: the mentee named no language
    same_location: bool | None
    area: str  # "SAME", "OTHER" or "ANY"
    area_wish_met: bool
    same_unit: bool | None
    experience_years: float

    def as_dict(self) -> dict[str, object]:
        return {
            "fit": round(self.fit, 4),
            "focusMatched": self.focus_matched,
            "focusTotal": self.focus_total,
            "sameLanguage": self.same_language,
            "sameLocation": self.same_location,
            "area": self.area,
            "areaWishMet": self.area_wish_met,
            "sameUnit": self.same_unit,
            "experienceYears": round(self.experience_years, 1),
        }


def explain(problem: Problem, mentees: IntArray, mentors: IntArray) -> list[Explanation]:
    """Explanations of the given (mentee, mentor) pairs, vectorised."""
    if not len(mentees):
        return []
    phi = problem.mentor_features[mentors]
    psi = problem.mentee_features[mentees]
    focus_part = psi[:, : problem.focus_columns] != 0
    matched = (
        np.asarray(focus_part.multiply(phi[:, : problem.focus_columns]).sum(axis=1))
        .ravel()
        .astype(np.int64)
    )

    def has(columns: IntArray) -> NDArray[np.bool_]:
        out = np.zeros(len(mentees), bool)
        known = columns >= 0
        if known.any():
            sub = phi[np.flatnonzero(known)]
            picked = sub[np.arange(int(known.sum())), columns[known]]
            out[known] = np.asarray(picked).ravel() > 0
        return out

    language_cols = problem.language_match[mentees]
    location_cols = problem.location_match[mentees]
    area_cols = problem.area_match[mentees]
    same_language, same_location, in_area = has(language_cols), has(location_cols), has(area_cols)
    fit = (
        np.asarray((psi.multiply(phi)).sum(axis=1)).ravel()
        + problem.mentee_bias[mentees]
        + problem.mentor_bias[mentors]
    )
    out = []
    for t in range(len(mentees)):
        i, j = int(mentees[t]), int(mentors[t])
        wish = AreaWish(int(problem.mentee_area_wish[i]))
        known_area = area_cols[t] >= 0
        area = "SAME" if known_area and in_area[t] else ("OTHER" if known_area else "ANY")
        met = (
            wish == AreaWish.ANY or not known_area or ((wish == AreaWish.SAME) == bool(in_area[t]))
        )
        unit_known = problem.mentee_unit[i] >= 0 and problem.mentor_unit[j] >= 0
        out.append(
            Explanation(
                fit=float(fit[t]),
                focus_matched=int(matched[t]),
                focus_total=int(problem.focus_count[i]),
                same_language=bool(same_language[t]) if language_cols[t] >= 0 else None,
                same_location=bool(same_location[t]) if location_cols[t] >= 0 else None,
                area=area,
                area_wish_met=bool(met),
                same_unit=bool(problem.mentee_unit[i] == problem.mentor_unit[j])
                if unit_known
                else None,
                experience_years=float(problem.mentor_experience[j]),
            )
        )
    return out


def explanation_text(explanation: dict[str, Any], locale: Locale | str) -> str:
    """ "Matcher på 3 af 4 fokusområder, samme sprog, anden enhed"."""
    parts: list[str] = []
    total = int(explanation.get("focusTotal") or 0)
    if total:
        parts.append(
            translate(
                "mentoring.explain.focus",
                locale,
                matched=explanation.get("focusMatched", 0),
                total=total,
            )
        )
    else:
        parts.append(translate("mentoring.explain.no_focus", locale))
    for key, yes, no in (
        ("sameLanguage", "same_language", "other_language"),
        ("sameLocation", "same_location", "other_location"),
    ):
        value = explanation.get(key)
        if value is not None:
            parts.append(translate(f"mentoring.explain.{yes if value else no}", locale))
    area = explanation.get("area")
    if area in ("SAME", "OTHER"):
        text = translate(f"mentoring.explain.{'same' if area == 'SAME' else 'other'}_area", locale)
        if explanation.get("areaWish") in ("SAME_AREA", "OTHER_AREA") and explanation.get(
            "areaWishMet"
        ):
            text += " " + translate("mentoring.explain.as_wished", locale)
        parts.append(text)
    same_unit = explanation.get("sameUnit")
    if same_unit is not None:
        parts.append(
            translate(f"mentoring.explain.{'same' if same_unit else 'other'}_unit", locale)
        )
    years = explanation.get("experienceYears")
    if years:
        parts.append(translate("mentoring.explain.experience", locale, years=int(years)))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]
