import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { watchAppSettings } from '../ui/app-settings';
import { localiseDocument } from '../ui/i18n';
import { Popup } from './Popup';

localiseDocument('popupDocumentTitle');
void watchAppSettings();
const root = document.getElementById('app');
if (root) render(<Popup />, root);
