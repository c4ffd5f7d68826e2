<?php
/**
 * MediaWiki's own base conversion (ZhConverter::translate: its ZhConversion.php tables, one strtr pass, no page
 * rules) of every line of a file, for each requested variant. Used to measure our base tables (docs/conversion.md).
 *
 *   MW_CONFIG_FILE=$HOME/.cache/wiki-oracle/LocalSettings.php \
 *     php src/tools/mw_translate.php --in lines.txt --out-prefix out/lines zh-hans zh-hant zh-cn zh-tw zh-hk
 * writes out/lines.zh-hans.txt … with the same number of lines as the input.
 */
require_once '/usr/share/mediawiki/maintenance/Maintenance.php';

use MediaWiki\MediaWikiServices;

class MwTranslate extends Maintenance {
	public function __construct() {
		parent::__construct();
		$this->addOption( 'in', 'Input file, one text per line', true, true );
		$this->addOption( 'out-prefix', 'Output prefix; writes PREFIX.VARIANT.txt', true, true );
		$this->addArg( 'variants', 'Variants', true, true );
	}

	public function execute() {
		$services = MediaWikiServices::getInstance();
		$converter = $services->getLanguageConverterFactory()
			->getLanguageConverter( $services->getContentLanguage() );
		$lines = explode( "\n", rtrim( file_get_contents( $this->getOption( 'in' ) ), "\n" ) );
		foreach ( array_slice( $this->mArgs, 0 ) as $variant ) {
			$out = [];
			foreach ( $lines as $line ) {
				$out[] = $converter->translate( $line, $variant );
			}
			file_put_contents( $this->getOption( 'out-prefix' ) . ".$variant.txt", implode( "\n", $out ) . "\n" );
		}
	}
}

$maintClass = MwTranslate::class;
require_once RUN_MAINTENANCE_IF_MAIN;
