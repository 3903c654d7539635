export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** pino's levels: what LOG_LEVEL may say in every process. */
export declare const LOG_LEVELS: readonly LogLevel[];
