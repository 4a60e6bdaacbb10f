/**
 * Maps the facades handed to scripts back to the stand-in's own state, so an argument such as the
 * Range in `builder.addRange(range)` is checked to be a genuine stand-in object of the right class
 * (real Apps Script rejects look-alikes too).
 */
export class Registry<State> {
  private readonly states = new WeakMap<object, State>();

  constructor(private readonly className: string) {}

  register<Facade extends object>(facade: Facade, state: State): Facade {
    this.states.set(facade, state);
    return facade;
  }

  /** The state behind `value`, or Apps Script's "Invalid argument" if it is not one of ours. */
  lookup(value: unknown, parameter: string): State {
    const state = typeof value === "object" && value !== null ? this.states.get(value) : undefined;
    if (state === undefined) {
      throw new Error(`Invalid argument: ${parameter} (expected a ${this.className}, got ${String(value)})`);
    }
    return state;
  }
}
