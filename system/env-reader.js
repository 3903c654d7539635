import { ConfigError } from './config-error.js';

const HTTP = ['http:', 'https:'];

/** "an http(s) URL", "a postgres or postgresql URL". */
function urlKind(protocols) {
  if (protocols.length === 2 && protocols.every((protocol, i) => protocol === HTTP[i]))
    return 'an http(s) URL';
  return `a ${protocols.map((protocol) => protocol.replace(/:$/, '')).join(' or ')} URL`;
}

// Both configuration loaders (core's and the BFF's) read through this class, so they agree on what a blank
// value, a port or a URL is, and fail the same way. Documented in env-reader.d.ts.
export class EnvReader {
  #env;
  #problems = [];

  constructor(env) {
    this.#env = env;
  }

  value(name) {
    const value = this.#env[name]?.trim();
    return value ? value : undefined;
  }

  text(name, fallback) {
    return this.value(name) ?? fallback;
  }

  oneOf(name, fallback, allowed) {
    const value = this.text(name, fallback);
    if (!allowed.includes(value))
      this.problem(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
    return value;
  }

  flag(name, fallback) {
    const value = this.text(name, String(fallback));
    if (value !== 'true' && value !== 'false') this.problem(`${name} must be true or false, got "${value}"`);
    return value === 'true';
  }

  port(name, fallback) {
    const raw = this.text(name, String(fallback));
    if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
      this.problem(`${name} must be an integer between 0 and 65535, got "${raw}"`);
    }
    return Number(raw);
  }

  wholeNumber(name, fallback, unit) {
    const raw = this.text(name, String(fallback));
    if (!/^\d+$/.test(raw)) this.problem(`${name} must be a whole number of ${unit}, got "${raw}"`);
    return Number(raw);
  }

  positiveInt(name, fallback) {
    const raw = this.text(name, String(fallback));
    if (!/^\d+$/.test(raw) || Number(raw) < 1)
      this.problem(`${name} must be a positive integer, got "${raw}"`);
    return Number(raw);
  }

  url(name, fallback, protocols = HTTP) {
    const raw = this.text(name, fallback);
    if (!URL.canParse(raw) || !protocols.includes(new URL(raw).protocol)) {
      this.problem(`${name} must be ${urlKind(protocols)}, got "${raw}"`);
    }
    return raw;
  }

  email(name, fallback) {
    const raw = this.text(name, fallback);
    if (!/^[^@\s]+@[^@\s]+$/.test(raw)) this.problem(`${name} must be an email address, got "${raw}"`);
    return raw;
  }

  problem(message) {
    this.#problems.push(message);
  }

  throwIfInvalid(subject) {
    if (this.#problems.length > 0) throw new ConfigError([...this.#problems], subject);
  }
}
