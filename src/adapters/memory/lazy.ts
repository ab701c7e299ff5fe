/**
 * A proxy's object is found the first time a queued command needs it and then kept, like
 * an Excel object path: a sheet fetched by name stays the same sheet after a rename, and a
 * used range is measured when first used, not when requested.
 */

export class Lazy<T> {
  private found = false;
  private value: T | undefined;

  constructor(private readonly find: () => T) {}

  static of<T>(value: T): Lazy<T> {
    const lazy = new Lazy(() => value);
    lazy.get();
    return lazy;
  }

  get(): T {
    if (!this.found) {
      this.value = this.find();
      this.found = true;
    }
    return this.value as T;
  }
}
