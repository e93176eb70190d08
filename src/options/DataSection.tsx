import { t } from '../ui/i18n';
import { DeleteAll } from './DeleteAll';
import { ExportData } from './ExportData';
import { ImportJson } from './ImportJson';
import { ImportLinkedIn } from './ImportLinkedIn';

export function DataSection() {
  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('optionsSection_data')}</h2>
      <p class="muted">{t('optionsDataIntro')}</p>
      <ExportData />
      <ImportJson />
      <ImportLinkedIn />
      <DeleteAll />
    </section>
  );
}
