/**
 * Base of every fake proxy that stands for a range or a part of one (its format, font,
 * fill, borders, protection, data validation): they all find the same sheet and rectangle
 * and log changes against it.
 */
import { FakeClientObject, type PropertyTable } from "./client-object";
import type { Lazy } from "./lazy";
import { rangeLogTarget, type RangeTarget } from "./range-target";
import type { FakeRequestContext } from "./request-context";
import type { LogTarget } from "./write-log";

export type RangeLocator = Lazy<RangeTarget | null>;

export abstract class RangeBoundObject extends FakeClientObject<RangeTarget> {
  protected constructor(
    context: FakeRequestContext,
    entity: string,
    path: string,
    properties: PropertyTable<RangeTarget>,
    protected readonly locate: RangeLocator,
  ) {
    super(context, entity, path, properties);
  }

  protected resolve(): RangeTarget | null {
    return this.locate.get();
  }

  protected logTarget(target: RangeTarget): LogTarget {
    return rangeLogTarget(target);
  }
}
