/**
 * "Are you worried about a child?" with JavaScript. Answers live in this component's
 * memory only: never in the address, storage, cookies or history. Exit this page wipes them.
 * Each screen is a history entry whose state is only a step number, so the browser's Back
 * and Forward move between questions; the screens those numbers stand for stay in memory.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXIT_EVENT } from '../components/exit-this-page/exit-event.ts';
import type { JSX } from 'preact';
import { contactNow } from '../site/contact-now.ts';
import { countOutcome } from './count-outcome.ts';
import { answersOnPath, isOutcome, nextNode, tagsOnPath, walk, type Answers } from './engine.ts';
import type { ViewData } from './view-data.ts';
import { BackLink, Caption, CheckAnswers, Link, Outcome, StartScreen } from './views.tsx';

type Screen = { kind: 'start' } | { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'outcome'; id: string };
const startScreen: Screen = { kind: 'start' };

/** The only thing this island puts in history: which step, as a number. */
const stepInHistory = (): number => {
  const step = (history.state as { worriedStep?: unknown } | null)?.worriedStep;
  return typeof step === 'number' ? step : 0;
};

export default function WorriedFlow({ data, firstStepHref }: { data: ViewData; firstStepHref: string }) {
  const { flow, ui } = data;
  const [answers, setAnswers] = useState<Answers>({});
  const [screen, setScreen] = useState<Screen>(startScreen);
  const [error, setError] = useState(false);
  const heading = useRef<HTMLDivElement>(null);
  /** The screen shown at each history step (step 0 is the start), in memory only. */
  const screens = useRef<Screen[]>([startScreen]);
  const step = useRef(0);

  /** Shows a new screen as a new history entry, dropping any steps that were ahead of this one. */
  const go = (next: Screen) => {
    step.current += 1;
    screens.current = [...screens.current.slice(0, step.current), next];
    history.pushState({ worriedStep: step.current }, '');
    setError(false);
    setScreen(next);
  };

  useEffect(() => {
    // After a reload, or Back from another site, the screens are gone: begin at the start.
    if (stepInHistory() !== 0) history.replaceState(null, '');
    const onPopState = () => {
      const n = stepInHistory();
      const shown = screens.current[n];
      setError(false);
      if (shown) {
        step.current = n;
        setScreen(shown);
      } else {
        step.current = 0;
        screens.current = [startScreen];
        setScreen(startScreen);
      }
    };
    // Exit this page: forget everything before the browser leaves (and keeps a copy for Back).
    const forget = () => {
      setAnswers({});
      screens.current = [startScreen];
      step.current = 0;
      history.replaceState(null, '');
      setScreen(startScreen);
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener(EXIT_EVENT, forget);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener(EXIT_EVENT, forget);
    };
  }, []);

  // Move focus to the new heading, so screen reader users hear the next step.
  useEffect(() => {
    if (screen.kind !== 'start') heading.current?.querySelector<HTMLElement>('h1, .govuk-error-summary')?.focus();
  }, [screen, error]);

  // Count each outcome reached once per visit (day and language only; see count-outcome.ts).
  const counted = useRef(new Set<string>());
  useEffect(() => {
    if (screen.kind !== 'outcome' || counted.current.has(screen.id)) return;
    counted.current.add(screen.id);
    countOutcome(screen.id);
  }, [screen]);

  /** Where the answers lead now: the next unanswered question, the check page, or an outcome. */
  const advance = (next: Answers) => {
    const kept = answersOnPath(flow, next);
    setAnswers(kept);
    go(whereAnswersLead(kept));
  };

  /** The next question to answer, or (with every answer given) the check page or an immediate outcome. */
  const whereAnswersLead = (given: Answers): Screen => {
    const { at } = walk(flow, given);
    if (!isOutcome(flow, at)) return { kind: 'question', id: at };
    return flow.outcomes[at]!.immediate ? { kind: 'outcome', id: at } : { kind: 'check' };
  };

  /** The in-page Back link does what the browser's Back does. */
  const back = () => (step.current > 0 ? history.back() : setScreen(startScreen));

  // A step from history may no longer fit the answers (one was changed since): show where they lead instead.
  const { asked, at: reached } = walk(flow, answers);
  const fits =
    screen.kind === 'start' ||
    (screen.kind === 'question' && (asked.includes(screen.id) || screen.id === reached)) ||
    (screen.kind === 'check' && isOutcome(flow, reached)) ||
    (screen.kind === 'outcome' && screen.id === reached);
  return show(fits ? screen : whereAnswersLead(answers));

  function show(screen: Screen) {
    if (screen.kind === 'start') {
      return <StartScreen data={data} firstStepHref={firstStepHref} onStart={() => go({ kind: 'question', id: flow.start })} />;
    }
    if (screen.kind === 'question') {
      const id = screen.id;
      const words = data.text.questions[id]!;
      const number = walk(flow, answers).asked.indexOf(id) + 1 || walk(flow, answers).asked.length + 1;
      const onSubmit = (e: JSX.TargetedEvent<HTMLFormElement>) => {
        e.preventDefault();
        const chosen = (e.currentTarget.querySelector('input:checked') as HTMLInputElement | null)?.value;
        if (!chosen || !nextNode(flow, id, chosen)) return setError(true);
        advance({ ...answers, [id]: chosen });
      };
      const errorId = `${id}-error`;
      return (
        <div ref={heading} key={id}>
          <BackLink href={data.links.start} onClick={back} label={ui.back!} />
          {error && (
            <div class="govuk-error-summary" tabIndex={-1}>
              <div role="alert">
                <h2 class="govuk-error-summary__title">{ui.errorTitle}</h2>
                <div class="govuk-error-summary__body">
                  <ul class="govuk-list govuk-error-summary__list"><li><a href={`#${id}-${flow.questions[id]!.answers[0]!.id}`}>{ui.selectAnswer}</a></li></ul>
                </div>
              </div>
            </div>
          )}
          {/* Posted nowhere useful on purpose: if script fails, answers go in a body, never an address. */}
          <form method="post" action={data.links.start} onSubmit={onSubmit} novalidate>
            <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <fieldset class="govuk-fieldset" aria-describedby={[words.hint ? `${id}-hint` : '', error ? errorId : ''].join(' ').trim() || undefined}>
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                  <Caption>{ui.questionTitle!.replace('{{number}}', String(number))}</Caption>
                  <h1 class="govuk-fieldset__heading" tabIndex={-1}>{words.title}</h1>
                </legend>
                {words.hint && <div id={`${id}-hint`} class="govuk-hint">{words.hint}</div>}
                {error && <p id={errorId} class="govuk-error-message"><span class="govuk-visually-hidden">{ui.errorPrefix}</span> {ui.selectAnswer}</p>}
                <div class="govuk-radios">
                  {flow.questions[id]!.answers.map((a) => (
                    <div class="govuk-radios__item" key={a.id}>
                      <input class="govuk-radios__input" id={`${id}-${a.id}`} name="answer" type="radio" value={a.id} defaultChecked={answers[id] === a.id} />
                      <label class="govuk-label govuk-radios__label" for={`${id}-${a.id}`}>{words.answers[a.id]}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <button type="submit" class="govuk-button">{ui.continue}</button>
          </form>
        </div>
      );
    }

    if (screen.kind === 'check') {
      const { asked, at } = walk(flow, answers);
      return (
        <div ref={heading}>
          <BackLink href={data.links.start} onClick={back} label={ui.back!} />
          <CheckAnswers
            data={data}
            rows={asked.map((q) => ({ question: q, answer: answers[q] as string, change: { href: data.links.start, onClick: () => go({ kind: 'question', id: q }) } }))}
            next={{ href: data.links.start, onClick: () => go({ kind: 'outcome', id: at }) }}
          />
        </div>
      );
    }

    return (
      <div ref={heading}>
        <BackLink href={data.links.start} onClick={back} label={ui.back!} />
        <Outcome data={data} outcome={screen.id} services={tagsOnPath(flow, answers, 'services')} now={contactNow(data.contact, new Date())} />
        <p class="govuk-body">
          <Link href={data.links.start} onClick={() => { setAnswers({}); go(startScreen); }}>{ui.startAgain}</Link>
        </p>
      </div>
    );
  }
}
