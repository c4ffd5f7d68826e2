// Spike only (docs/parser.md): the tokens the native parser's preprocessor reacts to, as an ANTLR 4 lexer, to
// measure whether an ANTLR tokenizer reaches 50 MB/s per thread on the corpus. Not part of the product.
lexer grammar WikitextTokens;

COMMENT      : '<!--' .*? ( '-->' | EOF ) ;
TAG          : '<' '/'? [a-zA-Z] [a-zA-Z0-9]* ;
BRACES_OPEN  : '{{' '{'* ;
BRACES_CLOSE : '}}' '}'* ;
LINK_OPEN    : '[[' '['* ;
LINK_CLOSE   : ']]' ']'* ;
CONV_OPEN    : '-{' ;
CONV_CLOSE   : '}-' ;
PIPE         : '|' ;
EQUALS       : '=' ;
NEWLINE      : '\n' ;
QUOTES       : '\'\'' '\''* ;
TEXT         : ~[<{}[\]|='\n-]+ ;
OTHER        : . ;
