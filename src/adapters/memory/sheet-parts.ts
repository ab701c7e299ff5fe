/**
 * Fake worksheet parts: protection (protect fails on an already protected sheet, a wrong
 * password fails unprotect; its options read back as set), page layout (paper, orientation, fit-to-page zoom, margins in
 * points, print title rows, print area) and freeze panes (each call replaces the previous freeze).
 */
import type {
  ExcelFreezePanes,
  ExcelPageLayout,
  ExcelProtectionOptions,
  ExcelWorksheetProtection,
  PageLayoutProperty,
  PageOrientation,
  PageZoom,
  PaperSize,
  PrintMargins,
  WorksheetProtectionProperty,
} from "../office/excel-api";
import { areaToA1, parseArea } from "./areas";
import type { PropertySpec, PropertyTable } from "./client-object";
import { invalidArgument, invalidOperation } from "./fake-errors";
import type { FakeRequestContext } from "./request-context";
import { SheetBoundObject, type SheetLocator } from "./sheet-bound";
import type { SheetState } from "./workbook-state";

export class FakeWorksheetProtection extends SheetBoundObject implements ExcelWorksheetProtection {
  constructor(context: FakeRequestContext, locate: SheetLocator) {
    super(
      context,
      "WorksheetProtection",
      "protection/",
      {
        protected: { read: (s) => s.protection.protected },
        options: { read: (s) => s.protection.options },
      },
      locate,
    );
  }
  get protected(): boolean {
    return this.readProperty("protected");
  }
  get options(): ExcelProtectionOptions {
    return this.readProperty("options");
  }
  protect(options: ExcelProtectionOptions = {}, password?: string): void {
    this.invoke("protect", [options], (sheet) => {
      if (sheet.protection.protected) {
        throw invalidOperation("WorksheetProtection.protect", "The worksheet is already protected.");
      }
      Object.assign(sheet.protection, {
        protected: true,
        password: password ?? null,
        options: { ...options },
      });
    });
  }
  unprotect(password?: string): void {
    this.invoke("unprotect", [], (sheet) => {
      const expected = sheet.protection.password;
      if (expected !== null && expected !== password) {
        throw invalidArgument("WorksheetProtection.unprotect", "The password you supplied is not correct.");
      }
      Object.assign(sheet.protection, { protected: false, password: null, options: {} });
    });
  }
  load(names: WorksheetProtectionProperty | WorksheetProtectionProperty[]): FakeWorksheetProtection {
    this.queueLoad(names);
    return this;
  }
}

const PAPER_SIZES: readonly PaperSize[] = ["A4", "A3", "Letter", "Legal"];
const ORIENTATIONS: readonly PageOrientation[] = ["Portrait", "Landscape"];
const POINTS_PER_UNIT = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 } as const;

const isPages = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);
const isScale = (n: unknown) => n === undefined || (typeof n === "number" && n >= 10 && n <= 400);
const isMargin = (n: unknown): n is number => typeof n === "number" && n >= 0;

function validZoom(zoom: unknown): zoom is PageZoom {
  if (typeof zoom !== "object" || zoom === null) return false;
  const z = zoom as PageZoom;
  return isPages(z.horizontalFitToPages) && isPages(z.verticalFitToPages) && isScale(z.scale);
}

function pageSpec<V>(
  name: string,
  read: (s: SheetState) => V,
  accepts: (v: unknown) => boolean,
  apply: (s: SheetState, v: V) => void,
): PropertySpec<SheetState> {
  return {
    read,
    write: (sheet, value) => {
      if (!accepts(value)) throw invalidArgument(`PageLayout.${name}`);
      apply(sheet, value as V);
    },
  };
}

function marginSpec(side: keyof SheetState["page"]["margins"]): PropertySpec<SheetState> {
  return pageSpec(
    `${side}Margin`,
    (s) => s.page.margins[side],
    isMargin,
    (s, v) => (s.page.margins[side] = v),
  );
}

