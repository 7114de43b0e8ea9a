//! Token streams for tricky layout cases, and the tokenizer's error messages.

use coil_lexer::{tokenize, ErrorClass, Token};

/// Compact rendering: names and numbers by value, layout tokens in capitals.
fn tokens(src: &str) -> String {
    let mut out = Vec::new();
    for item in tokenize(src) {
        match item {
            Ok((_, t, _)) => out.push(match t {
                Token::Name(n) => n,
                Token::Number(n) => format!("{n:?}"),
                Token::String(s) => format!("{s:?}"),
                Token::Newline => "NL".into(),
                Token::Indent => "IN".into(),
                Token::Dedent => "DE".into(),
                other => other
                    .operator()
                    .or(other.keyword())
                    .unwrap_or("?")
                    .to_string(),
            }),
            Err(e) => out.push(format!("ERR({:?}: {})", e.class, e.message)),
        }
    }
    out.join(" ")
}

fn error(src: &str) -> (ErrorClass, String, usize, bool) {
    for item in tokenize(src) {
        if let Err(e) = item {
            return (e.class, e.message, e.start, e.incomplete);
        }
    }
    panic!("no error for {src:?}");
}

#[test]
fn blocks_and_blank_lines() {
    let src = "if x:\n    # comment\n\n    a = 1\n\n  \n    b\nc\n";
    assert_eq!(
        tokens(src),
        "if x : NL IN a = Int { digits: \"1\", radix: 10 } NL b NL DE c NL"
    );
}

#[test]
fn brackets_join_lines() {
    assert_eq!(tokens("f(a,\n  b\n)\nx"), "f ( a , b ) NL x NL");
    assert_eq!(
        tokens("x = 1 + \\\n  2"),
        "x = Int { digits: \"1\", radix: 10 } + Int { digits: \"2\", radix: 10 } NL"
    );
}

#[test]
fn dedents_at_end() {
    assert_eq!(
        tokens("def f():\n  if x:\n    pass"),
        "def f ( ) : NL IN if x : NL IN pass NL DE DE"
    );
}

#[test]
fn strings() {
    assert_eq!(
        tokens("'a' \"b\\n\" r'\\n' b'x' '''t\nu'''"),
        "Str(\"a\") Str(\"b\\n\") Str(\"\\\\n\") Bytes([120]) Str(\"t\\nu\") NL"
    );
    assert_eq!(
        tokens("rb'a' Rb\"b\" BR'c' u'd'"),
        "Bytes([97]) Bytes([98]) Bytes([99]) Str(\"d\") NL"
    );
    assert!(tokens("f'{x}'").starts_with("FString"));
}

#[test]
fn unicode_names() {
    assert_eq!(tokens("naïve = 名前"), "naïve = 名前 NL");
}

#[test]
fn indentation_errors() {
    // " x" yields an INDENT; the parser turns it into "unexpected indent".
    assert_eq!(tokens(" x"), "IN x NL DE");
    let (class, msg, _, _) = error("if x:\n  a\n b");
    assert_eq!(
        (class, msg.as_str()),
        (
            ErrorClass::IndentationError,
            "unindent does not match any outer indentation level"
        )
    );
    let (class, msg, _, _) = error("if x:\n\ta\n        b");
    assert_eq!(
        (class, msg.as_str()),
        (
            ErrorClass::TabError,
            "inconsistent use of tabs and spaces in indentation"
        )
    );
    let (class, msg, start, _) = error("if x:\npass");
    assert_eq!(class, ErrorClass::IndentationError);
    assert_eq!(
        msg,
        "expected an indented block after 'if' statement on line 1"
    );
    assert_eq!(start, 6);
    assert_eq!(
        error("def f():\npass").1,
        "expected an indented block after function definition on line 1"
    );
    assert_eq!(
        error("async def f():\npass").1,
        "expected an indented block after function definition on line 1"
    );
    assert_eq!(
        error("class A:\npass").1,
        "expected an indented block after class definition on line 1"
    );
    assert_eq!(
        error("try:\n pass\nexcept* E:\npass").1,
        "expected an indented block after 'except*' statement on line 3"
    );
    for kw in [
        "while x",
        "for x in y",
        "with x",
        "try",
        "if x:\n pass\nelse",
        "if x:\n pass\nelif y",
    ] {
        let (_, msg, _, _) = error(&format!("{kw}:\npass"));
        assert!(
            msg.starts_with("expected an indented block after '"),
            "{msg}"
        );
    }
    let (_, msg, _, incomplete) = error("if x:");
    assert_eq!(
        msg,
        "expected an indented block after 'if' statement on line 1"
    );
    assert!(incomplete);
}

#[test]
fn bracket_errors() {
    let (_, msg, start, incomplete) = error("x = (1,");
    assert_eq!(
        (msg.as_str(), start, incomplete),
        ("'(' was never closed", 4, true)
    );
    assert_eq!(error("x = 1)").1, "unmatched ')'");
    assert_eq!(
        error("x = (]").1,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(
        error("x = (\n]").1,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    );
    let deep = format!("x = {}{}", "(".repeat(10_000), ")".repeat(10_000));
    assert_eq!(error(&deep).1, "too many nested parentheses");
    let ok = format!("x = {}{}", "(".repeat(200), ")".repeat(200));
    assert!(tokenize(&ok).all(|t| t.is_ok()));
}

#[test]
fn literal_errors() {
    assert_eq!(
        error("x = \"abc").1,
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(
        error("x = 'a\\\nb\nc'").1,
        "unterminated string literal (detected at line 2)"
    );
    let (_, msg, start, incomplete) = error("x = \"\"\"abc\n\n");
    assert_eq!(
        msg,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
    assert_eq!((start, incomplete), (4, true));
    assert_eq!(error("1abc").1, "invalid decimal literal");
    assert_eq!(error("x = 1 € 2").1, "invalid character '€' (U+20AC)");
    assert_eq!(
        error("x = 1 \u{a0} 2").1,
        "invalid non-printable character U+00A0"
    );
    assert_eq!(error("x = $").1, "invalid syntax");
    let (_, msg, _, incomplete) = error("x = \\");
    assert_eq!(
        (msg.as_str(), incomplete),
        ("unexpected EOF while parsing", true)
    );
    assert_eq!(
        error("x = \\ y").1,
        "unexpected character after line continuation character"
    );
    assert_eq!(
        error("b'é'").1,
        "bytes can only contain ASCII literal characters"
    );
}

/// The lexer must never panic, whatever bytes it is given.
#[test]
fn never_panics() {
    let mut seed: u64 = 0x9E3779B97F4A7C15;
    let alphabet: Vec<char> =
        "ab01 \t\n\r\\'\"#()[]{}:;.,=+-*/%<>!@&|^~fFrRbBuUxXoOjJeE_é€\u{0}\u{a0}{}"
            .chars()
            .collect();
    for _ in 0..3000 {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 40) as usize;
        for _ in 0..len {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
        }
        let _ = tokenize(&s).count();
    }
}
