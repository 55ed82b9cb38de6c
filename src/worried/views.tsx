/**
 * The question, check-your-answers and outcome views. The same components render the
 * pages that work without JavaScript (at build time, as plain HTML) and the island.
 */
import type { ComponentChildren } from 'preact';
import { Rich } from '../components/rich-text/Rich.tsx';
import type { ContactNow } from '../site/contact-now.ts';
import type { ViewData } from './view-data.ts';
import { countFormAction } from './count-outcome.ts';

/** A link that, with JavaScript, runs `onClick` instead of leaving the page. */
export function Link({ href, onClick, class: className = 'govuk-link', children, ...rest }: {
  href: string; onClick?: () => void; class?: string; children: ComponentChildren; [attribute: string]: unknown;
}) {
  const click = onClick && ((e: MouseEvent) => { e.preventDefault(); onClick(); });
  return <a class={className} href={href} onClick={click} {...rest}>{children}</a>;
}

/**
 * Without JavaScript, the last step to an outcome's page: a button whose form posts the
 * outcome and that page's address to the Worker, which counts the outcome for the day and
 * the page's language and sends the browser on to the page (functions/core/staff/count.ts).
 * The address is a token that names no answer; nothing else is sent, nothing is kept here.
 */
export function ToOutcome({ outcome, href, class: className, children, ...rest }: {
  outcome: string; href: string; class: string; children: ComponentChildren; [attribute: string]: unknown;
}) {
  return (
    <form method="post" action={countFormAction}>
      <input type="hidden" name="outcome" value={outcome} />
      <input type="hidden" name="next" value={href} />
      <button type="submit" class={className} {...rest}>{children}</button>
    </form>
  );
}

export function BackLink({ href, onClick, label }: { href: string; onClick?: () => void; label: string }) {
  return <Link class="govuk-back-link" href={href} onClick={onClick}>{label}</Link>;
}

/** The start of the questions: what they are for, what happens to answers, and Start now. */
export function StartScreen({ data, firstStepHref, onStart }: { data: ViewData; firstStepHref: string; onStart?: () => void }) {
  const { ui, rich, contact, links } = data;
  return (
    <div data-start>
      <h1 class="govuk-heading-xl">{ui.title}</h1>
      <p class="govuk-body-l">{ui.lead}</p>
      <div class="fhp-emergency">
        <h2 class="govuk-heading-m">{ui.emergencyTitle}</h2>
        <p class="govuk-body govuk-!-margin-bottom-0 govuk-!-font-weight-bold"><Rich parts={rich.emergency} values={{ phone: { tel: contact.emergency } }} /></p>
      </div>
      <p class="govuk-body">{ui.intro1}</p>
      <p class="govuk-body">{ui.intro2}</p>
      <p class="govuk-body">{ui.intro3}</p>
      <Link class="govuk-button govuk-button--start" href={firstStepHref} onClick={onStart} role="button" draggable={false}>
        {ui.start}
        <svg class="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>
      <p class="govuk-body"><a class="govuk-link" href={links.howItWorks}>{ui.howItWorks}</a></p>
    </div>
  );
}

export function Caption({ children }: { children: ComponentChildren }) {
  return <span class="govuk-caption-l">{children}</span>;
}

/**
 * A question as a list of answers, each a link to the next page (no JavaScript needed). Never
 * a form through the Worker: "a child is in danger now" must reach 999 whatever the Worker does.
 */
