/**
 * Errors the fake raises, shaped like Excel's OfficeExtension.Error (code, message,
 * debugInfo) with Excel's own codes and messages, so code that handles real Excel errors
 * can be tested against the fake.
 */
import type { ExcelErrorCode } from "../office/excel-api";

export class FakeExcelError extends Error {
  readonly debugInfo: {
    readonly code: ExcelErrorCode;
    readonly message: string;
    readonly errorLocation?: string;
  };

  constructor(
    readonly code: ExcelErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(entity: string, property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function itemAlreadyExists(location: string): FakeExcelError {
  return new FakeExcelError(
    "ItemAlreadyExists",
    "A resource with the same name or identifier already exists.",
    location,
  );
}

export function itemNotFound(location: string): FakeExcelError {
  return new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail?: string): FakeExcelError {
  const message = detail ?? "The argument is invalid or missing or has an incorrect format.";
  return new FakeExcelError("InvalidArgument", message, location);
}

export function shapeMismatch(location: string): FakeExcelError {
  return invalidArgument(
    location,
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  );
}

export function invalidOperation(location: string, detail: string): FakeExcelError {
  return new FakeExcelError("InvalidOperation", detail, location);
}

export function protectedSheet(location: string): FakeExcelError {
  return new FakeExcelError(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
    location,
  );
}

/** Using a proxy after its Excel.run has finished, as Excel reports it. */
export function invalidObjectPath(location: string): FakeExcelError {
  return new FakeExcelError(
    "InvalidObjectPath",
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
    location,
  );
}
