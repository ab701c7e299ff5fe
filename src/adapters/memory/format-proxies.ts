/**
 * Fake Range.format and its parts: alignment, wrap, column width and row height on the format itself,
 * then font, fill, borders and cell protection, each a proxy with Excel's load/sync rules.
 */
import type {
  BorderIndex,
  BorderLineStyle,
  BorderWeight,
  ExcelFormatProtection,
  ExcelRangeBorder,
  ExcelRangeBorderCollection,
  ExcelRangeFill,
  ExcelRangeFont,
  ExcelRangeFormat,
  HorizontalAlignment,
  RangeBorderProperty,
  RangeFontProperty,
  RangeFormatProperty,
  VerticalAlignment,
} from "../office/excel-api";
import { borderSpec } from "./borders";
import {
  formatSpec,
  isBoolean,
  isColor,
  isFontName,
  isFontSize,
  isHorizontal,
  isVertical,
} from "./cell-formats";
import { columnWidthSpec, rowHeightSpec } from "./layout";
import { RangeBoundObject, type RangeLocator } from "./range-bound";
import type { FakeRequestContext } from "./request-context";

const FONT = {
  bold: formatSpec({
    name: "RangeFont.bold",
    read: (f) => f.bold,
    apply: (f, v) => (f.bold = v),
    accepts: isBoolean,
  }),
  italic: formatSpec({
    name: "RangeFont.italic",
    read: (f) => f.italic,
    apply: (f, v) => (f.italic = v),
    accepts: isBoolean,
  }),
  size: formatSpec({
    name: "RangeFont.size",
    read: (f) => f.size,
    apply: (f, v) => (f.size = v),
    accepts: isFontSize,
  }),
  name: formatSpec({
    name: "RangeFont.name",
    read: (f) => f.fontName,
    apply: (f, v) => (f.fontName = v),
    accepts: isFontName,
  }),
  color: formatSpec({
    name: "RangeFont.color",
    read: (f) => f.fontColor,
    apply: (f, v) => (f.fontColor = v.toUpperCase()),
    accepts: isColor,
  }),
};

export class FakeRangeFont extends RangeBoundObject implements ExcelRangeFont {
  constructor(context: FakeRequestContext, locate: RangeLocator) {
    super(context, "RangeFont", "format/font/", FONT, locate);
  }
  get bold(): boolean | null {
    return this.readProperty("bold");
  }
  set bold(value: boolean) {
    this.writeProperty("bold", value);
  }
  get italic(): boolean | null {
    return this.readProperty("italic");
  }
  set italic(value: boolean) {
    this.writeProperty("italic", value);
  }
  get size(): number | null {
    return this.readProperty("size");
  }
  set size(value: number) {
    this.writeProperty("size", value);
  }
  get name(): string | null {
    return this.readProperty("name");
  }
  set name(value: string) {
    this.writeProperty("name", value);
  }
  get color(): string | null {
    return this.readProperty("color");
  }
  set color(value: string) {
    this.writeProperty("color", value);
  }
  load(names: RangeFontProperty | RangeFontProperty[]): FakeRangeFont {
    this.queueLoad(names);
    return this;
  }
}

const FILL = {
  color: formatSpec({
    name: "RangeFill.color",
    read: (f) => f.fill,
    apply: (f, v) => (f.fill = v.toUpperCase()),
    accepts: isColor,
  }),
};

export class FakeRangeFill extends RangeBoundObject implements ExcelRangeFill {
  constructor(context: FakeRequestContext, locate: RangeLocator) {
    super(context, "RangeFill", "format/fill/", FILL, locate);
  }
  get color(): string | null {
    return this.readProperty("color");
  }
  set color(value: string) {
    this.writeProperty("color", value);
  }
  load(names: "color" | "color"[]): FakeRangeFill {
    this.queueLoad(names);
    return this;
  }
}

