/**
 * The fake Excel.RangeAreas, as Range.getMergedAreasOrNullObject returns it: the merged
 * areas meeting a range, whole, with their sheet-qualified address ("Sheet1!A1:B4,
 * Sheet1!D1:D4"); a null object when there are none, and a failure over Excel's 512.
 */
import type { ExcelRangeAreas } from "../office/excel-api";
import { intersects, qualifiedA1, type Area } from "./areas";
import { FakeClientObject } from "./client-object";
import { invalidOperation, propertyNotLoaded } from "./fake-errors";
import { Lazy } from "./lazy";
import type { RangeLocator } from "./range-bound";
import type { FakeRequestContext } from "./request-context";
import type { SheetState } from "./workbook-state";
import type { LogTarget } from "./write-log";

/** Excel refuses getMergedAreas on a range meeting more merged areas than this. */
export const MAX_MERGED_AREAS = 512;

interface AreasTarget {
  readonly sheet: SheetState;
  readonly areas: readonly Area[];
}

function mergedAreas(range: RangeLocator): Lazy<AreasTarget | null> {
  return new Lazy(() => {
    const target = range.get();
    if (!target) return null;
    const areas = target.sheet.merges.filter((m) => intersects(m, target.area));
    if (areas.length > MAX_MERGED_AREAS)
      throw invalidOperation("Range.getMergedAreasOrNullObject", "Too many merged areas in the range.");
    return areas.length === 0 ? null : { sheet: target.sheet, areas };
  });
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements ExcelRangeAreas {
  private readonly locate: Lazy<AreasTarget | null>;
  private nullness: boolean | undefined;

  constructor(context: FakeRequestContext, range: RangeLocator) {
    super(context, "RangeAreas", "", {
      address: { read: ({ sheet, areas }) => areas.map((a) => qualifiedA1(sheet.name, a)).join(", ") },
    });
    this.locate = mergedAreas(range);
    context.enqueue(() => (this.nullness = this.locate.get() === null));
  }

  protected resolve(): AreasTarget | null {
    return this.locate.get();
  }
  protected logTarget(target: AreasTarget): LogTarget {
    return { sheet: target.sheet.name, address: null };
  }
  get isNullObject(): boolean {
    if (this.nullness === undefined) throw propertyNotLoaded("RangeAreas", "isNullObject");
    return this.nullness;
  }
  get address(): string {
    return this.readProperty("address");
  }
  load(names: "address" | "address"[]): FakeRangeAreas {
    this.queueLoad(names);
    return this;
  }
}
