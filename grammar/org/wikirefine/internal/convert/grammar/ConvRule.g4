// Grammar of the text inside MediaWiki's -{ }- conversion markup, of noteTA parameter values and of CGroup rules.
//
//   -{FLAGS|BODY}-      FLAGS = pieces separated by ';' (A T R D - H N or variant codes); only the first '|' counts
//   BODY                chunks "variant:text" or "from=>variant:text", separated by ';'
//
// MediaWiki (LanguageConverter::getVarSeparatorPattern) splits BODY at a ';' only when it is followed by
//   \s* variant \s* ':'   or   [^;]*? '=>' \s* variant \s* ':'   or   \s* end-of-text,
// with case-sensitive variant codes in MediaWiki and BCP-47 spelling. Everywhere else ';' is text, so
// "AT&amp;T", '<span style="a;b">' and "x; ;" keep their semicolons, and full-width '；' never splits.
//
// That split rule is expressed without predicates: chunk contents are NON-GREEDY loops, and a chunk after a
// separator must begin with a 'lead' (variant ':' or from '=>' variant ':'). ANTLR's adaptive prediction
// therefore leaves a chunk at a ';' exactly when the rest of the input can continue as a new chunk, i.e. when
// MediaWiki's lookahead would match. The lexer has no predicates and never distinguishes non-ASCII characters
// (every non-ASCII character is plain TEXT), so it can run over a CharStream that folds non-ASCII to one
// ASCII letter (stack-facts 2.3): its DFA then stays cached.
grammar ConvRule;

// ---- parser ------------------------------------------------------------------------------------------

/** Whole markup content: optional flag section up to the first '|', then the body. */
convRule
    : (flagSection PIPE)? body EOF
    ;

/** A bare body without flags: noteTA parameter values and CGroup item rules. */
ruleBody
    : body EOF
    ;

/** Flag pieces split at every ';' (ConverterRule::parseFlags uses a plain explode). */
flagSection
    : flagPiece (SEMI flagPiece)*
    ;

flagPiece
    : (~(PIPE | SEMI))*
    ;

/** First chunk is free text; later chunks start with a lead; an optional final ';' (plus spaces) ends it. */
body
    : chunk (sep partChunk)* (sep)?
    ;

sep
    : SEMI WS?
    ;

chunk
    : item*?
    ;

partChunk
    : lead item*?
    ;

/** What must follow a separating ';': "variant:" or "from=>variant:" (from without ';'). */
lead
    : variant WS? COLON                                   # bidiLead
    | fromItem*? ARROW WS? variant WS? COLON              # unidiLead
    ;

variant
    : VARIANT
    ;

fromItem
    : ~(SEMI)
    ;

item
    : .
    ;

// ---- lexer (no predicates, ASCII-only distinctions) ---------------------------------------------------

/** An HTML entity: its ';' is never a separator (ConverterRule::parseRules protects /&[#a-zA-Z0-9]+;/). */
ENTITY
    : '&' [#a-zA-Z0-9]+ ';'
    ;

/** MediaWiki codes and their BCP-47 spellings; case-sensitive, as the split regex is. */
VARIANT
    : 'zh'
    | 'zh-hans' | 'zh-hant' | 'zh-cn' | 'zh-hk' | 'zh-mo' | 'zh-my' | 'zh-sg' | 'zh-tw'
    | 'zh-Hans' | 'zh-Hant' | 'zh-Hans-CN' | 'zh-Hant-HK' | 'zh-Hant-MO' | 'zh-Hans-MY' | 'zh-Hans-SG' | 'zh-Hant-TW'
    ;

ARROW : '=>' ;
SEMI  : ';' ;
COLON : ':' ;
PIPE  : '|' ;

/** PCRE \s: space, tab, newline, vertical tab, form feed, carriage return. */
WS
    : [ \t\n\u000B\f\r]+
    ;

/** Runs of anything else. Stops at every character the parser cares about, so a VARIANT always starts a token. */
TEXT
    : ~[;:|=&> \t\n\u000B\f\r]+
    ;

/** A lone '=', '&' or '>' (not part of '=>' or an entity). */
OTHER
    : .
    ;
