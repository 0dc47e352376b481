import { css } from 'lit';

export const scenarioStyles = css`
  :host { display: block; }
  .steps { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
  .step { display: grid; gap: 0.75rem; }
  .situation { padding: 1rem; border-radius: var(--_radius); background: var(--_surface-alt); }
  .taken { padding: 0.875rem 1rem; border-left: 4px solid var(--_brand); background: var(--_surface); border-radius: 0 var(--_radius) var(--_radius) 0; }
  .taken__label { font-size: 0.875rem; font-weight: 600; color: var(--_muted); margin: 0 0 0.25rem; }
  .taken__choice { font-weight: 600; margin-bottom: 0.5rem; }
  fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  legend { font-weight: 700; font-size: 1.0625rem; padding: 0; margin-bottom: 0.5rem; }
  .choices { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
  .choice {
    display: flex; gap: 0.75rem; align-items: flex-start; min-height: 48px; cursor: pointer;
    padding: 0.75rem 0.875rem; border: 2px solid var(--_border); border-radius: var(--_radius); background: var(--_surface);
  }
  .choice:hover { border-color: var(--_brand); }
  .choice:has(input:checked) { border-color: var(--_brand); background: var(--_brand-soft); }
  .choice input { width: 1.25rem; height: 1.25rem; margin: 0.1rem 0 0; flex: none; accent-color: var(--_brand); }
  .choice p { margin: 0; }
  .ending h3 { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .error { color: var(--_error); font-weight: 600; margin: 0.5rem 0 0; }
  @media (forced-colors: active) { .choice, .situation, .taken { border: 2px solid CanvasText; } }
`;
