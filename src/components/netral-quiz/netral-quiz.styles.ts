import { css } from 'lit';

export const quizStyles = css`
  :host { display: block; }
  .meta { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: 0.25rem; color: var(--_muted); }
  .bar { height: 6px; background: var(--_surface-alt); border-radius: 999px; margin-bottom: 1rem; overflow: hidden; }
  .bar__fill { height: 100%; background: var(--_brand); }
  .score { font-size: 2rem; font-weight: 800; margin: 0 0 0.25rem; }
  .review { list-style: none; margin: 1rem 0 0; padding: 0; display: grid; gap: 1.5rem; }
  .review > li { padding-top: 1rem; border-top: 1px solid var(--_border); }
  .error { color: var(--_error); font-weight: 600; margin: 0.75rem 0 0; }
  .confirm { margin-top: 1rem; }
  @media (forced-colors: active) { .bar { border: 1px solid CanvasText; } .bar__fill { background: Highlight; } }
`;
