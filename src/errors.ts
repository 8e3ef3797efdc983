/**
 * Every failure the library reports is a `PinyinGlossError` with a literal
 * `code`, so callers branch on `error.code` instead of parsing messages.
 */
export type PinyinGlossErrorCode =
  /** An argument has the wrong type (e.g. `annotate(42)`). */
  | 'INVALID_TYPE'
  /** An option has an unknown name, a wrong type or an out-of-range value. */
  | 'INVALID_OPTION'
  /** A segmenter backend (nodejieba's native addon, jieba-wasm) or its dictionary could not be loaded. */
  | 'SEGMENTER_LOAD_FAILED'
  /** The polyphone model's data file (data/g2pm/model.bin) could not be read, or the browser build, which does not carry it, was asked for it. */
  | 'MODEL_LOAD_FAILED'
  /** In a browser: annotating or segmenting before `await init()` loaded the wasm segmenter. */
  | 'SEGMENTER_NOT_READY'
  /** Input bytes are not valid in the declared encoding (CLI, streams). */
  | 'INVALID_ENCODING'
  /** A JSON Lines record is not valid JSON or lacks the requested field. */
  | 'BAD_LINE'
  /** A file could not be read or written. */
  | 'IO_ERROR'
  /** The segmenter's words do not add up to the text it was given (a bug of the segmenter backend). */
  | 'SEGMENTER_FAILED'
  /** A worker thread of a corpus run failed or stopped (`cause` or the message says why). */
  | 'WORKER_FAILED';

export class PinyinGlossError extends Error {
  override readonly name = 'PinyinGlossError';
  readonly code: PinyinGlossErrorCode;
  /**
   * With code `INVALID_OPTION`: the option at fault as the caller wrote it
   * (`'separator'`, `'select.rate'`, `"dict['行长']"`), so that a front end
   * such as the CLI can name its own flag instead.
   */
  readonly option?: string;

  constructor(code: PinyinGlossErrorCode, message: string, options?: { cause?: unknown; option?: string }) {
    super(message, options);
    this.code = code;
    if (options?.option !== undefined) this.option = options.option;
  }
}
