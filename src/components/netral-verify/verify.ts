/**
 * The embed bundle's chunk for `<netral-verify>` (dist/embed/netral-verify.js): a staff tool,
 * fetched only by a page that has the element, so learners do not download it with the course.
 */
export { NetralVerify } from './netral-verify.js';
