/** A history file that cannot be read: names the file and what was expected. The pull then leaves it alone. */
export class HistoryFormatError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'HistoryFormatError';
    this.file = file;
  }
}
