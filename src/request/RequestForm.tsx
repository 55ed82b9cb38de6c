/**
 * A request form with JavaScript: one part per page, check your answers, then the answers
 * go as JSON to /api/requests and the confirmation appears here. Answers live only in this
 * component's memory (never the address, storage or history), and Exit this page wipes them.
 * Before it starts, it shows the same one-page form everybody gets without JavaScript, painted
 * as part 1 where scripts run (see Questions' `starting`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXIT_EVENT } from '../components/exit-this-page/exit-event.ts';
import type { JSX } from 'preact';
import { allFields, forms, isShown, type Values } from './forms.ts';
import { toRequest, valuesFrom, whatHappensNext } from './form-data.ts';
import type { FieldError } from './schema.ts';
import { AnswerList, Danger, ErrorSummary, Questions, Say, Sent, changeId, type SentProps } from './screens.tsx';
import type { FormWords } from './words.ts';

type Screen =
  | { kind: 'part'; index: number; returnToCheck: boolean }
  | { kind: 'danger'; next: number }
  | { kind: 'check' }
  | { kind: 'sent'; result: Omit<SentProps, 'words'> };

const randomKey = () => crypto.randomUUID();
// The shared schema (zod) loads on the first answer typed, not with the page: the form draws without it.
let schema: Promise<typeof import('./schema.ts')> | undefined;
const loadSchema = () => (schema ??= import('./schema.ts'));

export default function RequestForm({ words }: { words: FormWords }) {
  const sections = forms[words.kind].sections;
  const [enhanced, setEnhanced] = useState(false);
  const [screen, setScreen] = useState<Screen>({ kind: 'part', index: 0, returnToCheck: false });
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<'idle' | 'sending' | 'failed' | 'tooMany'>('idle');
  const key = useRef(randomKey());
  const top = useRef<HTMLDivElement>(null);
  // The page as it loads keeps focus where the browser put it (screen readers start at the top);
  // only a screen the person moved to takes focus.
  const arrived = useRef(false);

  useEffect(() => {
    setEnhanced(true);
    const forget = () => {
      setValues({});
      setErrors([]);
      setScreen({ kind: 'part', index: 0, returnToCheck: false });
    };
    window.addEventListener(EXIT_EVENT, forget);
    return () => window.removeEventListener(EXIT_EVENT, forget);
  }, []);

  // A new screen: its title says where you are, and focus moves to its heading (or the errors).
  useEffect(() => {
    if (!enhanced) return;
    if (!arrived.current) {
      arrived.current = true;
      return;
    }
    const heading = top.current?.querySelector<HTMLElement>('.govuk-error-summary, h1');
    heading?.focus();
    document.title = `${heading?.textContent ?? words.title} – ${words.titleSuffix}`;
  }, [screen, errors, enhanced]);

  if (!enhanced) return <Questions words={words} sections={sections} values={values} errors={[]} starting={{ total: sections.length }} />;

  const request = (v: Values) => toRequest(words.kind, v, { language: words.language, consentVersion: words.consentVersion });
  const check = async (v: Values, part?: number) => {
    const { requestErrors, stepErrors } = await loadSchema();
    return part === undefined ? requestErrors(request(v)) : stepErrors(words.kind, part, request(v));
  };
  const read = (form: HTMLFormElement): Values => {
    // Replace this part's answers (an unticked box sends nothing, so clear them first).
    const names = new Set([...form.elements].map((e) => (e as HTMLInputElement).name).filter(Boolean));
    const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !names.has(name)));
    return { ...kept, ...valuesFrom(new FormData(form) as unknown as Iterable<[string, string]>, words.kind) };
  };

  if (screen.kind === 'part') {
    const index = screen.index;
    const onInput = (e: JSX.TargetedEvent<HTMLFormElement>) => {
      void loadSchema();
      setValues(read(e.currentTarget));
    };
    const onSubmit = async (e: JSX.TargetedEvent<HTMLFormElement>) => {
      e.preventDefault();
      const next = read(e.currentTarget);
      setValues(next);
      const problems = await check(next, index);
      setErrors(problems);
      if (problems.length) return;
      const following = screen.returnToCheck || index === sections.length - 1 ? -1 : index + 1;
      const goTo = (n: number): Screen => (n === -1 ? { kind: 'check' } : { kind: 'part', index: n, returnToCheck: false });
      if (sections[index]!.id === 'danger' && next.dangerNow === 'yes') setScreen({ kind: 'danger', next: following });
      else setScreen(goTo(following));
    };
    const back = index === 0 ? null : () => (setErrors([]), setScreen({ kind: 'part', index: index - 1, returnToCheck: false }));
    return (
      <div ref={top} key={`part-${index}`}>
        {back && <BackLink words={words} onClick={back} />}
        <Questions words={words} sections={[sections[index]!]} values={values} errors={errors} part={{ number: index + 1, total: sections.length }} onSubmit={onSubmit} onInput={onInput} />
      </div>
    );
  }

  if (screen.kind === 'danger') {
    return (
      <div ref={top}>
        <Danger words={words} onContinue={() => setScreen(screen.next === -1 ? { kind: 'check' } : { kind: 'part', index: screen.next, returnToCheck: false })} />
      </div>
    );
  }

  if (screen.kind === 'sent') return <div ref={top}><Sent words={words} {...screen.result} /></div>;

  const send = async () => {
    const problems = await check(values);
    if (problems.length) return setErrors(problems);
    setStatus('sending');
    try {
      const res = await fetch('/api/requests', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key.current },
        body: JSON.stringify(request(values)),
      });
      if (res.status === 201) {
        const answer = (await res.json()) as { reference: string; statusCode: string };
        setValues({});
        setStatus('idle');
        return setScreen({ kind: 'sent', result: { answer, ...whatHappensNext(request(values)) } });
      }
      if (res.status === 422) {
        const body = (await res.json()) as { errors?: FieldError[] };
        setStatus('idle');
        return setErrors(body.errors ?? []);
      }
      setStatus(res.status === 429 ? 'tooMany' : 'failed');
    } catch {
      setStatus('failed');
    }
  };

  const onCheckPage = new Set(allFields(words.kind).filter((f) => isShown(f, values, words.kind)).map((f) => f.name));
  const change = (index: number) => {
    setErrors([]);
    key.current = randomKey(); // changed answers are a new request
    setScreen({ kind: 'part', index, returnToCheck: true });
  };
  return (
    <div ref={top}>
      <BackLink words={words} onClick={() => setScreen({ kind: 'part', index: sections.length - 1, returnToCheck: false })} />
      <ErrorSummary words={words} errors={errors} linkFor={(field) => (onCheckPage.has(field.split('.')[0]!) ? `#${changeId(field)}` : undefined)} />
      <h1 class="govuk-heading-l" tabIndex={-1}>{words.ui.checkTitle}</h1>
      <p class="govuk-body">{words.ui.checkLead}</p>
      <AnswerList words={words} values={values} onChange={change} />
      <p class="govuk-body">{words.ui.sendLead}</p>
      <div aria-live="polite" class="fhp-send-status">
        {status === 'sending' && <p class="govuk-body">{words.ui.sending}</p>}
        {(status === 'failed' || status === 'tooMany') && (
          <p class="govuk-error-message"><Say text={status === 'failed' ? words.ui.sendFailed! : words.ui.tooMany!} tel={{ phone: words.phones.office }} /></p>
        )}
      </div>
      <button type="button" class="govuk-button" disabled={status === 'sending'} onClick={send}>{words.ui.send}</button>
    </div>
  );
}

function BackLink({ words, onClick }: { words: FormWords; onClick: () => void }) {
  return <button type="button" class="govuk-back-link fhp-link-button" onClick={onClick}>{words.ui.back}</button>;
}
