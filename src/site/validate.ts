import type { z } from 'zod';

/** Turns zod issues into one message a content editor can act on: file, field, problem. */
export function describeIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(whole file)';
    return `  - ${field}: ${issue.message}`;
  });
  return `${file} is not valid:\n${lines.join('\n')}`;
}

/** Parses `data` with `schema`, or throws an Error naming the file and each bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error));
  return result.data;
}
