/**
 * The single-file embed bundle (dist/embed/netral.js): an intranet page adds one
 * `<script type="module" src=".../netral.js">` and one `<netral-course>` element. Importing it
 * registers every `netral-*` element (guarded: a second copy of the bundle on the page is
 * harmless) and gives `<netral-course>` the built-in ASN course, which sits in its own file
 * (netral-asn-course.js) and is fetched only when the element has neither `course` nor `src`.
 */
import { NetralCourse } from './components/netral-course/netral-course.js';

export * from './index.js';

NetralCourse.defaultCourse ??= () => import('./asn-course.js').then((module) => module.default);
NetralCourse.markdownReader ??= () => import('./runtime/markdown-course.js');
