import type { BuiltCourse } from '../../src/core/course.js';
import { makeCourse, type CourseOptions } from '../node/core/fixture.js';

/** The core's fixture course as a built, two-language course for the components. */
export function makeBuiltCourse(options: CourseOptions = {}): BuiltCourse {
  const id = makeCourse(options);
  const en = { ...makeCourse(options), lang: 'en', title: 'Test course' };
  id.descriptionHtml = '<p>Kursus uji untuk komponen.</p>';
  return { format: 1, id: id.id, version: id.version, languages: ['id', 'en'], byLang: { id, en } };
}
