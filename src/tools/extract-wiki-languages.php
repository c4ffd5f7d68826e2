<?php
/*
 * Regenerates the "languages:" half of src/main/resources/org/wikirefine/wikis.yaml from an installed MediaWiki
 * (Debian's `mediawiki` package puts it in /usr/share/mediawiki). It copies facts only: namespace names and
 * aliases, and the spellings of the magic words wikirefine recognises, per language, following MediaWiki's
 * fallback chain (LocalisationCache merges magic words and namespace aliases along $fallback).
 *
 *   php src/tools/extract-wiki-languages.php /usr/share/mediawiki en zh de fr ja ru es hu bg > languages.yaml
 */
$mw = $argv[1];
$langs = array_slice($argv, 2);
foreach (['NS_MEDIA' => -2, 'NS_SPECIAL' => -1, 'NS_MAIN' => 0, 'NS_TALK' => 1, 'NS_USER' => 2, 'NS_USER_TALK' => 3,
          'NS_PROJECT' => 4, 'NS_PROJECT_TALK' => 5, 'NS_FILE' => 6, 'NS_FILE_TALK' => 7, 'NS_MEDIAWIKI' => 8,
          'NS_MEDIAWIKI_TALK' => 9, 'NS_TEMPLATE' => 10, 'NS_TEMPLATE_TALK' => 11, 'NS_HELP' => 12,
          'NS_HELP_TALK' => 13, 'NS_CATEGORY' => 14, 'NS_CATEGORY_TALK' => 15, 'NS_IMAGE' => 6,
          'NS_IMAGE_TALK' => 7] as $k => $v) {
    define($k, $v);
}
// Magic words wikirefine acts on: redirects, behaviour switches, sort keys and titles, image options.
$wanted = ['redirect', 'notoc', 'nogallery', 'forcetoc', 'toc', 'noeditsection', 'newsectionlink',
    'nonewsectionlink', 'hiddencat', 'expectunusedcategory', 'index', 'noindex', 'staticredirect',
    'nocontentconvert', 'notitleconvert', 'defaultsort', 'displaytitle',
    'img_thumbnail', 'img_manualthumb', 'img_framed', 'img_frameless', 'img_border', 'img_upright', 'img_right',
    'img_left', 'img_none', 'img_center', 'img_width', 'img_page', 'img_link', 'img_alt', 'img_class', 'img_lang',
    'img_baseline', 'img_sub', 'img_super', 'img_top', 'img_text_top', 'img_middle', 'img_bottom',
    'img_text_bottom'];

function messages($mw, $code) {
    $file = $mw . '/languages/messages/Messages' . ucfirst(str_replace('-', '_', $code)) . '.php';
    $fallback = '';
    $namespaceNames = $namespaceAliases = $namespaceGenderAliases = $magicWords = [];
    require $file;
    foreach ($namespaceGenderAliases as $ns => $forms) {
        foreach ($forms as $name) {
            $namespaceAliases[$name] = $ns;
        }
    }
    return ['fallback' => array_filter(array_map('trim', explode(',', $fallback))), 'names' => $namespaceNames,
        'aliases' => $namespaceAliases, 'magic' => $magicWords];
}

function chain($mw, $code, &$seen) {
    if (isset($seen[$code]) || $code === 'en') {
        return [];
    }
    $seen[$code] = true;
    $m = messages($mw, $code);
    $out = [$m];
    foreach ($m['fallback'] as $f) {
        $out = array_merge($out, chain($mw, $f, $seen));
    }
    return $out;
}

function q($s) {
    return json_encode($s, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
}

function addName(&$names, $ns, $name) {
    $name = str_replace('_', ' ', $name);
    if (strpos($name, '$1') !== false || $ns === 0) {
        return; // the project namespace's names are per wiki (siteinfo), not per language
    }
    if (!in_array($name, $names[$ns] ?? [], true)) {
        $names[$ns][] = $name;
    }
}

echo "languages:\n";
foreach ($langs as $code) {
    $seen = [];
    $files = $code === 'en' ? [messages($mw, 'en')] : chain($mw, $code, $seen);
    $names = [];
    // the language's own names first (MediaWiki's local names), then its aliases and its fallbacks' names
    foreach ($files[0]['names'] as $ns => $name) {
        addName($names, $ns, $name);
    }
    foreach ($files as $m) {
        foreach ($m['names'] as $ns => $name) {
            addName($names, $ns, $name);
        }
        foreach ($m['aliases'] as $name => $ns) {
            addName($names, $ns, $name);
        }
    }
    ksort($names);
    echo "  $code:\n    namespaces:\n";
    foreach ($names as $ns => $list) {
        echo '      ' . q((string) $ns) . ': [' . implode(', ', array_map('q', $list)) . "]\n";
    }
    echo "    magic:\n";
    foreach ($GLOBALS['wanted'] as $id) {
        $words = [];
        foreach ($files as $m) {
            foreach (array_slice($m['magic'][$id] ?? [], 1) as $w) {
                if (!in_array($w, $words, true)) {
                    $words[] = $w;
                }
            }
        }
        if ($words) {
            echo "      $id: [" . implode(', ', array_map('q', $words)) . "]\n";
        }
    }
}
