/**
 * The built-in course of the embed bundle: the complete ASN neutrality course from content/,
 * built and validated at build time by the Vite plugin (src/build/vite-plugin.ts).
 */
import course from 'virtual:netral-course';

export default course;
