import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;

function isRealDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function stringScalar(
  name: string,
  description: string,
  valid: (value: string) => boolean,
  expected: string,
): GraphQLScalarType {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !valid(value))
      throw new GraphQLError(`${name} must be ${expected}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: check,
    parseValue: check,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError(`${name} must be a string: ${expected}.`, { extensions: { code: 'BAD_USER_INPUT' } });
      return check(ast.value);
    },
  });
}

/** A calendar date, YYYY-MM-DD; validated in both directions so a mapping bug cannot leak a malformed date. */
export const DateScalar = stringScalar(
  'Date',
  'A calendar date in ISO 8601 (YYYY-MM-DD), without time zone.',
  isRealDate,
  'a date as YYYY-MM-DD',
);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** A moment with its offset (ISO 8601), e.g. when a code expires or a lockout ends. */
export const DateTimeScalar = stringScalar(
  'DateTime',
  'A moment in time in ISO 8601 with its offset, e.g. "2026-11-25T09:30:00.000Z".',
  (v) => ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)),
  'a date and time in ISO 8601 with an offset, e.g. "2026-11-25T09:30:00.000Z"',
);

/** A decimal as a string, never a float, so amounts keep every cent. */
export const DecimalScalar = stringScalar(
  'Decimal',
  'A decimal number sent as a string, e.g. "1234.56".',
  (v) => DECIMAL.test(v),
  'a decimal number as a string, e.g. "1234.56"',
);

const PERCENTAGE = /^-?\d{1,5}(\.\d{1,6})?$/;

/** A percentage as a decimal string ("2.25" is 2.25 %), never a float, so rates and shares keep their digits. */
export const PercentageScalar = stringScalar(
  'Percentage',
  'A percentage as a decimal string, e.g. "2.25" for 2.25 % (a rate of 0.0225); never a float.',
  (v) => PERCENTAGE.test(v),
  'a percentage as a decimal string, e.g. "2.25"',
);
