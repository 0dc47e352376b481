/**
 * What the course shows only at the end, in one chunk of the embed bundle: the results element
 * (with the certificate and its SHA-256 code) and the learner's own record.
 */
import '../netral-results/netral-results.js';

export { learnerRecord } from '../../core/learner-record.js';
