import { badUserInput } from '../../platform/graphql/errors';

const MAX_TEXT = 500;
/** Control characters other than tab and line breaks: nothing a person types. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/** Text a person wrote, trimmed: at most 500 characters, no control characters, or BAD_USER_INPUT on `field`. */
export function text(value: string, field: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length > MAX_TEXT) throw badUserInput(`${what} may hold at most ${MAX_TEXT} characters.`, field);
  if (CONTROL.test(trimmed)) throw badUserInput(`${what} contains characters that are not text.`, field);
  return trimmed;
}

/** The customer's reason for paper documents: 1 to 500 characters of text, or BAD_USER_INPUT. */
export function paperRequestReason(value: string): string {
  const reason = text(value, 'reason', 'The reason');
  if (reason.length === 0) throw badUserInput('Give a reason for paper documents.', 'reason');
  return reason;
}

/** Support staff's optional note with a decision: null when empty, at most 500 characters, or BAD_USER_INPUT. */
export function decisionNote(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const note = text(value, 'note', 'The note');
  return note.length === 0 ? null : note;
}

/** Why the contact centre opens a customer's document: 1 to 500 characters of text, or BAD_USER_INPUT. */
export function supportOpeningReason(value: string): string {
  const reason = text(value, 'reason', 'The reason');
  if (reason.length === 0) throw badUserInput('Say why the document is opened.', 'reason');
  return reason;
}
