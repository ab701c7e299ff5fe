/**
 * Checks a program file for mistakes its JSON Schema cannot see: repeated codes, numbers
 * or names, sub-projects whose parent is missing or whose number does not continue the
 * parent's, ratios outside (0, 1), citations of undeclared documents and a default group
 * that does not exist. Pure, so the Node loader, the tests and any other host can run it.
 */
import { normaliseLabel } from "./names";
import type { CatalogItem, ProgramFile } from "./types";

export interface ProgramProblem {
  /** Where, as a path into the file: "catalog[3].parent". */
  readonly path: string;
  readonly message: string;
}

function problem(path: string, message: string): ProgramProblem {
  return { path, message };
}

/** Every repeat after the first, reported at its own position. */
function repeats(values: readonly string[], path: (i: number) => string, what: string): ProgramProblem[] {
  return values.flatMap((value, i) =>
    values.indexOf(value) < i ? [problem(path(i), `${what} "${value}" is used twice`)] : [],
  );
}

function checkPeriod(program: ProgramFile): ProgramProblem[] {
  const { from, to } = program.period;
  return from > to ? [problem("period", `period starts in ${from}, after it ends in ${to}`)] : [];
}

function checkParent(item: CatalogItem, i: number, catalog: readonly CatalogItem[]): ProgramProblem[] {
  const at = `catalog[${i}]`;
  if (item.parent === undefined) {
    return item.number.includes(".")
      ? [problem(`${at}.number`, `Dự án ${item.code} has a sub-project number "${item.number}"`)]
      : [];
  }
  const parent = catalog.find((p) => p.code === item.parent);
  if (!parent)
    return [problem(`${at}.parent`, `${item.code} names parent "${item.parent}", which the catalog lacks`)];
  if (parent.parent !== undefined) {
    return [
      problem(`${at}.parent`, `${item.code} names parent ${parent.code}, which is itself a sub-project`),
    ];
  }
  return item.number.startsWith(`${parent.number}.`)
    ? []
    : [
        problem(
          `${at}.number`,
          `${item.code} is numbered "${item.number}", not under its parent's "${parent.number}"`,
        ),
      ];
}

function checkCitations(item: CatalogItem, i: number, documentKeys: readonly string[]): ProgramProblem[] {
  return Object.keys(item.citations)
    .filter((key) => !documentKeys.includes(key))
    .map((key) =>
      problem(
        `catalog[${i}].citations.${key}`,
        `${item.code} cites "${key}", which is not a declared document`,
      ),
    );
}

/** Two items that read the same after normalisation would make row labels ambiguous. */
function checkNames(catalog: readonly CatalogItem[]): ProgramProblem[] {
  const labels = catalog.flatMap((item, i) =>
    [item.name, ...item.variants].map((text, j) => ({
      key: normaliseLabel(text),
      item,
      at: j === 0 ? `catalog[${i}].name` : `catalog[${i}].variants[${j - 1}]`,
    })),
  );
  return labels.flatMap((label, n) => {
    const other = labels.slice(0, n).find((l) => l.key === label.key && l.item !== label.item);
    return other
      ? [problem(label.at, `${label.item.code} reads the same as ${other.item.code}: "${label.key}"`)]
      : [];
  });
}

function checkCatalog(program: ProgramFile): ProgramProblem[] {
  const { catalog } = program;
  const documentKeys = program.documents.map((d) => d.key);
  return [
    ...repeats(
      catalog.map((item) => item.code),
      (i) => `catalog[${i}].code`,
      "code",
    ),
    ...repeats(
      catalog.map((item) => item.number),
      (i) => `catalog[${i}].number`,
      "number",
    ),
    ...catalog.flatMap((item, i) => [
      ...checkParent(item, i, catalog),
      ...checkCitations(item, i, documentKeys),
    ]),
    ...checkNames(catalog),
  ];
}

function checkCounterpart(program: ProgramFile): ProgramProblem[] {
  const { source, groups } = program.counterpart;
  const documentKeys = program.documents.map((d) => d.key);
  const ids = groups.map((g) => g.id);
  return [
    ...(source !== null && !documentKeys.includes(source)
      ? [
          problem(
            "counterpart.source",
            `counterpart rule cites "${source}", which is not a declared document`,
          ),
        ]
      : []),
    ...repeats(ids, (i) => `counterpart.groups[${i}].id`, "group id"),
    ...groups.flatMap((g, i) =>
      g.minRatio > 0 && g.minRatio < 1
        ? []
        : [
            problem(
              `counterpart.groups[${i}].minRatio`,
              `group "${g.id}" has minRatio ${g.minRatio}, outside (0, 1)`,
            ),
          ],
    ),
    ...(program.defaultGroup !== null && !ids.includes(program.defaultGroup)
      ? [
          problem(
            "defaultGroup",
            `default group "${program.defaultGroup}" is not one of the counterpart groups`,
          ),
        ]
      : []),
  ];
}

/** All problems found; an empty list means the file is sound. */
export function validateProgram(program: ProgramFile): ProgramProblem[] {
  return [
    ...checkPeriod(program),
    ...repeats(
      program.documents.map((d) => d.key),
      (i) => `documents[${i}].key`,
      "document key",
    ),
    ...checkCatalog(program),
    ...checkCounterpart(program),
  ];
}
