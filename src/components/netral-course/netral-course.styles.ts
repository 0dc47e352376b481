import { css } from 'lit';

export const courseStyles = css`
  :host {
    display: block;
    min-width: 0; /* never widen a grid or flex parent on a phone */
    container-type: inline-size;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  :host([hidden]) { display: none; }
  .header { background: var(--_brand); color: var(--_on-brand); padding: 0.875rem 1rem 1rem; }
  .header__top { display: flex; align-items: center; gap: 0.75rem; justify-content: space-between; }
  .start__contents { margin-top: 2rem; }
  .header__brand { display: flex; align-items: center; gap: 0.75rem; min-width: 0; }
  ::slotted([slot='logo']) { max-height: 40px; width: auto; flex: none; }
  .header__title { font-size: 1rem; font-weight: 700; margin: 0; line-height: 1.3; }
  .header__kicker { font-size: 0.8125rem; opacity: 0.9; margin: 0; }
  .header__tools { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 0.5rem; flex: none; }
  .btn--on-brand { background: transparent; color: var(--_on-brand); border-color: var(--_on-brand); min-height: 44px; padding: 0.375rem 0.75rem; font-size: 0.875rem; }
  .btn--on-brand:hover { background: rgb(255 255 255 / 0.15); }
  .lang { flex: none; }
  .lang-problem { margin: 0.5rem 0 0; font-size: 0.875rem; }
  .lang select {
    font: inherit; font-size: 0.875rem; min-height: 44px; max-width: 8.5rem; padding: 0.25rem 0.5rem; border-radius: var(--_radius);
    border: 1px solid var(--_on-brand); background: transparent; color: var(--_on-brand);
  }
  .lang option { color: #1d2939; }
  .progress { margin-top: 0.75rem; }
  .progress__label { display: flex; justify-content: space-between; font-size: 0.8125rem; margin-bottom: 0.25rem; }
  .progress__track { height: 8px; border-radius: 999px; background: rgb(255 255 255 / 0.3); overflow: hidden; }
  .progress__fill { height: 100%; background: var(--_on-brand); border-radius: 999px; }
  .header :focus-visible { outline-color: var(--_on-brand); }

  .toc { border-bottom: 1px solid var(--_border); background: var(--_surface-alt); }
  .toc > summary {
    cursor: pointer; padding: 0.75rem 1rem; min-height: 48px; font-weight: 600; list-style-position: inside;
  }
  .toc__body { padding: 0 1rem 1rem; }
  .modules { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
  .module__title { font-weight: 700; font-size: 0.9375rem; margin: 0 0 0.25rem; }
  .module__hint { font-size: 0.875rem; color: var(--_muted); margin: 0 0 0.25rem; }
  .items { list-style: none; margin: 0; padding: 0; }
  .item {
    display: flex; width: 100%; gap: 0.75rem; align-items: center; justify-content: space-between; text-align: left;
    font: inherit; color: var(--_text); background: var(--_surface); min-height: 48px; padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border); border-radius: var(--_radius); margin-top: 0.375rem; cursor: pointer;
  }
  .item[aria-current='page'] { border: 2px solid var(--_brand); }
  .item:disabled { cursor: not-allowed; color: var(--_muted); background: var(--_surface-alt); }
  .item__name { display: block; }
  .item__kind { display: block; font-size: 0.8125rem; color: var(--_muted); }
  .item__status { font-size: 0.8125rem; white-space: nowrap; }
  .item__status--done { color: var(--_success); font-weight: 600; }

  .main { padding: 1.25rem 1rem 1.5rem; max-width: 46rem; margin: 0 auto; }
  .view-kicker { font-size: 0.875rem; color: var(--_muted); margin: 0 0 0.25rem; }
  .view-meta { font-size: 0.875rem; color: var(--_muted); margin: -0.25rem 0 1rem; }
  .start__desc { margin-bottom: 1rem; }
  .start__facts { color: var(--_muted); margin-bottom: 1.25rem; }
  .pager { display: flex; justify-content: space-between; gap: 0.75rem; margin-top: 2rem; padding-top: 1rem; border-top: 1px solid var(--_border); }
  .save { font-size: 0.8125rem; color: var(--_muted); padding: 0.5rem 1rem; border-top: 1px solid var(--_border); margin: 0; }
  .save--failed { color: var(--_error); font-weight: 600; }
  .sources { margin-top: 1.5rem; font-size: 0.9375rem; overflow-wrap: anywhere; }
  .sources ol { padding-left: 1.25rem; }

  dialog.source {
    max-width: min(34rem, calc(100vw - 2rem)); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 1.25rem; color: var(--_text); background: var(--_surface); overflow-wrap: anywhere;
  }
  dialog.source::backdrop { background: rgb(16 24 40 / 0.5); }
  .reason { color: var(--_muted); font-size: 0.9375rem; }

  @container (min-width: 40rem) {
    .header { padding: 1rem 1.5rem 1.25rem; }
    .header__title { font-size: 1.25rem; }
    .main { padding: 2rem 1.5rem; }
    .toc > summary, .toc__body { padding-left: 1.5rem; padding-right: 1.5rem; }
  }
  @media (forced-colors: active) {
    .progress__track { border: 1px solid CanvasText; }
    .progress__fill { background: Highlight; }
    .item[aria-current='page'] { outline: 2px solid Highlight; }
  }
`;
