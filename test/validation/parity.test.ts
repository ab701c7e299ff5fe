/**
 * Rules, tests, documentation and registry stay in step: every rule file is registered
 * under its file name and has a test through the shared rule tester, a description in both
 * languages, a text for every message id it reports, and a section in docs/rules.md
 * (generated from the metadata: UPDATE_RULES_DOC=1 rewrites the file).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RULE_IDS } from "../../src/domain/validation/issue";
import { RULES } from "../../src/domain/validation/registry";
import type { Rule } from "../../src/domain/validation/rule";
import { renderRulesDoc } from "../../src/domain/validation/rules-doc";

const ROOT = join(__dirname, "..", "..");
const RULES_DIR = join(ROOT, "src", "domain", "validation", "rules");
const TESTS_DIR = join(ROOT, "test", "validation", "rules");
const DOC = join(ROOT, "docs", "rules.md");

const ruleFiles = readdirSync(RULES_DIR)
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -3))
  .sort();

function isRule(value: unknown): value is Rule {
  return typeof value === "object" && value !== null && "meta" in value && "check" in value;
}

function exportedRules(id: string): Rule[] {
  const module = jest.requireActual<Record<string, unknown>>(join(RULES_DIR, `${id}.ts`));
  return Object.values(module).filter(isRule);
}

/** Message ids written in a rule's source: "<rule-id>/<name>". */
function reportedIds(id: string): string[] {
  const source = readFileSync(join(RULES_DIR, `${id}.ts`), "utf8");
  const pattern = new RegExp(`"(${id}/[a-z0-9-]+)"`, "g");
  return [...new Set([...source.matchAll(pattern)].map((match) => match[1] as string))];
}

/** Placeholders of a message; "{columnEn}" is the English counterpart of "{column}". */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => (m[1] as string).replace(/En$/, "")))].sort();

describe("rule parity", () => {
  test.each(ruleFiles.map((id) => [id]))("rules/%s.ts exports one rule with its own id, registered", (id) => {
    const rules = exportedRules(id);
    expect(rules.map((rule) => rule.meta.id)).toEqual([id]);
    expect(RULES).toContain(rules[0]);
  });

  test.each(RULES.map((rule) => [rule.meta.id, rule] as const))(
    "%s: file, test, descriptions, messages",
    (id, rule) => {
      expect(ruleFiles).toContain(id);
      const testFile = join(TESTS_DIR, `${id}.test.ts`);
      expect(existsSync(testFile)).toBe(true);
      expect(readFileSync(testFile, "utf8")).toContain(`validation/rules/${id}"`);
      expect(rule.meta.description.vi.trim()).not.toBe("");
      expect(rule.meta.description.en.trim()).not.toBe("");
      expect(rule.meta.description.vi).not.toBe(rule.meta.description.en);
      const messages = rule.meta.messages;
      for (const messageId of reportedIds(id)) expect(Object.keys(messages)).toContain(messageId);
      const own = Object.keys(messages).filter((messageId) => messageId.startsWith(`${id}/`));
      expect(own.filter((messageId) => !reportedIds(id).includes(messageId))).toEqual([]);
      for (const [messageId, text] of Object.entries(messages)) {
        expect([messageId, placeholders(text.vi)]).toEqual([messageId, placeholders(text.en)]);
      }
    },
  );

  test("message ids are unique across rules", () => {
    const ids = RULES.flatMap((rule) => Object.keys(rule.meta.messages));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test("every rule id of issue.ts has a registered rule", () => {
    expect(RULE_IDS.filter((id) => !RULES.some((rule) => rule.meta.id === id))).toEqual([]);
  });

  test("docs/rules.md lists every rule with its descriptions, as generated from the metadata", () => {
    const expected = renderRulesDoc(RULES);
    if (process.env.UPDATE_RULES_DOC === "1") writeFileSync(DOC, expected);
    const doc = readFileSync(DOC, "utf8");
    for (const rule of RULES) {
      expect(doc).toContain(`### ${rule.meta.id}\n`);
      expect(doc).toContain(rule.meta.description.vi);
      expect(doc).toContain(rule.meta.description.en);
    }
    expect(doc).toBe(expected);
  });
});
