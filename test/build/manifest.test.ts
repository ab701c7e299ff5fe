/**
 * The add-in manifest as Office and an administrator see it: it passes the Office schema, names
 * the add-in in Vietnamese with English overrides, asks for the permission and API level the
 * features need, and puts three buttons on the Home tab that open the pane on their own pages.
 * Broken copies check that `npm run validate` catches what the schema cannot.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { el, itWithXmllint, MANIFEST, REPO, SCHEMA, validateManifest, XSI_TYPE, xpath } from "./tools";

const BUTTONS = [
  { id: "KeHoachGiamNgheo.BieuMau", vi: "Chèn biểu mẫu", en: "Insert Forms", page: "bieu-mau" },
  { id: "KeHoachGiamNgheo.KiemTra", vi: "Kiểm tra", en: "Check", page: "kiem-tra" },
  { id: "KeHoachGiamNgheo.ThuyetMinh", vi: "Thuyết minh", en: "Narrative", page: "thuyet-minh" },
];

/** XPath of the resource a button's child element (Label, SourceLocation…) refers to. */
function resourceOf(buttonId: string, child: string, descendant = child): string {
  const resid = `//${el("Control")}[@id='${buttonId}']//${el(descendant)}/@resid`;
  return `//${el("Resources")}//*[@id=string(${resid})]`;
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the manifest, edited, in a folder with its own assets/ so icon checks still apply. */
function brokenCopy(edit: (xml: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  copies.push(dir);
  fs.cpSync(path.join(REPO, "assets"), path.join(dir, "assets"), { recursive: true });
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, edit(fs.readFileSync(MANIFEST, "utf8")));
  return file;
}

describe("manifest.xml", () => {
  itWithXmllint("passes the Office add-in manifest schema (xmllint)", () => {
    const result = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, MANIFEST], { encoding: "utf8" });
    expect(result.stderr.trim()).toBe(`${MANIFEST} validates`);
    expect(result.status).toBe(0);
  });

  itWithXmllint("is a Vietnamese Excel task pane with English overrides", () => {
    expect(xpath(MANIFEST, `/${el("OfficeApp")}/${XSI_TYPE}`)).toBe("TaskPaneApp");
    expect(xpath(MANIFEST, `//${el("DefaultLocale")}`)).toBe("vi-VN");
    expect(xpath(MANIFEST, `//${el("DisplayName")}/@DefaultValue`)).toBe("Kế hoạch giảm nghèo");
    expect(xpath(MANIFEST, `//${el("DisplayName")}/${el("Override")}[@Locale='en-US']/@Value`)).toBe(
      "Poverty Reduction Plan",
    );
    expect(xpath(MANIFEST, `//${el("Description")}/${el("Override")}[@Locale='en-US']/@Value`)).not.toBe("");
    expect(xpath(MANIFEST, `count(/${el("OfficeApp")}/${el("Hosts")}/${el("Host")})`)).toBe("1");
    expect(xpath(MANIFEST, `/${el("OfficeApp")}/${el("Hosts")}/${el("Host")}/@Name`)).toBe("Workbook");
  });

  itWithXmllint("asks for ReadWriteDocument and ExcelApi 1.4, the level of the core read path", () => {
    expect(xpath(MANIFEST, `//${el("Permissions")}`)).toBe("ReadWriteDocument");
    expect(xpath(MANIFEST, `//${el("Requirements")}//${el("Set")}[@Name='ExcelApi']/@MinVersion`)).toBe(
      "1.4",
    );
  });

  itWithXmllint("has three buttons on the Home tab, each opening the pane on its page", () => {
    const group = `//${el("OfficeTab")}[@id='TabHome']/${el("Group")}`;
    expect(xpath(MANIFEST, `count(${group}/${el("Control")}[${XSI_TYPE}='Button'])`)).toBe("3");
    for (const button of BUTTONS) {
      const label = resourceOf(button.id, "Label");
      expect(xpath(MANIFEST, `${label}/@DefaultValue`)).toBe(button.vi);
      expect(xpath(MANIFEST, `${label}/${el("Override")}[@Locale='en-US']/@Value`)).toBe(button.en);
      expect(xpath(MANIFEST, `//${el("Control")}[@id='${button.id}']/${el("Action")}/${XSI_TYPE}`)).toBe(
        "ShowTaskpane",
      );
      expect(xpath(MANIFEST, `${resourceOf(button.id, "SourceLocation")}/@DefaultValue`)).toBe(
        `https://localhost:3000/taskpane.html?page=${button.page}`,
      );
      expect(xpath(MANIFEST, `${resourceOf(button.id, "Description")}/@DefaultValue`)).not.toBe("");
    }
  });

  itWithXmllint("passes npm run validate", () => {
    const result = validateManifest(MANIFEST);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it.each([
    {
      problem: "a resid with no resource",
      edit: (xml: string) => xml.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      message: '<Label resid="Group.Missing"> refers to no resource',
    },
    {
      problem: "a resid pointing at the wrong kind of resource",
      edit: (xml: string) => xml.replace('<Label resid="KiemTra.Label"/>', '<Label resid="KiemTra.Url"/>'),
      message: '<Label resid="KiemTra.Url"> needs a resource in ShortStrings, not Urls',
    },
    {
      problem: "an http URL",
      edit: (xml: string) =>
        xml.replace("https://localhost:3000/commands.html", "http://localhost:3000/commands.html"),
      message: 'URL "http://localhost:3000/commands.html" must be an absolute https URL',
    },
    {
      problem: "an icon file that does not exist",
      edit: (xml: string) => xml.replace("assets/insert-32.png", "assets/insert-33.png"),
      message: "has no file",
    },
    {
      problem: "an icon of the wrong size",
      edit: (xml: string) =>
        xml.replace('<bt:Image size="32" resid="Icon.32"/>', '<bt:Image size="32" resid="Icon.80"/>'),
      message: "icon-80.png is 80x80, the manifest wants 32x32",
    },
  ])("npm run validate fails on $problem", ({ edit, message }) => {
    const result = validateManifest(brokenCopy(edit));
    expect(result.stderr).toContain(message);
    expect(result.status).not.toBe(0);
  });
});
