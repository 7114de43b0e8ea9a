//! coil-lexer: Python tokens (logos) plus the layout layer (NEWLINE/INDENT/DEDENT).
