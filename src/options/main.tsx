import { render } from 'preact';
import '../ui/theme.css';
import '../ui/forms.css';
import './options.css';
import { watchAppSettings } from './app-settings';
import { localiseDocument } from '../ui/i18n';
import { Options } from './Options';

localiseDocument('optionsDocumentTitle');
void watchAppSettings();
const root = document.getElementById('app');
if (root) render(<Options />, root);
