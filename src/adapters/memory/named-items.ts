/**
 * The fake workbook.names: workbook-level defined names, unique without regard to case,
 * with Excel's naming rules (a letter, "_" or "\" first; no spaces; not a cell address
 * such as "A1" or "R1C1").
 */
import type {
  ExcelNamedItem,
  ExcelNamedItemCollection,
  NamedItemCollectionProperty,
  NamedItemProperty,
} from "../office/excel-api";
import { parseArea } from "./areas";
import { FakeClientObject, type PropertyTable } from "./client-object";
import { invalidArgument, itemAlreadyExists, itemNotFound, propertyNotLoaded } from "./fake-errors";
import { Lazy } from "./lazy";
import type { FakeRequestContext } from "./request-context";
import { findName, type NameState } from "./workbook-state";
import { WORKBOOK_LEVEL, type LogTarget } from "./write-log";

export function isValidDefinedName(name: string): boolean {
  const looksLikeCell = parseArea(name) !== null || /^R\d*C\d*$/i.test(name) || /^[RC]$/i.test(name);
  return /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) && name.length <= 255 && !looksLikeCell;
}

const NAMED_ITEM: PropertyTable<NameState> = {
  name: { read: (n) => n.name },
  formula: { read: (n) => n.formula },
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
  load(names: NamedItemProperty | NamedItemProperty[]): FakeNamedItem {
    this.queueLoad(names);
    return this;
  }
}

export class FakeNamedItemCollection implements ExcelNamedItemCollection {
  private loadedItems: FakeNamedItem[] | undefined;

  constructor(private readonly context: FakeRequestContext) {}

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw propertyNotLoaded("NamedItemCollection", "items");
    return this.loadedItems;
  }

  add(name: string, reference: string, comment = ""): FakeNamedItem {
    const state = this.context.state;
    let created: NameState | undefined;
    this.context.enqueue(() => {
      if (!isValidDefinedName(name))
        throw invalidArgument("NamedItemCollection.add", `Not a valid name: ${name}`);
      if (findName(state, name)) throw itemAlreadyExists("NamedItemCollection.add");
      const formula = reference.startsWith("=") ? reference : `=${reference}`;
      created = { name, formula, comment };
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
      this.loadedItems = this.context.state.names.map((entry) => {
        const item = new FakeNamedItem(this.context, Lazy.of(entry));
        item.captureNow(properties, entry);
        return item;
      });
    });
    return this;
  }
}