export function QuestionLinks({ data, question, number, answers }: { data: ViewData; question: string; number: number; answers: { id: string; href: string }[] }) {
  const words = data.text.questions[question]!;
  return (
    <div data-question={question}>
      <Caption>{data.ui.questionTitle!.replace('{{number}}', String(number))}</Caption>
      <h1 class="govuk-heading-l">{words.title}</h1>
      {words.hint && <p class="govuk-hint">{words.hint}</p>}
      <ul class="fhp-answers">
        {answers.map((a) => (
          <li key={a.id}>
            <a class="govuk-button govuk-button--secondary fhp-answer" href={a.href} data-answer={a.id}>{words.answers[a.id]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Check your answers, with a way to change each one. Without JavaScript, `next.outcome` counts the outcome on the way to it. */
export function CheckAnswers({ data, rows, next }: {
  data: ViewData;
  rows: { question: string; answer: string; change: { href: string; onClick?: () => void } }[];
  next: { href: string; onClick?: () => void; outcome?: string };
}) {
  const { ui, text } = data;
  return (
    <div data-check-answers>
      <h1 class="govuk-heading-l" tabIndex={-1}>{ui.checkTitle}</h1>
      <dl class="govuk-summary-list">
        {rows.map((row) => {
          const q = text.questions[row.question]!;
          const label = (
            <>
              {ui.change}
              <span class="govuk-visually-hidden"> {ui.changeHidden!.replace('{{question}}', q.title)}</span>
            </>
          );
          return (
            <div class="govuk-summary-list__row" key={row.question}>
              <dt class="govuk-summary-list__key">{q.title}</dt>
              <dd class="govuk-summary-list__value">{q.answers[row.answer]}</dd>
              <dd class="govuk-summary-list__actions">
                <Link href={row.change.href} onClick={row.change.onClick} data-change={row.question}>{label}</Link>
              </dd>
            </div>
          );
        })}
      </dl>
      {next.outcome ? (
        <ToOutcome outcome={next.outcome} href={next.href} class="govuk-button">{ui.seeResult}</ToOutcome>
      ) : (
        <Link class="govuk-button" href={next.href} onClick={next.onClick} role="button" draggable={false}>{ui.seeResult}</Link>
      )}
    </div>
  );
}

/** Where to get help: the outcome's words, then what to do, in the order the flow gives. */
export function Outcome({ data, outcome, services, now }: { data: ViewData; outcome: string; services: string[]; now?: ContactNow }) {
  const { ui, text, contact, rich, links } = data;
  const words = text.outcomes[outcome]!;
  const { actions } = data.flow.outcomes[outcome]!;
  const tel = (phone: string) => ({ tel: phone });
  const action = (name: string) => {
    switch (name) {
      case 'call-999':
        return (
          <div class="fhp-emergency">
            {/* The emergency outcome's own heading already says it; elsewhere say who the box is for. */}
            {!data.flow.outcomes[outcome]!.immediate && <h2 class="govuk-heading-s govuk-!-margin-bottom-1">{ui.dangerNowTitle}</h2>}
            <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0"><Rich parts={rich.emergency} values={{ phone: tel(contact.emergency) }} /></p>
          </div>
        );
      case 'domestic-abuse-help':
        return (
          <div class="fhp-helplines" data-helplines>
            <h2 class="govuk-heading-m">{ui.helplinesTitle}</h2>
            {contact.domesticAbuse.map((line) => (
              <div class="govuk-inset-text" key={line.phone}>
                <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{line.name}</p>
                <p class="govuk-body govuk-!-margin-bottom-1"><Rich parts={rich.helplineCall} values={{ phone: tel(line.phone) }} /></p>
                {(line.free || line.allDay) && (
                  <p class="govuk-body govuk-!-margin-bottom-0">{[line.free && ui.helplineFree, line.allDay && ui.helplineAllDay].filter(Boolean).join(' · ')}</p>
                )}
              </div>
            ))}
            <p class="govuk-body">{ui.helplineHint}</p>
          </div>
        );
      case 'safety-advice':
        return (
          <div data-safety-advice>
            <h2 class="govuk-heading-m">{ui.safetyTitle}</h2>
            <ul class="govuk-list govuk-list--bullet">
              <li>{ui.safetyTip1}</li>
              <li>{ui.safetyTip2}</li>
              <li>{ui.safetyTip3}</li>
            </ul>
            <p class="govuk-body"><a class="govuk-link" href={links.safety}>{ui.safetyHide}</a></p>
          </div>
        );
      case 'help-them-ask':
        return (
          <div data-help-them-ask>
            <h2 class="govuk-heading-m">{ui.helpThemAskTitle}</h2>
            <p class="govuk-body"><Rich parts={rich.helpThemAsk} values={{ phone: tel(contact.phone) }} /></p>
            <p class="govuk-body govuk-!-margin-bottom-1"><a class="govuk-link" href={links.askForHelp}>{ui.helpThemAskLink}</a></p>
            <p class="govuk-hint">{ui.helpThemAskHint}</p>
          </div>
        );
      case 'report-instead':
        return (
          <div data-report-instead>
            <h2 class="govuk-heading-m">{ui.reportInsteadTitle}</h2>
            <p class="govuk-body">{ui.reportInstead}</p>
            <a class="govuk-button govuk-button--secondary" href={links.reportConcern} role="button" draggable={false}>{ui.reportOnline}</a>
          </div>
        );
      case 'contact-now':
        return (
          <div class="fhp-contact-now">
            {now && (
              <div class="govuk-inset-text" data-contact-now={now.open ? 'office' : 'out-of-hours'}>
                <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1"><Rich parts={rich.rightNow} values={{ phone: tel(now.phone) }} /></p>
                <p class="govuk-body govuk-!-margin-bottom-0">{now.open ? ui.openNow : ui.closedNow}</p>
              </div>
            )}
            <p class="govuk-body"><Rich parts={rich.callUs} values={{ phone: tel(contact.phone) }} /></p>
            <ul class="govuk-list">{contact.hours.map((h) => <li key={h}>{h}</li>)}</ul>
            <p class="govuk-body"><Rich parts={rich.outOfHours} values={{ phone: tel(contact.outOfHours.phone) }} /></p>
          </div>
        );
      case 'report-online':
        return <LinkAction href={links.reportConcern} label={ui.reportOnline!} hint={ui.reportOnlineHint!} />;
      case 'ask-online':
        return <LinkAction href={links.askForHelp} label={ui.askOnline!} hint={ui.askOnlineHint!} />;
      case 'services':
        return (
          <div>
            {services.length > 0 && (
              <>
                <p class="govuk-body">{ui.servicesFor}</p>
                <ul class="govuk-list govuk-list--bullet">
                  {services.map((s) => <li key={s}><a class="govuk-link" href={`${links.categories}${s}/`}>{data.serviceKinds[s] ?? s}</a></li>)}
                </ul>
              </>
            )}
            <a class="govuk-button" href={links.services} role="button" draggable={false}>{ui.findServices}</a>
          </div>
        );
      case 'consult':
        return (
          <div>
            <p class="govuk-body"><Rich parts={rich.consult} values={{ phone: tel(contact.phone) }} /></p>
            <p class="govuk-body"><a class="govuk-link" href={links.requestSupport}>{ui.requestSupport}</a></p>
            <p class="govuk-body"><a class="govuk-link" href={links.professionals}>{ui.consult}</a></p>
          </div>
        );
      case 'nspcc':
        return (
          <p class="govuk-body">
            <Rich parts={rich.nspcc} values={{ name: { text: contact.nspcc.name }, phone: tel(contact.nspcc.phone), email: { email: contact.nspcc.email } }} />
          </p>
        );
      default:
        return null;
    }
  };
  return (
    <div data-outcome={outcome}>
      <h1 class="govuk-heading-l" tabIndex={-1}>{words.title}</h1>
      <p class="govuk-body-l">{words.lead}</p>
      {/* 999 comes straight after the lead, before anything else there is to read. */}
      {actions[0] === 'call-999' && <div>{action('call-999')}</div>}
      {words.body.map((p) => <p class="govuk-body" key={p}>{p}</p>)}
      {actions.filter((a) => a !== 'call-999').map((a) => <div key={a}>{action(a)}</div>)}
    </div>
  );
}

function LinkAction({ href, label, hint }: { href: string; label: string; hint: string }) {
  return (
    <div>
      <a class="govuk-button" href={href} role="button" draggable={false}>{label}</a>
      <p class="govuk-hint">{hint}</p>
    </div>
  );
}
