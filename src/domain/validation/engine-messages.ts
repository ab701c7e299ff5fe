/**
 * Messages of the engine itself, for what goes wrong around the rules rather than in the
 * workbook: a rule that failed (reported, never thrown at the user) and recognition that
 * failed. Ids start with "engine/" so they never clash with a rule's.
 */
import type { Bilingual } from "./rule";

export const RULE_FAILED = "engine/rule-failed";
export const RECOGNITION_FAILED = "engine/recognition-failed";

export const ENGINE_MESSAGES: Readonly<Record<string, Bilingual>> = {
  [RULE_FAILED]: {
    vi: 'Kiểm tra "{rule}" gặp sự cố khi chạy nên đã bị bỏ qua ({reason}); các kiểm tra khác vẫn chạy bình thường.',
    en: 'The check "{rule}" failed while running and was skipped ({reason}); the other checks ran as usual.',
  },
  [RECOGNITION_FAILED]: {
    vi: "Không nhận diện được các bảng của kế hoạch ({reason}) nên chỉ kiểm tra được công thức chung.",
    en: "The plan's tables could not be recognised ({reason}), so only general formula checks ran.",
  },
};
