// scorm-again 3.4.3: the "./scorm12" and "./scorm2004" subpaths' types declare a default export,
// but their ES modules only have the named exports. Re-declare the subpaths with the named ones
// (the demo's LMS and the tests import them; the course bundle never does).
declare module 'scorm-again/scorm12' {
  export { Scorm12API } from 'scorm-again';
}
declare module 'scorm-again/scorm2004' {
  export { Scorm2004API } from 'scorm-again';
}
