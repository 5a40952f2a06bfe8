/** The text as one length-prefixed message. */
export function frameText(text: string): Buffer;
/** The value as one length-prefixed message of JSON. */
export function frame(value: unknown): Buffer;
/** A 'data' listener that calls `onText` with the text of each whole message, in order. */
export function frameReader(onText: (text: string) => void): (chunk: Buffer) => void;
