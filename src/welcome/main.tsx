import { render } from 'preact';
import '../ui/theme.css';
import '../ui/forms.css';
import './welcome.css';
import { watchAppSettings } from '../options/app-settings';
import { localiseDocument } from '../ui/i18n';
import { Welcome } from './Welcome';

localiseDocument('welcomeDocumentTitle');
void watchAppSettings();
const root = document.getElementById('app');
if (root) render(<Welcome />, root);
