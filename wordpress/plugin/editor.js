/**
 * The TRP widgets blocks in the block editor. Plain JavaScript over WordPress's own globals
 * (`wp.blocks`, `wp.element`, `wp.blockEditor`, `wp.components`, `wp.i18n`): nothing to build.
 *
 * Each block's metadata (title, attributes) comes from its block.json, which WordPress sends to
 * the editor. A block saves the placeholder `<div data-trp="NAME" data-ATTRIBUTE="…">`, which
 * WordPress's HTML filter keeps for every role, and the bundle turns into the element on the
 * page. In the editor's canvas the block shows the real element, from the same bundle.
 *
 * `trpWidgetsEditor` (written by trp-widgets.php): `bundle` and `integrity`, the bundle's URL and
 * integrity value; `languages`, the codes an element can show; `blocks`, each block's element
 * attributes (block.json's names: `orgName` is the element's `org-name`); `exitLabels`, the quick
 * exit's text in each of those languages; `exitHref`, where it goes by default; `provinces`, the
 * package's provinces and territories (code → English name, translated here).
 */
(function (wp, settings) {
	'use strict';
	if (!wp || !settings) return;

	const {registerBlockType, getBlockType} = wp.blocks;
	const {createElement: el, Fragment, useCallback} = wp.element;
	const {InspectorControls, useBlockProps} = wp.blockEditor;
	const {PanelBody, SelectControl, TextControl, TextareaControl, ToggleControl, CheckboxControl} = wp.components;
	const {__, sprintf} = wp.i18n;

	const quickExit = 'trp-widgets/quick-exit';

	/** `orgName` → `org-name`. */
	const kebab = (name) => name.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase());
	const elementName = (name) => name.slice('trp-widgets/'.length);
	const isWebAddress = (value) => /^https?:\/\//i.test(String(value).trim());

	/**
	 * The element's attributes from the block's: each one that differs from its default, named as
	 * the element names it. A boolean is present (`''`) or absent; a number is written as text.
	 */
	function elementAttributes(name, attributes) {
		const schema = getBlockType(name).attributes;
		const result = {};
		for (const key of settings.blocks[name]) {
			const value = attributes[key];
			if (value === undefined || value === null || value === false || value === '' || value === schema[key].default) continue;
			result[kebab(key)] = value === true ? '' : String(value);
		}
		return result;
	}

	/**
	 * The quick exit's plain link, for the moment before the script runs (or without it). Its text
	 * is read back from the saved link, so a block saved in one editor language stays valid in another.
	 */
	function exitLink(attributes) {
		const href = isWebAddress(attributes.href) ? attributes.href.trim() : settings.exitHref;
		return el('a', {href}, attributes.label || exitLabel(attributes.lang));
	}

	/**
	 * The plain link's text in the block's language, read as the element reads it (`es-MX`: Spanish;
	 * `fil`: Tagalog, by `settings.aliases`; `pa-Arab`: not this Punjabi, by `settings.otherScripts`;
	 * a language the plugin does not ship: English, as the element shows it), from
	 * `settings.exitLabels` (the library's translations); with the page's language, the editor's.
	 */
	function exitLabel(lang) {
		const labels = settings.exitLabels || {};
		const [code, ...subtags] = String(lang || '').trim().toLowerCase().split(/[-_]/);
		if (!code) {
			return __('Exit this page', 'trp-widgets');
		}
		const otherScript = subtags.some((subtag) => ((settings.otherScripts || {})[code] || []).includes(subtag));
		const language = (settings.aliases || {})[code] || code;
		return !otherScript && Object.prototype.hasOwnProperty.call(labels, language) ? labels[language] : labels.en;
	}

	/** Whether `label` is a language's own text for the link, not one the editor wrote. */
	const isExitLabel = (label) => label === __('Exit this page', 'trp-widgets') || Object.values(settings.exitLabels || {}).includes(label);

	/** What the block saves: the placeholder, `data-` before each of the element's attributes. */
	function save(name) {
		return function ({attributes}) {
			const data = {'data-trp': elementName(name)};
			for (const [attribute, value] of Object.entries(elementAttributes(name, attributes))) data['data-' + attribute] = value;
			return el('div', useBlockProps.save(data), name === quickExit ? exitLink(attributes) : null);
		};
	}

	/**
	 * Loads the bundle, once, into the document the block is rendered in: the editor's canvas is an
	 * iframe with a window (and custom elements) of its own. There, a quick exit previews without
	 * leaving: its event is cancelled.
	 */
	function useBundleInCanvas() {
		return useCallback((node) => {
			const doc = node && node.ownerDocument;
			if (!doc || doc.querySelector('script[data-trp-widgets]')) return;
			doc.addEventListener('trp-quick-exit', (event) => event.preventDefault());
			const script = doc.createElement('script');
			script.type = 'module';
			script.src = settings.bundle;
			if (settings.integrity) script.integrity = settings.integrity;
			script.setAttribute('data-trp-widgets', '');
			doc.head.appendChild(script);
		}, []);
	}

	/** A language named in itself, as the elements' menu names it: `fr` → “Français”, `tl` → “Tagalog”. */
	const autonym = (code) => settings.languageNames[code] || code;

	/** The provinces and territories, named in the editor's language. */
	const provinces = () => Object.entries(settings.provinces).map(([code, name]) => [code, __(name, 'trp-widgets')]);

	// Controls at the sizes WordPress 6.7 and later ask for (earlier versions ignore the flags).
	const sized = {__nextHasNoMarginBottom: true, __next40pxDefaultSize: true};
	const text = (label, value, onChange, more) => el(TextControl, {...sized, label, value, onChange, ...more});

	/** The guide's language menu: a box per language, kept in the order of `settings.languages`. */
	function languageMenu(value, onChange) {
		const chosen = new Set(value.split(/\s+/).filter(Boolean));
		return el(
			'fieldset',
			{className: 'trp-widgets-languages'},
			el('legend', null, __('Language menu for the reader', 'trp-widgets')),
			el('p', null, __('The guide starts with a menu of these languages. The reader can switch the guide to one of them.', 'trp-widgets')),
			settings.languages.map((code) =>
				el(CheckboxControl, {
					key: code,
					__nextHasNoMarginBottom: true,
					label: autonym(code),
					checked: chosen.has(code),
					onChange: (checked) => {
						if (checked) chosen.add(code);
						else chosen.delete(code);
						onChange(settings.languages.filter((language) => chosen.has(language)).join(' '));
					},
				})
			)
		);
	}

	/** The block's sidebar: only the panels its element has attributes for. */
	function sidebar(name, attributes, setAttributes) {
		const has = (key) => settings.blocks[name].includes(key);
		const set = (key) => (value) => setAttributes({[key]: value});
		const panels = [];

		panels.push(
			el(
				PanelBody,
				{key: 'language', title: __('Language', 'trp-widgets')},
				el(SelectControl, {
					...sized,
					label: __('Language', 'trp-widgets'),
					value: attributes.lang,
					options: [{value: '', label: __('The page’s language', 'trp-widgets')}].concat(
						settings.languages.map((code) => ({value: code, label: autonym(code)}))
					),
					// A saved link text that was only the old language's own text follows the new language.
					onChange: (lang) => setAttributes(isExitLabel(attributes.label) ? {lang, label: ''} : {lang}),
					help: __('The page’s language is the one set for the whole site, or for this page.', 'trp-widgets'),
				}),
				has('languages') ? languageMenu(attributes.languages, set('languages')) : null
			)
		);

		if (has('headingLevel')) {
			panels.push(
				el(
					PanelBody,
					{key: 'headings', title: __('Heading and source', 'trp-widgets')},
					el(SelectControl, {
						...sized,
						label: __('Heading level', 'trp-widgets'),
						value: String(attributes.headingLevel),
						options: [1, 2, 3, 4, 5, 6].map((level) => ({value: String(level), label: sprintf(__('Heading %d', 'trp-widgets'), level)})),
						onChange: (value) => setAttributes({headingLevel: Number(value)}),
						help: __('The level of the block’s main heading. Its other headings come below it.', 'trp-widgets'),
					}),
					el(ToggleControl, {
						__nextHasNoMarginBottom: true,
						label: __('Hide the source line', 'trp-widgets'),
						checked: attributes.hideSource,
						onChange: set('hideSource'),
						help: __('For a page that shows the source once, for several blocks.', 'trp-widgets'),
					})
				)
			);
		}

		if (has('province')) {
			panels.push(
				el(
					PanelBody,
					{key: 'province', title: __('Province or territory', 'trp-widgets')},
					el(SelectControl, {
						...sized,
						label: __('Province or territory', 'trp-widgets'),
						value: attributes.province,
						options: [{value: '', label: __('All provinces and territories', 'trp-widgets')}].concat(
							provinces().map(([value, label]) => ({value, label}))
						),
						onChange: set('province'),
						help: __('Tailors the text about income assistance.', 'trp-widgets'),
					})
				)
			);
		}

		if (has('orgName')) {
			panels.push(
				el(
					PanelBody,
					{key: 'organisation', title: __('Your organization', 'trp-widgets')},
					el('p', null, __('Each field is optional. The section appears when one is filled in.', 'trp-widgets')),
					text(__('Name', 'trp-widgets'), attributes.orgName, set('orgName')),
					text(__('Phone number', 'trp-widgets'), attributes.phone, set('phone'), {type: 'tel'}),
					text(__('Email address', 'trp-widgets'), attributes.email, set('email'), {type: 'email'}),
					text(__('Website', 'trp-widgets'), attributes.url, set('url'), {type: 'url'}),
					el(TextareaControl, {__nextHasNoMarginBottom: true, label: __('Opening hours', 'trp-widgets'), value: attributes.hours, onChange: set('hours')}),
					el(TextareaControl, {__nextHasNoMarginBottom: true, label: __('Address', 'trp-widgets'), value: attributes.address, onChange: set('address')})
				)
			);
		}

		if (has('href')) {
			panels.push(
				el(
					PanelBody,
					{key: 'quick-exit', title: __('Quick exit', 'trp-widgets')},
					text(__('Where the button goes', 'trp-widgets'), attributes.href, set('href'), {
						type: 'url',
						help: __('A web address that starts with https://. Empty: Google.', 'trp-widgets'),
					}),
					text(__('Your page of safety advice', 'trp-widgets'), attributes.safetyHref, set('safetyHref'), {
						type: 'url',
						help: __('Adds a link “How to stay safe online”. Empty: no link.', 'trp-widgets'),
					}),
					el(ToggleControl, {
						__nextHasNoMarginBottom: true,
						label: __('Hide the sentence about browsing history', 'trp-widgets'),
						checked: attributes.hideNote,
						onChange: set('hideNote'),
						help: __('For a site whose own safety advice says it.', 'trp-widgets'),
					}),
					el(SelectControl, {
						...sized,
						label: __('Place', 'trp-widgets'),
						value: attributes.position,
						options: [
							{value: 'sticky', label: __('Stays at the top of the screen', 'trp-widgets')},
							{value: 'static', label: __('Scrolls away with the page', 'trp-widgets')},
						],
						onChange: set('position'),
						help: __('The editor shows the button in its place either way.', 'trp-widgets'),
					}),
					text(__('Link text before the page has loaded', 'trp-widgets'), attributes.label, set('label'), {
						placeholder: __('Exit this page', 'trp-widgets'),
						help: __('A plain link to the same place, for the moment before the button appears.', 'trp-widgets'),
					})
				)
			);
		}
		return panels;
	}

	/** The block in the editor: its sidebar, and the real element as a live preview. */
	function edit(name) {
		return function ({attributes, setAttributes}) {
			const blockProps = useBlockProps({ref: useBundleInCanvas()});
			const preview = elementAttributes(name, attributes);
			// In the editor the quick exit stays in its place, so it never covers the canvas.
			if (name === quickExit) preview.position = 'static';
			return el(
				Fragment,
				null,
				el(InspectorControls, null, sidebar(name, attributes, setAttributes)),
				el('div', blockProps, el('trp-' + elementName(name), preview, name === quickExit ? exitLink(attributes) : null))
			);
		};
	}

	for (const name of Object.keys(settings.blocks)) {
		registerBlockType(name, {edit: edit(name), save: save(name)});
	}
})(window.wp, window.trpWidgetsEditor);
