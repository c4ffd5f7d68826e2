// Lexer for the text inside MediaWiki's -{ }- conversion markup, noteTA parameter values and CGroup rules.
//
//   -{FLAGS|BODY}-   FLAGS: pieces split at every ';' (ConverterRule::parseFlags); only the first '|' counts.
//   BODY             chunks "variant:text" or "from=>variant:text".
//
// MediaWiki (LanguageConverter::getVarSeparatorPattern) splits BODY at a ';' only when it is followed by
//   \s* variant \s* ':'   or   [^;]*? '=>' \s* variant \s* ':'   or   \s* end-of-text,
// with case-sensitive codes in MediaWiki and BCP-47 spelling, and with HTML entities protected. The first two
// cases are recognised here, by longest match, as one SEP_BIDI / SEP_UNIDI token that covers the ';' and the
// lead ("; zh-tw:" or ";from=>zh-tw:"); a ';' that starts neither is a plain SEMI (text, or the final ';' that the
// parser handles). So "AT&amp;T", '<span style="a;b">', "x; ;" and full-width '；' never split.
//
// No predicates, and no rule distinguishes one non-ASCII character from another: the lexer runs over a CharStream
// that folds every non-ASCII unit to 'x' (stack-facts 2.3), which keeps ANTLR's DFA cache effective.
// Modes: the flag section is lexed in the default mode; the first '|' switches to BODY for good. Text without any
// '|' (a bare body) is lexed starting in BODY (set by RuleSyntax; no flag section exists then).
lexer grammar ConvRuleLexer;

// ---- flag section (default mode) -------------------------------------------------------------------

PIPE       : '|' -> mode(BODY) ;
FLAG_SEMI  : ';' ;
FLAG_WS    : [ \t\n\u000B\f\r]+ ;
/** One flag piece's text: A T R D - H N, a variant code, or anything else (ignored by the interpretation). */
FLAG_TEXT  : ~[;| \t\n\u000B\f\r]+ ;

mode BODY;

/** An HTML entity: its ';' never separates (ConverterRule::parseRules protects /&[#a-zA-Z0-9]+;/). */
ENTITY     : '&' [#a-zA-Z0-9]+ ';' ;

/** ';' + optional space + code + optional space + ':' — a split point (two-way or plain chunk follows). */
SEP_BIDI   : ';' SPACE* CODE SPACE* ':' ;

/** ';' + text without ';' (entities allowed) + '=>' + code + ':' — a split point (one-way chunk follows). */
SEP_UNIDI  : ';' (~[;&] | ENTITY_F | '&')*? '=>' SPACE* CODE SPACE* ':' ;

/** MediaWiki codes and their BCP-47 spellings; case-sensitive, as the split regex is. */
VARIANT    : CODE ;
ARROW      : '=>' ;
SEMI       : ';' ;
COLON      : ':' ;
BAR        : '|' ;
WS         : SPACE+ ;
/** Runs of anything else; stops at every character the grammar cares about, so a code always starts a token. */
TEXT       : ~[;:|=&> \t\n\u000B\f\r]+ ;
/** A lone '=', '&' or '>' (not part of '=>' or an entity). */
OTHER      : . ;

fragment ENTITY_F : '&' [#a-zA-Z0-9]+ ';' ;
/** PCRE \s: space, tab, newline, vertical tab, form feed, carriage return. */
fragment SPACE    : [ \t\n\u000B\f\r] ;
fragment CODE
    : 'zh'
    | 'zh-hans' | 'zh-hant' | 'zh-cn' | 'zh-hk' | 'zh-mo' | 'zh-my' | 'zh-sg' | 'zh-tw'
    | 'zh-Hans' | 'zh-Hant' | 'zh-Hans-CN' | 'zh-Hant-HK' | 'zh-Hant-MO' | 'zh-Hans-MY' | 'zh-Hans-SG' | 'zh-Hant-TW'
    ;
