<?php
/**
 * Plugin Name:       TRP widgets
 * Description:       Plain-language blocks and shortcodes about Canada's temporary resident permit for people who may be victims of human trafficking, and a quick-exit safety button. In English and French, and in Spanish, Tagalog and Punjabi.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            The trp-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       trp-widgets
 * Domain Path:       /languages
 *
 * @package trp-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'TRP_WIDGETS_VERSION', '0.1.0' );
define( 'TRP_WIDGETS_DIR', __DIR__ );

/**
 * The elements, by the name their placeholder gives them (`data-trp="guide"` for `<trp-guide>`):
 * one per block (`blocks/NAME/block.json`), each also a shortcode (`[trp_NAME]`, with underscores).
 *
 * @return string[]
 */
function trp_widgets_elements() {
	return array_map( 'basename', array_map( 'dirname', glob( TRP_WIDGETS_DIR . '/blocks/*/block.json' ) ) );
}

/**
 * The element attributes of one element, from its block.json: the block attribute's name
 * (`orgName`) => the element's attribute (`org-name`), with the attribute's schema.
 * `label` (the quick exit's link text before the script runs) is the block's own, not the element's.
 *
 * @param string $element The element's name, as in trp_widgets_elements().
 * @return array<string, array{attribute: string, schema: array}>
 */
function trp_widgets_attributes( $element ) {
	static $cache = array();
	if ( ! isset( $cache[ $element ] ) ) {
		$metadata = wp_json_file_decode( TRP_WIDGETS_DIR . "/blocks/$element/block.json", array( 'associative' => true ) );
		$cache[ $element ] = array();
		foreach ( $metadata['attributes'] as $name => $schema ) {
			if ( 'label' === $name ) {
				continue;
			}
			$cache[ $element ][ $name ] = array(
				'attribute' => strtolower( preg_replace( '/([A-Z])/', '-$1', $name ) ),
				'schema'    => $schema,
			);
		}
	}
	return $cache[ $element ];
}

/**
 * The languages an element can show: English, inside the bundle, and each language module the build
 * shipped beside it (`assets/locales/fr.js`), Canada's official languages first.
 *
 * @return string[]
 */
function trp_widgets_languages() {
	return array_keys( trp_widgets_data( 'exitLabels' ) );
}

/**
 * The language an element shows for a language tag or WordPress locale, read as the element reads
 * it (its `supportedLocale()`, whose rules the build wrote into assets/data.json): case and region
 * ignored (`fr_CA`, `fr-CA`: `fr`), another code of a language read as it (`fil`, `fil-PH`: `tl`),
 * and a script the translation is not written in left out (`pa-Arab`, `pa-PK`: not Punjabi). '' for
 * a language the plugin does not ship (its elements show English).
 *
 * @param string $tag A language tag (`es-MX`) or a WordPress locale (`es_MX`).
 * @return string
 */
function trp_widgets_locale( $tag ) {
	$subtags = preg_split( '/[-_]/', strtolower( trim( (string) $tag ) ) );
	$code    = array_shift( $subtags );
	$scripts = trp_widgets_data( 'otherScripts' );
	if ( isset( $scripts[ $code ] ) && array_intersect( $subtags, $scripts[ $code ] ) ) {
		return '';
	}
	$aliases  = trp_widgets_data( 'aliases' );
	$language = isset( $aliases[ $code ] ) ? $aliases[ $code ] : $code;
	return in_array( $language, trp_widgets_languages(), true ) ? $language : '';
}

/**
 * The language module a language tag or WordPress locale needs (`fr_CA`, `fr-CA`: `fr`; `fil`:
 * `tl`), or '' for English and for a language the plugin does not ship (its elements show English).
 *
 * @param string $tag A language tag (`es-MX`) or a WordPress locale (`es_MX`).
 * @return string
 */
function trp_widgets_language_module( $tag ) {
	$language = trp_widgets_locale( $tag );
	return 'en' !== $language ? $language : '';
}

