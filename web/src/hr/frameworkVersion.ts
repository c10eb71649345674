// A new version of a competency framework as HR edits it: the form starts
// from the current version's texts in both languages, each competency
// continuing the one it was copied from; the input it sends is a
// CreateCompetencyFrameworkInput in the same family (the server numbers it
// after the family's highest version and judges `continues`).
import type { CreateCompetencyFrameworkInput } from "../gql/graphql";

/** A version's texts in both languages (CompetencyFramework.texts). */
export interface FrameworkTexts {
  nameDa: string;
  nameEn: string;
  descriptionDa: string;
  descriptionEn: string;
  scaleLabelsDa: readonly string[];
  scaleLabelsEn: readonly string[];
  competencies: readonly {
    competencyId: string;
    titleDa: string;
    titleEn: string;
    descriptionDa: string;
    descriptionEn: string;
    items: readonly { textDa: string; textEn: string; required: boolean }[];
  }[];
  openQuestions: readonly { textDa: string; textEn: string }[];
}

export interface CompetencyVersionDraft {
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  /** One item a line, Danish and English paired by line. */
  itemsDa: string;
  itemsEn: string;
  /** Whether the item on each line must be answered (new lines: yes). */
  required: readonly boolean[];
  /** The earlier competency's global ID this one continues; "" for a new one. */
  continues: string;
}

export interface VersionDraft {
  nameDa: string;
  nameEn: string;
  descriptionDa: string;
  descriptionEn: string;
  /** Five labels separated by commas. */
  scaleDa: string;
  scaleEn: string;
  competencies: CompetencyVersionDraft[];
  /** One open question a line, Danish and English paired by line. */
  questionsDa: string;
  questionsEn: string;
}

export type VersionInput = Omit<CreateCompetencyFrameworkInput, "clientMutationId">;

/** The form's start: the version's texts, each competency continuing itself. */
export function draftFromTexts(texts: FrameworkTexts): VersionDraft {
  return {
    nameDa: texts.nameDa,
    nameEn: texts.nameEn,
    descriptionDa: texts.descriptionDa,
    descriptionEn: texts.descriptionEn,
    scaleDa: texts.scaleLabelsDa.join(", "),
    scaleEn: texts.scaleLabelsEn.join(", "),
    competencies: texts.competencies.map((c) => ({
      titleDa: c.titleDa,
      titleEn: c.titleEn,
      descriptionDa: c.descriptionDa,
      descriptionEn: c.descriptionEn,
      itemsDa: c.items.map((i) => i.textDa).join("\n"),
      itemsEn: c.items.map((i) => i.textEn).join("\n"),
      required: c.items.map((i) => i.required),
      continues: c.competencyId,
    })),
    questionsDa: texts.openQuestions.map((q) => q.textDa).join("\n"),
    questionsEn: texts.openQuestions.map((q) => q.textEn).join("\n"),
  };
}

/** A competency HR adds: new, continuing nothing. */
export function newCompetency(): CompetencyVersionDraft {
  return { titleDa: "", titleEn: "", descriptionDa: "", descriptionEn: "", itemsDa: "", itemsEn: "", required: [], continues: "" };
}

/** The input that makes the version. An English text left empty takes the
 *  Danish one (as the create form does); blank lines are dropped. */
export function versionInput(family: string, draft: VersionDraft): VersionInput {
  return {
    family,
    nameDa: draft.nameDa,
    nameEn: draft.nameEn || draft.nameDa,
    descriptionDa: draft.descriptionDa,
    descriptionEn: draft.descriptionEn || draft.descriptionDa,
    scaleLabelsDa: list(draft.scaleDa),
    scaleLabelsEn: list(draft.scaleEn),
    competencies: draft.competencies.map((c) => {
      const da = lines(c.itemsDa);
      const en = lines(c.itemsEn);
      return {
        titleDa: c.titleDa,
        titleEn: c.titleEn || c.titleDa,
        descriptionDa: c.descriptionDa,
        descriptionEn: c.descriptionEn || c.descriptionDa,
        items: da.map((text, i) => ({ textDa: text, textEn: en[i] ?? text, required: c.required[i] ?? true })),
        continues: c.continues === "" ? null : c.continues,
      };
    }),
    openQuestions: pairs(lines(draft.questionsDa), lines(draft.questionsEn)),
    publish: false,
  };
}

function lines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}

function list(text: string): string[] {
  return text.split(",").map((l) => l.trim()).filter(Boolean);
}

function pairs(da: string[], en: string[]): { textDa: string; textEn: string }[] {
  return da.map((text, i) => ({ textDa: text, textEn: en[i] ?? text }));
}
