/**
 * Where a test LMS page launches the course from, per SCORM version: the launch page of the
 * built package, unzipped and served by scripts/wtr-scorm-plugin.mjs as an LMS would: the
 * sample course (test/fixtures/sample-course) or the complete ASN course (content/).
 */
export function packageLaunchUrl(version: '1.2' | '2004', course: 'sample' | 'asn' = 'sample'): string {
  return `/__scorm__/${course}/${version === '1.2' ? '12' : '2004'}/index.html`;
}
