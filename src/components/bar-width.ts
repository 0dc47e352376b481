/**
 * Sets the width of progress bars (elements with `data-width`, in percent) through the CSSOM:
 * a strict Content-Security-Policy without 'unsafe-inline' styles blocks `style="…"` attributes
 * (which Lit's styleMap also writes on first render), but not this. Call it in `updated()`.
 */
export function applyBarWidths(root: ParentNode): void {
  for (const bar of root.querySelectorAll<HTMLElement>('[data-width]')) bar.style.width = `${Number(bar.dataset.width) || 0}%`;
}
