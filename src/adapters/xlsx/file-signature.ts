/**
 * Recognises what a file holds from its bytes before handing it to ExcelJS, whose own
 * errors ("End of data reached", "Can't find end of central directory") would not tell
 * an officer that the file is an old .xls, password-protected or cut off.
 *
 * - .xlsx is a zip: it starts with a local file header and ends with an
 *   end-of-central-directory record, within the last 22 + 65,535 bytes (the record plus
 *   the longest zip comment); a file cut short has lost that record.
 * - Old .xls and password-protected .xlsx are both OLE compound files; the encrypted one
 *   holds a stream named "EncryptedPackage" (MS-OFFCRYPTO 2.3.4.4).
 * - Excel 2003 "XML Spreadsheet" files, often renamed .xls by older software, are XML
 *   naming the office:spreadsheet namespace.
 */

export type FileKind =
  "empty" | "xlsx" | "truncated-zip" | "ole-encrypted" | "ole-legacy" | "xml-2003" | "other";

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END_RECORD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP_END_SEARCH = 22 + 0xffff;
const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");
const XML_2003_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

function hasZipEnd(bytes: Buffer): boolean {
  return bytes.subarray(Math.max(0, bytes.length - ZIP_END_SEARCH)).includes(ZIP_END_RECORD);
}

function oleKind(bytes: Buffer): FileKind {
  return bytes.includes(ENCRYPTED_STREAM) ? "ole-encrypted" : "ole-legacy";
}

function isXml2003(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString("utf8");
  return head.trimStart().startsWith("<?xml") && head.includes(XML_2003_NAMESPACE);
}

export function fileKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return hasZipEnd(bytes) ? "xlsx" : "truncated-zip";
  if (startsWith(bytes, OLE_HEADER)) return oleKind(bytes);
  if (isXml2003(bytes)) return "xml-2003";
  return "other";
}
