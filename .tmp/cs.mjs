import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
const p = await b.newPage(); await p.goto('http://localhost:8791/.tmp/ck.html'); await p.waitForSelector('.trp-widgets-form p');
console.log(await p.evaluate(() => { const el = document.querySelector('.trp-widgets-form p'); const cs = getComputedStyle(el); return [el.className, cs.marginLeft, cs.paddingLeft, document.querySelector('.trp-widgets-form').className, [...document.styleSheets].length]; }));
await b.close();
