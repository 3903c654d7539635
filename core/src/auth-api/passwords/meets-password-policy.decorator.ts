import { registerDecorator, type ValidationOptions } from 'class-validator';
import { passwordProblems } from './password-policy.js';

/** class-validator rule: the value is a string meeting the password policy; the message lists what is missing. */
export function MeetsPasswordPolicy(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'meetsPasswordPolicy',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblems(value).length === 0,
        defaultMessage: (args) =>
          typeof args?.value === 'string'
            ? `password must ${passwordProblems(args.value).join(', ')}`
            : 'password must be a string',
      },
    });
}
