/** The pure core of Netral: course data types, learner state, quizzes, scenarios and progress. */
export * from './course.js';
export * from './state.js';
export * from './random.js';
export * from './state-migrate.js';
export * from './learner-state.js';
export * from './quiz.js';
export * from './scenario.js';
export * from './progress.js';
export * from './suspend-codec.js';
export * from './scorm-values.js';
export * from './certificate.js';
export * from './learner-record.js';