/**
 * What the build took from the package (assets/data.json): `provinces` (code => English name),
 * `exitHref` (where the quick exit goes with no `href`), `exitLabels` (its text in each language
 * an element can show: `es` => `Salir de esta página`), each language's name in itself
 * (`languageNames`: `tl` => `Tagalog`), and the elements' rules for reading a language tag:
 * `aliases` (`fil` => `tl`) and `otherScripts` (`pa` => `arab`, `pk`).
 *
 * @param string $key `provinces`, `exitHref`, `exitLabels`, `languageNames`, `aliases` or `otherScripts`.
 * @return mixed
 */
function trp_widgets_data( $key ) {
	static $data = null;
	if ( null === $data ) {
		$data = wp_json_file_decode( TRP_WIDGETS_DIR . '/assets/data.json', array( 'associative' => true ) );
	}
	return $data[ $key ];
}

/**
 * The quick exit's plain link text in `lang`, read as the element reads it (`es-MX`: Spanish; `fil`:
 * Tagalog; `pa-Arab`, or a language the plugin does not ship: English, as the element shows it); with
 * no language (the page's), in the site's language.
 *
 * @param string $lang The element's language, as the shortcode or block gives it.
 * @return string
 */
function trp_widgets_exit_label( $lang ) {
	if ( '' === trim( (string) $lang ) ) {
		return __( 'Exit this page', 'trp-widgets' );
	}
	$language = trp_widgets_locale( $lang );
	return trp_widgets_data( 'exitLabels' )[ '' !== $language ? $language : 'en' ];
}

/**
 * The integrity value (`sha384-…`) the build wrote beside an asset.
 *
 * @param string $asset The file in `assets/` (`trp-widgets.js`, `locales/fr.js`).
 * @return string
 */
function trp_widgets_integrity( $asset = 'trp-widgets.js' ) {
	$file = TRP_WIDGETS_DIR . "/assets/$asset.sha384";
	return is_readable( $file ) ? trim( (string) file_get_contents( $file ) ) : '';
}

add_action( 'init', 'trp_widgets_init' );

