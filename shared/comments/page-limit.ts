import { z } from 'zod';

// A page size from a query string: plain decimal digits only. z.coerce.number would take
// `0x10`, ` 5`, `1e2` and `+5` (Number() reads them all), so a typo or a probe would quietly
// become some other size instead of the 400 that names it.

export const pageLimitSchema = (max: number, fallback: number) => {
  const message = `must be a whole number from 1 to ${max}, in plain digits`;
  return z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, message)
    .transform(Number)
    .pipe(z.number().max(max, message))
    .optional()
    .transform((n) => n ?? fallback);
};
