const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** A strict JSON scanner that only finds where text stops being JSON (it builds no value). */
class Scanner {
  index = 0;
  constructor(private readonly text: string) {}

  fail(): never {
    throw new StopAt(this.index);
  }
  at(): string | undefined {
    return this.text[this.index];
  }
  space(): void {
    while (' \t\n\r'.includes(this.at() ?? 'x')) this.index++;
  }
  expect(char: string): void {
    this.space();
    if (this.at() !== char) this.fail();
    this.index++;
  }
  document(): void {
    this.value();
    this.space();
    if (this.index < this.text.length) this.fail();
  }
  value(): void {
    this.space();
    const char = this.at();
    if (char === '{') {
      this.container('}', () => {
        this.space();
        if (this.at() !== '"') this.fail();
        this.string();
        this.expect(':');
        this.value();
      });
      return;
    }
    if (char === '[') {
      this.container(']', () => this.value());
      return;
    }
    if (char === '"') {
      this.string();
      return;
    }
    NUMBER.lastIndex = this.index;
    if (NUMBER.test(this.text)) {
      this.index = NUMBER.lastIndex;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return;
      }
    }
    this.fail();
  }
  container(close: string, item: () => void): void {
    this.index++;
    this.space();
    if (this.at() === close) {
      this.index++;
      return;
    }
    for (;;) {
      item();
      this.space();
      if (this.at() === close) {
        this.index++;
        return;
      }
      if (this.at() !== ',') this.fail();
      this.index++;
    }
  }
  string(): void {
    this.index++;
    while (this.index < this.text.length) {
      const char = this.at() as string;
      if (char === '"') {
        this.index++;
        return;
      }
      if (char === '\\') {
        this.index++;
        const next = this.at() ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 1, this.index + 5)))
          this.index += 5;
        else if (next !== 'u' && ESCAPES.includes(next) && next !== '') this.index++;
        else this.fail();
        continue;
      }
      if (char < ' ') this.fail();
      this.index++;
    }
    this.fail();
  }
}

class StopAt {
  constructor(readonly index: number) {}
}

/**
 * Where `text` stops being valid JSON: line and column (1-based) of the first character that cannot be there, or
 * undefined when it is valid (or too deep to scan). Only positions: never a piece of the text, which may hold a
 * credential.
 */
export function jsonErrorPosition(text: string): { line: number; column: number } | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (stop) {
    if (!(stop instanceof StopAt)) return undefined;
    const before = text.slice(0, stop.index);
    return { line: before.split('\n').length, column: stop.index - before.lastIndexOf('\n') };
  }
}
