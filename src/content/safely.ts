/** Runs one entry point of the content scripts: a failure logs `Quietread: …` and leaves the page as it was. */
export function safely<T>(what: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    console.warn(`Quietread: ${what} failed`, err);
    return undefined;
  }
}
