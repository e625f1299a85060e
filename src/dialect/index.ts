export { DIALECT_NAMES, DEFAULT_DIALECT, FEATURES, type DialectName, type Feature } from './features.js';
export { getDialect, parseDialectName, allDialects, type Dialect, type SyntaxData, type NumeralStyle } from './dialect.js';
