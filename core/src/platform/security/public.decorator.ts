import { SetMetadata } from '@nestjs/common';
import { IS_PUBLIC } from './security-metadata.js';

/** Lets anonymous callers in; every other endpoint needs a valid token (deny by default). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
