/**
 * docs/rules.md written from the rules' own metadata, so the documentation lists exactly
 * the registered rules with the descriptions the pane shows. The parity test compares the
 * file with this text (UPDATE_RULES_DOC=1 rewrites it). Lists rather than tables, so the
 * text is already as Prettier writes Markdown.
 */
import type { Rule, RuleKind } from "./rule";

const KIND_NAMES: Readonly<Record<RuleKind, string>> = {
  formula: "Công thức / Formulas",
  arithmetic: "Số học / Arithmetic",
  counterpart: "Vốn đối ứng / Counterpart funds",
  targets: "Chỉ tiêu / Targets",
  settings: "Thông tin chung / Settings",
  recognition: "Nhận diện bảng / Recognition",
};

const SEVERITY_NAMES = {
  error: "lỗi / error",
  warning: "cảnh báo / warning",
  info: "thông tin / info",
} as const;

function ruleSection(rule: Rule): string[] {
  const { id, severity, description, messages } = rule.meta;
  const lines = [
    `### ${id}`,
    "",
    `Mức độ / Severity: ${SEVERITY_NAMES[severity]}`,
    "",
    `- ${description.vi}`,
    `- ${description.en}`,
    "",
    "Thông báo / Messages:",
    "",
  ];
  for (const [messageId, text] of Object.entries(messages)) {
    lines.push(`- \`${messageId}\``, `  - ${text.vi}`, `  - ${text.en}`);
  }
  return [...lines, ""];
}

export function renderRulesDoc(rules: readonly Rule[]): string {
  const lines = [
    "# Các kiểm tra / Validation rules",
    "",
    "Generated from the rules' metadata (src/domain/validation/rules/); do not edit by hand:",
    "run `UPDATE_RULES_DOC=1 npx jest test/validation/parity.test.ts` after changing a rule.",
    "",
  ];
  for (const kind of Object.keys(KIND_NAMES) as RuleKind[]) {
    const ofKind = rules.filter((rule) => rule.meta.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`## ${KIND_NAMES[kind]}`, "", ...ofKind.flatMap(ruleSection));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
