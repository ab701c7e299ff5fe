/**
 * Opens a .docx the way a test needs to look into it: unzips the package (with jszip, which
 * ExcelJS brings along), parses its XML parts into plain element trees (with saxes, also
 * ExcelJS's) and finds the header parts a section refers to through the relationships file.
 * Assertions then read elements and attributes instead of matching XML text.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Character data directly inside this element. */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const open: XmlElement[] = [root];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: "",
    };
    open[open.length - 1]?.children.push(element);
    open.push(element);
  });
  parser.on("closetag", () => open.pop());
  parser.on("text", (text) => {
    const current = open[open.length - 1];
    if (current) current.text += text;
  });
  parser.write(xml).close();
  const top = root.children[0];
  if (!top) throw new Error("XML has no root element");
  return top;
}

/** Every element named `name` under `element`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendants(child, name),
  ]);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The text of a paragraph, cell or part: its w:t runs joined. */
export function wordText(element: XmlElement): string {
  return descendants(element, "w:t")
    .map((t) => t.text)
    .join("");
}

/** One property of a paragraph, run or cell: `propertyOf(p, "w:pPr", "w:jc")` is its alignment element. */
export function propertyOf(
  element: XmlElement,
  propertiesName: string,
  name: string,
): XmlElement | undefined {
  const properties = firstChild(element, propertiesName);
  return properties && firstChild(properties, name);
}

export interface DocxPackage {
  readonly document: XmlElement;
  readonly styles: XmlElement;
  readonly settings: XmlElement;
  readonly coreProperties: XmlElement;
  /** Header parts by the w:type of the section's reference ("default", "first"). */
  readonly headers: Readonly<Record<string, XmlElement>>;
}

async function part(zip: JSZip, path: string): Promise<XmlElement> {
  const file = zip.file(path);
  if (!file) throw new Error(`The .docx has no ${path}`);
  return parseXml(await file.async("string"));
}

async function sectionHeaders(zip: JSZip, document: XmlElement): Promise<Record<string, XmlElement>> {
  const relationships = await part(zip, "word/_rels/document.xml.rels");
  const targets = new Map(
    descendants(relationships, "Relationship").map((r) => [r.attributes["Id"], r.attributes["Target"]]),
  );
  const entries = await Promise.all(
    descendants(document, "w:headerReference").map(async (reference) => {
      const target = targets.get(reference.attributes["r:id"]);
      if (!target) throw new Error(`No relationship for header ${reference.attributes["r:id"]}`);
      return [reference.attributes["w:type"] ?? "default", await part(zip, `word/${target}`)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export async function openDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await part(zip, "word/document.xml");
  return {
    document,
    styles: await part(zip, "word/styles.xml"),
    settings: await part(zip, "word/settings.xml"),
    coreProperties: await part(zip, "docProps/core.xml"),
    headers: await sectionHeaders(zip, document),
  };
}
