import { describe, expect, it } from "vitest";
import { draftFromTexts, newCompetency, versionInput, type FrameworkTexts } from "./frameworkVersion";

const texts: FrameworkTexts = {
  nameDa: "Ledelse",
  nameEn: "Leadership",
  descriptionDa: "Om ledelse",
  descriptionEn: "On leadership",
  scaleLabelsDa: ["1", "2", "3", "4", "5"],
  scaleLabelsEn: ["one", "two", "three", "four", "five"],
  competencies: [
    {
      competencyId: "Q29tcGV0ZW5jeTox",
      titleDa: "Kommunikation",
      titleEn: "Communication",
      descriptionDa: "",
      descriptionEn: "",
      items: [
        { textDa: "Lytter", textEn: "Listens", required: true },
        { textDa: "Forklarer", textEn: "Explains", required: false },
      ],
    },
    {
      competencyId: "Q29tcGV0ZW5jeToy",
      titleDa: "Retning",
      titleEn: "Direction",
      descriptionDa: "Mål",
      descriptionEn: "Goals",
      items: [{ textDa: "Sætter mål", textEn: "Sets goals", required: true }],
    },
  ],
  openQuestions: [{ textDa: "Hvad bør fortsætte?", textEn: "What should go on?" }],
};

describe("a new framework version", () => {
  it("unchanged, is the version's own texts with each competency continuing the one it was copied from", () => {
    expect(versionInput("ledelse", draftFromTexts(texts))).toEqual({
      family: "ledelse",
      nameDa: "Ledelse",
      nameEn: "Leadership",
      descriptionDa: "Om ledelse",
      descriptionEn: "On leadership",
      scaleLabelsDa: ["1", "2", "3", "4", "5"],
      scaleLabelsEn: ["one", "two", "three", "four", "five"],
      competencies: [
        {
          titleDa: "Kommunikation",
          titleEn: "Communication",
          descriptionDa: "",
          descriptionEn: "",
          items: [
            { textDa: "Lytter", textEn: "Listens", required: true },
            { textDa: "Forklarer", textEn: "Explains", required: false },
          ],
          continues: "Q29tcGV0ZW5jeTox",
        },
        {
          titleDa: "Retning",
          titleEn: "Direction",
          descriptionDa: "Mål",
          descriptionEn: "Goals",
          items: [{ textDa: "Sætter mål", textEn: "Sets goals", required: true }],
          continues: "Q29tcGV0ZW5jeToy",
        },
      ],
      openQuestions: [{ textDa: "Hvad bør fortsætte?", textEn: "What should go on?" }],
      publish: false,
    });
  });

  it("keeps `continues` on a renamed competency, and sends none for a new one", () => {
    const draft = draftFromTexts(texts);
    draft.competencies[0] = { ...draft.competencies[0], titleDa: "Klar kommunikation", titleEn: "" };
    draft.competencies.push({ ...newCompetency(), titleDa: "Mod", itemsDa: "Siger fra\nTager ansvar", itemsEn: "Speaks up" });
    const input = versionInput("ledelse", draft);
    expect(input.competencies[0]).toMatchObject({ titleDa: "Klar kommunikation", titleEn: "Klar kommunikation", continues: "Q29tcGV0ZW5jeTox" });
    expect(input.competencies[2]).toEqual({
      titleDa: "Mod",
      titleEn: "Mod",
      descriptionDa: "",
      descriptionEn: "",
      items: [
        { textDa: "Siger fra", textEn: "Speaks up", required: true },
        { textDa: "Tager ansvar", textEn: "Tager ansvar", required: true },
      ],
      continues: null,
    });
  });

  it("drops blank lines and labels, and a removed competency continues nothing", () => {
    const draft = draftFromTexts(texts);
    draft.scaleDa = "a, , b";
    draft.questionsDa = "\n  \n";
    draft.competencies = [draft.competencies[1]];
    const input = versionInput("ledelse", draft);
    expect(input.scaleLabelsDa).toEqual(["a", "b"]);
    expect(input.openQuestions).toEqual([]);
    expect(input.competencies.map((c) => c.continues)).toEqual(["Q29tcGV0ZW5jeToy"]);
  });
});
