/**
 * Tiny DOM helpers. Data only ever enters the page as text nodes and attribute values, never as
 * HTML: sheet names, headers and cell values are the operator's (or an export's) and may hold markup.
 */

export type AttrValue = string | number | boolean | null | undefined;
export type Listeners = { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
/** Attributes by name (false/null/undefined leave one out), plus `on` for listeners. */
export type Props = { [name: string]: AttrValue | Listeners; on?: Listeners };
export type Child = Node | string | number | null | undefined | false | readonly Child[];

type AnyListener = (event: Event) => void;

// One module-level dispatcher per event type and a map per element, so that morph() can swap an
// element's listeners for the new render's without removeEventListener bookkeeping.
const listenersOf = new WeakMap<EventTarget, Map<string, AnyListener>>();

function dispatch(event: Event): void {
  const target = event.currentTarget;
  if (target) listenersOf.get(target)?.get(event.type)?.(event);
}

function setListeners(element: Element, listeners: Map<string, AnyListener>): void {
  listenersOf.set(element, listeners);
  for (const type of listeners.keys()) element.addEventListener(type, dispatch);
}

function appendChildren(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** `value` and `checked` are live properties of form controls, not just their initial attributes. */
function isFormControl(
  element: Element,
): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  );
}

/**
 * Creates an element. Strings among the children become text nodes.
 * @example h("p", { class: "hint" }, "Rows: ", 3) //=> <p class="hint">Rows: 3</p>
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  let value: string | undefined;
  for (const [name, raw] of Object.entries(props ?? {})) {
    if (name === "on") {
      setListeners(element, new Map(Object.entries(raw as Listeners) as [string, AnyListener][]));
      continue;
    }
    const attr = raw as AttrValue;
    if (name === "value" && isFormControl(element)) value = attr == null ? "" : String(attr);
    else if (name === "checked" && element instanceof HTMLInputElement) {
      element.checked = !!attr;
      if (attr) element.setAttribute("checked", "");
    } else if (attr === true) element.setAttribute(name, "");
    else if (attr !== false && attr != null) element.setAttribute(name, String(attr));
  }
  appendChildren(element, children);
  // A select only takes a value once its options exist.
  if (value !== undefined && isFormControl(element)) element.value = value;
  return element;
}

function key(node: Node): string | null {
  if (!(node instanceof Element)) return null;
  const id = node.id || node.getAttribute("data-key");
  return id ? `${node.tagName}#${id}` : null;
}

function sameKind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (!(a instanceof Element) || !(b instanceof Element)) return true;
  return a.tagName === b.tagName && key(a) === key(b) && a.getAttribute("type") === b.getAttribute("type");
}

function syncAttributes(current: Element, next: Element): void {
  for (const { name } of Array.from(current.attributes)) {
    if (!next.hasAttribute(name)) current.removeAttribute(name);
  }
  for (const { name, value } of Array.from(next.attributes)) {
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
}

function syncChildren(current: Element, next: Element): void {
  const wanted = Array.from(next.childNodes);
  wanted.forEach((want, index) => {
    let have: Node | undefined = current.childNodes[index];
    if (have && !sameKind(have, want) && key(want)) {
      // A keyed element further on (say, a focused textarea below a message that just appeared)
      // is moved up rather than rebuilt, so it keeps its focus and caret.
      const later = Array.from(current.childNodes)
        .slice(index + 1)
        .find((node) => sameKind(node, want));
      if (later) {
        current.insertBefore(later, have);
        have = later;
      }
    }
    if (!have) current.appendChild(want);
    else if (!sameKind(have, want)) current.replaceChild(want, have);
    else if (have instanceof Element) morph(have, want as Element);
    else if (have.nodeValue !== want.nodeValue) have.nodeValue = want.nodeValue;
  });
  while (current.childNodes.length > wanted.length) current.lastChild?.remove();
}

/**
 * Makes `current` look like `next` while keeping the nodes that stay: focus and caret and, above
 * all, aria-live regions survive a re-render (a replaced live region is not announced by screen
 * readers). State the page keeps on its own (like <details open>) is overwritten: keep it in the model.
 */
export function morph(current: Element, next: Element): void {
  syncAttributes(current, next);
  setListeners(current, listenersOf.get(next) ?? new Map());
  // Read before the children move: options new to a select are moved out of `next`, which then
  // reads as "" (the saved "compare by" showed as none once the preview added its options).
  const value = isFormControl(next) ? next.value : null;
  syncChildren(current, next);
  if (isFormControl(current) && value !== null) {
    if (current.value !== value) current.value = value;
    if (current instanceof HTMLInputElement && next instanceof HTMLInputElement)
      current.checked = next.checked;
  }
}
