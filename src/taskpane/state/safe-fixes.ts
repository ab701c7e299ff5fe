/**
 * Which fixes "Sửa tất cả lỗi an toàn" applies: every issue's own fix, never a suggestion
 * (a suggestion changes a number the user typed). Apart from the check controller because the
 * page asks it on every render to show the button, and the controller's chunk (the validation
 * engine) must not come with the pane's first paint.
 */
import type { Fix, Issue } from "../../domain/validation/issue";

export function safeFixes(issues: readonly Issue[]): Fix[] {
  return issues.flatMap((issue) => (issue.fix ? [issue.fix] : []));
}
