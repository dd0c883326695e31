const HIDDEN = "[secret]";

/**
 * A decrypted secret. It prints, serialises and logs as "[secret]", so that it
 * cannot reach a log line, an API reply or an error message by accident; the
 * value comes out only through `reveal()`, at the point of use (an
 * Authorization header, an HMAC).
 */
export class SecretValue {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return HIDDEN;
  }

  toJSON(): string {
    return HIDDEN;
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `SecretValue(${HIDDEN})`;
  }
}