/** Registers the script module, the editor script, the blocks and the shortcodes. */
function trp_widgets_init() {
	load_plugin_textdomain( 'trp-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// Served from this plugin's folder, never from another host; enqueued only by a block or a shortcode.
	// The language modules first: WordPress prints script modules in the order they were registered.
	foreach ( trp_widgets_languages() as $code ) {
		if ( 'en' !== $code ) {
			wp_register_script_module( "trp-widgets-locale-$code", plugins_url( "assets/locales/$code.js", __FILE__ ), array(), TRP_WIDGETS_VERSION );
		}
	}
	wp_register_script_module( 'trp-widgets', plugins_url( 'assets/trp-widgets.js', __FILE__ ), array(), TRP_WIDGETS_VERSION );

	wp_register_script(
		'trp-widgets-editor',
		plugins_url( 'editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		TRP_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script( 'trp-widgets-editor', 'var trpWidgetsEditor = ' . wp_json_encode( trp_widgets_editor_settings() ) . ';', 'before' );
	wp_set_script_translations( 'trp-widgets-editor', 'trp-widgets', TRP_WIDGETS_DIR . '/languages' );

	foreach ( trp_widgets_elements() as $element ) {
		// The bundle comes with each block through its block.json `viewScriptModule`.
		register_block_type( TRP_WIDGETS_DIR . "/blocks/$element", array( 'render_callback' => 'trp_widgets_render_block' ) );
		add_shortcode( 'trp_' . str_replace( '-', '_', $element ), 'trp_widgets_shortcode' );
	}
}

/**
 * What the editor script needs: where the bundle is (for the live preview in the editor's canvas),
 * the languages, each block's element attributes, and the package's provinces and quick exit.
 *
 * @return array
 */
function trp_widgets_editor_settings() {
	$blocks = array();
	foreach ( trp_widgets_elements() as $element ) {
		$blocks[ "trp-widgets/$element" ] = array_keys( trp_widgets_attributes( $element ) );
	}
	return array(
		'bundle'        => add_query_arg( 'ver', TRP_WIDGETS_VERSION, plugins_url( 'assets/trp-widgets.js', __FILE__ ) ),
		'integrity'     => trp_widgets_integrity(),
		'languages'     => trp_widgets_languages(),
		'blocks'        => $blocks,
		'exitLabels'    => trp_widgets_data( 'exitLabels' ),
		'exitHref'      => trp_widgets_data( 'exitHref' ),
		'languageNames' => trp_widgets_data( 'languageNames' ),
		'provinces'     => trp_widgets_data( 'provinces' ),
		'aliases'       => trp_widgets_data( 'aliases' ),
		'otherScripts'  => trp_widgets_data( 'otherScripts' ),
	);
}

add_filter( 'block_categories_all', 'trp_widgets_block_category' );

/**
 * Adds the "TRP widgets" category to the block inserter.
 *
 * @param array $categories The categories so far.
 * @return array
 */
function trp_widgets_block_category( $categories ) {
	$categories[] = array(
		'slug'  => 'trp-widgets',
		'title' => __( 'TRP widgets', 'trp-widgets' ),
		'icon'  => null,
	);
	return $categories;
}

/**
 * A block's placeholder, written as a shortcode's is. The editor saves the block's text settings in
 * its markup (`data-org-name="…"`, the quick exit's link text), where WordPress's HTML filter keeps
 * them as they are (it would rewrite them in the block's comment): they are read back from there,
 * the others (`headingLevel`) from the block's comment.
 *
 * @param array    $attributes The block's attributes from its comment.
 * @param string   $content    The block's saved markup.
 * @param WP_Block $block      The block.
 * @return string
 */
function trp_widgets_render_block( $attributes, $content, $block ) {
	$element = substr( $block->name, strlen( 'trp-widgets/' ) );
	$saved   = new WP_HTML_Tag_Processor( $content );
	$saved->next_tag( 'div' );
	$given = array();
	foreach ( trp_widgets_attributes( $element ) as $name => $definition ) {
		$value = isset( $definition['schema']['source'] ) ? $saved->get_attribute( 'data-' . $definition['attribute'] ) : $attributes[ $name ];
		if ( null !== $value && $value !== $definition['schema']['default'] ) {
			$given[ $definition['attribute'] ] = $value;
		}
	}
	if ( preg_match( '#<a\b[^>]*>([^<]*)</a>#', $content, $link ) ) {
		$given['label'] = html_entity_decode( $link[1], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	}
	return trp_widgets_placeholder( $element, $given, get_block_wrapper_attributes() );
}

add_filter( 'wp_script_attributes', 'trp_widgets_script_attributes' );

/**
 * Pins the script tags of the bundle and of its language modules to their integrity values: the
 * browser refuses a file that differs.
 *
 * @param array $attributes The script tag's attributes.
 * @return array
 */
function trp_widgets_script_attributes( $attributes ) {
	$id = isset( $attributes['id'] ) ? (string) $attributes['id'] : '';
	if ( 'trp-widgets-js-module' === $id ) {
		$asset = 'trp-widgets.js';
	} elseif ( preg_match( '/^trp-widgets-locale-([a-z]+)-js-module$/', $id, $locale ) ) {
		$asset = "locales/$locale[1].js";
	} else {
		return $attributes;
	}
	$integrity = trp_widgets_integrity( $asset );
	if ( '' !== $integrity ) {
		$attributes['integrity'] = $integrity;
	}
	return $attributes;
}

/**
 * Whether a shortcode's address may go to the element: a web address (`https:`, `http:`) or one
 * without a scheme (`example.org/help`, which the element reads as `https:`). A `javascript:` or
 * `data:` address, even written with character references (`javascript&#58;`), is dropped.
 *
 * @param string $value The attribute's value.
 * @return bool
 */
function trp_widgets_is_web_address( $value ) {
	$decoded = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	if ( ! preg_match( '/^\s*([a-z][a-z0-9+.\-]*)\s*:/i', $decoded, $scheme ) ) {
		return ! preg_match( '/[\x00-\x20:]/', $decoded );
	}
	return in_array( strtolower( $scheme[1] ), array( 'http', 'https' ), true );
}

/**
 * A shortcode's placeholder: `[trp_guide lang="fr" province="BC" org_name="…"]` gives
 * `<div data-trp="guide" data-lang="fr" data-province="BC" data-org-name="…"></div>`. Attributes are
 * the element's, with `_` or `-` (`org_name`, `org-name`); unknown ones are ignored.
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content Unused.
 * @param string       $tag     The shortcode (`trp_guide`).
 * @return string
 */
function trp_widgets_shortcode( $atts, $content, $tag ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A name without a value: `[trp_quick_exit hide_note]`.
			$key   = $value;
			$value = true;
		}
		$given[ str_replace( '_', '-', strtolower( (string) $key ) ) ] = $value;
	}
	wp_enqueue_script_module( 'trp-widgets' );
	return trp_widgets_placeholder( str_replace( '_', '-', substr( $tag, strlen( 'trp_' ) ) ), $given );
}

/**
 * The placeholder of an element, for a block and a shortcode alike, with the modules of the site's
 * language and of its `lang` enqueued before the bundle: the element then shows its language from
 * its first render, without the bundle fetching it. Addresses that are not web addresses are dropped.
 * A boolean attribute is on when given `true`, '', `1`, `true`, `yes` or its name.
 *
 * @param string $element The element's name (`guide`).
 * @param array  $given   Its attributes, named as the element names them (`org-name`), and `label`.
 * @param string $wrapper A block's wrapper attributes (its class), or ''.
 * @return string
 */
function trp_widgets_placeholder( $element, $given, $wrapper = '' ) {
	$html = '<div ' . ( '' !== $wrapper ? "$wrapper " : '' ) . 'data-trp="' . esc_attr( $element ) . '"';
	foreach ( trp_widgets_attributes( $element ) as $definition ) {
		$attribute = $definition['attribute'];
		if ( ! isset( $given[ $attribute ] ) ) {
			continue;
		}
		$value = $given[ $attribute ];
		if ( 'boolean' === $definition['schema']['type'] ) {
			if ( true === $value || in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', $attribute ), true ) ) {
				$html .= ' data-' . $attribute . '=""';
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( in_array( $attribute, array( 'href', 'safety-href', 'url' ), true ) && ! trp_widgets_is_web_address( $value ) ) {
			continue;
		}
		if ( '' !== $value ) {
			$html .= ' data-' . $attribute . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';

	if ( 'quick-exit' === $element ) {
		// The way out before the script runs, or without it: a plain link to the same destination.
		$href  = isset( $given['href'] ) ? esc_url( trim( (string) $given['href'] ), array( 'http', 'https' ) ) : '';
		$lang  = isset( $given['lang'] ) ? (string) $given['lang'] : '';
		$label = isset( $given['label'] ) && '' !== trim( (string) $given['label'] ) ? trim( (string) $given['label'] ) : trp_widgets_exit_label( $lang );
		$html .= '<a href="' . ( '' !== $href ? $href : esc_url( trp_widgets_data( 'exitHref' ) ) ) . '">' . esc_html( $label ) . '</a>';
	}

	foreach ( array( get_locale(), isset( $given['lang'] ) ? (string) $given['lang'] : '' ) as $tag ) {
		$module = trp_widgets_language_module( $tag );
		if ( '' !== $module ) {
			wp_enqueue_script_module( "trp-widgets-locale-$module" );
		}
	}
	return $html . '</div>';
}
