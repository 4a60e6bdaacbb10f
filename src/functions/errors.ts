/** How a custom function reports a mistake: Sheets shows the message under #ERROR!. */

/**
 * Runs a custom function's body. Any error leaves as an Error whose message starts with the
 * function's name, so that the cell's #ERROR! tooltip says which formula failed and why.
 */
export function asFormula<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
