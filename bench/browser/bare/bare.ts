// The typing benchmark's baseline: the same document in a Tiptap editor with the house schema,
// and nothing else (no React, no preview, no checks, no autosave).
import { Editor } from '@tiptap/core';
import { houseExtensions } from '../../../common/schema/extensions';

const doc = (window as unknown as { __benchDoc: object }).__benchDoc;
const editor = new Editor({ element: document.getElementById('editor')!, extensions: houseExtensions(), content: doc });
editor.view.dom.setAttribute('data-testid', 'body-editor');
(window as unknown as { __benchReady: boolean }).__benchReady = true;
