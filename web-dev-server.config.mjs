import {fileURLToPath} from 'node:url';

/** `npm start`: serves the demo, which loads the built bundle from dist/. */
export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  appIndex: 'demo/index.html',
  open: false,
  port: 8000,
  middleware: [
    // The printed URL is the site root: send it to the demo.
    (context, next) => (context.path === '/' ? context.redirect('/demo/') : next()),
  ],
};
