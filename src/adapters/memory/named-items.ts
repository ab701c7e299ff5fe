/**
 * The fake workbook.names and worksheet.names: defined names of the workbook or of one
 * sheet, unique within that scope without regard to case, with Excel's naming rules (a
 * letter, "_" or "\" first; no spaces; not a cell address such as "A1" or "R1C1"). A
 * name's type and value are derived from its formula: a plain reference is a "Range" whose
 * value is its address; anything else reads back as text. A name can be deleted.
 */
import type {
  ExcelNamedItem,
  ExcelNamedItemCollection,
  NamedItemCollectionProperty,
  NamedItemProperty,
} from "../office/excel-api";
import { parseArea, parseQualifiedArea } from "./areas";
import { FakeClientObject, type PropertyTable } from "./client-object";
import { invalidArgument, itemAlreadyExists, itemNotFound, propertyNotLoaded } from "./fake-errors";
import { Lazy } from "./lazy";
import type { FakeRequestContext } from "./request-context";
import type { SheetLocator } from "./sheet-bound";
import { findName, type NameState } from "./workbook-state";
import { WORKBOOK_LEVEL, type LogTarget } from "./write-log";

export function isValidDefinedName(name: string): boolean {
  const looksLikeCell = parseArea(name) !== null || /^R\d*C\d*$/i.test(name) || /^[RC]$/i.test(name);
  return /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) && name.length <= 255 && !looksLikeCell;
}

const withoutEquals = (formula: string) => formula.replace(/^=/, "");

const NAMED_ITEM: PropertyTable<NameState> = {
  name: { read: (n) => n.name },
  formula: { read: (n) => n.formula },
  type: { read: (n) => (parseQualifiedArea(n.formula) ? "Range" : "String") },
  value: { read: (n) => withoutEquals(n.formula) },
};

export class FakeNamedItem extends FakeClientObject<NameState> implements ExcelNamedItem {
  constructor(
    context: FakeRequestContext,
    private readonly locate: Lazy<NameState>,
  ) {
    super(context, "NamedItem", "names/", NAMED_ITEM);
  }
  protected resolve(): NameState {
    return this.locate.get();
  }
  protected logTarget(): LogTarget {
    return WORKBOOK_LEVEL;
  }
  captureNow(names: readonly NamedItemProperty[], item: NameState): void {
    this.capture(names, item);
  }
  get name(): string {
    return this.readProperty("name");
  }
  get formula(): string {
    return this.readProperty("formula");
  }
  get type(): string {
    return this.readProperty("type");
  }
  get value(): unknown {
    return this.readProperty("value");
  }
  /** Fails with ItemNotFound at sync when the name is already gone. */
  delete(): void {
    this.invoke("delete", [], (item) => {
      const index = this.context.state.names.indexOf(item);
      if (index < 0) throw itemNotFound("NamedItem.delete");
      this.context.state.names.splice(index, 1);
    });
  }

  load(names: NamedItemProperty | NamedItemProperty[]): FakeNamedItem {
    this.queueLoad(names);
    return this;
  }
}

/** The scope's sheet id; undefined for the workbook; null when the scope's sheet is missing. */
function scopeId(scope: SheetLocator | null): number | undefined | null {
  if (scope === null) return undefined;
  return scope.get()?.id ?? null;
}

export class FakeNamedItemCollection implements ExcelNamedItemCollection {
  private loadedItems: FakeNamedItem[] | undefined;

  /** `scope` is the sheet of worksheet.names; null for workbook.names. */
  constructor(
    private readonly context: FakeRequestContext,
    private readonly scope: SheetLocator | null = null,
  ) {}

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw propertyNotLoaded("NamedItemCollection", "items");
    return this.loadedItems;
  }

  add(name: string, reference: string, comment = ""): FakeNamedItem {
    const state = this.context.state;
    let created: NameState | undefined;
    this.context.enqueue(() => {
      const sheetId = scopeId(this.scope);
      if (sheetId === null) throw itemNotFound("NamedItemCollection.add");
      if (!isValidDefinedName(name))
        throw invalidArgument("NamedItemCollection.add", `Not a valid name: ${name}`);
      if (findName(state, name, sheetId)) throw itemAlreadyExists("NamedItemCollection.add");
      const formula = reference.startsWith("=") ? reference : `=${reference}`;
      created = { name, formula, comment, ...(sheetId === undefined ? {} : { sheetId }) };
      state.names.push(created);
      this.context.log({ op: "call", ...WORKBOOK_LEVEL, method: "names.add", args: [name, formula] });
    });
    return new FakeNamedItem(
      this.context,
      new Lazy(() => {
        if (!created) throw itemNotFound("NamedItemCollection.add");
        return created;
      }),
    );
  }

  load(names: NamedItemCollectionProperty | NamedItemCollectionProperty[]): FakeNamedItemCollection {
    const list = typeof names === "string" ? names.split(",").map((n) => n.trim()) : names;
    const properties = list.map((n) => n.replace(/^items\//, "") as NamedItemProperty);
    this.context.enqueue(() => {
      const sheetId = scopeId(this.scope);
      const inScope = this.context.state.names.filter((n) => sheetId !== null && n.sheetId === sheetId);
      this.loadedItems = inScope.map((entry) => {
        const item = new FakeNamedItem(this.context, Lazy.of(entry));
        item.captureNow(properties, entry);
        return item;
      });
    });
    return this;
  }
}
