/**
 * Registers a custom element unless the tag is already taken. An LMS page or an intranet page
 * may load the Netral bundle twice; the second load must be harmless, not throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
