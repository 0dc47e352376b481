// The course built by the Vite plugin (src/build/vite-plugin.ts) and, in browser tests, by the
// test-runner plugin (scripts/wtr-course-plugin.mjs).
declare module 'virtual:netral-course' {
  const course: import('../core/course.js').BuiltCourse;
  export default course;
}

// Browser tests may load a fixture course: `virtual:netral-course?dir=test/fixtures/mini-course`.
declare module 'virtual:netral-course?*' {
  const course: import('../core/course.js').BuiltCourse;
  export default course;
}
