// Parser for conversion-rule text; tokens and the split rule are explained in ConvRuleLexer.g4.
// Every token sequence parses (there are no syntax errors in MediaWiki's rule language, only rules that mean
// nothing), and every decision is LL(1) except the final "; " of a body, which needs two or three tokens.
parser grammar ConvRuleParser;

options { tokenVocab = ConvRuleLexer; }

/** -{FLAGS|BODY}-: the flag section up to the first '|', then the body. */
convRule
    : flagSection PIPE body EOF
    ;

/** A body without flags: -{BODY}- with no '|', noteTA parameter values, CGroup item rules. */
ruleBody
    : body EOF
    ;

/** Flag pieces split at every ';' (a plain explode in MediaWiki); each piece is trimmed when interpreted. */
flagSection
    : flagPiece (FLAG_SEMI flagPiece)*
    ;

flagPiece
    : (FLAG_WS | FLAG_TEXT)*
    ;

/** First chunk, then chunks after split points; a final ';' with optional space ends the body. */
body
    : chunk (sep chunk)* (SEMI WS?)?
    ;

sep
    : SEP_BIDI      # bidiSep
    | SEP_UNIDI     # unidiSep
    ;

/** Chunk content is anything but a split point; non-greedy so that a final "; " is left to 'body'. */
chunk
    : item*?
    ;

item
    : ENTITY | VARIANT | ARROW | SEMI | COLON | BAR | WS | TEXT | OTHER
    ;
