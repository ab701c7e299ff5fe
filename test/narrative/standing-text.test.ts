/**
 * The standing text is data, checked like the program files: every program has one, every
 * project of the 2021 - 2025 catalog has its a), b), c), every placeholder is known, every
 * indicator it assigns to a project exists, and no line meant for a commune speaks of a
 * district, except the projects whose official name is about poor districts.
 */
import {
  STANDING_TEXTS,
  standingTextFor,
  TIERS,
  type Line,
  type Lines,
} from "../../src/domain/narrative/standing-text";
import type { Placeholder, StandingText } from "../../src/domain/narrative/standing-text/types";
import { INDICATORS } from "../../src/domain/templates/indicators";
import { GIAM_NGHEO, PROGRAMS } from "../templates/support/fixtures";

const PLACEHOLDERS: readonly Placeholder[] = [
  "unit",
  "level",
  "ubnd",
  "year",
  "program",
  "period",
  "ministry",
  "standingOffice",
  "approval",
];

function linesFor(lines: Lines, tier: (typeof TIERS)[number]): string[] {
  return lines
    .filter((l: Line) => typeof l === "string" || l.tiers.includes(tier))
    .map((l) => (typeof l === "string" ? l : l.text));
}

/** Every sentence of a standing text with the kind of plan it is written for (null = all). */
function sentences(text: StandingText): { text: string; communeOnly: boolean; code?: string }[] {
  const all = (lines: Lines, code?: string) =>
    TIERS.flatMap((tier) =>
      linesFor(lines, tier).map((t) => ({ text: t, communeOnly: tier !== "district", code })),
    );
  const roles = Object.values(text.roles).flatMap((role) => [
    ...TIERS.map((tier) => ({ text: role.office[tier], communeOnly: tier !== "district" })),
    ...all(role.duties),
  ]);
  const phrases = Object.values(text.phrases).flatMap((p: string | Lines) =>
    typeof p === "string" ? [{ text: p, communeOnly: false }] : all(p),
  );
  const projects = Object.entries(text.projects).flatMap(([code, p]) => [
    { text: p.objective, communeOnly: false, code },
    ...all(p.beneficiaries, code),
    ...all(p.support, code),
  ]);
  return [
    ...all(text.purposes),
    ...all(text.requirements),
    ...all(text.tasks),
    { text: text.generalObjective, communeOnly: false },
    ...roles,
    ...phrases,
    ...projects,
  ];
}

test("every program file has its own standing text, naming documents it declares", () => {
  for (const program of PROGRAMS) {
    const text = standingTextFor(program.id);
    expect(text.programId).toBe(program.id);
    expect(STANDING_TEXTS).toContain(text);
    const keys = program.documents.map((doc) => doc.key);
    expect(keys).toContain(text.approvalDocument);
    if (text.counterpartDocument !== null) expect(keys).toContain(text.counterpartDocument);
    expect(
      Object.keys(text.projects).every((code) => program.catalog.some((item) => item.code === code)),
    ).toBe(true);
  }
});

test("every Dự án and Tiểu dự án of 2021 - 2025 has an objective, beneficiaries and support", () => {
  const text = standingTextFor(GIAM_NGHEO.id);
  for (const item of GIAM_NGHEO.catalog) {
    const project = text.projects[item.code];
    const filled = [project?.objective.length, project?.beneficiaries.length, project?.support.length].map(
      (n) => (n ?? 0) > 0,
    );
    expect([item.code, ...filled]).toEqual([item.code, true, true, true]);
  }
});

test("indicators are assigned to catalog codes, and only indicators that exist", () => {
  for (const text of STANDING_TEXTS) {
    const program = PROGRAMS.find((p) => p.id === text.programId);
    for (const [id, code] of Object.entries(text.indicatorProjects)) {
      expect(INDICATORS.some((i) => i.id === id)).toBe(true);
      expect(program?.catalog.some((item) => item.code === code)).toBe(true);
    }
  }
});

test.each(STANDING_TEXTS.map((t) => [t.programId, t] as const))(
  "%s: every placeholder is one the builder fills",
  (_id, text) => {
    const used = sentences(text).flatMap((s) => [...s.text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    expect(used.filter((name) => !PLACEHOLDERS.includes(name as Placeholder))).toEqual([]);
  },
);

test.each(STANDING_TEXTS.map((t) => [t.programId, t] as const))(
  "%s: no line a commune plan uses speaks of a district, but for poor-district projects",
  (_id, text) => {
    const aboutDistricts = new Set(
      GIAM_NGHEO.catalog.filter((item) => item.name.includes("huyện")).map((item) => item.code),
    );
    const offending = sentences(text)
      .filter((s) => s.communeOnly && !(s.code && aboutDistricts.has(s.code)))
      .filter((s) => s.text.toLocaleLowerCase("vi").includes("huyện"));
    expect(offending).toEqual([]);
  },
);
