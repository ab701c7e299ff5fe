/**
 * Every validation rule, in the order of RULE_IDS (issue.ts). The engine runs this list;
 * docs/rules.md, the message catalog and the parity test are built from it, so a rule
 * exists for users exactly when it is listed here. The record's type makes a rule id
 * without a rule a compile error.
 */
import { RULE_IDS, type RuleId } from "./issue";
import type { Rule } from "./rule";
import { constantTotal } from "./rules/constant-total";
import { rule as counterpartRatio } from "./rules/counterpart-ratio";
import { rule as districtAfterReform } from "./rules/district-after-reform";
import { emptyReference } from "./rules/empty-reference";
import { errorValue } from "./rules/error-value";
import { rule as grandTotal } from "./rules/grand-total";
import { rule as householdIdentity } from "./rules/household-identity";
import { inconsistentFormula } from "./rules/inconsistent-formula";
import { rule as indicatorUnit } from "./rules/indicator-unit";
import { rule as levelSplit } from "./rules/level-split";
import { negativeAmount } from "./rules/negative-amount";
import { rule as nsdpSum } from "./rules/nsdp-sum";
import { rule as nstwSum } from "./rules/nstw-sum";
import { numberAsText } from "./rules/number-as-text";
import { rule as parentSum } from "./rules/parent-sum";
import { rule as rowTotal } from "./rules/row-total";
import { rule as settingsMissing } from "./rules/settings-missing";
import { sumRange } from "./rules/sum-range";
import { rule as targetCountWhole } from "./rules/target-count-whole";
import { rule as targetPercentRange } from "./rules/target-percent-range";
import { rule as targetReduction } from "./rules/target-reduction";
import { unrecognised } from "./rules/unrecognised";

const BY_ID: Readonly<Record<RuleId, Rule>> = {
  "error-value": errorValue,
  "constant-total": constantTotal,
  "sum-range": sumRange,
  "row-total": rowTotal,
  "nstw-sum": nstwSum,
  "nsdp-sum": nsdpSum,
  "parent-sum": parentSum,
  "grand-total": grandTotal,
  "number-as-text": numberAsText,
  "negative-amount": negativeAmount,
  "inconsistent-formula": inconsistentFormula,
  "empty-reference": emptyReference,
  "counterpart-ratio": counterpartRatio,
  "level-split": levelSplit,
  "target-percent-range": targetPercentRange,
  "target-count-whole": targetCountWhole,
  "target-reduction": targetReduction,
  "household-identity": householdIdentity,
  "indicator-unit": indicatorUnit,
  "district-after-reform": districtAfterReform,
  "settings-missing": settingsMissing,
  unrecognised,
};

export const RULES: readonly Rule[] = RULE_IDS.map((id) => BY_ID[id]);
