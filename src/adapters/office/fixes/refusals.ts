/**
 * Why a fix was not applied, as data with its Vietnamese message: the sheet is protected
 * (and not one of ours that we may unprotect), the cell changed after validation, or the
 * sheet is gone. A fix is applied whole or not at all, so one refused edit refuses it.
 */
import { toA1, type CellAddress } from "../../../domain/address/cell-address";
import type { Fix } from "../../../domain/validation/issue";

export type RefusalKind = "protected" | "changed" | "missing-sheet";

export interface Refusal {
  readonly kind: RefusalKind;
  readonly sheet: string;
  /** The cell the refusal is about ("C12"); null when it is about the whole sheet. */
  readonly address: string | null;
  readonly message: string;
}

export interface RefusedFix {
  readonly fix: Fix;
  readonly reason: Refusal;
}

export function protectedSheet(sheet: string): Refusal {
  return {
    kind: "protected",
    sheet,
    address: null,
    message: `Trang “${sheet}” đang được bảo vệ; hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi áp dụng lại.`,
  };
}

export function changedCell(sheet: string, at: CellAddress): Refusal {
  const address = toA1(at);
  return {
    kind: "changed",
    sheet,
    address,
    message: `Ô ${address} trên trang “${sheet}” đã thay đổi sau lần kiểm tra; hãy kiểm tra lại rồi áp dụng.`,
  };
}

export function missingSheet(sheet: string): Refusal {
  return {
    kind: "missing-sheet",
    sheet,
    address: null,
    message: `Sổ tính không còn trang “${sheet}”; hãy kiểm tra lại.`,
  };
}
