/**
 * Position conversion for editors. Luna's positions count bytes (sources are byte strings);
 * editors such as LSP clients count UTF-16 code units of the decoded (UTF-8) text. This
 * converts a byte offset of a UTF-8 source into a UTF-16 line/character pair.
 */

export interface Utf16Position {
  /** Line from 0. */
  line: number;
  /** UTF-16 code units from the line start. */
  character: number;
}

/** Maps byte offsets of a UTF-8 byte string to LSP-style positions. Build once per source. */
export class PositionMapper {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /** The UTF-16 position of a byte offset. */
  toUtf16(offset: number): Utf16Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    let character = 0;
    for (let i = this.lineStarts[lo]!; i < offset; ) {
      const b = this.source.charCodeAt(i);
      const len = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      character += len === 4 ? 2 : 1;
      i += len;
    }
    return { line: lo, character };
  }
}
