import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { localiseDocument } from '../ui/i18n';
import { startEarly } from './early';
import { Popup } from './Popup';

startEarly();
localiseDocument('popupDocumentTitle');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
