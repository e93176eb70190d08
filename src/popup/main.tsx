import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { localiseDocument } from '../ui/i18n';
import { Popup } from './Popup';

localiseDocument('popupDocumentTitle');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