export class FakeRangeBorder extends RangeBoundObject implements ExcelRangeBorder {
  constructor(context: FakeRequestContext, locate: RangeLocator, index: BorderIndex) {
    const table = {
      style: borderSpec(index, "style"),
      weight: borderSpec(index, "weight"),
      color: borderSpec(index, "color"),
    };
    super(context, "RangeBorder", `format/borders/${index}/`, table, locate);
  }
  get style(): BorderLineStyle | null {
    return this.readProperty("style");
  }
  set style(value: BorderLineStyle) {
    this.writeProperty("style", value);
  }
  get weight(): BorderWeight | null {
    return this.readProperty("weight");
  }
  set weight(value: BorderWeight) {
    this.writeProperty("weight", value);
  }
  get color(): string | null {
    return this.readProperty("color");
  }
  set color(value: string) {
    this.writeProperty("color", value);
  }
  load(names: RangeBorderProperty | RangeBorderProperty[]): FakeRangeBorder {
    this.queueLoad(names);
    return this;
  }
}

export class FakeRangeBorderCollection implements ExcelRangeBorderCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly locate: RangeLocator,
  ) {}
  getItem(index: BorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.locate, index);
  }
}

const PROTECTION = {
  locked: formatSpec({
    name: "FormatProtection.locked",
    read: (f) => f.locked,
    apply: (f, v) => (f.locked = v),
    accepts: isBoolean,
  }),
};

export class FakeFormatProtection extends RangeBoundObject implements ExcelFormatProtection {
  constructor(context: FakeRequestContext, locate: RangeLocator) {
    super(context, "FormatProtection", "format/protection/", PROTECTION, locate);
  }
  get locked(): boolean | null {
    return this.readProperty("locked");
  }
  set locked(value: boolean) {
    this.writeProperty("locked", value);
  }
  load(names: "locked" | "locked"[]): FakeFormatProtection {
    this.queueLoad(names);
    return this;
  }
}

const FORMAT = {
  horizontalAlignment: formatSpec({
    name: "RangeFormat.horizontalAlignment",
    read: (f) => f.horizontal,
    apply: (f, v) => (f.horizontal = v),
    accepts: isHorizontal,
  }),
  verticalAlignment: formatSpec({
    name: "RangeFormat.verticalAlignment",
    read: (f) => f.vertical,
    apply: (f, v) => (f.vertical = v),
    accepts: isVertical,
  }),
  wrapText: formatSpec({
    name: "RangeFormat.wrapText",
    read: (f) => f.wrap,
    apply: (f, v) => (f.wrap = v),
    accepts: isBoolean,
  }),
  columnWidth: columnWidthSpec,
  rowHeight: rowHeightSpec,
};

export class FakeRangeFormat extends RangeBoundObject implements ExcelRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;
  readonly protection: FakeFormatProtection;

  constructor(context: FakeRequestContext, locate: RangeLocator) {
    super(context, "RangeFormat", "format/", FORMAT, locate);
    this.font = new FakeRangeFont(context, locate);
    this.fill = new FakeRangeFill(context, locate);
    this.borders = new FakeRangeBorderCollection(context, locate);
    this.protection = new FakeFormatProtection(context, locate);
  }
  get horizontalAlignment(): HorizontalAlignment | null {
    return this.readProperty("horizontalAlignment");
  }
  set horizontalAlignment(value: HorizontalAlignment) {
    this.writeProperty("horizontalAlignment", value);
  }
  get verticalAlignment(): VerticalAlignment | null {
    return this.readProperty("verticalAlignment");
  }
  set verticalAlignment(value: VerticalAlignment) {
    this.writeProperty("verticalAlignment", value);
  }
  get wrapText(): boolean | null {
    return this.readProperty("wrapText");
  }
  set wrapText(value: boolean) {
    this.writeProperty("wrapText", value);
  }
  get columnWidth(): number | null {
    return this.readProperty("columnWidth");
  }
  set columnWidth(value: number) {
    this.writeProperty("columnWidth", value);
  }
  get rowHeight(): number | null {
    return this.readProperty("rowHeight");
  }
  set rowHeight(value: number) {
    this.writeProperty("rowHeight", value);
  }
  load(names: RangeFormatProperty | RangeFormatProperty[]): FakeRangeFormat {
    this.queueLoad(names);
    return this;
  }
}
