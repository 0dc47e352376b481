/**
 * Where a test LMS page launches the course from, per SCORM version: the launch page of the
 * built package, unzipped and served by scripts/wtr-scorm-plugin.mjs as an LMS would.
 */
export function packageLaunchUrl(version: '1.2' | '2004'): string {
  return `/__scorm__/${version === '1.2' ? '12' : '2004'}/index.html`;
}
