/**
 * "Check your request" with JavaScript: the reference and code go to /api/status as JSON,
 * and the answer shows here. Nothing goes in the address or storage.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { StatusForm, StatusResult, type StatusError } from './views.tsx';
import type { StatusWords } from './words.ts';
import { fill } from '../i18n/fill.ts';

export default function CheckStatus({ words }: { words: StatusWords }) {
  const [errors, setErrors] = useState<StatusError[]>([]);
  const [problem, setProblem] = useState<string>();
  const [result, setResult] = useState<{ reference: string; status: string; outcome?: string }>();
  const top = useRef<HTMLDivElement>(null);

  useEffect(() => {
    top.current?.querySelector<HTMLElement>('.govuk-error-summary, [data-status] h2')?.focus();
  }, [errors, problem, result]);

  const onSubmit = async (e: JSX.TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setResult(undefined);
    // zod loads only when someone checks: the page draws without it.
    const { statusCheckSchema } = await import('./schema.ts');
    const parsed = statusCheckSchema.safeParse({ reference: form.get('reference'), statusCode: form.get('statusCode'), language: words.language });
    if (!parsed.success) {
      setProblem(undefined);
      return setErrors([...new Set(parsed.error.issues.map((i) => i.path[0] as StatusError))]);
    }
    setErrors([]);
    try {
      const res = await fetch('/api/status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(parsed.data) });
      if (res.ok) {
        setProblem(undefined);
        return setResult((await res.json()) as { reference: string; status: string; outcome?: string });
      }
      const say = res.status === 404 ? words.text.notFound! : res.status === 429 ? words.text.tooMany! : words.text.failed!;
      setProblem(fill(say, { phone: words.phone }));
    } catch {
      setProblem(fill(words.text.failed!, { phone: words.phone }));
    }
  };

  return (
    <div ref={top}>
      {result && <StatusResult words={words} {...result} />}
      <StatusForm words={words} errors={errors} problem={problem} onSubmit={onSubmit} />
    </div>
  );
}
