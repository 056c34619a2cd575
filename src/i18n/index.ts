export { en } from './en.js';
export { messagesFor, registerMessages, formatList, type Catalogue } from './messages.js';
