/**
 * The built-in course of the embed bundle in English: the complete ASN neutrality course from
 * content/, built and validated at build time by the Vite plugin (src/build/vite-plugin.ts).
 * Each language is its own file, so a learner downloads only the language they read.
 */
import course from 'virtual:netral-course?lang=en';

export default course;
