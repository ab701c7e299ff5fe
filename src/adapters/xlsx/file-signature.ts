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
 *
 * Plain Uint8Array code without Node's Buffer, so the pane's browser mode checks a file the
 * same way before loading ExcelJS.
 */

export type FileKind =
  "empty" | "xlsx" | "truncated-zip" | "ole-encrypted" | "ole-legacy" | "xml-2003" | "other";

const ZIP_LOCAL_HEADER = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const ZIP_END_RECORD = Uint8Array.of(0x50, 0x4b, 0x05, 0x06);
const ZIP_END_SEARCH = 22 + 0xffff;
const OLE_HEADER = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** "EncryptedPackage" in UTF-16LE, as OLE directory entries spell stream names. */
const ENCRYPTED_STREAM = Uint8Array.from([..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]));
const XML_2003_NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet";

function matchesAt(bytes: Uint8Array, pattern: Uint8Array, at: number): boolean {
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && matchesAt(bytes, prefix, 0);
}

function includes(bytes: Uint8Array, pattern: Uint8Array, from = 0): boolean {
  const first = pattern[0];
  for (let at = bytes.indexOf(first ?? 0, from); at >= 0; at = bytes.indexOf(first ?? 0, at + 1)) {
    if (at + pattern.length > bytes.length) return false;
    if (matchesAt(bytes, pattern, at)) return true;
  }
  return false;
}

function hasZipEnd(bytes: Uint8Array): boolean {
  return includes(bytes, ZIP_END_RECORD, Math.max(0, bytes.length - ZIP_END_SEARCH));
}

function oleKind(bytes: Uint8Array): FileKind {
  return includes(bytes, ENCRYPTED_STREAM) ? "ole-encrypted" : "ole-legacy";
}

function isXml2003(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  return head.trimStart().startsWith("<?xml") && head.includes(XML_2003_NAMESPACE);
}

/** Works on any byte array (a Node Buffer or a browser file's bytes). */
export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return hasZipEnd(bytes) ? "xlsx" : "truncated-zip";
  if (startsWith(bytes, OLE_HEADER)) return oleKind(bytes);
  if (isXml2003(bytes)) return "xml-2003";
  return "other";
}
