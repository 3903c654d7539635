/** The request URL as a request log may record it: query values and one-time secrets in the path masked. */
export declare function loggableUrl(url: string | undefined): string;
