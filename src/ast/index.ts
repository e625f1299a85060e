export type * from './nodes.js';
export { VISITOR_KEYS } from './visitor-keys.js';