const PAGE_LAYOUT: PropertyTable<SheetState> & Record<PageLayoutProperty, PropertySpec<SheetState>> = {
  paperSize: pageSpec(
    "paperSize",
    (s) => s.page.paperSize,
    (v) => PAPER_SIZES.includes(v as PaperSize),
    (s, v) => (s.page.paperSize = v),
  ),
  orientation: pageSpec(
    "orientation",
    (s) => s.page.orientation,
    (v) => ORIENTATIONS.includes(v as PageOrientation),
    (s, v) => (s.page.orientation = v),
  ),
  zoom: pageSpec(
    "zoom",
    (s) => s.page.zoom,
    validZoom,
    (s, v) => (s.page.zoom = { ...v }),
  ),
  topMargin: marginSpec("top"),
  bottomMargin: marginSpec("bottom"),
  leftMargin: marginSpec("left"),
  rightMargin: marginSpec("right"),
};

export class FakePageLayout extends SheetBoundObject implements ExcelPageLayout {
  constructor(context: FakeRequestContext, locate: SheetLocator) {
    super(context, "PageLayout", "pageLayout/", PAGE_LAYOUT, locate);
  }
  get paperSize(): string {
    return this.readProperty("paperSize");
  }
  set paperSize(value: PaperSize) {
    this.writeProperty("paperSize", value);
  }
  get orientation(): PageOrientation {
    return this.readProperty("orientation");
  }
  set orientation(value: PageOrientation) {
    this.writeProperty("orientation", value);
  }
  get zoom(): PageZoom {
    return this.readProperty("zoom");
  }
  set zoom(value: PageZoom) {
    this.writeProperty("zoom", value);
  }
  get topMargin(): number {
    return this.readProperty("topMargin");
  }
  set topMargin(value: number) {
    this.writeProperty("topMargin", value);
  }
  get bottomMargin(): number {
    return this.readProperty("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.writeProperty("bottomMargin", value);
  }
  get leftMargin(): number {
    return this.readProperty("leftMargin");
  }
  set leftMargin(value: number) {
    this.writeProperty("leftMargin", value);
  }
  get rightMargin(): number {
    return this.readProperty("rightMargin");
  }
  set rightMargin(value: number) {
    this.writeProperty("rightMargin", value);
  }

  setPrintMargins(unit: "Points" | "Inches" | "Centimeters", margins: PrintMargins): void {
    this.invoke("setPrintMargins", [unit, margins], (sheet) => {
      const factor = POINTS_PER_UNIT[unit];
      const sides = Object.entries(margins) as [keyof PrintMargins, number][];
      if (factor === undefined || !sides.every(([, v]) => isMargin(v)))
        throw invalidArgument("PageLayout.setPrintMargins");
      for (const [side, value] of sides) sheet.page.margins[side] = value * factor;
    });
  }

  setPrintTitleRows(rows: string): void {
    this.invoke("setPrintTitleRows", [rows], (sheet) => {
      const match = /^\$?(\d+):\$?(\d+)$/.exec(rows);
      if (!match) throw invalidArgument("PageLayout.setPrintTitleRows");
      sheet.page.printTitleRows = `$${match[1]}:$${match[2]}`;
    });
  }

  setPrintArea(printArea: string): void {
    this.invoke("setPrintArea", [printArea], (sheet) => {
      const area = parseArea(printArea);
      if (!area) throw invalidArgument("PageLayout.setPrintArea");
      sheet.page.printArea = areaToA1(area, true);
    });
  }

  load(names: PageLayoutProperty | PageLayoutProperty[]): FakePageLayout {
    this.queueLoad(names);
    return this;
  }
}

export class FakeFreezePanes extends SheetBoundObject implements ExcelFreezePanes {
  constructor(context: FakeRequestContext, locate: SheetLocator) {
    super(context, "WorksheetFreezePanes", "freezePanes/", {}, locate);
  }
  freezeRows(count = 1): void {
    this.invoke("freezeRows", [count], (sheet) => {
      sheet.freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.invoke("freezeColumns", [count], (sheet) => {
      sheet.freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(frozenRange: string): void {
    this.invoke("freezeAt", [frozenRange], (sheet) => {
      const area = parseArea(frozenRange);
      if (!area) throw invalidArgument("WorksheetFreezePanes.freezeAt");
      sheet.freeze = { rows: area.bottom, columns: area.right };
    });
  }
}
