export * from './netral-answer.js';
export * from './netral-progress.js';
export * from './netral-complete.js';
export * from './netral-exit.js';
