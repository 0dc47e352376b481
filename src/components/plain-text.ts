/**
 * The text of a build-produced HTML fragment, for places that need plain text (an aria-label,
 * an <option>). Parsed inside an inert <template>, so nothing in it loads or runs, and entities
 * decode correctly.
 */
export function plainText(fragment: string): string {
  const template = document.createElement('template');
  template.innerHTML = fragment;
  return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}
