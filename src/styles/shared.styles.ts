import { css } from 'lit';

/**
 * Design tokens and the styles every Netral view shares.
 *
 * Public tokens (set them on `netral-course` or any ancestor to re-brand):
 *   --netral-color-brand        header and primary button (default: deep government blue)
 *   --netral-color-brand-strong hover/pressed brand, links
 *   --netral-color-on-brand     text on the brand colour
 *   --netral-color-text, --netral-color-text-muted, --netral-color-surface,
 *   --netral-color-surface-alt, --netral-color-border,
 *   --netral-color-border-strong (edges of form fields: 3:1 against the surface, WCAG 1.4.11)
 *   --netral-color-success, --netral-color-error, --netral-color-warning (meaning only)
 *   --netral-font-family, --netral-font-size (base, default 1rem), --netral-radius
 * Each is read once here into a private `--_x` variable that the rest of the CSS uses.
 * The roles follow the INA Digital design language: one brand colour for the header and the
 * one primary action of a view, sentiment colours only for meaning, neutrals for the rest.
 */
export const tokens = css`
  :host {
    --_brand: var(--netral-color-brand, #0b5a8c);
    --_brand-strong: var(--netral-color-brand-strong, #07406a);
    --_on-brand: var(--netral-color-on-brand, #ffffff);
    --_brand-soft: var(--netral-color-brand-soft, #e7f1f8);
    --_text: var(--netral-color-text, #1d2939);
    --_muted: var(--netral-color-text-muted, #475467);
    --_surface: var(--netral-color-surface, #ffffff);
    --_surface-alt: var(--netral-color-surface-alt, #f3f5f8);
    --_border: var(--netral-color-border, #c9d1dc);
    --_border-strong: var(--netral-color-border-strong, #667085);
    --_success: var(--netral-color-success, #11703d);
    --_success-soft: var(--netral-color-success-soft, #e8f5ee);
    --_error: var(--netral-color-error, #b42318);
    --_error-soft: var(--netral-color-error-soft, #fdeceb);
    --_warning: var(--netral-color-warning, #9a4a05);
    --_warning-soft: var(--netral-color-warning-soft, #fff4e5);
    --_font: var(--netral-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_radius: var(--netral-radius, 0.5rem);
    --_focus: var(--netral-color-focus, #0b5a8c);
    --_space: 1rem;
    font-family: var(--_font);
    font-size: var(--netral-font-size, 1rem);
    line-height: 1.55;
    color: var(--_text);
  }
`;

/** Buttons, focus ring, headings and rendered Markdown (lessons, prompts, feedback). */
export const sharedStyles = css`
  *, *::before, *::after { box-sizing: border-box; }
  h2, h3, h4 { line-height: 1.3; margin: 0 0 0.75rem; }
  h2 { font-size: 1.375rem; }
  h3 { font-size: 1.125rem; }
  p { margin: 0 0 0.75rem; }
  a { color: var(--_brand-strong); text-underline-offset: 0.15em; }
  [tabindex='-1']:focus { outline: none; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }

  .btn {
    display: inline-flex; align-items: center; justify-content: center; gap: 0.5rem;
    min-height: 48px; min-width: 48px; padding: 0.625rem 1.25rem;
    font: inherit; font-weight: 600; line-height: 1.2; text-align: center;
    border-radius: var(--_radius); border: 2px solid var(--_brand); cursor: pointer;
    background: var(--_surface); color: var(--_brand-strong);
  }
  .btn:hover { background: var(--_brand-soft); }
  .btn--primary { background: var(--_brand); color: var(--_on-brand); }
  .btn--primary:hover { background: var(--_brand-strong); border-color: var(--_brand-strong); }
  .btn--quiet { border-color: transparent; background: transparent; text-decoration: underline; }
  .btn[disabled], .btn[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1.25rem; }

  /* Long words and links wrap (break-word); anywhere would wrap the same but also lets every
     character be a break when sizing, which made a lesson's layout ~20% slower. Table cells keep
     it, so that a table still narrows to a 320 px screen. */
  .prose { overflow-wrap: break-word; }
  .prose > :last-child { margin-bottom: 0; }
  .prose ul, .prose ol { padding-left: 1.5rem; margin: 0 0 0.75rem; }
  .prose li { margin-bottom: 0.25rem; }
  .prose blockquote { margin: 0 0 0.75rem; padding-left: 1rem; border-left: 4px solid var(--_border); color: var(--_muted); }
  .prose table { border-collapse: collapse; width: 100%; display: block; overflow-x: auto; margin-bottom: 0.75rem; }
  .prose th, .prose td { border: 1px solid var(--_border); padding: 0.375rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
  .prose cite, .cite { font-style: normal; font-size: 0.875em; }
  .prose cite a { color: var(--_muted); }

  .callout {
    margin: 0 0 1rem; padding: 0.875rem 1rem; border-radius: var(--_radius);
    border-left: 6px solid var(--_brand); background: var(--_brand-soft);
  }
  .callout__title { font-weight: 700; margin-bottom: 0.375rem; }
  .callout--sanksi { border-left-color: var(--_error); background: var(--_error-soft); }
  .callout--tergantung { border-left-color: var(--_warning); background: var(--_warning-soft); }
  .callout--contoh, .callout--catatan { border-left-color: var(--_muted); background: var(--_surface-alt); }
  .callout--dasar-hukum { border-left-color: var(--_brand-strong); background: var(--_surface-alt); }

  .badge {
    display: inline-block; padding: 0.125rem 0.5rem; border-radius: 999px; font-size: 0.8125rem;
    font-weight: 600; border: 1px solid currentColor;
  }
  .tone-good { color: var(--_success); }
  .tone-mixed { color: var(--_warning); }
  .tone-bad { color: var(--_error); }
  .panel { padding: 1rem; border-radius: var(--_radius); border: 1px solid var(--_border); background: var(--_surface); }
  .panel--good { border-color: var(--_success); background: var(--_success-soft); }
  .panel--mixed { border-color: var(--_warning); background: var(--_warning-soft); }
  .panel--bad { border-color: var(--_error); background: var(--_error-soft); }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
    clip-path: inset(50%); white-space: nowrap;
  }

  @media (forced-colors: active) {
    .btn, .callout, .panel, .badge { border: 2px solid CanvasText; forced-color-adjust: auto; }
    .btn--primary { background: ButtonText; color: ButtonFace; }
    :focus-visible { outline: 3px solid Highlight; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
`;

/** Labelled text fields of the small forms (certificate details, code verification). */
export const formStyles = css`
  form { display: grid; gap: 0.75rem; max-width: 32rem; }
  label { display: grid; gap: 0.25rem; font-weight: 700; }
  input { font: inherit; padding: 0.625rem 0.75rem; min-height: 44px; border: 1px solid var(--_border-strong); border-radius: var(--_radius); }
`;
