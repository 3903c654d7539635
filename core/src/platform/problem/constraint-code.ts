/**
 * The codes of class-validator's constraints as the problem's `errors` publish them: a few words a page can
 * pick its own sentence by, stable while the library's constraint names or English messages change.
 */
const CODES: Readonly<Record<string, string>> = {
  isDefined: 'required',
  isNotEmpty: 'required',
  arrayNotEmpty: 'required',
  maxLength: 'too-long',
  minLength: 'too-short',
  isLength: 'length',
  arrayMaxSize: 'too-many',
  arrayMinSize: 'too-few',
  min: 'min',
  max: 'max',
  isIn: 'enum',
  isEnum: 'enum',
  isEmail: 'email',
  isUrl: 'url',
  matches: 'format',
  isUuid: 'format',
  isMongoId: 'format',
  isTimeZone: 'time-zone',
  isTaxId: 'tax-id',
  meetsPasswordPolicy: 'password-policy',
  isDate: 'date',
  isInt: 'integer',
  isNumber: 'number',
  isString: 'text',
  isArray: 'list',
  isBoolean: 'boolean',
  nestedValidation: 'invalid',
  whitelistValidation: 'unknown-field',
};

/** The code of one failed constraint; a constraint this list lacks is named in kebab case. */
export function constraintCode(constraint: string): string {
  return CODES[constraint] ?? constraint.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
