import { useEffect, useState } from 'preact/hooks';
import { formatCount, type PluralForms } from '../search/plural-forms.ts';
import { withService, withoutService } from './shortlist.ts';
import { useShortlist } from './use-shortlist.ts';

export interface ShortlistButtonStrings { add: string; remove: string; added: string; removed: string; view: string; count: PluralForms }
interface Props { id: string; locale: string; shortlistPath: string; strings: ShortlistButtonStrings }

/** "Add to shortlist" on a service page, with a link to the shortlist. Nothing without JavaScript. */
export default function ShortlistButton({ id, locale, shortlistPath, strings }: Props) {
  const [ready, setReady] = useState(false);
  const [ids, save] = useShortlist();
  const [message, setMessage] = useState('');
  useEffect(() => setReady(true), []);
  if (!ready) return <div />;
  const listed = ids.includes(id);
  const toggle = () => {
    const next = listed ? withoutService(ids, id) : withService(ids, id);
    save(next);
    setMessage(`${listed ? strings.removed : strings.added} ${formatCount(strings.count, locale, next.length)}.`);
  };
  return (
    <div class="fhp-shortlist-button fhp-no-print">
      <button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={toggle}>{listed ? strings.remove : strings.add}</button>
      <p class="govuk-body" role="status">{message}</p>
      {ids.length > 0 && <p class="govuk-body"><a class="govuk-link" href={shortlistPath}>{strings.view}</a> <span dir="ltr">({ids.length})</span></p>}
    </div>
  );
}
