import { css } from 'lit';

export const questionStyles = css`
  :host { display: block; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { padding: 0; margin-bottom: 0.5rem; font-size: 0.9375rem; font-weight: 700; color: var(--_muted); }
  .prompt { font-size: 1.0625rem; margin-bottom: 0.75rem; }
  .hint { font-size: 0.9375rem; color: var(--_muted); margin-bottom: 0.75rem; }
  .options { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  .option {
    display: flex; align-items: flex-start; gap: 0.75rem; min-height: 48px;
    padding: 0.75rem 0.875rem; border: 2px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); cursor: pointer;
  }
  .option:hover { border-color: var(--_brand); }
  .option:not(.option--right, .option--wrong):has(input:checked) { border-color: var(--_brand); background: var(--_brand-soft); }
  .option:has(input:disabled) { cursor: default; }
  .option input { width: 1.25rem; height: 1.25rem; margin: 0.1rem 0 0; flex: none; accent-color: var(--_brand); }
  .option__text { flex: 1; min-width: 0; overflow-wrap: anywhere; }
  .option__text p { margin: 0; }
  /* After checking, right and wrong win over the "chosen" look. */
  .option.option--right, .order li.option--right, .match__row.option--right { border-color: var(--_success); background: var(--_success-soft); }
  .option.option--wrong, .order li.option--wrong, .match__row.option--wrong { border-color: var(--_error); background: var(--_error-soft); }
  .mark { display: block; font-size: 0.875rem; font-weight: 700; margin-top: 0.25rem; }
  .mark--right { color: var(--_success); }
  .mark--wrong { color: var(--_error); }
  .option-feedback { font-size: 0.9375rem; margin-top: 0.375rem; color: var(--_text); }

  .order { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; counter-reset: pos; }
  .order li {
    display: flex; align-items: center; gap: 0.5rem; padding: 0.5rem 0.5rem 0.5rem 0.75rem;
    border: 2px solid var(--_border); border-radius: var(--_radius); background: var(--_surface);
  }
  .order li::before { counter-increment: pos; content: counter(pos) '.'; font-weight: 700; min-width: 1.5rem; }
  .order .option__text { flex: 1; }
  .order .move { display: flex; gap: 0.25rem; }
  .order .move .btn { padding: 0.25rem; min-width: 44px; min-height: 44px; border-width: 1px; }
  .order svg { width: 1.25rem; height: 1.25rem; }

  .match { display: grid; gap: 0.75rem; }
  .match__row { padding: 0.75rem; border: 2px solid var(--_border); border-radius: var(--_radius); }
  .match__row label { display: block; margin-bottom: 0.5rem; }
  .match__row label p { margin: 0; }
  select {
    width: 100%; min-height: 48px; font: inherit; padding: 0.5rem; color: var(--_text);
    border: 2px solid var(--_border-strong); border-radius: var(--_radius); background: var(--_surface);
  }

  .feedback { margin-top: 1rem; }
  .feedback h3 { display: flex; align-items: center; gap: 0.5rem; margin-bottom: 0.5rem; }
  .feedback .explanation-title { font-weight: 700; margin: 0.75rem 0 0.25rem; }
  .correct-list { margin: 0 0 0.5rem; padding-left: 1.25rem; }

  @media (forced-colors: active) {
    .option, .order li, .match__row { border: 2px solid CanvasText; }
    .option:has(input:checked) { border-color: Highlight; }
  }
`;
