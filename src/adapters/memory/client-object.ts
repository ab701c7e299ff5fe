/**
 * The common machinery of every fake proxy (Range, RangeFont, Worksheet, …): a table of
 * properties says how each is read from and written to the live workbook; load() queues a
 * read, a property write queues a change, and reading a property that was neither loaded
 * (and synced) nor written throws PropertyNotLoaded, exactly where real Excel would.
 */
import { propertyNotLoaded } from "./fake-errors";
import type { FakeRequestContext } from "./request-context";
import type { LogTarget } from "./write-log";

export interface PropertySpec<T> {
  readonly read: (target: T) => unknown;
  /** Absent for read-only properties. Validates first, then changes the workbook. */
  readonly write?: (target: T, value: unknown) => void;
}

export type PropertyTable<T> = Readonly<Record<string, PropertySpec<T>>>;

/** Loaded values are copies: later changes to the workbook must not show through. */
function copy<V>(value: V): V {
  return value === undefined ? value : structuredClone(value);
}

export abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();

  protected constructor(
    protected readonly context: FakeRequestContext,
    /** Excel's class name, for error messages: "Range", "RangeFont". */
    private readonly entity: string,
    /** Prefix of this object's properties in the write log: "format/font/". */
    private readonly path: string,
    private readonly properties: PropertyTable<T>,
  ) {}

  /** The live object, found when a queued command runs; null for a null object. */
  protected abstract resolve(): T | null;

  protected abstract logTarget(target: T): LogTarget;

  private spec(name: string): PropertySpec<T> {
    const spec = this.properties[name];
    if (!spec) throw new Error(`The fake ${this.entity} has no property "${name}"`);
    return spec;
  }

  /** Reads the properties now; only for commands that are already running at sync. */
  protected capture(names: readonly string[], target: T | null): void {
    for (const name of names) {
      const value = target === null ? null : copy(this.spec(name).read(target));
      this.context.noteLoaded(value);
      this.loaded.set(name, value);
    }
  }

  protected queueLoad(names: string | readonly string[]): void {
    const list = typeof names === "string" ? names.split(",").map((n) => n.trim()) : [...names];
    list.forEach((name) => this.spec(name));
    this.context.enqueue(() => this.capture(list, this.resolve()));
  }

  protected readProperty<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.entity, name);
    return this.loaded.get(name) as V;
  }

  protected writeProperty(name: string, value: unknown): void {
    const write = this.spec(name).write;
    if (!write) throw new Error(`The fake ${this.entity}.${name} is read-only`);
    const written = copy(value);
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target === null) return;
      write(target, written);
      this.context.log({ op: "set", ...this.logTarget(target), property: this.path + name, value: written });
    });
    this.loaded.set(name, copy(value));
  }

  /** Queues a method call; `apply` validates, changes the workbook and may name where. */
  protected invoke(method: string, args: readonly unknown[], apply: (target: T) => LogTarget | void): void {
    const recorded = copy(args);
    this.context.enqueue(() => {
      const target = this.resolve();
      if (target === null) return;
      const where = apply(target) ?? this.logTarget(target);
      this.context.log({
        op: "call",
        ...where,
        method: this.path.replace(/\//g, ".") + method,
        args: recorded,
      });
    });
  }
}
