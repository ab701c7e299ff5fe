/**
 * Base of every fake proxy that stands for a worksheet or a part of one (protection,
 * page layout, freeze panes): they find the same sheet and log changes against it.
 */
import { FakeClientObject, type PropertyTable } from "./client-object";
import type { Lazy } from "./lazy";
import type { FakeRequestContext } from "./request-context";
import type { SheetState } from "./workbook-state";
import type { LogTarget } from "./write-log";

export type SheetLocator = Lazy<SheetState | null>;

export abstract class SheetBoundObject extends FakeClientObject<SheetState> {
  protected constructor(
    context: FakeRequestContext,
    entity: string,
    path: string,
    properties: PropertyTable<SheetState>,
    protected readonly locate: SheetLocator,
  ) {
    super(context, entity, path, properties);
  }

  protected resolve(): SheetState | null {
    return this.locate.get();
  }

  protected logTarget(sheet: SheetState): LogTarget {
    return { sheet: sheet.name, address: null };
  }
}
