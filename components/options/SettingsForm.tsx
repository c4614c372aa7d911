/** The options form: settings in, edited settings out. It neither loads nor saves. */
import type { Settings } from '../../utils/settings/schema';
import { DisplayFields } from './DisplayFields';
import { DossierFields } from './DossierFields';
import { KeywordsFields } from './KeywordsFields';
import { LanguageFields } from './LanguageFields';
import { TopicList } from './TopicList';

/** Reports an edit: `'debounced'` for typing (textareas), `'now'` (the default) for the rest. */
export type SettingsChange = (next: Settings, when?: 'now' | 'debounced') => void;

/** Props: the current settings and the change callback. */
export interface SettingsFormProps {
  value: Settings;
  onChange: SettingsChange;
}

/** Every settings field, grouped in fieldsets. */
export function SettingsForm({ value, onChange }: SettingsFormProps) {
  return (
    <form class="settings-form" onSubmit={(e) => e.preventDefault()}>
      <LanguageFields value={value} onChange={onChange} />
      <DisplayFields value={value} onChange={onChange} />
      <TopicList value={value} onChange={onChange} />
      <KeywordsFields value={value} onChange={onChange} />
      <DossierFields value={value} onChange={onChange} />
    </form>
  );
}
